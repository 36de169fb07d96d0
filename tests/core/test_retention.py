"""Retention: every snapshot for a week, the last of each hour for 90 days, the last of each day after that.

The big test writes three years of 15-minute snapshots (105,120) through the store's bulk path
(``save_snapshots``: one transaction, one ``executemany`` per table; the app's ``save_snapshot`` is the same code
with one snapshot), applies retention through the app's ``Store`` and checks, from calendar arithmetic alone,
which snapshots are left, that the newest one and the kept ones read back exactly as written, and that the
daily series (each day's last snapshot) is untouched.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from core.model import (
    Account,
    Balance,
    LeverageTier,
    MarginMode,
    MarketState,
    PortfolioSnapshot,
    Position,
    Side,
    SourceState,
    SourceStatus,
)
from core.retention import RetentionPolicy, apply_retention, delete_snapshots, keep_ids, run_retention
from core.store import Store, load_snapshot, open_store, save_snapshot
from core.store.snapshots import save_snapshots

T_END = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # the newest snapshot; retention runs at this time
STEP = timedelta(minutes=15)
N_3Y = 3 * 365 * 96
TIERS = (LeverageTier(1, 0.0, 50_000.0, 0.004, 125.0), LeverageTier(2, 50_000.0, 250_000.0, 0.005, 100.0, 50.0))
ACCOUNT = Account("acct", "binanceusdm", "Main", MarginMode.CROSS)


def snapshot_at(i: int, start: datetime, demo: bool = False) -> PortfolioSnapshot:
    """The i-th snapshot of the series: everything that changes encodes ``i`` (the balance *is* ``i``), the
    books change every hour, the finished daily closes once a day, the tier table never."""
    taken = start + i * STEP
    mark = 60_000.0 + (i % 997) + 0.25
    hour = i // 4
    book = ((59_990.0 + hour % 89, 1.5 + hour % 7), (59_980.0, 3.0)), ((60_010.0 + hour % 83, 2.0), (60_020.0, 4.0))
    day = i // 96
    closes = tuple(55_000.0 + (day + k) % 401 for k in range(5)) + (mark,)
    return PortfolioSnapshot(
        taken_at=taken, demo=demo, accounts=(ACCOUNT,),
        positions=(Position("acct", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 0.5, 1.0, 58_000.0, mark,
                            MarginMode.CROSS, leverage=5.0, unrealized_pnl=(mark - 58_000.0) / 2),),
        balances=(Balance("acct", "USDT", float(i), float(i) / 2),),
        markets=(MarketState("binanceusdm", "BTC/USDT:USDT", mark, funding_rate=1e-4, bids=book[0], asks=book[1],
                             daily_closes=closes, tiers=TIERS, tiers_fetched_at=start),),
        prices_usd={"BTC": mark, "USDT": 1.0},
        sources=(SourceStatus("acct", "exchange", SourceState.FRESH, taken),),
    )


def expected_kept(n: int, start: datetime, now: datetime, all_days: int = 7, hourly_days: int = 90) -> set[int]:
    """Indexes kept, from the calendar alone: the grid is :00 :15 :30 :45, so the last of an hour is :45 and
    the last of a day 23:45 (the newest snapshot is kept whatever its time)."""
    kept = set()
    for i in range(n):
        t = start + i * STEP
        age = now - t
        if age <= timedelta(days=all_days):
            kept.add(i)
        elif age <= timedelta(days=hourly_days):
            if t.minute == 45:
                kept.add(i)
        elif (t.hour, t.minute) == (23, 45):
            kept.add(i)
    kept.add(n - 1)
    return kept


def daily_series(db, ids_to_index: dict[int, int]) -> dict[str, int]:
    """Each UTC day's last snapshot, as the index its balance carries."""
    out: dict[str, tuple[float, int]] = {}
    for sid, ts, total in db.execute("SELECT s.id, s.ts, b.total FROM snapshots s JOIN snapshot_balances b "
                                     "ON b.snapshot_id = s.id WHERE s.demo = 0"):
        day = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
        if day not in out or ts > out[day][0]:
            assert float(total) == ids_to_index[sid]
            out[day] = (ts, int(float(total)))
    return {d: i for d, (_, i) in out.items()}


def test_three_years_of_15_minute_snapshots_thinned_to_the_policy(tmp_path):
    start = T_END - (N_3Y - 1) * STEP
    store = Store.open(tmp_path / "undertow.sqlite")
    try:
        with store.write() as db:
            ids = save_snapshots(db, (snapshot_at(i, start) for i in range(N_3Y)))
        index_of = {sid: i for i, sid in enumerate(ids)}
        db = store.read()
        assert db.execute("SELECT count(*) FROM snapshots").fetchone()[0] == N_3Y
        # one tier table for three years; books once per hour; finished closes once per day
        kinds = dict(db.execute("SELECT kind, count(*) FROM market_blobs GROUP BY kind").fetchall())
        assert kinds["tiers"] == 1 and kinds["closes"] <= 401 and kinds["book"] <= N_3Y // 4
        days_before = daily_series(db, index_of)
        size_before = (tmp_path / "undertow.sqlite").stat().st_size

        result = run_retention(store, T_END, RetentionPolicy(all_days=7, hourly_days=90))

        kept = expected_kept(N_3Y, start, T_END)
        # 7 days x 96 (both ends), then 83 days x 24 hourly, then one a day: about 3,700 of 105,120
        days = len({(start + i * STEP).date() for i in range(N_3Y)})
        assert len(kept) == (7 * 96 + 1) + 83 * 24 + (days - 91)
        left = {index_of[r[0]] for r in db.execute("SELECT id FROM snapshots").fetchall()}
        assert left == kept
        assert result.deleted == N_3Y - len(kept) and result.kept == len(kept)
        # the newest snapshot and kept ones of each tier read back exactly as written
        for i in (N_3Y - 1, N_3Y - 1 - 96 * 8 - 1, min(kept)):
            assert i in kept
            assert load_snapshot(db, ids[i]) == snapshot_at(i, start)
        # the daily series is untouched (every day's last snapshot kept, with its figures)
        assert daily_series(db, index_of) == days_before
        # no blob is left without a snapshot using it, none used is missing
        assert db.execute("SELECT count(*) FROM market_blobs b WHERE NOT EXISTS (SELECT 1 FROM snapshot_markets m "
                          "WHERE b.id IN (m.book_id, m.closes_id, m.tiers_id))").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM snapshot_markets m WHERE m.book_id NOT IN "
                          "(SELECT id FROM market_blobs)").fetchone()[0] == 0
        # compaction gave the space back
        assert result.pages_freed > 0
        assert (tmp_path / "undertow.sqlite").stat().st_size < size_before / 4
        # again at the same time: nothing more to delete
        assert run_retention(store, T_END, RetentionPolicy()).deleted == 0
    finally:
        store.close()


@pytest.mark.parametrize("now_offset_h", [0, 5, 30])
def test_keep_ids_matches_the_calendar_rule_at_any_time(now_offset_h):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    n = 120 * 96  # 120 days
    now = start + (n - 1) * STEP + timedelta(hours=now_offset_h)
    heads = [(i + 1, (start + i * STEP).timestamp()) for i in range(n)]
    kept = {i - 1 for i in keep_ids(heads, now.timestamp(), RetentionPolicy(7, 90))}
    assert kept == expected_kept(n, start, now)


def test_retention_runs_per_mode_and_keeps_each_modes_newest():
    start = datetime(2025, 1, 1, 23, 50, tzinfo=UTC)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    live_old = (1, start.timestamp())  # the only live snapshot, a year old: the newest of its mode
    demo = [(2, (start + timedelta(minutes=5)).timestamp()), (3, (start + timedelta(minutes=6)).timestamp())]
    assert keep_ids([live_old], now.timestamp(), RetentionPolicy()) == {1}
    assert keep_ids(demo, now.timestamp(), RetentionPolicy()) == {3}


def test_policy_zero_keeps_everything_and_hourly_below_all_means_daily_next(tmp_path):
    start = datetime(2025, 6, 1, tzinfo=UTC)
    heads = [(i + 1, (start + i * STEP).timestamp()) for i in range(96 * 30)]
    now = (start + timedelta(days=30)).timestamp()
    assert keep_ids(heads, now, RetentionPolicy(0, 90)) == {h[0] for h in heads}
    daily_after_a_week = keep_ids(heads, now, RetentionPolicy(7, 3))  # no hourly tier at all
    assert len(daily_after_a_week) == 7 * 96 + 23
    assert RetentionPolicy.from_settings(type("S", (), {"retention_all_days": 2, "retention_hourly_days": 30})()) \
        == RetentionPolicy(2.0, 30.0)
    from core.settings import Settings

    assert RetentionPolicy.from_settings(Settings()) == RetentionPolicy(7.0, 90.0)


def test_a_blob_stays_while_a_snapshot_uses_it(tmp_path):
    db = open_store(tmp_path / "u.sqlite")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    a, b = snapshot_at(0, start), snapshot_at(1, start)  # same hour: the same book, closes and tiers
    ids = [save_snapshot(db, a), save_snapshot(db, b)]
    assert db.execute("SELECT count(*) FROM market_blobs").fetchone()[0] == 3  # book, closes, tiers: once each
    with db.atomic():
        assert delete_snapshots(db, [ids[0]]) == 0  # still used by the second snapshot
    assert load_snapshot(db, ids[1]) == b
    with db.atomic():
        assert delete_snapshots(db, [ids[1]]) == 3
    assert db.execute("SELECT count(*) FROM market_blobs").fetchone()[0] == 0


def test_apply_retention_is_one_transaction(tmp_path, monkeypatch):
    import core.retention as retention

    db = open_store(tmp_path / "u.sqlite")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    save_snapshots(db, (snapshot_at(i, start) for i in range(96 * 10)))
    now = start + timedelta(days=120)

    def boom(*_a, **_k):
        raise RuntimeError("power cut")

    monkeypatch.setattr(retention, "delete_unreferenced_blobs", boom)  # after the snapshots were deleted
    with pytest.raises(RuntimeError):
        apply_retention(db, now, RetentionPolicy())
    assert db.execute("SELECT count(*) FROM snapshots").fetchone()[0] == 960
    monkeypatch.undo()
    result = apply_retention(db, now, RetentionPolicy())
    assert result.kept == 10 and result.deleted == 950  # one a day (all older than 7 days)
    assert math.isclose(db.execute("SELECT max(ts) FROM snapshots").fetchone()[0],
                        (start + (96 * 10 - 1) * STEP).timestamp())


async def test_a_sync_applies_retention(tmp_path):
    """The session thins old snapshots after each sync (here: ten days of 15-minute demo snapshots, the first
    three days beyond the 7-day window, so they keep one per hour: 3 × 24 of their 288)."""
    from core.session import Session

    start = datetime(2026, 3, 1, tzinfo=UTC)
    session = Session.open(demo=True, path=tmp_path / "undertow.sqlite")
    try:
        with session.store.write() as db:
            save_snapshots(db, [snapshot_at(i, start, demo=True) for i in range(96 * 10)])
        now = start + timedelta(days=10)
        await session.sync(now)
        kept = len(session.snapshot_ids())
        assert kept == 96 * 10 - 3 * 96 + 3 * 24 + 1  # + the new snapshot
    finally:
        session.close()
