"""One fragility score per held market, with every part visible (pure; no I/O, time passed in).

Each held symbol gets up to eight ``Signal``s; each has its value, the reference range it is judged against, whether
it is flagged, its weight, its source and its date. The score is the weighted share of the flagged signals among
those with data, in points from 0 (nothing flagged) to 100 (everything flagged):

    score = 100 × Σ weight(flagged signals) / Σ weight(signals with a value)

A signal without data (no spot volume stored yet, no ETF source configured...) has ``value`` None and counts on
neither side; a signal from stale data counts and is marked ``stale``. No data at all: ``score`` None.

The signals (name: value; reference range; flagged when; weight):

* ``oi_spot``: open interest / 24 h spot volume of the base asset, venues summed (``core.market_signals
  .oi_against_spot``); the ratio's range over the window; open interest grew ≥ 10 % over 7 days while spot volume
  did not grow; 2.
* ``funding``: funding per 8 h (open-interest weighted over the user's venues of the symbol); ±0.03 %; outside; 1.5.
* ``clusters``: distance (%) from the mark to the nearest dense liquidation cluster (``core.fragility_clusters``);
  ≥ 3 %; nearer; 1.5.
* ``thin_hour``: the depth within 1 % now / the typical hour's (``core.market_signals.depth_by_hour``); ≥ 0.7;
  below, or this hour of day is a thin one; 1.
* ``etf_flows``: the sum of the last 5 days' net flows of the spot ETFs of the asset (BTC's for every asset but
  ETH: the market leader's); ≥ 0; net outflow; 1.
* ``vol_crypto``: the asset's implied volatility index (Deribit DVOL; BTC's for assets without one); its own
  1-year 20th..80th percentile; above the 80th; 1.
* ``vol_equity`` (VIX) and ``vol_gold`` (GVZ): the same rule; 0.5 each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from core.fragility import ONE_SIDED_FUNDING, Fragility
from core.market_signals import (
    DVOL_BTC,
    DVOL_ETH,
    ETF_BTC,
    ETF_DAYS,
    ETF_ETH,
    GVZ,
    OI_GROWTH,
    OI_WINDOW_DAYS,
    THIN_SHARE,
    VIX,
    MarketPoint,
    Series,
    as_points,
    depth_by_hour,
    elevated,
    etf_flows,
    market_points,
    oi_against_spot,
    series_is_stale,
)
from core.messages import QT_TRANSLATE_NOOP, Message, Number, Percent, Usd, When, message
from core.model import PortfolioSnapshot
from core.venues import venue_spec

#: A liquidation cluster nearer than this (% of the mark) is flagged.
CLUSTER_NEAR_PCT = 3.0

WEIGHTS: Mapping[str, float] = {
    "oi_spot": 2.0, "funding": 1.5, "clusters": 1.5, "thin_hour": 1.0, "etf_flows": 1.0,
    "vol_crypto": 1.0, "vol_equity": 0.5, "vol_gold": 0.5,
}
SIGNAL_NAMES = tuple(WEIGHTS)

#: What each signal is, for a person (the window translates it; the terminal prints the English).
TITLES: Mapping[str, Message] = {
    "oi_spot": message(QT_TRANSLATE_NOOP("Core", "Open interest against spot volume")),
    "funding": message(QT_TRANSLATE_NOOP("Core", "Funding")),
    "clusters": message(QT_TRANSLATE_NOOP("Core", "Nearest liquidation cluster")),
    "thin_hour": message(QT_TRANSLATE_NOOP("Core", "Depth this hour against the typical hour")),
    "etf_flows": message(QT_TRANSLATE_NOOP("Core", "Spot ETF net flows, last days")),
    "vol_crypto": message(QT_TRANSLATE_NOOP("Core", "Crypto implied volatility")),
    "vol_equity": message(QT_TRANSLATE_NOOP("Core", "Equity volatility (VIX)")),
    "vol_gold": message(QT_TRANSLATE_NOOP("Core", "Gold volatility (GVZ)")),
}
#: Where a signal's data comes from when it is not a fetched series.
LOCAL_SOURCES: Mapping[str, Message] = {
    "oi_spot": message(QT_TRANSLATE_NOOP("Core", "exchanges (open interest, spot tickers)")),
    "funding": message(QT_TRANSLATE_NOOP("Core", "exchanges (funding rate)")),
    "clusters": message(QT_TRANSLATE_NOOP("Core", "local estimate from open interest")),
    "thin_hour": message(QT_TRANSLATE_NOOP("Core", "stored order books")),
}


@dataclass(frozen=True)
class Signal:
    """One part of a fragility score.

    ``value`` in ``unit`` (None: no data); ``reference_low``/``reference_high``: the range it is judged against
    (None: open on that side); ``flagged``: outside it by the signal's rule; ``source``: where the data came from
    (an exchange list, a URL, ``file:<name>``); ``as_of``: the data's date (the snapshot's time, or the series'
    newest day at 00:00 UTC); ``weight``: its part of the score. ``stale``: the data is the last good one after a
    failed fetch (or old); ``change``: the value's fractional change over the signal's window, where it has one;
    ``detail``: a sentence for a person (a ``Message``).
    """

    name: str
    value: float | None
    unit: str
    reference_low: float | None
    reference_high: float | None
    flagged: bool
    source: str
    as_of: datetime | None
    weight: float
    stale: bool = False
    change: float | None = None
    detail: str | None = None

    @property
    def title(self) -> Message:
        return TITLES.get(self.name, message(QT_TRANSLATE_NOOP("Core", "{name}"), name=self.name))

    def as_dict(self) -> dict[str, object]:
        """JSON-ready (``undertow check --json``): times ISO-8601, the detail in English."""
        return {"name": self.name, "title": str(self.title), "value": self.value, "unit": self.unit,
                "reference_low": self.reference_low, "reference_high": self.reference_high,
                "flagged": self.flagged, "weight": self.weight, "source": self.source,
                "as_of": self.as_of.isoformat() if self.as_of else None, "stale": self.stale,
                "change": self.change, "detail": None if self.detail is None else str(self.detail)}


@dataclass(frozen=True)
class FragilityScore:
    """The fragility of one held market (``symbol``, venues together): 0..100 points, None without data."""

    symbol: str
    score: float | None
    signals: tuple[Signal, ...]
    venues: tuple[str, ...] = ()

    @property
    def base(self) -> str:
        return self.symbol.split("/")[0]

    @property
    def flagged(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.flagged)

    def signal(self, name: str) -> Signal | None:
        return next((s for s in self.signals if s.name == name), None)

    def as_dict(self) -> dict[str, object]:
        return {"symbol": self.symbol, "score": self.score, "venues": list(self.venues),
                "venue_names": [venue_spec(v).name for v in self.venues],
                "flagged": [s.name for s in self.flagged], "signals": [s.as_dict() for s in self.signals]}


@dataclass(frozen=True)
class FragilityReport:
    """The scores of every held market at ``as_of``, and the external series they used (for the charts)."""

    as_of: datetime
    scores: tuple[FragilityScore, ...]
    series: Mapping[str, Series] = field(default_factory=dict)

    def score_of(self, symbol: str) -> FragilityScore | None:
        return next((s for s in self.scores if s.symbol == symbol), None)


def score(signals: Sequence[Signal]) -> float | None:
    """100 × flagged weight / weight with data; None when no signal has a value."""
    counted = [s for s in signals if s.value is not None]
    total = sum(s.weight for s in counted)
    if not total > 0:
        return None
    return 100.0 * sum(s.weight for s in counted if s.flagged) / total


# --- the signals ------------------------------------------------------------------------------------------------
def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _missing(name: str, source: str = "", detail: str | None = None) -> Signal:
    """A signal without data: counted on neither side of the score."""
    return Signal(name, None, "", None, None, False, source or LOCAL_SOURCES.get(name, ""), None, WEIGHTS[name],
                  detail=detail)


def oi_spot_signal(points: Sequence[MarketPoint], base: str, now: datetime) -> Signal:
    found = oi_against_spot(points, base, now)
    if found is None or found.ratio is None:
        return _missing("oi_spot", detail=message(QT_TRANSLATE_NOOP(
            "Core", "no spot volume stored yet for {asset}"), asset=base))
    ratios = [r for day, r in found.daily if found.since is None or _day_start(day) >= found.since - timedelta(days=1)]
    ratios = ratios or [found.ratio]
    if found.open_interest_change is None or found.spot_volume_change is None:
        detail = message(QT_TRANSLATE_NOOP("Core", "open interest is {ratio} times the 24 h spot volume; "
                                                   "no older data to compare"), ratio=Number(found.ratio, 2))
    else:
        detail = message(QT_TRANSLATE_NOOP("Core", "open interest {oi_change} and spot volume {spot_change} "
                                                   "since {since}"),
                         oi_change=Percent(found.open_interest_change, 1, signed=True),
                         spot_change=Percent(found.spot_volume_change, 1, signed=True),
                         since=_when(found.since))
    return Signal("oi_spot", found.ratio, "ratio", min(ratios), max(ratios), found.flagged,
                  message(QT_TRANSLATE_NOOP("Core", "{what}: {venues}"), what=LOCAL_SOURCES["oi_spot"],
                          venues=", ".join(venue_spec(v).name for v in found.venues)), found.as_of, WEIGHTS["oi_spot"],
                  change=found.ratio_change, detail=detail)


def _when(at: datetime | None) -> When | str:
    return When(at) if at is not None else ""


def per_8h(rate: float, interval_h: float | None) -> float:
    """A funding rate per ``interval_h`` hours as a rate per 8 h (unknown interval: taken as 8 h)."""
    return rate * 8.0 / interval_h if interval_h and interval_h > 0 else rate


def funding_signal(snapshot: PortfolioSnapshot, symbol: str, venues: Sequence[str]) -> Signal:
    rates: list[tuple[float, float]] = []  # (rate per 8 h, weight)
    for m in snapshot.markets:
        if m.symbol == symbol and m.venue in venues and m.funding_rate is not None:
            rates.append((per_8h(m.funding_rate, m.funding_interval_h), m.open_interest_usd or 0.0))
    if not rates:
        return _missing("funding")
    weights = sum(w for _, w in rates)
    rate = (sum(r * w for r, w in rates) / weights) if weights > 0 else sum(r for r, _ in rates) / len(rates)
    flagged = abs(rate) >= ONE_SIDED_FUNDING
    detail = None
    if flagged:
        detail = message(QT_TRANSLATE_NOOP("Core", "longs pay shorts {rate} per 8 h") if rate > 0 else
                         QT_TRANSLATE_NOOP("Core", "shorts pay longs {rate} per 8 h"),
                         rate=Percent(abs(rate), 3))
    return Signal("funding", rate, "fraction per 8 h", -ONE_SIDED_FUNDING, ONE_SIDED_FUNDING, flagged,
                  LOCAL_SOURCES["funding"], snapshot.taken_at, WEIGHTS["funding"], detail=detail)


def clusters_signal(assessed: Sequence[Fragility], symbol: str, at: datetime) -> Signal:
    distances = [abs(c.distance_pct) for f in assessed if f.symbol == symbol
                 for c in (f.cluster_below, f.cluster_above) if c is not None]
    if not distances:
        return _missing("clusters")
    nearest = min(distances)
    return Signal("clusters", nearest, "%", CLUSTER_NEAR_PCT, None, nearest < CLUSTER_NEAR_PCT,
                  LOCAL_SOURCES["clusters"], at, WEIGHTS["clusters"])


def thin_hour_signal(points: Sequence[MarketPoint], symbol: str, now: datetime, tz: tzinfo) -> Signal:
    profile = depth_by_hour(points, symbol, now, tz)
    if profile.current_ratio is None:
        return _missing("thin_hour", detail=message(QT_TRANSLATE_NOOP(
            "Core", "not enough stored order books yet to know the typical hour")))
    detail = message(QT_TRANSLATE_NOOP("Core", "depth within 1 % is {depth} now, {typical} in a typical hour"),
                     depth=Usd(profile.current or 0.0, 0), typical=Usd(profile.typical or 0.0, 0))
    newest = max((p.taken_at for p in points if p.symbol == symbol and p.depth_usd is not None), default=None)
    return Signal("thin_hour", profile.current_ratio, "ratio", THIN_SHARE, None, profile.current_is_thin,
                  LOCAL_SOURCES["thin_hour"], newest, WEIGHTS["thin_hour"], detail=detail)


def etf_signal(series: Mapping[str, Series], base: str, now: datetime) -> Signal:
    key = ETF_ETH if base.upper() == "ETH" else ETF_BTC
    found = series.get(key)
    if found is None or not found.points:
        return _missing("etf_flows", detail=found.problem if found is not None and found.problem else message(
            QT_TRANSLATE_NOOP("Core", "no ETF flows yet: set a source (etf_btc_url, etf_eth_url) or import a file "
                                      "(undertow market etf-import)")),
                        source=found.source if found is not None else "")
    flows = etf_flows(found, key.split(":")[1])
    detail = message(QT_TRANSLATE_NOOP("Core", "{asset} spot ETFs: {sum} over the last {days} trading days"),
                     asset=flows.asset, sum=Usd(flows.sum_usd, 0), days=len(flows.days))
    return Signal("etf_flows", flows.sum_usd, "USD", 0.0, None, flows.sum_usd < 0, found.source,
                  _day_start(flows.last_day) if flows.last_day else found.as_of, WEIGHTS["etf_flows"],
                  stale=series_is_stale(found, now), detail=found.problem or detail)


def vol_signal(name: str, series: Series | None, now: datetime) -> Signal:
    if series is None or not series.points:
        return _missing(name, detail=series.problem if series is not None and series.problem else message(
            QT_TRANSLATE_NOOP("Core", "not fetched yet (undertow market fetch), or its source is off")),
                        source=series.source if series is not None else "")
    judged = elevated(series)
    latest = series.latest
    assert latest is not None
    day, value = latest
    if judged is None:
        return Signal(name, value, "points", None, None, False, series.source, _day_start(day), WEIGHTS[name],
                      stale=series_is_stale(series, now), detail=series.problem or message(QT_TRANSLATE_NOOP(
                          "Core", "too short a history to judge ({count} days)"), count=len(series.points)))
    return Signal(name, value, "points", judged.low, judged.high, judged.flagged, series.source, _day_start(day),
                  WEIGHTS[name], stale=series_is_stale(series, now), detail=series.problem)


def crypto_vol_series(series: Mapping[str, Series], base: str) -> Series | None:
    """The asset's own implied-volatility index, BTC's for assets without one."""
    if base.upper() == "ETH" and DVOL_ETH in series:
        return series[DVOL_ETH]
    return series.get(DVOL_BTC)


# --- the report -------------------------------------------------------------------------------------------------
def fragility_report(snapshot: PortfolioSnapshot, history: Sequence[PortfolioSnapshot | MarketPoint],
                     series: Mapping[str, Series], now: datetime, tz: tzinfo = UTC,
                     assessed: Sequence[Fragility] | None = None) -> FragilityReport:
    """The fragility score of every market ``snapshot`` holds a position in.

    ``history``: the stored snapshots (or their ``MarketPoint``s, ``core.store.series_repo.load_market_points``)
    of the last weeks, ``snapshot`` itself included or not; ``series``: the external series by name
    (``core.market_signals.SERIES_NAMES``); ``tz``: the user's time zone (local hours); ``assessed``: the
    snapshot's ``core.fragility`` assessment with clusters, when the caller has it (else it is computed).
    """
    points = as_points(history)
    if not any(p.taken_at == snapshot.taken_at for p in points):
        points = sorted([*points, *market_points(snapshot)], key=lambda p: p.taken_at)
    if assessed is None:
        from core.fragility import assess_held_markets
        from core.fragility_clusters import cluster_finder

        assessed = assess_held_markets(snapshot, None, cluster_finder(snapshot)) if snapshot.positions else ()
    held: dict[str, set[str]] = {}
    for p in snapshot.positions:
        held.setdefault(p.symbol, set()).add(p.venue)
    scores = []
    for symbol in sorted(held):
        venues = tuple(sorted(held[symbol]))
        base = symbol.split("/")[0]
        signals = (
            oi_spot_signal(points, base, now),
            funding_signal(snapshot, symbol, venues),
            clusters_signal(assessed, symbol, snapshot.taken_at),
            thin_hour_signal(points, symbol, now, tz),
            etf_signal(series, base, now),
            vol_signal("vol_crypto", crypto_vol_series(series, base), now),
            vol_signal("vol_equity", series.get(VIX), now),
            vol_signal("vol_gold", series.get(GVZ), now),
        )
        scores.append(FragilityScore(symbol, score(signals), signals, venues))
    return FragilityReport(now, tuple(scores), dict(series))


__all__ = ["CLUSTER_NEAR_PCT", "ETF_DAYS", "OI_GROWTH", "OI_WINDOW_DAYS", "SIGNAL_NAMES", "TITLES", "WEIGHTS",
           "FragilityReport", "FragilityScore", "Signal", "fragility_report", "per_8h", "score"]
