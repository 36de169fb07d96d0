"""The Positions view's columns: what each shows, sorts by and explains, and their default layout.

A column's ``text`` and ``sort`` take a ``Cell``: the position's risk (``core.risk.PositionRisk``) with what the
model knows around it — its account (the snapshot's ``Account`` and the analysis' ``AccountRisk``), its market
(``MarketState``: funding), its funding ledger summary (``core.funding.FundingSummary``) and its daily volatility.
Titles and tooltips are English keys marked for translation in the "PositionsModel" context; ``key`` is the stable
name the column layout is remembered under (never shown, never translated).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from core.contracts import position_value, settle_to_usd
from core.exchanges.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models.accounts_model import mode_name

CTX = "PositionsModel"  # the translation context of titles and tooltips (QT_TRANSLATE_NOOP needs literals)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AccountOf(NamedTuple):
    """What the row's account says about a position: the snapshot's Account and the analysis' AccountRisk."""

    account: Any = None  # core.model.Account
    risk: Any = None  # core.risk.AccountRisk

    def label(self, account_id: str) -> str:
        """The name the user gave the account (the id only when the snapshot does not know the account)."""
        return self.account.label if self.account is not None and self.account.label else account_id

    @property
    def mode(self) -> str:
        """The account's mode as detected at the sync ("" = not detected)."""
        if self.risk is not None and self.risk.mode:
            return str(self.risk.mode)
        margin = self.account.margin if self.account is not None else None
        return str(margin.mode) if margin is not None and margin.mode else ""


NO_ACCOUNT = AccountOf()


class Cell(NamedTuple):
    """One row as the columns read it."""

    risk: Any  # core.risk.PositionRisk
    account: AccountOf = NO_ACCOUNT
    market: Any = None  # core.model.MarketState of the position's symbol on its venue, or None
    funding: Any = None  # core.funding.FundingSummary, or None (no ledger yet, or no payment stored)
    vol: float | None = None  # daily volatility of the symbol (std of daily log returns), or None

    @property
    def position(self) -> Any:
        return self.risk.position


class Column(NamedTuple):
    key: str  # the name the layout is saved under
    title: str  # English: the key for comparisons; shown through translate()
    text: Callable[[Cell], str]
    sort: Callable[[Cell], Any]
    tooltip: str
    numeric: bool = True
    amount: bool = False  # the user's money: hidden in privacy mode


def _opt(v: float | None) -> float:
    return math.inf if v is None or not math.isfinite(v) else v


# --- figures derived from the position (USD amounts and the venue's ROE) ----------------------------------------

def upnl_usd(p: Any) -> float:
    """Unrealised PnL in USD: the venue's figure (settle currency) valued at the mark for a coin-settled contract."""
    return float(settle_to_usd(p.unrealized_pnl, p.mark_price, p.inverse))


def roe_pct(p: Any) -> float | None:
    """Return on the position's initial margin, in %: unrealised PnL ÷ initial margin, both in the settle currency.
    The initial margin is the venue's own figure where the position carries one (``initial_margin``, ccxt's
    ``initialMargin``: Bybit's is valued at the entry price), else the position value at the mark ÷ leverage, as
    Binance publishes it for its position screen (``ROE% = uPnL / (size × mark × IMR)``, ``IMR = 1 / leverage``)
    and OKX computes its ``uplRatio``. None without either."""
    margin = getattr(p, "initial_margin", None)
    if not margin or margin <= 0:
        if not p.leverage or not p.mark_price or p.leverage <= 0:
            return None
        margin = position_value(p.size, p.mark_price, p.inverse) / p.leverage
    return None if margin <= 0 else p.unrealized_pnl / margin * 100.0


def account_liquidates(c: Cell) -> bool:
    """True when the venue liquidates this position's whole account at once (a cross position of such an account):
    the position has no price of its own, the account's liquidating move stands for it."""
    risk = c.account.risk
    return risk is not None and bool(risk.whole_account) and c.position.margin_mode.value == "cross"


def account_move_pct(a: AccountOf) -> float | None:
    """The account's liquidating move (signed, %), None when there is none within ±90 %."""
    return fmt.liquidating_move_pct(a.risk.min_adverse_move_pct) if a.risk is not None else None


def distance_of(c: Cell) -> float:
    """What the Distance column sorts by: the size of the move that liquidates the position (inf: none)."""
    if account_liquidates(c):
        move = account_move_pct(c.account)
        return math.inf if move is None else abs(move)
    return _opt(c.risk.distance_pct)


# --- texts -------------------------------------------------------------------------------------------------------

def _size_text(c: Cell) -> str:
    """The size in base units, and the venue's contracts beside it where they differ (OKX: 25 ct of 0.1 ETH)."""
    p = c.position
    text = fmt.amount(p.size_base, p.base)
    if p.inverse or not math.isclose(p.contract_size, 1.0):
        text += " · " + translate("PositionsModel", "{n} ct").format(n=fmt.contracts(p.contracts))
    return text


def _liquidation_text(c: Cell) -> str:
    """Our price, or "account" where the venue liquidates the whole account; both when the venue still reports a
    per-position price (ours then sits beside it for the comparison)."""
    r = c.risk
    if not account_liquidates(c):
        return fmt.price(r.liquidation_price)
    word = translate("PositionsModel", "account")
    return word if r.liquidation_price is None else f"{fmt.price(r.liquidation_price)} · {word}"


def _distance_text(c: Cell) -> str:
    if account_liquidates(c):
        move = account_move_pct(c.account)
        return f"> {fmt.threshold_pct(fmt.LIQUIDATING_MOVE_LIMIT_PCT)}" if move is None else fmt.pct(move, signed=True)
    return fmt.pct(c.risk.distance_pct)


def _sigma_text(c: Cell) -> str:
    if c.risk.distance_vols is None or account_liquidates(c):
        return fmt.DASH
    return fmt.number(c.risk.distance_vols, 1) + " σ"


def _gap_text(c: Cell) -> str:
    survives = c.risk.survives_gap
    if survives is None:
        return fmt.DASH
    return translate("PositionsModel", "survives") if survives else translate("PositionsModel", "liquidated")


def _funding_rate_text(c: Cell) -> str:
    m = c.market
    if m is None or m.funding_rate is None:
        return fmt.DASH
    text = fmt.pct(m.funding_rate * 100.0, signed=True, decimals=4)
    if m.funding_interval_h:
        h = m.funding_interval_h
        text += " / " + translate("PositionsModel", "{h} h").format(h=fmt.number(h, 0 if float(h).is_integer() else 1))
    return text


def _next_funding_text(c: Cell) -> str:
    m = c.market
    return fmt.DASH if m is None or m.next_funding_at is None else i18n.date_time(m.next_funding_at)


def _funding_paid_text(c: Cell) -> str:
    s = c.funding
    return fmt.DASH if s is None else f"{fmt.money(s.last_24h_usd)} / {fmt.money(s.total_usd)}"


MARGIN_MODES = (QT_TRANSLATE_NOOP("PositionsModel", "cross"), QT_TRANSLATE_NOOP("PositionsModel", "isolated"))
GAP_TITLE = QT_TRANSLATE_NOOP("PositionsModel", "{gap} gap")  # {gap}: the gap rule setting, e.g. "20 %"

COLUMNS = [
    Column("venue", QT_TRANSLATE_NOOP("PositionsModel", "Venue"), lambda c: venue_spec(c.position.venue).name,
           lambda c: venue_spec(c.position.venue).name, QT_TRANSLATE_NOOP("PositionsModel", "The exchange"), False),
    Column("account", QT_TRANSLATE_NOOP("PositionsModel", "Account"), lambda c: c.account.label(c.position.account_id),
           lambda c: c.account.label(c.position.account_id),
           QT_TRANSLATE_NOOP("PositionsModel", "The exchange account, under the name you gave it"), False),
    Column("symbol", QT_TRANSLATE_NOOP("PositionsModel", "Symbol"), lambda c: c.position.symbol,
           lambda c: c.position.symbol, QT_TRANSLATE_NOOP("PositionsModel", "Unified ccxt symbol"), False),
    Column("side", QT_TRANSLATE_NOOP("PositionsModel", "Side"), lambda c: translate("Side", c.position.side.value),
           lambda c: c.position.side.value, QT_TRANSLATE_NOOP("PositionsModel", "Long or short"), False),
    Column("size", QT_TRANSLATE_NOOP("PositionsModel", "Size"), _size_text, lambda c: c.position.size_base,
           QT_TRANSLATE_NOOP("PositionsModel", "Size in the base asset, with the exchange's contracts where one "
                                               "contract is not one unit"), amount=True),
    Column("entry", QT_TRANSLATE_NOOP("PositionsModel", "Entry"), lambda c: fmt.price(c.position.entry_price),
           lambda c: c.position.entry_price, QT_TRANSLATE_NOOP("PositionsModel", "Average entry price")),
    Column("mark", QT_TRANSLATE_NOOP("PositionsModel", "Mark"), lambda c: fmt.price(c.position.mark_price),
           lambda c: c.position.mark_price,
           QT_TRANSLATE_NOOP("PositionsModel", "Mark price: liquidation is triggered by the mark, not the last trade")),
    Column("liquidation", QT_TRANSLATE_NOOP("PositionsModel", "Liq. price"), _liquidation_text,
           lambda c: _opt(c.risk.liquidation_price),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price computed by the venue's own rules "
                                               "(tier chosen at the liquidation price); \"account\" = the venue "
                                               "liquidates the whole account, not this position alone")),
    Column("reported", QT_TRANSLATE_NOOP("PositionsModel", "Reported"),
           lambda c: fmt.price(c.risk.liquidation_price_reported) + (" ⚠" if c.risk.reported_disagrees else ""),
           lambda c: _opt(c.risk.liquidation_price_reported),
           QT_TRANSLATE_NOOP("PositionsModel", "Liquidation price the exchange reports; "
                                               "⚠ = differs from the rules by more than 0.5 %")),
    Column("distance", QT_TRANSLATE_NOOP("PositionsModel", "Distance"), _distance_text, distance_of,
           QT_TRANSLATE_NOOP("PositionsModel", "How far the mark must move against you to liquidate "
                                               "this position, in %; signed where the venue liquidates the whole "
                                               "account: the account's liquidating move of the market")),
    Column("sigma", "σ", _sigma_text, lambda c: math.inf if account_liquidates(c) else _opt(c.risk.distance_vols),
           QT_TRANSLATE_NOOP("PositionsModel", "The same distance in daily volatilities "
                                               "(standard deviation of daily returns)")),
    Column("gap", GAP_TITLE, _gap_text, lambda c: {True: 1, False: 0, None: 2}[c.risk.survives_gap],
           QT_TRANSLATE_NOOP("PositionsModel", "Does the position survive an instant {gap} adverse gap? "
                                               "(the gap rule in Settings: a rule of thumb for leverage)"), False),
    Column("leverage", QT_TRANSLATE_NOOP("PositionsModel", "Lev."), lambda c: fmt.leverage(c.position.leverage),
           lambda c: _opt(c.position.leverage),
           QT_TRANSLATE_NOOP("PositionsModel", "The leverage set for this position at the exchange")),
    Column("adl", QT_TRANSLATE_NOOP("PositionsModel", "ADL"),
           lambda c: fmt.DASH if c.position.adl_rank is None else str(c.position.adl_rank),
           lambda c: -1 if c.position.adl_rank is None else c.position.adl_rank,
           QT_TRANSLATE_NOOP("PositionsModel", "Auto-deleveraging rank the exchange publishes for this position: "
                                               "the higher, the nearer the front of the queue when a liquidation "
                                               "cannot be filled (the scale is the exchange's: Binance 0–4, "
                                               "Bybit and OKX 1–5). The What-if view simulates when ADL may hit.")),
    Column("margin", QT_TRANSLATE_NOOP("PositionsModel", "Margin"),
           lambda c: translate("PositionsModel", c.position.margin_mode.value), lambda c: c.position.margin_mode.value,
           QT_TRANSLATE_NOOP("PositionsModel", "Cross (the account's balance backs it) or isolated (only its own "
                                               "margin can be lost); the account's mode is in the tip"), False),
    Column("notional", QT_TRANSLATE_NOOP("PositionsModel", "Notional"), lambda c: fmt.money(c.position.notional_usd),
           lambda c: c.position.notional_usd,
           QT_TRANSLATE_NOOP("PositionsModel", "Position value at the mark price, in the display currency"),
           amount=True),
    Column("upnl", QT_TRANSLATE_NOOP("PositionsModel", "uPnL"), lambda c: fmt.money(upnl_usd(c.position)),
           lambda c: upnl_usd(c.position),
           QT_TRANSLATE_NOOP("PositionsModel", "Unrealised profit or loss at the mark, as the exchange reports it, "
                                               "in the display currency"), amount=True),
    Column("roe", QT_TRANSLATE_NOOP("PositionsModel", "ROE"), lambda c: fmt.pct(roe_pct(c.position), signed=True),
           lambda c: _opt(roe_pct(c.position)),
           QT_TRANSLATE_NOOP("PositionsModel", "Return on the position's margin: unrealised PnL ÷ (value at the "
                                               "mark ÷ leverage), as the exchanges show it")),
    Column("ratio", QT_TRANSLATE_NOOP("PositionsModel", "Margin ratio"), lambda c: fmt.ratio_pct(c.risk.margin_ratio),
           lambda c: _opt(c.risk.margin_ratio),
           QT_TRANSLATE_NOOP("PositionsModel", "Maintenance margin ÷ margin balance (100 % = liquidation): the "
                                               "account's for a cross position, the position's own for an "
                                               "isolated one")),
    Column("funding_rate", QT_TRANSLATE_NOOP("PositionsModel", "Funding rate"), _funding_rate_text,
           lambda c: _opt(c.market.funding_rate if c.market is not None else None),
           QT_TRANSLATE_NOOP("PositionsModel", "The current funding rate per funding interval: positive, longs "
                                               "pay shorts; negative, shorts pay longs")),
    Column("next_funding", QT_TRANSLATE_NOOP("PositionsModel", "Next funding"), _next_funding_text,
           lambda c: c.market.next_funding_at.timestamp() if c.market is not None and c.market.next_funding_at
           else math.inf, QT_TRANSLATE_NOOP("PositionsModel", "When the exchange next settles funding "
                                                              "(your local time)")),
    Column("funding_paid", QT_TRANSLATE_NOOP("PositionsModel", "Funding 24 h / total"), _funding_paid_text,
           lambda c: c.funding.total_usd if c.funding is not None else 0.0,
           QT_TRANSLATE_NOOP("PositionsModel", "Funding this position received (+) or paid (−) in the last 24 "
                                               "hours and since the first payment stored, in the display "
                                               "currency"), amount=True),
]
KEYS = [c.key for c in COLUMNS]
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
DISTANCE_COLUMN = COLUMN["distance"]

#: The columns in the order a trader reads them; the ones shown at first (the rest are one right click away).
DEFAULT_ORDER = ("account", "symbol", "side", "size", "notional", "entry", "mark", "leverage", "margin", "upnl",
                 "roe", "liquidation", "reported", "distance", "sigma", "gap", "ratio", "adl", "funding_rate",
                 "next_funding", "funding_paid", "venue")
#: They fit 1280 px wide in English and Japanese, grouped or not; the gap verdict shows as a red distance (and in
#: the summary line) until its own column is chosen.
DEFAULT_VISIBLE = frozenset({"account", "symbol", "side", "size", "notional", "entry", "mark", "leverage",
                             "upnl", "roe", "liquidation", "distance", "sigma"})


def tooltip_of(c: Cell, col: Column, text: Callable[[str], str]) -> str:
    """A cell's tooltip: the column's explanation (``text`` translates it), or what this row adds to it."""
    p, r = c.position, c.risk
    if col.key == "liquidation":
        if account_liquidates(c):
            move = account_move_pct(c.account)
            if move is None:
                return translate("PositionsModel", "The exchange liquidates this account as a whole; no "
                                                   "move within ±90 % does.")
            return translate("PositionsModel", "The exchange liquidates this account as a whole, at a "
                                               "{move} move of the market (see Accounts).").format(
                move=fmt.pct(move, signed=True))
        tip = i18n.text(r.method) + (f"\n{i18n.text(r.note)}" if r.note else "")
        if r.liquidation_price_reported is not None:
            tip += "\n" + translate("PositionsModel", "The exchange reports {price}.").format(
                price=fmt.price(r.liquidation_price_reported)) + (" ⚠" if r.reported_disagrees else "")
        return tip
    if col.key in ("account", "venue"):
        return translate("PositionsModel", "{account} on {venue}").format(
            account=c.account.label(p.account_id), venue=venue_spec(p.venue).name)
    if col.key == "distance":
        tip = translate("PositionsModel", "The exchange liquidates the whole account, so the account's "
                                          "liquidating move stands here (a move of the market, other "
                                          "assets following). {method}").format(method=i18n.text(r.method)) \
            if account_liquidates(c) else text(col.tooltip)
        if r.survives_gap is False:
            tip += "\n" + text(QT_TRANSLATE_NOOP("PositionsModel", "It would not survive an instant {gap} adverse "
                                                                  "gap (the gap rule in Settings)."))
        return tip
    if col.key == "sigma" and c.vol:
        return text(col.tooltip) + "\n" + translate("PositionsModel", "Daily volatility of {symbol}: {vol}").format(
            symbol=p.symbol, vol=fmt.pct(c.vol * 100.0))
    if col.key == "margin" and c.account.mode:
        return text(col.tooltip) + "\n" + translate("PositionsModel", "Account mode: {mode}").format(
            mode=mode_name(c.account.mode))
    if col.key == "size":
        return translate("PositionsModel", "{contracts} contracts × {size} = {base}").format(
            contracts=fmt.contracts(p.contracts), size=fmt.contracts(p.contract_size),
            base=fmt.amount(p.size_base, p.base)) + ("\n" + text(col.tooltip))
    if col.key == "funding_rate" and c.market is not None and c.market.funding_rate:
        pays = (c.market.funding_rate > 0) == (p.side.value == "long")
        return text(col.tooltip) + "\n" + (translate("PositionsModel", "At this rate this position pays.") if pays
                                           else translate("PositionsModel", "At this rate this position receives."))
    if col.key == "funding_paid" and c.funding is None:
        return text(col.tooltip) + "\n" + translate("PositionsModel", "No funding payment stored for this "
                                                                      "position yet.")
    return text(col.tooltip)


# --- the remembered layout: "account,symbol,-venue,…" (visual order; "-" = hidden) -------------------------------

def layout_text(order: Iterable[str], hidden: Iterable[str]) -> str:
    hidden = set(hidden)
    return ",".join(("-" + k) if k in hidden else k for k in order)


def parse_layout(text: str | None) -> tuple[list[str], set[str]]:
    """The visual order of every column and the hidden ones, from a saved layout. Unknown keys (a column since
    removed) are dropped; a column the saved layout does not know (one added since) takes its default place after
    its default predecessor, and its default visibility."""
    saved: list[tuple[str, bool]] = []
    for token in (text or "").split(","):
        token = token.strip()
        key = token.lstrip("-")
        if key in COLUMN and key not in (k for k, _ in saved):
            saved.append((key, token.startswith("-")))
    if not saved:
        return list(DEFAULT_ORDER), set(KEYS) - DEFAULT_VISIBLE
    order = [k for k, _ in saved]
    hidden = {k for k, h in saved if h}
    for i, key in enumerate(DEFAULT_ORDER):
        if key in order:
            continue
        before = next((DEFAULT_ORDER[j] for j in range(i - 1, -1, -1) if DEFAULT_ORDER[j] in order), None)
        order.insert(0 if before is None else order.index(before) + 1, key)
        if key not in DEFAULT_VISIBLE:
            hidden.add(key)
    if len(hidden) >= len(order):  # never nothing at all
        hidden -= DEFAULT_VISIBLE
    return order, hidden
