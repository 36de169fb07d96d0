"""``undertow market export|show``: the cascade's market model as an editable JSON file, or a summary.

``export`` writes the model built from the latest snapshot (or the demo) so a user can edit it ("what if
depth halves or open interest doubles") and load it with ``undertow shock --market FILE``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import format as fmt
from desktop.commands import CommandError
from desktop.commands._common import add_common_flags, print_json, table
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
    p.set_defaults(func=run)


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.cascade.market import to_json_dict

    action = getattr(args, "market_command", None)
    if action is None:
        raise CommandError("choose an action: 'undertow market export' or 'undertow market show'")
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
                     f"depth factor {model.impact.depth_factor:g}, OI x{model.oi_multiplier:g})\n\n")
    sys.stdout.write(table([[r["symbol"], fmt.price(r["mark_price"]), f"{r['beta']:.2f}",
                             fmt.usd_short(r["open_interest_usd"]), f"{r['long_share'] * 100:.0f} %",
                             fmt.usd_short(r["bid_depth_1pct_usd"]), fmt.usd_short(r["ask_depth_1pct_usd"]),
                             fmt.usd_short(r["long_liquidations_within_10pct_usd"]),
                             fmt.usd_short(r["short_liquidations_within_10pct_usd"])] for r in rows],
                           ["symbol", "mark", "beta", "open interest", "long", "bid 1 %", "ask 1 %",
                            "longs liq. within -10 %", "shorts liq. within +10 %"],
                           right=set(range(1, 9))) + "\n")
    return 0
