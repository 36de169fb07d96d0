"""The daily check: one pure summary that answers the three questions at a glance.

Rendered by the dashboard and by ``undertow check``; it only gathers what the analysis modules compute
(risk, cascade, custody split) and never recomputes any of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.model import PortfolioSnapshot, SourceStatus
from core.risk import PositionRisk, assess_positions

#: The default what-if on the dashboard: the survival rule, an instant 10 % drop of BTC with the cascade.
DEFAULT_SCENARIO_ID = "gap-10"


@dataclass(frozen=True)
class ScenarioOutcome:
    scenario_id: str
    name: str
    driver_shock: float  # fraction, e.g. -0.10
    driver_final_move: float | None  # fraction after the cascade (e.g. -0.124)
    equity_without_cascade_usd: float
    equity_with_cascade_usd: float
    liquidated_without_cascade: tuple[str, ...]  # "venue symbol side" of positions that die
    liquidated_with_cascade: tuple[str, ...]
    error: str | None = None


@dataclass(frozen=True)
class DailySummary:
    taken_at: datetime
    demo: bool
    net_worth_usd: float
    net_worth_change_usd: float | None  # since the previous snapshot
    previous_taken_at: datetime | None
    on_exchanges_usd: float
    self_custody_usd: float
    self_custody_share_of_long_term: float | None  # fraction
    nearest: PositionRisk | None
    failing_gap: tuple[PositionRisk, ...]
    positions: tuple[PositionRisk, ...]
    scenario: ScenarioOutcome | None
    sources: tuple[SourceStatus, ...]


def _label(p) -> str:
    return f"{p.venue} {p.symbol} {p.side.value}"


def scenario_outcome(snapshot: PortfolioSnapshot, scenario_id: str = DEFAULT_SCENARIO_ID) -> ScenarioOutcome | None:
    """The user's equity and liquidations under one preset, with and without the cascade."""
    from core.cascade import (MarketModelError, PortfolioUnavailable, compile_market, evaluate_portfolio,
                              find_scenario, market_model_from_snapshot, run_cascade)
    from core.cascade.portfolio import total_equity_usd
    from core.cascade.scenarios import ScenarioError
    from core.cascade.whatif import scenario_inputs

    if not snapshot.positions:
        return None
    try:
        scenario = find_scenario(scenario_id, None)
        inputs = scenario_inputs(market_model_from_snapshot(snapshot), scenario)
        model, shock = inputs.model, inputs.driver_shock
        result = run_cascade(compile_market(model), [shock], inputs.explicit)
        outcome = evaluate_portfolio(snapshot, result, scenario.collateral_haircuts)
    except (ScenarioError, MarketModelError, PortfolioUnavailable, ValueError, KeyError) as exc:
        return ScenarioOutcome(scenario_id, scenario_id, 0.0, None, 0.0, 0.0, (), (), error=str(exc))
    final = result.final_move[model.names.index(model.driver), 0] if model.driver in model.names else None
    return ScenarioOutcome(
        scenario_id=scenario.id, name=scenario.name, driver_shock=float(shock),
        driver_final_move=None if final is None else float(final),
        equity_without_cascade_usd=float(total_equity_usd(snapshot, result, outcome, cascade=False)[0]),
        equity_with_cascade_usd=float(total_equity_usd(snapshot, result, outcome, cascade=True)[0]),
        liquidated_without_cascade=tuple(_label(o.position) for o in outcome.positions
                                         if o.liquidated_without_cascade[0]),
        liquidated_with_cascade=tuple(_label(o.position) for o in outcome.positions if o.liquidated_with_cascade[0]),
    )


def daily_summary(snapshot: PortfolioSnapshot, previous: PortfolioSnapshot | None = None,
                  scenario_id: str | None = DEFAULT_SCENARIO_ID) -> DailySummary:
    from core.custody.split import SELF_CUSTODY, custody_split

    split = custody_split(snapshot)
    prev_worth = custody_split(previous).net_worth_usd if previous is not None else None
    risks = assess_positions(snapshot)
    with_distance = [r for r in risks if r.distance_pct is not None]
    return DailySummary(
        taken_at=snapshot.taken_at,
        demo=snapshot.demo,
        net_worth_usd=split.net_worth_usd,
        net_worth_change_usd=None if prev_worth is None else split.net_worth_usd - prev_worth,
        previous_taken_at=previous.taken_at if previous is not None else None,
        on_exchanges_usd=split.on_exchanges_usd,
        self_custody_usd=sum(v for c, v in split.by_class_usd.items() if c in SELF_CUSTODY),
        self_custody_share_of_long_term=split.self_custody_share_of_long_term,
        nearest=min(with_distance, key=lambda r: r.distance_pct, default=None),
        failing_gap=tuple(r for r in risks if r.survives_10pct_gap is False),
        positions=risks,
        scenario=scenario_outcome(snapshot, scenario_id) if scenario_id else None,
        sources=snapshot.sources,
    )
