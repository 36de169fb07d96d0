"""Market fragility signals per held symbol, from synced market data (pure; no I/O).

The signals traders watch before a cascade (reference/cascade.md §0): one-sided funding, open interest
building up, thin books near the price, and dense liquidation clusters close to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.model import MarketState, PortfolioSnapshot

#: Funding per 8 h beyond which the crowd is clearly on one side (0.01 % is the usual neutral rate).
ONE_SIDED_FUNDING = 0.0003


@dataclass(frozen=True)
class Cluster:
    price: float  # quote currency
    notional_usd: float
    distance_pct: float  # signed: negative below the mark


@dataclass(frozen=True)
class Fragility:
    venue: str
    symbol: str
    mark_price: float
    funding_rate: float | None  # fraction per funding interval
    funding_one_sided: str | None  # "longs pay" / "shorts pay" / None when balanced or unknown
    open_interest_usd: float | None
    open_interest_change_pct: float | None  # vs the previous snapshot that had it
    bid_depth_1pct_usd: float
    bid_depth_2pct_usd: float
    ask_depth_1pct_usd: float
    ask_depth_2pct_usd: float
    cluster_below: Cluster | None
    cluster_above: Cluster | None


def depth_within_usd(levels: Sequence[tuple[float, float]], mid: float, fraction: float) -> float:
    """Resting notional (USD) on one book side within ``fraction`` of ``mid`` (0.01 = 1 %)."""
    total = 0.0
    for price, amount in levels:
        if abs(price - mid) / mid > fraction:
            break  # levels are best first, so the rest are further away
        total += price * amount
    return total


def _mid(m: MarketState) -> float:
    if m.bids and m.asks:
        return (m.bids[0][0] + m.asks[0][0]) / 2.0
    return m.mark_price


def funding_side(rate: float | None) -> str | None:
    if rate is None or abs(rate) < ONE_SIDED_FUNDING:
        return None
    return "longs pay" if rate > 0 else "shorts pay"


ClusterFinder = Callable[[MarketState], tuple[Cluster | None, Cluster | None]]


def assess_market(m: MarketState, previous: MarketState | None = None,
                  clusters: ClusterFinder | None = None) -> Fragility:
    mid = _mid(m)
    change = None
    if previous is not None and previous.open_interest_usd and m.open_interest_usd is not None:
        change = (m.open_interest_usd / previous.open_interest_usd - 1.0) * 100.0
    below, above = clusters(m) if clusters is not None else (None, None)
    return Fragility(
        venue=m.venue, symbol=m.symbol, mark_price=m.mark_price, funding_rate=m.funding_rate,
        funding_one_sided=funding_side(m.funding_rate), open_interest_usd=m.open_interest_usd,
        open_interest_change_pct=change,
        bid_depth_1pct_usd=depth_within_usd(m.bids, mid, 0.01),
        bid_depth_2pct_usd=depth_within_usd(m.bids, mid, 0.02),
        ask_depth_1pct_usd=depth_within_usd(m.asks, mid, 0.01),
        ask_depth_2pct_usd=depth_within_usd(m.asks, mid, 0.02),
        cluster_below=below, cluster_above=above,
    )


def assess_held_markets(snapshot: PortfolioSnapshot, previous: PortfolioSnapshot | None = None,
                        clusters: ClusterFinder | None = None) -> tuple[Fragility, ...]:
    """Fragility of every market the user holds a position in (venue by venue)."""
    held = {(p.venue, p.symbol) for p in snapshot.positions}
    out = []
    for m in snapshot.markets:
        if (m.venue, m.symbol) in held:
            prev = previous.market(m.venue, m.symbol) if previous is not None else None
            out.append(assess_market(m, prev, clusters))
    return tuple(sorted(out, key=lambda f: (f.symbol, f.venue)))
