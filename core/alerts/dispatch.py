"""Handing an alert to every enabled channel: de-duplicated, rate-limited, retried, reported, never blocking.

- **De-duplication**: an alert whose ``key`` was delivered on a channel within ``dedup_window`` (6 h) is not
  sent there again, unless the watch engine re-armed it with ``forget(key)`` (the condition cleared and came
  back). A delivery in flight counts as delivered, so two dispatches of one key cannot both go out.
- **Rate limit**: at most ``rate_limit_per_hour`` deliveries per channel in any hour (tries that failed
  count too): a crash loop or a flapping source cannot flood a phone. Alerts held back are counted and the next
  message that goes out on that channel says so.
- **Amounts** only when ``include_amounts`` (``Settings.alerts_include_amounts``).
- **Failures**: each channel runs concurrently with the others, every try bounded by ``timeout_s``; transient
  failures are retried with backoff (``core.retry``); the outcome of every channel is returned and kept
  (``statuses``) for the window and the terminal. One failing or hanging channel never holds up the others.

Time is passed in (``now``), so the rules are deterministic; only the retry pauses sleep for real.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from core.alerts import Alert, Channel, ChannelError
from core.messages import QT_TRANSLATE_NOOP, Number, Percent, Usd, joined, message
from core.retry import RetryPolicy, call_with_retries

log = logging.getLogger(__name__)

DEDUP_WINDOW = timedelta(hours=6)
RATE_WINDOW = timedelta(hours=1)
DEFAULT_TIMEOUT_S = 20.0
#: Three tries of up to ``DEFAULT_TIMEOUT_S`` with pauses of about 2 and 4 s fit in the budget; a server's
#: ``Retry-After`` up to a minute is honoured.
DEFAULT_RETRY = RetryPolicy(attempts=3, backoff_s=2.0, jitter=True, max_wait_s=60.0, budget_s=75.0)
#: How long the in-memory log (statuses, rate limit, de-duplication) keeps deliveries.
LOG_KEEP = timedelta(days=7)

SENT, FAILED, RATE_LIMITED, DUPLICATE = "sent", "failed", "rate_limited", "duplicate"
OUTCOMES = (SENT, FAILED, RATE_LIMITED, DUPLICATE)


@dataclass(frozen=True)
class Delivery:
    """What happened to one alert on one channel."""

    channel: str
    key: str
    kind: str
    at: datetime  # the ``now`` of the dispatch
    outcome: str  # one of OUTCOMES
    error: str = ""  # why it failed (user-facing, no secret; a Message) or was held back
    attempts: int = 0  # tries made (0 when held back or a duplicate)
    rearmed: bool = False  # the watch engine re-armed this key afterwards: it no longer blocks a repeat

    @property
    def ok(self) -> bool:
        return self.outcome == SENT


@dataclass(frozen=True)
class ChannelStatus:
    """A channel's recent record, for the alert settings and ``undertow alert list``."""

    channel: str
    state: str  # "never" | "ok" | "failed" | "rate_limited"
    last_at: datetime | None = None  # the last delivery tried or held back
    last_ok_at: datetime | None = None
    last_error: str = ""  # of the last delivery, when it did not go out
    sent_last_hour: int = 0  # deliveries tried in the last hour (what the rate limit counts)
    held_back: int = 0  # alerts held back by the rate limit since the last delivery went out


class DeliveryJournal(Protocol):
    """Where deliveries are kept across restarts (``core.store.alerts_repo`` via the session), so the rate limit
    and de-duplication survive a crash."""

    def record(self, deliveries: Sequence[Delivery]) -> None: ...

    def forget(self, key: str) -> None: ...


def _counts_for_rate(d: Delivery) -> bool:
    return d.outcome in (SENT, FAILED)


def channel_status(name: str, log_: Iterable[Delivery], now: datetime) -> ChannelStatus:
    """The status of channel ``name`` from its deliveries (any order)."""
    mine = sorted((d for d in log_ if d.channel == name and d.outcome != DUPLICATE), key=lambda d: d.at)
    if not mine:
        return ChannelStatus(name, "never")
    last = mine[-1]
    oks = [d for d in mine if d.ok]
    last_ok = oks[-1].at if oks else None
    held = sum(1 for d in mine if d.outcome == RATE_LIMITED and (last_ok is None or d.at >= last_ok))
    sent_hour = sum(1 for d in mine if _counts_for_rate(d) and now - RATE_WINDOW < d.at <= now)
    state = {SENT: "ok", FAILED: "failed", RATE_LIMITED: "rate_limited"}[last.outcome]
    return ChannelStatus(name, state, last.at, last_ok, "" if last.ok else last.error, sent_hour, held)


class Dispatcher:
    """One per process (the session keeps it). ``channels`` are the enabled ones; ``history`` is the journal's
    recent deliveries (restores the rate limit and de-duplication after a restart)."""

    def __init__(self, channels: Sequence[Channel] = (), *, include_amounts: bool = False,
                 rate_limit_per_hour: int = 12, dedup_window: timedelta = DEDUP_WINDOW,
                 retry: RetryPolicy = DEFAULT_RETRY, timeout_s: float = DEFAULT_TIMEOUT_S,
                 history: Iterable[Delivery] = (), journal: DeliveryJournal | None = None) -> None:
        self.channels: dict[str, Channel] = {}
        self.set_channels(channels)
        self.include_amounts = include_amounts
        self.rate_limit_per_hour = rate_limit_per_hour
        self.dedup_window = dedup_window
        self.retry = retry
        self.timeout_s = timeout_s
        self.journal = journal
        self._log: list[Delivery] = sorted(history, key=lambda d: d.at)
        self._in_flight: set[tuple[str, str]] = set()

    # --- configuration ---------------------------------------------------------------------------------------
    def set_channels(self, channels: Sequence[Channel]) -> None:
        """Replace the enabled channels (after the user changed them); history and limits are kept."""
        self.channels = {c.name: c for c in channels}

    def configure(self, *, include_amounts: bool | None = None, rate_limit_per_hour: int | None = None) -> None:
        if include_amounts is not None:
            self.include_amounts = include_amounts
        if rate_limit_per_hour is not None:
            self.rate_limit_per_hour = rate_limit_per_hour

    @property
    def limit(self) -> int:
        return max(1, int(self.rate_limit_per_hour))  # 0 or less would silence alerts without saying so

    # --- the rules -------------------------------------------------------------------------------------------
    def is_duplicate(self, channel: str, key: str, now: datetime) -> bool:
        if (channel, key) in self._in_flight:
            return True
        return any(d.channel == channel and d.key == key and d.ok and not d.rearmed
                   and now - self.dedup_window < d.at <= now for d in self._log)

    def sent_last_hour(self, channel: str, now: datetime) -> int:
        return sum(1 for d in self._log
                   if d.channel == channel and _counts_for_rate(d) and now - RATE_WINDOW < d.at <= now)

    def held_back(self, channel: str) -> int:
        """Alerts held back on ``channel`` since its last delivery went out."""
        count = 0
        for d in reversed(self._log):
            if d.channel != channel:
                continue
            if d.ok:
                break
            count += d.outcome == RATE_LIMITED
        return count

    def forget(self, key: str) -> None:
        """Re-arm ``key``: the next alert with it is sent even within the de-duplication window."""
        self._log = [replace(d, rearmed=True) if d.key == key and not d.rearmed else d for d in self._log]
        if self.journal is not None:
            try:
                self.journal.forget(key)
            except Exception:  # noqa: BLE001 - the in-memory state is re-armed; the journal is best effort
                log.warning("could not record that alert %s was re-armed", key, exc_info=True)

    def statuses(self, now: datetime, names: Iterable[str] | None = None) -> list[ChannelStatus]:
        return [channel_status(n, self._log, now) for n in (names if names is not None else self.channels)]

    def status(self, name: str, now: datetime) -> ChannelStatus:
        return channel_status(name, self._log, now)

    @property
    def log(self) -> tuple[Delivery, ...]:
        return tuple(self._log)

    # --- sending ---------------------------------------------------------------------------------------------
    async def dispatch(self, alert: Alert, now: datetime) -> list[Delivery]:
        """Send ``alert`` on every channel it is due on; returns one ``Delivery`` per channel."""
        return await self._run(alert, now, list(self.channels.values()), rules=True)

    async def send_test(self, channel: Channel, alert: Alert, now: datetime) -> Delivery:
        """A test the user asked for, on one channel (enabled or not): neither de-duplicated nor held back by the
        rate limit (it counts toward it), retried and reported like any other."""
        return (await self._run(alert, now, [channel], rules=False))[0]

    async def _run(self, alert: Alert, now: datetime, channels: list[Channel], rules: bool) -> list[Delivery]:
        results: list[Delivery | None] = [None] * len(channels)
        jobs: list[tuple[int, Channel, Alert]] = []
        for i, channel in enumerate(channels):
            if rules and self.is_duplicate(channel.name, alert.key, now):
                results[i] = Delivery(channel.name, alert.key, alert.kind, now, DUPLICATE)
            elif rules and self.sent_last_hour(channel.name, now) >= self.limit:
                results[i] = Delivery(channel.name, alert.key, alert.kind, now, RATE_LIMITED,
                                      f"held back: the limit of {self.limit} alerts per hour on this channel "
                                      "is reached")
            else:
                jobs.append((i, channel, self._with_held_back_note(alert, self.held_back(channel.name))))
                self._in_flight.add((channel.name, alert.key))
        try:
            done = await asyncio.gather(*(self._deliver(channel, a, now) for _, channel, a in jobs))
        finally:
            for _, channel, _a in jobs:
                self._in_flight.discard((channel.name, alert.key))
        for (i, _, _), delivery in zip(jobs, done):
            results[i] = delivery
        out = [d for d in results if d is not None]
        kept = [d for d in out if d.outcome != DUPLICATE]
        self._log.extend(kept)
        self._log = [d for d in self._log if d.at > now - LOG_KEEP]
        if kept and self.journal is not None:
            try:
                await asyncio.to_thread(self.journal.record, kept)
            except Exception:  # noqa: BLE001 - the alert went out; losing its record must not stop the watch
                log.warning("could not record alert deliveries", exc_info=True)
        return out

    @staticmethod
    def _with_held_back_note(alert: Alert, held: int) -> Alert:
        if not held:
            return alert
        note = message(QT_TRANSLATE_NOOP("Core", "({n} earlier alerts were held back by the rate limit on this "
                                                 "channel; open Undertow to see everything.)"), n=held) if held > 1 \
            else message(QT_TRANSLATE_NOOP("Core", "(1 earlier alert was held back by the rate limit on this channel; "
                                                   "open Undertow to see everything.)"))
        return replace(alert, body=joined([alert.body, note], "\n\n"),
                       body_with_amounts=joined([alert.body_with_amounts, note], "\n\n")
                       if alert.body_with_amounts else "")

    async def _deliver(self, channel: Channel, alert: Alert, now: datetime) -> Delivery:
        attempts = 0
        amounts = self.include_amounts

        async def attempt() -> None:
            nonlocal attempts
            attempts += 1
            try:
                async with asyncio.timeout(self.timeout_s):
                    await channel.send(alert, amounts=amounts)
            except TimeoutError:
                raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "no answer within {seconds} s"),
                                           seconds=Number(self.timeout_s)), "timeout") from None

        try:
            await call_with_retries(attempt, self.retry, attempt_s=self.timeout_s)
        except ChannelError as exc:
            return Delivery(channel.name, alert.key, alert.kind, now, FAILED, exc.text, attempts)
        except TimeoutError:  # the policy's budget for all tries ran out
            return Delivery(channel.name, alert.key, alert.kind, now, FAILED,
                            message(QT_TRANSLATE_NOOP("Core", "no answer within {seconds} s (all tries)"),
                                    seconds=Number(self.retry.budget_s)), attempts)
        except Exception as exc:  # noqa: BLE001 - a bug in one channel must not stop the others
            log.warning("alert channel %s failed unexpectedly (%s)", channel.name, type(exc).__name__)
            return Delivery(channel.name, alert.key, alert.kind, now, FAILED,
                            message(QT_TRANSLATE_NOOP("Core", "unexpected error ({error})"),
                                    error=type(exc).__name__), attempts)
        return Delivery(channel.name, alert.key, alert.kind, now, SENT, "", attempts)


def make_test_alert(channel_name: str, now: datetime) -> Alert:
    """The alert behind "Send a test alert": no amounts in ``body``; ``body_with_amounts`` shows what amounts
    would look like, so the test also shows the privacy setting at work."""
    return Alert(key=f"test:{channel_name}:{now.isoformat()}", kind="test", severity="info",
                 title=message(QT_TRANSLATE_NOOP("Core", "Undertow test alert")),
                 body=message(QT_TRANSLATE_NOOP("Core", "This test reached you through the channel '{channel}'. "
                                                        "Alerts carry no amounts (you can allow them in Settings)."),
                              channel=channel_name),
                 at=now,
                 body_with_amounts=message(QT_TRANSLATE_NOOP("Core", "This test reached you through the channel "
                                                                     "'{channel}'. Alerts include amounts, e.g. "
                                                                     "'BTC long: liquidation {distance} away, position "
                                                                     "{amount}'."),
                                           channel=channel_name, distance=Percent(0.12), amount=Usd(25_000, 0)))
