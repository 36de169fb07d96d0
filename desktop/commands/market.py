"""``undertow market export|show|signals|fetch|etf-import``: the cascade's market model, and the fragility signals.

``export`` writes the model built from the latest snapshot (or the demo) so a user can edit it ("what if
depth halves or open interest doubles") and load it with ``undertow shock --market FILE``.

``signals`` prints the fragility score of every held market with each signal's value, reference range, source and
date, the ETF flows and volatility indices stored, and the thin hours (issue 19; no sync: the last stored
snapshot). ``fetch`` fetches the external series that are due (``--force``: all); ``etf-import FILE`` stores a
CSV/HTML table of daily ETF net flows by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import format as fmt
from desktop.commands import CommandError
from desktop.commands._common import add_common_flags, bounded_int, print_json, table
from desktop.commands._safe import terminal_safe
from desktop.commands.shock import acquire_snapshot, add_model_flags, build_model


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "market", help="export or show the market model used by the cascade",
        description="The market model: per base asset the mark, order-book depth bands, open interest, "
                    "beta and the liquidation ladder's inputs (docs/market-model.md).")
    sub = p.add_subparsers(dest="market_command", metavar="ACTION")
    ex = sub.add_parser("export", help="write the market model JSON")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    show = sub.add_parser("show", help="summarise the market model and its liquidation ladder")
    show.add_argument("--market", metavar="FILE", help="summarise this file instead of the snapshot's model")
    for q in (ex, show):
        add_model_flags(q)
        add_common_flags(q, json_flag=q is show)
    signals = sub.add_parser("signals", help="the fragility score of each held market and its signals")
    signals.add_argument("--days", type=bounded_int("--days", 1, 365), default=30,
                         help="history used for open interest and thin hours (days, default 30)")
    add_common_flags(signals)
    fetch = sub.add_parser("fetch", help="fetch the ETF flows and volatility indices that are due")
    fetch.add_argument("--force", action="store_true", help="fetch every enabled series now")
    add_common_flags(fetch)
    imp = sub.add_parser("etf-import", help="store daily spot ETF net flows from a CSV or saved HTML table",
                         description="Import a table with one row per day: a date column and a total column "
                                     "(or one column per fund, summed). Values in US$ millions unless --dollars.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--asset", type=str.upper, choices=("BTC", "ETH"), default="BTC",
                     help="the ETFs' asset (default BTC)")
    imp.add_argument("--dollars", action="store_true", help="the table's values are in dollars, not millions")
    add_common_flags(imp)
    p.set_defaults(func=run)


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.cascade.market import to_json_dict

    action = getattr(args, "market_command", None)
    if action is None:
        raise CommandError("choose an action: 'undertow market export', 'show', 'signals', 'fetch' or 'etf-import'")
    if action in SIGNAL_ACTIONS:
        return int(SIGNAL_ACTIONS[action](args))
    snap = None if getattr(args, "market", None) else acquire_snapshot(args)
    model = build_model(args, snap)
    if action == "export":
        text = json.dumps(to_json_dict(model), indent=2) + "\n"
        if args.output:
            try:
                Path(args.output).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
            sys.stderr.write(f"market model written to {args.output}\n")
        else:
            sys.stdout.write(text)
        return 0
    return _show(args, model)


def _show(args, model) -> int:
    from core.cascade.ladder import ladder_density

    rows = []
    for s in model.symbols:
        ladder = model.ladder(s)
        near_long, _ = ladder_density(ladder, -0.10, 0.0)
        _, near_short = ladder_density(ladder, 0.0, 0.10)
        rows.append({"symbol": s.symbol, "mark_price": s.mark_price, "beta": s.beta,
                     "open_interest_usd": s.open_interest_usd * model.oi_multiplier,
                     "long_share": s.effective_long_share,
                     "bid_depth_1pct_usd": s.bid.depth_at(0.01) * model.impact.depth_factor,
                     "ask_depth_1pct_usd": s.ask.depth_at(0.01) * model.impact.depth_factor,
                     "long_liquidations_within_10pct_usd": near_long,
                     "short_liquidations_within_10pct_usd": near_short,
                     "ladder_buckets": ladder.size, "venues": list(s.venues)})
    if args.json:
        print_json({"driver": model.driver, "impact_mode": model.impact.mode,
                    "depth_factor": model.impact.depth_factor, "oi_multiplier": model.oi_multiplier,
                    "symbols": rows})
        return 0
    sys.stdout.write(f"Market model ({model.source}, driver {model.driver}, {model.impact.mode}, "
                     f"book depth k {model.impact.depth_factor:g}, OI x{model.oi_multiplier:g})\n\n")
    sys.stdout.write(table([[r["symbol"], fmt.price(r["mark_price"]), f"{r['beta']:.2f}",
                             fmt.usd_short(r["open_interest_usd"]), f"{r['long_share'] * 100:.0f} %",
                             fmt.usd_short(r["bid_depth_1pct_usd"]), fmt.usd_short(r["ask_depth_1pct_usd"]),
                             fmt.usd_short(r["long_liquidations_within_10pct_usd"]),
                             fmt.usd_short(r["short_liquidations_within_10pct_usd"])] for r in rows],
                           ["symbol", "mark", "beta", "open interest", "long", "bid 1 %", "ask 1 %",
                            "longs liq. within -10 %", "shorts liq. within +10 %"],
                           right=set(range(1, 9))) + "\n")
    return 0


# --- the fragility signals (issue 19) ------------------------------------------------------------------------------
def _value(signal) -> str:
    v = signal.value
    if v is None:
        return "no data"
    if signal.unit == "USD":
        return fmt.usd_short(v)
    if signal.unit == "fraction per 8 h":
        return f"{v * 100:+.4f} % / 8 h"
    if signal.unit == "%":
        return f"{v:.2f} %"
    if signal.unit == "ratio":
        return f"{v:.2f}"
    return f"{v:.2f}"


def _bound(signal, v) -> str:
    if v is None:
        return ""
    from dataclasses import replace

    return _value(replace(signal, value=v))


def _range(signal) -> str:
    lo, hi = _bound(signal, signal.reference_low), _bound(signal, signal.reference_high)
    if lo and hi:
        return f"{lo} .. {hi}"
    return f">= {lo}" if lo else (f"<= {hi}" if hi else "")


def _series_record(series) -> dict:
    latest = series.latest
    return {"name": series.name, "source": series.source, "as_of": series.as_of.isoformat() if series.as_of else None,
            "stale": series.stale, "problem": None if series.problem is None else str(series.problem),
            "unit": series.unit, "days": len(series.points),
            "latest": None if latest is None else {"day": latest[0].isoformat(), "value": latest[1]},
            "last_days": [{"day": d.isoformat(), "value": v} for d, v in series.points[-10:]]}


def run_signals(args: argparse.Namespace) -> int:
    from core.market_signals import ETF_BTC, ETF_ETH, etf_flows
    from desktop.commands._common import latest_analysis, now_utc, open_session

    now = now_utc()
    with open_session(args) as session:
        analysis = latest_analysis(session)
        report = session.fragility_report(now, analysis.snapshot, days=args.days)
        thin = analysis.summary.thin_hours
    scores = report.scores if report is not None else ()
    series = dict(report.series) if report is not None else {}
    if args.json:
        print_json({"taken_at": analysis.snapshot.taken_at.isoformat(), "computed_at": now.isoformat(),
                    "fragility": {f.symbol: f.as_dict() for f in scores},
                    "series": {name: _series_record(s) for name, s in sorted(series.items())},
                    "thin_hours": [{"symbol": t.symbol, "ranges_utc": [list(r) for r in t.ranges_utc],
                                    "depth_share": t.depth_share, "now_thin": t.now_thin, "note": str(t.note)}
                                   for t in thin]})
        return 0
    out = sys.stdout
    if not scores:
        out.write("No held market: the fragility score is computed for markets with a position.\n")
    for f in scores:
        score = "no data" if f.score is None else f"{f.score:.0f}/100"
        out.write(f"\n{terminal_safe_text(f.symbol)} — fragility {score}\n")
        rows = [[str(s.title), _value(s), _range(s), "FLAGGED" if s.flagged else "", f"{s.weight:g}",
                 (s.as_of.strftime("%Y-%m-%d %H:%M") if s.as_of else "") + (" stale" if s.stale else ""),
                 terminal_safe_text(str(s.source))] for s in f.signals]
        out.write(table(rows, ["signal", "value", "reference", "", "weight", "as of (UTC)", "source"],
                        right={1, 4}) + "\n")
        notes = [f"  {s.title}: {s.detail}" for s in f.signals if s.detail]
        if notes:
            out.write("\n".join(terminal_safe_text(n) for n in notes) + "\n")
    for name, asset in ((ETF_BTC, "BTC"), (ETF_ETH, "ETH")):
        if name in series:
            flows = etf_flows(series[name], asset)
            days = ", ".join(f"{d:%m-%d} {fmt.usd_short(v)}" for d, v in flows.days)
            stale = f" [stale: {flows.problem}]" if flows.stale else ""
            fetched = f", fetched {flows.as_of:%Y-%m-%d %H:%M} UTC" if flows.as_of else ""
            out.write(terminal_safe_text(f"{asset} spot ETF net flows, last {len(flows.days)} days: "
                                         f"{fmt.usd_short(flows.sum_usd)} ({days}){stale}; source {flows.source}"
                                         f"{fetched}") + "\n")
    for t in thin:
        out.write(f"\nThin hours: {terminal_safe_text(str(t.note))}")
    out.write("\n")
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    from desktop.commands._common import now_utc, open_session

    with open_session(args) as session:
        if session.demo:
            raise CommandError("the demo fetches nothing from the network; run without --demo")
        results = session.run(session.refresh_market_series(now_utc(), force=args.force))
    if args.json:
        print_json({name: {"ok": problem is None, "problem": None if problem is None else str(problem)}
                    for name, problem in sorted(results.items())})
    elif not results:
        print("nothing due (each series is fetched at most every market_series_refresh_h hours; --force fetches now)")
    else:
        for name, problem in sorted(results.items()):
            print(terminal_safe_text(f"{name}: " + ("stored" if problem is None else f"FAILED, last good data kept "
                                                                                     f"and marked stale: {problem}")))
    return 1 if any(p is not None for p in results.values()) else 0


def run_import(args: argparse.Namespace) -> int:
    from core.sync import SourceError
    from desktop.commands._common import now_utc, open_session

    path = Path(args.file)
    with open_session(args) as session:
        try:
            n = session.import_etf_flows(path, args.asset, now_utc(), in_millions=not args.dollars)
        except SourceError as exc:
            raise CommandError(str(exc.message)) from exc
    if args.json:
        print_json({"asset": args.asset, "days": n, "source": f"file:{path.name}"})
    else:
        print(terminal_safe_text(f"{n} day(s) of {args.asset} ETF flows stored from {path.name}"))
    return 0


def terminal_safe_text(text: object) -> str:
    from desktop.format import terminal_text

    return terminal_text(text, single_line=True)


#: The fragility actions -> their function.
SIGNAL_ACTIONS = {"signals": run_signals, "fetch": run_fetch, "etf-import": run_import}
