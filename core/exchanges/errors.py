"""ccxt exceptions -> the few failure kinds a trader understands, with a message that helps.

ccxt's own messages carry the request URL and the raw response body; they go to the debug log at
most (through ``redact``), never to the user. The user sees a sentence built here from the
category alone, so no credential can leak through an error message.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from core.retry import TRANSIENT  # noqa: F401 - the retryable categories, re-exported
from core.sync import SourceError

CATEGORIES = ("bad_key", "no_permission", "rate_limited", "venue_down", "network", "timeout",
              "not_supported", "bad_data", "other")


_MESSAGES = {
    "bad_key": "{venue} rejected the API key (revoked, expired, or mistyped). Check it in Accounts.",
    "no_permission": "{venue}: the API key lacks permission to read {what}. Enable read access for it.",
    "rate_limited": "{venue} is rate-limiting requests; the next refresh will try again.",
    "venue_down": "{venue} is unavailable or under maintenance (server error); showing the last good data.",
    "network": "Could not reach {venue} (network error); check the connection or the API base URL.",
    "timeout": "{venue} did not answer in time.",
    "not_supported": "{venue} does not provide {what} (endpoint missing or not supported).",
    "bad_data": "{venue} sent a response Undertow could not read ({what}).",
    "other": "{venue}: unexpected problem while reading {what} ({detail}).",
}

_HTTP_CODE = re.compile(r"\s(\d{3})\s")


def user_message(category: str, venue: str, what: str = "account data", detail: str = "") -> str:
    return _MESSAGES.get(category, _MESSAGES["other"]).format(venue=venue, what=what, detail=detail)


def _http_status(exc: BaseException) -> int | None:
    """The HTTP status ccxt wrote into its message (``id METHOD url CODE reason body``)."""
    match = _HTTP_CODE.search(str(exc)[:400])
    return int(match.group(1)) if match else None


def category_of(exc: BaseException) -> str:
    """One of ``CATEGORIES`` for any exception raised by a ccxt call."""
    if isinstance(exc, SourceError):
        return exc.category
    ccxt = sys.modules.get("ccxt")  # if nobody imported ccxt, this cannot be a ccxt error
    if ccxt is not None and isinstance(exc, ccxt.BaseError):
        if isinstance(exc, ccxt.PermissionDenied):
            return "no_permission"
        if isinstance(exc, (ccxt.AuthenticationError, ccxt.InvalidNonce)):
            # InvalidNonce: a wrong clock makes every signed call fail, like a bad key; the message says so
            return "bad_key"
        if isinstance(exc, (ccxt.DDoSProtection, ccxt.RateLimitExceeded)):
            return "rate_limited"
        if isinstance(exc, ccxt.RequestTimeout):
            return "timeout"
        if isinstance(exc, ccxt.NotSupported):
            return "not_supported"
        if isinstance(exc, ccxt.ExchangeNotAvailable):
            cause = exc.__cause__
            if cause is not None and not isinstance(cause, ccxt.BaseError):
                return "network"  # connection refused / DNS: we never got an answer
            status = _http_status(exc)
            if status in (404, 405, 410, 501):
                return "not_supported"
            if status in (401,):
                return "bad_key"
            if status in (403,):
                return "no_permission"
            return "venue_down"
        if isinstance(exc, ccxt.BadResponse):
            return "bad_data"
        if isinstance(exc, (ccxt.BadSymbol, ccxt.ArgumentsRequired)):
            return "not_supported"
        if isinstance(exc, ccxt.NetworkError):
            return "network"
        if isinstance(exc, ccxt.ExchangeError):
            status = _http_status(exc)
            if status == 404:
                return "not_supported"
            return "other"
        return "other"
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, (ConnectionError, OSError)):
        return "network"
    if isinstance(exc, (ValueError, TypeError, KeyError, IndexError, AttributeError)):
        return "bad_data"  # ccxt parsing a malformed or unexpected body
    return "other"


def to_source_error(exc: BaseException, venue: str, what: str = "account data") -> SourceError:
    """Map ``exc`` to a ``SourceError`` with a user-facing message (never the raw ccxt text)."""
    if isinstance(exc, SourceError):
        return exc
    category = category_of(exc)
    return SourceError(category, user_message(category, venue, what, type(exc).__name__))


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret value (and anything that long which equals one) replaced by ***."""
    for value in secrets:
        if value and len(value) >= 4:
            text = text.replace(value, "***")
    return text
