"""Watch-only wallets and manual holdings as sync sources (same shape as an exchange account source).

The demo wallets go through exactly the same code: only the httpx transport differs (it answers from
the recorded JSON in ``resources/demo/chain/`` instead of the network).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from core.custody.esplora import GAP_LIMIT, Esplora, WalletScan
from core.custody.evm import CHAIN_IDS, DEFAULT_TOKENS, NATIVE_ASSET, EvmRpc, Token, units
from core.custody.http import DEFAULT_TIMEOUT_S
from core.model import CustodyClass, Holding, Purpose, Wallet
from core.plausibility import holding_problems, summary
from core.retry import source_budget
from core.sync import SourceError, SourcePayload

SATS_PER_BTC = 100_000_000
DEMO_ESPLORA_URL = "https://esplora.demo.invalid/api"
DEMO_EVM_URL = "https://evm.demo.invalid/"


@dataclass(frozen=True)
class ChainSettings:
    """Where the chain servers are and how long to give them: ``timeout_s`` per request (a hung server is
    reported after it, a retry is started only when it can finish within ``core.retry.RetryPolicy.budget_s``),
    ``budget_s`` for one wallet's whole sync (a long descriptor scan included)."""

    esplora_url: str = "https://blockstream.info/api"
    evm_rpc_url: str = "https://ethereum-rpc.publicnode.com"
    socks_proxy: str = ""
    gap_limit: int = GAP_LIMIT
    timeout_s: float = DEFAULT_TIMEOUT_S
    retries: int = 3
    backoff_s: float = 0.5
    budget_s: float = 45.0

    @classmethod
    def from_settings(cls, settings: Any) -> ChainSettings:
        """The user's servers and proxy; the timeouts too once ``Settings`` has them (``request_timeout_s``,
        ``source_timeout_s``), else the defaults."""
        return cls(esplora_url=settings.esplora_url, evm_rpc_url=settings.evm_rpc_url,
                   socks_proxy=settings.socks_proxy,
                   timeout_s=float(getattr(settings, "request_timeout_s", DEFAULT_TIMEOUT_S)),
                   budget_s=float(getattr(settings, "source_timeout_s", cls.budget_s)))


def _client(chain: ChainSettings, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
    from core.custody.http import make_client

    return make_client(chain.timeout_s, chain.socks_proxy, transport)


@dataclass
class WalletSource:
    """One watch-only wallet: a BTC descriptor/address scanned on Esplora, or an EVM address over RPC."""

    wallet: Wallet
    chain: ChainSettings = field(default_factory=ChainSettings)
    transport: httpx.AsyncBaseTransport | None = None  # tests and the demo inject one
    tokens: tuple[Token, ...] | None = None  # None = the chain's default list
    kind: str = "wallet"
    last_scan: WalletScan | None = None  # BTC: every scanned address (for the next unused one)

    @property
    def source_id(self) -> str:
        return self.wallet.id

    @property
    def server(self) -> str:
        """The role of the server this wallet is read from, as the messages name it."""
        return "EVM RPC node" if self.wallet.kind == "evm-address" else "Esplora server"

    async def fetch(self, now: datetime) -> SourcePayload:
        """The wallet's holdings, within ``chain.budget_s``; implausible amounts (above the asset's total supply,
        negative, not finite) fail the wallet (its last good balance is kept by the sync)."""
        budget = self.chain.budget_s
        try:
            async with asyncio.timeout(budget + 0.5):  # the calls end by the budget; this only backs them up
                with source_budget(budget):
                    holdings = await self._fetch_holdings()
        except TimeoutError:
            raise SourceError("timeout", f"the {self.server} did not finish within {budget:g} s") from None
        problems = [p for h in holdings for p in holding_problems(h.asset, h.amount)]
        if problems:
            raise SourceError("bad_data", f"the {self.server} sent implausible data: {summary(problems)}; "
                                          "not used")
        return SourcePayload(wallets=(self.wallet,), holdings=holdings, as_of=now)

    async def _fetch_holdings(self) -> tuple[Holding, ...]:
        async with _client(self.chain, self.transport) as client:
            if self.wallet.kind in ("btc-descriptor", "btc-address"):
                return await self._bitcoin(client)
            if self.wallet.kind == "evm-address":
                return await self._evm(client)
            raise SourceError("not_supported", f"wallet kind '{self.wallet.kind}' cannot be synced")

    def _holding(self, asset: str, amount: float, label: str = "") -> Holding:
        return Holding(source_id=self.wallet.id, asset=asset, amount=amount,
                       custody_class=self.wallet.custody_class, purpose=Purpose.LONG_TERM,
                       label=label or self.wallet.label)

    async def _bitcoin(self, client: httpx.AsyncClient) -> tuple[Holding, ...]:
        esplora = Esplora(client, self.chain.esplora_url, self.chain.retries, self.chain.backoff_s)
        scan = await esplora.scan(self.wallet.public_ref, self.chain.gap_limit)
        self.last_scan = scan
        asset = "BTC" if self.wallet.chain == "bitcoin" else "TBTC"  # test coins are never valued as BTC
        return (self._holding(asset, scan.total_sat / SATS_PER_BTC),)

    async def _evm(self, client: httpx.AsyncClient) -> tuple[Holding, ...]:
        chain_id = CHAIN_IDS.get(self.wallet.chain)
        if chain_id is None:
            raise SourceError("not_supported", f"unknown EVM chain '{self.wallet.chain}'")
        rpc = EvmRpc(client, self.chain.evm_rpc_url, chain_id, self.chain.retries, self.chain.backoff_s)
        address = self.wallet.public_ref
        holdings = [self._holding(NATIVE_ASSET.get(chain_id, "ETH"), units(await rpc.native_balance_raw(address), 18))]
        for token in self.tokens if self.tokens is not None else DEFAULT_TOKENS.get(chain_id, ()):
            raw = await rpc.token_balance_raw(token.contract, address)
            if raw:  # None: no contract at that address on this chain; 0: nothing to show
                holdings.append(self._holding(token.symbol, units(raw, token.decimals)))
        return tuple(holdings)


@dataclass
class ManualHoldingsSource:
    """Holdings the user typed in (an ETF, a lending platform, a paper wallet...)."""

    holdings: tuple[Holding, ...]
    source_id: str = "manual"
    kind: str = "manual"

    async def fetch(self, now: datetime) -> SourcePayload:
        return SourcePayload(holdings=self.holdings, as_of=now)


# --- demo: the recorded chain answers, served through an httpx transport ------------------------

def _empty_stats(address: str) -> dict[str, Any]:
    zero = {"funded_txo_count": 0, "funded_txo_sum": 0, "spent_txo_count": 0, "spent_txo_sum": 0, "tx_count": 0}
    return {"address": address, "chain_stats": dict(zero), "mempool_stats": dict(zero)}


def recorded_esplora_transport(records: dict[str, dict[str, Any]]) -> httpx.MockTransport:
    """Answers ``/address/<a>`` (and empty ``/txs``) from ``{address: Esplora address JSON}``."""

    def handle(request: httpx.Request) -> httpx.Response:
        parts = request.url.path.rstrip("/").split("/")
        if "address" not in parts:
            return httpx.Response(404, json={"error": "not recorded"})
        i = parts.index("address")
        address = parts[i + 1] if len(parts) > i + 1 else ""
        if len(parts) > i + 2:  # /txs and its pages: no history recorded
            return httpx.Response(200, json=[])
        return httpx.Response(200, json=records.get(address) or _empty_stats(address))

    return httpx.MockTransport(handle)


def recorded_evm_transport(record: dict[str, Any]) -> httpx.MockTransport:
    """Answers eth_chainId / eth_getBalance / eth_call(balanceOf) from the demo's ``evm.json`` shape."""
    chain_id = int(record.get("chain_id", 1))
    balances = {a.lower(): v for a, v in record.get("balances", {}).items()}

    def result(method: str, params: list[Any]) -> str:
        if method == "eth_chainId":
            return hex(chain_id)
        if method == "eth_getBalance":
            native = next((v for v in balances.get(params[0].lower(), {}).values() if isinstance(v, str)), "0")
            return hex(int(native))
        if method == "eth_call":
            to, data = params[0]["to"].lower(), params[0]["data"]
            holder = "0x" + data[-40:].lower()
            for value in balances.get(holder, {}).values():
                if isinstance(value, dict) and value.get("contract", "").lower() == to:
                    return "0x" + format(int(value["raw"]), "064x")
            return "0x" + "0" * 64
        raise KeyError(method)

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        try:
            return httpx.Response(200, json={"jsonrpc": "2.0", "id": body.get("id"),
                                             "result": result(body["method"], body.get("params", []))})
        except KeyError:
            return httpx.Response(200, json={"jsonrpc": "2.0", "id": body.get("id"),
                                             "error": {"code": -32601, "message": "method not found"}})

    return httpx.MockTransport(handle)


def _wallet_from_entry(entry: dict[str, Any]) -> Wallet:
    return Wallet(id=entry["id"], label=entry.get("label", entry["id"]), kind=entry["kind"],
                  public_ref=entry["public_ref"], vendor=entry.get("vendor", "other"),
                  custody_class=CustodyClass(entry.get("custody_class", "hardware_wallet")),
                  chain=entry.get("chain", "bitcoin"))


def demo_wallet_sources(demo_dir: Path) -> list[WalletSource]:
    """The manifest's wallets as ordinary ``WalletSource``s answering from the recorded chain data."""
    demo_dir = Path(demo_dir)
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    files = manifest.get("chain", {})
    esplora = json.loads((demo_dir / files["esplora"]).read_text(encoding="utf-8")) if "esplora" in files else {}
    evm = json.loads((demo_dir / files["evm"]).read_text(encoding="utf-8")) if "evm" in files else {}
    chain = ChainSettings(esplora_url=DEMO_ESPLORA_URL, evm_rpc_url=DEMO_EVM_URL, retries=0)
    sources = []
    for entry in manifest.get("wallets", ()):
        wallet = _wallet_from_entry(entry)
        transport = (recorded_evm_transport(evm) if wallet.kind == "evm-address"
                     else recorded_esplora_transport(esplora))
        sources.append(WalletSource(wallet, chain, transport))
    return sources


def wallet_sources(wallets: Sequence[Wallet], manual: Sequence[Holding],
                   chain: ChainSettings) -> list[WalletSource | ManualHoldingsSource]:
    """The user's wallets, and their manual holdings as one source."""
    sources: list[WalletSource | ManualHoldingsSource] = [WalletSource(w, chain) for w in wallets]
    if manual:
        sources.append(ManualHoldingsSource(tuple(manual)))
    return sources


async def next_receive_address(wallet: Wallet, chain: ChainSettings,
                               transport: httpx.AsyncBaseTransport | None = None) -> tuple[str, int | None]:
    """(address, index) where new coins should go: the first unused receive address after the last used one.

    Single-address wallets return their address (index None).
    """
    if wallet.kind != "btc-descriptor":
        return wallet.public_ref, None
    async with _client(chain, transport) as client:
        scan = await Esplora(client, chain.esplora_url, chain.retries, chain.backoff_s).scan(
            wallet.public_ref, chain.gap_limit)
    state = scan.next_unused(0)
    if state is None:
        raise SourceError("bad_data", "no unused receive address found within the scan limit")
    return state.address, state.index


def source_for(wallet: Wallet, chain: ChainSettings, demo_dir: Path | None = None) -> WalletSource:
    """The WalletSource the app would use for ``wallet`` (demo transport when ``demo_dir`` is given)."""
    if demo_dir is not None:
        for s in demo_wallet_sources(demo_dir):
            if s.wallet.id == wallet.id:
                return s
    return WalletSource(wallet, chain)
