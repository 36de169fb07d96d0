"""The Market view's liquidation map tab: the time-range box, the map (``desktop.charts.liqmap``) and what it shows.

The map is computed in a worker (``MarketData.load_map``); a request made while one is running supersedes it (its
result is dropped). The user's liquidation prices come from the current analysis (computed locally by the venue's
rules); they are drawn as lines and stretch the price axis to show them.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.liquidation_map import LiquidationMap
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.charts.liqmap import LiquidationMapChart, PriceLine
from desktop.format import QT_TRANSLATE_NOOP
from desktop.views.market.data import MarketData
from desktop.widgets import is_theme_change

log = logging.getLogger(__name__)

#: (label, days back) of the range box
RANGES = ((QT_TRANSLATE_NOOP("LiquidationMapTab", "24 hours"), 1),
          (QT_TRANSLATE_NOOP("LiquidationMapTab", "7 days"), 7),
          (QT_TRANSLATE_NOOP("LiquidationMapTab", "30 days"), 30),
          (QT_TRANSLATE_NOOP("LiquidationMapTab", "90 days"), 90))
DEFAULT_RANGE = 2  # 30 days
#: Fewer snapshots than this, or a shorter span, and there is no map yet to read (one column is no picture of time).
MIN_SNAPSHOTS = 2
MIN_SPAN_S = 3600.0


def user_lines(analysis: Any, base: str) -> list[PriceLine]:
    """The user's liquidation prices of ``base`` (computed by the venue's rules in the analysis), one line each."""
    if analysis is None:
        return []
    labels = {a.id: a.label for a in analysis.snapshot.accounts if getattr(a, "label", "")}
    out = []
    for r in analysis.positions:
        p = r.position
        if p.base.upper() != base.upper() or r.liquidation_price is None or not math.isfinite(r.liquidation_price):
            continue
        who = labels.get(p.account_id) or venue_spec(p.venue).name
        side = QCoreApplication.translate("Side", p.side.value)
        out.append(PriceLine(r.liquidation_price, f"{who} · {side} · {fmt.price(r.liquidation_price)}",
                             short=p.side.value == "short"))
    return out


class LiquidationMapTab(QWidget):
    """``map_done``: a requested map was drawn, or its empty state shown (for tests and screenshots)."""

    map_done = Signal()

    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = MarketData.of(state)
        self.base = ""
        self.map: LiquidationMap | None = None
        self.loading = False
        self._request = 0  # the newest request's number: older results are dropped
        self._due = False  # a request waits until the tab is shown
        self._asked: tuple[str, int, int] | None = None  # the last request's (asset, days, analysis)
        self.range_box = QComboBox()
        for _label, days in RANGES:
            self.range_box.addItem("", days)
        self.range_box.setCurrentIndex(DEFAULT_RANGE)
        self.range_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.chart = LiquidationMapChart()
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.range_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        self.retranslate()

    @property
    def days(self) -> int:
        return int(self.range_box.currentData())

    def retranslate(self) -> None:
        for i, (label, _days) in enumerate(RANGES):
            self.range_box.setItemText(i, self.tr(label))
        self.range_box.setToolTip(self.tr("How far back the map reaches"))
        if self.map is not None and not self.chart.is_empty:  # the lines' labels name the side: in the new language
            self.chart.draw(self.map, user_lines(self.state.analysis, self.base))
        self._texts()

    def _texts(self) -> None:
        m = self.map
        step = fmt.usd_short(m.price_step) if m is not None else fmt.DASH
        self.chart.set_texts(self.tr("USD liquidated per {step} of price").format(step=step), self.tr("Price (USD)"))
        self.note.setText(self.tr(
            "Each column is one stored snapshot's estimate of where leveraged positions of {asset} would be "
            "liquidated (open interest of every venue spread over a typical leverage mix and the entry prices of the "
            "last days, like the public heatmaps); brighter means more USD force-sold (below the price) or "
            "force-bought (above) there. The line is the price; dashed lines are your own liquidation prices, "
            "computed here by each exchange's rules.").format(asset=self.base or "—"))
        if self.loading:
            self.status.setText(self.tr("Computing the map of {asset}…").format(asset=self.base))
        elif m is not None and not self.chart.is_empty:
            text = self.tr("{asset}: {columns} snapshots from {start} to {end}").format(
                asset=m.base, columns=len(m.path_ts), start=i18n.date_time(_dt(m.path_ts[0])),
                end=i18n.date_time(_dt(m.path_ts[-1])))
            if m.stored > len(m.path_ts):
                text += " " + self.tr("(one per time step of {stored} stored)").format(stored=m.stored)
            self.status.setText(text)
        else:
            self.status.setText("")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_theme_change(event):
            self.chart.apply_theme()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._due:
            self.refresh()

    def show_base(self, base: str) -> None:
        """Draw ``base``'s map (now if the tab is on screen, else when it is next shown)."""
        if base != self.base:
            self.base = base
            self.map = None
        self.refresh()

    def refresh(self) -> None:
        if not self.base:
            return
        if not self.isVisible() and self.window().isVisible():
            self._due = True
            return
        self._due = False
        key = (self.base, self.days, id(self.state.analysis))
        if key == self._asked:
            return  # this map (asset, range, analysis) is drawn or on its way
        self._asked = key
        self._request += 1
        number, base, lines = self._request, self.base, user_lines(self.state.analysis, self.base)
        self.loading = True
        self._texts()
        self.data.load_map(base, self.days, [x.price for x in lines],
                           lambda m: self._on_map(number, base, m, lines), lambda exc: self._on_error(number, exc))

    def _on_map(self, number: int, base: str, liq_map: LiquidationMap | None, lines: list[PriceLine]) -> None:
        if number != self._request:
            return  # a newer request (another asset or range) supersedes this one
        self.loading = False
        self.map = liq_map
        if liq_map is None or len(liq_map.path_ts) < MIN_SNAPSHOTS or liq_map.span_s < MIN_SPAN_S:
            stored = 0 if liq_map is None else len(liq_map.path_ts)
            self.chart.show_empty(self.tr("Needs a day of snapshots"), self.tr(
                "The map draws one column per stored snapshot with {asset}'s market data, and {count} of them are "
                "stored in this range. Each sync stores one (every few minutes while Undertow runs): after a day "
                "the map shows how the liquidation levels moved; a longer range may already have more.").format(
                    asset=base, count=stored))
        else:
            self.chart.draw(liq_map, lines)
        self._texts()
        self.map_done.emit()

    def _on_error(self, number: int, exc: BaseException) -> None:
        if number != self._request:
            return
        self.loading = False
        self._asked = None  # a refresh tries again
        if getattr(self.state.session.store, "closed", False):
            return
        log.warning("liquidation map failed", exc_info=exc)
        self.chart.show_empty(self.tr("The map could not be computed"), self.tr(
            "Reading the stored snapshots failed: {reason}. Refresh to try again.").format(reason=str(exc)))
        self._texts()
        self.map_done.emit()


def _dt(ts: float):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(float(ts), UTC)
