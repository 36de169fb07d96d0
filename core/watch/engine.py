"""The watch engine: an adaptive loop of cheap mark-price checks and less frequent private syncs, judged by
``core.watch.rules`` and handed to an injected ``send``.

Cadence (``WatchConfig``): a full private sync (the session's sync, store and analysis, reminders included) every
``full_sync_s``; between them, public mark-price requests re-price the last known positions (``with_marks``) and
``core.risk`` recomputes every distance, every ``fast_s`` while any position or account is within twice its alert
threshold or any exchange source is not seen, else every ``slow_s``. While a source's private sync fails, the
next full sync comes after ``slow_s`` at the latest, so a recovery is seen soon.

The loop takes a ``clock`` and a ``sleep`` so tests drive it fast; ``stop()`` ends it at the next await. In the
desktop app ``full_sync_s`` is None and the app's own refreshes are fed in with ``observe(analysis)``.
Everything here runs on one event loop (the session's runtime); database work and risk go to worker threads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from core.alerts import Alert
from core.messages import joined
from core.model import PortfolioSnapshot, SourceState
from core.risk import AccountRisk, PositionRisk, assess_accounts, assess_positions
from core.watch.marks import MarketKey, MarkQuotes, fetch_marks, with_marks
from core.watch.rules import (
    Reading,
    SourceView,
    WatchConfig,
    WatchState,
    account_overrides,
    evaluate,
    is_near,
    snooze,
    subject_of,
)

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.retry import RetryPolicy
    from core.session import Session

log = logging.getLogger(__name__)

Send = Callable[[Alert], Awaitable[None]]
Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]


class Feed(Protocol):
    """Where the engine's data comes from (``SessionFeed`` for the app and the CLI)."""

    async def config(self) -> WatchConfig:
        """The thresholds and cadence now (settings and each account's overrides)."""
        ...

    async def full_sync(self, now: datetime) -> Analysis:
        """Sync every source, store, analyse (reminders included); raises ``NothingConfigured``."""
        ...

    async def marks(self, snapshot: PortfolioSnapshot, now: datetime) -> MarkQuotes:
        """Public mark prices of the symbols ``snapshot`` holds."""
        ...

    async def cold_alerts(self, analysis: Analysis, now: datetime) -> Sequence[Alert]:
        """Alerts of the cold-wallet watchtower for this analysis (``core.watch.watchtower_hook``)."""
        ...

    def snoozes(self) -> Mapping[str, datetime]:
        """Snoozes the user set outside the engine (subject -> until)."""
        ...


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Check:
    """What one check saw and sent (for logs, the desktop's live view and tests)."""

    at: datetime
    full: bool
    reading: Reading
    alerts: tuple[Alert, ...]
    near: bool


def exchange_views(snapshot: PortfolioSnapshot) -> dict[str, SourceView]:
    """Each exchange source of a synced snapshot: seen when fresh, else not, with the sync's reason."""
    out = {}
    for s in snapshot.sources:
        if s.kind != "exchange":
            continue
        account = snapshot.account(s.source_id)
        label = account.label if account is not None and account.label else s.source_id
        out[s.source_id] = SourceView(s.source_id, label, s.state is SourceState.FRESH,
                                      "" if s.state is SourceState.FRESH else (s.error or s.state.value))
    return out


def assess(snapshot: PortfolioSnapshot, gap_rule_pct: float) -> tuple[tuple[PositionRisk, ...],
                                                                       tuple[AccountRisk, ...]]:
    return assess_positions(snapshot, gap_rule_pct), assess_accounts(snapshot)


class WatchEngine:
    """One watch. ``send`` gets every alert (a failing send is logged, never stops the watch); ``on_check``
    every ``Check``; ``save_state`` the state after each check (so a restart does not repeat alerts)."""

    def __init__(self, feed: Feed, send: Send | None = None, *, clock: Clock = utc_now, sleep: Sleep | None = None,
                 state: WatchState | None = None, save_state: Callable[[WatchState], None] | None = None,
                 on_check: Callable[[Check], None] | None = None) -> None:
        self.feed = feed
        self.send = send
        self.clock = clock
        self._sleep = sleep
        self.state = state or WatchState()
        self.save_state = save_state
        self.on_check = on_check
        self.config = WatchConfig()
        self.base: PortfolioSnapshot | None = None  # the last synced snapshot
        self.gap_rule_pct = 10.0
        self._marks: dict[MarketKey, tuple[float, datetime]] = {}  # the freshest marks and when they were seen
        self._private: dict[str, SourceView] = {}  # exchange source -> as its last private sync saw it
        self._public_failed: dict[str, str] = {}  # exchange source -> why its last mark request failed
        self._near = False
        self._last_full: datetime | None = None
        self._next_full: datetime | None = None
        self._next_marks: datetime | None = None
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self.checks = 0

    # --- control --------------------------------------------------------------------------------------------
    def stop(self) -> None:
        """End ``run`` at its next await (call on the engine's loop; ``loop.call_soon_threadsafe`` elsewhere)."""
        self._stop.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    async def _pause(self, seconds: float) -> None:
        if self._sleep is not None:
            await self._sleep(max(0.0, seconds))
            return
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, seconds))
        except TimeoutError:
            pass

    # --- the loop -------------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Check until ``stop()``: a full sync when one is due, else mark prices when they are due, then sleep
        until the next is due. ``NothingConfigured`` from the first full sync is raised to the caller."""
        self.config = await self.feed.config()
        while not self.stopped:
            now = self.clock()
            full_due = self.config.full_sync_s is not None and (self._next_full is None or now >= self._next_full)
            try:
                if full_due:
                    await self.check_full(now)
                elif self.base is not None and (self._next_marks is None or now >= self._next_marks):
                    await self.check_marks(now)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                from core.session import NothingConfigured

                if isinstance(exc, NothingConfigured):
                    raise
                log.warning("watch check failed: %s", type(exc).__name__, exc_info=True)
                retry_at = now + timedelta(seconds=self.config.fast_s)
                if full_due:
                    self._next_full = retry_at
                else:
                    self._next_marks = retry_at
            if self.stopped:
                break
            await self._pause(self._seconds_to_next(self.clock()))

    def _seconds_to_next(self, now: datetime) -> float:
        due = [t for t in (self._next_full if self.config.full_sync_s is not None else None, self._next_marks)
               if t is not None]
        if not due:  # nothing synced yet (the desktop waits for its first analysis)
            return self.config.fast_s
        return max(0.0, (min(due) - now).total_seconds())

    # --- checks ---------------------------------------------------------------------------------------------
    async def check_full(self, now: datetime) -> Check:
        """A private sync (through the feed), judged at once."""
        self.config = await self.feed.config()
        analysis = await self.feed.full_sync(now)
        self._last_full = now
        return await self._judge_analysis(analysis, now, full=True)

    async def observe(self, analysis: Analysis, now: datetime | None = None) -> Check:
        """Judge an analysis synced by someone else (the desktop app's refresh); marks seen later than its
        snapshot are laid over it."""
        now = now or self.clock()
        self.config = await self.feed.config()
        check = await self._judge_analysis(analysis, now, full=False)
        self._wake.set()  # the loop re-plans its next mark check
        return check

    async def _judge_analysis(self, analysis: Analysis, now: datetime, full: bool) -> Check:
        snapshot = analysis.snapshot
        self.gap_rule_pct = analysis.settings.gap_rule_pct
        self._private = exchange_views(snapshot)
        for source_id, view in self._private.items():
            if view.seeing:  # its tickers came with the sync
                self._public_failed.pop(source_id, None)
        self.base = snapshot
        newer = {k: price for k, (price, at) in self._marks.items() if at > snapshot.taken_at}
        positions, accounts = analysis.positions, analysis.accounts
        if newer:
            snapshot = with_marks(snapshot, newer)
            positions, accounts = await asyncio.to_thread(assess, snapshot, self.gap_rule_pct)
        extra: Sequence[Alert] = ()
        try:
            extra = await self.feed.cold_alerts(analysis, now)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the watchtower failing must not stop the position watch
            log.warning("the cold-wallet watchtower failed", exc_info=True)
        reading = Reading(snapshot, positions, accounts, self._views(set(self._private)), analysis.reminders,
                          tuple(extra))
        return await self._judge(reading, now, full)

    async def check_marks(self, now: datetime) -> Check:
        """Public mark prices for the last known positions; every distance recomputed."""
        base = self.base
        if base is None:
            raise RuntimeError("no snapshot to re-price yet")
        quotes = await self.feed.marks(base, now)
        for key, price in quotes.marks.items():
            self._marks[key] = (price, now)
        for source_id in quotes.ok:
            self._public_failed.pop(source_id, None)
        self._public_failed.update(quotes.failed)
        current = {k: price for k, (price, at) in self._marks.items() if at > base.taken_at}
        snapshot = with_marks(base, current)
        positions, accounts = await asyncio.to_thread(assess, snapshot, self.gap_rule_pct)
        reading = Reading(snapshot, positions, accounts, self._views(set(quotes.ok) | set(quotes.failed)))
        return await self._judge(reading, now, full=False)

    def _views(self, observed: set[str]) -> dict[str, SourceView]:
        """The observed sources, seen only when both their private sync and their mark requests are fine."""
        out = {}
        for source_id in sorted(observed):
            private = self._private.get(source_id)
            label = private.label if private is not None else source_id
            reasons = [r for r in (private.reason if private is not None and not private.seeing else "",
                                   self._public_failed.get(source_id, "")) if r]
            seeing = (private is None or private.seeing) and source_id not in self._public_failed
            out[source_id] = SourceView(source_id, label, seeing, joined(dict.fromkeys(reasons)))
        return out

    async def _judge(self, reading: Reading, now: datetime, full: bool) -> Check:
        async with self._lock:
            # the snooze file is read afresh every check (an ended snooze ends here too); the state keeps only
            # the snoozes set through ``snooze()``
            own = {k: v for k, v in self.state.snoozes.items() if v > now}
            combined = dict(own)
            for subject, until in self.feed.snoozes().items():
                combined[subject] = max(until, combined.get(subject, until))
            alerts, judged = evaluate(reading, replace(self.state, snoozes=combined), self.config, now)
            self.state = replace(judged, snoozes=own)
            self.checks += 1
            self._near = is_near(reading, self.config)
            self._plan(now)
            if self.save_state is not None:
                try:
                    self.save_state(self.state)
                except OSError:
                    log.warning("could not save the watch state", exc_info=True)
        check = Check(now, full, reading, tuple(alerts), self._near)
        if self.on_check is not None:
            self.on_check(check)
        for alert in alerts:
            await self._send(alert)
        return check

    def _plan(self, now: datetime) -> None:
        cfg = self.config
        unseen = any(s.failures > 0 for s in self.state.sources.values()) or bool(self._public_failed) \
            or any(not v.seeing for v in self._private.values())
        self._next_marks = now + timedelta(seconds=cfg.fast_s if (self._near or unseen) else cfg.slow_s)
        if cfg.full_sync_s is not None:
            last = self._last_full or now
            next_full = last + timedelta(seconds=cfg.full_sync_s)
            if any(not v.seeing for v in self._private.values()):  # a failed private sync is tried again soon
                next_full = min(next_full, now + timedelta(seconds=cfg.slow_s))
            self._next_full = next_full

    async def _send(self, alert: Alert) -> None:
        if self.send is None:
            return
        try:
            await self.send(alert)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the dispatcher reports its own failures; the watch goes on
            log.warning("sending alert %s failed", alert.key, exc_info=True)

    def snooze(self, subject: str, until: datetime) -> None:
        """Snooze ``subject`` (an alert key, its trigger id or a ``:``-bounded prefix) in this engine's state only;
        ``add_snooze`` on the snooze file reaches every watcher."""
        self.state = snooze(self.state, subject, until)

    @property
    def near(self) -> bool:
        """True while something is within twice its alert threshold (the fast cadence)."""
        return self._near

    @property
    def next_check(self) -> datetime | None:
        due = [t for t in (self._next_full if self.config.full_sync_s is not None else None, self._next_marks)
               if t is not None]
        return min(due) if due else None


# --- the session as a feed ----------------------------------------------------------------------------------
class SessionFeed:
    """The engine's data from an application session: its sync, its exchange clients, its settings.

    ``full_sync=False`` (the desktop app): the engine never syncs itself; the app's analyses are observed.
    ``snooze_file``: snoozes set by ``undertow watch --snooze`` or the app (``add_snooze``), read at every check.
    ``watchtower``: the cold-wallet watchtower, ``async (analysis, now) -> alerts``
    (``core.watch.watchtower_hook.watchtower_for``).
    """

    def __init__(self, session: Session, *, full_sync: bool = True, retry: RetryPolicy | None = None,
                 snooze_file: Path | None = None,
                 watchtower: Callable[[Analysis, datetime], Awaitable[Sequence[Alert]]] | None = None) -> None:
        self.session = session
        self.full = full_sync
        self.retry = retry
        self.snooze_file = snooze_file
        self.watchtower = watchtower
        self._sources: list[Any] = []  # the exchange sources (with their credentials) of ``_sources_for``
        self._sources_for: datetime | None = None

    async def config(self) -> WatchConfig:
        accounts = await asyncio.to_thread(self.session.accounts)
        return WatchConfig.from_settings(self.session.settings, account_overrides(accounts), full_sync=self.full)

    async def full_sync(self, now: datetime) -> Analysis:
        from core.session import NothingConfigured

        session = self.session
        latest = await asyncio.to_thread(session.latest_snapshots, 1)
        previous = latest[0][1] if latest else None
        sources = await asyncio.to_thread(session.sources, previous, self.retry)
        if not sources:
            raise NothingConfigured()
        sid, snapshot = await session.sync(now, self.retry, sources=sources)
        self._remember(sources, snapshot)
        return await asyncio.to_thread(session.analyse, snapshot, now, sid)

    def _remember(self, sources: Sequence[Any], snapshot: PortfolioSnapshot) -> None:
        from core.exchanges.ccxt_source import ExchangeAccountSource

        self._sources = [s for s in sources if isinstance(s, ExchangeAccountSource)]
        self._sources_for = snapshot.taken_at

    async def marks(self, snapshot: PortfolioSnapshot, now: datetime) -> MarkQuotes:
        if self.session.demo:
            return MarkQuotes()  # the demo's recorded data has no venue to ask
        if self._sources_for != snapshot.taken_at:  # synced by someone else: the clients' settings from the store
            sources = await asyncio.to_thread(self.session.sources, snapshot, self.retry)
            self._remember(sources, snapshot)
        from core.retry import RetryPolicy

        return await fetch_marks(self._sources, snapshot, self.retry or RetryPolicy(attempts=2, backoff_s=1.0))

    async def cold_alerts(self, analysis: Analysis, now: datetime) -> Sequence[Alert]:
        if self.watchtower is None:
            return ()
        return tuple(await self.watchtower(analysis, now))

    def snoozes(self) -> Mapping[str, datetime]:
        return load_snoozes(self.snooze_file) if self.snooze_file is not None else {}


# --- files: the engine's state and the user's snoozes -------------------------------------------------------
def state_file(name: str, demo: bool = False) -> Path:
    """``<data folder>/watch-<name>[-demo].json``: one per watcher ("cli", "app"), so they do not overwrite
    each other."""
    from core.store.paths import data_dir

    return data_dir() / f"watch-{name}{'-demo' if demo else ''}.json"


def snooze_file(demo: bool = False) -> Path:
    """``<data folder>/watch-snoozes[-demo].json``: shared by every watcher."""
    from core.store.paths import data_dir

    return data_dir() / f"watch-snoozes{'-demo' if demo else ''}.json"


def _write_json(path: Path, payload: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def load_state(path: Path) -> WatchState:
    """The state saved at ``path``; an empty one when there is none or it cannot be read."""
    try:
        return WatchState.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return WatchState()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("the watch state in %s is unreadable; starting afresh", path)
        return WatchState()


def save_state(path: Path, state: WatchState) -> None:
    _write_json(path, state.to_json())


def load_snoozes(path: Path) -> dict[str, datetime]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): datetime.fromisoformat(v) for k, v in dict(raw).items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, AttributeError):
        log.warning("the watch snoozes in %s are unreadable; ignoring them", path)
        return {}


def add_snooze(path: Path, subject: str, until: datetime, now: datetime) -> dict[str, datetime]:
    """Snooze ``subject`` (an alert key or its trigger id, or any ``:``-bounded prefix) until ``until``;
    expired snoozes are dropped. Returns the snoozes now in force."""
    current = {k: v for k, v in load_snoozes(path).items() if v > now}
    current[subject_of(subject)] = until
    _write_json(path, {k: v.isoformat() for k, v in current.items()})
    return current


def remove_snooze(path: Path, subject: str, now: datetime) -> bool:
    current = {k: v for k, v in load_snoozes(path).items() if v > now}
    found = current.pop(subject_of(subject), None) is not None
    _write_json(path, {k: v.isoformat() for k, v in current.items()})
    return found
