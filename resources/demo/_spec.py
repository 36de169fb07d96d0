"""The demo world's fixed facts: the moment, the venues, the symbols and their market figures.

Used only by ``_generate.py`` (and its helpers). Prices are plausible for 2026-02-12 12:00 UTC;
everything else (depth, open interest, funding) is synthetic but in realistic ranges.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal

AS_OF = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)
AS_OF_ISO = "2026-02-12T12:00:00Z"
AS_OF_MS = int(AS_OF.timestamp() * 1000)
DAY_MS = 86_400_000
FIRST_CANDLE = datetime(2025, 11, 15, tzinfo=UTC)  # 90 daily candles: 2025-11-15 .. 2026-02-12
N_CANDLES = 90
NEXT_FUNDING_MS = int(datetime(2026, 2, 12, 16, tzinfo=UTC).timestamp() * 1000)
SEED = 20260212

# USD prices used for valuation (the manifest's prices_usd); BTC etc. equal Binance's last price.
# "EUR" is the EUR/USD reference rate (USD per euro) for the EUR display currency: a plausible 2026-02-12
# value, invented like the rest of the demo.
PRICES_USD = {"BTC": 67450.0, "ETH": 1950.0, "SOL": 80.0, "BNB": 615.0, "XRP": 1.40,
              "USDT": 1.0, "USDC": 1.0, "PAXG": 4968.0, "EUR": 1.17}

# Per asset: 24h change (%), start of the 90-day window (USD), beta to BTC's daily log returns.
ASSETS = {
    "BTC": {"pct24h": -1.37, "beta": 1.0},
    "ETH": {"pct24h": -2.50, "beta": 1.30},
    "SOL": {"pct24h": -3.75, "beta": 1.55},
    "BNB": {"pct24h": -0.59, "beta": 1.10},
    "XRP": {"pct24h": -2.20, "beta": 1.35},
}

# ccxt-style market figures per venue. ``depth_1pct_usd``: resting size within 1 % of mid, per side.
# ``oi_usd``: open interest in USD. ``contract_size``: base per contract (linear USDT swaps).
VENUES = {
    "binanceusdm": {
        "taker": 0.0005, "maker": 0.0002,
        "symbols": {
            "BTC/USDT:USDT": dict(id="BTCUSDT", tick="0.1", step="0.001", max_lev=125, last=67450.0,
                                  depth_1pct_usd=20e6, oi_usd=7.6e9, funding=0.00003, vol_usd=14.5e9),
            "ETH/USDT:USDT": dict(id="ETHUSDT", tick="0.01", step="0.001", max_lev=100, last=1950.0,
                                  depth_1pct_usd=12e6, oi_usd=4.1e9, funding=-0.00002, vol_usd=9.8e9),
            "SOL/USDT:USDT": dict(id="SOLUSDT", tick="0.01", step="1", max_lev=75, last=80.0,
                                  depth_1pct_usd=2.6e6, oi_usd=0.95e9, funding=-0.0003, vol_usd=2.4e9),
            "BNB/USDT:USDT": dict(id="BNBUSDT", tick="0.01", step="0.01", max_lev=75, last=615.0,
                                  depth_1pct_usd=1.4e6, oi_usd=0.38e9, funding=0.00005, vol_usd=0.45e9),
            "XRP/USDT:USDT": dict(id="XRPUSDT", tick="0.0001", step="0.1", max_lev=75, last=1.40,
                                  depth_1pct_usd=2.2e6, oi_usd=0.62e9, funding=-0.00004, vol_usd=1.2e9),
        },
    },
    "bybit": {
        "taker": 0.00055, "maker": 0.0002,
        "symbols": {
            "BTC/USDT:USDT": dict(id="BTCUSDT", tick="0.1", step="0.001", max_lev=100, last=67441.5,
                                  depth_1pct_usd=12e6, oi_usd=4.6e9, funding=-0.00001, vol_usd=7.9e9),
            "ETH/USDT:USDT": dict(id="ETHUSDT", tick="0.01", step="0.01", max_lev=100, last=1949.62,
                                  depth_1pct_usd=7e6, oi_usd=2.3e9, funding=-0.00004, vol_usd=4.6e9),
        },
    },
    "okx": {
        "taker": 0.0005, "maker": 0.0002,
        "symbols": {
            "BTC/USDT:USDT": dict(id="BTC-USDT-SWAP", tick="0.1", step="0.01", max_lev=100, last=67458.3,
                                  contract_size=0.01, depth_1pct_usd=9e6, oi_usd=2.7e9, funding=0.00001,
                                  vol_usd=5.1e9),
            "ETH/USDT:USDT": dict(id="ETH-USDT-SWAP", tick="0.01", step="0.01", max_lev=100, last=1950.37,
                                  contract_size=0.1, depth_1pct_usd=5e6, oi_usd=1.35e9, funding=-0.00003,
                                  vol_usd=3.3e9),
            "SOL/USDT:USDT": dict(id="SOL-USDT-SWAP", tick="0.01", step="0.01", max_lev=50, last=79.98,
                                  contract_size=1.0, depth_1pct_usd=1.5e6, oi_usd=0.36e9, funding=-0.00022,
                                  vol_usd=0.9e9),
        },
    },
}


def base_of(symbol: str) -> str:
    return symbol.split("/")[0]


def decimals_of(step: str) -> int:
    return max(0, -Decimal(step).as_tuple().exponent)


def to_step(value: float, step: str, mode: str = "nearest") -> float:
    """Round to a multiple of ``step`` (a decimal string), returned as a clean float."""
    s = float(step)
    n = value / s
    n = math.floor(n + 1e-9) if mode == "down" else math.ceil(n - 1e-9) if mode == "up" else round(n)
    return round(n * s, decimals_of(step))


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def candle_ms(i: int) -> int:
    return int((FIRST_CANDLE + timedelta(days=i)).timestamp() * 1000)


def mark_of(spec: dict) -> float:
    """Mark price: a hair above last (the mark is smoothed; the last trade hit a bid)."""
    return round(spec["last"] * (1 + 0.00003), decimals_of(spec["tick"]) + 2)


def index_of(spec: dict) -> float:
    return round(spec["last"] * (1 + 0.00011), decimals_of(spec["tick"]) + 2)


def fmt(value: float, digits: int = 8) -> str:
    """A number as exchanges send it: a decimal string without exponent or trailing noise."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
