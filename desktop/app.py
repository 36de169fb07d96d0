"""QApplication lifecycle: session, bridge, state, the window; a readable top-level error handler."""

from __future__ import annotations

import logging
import sys
import traceback

log = logging.getLogger(__name__)


def install_excepthook(log_file) -> None:
    """Log unexpected errors to the log folder and tell the user where, instead of dying silently."""
    def hook(exc_type, exc, tb):
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


def run_app(demo: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from core.store import StoreError, log_dir

    log_file = log_dir() / "undertow.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
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
