"""Property tests of the venue formulas and the cross-account solve (hypothesis, modest sizes)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.liquidation import binance
from core.liquidation.base import MarginInputs
from core.liquidation.calculator import CalculatorInputs, calculate
from core.model import Account, Balance, MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.risk import assess_accounts, assess_positions
from tests.core.test_liquidation import BTC_TIERS

VENUES = ["binance", "binance-coinm", "bybit", "bybit-inverse", "okx", "okx-inverse", "hyperliquid"]
FAST = settings(max_examples=150, deadline=None)


@st.composite
def isolated_case(draw):
    venue = draw(st.sampled_from(VENUES))
    lev = draw(st.floats(1.2, 50))
    mmr = draw(st.floats(0.0, 0.4 / lev))
    entry = draw(st.floats(0.01, 200_000))
    size = draw(st.floats(0.001, 1_000))
    inverse = venue.endswith("inverse") or venue == "binance-coinm"
    return dict(venue=venue, entry=entry, size=size, leverage=lev, mmr=mmr,
                contract_size=100.0 if inverse else None, taker_fee=0.0005 if venue.startswith("okx") else None)


@FAST
@given(isolated_case())
def test_long_below_entry_below_short(case):
    long_ = calculate(CalculatorInputs(side=Side.LONG, **case))
    short = calculate(CalculatorInputs(side=Side.SHORT, **case))
    assert long_.liquidation_price is None or long_.liquidation_price < case["entry"]
    assert short.liquidation_price is not None and short.liquidation_price > case["entry"]
    if long_.liquidation_price is not None and long_.bankruptcy_price is not None:
        assert long_.bankruptcy_price <= long_.liquidation_price * (1 + 1e-12)
    if short.bankruptcy_price is not None:
        assert short.liquidation_price <= short.bankruptcy_price * (1 + 1e-12)


@FAST
@given(isolated_case(), st.floats(1.01, 3.0))
def test_more_margin_moves_price_away_from_entry(case, factor):
    for side in Side:
        base = calculate(CalculatorInputs(side=side, **case))
        margin = (case["size"] * (case["contract_size"] or 1)) / (case["entry"] if case["contract_size"] else
                                                                 1 / case["entry"]) / case["leverage"]
        more = dict(case, leverage=None, margin=margin * factor)
        richer = calculate(CalculatorInputs(side=side, **more))
        if side is Side.LONG:
            assert richer.liquidation_price is None or (
                base.liquidation_price is not None and richer.liquidation_price <= base.liquidation_price * (1 + 1e-12))
        else:
            assert richer.liquidation_price is None or richer.liquidation_price >= base.liquidation_price * (1 - 1e-12)


@FAST
@given(st.integers(1, 9), st.sampled_from(list(Side)), st.floats(0.5, 500), st.floats(0.05, 0.3),
       st.floats(-1e-6, 1e-6))
def test_continuous_across_tier_boundaries(boundary, side, size, gap, eps):
    """Choose the margin that puts the liquidation notional exactly on a floor; nudging it moves LP a little."""
    t = BTC_TIERS[boundary]
    lp_star = t.min_notional / size
    s = side.sign
    entry = lp_star / (1 - s * gap)  # long: entry above LP; short: below
    margin = lp_star * (size * t.maintenance_margin_rate - s * size) - t.maint_amount + s * size * entry
    assume(margin > 0)
    nudged = margin * (1 + eps)
    r = binance.usdm(MarginInputs(side, size, entry, nudged, BTC_TIERS))
    assert r.liquidation_price == pytest.approx(lp_star, rel=1e-5)
    assert r.tier in (t.tier, t.tier - 1)


NOW = datetime(2026, 1, 1, tzinfo=UTC)


@st.composite
def cross_account(draw):
    n = draw(st.integers(1, 4))
    positions = []
    for _ in range(n):
        base = draw(st.sampled_from(["BTC", "ETH"]))
        mark = 60_000.0 if base == "BTC" else 3_000.0
        side = draw(st.sampled_from(list(Side)))
        notional = draw(st.floats(1_000, 200_000))
        entry = mark * draw(st.floats(0.9, 1.1))
        positions.append(Position("a", "binanceusdm", f"{base}/USDT:USDT", side, notional / mark, 1.0, entry, mark,
                                  MarginMode.CROSS, unrealized_pnl=side.sign * notional / mark * (mark - entry)))
    usdt = draw(st.floats(5_000, 200_000))
    btc = draw(st.floats(0, 2))
    extra = draw(st.floats(100, 100_000))
    return positions, usdt, btc, extra


def _snap(positions, usdt, btc):
    markets = tuple(MarketState("binanceusdm", s, 60_000.0 if s.startswith("BTC") else 3_000.0, tiers=BTC_TIERS)
                    for s in ("BTC/USDT:USDT", "ETH/USDT:USDT"))
    upnl = sum(p.unrealized_pnl for p in positions)
    return PortfolioSnapshot(NOW, accounts=(Account("a", "binanceusdm", "A"),), positions=tuple(positions),
                             balances=(Balance("a", "USDT", usdt + upnl), Balance("a", "BTC", btc)),
                             markets=markets, prices_usd={"BTC": 60_000.0, "ETH": 3_000.0})


@settings(max_examples=30, deadline=None)
@given(cross_account())
def test_more_wallet_is_never_closer_to_liquidation(case):
    positions, usdt, btc, extra = case
    poor, rich = _snap(positions, usdt, btc), _snap(positions, usdt + extra, btc)
    (a,), (b,) = assess_accounts(poor), assess_accounts(rich)
    assert b.equity_usd > a.equity_usd
    if a.min_adverse_move_pct is not None and b.min_adverse_move_pct is not None:
        if (a.min_adverse_move_pct < 0) == (b.min_adverse_move_pct < 0):
            assert abs(b.min_adverse_move_pct) >= abs(a.min_adverse_move_pct) - 0.01
    for ra, rb in zip(assess_positions(poor), assess_positions(rich)):
        if ra.min_adverse_move_pct is not None and rb.min_adverse_move_pct is not None:
            assert rb.min_adverse_move_pct >= ra.min_adverse_move_pct - 0.01
        if ra.min_adverse_move_pct is None:
            assert rb.min_adverse_move_pct is None
