"""The SQLite store: round trips, atomic snapshots, migrations from every released schema, bad files."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import (
    Account,
    Balance,
    CustodyClass,
    Holding,
    LeverageTier,
    MarginMode,
    MarketState,
    PortfolioSnapshot,
    Position,
    Purpose,
    Side,
    SourceState,
    SourceStatus,
    Wallet,
)
from core.store import (
    LATEST_VERSION,
    StoreError,
    latest_snapshot,
    load_snapshot,
    open_store,
    save_snapshot,
    schema_version,
    snapshot_ids,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
T0 = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)


def sample_snapshot(taken_at=T0) -> PortfolioSnapshot:
    return PortfolioSnapshot(
        taken_at=taken_at,
        accounts=(Account("a1", "binanceusdm", "Main", MarginMode.CROSS),),
        positions=(Position("a1", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 0.1 + 0.2, 1.0, 71800.5,
                            67450.0, MarginMode.CROSS, leverage=10.0, liquidation_price_reported=62000.1,
                            unrealized_pnl=-1303.4, maintenance_margin_rate=0.004),),
        balances=(Balance("a1", "USDT", 18000.123456789, 9000.0, None),),
        markets=(MarketState("binanceusdm", "BTC/USDT:USDT", 67450.0, funding_rate=-0.0001,
                             bids=((67449.9, 1.5),), asks=((67450.1, 2.0),), daily_closes=(66000.0, 67450.0),
                             tiers=(LeverageTier(1, 0, 50000, 0.004, 125, 0.0),), tiers_fetched_at=T0),),
        wallets=(Wallet("w1", "Cold", "btc-address", "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"),),
        holdings=(Holding("w1", "BTC", 1.85, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),),
        prices_usd={"BTC": 67450.0},
        sources=(SourceStatus("a1", "exchange", SourceState.FRESH, T0),
                 SourceStatus("w1", "wallet", SourceState.STALE, T0, "timed out")),
    )


def test_new_store_is_latest_schema_in_wal_mode(tmp_path):
    db = open_store(tmp_path / "u.sqlite")
    assert schema_version(db.conn) == LATEST_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_location_follows_undertow_home(undertow_home):
    db = open_store()
    db.close()
    assert (undertow_home / "undertow.sqlite").exists()


def test_snapshot_round_trip_is_exact(tmp_path):
    db = open_store(tmp_path / "u.sqlite")
    snap = sample_snapshot()
    sid = save_snapshot(db, snap)
    assert load_snapshot(db, sid) == snap
    # floats are stored as exact decimal text, not rounded
    assert db.execute("select contracts from snapshot_positions").fetchone()[0] == repr(0.1 + 0.2)


def test_snapshot_is_written_in_one_transaction(tmp_path, monkeypatch):
    db = open_store(tmp_path / "u.sqlite")
    save_snapshot(db, sample_snapshot())
    import core.store.snapshots as snapshots

    def boom(*_a, **_k):
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr(snapshots, "dumps", boom)  # fail after the head and some rows are written
    with pytest.raises(RuntimeError):
        save_snapshot(db, sample_snapshot(datetime(2026, 2, 13, tzinfo=UTC)))
    assert len(snapshot_ids(db)) == 1
    assert db.execute("select count(*) from snapshot_positions").fetchone()[0] == 1
    assert latest_snapshot(db) == sample_snapshot()


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_fixture_of_every_schema_version_exists(version):
    assert (FIXTURES / f"v{version}.sqlite").exists(), "add a fixture DB for each new schema version"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite")), ids=lambda p: p.stem)
def test_old_schema_is_migrated_with_a_backup_and_keeps_its_data(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    old_version = int(fixture.stem[1:])
    db = open_store(path)
    assert schema_version(db.conn) == LATEST_VERSION
    snap = latest_snapshot(db)
    assert snap.positions[0].symbol == "BTC/USDT:USDT"
    assert snap.positions[0].liquidation_price_reported == 61000.0
    assert snap.balances[0].total == 5000.0
    backup = path.with_name(f"old.sqlite.v{old_version}.bak")
    if old_version < LATEST_VERSION:
        assert backup.exists()
        assert schema_version(sqlite3.connect(backup)) == old_version
    else:
        assert not backup.exists()
    # and the migrated file takes new snapshots
    save_snapshot(db, sample_snapshot())
    assert len(snapshot_ids(db)) == 2


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Undertow"):
        open_store(path)
    assert path.read_bytes() == before


def test_garbage_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(path)
    assert path.read_bytes() == b"this is not a database" * 100


# --- schema v5: market data once per change, time indexes, upgrade from v4 ------------------------------------

def _save_as_v4(db, snap: PortfolioSnapshot) -> int:
    """A snapshot written the way schema v4 did (``save_snapshot`` before v5): every market as one JSON document."""
    from core.store.codec import dumps, row_from, to_text

    sid = db["snapshots"].insert({"taken_at": snap.taken_at.isoformat(), "demo": int(snap.demo),
                                  "app_version": "0.9"}).last_pk
    db["snapshot_sources"].insert_all(row_from(s, snapshot_id=sid) for s in snap.sources)
    db["snapshot_accounts"].insert_all(row_from(a, snapshot_id=sid, source_id=a.id,
                                                margin=None if a.margin is None else dumps(a.margin))
                                       for a in snap.accounts)
    db["snapshot_positions"].insert_all(row_from(p, snapshot_id=sid, source_id=p.account_id) for p in snap.positions)
    db["snapshot_balances"].insert_all(row_from(b, snapshot_id=sid, source_id=b.account_id) for b in snap.balances)
    db["snapshot_markets"].insert_all({"snapshot_id": sid, "source_id": f"market:{m.venue}", "venue": m.venue,
                                       "symbol": m.symbol, "payload": dumps(m)} for m in snap.markets)
    db["snapshot_wallets"].insert_all(row_from(w, snapshot_id=sid, source_id=w.id) for w in snap.wallets)
    db["snapshot_holdings"].insert_all(row_from(h, snapshot_id=sid) for h in snap.holdings)
    db["snapshot_prices"].insert_all({"snapshot_id": sid, "asset": k, "usd": to_text(v)}
                                     for k, v in snap.prices_usd.items())
    return int(sid)


def _series(n: int) -> list[PortfolioSnapshot]:
    """``n`` hourly variants of the sample: positions, balances and books move; tiers stay; closes move daily."""
    from dataclasses import replace
    from datetime import timedelta

    base = sample_snapshot()
    out = []
    for i in range(n):
        market = base.markets[0]
        closes = tuple(66_000.0 + (i // 24) + k for k in range(30)) + (67_450.0 + i,)
        out.append(replace(
            base, taken_at=T0 + timedelta(hours=i), demo=bool(i % 5 == 4),
            positions=tuple(replace(p, contracts=p.contracts + i, mark_price=67_450.0 + i) for p in base.positions),
            balances=tuple(replace(b, total=b.total + i * 0.1) for b in base.balances),
            markets=(replace(market, mark_price=67_450.0 + i, daily_closes=closes,
                             bids=tuple((67_449.9 - k - i, 1.0 + k) for k in range(100)),
                             asks=tuple((67_450.1 + k + i, 1.0 + k) for k in range(100))),)))
    return out


def test_a_v4_store_upgrades_keeping_every_snapshot(tmp_path):
    from core.store.migrations import migrate

    path = tmp_path / "undertow.sqlite"
    conn = sqlite3.connect(path)
    db4 = sqlite_utils.Database(conn)
    migrate(db4, None, upto=4)
    snaps = _series(60)
    with db4.atomic():
        ids = [_save_as_v4(db4, s) for s in snaps]
    conn.close()

    db = open_store(path)  # backs up, converts, vacuums
    assert schema_version(db.conn) == LATEST_VERSION
    assert schema_version(sqlite3.connect(path.with_name("undertow.sqlite.v4.bak"))) == 4
    for sid, snap in zip(ids, snaps):
        loaded = load_snapshot(db, sid)
        assert loaded.positions == snap.positions and loaded.balances == snap.balances
        assert loaded == snap  # and everything else, markets included
    kinds = dict(db.execute("SELECT kind, count(*) FROM market_blobs GROUP BY kind").fetchall())
    assert kinds == {"book": 60, "closes": 3, "tiers": 1}  # books move every hour, closes daily, tiers never
    assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental: retention can give space back
    ts = db.execute("SELECT ts FROM snapshots ORDER BY id").fetchall()
    assert [t for (t,) in ts] == [s.taken_at.timestamp() for s in snaps]
    assert snapshot_ids(db, demo=True) == [sid for sid, s in zip(ids, snaps) if s.demo]
    new = save_snapshot(db, snaps[0])  # and it takes new snapshots, sharing the blobs already there
    assert load_snapshot(db, new) == snaps[0]
    assert db.execute("SELECT count(*) FROM market_blobs").fetchone()[0] == 64


def test_market_data_is_stored_once_per_change(tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    db = open_store(tmp_path / "u.sqlite")
    base = _series(1)[0]
    for i in range(50):  # a day of syncs where only prices move: books, closed candles and tiers unchanged
        m = base.markets[0]
        save_snapshot(db, replace(base, taken_at=T0 + timedelta(minutes=15 * i),
                                  markets=(replace(m, mark_price=m.mark_price + i,
                                                   daily_closes=m.daily_closes[:-1] + (m.mark_price + i,)),)))
    assert db.execute("SELECT count(*) FROM market_blobs").fetchone()[0] == 3
    payload = db.execute("SELECT max(length(payload)) FROM snapshot_markets").fetchone()[0]
    assert payload < 500  # the per-snapshot part of a market: prices, funding and its next time, open interest,
    # spot volume and long/short ratio (the books, tiers and candles are blobs, stored once per change)
    assert latest_snapshot(db).markets[0].daily_closes[-1] == base.markets[0].mark_price + 49


def test_a_new_store_has_incremental_vacuum_and_time_indexes(tmp_path):
    db = open_store(tmp_path / "u.sqlite")
    assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    plan = " ".join(r[-1] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM snapshots WHERE demo = 0 AND ts >= 0 ORDER BY ts").fetchall())
    assert "idx_snapshots_demo_ts" in plan
    plan = " ".join(r[-1] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT b.total FROM snapshot_balances b JOIN snapshots s ON s.id = b.snapshot_id "
        "WHERE b.account_id = 'a' AND b.asset = 'USDT' AND s.demo = 0 ORDER BY s.taken_at DESC").fetchall())
    assert "idx_snapshot_balances_account_asset" in plan


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_fixture_upgrade_keeps_the_positions_and_balances_whole(tmp_path, version):
    """The committed fixture of each older schema (tests/fixtures/make_store_fixtures.py wrote these values)."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"v{version}.sqlite", path)
    db = open_store(path)
    (sid,) = snapshot_ids(db)
    snap = load_snapshot(db, sid)
    assert snap.taken_at == datetime(2026, 2, 11, 9, 0, tzinfo=UTC)
    assert snap.positions == (Position("binance-main", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 0.5, 1.0, 70000.0,
                                       68000.0, MarginMode.CROSS, leverage=10.0, liquidation_price_reported=61000.0,
                                       unrealized_pnl=-1000.0, maintenance_margin_rate=0.004,
                                       adl_rank=2 if version >= 3 else None),)
    assert snap.balances == (Balance("binance-main", "USDT", 5000.0, 1500.0, 3500.0),)
    assert db.execute("SELECT ts FROM snapshots").fetchone()[0] == snap.taken_at.timestamp()


def test_newest_and_previous_ids_are_index_reads(tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from core.store.snapshots import latest_snapshot_ids, snapshot_id_before

    db = open_store(tmp_path / "u.sqlite")
    ids = [save_snapshot(db, replace(sample_snapshot(T0 + timedelta(hours=i)), demo=bool(i % 2))) for i in range(6)]
    live, demo = ids[0::2], ids[1::2]
    assert latest_snapshot_ids(db, False, 2) == live[::-1][:2] and latest_snapshot_ids(db, True, 9) == demo[::-1]
    assert latest_snapshot_ids(db, None, 1) == [ids[-1]]
    assert snapshot_id_before(db, False, live[2]) == live[1] and snapshot_id_before(db, False, live[0]) is None
    assert snapshot_id_before(db, True, None) == demo[-1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(1e-6, 1e7, allow_nan=False), st.floats(0, 1e5, allow_nan=False)), max_size=5),
       st.lists(st.floats(-1e6, 1e6, allow_nan=False) | st.integers(-10**6, 10**6), max_size=4),
       st.booleans(), st.text(max_size=12))
def test_the_upgrade_cuts_the_same_blobs_out_of_a_v4_document_as_a_save_writes(book, closes, with_tiers, symbol):
    from core.store.codec import dumps
    from core.store.migrations import _legacy_parts
    from core.store.snapshots import blob_parts, market_from_legacy_json

    market = MarketState("okx", symbol, 1.5, bids=tuple(book), asks=tuple(reversed(book)), daily_closes=tuple(closes),
                         tiers=(LeverageTier(1, 0, 5e4, 0.004, 125.0),) if with_tiers else (), tiers_fetched_at=T0)
    legacy = market_from_legacy_json(dumps(market))
    assert legacy == market
    assert _legacy_parts(dumps(market), legacy) in (None, blob_parts(legacy))  # None: encoded instead
    if '"' not in symbol and "\\" not in symbol:
        assert _legacy_parts(dumps(market), legacy) == blob_parts(legacy)
