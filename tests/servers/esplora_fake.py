"""A loopback Esplora REST fake (aiohttp, 127.0.0.1 only) with fault injection.

Serves ``/address/:a``, ``/address/:a/txs`` (up to 50 mempool + the first 25 confirmed, newest first),
``/address/:a/txs/chain[/:last_txid]`` (25 confirmed per page), ``/address/:a/txs/mempool``, ``/tx/:txid`` and
``/tx/:txid/status``, per Blockstream/esplora API.md. Two ways to give it data: fixed records (``addresses``,
``history``) or a small chain of full transactions (``broadcast`` puts one in the mempool, ``mine`` confirms the
mempool in a new block), from which the address records and histories are derived as a real server would.
Bounded: it answers at most ``max_requests`` requests and stops itself after ``lifetime_s`` even if a test
forgets to.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from aiohttp import web

PAGE = 25


def stats(confirmed_sat: int = 0, mempool_delta_sat: int = 0, txs: int | None = None,
          mempool_txs: int | None = None) -> dict:
    """An Esplora address record; a negative mempool delta is modelled as a spend in flight."""
    chain_txs = txs if txs is not None else (1 if confirmed_sat else 0)
    mem_txs = mempool_txs if mempool_txs is not None else (1 if mempool_delta_sat else 0)
    return {
        "chain_stats": {"funded_txo_count": chain_txs, "funded_txo_sum": confirmed_sat, "spent_txo_count": 0,
                        "spent_txo_sum": 0, "tx_count": chain_txs},
        "mempool_stats": {"funded_txo_count": 1 if mempool_delta_sat > 0 else 0,
                          "funded_txo_sum": max(mempool_delta_sat, 0),
                          "spent_txo_count": 1 if mempool_delta_sat < 0 else 0,
                          "spent_txo_sum": max(-mempool_delta_sat, 0), "tx_count": mem_txs},
    }


@dataclass
class EsploraFake:
    addresses: dict[str, dict] = field(default_factory=dict)  # address -> stats()
    history: dict[str, list[dict]] = field(default_factory=dict)  # address -> confirmed txs, newest first
    faults: list[int] = field(default_factory=list)  # HTTP statuses to answer next (then normal)
    down: int | None = None  # answer every request with this HTTP status while set
    delay_s: float = 0.0  # answer this late (timeouts)
    txs: list[dict] = field(default_factory=list)  # full transactions (``tx()``), in the order they appeared
    tip_height: int = 800_000
    max_requests: int = 2000
    lifetime_s: float = 60.0
    requests: list[str] = field(default_factory=list)

    async def __aenter__(self) -> EsploraFake:
        app = web.Application()
        app.router.add_get("/address/{addr}", self._address)
        app.router.add_get("/address/{addr}/txs", self._txs)
        app.router.add_get("/address/{addr}/txs/chain/{last}", self._txs_after)
        app.router.add_get("/address/{addr}/txs/chain", self._txs_chain)
        app.router.add_get("/address/{addr}/txs/mempool", self._txs_mempool)
        app.router.add_get("/tx/{txid}", self._tx)
        app.router.add_get("/tx/{txid}/status", self._tx_status)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._deadline = asyncio.get_running_loop().call_later(
            self.lifetime_s, lambda: asyncio.ensure_future(self._runner.cleanup()))
        return self

    async def __aexit__(self, *exc) -> None:
        self._deadline.cancel()
        await self._runner.cleanup()

    async def _gate(self, request: web.Request) -> web.Response | None:
        self.requests.append(request.path)
        if len(self.requests) > self.max_requests:
            return web.json_response({"error": "request budget exhausted"}, status=503)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.down is not None:
            return web.Response(status=self.down, text="server down")
        if self.faults:
            status = self.faults.pop(0)
            return web.Response(status=status, text="fault injected",
                                headers={"Retry-After": "0"} if status == 429 else None)
        return None

    # --- the chain of full transactions ------------------------------------------------------------------
    def broadcast(self, transaction: dict) -> dict:
        """Put ``transaction`` in the mempool (unconfirmed)."""
        transaction["status"] = {"confirmed": False}
        self.txs.append(transaction)
        return transaction

    def mine(self, at: datetime) -> int:
        """Confirm every mempool transaction in a new block with timestamp ``at``; returns its height."""
        self.tip_height += 1
        block_hash = hashlib.sha256(str(self.tip_height).encode()).hexdigest()
        for t in self.txs:
            if not t["status"]["confirmed"]:
                t["status"] = {"confirmed": True, "block_height": self.tip_height, "block_hash": block_hash,
                               "block_time": int(at.timestamp())}
        return self.tip_height

    def _touching(self, addr: str) -> list[dict]:
        return [t for t in self.txs
                if any(v["prevout"] and v["prevout"].get("scriptpubkey_address") == addr for v in t["vin"])
                or any(o.get("scriptpubkey_address") == addr for o in t["vout"])]

    def _mempool_of(self, addr: str) -> list[dict]:
        return [t for t in reversed(self._touching(addr)) if not t["status"]["confirmed"]]

    def _chain_of(self, addr: str) -> list[dict]:
        """Confirmed, newest first: by height, then the later-appended first within a block."""
        confirmed = [(i, t) for i, t in enumerate(self._touching(addr)) if t["status"]["confirmed"]]
        return [t for _, t in sorted(confirmed, key=lambda x: (x[1]["status"]["block_height"], x[0]), reverse=True)]

    def _derived_stats(self, addr: str) -> dict:
        out = {}
        for name, confirmed in (("chain_stats", True), ("mempool_stats", False)):
            txs = [t for t in self._touching(addr) if t["status"]["confirmed"] is confirmed]
            funded = [o["value"] for t in txs for o in t["vout"] if o.get("scriptpubkey_address") == addr]
            spent = [v["prevout"]["value"] for t in txs for v in t["vin"]
                     if v["prevout"] and v["prevout"].get("scriptpubkey_address") == addr]
            out[name] = {"funded_txo_count": len(funded), "funded_txo_sum": sum(funded),
                         "spent_txo_count": len(spent), "spent_txo_sum": sum(spent), "tx_count": len(txs)}
        return out

    # --- handlers -----------------------------------------------------------------------------------------
    async def _address(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        addr = request.match_info["addr"]
        record = self.addresses.get(addr) or (self._derived_stats(addr) if self._touching(addr) else stats())
        return web.json_response({"address": addr, **record})

    async def _txs(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        addr = request.match_info["addr"]
        if addr in self.history:
            return web.json_response(self.history[addr][:PAGE])
        return web.json_response(self._mempool_of(addr)[:50] + self._chain_of(addr)[:PAGE])

    async def _txs_chain(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        addr = request.match_info["addr"]
        txs = self.history.get(addr) or self._chain_of(addr)
        return web.json_response(txs[:PAGE])

    async def _txs_after(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        addr = request.match_info["addr"]
        txs = self.history[addr] if addr in self.history else self._chain_of(addr)
        ids = [t["txid"] for t in txs]
        last = request.match_info["last"]
        start = ids.index(last) + 1 if last in ids else len(ids)
        return web.json_response(txs[start:start + PAGE])

    async def _txs_mempool(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        return web.json_response(self._mempool_of(request.match_info["addr"])[:50])

    async def _tx(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        found = next((t for t in self.txs if t["txid"] == request.match_info["txid"]), None)
        return web.json_response(found) if found else web.Response(status=404, text="Transaction not found")

    async def _tx_status(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        found = next((t for t in self.txs if t["txid"] == request.match_info["txid"]), None)
        return web.json_response(found["status"]) if found else web.Response(status=404, text="Transaction not found")


def confirmed_tx(n: int) -> dict:
    return {"txid": f"{n:064x}", "status": {"confirmed": True, "block_height": 800_000 + n}}


def _txo(address: str | None, value: int) -> dict:
    out: dict = {"scriptpubkey": "", "scriptpubkey_asm": "",
                 "scriptpubkey_type": "v0_p2wpkh" if address else "op_return", "value": value}
    if address:
        out["scriptpubkey_address"] = address
    return out


def tx(seed: str, inputs: list[tuple[str, int]], outputs: list[tuple[str | None, int]]) -> dict:
    """An Esplora-format transaction spending ``inputs`` (address, sats of the output spent) and paying
    ``outputs`` (address or None for OP_RETURN, sats); the txid is derived from ``seed``."""
    txid = hashlib.sha256(seed.encode()).hexdigest()
    vin = [{"txid": hashlib.sha256(f"{seed}-prev-{i}".encode()).hexdigest(), "vout": 0, "prevout": _txo(a, v),
            "scriptsig": "", "scriptsig_asm": "", "witness": [], "is_coinbase": False, "sequence": 4294967293}
           for i, (a, v) in enumerate(inputs)]
    vout = [_txo(a, v) for a, v in outputs]
    fee = sum(v for _, v in inputs) - sum(v for _, v in outputs)
    return {"txid": txid, "version": 2, "locktime": 0, "size": 222, "weight": 561, "fee": fee, "vin": vin,
            "vout": vout, "status": {"confirmed": False}}
