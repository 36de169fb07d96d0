"""Checks of the database file (issue 17): the cheap ones run at every open, SQLite's own on demand.

``cheap_check`` costs milliseconds at any size (the header, the schema, the file being as long as its header says,
the newest snapshot readable); ``run_check`` runs ``PRAGMA integrity_check`` or ``quick_check``. When each runs is
the store's business (``core.store.store``).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.store.faults import _SQLITE_CORRUPT, _SQLITE_NOTADB, StoreDamaged, fault_message

_WAL_HEADER = 32


def cheap_check(conn: sqlite3.Connection, path: Path) -> None:
    """What can be checked in milliseconds at any size; raises ``sqlite3.DatabaseError`` (the file is no database)
    or ``StoreDamaged`` (it is cut short). Reads the header, the schema and the newest snapshot's head."""
    try:
        conn.execute("BEGIN")  # one read snapshot for the figures below
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the header and the schema parse
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            short = _cut_short(path, page_size, pages)
            if short:
                raise StoreDamaged(fault_message("damaged", path, detail=short), path)
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'snapshots'").fetchone():
                conn.execute("SELECT id, taken_at FROM snapshots ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        short = _cut_short(path)  # SQLite read past the end: say that, rather than "malformed"
        if short:
            raise StoreDamaged(fault_message("damaged", path, detail=short), path) from exc
        raise


def _cut_short(path: Path, page_size: int | None = None, pages: int | None = None) -> str:
    """Why the file is shorter than its header says ("" when it is not, or when a write-ahead log may hold the
    rest). ``page_size``/``pages`` as SQLite reports them; else read from the header itself."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > _WAL_HEADER:
            return ""  # pages may live in the log
        size = path.stat().st_size
        if page_size is None or pages is None:
            with open(path, "rb") as f:
                header = f.read(100)
            if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
                return ""
            raw = int.from_bytes(header[16:18], "big")
            page_size = 65536 if raw == 1 else raw
            if header[24:28] != header[92:96]:  # the in-header size is not valid: SQLite uses the file's
                return ""
            pages = int.from_bytes(header[28:32], "big")
    except OSError:
        return ""
    if size and page_size and (size % page_size or size < pages * page_size):
        # no write-ahead log holds the missing pages: the file was cut short (a copy or a write that never ended)
        return f"it is incomplete ({size:,} bytes of the {pages * page_size:,} its header announces)"
    return ""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of ``PRAGMA integrity_check`` (``full``) or ``quick_check``: ``ok`` or up to 20 problems."""

    ok: bool
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    full: bool = True
    pages: int = 0
    size_bytes: int = 0
    details: dict[str, Any] = field(default_factory=dict)


def run_check(conn: sqlite3.Connection, full: bool = True, max_problems: int = 20) -> CheckResult:
    """``PRAGMA integrity_check`` (``full``) or ``quick_check`` on ``conn``; damage is a result, not an error
    (a file SQLite cannot read at all still raises ``sqlite3.DatabaseError``)."""
    start = time.perf_counter()
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({int(max_problems)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            raise
        return CheckResult(False, (str(exc),), time.perf_counter() - start, full)  # too damaged to check on
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    ok = rows == ["ok"]
    return CheckResult(ok, () if ok else tuple(rows), time.perf_counter() - start, full, pages, pages * page_size)


