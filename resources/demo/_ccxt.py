"""Offline ccxt instances for the generator: markets from ``_spec`` are set by hand (no network).

The generator writes raw exchange payloads and lets the pinned ccxt parse them, so the stored unified
structures are exactly what a live ``fetch_*`` call would return for the same payload.
"""

from __future__ import annotations

from functools import cache

import ccxt
from _spec import VENUES, base_of

CCXT_IDS = {"binanceusdm": "binanceusdm", "bybit": "bybit", "okx": "okx"}


def market_dict(venue: str, symbol: str) -> dict:
    """A ccxt market for one linear USDT swap (the fields the app reads plus what ccxt needs)."""
    v = VENUES[venue]
    s = v["symbols"][symbol]
    base = base_of(symbol)
    return {
        "id": s["id"], "symbol": symbol, "base": base, "quote": "USDT", "settle": "USDT",
        "baseId": base, "quoteId": "USDT", "settleId": "USDT",
        "type": "swap", "spot": False, "margin": False, "swap": True, "future": False, "option": False,
        "active": True, "contract": True, "linear": True, "inverse": False,
        "contractSize": s.get("contract_size", 1.0),
        "taker": v["taker"], "maker": v["maker"],
        "precision": {"price": float(s["tick"]), "amount": float(s["step"])},
        "limits": {"leverage": {"min": 1, "max": s["max_lev"]}, "amount": {"min": float(s["step"]), "max": None},
                   "price": {"min": None, "max": None}, "cost": {"min": None, "max": None}},
        "info": {},
    }


def market_subset(venue: str, symbol: str) -> dict:
    """What the demo stores per market (a subset of the ccxt market)."""
    m = market_dict(venue, symbol)
    keys = ("id", "symbol", "base", "quote", "settle", "type", "swap", "linear", "inverse", "contract",
            "contractSize", "taker", "maker", "precision")
    out = {k: m[k] for k in keys}
    out["limits"] = {"leverage": {"max": m["limits"]["leverage"]["max"]}}
    return out


@cache
def exchange(venue: str):
    ex = getattr(ccxt, CCXT_IDS[venue])()
    ex.set_markets([market_dict(venue, s) for s in VENUES[venue]["symbols"]])
    if venue == "bybit":
        ex.options["enableUnifiedAccount"] = True
    return ex


def market(venue: str, symbol: str) -> dict:
    return exchange(venue).market(symbol)
