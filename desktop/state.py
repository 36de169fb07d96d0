"""The thin Qt adapter over the application session: analyses in, signals out, user intents back.

All work (sync, store, analysis) runs in the session off the GUI thread; this object only starts it
through the bridge and emits the finished ``core.analysis.Analysis``. Views render it and never compute
risk themselves, nor touch the store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from core.session import NothingConfigured, Session
from desktop import format as fmt

if TYPE_CHECKING:  # annotations only: core.analysis is loaded where the analysis runs, off the first frame's path
    from core.analysis import Analysis
    from core.model import PortfolioSnapshot

log = logging.getLogger(__name__)

#: Settings whose change alters the analysis (not just how it is drawn): a change re-analyses.
ANALYSIS_SETTINGS = frozenset({"gap_rule_pct", "liquidation_alert_pct", "margin_buffer_multiple", "quote_currency"})


PERSIST_AFTER_MS = 50  # the privacy toggle is stored this long after the views re-rendered


class AppState(QObject):
    """Holds the current analysis; views connect to ``analysis_changed``.

    ``refresh()`` runs a sync on the background runtime; the last good analysis stays current until a new
    one arrives, and a failed sync only reports an error.
    """

    analysis_changed = Signal(object)  # core.analysis.Analysis
    snapshot_changed = Signal(object)  # its snapshot, right after (for the status bar and the tray)
    sync_started = Signal()
    sync_failed = Signal(str)
    busy_changed = Signal(bool)
    settings_changed = Signal(object)  # core.settings.Settings
    privacy_changed = Signal(bool)  # True: every amount is hidden
    # the data folder's fault (full disk, read-only, locked by another Undertow, damaged) as its message; "" once a
    # write succeeds again. The window shows it until then; the last good analysis stays shown meanwhile.
    store_problem_changed = Signal(str)
    _store_checked = Signal(object, object)  # (CheckResult | None, exception | None), from the runtime's thread
    # the funding ledger per held position: {(account id, symbol): core.funding.FundingSummary}, from each analysis
    # (its cost of carry, computed with it off the GUI thread); for ``PositionsModel.set_funding``
    funding_changed = Signal(object)
    market_series_changed = Signal(object)  # {series name: None (stored) | problem}: ETF flows, volatility indices

    def __init__(self, bridge: Any, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = session
        self.demo = session.demo
        self.analysis: Analysis | None = None
        self.funding: dict[tuple[str, str], Any] | None = None  # None until an analysis brings the ledger
        self._pending: Any = None
        self.settings = session.settings
        problem = getattr(session, "store_problem", None)  # e.g. opened read-only
        self._store_problem = "" if problem is None else str(problem)
        self._store_damage = ""  # damage found by the full check: shown for the rest of the run, writes or not
        bridge.busy_changed.connect(self.busy_changed)
        self._store_checked.connect(self._on_store_checked, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._apply_refresh_interval()
        # the privacy toggle is stored just after its frame; a quit before then stores it on the way out
        self._privacy_unsaved = False
        self._privacy_timer = QTimer(self, singleShot=True, interval=PERSIST_AFTER_MS)
        self._privacy_timer.timeout.connect(self.flush_privacy)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_privacy)

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    @property
    def snapshot(self) -> PortfolioSnapshot | None:
        return self.analysis.snapshot if self.analysis is not None else None

    @property
    def privacy(self) -> bool:
        return self.settings.privacy_mode

    # --- settings ------------------------------------------------------------------------------------------
    def update_settings(self, **changes: Any) -> None:
        """Persist changed settings, tell every view, and re-analyse when the analysis depends on them. When the data
        folder cannot take them (full, read-only, locked) they apply for this run only and the window says so."""
        from core.settings import apply_changes
        from core.store import StoreError

        self.flush_privacy()  # a toggle not stored yet is stored first: the new settings are read back with it
        old = self.settings
        try:
            self.settings = self.session.update_settings(**changes)
        except StoreError as exc:
            self.report_store_fault(exc)
            self.settings = self.session.settings = apply_changes(old, **changes)
        self._apply_refresh_interval()
        self.settings_changed.emit(self.settings)
        if old.privacy_mode != self.settings.privacy_mode:
            self.privacy_changed.emit(self.settings.privacy_mode)
        if any(getattr(old, k) != getattr(self.settings, k) for k in ANALYSIS_SETTINGS) and self.analysis:
            self.reanalyse()

    def set_privacy(self, hidden: bool) -> None:
        """Hide or show every amount: the views re-render at once; the setting is stored just after the frame (a
        write must not delay the one thing the user is waiting to see), or on quit if that comes first
        (``flush_privacy``)."""
        from core.settings import apply_changes

        hidden = bool(hidden)
        if hidden == self.settings.privacy_mode:
            return
        self.settings = self.session.settings = apply_changes(self.settings, privacy_mode=hidden)
        self._privacy_unsaved = True
        self.privacy_changed.emit(hidden)
        self._privacy_timer.start()  # toggles in quick succession: one write, of the last state

    def flush_privacy(self) -> None:
        """Store a privacy toggle not stored yet (after its frame, before a quit or another setting's write)."""
        self._privacy_timer.stop()
        if not self._privacy_unsaved:
            return
        self._privacy_unsaved = False
        from core.store import StoreError

        hidden = self.settings.privacy_mode
        try:
            self.settings = self.session.update_settings(privacy_mode=hidden)
        except StoreError as exc:  # applies for this run only; the window says why
            self.report_store_fault(exc)
        self.settings_changed.emit(self.settings)

    def _apply_refresh_interval(self) -> None:
        minutes = self.settings.refresh_interval_min
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    # --- analyses ------------------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Make ``analysis`` current unless a newer snapshot's analysis already is."""
        self._check_store()  # its reminders may have been judged without being recorded
        if analysis is None:
            return
        current = self.analysis
        if (current is not None and analysis.snapshot_id is not None and current.snapshot_id is not None
                and analysis.snapshot_id < current.snapshot_id):
            return  # a late answer about an older snapshot
        self.analysis = analysis
        fmt.set_display_currency(analysis.currency)  # every amount the views format from now on
        carry = getattr(analysis.summary, "carry", None)
        self.funding = {(x.account_id, x.symbol): x.summary for x in (carry.lines if carry is not None else ())
                        if x.summary is not None}
        self.analysis_changed.emit(analysis)
        self.snapshot_changed.emit(analysis.snapshot)
        self.funding_changed.emit(self.funding)
        if any(getattr(analysis.settings, k) != getattr(self.settings, k) for k in ANALYSIS_SETTINGS):
            self.reanalyse()  # it was started before a setting changed: judge it again by the new one

    def show_snapshot(self, snapshot: PortfolioSnapshot, snapshot_id: int | None = None) -> None:
        """Analyse ``snapshot`` in the background and make it current (an imported file, a test's data)."""
        async def work() -> Analysis:
            return await asyncio.to_thread(self.session.analyse, snapshot, self.now(), snapshot_id)

        self.bridge.call(work(), self.set_analysis, self._on_failed)

    def load_latest(self) -> None:
        """Show the last stored snapshot (analysed in the background)."""
        self.bridge.call(self.session.load_latest(self.now()), self.set_analysis, self._on_failed)

    def reanalyse(self) -> None:
        """Analyse the current snapshot again (after a setting or a reminder state changed)."""
        self.bridge.call(self.session.reanalyse(self.now()), self.set_analysis, self._on_failed)

    def refresh(self) -> None:
        """Start a sync unless one is running."""
        if self._pending is not None and not self._pending.done():
            return
        self.sync_started.emit()
        self._pending = self.bridge.call(self.session.refresh(self.now()), self._on_refreshed, self._on_failed)

    def _on_refreshed(self, analysis: Analysis | None) -> None:
        self.set_analysis(analysis)
        if not self.session.demo:  # then the external market series that are due (the demo reads no network)
            self.bridge.call(self.session.refresh_market_series(self.now()), self._on_series_fetched,
                             self._on_series_failed)

    def _on_series_fetched(self, result: dict) -> None:
        if result:  # something was fetched or failed: the market signals are read again
            self.market_series_changed.emit(result)

    def _on_series_failed(self, exc: BaseException) -> None:
        if not self.report_store_fault(exc):  # each series' own problem is in the result; this is something else
            log.warning("the market series could not be refreshed", exc_info=exc)

    def cancel_refresh(self) -> None:
        if self._pending is not None:
            self._pending.cancel()

    def _on_failed(self, exc: BaseException) -> None:
        from core.sync import describe_failure

        if self.report_store_fault(exc):
            return
        if isinstance(exc, NothingConfigured):
            self.sync_failed.emit(self.tr("No accounts or wallets are configured yet."))
            return
        self.sync_failed.emit(self.tr("Sync failed: {reason}").format(reason=describe_failure(exc)))

    # --- the data folder's faults ---------------------------------------------------------------------------
    @property
    def store_problem(self) -> str:
        """The data folder's current fault as its message ("" when writes work)."""
        return self._store_problem

    def _set_store_problem(self, text: str) -> None:
        text = self._store_damage or text
        if text != self._store_problem:
            self._store_problem = text
            self.store_problem_changed.emit(text)

    def _check_store(self) -> None:
        """Follow the session's view of the store: a fault since, or writes working again."""
        store = getattr(self.session, "store", None)
        if store is not None and hasattr(store, "problem"):
            problem = store.problem
            self._set_store_problem("" if problem is None else str(problem))

    def report_store_fault(self, exc: BaseException) -> bool:
        """If ``exc`` is a fault of the data folder (``core.store.StoreError`` or an SQLite error that is one), show
        it (``store_problem_changed``, and the status line) and return True; nothing else is touched: the last
        good analysis stays current. False for any other error."""
        import sqlite3

        from core.store import StoreError, store_fault

        if not isinstance(exc, (StoreError, sqlite3.Error)):
            return False
        store = getattr(self.session, "store", None)
        fault = store_fault(exc, store.path) if store is not None else (exc if isinstance(exc, StoreError) else None)
        if fault is None:
            return False
        if isinstance(fault, StoreError) and fault.kind == "closed":
            return True  # quitting: nothing to show
        self._set_store_problem(str(fault))
        self.sync_failed.emit(str(fault))
        return True

    def check_store_in_background(self) -> Any:
        """The full integrity check when it is due (weekly, or after an unclean shutdown), in a worker: a big store
        takes seconds. Not through the bridge, so the window does not look busy (Refresh stays enabled) meanwhile.
        Damage found is shown for the rest of the run. Returns the future (None when the session cannot check)."""
        check = getattr(self.session, "check_store_if_due", None)
        if check is None:
            return None

        async def work() -> Any:
            return await asyncio.to_thread(check, self.now())

        future = self.session.runtime.submit(work())
        future.add_done_callback(lambda f: self._store_checked.emit(
            None if f.cancelled() or f.exception() is not None else f.result(),
            None if f.cancelled() else f.exception()))
        return future

    def _on_store_checked(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            if not self.report_store_fault(error):
                log.warning("the background check of the database failed", exc_info=error)
            return
        if result is not None and not result.ok:
            self._store_damage = self.tr(
                "The full check of the database {path} found damage ({problem}). Nothing was changed; restore a "
                "backup, or run 'undertow db check' for details.").format(path=self.session.store.path,
                                                                           problem=result.problems[0])
            self._set_store_problem(self._store_damage)

    def load_funding(self, account_id: str, symbol: str, on_done: Callable[[Any], None],
                     on_error: Callable[[BaseException], None] | None = None, days: int = 30) -> Any:
        """One position's stored funding payments and its last ``days`` UTC days, read in a worker:
        ``on_done((payments, days))`` on the GUI thread."""
        session, now = self.session, self.now()

        async def work() -> Any:
            def read() -> Any:
                return (session.funding_payments(account_id, symbol),
                        session.funding_series(account_id, symbol, days, now))
            return await asyncio.to_thread(read)

        return self.bridge.call(work(), on_done, on_error or self._on_failed)

    # --- intents -------------------------------------------------------------------------------------------
    def intent(self, action: Callable[..., Any], *args: Any, reanalyse: bool = True, **kwargs: Any) -> Any:
        """Run one session intent (a short store transaction) and, by default, re-analyse the current
        snapshot so every view shows its effect (a snoozed reminder disappears, a new override counts).

        When the data folder cannot take it (full disk, read-only, locked by another Undertow) nothing is saved,
        the window says why (``store_problem_changed``) and None is returned."""
        from core.store import StoreError

        try:
            result = action(*args, **kwargs)
        except StoreError as exc:
            self.report_store_fault(exc)
            return None
        self._check_store()  # a write that worked clears an earlier fault
        if reanalyse and self.analysis is not None:
            self.reanalyse()
        return result
