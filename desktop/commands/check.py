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


def summary_record(s) -> dict:
    sc = s.scenario
    return {
        "net_worth_usd": s.net_worth_usd, "net_worth_change_usd": s.net_worth_change_usd,
        "previous_taken_at": s.previous_taken_at.isoformat() if s.previous_taken_at else None,
        "on_exchanges_usd": s.on_exchanges_usd, "self_custody_usd": s.self_custody_usd,
        "self_custody_share_of_long_term": s.self_custody_share_of_long_term,
        "nearest_liquidation": None if s.nearest is None else {
            "venue": s.nearest.position.venue, "symbol": s.nearest.position.symbol,
            "side": s.nearest.position.side.value, "distance_pct": s.nearest.distance_pct,
            "distance_vols": s.nearest.distance_vols},
        "failing_10pct_gap": [f"{r.position.venue} {r.position.symbol} {r.position.side.value}"
                              for r in s.failing_gap],
        "scenario": None if sc is None else {
            "id": sc.scenario_id, "name": sc.name, "driver_shock": sc.driver_shock,
            "driver_final_move": sc.driver_final_move, "error": sc.error,
            "equity_without_cascade_usd": sc.equity_without_cascade_usd,
            "equity_with_cascade_usd": sc.equity_with_cascade_usd,
            "liquidated_without_cascade": list(sc.liquidated_without_cascade),
            "liquidated_with_cascade": list(sc.liquidated_with_cascade)},
    }


def _summary_lines(s) -> list[str]:
    lines = []
    change = "" if s.net_worth_change_usd is None else f" ({'+' if s.net_worth_change_usd >= 0 else '-'}" \
        f"{fmt.usd(abs(s.net_worth_change_usd))} since {s.previous_taken_at:%Y-%m-%d %H:%M} UTC)"
    lines.append(f"Net worth      {fmt.usd(s.net_worth_usd)}{change}")
    share = "" if s.self_custody_share_of_long_term is None else \
        f"; {s.self_custody_share_of_long_term * 100:.0f} % of long-term holdings in self-custody"
    lines.append(f"Custody        on exchanges {fmt.usd(s.on_exchanges_usd)}, self-custody "
                 f"{fmt.usd(s.self_custody_usd)}{share}")
    if s.nearest is not None:
        r = s.nearest
        sigma = f", {r.distance_vols:.1f} daily σ" if r.distance_vols is not None else ""
        lines.append(f"Nearest liq.   {r.position.symbol} {r.position.side.value} on {r.position.venue}: "
                     f"{r.distance_pct:.2f} % away{sigma}")
    if s.failing_gap:
        lines.append(f"10 % gap       {len(s.failing_gap)} position(s) would be liquidated: " +
                     ", ".join(f"{r.position.symbol} {r.position.side.value} ({r.position.venue})"
                               for r in s.failing_gap))
    sc = s.scenario
    if sc is not None and sc.error is None:
        final = "" if sc.driver_final_move is None else f" -> {sc.driver_final_move * 100:+.1f} % with the cascade"
        lines.append(f"What-if        {sc.name}: BTC {sc.driver_shock * 100:+.0f} %{final}; exchange equity "
                     f"{fmt.usd(sc.equity_with_cascade_usd)} (without cascade {fmt.usd(sc.equity_without_cascade_usd)}),"
                     f" {len(sc.liquidated_with_cascade)} position(s) liquidated")
    return lines


def _previous_snapshot(snap):
    from core.store import load_snapshot, open_store, snapshot_ids

    db = open_store()
    try:
        ids = snapshot_ids(db, demo=snap.demo)
        return load_snapshot(db, ids[-2]) if len(ids) >= 2 else None
    finally:
        db.close()


def run(args: argparse.Namespace) -> int:
    from core.daily import daily_summary

    snap = sync_snapshot(args)
    summary = daily_summary(snap, _previous_snapshot(snap))
    risks = summary.positions
    if args.json:
        print_json({"taken_at": snap.taken_at.isoformat(), "demo": snap.demo,
                    "summary": summary_record(summary),
                    "sources": [source_record(s) for s in snap.sources],
                    "positions": [position_record(r) for r in risks]})
        return 0
    out = sys.stdout
    label = " (DEMO DATA)" if snap.demo else ""
    out.write(f"Undertow check{label} — snapshot {snap.taken_at:%Y-%m-%d %H:%M} UTC\n\n")
    out.write("\n".join(_summary_lines(summary)) + "\n\n")
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
