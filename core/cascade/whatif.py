"""What-if on a snapshot: the one place that turns (snapshot, scenario, shocks) into a cascade and the user's side.

``scenario_inputs`` applies a preset to a market model; ``whatif_on_snapshot`` builds the model from the
snapshot (or takes one), runs the cascade over the driver shocks and evaluates the user's accounts and
positions with and without it. The daily check, ``undertow shock`` and the simulator's grid all go through it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from core.cascade.engine import CascadeResult, compile_market, run_cascade
from core.cascade.market import MarketModel
from core.cascade.portfolio import PortfolioOutcome, evaluate_portfolio, total_equity_usd
from core.cascade.scenarios import Scenario
from core.cascade.snapshot import MarketHistory, market_model_from_snapshot
from core.model import STABLECOINS, PortfolioSnapshot


@dataclass(frozen=True)
class ScenarioInputs:
    model: MarketModel  # with the scenario's depth-factor and open-interest overrides applied
    driver_shock: float  # fraction, for the driver (0 when the scenario leaves it alone)
    explicit: dict[str, float]  # other symbols' own shocks (fractions); the rest follow the driver


def scenario_inputs(model: MarketModel, scenario: Scenario | None, shocks: Mapping[str, float] | None = None,
                    model_overrides: bool = True) -> ScenarioInputs:
    """Engine inputs for ``scenario`` (may be None) plus explicit ``shocks`` that override it.

    ``model_overrides``: apply the scenario's depth-factor and open-interest multipliers to ``model`` (the
    simulator leaves them to its own controls)."""
    if scenario is not None:
        if model_overrides:
            model = model.with_overrides(depth_factor=scenario.depth_factor, oi_multiplier=scenario.oi_multiplier)
        if scenario.duration_minutes is not None:  # time is part of the move itself, not a model knob
            model = model.with_overrides(duration_minutes=scenario.duration_minutes)
        explicit = dict(scenario.explicit_shocks(model.names, {s.symbol: s.mark_price for s in model.symbols}))
    else:
        explicit = {}
    explicit.update(shocks or {})
    driver_shock = explicit.pop(model.driver, 0.0)
    return ScenarioInputs(model, float(driver_shock), explicit)


@dataclass(frozen=True)
class WhatIf:
    """One what-if: the market model used, the cascade at each driver shock, and the user's side of it."""

    snapshot: PortfolioSnapshot | None
    model: MarketModel  # with every override applied
    result: CascadeResult  # one column per driver shock (``result.shocks``)
    outcome: PortfolioOutcome | None  # None: no accounts or positions to evaluate (market only)
    driver_shock: float  # the scenario's own driver shock (fraction; 0 when it leaves the driver alone)
    explicit: dict[str, float]  # other symbols' own shocks (fractions); the rest follow the driver

    @property
    def driver_final_move(self) -> np.ndarray | None:
        """(N,) the driver's move after the cascade (fractions); None when the model lacks the driver."""
        names = self.model.names
        return self.result.final_move[names.index(self.model.driver)] if self.model.driver in names else None

    def equity_usd(self, cascade: bool) -> np.ndarray | None:
        """(N,) the user's exchange equity (USD) per driver shock, with or without the cascade; None without
        an outcome."""
        if self.outcome is None or self.snapshot is None:
            return None
        return total_equity_usd(self.snapshot, self.result, self.outcome, cascade=cascade)


def whatif_on_snapshot(snapshot: PortfolioSnapshot | None, scenario: Scenario | None = None,
                       shocks: Mapping[str, float] | None = None, *,
                       driver_shocks: Sequence[float] | np.ndarray | None = None, model: MarketModel | None = None,
                       model_overrides: bool = True, history: MarketHistory | None = None) -> WhatIf:
    """Run the cascade for ``scenario`` and explicit ``shocks`` (fractions per base asset) and evaluate the
    user's accounts and positions of ``snapshot`` at every shock, with and without the cascade.

    ``driver_shocks``: sweep the driver over these (fractions); default the one shock the scenario and
    ``shocks`` give it. ``model``: use this market model instead of building one from the snapshot (a file,
    command-line overrides); ``history``: the stored market state for a model built from the snapshot
    (``Session.market_history``); ``model_overrides``: see ``scenario_inputs``. The scenario's collateral
    haircuts apply to the user's side (collateral revalued, perps untouched); a stablecoin in the shocks is a depeg
    of that coin (the only way a stablecoin moves). ``snapshot`` None or without accounts and positions: market only.
    Raises ``ValueError`` (no market data) or ``MarketModelError`` (an override the model rejects).
    """
    if model is not None:
        base = model
    elif snapshot is not None:
        base = market_model_from_snapshot(snapshot, history=history)
    else:
        raise ValueError("no market data: give a snapshot or a market model")
    inputs = scenario_inputs(base, scenario, shocks, model_overrides=model_overrides)
    grid = [inputs.driver_shock] if driver_shocks is None else driver_shocks
    result = run_cascade(compile_market(inputs.model), grid, inputs.explicit)
    outcome = None
    if snapshot is not None and (snapshot.positions or snapshot.accounts):
        # a stablecoin named in the scenario's or the caller's shocks is a depeg: it moves the coin itself
        depegs = {a: v for a, v in {**(scenario.shocks if scenario else {}), **(shocks or {})}.items()
                  if a.upper() in STABLECOINS}
        outcome = evaluate_portfolio(snapshot, result, scenario.collateral_haircuts if scenario else (), depegs)
    return WhatIf(snapshot, inputs.model, result, outcome, inputs.driver_shock, inputs.explicit)
