"""Table model of positions with their liquidation risk (one row per ``PositionRisk``).

Beside each position's own figures it shows what its account says about it: the account's name, its mode as
detected at the sync, and, where the venue liquidates the whole account rather than a position, "account" in place
of a per-position liquidation price (the account's liquidating move in the tooltip).

A position whose account's last sync failed (its row is the last good data) is marked: "◷" before the venue, the
data's age beside the distance, greyed italic text, and a tooltip with the age, the reason and what fixes it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.risk import DEFAULT_GAP_RULE_PCT
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models import freshness as fr
from desktop.models.accounts_model import mode_name

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(NamedTuple):
    title: str  # English: the key for comparisons; shown through translate()
    text: Callable[..., str]  # (row) -> text, or (row, AccountOf) for the ACCOUNT_COLUMNS
    sort: Callable[..., Any]
    tooltip: str
    numeric: bool = True


class AccountOf(NamedTuple):
    """What the row's account says about a position: the snapshot's Account and the analysis' AccountRisk."""

    account: Any = None  # core.model.Account
    risk: Any = None  # core.risk.AccountRisk


NO_ACCOUNT = AccountOf()
MARGIN_MODES = (QT_TRANSLATE_NOOP("PositionsModel", "cross"), QT_TRANSLATE_NOOP("PositionsModel", "isolated"))


def account_liquidates(r, a: AccountOf) -> bool:
    """True when the venue liquidates this position's whole account at once (a cross position of such an account):
    the position has no price of its own, the account's liquidating move stands for it."""
    return a.risk is not None and bool(a.risk.whole_account) and r.position.margin_mode.value == "cross"


def _margin_text(r, a: AccountOf) -> str:
    text = _tr(CTX, r.position.margin_mode.value)
    mode = a.risk.mode if a.risk is not None and a.risk.mode else \
        (a.account.margin.mode if a.account is not None and a.account.margin is not None else "")
    return f"{text} · {mode_name(mode)}" if mode else text


def _adl_text(r) -> str:
    return "—" if r.position.adl_rank is None else str(r.position.adl_rank)


def account_move_pct(a: AccountOf) -> float | None:
    """The account's liquidating move (signed, %), None when there is none within ±90 %."""
    return fmt.liquidating_move_pct(a.risk.min_adverse_move_pct) if a.risk is not None else None


def _distance_text(r, a: AccountOf) -> str:
    if account_liquidates(r, a):
        move = account_move_pct(a)
        return f"> {fmt.threshold_pct(fmt.LIQUIDATING_MOVE_LIMIT_PCT)}" if move is None else fmt.pct(move, signed=True)
    return fmt.pct(r.distance_pct)


def _liquidation_text(r, a: AccountOf) -> str:
    """Our price, or "account" where the venue liquidates the whole account; both when the venue still reports a
    per-position price (ours then sits beside it for the comparison)."""
    if not account_liquidates(r, a):
        return fmt.price(r.liquidation_price)
    word = translate("PositionsModel", "account")
    return word if r.liquidation_price is None else f"{fmt.price(r.liquidation_price)} · {word}"


def _distance_sort(r, a: AccountOf) -> float:
    """What the Distance column sorts by: the size of the move that liquidates the position (inf: none)."""
    if account_liquidates(r, a):
        move = account_move_pct(a)
        return math.inf if move is None else abs(move)
    return _opt(r.distance_pct)


#: Columns whose text depends on the row's account (their ``text``/``sort`` take ``(row, AccountOf)``).
ACCOUNT_COLUMNS = {QT_TRANSLATE_NOOP("PositionsModel", "Account"), QT_TRANSLATE_NOOP("PositionsModel", "Margin"),
                   QT_TRANSLATE_NOOP("PositionsModel", "Liq. price"), QT_TRANSLATE_NOOP("PositionsModel", "Distance"),
                   "σ"}


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
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Account"),
           lambda r, a: a.account.label if a.account is not None else r.position.account_id,
           lambda r, a: a.account.label if a.account is not None else r.position.account_id,
           QT_TRANSLATE_NOOP("PositionsModel", "Account"), False),
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
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Liq. price"),
           _liquidation_text,
           lambda r, a: _opt(r.liquidation_price),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price computed by the venue's own rules "
                                               "(tier chosen at the liquidation price); \"account\" = the venue "
                                               "liquidates the whole account, not this position alone")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Reported"),
           lambda r: fmt.price(r.liquidation_price_reported) + (" ⚠" if r.reported_disagrees else ""),
           lambda r: _opt(r.liquidation_price_reported),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price the exchange reports; "
                                               "⚠ = differs from the rules by more than 0.5 %")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Distance"), lambda r, a: _distance_text(r, a),
           lambda r, a: _distance_sort(r, a),
           QT_TRANSLATE_NOOP("PositionsModel", "How far the mark must move against you to liquidate "
                                               "this position, in %; signed where the venue liquidates the whole "
                                               "account: the account's liquidating move of the market")),
    Column("σ", lambda r, a: "—" if r.distance_vols is None or account_liquidates(r, a)
           else fmt.number(r.distance_vols, 1) + " σ",
           lambda r, a: math.inf if account_liquidates(r, a) else _opt(r.distance_vols),
           QT_TRANSLATE_NOOP("PositionsModel", "The same distance in daily volatilities "
                                               "(standard deviation of daily returns)")),
    Column(GAP_TITLE, lambda r: _gap_text(r.survives_gap),
           lambda r: {True: 1, False: 0, None: 2}[r.survives_gap],
           QT_TRANSLATE_NOOP("PositionsModel", "Does the position survive an instant {gap} adverse gap? "
                                               "(the gap rule in Settings: a rule of thumb for leverage)"), False),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Lev."), lambda r: fmt.leverage(r.position.leverage),
           lambda r: _opt(r.position.leverage),
           QT_TRANSLATE_NOOP("PositionsModel", "The leverage set for this position at the exchange")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "ADL"), _adl_text, lambda r: -1 if r.position.adl_rank is None
           else r.position.adl_rank,
           QT_TRANSLATE_NOOP("PositionsModel", "Auto-deleveraging rank the exchange publishes for this position: "
                                               "the higher, the nearer the front of the queue when a liquidation "
                                               "cannot be filled (the scale is the exchange's: Binance 0–4, "
                                               "Bybit and OKX 1–5). The What-if view simulates when ADL may hit.")),
    Column(QT_TRANSLATE_NOOP("PositionsModel", "Margin"), _margin_text,
           lambda r, a: _margin_text(r, a),
           QT_TRANSLATE_NOOP("PositionsModel", "Cross or isolated margin, and the account's mode as the exchange "
                                               "reported it at the last sync"), False),
]
DISTANCE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == "Distance")


class PositionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._accounts: dict[str, AccountOf] = {}
        self.privacy = False
        self.gap_rule_pct = DEFAULT_GAP_RULE_PCT  # the rule the rows were judged at (shown in the header)
        self.freshness: Any = None  # core.freshness.Freshness of the rows' snapshot (None: every row is fresh)

    def set_rows(self, rows, gap_rule_pct: float | None = None, account_risks=(), accounts=(),
                 freshness=None) -> None:
        """``rows``: PositionRisks, all judged at one gap rule (``gap_rule_pct`` in %, else theirs).
        ``account_risks`` (AccountRisks) and ``accounts`` (the snapshot's Accounts) name each row's account and
        say whether its venue liquidates the account as a whole. ``freshness`` (core.freshness.Freshness) marks
        the rows whose account's data is not fresh."""
        self.beginResetModel()
        self.freshness = freshness
        self._rows = list(rows)
        risks = {a.account_id: a for a in account_risks}
        known = {a.id: a for a in accounts}
        self._accounts = {k: AccountOf(known.get(k), risks.get(k)) for k in {*risks, *known}}
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
            text = col.text(r, self.account_of(r)) if col.title in ACCOUNT_COLUMNS else col.text(r)
            stale = self.stale_of(r)
            if stale is not None and col.title == "Venue":
                return f"{fr.MARK} {text}"
            if stale is not None and col.title == "Distance":
                return f"{text} · {fr.mark(stale, self.freshness.now)}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            stale = self.stale_of(r)  # a symbol, an account, a note, a reason: shown literally
            return fmt.plain_tooltip(self._tooltip(r, col) if stale is None else
                                     fr.with_stale(self._tooltip(r, col), stale, self.freshness.now))
        if role == Qt.ItemDataRole.FontRole and self.stale_of(r) is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return self._data(r, col, role)

    def stale_of(self, r):
        """The row's source (core.freshness.SourceFreshness) when it is not fresh, else None."""
        return self.freshness.position_stale(r.position) if self.freshness is not None else None

    def _data(self, r, col: Column, role: int):
        if role == SORT_ROLE:
            return col.sort(r, self.account_of(r)) if col.title in ACCOUNT_COLUMNS else col.sort(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col.title in ("Distance", GAP_TITLE) and r.survives_gap is False:
                return QBrush(QColor("#d9534f"))  # the danger stays red, stale or not
            if self.stale_of(r) is not None:
                return QBrush(fr.STALE_COLOUR)
        return None

    def _tooltip(self, r, col: Column) -> str:
        if col.title == "Liq. price":
            a = self.account_of(r)
            if account_liquidates(r, a):
                move = fmt.liquidating_move_pct(a.risk.min_adverse_move_pct)
                if move is None:
                    return translate("PositionsModel", "The exchange liquidates this account as a whole; no "
                                                       "move within ±90 % does.")
                return translate("PositionsModel", "The exchange liquidates this account as a whole, at a "
                                                   "{move} move of the market (see Accounts).").format(
                    move=fmt.pct(move, signed=True))
            return f"{r.method}" + (f"\n{r.note}" if r.note else "")
        if col.title == "Account":
            return r.position.account_id
        if col.title == "Distance" and account_liquidates(r, self.account_of(r)):
            return translate("PositionsModel", "The exchange liquidates the whole account, so the account's "
                                               "liquidating move stands here (a move of the market, other "
                                               "assets following). {method}").format(method=r.method)
        return self._text(col.tooltip)

    def account_of(self, r) -> AccountOf:
        return self._accounts.get(r.position.account_id, NO_ACCOUNT)

    def distance(self, r) -> float:
        """The size of the move that liquidates ``r`` as the Distance column shows it (inf: none)."""
        return _distance_sort(r, self.account_of(r))
