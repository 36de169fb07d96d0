"""The ccxt client of each account: one per (running loop, account), paced over the venue's own window, and
identical reads in flight sent once.

* ``client_for(config, credentials)``: the account's cached client on the running loop (rebuilt when its settings
  change); ``close_clients()`` closes those of the running loop (the front ends call it at exit; an exit hook closes
  what is left on a loop still running).
* Pace. ccxt's rate limiter stays on (``enableRateLimit``). Its default is a leaky bucket holding one request:
  every request waits ``cost × rateLimit`` behind the one before it, so Binance's two account-mode reads (weight
  30 each) hold the next request back 1.5 s each although a whole sync uses a few percent of Binance's minute.
  Where the venue spec names the venue's own window (``Venue.rate_window_s``), the client is paced over it
  instead (``WindowPace``): at most ``window ÷ rateLimit`` cost units within any window, with ccxt's own costs and
  rate (Binance: 1,200 weight a minute, half of its documented 2,400), so a sync's requests go out together and
  a burst beyond the window's budget still waits. ccxt's own rolling-window limiter is not used: it stalls for
  good on a request that costs more than a whole window.
* Identical reads in flight. Two calls that send the same read (a GET, or a POST to a public API) with the same
  parameters at the same time share one request and its answer, each caller parsing its own copy: ccxt's Bybit
  ``fetch_ticker`` and ``fetch_funding_rate`` both read ``/v5/market/tickers?symbol=…``; its Hyperliquid ticker,
  funding rate and open interest of every symbol all post ``{"type": "metaAndAssetCtxs"}``. Only while the first is
  in flight: nothing is cached here.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

from core.exchanges.accounts import AccountConfig
from core.exchanges.venues import RAW_RESPONSES, build_exchange, venue_spec

log = logging.getLogger(__name__)

_clients: dict[str, tuple[Any, tuple[Any, ...], Any]] = {}  # account id -> (loop, settings fingerprint, client)
_exit_hook_registered = False


def new_client(config: AccountConfig, credentials: Mapping[str, str] | None) -> Any:
    """A configured client for ``config`` (no I/O yet): ``build_exchange``, paced and sharing identical reads."""
    exchange = build_exchange(config, credentials)
    pace(exchange, getattr(venue_spec(config.venue), "rate_window_s", None))
    share_identical_reads(exchange)
    return exchange


def client_for(config: AccountConfig, credentials: Mapping[str, str] | None) -> Any:
    """The cached client of this account on the running loop (rebuilt when its settings change)."""
    loop = asyncio.get_running_loop()
    fingerprint = (config.venue, config.api_base_url, tuple(sorted((config.options or {}).items(), key=str)),
                   tuple(sorted((credentials or {}).items())))
    cached = _clients.get(config.id)
    if cached is not None and cached[0] is loop and cached[1] == fingerprint:
        return cached[2]
    if cached is not None and cached[0] is loop:
        loop.create_task(close_quietly(cached[2]))  # settings changed: retire the old client
    exchange = new_client(config, credentials)
    _clients[config.id] = (loop, fingerprint, exchange)
    _register_exit_hook()
    return exchange


def _register_exit_hook() -> None:
    """At interpreter exit, close clients still open on a running loop (e.g. the runtime's), so
    aiohttp sessions end cleanly even when a front end forgot ``close_clients()``."""
    global _exit_hook_registered
    if _exit_hook_registered:
        return
    _exit_hook_registered = True
    import atexit

    def close_everywhere() -> None:
        for loop in {owner for owner, _, _ in _clients.values()}:
            if loop.is_running() and not loop.is_closed():
                try:
                    asyncio.run_coroutine_threadsafe(close_clients(), loop).result(3)
                except Exception:  # noqa: BLE001 - best effort at exit
                    pass

    atexit.register(close_everywhere)


async def close_quietly(exchange: Any) -> None:
    try:
        await exchange.close()
    except Exception as exc:  # noqa: BLE001 - closing must never raise at exit
        log.debug("closing %s failed: %s", getattr(exchange, "id", "?"), type(exc).__name__)


async def close_clients() -> None:
    """Close every client created on the running loop (call at exit, on the runtime loop)."""
    loop = asyncio.get_running_loop()
    mine = [k for k, (owner, _, _) in _clients.items() if owner is loop]
    clients = [_clients.pop(k)[2] for k in mine]
    await asyncio.gather(*(close_quietly(c) for c in clients))


# --- pace -----------------------------------------------------------------------------------------------------------
class WindowPace:
    """ccxt's ``throttle`` for a client paced over the venue's window: at most ``window_s ÷ rateLimit`` cost units
    (ccxt's own per-endpoint costs and rate) go out within any ``window_s`` seconds, in the order asked; more waits
    until the oldest leave the window. A request costing more than a whole window (a venue's once-an-hour
    endpoint) goes alone and holds the window full for ``cost × rateLimit`` (ccxt's own pace for it)."""

    def __init__(self, window_s: float, rate_limit_ms: float) -> None:
        self.window_s = float(window_s)
        self.unit_s = max(float(rate_limit_ms), 1e-3) / 1000.0
        self.max_weight = self.window_s / self.unit_s
        self._sent: deque[tuple[float, float]] = deque()  # (leaves the window at, cost units), in release order
        self._lock = asyncio.Lock()  # FIFO: the first to ask goes first

    def _used(self, now: float) -> float:
        while self._sent and self._sent[0][0] <= now:
            self._sent.popleft()
        return sum(units for _, units in self._sent)

    async def __call__(self, cost: float | None = None) -> None:
        units = 1.0 if cost is None else max(float(cost), 0.0)
        async with self._lock:
            while True:
                now = time.monotonic()
                used = self._used(now)
                if units > self.max_weight:
                    if not self._sent:
                        self._sent.append((now + units * self.unit_s, self.max_weight))
                        return
                elif used + units <= self.max_weight + 1e-9:
                    self._sent.append((now + self.window_s, units))
                    return
                await asyncio.sleep(max(self._sent[0][0] - now, 0.001))


def pace(exchange: Any, window_s: float | None) -> None:
    """Pace the client over ``window_s`` seconds (the venue's documented window, ``WindowPace``) when given and the
    limiter is on; else leave ccxt's default leaky bucket. Same ``rateLimit`` and per-endpoint costs either way."""
    if not window_s or window_s <= 0 or not getattr(exchange, "enableRateLimit", False):
        return
    exchange.throttle = WindowPace(window_s, float(getattr(exchange, "rateLimit", 0) or 0))


# --- identical reads in flight ----------------------------------------------------------------------------------------
class _Shared:
    __slots__ = ("task", "joined")

    def __init__(self, task: asyncio.Task[Any]) -> None:
        self.task = task
        self.joined = False


def share_identical_reads(exchange: Any) -> None:
    """Wrap the client's ``fetch2`` (ccxt's throttled request) so identical GETs in flight are sent once."""
    original = exchange.fetch2
    in_flight: dict[str, _Shared] = {}

    async def fetch2(path: Any, api: Any = "public", method: str = "GET", params: Any = None,
                     config: Any = None) -> Any:
        params = {} if params is None else params
        config = {} if config is None else config
        if not _read_only(method, api) or RAW_RESPONSES.get() is not None:  # a caller reading raw answers: its own
            return await original(path, api, method, params, config)
        try:
            key = json.dumps([path, api, params, config], sort_keys=True)
        except (TypeError, ValueError):
            return await original(path, api, method, params, config)
        shared = in_flight.get(key)
        first = shared is None
        if shared is None:
            task = asyncio.ensure_future(original(path, api, method, params, config))
            shared = _Shared(task)
            in_flight[key] = shared
            task.add_done_callback(lambda done, k=key, s=shared: _forget(in_flight, k, s, done))
        else:
            shared.joined = True
        answer = await asyncio.shield(shared.task)
        return copy.deepcopy(answer) if shared.joined or not first else answer

    exchange.fetch2 = fetch2


def _read_only(method: str, api: Any) -> bool:
    """A GET, or a POST to a public API (Hyperliquid reads everything through ``POST /info``)."""
    if method == "GET":
        return True
    names = [api] if isinstance(api, str) else list(api) if isinstance(api, (list, tuple)) else []
    return method == "POST" and "public" in names


def _forget(in_flight: dict[str, _Shared], key: str, shared: _Shared, done: asyncio.Task[Any]) -> None:
    if in_flight.get(key) is shared:
        del in_flight[key]
    if not done.cancelled():
        done.exception()  # retrieved here: a failure every caller abandoned is not logged as lost
