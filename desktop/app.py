"""QApplication lifecycle: session, bridge, state, the window; a readable top-level error handler."""

from __future__ import annotations

import logging
import sys
import traceback

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
    runtime's worker thread, and destroy Qt objects there, which crashes Qt. pyqtgraph's collector turns
    automatic collection off and collects from a GUI-thread timer instead, between events."""
    global _gc_timer
    if _gc_timer is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _gc_timer = GarbageCollector(interval=1.0)


def build_views(state) -> list:
    from desktop.views.accounts_view import AccountsView
    from desktop.views.custody_view import CustodyView
    from desktop.views.dashboard_view import DashboardView
    from desktop.views.fragility_view import FragilityView
    from desktop.views.history_view import HistoryView
    from desktop.views.positions_view import PositionsView
    from desktop.views.simulator_view import SimulatorView

    positions = PositionsView(state)
    positions.calculator_requested.connect(lambda risk: open_calculator(positions, risk))
    return [DashboardView(state), positions, SimulatorView(state), CustodyView(state), FragilityView(state),
            HistoryView(state), AccountsView(state)]


def open_calculator(parent, risk) -> None:
    from desktop.views.calculator_dialog import CalculatorDialog

    position = risk.position if risk is not None else None
    market = None
    if position is not None and parent.state.snapshot is not None:
        market = parent.state.snapshot.market(position.venue, position.symbol)
    CalculatorDialog(parent, position=position, market=market).exec()


def create_window(demo: bool, app=None):
    """Build state + window (used by ``run_app`` and by the tests)."""
    from core.session import Session
    from desktop.bridge import Bridge
    from desktop.main_window import MainWindow
    from desktop.state import AppState
    from desktop.theme import theme

    collect_garbage_on_the_gui_timer()
    session = Session.open(demo)
    bridge = Bridge(session.runtime)
    state = AppState(bridge, session)
    from desktop.i18n import translations

    translations().follow(state)  # before the views are built, so they start in the user's language
    theme().apply(state.settings.theme)
    state.settings_changed.connect(lambda s: theme().apply(s.theme) if s.theme != theme().mode else None)
    state.load_latest()  # the last good snapshot, analysed in the background; a fresh sync follows
    window = MainWindow(state, build_views(state))
    show_store_problems(state, window)  # a store opened read-only says so from the first frame
    _state_for_faults[:] = [state]
    for view in window.views:
        if hasattr(view, "open_view"):
            view.open_view.connect(window.show_view)
    from desktop.tray import Tray, app_icon

    window.setWindowIcon(app_icon())
    window.tray = Tray(window, state)
    state.analysis_changed.connect(window.tray.on_analysis)  # every new analysis, whichever view is shown
    from desktop.notify import register, tray_fallback
    from desktop.watch_service import BackgroundQuestion, WatchService

    register(tray_fallback(window.tray))  # the desktop-notification channel, the tray's message where D-Bus has none

    # the watch engine (started by ``run_app``): mark-price checks between the app's refreshes, alerts to the
    # channels; and the question, on the first close, whether to keep watching in the background
    setattr(window, "watch_service", WatchService(state, send=alert_sender(state.session), parent=window))  # noqa: B010
    question = BackgroundQuestion(window, state, parent=window)
    window.installEventFilter(question)
    setattr(window, "background_question", question)  # noqa: B010 - MainWindow declares neither (yet)
    return state, window


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from core.store import StoreError

    log_file = open_log()
    install_excepthook(log_file)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Undertow")
    app.setApplicationName("Undertow")
    QApplication.setDesktopFileName("undertow")  # lets Wayland match the window to the menu entry
    try:
        state, window = create_window(demo, app)
    except StoreError as exc:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, QCoreApplication.translate("App", "Undertow — cannot open the database"), str(exc))
        return 1
    if state.settings.start_minimised and window.tray is not None and window.tray.icon is not None:
        window.hide()
    elif state.settings.start_minimised:
        window.showMinimized()
    else:
        window.show()
    QTimer.singleShot(0, state.refresh)
    QTimer.singleShot(FULL_CHECK_DELAY_MS, state.check_store_in_background)  # weekly, or after an unclean exit
    watch = getattr(window, "watch_service", None)
    if watch is not None:
        watch.start()
    code = app.exec()
    from core.runtime import shutdown

    if watch is not None:
        watch.stop()
    state.session.close()  # one ccxt instance per account: end their HTTP sessions before the loop
    shutdown()
    return code
