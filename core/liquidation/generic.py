"""Any other venue: the Binance-style balance equation with ccxt's ``maintenanceMarginPercentage``.

Approximate by construction: the venue's own tiers, deductions and fees are unknown, so the MMR
reported by ccxt (or a tier table without deduction) stands in for them.
"""

from __future__ import annotations

from core.liquidation.base import (
    Liquidation,
    MarginInputs,
    bankruptcy_price,
    inverse_price,
    linear_price,
    notional_at,
    solve_over_tiers,
    validate_inputs,
)


def liquidation(inp: MarginInputs) -> Liquidation:
    validate_inputs(inp)
    s, q, ep, m = inp.sign, inp.size, inp.entry_price, inp.margin
    solve = inverse_price if inp.inverse else linear_price
    price, tier, _ = solve_over_tiers(
        inp.tiers, lambda t: solve(s, q, ep, m, t.maintenance_margin_rate, t.maint_amount, inp.taker_fee_rate),
        lambda p: notional_at(inp, p))
    mode = "cross" if inp.cross else "isolated"
    return Liquidation(price, bankruptcy_price(inp), tier.maintenance_margin_rate, tier.maint_amount, tier.tier,
                       f"generic {mode} (approximate)", approximate=True,
                       note="" if price is not None else "price alone cannot liquidate this position")
