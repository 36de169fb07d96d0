"""The simulator's read-only result tables: prepared cells (text, sort value, tooltip) and a sortable view."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.format import plain_tooltip
from desktop.models.history_models import SORT_ROLE


class ResultsModel(QAbstractTableModel):
    """A read-only table of prepared cells: (text, sort value, tooltip) per cell."""

    def __init__(self, headers: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers  # (title, tooltip)
        self.rows: list[list[tuple[str, object, str]]] = []

    def set_rows(self, rows: list[list[tuple[str, object, str]]],
                 headers: list[tuple[str, str]] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        if headers is not None:
            self.headers = headers
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        text, sort, tip = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return sort
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tip) or None  # may name a symbol or a position: shown literally
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        # Titles are CascadeGrid's English keys; symbols are not in the catalogue and come back unchanged.
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CascadeGrid", self.headers[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:  # a symbol's column says its name: shown literally
            return plain_tooltip(QCoreApplication.translate("CascadeGrid", self.headers[section][1]))
        return None


def results_table(model: ResultsModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the model's order first
    return view, proxy
