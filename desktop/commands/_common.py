"""Shared plumbing of the terminal commands: the --demo/--json flags and getting a snapshot."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from typing import Any

from desktop.commands import CommandError


def add_common_flags(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    # SUPPRESS keeps ``undertow --demo check`` working: the sub-parser must not reset the flag.
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="use the bundled demo data")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable JSON output")


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def live_sources(db) -> list:
    """The user's configured exchange accounts, wallets and manual holdings as sync sources."""
    sources: list = []
    try:
        from core.exchanges.ccxt_source import sources_from_store
    except ImportError:
        pass
    else:
        sources.extend(sources_from_store(db))
    try:
        from core.custody.sources import sources_from_store as wallet_sources
    except ImportError:
        pass
    else:
        sources.extend(wallet_sources(db))
    return sources


def sync_snapshot(args: argparse.Namespace):
    """Run one sync (demo or live), store it, and return the snapshot."""
    from core.runtime import get_runtime
    from core.store import StoreError, open_store
    from core.sync import sync_once

    try:
        db = open_store()
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    demo = bool(getattr(args, "demo", False))
    if demo:
        from core.demo import demo_sources

        sources = demo_sources()
    else:
        sources = live_sources(db)
        if not sources:
            raise CommandError("no accounts or wallets are configured yet: add one with "
                               "'undertow accounts add' or 'undertow wallet add', or try --demo")
    try:
        _, snap = get_runtime().run(sync_once(sources, db, now_utc(), demo=demo))
    finally:
        db.close()
        close_exchange_clients()
    return snap


def close_exchange_clients() -> None:
    """Close the per-account ccxt clients on the runtime loop (only if any were made)."""
    import sys

    if "core.exchanges.ccxt_source" not in sys.modules:
        return
    from core.exchanges.ccxt_source import close_clients
    from core.runtime import get_runtime

    try:
        get_runtime().run(close_clients(), timeout=10)
    except Exception:  # noqa: BLE001 - closing is best effort; the sync result stands
        pass


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
