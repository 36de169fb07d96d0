"""Faults of the data folder (issue 15, point 5) and the checks at open (issue 17): the store and the session.

A full disk, a read-only database file or folder and another process holding SQLite's write lock each end in a
``StoreError`` subclass whose message says what was not saved and what to do; a failed save leaves no partial
snapshot and the earlier snapshots intact; the session judges reminders without recording them when it cannot
write. Opening checks only what costs milliseconds unless the last process died with the store open; the full
integrity check runs on demand. How each fault is made (and why so, as root too): ``tests/store_faults.py``.
Real parts: SQLite files on disk, a second process for the lock and for dying, tmpfs and bind mounts where allowed.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import core.store.store as store_module
from core.model import Account, Balance, MarginMode, PortfolioSnapshot, Position, Side, SourceState, SourceStatus
from core.session import Session
from core.store import (
    BUSY_TIMEOUT_S,
    Store,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    open_store,
)
from core.store.paths import open_markers_dir
from tests import store_faults as faults

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def snapshot(i: int, markets: int = 0) -> PortfolioSnapshot:
    """A small live snapshot; ``i`` moves its time and its numbers."""
    from core.model import MarketState

    account = Account("acct-1", "binanceusdm", "Main", MarginMode.CROSS)
    taken = T0 + timedelta(minutes=15 * i)
    return PortfolioSnapshot(
        taken_at=taken, accounts=(account,),
        positions=(Position("acct-1", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 0.01 * (i + 1), 1.0, 67000.0,
                            68000.0 + i, MarginMode.CROSS, leverage=10),),
        balances=(Balance("acct-1", "USDT", 1000.0 + i),),
        markets=tuple(MarketState("binanceusdm", f"M{k}/USDT:USDT", 100.0 + k + i, bids=((99.0 + i, 1.0),) * 40,
                                  asks=((101.0 + i, 1.0),) * 40) for k in range(markets)),
        prices_usd={"BTC": 68000.0 + i, "USDT": 1.0},
        sources=(SourceStatus("acct-1", "exchange", SourceState.FRESH, taken),))


def make_store(path: Path, n: int = 2) -> dict[int, PortfolioSnapshot]:
    """A closed store at ``path`` holding ``n`` snapshots; returns them by id."""
    session = Session.open(path=path)
    try:
        for i in range(n):
            session.save(snapshot(i))
        return {sid: session.load_snapshot(sid) for sid in session.snapshot_ids()}
    finally:
        session.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a full disk ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mechanism", faults.FULL_DISK_MECHANISMS)
def test_full_disk_save_fails_clearly_and_loses_nothing(tmp_path, mechanism):
    folder = tmp_path / "data"
    folder.mkdir()
    with faults.tmpfs(folder, 1024) if mechanism == faults.TMPFS else nullcontext():
        path = folder / "undertow.sqlite"
        before = make_store(path)
        session = Session.open(path=path)
        try:
            filler = None
            if mechanism == faults.TMPFS:
                filler = faults.fill_disk(folder)
            else:
                faults.limit_pages(session.store._writer.conn)
            with pytest.raises(StoreFull) as caught:
                session.save(snapshot(7, markets=30))  # needs new pages
            message = str(caught.value)
            assert "is full" in message and "the new snapshot was not saved" in message and str(folder) in message
            assert "earlier snapshots are intact" in message and "Free some space" in message
            assert caught.value.kind == "full" and session.store_problem is caught.value
            # nothing of it stored, everything before intact, the file sound
            assert faults.stored(path) == before
            assert session.snapshot_ids() == sorted(before)
            assert faults.integrity(path) == "ok"
            # space again: the next save works and the problem clears
            if filler is not None:
                filler.unlink()
            else:
                session.store._writer.conn.execute("PRAGMA max_page_count = 1073741823")
            sid = session.save(snapshot(8, markets=30))
            assert session.store_problem is None and session.snapshot_ids() == [*sorted(before), sid]
        finally:
            session.close()


def test_a_disk_too_full_to_open_says_so(tmp_path):
    """Not even SQLite's shared-memory file fits: the open fails with the full-disk message (not "I/O error")."""
    folder = tmp_path / "data"
    with faults.tmpfs(folder, 640):
        path = folder / "undertow.sqlite"
        make_store(path)
        faults.fill_disk(folder)
        with pytest.raises(StoreFull, match="is full: Undertow cannot open its database"):
            Session.open(path=path)


# --- a read-only database file and folder --------------------------------------------------------------------------

@pytest.mark.parametrize("uri", [False, True], ids=["os", "mode=ro"])
def test_read_only_file_opens_shows_and_refuses_writes_clearly(tmp_path, monkeypatch, uri):
    path = tmp_path / "undertow.sqlite"
    before = make_store(path)
    with faults.read_only_file(path, monkeypatch, uri) as how:
        bytes_before = digest(path)
        session = Session.open(path=path)
        try:
            if how != "mode=ro":  # the OS says so at open: the window can tell before any write
                assert isinstance(session.store_problem, StoreReadOnly)
                assert "cannot save anything" in str(session.store_problem)
            assert {sid: session.load_snapshot(sid) for sid in session.snapshot_ids()} == before
            with pytest.raises(StoreReadOnly) as caught:
                session.save(snapshot(5))
            assert "is read-only" in str(caught.value) and "the new snapshot was not saved" in str(caught.value), how
            assert "writable" in str(caught.value)
            old = session.settings
            with pytest.raises(StoreReadOnly):
                session.update_settings(refresh_interval_min=5)
            assert session.settings == old  # unchanged: it was not stored
            # the reminders are still judged (the start-up analysis must not fail), only not recorded
            sid = max(before)
            analysis = session.analyse(before[sid], T0 + timedelta(days=1), sid)
            assert analysis.snapshot == before[sid]
            assert isinstance(session.store_problem, StoreReadOnly)
            assert "the reminders' state was not saved" in str(session.store_problem)
        finally:
            session.close()
        assert digest(path) == bytes_before, how  # not one byte written
    assert faults.stored(path) == before


def test_read_only_folder_opens_read_only(tmp_path):
    """A folder nobody may write (no -shm can be made there): the store opens read-only and shows what it holds."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "undertow.sqlite"
    before = make_store(path)
    with faults.read_only_folder(folder):
        session = Session.open(path=path)
        try:
            assert session.store.read_only and isinstance(session.store_problem, StoreReadOnly)
            assert {sid: session.load_snapshot(sid) for sid in session.snapshot_ids()} == before
            with pytest.raises(StoreReadOnly, match="the new snapshot was not saved"):
                session.save(snapshot(5))
            assert session.store.full_check().ok
        finally:
            session.close()
    assert faults.stored(path) == before


def test_read_only_folder_with_no_database_yet_cannot_open(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with faults.read_only_folder(folder):
        with pytest.raises(StoreReadOnly, match="is read-only .*Undertow cannot open its database"):
            Store.open(folder / "undertow.sqlite")


# --- another process holding the write lock ------------------------------------------------------------------------

def test_the_busy_timeout_is_five_seconds():
    assert BUSY_TIMEOUT_S == store_module.BUSY_TIMEOUT_S == 5.0


def test_lock_held_waits_the_busy_timeout_without_spinning_then_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 1.5)
    path = tmp_path / "undertow.sqlite"
    before = make_store(path)
    session = Session.open(path=path)
    try:
        with faults.write_lock_held(path):
            cpu, start = time.process_time(), time.monotonic()
            with pytest.raises(StoreLocked) as caught:
                session.save(snapshot(5))
            waited, spent = time.monotonic() - start, time.process_time() - cpu
            assert 1.4 <= waited < 4.0  # the busy timeout, not at once (a read-to-write upgrade fails at once)
            assert spent < 0.5 * waited  # SQLite's busy handler sleeps: no busy loop
            assert "locked by another Undertow" in str(caught.value) and "waited 1.5 s" in str(caught.value)
            assert "the new snapshot was not saved" in str(caught.value)
            # the session's other writes say the same, and reads go on meanwhile (WAL)
            with pytest.raises(StoreLocked, match="the snoozed reminder was not saved"):
                session.snooze_reminder("LIQ", "x", T0)
            assert session.snapshot_ids() == sorted(before)
        # released: the next write goes through, and the other process' uncommitted row never appeared
        sid = session.save(snapshot(6))
        assert session.store_problem is None and session.snapshot_ids() == [*sorted(before), sid]
        keys = {r["key"] for r in session.store.read()["settings"].rows}
        assert "held-by-the-other-process" not in keys
    finally:
        session.close()


def test_a_lock_released_within_the_timeout_is_waited_for(tmp_path):
    """The fault the harness saw: with a deferred transaction a save failed at once ("database is locked") even
    though the other writer finished 0.8 s later. Now it waits and lands."""
    path = tmp_path / "undertow.sqlite"
    before = make_store(path)
    session = Session.open(path=path)
    try:
        session.latest_snapshots(1)  # a read first, as sync does
        with faults.write_lock_held(path, release_after_s=0.8):
            start = time.monotonic()
            sid = session.save(snapshot(5))
            assert time.monotonic() - start >= 0.5
        assert session.snapshot_ids() == [*sorted(before), sid]
        assert {r["key"] for r in session.store.read()["settings"].rows} >= {"held-by-the-other-process"}
    finally:
        session.close()


def test_a_failed_write_rolls_back_and_other_errors_keep_their_type(tmp_path):
    store = Store.open(tmp_path / "u.sqlite")
    try:
        with pytest.raises(sqlite3.IntegrityError):  # a constraint is a bug, not a fault of the folder
            with store.write() as db:
                db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
                db.execute("INSERT INTO settings (key, value) VALUES ('a', '2')")
        assert store.problem is None
        assert store.read().execute("SELECT count(*) FROM settings WHERE key = 'a'").fetchone()[0] == 0
    finally:
        store.close()


# --- checks at open (issue 17) -------------------------------------------------------------------------------------

@pytest.fixture
def checks(monkeypatch):
    """Which of SQLite's checks the store runs: a list of 'quick' / 'full', appended per run."""
    ran: list[str] = []
    original = store_module.run_check

    def spy(conn, full=True, max_problems=20):
        ran.append("full" if full else "quick")
        return original(conn, full, max_problems)

    monkeypatch.setattr(store_module, "run_check", spy)
    return ran


def test_open_after_a_clean_close_runs_no_scan(tmp_path, checks):
    path = tmp_path / "undertow.sqlite"
    make_store(path)  # a new file: nothing to check
    assert checks == []
    for _ in range(3):
        store = Store.open(path)
        assert not store.unclean_shutdown
        store.close()
    assert checks == []  # neither integrity_check nor quick_check: only the millisecond checks


def test_open_after_a_process_died_with_the_store_open_runs_the_quick_check(tmp_path, checks):
    path = tmp_path / "undertow.sqlite"
    make_store(path)
    faults.die_with_store_open(path)
    store = Store.open(path)
    try:
        assert checks == ["quick"] and store.unclean_shutdown
        assert store.full_check_due(T0)  # and the full check is due soon
        assert store.read()["settings"].get("written-before-dying")["value"] == "1"  # its commit survived
    finally:
        store.close()
    Store.open(path).close()
    assert checks == ["quick"]  # once: that marker is gone


def test_a_store_open_in_another_live_process_is_not_taken_for_a_crash(tmp_path, checks):
    path = tmp_path / "undertow.sqlite"
    make_store(path)
    first = Store.open(path)
    try:
        second = Store.open(path)
        second.close()
    finally:
        first.close()
    assert checks == []


def test_an_existing_file_never_checked_by_this_version_gets_one_quick_check(tmp_path, checks):
    path = tmp_path / "undertow.sqlite"
    make_store(path)
    marker_dir = open_markers_dir(path)
    marker_dir.rmdir()  # as a store written before the markers existed
    Store.open(path).close()
    Store.open(path).close()
    assert checks == ["quick"]


def test_a_truncated_file_is_reported_clearly_at_open_and_left_untouched(tmp_path):
    path = tmp_path / "undertow.sqlite"
    make_store(path, n=3)
    data = path.read_bytes()
    page = faults.root_page(path, "snapshots")[1]
    for cut in (len(data) // 2 + 123, (len(data) // page // 2) * page):  # mid-page, and on a page boundary
        path.write_bytes(data[:cut])
        with pytest.raises(StoreDamaged) as caught:
            Store.open(path)
        assert "cannot be opened" in str(caught.value) and "incomplete" in str(caught.value)
        assert "left untouched" in str(caught.value)
        assert path.read_bytes() == data[:cut]


def test_garbage_is_reported_clearly(tmp_path):
    path = tmp_path / "undertow.sqlite"
    path.write_bytes(b"not a database at all " * 300)
    with pytest.raises(StoreError, match="cannot be opened: file is not a database. It was left untouched"):
        open_store(path)


def test_damage_inside_the_file_is_found_by_the_full_check_and_after_a_crash_at_open(tmp_path):
    path = tmp_path / "undertow.sqlite"
    make_store(path, n=3)
    faults.smash_page(path, "reminder_state")
    bytes_before = digest(path)
    # a clean open does not scan the file (issue 17): the damage is found by the full check, on demand
    store = Store.open(path)
    try:
        result = store.full_check()
        assert not result.ok and result.full and result.problems
        assert store.integrity_check() == result.problems[0] != "ok"
        assert not store.check(T0).ok and store.last_full_check() is None  # damage is never recorded by writing
    finally:
        store.close()
    assert digest(path) == bytes_before
    # after an unclean shutdown the quick check at open finds it
    open_markers_dir(path).rmdir()  # (as good as a crash for the markers: never checked)
    with pytest.raises(StoreDamaged, match="is damaged .*integrity check failed.*left untouched"):
        Store.open(path)
    assert digest(path) == bytes_before


def test_the_full_check_is_due_weekly_and_recorded(tmp_path):
    path = tmp_path / "undertow.sqlite"
    make_store(path)
    session = Session.open(path=path)
    try:
        assert session.store.full_check_due(T0)  # never ran
        result = session.check_store_if_due(T0)
        assert result is not None and result.ok and result.pages > 0
        assert session.store.last_full_check() == T0
        assert session.check_store_if_due(T0 + timedelta(days=6)) is None
        assert session.check_store_if_due(T0 + timedelta(days=7)) is not None
        assert "store.full_check" not in vars(session.settings)  # recorded beside the settings, not as one
    finally:
        session.close()


def test_a_write_inside_a_write_is_one_transaction(tmp_path):
    store = Store.open(tmp_path / "u.sqlite")
    try:
        with pytest.raises(RuntimeError, match="outer"):
            with store.write() as db:
                db["settings"].upsert({"key": "outer", "value": "1"}, pk="key")
                with store.write() as inner:
                    inner["settings"].upsert({"key": "inner", "value": "1"}, pk="key")
                raise RuntimeError("outer")
        assert store.read().execute("SELECT count(*) FROM settings WHERE key IN ('outer', 'inner')").fetchone()[0] == 0
        with store.write() as db, store.write() as inner:
            inner["settings"].upsert({"key": "inner", "value": "1"}, pk="key")
        assert store.read()["settings"].get("inner")["value"] == "1"
    finally:
        store.close()
