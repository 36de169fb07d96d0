"""Positions: every open position with its liquidation price by venue rules and its distance."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import format as fmt
from desktop.models.positions_model import DISTANCE_COLUMN, SORT_ROLE, PositionsModel
from desktop.widgets import FollowAnalysis, plain_labels

if TYPE_CHECKING:
    from core.analysis import Analysis


class PositionsView(QWidget):
    calculator_requested = Signal(object)  # the selected PositionRisk

    title = "Positions"

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = PositionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.calc_button = QPushButton()
        self.calc_button.clicked.connect(self._open_calculator)
        self.summary = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DISTANCE_COLUMN, Qt.SortOrder.AscendingOrder)  # nearest liquidation first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self._open_calculator())

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.calc_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        state.privacy_changed.connect(self.on_privacy)
        self.model.privacy = state.privacy
        plain_labels(self)  # the summary names a symbol and a venue: never markup
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by venue, account or symbol…"))
        self.calc_button.setText(self.tr("Liquidation calculator…"))
        self.calc_button.setToolTip(self.tr("Open the calculator pre-filled with the selected position"))
        self.model.retranslate()
        self._follow.request()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_analysis(self, analysis: Analysis) -> None:
        rows = analysis.positions
        gap_rule_pct = analysis.summary.gap_rule_pct  # the rule the rows were judged at (the setting)
        from desktop.models import freshness as fr

        fresh = fr.assess_state(self.state, analysis.snapshot)
        self.model.set_rows(rows, gap_rule_pct, analysis.accounts, analysis.snapshot.accounts, fresh)
        failing = sum(1 for r in rows if r.survives_gap is False)
        # as the Distance column shows it: a whole-account position's distance is its account's move
        nearest = min(rows, key=self.model.distance, default=None)
        parts = [self.tr("Positions: {n}").format(n=len(rows))]
        if nearest is not None and math.isfinite(self.model.distance(nearest)):
            parts.append(self.tr("nearest liquidation: {symbol} on {venue}, {distance} away").format(
                symbol=nearest.position.symbol, venue=nearest.position.venue,
                distance=fmt.pct(self.model.distance(nearest))))
        if failing:
            parts.append(self.tr("would not survive a {gap} gap: {n}").format(
                gap=fmt.threshold_pct(gap_rule_pct), n=failing))
        stale = [r for r in rows if self.model.stale_of(r) is not None]
        if stale:
            parts.append(self.tr("{mark} {n} from stale data (greyed; hover for the age and the reason)").format(
                mark=fr.MARK, n=len(stale)))
        self.summary.setText(" · ".join(parts))

    def on_privacy(self, hidden: bool) -> None:
        self.model.privacy = hidden
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def _open_calculator(self) -> None:
        self.calculator_requested.emit(self.selected())
