"""24 h spot volume of the held assets on the user's venues, for open interest against spot (19.1).

For each venue the user has an account on and each base asset held there, the venue's spot markets of that base
against a USD-like quote (``USD_QUOTES``) are read through ccxt's public tickers (no key: the same ccxt exchange
class loading its *spot* market list) and their 24 h quote volumes summed (USD). An account pointed at another
API URL (a mirror, a proxy) is read at its ``options["spot_api_url"]``, or not at all (``spot_base_url``).
The result goes into ``MarketState.spot_volume_24h_usd`` of every market of that base on that venue, so the
snapshot stores it.

Kept across syncs (``core.exchanges.public_cache``): the spot market list for a day (``MARKETS``), the volumes for
``SPOT_VOLUME_TTL`` (a 24 h figure moves slowly): a sync within the hour adds no request. A venue whose spot read
fails leaves its markets without spot volume (logged; the fragility signal then says it has none) and never fails
the sync.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from core.exchanges.accounts import AccountConfig
from core.exchanges.public_cache import MARKETS, PUBLIC, TTL, client_key, market_list, market_list_key
from core.model import PortfolioSnapshot

log = logging.getLogger(__name__)

SPOT_VOLUME = "spot_volume"
SPOT_VOLUME_TTL = timedelta(hours=1)
TTL.setdefault(SPOT_VOLUME, SPOT_VOLUME_TTL)  # the cache keeps the TTL of every kind it holds
USD_QUOTES = ("USDT", "USDC", "USD", "FDUSD")
DEFAULT_TIMEOUT_S = 15.0


#: An account option: where the venue's *spot* API is, for an account whose ``api_base_url`` points elsewhere.
SPOT_API_URL = "spot_api_url"


def spot_base_url(config: AccountConfig) -> str | None:
    """Where the spot tickers of ``config``'s venue are read: the venue's own URLs ("") for an account on the
    venue's own API; ``options["spot_api_url"]`` when given; None (not read) for an account pointed at another
    API URL without it: a mirror or proxy of the derivatives API need not serve the spot one."""
    spot = str((config.options or {}).get(SPOT_API_URL) or "")
    if spot:
        return spot
    return None if config.api_base_url else ""


def spot_client(config: AccountConfig) -> Any:
    """A public client of ``config``'s venue loading only spot markets (no credentials), at its spot API URL."""
    from core.exchanges.venues import build_exchange

    options = {k: v for k, v in (config.options or {}).items() if k in ("timeout_ms", "rate_limit")}
    exchange = build_exchange(replace(config, api_base_url=spot_base_url(config) or "", options=options), None)
    exchange.options["fetchMarkets"] = {"types": ["spot"]}
    exchange.options["defaultType"] = "spot"
    return exchange


async def _load_spot_markets(exchange: Any, now: datetime) -> None:
    key = market_list_key(exchange)
    entry = PUBLIC.get(MARKETS, key, now)
    if entry is not None:
        exchange.set_markets(entry.value)
        return

    async def read() -> list[dict[str, Any]]:
        await exchange.load_markets()
        return market_list(exchange)

    markets = await PUBLIC.shared(MARKETS, key, read)
    PUBLIC.put(MARKETS, key, now, markets)
    if not exchange.markets:
        exchange.set_markets(markets)


def spot_symbols(markets: Mapping[str, Any], base: str) -> list[str]:
    """The active spot markets of ``base`` against a USD-like quote (ccxt unified symbols)."""
    return sorted(s for s, m in markets.items() if m.get("spot") and str(m.get("base", "")).upper() == base.upper()
                  and str(m.get("quote", "")).upper() in USD_QUOTES and m.get("active") is not False)


def quote_volume_usd(ticker: Mapping[str, Any]) -> float | None:
    """A ticker's 24 h volume in its (USD-like) quote: ``quoteVolume``, else ``baseVolume`` × last price."""
    quote = ticker.get("quoteVolume")
    if isinstance(quote, (int, float)) and quote >= 0:
        return float(quote)
    base, last = ticker.get("baseVolume"), ticker.get("last") or ticker.get("close")
    if isinstance(base, (int, float)) and isinstance(last, (int, float)):
        return float(base) * float(last)
    return None


async def read_spot_volumes(exchange: Any, bases: Iterable[str], now: datetime) -> dict[str, float | None]:
    """Base -> summed 24 h quote volume (USD) of its USD spot markets on ``exchange``'s venue (None: no spot
    market there); cached ``SPOT_VOLUME_TTL`` per venue URL and base."""
    out: dict[str, float | None] = {}
    missing = []
    for base in sorted({b.upper() for b in bases}):
        entry = PUBLIC.get(SPOT_VOLUME, f"{client_key(exchange)} {base}", now)
        if entry is not None:
            out[base] = entry.value
        else:
            missing.append(base)
    if not missing:
        return out
    await _load_spot_markets(exchange, now)
    for base in missing:
        symbols = spot_symbols(exchange.markets or {}, base)
        volumes = [quote_volume_usd(await exchange.fetch_ticker(s)) for s in symbols]
        known = [v for v in volumes if v is not None]
        value = float(sum(known)) if known else None
        PUBLIC.put(SPOT_VOLUME, f"{client_key(exchange)} {base}", now, value)
        out[base] = value
    return out


def _venue_key(config: AccountConfig) -> str:
    return json.dumps([config.venue, spot_base_url(config) or ""])


async def spot_volumes(configs: Iterable[AccountConfig], wanted: Mapping[str, set[str]], now: datetime,
                       timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[tuple[str, str], float | None]:
    """(venue, base) -> 24 h USD spot volume, for the bases ``wanted[venue]``. One public client per venue and
    API URL (the first account of each); a venue that fails or takes longer than ``timeout_s`` is left out
    (logged)."""
    by_venue: dict[str, AccountConfig] = {}
    for c in configs:
        if c.venue in wanted and spot_base_url(c) is not None:
            by_venue.setdefault(_venue_key(c), c)

    async def one(config: AccountConfig) -> dict[tuple[str, str], float | None]:
        exchange = None
        try:
            exchange = spot_client(config)
            found = await asyncio.wait_for(read_spot_volumes(exchange, wanted[config.venue], now), timeout_s)
            return {(config.venue, base): v for base, v in found.items()}
        except Exception as exc:  # noqa: BLE001 - an optional read: the sync goes on without it
            log.warning("spot volume of %s not read: %s", config.venue, type(exc).__name__)
            return {}
        finally:
            if exchange is not None:
                from core.exchanges.clients import close_quietly

                await close_quietly(exchange)

    results = await asyncio.gather(*(one(c) for c in by_venue.values()))
    merged: dict[tuple[str, str], float | None] = {}
    for r in results:
        merged.update(r)
    return merged


def held_bases(snapshot: PortfolioSnapshot) -> dict[str, set[str]]:
    """Venue -> the base assets held (a position on any venue) that have a market in the snapshot on that venue:
    the venues whose open interest the signal sums get their spot volume too."""
    held = {p.base.upper() for p in snapshot.positions}
    out: dict[str, set[str]] = {}
    for m in snapshot.markets:
        if m.base.upper() in held:
            out.setdefault(m.venue, set()).add(m.base.upper())
    for p in snapshot.positions:
        out.setdefault(p.venue, set()).add(p.base.upper())
    return out


def with_spot_volumes(snapshot: PortfolioSnapshot, volumes: Mapping[tuple[str, str], float | None]
                      ) -> PortfolioSnapshot:
    """``snapshot`` with ``spot_volume_24h_usd`` set on every market whose (venue, base) has a volume."""
    if not volumes:
        return snapshot
    markets = tuple(replace(m, spot_volume_24h_usd=v) if (v := volumes.get((m.venue, m.base.upper()))) is not None
                    else m for m in snapshot.markets)
    return replace(snapshot, markets=markets)


async def add_spot_volumes(snapshot: PortfolioSnapshot, configs: Iterable[AccountConfig], now: datetime,
                           timeout_s: float = DEFAULT_TIMEOUT_S) -> PortfolioSnapshot:
    """The sync's step: read the spot volumes of the held bases and put them on the snapshot's markets."""
    wanted = held_bases(snapshot)
    if not wanted:
        return snapshot
    return with_spot_volumes(snapshot, await spot_volumes(configs, wanted, now, timeout_s))
