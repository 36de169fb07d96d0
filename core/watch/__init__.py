"""The watch engine: distances to liquidation, margin ratios, blind sources, reminders and the cold-wallet
watchtower, checked on an adaptive cadence, turned into ``core.alerts.Alert`` values for the channels.

``core.watch.rules`` (pure: reading + state in, alerts + state out), ``core.watch.marks`` (cheap public mark
prices; the last snapshot re-priced), ``core.watch.engine`` (the loop, ``SessionFeed``, the state and snooze
files), ``core.watch.watchtower_hook`` (the cold-wallet watchtower as a source of alerts). ``undertow watch`` and
the desktop app's ``desktop.watch_service`` run the same engine.
"""

from core.watch.engine import Check, SessionFeed, WatchEngine
from core.watch.marks import MarkQuotes, fetch_marks, with_marks
from core.watch.rules import (
    Reading,
    SourceView,
    Thresholds,
    WatchConfig,
    WatchState,
    evaluate,
    is_near,
    margin_usage_pct,
    snooze,
)

__all__ = ["Check", "MarkQuotes", "Reading", "SessionFeed", "SourceView", "Thresholds", "WatchConfig", "WatchEngine",
           "WatchState", "evaluate", "fetch_marks", "is_near", "margin_usage_pct", "snooze", "with_marks"]
