"""One GET of a public text file (a CSV or an HTML table) with httpx, every failure in the user's words."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from core.messages import QT_TRANSLATE_NOOP, message
from core.sources import host_of
from core.sync import SourceError

MAX_BYTES = 8_000_000  # a daily series since 2014 is well under 1 MB; anything far larger is not what we asked for


def check_url(url: str) -> str:
    """``url`` when it is an http(s) URL; ``SourceError`` (bad_data) otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP("Core", "{url} is not an http(s) address"),
                                              url=url))
    return url.strip()


def make_client(timeout_s: float, proxy: str = "", transport: httpx.AsyncBaseTransport | None = None
                ) -> httpx.AsyncClient:
    """The chain servers' client (``core.custody.http``: proxy, timeout, a SOCKS proxy never bypassed), following
    redirects and asking for the text formats the market files come in."""
    from core.custody.http import make_client as client

    return client(timeout_s, proxy, transport, follow_redirects=True,
                  headers={"User-Agent": "undertow (+https://github.com/undertow)",
                           "Accept": "text/csv, text/html, text/plain, */*"})


async def get_text(url: str, timeout_s: float = 15.0, proxy: str = "",
                   transport: httpx.AsyncBaseTransport | None = None) -> str:
    """The body of ``GET url`` as text. Raises ``SourceError``: timeout, network, venue_down (5xx, 429),
    bad_data (4xx, too large, not text)."""
    url = check_url(url)
    host = host_of(url)
    async with make_client(timeout_s, proxy, transport) as client:
        try:
            response = await client.get(url)
        except httpx.TimeoutException:
            raise SourceError("timeout", message(QT_TRANSLATE_NOOP(
                "Core", "{host} did not answer within {seconds} s"), host=host, seconds=int(timeout_s))) from None
        except httpx.TransportError:
            raise SourceError("network", message(QT_TRANSLATE_NOOP("Core", "cannot reach {host}"),
                                                 host=host)) from None
    status = response.status_code
    if status == 429 or status >= 500:
        raise SourceError("venue_down", message(QT_TRANSLATE_NOOP(
            "Core", "{host} is unavailable (HTTP {status})"), host=host, status=status))
    if status >= 400:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "{host} refused the request (HTTP {status})"), host=host, status=status))
    if len(response.content) > MAX_BYTES:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "{host} sent a file far larger than a daily series"), host=host))
    try:
        return response.content.decode(response.encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        try:
            return response.content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SourceError("bad_data", message(QT_TRANSLATE_NOOP("Core", "{host} sent something that is not text"),
                                                  host=host)) from None
