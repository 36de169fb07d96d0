"""Hyperliquid: maintenance margin = half the initial margin at max leverage (reference §6).

``l = 1/(2 × max leverage)``; ``M + s·Q·(P − EP) = Q·P·l`` (MM at the liquidation price), i.e.
``LP = EP − s·(M − Q·EP·l) / (Q·(1 − s·l))``. Isolated: M = isolated margin; cross: M = account
value minus the other positions' maintenance (plus their uPnL when given separately).
With margin tables (several tiers) the deduction derived by the cum recursion keeps MM continuous.
"""

from __future__ import annotations

from core.liquidation.base import (
    Liquidation,
    MarginInputs,
    bankruptcy_price,
    linear_price,
    notional_at,
    solve_over_tiers,
    validate_inputs,
)
from core.liquidation.tiers import mmr_for_max_leverage, single_tier
from core.model import LeverageTier


def tiers_for_max_leverage(max_leverage: float) -> tuple[LeverageTier, ...]:
    """The one-tier table of an asset with ``max_leverage`` (MMR = 1 / (2 × max leverage))."""
    return single_tier(mmr_for_max_leverage(max_leverage), 0.0, max_leverage)


def liquidation(inp: MarginInputs) -> Liquidation:
    validate_inputs(inp)
    s, q, ep, m = inp.sign, inp.size, inp.entry_price, inp.margin
    price, tier, _ = solve_over_tiers(
        inp.tiers, lambda t: linear_price(s, q, ep, m, t.maintenance_margin_rate, t.maint_amount),
        lambda p: notional_at(inp, p))
    mode = "cross" if inp.cross else "isolated"
    note = "" if price is not None else "price alone cannot liquidate this position"
    # a single-tier asset has no maintenance amount at all; margin tables get the derived deduction
    amount = tier.maint_amount if len(inp.tiers) > 1 else None
    return Liquidation(price, bankruptcy_price(inp), tier.maintenance_margin_rate, amount, tier.tier,
                       f"hyperliquid {mode} (max {tier.max_leverage:g}x)", note=note)
