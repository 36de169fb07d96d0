"""ccxt exceptions -> the few failure kinds a trader understands, with a message that helps.

ccxt's own messages carry the request URL and the raw response body; they go to the debug log at
most (through ``redact``), never to the user. The user sees a sentence built here from the
category alone, so no credential can leak through an error message.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from core.messages import QT_TRANSLATE_NOOP, Message, Number, message
from core.retry import TRANSIENT, WaitRequested
from core.sync import SourceError

CATEGORIES = ("bad_key", "no_permission", "rate_limited", "venue_down", "network", "timeout",
              "not_supported", "bad_data", "other")

__all__ = ["CATEGORIES", "TRANSIENT", "category_of", "is_truncated", "redact", "retry_category", "to_source_error",
           "user_message"]


# The user's sentence per category (``Message`` templates: English in the terminal, translated in the window).
_MESSAGES = {
    "bad_key": QT_TRANSLATE_NOOP("Core", "{venue} rejected the API key (revoked, expired, or mistyped). Check it "
                                         "in Accounts."),
    "no_permission": QT_TRANSLATE_NOOP("Core", "{venue}: the API key lacks permission to read {what}. Enable read "
                                               "access for it."),
    "rate_limited": QT_TRANSLATE_NOOP("Core", "{venue} is rate-limiting requests; the next refresh will try "
                                              "again."),
    "venue_down": QT_TRANSLATE_NOOP("Core", "{venue} is unavailable or under maintenance (server error); showing "
                                            "the last good data."),
    "network": QT_TRANSLATE_NOOP("Core", "Could not reach {venue} (network error); check the connection or the API "
                                         "base URL."),
    "timeout": QT_TRANSLATE_NOOP("Core", "{venue} did not answer in time."),
    "not_supported": QT_TRANSLATE_NOOP("Core", "{venue} does not provide {what} (endpoint missing or not "
                                               "supported)."),
    "bad_data": QT_TRANSLATE_NOOP("Core", "{venue} sent a response Undertow could not read ({what}{detail})."),
    "implausible": QT_TRANSLATE_NOOP("Core", "{venue} sent implausible data ({detail}); not used."),
    "other": QT_TRANSLATE_NOOP("Core", "{venue}: unexpected problem while reading {what} ({detail})."),
}

#: What a request reads, as callers name it (``what``): translated in the window. Other names pass as they are.
WHAT = {
    "account data": message(QT_TRANSLATE_NOOP("Core", "account data")),
    "positions": message(QT_TRANSLATE_NOOP("Core", "positions")),
    "balances": message(QT_TRANSLATE_NOOP("Core", "balances")),
    "mark prices": message(QT_TRANSLATE_NOOP("Core", "mark prices")),
    "the market list": message(QT_TRANSLATE_NOOP("Core", "the market list")),
    "tickers": message(QT_TRANSLATE_NOOP("Core", "tickers")),
    "funding rates": message(QT_TRANSLATE_NOOP("Core", "funding rates")),
    "funding history": message(QT_TRANSLATE_NOOP("Core", "funding history")),
    "open interest": message(QT_TRANSLATE_NOOP("Core", "open interest")),
    "order books": message(QT_TRANSLATE_NOOP("Core", "order books")),
    "leverage tiers": message(QT_TRANSLATE_NOOP("Core", "leverage tiers")),
    "daily candles": message(QT_TRANSLATE_NOOP("Core", "daily candles")),
    "the EUR rate": message(QT_TRANSLATE_NOOP("Core", "the EUR rate")),
}

_HTTP_CODE = re.compile(r"\s(\d{3})\s")


def user_message(category: str, venue: str, what: str = "account data", detail: str = "") -> Message:
    """The sentence the user reads for a failure of ``category`` (a ``Message``: a ``str`` in English)."""
    return message(_MESSAGES.get(category, _MESSAGES["other"]), venue=venue, what=WHAT.get(what, what),
                   detail=detail)


def _http_status(exc: BaseException) -> int | None:
    """The HTTP status ccxt wrote into its message (``id METHOD url CODE reason body``)."""
    match = _HTTP_CODE.search(str(exc)[:400])
    return int(match.group(1)) if match else None


def is_truncated(exc: BaseException) -> bool:
    """The server answered but the body broke off (aiohttp's payload error under ccxt's ExchangeError)."""
    aiohttp = sys.modules.get("aiohttp")
    cause = exc.__cause__
    return aiohttp is not None and cause is not None and isinstance(cause, aiohttp.ClientPayloadError)


def category_of(exc: BaseException) -> str:
    """One of ``CATEGORIES`` for any exception raised by a ccxt call."""
    if isinstance(exc, SourceError):
        return exc.category
    if isinstance(exc, WaitRequested):
        return "rate_limited"
    ccxt = sys.modules.get("ccxt")  # if nobody imported ccxt, this cannot be a ccxt error
    if ccxt is not None and isinstance(exc, ccxt.BaseError):
        if is_truncated(exc):
            return "bad_data"
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
        if isinstance(exc, ccxt.OperationFailed):
            # e.g. Binance -1000/-1001 "Internal error; unable to process your request. Please try again."
            return "venue_down"
        if isinstance(exc, ccxt.ExchangeError):
            status = _http_status(exc)
            if status == 404:
                return "not_supported"
            if status is not None and status >= 500:
                return "venue_down"
            return "other"
        return "other"
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, (ConnectionError, OSError)):
        return "network"
    if isinstance(exc, (ValueError, TypeError, KeyError, IndexError, AttributeError)):
        return "bad_data"  # ccxt parsing a malformed or unexpected body
    return "other"


def retry_category(exc: BaseException) -> str:
    """``category_of`` for the retry decision: a cut-off answer is retried like a network error."""
    return "network" if is_truncated(exc) else category_of(exc)


def _duration(seconds: float) -> Message:
    """A wait as the user reads it: whole hours from 90 min, whole minutes from 90 s."""
    if seconds >= 90 * 60:
        return message(QT_TRANSLATE_NOOP("Core", "{n} h"), n=Number(seconds / 3600, 0))
    if seconds >= 90:
        return message(QT_TRANSLATE_NOOP("Core", "{n} min"), n=Number(seconds / 60, 0))
    return message(QT_TRANSLATE_NOOP("Core", "{n} s"), n=Number(seconds, 0))


def to_source_error(exc: BaseException, venue: str, what: str = "account data", *,
                    wait_s: float | None = None, timeout_s: float | None = None) -> SourceError:
    """Map ``exc`` to a ``SourceError`` with a user-facing message (never the raw ccxt text).

    ``wait_s``: how long the venue asked us to stay away (its ``Retry-After``), said with a rate limit;
    ``timeout_s``: the request timeout, said with a timeout.
    """
    if isinstance(exc, SourceError):
        return exc
    if isinstance(exc, WaitRequested):  # nothing was sent: the venue's earlier Retry-After still holds
        return SourceError("rate_limited", message(
            QT_TRANSLATE_NOOP("Core", "{venue} asked to be left alone for {wait} more (Retry-After); nothing was "
                                      "sent, a later refresh will try again."),
            venue=venue, wait=_duration(exc.wait_s)))
    category = category_of(exc)
    if category == "rate_limited" and wait_s:
        return SourceError(category, message(
            QT_TRANSLATE_NOOP("Core", "{venue} is rate-limiting requests and asked to wait {wait}; the next refresh "
                                      "will try again."), venue=venue, wait=_duration(wait_s)))
    if category == "timeout" and timeout_s:
        return SourceError(category, message(
            QT_TRANSLATE_NOOP("Core", "{venue} did not answer in time (no answer within {seconds} s)."),
            venue=venue, seconds=Number(timeout_s)))
    if category == "bad_data" and is_truncated(exc):
        return SourceError(category, message(
            QT_TRANSLATE_NOOP("Core", "{venue} sent a response Undertow could not read ({what}: the answer was cut "
                                      "off)."), venue=venue, what=WHAT.get(what, what)))
    detail = "" if category in ("rate_limited", "timeout", "bad_data") else type(exc).__name__
    return SourceError(category, user_message(category, venue, what, detail))


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret value (and anything that long which equals one) replaced by ***."""
    for value in secrets:
        if value and len(value) >= 4:
            text = text.replace(value, "***")
    return text
