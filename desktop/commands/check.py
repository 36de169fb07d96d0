"""``undertow check``: the daily position check in the terminal (cron-friendly, ``--json`` for scripts)."""

from __future__ import annotations

import argparse
import sys

from core.money import CURRENCIES
from desktop import format as fmt
from desktop.commands._common import (
    add_common_flags,
    open_session,
    print_json,
    refreshed_analysis,
    source_labels,
    table,
    venue_name,
)
from desktop.commands._safe import terminal_safe
from desktop.format import terminal_text


def _one_line(text: object) -> str:
    """Outside text (a symbol, a label, a venue's or core's note) inside a line of the report."""
    return terminal_text(text, single_line=True)


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


def position_record(r, labels: dict | None = None) -> dict:
    """One position; ``labels``: account id -> the account's label (``source_labels``)."""
    p = r.position
    return {
        "account_id": p.account_id, "account_label": (labels or {}).get(p.account_id, p.account_id),
        "venue": p.venue, "venue_name": venue_name(p.venue), "symbol": p.symbol, "side": p.side.value,
        "contracts": p.contracts, "contract_size": p.contract_size, "margin_mode": p.margin_mode.value,
        "entry_price": p.entry_price, "mark_price": p.mark_price, "notional_usd": p.notional_usd,
        "liquidation_price": r.liquidation_price,
        "liquidation_price_reported": r.liquidation_price_reported,
        "reported_disagrees": r.reported_disagrees,
        "distance_pct": r.distance_pct, "distance_vols": r.distance_vols,
        "margin_ratio": r.margin_ratio, "survives_gap": r.survives_gap, "gap_rule_pct": r.gap_rule_pct,
        "min_adverse_move_pct": r.min_adverse_move_pct, "method": r.method,
        "leverage": p.leverage, "adl_rank": p.adl_rank,
    }


def account_record(risk, account) -> dict:
    """One exchange account: its mode, equity, the venue's ratio (ours and the venue's own) and its liquidating
    move. ``account`` is the snapshot's Account (None only if the analysis has an account the snapshot lacks)."""
    from core.model import ACCOUNT_MODES

    margin = account.margin if account is not None else None
    mode = risk.mode or (margin.mode if margin is not None else "")
    ratio, ratio_name, liquidates_at, _ = fmt.account_ratio(risk)
    return {
        "account_id": risk.account_id, "label": account.label if account is not None else risk.account_id,
        "venue": risk.venue, "venue_name": venue_name(risk.venue), "margin_mode": mode or None,
        "margin_mode_name": ACCOUNT_MODES.get(mode), "equity_usd": risk.equity_usd,
        "collateral_value_usd": risk.collateral_value_usd,
        "maintenance_margin_usd": risk.maintenance_margin_usd,
        "margin_ratio": ratio, "margin_ratio_reported": risk.venue_ratio_reported,
        "ratio_name": ratio_name or None, "liquidates_at": liquidates_at,
        "liquidating_move_pct": fmt.liquidating_move_pct(risk.min_adverse_move_pct),
        "liquidating_move_asset": getattr(risk, "driver", "") or None,  # the asset whose move it is
        "cross": bool(risk.cross),  # the account has cross positions (a liquidating move applies to those)
        "whole_account": bool(risk.whole_account), "reported_disagrees": bool(risk.reported_disagrees),
        "disagreement": risk.disagreement or None, "note": risk.note or None,
        "collateral_source": (margin.collateral_source or None) if margin is not None else None,
        "collateral_as_of": margin.collateral_as_of.isoformat()
        if margin is not None and margin.collateral_as_of is not None else None,
    }


def account_records(analysis) -> list[dict]:
    """Every exchange account of the snapshot, in its order (labels as the user gave them)."""
    risks = {r.account_id: r for r in analysis.accounts}
    accounts = {a.id: a for a in analysis.snapshot.accounts}
    order = [a.id for a in analysis.snapshot.accounts] + [r.account_id for r in analysis.accounts
                                                          if r.account_id not in accounts]
    return [account_record(risks[i], accounts.get(i)) if i in risks else _unassessed_record(accounts[i])
            for i in order]


def _unassessed_record(account) -> dict:
    """An account the analysis has no figures for (e.g. its source failed before its first sync): names only."""
    from core.model import ACCOUNT_MODES

    mode = account.margin.mode if account.margin is not None else ""
    return {"account_id": account.id, "label": account.label, "venue": account.venue,
            "venue_name": venue_name(account.venue), "margin_mode": mode or None,
            "margin_mode_name": ACCOUNT_MODES.get(mode), "equity_usd": None, "collateral_value_usd": None,
            "maintenance_margin_usd": None, "margin_ratio": None, "ratio_name": None,
            "margin_ratio_reported": account.margin.margin_ratio if account.margin is not None else None,
            "liquidates_at": None, "liquidating_move_pct": None, "liquidating_move_asset": None, "cross": False,
            "whole_account": False, "reported_disagrees": False, "disagreement": None, "note": None,
            "collateral_source": None, "collateral_as_of": None}


def source_record(s, labels: dict | None = None) -> dict:
    return {"source": s.source_id, "label": (labels or {}).get(s.source_id, s.source_id), "kind": s.kind,
            "state": s.state.value,
            "as_of": s.as_of.isoformat() if s.as_of else None, "error": s.error}


def currency_record(c, s) -> dict:
    """The display currency and the summary's amounts in it (the *_usd fields stay in USD)."""
    def conv(v):
        return None if v is None else c.from_usd(v)
    return {"chosen": c.chosen, "currency": c.code, "usd_per_unit": c.usd_per_unit, "unavailable": c.unavailable,
            "net_worth": conv(s.net_worth_usd), "net_worth_change": conv(s.net_worth_change_usd),
            "on_exchanges": conv(s.on_exchanges_usd), "self_custody": conv(s.self_custody_usd)}


def _position_names(r, labels: dict) -> dict:
    p = r.position
    return {"account_id": p.account_id, "account_label": labels.get(p.account_id, p.account_id), "venue": p.venue,
            "venue_name": venue_name(p.venue), "symbol": p.symbol, "side": p.side.value}


def summary_record(s, labels: dict | None = None) -> dict:
    """The summary; ``labels``: account id -> label (the nearest and failing positions name their account)."""
    labels = labels or {}
    sc = s.scenario
    return {
        "net_worth_usd": s.net_worth_usd, "net_worth_change_usd": s.net_worth_change_usd,
        "unpriced": list(s.unpriced),
        "previous_taken_at": s.previous_taken_at.isoformat() if s.previous_taken_at else None,
        "on_exchanges_usd": s.on_exchanges_usd, "self_custody_usd": s.self_custody_usd,
        "self_custody_share_of_long_term": s.self_custody_share_of_long_term,
        "nearest_liquidation": None if s.nearest is None else {
            **_position_names(s.nearest, labels), "distance_pct": s.nearest.distance_pct,
            "distance_vols": s.nearest.distance_vols},
        "gap_rule_pct": s.gap_rule_pct,
        "failing_gap": [f"{r.position.venue} {r.position.symbol} {r.position.side.value}" for r in s.failing_gap],
        "failing_gap_positions": [_position_names(r, labels) for r in s.failing_gap],
        "scenario": None if sc is None else {
            "id": sc.scenario_id, "name": sc.name, "driver_shock": sc.driver_shock,
            "driver_final_move": sc.driver_final_move, "error": sc.error,
            "equity_without_cascade_usd": sc.equity_without_cascade_usd,
            "equity_with_cascade_usd": sc.equity_with_cascade_usd,
            "liquidated_without_cascade": list(sc.liquidated_without_cascade),
            "liquidated_with_cascade": list(sc.liquidated_with_cascade)},
    }


def _move_text(record: dict) -> str:
    move = record["liquidating_move_pct"]
    if move is None and not record["cross"]:
        return "—"  # isolated positions only: each has its own price
    text = "none within ±90 %" if move is None else fmt.pct(move, signed=True)
    if move is not None and record["liquidating_move_asset"]:
        text += f" {record['liquidating_move_asset']}"
    return text + (" (whole account)" if record["whole_account"] else "")


def _record_stale_suffix(record: dict) -> str:
    """' (stale 2 h 05 min)' for an account whose source is not fresh (``data_state`` from ``run``)."""
    from core.freshness import age_text

    state = record.get("data_state")
    if state in ("fresh", None):
        return ""
    age = record.get("data_age_s")
    return " (stale, no data)" if age is None else f" (stale {age_text(age)})"


def _accounts_section(records: list[dict]) -> str:
    """The accounts table: mode, equity, ratio (ours vs the venue's), liquidating move; then a warning line for
    every account whose venue reports a ratio more than 0.5 % away from ours."""
    rows = [[r["label"] + _record_stale_suffix(r), r["margin_mode_name"] or "—", fmt.money(r["equity_usd"]),
             fmt.money(r["collateral_value_usd"]), fmt.money(r["maintenance_margin_usd"]),
             (r["ratio_name"] or "—").split(" (")[0],  # the name; its explanation is in --json
             fmt.ratio_pct(r["margin_ratio"]), fmt.ratio_pct(r["margin_ratio_reported"])
             + (" !" if r["reported_disagrees"] else ""), fmt.ratio_pct(r["liquidates_at"]), _move_text(r)]
            for r in records]
    lines = ["Accounts", table(rows, ["account", "mode", "equity", "after haircuts", "maint. margin", "ratio",
                                      "ours", "venue's", "liq. at", "liquidating move"],
                               right={2, 3, 4, 6, 7, 8})]
    for r in records:
        if r["reported_disagrees"]:
            lines.append(_one_line(
                f"! {r['label']}: {r['ratio_name'] or 'ratio'} ours {fmt.ratio_pct(r['margin_ratio'])}, "
                f"the venue reports {fmt.ratio_pct(r['margin_ratio_reported'])} (more than 0.5 % apart)"
                + (f" — {r['disagreement']}" if r["disagreement"] else "")))
    return "\n".join(lines)


def _summary_lines(s, labels: dict | None = None) -> list[str]:
    labels = labels or {}
    lines = []
    if fmt.currency_note():
        lines.append(f"Currency       {fmt.currency_note()}")
    change = "" if s.net_worth_change_usd is None else f" ({'+' if s.net_worth_change_usd >= 0 else '-'}" \
        f"{fmt.money(abs(s.net_worth_change_usd))} since {s.previous_taken_at:%Y-%m-%d %H:%M} UTC)"
    lines.append(f"Net worth      {fmt.money(s.net_worth_usd)}{change}")
    if s.unpriced:
        lines.append(f"Price unknown  {', '.join(s.unpriced)}: left out of the totals (no price in this snapshot)")
    share = "" if s.self_custody_share_of_long_term is None else \
        f"; {s.self_custody_share_of_long_term * 100:.0f} % of long-term holdings in self-custody"
    lines.append(f"Custody        on exchanges {fmt.money(s.on_exchanges_usd)}, self-custody "
                 f"{fmt.money(s.self_custody_usd)}{share}")
    if s.nearest is not None:
        r = s.nearest
        sigma = f", {r.distance_vols:.1f} daily σ" if r.distance_vols is not None else ""
        where = labels.get(r.position.account_id, venue_name(r.position.venue))
        lines.append(f"Nearest liq.   {r.position.symbol} {r.position.side.value} on {where}: "
                     f"{r.distance_pct:.2f} % away{sigma}")
    gap = f"{fmt.threshold_pct(s.gap_rule_pct)} gap"
    if s.failing_gap:
        lines.append(f"{gap:<15}{len(s.failing_gap)} position(s) would be liquidated: " +
                     ", ".join(f"{r.position.symbol} {r.position.side.value} "
                               f"({labels.get(r.position.account_id, venue_name(r.position.venue))})"
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
    from core.funding import carry_lines

    carry = carry_lines(getattr(s, "carry", None), fmt.money)
    if carry:  # the cost of carry: paid in the last 24 h / 7 d, the next funding projected at the current rate
        lines.append(f"{'Funding':<15}{carry[0]}")
        lines.extend(f"{'':<15}{more}" for more in carry[1:])
    return [_one_line(line) for line in lines]


def due_positions(risks, labels: dict, alert_pct: float) -> list[str]:
    """One line per position that is due: it fails the gap rule, or its mark is within ``alert_pct`` % of its
    liquidation price (the liquidation reminder's rule, whether or not that reminder is snoozed)."""
    out = []
    for r in risks:
        p = r.position
        where = _one_line(f"{p.symbol} {p.side.value} on {labels.get(p.account_id, venue_name(p.venue))}")
        if r.survives_gap is False:
            out.append(f"{where} fails the {fmt.threshold_pct(r.gap_rule_pct)} gap rule")
        elif r.distance_pct is not None and r.distance_pct <= alert_pct:
            out.append(f"{where} is {fmt.pct(r.distance_pct)} from liquidation "
                       f"(alert at {fmt.threshold_pct(alert_pct)})")
    return out


def _data_fields(source) -> dict:
    """How fresh a row's data is: its source's state, when the data was fetched and how old it is (``source``: the
    row's SourceFreshness; None when the snapshot has no status for it)."""
    if source is None:
        return {"data_state": None, "data_as_of": None, "data_age_s": None}
    return {"data_state": source.state, "data_as_of": source.as_of.isoformat() if source.as_of else None,
            "data_age_s": None if source.age_s is None else round(source.age_s, 1)}


def _stale_mark(stale) -> str:
    from core.freshness import age_text

    if stale is None:
        return ""
    return "stale, no data" if stale.age_s is None else f"stale {age_text(stale.age_s)}"


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from core.funding import carry_record
    from core.money import display_currency
    from desktop.commands._common import (
        exit_status,
        freshness_lines,
        freshness_of,
        now_utc,
    )

    with open_session(args) as session:
        # the flags override the stored settings for this run only
        overrides = {k: v for k, v in (("gap_rule_pct", args.gap_rule), ("quote_currency", args.currency))
                     if v is not None}
        session.settings = replace(session.settings, **overrides)
        analysis = refreshed_analysis(session)
        fresh = freshness_of(session, analysis, now_utc())
        fragility = fragility_scores(session, analysis, now_utc())
    snap, summary = analysis.snapshot, analysis.summary
    risks = summary.positions
    currency = display_currency(session.settings.quote_currency, snap.prices_usd)
    fmt.set_display_currency(currency)
    accounts = account_records(analysis)
    for record in accounts:
        record.update(_data_fields(fresh.source(record["account_id"])))
    labels = source_labels(snap)
    due = due_positions(risks, labels, session.settings.liquidation_alert_pct)
    due += [_one_line(f"reminder {r.key}: {r.condition.message}") for r in analysis.reminders
            if r.condition.rule_id not in ("LIQ", "KEY")]  # positions above; key problems in the freshness lines
    status = exit_status(fresh, due)
    stale_holdings = fresh.stale_among(h.source_id for h in analysis.split.holdings)
    if args.json:
        print_json({"status": status, "taken_at": snap.taken_at.isoformat(), "demo": snap.demo,
                    "gap_rule_pct": summary.gap_rule_pct,
                    "display_currency": currency_record(currency, summary),
                    "summary": {**summary_record(summary, labels),
                                "includes_stale_data": bool(stale_holdings) or any(
                                    fresh.position_stale(r.position) for r in risks)},
                    "sources": [source_record(s, labels) for s in snap.sources],
                    "accounts": accounts,
                    "positions": [{**position_record(r, labels), **_data_fields(fresh.source(r.position.account_id))}
                                  for r in risks],
                    "funding": carry_record(summary.carry),
                    "fragility": {f.symbol: f.as_dict() for f in fragility}})
        return status["exit_code"]
    out = sys.stdout
    first = freshness_lines(fresh)
    if first:  # blind comes before everything else
        out.write("\n".join(first) + "\n\n")
    label = " (DEMO DATA)" if snap.demo else ""
    out.write(f"Undertow check{label} — snapshot {snap.taken_at:%Y-%m-%d %H:%M} UTC\n\n")
    lines = _summary_lines(summary, labels)
    if stale_holdings:
        lines.insert(1 if lines and lines[0].startswith("Currency") else 0,
                     "Stale data     net worth and custody include " + ", ".join(
                         f"{s.label} ({_stale_mark(s)})" for s in stale_holdings))
    nearest = summary.nearest
    if nearest is not None and fresh.position_stale(nearest.position) is not None:
        lines = [line + f" [{_stale_mark(fresh.position_stale(nearest.position))}]"
                 if line.startswith("Nearest liq.") else line for line in lines]
    out.write("\n".join(lines) + "\n\n")
    whole = {a["account_id"]: a for a in accounts if a["whole_account"]}
    any_stale = any(fresh.position_stale(r.position) for r in risks)
    rows = []
    for r in risks:
        p = r.position
        flag = "" if r.survives_gap in (True, None) else f"  ! fails {fmt.threshold_pct(r.gap_rule_pct)} gap"
        by_account = whole.get(p.account_id) if p.margin_mode.value == "cross" else None
        # a whole-account position: "account" for its price, the account's (signed) move for its distance
        distance = fmt.pct(r.distance_pct) if by_account is None else \
            fmt.pct(by_account["liquidating_move_pct"], signed=True)
        row = [labels.get(p.account_id, p.account_id), venue_name(p.venue), p.symbol, p.side.value,
               fmt.contracts(p.contracts), fmt.leverage(p.leverage),
               fmt.price(p.entry_price), fmt.price(p.mark_price),
               "account" if by_account else fmt.price(r.liquidation_price),
               fmt.price(r.liquidation_price_reported) + (" *" if r.reported_disagrees else ""),
               distance + flag, "—" if p.adl_rank is None else str(p.adl_rank)]
        if any_stale:
            row.append(_stale_mark(fresh.position_stale(p)) or "fresh")
        rows.append(row)
    headers = ["account", "venue", "symbol", "side", "contracts", "lev.", "entry", "mark", "liq (rules)",
               "liq (reported)", "distance", "ADL"] + (["data"] if any_stale else [])
    out.write(table(rows, headers, right={4, 5, 6, 7, 8, 9, 11}) + "\n")
    if any(r.reported_disagrees for r in risks):
        out.write("\n* the exchange-reported liquidation price differs from the venue formula by more than 0.5 %\n")
    if any(p.account_id in whole and p.margin_mode.value == "cross" for p in (r.position for r in risks)):
        out.write("\naccount: the venue liquidates the whole account, not one position; the distance is the "
                  "account's liquidating move (see Accounts below)\n")
    if any(r.position.adl_rank is not None for r in risks):
        out.write("ADL: the auto-deleveraging rank the venue publishes (higher = nearer the front of the queue)\n")
    if any_stale:
        out.write("data: stale = this row is the last good data of an account whose sync failed (see the top)\n")
    if accounts:
        out.write("\n" + _accounts_section(accounts) + "\n")
    out.write("".join(f"\n{line}" for line in fragility_lines(fragility, summary)) + "\n")
    return status["exit_code"]


# --- market fragility (issue 19): one score per held market, its flagged parts; the thin hours ahead -------------
def fragility_scores(session, analysis, now) -> tuple:
    """The fragility score of every held market (``core.fragility_score``), from the stored history and series."""
    report = session.fragility_report(now, analysis.snapshot)
    return report.scores if report is not None else ()


def fragility_lines(scores, summary) -> list[str]:
    """One line per held market: its score, and what is flagged with the value; then the thin hours ahead."""
    lines = []
    for f in scores:
        score = "—" if f.score is None else f"{f.score:.0f}/100"
        flagged = "; ".join(f"{s.title}" + (f" ({s.detail})" if s.detail else "") + (" [stale]" if s.stale else "")
                            for s in f.flagged) or "nothing flagged"
        counted = sum(1 for s in f.signals if s.value is not None)
        lines.append(_one_line(f"Fragility {f.symbol}: {score} ({counted} of {len(f.signals)} signals with data) "
                               f"— {flagged}"))
    lines += [_one_line(f"Thin hours {t.note}") for t in getattr(summary, "thin_hours", ())]
    return lines
