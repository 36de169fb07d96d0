"""Real faults of the data folder for the tests (issue 15): a full disk, a read-only database file or folder, another
process holding SQLite's write lock, a process that dies with the store open, a damaged file.

How each fault is made, best first (the tests name the mechanism in their ids or messages):

- **Full disk.** ``tmpfs``: a tiny tmpfs mounted on the test's folder and filled up, so SQLite's write gets ENOSPC
  from the kernel (needs root with mount rights; skipped otherwise). ``page-limit``: ``PRAGMA max_page_count`` set
  to the database's current size on the connection, so SQLite's pager refuses to grow the file: the same
  ``SQLITE_FULL`` result code ("database or disk is full"), reached without any disk. Both run where they can.
- **Read-only database file.** As a normal user ``chmod 0444`` (SQLite then opens the file read-only and every write
  fails with ``SQLITE_READONLY``). Tests may run as root, whom ``chmod`` does not stop: then a read-only bind mount
  of the file itself (``mount --bind`` + ``remount,ro``: EROFS even for root); where mounting is not allowed either,
  the store's connections are opened with SQLite's ``mode=ro`` URI, which gives the same ``SQLITE_READONLY`` path.
- **Read-only folder.** ``chmod 0555`` on the folder as a normal user, a read-only bind mount of the folder as root;
  skipped where neither works.
- **Write lock held.** A separate Python process opens the database, runs ``BEGIN IMMEDIATE`` (SQLite's write lock,
  as another Undertow saving would hold it), writes a row, and holds it until told (or for a set time).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

TMPFS = "tmpfs"
PAGE_LIMIT = "page-limit"
FULL_DISK_MECHANISMS = (PAGE_LIMIT, TMPFS)


def _run(*argv: str) -> bool:
    return subprocess.run(argv, capture_output=True, timeout=20).returncode == 0


@functools.cache
def can_mount() -> bool:
    """Root with the right to mount (a container may refuse): tried once on a throw-away folder."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not Path("/bin/mount").exists():
        return False
    import tempfile

    probe = Path(tempfile.mkdtemp(prefix="undertow-mount-probe-"))
    try:
        if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)):
            return False
        _run("umount", str(probe))
        return True
    finally:
        probe.rmdir()


def _umount(path: Path) -> None:
    if not _run("umount", str(path)):
        _run("umount", "-l", str(path))


# --- a full disk ------------------------------------------------------------------------------------------------

@contextmanager
def tmpfs(folder: Path, size_kib: int = 2048) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` mounted on ``folder`` (created empty) for the block."""
    if not can_mount():
        pytest.skip("a tmpfs needs root with mount rights (the page-limit variant covers SQLITE_FULL here)")
    folder.mkdir(parents=True, exist_ok=True)
    assert _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _umount(folder)


def fill_disk(folder: Path, leave_bytes: int = 0) -> Path:
    """Write a filler file in ``folder`` until the disk is full (but for about ``leave_bytes``); returns it."""
    import shutil

    filler = folder / "filler"
    with open(filler, "wb") as f:
        chunk = b"\0" * 4096
        try:
            while shutil.disk_usage(folder).free > leave_bytes + 4096:
                f.write(chunk)
                f.flush()
        except OSError:
            pass
    return filler


def limit_pages(conn: sqlite3.Connection) -> int:
    """SQLite's pager may not grow the database past its current size (``SQLITE_FULL`` when a write needs more)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return int(conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0])


def limit_pages_of_new_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the store opens from now on has ``limit_pages`` (for code that opens its own session)."""
    import core.store.store as store_module

    original = store_module.connect

    def connect(path: Path, read_only: bool = False, immutable: bool = False, timeout_s: float | None = None):
        conn = original(path, read_only, immutable, timeout_s)
        if not (read_only or immutable):
            limit_pages(conn)
        return conn

    monkeypatch.setattr(store_module, "connect", connect)


# --- read-only ------------------------------------------------------------------------------------------------

@contextmanager
def read_only_file(path: Path, monkeypatch: pytest.MonkeyPatch, uri: bool = False) -> Iterator[str]:
    """``path`` (a closed database) read-only for the block; yields how (``chmod``, ``bind mount`` or ``mode=ro``;
    ``uri``: ``mode=ro`` whoever runs the tests)."""
    if not uri and os.geteuid() != 0:
        os.chmod(path, 0o444)
        try:
            yield "chmod"
        finally:
            os.chmod(path, 0o644)
        return
    if not uri and can_mount() and _run("mount", "--bind", str(path), str(path)):
        if _run("mount", "-o", "remount,ro,bind", str(path)):
            try:
                yield "bind mount"
            finally:
                _umount(path)
            return
        _umount(path)
    import core.store.store as store_module

    original = store_module.connect

    def connect(p: Path, read_only: bool = False, immutable: bool = False, timeout_s: float | None = None):
        return original(p, True, immutable, timeout_s)

    monkeypatch.setattr(store_module, "connect", connect)
    yield "mode=ro"


@contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """``folder`` read-only for the block (nothing can be created in it); skips where that cannot be made."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            yield "chmod"
        finally:
            os.chmod(folder, 0o755)
        return
    if not can_mount() or not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("a read-only folder as root needs a read-only bind mount")
    if not _run("mount", "-o", "remount,ro,bind", str(folder)):
        _umount(folder)
        pytest.skip("a read-only bind mount is not allowed here")
    try:
        yield "bind mount"
    finally:
        _umount(folder)


# --- another process holding the write lock -------------------------------------------------------------------

_HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('held-by-the-other-process', '1')")
    print("locked", flush=True)
    hold = float(sys.argv[2])
    if hold > 0:
        time.sleep(hold)
        conn.execute("COMMIT")
        print("released", flush=True)
    else:
        sys.stdin.read()  # until the test closes our standard input
        conn.execute("ROLLBACK")
    conn.close()
""")


@contextmanager
def write_lock_held(path: Path, release_after_s: float = 0.0) -> Iterator[subprocess.Popen[str]]:
    """Another process holds SQLite's write lock on ``path`` (with an uncommitted row) for the block, or for
    ``release_after_s`` seconds and then commits."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), str(release_after_s)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()


# --- dying with the store open, damage ------------------------------------------------------------------------

def die_with_store_open(path: Path) -> None:
    """A process opens the store, writes a setting and is killed (SIGKILL) without closing it."""
    code = textwrap.dedent("""
        import os, signal, sys
        from core.store import Store
        store = Store.open(sys.argv[1])
        with store.write() as db:
            db["settings"].upsert({"key": "written-before-dying", "value": "1"}, pk="key")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == -9, result.stderr


def root_page(path: Path, table: str) -> tuple[int, int]:
    """(root page number, page size) of ``table``."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        return int(root), int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def smash_page(path: Path, table: str) -> None:
    """Overwrite ``table``'s root page with garbage (the store must be closed: no write-ahead log pending)."""
    page, size = root_page(path, table)
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xa5" * size)


# --- "nothing lost" -------------------------------------------------------------------------------------------

def read_only_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` (``immutable`` where even SQLite's shared-memory file cannot be made, a
    full disk: only when no write-ahead log is pending, so what it reads is what is committed)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0, "a write-ahead log is pending: cannot read immutable"
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def stored(path: Path) -> dict[int, Any]:
    """Every stored snapshot by id, read through the store's own loader on a read-only connection."""
    import sqlite_utils

    from core.store import load_snapshot, snapshot_ids

    conn = read_only_connection(path)
    try:
        db = sqlite_utils.Database(conn)
        return {sid: load_snapshot(db, sid) for sid in snapshot_ids(db)}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = read_only_connection(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
