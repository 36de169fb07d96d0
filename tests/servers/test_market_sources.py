"""The market-fragility sources against loopback fakes (issue 19, acceptance 1): ETF flow tables, Cboe index files,
Deribit's DVOL through the real ccxt client, and the venues' spot volume through the real ccxt client; each good
path and its faults (stale, malformed, missing), the last good data kept and marked stale.

Expected values: the fakes' synthetic tables summed by hand (tests/servers/etf_fake.py), the recorded Binance spot
ticker's quoteVolume (shared/ccxt-fixtures/response/binance.json, fetchTicker "public spot ticker").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import web

from core.market_signals import DVOL_BTC, DVOL_ETH, ETF_BTC, ETF_ETH, GVZ, VIX
from core.sources import etf, volatility
from core.sync import SourceError
from tests.servers.conftest import T0, add_fake_accounts
from tests.servers.deribit_fake import FakeDeribit
from tests.servers.etf_fake import FakeEtf
from tests.servers.fake_binance import FakeVenue
from tests.servers.vol_fake import FakeCboe, year_of_closes

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday; the fakes' newest full day is Friday 2026-02-27


@pytest.fixture
async def etf_fake():
    async with FakeEtf(hang_s=1.5, lifetime_s=60) as fake:
        yield fake


@pytest.fixture
async def cboe():
    async with FakeCboe(hang_s=1.5, lifetime_s=60) as fake:
        fake.closes["VIX"] = year_of_closes(date(2026, 2, 27), 45.0)
        fake.closes["GVZ"] = year_of_closes(date(2026, 2, 27), 12.0)
        yield fake


def _day_ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
async def deribit():
    async with FakeDeribit(hang_s=1.5, lifetime_s=60) as fake:
        days = [date(2026, 3, 2) - timedelta(days=i) for i in range(399, -1, -1)]
        fake.candles["BTC"] = [[_day_ms(d), 50.0, 52.0, 48.0, 40.0 + i * 0.05] for i, d in enumerate(days)]
        fake.candles["ETH"] = [[_day_ms(d), 60.0, 62.0, 58.0, 70.0] for d in days]
        yield fake


def _settings(session, etf_fake=None, cboe=None, deribit=None, **more):
    session.settings = replace(
        session.settings, etf_btc_url=f"{etf_fake.base_url}/btc" if etf_fake else "",
        etf_eth_url=f"{etf_fake.base_url}/eth.csv" if etf_fake else "",
        vix_url=cboe.url("VIX") if cboe else "", gvz_url=cboe.url("GVZ") if cboe else "",
        deribit_url=deribit.base_url if deribit else "", request_timeout_s=1, source_timeout_s=5, **more)


# --- ETF flows ------------------------------------------------------------------------------------------------------
async def test_farside_style_page_and_csv_are_read(etf_fake):
    btc = await etf.fetch_flows(f"{etf_fake.base_url}/btc")
    # the "Total" column in US$ m, the summary rows and today's empty row left out
    assert btc == ((date(2026, 2, 23), 45_000_000.0), (date(2026, 2, 24), -12_300_000.0),
                   (date(2026, 2, 25), -300_000_000.0), (date(2026, 2, 26), 70_000_000.0),
                   (date(2026, 2, 27), 325_500_000.0))
    eth = await etf.fetch_flows(f"{etf_fake.base_url}/eth.csv")
    assert eth == ((date(2026, 2, 25), -40_000_000.0), (date(2026, 2, 26), 12_500_000.0),
                   (date(2026, 2, 27), 3_250_000.0))


async def test_etf_refresh_stores_the_series_with_source_and_date(session, etf_fake):
    _settings(session, etf_fake)
    assert await session.refresh_market_series(NOW) == {ETF_BTC: None, ETF_ETH: None}
    series = session.market_series()
    btc = series[ETF_BTC]
    assert btc.source == f"{etf_fake.base_url}/btc" and btc.as_of == NOW and not btc.stale
    assert btc.latest == (date(2026, 2, 27), 325_500_000.0)
    # the last five days' sum by hand: 45 - 12.3 - 300 + 70 + 325.5 = 128.2 US$ m
    report = session.fragility_report(NOW, _held_snapshot())
    signal = report.scores[0].signal("etf_flows")
    assert signal.value == pytest.approx(128_200_000.0) and not signal.flagged and signal.source == btc.source
    # a second refresh within market_series_refresh_h asks nothing
    before = len(etf_fake.requests)
    assert await session.refresh_market_series(NOW + timedelta(hours=1)) == {}
    assert len(etf_fake.requests) == before


@pytest.mark.parametrize("fault, needle", [("missing", "HTTP 404"), ("5xx", "HTTP 502"), ("timeout", "did not answer")])
async def test_an_etf_fetch_that_fails_keeps_the_last_good_data_marked_stale(session, etf_fake, fault, needle):
    _settings(session, etf_fake)
    await session.refresh_market_series(NOW)
    etf_fake.fault("/btc", fault)
    results = await session.refresh_market_series(NOW + timedelta(days=1), force=True)
    assert results[ETF_BTC] is not None and needle in str(results[ETF_BTC]), results
    assert results[ETF_ETH] is None
    btc = session.market_series()[ETF_BTC]
    assert btc.stale and needle in str(btc.problem)
    assert btc.latest == (date(2026, 2, 27), 325_500_000.0) and btc.as_of == NOW  # the last good fetch
    signal = session.fragility_report(NOW, _held_snapshot()).scores[0].signal("etf_flows")
    assert signal.stale and signal.value == pytest.approx(128_200_000.0)


@pytest.mark.parametrize("layout, needle", [("no_table", "no daily ETF flows found"),
                                            ("words", "not a number")])
async def test_a_malformed_etf_table_is_refused_and_the_last_good_data_kept(session, etf_fake, layout, needle):
    _settings(session, etf_fake)
    await session.refresh_market_series(NOW)
    etf_fake.layout = layout
    results = await session.refresh_market_series(NOW + timedelta(days=1), force=True)
    assert needle in str(results[ETF_BTC])
    btc = session.market_series()[ETF_BTC]
    assert btc.stale and len(btc.points) == 5 and btc.latest == (date(2026, 2, 27), 325_500_000.0)


async def test_a_table_that_stopped_updating_is_stored_but_marked_stale(session, etf_fake):
    _settings(session, etf_fake)
    results = await session.refresh_market_series(NOW + timedelta(days=30))
    assert "stopped updating" in str(results[ETF_BTC]) and "2026-02-27" in str(results[ETF_BTC])
    btc = session.market_series()[ETF_BTC]
    assert btc.stale and btc.latest == (date(2026, 2, 27), 325_500_000.0)


async def test_the_manual_import_and_its_errors(session, tmp_path, etf_fake):
    good = tmp_path / "flows.csv"
    good.write_text("date,flow\n2026-02-26,1.5\n2026-02-27,(2.25)\n", encoding="utf-8")
    assert session.import_etf_flows(good, "btc", NOW) == 2
    btc = session.market_series()[ETF_BTC]
    assert btc.points == ((date(2026, 2, 26), 1_500_000.0), (date(2026, 2, 27), -2_250_000.0))
    assert btc.source == "file:flows.csv" and btc.as_of == NOW
    bad = tmp_path / "bad.csv"
    bad.write_text("just,some,words\nno,dates,here\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no daily ETF flows found in bad.csv"):
        session.import_etf_flows(bad, "BTC", NOW)
    with pytest.raises(SourceError, match="cannot read"):
        session.import_etf_flows(tmp_path / "missing.csv", "BTC", NOW)
    assert session.market_series()[ETF_BTC].points == btc.points  # nothing lost
    with pytest.raises(ValueError, match="BTC or ETH"):
        session.import_etf_flows(good, "SOL", NOW)


# --- Cboe volatility indices ------------------------------------------------------------------------------------
async def test_cboe_files_are_read_and_judged_against_their_own_year(session, cboe):
    _settings(session, cboe=cboe)
    assert await session.refresh_market_series(NOW) == {VIX: None, GVZ: None}
    vix = session.market_series()[VIX]
    assert vix.latest == (date(2026, 2, 27), 45.0) and vix.source == cboe.url("VIX")
    signals = session.fragility_report(NOW, _held_snapshot()).scores[0]
    # 300 weekday closes 10.0, 10.1, ..., the last one 45.0 (VIX) / 12.0 (GVZ); the lookback (365 calendar days)
    # holds the last 261 weekdays: closes 13.8 .. 39.8 plus the last. 80th percentile computed independently:
    import numpy as np

    window = [c for d, c in cboe.closes["VIX"] if d > date(2026, 2, 27) - timedelta(days=365)]
    equity = signals.signal("vol_equity")
    assert equity.reference_high == pytest.approx(float(np.percentile(window, 80)))
    assert equity.value == 45.0 and equity.flagged and equity.as_of == datetime(2026, 2, 27, tzinfo=UTC)
    gold = signals.signal("vol_gold")
    assert gold.value == 12.0 and not gold.flagged


@pytest.mark.parametrize("fault, needle", [("missing", "HTTP 404"), ("500", "HTTP 500")])
async def test_a_cboe_fault_keeps_the_last_good_file(session, cboe, fault, needle):
    _settings(session, cboe=cboe)
    await session.refresh_market_series(NOW)
    cboe.fault(volatility.CBOE_BASE.split(".com", 1)[1] + "VIX_History.csv", fault)
    results = await session.refresh_market_series(NOW + timedelta(hours=13))
    assert needle in str(results[VIX]) and results[GVZ] is None
    vix = session.market_series()[VIX]
    assert vix.stale and vix.latest == (date(2026, 2, 27), 45.0)


async def test_a_cboe_file_without_its_header_is_refused(session, cboe):
    _settings(session, cboe=cboe)
    await session.refresh_market_series(NOW)
    cboe.layout = "no_header"
    results = await session.refresh_market_series(NOW, force=True)
    assert "no DATE and CLOSE columns" in str(results[VIX])
    assert session.market_series()[VIX].stale


async def test_a_cleared_url_turns_the_series_off(session, cboe):
    _settings(session, cboe=cboe)
    await session.refresh_market_series(NOW)
    session.settings = replace(session.settings, vix_url="")
    assert VIX not in session.market_series() and GVZ in session.market_series()
    assert session.fragility_report(NOW, _held_snapshot()).scores[0].signal("vol_equity").value is None


# --- Deribit DVOL through ccxt ----------------------------------------------------------------------------------
async def test_dvol_is_read_through_ccxt(session, deribit):
    _settings(session, deribit=deribit)
    assert await session.refresh_market_series(NOW) == {DVOL_BTC: None, DVOL_ETH: None}
    btc = session.market_series()[DVOL_BTC]
    assert len(btc.points) == 400 and btc.latest == (date(2026, 3, 2), pytest.approx(40.0 + 399 * 0.05))
    asked = deribit.asked[0]
    assert asked["resolution"] == "1D" and asked["currency"] in ("BTC", "ETH")
    assert int(asked["end_timestamp"]) == int(NOW.timestamp() * 1000)
    signal = session.fragility_report(NOW, _held_snapshot()).scores[0].signal("vol_crypto")
    assert signal.value == pytest.approx(59.95) and signal.flagged  # a steady climb: the newest is the highest


async def test_dvol_follows_the_continuation(deribit):
    deribit.page_size = 150
    points = await volatility.fetch_dvol("BTC", NOW, deribit.base_url, 2.0)
    assert len(points) == 400 and len(deribit.asked) == 3


@pytest.mark.parametrize("fault, needle", [("missing", ""), ("5xx", ""), ("malformed", "")])
async def test_a_dvol_fault_keeps_the_last_good_series(session, deribit, fault, needle):
    _settings(session, deribit=deribit)
    await session.refresh_market_series(NOW)
    deribit.fault("*", fault)
    results = await session.refresh_market_series(NOW + timedelta(days=1), force=True)
    assert results[DVOL_BTC] is not None and "Deribit" in str(results[DVOL_BTC])
    btc = session.market_series()[DVOL_BTC]
    assert btc.stale and len(btc.points) == 400


async def test_dvol_of_an_unknown_currency_is_an_error(deribit):
    with pytest.raises(SourceError) as caught:
        await volatility.fetch_dvol("XYZ", NOW, deribit.base_url, 2.0)
    assert "Deribit" in str(caught.value.message)


# --- spot volume through the venue's public tickers ---------------------------------------------------------------
RECORDED_SPOT_TICKER = {  # shared/ccxt-fixtures/response/binance.json, fetchTicker "public spot ticker"
    "symbol": "BTCUSDT", "priceChange": "1188.75000000", "priceChangePercent": "1.647",
    "weightedAvgPrice": "71624.65401064", "prevClosePrice": "72180.93000000", "lastPrice": "73369.84000000",
    "lastQty": "0.23925000", "bidPrice": "73369.83000000", "bidQty": "6.27086000", "askPrice": "73369.84000000",
    "askQty": "0.03321000", "openPrice": "72181.09000000", "highPrice": "73650.25000000",
    "lowPrice": "68620.82000000", "volume": "72140.34862800", "quoteVolume": "5167027510.68728707",
    "openTime": "1710241845391", "closeTime": "1710328245391", "firstId": "3476288989", "lastId": "3479476926",
    "count": "3187938"}


def _spot_market(base: str, quote: str) -> dict:
    """One symbol of Binance's GET /api/v3/exchangeInfo (developers.binance.com, "Exchange information")."""
    return {"symbol": base + quote, "status": "TRADING", "baseAsset": base, "baseAssetPrecision": 8,
            "quoteAsset": quote, "quotePrecision": 8, "quoteAssetPrecision": 8, "baseCommissionPrecision": 8,
            "quoteCommissionPrecision": 8, "orderTypes": ["LIMIT", "MARKET"], "icebergAllowed": True,
            "ocoAllowed": True, "isSpotTradingAllowed": True, "isMarginTradingAllowed": True,
            "filters": [{"filterType": "PRICE_FILTER", "minPrice": "0.01", "maxPrice": "1000000.00",
                         "tickSize": "0.01"},
                        {"filterType": "LOT_SIZE", "minQty": "0.00001", "maxQty": "9000.00", "stepSize": "0.00001"}],
            "permissions": [], "permissionSets": [["SPOT"]], "defaultSelfTradePreventionMode": "NONE",
            "allowedSelfTradePreventionModes": ["NONE"]}


class FakeBinanceSpot(FakeVenue):
    """Binance spot's exchangeInfo (BTCUSDT, BTCUSDC, ETHUSDT) and 24 h tickers: BTCUSDT the recorded one, BTCUSDC
    a synthetic 1,000,000.5 USDC."""

    name = "binance-spot"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.routes = {
            "/api/v3/exchangeInfo": lambda r: {"timezone": "UTC", "serverTime": 1710328245391, "rateLimits": [],
                                               "exchangeFilters": [], "symbols": [
                                                   _spot_market("BTC", "USDT"), _spot_market("BTC", "USDC"),
                                                   _spot_market("ETH", "USDT")]},
            "/api/v3/ticker/24hr": self.ticker}

    def ticker(self, request: web.Request) -> dict:
        symbol = request.query.get("symbol")
        if symbol == "BTCUSDT":
            return RECORDED_SPOT_TICKER
        return {**RECORDED_SPOT_TICKER, "symbol": symbol, "quoteVolume": "1000000.50000000"}


async def test_a_sync_stores_the_spot_volume_of_the_held_assets(fakes, session):
    from core.exchanges.public_cache import PUBLIC

    PUBLIC.clear()
    async with FakeBinanceSpot(lifetime_s=60) as spot:
        accounts = add_fake_accounts(session, fakes, venues=("binanceusdm",))
        session.update_account(accounts["binanceusdm"].id,
                               options={**accounts["binanceusdm"].options, "spot_api_url": spot.base_url})
        _, snapshot = await session.sync(T0)
        btc = next(m for m in snapshot.markets if m.base == "BTC")
        assert btc.spot_volume_24h_usd == pytest.approx(5167027510.68728707 + 1000000.5)
        stored = session.latest_snapshots(1)[0][1]
        assert next(m for m in stored.markets if m.base == "BTC").spot_volume_24h_usd == btc.spot_volume_24h_usd
        eth = next(m for m in snapshot.markets if m.base == "ETH")  # the fake account's ETH short: ETHUSDT only
        assert eth.spot_volume_24h_usd == pytest.approx(1000000.5)
        assert spot.unknown == [] and spot.count("/api/v3/ticker/24hr") == 3
        # within the hour the volumes come from the cache: the next sync asks the spot API nothing
        sent = len(spot.requests)
        _, again = await session.sync(T0 + timedelta(minutes=15))
        assert len(spot.requests) == sent
        assert next(m for m in again.markets if m.base == "BTC").spot_volume_24h_usd == btc.spot_volume_24h_usd


async def test_a_spot_fault_never_fails_the_sync(fakes, session):
    from core.exchanges.public_cache import PUBLIC
    from core.model import SourceState

    PUBLIC.clear()
    async with FakeBinanceSpot(lifetime_s=60) as spot:
        spot.fault("*", "5xx")
        accounts = add_fake_accounts(session, fakes, venues=("binanceusdm",))
        session.update_account(accounts["binanceusdm"].id,
                               options={**accounts["binanceusdm"].options, "spot_api_url": spot.base_url})
        _, snapshot = await session.sync(T0)
    assert all(s.state is SourceState.FRESH for s in snapshot.sources)
    assert all(m.spot_volume_24h_usd is None for m in snapshot.markets)


async def test_accounts_on_another_api_url_are_not_read_without_a_spot_url(fakes, session):
    from core.exchanges.public_cache import PUBLIC

    PUBLIC.clear()
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    _, snapshot = await session.sync(T0)
    assert fakes["binanceusdm"].unknown == []  # nothing asked of the futures fake's host for spot
    assert all(m.spot_volume_24h_usd is None for m in snapshot.markets)


async def test_the_setting_turns_the_spot_read_off(fakes, session):
    from core.exchanges.public_cache import PUBLIC

    PUBLIC.clear()
    async with FakeBinanceSpot(lifetime_s=60) as spot:
        accounts = add_fake_accounts(session, fakes, venues=("binanceusdm",))
        session.update_account(accounts["binanceusdm"].id,
                               options={**accounts["binanceusdm"].options, "spot_api_url": spot.base_url})
        session.update_settings(spot_volume_enabled=False)
        await session.sync(T0)
        assert spot.requests == []


def _held_snapshot():
    """A snapshot holding a BTC long (for the report's per-symbol signals)."""
    from core.model import MarginMode, MarketState, PortfolioSnapshot, Position, Side

    position = Position("a", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 1.0, 1.0, 60000.0, 60000.0,
                        MarginMode.CROSS)
    market = MarketState("binanceusdm", "BTC/USDT:USDT", 60000.0, funding_rate=0.0001)
    return PortfolioSnapshot(taken_at=NOW, positions=(position,), markets=(market,))
