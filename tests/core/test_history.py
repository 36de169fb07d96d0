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


# --- time windows, thinning in SQL, cached figures (issue 17) -------------------------------------------------

def _store_with(tmp_path, snapshots):
    from core.store import Store
    from core.store.snapshots import save_snapshots

    store = Store.open(tmp_path / "undertow.sqlite")
    with store.write() as db:
        ids = save_snapshots(db, snapshots)
    return store, ids


def test_window_loads_compute_figures_once_then_read_them(tmp_path, monkeypatch):
    import core.history as history
    from core.history import load_window

    snaps = [small_snapshot(T0 + timedelta(hours=i), btc_price=60_000.0 + 100 * i) for i in range(30)]
    store, ids = _store_with(tmp_path, snaps)
    try:
        window = load_window(store, demo=False)
        assert [p.snapshot_id for p in window.points] == ids and window.total == 30 and not window.thinned
        assert [replace(p, snapshot_id=None) for p in window.points] == history_points(snaps)
        assert store.read().execute("SELECT count(*) FROM snapshot_figures").fetchone()[0] == 30

        def boom(*_a, **_k):
            raise AssertionError("figures recomputed")

        monkeypatch.setattr(history, "history_point", boom)
        again = load_window(store, demo=False)  # every figure from the cache: nothing computed
        assert again.points == window.points
        # a window in time, read through the index
        part = load_window(store, demo=False, start=T0 + timedelta(hours=10), end=T0 + timedelta(hours=19))
        assert [p.taken_at for p in part.points] == [T0 + timedelta(hours=h) for h in range(10, 20)]
        monkeypatch.undo()
        # another custody choice: the cached figures no longer apply and are computed again
        with store.write() as db:
            db["custody_overrides"].insert({"source_id": "hw", "asset": "BTC", "purpose": "collateral",
                                            "custody_class": None})
        changed = load_window(store, demo=False)
        assert changed.points[0].self_custody_share != window.points[0].self_custody_share
        assert changed.points == tuple(p for p in load_history(store.read(), demo=False))
    finally:
        store.close()


def test_a_long_window_is_thinned_in_sql_to_the_newest_of_each_bucket(tmp_path):
    from core.history import load_window, window_heads

    snaps = [small_snapshot(T0 + timedelta(minutes=15 * i)) for i in range(2000)]
    store, ids = _store_with(tmp_path, snaps)
    try:
        heads, total = window_heads(store.read(), False, max_points=100)
        assert total == 2000 and len(heads) == 100  # 2000 evenly spaced: 20 per bucket
        assert heads[-1].id == ids[-1] and heads[0].id == ids[19]
        assert [h.id for h in heads] == sorted(h.id for h in heads)
        expected = thin(stored_snapshots(store.read(), False), 100)  # the pure rule gives the same choice
        assert [h.id for h in heads] == [h.id for h in expected]
        window = load_window(store, False, max_points=100)
        assert window.thinned and window.total == 2000 and len(window.points) == 100
        assert store.read().execute("SELECT count(*) FROM snapshot_figures").fetchone()[0] == 100  # only those
        # a finer window needs figures not computed yet: a cancelled load stops before computing them
        assert load_window(store, False, max_points=400, cancelled=lambda: True) is None
    finally:
        store.close()


def test_heads_delta_reports_new_and_deleted_snapshots(tmp_path):
    from core.history import heads_delta
    from core.retention import delete_snapshots
    from core.store.snapshots import save_snapshots

    store, ids = _store_with(tmp_path, [small_snapshot(T0 + timedelta(hours=i)) for i in range(10)])
    try:
        first = heads_delta(store.read(), False, [])
        assert first.full and [h.id for h in first.added] == ids
        same = heads_delta(store.read(), False, ids)
        assert same.added == () and same.removed == frozenset()
        with store.write() as db:
            more = save_snapshots(db, [small_snapshot(T0 + timedelta(hours=20 + i)) for i in range(2)])
            delete_snapshots(db, ids[2:4])
        delta = heads_delta(store.read(), False, ids)
        assert [h.id for h in delta.added] == more and delta.removed == frozenset(ids[2:4])
        assert heads_delta(store.read(), True, []).added == ()  # the other mode has none
    finally:
        store.close()


def test_record_figures_caches_what_history_point_computes(tmp_path):
    from core.history import cached_points, figures_key, record_figures

    store, (sid,) = _store_with(tmp_path, [small_snapshot()])
    try:
        with store.write() as db:
            point = record_figures(db, sid, small_snapshot())
        assert point == history_point(small_snapshot(), sid)
        heads = stored_snapshots(store.read(), False)
        assert cached_points(store.read(), heads, figures_key({})) == {sid: point}
    finally:
        store.close()
