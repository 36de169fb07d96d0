"""The shell: navigation between views, refresh, and a status bar that says how fresh the data is."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QToolBar

from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)

if TYPE_CHECKING:
    from desktop.tray import Tray

# View titles are stable English keys (show_view, open_view); the navigation shows their translation.
VIEW_TITLES = [QT_TRANSLATE_NOOP("Navigation", "Dashboard"), QT_TRANSLATE_NOOP("Navigation", "Positions"),
               QT_TRANSLATE_NOOP("Navigation", "What-if"), QT_TRANSLATE_NOOP("Navigation", "Custody"),
               QT_TRANSLATE_NOOP("Navigation", "Market"), QT_TRANSLATE_NOOP("Navigation", "History"),
               QT_TRANSLATE_NOOP("Navigation", "Accounts")]


def view_title(view) -> str:
    """A view's title in the interface language."""
    return QCoreApplication.translate("Navigation", view.title)


class MainWindow(QMainWindow):
    def __init__(self, state, views: list, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.tray: Tray | None = None  # attached by the app when enabled
        self.force_quit = False
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.views: list[Any] = []  # QWidgets with a ``title``
        for index, view in enumerate(views):
            self.add_view(view, index)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)

        toolbar = self.toolbar = QToolBar()
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.refresh_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(state.refresh)
        self.cancel_action = QAction(self, enabled=False)
        self.cancel_action.triggered.connect(state.cancel_refresh)
        self.privacy_action = QAction(self, checkable=True, checked=state.privacy,
                                      shortcut=QKeySequence("Ctrl+Shift+H"))
        self.privacy_action.toggled.connect(state.set_privacy)
        state.privacy_changed.connect(self.privacy_action.setChecked)
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.cancel_action)
        toolbar.addSeparator()
        toolbar.addAction(self.privacy_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)
        quit_action = self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.demo_badge = QLabel()
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setStyleSheet("background:#e8a317; color:black; font-weight:bold; border-radius:3px;")
        self.demo_badge.setVisible(state.demo)
        self.snapshot_label = QLabel()
        self.sources_label = QLabel()
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        bar = self.statusBar()
        bar.addWidget(self.demo_badge)
        bar.addWidget(self.snapshot_label)
        bar.addPermanentWidget(self.sources_label)

        state.snapshot_changed.connect(self.on_snapshot)
        state.sync_started.connect(lambda: self.statusBar().showMessage(self.tr("Syncing…")))
        state.sync_failed.connect(lambda msg: self.statusBar().showMessage(msg, 10000))
        state.busy_changed.connect(self._on_busy)
        self.retranslate()
        self._restore_geometry()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Undertow — DEMO") if self.state.demo else "Undertow")
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Sync every account and wallet now (F5)"))
        self.cancel_action.setText(self.tr("Cancel"))
        self.cancel_action.setToolTip(self.tr("Stop the running sync"))
        self.privacy_action.setText(self.tr("Hide amounts"))
        self.privacy_action.setToolTip(self.tr("Privacy mode: hide every amount in every view (Ctrl+Shift+H)"))
        self.settings_action.setText(self.tr("Settings…"))
        self.settings_action.setToolTip(self.tr("Refresh interval, servers, thresholds, theme, language (Ctrl+,)"))
        self.quit_action.setText(self.tr("Quit"))
        self.demo_badge.setText(" " + self.tr("DEMO DATA") + " ")
        self.demo_badge.setToolTip(self.tr("Bundled demo data (market as of 2026-02-12), not your accounts"))
        for row, view in enumerate(self.views):
            item = self.nav.item(row)
            item.setText(view_title(view))
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=view_title(view), n=row + 1))
        if self.state.snapshot is not None:
            self.on_snapshot(self.state.snapshot)
        else:
            self.snapshot_label.setText(self.tr("No data yet"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_view(self, view, index: int | None = None) -> None:
        index = len(self.views) if index is None else index
        self.views.append(view)
        self.stack.addWidget(view)
        item = QListWidgetItem(view_title(view))
        shortcut = f"Ctrl+{len(self.views)}"
        item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=view_title(view), n=len(self.views)))
        self.nav.addItem(item)
        action = QAction(self, shortcut=QKeySequence(shortcut))
        row = len(self.views) - 1
        action.triggered.connect(lambda _=False, i=row: self.nav.setCurrentRow(i))
        self.addAction(action)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_view(self, title: str) -> None:
        for i, v in enumerate(self.views):
            if v.title == title:
                self.nav.setCurrentRow(i)

    def open_settings(self) -> None:
        from desktop.views.settings_dialog import SettingsDialog

        SettingsDialog(self.state, self).exec()

    def _on_busy(self, busy: bool) -> None:
        self.refresh_action.setEnabled(not busy)
        self.cancel_action.setEnabled(busy)
        if not busy:
            self.statusBar().clearMessage()

    def on_snapshot(self, snap) -> None:
        if snap is None:
            return
        now = datetime.now(UTC)
        self.snapshot_label.setText(self.tr("Snapshot {when} ({age})").format(
            when=i18n.date_time(snap.taken_at), age=i18n.age(snap.taken_at, now)))
        parts = []
        for s in snap.sources:
            color = {"fresh": "#3c9d5d", "stale": "#e8a317", "failed": "#d9534f"}[s.state.value]
            state = i18n.core_text("SourceState", s.state.value)
            text = s.source_id if s.state.value == "fresh" else (
                self.tr("{source}: {state} from {age}").format(source=s.source_id, state=state,
                                                                 age=i18n.age(s.as_of, now))
                if s.as_of else f"{s.source_id}: {state}")
            parts.append(f'<span style="color:{color}">●</span> {text}')
        self.sources_label.setText("&nbsp;&nbsp;".join(parts))
        self.sources_label.setToolTip("\n".join(
            f"{s.source_id}: {i18n.core_text('SourceState', s.state.value)}" + (f" — {s.error}" if s.error else "")
            for s in snap.sources))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        if self.tray is not None and self.tray.keeps_running_on_close and not self.force_quit:
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
