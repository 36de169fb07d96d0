"""Build the market model from a ``PortfolioSnapshot``: one symbol per base asset, venues aggregated.

Aggregation: books add up band by band (cross-venue liquidity), open interest adds up, the mark, funding and the
venues' long/short account ratios are open-interest weighted, the longest daily-close series gives volatility, beta
and entries.

The market's state (docs/cascade.md §3): BTC's market cap is its supply from the issuance schedule
(``events.btc_supply``) times the mark (no source for other coins: None); the open interest's change over 30 days
comes from the stored snapshots (``MarketHistory``, read by the session: this module stays pure); the
crypto-margined share stays at its default (a snapshot sees only the venues fetched).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from core.cascade.depth import DepthSide, ImpactParams, add_sides, side_from_levels
from core.cascade.events import EventError, btc_supply
from core.cascade.ladder import DEFAULT_LEVERAGE_MIX, levered_share_from_state
from core.cascade.market import MarketModel, SymbolModel, validate
from core.model import MarketState, PortfolioSnapshot
from core.stats import beta, daily_volatility, log_returns

# The calibrated depth factor (fitted on the event library: core/cascade/fit.py, docs/cascade.md §3): what the
# visible books within a few % of the mark are worth during a cascade once hidden liquidity and the venues not
# fetched are counted, relative to the books themselves. It multiplies the *observed* books of the snapshot:
# depth comes from the market's state, not from its open interest.
CALIBRATED_DEPTH_FACTOR = 3.466
# The fit assumes the book a cascade meets is linear through the visible 1 % depth (core/cascade/events.py,
# DEPTH_EXPONENT): snapshot models use the same impact mode, so the fitted factor means the same thing.
CALIBRATED_IMPACT_MODE = "linear"
# How long a what-if move takes unless a scenario says otherwise (minutes): the library's default crash leg.
DEFAULT_DURATION_MINUTES = 60.0
DEFAULT_DAILY_VOL = 0.03
#: The open interest's change is read over this many days (the event library's ``oi_change_30d``), from the stored
#: snapshot nearest to that time within ``HISTORY_TOLERANCE`` of it.
HISTORY_DAYS = 30
HISTORY_TOLERANCE = timedelta(days=1)
OI_CHANGE_MAX = 1e3  # a market model's bound (core.cascade.market.validate)


class _Point(Protocol):  # core.market_signals.MarketPoint (not imported: this module stays light)
    @property
    def taken_at(self) -> datetime: ...
    @property
    def venue(self) -> str: ...
    @property
    def symbol(self) -> str: ...
    @property
    def open_interest_usd(self) -> float | None: ...


@dataclass(frozen=True)
class MarketHistory:
    """What the stored snapshots knew ``HISTORY_DAYS`` days before a snapshot: each market's open interest (USD) by
    (venue, symbol), from the stored snapshot nearest to then. The change is measured on the markets both the
    snapshot and then have (an account added since does not count as growth)."""

    open_interest_usd: Mapping[tuple[str, str], float] = field(default_factory=dict)


def history_from_points(points: Iterable[_Point], target: datetime,
                        tolerance: timedelta = HISTORY_TOLERANCE) -> MarketHistory:
    """The ``MarketHistory`` at ``target`` from stored market points: per (venue, symbol), the open interest of the
    point nearest to ``target`` within ``tolerance`` that has one."""
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for p in points:
        oi = p.open_interest_usd
        if oi is None or not math.isfinite(oi) or oi <= 0:
            continue
        gap = abs((p.taken_at - target).total_seconds())
        key = (p.venue, p.symbol)
        if gap <= tolerance.total_seconds() and (key not in best or gap < best[key][0]):
            best[key] = (gap, float(oi))
    return MarketHistory({key: oi for key, (_, oi) in best.items()})


def oi_change(states: Sequence[MarketState], history: MarketHistory | None) -> float | None:
    """Fractional change of the open interest (USD) of ``states`` since ``history``, over the markets both know;
    None without such a market."""
    if history is None:
        return None
    now = then = 0.0
    for m in states:
        before = history.open_interest_usd.get((m.venue, m.symbol))
        if before and m.open_interest_usd and m.open_interest_usd > 0:
            now, then = now + m.open_interest_usd, then + before
    return min(now / then - 1.0, OI_CHANGE_MAX) if then > 0 else None


def market_cap_usd(base: str, mark: float, day: datetime) -> float | None:
    """BTC: the supply on ``day`` (``events.btc_supply``, the issuance schedule) times ``mark``; other coins have no
    supply source here: None."""
    if base != "BTC" or not mark > 0:
        return None
    try:
        return btc_supply(day.date()) * mark
    except EventError:
        return None


def daily_vol(closes: Sequence[float], default: float = DEFAULT_DAILY_VOL) -> float:
    """Daily volatility of the closes (``core.stats``, fraction per day); ``default`` with fewer than 10 returns."""
    sigma = daily_volatility(closes, min_returns=10)
    return default if sigma is None else sigma


def beta_to(closes: Sequence[float], driver_closes: Sequence[float], default: float = 1.0) -> float:
    """Beta of the symbol's daily log returns to the driver's (``core.stats.beta``: OLS over the last common
    days); ``default`` with fewer than 10 of them."""
    b = beta(log_returns(closes), log_returns(driver_closes))
    return default if b is None else b


def _mid(m: MarketState) -> float:
    if m.bids and m.asks:
        return (m.bids[0][0] + m.asks[0][0]) / 2.0
    return m.mark_price


def _symbol(base: str, states: list[MarketState], driver_closes: Sequence[float], is_driver: bool,
            taken_at: datetime, history: MarketHistory | None) -> SymbolModel:
    oi = [max(m.open_interest_usd or 0.0, 0.0) for m in states]
    weights = oi if sum(oi) > 0 else [1.0] * len(states)
    wsum = sum(weights)
    mark = sum(w * m.mark_price for w, m in zip(weights, states)) / wsum
    funding = [(w, m.funding_rate) for w, m in zip(weights, states) if m.funding_rate is not None]
    closes = max((m.daily_closes for m in states), key=len)
    bids = [side_from_levels(m.bids, _mid(m), bid=True) for m in states if m.bids]
    asks = [side_from_levels(m.asks, _mid(m), bid=False, max_distance=3.0) for m in states if m.asks]
    tiers = [t for m in states for t in m.tiers]
    open_interest = float(sum(oi))
    ratios = [(w, m.long_short_ratio) for w, m in zip(weights, states)
              if m.long_short_ratio is not None and m.long_short_ratio > 0]
    ratio_weight = sum(w for w, _ in ratios)
    return SymbolModel(
        symbol=base, mark_price=mark,
        bid=add_sides(bids) if bids else DepthSide(((0.01, 0.0),)),
        ask=add_sides(asks) if asks else DepthSide(((0.01, 0.0),), max_distance=3.0),
        beta=1.0 if is_driver else beta_to(closes, driver_closes),
        open_interest_usd=open_interest,
        funding_rate=sum(w * f for w, f in funding) / sum(w for w, _ in funding)
        if funding and sum(w for w, _ in funding) > 0 else None,
        daily_vol=daily_vol(closes),
        max_leverage=max((t.max_leverage for t in tiers), default=125.0),
        maintenance_margin_rate=min((t.maintenance_margin_rate for t in tiers if t.tier == 1),
                                    default=0.005),
        entry_closes=tuple(float(c) for c in closes),
        venues=tuple(sorted({m.venue for m in states})),
        # the levered share in the reference state; the state fields below scale it (SymbolModel.
        # effective_levered_share, the fit's elasticities). The market-wide crypto-margined share is not
        # observable from a snapshot (it sees only the venues fetched): its default (docs/cascade.md §3)
        levered_share=levered_share_from_state(open_interest),
        market_cap_usd=market_cap_usd(base, mark, taken_at),
        oi_change_30d=oi_change(states, history),
        long_short_ratio=sum(w * r for w, r in ratios) / ratio_weight if ratio_weight > 0 else None,
    )


def market_model_from_snapshot(snapshot: PortfolioSnapshot, driver: str = "BTC",
                               depth_factor: float | None = None, history: MarketHistory | None = None) -> MarketModel:
    """One ``SymbolModel`` per base asset with a usable mark; raises ``ValueError`` if there is none.

    Depth is the venues' observed books (summed band by band) times ``depth_factor`` (None: the calibrated
    ``CALIBRATED_DEPTH_FACTOR``); each symbol's levered share comes from its state (market cap, the open
    interest's change since ``history``: ``Session.market_history``; None: unknown) over the prior leverage mix."""
    by_base: dict[str, list[MarketState]] = defaultdict(list)
    for m in snapshot.markets:
        if m.mark_price and m.mark_price > 0:
            by_base[m.base.upper()].append(m)
    if not by_base:
        raise ValueError("the snapshot has no market data to build a market model from")
    driver = driver.upper()
    driver_closes = max((m.daily_closes for m in by_base.get(driver, [])), key=len, default=())
    symbols = tuple(_symbol(base, states, driver_closes, base == driver, snapshot.taken_at, history)
                    for base, states in sorted(by_base.items(), key=lambda kv: (kv[0] != driver, kv[0])))
    if depth_factor is None:
        depth_factor = CALIBRATED_DEPTH_FACTOR
    impact = ImpactParams(mode=CALIBRATED_IMPACT_MODE, depth_factor=depth_factor,
                          duration_minutes=DEFAULT_DURATION_MINUTES)
    model = MarketModel(symbols=symbols, driver=driver, impact=impact,
                        leverage_mix=dict(DEFAULT_LEVERAGE_MIX),
                        as_of=snapshot.taken_at.isoformat(), source="demo" if snapshot.demo else "snapshot")
    validate(model)
    return model
