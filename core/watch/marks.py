"""Cheap public mark-price requests for the watch engine, and the last snapshot re-priced at them.

``fetch_marks`` asks each exchange account's venue for the marks of the symbols it holds, through the account's
own cached ccxt client (``core.exchanges.ccxt_source``): ``fetch_mark_prices`` where the venue has it, else
``fetch_tickers``, else one ``fetch_ticker`` per symbol. No private endpoint is called. ``with_marks`` is pure: the
snapshot with those marks, so ``core.risk`` can judge the last known positions at the freshest prices.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from core.model import PortfolioSnapshot
from core.retry import RetryPolicy, call_with_retries

if TYPE_CHECKING:
    from core.exchanges.ccxt_source import ExchangeAccountSource

log = logging.getLogger(__name__)

#: (venue, symbol) of a market
MarketKey = tuple[str, str]


@dataclass(frozen=True)
class MarkQuotes:
    """What one round of mark-price requests found: ``marks`` per (venue, symbol); per source id, ``ok`` when
    its venue answered, ``failed`` -> the user-facing reason when it did not. A source without positions is in
    neither (nothing was asked)."""

    marks: Mapping[MarketKey, float] = field(default_factory=dict)
    ok: frozenset[str] = frozenset()
    failed: Mapping[str, str] = field(default_factory=dict)


def _positive(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def mark_of(ticker: Mapping[str, Any] | None) -> float | None:
    """The mark price in a ccxt ticker (or mark-price ticker): ``markPrice``, the raw ``markPrice``, then the
    last price."""
    if not ticker:
        return None
    info = ticker.get("info")
    raw = info.get("markPrice") if isinstance(info, Mapping) else None
    return _positive(ticker.get("markPrice")) or _positive(raw) or _positive(ticker.get("last"))


async def _fetch_one(source: ExchangeAccountSource, symbols: Sequence[str],
                     retry: RetryPolicy) -> dict[MarketKey, float]:
    from core.exchanges.ccxt_source import _client_for
    from core.exchanges.errors import category_of, to_source_error
    from core.exchanges.venues import gate_of
    from core.sync import SourceError

    exchange = _client_for(source.config, source.credentials)
    venue = source.config.venue
    name = source.venue.name

    async def call(fn: Any) -> Any:
        try:
            return await call_with_retries(fn, retry, category_of, gate=gate_of(exchange),
                                           attempt_s=float(exchange.timeout) / 1000.0)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - mapped to a user-facing reason, never the raw ccxt text
            raise to_source_error(exc, name, "mark prices") from None

    if not exchange.markets:
        await call(lambda: exchange.load_markets())
    has = exchange.has
    wanted = list(symbols)
    if has.get("fetchMarkPrices"):
        answer = await call(lambda: exchange.fetch_mark_prices(wanted))
    elif has.get("fetchTickers"):
        answer = await call(lambda: exchange.fetch_tickers(wanted))
    else:
        answer = {}
        for symbol in wanted:
            answer[symbol] = await call(lambda s=symbol: exchange.fetch_ticker(s))
    marks = {(venue, s): m for s in wanted if (m := mark_of((answer or {}).get(s))) is not None}
    if not marks:
        raise SourceError("bad_data", f"{name} sent no mark price for {', '.join(wanted)}.")
    missing = [s for s in wanted if (venue, s) not in marks]
    if missing:
        log.info("%s: no mark price for %s; their last known marks stay", source.source_id, ", ".join(missing))
    return marks


async def fetch_marks(sources: Sequence[ExchangeAccountSource], snapshot: PortfolioSnapshot,
                      retry: RetryPolicy = RetryPolicy(attempts=2, backoff_s=1.0)) -> MarkQuotes:
    """The marks of every held symbol, each account's venue asked concurrently (one failing never stops the
    others). Call on the loop the session syncs on (the clients are cached per loop)."""
    from core.sync import describe_failure

    asked = [(s, sorted({p.symbol for p in snapshot.positions_of(s.source_id)})) for s in sources]
    asked = [(s, symbols) for s, symbols in asked if symbols]
    results = await asyncio.gather(*(_fetch_one(s, symbols, retry) for s, symbols in asked), return_exceptions=True)
    marks: dict[MarketKey, float] = {}
    ok: set[str] = set()
    failed: dict[str, str] = {}
    for (source, _), result in zip(asked, results):
        if isinstance(result, asyncio.CancelledError):
            raise result
        if isinstance(result, BaseException):
            failed[source.source_id] = describe_failure(result)
            log.info("%s: mark prices failed: %s", source.source_id, failed[source.source_id])
        else:
            marks.update(result)
            ok.add(source.source_id)
    return MarkQuotes(marks, frozenset(ok), failed)


def with_marks(snapshot: PortfolioSnapshot, marks: Mapping[MarketKey, float]) -> PortfolioSnapshot:
    """``snapshot`` with every position's and market's mark replaced where ``marks`` has one (pure).

    A linear perp's mark is also the USD price of its base (as ``core.sync.assemble`` takes it), so collateral in
    that coin moves with it. Unrealised PnL fields stay as synced: ``core.risk`` recomputes PnL from the entry
    price and takes the synced figure out of a balance that includes it.
    """
    if not marks:
        return snapshot
    positions = tuple(replace(p, mark_price=marks[(p.venue, p.symbol)]) if (p.venue, p.symbol) in marks else p
                      for p in snapshot.positions)
    markets = tuple(replace(m, mark_price=marks[(m.venue, m.symbol)]) if (m.venue, m.symbol) in marks else m
                    for m in snapshot.markets)
    prices = dict(snapshot.prices_usd)
    for m in markets:
        if (m.venue, m.symbol) in marks and m.base in prices and (not m.inverse or m.symbol.endswith(":USD")):
            prices[m.base] = m.mark_price
    return replace(snapshot, positions=positions, markets=markets, prices_usd=prices)
