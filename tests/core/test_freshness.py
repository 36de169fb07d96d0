"""core.freshness: each source's state, age and reason; the rows it marks; blind and partly blind; the four key
problems with their fixes. Pure: hand-made snapshots, ``now`` passed in; every expected number is counted by hand
from the snapshot written here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core import freshness as fr
from core.model import (
    Account,
    Balance,
    CustodyClass,
    Holding,
    MarginMode,
    PortfolioSnapshot,
    Position,
    Purpose,
    Side,
    SourceState,
    SourceStatus,
    Wallet,
)

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
REJECTED = "Bybit rejected the API key (revoked, expired, or mistyped). Check it in Accounts."  # core.exchanges.errors
DOWN = "OKX is unavailable or under maintenance (server error); showing the last good data."


def _position(account_id: str, venue: str) -> Position:
    return Position(account_id, venue, "BTC/USDT:USDT", Side.LONG, 1.0, 1.0, 60_000.0, 61_000.0, MarginMode.CROSS)


def _snapshot(*statuses: SourceStatus, demo: bool = False) -> PortfolioSnapshot:
    """Three exchange accounts (two on Binance), a cold wallet and a manual holding, with the given statuses."""
    accounts = (Account("bin-a", "binanceusdm", "Binance A"), Account("bin-b", "binanceusdm", "Binance B"),
                Account("bybit", "bybit", "Bybit main"))
    return PortfolioSnapshot(
        taken_at=NOW - timedelta(minutes=1), accounts=accounts,
        positions=tuple(_position(a.id, a.venue) for a in accounts),
        balances=tuple(Balance(a.id, "USDT", 1000.0) for a in accounts),
        wallets=(Wallet("cold", "Cold wallet", "btc-address", "bc1qexample"),),
        holdings=(Holding("cold", "BTC", 1.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
                  Holding("manual", "ETH", 2.0, CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM)),
        sources=statuses, demo=demo)


def _fresh(source_id: str, kind: str = "exchange", minutes: float = 1) -> SourceStatus:
    return SourceStatus(source_id, kind, SourceState.FRESH, NOW - timedelta(minutes=minutes))


def test_everything_fresh_is_neither_blind_nor_marked():
    snap = _snapshot(_fresh("bin-a"), _fresh("bin-b"), _fresh("bybit"), _fresh("cold", "wallet"),
                     _fresh("manual", "manual", minutes=3))
    f = fr.assess(snap, NOW, timedelta(minutes=30))
    assert f.level == "fresh" and not f.blind and not f.partly_blind and f.not_fresh == ()
    assert [s.label for s in f.sources] == ["Binance A", "Binance B", "Bybit main", "Cold wallet", "manual"]
    assert f.oldest is not None and f.oldest.source_id == "manual" and f.oldest_age_s == 180.0
    assert all(f.position_stale(p) is None for p in snap.positions) and f.stale_venues == frozenset()
    assert f.headline() == "" and f.reasons() == [] and f.action_needed == ()


def test_one_stale_exchange_account_is_partly_blind_and_marks_only_its_rows():
    stale = SourceStatus("bybit", "exchange", SourceState.STALE, NOW - timedelta(hours=2, minutes=5), REJECTED)
    snap = _snapshot(_fresh("bin-a"), _fresh("bin-b"), stale, _fresh("cold", "wallet"))
    f = fr.assess(snap, NOW)
    assert f.partly_blind and not f.blind and f.level == "partly_blind"
    s = f.source("bybit")
    assert s is not None and s.state == "stale" and s.age_s == 2 * 3600 + 5 * 60
    assert s.problem == fr.KEY_REJECTED and s.action_needed and s.fix == fr.FIXES[fr.KEY_REJECTED]
    assert s.reason == REJECTED
    marked = [p.account_id for p in snap.positions if f.position_stale(p) is not None]
    assert marked == ["bybit"]
    assert [b.account_id for b in snap.balances if f.balance_stale(b)] == ["bybit"]
    assert f.account_stale("bybit") is s and f.account_stale(snap.accounts[0]) is None
    assert f.holding_stale("bybit") is s and f.holding_stale(snap.holdings[0]) is None  # exchange balances too
    assert f.stale_venues == frozenset({"bybit"}) and f.market_stale("bybit") and not f.market_stale("binanceusdm")
    assert f.oldest is s
    assert f.headline() == ("PARTLY BLIND: 1 of 3 exchange accounts have no fresh data (Bybit main); their figures "
                            "are up to 2 h 05 min old.")
    assert f.reasons() == [f"Bybit main: stale, data 2 h 05 min old — {REJECTED} {fr.FIXES[fr.KEY_REJECTED]}"]


def test_every_exchange_account_failing_is_blind_even_with_fresh_wallets():
    snap = _snapshot(SourceStatus("bin-a", "exchange", SourceState.STALE, NOW - timedelta(minutes=20), DOWN),
                     SourceStatus("bin-b", "exchange", SourceState.FAILED, None, DOWN),
                     SourceStatus("bybit", "exchange", SourceState.STALE, NOW - timedelta(minutes=50), REJECTED),
                     _fresh("cold", "wallet"))
    f = fr.assess(snap, NOW)
    assert f.blind and not f.partly_blind and f.level == "blind"
    assert [s.source_id for s in f.action_needed] == ["bybit"]  # a venue outage is not the user's to fix
    assert f.source("bin-a").problem == fr.OTHER and f.source("bin-a").fix is None
    assert f.oldest is not None and f.oldest.source_id == "bin-b"  # never synced comes first
    assert f.stale_venues == frozenset({"binanceusdm", "bybit"})
    assert f.headline().startswith("BLIND: no exchange account has fresh data (3 of 3 not fresh); ")
    assert "up to 50 min old" in f.headline()
    assert f.source("bin-b").describe() == f"Binance B: failed, no data — {DOWN}"


def test_one_fresh_account_on_a_venue_keeps_its_market_data_fresh():
    snap = _snapshot(SourceStatus("bin-a", "exchange", SourceState.STALE, NOW - timedelta(minutes=20), DOWN),
                     _fresh("bin-b"), _fresh("bybit"))
    f = fr.assess(snap, NOW)
    assert f.partly_blind and not f.market_stale("binanceusdm")


def test_a_stale_wallet_is_marked_but_never_blind():
    wallet = SourceStatus("cold", "wallet", SourceState.STALE, NOW - timedelta(days=2), "timed out")
    snap = _snapshot(_fresh("bin-a"), _fresh("bin-b"), _fresh("bybit"), wallet)
    f = fr.assess(snap, NOW)
    assert f.level == "stale" and not f.blind and not f.partly_blind
    assert f.holding_stale(snap.holdings[0]) is f.source("cold") and f.holding_stale(snap.holdings[1]) is None
    assert [s.label for s in f.stale_among(h.source_id for h in snap.holdings)] == ["Cold wallet"]
    assert f.headline() == ""


def test_data_older_than_stale_after_is_stale_unless_demo():
    old = _snapshot(_fresh("bin-a", minutes=185), _fresh("bin-b", minutes=185), _fresh("bybit", minutes=185))
    f = fr.assess(old, NOW, fr.default_stale_after(15))  # two 15-min intervals: 30 min
    assert f.blind and all(s.aged and s.problem == fr.OUT_OF_DATE for s in f.exchange)
    assert f.source("bybit").reason == "not refreshed for 3 h 05 min"
    assert f.source("bybit").fix == fr.FIXES[fr.OUT_OF_DATE]
    assert not fr.assess(old, NOW).blind  # no limit given: the sync's verdict stands
    demo = _snapshot(_fresh("bin-a", minutes=185), _fresh("bin-b", minutes=185), _fresh("bybit", minutes=185),
                     demo=True)
    assert fr.assess(demo, NOW, timedelta(minutes=30)).level == "fresh"  # recorded data: its age says nothing


@pytest.mark.parametrize("interval, expected", [(15, timedelta(minutes=30)), (5, timedelta(minutes=30)),
                                                 (60, timedelta(hours=2)), (0, timedelta(hours=1))])
def test_default_stale_after(interval, expected):
    assert fr.default_stale_after(interval) == expected


def test_a_configured_account_missing_from_the_snapshot_counts_as_not_synced():
    snap = _snapshot()  # no statuses at all (an account added before any sync)
    f = fr.assess(snap, NOW, configured={"new": "New account"})
    assert f.blind and f.source("new").state == "failed" and f.source("new").reason == "not synced yet"
    assert not fr.assess(snap, NOW).blind  # nothing configured, nothing synced: nothing to be blind about


def test_the_four_key_problems_read_differently_and_say_what_fixes_them():
    texts = {p: fr.key_message(p, "Bybit", "Main") for p in (fr.KEYRING_LOCKED, fr.KEYRING_UNAVAILABLE,
                                                             fr.KEY_MISSING)}
    texts[fr.KEY_REJECTED] = REJECTED
    assert len(set(texts.values())) == 4
    for problem, text in texts.items():
        assert fr.problem_of(text) == problem, text
    assert "locked" in texts[fr.KEYRING_LOCKED] and "Unlock" in texts[fr.KEYRING_LOCKED]
    assert "Secret Service" in texts[fr.KEYRING_UNAVAILABLE] and "start" in texts[fr.KEYRING_UNAVAILABLE]
    assert "Re-enter" in texts[fr.KEY_MISSING]
    assert "new read-only" in fr.FIXES[fr.KEY_REJECTED]
    assert "session" in fr.key_message(fr.KEY_MISSING, "Bybit", "Main", session_only=True)
    assert fr.problem_of("Bybit: no API key found in the OS keyring for 'Main'. Re-enter it in Accounts.") \
        == fr.KEY_MISSING  # the text stored snapshots carry from before
    assert fr.problem_of("OKX: the API key lacks permission to read positions.") == fr.NO_PERMISSION
    assert fr.problem_of(DOWN) == fr.OTHER and fr.problem_of(None) is None


@pytest.mark.parametrize("seconds, text", [(None, "never"), (42, "42 s"), (60, "1 min"), (3599, "59 min"),
                                           (3600, "1 h 00 min"), (7500, "2 h 05 min"), (90000, "1 d 1 h")])
def test_age_text(seconds, text):
    assert fr.age_text(seconds) == text
