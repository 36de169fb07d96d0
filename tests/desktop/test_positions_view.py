"""The Positions view like an exchange's position screen: the account's name, leverage, margin mode, the venue's
ADL rank, notional, uPnL and ROE, funding; side colours from the theme; "account" in place of a price where the
venue liquidates the whole account (issues 13 and 16). Expected figures come from the demo's recorded venue
payloads (resources/demo/), not from the formulas under test."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import format as fmt
from desktop.models.positions_model import COLUMN, COLUMNS, SORT_ROLE

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
    """The demo's raw venue payloads (resources/demo/accounts/*.json): label, leverage, ADL rank and the ccxt
    position as recorded."""
    manifest = json.loads((DEMO / "manifest.json").read_text())
    out = {}
    for entry in manifest["accounts"]:
        bundle = json.loads((DEMO / entry["file"]).read_text())
        for p in bundle["positions"]:
            info = p["info"]
            out[(entry["id"], p["symbol"])] = (entry["label"], bundle["leverages"][p["symbol"]]["longLeverage"],
                                               info.get("adl", info.get("adlRankIndicator")), p)
    return out


def test_positions_show_leverage_margin_mode_and_the_venues_adl_rank(view, qtmodeltester):
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"Lev.", "ADL", "Margin", "Account", "Notional", "uPnL", "ROE", "Margin ratio", "Funding rate",
            "Next funding", "Funding 24 h / total"} <= set(headers)
    raw = _raw_positions()
    assert model.rowCount() == len(raw)
    for r in range(model.rowCount()):
        p = model.row(r).position
        label, leverage, adl, _ = raw[(p.account_id, p.symbol)]
        assert model.index(r, column("Account")).data() == label  # the name the user gave, not the id
        assert model.index(r, column("Lev.")).data() == f"{leverage:g}×"
        assert model.index(r, column("ADL")).data() == str(adl)
    binance_btc = _row(view, "binance-main", "BTC/USDT:USDT")
    assert model.index(binance_btc, column("Margin")).data() == "cross"
    assert "Account mode: Single-asset" in model.index(binance_btc, column("Margin")).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(binance_btc, column("Venue")).data() == "Binance USD-M"  # the venue's name, not ccxt's id
    bybit = _row(view, "bybit-btc", "BTC/USDT:USDT")
    assert model.index(bybit, column("Margin")).data() == "isolated"
    assert "Unified, isolated" in model.index(bybit, column("Margin")).data(Qt.ItemDataRole.ToolTipRole)
    tip = model.headerData(column("ADL"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Auto-deleveraging rank" in tip
    qtmodeltester.check(model)


def test_notional_upnl_and_roe_as_the_venues_report_them(view):
    """Binance's positionRisk and OKX's positions carry the notional at the mark and ccxt's ``percentage`` (uPnL ÷
    the venue's initial margin, which both value at the mark): the columns show the same figures."""
    model, raw = view.model, _raw_positions()
    checked = 0
    for (account, symbol), (_, _, _, p) in raw.items():
        if account == "bybit-btc":
            continue  # Bybit values its initial margin at the entry price (see the report on Position.initial_margin)
        row = _row(view, account, symbol)
        notional = abs(float(p["info"].get("notional") or p["info"].get("notionalUsd")))
        assert model.index(row, COLUMN["notional"]).data() == fmt.money(notional)
        assert model.index(row, COLUMN["upnl"]).data() == fmt.money(p["unrealizedPnl"])
        roe = model.index(row, COLUMN["roe"])
        assert roe.data(SORT_ROLE) == pytest.approx(p["percentage"], abs=0.01)  # ccxt truncates to 2 decimals
        assert roe.data() == fmt.pct(roe.data(SORT_ROLE), signed=True)
        checked += 1
    assert checked == 6
    okx_eth = _row(view, "okx-main", "ETH/USDT:USDT")  # 25 contracts of 0.1 ETH
    assert model.index(okx_eth, COLUMN["size"]).data() == "2.5 ETH · 25 ct"
    assert model.index(_row(view, "binance-main", "BTC/USDT:USDT"), COLUMN["size"]).data() == "0.85 BTC"


def test_funding_rate_next_time_and_what_the_ledger_says(view):
    model = view.model
    market = json.loads((DEMO / "markets" / "binanceusdm.json").read_text())["funding_rates"]["BTC/USDT:USDT"]
    row = _row(view, "binance-main", "BTC/USDT:USDT")
    assert market["fundingRate"] == 3e-05 and market["interval"] == "8h"
    assert model.index(row, COLUMN["funding_rate"]).data() == "+0.0030 % / 8 h"
    assert "this position pays" in model.index(row, COLUMN["funding_rate"]).data(Qt.ItemDataRole.ToolTipRole)
    from desktop import i18n

    when = datetime.fromtimestamp(market["fundingTimestamp"] / 1000, UTC)
    assert model.index(row, COLUMN["next_funding"]).data() == i18n.date_time(when)

    paid = COLUMN["funding_paid"]
    model.set_funding(None)
    assert model.index(row, paid).data() == "—"  # no ledger
    from core.funding import FundingSummary

    t = datetime(2026, 2, 12, 8, tzinfo=UTC)
    summary = FundingSummary("binance-main", "BTC/USDT:USDT", -1.25, -9.5, -45.75, 42, t - timedelta(days=14), t)
    with_signal = view.model.dataChanged
    seen = []
    with_signal.connect(lambda a, b, *_: seen.append((a.column(), b.column())))
    model.set_funding({("binance-main", "BTC/USDT:USDT"): summary})
    assert (paid, paid) in seen
    assert model.index(row, paid).data() == "-$1.25 / -$45.75"
    assert model.index(_row(view, "okx-main", "ETH/USDT:USDT"), paid).data() == "—"  # no payment stored
    view.on_privacy(True)
    assert model.index(row, paid).data() == "•••"
    assert model.index(row, COLUMN["upnl"]).data() == "•••" and model.index(row, COLUMN["notional"]).data() == "•••"
    assert model.index(row, COLUMN["upnl"]).data(Qt.ItemDataRole.ForegroundRole) is None  # no sign either
    assert model.index(row, COLUMN["roe"]).data() != "•••"  # a percentage, not an amount
    view.on_privacy(False)
    analysis = view.state.analysis  # new rows keep the ledger's figures
    model.set_rows(analysis.positions, None, analysis.accounts, analysis.snapshot.accounts, None,
                   analysis.snapshot.markets)
    assert model.index(_row(view, "binance-main", "BTC/USDT:USDT"), paid).data() == "-$1.25 / -$45.75"


def test_the_analysis_cost_of_carry_fills_the_funding_column(view, state):
    """The funding ledger reaches the view with the analysis (core.daily.DailySummary.carry, one line per held
    position with its FundingSummary)."""
    from types import SimpleNamespace

    from core.funding import FundingSummary

    analysis = state.analysis
    if not hasattr(analysis.summary, "carry"):
        pytest.skip("the funding ledger's cost of carry is not in this tree yet")
    t = datetime(2026, 2, 12, 8, tzinfo=UTC)
    paid = FundingSummary("okx-main", "SOL/USDT:USDT", 0.5, 3.0, 12.25, 9, t - timedelta(days=3), t)
    none = FundingSummary("okx-main", "ETH/USDT:USDT", 0.0, 0.0, 0.0, 0, None, None)
    lines = tuple(SimpleNamespace(account_id=s.account_id, symbol=s.symbol, summary=s) for s in (paid, none))
    view._render_analysis(replace(analysis, summary=replace(analysis.summary, carry=SimpleNamespace(lines=lines))))
    column = COLUMN["funding_paid"]
    assert view.model.index(_row(view, "okx-main", "SOL/USDT:USDT"), column).data() == "$0.50 / $12.25"
    assert view.model.index(_row(view, "okx-main", "ETH/USDT:USDT"), column).data() == "—"  # no payment stored


def test_side_colours_follow_the_theme(view, monkeypatch):
    from desktop.theme import DARK, LIGHT, theme

    model = view.model
    long_row, short_row = _row(view, "binance-main", "BTC/USDT:USDT"), _row(view, "binance-main", "SOL/USDT:USDT")
    side = COLUMN["side"]

    def colour(row: int) -> str:
        return model.index(row, side).data(Qt.ItemDataRole.ForegroundRole).color().name()

    monkeypatch.setattr(theme(), "palette", LIGHT)
    assert (colour(long_row), colour(short_row)) == (LIGHT.long, LIGHT.short)
    repainted = []
    model.dataChanged.connect(lambda *_: repainted.append(True))
    monkeypatch.setattr(theme(), "palette", DARK)
    theme().theme_changed.emit(DARK)
    assert repainted  # the view repaints on a theme switch
    assert (colour(long_row), colour(short_row)) == (DARK.long, DARK.short)
    assert LIGHT.long != DARK.long


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
    assert view.model.index(row, liq).data() == fmt.price(risk.liquidation_price)


def test_nearest_liquidation_first_still(view):
    from desktop.models.positions_model import DISTANCE_COLUMN

    assert COLUMNS[DISTANCE_COLUMN].title == "Distance"
    distances = [view.proxy.index(r, DISTANCE_COLUMN).data(SORT_ROLE) for r in range(view.proxy.rowCount())]
    assert distances == sorted(distances)
    assert "on Bybit 20x BTC (isolated)" in view.summary.text()  # the account's name, not the venue's id


def test_sigma_tooltip_gives_the_daily_volatility(view, state):
    from core.stats import daily_volatility

    row = _row(view, "binance-main", "BTC/USDT:USDT")
    market = state.snapshot.market("binanceusdm", "BTC/USDT:USDT")
    tip = view.model.index(row, COLUMN["sigma"]).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Daily volatility of BTC/USDT:USDT: {fmt.pct(daily_volatility(market.daily_closes) * 100)}" in tip
