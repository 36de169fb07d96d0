"""Sync: every source concurrently on one loop -> one immutable snapshot -> one transaction.

A source is anything with ``source_id``, ``kind`` and ``async def fetch(now) -> SourcePayload``.
One source's failure never stops the others: the failed source's rows from the previous snapshot are
carried forward unchanged and its status says ``stale`` (with the age and the reason), or ``failed``
when there is nothing earlier to show.

Ownership convention (what "this source's rows" means when carrying data forward): an exchange
account source has ``source_id == account.id`` and owns that account, its positions and balances and
the market data of its venue; a wallet source has ``source_id == wallet.id`` and owns that wallet and
the holdings whose ``source_id`` is its id.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar

from core.model import (
    Account,
    Balance,
    Holding,
    MarketState,
    PortfolioSnapshot,
    Position,
    SourceState,
    SourceStatus,
    Wallet,
)

log = logging.getLogger(__name__)

DEFAULT_SOURCE_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class SourcePayload:
    accounts: tuple[Account, ...] = ()
    positions: tuple[Position, ...] = ()
    balances: tuple[Balance, ...] = ()
    markets: tuple[MarketState, ...] = ()
    wallets: tuple[Wallet, ...] = ()
    holdings: tuple[Holding, ...] = ()
    prices_usd: Mapping[str, float] = field(default_factory=dict)
    as_of: datetime | None = None  # when the data was observed (defaults to the sync time)
    note: str | None = None  # fresh, but with gaps the user should know about (e.g. no order book)


class SourceError(Exception):
    """A source failed in a way the user can act on. ``category`` is one of: bad_key, no_permission,
    rate_limited, venue_down, network, not_supported, bad_data, timeout, other."""

    def __init__(self, category: str, message: str) -> None:
        super().__init__(message)
        self.category = category
        self.message = message


class Source(Protocol):
    # read-only: the sources answer these with properties (WalletSource) as well as with plain fields
    @property
    def source_id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    async def fetch(self, now: datetime) -> SourcePayload: ...


def describe_failure(exc: BaseException) -> str:
    """A user-facing one-liner; never includes request headers or credentials."""
    if isinstance(exc, SourceError):
        return exc.message
    if isinstance(exc, asyncio.TimeoutError):
        return "timed out"
    if isinstance(exc, ImportError):  # a broken installation: name the package and how to install it
        from core.dependencies import describe_import_error

        return describe_import_error(exc) or f"unexpected error ({type(exc).__name__}: {exc})"
    return f"unexpected error ({type(exc).__name__})"


async def _fetch_one(source: Source, now: datetime, timeout: float) -> SourcePayload | BaseException:
    try:
        return await asyncio.wait_for(source.fetch(now), timeout)
    except (asyncio.CancelledError, ImportError):  # a broken installation is no venue outage: stop, loudly
        raise
    except BaseException as exc:  # noqa: BLE001 - one source's failure must not stop the others
        log.warning("source %s failed: %s", source.source_id, describe_failure(exc))
        return exc


async def gather_sources(sources: Sequence[Source], now: datetime,
                         timeout: float = DEFAULT_SOURCE_TIMEOUT_S) -> list[SourcePayload | BaseException]:
    return list(await asyncio.gather(*(_fetch_one(s, now, timeout) for s in sources)))


def _owned_by(previous: PortfolioSnapshot, source_id: str) -> SourcePayload:
    """The rows ``source_id`` contributed to ``previous`` (see the ownership convention above)."""
    account = previous.account(source_id)
    venue = account.venue if account else None
    status = next((s for s in previous.sources if s.source_id == source_id), None)
    return SourcePayload(
        accounts=(account,) if account else (),
        positions=previous.positions_of(source_id),
        balances=previous.balances_of(source_id),
        markets=tuple(m for m in previous.markets if venue and m.venue == venue),
        wallets=tuple(w for w in previous.wallets if w.id == source_id),
        holdings=tuple(h for h in previous.holdings if h.source_id == source_id),
        as_of=status.as_of if status else None,
    )


def assemble(now: datetime, sources: Sequence[Source], results: Sequence[SourcePayload | BaseException],
             previous: PortfolioSnapshot | None, demo: bool = False) -> PortfolioSnapshot:
    """Merge source results into one snapshot, carrying failed sources' last good rows forward."""
    parts: list[SourcePayload] = []
    statuses: list[SourceStatus] = []
    for source, result in zip(sources, results):
        if isinstance(result, SourcePayload):
            parts.append(result)
            statuses.append(SourceStatus(source.source_id, source.kind, SourceState.FRESH, result.as_of or now,
                                         result.note))
            continue
        reason = describe_failure(result)
        old = _owned_by(previous, source.source_id) if previous is not None else None
        if old is not None and old.as_of is not None and any(
                (old.accounts, old.positions, old.balances, old.wallets, old.holdings, old.markets)):
            parts.append(old)
            statuses.append(SourceStatus(source.source_id, source.kind, SourceState.STALE, old.as_of, reason))
        else:
            statuses.append(SourceStatus(source.source_id, source.kind, SourceState.FAILED, None, reason))

    markets: dict[tuple[str, str], MarketState] = {}
    for part in parts:  # several accounts on one venue: keep one market state per (venue, symbol)
        for m in part.markets:
            markets.setdefault((m.venue, m.symbol), m)
    prices: dict[str, float] = dict(previous.prices_usd) if previous is not None else {}
    for part in parts:
        prices.update(part.prices_usd)
    for m in markets.values():  # a perp's mark is the freshest USD price of its base
        if not m.inverse or m.symbol.endswith(":USD"):
            prices.setdefault(m.base, m.mark_price)
    return PortfolioSnapshot(
        taken_at=now,
        accounts=_unique(a for p in parts for a in p.accounts),
        positions=tuple(x for p in parts for x in p.positions),
        balances=tuple(x for p in parts for x in p.balances),
        markets=tuple(markets.values()),
        wallets=_unique(w for p in parts for w in p.wallets),
        holdings=tuple(x for p in parts for x in p.holdings),
        prices_usd=prices,
        sources=tuple(statuses),
        demo=demo,
    )


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_I = TypeVar("_I", bound=_Identified)


def _unique(items: Iterable[_I]) -> tuple[_I, ...]:
    seen: set[str] = set()
    out: list[_I] = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return tuple(out)


async def collect(sources: Sequence[Source], now: datetime, previous: PortfolioSnapshot | None,
                  demo: bool = False, timeout: float = DEFAULT_SOURCE_TIMEOUT_S) -> PortfolioSnapshot:
    results = await gather_sources(sources, now, timeout)
    return assemble(now, sources, results, previous, demo)
