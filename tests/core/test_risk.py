"""Account evaluation: portfolio_at, correlated collateral, per-position figures."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from core.liquidation.tiers import single_tier
from core.model import Account, Balance, MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.risk import assess_accounts, assess_positions, daily_volatility, portfolio_at

NOW = datetime(2026, 1, 1, tzinfo=UTC)
TIERS = single_tier(0.005, 0.0, 100)


def btc_long(account="x", mode=MarginMode.CROSS, size=1.0, entry=60_000.0, mark=60_000.0, **kw):
    return Position(account, "binanceusdm", "BTC/USDT:USDT", Side.LONG, size, 1.0, entry, mark, mode,
                    unrealized_pnl=size * (mark - entry), **kw)


def snap(positions, balances, closes=(), venue="binanceusdm"):
    market = MarketState(venue, "BTC/USDT:USDT", 60_000.0, tiers=TIERS, daily_closes=tuple(closes))
    accounts = tuple(Account(a, venue, a) for a in sorted({p.account_id for p in positions} |
                                                          {b.account_id for b in balances}))
    return PortfolioSnapshot(NOW, accounts=accounts, positions=tuple(positions), balances=tuple(balances),
                             markets=(market,), prices_usd={"BTC": 60_000.0})


def test_portfolio_at_revalues_positions_and_collateral():
    s = snap([btc_long()], [Balance("x", "USDT", 10_000.0), Balance("x", "BTC", 0.1)])
    moves = {"BTC": np.array([0.0, -0.05, -0.5])}
    res = portfolio_at(s, moves)
    price = 60_000 * (1 + moves["BTC"])
    expected_equity = 10_000 + 0.1 * price + (price - 60_000)
    assert res.n == 3
    np.testing.assert_allclose(res.equity_usd["x"], expected_equity)
    np.testing.assert_allclose(res.maintenance_margin_usd["x"], price * 0.005)
    assert res.liquidated[0].tolist() == [False, False, True]


def test_correlated_collateral_liquidates_sooner():
    stable = snap([btc_long()], [Balance("x", "USDT", 10_000.0)])
    coin = snap([btc_long()], [Balance("x", "BTC", 10_000.0 / 60_000)])
    (rs,), (rc,) = assess_positions(stable), assess_positions(coin)
    assert rc.min_adverse_move_pct < rs.min_adverse_move_pct
    # stable collateral: equity 10,000 + (P − 60,000) = 0.005 P  →  P = 50,000/0.995
    assert rs.liquidation_price == pytest.approx(50_000 / 0.995, rel=1e-9)
    assert rs.min_adverse_move_pct == pytest.approx((1 - 50_000 / 0.995 / 60_000) * 100, abs=1e-3)
    # coin collateral: 1/6 BTC × P + (P − 60,000) = 0.005 P
    p = 60_000 / (1 + 1 / 6 - 0.005)
    assert rc.min_adverse_move_pct == pytest.approx((1 - p / 60_000) * 100, abs=1e-3)


def test_isolated_position_uses_its_own_margin_and_reported_flag():
    pos = btc_long(mode=MarginMode.ISOLATED, isolated_margin=6_000.0, liquidation_price_reported=55_000.0)
    (r,) = assess_positions(snap([pos], [Balance("x", "USDT", 50_000.0)]))
    lp = (60_000 - 6_000) / (1 - 0.005)
    assert r.liquidation_price == pytest.approx(lp, rel=1e-9)
    assert r.reported_disagrees  # 54,271 vs 55,000 is more than 0.5 % apart
    assert r.distance_pct == pytest.approx((60_000 - lp) / 60_000 * 100)
    assert r.min_adverse_move_pct == pytest.approx(r.distance_pct)
    assert r.survives_gap is False and r.gap_rule_pct == 10.0  # 9.55 % away: fails the default 10 % rule
    assert r.margin_ratio == pytest.approx(60_000 * 0.005 / 6_000)
    res = portfolio_at(snap([pos], []), {"BTC": np.array([-0.09, -0.1])})
    assert res.liquidated[0].tolist() == [False, True]


def test_distance_in_daily_volatilities():
    closes = [60_000 * np.exp(0.02 * ((-1) ** i)) for i in range(30)]
    sigma = daily_volatility(closes)
    pos = btc_long(mode=MarginMode.ISOLATED, isolated_margin=6_000.0)
    (r,) = assess_positions(snap([pos], [], closes))
    assert r.distance_vols == pytest.approx(np.log(60_000 / r.liquidation_price) / sigma)
    assert daily_volatility([1.0, 2.0]) is None


def test_missing_tiers_fall_back_to_reported_rate_and_say_so():
    pos = Position("y", "somevenue", "ETH/USDT:USDT", Side.SHORT, 2.0, 1.0, 3_000, 3_000, MarginMode.ISOLATED,
                   isolated_margin=600.0, maintenance_margin_rate=0.01)
    s = PortfolioSnapshot(NOW, accounts=(Account("y", "somevenue", "Y"),), positions=(pos,))
    (r,) = assess_positions(s)
    assert "approximate" in r.method and r.liquidation_price == pytest.approx((600 + 6_000) / (2 * 1.01))
    bare = PortfolioSnapshot(NOW, positions=(Position("y", "somevenue", "ETH/USDT:USDT", Side.SHORT, 2.0, 1.0,
                                                      3_000, 3_000, MarginMode.ISOLATED),))
    (r2,) = assess_positions(bare)
    assert r2.liquidation_price is None and r2.method == "unavailable" and r2.note


def test_accounts_report_equity_mm_and_joint_move():
    s = snap([btc_long()], [Balance("x", "USDT", 10_000.0), Balance("x", "BTC", 0.1)])
    (a,) = assess_accounts(s)
    assert a.equity_usd == pytest.approx(10_000 + 6_000)
    assert a.maintenance_margin_usd == pytest.approx(300.0)
    assert a.margin_ratio == pytest.approx(300 / 16_000)
    moves = {"BTC": np.array([a.min_adverse_move_pct / 100])}
    res = portfolio_at(s, moves)
    assert res.equity_usd["x"][0] == pytest.approx(res.maintenance_margin_usd["x"][0], rel=1e-3)


def test_hedged_cross_legs_share_a_price():
    long_ = btc_long(hedged=True)
    short = Position("x", "binanceusdm", "BTC/USDT:USDT", Side.SHORT, 0.5, 1.0, 61_000, 60_000, MarginMode.CROSS,
                     unrealized_pnl=500.0, hedged=True)
    rl, rs = assess_positions(snap([long_, short], [Balance("x", "USDT", 5_000.0 + 500.0)]))
    assert rl.liquidation_price == pytest.approx(rs.liquidation_price)
    assert "hedge" in rl.method
