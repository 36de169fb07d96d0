"""The terminal under faults of the data folder (issue 15, acceptance 4) and ``undertow db check`` (issue 17).

``sync``, ``check`` and ``remind`` on a full disk, a read-only database file and a database whose write lock another
process holds: one clear line on stderr saying what was not saved and what to do, exit code 2 (README, "Exit codes":
the data folder cannot be opened or written), no traceback, and every snapshot stored before intact. How each fault
is made, also as root: ``tests/store_faults.py``. Real parts: the dispatcher in-process as the ``undertow`` script
runs it, the demo's recorded sources, a real SQLite file under UNDERTOW_HOME, a second process for the lock.
"""

from __future__ import annotations

import json
import re
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

import core.store.store as store_module
from desktop.__main__ import main
from tests import store_faults as faults

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = ("sync", "check", "remind")
FAULTS = ("full:page-limit", "full:tmpfs", "read-only", "locked")
EXPECTED = {"full": "is full: the new snapshot was not saved", "read-only": "is read-only",
            "locked": "is locked by another Undertow"}


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(undertow_home, capsys):
    """UNDERTOW_HOME holding two demo snapshots (stored through the CLI itself)."""
    for _ in range(2):
        assert cli(capsys, "--demo", "sync")[0] == 0
    return undertow_home


@contextmanager
def fault(kind: str, home: Path, monkeypatch, capsys):
    """``kind`` applied to the store under ``home`` for the block (the store closed before and after)."""
    path = home / "undertow.sqlite"
    with ExitStack() as stack:
        if kind == "full:page-limit":
            faults.limit_pages_of_new_connections(monkeypatch)
        elif kind == "full:tmpfs":
            disk = home / "disk"
            stack.enter_context(faults.tmpfs(disk, 1024))
            monkeypatch.setenv("UNDERTOW_HOME", str(disk))
            for _ in range(2):
                assert cli(capsys, "--demo", "sync")[0] == 0
            path = disk / "undertow.sqlite"
            faults.fill_disk(disk, leave_bytes=40 * 1024)  # room for SQLite's shared memory, not a snapshot
        elif kind == "read-only":
            stack.enter_context(faults.read_only_file(path, monkeypatch))
        elif kind == "locked":
            monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 1.0)
            stack.enter_context(faults.write_lock_held(path))
        yield path


@pytest.mark.parametrize("kind", FAULTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_sync_check_remind_under_a_store_fault(home, monkeypatch, capsys, command, kind):
    with fault(kind, home, monkeypatch, capsys) as path:
        before = faults.stored(path)
        assert len(before) == 2
        code, out, err = cli(capsys, "--demo", command)
        assert code == 2, (out, err)
        assert out == "" and "Traceback" not in err
        line = err.strip()
        assert "\n" not in line and line.startswith(f"undertow {command}: "), err
        assert EXPECTED[kind.split(":")[0]] in line, line
        assert "the new snapshot was not saved" in line and "earlier snapshots are intact" in line
        assert str(path.parent) in line
        assert faults.stored(path) == before  # nothing lost, nothing half-saved
        assert faults.integrity(path) == "ok"


def test_remind_without_sync_on_a_read_only_store_says_the_reminders_were_not_saved(home, monkeypatch, capsys):
    path = home / "undertow.sqlite"
    with faults.read_only_file(path, monkeypatch):
        code, out, err = cli(capsys, "--demo", "remind", "--no-sync")
    assert code == 2 and out == "" and "Traceback" not in err
    assert "is read-only" in err and "the reminders' state was not saved" in err


def test_the_lock_is_waited_for_five_seconds_without_spinning(home, capsys):
    path = home / "undertow.sqlite"
    with faults.write_lock_held(path):
        cpu, start = time.process_time(), time.monotonic()
        code, _out, err = cli(capsys, "--demo", "sync")
        waited, spent = time.monotonic() - start, time.process_time() - cpu
    assert code == 2 and "locked by another Undertow" in err and "(waited 5 s)" in err
    assert 4.9 <= waited < 9.0
    assert spent < 2.5  # the demo sync's own work; a busy wait would burn the whole 5 s


def test_other_commands_writing_the_store_say_so_too(home, monkeypatch, capsys):
    path = home / "undertow.sqlite"
    with faults.read_only_file(path, monkeypatch):
        code, _out, err = cli(capsys, "settings", "set", "refresh_interval_min", "5")
        assert code == 2 and "is read-only" in err and "the changed setting was not saved" in err
        assert "Traceback" not in err
        # reading works on a read-only store
        code, out, _err = cli(capsys, "--demo", "export", "--list")
        assert code == 0 and "demo" in out


# --- undertow db check ---------------------------------------------------------------------------------------------

def test_db_check_on_a_sound_store(home, capsys):
    code, out, err = cli(capsys, "db", "check")
    assert code == 0 and out.startswith("ok: the database is sound (integrity_check of ")
    assert "full integrity check" in err
    code, out, _ = cli(capsys, "db", "check", "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] is True and result["check"] == "integrity_check" and result["problems"] == []
    assert result["pages"] > 0 and result["size_bytes"] == (home / "undertow.sqlite").stat().st_size
    code, out, _ = cli(capsys, "db", "check", "--quick", "--json")
    assert code == 0 and json.loads(out)["check"] == "quick_check"


def test_db_check_reports_damage_and_leaves_the_file_alone(home, capsys):
    path = home / "undertow.sqlite"
    faults.smash_page(path, "reminder_state")
    data = path.read_bytes()
    code, out, err = cli(capsys, "db", "check")
    assert code == 2 and "Traceback" not in err
    assert out.startswith("DAMAGED: SQLite's integrity_check found ") and "left untouched" in out
    code, out, _ = cli(capsys, "db", "check", "--json")
    result = json.loads(out)
    assert code == 2 and result["ok"] is False and result["problems"] and result["exit_code"] == 2
    assert path.read_bytes() == data


def test_db_check_on_a_cut_short_file(home, capsys):
    path = home / "undertow.sqlite"
    path.write_bytes(path.read_bytes()[:20_000])
    code, out, err = cli(capsys, "db", "check")
    assert code == 2 and out == "" and "Traceback" not in err
    assert re.search(r"undertow db: The database .* cannot be opened: it is incomplete", err)


def test_db_check_reads_only_so_works_while_locked_and_read_only(home, monkeypatch, capsys):
    path = home / "undertow.sqlite"
    with faults.write_lock_held(path):
        start = time.monotonic()
        assert cli(capsys, "db", "check")[0] == 0
        assert time.monotonic() - start < 4  # it does not wait out the lock to record its date
    with faults.read_only_file(path, monkeypatch):
        code, out, err = cli(capsys, "db", "check")
        assert code == 0 and out.startswith("ok:") and "Traceback" not in err


def test_readme_documents_exit_code_2_and_the_data_folder_problems():
    text = README.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| 2 |"))
    assert "data folder cannot be opened or written" in row
    assert "### Data folder problems" in text and "undertow db check" in text
