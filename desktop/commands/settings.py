"""``undertow settings``: show and change the settings from the terminal (the chain servers, the proxy...).

``show`` lists every setting (``--json`` for scripts); ``set KEY VALUE`` checks the value first (an http(s)
URL for the chain servers, ``socks5://host:port`` for the proxy, numbers finite and in the Settings dialog's
ranges) and stores it; ``reset KEY`` puts the default back. Nothing here prints a URL's password.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import fields
from typing import Any
from urllib.parse import urlsplit

from desktop.commands import CommandError
from desktop.commands._common import open_session, print_json, shown, table
from desktop.commands._safe import terminal_safe

MAX_TEXT_CHARS = 2048

# Numbers: (low, high), the ranges of the Settings dialog; settings added later without an entry here get a
# generic check (finite, >= 0, at most 1e6).
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "refresh_interval_min": (0, 1440),
    "liquidation_alert_pct": (1, 90),
    "gap_rule_pct": (1, 50),
    "margin_buffer_multiple": (1, 20),
    "watch_fast_interval_s": (5, 3600),
    "watch_slow_interval_s": (10, 86_400),
    "alert_distance_sigma": (0.1, 20),
    "alert_margin_ratio_pct": (1, 100),
    "alert_hysteresis_pct": (0, 50),
    "alert_rate_limit_per_hour": (1, 1000),
    "request_timeout_s": (1, 120),
    "source_timeout_s": (1, 600),
    "market_series_refresh_h": (1, 168),
}
GENERIC_RANGE = (0.0, 1e6)
THEMES = ("system", "light", "dark")
PROXY_SCHEMES = ("socks5", "socks5h")  # what httpx (with socksio) can use
URL_SETTINGS = ("esplora_url", "evm_rpc_url")
DESCRIPTIONS = {
    "esplora_url": "Esplora REST server for Bitcoin balances",
    "evm_rpc_url": "EVM JSON-RPC server for ETH and token balances",
    "socks_proxy": "SOCKS proxy for the chain servers (empty = direct)",
    "spot_volume_enabled": "read the held assets' 24 h spot volume (public tickers) for open interest against spot",
    "etf_btc_url": "CSV/HTML table of daily spot BTC ETF net flows (empty = off)",
    "etf_eth_url": "CSV/HTML table of daily spot ETH ETF net flows (empty = off)",
    "etf_in_millions": "the ETF tables are in US$ millions (false: in dollars)",
    "vix_url": "Cboe VIX daily history CSV (empty = off)",
    "gvz_url": "Cboe GVZ (gold volatility) daily history CSV (empty = off)",
    "deribit_url": "Deribit API for the DVOL implied-volatility index (empty = off)",
    "market_series_refresh_h": "hours between fetches of the ETF and volatility series",
}
#: Market-fragility sources (issue 19): an http(s) URL, or '' to turn the source off.
OPTIONAL_URL_SETTINGS = ("etf_btc_url", "etf_eth_url", "vix_url", "gvz_url", "deribit_url")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "settings", help="show or change the settings (chain servers, proxy, reminders...)",
        description="Show or change Undertow's settings. The chain servers and the SOCKS proxy can be set "
                    "here as in the window's Settings dialog, e.g. 'undertow settings set esplora_url "
                    "http://127.0.0.1:3002/api' or 'undertow settings set socks_proxy socks5h://127.0.0.1:9050'.")
    sub = p.add_subparsers(dest="settings_command", metavar="ACTION")
    show = sub.add_parser("show", help="list the settings (or one of them)")
    show.add_argument("key", nargs="?", help="only this setting")
    show.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable JSON output")
    setp = sub.add_parser("set", help="change one setting: set KEY VALUE (checked before it is stored)")
    setp.add_argument("key")
    setp.add_argument("value", help="the new value ('' clears the proxy)")
    reset = sub.add_parser("reset", help="put one setting back to its default")
    reset.add_argument("key")
    p.add_argument("--json", action="store_true", help="machine-readable JSON output (with no ACTION)")
    p.set_defaults(func=run)


@terminal_safe
def run(args: argparse.Namespace) -> int:
    action = getattr(args, "settings_command", None)
    if action == "set":
        return run_set(args.key, args.value, args)
    if action == "reset":
        return run_reset(args.key, args)
    return run_show(getattr(args, "key", None), args)


# --- validation ----------------------------------------------------------------------------------------

def _names() -> tuple[str, ...]:
    from core.settings import SETTING_NAMES

    return SETTING_NAMES


def _default(key: str) -> Any:
    from core.settings import Settings

    return getattr(Settings(), key)


def check_key(key: str) -> str:
    if key not in _names():
        raise CommandError(f"unknown setting {shown(key)} (see 'undertow settings show')")
    return key


def parse_value(key: str, text: str) -> Any:
    """The typed, validated value of ``key`` from the command line; ``CommandError`` says why not (and
    never quotes a long or private value)."""
    from core.custody.keys import looks_private, private_field_message

    if len(text) > MAX_TEXT_CHARS:
        raise CommandError(f"the value of {key} is too long (at most {MAX_TEXT_CHARS} characters)")
    if looks_private(text, hex_secret="anywhere"):
        raise CommandError(private_field_message(f"the value of {key}"))
    if any(not ch.isprintable() for ch in text):
        raise CommandError(f"the value of {key} contains control characters")
    default = _default(key)
    if key in URL_SETTINGS:
        return check_url(key, text.strip())
    if key in OPTIONAL_URL_SETTINGS:
        return check_url(key, text.strip()) if text.strip() else ""
    if key == "socks_proxy":
        return check_proxy(text.strip())
    if isinstance(default, bool):
        return _parse_bool(key, text)
    if isinstance(default, (int, float)):
        return _parse_number(key, text, integer=isinstance(default, int))
    return _parse_text(key, text.strip())


def check_url(key: str, text: str) -> str:
    """An http(s) URL with a host (and a valid port); the path is kept (``.../api`` for Esplora)."""
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number in 0-65535
    except ValueError:
        raise CommandError(f"{key} must be an http(s) URL like https://blockstream.info/api") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", text):
        raise CommandError(f"{key} must be an http(s) URL like https://blockstream.info/api")
    if port == 0:
        raise CommandError(f"{key}: the port must be between 1 and 65535")
    if parts.fragment:
        raise CommandError(f"{key} must not contain a '#' fragment")
    return text.rstrip("/") if parts.path not in ("", "/") else text


def check_proxy(text: str) -> str:
    """'' (direct) or ``socks5://host:port`` / ``socks5h://host:port`` (socks5h resolves names through the
    proxy, what Tor needs to keep DNS private)."""
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        port, parts = None, None
    if parts is None or parts.scheme not in PROXY_SCHEMES or not parts.hostname or port is None or port == 0 \
            or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise CommandError("socks_proxy must look like socks5://127.0.0.1:9050 or socks5h://127.0.0.1:9050 "
                           "(or '' for a direct connection)")
    return text.rstrip("/")


def _parse_bool(key: str, text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise CommandError(f"{key} must be true or false")


def _parse_number(key: str, text: str, integer: bool) -> int | float:
    lo, hi = NUMBER_RANGES.get(key, GENERIC_RANGE)
    try:
        value = float(text) if len(text) <= 40 else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise CommandError(f"{key} must be a finite number from {lo:g} to {hi:g}")
    if integer and not value.is_integer():
        raise CommandError(f"{key} must be a whole number from {lo:g} to {hi:g}")
    if not lo <= value <= hi:
        raise CommandError(f"{key} must be from {lo:g} to {hi:g}")
    return int(value) if integer else value


def _languages() -> tuple[str, ...]:
    """"" (follow the system), English, and every bundled translation (resources/i18n/undertow_*.qm)."""
    from core.resources import resource_path

    try:
        found = sorted(p.stem.removeprefix("undertow_") for p in resource_path("i18n").glob("undertow_*.qm"))
    except OSError:
        found = []
    return ("", "en", *found)


def _parse_text(key: str, text: str) -> str:
    if key == "quote_currency":
        from core.money import CURRENCIES

        value = text.upper()
        if value not in CURRENCIES:
            raise CommandError(f"quote_currency must be one of {', '.join(CURRENCIES)}")
        return value
    if key == "theme":
        if text not in THEMES:
            raise CommandError(f"theme must be one of {', '.join(THEMES)}")
        return text
    if key == "language":
        languages = _languages()
        if text not in languages:
            raise CommandError(f"language must be one of {', '.join(repr(c) for c in languages)} ('' = system)")
        return text
    return text


# --- actions -------------------------------------------------------------------------------------------

def masked(key: str, value: Any) -> Any:
    """A URL's password is never printed (``https://user:***@host``)."""
    if key in (*URL_SETTINGS, *OPTIONAL_URL_SETTINGS, "socks_proxy") and isinstance(value, str) and "@" in value:
        try:
            parts = urlsplit(value)
        except ValueError:
            return value
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
            return parts._replace(netloc=netloc).geturl()
    return value


def _current(args: argparse.Namespace) -> dict[str, Any]:
    with open_session(args) as session:
        settings = session.settings
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def run_show(key: str | None, args: argparse.Namespace) -> int:
    values = _current(args)
    if key is not None:
        check_key(key)
        values = {key: values[key]}
    shown_values = {k: masked(k, v) for k, v in values.items()}
    if getattr(args, "json", False):
        print_json(shown_values)
        return 0
    rows = [[k, _text(v), "" if v == _default(k) else "changed", DESCRIPTIONS.get(k, "")]
            for k, v in shown_values.items()]
    sys.stdout.write(table(rows, ["setting", "value", "", "what"]) + "\n")
    if key is None:
        sys.stdout.write("\nChange one with 'undertow settings set KEY VALUE'; 'undertow settings reset KEY' "
                         "restores the default.\n")
    return 0


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return '""' if value == "" else str(value)


def run_set(key: str, text: str, args: argparse.Namespace) -> int:
    check_key(key)
    value = parse_value(key, text)
    _store(key, value, args)
    print(f"{key} = {_text(masked(key, value))}")
    return 0


def run_reset(key: str, args: argparse.Namespace) -> int:
    check_key(key)
    value = _default(key)
    _store(key, value, args)
    print(f"{key} = {_text(masked(key, value))} (default)")
    return 0


def _store(key: str, value: Any, args: argparse.Namespace) -> None:
    with open_session(args) as session:
        session.update_settings(**{key: value})
