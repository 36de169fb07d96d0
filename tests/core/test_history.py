"""History points (net worth, exposure, self-custody share), the bulk loader, thinning, and the clusters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cascade.ladder import Ladder
from core.fragility import assess_held_markets
from core.fragility_clusters import cluster_finder, clusters_from_ladder, densest_nearest
from core.history import (
    StoredSnapshot,
    exposure_usd,
    history_point,
    history_points,
    load_history,
    previous_snapshot_id,
    stored_snapshots,
    thin,
)
from core.model import Balance, CustodyClass, Holding, MarginMode, PortfolioSnapshot, Position, Purpose, Side
from core.risk import assess_accounts
from core.store import load_snapshot, open_store, save_snapshot, snapshot_ids

T0 = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(T0)


def small_snapshot(when: datetime = T0, btc_price: float = 60_000.0) -> PortfolioSnapshot:
    pos = (Position("a", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 0.5, 1, 50_000, btc_price, MarginMode.ISOLATED,
                    leverage=5, isolated_margin=5_000),
           Position("a", "binanceusdm", "ETH/USDT:USDT", Side.SHORT, 10, 1, 2_000, 2_000, MarginMode.ISOLATED,
                    leverage=5, isolated_margin=4_000))
    holdings = (Holding("hw", "BTC", 1.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
                Holding("m", "BTC", 1.0, CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM))
    return PortfolioSnapshot(taken_at=when, positions=pos, balances=(Balance("a", "USDT", 10_000.0),),
                             holdings=holdings, prices_usd={"BTC": btc_price, "ETH": 2_000.0})


def test_exposure_is_gross_and_net_at_mark():
    gross, net = exposure_usd(small_snapshot().positions)
    assert gross == pytest.approx(0.5 * 60_000 + 10 * 2_000)
    assert net == pytest.approx(0.5 * 60_000 - 10 * 2_000)


def test_point_uses_risk_equity_and_custody_split():
    snap = small_snapshot()
    p = history_point(snap, snapshot_id=7)
    equity = sum(a.equity_usd for a in assess_accounts(snap))
    assert p.exchange_equity_usd == pytest.approx(equity)
    assert p.self_custody_usd == pytest.approx(60_000)  # the hardware wallet only
    assert p.net_worth_usd == pytest.approx(equity + 120_000)  # plus both off-exchange holdings
    assert p.self_custody_share == pytest.approx(0.5)  # half the long-term BTC is in self-custody
    assert p.snapshot_id == 7 and p.taken_at == T0


def test_points_are_sorted_by_time_and_follow_prices():
    later = small_snapshot(T0 + timedelta(days=1), btc_price=66_000)
    points = history_points([later, small_snapshot()])
    assert [p.taken_at for p in points] == [T0, T0 + timedelta(days=1)]
    assert points[1].self_custody_usd == pytest.approx(66_000)
    assert points[1].net_worth_usd > points[0].net_worth_usd


def test_empty_snapshot_gives_zeros_and_no_share():
    p = history_point(PortfolioSnapshot(taken_at=T0))
    assert (p.net_worth_usd, p.exchange_equity_usd, p.gross_exposure_usd, p.self_custody_share) == (0, 0, 0, None)


def test_loader_matches_full_snapshots_and_reads_only_one_mode(demo):
    db = open_store()
    for i in range(4):
        save_snapshot(db, replace(demo, taken_at=T0 + timedelta(hours=i)))
    save_snapshot(db, replace(small_snapshot(T0 + timedelta(hours=9)), demo=False))
    points = load_history(db, demo=True)
    full = history_points(load_snapshot(db, i) for i in snapshot_ids(db, demo=True))
    assert [replace(p, snapshot_id=None) for p in points] == full  # books left out change nothing
    assert [p.snapshot_id for p in points] == snapshot_ids(db, demo=True)
    live = load_history(db, demo=False)
    assert len(live) == 1 and live[0].taken_at == T0 + timedelta(hours=9)
    assert [p.snapshot_id for p in load_history(db, demo=True, after_id=2)] == [3, 4]
    assert previous_snapshot_id(db, True, T0 + timedelta(hours=2)) == 2
    assert previous_snapshot_id(db, True, T0) is None
    assert [s.id for s in stored_snapshots(db)] == [1, 2, 3, 4, 5]
    db.close()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=300, unique=True), st.integers(1, 50))
def test_thinning_keeps_at_most_max_points_in_order_with_the_newest(minutes, max_points):
    heads = [StoredSnapshot(i + 1, T0 + timedelta(minutes=m), True) for i, m in enumerate(sorted(minutes))]
    kept = thin(heads, max_points)
    assert 1 <= len(kept) <= max_points
    assert kept[-1] == heads[-1]
    assert [h.id for h in kept] == sorted(h.id for h in kept)
    if len(heads) <= max_points:
        assert kept == heads


# --- liquidation clusters --------------------------------------------------------------------------------

def test_nearest_dense_bucket_wins_over_a_farther_denser_one():
    levels = np.array([-0.012, -0.0121, -0.05, -0.0501, -0.0502, -0.10])
    usd = np.array([7e6, 7e6, 9e6, 9e6, 9e6, 1e5])
    move, total = densest_nearest(levels, usd, -1)
    assert move == pytest.approx(-0.0125)  # the 1.0-1.5 % bucket: over half the densest, and nearer
    assert total == pytest.approx(14e6)
    thin_near = usd.copy()
    thin_near[:2] = 1e6  # now too thin to count: the dense band at -5 % is the cluster
    assert densest_nearest(levels, thin_near, -1)[0] == pytest.approx(-0.0525)
    assert densest_nearest(levels, usd, +1) is None  # nothing above


def test_clusters_from_ladder_give_prices_around_the_mark():
    ladder = Ladder(np.array([-0.031]), np.array([-0.04]), np.array([2e6]),
                    np.array([0.022]), np.array([0.03]), np.array([1e6]))
    below, above = clusters_from_ladder(ladder, 100.0)
    assert below.price == pytest.approx(96.75) and below.distance_pct == pytest.approx(-3.25)
    assert below.notional_usd == pytest.approx(2e6)
    assert above.price == pytest.approx(102.25) and above.notional_usd == pytest.approx(1e6)


def test_demo_markets_get_clusters_on_both_sides_within_the_window(demo):
    rows = assess_held_markets(demo, None, cluster_finder(demo))
    assert {(f.venue, f.symbol) for f in rows} == {(p.venue, p.symbol) for p in demo.positions}
    for f in rows:
        assert f.cluster_below is not None and -15 <= f.cluster_below.distance_pct < 0
        assert f.cluster_above is not None and 0 < f.cluster_above.distance_pct <= 15
        assert f.cluster_below.price < f.mark_price < f.cluster_above.price
        assert f.cluster_below.notional_usd > 0


def test_no_market_data_means_no_clusters():
    snap = small_snapshot()
    find = cluster_finder(snap)  # the snapshot has no markets at all
    from core.model import MarketState

    assert find(MarketState("binanceusdm", "BTC/USDT:USDT", 60_000.0)) == (None, None)
