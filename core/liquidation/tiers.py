"""Maintenance-margin tier tables: building from a venue's rows (ccxt parsing: ``core.exchanges.normalize``),
validation, lookup.

Units of a tier's bounds (``min_notional``/``max_notional``) follow the venue:
Binance USD-M, Bybit linear, Hyperliquid: notional in the settle currency (USD);
Binance COIN-M, Bybit inverse: notional in coin; OKX: position size in **contracts** (``minSz``/``maxSz``).
``maint_amount`` is in the same unit as ``notional × MMR`` (settle currency).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from core.model import LeverageTier


class TierTableError(ValueError):
    """A tier table that cannot be trusted; the message says which tier and why."""


_REL_TOL = 1e-6


class TierRow(NamedTuple):
    """One tier as a venue lists it; ``maint_amount`` None when the venue gives none (derived here)."""

    min_notional: float
    max_notional: float
    maintenance_margin_rate: float
    max_leverage: float
    maint_amount: float | None
    tier: int


def tiers_from_rows(rows: Iterable[TierRow], deducted: bool, label: str = "tier table") -> tuple[LeverageTier, ...]:
    """Tier rows (any order) -> a validated ``LeverageTier`` tuple sorted by floor.

    A row whose maintenance amount is None gets it from the cum recursion (which makes MM continuous);
    without ``deducted`` (OKX) every amount is 0. Raises ``TierTableError`` for a broken table.
    """
    rows = sorted(rows, key=lambda r: r.min_notional)
    if not rows:
        raise TierTableError(f"{label}: empty tier table")
    tiers = []
    prev_mmr, prev_cum = 0.0, 0.0
    for i, r in enumerate(rows):
        if not deducted:
            cum = 0.0
        elif r.maint_amount is not None:
            cum = r.maint_amount
        else:
            cum = 0.0 if i == 0 else prev_cum + r.min_notional * (r.maintenance_margin_rate - prev_mmr)
        tiers.append(LeverageTier(tier=r.tier, min_notional=r.min_notional, max_notional=r.max_notional,
                                  maintenance_margin_rate=r.maintenance_margin_rate, max_leverage=r.max_leverage,
                                  maint_amount=cum))
        prev_mmr, prev_cum = r.maintenance_margin_rate, cum
    result = tuple(tiers)
    validate_tiers(result, deducted=deducted, label=label)
    return result


def _close(a: float, b: float, scale: float) -> bool:
    return abs(a - b) <= _REL_TOL * max(abs(a), abs(b), scale, 1e-12)


def validate_tiers(tiers: Sequence[LeverageTier], deducted: bool = True, label: str = "tier table") -> None:
    """Reject a table that breaks the venue rules (reference/liquidation.md §2.4).

    Checks: sorted, first floor 0, contiguous caps; MMR non-decreasing and in [0, 1); max leverage
    non-increasing; with ``deducted`` (Binance/Bybit style): ``cum_1 = 0``, the cum recursion
    ``cum_n = cum_{n-1} + floor_n × (MMR_n - MMR_{n-1})`` and MM continuous at every floor.
    Without ``deducted`` (OKX): every maintenance amount must be 0.
    """
    if not tiers:
        raise TierTableError(f"{label}: empty tier table")
    first = tiers[0]
    if first.min_notional != 0:
        raise TierTableError(f"{label}: the first tier starts at {first.min_notional:g}, not 0")
    for i, t in enumerate(tiers):
        name = f"{label}: tier {t.tier}"
        if not 0 <= t.maintenance_margin_rate < 1:
            raise TierTableError(f"{name} has maintenance margin rate {t.maintenance_margin_rate:g} outside [0, 1)")
        if t.max_leverage < 1:
            raise TierTableError(f"{name} has max leverage {t.max_leverage:g} below 1")
        if not t.max_notional > t.min_notional:
            raise TierTableError(f"{name} is empty: cap {t.max_notional:g} <= floor {t.min_notional:g}")
        if not deducted and t.maint_amount != 0:
            raise TierTableError(f"{name} has a maintenance amount but this venue has none")
        if i == 0:
            if deducted and not _close(t.maint_amount, 0.0, t.max_notional * t.maintenance_margin_rate * 1e-3):
                raise TierTableError(f"{name} maintenance amount is {t.maint_amount:g}, must be 0")
            continue
        prev = tiers[i - 1]
        if abs(prev.max_notional - t.min_notional) > 1e-9 * max(t.min_notional, 1.0):
            raise TierTableError(f"{name} floor {t.min_notional:g} does not meet the previous cap "
                                 f"{prev.max_notional:g}")
        if t.maintenance_margin_rate < prev.maintenance_margin_rate:
            raise TierTableError(f"{name} maintenance margin rate decreases "
                                 f"({prev.maintenance_margin_rate:g} -> {t.maintenance_margin_rate:g})")
        if t.max_leverage > prev.max_leverage:
            raise TierTableError(f"{name} max leverage increases ({prev.max_leverage:g} -> {t.max_leverage:g})")
        if deducted:
            expected = prev.maint_amount + t.min_notional * (t.maintenance_margin_rate - prev.maintenance_margin_rate)
            scale = t.min_notional * t.maintenance_margin_rate
            if not _close(t.maint_amount, expected, scale):
                raise TierTableError(f"{name} maintenance amount {t.maint_amount:g} breaks the cum recursion "
                                     f"(expected {expected:g})")
            below = t.min_notional * prev.maintenance_margin_rate - prev.maint_amount
            above = t.min_notional * t.maintenance_margin_rate - t.maint_amount
            if not _close(below, above, scale):
                raise TierTableError(f"{name}: maintenance margin jumps at floor {t.min_notional:g} "
                                     f"({below:g} -> {above:g})")


def tier_at(tiers: Sequence[LeverageTier], value: float) -> LeverageTier:
    """The tier covering ``value`` ([floor, cap)); a value at a floor belongs to the higher tier.

    Beyond the last cap the last tier applies (the venue would refuse a larger position anyway).
    """
    chosen = tiers[0]
    for t in tiers:
        if value >= t.min_notional:
            chosen = t
        else:
            break
    return chosen


@lru_cache(maxsize=512)
def tier_arrays(tiers: tuple[LeverageTier, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(floors, MMRs, maintenance amounts) as arrays for vectorised lookups."""
    return (np.array([t.min_notional for t in tiers], dtype=float),
            np.array([t.maintenance_margin_rate for t in tiers], dtype=float),
            np.array([t.maint_amount for t in tiers], dtype=float))


def maintenance_rates_at(arrays: tuple[np.ndarray, np.ndarray, np.ndarray],
                         values: float | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised tier lookup: (MMR, maintenance amount) for each value (same units as the floors)."""
    floors, mmrs, amounts = arrays
    idx = np.clip(np.searchsorted(floors, values, side="right") - 1, 0, len(floors) - 1)
    return mmrs[idx], amounts[idx]


def mmr_for_max_leverage(max_leverage: float) -> float:
    """Maintenance margin rate (fraction) of half the initial margin at ``max_leverage`` (Hyperliquid's rule)."""
    return 1.0 / (2.0 * max_leverage)


def single_tier(mmr: float, maint_amount: float = 0.0, max_leverage: float = 1e9) -> tuple[LeverageTier, ...]:
    """An explicit rate as a one-tier table covering every size."""
    return (LeverageTier(tier=1, min_notional=0.0, max_notional=math.inf, maintenance_margin_rate=mmr,
                         max_leverage=max_leverage, maint_amount=maint_amount),)
