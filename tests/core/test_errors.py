"""ccxt exceptions map to the few categories a trader understands; messages never carry raw text."""

from __future__ import annotations

import aiohttp
import ccxt
import ccxt.async_support  # noqa: F401 - makes ccxt importable the way the live source does
import pytest

from core.exchanges.errors import CATEGORIES, TRANSIENT, category_of, redact, to_source_error
from core.sync import SourceError


def _unreachable() -> ccxt.ExchangeNotAvailable:
    try:
        try:
            raise aiohttp.ClientConnectionError("refused")
        except aiohttp.ClientConnectionError as cause:
            raise ccxt.ExchangeNotAvailable("okx GET http://127.0.0.1:1/api/v5/account/positions") from cause
    except ccxt.ExchangeNotAvailable as exc:
        return exc


@pytest.mark.parametrize("exc, category", [
    (ccxt.AuthenticationError('binanceusdm {"code":-2015,"msg":"Invalid API-key"}'), "bad_key"),
    (ccxt.PermissionDenied("bybit no permission"), "no_permission"),
    (ccxt.AccountNotEnabled("okx account not enabled"), "no_permission"),
    (ccxt.InvalidNonce("binance -1021 timestamp outside recvWindow"), "bad_key"),
    (ccxt.RateLimitExceeded("okx 429"), "rate_limited"),
    (ccxt.DDoSProtection("binance -1003"), "rate_limited"),
    (ccxt.RequestTimeout("bybit GET http://x/v5/position/list"), "timeout"),
    (ccxt.NotSupported("okx fetchLeverageTiers() is not supported yet"), "not_supported"),
    (ccxt.ExchangeNotAvailable("binanceusdm GET http://x/fapi/v3/positionRisk 502 Bad Gateway <html>"), "venue_down"),
    (ccxt.ExchangeNotAvailable("bybit GET http://x/v5/position/list 404 Not Found Not Found"), "not_supported"),
    (ccxt.OnMaintenance("okx system maintenance"), "venue_down"),
    (ccxt.BadResponse("binanceusdm: malformed JSON in the response"), "bad_data"),
    (ccxt.BadSymbol("binanceusdm does not have market symbol FOO/USDT"), "not_supported"),
    (ccxt.NetworkError("socket closed"), "network"),
    (ccxt.ExchangeError("binanceusdm something odd"), "other"),
    (KeyError("positions"), "bad_data"),
    (TypeError("'NoneType' object is not subscriptable"), "bad_data"),
    (TimeoutError(), "timeout"),
    (ConnectionRefusedError(), "network"),
    (RuntimeError("?"), "other"),
])
def test_categories(exc, category):
    assert category_of(exc) == category
    assert category in CATEGORIES


def test_connection_refused_is_network_not_venue_down():
    assert category_of(_unreachable()) == "network"


def test_transient_categories_are_the_retryable_ones():
    assert TRANSIENT == {"rate_limited", "venue_down", "network", "timeout"}


def test_message_is_built_from_the_category_not_from_the_raw_exception():
    raw = ccxt.AuthenticationError('binanceusdm GET https://fapi.binance.com/fapi/v3/positionRisk?'
                                   'signature=abc123 {"code":-2015} key=SECRET-KEY-123')
    error = to_source_error(raw, "Binance USD-M")
    assert isinstance(error, SourceError) and error.category == "bad_key"
    assert "SECRET-KEY-123" not in error.message and "signature" not in error.message
    assert error.message.startswith("Binance USD-M rejected the API key")


def test_source_errors_pass_through_unchanged():
    original = SourceError("bad_key", "no key")
    assert to_source_error(original, "OKX") is original


def test_redact_replaces_every_secret():
    text = "GET /x apiKey=AAAA1111 secret=BBBB2222 short=ab"
    assert redact(text, ["AAAA1111", "BBBB2222", "ab", None]) == "GET /x apiKey=*** secret=*** short=ab"
