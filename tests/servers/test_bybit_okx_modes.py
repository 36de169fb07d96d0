"""Bybit and OKX account probes in every account mode: the real ccxt client, through the session, against the
loopback fakes; what is checked is the snapshot the store holds afterwards.

Expected numbers come from the payloads the fakes serve, which are recorded real answers (ccxt's static
fixtures, ``shared/ccxt-fixtures``) or the venues' documented examples, cited where used; no expected value is
computed by the code under test.
"""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy
from core.model import CollateralRule, SourceState
from core.venues import venue_spec
from tests.servers.conftest import T0, add_fake_accounts
from tests.servers.fake_okx import DISCOUNT_BANDS, RECORDED_MCM_DETAILS

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
BYBIT, OKX = "bybit-acct", "okx-acct"
BYBIT_TABLE, OKX_TABLE = "/v5/spot-margin-trade/collateral", "/api/v5/public/discount-rate-interest-free-quota"
INF = math.inf

# Bybit help centre, "Understanding Collateral Value Ratios in Unified Trading Account", example table:
# BTC 0-10: 0.98, >10-20: 0.95, >20-30: 0.9, >30-40: 0.85, >40-50: 0.8, >50: 0; USDT >0: 1 (bands in coin quantity)
BYBIT_HELP_BTC = ((0, 10, 0.98), (10, 20, 0.95), (20, 30, 0.9), (30, 40, 0.85), (40, 50, 0.8), (50, INF, 0.0))
# the recorded unified wallet balance (fixture fetchBalance "balance after availableToWithdraw update")
BYBIT_RECORDED = {"equity": 92255.96988644, "collateral": 90042.2788482, "mm": 7.38826721, "ratio": 0.0}
# the recorded OKX trading balance (fixture fetchBalance "spot balance", first case)
OKX_RECORDED = {"equity": 43749372.50896299, "collateral": 152550.80919105993, "mm": 9.073149592403611,
                "ratio": 15986.632239614408}


async def _sync(session, when=T0):
    await session.sync(when, retry=FAST)
    return session.latest_snapshots(1)[0][1]  # what the store holds


def _bands(rule: CollateralRule) -> tuple[tuple[float, float, float], ...]:
    return tuple((t.floor, t.cap, t.rate) for t in rule.tiers)


def _ranks(snap, account_id):
    return {(p.symbol, p.side.value): p.adl_rank for p in snap.positions_of(account_id)}


def _status(snap, account_id):
    return next(s for s in snap.sources if s.source_id == account_id)


def _assert_no_stray_calls(fakes):
    assert not fakes["bybit"].unknown and not fakes["okx"].unknown, (fakes["bybit"].unknown, fakes["okx"].unknown)


# -- Bybit -----------------------------------------------------------------------------------------------------

BYBIT_CASES = {  # fake mode -> (detected mode, equity, collateral value, maintenance margin, account MM rate)
    "unified_cross": ("unified_cross", *BYBIT_RECORDED.values()),
    # synthetic PM figures served by the fake; Bybit's PM account MM rate is MM / equity (Bybit glossary,
    # "Key Terms and Formulas in Unified Trading Account"): 1245.3 / 92255.96988644 = 0.013498 -> "0.0135"
    "portfolio_margin": ("portfolio_margin", 92255.96988644, 90042.2788482, 1245.3, 0.0135),
    # Bybit's wallet-balance docs: account-wide fields are not applicable to isolated margin and classic
    "unified_isolated": ("unified_isolated", None, None, None, None),
    "classic": ("classic", None, None, None, None),
}


@pytest.mark.parametrize("fake_mode", list(BYBIT_CASES))
async def test_bybit_mode_figures_collateral_and_adl(fakes, session, fake_mode):
    fakes["bybit"].mode = fake_mode
    add_fake_accounts(session, fakes, venues=("bybit",))
    snap = await _sync(session)

    assert _status(snap, BYBIT).state is SourceState.FRESH and _status(snap, BYBIT).error is None
    margin = snap.account(BYBIT).margin
    mode, equity, collateral_value, mm, ratio = BYBIT_CASES[fake_mode]
    assert margin.mode == mode
    assert margin.position_mode == "one_way"  # positionIdx 0 on every row
    assert (margin.equity_usd, margin.collateral_value_usd, margin.maintenance_margin_usd,
            margin.margin_ratio) == (equity, collateral_value, mm, ratio)
    assert margin.raw["marginMode"] == ("ISOLATED_MARGIN" if mode == "unified_isolated" else
                                        "PORTFOLIO_MARGIN" if mode == "portfolio_margin" else "REGULAR_MARGIN")
    if mode in ("unified_cross", "portfolio_margin"):  # other coins count as margin, after their ratio
        rules = {r.asset: r for r in margin.collateral}
        assert set(rules) == {"BTC", "USDT"}  # the coins held, both marginCollateral and collateralSwitch
        assert _bands(rules["BTC"]) == BYBIT_HELP_BTC
        assert _bands(rules["USDT"]) == ((0, INF, 1.0),)
        assert {r.unit for r in margin.collateral} == {"asset"}
        assert margin.collateral_as_of == T0 and margin.collateral_source.endswith(BYBIT_TABLE)
        assert fakes["bybit"].count(BYBIT_TABLE) == 1
    else:
        assert margin.collateral == () and margin.collateral_as_of is None and margin.collateral_source == ""
        assert fakes["bybit"].count(BYBIT_TABLE) == 0
    # adlRankIndicator: 2 on the recorded LTC long, 4 on the synthetic BTC short
    assert _ranks(snap, BYBIT) == {("LTC/USDT:USDT", "long"): 2, ("BTC/USDT:USDT", "short"): 4}
    # the ranks came with the positions: no request beyond one per settle coin and category
    assert fakes["bybit"].count("/v5/position/list") == len(venue_spec("bybit").position_calls)
    _assert_no_stray_calls(fakes)


async def test_bybit_hedge_mode(fakes, session):
    fakes["bybit"].position_mode = "hedge"
    add_fake_accounts(session, fakes, venues=("bybit",))
    snap = await _sync(session)
    assert snap.account(BYBIT).margin.position_mode == "hedge"  # positionIdx 1 and 2
    assert _ranks(snap, BYBIT) == {("LTC/USDT:USDT", "long"): 2, ("BTC/USDT:USDT", "short"): 4}
    _assert_no_stray_calls(fakes)


async def test_bybit_failing_mode_endpoint_keeps_the_account_fresh(fakes, session):
    add_fake_accounts(session, fakes, venues=("bybit",))
    await _sync(session)
    # ccxt reads /v5/account/info once per client (unifiedMarginStatus); from the second sync on only the
    # probe asks it, so a fault there must not fail the account
    fakes["bybit"].fault("/v5/account/info", "5xx")
    snap = await _sync(session, T0 + timedelta(minutes=5))
    status = _status(snap, BYBIT)
    assert status.state is SourceState.FRESH and status.as_of == T0 + timedelta(minutes=5)
    assert "synced with gaps" in status.error and "unavailable" in status.error
    margin = snap.account(BYBIT).margin
    assert margin.mode == ""  # not detected this time, and says nothing it does not know
    assert margin.equity_usd == BYBIT_RECORDED["equity"]  # the figures come with the balance
    assert snap.positions_of(BYBIT) and _ranks(snap, BYBIT)[("LTC/USDT:USDT", "long")] == 2
    _assert_no_stray_calls(fakes)


async def test_bybit_collateral_table_is_cached_for_a_day_and_kept_when_a_refresh_fails(fakes, session):
    add_fake_accounts(session, fakes, venues=("bybit",))
    await _sync(session)
    snap = await _sync(session, T0 + timedelta(hours=23))
    assert fakes["bybit"].count(BYBIT_TABLE) == 1
    assert snap.account(BYBIT).margin.collateral_as_of == T0

    fakes["bybit"].fault(BYBIT_TABLE, "5xx")
    snap = await _sync(session, T0 + timedelta(hours=25))
    status = _status(snap, BYBIT)
    assert status.state is SourceState.FRESH and "unavailable" in status.error
    margin = snap.account(BYBIT).margin
    assert margin.collateral_as_of == T0  # yesterday's table, with its own date
    assert _bands({r.asset: r for r in margin.collateral}["BTC"]) == BYBIT_HELP_BTC

    fakes["bybit"].fault(BYBIT_TABLE, None)
    snap = await _sync(session, T0 + timedelta(hours=26))
    assert snap.account(BYBIT).margin.collateral_as_of == T0 + timedelta(hours=26)
    _assert_no_stray_calls(fakes)


async def test_bybit_first_table_failure_leaves_no_rules_and_says_so(fakes, session):
    fakes["bybit"].fault(BYBIT_TABLE, "missing")
    add_fake_accounts(session, fakes, venues=("bybit",))
    snap = await _sync(session)
    status = _status(snap, BYBIT)
    assert status.state is SourceState.FRESH
    assert "does not provide collateral value ratios" in status.error
    margin = snap.account(BYBIT).margin
    assert margin.mode == "unified_cross" and margin.collateral == () and margin.collateral_as_of is None


# -- OKX -------------------------------------------------------------------------------------------------------

OKX_LEVELS = {2: "futures", 3: "multi_currency", 4: "portfolio_margin"}
# the recorded balance's collateral: collateralEnabled and eq > 0 (TUSD, JFI, PAX and USDK are not collateral)
OKX_COLLATERAL = {"BTC", "ETH", "OKB", "UNI", "USDC", "TRX", "LTC", "ADA", "USDT"}


@pytest.mark.parametrize("level", list(OKX_LEVELS))
async def test_okx_level_figures_discounts_and_adl(fakes, session, level):
    fakes["okx"].acct_lv = level
    add_fake_accounts(session, fakes, venues=("okx",))
    snap = await _sync(session)

    assert _status(snap, OKX).state is SourceState.FRESH and _status(snap, OKX).error is None
    margin = snap.account(OKX).margin
    assert margin.mode == OKX_LEVELS[level] and margin.raw["acctLv"] == str(level)
    assert margin.position_mode == "one_way"  # posMode net_mode
    if level == 2:
        # futures mode: OKX gives totalEq but no adjEq / mmr / mgnRatio at account level, and no discounts
        assert (margin.equity_usd, margin.collateral_value_usd, margin.maintenance_margin_usd,
                margin.margin_ratio) == (46188.35, None, None, None)
        assert margin.collateral == () and fakes["okx"].count(OKX_TABLE) == 0
    else:
        assert (margin.equity_usd, margin.collateral_value_usd, margin.maintenance_margin_usd,
                margin.margin_ratio) == tuple(OKX_RECORDED.values())
        rules = {r.asset: r for r in margin.collateral}
        assert set(rules) == OKX_COLLATERAL
        assert {r.unit for r in margin.collateral} == {"asset"}  # OKX docs: "The unit is the currency like BTC"
        # OKX API docs example for BTC, and minDiscountRate "0" beyond the last band
        assert _bands(rules["BTC"]) == ((0, 20, 0.98), (20, 25, 0.9775), (25, INF, 0.0))
        assert margin.collateral_as_of == T0 and margin.collateral_source.endswith(OKX_TABLE)
        # independent ground: the recorded balance's own disEq = eqUsd x the rate of the band holding eq
        for row in RECORDED_MCM_DETAILS:
            if row["ccy"] not in OKX_COLLATERAL:
                continue
            eq = float(row["eq"])
            band = next(t for t in rules[row["ccy"]].tiers if t.floor <= eq < t.cap)
            assert float(row["eqUsd"]) * band.rate == pytest.approx(float(row["disEq"]), rel=1e-12), row["ccy"]
        assert set(rules) < set(DISCOUNT_BANDS)  # the table has more (SOL), only holdings are kept
    # adl: 1 on both recorded positions
    assert _ranks(snap, OKX) == {("LTC/USDT:USDT", "long"): 1, ("BTC/USD:BTC", "long"): 1}
    _assert_no_stray_calls(fakes)


async def test_okx_hedge_mode_ranks_each_leg(fakes, session):
    fakes["okx"].pos_mode = "long_short_mode"
    add_fake_accounts(session, fakes, venues=("okx",))
    snap = await _sync(session)
    assert snap.account(OKX).margin.position_mode == "hedge"
    assert _ranks(snap, OKX) == {("LTC/USDT:USDT", "long"): 1, ("BTC/USD:BTC", "long"): 1,
                                 ("BTC/USDT:USDT", "short"): 3}
    _assert_no_stray_calls(fakes)


async def test_okx_config_is_asked_once_per_sync(fakes, session):
    add_fake_accounts(session, fakes, venues=("okx",))
    await _sync(session)
    assert fakes["okx"].count("/api/v5/account/config") == 1


@pytest.mark.parametrize("fault", ["missing", "timeout", "malformed"])
async def test_okx_failing_config_keeps_the_account_fresh(fakes, session, fault):
    fakes["okx"].acct_lv = 3
    fakes["okx"].fault("/api/v5/account/config", fault)
    add_fake_accounts(session, fakes, venues=("okx",))
    snap = await _sync(session)
    status = _status(snap, OKX)
    assert status.state is SourceState.FRESH and status.as_of == T0
    assert "synced with gaps" in status.error
    margin = snap.account(OKX).margin
    assert margin.mode == "" and margin.collateral == ()  # level unknown: no discounts claimed
    assert margin.position_mode == "one_way"  # from the rows' posSide "net"
    assert margin.margin_ratio == OKX_RECORDED["ratio"]  # the balance still gives the venue's figures
    assert _ranks(snap, OKX)[("LTC/USDT:USDT", "long")] == 1


async def test_okx_failing_discount_table_keeps_the_account_fresh(fakes, session):
    fakes["okx"].acct_lv = 4
    fakes["okx"].fault(OKX_TABLE, "429")
    add_fake_accounts(session, fakes, venues=("okx",))
    snap = await _sync(session)
    status = _status(snap, OKX)
    assert status.state is SourceState.FRESH and "rate-limiting" in status.error
    margin = snap.account(OKX).margin
    assert margin.mode == "portfolio_margin" and margin.collateral == ()
    assert fakes["okx"].count(OKX_TABLE) == 2  # FAST retries once

    fakes["okx"].fault(OKX_TABLE, None)
    snap = await _sync(session, T0 + timedelta(minutes=1))
    assert {r.asset for r in snap.account(OKX).margin.collateral} == OKX_COLLATERAL
    assert snap.account(OKX).margin.collateral_as_of == T0 + timedelta(minutes=1)
    _assert_no_stray_calls(fakes)


async def test_bybit_and_okx_in_one_sync(fakes, session):
    fakes["bybit"].mode = "portfolio_margin"
    fakes["okx"].acct_lv = 3
    add_fake_accounts(session, fakes, venues=("bybit", "okx"))
    snap = await _sync(session)
    assert all(s.state is SourceState.FRESH and s.error is None for s in snap.sources)
    assert snap.account(BYBIT).margin.mode == "portfolio_margin"
    assert snap.account(OKX).margin.mode == "multi_currency"
    _assert_no_stray_calls(fakes)
