"""The session's reads of the funding ledger and of the market-fragility signals (``core.session.Session`` inherits
both): each one a store read or a small fetch, called from a worker or the terminal, never on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.model import PortfolioSnapshot
from core.store import StoreError

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.cascade.snapshot import MarketHistory
    from core.daily import ThinHours
    from core.fragility_score import FragilityReport
    from core.funding import Carry, FundingDay, FundingPayment, FundingSummary
    from core.market_signals import DepthByHour, MarketPoint, Series
    from core.settings import Settings
    from core.store import Store

log = logging.getLogger("core.session")


class FundingReads:
    """The funding ledger (issue 16: ``core.funding``, ``core.store.funding_repo``)."""

    store: Store
    demo: bool
    current: Analysis | None

    # --- the funding ledger (issue 16: core.funding, core.store.funding_repo; reads: call them in a worker) -----
    def funding_payments(self, account_id: str | None = None, symbol: str | None = None,
                         since: datetime | None = None) -> list[FundingPayment]:
        """The stored funding payments of this mode (of one account, one symbol), oldest first."""
        from core.store import funding_repo

        return funding_repo.load_payments(self.store.read(), self.demo, None if account_id is None else [account_id],
                                          symbol, since)

    def funding_summaries(self, now: datetime) -> dict[tuple[str, str], FundingSummary]:
        """One ``FundingSummary`` per (account id, symbol) with stored payments."""
        from core.funding import summaries

        return summaries(self.funding_payments(), now)

    def funding_series(self, account_id: str | None = None, symbol: str | None = None, days: int | None = None,
                       now: datetime | None = None) -> list[FundingDay]:
        """The funding per UTC day (of one account, one symbol), oldest first; ``days`` days ending at ``now``'s."""
        from core.store import funding_repo

        return funding_repo.daily(self.store.read(), self.demo, account_id, symbol, days, now)


    def _carry(self, snapshot: PortfolioSnapshot, now: datetime) -> Carry | None:
        from core.store import funding_repo

        return funding_repo.carry_of(self.store.read(), snapshot, now)


class MarketReads:
    """Market fragility (issue 19: ``core.market_signals``, ``core.fragility_score``, ``core.sources``)."""

    store: Store
    demo: bool
    settings: Settings
    current: Analysis | None
    thin_hours_in_analysis: bool
    _depth_points: tuple[tuple[Any, ...], list[Any]] | None

    # --- market fragility (issue 19: core.market_signals, core.fragility_score, core.sources) -----------------
    # Reads (core.sources.stored): call them in a worker. The external series are fetched only when asked
    # (``refresh_market_series``: the window after a refresh, ``undertow market fetch``); readers use what is stored.
    def market_series(self) -> dict[str, Series]:
        """The stored external series (ETF flows, volatility indices) the settings turn on, with stale marks."""
        from core.sources import stored

        return stored.market_series(self.store, self.settings)

    def market_points(self, now: datetime, days: int = 30, symbols: Sequence[str] | None = None
                      ) -> list[MarketPoint]:
        """Open interest, spot volume and depth of this mode's stored markets over the ``days`` days to ``now``."""
        from core.sources import stored

        return stored.market_points(self.store, self.demo, now, days, symbols)

    def market_history(self, snapshot: PortfolioSnapshot) -> MarketHistory | None:
        """Each market's open interest ``HISTORY_DAYS`` days before ``snapshot``, from the stored snapshots of its
        mode, for ``market_model_from_snapshot(snapshot, history=...)`` (the open interest's 30-day change). A read:
        call it in a worker. None when the store cannot be read (logged: the model then leaves the change unknown)."""
        import sqlite3

        from core.cascade.snapshot import HISTORY_DAYS, HISTORY_TOLERANCE, history_from_points
        from core.store import series_repo

        target = snapshot.taken_at - timedelta(days=HISTORY_DAYS)
        symbols = sorted({m.symbol for m in snapshot.markets})
        try:
            points = series_repo.load_market_points(self.store.read(), snapshot.demo, target - HISTORY_TOLERANCE,
                                                    target + HISTORY_TOLERANCE, symbols)
        except (sqlite3.Error, StoreError) as exc:
            log.info("open interest 30 days ago not read: %s", exc)
            return None
        return history_from_points(points, target)

    def fragility_report(self, now: datetime, snapshot: PortfolioSnapshot | None = None, tz: tzinfo | None = None,
                         days: int = 30) -> FragilityReport | None:
        """The fragility score of every held market of ``snapshot`` (default: the current analysis's); None without
        a snapshot. ``tz``: the user's time zone (default: the system's)."""
        from core.sources import stored

        current = self.current
        snapshot = snapshot if snapshot is not None else (current.snapshot if current is not None else None)
        if snapshot is None:
            return None
        assessed = current.fragility if current is not None and current.snapshot is snapshot else None
        return stored.fragility_report(self.store, self.demo, self.settings, snapshot, now, tz, assessed, days)

    def depth_by_hour(self, symbol: str, now: datetime, tz: tzinfo | None = None, days: int = 30) -> DepthByHour:
        """Depth near the price of ``symbol`` by hour of day (UTC and local) from the stored books."""
        from core.market_signals import depth_by_hour
        from core.sources import stored

        return depth_by_hour(self.market_points(now, days, [symbol]), symbol, now, tz or stored.local_zone(now))

    async def refresh_market_series(self, now: datetime, force: bool = False,
                                    transport: Any = None) -> dict[str, str | None]:
        """Fetch the enabled external series that are due (older than ``market_series_refresh_h``; all with
        ``force``) and store them; returns series name -> None (stored) or the problem (a ``Message``: the last good
        data is kept and marked stale). Not in demo mode (the demo reads no network)."""
        from core.sources.refresh import refresh_series

        if self.demo:
            return {}
        return await refresh_series(self.store, self.settings, now, force, transport)

    def import_etf_flows(self, path: Path, asset: str, now: datetime, in_millions: bool | None = None) -> int:
        """The manual import of an ETF flow table (CSV or saved HTML) for ``asset`` ("BTC" / "ETH"); returns how
        many days were stored. Raises ``core.sync.SourceError`` (nothing stored) for a file that cannot be read."""
        from core.sources.refresh import import_etf_file

        millions = self.settings.etf_in_millions if in_millions is None else in_millions
        return import_etf_file(self.store, path, asset, now, millions)

    def _thin_hours(self, snapshot: PortfolioSnapshot, now: datetime) -> tuple[ThinHours, ...]:
        """The thin-hours lines of the daily check. The stored month of book depths is read once an hour (a year's
        store takes ~0.2 s to read it): every analysis within the hour adds its own snapshot's depths to it."""
        import sqlite3

        from core.sources.stored import market_points, thin_hours
        from core.store import StoreError

        symbols = tuple(sorted({p.symbol for p in snapshot.positions}))
        if not symbols:
            return ()
        key = (snapshot.demo, symbols, now.replace(minute=0, second=0, microsecond=0))
        if self._depth_points is None or self._depth_points[0] != key:
            try:
                self._depth_points = (key, market_points(self.store, snapshot.demo, now, symbols=symbols))
            except (sqlite3.Error, StoreError) as exc:
                log.info("thin hours not judged: %s", exc)
                return ()
        return thin_hours(self.store, self.demo, snapshot, now, stored=self._depth_points[1])
