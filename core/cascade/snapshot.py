"""Build the market model from a ``PortfolioSnapshot``: one symbol per base asset, venues aggregated.

Aggregation: books add up band by band (cross-venue liquidity), open interest adds up, the mark and
funding are open-interest weighted, the longest daily-close series gives volatility, beta and entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.cascade.depth import DepthSide, ImpactParams, add_sides, side_from_levels
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


def _symbol(base: str, states: list[MarketState], driver_closes: Sequence[float], is_driver: bool) -> SymbolModel:
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
        # a snapshot knows no market cap, no open-interest history and not the market-wide crypto-margined share
        # (it sees only the venues fetched): the levered share at the documented defaults (docs/cascade.md §3)
        levered_share=levered_share_from_state(open_interest),
    )


def market_model_from_snapshot(snapshot: PortfolioSnapshot, driver: str = "BTC",
                               depth_factor: float | None = None) -> MarketModel:
    """One ``SymbolModel`` per base asset with a usable mark; raises ``ValueError`` if there is none.

    Depth is the venues' observed books (summed band by band) times ``depth_factor`` (None: the calibrated
    ``CALIBRATED_DEPTH_FACTOR``); each symbol's levered share comes from its state
    (``levered_share_from_state``) over the prior leverage mix."""
    by_base: dict[str, list[MarketState]] = defaultdict(list)
    for m in snapshot.markets:
        if m.mark_price and m.mark_price > 0:
            by_base[m.base.upper()].append(m)
    if not by_base:
        raise ValueError("the snapshot has no market data to build a market model from")
    driver = driver.upper()
    driver_closes = max((m.daily_closes for m in by_base.get(driver, [])), key=len, default=())
    symbols = tuple(_symbol(base, states, driver_closes, base == driver)
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
