"""The funding ledger read from each venue (ccxt ``fetch_funding_history``) after a sync, and stored.

What each venue answers (ccxt 4.5.90, read in its source):

* Binance USD-M: ``GET /fapi/v1/income`` with ``incomeType=FUNDING_FEE`` (``symbol``, ``startTime``, ``endTime``,
  ``limit`` ≤ 1000); ``income`` is signed + received / − paid; id ``tranId``.
* Bybit: ``GET /v5/execution/list`` with ``execType=Funding`` and the market's ``category`` (``symbol``,
  ``startTime``, ``endTime`` at most 7 days apart); ccxt's amount is ``execFee``, a fee: + paid, − received
  (ccxt issue #26404; the documented "fees are positive and rebates are negative"), so its sign is turned; ccxt
  asks for ``size`` where Bybit reads ``limit``, so a page holds Bybit's default 50; id ``execId``.
* OKX: ``GET /api/v5/account/bills-archive`` with ``type=8`` (funding fee); ccxt sends neither the time window nor
  the instrument, so ``instId``, ``begin`` and ``end`` go as raw parameters; ``balChg`` is signed + received
  (subType 174 "funding fee income") / − paid (173 "expense"); 100 per page; id ``billId``.
* Hyperliquid: ``POST /info`` ``{"type": "userFunding", "user", "startTime", "endTime"}``: every coin of the
  account at once (at most 500 entries per answer); ``delta.usdc`` is signed + received / − paid; the entry's
  ``hash`` is all zeros, so a payment is known by its coin and time (``FundingPayment.key``).

A read happens for an account that synced fresh and holds perpetual swaps, per held symbol (account-wide where the
venue answers for the whole account), and only when a funding time has passed since the last read
(``core.funding.fetch_due``), so the usual 15-minute syncs send nothing extra. It starts where the last one ended
(``funding_fetches.covered_until`` less an hour of overlap; without one, after the newest stored payment; at most
``FIRST_READ_DAYS`` back) and walks the window in the venue's longest range; a full page is split in two. Payments
are stored once (``core.store.funding_repo``). A read that fails leaves the stored ledger as it was and becomes one
"synced with gaps" note on the account's status; it never fails the sync. The client, its pace (``Retry-After``
gate), retries and credentials are the ones the account's sync used (``ccxt_source._client_for``).
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from core.exchanges.ccxt_source import ExchangeAccountSource, _client_for
from core.exchanges.errors import retry_category, to_source_error
from core.exchanges.probes import call_params
from core.exchanges.venues import gate_of, venue_spec
from core.funding import FetchState, FundingPayment, fetch_due
from core.messages import QT_TRANSLATE_NOOP, Number, joined, message
from core.model import PortfolioSnapshot, SourceState, SourceStatus
from core.retry import call_with_retries, source_budget

log = logging.getLogger(__name__)

#: How far back the first read of an account goes.
FIRST_READ_DAYS = 30
#: A new read starts this much before the last one ended (a payment booked late is still found; stored once).
OVERLAP = timedelta(hours=1)
#: The most requests one account's read may send in one sync (the rest continues at the next due read).
MAX_REQUESTS = 24
#: The most the whole ledger read may take after a sync, in seconds.
BUDGET_S = 20.0
WHAT = "funding history"
#: A funding amount beyond this (in any settle currency) is implausible data, not a payment.
MAX_AMOUNT = 1e12


@dataclass(frozen=True)
class FundingRules:
    """How one venue's funding history is read (see the module docstring for the sources).

    The lead moves these into the venue specs (``core.venues``: a ``funding`` field of ``Venue``).
    """

    paid_positive: bool = False  # ccxt's amount is a fee (+ paid): turn the sign (+ received everywhere here)
    account_wide: bool = False  # the endpoint answers for every symbol of the account at once
    window_h: float | None = None  # the longest time range one request may ask for
    page_limit: int = 100  # entries one answer holds at most
    time_params: tuple[str, str] | None = None  # raw (since, until) parameters where ccxt sends no window
    symbol_param: str | None = None  # raw parameter taking the market id where ccxt does not filter by symbol


VENUE_RULES: Mapping[str, FundingRules] = {
    "binanceusdm": FundingRules(page_limit=1000),
    "bybit": FundingRules(paid_positive=True, window_h=7 * 24.0, page_limit=50),
    "okx": FundingRules(page_limit=100, time_params=("begin", "end"), symbol_param="instId"),
    "hyperliquid": FundingRules(account_wide=True, page_limit=500),
}
ACCOUNT_WIDE = "*"  # the scope of a venue whose ledger is read for the whole account at once


def rules_for(venue: str) -> FundingRules:
    spec_rules = getattr(venue_spec(venue), "funding", None)  # once the rules live in the venue spec
    if isinstance(spec_rules, FundingRules):
        return spec_rules
    return VENUE_RULES.get(venue, FundingRules())


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def payment_from_ccxt(entry: Mapping[str, Any], account_id: str, rules: FundingRules,
                      markets: Mapping[str, Mapping[str, Any]], prices: PortfolioSnapshot | None
                      ) -> FundingPayment | None:
    """One ccxt funding-history entry as a ``FundingPayment`` (+ received); None for an entry without a time, a
    symbol or a plausible amount."""
    ts, amount, symbol = entry.get("timestamp"), entry.get("amount"), entry.get("symbol")
    try:
        value = float(amount) if amount is not None else math.nan
        when = datetime.fromtimestamp(int(ts) / 1000.0, UTC) if ts is not None else None
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    if when is None or not symbol or not math.isfinite(value) or abs(value) > MAX_AMOUNT or len(str(symbol)) > 64:
        return None  # not a payment a person could have made: left out, never stored
    if rules.paid_positive:
        value = -value
    market = markets.get(str(symbol)) or {}
    asset = str(market.get("settle") or entry.get("code") or "")
    price = prices.price_usd(asset) if prices is not None and asset else None
    rate = entry.get("rate")
    try:
        rate_value = float(rate) if rate is not None else None
    except (TypeError, ValueError):
        rate_value = None
    return FundingPayment(account_id, str(symbol), when, value + 0.0, asset,
                          value * price if price is not None else None,
                          rate_value if rate_value is None or math.isfinite(rate_value) else None,
                          str(entry.get("id") or "")[:128])


@dataclass
class AccountRead:
    """What one account's read brought (filled as it goes: a read cut short keeps what it got)."""

    account_id: str
    venue: str
    payments: list[FundingPayment] = field(default_factory=list)
    covered: dict[str, datetime] = field(default_factory=dict)  # scope -> read up to here
    problem: str | None = None  # a Message: the "synced with gaps" note of the account
    requests: int = 0
    finished: bool = False


@dataclass(frozen=True)
class Scope:
    key: str  # a symbol, or ACCOUNT_WIDE
    symbols: tuple[str, ...]  # the held symbols it covers
    since: datetime


def held_swaps(snapshot: PortfolioSnapshot, account_id: str, markets: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The account's held perpetual swaps (dated futures pay no funding)."""
    return sorted({p.symbol for p in snapshot.positions_of(account_id) if (markets.get(p.symbol) or {}).get("swap")})


def start_of_read(now: datetime, state: FetchState, newest: datetime | None) -> datetime:
    """Where a read starts: an hour before the last read ended (a payment booked late is still found, and stored
    once), else just after the newest stored payment; never more than ``FIRST_READ_DAYS`` back."""
    floor = now - timedelta(days=FIRST_READ_DAYS)
    if state.covered_until is not None:
        start = state.covered_until - OVERLAP
    elif newest is not None:
        start = newest + timedelta(milliseconds=1)
    else:
        start = floor
    return min(max(start, floor), now)


class _Budget(Exception):
    """The account's request budget is spent: the rest is read at the next due read."""


class AccountReader:
    """Reads one account's ledger through the client of its sync."""

    def __init__(self, source: ExchangeAccountSource, snapshot: PortfolioSnapshot, read: AccountRead) -> None:
        self.source = source
        self.snapshot = snapshot
        self.read = read
        self.rules = rules_for(source.config.venue)
        self.exchange = _client_for(source.config, source.credentials)
        self.markets: Mapping[str, Mapping[str, Any]] = self.exchange.markets or {}

    def scopes(self, states: Mapping[str, FetchState], newest: Mapping[str, datetime | None],
               now: datetime) -> list[Scope]:
        """The scopes due for a read, with where each starts."""
        held = held_swaps(self.snapshot, self.read.account_id, self.markets)
        if not held or not self.exchange.has.get("fetchFundingHistory"):
            return []
        groups = {ACCOUNT_WIDE: held} if self.rules.account_wide else {s: [s] for s in held}
        venue = self.source.config.venue
        out = []
        for key, symbols in groups.items():
            state = states[key]
            if any(fetch_due(state.covered_until, now, self.snapshot.market(venue, s)) for s in symbols):
                out.append(Scope(key, tuple(symbols), start_of_read(now, state, newest.get(key))))
        return out

    async def run(self, scopes: Sequence[Scope], now: datetime) -> None:
        try:
            for scope in scopes:
                await self._read_scope(scope, now)
        except _Budget:
            log.info("%s: the funding history continues at the next read (%d requests sent)",
                     self.read.account_id, self.read.requests)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a failed read is a note; the stored ledger stays
            gate = gate_of(self.exchange)
            problem = to_source_error(exc, self.source.venue.name, WHAT, wait_s=gate.wait_s() or None).message
            if WHAT not in str(problem):
                problem = message(QT_TRANSLATE_NOOP("Core", "Funding history: {problem}"), problem=problem)
            self.read.problem = problem
            log.info("%s: reading the funding history failed: %s", self.read.account_id, type(exc).__name__)
        self.read.finished = True

    async def _read_scope(self, scope: Scope, now: datetime) -> None:
        step = timedelta(hours=self.rules.window_h) if self.rules.window_h else None
        windows: list[tuple[datetime, datetime]] = []
        start = scope.since
        while start < now:
            end = min(now, start + step) if step is not None else now
            windows.append((start, end))
            start = end
        windows.reverse()  # a stack: the earliest window on top
        while windows:
            a, b = windows.pop()
            page = await self._page(None if scope.key == ACCOUNT_WIDE else scope.key, a, b)
            if len(page) >= self.rules.page_limit and b - a > timedelta(seconds=2):
                mid = a + (b - a) / 2  # a full page may hide more: read both halves (the earlier first)
                windows.extend([(mid, b), (a, mid)])
                continue
            self.read.covered[scope.key] = b  # every window before this one is read: a contiguous stretch

    async def _page(self, symbol: str | None, a: datetime, b: datetime) -> list[FundingPayment]:
        if self.read.requests >= MAX_REQUESTS:
            raise _Budget()
        self.read.requests += 1
        # the account's own call params (a Binance Portfolio Margin account, a Hyperliquid sub-account or vault)
        params: dict[str, Any] = call_params(self.source.venue.account_probe, self.source.config)
        if symbol is not None and self.rules.symbol_param:
            params[self.rules.symbol_param] = (self.markets.get(symbol) or {}).get("id", symbol)
        if self.rules.time_params:
            params[self.rules.time_params[0]] = str(_ms(a))
            params[self.rules.time_params[1]] = str(_ms(b))
        else:
            params["until"] = _ms(b)
        exchange, limit = self.exchange, self.rules.page_limit
        timeout = getattr(exchange, "timeout", None)
        entries = await call_with_retries(
            lambda: exchange.fetch_funding_history(symbol, _ms(a), limit, dict(params)), self.source.retry,
            retry_category, gate=gate_of(exchange),
            attempt_s=float(timeout) / 1000.0 if isinstance(timeout, (int, float)) and timeout > 0 else None)
        out = []
        for entry in entries or ():
            payment = payment_from_ccxt(entry, self.read.account_id, self.rules, self.markets, self.snapshot)
            if payment is not None and a <= payment.time <= b:
                out.append(payment)
        self.read.payments.extend(out)
        return list(entries or ())


def with_notes(snapshot: PortfolioSnapshot, problems: Mapping[str, str]) -> PortfolioSnapshot:
    """``snapshot`` with each problem added to its account's status as a "synced with gaps" note."""
    if not problems:
        return snapshot
    statuses: list[SourceStatus] = []
    for status in snapshot.sources:
        problem = problems.get(status.source_id)
        if problem is None:
            statuses.append(status)
            continue
        note = status.error or ""
        if "synced with gaps: " in note:
            note = joined([note, problem])
        else:
            note = joined([note, message(QT_TRANSLATE_NOOP("Core", "synced with gaps: {problems}"), problems=problem)])
        statuses.append(replace(status, error=note))
    return replace(snapshot, sources=tuple(statuses))


ScopeKey = tuple[str, str]  # (account id, scope)
StatesLoader = Callable[[list[ScopeKey]],
                        Awaitable[tuple[Mapping[ScopeKey, FetchState], Mapping[ScopeKey, datetime | None]]]]


async def read_accounts(sources: Sequence[Any], snapshot: PortfolioSnapshot, now: datetime, load_states: StatesLoader,
                        budget_s: float = BUDGET_S) -> list[AccountRead]:
    """Read the funding history of every live account that synced fresh and holds perpetual swaps, where a read is
    due. ``load_states(wanted)`` gives, for each (account id, scope), how far it was read and its newest stored
    payment (``core.store.funding_repo.read_states``). Returns what each account brought, a failure as its
    ``problem``; never raises (but for cancellation)."""
    try:
        return await _read_accounts(sources, snapshot, now, load_states, budget_s)
    except asyncio.CancelledError:
        raise
    except Exception:  # noqa: BLE001 - the ledger is an extra: the sync stands whatever happens here
        log.warning("the funding history was not read", exc_info=True)
        return []


async def _read_accounts(sources: Sequence[Any], snapshot: PortfolioSnapshot, now: datetime, load_states: StatesLoader,
                         budget_s: float) -> list[AccountRead]:
    fresh = {s.source_id for s in snapshot.sources if s.state is SourceState.FRESH}
    readers = [AccountReader(s, snapshot, AccountRead(s.source_id, s.config.venue)) for s in sources
               if isinstance(s, ExchangeAccountSource) and s.source_id in fresh and snapshot.positions_of(s.source_id)]
    if not readers:
        return []
    wanted = [(r.read.account_id, key) for r in readers
              for key in ([ACCOUNT_WIDE] if r.rules.account_wide else held_swaps(snapshot, r.read.account_id,
                                                                                  r.markets))]
    states, newest = await load_states(wanted)
    jobs = []
    for reader in readers:
        keys = [k for a, k in wanted if a == reader.read.account_id]
        scopes = reader.scopes({k: states[(reader.read.account_id, k)] for k in keys},
                               {k: newest[(reader.read.account_id, k)] for k in keys}, now)
        if scopes:
            jobs.append(reader.run(scopes, now))
        else:
            reader.read.finished = True
    if jobs:
        try:
            async with asyncio.timeout(budget_s):
                with source_budget(budget_s):
                    await asyncio.gather(*jobs)
        except TimeoutError:
            for reader in readers:
                if not reader.read.finished and reader.read.problem is None:
                    reader.read.problem = message(QT_TRANSLATE_NOOP(
                        "Core", "Funding history: not read completely within {seconds} s; the rest follows at the "
                                "next sync."), seconds=Number(budget_s))
    return [r.read for r in readers]


__all__ = ["ACCOUNT_WIDE", "AccountRead", "FundingRules", "VENUE_RULES", "payment_from_ccxt", "read_accounts",
           "rules_for", "start_of_read", "with_notes"]
