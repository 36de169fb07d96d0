"""Faults of the data folder (issue 15): the ``StoreError`` family and the one message for each fault.

A full disk, a read-only file or folder, a lock held too long and a damaged file each become a ``StoreError``
subclass whose message says what happened, what was (not) saved and what to do (``store_fault``,
``fault_message``). The store that raises them lives in ``core.store.store``.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

#: How long a write waits for another process (another Undertow) to release the write lock before giving up with
#: ``StoreLocked``. SQLite's busy handler sleeps between tries (1, 2, 5 ... 100 ms): no busy loop.
#: ``core.store.store`` re-exports it; ``connect`` and ``Store.write`` read it there and say what they waited.
BUSY_TIMEOUT_S = 5.0
#: Below this much free space on the data folder's disk an I/O error is reported as a full disk.
LOW_SPACE_BYTES = 4 * 1024 * 1024

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, unreadable, or from a newer version), or a write to it failed.

    ``kind`` names the fault for programs: ``full``, ``read-only``, ``locked``, ``damaged``, ``io``, ``too-new``,
    ``closed`` or ``unusable``. The message says what happened, what was (not) saved and what to do.
    """

    kind = "unusable"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreFull(StoreError):
    """The disk holding the data folder is full (SQLITE_FULL, ENOSPC)."""

    kind = "full"


class StoreReadOnly(StoreError):
    """The database file or the data folder cannot be written (SQLITE_READONLY, EROFS, EACCES)."""

    kind = "read-only"


class StoreLocked(StoreError):
    """Another process held the write lock for longer than ``BUSY_TIMEOUT_S`` (SQLITE_BUSY)."""

    kind = "locked"


class StoreDamaged(StoreError):
    """The file is not a (whole) SQLite database, or a check found damage. It is left untouched."""

    kind = "damaged"


def _folder(path: Path) -> str:
    return str(path.parent)


def _free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return None


def _folder_writable(path: Path) -> bool:
    """Whether this process may create files beside ``path`` and write ``path`` (a read-only mount says no even
    to root; a plain ``chmod`` does not stop root, and SQLite then writes, which is right)."""
    if not os.access(path.parent, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


#: ``fault_message(..., what=SHOWING)``: the store opened, but nothing can be saved (said at start-up)
SHOWING = "showing"


def fault_message(kind: str, path: Path, what: str = "this change", detail: str = "", opening: bool = False,
                  waited_s: float | None = None) -> str:
    """The one message for a fault of the data folder (CLI and window alike): what happened, what was not saved,
    that what was stored is intact, and what to do."""
    folder = _folder(path)
    if opening:
        outcome, intact = "Undertow cannot open its database", ""
    elif what == SHOWING:
        outcome = "Undertow shows what is stored but cannot save anything (new snapshots, settings, reminder states)"
        intact = " What is stored is intact."
    else:
        outcome = f"{what} was not saved"
        intact = " Nothing already stored was lost: the earlier snapshots are intact."
    if kind == "full":
        return (f"The disk holding the data folder {folder} is full: {outcome}.{intact} Free some space on that "
                "disk, then try again.")
    if kind == "read-only":
        return (f"The data folder {folder} is read-only (undertow.sqlite or the folder cannot be written): "
                f"{outcome}.{intact} Make the folder and its files writable for your user, or set UNDERTOW_HOME "
                "to a writable folder.")
    if kind == "locked":
        waited = BUSY_TIMEOUT_S if waited_s is None else waited_s
        return (f"The data folder {folder} is locked by another Undertow that is writing to it (waited {waited:g} s): "
                f"{outcome}.{intact} Try again when the other one has finished, or close it.")
    if kind == "damaged":
        return (f"The database {path} cannot be opened: {detail or 'it is damaged'}. It was left untouched. Restore "
                f"a backup (undertow.sqlite.v<N>.bak beside it, or your own), or move the file away to start afresh.")
    return (f"The data folder {folder} cannot be read or written ({detail or 'input/output error'}): {outcome}."
            f"{intact} Check the disk (and that it is still mounted), then try again.")


_KIND_CLASS: dict[str, type[StoreError]] = {"full": StoreFull, "read-only": StoreReadOnly, "locked": StoreLocked,
                                            "damaged": StoreDamaged, "io": StoreError}


def store_fault(exc: BaseException, path: Path, what: str = "this change", opening: bool = False) -> StoreError | None:
    """``exc`` as the ``StoreError`` that explains it, or None when it is no fault of the data folder (a bug, a
    constraint, bad SQL: those keep their own exception and traceback)."""
    if isinstance(exc, StoreError):
        return exc
    kind: str | None = None
    detail = str(exc)
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = None if code is None else code & 0xFF
        if primary == _SQLITE_FULL:
            kind = "full"
        elif primary in (_SQLITE_READONLY, _SQLITE_PERM):
            kind = "read-only"
        elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            kind = "locked"
        elif primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            kind = "damaged"
        elif primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            # the OS error behind it is gone by now: judge by the folder (no room left, or not writable)
            free = _free_bytes(path)
            kind = ("full" if free is not None and free < LOW_SPACE_BYTES
                    else "read-only" if not _folder_writable(path) else "io")
        elif isinstance(exc, sqlite3.DatabaseError) and "malformed" in detail:
            kind = "damaged"
    elif isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            kind = "full"
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            kind = "read-only"
        else:
            kind, detail = "io", exc.strerror or str(exc)
    if kind is None:
        return None
    cls = _KIND_CLASS[kind]
    return cls(fault_message(kind, path, what, detail, opening), path)
