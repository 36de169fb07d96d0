"""Fault injection on each fake: the failing account is marked stale with a clear reason, keeps its
last good data (in the snapshot and in the store), and the other accounts still sync."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy
from core.model import SourceState
from core.store import connect
from core.venues import venue_spec
from tests.servers.conftest import API_SECRETS, T0, add_fake_accounts

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
POSITIONS_PATH = {"binanceusdm": "/fapi/v3/positionRisk", "bybit": "/v5/position/list",
                  "okx": "/api/v5/account/positions"}
EXPECTED = {  # fault -> (category, words the user sees)
    "timeout": ("timeout", "did not answer in time"),
    "429": ("rate_limited", "rate-limiting"),
    "5xx": ("venue_down", "unavailable"),
    "malformed": ("bad_data", "could not read"),
    "revoked": ("bad_key", "rejected the API key"),
    "missing": ("not_supported", "does not provide positions"),
}


def _rows(snap, account_id):
    return sorted((p.symbol, p.side.value, p.contracts, p.entry_price) for p in snap.positions_of(account_id))


def _sources(session):
    """The session's sources, built here so a test can look at them after the sync."""
    latest = session.latest_snapshots(1)
    return session.sources(latest[0][1] if latest else None, FAST)


async def _first_good_sync(session, fakes):
    add_fake_accounts(session, fakes)
    _, good = await session.sync(T0, retry=FAST)
    assert all(s.state is SourceState.FRESH for s in good.sources)
    return good


@pytest.mark.parametrize("fault", list(EXPECTED))
@pytest.mark.parametrize("venue", ["binanceusdm", "bybit", "okx"])
async def test_a_failing_account_goes_stale_and_keeps_its_data(fakes, session, venue, fault):
    good = await _first_good_sync(session, fakes)
    account_id = f"{venue}-acct"
    fakes[venue].fault(POSITIONS_PATH[venue], fault)
    later = T0 + timedelta(minutes=15)
    sources = _sources(session)
    _, snap = await session.sync(later, sources=sources)

    status = {s.source_id: s for s in snap.sources}
    failed = status[account_id]
    category, words = EXPECTED[fault]
    assert failed.state is SourceState.STALE and failed.as_of == T0
    assert words in failed.error, failed.error
    assert next(s for s in sources if s.source_id == account_id)  # the source object survived
    assert _rows(snap, account_id) == _rows(good, account_id) and _rows(good, account_id)
    assert {m.symbol for m in snap.markets if m.venue == venue} == {m.symbol for m in good.markets if m.venue == venue}
    for other in {"binanceusdm", "bybit", "okx"} - {venue}:
        assert status[f"{other}-acct"].state is SourceState.FRESH
        assert status[f"{other}-acct"].as_of == later
    stored = session.latest_snapshots(1)[0][1]  # what the store holds now still has the stale account's positions
    assert _rows(stored, account_id) == _rows(good, account_id)
    assert category  # documented above; the category itself is checked in test_errors


async def test_a_transient_error_is_retried_and_recovers(fakes, session):
    await _first_good_sync(session, fakes)
    fakes["okx"].fault(POSITIONS_PATH["okx"], "429", times=1)
    _, snap = await session.sync(T0 + timedelta(minutes=1), retry=FAST)
    assert all(s.state is SourceState.FRESH for s in snap.sources)
    assert fakes["okx"].count(POSITIONS_PATH["okx"]) == 3  # first sync, the 429, the retry


async def test_a_revoked_key_is_not_retried(fakes, session):
    await _first_good_sync(session, fakes)
    fakes["bybit"].fault(POSITIONS_PATH["bybit"], "revoked")
    await session.sync(T0 + timedelta(minutes=1), retry=FAST)
    # one request per settle coin and category in each of the two syncs: the revoked ones not retried
    assert fakes["bybit"].count(POSITIONS_PATH["bybit"]) == 2 * len(venue_spec("bybit").position_calls)


async def test_a_missing_optional_endpoint_keeps_the_last_good_value(fakes, session):
    good = await _first_good_sync(session, fakes)
    fakes["binanceusdm"].fault("/fapi/v1/openInterest", "missing")
    sources = _sources(session)
    _, snap = await session.sync(T0 + timedelta(minutes=5), sources=sources)
    status = {s.source_id: s for s in snap.sources}
    assert status["binanceusdm-acct"].state is SourceState.FRESH
    source = next(s for s in sources if s.source_id == "binanceusdm-acct")
    assert any("open interest" in p for p in source.problems), source.problems
    before = good.market("binanceusdm", "BTC/USDT:USDT")
    after = snap.market("binanceusdm", "BTC/USDT:USDT")
    assert after.open_interest_usd == before.open_interest_usd is not None  # kept, not blanked
    assert after.bids == before.bids and after.tiers == before.tiers


async def test_failure_without_earlier_data_is_failed_not_blank(fakes, session):
    add_fake_accounts(session, fakes)
    fakes["binanceusdm"].fault("*", "5xx")
    _, snap = await session.sync(T0, retry=FAST)
    status = {s.source_id: s for s in snap.sources}
    assert status["binanceusdm-acct"].state is SourceState.FAILED
    assert "unavailable" in status["binanceusdm-acct"].error
    assert status["bybit-acct"].state is SourceState.FRESH and snap.positions_of("bybit-acct")


async def test_an_unreachable_venue_is_a_network_error(fakes, session):
    add_fake_accounts(session, fakes, venues=("okx",))
    await fakes["okx"].stop()
    _, snap = await session.sync(T0, retry=FAST)
    assert "Could not reach OKX" in snap.sources[0].error


async def test_known_secrets_never_reach_the_database_logs_or_messages(fakes, session, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    await _first_good_sync(session, fakes)
    for venue in fakes:
        fakes[venue].fault(POSITIONS_PATH[venue], "revoked")
    _, snap = await session.sync(T0 + timedelta(minutes=1), retry=FAST)
    messages = [s.error or "" for s in snap.sources]
    assert all("rejected the API key" in m for m in messages)
    checkpoint = connect(session.store.path)
    checkpoint.execute("PRAGMA wal_checkpoint(FULL)")
    checkpoint.close()
    files = b"".join(p.read_bytes() for p in tmp_path.glob("undertow.sqlite*"))
    logs = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    for creds in API_SECRETS.values():
        for value in creds.values():
            assert value.encode() not in files, "secret in the database"
            assert value not in logs, "secret in the logs"
            assert all(value not in m for m in messages), "secret in a message"
    refs = {r["id"]: r["secret_ref"] for r in session.store.read()["exchange_accounts"].rows}
    assert set(refs.values()) == {"keyring"}
