"""The thin Qt adapter over the application session: analyses in, signals out, user intents back.

All work (sync, store, analysis) runs in the session off the GUI thread; this object only starts it
through the bridge and emits the finished ``core.analysis.Analysis``. Views render it and never compute
risk themselves, nor touch the store.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.analysis import Analysis
from core.model import PortfolioSnapshot
from core.session import NothingConfigured, Session
from desktop import format as fmt

#: Settings whose change alters the analysis (not just how it is drawn): a change re-analyses.
ANALYSIS_SETTINGS = frozenset({"gap_rule_pct", "liquidation_alert_pct", "margin_buffer_multiple", "quote_currency"})


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

    def __init__(self, bridge: Any, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.session = session
        self.demo = session.demo
        self.analysis: Analysis | None = None
        self._pending: Any = None
        self.settings = session.settings
        bridge.busy_changed.connect(self.busy_changed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._apply_refresh_interval()

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
        """Persist changed settings, tell every view, and re-analyse when the analysis depends on them."""
        old = self.settings
        self.settings = self.session.update_settings(**changes)
        self._apply_refresh_interval()
        self.settings_changed.emit(self.settings)
        if old.privacy_mode != self.settings.privacy_mode:
            self.privacy_changed.emit(self.settings.privacy_mode)
        if any(getattr(old, k) != getattr(self.settings, k) for k in ANALYSIS_SETTINGS) and self.analysis:
            self.reanalyse()

    def set_privacy(self, hidden: bool) -> None:
        self.update_settings(privacy_mode=bool(hidden))

    def _apply_refresh_interval(self) -> None:
        minutes = self.settings.refresh_interval_min
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    # --- analyses ------------------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """Make ``analysis`` current unless a newer snapshot's analysis already is."""
        if analysis is None:
            return
        current = self.analysis
        if (current is not None and analysis.snapshot_id is not None and current.snapshot_id is not None
                and analysis.snapshot_id < current.snapshot_id):
            return  # a late answer about an older snapshot
        self.analysis = analysis
        fmt.set_display_currency(analysis.currency)  # every amount the views format from now on
        self.analysis_changed.emit(analysis)
        self.snapshot_changed.emit(analysis.snapshot)
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
        self._pending = self.bridge.call(self.session.refresh(self.now()), self.set_analysis, self._on_failed)

    def cancel_refresh(self) -> None:
        if self._pending is not None:
            self._pending.cancel()

    def _on_failed(self, exc: BaseException) -> None:
        from core.sync import describe_failure

        if isinstance(exc, NothingConfigured):
            self.sync_failed.emit(self.tr("No accounts or wallets are configured yet."))
            return
        self.sync_failed.emit(self.tr("Sync failed: {reason}").format(reason=describe_failure(exc)))

    # --- intents -------------------------------------------------------------------------------------------
    def intent(self, action: Callable[..., Any], *args: Any, reanalyse: bool = True, **kwargs: Any) -> Any:
        """Run one session intent (a short store transaction) and, by default, re-analyse the current
        snapshot so every view shows its effect (a snoozed reminder disappears, a new override counts)."""
        result = action(*args, **kwargs)
        if reanalyse and self.analysis is not None:
            self.reanalyse()
        return result
