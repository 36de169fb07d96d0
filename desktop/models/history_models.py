"""Table models of a past snapshot: its positions, and its balances and holdings (one row each); the list of
stored snapshots.

``RowTableModel`` is the shared shape (columns declared once with text, sort key, tooltip and whether the
cell is an amount that privacy mode hides); the fragility model reuses it. ``SnapshotListModel`` holds the
stored snapshots newest first; its rows are virtual (a row's text is made when the row is painted) and a sync
inserts or removes rows instead of rebuilding the list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.model import PortfolioSnapshot, Position
from core.money import USD, DisplayCurrency, display_currency
from core.venues import venue_spec
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN = "•••"


class Column(NamedTuple):
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    tooltip: str
    numeric: bool = True
    amount: bool = False  # the user's money: hidden in privacy mode
    usd: Callable[[Any], float | None] | None = None  # an amount in USD: shown in the model's currency


def _num(v: float | None) -> float:
    return float("-inf") if v is None else v


class RowTableModel(QAbstractTableModel):
    """A read-only table of ``rows`` described by ``columns`` (sortable through ``SORT_ROLE``)."""

    columns: Sequence[Column] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._privacy = False
        self.currency: DisplayCurrency = USD  # how the ``usd`` columns are shown

    @property
    def privacy(self) -> bool:
        return self._privacy

    def set_privacy(self, hidden: bool) -> None:
        self._privacy = bool(hidden)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]

    def column_index(self, title: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.title == title)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            # Titles stay English keys (column_index, comparisons); people see their translation.
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", self.columns[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("Columns", self.columns[section].tooltip)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        r, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self._privacy and col.amount:
                return HIDDEN
            return fmt.money(col.usd(r), self.currency) if col.usd is not None else col.text(r)
        if role == SORT_ROLE:
            return 0 if self._privacy and col.amount else col.sort(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(self.cell_tooltip(r, col))  # may name a symbol or a label: shown literally
        return None

    def cell_tooltip(self, row, column: Column) -> str:
        return QCoreApplication.translate("Columns", column.tooltip)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))


# --- positions of a past snapshot ------------------------------------------------------------------------

POSITION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda p: p.account_label,
           lambda p: p.account_label,
           QT_TRANSLATE_NOOP("Columns", "The exchange account holding it"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda p: venue_spec(p.venue).name,
           lambda p: venue_spec(p.venue).name,
           QT_TRANSLATE_NOOP("Columns", "The exchange"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Symbol"), lambda p: p.symbol,
           lambda p: p.symbol,
           QT_TRANSLATE_NOOP("Columns", "The perpetual contract"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Side"), lambda p: QCoreApplication.translate("Side", p.side.value),
           lambda p: p.side.value,
           QT_TRANSLATE_NOOP("Columns", "Long (bet up) or short (bet down)"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Margin"),
           lambda p: QCoreApplication.translate("MarginMode", p.margin_mode.value),
           lambda p: p.margin_mode.value,
           QT_TRANSLATE_NOOP("Columns", "Cross: the whole account backs it. Isolated: only its own margin can be "
                                        "lost"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda p: fmt.contracts(p.contracts),
           lambda p: p.contracts,
           QT_TRANSLATE_NOOP("Columns", "Size in the venue's contracts at that time"), amount=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Entry"), lambda p: fmt.price(p.entry_price),
           lambda p: p.entry_price,
           QT_TRANSLATE_NOOP("Columns", "Average entry price then")),
    Column(QT_TRANSLATE_NOOP("Columns", "Mark"), lambda p: fmt.price(p.mark_price),
           lambda p: p.mark_price,
           QT_TRANSLATE_NOOP("Columns", "Mark price at the snapshot (what liquidations are measured against)")),
    Column(QT_TRANSLATE_NOOP("Columns", "Notional"), lambda p: fmt.usd(p.notional_usd),
           lambda p: p.notional_usd,
           QT_TRANSLATE_NOOP("Columns", "Position value at mark, in the display currency at that snapshot's "
                                        "rates: how much market exposure it carried"), amount=True,
           usd=lambda p: p.notional_usd),
    Column(QT_TRANSLATE_NOOP("Columns", "uPnL"), lambda p: fmt.amount(p.unrealized_pnl, p.settle),
           lambda p: p.unrealized_pnl,
           QT_TRANSLATE_NOOP("Columns", "Unrealised profit or loss then, in the settle currency"), amount=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Leverage"), lambda p: "—" if p.leverage is None else f"{p.leverage:g}x",
           lambda p: _num(p.leverage),
           QT_TRANSLATE_NOOP("Columns", "Leverage set on the venue")),
    Column(QT_TRANSLATE_NOOP("Columns", "Liq. (reported)"), lambda p: fmt.price(p.liquidation_price_reported),
           lambda p: _num(p.liquidation_price_reported),
           QT_TRANSLATE_NOOP("Columns", "Liquidation price the exchange reported at that time "
                                        "(— if it said nothing)")),
)


class SnapshotRowsModel(RowTableModel):
    """A ``RowTableModel`` of one stored snapshot: each cell's answer per role is made once and kept until the rows,
    the privacy mode or the language change (a table asks the same cells again at every paint and column fit, and
    a new snapshot repaints the table on every sync)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int, int], Any] = {}
        self._cells_currency: DisplayCurrency | None = None  # the currency the rows were shown in

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        key = (index.row(), index.column(), int(role))
        try:
            return self._cells[key]
        except KeyError:
            pass
        value = super().data(index, role)
        if index.isValid():
            self._cells[key] = value
        return value

    def set_privacy(self, hidden: bool) -> None:
        self._cells.clear()
        super().set_privacy(hidden)

    def set_rows(self, rows) -> None:
        rows = list(rows)
        if rows and rows == self._rows and self.currency == self._cells_currency:
            self._rows = rows  # the same cells (a snapshot like the last): nothing to show anew
            return
        self._cells.clear()
        self._cells_currency = self.currency
        super().set_rows(rows)

    def retranslate(self) -> None:
        self._cells.clear()
        super().retranslate()


class SnapshotPositionsModel(SnapshotRowsModel):
    """The open positions of one snapshot, as stored (one row per ``Position``)."""

    columns = POSITION_COLUMNS

    def set_snapshot(self, snapshot: PortfolioSnapshot | None, quote_currency: str = "USD") -> None:
        """``quote_currency``: the display currency setting, applied at the snapshot's own rates."""
        self.currency = display_currency(quote_currency, snapshot.prices_usd if snapshot is not None else {})
        labels = {a.id: a.label or a.id for a in snapshot.accounts} if snapshot is not None else {}
        self.set_rows([LabelledPosition(p, labels.get(p.account_id, p.account_id))
                       for p in (snapshot.positions if snapshot is not None else ())])


class LabelledPosition:
    """A stored position with its account's label (what the table shows; the id stays on the position)."""

    __slots__ = ("position", "account_label")

    def __init__(self, position: Position, account_label: str) -> None:
        self.position = position
        self.account_label = account_label

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, LabelledPosition) and self.account_label == other.account_label
                and self.position == other.position)

    __hash__ = None  # type: ignore[assignment]  # compared, never a key

    def __getattr__(self, name: str) -> Any:  # every other field is the position's
        return getattr(self.position, name)


# --- balances and holdings of a past snapshot -----------------------------------------------------------

class BalanceRow(NamedTuple):
    where: str  # account or wallet label
    custody: str  # "exchange", "hardware wallet", ...
    asset: str
    amount: float  # units of asset
    free: float | None  # units of asset (exchange balances only)
    price_usd: float | None
    value_usd: float | None


def balance_rows(snapshot: PortfolioSnapshot) -> list[BalanceRow]:
    """Exchange balances first, then wallet and manual holdings, each valued at the snapshot's prices."""
    labels = {a.id: a.label or a.id for a in snapshot.accounts}
    labels.update({w.id: w.label or w.id for w in snapshot.wallets})
    rows = []
    for b in snapshot.balances:
        price = snapshot.price_usd(b.asset)
        rows.append(BalanceRow(labels.get(b.account_id, b.account_id), "exchange", b.asset, b.total, b.free,
                               price, None if price is None else b.total * price))
    for h in snapshot.holdings:
        price = snapshot.price_usd(h.asset)
        rows.append(BalanceRow(h.label or labels.get(h.source_id, h.source_id),
                               h.custody_class.value.replace("_", " "), h.asset, h.amount, None, price,
                               None if price is None else h.amount * price))
    return rows


BALANCE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Where"), lambda r: r.where,
           lambda r: r.where,
           QT_TRANSLATE_NOOP("Columns", "Exchange account, wallet or manual entry"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Custody"), lambda r: r.custody,
           lambda r: r.custody,
           QT_TRANSLATE_NOOP("Columns", "Who holds the keys: an exchange, your hardware or software wallet, or "
                                        "another custodian"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Asset"), lambda r: r.asset,
           lambda r: r.asset,
           QT_TRANSLATE_NOOP("Columns", "Coin or token"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: fmt.amount(r.amount, r.asset),
           lambda r: r.amount,
           QT_TRANSLATE_NOOP("Columns", "Units held at the snapshot (exchange: wallet total as the venue "
                                        "reports it)"), amount=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Free"), lambda r: fmt.amount(r.free, r.asset),
           lambda r: _num(r.free),
           QT_TRANSLATE_NOOP("Columns", "Not locked as margin or in orders (exchange balances only)"), amount=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Price"), lambda r: fmt.price(r.price_usd),
           lambda r: _num(r.price_usd),
           QT_TRANSLATE_NOOP("Columns", "USD per unit then")),
    Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda r: fmt.usd(r.value_usd),
           lambda r: _num(r.value_usd),
           QT_TRANSLATE_NOOP("Columns", "Amount × price, in the display currency at that snapshot's rates "
                                        "(— when no price was known)"), amount=True, usd=lambda r: r.value_usd),
)


class SnapshotBalancesModel(SnapshotRowsModel):
    """Balances and holdings of one snapshot (one row per ``BalanceRow``)."""

    columns = BALANCE_COLUMNS

    def set_snapshot(self, snapshot: PortfolioSnapshot | None, quote_currency: str = "USD") -> None:
        """``quote_currency``: the display currency setting, applied at the snapshot's own rates."""
        self.currency = display_currency(quote_currency, snapshot.prices_usd if snapshot is not None else {})
        self.set_rows(balance_rows(snapshot) if snapshot is not None else ())


# --- the stored snapshots, newest first -----------------------------------------------------------------

ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Beyond this many separate runs of removed rows, the list is reset rather than edited run by run.
MAX_REMOVAL_RUNS = 64


class SnapshotListModel(QAbstractListModel):
    """Stored snapshots, newest first (one row each, the text made when the row is shown). ``reset`` fills it;
    ``add`` puts newer snapshots on top and ``remove`` takes out the ones retention deleted, as row inserts and
    removals: the view keeps its scroll position and selection, and a sync costs what it changed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []  # newest (largest id) first
        self._times: list[datetime] = []

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(self._ids)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1  # PySide6's QAbstractListModel wants the parent argument

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._times[index.row()]:%Y-%m-%d %H:%M} UTC"
        if role == ID_ROLE:
            return self._ids[index.row()]
        return None

    def snapshot_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, snapshot_id: int | None) -> int | None:
        """The row of ``snapshot_id`` (binary search: ids are in descending order), or None."""
        if snapshot_id is None:
            return None
        row = bisect_left(self._ids, -snapshot_id, key=lambda i: -i)
        return row if row < len(self._ids) and self._ids[row] == snapshot_id else None

    def reset(self, heads: Iterable[Any]) -> None:
        """Every snapshot anew (``heads``: objects with ``id`` and ``taken_at``, in any order)."""
        ordered = sorted(heads, key=lambda h: h.id, reverse=True)
        self.beginResetModel()
        self._ids = [h.id for h in ordered]
        self._times = [h.taken_at for h in ordered]
        self.endResetModel()

    def add(self, heads: Sequence[Any]) -> None:
        """Snapshots newer than every listed one, on top (``heads`` oldest first, as the store lists them)."""
        new = [h for h in sorted(heads, key=lambda h: h.id, reverse=True) if not self._ids or h.id > self._ids[0]]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        self._ids[0:0] = [h.id for h in new]
        self._times[0:0] = [h.taken_at for h in new]
        self.endInsertRows()

    def remove(self, ids: Iterable[int]) -> None:
        """Take out the rows of ``ids`` (each contiguous run at once, bottom up)."""
        gone = ids if isinstance(ids, (set, frozenset)) else set(ids)
        if len(gone) <= MAX_REMOVAL_RUNS:  # a few: found by binary search
            rows = sorted((r for r in (self.row_of(i) for i in gone) if r is not None), reverse=True)
        else:  # many (retention thinned the history): one pass over the list
            rows = [r for r, i in enumerate(self._ids) if i in gone][::-1]
        if not rows:
            return
        runs: list[tuple[int, int]] = []  # (first, last), bottom up
        for r in rows:
            if runs and runs[-1][0] == r + 1:
                runs[-1] = (r, runs[-1][1])
            else:
                runs.append((r, r))
        if len(runs) > MAX_REMOVAL_RUNS:
            keep = [(i, t) for i, t in zip(self._ids, self._times) if i not in gone]
            self.beginResetModel()
            self._ids = [i for i, _ in keep]
            self._times = [t for _, t in keep]
            self.endResetModel()
            return
        for first, last in runs:
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first:last + 1]
            del self._times[first:last + 1]
            self.endRemoveRows()
