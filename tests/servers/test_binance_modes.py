"""Binance USD-M in each account mode, synced through the session with the real ccxt client against the fake:
the mode, the venue's own account figures, the collateral haircuts (with their date and source) and each
position's ADL quantile land in the stored snapshot; a failing probe endpoint is a gap, never a failed account.

Expected numbers come from the fake's payloads, which are recorded real responses (ccxt's static fixtures) or
Binance's published data, each named where it is used; ratios are Binance's own definitions applied to those
payloads, never a value computed by the probe.
"""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy, close_clients
from core.exchanges.probes.binance import OPTION_PORTFOLIO_MARGIN, clear_cache
from core.model import Side, SourceState
from tests.servers.conftest import API_SECRETS, T0, TEST_OPTIONS
from tests.servers.fake_binance import FakeBinance

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
ACCOUNT = "binanceusdm-acct"
BTC, ETH = "BTC/USDT:USDT", "ETH/USDT:USDT"


@pytest.fixture(autouse=True)
def _no_cached_probe_state():
    """The probe caches haircut tables per (URL, day) and PM checks per client: each test starts clean."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
async def start_binance():
    """Start a ``FakeBinance`` in a given mode; stopped (and the clients closed) after the test."""
    started: list[FakeBinance] = []

    async def start(mode: str = "single_asset", hedge: bool = False) -> FakeBinance:
        fake = FakeBinance(mode=mode, hedge=hedge, hang_s=1.5, lifetime_s=60)
        await fake.start()
        started.append(fake)
        return fake

    yield start
    await close_clients()
    for fake in started:
        await fake.stop()


def _add_account(session, fake, portfolio_margin: bool = False):
    options = {**TEST_OPTIONS, **({OPTION_PORTFOLIO_MARGIN: True} if portfolio_margin else {})}
    return session.create_account("binanceusdm", "Binance main", API_SECRETS["binanceusdm"], now=T0,
                                  api_base_url=fake.base_url, options=options, account_id=ACCOUNT)


async def _sync(session, when=T0):
    """(the sync's snapshot, the snapshot as stored); their account margin must agree."""
    _, snap = await session.sync(when, retry=FAST)
    stored = session.latest_snapshots(1)[0][1]
    assert _margin(stored) == _margin(snap)
    return snap, stored


def _margin(snap):
    return next(a for a in snap.accounts if a.id == ACCOUNT).margin


def _status(snap):
    return next(s for s in snap.sources if s.source_id == ACCOUNT)


def _ranks(snap):
    return {(p.symbol, p.side.value): p.adl_rank for p in snap.positions_of(ACCOUNT)}


def _flat_rates(margin):
    """{asset: rate} for flat haircuts (one band from 0 to infinity)."""
    out = {}
    for rule in margin.collateral:
        assert len(rule.tiers) == 1 and rule.tiers[0].floor == 0 and math.isinf(rule.tiers[0].cap), rule
        out[rule.asset] = rule.tiers[0].rate
    return out


# --- single-asset -------------------------------------------------------------------------------------------------
async def test_single_asset_one_way_account(start_binance, session):
    fake = await start_binance("single_asset")
    _add_account(session, fake)
    snap, stored = await _sync(session)

    assert (_status(snap).state, _status(snap).error) == (SourceState.FRESH, None)
    margin = _margin(stored)
    assert (margin.mode, margin.position_mode) == ("single_asset", "one_way")
    # recorded "Linear swap balance" account: totalMarginBalance 31.02261200, totalMaintMargin 0
    assert margin.equity_usd == margin.collateral_value_usd == pytest.approx(31.022612)
    assert margin.maintenance_margin_usd == 0.0 and margin.margin_ratio == 0.0
    assert margin.raw["totalMarginBalance"] == "31.02261200" and margin.raw["totalMaintMargin"] == "0.00000000"
    assert (margin.raw["multiAssetsMargin"], margin.raw["dualSidePosition"]) == ("false", "false")
    assert margin.collateral == () and margin.collateral_source == "" and margin.collateral_as_of is None
    # one-way: each position takes BOTH (BTC 2, ETH 1); the ETH short's SHORT key (0) is the hedge-mode value
    assert _ranks(stored) == {(BTC, "long"): 2, (ETH, "short"): 1}
    assert fake.count("/fapi/v1/adlQuantile") == 1 and fake.count("/fapi/v1/assetIndex") == 0
    assert fake.unknown == []


async def test_hedge_mode_ranks_each_leg_by_its_own_side(start_binance, session):
    fake = await start_binance("single_asset", hedge=True)
    _add_account(session, fake)
    snap, stored = await _sync(session)

    assert _status(snap).error is None
    assert _margin(stored).position_mode == "hedge" and _margin(stored).raw["dualSidePosition"] == "true"
    # adlQuantile: BTCUSDT cross hedge {"LONG": 3, "SHORT": 3, "HEDGE": 0}; ETHUSDT isolated hedge
    # {"LONG": 0, "SHORT": 1, "BOTH": 0} (Binance docs: BOTH is the one-way value, 0 here)
    assert _ranks(stored) == {(BTC, "long"): 3, (BTC, "short"): 3, (ETH, "short"): 1}
    assert {(p.symbol, p.side) for p in stored.positions_of(ACCOUNT)} == {(BTC, Side.LONG), (BTC, Side.SHORT),
                                                                          (ETH, Side.SHORT)}
    assert fake.unknown == []


# --- Multi-Assets -------------------------------------------------------------------------------------------------
async def test_multi_assets_account_with_the_venues_haircuts(start_binance, session):
    fake = await start_binance("multi_assets")
    _add_account(session, fake)
    snap, stored = await _sync(session)

    assert (_status(snap).state, _status(snap).error) == (SourceState.FRESH, None)
    margin = _margin(stored)
    assert (margin.mode, margin.position_mode) == ("multi_assets", "one_way")
    # the recorded Multi-Assets account (ccxt fixture, GET /fapi/v3/account): totals in USD after haircuts
    assert margin.collateral_value_usd == pytest.approx(26.26840422)
    assert margin.maintenance_margin_usd == pytest.approx(2.43034303)
    assert margin.equity_usd is None  # Binance reports no pre-haircut total in this mode
    # Binance FAQ "How to Calculate Margin in Multi-Assets Mode": account margin ratio = maintenance / equity
    assert margin.margin_ratio == pytest.approx(2.43034303 / 26.26840422)
    assert margin.raw["totalWalletBalance"] == "25.72610060" and margin.raw["multiAssetsMargin"] == "true"
    # Binance FAQ "What Is Multi-Assets Mode": BTC/ETH/BNB at 95 %, XRP/ADA/DOT at 90 %, USDT/USDC at 99.99 %
    assert _flat_rates(margin) == pytest.approx({"BTC": 0.95, "ETH": 0.95, "BNB": 0.95, "XRP": 0.90, "ADA": 0.90,
                                                 "DOT": 0.90, "USDT": 0.9999, "USDC": 0.9999})
    assert margin.collateral_as_of == T0 and "/fapi/v1/assetIndex" in margin.collateral_source
    balances = {b.asset: b.total for b in stored.balances if b.account_id == ACCOUNT}
    assert balances["USDC"] == pytest.approx(22.0) and balances["USDT"] == pytest.approx(4.27203287)
    assert _ranks(stored) == {(BTC, "long"): 2}
    assert fake.unknown == []


async def test_haircuts_are_fetched_once_a_day(start_binance, session):
    fake = await start_binance("multi_assets")
    _add_account(session, fake)
    _, first = await _sync(session)
    _, later = await _sync(session, T0 + timedelta(minutes=5))
    assert fake.count("/fapi/v1/assetIndex") == 1
    assert _margin(later).collateral == _margin(first).collateral and _margin(later).collateral_as_of == T0
    next_day = T0 + timedelta(days=1)
    _, tomorrow = await _sync(session, next_day)
    assert fake.count("/fapi/v1/assetIndex") == 2 and _margin(tomorrow).collateral_as_of == next_day


# --- Portfolio Margin ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("hedge", [False, True], ids=["one_way", "hedge"])
async def test_portfolio_margin_account_reads_papi(start_binance, session, hedge):
    fake = await start_binance("portfolio_margin", hedge=hedge)
    _add_account(session, fake, portfolio_margin=True)
    snap, stored = await _sync(session)

    assert (_status(snap).state, _status(snap).error) == (SourceState.FRESH, None)
    assert fake.count("/fapi/v3/positionRisk") == 0 and fake.count("/papi/v1/um/positionRisk") == 1
    rows = {(p.symbol, p.side, p.contracts) for p in stored.positions_of(ACCOUNT)}
    assert rows == {(BTC, Side.LONG, 0.01), (ETH, Side.SHORT, 0.5)}
    balances = {b.asset: b.total for b in stored.balances if b.account_id == ACCOUNT}
    # recorded GET /papi/v1/balance; ccxt's fixture "fetch linear papi balance" parses USDT to the UM wallet
    assert balances["USDT"] == pytest.approx(105.43419058)

    margin = _margin(stored)
    assert (margin.mode, margin.position_mode) == ("portfolio_margin", "hedge" if hedge else "one_way")
    # GET /papi/v1/account: uniMMR, accountEquity (with collateral rates), actualEquity (without), MM, status
    assert margin.margin_ratio == pytest.approx(12.6623226) and margin.status == "NORMAL"
    assert margin.collateral_value_usd == pytest.approx(143.4100512)
    assert margin.equity_usd == pytest.approx(147.33220731)
    assert margin.maintenance_margin_usd == pytest.approx(11.32573033)
    # Binance PM trading rules: uniMMR = adjusted equity / unified maintenance margin
    assert margin.margin_ratio == pytest.approx(margin.collateral_value_usd / margin.maintenance_margin_usd)
    assert margin.raw["uniMMR"] == "12.66232260" and margin.raw["accountStatus"] == "NORMAL"
    # GET /sapi/v1/portfolio/collateralRate (USDC and BUSD at 1.0000 are Binance's doc example)
    rates = _flat_rates(margin)
    assert rates["USDC"] == rates["BUSD"] == 1.0 and rates["BTC"] == pytest.approx(0.95)
    assert margin.collateral_as_of == T0 and margin.collateral_source == "GET /sapi/v1/portfolio/collateralRate"
    # /papi/v1/um/adlQuantile only (PM rows carry no adl field of their own)
    assert _ranks(stored) == {(BTC, "long"): 4, (ETH, "short"): 2}
    assert fake.count("/papi/v1/um/adlQuantile") == 1 and fake.count("/fapi/v1/adlQuantile") == 0
    assert fake.unknown == []


async def test_a_portfolio_margin_account_not_marked_as_such_is_detected_and_named(start_binance, session):
    fake = await start_binance("portfolio_margin")
    _add_account(session, fake)  # the user did not tick Portfolio Margin
    snap, stored = await _sync(session)

    status = _status(snap)
    assert status.state is SourceState.FRESH
    assert status.error.startswith("synced with gaps") and "Portfolio Margin" in status.error
    margin = _margin(stored)
    assert margin.mode == "portfolio_margin" and margin.margin_ratio == pytest.approx(12.6623226)
    assert stored.positions_of(ACCOUNT) == ()  # /fapi holds nothing of a PM account
    _, again = await _sync(session, T0 + timedelta(minutes=5))
    assert _margin(again).mode == "portfolio_margin" and fake.count("/papi/v1/account") == 2
    assert fake.unknown == []


async def test_a_regular_account_is_checked_for_portfolio_margin_once_per_client(start_binance, session):
    fake = await start_binance("single_asset")
    _add_account(session, fake)
    for minutes in (0, 5):
        snap, _ = await _sync(session, T0 + timedelta(minutes=minutes))
        assert _status(snap).error is None  # the -2015 refusal is the expected answer, not a gap
    assert fake.count("/papi/v1/account") == 1


async def test_a_transient_failure_of_the_portfolio_margin_check_is_retried_quietly(start_binance, session):
    fake = await start_binance("single_asset")
    _add_account(session, fake)
    fake.fault("/papi/v1/account", "5xx")
    snap, _ = await _sync(session)
    assert _status(snap).error is None and _margin(snap).mode == "single_asset"
    fake.fault("/papi/v1/account", None)
    await _sync(session, T0 + timedelta(minutes=5))
    await _sync(session, T0 + timedelta(minutes=10))
    assert fake.count("/papi/v1/account") == 2  # undecided after the 502, decided by the next answer


# --- a failing probe endpoint is a gap ----------------------------------------------------------------------------
GAPS = {  # (mode, PM ticked, failing path) -> what is still known
    # the account payload's own multiAssetsMargin field (false) still tells
    ("single_asset", False, "/fapi/v1/multiAssetsMargin"): {"mode": "single_asset"},
    ("single_asset", False, "/fapi/v1/positionSide/dual"): {"position_mode": "one_way"},  # from positionSide BOTH
    ("single_asset", False, "/fapi/v1/adlQuantile"): {"ranks": {(BTC, "long"): 2, (ETH, "short"): 1}},  # v3 adl
    ("multi_assets", False, "/fapi/v1/assetIndex"): {"mode": "multi_assets", "collateral": ()},
    # the recorded v3 account has no multiAssetsMargin field: the mode is unknown, the figures are still there
    ("multi_assets", False, "/fapi/v1/multiAssetsMargin"): {"mode": "", "collateral": (), "equity_usd": None,
                                                            "collateral_value_usd": 26.26840422},
    ("portfolio_margin", True, "/papi/v1/account"): {"mode": "portfolio_margin", "margin_ratio": None},
    ("portfolio_margin", True, "/sapi/v1/portfolio/collateralRate"): {"collateral": ()},
    ("portfolio_margin", True, "/papi/v1/um/adlQuantile"): {"ranks": {(BTC, "long"): None, (ETH, "short"): None}},
}


@pytest.mark.parametrize(("mode", "pm", "path"), list(GAPS), ids=[f"{m}:{p}" for m, _, p in GAPS])
async def test_a_failing_probe_endpoint_leaves_the_sync_fresh_with_a_gap(start_binance, session, mode, pm, path):
    fake = await start_binance(mode)
    _add_account(session, fake, portfolio_margin=pm)
    fake.fault(path, "5xx")
    snap, stored = await _sync(session)

    status = _status(snap)
    assert status.state is SourceState.FRESH
    assert status.error.startswith("synced with gaps") and "unavailable" in status.error, status.error
    assert stored.positions_of(ACCOUNT)  # the account itself synced
    margin, expected = _margin(stored), GAPS[(mode, pm, path)]
    assert margin is not None
    for name, value in expected.items():
        got = _ranks(stored) if name == "ranks" else getattr(margin, name)
        assert got == value, (name, got)
    assert fake.count(path) == 2  # FAST: one retry, then the gap
    assert fake.unknown == []
