"""Amounts in the display currency: symbol, precision, localised separators, and no silent USD."""

from __future__ import annotations

import pytest

from core.money import display_currency
from desktop import format as fmt

PRICES = {"BTC": 67_450.0, "EUR": 1.17}


@pytest.fixture(autouse=True)
def restore():
    yield
    fmt.set_display_currency(display_currency("USD", {}))
    fmt.set_number_symbols()


def test_money_in_each_currency():
    assert fmt.money(231_402.5) == "$231,402.50"
    eur = display_currency("EUR", PRICES)
    assert fmt.money(1_170.0, eur) == "€1,000.00" and fmt.money(-1_170.0, eur) == "-€1,000.00"
    btc = display_currency("BTC", PRICES)
    assert fmt.money(67_450.0 / 4, btc) == "₿0.25000000"  # 8 decimals: satoshis
    assert fmt.money(67_450.0 * 250, btc) == "₿250.0000"
    assert fmt.money(None, btc) == fmt.DASH and fmt.money(float("nan")) == fmt.DASH


def test_money_short_and_unit():
    btc = display_currency("BTC", PRICES)
    assert fmt.money_short(14.9e9) == "$14.90B"
    assert fmt.money_short(67_450.0 * 3.4307, btc) == "₿3.4307"
    assert fmt.money_short(67_450.0 * 1_270, btc) == "₿1.27k"
    assert fmt.currency_unit(btc) == "BTC"


def test_the_global_display_currency_and_its_missing_rate_note():
    fmt.set_display_currency(display_currency("BTC", PRICES))
    assert fmt.money(134_900.0) == "₿2.00000000" and fmt.currency_note() == ""
    fmt.set_display_currency(display_currency("EUR", {"BTC": 1.0}))  # no EUR rate in this snapshot
    assert fmt.money(100.0) == "$100.00"  # USD, visibly: the $ sign, never a euro sign on dollars
    assert fmt.currency_note() == "EUR rate unavailable, amounts shown in USD"


def test_localised_separators_apply_to_money():
    fmt.set_number_symbols("\u202f", ",")
    assert fmt.money(1_170_000.0, display_currency("EUR", PRICES)) == "€1\u202f000\u202f000,00"


def test_threshold_pct():
    assert fmt.threshold_pct(10.0) == "10 %" and fmt.threshold_pct(12.5) == "12.5 %"
