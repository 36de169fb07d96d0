"""The what-if simulator's three charts (pyqtgraph, following the theme): equity vs shock, the liquidation
ladder, the order-book depth. They draw a precomputed ``Simulation`` (``core.cascade.grid``); moving the shock
only moves lines and markers.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.cascade.grid import Simulation
from desktop import format as fmt
from desktop.theme import ChartPalette, chart_palette, style_plot

LADDER_BUCKET = 0.005  # ladder bars: 0.5 % of the mark per price bucket
LADDER_SPAN = 0.5  # ... out to ±50 % of the mark (1x "unlevered" buckets sit near ±100 % and are left out)


def ladder_buckets(ladder, mark_price: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bucket centre prices USD, long notional USD, short notional USD) in 0.5 % buckets within ±50 %."""
    edges = np.arange(-LADDER_SPAN, LADDER_SPAN + LADDER_BUCKET / 2, LADDER_BUCKET)
    longs, _ = np.histogram(ladder.long_level, bins=edges, weights=ladder.long_notional_usd)
    shorts, _ = np.histogram(ladder.short_level, bins=edges, weights=ladder.short_notional_usd)
    return mark_price * (1.0 + (edges[:-1] + edges[1:]) / 2), longs, shorts


def _hide_values(axis: pg.AxisItem, hidden: bool) -> None:
    axis.setStyle(showValues=not hidden)


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
    """Tick labels as $12.3k / $4.5M."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return _usd_ticks(values, scale, spacing)


class LogUsdAxis(pg.AxisItem):
    """Tick labels of a log10 axis as USD."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return _usd_ticks([10.0 ** v for v in values], scale, spacing)


class LogPctAxis(pg.AxisItem):
    """Tick labels of a log10 axis as percentages."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [f"{10.0 ** v:.3g} %" for v in values]


class EquityChart(pg.PlotWidget):
    """The user's equity (USD) versus the driver shock (%), with and without the cascade; a draggable shock line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems={"left": UsdAxis("left")})
        item = self.getPlotItem()
        self.legend = item.addLegend(offset=(10, 10))
        self.without_curve = self.plot(name=self.tr("without cascade"))
        self.with_curve = self.plot(name=self.tr("with cascade"))
        self.dies_with = pg.ScatterPlotItem(symbol="x", size=13, hoverable=True, name=self.tr("liquidated (cascade)"),
                                            tip=lambda x, y, data: data)
        self.dies_without = pg.ScatterPlotItem(symbol="o", size=10, hoverable=True,
                                               name=self.tr("liquidated (no cascade)"), tip=lambda x, y, data: data)
        self.addItem(self.dies_without)
        self.addItem(self.dies_with)
        self.labels: list[pg.TextItem] = []
        self.runaway_bands: list[pg.LinearRegionItem] = []
        self._pal = chart_palette()
        self.shock_line = pg.InfiniteLine(0.0, angle=90, movable=True, bounds=(-50, 50),
                                          label="{value:+.1f} %", labelOpts={"position": 0.95})
        self.addItem(self.shock_line)
        self.setMouseEnabled(x=False, y=False)
        self.retranslate()
        self.restyle(chart_palette())

    def retranslate(self) -> None:
        item = self.getPlotItem()
        item.setLabel("bottom", self.tr("driver shock (%)"))
        item.setLabel("left", self.tr("your exchange equity"))
        item.setTitle(self.tr("Equity vs shock"))
        self.shock_line.setToolTip(self.tr("Drag to set the shock (the same as the slider)"))
        _relabel(self.legend, {self.without_curve: self.tr("without cascade"),
                               self.with_curve: self.tr("with cascade"),
                               self.dies_with: self.tr("liquidated (cascade)"),
                               self.dies_without: self.tr("liquidated (no cascade)")})

    def restyle(self, pal: ChartPalette) -> None:
        self._pal = pal
        style_plot(self, pal)
        self.without_curve.setPen(pg.mkPen(pal.equity, width=2, style=Qt.PenStyle.DashLine))
        self.with_curve.setPen(pg.mkPen(pal.equity_cascade, width=2))
        self.dies_with.setPen(pg.mkPen(pal.danger, width=2))
        self.dies_with.setBrush(pg.mkBrush(pal.danger))
        self.dies_without.setPen(pg.mkPen(pal.equity, width=2))
        self.dies_without.setBrush(pg.mkBrush(None))
        self.shock_line.setPen(pg.mkPen(pal.warning, width=2))
        self.shock_line.label.setColor(pal.foreground)
        for t in self.labels:
            t.setColor(pal.foreground)
        for band in self.runaway_bands:
            band.setBrush(self._band_brush())

    def set_simulation(self, sim: Simulation, hidden: bool) -> None:
        x = sim.shocks * 100.0
        for t in self.labels:
            self.removeItem(t)
        self.labels = []
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
            groups: dict[float, list[str]] = {}
            for line in sim.positions:
                shock = getattr(line, attr)
                if shock is not None:
                    groups.setdefault(shock, []).append(line.label)
            spots = []
            for j, (shock, names) in enumerate(sorted(groups.items(), key=lambda kv: abs(kv[0]))):
                k = sim.index_of(shock)
                before = k + 1 if shock < 0 else max(k - 1, 0)  # the top of the cliff, just before it closes
                y = float(curve[min(before, len(curve) - 1)])
                where = fmt.pct(shock * 100, signed=True, decimals=1)
                tip = (self.tr("Liquidated at {shock} with the cascade:") if label_it
                       else self.tr("Liquidated at {shock} without the cascade:")).format(shock=where)
                tip += "\n" + "\n".join(names)
                if not hidden:
                    tip += "\n" + self.tr("equity just before: {equity}").format(equity=fmt.usd_short(y))
                spots.append({"pos": (shock * 100.0, y), "data": tip})
                if label_it:
                    short = ", ".join(n.split(" · ")[0] for n in names)
                    # the curve rises to the right, so above-left (downside) and below-right (upside) are free;
                    # stacked so that neighbouring groups do not overlap
                    anchor = (1.02, 1.1 + 1.2 * j) if shock < 0 else (-0.02, -0.1 - 1.2 * j)
                    text = pg.TextItem(f"{short} @ {shock * 100:+.1f} %", anchor=anchor,
                                       color=chart_palette().foreground)
                    text.setPos(shock * 100.0, y)
                    self.addItem(text)
                    self.labels.append(text)
            scatter.setData(spots)
        # a runaway's equity is meaningless (the modelled book is gone): keep it out of the vertical scale
        sane = ~sim.result.runaway.any(axis=0)
        ys = np.concatenate([sim.equity_without_usd, sim.equity_with_usd[sane]])
        self.setXRange(-50, 50, padding=0.02)
        self.setYRange(float(ys.min()), float(ys.max()), padding=0.08)

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
        for line in self.lp_lines:
            line.setPen(pg.mkPen(pal.danger, width=1, style=Qt.PenStyle.DashLine))

    def set_symbol(self, sim: Simulation, symbol: str) -> None:
        i = sim.result.symbols.index(symbol)
        mark = float(sim.result.mark_price[i])
        centres, longs, shorts = ladder_buckets(sim.model.ladder(sim.model.symbols[i]), mark)
        h = mark * LADDER_BUCKET * 0.9
        self.longs.setOpts(x0=np.zeros(len(centres)), y=centres, height=h, width=longs)
        self.shorts.setOpts(x0=np.zeros(len(centres)), y=centres, height=h, width=shorts)
        self.getPlotItem().setTitle(self.tr("{symbol} liquidation ladder (market)").format(  # pyqtgraph titles are HTML
            symbol=fmt.html_text(symbol)))
        self.mark_line.setValue(mark)
        self.mark_line.label.setFormat(self.tr("now {price}").format(price=fmt.price(mark)))
        for line in self.lp_lines:
            self.removeItem(line)
        self.lp_lines = []
        mine = [p for p in sim.positions if p.base == symbol and p.liquidation_price]
        for j, pos in enumerate(sorted(mine, key=lambda p: p.liquidation_price or 0.0)):
            venue = pos.label.split(" · ")[-1]
            line = pg.InfiniteLine(pos.liquidation_price, angle=0, movable=False,
                                   label=self.tr("you ({venue}) {price}").format(
                                       venue=venue, price=fmt.price(pos.liquidation_price)),
                                   labelOpts={"position": 0.3 + 0.25 * (j % 2), "anchors": [(0.5, 1), (0.5, 1)]})
            line.setToolTip(fmt.plain_tooltip(self.tr("{position}: liquidated by venue rules at {price}").format(
                position=pos.label, price=fmt.price(pos.liquidation_price))))
            self.addItem(line)
            self.lp_lines.append(line)
        self.restyle(self._pal)
        self.getPlotItem().setYRange(mark * (1 - LADDER_SPAN), mark * (1 + LADDER_SPAN), padding=0.02)
        self.getPlotItem().setXRange(0, max(float(longs.max(initial=0)), float(shorts.max(initial=0)), 1.0),
                                     padding=0.05)

    def set_after_price(self, price: float) -> None:
        self.after_line.setValue(price)
        self.after_line.label.setFormat(self.tr("after {price}").format(price=fmt.price(price)))

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
                                           labelOpts={"position": 0.2})
        self.addItem(self.impact_line)
        self.setMouseEnabled(x=False, y=False)
        self.retranslate()
        self.restyle(chart_palette())

    def retranslate(self) -> None:
        item = self.getPlotItem()
        item.setLabel("bottom", self.tr("distance from mid (%, log)"))
        item.setLabel("left", self.tr("cumulative depth (log)"))
        _relabel(self.legend, {self.bid_curve: self.tr("bids (absorb forced selling)"),
                               self.ask_curve: self.tr("asks (absorb forced buying)")})

    def restyle(self, pal: ChartPalette) -> None:
        style_plot(self, pal)
        self.bid_curve.setPen(pg.mkPen(pal.long, width=2))
        self.ask_curve.setPen(pg.mkPen(pal.short, width=2))
        self.impact_line.setPen(pg.mkPen(pal.warning, width=1, style=Qt.PenStyle.DashLine))
        self.impact_line.label.setColor(pal.foreground)

    def set_symbol(self, sim: Simulation, symbol: str) -> None:
        s = sim.model.symbol(symbol)
        k = sim.model.impact.depth_factor
        x = self.DISTANCES
        self.getPlotItem().setTitle(self.tr("{symbol} book depth × {factor}").format(symbol=fmt.html_text(symbol),
                                                                                    factor=f"{k:.3g}"))
        for curve, side in ((self.bid_curve, s.bid), (self.ask_curve, s.ask)):
            keep = x <= side.max_distance
            d = np.array([side.depth_at(v) for v in x[keep]]) * k
            ok = d > 0
            # log10 by hand: the log axes need positive values, and the USD axis formats 10**tick
            curve.setData(np.log10(x[keep][ok] * 100.0), np.log10(d[ok]))

    def set_impact(self, push_fraction: float) -> None:
        """The extra move the cascade added on top of the shock (fraction), marked on the distance axis."""
        visible = push_fraction > 1e-4
        self.impact_line.setVisible(visible)
        if visible:
            self.impact_line.setValue(np.log10(push_fraction * 100.0))
            self.impact_line.label.setFormat(self.tr("cascade push {push}").format(push=fmt.pct(push_fraction * 100)))

    def set_privacy(self, hidden: bool) -> None:
        _hide_values(self.getPlotItem().getAxis("left"), hidden)
