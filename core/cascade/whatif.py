"""Apply a scenario to a market model: the one place that turns a preset into engine inputs."""

from __future__ import annotations

from dataclasses import dataclass

from core.cascade.market import MarketModel
from core.cascade.scenarios import Scenario


@dataclass(frozen=True)
class ScenarioInputs:
    model: MarketModel  # with the scenario's depth-factor and open-interest overrides applied
    driver_shock: float  # fraction, for the driver (0 when the scenario leaves it alone)
    explicit: dict[str, float]  # other symbols' own shocks (fractions); the rest follow the driver


def scenario_inputs(model: MarketModel, scenario: Scenario | None,
                    shocks: dict[str, float] | None = None) -> ScenarioInputs:
    """Engine inputs for ``scenario`` (may be None) plus explicit ``shocks`` that override it."""
    if scenario is not None:
        model = model.with_overrides(depth_factor=scenario.depth_factor, oi_multiplier=scenario.oi_multiplier)
        explicit = dict(scenario.explicit_shocks(model.names, {s.symbol: s.mark_price for s in model.symbols}))
    else:
        explicit = {}
    explicit.update(shocks or {})
    driver_shock = explicit.pop(model.driver, 0.0)
    return ScenarioInputs(model, float(driver_shock), explicit)
