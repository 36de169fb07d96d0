"""Account risk by each venue's rules against the venue's own published worked examples (issue 13, acceptance 1 and 3).

Every account is built the way a synced account arrives: ccxt-shaped position and balance bundles through
``core.exchanges.normalize`` (``positions_from_bundle``, ``balances_from_ccxt``), an ``Account`` whose
``AccountMargin`` carries the mode and the collateral rules as the venue probe stores them, market states with the
example's tiers, one ``PortfolioSnapshot``; then ``core.risk.assess_accounts`` (and ``assess_positions`` where the
example publishes liquidation prices).

Sources, inputs and the published numbers: ``tests/core/account_mode_examples.md`` (one section per example; §9
lists the modes with no complete published example yet, the searches run and what each best hit lacked).
Expected values are the venue's published figures, or (acceptance 3, the Bybit tier rule) computed here from the
venue's published rule by code that does not touch ``core.risk``.

Units: ``*_usd`` USD; rates are fractions (0.95 = valued at 95 %); ``min_adverse_move_pct`` in % of the driver
asset's price, signed (negative = down).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

from core.exchanges.normalize import balances_from_ccxt, positions_from_bundle, tiers_from_ccxt
from core.liquidation.tiers import single_tier
from core.model import (
    Account,
    AccountMargin,
    CollateralRule,
    CollateralTier,
    LeverageTier,
    MarketState,
    PortfolioSnapshot,
)
from core.risk import AccountRisk, assess_accounts, assess_positions

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
INF = math.inf

# TV-BN-C1 (reference/liquidation.md §10): a Binance BTCUSDT bracket table (floor, cap, MMR, max leverage, cum).
TV_BN_C1 = [
    (0, 50_000, 0.004, 125, 0), (50_000, 250_000, 0.005, 100, 50), (250_000, 1_000_000, 0.01, 50, 1_300),
    (1_000_000, 7_500_000, 0.025, 20, 16_300), (7_500_000, 40_000_000, 0.05, 10, 203_800),
    (40_000_000, 100_000_000, 0.10, 5, 2_203_800), (100_000_000, 200_000_000, 0.125, 4, 4_703_800),
    (200_000_000, 400_000_000, 0.15, 3, 9_703_800), (400_000_000, 600_000_000, 0.25, 2, 49_703_800),
    (600_000_000, 1_000_000_000, 0.50, 1, 199_703_800),
]


# --- building a synced account --------------------------------------------------------------------------------
def ccxt_position(symbol: str, side: str, contracts: float, entry: float, mark: float, upnl: float, *,
                  margin_mode: str = "cross", contract_size: float = 1.0, liquidation: float | None = None,
                  collateral: float | None = None, leverage: float | None = None) -> dict[str, Any]:
    """A ccxt unified position (the fields ``normalize.position_from_ccxt`` reads)."""
    return {"info": {}, "symbol": symbol, "side": side, "contracts": contracts, "contractSize": contract_size,
            "entryPrice": entry, "markPrice": mark, "unrealizedPnl": upnl, "marginMode": margin_mode,
            "liquidationPrice": liquidation, "collateral": collateral, "leverage": leverage, "hedged": False,
            "maintenanceMarginPercentage": None, "notional": None}


def ccxt_balance(totals: Mapping[str, float]) -> dict[str, Any]:
    """A ccxt balance with only ``total`` filled, in asset units (uPnL inside: ``Venue.balance_includes_upnl``)."""
    return {"info": {}, "total": dict(totals), "free": {}, "used": {}}


def ccxt_market(symbol: str, *, inverse: bool = False, contract_size: float = 1.0) -> dict[str, Any]:
    settle = symbol.split(":")[1].split("-")[0]
    return {"symbol": symbol, "contractSize": contract_size, "inverse": inverse, "linear": not inverse,
            "settle": settle, "contract": True}


def flat(asset: str, rate: float) -> CollateralRule:
    """A flat haircut (Binance Multi-Assets / PM collateral rate): one band from 0 to infinity."""
    return CollateralRule(asset, (CollateralTier(0.0, INF, rate),))


def binance_tiers(rows: Sequence[tuple[float, float, float, float, float]] = TV_BN_C1) -> tuple[LeverageTier, ...]:
    """Brackets as ccxt's fetchLeverageTiers gives them (``cum`` only in ``info``), through the synced path."""
    raw = [{"tier": i + 1, "currency": "USDT", "minNotional": lo, "maxNotional": hi, "maintenanceMarginRate": mmr,
            "maxLeverage": lev, "info": {"bracket": str(i + 1), "cum": str(cum)}}
           for i, (lo, hi, mmr, lev, cum) in enumerate(rows)]
    return tiers_from_ccxt("binanceusdm", raw)


def market(venue: str, symbol: str, mark: float, tiers: tuple[LeverageTier, ...], *, inverse: bool = False,
           contract_size: float = 1.0, taker_fee: float | None = None) -> MarketState:
    return MarketState(venue, symbol, mark, tiers=tiers, tiers_fetched_at=NOW, contract_size=contract_size,
                       inverse=inverse, taker_fee_rate=taker_fee)


def synced_snapshot(account: Account, positions: Sequence[Mapping[str, Any]], totals: Mapping[str, float],
                    markets: Sequence[MarketState], prices_usd: Mapping[str, float]) -> PortfolioSnapshot:
    """The snapshot a sync of ``account`` produces from these ccxt bundles."""
    ccxt_markets = {m.symbol: ccxt_market(m.symbol, inverse=m.inverse, contract_size=m.contract_size)
                    for m in markets}
    bundle = {"positions": list(positions), "balance": ccxt_balance(totals), "leverages": {}}
    return PortfolioSnapshot(
        taken_at=NOW, accounts=(account,),
        positions=positions_from_bundle(account, bundle, ccxt_markets),
        balances=balances_from_ccxt(account, bundle["balance"]),
        markets=tuple(markets), prices_usd=dict(prices_usd))


def account_risk(snapshot: PortfolioSnapshot, account_id: str) -> AccountRisk:
    (risk,) = [r for r in assess_accounts(snapshot) if r.account_id == account_id]
    return risk


# --- 1. Binance USD-M single-asset cross: TV-BN-1/2 --------------------------------------------------------------
def test_binance_single_asset_faq_cross_example():
    """Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts" (b3c689c1f50a44cabb3a84e663b81d93),
    cross worked example = TV-BN-1/2 (reference/liquidation.md §10; account_mode_examples.md §1).

    Published: BTC MM 71,200.811444 and uPnL −56,354.57, ETH MM 356,512.508122 and uPnL −448,192.885 (wallet
    1,535,443.01); liquidation prices ETH 1,153.26 and BTC 26,316.89 with the other position at its mark.
    Margin balance, total MM and their ratio are sums / the quotient of those published figures.
    """
    acct = Account("bn-faq", "binanceusdm", "Binance FAQ cross example",
                   margin=AccountMargin(mode="single_asset", position_mode="one_way"))
    positions = [
        ccxt_position("BTC/USDT:USDT", "long", 109.488, 32_481.98, 31_967.27, -56_354.57, liquidation=26_316.89),
        ccxt_position("ETH/USDT:USDT", "long", 3_683.979, 1_456.84, 1_335.18, -448_192.885, liquidation=1_153.26),
    ]
    margin_balance = 1_535_443.01 - 56_354.57 - 448_192.885  # Binance futures balance total = wallet + uPnL
    markets = [market("binanceusdm", "BTC/USDT:USDT", 31_967.27, binance_tiers()),
               market("binanceusdm", "ETH/USDT:USDT", 1_335.18, single_tier(0.10, 135_365))]
    snap = synced_snapshot(acct, positions, {"USDT": margin_balance}, markets, {})

    r = account_risk(snap, "bn-faq")
    published_mm = 71_200.811444 + 356_512.508122
    assert r.mode == "single_asset"
    assert r.collateral_value_usd == pytest.approx(1_030_895.555, abs=0.01)  # no haircut in single-asset mode
    assert r.maintenance_margin_usd == pytest.approx(published_mm, abs=1e-5)
    assert r.venue_ratio == pytest.approx(published_mm / 1_030_895.555, rel=1e-8)  # MM ÷ margin balance
    # The liquidation condition of the example: each cross price with the other position held at its mark.
    by_symbol = {p.position.symbol: p for p in assess_positions(snap)}
    assert by_symbol["ETH/USDT:USDT"].liquidation_price == pytest.approx(1_153.26, abs=0.005)
    assert by_symbol["BTC/USDT:USDT"].liquidation_price == pytest.approx(26_316.89, abs=0.005)


# --- 2./3. Binance USD-M Multi-Assets mode --------------------------------------------------------------------------
USDT_BID, USDT_ASK = 0.9801, 0.99495  # the FAQ's USDTUSD bid and ask rates (index 0.99, buffers 0.01 / 0.005)


def test_binance_multi_assets_faq_margin_ratio_example():
    """Binance FAQ "How to Calculate Margin Ratio in the Multi-Assets Mode?" (c983a9268cfa4e70a4916c276bb3b7bc),
    case 2 "With open positions" (account_mode_examples.md §2).

    Published: Account Equity = 200 × 0.9801 + 220 × 1 = 416.02; Account Maintenance Margin = 199.596;
    Margin Ratio = 199.596 / 416.02 = 47.98 %; all positions liquidated when it reaches 100 %.
    USDT is encoded as price = ask rate and haircut = bid / ask, the page's min(eq × bid, eq × ask) exactly.
    """
    margin = AccountMargin(mode="multi_assets", position_mode="one_way", margin_ratio=0.4798,
                           collateral=(flat("USDT", USDT_BID / USDT_ASK), flat("USDC", 1.0)),
                           collateral_as_of=NOW, collateral_source="Binance FAQ c983a9268 (example rates)")
    acct = Account("bn-ma-faq", "binanceusdm", "Multi-Assets FAQ", margin=margin)
    positions = [ccxt_position("BTC/USDT:USDT", "long", 0.5, 20_000.0, 20_000.0, 0.0, leverage=100),
                 ccxt_position("ETH/USDC:USDC", "long", 20.0, 600.0, 600.0, 0.0, leverage=50)]
    markets = [market("binanceusdm", "BTC/USDT:USDT", 20_000.0, single_tier(0.008, 0.0, 100)),
               market("binanceusdm", "ETH/USDC:USDC", 600.0, single_tier(0.01, 0.0, 50))]
    snap = synced_snapshot(acct, positions, {"USDT": 200.0, "USDC": 220.0}, markets,
                           {"USDT": USDT_ASK, "USDC": 1.0})

    r = account_risk(snap, "bn-ma-faq")
    assert r.mode == "multi_assets"
    assert r.collateral_value_usd == pytest.approx(416.02, abs=5e-3)
    assert r.maintenance_margin_usd == pytest.approx(199.596, abs=5e-4)
    assert r.venue_ratio == pytest.approx(0.47977, abs=1e-5)  # published "0.47977 = 47.98 %" (truncated)
    assert r.liquidates_at == pytest.approx(1.0)
    assert r.whole_account
    assert r.venue_ratio_reported == pytest.approx(0.4798)
    assert not r.reported_disagrees


def test_binance_multi_assets_faq_haircut_example():
    """Binance FAQ "What Is Multi-Assets Mode" (29b45c485d664028b9ca1cdf90b24f6f) and trading rules
    "multi-asset-info" (account_mode_examples.md §3): BTC/ETH/BNB valued at 95 %, XRP/ADA/DOT at 90 %;
    "BNB with a market value of $1000 will be valued at $950 and ADA with a market value of $1,000 will be valued
    at $900"."""
    rules = (flat("BTC", 0.95), flat("ETH", 0.95), flat("BNB", 0.95), flat("XRP", 0.90), flat("ADA", 0.90),
             flat("DOT", 0.90), flat("USDT", 0.9999), flat("USDC", 0.9999))
    acct = Account("bn-ma-cut", "binanceusdm", "Multi-Assets haircuts",
                   margin=AccountMargin(mode="multi_assets", position_mode="one_way", collateral=rules,
                                        collateral_as_of=NOW, collateral_source="multi-asset-info"))
    # $1,000 of BNB (2 × 500) and $1,000 of ADA (2,000 × 0.5) in the USD-M futures wallet
    snap = synced_snapshot(acct, [], {"BNB": 2.0, "ADA": 2_000.0}, [], {"BNB": 500.0, "ADA": 0.5})

    r = account_risk(snap, "bn-ma-cut")
    assert r.mode == "multi_assets"
    assert r.equity_usd == pytest.approx(2_000.0)  # market value, before the haircut
    assert r.collateral_value_usd == pytest.approx(950.0 + 900.0)


# --- 4. Acceptance 3: Binance Multi-Assets with BTC collateral, against an independent brute-force solver ------------
BTC_RATE, USDT_RATE = 0.95, 0.9999  # Binance multi-asset-info collateral value ratios (§3)


def _bracket(notional: float) -> tuple[float, float]:
    """(MMR, cum) of the TV-BN-C1 bracket holding ``notional``: the highest floor ≤ notional."""
    mmr, cum = TV_BN_C1[0][2], TV_BN_C1[0][4]
    for floor, _cap, rate, _lev, amount in TV_BN_C1:
        if notional >= floor:
            mmr, cum = rate, amount
    return mmr, cum


def _multi_assets_rule(btc_held: float, usdt_wallet: float, sign: int, qty: float, entry: float, btc_rate: float,
                       ) -> Callable[[float], tuple[float, float, float]]:
    """Binance's published Multi-Assets rule for one BTC collateral holding plus one BTCUSDT perp, written out
    plainly: at BTC price ``p`` returns (equity before haircuts, equity after haircuts, maintenance margin), USD.

    Asset equity of USDT = wallet + the perp's uPnL (USDT-settled); of BTC = the BTC held. Each asset counts
    min(eq × price × rate, eq × price) (a haircut only on positive equity); USDT at 1 USD. MM = notional × MMR − cum,
    the bracket at the notional. Liquidation: MM ≥ equity after haircuts (margin ratio 100 %).
    """
    def at(p: float) -> tuple[float, float, float]:
        usdt_eq = usdt_wallet + sign * qty * (p - entry)
        btc_usd = btc_held * p
        raw = btc_usd + usdt_eq
        adjusted = min(btc_usd * btc_rate, btc_usd) + min(usdt_eq * USDT_RATE, usdt_eq)
        notional = qty * p
        mmr, cum = _bracket(notional)
        return raw, adjusted, notional * mmr - cum
    return at


def _brute_force_move_pct(rule: Callable[[float], tuple[float, float, float]], p0: float) -> float | None:
    """Smallest signed move (%) of the BTC price that liquidates: scan both directions in steps of 0.01 % of the
    price, then halve the last bracket 60 times. None if neither direction liquidates within −99.9 % … +500 %."""
    def dead(move: float) -> bool:
        _raw, adjusted, mm = rule(p0 * (1.0 + move))
        return adjusted <= mm

    best: float | None = None
    for direction, limit in ((-1, 0.999), (1, 5.0)):
        steps = int(limit / 1e-4)
        for k in range(1, steps + 1):
            if dead(direction * k * 1e-4):
                lo, hi = (k - 1) * 1e-4, k * 1e-4
                for _ in range(60):
                    mid = (lo + hi) / 2
                    lo, hi = (lo, mid) if dead(direction * mid) else (mid, hi)
                if best is None or hi < abs(best):
                    best = direction * hi
                break
    return None if best is None else best * 100.0


@pytest.mark.parametrize("side,qty,entry,usdt_wallet", [
    ("long", 2.0, 58_000.0, 10_000.0),   # 1 BTC collateral + a 2 BTC long: liquidates on the way down
    ("short", 3.0, 60_000.0, 20_000.0),  # 1 BTC collateral hedging a 3 BTC short: liquidates on the way up
])
def test_binance_multi_assets_btc_collateral_matches_brute_force(side, qty, entry, usdt_wallet):
    """Acceptance 3 (account_mode_examples.md §4). A Binance USD-M Multi-Assets account holding 1 BTC in the
    futures wallet (valued at 95 %, Binance multi-asset-info / FAQ 29b45c48), USDT (99.99 %) and a BTCUSDT perp
    (TV-BN-C1 brackets). Expected equity, MM and liquidating BTC move come from the venue's published rule
    (FAQ c983a9268: equity = Σ min(assetEquity × bid, assetEquity × ask), liquidation at margin ratio 100 %),
    evaluated by the brute-force scan above, which does not call core.risk."""
    p0, sign = 60_000.0, 1 if side == "long" else -1
    upnl = sign * qty * (p0 - entry)
    rules = (flat("BTC", BTC_RATE), flat("ETH", 0.95), flat("BNB", 0.95), flat("USDT", USDT_RATE),
             flat("USDC", 0.9999))
    acct = Account("bn-ma-btc", "binanceusdm", "Multi-Assets with BTC collateral",
                   margin=AccountMargin(mode="multi_assets", position_mode="one_way", collateral=rules,
                                        collateral_as_of=NOW, collateral_source="multi-asset-info"))
    positions = [ccxt_position("BTC/USDT:USDT", side, qty, entry, p0, upnl)]
    totals = {"BTC": 1.0, "USDT": usdt_wallet + upnl}  # Binance futures balance total = wallet + uPnL per asset
    snap = synced_snapshot(acct, positions, totals, [market("binanceusdm", "BTC/USDT:USDT", p0, binance_tiers())],
                           {"BTC": p0, "USDT": 1.0})

    rule = _multi_assets_rule(1.0, usdt_wallet, sign, qty, entry, BTC_RATE)
    raw, adjusted, mm = rule(p0)
    expected_move = _brute_force_move_pct(rule, p0)
    unhaircut_move = _brute_force_move_pct(_multi_assets_rule(1.0, usdt_wallet, sign, qty, entry, 1.0), p0)
    assert expected_move is not None and unhaircut_move is not None
    assert abs(expected_move - unhaircut_move) > 0.5  # the haircut moves the answer: the check can tell

    r = account_risk(snap, "bn-ma-btc")
    assert r.mode == "multi_assets"
    assert r.equity_usd == pytest.approx(raw, rel=1e-9)
    assert r.collateral_value_usd == pytest.approx(adjusted, rel=1e-9)
    assert r.maintenance_margin_usd == pytest.approx(mm, rel=1e-9)
    assert r.venue_ratio == pytest.approx(mm / adjusted, rel=1e-9)
    assert r.min_adverse_move_pct is not None
    assert r.min_adverse_move_pct == pytest.approx(expected_move, abs=0.02)


# --- 5. Binance Portfolio Margin: uniMMR -------------------------------------------------------------------------
def test_binance_portfolio_margin_pro_example_unimmr():
    """Binance FAQ "Binance Portfolio Margin Pro Maintenance Margin Ratio Calculation"
    (5e33af8e6ac04d57a1d0a3398e0a0752), "Collateral Calculation and Liquidation Example" (account_mode_examples.md §5).

    Published: Unified Account Equity = (6,186 × 0.99 × 1.001) + (0.11 × 40,000 × 0.95) + (5 × 2,100 × 0.95)
    = 20,285.26; futures MM 18.4 USDT (UM, at USDT index 1.001) and 0.00125 BTC (COIN-M; the page's 0.00525 BTC
    less the 0.004 BTC margin-loan MM); "100 % < uniMMR ≤ 105 %: Liquidation will take place".
    The snapshot has no margin-loan field: balances are the example's net equities (USDT 6,186, BTC 0.11, ETH 5)
    and the loans' MM (0.004 BTC, 1.5 ETH) is left out; uniMMR = equity ÷ MM by the page's formula.
    """
    rules = (flat("USDT", 0.99), flat("BTC", 0.95), flat("ETH", 0.95))
    acct = Account("bn-pm", "binanceusdm", "Portfolio Margin Pro example",
                   margin=AccountMargin(mode="portfolio_margin", position_mode="one_way", collateral=rules,
                                        collateral_as_of=NOW, collateral_source="papi collateralRate"))
    positions = [
        ccxt_position("BTC/USDT:USDT", "short", 0.05, 52_000.0, 40_000.0, 600.0),
        ccxt_position("BTC/USDT:USDT-220624", "long", 0.04, 52_350.0, 42_000.0, -414.0),
        # COIN-M BTCUSD_PERP: 10,000 USD long = 100 contracts of 100 USD; uPnL in BTC
        ccxt_position("BTC/USD:BTC", "long", 100.0, 50_000.0, 40_000.0, 10_000 / 50_000 - 10_000 / 40_000,
                      contract_size=100.0),
    ]
    # ccxt papi balance total = totalWalletBalance + UM uPnL + CM uPnL (net of the example's loans, see docstring)
    totals = {"USDT": 1_000.0 + 5_000.0 + 600.0 - 414.0, "BTC": 0.1 - 0.04 + 0.1 - 0.05, "ETH": 20.0 - 15.0}
    markets = [market("binanceusdm", "BTC/USDT:USDT", 40_000.0, single_tier(0.005)),
               market("binanceusdm", "BTC/USDT:USDT-220624", 42_000.0, single_tier(0.005)),
               market("binanceusdm", "BTC/USD:BTC", 40_000.0, single_tier(0.005), inverse=True, contract_size=100.0)]
    snap = synced_snapshot(acct, positions, totals, markets, {"USDT": 1.001, "BTC": 40_000.0, "ETH": 2_100.0})

    r = account_risk(snap, "bn-pm")
    futures_mm = 18.4 * 1.001 + 0.00125 * 40_000.0
    assert r.mode == "portfolio_margin"
    assert r.collateral_value_usd == pytest.approx(20_285.26, abs=0.005)
    assert r.maintenance_margin_usd == pytest.approx(futures_mm, rel=1e-9)
    assert r.venue_ratio == pytest.approx(20_285.26414 / futures_mm, rel=1e-6)  # uniMMR = equity ÷ MM
    assert r.liquidates_at == pytest.approx(1.05)
    assert r.whole_account


# --- 6. Bybit UTA cross: tiered collateral value ratios ---------------------------------------------------------------
BYBIT_BTC_CVR = ((0, 10, 0.98), (10, 20, 0.95), (20, 30, 0.90), (30, 40, 0.85), (40, 50, 0.80), (50, INF, 0.0))


def test_bybit_uta_cross_tiered_collateral_value_ratio():
    """Bybit help "Understanding Collateral Value Ratios in Unified Trading Account" (Assets-Collateral-Value-Ratio-
    List-UTA, 2025-09-18) and "Key Terms and Formulas in Unified Trading Account" (account_mode_examples.md §6).

    The page's worked numbers are cut off in the stored copies, so this is a rule check with the page's own tier
    table (BTC by quantity: 0–10 at 0.98, >10–20 at 0.95, …; USDT 1): margin balance = Σ asset × USD index ×
    CVR (marginal bands) + UPL; account MM rate = total MM ÷ margin balance; liquidation at 100 %, whole account.
    BTCUSDT MMR 0.5 % (Bybit "Maintenance Margin (USDT Contract)"); taker fee 0 so no closing-fee term can enter.
    """
    btc_rule = CollateralRule("BTC", tuple(CollateralTier(lo, hi, rate) for lo, hi, rate in BYBIT_BTC_CVR),
                              unit="asset")
    acct = Account("by-uta", "bybit", "Bybit UTA cross",
                   margin=AccountMargin(mode="unified_cross", position_mode="one_way",
                                        collateral=(btc_rule, flat("USDT", 1.0)), collateral_as_of=NOW,
                                        collateral_source="/v5/account/collateral-info"))
    positions = [ccxt_position("BTC/USDT:USDT", "long", 1.0, 60_000.0, 60_000.0, 0.0)]
    markets = [market("bybit", "BTC/USDT:USDT", 60_000.0, single_tier(0.005), taker_fee=0.0)]
    # Bybit balance total = walletBalance (no uPnL in it)
    snap = synced_snapshot(acct, positions, {"BTC": 15.0, "USDT": 10_000.0}, markets,
                           {"BTC": 60_000.0, "USDT": 1.0})

    margin_balance = (10 * 0.98 + 5 * 0.95) * 60_000.0 + 10_000.0  # 883,000: 10 BTC at 0.98, the next 5 at 0.95
    mm = 60_000.0 * 0.005
    r = account_risk(snap, "by-uta")
    assert r.mode == "unified_cross"
    assert r.equity_usd == pytest.approx(15 * 60_000.0 + 10_000.0)  # Bybit "Total Equity": no collateral ratio
    assert r.collateral_value_usd == pytest.approx(margin_balance, rel=1e-12)
    assert r.maintenance_margin_usd == pytest.approx(mm, rel=1e-12)
    assert r.venue_ratio == pytest.approx(mm / margin_balance, rel=1e-9)
    assert r.liquidates_at == pytest.approx(1.0)
    assert r.whole_account


# --- 7. OKX multi-currency margin: discount rates ----------------------------------------------------------------
@pytest.mark.parametrize("case,totals,prices,rules,published", [
    ("btc-and-zrx", {"BTC": 1.0, "ZRX": 50_000.0}, {"BTC": 50_000.0, "ZRX": 0.2},
     (CollateralRule("BTC", (CollateralTier(0.0, INF, 1.0),)), CollateralRule("ZRX", (CollateralTier(0.0, INF, 0.0),))),
     50_000.0),
    ("usdt-bands", {"USDT": 11_000_000.0}, {"USDT": 1.0},
     (CollateralRule("USDT", (CollateralTier(0.0, 5e6, 1.0), CollateralTier(5e6, 1e7, 0.9),
                              CollateralTier(1e7, INF, 0.8))),),
     10_300_000.0),
])
def test_okx_multi_currency_discount_rate_examples(case, totals, prices, rules, published):
    """OKX help "Multi-currency margin mode: cross margin trading" (360054690531), section "Discount rate", read
    through third-party copies of its text (account_mode_examples.md §7): 1 BTC at 50,000 (tier-1 rate 1) plus
    50,000 ZRX (rate 0; its price is not given and does not matter) → 50,000 USD; 11,000,000 USDT with bands
    0–5 M at 1, 5–10 M at 0.9, above at 0.8 → 10,300,000 USD."""
    acct = Account(f"okx-{case}", "okx", f"OKX multi-currency {case}",
                   margin=AccountMargin(mode="multi_currency", position_mode="one_way", collateral=rules,
                                        collateral_as_of=NOW,
                                        collateral_source="/api/v5/public/discount-rate-interest-free-quota"))
    snap = synced_snapshot(acct, [], totals, [], prices)

    r = account_risk(snap, acct.id)
    assert r.mode == "multi_currency"
    assert r.collateral_value_usd == pytest.approx(published, rel=1e-12)


# --- 8. Hyperliquid cross: account value vs maintenance margin ---------------------------------------------------
HL_SOURCE = "freqtrade tests/exchange/test_hyperliquid.py @3b1fb5a, ccxt-reported Hyperliquid liquidationPrice"


@pytest.mark.parametrize("vid,side,size,entry,account_value,reported", [
    ("hl-17", "long", 0.0015, 66_930.0, 20.043862, 54_108.51043771),
    ("hl-11", "short", 0.00069, 68_595.0, 23.64871, 101_849.99354283),
])
def test_hyperliquid_cross_account_against_reported_liquidation(vid, side, size, entry, account_value, reported):
    """Hyperliquid docs "Margin tiers" / "Liquidations": MM = notional × (half the initial margin rate at max
    leverage); a cross account liquidates when its account value falls to the MM. No numeric account example is
    published, so the venue's own output is the liquidation price Hyperliquid reported through ccxt for a real
    BTC position (HL_SOURCE; account_mode_examples.md §8), the position alone in a cross account whose account
    value is its collateral; BTC max leverage 50 → MMR 1 %."""
    acct = Account(f"hl-{vid}", "hyperliquid", f"Hyperliquid {vid}", quote="USDC",
                   margin=AccountMargin(mode="standard"))
    positions = [ccxt_position("BTC/USDC:USDC", side, size, entry, entry, 0.0, collateral=account_value,
                               liquidation=reported, leverage=50)]
    hl_tiers = tiers_from_ccxt("hyperliquid", [{"tier": 1, "currency": "USDC", "minNotional": 0,
                                                "maxNotional": None, "maxLeverage": 50, "info": {}}])
    snap = synced_snapshot(acct, positions, {"USDC": account_value},
                           [market("hyperliquid", "BTC/USDC:USDC", entry, hl_tiers)], {"USDC": 1.0})

    mm = size * entry / (2 * 50)
    r = account_risk(snap, acct.id)
    assert r.mode == "standard"
    assert r.collateral_value_usd == pytest.approx(account_value, rel=1e-12)
    assert r.maintenance_margin_usd == pytest.approx(mm, rel=1e-12)
    assert r.venue_ratio == pytest.approx(mm / account_value, rel=1e-9)  # MM ÷ account value
    expected_move = (reported / entry - 1.0) * 100.0
    assert r.min_adverse_move_pct == pytest.approx(expected_move, abs=0.01), f"{vid}: {HL_SOURCE}"
    (p,) = assess_positions(snap)
    assert p.liquidation_price == pytest.approx(reported, rel=1e-4), f"{vid}: {HL_SOURCE}"
