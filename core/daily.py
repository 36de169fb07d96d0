"""The daily check: one pure summary that answers the three questions at a glance.

Rendered by the dashboard and by ``undertow check``; it only gathers what the analysis modules compute
(risk, cascade, custody split) and never recomputes any of it. The cost of carry (``core.funding.Carry``: funding
paid over the last 24 h and 7 d, and the next funding projected at today's rates) comes from the stored funding
ledger: the session adds it (``Session.analyse``), or a caller passes the payments to ``daily_summary``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from core.custody.split import SELF_CUSTODY, CustodySplit, custody_split
from core.funding import Carry, FundingPayment, cost_of_carry
from core.messages import QT_TRANSLATE_NOOP, Message, message
from core.model import PortfolioSnapshot, Position, SourceStatus
from core.risk import DEFAULT_GAP_RULE_PCT, PositionRisk, assess_positions, check_gap_rule_pct

if TYPE_CHECKING:
    from core.market_signals import DepthByHour

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
    gap_rule_pct: float  # the survival rule the positions were judged at, in % (e.g. 10.0)
    failing_gap: tuple[PositionRisk, ...]  # positions that would not survive an instant gap of gap_rule_pct %
    positions: tuple[PositionRisk, ...]
    scenario: ScenarioOutcome | None
    sources: tuple[SourceStatus, ...]
    unpriced: tuple[str, ...] = ()  # assets without a USD price: left out of every total, never counted as $0
    carry: Carry | None = None  # the cost of carry of the positions (None: no positions, or no ledger consulted)
    thin_hours: tuple[ThinHours, ...] = ()  # held markets whose next 24 h pass through thin hours (session adds it)


def _label(p: Position, snapshot: PortfolioSnapshot) -> Message:
    """A position as the user knows it: the account's label (else the venue's name), symbol and side."""
    from core.venues import venue_spec

    account = snapshot.account(p.account_id)
    where = account.label if account is not None and account.label else venue_spec(p.venue).name
    side = message(QT_TRANSLATE_NOOP("Core", "long")) if p.side.value == "long" else \
        message(QT_TRANSLATE_NOOP("Core", "short"))
    return message(QT_TRANSLATE_NOOP("Core", "{account} {symbol} {side}"), account=where, symbol=p.symbol, side=side)


def scenario_outcome(snapshot: PortfolioSnapshot, scenario_id: str = DEFAULT_SCENARIO_ID,
                     history: Any = None) -> ScenarioOutcome | None:
    """The user's equity and liquidations under one preset, with and without the cascade (``history``: the
    stored market 30 days back, ``Session.market_history``, as the What-if uses it)."""
    from core.cascade import MarketModelError, find_scenario
    from core.cascade.scenarios import ScenarioError
    from core.cascade.whatif import whatif_on_snapshot

    if not snapshot.positions:
        return None
    try:
        scenario = find_scenario(scenario_id, None)
        whatif = whatif_on_snapshot(snapshot, scenario, history=history)
    except (ScenarioError, MarketModelError, ValueError, KeyError) as exc:
        return ScenarioOutcome(scenario_id, scenario_id, 0.0, None, 0.0, 0.0, (), (), error=str(exc))
    final, outcome = whatif.driver_final_move, whatif.outcome
    without, with_cascade = whatif.equity_usd(cascade=False), whatif.equity_usd(cascade=True)
    if outcome is None or without is None or with_cascade is None:  # not reached: the snapshot has positions
        return None
    return ScenarioOutcome(
        scenario_id=scenario.id, name=scenario.name, driver_shock=whatif.driver_shock,
        driver_final_move=None if final is None else float(final[0]),
        equity_without_cascade_usd=float(without[0]),
        equity_with_cascade_usd=float(with_cascade[0]),
        liquidated_without_cascade=tuple(_label(o.position, snapshot) for o in outcome.positions
                                         if o.liquidated_without_cascade[0]),
        liquidated_with_cascade=tuple(_label(o.position, snapshot) for o in outcome.positions
                                      if o.liquidated_with_cascade[0]),
    )


def daily_summary(snapshot: PortfolioSnapshot, previous: PortfolioSnapshot | None = None,
                  scenario_id: str | None = DEFAULT_SCENARIO_ID, *, risks: tuple[PositionRisk, ...] | None = None,
                  split: CustodySplit | None = None, previous_net_worth_usd: float | None = None,
                  gap_rule_pct: float = DEFAULT_GAP_RULE_PCT,
                  funding: Iterable[FundingPayment] | None = None, now: datetime | None = None,
                  market_history: Any = None) -> DailySummary:
    """The summary of ``snapshot``; ``risks`` and ``split`` reuse what the caller has already computed
    (the session's analysis computes each once), ``previous_net_worth_usd`` likewise for ``previous``.

    ``gap_rule_pct``: the survival rule in % (the user's ``Settings.gap_rule_pct``); precomputed ``risks``
    must have been assessed at the same rule (``ValueError`` otherwise). ``funding``: the stored funding payments,
    for the cost of carry at ``now`` (default: the snapshot's time); None leaves ``carry`` empty.
    """
    gap_rule_pct = check_gap_rule_pct(gap_rule_pct)
    split = split if split is not None else custody_split(snapshot)
    if previous_net_worth_usd is None and previous is not None:
        previous_net_worth_usd = custody_split(previous).net_worth_usd
    risks = risks if risks is not None else assess_positions(snapshot, gap_rule_pct)
    stale = sorted({r.gap_rule_pct for r in risks} - {gap_rule_pct})
    if stale:
        raise ValueError(f"the position risks were judged at a {stale[0]:g} % gap, "
                         f"the summary needs {gap_rule_pct:g} %")
    with_distance = [r for r in risks if r.distance_pct is not None]
    return DailySummary(
        taken_at=snapshot.taken_at,
        demo=snapshot.demo,
        net_worth_usd=split.net_worth_usd,
        net_worth_change_usd=None if previous_net_worth_usd is None else split.net_worth_usd - previous_net_worth_usd,
        previous_taken_at=previous.taken_at if previous is not None else None,
        on_exchanges_usd=split.on_exchanges_usd,
        self_custody_usd=sum(v for c, v in split.by_class_usd.items() if c in SELF_CUSTODY),
        self_custody_share_of_long_term=split.self_custody_share_of_long_term,
        nearest=min(with_distance, key=lambda r: r.distance_pct or 0.0, default=None),  # none is None here
        gap_rule_pct=gap_rule_pct,
        failing_gap=tuple(r for r in risks if r.survives_gap is False),
        positions=risks,
        scenario=scenario_outcome(snapshot, scenario_id, market_history) if scenario_id else None,
        sources=snapshot.sources,
        unpriced=split.unpriced,
        carry=cost_of_carry(snapshot, funding, now or snapshot.taken_at)
        if funding is not None and snapshot.positions else None,
    )


# --- thin hours (issue 19.4): the held markets' next 24 h through hours whose book is typically thin -------------
@dataclass(frozen=True)
class ThinHours:
    """A held market whose next 24 h pass through thin hours (``core.market_signals.depth_by_hour``).

    ``ranges_utc``: the thin hours as (first, end) UTC hour ranges in the order they come (end exclusive, may wrap
    past midnight); ``depth_share``: the thinnest of those hours' typical depth / the typical hour's (fraction);
    ``now_thin``: the current hour is one of them, or the book now is below ``THIN_SHARE`` of typical;
    ``local_offset_h``: the user's UTC offset, for showing local hours; ``note``: the sentence (a ``Message``).
    """

    symbol: str
    ranges_utc: tuple[tuple[int, int], ...]
    depth_share: float | None
    now_thin: bool
    local_offset_h: float
    note: str


def thin_hours_ahead(snapshot: PortfolioSnapshot, profiles: Mapping[str, DepthByHour],
                     now: datetime) -> tuple[ThinHours, ...]:
    """For each held symbol with a depth profile: the thin hours its positions sit through in the next 24 h."""
    from core.market_signals import hour_ranges
    from core.market_signals import thin_hours_ahead as ahead
    from core.messages import Percent, joined

    out = []
    for symbol in sorted({p.symbol for p in snapshot.positions}):
        profile = profiles.get(symbol)
        if profile is None or profile.typical is None:
            continue
        hours = ahead(profile, now)
        if not hours and not profile.current_is_thin:
            continue
        ranges = hour_ranges(hours)
        start = now.hour
        ranges = tuple(sorted(ranges, key=lambda r: (r[0] - start) % 24))
        typical = profile.typical
        shares = [depth / typical for h in hours if (depth := profile.utc[h]) is not None]
        share = min(shares) if shares else profile.current_ratio
        spans = joined([message(QT_TRANSLATE_NOOP("Core", "{start}:00–{end}:00 UTC ({local_start}:00–{local_end}:00 "
                                                          "local)"),
                                start=f"{a:02d}", end=f"{b % 24:02d}",
                                local_start=f"{profile.local_hour(a):02d}",
                                local_end=f"{profile.local_hour(b % 24):02d}") for a, b in ranges], ", ")
        if profile.current_is_thin:
            note = message(QT_TRANSLATE_NOOP("Core", "{symbol}: the book is thin now ({share} of a typical hour's "
                                                     "depth)"), symbol=symbol,
                           share=Percent(profile.current_ratio or 0.0, 0))
        else:
            note = message(QT_TRANSLATE_NOOP("Core", "{symbol}: your positions sit through thin hours {spans} "
                                                     "(depth down to {share} of a typical hour)"),
                           symbol=symbol, spans=spans, share=Percent(share or 0.0, 0))
        out.append(ThinHours(symbol, ranges, share, profile.current_is_thin, profile.local_offset_h, note))
    return tuple(out)
