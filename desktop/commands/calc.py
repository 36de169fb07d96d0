"""``undertow calc``: liquidation and bankruptcy price of one position by a venue's own rules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.venues import CALCULATOR_VENUES, venue_spec
from desktop.commands import CommandError
from desktop.commands._common import print_json
from desktop.commands._safe import terminal_safe

VENUE_CHOICES = list(CALCULATOR_VENUES)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "calc", help="liquidation calculator for one position (no account needed)",
        description="Liquidation and bankruptcy price by the venue's own rules. Linear sizes are in base units; "
                    "inverse sizes are in contracts with --contract-size giving the USD face value of one.")
    p.add_argument("--venue", required=True, choices=VENUE_CHOICES)
    p.add_argument("--side", required=True, choices=["long", "short"])
    p.add_argument("--entry", required=True, type=float, metavar="PRICE", help="entry price (quote per base)")
    p.add_argument("--size", required=True, type=float, metavar="N", help="base units (linear) or contracts (inverse)")
    p.add_argument("--contract-size", type=float, metavar="USD", help="inverse: USD face value of one contract")
    p.add_argument("--mode", choices=["isolated", "cross"], default="isolated")
    p.add_argument("--leverage", type=float, metavar="L")
    p.add_argument("--margin", type=float, metavar="M",
                   help="isolated margin: quote units (linear) or coin (inverse); default from --leverage")
    p.add_argument("--wallet", type=float, metavar="WB", help="cross: wallet balance (settle currency)")
    p.add_argument("--other-mm", type=float, default=0.0, metavar="X", help="cross: other positions' maintenance")
    p.add_argument("--other-upnl", type=float, default=0.0, metavar="Y", help="cross: other positions' unrealised PnL")
    p.add_argument("--mmr", type=float, metavar="R",
                   help="maintenance margin rate of the tier (fraction, 0.005 = 0.5 %%)")
    p.add_argument("--maint-amount", type=float, metavar="A", help="maintenance amount (Binance cum / Bybit deduction)")
    p.add_argument("--symbol", metavar="SYMBOL", help="use this symbol's tier table from the bundled market data")
    p.add_argument("--taker-fee", type=float, metavar="F", help="taker fee rate (OKX formula; default 0.0005)")
    p.add_argument("--max-leverage", type=float, metavar="ML", help="Hyperliquid: the asset's max leverage")
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")
    p.set_defaults(func=run)


def markets_dir() -> Path:
    from core.resources import resource_path

    return resource_path("demo", "markets")


def venue_tiers(venue_name: str, symbol: str, directory: Path | None = None):
    """The validated tier table of ``symbol`` from ``<markets>/<ccxt venue id>.json`` (key ``leverage_tiers``)."""
    from core.exchanges.normalize import tiers_from_ccxt
    from core.liquidation import TierTableError

    venue_id = CALCULATOR_VENUES[venue_name][0]
    try:
        directory = directory or markets_dir()
    except FileNotFoundError as exc:
        raise CommandError(str(exc)) from exc
    path = directory / f"{venue_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"no bundled market data for {venue_id}; give --mmr instead") from None
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read {path.name}: {exc}") from None
    raw = (data.get("leverage_tiers") or {}).get(symbol)
    if not raw:
        known = ", ".join(sorted(data.get("leverage_tiers") or {})) or "none"
        raise CommandError(f"no tier table for {symbol} on {venue_id} (known: {known}); give --mmr instead")
    try:
        return tiers_from_ccxt(venue_id, raw, label=f"{venue_id} {symbol}")
    except TierTableError as exc:
        raise CommandError(str(exc)) from None


def inputs_from_args(args: argparse.Namespace):
    from core.liquidation.calculator import CalculatorInputs
    from core.model import Side

    tiers = ()
    if args.mmr is None and args.symbol:
        tiers = venue_tiers(args.venue, args.symbol)
    elif args.mmr is None and not (venue_spec(CALCULATOR_VENUES[args.venue][0]).mmr_from_max_leverage
                                   and args.max_leverage):
        raise CommandError("give --mmr (and --maint-amount) or --symbol to use the venue's tier table")
    return CalculatorInputs(
        venue=args.venue, side=Side(args.side), entry=args.entry, size=args.size, contract_size=args.contract_size,
        cross=args.mode == "cross", leverage=args.leverage, margin=args.margin, wallet=args.wallet,
        other_mm=args.other_mm, other_upnl=args.other_upnl, mmr=args.mmr, maint_amount=args.maint_amount,
        tiers=tiers, taker_fee=args.taker_fee, max_leverage=args.max_leverage)


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.liquidation.base import LiquidationInputError
    from core.liquidation.calculator import calculate

    inputs = inputs_from_args(args)
    try:
        result = calculate(inputs)
    except LiquidationInputError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json({"liquidation_price": result.liquidation_price, "bankruptcy_price": result.bankruptcy_price,
                    "mmr": result.mmr, "maint_amount": result.maint_amount})
        return 0

    def show(x, digits=8):
        return "—" if x is None else f"{x:,.{digits}g}"

    lp = result.liquidation_price
    from core.contracts import adverse_move_pct

    dist = None if lp is None else adverse_move_pct(1 if args.side == "long" else -1, args.entry, lp)
    rows = [["liquidation price", show(lp)], ["bankruptcy price", show(result.bankruptcy_price)],
            ["distance from entry", "—" if dist is None else f"{dist:.2f} %"],
            ["maintenance margin rate", "—" if result.mmr is None else f"{result.mmr * 100:.4g} %"],
            ["maintenance amount", show(result.maint_amount)], ["rule", result.method]]
    width = max(len(r[0]) for r in rows)
    sys.stdout.write("".join(f"{label.ljust(width)}  {value}\n" for label, value in rows))
    if result.note:
        sys.stdout.write(f"note: {result.note}\n")
    return 0
