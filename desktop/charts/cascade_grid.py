"""The what-if simulator's result panel, as text: one grid point of a ``Simulation`` turned into table rows.

The numbers come from ``core.cascade.grid.compute_simulation`` and ``core.cascade.book`` (computed once per grid,
off the GUI thread); ``market_rows`` / ``book_rows`` / ``summary_text`` turn one grid point into what the result
panel shows (amounts masked in privacy mode), in the interface language. Pure functions of their inputs: the
slider calls them at every step, and the tables then update the cells that changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the band's module loads the calibration: imported where it runs, in the worker
    from core.cascade.book import AccountLine, DiesAt, Uncertainty
    from core.cascade.grid import Simulation
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP, translate

HIDDEN = "•••"
Cell = tuple  # (text, sort value, tooltip[, tone])


@dataclass(frozen=True)
class Book:
    """What the worker computes beside the ``Simulation``: the accounts on its grid, each position's "dies at"
    (the driver alone, ``core.cascade.book``), and later the band (None until it has been computed)."""

    accounts: tuple[AccountLine, ...] = ()
    dies_at: tuple[DiesAt, ...] = ()
    names: tuple[str, ...] = ()  # per position: "BTC long", in the interface language
    sides: tuple[str, ...] = ()  # per position: "long" / "short"
    uncertainty: Uncertainty | None = None


def usd_text(value: float | None, hidden: bool) -> str:
    if hidden:
        return HIDDEN
    if value is None or not math.isfinite(value):
        return fmt.DASH
    a = abs(value)
    if a >= 1e3:
        return f"{'-' if value < 0 else ''}{fmt.usd_short(a)}"
    return fmt.usd(value)


def _pct(fraction: float | None, decimals: int = 2) -> str:
    return fmt.pct(None if fraction is None else fraction * 100.0, signed=True, decimals=decimals)


def range_text(low: float | None, high: float | None, decimals: int = 1, unit: str = " %") -> str:
    """"-3.4 to -4.5 %" (fractions in; never an ellipsis, which reads as cut-off text); a dash when either end
    is missing."""
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return fmt.DASH
    return translate("CascadeGrid", "{low} to {high}").format(
        low=fmt.localised(f"{low * 100:+.{decimals}f}"), high=fmt.localised(f"{high * 100:+.{decimals}f}")) + unit


MARKET_ROWS = [  # the market table is transposed: one row per figure, one column per symbol
    (QT_TRANSLATE_NOOP("CascadeGrid", "Shock"),
     QT_TRANSLATE_NOOP("CascadeGrid", "The move you impose (the driver's shock × the symbol's beta, or the preset's "
                                      "own shock)")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Move"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Where the price ends after the liquidation cascade has run its course")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Per 1 % more"),
     QT_TRANSLATE_NOOP("CascadeGrid", "How much further the price ends per 1 % more shock. About 1: the cascade adds "
                                      "little at the margin; 3 or more: a tipping point, where a slightly bigger "
                                      "shock runs much further")),
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
     QT_TRANSLATE_NOOP("CascadeGrid", "Your accounts (equity with the cascade at this shock, and the change from "
                                      "now; a liquidated account is 0: the venue closes it) and their positions")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "At this shock"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Liquidated at this shock? 'yes': by the shock alone; 'cascade': only once the "
                                      "cascade has pushed the price further; 'no': it survives")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Dies at"),
     QT_TRANSLATE_NOOP("CascadeGrid", "Smallest driver shock (within ±50 %) that liquidates it without the cascade, "
                                      "the driver moving alone (other assets by their betas; a preset's own shocks "
                                      "and haircuts left out) — the same figure as 'undertow shock'")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "Dies at +casc."),
     QT_TRANSLATE_NOOP("CascadeGrid", "Smallest driver shock that liquidates it with the cascade: the real distance. "
                                      "In brackets, the same under every leave-one-out fit of the event library: "
                                      "nearer to farther")),
    (QT_TRANSLATE_NOOP("CascadeGrid", "ADL"),
     QT_TRANSLATE_NOOP("CascadeGrid", "ADL risk: profitable while its market needs auto-deleveraging — it may be "
                                      "closed for you")),
]


def market_rows(sim: Simulation, k: int, hidden: bool,
                unc: Uncertainty | None = None) -> tuple[list[tuple[str, str]], list[list[Cell]]]:
    """(headers, rows) of the market table at grid point ``k``: one row per figure, one column per symbol."""
    r = sim.result
    n = range(len(r.symbols))
    final_price = r.mark_price * (1.0 + r.final_move[:, k])  # (S,) at this shock (``final_price`` is the whole grid)
    pending = (fmt.DASH, 0.0, translate("CascadeGrid", "Being computed…"))
    band = [""] * len(r.symbols) if unc is None else [translate(
        "CascadeGrid", "Range under every leave-one-out fit of the event library: {range}").format(
        range=range_text(float(unc.band.low[i, k]), float(unc.band.high[i, k]), 2)) for i in n]
    own = translate("CascadeGrid", "Moved by the preset's own shock: the driver does not move it")
    sens = [pending for _ in n] if unc is None else [
        (fmt.DASH, 0.0, own) if s in sim.explicit else
        (fmt.localised(f"{float(unc.sensitivity[i, k]):.2f}×"), float(unc.sensitivity[i, k]), "",
         "danger" if unc.sensitivity[i, k] >= 3.0 else None) for i, s in enumerate(r.symbols)]
    cells: list[list[Cell]] = [
        [(_pct(r.exogenous_move[i, k]), float(r.exogenous_move[i, k]), "") for i in n],
        [(_pct(r.final_move[i, k]), float(r.final_move[i, k]), band[i]) for i in n],
        sens,
        [(fmt.price(float(final_price[i])), float(final_price[i]),
          translate("CascadeGrid", "now {price}").format(price=fmt.price(float(r.mark_price[i])))) for i in n],
        [(fmt.DASH if np.isnan(a) else fmt.localised(f"{a:.2f}×"), 0.0 if np.isnan(a) else float(a), "")
         for a in r.amplification[:, k]],
        *[[(usd_text(float(v), hidden), float(v), "") for v in getattr(r, f)[:, k]]
          for f in ("liquidated_long_usd", "liquidated_short_usd", "insurance_fund_used_usd", "adl_notional_usd")],
        [(translate("CascadeGrid", "RUNAWAY"), 1, "", "danger") if x else (translate("CascadeGrid", "no"), 0, "")
         for x in r.runaway[:, k]],
    ]
    headers = [("", ""), *[(s, translate("CascadeGrid", "{symbol}: mark {price}").format(
        symbol=s, price=fmt.price(float(r.mark_price[i])))) for i, s in enumerate(r.symbols)]]
    return headers, [[(translate("CascadeGrid", title), title, translate("CascadeGrid", tip)), *row]
                     for (title, tip), row in zip(MARKET_ROWS, cells)]


def account_text(line: AccountLine, k: int, hidden: bool) -> tuple[str, str, str | None]:
    """(heading, tooltip, tone) of one account at grid point ``k``: equity with the cascade (0 once liquidated,
    never negative) and the change from now beside it."""
    equity, without = float(line.equity_with_usd[k]), float(line.equity_without_usd[k])
    change = equity - line.equity_now_usd
    change_text = HIDDEN if hidden else ("±$0" if abs(change) < 0.005 else
                                         ("+" if change > 0 else "") + usd_text(change, False))
    dead = bool(line.liquidated_with[k])
    template = ("{account} · liquidated: equity {equity} ({change})" if dead
                else "{account} · equity {equity} ({change})")
    text = translate("CascadeGrid", template).format(account=line.label, equity=usd_text(equity, hidden),
                                                     change=change_text)
    tip = translate("CascadeGrid", "Equity now {now}; at this shock {with_} with the cascade, {without} without. "
                                   "A liquidated account counts 0: the venue closes it and the insurance fund "
                                   "takes any shortfall.").format(now=usd_text(line.equity_now_usd, hidden),
                                                                  with_=usd_text(equity, hidden),
                                                                  without=usd_text(without, hidden))
    return text, tip, "danger" if dead else None


def book_rows(sim: Simulation, book: Book, k: int, hidden: bool) -> tuple[list[list[Cell]], set[int]]:
    """The user's accounts (heading rows) and their positions at grid point ``k``: liquidated or not here, and
    the smallest driver shock that kills each, with its range once the band is known. Returns (rows, heading
    row numbers)."""
    yes, no = (translate("CascadeGrid", "yes"), 2, "", "danger"), (translate("CascadeGrid", "no"), 0, "")
    width = len(POSITION_HEADERS)
    rows: list[list[Cell]] = []
    groups: set[int] = set()
    placed: set[int] = set()
    for line in book.accounts:
        if not line.positions and not line.equity_now_usd:
            continue
        text, tip, tone = account_text(line, k, hidden)
        groups.add(len(rows))
        rows.append([(text, line.label, tip, tone), *[("", 0, "")] * (width - 1)])
        for j in line.positions:
            rows.append(_position_row(sim, book, j, k, yes, no))
            placed.add(j)
    for j in range(len(sim.positions)):  # a position whose account is not in the snapshot: still shown
        if j not in placed:
            rows.append(_position_row(sim, book, j, k, yes, no))
    return rows, groups


def _position_row(sim: Simulation, book: Book, j: int, k: int, yes: Cell, no: Cell) -> list[Cell]:
    p = sim.positions[j]
    name = book.names[j] if j < len(book.names) else p.label
    side_tone = book.sides[j] if j < len(book.sides) else None
    limit = book.dies_at[j] if j < len(book.dies_at) else None
    dies_without = limit.without_cascade if limit else p.dies_without_cascade
    dies_with = limit.with_cascade if limit else p.dies_with_cascade
    dies = _pct(dies_with, 1)
    if book.uncertainty is None:
        dies_tip = translate("CascadeGrid", "Its range is being computed…")
    else:
        rng = limit.with_cascade_range if limit else None
        if rng and rng[0] is not None and rng[1] is not None and rng[0] != rng[1]:
            dies = f"{dies} ({range_text(rng[0], rng[1], 1, '')})"
        dies_tip = ""
    return [
        ("  " + name, name, translate("CascadeGrid", "liquidation price {price} (venue rules)").format(
            price=fmt.price(p.liquidation_price)), side_tone),
        yes if p.liquidated_without[k] else (translate("CascadeGrid", "cascade"), 1, translate(
            "CascadeGrid", "Liquidated only because of the cascade"), "danger") if p.liquidated_with[k] else no,
        (_pct(dies_without, 1), _sort_shock(dies_without), ""),
        (dies, _sort_shock(dies_with), dies_tip),
        (translate("CascadeGrid", "ADL risk"), 1, translate("CascadeGrid", "Profitable while its market needs ADL"),
         "danger") if p.adl_at_risk[k] else ("", 0, ""),
    ]


def summary_text(sim: Simulation, k: int, hidden: bool, unc: Uncertainty | None = None,
                 notes: tuple[str, ...] = ()) -> str:
    """A few lines (rich text) at grid point ``k``: the user's equity both ways, the market's totals, and notes
    (a tipping point near, why the dashboard's card differs: ``notes``, plain text)."""
    r = sim.result
    lines = []
    head = [f"<b>{fmt.html_text(sim.driver)} {fmt.localised(f'{sim.shocks[k] * 100:+.1f} %')}</b>"]
    if sim.equity_with_usd is not None and sim.equity_without_usd is not None:
        w, o = float(sim.equity_with_usd[k]), float(sim.equity_without_usd[k])
        equity = translate("CascadeGrid", "your equity <b>{with_}</b> with the cascade, {without} without").format(
            without=usd_text(o, hidden), with_=usd_text(w, hidden))
        if unc is not None and unc.equity_low_usd is not None and unc.equity_high_usd is not None and not hidden:
            equity += " " + fmt.html_text(translate("CascadeGrid", "(range {low} to {high})").format(
                low=usd_text(float(unc.equity_low_usd[k]), False), high=usd_text(float(unc.equity_high_usd[k]), False)))
        head.append(equity)
        dead = sum(1 for p in sim.positions if p.liquidated_with[k])
        head.append(fmt.html_text(translate("CascadeGrid", "{dead} of {total} positions liquidated").format(
            dead=dead, total=len(sim.positions))))
    elif sim.note:
        head.append(fmt.html_text(sim.note))
    lines.append(" · ".join(head))
    longs, shorts = float(r.liquidated_long_usd[:, k].sum()), float(r.liquidated_short_usd[:, k].sum())
    lines.append(fmt.html_text(translate("CascadeGrid", "Market: longs {longs} and shorts {shorts} liquidated, "
                                                        "insurance fund {fund}, ADL {adl}").format(
        longs=usd_text(longs, hidden), shorts=usd_text(shorts, hidden),
        fund=usd_text(float(r.insurance_fund_used_usd[:, k].sum()), hidden),
        adl=usd_text(float(r.adl_notional_usd[:, k].sum()), hidden))))
    warn = []
    runaway = [s for i, s in enumerate(r.symbols) if r.runaway[i, k]]
    if runaway:
        warn.append(translate("CascadeGrid", "runaway in {symbols}").format(symbols=", ".join(runaway)))
    if unc is not None:
        for symbol, s in unc.near_tipping_point(k):
            warn.append(translate("CascadeGrid", "{symbol} sits near a tipping point: its final move changes by "
                                                 "{sensitivity} per 1 % more shock").format(
                symbol=symbol, sensitivity=fmt.pct(s, decimals=1)))
    if warn:
        lines.append("<span style='color:#d9534f'><b>" + fmt.html_text(" · ".join(warn)) + "</b></span>")
    lines.extend(fmt.html_text(n) for n in notes)
    return "<br>".join(lines)


def _sort_shock(shock: float | None) -> float:
    return abs(shock) if shock is not None else math.inf
