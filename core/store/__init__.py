"""Local storage: one SQLite file (WAL), versioned migrations, snapshots written atomically.

The application opens it as one ``Store`` (one writer behind a lock, a reader per thread).

No secrets are ever written here: exchange accounts carry only a keyring reference.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from core.store.checks import CheckResult
from core.store.faults import (
    BUSY_TIMEOUT_S,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    store_fault,
)
from core.store.migrations import LATEST_VERSION, SchemaTooNewError, schema_version
from core.store.paths import data_dir, database_path, log_dir
from core.store.snapshots import latest_snapshot, load_snapshot, save_snapshot, snapshot_ids
from core.store.store import FULL_CHECK_EVERY, Store, connect

__all__ = ["Store", "open_store", "StoreError", "StoreFull", "StoreReadOnly", "StoreLocked", "StoreDamaged",
           "store_fault", "CheckResult", "BUSY_TIMEOUT_S", "FULL_CHECK_EVERY", "LATEST_VERSION", "SchemaTooNewError",
           "schema_version",
           "data_dir", "database_path", "log_dir", "latest_snapshot", "load_snapshot",
           "save_snapshot", "snapshot_ids"]


def open_store(path: Path | None = None) -> sqlite_utils.Database:
    """One raw connection to the database (opened, checked and migrated like ``Store.open``), for tests and
    maintenance tools. The application itself always goes through ``Store``."""
    store = Store.open(path)
    store.close()
    return sqlite_utils.Database(connect(store.path))
