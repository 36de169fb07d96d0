"""Plausibility at the door (core.plausibility): bounds on prices, sizes, entries and balances."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Balance, CustodyClass, Holding, MarginMode, MarketState, Position, Purpose, Side
from core.plausibility import (
    GENERIC_MAX_UNITS,
    MAX_SUPPLY,
    amount_problem,
    dropped_rows,
    holding_problems,
    model_problems,
    non_finite_values,
    position_problems,
    price_problem,
    raw_position_problems,
    shown,
    summary,
    supply_bound,
)


def test_prices_must_be_finite_and_above_zero():
    assert price_problem("mark", 67502.68) is None
    assert price_problem("mark", None) is None and price_problem("mark", "") is None  # absent is not implausible
    assert price_problem("entry", -3400) == "entry is -3,400 (must be above 0)"
    assert price_problem("entry", 0) == "entry is 0 (must be above 0)"
    assert price_problem("mark", float("nan")) == "mark is nan"
    assert price_problem("mark", "inf") == "mark is inf"
    assert "above 1,000,000,000" in price_problem("mark", 2e9)


def test_balances_above_the_total_supply():
    assert amount_problem("BTC", 21_000_000) is None  # every bitcoin there will ever be: the bound itself
    assert amount_problem("BTC", 63e9) == "BTC balance is 63,000,000,000, above its total supply (21,000,000)"
    assert "above its total supply (200,000,000)" in amount_problem("ETH", 1.16e59)
    assert amount_problem("USDT", -5_000) is None  # an exchange balance can be a loan
    assert amount_problem("BTC", -30e6) is not None  # but not a loan of more than exists
    assert amount_problem("PEPE", 4.2e14) is None  # a generous bound for assets not in the table
    assert "any plausible amount" in amount_problem("PEPE", 2e18)
    assert amount_problem("BTC", float("nan")) == "BTC balance is nan"


def test_the_supply_table_names_its_source():
    assert supply_bound("btc") == 21e6 and supply_bound("UNKNOWN") == GENERIC_MAX_UNITS
    assert all(bound > 0 and source for bound, source in MAX_SUPPLY.values())
    assert MAX_SUPPLY["BTC"][0] >= 20_999_999.9769  # the sum of all subsidies


def test_wallet_holdings_cannot_be_negative():
    assert holding_problems("BTC", 0.5) == []
    assert holding_problems("BTC", -0.1) == ["BTC balance is -0.1 (cannot be negative)"]


def test_positions():
    ok = dict(contracts=0.009, contract_size=1, entry=67445.9, mark=67502.7, base="BTC")
    assert position_problems("BTC/USDT:USDT", **ok) == []
    assert position_problems("BTC/USDT:USDT", **{**ok, "entry": -67445.9}) == [
        "BTC/USDT:USDT: entry price is -67,445.9 (must be above 0)"]
    assert position_problems("BTC/USDT:USDT", **{**ok, "contract_size": 0}) == [
        "BTC/USDT:USDT: contract size is 0 (must be above 0)"]
    # 30 million BTC in one position: more than will ever exist
    assert "above its total supply" in position_problems("BTC/USDT:USDT", **{**ok, "contracts": 30e6})[0]
    # inverse: 100 USD a contract; 1e12 contracts are worth 1e14 USD
    assert "value" in position_problems("XYZ/USD:XYZ", contracts=1e12, contract_size=100, entry=1.0, mark=1.0,
                                        base="XYZ", inverse=True)[0]
    assert position_problems("BTC/USD:BTC", contracts=1, contract_size=100, entry=92300, mark=92376.7, base="BTC",
                             inverse=True) == []


def test_raw_ccxt_rows_are_judged_with_their_market():
    row = {"symbol": "BTC/USDT:USDT", "contracts": 3, "contractSize": None, "entryPrice": 91000, "markPrice": 93100}
    assert raw_position_problems(row, {"base": "BTC", "contractSize": 0.01}) == []
    assert raw_position_problems(dict(row, markPrice=float("nan")), {})[0].endswith("mark price is nan")


def test_rows_the_parser_dropped_are_found():
    held = {"symbol": "ETHUSDT", "positionAmt": "0.5", "entryPrice": "-3400"}
    flat = {"symbol": "LTCUSDT", "positionAmt": "0", "entryPrice": "0"}
    kept = {"symbol": "BTCUSDT", "positionAmt": "0.009", "entryPrice": "67445.9"}
    parsed = [{"symbol": "BTC/USDT:USDT", "info": kept}]
    assert dropped_rows([[kept, held, flat]], parsed, "positionAmt") == [held]
    assert dropped_rows([{"data": [kept]}], parsed, "positionAmt") == []
    assert dropped_rows([[held]], [], "") == []  # the venue says nothing about its rows: not checked


def test_non_finite_values_are_named():
    answer = {"code": "0", "data": [{"instId": "LTC-USDT-SWAP", "markPx": "NaN", "pos": "2"},
                                    {"instId": "BTC-USD-SWAP", "markPx": "92376.7", "upl": "-Infinity"}]}
    assert non_finite_values([answer]) == ["LTC-USDT-SWAP: markPx is NaN", "BTC-USD-SWAP: upl is -Infinity"]
    assert non_finite_values([{"a": "", "b": None, "c": "1e3", "d": True}]) == []


def test_model_rows():
    pos = Position("a", "okx", "BTC/USDT:USDT", Side.LONG, 1, 0.01, 90000, 92000, MarginMode.CROSS)
    assert model_problems(positions=[pos], balances=[Balance("a", "USDT", 1000.0)],
                          holdings=[Holding("w", "BTC", 0.5, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM)],
                          markets=[MarketState("okx", "BTC/USDT:USDT", 92000)], prices_usd={"EUR": 1.08}) == []
    bad = model_problems(balances=[Balance("a", "BTC", 63e9)], prices_usd={"EUR": -1.0})
    assert len(bad) == 2 and "EUR price is -1" in bad[1]


def test_messages_are_plain_and_short():
    assert shown("BTC\x1b[31m/USDT\n") == "BTC[31m/USDT"  # control characters dropped
    assert len(shown("x" * 500)) == 40
    assert summary(["a", "b", "c", "d"]) == "a; b (and 2 more)"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30), st.none(),
                 st.integers(min_value=-10**80, max_value=10**80)))
def test_checks_never_raise_and_flag_every_non_finite(value):
    problems = [price_problem("p", value), amount_problem("BTC", value)]
    number = None
    try:
        number = float(value) if value is not None and value != "" else None
    except (TypeError, ValueError, OverflowError):
        pass
    if number is not None and not math.isfinite(number):
        assert all(problems)
    if number is not None and math.isfinite(number) and 0 < number <= 1e9:
        assert problems[0] is None
    position_problems("X/USDT:USDT", contracts=value, contract_size=value, entry=value, mark=value, base="X")


@pytest.mark.parametrize("asset, amount", [("BTC", 0.5), ("ETH", 32.0), ("USDC", 12_004.35), ("TBTC", 0.01)])
def test_ordinary_holdings_pass(asset, amount):
    assert holding_problems(asset, amount) == []
