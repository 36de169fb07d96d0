"""Table model of positions with their liquidation risk (one row per ``PositionRisk``), like an exchange's screen.

Beside each position's own figures (size, notional, entry, mark, leverage, margin mode, uPnL and ROE, the venue's
ADL rank) it shows our liquidation price and the venue's, the distance to it (in % and in daily volatilities), the
gap verdict, the margin ratio, the symbol's funding rate and next funding time, and the funding the position paid
(from the funding ledger, through ``set_funding``). The columns are declared in ``positions_columns``.

Where the venue liquidates the whole account rather than a position, "account" stands in place of a per-position
liquidation price (the account's liquidating move in the tooltip and the Distance column).

A position whose account's last sync failed (its row is the last good data) is marked: "◷" before the account (and
the venue), the data's age beside the distance, greyed italic text, and a tooltip with the age, the reason and what
fixes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.risk import DEFAULT_GAP_RULE_PCT
from core.stats import daily_volatility
from desktop import format as fmt
from desktop.models import freshness as fr
from desktop.models.positions_columns import (  # noqa: F401 - re-exported: the model's public names
    COLUMN,
    COLUMNS,
    CTX,
    DISTANCE_COLUMN,
    GAP_TITLE,
    MARGIN_MODES,
    NO_ACCOUNT,
    AccountOf,
    Cell,
    Column,
    account_liquidates,
    distance_of,
    roe_pct,
    tooltip_of,
    upnl_usd,
)
from desktop.theme import chart_palette

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # what the filter box matches: venue, account and symbol
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a group row's one line (the view paints it across the table)
HIDDEN = "•••"
FILTERED = frozenset({"venue", "account", "symbol"})
#: The roles a position's cell answers (any other role is None): ``value`` keeps each answer until the rows, the
#: privacy mode, the language or the theme change, so a table's sizing and painting read them once.
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, SORT_ROLE,
                   FILTER_ROLE, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole})
_ROLE_INTS = frozenset(int(r) for r in ROLES)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_MISSING = object()


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PositionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._cells: list[Cell] = []
        self._accounts: dict[str, AccountOf] = {}
        self._markets: dict[tuple[str, str], Any] = {}
        self._funding: Mapping[tuple[str, str], Any] | None = None  # None: no ledger yet ("—")
        self._values: dict[tuple[int, int, int], Any] = {}  # (row, column, role) -> data(), see ``value``
        self._palette: Any = None  # the theme palette the cached colours were chosen from
        self.generation = 0  # counts the times the kept values were dropped (the tree's group rows follow it)
        self.account_order: list[str] = []  # the snapshot's accounts, in its order
        self._privacy = False
        self.gap_rule_pct = DEFAULT_GAP_RULE_PCT  # the rule the rows were judged at (shown in the header)
        self.freshness: Any = None  # core.freshness.Freshness of the rows' snapshot (None: every row is fresh)

    # --- contents ----------------------------------------------------------------------------------------------
    def set_rows(self, rows, gap_rule_pct: float | None = None, account_risks=(), accounts=(),
                 freshness=None, markets: Iterable[Any] = ()) -> None:
        """``rows``: PositionRisks, all judged at one gap rule (``gap_rule_pct`` in %, else theirs).
        ``account_risks`` (AccountRisks) and ``accounts`` (the snapshot's Accounts) name each row's account and
        say whether its venue liquidates the account as a whole. ``freshness`` (core.freshness.Freshness) marks
        the rows whose account's data is not fresh. ``markets`` (the snapshot's MarketStates) give each row its
        funding rate, next funding time and daily volatility."""
        self.beginResetModel()
        self.freshness = freshness
        self._rows = list(rows)
        risks = {a.account_id: a for a in account_risks}
        known = {a.id: a for a in accounts}
        self._accounts = {k: AccountOf(known.get(k), risks.get(k)) for k in {*risks, *known}}
        self.account_order = [a.id for a in accounts] + [k for k in risks if k not in known]
        self._markets = {(m.venue, m.symbol): m for m in markets}
        if gap_rule_pct is not None:
            self.gap_rule_pct = gap_rule_pct
        elif self._rows:
            self.gap_rule_pct = self._rows[0].gap_rule_pct
        self._cells = [self._cell(r) for r in self._rows]
        self._forget()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_funding(self, mapping: Mapping[tuple[str, str], Any] | None) -> None:
        """The funding ledger's ``core.funding.FundingSummary`` per ``(account_id, symbol)``; ``None``: no ledger
        (the column shows "—"). Kept across ``set_rows`` until replaced."""
        self._funding = dict(mapping) if mapping is not None else None
        self._cells = [self._cell(r) for r in self._rows]
        self._forget()
        self.refresh(COLUMN["funding_paid"])

    def _cell(self, r) -> Cell:
        p = r.position
        market = self._markets.get((p.venue, p.symbol))
        funding = self._funding.get((p.account_id, p.symbol)) if self._funding is not None else None
        vol = daily_volatility(market.daily_closes) if market is not None else None
        return Cell(r, self._accounts.get(p.account_id, NO_ACCOUNT), market, funding, vol)

    def refresh(self, column: int | None = None) -> None:
        """Repaint every row (or one column): privacy, theme and language changes."""
        self._forget()
        if self._rows:
            first, last = (0, len(COLUMNS) - 1) if column is None else (column, column)
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    @property
    def privacy(self) -> bool:
        return self._privacy

    @privacy.setter
    def privacy(self, hidden: bool) -> None:
        if bool(hidden) != self._privacy:
            self._privacy = bool(hidden)
            self._forget()

    def set_privacy(self, hidden: bool) -> None:
        self.privacy = bool(hidden)
        self.refresh()

    def retranslate(self) -> None:
        """Headers and texts in the new language (the rows stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh()

    # --- lookups the views use ---------------------------------------------------------------------------------
    def row(self, index: int):
        return self._rows[index]

    def cell(self, index: int) -> Cell:
        return self._cells[index]

    def account_of(self, r) -> AccountOf:
        return self._accounts.get(r.position.account_id, NO_ACCOUNT)

    def account(self, account_id: str) -> AccountOf:
        return self._accounts.get(account_id, NO_ACCOUNT)

    def stale_of(self, r):
        """The row's source (core.freshness.SourceFreshness) when it is not fresh, else None."""
        return self.freshness.position_stale(r.position) if self.freshness is not None else None

    def distance(self, r) -> float:
        """The size of the move that liquidates ``r`` as the Distance column shows it (inf: none)."""
        return distance_of(Cell(r, self.account_of(r)))

    def text(self, text: str) -> str:
        """A title or tooltip in the interface language, with the gap rule filled in."""
        return _tr(CTX, text).replace("{gap}", fmt.threshold_pct(self.gap_rule_pct))

    def _forget(self) -> None:
        """Drop the kept values (new rows, privacy, language, theme)."""
        self._values.clear()
        self.generation += 1

    def row_count(self) -> int:
        return len(self._rows)

    # --- Qt ----------------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.text(COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.text(COLUMNS[section].tooltip)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """``data()`` of the cell at ``row``, ``column`` (kept: a table asks each cell for every role when it sizes
        its columns and again when it paints)."""
        role = int(role)
        if role not in _ROLE_INTS:
            return None
        if role == _FOREGROUND:  # the theme's colours: a theme switch may reach here before the refresh does
            palette = chart_palette()
            if palette is not self._palette:
                self._palette = palette
                self._forget()
        key = (row, column, role)
        value = self._values.get(key, _MISSING)
        if value is _MISSING:
            if not (0 <= row < len(self._rows)) or not (0 <= column < len(COLUMNS)):
                return None
            value = self._values[key] = self._data(row, column, role)
        return value

    def _data(self, row: int, column: int, role: int) -> Any:
        c, col = self._cells[row], COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.privacy and col.amount:
                return HIDDEN
            text = col.text(c)
            stale = self.stale_of(c.risk)
            if stale is not None and col.key in ("venue", "account"):
                return f"{fr.MARK} {text}"
            if stale is not None and col.key == "distance":
                return f"{text} · {fr.mark(stale, self.freshness.now)}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            stale = self.stale_of(c.risk)  # a symbol, an account, a note, a reason: shown literally
            tip = tooltip_of(c, col, self.text)
            return fmt.plain_tooltip(tip if stale is None else fr.with_stale(tip, stale, self.freshness.now))
        if role == Qt.ItemDataRole.FontRole and self.stale_of(c.risk) is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == SORT_ROLE:
            return 0 if self.privacy and col.amount else col.sort(c)
        if role == FILTER_ROLE:
            return col.text(c) if col.key in FILTERED else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(c, col)
            return None if colour is None else QBrush(QColor(colour))
        return None

    def _colour(self, c: Cell, col: Column) -> str | QColor | None:
        """The theme's colours (they work on light and dark): the side, gains and losses, a failed gap rule."""
        palette = chart_palette()
        if col.key in ("distance", "gap") and c.risk.survives_gap is False:
            return palette.danger  # the danger stays red, stale or not
        if col.key == "side":
            return palette.long if c.position.side.value == "long" else palette.short
        if self.stale_of(c.risk) is not None:
            return fr.STALE_COLOUR
        if col.key in ("upnl", "roe") and not (self.privacy and col.amount):
            value = upnl_usd(c.position) if col.key == "upnl" else roe_pct(c.position)
            if value:
                return palette.ok if value > 0 else palette.danger
        return None
