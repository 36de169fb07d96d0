"""``undertow check``: the daily position check in the terminal (cron-friendly, ``--json`` for scripts)."""

from __future__ import annotations

import argparse
import sys

from desktop import format as fmt
from desktop.commands._common import add_common_flags, print_json, sync_snapshot, table


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check", help="sync and print every position with its distance to liquidation",
        description="Sync the configured accounts (or the demo with --demo), store the snapshot and "
                    "print each position with its liquidation price by the venue's rules.")
    add_common_flags(p)
    p.set_defaults(func=run)


def position_record(r) -> dict:
    p = r.position
    return {
        "account_id": p.account_id, "venue": p.venue, "symbol": p.symbol, "side": p.side.value,
        "contracts": p.contracts, "contract_size": p.contract_size, "margin_mode": p.margin_mode.value,
        "entry_price": p.entry_price, "mark_price": p.mark_price, "notional_usd": p.notional_usd,
        "liquidation_price": r.liquidation_price,
        "liquidation_price_reported": r.liquidation_price_reported,
        "reported_disagrees": r.reported_disagrees,
        "distance_pct": r.distance_pct, "distance_vols": r.distance_vols,
        "margin_ratio": r.margin_ratio, "survives_10pct_gap": r.survives_10pct_gap,
        "min_adverse_move_pct": r.min_adverse_move_pct, "method": r.method,
    }


def source_record(s) -> dict:
    return {"source": s.source_id, "kind": s.kind, "state": s.state.value,
            "as_of": s.as_of.isoformat() if s.as_of else None, "error": s.error}


def run(args: argparse.Namespace) -> int:
    from core.risk import assess_positions

    snap = sync_snapshot(args)
    risks = assess_positions(snap)
    if args.json:
        print_json({"taken_at": snap.taken_at.isoformat(), "demo": snap.demo,
                    "sources": [source_record(s) for s in snap.sources],
                    "positions": [position_record(r) for r in risks]})
        return 0
    out = sys.stdout
    label = " (DEMO DATA)" if snap.demo else ""
    out.write(f"Undertow check{label} — snapshot {snap.taken_at:%Y-%m-%d %H:%M} UTC\n\n")
    rows = []
    for r in risks:
        p = r.position
        flag = "" if r.survives_10pct_gap in (True, None) else "  ! fails 10% gap"
        rows.append([p.venue, p.symbol, p.side.value, fmt.contracts(p.contracts), fmt.price(p.entry_price),
                     fmt.price(p.mark_price), fmt.price(r.liquidation_price),
                     fmt.price(r.liquidation_price_reported) + (" *" if r.reported_disagrees else ""),
                     fmt.pct(r.distance_pct) + flag])
    out.write(table(rows, ["venue", "symbol", "side", "contracts", "entry", "mark", "liq (rules)",
                           "liq (reported)", "distance"], right={3, 4, 5, 6, 7}) + "\n")
    if any(r.reported_disagrees for r in risks):
        out.write("\n* the exchange-reported liquidation price differs from the venue formula by more than 0.5 %\n")
    for s in snap.sources:
        if s.state.value != "fresh":
            when = f" since {s.as_of:%Y-%m-%d %H:%M} UTC" if s.as_of else ""
            out.write(f"\n{s.source_id}: {s.state.value}{when} — {s.error}")
    out.write("\n")
    return 0
