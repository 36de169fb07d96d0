"""``FakeVenue``, the base of the loopback exchange fakes (split from ``fake_binance``, which re-exports it).

An aiohttp server on 127.0.0.1 (random port) that answers each path from a route table, records every request
(and when: ``request_times``), and injects faults per path: ``timeout`` (hang for ``hang_s``), ``429`` (the venue's
rate-limit body), ``retry_after`` (the same with ``Retry-After: retry_after_s``), ``5xx`` (a 502 HTML page),
``500`` (HTTP 500 with the venue's own internal-error body), ``unavailable`` (HTTP 503 with the venue's own body),
``malformed`` (broken JSON), ``truncated`` (the route's real answer cut in half, the connection closed),
``revoked`` (401 with the venue's own bad-key body) and ``missing`` (404). It is bounded: at most
``max_requests`` answered and a hard ``lifetime_s``, then it stops by itself. Also the synthetic market data the
fakes share (daily closes, an order book) and ``DAY_MS``/``_now_ms``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

FAULTS = ("timeout", "429", "5xx", "malformed", "revoked", "missing", "retry_after", "500", "unavailable",
          "truncated")


class FakeVenue:
    name = "fake"

    def __init__(self, latency_s: float = 0.0, max_requests: int = 5000, lifetime_s: float = 120.0,
                 hang_s: float = 3.0) -> None:
        self.latency_s = latency_s
        self.max_requests = max_requests
        self.lifetime_s = lifetime_s
        self.hang_s = hang_s  # how long a "timeout" fault hangs (longer than the client's timeout)
        self.retry_after_s = 30  # the Retry-After of a "retry_after" fault
        self.request_times: list[float] = []  # time.monotonic() of each request, in order
        self.faults: dict[str, str] = {}  # path ("*" = every path) -> fault kind
        self.requests: list[str] = []  # "GET /path"
        self.unknown: list[str] = []  # paths with no route (stray ccxt calls show up here)
        self.routes: dict[str, Callable[[web.Request], Any]] = {}
        self._fault_budget: dict[str, int] = {}
        self._runner: web.AppRunner | None = None
        self._watchdog: asyncio.Task | None = None
        self.base_url = ""

    # -- venue specifics, overridden ----------------------------------------------------------
    def revoked_response(self) -> web.Response:
        return web.json_response({"code": 401, "msg": "invalid key"}, status=401)

    def rate_limited_response(self) -> web.Response:
        return web.json_response({"code": 429, "msg": "too many requests"}, status=429)

    def server_error_response(self) -> web.Response:
        """HTTP 500 with the venue's own internal-error body."""
        return web.json_response({"code": 500, "msg": "internal error"}, status=500)

    def unavailable_response(self) -> web.Response:
        """HTTP 503 with the venue's own "service unavailable" body."""
        return web.Response(status=503, text="<html><body>503 Service Unavailable</body></html>",
                            content_type="text/html")

    # -- control -------------------------------------------------------------------------------
    def fault(self, path: str, kind: str | None, times: int | None = None) -> None:
        """Inject ``kind`` on ``path`` ("*" = all), for the next ``times`` requests (None = until cleared)."""
        if kind is None:
            self.faults.pop(path, None)
            self._fault_budget.pop(path, None)
            return
        assert kind in FAULTS, kind
        self.faults[path] = kind
        if times is not None:
            self._fault_budget[path] = times

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.split(" ", 1)[1] == path)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._watchdog = asyncio.get_running_loop().create_task(self._expire())
        return self.base_url

    async def _expire(self) -> None:
        await asyncio.sleep(self.lifetime_s)
        await self.stop()

    async def stop(self) -> None:
        if self._watchdog is not None and self._watchdog is not asyncio.current_task():
            self._watchdog.cancel()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeVenue:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    # -- serving -------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.requests.append(f"{request.method} {path}")
        self.request_times.append(time.monotonic())
        if len(self.requests) > self.max_requests:
            return web.Response(status=503, text="fake server request budget exhausted")
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        key = path if path in self.faults else "*"
        fault = self.faults.get(key)
        if fault and key in self._fault_budget:
            self._fault_budget[key] -= 1
            if self._fault_budget[key] <= 0:
                self.fault(key, None)
        if fault == "timeout":
            await asyncio.sleep(self.hang_s)
        elif fault == "429":
            return self.rate_limited_response()
        elif fault == "retry_after":
            response = self.rate_limited_response()
            response.headers["Retry-After"] = str(self.retry_after_s)
            return response
        elif fault == "500":
            return self.server_error_response()
        elif fault == "unavailable":
            return self.unavailable_response()
        elif fault == "5xx":
            return web.Response(status=502, text="<html><body>502 Bad Gateway</body></html>",
                                content_type="text/html")
        elif fault == "malformed":
            return web.Response(status=200, text='{"result": {"list": [{"symbol": "BTC',
                                content_type="application/json")
        elif fault == "revoked":
            return self.revoked_response()
        elif fault == "missing":
            return web.Response(status=404, text="Not Found")
        handler = self.routes.get(path)
        if handler is None:
            self.unknown.append(f"{request.method} {path}")
            return web.Response(status=404, text="Not Found")
        payload = handler(request)
        if fault == "truncated" and not isinstance(payload, web.StreamResponse):
            return await _truncated(request, json.dumps(payload).encode())
        return payload if isinstance(payload, web.StreamResponse) else web.json_response(payload)


async def _truncated(request: web.Request, body: bytes) -> web.StreamResponse:
    """Announce all of ``body`` (Content-Length), send half of it, close the connection."""
    response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
    response.content_length = len(body)
    await response.prepare(request)
    await response.write(body[: len(body) // 2])
    if request.transport is not None:
        request.transport.close()
    return response


def synthetic_closes(last: float, days: int = 60, step: float = 0.012) -> list[float]:
    """Deterministic daily closes ending at ``last`` (a gentle zig-zag, ~1.2 % a day)."""
    closes = [last]
    for i in range(days - 1):
        closes.append(closes[-1] * (1 + (step if i % 3 else -step * 1.5)))
    return list(reversed(closes))


def synthetic_book(mid: float, levels: int = 20, step: float = 0.0005, size: float = 2.0) -> tuple[list, list]:
    bids = [[round(mid * (1 - step * (i + 1)), 2), round(size * (1 + i * 0.5), 3)] for i in range(levels)]
    asks = [[round(mid * (1 + step * (i + 1)), 2), round(size * (1 + i * 0.5), 3)] for i in range(levels)]
    return bids, asks


DAY_MS = 86_400_000


def _now_ms() -> int:
    return int(time.time() * 1000)
