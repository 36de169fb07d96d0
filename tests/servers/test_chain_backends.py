"""The real httpx client against loopback Esplora and EVM JSON-RPC fakes: scans, faults, guards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.custody.esplora import Esplora
from core.custody.evm import EvmRpc, Token
from core.custody.http import make_client
from core.custody.importer import derive_addresses
from core.custody.sources import ChainSettings, WalletSource
from core.model import CustodyClass, SourceState, Wallet
from core.sync import SourceError, collect
from tests.servers.esplora_fake import EsploraFake, confirmed_tx, stats
from tests.servers.evm_fake import EvmFake

DESC = ("wpkh([73c5da0a/84h/0h/0h]xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcM"
        "LoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V/<0;1>/*)#qf45pmyh")
RECV = derive_addresses(DESC, count=60)
CHANGE = derive_addresses(DESC, change=True, count=25)
ETH_ADDR = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
USDC = Token("USDC", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6)
NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


def btc_wallet() -> Wallet:
    return Wallet("cold", "Cold", "btc-descriptor", DESC, "Ledger", CustodyClass.HARDWARE_WALLET, "bitcoin")


def eth_wallet() -> Wallet:
    return Wallet("eth", "ETH", "evm-address", ETH_ADDR, "other", CustodyClass.SOFTWARE_WALLET, "ethereum")


def fast(url: str, **kw) -> ChainSettings:
    return ChainSettings(esplora_url=url, evm_rpc_url=url, backoff_s=0.0, **kw)


async def test_gap_limit_slides_past_funds_at_0_19_38_and_scans_change():
    funded = {RECV[0]: stats(100_000), RECV[19]: stats(200_000), RECV[38]: stats(300_000),
              CHANGE[5]: stats(50_000)}
    async with EsploraFake(addresses=funded) as fake:
        async with make_client() as client:
            scan = await Esplora(client, fake.url).scan(DESC)
    receive = [a for a in scan.addresses if a.branch == 0]
    change = [a for a in scan.addresses if a.branch == 1]
    assert len(receive) == 59  # last used 38 + 20 unused
    assert len(change) == 26  # last used 5 + 20 unused
    assert scan.confirmed_sat == 650_000
    assert scan.next_unused(0).index == 39 and scan.next_unused(0).address == RECV[39]
    assert all(p.startswith("/address/") for p in fake.requests)  # only addresses, never the xpub


async def test_negative_mempool_delta_is_subtracted():
    funded = {RECV[0]: stats(500_000, mempool_delta_sat=-120_000)}
    async with EsploraFake(addresses=funded) as fake:
        async with make_client() as client:
            scan = await Esplora(client, fake.url).scan(DESC)
    assert scan.unconfirmed_sat == -120_000
    assert scan.total_sat == 380_000


async def test_history_pagination_beyond_25_transactions():
    txs = [confirmed_tx(n) for n in range(60)]
    async with EsploraFake(history={RECV[0]: txs}) as fake:
        async with make_client() as client:
            got = await Esplora(client, fake.url).transactions(RECV[0])
    assert [t["txid"] for t in got] == [t["txid"] for t in txs]
    assert sum("/txs/chain/" in p for p in fake.requests) == 2


@pytest.mark.parametrize("faults", [[429], [500, 503], [429, 502]])
async def test_rate_limits_and_server_errors_are_retried(faults):
    async with EsploraFake(addresses={RECV[0]: stats(1_000)}, faults=list(faults)) as fake:
        async with make_client() as client:
            state = await Esplora(client, fake.url, retries=3, backoff_s=0.0).address(RECV[0])
    assert state.confirmed_sat == 1_000


async def test_persistent_5xx_gives_up_with_a_clear_error():
    async with EsploraFake(faults=[503] * 10) as fake:
        async with make_client() as client:
            with pytest.raises(SourceError) as err:
                await Esplora(client, fake.url, retries=2, backoff_s=0.0).address(RECV[0])
    assert err.value.category == "venue_down" and "503" in err.value.message
    assert len(fake.requests) == 3


async def test_evm_native_and_erc20_balances():
    fake_kw = dict(native_wei={ETH_ADDR.lower(): 0x0234C8A3397AAB58},
                   tokens={(USDC.contract.lower(), ETH_ADDR.lower()): 12_004_350_000})
    async with EvmFake(**fake_kw) as fake:
        source = WalletSource(eth_wallet(), fast(fake.url), tokens=(USDC,))
        payload = await source.fetch(NOW)
    amounts = {h.asset: h.amount for h in payload.holdings}
    assert amounts["ETH"] == pytest.approx(0.158972490234375)  # the JSON-RPC docs' 0x0234c8a3397aab58 wei
    assert amounts["USDC"] == pytest.approx(12_004.35)
    assert fake.calls[0] == "eth_chainId"


async def test_contract_without_code_is_treated_as_zero():
    async with EvmFake(no_code={USDC.contract.lower()}) as fake:
        async with make_client() as client:
            rpc = EvmRpc(client, fake.url, 1, backoff_s=0.0)
            assert await rpc.token_balance_raw(USDC.contract, ETH_ADDR) is None


async def test_wrong_chain_id_is_refused():
    async with EvmFake(chain_id=56, native_wei={ETH_ADDR.lower(): 10**18}) as fake:
        source = WalletSource(eth_wallet(), fast(fake.url))
        with pytest.raises(SourceError) as err:
            await source.fetch(NOW)
    assert "chain id 56" in err.value.message
    assert "eth_getBalance" not in fake.calls


async def test_timeout_is_reported_per_wallet_and_last_good_balance_kept():
    async with EsploraFake(addresses={RECV[0]: stats(100_000)}) as good:
        ok_source = WalletSource(btc_wallet(), fast(good.url))
        first = await collect([ok_source], NOW, previous=None)
    assert first.holdings[0].amount == pytest.approx(0.001)
    async with EsploraFake(delay_s=0.8) as slow, EvmFake(native_wei={ETH_ADDR.lower(): 10**18}) as evm:
        slow_source = WalletSource(btc_wallet(), fast(slow.url, timeout_s=0.2, retries=0))
        eth_source = WalletSource(eth_wallet(), fast(evm.url))
        later = NOW + timedelta(hours=1)
        second = await collect([slow_source, eth_source], later, previous=first)
    status = {s.source_id: s for s in second.sources}
    assert status["cold"].state is SourceState.STALE and status["cold"].as_of == NOW
    assert "did not answer in time" in status["cold"].error
    assert status["eth"].state is SourceState.FRESH
    cold = [h for h in second.holdings if h.source_id == "cold"]
    assert cold[0].amount == pytest.approx(0.001)  # last good balance kept
