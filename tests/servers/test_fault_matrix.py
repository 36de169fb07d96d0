"""The fault matrix (issue 15): each fault, injected after a good sync, against each source's loopback fake.

Sources: the Binance USD-M, Bybit and OKX fakes (real ccxt), an Esplora server and an EVM node (real httpx, each
behind ``FaultProxy``). Faults: a hung server, 429 with ``Retry-After``, 5xx (a gateway page, the venue's own
500 body, its 503 "unavailable" body: Binance -1001), malformed JSON, a truncated body, a revoked key, a
position in an unknown contract (exchanges; a chain has no contracts) and implausible values.

For each: the source's state and the reason it shows, that nothing was lost (the last good rows with their
original timestamp, in the snapshot and in the store), that the other source stays fresh, and how many
requests reached the server (retried where the fault is transient, never hammered against a ``Retry-After``).
Timeouts and budgets are short (``FAST``, a 0.4 s request timeout) so the whole file stays fast.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from core.custody.http import clear_gates
from core.custody.sources import ChainSettings, WalletSource
from core.exchanges.ccxt_source import RetryPolicy
from core.model import CustodyClass, SourceState, Wallet
from core.risk import assess_positions
from core.risk.accounts import assess_accounts
from core.venues import venue_spec
from tests.servers.conftest import T0, add_fake_accounts
from tests.servers.esplora_fake import EsploraFake, stats
from tests.servers.evm_fake import EvmFake
from tests.servers.fake_binance import RECORDED_BTC_POSITION
from tests.servers.fake_bybit import RECORDED_COINS, RECORDED_LTC_POSITION
from tests.servers.fake_okx import OPTION, RECORDED_LTC, RECORDED_USDT_DETAIL

FAST = RetryPolicy(attempts=2, backoff_s=0.01, budget_s=3.0, source_budget_s=6.0)
LATER = T0 + timedelta(minutes=15)
VENUES = ("binanceusdm", "bybit", "okx")
NAMES = {"binanceusdm": "Binance USD-M", "bybit": "Bybit", "okx": "OKX"}
POSITIONS_PATH = {"binanceusdm": "/fapi/v3/positionRisk", "bybit": "/v5/position/list",
                  "okx": "/api/v5/account/positions"}
OTHER = {"binanceusdm": "okx", "bybit": "binanceusdm", "okx": "bybit"}

#: transport fault -> (words the reason must contain, requests per position call in the faulty sync)
TRANSPORT = {
    "timeout": ("did not answer in time (no answer within 0.4 s)", 2),  # retried once, then reported
    "retry_after": ("rate-limiting requests and asked to wait 30 s", 1),  # not retried against Retry-After: 30
    "429": ("rate-limiting requests", 2),
    "5xx": ("unavailable", 2),  # a 502 gateway page
    "500": ("unavailable", 2),  # HTTP 500 with the venue's own error body (Binance -1000, Bybit 10016, OKX 50026)
    "unavailable": ("unavailable", 2),  # HTTP 503: Binance -1001, OKX 50001, a 503 page for Bybit
    "malformed": ("could not read", 1),
    "truncated": ("the answer was cut off", 2),
    "revoked": ("rejected the API key", 1),
}


def _rows(snap, account_id):
    return sorted((p.symbol, p.side.value, p.contracts, p.entry_price) for p in snap.positions_of(account_id))


def _sources(session):
    latest = session.latest_snapshots(1)
    return session.sources(latest[0][1] if latest else None, FAST)


async def _good(session, fakes, venue):
    """Two accounts (``venue`` and another) synced cleanly at T0."""
    add_fake_accounts(session, fakes, venues=(venue, OTHER[venue]))
    _, good = await session.sync(T0, sources=_sources(session))
    assert all(s.state is SourceState.FRESH for s in good.sources), good.sources
    assert _rows(good, f"{venue}-acct")
    return good


def _assert_kept(session, good, snap, venue, words):
    """The failing account is stale with ``words`` and its T0 rows; the other account is fresh."""
    status = {s.source_id: s for s in snap.sources}
    failed = status[f"{venue}-acct"]
    assert failed.state is SourceState.STALE and failed.as_of == T0, failed
    assert words in failed.error, failed.error
    assert "unexpected problem" not in failed.error
    assert _rows(snap, f"{venue}-acct") == _rows(good, f"{venue}-acct")
    assert {m.symbol for m in snap.markets if m.venue == venue} == {m.symbol for m in good.markets if m.venue == venue}
    assert {b.asset: b.total for b in snap.balances_of(f"{venue}-acct")} == \
        {b.asset: b.total for b in good.balances_of(f"{venue}-acct")}
    other = status[f"{OTHER[venue]}-acct"]
    assert other.state is SourceState.FRESH and other.as_of == LATER
    stored = session.latest_snapshots(1)[0][1]
    assert _rows(stored, f"{venue}-acct") == _rows(good, f"{venue}-acct")
    assert next(s for s in stored.sources if s.source_id == f"{venue}-acct").as_of == T0


# --- exchanges: transport and HTTP faults ---------------------------------------------------------------------
@pytest.mark.parametrize("fault", list(TRANSPORT))
@pytest.mark.parametrize("venue", VENUES)
async def test_exchange_transport_fault(fakes, session, venue, fault):
    good = await _good(session, fakes, venue)
    fake, path = fakes[venue], POSITIONS_PATH[venue]
    fake.fault(path, fault)
    before = fake.count(path)
    started = time.monotonic()
    _, snap = await session.sync(LATER, sources=_sources(session))
    elapsed = time.monotonic() - started

    words, per_call = TRANSPORT[fault]
    _assert_kept(session, good, snap, venue, words)
    calls = len(venue_spec(venue).position_calls)
    assert fake.count(path) - before == per_call * calls, fake.requests[-8:]
    assert elapsed < FAST.budget_s + 1.0  # a hung server is reported within the call's budget

    if fault == "retry_after":  # the venue asked for 30 s of quiet: the next sync sends it nothing at all
        sent = len(fake.requests)
        _, again = await session.sync(LATER + timedelta(seconds=5), sources=_sources(session))
        assert len(fake.requests) == sent
        status = next(s for s in again.sources if s.source_id == f"{venue}-acct")
        assert status.state is SourceState.STALE and status.as_of == T0
        assert "asked to be left alone for" in status.error and "nothing was sent" in status.error


async def test_a_short_retry_after_is_waited_for_then_the_sync_succeeds(fakes, session):
    await _good(session, fakes, "binanceusdm")
    fake, path = fakes["binanceusdm"], POSITIONS_PATH["binanceusdm"]
    fake.retry_after_s = 1
    fake.fault(path, "retry_after", times=1)
    _, snap = await session.sync(LATER, sources=_sources(session))
    assert all(s.state is SourceState.FRESH for s in snap.sources)
    first, retry = [t for r, t in zip(fake.requests, fake.request_times) if r.endswith(path)][-2:]
    assert retry - first >= 0.95  # the server's Retry-After: 1, not the 0.01 s backoff


# --- exchanges: implausible values -------------------------------------------------------------------------------
def _binance_negative_entry(fake):
    flat_ltc = fake.one_way_positions()[2]  # LTCUSDT, a listed contract
    fake.extra_positions.append(dict(flat_ltc, positionAmt="2.0", entryPrice="-3400.0", markPrice="71.1"))


def _binance_btc_above_supply(fake):
    account = fake.single_asset_account()
    btc = dict(account["assets"][0], asset="BTC", walletBalance="63000000000", marginBalance="63000000000",
               availableBalance="63000000000", maxWithdrawAmount="63000000000", crossWalletBalance="63000000000")
    fake.single_asset_account = lambda: dict(account, assets=[*account["assets"], btc])


def _bybit_negative_entry(fake):
    rows = fake.positions()
    fake.positions = lambda: [dict(rows[0], avgPrice="-64.59947917"), *rows[1:]]


def _bybit_btc_above_supply(fake):
    coins = [dict(c, walletBalance="63000000000", equity="63000000000") if c["coin"] == "BTC" else c
             for c in RECORDED_COINS]
    wallet = fake.wallet()
    fake.wallet = lambda: dict(wallet, coin=coins)


def _bybit_nan_balance(fake):
    coins = [dict(c, walletBalance="NaN", equity="NaN") if c["coin"] == "USDT" else c for c in RECORDED_COINS]
    wallet = fake.wallet()
    fake.wallet = lambda: dict(wallet, coin=coins)


def _okx_negative_entry(fake):
    rows = fake.positions()
    fake.positions = lambda: [dict(rows[0], avgPx="-82.675"), *rows[1:]]


def _okx_btc_above_supply(fake):
    balance = fake.balance()
    btc = dict(RECORDED_USDT_DETAIL, ccy="BTC", cashBal="63000000000", eq="63000000000", availBal="63000000000",
               availEq="63000000000")
    fake.balance = lambda: dict(balance, details=[RECORDED_USDT_DETAIL, btc])


def _okx_nan_mark(fake):
    rows = fake.positions()
    fake.positions = lambda: [dict(rows[0], markPx="NaN"), *rows[1:]]


IMPLAUSIBLE: dict[str, tuple[str, Callable[[Any], None], str]] = {
    "binance-negative-entry": ("binanceusdm", _binance_negative_entry, "LTCUSDT: a held position"),
    "binance-btc-above-supply": ("binanceusdm", _binance_btc_above_supply, "above its total supply"),
    "bybit-negative-entry": ("bybit", _bybit_negative_entry, "entry price is -64.59947917"),
    "bybit-btc-above-supply": ("bybit", _bybit_btc_above_supply, "BTC balance (total) is 63,000,000,000"),
    "bybit-nan-balance": ("bybit", _bybit_nan_balance, "USDT: walletBalance is NaN"),
    "okx-negative-entry": ("okx", _okx_negative_entry, "entry price is -82.675"),
    "okx-btc-above-supply": ("okx", _okx_btc_above_supply, "above its total supply (21,000,000)"),
    "okx-nan-mark": ("okx", _okx_nan_mark, "LTC-USDT-SWAP: markPx is NaN"),
}


@pytest.mark.parametrize("case", list(IMPLAUSIBLE))
async def test_implausible_exchange_data_fails_the_account_and_keeps_the_last_good(fakes, session, case):
    venue, inject, words = IMPLAUSIBLE[case]
    good = await _good(session, fakes, venue)
    inject(fakes[venue])
    _, snap = await session.sync(LATER, sources=_sources(session))
    _assert_kept(session, good, snap, venue, words)
    error = next(s.error for s in snap.sources if s.source_id == f"{venue}-acct")
    assert error.startswith(f"{NAMES[venue]} sent implausible data"), error


# --- exchanges: a position in a contract that is not (and cannot be) loaded ------------------------------------
def _binance_unknown(fake):
    fake.extra_positions.append(dict(RECORDED_BTC_POSITION, symbol="BTCUSDT_260925", positionAmt="0.005"))
    return "BTCUSDT_260925", "/fapi/v1/exchangeInfo"


def _bybit_unknown(fake):
    fake.extra_positions[("linear", "USDT")] = [dict(RECORDED_LTC_POSITION, symbol="XYZUSDT", size="7")]
    return "XYZUSDT", "/v5/market/instruments-info"


def _okx_unknown(fake):
    fake.extra_positions.append(dict(RECORDED_LTC, instId=OPTION, instType="OPTION", avgPx="0.012",
                                     markPx="0.0095", pos="2", posSide="net"))
    return "BTC/USD:BTC-260327-100000-C", "/api/v5/public/instruments"  # ccxt's symbol for OPTION


UNKNOWN = {"binanceusdm": _binance_unknown, "bybit": _bybit_unknown, "okx": _okx_unknown}


def _figures(snap, account_id):
    """What the analysis computes for the account: each position's liquidation price, the account's MM."""
    risks = {(r.position.symbol, r.position.side.value): r.liquidation_price for r in assess_positions(snap)
             if r.position.account_id == account_id}
    account = next(a for a in assess_accounts(snap) if a.account_id == account_id)
    return risks, account.maintenance_margin_usd, account.equity_usd


@pytest.mark.parametrize("venue", VENUES)
async def test_an_unknown_contract_is_not_analysed_and_touches_no_other_figure(fakes, session, venue):
    good = await _good(session, fakes, venue)
    fake = fakes[venue]
    contract, markets_path = UNKNOWN[venue](fake)
    loads = fake.count(markets_path)
    _, snap = await session.sync(LATER, sources=_sources(session))

    status = next(s for s in snap.sources if s.source_id == f"{venue}-acct")
    assert status.state is SourceState.FRESH and status.as_of == LATER  # the account itself is fine
    assert f"not analysed: unknown contract {contract}" in status.error, status.error
    assert _rows(snap, f"{venue}-acct") == _rows(good, f"{venue}-acct")  # left out, and nothing else lost
    assert all(contract not in p.symbol for p in snap.positions)
    assert _figures(snap, f"{venue}-acct") == _figures(good, f"{venue}-acct")
    assert fake.count(markets_path) > loads  # the market list was (re)loaded once for it ...
    loads = fake.count(markets_path)
    _, again = await session.sync(LATER + timedelta(minutes=5), sources=_sources(session))
    assert fake.count(markets_path) == loads  # ... and not at every sync
    assert "not analysed" in next(s.error for s in again.sources if s.source_id == f"{venue}-acct")


# --- chain servers: Esplora and an EVM node behind a fault-injecting proxy -------------------------------------
BTC_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH_ADDRESS = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
CHAIN_FAULTS = ("timeout", "retry_after", "5xx", "malformed", "truncated", "revoked", "implausible")


class FaultProxy:
    """A loopback HTTP proxy in front of a chain fake: forwards every request, or answers with a fault."""

    def __init__(self, upstream: str, hang_s: float = 1.5) -> None:
        self.upstream = upstream.rstrip("/")
        self.hang_s = hang_s
        self.fault: str | None = None
        self.retry_after_s = 30
        self.requests: list[float] = []  # time.monotonic() of each request
        self.url = ""

    async def __aenter__(self) -> FaultProxy:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._session = aiohttp.ClientSession()
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._session.close()
        await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(time.monotonic())
        if self.fault == "timeout":
            await asyncio.sleep(self.hang_s)
            return web.Response(status=504)
        if self.fault == "retry_after":
            return web.Response(status=429, text="slow down", headers={"Retry-After": str(self.retry_after_s)})
        if self.fault == "5xx":
            return web.Response(status=503, text="<html>503</html>", content_type="text/html")
        if self.fault == "malformed":
            return web.Response(status=200, text='{"chain_stats": {"funded', content_type="application/json")
        if self.fault == "revoked":
            return web.Response(status=401, text='{"error": "invalid project id"}', content_type="application/json")
        body = await request.read()
        async with self._session.request(request.method, self.upstream + request.path_qs, data=body or None,
                                         headers={"Content-Type": request.content_type}) as answer:
            payload = await answer.read()
            status = answer.status
        if self.fault == "truncated":
            response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
            response.content_length = len(payload)
            await response.prepare(request)
            await response.write(payload[: len(payload) // 2])
            if request.transport is not None:
                request.transport.close()
            return response
        return web.Response(status=status, body=payload, content_type="application/json")


CHAIN_EXPECTED = {  # fault -> (words, requests in the faulty sync)
    "timeout": ("did not answer in time (no answer within 0.4 s)", 2),
    "retry_after": ("rate-limiting requests (HTTP 429, asked to wait 30 s)", 1),
    "5xx": ("is unavailable (HTTP 503)", 2),
    "malformed": ("sent something that is not JSON", 1),
    "truncated": ("sent an incomplete response", 2),
    "revoked": ("refused the request (HTTP 401)", 1),
    "implausible": ("sent implausible data", None),
}


@pytest.fixture(autouse=True)
def _forget_server_holds():
    yield
    clear_gates()


@pytest.mark.parametrize("fault", CHAIN_FAULTS)
@pytest.mark.parametrize("chain", ["esplora", "evm"])
async def test_chain_server_fault(session, fault, chain):
    esplora = EsploraFake(addresses={BTC_ADDRESS: stats(250_000)})
    evm = EvmFake(native_wei={ETH_ADDRESS.lower(): 2 * 10**18})
    async with esplora, evm, FaultProxy(esplora.url if chain == "esplora" else evm.url) as proxy:
        settings = ChainSettings(esplora_url=proxy.url if chain == "esplora" else esplora.url,
                                 evm_rpc_url=proxy.url + "/" if chain == "evm" else evm.url,
                                 timeout_s=0.4, retries=1, backoff_s=0.01, budget_s=4.0)
        btc = Wallet("cold", "Cold", "btc-address", BTC_ADDRESS, "Ledger", CustodyClass.HARDWARE_WALLET, "bitcoin")
        eth = Wallet("hot", "Hot", "evm-address", ETH_ADDRESS, "other", CustodyClass.SOFTWARE_WALLET, "ethereum")
        failing, other = ("cold", "hot") if chain == "esplora" else ("hot", "cold")

        def sources():
            return [WalletSource(btc, settings), WalletSource(eth, settings, tokens=())]

        _, good = await session.sync(T0, sources=sources())
        assert all(s.state is SourceState.FRESH for s in good.sources), good.sources
        kept = {h.asset: h.amount for h in good.holdings if h.source_id == failing}
        assert kept == ({"BTC": 0.0025} if chain == "esplora" else {"ETH": 2.0})

        if fault == "implausible" and chain == "esplora":  # 63 billion BTC
            esplora.addresses[BTC_ADDRESS] = stats(63_000_000_000 * 100_000_000)
        elif fault == "implausible":  # 1.16e59 ETH
            evm.native_wei[ETH_ADDRESS.lower()] = 116 * 10**75
        else:
            proxy.fault = fault
        sent = len(proxy.requests)
        started = time.monotonic()
        _, snap = await session.sync(LATER, sources=sources())
        elapsed = time.monotonic() - started

        status = {s.source_id: s for s in snap.sources}
        words, requests = CHAIN_EXPECTED[fault]
        assert status[failing].state is SourceState.STALE and status[failing].as_of == T0, status[failing]
        assert words in status[failing].error, status[failing].error
        assert status[other].state is SourceState.FRESH and status[other].as_of == LATER
        assert {h.asset: h.amount for h in snap.holdings if h.source_id == failing} == kept
        stored = session.latest_snapshots(1)[0][1]
        assert {h.asset: h.amount for h in stored.holdings if h.source_id == failing} == kept
        if requests is not None:
            assert len(proxy.requests) - sent == requests
        assert elapsed < 3.0

        if fault == "retry_after":  # honoured across syncs: nothing is sent before the 30 s are over
            sent = len(proxy.requests)
            _, again = await session.sync(LATER + timedelta(seconds=5), sources=sources())
            assert len(proxy.requests) == sent
            assert "asked to be left alone for 30 s" in next(s.error for s in again.sources if s.source_id == failing)


async def test_a_short_chain_retry_after_is_waited_for():
    async with EsploraFake(addresses={BTC_ADDRESS: stats(1_000)}) as esplora, FaultProxy(esplora.url) as proxy:
        proxy.fault, proxy.retry_after_s = "retry_after", 1
        source = WalletSource(Wallet("w", "W", "btc-address", BTC_ADDRESS, "other", CustodyClass.HARDWARE_WALLET,
                                     "bitcoin"), ChainSettings(esplora_url=proxy.url, timeout_s=0.4, retries=2,
                                                               backoff_s=0.01, budget_s=4.0))
        task = asyncio.create_task(source.fetch(T0))
        await asyncio.sleep(0.3)
        proxy.fault = None
        payload = await task
    assert payload.holdings[0].amount == pytest.approx(0.00001)
    assert len(proxy.requests) == 2 and proxy.requests[1] - proxy.requests[0] >= 0.95


# --- markets follow positions: the types an account holds are loaded and analysed --------------------------------
async def test_okx_dated_futures_are_loaded_options_and_margin_are_not_analysed(fakes, session):
    fakes["okx"].inst_types = True
    add_fake_accounts(session, fakes, venues=("okx",))
    _, snap = await session.sync(T0, sources=_sources(session))
    status = snap.sources[0]
    assert status.state is SourceState.FRESH
    future = next(p for p in snap.positions if p.symbol == "BTC/USDT:USDT-260626")
    # the quarterly's own instrument: 0.01 BTC a contract, USDT-settled, linear (not the raw id, not a made-up size)
    assert (future.contracts, future.contract_size, future.settle, future.inverse) == (3, 0.01, "USDT", False)
    assert future.entry_price == 91000 and future.mark_price == 93100
    market = snap.market("okx", "BTC/USDT:USDT-260626")
    assert market is not None and market.tiers and market.funding_rate is None  # a dated future does not fund
    assert fakes["okx"].instrument_queries.count("FUTURES") == 1
    assert "not analysed: unknown contract BTC/USD:BTC-260327-100000-C" in status.error
    assert "not analysed: unknown contract BTC-USDT" in status.error  # the MARGIN row (a spot pair, not loaded)
    assert {p.symbol for p in snap.positions} == {"LTC/USDT:USDT", "BTC/USD:BTC", "BTC/USDT:USDT-260626"}
    assert not any(r.endswith("/public/funding-rate") and "260626" in r for r in fakes["okx"].requests)
    # the quarterly counts in the cross account by its own contract: 3 x 0.01 BTC x 93,100 = 2,793 USDT at the first
    # tier's 0.4 % (the fake's tiers) + OKX's 0.05 % taker fee; the LTC long adds 2 x 101.33 x (0.4 % + 0.05 %)
    account = next(a for a in assess_accounts(snap) if a.account_id == "okx-acct")
    assert account.maintenance_margin_usd == pytest.approx(2793 * 0.0045 + 2 * 101.33 * 0.0045)


async def test_bybit_positions_of_every_settle_coin_and_category(fakes, session):
    bybit = fakes["bybit"]
    bybit.usdc = bybit.inverse = True
    add_fake_accounts(session, fakes, venues=("bybit",))
    _, snap = await session.sync(T0, sources=_sources(session))
    assert snap.sources[0].state is SourceState.FRESH, snap.sources[0]
    asked = {(q.get("category"), q.get("settleCoin")) for q in bybit.position_queries}
    assert asked == {("inverse", None), ("linear", "USDC"), ("linear", "USDT")}
    # an inverse position with only linear markets loaded: the inverse list is loaded, the positions read again
    assert len(bybit.position_queries) == 6
    assert [r for r in bybit.requests if r.endswith("instruments-info")].__len__() >= 2
    by_symbol = {p.symbol: p for p in snap.positions}
    assert set(by_symbol) == {"LTC/USDT:USDT", "BTC/USDT:USDT", "BTC/USDC:USDC", "BTC/USD:BTC"}
    usdc, inverse = by_symbol["BTC/USDC:USDC"], by_symbol["BTC/USD:BTC"]
    assert (usdc.settle, usdc.inverse, usdc.contracts, usdc.side.value) == ("USDC", False, 0.05, "long")
    assert (inverse.settle, inverse.inverse, inverse.contracts, inverse.side.value) == ("BTC", True, 10000, "short")
    assert inverse.liquidation_price_reported == 68900
    assert snap.market("bybit", "BTC/USD:BTC") is not None and snap.market("bybit", "BTC/USDC:USDC") is not None
    assert "not analysed" not in (snap.sources[0].error or "")
    bybit.position_queries.clear()
    _, later = await session.sync(LATER, sources=_sources(session))
    assert len(bybit.position_queries) == 3 and {p.symbol for p in later.positions} == set(by_symbol)


async def test_binance_delivery_contract_is_analysed(fakes, session):
    binance = fakes["binanceusdm"]
    binance.delivery = True
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    _, snap = await session.sync(T0, sources=_sources(session))
    assert snap.sources[0].state is SourceState.FRESH and "not analysed" not in (snap.sources[0].error or "")
    quarterly = next(p for p in snap.positions if p.symbol == "BTC/USDT:USDT-260626")
    assert (quarterly.contracts, quarterly.contract_size, quarterly.settle, quarterly.inverse) == \
        (0.02, 1, "USDT", False)
    assert snap.market("binanceusdm", "BTC/USDT:USDT-260626").tiers
    assert binance.count("/fapi/v1/exchangeInfo") == 1  # listed from the start: nothing to reload


# --- the retry policy's budgets, without a server ------------------------------------------------------------------
async def test_a_hung_call_is_given_up_within_the_budget_and_not_retried_past_it():
    from core.retry import call_with_retries

    calls = []

    async def hangs():
        calls.append(time.monotonic())
        await asyncio.sleep(10)

    started = time.monotonic()
    with pytest.raises(TimeoutError):  # request timeout 0.4 s, budget 0.6 s: one try, cut at 0.6 s
        await call_with_retries(hangs, RetryPolicy(attempts=3, backoff_s=0.01, budget_s=0.6),
                                lambda e: "timeout", attempt_s=0.4)
    assert len(calls) == 1 and time.monotonic() - started < 0.9


def test_the_default_timeouts_report_a_hung_server_within_15_s():
    from core.exchanges.venues import DEFAULT_TIMEOUT_MS

    policy = RetryPolicy()
    assert policy.budget_s <= 15 and DEFAULT_TIMEOUT_MS / 1000 <= policy.budget_s
    assert ChainSettings().timeout_s <= 15 and policy.max_wait_s == 60


def test_retry_after_forms():
    from datetime import UTC, datetime

    from core.retry import Gate, parse_retry_after

    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert parse_retry_after("30") == 30 and parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("Mon, 02 Mar 2026 08:00:45 GMT", now) == 45  # RFC 9110 HTTP-date
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0 and parse_retry_after("nan") is None
    gate = Gate()
    gate.hold(1e12)  # a hostile server cannot silence itself for ever: a day at most
    assert 86_000 < gate.wait_s() <= 86_400
