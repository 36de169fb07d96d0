"""The calculator's tier tables from the venues: the real ccxt client against the loopback fakes, the disk cache
with its date, the fallbacks when a venue cannot be asked, and ``undertow calc`` end to end."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from core import calculator, tier_cache
from core.tier_cache import BUNDLED, CACHED, ONLINE
from desktop import __main__ as cli
from tests.servers.conftest import API_SECRETS
from tests.servers.fake_hyperliquid import FakeHyperliquid

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


async def test_okx_native_name_fetches_the_position_tiers_and_caches_them(fakes):
    okx = fakes["okx"]
    found = await calculator.lookup("okx", "BTC-USDT-SWAP", NOW, base_url=okx.base_url)
    assert found.error is None and found.market.native == "BTC-USDT-SWAP" and found.market.contract_size == 0.01
    assert found.table.origin == ONLINE and found.table.fetched_at == NOW
    tiers = found.table.tiers()
    raw = okx.tiers("BTC-USDT")  # what the fake answered for the family
    assert [t.maintenance_margin_rate for t in tiers] == [float(r["mmr"]) for r in raw]
    assert okx.count("/api/v5/public/position-tiers") == 1
    # saved with its date: the next lookup within a day asks nothing
    again = await calculator.lookup("okx", "btc-usdt-swap", NOW + timedelta(hours=2), base_url=okx.base_url)
    assert again.table.origin == CACHED and again.table.fetched_at == NOW
    assert okx.count("/api/v5/public/position-tiers") == 1
    assert "2026-03-02 08:00 UTC" in str(again.table.describe())
    # a day later it is refreshed
    later = await calculator.lookup("okx", "BTC-USDT-SWAP", NOW + timedelta(days=2), base_url=okx.base_url)
    assert later.table.origin == ONLINE and okx.count("/api/v5/public/position-tiers") == 2


async def test_every_symbol_of_the_venue_not_only_the_bundled_ones(fakes):
    """LTCUSDT has no bundled Bybit table: its risk limits come from the venue."""
    bybit = fakes["bybit"]
    assert calculator.lookup_offline("bybit", "LTCUSDT").market is None
    found = await calculator.lookup("bybit", "LTCUSDT", NOW, base_url=bybit.base_url)
    assert found.error is None and found.table.origin == ONLINE
    assert [t.max_notional for t in found.table.tiers()][:2] == [2_000_000, 4_000_000]
    # the venue's whole list now completes offline
    assert "LTCUSDT" in calculator.lookup_offline("bybit", "BTCUSDT").catalog.names()


async def test_a_venue_that_cannot_be_reached_leaves_the_saved_table_in_use(fakes):
    okx = fakes["okx"]
    await calculator.lookup("okx", "BTC-USDT-SWAP", NOW, base_url=okx.base_url)
    okx.fault("/api/v5/public/position-tiers", "500")
    found = await calculator.lookup("okx", "BTC-USDT-SWAP", NOW + timedelta(days=3), base_url=okx.base_url)
    assert found.table.origin == CACHED and found.table.fetched_at == NOW
    notes = " ".join(str(n) for n in found.notes)
    assert "OKX is unavailable" in notes and "Not refreshed; using OKX's table, fetched 2026-03-02" in notes


async def test_unknown_symbol_with_the_venue_reachable_says_it_is_not_a_contract(fakes):
    found = await calculator.lookup("okx", "NOPE-USDT-SWAP", NOW, base_url=fakes["okx"].base_url)
    assert found.market is None and "NOPE-USDT-SWAP is not a OKX contract" in str(found.error)


async def test_binance_needs_a_signed_request_and_says_so(fakes):
    binance = fakes["binanceusdm"]
    found = await calculator.lookup("binanceusdm", "BTCUSDT", NOW, base_url=binance.base_url)
    assert found.table.origin == BUNDLED  # the bundled table, with the reason it was not refreshed
    notes = " ".join(str(n) for n in found.notes)
    assert "only to requests signed with an API key" in notes and "Not refreshed" in notes
    assert binance.count("/fapi/v1/leverageBracket") == 0
    # not asked again unsigned for a day (the answer is saved with the cache): no market list downloaded each time
    asked = binance.count("/fapi/v1/exchangeInfo")
    again = await calculator.lookup("binanceusdm", "BTCUSDT", NOW + timedelta(hours=1), base_url=binance.base_url)
    assert binance.count("/fapi/v1/exchangeInfo") == asked and again.table.origin == BUNDLED
    assert "only to requests signed" in " ".join(str(n) for n in again.notes)
    signed = await calculator.lookup("binanceusdm", "ETHUSDT", NOW, base_url=binance.base_url,
                                     credentials=API_SECRETS["binanceusdm"])
    assert signed.table.origin == ONLINE and binance.count("/fapi/v1/leverageBracket") == 1
    assert signed.table.max_leverage_known and signed.table.tiers()[1].min_notional == 100_000


async def test_hyperliquid_coin_name_and_its_max_leverage():
    async with FakeHyperliquid(lifetime_s=30) as hl:
        found = await calculator.lookup("hyperliquid", "BTC", NOW, base_url=hl.base_url)
    assert found.market.symbol == "BTC/USDC:USDC" and found.market.native == "BTC"
    (tier,) = found.table.tiers()
    assert tier.max_leverage == 50 and tier.maintenance_margin_rate == pytest.approx(0.01)  # 1 / (2 × 50)


def _run(*argv: str) -> int:
    return cli.main(["calc", *argv])


async def test_cli_native_symbol_through_the_venue_then_offline_from_the_cache(fakes, capsys):
    okx = fakes["okx"]
    argv = ["--venue", "okx", "--symbol", "BTC-USDT-SWAP", "--side", "long", "--entry", "67450", "--size", "0.5",
            "--leverage", "20", "--target", "70000"]
    code = await asyncio.to_thread(_run, *argv, "--api-base-url", okx.base_url, "--json")
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["native_symbol"] == "BTC-USDT-SWAP" and data["contracts"] == pytest.approx(50)  # 0.5 BTC / 0.01
    assert data["tier_table"]["origin"] == ONLINE and data["tier_table"]["date"]
    assert data["pnl"] == pytest.approx(1_275) and data["initial_margin"] == pytest.approx(1_686.25)
    code = await asyncio.to_thread(_run, *argv, "--offline")
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "fetched" in out.out and "(cached)" in out.out and "BTC-USDT-SWAP" in out.out
    path = tier_cache.cache_dir() / "okx.json"
    assert json.loads(path.read_text())["tables"]["BTC/USDT:USDT"]["fetched_at"]


async def test_cli_reads_binance_tables_with_a_configured_accounts_key(fakes, capsys):
    from core.session import Session
    from tests.servers.conftest import T0, TEST_OPTIONS

    binance = fakes["binanceusdm"]
    session = Session.open()
    try:
        session.create_account("binanceusdm", "Binance main", API_SECRETS["binanceusdm"], now=T0,
                               api_base_url=binance.base_url, options=TEST_OPTIONS, account_id="binanceusdm-acct")
    finally:
        session.close()
    argv = ["--venue", "binance", "--symbol", "ETHUSDT", "--side", "long", "--entry", "3450", "--size", "2",
            "--leverage", "20", "--json"]
    code = await asyncio.to_thread(_run, *argv, "--account", "Binance main")
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["tier_table"]["origin"] == ONLINE and binance.count("/fapi/v1/leverageBracket") == 1
    assert data["max_position"]["known"]  # the venue's table has the max leverage per bracket
    code = await asyncio.to_thread(_run, *argv, "--account", "nobody")
    assert code == 2 and "no account 'nobody'" in capsys.readouterr().err
