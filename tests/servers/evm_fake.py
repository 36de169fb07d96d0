"""A loopback EVM JSON-RPC fake (aiohttp, 127.0.0.1 only): eth_chainId, eth_getBalance, eth_call(balanceOf).

Bounded like the Esplora fake: a request budget and a lifetime after which it stops itself.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class EvmFake:
    chain_id: int = 1
    native_wei: dict[str, int] = field(default_factory=dict)  # lowercase address -> wei
    tokens: dict[tuple[str, str], int] = field(default_factory=dict)  # (contract, holder) lowercase -> raw
    no_code: set[str] = field(default_factory=set)  # contracts answering "0x"
    faults: list[int] = field(default_factory=list)
    delay_s: float = 0.0
    max_requests: int = 500
    lifetime_s: float = 60.0
    calls: list[str] = field(default_factory=list)

    async def __aenter__(self) -> EvmFake:
        app = web.Application()
        app.router.add_post("/", self._rpc)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/"
        self._deadline = asyncio.get_running_loop().call_later(
            self.lifetime_s, lambda: asyncio.ensure_future(self._runner.cleanup()))
        return self

    async def __aexit__(self, *exc) -> None:
        self._deadline.cancel()
        await self._runner.cleanup()

    async def _rpc(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.calls.append(body["method"])
        if len(self.calls) > self.max_requests:
            return web.Response(status=503)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.faults:
            return web.Response(status=self.faults.pop(0), text="fault injected", headers={"Retry-After": "0"})
        method, params = body["method"], body.get("params", [])
        if method == "eth_chainId":
            result = hex(self.chain_id)
        elif method == "eth_getBalance":
            result = hex(self.native_wei.get(params[0].lower(), 0))
        elif method == "eth_call":
            to, data = params[0]["to"].lower(), params[0]["data"]
            if to in self.no_code:
                result = "0x"
            else:
                result = "0x" + format(self.tokens.get((to, "0x" + data[-40:].lower()), 0), "064x")
        else:
            return web.json_response({"jsonrpc": "2.0", "id": body.get("id"),
                                      "error": {"code": -32601, "message": "the method does not exist"}})
        return web.json_response({"jsonrpc": "2.0", "id": body.get("id"), "result": result})
