"""Table model of exchange accounts with their risk by the venue's rules (one row per ``AccountRisk``).

Each row shows the account's mode as detected at the sync, its equity before and after the venue's collateral
haircuts, its maintenance margin, the ratio the venue liquidates on (ours, computed in the venue's own definition,
beside the figure the venue reports), the smallest move that liquidates it, and where its haircut table came from.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from core.exchanges.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models import freshness as fr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CTX = "AccountRiskModel"
WARNING_COLOUR = QColor("#d9534f")
HIDDEN = "•••"

#: core.model.ACCOUNT_MODES in the interface language (tests check both stay in step).
MODE_NAMES = {
    "single_asset": QT_TRANSLATE_NOOP("AccountRiskModel", "Single-asset"),
    "multi_assets": QT_TRANSLATE_NOOP("AccountRiskModel", "Multi-Assets"),
    "portfolio_margin": QT_TRANSLATE_NOOP("AccountRiskModel", "Portfolio Margin"),
    "classic": QT_TRANSLATE_NOOP("AccountRiskModel", "Classic"),
    "unified_isolated": QT_TRANSLATE_NOOP("AccountRiskModel", "Unified, isolated"),
    "unified_cross": QT_TRANSLATE_NOOP("AccountRiskModel", "Unified, cross"),
    "spot": QT_TRANSLATE_NOOP("AccountRiskModel", "Spot"),
    "futures": QT_TRANSLATE_NOOP("AccountRiskModel", "Futures (single-currency)"),
    "multi_currency": QT_TRANSLATE_NOOP("AccountRiskModel", "Multi-currency"),
    "standard": QT_TRANSLATE_NOOP("AccountRiskModel", "Standard"),
    "unified_account": QT_TRANSLATE_NOOP("AccountRiskModel", "Unified account"),
}
POSITION_MODES = {"one_way": QT_TRANSLATE_NOOP("AccountRiskModel", "one-way"),
                  "hedge": QT_TRANSLATE_NOOP("AccountRiskModel", "hedge")}
FALLBACK_RATIO = QT_TRANSLATE_NOOP("AccountRiskModel", "MM ÷ equity")  # fmt.FALLBACK_RATIO_NAME


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this context, in the interface language."""
    return QCoreApplication.translate(CTX, text)


def mode_name(mode: str) -> str:
    """An account mode key (``AccountMargin.mode``) in the interface language; "—" when not detected."""
    return _tr(MODE_NAMES[mode]) if mode in MODE_NAMES else (mode or fmt.DASH)


class AccountRow(NamedTuple):
    risk: Any  # core.risk.AccountRisk
    account: Any  # core.model.Account, or None

    @property
    def label(self) -> str:
        return self.account.label if self.account is not None else self.risk.account_id

    @property
    def margin(self) -> Any:
        return self.account.margin if self.account is not None else None

    @property
    def mode(self) -> str:
        return self.risk.mode or (self.margin.mode if self.margin is not None else "")

    @property
    def ratio(self) -> tuple[float | None, str, float | None, bool]:
        return fmt.account_ratio(self.risk)

    @property
    def move_pct(self) -> float | None:
        return fmt.liquidating_move_pct(self.risk.min_adverse_move_pct)


def ratio_name(row: AccountRow) -> str:
    """The ratio's name in full, e.g. "mgnRatio (adjusted equity ÷ (maintenance + liquidation fee))"."""
    _, name, _, fallback = row.ratio
    if not row.risk.cross and not name:
        return translate("AccountRiskModel", "per position")
    return _tr(FALLBACK_RATIO) if fallback and name else (name or fmt.DASH)


def short_ratio_name(row: AccountRow) -> str:
    """The name without its explanation in brackets ("mgnRatio"), for the table cell; the tooltip has it whole."""
    return ratio_name(row).split(" (")[0]


def move_text(row: AccountRow) -> str:
    """The account's liquidating move, marked when the venue liquidates the whole account at once."""
    if row.move_pct is None:
        if not row.risk.cross:
            return fmt.DASH  # isolated positions only: each has its own price
        move = translate("AccountRiskModel", "none within ±90 %")
    else:
        move = fmt.pct(row.move_pct, signed=True)
        driver = getattr(row.risk, "driver", "")
        if driver:
            move = f"{move} ({driver})"
    if row.risk.whole_account:
        return translate("AccountRiskModel", "{move} · whole account").format(move=move)
    return move


def haircut_text(row: AccountRow) -> str:
    """Where the account's haircut table came from, and its date ("—" when none was read)."""
    margin = row.margin
    if margin is None or not margin.collateral:
        return fmt.DASH
    when = i18n.date(margin.collateral_as_of) if margin.collateral_as_of is not None \
        else translate("AccountRiskModel", "undated")
    source = margin.collateral_source or translate("AccountRiskModel", "source not recorded")
    return f"{source} · {when}"


def _band(tier) -> str:
    rate = fmt.threshold_pct(tier.rate * 100)
    if tier.floor == 0 and math.isinf(tier.cap):
        return rate
    cap = "∞" if math.isinf(tier.cap) else fmt.number(tier.cap, 0)
    return f"{rate} ({fmt.number(tier.floor, 0)}–{cap})"


def haircut_tooltip(row: AccountRow) -> str:
    margin = row.margin
    if margin is None or not margin.collateral:
        return translate("AccountRiskModel", "No collateral haircut table was read for this account: its "
                                             "collateral counts at full value.")
    rules = ", ".join(f"{r.asset} " + "; ".join(_band(t) for t in r.tiers) for r in margin.collateral)
    return translate("AccountRiskModel", "{account}: collateral valued at {rules}\nSource: {source}").format(
        account=row.label, rules=rules, source=haircut_text(row))


def disagreement_text(row: AccountRow) -> str:
    """Both numbers and what may explain the gap (empty when the venue's figure agrees or is missing)."""
    risk = row.risk
    if not risk.reported_disagrees:
        return ""
    ours, _, _, _ = row.ratio
    text = translate("AccountRiskModel", "{ratio}: ours {ours}, the exchange reports {reported} "
                                         "(more than 0.5 % apart).").format(
        ratio=ratio_name(row), ours=fmt.ratio_pct(ours), reported=fmt.ratio_pct(risk.venue_ratio_reported))
    return text + (" " + i18n.text(risk.disagreement) if risk.disagreement else "")


def _opt(v: float | None) -> float:
    return math.inf if v is None else v


class Column(NamedTuple):
    title: str  # English: the key for comparisons; shown through translate()
    text: Callable[[AccountRow], str]
    sort: Callable[[AccountRow], Any]
    tooltip: str
    numeric: bool = True
    amount: bool = False  # hidden in privacy mode


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Account"), lambda r: r.label, lambda r: r.label,
           QT_TRANSLATE_NOOP("AccountRiskModel", "The account, under the name you gave it"), False),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Exchange"), lambda r: venue_spec(r.risk.venue).name,
           lambda r: r.risk.venue, QT_TRANSLATE_NOOP("AccountRiskModel", "Exchange"), False),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Mode"), lambda r: mode_name(r.mode), lambda r: r.mode,
           QT_TRANSLATE_NOOP("AccountRiskModel", "The account's margin mode as the exchange reported it at the "
                                                 "last sync (— = not detected: classic rules are used)"), False),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Equity"), lambda r: fmt.money(r.risk.equity_usd),
           lambda r: r.risk.equity_usd,
           QT_TRANSLATE_NOOP("AccountRiskModel", "Wallet balance plus unrealised PnL, at market value"),
           amount=True),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "After haircuts"),
           lambda r: fmt.money(r.risk.collateral_value_usd), lambda r: _opt(r.risk.collateral_value_usd),
           QT_TRANSLATE_NOOP("AccountRiskModel", "Equity with each collateral asset valued at the exchange's "
                                                 "collateral rate (its haircut or discount)"), amount=True),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Maint. margin"),
           lambda r: fmt.money(r.risk.maintenance_margin_usd), lambda r: r.risk.maintenance_margin_usd,
           QT_TRANSLATE_NOOP("AccountRiskModel", "Maintenance margin of the account's positions, "
                                                 "by the exchange's rules"), amount=True),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Ratio"), short_ratio_name, ratio_name,
           QT_TRANSLATE_NOOP("AccountRiskModel", "The account ratio the exchange liquidates on, in its own "
                                                 "definition"), False),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Ours"), lambda r: fmt.ratio_pct(r.ratio[0]),
           lambda r: _opt(r.ratio[0]),
           QT_TRANSLATE_NOOP("AccountRiskModel", "The ratio as Undertow computes it from the positions, balances "
                                                 "and the exchange's rules")),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Reported"), lambda r: fmt.ratio_pct(r.risk.venue_ratio_reported),
           lambda r: _opt(r.risk.venue_ratio_reported),
           QT_TRANSLATE_NOOP("AccountRiskModel", "The same ratio as the exchange reports it (— = it reports "
                                                 "none); a warning sign marks a gap over 0.5 %")),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Liq. at"), lambda r: fmt.ratio_pct(r.ratio[2]),
           lambda r: _opt(r.ratio[2]),
           QT_TRANSLATE_NOOP("AccountRiskModel", "The value of the ratio at which the exchange liquidates")),
    Column(QT_TRANSLATE_NOOP("AccountRiskModel", "Liq. move"), move_text, lambda r: _opt(
        None if r.move_pct is None else abs(r.move_pct)),
           QT_TRANSLATE_NOOP("AccountRiskModel", "The smallest move of the market (other assets following "
                                                 "their betas, collateral revalued) that liquidates the account, "
                                                 "in % of the asset in brackets; none is reported beyond ±90 %. "
                                                 "\"Whole account\": the "
                                                 "exchange then liquidates every position of the account at once, "
                                                 "not one position at a time")),
]
REPORTED_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == "Reported")


def rows_of(analysis) -> list[AccountRow]:
    """The analysis' account risks with their snapshot accounts, in the snapshot's order."""
    accounts = {a.id: a for a in analysis.snapshot.accounts}
    order = {a.id: i for i, a in enumerate(analysis.snapshot.accounts)}
    risks = sorted(analysis.accounts, key=lambda r: order.get(r.account_id, len(order)))
    return [AccountRow(r, accounts.get(r.account_id)) for r in risks]


class AccountRiskModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self.privacy = False
        self.freshness: Any = None  # core.freshness.Freshness of the rows' snapshot (None: every row is fresh)

    def set_rows(self, rows: Iterable[AccountRow], freshness: Any = None) -> None:
        """``freshness`` (core.freshness.Freshness) marks the accounts whose last sync failed: "◷" and the data's
        age beside the name, greyed italic text, and the age, the reason and the fix in every tooltip."""
        self.beginResetModel()
        self._rows = list(rows)
        self.freshness = freshness
        self.endResetModel()

    def stale_of(self, row: AccountRow) -> Any:
        """The row's source (core.freshness.SourceFreshness) when it is not fresh, else None."""
        return self.freshness.account_stale(row.risk.account_id) if self.freshness is not None else None

    def row(self, index: int) -> AccountRow:
        return self._rows[index]

    def rows(self) -> list[AccountRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(COLUMNS[section].tooltip)
        return None

    def _tooltip(self, row: AccountRow, col: Column) -> str:
        risk = row.risk
        if col.title == "Account":
            return risk.account_id + (f"\n{i18n.text(risk.note)}" if risk.note else "")
        if col.title == "Mode" and row.margin is not None and row.margin.position_mode in POSITION_MODES:
            return translate("AccountRiskModel", "Position mode: {mode}").format(
                mode=_tr(POSITION_MODES[row.margin.position_mode]))
        if col.title in ("Ratio", "Ours", "Liq. at"):
            _, _, at, fallback = row.ratio
            if fallback:
                return translate("AccountRiskModel", "The exchange's own ratio could not be computed for this "
                                                     "account: shown is maintenance margin ÷ equity, which "
                                                     "liquidates at 100 %.")
            return translate("AccountRiskModel", "{ratio}: the exchange liquidates at {at}").format(
                ratio=ratio_name(row), at=fmt.ratio_pct(at))
        if col.title == "Reported":
            if risk.reported_disagrees:
                return disagreement_text(row)
            if risk.venue_ratio_reported is None:
                return translate("AccountRiskModel", "The exchange reported no account ratio at the last "
                                                     "sync.")
        if col.title == "Liq. move" and risk.whole_account and row.move_pct is not None:
            return translate("AccountRiskModel", "At a {move} move the exchange liquidates the whole account, "
                                                 "every position at once.").format(
                move=fmt.pct(row.move_pct, signed=True))
        if col.title in ("After haircuts", "Mode") and row.margin is not None and row.margin.collateral:
            return haircut_tooltip(row)
        return _tr(col.tooltip)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], COLUMNS[index.column()]
        stale = self.stale_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if self.privacy and col.amount:
                return HIDDEN
            if stale is not None and col.title == "Account":
                return f"{col.text(row)}  {fr.mark(stale, self.freshness.now)}"
            return col.text(row)
        if stale is not None and role == Qt.ItemDataRole.ToolTipRole:  # names, notes, reasons: shown literally
            return fmt.plain_tooltip(fr.with_stale(self._tooltip(row, col), stale, self.freshness.now))
        if stale is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if stale is not None and role == Qt.ItemDataRole.ForegroundRole and not (
                index.column() == REPORTED_COLUMN and row.risk.reported_disagrees):
            return QBrush(fr.STALE_COLOUR)
        if role == SORT_ROLE:
            return col.sort(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(self._tooltip(row, col))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == REPORTED_COLUMN \
                and row.risk.reported_disagrees:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == REPORTED_COLUMN \
                and row.risk.reported_disagrees:
            return QBrush(WARNING_COLOUR)
        return None
