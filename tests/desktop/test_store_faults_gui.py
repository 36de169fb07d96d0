"""The window under faults of the data folder (issue 15, acceptance 4): a full disk, a read-only database (at start-up,
with reminder states to record), another process holding the write lock, and damage found by the background check.

Each time the window stays up, the last snapshot stays shown, a red banner says in plain text what was not saved and
what to do (until a write works again), and no exception reaches Qt (pytest-qt fails a test on any). How each fault
is made, also as root: ``tests/store_faults.py``. Real parts: the app's own ``create_window`` over a real store under
UNDERTOW_HOME, the demo's recorded sources through the real sync, a second process for the lock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer

import core.store.store as store_module
from tests import store_faults as faults
from tests.desktop.conftest import save_screenshot


def stored_demo(home, n: int = 2, live: bool = False) -> list[int]:
    """``n`` demo snapshots synced into the store under ``home`` (``live``: stored as the user's own data, so the
    window opens on them without --demo). Returns their ids."""
    from core.session import Session

    demo = Session.open(demo=True)
    try:
        snaps = [demo.run(demo.sync(datetime.now(UTC) + timedelta(minutes=i)))[1] for i in range(n)]
    finally:
        demo.close()
    if not live:
        return [i + 1 for i in range(n)]
    session = Session.open(demo=False)
    try:
        return [session.save(replace(s, demo=False)) for s in snaps]
    finally:
        session.close()


@pytest.fixture
def window_on(qtbot):
    """``open(demo)``: the app's window (as ``run_app`` builds it) after its start-up analysis has landed."""
    opened = []

    def open_window(demo: bool):
        from desktop.app import create_window

        state, window = create_window(demo=demo)
        opened.append(state)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: state.analysis is not None, timeout=30000)
        return state, window

    yield open_window
    for state in opened:
        state.session.close()


def banner(window):
    label = window.store_problem_banner
    assert label.textFormat() == Qt.TextFormat.PlainText  # a path and SQLite's words: never markup
    return label


def test_full_disk_sync_keeps_the_window_and_the_last_snapshot(qtbot, window_on, undertow_home, monkeypatch):
    ids = stored_demo(undertow_home)
    faults.limit_pages_of_new_connections(monkeypatch)  # SQLITE_FULL for any write that grows the file
    state, window = window_on(True)
    assert state.analysis.snapshot_id == ids[-1]
    with qtbot.waitSignal(state.sync_failed, timeout=30000) as failed:
        state.refresh()
    assert "is full: the new snapshot was not saved" in failed.args[0]
    qtbot.waitUntil(lambda: not state.bridge.busy, timeout=10000)
    assert window.isVisible() and state.analysis.snapshot_id == ids[-1]  # the last snapshot still shown
    assert banner(window).isVisible() and "is full" in banner(window).text()
    assert "Free some space" in banner(window).text() and state.store_problem == banner(window).text()
    assert state.session.snapshot_ids() == ids  # nothing half-saved
    save_screenshot(window, "store-fault-full-disk")


def test_read_only_store_at_start_up_with_reminders_to_record(qtbot, window_on, undertow_home, monkeypatch):
    """The harness' crash: the start-up analysis records reminder states; on a read-only store that write fails.
    Now the reminders are judged and shown, only not recorded, and the banner says why."""
    ids = stored_demo(undertow_home, live=True)
    with faults.read_only_file(undertow_home / "undertow.sqlite", monkeypatch) as how:
        state, window = window_on(False)
        assert window.isVisible() and state.analysis.snapshot_id == ids[-1]
        assert state.analysis.reminders, "the demo has due reminders: their states change at start-up"
        qtbot.waitUntil(lambda: banner(window).isVisible(), timeout=5000)
        assert "is read-only" in banner(window).text(), how
        # a user intent on the GUI thread: nothing saved, no exception, the banner names it
        reminder = state.analysis.reminders[0]
        assert state.intent(state.session.snooze_reminder, reminder.condition.rule_id, reminder.condition.subject,
                            datetime.now(UTC) + timedelta(hours=4)) is None
        assert "the snoozed reminder was not saved" in banner(window).text()
        # a setting applies for this run, and the banner says it was not saved
        state.set_privacy(True)
        assert state.settings.privacy_mode and state.session.settings.privacy_mode
        # the views re-render first; the setting is written just after the frame, and that write reports the fault
        qtbot.waitUntil(lambda: "the changed setting was not saved" in banner(window).text(), timeout=5000)
        save_screenshot(window, "store-fault-read-only")
        state.set_privacy(False)


def test_write_lock_held_by_another_process(qtbot, window_on, undertow_home, monkeypatch):
    ids = stored_demo(undertow_home)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 1.0)
    state, window = window_on(True)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with faults.write_lock_held(undertow_home / "undertow.sqlite"):
        with qtbot.waitSignal(state.sync_failed, timeout=30000) as failed:
            state.refresh()
        timer.stop()
        assert "locked by another Undertow" in failed.args[0] and "waited 1 s" in failed.args[0]
        assert len(ticks) >= 20  # the GUI thread kept running while the save waited (≥ 1 s)
        qtbot.waitUntil(lambda: not state.bridge.busy, timeout=10000)
        assert banner(window).isVisible() and "locked by another Undertow" in banner(window).text()
        assert state.analysis.snapshot_id == ids[-1]
    # released: the next refresh saves, and the banner goes
    with qtbot.waitSignal(state.analysis_changed, timeout=30000):
        state.refresh()
    qtbot.waitUntil(lambda: not banner(window).isVisible(), timeout=5000)
    assert state.store_problem == "" and state.analysis.snapshot_id > ids[-1]


def test_damage_found_by_the_background_check_is_shown(qtbot, window_on, undertow_home):
    stored_demo(undertow_home)
    faults.smash_page(undertow_home / "undertow.sqlite", "alert_deliveries")  # nothing at start-up reads it
    state, window = window_on(True)
    assert not banner(window).isVisible()  # a clean open does not scan the file (issue 17)
    qtbot.waitUntil(lambda: not state.bridge.busy, timeout=30000)  # the start-up reads (market signals) are done
    with qtbot.waitSignal(state.store_problem_changed, timeout=30000) as changed:
        assert state.check_store_in_background() is not None
        assert not state.bridge.busy  # the window does not look busy meanwhile: Refresh stays enabled
    assert "found damage" in changed.args[0] and "undertow db check" in changed.args[0]
    assert banner(window).isVisible() and window.isVisible()
    save_screenshot(window, "store-fault-damage-found")
    with qtbot.waitSignal(state.analysis_changed, timeout=30000):
        state.refresh()  # a save that works does not make the damage go away
    assert banner(window).isVisible() and "found damage" in banner(window).text()


def test_a_dialog_saving_straight_through_the_session_gets_a_warning_not_a_crash(qtbot, window_on, undertow_home,
                                                                                 monkeypatch):
    """Dialogs (accounts, wallets, alert channels) call the session themselves: a fault there reaches the app's
    excepthook, which shows it as what it is ("not saved", its message, the banner), not as an unexpected error."""
    from PySide6.QtWidgets import QMessageBox

    from core.model import CustodyClass, Purpose
    from desktop import app

    stored_demo(undertow_home)
    with faults.read_only_file(undertow_home / "undertow.sqlite", monkeypatch):
        state, window = window_on(True)
        shown = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
        monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"an 'unexpected error' box: {a}"))
        try:
            state.session.add_manual_holding("Bank", "USDT", 1000, CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM,
                                             datetime.now(UTC))
        except Exception as exc:  # noqa: BLE001 - what a Qt slot would hand to sys.excepthook
            import sys

            monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
            app.install_excepthook("the log")
            sys.excepthook(type(exc), exc, exc.__traceback__)
        else:
            pytest.fail("a read-only store took the write")
        assert len(shown) == 1 and shown[0][1] == "Undertow — not saved"
        assert "the new holding was not saved" in shown[0][2] and "is read-only" in shown[0][2]
        assert "the new holding was not saved" in banner(window).text() and window.isVisible()


def test_the_log_goes_to_stderr_when_the_data_folder_cannot_be_written(undertow_home, capsys):
    """The app starts even when its log file cannot be created (the window then says what is wrong)."""
    import logging

    from desktop.app import open_log

    logs = undertow_home / "logs"
    logs.mkdir()
    root = logging.getLogger()
    before = list(root.handlers)
    with faults.read_only_folder(logs):
        where = open_log()
    try:
        assert where == "standard error"
        assert "the log folder cannot be written" in capsys.readouterr().err
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
