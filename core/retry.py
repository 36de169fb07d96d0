"""Retrying a request, the one home of the policy: which failures are worth another try, and how long to wait.

Both network paths use it: the ccxt exchange adapter (``core.exchanges``) and the httpx chain backends
(``core.custody.http``). Each maps its own errors to a failure category (``SourceError.category``:
rate_limited, venue_down, network, timeout, bad_key, ...); the transient ones are retried with
exponential backoff, everything else is raised at once.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

#: Worth retrying after a pause: the same request may well succeed.
TRANSIENT = frozenset({"rate_limited", "venue_down", "network", "timeout"})

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts``: total tries (1 = no retry); the pause before retry ``k`` (1-based) is
    ``backoff_s × 2^(k−1)`` seconds, times a random factor in [0.5, 1.5) with ``jitter`` (so clients that
    failed together do not retry in lock-step)."""

    attempts: int = 3
    backoff_s: float = 0.5
    jitter: bool = False

    def pause_s(self, retry: int) -> float:
        base = self.backoff_s * 2.0 ** (retry - 1)
        return base * (0.5 + random.random()) if self.jitter else base


def category(exc: BaseException) -> str:
    """The failure category an exception carries (``SourceError.category``), else "other"."""
    return getattr(exc, "category", None) or "other"


async def call_with_retries(fn: Callable[[], Awaitable[T]], policy: RetryPolicy,
                            category_of: Callable[[BaseException], str] = category) -> T:
    """Await ``fn()``; retry while ``category_of(error)`` is in ``TRANSIENT`` and tries are left, then re-raise.

    An error may carry ``retry_after_s`` (a server's ``Retry-After``), which replaces the computed pause.
    Cancellation is never retried.
    """
    for attempt in range(1, policy.attempts + 1):
        try:
            return await fn()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified below
            if attempt >= policy.attempts or category_of(exc) not in TRANSIENT:
                raise
            hint: Any = getattr(exc, "retry_after_s", None)
            await asyncio.sleep(hint if hint is not None else policy.pause_s(attempt))
    raise AssertionError("unreachable")  # pragma: no cover
