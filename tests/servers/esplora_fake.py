"""A loopback Esplora REST fake (aiohttp, 127.0.0.1 only) with fault injection.

Serves ``/address/:a``, ``/address/:a/txs`` (mempool + first 25 confirmed) and
``/address/:a/txs/chain/:last_txid`` (next 25). Bounded: it answers at most ``max_requests`` requests
and stops itself after ``lifetime_s`` even if a test forgets to.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

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
    delay_s: float = 0.0  # answer this late (timeouts)
    max_requests: int = 2000
    lifetime_s: float = 60.0
    requests: list[str] = field(default_factory=list)

    async def __aenter__(self) -> EsploraFake:
        app = web.Application()
        app.router.add_get("/address/{addr}", self._address)
        app.router.add_get("/address/{addr}/txs", self._txs)
        app.router.add_get("/address/{addr}/txs/chain/{last}", self._txs_after)
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
        if self.faults:
            status = self.faults.pop(0)
            return web.Response(status=status, text="fault injected",
                                headers={"Retry-After": "0"} if status == 429 else None)
        return None

    async def _address(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        addr = request.match_info["addr"]
        return web.json_response({"address": addr, **self.addresses.get(addr, stats())})

    async def _txs(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        return web.json_response(self.history.get(request.match_info["addr"], [])[:PAGE])

    async def _txs_after(self, request: web.Request) -> web.Response:
        if (fault := await self._gate(request)) is not None:
            return fault
        txs = self.history.get(request.match_info["addr"], [])
        ids = [t["txid"] for t in txs]
        last = request.match_info["last"]
        start = ids.index(last) + 1 if last in ids else len(ids)
        return web.json_response(txs[start:start + PAGE])


def confirmed_tx(n: int) -> dict:
    return {"txid": f"{n:064x}", "status": {"confirmed": True, "block_height": 800_000 + n}}
