"""``undertow backtest FILE... [--json]``: crash event files through the calibrated cascade model.

Each file (the format of ``docs/cascade-events.md``, e.g. ``resources/events/*.json``) runs through the stored
central parameters of the library fit; per event the predicted and observed drawdown, liquidated notional and
long share with their factors (predicted / observed; within 2x when 0.5 to 2). A file that cannot be read or is
malformed gets one line on standard error naming the file and the field; the other files still run, and the
exit status is 2. Events of the bundled library are in sample for the stored parameters (marked "fit"); their
out-of-sample errors are in ``bench/calibrate_cascade.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop import format as fmt
from desktop.commands import CommandError
from desktop.commands._common import EXIT_USAGE, add_common_flags, print_json, table
from desktop.commands._safe import terminal_safe

HELP = "run crash event files through the calibrated cascade model: predicted against observed"


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "backtest", help=HELP,
        description="Run crash event files (docs/cascade-events.md) through the cascade with the stored "
                    "library fit and print, per event, predicted against observed drawdown, liquidated notional "
                    "and long share with their factors (predicted / observed).")
    p.add_argument("files", nargs="+", metavar="FILE", help="event files (JSON), e.g. resources/events/*.json")
    add_common_flags(p)
    p.set_defaults(func=run)


def _factor(value: float | None) -> str:
    if value is None:
        return fmt.DASH
    mark = "" if 0.5 <= value <= 2.0 else " !"
    return f"{value:.2f}{mark}"


def _pct(value: float | None) -> str:
    return fmt.DASH if value is None else fmt.pct(value * 100.0, signed=True, decimals=1)


def _share(value: float | None) -> str:
    return fmt.DASH if value is None else fmt.pct(value * 100.0, decimals=0)


def _rows(events: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for r in events:
        obs, pred = r["observed"], r["predicted"]
        rows.append([r["event"] + (" (fit)" if r["in_sample"] else ""),
                     _pct(obs["drawdown"]), _pct(pred["drawdown"]), _factor(pred["factor_drawdown"]),
                     fmt.usd_short(obs["liquidated_usd"]), fmt.usd_short(pred["liquidated_usd"]),
                     _factor(pred["factor_liquidated"]),
                     _share(obs["long_share"]), _share(pred["long_share"]), _factor(pred["factor_long_share"])])
    return rows


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.cascade.backtest import backtest_files

    try:
        result = backtest_files([Path(f) for f in args.files])
    except (OSError, ValueError) as exc:
        raise CommandError(f"no stored cascade calibration to run the events with: {exc}") from exc
    for line in result.errors:
        sys.stderr.write(f"undertow backtest: {line}\n")
    if args.json:
        print_json(result.to_json())
    elif result.rows:
        headers = ["event", "drawdown", "model", "factor", "liquidated", "model", "factor", "long share", "model",
                   "factor"]
        sys.stdout.write(table(_rows(list(result.rows)), headers, right=set(range(1, 10))) + "\n")
        s = result.summary()
        sys.stdout.write(
            f"\nwithin 2x: drawdown {s['drawdown_within_2x']} of {s['events']}, liquidated "
            f"{s['liquidated_within_2x']} of {s['events']}, long share {s['long_share_within_2x']} of "
            f"{s['events_with_long_share']}. Factor = model / observed; '!' outside 0.5-2; "
            "'(fit)': the stored parameters were fitted on this event (out-of-sample errors: "
            "bench/calibrate_cascade.py).\n")
    return EXIT_USAGE if result.errors else 0
