"""Esplora REST (Blockstream, mempool.space, self-hosted electrs): balances and a gap-limit scan.

Only addresses derived locally are sent, never the xpub or descriptor itself. Amounts are satoshis.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from core.custody.http import request_json
from core.custody.importer import derive_addresses
from core.sync import SourceError

GAP_LIMIT = 20  # BIP44; applied to the receive AND the change chain (funds can sit only on change)
MAX_INDEX = 5_000  # a bound on any scan, whatever the server says
CONFIRMED_PAGE = 25  # Esplora pages confirmed history 25 at a time


@dataclass(frozen=True)
class AddressState:
    """One address as the server sees it. ``mempool_delta_sat`` can be negative (a spend in flight)."""

    branch: int  # 0 receive, 1 change, -1 a single watched address
    index: int
    address: str
    confirmed_sat: int
    mempool_delta_sat: int
    tx_count: int  # confirmed + mempool transactions
    # Outputs spent, confirmed + mempool: the watchtower's "known state" of the address (a new spend raises
    # ``spent_txos``); ``mempool_spent_txos`` > 0 means a spend is in flight.
    spent_txos: int = 0
    mempool_spent_txos: int = 0

    @property
    def used(self) -> bool:
        return self.tx_count > 0


@dataclass(frozen=True)
class WalletScan:
    addresses: tuple[AddressState, ...]

    @property
    def confirmed_sat(self) -> int:
        return sum(a.confirmed_sat for a in self.addresses)

    @property
    def unconfirmed_sat(self) -> int:
        """Net mempool delta over all addresses (can be negative)."""
        return sum(a.mempool_delta_sat for a in self.addresses)

    @property
    def total_sat(self) -> int:
        return self.confirmed_sat + self.unconfirmed_sat

    def next_unused(self, branch: int = 0) -> AddressState | None:
        """The first unused address after the last used one on ``branch`` (where new coins should go)."""
        chain = sorted((a for a in self.addresses if a.branch == branch), key=lambda a: a.index)
        last_used = max((a.index for a in chain if a.used), default=-1)
        return next((a for a in chain if a.index > last_used), None)


def parse_address_stats(payload: Any, address: str, branch: int = -1, index: int = 0) -> AddressState:
    """Esplora ``/address/:a`` JSON -> AddressState (confirmed = funded - spent, per ``chain_stats``)."""
    try:
        chain, mempool = payload["chain_stats"], payload["mempool_stats"]
        confirmed = int(chain["funded_txo_sum"]) - int(chain["spent_txo_sum"])
        delta = int(mempool["funded_txo_sum"]) - int(mempool["spent_txo_sum"])
        txs = int(chain["tx_count"]) + int(mempool["tx_count"])
        mempool_spent = int(mempool.get("spent_txo_count", 0))
        spent = int(chain.get("spent_txo_count", 0)) + mempool_spent
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SourceError("bad_data", "the Esplora server sent an unexpected address record") from exc
    if confirmed < 0 or txs < 0 or spent < 0 or mempool_spent < 0:
        raise SourceError("bad_data", "the Esplora server sent inconsistent address totals")
    return AddressState(branch, index, address, confirmed, delta, txs, spent, mempool_spent)


@dataclass(frozen=True)
class ChainTx:
    """One transaction as the watchtower needs it: who paid (the outputs it spends) and who got paid.

    Addresses are None for outputs without one (OP_RETURN, bare scripts). Amounts are satoshis.
    """

    txid: str
    confirmed: bool
    block_time: datetime | None  # the block's timestamp (miner's clock, UTC); None in the mempool
    inputs: tuple[tuple[str | None, int], ...]  # (address, sats) of each output this transaction spends
    outputs: tuple[tuple[str | None, int], ...]  # (address, sats) of each new output

    def paid_to(self, addresses: frozenset[str] | set[str]) -> int:
        return sum(v for a, v in self.outputs if a is not None and a in addresses)


def _txo(entry: Any) -> tuple[str | None, int]:
    address = entry.get("scriptpubkey_address")
    return (str(address) if address else None), int(entry["value"])


def parse_tx(payload: Any) -> ChainTx:
    """An Esplora transaction JSON (``/tx/:txid``, ``/address/:a/txs``) -> ChainTx."""
    try:
        status = payload.get("status") or {}
        confirmed = bool(status.get("confirmed"))
        stamp = status.get("block_time")
        block_time = datetime.fromtimestamp(int(stamp), UTC) if confirmed and stamp is not None else None
        inputs = tuple((None, 0) if vin.get("is_coinbase") or not vin.get("prevout") else _txo(vin["prevout"])
                       for vin in payload["vin"])
        outputs = tuple(_txo(vout) for vout in payload["vout"])
        txid = str(payload["txid"])
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, OSError) as exc:
        raise SourceError("bad_data", "the Esplora server sent an unexpected transaction") from exc
    if any(v < 0 for _, v in inputs + outputs):
        raise SourceError("bad_data", "the Esplora server sent a negative amount")
    return ChainTx(txid, confirmed, block_time, inputs, outputs)


class Esplora:
    """A thin client over one Esplora base URL (e.g. ``https://mempool.space/api``)."""

    def __init__(self, client: httpx.AsyncClient, base_url: str, retries: int = 3, backoff_s: float = 0.5,
                 concurrency: int = 4) -> None:
        self.client = client
        self.base_url = base_url.rstrip("/")
        self.retries, self.backoff_s = retries, backoff_s
        self._limit = asyncio.Semaphore(concurrency)  # polite to public servers

    async def _get(self, path: str) -> Any:
        async with self._limit:
            return await request_json(self.client, "GET", f"{self.base_url}{path}", retries=self.retries,
                                      backoff_s=self.backoff_s, what="Esplora server")

    async def address(self, address: str, branch: int = -1, index: int = 0) -> AddressState:
        return parse_address_stats(await self._get(f"/address/{address}"), address, branch, index)

    async def transactions(self, address: str, max_pages: int = 200) -> list[dict[str, Any]]:
        """All transactions of ``address``: mempool + confirmed, following ``/txs/chain/:last_txid`` pages."""
        first = await self._get(f"/address/{address}/txs")
        if not isinstance(first, list):
            raise SourceError("bad_data", "the Esplora server sent an unexpected transaction list")
        txs = list(first)
        confirmed = [t for t in first if (t.get("status") or {}).get("confirmed")]
        page, pages = confirmed, 1
        while len(page) >= CONFIRMED_PAGE and pages < max_pages:
            page = await self._get(f"/address/{address}/txs/chain/{page[-1]['txid']}")
            if not isinstance(page, list):
                raise SourceError("bad_data", "the Esplora server sent an unexpected transaction list")
            txs.extend(page)
            pages += 1
        return txs

    async def recent_transactions(self, address: str, newer_than: datetime | None,
                                  max_pages: int = 8) -> list[ChainTx]:
        """The mempool transactions of ``address`` and its confirmed ones back to ``newer_than``, newest first.

        Follows ``/txs/chain/:last_txid`` only while a full page is still newer than ``newer_than`` (None: the
        first page only, i.e. the mempool and the 25 newest confirmed), at most ``max_pages`` pages in all.
        """
        first = await self._get(f"/address/{address}/txs")
        if not isinstance(first, list):
            raise SourceError("bad_data", "the Esplora server sent an unexpected transaction list")
        txs = [parse_tx(t) for t in first]
        page, pages = [t for t in txs if t.confirmed], 1
        while (newer_than is not None and len(page) >= CONFIRMED_PAGE and pages < max_pages
               and page[-1].block_time is not None and page[-1].block_time >= newer_than):
            raw = await self._get(f"/address/{address}/txs/chain/{page[-1].txid}")
            if not isinstance(raw, list):
                raise SourceError("bad_data", "the Esplora server sent an unexpected transaction list")
            page = [parse_tx(t) for t in raw]
            txs.extend(page)
            pages += 1
        return txs

    async def scan(self, public_ref: str, gap_limit: int = GAP_LIMIT) -> WalletScan:
        """Scan a descriptor's receive and change chains until ``gap_limit`` unused addresses in a row."""
        if "(" not in public_ref:
            return WalletScan((await self.address(public_ref),))
        branches = (0, 1) if _has_change(public_ref) else (0,)
        found: list[AddressState] = []
        for branch in branches:
            found.extend(await self._scan_branch(public_ref, branch, gap_limit))
        return WalletScan(tuple(found))

    async def _scan_branch(self, public_ref: str, branch: int, gap_limit: int) -> list[AddressState]:
        states: list[AddressState] = []
        last_used, next_index = -1, 0
        while next_index < min(last_used + 1 + gap_limit, MAX_INDEX):
            end = min(last_used + 1 + gap_limit, MAX_INDEX)
            addrs = derive_addresses(public_ref, change=branch == 1, start=next_index, count=end - next_index)
            # every request ends before a failure is raised: none is left running on a client about to close
            answers = await asyncio.gather(*(self.address(a, branch, next_index + i) for i, a in enumerate(addrs)),
                                           return_exceptions=True)
            failed = next((a for a in answers if isinstance(a, BaseException)), None)
            if failed is not None:
                raise failed
            batch = [a for a in answers if isinstance(a, AddressState)]
            states.extend(batch)
            last_used = max([last_used, *(s.index for s in batch if s.used)])
            next_index = end
        return states


def _has_change(public_ref: str) -> bool:
    try:
        derive_addresses(public_ref, change=True, count=1)
    except ValueError:
        return False
    return True
