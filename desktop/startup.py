"""The window's start: on screen first, the stored figures next, everything else after.

``run_app`` shows the main window as soon as it is built (``create_window(..., opening=True)``): its toolbar, its
navigation, its status bar, and in the dashboard's place a page that says the data is being opened. Nothing of the
charts (pyqtgraph, numpy's plotting side) is loaded for that frame. After it, the dashboard's code is loaded while
the last stored snapshot is analysed in the background (``window.first_load``); once that is done the dashboard
takes the opening page's place with its figures (or its empty state), in the same window, the frame around it
unchanged. The services (tray, watch engine, the start-up sync) start after the frame that shows the figures.

Also here: the cyclic garbage collector moved onto the GUI thread's timer (see ``GuiThreadCollector``)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

#: the longest the window (``show_when_ready``), or the services after the first frame (``show_opening``), wait for
#: the last snapshot's figures (a huge or slow store)
FIRST_LOAD_WAIT_MS = 5_000


class GuiThreadCollector:
    """Python's cyclic GC may run inside any allocation, e.g. in the middle of a chart repaint or in the runtime's
    worker thread, and destroy Qt objects there, which crashes Qt. Automatic collection is turned off and a
    GUI-thread timer collects between events instead, each generation when its count passed the threshold automatic
    collection would have used (what pyqtgraph's ``GarbageCollector`` does, without loading pyqtgraph for it)."""

    def __init__(self, interval_ms: int = 1_000) -> None:
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer()
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                return
            gc.collect(generation)


class FirstFrame(QObject):
    """Runs ``then`` once ``watched`` (default: the window's navigation, always painted in its first frame) has
    painted (or after ``fallback_ms`` if it never does, e.g. a minimised start): what the screen does not need yet
    waits until a person sees something."""

    def __init__(self, window, then: Callable[[], Any], fallback_ms: int = 2_000, watched=None) -> None:
        super().__init__(window)
        self._then: Callable[[], Any] | None = then
        self._watched = watched if watched is not None else window.nav.viewport()
        self._watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._run)  # after the frame, not inside its paint
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._watched.removeEventFilter(self)
        then()


def load_charts() -> None:
    """pyqtgraph loaded, its defaults for new charts (background, text, antialiasing) in the theme's colours: what
    any chart needs before it is built. Idempotent and cheap once loaded."""
    import pyqtgraph as pg

    from desktop.theme import chart_palette

    palette = chart_palette()
    pg.setConfigOptions(background=palette.background, foreground=palette.foreground, antialias=True)


def show_when_ready(window, then: Callable[[], Any] | None = None, wait_ms: int = FIRST_LOAD_WAIT_MS) -> None:
    """Show the window once the dashboard has its figures or its empty state (the first load finished, or after
    ``wait_ms``), then run ``then`` after its first frame. (A window built without ``opening``.)"""
    shown: list[bool] = []

    def show() -> None:
        if shown:
            return
        shown.append(True)
        window.show()
        if then is not None:
            FirstFrame(window, then)

    first_load = getattr(window, "first_load", None)
    if first_load is None or first_load.done:
        show()
        return
    first_load.finished.connect(show)
    QTimer.singleShot(wait_ms, show)


def finish_when_loaded(window, finished: Callable[[], Any] | None = None) -> None:
    """``window.finish_opening()`` once the first load is done, or as soon as the state has any analysis (a sync
    that came first); then ``finished``. At once when the load is done already."""
    done: list[bool] = []

    def finish(*_args: object) -> None:
        if done:
            return
        done.append(True)
        window.finish_opening()
        if finished is not None:
            finished()

    first_load = getattr(window, "first_load", None)
    if first_load is None or first_load.done:
        finish()
        return
    first_load.finished.connect(finish)
    window.state.analysis_changed.connect(finish)


def show_opening(window, then: Callable[[], Any] | None = None, wait_ms: int = FIRST_LOAD_WAIT_MS) -> None:
    """Show the window now (its dashboard's place saying the data is being opened); after that first frame load
    the dashboard's code, and put the dashboard in place once the first load is done (``finish_when_loaded``).
    ``then`` runs after the frame that shows the dashboard, or ``wait_ms`` after the first frame at the latest (a
    store that takes long to read must not hold back the start-up sync)."""
    window.show()
    ran: list[bool] = []

    def run_then() -> None:
        if ran or then is None:
            return
        ran.append(True)
        then()

    def shown() -> None:
        current = window.stack.currentWidget()
        FirstFrame(window, run_then, watched=current if current is not None else None)

    def after_first_frame() -> None:
        if then is not None:
            QTimer.singleShot(wait_ms, run_then)
        load_charts()  # the charts' code, loaded while the snapshot is read
        import desktop.views.dashboard_view  # noqa: F401

        finish_when_loaded(window, shown)

    FirstFrame(window, after_first_frame)
