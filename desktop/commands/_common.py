"""Shared plumbing of the terminal commands: the --demo/--json flags and getting a snapshot."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.commands import CommandError

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.model import PortfolioSnapshot
    from core.session import Session


def add_common_flags(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    # SUPPRESS keeps ``undertow --demo check`` working: the sub-parser must not reset the flag.
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="use the bundled demo data")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable JSON output")


def now_utc() -> datetime:
    return datetime.now(UTC)


@contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Session]:
    """The application session for one command (demo or live); closed (clients, database) afterwards."""
    from core.session import Session
    from core.store import StoreError

    try:
        session = Session.open(demo=bool(getattr(args, "demo", False)))
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield session
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


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: list[list[str]], headers: list[str], right: set[int] | None = None) -> str:
    """A plain monospace table (numbers right-aligned by column index)."""
    right = right or set()
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)] if rows else [len(h) for h in headers]
    def fmt(row):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(row, widths))).rstrip()
    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)
