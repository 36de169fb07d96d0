"""Test vectors of reference/liquidation.md §10 and the tier-table validator."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from core.exchanges.normalize import tiers_from_ccxt
from core.liquidation import binance, generic, maintenance_margin, okx, validate_tiers
from core.liquidation.base import LiquidationInputError, MarginInputs
from core.liquidation.calculator import CalculatorInputs, calculate
from core.liquidation.tiers import TierTableError, single_tier, tier_at
from core.model import LeverageTier, Side

REL = 1e-9

# TV-BN-C1: freqtrade's BTCUSDT bracket table (floor, cap, MMR, max leverage, cum)
TV_BN_C1 = [
    (0, 50_000, 0.004, 125, 0), (50_000, 250_000, 0.005, 100, 50), (250_000, 1_000_000, 0.01, 50, 1_300),
    (1_000_000, 7_500_000, 0.025, 20, 16_300), (7_500_000, 40_000_000, 0.05, 10, 203_800),
    (40_000_000, 100_000_000, 0.10, 5, 2_203_800), (100_000_000, 200_000_000, 0.125, 4, 4_703_800),
    (200_000_000, 400_000_000, 0.15, 3, 9_703_800), (400_000_000, 600_000_000, 0.25, 2, 49_703_800),
    (600_000_000, 1_000_000_000, 0.50, 1, 199_703_800),
]


def ccxt_binance_tiers(rows=TV_BN_C1):
    return [{"tier": i + 1, "currency": "USDT", "minNotional": lo, "maxNotional": hi, "maintenanceMarginRate": mmr,
             "maxLeverage": lev, "info": {"bracket": str(i + 1), "cum": str(cum)}}
            for i, (lo, hi, mmr, lev, cum) in enumerate(rows)]


BTC_TIERS = tiers_from_ccxt("binanceusdm", ccxt_binance_tiers())


# --- TV-BN-1 / TV-BN-2: Binance FAQ cross example -------------------------------------------------------------
WB = 1_535_443.01


def test_tv_bn_1_eth_cross():
    inp = MarginInputs(Side.LONG, 3683.979, 1456.84, WB - 71_200.81144 + -56_354.57, single_tier(0.10, 135_365),
                       cross=True)
    assert binance.usdm(inp).liquidation_price == pytest.approx(1153.2565, abs=5e-5)
    assert round(binance.usdm(inp).liquidation_price, 2) == 1153.26


def test_tv_bn_2_btc_cross():
    inp = MarginInputs(Side.LONG, 109.488, 32481.98, WB - 356_512.508 + -448_192.89, single_tier(0.025, 16_300),
                       cross=True)
    assert round(binance.usdm(inp).liquidation_price, 2) == 26316.89
    assert binance.usdm(inp).liquidation_price == pytest.approx(26316.8933, abs=5e-5)


def test_tv_bn_intermediate_maintenance_values():
    # reference §10: BTC MM at mark 71,200.811444 (bracket looked up in TV-BN-C1: 3.5 M notional -> tier 4),
    # ETH MM at mark 356,512.508122 (MMR 0.10, cum 135,365 as given)
    btc = MarginInputs(Side.LONG, 109.488, 32481.98, WB, BTC_TIERS, cross=True)
    eth = MarginInputs(Side.LONG, 3683.979, 1456.84, WB, single_tier(0.10, 135_365), cross=True)
    assert maintenance_margin("binanceusdm", btc, [31967.27])[0] == pytest.approx(71_200.811444, rel=REL)
    assert maintenance_margin("binanceusdm", eth, [1335.18])[0] == pytest.approx(356_512.508122, rel=REL)


# --- TV-BN-5 … 12: freqtrade Binance isolated -------------------------------------------------------------------
@pytest.mark.parametrize("side,lev,open_,amount,expected", [
    ("short", 5, 10, 1.0, 11.89108910891089), ("short", 3, 10, 1.0, 13.211221122079207),
    ("short", 5, 8, 1.0, 9.514851485148514), ("short", 5, 10, 0.6, 11.897689768976898),
    ("long", 5, 10, 1.0, 8.070707070707071), ("long", 5, 8, 1.0, 6.454545454545454),
    ("long", 3, 10, 1.0, 6.723905723905723), ("long", 5, 10, 0.6, 8.063973063973064),
])
def test_tv_bn_5_to_12_isolated(side, lev, open_, amount, expected):
    result = calculate(CalculatorInputs("binance", Side(side), open_, amount, leverage=lev, mmr=0.01,
                                        maint_amount=0.01))
    assert result.liquidation_price == pytest.approx(expected, rel=1e-9)


# --- TV-BY-1 … 9: Bybit linear isolated --------------------------------------------------------------------------
def test_tv_by_1_doc_example():
    r = calculate(CalculatorInputs("bybit", Side.LONG, 20_000, 1.0, leverage=50, mmr=0.005))
    assert r.liquidation_price == pytest.approx(19_700, rel=REL)
    assert r.bankruptcy_price == pytest.approx(20_000 * (1 - 1 / 50), rel=REL)


@pytest.mark.parametrize("side,lev,expected", [
    ("long", 1, 0.1), ("long", 3, 20.3 / 3), ("long", 5, 8.1), ("long", 10, 9.1),
    ("short", 1, 19.9), ("short", 3, 39.7 / 3), ("short", 5, 11.9), ("short", 10, 10.9),
])
def test_tv_by_2_to_9(side, lev, expected):
    r = calculate(CalculatorInputs("bybit", Side(side), 10, 1, leverage=lev, mmr=0.01))
    assert r.liquidation_price == pytest.approx(expected, rel=REL)


def test_bybit_inverse_legacy_closed_form():
    # EP × L / (L + 1 − MMR × L) for a long (help.bybit.com legacy inverse isolated)
    r = calculate(CalculatorInputs("bybit-inverse", Side.LONG, 8000, 100, contract_size=1, leverage=10, mmr=0.005))
    assert r.liquidation_price == pytest.approx(8000 * 10 / (10 + 1 - 0.005 * 10), rel=REL)
    assert r.bankruptcy_price == pytest.approx(8000 * 10 / 11, rel=REL)
    short = calculate(CalculatorInputs("bybit-inverse", Side.SHORT, 8000, 100, contract_size=1, leverage=10, mmr=0.005))
    assert short.liquidation_price == pytest.approx(8000 * 10 / (10 - 1 + 0.005 * 10), rel=REL)


def test_tv_ft_b1_buffer_arithmetic_is_not_applied():
    # freqtrade's 5 % buffer is a bot safety margin, not a venue rule: our prices are the venue's.
    r = calculate(CalculatorInputs("binance", Side.LONG, 10, 1, leverage=5, mmr=0.01, maint_amount=0.01))
    assert r.liquidation_price == pytest.approx(8.070707070707071, rel=REL)


# --- OKX, Hyperliquid and COIN-M prices: see test_liquidation_vectors.py (independent vectors, not re-typed formulas)
def test_okx_tier_is_chosen_by_contracts():
    table = (LeverageTier(1, 0, 100, 0.004, 100), LeverageTier(2, 100, 1000, 0.01, 50))
    r = okx.liquidation(MarginInputs(Side.LONG, 0.5, 100.0, 5.0, table, contracts=500))
    assert r.tier == 2 and r.mmr == 0.01


def test_generic_is_marked_approximate():
    r = generic.liquidation(MarginInputs(Side.LONG, 1.0, 100.0, 10.0, single_tier(0.01)))
    assert r.approximate and "approximate" in r.method


def test_binance_tier_chosen_at_liquidation_price():
    # 40 BTC long at 30,000 opens in tier 4 (1.2 M notional) but liquidates near 26,000 → 1.04 M: still tier 4;
    # with a smaller margin the LP lands in tier 4, with 20 BTC the LP notional falls into tier 3.
    q, ep = 20.0, 30_000.0
    r = binance.usdm(MarginInputs(Side.LONG, q, ep, 0.2 * q * ep, BTC_TIERS))
    assert r.tier == 3  # 600 k at entry is tier 3, and at LP ~ 24 k → 485 k: tier 3
    q2 = 36.0  # 1.08 M at entry (tier 4), 20x → LP ~ 28.8 k → 1.04 M still tier 4
    r2 = binance.usdm(MarginInputs(Side.LONG, q2, ep, q2 * ep / 20, BTC_TIERS))
    assert r2.tier == 4
    q3 = 34.0  # 1.02 M at entry (tier 4) but LP notional < 1 M → tier 3 must be used
    r3 = binance.usdm(MarginInputs(Side.LONG, q3, ep, q3 * ep / 20, BTC_TIERS))
    assert r3.tier == 3 and q3 * r3.liquidation_price < 1_000_000
    entry_tier = tier_at(BTC_TIERS, q3 * ep)
    assert entry_tier.tier == 4


def test_binance_hedge_cross_shares_one_price():
    r = binance.usdm_hedge_cross(2.0, 30_000, 1.0, 31_000, 5_000.0, BTC_TIERS)
    lp = r.liquidation_price
    # margin balance equals total MM at that price
    equity = 5_000 + 2 * (lp - 30_000) - 1 * (lp - 31_000)
    mm = sum(q * lp * tier_at(BTC_TIERS, q * lp).maintenance_margin_rate - tier_at(BTC_TIERS, q * lp).maint_amount
             for q in (2.0, 1.0))
    assert equity == pytest.approx(mm, rel=1e-9)


# --- tier validator -------------------------------------------------------------------------------------------------
def test_validator_passes_tv_bn_c1():
    validate_tiers(BTC_TIERS)
    assert len(BTC_TIERS) == 10 and BTC_TIERS[3].maint_amount == 16_300


@pytest.mark.parametrize("index,field,value", [
    (4, "maint_amount", 203_801.0), (2, "maintenance_margin_rate", 0.011), (6, "min_notional", 100_500_000.0),
    (0, "maint_amount", 5.0), (5, "max_leverage", 11.0),
])
def test_validator_rejects_corrupted_copy(index, field, value):
    broken = list(BTC_TIERS)
    broken[index] = replace(broken[index], **{field: value})
    with pytest.raises(TierTableError, match=f"tier {broken[index].tier}"):
        validate_tiers(tuple(broken))


def test_tiers_from_ccxt_rejects_broken_cum_with_clear_message():
    rows = ccxt_binance_tiers()
    rows[3]["info"]["cum"] = "16000"
    with pytest.raises(TierTableError, match="cum recursion"):
        tiers_from_ccxt("binanceusdm", rows, label="BTC/USDT:USDT")


def test_tiers_from_ccxt_derives_cum_and_okx_has_none():
    rows = ccxt_binance_tiers()
    for r in rows:
        r["info"] = {}
    derived = tiers_from_ccxt("somevenue", rows)
    assert [t.maint_amount for t in derived] == pytest.approx([r[4] for r in TV_BN_C1])
    okx_rows = [{"tier": 1, "minNotional": 0, "maxNotional": 100, "maintenanceMarginRate": 0.004, "maxLeverage": 100},
                {"tier": 2, "minNotional": 100, "maxNotional": 500, "maintenanceMarginRate": 0.006, "maxLeverage": 75}]
    okx_tiers = tiers_from_ccxt("okx", okx_rows)
    assert all(t.maint_amount == 0 for t in okx_tiers)
    bybit_rows = [dict(r, info={"mmDeduction": str(c)}) for r, c in zip(okx_rows, (0, 100 * 0.002))]
    assert tiers_from_ccxt("bybit", bybit_rows)[1].maint_amount == pytest.approx(0.2)


def test_hyperliquid_tiers_rate_from_max_leverage():
    rows = [{"tier": 1, "minNotional": 0, "maxNotional": None, "maintenanceMarginRate": None, "maxLeverage": 40}]
    (t,) = tiers_from_ccxt("hyperliquid", rows)
    assert t.maintenance_margin_rate == pytest.approx(1 / 80) and math.isinf(t.max_notional)


# --- impossible inputs --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs,match", [
    (dict(size=-1.0), "size"), (dict(leverage=200, mmr=None, tiers=BTC_TIERS), "above"),
    (dict(leverage=None, margin=0.5), "below maintenance"), (dict(mmr=None), "no maintenance rate"),
    (dict(entry=0), "entry"), (dict(venue="okx-inverse"), "contract-size"),
])
def test_impossible_inputs(kwargs, match):
    base = dict(venue="binance", side=Side.LONG, entry=100.0, size=10.0, leverage=10, mmr=0.01)
    base.update(kwargs)
    with pytest.raises(LiquidationInputError, match=match):
        calculate(CalculatorInputs(**base))
