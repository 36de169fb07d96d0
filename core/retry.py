"""Retrying a request, the one home of the policy: which failures are worth another try, how long to wait, and
how long a source may take at all.

Both network paths use it: the ccxt exchange adapter (``core.exchanges``) and the httpx chain backends
(``core.custody.http``). Each maps its own errors to a failure category (``SourceError.category``:
rate_limited, venue_down, network, timeout, bad_key, ...); the transient ones are retried with
exponential backoff, everything else is raised at once.

The server's own signals come first: a ``Retry-After`` it sent holds back every later request to that server
(``Gate``), across syncs, up to the moment it named; a sync waits for it only when the pause is short
(``RetryPolicy.max_wait_s``) and fits in the time left, else it gives up at once (``WaitRequested``) and the
next refresh tries again. Time is bounded twice: one call with its retries (``RetryPolicy.budget_s``, so a hung
server is reported within it) and one source's whole fetch (``source_budget``, a deadline every call inside it
respects).
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

#: Worth retrying after a pause: the same request may well succeed.
TRANSIENT = frozenset({"rate_limited", "venue_down", "network", "timeout"})

#: The longest pause a server may impose on us at all (a hostile ``Retry-After: 1e9`` must not silence it forever).
MAX_HOLD_S = 24 * 3600.0

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts``: total tries (1 = no retry); the pause before retry ``k`` (1-based) is
    ``backoff_s × 2^(k−1)`` seconds, times a random factor in [0.5, 1.5) with ``jitter`` (so clients that
    failed together do not retry in lock-step).

    ``max_wait_s``: the longest server-requested pause (``Retry-After``) a sync waits for; a longer one ends the
    call at once (the server is still left alone until then). ``budget_s``: the most one call may take, its
    retries and pauses included (a retry that cannot finish within it is not started), so a hung server is
    reported within it. ``source_budget_s``: the most one source's whole fetch may take (every call in it).
    """

    attempts: int = 3
    backoff_s: float = 0.5
    jitter: bool = False
    max_wait_s: float = 60.0
    budget_s: float = 15.0
    source_budget_s: float = 30.0

    def pause_s(self, retry: int) -> float:
        base = self.backoff_s * 2.0 ** (retry - 1)
        return base * (0.5 + random.random()) if self.jitter else base


class WaitRequested(Exception):
    """The server asked for a pause (``Retry-After``) longer than this sync can wait: nothing more was sent."""

    category = "rate_limited"

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"the server asked to wait {wait_s:.0f} s")
        self.wait_s = wait_s


class Gate:
    """One server's pace: the moment (``time.monotonic``) before which no request may go to it."""

    def __init__(self) -> None:
        self.not_before = 0.0

    def hold(self, seconds: float) -> None:
        """The server asked for ``seconds`` of quiet (bounded by ``MAX_HOLD_S``; never shortens an earlier hold)."""
        if math.isfinite(seconds) and seconds > 0:
            self.not_before = max(self.not_before, time.monotonic() + min(seconds, MAX_HOLD_S))

    def wait_s(self) -> float:
        return max(0.0, self.not_before - time.monotonic())


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """A ``Retry-After`` header in seconds (delta-seconds or an HTTP date, RFC 9110 §10.2.3), None if unreadable."""
    if value is None:
        return None
    text = str(value).strip()[:64]
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


# --- deadlines --------------------------------------------------------------------------------------------------
#: The current source's deadline (``time.monotonic``), set by ``source_budget``; tasks started inside inherit it.
_DEADLINE: ContextVar[float | None] = ContextVar("undertow_source_deadline", default=None)


@contextmanager
def source_budget(seconds: float) -> Iterator[float]:
    """Every call made inside (in this task and the tasks it starts) ends by ``seconds`` from now (an enclosing
    budget that ends sooner wins). Yields the deadline."""
    deadline = time.monotonic() + max(0.0, seconds)
    outer = _DEADLINE.get()
    if outer is not None:
        deadline = min(deadline, outer)
    token = _DEADLINE.set(deadline)
    try:
        yield deadline
    finally:
        _DEADLINE.reset(token)


def remaining_s() -> float | None:
    """Seconds left in the current source's budget (None outside one; may be 0)."""
    deadline = _DEADLINE.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def category(exc: BaseException) -> str:
    """The failure category an exception carries (``SourceError.category``), else "other"."""
    return getattr(exc, "category", None) or "other"


async def call_with_retries(fn: Callable[[], Awaitable[T]], policy: RetryPolicy,
                            category_of: Callable[[BaseException], str] = category, *,
                            gate: Gate | None = None, attempt_s: float | None = None) -> T:
    """Await ``fn()``; retry while ``category_of(error)`` is in ``TRANSIENT`` and tries and time are left, then
    re-raise.

    An error may carry ``retry_after_s`` (a server's ``Retry-After``), which replaces the computed pause, as does
    the ``gate`` of the server (its hold). ``attempt_s``: how long one attempt may take (the client's request
    timeout); a retry is started only when it can finish within ``policy.budget_s`` and the source's budget. Each
    attempt is cut at the deadline (``TimeoutError``). Cancellation is never retried.
    """
    deadline = time.monotonic() + policy.budget_s
    outer = _DEADLINE.get()
    if outer is not None:
        deadline = min(deadline, outer)
    for attempt in range(1, policy.attempts + 1):
        if gate is not None and (wait := gate.wait_s()) > 0:
            if wait > policy.max_wait_s or time.monotonic() + wait > deadline:
                raise WaitRequested(wait)
            await asyncio.sleep(wait)
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no time left for this request")
        try:
            return await asyncio.wait_for(fn(), left)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified below
            if attempt >= policy.attempts or category_of(exc) not in TRANSIENT:
                raise
            hint: Any = getattr(exc, "retry_after_s", None)
            held = gate.wait_s() if gate is not None else 0.0
            if held > 0:
                hint = max(float(hint or 0.0), held)
            if hint is not None and hint > policy.max_wait_s:
                raise
            pause = float(hint) if hint is not None else policy.pause_s(attempt)
            if time.monotonic() + pause + (attempt_s or 0.0) > deadline:
                raise
            await asyncio.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
