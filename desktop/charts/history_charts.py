"""The History view's two charts: amounts (net worth, equity, self-custody, exposure) and the self-custody share, on a
shared date axis, with their legend and time-range box above them, or an empty state in their place.

Structure and drawing only: the view (``desktop.views.history_view``) sets every text, in its translation context.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from desktop.charts.money_axis import MoneyAxis
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.widgets.empty_state import EmptyState

# (HistoryPoint field, legend name, palette colour, tooltip for the legend/axis)
USD_SERIES = (  # names and tooltips are translated where shown (context "HistoryView"); drawn in the
    # display currency, each point at its own snapshot's rate
    ("net_worth_usd", QT_TRANSLATE_NOOP("HistoryView", "Net worth"), "foreground",
     QT_TRANSLATE_NOOP("HistoryView", "Exchange equity + wallets + manual holdings")),
    ("exchange_equity_usd", QT_TRANSLATE_NOOP("HistoryView", "Exchange equity"), "exchange",
     QT_TRANSLATE_NOOP("HistoryView", "What the exchanges hold for you")),
    ("self_custody_usd", QT_TRANSLATE_NOOP("HistoryView", "Self-custody"), "self_custody",
     QT_TRANSLATE_NOOP("HistoryView", "Hardware and software wallets")),
    ("gross_exposure_usd", QT_TRANSLATE_NOOP("HistoryView", "Gross exposure"), "warning",
     QT_TRANSLATE_NOOP("HistoryView", "Sum of all position sizes at mark")),
    ("net_exposure_usd", QT_TRANSLATE_NOOP("HistoryView", "Net exposure"), "equity_cascade",
     QT_TRANSLATE_NOOP("HistoryView", "Longs minus shorts: your bet on the direction")),
)
MAX_DOTS = 300  # beyond this many snapshots the chart lines carry no clickable dots
#: The time windows of the range box: (label, days back from now; None = everything stored).
RANGES = ((QT_TRANSLATE_NOOP("HistoryView", "All"), None), (QT_TRANSLATE_NOOP("HistoryView", "1 year"), 365),
          (QT_TRANSLATE_NOOP("HistoryView", "90 days"), 90), (QT_TRANSLATE_NOOP("HistoryView", "30 days"), 30),
          (QT_TRANSLATE_NOOP("HistoryView", "7 days"), 7), (QT_TRANSLATE_NOOP("HistoryView", "24 hours"), 1))


class _ImageCachedAxis:
    """An axis (its line, ticks, labels and grid lines) drawn once into an image and copied at each paint, pixel for
    pixel what pyqtgraph draws. pyqtgraph replays the axis' recorded picture at every paint, which costs more than
    the curves (grid lines across the plot, the labels' text); a new snapshot repaints both charts, and a changed
    range (``picture = None``, as pyqtgraph and the view say it) draws the image anew."""

    _picture: Any = None
    _image: tuple[tuple[float, ...], QImage, float, float] | None = None

    @property
    def picture(self) -> Any:
        return self._picture

    @picture.setter
    def picture(self, value: Any) -> None:
        self._picture = value
        if value is None:
            self._image = None

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        t = p.transform()
        if t.type().value > QTransform.TransformationType.TxTranslate.value:  # scaled or rotated: as pyqtgraph
            super().paint(p, opt, widget)  # type: ignore[misc]
            return
        rect = self.boundingRect()  # type: ignore[attr-defined]
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        left, top = (rect.left() + t.dx()) * dpr, (rect.top() + t.dy()) * dpr  # device pixels
        x0, y0 = math.floor(left), math.floor(top)
        width, height = math.ceil((rect.right() + t.dx()) * dpr) - x0, math.ceil((rect.bottom() + t.dy()) * dpr) - y0
        if width <= 0 or height <= 0:
            return
        key = (t.dx(), t.dy(), rect.left(), rect.top(), rect.width(), rect.height(), dpr, p.renderHints().value)
        if self._image is None or self._image[0] != key or self._picture is None:
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            try:
                painter.setRenderHints(p.renderHints())
                painter.setTransform(t * QTransform.fromTranslate(-x0 / dpr, -y0 / dpr))
                super().paint(painter, opt, widget)  # type: ignore[misc]  # records the picture when missing
            finally:
                painter.end()
            self._image = (key, image, x0 / dpr, y0 / dpr)
        _key, image, x, y = self._image
        p.save()
        p.setTransform(QTransform())
        p.drawImage(QPointF(x, y), image)
        p.restore()


class CachedAxis(_ImageCachedAxis, pg.AxisItem):
    """A plain value axis, drawn from its image (see ``_ImageCachedAxis``)."""


class CachedDateAxis(_ImageCachedAxis, pg.DateAxisItem):
    """The date axis, drawn from its image (see ``_ImageCachedAxis``)."""


class CachedMoneyAxis(_ImageCachedAxis, MoneyAxis):
    """The amount axis in the display currency, drawn from its image (see ``_ImageCachedAxis``)."""


class HistoryCharts(QWidget):
    """``point_clicked(x)``: a dot was clicked (x: its time stamp, seconds)."""

    point_clicked = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_box = QComboBox()
        for _label, days in RANGES:
            self.range_box.addItem("", days)
        self.usd_axis = CachedMoneyAxis(orientation="left")
        self.usd_plot = pg.PlotWidget(axisItems={"bottom": CachedDateAxis(orientation="bottom"),
                                                 "left": self.usd_axis})
        self.share_plot = pg.PlotWidget(axisItems={"bottom": CachedDateAxis(orientation="bottom"),
                                                   "left": CachedAxis(orientation="left")})
        self.share_plot.setXLink(self.usd_plot)
        self.share_plot.setYRange(0, 100, padding=0.05)
        self.share_plot.setMouseEnabled(x=True, y=False)
        for plot in (self.usd_plot, self.share_plot):  # equal widths keep the two date axes aligned
            plot.getPlotItem().getAxis("left").setWidth(72)
        # the legend lives above the chart (QLabels with tooltips), so it never hides a point
        self.legend = QHBoxLayout()
        self.legend_labels: dict[str, QLabel] = {}
        self.curves: dict[str, Any] = {}
        for key, name, _, _tip in USD_SERIES:
            curve = self.usd_plot.plot([], [], name=name, symbol="o", symbolSize=6)
            # a year of hourly points is drawn at the screen's resolution, not point by point
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.sigPointsClicked.connect(self._on_points_clicked)
            self.curves[key] = curve
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)  # its coloured line; the name is ours
            self.legend_labels[key] = label
            self.legend.addWidget(label)
        self.legend.addStretch(1)
        self.share_curve = self.share_plot.plot([], [], symbol="o", symbolSize=6)
        self.share_curve.setDownsampling(auto=True, method="peak")
        self.share_curve.setClipToView(True)
        self.share_curve.sigPointsClicked.connect(self._on_points_clicked)
        self.markers = [pg.InfiniteLine(angle=90, movable=False) for _ in range(2)]
        self.usd_plot.addItem(self.markers[0], ignoreBounds=True)
        self.share_plot.addItem(self.markers[1], ignoreBounds=True)
        for m in self.markers:
            m.hide()

        self.plots = QWidget()
        plots = QVBoxLayout(self.plots)
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.usd_plot, 2)
        plots.addWidget(self.share_plot, 1)
        self.empty = EmptyState()  # instead of two charts with nothing to measure
        self.legend_row = QHBoxLayout()
        self.legend_row.addLayout(self.legend, 1)
        self.legend_row.addWidget(self.range_box)
        body = QWidget()
        self.pages = QStackedLayout(body)
        self.pages.addWidget(self.plots)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.legend_row)
        layout.addWidget(body, 1)

    # --- what is shown ------------------------------------------------------------------------------------
    @property
    def is_empty(self) -> bool:
        return self.pages.currentWidget() is self.empty

    def show_empty(self, title: str, text: str, actions: Sequence[tuple[str, Callable[[], Any]]] = ()) -> None:
        self.empty.set_content(title, text, actions)
        self.pages.setCurrentWidget(self.empty)
        for label in self.legend_labels.values():
            label.hide()

    def show_plots(self) -> None:
        self.pages.setCurrentWidget(self.plots)
        for label in self.legend_labels.values():
            label.show()

    def draw(self, xs: list[float], series: dict[str, list[float]], share_xs: list[float],
             share_ys: list[float]) -> None:
        """The lines (clickable dots while they can be told apart: drawing thousands of symbols would hold the GUI
        for a tenth of a second per snapshot; a long history is picked from the list)."""
        symbol = "o" if len(xs) <= MAX_DOTS else None
        for key, curve in self.curves.items():
            curve.setData(xs, series[key], symbol=symbol)
        self.share_curve.setData(share_xs, share_ys, symbol=symbol)
        if len(xs) == 1:  # one point: give the date axis a day around it instead of a zero-width range
            self.usd_plot.setXRange(xs[0] - 43200, xs[0] + 43200)
        elif xs:
            self.usd_plot.enableAutoRange()

    def move_markers(self, x: float | None) -> None:
        for m in self.markers:
            if x is None:
                m.hide()
            else:
                m.setValue(x)
                m.show()

    # --- theme and privacy --------------------------------------------------------------------------------
    def apply_theme(self, palette, names: dict[str, str]) -> None:
        """Pens, dots, backgrounds and the legend's colours (``names``: each series' legend text)."""
        from desktop.theme import style_plot

        for plot in (self.usd_plot, self.share_plot):
            style_plot(plot, palette)
        for key, _, colour, _ in USD_SERIES:
            c = getattr(palette, colour)
            self.curves[key].setPen(pg.mkPen(c, width=2))
            self.curves[key].setSymbolBrush(c)
            self.curves[key].setSymbolPen(c)
            self.legend_labels[key].setText(f'<span style="color:{c}">━━</span> {names[key]}')
        self.share_curve.setPen(pg.mkPen(palette.self_custody, width=2))
        self.share_curve.setSymbolBrush(palette.self_custody)
        self.share_curve.setSymbolPen(palette.self_custody)
        for m in self.markers:
            m.setPen(pg.mkPen(palette.foreground, width=1, style=Qt.PenStyle.DashLine))

    def show_amounts(self, shown: bool, label: str) -> None:
        """Privacy mode hides the amount scale (the lines keep their shape); ``label``: the axis title."""
        self.usd_plot.getPlotItem().getAxis("left").setStyle(showValues=shown)
        self.usd_plot.setLabel("left", label)

    def _on_points_clicked(self, _curve, points, *_ev) -> None:
        if len(points):
            self.point_clicked.emit(float(points[0].pos().x()))
