"""The Custody view's holdings table: one row per wallet or account and asset (where, amount, value, custody class,
purpose, data freshness), with a sort role per column; test-network rows are muted and stale sources greyed.

Part of ``desktop.views.custody_view`` (the model's texts keep their own translation context, "HoldingsModel"; the
custody class names theirs, "Custody").
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from core.model import CustodyClass
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models import freshness as fr
from desktop.views.custody_moves import MUTED

HIDDEN = "•••"
CLASS_NAMES = {CustodyClass.EXCHANGE: QT_TRANSLATE_NOOP("Custody", "Exchange"),
               CustodyClass.HARDWARE_WALLET: QT_TRANSLATE_NOOP("Custody", "Hardware wallet"),
               CustodyClass.SOFTWARE_WALLET: QT_TRANSLATE_NOOP("Custody", "Software wallet"),
               CustodyClass.OTHER_CUSTODIAN: QT_TRANSLATE_NOOP("Custody", "Other custodian")}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def class_name(custody_class: CustodyClass) -> str:
    return QCoreApplication.translate("Custody", CLASS_NAMES[custody_class])


class HoldingsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("HoldingsModel", "Where"), QT_TRANSLATE_NOOP("HoldingsModel", "Asset"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Amount"), QT_TRANSLATE_NOOP("HoldingsModel", "Value ({currency})"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Custody"), QT_TRANSLATE_NOOP("HoldingsModel", "Purpose"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Data"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.status: dict[str, str] = {}
        self.hide_amounts = False
        self.stale: dict = {}  # source id -> core.freshness.SourceFreshness, for sources that are not fresh
        self.now = datetime.now(UTC)

    def set_rows(self, holdings, status: dict[str, str], hide_amounts: bool, stale: dict | None = None,
                 now: datetime | None = None) -> None:
        self.beginResetModel()
        self.rows, self.status, self.hide_amounts = list(holdings), status, hide_amounts
        self.stale, self.now = dict(stale or {}), now or datetime.now(UTC)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HoldingsModel", self.HEADERS[section]).replace(
                "{currency}", fmt.currency_unit())
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        h, col = self.rows[index.row()], index.column()
        if role == SORT_ROLE:
            return [h.label, h.asset, h.amount, h.value_usd or 0.0, h.custody_class.value, h.purpose.value,
                    self.status.get(h.source_id, "")][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        stale = self.stale.get(h.source_id)
        if h.testnet and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED)
        if h.testnet and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Test-network coins have no value: they are left out of net worth and the "
                           "self-custody share.")
        if stale is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(fr.STALE_COLOUR)
        if stale is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if stale is not None and role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(fr.stale_tooltip(stale, self.now))  # a label, a server's reason: literally
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            where = h.label or h.source_id
            if h.testnet:
                where = self.tr("{label} (testnet)").format(label=where)
            return f"{fr.MARK} {where}" if stale is not None else where
        if col == 1:
            return h.asset
        if col == 2:
            return HIDDEN if self.hide_amounts else fmt.amount(h.amount, h.asset)
        if col == 3:
            if h.testnet:
                return self.tr("not counted")
            return HIDDEN if self.hide_amounts else fmt.money(h.value_usd)
        if col == 4:
            return class_name(h.custody_class)
        if col == 5:
            return self.tr("Long-term") if h.purpose.value == "long_term" else self.tr("Collateral")
        return self.status.get(h.source_id, "")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))
