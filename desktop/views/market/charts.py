"""The Market view's charts of signals over time: open interest against spot volume, ETF flows, cross-asset
volatility and depth by hour of day. Each is a caption (what it shows, its source and date) over a plot, or an
empty state that says what it needs; each repaints for the theme (``apply_theme``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from core.market_signals import DVOL_BTC, DVOL_ETH, ETF_DAYS, GVZ, VIX, DepthByHour, OiAgainstSpot, Series
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.charts.money_axis import MoneyAxis
from desktop.widgets.empty_state import EmptyState

DAY_S = 86400.0
ETF_BARS = 30  # days of flows drawn (the signal sums the last ETF_DAYS of them)
VOL_DAYS = 180  # days of each volatility index drawn


def day_ts(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class SignalChart(QWidget):
    """A caption over a plot, or an empty state in the plot's place."""

    def __init__(self, parent: QWidget | None = None, date_axis: bool = True, money_axis: bool = False) -> None:
        super().__init__(parent)
        axes: dict[str, pg.AxisItem] = {}
        if date_axis:
            axes["bottom"] = pg.DateAxisItem(orientation="bottom")
        if money_axis:
            axes["left"] = MoneyAxis(orientation="left")
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.getPlotItem().getAxis("left").setWidth(64)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # names sources and URLs: never markup
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.caption)
        body.addWidget(self.plot, 1)
        self.empty = EmptyState()
        self.pages = QStackedLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.empty)

    @property
    def is_empty(self) -> bool:
        return self.pages.currentWidget() is self.empty

    def show_empty(self, title: str, text: str) -> None:
        self.empty.set_content(title, text)
        self.pages.setCurrentWidget(self.empty)

    def show_plot(self, caption: str) -> None:
        self.caption.setText(caption)
        self.pages.setCurrentWidget(self.body)

    def apply_theme(self) -> None:
        from desktop.theme import chart_palette, style_plot

        style_plot(self.plot, chart_palette())

    def retranslate(self) -> None:
        """The plot's own texts (axis titles) in the interface language; the captions come with ``draw``."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OiSpotChart(SignalChart):
    """Open interest ÷ 24 h spot volume of one asset, one point per day (``OiAgainstSpot.daily``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve = self.plot.plot([], [], symbol="o", symbolSize=5)
        self.found: OiAgainstSpot | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("left", self.tr("open interest ÷ 24 h spot volume"))

    def draw(self, found: OiAgainstSpot | None, base: str) -> None:
        self.found = found
        if found is None or not found.daily:
            self.show_empty(self.tr("No spot volume stored yet"), self.tr(
                "Open interest against spot volume needs a day of snapshots with the exchanges' spot volume for "
                "{asset}. Each sync stores one; the line starts after the first day.").format(asset=base))
            return
        xs = [day_ts(d) for d, _ in found.daily]
        self.curve.setData(xs, [r for _, r in found.daily])
        venues = ", ".join(venue_spec(v).name for v in found.venues)
        if found.ratio is not None:
            parts = [self.tr(
                "{asset}: open interest is {ratio} × the 24 h spot volume ({venues}), as of {when}.").format(
                asset=found.base, ratio=fmt.number(found.ratio, 2), venues=venues,
                when=i18n.date_time(found.as_of))]
        else:
            parts = [self.tr("{asset}: the newest snapshot ({when}) has no spot volume; the line ends at the last "
                             "day that had it.").format(asset=found.base, when=i18n.date_time(found.as_of))]
        if found.open_interest_change is not None and found.spot_volume_change is not None and found.since:
            parts.append(self.tr("Since {since}: open interest {oi}, spot volume {spot}.").format(
                since=i18n.date(found.since), oi=fmt.pct(found.open_interest_change * 100, signed=True, decimals=1),
                spot=fmt.pct(found.spot_volume_change * 100, signed=True, decimals=1)))
        if found.flagged:
            parts.append(self.tr("Flagged: leverage is building without spot buying behind it."))
        self.show_plot(" ".join(parts))
        if len(xs) == 1:
            self.plot.setXRange(xs[0] - DAY_S, xs[0] + DAY_S)
        else:
            self.plot.enableAutoRange()
        self.apply_theme()

    def apply_theme(self) -> None:
        from desktop.theme import chart_palette

        super().apply_theme()
        p = chart_palette()
        colour = p.warning if self.found is not None and self.found.flagged else p.equity
        self.curve.setPen(pg.mkPen(colour, width=2))
        self.curve.setSymbolBrush(colour)
        self.curve.setSymbolPen(colour)


class EtfChart(SignalChart):
    """Daily net flows of the spot ETFs (USD): green in, red out; the last days' sum, the source and its date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, money_axis=True)
        self.bars: pg.BarGraphItem | None = None
        self.series: Series | None = None

    def draw(self, series: Series | None, asset: str) -> None:
        self.series = series
        if self.bars is not None:
            self.plot.removeItem(self.bars)
            self.bars = None
        if series is None or not series.points:
            reason = i18n.text(series.problem) if series is not None and series.problem else ""
            self.show_empty(self.tr("No ETF flows yet"), " ".join(x for x in (self.tr(
                "Daily net flows of the US spot {asset} ETFs come from a public table you choose (a CSV/HTML table "
                "such as the issuers' published flows): set its address with 'undertow settings set {key} URL', or "
                "import a saved table with 'undertow market etf-import FILE'. The bars appear after the next "
                "fetch.").format(asset=asset, key="etf_eth_url" if asset == "ETH" else "etf_btc_url"), reason) if x))
            return
        shown = series.points[-ETF_BARS:]
        last = series.points[-ETF_DAYS:]
        total = sum(v for _, v in last)
        caption = self.tr("US spot {asset} ETFs, net flow of the last {days} trading days: {sum}. Source: {source}, "
                          "data to {day}, fetched {fetched}.").format(
            asset=asset, days=len(last), sum=fmt.usd_short(total), source=series.source,
            day=last[-1][0].isoformat(), fetched=i18n.date_time(series.as_of) if series.as_of else fmt.DASH)
        if series.stale:
            caption += " " + self.tr("Stale: the last fetch failed, these are the last good figures.")
            if series.problem:
                caption += " " + i18n.text(series.problem)
        self.show_plot(caption)
        self._draw_bars(shown)
        self.plot.enableAutoRange()

    def _draw_bars(self, points: Sequence[tuple[date, float]]) -> None:
        from desktop.theme import chart_palette

        p = chart_palette()
        xs = [day_ts(d) for d, _ in points]
        heights = [v for _, v in points]
        brushes = [pg.mkBrush(p.ok if v >= 0 else p.danger) for v in heights]
        self.bars = pg.BarGraphItem(x=xs, height=heights, width=DAY_S * 0.8, brushes=brushes, pens=[None] * len(xs))
        self.plot.addItem(self.bars)
        self.apply_theme()

    def apply_theme(self) -> None:
        super().apply_theme()
        if self.bars is not None and self.series is not None:  # the bars' colours follow the theme too
            from desktop.theme import chart_palette

            p = chart_palette()
            heights = [v for _, v in self.series.points[-ETF_BARS:]]
            self.bars.setOpts(brushes=[pg.mkBrush(p.ok if v >= 0 else p.danger) for v in heights])


#: The volatility indices drawn, their legend names and palette colours.
VOL_SERIES = ((DVOL_BTC, "BTC DVOL", "warning"), (DVOL_ETH, "ETH DVOL", "equity"), (VIX, "VIX", "equity_cascade"),
              (GVZ, "GVZ", "ok"))


class VolChart(SignalChart):
    """Implied volatility indices over the last months (index points), each with its last date and whether it is
    above its own range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.addLegend(offset=(8, 8))
        self.curves = {key: self.plot.plot([], [], name=name) for key, name, _ in VOL_SERIES}
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("left", self.tr("index points"))

    def draw(self, series: Mapping[str, Series], elevated: Mapping[str, bool]) -> None:
        found = {k: s for k, s in series.items() if k in self.curves and s.points}
        if not found:
            self.show_empty(self.tr("No volatility indices yet"), self.tr(
                "Crypto implied volatility (Deribit's DVOL, through ccxt) and the equity and gold volatility indices "
                "(VIX, GVZ: the exchange operator's published daily history) appear after their first fetch "
                "('undertow market fetch', or the next refresh)."))
            return
        parts = []
        for key, name, _ in VOL_SERIES:
            s = found.get(key)
            curve = self.curves[key]
            if s is None:
                curve.setData([], [])
                continue
            pts = s.points[-VOL_DAYS:]
            curve.setData([day_ts(d) for d, _ in pts], [v for _, v in pts])
            day, value = s.points[-1]
            text = self.tr("{name} {value} on {day}").format(name=name, value=fmt.number(value, 1),
                                                              day=day.isoformat())
            if elevated.get(key):
                text += " " + self.tr("(above its 1-year range)")
            if s.stale:
                text += " " + self.tr("(stale)")
            parts.append(text)
        self.show_plot(" · ".join(parts))
        self.plot.enableAutoRange()
        self.apply_theme()

    def apply_theme(self) -> None:
        from desktop.theme import chart_palette

        super().apply_theme()
        p = chart_palette()
        for key, _, colour in VOL_SERIES:
            self.curves[key].setPen(pg.mkPen(getattr(p, colour), width=2))


class DepthHourChart(SignalChart):
    """Typical depth within 1 % by hour of the day (local time), the current hour marked, thin hours coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, date_axis=False, money_axis=True)
        self.bars: pg.BarGraphItem | None = None
        self.typical = pg.InfiniteLine(angle=0, movable=False)
        self.plot.addItem(self.typical, ignoreBounds=True)
        self.profile: DepthByHour | None = None
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(h, str(h)) for h in range(0, 24, 3)]])
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("bottom", self.tr("hour of day (local time)"))

    def draw(self, profile: DepthByHour | None, symbol: str) -> None:
        self.profile = profile
        if profile is None or profile.typical is None:
            self.show_empty(self.tr("Needs a day of snapshots"), self.tr(
                "Depth by hour of day is measured from the order books stored at each sync: after a day of syncs "
                "every hour has its own figure. Keep Undertow running (or refreshing) for a day."))
            return
        now_local = profile.local_hour(profile.current_hour_utc)
        thin_local = sorted(profile.local_hour(h) for h in profile.thin_hours_utc)
        caption = self.tr(
            "{symbol}: depth within 1 % is {now} now; a typical hour has {typical} (hour {hour}, local time).").format(
            symbol=symbol.split(":")[0], now=fmt.usd_short(profile.current), typical=fmt.usd_short(profile.typical),
            hour=now_local)
        if thin_local:
            caption += " " + self.tr("Thin hours: {hours}.").format(hours=", ".join(f"{h}:00" for h in thin_local))
        if profile.current_is_thin:
            caption += " " + self.tr("Now is a thin hour: the same order moves the price further.")
        caption += " " + self.tr("Red: this hour; amber: thin hours; dashed line: the typical hour.")
        self.show_plot(caption)
        if self.bars is not None:
            self.plot.removeItem(self.bars)
        self.bars = pg.BarGraphItem(x=list(range(24)), height=[v or 0.0 for v in profile.local], width=0.8)
        self.plot.addItem(self.bars)
        self.typical.setValue(profile.typical)
        self.plot.setXRange(-0.7, 23.7, padding=0)
        self.retranslate()
        self.apply_theme()

    def apply_theme(self) -> None:
        from desktop.theme import chart_palette

        super().apply_theme()
        p = chart_palette()
        self.typical.setPen(pg.mkPen(p.foreground, width=1, style=Qt.PenStyle.DashLine))
        if self.bars is None or self.profile is None:
            return
        now_local = self.profile.local_hour(self.profile.current_hour_utc)
        thin = {self.profile.local_hour(h) for h in self.profile.thin_hours_utc}
        brushes = [pg.mkBrush(p.danger if h == now_local else p.warning if h in thin else p.equity)
                   for h in range(24)]
        pens = [pg.mkPen(p.foreground, width=2) if h == now_local else None for h in range(24)]
        self.bars.setOpts(brushes=brushes, pens=pens)
