"""Cascade engine speed: full grid (401 shocks x 20 symbols x 10,000 ladder buckets) and one slider shock.

Prints ONE JSON line. The scalar reference (plain loops) is timed on a few shocks of the same market and
extrapolated to the full grid for the speed-up (running it on all 401 would take minutes).
Goals (reference/cascade.md §8.6): full grid < 50 ms, single shock < 5 ms.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.cascade.depth import ImpactParams, power_law_side  # noqa: E402
from core.cascade.engine import compile_market, run_cascade  # noqa: E402
from core.cascade.ladder import Ladder  # noqa: E402
from core.cascade.market import MarketModel, SymbolModel  # noqa: E402
from core.cascade.reference import reference_cascade  # noqa: E402

N_SYMBOLS, N_BUCKETS, N_SHOCKS = 20, 10_000, 401


def bench_market(seed: int = 7) -> tuple[MarketModel, list[Ladder]]:
    rng = np.random.default_rng(seed)
    symbols, ladders = [], []
    for i in range(N_SYMBOLS):
        oi = 3e10 / (i + 1)
        d1 = 2e8 / (i + 1) ** 1.2
        symbols.append(SymbolModel(f"S{i:02d}" if i else "BTC", 100_000.0 / (i + 1), power_law_side(d1, 0.67),
                                   power_law_side(d1, 0.67, 2.0), beta=1.0 + 0.05 * i, open_interest_usd=oi))
        half = N_BUCKETS // 2
        lev = rng.choice([2, 3, 5, 10, 20, 25, 50, 100], size=(2, half))
        entry = rng.normal(0.0, 0.04, size=(2, half))
        ll = np.minimum((1 + entry[0]) * (1 - 1 / lev[0] + 0.004) - 1, -1e-4)
        sl = np.maximum((1 + entry[1]) * (1 + 1 / lev[1] - 0.004) - 1, 1e-4)
        notional = rng.lognormal(0, 1, size=(2, half))
        notional *= oi / notional.sum()
        ladders.append(Ladder(ll, ll - 0.004, notional[0] * 0.6 * 2, sl, sl + 0.004, notional[1] * 0.4 * 2))
    return MarketModel(tuple(symbols), impact=ImpactParams(depth_factor=20.0)), ladders


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    model, ladders = bench_market()
    t0 = time.perf_counter()
    cm = compile_market(model, ladders)
    compile_s = time.perf_counter() - t0
    grid = np.linspace(-0.5, 0.5, N_SHOCKS)
    result = run_cascade(cm, grid)
    full_s = best_of(lambda: run_cascade(cm, grid), 7)
    single_s = best_of(lambda: run_cascade(cm, [-0.12]), 50)
    sample = grid[[40, 160, 300]]
    t0 = time.perf_counter()
    ref = reference_cascade(model, sample, ladders)
    ref_per_shock = (time.perf_counter() - t0) / len(sample)
    worst = max(abs(ref[j][name]["move"] - result.final_move[i, k])
                for j, k in enumerate([40, 160, 300]) for i, name in enumerate(cm.names))
    print(json.dumps({
        "benchmark": "cascade", "shocks": N_SHOCKS, "symbols": N_SYMBOLS, "buckets_per_symbol": N_BUCKETS,
        "compile_ms": round(compile_s * 1e3, 2),
        "full_grid_ms": round(full_s * 1e3, 2), "single_shock_ms": round(single_s * 1e3, 3),
        "iterations_max": int(result.iterations.max()),
        "iterations_mean": round(float(result.iterations.mean()), 2),
        "runaway_share": round(float(result.runaway.mean()), 3),
        "scalar_reference_ms_per_shock": round(ref_per_shock * 1e3, 1),
        "scalar_reference_full_grid_s_extrapolated": round(ref_per_shock * N_SHOCKS, 1),
        "speedup_vs_scalar": round(ref_per_shock * N_SHOCKS / full_s, 0),
        "max_abs_move_diff_vs_scalar": worst,
        "goals_met": bool(full_s < 0.050 and single_s < 0.005),
    }))


if __name__ == "__main__":
    main()
