"""How long snapshots are kept: every one for a week, one an hour for three months, one a day after that.

The default sync runs every 15 minutes: 96 snapshots a day, 35,000 a year. Nobody needs the order book of a
Tuesday 14:15 eight months ago; everybody needs the history line. So, per mode (demo and live apart):

* snapshots younger than ``all_days`` (setting ``retention_all_days``, default 7) are all kept;
* from ``all_days`` to ``hourly_days`` (``retention_hourly_days``, default 90) the **last snapshot of each UTC
  hour** is kept;
* older ones: the **last snapshot of each UTC day**.

"Last" means the newest one of the bucket among all stored snapshots, so the last snapshot of a day is kept in
every tier: the daily series (one point per day, at the day's close) never changes, however often retention
runs, and the newest snapshot is always kept. ``all_days = 0`` turns retention off (everything is kept). A kept
snapshot is kept whole (positions, balances, markets...): it reads back exactly as it was saved.

``apply_retention`` deletes in one transaction, then the market blobs no snapshot refers to any more;
``compact`` gives the freed pages back to the file system (incremental vacuum) and trims the write-ahead log.
``run_retention`` does both through the app's ``Store``: call it after a save, in a worker (it takes a few
milliseconds when there is nothing to delete, a second or two the first time on a large old store).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlite_utils

from core.store.snapshots import BLOB_COLUMNS, epoch, snapshot_child_tables

if TYPE_CHECKING:
    from core.store import Store

HOUR_S = 3600
DAY_S = 86_400
#: Compact only when at least this many pages are free (4 MiB at SQLite's default 4 KiB pages).
COMPACT_MIN_FREE_PAGES = 1024


@dataclass(frozen=True)
class RetentionPolicy:
    """``all_days``: keep every snapshot up to this age (0 = keep everything forever); ``hourly_days``: keep one per
    hour up to this age (at most ``all_days``: no hourly tier); older: one per day."""

    all_days: float = 7.0
    hourly_days: float = 90.0

    @classmethod
    def from_settings(cls, settings: Any) -> RetentionPolicy:
        return cls(float(getattr(settings, "retention_all_days", cls.all_days)),
                   float(getattr(settings, "retention_hourly_days", cls.hourly_days)))

    @property
    def enabled(self) -> bool:
        return math.isfinite(self.all_days) and self.all_days > 0


@dataclass(frozen=True)
class RetentionResult:
    deleted: int  # snapshots deleted
    kept: int  # snapshots left (both modes)
    blobs_deleted: int  # market blobs no longer referenced
    pages_freed: int = 0  # pages given back by ``compact``


def keep_ids(heads: Iterable[tuple[int, float]], now_ts: float, policy: RetentionPolicy) -> set[int]:
    """The ids to keep among ``heads`` = (id, epoch seconds) of one mode. Pure: the rule in the module docstring.

    ``heads`` must hold, besides the candidates, every snapshot sharing a day with one (a newer snapshot of the
    same hour or day decides whether a candidate is the last of its bucket).
    """
    rows = list(heads)
    if not policy.enabled:
        return {i for i, _ in rows}
    all_from = now_ts - policy.all_days * DAY_S
    hourly_from = now_ts - max(policy.hourly_days, policy.all_days) * DAY_S
    last_of_hour: dict[int, tuple[float, int]] = {}
    last_of_day: dict[int, tuple[float, int]] = {}
    for sid, ts in rows:
        for buckets, size in ((last_of_hour, HOUR_S), (last_of_day, DAY_S)):
            b = math.floor(ts / size)
            if (ts, sid) > buckets.get(b, (-math.inf, -1)):
                buckets[b] = (ts, sid)
    keep = set()
    for sid, ts in rows:
        if ts >= all_from:
            keep.add(sid)
        elif ts >= hourly_from:
            if last_of_hour[math.floor(ts / HOUR_S)][1] == sid:
                keep.add(sid)
        elif last_of_day[math.floor(ts / DAY_S)][1] == sid:
            keep.add(sid)
    if rows:  # the newest snapshot, always (it is the last of its day anyway)
        keep.add(max(rows, key=lambda r: (r[1], r[0]))[0])
    return keep


def doomed_ids(db: sqlite_utils.Database, now: datetime, policy: RetentionPolicy) -> list[int]:
    """The snapshots ``policy`` deletes at ``now`` (both modes), oldest first. Reads only the snapshots older than
    ``all_days`` (plus one day, for the buckets straddling the limit), through the (demo, ts) index."""
    if not policy.enabled:
        return []
    now_ts = epoch(now)
    horizon = now_ts - policy.all_days * DAY_S + DAY_S
    doomed: list[int] = []
    for demo in (0, 1):
        heads = [(int(i), float(t)) for i, t in db.execute(
            "SELECT id, ts FROM snapshots WHERE demo = ? AND ts < ? ORDER BY ts, id", [demo, horizon]).fetchall()]
        newest = db.execute("SELECT id, ts FROM snapshots WHERE demo = ? ORDER BY ts DESC, id DESC LIMIT 1",
                            [demo]).fetchone()
        if newest is not None:
            heads.append((int(newest[0]), float(newest[1])))
        keep = keep_ids(set(heads), now_ts, policy)
        doomed.extend(i for i, t in heads if i not in keep and t < horizon - DAY_S)
    return sorted(set(doomed))


def delete_snapshots(db: sqlite_utils.Database, ids: Sequence[int]) -> int:
    """Delete snapshots ``ids`` with all their rows, then the market blobs only they referred to; returns the
    number of blobs deleted. Run inside the caller's transaction (``Store.write``). Costs what is deleted, not
    what the store holds: only the blobs of the deleted snapshots are checked for other users."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS retention_doomed (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS retention_blobs (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.retention_doomed")
    conn.execute("DELETE FROM temp.retention_blobs")
    conn.executemany("INSERT OR IGNORE INTO temp.retention_doomed (id) VALUES (?)", [(i,) for i in ids])
    for column in BLOB_COLUMNS.values():
        conn.execute(f"INSERT OR IGNORE INTO temp.retention_blobs (id) SELECT {column} FROM snapshot_markets "
                     f"WHERE snapshot_id IN (SELECT id FROM temp.retention_doomed) AND {column} IS NOT NULL")
    for table in snapshot_child_tables(db):
        conn.execute(f"DELETE FROM {table} WHERE snapshot_id IN (SELECT id FROM temp.retention_doomed)")
    conn.execute("DELETE FROM snapshots WHERE id IN (SELECT id FROM temp.retention_doomed)")
    conn.execute("DELETE FROM temp.retention_doomed")
    return delete_unreferenced_blobs(db, "SELECT id FROM temp.retention_blobs")


def delete_unreferenced_blobs(db: sqlite_utils.Database, candidates: str | None = None) -> int:
    """Delete the market blobs no snapshot refers to (among ``candidates``, an SQL query of ids; None = all)."""
    unused = " AND ".join(f"NOT EXISTS (SELECT 1 FROM snapshot_markets m WHERE m.{c} = market_blobs.id)"
                          for c in BLOB_COLUMNS.values())
    where = unused if candidates is None else f"id IN ({candidates}) AND {unused}"
    return int(db.conn.execute(f"DELETE FROM market_blobs WHERE {where}").rowcount or 0)


def apply_retention(db: sqlite_utils.Database, now: datetime, policy: RetentionPolicy) -> RetentionResult:
    """Thin the stored snapshots to ``policy`` at ``now``, in one transaction."""
    with db.atomic():
        doomed = doomed_ids(db, now, policy)
        blobs = delete_snapshots(db, doomed) if doomed else 0
        kept = int(db.execute("SELECT count(*) FROM snapshots").fetchone()[0])
    return RetentionResult(len(doomed), kept, blobs)


def compact(conn: Any, min_free_pages: int = COMPACT_MIN_FREE_PAGES) -> int:
    """Give free pages back to the file system (``auto_vacuum = INCREMENTAL``, set by the migrations) and trim the
    write-ahead log; returns the pages freed. ``conn``: a ``sqlite3.Connection`` outside any transaction (the
    pragma runs to completion only as a script)."""
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    if free < min_free_pages or int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) != 2:
        return 0
    conn.executescript("PRAGMA incremental_vacuum;")
    after = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 250")  # trimming the log is worth no wait: a busy reader just defers it
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return free - after


def run_retention(store: Store, now: datetime, policy: RetentionPolicy,
                  min_free_pages: int = COMPACT_MIN_FREE_PAGES) -> RetentionResult:
    """Retention through the app's store: the deletes as one write, then compaction on a connection of its own
    (SQLite's locks keep it from overlapping a save). Call it from a worker thread, after a save."""
    from core.store.store import connect

    if getattr(store, "read_only", False):
        return RetentionResult(0, 0, 0)
    with store.write("the thinned history") as db:
        doomed = doomed_ids(db, now, policy)
        blobs = delete_snapshots(db, doomed) if doomed else 0
        kept = int(db.execute("SELECT count(*) FROM snapshots").fetchone()[0])
    freed = 0
    if doomed:
        conn = connect(store.path)
        try:
            freed = compact(conn, min_free_pages)
        finally:
            conn.close()
    return RetentionResult(len(doomed), kept, blobs, freed)
