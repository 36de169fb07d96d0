"""Number formatting shared by the CLI and the GUI (Qt-free). Units are always shown."""

from __future__ import annotations

import html
import math
import re
from typing import overload

from core.money import USD, DisplayCurrency

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


def localised(text: str) -> str:
    """An English-formatted number ("1,234.5", "12.5 %") with the chosen locale's separators ("1 234,5")."""
    return _local(text)


def _local(text: str) -> str:
    if _SYMBOLS[","] == "," and _SYMBOLS["."] == ".":
        return text
    table: dict[str, str | int | None] = dict(_SYMBOLS)
    return text.translate(str.maketrans(table))


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


# --- amounts in the display currency (core.money; the GUI sets it from the setting and the snapshot) ---

SYMBOLS = {"USD": "$", "EUR": "€", "BTC": "₿"}
_display: DisplayCurrency = USD


def set_display_currency(currency: DisplayCurrency) -> None:
    """Show every amount formatted by ``money`` from now on in ``currency`` (see core.money.display_currency)."""
    global _display
    _display = currency


def display_currency() -> DisplayCurrency:
    return _display


def money(value_usd: float | None, currency: DisplayCurrency | None = None) -> str:
    """An amount given in USD, shown in the display currency: $1,234.56 / €1,142.11 / ₿0.01830412."""
    if value_usd is None or not math.isfinite(value_usd):
        return DASH
    c = currency or _display
    value = c.from_usd(value_usd)
    sign = "-" if value < 0 else ""
    if c.code == "BTC":
        return _local(f"{sign}₿{abs(value):,.{8 if abs(value) < 100 else 4}f}")
    return _local(f"{sign}{SYMBOLS.get(c.code, c.code + ' ')}{abs(value):,.2f}")


def money_short(value_usd: float | None, currency: DisplayCurrency | None = None) -> str:
    """``money`` read by order of magnitude ($14.90B / €13.8M / ₿3.431 / ₿1.27k)."""
    if value_usd is None or not math.isfinite(value_usd):
        return DASH
    c = currency or _display
    value = c.from_usd(value_usd)
    symbol = SYMBOLS.get(c.code, c.code + " ")
    a = abs(value)
    for div, unit in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= div:
            return _local(f"{'-' if value < 0 else ''}{symbol}{a / div:,.2f}{unit}")
    decimals = 0 if c.code != "BTC" else 4 if a >= 1 else 6
    return _local(f"{'-' if value < 0 else ''}{symbol}{a:,.{decimals}f}")


def currency_unit(currency: DisplayCurrency | None = None) -> str:
    """The code amounts are shown in (for axis labels and column titles): USD, EUR or BTC."""
    return (currency or _display).code


def currency_note(currency: DisplayCurrency | None = None) -> str:
    """Empty, or (in English, for the CLI) why the chosen currency is not used: "EUR rate unavailable,
    amounts shown in USD". The GUI says the same through tr()."""
    c = currency or _display
    return "" if c.unavailable is None else f"{c.unavailable}, amounts shown in USD"


def pct(value: float | None, signed: bool = False, decimals: int = 2) -> str:
    """``value`` already in % (12.5 -> '12.50 %')."""
    if value is None or not math.isfinite(value):
        return DASH
    return _local(f"{value:+.{decimals}f} %" if signed else f"{value:.{decimals}f} %")


def ratio_pct(value: float | None, decimals: int = 2) -> str:
    """A ratio given as a fraction, shown in % (0.1912 -> '19.12 %'; an OKX mgnRatio of 8.5 -> '850.00 %')."""
    if value is None or not math.isfinite(value):
        return DASH
    return _local(f"{value * 100:,.{decimals}f} %")


def leverage(value: float | None) -> str:
    """A leverage setting: 10 -> '10×', 12.5 -> '12.5×'."""
    if value is None or not math.isfinite(value) or value <= 0:
        return DASH
    return _local(f"{value:,.2f}".rstrip("0").rstrip(".") + "×")


#: An account's liquidating move is reported only within ±90 % (beyond that no single move is a useful number).
LIQUIDATING_MOVE_LIMIT_PCT = 90.0


def liquidating_move_pct(value_pct: float | None) -> float | None:
    """An account's smallest liquidating move (signed, in %), or None when there is none within ±90 %."""
    if value_pct is None or not math.isfinite(value_pct) or abs(value_pct) > LIQUIDATING_MOVE_LIMIT_PCT:
        return None
    return value_pct


def threshold_pct(value: float) -> str:
    """A setting in %, as the user typed it: 10 -> '10 %', 12.5 -> '12.5 %'."""
    return _local(f"{value:,.1f}".rstrip("0").rstrip(".") + " %")


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



# --- an account's risk as shown (core.risk.AccountRisk; shared by `undertow check` and the Accounts view) ---

#: The ratio shown when the venue's own definition could not be computed: AccountRisk.margin_ratio.
FALLBACK_RATIO_NAME = "MM ÷ equity"  # maintenance margin ÷ equity


def account_ratio(risk) -> tuple[float | None, str, float | None, bool]:
    """``(ratio, ratio name, value at which the venue liquidates, fallback?)`` for an ``AccountRisk``: ours in the
    venue's own definition (``venue_ratio``), else maintenance margin ÷ equity, which liquidates at 1."""
    if risk.venue_ratio is not None:
        return risk.venue_ratio, risk.ratio_name, risk.liquidates_at, False
    if risk.margin_ratio is None or not risk.cross:  # isolated positions only: each has its own price, no ratio
        return None, "", None, True
    return risk.margin_ratio, FALLBACK_RATIO_NAME, 1.0, True


# --- outside text (a server's, a file's, the user's) shown as text, never as markup or terminal commands ----------

def html_text(text: object) -> str:
    """``text`` for the inside of the GUI's own rich text (a coloured span, a ``<br>``): every character is shown
    as it is, so a server's ``<b style="font-size:40px">`` is read, never rendered."""
    return html.escape(str(text), quote=False)


@overload
def plain_tooltip(text: str) -> str: ...
@overload
def plain_tooltip(text: None) -> None: ...
def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that Qt shows literally. Qt renders a tooltip as rich text when its first line looks like HTML
    (``Qt::mightBeRichText``); a text with ``<`` or ``&`` is escaped and wrapped (its line breaks and spaces kept),
    any other is plain already and is returned unchanged."""
    if not text or ("<" not in text and "&" not in text):
        return text
    return f'<p style="white-space:pre-wrap">{html_text(text)}</p>'


# A terminal obeys escape sequences in what it is given to print: colours, cursor moves, a new window title,
# hyperlinks (OSC 8), even "report" sequences that type into the shell. ECMA-48: CSI (ESC [ or 0x9B) parameters
# then one final byte; OSC, DCS, SOS, PM and APC strings up to BEL or ST (ESC \ or 0x9C); any other ESC sequence:
# intermediate bytes then one final byte.
_ESCAPE_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?")
# C0 controls but tab and newline, DEL, C1 controls; and the invisible marks that reorder a line (bidi overrides).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\t\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def terminal_text(text: object, single_line: bool = False) -> str:
    """``text`` (from outside: a server's error, a symbol, a label) safe to print in a terminal: escape sequences
    (CSI, OSC, DCS …) and control characters removed, tab and newline kept. ``single_line``: for a table cell or
    a name inside a sentence, where a line break would forge a line of its own, breaks and tabs become spaces."""
    s = str(text)
    s = _LINE_BREAKS.sub(" ", s) if single_line else s.replace("\r\n", "\n")
    return _CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", s))
