"""Sync: sources run concurrently, each fails alone, the last good data stays (marked stale)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from core.model import Account, Balance, MarginMode, Position, Side, SourceState
from core.session import Session
from core.sync import SourceError, SourcePayload, collect

T0 = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)


@dataclass
class FakeSource:
    source_id: str
    entry: float = 70000.0
    fail: BaseException | None = None
    delay: float = 0.0
    kind: str = "exchange"

    async def fetch(self, now):
        await asyncio.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        acc = Account(self.source_id, "binanceusdm", self.source_id, MarginMode.CROSS)
        pos = Position(acc.id, acc.venue, "BTC/USDT:USDT", Side.LONG, 1.0, 1.0, self.entry, 67450.0,
                       MarginMode.CROSS)
        return SourcePayload(accounts=(acc,), positions=(pos,), balances=(Balance(acc.id, "USDT", 1000.0),))


async def test_sources_run_concurrently():
    sources = [FakeSource(f"s{i}", delay=0.2) for i in range(5)]
    started = time.perf_counter()
    snap = await collect(sources, T0, previous=None)
    assert time.perf_counter() - started < 0.8  # five 0.2 s sources overlap instead of taking 1 s
    assert len(snap.positions) == 5


async def test_one_failure_leaves_the_others_fresh_and_has_no_data_yet():
    sources = [FakeSource("good"), FakeSource("bad", fail=SourceError("bad_key", "the API key was rejected"))]
    snap = await collect(sources, T0, previous=None)
    states = {s.source_id: s for s in snap.sources}
    assert states["good"].state is SourceState.FRESH
    assert states["bad"].state is SourceState.FAILED
    assert states["bad"].error == "the API key was rejected"
    assert [p.account_id for p in snap.positions] == ["good"]


async def test_failed_source_keeps_its_last_good_rows_marked_stale(tmp_path):
    session = Session.open(path=tmp_path / "u.sqlite")
    await session.sync(T0, sources=[FakeSource("a", entry=70000.0), FakeSource("b", entry=71000.0)])
    later = T0 + timedelta(hours=1)
    _, snap = await session.sync(later, sources=[FakeSource("a", entry=72000.0),
                                                 FakeSource("b", fail=TimeoutError())])
    status = {s.source_id: s for s in snap.sources}
    assert status["b"].state is SourceState.STALE and status["b"].as_of == T0
    assert status["b"].error == "timed out"
    assert status["a"].state is SourceState.FRESH and status["a"].as_of == later
    entries = {p.account_id: p.entry_price for p in snap.positions}
    assert entries == {"a": 72000.0, "b": 71000.0}  # b's last good position is still there
    # the stored snapshot says the same, and the first snapshot is untouched
    assert session.latest_snapshots(1)[0][1] == snap
    assert len(session.snapshot_ids()) == 2
    # a third sync where b fails again still carries the original time, not the time of the copy
    _, third = await session.sync(later + timedelta(hours=1),
                                  sources=[FakeSource("a"), FakeSource("b", fail=RuntimeError("x"))])
    assert {s.source_id: s.as_of for s in third.sources}["b"] == T0
    session.close()


async def test_unexpected_error_message_does_not_leak_details():
    secret = "sk-live-123456"
    snap = await collect([FakeSource("x", fail=RuntimeError(f"header X-KEY: {secret}"))], T0, None)
    assert secret not in (snap.sources[0].error or "")


async def test_a_hanging_source_times_out_alone():
    snap = await collect([FakeSource("slow", delay=5), FakeSource("fast")], T0, None, timeout=0.2)
    states = {s.source_id: s.state for s in snap.sources}
    assert states == {"slow": SourceState.FAILED, "fast": SourceState.FRESH}


async def test_a_fresh_source_with_gaps_says_so():
    @dataclass
    class Gappy(FakeSource):
        async def fetch(self, now):
            payload = await super().fetch(now)
            return SourcePayload(accounts=payload.accounts, note="synced with gaps: order book unavailable")

    snap = await collect([Gappy("g")], T0, None)
    assert snap.sources[0].state is SourceState.FRESH
    assert snap.sources[0].error == "synced with gaps: order book unavailable"
