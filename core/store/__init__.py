"""Local storage: one SQLite file (WAL), versioned migrations, snapshots written atomically.

No secrets are ever written here: exchange accounts carry only a keyring reference.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from core.store.migrations import (LATEST_VERSION, SchemaTooNewError, migrate, refuse_newer_schema,
                                   schema_version)
from core.store.paths import data_dir, database_path, log_dir
from core.store.snapshots import latest_snapshot, load_snapshot, save_snapshot, snapshot_ids

__all__ = ["open_store", "StoreError", "LATEST_VERSION", "SchemaTooNewError", "schema_version",
           "data_dir", "database_path", "log_dir", "latest_snapshot", "load_snapshot",
           "save_snapshot", "snapshot_ids"]


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, unreadable, or from a newer version)."""


def open_store(path: Path | None = None) -> sqlite_utils.Database:
    """Open (creating or migrating as needed) the database at ``path`` (default: the data dir)."""
    path = Path(path) if path is not None else database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"The database {path} is damaged (integrity check failed); it was left untouched.")
        refuse_newer_schema(conn)  # before anything (even WAL mode) touches the file
        db.enable_wal()
        migrate(db, path)
    except SchemaTooNewError as exc:
        raise StoreError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The database {path} cannot be opened: {exc}. It was left untouched.") from exc
    return db
