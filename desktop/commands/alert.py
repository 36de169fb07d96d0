"""``undertow alert list|add|test|enable|disable|remove``: the channels alerts reach you through.

Secrets (an SMTP password, a Telegram bot token, an ntfy access token, a webhook signing secret) are never taken
from the command line (shell history, ``ps``): they are read from a hidden prompt, from ``--secret-stdin`` or
from the environment variable ``UNDERTOW_ALERT_SECRET``, and kept in the OS keyring.

Exit codes: 0 done (``test``: the alert went out), 1 ``test`` failed, 2 bad input.
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

SECRET_ENV = "UNDERTOW_ALERT_SECRET"


def register(subparsers) -> None:
    from core.alerts.config import CHANNEL_KINDS, EMAIL_SECURITY, KIND_SPECS

    p = subparsers.add_parser(
        "alert", help="alert channels: list, add, test, enable, disable or remove",
        description="The channels alerts reach you through: desktop notification, e-mail (SMTP), ntfy, a Telegram "
                    "bot, a webhook. All opt-in; no server of Undertow's in between.")
    sub = p.add_subparsers(dest="alert_command", metavar="ACTION")
    sub.required = True

    ls = sub.add_parser("list", help="list the channels with their last result")
    ls.add_argument("--json", action="store_true", help="machine-readable JSON output")
    ls.set_defaults(func=run_list)

    kinds = ", ".join(f"{k} ({KIND_SPECS[k].name})" for k in CHANNEL_KINDS)
    add = sub.add_parser(
        "add", help="add or change a channel (its secret goes to the OS keyring)",
        description=f"Add a channel, or change the one of that name. Types: {kinds}. The secret field (password, "
                    f"token, signing secret) is read from a hidden prompt, --secret-stdin or ${SECRET_ENV}.")
    add.add_argument("kind", choices=CHANNEL_KINDS, help="the type of channel")
    add.add_argument("name", help="your name for it, e.g. phone or mail (used by 'undertow alert test NAME')")
    group = add.add_argument_group("settings (by type)")
    seen: set[str] = set()
    for kind in CHANNEL_KINDS:
        for f in KIND_SPECS[kind].public_fields:
            if f.key in seen:
                continue
            seen.add(f.key)
            extra = {"choices": EMAIL_SECURITY} if f.key == "security" else {}
            default = f" (default {f.default})" if f.default else ""
            group.add_argument("--" + f.key.replace("_", "-"), dest=f.key, default=None, metavar="VALUE",
                               help=f"{kind}: {f.help or f.label}{default}", **extra)
    add.add_argument("--secret-stdin", action="store_true", help="read the secret from the first line of stdin")
    add.add_argument("--no-secret", action="store_true", help="do not ask for an optional secret")
    add.add_argument("--disabled", action="store_true", help="store the channel switched off")
    add.add_argument("--test", action="store_true", help="send a test alert once it is stored")
    add.add_argument("--json", action="store_true", help="machine-readable JSON output")
    add.set_defaults(func=run_add)

    test = sub.add_parser("test", help="send a test alert through a channel (exit 1 if it fails)")
    test.add_argument("channel", help="the channel's name (see 'undertow alert list')")
    test.add_argument("--json", action="store_true", help="machine-readable JSON output")
    test.set_defaults(func=run_test)

    for action, text in (("enable", "switch a channel on"), ("disable", "switch a channel off (kept configured)")):
        sp = sub.add_parser(action, help=text)
        sp.add_argument("channel", help="the channel's name")
        sp.add_argument("--json", action="store_true", help="machine-readable JSON output")
        sp.set_defaults(func=run_enable, enabled=action == "enable")

    rm = sub.add_parser("remove", help="remove a channel and its keyring entry")
    rm.add_argument("channel", help="the channel's name")
    rm.add_argument("--json", action="store_true", help="machine-readable JSON output")
    rm.set_defaults(func=run_remove)


def _register_desktop() -> None:
    """Desktop notifications from the terminal go straight to D-Bus (no tray here)."""
    from desktop.notify import register

    register()


def _find(session, name: str):
    config = session.find_alert_channel(name)
    if config is None:
        raise CommandError(f"no alert channel {name!r} (see 'undertow alert list')")
    return config


def _secret_state(config) -> str:
    from core import secrets
    from core.alerts.config import secret_id

    if not config.secret_ref:
        return "none"
    try:
        return config.secret_ref if secrets.load_secret(secret_id(config.name)) else "MISSING (re-enter)"
    except secrets.SecretStoreError:
        return "keyring locked"


def _when(at) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else "-"


def _last(status) -> str:
    if status.state == "never":
        return "never used"
    if status.state == "ok":
        return f"sent {_when(status.last_at)}"
    if status.state == "rate_limited":
        return f"held back {_when(status.last_at)} (rate limit)"
    return f"FAILED {_when(status.last_at)}: {status.last_error}"


def _status_record(status) -> dict:
    return {"state": status.state, "last_at": status.last_at.isoformat() if status.last_at else None,
            "last_ok_at": status.last_ok_at.isoformat() if status.last_ok_at else None,
            "last_error": status.last_error or None, "sent_last_hour": status.sent_last_hour,
            "held_back": status.held_back}


@terminal_safe
def run_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        configs = session.alert_channels()
        statuses = {s.channel: s for s in session.alert_channel_statuses(now_utc())}
        settings = session.settings
    secrets_ = {c.name: _secret_state(c) for c in configs}
    if args.json:
        print_json({"include_amounts": settings.alerts_include_amounts,
                    "rate_limit_per_hour": settings.alert_rate_limit_per_hour,
                    "channels": [{"name": c.name, "kind": c.kind, "enabled": c.enabled, "target": c.target(),
                                  "secret": secrets_[c.name], **_status_record(statuses[c.name])} for c in configs]})
        return 0
    if not configs:
        print("No alert channels yet. Add one, e.g.: undertow alert add ntfy phone --topic <a hard-to-guess topic>")
        return 0
    rows = [[c.name, c.spec.name, "on" if c.enabled else "off", c.target(), secrets_[c.name], _last(statuses[c.name])]
            for c in configs]
    print(table(rows, ["name", "type", "", "delivers to", "secret", "last result"]))
    print(f"\nAmounts in alerts: {'allowed' if settings.alerts_include_amounts else 'never'}; "
          f"at most {settings.alert_rate_limit_per_hour} alerts per channel per hour.")
    return 0


def _read_secret(args, field, editing: bool) -> str:
    if args.secret_stdin:
        lines = sys.stdin.read().splitlines()
        return lines[0].strip() if lines else ""
    value = os.environ.get(SECRET_ENV, "").strip()
    if value or args.no_secret or not sys.stdin.isatty():
        return value
    if editing:
        prompt = f"{field.label} (hidden, Enter keeps the stored one): "
    elif field.required:
        prompt = f"{field.label} (hidden): "
    else:
        prompt = f"{field.label} (hidden, optional, Enter for none): "
    return getpass.getpass(prompt).strip()


@terminal_safe
def run_add(args: argparse.Namespace) -> int:
    from core import secrets
    from core.alerts.config import KIND_SPECS, ChannelConfigError

    spec = KIND_SPECS[args.kind]
    for key in {f.key for k in KIND_SPECS.values() for f in k.public_fields} - {f.key for f in spec.public_fields}:
        if getattr(args, key, None) is not None:
            raise CommandError(f"--{key.replace('_', '-')} is not a setting of a {spec.name} channel")
    with open_session(args) as session:
        current = session.find_alert_channel(args.name)
        editing = current is not None and current.kind == args.kind
        options = dict(current.options) if current is not None and editing else {}
        options.update({f.key: getattr(args, f.key) for f in spec.public_fields if getattr(args, f.key) is not None})
        secret = {}
        for field in spec.secret_fields:  # every kind has at most one secret field
            value = _read_secret(args, field, editing)
            if value:
                secret[field.key] = value
        try:
            config = session.save_alert_channel(args.kind, args.name, options, secret, now=now_utc(),
                                                enabled=not args.disabled)
        except (ChannelConfigError, secrets.SecretStoreError) as exc:
            raise CommandError(str(exc)) from None
        delivery = None
        if args.test:
            _register_desktop()
            delivery = session.run(session.send_test_alert(config.name, now_utc()), timeout=180)
    if args.json:
        print_json({"name": config.name, "kind": config.kind, "enabled": config.enabled, "target": config.target(),
                    "test": _delivery_record(delivery) if delivery else None})
    else:
        where = " (secret in the OS keyring)" if config.secret_ref == secrets.KEYRING_REF else ""
        print(f"{'Changed' if editing else 'Added'} {spec.name} channel '{config.name}'{where}"
              f"{'' if config.enabled else ', switched off'}.")
        if delivery is not None:
            print(_delivery_line(config.name, delivery))
        elif config.enabled:
            print(f"Try it: undertow alert test {config.name}")
    return 0 if delivery is None or delivery.ok else 1


def _delivery_record(d) -> dict:
    return {"ok": d.ok, "outcome": d.outcome, "error": d.error or None, "attempts": d.attempts,
            "at": d.at.isoformat()}


def _delivery_line(name: str, d) -> str:
    if d.ok:
        return f"OK: a test alert went out through '{name}'" + (f" ({d.attempts} tries)" if d.attempts > 1 else "")
    error = terminal_text(d.error, single_line=True)  # the channel's server's own words, on one line
    return f"FAILED: '{name}': {error}" + (f" (after {d.attempts} tries)" if d.attempts > 1 else "")


@terminal_safe
def run_test(args: argparse.Namespace) -> int:
    from core.alerts.config import ChannelConfigError

    _register_desktop()
    with open_session(args) as session:
        config = _find(session, args.channel)
        try:
            delivery = session.run(session.send_test_alert(config.name, now_utc()), timeout=180)
        except ChannelConfigError as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print_json({"name": config.name, **_delivery_record(delivery)})
    else:
        print(_delivery_line(config.name, delivery))
    return 0 if delivery.ok else 1


@terminal_safe
def run_enable(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        config = session.set_alert_channel_enabled(_find(session, args.channel).name, args.enabled, now_utc())
    if args.json:
        print_json({"name": config.name, "enabled": config.enabled})
    else:
        print(f"Channel '{config.name}' is {'on' if config.enabled else 'off'}.")
    return 0


@terminal_safe
def run_remove(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        config = _find(session, args.channel)
        session.delete_alert_channel(config.name)
    if args.json:
        print_json({"removed": config.name})
    else:
        print(f"Removed the channel '{config.name}' and its keyring entry.")
    return 0
