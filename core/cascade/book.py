"""The user's book in a what-if, as both front ends show it: accounts, each position's "dies at", the band.

One home for three answers that the window and ``undertow shock`` must give alike:

* **Accounts**: an account's equity per shock, from its liquidation outward **0** (the venue closes it; the
  insurance fund takes any shortfall), never negative, with the loss beside it (equity now − equity then).
* **"Dies at"**: the smallest *driver* shock that liquidates a position, the driver moving alone (other assets
  follow by their betas), under the market model in effect (depth factor, open interest, duration) but without
  a preset's own shocks and haircuts: a preset that moves the alts by −65 % on its own would otherwise make
  every alt position "die at +0.00 %". One grid for both front ends: ``SHOCK_GRID`` (0.1 %, within ±50 %).
* **The band** (``core.cascade.band``): the equity at both edges of the with-cascade band, each position's
  "dies at" as a range, and how much the final move changes per 1 % more trigger (near a tipping point
  when ≥ ``TIPPING_SENSITIVITY``).

Pure functions of a snapshot and engine results (numpy only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from core.cascade.band import Band, cascade_band, trigger_sensitivity
from core.cascade.engine import CascadeResult
from core.cascade.grid import SHOCK_GRID, Simulation
from core.cascade.market import MarketModel
from core.cascade.portfolio import PortfolioOutcome, _dead_outward, evaluate_portfolio, total_equity_usd
from core.cascade.scenarios import CollateralHaircut, Scenario
from core.cascade.whatif import WhatIf, scenario_inputs, whatif_on_snapshot
from core.model import STABLECOINS, PortfolioSnapshot

#: the final move changes by this many % (or more) per 1 % more trigger: the market sits near a tipping point
TIPPING_SENSITIVITY = 3.0


# --- accounts -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountLine:
    """One account per shock (USD): equity floored at 0 from its liquidation outward, and the positions in it."""

    account_id: str
    label: str  # the user's name for it
    equity_now_usd: float  # before any move
    equity_with_usd: np.ndarray  # (N,) never negative
    equity_without_usd: np.ndarray
    liquidated_with: np.ndarray  # (N,) bool: the venue closes the account (cross margin), from there outward
    liquidated_without: np.ndarray
    positions: tuple[int, ...]  # indices into ``snapshot.positions``

    def loss_usd(self, k: int, cascade: bool = True) -> float:
        """What the account lost at grid point ``k`` (USD, ≥ 0 on the way down): equity now − equity then."""
        equity = self.equity_with_usd if cascade else self.equity_without_usd
        return self.equity_now_usd - float(equity[k])


def _single(result: CascadeResult, outcome: PortfolioOutcome, snapshot: PortfolioSnapshot, account_id: str,
            cascade: bool) -> np.ndarray:
    """The account's equity per shock as ``total_equity_usd`` counts it (cross floored at 0 from the liquidation
    outward, isolated positions at margin + PnL, 0 once closed): the same function, restricted to one account."""
    mine = PortfolioOutcome(outcome.shocks, tuple(a for a in outcome.accounts if a.account_id == account_id),
                            tuple(p for p in outcome.positions if p.position.account_id == account_id))
    return total_equity_usd(snapshot, result, mine, cascade=cascade)


def account_lines(snapshot: PortfolioSnapshot, result: CascadeResult, outcome: PortfolioOutcome,
                  equity_now_usd: Mapping[str, float] | None = None) -> tuple[AccountLine, ...]:
    """Every account of ``snapshot`` at each shock of ``result``; ``equity_now_usd``: account id -> equity before
    any move (default: at the grid's zero shock, which is "now" only when nothing else is shocked)."""
    zero = int(np.argmin(np.abs(result.shocks)))
    lines = []
    for acc in snapshot.accounts:
        with_ = _single(result, outcome, snapshot, acc.id, True)
        without = _single(result, outcome, snapshot, acc.id, False)
        idx = tuple(i for i, p in enumerate(snapshot.positions) if p.account_id == acc.id)
        ao = next((a for a in outcome.accounts if a.account_id == acc.id), None)
        none = np.zeros(len(result.shocks), dtype=bool)
        dead_w = none if ao is None else _dead_outward(result.shocks, ao.liquidated_with_cascade)
        dead_o = none if ao is None else _dead_outward(result.shocks, ao.liquidated_without_cascade)
        now = (equity_now_usd or {}).get(acc.id, float(without[zero]))
        lines.append(AccountLine(acc.id, acc.label or acc.id, float(now), with_, without, dead_w, dead_o, idx))
    return tuple(lines)


def equity_now_usd(snapshot: PortfolioSnapshot, model: MarketModel) -> dict[str, float]:
    """Account id -> its equity before any move (USD), as ``account_lines`` counts it."""
    sweep = driver_sweep(snapshot, model, (0.0,))
    if sweep.outcome is None:
        return {}
    return {a.account_id: a.equity_now_usd for a in account_lines(snapshot, sweep.result, sweep.outcome)}


# --- "dies at" ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DiesAt:
    """The smallest driver shock (fraction) that liquidates one position, the driver moving alone; None: not
    within ±50 %. ``with_cascade_range``: (nearer, farther) at the edges of the band, None without one."""

    without_cascade: float | None
    with_cascade: float | None
    with_cascade_range: tuple[float | None, float | None] | None = None


def driver_sweep(snapshot: PortfolioSnapshot, model: MarketModel,
                 shocks: Sequence[float] | np.ndarray = SHOCK_GRID) -> WhatIf:
    """The driver alone over ``shocks`` (others follow by their betas) under ``model`` exactly as given (every
    override already applied): what "dies at" is read from."""
    return whatif_on_snapshot(snapshot, None, driver_shocks=shocks, model=model, model_overrides=False)


def dies_at(snapshot: PortfolioSnapshot, sweep: WhatIf, band: Band | None = None) -> tuple[DiesAt, ...]:
    """Per position of ``snapshot`` (in order), from a ``driver_sweep``; with the sweep's ``band``
    (``cascade_band(sweep.model, sweep.result.shocks)``) each "dies at" with the cascade also as a range."""
    outcome = sweep.outcome
    if outcome is None:
        return ()
    edges: list[tuple[float | None, float | None] | None] = [None] * len(outcome.positions)
    if band is not None:
        at = [evaluate_portfolio(snapshot, replace(sweep.result, final_move=m)).positions
              for m in (band.low, band.high)]
        for j, (a, b) in enumerate(zip(*at)):
            values = [v for v in (a.liquidating_shock_with_cascade, b.liquidating_shock_with_cascade) if v is not None]
            if len(values) == 2:
                edges[j] = (min(values, key=abs), max(values, key=abs))
            else:  # liquidated at one edge of the band only (or at neither) within the grid
                edges[j] = (values[0] if values else None, None)
    return tuple(DiesAt(po.liquidating_shock_without_cascade, po.liquidating_shock_with_cascade, edges[j])
                 for j, po in enumerate(outcome.positions))


# --- the band on a what-if grid --------------------------------------------------------------------------

@dataclass(frozen=True)
class Uncertainty:
    """The band of one what-if grid: per symbol the final move's range and its sensitivity to the trigger; the
    user's exchange equity at the band's edges (``None`` without accounts)."""

    band: Band
    sensitivity: np.ndarray  # (S, N): % of final move per 1 % more driver shock
    equity_low_usd: np.ndarray | None  # (N,)
    equity_high_usd: np.ndarray | None

    def near_tipping_point(self, k: int) -> list[tuple[str, float]]:
        """(symbol, sensitivity) of the symbols near a tipping point at grid point ``k``."""
        return [(s, float(self.sensitivity[i, k])) for i, s in enumerate(self.band.symbols)
                if self.sensitivity[i, k] >= TIPPING_SENSITIVITY]


def depegs_of(scenario: Scenario | None, shocks: Mapping[str, float] | None = None) -> dict[str, float]:
    """Stablecoins named in a scenario's (or the caller's) shocks: their depeg, the only way a stablecoin moves."""
    named = {**(scenario.shocks if scenario else {}), **(shocks or {})}
    return {a: v for a, v in named.items() if a.upper() in STABLECOINS}


def uncertainty(snapshot: PortfolioSnapshot | None, model: MarketModel, result: CascadeResult,
                explicit: Mapping[str, float] | None = None, haircuts: Sequence[CollateralHaircut] = (),
                depegs: Mapping[str, float] | None = None) -> Uncertainty | None:
    """The band around ``result`` (a grid run of ``model`` with ``explicit`` shocks); None without a stored
    calibration. ``haircuts`` / ``depegs``: as the what-if applied them to the user's side."""
    band = cascade_band(model, result.shocks, explicit)
    if band is None:
        return None
    sens = trigger_sensitivity(model, result.shocks, explicit)
    low = high = None
    if snapshot is not None and (snapshot.accounts or snapshot.positions):
        edges = []
        for m in (band.low, band.high):
            edge = replace(result, final_move=m)
            edges.append(total_equity_usd(snapshot, edge, evaluate_portfolio(snapshot, edge, haircuts, depegs),
                                          cascade=True))
        low, high = np.minimum(*edges), np.maximum(*edges)
    return Uncertainty(band, sens, low, high)


# --- the What-if's grid (core.cascade.grid.Simulation) ----------------------------------------------------

@dataclass(frozen=True)
class GridBook:
    """The user's side of a ``Simulation``: accounts on its grid, each position's "dies at" (no range yet),
    the driver-alone sweep it came from and the model in effect."""

    accounts: tuple[AccountLine, ...]
    dies_at: tuple[DiesAt, ...]
    sweep: WhatIf | None
    model: MarketModel  # the simulation's model with the scenario's duration (the one its grid ran on)


def grid_book(snapshot: PortfolioSnapshot, sim: Simulation, scenario: Scenario | None) -> GridBook:
    """Accounts and "dies at" for ``sim`` (computed with ``scenario``): the same functions as ``undertow shock``."""
    model = scenario_inputs(sim.model, scenario, model_overrides=False).model
    if not (snapshot.accounts or snapshot.positions):
        return GridBook((), (), None, model)
    haircuts = scenario.collateral_haircuts if scenario else ()
    outcome = evaluate_portfolio(snapshot, sim.result, haircuts, depegs_of(scenario))
    sweep = driver_sweep(snapshot, model)
    now = {} if sweep.outcome is None else {
        a.account_id: a.equity_now_usd for a in account_lines(snapshot, sweep.result, sweep.outcome)}
    return GridBook(account_lines(snapshot, sim.result, outcome, now), dies_at(snapshot, sweep), sweep, model)


def grid_uncertainty(snapshot: PortfolioSnapshot, sim: Simulation, scenario: Scenario | None,
                     book: GridBook) -> tuple[Uncertainty | None, tuple[DiesAt, ...]]:
    """The band of ``sim`` (the equity's and each symbol's) and "dies at" with its range (~0.3 s: a worker's)."""
    haircuts = scenario.collateral_haircuts if scenario else ()
    unc = uncertainty(snapshot, book.model, sim.result, sim.explicit, haircuts, depegs_of(scenario))
    if book.sweep is None or unc is None:
        return unc, book.dies_at
    same = not sim.explicit and np.array_equal(sim.result.shocks, book.sweep.result.shocks)  # the market alone
    band = unc.band if same else cascade_band(book.sweep.model, book.sweep.result.shocks)
    return unc, dies_at(snapshot, book.sweep, band)
