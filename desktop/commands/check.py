"""``undertow check``: the daily position check in the terminal (cron-friendly, ``--json`` for scripts)."""

from __future__ import annotations

import argparse
import sys

from core.money import CURRENCIES
from desktop import format as fmt
from desktop.commands._common import add_common_flags, open_session, print_json, refreshed_analysis, table


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check", help="sync and print every position with its distance to liquidation",
        description="Sync the configured accounts (or the demo with --demo), store the snapshot and "
                    "print each position with its liquidation price by the venue's rules.")
    add_common_flags(p)
    p.add_argument("--gap-rule", type=_gap_rule, metavar="PCT",
                   help="survival rule: flag positions an instant adverse gap of PCT %% would liquidate "
                        "(default: the gap rule setting, 10)")
    p.add_argument("--currency", type=str.upper, choices=CURRENCIES,
                   help="show amounts in USD, EUR or BTC (default: the display currency setting)")
    p.set_defaults(func=run)


def _gap_rule(text: str) -> float:
    from core.risk import check_gap_rule_pct

    try:
        return check_gap_rule_pct(float(text.rstrip("% ")))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc) if "between" in str(exc) else f"not a percentage: {text!r}") from None


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
        "margin_ratio": r.margin_ratio, "survives_gap": r.survives_gap, "gap_rule_pct": r.gap_rule_pct,
        "min_adverse_move_pct": r.min_adverse_move_pct, "method": r.method,
    }


def source_record(s) -> dict:
    return {"source": s.source_id, "kind": s.kind, "state": s.state.value,
            "as_of": s.as_of.isoformat() if s.as_of else None, "error": s.error}


def currency_record(c, s) -> dict:
    """The display currency and the summary's amounts in it (the *_usd fields stay in USD)."""
    def conv(v):
        return None if v is None else c.from_usd(v)
    return {"chosen": c.chosen, "currency": c.code, "usd_per_unit": c.usd_per_unit, "unavailable": c.unavailable,
            "net_worth": conv(s.net_worth_usd), "net_worth_change": conv(s.net_worth_change_usd),
            "on_exchanges": conv(s.on_exchanges_usd), "self_custody": conv(s.self_custody_usd)}


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
        "gap_rule_pct": s.gap_rule_pct,
        "failing_gap": [f"{r.position.venue} {r.position.symbol} {r.position.side.value}" for r in s.failing_gap],
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
    if fmt.currency_note():
        lines.append(f"Currency       {fmt.currency_note()}")
    change = "" if s.net_worth_change_usd is None else f" ({'+' if s.net_worth_change_usd >= 0 else '-'}" \
        f"{fmt.money(abs(s.net_worth_change_usd))} since {s.previous_taken_at:%Y-%m-%d %H:%M} UTC)"
    lines.append(f"Net worth      {fmt.money(s.net_worth_usd)}{change}")
    share = "" if s.self_custody_share_of_long_term is None else \
        f"; {s.self_custody_share_of_long_term * 100:.0f} % of long-term holdings in self-custody"
    lines.append(f"Custody        on exchanges {fmt.money(s.on_exchanges_usd)}, self-custody "
                 f"{fmt.money(s.self_custody_usd)}{share}")
    if s.nearest is not None:
        r = s.nearest
        sigma = f", {r.distance_vols:.1f} daily σ" if r.distance_vols is not None else ""
        lines.append(f"Nearest liq.   {r.position.symbol} {r.position.side.value} on {r.position.venue}: "
                     f"{r.distance_pct:.2f} % away{sigma}")
    gap = f"{fmt.threshold_pct(s.gap_rule_pct)} gap"
    if s.failing_gap:
        lines.append(f"{gap:<15}{len(s.failing_gap)} position(s) would be liquidated: " +
                     ", ".join(f"{r.position.symbol} {r.position.side.value} ({r.position.venue})"
                               for r in s.failing_gap))
    elif s.positions:
        lines.append(f"{gap:<15}every position survives it")
    sc = s.scenario
    if sc is not None and sc.error is None:
        final = "" if sc.driver_final_move is None else f" -> {sc.driver_final_move * 100:+.1f} % with the cascade"
        lines.append(f"What-if        {sc.name}: BTC {sc.driver_shock * 100:+.0f} %{final}; exchange equity "
                     f"{fmt.money(sc.equity_with_cascade_usd)} "
                     f"(without cascade {fmt.money(sc.equity_without_cascade_usd)}),"
                     f" {len(sc.liquidated_with_cascade)} position(s) liquidated")
    return lines


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from core.money import display_currency

    with open_session(args) as session:
        # the flags override the stored settings for this run only
        overrides = {k: v for k, v in (("gap_rule_pct", args.gap_rule), ("quote_currency", args.currency))
                     if v is not None}
        session.settings = replace(session.settings, **overrides)
        analysis = refreshed_analysis(session)
    snap, summary = analysis.snapshot, analysis.summary
    risks = summary.positions
    currency = display_currency(session.settings.quote_currency, snap.prices_usd)
    fmt.set_display_currency(currency)
    if args.json:
        print_json({"taken_at": snap.taken_at.isoformat(), "demo": snap.demo,
                    "gap_rule_pct": summary.gap_rule_pct,
                    "display_currency": currency_record(currency, summary),
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
        flag = "" if r.survives_gap in (True, None) else f"  ! fails {fmt.threshold_pct(r.gap_rule_pct)} gap"
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
