"""``undertow calc``: a venue-style position calculator: liquidation and bankruptcy price, initial and maintenance
margin, the largest position at the leverage, and the PnL / ROE at a target price.

The symbol is the venue's own name (BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP, BTC on Hyperliquid) or ccxt's
(BTC/USDT:USDT); its tier table is the one saved from the venue within the last day, else fetched now (saved
with its date), else the saved or bundled one with a note of its age (``core.tier_cache``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from core.venues import CALCULATOR_VENUES, venue_spec
from desktop.commands import CommandError
from desktop.commands._common import now_utc, print_json
from desktop.commands._safe import terminal_safe

VENUE_CHOICES = list(CALCULATOR_VENUES)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "calc", help="position calculator: liquidation price, margins, max position, PnL (no account needed)",
        description="A venue's position calculator: liquidation and bankruptcy price by the venue's own rules, initial "
                    "and maintenance margin, the largest position at the leverage and the PnL/ROE at a target price. "
                    "Give two of --size, --margin and --leverage. The symbol is the venue's own name (BTCUSDT, "
                    "BTC-USDT-SWAP, BTCUSD_PERP) or ccxt's (BTC/USDT:USDT); without one, the venue's BTC perpetual. "
                    "Its tier table is fetched from the venue when the saved one is older than a day (--offline: "
                    "never), and saved with its date.")
    p.add_argument("--venue", required=True, choices=VENUE_CHOICES)
    p.add_argument("--symbol", metavar="SYMBOL",
                   help="the venue's name (BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP, ETH) or ccxt's (ETH/USDT:USDT)")
    p.add_argument("--side", required=True, choices=["long", "short"])
    p.add_argument("--entry", required=True, type=float, metavar="PRICE", help="entry price (quote per base)")
    p.add_argument("--size", type=float, metavar="N",
                   help="linear: base units (0.5 = 0.5 BTC); inverse, or with --contract-size: contracts")
    p.add_argument("--margin", type=float, metavar="M",
                   help="isolated margin in the settle currency (USDT, or the coin for inverse); with --leverage "
                        "instead of --size it sets the size, with --size it implies the leverage")
    p.add_argument("--leverage", type=float, metavar="L")
    p.add_argument("--target", type=float, metavar="PRICE", help="a price to show the PnL and ROE at")
    p.add_argument("--contract-size", type=float, metavar="CS",
                   help="overrides the symbol's: base units per contract (linear) or USD per contract (inverse)")
    p.add_argument("--mode", choices=["isolated", "cross"], default="isolated")
    p.add_argument("--wallet", type=float, metavar="WB", help="cross: wallet balance (settle currency)")
    p.add_argument("--other-mm", type=float, default=0.0, metavar="X", help="cross: other positions' maintenance")
    p.add_argument("--other-upnl", type=float, default=0.0, metavar="Y", help="cross: other positions' unrealised PnL")
    p.add_argument("--mmr", type=float, metavar="R",
                   help="a maintenance margin rate instead of the tier table (fraction, 0.005 = 0.5 %%)")
    p.add_argument("--maint-amount", type=float, metavar="A", help="with --mmr: Binance cum / Bybit deduction")
    p.add_argument("--taker-fee", type=float, metavar="F", help="taker fee rate (OKX formula; default 0.0005)")
    p.add_argument("--max-leverage", type=float, metavar="ML", help="Hyperliquid: the asset's max leverage")
    p.add_argument("--offline", action="store_true", help="never ask the venue: saved or bundled tables only")
    p.add_argument("--refresh", action="store_true", help="fetch the tier table now, however recent the saved one")
    p.add_argument("--account", metavar="LABEL",
                   help="read the table with this configured account's key (for a venue that serves tier tables "
                        "only to signed requests, e.g. Binance)")
    p.add_argument("--api-base-url", metavar="URL", default="", help="advanced: a proxy or mirror of the venue's API")
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")
    p.set_defaults(func=run)


def markets_dir() -> Path:
    """Where the bundled tier tables are (``resources/tiers``)."""
    from core.tier_cache import bundled_dir

    try:
        return bundled_dir()
    except FileNotFoundError as exc:
        raise CommandError(str(exc)) from exc


def _credentials(args: argparse.Namespace, venue_id: str) -> tuple[dict[str, Any] | None, str]:
    """(credentials, API base URL) of ``--account``; (None, --api-base-url) without it."""
    if not args.account:
        return None, args.api_base_url
    from core import secrets
    from desktop.commands._common import open_session

    with open_session(args) as session:
        config = session.find_account(args.account)
        if config is None:
            raise CommandError(f"no account {args.account!r} (see `undertow accounts list`)")
        if config.venue != venue_id:
            raise CommandError(f"{config.label} is a {venue_spec(config.venue).name} account, not "
                               f"{venue_spec(venue_id).name}")
        try:
            credentials = secrets.load_secret(config.id)
        except Exception as exc:  # noqa: BLE001 - the keyring's own error text, without secrets
            raise CommandError(f"cannot read the key of {config.label}: {exc}") from None
        return credentials, args.api_base_url or config.api_base_url


def find_table(args: argparse.Namespace, venue_id: str, inverse: bool, text: str):
    """The symbol's ``Lookup`` (market and tier table), online unless --offline."""
    from core import calculator

    bundled = markets_dir()
    if args.offline:
        return calculator.lookup_offline(venue_id, text, inverse, bundled)
    credentials, base_url = _credentials(args, venue_id)
    return asyncio.run(calculator.lookup(venue_id, text, now_utc(), inverse, refresh=args.refresh,
                                         base_url=base_url, credentials=credentials, bundled=bundled))


def _request(args: argparse.Namespace):
    """(Request, Lookup or None, calculator venue name) from the arguments."""
    from core.calculator import Request
    from core.model import Side

    name = args.venue
    venue_id, inverse = CALCULATOR_VENUES[name]
    spec = venue_spec(venue_id)
    formula_only = args.symbol is None and (args.mmr is not None or (spec.mmr_from_max_leverage and args.max_leverage))
    found, tiers, cs, settle = None, (), args.contract_size, spec.settle
    size = args.size
    if not formula_only:
        text = args.symbol or spec.calculator_symbols.get(name, "")
        found = find_table(args, venue_id, inverse, text)
        market = found.market
        if market is None:
            hint = (" Or give --max-leverage (the asset's maximum) to compute without the list."
                    if spec.mmr_from_max_leverage else " Or give --mmr (and --maint-amount): a rate of your own.")
            raise CommandError(" ".join(str(m) for m in (found.error, *found.notes) if m) + hint)
        if market.inverse != inverse:  # BTCUSD on "bybit" is the inverse contract: use that rule
            name = next((n for n, inv in spec.calculator_names.items() if inv == market.inverse), name)
            inverse = market.inverse
        settle = market.settle
        if args.mmr is None:
            if found.table is None:
                raise CommandError(f"{found.error} Or give --mmr (and --maint-amount) to use a rate of your own.")
            from core.liquidation import TierTableError

            try:
                tiers = found.table.tiers()
            except TierTableError as exc:
                raise CommandError(str(exc)) from None
        if cs is None:
            cs = market.contract_size
            if size is not None and not inverse:
                size = size / cs  # a linear size is typed in base units
    return Request(
        venue=name, side=Side(args.side), entry=args.entry, contracts=size, margin=args.margin,
        leverage=args.leverage, target=args.target, contract_size=cs, cross=args.mode == "cross", wallet=args.wallet,
        other_mm=args.other_mm, other_upnl=args.other_upnl, mmr=args.mmr, maint_amount=args.maint_amount,
        tiers=tiers, taker_fee=args.taker_fee, max_leverage=args.max_leverage, settle=settle), found


@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.calculator import CalculatorError, compute
    from core.liquidation.base import LiquidationInputError

    request, found = _request(args)
    try:
        outcome = compute(request)
    except CalculatorError as exc:
        raise CommandError(str(exc.text)) from None
    except LiquidationInputError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json(as_json(outcome, request, found))
    else:
        sys.stdout.write(as_text(outcome, request, found))
    return 0


def _num(x: float | None) -> str:
    """8 significant digits, grouped; large amounts in whole units (never exponent notation)."""
    if x is None:
        return "—"
    return f"{x:,.0f}" if abs(x) >= 1e7 else f"{x:,.8g}"


def as_text(o, r, found) -> str:
    """The result as aligned rows (English)."""
    coin = r.settle or "settle"
    market = found.market if found is not None else None
    rows: list[tuple[str, str]] = []
    if market is not None:
        kind = "inverse" if o.inverse else "linear"
        unit = "USD" if o.inverse else market.base
        rows.append(("symbol", f"{market.native} ({venue_spec(found.venue).name} {market.symbol}, {kind}, "
                               f"{_num(r.contract_size or 1)} {unit} per contract)"))
    if found is not None and found.table is not None and r.mmr is None:
        rows.append(("tier table", str(found.table.describe())))
    elif r.mmr is not None:
        rows.append(("tier table", "none: the given maintenance rate"))
    base = f"{_num(o.base)} USD face" if o.inverse else f"{_num(o.base)} {market.base if market else 'base'}"
    contracts = "" if (r.contract_size or 1) == 1 and not o.inverse else f"{_num(o.inputs.size)} contracts = "
    rows.append(("position", f"{contracts}{base}, {_num(o.value)} {coin} at {_num(r.entry)}"))
    lev = "—" if o.leverage is None else f"{o.leverage:.4g}x"
    if o.implied_leverage is not None:
        lev += f" (the margin implies {o.implied_leverage:.4g}x)"
    rows.append(("leverage", lev))
    rows.append(("initial margin", "—" if o.initial_margin is None else f"{_num(o.initial_margin)} {coin}"))
    if o.margin is not None and o.added_margin > 0:
        rows.append(("isolated margin", f"{_num(o.margin)} {coin} ({_num(o.added_margin)} added)"))
    rows.append(("maintenance margin", f"{_num(o.maintenance_margin)} {coin} at entry"))
    lp = o.liquidation.liquidation_price
    rows += [("liquidation price", _num(lp)), ("bankruptcy price", _num(o.liquidation.bankruptcy_price)),
             ("distance from entry", "—" if o.distance_pct is None else f"{o.distance_pct:.2f} %")]
    if o.max_position is not None:
        mp = o.max_position
        label = f"max position at {mp.leverage:.4g}x"
        if not mp.known:
            rows.append((label, "not in this tier table (no max leverage or no cap recorded)"))
        else:
            size = f"{_num(mp.base)} USD face" if o.inverse else f"{_num(mp.base)} {market.base if market else 'base'}"
            rows.append((label, f"{_num(mp.value)} {coin} ({size} at entry)"))
    rows.append(("max leverage at this size", "—" if o.max_leverage_here is None else f"{o.max_leverage_here:g}x"))
    if o.target is not None:
        roe = "—" if o.roe is None else f"{o.roe * 100:+.2f} %"
        usd = f" = {o.pnl_usd:+,.2f} USD" if o.inverse else ""
        rows.append((f"at {_num(o.target)}", f"PnL {o.pnl:+,.8g} {coin}{usd}, ROE {roe} (before fees)"))
    rows += [("maintenance margin rate", "—" if o.liquidation.mmr is None else f"{o.liquidation.mmr * 100:.4g} %"),
             ("maintenance amount", _num(o.liquidation.maint_amount)), ("rule", o.liquidation.method)]
    width = max(len(label) for label, _ in rows)
    text = "".join(f"{label.ljust(width)}  {value}\n" for label, value in rows)
    notes = [*(found.notes if found is not None else ()), *o.notes]
    if o.liquidation.note:
        notes.append(o.liquidation.note)
    return text + "".join(f"note: {n}\n" for n in notes)


def as_json(o, r, found) -> dict[str, Any]:
    """The result for scripts (numbers in the settle currency unless named ``_usd``)."""
    table = found.table if found is not None and r.mmr is None else None
    market = found.market if found is not None else None
    mp = o.max_position
    return {
        "liquidation_price": o.liquidation.liquidation_price, "bankruptcy_price": o.liquidation.bankruptcy_price,
        "mmr": o.liquidation.mmr, "maint_amount": o.liquidation.maint_amount,
        "venue": r.venue, "symbol": market.symbol if market else None,
        "native_symbol": market.native if market else None,
        "settle": r.settle or None, "inverse": o.inverse, "contracts": o.inputs.size, "contract_size": r.contract_size,
        "position_value": o.value, "initial_margin": o.initial_margin, "isolated_margin": o.margin,
        "added_margin": o.added_margin, "leverage": o.leverage, "implied_leverage": o.implied_leverage,
        "maintenance_margin": o.maintenance_margin, "distance_pct": o.distance_pct,
        "max_leverage_at_size": o.max_leverage_here,
        "max_position": None if mp is None else {"leverage": mp.leverage, "known": mp.known, "value": mp.value,
                                                 "contracts": mp.contracts, "size": mp.base},
        "target": o.target, "pnl": o.pnl, "pnl_usd": o.pnl_usd, "roe": o.roe,
        "tier_table": None if table is None else {"origin": table.origin, "date": table.dated() or None,
                                                  "source": table.source or None, "synthetic": table.synthetic,
                                                  "about": str(table.describe())},
        "notes": [str(n) for n in (*(found.notes if found is not None else ()), *o.notes)],
        "rule": o.liquidation.method}
