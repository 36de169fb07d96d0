"""The liquidation-cascade what-if: market model, liquidation ladder, vectorised engine, scenarios.

Typical use::

    model = market_model_from_snapshot(snapshot)        # or market.load(path)
    cm = compile_market(model)                          # once per model
    result = run_cascade(cm, np.linspace(-0.5, 0.5, 401))
    outcome = evaluate_portfolio(snapshot, result)      # the user's positions
"""

from core.cascade.depth import DepthSide, ImpactParams, fit_power_law, power_law_side, sweep_distance
from core.cascade.engine import CascadeResult, CompiledMarket, compile_market, run_cascade
from core.cascade.ladder import DEFAULT_LEVERAGE_MIX, Ladder, build_ladder, long_share_from_funding
from core.cascade.market import MarketModel, MarketModelError, SymbolModel
from core.cascade.portfolio import PortfolioOutcome, evaluate_portfolio
from core.cascade.scenarios import Scenario, ScenarioError, find_scenario, load_scenarios, save_scenario
from core.cascade.snapshot import market_model_from_snapshot

__all__ = [
    "DepthSide", "ImpactParams", "fit_power_law", "power_law_side", "sweep_distance",
    "CascadeResult", "CompiledMarket", "compile_market", "run_cascade",
    "DEFAULT_LEVERAGE_MIX", "Ladder", "build_ladder", "long_share_from_funding",
    "MarketModel", "MarketModelError", "SymbolModel",
    "PortfolioOutcome", "evaluate_portfolio",
    "Scenario", "ScenarioError", "find_scenario", "load_scenarios", "save_scenario",
    "market_model_from_snapshot",
]
