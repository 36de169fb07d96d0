"""What can move to cold storage, by each account's own margin rules (``core.custody.movable``).

Every expected amount is a closed form worked out by hand in the test's docstring from the account's numbers and the
venue's published collateral rates (``tests/core/account_mode_examples.md`` §3 and §6: Binance Multi-Assets "BNB
with a market value of $1,000 will be valued at $950", USDT at 99.99 %; Bybit's collateral value ratio tiers by
quantity, BTC 0–10: 0.98, >10–20: 0.95, >20–30: 0.9). No expected number calls the code under test.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from core.custody.movable import BEYOND_BUFFER, NOT_MARGIN, cold_storage_plan, destination
from core.custody.split import collateral_not_needed_usd, custody_split, movable_to_cold
from core.liquidation.tiers import single_tier
from core.model import (
    Account,
    AccountMargin,
    Balance,
    CollateralRule,
    CollateralTier,
    CustodyClass,
    MarginMode,
    MarketState,
    PortfolioSnapshot,
    Position,
    Side,
    Wallet,
)

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)
INF = math.inf
VAULT = Wallet("vault", "Vault", "btc-descriptor", "wpkh(...)", "Trezor", CustodyClass.HARDWARE_WALLET, "bitcoin")
HOT = Wallet("hot", "Phone", "btc-address", "bc1q...", "other", CustodyClass.SOFTWARE_WALLET, "bitcoin")
TEST_VAULT = Wallet("tvault", "A testnet vault", "btc-descriptor", "wpkh(...)", "Trezor",
                    CustodyClass.HARDWARE_WALLET, "bitcoin-testnet")
ETH_ADDRESS = Wallet("eth", "ETH address", "evm-address", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "other",
                     CustodyClass.SOFTWARE_WALLET, "ethereum")


def flat(asset: str, rate: float) -> CollateralRule:
    return CollateralRule(asset, (CollateralTier(0.0, INF, rate),))


def position(account: str, venue: str, qty: float, price: float, leverage: float | None,
             mode: MarginMode = MarginMode.CROSS, isolated_margin: float | None = None) -> Position:
    return Position(account, venue, "BTC/USDT:USDT", Side.LONG, qty, 1.0, price, price, mode, leverage=leverage,
                    isolated_margin=isolated_margin, settle="USDT")


def snapshot(account: Account, positions: tuple[Position, ...], balances: tuple[Balance, ...],
             prices: dict[str, float], mmr: float = 0.005, wallets: tuple[Wallet, ...] = (VAULT,)) -> PortfolioSnapshot:
    markets = tuple(MarketState(account.venue, p.symbol, p.mark_price, tiers=single_tier(mmr), tiers_fetched_at=NOW)
                    for p in positions)
    return PortfolioSnapshot(taken_at=NOW, accounts=(account,), positions=positions, balances=balances,
                             markets=markets, wallets=wallets, prices_usd=prices)


def plan_of(snap: PortfolioSnapshot, buffer: float = 3.0):
    (excess,) = cold_storage_plan(snap, buffer)
    return excess


def test_classic_account_moves_coins_first_then_stablecoins_and_keeps_three_times_the_margin():
    """Mode not detected (classic rules: every coin at 100 %). 0.1 BTC (6,000 USD) + 2,000 USDT; a 0.01 BTC long at
    5x: initial margin 600 / 5 = 120; kept 3 × 120 = 360; free 8,000 − 360 = 7,640. BTC leaves first (0.1 BTC,
    6,000), then 7,640 − 6,000 = 1,640 USDT: together they leave exactly 360."""
    acct = Account("ex", "okx", "OKX main", MarginMode.CROSS)
    snap = snapshot(acct, (position("ex", "okx", 0.01, 60_000, 5),),
                    (Balance("ex", "USDT", 2_000, free=2_000), Balance("ex", "BTC", 0.1, free=0.1)),
                    {"BTC": 60_000.0})
    excess = plan_of(snap)
    assert excess.margin_needed_usd == pytest.approx(120.0)
    assert excess.keep_usd == pytest.approx(360.0)
    assert [(m.asset, m.amount) for m in excess.moves] == [("BTC", pytest.approx(0.1)), ("USDT", 1_640.0)]
    assert excess.moves[0].wallet == VAULT and excess.moves[1].wallet is None  # no wallet watched takes USDT
    assert str(excess.moves[0].action(6)) == "Move 0.1 BTC from OKX main to Vault, receive address #6"
    assert str(excess.moves[1].action()).startswith("Move 1,640 USDT from OKX main to a cold wallet: first watch")
    # the split's figure and the dialog's amount are the same plan
    assert collateral_not_needed_usd(snap, "ex", multiple=3.0) == pytest.approx(6_000 + 1_640)
    assert movable_to_cold(snap, "ex", "USDT") == pytest.approx(1_640)
    # the buffer is the setting: at 5x, 5 × 120 = 600 stays
    assert plan_of(snap, 5.0).moves[1].amount == pytest.approx(8_000 - 5 * 120 - 6_000)
    assert custody_split(snap, margin_multiple=3.0).collateral_not_needed_usd == {"ex": pytest.approx(7_640)}


def test_buffer_below_one_is_refused():
    acct = Account("ex", "okx", "OKX main")
    with pytest.raises(ValueError, match="at least 1"):
        cold_storage_plan(snapshot(acct, (), (Balance("ex", "USDT", 10),), {}), 0.5)


def test_binance_multi_assets_haircut_moves_the_collateral_value_not_the_market_value():
    """Binance Multi-Assets: BNB counts at 95 % ("BNB with a market value of $1,000 will be valued at $950"), USDT
    at 99.99 %. 20 BNB at 500 (counted 9,500) + 1,000 USDT (counted 999.90); a 1 BTC long at 60,000, 20x: initial
    margin 3,000 (> maintenance 0.5 % × 60,000 = 300), kept 9,000. Free collateral value 10,499.90 − 9,000 =
    1,499.90; each BNB withdrawn takes 500 × 0.95 = 475 of it: 1,499.90 / 475 = 3.157684210… BNB (8 decimals, down).
    Counted at 100 % it would have been (11,000 − 9,000) / 500 = 4 BNB, which would leave the account below its
    buffer by the venue's own valuation."""
    rules = (flat("BTC", 0.95), flat("BNB", 0.95), flat("USDT", 0.9999), flat("USDC", 0.9999))
    acct = Account("bn", "binanceusdm", "Binance MA", margin=AccountMargin(mode="multi_assets", collateral=rules))
    snap = snapshot(acct, (position("bn", "binanceusdm", 1.0, 60_000, 20),),
                    (Balance("bn", "BNB", 20.0), Balance("bn", "USDT", 1_000.0)), {"BNB": 500.0, "BTC": 60_000.0})
    excess = plan_of(snap)
    assert excess.collateral_value_usd == pytest.approx(20 * 500 * 0.95 + 1_000 * 0.9999)
    assert excess.keep_usd == pytest.approx(9_000.0)
    (move,) = excess.moves  # nothing is left for USDT
    assert move.asset == "BNB" and move.reason == BEYOND_BUFFER
    assert move.amount == math.floor((20 * 500 * 0.95 + 1_000 * 0.9999 - 9_000) / (500 * 0.95) * 1e8) / 1e8
    assert move.rate == pytest.approx(0.95)
    assert "counts BNB at 95 %" in str(move.why)
    assert move.wallet is None  # no watched wallet takes BNB


def test_bybit_tiered_collateral_leaves_from_the_top_band_first():
    """Bybit UTA cross, collateral value ratio by quantity: BTC 0–10 at 0.98, >10–20 at 0.95, >20–30 at 0.9 (Bybit help
    "Understanding Collateral Value Ratios", account_mode_examples.md §6). 25 BTC at 60,000 count
    (10 × 0.98 + 10 × 0.95 + 5 × 0.9) × 60,000 = 1,428,000; with 10,000 USDT, 1,438,000. A 10 BTC long at 10x needs
    60,000 initial margin: kept 180,000, free 1,258,000. The top 5 BTC take 5 × 0.9 × 60,000 = 270,000, the next 10
    take 570,000; the remaining 418,000 come from the 0.98 band: 418,000 / 58,800 = 7.108843537… BTC. Total
    22.10884353 BTC."""
    btc = CollateralRule("BTC", (CollateralTier(0, 10, 0.98), CollateralTier(10, 20, 0.95),
                                 CollateralTier(20, 30, 0.9), CollateralTier(30, 40, 0.85),
                                 CollateralTier(40, 50, 0.8), CollateralTier(50, INF, 0.0)), unit="asset")
    acct = Account("by", "bybit", "Bybit UTA", margin=AccountMargin(mode="unified_cross",
                                                                    collateral=(btc, flat("USDT", 1.0))))
    snap = snapshot(acct, (position("by", "bybit", 10.0, 60_000, 10),),
                    (Balance("by", "BTC", 25.0), Balance("by", "USDT", 10_000.0)), {"BTC": 60_000.0})
    excess = plan_of(snap)
    assert excess.collateral_value_usd == pytest.approx(1_438_000.0)
    assert excess.keep_usd == pytest.approx(180_000.0)
    (move,) = excess.moves
    expected = 15 + (1_258_000 - 270_000 - 570_000) / (60_000 * 0.98)
    assert move.amount == math.floor(expected * 1e8) / 1e8
    assert move.counted_usd == pytest.approx(1_258_000, abs=0.01)


def test_single_asset_mode_moves_coins_that_are_not_margin_even_when_the_margin_is_short():
    """Binance single-asset mode counts only USDT: 0.5 BTC in the wallet backs nothing, so all of it can go, though
    the account holds 1,000 USDT against the 9,000 (3 × 60,000 / 20) it should keep; no USDT moves."""
    acct = Account("bn", "binanceusdm", "Binance", margin=AccountMargin(mode="single_asset"))
    snap = snapshot(acct, (position("bn", "binanceusdm", 1.0, 60_000, 20),),
                    (Balance("bn", "USDT", 1_000.0), Balance("bn", "BTC", 0.5)), {"BTC": 60_000.0})
    excess = plan_of(snap)
    assert excess.keep_usd == pytest.approx(9_000.0) and excess.free_usd < 0
    assert [(m.asset, m.amount, m.reason, m.counted_usd) for m in excess.moves] == [("BTC", 0.5, NOT_MARGIN, 0.0)]
    assert "not margin" in str(excess.moves[0].why)
    assert "less than the $9,000.00 it should keep" in str(excess.summary)


def test_isolated_margin_already_posted_counts_toward_the_buffer():
    """Bybit isolated: 5,000 USDT of which 1,000 is posted to a 1 BTC long at 60x (initial margin 1,000). It should be
    backed by 3 × 1,000 = 3,000; the posted 1,000 counts, so the free wallet (5,000 − 1,000 = 4,000) keeps 2,000 and
    2,000 USDT can move."""
    acct = Account("by", "bybit", "Bybit iso", margin=AccountMargin(mode="unified_isolated"))
    snap = snapshot(acct, (position("by", "bybit", 1.0, 60_000, 60, MarginMode.ISOLATED, isolated_margin=1_000),),
                    (Balance("by", "USDT", 5_000.0, free=4_000.0),), {"BTC": 60_000.0})
    excess = plan_of(snap)
    assert excess.keep_usd == pytest.approx(2_000.0)
    assert [(m.asset, m.amount) for m in excess.moves] == [("USDT", 2_000.0)]


def test_the_venues_free_amount_caps_a_move():
    """No positions: nothing needs to stay, but the venue reports only 300 of 1,000 USDT as free."""
    acct = Account("ex", "okx", "OKX")
    excess = plan_of(snapshot(acct, (), (Balance("ex", "USDT", 1_000.0, free=300.0),), {}))
    assert [(m.asset, m.amount) for m in excess.moves] == [("USDT", 300.0)]
    assert "no open positions" in str(excess.summary)


def test_dust_is_not_suggested():
    acct = Account("ex", "okx", "OKX")
    assert plan_of(snapshot(acct, (), (Balance("ex", "USDT", 9.0),), {})).moves == ()


def test_destination_prefers_a_hardware_wallet_and_never_a_testnet_one():
    wallets = (TEST_VAULT, HOT, VAULT, ETH_ADDRESS)
    assert destination(wallets, "BTC") == VAULT
    assert destination((TEST_VAULT, HOT), "BTC") == HOT
    assert destination((TEST_VAULT,), "BTC") is None
    assert destination(wallets, "ETH") == ETH_ADDRESS and destination(wallets, "USDC") == ETH_ADDRESS
    assert destination(wallets, "SOL") is None
