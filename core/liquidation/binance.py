"""Binance futures: USDⓈ-M (linear) and COIN-M (inverse), one-way and hedge, isolated and cross.

Binance FAQ formula (reference/liquidation.md §2–3): margin balance equals MM *at the liquidation price*,
``MM = notional × MMR − cum`` with the bracket chosen at the liquidation price.
"""

from __future__ import annotations

import itertools

from core.liquidation.base import (
    Liquidation,
    MarginInputs,
    bankruptcy_price,
    inverse_price,
    linear_price,
    notional_at,
    positive,
    solve_over_tiers,
    validate_inputs,
)
from core.liquidation.tiers import tier_at
from core.model import LeverageTier


def _mode(inp: MarginInputs) -> str:
    return "cross" if inp.cross else "isolated"


def usdm(inp: MarginInputs) -> Liquidation:
    """Binance USDⓈ-M one-way (or one isolated hedge leg): ``LP = (M + cum − s·Q·EP) / (Q·MMR − s·Q)``."""
    validate_inputs(inp)
    s, q, ep, m = inp.sign, inp.size, inp.entry_price, inp.margin
    price, tier, ok = solve_over_tiers(
        inp.tiers, lambda t: linear_price(s, q, ep, m, t.maintenance_margin_rate, t.maint_amount),
        lambda p: notional_at(inp, p))
    return _result(inp, price, tier, ok, "binance-usdm")


def coinm(inp: MarginInputs) -> Liquidation:
    """Binance COIN-M: ``LP = N·(MMR + s) / (M + cum + s·N/EP)``, N = contracts × contract size (USD),
    M and cum in coin; bracket chosen at the liquidation price by coin notional ``N / LP``."""
    validate_inputs(inp)
    s, n, ep, m = inp.sign, inp.size, inp.entry_price, inp.margin
    price, tier, ok = solve_over_tiers(
        inp.tiers, lambda t: inverse_price(s, n, ep, m, t.maintenance_margin_rate, t.maint_amount),
        lambda p: notional_at(inp, p))
    return _result(inp, price, tier, ok, "binance-coinm")


def _result(inp: MarginInputs, price: float | None, tier: LeverageTier, ok: bool, name: str) -> Liquidation:
    note = "" if ok else "no bracket is consistent at the liquidation price (rounding at a boundary)"
    if price is None:
        note = "price alone cannot liquidate this position (the formula gives no positive price)"
    return Liquidation(price, bankruptcy_price(inp), tier.maintenance_margin_rate, tier.maint_amount, tier.tier,
                       f"{name} {_mode(inp)} (tier {tier.tier})", note=note)


def usdm_hedge_cross(long_size: float, long_entry: float, short_size: float, short_entry: float,
                     margin: float, tiers: tuple[LeverageTier, ...]) -> Liquidation:
    """Both legs of one symbol in cross hedge mode share one liquidation price (§2.3).

    ``margin`` = WB − TMM1 + UPNL1 (other symbols). Each leg's bracket is chosen at the liquidation
    price by that leg's own notional; every bracket pair is tried.
    """
    ql, qs = long_size, short_size
    for tl, ts in itertools.product(tiers, tiers):
        denom = ql * tl.maintenance_margin_rate + qs * ts.maintenance_margin_rate - ql + qs
        if denom == 0:
            continue
        lp = positive((margin + tl.maint_amount + ts.maint_amount - ql * long_entry + qs * short_entry) / denom)
        if lp is None:
            continue
        if tier_at(tiers, ql * lp) is tl and tier_at(tiers, qs * lp) is ts:
            denom0 = qs - ql
            bp = positive((margin - ql * long_entry + qs * short_entry) / denom0) if denom0 else None
            return Liquidation(lp, bp, tl.maintenance_margin_rate if ql >= qs else ts.maintenance_margin_rate,
                               tl.maint_amount + ts.maint_amount, tl.tier if ql >= qs else ts.tier,
                               f"binance-usdm cross hedge (tiers {tl.tier}/{ts.tier})")
    return Liquidation(None, None, None, None, None, "binance-usdm cross hedge",
                       note="price alone cannot liquidate this hedged pair")


__all__ = ["usdm", "coinm", "usdm_hedge_cross", "notional_at"]
