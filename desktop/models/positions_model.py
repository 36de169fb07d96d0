"""Table model of positions with their liquidation risk (one row per ``PositionRisk``)."""

from __future__ import annotations

from typing import Any, Callable, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop import format as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(NamedTuple):
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    tooltip: str
    numeric: bool = True


def _opt(v):
    return float("inf") if v is None else v


COLUMNS = [
    Column("Venue", lambda r: r.position.venue, lambda r: r.position.venue, "Exchange (ccxt id)", False),
    Column("Account", lambda r: r.position.account_id, lambda r: r.position.account_id, "Account", False),
    Column("Symbol", lambda r: r.position.symbol, lambda r: r.position.symbol, "Unified ccxt symbol", False),
    Column("Side", lambda r: r.position.side.value, lambda r: r.position.side.value, "Long or short", False),
    Column("Size", lambda r: fmt.contracts(r.position.contracts), lambda r: r.position.contracts,
           "Size in contracts"),
    Column("Entry", lambda r: fmt.price(r.position.entry_price), lambda r: r.position.entry_price,
           "Average entry price"),
    Column("Mark", lambda r: fmt.price(r.position.mark_price), lambda r: r.position.mark_price,
           "Mark price: liquidation is triggered by the mark, not the last trade"),
    Column("Liq. price", lambda r: fmt.price(r.liquidation_price), lambda r: _opt(r.liquidation_price),
           "Liquidation price computed by the venue's own rules (tier chosen at the liquidation price)"),
    Column("Reported", lambda r: fmt.price(r.liquidation_price_reported) + (" ⚠" if r.reported_disagrees else ""),
           lambda r: _opt(r.liquidation_price_reported),
           "Liquidation price the exchange reports; ⚠ = differs from the rules by more than 0.5 %"),
    Column("Distance", lambda r: fmt.pct(r.distance_pct), lambda r: _opt(r.distance_pct),
           "How far the mark must move against you to liquidate this position, in %"),
    Column("σ", lambda r: "—" if r.distance_vols is None else f"{r.distance_vols:.1f} σ",
           lambda r: _opt(r.distance_vols),
           "The same distance in daily volatilities (standard deviation of daily returns)"),
    Column("10 % gap", lambda r: {True: "survives", False: "liquidated", None: "—"}[r.survives_10pct_gap],
           lambda r: {True: 1, False: 0, None: 2}[r.survives_10pct_gap],
           "Does the position survive an instant 10 % adverse gap? (a rule of thumb for leverage)", False),
]


class PositionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self.privacy = False

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMNS[section].tooltip
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.privacy and col.title == "Size":
                return "•••"
            return col.text(r)
        if role == SORT_ROLE:
            return col.sort(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.title in ("Distance", "10 % gap"):
            if r.survives_10pct_gap is False:
                return QBrush(QColor("#d9534f"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.title == "Liq. price":
                return f"{r.method}" + (f"\n{r.note}" if r.note else "")
            return col.tooltip
        return None
