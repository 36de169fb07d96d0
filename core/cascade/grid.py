"""The what-if simulator's numbers: one grid of driver shocks computed once, then read by index.

``compute_simulation`` (pure: snapshot in, result out) runs the what-if (``core.cascade.whatif``) over the
whole grid with and without the cascade and evaluates the user's book; the front end only draws it
(``desktop.charts``). ``scenario_from_controls`` turns the simulator's controls back into a ``Scenario``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from core.cascade.engine import CascadeResult
from core.cascade.market import MarketModel
from core.cascade.scenarios import Scenario
from core.cascade.snapshot import MarketHistory, market_model_from_snapshot
from core.cascade.whatif import whatif_on_snapshot
from core.model import PortfolioSnapshot

# The driver-shock grid: -50 % .. +50 % in steps of 0.1 % (the slider's unit), 1001 points.
SHOCK_LIMIT_PERMILLE = 500
SHOCK_GRID = np.arange(-SHOCK_LIMIT_PERMILLE, SHOCK_LIMIT_PERMILLE + 1) / 1000.0


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
    model: MarketModel  # with the depth factor / OI multiplier applied
    result: CascadeResult
    equity_with_usd: np.ndarray | None  # (N,) the user's exchange equity (USD); None without accounts
    equity_without_usd: np.ndarray | None
    positions: tuple[PositionLine, ...] = ()
    note: str = ""
    explicit: dict[str, float] = field(default_factory=dict)  # the preset's per-symbol shocks besides the driver

    def index_of(self, shock: float) -> int:
        return int(np.argmin(np.abs(self.shocks - shock)))


def compute_simulation(snapshot: PortfolioSnapshot, depth_multiplier: float = 1.0, oi_multiplier: float = 1.0,
                       scenario: Scenario | None = None, shocks: np.ndarray = SHOCK_GRID,
                       history: MarketHistory | None = None) -> Simulation:
    """Run the cascade over ``shocks`` (driver, fractions) with and without the cascade (pure; ~50 ms).

    ``depth_multiplier`` / ``oi_multiplier`` multiply the calibrated depth factor and the open interest;
    ``scenario`` adds its other symbols' shocks and collateral haircuts (the driver follows the grid);
    ``history`` (``Session.market_history``) gives the model the open interest's 30-day change.
    Raises ``ValueError`` when the snapshot has no market data.
    """
    from core.risk import assess_positions
    from core.venues import venue_spec

    model = market_model_from_snapshot(snapshot, history=history).with_overrides(depth_factor=depth_multiplier,
                                                                 oi_multiplier=oi_multiplier)
    whatif = whatif_on_snapshot(snapshot, scenario, driver_shocks=shocks, model=model, model_overrides=False)
    outcome = whatif.outcome
    if outcome is None:
        return Simulation(shocks, model.driver, whatif.model, whatif.result, None, None, (), "no accounts: market only",
                          whatif.explicit)
    lps = {id(r.position): r.liquidation_price for r in assess_positions(snapshot)}
    lines = tuple(PositionLine(
        label=f"{po.position.base} {po.position.side.value} · {venue_spec(po.position.venue).name}",
        base=po.position.base.upper(),
        liquidation_price=lps.get(id(po.position)), dies_with_cascade=po.liquidating_shock_with_cascade,
        dies_without_cascade=po.liquidating_shock_without_cascade, liquidated_with=po.liquidated_with_cascade,
        liquidated_without=po.liquidated_without_cascade, adl_at_risk=po.adl_at_risk) for po in outcome.positions)
    return Simulation(shocks, model.driver, whatif.model, whatif.result, whatif.equity_usd(cascade=True),
                      whatif.equity_usd(cascade=False), lines, "", whatif.explicit)


# --- the user's own scenarios -------------------------------------------------------------------------

def scenario_id_from_name(name: str) -> str:
    """A file-safe scenario id from what the user typed ("My BTC -12 %" -> "my-btc-12")."""
    slug = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower())).strip("-._")[:64]
    return slug or "my-scenario"


def scenario_from_controls(name: str, driver: str, shock: float, explicit: Mapping[str, float],
                           base: Scenario | None, depth_multiplier: float, oi_multiplier: float) -> Scenario:
    """A user ``Scenario``: the driver at ``shock`` (fraction), the preset ``base``'s other shocks and haircuts,
    and the depth / open-interest multipliers when they differ from 1."""
    return Scenario(id=scenario_id_from_name(name), name=name.strip() or "My scenario",
                    description=f"Saved from the simulator{f' (from {base.name})' if base else ''}.",
                    source="user", shocks={driver: shock, **explicit},
                    collateral_haircuts=base.collateral_haircuts if base else (),
                    depth_factor=depth_multiplier if depth_multiplier != 1.0 else None,
                    oi_multiplier=oi_multiplier if oi_multiplier != 1.0 else None)
