"""Amounts in the user's display currency (``Settings.quote_currency``: USD, EUR or BTC).

Everything is computed in USD; only what is shown is converted, with the snapshot's own prices: BTC at
``prices_usd['BTC']``, EUR at ``prices_usd['EUR']`` (USD per euro; a euro stablecoin's price when the
snapshot has no fiat rate). When a rate is missing the amount cannot be converted and the caller is told
why, so nothing is ever shown in USD under a euro or bitcoin label.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

CURRENCIES = ("USD", "EUR", "BTC")
# prices_usd keys that give USD per unit of the currency, best first (a euro stablecoin tracks the euro)
RATE_KEYS = {"USD": (), "EUR": ("EUR", "EURC", "EURT", "EURI"), "BTC": ("BTC",)}


def usd_per_unit(currency: str, prices_usd: Mapping[str, float]) -> tuple[float, None] | tuple[None, str]:
    """(USD per one unit of ``currency``, None), or (None, reason) when the snapshot has no usable rate."""
    code = currency.upper()
    if code not in RATE_KEYS:
        return None, f"{currency} is not a supported display currency (USD, EUR or BTC)"
    if code == "USD":
        return 1.0, None
    for key in RATE_KEYS[code]:
        rate = prices_usd.get(key)
        if rate is not None and math.isfinite(rate) and rate > 0:
            return float(rate), None
    return None, f"{code} rate unavailable"


def convert_usd(amount_usd: float, currency: str,
                prices_usd: Mapping[str, float]) -> tuple[float, None] | tuple[None, str]:
    """``amount_usd`` (USD) in units of ``currency`` (USD, EUR or BTC) as (amount, None), or (None, reason).

    E.g. 67,450 USD with ``prices_usd['BTC'] = 67,450`` -> (1.0, None); with no BTC price ->
    (None, "BTC rate unavailable").
    """
    rate, reason = usd_per_unit(currency, prices_usd)
    if rate is None:
        return None, reason or f"{currency} rate unavailable"
    return amount_usd / rate, None


def currency_rates(prices_usd: Mapping[str, float]) -> dict[str, float]:
    """USD per unit of each display currency the prices can convert to (USD itself left out), e.g.
    ``{"BTC": 67450.0, "EUR": 1.17}``: what a history point keeps to be shown in any currency later."""
    out = {}
    for code in CURRENCIES:
        rate, _ = usd_per_unit(code, prices_usd)
        if code != "USD" and rate is not None:
            out[code] = rate
    return out


@dataclass(frozen=True)
class DisplayCurrency:
    """How amounts are shown: ``code`` is what they are in (the chosen currency, or USD when its rate is
    missing, in which case ``unavailable`` says why)."""

    code: str = "USD"
    usd_per_unit: float = 1.0
    chosen: str = "USD"
    unavailable: str | None = None  # e.g. "EUR rate unavailable"

    def from_usd(self, amount_usd: float) -> float:
        return amount_usd / self.usd_per_unit


USD = DisplayCurrency()


def display_currency(chosen: str, prices_usd: Mapping[str, float]) -> DisplayCurrency:
    """The display currency for ``chosen`` at the snapshot's prices (USD, flagged, when no rate exists)."""
    rate, reason = usd_per_unit(chosen, prices_usd)
    if rate is None:
        return DisplayCurrency("USD", 1.0, chosen.upper(), reason or f"{chosen.upper()} rate unavailable")
    return DisplayCurrency(chosen.upper(), rate, chosen.upper(), None)


def series_currency(points: Sequence[Any], chosen: str) -> tuple[DisplayCurrency, list[float], str | None]:
    """(currency the chart is drawn in, USD per unit for each point, why not ``chosen`` or None).

    Each point converts at its own snapshot's rate; if any point has no rate for ``chosen``, the whole chart
    stays in USD (a line must not switch units halfway) and the reason says so.
    """
    code = chosen.upper()
    if code == "USD":
        return USD, [1.0] * len(points), None
    rates = [p.usd_per_unit.get(code) for p in points]
    if any(r is None for r in rates):
        return USD, [1.0] * len(points), code
    return DisplayCurrency(code, 1.0, code), rates, None
