"""The liquidation calculator (CLI ``undertow calc`` and the GUI dialog): plain numbers in, one result out."""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.contracts import position_value
from core.liquidation import CALCULATOR_VENUES, maintenance_margin, rules_for
from core.liquidation.base import (
    Liquidation,
    LiquidationInputError,
    MarginInputs,
    check_solvent,
    leverage_fits,
    validate_inputs,
)
from core.liquidation.hyperliquid import tiers_for_max_leverage
from core.liquidation.tiers import single_tier, tier_at
from core.model import LeverageTier, Side
from core.venues import Venue, venue_spec


@dataclass(frozen=True)
class CalculatorInputs:
    """What the trader types. ``size``: base units (linear) or contracts (inverse).

    ``contract_size``: inverse: USD face value per contract; linear: base per contract (1 by default).
    ``margin``: isolated margin (quote for linear, coin for inverse); default from leverage.
    ``wallet``/``other_mm``/``other_upnl``: cross account, settle currency.
    """

    venue: str  # a CALCULATOR_VENUES key
    side: Side
    entry: float
    size: float
    contract_size: float | None = None
    cross: bool = False
    leverage: float | None = None
    margin: float | None = None
    wallet: float | None = None
    other_mm: float = 0.0
    other_upnl: float = 0.0
    mmr: float | None = None
    maint_amount: float | None = None
    tiers: tuple[LeverageTier, ...] = ()
    taker_fee: float | None = None
    max_leverage: float | None = None


def tiers_of(c: CalculatorInputs, venue: Venue) -> tuple[LeverageTier, ...]:
    """The tier table the formula uses: the explicit rate (one tier), the symbol's table, or (Hyperliquid) the
    tiers of the given max leverage. Raises ``LiquidationInputError`` when none is given."""
    if c.mmr is not None:
        if not 0 <= c.mmr < 1:
            raise LiquidationInputError(f"--mmr {c.mmr:g} must be a fraction in [0, 1), e.g. 0.005 for 0.5 %")
        return single_tier(c.mmr, c.maint_amount or 0.0, c.max_leverage or 1e9)
    if c.tiers:
        return c.tiers
    if venue.mmr_from_max_leverage and c.max_leverage:
        return tiers_for_max_leverage(c.max_leverage)
    hint = " or --max-leverage" if venue.mmr_from_max_leverage else ""
    raise LiquidationInputError(f"no maintenance rate: give --mmr{hint}, or --symbol with a known tier table")


def calculate(c: CalculatorInputs) -> Liquidation:
    """Liquidation and bankruptcy price for one position. Raises ``LiquidationInputError`` on impossible input."""
    if c.venue not in CALCULATOR_VENUES:
        raise LiquidationInputError(f"unknown venue {c.venue!r}; choose one of {', '.join(CALCULATOR_VENUES)}")
    venue, inverse = CALCULATOR_VENUES[c.venue]
    spec = venue_spec(venue)
    for name in ("entry", "size", "contract_size", "leverage", "margin", "wallet", "other_mm", "other_upnl",
                 "taker_fee", "max_leverage", "maint_amount"):
        value = getattr(c, name)
        if value is not None and not math.isfinite(value):
            raise LiquidationInputError(f"{name.replace('_', '-')} must be a finite number")
    if c.size <= 0:
        raise LiquidationInputError(f"size must be positive, got {c.size:g}")
    if c.entry <= 0:
        raise LiquidationInputError(f"entry price must be positive, got {c.entry:g}")
    if c.max_leverage is not None and c.max_leverage < 1:
        raise LiquidationInputError(f"max leverage must be at least 1, got {c.max_leverage:g}")
    if inverse and not c.contract_size:
        raise LiquidationInputError("inverse contracts need --contract-size (USD face value of one contract)")
    cs = c.contract_size or 1.0
    if cs <= 0:
        raise LiquidationInputError(f"contract size must be positive, got {cs:g}")
    size = c.size * cs  # base units (linear) or USD face value (inverse)
    tiers = tiers_of(c, spec)
    notional = position_value(size, c.entry, inverse)  # settle currency at entry
    if c.cross:
        if c.wallet is None:
            raise LiquidationInputError("cross mode needs --wallet (the cross wallet balance)")
        margin = c.wallet - c.other_mm + c.other_upnl
    elif c.margin is not None:
        margin = c.margin
    elif c.leverage:
        margin = notional / c.leverage
    else:
        raise LiquidationInputError("isolated mode needs --leverage or --margin")
    if c.leverage is not None and c.leverage <= 0:
        raise LiquidationInputError(f"leverage must be positive, got {c.leverage:g}")
    fee = c.taker_fee if c.taker_fee is not None else spec.default_taker_fee
    inp = MarginInputs(side=c.side, size=size, entry_price=c.entry, margin=margin, tiers=tiers, inverse=inverse,
                       contracts=c.size, taker_fee_rate=fee, cross=c.cross, leverage=c.leverage)
    validate_inputs(inp)
    key = inp.tier_contracts if spec.tiers_count_contracts else notional
    if c.leverage is not None:
        leverage_fits(inp, tier_at(tiers, key))
    mm_entry = float(maintenance_margin(venue, inp, [c.entry])[0])
    check_solvent(inp, c.entry, mm_entry, c.venue)
    rule, _ = rules_for(venue, inverse)
    return rule(inp)
