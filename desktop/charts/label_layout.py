"""Chart labels that never overlap: shown in order of importance, each only where it has room.

pyqtgraph draws text items in scene pixels (they ignore the view's scale), so overlap is a question of scene
rectangles: ``keep_apart`` shows the items one by one, most important first, and hides any that would overlap
one already shown or stick out of the plot. The hidden ones keep their tooltips elsewhere (markers, lines).
``Relayout`` re-runs it once per frame after a resize, a zoom or new data (a 0-ms timer coalesces the calls).
``cache_static`` keeps the pixels of what does not move with the shock, so a moved line costs a copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache

GAP_PX = 3.0


def keep_apart(items: Sequence[QGraphicsItem], bounds: QRectF | None = None, gap: float = GAP_PX,
               taken: Sequence[QRectF] = ()) -> list[bool]:
    """Show ``items`` (most important first) unless one would overlap an item already shown (``gap`` pixels
    apart), one of the ``taken`` rectangles, or leave ``bounds`` (scene coordinates); returns which are shown.

    A left-out item is made transparent, not hidden: a hidden pyqtgraph label stops following its line and its
    value, so it could not be measured when there is room again. Only a change of state repaints."""
    kept: list[QRectF] = list(taken)
    shown = []
    for item in items:
        rect = item.sceneBoundingRect()
        ok = item.isVisible() and not rect.isEmpty() and (bounds is None or bounds.contains(rect)) and not any(
            rect.adjusted(-gap, -gap, gap, gap).intersects(k) for k in kept)
        if (item.opacity() > 0) != ok:
            item.setOpacity(1.0 if ok else 0.0)
        shown.append(ok)
        if ok:
            kept.append(rect)
    return shown


def is_shown(item: QGraphicsItem) -> bool:
    """Whether a person sees ``item`` (visible and not left out by ``keep_apart``)."""
    return item.isVisible() and item.opacity() > 0


class Relayout(QObject):
    """Calls ``layout`` once, on the next turn of the event loop, however many times ``request`` is called."""

    def __init__(self, parent: QObject, layout: Callable[[], None]) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(layout)

    def request(self, *_args) -> None:
        self._timer.start()


def cache_static(plot_widget, items: Sequence[QGraphicsItem] = ()) -> None:
    """Keep the pixels of a plot's axes (with their grid, which spans the plot) and of ``items`` that do not
    change while the shock moves: a moving line then repaints by copying them, not by redrawing every tick,
    label and bar (Qt redraws the cache by itself when an item changes or the view is zoomed)."""
    plot = plot_widget.getPlotItem()
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(CACHED)
    for item in items:
        item.setCacheMode(CACHED)
