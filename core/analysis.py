"""Everything the front ends show about one snapshot, computed once: the ``Analysis``.

``analyse`` is pure (snapshot in, result out, time and settings passed in). The session adds the due
reminders and open cold-storage moves (which need the store) and hands the result to the GUI and the CLI
as one immutable object, so no view ever computes risk itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from core.custody.split import CustodySplit, Overrides, custody_split
from core.daily import DEFAULT_SCENARIO_ID, DailySummary, daily_summary
from core.fragility import Fragility, assess_held_markets
from core.fragility_clusters import cluster_finder
from core.model import PortfolioSnapshot, Position, SourceState
from core.money import USD, DisplayCurrency, display_currency
from core.reminders import Reminder
from core.risk import AccountRisk, PositionRisk, assess_accounts, assess_positions
from core.settings import Settings

if TYPE_CHECKING:
    from core.store.custody_repo import ColdMove

#: (account id, symbol, side) of a position
PositionKey = tuple[str, str, str]


@dataclass(frozen=True)
class SnapshotChange:
    """What changed since the previous snapshot of the same mode (demo or live)."""

    previous_taken_at: datetime | None
    net_worth_change_usd: float | None
    opened: tuple[str, ...] = ()  # "venue symbol side" of positions that are new
    closed: tuple[str, ...] = ()  # ... and of those that are gone
    newly_failing: tuple[str, ...] = ()  # source ids fresh before, stale or failed now


@dataclass(frozen=True)
class Analysis:
    """One snapshot, analysed. Amounts in USD; distances in % of the mark; shares as fractions."""

    snapshot: PortfolioSnapshot
    snapshot_id: int | None
    computed_at: datetime
    settings: Settings
    positions: tuple[PositionRisk, ...]
    accounts: tuple[AccountRisk, ...]
    split: CustodySplit
    summary: DailySummary
    fragility: tuple[Fragility, ...]
    change: SnapshotChange
    reminders: tuple[Reminder, ...] = ()
    cold_moves: tuple[ColdMove, ...] = ()  # the open ones
    confirmed_moves: tuple[str, ...] = ()  # move ids confirmed by this snapshot's wallet balances
    currency: DisplayCurrency = USD  # how amounts are shown: settings.quote_currency at this snapshot's prices

    def risk_of(self, position_key: PositionKey) -> PositionRisk | None:
        return next((r for r in self.positions if _key(r.position) == position_key), None)


def _key(p: Position) -> PositionKey:
    return (p.account_id, p.symbol, p.side.value)


def _label(p: Position) -> str:
    return f"{p.venue} {p.symbol} {p.side.value}"


def snapshot_change(snapshot: PortfolioSnapshot, previous: PortfolioSnapshot | None, net_worth_usd: float,
                    previous_net_worth_usd: float | None) -> SnapshotChange:
    if previous is None:
        return SnapshotChange(None, None)
    now = {_key(p): p for p in snapshot.positions}
    before = {_key(p): p for p in previous.positions}
    was_fresh = {s.source_id for s in previous.sources if s.state is SourceState.FRESH}
    return SnapshotChange(
        previous_taken_at=previous.taken_at,
        net_worth_change_usd=None if previous_net_worth_usd is None else net_worth_usd - previous_net_worth_usd,
        opened=tuple(_label(now[k]) for k in now if k not in before),
        closed=tuple(_label(before[k]) for k in before if k not in now),
        newly_failing=tuple(s.source_id for s in snapshot.sources
                            if s.state is not SourceState.FRESH and s.source_id in was_fresh),
    )


def analyse(snapshot: PortfolioSnapshot, previous: PortfolioSnapshot | None, settings: Settings, now: datetime,
            overrides: Overrides | None = None, snapshot_id: int | None = None,
            scenario_id: str | None = DEFAULT_SCENARIO_ID, market_history: Any = None) -> Analysis:
    """Position and account risk, the custody split, the daily summary with its gap scenario, market
    fragility with clusters and the change since ``previous``, each computed once."""
    positions = assess_positions(snapshot, settings.gap_rule_pct)
    split = custody_split(snapshot, overrides, settings.margin_buffer_multiple)
    previous_worth = (custody_split(previous, overrides, settings.margin_buffer_multiple, with_plan=False).net_worth_usd
                      if previous is not None else None)
    summary = daily_summary(snapshot, previous, scenario_id, risks=positions, split=split,
                            previous_net_worth_usd=previous_worth, gap_rule_pct=settings.gap_rule_pct,
                            market_history=market_history)
    fragility = assess_held_markets(snapshot, previous, cluster_finder(snapshot)) if snapshot.positions else ()
    return Analysis(
        snapshot=snapshot, snapshot_id=snapshot_id, computed_at=now, settings=settings,
        positions=positions, accounts=assess_accounts(snapshot), split=split, summary=summary,
        fragility=fragility,
        change=snapshot_change(snapshot, previous, split.net_worth_usd, previous_worth),
        currency=display_currency(settings.quote_currency, snapshot.prices_usd),
    )
