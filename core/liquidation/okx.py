"""OKX isolated margin, linear and inverse, with the taker-fee term (reference/liquidation.md §5).

Margin ratio = (margin + PnL) / (value at mark × (tier MMR + fee rate)); liquidation at ratio 100 %:

* linear : long ``(EP − M/N)/(1 − m − f)``, short ``(EP + M/N)/(1 + m + f)``, N = contracts × face value (base)
* inverse: long ``N(1 + m + f)/(M + N/EP)``, short ``N(1 − m − f)/(N/EP − M)``, N in USD, M in coin

OKX position tiers count **contracts** and carry no deduction, so the tier depends on size only.
"""

from __future__ import annotations

from core.liquidation.base import (
    Liquidation,
    MarginInputs,
    bankruptcy_price,
    inverse_price,
    linear_price,
    positive,
    validate_inputs,
)
from core.liquidation.tiers import tier_at


def liquidation(inp: MarginInputs) -> Liquidation:
    validate_inputs(inp)
    tier = tier_at(inp.tiers, inp.tier_contracts)
    m, f = tier.maintenance_margin_rate, inp.taker_fee_rate
    solve = inverse_price if inp.inverse else linear_price
    price = positive(solve(inp.sign, inp.size, inp.entry_price, inp.margin, m, 0.0, f))
    name = "okx-inverse" if inp.inverse else "okx"
    mode = "cross" if inp.cross else "isolated"
    note = "" if price is not None else "price alone cannot liquidate this position"
    return Liquidation(price, bankruptcy_price(inp), m, None, tier.tier,
                       f"{name} {mode} (tier {tier.tier}, fee {f:g})", approximate=inp.cross, note=note)
