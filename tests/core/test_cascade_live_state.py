"""A market model built from a live snapshot uses the market's state: BTC's market cap from the issuance schedule,
the open interest's 30-day change from the stored snapshots (``Session.market_history``), the venues' long/short
account ratios. Expected numbers are worked by hand in the comments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.cascade.ladder import CALIBRATED_LEVERED_SHARE
from core.cascade.snapshot import MarketHistory, history_from_points, market_model_from_snapshot
from core.market_signals import MarketPoint
from core.model import MarketState, PortfolioSnapshot

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
# Bitcoin's supply on 2026-03-02: 19,687,500 BTC at the 2024-04-20 halving, then 144 blocks a day x 3.125 BTC
# = 450 BTC a day for 681 days (365 to 2025-04-20, 316 from there to 2026-03-02) = 306,450 -> 19,993,950 BTC.
BTC_SUPPLY_T0 = 19_993_950.0


def _book(mid: float) -> dict:
    return {"bids": tuple((mid * (1 - 0.001 * i), 5.0) for i in range(1, 30)),
            "asks": tuple((mid * (1 + 0.001 * i), 5.0) for i in range(1, 30))}


def _market(venue: str, symbol: str, mark: float, oi: float, ratio: float | None) -> MarketState:
    return MarketState(venue, symbol, mark, funding_rate=0.0001, open_interest_usd=oi, long_short_ratio=ratio,
                       **_book(mark))


def _snapshot(when: datetime = T0, a_oi: float = 6e9, b_oi: float = 3e9) -> PortfolioSnapshot:
    return PortfolioSnapshot(when, markets=(
        _market("binanceusdm", "BTC/USDT:USDT", 100_000.0, a_oi, 0.8376),
        _market("okx", "BTC/USD:BTC", 100_000.0, b_oi, 1.5),
        _market("binanceusdm", "ETH/USDT:USDT", 2_500.0, 2e9, None)))


def test_the_model_carries_the_market_s_state():
    # 30 days ago: Binance's BTC market had $5B; OKX's was not synced then (an account added since) -> not growth
    history = MarketHistory({("binanceusdm", "BTC/USDT:USDT"): 5e9, ("bybit", "BTC/USDT:USDT"): 9e9})
    btc = market_model_from_snapshot(_snapshot(), history=history).symbol("BTC")

    assert btc.market_cap_usd == pytest.approx(BTC_SUPPLY_T0 * 100_000.0)  # 1.999395e12
    assert btc.oi_change_30d == pytest.approx(0.2)  # 6 / 5 - 1, the markets both times know
    assert btc.long_short_ratio == pytest.approx(1.0584)  # (0.8376 x 6 + 1.5 x 3) / 9 = 9.5256 / 9
    # a build-up of +20 % scales the levered share by 1.2 (docs/cascade.md §3; the cap's elasticity is fitted at 0)
    assert btc.effective_levered_share == pytest.approx(CALIBRATED_LEVERED_SHARE * 1.2)
    eth = market_model_from_snapshot(_snapshot(), history=history).symbol("ETH")
    assert (eth.market_cap_usd, eth.oi_change_30d, eth.long_short_ratio) == (None, None, None)  # no source


def test_without_history_the_change_is_unknown_and_the_rest_still_comes_from_the_snapshot():
    btc = market_model_from_snapshot(_snapshot()).symbol("BTC")
    assert btc.oi_change_30d is None
    assert btc.effective_levered_share == pytest.approx(CALIBRATED_LEVERED_SHARE)
    assert btc.market_cap_usd == pytest.approx(BTC_SUPPLY_T0 * 100_000.0)
    assert market_model_from_snapshot(_snapshot(), history=MarketHistory()).symbol("BTC").oi_change_30d is None


def test_history_takes_the_point_nearest_to_thirty_days_before():
    target = T0 - timedelta(days=30)
    key = ("binanceusdm", "BTC/USDT:USDT")
    points = [MarketPoint(target - timedelta(hours=5), *key, 90_000.0, 4e9, None, None),
              MarketPoint(target + timedelta(hours=2), *key, 90_000.0, 5e9, None, None),  # the nearest
              MarketPoint(target + timedelta(minutes=30), *key, 90_000.0, None, None, None),  # no open interest
              MarketPoint(target - timedelta(days=2), "okx", "BTC/USD:BTC", 90_000.0, 1e9, None, None)]  # too far
    assert history_from_points(points, target).open_interest_usd == {key: 5e9}


def test_the_session_reads_the_history_from_the_stored_snapshots(tmp_path):
    from core.session import Session

    session = Session.open(path=tmp_path / "undertow.sqlite")
    try:
        for days, a_oi in ((31.5, 1e9), (30.1, 5e9), (29.0, 7e9)):  # the one nearest to 30 days before: 5e9
            session.save(_snapshot(T0 - timedelta(days=days), a_oi=a_oi))
        now = _snapshot()
        session.save(now)
        history = session.market_history(now)
    finally:
        session.store.close()
    assert history is not None
    assert history.open_interest_usd[("binanceusdm", "BTC/USDT:USDT")] == pytest.approx(5e9)
    assert history.open_interest_usd[("okx", "BTC/USD:BTC")] == pytest.approx(3e9)
    btc = market_model_from_snapshot(now, history=history).symbol("BTC")
    assert btc.oi_change_30d == pytest.approx(9e9 / 8e9 - 1.0)  # now 6 + 3 against then 5 + 3
