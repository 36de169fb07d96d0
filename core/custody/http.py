"""One HTTP helper for the chain backends: bounded retries on 429/5xx, errors in the user's words.

The caller owns the ``httpx.AsyncClient`` (its timeout, SOCKS proxy and, for the demo, a transport that
answers from recorded JSON), so the live and the demo paths share every line of parsing code.
"""

from __future__ import annotations

from typing import Any

import httpx

from core.retry import RetryPolicy, call_with_retries
from core.sync import SourceError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def make_client(timeout_s: float = 15.0, proxy: str = "",
                transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """An AsyncClient for chain servers; ``proxy`` like ``socks5://127.0.0.1:9050`` (needs ``socksio``)."""
    kwargs: dict[str, Any] = {"timeout": httpx.Timeout(timeout_s), "follow_redirects": False,
                              "headers": {"User-Agent": "undertow"}}
    if transport is not None:
        kwargs["transport"] = transport
    elif proxy:
        kwargs["proxy"] = proxy
    try:
        return httpx.AsyncClient(**kwargs)
    except ImportError as exc:  # socks5:// without socksio: never fall back to a direct connection
        from core.dependencies import missing_package_message

        raise SourceError("not_supported", "the SOCKS proxy cannot be used: " + missing_package_message("socksio")
                          ) from exc


def _retry_after_s(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` in seconds (at most 30), or None when it sent none we can read."""
    try:
        return min(float(response.headers.get("Retry-After", "")), 30.0)
    except ValueError:
        return None


async def request_json(client: httpx.AsyncClient, method: str, url: str, *, json: Any = None,
                       retries: int = 3, backoff_s: float = 0.5, what: str = "server") -> Any:
    """Send one request and return its decoded JSON; retry 429/5xx and connection errors ``retries`` times
    (``core.retry``: exponential backoff with jitter, or the server's ``Retry-After``).

    Raises ``SourceError`` (rate_limited / venue_down / timeout / network / bad_data) with a message that
    names the server role (``what``), never the URL's query or the addresses asked about.
    """
    async def once() -> Any:
        try:
            response = await client.request(method, url, json=json)
        except httpx.TimeoutException:
            raise SourceError("timeout", f"the {what} did not answer in time") from None
        except httpx.TransportError:
            raise SourceError("network", f"cannot reach the {what}") from None
        if response.status_code == 429:
            error = SourceError("rate_limited", f"the {what} is rate-limiting requests (HTTP 429)")
            error.retry_after_s = _retry_after_s(response)  # type: ignore[attr-defined]
            raise error
        if response.status_code in RETRY_STATUSES:
            raise SourceError("venue_down", f"the {what} failed (HTTP {response.status_code})")
        if response.status_code >= 400:
            raise SourceError("bad_data", f"the {what} refused the request (HTTP {response.status_code})")
        try:
            return response.json()
        except ValueError as exc:
            raise SourceError("bad_data", f"the {what} sent something that is not JSON") from exc

    return await call_with_retries(once, RetryPolicy(attempts=retries + 1, backoff_s=backoff_s, jitter=True))
