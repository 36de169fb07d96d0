"""Sync concurrency: three accounts on three loopback fakes, 100 ms injected latency per request.

Prints one JSON line: wall time of a cold sync (markets not yet loaded) and a warm one, the sum of
the latencies of all requests made, and the longest chain of dependent requests (times 100 ms).
Goal: wall time close to the longest chain, far below the sum.

    .venv/bin/python bench/sync.py
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LATENCY_S = 0.1
#: Dependent requests per venue, cold: markets -> [brackets ->] positions -> per-symbol market data.
COLD_CHAIN = {"binanceusdm": 4, "bybit": 3, "okx": 3}
#: Warm: markets and Binance's brackets are cached -> positions -> per-symbol market data.
WARM_CHAIN = {"binanceusdm": 2, "bybit": 2, "okx": 2}


async def main() -> dict:
    import ccxt.async_support  # noqa: F401 - a one-off start-up cost, not part of a sync
    import keyring

    from core import secrets
    from core.exchanges.ccxt_source import RetryPolicy, close_clients
    from core.session import Session
    from tests.servers.fake_binance import FakeBinance
    from tests.servers.fake_bybit import FakeBybit
    from tests.servers.fake_okx import FakeOkx

    keyring.set_keyring(secrets.memory_keyring())  # never the user's real keyring
    creds = {"binanceusdm": {"apiKey": "k", "secret": "s"}, "bybit": {"apiKey": "k", "secret": "s"},
             "okx": {"apiKey": "k", "secret": "s", "password": "p"}}
    fakes = {"binanceusdm": FakeBinance(LATENCY_S), "bybit": FakeBybit(LATENCY_S), "okx": FakeOkx(LATENCY_S)}
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        session = Session.open(path=Path(tmp) / "bench.sqlite")
        try:
            for venue, fake in fakes.items():
                await fake.start()
                session.create_account(venue, venue, creds[venue], now=now, api_base_url=fake.base_url,
                                       options={"rate_limit": False, "timeout_ms": 5000})
            walls = []
            counts = []
            for i in range(2):  # cold, then warm (markets cached in the per-account clients)
                before = sum(len(f.requests) for f in fakes.values())
                t0 = time.perf_counter()
                _, snap = await session.sync(now + timedelta(minutes=i), retry=RetryPolicy(1))
                walls.append(time.perf_counter() - t0)
                counts.append(sum(len(f.requests) for f in fakes.values()) - before)
                assert all(s.state.value == "fresh" for s in snap.sources), snap.sources
            await close_clients()  # the clients live on this loop, not on the session's runtime
        finally:
            for fake in fakes.values():
                await fake.stop()
            session.store.close()
    return {
        "bench": "sync", "accounts": 3, "latency_per_request_s": LATENCY_S,
        "cold_wall_s": round(walls[0], 3), "cold_requests": counts[0],
        "cold_sum_latency_s": round(counts[0] * LATENCY_S, 3),
        "longest_chain_s": round(max(COLD_CHAIN.values()) * LATENCY_S, 3),
        "warm_wall_s": round(walls[1], 3), "warm_requests": counts[1],
        "warm_sum_latency_s": round(counts[1] * LATENCY_S, 3),
        "warm_longest_chain_s": round(max(WARM_CHAIN.values()) * LATENCY_S, 3),
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main())))
