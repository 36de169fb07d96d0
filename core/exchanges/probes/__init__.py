"""Per-venue account probes: what ccxt does not parse, read through its implicit (raw) API methods.

A venue whose spec names ``account_probe = "<module>"`` has ``core/exchanges/probes/<module>.py`` with

* ``async def probe(ctx: ProbeContext) -> ProbeResult`` (required): the account's mode, the venue's own
  account figures, its collateral haircuts, ADL ranks, and tier tables ccxt does not give;
* ``def call_params(config: AccountConfig) -> dict`` (optional): extra params for ``fetch_positions`` and
  ``fetch_balance`` (a Hyperliquid sub-account or vault address).

Every probe request is optional: ``ctx.optional(piece, fn)`` retries like the other market pieces and, when it
still fails, returns None and records a user-facing problem; the sync goes on with what it has (the account's
risk then falls back to the classic rules, and says so).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from core.exchanges.normalize import num
from core.model import AccountMargin, CollateralRule


@dataclass
class ProbeResult:
    margin: AccountMargin | None = None
    adl_ranks: dict[tuple[str, str], int] = field(default_factory=dict)  # (ccxt symbol, "long"/"short") -> rank
    leverage_tiers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # symbol -> ccxt-shaped tiers


@dataclass
class ProbeContext:
    """What a probe may use: the live ccxt client, this sync's raw positions and balance, and ``optional``."""

    exchange: Any
    config: Any  # core.exchanges.accounts.AccountConfig
    positions: Sequence[Mapping[str, Any]]
    balance: Mapping[str, Any]
    now: datetime
    # (piece name, zero-argument coroutine function) -> its value, or None when it failed (problem recorded)
    optional: Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]


def probe_module(name: str | None) -> Any:
    """The probe module a spec names, or None."""
    return importlib.import_module(f"core.exchanges.probes.{name}") if name else None


def call_params(name: str | None, config: Any) -> dict[str, Any]:
    module = probe_module(name)
    fn = getattr(module, "call_params", None) if module is not None else None
    return dict(fn(config)) if fn is not None else {}


# --- what every probe reads the same way -------------------------------------------------------------------------
TABLE_TTL = timedelta(days=1)  # a venue's public haircut table is fetched at most once a day per API


def number(value: Any) -> float | None:
    """A finite float from a venue string/number; None for "", None, booleans or junk."""
    if isinstance(value, bool):
        return None
    return num(value)


def info_of(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """The raw venue payload ccxt keeps in ``info`` (empty when absent or malformed)."""
    info = row.get("info")
    return info if isinstance(info, Mapping) else {}


def ranks_from_rows(positions: Sequence[Mapping[str, Any]], field: str) -> dict[tuple[str, str], int]:
    """(symbol, side) -> the venue's ADL indicator in each open position's raw ``field`` (the number as given)."""
    ranks: dict[tuple[str, str], int] = {}
    for p in positions:
        symbol, side = p.get("symbol"), p.get("side")
        rank = number(info_of(p).get(field))
        if symbol and side in ("long", "short") and rank is not None and (number(p.get("contracts")) or 0) > 0:
            ranks[(str(symbol), str(side))] = int(rank)
    return ranks


def venue_key(exchange: Any) -> str:
    """The client's venue and API URLs: a base-URL override (a mirror, a test fake) gets its own cached tables."""
    urls = getattr(exchange, "urls", None) or {}
    return f"{getattr(exchange, 'id', '')} {json.dumps(urls.get('api'), sort_keys=True, default=str)}"


Table = dict[str, CollateralRule]


async def daily_table(ctx: ProbeContext, cache: dict[str, tuple[datetime, Table]], piece: str,
                      fetch: Callable[[], Awaitable[Any]],
                      parse: Callable[[Any], Table]) -> tuple[datetime, Table] | None:
    """(fetched at, table) of a venue's public haircut table: from ``cache`` while under a day old, else fetched
    (through ``ctx.optional``, so a failure is a visible gap); the stale table, with its old date, when a refresh
    fails."""
    key = venue_key(ctx.exchange)
    cached = cache.get(key)
    if cached is not None and timedelta(0) <= ctx.now - cached[0] < TABLE_TTL:
        return cached
    answer = await ctx.optional(piece, fetch)
    table = parse(answer) if answer is not None else {}
    if table:
        cache[key] = (ctx.now, table)
        return cache[key]
    return cached
