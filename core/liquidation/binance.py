"""Binance futures: USDⓈ-M (linear) and COIN-M (inverse), one-way and hedge, isolated and cross.

Binance FAQ formula (reference/liquidation.md §2–3): margin balance equals MM *at the liquidation price*,
``MM = notional × MMR − cum`` with the bracket chosen at the liquidation price.
"""

from __future__ import annotations

import itertools
import math

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


_EDGE = 1e-9  # relative slack at a bracket floor (rounding of floor / Q)
_NOTE_WINDOW = 0.9  # the farther root is named when it lies within a ±90 % move of the mark


def _pair_roots(ql: float, el: float, qs: float, es: float, margin: float,
                tiers: tuple[LeverageTier, ...]) -> list[tuple[float, LeverageTier, LeverageTier]]:
    """Every positive price where the pair's margin balance equals its maintenance margin, ascending, with the
    (long, short) brackets in force there.

    ``f(P) = margin + QL·(P − EPL) − QS·(P − EPS) − MM(QL·P) − MM(QS·P)`` is linear between the prices where a
    leg crosses a bracket floor (``floor / Q``) and continuous (``cum``), so each stretch has at most one root.
    MM is convex in P, so ``f`` is concave: at most one root below and one above its maximum.
    """
    cuts = sorted({t.min_notional / q for t in tiers[1:] for q in (ql, qs) if t.min_notional > 0})
    edges = [0.0, *cuts, math.inf]
    roots: list[tuple[float, LeverageTier, LeverageTier]] = []
    for lo, hi in itertools.pairwise(edges):
        inside = 2.0 * lo + 1.0 if math.isinf(hi) else 0.5 * (lo + hi)
        tl, ts = tier_at(tiers, ql * inside), tier_at(tiers, qs * inside)
        denom = ql * tl.maintenance_margin_rate + qs * ts.maintenance_margin_rate - ql + qs
        if denom == 0:
            continue  # f is flat here: no crossing inside (equality on a whole stretch is not a price)
        price = positive((margin + tl.maint_amount + ts.maint_amount - ql * el + qs * es) / denom)
        if price is None or not lo * (1 - _EDGE) <= price <= hi * (1 + _EDGE):
            continue
        if roots and math.isclose(roots[-1][0], price, rel_tol=_EDGE):
            continue  # a root on a bracket floor is found from both sides
        roots.append((price, tl, ts))
    return roots


def usdm_hedge_cross(long_size: float, long_entry: float, short_size: float, short_entry: float,
                     margin: float, tiers: tuple[LeverageTier, ...], mark: float | None = None) -> Liquidation:
    """Both legs of one symbol in cross hedge mode share one liquidation equation (§2.3).

    ``margin`` = WB − TMM1 + UPNL1 (other symbols, USD); sizes in base units, prices in USD. Each leg's bracket
    is chosen at the liquidation price by that leg's own notional. Because both legs' maintenance grows with the
    price, a pair can liquidate at two prices, one below and one above the mark; the one reported is the root
    nearer to ``mark`` (the first the mark reaches), the other is named in the note when it lies within a ±90 %
    move. Without a mark the size-weighted entry price stands in for it. Give both legs the same ``mark`` so that
    they share the price. The bankruptcy price (balance zero) is given only when it lies beyond the reported
    liquidation price on the same side (a net-long pair's balance never reaches zero as the price rises).
    """
    ql, qs = long_size, short_size
    ref = mark if mark is not None and mark > 0 else (ql * long_entry + qs * short_entry) / (ql + qs)
    roots = _pair_roots(ql, long_entry, qs, short_entry, margin, tiers)
    if not roots:
        return Liquidation(None, None, None, None, None, "binance-usdm cross hedge",
                           note="price alone cannot liquidate this hedged pair")
    lp, tl, ts = min(roots, key=lambda r: abs(r[0] - ref))
    where = "the mark" if ref == mark else "the entry"
    notes = [f"the pair also liquidates at {r[0]:.8g}, farther from {where}" for r in roots
             if r[0] != lp and abs(r[0] / ref - 1) <= _NOTE_WINDOW]
    # bankruptcy: the margin balance (linear in P) reaches zero beyond the liquidation price, on the same side
    net = ql - qs
    bp = positive((ql * long_entry - qs * short_entry - margin) / net) if net else None
    if bp is not None and (bp - lp) * (lp - ref) < 0:
        bp = None  # the balance never reaches zero on this side: it grows while the maintenance outgrows it
    if mark is not None and margin + ql * (mark - long_entry) - qs * (mark - short_entry) <= sum(
            q * mark * t.maintenance_margin_rate - t.maint_amount
            for q, t in ((ql, tier_at(tiers, ql * mark)), (qs, tier_at(tiers, qs * mark)))):
        notes.insert(0, "the pair's margin balance is already at or below its maintenance margin at the mark")
    return Liquidation(lp, bp, tl.maintenance_margin_rate if ql >= qs else ts.maintenance_margin_rate,
                       tl.maint_amount + ts.maint_amount, tl.tier if ql >= qs else ts.tier,
                       f"binance-usdm cross hedge (tiers {tl.tier}/{ts.tier})", note="; ".join(notes))


__all__ = ["usdm", "coinm", "usdm_hedge_cross", "notional_at"]
