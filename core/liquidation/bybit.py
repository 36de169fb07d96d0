"""Bybit, linear (USDT/USDC) and inverse, isolated and cross.

Variants implemented (reference/liquidation.md §4.1, §4.2):

* isolated, linear and inverse: the classic formulas with the maintenance margin at the **entry** value and no
  closing-fee term — "Liquidation Price (USDT Contract)" for linear and the 2024 UTA isolated article for inverse
  ("minor differences ... may arise due to the fees to close the position(s)", as that article says).
  The 2026 UTA pages add the estimated closing fee; expect deviations of about the taker-fee rate.
* inverse cross: Bybit's published inverse cross formula ("How to calculate Liquidation Price (Inverse Contract)",
  help.bybit.com 360039261334), which also charges the **fee to close at the bankruptcy price** ``N × t / BP``
  (coin) against the balance; the bankruptcy price itself includes that fee.
* linear cross: the isolated form with the cross balance as margin (no published per-position cross example).

With ``N`` the USD face value, ``Q`` the base size, ``s`` = +1 long / −1 short, ``M`` the margin (settle currency),
``MM`` at entry (``value × MMR − deduction``), ``t`` the taker fee rate:

* linear       : ``LP = EP − s·(M − MM)/Q``
* inverse      : ``LP = N / (N/EP + s·(M − MM))``
* inverse cross: ``LP = N / (N/EP + s·(M − MM − N·t/BP))``, ``BP = (1 + s·t)·N / (N/EP + s·M)``
"""

from __future__ import annotations

from core.contracts import maintenance_margin
from core.liquidation.base import Liquidation, MarginInputs, bankruptcy_price, notional_at, positive, validate_inputs
from core.liquidation.tiers import tier_at

VARIANT = ("MM at entry; isolated: no closing fee (USDT-contract / 2024 UTA isolated); inverse cross: closing fee "
           "at the bankruptcy price (Bybit inverse cross article)")


def inverse_cross_bankruptcy_price(inp: MarginInputs) -> float | None:
    """Bybit inverse cross bankruptcy price (quote per base): the balance plus PnL just pays the taker fee of
    closing there, ``M + s·N·(1/EP − 1/BP) = N·t/BP``, i.e. ``BP = (1 + s·t)·N / (N/EP + s·M)``.

    None when no price empties the balance (a short whose balance exceeds the position value in coin).
    """
    s, n, t = inp.sign, inp.size, inp.taker_fee_rate
    denom = n / inp.entry_price + s * inp.margin
    return positive((1 + s * t) * n / denom) if denom > 0 else None


def liquidation(inp: MarginInputs) -> Liquidation:
    validate_inputs(inp)
    s, ep, m = inp.sign, inp.entry_price, inp.margin
    value = notional_at(inp, ep)  # position value at entry (coin / USD)
    tier = tier_at(inp.tiers, value)  # risk limit chosen by the entry value, as the formula does
    mm = maintenance_margin(value, tier.maintenance_margin_rate, tier.maint_amount, floor=False)  # as published
    bp = bankruptcy_price(inp)
    fee_variant = ""
    if inp.inverse:
        budget = m - mm  # coin the position can lose before liquidation
        if inp.cross:
            bp = inverse_cross_bankruptcy_price(inp)
            budget -= inp.size * inp.taker_fee_rate / bp if bp is not None else 0.0  # fee to close at BP (coin)
            fee_variant = ", closing fee at bankruptcy"
        denom = value + s * budget
        price = positive(inp.size / denom) if denom > 0 else None
    else:
        price = positive(ep - s * (m - mm) / inp.size)
    name = "bybit-inverse" if inp.inverse else "bybit"
    mode = "cross" if inp.cross else "isolated"
    note = "" if price is not None else "price alone cannot liquidate this position"
    if inp.cross:
        note = (note + "; " if note else "") + "cross on a unified account is account-level: approximate"
    return Liquidation(price, bp, tier.maintenance_margin_rate, tier.maint_amount, tier.tier,
                       f"{name} {mode} (tier {tier.tier}, MM at entry{fee_variant})", approximate=inp.cross,
                       note=note)
