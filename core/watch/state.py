"""The watch engine's state between evaluations (``core.watch.rules``): one trigger per threshold, one watch per
exchange source, the reminders and alerts made elsewhere already sent, and the snoozes; JSON-able, so a restarted
engine does not repeat itself. ``snooze`` / ``unsnooze`` / ``is_snoozed`` / ``subject_of`` work on its snoozes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Trigger:
    """One threshold of one subject: ``crossed`` since ``since``; ``notified`` once its alert went out."""

    crossed: bool = False
    since: datetime | None = None
    notified: bool = False


@dataclass(frozen=True)
class SourceWatch:
    """One exchange source: ``failures`` observations in a row without seeing it, the first at ``since``;
    ``notified`` once its "blind" alert went out."""

    failures: int = 0
    since: datetime | None = None
    notified: bool = False
    reason: str = ""


@dataclass(frozen=True)
class WatchState:
    triggers: Mapping[str, Trigger] = field(default_factory=dict)
    sources: Mapping[str, SourceWatch] = field(default_factory=dict)
    reminders: Mapping[str, str] = field(default_factory=dict)  # reminder key -> fired_at (ISO) already sent
    extra_sent: tuple[str, ...] = ()  # keys of alerts made elsewhere already sent, oldest first
    snoozes: Mapping[str, datetime] = field(default_factory=dict)  # subject -> snoozed until

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict (``from_json`` reads it back), so a restarted engine does not repeat itself."""
        return {
            "triggers": {k: {"crossed": t.crossed, "since": _iso(t.since), "notified": t.notified}
                         for k, t in self.triggers.items()},
            "sources": {k: {"failures": s.failures, "since": _iso(s.since), "notified": s.notified,
                            "reason": s.reason} for k, s in self.sources.items()},
            "reminders": dict(self.reminders),
            "extra_sent": list(self.extra_sent),
            "snoozes": {k: v.isoformat() for k, v in self.snoozes.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> WatchState:
        """The state ``to_json`` wrote; raises ``ValueError`` / ``KeyError`` / ``TypeError`` on a broken one."""
        return cls(
            triggers={str(k): Trigger(bool(v["crossed"]), _from_iso(v.get("since")), bool(v["notified"]))
                      for k, v in dict(data.get("triggers") or {}).items()},
            sources={str(k): SourceWatch(int(v["failures"]), _from_iso(v.get("since")), bool(v["notified"]),
                                         str(v.get("reason") or ""))
                     for k, v in dict(data.get("sources") or {}).items()},
            reminders={str(k): str(v) for k, v in dict(data.get("reminders") or {}).items()},
            extra_sent=tuple(str(k) for k in data.get("extra_sent") or ()),
            snoozes={str(k): d for k, v in dict(data.get("snoozes") or {}).items()
                     if (d := _from_iso(v)) is not None},
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def snooze(state: WatchState, subject: str, until: datetime) -> WatchState:
    """``state`` with ``subject`` (a trigger id, a prefix of one, or an alert key) snoozed until ``until``."""
    subject = subject.split("@", 1)[0]
    return replace(state, snoozes={**state.snoozes, subject: until})


def unsnooze(state: WatchState, subject: str) -> WatchState:
    subject = subject.split("@", 1)[0]
    return replace(state, snoozes={k: v for k, v in state.snoozes.items() if k != subject})


def is_snoozed(snoozes: Mapping[str, datetime], trigger_id: str, now: datetime) -> bool:
    """True when a snooze still running covers ``trigger_id`` (the same id or a ``:``-bounded prefix of it)."""
    for subject, until in snoozes.items():
        if now < until and (trigger_id == subject or trigger_id.startswith(subject + ":")):
            return True
    return False


def subject_of(key: str) -> str:
    """The trigger id of an alert key (``liquidation:a:BTC/USDT:USDT:long:pct@20260302T080000Z`` ->
    ``liquidation:a:BTC/USDT:USDT:long:pct``): what ``snooze`` takes."""
    return key.split("@", 1)[0]
