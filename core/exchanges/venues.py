"""The ccxt client of a venue: built from its spec, pointed at a base URL, asked for the key's rights.

The spec itself (credentials the user types in, the ccxt options that keep the client to the calls a
positions viewer needs, how to read the key's permissions) is per-venue knowledge in ``core.venues``;
this module turns it into a configured ``ccxt.async_support`` client.
ccxt is imported only inside functions: this module is on the GUI start-up path.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from core.messages import QT_TRANSLATE_NOOP, message
from core.retry import Gate, parse_retry_after
from core.venues import REGISTRY, Credential, KeyPermissions, Venue, first_class_venues, venue_spec

if TYPE_CHECKING:
    from core.exchanges.accounts import AccountConfig

__all__ = ["RAW_RESPONSES", "READ_ONLY_ADVICE", "Credential", "KeyPermissions", "Venue", "build_exchange",
           "first_class_venues", "gate_of", "generic_venue_problem", "point_at", "read_key_permissions", "venue_spec"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 10_000  # per request; the retry policy's budgets (core.retry) bound the total

#: Set to a list by a caller that wants the decoded JSON of every response its ccxt call received (in its own
#: task; tasks it starts inherit it): the positions reader uses it to see rows ccxt dropped.
RAW_RESPONSES: ContextVar[list[Any] | None] = ContextVar("undertow_raw_responses", default=None)

#: HTTP statuses whose ``Retry-After`` holds back the client (rate limits, IP bans, maintenance).
_PACING_STATUSES = frozenset({418, 429, 503})


READ_ONLY_ADVICE = message(QT_TRANSLATE_NOOP(
    "Core", "Create a READ-ONLY key: Undertow only reads positions, balances and market data. A key that can "
    "trade or withdraw turns any leak of this computer into a loss of funds."))


def generic_venue_problem(venue_id: str) -> str | None:
    """Why ``venue_id`` cannot be used, or None. Imports ccxt (slow): call it when adding an account."""
    if venue_id in REGISTRY:
        return None
    import ccxt.async_support as ccxt_async

    if venue_id not in ccxt_async.exchanges:
        known = ", ".join(v.ccxt_id for v in first_class_venues())
        return f"unknown exchange {venue_id!r} (use a ccxt exchange id such as {known})"
    has = getattr(ccxt_async, venue_id)().has  # describe() only; no I/O, no session opened
    if not has.get("fetchPositions"):
        return f"{venue_id} does not support reading positions (fetchPositions) through ccxt"
    return None


def point_at(exchange: Any, base_url: str) -> Any:
    """Send every REST call of ``exchange`` to ``base_url`` (a proxy, a mirror or a test fake),
    keeping each API's path prefix (/fapi/v1, /sapi/v1, ...)."""
    base = base_url.rstrip("/")
    for key, url in list(exchange.urls["api"].items()):
        if isinstance(url, str):
            exchange.urls["api"][key] = base + urlsplit(url).path
    return exchange


def build_exchange(config: AccountConfig, credentials: Mapping[str, str] | None) -> Any:
    """A configured ``ccxt.async_support`` client for one ``AccountConfig`` (no I/O yet)."""
    import ccxt.async_support as ccxt_async

    spec = venue_spec(config.venue)
    cls = getattr(ccxt_async, spec.ccxt_id, None)
    if cls is None:
        from core.sync import SourceError

        raise SourceError("not_supported", f"ccxt does not know the exchange {config.venue!r}.")
    options = config.options or {}
    params: dict[str, Any] = {
        "enableRateLimit": bool(options.get("rate_limit", True)),
        "timeout": int(options.get("timeout_ms", DEFAULT_TIMEOUT_MS)),
        "options": {k: (dict(v) if isinstance(v, dict) else v) for k, v in spec.ccxt_options.items()},
    }
    for key in spec.secret_keys:
        if credentials and credentials.get(key):
            params[key] = credentials[key]
    for key in spec.public_keys:
        if options.get(key):
            params[key] = options[key]
    exchange = cls(params)
    # ccxt logs request headers (the API key) at DEBUG; keep its logger above that, always.
    logging.getLogger("ccxt").setLevel(max(logging.getLogger("ccxt").level, logging.INFO))
    exchange.has["fetchCurrencies"] = False  # currency lists need extra key rights and are not used
    _reject_broken_json(exchange, ccxt_async.BadResponse)
    _heed_server_signals(exchange, ccxt_async)
    if config.api_base_url:
        point_at(exchange, config.api_base_url)
        if config.api_base_url.startswith("http://"):
            exchange.timeout_on_exit = 0  # the close() pause only drains TLS transports
    return exchange


def _reject_broken_json(exchange: Any, bad_response: type[Exception]) -> None:
    """ccxt turns an unparsable JSON body into the raw text, which the parsers then read as "no
    positions". A truncated answer must fail loudly instead of blanking an account."""
    original = exchange.parse_json

    def parse_json(http_response: Any) -> Any:
        parsed = original(http_response)
        if parsed is None and exchange.is_json_encoded_object(http_response):
            raise bad_response(f"{exchange.id}: malformed JSON in the response")
        sink = RAW_RESPONSES.get()
        if sink is not None and parsed is not None:
            sink.append(parsed)
        return parsed

    exchange.parse_json = parse_json


def gate_of(exchange: Any) -> Gate:
    """The client's pace: when its venue last asked (``Retry-After``) to be left alone until."""
    gate = getattr(exchange, "undertow_gate", None)
    if not isinstance(gate, Gate):
        gate = Gate()
        exchange.undertow_gate = gate
    return gate


def _header(headers: Any, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if str(key).lower() == name.lower():
            return str(value)
    return None


def _heed_server_signals(exchange: Any, ccxt_async: Any) -> None:
    """Every answer passes here (ccxt's ``handle_errors``): a ``Retry-After`` on a 418/429/503 holds the client
    (``gate_of``), and a venue error code on an HTTP 5xx answer is the venue failing (``ExchangeNotAvailable``),
    whatever error class the venue's code maps to (Bybit 10016 "System error" is a plain ExchangeError)."""
    original = exchange.handle_errors
    gate = gate_of(exchange)

    def handle_errors(code: Any, reason: Any, url: Any, method: Any, headers: Any, body: Any, response: Any,
                      request_headers: Any, request_body: Any) -> Any:
        status = int(code) if isinstance(code, int) or str(code).isdigit() else 0
        if status in _PACING_STATUSES or status >= 500:
            wait = parse_retry_after(_header(headers, "Retry-After"))
            if wait is not None:
                gate.hold(wait)
        try:
            return original(code, reason, url, method, headers, body, response, request_headers, request_body)
        except ccxt_async.ExchangeError as exc:
            if status >= 500 and not isinstance(exc, (ccxt_async.AuthenticationError, ccxt_async.NotSupported)):
                raise ccxt_async.ExchangeNotAvailable(f"{exchange.id} {method} {status} {reason}") from exc
            raise

    exchange.handle_errors = handle_errors


async def read_key_permissions(exchange: Any, venue_id: str) -> KeyPermissions | None:
    """The key's rights where the venue exposes them (``Venue.permissions_call``); None otherwise."""
    spec = venue_spec(venue_id)
    if spec.permissions_call is None or spec.parse_permissions is None:
        return None
    try:
        return spec.parse_permissions(await getattr(exchange, spec.permissions_call)())
    except Exception as exc:  # noqa: BLE001 - unknown rights are reported as unknown, not as failure
        log.info("%s: key permissions unavailable (%s)", venue_id, type(exc).__name__)
    return None
