"""Liquidation and bankruptcy prices by each venue's own rules (pure math, no I/O).

``rules_for(venue, inverse)`` picks the venue module; ``maintenance_margin`` gives the vectorised
maintenance margin used by the account evaluation in ``core.risk``.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from core.liquidation import binance, bybit, generic, hyperliquid, okx
from core.liquidation.base import Liquidation, LiquidationInputError, MarginInputs
from core.liquidation.tiers import (TierTableError, has_deduction, maintenance_rates_at, tier_arrays, tier_at,
                                    tiers_from_ccxt, validate_tiers)

Rule = Callable[[MarginInputs], Liquidation]

# Calculator names -> (ccxt venue id, inverse)
CALCULATOR_VENUES: dict[str, tuple[str, bool]] = {
    "binance": ("binanceusdm", False),
    "binance-coinm": ("binancecoinm", True),
    "bybit": ("bybit", False),
    "bybit-inverse": ("bybit", True),
    "okx": ("okx", False),
    "okx-inverse": ("okx", True),
    "hyperliquid": ("hyperliquid", False),
}


def rules_for(venue: str, inverse: bool) -> tuple[Rule, bool]:
    """(venue formula, exact?) for a ccxt venue id; unknown venues get the approximate generic rule."""
    if venue in ("binanceusdm", "binancecoinm", "binance"):
        return (binance.coinm if inverse else binance.usdm), True
    if venue == "bybit":
        return bybit.liquidation, True
    if venue == "okx":
        return okx.liquidation, True
    if venue == "hyperliquid" and not inverse:
        return hyperliquid.liquidation, True
    return generic.liquidation, False


def maintenance_margin(venue: str, inp: MarginInputs, prices: np.ndarray) -> np.ndarray:
    """Maintenance margin (settle currency: USD linear, coin inverse) at each price of ``prices``.

    Tier looked up at the position value at that price (OKX: by contracts, fee term included).
    """
    prices = np.asarray(prices, dtype=float)
    value = inp.size / prices if inp.inverse else inp.size * prices
    if venue == "okx":
        t = tier_at(inp.tiers, inp.contracts if inp.contracts is not None else inp.size)
        return value * (t.maintenance_margin_rate + inp.taker_fee_rate)
    mmr, cum = maintenance_rates_at(tier_arrays(inp.tiers), value)
    return np.maximum(value * mmr - cum, 0.0)


def pnl(inp: MarginInputs, prices: np.ndarray) -> np.ndarray:
    """Unrealised PnL at each price (settle currency: USD linear, coin inverse)."""
    prices = np.asarray(prices, dtype=float)
    if inp.inverse:
        return inp.sign * inp.size * (1.0 / inp.entry_price - 1.0 / prices)
    return inp.sign * inp.size * (prices - inp.entry_price)


__all__ = ["CALCULATOR_VENUES", "Liquidation", "LiquidationInputError", "MarginInputs", "TierTableError",
           "has_deduction", "maintenance_margin", "pnl", "rules_for", "tiers_from_ccxt", "validate_tiers"]
