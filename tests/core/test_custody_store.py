"""Custody repository, the split metrics and the demo wallet sources."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from core.custody.importer import parse_import
from core.custody.split import collateral_not_needed_usd, custody_split, movable_to_cold, required_margin_usd
from core.model import Account, Balance, CustodyClass, Holding, MarginMode, PortfolioSnapshot, Position, Purpose, Side
from core.store import open_store
from core.store.custody_repo import (
    CustodyInputError,
    add_manual_holding,
    add_wallet,
    confirm_arrived_moves,
    list_cold_moves,
    list_manual_holdings,
    list_wallets,
    load_overrides,
    mark_moved,
    plan_cold_move,
    remove_wallet,
    set_override,
)

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)
ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"


@pytest.fixture
def db(tmp_path):
    d = open_store(tmp_path / "u.sqlite")
    yield d
    d.close()


def test_wallet_round_trip_duplicates_and_exchange_class_refused(db):
    imp = parse_import(ZPUB)
    w = add_wallet(db, imp, "Vault", "OneKey", CustodyClass.HARDWARE_WALLET, NOW)
    assert list_wallets(db) == [w]
    with pytest.raises(CustodyInputError, match="already watched"):
        add_wallet(db, imp, "Again", "OneKey", CustodyClass.HARDWARE_WALLET, NOW)
    with pytest.raises(CustodyInputError, match="self-custody"):
        add_wallet(db, parse_import("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"), "x", "other",
                   CustodyClass.EXCHANGE, NOW)
    assert remove_wallet(db, w.id) and list_wallets(db) == []


def test_manual_holdings_and_overrides(db):
    add_manual_holding(db, "ETF", "ibit", "12.5", CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM, NOW)
    with pytest.raises(CustodyInputError):
        add_manual_holding(db, "bad", "BTC", "-1", CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM, NOW)
    assert [(h.asset, h.amount) for h in list_manual_holdings(db)] == [("IBIT", 12.5)]
    set_override(db, "okx", "BTC", purpose=Purpose.LONG_TERM)
    assert load_overrides(db) == {("okx", "BTC"): (Purpose.LONG_TERM, None)}
    set_override(db, "okx", "BTC")
    assert load_overrides(db) == {}


def test_cold_move_is_confirmed_when_the_wallet_balance_rises(db):
    move = plan_cold_move(db, "cold", "BTC", "0.5", "bc1q...", baseline_amount=1.0, now=NOW)
    assert move.status == "planned"
    mark_moved(db, move.id, NOW + timedelta(minutes=5))
    assert list_cold_moves(db)[0].status == "moved"
    assert confirm_arrived_moves(db, {("cold", "BTC"): 1.2}, NOW) == []
    assert confirm_arrived_moves(db, {("cold", "BTC"): 1.4996}, NOW) == [move.id]  # fee tolerance
    assert list_cold_moves(db)[0].status == "confirmed" and list_cold_moves(db, open_only=True) == []


def _snapshot():
    acct = Account("ex", "okx", "OKX", MarginMode.CROSS)
    pos = Position("ex", "okx", "BTC/USDT:USDT", Side.LONG, 1, 0.01, 60_000, 60_000, MarginMode.CROSS, leverage=5)
    return PortfolioSnapshot(
        taken_at=NOW, accounts=(acct,), positions=(pos,),
        balances=(Balance("ex", "USDT", 2_000, free=2_000), Balance("ex", "BTC", 0.1, free=0.1)),
        holdings=(Holding("cold", "BTC", 1.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
                  Holding("manual", "PAXG", 1.0, CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM),
                  Holding("hot", "DOGE", 5.0, CustodyClass.SOFTWARE_WALLET, Purpose.LONG_TERM)),
        prices_usd={"BTC": 60_000.0, "PAXG": 3_000.0})


def test_split_metrics():
    s = _snapshot()
    assert required_margin_usd(s.positions[0]) == pytest.approx(120.0)  # 600 notional / 5x
    # 8,000 on the account, 3 x 120 stays: 0.1 BTC leaves first, then 8,000 - 360 - 6,000 USDT (one joint plan)
    assert collateral_not_needed_usd(s, "ex", multiple=3.0) == pytest.approx(8_000 - 360)
    assert movable_to_cold(s, "ex", "BTC") == pytest.approx(0.1)
    assert movable_to_cold(s, "ex", "USDT") == pytest.approx(8_000 - 360 - 6_000)
    split = custody_split(s)
    assert split.net_worth_usd == pytest.approx(8_000 + 60_000 + 3_000)
    assert split.self_custody_share_of_long_term == pytest.approx(60_000 / 63_000)
    assert split.long_term_on_exchanges_usd == 0
    assert split.exchange_share_of_exchanges == {"ex": 1.0}
    assert split.unpriced == ("DOGE",)
    moved = custody_split(s, {("ex", "BTC"): (Purpose.LONG_TERM, None)})
    assert moved.long_term_on_exchanges_usd == pytest.approx(6_000)


async def test_demo_wallet_sources_parse_the_recorded_chain_data():
    from core.custody.sources import demo_wallet_sources
    from core.demo import demo_dir

    sources = demo_wallet_sources(demo_dir())
    payloads = await asyncio.wait_for(asyncio.gather(*(s.fetch(NOW) for s in sources)), 30)
    holdings = {(h.source_id, h.asset): h.amount for p in payloads for h in p.holdings}
    assert holdings[("ledger-cold", "BTC")] > 0 and holdings[("eth-hot", "ETH")] > 0
    btc = next(s for s in sources if s.wallet.kind == "btc-descriptor")
    assert btc.last_scan.next_unused(0) is not None
