"""Number formatting shared by the CLI and the GUI (Qt-free). Units are always shown."""

from __future__ import annotations

import math

DASH = "—"

# Group and decimal separators: the CLI keeps "1,234.5"; the GUI sets the chosen locale's (desktop.i18n).
_SYMBOLS = {",": ",", ".": "."}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for translation in Qt-free modules; it is translated where it is shown."""
    return text


_translator = None  # the GUI installs QCoreApplication.translate; the CLI keeps English


def set_translator(translate) -> None:
    global _translator
    _translator = translate


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (lupdate extracts these calls; identity without a GUI)."""
    return _translator(context, text) if _translator is not None else text


def set_number_symbols(group: str = ",", decimal: str = ".") -> None:
    """Use these separators in every number formatted from now on (e.g. ' ' and ',' for Russian)."""
    _SYMBOLS.update({",": group, ".": decimal})


def _local(text: str) -> str:
    if _SYMBOLS[","] == "," and _SYMBOLS["."] == ".":
        return text
    return text.translate(str.maketrans(_SYMBOLS))


def number(value: float | None, decimals: int = 2) -> str:
    """A plain number with grouping and the given decimals."""
    if value is None or not math.isfinite(value):
        return DASH
    return _local(f"{value:,.{decimals}f}")


def price(value: float | None) -> str:
    """A price in quote currency with precision that suits its size (67,450.1 / 1,950.25 / 1.3824)."""
    if value is None or not math.isfinite(value):
        return DASH
    a = abs(value)
    decimals = 1 if a >= 10_000 else 2 if a >= 100 else 3 if a >= 10 else 4 if a >= 0.1 else 6
    return _local(f"{value:,.{decimals}f}")


def amount(value: float | None, asset: str = "") -> str:
    """An asset amount: BTC to 8 decimals trimmed, stablecoins to 2, others by size."""
    if value is None or not math.isfinite(value):
        return DASH
    if asset.upper() in {"USDT", "USDC", "USD", "FDUSD", "DAI", "USDE"}:
        text = f"{value:,.2f}"
    else:
        decimals = 8 if asset.upper() == "BTC" else 6 if abs(value) < 10 else 4 if abs(value) < 1000 else 2
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if "." in f"{value:.{decimals}f}" else f"{value:,}"
    return _local(f"{text} {asset}".strip())


def usd(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return DASH
    sign = "-" if value < 0 else ""
    return _local(f"{sign}${abs(value):,.2f}")


def pct(value: float | None, signed: bool = False, decimals: int = 2) -> str:
    """``value`` already in % (12.5 -> '12.50 %')."""
    if value is None or not math.isfinite(value):
        return DASH
    return _local(f"{value:+.{decimals}f} %" if signed else f"{value:.{decimals}f} %")


def contracts(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return DASH
    return _local(f"{value:,.6f}".rstrip("0").rstrip("."))


def usd_short(value: float | None) -> str:
    """USD with a B/M/k suffix, for market-wide figures read by order of magnitude ($14.90B)."""
    if value is None or not math.isfinite(value):
        return DASH
    a = abs(value)
    for div, unit in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= div:
            return _local(f"${value / div:,.2f}{unit}")
    return _local(f"${value:,.0f}")

