"""Market: how fragile each market you hold is right now (funding, open interest, depth, liquidation clusters)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop import format as fmt
from desktop.models.fragility_model import FragilityModel
from desktop.models.history_models import SORT_ROLE
from desktop.widgets import FollowAnalysis, plain_labels

if TYPE_CHECKING:
    from core.analysis import Analysis

log = logging.getLogger(__name__)



class FragilityView(QWidget):
    title = "Market"

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = FragilityModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        intro = self.intro = QLabel()
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        note = self.note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        self._rows: list = []
        plain_labels(self)  # the summary names symbols: never markup
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Signals traders watch before a cascade, for every market you hold: one-sided funding, open interest "
            "piling up, thin order books near the price and dense liquidation clusters close to it. "
            "Hover a column title for what it means."))
        self.note.setText(self.tr(
            "Clusters are estimated from open interest and a typical leverage mix (like the public liquidation "
            "heatmaps), not read from the exchanges' books; OI change is against the previous stored snapshot."))
        self.model.retranslate()
        snap = self.state.snapshot
        self.summary.setText(self._summary(self._rows, snap) if snap is not None else self.tr("No data yet."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_analysis(self, analysis: Analysis) -> None:
        """The session computed every held market's signals (OI change against the previous snapshot)."""
        rows = analysis.fragility
        self.model.set_rows(rows)
        self._rows = list(rows)
        self.summary.setText(self._summary(rows, analysis.snapshot))

    def _summary(self, rows, snap) -> str:
        if not rows:
            held = len({(p.venue, p.symbol) for p in snap.positions})
            return (self.tr("You hold no positions, so there is nothing to watch here.") if not held
                    else self.tr("No market data was synced for the markets you hold."))
        crowded = [self.tr("{symbol} on {venue} ({side})").format(
                       symbol=f.symbol.split(':')[0], venue=f.venue,
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
                                                                      decimals=1), venue=closest.venue))
        return " · ".join(parts)
