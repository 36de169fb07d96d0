"""A deliberately simple scalar cascade: one shock, one symbol, plain Python loops.

It is the test oracle of the vectorised engine (``engine.py``) and the benchmark's baseline, so it is
written to be obviously right rather than fast. Same semantics as ``engine.solve`` (see its docstring).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from core.cascade.depth import impact_curve, walk_distance_scalar
from core.cascade.ladder import Ladder
from core.cascade.market import MarketModel

#: (distances, log depth, USD that exhausts the side), as ``depth.impact_curve`` returns it
Curve = tuple[np.ndarray, np.ndarray, float]


def solve_one(ladder: Ladder, bid: Curve, ask: Curve, insurance_fund_usd: float, m_ex: float,
              tolerance: float = 1e-7, max_iterations: int = 100) -> dict[str, Any]:
    """Fixed point for one symbol and one exogenous move ``m_ex`` (fraction).

    ``bid``/``ask``: (distances, log depth, USD that exhausts the side) from ``depth.impact_curve``."""
    longs = list(zip(ladder.long_level.tolist(), ladder.long_notional_usd.tolist()))
    shorts = list(zip(ladder.short_level.tolist(), ladder.short_notional_usd.tolist()))
    m = m_ex
    previous = None
    runaway = False
    converged = False
    it = 0
    for it in range(1, max_iterations + 1):  # noqa: B007 - the count is returned after the loop
        n_long = n_short = 0
        forced_sell = forced_buy = 0.0
        for level, notional in longs:
            if level >= m:
                n_long += 1
                forced_sell += notional
        for level, notional in shorts:
            if level <= m:
                n_short += 1
                forced_buy += notional
        net = forced_sell - forced_buy
        xs, log_depth, end, x_max = (*bid, bid[0][-1]) if net > 0 else (*ask, ask[0][-1])
        flow = abs(net)
        runaway = flow > end and flow > 0
        x = x_max if runaway else min(walk_distance_scalar(flow, list(xs), list(log_depth)), x_max)
        m_new = m_ex - x if net > 0 else m_ex + x
        if m_new <= -1.0:
            runaway, m_new = True, -1.0
        stop = (n_long, n_short) == previous or abs(m_new - m) <= tolerance * max(1.0 + m, 1e-12)
        m = m_new
        previous = (n_long, n_short)
        if stop:
            converged = True
            break
    return {"move": m, "runaway": runaway, "iterations": it, "converged": converged,
            **settle_one(ladder, insurance_fund_usd, m)}


def settle_one(ladder: Ladder, insurance_fund_usd: float, m: float) -> dict[str, float]:
    """Liquidated notional, bankrupt loss, insurance fund use and ADL at the final move ``m``."""
    liquidated_long = liquidated_short = shortfall = bankrupt_notional = 0.0
    for level, bankrupt, notional in zip(ladder.long_level, ladder.long_bankrupt, ladder.long_notional_usd):
        if level >= m:
            liquidated_long += notional
        if bankrupt > m:  # the fill is below the bankruptcy price: a loss for the fund
            shortfall += notional / (1.0 + level) * (bankrupt - m)
            bankrupt_notional += notional
    for level, bankrupt, notional in zip(ladder.short_level, ladder.short_bankrupt, ladder.short_notional_usd):
        if level <= m:
            liquidated_short += notional
        if bankrupt < m:
            shortfall += notional / (1.0 + level) * (m - bankrupt)
            bankrupt_notional += notional
    used = min(insurance_fund_usd, shortfall)
    deficit = shortfall - used
    adl = bankrupt_notional * deficit / shortfall if shortfall > 0 else 0.0
    return {"liquidated_long_usd": liquidated_long, "liquidated_short_usd": liquidated_short,
            "bankrupt_loss_usd": shortfall, "insurance_fund_used_usd": used, "bad_debt_usd": deficit,
            "adl_notional_usd": adl}


def reference_cascade(model: MarketModel, shocks: Sequence[float], ladders: Sequence[Ladder] | None = None,
                      explicit: Mapping[str, float] | None = None,
                      follow_driver: bool = True) -> list[dict[str, dict[str, Any]]]:
    """For each driver shock: {symbol: solve_one(...) result}, in the same two stages as ``run_cascade``
    (the driver and explicitly shocked symbols first; the others follow the driver's final move)."""
    ladders = list(ladders) if ladders is not None else [model.ladder(s) for s in model.symbols]
    curves: dict[str, tuple[Curve, Curve]] = {}
    for s in model.symbols:
        curves[s.symbol] = (impact_curve(s.bid, model.impact, s.daily_vol, s.daily_volume_usd),
                            impact_curve(s.ask, model.impact, s.daily_vol, s.daily_volume_usd))
    explicit = {k.upper(): v for k, v in (explicit or {}).items()}
    names = [s.symbol for s in model.symbols]
    has_driver = follow_driver and model.driver in names
    out = []
    for shock in shocks:
        per_symbol: dict[str, dict[str, Any]] = {}
        order = sorted(range(len(names)), key=lambda i: 0 if names[i] == model.driver or names[i] in explicit else 1)
        for i in order:
            s, name = model.symbols[i], names[i]
            if name in explicit:
                m_ex = float(explicit[name])
            elif has_driver and name != model.driver:
                m_ex = s.beta * per_symbol[model.driver]["move"]
            else:
                m_ex = s.beta * shock
            bid, ask = curves[name]
            per_symbol[name] = solve_one(ladders[i], bid, ask, s.effective_insurance_fund_usd, m_ex,
                                         model.tolerance, model.max_iterations)
        out.append(per_symbol)
    return out
