"""The SQLite store: round trips, atomic snapshots, migrations from every released schema, bad files."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
