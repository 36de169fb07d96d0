"""An account client's market list (part of ``core.exchanges.ccxt_source``): kept across syncs in
``core.exchanges.public_cache`` and read when it is too old, and, for a held position in no loaded market, the
venue's extra market types or a reload of the list (at most every ``MARKET_RELOAD_S``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from core.exchanges.market_pieces import Optional
from core.exchanges.public_cache import MARKETS, PUBLIC, market_list, market_list_key
from core.sync import SourceError

log = logging.getLogger("core.exchanges.ccxt_source")  # the source's logger, as before the split

#: A held position in no loaded market reloads the market list at most this often (new types load at once).
MARKET_RELOAD_S = 3600.0

#: ``ExchangeAccountSource._essential``: (what, fn) -> fn()'s value, or a SourceError.
Essential = Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]


async def load_markets(exchange: Any, now: datetime, essential: Essential, source_id: str) -> None:
    """The client's market list: kept from an earlier sync (this process's, or the disk cache's) while under
    ``public_cache.MARKETS_TTL`` old, else read (one request in flight per venue URL, whichever account asks).
    A list that cannot be refreshed while the client has one keeps the old one (logged); with none, it fails
    the source."""
    key = market_list_key(exchange)
    entry = PUBLIC.get(MARKETS, key, now)
    if entry is not None:
        if getattr(exchange, "undertow_markets", None) is not entry:
            exchange.set_markets(entry.value)
            exchange.undertow_markets = entry
        return
    try:
        markets = await essential("the market list", lambda: PUBLIC.shared(
            MARKETS, key, lambda: read_market_list(exchange)))
    except SourceError as exc:
        if not exchange.markets:
            raise
        log.warning("%s: the market list was not refreshed (%s); the one read earlier is used",
                    source_id, exc.category)
        return
    keep_market_list(exchange, key, now, markets)


async def read_market_list(exchange: Any) -> list[dict[str, Any]]:
    await exchange.load_markets(True)
    return market_list(exchange)


def keep_market_list(exchange: Any, key: str, now: datetime, markets: list[dict[str, Any]]) -> None:
    entry = PUBLIC.put(MARKETS, key, now, markets)
    if exchange.markets is None or set(exchange.markets) != {m.get("symbol") for m in markets}:
        exchange.set_markets(markets)  # another account's client read it
    exchange.undertow_markets = entry


async def load_markets_for_positions(exchange: Any, now: datetime, extra_market_types: Sequence[str],
                                     optional: Optional, problems: list[str]) -> bool:
    """Load what a held position in no loaded market may need: the venue's extra market types not loaded yet,
    else a reload of the list (a new listing: also when the list came from the cache), at most every
    ``MARKET_RELOAD_S``. True when markets loaded; a failure goes to ``problems``."""
    fetch_markets = exchange.options.get("fetchMarkets") if isinstance(exchange.options, dict) else None
    types = list(fetch_markets.get("types") or []) if isinstance(fetch_markets, dict) else []
    new = [t for t in extra_market_types if types and t not in types]
    last = getattr(exchange, "undertow_markets_reloaded", None)
    if not new and isinstance(last, float) and time.monotonic() - last < MARKET_RELOAD_S:
        return False
    if new and isinstance(fetch_markets, dict):  # a new dict: the spec's own options stay untouched
        exchange.options["fetchMarkets"] = {**fetch_markets, "types": types + new}
    exchange.undertow_markets_reloaded = time.monotonic()
    _, _, markets, problem = await optional("market_list", lambda: read_market_list(exchange))
    if problem:
        problems.append(problem)
        return False
    keep_market_list(exchange, market_list_key(exchange), now, markets)
    return True
