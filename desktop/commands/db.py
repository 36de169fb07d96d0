"""``undertow db check``: the full integrity check of the data folder's database, on demand.

Opening the store checks only what costs milliseconds at any size (and runs SQLite's quick check after an unclean
shutdown); the full ``PRAGMA integrity_check`` reads every page and index, about 1.4 s per 1,000 snapshots, so it
runs here, or in the background in the desktop app once a week. It only reads: it works on a read-only store and
while another Undertow writes. Exit code 0: the database is sound; 2: it is damaged or cannot be opened.
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands import CommandError
from desktop.commands._common import EXIT_CLEAR, EXIT_USAGE, now_utc, print_json


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "db", help="the database in the data folder: 'db check' runs its full integrity check",
        description="Maintenance of the database in the data folder (UNDERTOW_HOME or the platform's data folder).")
    sub = p.add_subparsers(dest="db_command", metavar="ACTION")
    sub.required = True
    check = sub.add_parser(
        "check", help="run the full integrity check (exit 0 sound, 2 damaged or cannot be opened)",
        description="Run SQLite's full integrity check on every page and index of the database (it only reads; "
                    "it may take a while on a large store: about 1.4 s per 1,000 snapshots). Exit code 0: the "
                    "database is sound; 2: it is damaged, or it cannot be opened (the message says why).")
    check.add_argument("--quick", action="store_true",
                       help="SQLite's quick check instead (pages and records, not the indexes)")
    check.add_argument("--json", action="store_true", help="machine-readable JSON output")
    check.set_defaults(func=run_check)


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MiB"


def run_check(args: argparse.Namespace) -> int:
    from core.store import Store, StoreError

    try:
        store = Store.open()
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        if not args.json:
            print(f"Checking {store.path} ({'quick check' if args.quick else 'full integrity check'})…",
                  file=sys.stderr, flush=True)
        try:
            result = store.check(now_utc(), full=not args.quick)
        except StoreError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        store.close()
    code = EXIT_CLEAR if result.ok else EXIT_USAGE
    check = "integrity_check" if result.full else "quick_check"
    if args.json:
        print_json({"path": str(store.path), "ok": result.ok, "check": check, "problems": list(result.problems),
                    "seconds": round(result.seconds, 3), "pages": result.pages, "size_bytes": result.size_bytes,
                    "exit_code": code})
        return code
    if result.ok:
        print(f"ok: the database is sound ({check} of {result.pages:,} pages, {_mib(result.size_bytes)}, "
              f"{result.seconds:.1f} s)")
        return code
    print(f"DAMAGED: SQLite's {check} found {len(result.problems)}"
          f"{'+' if len(result.problems) >= 20 else ''} problem(s) in {store.path}:")
    for problem in result.problems:
        print(f"  {problem}")
    print("The file was left untouched. Restore a backup (undertow.sqlite.v<N>.bak beside it, or your own), or "
          "move the file away to start afresh.")
    return code
