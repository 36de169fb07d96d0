"""The market-fragility signals that need more than one snapshot or a source beyond the exchanges (pure; no I/O).

* ``Series``: an external daily series (ETF net flows, a volatility index) with its source and date, as stored in
  the ``external_series`` table (schema v7, ``core.store.series_repo``) and fetched by ``core.sources``.
* ``MarketPoint``: one market of one stored snapshot reduced to what the signals read over time (open interest,
  spot volume, depth near the price). ``market_points`` makes them from a snapshot; the store reads them without
  loading whole snapshots (``core.store.series_repo.load_market_points``).
* ``oi_against_spot``: open interest against spot volume per base asset, and its change over recent days (19.1).
* ``etf_flows``: the last days of an ETF flow series and their sum (19.2).
* ``elevated``: a volatility index against its own recent range (19.3).
* ``depth_by_hour``: resting depth near the price by hour of day, UTC and local, the current hour against the
  typical one, and the thin hours (19.4).

Units: USD for money, fractions for shares (0.8 = 80 %), index points for volatility indices; times are aware UTC
``datetime``s, days are ``date``s (UTC days for the exchanges, the publisher's trading days for the files).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from core.fragility import depth_within_usd
from core.model import MarketState, PortfolioSnapshot

# --- series names (the keys of the ``series`` mapping ``fragility_report`` takes) ----------------------------------
ETF_BTC = "etf:BTC"  # daily net flows of the US spot bitcoin ETFs, USD per day
ETF_ETH = "etf:ETH"  # daily net flows of the US spot ether ETFs, USD per day
VIX = "vol:VIX"  # Cboe Volatility Index (S&P 500 30-day implied volatility), index points
GVZ = "vol:GVZ"  # Cboe Gold ETF Volatility Index, index points
DVOL_BTC = "vol:DVOL-BTC"  # Deribit's bitcoin implied volatility index (DVOL), daily close
DVOL_ETH = "vol:DVOL-ETH"  # Deribit's ether implied volatility index (DVOL), daily close
SERIES_NAMES = (ETF_BTC, ETF_ETH, VIX, GVZ, DVOL_BTC, DVOL_ETH)
UNITS = {ETF_BTC: "USD", ETF_ETH: "USD", VIX: "points", GVZ: "points", DVOL_BTC: "points", DVOL_ETH: "points"}

#: Depth is measured within this fraction of the mid price on each side (0.01 = 1 %), both sides summed.
DEPTH_FRACTION = 0.01
#: The open-interest change is measured over this many days (the oldest stored point at least this old).
OI_WINDOW_DAYS = 7
#: Open interest "grows" when it rose by at least this fraction over the window ...
OI_GROWTH = 0.10
#: ... and spot volume "does not grow" when it rose by less than this fraction over the same window.
SPOT_GROWTH = 0.0
#: ETF flows: the sum of this many most recent days is the signal.
ETF_DAYS = 5
#: A volatility index is elevated above this percentile of its own last ``VOL_LOOKBACK_DAYS`` days.
VOL_PERCENTILE = 0.80
VOL_LOOKBACK_DAYS = 365
#: A series whose newest point is older than this is stale (weekends and holidays are shorter than this).
SERIES_STALE_AFTER = timedelta(days=5)
#: An hour of day is thin when its typical depth is below this share of the typical hour's.
THIN_SHARE = 0.7
#: At least this many snapshots in an hour of day before its depth is trusted ...
MIN_POINTS_PER_HOUR = 2
#: ... and at least this many hours of day known before there is a "typical hour" to compare with.
MIN_HOURS_KNOWN = 12


@dataclass(frozen=True)
class Series:
    """A daily series from outside the exchanges, with where it came from and when.

    ``source``: the URL it was fetched from, ``file:<name>`` for a manual import, or ``deribit`` for the ccxt
    read; ``as_of``: when it was fetched or imported (UTC); ``points``: (day, value), oldest first, one per day.
    ``stale``: the last fetch failed (or the newest point is old) and these are the last good points;
    ``problem``: why (a ``core.messages.Message``), None when fresh.
    """

    name: str
    source: str
    as_of: datetime | None
    points: tuple[tuple[date, float], ...]
    unit: str = ""
    stale: bool = False
    problem: str | None = None

    @property
    def latest(self) -> tuple[date, float] | None:
        return self.points[-1] if self.points else None

    def since(self, day: date) -> tuple[tuple[date, float], ...]:
        return tuple(p for p in self.points if p[0] >= day)


#: The ETF flow series is a ``Series`` (USD per day); ``EtfFlows`` is its summary over the last days.
@dataclass(frozen=True)
class EtfFlows:
    """The last ``len(days)`` days of an ETF net-flow series and their sum (USD; negative = net outflow)."""

    asset: str  # "BTC" | "ETH"
    source: str
    as_of: datetime | None  # when the series was fetched or imported
    days: tuple[tuple[date, float], ...]  # oldest first
    sum_usd: float
    stale: bool = False
    problem: str | None = None

    @property
    def last_day(self) -> date | None:
        return self.days[-1][0] if self.days else None


@dataclass(frozen=True)
class MarketPoint:
    """One market of one snapshot, reduced to what the signals read over time. USD; depth within
    ``DEPTH_FRACTION`` of the mid, bids and asks summed (None when the snapshot had no book)."""

    taken_at: datetime
    venue: str
    symbol: str
    mark_price: float
    open_interest_usd: float | None
    spot_volume_24h_usd: float | None
    depth_usd: float | None

    @property
    def base(self) -> str:
        return self.symbol.split("/")[0]


@dataclass(frozen=True)
class OiAgainstSpot:
    """Open interest against spot volume of one base asset, venues summed (USD).

    ``ratio``: open interest / 24 h spot volume now (None without spot volume); ``*_change``: fractional change
    from the oldest point of the window to now (None without an old enough point); ``flagged``: open interest grew
    by at least ``OI_GROWTH`` while spot volume grew by less than ``SPOT_GROWTH``. ``daily``: (UTC day, ratio) of
    the last point of each day, oldest first, for a chart.
    """

    base: str
    as_of: datetime
    open_interest_usd: float
    spot_volume_usd: float | None
    ratio: float | None
    since: datetime | None  # the time of the window's oldest point
    open_interest_change: float | None
    spot_volume_change: float | None
    ratio_change: float | None
    flagged: bool
    venues: tuple[str, ...] = ()
    daily: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class Elevation:
    """A volatility index's latest close against its own range over the lookback (index points)."""

    name: str
    day: date
    value: float
    low: float  # the (1 - VOL_PERCENTILE) percentile of the lookback
    high: float  # the VOL_PERCENTILE percentile of the lookback
    flagged: bool  # value > high
    points_used: int


@dataclass(frozen=True)
class DepthByHour:
    """Typical depth near the price (USD, both sides within ``DEPTH_FRACTION``) by hour of day.

    ``utc[h]`` / ``local[h]``: the median depth of the points in that hour (None: fewer than
    ``MIN_POINTS_PER_HOUR``); ``counts_utc[h]``: how many points. ``typical``: the median of the hours' medians
    (None until ``MIN_HOURS_KNOWN`` hours are known).
    ``current``: the depth now (the newest point's), ``current_ratio``: current / typical. ``thin_hours_utc``: the
    hours whose median is below ``THIN_SHARE`` of typical.
    """

    symbol: str
    utc: tuple[float | None, ...]
    local: tuple[float | None, ...]
    counts_utc: tuple[int, ...]
    typical: float | None
    current: float | None
    current_hour_utc: int
    current_ratio: float | None
    thin_hours_utc: tuple[int, ...]
    local_offset_h: float = 0.0  # local = UTC + this many hours (at ``now``)

    def local_hour(self, utc_hour: int) -> int:
        return int((utc_hour + self.local_offset_h) % 24)

    @property
    def current_is_thin(self) -> bool:
        return self.current_hour_utc in self.thin_hours_utc or (
            self.current_ratio is not None and self.current_ratio < THIN_SHARE)


# --- market points ---------------------------------------------------------------------------------------------
def book_depth_usd(m: MarketState, fraction: float = DEPTH_FRACTION) -> float | None:
    """Both sides' resting notional within ``fraction`` of the mid (USD); None without a two-sided book."""
    if not (m.bids and m.asks):
        return None
    mid = (m.bids[0][0] + m.asks[0][0]) / 2.0
    if not mid > 0:
        return None
    return depth_within_usd(m.bids, mid, fraction) + depth_within_usd(m.asks, mid, fraction)


def market_point(m: MarketState, taken_at: datetime) -> MarketPoint:
    return MarketPoint(taken_at, m.venue, m.symbol, m.mark_price, m.open_interest_usd,
                       getattr(m, "spot_volume_24h_usd", None), book_depth_usd(m))


def market_points(snapshot: PortfolioSnapshot) -> tuple[MarketPoint, ...]:
    return tuple(market_point(m, snapshot.taken_at) for m in snapshot.markets)


def as_points(history: Iterable[PortfolioSnapshot | MarketPoint]) -> list[MarketPoint]:
    """Snapshots and points mixed, as points sorted by time."""
    out: list[MarketPoint] = []
    for item in history:
        if isinstance(item, PortfolioSnapshot):
            out.extend(market_points(item))
        else:
            out.append(item)
    return sorted(out, key=lambda p: p.taken_at)


# --- 19.1 open interest against spot volume -------------------------------------------------------------------
def _per_time(points: Sequence[MarketPoint], base: str) -> list[tuple[datetime, float, float | None, tuple[str, ...]]]:
    """(time, OI summed over venues, spot volume summed over venues or None, venues) of each snapshot time with
    open interest for ``base``. A venue's spot volume counts once (several symbols of one venue share its spot
    markets); where some venue has spot volume, only the venues with spot volume count on the open-interest side
    too (the same venues on both sides of the ratio)."""
    by_time: dict[datetime, list[MarketPoint]] = defaultdict(list)
    for p in points:
        if p.base.upper() == base.upper():
            by_time[p.taken_at].append(p)
    out = []
    for when in sorted(by_time):
        group = by_time[when]
        spot: dict[str, float] = {}
        for p in group:
            if p.spot_volume_24h_usd is not None and p.spot_volume_24h_usd > 0:
                spot[p.venue] = p.spot_volume_24h_usd
        # the same venues on both sides: with spot volume known somewhere, only those venues' open interest counts
        counted = [p for p in group if p.open_interest_usd and (not spot or p.venue in spot)]
        if not counted:
            continue
        out.append((when, float(sum(p.open_interest_usd or 0.0 for p in counted)),
                    float(sum(spot.values())) if spot else None, tuple(sorted({p.venue for p in counted}))))
    return out


def _change(new: float | None, old: float | None) -> float | None:
    if new is None or old is None or not old > 0:
        return None
    return new / old - 1.0


def oi_against_spot(points: Iterable[PortfolioSnapshot | MarketPoint], base: str, now: datetime,
                    window_days: int = OI_WINDOW_DAYS) -> OiAgainstSpot | None:
    """Open interest against spot volume of ``base`` at the newest point, and its change since the newest point at
    least ``window_days`` old (or the oldest one in the window when none is that old: then the change covers less).
    None when no point has open interest for ``base``."""
    rows = [r for r in _per_time(as_points(points), base) if r[0] <= now]
    if not rows:
        return None
    when, oi, spot, venues = rows[-1]
    cutoff = when - timedelta(days=window_days)
    older = [r for r in rows if r[0] <= cutoff]
    start = older[-1] if older else (rows[0] if rows[0][0] < when else None)
    oi_change = _change(oi, start[1]) if start else None
    spot_change = _change(spot, start[2]) if start else None
    ratio = oi / spot if spot else None
    old_ratio = start[1] / start[2] if start and start[2] else None
    flagged = (oi_change is not None and oi_change >= OI_GROWTH
               and spot_change is not None and spot_change < SPOT_GROWTH)
    daily: dict[date, float] = {}
    for t, o, s, _ in rows:
        if s:
            daily[t.astimezone(UTC).date()] = o / s
    return OiAgainstSpot(base.upper(), when, oi, spot, ratio, start[0] if start else None, oi_change, spot_change,
                         _change(ratio, old_ratio), flagged, venues, tuple(sorted(daily.items())))


# --- 19.2 ETF flows -------------------------------------------------------------------------------------------
def etf_flows(series: Series, asset: str, days: int = ETF_DAYS) -> EtfFlows:
    """The last ``days`` days of ``series`` (days with a value; publishers skip weekends and holidays) and their
    sum (USD)."""
    last = series.points[-days:] if days > 0 else ()
    return EtfFlows(asset, series.source, series.as_of, tuple(last), float(sum(v for _, v in last)),
                    series.stale, series.problem)


# --- 19.3 volatility against its own range --------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) with linear interpolation between order statistics (numpy's default, "linear")."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def elevated(series: Series, lookback_days: int = VOL_LOOKBACK_DAYS,
             q: float = VOL_PERCENTILE) -> Elevation | None:
    """The latest close of ``series`` against the ``q`` percentile of its own closes over the ``lookback_days``
    days before and including it; flagged when above. None with fewer than 20 points (no range to judge by)."""
    latest = series.latest
    if latest is None:
        return None
    day, value = latest
    window = [v for d, v in series.points if day - timedelta(days=lookback_days) < d <= day]
    if len(window) < 20:
        return None
    high = percentile(window, q)
    return Elevation(series.name, day, value, percentile(window, 1.0 - q), high, value > high, len(window))


def series_is_stale(series: Series, now: datetime, after: timedelta = SERIES_STALE_AFTER) -> bool:
    """Marked stale by its source, or its newest point is more than ``after`` before ``now``."""
    if series.stale:
        return True
    latest = series.latest
    if latest is None:
        return True
    return now.astimezone(UTC).date() - latest[0] > after


# --- 19.4 thin hours ------------------------------------------------------------------------------------------
def _offset_hours(tz: tzinfo, now: datetime) -> float:
    offset = now.astimezone(tz).utcoffset()
    return 0.0 if offset is None else offset.total_seconds() / 3600.0


def depth_by_hour(points: Iterable[PortfolioSnapshot | MarketPoint], symbol: str, now: datetime,
                  tz: tzinfo = UTC, venue: str | None = None) -> DepthByHour:
    """Depth near the price of ``symbol`` (every venue, or one) by hour of day, from stored points up to ``now``.

    A snapshot time with books on several venues counts their depths summed (the depth a market order across the
    user's venues would meet). The local hours use ``tz``'s offset at ``now`` (a DST change within the history
    shifts the older half by an hour; the hours are a profile, not a calendar).
    """
    by_time: dict[datetime, float] = defaultdict(float)
    for p in as_points(points):
        if p.symbol == symbol and p.depth_usd is not None and p.taken_at <= now \
                and (venue is None or p.venue == venue):
            by_time[p.taken_at] += p.depth_usd
    per_hour: list[list[float]] = [[] for _ in range(24)]
    for when, depth in by_time.items():
        per_hour[when.astimezone(UTC).hour].append(depth)
    utc: list[float | None] = [statistics.median(v) if len(v) >= MIN_POINTS_PER_HOUR else None for v in per_hour]
    known = [v for v in utc if v is not None]
    typical = statistics.median(known) if len(known) >= MIN_HOURS_KNOWN else None
    offset = _offset_hours(tz, now)
    shift = int(round(offset))
    local = tuple(utc[(h - shift) % 24] for h in range(24))
    current = by_time[max(by_time)] if by_time else None
    thin = tuple(h for h, v in enumerate(utc) if v is not None and typical and v < THIN_SHARE * typical)
    ratio = current / typical if current is not None and typical else None
    return DepthByHour(symbol, tuple(utc), local, tuple(len(v) for v in per_hour), typical, current,
                       now.astimezone(UTC).hour, ratio, thin, offset)


def thin_hours_ahead(profile: DepthByHour, now: datetime, hours: int = 24) -> tuple[int, ...]:
    """The thin UTC hours of ``profile`` the next ``hours`` hours pass through, in the order they come."""
    start = now.astimezone(UTC).hour
    return tuple(h for h in ((start + i) % 24 for i in range(hours)) if h in profile.thin_hours_utc)


def hour_ranges(hours: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Consecutive hours as (first, last + 1) ranges, wrapping midnight: (23, 0, 1, 5) -> ((23, 2), (5, 6))."""
    wanted = sorted(set(h % 24 for h in hours))
    if not wanted:
        return ()
    if len(wanted) == 24:
        return ((0, 24),)
    # start a range at each hour whose previous hour is not wanted
    starts = [h for h in wanted if (h - 1) % 24 not in wanted]
    out = []
    for s in starts:
        end = s
        while (end + 1) % 24 in wanted and (end + 1) % 24 != s:
            end = (end + 1) % 24
        out.append((s, (end + 1) % 24 if (end + 1) % 24 else 24))
    return tuple(out)


def series_by_name(series: Iterable[Series]) -> Mapping[str, Series]:
    return {s.name: s for s in series}
