"""Table model of positions with their liquidation risk (one row per ``PositionRisk``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.risk import DEFAULT_GAP_RULE_PCT
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(NamedTuple):
    title: str  # English: the key for comparisons; shown through translate()
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    tooltip: str
    numeric: bool = True


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _gap_text(survives: bool | None) -> str:
    if survives is None:
        return "—"
    if survives:
        return QCoreApplication.translate("PositionsModel", "survives")
    return QCoreApplication.translate("PositionsModel", "liquidated")


def _opt(v):
    return float("inf") if v is None else v


CTX = "PositionsModel"  # the translation context of titles and tooltips (QT_TRANSLATE_NOOP needs literals)
GAP_TITLE = QT_TRANSLATE_NOOP("PositionsModel", "{gap} gap")  # {gap}: the gap rule setting, e.g. "20 %"
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Venue"), lambda r: r.position.venue, lambda r: r.position.venue,
           QT_TRANSLATE_NOOP("PositionsModel", "Exchange (ccxt id)"), False),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Account"), lambda r: r.position.account_id,
           lambda r: r.position.account_id, QT_TRANSLATE_NOOP("PositionsModel", "Account"), False),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Symbol"), lambda r: r.position.symbol, lambda r: r.position.symbol,
           QT_TRANSLATE_NOOP("PositionsModel", "Unified ccxt symbol"), False),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Side"), lambda r: _tr("Side", r.position.side.value),
           lambda r: r.position.side.value, QT_TRANSLATE_NOOP("PositionsModel", "Long or short"), False),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Size"), lambda r: fmt.contracts(r.position.contracts),
           lambda r: r.position.contracts, QT_TRANSLATE_NOOP("PositionsModel", "Size in contracts")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Entry"), lambda r: fmt.price(r.position.entry_price),
           lambda r: r.position.entry_price, QT_TRANSLATE_NOOP("PositionsModel", "Average entry price")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Mark"), lambda r: fmt.price(r.position.mark_price),
           lambda r: r.position.mark_price,
           QT_TRANSLATE_NOOP("PositionsModel", "Mark price: liquidation is triggered by the mark, not the last trade")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Liq. price"), lambda r: fmt.price(r.liquidation_price),
           lambda r: _opt(r.liquidation_price),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price computed by the venue's own rules "
                                               "(tier chosen at the liquidation price)")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Reported"),
           lambda r: fmt.price(r.liquidation_price_reported) + (" ⚠" if r.reported_disagrees else ""),
           lambda r: _opt(r.liquidation_price_reported),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price the exchange reports; "
                                               "⚠ = differs from the rules by more than 0.5 %")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Distance"), lambda r: fmt.pct(r.distance_pct),
           lambda r: _opt(r.distance_pct),
           QT_TRANSLATE_NOOP("PositionsModel", "How far the mark must move against you to liquidate "
                                               "this position, in %")),
    Column("σ", lambda r: "—" if r.distance_vols is None else fmt.number(r.distance_vols, 1) + " σ",
           lambda r: _opt(r.distance_vols),
           QT_TRANSLATE_NOOP("PositionsModel", "The same distance in daily volatilities "
                                               "(standard deviation of daily returns)")),
    Column(GAP_TITLE, lambda r: _gap_text(r.survives_gap),
           lambda r: {True: 1, False: 0, None: 2}[r.survives_gap],
           QT_TRANSLATE_NOOP("PositionsModel", "Does the position survive an instant {gap} adverse gap? "
                                               "(the gap rule in Settings: a rule of thumb for leverage)"), False),
]


class PositionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self.privacy = False
        self.gap_rule_pct = DEFAULT_GAP_RULE_PCT  # the rule the rows were judged at (shown in the header)

    def set_rows(self, rows, gap_rule_pct: float | None = None) -> None:
        """``rows``: PositionRisks, all judged at one gap rule (``gap_rule_pct`` in %, else theirs)."""
        self.beginResetModel()
        self._rows = list(rows)
        if gap_rule_pct is not None:
            self.gap_rule_pct = gap_rule_pct
        elif self._rows:
            self.gap_rule_pct = self._rows[0].gap_rule_pct
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _text(self, text: str) -> str:
        """A title or tooltip in the interface language, with the gap rule filled in."""
        return _tr(CTX, text).replace("{gap}", fmt.threshold_pct(self.gap_rule_pct))

    def retranslate(self) -> None:
        """Headers and texts in the new language (the rows stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def row(self, index: int):
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._text(COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._text(COLUMNS[section].tooltip)
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
        if role == Qt.ItemDataRole.ForegroundRole and col.title in ("Distance", GAP_TITLE):
            if r.survives_gap is False:
                return QBrush(QColor("#d9534f"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.title == "Liq. price":
                return f"{r.method}" + (f"\n{r.note}" if r.note else "")
            return self._text(col.tooltip)
        return None
