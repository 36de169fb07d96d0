"""Maintenance-margin tiers per venue, in each venue's raw API shape, plus lookups for the generator.

Binance brackets and Bybit risk limits carry a deduction (``cum`` / ``mmDeduction``) built with the
recursion ``cum_n = cum_{n-1} + floor_n * (MMR_n - MMR_{n-1})`` so maintenance margin is continuous
at every floor (reference/liquidation.md §2.4). Computed in Decimal so the stored strings are exact.
OKX position tiers have no deduction and count sizes in contracts.
"""

from __future__ import annotations

from decimal import Decimal as D

from _ccxt import exchange, market
from _spec import VENUES

# (notionalFloor, notionalCap, maintMarginRatio, maxLeverage); BTC is TV-BN-C1 of liquidation.md.
_BN_BTC = [(0, 50_000, "0.004", 125), (50_000, 250_000, "0.005", 100), (250_000, 1_000_000, "0.01", 50),
           (1_000_000, 7_500_000, "0.025", 20), (7_500_000, 40_000_000, "0.05", 10),
           (40_000_000, 100_000_000, "0.1", 5), (100_000_000, 200_000_000, "0.125", 4),
           (200_000_000, 400_000_000, "0.15", 3), (400_000_000, 600_000_000, "0.25", 2),
           (600_000_000, 1_000_000_000, "0.5", 1)]
_BN_ETH = [(0, 50_000, "0.005", 100), (50_000, 250_000, "0.0065", 75), (250_000, 1_000_000, "0.01", 50),
           (1_000_000, 5_000_000, "0.02", 25), (5_000_000, 25_000_000, "0.05", 10),
           (25_000_000, 50_000_000, "0.1", 5), (50_000_000, 100_000_000, "0.125", 4),
           (100_000_000, 200_000_000, "0.15", 3), (200_000_000, 400_000_000, "0.25", 2),
           (400_000_000, 600_000_000, "0.5", 1)]
_BN_ALT = [(0, 10_000, "0.01", 75), (10_000, 50_000, "0.015", 50), (50_000, 250_000, "0.02", 25),
           (250_000, 1_000_000, "0.05", 10), (1_000_000, 5_000_000, "0.1", 5), (5_000_000, 10_000_000, "0.125", 4),
           (10_000_000, 20_000_000, "0.15", 3), (20_000_000, 30_000_000, "0.25", 2),
           (30_000_000, 50_000_000, "0.5", 1)]
_BN_BNB = [(0, 10_000, "0.0065", 75), (10_000, 50_000, "0.01", 50), (50_000, 250_000, "0.02", 25),
           (250_000, 1_000_000, "0.05", 10), (1_000_000, 5_000_000, "0.1", 5), (5_000_000, 10_000_000, "0.125", 4),
           (10_000_000, 20_000_000, "0.15", 3), (20_000_000, 30_000_000, "0.25", 2),
           (30_000_000, 50_000_000, "0.5", 1)]
BINANCE = {"BTC/USDT:USDT": _BN_BTC, "ETH/USDT:USDT": _BN_ETH, "SOL/USDT:USDT": _BN_ALT,
           "BNB/USDT:USDT": _BN_BNB, "XRP/USDT:USDT": _BN_ALT}

# (riskLimitValue = cap in USDT, maintenanceMargin, initialMargin, maxLeverage)
BYBIT = {
    "BTC/USDT:USDT": [(2_000_000, "0.005", "0.01", 100), (10_000_000, "0.01", "0.02", 50),
                      (20_000_000, "0.015", "0.025", 40), (40_000_000, "0.02", "0.04", 25),
                      (80_000_000, "0.025", "0.05", 20), (150_000_000, "0.05", "0.1", 10),
                      (300_000_000, "0.1", "0.2", 5)],
    "ETH/USDT:USDT": [(1_000_000, "0.005", "0.01", 100), (5_000_000, "0.01", "0.02", 50),
                      (10_000_000, "0.015", "0.025", 40), (20_000_000, "0.02", "0.04", 25),
                      (40_000_000, "0.025", "0.05", 20), (80_000_000, "0.05", "0.1", 10),
                      (150_000_000, "0.1", "0.2", 5)],
}

# (maxSz in contracts, mmr, maxLever); imr = 1/maxLever; minSz = previous maxSz (contiguous, as the tier validator
# expects).
OKX = {
    "BTC/USDT:USDT": [(50_000, "0.004", 100), (100_000, "0.005", 75), (200_000, "0.008", 50),
                      (400_000, "0.015", 20), (800_000, "0.03", 10), (1_500_000, "0.06", 5)],
    "ETH/USDT:USDT": [(50_000, "0.004", 100), (100_000, "0.006", 75), (250_000, "0.01", 50),
                      (500_000, "0.02", 20), (1_000_000, "0.04", 10), (2_000_000, "0.08", 5)],
    "SOL/USDT:USDT": [(20_000, "0.01", 50), (50_000, "0.015", 30), (100_000, "0.02", 20),
                      (200_000, "0.05", 10), (400_000, "0.1", 5)],
}


def _dec(d: D) -> str:
    """A Decimal as a plain string: 50.000 -> "50", 0.0333.. -> "0.03333333"."""
    text = f"{d.quantize(D('1e-8')).normalize():f}"
    return text


def _deductions(floors_mmrs: list[tuple[D, D]]) -> list[D]:
    out, prev_mmr, cum = [], None, D(0)
    for floor, mmr in floors_mmrs:
        if prev_mmr is not None:
            cum += floor * (mmr - prev_mmr)
        out.append(cum)
        prev_mmr = mmr
    return out


def binance_raw(symbol: str) -> dict:
    """``GET /fapi/v1/leverageBracket`` entry for one symbol (numbers as decimal strings)."""
    rows = BINANCE[symbol]
    cums = _deductions([(D(f), D(m)) for f, _, m, _ in rows])
    sid = VENUES["binanceusdm"]["symbols"][symbol]["id"]
    return {"symbol": sid, "brackets": [
        {"bracket": str(i + 1), "initialLeverage": str(lev), "notionalCap": str(cap), "notionalFloor": str(floor),
         "maintMarginRatio": mmr, "cum": _dec(cum)}
        for i, ((floor, cap, mmr, lev), cum) in enumerate(zip(rows, cums))]}


def bybit_raw(symbol: str) -> list[dict]:
    """``GET /v5/market/risk-limit`` rows for one symbol."""
    rows = BYBIT[symbol]
    floors = [0] + [r[0] for r in rows[:-1]]
    deds = _deductions([(D(f), D(r[1])) for f, r in zip(floors, rows)])
    sid = VENUES["bybit"]["symbols"][symbol]["id"]
    return [{"id": i + 1, "symbol": sid, "riskLimitValue": str(cap), "maintenanceMargin": mmr,
             "initialMargin": imr, "isLowestRisk": 1 if i == 0 else 0, "maxLeverage": f"{lev:.2f}",
             "mmDeduction": _dec(ded)}
            for i, ((cap, mmr, imr, lev), ded) in enumerate(zip(rows, deds))]


def okx_raw(symbol: str) -> list[dict]:
    """``GET /api/v5/public/position-tiers`` rows (sizes in contracts)."""
    sid = VENUES["okx"]["symbols"][symbol]["id"]
    family = sid.rsplit("-", 1)[0]
    out, prev = [], None
    for i, (max_sz, mmr, lev) in enumerate(OKX[symbol]):
        out.append({"baseMaxLoan": "", "imr": _dec(D(1) / D(lev)), "instId": sid, "instFamily": family,
                    "maxLever": str(lev), "maxSz": str(max_sz), "minSz": "0" if prev is None else str(prev),
                    "mmr": mmr, "optMgnFactor": "0", "quoteMaxLoan": "", "tier": str(i + 1), "uly": family})
        prev = max_sz
    return out


def ccxt_tiers(venue: str, symbol: str) -> list[dict]:
    """The unified leverage tiers ccxt's ``fetch_market_leverage_tiers`` gives for the raw rows above."""
    ex, mkt = exchange(venue), market(venue, symbol)
    raw = {"binanceusdm": binance_raw, "bybit": bybit_raw, "okx": okx_raw}[venue](symbol)
    return ex.parse_market_leverage_tiers(raw, mkt)


# ---- lookups used to compute liquidation prices --------------------------------------------------

def binance_bracket(symbol: str, notional: float) -> tuple[float, float]:
    """(MMR, cum USDT) of the bracket holding ``notional`` USDT (a floor belongs to the higher tier)."""
    for b in reversed(binance_raw(symbol)["brackets"]):
        if notional >= float(b["notionalFloor"]):
            return float(b["maintMarginRatio"]), float(b["cum"])
    raise ValueError(notional)


def binance_brackets(symbol: str) -> list[tuple[float, float, float, float]]:
    """[(floor, cap, MMR, cum)] in USDT."""
    return [(float(b["notionalFloor"]), float(b["notionalCap"]), float(b["maintMarginRatio"]), float(b["cum"]))
            for b in binance_raw(symbol)["brackets"]]


def bybit_risk_limit(symbol: str, value: float) -> dict:
    """The risk-limit row whose cap covers a position value (USDT)."""
    for row in bybit_raw(symbol):
        if value <= float(row["riskLimitValue"]):
            return row
    raise ValueError(value)


def okx_mmr(symbol: str, contracts: float) -> float:
    for row in okx_raw(symbol):
        if contracts <= float(row["maxSz"]):
            return float(row["mmr"])
    raise ValueError(contracts)
