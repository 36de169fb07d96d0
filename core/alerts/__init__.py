"""Alerts that reach the trader away from the screen: what an alert is, and what a channel must do.

The watch engine (``core.watch``) and the cold-storage watchtower decide *when* something is worth an alert and
make ``Alert`` values; ``core.alerts.dispatch`` hands them to the channels the user enabled (desktop notification,
e-mail, ntfy, Telegram, webhook), with de-duplication, a rate limit and retries, so one failing channel never blocks
the others and a crash cannot flood a phone. No server of ours sits in between.

Texts: ``title``, ``body`` and ``body_with_amounts`` are ``core.messages.Message``s (a ``str`` in English, as the
terminal, the logs and every remote channel send them; the desktop notification shows them in the window's
language).

Privacy: ``title`` and ``body`` never carry amounts (USD values, sizes, balances); ``body_with_amounts`` may, and a
channel sends it only when the user allowed amounts in alerts (``Settings.alerts_include_amounts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

SEVERITIES = ("info", "warning", "critical")
#: What an alert is about: one liquidation-distance or margin-ratio threshold crossed, a source gone blind or back,
#: a spend from a long-term cold wallet, a due reminder, or a test from the settings.
KINDS = ("liquidation", "margin", "blind", "recovered", "cold_spend", "cold_arrived", "reminder", "test")


@dataclass(frozen=True)
class Alert:
    key: str  # de-duplication key: the same key is not sent twice within the dispatcher's window
    kind: str  # one of KINDS
    severity: str  # one of SEVERITIES
    title: str  # short, no amounts
    body: str  # no amounts
    at: datetime  # when the condition was seen (UTC)
    body_with_amounts: str = ""  # the body with amounts, sent only when the user allows it


class ChannelError(RuntimeError):
    """A channel could not deliver; the message says why for the user (never a secret).

    ``category`` says whether another try may help (``core.retry.TRANSIENT``: "network", "timeout",
    "venue_down", "rate_limited") or not ("rejected", "config", "other"); ``retry_after_s`` is a server's
    hint of how long to wait before the next try (e.g. Telegram's ``retry_after``).
    """

    def __init__(self, message: str, category: str = "other", retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.text = message  # as given: a core.messages.Message keeps its template for the window
        self.category = category
        self.retry_after_s = retry_after_s


class Channel(Protocol):
    """One way to reach the user. ``name`` identifies the configured channel (e.g. "ntfy", "email")."""

    name: str

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        """Deliver ``alert`` (with ``body_with_amounts`` when ``amounts``); raise ``ChannelError`` on failure."""
        ...
