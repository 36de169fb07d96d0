"""A loopback fake of Deribit's public volatility index endpoint (issue 19.3), for ccxt's ``deribit`` client.

``GET /api/v2/public/get_volatility_index_data?currency=&start_timestamp=&end_timestamp=&resolution=`` answers in
Deribit's JSON-RPC shape (docs.deribit.com, public/get_volatility_index_data): ``{"jsonrpc": "2.0", "result":
{"data": [[ms, open, high, low, close], ...], "continuation": null}}``, the candles of ``candles[currency]`` within
the asked window; an unknown currency gets Deribit's error body (``-32602 Invalid params``). ``page_size``: at most
that many candles per answer, newest first kept, with ``continuation`` = the oldest candle's time (so a client
follows it backwards). ``FakeVenue``'s fault injection applies. Values synthetic.
"""

from __future__ import annotations

from aiohttp import web

from tests.servers.fake_binance import FakeVenue

PATH = "/api/v2/public/get_volatility_index_data"


class FakeDeribit(FakeVenue):
    name = "deribit"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.candles: dict[str, list[list[float]]] = {}
        self.page_size = 1000
        self.asked: list[dict[str, str]] = []
        self.routes = {PATH: self.volatility_index}

    def volatility_index(self, request: web.Request):
        query = dict(request.query)
        self.asked.append(query)
        currency = query.get("currency", "")
        if currency not in self.candles:
            return web.json_response({"jsonrpc": "2.0", "error": {
                "message": "Invalid params", "data": {"reason": "invalid currency", "param": "currency"},
                "code": -32602}, "testnet": False}, status=400)
        start, end = int(query.get("start_timestamp", 0)), int(query.get("end_timestamp", 2**62))
        inside = [c for c in self.candles[currency] if start <= c[0] <= end]
        page = inside[-self.page_size:]
        more = page[0][0] if len(inside) > len(page) else None
        return {"jsonrpc": "2.0", "result": {"data": page, "continuation": more}, "testnet": False}
