"""Fewer requests per sync: public data kept across syncs (core.exchanges.public_cache), identical reads in flight
sent once, accounts synced concurrently, clients paced over the venue's window (core.exchanges.clients).

The real ccxt clients against the loopback fakes; every count is read from the fakes' request logs.
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy, close_clients
from core.exchanges.clients import WindowPace, pace
from core.exchanges.public_cache import MARKETS_TTL, PUBLIC, TIERS_TTL, cache_dir
from core.model import SourceState
from core.sync import collect
from tests.servers.conftest import API_SECRETS, T0, TEST_OPTIONS, add_fake_accounts

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
VENUES = ("binanceusdm", "bybit", "okx")
MARKET_LIST = {"binanceusdm": "/fapi/v1/exchangeInfo", "bybit": "/v5/market/instruments-info",
               "okx": "/api/v5/public/instruments"}
TIERS = {"binanceusdm": "/fapi/v1/leverageBracket", "bybit": "/v5/market/risk-limit",
         "okx": "/api/v5/public/position-tiers"}
CANDLES = {"binanceusdm": "/fapi/v1/klines", "bybit": "/v5/market/kline", "okx": "/api/v5/market/candles"}
POSITIONS = {"binanceusdm": "/fapi/v3/positionRisk", "bybit": "/v5/position/list", "okx": "/api/v5/account/positions"}
#: a symbol each fake's account holds, with tiers and candles
HELD = {"binanceusdm": "BTC/USDT:USDT", "bybit": "LTC/USDT:USDT", "okx": "BTC/USD:BTC"}


def _counts(fake) -> dict[str, int]:
    venue = fake.name
    return {kind: fake.count(paths[venue]) for kind, paths in
            (("markets", MARKET_LIST), ("tiers", TIERS), ("candles", CANDLES), ("positions", POSITIONS))}


def _sources(session):
    latest = session.latest_snapshots(1)
    return session.sources(latest[0][1] if latest else None, FAST)


async def _new_process() -> None:
    """What a new process starts with: no client, nothing in memory (the disk cache stays)."""
    await close_clients()
    PUBLIC.clear()


async def test_a_warm_sync_asks_only_for_what_moves(fakes, session):
    add_fake_accounts(session, fakes)
    _, cold = await session.sync(T0, retry=FAST)
    after_cold = {v: _counts(fakes[v]) for v in VENUES}
    sent_cold = {v: len(fakes[v].requests) for v in VENUES}
    _, warm = await session.sync(T0 + timedelta(minutes=5), retry=FAST)

    assert all(s.state is SourceState.FRESH and s.error is None for s in warm.sources), warm.sources
    for venue in VENUES:
        fake = fakes[venue]
        before, now = after_cold[venue], _counts(fake)
        assert now["markets"] == before["markets"] >= 1, venue  # the market list, tiers and candles: not asked
        assert now["tiers"] == before["tiers"] >= 1, venue
        assert now["candles"] == before["candles"] >= 1, venue
        assert now["positions"] > before["positions"], venue  # what moves: asked again
        assert len(fake.requests) - sent_cold[venue] < sent_cold[venue], venue
        market, earlier = warm.market(venue, HELD[venue]), cold.market(venue, HELD[venue])
        assert market.tiers == earlier.tiers and market.tiers_fetched_at == T0  # a cached table keeps its date
        assert len(market.daily_closes) == len(earlier.daily_closes) == 60
        assert market.daily_closes[:-1] == earlier.daily_closes[:-1]


async def test_an_expired_entry_is_read_again(fakes, session):
    add_fake_accounts(session, fakes)
    await session.sync(T0, retry=FAST)
    first = {v: _counts(fakes[v]) for v in VENUES}

    later = T0 + TIERS_TTL + timedelta(minutes=1)  # tiers expired; the market list not; the same UTC day
    _, snap = await session.sync(later, retry=FAST)
    second = {v: _counts(fakes[v]) for v in VENUES}
    for venue in VENUES:
        assert second[venue]["tiers"] > first[venue]["tiers"], venue
        assert second[venue]["markets"] == first[venue]["markets"], venue
        assert second[venue]["candles"] == first[venue]["candles"], venue
        assert snap.market(venue, HELD[venue]).tiers_fetched_at == later

    next_day = T0 + MARKETS_TTL + timedelta(minutes=1)  # everything expired: a new day, a day-old list
    _, snap = await session.sync(next_day, retry=FAST)
    for venue in VENUES:
        third = _counts(fakes[venue])
        assert third["markets"] > second[venue]["markets"], venue
        assert third["candles"] > second[venue]["candles"], venue
        assert third["tiers"] > second[venue]["tiers"], venue
    assert all(s.state is SourceState.FRESH for s in snap.sources)


async def test_a_cached_market_list_still_finds_a_new_listing(fakes, session):
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    binance = fakes["binanceusdm"]
    _, first = await session.sync(T0, retry=FAST)
    assert binance.count(MARKET_LIST["binanceusdm"]) == 1
    assert not any(p.symbol.endswith("-260626") for p in first.positions)

    binance.delivery = True  # the quarterly is listed, and the account now holds it
    _, snap = await session.sync(T0 + timedelta(minutes=5), retry=FAST)
    assert binance.count(MARKET_LIST["binanceusdm"]) == 2  # the held symbol is not in the cached list: reloaded
    quarterly = [p for p in snap.positions if p.symbol.endswith("-260626")]
    assert len(quarterly) == 1 and quarterly[0].contracts == pytest.approx(0.02)
    assert snap.sources[0].state is SourceState.FRESH and "not analysed" not in (snap.sources[0].error or "")
    assert snap.market("binanceusdm", quarterly[0].symbol) is not None


async def test_a_new_process_starts_warm_from_the_disk_cache(fakes, session):
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    binance = fakes["binanceusdm"]
    await session.sync(T0, retry=FAST)
    before = _counts(binance)
    await _new_process()

    _, snap = await session.sync(T0 + timedelta(minutes=5), retry=FAST)
    after = _counts(binance)
    assert after["markets"] == before["markets"] == 1  # the market list and the candles from the disk
    assert after["candles"] == before["candles"]
    assert after["tiers"] > before["tiers"]  # tiers are read with the account's key: memory only
    assert snap.sources[0].state is SourceState.FRESH and snap.positions_of("binanceusdm-acct")

    # only public answers on disk: market lists and candles, never a key or an account's data
    files = sorted(p.name for p in cache_dir().glob("*.json"))
    assert files and all(name.startswith(("markets-", "candles-")) for name in files), files
    text = "".join(p.read_text() for p in cache_dir().glob("*.json"))
    for value in API_SECRETS["binanceusdm"].values():
        assert value not in text
    assert "positionAmt" not in text and "walletBalance" not in text

    binance.delivery = True  # a listing newer than the disk's list is still found
    await _new_process()
    _, snap = await session.sync(T0 + timedelta(minutes=10), retry=FAST)
    assert binance.count(MARKET_LIST["binanceusdm"]) == 2
    assert any(p.symbol.endswith("-260626") for p in snap.positions)


async def test_an_unreadable_cache_file_is_fetched_again(fakes, session):
    add_fake_accounts(session, fakes, venues=("okx",))
    await session.sync(T0, retry=FAST)
    for path in cache_dir().glob("*.json"):
        path.write_text('{"version": 1, "key": ')  # cut short
    await _new_process()
    _, snap = await session.sync(T0 + timedelta(minutes=5), retry=FAST)
    assert fakes["okx"].count(MARKET_LIST["okx"]) == 2
    assert snap.sources[0].state is SourceState.FRESH
    assert all(json.loads(p.read_text())["version"] == 1 for p in cache_dir().glob("*.json"))  # rewritten whole


async def test_an_expired_piece_that_fails_keeps_the_last_good_table(fakes, session):
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    _, good = await session.sync(T0, retry=FAST)
    fakes["binanceusdm"].fault(TIERS["binanceusdm"], "missing")
    sources = _sources(session)
    _, snap = await session.sync(T0 + TIERS_TTL + timedelta(minutes=1), sources=sources)
    assert snap.sources[0].state is SourceState.FRESH
    assert any("leverage tiers" in p for p in sources[0].problems), sources[0].problems
    assert "synced with gaps" in (snap.sources[0].error or "")
    before, after = good.market("binanceusdm", HELD["binanceusdm"]), snap.market("binanceusdm", HELD["binanceusdm"])
    assert after.tiers == before.tiers and after.tiers_fetched_at == T0  # kept, with its own date


async def test_identical_reads_in_flight_are_sent_once(fakes, session):
    add_fake_accounts(session, fakes, venues=("bybit",))
    bybit = fakes["bybit"]
    _, snap = await session.sync(T0, retry=FAST)
    held = {p.symbol for p in snap.positions}
    # ccxt's fetch_ticker and fetch_funding_rate both read /v5/market/tickers?symbol=...: one request per symbol
    assert bybit.count("/v5/market/tickers") == len(held) == 2
    for symbol in held:
        market = snap.market("bybit", symbol)
        assert market.funding_rate is not None and market.last_price is not None


async def test_two_accounts_on_one_venue_read_the_market_list_once(fakes, session):
    binance = fakes["binanceusdm"]
    for name in ("one", "two"):
        session.create_account("binanceusdm", name, API_SECRETS["binanceusdm"], now=T0, api_base_url=binance.base_url,
                               options=TEST_OPTIONS, account_id=f"binance-{name}")
    _, snap = await session.sync(T0, retry=FAST)
    assert [s.state for s in snap.sources] == [SourceState.FRESH, SourceState.FRESH]
    assert binance.count(MARKET_LIST["binanceusdm"]) == 1
    assert snap.positions_of("binance-one") and snap.positions_of("binance-two")


async def test_accounts_on_different_venues_sync_concurrently(fakes, session):
    add_fake_accounts(session, fakes)
    for fake in fakes.values():
        fake.latency_s = 0.05
    sources = _sources(session)
    snap = await collect(sources, T0, None)
    assert all(s.state is SourceState.FRESH for s in snap.sources)
    first = {v: f.request_times[0] for v, f in fakes.items()}
    last = {v: f.request_times[-1] for v, f in fakes.items()}
    # every venue started before any venue finished: not one after the other
    assert max(first.values()) < min(last.values()), (first, last)


# --- the pace over a venue's window -----------------------------------------------------------------------------------
async def _released(pacer: WindowPace, costs: list[float]) -> list[float]:
    """When each request is let through (monotonic seconds), asked all at once in order."""
    times: list[float] = [0.0] * len(costs)

    async def one(i: int, cost: float) -> None:
        await pacer(cost)
        times[i] = time.monotonic()

    await asyncio.gather(*(one(i, c) for i, c in enumerate(costs)))
    return times


async def test_a_window_lets_its_budget_through_at_once_and_holds_the_rest():
    pacer = WindowPace(window_s=0.3, rate_limit_ms=100)  # 3 cost units within any 0.3 s
    assert pacer.max_weight == pytest.approx(3)
    start = time.monotonic()
    times = await _released(pacer, [1, 1, 1, 1, 2])
    assert max(times[:3]) - start < 0.3  # the window's budget: none waited for the window
    assert times[3] - times[0] >= 0.3 - 0.01  # the fourth waits until the first leaves the window
    assert times[4] - times[1] >= 0.3 - 0.01 and times[4] >= times[3]  # in order


async def test_a_request_dearer_than_the_window_goes_alone_at_its_own_pace():
    pacer = WindowPace(window_s=0.2, rate_limit_ms=50)  # 4 units a window; a cost of 8 holds it 0.4 s
    times = await _released(pacer, [1, 8, 1])
    assert times[1] - times[0] >= 0.2 - 0.01  # waits for the window to empty
    assert times[2] - times[1] >= 0.4 - 0.01  # then nothing else for cost × rateLimit


async def test_pace_applies_only_with_the_limiter_on():
    import ccxt.async_support as ccxt_async

    on, off = ccxt_async.binanceusdm({"enableRateLimit": True}), ccxt_async.binanceusdm({"enableRateLimit": False})
    try:
        pace(on, 60.0)
        pace(off, 60.0)
        assert isinstance(on.throttle, WindowPace) and on.throttle.max_weight == pytest.approx(1200)  # 60 s ÷ 50 ms
        assert not isinstance(off.throttle, WindowPace)
        default = ccxt_async.okx({"enableRateLimit": True})
        pace(default, None)  # no window in the spec: ccxt's own limiter
        assert not isinstance(default.throttle, WindowPace)
        await default.close()
    finally:
        await on.close()
        await off.close()


async def test_a_hyperliquid_market_list_from_the_disk_reads_the_same_positions(session):
    """ccxt's Hyperliquid markets carry the asset indexes its requests use: a list set from the disk must work as
    well as one just read."""
    from tests.servers.fake_hyperliquid import ISOLATED_USERS, FakeHyperliquid

    hl = FakeHyperliquid(hang_s=1.5, lifetime_s=120)
    await hl.start()
    try:
        session.create_account("hyperliquid", "HL", {"walletAddress": ISOLATED_USERS["hl-01"]}, now=T0,
                               api_base_url=hl.base_url, options=TEST_OPTIONS, account_id="hl")
        _, first = await session.sync(T0, retry=FAST)
        lists = [b["type"] for b in hl.bodies if b.get("type") in ("meta", "metaAndAssetCtxs", "spotMeta",
                                                                     "spotMetaAndAssetCtxs")]
        await _new_process()
        sent = len(hl.bodies)
        _, again = await session.sync(T0 + timedelta(minutes=5), retry=FAST)
        assert first.sources[0].state is again.sources[0].state is SourceState.FRESH
        assert again.sources[0].error == first.sources[0].error
        assert [(p.symbol, p.side, p.contracts, p.entry_price) for p in again.positions] == \
            [(p.symbol, p.side, p.contracts, p.entry_price) for p in first.positions] != []
        assert {m.symbol: m.mark_price for m in again.markets} == {m.symbol: m.mark_price for m in first.markets}
        assert len(hl.bodies) - sent < sent and lists  # fewer requests than the cold sync
    finally:
        await close_clients()
        await hl.stop()
