"""Liquidation and bankruptcy prices by each venue's own rules (pure math, no I/O).

The formulas live one module per venue (``binance``, ``bybit``, ``okx``, ``hyperliquid``, ``generic``);
which formula a venue uses, how its tiers are keyed and whether a fee term applies is the venue's spec
(``core.venues``). ``rules_for(venue, inverse)`` picks the formula; ``maintenance_margin`` gives the
vectorised maintenance margin used by the account evaluation in ``core.risk``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from core.contracts import maintenance_margin as _maintenance_margin
from core.contracts import position_value, unrealized_pnl
from core.liquidation import binance, bybit, generic, hyperliquid, okx
from core.liquidation.base import Liquidation, LiquidationInputError, MarginInputs
from core.liquidation.tiers import TierTableError, maintenance_rates_at, tier_arrays, validate_tiers
from core.model import LeverageTier
from core.venues import CALCULATOR_VENUES, venue_spec

Rule = Callable[[MarginInputs], Liquidation]

_MODULES = {m.__name__.rsplit(".", 1)[-1]: m for m in (binance, bybit, generic, hyperliquid, okx)}


def formula(name: str) -> Callable[..., Any]:
    """A formula by the name a venue spec gives it: ``"<module>.<function>"`` of this package (e.g. the spec's
    ``linear_rule``)."""
    module, function = name.split(".")
    rule: Callable[..., Any] = getattr(_MODULES[module], function)
    return rule


def rules_for(venue: str, inverse: bool) -> tuple[Rule, bool]:
    """(venue formula, exact?) for a ccxt venue id; unknown venues get the approximate generic rule."""
    spec = venue_spec(venue)
    return formula(spec.rule_name(inverse)), spec.exact(inverse)


def hedge_rule_for(venue: str) -> Callable[..., Any] | None:
    """The joint rule of both legs of a cross hedge (Binance USD-M), or None where legs are priced alone."""
    name = venue_spec(venue).hedge_cross_rule
    return formula(name) if name else None


def maintenance_margin(venue: str, inp: MarginInputs, prices: npt.ArrayLike) -> np.ndarray:
    """Maintenance margin (settle currency: USD linear, coin inverse) of one position at each of ``prices``."""
    value = position_value(inp.size, np.asarray(prices, dtype=float), inp.inverse)
    return maintenance_margin_at(venue, inp.tiers, value, inp.tier_contracts, inp.taker_fee_rate)


def maintenance_margin_at(venue: str, tiers: tuple[LeverageTier, ...], value: np.ndarray,
                          contracts: float | np.ndarray, taker_fee_rate: float | np.ndarray) -> np.ndarray:
    """Maintenance margin (settle currency) at position values ``value`` (any shape; ``contracts`` and
    ``taker_fee_rate`` broadcast against it) under one tier table, by the venue's rules.

    The tier is looked up at the value, or by contracts where the venue's tiers count contracts (OKX, whose
    requirement also carries the taker fee rate); the deduction applies where the venue's tiers have one.
    """
    spec = venue_spec(venue)
    rate, deduction = maintenance_rates_at(tier_arrays(tiers), contracts if spec.tiers_count_contracts else value)
    fee = taker_fee_rate if spec.fee_in_maintenance else 0.0
    return _maintenance_margin(value, rate, deduction if spec.tier_deduction else 0.0, fee)


def pnl(inp: MarginInputs, prices: np.ndarray) -> np.ndarray:
    """Unrealised PnL at each price (settle currency: USD linear, coin inverse)."""
    return unrealized_pnl(inp.sign, inp.size, inp.entry_price, np.asarray(prices, dtype=float), inp.inverse)


__all__ = ["CALCULATOR_VENUES", "Liquidation", "LiquidationInputError", "MarginInputs", "TierTableError",
           "formula", "hedge_rule_for", "maintenance_margin", "maintenance_margin_at", "pnl", "rules_for",
           "validate_tiers"]
