"""Custody GUI: import a descriptor through the dialog, see its addresses and balance (from a loopback
Esplora fake through the real sync), see a reminder and snooze it; a screenshot of the demo view."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.custody.importer import derive_addresses
from tests.desktop.conftest import save_screenshot
from tests.servers.esplora_fake import EsploraFake, stats

XPUB84 = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"  # noqa: E501
SPARROW = f"""# Receive and change descriptor (BIP389):
wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)#qf45pmyh
"""
NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture
def live_state(qtbot, tmp_path):
    from core.runtime import get_runtime
    from tests.desktop.conftest import make_state

    runtime = get_runtime()
    first = derive_addresses(f"wpkh({XPUB84}/<0;1>/*)", count=1)[0]
    fake = EsploraFake(addresses={first: stats(150_000)})
    runtime.run(fake.__aenter__(), timeout=30)
    state = make_state(qtbot, False, path=tmp_path / "u.sqlite", runtime=runtime)
    state.update_settings(esplora_url=fake.url, refresh_interval_min=0)
    yield state
    runtime.run(fake.__aexit__(None, None, None), timeout=30)
    state.session.close()


def test_import_descriptor_see_balance_and_snooze_a_reminder(qtbot, qtmodeltester, live_state):
    from desktop.views.custody_view import CustodyView

    view = CustodyView(live_state)  # the session analyses at the real time: the snooze must be relative to it
    qtbot.addWidget(view)
    dialog = view.open_wallet_dialog()
    dialog.text.setPlainText("abandon " * 11 + "about")
    assert "private key" in dialog.status.text() and dialog.text.toPlainText() == ""  # refused and wiped
    dialog.text.setPlainText(SPARROW)
    assert dialog.add_button.isEnabled()
    assert dialog.addresses.item(0).text() == "#0  bc1q cr8t e4kr 609g cawu tmrz a0j4 xv80 jy8z 306f yu"
    assert dialog.verify_note.isVisibleTo(dialog)
    dialog.vendor.setCurrentText("OneKey")
    dialog.label.setText("OneKey vault")
    with qtbot.waitSignal(live_state.snapshot_changed, timeout=60000):
        dialog.add_button.click()

    qtmodeltester.check(view.model)
    rows = [[view.model.index(r, c).data() for c in range(view.model.columnCount())]
            for r in range(view.model.rowCount())]
    assert ["OneKey vault", "BTC", "0.0015 BTC"] == rows[0][:3]
    assert rows[0][4] == "Hardware wallet" and rows[0][6] == ""  # fresh: nothing to say (the column is hidden)
    assert view.table.isColumnHidden(6)

    keys = [view.reminders.item(i).data(0x0100).key for i in range(view.reminders.count())]
    assert "R5:drill" in keys  # a self-custody wallet that has never been verified on the device
    view.reminders.setCurrentRow(keys.index("R5:drill"))
    with qtbot.waitSignal(view.reminders_changed) as blocker:
        view.snooze_selected()
    assert "R5:drill" not in blocker.args[0]
    assert all("OneKey" not in k and "$" not in k for k in blocker.args[1])


def test_custody_view_on_demo_data_screenshot(qtbot, qtmodeltester):
    from desktop.views.custody_view import CustodyView
    from tests.desktop.conftest import make_state

    state = make_state(qtbot, True)
    view = CustodyView(state, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    with qtbot.waitSignal(state.snapshot_changed, timeout=60000):
        state.refresh()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() >= 5
    assert view.figures["self_share"].text().endswith("%")
    assert view.reminders.count() >= 1
    r = next(i for i in range(view.reminders.count())
             if getattr(view.reminders.item(i).data(0x0100), "condition", None) is not None
             and view.reminders.item(i).data(0x0100).condition.rule_id == "R3")
    view.reminders.setCurrentRow(r)
    path = save_screenshot(view, "custody_view")
    assert path.exists()
    state.session.close()


def test_first_bitcoin_wallet_explains_what_the_chain_server_learns(qtbot):
    from desktop.views.wallet_dialog import WalletDialog
    from tests.desktop.conftest import make_state

    state = make_state(qtbot, False)
    dialog = WalletDialog(state)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu")
    assert dialog.server_note.isVisibleTo(dialog)
    assert state.settings.esplora_url in dialog.server_note.text() and "IP address" in dialog.server_note.text()
    dialog.label.setText("Cold BTC")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.status.text()
    assert state.settings.esplora_explained
    again = WalletDialog(state)
    qtbot.addWidget(again)
    again.text.setPlainText("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu")
    assert not again.server_note.isVisibleTo(again)  # explained once
    state.session.close()
