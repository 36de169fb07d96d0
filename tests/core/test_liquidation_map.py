"""The liquidation map over time (core.liquidation_map): binning of hand-built ladders, the batched ladders against the
cascade's own one-at-a-time ladder, the time columns, and the store read (a real SQLite file)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from core.cascade.ladder import Ladder
from core.liquidation_map import (
    LadderInputs,
    bin_ladder,
    inputs_from_markets,
    ladder_grid,
    ladder_of,
    load_liquidation_map,
    load_map_inputs,
    map_from_inputs,
    price_edges,
    time_columns,
)

T0 = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_snapshot():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(T0)


def _ladder(long_moves, long_usd, short_moves=(), short_usd=()) -> Ladder:
    a = np.asarray
    return Ladder(a(long_moves, dtype=float), a(long_moves, dtype=float) - 0.01, a(long_usd, dtype=float),
                  a(short_moves, dtype=float), a(short_moves, dtype=float) + 0.01, a(short_usd, dtype=float))


# --- hand-built ladders ------------------------------------------------------------------------------------------

def test_a_hand_built_ladder_lands_in_the_rows_of_its_prices():
    edges = np.linspace(80.0, 120.0, 41)  # $1 rows from 80 to 120
    ladder = _ladder([-0.105, -0.155], [1e6, 3e5], [0.055, 0.255], [2e6, 9e9])  # the last one is off the map
    column = bin_ladder(ladder, 100.0, edges)
    assert column[9] == 1e6  # 89.5 is in [89, 90)
    assert column[4] == 3e5  # 84.5 in [84, 85)
    assert column[25] == 2e6  # 105.5 in [105, 106)
    assert column.sum() == 1e6 + 3e5 + 2e6  # 125.5 is above the map: dropped, not piled on the top row
    assert np.count_nonzero(column) == 3


def test_two_buckets_in_one_row_add_up_and_the_mark_scales_the_moves():
    edges = np.linspace(0.0, 400.0, 401)
    column = bin_ladder(_ladder([-0.1, -0.1002], [5.0, 7.0]), 200.0, edges)  # 180.0 and 179.96
    assert column[180] == 5.0 and column[179] == 7.0
    assert bin_ladder(_ladder([-0.5], [1.0]), 200.0, edges)[100] == 1.0  # half the mark: 100


def test_an_empty_ladder_is_an_empty_column():
    assert not bin_ladder(Ladder.empty(), 100.0, np.linspace(50, 150, 11)).any()


# --- the batch against the cascade's ladder ----------------------------------------------------------------------

def _closes(rng, n, start=100.0):
    return tuple(float(x) for x in start * np.exp(np.cumsum(0.03 * rng.standard_normal(n))))


def _cases():
    rng = np.random.default_rng(7)
    out = []
    for i in range(24):
        closes = _closes(rng, int(rng.integers(5, 95)), 100.0 * (1 + i))
        mark = closes[-1] * float(np.exp(0.02 * rng.standard_normal()))
        out.append(LadderInputs(
            ts=float(i), mark_price=mark, open_interest_usd=float(rng.uniform(1e6, 5e9)),
            funding_rate=None if i % 5 == 0 else float(rng.normal(0.0001, 0.0004)), closes=closes,
            max_leverage=float(rng.choice([20.0, 50.0, 75.0, 125.0])),
            maintenance_margin_rate=float(rng.choice([0.004, 0.005, 0.01, 0.025]))))
    out.append(replace(out[0], closes=out[0].closes[:3]))  # too few closes: a log-normal entry spread
    out.append(replace(out[1], open_interest_usd=0.0))  # no open interest: nothing to spread
    return out


def test_the_batched_ladders_equal_the_cascade_ladder_built_one_snapshot_at_a_time():
    cases = _cases()
    for x in cases:
        edges = price_edges(np.array([x.mark_price]), window=0.6, bins=300)
        one = bin_ladder(ladder_of(x), x.mark_price, edges)
        batch = ladder_grid([x], edges)[0]
        np.testing.assert_allclose(batch, one, rtol=1e-9, atol=1e-6 * max(1.0, one.max()))
    # and all at once (several entry-grid shapes, one price axis)
    edges = np.linspace(10.0, 5000.0, 500)
    grid = ladder_grid(cases, edges)
    for row, x in zip(grid, cases):
        np.testing.assert_allclose(row, bin_ladder(ladder_of(x), x.mark_price, edges), rtol=1e-9, atol=1e-3)


def test_a_column_spreads_exactly_the_open_interest_when_the_map_covers_every_level():
    # every live bucket of both sides lies between 0 and ~2.1x the entries: the column sums to the open interest
    x = _cases()[3]
    edges = np.linspace(0.0, 3.0 * max(x.closes + (x.mark_price,)), 3001)
    assert ladder_grid([x], edges)[0].sum() == pytest.approx(x.open_interest_usd, rel=1e-9)


def test_the_inputs_aggregate_venues_like_the_cascade_market_model(demo_snapshot):
    from core.fragility_clusters import ladders_by_base

    ladders = ladders_by_base(demo_snapshot)
    for base in ("BTC", "ETH", "SOL"):
        x = inputs_from_markets(demo_snapshot.taken_at.timestamp(),
                                [m for m in demo_snapshot.markets if m.base.upper() == base])
        assert x is not None
        assert x.open_interest_usd == pytest.approx(sum(m.open_interest_usd or 0 for m in demo_snapshot.markets
                                                        if m.base.upper() == base))
        edges = price_edges(np.array([x.mark_price]), window=0.5, bins=250)
        np.testing.assert_allclose(ladder_grid([x], edges)[0], bin_ladder(ladders[base], x.mark_price, edges),
                                   rtol=1e-9, atol=1e-3)


def test_markets_without_a_mark_are_left_out_and_none_at_all_is_no_input(demo_snapshot):
    btc = [m for m in demo_snapshot.markets if m.base == "BTC"]
    dead = replace(btc[0], mark_price=0.0, open_interest_usd=9e12)
    assert inputs_from_markets(0.0, [*btc, dead]) == inputs_from_markets(0.0, btc)
    assert inputs_from_markets(0.0, [dead]) is None
    assert inputs_from_markets(0.0, []) is None


# --- layout ------------------------------------------------------------------------------------------------------

def test_time_columns_show_the_newest_snapshot_of_each_step_and_blank_a_gap():
    ts = np.array([0.0, 900.0, 1800.0, 10800.0])
    edges, source = time_columns(ts, max_columns=4)
    np.testing.assert_allclose(edges, [-1800.0, 1800.0, 5400.0, 9000.0, 12600.0])  # 3600 s columns
    assert source.tolist() == [2, 2, 2, 3]
    _, strict = time_columns(ts, max_columns=4, stale_columns=1.0)
    assert strict.tolist() == [2, 2, -1, 3]  # 7200 s is 5400 s after the last snapshot before it: a gap


def test_the_price_axis_reaches_the_users_liquidation_prices_but_not_far_away_ones():
    marks = np.array([100.0, 110.0, 105.0])
    assert price_edges(marks, bins=10)[[0, -1]].tolist() == pytest.approx([80.0, 132.0])
    assert price_edges(marks, [60.0], bins=10)[0] == pytest.approx(58.8)  # 2 % below the line
    assert price_edges(marks, [20.0], bins=10)[0] == pytest.approx(80.0)  # beyond half the mark: not stretched


def test_the_map_puts_each_snapshot_in_its_column(demo_snapshot):
    xs = [inputs_from_markets(T0.timestamp() + 3600 * i, [m for m in demo_snapshot.markets if m.base == "BTC"])
          for i in range(3)]
    xs = [replace(x, open_interest_usd=x.open_interest_usd * (1 + i)) for i, x in enumerate(xs)]
    m = map_from_inputs("btc", list(reversed(xs)))
    assert m is not None and m.base == "BTC" and m.notional_usd.shape == (3, 200)
    assert m.path_ts.tolist() == [x.ts for x in xs]
    totals = np.nansum(m.notional_usd, axis=1)
    assert totals[1] == pytest.approx(2 * totals[0], rel=1e-9) and totals[2] == pytest.approx(3 * totals[0])
    assert m.price_step == pytest.approx(float(m.price_edges[1] - m.price_edges[0]))
    assert map_from_inputs("BTC", []) is None


# --- the store ---------------------------------------------------------------------------------------------------

def test_the_store_read_gives_each_snapshots_inputs_without_loading_books(tmp_path, demo_snapshot):
    from core.store import Store
    from core.store.snapshots import save_snapshots

    snaps = []
    for i in range(4):
        markets = tuple(replace(m, mark_price=m.mark_price * (1 + 0.01 * i),
                                open_interest_usd=(m.open_interest_usd or 0) * (1 + 0.1 * i) or None,
                                daily_closes=m.daily_closes[:-1] + (m.mark_price * (1 + 0.01 * i),))
                        for m in demo_snapshot.markets)
        snaps.append(replace(demo_snapshot, taken_at=T0 + timedelta(hours=i), markets=markets))
    with Store.open(tmp_path / "u.sqlite") as store:
        with store.write() as db:
            save_snapshots(db, snaps)
        inputs, total = load_map_inputs(store.read(), True, "eth")
        assert total == 4 and len(inputs) == 4
        for x, snap in zip(inputs, snaps):
            want = inputs_from_markets(snap.taken_at.timestamp(), [m for m in snap.markets if m.base == "ETH"])
            assert x == want
        assert load_map_inputs(store.read(), False, "ETH") == ([], 0)  # live mode: none stored
        assert load_map_inputs(store.read(), True, "DOGE")[0] == []
        m = load_liquidation_map(store, True, "ETH", start=T0 + timedelta(minutes=30))
        assert m is not None and m.stored == 3 and len(m.path_ts) == 3
        thinned = load_liquidation_map(store, True, "ETH", max_columns=2)
        assert thinned is not None and thinned.stored == 4 and len(thinned.path_ts) == 2
