"""The what-if simulator's three charts (pyqtgraph, following the theme): equity vs shock, the liquidation
ladder, the order-book depth. They draw a precomputed ``Simulation`` (``core.cascade.grid``); moving the shock
only moves lines and markers.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from core.cascade.grid import Simulation
from desktop import format as fmt
from desktop.charts.label_layout import Relayout, cache_static, keep_apart
from desktop.theme import ChartPalette, chart_palette, style_plot

LADDER_BUCKET = 0.005  # ladder bars: 0.5 % of the mark per price bucket
LADDER_SPAN = 0.5  # ... out to ±50 % of the mark (1x "unlevered" buckets sit near ±100 % and are left out)
SMALL_TITLE = "10pt"  # the two lower charts share a row: their titles must not set a minimum width


def ladder_buckets(ladder, mark_price: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bucket centre prices USD, long notional USD, short notional USD) in 0.5 % buckets within ±50 %."""
    edges = np.arange(-LADDER_SPAN, LADDER_SPAN + LADDER_BUCKET / 2, LADDER_BUCKET)
    longs, _ = np.histogram(ladder.long_level, bins=edges, weights=ladder.long_notional_usd)
    shorts, _ = np.histogram(ladder.short_level, bins=edges, weights=ladder.short_notional_usd)
    return mark_price * (1.0 + (edges[:-1] + edges[1:]) / 2), longs, shorts


HIDDEN_TICK = "•••"


LABEL_OVERHANG_PX = 40  # how far an axis's first or last tick label may reach past the axis's ends


def _label_strip(axis: pg.AxisItem) -> QRectF:
    """The part of ``axis`` (its own coordinates) where its tick labels are drawn: the axis itself, without the grid
    it draws across the plot, and a margin at both ends for the labels that reach past them."""
    rect = axis.mapRectFromParent(axis.geometry())
    m = LABEL_OVERHANG_PX
    return rect.adjusted(0, -m, 0, m) if axis.orientation in ("left", "right") else rect.adjusted(-m, 0, m, 0)


def _hide_values(axis: pg.AxisItem, hidden: bool) -> None:
    """Privacy: the axis keeps its ticks and its size, its amounts read •••. Only the axis's labels repaint: the
    plot keeps its layout (hiding the values would shrink the axis and redraw everything), and the grid lines the
    axis draws across the plot, which stay where they are, are not redrawn with the curves under them."""
    if getattr(axis, "hidden", False) == hidden:
        return
    axis.hidden = hidden
    if axis.style["autoReduceTextSpace"]:  # once: setStyle repaints the whole axis, grid included
        axis.setStyle(autoReduceTextSpace=False)  # the axis never narrows when its labels shorten
    axis.picture = None
    axis.update(_label_strip(axis))


def _usd_ticks(values, scale, spacing) -> list[str]:
    out = []
    for v in values:
        a = abs(v)
        unit = next(((d, u) for d, u in ((1e9, "B"), (1e6, "M"), (1e3, "k")) if a >= d), (1, ""))
        out.append(f"${v / unit[0]:,.{0 if unit[0] == 1 else 1}f}{unit[1]}")
    return out


def _relabel(legend, names: dict) -> None:
    """Legend entries in the new language (pyqtgraph keeps the text given when the item was added)."""
    for item, name in names.items():
        label = legend.getLabel(item)
        if label is not None:
            label.setText(name)


class UsdAxis(pg.AxisItem):
    """Tick labels as $12.3k / $4.5M (••• in privacy mode)."""

    hidden = False

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [HIDDEN_TICK] * len(values) if self.hidden else _usd_ticks(values, scale, spacing)


class LogUsdAxis(pg.AxisItem):
    """Tick labels of a log10 axis as USD (••• in privacy mode)."""

    hidden = False

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [HIDDEN_TICK] * len(values) if self.hidden else _usd_ticks([10.0 ** v for v in values], scale,
                                                                          spacing)


class LogPctAxis(pg.AxisItem):
    """Tick labels of a log10 axis as percentages."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [f"{10.0 ** v:.3g} %" for v in values]


class EquityChart(pg.PlotWidget):
    """The user's equity (USD) versus the driver shock (%), with and without the cascade, the band around the
    with-cascade curve (leave-one-out fits); a draggable shock line. Marker labels never overlap: the first
    positions to die are labelled first, the rest keep their tooltips."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems={"left": UsdAxis("left")})
        item = self.getPlotItem()
        self.legend = item.addLegend(offset=(-10, -10))  # bottom right: below the rising curve, away from labels
        self.band_low = pg.PlotDataItem()
        self.band_high = pg.PlotDataItem()
        self.band = pg.FillBetweenItem(self.band_low, self.band_high)
        self.band.setZValue(-5)
        self.addItem(self.band)
        self.band_sample = pg.PlotDataItem([], [], pen=None, fillLevel=0.0)  # the legend's swatch of the band
        self.legend.addItem(self.band_sample, self.tr("range (leave-one-out fits)"))
        self.without_curve = self.plot(name=self.tr("without cascade"))
        self.with_curve = self.plot(name=self.tr("with cascade"))
        self.hidden = False  # privacy: tooltips leave the equity out (read when a tooltip is shown)
        self.dies_with = pg.ScatterPlotItem(symbol="x", size=13, hoverable=True, name=self.tr("liquidated (cascade)"),
                                            tip=self._tip)
        self.dies_without = pg.ScatterPlotItem(symbol="o", size=10, hoverable=True,
                                               name=self.tr("liquidated (no cascade)"), tip=self._tip)
        self.addItem(self.dies_without)
        self.addItem(self.dies_with)
        self.labels: list[pg.TextItem] = []
        self.runaway_bands: list[pg.LinearRegionItem] = []
        self._pal = chart_palette()
        self.shock_line = pg.InfiniteLine(0.0, angle=90, movable=True, bounds=(-50, 50),
                                          label="{value:+.1f} %", labelOpts={"position": 0.95})
        self.addItem(self.shock_line)
        self.setMouseEnabled(x=False, y=False)
        self._relayout = Relayout(self, self._place_labels)
        self.getViewBox().sigResized.connect(self._relayout.request)
        self.getViewBox().sigRangeChanged.connect(self._relayout.request)
        cache_static(self, (self.with_curve.curve, self.without_curve.curve, self.band, self.dies_with,
                            self.dies_without))
        self.retranslate()
        self.restyle(chart_palette())

    def retranslate(self) -> None:
        item = self.getPlotItem()
        item.setLabel("bottom", self.tr("driver shock (%)"))
        item.setLabel("left", self.tr("your exchange equity"))
        item.setTitle(self.tr("Equity vs shock"), size=SMALL_TITLE)
        self.shock_line.setToolTip(self.tr("Drag to set the shock (the same as the slider)"))
        self.band.setToolTip(self.tr("Range: your equity with the cascade under every leave-one-out fit of the "
                                     "event library and its out-of-sample error — how sure the model is"))
        _relabel(self.legend, {self.without_curve: self.tr("without cascade"),
                               self.with_curve: self.tr("with cascade"),
                               self.band_sample: self.tr("range (leave-one-out fits)"),
                               self.dies_with: self.tr("liquidated (cascade)"),
                               self.dies_without: self.tr("liquidated (no cascade)")})

    def restyle(self, pal: ChartPalette) -> None:
        self._pal = pal
        style_plot(self, pal)
        self.without_curve.setPen(pg.mkPen(pal.equity, width=2, style=Qt.PenStyle.DashLine))
        self.with_curve.setPen(pg.mkPen(pal.equity_cascade, width=2))
        band = QColor(pal.equity_cascade)
        band.setAlpha(50)
        self.band.setBrush(pg.mkBrush(band))
        self.band.setPen(pg.mkPen(None))
        self.band_sample.setFillBrush(pg.mkBrush(band))
        self.dies_with.setPen(pg.mkPen(pal.danger, width=2))
        self.dies_with.setBrush(pg.mkBrush(pal.danger))
        self.dies_without.setPen(pg.mkPen(pal.equity, width=2))
        self.dies_without.setBrush(pg.mkBrush(None))
        self.shock_line.setPen(pg.mkPen(pal.warning, width=2))
        self.shock_line.label.setColor(pal.foreground)
        for t in self.labels:
            t.setColor(pal.foreground)
        for band_item in self.runaway_bands:
            band_item.setBrush(self._band_brush())

    def _tip(self, x, y, data) -> str:
        """A marker's tooltip; the equity only outside privacy mode (read now, so a toggle needs no redraw)."""
        text, equity = data
        if self.hidden:
            return text
        return text + "\n" + self.tr("equity just before: {equity}").format(equity=fmt.usd_short(equity))

    def set_simulation(self, sim: Simulation, names: tuple[str, ...] = (), short: tuple[str, ...] = ()) -> None:
        """Draw ``sim``; ``names`` / ``short``: per position its full name (tooltips) and its label on the chart
        (default: the simulation's own)."""
        x = sim.shocks * 100.0
        for t in self.labels:
            self.removeItem(t)
        self.labels = []
        self.set_band(None, None)
        self._draw_runaway(sim)
        if sim.equity_with_usd is None or sim.equity_without_usd is None:  # both or neither
            self.with_curve.setData([], [])
            self.without_curve.setData([], [])
            self.dies_with.setData([])
            self.dies_without.setData([])
            return
        self.with_curve.setData(x, sim.equity_with_usd)
        self.without_curve.setData(x, sim.equity_without_usd)
        for scatter, attr, curve, label_it in (
                (self.dies_without, "dies_without_cascade", sim.equity_without_usd, False),
                (self.dies_with, "dies_with_cascade", sim.equity_with_usd, True)):
            groups: dict[float, list[int]] = {}
            for j, line in enumerate(sim.positions):
                shock = getattr(line, attr)
                if shock is not None:
                    groups.setdefault(shock, []).append(j)
            spots = []
            for shock, members in sorted(groups.items(), key=lambda kv: abs(kv[0])):
                k = sim.index_of(shock)
                before = k + 1 if shock < 0 else max(k - 1, 0)  # the top of the cliff, just before it closes
                y = float(curve[min(before, len(curve) - 1)])
                where = fmt.pct(shock * 100, signed=True, decimals=1)
                tip = (self.tr("Liquidated at {shock} with the cascade:") if label_it
                       else self.tr("Liquidated at {shock} without the cascade:")).format(shock=where)
                full = [names[j] if j < len(names) else sim.positions[j].label for j in members]
                spots.append({"pos": (shock * 100.0, y), "data": (tip + "\n" + "\n".join(full), y)})
                if label_it:
                    brief = [short[j] if j < len(short) else sim.positions[j].label.split(" · ")[0]
                             for j in members]
                    who = ", ".join(brief) if len(brief) <= 2 else self.tr("{n} positions").format(n=len(brief))
                    text = pg.TextItem(f"{who} @ {where}", color=self._pal.foreground)
                    text.setPos(shock * 100.0, y)
                    text.setToolTip(fmt.plain_tooltip("\n".join(full)))
                    self.addItem(text)
                    self.labels.append(text)
            scatter.setData(spots)
        # a runaway's equity is meaningless (the modelled book is gone): keep it out of the vertical scale
        sane = ~sim.result.runaway.any(axis=0)
        ys = np.concatenate([sim.equity_without_usd, sim.equity_with_usd[sane]])
        self.setXRange(-50, 50, padding=0.02)
        self.setYRange(float(ys.min()), float(ys.max()), padding=0.08)
        self._relayout.request()

    def set_band(self, low: np.ndarray | None, high: np.ndarray | None, shocks: np.ndarray | None = None) -> None:
        """The range of the equity with the cascade (USD per shock), or none."""
        visible = low is not None and high is not None and shocks is not None
        if low is not None and high is not None and shocks is not None:
            self.band_low.setData(shocks * 100.0, low)
            self.band_high.setData(shocks * 100.0, high)
        else:
            self.band_low.setData([], [])
            self.band_high.setData([], [])
        self.band.setVisible(visible)

    def _place_labels(self) -> None:
        """Each label beside its marker, on a side with room (first choice: above-left for a drop, below-right
        for a rise, where the rising curve leaves space), inside the plot, clear of the legend and of the
        labels placed before it; a label with no such place is left out (its marker keeps the tooltip)."""
        bounds = self.getViewBox().sceneBoundingRect()
        taken = [self.legend.sceneBoundingRect()]
        for t in self.labels:
            drop = t.pos().x() < 0
            candidates: tuple[tuple[float, float], ...] = ((1.05, 1.1), (1.05, -0.1), (-0.05, 1.1), (-0.05, -0.1),
                                                           (1.05, 2.2), (-0.05, -1.2))
            if not drop:
                candidates = tuple((1.0 - ax, 1.0 - ay) for ax, ay in candidates)
            for anchor in candidates:
                t.setAnchor(anchor)
                rect = t.sceneBoundingRect()
                if bounds.contains(rect) and not any(rect.adjusted(-3, -3, 3, 3).intersects(r) for r in taken):
                    taken.append(rect)
                    break
            else:
                t.setAnchor(candidates[0])
        keep_apart(self.labels, bounds, taken=[taken[0]])

    def _band_brush(self):
        colour = QColor(self._pal.danger)
        colour.setAlpha(35)
        return pg.mkBrush(colour)

    def _draw_runaway(self, sim: Simulation) -> None:
        """Shade the shocks where the cascade emptied a modelled book (any symbol)."""
        for band in self.runaway_bands:
            self.removeItem(band)
        self.runaway_bands = []
        run = sim.result.runaway.any(axis=0).astype(int)
        edges = np.flatnonzero(np.diff(np.concatenate([[0], run, [0]])))
        x = sim.shocks * 100.0
        for start, stop in zip(edges[::2], edges[1::2]):
            band = pg.LinearRegionItem((x[start], x[stop - 1]), movable=False,
                                       brush=self._band_brush(), pen=pg.mkPen(None))
            band.setZValue(-10)
            band.setToolTip(self.tr("Runaway: forced orders emptied the modelled order book here; the cascade "
                                    "has no floor in this model and the equity shown is not meaningful"))
            self.addItem(band)
            self.runaway_bands.append(band)

    def set_privacy(self, hidden: bool) -> None:
        self.hidden = hidden
        _hide_values(self.getPlotItem().getAxis("left"), hidden)


class LadderChart(pg.PlotWidget):
    """The market's liquidation ladder of one symbol: notional (USD) per price bucket, longs and shorts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems={"bottom": UsdAxis("bottom")})
        self.longs = pg.BarGraphItem(x0=[0], y=[0], height=[0], width=[0], name="longs")
        self.shorts = pg.BarGraphItem(x0=[0], y=[0], height=[0], width=[0], name="shorts")
        self.addItem(self.longs)
        self.addItem(self.shorts)
        self.mark_line = pg.InfiniteLine(angle=0, movable=False, label="now {value:,.0f}",
                                         labelOpts={"position": 0.98, "anchors": [(1, 1), (1, 1)]})
        self.after_line = pg.InfiniteLine(angle=0, movable=False, label="after {value:,.0f}",
                                          labelOpts={"position": 0.98, "anchors": [(1, 0), (1, 0)]})
        self.addItem(self.mark_line)
        self.addItem(self.after_line)
        self.lp_lines: list[pg.InfiniteLine] = []
        self.setMouseEnabled(x=False, y=True)
        self._pal = chart_palette()
        self._relayout = Relayout(self, self._thin_labels)
        self.getViewBox().sigResized.connect(self._relayout.request)
        self.getViewBox().sigRangeChanged.connect(self._relayout.request)
        cache_static(self, (self.longs, self.shorts))
        self.retranslate()
        self.restyle(self._pal)

    def retranslate(self) -> None:
        item = self.getPlotItem()
        item.setLabel("left", self.tr("price (USD)"))
        item.setLabel("bottom", self.tr("liquidation notional per 0.5 % bucket"))

    def restyle(self, pal: ChartPalette) -> None:
        self._pal = pal
        style_plot(self, pal)
        self.longs.setOpts(brush=pg.mkBrush(pal.long), pen=pg.mkPen(None))
        self.shorts.setOpts(brush=pg.mkBrush(pal.short), pen=pg.mkPen(None))
        self.mark_line.setPen(pg.mkPen(pal.foreground, width=1))
        self.after_line.setPen(pg.mkPen(pal.warning, width=2))
        for line in (self.mark_line, self.after_line, *self.lp_lines):
            line.label.setColor(pal.foreground)
        backdrop = QColor(pal.background)
        backdrop.setAlpha(200)
        for line in self.lp_lines:
            line.setPen(pg.mkPen(pal.danger, width=1, style=Qt.PenStyle.DashLine))
            line.label.fill = pg.mkBrush(backdrop)  # readable over the bars
            line.label.update()

    def set_symbol(self, sim: Simulation, symbol: str, accounts: tuple[str, ...] = ()) -> None:
        """Draw ``symbol``'s ladder and the user's liquidation prices on it; ``accounts``: per position of ``sim``
        the account's name."""
        i = sim.result.symbols.index(symbol)
        mark = float(sim.result.mark_price[i])
        centres, longs, shorts = ladder_buckets(sim.model.ladder(sim.model.symbols[i]), mark)
        h = mark * LADDER_BUCKET * 0.9
        self.longs.setOpts(x0=np.zeros(len(centres)), y=centres, height=h, width=longs)
        self.shorts.setOpts(x0=np.zeros(len(centres)), y=centres, height=h, width=shorts)
        self.getPlotItem().setTitle(self.tr("{symbol} liquidation ladder").format(  # pyqtgraph titles are HTML
            symbol=fmt.html_text(symbol)), size=SMALL_TITLE)
        self.mark_line.setValue(mark)
        self.mark_line.label.setFormat(self.tr("now {price}").format(price=fmt.price(mark)))
        for line in self.lp_lines:
            self.removeItem(line)
        self.lp_lines = []
        mine = [(j, p) for j, p in enumerate(sim.positions) if p.base == symbol and p.liquidation_price]
        for j, pos in sorted(mine, key=lambda jp: abs((jp[1].liquidation_price or 0.0) - mark)):
            who = accounts[j] if j < len(accounts) else pos.label.split(" · ")[-1]
            line = pg.InfiniteLine(pos.liquidation_price, angle=0, movable=False,
                                   label=self.tr("{account}: {price}").format(
                                       account=who, price=fmt.price(pos.liquidation_price)),
                                   labelOpts={"position": 0.5, "anchors": [(0.5, 1), (0.5, 1)]})
            line.setToolTip(fmt.plain_tooltip(self.tr("{position}: liquidated by venue rules at {price}").format(
                position=f"{pos.label.split(' · ')[0]} · {who}", price=fmt.price(pos.liquidation_price))))
            self.addItem(line)
            self.lp_lines.append(line)  # nearest to the price first: labelled first
        self.restyle(self._pal)
        self.getPlotItem().setYRange(mark * (1 - LADDER_SPAN), mark * (1 + LADDER_SPAN), padding=0.02)
        self.getPlotItem().setXRange(0, max(float(longs.max(initial=0)), float(shorts.max(initial=0)), 1.0),
                                     padding=0.05)

        self._relayout.request()

    def set_after_price(self, price: float) -> None:
        if price == self.after_line.value():
            return
        self.after_line.setValue(price)
        self.after_line.label.setFormat(self.tr("after {price}").format(price=fmt.price(price)))
        self._relayout.request()

    def _thin_labels(self) -> None:
        """The price after the cascade, then your liquidation prices nearest first, then the price now: each
        label only where it overlaps no other (the lines stay, with their tooltips)."""
        lines = [self.after_line, *self.lp_lines, self.mark_line]
        keep_apart([line.label for line in lines], self.getViewBox().sceneBoundingRect())

    def set_privacy(self, hidden: bool) -> None:
        _hide_values(self.getPlotItem().getAxis("bottom"), hidden)


class DepthChart(pg.PlotWidget):
    """Cumulative order-book depth (USD, scaled by the depth factor) versus distance from mid (%), log-log."""

    DISTANCES = np.geomspace(0.001, 0.9, 120)  # fractions of mid

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems={"left": LogUsdAxis("left"), "bottom": LogPctAxis("bottom")})
        item = self.getPlotItem()
        self.legend = item.addLegend(offset=(10, 10))
        self.bid_curve = self.plot(name=self.tr("bids (absorb forced selling)"))
        self.ask_curve = self.plot(name=self.tr("asks (absorb forced buying)"))
        self.impact_line = pg.InfiniteLine(angle=90, movable=False, label="cascade push {value:.2f}",
                                           labelOpts={"position": 0.2, "anchors": [(-0.05, 0.5), (-0.05, 0.5)]})
        self.addItem(self.impact_line)
        self.setMouseEnabled(x=False, y=False)
        cache_static(self, (self.bid_curve.curve, self.ask_curve.curve))
        self.retranslate()
        self.restyle(chart_palette())

    def retranslate(self) -> None:
        item = self.getPlotItem()
        item.setLabel("bottom", self.tr("distance from mid (%, log)"))
        item.setLabel("left", self.tr("cumulative depth (log)"))
        _relabel(self.legend, {self.bid_curve: self.tr("bids (absorb forced selling)"),
                               self.ask_curve: self.tr("asks (absorb forced buying)")})

    def restyle(self, pal: ChartPalette) -> None:
        self._pal = pal
        style_plot(self, pal)
        self.bid_curve.setPen(pg.mkPen(pal.long, width=2))
        self.ask_curve.setPen(pg.mkPen(pal.short, width=2))
        self.impact_line.setPen(pg.mkPen(pal.warning, width=1, style=Qt.PenStyle.DashLine))
        self.impact_line.label.setColor(pal.foreground)

    def set_symbol(self, sim: Simulation, symbol: str, depth_factor: float = 1.0) -> None:
        """Draw ``symbol``'s book as the model uses it; ``depth_factor``: the control's value (× the calibrated
        books), named in the title as the control and ``undertow shock`` name it."""
        s = sim.model.symbol(symbol)
        k = sim.model.impact.depth_factor
        x = self.DISTANCES
        self.getPlotItem().setTitle(self.tr("{symbol} book, depth factor {factor}").format(
            symbol=fmt.html_text(symbol), factor=fmt.localised(f"{depth_factor:.2f}×")), size=SMALL_TITLE,
            color=self._pal.foreground)
        for curve, side in ((self.bid_curve, s.bid), (self.ask_curve, s.ask)):
            keep = x <= side.max_distance
            d = np.array([side.depth_at(v) for v in x[keep]]) * k
            ok = d > 0
            # log10 by hand: the log axes need positive values, and the USD axis formats 10**tick
            curve.setData(np.log10(x[keep][ok] * 100.0), np.log10(d[ok]))

    def set_impact(self, push_fraction: float) -> None:
        """The extra move the cascade added on top of the shock (fraction), marked on the distance axis."""
        if push_fraction == getattr(self, "_push", None):
            return
        self._push = push_fraction
        visible = push_fraction > 1e-4
        self.impact_line.setVisible(visible)
        if visible:
            label = self.impact_line.label
            label.setFormat(self.tr("cascade push {push}").format(push=fmt.pct(push_fraction * 100)))
            self.impact_line.setValue(np.log10(push_fraction * 100.0))
            # beside the line on the side with room; with room on neither, as far right as the plot allows
            box, line_x = self.getViewBox().sceneBoundingRect(), self.impact_line.sceneBoundingRect().center().x()
            width = label.boundingRect().width() * 1.05
            right, left = box.right() - line_x, line_x - box.left()
            anchor_x = -0.05 if width <= right else 1.05 if width <= left else min(max(1.0 - right / width, 0.0), 1.0)
            if label.anchors[0][0] != anchor_x:
                label.anchors = [(anchor_x, 0.5)] * 2
                label.updatePosition()

    def set_privacy(self, hidden: bool) -> None:
        _hide_values(self.getPlotItem().getAxis("left"), hidden)
