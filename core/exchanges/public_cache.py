"""Public data that changes slowly, kept across syncs so a warm sync asks the venue only for what moves.

What is kept, for how long (``now`` is the sync's time; an entry dated after ``now`` counts as expired):

* market lists (ccxt's parsed markets, per venue, API URL, loaded market types and ccxt version): a day
  (``MARKETS_TTL``). A held position in a market the list lacks still reloads it at once (``ccxt_source``), so a
  new listing is never missed;
* leverage tiers (per account and symbol: Binance's brackets are read with the account's key): ``TIERS_TTL``;
  ``MarketState.tiers_fetched_at`` says when the table was read;
* daily candles (per venue, API URL and symbol): for the UTC day they were read on (the venues' daily candles open
  at 00:00 UTC, so the days before do not change); the current candle's close is the sync's fresh ticker price,
  so the volatility sees today's price.
* the venues' long/short account ratios (per venue, API URL and base asset): ``LONG_SHORT_TTL`` (memory only).

The venues' collateral and haircut tables are kept by the account probes (``core.exchanges.probes``, a day).

Where: in memory per event loop (the runtime's loop in the app; every test has its own loop), and market lists and
candles also on disk in ``<cache dir>/public`` (``$UNDERTOW_HOME/cache/public`` when set), so a one-shot terminal
command starts warm too. Only public answers go to disk (no account data, no keys); a file that cannot be read
or written is skipped with a log line and the data is simply fetched. Several accounts of one venue asking at
once share one request (``shared``).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import tempfile
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MARKETS, TIERS, CANDLES, LONG_SHORT = "markets", "tiers", "candles", "long_short"
MARKETS_TTL = timedelta(hours=24)
TIERS_TTL = timedelta(hours=6)
CANDLES_TTL = timedelta(hours=24)
#: The venues' long/short account ratios (per venue and base asset; hourly figures): read at most once an hour,
#: a failed read too (its problem is kept and repeated, the last good value stays on the market).
LONG_SHORT_TTL = timedelta(hours=1)
TTL = {MARKETS: MARKETS_TTL, TIERS: TIERS_TTL, CANDLES: CANDLES_TTL, LONG_SHORT: LONG_SHORT_TTL}
#: Kinds also kept on disk (public answers only).
ON_DISK = frozenset({MARKETS, CANDLES})
DISK_VERSION = 1
#: Files not written for this long are removed when another is written.
DISK_KEEP_S = 30 * 86400.0
DAY_MS = 86_400_000


@dataclass(frozen=True)
class Cached:
    fetched_at: datetime
    value: Any


def cache_dir() -> Path:
    """``<platform cache dir>/public`` (``$UNDERTOW_HOME/cache/public`` when set: tests and portable use)."""
    home = os.environ.get("UNDERTOW_HOME")
    if home:
        return Path(home) / "cache" / "public"
    import platformdirs

    return Path(platformdirs.user_cache_dir("undertow", appauthor=False)) / "public"


def fresh(entry: Cached | None, now: datetime, ttl: timedelta) -> bool:
    return entry is not None and timedelta(0) <= now - entry.fetched_at < ttl


class PublicCache:
    """Entries per event loop in memory, and the ``ON_DISK`` kinds on disk (``disk=False``: memory only)."""

    def __init__(self, disk: bool = True) -> None:
        self.disk = disk
        self._memory: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, Cached]] = \
            weakref.WeakKeyDictionary()
        self._pending: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Task[Any]]] = \
            weakref.WeakKeyDictionary()

    def _entries(self) -> dict[str, Cached]:
        return self._memory.setdefault(asyncio.get_running_loop(), {})

    def get(self, kind: str, key: str, now: datetime) -> Cached | None:
        """The entry of ``(kind, key)`` while it is fresh at ``now``, else None (call on the loop)."""
        entries = self._entries()
        entry = entries.get(f"{kind} {key}")
        if not fresh(entry, now, TTL[kind]) and self.disk and kind in ON_DISK:  # another process may have read it
            stored = _read(kind, key)
            if stored is not None and (entry is None or stored.fetched_at > entry.fetched_at):
                entry = entries[f"{kind} {key}"] = stored
        return entry if fresh(entry, now, TTL[kind]) else None

    def put(self, kind: str, key: str, now: datetime, value: Any) -> Cached:
        entry = Cached(now, value)
        self._entries()[f"{kind} {key}"] = entry
        if self.disk and kind in ON_DISK:
            _write(kind, key, entry)
        return entry

    def forget(self, kind: str, key: str) -> None:
        self._entries().pop(f"{kind} {key}", None)

    async def shared(self, kind: str, key: str, fetch: Callable[[], Awaitable[Any]]) -> Any:
        """``fetch()``, one in flight per ``(kind, key)`` on this loop: callers asking meanwhile get its answer (or
        its error). A caller cancelled (its time ran out) leaves the request to the others."""
        pending = self._pending.setdefault(asyncio.get_running_loop(), {})
        name = f"{kind} {key}"
        task = pending.get(name)
        if task is None or task.done():
            task = asyncio.ensure_future(fetch())
            pending[name] = task

            def forget(done: asyncio.Task[Any]) -> None:
                if pending.get(name) is done:
                    del pending[name]
                if not done.cancelled():
                    done.exception()  # retrieved: a failure every caller abandoned is not logged as lost

            task.add_done_callback(forget)
        return await asyncio.shield(task)

    def clear(self) -> None:
        """Forget every entry in memory (on every loop); the disk files stay."""
        self._memory.clear()


#: The process's cache (the sources use it).
PUBLIC = PublicCache()


# --- keys -----------------------------------------------------------------------------------------------------------
def client_key(exchange: Any) -> str:
    """The venue and the API URLs of a client: a base-URL override (a mirror, a test fake) has its own entries."""
    urls = getattr(exchange, "urls", None) or {}
    return f"{getattr(exchange, 'id', '')} {json.dumps(urls.get('api'), sort_keys=True, default=str)}"


def market_list_key(exchange: Any) -> str:
    """A client's market list: its venue and URLs, the market types it loads, and ccxt's version (parsed values
    drift between releases)."""
    import ccxt

    options = getattr(exchange, "options", None)
    loads = options.get("fetchMarkets") if isinstance(options, dict) else None
    return f"{client_key(exchange)} {json.dumps(loads, sort_keys=True, default=str)} ccxt {ccxt.__version__}"


# --- market lists ---------------------------------------------------------------------------------------------------
def market_list(exchange: Any) -> list[dict[str, Any]]:
    """What is kept of a loaded client: its parsed markets (``set_markets`` takes them back)."""
    return [dict(m) for m in (exchange.markets or {}).values()]


# --- candles --------------------------------------------------------------------------------------------------------
def candles_valid(entry: Cached | None, now: datetime) -> bool:
    """Cached daily candles are used on the UTC day they were read: the days before do not change (the venues'
    daily candles open at 00:00 UTC), and today's close is the fresh price (``with_current_close``)."""
    if entry is None or not isinstance(entry.value, list) or not entry.value:
        return False
    return fresh(entry, now, CANDLES_TTL) and entry.fetched_at.astimezone(UTC).date() == now.astimezone(UTC).date()


def with_current_close(candles: list[Any], price: float | None, now: datetime) -> list[Any]:
    """``candles`` with the last candle closed at ``price`` when it is still open at ``now`` (what a fresh read
    would say); unchanged otherwise."""
    if price is None or not candles or not isinstance(candles[-1], (list, tuple)) or len(candles[-1]) < 5:
        return candles
    last = list(candles[-1])
    try:
        opened_ms = float(last[0])
    except (TypeError, ValueError):
        return candles
    if not opened_ms <= now.timestamp() * 1000.0 < opened_ms + DAY_MS:
        return candles
    last[4] = price
    try:
        last[2] = max(float(last[2]), price)
        last[3] = min(float(last[3]), price)
    except (TypeError, ValueError):
        pass
    return [*candles[:-1], last]


# --- disk -----------------------------------------------------------------------------------------------------------
def _path(kind: str, key: str) -> Path:
    digest = hashlib.sha256(f"{kind} {key}".encode()).hexdigest()[:32]
    return cache_dir() / f"{kind}-{digest}.json"


def _read(kind: str, key: str) -> Cached | None:
    path = _path(kind, key)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("version") != DISK_VERSION or raw.get("key") != key:
            return None
        return Cached(datetime.fromisoformat(raw["fetched_at"]), raw["value"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.info("public data cache: %s unreadable (%s); fetching it", path.name, type(exc).__name__)
        return None


def _write(kind: str, key: str, entry: Cached) -> None:
    path = _path(kind, key)
    try:
        text = json.dumps({"version": DISK_VERSION, "key": key, "fetched_at": entry.fetched_at.isoformat(),
                           "value": entry.value}, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        log.info("public data cache: %s not kept on disk (%s)", kind, type(exc).__name__)
        return
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".", suffix=".tmp",
                                         delete=False) as handle:
            temporary = Path(handle.name)
            handle.write(text)
        os.replace(temporary, path)
        _prune(path.parent)
    except OSError as exc:
        log.info("public data cache: %s not written (%s)", path.name, type(exc).__name__)
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    cutoff = time.time() - DISK_KEEP_S
    for old in folder.glob("*.json"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass
