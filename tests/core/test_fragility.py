"""Fragility signals: depth bands, one-sided funding, open-interest change (analytic checks)."""

from __future__ import annotations

import pytest

from core.fragility import Cluster, assess_market, depth_within_usd, funding_side
from core.model import MarketState


def book(mid: float, step: float, n: int, amount: float):
    bids = tuple((mid - step * (i + 1), amount) for i in range(n))
    asks = tuple((mid + step * (i + 1), amount) for i in range(n))
    return bids, asks


def test_depth_bands_count_exactly_the_levels_inside():
    bids, asks = book(100.0, 0.25, 40, 2.0)  # levels every 0.25 % out to 10 %
    # within 1 %: 4 levels (99.75, 99.5, 99.25, 99.0) x 2 units
    assert depth_within_usd(bids, 100.0, 0.01) == pytest.approx(2 * (99.75 + 99.5 + 99.25 + 99.0))
    assert depth_within_usd(asks, 100.0, 0.02) == pytest.approx(2 * sum(100 + 0.25 * i for i in range(1, 9)))


@pytest.mark.parametrize("rate,expected", [(0.0001, None), (-0.0002, None), (0.0005, "longs pay"),
                                           (-0.0004, "shorts pay"), (None, None)])
def test_one_sided_funding(rate, expected):
    assert funding_side(rate) == expected


def test_open_interest_change_against_previous_snapshot_and_clusters_passed_through():
    bids, asks = book(100.0, 0.5, 10, 1.0)
    prev = MarketState("x", "BTC/USDT:USDT", 100.0, open_interest_usd=1_000_000.0)
    now = MarketState("x", "BTC/USDT:USDT", 100.0, open_interest_usd=1_250_000.0, bids=bids, asks=asks,
                      funding_rate=0.0006)
    below = Cluster(92.0, 5e6, -8.0)
    f = assess_market(now, prev, clusters=lambda m: (below, None))
    assert f.open_interest_change_pct == pytest.approx(25.0)
    assert f.funding_one_sided == "longs pay"
    assert f.cluster_below is below and f.cluster_above is None
    assert f.bid_depth_1pct_usd == pytest.approx(99.5 + 99.0)
