"""Hyperliquid synced through the real session and the real ccxt client against the loopback fake.

Ground for the expected numbers:
* the liquidation prices Hyperliquid reported for 29 mainnet positions (``HL_POSITIONS``, freqtrade's tests, see
  ``tests/core/test_liquidation_vectors.py``), served isolated and cross by the fake;
* the fake's account figures (``crossMarginSummary.accountValue``, ``crossMaintenanceMarginUsed``) as a venue
  payload, and closed forms from the Hyperliquid docs, "Margin tiers" (MMR = half the initial margin rate at the
  tier's max leverage; deduction_n = deduction_{n-1} + lowerBound_n × (MMR_n − MMR_{n-1})), worked out by hand.
"""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from core.exchanges.accounts import AccountConfig
from core.exchanges.probes import hyperliquid as probe
from core.model import MarginMode, SourceState
from core.retry import RetryPolicy
from core.risk import assess_accounts, assess_positions
from tests.core.test_liquidation_vectors import HL_POSITIONS, HL_REL, HL_SOURCE
from tests.servers.conftest import T0, TEST_OPTIONS
from tests.servers.fake_hyperliquid import (
    AGENT,
    CROSS_USERS,
    ISOLATED_USERS,
    MAIN,
    MARKS,
    MIXED,
    SUB,
    UNIFIED,
    VAULT,
    FakeHyperliquid,
)

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
SYMBOL = "{}/USDC:USDC".format
VECTORS = {row[0]: row for row in HL_POSITIONS}


@pytest.fixture
async def hl():
    fake = FakeHyperliquid(hang_s=1.5, lifetime_s=120)
    await fake.start()
    yield fake
    from core.exchanges.ccxt_source import close_clients

    await close_clients()
    await fake.stop()


def add(session, fake, wallet: str, account_id: str, **options) -> AccountConfig:
    return session.create_account("hyperliquid", account_id, {"walletAddress": wallet}, now=T0,
                                  api_base_url=fake.base_url, options={**TEST_OPTIONS, **options},
                                  account_id=account_id)


def _risk_of(risks, account_id, symbol):
    return next(r for r in risks if r.position.account_id == account_id and r.position.symbol == symbol)


def _venue_figure(fake, user: str, *path: str) -> float:
    """A figure of the venue's own clearinghouseState payload for ``user`` (what Hyperliquid reports)."""
    value = fake.users[user].clearinghouse_state()
    for key in path:
        value = value[key]
    return float(value)


# --- acceptance 2: isolated positions exact ------------------------------------------------------------------------
async def test_isolated_positions_get_the_venues_liquidation_price(hl, session):
    for address in sorted(set(ISOLATED_USERS.values())):
        add(session, hl, address, f"iso-{address[-2:]}")
    _, snap = await session.sync(T0, retry=FAST)
    assert all(s.state is SourceState.FRESH and not s.error for s in snap.sources), snap.sources
    assert not hl.unknown, hl.unknown

    risks = assess_positions(snap)
    assert len(risks) == len(HL_POSITIONS)
    for vid, coin, side, entry, size, collateral, reported in HL_POSITIONS:
        r = _risk_of(risks, f"iso-{ISOLATED_USERS[vid][-2:]}", SYMBOL(coin))
        p = r.position
        assert (p.margin_mode, p.side.value, p.entry_price, p.contracts) == (MarginMode.ISOLATED, side, entry, size)
        assert p.isolated_margin == pytest.approx(collateral, rel=1e-12), vid
        assert p.liquidation_price_reported == pytest.approx(reported, rel=1e-12), vid
        assert r.liquidation_price == pytest.approx(reported, rel=HL_REL), f"{vid}: {HL_SOURCE}"
        assert not r.reported_disagrees, vid
        assert r.method.startswith("hyperliquid isolated"), (vid, r.method)
    # the tiers came from the meta: BTC/ETH through listed table 50 (one tier, 50x), SOL/DOGE through id 20
    # (below 50: one tier at 20x); Hyperliquid docs: MMR = half the initial margin at max leverage
    for coin, mmr in (("BTC", 0.01), ("ETH", 0.01), ("SOL", 0.025), ("DOGE", 0.025)):
        tiers = snap.market("hyperliquid", SYMBOL(coin)).tiers
        assert [(t.min_notional, t.maintenance_margin_rate, t.maint_amount) for t in tiers] == [(0.0, mmr, 0.0)]


# --- acceptance 2: cross positions inside their account ------------------------------------------------------------
async def test_cross_positions_solve_with_the_account_value_and_count_in_the_account(hl, session):
    """Each vector alone in a cross account whose balance is its collateral (the freqtrade test's cross reading):
    the venue's price, and the account's liquidating move is the move from the mark to that price."""
    for vid, address in CROSS_USERS.items():
        add(session, hl, address, f"cross-{vid}")
    _, snap = await session.sync(T0, retry=FAST)
    assert all(s.state is SourceState.FRESH and not s.error for s in snap.sources), snap.sources
    assert not hl.unknown, hl.unknown

    risks = assess_positions(snap)
    accounts = {a.account_id: a for a in assess_accounts(snap)}
    for vid, coin, *_, reported in HL_POSITIONS:
        account_id = f"cross-{vid}"
        r = _risk_of(risks, account_id, SYMBOL(coin))
        assert r.position.margin_mode is MarginMode.CROSS
        assert r.liquidation_price == pytest.approx(reported, rel=HL_REL), f"{vid}: {HL_SOURCE}"
        acct = accounts[account_id]
        assert acct.cross, vid
        # equity includes the position: the venue's cross account value (collateral + uPnL at the mark)
        assert acct.equity_usd == pytest.approx(_venue_figure(hl, CROSS_USERS[vid], "crossMarginSummary",
                                                              "accountValue"), rel=1e-9), vid
        assert acct.maintenance_margin_usd == pytest.approx(
            _venue_figure(hl, CROSS_USERS[vid], "crossMaintenanceMarginUsed"), rel=1e-9), vid
        move_pct = (reported / float(MARKS[coin]) - 1) * 100  # the mark's move to the venue's price
        if abs(move_pct) < 90:
            assert acct.min_adverse_move_pct is not None, vid
            assert acct.min_adverse_move_pct == pytest.approx(move_pct, abs=0.02), vid
        margin = snap.account(account_id).margin
        assert margin.mode == "standard" and margin.position_mode == "one_way"


async def test_an_account_with_cross_isolated_and_tiered_positions(hl, session):
    add(session, hl, MIXED, "mixed")
    _, snap = await session.sync(T0, retry=FAST)
    assert not hl.unknown and snap.sources[0].state is SourceState.FRESH, (hl.unknown, snap.sources)

    # TST trades on the docs' testnet BTC table; deductions by the docs' recursion, by hand:
    # MMR 1/80, 1/50, 1/20, 1/10, 1/6; 0; 10k×(0.02−0.0125)=75; 75+50k×(0.05−0.02)=1575;
    # 1575+100k×(0.1−0.05)=6575; 6575+300k×(1/6−0.1)=26575
    tiers = snap.market("hyperliquid", SYMBOL("TST")).tiers
    assert [(t.min_notional, t.max_notional, t.max_leverage) for t in tiers] == [
        (0, 10_000, 40), (10_000, 50_000, 25), (50_000, 100_000, 10), (100_000, 300_000, 5), (300_000, float("inf"), 3)]
    expected = [(0.0125, 0), (0.02, 75), (0.05, 1575), (0.1, 6575), (1 / 6, 26575)]
    for tier, (mmr, deduction) in zip(tiers, expected, strict=True):
        assert tier.maintenance_margin_rate == pytest.approx(mmr, rel=1e-12)
        assert tier.maint_amount == pytest.approx(deduction, rel=1e-9, abs=1e-9)

    acct = next(a for a in assess_accounts(snap) if a.account_id == "mixed")
    # cross part: balance 60,000 + uPnL (BTC 0.5×(67,000−65,000) = 1,000; ETH short 4×(2,600−2,500) = 400;
    # TST 12,000×(10−9.5) = 6,000) = 67,400, the venue's crossMarginSummary.accountValue
    assert acct.equity_usd == pytest.approx(67_400.0, rel=1e-9)
    assert _venue_figure(hl, MIXED, "crossMarginSummary", "accountValue") == 67_400.0
    # maintenance: BTC 33,500×1 % = 335; ETH 10,000×1 % = 100; TST 120,000 in tier 4: 120,000×10 % − 6,575 =
    # 5,425; total 5,860, the venue's crossMaintenanceMarginUsed
    assert acct.maintenance_margin_usd == pytest.approx(5_860.0, rel=1e-9)
    assert acct.cross and acct.min_adverse_move_pct is not None and acct.min_adverse_move_pct < 0

    margin = snap.account("mixed").margin
    assert margin.mode == "standard"
    assert margin.equity_usd == pytest.approx(67_850.0)  # marginSummary: + the isolated SOL's 400 + 50 uPnL
    assert margin.collateral_value_usd == pytest.approx(67_400.0)
    assert margin.maintenance_margin_usd == pytest.approx(5_860.0)
    assert margin.margin_ratio == pytest.approx(5_860.0 / 67_400.0)
    assert margin.raw["crossMaintenanceMarginUsed"] == "5860.0"


async def test_a_unified_account_is_detected(hl, session):
    add(session, hl, UNIFIED, "unified")
    _, snap = await session.sync(T0, retry=FAST)
    assert not hl.unknown and snap.sources[0].state is SourceState.FRESH, (hl.unknown, snap.sources)
    margin = snap.account("unified").margin
    assert margin.mode == "unified_account" and margin.raw["abstraction"] == "unifiedAccount"
    assert margin.maintenance_margin_usd == pytest.approx(25.0)  # ETH 2,500 × 1 %
    assert margin.margin_ratio is None  # the collateral is in the spot clearinghouse: no perp-side ratio
    assert [p.symbol for p in snap.positions] == [SYMBOL("ETH")]
    assert hl.requests_of("spotClearinghouseState")  # ccxt read the unified balance where it lives


# --- API wallets, sub-accounts, vaults ------------------------------------------------------------------------------
async def test_an_api_wallet_address_says_to_enter_the_main_address(hl, session):
    add(session, hl, AGENT, "agent")
    _, snap = await session.sync(T0, retry=FAST)
    status = snap.sources[0]
    assert status.state is SourceState.FAILED
    assert probe.AGENT_MESSAGE in status.error and MIXED in status.error
    assert [b["user"] for b in hl.requests_of("userRole")] == [AGENT]


async def test_an_address_never_used_is_a_note(hl, session):
    add(session, hl, "0x" + "ab" * 20, "typo")
    _, snap = await session.sync(T0, retry=FAST)
    status = snap.sources[0]
    assert status.state is SourceState.FRESH and probe.MISSING_MESSAGE in (status.error or "")


async def test_the_connection_test_hook_names_an_api_wallet(hl):
    from core.exchanges.venues import build_exchange

    for wallet, expected in ((AGENT, MIXED), (MAIN, None)):
        config = AccountConfig("t", "hyperliquid", "T", api_base_url=hl.base_url,
                               options={**TEST_OPTIONS, "walletAddress": wallet})
        exchange = build_exchange(config, None)
        try:
            message = await probe.connection_problem(exchange, config, [])
        finally:
            await exchange.close()
        if expected is None:
            assert message is None
        else:
            assert message is not None and probe.AGENT_MESSAGE in message and expected in message


async def test_a_main_address_with_positions_is_not_asked_for_its_role(hl, session):
    add(session, hl, MIXED, "mixed")
    await session.sync(T0, retry=FAST)
    assert hl.requests_of("userRole") == []


@pytest.mark.parametrize("option,target", [(probe.OPTION_SUB_ACCOUNT, SUB), (probe.OPTION_VAULT, VAULT)])
async def test_a_sub_account_or_vault_is_the_user_read(hl, session, option, target):
    config = add(session, hl, MAIN, "main", **{option: target})
    assert probe.call_params(config) == {"user": target}
    _, snap = await session.sync(T0, retry=FAST)
    assert snap.sources[0].state is SourceState.FRESH, snap.sources
    expected = {"ETH": ("short", 2.0)} if target == SUB else {"BTC": ("short", 0.1)}
    assert {p.base: (p.side.value, p.contracts) for p in snap.positions} == expected
    users = {b["user"] for b in hl.bodies if "user" in b}
    assert users == {target}, users  # the wallet itself is never read
    assert snap.account("main").margin.equity_usd == pytest.approx(
        _venue_figure(hl, target, "marginSummary", "accountValue"))


def test_sub_account_options_check_the_address():
    assert probe.sub_account_options(SUB) == {probe.OPTION_SUB_ACCOUNT: SUB}
    assert probe.sub_account_options(vault=VAULT) == {probe.OPTION_VAULT: VAULT}
    assert probe.sub_account_options() == {}
    with pytest.raises(ValueError, match="40 hex"):
        probe.sub_account_options("0x1234")
    with pytest.raises(ValueError, match="not both"):
        probe.sub_account_options(SUB, VAULT)
    plain = AccountConfig("a", "hyperliquid", "A", options={"walletAddress": MAIN})
    assert probe.call_params(plain) == {"user": MAIN}


# --- the meta: cached for the day, a failure is a gap -------------------------------------------------------------
async def test_the_meta_is_fetched_once_a_day_for_all_accounts(hl, session):
    for i, address in enumerate(sorted(set(ISOLATED_USERS.values()))[:3]):
        add(session, hl, address, f"iso-{i}")
    await session.sync(T0, retry=FAST)
    await session.sync(T0 + timedelta(minutes=5), retry=FAST)
    assert len(hl.requests_of("meta")) == 1
    await session.sync(T0 + timedelta(days=1), retry=FAST)
    assert len(hl.requests_of("meta")) == 2


async def test_meta_failing_leaves_a_gap_and_the_positions_own_max_leverage(hl, session):
    """Without the meta, each position's own ``maxLeverage`` gives a one-tier table (exact below a table's second
    tier, which every vector is): the sync says it has a gap and the isolated prices still match the venue's."""
    hl.failing_types.add("meta")
    add(session, hl, ISOLATED_USERS["hl-01"], "iso")
    _, snap = await session.sync(T0 + timedelta(days=3), retry=FAST)
    status = snap.sources[0]
    assert status.state is SourceState.FRESH and status.error and status.error.startswith("synced with gaps")
    assert len(snap.positions) == 4
    held = [v for v, a in ISOLATED_USERS.items() if a == ISOLATED_USERS["hl-01"]]
    for r in assess_positions(snap):
        vid = next(v for v in held if VECTORS[v][1] == r.position.base)
        assert r.liquidation_price == pytest.approx(VECTORS[vid][6], rel=HL_REL), f"{vid}: {HL_SOURCE}"


# --- the JSON contract: ``undertow accounts add hyperliquid --wallet ADDRESS --base-url URL`` ------------------------
@pytest.fixture
def runtime_fake():
    """The fake on the runtime's loop, where the CLI's session runs its requests."""
    from core.runtime import get_runtime

    runtime = get_runtime()
    fake = FakeHyperliquid(lifetime_s=120)
    runtime.run(fake.start(), timeout=10)
    yield fake
    runtime.run(fake.stop(), timeout=10)


def _cli(capsys, *argv) -> tuple[int, str, str]:
    from desktop.__main__ import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_hyperliquid_then_sync_and_check(runtime_fake, capsys):
    code, out, err = _cli(capsys, "accounts", "add", "hyperliquid", "--label", "HL", "--wallet", MIXED,
                          "--base-url", runtime_fake.base_url, "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["venue"] == "hyperliquid" and added["test"]["ok"] and added["test"]["positions"] == 4

    code, out, err = _cli(capsys, "check", "--json")  # syncs, stores and analyses (ccxt's own throttle: ~6 s)
    assert code in (0, 1), err  # 1: a position fails the survival rule, not an error
    checked = json.loads(out)
    assert [s["state"] for s in checked["sources"]] == ["fresh"] and len(checked["positions"]) == 4
    sol = next(p for p in checked["positions"] if p["symbol"] == SYMBOL("SOL"))
    # isolated SOL long 10 @ 160, margin 400, 20x (MMR 2.5 %): 400 + 10×(P − 160) = 10×P×0.025 -> P = 1200/9.75
    assert sol["liquidation_price"] == pytest.approx(float(Decimal(1200) / Decimal("9.75")), rel=1e-9)
    accounts = checked.get("accounts")
    if accounts is not None:  # issue 13's JSON contract (the risk helper's part)
        acct = next(a for a in accounts if a["venue"] == "hyperliquid")
        assert acct["margin_mode"] == "standard"
        assert acct["equity_usd"] == pytest.approx(67_400.0)
        assert acct["maintenance_margin_usd"] == pytest.approx(5_860.0)
        assert acct["liquidating_move_pct"] is not None


def test_cli_add_with_a_sub_account_and_bad_input(runtime_fake, capsys):
    code, out, err = _cli(capsys, "accounts", "add", "hyperliquid", "--wallet", MAIN, "--sub-account", SUB,
                          "--base-url", runtime_fake.base_url, "--json")
    assert code == 0, err
    assert json.loads(out)["test"]["positions"] == 1  # the sub-account's ETH short
    code, _, err = _cli(capsys, "accounts", "add", "hyperliquid", "--wallet", MAIN, "--vault", "0xnope",
                        "--base-url", runtime_fake.base_url, "--no-test")
    assert code == 2 and "40 hex" in err and "Traceback" not in err
    code, _, err = _cli(capsys, "accounts", "add", "bybit", "--api-key", "k", "--vault", VAULT, "--no-test")
    assert code == 2 and "sub-account or vault" in err
