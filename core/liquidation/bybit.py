"""Bybit isolated margin, linear (USDT/USDC) and inverse.

Variant implemented: the classic isolated formulas with the maintenance margin evaluated at the
**entry** value and no closing-fee term — "Liquidation Price (USDT Contract)" for linear and the
2024 UTA isolated article for inverse (reference/liquidation.md §4.1, §4.2 "2024 variant").
The 2026 UTA pages add the estimated closing fee; expect deviations of about the taker-fee rate.

* linear : ``LP = EP − s·(M − MM)/Q``,           ``MM = Q·EP·MMR − deduction``
* inverse: ``LP = N / (N/EP + s·(M − MM))``,    ``MM = N/EP·MMR − deduction`` (coin)
"""

from __future__ import annotations

from core.contracts import maintenance_margin
from core.liquidation.base import Liquidation, MarginInputs, bankruptcy_price, notional_at, positive, validate_inputs
from core.liquidation.tiers import tier_at

VARIANT = "MM at entry, no closing fee (USDT-contract / 2024 UTA isolated)"


def liquidation(inp: MarginInputs) -> Liquidation:
    validate_inputs(inp)
    s, ep, m = inp.sign, inp.entry_price, inp.margin
    value = notional_at(inp, ep)  # position value at entry (coin / USD)
    tier = tier_at(inp.tiers, value)  # risk limit chosen by the entry value, as the formula does
    mm = maintenance_margin(value, tier.maintenance_margin_rate, tier.maint_amount, floor=False)  # as published
    if inp.inverse:
        denom = value + s * (m - mm)
        price = positive(inp.size / denom) if denom > 0 else None
    else:
        price = positive(ep - s * (m - mm) / inp.size)
    name = "bybit-inverse" if inp.inverse else "bybit"
    mode = "cross" if inp.cross else "isolated"
    note = "" if price is not None else "price alone cannot liquidate this position"
    if inp.cross:
        note = (note + "; " if note else "") + "cross on a unified account is account-level: approximate"
    return Liquidation(price, bankruptcy_price(inp), tier.maintenance_margin_rate, tier.maint_amount, tier.tier,
                       f"{name} {mode} (tier {tier.tier}, MM at entry)", approximate=inp.cross, note=note)
