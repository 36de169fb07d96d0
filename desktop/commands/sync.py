"""``undertow sync``: fetch every configured account (or the demo), store the snapshot, report each source.

A failed source keeps its last good data, marked stale with its age and the reason; the exit code
is 0 when every source is fresh, 1 when some are stale or failed (handy in cron).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop.commands._common import add_common_flags, print_json, source_labels, sync_snapshot, table, venue_name
from desktop.commands._safe import terminal_safe


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sync", help="sync the configured accounts and wallets now and store the snapshot",
        description="Fetch positions, balances and market data from every configured account, store "
                    "one snapshot, and show which sources are fresh, stale (with age and reason) or failed.")
    add_common_flags(p)
    p.set_defaults(func=run)


def age_text(as_of: datetime | None, now: datetime) -> str:
    if as_of is None:
        return "-"
    seconds = max(0, int((now - as_of).total_seconds()))
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 90 * 60:
        return f"{seconds // 60} min"
    if seconds < 48 * 3600:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


@terminal_safe
def run(args: argparse.Namespace) -> int:
    snap = sync_snapshot(args)
    now = snap.taken_at
    labels = source_labels(snap)
    venues = {a.id: venue_name(a.venue) for a in snap.accounts}
    records = [{"source": s.source_id, "label": labels.get(s.source_id, s.source_id), "kind": s.kind,
                "venue_name": venues.get(s.source_id), "state": s.state.value,
                "as_of": s.as_of.isoformat() if s.as_of else None,
                "age_s": int((now - s.as_of).total_seconds()) if s.as_of else None, "error": s.error}
               for s in snap.sources]
    counts = {"positions": len(snap.positions), "balances": len(snap.balances), "markets": len(snap.markets),
              "holdings": len(snap.holdings)}
    if args.json:
        print_json({"taken_at": now.isoformat(), "demo": snap.demo, "sources": records, **counts})
    else:
        label = " (DEMO DATA)" if snap.demo else ""
        print(f"Synced{label} at {now:%Y-%m-%d %H:%M:%S} UTC: {counts['positions']} positions, "
              f"{counts['balances']} balances, {counts['markets']} markets, {counts['holdings']} holdings\n")
        rows = [[labels.get(s.source_id, s.source_id), venues.get(s.source_id, s.kind),
                 s.state.value.upper() if s.state.value != "fresh" else "fresh",
                 f"{s.as_of:%Y-%m-%d %H:%M} UTC" if s.as_of else "-", age_text(s.as_of, now), s.error or ""]
                for s in snap.sources]
        print(table(rows, ["source", "venue / kind", "state", "data as of", "age", "reason"]))
    return 0 if all(s.state.value == "fresh" for s in snap.sources) else 1
