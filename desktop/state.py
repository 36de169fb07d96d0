"""The application state the views observe: the current snapshot and how to refresh it."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import PortfolioSnapshot
from core.settings import load_settings, update_settings


class AppState(QObject):
    """Holds the current snapshot; views connect to ``snapshot_changed``.

    ``refresh()`` runs a sync on the background runtime through the bridge; the last good snapshot
    stays current until a new one arrives, and a failed sync only reports an error.
    """

    snapshot_changed = Signal(object)
    sync_started = Signal()
    sync_failed = Signal(str)
    busy_changed = Signal(bool)
    settings_changed = Signal(object)  # core.settings.Settings
    privacy_changed = Signal(bool)  # True: every amount is hidden

    def __init__(self, bridge, db, demo: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.db = db
        self.demo = demo
        self.snapshot: PortfolioSnapshot | None = None
        self._pending = None
        self.settings = load_settings(db)
        bridge.busy_changed.connect(self.busy_changed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._apply_refresh_interval()

    @property
    def privacy(self) -> bool:
        return self.settings.privacy_mode

    def update_settings(self, **changes) -> None:
        """Persist changed settings and tell every view."""
        old = self.settings
        self.settings = update_settings(self.db, **changes)
        self._apply_refresh_interval()
        self.settings_changed.emit(self.settings)
        if old.privacy_mode != self.settings.privacy_mode:
            self.privacy_changed.emit(self.settings.privacy_mode)

    def set_privacy(self, hidden: bool) -> None:
        self.update_settings(privacy_mode=bool(hidden))

    def _apply_refresh_interval(self) -> None:
        minutes = self.settings.refresh_interval_min
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    def set_snapshot(self, snap: PortfolioSnapshot | None) -> None:
        self.snapshot = snap
        self.snapshot_changed.emit(snap)

    def load_latest(self) -> None:
        from core.store import latest_snapshot

        snap = latest_snapshot(self.db, demo=self.demo)
        if snap is not None:
            self.set_snapshot(snap)

    def sources(self) -> list:
        if self.demo:
            from core.demo import demo_sources

            return demo_sources()
        from desktop.commands._common import live_sources

        return live_sources(self.db)

    def refresh(self) -> None:
        """Start a sync unless one is running."""
        from core.sync import sync_once

        if self._pending is not None and not self._pending.done():
            return
        sources = self.sources()
        if not sources:
            self.sync_failed.emit(self.tr("No accounts or wallets are configured yet."))
            return
        self.sync_started.emit()
        now = datetime.now(timezone.utc)
        self._pending = self.bridge.call(sync_once(sources, self.db, now, demo=self.demo),
                                         self._on_synced, self._on_failed)

    def cancel_refresh(self) -> None:
        if self._pending is not None:
            self._pending.cancel()

    def _on_synced(self, result) -> None:
        _, snap = result
        self.set_snapshot(snap)

    def _on_failed(self, exc: BaseException) -> None:
        from core.sync import describe_failure

        self.sync_failed.emit(self.tr("Sync failed: {reason}").format(reason=describe_failure(exc)))
