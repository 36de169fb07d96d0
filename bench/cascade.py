"""Cascade engine speed: full grid (401 shocks x 20 symbols x 10,000 ladder buckets) and one slider shock,
against fair baselines.

* ``fair_scalar``: the same algorithm in plain Python with the same binary searches the engine does (sorted
  levels with suffix/prefix sums, ``bisect`` into them and into the depth table), per (symbol, shock); timed on
  the whole grid and on one shock. This is the honest "what vectorising buys" comparison.
* ``numpy_floor``: the bare numpy work of the fixed point (per iteration: two ``searchsorted`` into the ladders,
  the gathers, one ``searchsorted`` into the depth tables and the interpolation), over the same number of active
  elements per iteration the engine needed, without any of the engine's bookkeeping: how close the engine is to
  what numpy itself costs.
* ``naive_scalar``: the test oracle (``core.cascade.reference``, which scans every bucket), timed on 3 shocks and
  extrapolated: kept for continuity, not a fair baseline.

Prints ONE JSON line. Goals (reference/cascade.md §8.6): full grid < 50 ms, single shock < 5 ms.
"""

from __future__ import annotations

import json
import math
import sys
import time
from bisect import bisect_left, bisect_right
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.cascade.depth import ImpactParams, impact_curve, power_law_side  # noqa: E402
from core.cascade.engine import CompiledMarket, compile_market, run_cascade  # noqa: E402
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


class FairScalar:
    """The engine's algorithm for one (symbol, shock) at a time, in plain Python, with binary searches."""

    def __init__(self, model: MarketModel, ladders: list[Ladder]) -> None:
        self.model = model
        self.names = [sym.symbol for sym in model.symbols]
        self.tables = []
        for sym, lad in zip(model.symbols, ladders):
            lo = np.argsort(lad.long_level, kind="stable")
            so = np.argsort(lad.short_level, kind="stable")
            long_levels = lad.long_level[lo].tolist()
            long_suffix = np.concatenate([np.cumsum(lad.long_notional_usd[lo][::-1])[::-1], [0.0]]).tolist()
            short_levels = lad.short_level[so].tolist()
            short_prefix = np.concatenate([[0.0], np.cumsum(lad.short_notional_usd[so])]).tolist()
            sides = []
            for side in (sym.bid, sym.ask):
                xs, ld, end = impact_curve(side, model.impact, sym.daily_vol, sym.daily_volume_usd)
                sides.append((xs.tolist(), ld.tolist(), float(end), float(xs[-1])))
            self.tables.append((long_levels, long_suffix, short_levels, short_prefix, sides))

    @staticmethod
    def _walk(flow: float, xs: list[float], ld: list[float]) -> float:
        if flow <= 0:
            return 0.0
        lf = math.log(flow)
        hi = min(max(bisect_left(ld, lf), 1), len(xs) - 1)
        lo = hi - 1
        t = (lf - ld[lo]) / (ld[hi] - ld[lo])
        return math.exp(math.log(xs[lo]) + t * (math.log(xs[hi]) - math.log(xs[lo])))

    def solve(self, i: int, m_ex: float) -> float:
        long_levels, long_suffix, short_levels, short_prefix, sides = self.tables[i]
        m, previous = m_ex, None
        tol = self.model.tolerance
        for _ in range(self.model.max_iterations):
            il = bisect_left(long_levels, m)  # longs with level >= m are liquidated
            js = bisect_right(short_levels, m)  # shorts with level <= m
            net = long_suffix[il] - short_prefix[js]
            xs, ld, end, x_max = sides[0] if net > 0 else sides[1]
            flow = abs(net)
            x = x_max if flow > end and flow > 0 else min(self._walk(flow, xs, ld), x_max)
            m_new = max(m_ex - x if net > 0 else m_ex + x, -1.0)
            stop = (il, js) == previous or abs(m_new - m) <= tol * max(1.0 + m, 1e-12)
            m, previous = m_new, (il, js)
            if stop:
                break
        return m

    def run(self, shocks) -> list[list[float]]:
        """Final moves [shock][symbol], the driver first and the others following its final move."""
        model = self.model
        d = self.names.index(model.driver) if model.driver in self.names else None
        out = []
        for shock in shocks:
            moves = [0.0] * len(self.names)
            if d is not None:
                moves[d] = self.solve(d, model.symbols[d].beta * shock)
            for i, sym in enumerate(model.symbols):
                if i != d:
                    moves[i] = self.solve(i, sym.beta * (moves[d] if d is not None else shock))
            out.append(moves)
        return out


def numpy_floor(cm: CompiledMarket, iterations: np.ndarray, exo: np.ndarray) -> None:
    """The fixed point's bare numpy work for elements active as ``iterations`` says, no bookkeeping."""
    n_sym = len(cm.names)
    iters = iterations.ravel()
    sym = np.repeat(np.arange(n_sym), iterations.shape[1])
    m_ex = exo.ravel().copy()
    m = m_ex.copy()
    xs, ld, _end, _xmax = cm.curves
    offset = (np.nanmax(ld) - np.nanmin(ld) + 1.0) * np.arange(ld.shape[0])[:, None]
    flat_ld = (ld + offset).ravel()
    flat_lx = np.log(xs).ravel()
    g = ld.shape[1]
    for k in range(1, int(iters.max()) + 1):
        act = np.flatnonzero(iters >= k)
        s_a = sym[act]
        key = m[act] + s_a * 32.0
        il = np.searchsorted(cm.long_keys, key)
        js = np.searchsorted(cm.short_keys, key, side="right")
        net = cm.long_suffix[il + s_a] - cm.short_prefix[js + s_a]
        row = np.where(net > 0, s_a, s_a + n_sym)
        lf = np.log(np.abs(net) + 1e-300) + offset[row, 0]
        j = np.clip(np.searchsorted(flat_ld, lf), row * g + 1, row * g + g - 1)
        t = (lf - flat_ld[j - 1]) / (flat_ld[j] - flat_ld[j - 1])
        m[act] = m_ex[act] - np.exp(flat_lx[j - 1] + t * (flat_lx[j] - flat_lx[j - 1]))


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
    fair = FairScalar(model, ladders)
    t0 = time.perf_counter()
    fair_moves = fair.run(grid.tolist())
    fair_full_s = time.perf_counter() - t0
    fair_single_s = best_of(lambda: fair.run([-0.12]), 20)
    fair_worst = float(np.max(np.abs(np.array(fair_moves).T - result.final_move)))
    floor_s = best_of(lambda: numpy_floor(cm, result.iterations, result.exogenous_move), 7)
    single = run_cascade(cm, [-0.12])
    floor_single_s = best_of(lambda: numpy_floor(cm, single.iterations, single.exogenous_move), 50)
    print(json.dumps({
        "benchmark": "cascade", "shocks": N_SHOCKS, "symbols": N_SYMBOLS, "buckets_per_symbol": N_BUCKETS,
        "compile_ms": round(compile_s * 1e3, 2),
        "full_grid_ms": round(full_s * 1e3, 2), "single_shock_ms": round(single_s * 1e3, 3),
        "iterations_max": int(result.iterations.max()),
        "iterations_mean": round(float(result.iterations.mean()), 2),
        "runaway_share": round(float(result.runaway.mean()), 3),
        "fair_scalar_full_grid_ms": round(fair_full_s * 1e3, 1),
        "fair_scalar_single_shock_ms": round(fair_single_s * 1e3, 3),
        "speedup_vs_fair_scalar_grid": round(fair_full_s / full_s, 1),
        "speedup_vs_fair_scalar_single": round(fair_single_s / single_s, 2),
        "max_abs_move_diff_vs_fair_scalar": fair_worst,
        "numpy_floor_full_grid_ms": round(floor_s * 1e3, 2),
        "numpy_floor_single_shock_ms": round(floor_single_s * 1e3, 3),
        "engine_vs_numpy_floor_grid": round(full_s / floor_s, 2),
        "engine_vs_numpy_floor_single": round(single_s / floor_single_s, 2),
        "naive_scalar_ms_per_shock": round(ref_per_shock * 1e3, 1),
        "naive_scalar_full_grid_s_extrapolated": round(ref_per_shock * N_SHOCKS, 1),
        "max_abs_move_diff_vs_naive_scalar": worst,
        "goal_ms": {"full_grid": 50, "single_shock": 5},
        "goals_met": bool(full_s < 0.050 and single_s < 0.005),
    }))


if __name__ == "__main__":
    main()
