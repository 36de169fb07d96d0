"""Number formatting shared by the CLI and the GUI (Qt-free). Units are always shown."""

from __future__ import annotations

import math
from datetime import datetime

DASH = "—"


def price(value: float | None) -> str:
    """A price in quote currency with precision that suits its size (67,450.1 / 1,950.25 / 1.3824)."""
    if value is None or not math.isfinite(value):
        return DASH
    a = abs(value)
    decimals = 1 if a >= 10_000 else 2 if a >= 100 else 3 if a >= 10 else 4 if a >= 0.1 else 6
    return f"{value:,.{decimals}f}"


def amount(value: float | None, asset: str = "") -> str:
    """An asset amount: BTC to 8 decimals trimmed, stablecoins to 2, others by size."""
    if value is None or not math.isfinite(value):
        return DASH
    if asset.upper() in {"USDT", "USDC", "USD", "FDUSD", "DAI", "USDE"}:
        text = f"{value:,.2f}"
    else:
        decimals = 8 if asset.upper() == "BTC" else 6 if abs(value) < 10 else 4 if abs(value) < 1000 else 2
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if "." in f"{value:.{decimals}f}" else f"{value:,}"
    return f"{text} {asset}".strip()


def usd(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return DASH
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def pct(value: float | None, signed: bool = False) -> str:
    """``value`` already in % (12.5 -> '12.50 %')."""
    if value is None or not math.isfinite(value):
        return DASH
    return f"{value:+.2f} %" if signed else f"{value:.2f} %"


def contracts(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return DASH
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def usd_short(value: float | None) -> str:
    """USD with a B/M/k suffix, for market-wide figures read by order of magnitude ($14.90B)."""
    if value is None or not math.isfinite(value):
        return DASH
    a = abs(value)
    for div, unit in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= div:
            return f"${value / div:,.2f}{unit}"
    return f"${value:,.0f}"


def age(when: datetime | None, now: datetime) -> str:
    """How long ago, in words a glance can take: 'just now', '15 min ago', '3 h ago', '2 d ago'."""
    if when is None:
        return "never"
    seconds = max(0, int((now - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"
