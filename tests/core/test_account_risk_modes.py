"""Account risk by each venue's rule in the account's mode (``core.risk.assess_accounts`` / ``assess_positions``).

Every expected number is derived by hand in the test's docstring from the venue's published rule (cited in
``core/venues/<venue>.py``), as a closed form written here, never with the engine. Units: USD amounts, prices in
USD per unit, moves in % of the driver's price (signed, negative = down), ratios as plain numbers (1.0 = 100 %).

Rules used (see the venue specs for the sources):
* Binance single-asset: MM ÷ margin balance, only the settle asset counts, liquidation at 100 %.
* Binance Multi-Assets: MM ÷ Σ min(assetEquity × rate, assetEquity), liquidation at 100 %, whole account.
* Binance Portfolio Margin: uniMMR = adjusted equity ÷ MM, liquidation at 1.05, whole account.
* Bybit UTA cross: account MM rate = MM ÷ margin balance after collateral value ratios (bands in coin units),
  liquidation at 100 %, whole account.
* OKX multi-currency: mgnRatio = adjusted equity (discount bands in USD) ÷ (MM + liquidation fee), liquidation at
  100 %, whole account; OKX maintenance = value × (tier MMR + taker fee).
* Hyperliquid cross: cross MM ÷ account value, liquidation at 100 %; MM rate = 1 / (2 × max leverage).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest

from core.cascade.scenarios import find_scenario
from core.cascade.whatif import whatif_on_snapshot
from core.liquidation.tiers import single_tier
from core.model import (
    Account,
    AccountMargin,
    Balance,
    CollateralRule,
    CollateralTier,
    MarginMode,
    MarketState,
    PortfolioSnapshot,
    Position,
    Side,
)
from core.risk import AccountRisk, assess_accounts, assess_positions, portfolio_at

NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)
TABLE_DATE = datetime(2026, 1, 30, tzinfo=UTC)
INF = math.inf


def flat(asset: str, rate: float) -> CollateralRule:
    return CollateralRule(asset, (CollateralTier(0.0, INF, rate),))


def pos(account: str, venue: str, symbol: str, side: Side, contracts: float, entry: float, mark: float, *,
        contract_size: float = 1.0, settle: str = "USDT", reported: float | None = None,
        mmr: float | None = None) -> Position:
    size = contracts * contract_size
    return Position(account, venue, symbol, side, contracts, contract_size, entry, mark, MarginMode.CROSS,
                    unrealized_pnl=side.sign * size * (mark - entry), settle=settle,
                    liquidation_price_reported=reported, maintenance_margin_rate=mmr)


def snapshot(account: Account, positions: list[Position], balances: dict[str, float], markets: list[MarketState],
             prices: dict[str, float]) -> PortfolioSnapshot:
    return PortfolioSnapshot(NOW, accounts=(account,), positions=tuple(positions),
                             balances=tuple(Balance(account.id, a, v) for a, v in balances.items()),
                             markets=tuple(markets), prices_usd=prices)


def only(snap: PortfolioSnapshot) -> AccountRisk:
    (risk,) = assess_accounts(snap)
    return risk


# --- classic rules when no mode was detected ------------------------------------------------------------------------
def _classic(margin: AccountMargin | None) -> PortfolioSnapshot:
    acct = Account("x", "binanceusdm", "x", margin=margin)
    market = MarketState("binanceusdm", "BTC/USDT:USDT", 60_000.0, tiers=single_tier(0.005))
    # Binance's balance total is the margin balance: wallet 10,000 USDT (+ uPnL 0) and 0.1 BTC
    return snapshot(acct, [pos("x", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 1.0, 60_000.0, 60_000.0)],
                    {"USDT": 10_000.0, "BTC": 0.1}, [market], {"BTC": 60_000.0})


def test_an_account_without_a_detected_mode_keeps_the_classic_rules():
    """Classic cross rule (every coin at 100 %, liquidation where equity = MM): equity 10,000 + 0.1 × 60,000
    = 16,000; MM = 0.5 % × 60,000 = 300; the account dies where 10,000 + 0.1 P + (P − 60,000) = 0.005 P, i.e.
    P = 50,000 / 1.095 (BTC is the only asset, so the BTC move is the joint move the account had before)."""
    r = only(_classic(None))
    p_liq = 50_000 / 1.095
    assert r.mode == "" and not r.whole_account and r.liquidates_at == 1.0
    assert "not detected" in r.ratio_name
    assert r.equity_usd == pytest.approx(16_000.0) and r.collateral_value_usd == pytest.approx(16_000.0)
    assert r.maintenance_margin_usd == pytest.approx(300.0)
    assert r.margin_ratio == pytest.approx(300 / 16_000) and r.venue_ratio == pytest.approx(300 / 16_000)
    assert r.venue_ratio_reported is None and not r.reported_disagrees and r.disagreement == ""
    assert r.driver == "BTC"
    assert r.min_adverse_move_pct == pytest.approx((p_liq / 60_000 - 1) * 100, abs=1e-3)
    # the position keeps its own price: 0.1 BTC collateral held at the mark, WB = 10,000 + 6,000
    (p,) = assess_positions(_classic(None))
    assert "whole account" not in p.method
    assert p.liquidation_price == pytest.approx((60_000 - 16_000) / 0.995, rel=1e-9)
    # an empty mode is the same as no margin record at all
    assert only(_classic(AccountMargin())) == r


# --- Binance ---------------------------------------------------------------------------------------------------------
def _binance(mode: str, *, btc_held: float = 0.0, reported: float | None = None,
             rules: tuple[CollateralRule, ...] = ()) -> PortfolioSnapshot:
    margin = AccountMargin(mode=mode, collateral=rules, collateral_as_of=TABLE_DATE if rules else None)
    acct = Account("bn", "binanceusdm", "bn", margin=margin)
    market = MarketState("binanceusdm", "BTC/USDT:USDT", 60_000.0, tiers=single_tier(0.005))
    balances = {"USDT": 10_000.0, **({"BTC": btc_held} if btc_held else {})}
    return snapshot(acct, [pos("bn", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 1.0, 60_000.0, 60_000.0,
                               reported=reported)], balances, [market], {"BTC": 60_000.0})


def test_binance_multi_assets_btc_collateral_at_95_pct_and_a_btc_long():
    """Binance Multi-Assets (FAQ c983a9268: equity = Σ min(assetEquity × rate, assetEquity), liquidation of all
    positions at margin ratio 100 %): 10,000 USDT, 1 BTC at 95 %, a 1 BTC long from 60,000, MMR 0.5 %.

    Closed form at BTC price P: collateral C(P) = 0.95 P + 10,000 + (P − 60,000); MM(P) = 0.005 P.
    Now: equity 70,000, C = 67,000, MM = 300, ratio 300 / 67,000. Liquidation: 1.95 P − 50,000 = 0.005 P →
    P* = 50,000 / 1.945 (−57.2 %); without the haircut it would be 50,000 / 1.995 (−58.2 %)."""
    snap = _binance("multi_assets", btc_held=1.0, rules=(flat("BTC", 0.95),))
    r = only(snap)
    p_liq = 50_000 / 1.945
    move = (p_liq / 60_000 - 1) * 100
    assert r.mode == "multi_assets" and r.whole_account and r.liquidates_at == 1.0
    assert r.equity_usd == pytest.approx(70_000.0)
    assert r.collateral_value_usd == pytest.approx(67_000.0)
    assert r.maintenance_margin_usd == pytest.approx(300.0)
    assert r.venue_ratio == pytest.approx(300 / 67_000)
    assert r.driver == "BTC"
    assert r.min_adverse_move_pct is not None and r.min_adverse_move_pct == pytest.approx(move, abs=1e-3)
    assert abs(r.min_adverse_move_pct - (50_000 / 1.995 / 60_000 - 1) * 100) > 1.0  # the haircut matters
    # the engine's own test at the answer: collateral meets MM there
    at = portfolio_at(snap, {"BTC": np.array([move / 100])})
    assert at.collateral_value_usd["bn"][0] == pytest.approx(at.maintenance_margin_usd["bn"][0], rel=1e-4)
    assert at.account_liquidated["bn"][0] or at.collateral_value_usd["bn"][0] > at.maintenance_margin_usd["bn"][0]

    # the cross position is liquidated with the account: no price of its own when the venue reports none
    (p,) = assess_positions(snap)
    assert p.method == f"whole account: liquidates at BTC \u2212{abs(move):.1f} %"
    assert p.liquidation_price is None and p.distance_pct is None
    assert p.min_adverse_move_pct == pytest.approx(abs(move), abs=1e-3)
    assert p.survives_gap is True  # 57 % > the default 10 % rule
    # the venue's reported price is kept beside it
    (p2,) = assess_positions(_binance("multi_assets", btc_held=1.0, rules=(flat("BTC", 0.95),), reported=25_800.0))
    assert p2.liquidation_price_reported == 25_800.0 and p2.method.startswith("whole account")


def test_binance_single_asset_counts_only_the_settle_asset():
    """Binance single-asset mode (FAQ 29b45c48: margin shared only across positions of the same margin asset): the
    1 BTC in the futures wallet is not margin. Collateral = 10,000 + (P − 60,000), MM = 0.005 P → the position and
    the account liquidate at P* = 50,000 / 0.995 (−16.25 %); the equity still shows the BTC (70,000)."""
    r = only(_binance("single_asset", btc_held=1.0))
    p_liq = 50_000 / 0.995
    assert r.mode == "single_asset" and not r.whole_account
    assert r.equity_usd == pytest.approx(70_000.0) and r.collateral_value_usd == pytest.approx(10_000.0)
    assert r.venue_ratio == pytest.approx(300 / 10_000)
    assert r.min_adverse_move_pct == pytest.approx((p_liq / 60_000 - 1) * 100, abs=1e-3)
    assert "BTC" in r.note
    (p,) = assess_positions(_binance("single_asset", btc_held=1.0))
    assert p.liquidation_price == pytest.approx(p_liq, rel=1e-9) and "whole account" not in p.method


def test_binance_portfolio_margin_liquidates_at_unimmr_1_05():
    """Binance PM (uniMMR = adjusted equity ÷ MM; liquidation when it falls to 1.05, announcement d0c35588):
    10,000 USDT and a 1 BTC long from 60,000, MMR 0.5 %. uniMMR now = 10,000 / 300; the account goes where
    10,000 + (P − 60,000) = 1.05 × 0.005 P → P* = 50,000 / 0.99475 (−16.23 %)."""
    r = only(_binance("portfolio_margin", rules=(flat("USDT", 1.0),)))
    p_liq = 50_000 / 0.99475
    assert r.mode == "portfolio_margin" and r.whole_account and r.liquidates_at == pytest.approx(1.05)
    assert r.ratio_name.startswith("uniMMR")
    assert r.venue_ratio == pytest.approx(10_000 / 300)
    assert r.min_adverse_move_pct == pytest.approx((p_liq / 60_000 - 1) * 100, abs=1e-3)


# --- Bybit -----------------------------------------------------------------------------------------------------------
def _bybit(reported: float | None = None) -> PortfolioSnapshot:
    btc = CollateralRule("BTC", (CollateralTier(0.0, 1.0, 0.95), CollateralTier(1.0, INF, 0.90)), unit="asset")
    margin = AccountMargin(mode="unified_cross", margin_ratio=reported, collateral=(btc, flat("USDT", 1.0)),
                           collateral_as_of=TABLE_DATE, collateral_source="test table")
    acct = Account("by", "bybit", "by", margin=margin)
    market = MarketState("bybit", "BTC/USDT:USDT", 60_000.0, tiers=single_tier(0.005), taker_fee_rate=0.0)
    # Bybit's balance total is the wallet balance (no uPnL): 2 BTC and 2,000 USDT
    return snapshot(acct, [pos("by", "bybit", "BTC/USDT:USDT", Side.SHORT, 5.0, 60_000.0, 60_000.0)],
                    {"BTC": 2.0, "USDT": 2_000.0}, [market], {"BTC": 60_000.0})


def test_bybit_unified_cross_account_mm_rate_reaches_100_pct():
    """Bybit UTA cross (account MM rate = MM ÷ margin balance after collateral value ratios, liquidation at 100 %):
    2 BTC (first coin at 95 %, the next at 90 %: 1.85 BTC counted), 2,000 USDT, a 5 BTC short from 60,000,
    MMR 0.5 %. At price P: margin balance = 1.85 P + 2,000 + 5 (60,000 − P), MM = 0.025 P.
    Now: 113,000 vs MM 1,500 (rate 1,500 / 113,000; equity 122,000). Rate = 100 % where
    302,000 = 3.175 P → P* = 95,118.11 (+58.53 %); falling never liquidates (302,000 − 3.15 P > 0.025 P)."""
    snap = _bybit()
    r = only(snap)
    p_liq = 302_000 / 3.175
    move = (p_liq / 60_000 - 1) * 100
    assert r.mode == "unified_cross" and r.whole_account and r.liquidates_at == 1.0
    assert r.equity_usd == pytest.approx(122_000.0) and r.collateral_value_usd == pytest.approx(113_000.0)
    assert r.venue_ratio == pytest.approx(1_500 / 113_000)
    assert r.min_adverse_move_pct == pytest.approx(move, abs=1e-3)
    at = portfolio_at(snap, {"BTC": np.array([p_liq / 60_000 - 1])})
    assert at.maintenance_margin_usd["by"][0] / at.collateral_value_usd["by"][0] == pytest.approx(1.0, rel=1e-9)
    (p,) = assess_positions(snap)
    assert p.method == f"whole account: liquidates at BTC +{move:.1f} %"


def test_bybit_reported_rate_beside_ours_and_the_warning():
    """Ours 1,500 / 113,000 = 0.013274. Bybit saying 0.0136 is 2.4 % away (> 0.5 %): a warning with both numbers and
    the haircut table's date; 0.01328 is 0.04 % away: no warning."""
    r = only(_bybit(reported=0.0136))
    assert r.venue_ratio_reported == 0.0136 and r.reported_disagrees
    assert "0.01327" in r.disagreement and "0.0136" in r.disagreement and "2026-01-30" in r.disagreement
    quiet = only(_bybit(reported=0.01328))
    assert not quiet.reported_disagrees and quiet.disagreement == ""


# --- OKX -------------------------------------------------------------------------------------------------------------
def _closes(base: float, exponent: float) -> tuple[float, ...]:
    """30 daily closes whose log returns are ``exponent`` × a fixed zig-zag (so ETH's beta to BTC is exactly 2)."""
    steps = np.cumsum([0.03 * math.sin(1.7 * k) for k in range(30)])
    return tuple(float(base * math.exp(exponent * s)) for s in steps)


def test_okx_multi_currency_mgn_ratio_with_discount_bands_and_a_beta_2_alt():
    """OKX multi-currency (mgnRatio = adjusted equity ÷ (MM + liquidation fee), liquidation at 100 %): 1 BTC with
    discount bands in USD (0–50,000 at 1, above at 0.9), a 30 ETH long from 3,000 (300 contracts of 0.1), tier MMR
    1 % + taker fee 0.05 %. ETH's daily returns are exactly twice BTC's, so ETH moves 2x when BTC moves x.
    Now: adjusted equity 50,000 + 0.9 × 10,000 = 59,000; MM = 90,000 × 1.05 % = 945; mgnRatio = 59,000 / 945.
    At BTC move x (while the BTC value 60,000 (1 + x) ≤ 50,000): 60,000 (1 + x) + 30 × 3,000 × 2x
    = 945 (1 + 2x) → x = −59,055 / 238,110 (−24.80 %; ETH −49.6 %)."""
    margin = AccountMargin(mode="multi_currency", collateral=(
        CollateralRule("BTC", (CollateralTier(0.0, 50_000.0, 1.0), CollateralTier(50_000.0, INF, 0.9))),),
        collateral_as_of=TABLE_DATE)
    acct = Account("okx", "okx", "okx", margin=margin)
    markets = [MarketState("okx", "ETH/USDT:USDT", 3_000.0, tiers=single_tier(0.01), contract_size=0.1,
                           taker_fee_rate=0.0005, daily_closes=_closes(3_000.0, 2.0)),
               MarketState("okx", "BTC/USDT:USDT", 60_000.0, tiers=single_tier(0.01), contract_size=0.01,
                           taker_fee_rate=0.0005, daily_closes=_closes(60_000.0, 1.0))]
    snap = snapshot(acct, [pos("okx", "okx", "ETH/USDT:USDT", Side.LONG, 300.0, 3_000.0, 3_000.0, contract_size=0.1)],
                    {"BTC": 1.0}, markets, {"BTC": 60_000.0})
    r = only(snap)
    assert r.mode == "multi_currency" and r.whole_account and r.ratio_name.startswith("mgnRatio")
    assert r.collateral_value_usd == pytest.approx(59_000.0) and r.equity_usd == pytest.approx(60_000.0)
    assert r.maintenance_margin_usd == pytest.approx(945.0)
    assert r.venue_ratio == pytest.approx(59_000 / 945)
    assert r.driver == "BTC"  # held as collateral, so BTC drives even without a BTC position
    assert r.min_adverse_move_pct == pytest.approx(-59_055 / 238_110 * 100, abs=1e-3)
    (p,) = assess_positions(snap)
    assert p.method.startswith("whole account: liquidates at BTC \u221224.8 %") and p.liquidation_price is None


# --- Hyperliquid -----------------------------------------------------------------------------------------------------
HL_TIERS = single_tier(1 / (2 * 40), 0.0, 40)  # BTC max leverage 40 → MM rate 1.25 % (Hyperliquid margin tiers)


def _hyperliquid(extra: list[Position] | None = None, account_value: float = 20_200.125) -> PortfolioSnapshot:
    acct = Account("hl", "hyperliquid", "hl", quote="USDC", margin=AccountMargin(mode="standard"))
    btc = pos("hl", "hyperliquid", "BTC/USDC:USDC", Side.LONG, 1.0, 100_000.0, 100_000.0, settle="USDC")
    market = MarketState("hyperliquid", "BTC/USDC:USDC", 100_000.0, tiers=HL_TIERS)
    return snapshot(acct, [btc, *(extra or [])], {"USDC": account_value}, [market],
                    {"BTC": 100_000.0, "ETH": 3_000.0})


def test_hyperliquid_cross_account_liquidates_at_minus_19_19_pct():
    """Hyperliquid cross (liquidation when the account value falls to the cross maintenance margin; MM = notional /
    (2 × max leverage)): account value A = 20,200.125 USDC, a 1 BTC long from 100,000 at 40x (MM rate 1.25 %).
    A + 100,000 x = 0.0125 × 100,000 (1 + x) → x = (1,250 − A) / 98,750 = −0.1919: −19.19 %, at 80,810."""
    snap = _hyperliquid()
    r = only(snap)
    assert r.mode == "standard" and not r.whole_account
    assert r.venue_ratio == pytest.approx(1_250 / 20_200.125)
    assert r.min_adverse_move_pct == pytest.approx(-19.19, abs=1e-3)
    (p,) = assess_positions(snap)
    assert p.liquidation_price == pytest.approx(80_810.0, rel=1e-9) and "whole account" not in p.method


def test_a_cross_position_without_maintenance_data_keeps_its_pnl_in_the_account():
    """A 2 ETH cross long from 2,500 at mark 3,000 with neither tier table nor reported rate: Hyperliquid's account
    value (20,200.125 + its 1,000 uPnL) includes the uPnL, which must stay in the equity; at ETH −10 % the equity is
    21,200.125 − 2 × 300 = 20,600.125. Its maintenance margin is unknown and says so."""
    eth = pos("hl", "hyperliquid", "ETH/USDC:USDC", Side.LONG, 2.0, 2_500.0, 3_000.0, settle="USDC")
    snap = _hyperliquid([eth], account_value=20_200.125 + 1_000.0)
    r = only(snap)
    assert r.equity_usd == pytest.approx(21_200.125)
    assert r.maintenance_margin_usd == pytest.approx(1_250.0)  # BTC only
    assert "maintenance margin unknown" in r.note and "ETH/USDC:USDC" in r.note
    at = portfolio_at(snap, {"ETH": np.array([-0.1])})
    assert at.equity_usd["hl"][0] == pytest.approx(20_600.125)
    p_eth = assess_positions(snap)[1]
    assert "maintenance margin is unknown" in p_eth.note


# --- stablecoins: a depeg moves only what it names --------------------------------------------------------------------
def _with_usde(mode: str = "", rules: tuple[CollateralRule, ...] = ()) -> PortfolioSnapshot:
    acct = Account("u", "binanceusdm", "u", margin=AccountMargin(mode=mode, collateral=rules) if mode else None)
    market = MarketState("binanceusdm", "BTC/USDT:USDT", 60_000.0, tiers=single_tier(0.005))
    return snapshot(acct, [pos("u", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 1.0, 60_000.0, 60_000.0)],
                    {"USDE": 10_000.0, "BTC": 1.0}, [market], {"BTC": 60_000.0})


def test_a_stablecoin_moves_only_when_a_move_names_it():
    """10,000 USDe at par: a depeg of −35 % named explicitly costs 3,500 USD; a BTC move leaves USDe at 1 (BTC
    −10 %: 1 BTC held loses 6,000 and the long 6,000); the account's liquidating move is a BTC move with USDe at
    par: 10,000 + P + (P − 60,000) = 0.005 P → P* = 50,000 / 1.995."""
    snap = _with_usde()
    base = portfolio_at(snap, {}).equity_usd["u"][0]
    assert base == pytest.approx(70_000.0)
    assert portfolio_at(snap, {"USDE": np.array([-0.35])}).equity_usd["u"][0] == pytest.approx(base - 3_500.0)
    assert portfolio_at(snap, {"BTC": np.array([-0.1])}).equity_usd["u"][0] == pytest.approx(base - 12_000.0)
    assert only(snap).min_adverse_move_pct == pytest.approx((50_000 / 1.995 / 60_000 - 1) * 100, abs=1e-3)


def test_a_collateral_haircut_revalues_the_collateral_not_the_perps():
    """A 10 % haircut on BTC as collateral: the 1 BTC held loses 6,000; the BTC long's PnL and maintenance do not
    move (a BTC price move of −10 % would cost 12,000 and lower the MM by 30)."""
    snap = _with_usde()
    plain = portfolio_at(snap, {"BTC": np.zeros(1)})
    cut = portfolio_at(snap, {"BTC": np.zeros(1)}, revalue={"BTC": np.array([-0.1])})
    assert cut.equity_usd["u"][0] - plain.equity_usd["u"][0] == pytest.approx(-6_000.0)
    assert cut.maintenance_margin_usd["u"][0] == pytest.approx(plain.maintenance_margin_usd["u"][0])


def test_a_depeg_lowers_the_collateral_through_the_venue_haircut():
    """Binance Multi-Assets with USDe valued at 90 % (a table entry given here): USDe at 0.65 costs 3,500 of equity
    and 0.9 × 3,500 = 3,150 of collateral value."""
    snap = _with_usde("multi_assets", (flat("USDE", 0.9), flat("BTC", 0.95)))
    plain = portfolio_at(snap, {})
    cut = portfolio_at(snap, {}, revalue={"USDE": np.array([-0.35])})
    assert cut.equity_usd["u"][0] - plain.equity_usd["u"][0] == pytest.approx(-3_500.0)
    assert cut.collateral_value_usd["u"][0] - plain.collateral_value_usd["u"][0] == pytest.approx(-3_150.0)


@pytest.mark.parametrize("preset", ["collateral-haircut", "2025-10-10-crash"])
def test_the_2025_10_10_presets_change_the_equity_of_an_account_holding_usde(preset):
    """The presets price USDe 35 % below par (USDe $0.65 on Binance, 2025-10-10): 10,000 USDe added to the demo's
    Binance account lose 3,500 USD of equity at the preset's shock, with and without the cascade, against the same
    preset without its haircuts (same market moves)."""
    from core.demo import load_demo_snapshot

    demo = load_demo_snapshot(NOW)
    snap = replace(demo, balances=demo.balances + (Balance("binance-main", "USDE", 10_000.0),))
    scenario = find_scenario(preset)
    assert any(h.asset == "USDE" and h.haircut == 0.35 for h in scenario.collateral_haircuts)
    cut = whatif_on_snapshot(snap, scenario)
    plain = whatif_on_snapshot(snap, replace(scenario, collateral_haircuts=()))
    assert cut.outcome is not None and plain.outcome is not None
    for a_cut, a_plain in zip(cut.outcome.accounts, plain.outcome.accounts):
        change = a_cut.equity_without_cascade_usd - a_plain.equity_without_cascade_usd
        change_cascade = a_cut.equity_with_cascade_usd - a_plain.equity_with_cascade_usd
        expected = -3_500.0 if a_cut.account_id == "binance-main" else 0.0
        assert change == pytest.approx(np.full(1, expected), abs=1e-6)
        assert change_cascade == pytest.approx(np.full(1, expected), abs=1e-6)
