"""The funding and fee ledger: what each position paid or received at each funding time.

Funding payments come from each venue's funding-history endpoint (ccxt ``fetch_funding_history``), are stored
once each (deduplicated by the venue's id), and are summed per position and per day. Amounts are in the
payment's asset (the settle currency) and, where a price is known, in USD. Sign: positive = received,
negative = paid (the venues' convention).

Everything here is pure (payments, snapshot and time in; figures out). The cost of carry of a held position is
what it paid over the last 24 h and 7 d (the ledger) and what it will pay at the next funding time: with the
venues' rule "a positive funding rate: longs pay shorts" (Binance "Introduction to USDⓈ-M Futures Funding Rates",
Bybit "Introduction to Funding Rate", OKX "Funding rate mechanism", Hyperliquid docs "Funding"), one funding
payment is ``funding amount = position value × funding rate``, paid by the longs when the rate is positive, so the
amount a position receives is ``−side × rate × notional`` (side +1 long, −1 short).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, Message, Percent, Usd, message
from core.model import MarketState, PortfolioSnapshot, Position

#: Hours between fundings when the venue does not say (Binance, Bybit and OKX default to 8 h).
DEFAULT_INTERVAL_H = 8.0
#: A venue books a funding payment a little after the funding time: the ledger is read this long after it.
SETTLE_S = 120.0
DAY = timedelta(days=1)
WEEK = timedelta(days=7)
#: What the sign of an amount means, said once wherever amounts are shown.
SIGN_NOTE = QT_TRANSLATE_NOOP("Core", "Funding: + received, − paid. With a positive funding rate longs pay shorts; "
                                      "with a negative rate shorts pay longs.")


@dataclass(frozen=True)
class FundingPayment:
    """One funding payment of one position, as the venue booked it."""

    account_id: str
    symbol: str  # ccxt unified symbol
    time: datetime  # UTC, the funding time
    amount: float  # in ``asset``; + received, − paid
    asset: str  # the settle currency (USDT, USDC, BTC for inverse…)
    amount_usd: float | None = None  # ``amount`` valued at the sync's price (None: no price known)
    rate: float | None = None  # the funding rate applied (fraction), when the venue says
    venue_id: str = ""  # the venue's id of the entry (deduplication); "" when it gives none

    @property
    def key(self) -> str:
        """What makes the payment unique in its account: the venue's id, or (when the venue gives none, or one that
        is not unique: Hyperliquid's zero hash) the symbol and the funding time."""
        if self.venue_id and self.venue_id.strip("0x"):
            return self.venue_id
        return f"{self.symbol}@{int(round(self.time.timestamp() * 1000))}"


@dataclass(frozen=True)
class FundingSummary:
    """One position's funding over the recent past, in USD (+ received, − paid)."""

    account_id: str
    symbol: str
    last_24h_usd: float
    last_7d_usd: float
    total_usd: float  # since the first stored payment
    payments: int
    first_at: datetime | None
    last_at: datetime | None
    unpriced: int = 0  # payments without a USD value (no price of their asset): left out of the USD figures


@dataclass(frozen=True)
class FundingDay:
    """The funding of one UTC day, in USD: what was received and what was paid (≤ 0)."""

    day: date
    received_usd: float
    paid_usd: float
    payments: int

    @property
    def net_usd(self) -> float:
        return self.received_usd + self.paid_usd


PositionKey = tuple[str, str]  # (account id, symbol)


@dataclass(frozen=True)
class FetchState:
    """How far the funding history of one account (and scope: a symbol, or "*" for the whole account) was read."""

    fetched_at: datetime | None  # when it was last read successfully
    covered_until: datetime | None  # everything up to here has been read


def summaries(payments: Iterable[FundingPayment], now: datetime) -> dict[PositionKey, FundingSummary]:
    """One ``FundingSummary`` per (account id, symbol) of ``payments``; the 24 h and 7 d windows end at ``now``."""
    groups: dict[PositionKey, list[FundingPayment]] = defaultdict(list)
    for p in payments:
        groups[(p.account_id, p.symbol)].append(p)
    return {key: summarize(key, rows, now) for key, rows in groups.items()}


def summarize(key: PositionKey, payments: Sequence[FundingPayment], now: datetime) -> FundingSummary:
    """The summary of one position's ``payments`` (payments after ``now`` are not counted)."""
    rows = [p for p in payments if p.time <= now]
    priced = [p for p in rows if p.amount_usd is not None and math.isfinite(p.amount_usd)]

    def since(start: datetime) -> float:
        return sum(p.amount_usd or 0.0 for p in priced if p.time > start)

    times = [p.time for p in rows]
    return FundingSummary(key[0], key[1], last_24h_usd=since(now - DAY), last_7d_usd=since(now - WEEK),
                          total_usd=sum(p.amount_usd or 0.0 for p in priced), payments=len(rows),
                          first_at=min(times, default=None), last_at=max(times, default=None),
                          unpriced=len(rows) - len(priced))


def daily_series(payments: Iterable[FundingPayment], start: date | None = None,
                 end: date | None = None) -> list[FundingDay]:
    """The funding per UTC day, oldest first, every day from ``start`` (default: the first payment's) to ``end``
    (default: the last payment's) included, days without a payment as zeros. USD values only."""
    by_day: dict[date, list[float]] = defaultdict(list)
    for p in payments:
        if p.amount_usd is not None and math.isfinite(p.amount_usd):
            by_day[p.time.astimezone(UTC).date()].append(p.amount_usd)
    if not by_day and (start is None or end is None):
        return []
    first = start or min(by_day)
    last = end or max(by_day)
    out = []
    day = first
    while day <= last:
        values = by_day.get(day, [])
        out.append(FundingDay(day, sum(v for v in values if v > 0), sum(v for v in values if v < 0), len(values)))
        day += timedelta(days=1)
    return out


# --- funding times --------------------------------------------------------------------------------------------
def interval_h_of(market: MarketState | None) -> float:
    value = market.funding_interval_h if market is not None else None
    return float(value) if value and value > 0 else DEFAULT_INTERVAL_H


def last_funding_time(now: datetime, market: MarketState | None) -> datetime:
    """The latest funding time at or before ``now``: counted back from the venue's next funding time by its interval,
    else (no next time known) on the interval's grid from midnight UTC (00, 08, 16 h for 8 h)."""
    step = timedelta(hours=interval_h_of(market))
    nxt = market.next_funding_at if market is not None else None
    if nxt is None:
        midnight = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + step * math.floor((now - midnight) / step)
    if nxt > now:
        return nxt - step * math.ceil((nxt - now) / step)
    return nxt + step * math.floor((now - nxt) / step)


def fetch_due(last_fetch: datetime | None, now: datetime, market: MarketState | None,
              settle_s: float = SETTLE_S) -> bool:
    """Whether the ledger should be read: never read yet, or a funding time has passed (and had ``settle_s`` to be
    booked) since ``last_fetch``. So a sync every 15 minutes reads it once per funding interval."""
    if last_fetch is None:
        return True
    settle = timedelta(seconds=settle_s)
    booked = last_funding_time(now - settle, market) + settle
    return last_fetch < booked <= now


# --- the cost of carry ----------------------------------------------------------------------------------------
def projected_next_usd(position: Position, market: MarketState | None) -> float | None:
    """What ``position`` receives (+) or pays (−) at the next funding, in USD, at the current rate and notional
    (``−side × rate × notional``); None without a rate."""
    if market is None or market.funding_rate is None or not math.isfinite(market.funding_rate):
        return None
    return -position.side.sign * market.funding_rate * position.notional_usd


@dataclass(frozen=True)
class CarryLine:
    """The carry of one held position (USD; + received, − paid)."""

    account_id: str
    account_label: str
    venue: str
    symbol: str
    side: str
    notional_usd: float
    funding_rate: float | None  # per interval, fraction
    interval_h: float
    next_funding_at: datetime | None
    projected_next_usd: float | None  # at the next funding time, at today's rate and size
    summary: FundingSummary | None  # the ledger (None: no payment stored for it)

    @property
    def projected_24h_usd(self) -> float | None:
        return None if self.projected_next_usd is None else self.projected_next_usd * 24.0 / self.interval_h


@dataclass(frozen=True)
class Carry:
    """The cost of carry of every held position: paid over the last 24 h and 7 d, and projected."""

    as_of: datetime
    lines: tuple[CarryLine, ...]

    @property
    def last_24h_usd(self) -> float:
        return sum(x.summary.last_24h_usd for x in self.lines if x.summary is not None)

    @property
    def last_7d_usd(self) -> float:
        return sum(x.summary.last_7d_usd for x in self.lines if x.summary is not None)

    @property
    def projected_24h_usd(self) -> float:
        return sum(x.projected_24h_usd or 0.0 for x in self.lines)

    @property
    def projected_next_usd(self) -> float:
        return sum(x.projected_next_usd or 0.0 for x in self.lines)

    @property
    def has_ledger(self) -> bool:
        return any(x.summary is not None for x in self.lines)


def cost_of_carry(snapshot: PortfolioSnapshot, payments: Iterable[FundingPayment], now: datetime) -> Carry:
    """The carry of every position of ``snapshot`` (one line per account and symbol: a hedged pair shares the
    symbol's funding)."""
    by_key = summaries(payments, now)
    labels = {a.id: a.label for a in snapshot.accounts}
    lines: dict[PositionKey, CarryLine] = {}
    for p in snapshot.positions:
        key = (p.account_id, p.symbol)
        market = snapshot.market(p.venue, p.symbol)
        projected = projected_next_usd(p, market)
        old = lines.get(key)
        if old is not None:  # the other leg of a hedge: notionals (gross) and projections add
            projected = None if projected is None and old.projected_next_usd is None else \
                (projected or 0.0) + (old.projected_next_usd or 0.0)
        lines[key] = CarryLine(
            p.account_id, labels.get(p.account_id, p.account_id), p.venue, p.symbol,
            p.side.value if old is None else "hedge", p.notional_usd + (old.notional_usd if old else 0.0),
            market.funding_rate if market is not None else None, interval_h_of(market),
            market.next_funding_at if market is not None else None, projected, by_key.get(key))
    return Carry(now, tuple(lines.values()))


# --- the terminal and JSON (``undertow check``) ---------------------------------------------------------------
def carry_lines(carry: Carry | None, money: Callable[[float], str] | None = None) -> list[Message]:
    """The cost of carry for the terminal (English via ``str``): first the totals, then one line per position with a
    rate or a stored payment, dearest first. ``money`` formats a USD amount (the display currency); without it the
    amounts stay ``Usd`` parameters. ``undertow check`` prints the first after its "Funding" label, the others
    indented under it."""
    if carry is None or not carry.lines:
        return []

    def amount(value: float) -> Any:
        return money(value) if money is not None else Usd(value)

    if carry.has_ledger:
        first = message(QT_TRANSLATE_NOOP("Core", "last 24 h {day}, last 7 d {week}; next 24 h at today's rates "
                                                  "{projected} (+ received, − paid)"),
                        day=amount(carry.last_24h_usd), week=amount(carry.last_7d_usd),
                        projected=amount(carry.projected_24h_usd))
    else:
        first = message(QT_TRANSLATE_NOOP("Core", "no payment stored yet; next 24 h at today's rates {projected} "
                                                  "(+ received, − paid)"), projected=amount(carry.projected_24h_usd))
    out = [first]
    for line in sorted(carry.lines, key=lambda x: x.projected_24h_usd or 0.0):
        if line.funding_rate is None and line.summary is None:
            continue
        paid = line.summary.last_7d_usd if line.summary is not None else 0.0
        rate = Percent(line.funding_rate, 4, signed=True) if line.funding_rate is not None else "—"
        out.append(message(QT_TRANSLATE_NOOP("Core", "{symbol} {side} on {account}: last 7 d {week}, rate {rate} "
                                                     "per {hours} h"),
                           symbol=line.symbol, side=line.side, account=line.account_label, week=amount(paid),
                           rate=rate, hours=f"{line.interval_h:g}"))
    return out


def carry_record(carry: Carry | None) -> dict[str, Any] | None:
    """The ``funding`` block of ``undertow check --json`` (USD; + received, − paid)."""
    if carry is None:
        return None

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 6)

    return {
        "sign": "+ received, - paid",
        "as_of": carry.as_of.isoformat(),
        "last_24h_usd": rounded(carry.last_24h_usd), "last_7d_usd": rounded(carry.last_7d_usd),
        "projected_next_24h_usd": rounded(carry.projected_24h_usd),
        "positions": [{
            "account_id": x.account_id, "account": x.account_label, "venue": x.venue, "symbol": x.symbol,
            "side": x.side, "notional_usd": rounded(x.notional_usd), "funding_rate": x.funding_rate,
            "interval_h": x.interval_h,
            "next_funding_at": x.next_funding_at.isoformat() if x.next_funding_at is not None else None,
            "projected_next_usd": rounded(x.projected_next_usd),
            "projected_next_24h_usd": rounded(x.projected_24h_usd),
            "last_24h_usd": rounded(x.summary.last_24h_usd) if x.summary else None,
            "last_7d_usd": rounded(x.summary.last_7d_usd) if x.summary else None,
            "total_usd": rounded(x.summary.total_usd) if x.summary else None,
            "payments": x.summary.payments if x.summary else 0,
            "first_at": x.summary.first_at.isoformat() if x.summary and x.summary.first_at else None,
        } for x in carry.lines],
    }


def by_position(payments: Iterable[FundingPayment]) -> Mapping[PositionKey, list[FundingPayment]]:
    """The payments grouped per (account id, symbol), each oldest first."""
    out: dict[PositionKey, list[FundingPayment]] = defaultdict(list)
    for p in sorted(payments, key=lambda x: x.time):
        out[(p.account_id, p.symbol)].append(p)
    return out
