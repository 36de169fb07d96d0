"""QApplication lifecycle: session, bridge, state, the window; a readable top-level error handler."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QObject, Signal

from desktop.startup import (  # noqa: F401 - FirstFrame and show_when_ready lived here
    FIRST_LOAD_WAIT_MS,
    FirstFrame,
    finish_when_loaded,
    load_charts,
    show_opening,
    show_when_ready,
)

log = logging.getLogger(__name__)


#: the app's state, once there is one: a fault of the data folder that reaches the excepthook is shown there too
_state_for_faults: list = []


def install_excepthook(log_file) -> None:
    """Log unexpected errors to the log folder and tell the user where, instead of dying silently. A fault of the
    data folder (a dialog saving straight through the session: full disk, read-only, locked) is no unexpected
    error: its own message, no traceback, the window stays up."""
    def hook(exc_type, exc, tb):
        if _show_store_fault(exc):
            return
        logging.getLogger("undertow").error("unhandled error", exc_info=(exc_type, exc, tb))
        try:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QApplication, QMessageBox
            if QApplication.instance() is not None:
                QMessageBox.critical(None, QCoreApplication.translate("App", "Undertow — unexpected error"),
                                     QCoreApplication.translate("App", "Something went wrong: {error}\n\nDetails "
                                                                       "were written to {log}. "
                                               "Your data is safe.").format(error=f"{exc_type.__name__}: {exc}",
                                                                            log=log_file))
        except Exception:  # noqa: BLE001 - never raise from the hook itself
            traceback.print_exception(exc_type, exc, tb)
    sys.excepthook = hook


def _show_store_fault(exc) -> bool:
    """A ``core.store.StoreError`` (or an SQLite error that is a fault of the data folder) shown as what it is: a
    warning with its message, and the window's banner (``AppState.report_store_fault``). False for anything else."""
    import sqlite3

    if not isinstance(exc, Exception) or "core.store" not in sys.modules:
        return False
    from core.store import StoreError

    if not isinstance(exc, (StoreError, sqlite3.Error)):
        return False
    state = _state_for_faults[0] if _state_for_faults else None
    if state is not None:
        if not state.report_store_fault(exc):
            return False
        text = state.store_problem or str(exc)
    elif isinstance(exc, StoreError):
        text = str(exc)
    else:
        return False
    logging.getLogger("undertow").warning("not saved: %s", text)
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.warning(None, QCoreApplication.translate("App", "Undertow — not saved"), text)
    except Exception:  # noqa: BLE001 - never raise from the hook itself
        print(text, file=sys.stderr)
    return True


def show_store_problems(state, window):
    """A banner above everything while the data folder has a fault (full disk, read-only, locked by another
    Undertow, damage found by the background check): its message in plain text, until a write works again. The
    status line's message is replaced by the next one; this one stays. Returns the banner (a QLabel)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    banner = QLabel()
    banner.setObjectName("storeProblem")
    banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a path and SQLite's words: never markup
    banner.setWordWrap(True)
    banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    banner.setStyleSheet("QLabel#storeProblem { background: #8b1a1a; color: white; font-weight: bold; "
                         "padding: 8px 12px; }")

    def show(text: str) -> None:
        banner.setText(text)
        banner.setToolTip(text)
        banner.setVisible(bool(text))

    show(state.store_problem)
    state.store_problem_changed.connect(show)
    layout = window.centralWidget().layout() if window.centralWidget() is not None else None
    if layout is not None:
        layout.insertWidget(0, banner)
    else:  # pragma: no cover - the window always has its column
        window.statusBar().addPermanentWidget(banner)
    setattr(window, "store_problem_banner", banner)  # noqa: B010 - MainWindow does not declare it
    return banner


_gc_timer = None


def collect_garbage_on_the_gui_timer() -> None:
    """Python's cyclic GC may run inside any allocation, e.g. in the middle of a chart repaint or in the
    runtime's worker thread, and destroy Qt objects there, which crashes Qt: automatic collection is turned off
    and a GUI-thread timer collects between events instead (``desktop.startup.GuiThreadCollector``)."""
    global _gc_timer
    if _gc_timer is None:
        from desktop.startup import GuiThreadCollector

        _gc_timer = GuiThreadCollector()


def view_specs(state) -> list:
    """The window's views in navigation order, each built when first shown (``desktop.widgets.lazy_pages``):
    nothing of a view is imported before someone opens it."""
    from desktop.main_window import VIEW_TITLES
    from desktop.widgets.lazy_pages import ViewSpec

    def dashboard():
        from desktop.views.dashboard_view import DashboardView

        return DashboardView(state)

    def positions():
        from desktop.views.positions_view import PositionsView

        view = PositionsView(state)
        view.calculator_requested.connect(lambda risk: open_calculator(view, risk))
        view.add_account_requested.connect(lambda: _add_account_from(view))
        return view

    def what_if():
        from desktop.views.simulator_view import SimulatorView

        return SimulatorView(state)

    def custody():
        from desktop.views.custody_view import CustodyView

        return CustodyView(state)

    def market():
        from desktop.views.fragility_view import FragilityView

        return FragilityView(state)

    def history():
        from desktop.views.history_view import HistoryView

        return HistoryView(state)

    def accounts():
        from desktop.views.accounts_view import AccountsView

        return AccountsView(state)

    factories = (dashboard, positions, what_if, custody, market, history, accounts)
    return [ViewSpec(title, build) for title, build in zip(VIEW_TITLES, factories, strict=True)]


build_views = view_specs  # the name the tests and tools have used


def _add_account_from(view) -> None:
    """The empty Positions view's "Add an exchange account…": the Accounts view (built on this first visit) opens its
    account dialog."""
    window = view.window()
    views = getattr(window, "views", None)
    if views is None:
        return
    row = views.title_index("Accounts")
    if row is not None:
        window.show_view("Accounts")
        views[row].add_account()


def open_calculator(parent, risk) -> None:
    from desktop.views.calculator_dialog import CalculatorDialog

    position = risk.position if risk is not None else None
    market = None
    if position is not None and parent.state.snapshot is not None:
        market = parent.state.snapshot.market(position.venue, position.symbol)
    CalculatorDialog(parent, position=position, market=market).exec()


class FirstLoad(QObject):
    """The last stored snapshot's analysis, read and computed in the background while the window is built;
    ``finished`` once it is current (or there is none, or it failed: the dashboard then shows its empty state)."""

    finished = Signal()

    def __init__(self, state) -> None:
        super().__init__(state)
        self.state = state
        self.done = False
        state.bridge.call(state.session.load_latest(state.now()), self._loaded, self._failed)

    def _loaded(self, analysis) -> None:
        try:
            self.state.set_analysis(analysis)
        finally:
            self._finish()

    def _failed(self, exc: BaseException) -> None:
        try:
            self.state._on_failed(exc)  # the state's own report: a store fault's banner, else the status line
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


def create_window(demo: bool, app=None, services: bool = True, opening: bool = False):
    """Build state + window (used by ``run_app`` and by the tests). The window holds the dashboard only (the other
    views are built when first shown); the last stored snapshot is analysed in the background meanwhile
    (``window.first_load``). With nothing configured (and not the demo) the welcome page is shown. ``services``:
    the tray, the notification channel and the watch engine too (``run_app`` attaches them after the first frame).
    ``opening``: not even the dashboard yet; its place says the data is being opened until
    ``window.finish_opening()`` (``desktop.startup.show_opening``: the window on screen before the charts' code).
    """
    from core.session import Session
    from desktop.bridge import Bridge
    from desktop.i18n import translations
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from desktop.theme import theme
    from desktop.tray import app_icon
    from desktop.widgets.empty_state import nothing_configured

    collect_garbage_on_the_gui_timer()
    # A worker thread busy in Python (a sync's save, an analysis) holds the GIL for up to the switch interval each
    # time the GUI thread asks for it: 5 ms by default, paid again by every event of a frame. 1 ms keeps the window's
    # frames on time while the worker runs (measured by bench/gui_slots.py: 46-78 ms paints became <= 18 ms).
    sys.setswitchinterval(0.001)
    session = Session.open(demo)
    session.thin_hours_in_analysis = False  # the Market view reads depth by hour itself, off the start-up path
    bridge = Bridge(session.runtime)
    state = AppState(bridge, session)
    translations().follow(state)  # before the views are built, so they start in the user's language
    theme().apply(state.settings.theme)
    if not opening:
        load_charts()  # (opening: after the first frame, see desktop.startup)
    state.settings_changed.connect(lambda s: theme().apply(s.theme) if s.theme != theme().mode else None)
    first_load = FirstLoad(state)  # the last good snapshot, analysed in the background; a fresh sync follows
    window = MainWindow(state, view_specs(state), opening=opening)
    setattr(window, "first_load", first_load)  # noqa: B010 - MainWindow does not declare it
    show_store_problems(state, window)  # a store opened read-only says so from the first frame
    _state_for_faults[:] = [state]
    window.setWindowIcon(app_icon())
    window.demo_requested.connect(lambda: restart_in_demo(window))
    if nothing_configured(state):
        window.show_welcome()
    if services:
        attach_services(state, window)
    return state, window


def attach_services(state, window) -> None:
    """The tray icon, the desktop-notification channel, the watch engine (started by ``run_app``) and the question,
    on the first close, whether to keep watching in the background. Nothing of them is on the first screen."""
    if getattr(window, "watch_service", None) is not None:
        return
    from desktop.notify import register, tray_fallback
    from desktop.tray import Tray
    from desktop.watch_service import BackgroundQuestion, WatchService

    window.tray = Tray(window, state)
    state.analysis_changed.connect(window.tray.on_analysis)  # every new analysis, whichever view is shown
    if state.analysis is not None:
        window.tray.on_analysis(state.analysis)
    register(tray_fallback(window.tray))  # the desktop-notification channel, the tray's message where D-Bus has none
    # the watch engine: mark-price checks between the app's refreshes, alerts to the channels
    setattr(window, "watch_service", WatchService(state, send=alert_sender(state.session), parent=window))  # noqa: B010
    question = BackgroundQuestion(window, state, parent=window)
    window.installEventFilter(question)
    setattr(window, "background_question", question)  # noqa: B010 - MainWindow declares neither (yet)


def demo_command() -> tuple[str, list[str]]:
    """How to start this Undertow again in demo mode (a frozen build is its own executable)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "desktop", "--demo"]


def launch_detached(program: str, arguments: list[str]) -> bool:
    from PySide6.QtCore import QProcess

    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def restart_in_demo(window) -> bool:
    """The welcome page's "Explore the demo": start Undertow in demo mode and end this (empty) one. False, with
    the reason shown, when the new process cannot start (this window stays)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.widgets import warn

    program, arguments = demo_command()
    if not launch_detached(program, arguments):
        warn(window, QCoreApplication.translate("App", "Undertow — demo"),
             QCoreApplication.translate("App", "The demo could not be started ({command}). Start it from a "
                                               "terminal with: undertow --demo").format(
                 command=" ".join([program, *arguments])))
        return False
    window.force_quit = True
    window.close()
    QApplication.quit()
    return True


def alert_sender(session):
    """The alert channels the watch engine sends to (``core.alerts`` dispatch: de-duplicated, rate-limited, each
    channel on its own), or None in the demo, whose alerts are about recorded data."""
    if session.demo:
        return None

    async def send(alert) -> None:
        await session.dispatch_alert(alert, alert.at)

    return send


def open_log():
    """The log file in the log folder, or standard error when that folder cannot be written (a read-only or full
    data folder must not stop the app before its window: the window says what is wrong). Returns where it goes."""
    from core.store import log_dir

    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_file = log_dir() / "undertow.log"
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
        where = str(log_file)
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        where = "standard error"
        print(f"undertow: the log folder cannot be written ({exc.strerror or exc}); logging to standard error",
              file=sys.stderr)
    handler.setFormatter(formatter)
    logging.getLogger().addHandler(handler)
    return where


#: how long after start-up the weekly full check of the database may run (the first sync comes first)
FULL_CHECK_DELAY_MS = 60_000


def run_app(demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        from desktop.display import EXIT_NO_DISPLAY, display_problem

        problem = display_problem()
        if problem is not None:
            print(f"undertow: {problem}", file=sys.stderr)
            return EXIT_NO_DISPLAY
    from PySide6.QtCore import QTimer

    from core.store import StoreError

    log_file = open_log()
    install_excepthook(log_file)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Undertow")
    app.setApplicationName("Undertow")
    QApplication.setDesktopFileName("undertow")  # lets Wayland match the window to the menu entry
    try:
        state, window = create_window(demo, app, services=False, opening=True)
    except StoreError as exc:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, QCoreApplication.translate("App", "Undertow — cannot open the database"), str(exc))
        return 1
    welcome = window.welcome is not None  # nothing configured: no sync to start

    def start_services() -> None:
        attach_services(state, window)
        window.watch_service.start()
        if not welcome:
            state.refresh()
        QTimer.singleShot(FULL_CHECK_DELAY_MS, state.check_store_in_background)  # weekly, or after an unclean exit

    if state.settings.start_minimised:
        finish_when_loaded(window)  # the dashboard once the figures are in (no frame waits for them)
        attach_services(state, window)  # the tray decides where the window goes
        if window.tray is not None and window.tray.icon is not None:
            window.hide()
        else:
            window.showMinimized()
        QTimer.singleShot(0, start_services)
    else:
        # on screen at once, the dashboard's place saying the data is being opened; the figures (or the empty
        # state) follow in the same window, then the rest
        show_opening(window, start_services)
    code = app.exec()
    from core.runtime import shutdown

    watch = getattr(window, "watch_service", None)
    if watch is not None:
        watch.stop()
    state.session.close()  # one ccxt instance per account: end their HTTP sessions before the loop
    shutdown()
    return code
