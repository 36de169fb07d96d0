"""Plausibility at the door: numbers from outside (exchanges, chain servers) checked against bounds before use.

Pure functions. Each check returns the problems it found as short sentences (empty when the data is plausible);
a source whose data has any is marked failed with the first one, and its last good data is kept
(``core.sync``). What is checked:

* prices (mark, entry, index, a currency rate): a finite number above 0 and at most ``MAX_PRICE`` (per unit,
  in the quote currency);
* position sizes: finite, not negative, a contract size above 0; the position's size in its base asset at most
  the asset's total supply, its value at most ``MAX_VALUE_USD``;
* balances and holdings: finite, at most the asset's total supply in absolute value (``MAX_SUPPLY``, else the
  generous ``GENERIC_MAX_UNITS``); a wallet holding (``holding_problems``) is never negative.

The supply table bounds only what is certain: hard caps from each chain's consensus rules, and for coins without
a cap a bound well above the supply ever reached. It rejects the absurd (63 billion BTC, 1e59 ETH), never a
whale.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, Message, Number, joined, message

MAX_PRICE = 1e9  # per unit: a thousand times the highest price of any crypto asset (BTC ~1e5 USD)
MAX_VALUE_USD = 1e12  # one position: more than any single holder's stake in any market
GENERIC_MAX_UNITS = 1e18  # any asset not in the table: above the largest token supply known (BabyDoge ~4.2e17)

#: asset -> (bound in units, where it comes from). Hard caps are the chains' own rules; "no cap" coins get a
#: bound at least 1.5 x their supply in 2025.
MAX_SUPPLY: Mapping[str, tuple[float, str]] = {
    "BTC": (21e6, "Bitcoin consensus: the block subsidy halves every 210,000 blocks, 20,999,999.9769 BTC in all"),
    "TBTC": (21e6, "Bitcoin test networks follow the same subsidy schedule"),
    "LTC": (84e6, "Litecoin consensus: 4 x Bitcoin's schedule"),
    "XRP": (100e9, "XRP Ledger: 100 billion XRP created at genesis, none can be added"),
    "ADA": (45e9, "Cardano: maximum supply 45 billion ADA (protocol parameter)"),
    "BNB": (200e6, "BNB: 200 million at launch, burned towards 100 million, never minted"),
    "ETH": (200e6, "no cap; about 120.7 million in 2025 (etherscan.io/stat/supply)"),
    "SOL": (2e9, "no cap; about 600 million in 2025 (inflation schedule, solana.com)"),
    "DOGE": (300e9, "no cap; about 150 billion in 2025, +5 billion a year"),
    "TRX": (200e9, "no cap; about 95 billion in 2025 (tronscan.org)"),
    "POL": (20e9, "10 billion at the MATIC migration, 2 % a year emission"),
    "MATIC": (10e9, "fixed at 10 billion"),
    "USDT": (1e12, "no cap; about 180 billion issued in 2025 (tether.to/transparency)"),
    "USDC": (1e12, "no cap; about 75 billion issued in 2025 (circle.com/transparency)"),
}


def supply_bound(asset: str) -> float:
    """The most units of ``asset`` that can exist (the table, else the generic bound)."""
    entry = MAX_SUPPLY.get(str(asset).upper())
    return entry[0] if entry is not None else GENERIC_MAX_UNITS


def shown(value: Any, limit: int = 40) -> str:
    """``value`` as printable plain text for a message: control characters dropped, at most ``limit`` characters."""
    if isinstance(value, float):
        if not math.isfinite(value):
            text = str(value)
        elif 1e6 <= abs(value) < 1e16:
            text = f"{value:,.0f}"
        else:
            text = f"{value:,.10g}"
    else:
        text = str(value)
    text = "".join(c for c in text if unicodedata.category(c)[0] not in "CZ" or c == " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number(value: Any) -> float | None:
    """``value`` as a float, NaN and infinities included (they are what the checks catch); None when absent or
    not a number at all."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return None


# --- the problems in words: ``Message``s (English in the terminal and the logs, translated in the window) --------
def _is(name: str, value: Any) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{name} is {value}"), name=name, value=shown(value))


def _entry_price(symbol: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{symbol}: entry price"), symbol=symbol)


def _mark_price(symbol: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{symbol}: mark price"), symbol=symbol)


def _price_of(asset: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{asset} price"), asset=asset)


def _balance_of(asset: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{asset} balance"), asset=asset)


def price_problem(label: str, value: Any) -> Message | None:
    """A price (mark, entry, index, rate) must be a finite number above 0 and at most ``MAX_PRICE``."""
    f = number(value)
    if f is None:
        return None  # absent: the reader decides whether it needs it
    if not math.isfinite(f):
        return _is(label, f)
    if f <= 0:
        return message(QT_TRANSLATE_NOOP("Core", "{name} is {value} (must be above 0)"), name=label, value=shown(f))
    if f > MAX_PRICE:
        return message(QT_TRANSLATE_NOOP("Core", "{name} is {value} (above {bound})"), name=label, value=shown(f),
                       bound=Number(MAX_PRICE, 0))
    return None


def amount_problem(asset: str, amount: Any, *, label: str = "", negative_ok: bool = True) -> Message | None:
    """A balance or holding of ``asset``: finite, at most its total supply in absolute value (and not negative
    unless ``negative_ok``: an exchange balance can be a loan)."""
    f = number(amount)
    name = label or _balance_of(shown(asset, 16))
    if f is None:
        return None
    if not math.isfinite(f):
        return _is(name, f)
    if f < 0 and not negative_ok:
        return message(QT_TRANSLATE_NOOP("Core", "{name} is {value} (cannot be negative)"), name=name,
                       value=shown(f))
    bound = supply_bound(asset)
    if abs(f) > bound:
        if str(asset).upper() in MAX_SUPPLY:
            return message(QT_TRANSLATE_NOOP("Core", "{name} is {value}, above its total supply ({bound})"),
                           name=name, value=shown(f), bound=Number(bound, 0))
        return message(QT_TRANSLATE_NOOP("Core", "{name} is {value}, above any plausible amount ({bound})"),
                       name=name, value=shown(f), bound=Number(bound, 0))
    return None


def position_problems(symbol: str, *, contracts: Any, contract_size: Any = None, entry: Any = None,
                      mark: Any = None, base: str = "", inverse: bool = False,
                      notional: Any = None) -> list[Message]:
    """A position row (ccxt unified fields or the model's): prices, size, contract size, size against supply."""
    name = shown(symbol)
    out = [p for p in (price_problem(_entry_price(name), entry), price_problem(_mark_price(name), mark)) if p]
    size = number(contracts)
    if size is not None and not math.isfinite(size):
        out.append(message(QT_TRANSLATE_NOOP("Core", "{symbol}: size is {value}"), symbol=name, value=shown(size)))
        size = None
    cs = number(contract_size)
    if cs is not None and (not math.isfinite(cs) or cs <= 0):
        out.append(message(QT_TRANSLATE_NOOP("Core", "{symbol}: contract size is {value} (must be above 0)"),
                           symbol=name, value=shown(cs)))
        cs = None
    if size is None or size == 0 or out:
        return out
    price = number(mark) or number(entry)
    per = cs if cs is not None else 1.0
    value: float | None
    if inverse:  # contracts of a USD face value: the value is the face, the base size face / price
        value = abs(size) * per
        base_size = value / price if price else None
    else:
        base_size = abs(size) * per
        value = base_size * price if price else None
    reported = number(notional)
    if reported is not None and math.isfinite(reported):
        value = max(value or 0.0, abs(reported))
    if base and base_size is not None and base_size > supply_bound(base):
        out.append(message(QT_TRANSLATE_NOOP("Core", "{symbol}: size {size} {asset} is above its total supply "
                                                     "({bound})"),
                           symbol=name, size=shown(base_size), asset=shown(base, 16),
                           bound=Number(supply_bound(base), 0)))
    elif value is not None and value > MAX_VALUE_USD:
        out.append(message(QT_TRANSLATE_NOOP("Core", "{symbol}: value {value} is above {bound}"), symbol=name,
                           value=shown(value), bound=Number(MAX_VALUE_USD, 0)))
    return out


def raw_position_problems(row: Mapping[str, Any], market: Mapping[str, Any] | None = None) -> list[Message]:
    """One ccxt unified position (``symbol``, ``contracts``, ``contractSize``, ``entryPrice``, ``markPrice``,
    ``notional``), judged with its market when known (contract size, inverse, base)."""
    market = market or {}
    symbol = str(row.get("symbol") or "?")
    base = str(market.get("base") or (symbol.split("/")[0] if "/" in symbol else ""))
    return position_problems(symbol, contracts=row.get("contracts"),
                             contract_size=row.get("contractSize") or market.get("contractSize"),
                             entry=row.get("entryPrice"), mark=row.get("markPrice"), base=base,
                             inverse=bool(market.get("inverse")), notional=row.get("notional"))


def dropped_rows(raw_responses: Iterable[Any], parsed: Iterable[Mapping[str, Any]],
                 size_key: str) -> list[dict[str, Any]]:
    """Rows of the raw position responses that hold a non-zero ``size_key`` but are not among the parsed positions
    (their ``info``): the client dropped them (e.g. ccxt skips a Binance row whose entry price is not above 0)."""
    if not size_key:
        return []
    kept = [p.get("info") for p in parsed]
    kept_ids = {id(i) for i in kept}
    out = []
    for row in _dicts_with(raw_responses, size_key):
        size = number(row.get(size_key))
        if size is None or size == 0:
            continue
        if id(row) in kept_ids or row in kept:
            continue
        out.append(row)
    return out


def _dicts_with(value: Any, key: str, depth: int = 0) -> Iterable[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(value, dict):
        if key in value:
            yield value
            return
        for v in value.values():
            yield from _dicts_with(v, key, depth + 1)
    elif isinstance(value, list):
        for v in value[:10_000]:
            yield from _dicts_with(v, key, depth + 1)


def dropped_row_problem(row: Mapping[str, Any], size_key: str) -> Message:
    """Why a dropped row matters, naming its symbol and the values that made it unreadable."""
    symbol = row.get("symbol") or row.get("instId") or row.get("coin") or "?"
    fields = [f"{k} {shown(row.get(k), 24)}" for k in (size_key, "entryPrice", "avgPrice", "avgPx", "markPrice",
                                                       "markPx") if k in row]
    return message(QT_TRANSLATE_NOOP("Core", "{symbol}: a held position the venue sent with unusable values "
                                             "({fields})"), symbol=shown(symbol), fields=", ".join(fields[:3]))


_LABEL_KEYS = ("symbol", "instId", "coin", "asset", "ccy", "currency")


def non_finite_values(raw: Any, limit: int = 3) -> list[Message]:
    """NaN or infinite numbers anywhere in raw decoded JSON (depth-bounded), named by the row's symbol or asset and
    the field: a parser turns them into "missing" or chokes on them; they are implausible."""
    out: list[Message] = []

    def walk(value: Any, label: str, depth: int) -> None:
        if len(out) >= limit or depth > 6:
            return
        if isinstance(value, dict):
            here = next((str(value[k]) for k in _LABEL_KEYS if isinstance(value.get(k), str) and value[k]), label)
            for key, item in value.items():
                if isinstance(item, (str, float)) and not isinstance(item, bool) \
                        and (f := number(item)) is not None and not math.isfinite(f):
                    field = shown(key, 24)
                    out.append(message(QT_TRANSLATE_NOOP("Core", "{row}: {field} is {value}"), row=shown(here),
                                       field=field, value=shown(item, 12)) if here else
                               message(QT_TRANSLATE_NOOP("Core", "{field} is {value}"), field=field,
                                       value=shown(item, 12)))
                    if len(out) >= limit:
                        return
                elif isinstance(item, (dict, list)):
                    walk(item, here, depth + 1)
        elif isinstance(value, list):
            for item in value[:10_000]:
                walk(item, label, depth + 1)

    walk(raw, "", 0)
    return out


_BALANCE_PARTS = {"total": QT_TRANSLATE_NOOP("Core", "{asset} balance (total)"),
                  "free": QT_TRANSLATE_NOOP("Core", "{asset} balance (free)"),
                  "used": QT_TRANSLATE_NOOP("Core", "{asset} balance (used)")}


def raw_balance_problems(balance: Any) -> list[Message]:
    """A ccxt unified balance (``total``, ``free``, ``used`` per asset): each amount finite and within the asset's
    supply (a parser keeps NaN as a float, which a reader would then skip as "no balance")."""
    out: list[Message] = []
    if not isinstance(balance, Mapping):
        return out
    for part in ("total", "free", "used"):
        amounts = balance.get(part)
        if not isinstance(amounts, Mapping):
            continue
        for asset, amount in amounts.items():
            problem = amount_problem(str(asset), amount, label=message(_BALANCE_PARTS[part], asset=shown(asset, 16)))
            if problem and problem not in out:
                out.append(problem)
    return out


def holding_problems(asset: str, amount: Any) -> list[Message]:
    """A wallet holding: finite, not negative, at most the asset's total supply."""
    problem = amount_problem(asset, amount, negative_ok=False)
    return [problem] if problem else []


def model_problems(*, positions: Iterable[Any] = (), balances: Iterable[Any] = (), holdings: Iterable[Any] = (),
                   markets: Iterable[Any] = (), prices_usd: Mapping[str, Any] | None = None) -> list[Message]:
    """Every problem in model rows (``core.model`` Position, Balance, Holding, MarketState) and a price table."""
    out: list[Message] = []
    for p in positions:
        out.extend(position_problems(p.symbol, contracts=p.contracts, contract_size=p.contract_size,
                                     entry=p.entry_price, mark=p.mark_price, base=p.base, inverse=p.inverse))
    for b in balances:
        problem = amount_problem(b.asset, b.total)
        if problem:
            out.append(problem)
    for h in holdings:
        out.extend(holding_problems(h.asset, h.amount))
    for m in markets:
        problem = price_problem(_mark_price(shown(m.symbol)), m.mark_price)
        if problem:
            out.append(problem)
    for asset, price in (prices_usd or {}).items():
        problem = price_problem(_price_of(shown(asset, 16)), price)
        if problem:
            out.append(problem)
    return out


def summary(problems: list[Message] | list[str], limit: int = 2) -> Message:
    """The first ``limit`` problems in one line, and how many more there are."""
    text = joined(problems[:limit])
    if len(problems) > limit:
        return message(QT_TRANSLATE_NOOP("Core", "{problems} (and {n} more)"), problems=text,
                       n=len(problems) - limit)
    return text
