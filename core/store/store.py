"""The one ``Store``: a single write connection behind a lock, a read connection per thread.

SQLite allows one writer at a time; sharing one connection between the sync thread and the GUI thread
interleaved their transactions (savepoints of one released inside the other's ``BEGIN``), so saves were
lost. Here every write is one transaction taken under the store's lock on the dedicated writer
connection, and every thread reads through its own connection, which in WAL mode sees the last
committed state without waiting for the writer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from core.store.migrations import SchemaTooNewError, migrate, refuse_newer_schema
from core.store.paths import database_path


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, unreadable, or from a newer version)."""


def connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: the writer is used from whichever thread holds the lock, and close()
    # may run on another thread than the one that opened a reader. Each connection is still only ever
    # used by one thread at a time.
    conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class Store:
    """The application's database. Open with ``Store.open(path)``; close with ``close()``.

    ``write()`` is a context manager yielding the writer (a ``sqlite_utils.Database``) inside one
    transaction: all of it lands or none of it does. ``read()`` returns this thread's reader.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._writer = sqlite_utils.Database(connect(path))

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open (creating, checking and migrating as needed) the database at ``path`` (default: data dir)."""
        path = Path(path) if path is not None else database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect(path)
            try:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StoreError(f"The database {path} is damaged (integrity check failed); "
                                     "it was left untouched.")
                refuse_newer_schema(conn)  # before anything (even WAL mode) touches the file
                db = sqlite_utils.Database(conn)
                db.enable_wal()
                migrate(db, path)
            finally:
                conn.close()
            return cls(path)
        except SchemaTooNewError as exc:
            raise StoreError(str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The database {path} cannot be opened: {exc}. It was left untouched.") from exc

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction on the writer connection, serialised with every other write."""
        with self._lock:
            self._check_open()
            with self._writer.atomic():
                yield self._writer

    def read(self) -> sqlite_utils.Database:
        """This thread's read connection (opened on first use)."""
        self._check_open()
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is None:
            conn = connect(self.path)
            conn.execute("PRAGMA query_only = ON")  # a reader can never write by mistake
            with self._readers_lock:
                self._readers.append(conn)
            db = self._local.db = sqlite_utils.Database(conn)
        return db

    def integrity_check(self) -> str:
        row = self.read().execute("PRAGMA integrity_check").fetchone()
        return str(row[0])

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the database is closed")

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close every connection; later calls raise ``StoreError``."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._writer.conn.close()
            with self._readers_lock:
                for conn in self._readers:
                    conn.close()
                self._readers.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
