"""The positions as the view shows them: a flat list, or grouped by account (a group row per account with its
label, its venue, its margin ratio and its liquidating move; its positions under it).

``PositionsTree`` wraps the flat ``PositionsModel`` (the one place rows are formatted) and only adds the tree:
a sort/filter proxy on top sorts the groups and, inside each group, the positions (Feather wallet's model + proxy
pattern). The group rows say nothing the analysis did not: the account's figures come from
``core.risk.AccountRisk`` through the Accounts view's wording (``accounts_model``).
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple, overload

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.exchanges.venues import venue_spec
from desktop import format as fmt
from desktop.models import freshness as fr
from desktop.models.accounts_model import AccountRow, mode_name, move_text, short_ratio_name
from desktop.models.positions_columns import COLUMN, COLUMNS, account_move_pct, upnl_usd
from desktop.models.positions_model import FILTER_ROLE, GROUP_ROLE, ROLES, SORT_ROLE, PositionsModel
from desktop.theme import chart_palette

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

ACCOUNT_COLUMN = COLUMN["account"]
#: Columns whose group row sorts by the account's figure (the others sort the groups by the account's name).
GROUP_SUMS = frozenset({"notional", "upnl", "funding_paid"})
#: The roles any row answers (the others are None, asked for every cell by the delegate).
_ROLES = frozenset(int(r) for r in (*ROLES, GROUP_ROLE, Qt.ItemDataRole.AccessibleTextRole))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_NO_INDEX = QModelIndex()
_MISSING = object()


class Group(NamedTuple):
    account_id: str
    rows: list[int]  # rows of the flat model


class PositionsTree(QAbstractItemModel):
    """``source``'s rows flat (``grouped`` False) or under one group row per account. Index ids: 0 for a top-level
    row (a position when flat, a group when grouped), group row + 1 for a position inside a group."""

    def __init__(self, source: PositionsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.grouped = False
        self._groups: list[Group] = []
        self._values: dict[tuple[int, int, int], Any] = {}  # a group row's (group, column, role) -> data()
        self._palette: Any = None  # the theme palette the cached colours were chosen from
        self._generation = -1  # the source's generation the kept values were read at
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_reset)
        source.dataChanged.connect(self._on_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    # --- structure ---------------------------------------------------------------------------------------------
    def set_grouped(self, grouped: bool) -> None:
        if bool(grouped) == self.grouped:
            return
        self.beginResetModel()
        self.grouped = bool(grouped)
        self._build()
        self.endResetModel()

    def _on_reset(self) -> None:
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        by_account: dict[str, list[int]] = {}
        for i in range(self.source.rowCount()):
            by_account.setdefault(self.source.row(i).position.account_id, []).append(i)
        order = [a for a in self.source.account_order if a in by_account]
        order += [a for a in by_account if a not in order]
        self._groups = [Group(a, by_account[a]) for a in order]
        self._values.clear()

    def groups(self) -> list[Group]:
        return list(self._groups)

    def source_row(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        """The flat model's row of a position's index; None for a group row."""
        if not index.isValid():
            return None
        if not self.grouped:
            return index.row()
        gid = index.internalId()
        return None if gid == 0 else self._groups[gid - 1].rows[index.row()]

    def group_of(self, index: QModelIndex | QPersistentModelIndex) -> Group | None:
        """The group of a group row's index; None for a position."""
        if not index.isValid() or not self.grouped or index.internalId() != 0:
            return None
        return self._groups[index.row()]

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        self._values.clear()
        if not self.grouped:
            self.dataChanged.emit(self.index(top_left.row(), top_left.column()),
                                  self.index(bottom_right.row(), bottom_right.column()), roles)
            return
        if not self._groups:
            return
        last = len(COLUMNS) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, last), roles)
        for g, group in enumerate(self._groups):
            parent = self.index(g, 0)
            self.dataChanged.emit(self.index(0, top_left.column(), parent),
                                  self.index(len(group.rows) - 1, bottom_right.column(), parent), roles)

    # --- Qt ----------------------------------------------------------------------------------------------------
    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # hasIndex() without its two calls back into Python (rowCount, columnCount): the proxy asks often
        if not 0 <= column < len(COLUMNS) or row < 0:
            return _NO_INDEX
        if not parent.isValid():
            if row < (len(self._groups) if self.grouped else self.source.row_count()):
                return self.createIndex(row, column, 0)
            return _NO_INDEX
        if self.grouped and parent.internalId() == 0 and parent.column() == 0 \
                and row < len(self._groups[parent.row()].rows):
            return self.createIndex(row, column, parent.row() + 1)
        return _NO_INDEX

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, child: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...
    def parent(self, child=None):
        if child is None:
            return super().parent()
        if not child.isValid() or not self.grouped or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups) if self.grouped else self.source.row_count()
        if self.grouped and parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return self.source.headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if not self.grouped:
            return self.source.value(index.row(), column, role)
        gid = index.internalId()
        if gid:  # a position
            if role == _DISPLAY and column == ACCOUNT_COLUMN:
                return ""  # its group row names the account
            return self.source.value(self._groups[gid - 1].rows[index.row()], column, role)
        if role == _FOREGROUND:  # the theme's colours: a theme switch may reach here before the refresh does
            palette = chart_palette()
            if palette is not self._palette:
                self._palette = palette
                self._values.clear()
        if self._generation != self.source.generation:  # new rows, privacy, language or theme
            self._generation = self.source.generation
            self._values.clear()
        key = (index.row(), column, role)
        value = self._values.get(key, _MISSING)
        if value is _MISSING:
            value = self._values[key] = self._group_data(self._groups[index.row()], column, role)
        return value

    # --- the group row -----------------------------------------------------------------------------------------
    def _group_data(self, group: Group, column: int, role: int):
        if role in (GROUP_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return self.summary(group)
        if role == Qt.ItemDataRole.DisplayRole:  # painted across the row by the view, so it widens no column
            return None
        if role == FILTER_ROLE:
            return f"{self.label(group)} {self.venue_name(group)}"
        if role == SORT_ROLE:
            return self._group_sort(group, COLUMNS[column].key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(self.tooltip(group))  # names the user's label: shown literally
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setItalic(self._stale(group) is not None)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            move = account_move_pct(self.source.account(group.account_id))
            if move is not None and abs(move) <= self.source.gap_rule_pct:
                return QBrush(QColor(chart_palette().danger))  # the account dies within the gap rule
            if self._stale(group) is not None:
                return QBrush(fr.STALE_COLOUR)
        return None

    def _stale(self, group: Group) -> Any:
        f = self.source.freshness
        return f.account_stale(group.account_id) if f is not None else None

    def label(self, group: Group) -> str:
        return self.source.account(group.account_id).label(group.account_id)

    def venue_name(self, group: Group) -> str:
        return venue_spec(self.source.row(group.rows[0]).position.venue).name

    def _account_row(self, group: Group) -> AccountRow | None:
        a = self.source.account(group.account_id)
        return None if a.risk is None else AccountRow(a.risk, a.account)

    def summary(self, group: Group) -> str:
        """One line: the account's label and venue, its mode, how many positions, its margin ratio (the venue's
        own, with the value it liquidates at) and its liquidating move."""
        a = self.source.account(group.account_id)
        label, venue = self.label(group), self.venue_name(group)
        # the venue's name, unless the label says it already ("Binance USD-M (cross)" on Binance USD-M)
        parts = [label if venue.casefold() in label.casefold() else f"{label} — {venue}"]
        if a.mode:
            parts.append(mode_name(a.mode))
        parts.append(translate("PositionsModel", "positions: {n}").format(n=len(group.rows)))
        row = self._account_row(group)
        if row is not None and row.risk.cross:
            ratio, _, at, _ = row.ratio
            if ratio is not None:
                parts.append(translate("PositionsModel", "{ratio_name} {ratio} (liq. at {at})").format(
                    ratio_name=short_ratio_name(row), ratio=fmt.ratio_pct(ratio), at=fmt.ratio_pct(at, 0)))
            parts.append(translate("PositionsModel", "liquidating move {move}").format(move=move_text(row)))
        text = " · ".join(parts)
        stale = self._stale(group)
        return text if stale is None else f"{fr.MARK} {text}  {fr.mark(stale, self.source.freshness.now)}"

    def tooltip(self, group: Group) -> str:
        row = self._account_row(group)
        lines = [self.summary(group)]
        if row is None or not row.risk.cross:
            lines.append(translate("PositionsModel", "Isolated positions only: each has its own liquidation "
                                                     "price."))
        else:
            lines.append(translate("PositionsModel", "Margin ratio: as the exchange defines it for this account's "
                                                     "mode; liquidating move: the smallest move of the market "
                                                     "(other assets following) that liquidates the account's "
                                                     "cross positions. Details in Accounts."))
        stale = self._stale(group)
        text = "\n".join(lines)
        return text if stale is None else str(fr.with_stale(text, stale, self.source.freshness.now))

    def _group_sort(self, group: Group, key: str) -> Any:
        if key == "distance":  # the account's move where it liquidates as one, else its nearest position
            a = self.source.account(group.account_id)
            move = account_move_pct(a)
            if a.risk is not None and a.risk.cross and move is not None:
                return abs(move)
            return min((self.source.distance(self.source.row(r)) for r in group.rows), default=math.inf)
        if key == "ratio":
            row = self._account_row(group)
            ratio = row.ratio[0] if row is not None else None
            return math.inf if ratio is None else ratio
        if key in GROUP_SUMS:
            if self.source.privacy:
                return 0.0
            cells = [self.source.cell(r) for r in group.rows]
            if key == "notional":
                return sum(c.position.notional_usd for c in cells)
            if key == "upnl":
                return sum(upnl_usd(c.position) for c in cells)
            return sum(c.funding.total_usd for c in cells if c.funding is not None)
        return self.label(group).casefold()
