"""``undertow export``: a stored snapshot to CSV (positions, balances, holdings) or JSON (everything).

Numbers are written as exact decimal text (``core/export.py`` documents both formats). ``--list`` shows
the stored snapshots to pick from.
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands import CommandError
from desktop.commands._common import add_common_flags, open_session, table
from desktop.format import terminal_text


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export", help="write a stored snapshot to a CSV or JSON file",
        description="Export one stored snapshot (the latest by default) of your accounts, or of the demo with "
                    "--demo. CSV: one file, one row per position, balance and holding, with a 'section' "
                    "column. JSON: the full snapshot. Numbers are exact decimal text.")
    p.add_argument("--snapshot", default="latest", metavar="ID|latest",
                   help="the snapshot id to export (see --list), or 'latest' (default)")
    p.add_argument("--format", choices=("csv", "json"), help="file format")
    p.add_argument("-o", "--output", metavar="PATH", help="file to write ('-' for standard output)")
    p.add_argument("--list", action="store_true", help="list the stored snapshots instead of exporting")
    add_common_flags(p, json_flag=False)
    p.set_defaults(func=run)


def _pick(session, wanted: str):
    """(snapshot id, snapshot): the newest of the session's mode, or the one with the given id (any mode)."""
    from sqlite_utils.db import NotFoundError

    demo = session.demo
    if wanted.strip().lower() == "latest":
        heads = session.stored_snapshots()
        if not heads:
            mode = "demo " if demo else ""
            hint = "run 'undertow --demo check' first" if demo else "run 'undertow check' first, or use --demo"
            raise CommandError(f"no {mode}snapshot stored yet: {hint}")
        sid = heads[-1].id
        return sid, session.load_snapshot(sid)
    try:
        sid = int(wanted)
    except ValueError:
        raise CommandError(f"--snapshot must be a number or 'latest', not '{wanted}'") from None
    try:
        return sid, session.load_snapshot(sid)
    except NotFoundError:
        raise CommandError(f"there is no stored snapshot {sid}: see 'undertow export --list'") from None


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args)
    if not args.format:
        raise CommandError("choose a format: --format csv or --format json")
    if not args.output:
        raise CommandError("say where to write: -o PATH (or -o - for standard output)")
    from core.export import ExportError, export_snapshot, export_text

    with open_session(args) as session:
        sid, snap = _pick(session, args.snapshot)
    try:
        if args.output == "-":
            text = export_text(snap, args.format, sid)
            # exact to a pipe or a file; to a terminal, its labels and symbols cannot command it
            sys.stdout.write(terminal_text(text) if sys.stdout.isatty() else text)
            return 0
        path = export_snapshot(snap, args.output, args.format, sid)
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    sys.stderr.write(f"snapshot {sid} ({snap.taken_at:%Y-%m-%d %H:%M} UTC) written to {path}\n")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        heads = session.stored_snapshots()
    if not heads:
        sys.stdout.write("no snapshots stored yet\n")
        return 0
    sys.stdout.write(table([[str(h.id), f"{h.taken_at:%Y-%m-%d %H:%M} UTC", "demo" if h.demo else "live"]
                            for h in heads], ["id", "taken at", "mode"], right={0}) + "\n")
    return 0
