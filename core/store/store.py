"""The one ``Store``: a single write connection behind a lock, a read connection per thread.

SQLite allows one writer at a time; sharing one connection between the sync thread and the GUI thread
interleaved their transactions (savepoints of one released inside the other's ``BEGIN``), so saves were
lost. Here every write is one transaction taken under the store's lock on the dedicated writer
connection, and every thread reads through its own connection, which in WAL mode sees the last
committed state without waiting for the writer.

Faults of the data folder (issue 15): every write starts with ``BEGIN IMMEDIATE``, so another process holding the
write lock is waited for (SQLite's busy handler sleeps; ``BUSY_TIMEOUT_S``) instead of failing at once on a
read-to-write upgrade; a fault of the data folder becomes a ``StoreError`` subclass (``core.store.faults``, re-exported
here) and the transaction is rolled back, so a failed write leaves nothing behind and what was stored before stays
intact. ``Store.problem`` keeps the last such fault until a write succeeds again (the window shows it).

Checks (issue 17; the checks themselves: ``core.store.checks``, re-exported here): opening runs only the checks
that cost milliseconds at any size (``cheap_check``); ``PRAGMA quick_check`` runs at open only when the last process
that had the store open ended without closing it (a marker per open store, held with an OS lock the kernel releases
when a process dies), or the first time this version opens an existing file. The full ``PRAGMA integrity_check`` runs
on demand (``undertow db check``) or in the background (``Store.full_check``).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from core.store.checks import _WAL_HEADER, CheckResult, _cut_short, cheap_check, run_check  # noqa: F401

# The faults and the checks were defined here: re-exported. connect and Store.write read BUSY_TIMEOUT_S, and
# Store.open reads run_check, through this module's globals (where tests patch them).
from core.store.faults import (  # noqa: F401
    _SQLITE_BUSY,
    _SQLITE_CANTOPEN,
    _SQLITE_CORRUPT,
    _SQLITE_FULL,
    _SQLITE_IOERR,
    _SQLITE_LOCKED,
    _SQLITE_NOTADB,
    _SQLITE_PERM,
    _SQLITE_READONLY,
    BUSY_TIMEOUT_S,
    LOW_SPACE_BYTES,
    SHOWING,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    _folder,
    _folder_writable,
    _free_bytes,
    fault_message,
    store_fault,
)
from core.store.migrations import SchemaTooNewError, migrate, refuse_newer_schema
from core.store.paths import database_path, open_markers_dir

log = logging.getLogger(__name__)

#: How often the app runs the full integrity check in the background (``Store.full_check_due``)
FULL_CHECK_EVERY = timedelta(days=7)
FULL_CHECK_KEY = "store.full_check"  # in the settings table (not a setting: ``load_settings`` skips unknown keys)


def connect(path: Path, read_only: bool = False, immutable: bool = False,
            timeout_s: float | None = None) -> sqlite3.Connection:
    """A connection with foreign keys on and the busy timeout set. ``read_only`` opens with ``mode=ro``;
    ``immutable`` also tells SQLite nobody changes the file (a read-only mount: no -shm can be created there)."""
    # check_same_thread=False: the writer is used from whichever thread holds the lock, and close()
    # may run on another thread than the one that opened a reader. Each connection is still only ever
    # used by one thread at a time.
    timeout = BUSY_TIMEOUT_S if timeout_s is None else timeout_s
    if read_only or immutable:
        uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
    else:
        conn = sqlite3.connect(path, check_same_thread=False, timeout=timeout)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


# --- knowing whether the last process closed the store -------------------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - Windows: msvcrt byte locks also die with their process
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
else:  # POSIX: flock locks die with their process (kill -9 included)
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class _OpenMarker:
    """This process's "the store is open" marker: a file in ``.<db stem>-open/`` beside the database, holding an OS
    lock until ``release``.

    A marker whose lock can be taken belongs to a process that died with the store open: its last shutdown was
    unclean. Markers are only a hint for how much to check; a folder where none can be written gets none."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def claim(cls, db_path: Path) -> tuple[_OpenMarker | None, bool, bool]:
        """(this process's marker or None, an unclean shutdown was found, markers were never kept here)."""
        folder = open_markers_dir(db_path)
        first = not folder.exists()
        unclean = False
        try:
            folder.mkdir(exist_ok=True)
            for stale in folder.glob("*.open"):
                try:
                    fd = os.open(stale, os.O_RDWR)
                except OSError:
                    continue
                try:
                    if _try_lock(fd):  # nobody holds it: its process is gone and never closed the store
                        unclean = True
                        stale.unlink(missing_ok=True)
                finally:
                    os.close(fd)
            # locked before it gets the name others look for, so nobody takes a fresh marker for a stale one
            tmp = folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.new"
            fd = os.open(tmp, os.O_CREAT | os.O_RDWR, 0o600)
            if not _try_lock(fd):  # pragma: no cover - a file nobody else knows of
                os.close(fd)
                return None, unclean, first
            final = tmp.with_suffix(".open")
            os.replace(tmp, final)
            return cls(final, fd), unclean, first
        except OSError:  # a read-only or full folder: no marker, no hint
            return None, unclean, first

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        os.close(self._fd)  # closing drops the lock
        self._fd = None

class Store:
    """The application's database. Open with ``Store.open(path)``; close with ``close()``.

    ``write()`` is a context manager yielding the writer (a ``sqlite_utils.Database``) inside one
    transaction: all of it lands or none of it does. ``read()`` returns this thread's reader.
    """

    def __init__(self, path: Path, read_only: bool = False, immutable: bool = False) -> None:
        self.path = path
        #: opened read-only because the folder cannot be written (every write raises ``StoreReadOnly``)
        self.read_only = read_only
        self._immutable = immutable
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._marker: _OpenMarker | None = None
        #: the last fault of the data folder (open or write); cleared by the next write that succeeds
        self.problem: StoreError | None = None
        #: the last process with the store open never closed it (a quick check ran at open): check fully soon
        self.unclean_shutdown = False
        self._writer = sqlite_utils.Database(connect(path, read_only, immutable), execute_plugins=False)

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open (creating, checking and migrating as needed) the database at ``path`` (default: data dir).

        Raises ``StoreError`` (a subclass naming the fault) when it cannot be used. A store in a folder that
        cannot be written opens read-only: what it holds can be shown, ``problem`` says why nothing can be saved.
        """
        if path is None:
            try:
                path = database_path()  # creates the data folder
            except OSError as exc:
                raise _open_fault(exc, Path(exc.filename or ".") / "undertow.sqlite") from exc
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _open_fault(exc, path) from exc
        try:
            existed = path.exists() and path.stat().st_size > 0
        except OSError as exc:
            raise _open_fault(exc, path) from exc
        marker, unclean, first = _OpenMarker.claim(path)
        try:
            try:
                store = cls._open_checked(path, existed and (unclean or first))
            except StoreError as exc:
                if not isinstance(exc, StoreReadOnly) or not existed:
                    raise
                store = cls._open_read_only(path, exc)
        except BaseException:
            if marker is not None:
                marker.release()
            raise
        store._marker = marker
        store.unclean_shutdown = existed and unclean
        if store.problem is None and not _folder_writable(path):
            store.problem = StoreReadOnly(fault_message("read-only", path, SHOWING), path)
        return store

    @classmethod
    def _open_checked(cls, path: Path, quick: bool) -> Store:
        try:
            conn = connect(path)
            try:
                cheap_check(conn, path)
                if quick:
                    result = run_check(conn, full=False, max_problems=5)
                    if not result.ok:
                        raise StoreDamaged(
                            f"The database {path} is damaged (integrity check failed: {result.problems[0]}); it "
                            "was left untouched. Restore a backup, or move the file away to start afresh.", path)
                refuse_newer_schema(conn)  # before anything (even WAL mode) touches the file
                db = sqlite_utils.Database(conn, execute_plugins=False)
                db.enable_wal()
                migrate(db, path)
            finally:
                conn.close()
            return cls(path)
        except SchemaTooNewError as exc:
            error = StoreError(str(exc), path)
            error.kind = "too-new"
            raise error from exc
        except (sqlite3.Error, OSError) as exc:
            raise _open_fault(exc, path) from exc

    @classmethod
    def _open_read_only(cls, path: Path, why: StoreReadOnly) -> Store:
        """The store of a folder nobody may write (a read-only mount, another user's folder), opened read-only:
        ``mode=ro``, or ``immutable`` where SQLite cannot even create its shared-memory file (only when no
        write-ahead log is there to be replayed: ignoring one would show older data)."""
        wal = path.with_name(path.name + "-wal")
        attempts = [False] + ([] if wal.exists() and wal.stat().st_size > _WAL_HEADER else [True])
        for immutable in attempts:
            try:
                conn = connect(path, read_only=True, immutable=immutable)
                try:
                    cheap_check(conn, path)
                    refuse_newer_schema(conn)
                    if int(conn.execute("PRAGMA user_version").fetchone()[0]) < _latest_version():
                        raise StoreReadOnly(str(why).replace(  # an upgrade would have to write
                            "Undertow cannot open its database", "Undertow cannot open its database (written by an "
                            "older version, it must be upgraded first, which writes to it)"), path) from None
                finally:
                    conn.close()
                store = cls(path, read_only=True, immutable=immutable)
            except sqlite3.Error:
                continue
            except SchemaTooNewError as exc:
                raise StoreError(str(exc), path) from exc
            store.problem = StoreReadOnly(fault_message("read-only", path, SHOWING), path)
            log.info("the store %s is opened read-only: its folder cannot be written", path)
            return store
        raise why

    # --- writing -------------------------------------------------------------------------------------------------
    @contextmanager
    def write(self, what: str = "this change", busy_timeout_s: float | None = None) -> Iterator[sqlite_utils.Database]:
        """One transaction on the writer connection, serialised with every other write (in this process by the
        lock, with other processes by SQLite's write lock, waited for up to ``BUSY_TIMEOUT_S``).

        A fault of the data folder (full disk, read-only, the lock held too long, damage) rolls the transaction
        back and raises the matching ``StoreError``; ``what`` names what was not saved in its message. Any other
        exception rolls back and propagates unchanged."""
        with self._lock:
            self._check_open()
            if self.read_only:
                error = StoreReadOnly(fault_message("read-only", self.path, what), self.path)
                self.problem = error
                raise error
            conn = self._writer.conn
            if conn.in_transaction:  # a write inside a write on this thread (the lock is re-entrant): a savepoint
                with self._writer.atomic():
                    yield self._writer
                return
            timeout = BUSY_TIMEOUT_S if busy_timeout_s is None else busy_timeout_s
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            try:
                conn.execute("BEGIN IMMEDIATE")  # the write lock now, waited for; never a read-to-write upgrade
            except sqlite3.Error as exc:
                self._raise_fault(exc, what, timeout)
                raise
            try:
                yield self._writer
            except BaseException as exc:
                self._rollback()
                fault = store_fault(exc, self.path, what) if isinstance(exc, sqlite3.Error) else None
                if fault is not None:
                    self.problem = fault
                    raise fault from exc
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                self._raise_fault(exc, what, timeout)
                raise
            self.problem = None

    def _raise_fault(self, exc: sqlite3.Error, what: str, waited_s: float) -> None:
        """Raise the ``StoreError`` explaining ``exc`` (and remember it as ``problem``); return when it is none."""
        fault = store_fault(exc, self.path, what)
        if fault is None:
            return
        if isinstance(fault, StoreLocked):
            fault = StoreLocked(fault_message("locked", self.path, what, waited_s=waited_s), self.path)
        self.problem = fault
        log.info("writing to the store failed: %s", fault)
        raise fault from exc

    def _rollback(self) -> None:
        """Roll back what is left of the transaction (SQLite may have rolled it back itself after SQLITE_FULL or
        an I/O error); never raise over the original error."""
        conn = self._writer.conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:  # pragma: no cover - the original error says more
                log.warning("rolling back after a failed write failed too", exc_info=True)

    # --- reading -------------------------------------------------------------------------------------------------
    def read(self) -> sqlite_utils.Database:
        """This thread's read connection (opened on first use)."""
        self._check_open()
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is None:
            try:
                conn = connect(self.path, self.read_only, self._immutable)
            except sqlite3.Error as exc:
                raise store_fault(exc, self.path, opening=True) or exc from exc
            conn.execute("PRAGMA query_only = ON")  # a reader can never write by mistake
            with self._readers_lock:
                self._readers.append(conn)
            db = self._local.db = sqlite_utils.Database(conn, execute_plugins=False)
        return db

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``'s first answer: ``ok`` or the first problem (see ``full_check``)."""
        result = self.full_check()
        return "ok" if result.ok else result.problems[0]

    def full_check(self, full: bool = True) -> CheckResult:
        """The full ``PRAGMA integrity_check`` (``full=False``: ``quick_check``) on a connection of its own, so it
        can run in a worker thread for as long as the file needs (≈ 1.4 s per 1,000 snapshots) while the app
        reads and writes. Damage is a result; a file SQLite cannot read at all raises ``StoreDamaged``."""
        self._check_open()
        conn = connect(self.path, self.read_only, self._immutable)
        try:
            conn.execute("PRAGMA query_only = ON")
            return run_check(conn, full)
        except sqlite3.Error as exc:
            fault = store_fault(exc, self.path, opening=True)
            if isinstance(fault, StoreDamaged):  # so damaged SQLite stopped checking: that is the result
                return CheckResult(False, (str(exc),), full=full)
            raise fault or exc from exc
        finally:
            conn.close()

    def check(self, now: datetime, full: bool = True) -> CheckResult:
        """``full_check``, and a sound full result recorded with its date (best effort: a store that cannot be
        written, or is busy, is checked all the same; a damaged one is never written to)."""
        result = self.full_check(full)
        if result.ok and full and not self.read_only:
            problem = self.problem
            try:
                with self.write("the date of the check", busy_timeout_s=0.5) as db:
                    db.table("settings").upsert({"key": FULL_CHECK_KEY, "value": json.dumps(
                        {"at": now.isoformat(), "seconds": round(result.seconds, 3), "pages": result.pages})},
                        pk="key")
            except StoreError as exc:
                log.info("the date of the integrity check was not recorded: %s", exc)
                self.problem = problem  # only a record of ours: no fault to show for it
            self.unclean_shutdown = False
        return result

    def last_full_check(self) -> datetime | None:
        """When ``check`` last found the store sound (None: never, as far as the store knows)."""
        try:
            row = self.read().execute("SELECT value FROM settings WHERE key = ?", [FULL_CHECK_KEY]).fetchone()
            return None if row is None else datetime.fromisoformat(json.loads(row[0])["at"])
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            return None

    def full_check_due(self, now: datetime, every: timedelta = FULL_CHECK_EVERY) -> bool:
        """The full check is due: the last process died with the store open, or the last sound check is older
        than ``every`` (or never ran)."""
        last = self.last_full_check()
        return self.unclean_shutdown or last is None or now - last >= every

    def _check_open(self) -> None:
        if self._closed:
            error = StoreError("the database is closed", self.path)
            error.kind = "closed"
            raise error

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close every connection (the store was closed cleanly: no check at the next open); later calls raise
        ``StoreError``."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._writer.conn.close()
            with self._readers_lock:
                for conn in self._readers:
                    conn.close()
                self._readers.clear()
            if self._marker is not None:
                self._marker.release()
                self._marker = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _open_fault(exc: BaseException, path: Path) -> StoreError:
    fault = store_fault(exc, path, opening=True)
    if fault is None:
        return StoreError(f"The database {path} cannot be opened: {exc}. It was left untouched.", path)
    return fault


def _latest_version() -> int:
    from core.store.migrations import LATEST_VERSION

    return LATEST_VERSION
