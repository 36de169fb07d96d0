"""The alert-channel dialog: add a channel, send a test alert to a loopback ntfy fake, see the result, edit without
re-entering the secret, switch a channel off, remove it; the "Alert channels…" button of the Settings dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.desktop.conftest import make_state, save_screenshot
from tests.servers.alert_fakes import NtfyFake

TOKEN = "tk_DIALOGTOKEN-4f7a21"


@pytest.fixture
def ntfy():
    from core.runtime import get_runtime

    runtime = get_runtime()
    fake = NtfyFake(token=TOKEN)
    runtime.run(fake.start(), timeout=10)
    yield fake
    runtime.run(fake.stop(), timeout=10)


@pytest.fixture
def state(qtbot, tmp_path, memory_keyring):
    s = make_state(qtbot, demo=False, path=tmp_path / "undertow.sqlite")
    yield s
    s.session.store.close()


def _add_ntfy(qtbot, state, dialog, url: str, topic: str = "undertow-f1x7", token: str = TOKEN):
    from desktop.views.alerts_dialog import ChannelEditor

    editor = ChannelEditor(state, None, dialog)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("ntfy"))
    assert not editor.form.isRowVisible(editor.fields["host"]) and editor.form.isRowVisible(editor.fields["topic"])
    editor.name.setText("phone")
    editor.fields["server"].setText(url)
    editor.fields["topic"].setText(topic)
    editor.fields["token"].setText(token)
    editor.save()
    return editor


def test_add_test_edit_disable_remove(qtbot, state, ntfy, memory_keyring, tmp_path):
    from desktop.views.alerts_dialog import AlertsDialog, ChannelEditor

    dialog = AlertsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and not dialog.test_button.isEnabled()

    # a bad topic: the editor says why and keeps what was typed
    editor = _add_ntfy(qtbot, state, dialog, ntfy.base_url, topic="not a topic")
    assert "ntfy topic" in editor.error.text() and editor.saved is None
    assert editor.fields["topic"].text() == "not a topic" and state.session.alert_channels() == []

    editor = _add_ntfy(qtbot, state, dialog, ntfy.base_url)
    assert editor.saved is not None and editor.error.text() == ""
    dialog.reload(select="phone")
    assert dialog.table.rowCount() == 1 and dialog.selected_name() == "phone"
    assert dialog.table.item(0, 1).text() == "ntfy" and dialog.table.item(0, 3).text() == "never used"
    assert dialog.test_button.isEnabled()

    # the test button: the fake gets the test alert, the dialog says it went out and shows it in the list
    with qtbot.waitSignal(dialog.test_finished, timeout=30000) as done:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert done.args[0].ok
    (req,) = ntfy.requests
    assert req.header("Title") == "Undertow test alert" and req.header("Authorization") == f"Bearer {TOKEN}"
    assert "$" not in req.body.decode()
    assert "went out through “phone”" in dialog.test_result.text()
    assert dialog.table.item(0, 3).text() == "sent just now"
    save_screenshot(dialog, "alerts_dialog")

    # a failing test is reported with the server's reason, and the row says so
    ntfy.faults = [403]
    with qtbot.waitSignal(dialog.test_finished, timeout=30000) as failed:
        dialog.send_test()
    assert not failed.args[0].ok
    assert dialog.test_result.text() == ("The test alert through “phone” failed: the ntfy server refused the "
                                         "credentials (HTTP 403): injected fault")
    assert dialog.table.item(0, 3).text().startswith("failed just now: the ntfy server refused")

    # editing keeps the stored token when the field is left empty
    config = state.session.find_alert_channel("phone")
    editor = ChannelEditor(state, config, dialog)
    qtbot.addWidget(editor)
    assert not editor.kind.isEnabled() and not editor.name.isEnabled()
    assert editor.fields["token"].text() == "" and "unchanged" in editor.fields["token"].placeholderText()
    editor.fields["topic"].setText("undertow-g2y8")
    editor.save()
    assert editor.saved.options["topic"] == "undertow-g2y8" and TOKEN in str(memory_keyring.entries)

    # the amounts switch and the rate limit are settings
    dialog.amounts.setChecked(True)
    dialog.rate.setValue(5)
    assert state.settings.alerts_include_amounts and state.settings.alert_rate_limit_per_hour == 5

    # switching off through the tick box
    dialog.reload()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not state.session.find_alert_channel("phone").enabled

    dialog.remove_channel(confirm=False)
    assert dialog.table.rowCount() == 0 and state.session.alert_channels() == [] and memory_keyring.entries == {}
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("undertow.sqlite*"))
    assert TOKEN.encode() not in raw


def test_email_editor_fields_and_the_settings_button(qtbot, state, monkeypatch):
    from desktop.views import alerts_dialog
    from desktop.views.alerts_dialog import ChannelEditor, alerts_button

    editor = ChannelEditor(state)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("email"))
    for key in ("host", "port", "security", "username", "password", "from_addr", "to_addr", "ca_file"):
        assert editor.form.isRowVisible(editor.fields[key]), key
    assert not editor.form.isRowVisible(editor.fields["topic"])
    assert editor.fields["port"].text() == "587"
    editor.fields["security"].setCurrentIndex(editor.fields["security"].findData("tls"))
    assert editor.fields["port"].text() == "465"  # follows the security choice while it is a standard port
    editor.fields["host"].setText("smtp.example.org")
    editor.fields["username"].setText("me@example.org")
    editor.fields["from_addr"].setText("me@example.org")
    editor.fields["to_addr"].setText("me@example.org")
    editor.show()
    editor.save()
    assert editor.error.text() == "a password is required when a user name is given"
    save_screenshot(editor, "alert_channel_editor_email")
    editor.fields["password"].setText("MAIL-PASS-77")
    editor.name.setText("mail")
    editor.save()
    assert editor.saved.options == {"host": "smtp.example.org", "port": "465", "security": "tls",
                                    "username": "me@example.org", "from_addr": "me@example.org",
                                    "to_addr": "me@example.org"}

    opened = []
    monkeypatch.setattr(alerts_dialog.AlertsDialog, "exec", lambda self: opened.append(self) or 0)
    button = alerts_button(state, None)
    qtbot.addWidget(button)
    assert button.text() == "Alert channels…"
    button.click()
    assert len(opened) == 1 and opened[0].table.rowCount() == 1


def test_tray_fallback_shows_nothing_without_a_tray_icon(qtbot):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from desktop.notify import tray_fallback

    window = QWidget()
    qtbot.addWidget(window)
    tray = SimpleNamespace(window=window, icon=None)  # the app's Tray when the tray is switched off
    assert tray_fallback(tray)("Undertow test alert", "body", "info") is False
