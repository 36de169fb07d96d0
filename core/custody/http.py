"""One HTTP helper for the chain backends: bounded retries on 429/5xx, the server's pace, errors in the user's words.

The caller owns the ``httpx.AsyncClient`` (its timeout, SOCKS proxy and, for the demo, a transport that
answers from recorded JSON), so the live and the demo paths share every line of parsing code.

Each failure gets the reason that fits it: no connection ("cannot reach"), no answer in time ("did not answer
within N s"), a broken or cut-off answer ("sent an incomplete response"), a body that is not JSON, a refusal
(4xx), a server error (5xx, retried) or a rate limit (429, retried after the server's ``Retry-After``, which
also holds back every later request to that server, see ``core.retry.Gate``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

from core.messages import QT_TRANSLATE_NOOP, message
from core.retry import Gate, RetryPolicy, WaitRequested, call_with_retries, parse_retry_after
from core.sync import SourceError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_TIMEOUT_S = 10.0  # per request (connect, read, write, pool each); the source's budget bounds the total

_gates: dict[str, Gate] = {}  # scheme://host:port -> the server's pace (Retry-After), shared by every client


def gate_for(url: str) -> Gate:
    """The pace of the server behind ``url`` (one per scheme, host and port)."""
    parts = urlsplit(url)
    key = f"{parts.scheme}://{parts.netloc}".lower()
    gate = _gates.get(key)
    if gate is None:
        gate = _gates[key] = Gate()
    return gate


def clear_gates() -> None:
    """Forget every server's hold (tests)."""
    _gates.clear()


def make_client(timeout_s: float = DEFAULT_TIMEOUT_S, proxy: str = "",
                transport: httpx.AsyncBaseTransport | None = None, *, follow_redirects: bool = False,
                headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    """An AsyncClient for chain servers (and, with ``follow_redirects`` and its own ``headers``, for the public
    market files of ``core.sources``); ``proxy`` like ``socks5://127.0.0.1:9050`` (needs ``socksio``)."""
    kwargs: dict[str, Any] = {"timeout": httpx.Timeout(timeout_s), "follow_redirects": follow_redirects,
                              "headers": headers or {"User-Agent": "undertow"}}
    if transport is not None:
        kwargs["transport"] = transport
    elif proxy:
        kwargs["proxy"] = proxy
    try:
        return httpx.AsyncClient(**kwargs)
    except ImportError as exc:  # socks5:// without socksio: never fall back to a direct connection
        from core.dependencies import missing_package_message

        raise SourceError("not_supported", message(QT_TRANSLATE_NOOP(
            "Core", "the SOCKS proxy cannot be used: {reason}"), reason=missing_package_message("socksio"))) from exc


def _retry_after_s(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` in seconds (seconds or an HTTP date), or None when it sent none we can read."""
    return parse_retry_after(response.headers.get("Retry-After"))


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 1 else f"{value:.1f} s"


def _request_timeout_s(client: httpx.AsyncClient) -> float | None:
    timeout = client.timeout
    values = [v for v in (timeout.connect, timeout.read, timeout.write) if v is not None]
    return max(values) if values else None


async def request_json(client: httpx.AsyncClient, method: str, url: str, *, json: Any = None,
                       retries: int = 3, backoff_s: float = 0.5, what: str = "server",
                       policy: RetryPolicy | None = None) -> Any:
    """Send one request and return its decoded JSON; retry 429/5xx, connection errors and cut-off answers
    ``retries`` times (``core.retry``: exponential backoff with jitter, or the server's ``Retry-After``), within the
    call's and the source's time budget.

    Raises ``SourceError`` (rate_limited / venue_down / timeout / network / bad_data) with a message that
    names the server role (``what``), never the URL's query or the addresses asked about.
    """
    gate = gate_for(url)
    attempt_s = _request_timeout_s(client)
    policy = policy or RetryPolicy(attempts=retries + 1, backoff_s=backoff_s, jitter=True)

    async def once() -> Any:
        try:
            response = await client.request(method, url, json=json)
        except httpx.TimeoutException:
            limit = f" (no answer within {_seconds(attempt_s)})" if attempt_s else ""
            raise SourceError("timeout", f"the {what} did not answer in time{limit}") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError):
            # connected, but the answer broke off (truncated body, dropped mid-answer): a bad response, retried
            error = SourceError("bad_data", f"the {what} sent an incomplete response (the answer was cut off)")
            error.transient = True  # type: ignore[attr-defined]
            raise error from None
        except httpx.TransportError:
            raise SourceError("network", f"cannot reach the {what}") from None
        wait = _retry_after_s(response)
        if wait is not None and (response.status_code == 429 or response.status_code >= 500):
            gate.hold(wait)
        if response.status_code == 429:
            asked = f", asked to wait {_seconds(wait)}" if wait else ""
            error = SourceError("rate_limited", f"the {what} is rate-limiting requests (HTTP 429{asked})")
            error.retry_after_s = wait  # type: ignore[attr-defined]
            raise error
        if response.status_code in RETRY_STATUSES:
            raise SourceError("venue_down", f"the {what} is unavailable (HTTP {response.status_code})")
        if response.status_code >= 400:
            raise SourceError("bad_data", f"the {what} refused the request (HTTP {response.status_code})")
        try:
            return response.json()
        except ValueError as exc:
            raise SourceError("bad_data", f"the {what} sent something that is not JSON") from exc

    def category_of(exc: BaseException) -> str:
        if getattr(exc, "transient", False):
            return "network"  # retried like a network error; reported with its own words
        return getattr(exc, "category", None) or "other"

    try:
        return await call_with_retries(once, policy, category_of, gate=gate, attempt_s=attempt_s)
    except WaitRequested as exc:
        raise SourceError("rate_limited", f"the {what} asked to be left alone for {_seconds(exc.wait_s)} "
                                          "(Retry-After); the next refresh will try again") from None
    except TimeoutError:
        raise SourceError("timeout", f"the {what} did not answer in time (the sync's time budget ran out)") from None
