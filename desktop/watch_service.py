"""The watch engine inside the desktop app: run on the session's runtime, its alerts and checks bridged to Qt.

The app's own refreshes (``AppState``, every ``refresh_interval_min``) are the engine's full syncs: each new
analysis is handed to ``WatchEngine.observe``; between them the engine checks mark prices on its adaptive cadence
(30 s while something is within twice its threshold, else 5 min). Alerts go to ``send`` (the alert channels,
wired by the app) from the runtime's loop, and reach the GUI thread as ``alert_raised``; each check as
``checked``. With ``Settings.watch_in_background`` the tray keeps the app, and so this service, running when the
window closes. Not started in the demo: recorded data is nothing to alert anyone about.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot

from core.alerts import Alert

log = logging.getLogger(__name__)

Send = Callable[[Alert], Awaitable[None]]


class WatchService(QObject):
    """One per window. ``start()`` after the state exists; ``stop()`` before the session closes."""

    alert_raised = Signal(object)  # core.alerts.Alert, on the GUI thread
    checked = Signal(object)  # core.watch.engine.Check, on the GUI thread
    _from_loop = Signal(str, object)  # emitted in the runtime's thread; queued to ``_deliver``

    def __init__(self, state: Any, send: Send | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.send = send
        self.engine: Any = None
        self._future: concurrent.futures.Future[Any] | None = None
        self._from_loop.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._future is not None and not self._future.done()

    def start(self) -> bool:
        """Start the engine on the session's runtime (not in the demo); True when it runs."""
        if self.running:
            return True
        session = self.state.session
        if session.demo:
            return False
        from core.watch.engine import SessionFeed, WatchEngine, load_state, save_state, snooze_file, state_file
        from core.watch.watchtower_hook import watchtower_for

        path = state_file("app")
        feed = SessionFeed(session, full_sync=False, snooze_file=snooze_file(), watchtower=watchtower_for(session))
        self.engine = WatchEngine(feed, self._emit_alert, state=load_state(path),
                                  save_state=lambda state: save_state(path, state),
                                  on_check=lambda check: self._from_loop.emit("check", check))
        self._future = session.runtime.submit(self.engine.run())
        self._future.add_done_callback(self._ended)
        self.state.analysis_changed.connect(self.observe)
        if self.state.analysis is not None:
            self.observe(self.state.analysis)
        return True

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the engine and wait a moment for it to finish its check."""
        if self.engine is None or self._future is None:
            return
        try:
            self.state.analysis_changed.disconnect(self.observe)
        except (RuntimeError, TypeError):  # not connected
            pass
        runtime = self.state.session.runtime
        if runtime.running:
            runtime.loop.call_soon_threadsafe(self.engine.stop)
            try:
                self._future.result(timeout)
            except Exception:  # noqa: BLE001 - stopping is best effort; the state file has the last check
                self._future.cancel()
        self._future = None

    @Slot(object)
    def observe(self, analysis: Any) -> None:
        """Hand a new analysis (an app refresh, a re-analysis after a setting changed) to the engine."""
        if self.engine is None or not self.running or analysis is None:
            return
        future = self.state.session.runtime.submit(self.engine.observe(analysis))
        future.add_done_callback(_log_failure)

    def snooze(self, key: str, duration: timedelta, now: datetime | None = None) -> None:
        """Snooze an alert (its key or any ``:``-bounded prefix of it) for ``duration``; ``undertow watch`` honours
        it too (the snoozes are shared)."""
        from core.watch.engine import add_snooze, snooze_file

        now = now or datetime.now(UTC)
        add_snooze(snooze_file(self.state.session.demo), key, now + duration, now)

    async def _emit_alert(self, alert: Alert) -> None:
        self._from_loop.emit("alert", alert)  # runs in the runtime's thread: only emit
        if self.send is not None:
            await self.send(alert)

    def _ended(self, future: concurrent.futures.Future[Any]) -> None:
        if not future.cancelled() and future.exception() is not None:
            log.warning("the watch engine stopped: %s", type(future.exception()).__name__,
                        exc_info=future.exception())

    @Slot(str, object)
    def _deliver(self, what: str, payload: Any) -> None:
        if what == "alert":
            self.alert_raised.emit(payload)
        elif what == "check":
            self.checked.emit(payload)


def _log_failure(future: concurrent.futures.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("the watch engine could not judge an analysis", exc_info=future.exception())


# --- the opt-in, asked once: keep watching in the background when the window closes? ---------------------------
def ask_background_watch(parent: Any, state: Any, ask: Callable[[Any], bool] | None = None) -> bool | None:
    """Ask once whether to keep watching in the background when the window closes (the tray then keeps the app and
    its watch engine running). Asked only when it matters: not in the demo, with a system tray, with an exchange
    account to watch. Saves the answer (``Settings.watch_in_background``) and that it was asked
    (``watch_background_asked``); returns the answer, None when not asked. ``ask(parent) -> bool`` stands in for
    the dialog (tests)."""
    settings = state.settings
    if settings.watch_background_asked or state.demo or getattr(parent, "force_quit", False):
        return None
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable() or not state.session.accounts():
        return None
    answer = bool((ask or _ask_dialog)(parent))
    state.update_settings(watch_in_background=answer, watch_background_asked=True)
    return answer


def _ask_dialog(parent: Any) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("WatchService", "Keep watching?"))
    box.setText(QCoreApplication.translate("WatchService", "Keep watching in the background when the window closes?"))
    box.setInformativeText(QCoreApplication.translate(
        "WatchService", "Undertow can keep checking your positions and send alerts while its window is closed. It "
                        "stays in the system tray; quit it from the tray menu."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


class BackgroundQuestion(QObject):
    """An event filter on the main window: on its first close, ``ask_background_watch`` runs before the window
    decides whether to hide in the tray or quit (the filter sees the close event first)."""

    def __init__(self, window: Any, state: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.state = state

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Close:
            try:
                ask_background_watch(self.window, self.state)
            except Exception:  # noqa: BLE001 - a failed question must never keep the window from closing
                log.warning("asking about background watching failed", exc_info=True)
        return False
