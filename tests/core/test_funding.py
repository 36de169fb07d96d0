"""The funding ledger's pure figures, its storage (schema v6) and the demo's funding history.

Ground: the venues' rule for one funding payment (Binance "Introduction to USDⓈ-M Futures Funding Rates", Bybit
"Introduction to Funding Rate", OKX "Funding rate mechanism", Hyperliquid docs "Funding"): funding amount = position
value × funding rate, paid by the longs to the shorts when the rate is positive; funding at 00:00, 08:00 and 16:00
UTC on Binance (every hour on Hyperliquid). Every expected figure below is worked out by hand from that rule.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from core.daily import daily_summary
from core.funding import (
    Carry,
    FetchState,
    FundingPayment,
    carry_lines,
    carry_record,
    cost_of_carry,
    daily_series,
    fetch_due,
    last_funding_time,
    projected_next_usd,
    summaries,
)
from core.model import Account, MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.store import LATEST_VERSION, Store, funding_repo, open_store, schema_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def pay(hours_ago: float, amount: float, symbol: str = "BTC/USDT:USDT", account: str = "a1", usd: bool = True,
        venue_id: str = "") -> FundingPayment:
    return FundingPayment(account, symbol, NOW - timedelta(hours=hours_ago), amount, "USDT",
                          amount if usd else None, None, venue_id or f"id-{symbol}-{hours_ago}")


def position(side: Side, contracts: float = 1.0, mark: float = 50_000.0, symbol: str = "BTC/USDT:USDT",
             account: str = "a1") -> Position:
    return Position(account, "binanceusdm", symbol, side, contracts, 1.0, mark, mark, MarginMode.CROSS)


def snapshot(*positions: Position, rate: float | None = 0.0001) -> PortfolioSnapshot:
    markets = tuple({p.symbol: MarketState("binanceusdm", p.symbol, p.mark_price, funding_rate=rate,
                                           next_funding_at=datetime(2026, 3, 2, 16, 0, tzinfo=UTC),
                                           funding_interval_h=8.0) for p in positions}.values())
    return PortfolioSnapshot(NOW, accounts=(Account("a1", "binanceusdm", "My Binance"),), positions=positions,
                             markets=markets)


# --- the carry of one position ------------------------------------------------------------------------------
@pytest.mark.parametrize("side,rate,expected", [
    (Side.LONG, 0.0001, -5.0),  # 1 BTC × 50,000 × 0.01 %: a long pays 5 USDT at a positive rate
    (Side.SHORT, 0.0001, 5.0),  # ... and the short receives it
    (Side.LONG, -0.0002, 10.0),  # a negative rate: shorts pay longs
    (Side.SHORT, -0.0002, -10.0),
])
def test_the_next_funding_follows_the_venues_sign_rule(side, rate, expected):
    p = position(side)
    market = MarketState("binanceusdm", p.symbol, 50_000.0, funding_rate=rate)
    assert projected_next_usd(p, market) == pytest.approx(expected)
    assert projected_next_usd(p, replace(market, funding_rate=None)) is None


def test_summaries_per_position_over_24_hours_7_days_and_all_time():
    payments = [pay(1.5, 1.0), pay(25.5, -2.0), pay(24 * 8, -4.0), pay(2, 3.0, "ETH/USDT:USDT"),
                pay(3, 7.0, usd=False)]
    got = summaries(payments, NOW)
    btc = got[("a1", "BTC/USDT:USDT")]
    assert (btc.last_24h_usd, btc.last_7d_usd, btc.total_usd) == (1.0, -1.0, -5.0)  # the unpriced 7 left out
    assert (btc.payments, btc.unpriced) == (4, 1)
    assert btc.first_at == NOW - timedelta(hours=24 * 8) and btc.last_at == NOW - timedelta(hours=1.5)
    assert got[("a1", "ETH/USDT:USDT")].total_usd == 3.0


def test_the_daily_series_splits_received_and_paid_per_utc_day_with_empty_days():
    payments = [pay(1.5, 1.0), pay(1.0, -0.25), pay(49.5, -2.0)]  # 08:00 and 08:30 on 03-02, 08:00 on 02-28
    days = daily_series(payments, date(2026, 2, 27), date(2026, 3, 2))
    assert [(d.day.isoformat(), d.received_usd, d.paid_usd, d.payments) for d in days] == [
        ("2026-02-27", 0.0, 0.0, 0), ("2026-02-28", 0.0, -2.0, 1), ("2026-03-01", 0.0, 0.0, 0),
        ("2026-03-02", 1.0, -0.25, 2)]
    assert days[-1].net_usd == 0.75
    assert daily_series([]) == []


# --- when the ledger is read -------------------------------------------------------------------------------------
def test_the_last_funding_time_counts_back_from_the_next_one_or_uses_the_utc_grid():
    binance = MarketState("binanceusdm", "BTC/USDT:USDT", 1.0, next_funding_at=datetime(2026, 3, 2, 16, 0, tzinfo=UTC),
                          funding_interval_h=8.0)
    assert last_funding_time(NOW, binance) == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert last_funding_time(NOW, None) == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 00/08/16 UTC
    hourly = replace(binance, next_funding_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC), funding_interval_h=1.0)
    assert last_funding_time(NOW, hourly) == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    stale = replace(binance, next_funding_at=datetime(2026, 2, 1, 0, 0, tzinfo=UTC))  # an old snapshot's time
    assert last_funding_time(NOW, stale) == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_a_read_is_due_once_per_funding_time_after_it_is_booked():
    at = lambda h, m=0: datetime(2026, 3, 2, h, m, tzinfo=UTC)  # noqa: E731
    assert fetch_due(None, at(8, 1), None)  # never read
    assert not fetch_due(at(7, 59), at(8, 1), None)  # the 08:00 funding is not booked yet (2 minutes)
    assert fetch_due(at(7, 59), at(8, 3), None)
    assert not fetch_due(at(8, 3), at(8, 18), None)  # the next 15-minute sync: nothing new
    assert not fetch_due(at(8, 3), at(15, 59), None)
    assert fetch_due(at(8, 3), at(16, 2), None)


def test_the_carry_in_the_daily_summary_and_for_the_terminal():
    long_btc = position(Side.LONG)
    snap = snapshot(long_btc, position(Side.SHORT, 10.0, 2_000.0, "ETH/USDT:USDT"))
    payments = [pay(1.5, -5.0, venue_id="1"), pay(9.5, -5.0, venue_id="2"), pay(1.5, 2.0, "ETH/USDT:USDT")]
    summary = daily_summary(snap, scenario_id=None, funding=payments, now=NOW)
    carry = summary.carry
    assert isinstance(carry, Carry)
    assert (carry.last_24h_usd, carry.last_7d_usd) == (-8.0, -8.0)
    # next funding: the long pays 5 (50,000 × 0.01 %), the short receives 2 (20,000 × 0.01 %); 3 a day at 8 h
    assert carry.projected_next_usd == pytest.approx(-3.0) and carry.projected_24h_usd == pytest.approx(-9.0)
    btc = next(x for x in carry.lines if x.symbol == "BTC/USDT:USDT")
    assert btc.account_label == "My Binance" and btc.next_funding_at == datetime(2026, 3, 2, 16, tzinfo=UTC)
    lines = [str(m) for m in carry_lines(carry)]
    assert lines[0] == "last 24 h -$8.00, last 7 d -$8.00; next 24 h at today's rates -$9.00 (+ received, − paid)"
    assert "BTC/USDT:USDT long on My Binance: last 7 d -$10.00, rate +0.0100 % per 8 h" in lines[1:]
    record = carry_record(carry)
    assert record is not None and record["last_24h_usd"] == -8.0 and record["projected_next_24h_usd"] == -9.0
    assert {p["symbol"]: p["payments"] for p in record["positions"]} == {"BTC/USDT:USDT": 2, "ETH/USDT:USDT": 1}
    assert [str(m) for m in carry_lines(cost_of_carry(snap, [], NOW))][0] == (
        "no payment stored yet; next 24 h at today's rates -$9.00 (+ received, − paid)")
    assert carry_lines(carry, lambda v: f"€{v:.1f}")[0].startswith("last 24 h €-8.0")  # the display currency
    assert daily_summary(snap, scenario_id=None).carry is None  # no ledger asked for: no carry
    assert cost_of_carry(snapshot(), [], NOW).lines == ()


def test_a_payment_is_known_by_the_venues_id_else_by_symbol_and_time():
    assert pay(1, 1.0, venue_id="4480321991774044580").key == "4480321991774044580"
    zero = pay(1, 1.0, venue_id="0x" + "0" * 64)  # Hyperliquid's hash of a funding entry
    assert zero.key == f"BTC/USDT:USDT@{int((NOW - timedelta(hours=1)).timestamp() * 1000)}"


# --- storage: schema v6 -------------------------------------------------------------------------------------
def test_payments_are_stored_once_and_read_back_exactly(tmp_path):
    store = Store.open(tmp_path / "u.sqlite")
    try:
        payments = [pay(1.5, -0.06075242, venue_id="7"), pay(1.5, 0.00134317, "ETH/USDT:USDT", venue_id="8"),
                    FundingPayment("a1", "SOL/USDC:USDC", NOW, 75.635093, "USDC", 75.635093, 4.381e-05,
                                   "0x" + "0" * 64)]
        with store.write() as db:
            assert funding_repo.save_payments(db, payments, False, NOW) == 3
            assert funding_repo.save_payments(db, payments, False, NOW) == 0  # the same again: nothing new
            assert funding_repo.save_payments(db, payments[:1], True, NOW) == 1  # the demo's ledger is apart
        db = store.read()
        assert funding_repo.load_payments(db, False) == sorted(payments, key=lambda p: p.time)
        assert funding_repo.load_payments(db, False, ["a1"], "ETH/USDT:USDT") == [payments[1]]
        assert funding_repo.newest_time(db, False, "a1") == NOW
        assert funding_repo.count(db, demo=True) == 1
        with store.write() as db:
            funding_repo.record_fetch(db, False, "a1", "*", NOW, NOW)
            funding_repo.record_fetch(db, False, "a1", "*", NOW, NOW - timedelta(hours=3))  # never moves back
        assert funding_repo.fetch_state(store.read(), False, "a1", "*") == FetchState(NOW, NOW)
        plan = " ".join(r[-1] for r in store.read().execute(
            "EXPLAIN QUERY PLAN SELECT * FROM funding_payments WHERE demo = 0 AND account_id = 'a1' "
            "AND symbol = 'x' AND ts > 0 ORDER BY ts").fetchall())
        assert "idx_funding_payments_position_ts" in plan
    finally:
        store.close()


def test_a_v5_store_upgrades_to_the_funding_ledger_with_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "v5.sqlite", path)
    db = open_store(path)
    assert schema_version(db.conn) == LATEST_VERSION
    assert schema_version(sqlite3.connect(path.with_name("old.sqlite.v5.bak"))) == 5
    assert funding_repo.load_payments(db, False) == []
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    assert "idx_funding_payments_position_ts" in indexes
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    assert {"funding_payments", "funding_fetches"} <= tables


def test_the_v6_fixture_reads_back_its_payment(tmp_path):
    """tests/fixtures/make_store_fixtures.py wrote this payment and read mark."""
    path = tmp_path / "v6.sqlite"
    shutil.copy(FIXTURES / "v6.sqlite", path)
    db = open_store(path)
    at = datetime(2026, 2, 11, 8, 0, tzinfo=UTC)
    assert funding_repo.load_payments(db, False) == [
        FundingPayment("binance-main", "BTC/USDT:USDT", at, -3.4, "USDT", -3.4, None, "9689322392")]
    assert funding_repo.fetch_state(db, False, "binance-main", "BTC/USDT:USDT") == FetchState(
        datetime(2026, 2, 11, 9, 0, tzinfo=UTC), datetime(2026, 2, 11, 9, 0, tzinfo=UTC))


def test_retention_keeps_the_funding_ledger(tmp_path):
    from core.retention import RetentionPolicy, run_retention
    from core.store import save_snapshot

    store = Store.open(tmp_path / "u.sqlite")
    try:
        old = NOW - timedelta(days=200)
        with store.write() as db:
            for day in range(30):  # a month of syncs long ago: thinned to one a day
                for hour in range(0, 24, 6):
                    save_snapshot(db, replace(snapshot(position(Side.LONG)),
                                              taken_at=old + timedelta(days=day, hours=hour)))
            funding_repo.save_payments(db, [pay(24 * 200 - h, -1.0, venue_id=str(h)) for h in range(0, 720, 8)],
                                       False, NOW)
        result = run_retention(store, NOW, RetentionPolicy())
        assert result.deleted > 0
        assert funding_repo.count(store.read()) == 90
    finally:
        store.close()


# --- the demo -----------------------------------------------------------------------------------------------
def test_the_demo_has_a_funding_history_of_its_positions():
    from core.demo import demo_funding, load_demo_snapshot

    snap = load_demo_snapshot(NOW)
    entries = demo_funding(None, "bybit-btc", snap, NOW)
    assert len(entries) == 42  # 14 days of 8-hour fundings of its one position
    newest = max(entries, key=lambda e: e["timestamp"])
    assert newest["timestamp"] == int(datetime(2026, 3, 2, 8, 0, tzinfo=UTC).timestamp() * 1000)
    btc = snap.positions_of("bybit-btc")[0]
    # Bybit's convention (a fee: + paid): the long pays rate × notional at a positive rate
    assert newest["amount"] == pytest.approx(btc.side.sign * newest["rate"] * btc.notional_usd, abs=1e-8)


def test_a_ccxt_entry_becomes_a_payment_received_positive_in_the_settle_currency():
    from core.exchanges.funding_history import FundingRules, payment_from_ccxt

    entry = {"symbol": "BTC/USDC:USDC", "code": "USDT", "timestamp": 1710950400000, "id": "8d1e", "amount": -0.10232512,
             "rate": -0.000761}  # ccxt's Bybit entry: code USDT whatever the settle, amount = execFee (+ paid)
    markets = {"BTC/USDC:USDC": {"settle": "USDC"}}
    bybit = payment_from_ccxt(entry, "a1", FundingRules(paid_positive=True), markets, None)
    assert bybit is not None and (bybit.amount, bybit.asset, bybit.amount_usd) == (0.10232512, "USDC", None)
    assert bybit.time == datetime(2024, 3, 20, 16, 0, tzinfo=UTC) and bybit.venue_id == "8d1e"
    plain = payment_from_ccxt(entry, "a1", FundingRules(), {}, snapshot())
    assert plain is not None and (plain.amount, plain.asset, plain.amount_usd) == (-0.10232512, "USDT", -0.10232512)
    for bad in ({"amount": float("nan")}, {"amount": 5e12}, {"amount": None}, {"timestamp": None}, {"symbol": ""}):
        assert payment_from_ccxt({**entry, **bad}, "a1", FundingRules(), {}, None) is None
