"""The Positions view's account columns: leverage, margin mode with the account's mode, the venue's ADL rank,
and "account" in place of a price where the venue liquidates the whole account (issue 13)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.positions_model import COLUMNS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def column(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


@pytest.fixture
def state(qtbot):
    from core.demo import load_demo_snapshot
    from tests.desktop.conftest import make_state

    app_state = make_state(qtbot, True, snapshots=(load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC)),))
    yield app_state
    app_state._timer.stop()
    app_state.session.close()


@pytest.fixture
def view(qtbot, state):
    from desktop.views.positions_view import PositionsView

    v = PositionsView(state)
    qtbot.addWidget(v)
    return v


def _row(view, account_id: str, symbol: str) -> int:
    model = view.model
    return next(i for i in range(model.rowCount())
                if model.row(i).position.account_id == account_id and model.row(i).position.symbol == symbol)


def _raw_positions() -> dict:
    """Leverage and ADL rank as the demo's raw venue payloads carry them (resources/demo/accounts/*.json)."""
    manifest = json.loads((DEMO / "manifest.json").read_text())
    out = {}
    for entry in manifest["accounts"]:
        bundle = json.loads((DEMO / entry["file"]).read_text())
        for p in bundle["positions"]:
            info = p["info"]
            out[(entry["id"], p["symbol"])] = (entry["label"], bundle["leverages"][p["symbol"]]["longLeverage"],
                                               info.get("adl", info.get("adlRankIndicator")))
    return out


def test_positions_show_leverage_margin_mode_and_the_venues_adl_rank(view, qtmodeltester):
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"Lev.", "ADL", "Margin", "Account"} <= set(headers)
    raw = _raw_positions()
    assert model.rowCount() == len(raw)
    for r in range(model.rowCount()):
        p = model.row(r).position
        label, leverage, adl = raw[(p.account_id, p.symbol)]
        assert model.index(r, column("Account")).data() == label  # the name the user gave, not the id
        assert model.index(r, column("Lev.")).data() == f"{leverage:g}×"
        assert model.index(r, column("ADL")).data() == str(adl)
    binance_btc = _row(view, "binance-main", "BTC/USDT:USDT")
    assert model.index(binance_btc, column("Margin")).data() == "cross · Single-asset"
    bybit = _row(view, "bybit-btc", "BTC/USDT:USDT")
    assert model.index(bybit, column("Margin")).data() == "isolated · Unified, isolated"
    tip = model.headerData(column("ADL"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Auto-deleveraging rank" in tip
    qtmodeltester.check(model)


def test_a_whole_account_liquidation_replaces_the_price_with_the_accounts_move(view, state):
    from core.risk.accounts import AccountRisk

    analysis = state.analysis
    others = tuple(a for a in analysis.accounts if a.account_id != "binance-main")
    whole = AccountRisk("binance-main", "binanceusdm", 5_000.0, 1_000.0, 0.2, -12.5, True, mode="multi_assets",
                        whole_account=True, driver="BTC")
    view._render_analysis(replace(analysis, accounts=(whole, *others)))
    model, liq = view.model, column("Liq. price")
    row = _row(view, "binance-main", "BTC/USDT:USDT")
    # the position keeps the price computed for it (the venue reports one here), marked as the account's
    assert model.index(row, liq).data().endswith("· account")
    tip = model.index(row, liq).data(Qt.ItemDataRole.ToolTipRole)
    assert "whole" in tip and "-12.50 %" in tip
    # its distance is the account's move (signed: a move of the market), not a distance to a price of its own
    assert model.index(row, column("Distance")).data() == "-12.50 %"
    assert model.index(row, column("σ")).data() == "—"
    assert "nearest liquidation" in view.summary.text()
    bybit = _row(view, "bybit-btc", "BTC/USDT:USDT")  # isolated: keeps its own price
    assert model.index(bybit, liq).data() not in ("account", "—")

    per_position = replace(whole, whole_account=False)
    view._render_analysis(replace(analysis, accounts=(per_position, *others)))
    row = _row(view, "binance-main", "BTC/USDT:USDT")
    risk = view.model.row(row)
    from desktop import format as fmt

    assert view.model.index(row, liq).data() == fmt.price(risk.liquidation_price)


def test_nearest_liquidation_first_still(view):
    from desktop.models.positions_model import DISTANCE_COLUMN, SORT_ROLE

    assert COLUMNS[DISTANCE_COLUMN].title == "Distance"
    distances = [view.proxy.index(r, DISTANCE_COLUMN).data(SORT_ROLE) for r in range(view.proxy.rowCount())]
    assert distances == sorted(distances)
