"""``undertow wallet``: watch-only wallets (add / list / remove / derive) and manual holdings.

Nothing here ever prints or logs the descriptor/xpub text of a refused import: the error says why,
never what.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands import CommandError
from desktop.commands._common import now_utc, open_session, print_json, shown, table, whole_number
from desktop.commands._safe import terminal_safe
from desktop.format import terminal_text

if TYPE_CHECKING:
    from core.custody.importer import WatchOnlyImport

SCRIPT_TYPES = ("p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr")
MAX_START = 2**31 - 1001  # BIP32: the last derived index must stay below 2^31 (non-hardened)


def register(subparsers) -> None:
    p = subparsers.add_parser("wallet", help="watch-only wallets: add, list, remove, derive addresses",
                              description="Watch-only self-custody wallets. Undertow never accepts private keys.")
    sub = p.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="watch a wallet: descriptor, export file, xpub/ypub/zpub or address")
    add.add_argument("source", help="a file (Sparrow/HWI descriptor text, Coldcard or Specter JSON), "
                                    "'-' for stdin, or the descriptor/xpub/address itself")
    add.add_argument("--label", default="", help="a name for the wallet")
    add.add_argument("--vendor", default="other", choices=("OneKey", "Trezor", "Ledger", "Coldcard", "other"))
    add.add_argument("--custody", default="hardware_wallet", choices=("hardware_wallet", "software_wallet"))
    _add_key_options(add)
    add.add_argument("--chain", default="ethereum", help="EVM chain for a 0x address (default ethereum)")
    add.add_argument("--json", action="store_true", help="machine-readable JSON output")
    add.set_defaults(func=run_add)

    ls = sub.add_parser("list", help="the watched wallets and manual holdings")
    ls.add_argument("--json", action="store_true", help="machine-readable JSON output")
    ls.set_defaults(func=run_list)

    rm = sub.add_parser("remove", help="stop watching a wallet")
    rm.add_argument("wallet_id")
    rm.set_defaults(func=run_remove)

    derive = sub.add_parser("derive", help="print derived addresses to compare with the device's screen")
    derive.add_argument("source", help="descriptor, xpub/ypub/zpub, export file or '-' for stdin")
    _add_key_options(derive)
    derive.add_argument("--change", action="store_true", help="the change chain instead of receive")
    derive.add_argument("--count", default="10", help="how many addresses (1 to 1000, default 10)")
    derive.add_argument("--start", default="0", help="first index (default 0)")
    derive.add_argument("--json", action="store_true", help="machine-readable JSON output")
    derive.set_defaults(func=run_derive)

    moves = sub.add_parser("moves", help="what each exchange account can move to cold storage, and where to",
                           description="One action per exchange account and asset: what the account does not need "
                                       "as margin by its own rules (its mode, the venue's collateral haircuts), "
                                       "keeping the margin buffer of Settings, and the watched wallet's next unused "
                                       "receive address.")
    moves.add_argument("--no-sync", action="store_true", help="use the last stored snapshot (no sync)")
    moves.add_argument("--json", action="store_true", help="machine-readable JSON output")
    moves.set_defaults(func=run_moves)

    manual = sub.add_parser("manual", help="record a holding no API can see (ETF, lending, paper wallet)")
    manual.add_argument("asset")
    manual.add_argument("amount")
    manual.add_argument("--label", default="")
    manual.add_argument("--custody", default="other_custodian",
                        choices=("other_custodian", "hardware_wallet", "software_wallet"))
    manual.add_argument("--purpose", default="long_term", choices=("long_term", "collateral"))
    manual.set_defaults(func=run_manual)

    purpose = sub.add_parser("tag", help="set the purpose/custody class of one asset in one account or wallet")
    purpose.add_argument("source_id", help="account or wallet id ('*' = everywhere)")
    purpose.add_argument("asset")
    purpose.add_argument("--purpose", choices=("long_term", "collateral"))
    purpose.add_argument("--custody", choices=("exchange", "hardware_wallet", "software_wallet", "other_custodian"))
    purpose.set_defaults(func=run_tag)


def _add_key_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--script-type", choices=SCRIPT_TYPES, help="required for a plain xpub (Ledger Live: p2wpkh)")
    p.add_argument("--origin", help="master fingerprint and path for a bare xpub, e.g. 73c5da0a/84h/0h/0h")


def read_source(source: str) -> str:
    """The import text: stdin for '-', a file's content when the argument names a file, else the argument
    itself (a pasted descriptor or export, however long: no "File name too long").

    Sizes are capped before anything is read or parsed (``MAX_IMPORT_CHARS``): a huge paste is refused at
    once instead of costing minutes of CPU."""
    from core.custody.keys import MAX_IMPORT_CHARS

    too_large = f"the input is too large to be a wallet export (at most {MAX_IMPORT_CHARS:,} characters)"
    if source == "-":
        text = sys.stdin.read(MAX_IMPORT_CHARS + 1)
        if len(text) > MAX_IMPORT_CHARS:
            raise CommandError(too_large)
        return text
    if not _could_be_path(source):
        return source
    path = Path(source)
    try:
        is_file = path.is_file()
    except OSError:  # "File name too long" and the like: no file has this name, so it is the text itself
        return source
    if not is_file:
        return source
    try:
        if path.stat().st_size > 4 * MAX_IMPORT_CHARS:  # UTF-8: at most 4 bytes a character
            raise CommandError(too_large)
        with path.open("r", encoding="utf-8", errors="replace") as f:
            text = f.read(MAX_IMPORT_CHARS + 1)
    except OSError as exc:
        raise CommandError(f"cannot read the file: {exc.strerror}") from None
    if len(text) > MAX_IMPORT_CHARS:
        raise CommandError(too_large)
    return text


def _could_be_path(source: str) -> bool:
    """False for what cannot name a file here: text with a newline or NUL, or longer than any path."""
    return bool(source) and "\n" not in source and "\x00" not in source and len(source) <= 4096


def _parse(args) -> WatchOnlyImport:
    from core.custody.importer import parse_import
    from core.custody.keys import ImportRefused

    try:
        return parse_import(read_source(args.source), script_type=args.script_type, origin=args.origin,
                            evm_chain=getattr(args, "chain", "ethereum"))
    except ImportRefused as exc:
        raise CommandError(str(exc)) from None  # never chain: the cause may quote the input


@terminal_safe
def run_add(args) -> int:
    from core.custody import CustodyInputError
    from core.custody.importer import derive_addresses
    from core.model import CustodyClass

    imported = _parse(args)
    with open_session(args) as session:
        try:
            wallet = session.add_wallet(imported, args.label, args.vendor, CustodyClass(args.custody), now_utc())
        except CustodyInputError as exc:
            raise CommandError(str(exc)) from None
        settings = session.settings
        if wallet.chain.startswith("bitcoin") and not settings.esplora_explained:
            # once, on stderr so --json stays clean: what the chain server will learn
            sys.stderr.write(f"Note: balances come from the Esplora server {settings.esplora_url}. It learns every "
                             "address of this wallet, can link them, and sees your IP address unless a SOCKS "
                             "proxy (e.g. Tor) is set in Settings. Your own node's Esplora, or Tor, keeps this "
                             "private.\n")
            session.update_settings(esplora_explained=True)
    first = derive_addresses(wallet.public_ref, count=1)[0]
    testnet = imported.testnet_warning  # accepted, but its coins count nowhere: say so loudly
    warnings = [*imported.warnings, *([str(testnet)] if testnet is not None else [])]
    if args.json:
        if testnet is not None:  # stderr too, so a script piping the JSON still shows a person the warning
            sys.stderr.write(f"WARNING: {testnet}\n")
        print_json({"id": wallet.id, "label": wallet.label, "kind": wallet.kind, "chain": wallet.chain,
                    "testnet": testnet is not None, "vendor": wallet.vendor, "first_receive_address": first,
                    "warnings": warnings})
        return 0
    from core.custody.importer import group4

    print(f"Watching '{terminal_text(wallet.label, single_line=True)}' ({wallet.kind}, {wallet.chain}) as {wallet.id}")
    print(f"Receive address #0: {group4(first)}  <- verify this on your device")
    if testnet is not None:
        print(f"WARNING: {testnet}")
    for w in imported.warnings:
        print(f"warning: {terminal_text(w, single_line=True)}")
    return 0


@terminal_safe
def run_list(args) -> int:
    with open_session(args) as session:
        wallets, manual = session.wallets(), session.manual_holdings()
    if args.json:
        print_json({"wallets": [{"id": w.id, "label": w.label, "kind": w.kind, "chain": w.chain,
                                 "vendor": w.vendor, "custody_class": w.custody_class.value} for w in wallets],
                    "manual_holdings": [{"asset": h.asset, "amount": h.amount, "label": h.label,
                                         "custody_class": h.custody_class.value, "purpose": h.purpose.value}
                                        for h in manual]})
        return 0
    print(table([[w.id, w.label, w.kind, w.chain, w.vendor, w.custody_class.value] for w in wallets],
                ["id", "label", "kind", "chain", "vendor", "custody"]))
    if manual:
        print()
        print(table([[h.label, h.asset, f"{h.amount:g}", h.custody_class.value, h.purpose.value] for h in manual],
                    ["manual holding", "asset", "amount", "custody", "purpose"], right={2}))
    return 0


@terminal_safe
def run_remove(args) -> int:
    with open_session(args) as session:
        if not session.remove_wallet(args.wallet_id):
            raise CommandError(f"no wallet with id {shown(args.wallet_id)} (see 'undertow wallet list')")
    print(f"Stopped watching {args.wallet_id}")
    return 0


@terminal_safe
def run_derive(args) -> int:
    from core.custody.importer import derive_addresses, group4
    from core.custody.keys import ImportRefused

    count = whole_number(args.count, "--count", 1, 1000)
    start = whole_number(args.start, "--start", 0, MAX_START)
    imported = _parse(args)
    try:
        addresses = derive_addresses(imported.public_ref, change=args.change, count=count, start=start)
    except ImportRefused as exc:
        raise CommandError(str(exc)) from None
    branch = 1 if args.change else 0
    single = imported.kind != "btc-descriptor" or len(addresses) == 1 and "*" not in imported.public_ref
    rows: list[dict[str, Any]] = [{"index": None if single else start + i,
                                   "chain": None if single else ("change" if branch else "receive"),
                                   "address": a}
                                  for i, a in enumerate(addresses)]
    if args.json:
        print_json({"kind": imported.kind, "script_type": imported.script_type, "fingerprint": imported.fingerprint,
                    "warnings": list(imported.warnings), "addresses": rows})
        return 0
    chain = "change" if args.change else "receive"
    print(f"{imported.script_type or imported.kind} {chain} addresses"
          + (f" (fingerprint {imported.fingerprint})" if imported.fingerprint else ""))
    print(table([["" if r["index"] is None else f"#{r['index']}", group4(r["address"])] for r in rows],
                ["index", "address"]))
    print("\nVerify on your device: the addresses it shows must match these exactly.")
    for w in imported.warnings:
        print(f"warning: {terminal_text(w, single_line=True)}")
    return 0


@terminal_safe
def run_moves(args) -> int:
    from core.custody.importer import group4
    from core.sync import describe_failure
    from desktop.commands._common import latest_analysis, refreshed_analysis

    with open_session(args) as session:
        analysis = latest_analysis(session) if args.no_sync else refreshed_analysis(session)
        plan = analysis.split.plan
        found: dict[str, tuple[str, int | None] | str] = {}  # wallet id -> (address, index) or why not
        for wallet in {m.wallet.id: m.wallet for a in plan for m in a.moves if m.wallet is not None}.values():
            try:
                found[wallet.id] = session.run(session.next_receive_address(wallet))
            except Exception as exc:  # noqa: BLE001 - a chain server's failure is reported, the plan still shown
                found[wallet.id] = describe_failure(exc)
    rows: list[dict[str, Any]] = []
    for account in plan:
        for m in account.moves:
            where = found.get(m.wallet.id) if m.wallet is not None else None
            address, index = where if isinstance(where, tuple) else (None, None)
            rows.append({"account_id": m.account_id, "account": m.account_label, "asset": m.asset,
                         "amount": m.amount, "value_usd": round(m.value_usd, 2),
                         "counted_as_margin_usd": round(m.counted_usd, 2), "reason": m.reason,
                         "wallet_id": m.wallet.id if m.wallet else None, "wallet": m.wallet.label if m.wallet else None,
                         "address": address, "address_index": index,
                         "address_error": where if isinstance(where, str) else None,
                         "action": str(m.action(index)), "why": str(m.why)})
    if args.json:
        print_json({"taken_at": analysis.snapshot.taken_at.isoformat(), "demo": analysis.snapshot.demo,
                    "buffer_multiple": analysis.split.margin_multiple, "moves": rows,
                    "accounts": [{"account_id": a.account_id, "account": a.label, "mode": a.mode,
                                  "collateral_value_usd": round(a.collateral_value_usd, 2),
                                  "margin_needed_usd": round(a.margin_needed_usd, 2), "keep_usd": round(a.keep_usd, 2),
                                  "movable_usd": round(a.movable_usd, 2), "summary": str(a.summary)} for a in plan]})
        return 0
    if not plan:
        print("No exchange account holds anything to move.")
    for row in rows:
        print(terminal_text(row["action"], single_line=True))
        if row["address"]:
            print(f"    {group4(row['address'])}  <- verify this on your device before withdrawing")
        elif row["address_error"]:
            print(f"    (next receive address not found: {terminal_text(row['address_error'], single_line=True)})")
        print(f"    {terminal_text(row['why'], single_line=True)}")
    for account in plan:
        if not account.moves:
            print(terminal_text(str(account.summary), single_line=True))
    print(f"\nEach account keeps {analysis.split.margin_multiple:g}x the margin its positions need, by its own rules "
          "(undertow settings: margin_buffer_multiple).")
    return 0


@terminal_safe
def run_manual(args) -> int:
    from core.custody import CustodyInputError
    from core.model import CustodyClass, Purpose

    with open_session(args) as session:
        try:
            hid = session.add_manual_holding(args.label, args.asset, args.amount, CustodyClass(args.custody),
                                             Purpose(args.purpose), now_utc())
        except CustodyInputError as exc:
            raise CommandError(str(exc)) from None
    print(f"Recorded {args.amount} {args.asset.upper()} as {hid}")
    return 0


@terminal_safe
def run_tag(args) -> int:
    from core.custody import CustodyInputError
    from core.model import CustodyClass, Purpose
    from core.store.custody_repo import guard_text

    try:
        source_id = guard_text(args.source_id, "the account or wallet id", 200)
        asset = guard_text(args.asset, "the asset", 64).upper()
    except CustodyInputError as exc:
        raise CommandError(str(exc)) from None
    with open_session(args) as session:
        session.set_override(source_id, asset, Purpose(args.purpose) if args.purpose else None,
                             CustodyClass(args.custody) if args.custody else None)
    print("Saved" if args.purpose or args.custody else "Override removed")
    return 0
