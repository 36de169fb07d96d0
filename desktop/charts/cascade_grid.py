"""The what-if simulator's result panel, as text: one grid point of a ``Simulation`` turned into table rows.

The numbers come from ``core.cascade.grid.compute_simulation`` (computed once per grid); ``market_rows`` /
``position_rows`` / ``summary_text`` turn one grid point into what the result panel shows (amounts masked in
privacy mode), in the interface language.
"""

from __future__ import annotations

import math

import numpy as np

from core.cascade.grid import Simulation
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP, translate

HIDDEN = "•••"
Cell = tuple  # (text, sort value, tooltip)


def usd_text(value: float | None, hidden: bool) -> str:
    if hidden:
        return HIDDEN
    if value is None or not math.isfinite(value):
        return fmt.DASH
    a = abs(value)
    if a >= 1e3:
        return f"{'-' if value < 0 else ''}{fmt.usd_short(a)}"
    return fmt.usd(value)


def _pct(fraction: float | None) -> str:
    return fmt.pct(None if fraction is None else fraction * 100.0, signed=True)


MARKET_ROWS = [  # the market table is transposed: one row per figure, one column per symbol
    (QT_TRANSLATE_NOOP("CascadeGrid", "Shock"),
     QT_TRANSLATE_NOOP("CascadeGrid", "The move you impose (the driver's shock × the symbol's beta, or the preset's "
                                      "own shock)")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Move"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Where the price ends after the liquidation cascade has run its course")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Price after"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Final price (USD) after the cascade")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Amplification"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Final move ÷ imposed move: 1.00× means the cascade added nothing")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Longs liquidated"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Market-wide long positions force-closed (USD notional, estimated from open "
                                      "interest)")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Shorts liquidated"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Market-wide short positions force-closed (USD notional)")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Insurance fund"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Insurance fund spent covering liquidations that closed beyond their "
                                      "bankruptcy price")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "ADL"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Notional of profitable traders auto-deleveraged once the insurance fund ran "
                                      "dry")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Runaway"),
     QT_TRANSLATE_NOOP("CascadeGrid", "RUNAWAY: the forced orders emptied the modelled book — the price has no floor "
                                      "in this model")),
]
POSITION_HEADERS = [
    (QT_TRANSLATE_NOOP("CascadeGrid", "Position"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Your position: asset, side and venue")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Liq."),
     QT_TRANSLATE_NOOP("CascadeGrid", "Liquidated at this shock if only the shock moves the price?")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Liq. +casc."),
     QT_TRANSLATE_NOOP("CascadeGrid", "Liquidated at this shock once the cascade has pushed the price further?")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Dies at"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Smallest driver shock (within ±50 %) that liquidates it without the cascade")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Dies at +casc."),
     QT_TRANSLATE_NOOP("CascadeGrid", "Smallest driver shock that liquidates it with the cascade: the real distance")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "ADL"),
     QT_TRANSLATE_NOOP("CascadeGrid", "ADL risk: profitable while its market needs auto-deleveraging — it may be "
                                      "closed for you")),
]


def market_rows(sim: Simulation, k: int, hidden: bool) -> tuple[list[tuple[str, str]], list[list[Cell]]]:
    """(headers, rows) of the market table at grid point ``k``: one row per figure, one column per symbol."""
    r = sim.result
    n = range(len(r.symbols))
    cells: list[list[Cell]] = [
        [(_pct(r.exogenous_move[i, k]), float(r.exogenous_move[i, k]), "") for i in n],
        [(_pct(r.final_move[i, k]), float(r.final_move[i, k]), "") for i in n],
        [(fmt.price(float(r.final_price[i, k])), float(r.final_price[i, k]),
          translate("CascadeGrid", "now {price}").format(price=fmt.price(float(r.mark_price[i])))) for i in n],
        [(fmt.DASH if np.isnan(a) else f"{a:.2f}×", 0.0 if np.isnan(a) else float(a), "")
         for a in r.amplification[:, k]],
        *[[(usd_text(float(v), hidden), float(v), "") for v in getattr(r, f)[:, k]]
          for f in ("liquidated_long_usd", "liquidated_short_usd", "insurance_fund_used_usd", "adl_notional_usd")],
        [(translate("CascadeGrid", "RUNAWAY") if x else translate("CascadeGrid", "no"), int(x), "")
         for x in r.runaway[:, k]],
    ]
    headers = [("", ""), *[(s, translate("CascadeGrid", "{symbol}: mark {price}").format(
        symbol=s, price=fmt.price(float(r.mark_price[i])))) for i, s in enumerate(r.symbols)]]
    return headers, [[(translate("CascadeGrid", title), title, translate("CascadeGrid", tip)), *row]
                     for (title, tip), row in zip(MARKET_ROWS, cells)]


def position_rows(sim: Simulation, k: int) -> list[list[Cell]]:
    """The user's positions at grid point ``k``: liquidated or not, and the smallest shock that kills each."""
    yes, no = (translate("CascadeGrid", "yes"), 1, ""), (translate("CascadeGrid", "no"), 0, "")
    return [[
        (p.label, p.label, translate("CascadeGrid", "liquidation price {price} (venue rules)").format(
            price=fmt.price(p.liquidation_price))),
        yes if p.liquidated_without[k] else no, yes if p.liquidated_with[k] else no,
        (_pct(p.dies_without_cascade), _sort_shock(p.dies_without_cascade), ""),
        (_pct(p.dies_with_cascade), _sort_shock(p.dies_with_cascade), ""),
        (translate("CascadeGrid", "ADL risk"), 1, translate("CascadeGrid", "Profitable while its market needs ADL"))
        if p.adl_at_risk[k] else ("", 0, ""),
    ] for p in sim.positions]


def summary_text(sim: Simulation, k: int, hidden: bool) -> str:
    """One line (rich text) at grid point ``k``: the user's equity both ways and the market's totals."""
    r = sim.result
    parts = [f"<b>{fmt.html_text(sim.driver)} {sim.shocks[k] * 100:+.1f} %</b>"]  # the driver: from a model file
    if sim.equity_with_usd is not None and sim.equity_without_usd is not None:
        w, o = float(sim.equity_with_usd[k]), float(sim.equity_without_usd[k])
        parts.append(translate("CascadeGrid", "your equity {without} without the cascade, <b>{with_}</b> with it")
                     .format(without=usd_text(o, hidden), with_=usd_text(w, hidden))
                     + ("" if hidden else f" ({usd_text(w - o, False)})"))
        dead = sum(1 for p in sim.positions if p.liquidated_with[k])
        parts.append(translate("CascadeGrid", "{dead} of {total} positions liquidated").format(
            dead=dead, total=len(sim.positions)))
    elif sim.note:
        parts.append(fmt.html_text(sim.note))
    longs, shorts = float(r.liquidated_long_usd[:, k].sum()), float(r.liquidated_short_usd[:, k].sum())
    parts.append(translate("CascadeGrid", "market: longs {longs} and shorts {shorts} liquidated, insurance fund "
                                          "{fund}, ADL {adl}").format(
        longs=usd_text(longs, hidden), shorts=usd_text(shorts, hidden),
        fund=usd_text(float(r.insurance_fund_used_usd[:, k].sum()), hidden),
        adl=usd_text(float(r.adl_notional_usd[:, k].sum()), hidden)))
    runaway = [s for i, s in enumerate(r.symbols) if r.runaway[i, k]]
    if runaway:
        text = translate("CascadeGrid", "runaway in {symbols}").format(symbols=", ".join(runaway))
        parts.append(f"<span style='color:#d9534f'><b>{fmt.html_text(text)}</b></span>")
    return " · ".join(parts)


def _sort_shock(shock: float | None) -> float:
    return abs(shock) if shock is not None else math.inf
