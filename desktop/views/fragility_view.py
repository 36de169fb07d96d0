"""Market: how fragile each market you hold is, now and over time.

At the top, one row per held market (funding, open interest, depth, the nearest liquidation clusters). Below it, for
the market picked, its fragility score with every part visible (value, reference range, flagged, weight, date,
source) and the signals over time in tabs: the liquidation map, open interest against spot volume, ETF flows,
cross-asset volatility and depth by hour of day. The table comes with the analysis; everything that reads the store
or computes over time is loaded in the background (``desktop.views.market.data``) and drawn when it lands.

With no market to show (no snapshot yet, no open position, no market data synced) the page gives way to an empty
state that says why and what to do next."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.market_signals import DVOL_BTC, DVOL_ETH, ETF_BTC, ETF_ETH, GVZ, VIX, elevated
from desktop import format as fmt
from desktop import i18n
from desktop.models.fragility_model import FragilityModel, SignalsModel
from desktop.models.history_models import SORT_ROLE
from desktop.views.market.data import MarketData, MarketSignals
from desktop.views.market.lazy_tab import LazyTab
from desktop.widgets import FollowAnalysis, is_theme_change, plain_labels
from desktop.widgets.empty_state import EmptyState, nothing_configured

if TYPE_CHECKING:
    from core.analysis import Analysis
    from desktop.views.market.charts import DepthHourChart, EtfChart, OiSpotChart, VolChart
    from desktop.views.market.map_tab import LiquidationMapTab

log = logging.getLogger(__name__)

TABLE_ROWS_SHOWN = 4  # rows of held markets shown before the table scrolls (the tabs below need the room)


def _charts():
    """The charts' module, loaded when the first chart tab is built (a cold first visit does not wait for it)."""
    from desktop.views.market import charts

    return charts


def _table(model, stretch_last: bool = False) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # as wide as their contents, but fitted when the contents change (``_fit_columns``), not by the header's
    # ResizeToContents at every show, resize and layout pass (each one sizes every cell again)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setStretchLastSection(stretch_last)
    return table, proxy


class FragilityView(QWidget):
    title = "Market"
    open_view = Signal(str)  # title of a view to show (the empty state's next step)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = MarketData.of(state)
        self.signals: MarketSignals | None = None
        self.model = FragilityModel(self)
        self.table, self.proxy = _table(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.installEventFilter(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.picker = QComboBox()  # the held market the score and the charts are about
        self.picker.currentIndexChanged.connect(self._on_pick)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.signals_model = SignalsModel(self)
        self.signals_table, signals_proxy = _table(self.signals_model, stretch_last=True)
        self.signals_table.setSortingEnabled(False)
        signals_proxy.sort(-1)  # the score's own order
        # the tabs after the first are built when first shown (five pyqtgraph plots cost more than the rest of the
        # view), and drawn then with the signals, series and map the view holds
        self._map_page: LazyTab[LiquidationMapTab] = LazyTab(self._make_map_tab, self._map_built)
        self._oi_page: LazyTab[OiSpotChart] = LazyTab(lambda: _charts().OiSpotChart(), self._draw_oi)
        self._etf_page: LazyTab[EtfChart] = LazyTab(lambda: _charts().EtfChart(), self._draw_etf)
        self._vol_page: LazyTab[VolChart] = LazyTab(lambda: _charts().VolChart(), self._draw_vol)
        self._depth_page: LazyTab[DepthHourChart] = LazyTab(lambda: _charts().DepthHourChart(), self._draw_depth)
        self.tabs = QTabWidget()
        for widget in (self.signals_table, self._map_page, self._oi_page, self._etf_page, self._vol_page,
                       self._depth_page):
            self.tabs.addTab(widget, "")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setUsesScrollButtons(True)

        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker)
        pick_row.addWidget(self.score, 1)
        page = QWidget()
        content = QVBoxLayout(page)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.intro)
        content.addWidget(self.table)
        content.addWidget(self.summary)
        content.addLayout(pick_row)
        content.addWidget(self.tabs, 1)
        self.page = page
        self.empty = EmptyState()
        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)

        self._rows: list = []
        self.data.signals_loaded.connect(self._on_signals)
        self.data.failed.connect(self._on_signals_failed)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        plain_labels(self)  # the summary names symbols: never markup
        self.retranslate()
        self._follow.request()

    # --- the tabs built on first show (asking for one here builds it) -----------------------------------------------
    @property
    def map_tab(self) -> LiquidationMapTab:
        return self._map_page.content

    @property
    def oi_chart(self) -> OiSpotChart:
        return self._oi_page.content

    @property
    def etf_chart(self) -> EtfChart:
        return self._etf_page.content

    @property
    def vol_chart(self) -> VolChart:
        return self._vol_page.content

    @property
    def depth_chart(self) -> DepthHourChart:
        return self._depth_page.content

    def _built_charts(self) -> list[OiSpotChart | EtfChart | VolChart | DepthHourChart]:
        return [c for c in (self._oi_page.built, self._etf_page.built, self._vol_page.built, self._depth_page.built)
                if c is not None]

    # --- texts -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Signals traders watch before a cascade, for every market you hold. Pick a market for its fragility "
            "score, what it is made of, and the signals over time. Hover a column title for what it means."))
        names = (self.tr("Score parts"), self.tr("Liquidation map"), self.tr("Open interest ÷ spot"),
                 self.tr("ETF flows"), self.tr("Volatility"), self.tr("Depth by hour"))
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.tabs.setTabToolTip(0, self.tr("Each signal of the score: its value, the range it is judged against, "
                                           "whether it is flagged, its weight, date and source"))
        self.model.retranslate()
        self.signals_model.retranslate()
        self._fit_columns()  # the titles' widths change
        if (map_tab := self._map_page.built) is not None:  # one built later comes up in the language then
            map_tab.retranslate()
        snap = self.state.snapshot
        self.summary.setText(self._summary(self._rows, snap) if snap is not None else self.tr("No data yet."))
        self._fill_picker()
        self._render_signals()
        self._show_empty(snap)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_theme_change(event):  # the charts keep pens of their own
            for chart in self._built_charts():  # one built later takes the theme then
                chart.apply_theme()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
        super().changeEvent(event)

    def _fit_columns(self) -> None:
        """Both tables' columns as wide as their titles and cells (the columns of a table are fitted when its rows
        or their language change)."""
        if self._rows:
            self._fit_table()
        else:
            self.table.resizeColumnsToContents()
        self.signals_table.resizeColumnsToContents()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._rows:  # an account may have been added meanwhile: the next step changes
            self._show_empty(self.state.snapshot)

    # --- the analysis: the table now, the signals in the background ------------------------------------------------
    def _render_analysis(self, analysis: Analysis) -> None:
        rows = analysis.fragility
        self.model.set_rows(rows)
        self._rows = list(rows)
        self._fit_table()
        self.summary.setText(self._summary(rows, analysis.snapshot))
        self._fill_picker()
        self._show_empty(analysis.snapshot)
        if (map_tab := self._map_page.built) is not None:
            map_tab.refresh()  # a new column, and the user's liquidation prices of this analysis
        if rows:
            if self.data.current is not None:  # the dashboard's card read them already
                self._on_signals(self.data.current)
            else:
                self.data.request()

    def _fit_table(self, columns: bool = True) -> None:
        """As tall as its rows (up to ``TABLE_ROWS_SHOWN``): the tabs below get the rest. ``columns``: size the
        columns to their contents first (new rows; a new width leaves them as they are)."""
        if columns:
            self.table.resizeColumnsToContents()
        rows = min(max(len(self._rows), 1), TABLE_ROWS_SHOWN)
        header = self.table.horizontalHeader()
        height = header.sizeHint().height() + sum(self.table.rowHeight(r) for r in range(rows)) \
            + 2 * self.table.frameWidth()
        if header.length() > self.table.width() - 2 * self.table.frameWidth() - 20:  # it will need to scroll sideways
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table and event.type() == QEvent.Type.Resize and self._rows:
            self._fit_table(columns=False)  # a new width may need (or free) the sideways scroll bar
        return False

    def _symbols(self) -> list[str]:
        return sorted({f.symbol for f in self._rows})

    def _fill_picker(self) -> None:
        current = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        report = self.signals.report if self.signals is not None else None
        for symbol in self._symbols():
            found = report.score_of(symbol) if report is not None else None
            text = symbol.split(":")[0]
            if found is not None and found.score is not None:
                text = self.tr("{symbol} · {score}/100").format(symbol=text, score=f"{found.score:.0f}")
            self.picker.addItem(text, symbol)
        index = self.picker.findData(current)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self._on_pick()

    @property
    def symbol(self) -> str:
        return self.picker.currentData() or ""

    def _on_table_row(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        index = self.picker.findData(row.symbol)
        if index >= 0 and index != self.picker.currentIndex():
            self.picker.setCurrentIndex(index)

    def _on_pick(self, _index: int = 0) -> None:
        self._render_signals()
        base = self.symbol.split("/")[0].upper()
        map_tab = self._map_page.built
        if map_tab is not None and base and base != map_tab.base:  # a new analysis refreshes the map itself
            map_tab.show_base(base)

    def _make_map_tab(self) -> LiquidationMapTab:
        from desktop.views.market.map_tab import LiquidationMapTab

        return LiquidationMapTab(self.state)

    def _map_built(self, map_tab: LiquidationMapTab) -> None:
        base = self.symbol.split("/")[0].upper()
        if base:
            map_tab.show_base(base)  # computed now if the tab is on screen, else when it is shown

    def _on_signals(self, signals: MarketSignals) -> None:
        snap = self.state.snapshot
        if snap is not None and signals.taken_at != snap.taken_at:
            return  # an older analysis' signals: the newer ones are on their way
        self.signals = signals
        self._fill_picker()

    def _on_signals_failed(self, reason: str) -> None:
        self.score.setText(self.tr("The signals over time could not be read: {reason}").format(reason=reason))

    def _render_signals(self) -> None:
        symbol, s = self.symbol, self.signals
        if not symbol or s is None:
            self.signals_model.set_rows(())
            self.signals_table.resizeColumnsToContents()  # the titles' widths
            self.score.setText("" if not symbol else self.tr("Reading the stored snapshots and sources…"))
            return
        found = s.report.score_of(symbol) if s.report is not None else None
        self.signals_model.set_rows(found.signals if found is not None else ())
        self.signals_table.resizeColumnsToContents()
        self.score.setText(self._score_text(found))
        # the charts built so far (the others draw when built)
        if (oi := self._oi_page.built) is not None:
            self._draw_oi(oi)
        if (etf := self._etf_page.built) is not None:
            self._draw_etf(etf)
        if (vol := self._vol_page.built) is not None:
            self._draw_vol(vol)
        if (depth := self._depth_page.built) is not None:
            self._draw_depth(depth)

    def _drawn(self) -> tuple[str, str, MarketSignals] | None:
        """(symbol, base asset, signals) the charts show, or None while there is nothing to draw."""
        symbol, s = self.symbol, self.signals
        if not symbol or s is None:
            return None
        return symbol, symbol.split("/")[0].upper(), s

    def _draw_oi(self, chart: OiSpotChart) -> None:
        if (drawn := self._drawn()) is not None:
            _symbol, base, s = drawn
            chart.draw(s.oi_spot.get(base), base)

    def _draw_etf(self, chart: EtfChart) -> None:
        if (drawn := self._drawn()) is not None:
            _symbol, base, s = drawn
            chart.draw(s.series.get(ETF_ETH if base == "ETH" else ETF_BTC), "ETH" if base == "ETH" else "BTC")

    def _draw_vol(self, chart: VolChart) -> None:
        if (drawn := self._drawn()) is not None:
            s = drawn[2]
            judged = {k: bool(e.flagged) for k in (DVOL_BTC, DVOL_ETH, VIX, GVZ)
                      if k in s.series and (e := elevated(s.series[k])) is not None}
            chart.draw(s.series, judged)

    def _draw_depth(self, chart: DepthHourChart) -> None:
        if (drawn := self._drawn()) is not None:
            symbol, _base, s = drawn
            chart.draw(s.depth.get(symbol), symbol)

    def _score_text(self, found) -> str:
        if found is None or found.score is None:
            return self.tr("No fragility score yet: none of its signals has data.")
        counted = [x for x in found.signals if x.value is not None]
        flagged = [i18n.text(x.title) for x in found.flagged]
        text = self.tr("Fragility {score}/100: {flagged} of {counted} signals with data flagged").format(
            score=f"{found.score:.0f}", flagged=len(flagged), counted=len(counted))
        if flagged:
            text += " (" + ", ".join(flagged) + ")"
        return text + "."

    # --- empty states and the summary -------------------------------------------------------------------------------
    def _show_empty(self, snap) -> None:
        """The page, or (nothing to list) why not and the next step."""
        empty = not self._rows
        self.pages.setCurrentWidget(self.empty if empty else self.page)
        if not empty:
            return
        if nothing_configured(self.state):
            self.empty.set_content(self.tr("No markets to watch yet"), self.tr(
                "Market signals are shown for the markets of your open positions. Add an exchange account with a "
                "read-only key, or explore the demo."),
                [(self.tr("Get started…"), lambda: self.open_view.emit("Welcome"))])
        elif snap is None:
            self.empty.set_content(self.tr("No data yet"), self.tr(
                "No snapshot is stored yet: the markets of your positions appear here after the first sync."),
                [(self.tr("Refresh now"), self.state.refresh)])
        elif not snap.positions:
            self.empty.set_content(self.tr("No open positions"), self.tr(
                "Market signals are shown for the markets you hold a position in, and the last snapshot has "
                "none. Nothing here is at risk of a cascade."),
                [(self.tr("Open Positions"), lambda: self.open_view.emit("Positions"))])
        else:
            self.empty.set_content(self.tr("No market data"), self.tr(
                "No market data was synced for the markets you hold. The exchanges' public data may have failed; "
                "refresh to try again."),
                [(self.tr("Refresh now"), self.state.refresh)])

    def _summary(self, rows, snap) -> str:
        if not rows:
            held = len({(p.venue, p.symbol) for p in snap.positions})
            return (self.tr("You hold no positions, so there is nothing to watch here.") if not held
                    else self.tr("No market data was synced for the markets you hold."))
        from core.venues import venue_spec

        crowded = [self.tr("{symbol} on {venue} ({side})").format(
                       symbol=f.symbol.split(':')[0], venue=venue_spec(f.venue).name,
                       side=QCoreApplication.translate("Columns", f.funding_one_sided))
                   for f in rows if f.funding_one_sided]
        near = [f for f in rows if f.cluster_below is not None]
        parts = [self.tr("{n} markets").format(n=len(rows))]
        if crowded:
            parts.append(self.tr("one-sided funding: {markets}").format(markets=", ".join(crowded)))
        if near:
            closest = max(near, key=lambda f: f.cluster_below.distance_pct)
            parts.append(self.tr("closest long-liquidation cluster: {symbol} {distance} below on {venue}").format(
                symbol=closest.symbol.split(':')[0], distance=fmt.pct(abs(closest.cluster_below.distance_pct),
                                                                      decimals=1),
                venue=venue_spec(closest.venue).name))
        return " · ".join(parts)
