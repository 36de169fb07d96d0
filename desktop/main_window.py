"""The shell: navigation between views, refresh, a status bar that says how fresh the data is, and above everything a
banner when the trader is blind (no exchange account has fresh data) or partly blind.

Views are built when first shown (``desktop.widgets.lazy_pages``): the window starts with the dashboard only. On a
first start with nothing configured it opens the welcome page (``show_welcome``), which is no navigation entry:
``show_view("Welcome")`` brings it back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.format import (
    QT_TRANSLATE_NOOP,  # typed `str` (PySide6's stub says `object`)
    html_text,
    plain_tooltip,
)
from desktop.widgets.lazy_pages import LazyViews, ViewSpec

if TYPE_CHECKING:
    from desktop.tray import Tray

# View titles are stable English keys (show_view, open_view); the navigation shows their translation.
VIEW_TITLES = [QT_TRANSLATE_NOOP("Navigation", "Dashboard"), QT_TRANSLATE_NOOP("Navigation", "Positions"),
               QT_TRANSLATE_NOOP("Navigation", "What-if"), QT_TRANSLATE_NOOP("Navigation", "Custody"),
               QT_TRANSLATE_NOOP("Navigation", "Market"), QT_TRANSLATE_NOOP("Navigation", "History"),
               QT_TRANSLATE_NOOP("Navigation", "Accounts")]


WELCOME = "Welcome"  # show_view's key of the welcome page


def view_title(view) -> str:
    """A view's title in the interface language (a view or a ``ViewSpec``)."""
    return QCoreApplication.translate("Navigation", view.title)


PREBUILD_AFTER_MS = 1500  # after the first figures: the views not visited yet are built one by one while idle
PREBUILD_EVERY_MS = 400
PREBUILD_MAX_WAITS = 150  # ... but not forever behind a sync that hangs (150 x 400 ms = 60 s)

class MainWindow(QMainWindow):
    """``views``: view widgets, or ``ViewSpec``s built when first shown (``views[i]`` builds the view)."""

    demo_requested = Signal()  # the welcome page's "Explore the demo" (the app restarts in demo mode)

    def __init__(self, state, views: list, parent=None, opening: bool = False) -> None:
        super().__init__(parent)
        self.state = state
        # ``opening``: the window may show before the first view (the dashboard) can have its figures: that
        # view's place says the data is being opened ("Opening your data…") until ``finish_opening()``
        self.opening_page: QWidget | None = None
        self.tray: Tray | None = None  # attached by the app when enabled
        self.force_quit = False
        self._prebuild_started = False  # see _prebuild_next
        self._prebuild_waits = 0
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.views: LazyViews = LazyViews(self.stack, self._on_view_built)  # QWidgets with a ``title``
        self.welcome: Any = None  # the welcome page, once shown
        self.nav.currentRowChanged.connect(self._on_nav)
        self.nav.clicked.connect(lambda index: self._go(index.row()))  # the marked entry, from the welcome page
        if opening:
            from desktop.widgets.empty_state import opening_state

            self.opening_page = opening_state()
            self.stack.addWidget(self.opening_page)
        for index, view in enumerate(views):
            self.add_view(view, index)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([170, 1100])

        # "blind" is the top alert of the window: a banner above everything, red when no exchange account has
        # fresh data, amber when some have none; each failing account with what fixes it
        self.blind_banner = QFrame()
        self.blind_banner.setObjectName("blindBanner")
        self.blind_text = QLabel()
        self.blind_text.setObjectName("blindText")
        self.blind_text.setTextFormat(Qt.TextFormat.RichText)
        self.blind_text.setWordWrap(True)
        self.blind_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blind_accounts = QPushButton()
        self.blind_accounts.clicked.connect(lambda: self.show_view("Accounts"))
        self.blind_refresh = QPushButton()
        self.blind_refresh.clicked.connect(state.refresh)
        banner = QHBoxLayout(self.blind_banner)
        banner.setContentsMargins(12, 8, 12, 8)
        banner.addWidget(self.blind_text, 1)
        banner.addWidget(self.blind_refresh, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.blind_accounts, 0, Qt.AlignmentFlag.AlignTop)
        self.blind_banner.hide()
        self.blind_text.installEventFilter(self)  # refit its height whenever its width changes
        self.blind_level = "fresh"  # core.freshness.Freshness.level of what is shown
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.blind_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

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
        self.demo_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.snapshot_label = QLabel()
        self.snapshot_label.setTextFormat(Qt.TextFormat.PlainText)  # names the oldest source: outside text
        self.sources_label = QLabel()
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)  # its coloured dots; the names are escaped
        bar = self.statusBar()
        bar.insertPermanentWidget(0, self.demo_badge)  # permanent: a "Syncing…" message never hides it
        bar.addWidget(self.snapshot_label)
        bar.addPermanentWidget(self.sources_label)

        self._configured: dict[str, str] = {}  # exchange accounts configured (id -> label), read per snapshot
        state.snapshot_changed.connect(self.on_snapshot)
        # ages grow while nobody refreshes: say so every minute (a fresh source turns stale after two intervals)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(60_000)
        self.age_timer.timeout.connect(self._show_freshness)
        self.age_timer.start()
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
        self.blind_accounts.setText(self.tr("Open Accounts"))
        self.blind_accounts.setToolTip(self.tr("Each account's key, its last sync and why it failed"))
        self.blind_refresh.setText(self.tr("Refresh now"))
        for row, title in enumerate(self.views.titles()):
            item = self.nav.item(row)
            shown = QCoreApplication.translate("Navigation", title)
            item.setText(shown)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=shown, n=row + 1))
        if self.state.snapshot is not None:
            self.on_snapshot(self.state.snapshot)
        elif self.opening_page is not None:
            self.snapshot_label.setText(self.tr("Opening your data…"))
        else:
            self.snapshot_label.setText(self.tr("No data yet"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_view(self, view: QWidget | ViewSpec, index: int | None = None) -> None:
        """Add a view (or a ``ViewSpec``, built when first shown) as the next navigation entry."""
        self.views.add(view)
        item = QListWidgetItem(view_title(view))
        shortcut = f"Ctrl+{len(self.views)}"
        item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=view_title(view), n=len(self.views)))
        self.nav.addItem(item)
        action = QAction(self, shortcut=QKeySequence(shortcut))
        row = len(self.views) - 1
        action.triggered.connect(lambda _=False, i=row: self._go(i))
        self.addAction(action)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def _prebuild_next(self) -> None:
        """Build one view not visited yet, then the next one a little later: the start-up shows the dashboard
        without paying for the other views, and a first visit a few seconds later finds its view ready. Waits
        while the start-up sync (or any background work) runs: that comes first."""
        if not self.isVisible():
            return  # closed (or never shown): nothing to prepare
        bridge = getattr(self.state, "bridge", None)
        if bridge is not None and bridge.busy and self._prebuild_waits < PREBUILD_MAX_WAITS:
            self._prebuild_waits += 1
            QTimer.singleShot(PREBUILD_EVERY_MS, self._prebuild_next)
            return
        for index in range(len(self.views)):
            if not self.views.is_built(index):
                self.views[index]  # noqa: B018 - indexing builds the view
                QTimer.singleShot(PREBUILD_EVERY_MS, self._prebuild_next)
                return

    def _on_view_built(self, view) -> None:
        if hasattr(view, "open_view"):
            view.open_view.connect(self.show_view)

    def finish_opening(self) -> None:
        """The first load is done (figures, nothing stored, or a failure the state reported): the first view takes
        the opening page's place, built now, unless someone went elsewhere meanwhile (another view, the welcome
        page). Idempotent."""
        page, self.opening_page = self.opening_page, None
        if page is None:
            return
        showing = self.stack.currentWidget() is page
        if showing and self.nav.currentRow() >= 0:
            self._on_nav(self.nav.currentRow())
        self.stack.removeWidget(page)
        page.deleteLater()
        if self.state.snapshot is None:
            self.snapshot_label.setText(self.tr("No data yet"))

    def _on_nav(self, row: int) -> None:
        if row == 0 and self.opening_page is not None:  # the dashboard's place, until its figures can come
            self.stack.setCurrentWidget(self.opening_page)
            self.nav.item(row).setSelected(True)
            return
        if row >= 0:
            if self.opening_page is not None and not self.views.is_built(row):
                from desktop.startup import load_charts

                load_charts()  # (a visit before the window's start loaded them: the theme's chart colours first)
            self.stack.setCurrentWidget(self.views[row])  # builds the view on its first visit
            self.nav.item(row).setSelected(True)

    def _go(self, row: int) -> None:
        """Show the view of navigation entry ``row``, also when it is the current entry (left for the welcome
        page, which marks none)."""
        self.nav.setCurrentRow(row)
        self._on_nav(row)

    def show_view(self, title: str) -> None:
        """Show the view whose (English) title is ``title``, building it if it is the first visit; ``"Welcome"``
        shows the welcome page."""
        if title == WELCOME:
            self.show_welcome()
            return
        row = self.views.title_index(title)
        if row is None:
            return
        self._go(row)

    def show_welcome(self) -> None:
        """The welcome page: add an exchange, watch a wallet or explore the demo (no navigation entry is marked
        while it shows; any entry leads away from it)."""
        if self.welcome is None:
            from desktop.views.welcome_view import WelcomeView

            self.welcome = WelcomeView(self.state)
            self.welcome.open_view.connect(self.show_view)
            self.welcome.demo_requested.connect(self.demo_requested)
            self.stack.addWidget(self.welcome)
        self.nav.clearSelection()  # the current entry stays (a focused list would switch to one): it is unmarked
        self.stack.setCurrentWidget(self.welcome)

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
        if not self._prebuild_started:  # the first figures are on screen: build the other views while idle
            self._prebuild_started = True
            QTimer.singleShot(PREBUILD_AFTER_MS, self._prebuild_next)
        self._configured = {}
        if not self.state.demo:
            try:  # an account added after this snapshot counts as not synced yet
                self._configured = {a.id: a.label for a in self.state.session.accounts()}
            except Exception:  # noqa: BLE001 - the banner must not break the window; the snapshot still counts
                self._configured = {}
        self._show_freshness()

    def _show_freshness(self) -> None:
        """The status bar (snapshot time, the oldest data's age, each source) and the blind banner, as of now."""
        from desktop.models import freshness as fr

        snap = self.state.snapshot
        if snap is None:
            return
        now = datetime.now(UTC)
        fresh = fr.assess_state(self.state, snap, now, self._configured or None)
        if fresh is None:
            return
        oldest = fresh.oldest if not snap.demo else None  # the demo's data is recorded: its age says nothing
        text = self.tr("Snapshot {when} ({age})").format(when=i18n.date_time(snap.taken_at),
                                                         age=i18n.age(snap.taken_at, now))
        older = oldest is not None and (not oldest.fresh or oldest.as_of is None
                                        or (snap.taken_at - oldest.as_of).total_seconds() >= 60)
        if oldest is not None and older:
            text = self.tr("Snapshot {when} — oldest data {age} ({source})").format(
                when=i18n.date_time(snap.taken_at), age=fr.age_words(oldest, now), source=oldest.label)
        colour = {"blind": fr.BLIND_COLOUR, "partly_blind": fr.PARTLY_COLOUR, "stale": fr.PARTLY_COLOUR}.get(
            fresh.level)
        self.snapshot_label.setStyleSheet(f"color:{colour}; font-weight:bold;" if colour else "")
        self.snapshot_label.setText(text)
        parts, tips = [], []
        for s in fresh.sources:
            color = {"fresh": "#3c9d5d", "stale": "#e8a317", "failed": "#d9534f"}[s.state]
            state = i18n.core_text("SourceState", s.state)
            shown = s.label if s.fresh else self.tr("{source}: {state} from {age}").format(
                source=s.label, state=state, age=fr.age_words(s, now))
            parts.append(f'<span style="color:{color}">●</span> {html_text(shown)}')
            tips.append(f"{s.label}: {state}" + (f" — {fr.problem_text(s)}" if not s.fresh else ""))
        self.sources_label.setText("&nbsp;&nbsp;".join(parts))
        self.sources_label.setToolTip(plain_tooltip("\n".join(tips)))

        self.blind_level = fresh.level
        banner = fr.banner_text(fresh, now)
        if banner:
            background = fr.BLIND_COLOUR if fresh.blind else fr.PARTLY_COLOUR
            self.blind_banner.setStyleSheet(f"#blindBanner {{ background: {background}; }} "
                                            "#blindText { color: white; font-size: 11pt; }")
            self.blind_text.setText(banner)
        self.blind_banner.setVisible(bool(banner))
        self._fit_banner()

    def _fit_banner(self) -> None:
        """A wrapped label's height is guessed by the layout for some other width: fix it to what its lines need
        at the width it has (the main window's layouts do not ask a child for its height at a width)."""
        if self.blind_banner.isVisible() or self.blind_text.text():
            width = self.blind_text.width() if self.blind_text.width() > 100 else max(400, self.width() - 280)
            self.blind_text.setFixedHeight(max(1, self._banner_height(width)))

    def _banner_height(self, width: int) -> int:
        """The banner text's height at ``width`` (QLabel never answers less than its minimum: drop it first)."""
        self.blind_text.setMinimumHeight(0)
        self.blind_text.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX
        return self.blind_text.heightForWidth(width)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is getattr(self, "blind_text", None) and event.type() == QEvent.Type.Resize:
            height = self._banner_height(self.blind_text.width())
            if height > 0:  # the same height again: no resize, no loop
                self.blind_text.setFixedHeight(height)
        return super().eventFilter(obj, event)

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
