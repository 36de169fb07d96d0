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
