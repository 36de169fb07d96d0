"""``undertow accounts add|list|test|remove``: exchange accounts from the terminal.

Secrets are never taken from the command line (shell history, ``ps``): the API secret and passphrase
are read from a hidden prompt, from ``--secret-stdin``, or from the environment variables
``UNDERTOW_API_SECRET`` / ``UNDERTOW_API_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.commands import CommandError
from desktop.commands._common import now_utc, open_session, print_json, table
from desktop.commands._safe import terminal_safe
from desktop.format import terminal_text


def register(subparsers) -> None:
    p = subparsers.add_parser("accounts", help="add, list, test or remove exchange accounts",
                              description="Manage the exchange accounts Undertow reads (read-only API keys).")
    sub = p.add_subparsers(dest="accounts_command", metavar="ACTION")
    sub.required = True

    add = sub.add_parser("add", help="add an account (the key is kept in the OS keyring)")
    add.add_argument("venue", help="binanceusdm, bybit, okx, hyperliquid, or any ccxt exchange id")
    add.add_argument("--label", default="", help="a name for the account")
    add.add_argument("--api-key", default=os.environ.get("UNDERTOW_API_KEY", ""), help="the READ-ONLY API key")
    add.add_argument("--wallet", default="", help="Hyperliquid: the public wallet address")
    add.add_argument("--sub-account", default="", metavar="ADDRESS",
                     help="Hyperliquid: read this sub-account of the wallet instead (its address)")
    add.add_argument("--vault", default="", metavar="ADDRESS",
                     help="Hyperliquid: read this vault instead (its address)")
    add.add_argument("--portfolio-margin", action="store_true",
                     help="Binance: a Portfolio Margin account (positions and balance are read from /papi)")
    add.add_argument("--secret-stdin", action="store_true",
                     help="read the API secret (and then the passphrase) from stdin, one per line")
    add.add_argument("--margin-mode", choices=("cross", "isolated"), default="cross")
    add.add_argument("--base-url", default="", help="advanced: API base URL of a proxy or mirror")
    add.add_argument("--no-test", action="store_true", help="do not try the key after adding it")
    add.add_argument("--json", action="store_true", help="machine-readable JSON output")
    add.set_defaults(func=run_add)

    ls = sub.add_parser("list", help="list the configured accounts")
    ls.add_argument("--json", action="store_true", help="machine-readable JSON output")
    ls.set_defaults(func=run_list)

    test = sub.add_parser("test", help="connect once and report positions, balances and key rights")
    test.add_argument("account", nargs="?", help="id or label (default: all)")
    test.add_argument("--json", action="store_true", help="machine-readable JSON output")
    test.set_defaults(func=run_test)

    rm = sub.add_parser("remove", help="remove an account and its keyring entry")
    rm.add_argument("account", help="id or label")
    rm.add_argument("--json", action="store_true", help="machine-readable JSON output")
    rm.set_defaults(func=run_remove)


def _find(session, key: str):
    config = session.find_account(key)
    if config is None:
        raise CommandError(f"no account {key!r} (see 'undertow accounts list')")
    return config


def _key_state(config) -> str:
    from core import secrets

    if not config.secret_ref:
        return "none needed"
    try:
        found = secrets.load_secret(config.id, strict=config.secret_ref == secrets.KEYRING_REF)
        return config.secret_ref if found else "MISSING (re-enter it in Accounts)"
    except secrets.KeyringLocked:
        return "keyring locked (unlock it)"
    except secrets.SecretStoreError:
        return "no keyring available (start a Secret Service)"


def _read_secrets(args, needs_passphrase: bool) -> tuple[str, str]:
    if args.secret_stdin:
        lines = sys.stdin.read().splitlines()
        return (lines[0].strip() if lines else ""), (lines[1].strip() if len(lines) > 1 else "")
    secret = os.environ.get("UNDERTOW_API_SECRET", "")
    passphrase = os.environ.get("UNDERTOW_API_PASSPHRASE", "")
    if not secret and sys.stdin.isatty():
        secret = getpass.getpass("API secret (hidden): ")
    if needs_passphrase and not passphrase and sys.stdin.isatty():
        passphrase = getpass.getpass("API passphrase (hidden): ")
    return secret, passphrase


@terminal_safe
def run_add(args: argparse.Namespace) -> int:
    from core import secrets
    from core.exchanges.accounts import AccountError
    from core.exchanges.venues import READ_ONLY_ADVICE, generic_venue_problem, venue_spec

    spec = venue_spec(args.venue)
    try:
        problem = generic_venue_problem(args.venue)
    except Exception as exc:  # noqa: BLE001 - ccxt missing or broken
        raise CommandError(f"cannot check the exchange id: {type(exc).__name__}") from None
    if problem:
        raise CommandError(problem)
    credentials = {"walletAddress": args.wallet} if "walletAddress" in spec.public_keys else {}
    options = _sub_account_options(spec, args.sub_account, args.vault)
    if args.portfolio_margin:
        from core.exchanges.probes import probe_module

        key = getattr(probe_module(spec.account_probe), "OPTION_PORTFOLIO_MARGIN", None)
        if key is None:
            raise CommandError(f"{spec.name} has no Portfolio Margin account to choose (--portfolio-margin)")
        options[key] = True
    if spec.secret_keys:
        secret, passphrase = _read_secrets(args, "password" in spec.secret_keys)
        credentials.update({"apiKey": args.api_key, "secret": secret, "password": passphrase})
    with open_session(args) as session:
        try:
            config = session.create_account(args.venue, args.label, credentials, now=now_utc(),
                                            margin_mode=args.margin_mode, api_base_url=args.base_url,
                                            options=options)
            result = None if args.no_test else _probe(session, config)
        except (AccountError, secrets.SecretStoreError) as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print_json({"id": config.id, "venue": config.venue, "label": config.label,
                    "test": _result_record(result) if result else None})
        return 0
    print(f"Added {spec.name} account '{config.label}'" + ("; key stored in the OS keyring." if spec.secret_keys
                                                           else "."))
    if spec.secret_keys:
        print(READ_ONLY_ADVICE)
    if result is not None:
        print(("OK: " if result.ok else "FAILED: ") + terminal_text(result.message, single_line=True))
    return 0 if result is None or result.ok else 1


def _sub_account_options(spec, sub_account: str, vault: str) -> dict:
    """The account options that read a sub-account or vault, where the venue's probe has them."""
    if not (sub_account or vault):
        return {}
    from core.exchanges.probes import probe_module

    make = getattr(probe_module(spec.account_probe), "sub_account_options", None)
    if make is None:
        raise CommandError(f"{spec.name} accounts have no sub-account or vault to choose (--sub-account, --vault)")
    try:
        return dict(make(sub_account, vault))
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def _probe(session, config):
    """One connection test on the session's loop (the session closes the exchange clients afterwards)."""
    from core import secrets
    from core.exchanges.ccxt_source import probe_account

    credentials = secrets.load_secret(config.id) if config.secret_ref else None
    return session.run(probe_account(config, credentials, now_utc()), timeout=120)


def _result_record(result) -> dict:
    perms = result.permissions
    return {"ok": result.ok, "message": result.message, "positions": result.positions, "assets": result.assets,
            "key_can_trade": perms.trade if perms else None, "key_can_withdraw": perms.withdraw if perms else None}


@terminal_safe
def run_list(args: argparse.Namespace) -> int:
    from core.exchanges.venues import venue_spec

    with open_session(args) as session:
        configs = session.accounts()
    keys = {c.id: _key_state(c) for c in configs}
    if args.json:
        print_json([{"id": c.id, "venue": c.venue, "label": c.label, "margin_mode": c.margin_mode,
                     "api_base_url": c.api_base_url or None, "key": keys[c.id], "created_at": c.created_at}
                    for c in configs])
        return 0
    if not configs:
        print("No exchange accounts yet. Add one with: undertow accounts add binanceusdm --api-key ...")
        return 0
    # the label first; the id last, for telling apart two accounts of the same name ('accounts remove ID')
    rows = [[c.label, venue_spec(c.venue).name, c.margin_mode, keys[c.id], c.api_base_url or "-", c.id]
            for c in configs]
    print(table(rows, ["account", "venue", "margin", "key", "API base URL", "id"]))
    return 0


@terminal_safe
def run_test(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        configs = [_find(session, args.account)] if args.account else session.accounts()
        if not configs:
            raise CommandError("no accounts are configured yet")
        results = [(c, _probe(session, c)) for c in configs]
    if args.json:
        print_json([{"id": c.id, "label": c.label, "venue": c.venue, **_result_record(r)} for c, r in results])
    else:
        from core.exchanges.venues import venue_spec

        for c, r in results:
            print(terminal_text(f"{c.label} ({venue_spec(c.venue).name}): " + ("OK  " if r.ok else "FAILED  ")
                                + r.message, single_line=True))
    return 0 if all(r.ok for _, r in results) else 1


@terminal_safe
def run_remove(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        config = _find(session, args.account)
        session.delete_account(config.id)
    if args.json:
        print_json({"removed": config.id, "label": config.label})
    else:
        from core.exchanges.venues import venue_spec

        print(f"Removed '{config.label}' ({venue_spec(config.venue).name}) and its keyring entry. Revoke the key at "
              "the exchange too.")
    return 0
