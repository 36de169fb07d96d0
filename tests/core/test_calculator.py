"""The position calculator (core.calculator): its figures against the venues' published examples, the size /
margin / leverage rules, the symbol picker and the saved tier tables.

Expected numbers come from the venues' own pages (reference/liquidation.md §10; Binance "How to Use the Binance
Futures Calculator"; Bybit "Liquidation Price (USDT Contract)" and "Bankruptcy Price (USDT Contract)") or from the
published tier tables themselves, worked by hand where the page gives only the formula.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

import pytest

from core import tier_cache
from core.calculator import CalculatorError, Request, compute, lookup_offline, max_position
from core.liquidation.base import LiquidationInputError
from core.liquidation.tiers import single_tier
from core.model import Side
from core.tier_cache import BUNDLED, CACHED, ONLINE, MarketRef, SymbolError, TierTable, VenueCatalog
from core.venues import CALCULATOR_VENUES, venue_spec
from tests.core.test_liquidation import BTC_TIERS, ccxt_binance_tiers

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


# --- published examples ----------------------------------------------------------------------------------------
def test_bybit_usdt_contract_example():
    """Bybit "Liquidation Price (USDT Contract)" (reference TV-BY-1): 1 BTC long at 20,000, 50x, MMR 0.5 %:
    IM 400, MM 100, LP 19,700; "Bankruptcy Price (USDT Contract)": BP = EP × (1 − 1/50) = 19,600."""
    o = compute(Request("bybit", Side.LONG, 20_000, contracts=1, leverage=50, mmr=0.005, settle="USDT"))
    assert o.initial_margin == pytest.approx(400)
    assert o.maintenance_margin == pytest.approx(100)
    assert o.liquidation.liquidation_price == pytest.approx(19_700)
    assert o.liquidation.bankruptcy_price == pytest.approx(19_600)


def test_binance_faq_cross_example_through_the_calculator():
    """Binance USDⓈ-M FAQ worked example (reference TV-BN-1/2): ETH LP 1,153.26 and BTC LP 26,316.89 in the
    cross account with WB 1,535,443.01."""
    eth = compute(Request("binance", Side.LONG, 1456.84, contracts=3683.979, cross=True, wallet=1_535_443.01,
                          other_mm=71_200.81144, other_upnl=-56_354.57, mmr=0.10, maint_amount=135_365))
    assert round(eth.liquidation.liquidation_price, 2) == 1153.26
    btc = compute(Request("binance", Side.LONG, 32481.98, contracts=109.488, cross=True, wallet=1_535_443.01,
                          other_mm=356_512.508, other_upnl=-448_192.89, mmr=0.025, maint_amount=16_300))
    assert round(btc.liquidation.liquidation_price, 2) == 26316.89
    assert eth.initial_margin is None and eth.margin is None  # cross without a leverage: no initial margin


def test_binance_calculator_pnl_and_roe_usdt_margined():
    """Binance calculator FAQ: Initial Margin = Quantity × Entry Price × IMR, IMR = 1/leverage; PnL (long)
    = (Exit − Entry) × Quantity; ROE = PnL / Initial Margin. 0.5 BTC at 67,450, 20x, exit 70,000:
    IM = 0.5 × 67,450 / 20 = 1,686.25; PnL = 2,550 × 0.5 = 1,275; ROE = 1,275 / 1,686.25 = 75.6115 %."""
    o = compute(Request("binance", Side.LONG, 67_450, contracts=0.5, leverage=20, target=70_000,
                        tiers=BTC_TIERS, settle="USDT"))
    assert o.initial_margin == pytest.approx(1_686.25)
    assert o.pnl == pytest.approx(1_275) and o.pnl_usd == pytest.approx(1_275)
    assert o.roe == pytest.approx(0.756115, abs=1e-6)
    short = compute(Request("binance", Side.SHORT, 67_450, contracts=0.5, leverage=20, target=70_000,
                            tiers=BTC_TIERS))
    assert short.pnl == pytest.approx(-1_275)  # Short = (Entry − Exit) × Quantity


def test_binance_calculator_coin_margined_identity():
    """Binance calculator FAQ, coin-margined: Initial margin = Qty × multiplier × IMR / Entry; PNL = side × Qty ×
    multiplier × (1/Entry − 1/Exit); ROE = side × (1 − Entry/Exit) / IMR. 3 contracts of 100 USD short at 68,911,
    10x, exit 60,000: IM = 300 × 0.1 / 68,911; ROE = −(1 − 68,911/60,000) × 10 = 1.485166…"""
    o = compute(Request("binance-coinm", Side.SHORT, 68_911, contracts=3, contract_size=100, leverage=10,
                        target=60_000, mmr=0.004, settle="BTC"))
    assert o.initial_margin == pytest.approx(300 * 0.1 / 68_911)
    assert o.pnl == pytest.approx(-1 * 300 * (1 / 68_911 - 1 / 60_000))
    assert o.roe == pytest.approx(-(1 - 68_911 / 60_000) * 10)
    assert o.pnl_usd == pytest.approx(o.pnl * 60_000)


def test_max_position_at_a_leverage_is_the_published_bracket_cap():
    """TV-BN-C1 (a Binance BTCUSDT bracket table): 125x up to 50,000, 100x to 250,000, 50x to 1,000,000, 20x to
    7,500,000, 10x to 40,000,000 notional."""
    for lev, cap in ((125, 50_000), (100, 250_000), (75, 250_000), (50, 1_000_000), (20, 7_500_000),
                     (10, 40_000_000), (1, 1_000_000_000)):
        mp = max_position("binanceusdm", BTC_TIERS, lev, 1.0, 50_000, False)
        assert mp.known and mp.value == cap and mp.base == pytest.approx(cap / 50_000)
    o = compute(Request("binance", Side.LONG, 67_450, contracts=0.5, leverage=20, tiers=BTC_TIERS))
    assert o.max_position is not None and o.max_position.value == 7_500_000
    assert o.max_leverage_here == 125  # 33,725 notional sits in the first bracket


def test_max_position_where_tiers_count_contracts():
    """OKX position tiers count contracts (maxSz): the bundled BTC-USDT-SWAP table allows 20x up to 400,000
    contracts of 0.01 BTC = 4,000 BTC."""
    found = lookup_offline("okx", "BTC-USDT-SWAP")
    mp = max_position("okx", found.table.tiers(), 20, 0.01, 67_450, False)
    assert mp.contracts == 400_000 and mp.base == pytest.approx(4_000) and mp.value == pytest.approx(4_000 * 67_450)


def test_a_table_without_max_leverage_says_so():
    found = lookup_offline("binanceusdm", "ETHUSDT")  # the recorded ccxt fixture brackets: rates only
    assert not found.table.max_leverage_known
    o = compute(Request("binance", Side.LONG, 2_500, contracts=0.4, leverage=10, tiers=found.table.tiers()))
    assert o.max_position is not None and not o.max_position.known and o.max_leverage_here is None


# --- size, margin and leverage ---------------------------------------------------------------------------------
def test_margin_and_leverage_give_the_size():
    # 100 USDT at 10x = 1,000 USDT of ETH at 2,500 = 0.4 ETH
    o = compute(Request("binance", Side.LONG, 2_500, margin=100, leverage=10, mmr=0.005))
    assert o.inputs.size == pytest.approx(0.4) and o.value == pytest.approx(1_000) and o.margin == 100
    # inverse: 0.001 BTC at 10x = 0.01 BTC of face at 60,000 = 600 USD = 6 contracts of 100 USD
    inv = compute(Request("binance-coinm", Side.LONG, 60_000, margin=0.001, leverage=10, contract_size=100,
                          mmr=0.004))
    assert inv.inputs.size == pytest.approx(6)


def test_margin_alone_implies_the_leverage_and_says_so():
    o = compute(Request("binance", Side.LONG, 67_450, contracts=0.5, margin=1_000, tiers=BTC_TIERS, settle="USDT"))
    assert o.implied_leverage == pytest.approx(33.725) and o.leverage == pytest.approx(33.725)
    assert any("implies a leverage of 33.73x" in str(n) for n in o.notes)


def test_margin_below_the_initial_margin_at_the_leverage_is_a_conflict():
    with pytest.raises(CalculatorError) as err:
        compute(Request("binance", Side.LONG, 67_450, contracts=0.5, margin=1_000, leverage=20, tiers=BTC_TIERS,
                        settle="USDT"))
    text = str(err.value.text)
    assert "do not fit together" in text and "1,686.25 USDT" in text and "33.73x" in text


def test_margin_above_the_initial_margin_counts_as_added_margin():
    o = compute(Request("binance", Side.LONG, 67_450, contracts=0.5, margin=2_000, leverage=20, tiers=BTC_TIERS,
                        settle="USDT"))
    assert o.added_margin == pytest.approx(313.75) and o.implied_leverage == pytest.approx(16.8625)
    assert "313.75 USDT more than the initial margin" in str(o.notes[0])
    alone = compute(Request("binance", Side.LONG, 67_450, contracts=0.5, margin=2_000, tiers=BTC_TIERS))
    assert o.liquidation.liquidation_price == pytest.approx(alone.liquidation.liquidation_price)


@pytest.mark.parametrize("kwargs,words", [
    ({}, "size or the margin"), ({"margin": 100.0}, "leverage too"), ({"contracts": 1.0}, "leverage or the margin"),
    ({"contracts": -1.0, "leverage": 5.0}, "size must be positive"),
    ({"contracts": 1.0, "leverage": 5.0, "cross": True, "margin": 5.0, "wallet": 100.0}, "wallet balance"),
])
def test_too_few_or_wrong_inputs_are_said(kwargs, words):
    with pytest.raises(CalculatorError) as err:
        compute(Request("bybit", Side.LONG, 20_000, mmr=0.005, **kwargs))
    assert words in str(err.value.text) and "--" not in str(err.value.text)


def test_the_formula_still_refuses_what_the_venue_refuses():
    with pytest.raises(LiquidationInputError, match="above the maximum 20x"):
        compute(Request("binance", Side.LONG, 30_000, contracts=34, leverage=75, tiers=BTC_TIERS))


# --- the symbol picker -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("venue,typed,symbol", [
    ("binanceusdm", "BTCUSDT", "BTC/USDT:USDT"), ("binanceusdm", "btcusdt", "BTC/USDT:USDT"),
    ("binanceusdm", "BTC/USDT:USDT", "BTC/USDT:USDT"), ("binanceusdm", "BTCUSDT.P", "BTC/USDT:USDT"),
    ("binanceusdm", "eth", "ETH/USDT:USDT"), ("binanceusdm", "LTC/USDT", "LTC/USDT:USDT"),
    ("okx", "BTC-USDT-SWAP", "BTC/USDT:USDT"), ("okx", "btc-usdt", "BTC/USDT:USDT"), ("okx", "SOL", "SOL/USDT:USDT"),
    ("binancecoinm", "BTCUSD_PERP", "BTC/USD:BTC"), ("binancecoinm", "btcusd_perp", "BTC/USD:BTC"),
    ("bybit", "ETHUSDT", "ETH/USDT:USDT"),
])
def test_native_and_ccxt_names_resolve(venue, typed, symbol):
    found = lookup_offline(venue, typed)
    assert found.error is None and found.market.symbol == symbol and found.table is not None


def _catalog(*markets: MarketRef) -> VenueCatalog:
    return VenueCatalog("bybit", {m.symbol: m for m in markets})


def test_a_base_coin_prefers_the_perpetual_and_names_the_choices_when_it_cannot():
    swap = MarketRef("BTC/USDT:USDT", "BTCUSDT", "BTC", "USDT", "USDT")
    future = MarketRef("BTC/USDT:USDT-260626", "BTCUSDT-26JUN26", "BTC", "USDT", "USDT", type="future")
    inverse = MarketRef("BTC/USD:BTC", "BTCUSD", "BTC", "USD", "BTC", inverse=True, contract_size=1)
    assert _catalog(swap, future).resolve("btc") == swap
    assert _catalog(swap, inverse).resolve("BTC", inverse=True) == inverse
    assert _catalog(swap, inverse).resolve("BTCUSD") == inverse  # a native name is exact, whatever the kind
    usdc = MarketRef("BTC/USDC:USDC", "BTCPERP", "BTC", "USDC", "USDC")
    with pytest.raises(SymbolError) as err:
        _catalog(swap, usdc).resolve("BTC")
    assert "BTCUSDT" in str(err.value.text) and "BTCPERP" in str(err.value.text)


def test_an_unknown_symbol_offline_says_what_to_do():
    found = lookup_offline("binanceusdm", "DOGEUSDT")
    assert found.market is None and found.table is None
    text = str(found.error)
    assert "Go online" in text and "BTCUSDT" in text and "--" not in text
    nothing = lookup_offline("hyperliquid", "BTC")
    assert "No list of Hyperliquid contracts is saved here. Go online" in str(nothing.error)


def test_every_venue_opens_on_a_symbol_of_its_own_kind():
    for name, (venue, inverse) in CALCULATOR_VENUES.items():
        symbol = venue_spec(venue).calculator_symbols[name]
        assert MarketRef.from_symbol(symbol).inverse == inverse, name


# --- the bundled set and the cache ------------------------------------------------------------------------------
def test_every_bundled_table_is_valid_and_says_where_it_came_from():
    folder = tier_cache.bundled_dir()
    seen = 0
    for path in sorted(folder.glob("*.json")):
        bundled = tier_cache.load_bundled(path.stem)
        assert not bundled.problems
        for symbol, table in bundled.tables.items():
            assert table.origin == BUNDLED and table.source and symbol in bundled.markets
            assert table.tiers()  # validated (cum recursion, contiguous floors ...)
            about = str(table.describe())
            assert ("synthetic" in about) == table.synthetic
            assert table.as_of is None or table.as_of in about
            seen += 1
    assert seen >= 13


def test_the_cache_keeps_each_table_with_its_date(tmp_path):
    rows = ccxt_binance_tiers()
    fetched = VenueCatalog("binanceusdm", {"BTC/USDT:USDT": MarketRef("BTC/USDT:USDT", "BTCUSDT", "BTC", "USDT",
                                                                    "USDT")},
                           {"BTC/USDT:USDT": TierTable("binanceusdm", "BTC/USDT:USDT", tuple(rows), ONLINE,
                                                       fetched_at=NOW)}, NOW)
    path = tier_cache.save_cache(fetched, tmp_path)
    assert path.name == "binanceusdm.json" and json.loads(path.read_text())["tables"]["BTC/USDT:USDT"]["fetched_at"]
    cached = tier_cache.load_cache("binanceusdm", tmp_path).tables["BTC/USDT:USDT"]
    assert cached.origin == CACHED and cached.fetched_at == NOW and cached.tiers() == BTC_TIERS
    assert cached.fresh(NOW + timedelta(hours=23)) and not cached.fresh(NOW + timedelta(hours=25))
    assert "2026-03-02 08:00 UTC" in str(cached.describe()) and "cached" in str(cached.describe())
    found = lookup_offline("binanceusdm", "BTCUSDT", cache=tmp_path)
    assert found.table.origin == CACHED  # the cache wins over the bundled table


def test_a_damaged_cache_is_reported_and_skipped(tmp_path):
    (tmp_path / "okx.json").write_text("{not json")
    found = lookup_offline("okx", "BTC-USDT-SWAP", cache=tmp_path)
    assert found.table is not None and found.table.origin == BUNDLED
    assert any("could not be read" in str(n) for n in found.notes)


def test_a_table_read_by_the_sync_is_used_as_is():
    table = TierTable.of_market("binanceusdm", "BTC/USDT:USDT", BTC_TIERS, NOW)
    assert table.tiers() is BTC_TIERS and table.fresh(NOW) and "last sync" in str(table.describe())
    assert not math.isinf(max(t.max_leverage for t in table.tiers()))


def test_single_tier_from_an_explicit_rate_needs_no_table():
    o = compute(Request("okx", Side.LONG, 10, contracts=100, contract_size=0.01, margin=2, mmr=0.01, taker_fee=0.0006))
    # freqtrade's OKX long (tests/core/test_liquidation_vectors.py): LP 8.0857
    assert o.liquidation.liquidation_price == pytest.approx(8.085708510208207, rel=1e-9)
    assert o.inputs.tiers == single_tier(0.01, 0.0, 1e9)
