"""The first, single-event construction against 2025-10-10 (reference/cascade.md §7, §9.3), kept for comparison.

The constants in code no longer come from here: they come from the fit on the event library
(``core.cascade.fit``, docs/cascade.md §3). This construction sat on a tipping point (its depth factor is, by
design, the largest k at which a -5 % trigger still cascades to -15 %) and capped liquidations at a few % of open
interest; ``bench/calibrate_cascade.py`` still reproduces it.

Two free parameters, two targets:

* the **levered share** ``h`` of open interest: the prior leverage mix (``DEFAULT_LEVERAGE_MIX``) holds a
  share ``h``; the rest is effectively unlevered (hedged basis trades, cross accounts with ample margin)
  and sits at 1x, out of reach of any realistic move. Target: long liquidations of
  83.9 % × $6.93B = $5.81B in the first 40 minutes (Amberdata) for a BTC move of -15 %.
* the **depth factor** ``k``: scales the visible books (4 major venues × the CoinDesk band depths of
  early October 2025) for replenishment and the venues not counted. Target: an exogenous trigger
  ``s0`` ends at -15 % once the cascade has played out.

Given the ladder, ``h`` follows from the ladder alone (everything with a level above -15 % is liquidated);
``k`` by bisection as the largest depth factor for which the trigger ``s0`` still cascades to -15 %
(the tipping point, see ``fit_depth_factor``). ``s0`` is an assumption, so k is reported for a range
of triggers. Every input below says where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.cascade.depth import DepthSide, ImpactParams, fit_power_law, power_law_side
from core.cascade.engine import compile_market, run_cascade
from core.cascade.ladder import levered_mix
from core.cascade.market import MarketModel, SymbolModel


@dataclass(frozen=True)
class EventInputs:
    """2025-10-10/11 inputs; [3p] relayed figures, [assumption] ours (reference/cascade.md §2.1, §7)."""

    btc_low_usd: float = 102_000.0  # BTC briefly ≈ $102k [3p]
    btc_drawdown: float = -0.15  # "roughly -15 %" (§9.3); with the low this puts the pre-crash mark at $120k
    open_interest_usd: float = 235.9e9  # the WHOLE market's nominal OI on 2025-10-07 [3p seed news] (not BTC's:
    # BTC's peak was about $92B, CoinGlass); it matches the whole-market liquidation target below
    liquidated_40min_usd: float = 6.93e9  # Amberdata, first 40 minutes from 20:50 UTC [3p]
    long_share_of_liquidations: float = 0.839  # Amberdata window [3p]
    venue_band_depth_usd: tuple[tuple[float, float], ...] = ((0.005, 15.5e6), (0.01, 20e6), (0.05, 40e6))
    # CoinDesk Research, average cumulative BTC depth per major CEX, early October 2025 [3p]
    major_venues: int = 4  # the top 4 venues carry ≈ 62 % of derivatives volume [3p]; depth summed over them
    long_share_of_oi: float = 0.60  # [assumption] the 60/40 long bias used by public ladders (rankloop)
    entry_vol: float = 0.05  # [assumption] entries spread ±5 % around the mark (weeks of a 110-126k range)
    trigger: float = -0.05  # [assumption] the tariff news alone, before forced selling: ≈ 1.5 daily σ

    @property
    def mark_usd(self) -> float:
        return self.btc_low_usd / (1.0 + self.btc_drawdown)

    @property
    def target_long_liquidations_usd(self) -> float:
        return self.liquidated_40min_usd * self.long_share_of_liquidations


def event_depth(inputs: EventInputs) -> DepthSide:
    """Bid side of the summed major-venue books, fitted to the CoinDesk bands (power law through them)."""
    xs = [x for x, _ in inputs.venue_band_depth_usd]
    ds = [d * inputs.major_venues for _, d in inputs.venue_band_depth_usd]
    d1, a = fit_power_law(xs, ds)
    return power_law_side(d1, a)


def event_model(inputs: EventInputs, depth_factor: float, levered_share: float) -> MarketModel:
    side = event_depth(inputs)
    btc = SymbolModel("BTC", inputs.mark_usd, side, DepthSide(side.bands, side.exponent, 3.0),
                      open_interest_usd=inputs.open_interest_usd, long_share=inputs.long_share_of_oi,
                      entry_vol=inputs.entry_vol, venues=("binanceusdm", "bybit", "okx", "hyperliquid"))
    return MarketModel((btc,), impact=ImpactParams(depth_factor=depth_factor),
                       leverage_mix=levered_mix(levered_share), tolerance=1e-10, max_iterations=1000,
                       source="calibration 2025-10-10")


def long_liquidations_at(inputs: EventInputs, levered_share: float, move: float) -> float:
    """USD of long buckets whose liquidation level lies at or above ``move`` (all liquidated at that low)."""
    model = event_model(inputs, 1.0, levered_share)
    ladder = model.ladder(model.symbols[0])
    return float(ladder.long_notional_usd[ladder.long_level >= move].sum())


def fit_levered_share(inputs: EventInputs, steps: int = 60) -> float:
    """``h`` such that the longs liquidated down to the -15 % low equal the Amberdata long figure
    (bisection: the reachable notional grows with h)."""
    lo, hi = 0.0, 1.0
    for _ in range(steps):
        mid = (lo + hi) / 2
        if long_liquidations_at(inputs, mid, inputs.btc_drawdown) < inputs.target_long_liquidations_usd:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def final_move(inputs: EventInputs, depth_factor: float, levered_share: float, trigger: float) -> float:
    return float(run_cascade(compile_market(event_model(inputs, depth_factor, levered_share)),
                             [trigger]).final_move[0, 0])


def fit_depth_factor(inputs: EventInputs, levered_share: float, trigger: float,
                     lo: float = 0.01, hi: float = 1e4, steps: int = 60) -> float:
    """The largest k for which ``trigger`` cascades to the drawdown or beyond (bisection in log k).

    The final move is not continuous in k: the impact of a power-law book is convex in the flow, so
    past a critical depth the cascade stalls a few % below the trigger, and below it the cascade runs
    to the next stretch of thin ladder. The event says the market was at or below that tipping point;
    the largest such k is the most depth consistent with it."""
    target = inputs.btc_drawdown
    for _ in range(steps):
        mid = float(np.sqrt(lo * hi))
        if final_move(inputs, mid, levered_share, trigger) <= target:
            lo = mid  # reaches the drawdown: try more depth
        else:
            hi = mid
    return lo


@dataclass(frozen=True)
class Calibration:
    depth_factor: float
    levered_share: float
    depth_1pct_usd: float  # the summed visible book at 1 %, before k
    depth_exponent: float
    final_move: float
    long_liquidations_usd: float
    amplification: float
    iterations: int
    triggers: tuple[tuple[float, float], ...]  # (trigger, k that reaches the drawdown)


def calibrate(inputs: EventInputs = EventInputs(),
              triggers: tuple[float, ...] = (-0.03, -0.04, -0.05, -0.06, -0.08)) -> Calibration:
    h = fit_levered_share(inputs)
    k = fit_depth_factor(inputs, h, inputs.trigger)
    res = run_cascade(compile_market(event_model(inputs, k, h)), [inputs.trigger])
    side = event_depth(inputs)
    return Calibration(
        depth_factor=k, levered_share=h, depth_1pct_usd=side.depth_at(0.01), depth_exponent=side.exponent,
        final_move=float(res.final_move[0, 0]), long_liquidations_usd=float(res.liquidated_long_usd[0, 0]),
        amplification=float(res.amplification[0, 0]), iterations=int(res.iterations[0, 0]),
        triggers=tuple((t, fit_depth_factor(inputs, h, t)) for t in triggers))
