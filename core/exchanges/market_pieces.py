"""The market data of an account's held symbols, and which held positions Undertow analyses.

Per held symbol, concurrently: ticker, order book, funding rate (swaps), open interest, leverage tiers and daily
candles, and per held base asset the venue's long/short account ratio (of its perpetual), each an optional piece
(``PIECE_FIELDS``): one that fails is filled from the previous snapshot (``keep_last_good``) and named in the
source's problems. Tiers, candles and ratios come from the public-data cache while it holds them
(``core.exchanges.public_cache``: a ratio is read at most once an hour per venue and base, a failed read too);
the others move and are read every sync.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import partial
from typing import Any

from core.exchanges.public_cache import (
    CANDLES,
    LONG_SHORT,
    PUBLIC,
    TIERS,
    Cached,
    candles_valid,
    client_key,
    with_current_close,
)
from core.model import MarketState
from core.plausibility import shown

OHLCV_DAYS = 60  # daily candles for volatility
BOOK_DEPTH = 100  # levels per side for the cascade's depth curve
RATIO_PERIOD = "1h"  # the long/short account ratio's period: the latest hourly figure (ccxt timeframe)

#: MarketState fields each optional market piece fills (kept from the last snapshot if it fails).
PIECE_FIELDS: dict[str, tuple[str, ...]] = {
    "tickers": ("last_price", "index_price"),
    "funding_rates": ("funding_rate", "next_funding_at", "funding_interval_h"),
    "open_interest": ("open_interest_usd", "open_interest_contracts"),
    "order_books": ("bids", "asks"),
    "leverage_tiers": ("tiers", "tiers_fetched_at"),
    "ohlcv": ("daily_closes",),
    "long_short_ratio": ("long_short_ratio",),
}
PIECE_WORDS = {"tickers": "tickers", "funding_rates": "funding rates", "open_interest": "open interest",
               "order_books": "order books", "leverage_tiers": "leverage tiers", "ohlcv": "daily candles",
               "long_short_ratio": "long/short ratios", "eur_rate": "the EUR rate",
               "market_list": "the market list"}
#: ccxt market types whose positions Undertow analyses (perpetual swaps and dated futures, linear or inverse).
ANALYSED_TYPES = ("swap", "future")
#: Spot markets that give the euro's rate for the EUR display currency: (symbol, quoted in EUR?).
EUR_MARKETS = (("EUR/USDT", False), ("EUR/USDC", False), ("USDT/EUR", True), ("USDC/EUR", True))
_MARKET_KEYS = ("id", "symbol", "base", "quote", "settle", "type", "linear", "inverse", "contractSize",
                "taker", "maker", "precision", "limits")

#: (piece, zero-argument coroutine function, symbol) -> (piece, symbol, value, None) or (piece, symbol, None, problem)
Optional = Callable[..., Awaitable[tuple[str, str, Any, str | None]]]


def _market_subset(market: Mapping[str, Any]) -> dict[str, Any]:
    return {k: market.get(k) for k in _MARKET_KEYS}


def held_symbols(positions: list[Mapping[str, Any]]) -> list[str]:
    out = []
    for p in positions or ():
        try:
            contracts = float(p.get("contracts") or 0)
        except (TypeError, ValueError):
            contracts = 0.0
        if contracts and p.get("symbol") and p["symbol"] not in out:
            out.append(p["symbol"])
    return out


@dataclass(frozen=True)
class Unanalysed:
    """A held position Undertow leaves out of every figure: its market could not be loaded, or it is not a
    swap or a dated future (an option, a margin loan). ``reason`` names the contract."""

    symbol: str
    side: str
    contracts: float | None
    reason: str

    @property
    def text(self) -> str:
        return f"not analysed: {self.reason}"


def _held(row: Mapping[str, Any]) -> bool:
    try:
        return bool(float(row.get("contracts") or 0))
    except (TypeError, ValueError):
        return True  # unreadable size: not flat, so it must be matched (and checked) like any held row


def split_positions(rows: Sequence[Mapping[str, Any]], markets: Mapping[str, Mapping[str, Any]]
                    ) -> tuple[list[Mapping[str, Any]], list[Unanalysed]]:
    """(rows to analyse, held positions left out): a held row is analysed only in a loaded swap or futures
    market; flat rows are dropped."""
    analysed: list[Mapping[str, Any]] = []
    left_out: list[Unanalysed] = []
    for row in rows or ():
        if not _held(row):
            continue
        symbol = str(row.get("symbol") or "")
        market = markets.get(symbol) if symbol else None
        if market is not None and market.get("contract") and market.get("type") in ANALYSED_TYPES \
                and (market.get("linear") or market.get("inverse")):
            analysed.append(row)
            continue
        if market is None:
            reason = f"unknown contract {shown(symbol or '?')}"
        else:
            reason = f"{shown(symbol)} ({shown(market.get('type') or 'unknown', 12)} positions are not analysed)"
        try:
            contracts: float | None = abs(float(row.get("contracts") or 0))
        except (TypeError, ValueError):
            contracts = None
        left_out.append(Unanalysed(symbol, str(row.get("side") or ""), contracts, reason))
    return analysed, left_out


def swaps_by_base(symbols: Sequence[str], markets: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """The held perpetual swaps by base asset ("BTC" -> ["BTC/USDT:USDT", "BTC/USD:BTC"]): the venues publish the
    long/short account ratio per perpetual, and Undertow reads it once per base (of the first one held)."""
    out: dict[str, list[str]] = {}
    for symbol in symbols:
        market = markets.get(symbol) or {}
        if market.get("type") == "swap" and market.get("base"):
            out.setdefault(str(market["base"]).upper(), []).append(symbol)
    return out


def latest_ratio(rows: Any) -> float | None:
    """The newest positive, finite ``longShortRatio`` of ccxt's long/short ratio structures (None: none)."""
    best: tuple[float, float] | None = None
    for row in rows if isinstance(rows, list) else ():
        if not isinstance(row, Mapping):
            continue
        try:
            ratio, stamp = float(row.get("longShortRatio")), float(row.get("timestamp") or 0)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if math.isfinite(ratio) and ratio > 0 and (best is None or stamp >= best[0]):
            best = (stamp, ratio)
    return None if best is None else best[1]


def keep_last_good(new: MarketState | None, old: MarketState | None, failed: set[str]) -> MarketState | None:
    """``new`` with the fields of failed pieces taken from ``old`` (the previous snapshot)."""
    if new is None:
        return old
    if old is None or not failed:
        return new
    names = {f.name for f in fields(MarketState)}
    keep = {name: getattr(old, name) for piece in failed for name in PIECE_FIELDS.get(piece, ()) if name in names}
    return replace(new, **keep)


async def fetch_market_pieces(exchange: Any, symbols: list[str], now: datetime, optional: Optional,
                              venue_id: str, account_id: str,
                              params: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], list[str]]:
    """(market bundle, problems) for the held ``symbols``; ``params`` (the probe's ``call_params``, e.g. Binance
    Portfolio Margin) go to the account-scoped calls (leverage tiers). The bundle's ``tiers_fetched_at`` says when
    each symbol's tier table was read (cached tables keep their own date)."""
    has = exchange.has
    markets = exchange.markets or {}
    venue = client_key(exchange)
    tier_params = dict(params or {})
    tiers_key = {s: f"{venue} {account_id} {s} {sorted(tier_params.items())}" for s in symbols}
    candles_key = {s: f"{venue} {s} 1d {OHLCV_DAYS}" for s in symbols}
    cached_tiers = {s: e for s in symbols if (e := PUBLIC.get(TIERS, tiers_key[s], now)) is not None}
    cached_candles = {}
    for symbol in symbols:
        entry = PUBLIC.get(CANDLES, candles_key[symbol], now)
        if entry is not None and candles_valid(entry, now):
            cached_candles[symbol] = entry

    wanted: list[tuple[str, Callable[[str], Awaitable[Any]]]] = [
        ("tickers", lambda s: exchange.fetch_ticker(s)),
        ("order_books", lambda s: exchange.fetch_order_book(s, BOOK_DEPTH))]
    if has.get("fetchFundingRate"):
        wanted.append(("funding_rates", lambda s: exchange.fetch_funding_rate(s)))
    if has.get("fetchOpenInterest"):
        wanted.append(("open_interest", lambda s: exchange.fetch_open_interest(s)))
    if has.get("fetchMarketLeverageTiers"):
        wanted.append(("leverage_tiers", lambda s: exchange.fetch_market_leverage_tiers(s, dict(tier_params))))
    if has.get("fetchOHLCV"):
        wanted.append(("ohlcv", lambda s: exchange.fetch_ohlcv(s, "1d", limit=OHLCV_DAYS)))
    ratio_bases = swaps_by_base(symbols, markets) if has.get("fetchLongShortRatioHistory") else {}
    ratio_key = {base: f"{venue} {base}" for base in ratio_bases}
    ratios: dict[str, Cached] = {b: e for b in ratio_bases
                                 if (e := PUBLIC.get(LONG_SHORT, ratio_key[b], now)) is not None}

    async def read_ratio(symbol: str) -> float | None:
        return latest_ratio(await exchange.fetch_long_short_ratio_history(symbol, RATIO_PERIOD, None, 1))

    def needed(piece: str, symbol: str) -> bool:
        if piece == "funding_rates":
            return (markets.get(symbol) or {}).get("type") != "future"  # dated futures do not fund
        if piece == "leverage_tiers":
            return symbol not in cached_tiers
        if piece == "ohlcv":
            return symbol not in cached_candles
        return True

    jobs = [optional(piece, partial(get, s), s) for s in symbols for piece, get in wanted if needed(piece, s)]
    jobs += [optional("long_short_ratio", partial(PUBLIC.shared, LONG_SHORT, ratio_key[base],
                                                  partial(read_ratio, held[0])), held[0])
             for base, held in ratio_bases.items() if base not in ratios]
    base_of = {held[0]: base for base, held in ratio_bases.items()}
    bundle: dict[str, Any] = {
        "exchange": venue_id, "fetched_at": now.isoformat(),
        "markets": {s: _market_subset(markets.get(s) or {}) for s in symbols},
        **{piece: {} for piece in PIECE_FIELDS}, "failed": {}, "tiers_fetched_at": {},
    }
    problems: list[str] = []
    for piece, symbol, value, problem in await asyncio.gather(*jobs):
        if piece == "long_short_ratio":  # kept per base, failures too (at most one read an hour): applied below
            base = base_of[symbol]
            read: dict[str, Any] = {"ratio": value} if problem is None and value is not None else {
                "problem": problem or "Long/short ratios: none in the venue's answer"}
            ratios[base] = PUBLIC.put(LONG_SHORT, ratio_key[base], now, read)
            continue
        if problem is None and value is not None:
            bundle[piece][symbol] = value
            if piece == "leverage_tiers" and value:
                PUBLIC.put(TIERS, tiers_key[symbol], now, value)
                bundle["tiers_fetched_at"][symbol] = now
            elif piece == "ohlcv" and value:
                PUBLIC.put(CANDLES, candles_key[symbol], now, value)
        else:
            bundle["failed"].setdefault(symbol, set()).add(piece)
            if problem and problem not in problems:
                problems.append(problem)
    for base, entry in ratios.items():
        kept = entry.value if isinstance(entry.value, Mapping) else {}
        ratio = kept.get("ratio")
        for symbol in ratio_bases[base]:
            if isinstance(ratio, (int, float)) and ratio > 0:
                bundle["long_short_ratio"][symbol] = float(ratio)
            else:  # the last good ratio stays on the market (keep_last_good); the gap is named at every sync
                bundle["failed"].setdefault(symbol, set()).add("long_short_ratio")
        problem = kept.get("problem")
        if ratio is None and isinstance(problem, str) and problem and problem not in problems:
            problems.append(problem)
    for symbol, entry in cached_tiers.items():
        bundle["leverage_tiers"][symbol] = entry.value
        bundle["tiers_fetched_at"][symbol] = entry.fetched_at
    for symbol, entry in cached_candles.items():
        ticker = bundle["tickers"].get(symbol) or {}
        last = ticker.get("last") if isinstance(ticker.get("last"), (int, float)) else None
        bundle["ohlcv"][symbol] = with_current_close(entry.value, float(last) if last and last > 0 else None, now)
    return bundle, problems
