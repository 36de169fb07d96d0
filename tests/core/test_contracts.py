"""The one home of contract math (core.contracts), price statistics (core.stats) and retries (core.retry)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from core import contracts as c
from core import stats
from core.retry import RetryPolicy, call_with_retries


def test_linear_value_pnl_and_maintenance():
    size = c.position_size(2.0, 0.01)  # 2 contracts of 0.01 BTC
    assert size == pytest.approx(0.02)
    assert c.position_value(size, 60_000.0, inverse=False) == pytest.approx(1_200.0)  # USD
    assert c.notional_usd(size, 60_000.0, inverse=False) == pytest.approx(1_200.0)
    assert c.size_in_base(size, 60_000.0, inverse=False) == size
    assert c.unrealized_pnl(-1, size, 60_000.0, 55_000.0, inverse=False) == pytest.approx(100.0)  # short gains
    assert c.settle_to_usd(100.0, 55_000.0, inverse=False) == 100.0


def test_inverse_value_pnl_and_maintenance():
    face = c.position_size(100, 100.0)  # 100 contracts of $100
    assert c.position_value(face, 50_000.0, inverse=True) == pytest.approx(0.2)  # coin
    assert c.notional_usd(face, 50_000.0, inverse=True) == face
    assert c.size_in_base(face, 50_000.0, inverse=True) == pytest.approx(0.2)
    pnl = c.unrealized_pnl(1, face, 50_000.0, 40_000.0, inverse=True)  # coin: 10_000 × (1/50k − 1/40k)
    assert pnl == pytest.approx(-0.05)
    assert c.settle_to_usd(pnl, 40_000.0, inverse=True) == pytest.approx(-2_000.0)


def test_maintenance_margin_scalar_array_and_floor():
    assert c.maintenance_margin(10_000.0, 0.005) == pytest.approx(50.0)
    assert c.maintenance_margin(10_000.0, 0.005, deduction=20.0, fee_rate=0.0005) == pytest.approx(35.0)
    assert c.maintenance_margin(1_000.0, 0.005, deduction=50.0) == 0.0  # never negative
    values = np.array([[1_000.0, 100_000.0], [0.0, 50_000.0]])
    got = c.maintenance_margin(values, np.array([[0.004], [0.01]]), np.array([[0.0], [100.0]]))
    assert isinstance(got, np.ndarray) and got.shape == (2, 2)
    np.testing.assert_allclose(got, [[4.0, 400.0], [0.0, 400.0]])
    assert isinstance(c.maintenance_margin(1.0, 0.1), float)


def test_volatility_and_beta():
    closes = [100.0, 101.0, 99.0, None, 0.0, 102.0, 100.0]  # missing and zero closes are skipped
    r = stats.log_returns(closes)
    assert len(r) == 4
    assert stats.daily_volatility(closes) == pytest.approx(float(np.std(r, ddof=1)))
    assert stats.daily_volatility(closes, min_returns=5) is None
    assert stats.daily_volatility([100.0, 100.0, 100.0]) is None  # never moved
    assert stats.volatility(r, ddof=0) == pytest.approx(float(np.std(r)))
    driver = np.random.default_rng(1).normal(0, 0.02, 30)
    assert stats.beta(1.5 * driver, driver) == pytest.approx(1.5)
    assert stats.beta(driver[:5], driver[:5]) is None


class _Flaky(Exception):
    def __init__(self, category: str, retry_after_s: float | None = None) -> None:
        super().__init__(category)
        self.category = category
        self.retry_after_s = retry_after_s


def test_retry_transient_then_success_and_give_up_at_once_on_the_rest(monkeypatch):
    pauses: list[float] = []

    async def sleep(s: float) -> None:
        pauses.append(s)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    calls = []

    async def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise _Flaky("rate_limited", retry_after_s=7.0)
        if len(calls) == 2:
            raise _Flaky("venue_down")
        return "ok"

    assert asyncio.run(call_with_retries(flaky, RetryPolicy(attempts=3, backoff_s=0.5))) == "ok"
    assert pauses == [7.0, 1.0]  # the server's Retry-After, then backoff × 2

    async def bad_key():
        calls.append(1)
        raise _Flaky("bad_key")

    calls.clear()
    with pytest.raises(_Flaky):
        asyncio.run(call_with_retries(bad_key, RetryPolicy(attempts=5)))
    assert len(calls) == 1
    assert 0.25 <= RetryPolicy(backoff_s=0.5, jitter=True).pause_s(1) < 0.75
