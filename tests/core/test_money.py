"""Display-currency conversion: analytic values, missing rates said out loud, and the live EUR rate."""

from __future__ import annotations

import asyncio
import math
from datetime import UTC

import pytest

from core.money import CURRENCIES, USD, convert_usd, display_currency, usd_per_unit

PRICES = {"BTC": 67_450.0, "EUR": 1.17, "ETH": 1_950.0}


def test_usd_is_identity():
    assert convert_usd(1234.5, "USD", {}) == (1234.5, None)


def test_btc_divides_by_the_btc_price():
    assert convert_usd(67_450.0, "BTC", PRICES) == (1.0, None)
    amount, reason = convert_usd(231_402.0, "btc", PRICES)
    assert reason is None and amount == pytest.approx(231_402.0 / 67_450.0, rel=1e-15)


def test_eur_divides_by_usd_per_euro():
    amount, reason = convert_usd(117.0, "EUR", PRICES)
    assert reason is None and amount == pytest.approx(100.0, rel=1e-15)
    assert convert_usd(-1.17, "EUR", PRICES)[0] == pytest.approx(-1.0)


def test_a_euro_stablecoin_stands_in_for_a_missing_fiat_rate():
    assert usd_per_unit("EUR", {"EURC": 1.16}) == (1.16, None)
    assert usd_per_unit("EUR", {"EUR": 1.17, "EURC": 1.16}) == (1.17, None)  # the fiat rate first


@pytest.mark.parametrize("prices", [{}, {"BTC": 0.0}, {"BTC": math.nan}, {"BTC": -1.0}])
def test_missing_rate_is_a_reason_not_a_number(prices):
    assert convert_usd(100.0, "BTC", prices) == (None, "BTC rate unavailable")
    assert convert_usd(100.0, "EUR", prices) == (None, "EUR rate unavailable")


def test_unsupported_currency_says_so():
    amount, reason = convert_usd(100.0, "GBP", PRICES)
    assert amount is None and "GBP" in reason


def test_display_currency_falls_back_to_usd_and_remembers_why():
    eur = display_currency("EUR", {"BTC": 1.0})
    assert (eur.code, eur.chosen, eur.usd_per_unit, eur.unavailable) == ("USD", "EUR", 1.0, "EUR rate unavailable")
    btc = display_currency("BTC", PRICES)
    assert btc.code == "BTC" and btc.unavailable is None and btc.from_usd(134_900.0) == pytest.approx(2.0)
    assert display_currency("USD", {}) == USD
    assert set(CURRENCIES) == {"USD", "EUR", "BTC"}


def test_demo_snapshot_has_the_rates():
    from datetime import datetime

    from core.demo import load_demo_snapshot

    snap = load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC))
    assert convert_usd(67_450.0, "BTC", snap.prices_usd) == (pytest.approx(1.0), None)
    assert convert_usd(1.17, "EUR", snap.prices_usd) == (pytest.approx(1.0), None)


class _Exchange:
    def __init__(self, markets, tickers):
        self.markets, self._tickers, self.asked = markets, tickers, []

    async def fetch_ticker(self, symbol):
        self.asked.append(symbol)
        return self._tickers[symbol]


def _eur_rate(exchange):
    from core.exchanges.ccxt_source import ExchangeAccountSource, RetryPolicy

    source = ExchangeAccountSource.__new__(ExchangeAccountSource)  # only the rate lookup is exercised
    source.problems, source.retry, source.credentials = [], RetryPolicy(), None
    source.config = type("C", (), {"venue": "bybit", "id": "x"})()
    return asyncio.run(source._eur_rate(exchange)), exchange.asked


def test_live_eur_rate_from_the_venues_spot_market():
    assert _eur_rate(_Exchange({"EUR/USDT": {}}, {"EUR/USDT": {"last": 1.17}})) == (1.17, ["EUR/USDT"])
    rate, _ = _eur_rate(_Exchange({"USDT/EUR": {}}, {"USDT/EUR": {"last": 0.8}}))
    assert rate == pytest.approx(1.25)  # quoted in euro: inverted
    assert _eur_rate(_Exchange({"BTC/USDT:USDT": {}}, {})) == (None, [])  # no EUR market: nothing asked
