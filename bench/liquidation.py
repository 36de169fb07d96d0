"""Benchmark: 200 positions in 5 cross accounts — evaluation per shock and over a 401-point shock grid.

Prints one JSON line of figures (milliseconds).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.exchanges.normalize import tiers_from_ccxt  # noqa: E402
from core.model import Account, Balance, MarginMode, MarketState, PortfolioSnapshot, Position, Side  # noqa: E402
from core.risk import assess_accounts, assess_positions, portfolio_at  # noqa: E402

BASES = {"BTC": 60_000.0, "ETH": 3_000.0, "SOL": 150.0, "XRP": 0.6, "DOGE": 0.15}
TABLE = [(0, 50_000, 0.004, 125, 0), (50_000, 250_000, 0.005, 100, 50), (250_000, 1_000_000, 0.01, 50, 1_300),
         (1_000_000, 7_500_000, 0.025, 20, 16_300), (7_500_000, 40_000_000, 0.05, 10, 203_800)]


def build(n_positions: int = 200, n_accounts: int = 5) -> PortfolioSnapshot:
    rng = np.random.default_rng(7)
    tiers = tiers_from_ccxt("binanceusdm", [
        {"tier": i + 1, "minNotional": lo, "maxNotional": hi, "maintenanceMarginRate": m, "maxLeverage": lev,
         "info": {"cum": c}} for i, (lo, hi, m, lev, c) in enumerate(TABLE)])
    markets = tuple(MarketState("binanceusdm", f"{b}/USDT:USDT", p, tiers=tiers) for b, p in BASES.items())
    accounts = tuple(Account(f"acct{i}", "binanceusdm", f"Account {i}") for i in range(n_accounts))
    positions, balances = [], []
    for k in range(n_positions):
        base = list(BASES)[k % len(BASES)]
        mark = BASES[base]
        side = Side.LONG if rng.random() < 0.7 else Side.SHORT
        notional = float(rng.uniform(1_000, 300_000))
        entry = mark * float(rng.uniform(0.95, 1.05))
        q = notional / mark
        positions.append(Position(f"acct{k % n_accounts}", "binanceusdm", f"{base}/USDT:USDT", side, q, 1.0, entry,
                                  mark, MarginMode.CROSS, unrealized_pnl=side.sign * q * (mark - entry)))
    for a in accounts:
        balances += [Balance(a.id, "USDT", 1_000_000.0), Balance(a.id, "BTC", 5.0), Balance(a.id, "ETH", 50.0)]
    return PortfolioSnapshot(datetime(2026, 1, 1, tzinfo=UTC), accounts=accounts,
                             positions=tuple(positions), balances=tuple(balances), markets=markets,
                             prices_usd=dict(BASES))


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000.0


def main() -> None:
    snap = build()
    one = {b: np.array([-0.10]) for b in BASES}
    grid = np.linspace(-0.5, 0.5, 401)
    grid_moves = {b: grid for b in BASES}
    per_shock = best_of(lambda: portfolio_at(snap, one))
    per_grid = best_of(lambda: portfolio_at(snap, grid_moves))
    positions = best_of(lambda: assess_positions(snap), repeat=2)
    accounts = best_of(lambda: assess_accounts(snap), repeat=2)
    print(json.dumps({"bench": "liquidation", "positions": len(snap.positions), "accounts": len(snap.accounts),
                      "portfolio_at_one_shock_ms": round(per_shock, 3),
                      "portfolio_at_401_grid_ms": round(per_grid, 3),
                      "per_shock_in_grid_ms": round(per_grid / 401, 4),
                      "assess_positions_ms": round(positions, 1), "assess_accounts_ms": round(accounts, 1)}))


if __name__ == "__main__":
    main()
