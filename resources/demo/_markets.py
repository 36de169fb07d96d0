"""Market bundles per venue: markets, tickers, funding, open interest, deep order books, tiers, daily candles.

Raw payloads are shaped like each venue's REST answer and parsed by the pinned ccxt, so units follow ccxt:
OKX order-book amounts, open interest (``openInterestAmount``) and candle volumes are in CONTRACTS
(0.01 BTC / 0.1 ETH / 1 SOL); Binance and Bybit use base units (contractSize 1).
"""

from __future__ import annotations

import math

import numpy as np
from _ccxt import exchange, market, market_subset
from _spec import (
    AS_OF_ISO,
    AS_OF_MS,
    ASSETS,
    DAY_MS,
    N_CANDLES,
    NEXT_FUNDING_MS,
    SEED,
    VENUES,
    base_of,
    candle_ms,
    decimals_of,
    fmt,
    index_of,
    iso,
    mark_of,
    to_step,
)
from _tiers import ccxt_tiers

# BTC anchors (day index from 2025-11-15, close USD); a Brownian bridge runs between them.
BTC_ANCHORS = [(0, 95_500), (6, 84_800), (12, 90_800), (16, 86_500), (25, 92_300), (33, 85_700), (46, 87_600),
               (52, 91_500), (60, 92_800), (66, 89_000), (71, 86_800), (77, 78_500), (80, 76_000),
               (81, 73_200), (82, 62_900), (83, 70_600), (85, 70_900), (87, 68_900), (88, 67_900), (89, 67_450)]
DIP_DAY, DIP_LOW_BTC = 82, 60_180.0  # 2026-02-05 intraday low
BOOK_LEVELS = 220                    # per side
BOOK_REACH = 0.036                   # farthest level, fraction of mid
DEPTH_EXPONENT = 0.7                 # cumulative depth D(x) = D_1% * (x / 1%)^0.7


def btc_log_path(rng: np.random.Generator, sigma: float = 0.021) -> np.ndarray:
    out = np.empty(N_CANDLES)
    for (d0, p0), (d1, p1) in zip(BTC_ANCHORS, BTC_ANCHORS[1:]):
        n = d1 - d0
        walk = np.concatenate([[0.0], np.cumsum(rng.normal(0, sigma, n))])
        bridge = walk - np.linspace(0, 1, n + 1) * walk[-1]
        out[d0:d1 + 1] = np.linspace(math.log(p0), math.log(p1), n + 1) + bridge
    return out


def asset_log_paths(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Log close paths per asset (reference level: the Binance last price); alts follow BTC with a beta."""
    btc = btc_log_path(rng)
    paths = {"BTC": btc}
    for asset, a in ASSETS.items():
        if asset == "BTC":
            continue
        steps = rng.normal(0, 0.012, N_CANDLES)
        idio = -np.concatenate([np.cumsum(steps[:0:-1])[::-1], [0.0]])  # pinned to 0 on the last day
        end = math.log(VENUES["binanceusdm"]["symbols"][f"{asset}/USDT:USDT"]["last"])
        paths[asset] = end + a["beta"] * (btc - btc[-1]) + idio
    return paths


def ohlcv(rng, log_path: np.ndarray, spec: dict, beta: float, contract_size: float) -> list[list]:
    """90 daily candles [ts_ms, open, high, low, close, volume]; the last (today's, half a day) closes at last."""
    tick, last = spec["tick"], spec["last"]
    closes = np.exp(log_path - log_path[-1]) * last * (1 + rng.normal(0, 0.0003, N_CANDLES))
    closes[-1] = last
    sd = 0.022 * beta
    rows, prev = [], closes[0] * math.exp(rng.normal(0, sd))
    for i, close in enumerate(closes):
        o, c = prev, float(close)
        hi = max(o, c) * (1 + abs(rng.normal(0, 0.5 * sd)))
        lo = min(o, c) * (1 - abs(rng.normal(0, 0.5 * sd)))
        if i == DIP_DAY:
            lo = min(o, c) * (DIP_LOW_BTC / dict(BTC_ANCHORS)[DIP_DAY]) ** beta
        ret = abs(math.log(c / o))
        vol_base = spec["vol_usd"] / c * rng.lognormal(0, 0.25) * (1 + min(ret / 0.03, 2.5))
        if i == N_CANDLES - 1:
            vol_base *= 0.5
        rows.append([candle_ms(i), to_step(o, tick), to_step(hi, tick, "up"), to_step(lo, tick, "down"),
                     to_step(c, tick), round(vol_base / contract_size, 3)])
        prev = c
    return rows


def book_side(rng, best: float, mid: float, spec: dict, contract_size: float, sign: int) -> list[list]:
    """Levels best first: tick-sized near the touch, then geometric out to BOOK_REACH; sizes follow D(x)."""
    tick, step = float(spec["tick"]), spec["step"]
    near = 12
    far = np.geomspace(near * tick / mid, BOOK_REACH, BOOK_LEVELS - near)
    levels, prev_price, prev_depth = [], None, 0.0
    for k in range(BOOK_LEVELS):
        price = best + sign * k * tick if k < near else to_step(mid * (1 + sign * far[k - near]), spec["tick"])
        if prev_price is not None and sign * (price - prev_price) < tick * 0.5:
            price = prev_price + sign * tick
        price = round(price, decimals_of(spec["tick"]))
        x = max(abs(price - mid) / mid, 0.5 * tick / mid)
        depth = spec["depth_1pct_usd"] * (x / 0.01) ** DEPTH_EXPONENT
        usd = (depth - prev_depth) * rng.lognormal(0, 0.35) * (2.5 if rng.random() < 0.04 else 1.0)
        amount = max(to_step(usd / price / contract_size, step), float(step))
        levels.append([price, amount])
        prev_price, prev_depth = price, depth
    return levels


def order_book(rng, venue: str, symbol: str, spec: dict) -> dict:
    cs = spec.get("contract_size", 1.0)
    best_bid = spec["last"]
    best_ask = round(best_bid + float(spec["tick"]), decimals_of(spec["tick"]))
    mid = (best_bid + best_ask) / 2
    bids = book_side(rng, best_bid, mid, spec, cs, -1)
    asks = book_side(rng, best_ask, mid, spec, cs, +1)
    if venue == "okx":  # ccxt keeps OKX's third field (deprecated liquidated-orders count, "0")
        bids = [lv + [0] for lv in bids]
        asks = [lv + [0] for lv in asks]
    ts = AS_OF_MS - 37
    nonce = 9_876_543_210_123 + int(rng.integers(0, 10**6)) if venue == "binanceusdm" else None
    return {"symbol": symbol, "bids": bids, "asks": asks, "timestamp": ts, "datetime": iso(ts), "nonce": nonce}


def _raw_ticker(venue: str, spec: dict, book: dict, open24: float, high: float, low: float, vol_base: float) -> dict:
    last, cs, d = spec["last"], spec.get("contract_size", 1.0), decimals_of(spec["tick"]) + 2
    if venue == "binanceusdm":
        return {"symbol": spec["id"], "priceChange": fmt(last - open24, d),
                "priceChangePercent": f"{(last / open24 - 1) * 100:.3f}",
                "weightedAvgPrice": fmt((high + low + last) / 3, d), "lastPrice": fmt(last, d),
                "lastQty": spec["step"], "openPrice": fmt(open24, d), "highPrice": fmt(high, d),
                "lowPrice": fmt(low, d), "volume": fmt(vol_base, 3), "quoteVolume": fmt(spec["vol_usd"], 2),
                "openTime": str(AS_OF_MS - DAY_MS + 60_000), "closeTime": str(AS_OF_MS - 1),
                "firstId": "6123456789", "lastId": "6131234567", "count": "7777778"}
    if venue == "bybit":
        return {"symbol": spec["id"], "lastPrice": fmt(last, d), "indexPrice": fmt(index_of(spec), d),
                "markPrice": fmt(mark_of(spec), d), "prevPrice24h": fmt(open24, d),
                "price24hPcnt": f"{last / open24 - 1:.6f}", "highPrice24h": fmt(high, d),
                "lowPrice24h": fmt(low, d), "prevPrice1h": fmt(last * 1.0021, d),
                "openInterest": fmt(spec["oi_usd"] / mark_of(spec), 3), "openInterestValue": fmt(spec["oi_usd"], 2),
                "turnover24h": fmt(spec["vol_usd"], 4), "volume24h": fmt(vol_base, 4),
                "fundingRate": fmt(spec["funding"], 8), "nextFundingTime": str(NEXT_FUNDING_MS),
                "predictedDeliveryPrice": "", "basisRate": "", "deliveryFeeRate": "", "deliveryTime": "0",
                "ask1Size": fmt(book["asks"][0][1], 3), "bid1Price": fmt(book["bids"][0][0], d),
                "ask1Price": fmt(book["asks"][0][0], d), "bid1Size": fmt(book["bids"][0][1], 3), "basis": "",
                "preOpenPrice": "", "preQty": "", "curPreListingPhase": ""}
    return {"instType": "SWAP", "instId": spec["id"], "last": fmt(last, d), "lastSz": "1",
            "askPx": fmt(book["asks"][0][0], d), "askSz": fmt(book["asks"][0][1], 2),
            "bidPx": fmt(book["bids"][0][0], d), "bidSz": fmt(book["bids"][0][1], 2), "open24h": fmt(open24, d),
            "high24h": fmt(high, d), "low24h": fmt(low, d), "volCcy24h": fmt(vol_base, 4),
            "vol24h": fmt(vol_base / cs, 2), "ts": str(AS_OF_MS - 5), "sodUtc0": fmt(open24 * 1.003, d),
            "sodUtc8": fmt(open24 * 0.998, d)}


def raw_ticker(venue: str, symbol: str, spec: dict, book: dict, candles: list[list]) -> dict:
    """The venue's 24h ticker row; the 24h change is the asset's (a hair different off Binance)."""
    pct = ASSETS[base_of(symbol)]["pct24h"] + (0.0 if venue == "binanceusdm" else -0.02)
    open24 = to_step(spec["last"] / (1 + pct / 100), spec["tick"])
    high = to_step(max(open24, spec["last"], candles[-1][2]) * 1.004, spec["tick"])
    low = to_step(min(open24, spec["last"], candles[-1][3]), spec["tick"])
    return _raw_ticker(venue, spec, book, open24, high, low, spec["vol_usd"] / spec["last"])


def ticker(venue: str, symbol: str, spec: dict, book: dict, raw: dict) -> dict:
    t = exchange(venue).parse_ticker(raw, market(venue, symbol))
    # The app's source merges the book's touch and the venue's mark/index endpoint into the ticker.
    t.update(bid=book["bids"][0][0], bidVolume=book["bids"][0][1], ask=book["asks"][0][0],
             askVolume=book["asks"][0][1], markPrice=mark_of(spec), indexPrice=index_of(spec))
    t["timestamp"] = t["timestamp"] or AS_OF_MS - 5
    t["datetime"] = iso(t["timestamp"])
    return t


def funding_rate(venue: str, symbol: str, spec: dict, raw_tick: dict) -> dict:
    if venue == "binanceusdm":
        raw = {"symbol": spec["id"], "markPrice": fmt(mark_of(spec), 8), "indexPrice": fmt(index_of(spec), 8),
               "estimatedSettlePrice": fmt(index_of(spec) * 0.99995, 8), "lastFundingRate": fmt(spec["funding"], 8),
               "interestRate": "0.00010000", "nextFundingTime": str(NEXT_FUNDING_MS), "time": str(AS_OF_MS - 1000)}
    elif venue == "bybit":
        raw = raw_tick  # Bybit serves funding from /v5/market/tickers
    else:
        raw = {"fundingRate": fmt(spec["funding"], 10), "fundingTime": str(NEXT_FUNDING_MS),
               "impactValue": "20000", "instId": spec["id"], "instType": "SWAP", "interestRate": "0.0001",
               "maxFundingRate": "0.00375", "method": "current_period", "minFundingRate": "-0.00375",
               "nextFundingRate": "", "nextFundingTime": str(NEXT_FUNDING_MS + 8 * 3_600_000),
               "premium": fmt(spec["funding"] - 0.0001, 10), "settFundingRate": fmt(spec["funding"] * 0.8, 10),
               "settState": "settled", "ts": str(AS_OF_MS - 1000)}
    f = exchange(venue).parse_funding_rate(raw, market(venue, symbol))
    f["interval"] = f.get("interval") or "8h"
    if f.get("timestamp") is None:  # Bybit's ticker carries no time; the fetch time stands in
        f["timestamp"], f["datetime"] = AS_OF_MS - 1000, iso(AS_OF_MS - 1000)
    return f


def open_interest(venue: str, symbol: str, spec: dict) -> dict:
    mark, cs = mark_of(spec), spec.get("contract_size", 1.0)
    base = spec["oi_usd"] / mark
    if venue == "binanceusdm":  # /futures/data/openInterestHist (5m), the Binance call that carries USD value
        raw = {"symbol": spec["id"], "sumOpenInterest": fmt(base, 8), "sumOpenInterestValue": fmt(spec["oi_usd"], 8),
               "CMCCirculatingSupply": "0", "timestamp": AS_OF_MS - 300_000}
    elif venue == "bybit":      # /v5/market/open-interest: base units, no USD value
        raw = {"openInterest": fmt(base, 8), "timestamp": str(AS_OF_MS - 300_000)}
    else:                       # /api/v5/public/open-interest: oi in contracts, oiCcy in base, oiUsd
        raw = {"instId": spec["id"], "instType": "SWAP", "oi": fmt(base / cs, 2), "oiCcy": fmt(base, 4),
               "oiUsd": fmt(spec["oi_usd"], 2), "ts": str(AS_OF_MS - 3_000)}
    return exchange(venue).parse_open_interest(raw, market(venue, symbol))


def venue_bundle(venue: str, paths: dict[str, np.ndarray]) -> dict:
    rng = np.random.default_rng([SEED, sorted(VENUES).index(venue)])
    bundle = {"exchange": venue, "fetched_at": AS_OF_ISO, "markets": {}, "tickers": {}, "funding_rates": {},
              "open_interest": {}, "order_books": {}, "leverage_tiers": {}, "ohlcv": {}}
    for symbol, spec in VENUES[venue]["symbols"].items():
        asset = base_of(symbol)
        cs = spec.get("contract_size", 1.0)
        candles = ohlcv(rng, paths[asset], spec, ASSETS[asset]["beta"], cs)
        book = order_book(rng, venue, symbol, spec)
        bundle["markets"][symbol] = market_subset(venue, symbol)
        raw_tick = raw_ticker(venue, symbol, spec, book, candles)
        bundle["tickers"][symbol] = ticker(venue, symbol, spec, book, raw_tick)
        bundle["funding_rates"][symbol] = funding_rate(venue, symbol, spec, raw_tick)
        bundle["open_interest"][symbol] = open_interest(venue, symbol, spec)
        bundle["order_books"][symbol] = book
        bundle["leverage_tiers"][symbol] = ccxt_tiers(venue, symbol)
        bundle["ohlcv"][symbol] = candles
    return bundle
