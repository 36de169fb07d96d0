"""The nearest dense liquidation cluster above and below the price, from the cascade's liquidation ladder.

The ladder (``core.cascade.ladder``) spreads a base asset's open interest into liquidation levels, the way the
public heatmaps do. Here its levels are binned into price buckets near the mark; a bucket is *dense* when it
holds at least ``DENSE_SHARE`` of the densest bucket of its side's window (a thin ladder's noise near the
mark does not count), and the nearest dense bucket on each side is the cluster a trader would watch
(longs' liquidations below, shorts' above).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from core.cascade.ladder import Ladder
from core.fragility import Cluster, ClusterFinder
from core.model import MarketState, PortfolioSnapshot

WINDOW = 0.15  # look this far from the mark on each side (fraction: 0.15 = 15 %)
BUCKET = 0.005  # bucket width (fraction of the mark)
DENSE_SHARE = 0.5  # a bucket with at least this share of the densest one counts as a cluster


def densest_nearest(levels: np.ndarray, notional_usd: np.ndarray, direction: int, window: float = WINDOW,
                    bucket: float = BUCKET, dense_share: float = DENSE_SHARE) -> tuple[float, float] | None:
    """(bucket centre as a signed move, USD in the bucket) of the nearest dense bucket on one side.

    ``levels`` are liquidation moves relative to the mark (fractions, negative below); ``direction`` -1
    looks below the mark, +1 above. None when nothing liquidates within the window.
    """
    side = direction * np.asarray(levels, dtype=float)  # distance from the mark, positive on this side
    usd = np.asarray(notional_usd, dtype=float)
    inside = (side > 0) & (side <= window) & (usd > 0)
    if not inside.any():
        return None
    n = max(1, int(round(window / bucket)))
    sums, edges = np.histogram(side[inside], bins=n, range=(0.0, window), weights=usd[inside])
    pick = int(np.flatnonzero(sums >= dense_share * sums.max())[0])  # the densest bucket always qualifies
    centre = (edges[pick] + edges[pick + 1]) / 2.0
    return direction * float(centre), float(sums[pick])


def clusters_from_ladder(ladder: Ladder, mark_price: float, window: float = WINDOW,
                         bucket: float = BUCKET) -> tuple[Cluster | None, Cluster | None]:
    """(below, above) clusters of one ladder around ``mark_price`` (prices in quote currency)."""
    def cluster(found: tuple[float, float] | None) -> Cluster | None:
        if found is None:
            return None
        move, usd = found
        return Cluster(price=mark_price * (1.0 + move), notional_usd=usd, distance_pct=move * 100.0)

    below = densest_nearest(ladder.long_level, ladder.long_notional_usd, -1, window, bucket)
    above = densest_nearest(ladder.short_level, ladder.short_notional_usd, +1, window, bucket)
    return cluster(below), cluster(above)


def ladders_by_base(snapshot: PortfolioSnapshot) -> Mapping[str, Ladder]:
    """The cascade's ladder per base asset ("BTC", ...), venues aggregated; empty without market data."""
    from core.cascade.snapshot import market_model_from_snapshot

    try:
        model = market_model_from_snapshot(snapshot)
    except ValueError:  # no usable market data: no clusters to show
        return {}
    return {s.symbol: model.ladder(s) for s in model.symbols}


def cluster_finder(snapshot: PortfolioSnapshot, window: float = WINDOW, bucket: float = BUCKET) -> ClusterFinder:
    """A ``clusters`` callback for ``core.fragility.assess_held_markets``; builds each ladder once."""
    ladders = ladders_by_base(snapshot)

    def find(market: MarketState) -> tuple[Cluster | None, Cluster | None]:
        ladder = ladders.get(market.base.upper())
        if ladder is None or ladder.size == 0 or not market.mark_price:
            return None, None
        return clusters_from_ladder(ladder, market.mark_price, window, bucket)

    return find
