"""Shared pieces of the venue rules: inputs, result, the closed forms and the tier-at-LP search.

Every venue formula is one of two balance equations, solved for the price ``P`` (``s`` = +1 long, -1 short):

* linear  (settle USD):  ``M + s·Q·(P − EP) = Q·P·(MMR + fee) − cum``            (Q in base units)
* inverse (settle coin): ``M + s·N·(1/EP − 1/P) = N·(MMR + fee)/P − cum``        (N in USD face value)

``M`` is the margin the position can lose: the isolated margin, or for a cross account
``WB − TMM1 + UPNL1`` (wallet minus the other positions' maintenance plus their unrealised PnL).
With MMR = fee = cum = 0 the same equations give the bankruptcy price.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from core.contracts import position_value, unrealized_pnl
from core.liquidation.tiers import tier_at
from core.model import LeverageTier, Side


class LiquidationInputError(ValueError):
    """Impossible inputs (negative size, leverage above the tier maximum, margin already below maintenance)."""


@dataclass(frozen=True)
class MarginInputs:
    """One position as the venue formulas see it.

    ``size``: base units (linear) or USD face value = contracts × contract size (inverse).
    ``contracts``: venue contracts (OKX tiers count contracts). ``margin``: settle currency
    (USD for linear, coin for inverse): isolated margin, or ``WB − TMM1 + UPNL1`` for cross.
    """

    side: Side
    size: float
    entry_price: float
    margin: float
    tiers: tuple[LeverageTier, ...]
    inverse: bool = False
    contracts: float | None = None
    taker_fee_rate: float = 0.0
    cross: bool = False
    leverage: float | None = None

    @property
    def sign(self) -> int:
        return self.side.sign

    @property
    def tier_contracts(self) -> float:
        """The key of contract-counted tiers (OKX): the contracts, or the size when none were given."""
        return self.contracts if self.contracts is not None else self.size

    def with_margin(self, margin: float) -> MarginInputs:
        return replace(self, margin=margin)


@dataclass(frozen=True)
class Liquidation:
    """Result of a venue formula. Prices in quote per base; ``maint_amount`` in settle currency.

    ``liquidation_price`` is ``None`` when price alone cannot liquidate the position (the formula
    gives a price ≤ 0 or none at all); ``bankruptcy_price`` likewise.
    """

    liquidation_price: float | None
    bankruptcy_price: float | None
    mmr: float | None
    maint_amount: float | None
    tier: int | None
    method: str
    approximate: bool = False
    note: str = ""


def linear_price(s: int, q: float, ep: float, margin: float, mmr: float, cum: float, fee: float = 0.0) -> float | None:
    """Root of the linear balance equation (MM evaluated at the price itself)."""
    denom = q * (mmr + fee) - s * q
    if denom == 0:
        return None
    return (margin + cum - s * q * ep) / denom


def inverse_price(s: int, n: float, ep: float, margin: float, mmr: float, cum: float, fee: float = 0.0) -> float | None:
    """Root of the inverse (coin-margined) balance equation; ``n`` = USD face value."""
    denom = margin + cum + s * n / ep
    if denom == 0:
        return None
    return n * (mmr + fee + s) / denom


def positive(price: float | None) -> float | None:
    return price if price is not None and math.isfinite(price) and price > 0 else None


def bankruptcy_price(inp: MarginInputs) -> float | None:
    """Price where the margin is exactly zero (no maintenance, no fee)."""
    if inp.inverse:
        return positive(inverse_price(inp.sign, inp.size, inp.entry_price, inp.margin, 0.0, 0.0))
    return positive(linear_price(inp.sign, inp.size, inp.entry_price, inp.margin, 0.0, 0.0))


def notional_at(inp: MarginInputs, price: float) -> float:
    """Position value at ``price`` in settle currency (USD linear, coin inverse): the tier key."""
    return position_value(inp.size, price, inp.inverse)


def solve_over_tiers(tiers: Sequence[LeverageTier], price_for: Callable[[LeverageTier], float | None],
                     key_at: Callable[[float], float]) -> tuple[float | None, LeverageTier, bool]:
    """The tier consistent at the liquidation price (reference §2.4 algorithm).

    Returns (price, tier, consistent). With continuous MM exactly one tier is consistent; rounding at
    a boundary can leave none, then the tier whose range misses the key by the least is used.
    No positive price for any tier means price alone cannot liquidate: (None, tier of the best guess).
    """
    best: tuple[float, float | None, LeverageTier] | None = None
    last = tiers[-1]
    for t in tiers:
        price = positive(price_for(t))
        if price is None:
            continue
        key = key_at(price)
        hi = math.inf if t is last else t.max_notional
        if t.min_notional <= key < hi:
            return price, t, True
        miss = (t.min_notional - key if key < t.min_notional else key - hi) / max(abs(key), 1e-300)
        if best is None or miss < best[0]:
            best = (miss, price, t)
    if best is None:
        return None, tiers[0], True
    return best[1], best[2], False


def check_solvent(inp: MarginInputs, mark_or_entry: float, mm: float, venue: str) -> None:
    """Margin already at or below maintenance at the reference price: no meaningful liquidation price."""
    pnl = unrealized_pnl(inp.sign, inp.size, inp.entry_price, mark_or_entry, inp.inverse)
    if inp.margin + pnl <= mm:
        raise LiquidationInputError(
            f"{venue}: margin {inp.margin + pnl:.8g} is already at or below maintenance {mm:.8g} "
            "— the position would be liquidated now")


def validate_inputs(inp: MarginInputs) -> None:
    if not (inp.size > 0 and math.isfinite(inp.size)):
        raise LiquidationInputError(f"size must be a positive number, got {inp.size:g}")
    if not (inp.entry_price > 0 and math.isfinite(inp.entry_price)):
        raise LiquidationInputError(f"entry price must be a positive number, got {inp.entry_price:g}")
    if not math.isfinite(inp.margin):
        raise LiquidationInputError("margin must be a finite number")
    if inp.margin <= 0 and not inp.cross:
        raise LiquidationInputError(f"isolated margin must be positive, got {inp.margin:g}")
    if inp.taker_fee_rate < 0 or inp.taker_fee_rate >= 0.1:
        raise LiquidationInputError(f"taker fee rate {inp.taker_fee_rate:g} is not a fraction in [0, 0.1)")
    if not inp.tiers:
        raise LiquidationInputError("no maintenance tier: give --mmr or a symbol with a tier table")
    if inp.leverage is not None:
        if inp.leverage <= 0:
            raise LiquidationInputError(f"leverage must be positive, got {inp.leverage:g}")
        top = max(t.max_leverage for t in inp.tiers)
        if inp.leverage > top * (1 + 1e-9):
            raise LiquidationInputError(f"leverage {inp.leverage:g}x is above the tier maximum {top:g}x")


def leverage_fits(inp: MarginInputs, tier: LeverageTier) -> None:
    """Leverage must not exceed the max leverage of the tier the position opens in."""
    if inp.leverage is not None and inp.leverage > tier.max_leverage * (1 + 1e-9):
        raise LiquidationInputError(
            f"leverage {inp.leverage:g}x is above the maximum {tier.max_leverage:g}x of tier {tier.tier} "
            f"for this position size")


def entry_tier(inp: MarginInputs, key: float) -> LeverageTier:
    return tier_at(inp.tiers, key)
