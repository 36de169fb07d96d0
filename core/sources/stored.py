"""The market signals from what the store holds (the session's reads for issue 19; call them in a worker thread).

* ``market_series``: the stored external series the settings still turn on (``core.sources.refresh.enabled``);
* ``market_points``: open interest, spot volume and depth of a mode's stored markets (``core.store.series_repo``);
  books stored before schema v7 are decoded once and their depths kept (best effort: a store that cannot be
  written just decodes them again next time);
* ``fragility_report`` and ``thin_hours``: ``core.fragility_score`` and ``core.daily.thin_hours_ahead`` over them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from core.market_signals import SERIES_NAMES, MarketPoint, Series, depth_by_hour
from core.model import PortfolioSnapshot
from core.settings import Settings
from core.sources.refresh import enabled

if TYPE_CHECKING:
    from core.daily import ThinHours
    from core.fragility import Fragility
    from core.fragility_score import FragilityReport
    from core.store import Store

log = logging.getLogger(__name__)
HISTORY_DAYS = 30


def local_zone(now: datetime) -> tzinfo:
    """The system's time zone at ``now`` (the user's local hours)."""
    return now.astimezone().tzinfo or UTC


def market_series(store: Store, settings: Settings) -> dict[str, Series]:
    from core.store import series_repo

    return enabled(settings, series_repo.load_all(store.read(), SERIES_NAMES))


def market_points(store: Store, demo: bool, now: datetime, days: int = HISTORY_DAYS,
                  symbols: Sequence[str] | None = None) -> list[MarketPoint]:
    from core.store import StoreError, series_repo

    points = series_repo.load_market_points(store.read(), demo, now - timedelta(days=days), now, symbols)
    unsaved = series_repo.take_unsaved_depths()  # books stored before schema v7: decoded once, kept from now on
    if unsaved and not getattr(store, "read_only", False):
        try:
            with store.write("the book depths") as db:
                series_repo.save_depths(db, unsaved)
        except StoreError as exc:
            log.info("book depths not kept: %s", exc)
    return points


def fragility_report(store: Store, demo: bool, settings: Settings, snapshot: PortfolioSnapshot, now: datetime,
                     tz: tzinfo | None = None, assessed: Sequence[Fragility] | None = None,
                     days: int = HISTORY_DAYS) -> FragilityReport:
    from core.fragility_score import fragility_report as report

    symbols = sorted({p.symbol for p in snapshot.positions} | {m.symbol for m in snapshot.markets})
    points = market_points(store, demo, now, days, symbols)
    return report(snapshot, points, market_series(store, settings), now, tz or local_zone(now), assessed)


def thin_hours(store: Store, demo: bool, snapshot: PortfolioSnapshot, now: datetime,
               stored: Sequence[MarketPoint] | None = None) -> tuple[ThinHours, ...]:
    """The daily check's thin-hours lines; a store that cannot be read gives none (logged). ``stored``: the stored
    points of the last ``HISTORY_DAYS`` days when the caller already has them (``snapshot``'s own are added)."""
    from core.daily import thin_hours_ahead
    from core.market_signals import market_points as points_of
    from core.store import StoreError

    symbols = sorted({p.symbol for p in snapshot.positions})
    if not symbols:
        return ()
    if stored is None:
        try:
            stored = market_points(store, demo, now, HISTORY_DAYS, symbols)
        except (sqlite3.Error, StoreError) as exc:
            log.info("thin hours not judged: %s", exc)
            return ()
    points = [p for p in stored if p.taken_at != snapshot.taken_at and p.symbol in symbols]
    points += [p for p in points_of(snapshot) if p.symbol in symbols]
    zone = local_zone(now)
    return thin_hours_ahead(snapshot, {s: depth_by_hour(points, s, now, zone) for s in symbols}, now)
