"""Fetch the external series the settings turn on, and store them (``core.store.series_repo``).

Each series is fetched at most every ``Settings.market_series_refresh_h`` hours (a daily series changes once a day),
all of them concurrently, each within the source timeout. A fetch that fails keeps the stored points and marks the
series stale with the reason; a fetch whose newest day is older than ``core.market_signals.SERIES_STALE_AFTER``
stores what it brought and is marked stale too (the publisher stopped updating). An empty URL turns a source off:
it is not fetched, and its stored points are not used (``enabled``); imported ETF flows always count.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.market_signals import DVOL_BTC, DVOL_ETH, ETF_BTC, ETF_ETH, GVZ, SERIES_STALE_AFTER, VIX, Series
from core.messages import QT_TRANSLATE_NOOP, When, message
from core.settings import Settings

# etf, volatility and fetch (httpx) are imported where a series is fetched or imported: `check` and `remind` read
# the stored series through this module and must not load the HTTP client (tests/test_cli_imports.py).
from core.sources import host_of
from core.sync import SourceError

if TYPE_CHECKING:
    from core.store import Store

log = logging.getLogger(__name__)

ETF_ASSETS = {"BTC": ETF_BTC, "ETH": ETF_ETH}


@dataclass(frozen=True)
class SeriesSource:
    """One configured series: its name, how it is read (``etf`` table, ``cboe`` CSV, ``dvol`` through ccxt) and
    from where."""

    name: str
    kind: str
    url: str

    @property
    def source(self) -> str:
        from core.sources import volatility

        return volatility.deribit_source(self.url) if self.kind == "dvol" else self.url


def configured(settings: Settings) -> list[SeriesSource]:
    """The series the settings turn on (a non-empty URL each)."""
    wanted = [SeriesSource(ETF_BTC, "etf", settings.etf_btc_url), SeriesSource(ETF_ETH, "etf", settings.etf_eth_url),
              SeriesSource(VIX, "cboe", settings.vix_url), SeriesSource(GVZ, "cboe", settings.gvz_url),
              SeriesSource(DVOL_BTC, "dvol", settings.deribit_url),
              SeriesSource(DVOL_ETH, "dvol", settings.deribit_url)]
    return [s for s in wanted if s.url.strip()]


def enabled(settings: Settings, series: Mapping[str, Series]) -> dict[str, Series]:
    """The stored series the settings still turn on: a volatility index whose URL was cleared is left out; ETF flows
    always count (they exist only from a configured URL or the user's own import)."""
    on = {s.name for s in configured(settings)} | set(ETF_ASSETS.values())
    return {name: s for name, s in series.items() if name in on}


async def fetch_points(src: SeriesSource, settings: Settings, now: datetime,
                       transport: Any = None) -> tuple[tuple[date, float], ...]:
    """The points of one configured series; ``SourceError`` on any fault."""
    from core.sources import etf, volatility

    timeout = float(settings.request_timeout_s)
    if src.kind == "etf":
        scale = etf.MILLIONS if settings.etf_in_millions else 1.0
        return await etf.fetch_flows(src.url, scale, timeout, settings.socks_proxy, transport)
    if src.kind == "cboe":
        return await volatility.fetch_cboe(src.url, timeout, settings.socks_proxy, transport)
    currency = src.name.rsplit("-", 1)[-1]
    return await volatility.fetch_dvol(currency, now, src.url, timeout)


def stale_problem(src: SeriesSource, points: tuple[tuple[date, float], ...], now: datetime) -> str | None:
    """Why freshly fetched points are stale (their newest day is old), or None."""
    newest = points[-1][0] if points else None
    if newest is None or now.date() - newest <= SERIES_STALE_AFTER:
        return None
    return message(QT_TRANSLATE_NOOP("Core", "the newest day {source} publishes is {day}: it has stopped "
                                             "updating"), source=host_of(src.source),
                   day=When(datetime(newest.year, newest.month, newest.day, tzinfo=now.tzinfo)))


async def _fetch(src: SeriesSource, settings: Settings, now: datetime, transport: Any
                 ) -> tuple[SeriesSource, tuple[tuple[date, float], ...], str | None]:
    try:
        points = await asyncio.wait_for(fetch_points(src, settings, now, transport),
                                        float(settings.source_timeout_s))
    except SourceError as exc:
        return src, (), exc.message
    except TimeoutError:
        return src, (), message(QT_TRANSLATE_NOOP("Core", "{host} did not answer within {seconds} s"),
                                host=host_of(src.source), seconds=int(settings.source_timeout_s))
    return src, points, stale_problem(src, points, now)


async def refresh_series(store: Store, settings: Settings, now: datetime, force: bool = False,
                         transport: Any = None) -> dict[str, str | None]:
    """Fetch the due series and store them (see the module doc); name -> None or the problem."""
    from core.store import series_repo

    every = timedelta(hours=max(1, int(settings.market_series_refresh_h)))
    sources = configured(settings)
    tried = await asyncio.to_thread(lambda: {s.name: series_repo.last_tried(store.read(), s.name) for s in sources})

    def is_due(last: datetime | None) -> bool:
        return force or last is None or not timedelta(0) <= now - last < every

    due = [s for s in sources if is_due(tried[s.name])]
    if not due:
        return {}
    results = await asyncio.gather(*(_fetch(s, settings, now, transport) for s in due))

    def save() -> None:
        with store.write("the market series") as writable:
            for src, points, problem in results:
                if points:
                    series_repo.save_series(writable, src.name, src.source, points, now)
                if problem is not None:
                    series_repo.record_failure(writable, src.name, src.source, now, problem)

    await asyncio.to_thread(save)
    for src, _, problem in results:
        if problem is not None:
            log.warning("market series %s: %s", src.name, problem)
    return {src.name: problem for src, _, problem in results}


def import_etf_file(store: Store, path: Path, asset: str, now: datetime, in_millions: bool = True) -> int:
    """Store the ETF flows of a CSV/HTML file for ``asset``; returns how many days. ``SourceError`` for a file
    that cannot be read or holds no flows (nothing stored); ``ValueError`` for an asset without ETFs here."""
    from core.sources import etf
    from core.store import series_repo

    name = ETF_ASSETS.get(asset.upper())
    if name is None:
        raise ValueError(f"no ETF flow series for {asset!r} (BTC or ETH)")
    points = etf.read_file(path, etf.MILLIONS if in_millions else 1.0)
    with store.write("the imported ETF flows") as db:
        return series_repo.save_series(db, name, etf.file_source(path), points, now)
