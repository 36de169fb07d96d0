"""Shared plumbing of the terminal commands: the --demo/--json flags, getting a snapshot, and the exit status.

Exit codes of ``check`` and ``remind`` (README, "Exit codes"): 0 all clear, 1 something is due, 2 a usage error
(``CommandError``, argparse) or the data folder cannot be opened or written, 3 blind or partly blind (some exchange
account has no fresh data). When both 1 and 3 apply, 3 wins: what is due was judged on data that is not fresh.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.commands import CommandError
from desktop.format import terminal_text

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.freshness import Freshness, SourceFreshness
    from core.model import PortfolioSnapshot
    from core.session import Session

EXIT_CLEAR = 0  # nothing due, every exchange account fresh
EXIT_DUE = 1  # something is due (see check/remind)
EXIT_USAGE = 2  # bad arguments, nothing configured, no stored snapshot, the data folder cannot be opened or written
#                (full disk, read-only, locked by another Undertow, damaged): CommandError; argparse exits 2 too
EXIT_BLIND = 3  # blind or partly blind: some exchange account has no fresh data


def add_common_flags(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    # SUPPRESS keeps ``undertow --demo check`` working: the sub-parser must not reset the flag.
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="use the bundled demo data")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable JSON output")


# --- bounded command-line values ------------------------------------------------------------------------

MAX_NUMBER_CHARS = 40  # "-12345.678e-3" fits; a number argument longer than this is not a number


def shown(text: str, limit: int = 40) -> str:
    """``text`` quoted for an error message when short, else a stand-in: a long argument is never echoed."""
    return repr(text) if len(text) <= limit and text.isprintable() else f"the value ({len(text):,} characters)"


def finite_number(text: str, name: str) -> float:
    """``text`` as a finite float, or ``CommandError`` (never a traceback, never NaN or infinity)."""
    if len(text) > MAX_NUMBER_CHARS:
        raise CommandError(f"{name} must be a number (at most {MAX_NUMBER_CHARS} characters)")
    try:
        value = float(text)
    except ValueError:
        raise CommandError(f"{name} must be a number, got {shown(text)}") from None
    if not math.isfinite(value):
        raise CommandError(f"{name} must be a finite number")
    return value


def bounded_float(name: str, lo: float, hi: float, *, lo_open: bool = False) -> Callable[[str], float]:
    """An argparse ``type``: a finite float in [lo, hi] (``lo_open``: (lo, hi]); a clear error, exit 2."""
    def parse(text: str) -> float:
        try:
            value = finite_number(text, name)
        except CommandError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if value < lo or value > hi or (lo_open and value == lo):
            raise argparse.ArgumentTypeError(f"{name} must be {'above' if lo_open else 'at least'} {lo:g} "
                                             f"and at most {hi:g}")
        return value
    parse.__name__ = name
    return parse


def whole_number(text: str | int, name: str, lo: int, hi: int) -> int:
    """``text`` as an integer in [lo, hi], or ``CommandError`` (no 4300-digit conversions, no traceback)."""
    text = str(text).strip()
    if not re.fullmatch(r"[+-]?\d{1,18}", text):
        raise CommandError(f"{name} must be a whole number between {lo} and {hi}")
    value = int(text)
    if not lo <= value <= hi:
        raise CommandError(f"{name} must be between {lo} and {hi}")
    return value


def bounded_int(name: str, lo: int, hi: int) -> Callable[[str], int]:
    """An argparse ``type``: an integer in [lo, hi]; a clear error, exit 2."""
    def parse(text: str) -> int:
        try:
            return whole_number(text, name, lo, hi)
        except CommandError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    parse.__name__ = name
    return parse


# --- private material on the command line ----------------------------------------------------------------

_OPTION = re.compile(r"--?[A-Za-z][A-Za-z0-9-]{0,30}")


#: A run of letters and digits this long may be key material (a WIF key has 51, a 64-hex-digit secret 64, an
#: extended key 111); shorter runs cannot be.
_KEYLIKE_RUN = re.compile(r"[0-9A-Za-z]{50,}")
#: A seed phrase has at least 12 words (the checker looks from 11, allowing a typo).
_MIN_PHRASE_WORDS = 11
_WORDLIKE = re.compile(r"[^\W\d_]+")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _may_hold_private(argv: Sequence[str]) -> bool:
    """False only when no argument can hold private key material: nothing long, no key-length run of letters and
    digits, too few words for a seed phrase. Most command lines (``check --json``) end here, without loading the
    checker (``core.custody.keys`` and embit); anything else goes to it."""
    joined = " ".join(argv)
    if any(len(arg) > 1000 for arg in argv) or _KEYLIKE_RUN.search(joined):
        return True
    # a Han character is a word of its own and may split the letters around it: count it twice (never too few)
    return len(_WORDLIKE.findall(joined)) + 2 * len(_HAN.findall(joined)) >= _MIN_PHRASE_WORDS


def argv_problem(argv: Sequence[str]) -> str | None:
    """Why this command line must be refused before argparse sees it (argparse echoes bad values and
    unrecognised arguments), or None. Checks each argument, and all of them together: an unquoted seed
    phrase spreads over twelve arguments. The message names the argument, never its text."""
    if not argv or not _may_hold_private(argv):
        return None
    from core.custody.keys import MAX_IMPORT_CHARS, looks_private, private_field_message

    def where(i: int) -> str:
        before = argv[i - 1] if i else ""
        return f"the value of {before}" if _OPTION.fullmatch(before) else f"argument {i + 1}"

    for i, arg in enumerate(argv):
        if len(arg) > MAX_IMPORT_CHARS:
            return (f"{where(i)} is too long ({len(arg):,} characters; at most {MAX_IMPORT_CHARS:,}); pass a "
                    "long export as a file or on standard input ('-')")
    for i, arg in enumerate(argv):
        # an exchange API key may be 64 hex digits: not a raw private key there
        api_key = i > 0 and argv[i - 1] == "--api-key" or arg.startswith("--api-key=")
        if looks_private(arg, hex_secret="off" if api_key else "whole"):
            return private_field_message(where(i))
    if looks_private(" ".join(argv), hex_secret="off"):
        return private_field_message("the command line")
    return None


def now_utc() -> datetime:
    return datetime.now(UTC)


def store_failure(exc: BaseException, path: Any = None) -> CommandError | None:
    """A fault of the data folder (``core.store.StoreError``, or an SQLite error that is one: full disk, read-only,
    locked by another Undertow, damaged) as the one-line ``CommandError`` (exit 2) that explains it; None for
    anything else, which keeps its own exception."""
    import sqlite3

    from core.store import StoreError, database_path, store_fault

    if not isinstance(exc, (StoreError, sqlite3.Error)):
        return None
    fault = store_fault(exc, path or database_path())
    return None if fault is None else CommandError(str(fault))


@contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Session]:
    """The application session for one command (demo or live); closed (clients, database) afterwards.

    A fault of the data folder, at open or in the command (a full disk, a read-only file or folder, the write lock
    held by another Undertow beyond the busy timeout, a damaged file), ends the command with its message and exit
    code 2 (README, "Exit codes"), never a traceback; so does a write the session tolerated (the reminders judged
    but not recorded): what the command did could not be saved."""
    from core.session import Session
    from core.store import StoreError

    try:
        session = Session.open(demo=bool(getattr(args, "demo", False)))
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    at_open = session.store_problem
    try:
        yield session
        if session.store_problem is not None and session.store_problem is not at_open:
            raise CommandError(str(session.store_problem))
    except Exception as exc:
        failure = store_failure(exc, session.store.path)
        if failure is None:
            raise
        raise failure from exc
    finally:
        session.close()


def refreshed_analysis(session: Session) -> Analysis:
    """Sync every source, store the snapshot and analyse it (what ``check`` and ``sync`` print)."""
    from core.session import NothingConfigured

    try:
        return session.run(session.refresh(now_utc()))
    except NothingConfigured as exc:
        raise CommandError(str(exc)) from exc


def latest_analysis(session: Session) -> Analysis:
    """The analysis of the last stored snapshot (no sync)."""
    analysis = session.run(session.load_latest(now_utc()))
    if analysis is None:
        raise CommandError("no stored snapshot yet: run without --no-sync first")
    return analysis


def sync_snapshot(args: argparse.Namespace) -> PortfolioSnapshot:
    """Run one sync (demo or live), store it, and return the snapshot."""
    from core.session import NothingConfigured

    with open_session(args) as session:
        try:
            return session.run(session.sync(now_utc()))[1]
        except NothingConfigured as exc:
            raise CommandError(str(exc)) from exc


# --- names, not ids ---------------------------------------------------------------------------------------------------

def source_labels(snapshot: PortfolioSnapshot) -> dict[str, str]:
    """Source id -> the name the user gave it: an exchange account's or a wallet's label ("manual holdings" for the
    manual holdings); the id only when the snapshot names it nowhere."""
    labels = {"manual": "manual holdings"}
    labels.update({w.id: w.label or w.id for w in snapshot.wallets})
    labels.update({a.id: a.label or a.id for a in snapshot.accounts})
    return labels


def venue_name(venue_id: str) -> str:
    """What the trader calls the venue (its spec's name: "Binance USD-M"), never the ccxt id."""
    from core.venues import venue_spec

    return venue_spec(venue_id).name


def _terminal_strings(value: Any) -> Any:
    """``value`` with every string in it passed through ``terminal_text`` (dict keys too)."""
    if isinstance(value, str):
        return terminal_text(value)
    if isinstance(value, dict):
        return {_terminal_strings(k): _terminal_strings(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_terminal_strings(v) for v in value]
    return value


def print_json(payload: Any) -> None:
    """``payload`` as JSON; its texts without escape sequences or control characters (JSON would keep them as
    ``\\u001b``, and ``jq -r`` would hand them to the terminal as they are)."""
    json.dump(_terminal_strings(payload), sys.stdout, indent=2, default=lambda v: terminal_text(str(v)))
    sys.stdout.write("\n")


def table(rows: list[list[str]], headers: list[str], right: set[int] | None = None) -> str:
    """A plain monospace table (numbers right-aligned by column index). Each cell is outside text made safe for
    a terminal on one line (``terminal_text``): no escape sequence, no line break to forge a row of its own."""
    right = right or set()
    rows = [[terminal_text(c, single_line=True) for c in row] for row in rows]
    headers = [terminal_text(h, single_line=True) for h in headers]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)] if rows else [len(h) for h in headers]
    def fmt(row):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(row, widths))).rstrip()
    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


# --- honest state: freshness and the exit status -------------------------------------------------------------

def freshness_of(session: Session, analysis: Analysis, now: datetime | None = None) -> Freshness:
    """Each source of the analysis' snapshot at ``now``: its age, reason and fix (call while the session is open:
    it reads the configured accounts, so one added after the snapshot counts as not synced)."""
    from core.freshness import assess, default_stale_after

    configured = {} if session.demo else {a.id: a.label for a in session.accounts()}
    return assess(analysis.snapshot, now or now_utc(), default_stale_after(session.settings.refresh_interval_min),
                  configured)


def source_freshness_record(s: SourceFreshness) -> dict[str, Any]:
    return {"source": s.source_id, "label": s.label, "kind": s.kind, "state": s.state,
            "as_of": s.as_of.isoformat() if s.as_of else None,
            "age_s": None if s.age_s is None else round(s.age_s, 1), "reason": s.reason, "problem": s.problem,
            "fix": s.fix, "action_needed": s.action_needed}


def key_due_items(freshness: Freshness) -> list[dict[str, Any]]:
    """A source only the user can repair (locked keyring, missing or rejected key) as a due item, like a reminder:
    key ``KEY:<source id>``, severity red."""
    return [{"key": f"KEY:{s.source_id}", "rule": "KEY", "kind": "API key problem", "severity": "red",
             "message": f"{s.label}: {s.reason}" if s.reason else s.label, "action": s.problem, "fix": s.fix,
             "fired_at": None} for s in freshness.action_needed]


def exit_status(freshness: Freshness, due: list[str]) -> dict[str, Any]:
    """The exit code and why (``--json``'s ``status``). ``due``: one line per thing that is due, besides the key
    problems (``key_due_items``), which count as due and are named by the freshness lines already."""
    reasons: list[str] = []
    lost = freshness.blind or freshness.partly_blind
    if lost or freshness.action_needed:
        head = freshness.headline()
        reasons.extend([head] if head else [])
        reasons.extend(freshness.reasons())
    reasons.extend(due)
    n_due = len(due) + len(freshness.action_needed)
    code = EXIT_BLIND if lost else EXIT_DUE if n_due else EXIT_CLEAR
    oldest = freshness.oldest
    return {"exit_code": code, "reasons": reasons, "blind": freshness.blind, "partly_blind": freshness.partly_blind,
            "level": freshness.level, "due": n_due,
            "oldest_data_age_s": None if oldest is None or oldest.age_s is None else round(oldest.age_s, 1),
            "stale_sources": [source_freshness_record(s) for s in freshness.not_fresh]}


def freshness_lines(freshness: Freshness) -> list[str]:
    """What a terminal shows first when data is not fresh: the blind headline, then each source's reason and fix."""
    if not freshness.not_fresh:
        return []
    head = freshness.headline() or "STALE DATA: these sources show their last good data:"
    # each reason names a source and quotes its server: one line each, as it is
    return [terminal_text(head, single_line=True),
            *(f"  {terminal_text(line, single_line=True)}" for line in freshness.reasons())]
