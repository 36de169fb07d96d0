"""The Accounts view and dialog, offscreen, against a loopback Binance fake on the real runtime."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from core import secrets

SECRET = "GUI-SECRET-77aa31bc"


@pytest.fixture
def fake():
    from core.runtime import get_runtime
    from tests.servers.fake_binance import FakeBinance

    runtime = get_runtime()
    server = FakeBinance(lifetime_s=60)
    runtime.run(server.start(), timeout=10)
    yield server
    from core.exchanges.ccxt_source import close_clients

    runtime.run(close_clients(), timeout=10)
    runtime.run(server.stop(), timeout=10)


@pytest.fixture
def state(qtbot, tmp_path):
    from tests.desktop.conftest import make_state

    app_state = make_state(qtbot, False, path=tmp_path / "gui.sqlite")
    yield app_state
    app_state._timer.stop()
    app_state.session.close()


def _fill(dialog, base_url: str) -> None:
    dialog.venue.setCurrentIndex(dialog.venue.findData("binanceusdm"))
    dialog.label.setText("Binance main")
    dialog.api_key.setText("GUI-KEY-1")
    dialog.secret.setText(SECRET)
    dialog.advanced.setChecked(True)
    dialog.base_url.setText(base_url)


def _add_and_sync(qtbot, view, state, fake):
    dialog = view.add_account()
    qtbot.addWidget(dialog)
    _fill(dialog, fake.base_url)
    with qtbot.waitSignal(dialog.test_finished, timeout=30000) as tested:
        dialog.test_button.click()
    assert tested.args[0].ok and "2 open position" in dialog.test_result.text()
    with qtbot.waitSignal(state.snapshot_changed, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog


def test_add_account_through_the_dialog_sync_and_see_positions(qtbot, memory_keyring, fake, state, qtmodeltester):
    from desktop.views.accounts_view import AccountsView
    from desktop.views.positions_view import PositionsView

    view = AccountsView(state)
    positions = PositionsView(state)
    qtbot.addWidget(view)
    qtbot.addWidget(positions)
    _add_and_sync(qtbot, view, state, fake)

    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Binance main"
    assert view.model.index(0, 4).data().startswith("fresh")
    assert view.model.index(0, 5).data() == "2"
    assert positions.model.rowCount() == 2
    symbols = {p.symbol for p in state.snapshot.positions}
    assert symbols == {"BTC/USDT:USDT", "ETH/USDT:USDT"}
    assert not view.banner.isVisibleTo(view)
    qtmodeltester.check(view.model)
    assert list(memory_keyring.entries) == [("undertow", state.snapshot.accounts[0].id)]


def test_a_failed_source_is_marked_stale_not_blank(qtbot, memory_keyring, fake, state):
    from desktop.views.accounts_view import AccountsView
    from desktop.views.positions_view import PositionsView

    view = AccountsView(state)
    positions = PositionsView(state)
    qtbot.addWidget(view)
    qtbot.addWidget(positions)
    _add_and_sync(qtbot, view, state, fake)

    fake.fault("/fapi/v3/positionRisk", "revoked")
    with qtbot.waitSignal(state.snapshot_changed, timeout=30000):
        view.sync_button.click()
    status = view.model.index(0, 4).data()
    assert status.startswith("stale") and "rejected the API key" in status and SECRET not in status
    assert view.model.index(0, 5).data() == "2"  # the last good positions are still there
    assert positions.model.rowCount() == 2
    assert view.banner.isVisibleTo(view) and "stale" in view.banner.text()


def test_a_key_with_trading_rights_gets_a_prominent_warning(qtbot, memory_keyring, fake, state):
    from desktop.views.account_dialog import AccountDialog

    fake.trading_rights = True
    dialog = AccountDialog(state)
    qtbot.addWidget(dialog)
    assert "READ-ONLY" in dialog.advice.text()
    _fill(dialog, fake.base_url)
    with qtbot.waitSignal(dialog.test_finished, timeout=30000):
        dialog.run_test()
    assert "WARNING" in dialog.test_result.text() and "withdrawal" in dialog.test_result.text()
    assert "b00020" in dialog.test_result.styleSheet()


def test_without_a_keyring_the_user_is_told_and_may_keep_keys_for_the_session(qtbot, state):
    from keyring.backends import fail

    from desktop.views.account_dialog import AccountDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = AccountDialog(state)
        qtbot.addWidget(dialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert dialog.no_keyring.isVisibleTo(dialog) and "No secure secret store" in dialog.no_keyring.text()
        assert not save.isEnabled()
        _fill(dialog, "http://127.0.0.1:9")
        dialog.session_only.setChecked(True)
        assert save.isEnabled()
        dialog.save()
        assert dialog.saved is not None and dialog.saved.secret_ref == "session"
        assert secrets.is_session_only(dialog.saved.id)
    finally:
        secrets.forget_session_secrets()
        keyring.set_keyring(previous)


def test_bad_input_keeps_what_was_typed(qtbot, memory_keyring, state):
    from desktop.views.account_dialog import AccountDialog

    dialog = AccountDialog(state)
    qtbot.addWidget(dialog)
    _fill(dialog, "ftp://nope")
    dialog.save()
    assert "base URL" in dialog.error.text() and dialog.saved is None
    assert dialog.secret.text() == SECRET and dialog.api_key.text() == "GUI-KEY-1"
    dialog.secret.clear()
    dialog.base_url.setText("")
    dialog.save()
    assert "API secret" in dialog.error.text()


# --- the account risk table (issue 13): mode, ours vs the venue's ratio, the liquidating move ------------------

@pytest.fixture
def demo_state(qtbot):
    from datetime import UTC, datetime

    from core.demo import load_demo_snapshot
    from tests.desktop.conftest import make_state

    app_state = make_state(qtbot, True, snapshots=(load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC)),))
    yield app_state
    app_state._timer.stop()
    app_state.session.close()


def _risk_column(title: str) -> int:
    from desktop.models.accounts_model import COLUMNS

    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def _manifest() -> dict:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[2] / "resources" / "demo" / "manifest.json").read_text())


def test_every_account_mode_has_a_translatable_name():
    from core.model import ACCOUNT_MODES
    from desktop.models.accounts_model import MODE_NAMES

    assert MODE_NAMES == ACCOUNT_MODES  # same keys, same English; the GUI shows them through translate()


def test_the_risk_table_shows_each_accounts_mode_ratio_and_move(qtbot, demo_state, qtmodeltester):
    from PySide6.QtCore import Qt

    from desktop.views.accounts_view import AccountsView

    view = AccountsView(demo_state)
    qtbot.addWidget(view)
    model = view.risk_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"Account", "Mode", "Equity", "After haircuts", "Maint. margin", "Ratio", "Ours", "Reported",
            "Liq. at", "Liq. move"} <= set(headers)
    labels = [model.index(r, _risk_column("Account")).data() for r in range(model.rowCount())]
    assert labels == [e["label"] for e in _manifest()["accounts"]]
    modes = [model.index(r, _risk_column("Mode")).data() for r in range(model.rowCount())]
    assert modes == ["Single-asset", "Unified, isolated", "Multi-currency"]
    # the demo has no venue-reported ratio (it must not manufacture the cross-check): "—", and no warning
    assert {model.index(r, _risk_column("Reported")).data() for r in range(model.rowCount())} == {"—"}
    assert not view.risk_warning.isVisibleTo(view)
    # the haircut table's source and date (the OKX account's BTC rate, from a recorded OKX answer)
    assert view.haircuts.isVisibleTo(view)
    assert "OKX (BTC collateral)" in view.haircuts.text() and "2025-07-11" in view.haircuts.text()
    assert "BTC 98 %" in view.haircuts.toolTip()
    qtmodeltester.check(model)


def test_a_disagreeing_account_shows_a_warning_with_both_numbers(qtbot, demo_state):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from core.risk.accounts import AccountRisk
    from desktop.views.accounts_view import AccountsView
    from tests.desktop.conftest import save_screenshot

    view = AccountsView(demo_state)
    qtbot.addWidget(view)
    analysis = demo_state.analysis
    why = "Bybit counts the estimated fee to close in maintenance margin; ours does not."
    disagreeing = AccountRisk("bybit-btc", "bybit", 2_500.0, 900.0, 0.36, -8.25, True, mode="unified_cross",
                              collateral_value_usd=2_480.0, venue_ratio=0.42, venue_ratio_reported=0.45,
                              ratio_name="account MM rate", liquidates_at=1.0, whole_account=True,
                              reported_disagrees=True, disagreement=why, driver="BTC")
    accounts = tuple(disagreeing if a.account_id == "bybit-btc" else a for a in analysis.accounts)
    view._render_analysis(replace(analysis, accounts=accounts))

    model = view.risk_model
    row = next(r for r in range(model.rowCount()) if model.row(r).risk.account_id == "bybit-btc")
    reported = model.index(row, _risk_column("Reported"))
    assert model.index(row, _risk_column("Ours")).data() == "42.00 %" and reported.data() == "45.00 %"
    assert model.index(row, _risk_column("Ratio")).data() == "account MM rate"
    assert model.index(row, _risk_column("Mode")).data() == "Unified, cross"
    assert model.index(row, _risk_column("Liq. move")).data() == "-8.25 % (BTC) · whole account"
    assert reported.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    tip = reported.data(Qt.ItemDataRole.ToolTipRole)
    assert "42.00 %" in tip and "45.00 %" in tip and why in tip
    assert view.risk_warning.isVisibleTo(view)
    warning = view.risk_warning.text()
    assert "Bybit 20x BTC (isolated)" in warning and "42.00 %" in warning and "45.00 %" in warning and why in warning
    view.resize(1300, 520)
    save_screenshot(view, "accounts-risk-disagreement")

    demo_state.set_privacy(True)  # amounts hidden; ratios (not amounts) stay
    try:
        assert model.index(row, _risk_column("Equity")).data() == "•••"
        assert model.index(row, _risk_column("Ours")).data() == "42.00 %"
    finally:
        demo_state.set_privacy(False)
    assert model.index(row, _risk_column("Equity")).data() == "$2,500.00"
