"""The liquidation map chart: estimated liquidations over time as an image (colour = USD), the price path over it and
the user's own liquidation prices as labelled lines (``core.liquidation_map.LiquidationMap``).

Drawing only: the map is computed in a worker (``desktop.views.market.worker``); ``draw`` takes it and the lines and
paints in a few milliseconds. Texts are set by the caller (``set_texts``), in its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QStackedLayout, QWidget

from core.liquidation_map import LiquidationMap
from desktop import format as fmt
from desktop.widgets.empty_state import EmptyState

#: Colour levels stop at this quantile of the non-empty cells: one very dense cell does not wash out the rest.
LEVEL_QUANTILE = 0.995
LABEL_PLACES = (0.02, 0.36, 0.70)  # along a line (fraction of the view's width)
COLOUR_MAP = "inferno"  # dark (nothing) to bright (dense), readable on light and dark themes alike
PATH_COLOUR = "#4fc3f7"  # light blue: not in inferno


@dataclass(frozen=True)
class PriceLine:
    """A horizontal line across the map: one of the user's liquidation prices (USD) and its label."""

    price: float
    label: str
    short: bool = False  # a short's liquidation is above the price: drawn in the short colour


class PriceAxis(pg.AxisItem):
    """Prices (110,000 / 1,950.25), never an SI-prefix note."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [fmt.number(v * scale, 0) if abs(v * scale) >= 1000 else fmt.price(v * scale) for v in values]


class LiquidationMapChart(QWidget):
    """The map, or an empty state in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.price_axis = PriceAxis(orientation="left")
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom"), "left": self.price_axis})
        self.plot.getPlotItem().getAxis("left").setWidth(72)
        self.image = pg.ImageItem(axisOrder="col-major")  # image[column, price row]
        self.plot.addItem(self.image)
        self.colour_map = pg.colormap.get(COLOUR_MAP)
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=self.colour_map, interactive=False, width=14,
                                   colorMapMenu=False)
        self.bar.axis = self._usd_axis(self.bar)
        self.bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.path = self.plot.plot([], [])
        self.path.setZValue(10)
        self.lines: list[pg.InfiniteLine] = []
        self.map: LiquidationMap | None = None
        self._lines: list[PriceLine] = []
        self.empty = EmptyState()
        self.pages = QStackedLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.plot)
        self.pages.addWidget(self.empty)
        self._usd_label = "USD"

    @staticmethod
    def _usd_axis(bar: pg.ColorBarItem) -> pg.AxisItem:
        """The colour bar's own axis, labelling USD ($1.2M) without an SI-prefix note."""
        axis = bar.axis
        axis.enableAutoSIPrefix(False)
        axis.setWidth(84)  # pyqtgraph fixes it at 45 px: too narrow for "$12.50M" and the unit beside it
        axis.tickStrings = lambda values, scale, spacing: [fmt.usd_short(v * scale) for v in values]
        return axis

    # --- what is shown -------------------------------------------------------------------------------------------
    @property
    def is_empty(self) -> bool:
        return self.pages.currentWidget() is self.empty

    def show_empty(self, title: str, text: str, actions: Sequence[tuple[str, Callable[[], Any]]] = ()) -> None:
        self.empty.set_content(title, text, actions)
        self.pages.setCurrentWidget(self.empty)

    def set_texts(self, usd_label: str, price_label: str) -> None:
        """The colour bar's unit ("USD per price step") and the price axis' title."""
        self._usd_label = usd_label
        self.bar.axis.setLabel(usd_label)
        self.bar.axis.resizeEvent()  # pyqtgraph centres an axis label on resize only: centred for this text now
        self.plot.setLabel("left", price_label)

    def draw(self, liq_map: LiquidationMap, lines: Sequence[PriceLine] = ()) -> None:
        """Paint ``liq_map`` with ``lines`` (the user's liquidation prices) over it."""
        self.map, self._lines = liq_map, list(lines)
        grid = liq_map.notional_usd
        t0, t1 = float(liq_map.time_edges[0]), float(liq_map.time_edges[-1])
        p0, p1 = float(liq_map.price_edges[0]), float(liq_map.price_edges[-1])
        finite = grid[np.isfinite(grid) & (grid > 0)]
        top = float(np.quantile(finite, LEVEL_QUANTILE)) if finite.size else 1.0
        self.image.setImage(grid, autoLevels=False, levels=(0.0, top))
        self.image.setRect(QRectF(t0, p0, max(t1 - t0, 1.0), p1 - p0))
        self.bar.setLevels((0.0, top))
        self.path.setData(liq_map.path_ts, liq_map.path_mark)
        self._draw_lines()
        self.plot.setXRange(t0, t1, padding=0)
        self.plot.setYRange(p0, p1, padding=0)
        self.pages.setCurrentWidget(self.plot)
        self.apply_theme()

    def _draw_lines(self) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        self.lines = []
        for i, spec in enumerate(sorted(self._lines, key=lambda x: x.price)):
            # neighbouring prices' labels at different places along their lines: they never overlap
            line = pg.InfiniteLine(pos=spec.price, angle=0, movable=False, label=spec.label,
                                   labelOpts={"position": LABEL_PLACES[i % len(LABEL_PLACES)],
                                              "anchors": [(0, 1), (0, 1)]})
            line.setZValue(20)
            self.plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)

    def apply_theme(self, palette: Any = None) -> None:
        """Pens, backgrounds and the lines' label colours for the current theme (the image keeps its colour map)."""
        from desktop.theme import chart_palette, style_plot

        palette = palette or chart_palette()
        style_plot(self.plot, palette)
        self.plot.getPlotItem().showGrid(x=False, y=False)  # a grid over an image only adds noise
        # the price path in a colour the colour map never uses, outlined: readable on every cell, in both themes
        self.path.setPen(pg.mkPen(PATH_COLOUR, width=2))
        self.path.setShadowPen(pg.mkPen("#000000", width=4))
        for axis in (self.bar.axis,):
            axis.setPen(pg.mkPen(palette.foreground))
            axis.setTextPen(pg.mkPen(palette.foreground))
        self.bar.axis.setLabel(self._usd_label, color=palette.foreground)
        self.bar.axis.resizeEvent()
        for spec, line in zip(sorted(self._lines, key=lambda x: x.price), self.lines):
            colour = palette.short if spec.short else palette.long
            line.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
            line.label.setColor(colour)
            line.label.fill = pg.mkBrush(palette.background + "d0")
            line.label.update()
