"""The what-if simulator's numbers, Qt-free: one grid of driver shocks computed once, then read by index.

``compute_simulation`` (pure: snapshot in, result out) runs the cascade engine over the whole grid with and
without the cascade and evaluates the user's book; ``market_rows`` / ``position_rows`` / ``summary_text`` turn
one grid point into what the result panel shows (amounts masked in privacy mode).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.cascade.portfolio import total_equity_usd
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP, translate

# The driver-shock grid: -50 % .. +50 % in steps of 0.1 % (the slider's unit), 1001 points.
SHOCK_LIMIT_PERMILLE = 500
SHOCK_GRID = np.arange(-SHOCK_LIMIT_PERMILLE, SHOCK_LIMIT_PERMILLE + 1) / 1000.0
HIDDEN = "•••"
Cell = tuple  # (text, sort value, tooltip)




@dataclass(frozen=True)
class PositionLine:
    """One of the user's positions as the simulator draws it."""

    label: str  # "BTC long · binanceusdm"
    base: str
    liquidation_price: float | None  # venue rules, USD
    dies_with_cascade: float | None  # smallest driver shock (fraction) that liquidates it
    dies_without_cascade: float | None
    liquidated_with: np.ndarray  # (N,) bool per grid shock
    liquidated_without: np.ndarray
    adl_at_risk: np.ndarray


@dataclass(frozen=True)
class Simulation:
    """Everything the simulator shows, for every shock of ``shocks`` (fractions of the driver's mark)."""

    shocks: np.ndarray
    driver: str
    model: object  # core.cascade.MarketModel (with the depth factor / OI multiplier applied)
    result: object  # core.cascade.CascadeResult
    equity_with_usd: np.ndarray | None  # (N,) the user's exchange equity; None without accounts
    equity_without_usd: np.ndarray | None
    positions: tuple[PositionLine, ...] = ()
    note: str = ""
    explicit: dict = field(default_factory=dict)  # the preset's per-symbol shocks besides the driver

    def index_of(self, shock: float) -> int:
        return int(np.argmin(np.abs(self.shocks - shock)))


def compute_simulation(snapshot, depth_multiplier: float = 1.0, oi_multiplier: float = 1.0,
                       scenario=None, shocks: np.ndarray = SHOCK_GRID) -> Simulation:
    """Run the cascade over ``shocks`` (driver, fractions) with and without the cascade (pure; ~50 ms).

    ``depth_multiplier`` / ``oi_multiplier`` multiply the calibrated depth factor and the open interest;
    ``scenario`` adds its other symbols' shocks and collateral haircuts (the driver follows the grid).
    Raises ``ValueError`` when the snapshot has no market data.
    """
    from core.cascade import compile_market, market_model_from_snapshot, run_cascade
    from core.cascade.portfolio import PortfolioUnavailable, evaluate_portfolio

    model = market_model_from_snapshot(snapshot).with_overrides(depth_factor=depth_multiplier,
                                                                 oi_multiplier=oi_multiplier)
    explicit = {}
    if scenario is not None:
        explicit = scenario.explicit_shocks(model.names, {s.symbol: s.mark_price for s in model.symbols})
        explicit.pop(model.driver, None)
    result = run_cascade(compile_market(model), shocks, explicit)
    if not (snapshot.accounts or snapshot.positions):
        return Simulation(shocks, model.driver, model, result, None, None, (), "no accounts: market only",
                          explicit)
    try:
        outcome = evaluate_portfolio(snapshot, result, scenario.collateral_haircuts if scenario else ())
    except PortfolioUnavailable as exc:
        return Simulation(shocks, model.driver, model, result, None, None, (), str(exc), explicit)
    from core.risk import assess_positions

    lps = {id(r.position): r.liquidation_price for r in assess_positions(snapshot)}
    lines = tuple(PositionLine(
        label=f"{po.position.base} {po.position.side.value} · {po.position.venue}", base=po.position.base.upper(),
        liquidation_price=lps.get(id(po.position)), dies_with_cascade=po.liquidating_shock_with_cascade,
        dies_without_cascade=po.liquidating_shock_without_cascade, liquidated_with=po.liquidated_with_cascade,
        liquidated_without=po.liquidated_without_cascade, adl_at_risk=po.adl_at_risk) for po in outcome.positions)
    return Simulation(shocks, model.driver, model, result,
                      total_equity_usd(snapshot, result, outcome, cascade=True),
                      total_equity_usd(snapshot, result, outcome, cascade=False), lines, "", explicit)



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
    cells = [
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
    parts = [f"<b>{sim.driver} {sim.shocks[k] * 100:+.1f} %</b>"]
    if sim.equity_with_usd is not None:
        w, o = float(sim.equity_with_usd[k]), float(sim.equity_without_usd[k])
        parts.append(translate("CascadeGrid", "your equity {without} without the cascade, <b>{with_}</b> with it")
                     .format(without=usd_text(o, hidden), with_=usd_text(w, hidden))
                     + ("" if hidden else f" ({usd_text(w - o, False)})"))
        dead = sum(1 for p in sim.positions if p.liquidated_with[k])
        parts.append(translate("CascadeGrid", "{dead} of {total} positions liquidated").format(
            dead=dead, total=len(sim.positions)))
    elif sim.note:
        parts.append(sim.note)
    longs, shorts = float(r.liquidated_long_usd[:, k].sum()), float(r.liquidated_short_usd[:, k].sum())
    parts.append(translate("CascadeGrid", "market: longs {longs} and shorts {shorts} liquidated, insurance fund "
                                          "{fund}, ADL {adl}").format(
        longs=usd_text(longs, hidden), shorts=usd_text(shorts, hidden),
        fund=usd_text(float(r.insurance_fund_used_usd[:, k].sum()), hidden),
        adl=usd_text(float(r.adl_notional_usd[:, k].sum()), hidden)))
    runaway = [s for i, s in enumerate(r.symbols) if r.runaway[i, k]]
    if runaway:
        text = translate("CascadeGrid", "runaway in {symbols}").format(symbols=", ".join(runaway))
        parts.append(f"<span style='color:#d9534f'><b>{text}</b></span>")
    return " · ".join(parts)


def _sort_shock(shock: float | None) -> float:
    return abs(shock) if shock is not None else math.inf


# --- the user's own scenarios -------------------------------------------------------------------------

def user_scenarios_dir() -> Path:
    from core.store import data_dir

    return data_dir() / "scenarios"


def scenario_id_from_name(name: str) -> str:
    """A file-safe scenario id from what the user typed ("My BTC -12 %" -> "my-btc-12")."""
    slug = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower())).strip("-._")[:64]
    return slug or "my-scenario"


def scenario_from_controls(name: str, driver: str, shock: float, explicit: dict, base, depth_multiplier: float,
                           oi_multiplier: float):
    """A user ``Scenario``: the driver at ``shock`` (fraction), the preset ``base``'s other shocks and haircuts,
    and the depth / open-interest multipliers when they differ from 1."""
    from core.cascade import Scenario

    return Scenario(id=scenario_id_from_name(name), name=name.strip() or "My scenario",
                    description=f"Saved from the simulator{f' (from {base.name})' if base else ''}.",
                    source="user", shocks={driver: shock, **explicit},
                    collateral_haircuts=base.collateral_haircuts if base else (),
                    depth_factor=depth_multiplier if depth_multiplier != 1.0 else None,
                    oi_multiplier=oi_multiplier if oi_multiplier != 1.0 else None)
