"""The venues' long/short account ratios: read per held base and venue at most once an hour (the public-data cache),
stored on the market, kept when a read fails (a "synced with gaps" note), and fed to the cascade's model.

Real ccxt clients against the loopback fakes; expected ratios are the answers ccxt's own parsers document
(tests/servers/fake_*.py ``LONG_SHORT_ROWS``), every count read from the fakes' request logs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from core.cascade.snapshot import market_model_from_snapshot
from core.exchanges.ccxt_source import RetryPolicy
from core.exchanges.public_cache import LONG_SHORT_TTL
from core.model import SourceState
from tests.servers.conftest import T0, add_fake_accounts

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
VENUES = ("binanceusdm", "bybit", "okx")
RATIO_PATH = {"binanceusdm": "/futures/data/globalLongShortAccountRatio", "bybit": "/v5/market/account-ratio",
              "okx": "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract"}
#: The newest row of each fake: Binance's longShortRatio; Bybit's buyRatio / sellRatio (ccxt divides them);
#: OKX's ratio as sent.
RATIO = {"binanceusdm": 0.8376, "bybit": 0.5707 / 0.4293, "okx": 0.9398602814619824}


def _swap_bases(snap, venue: str) -> set[str]:
    return {p.base.upper() for p in snap.positions if p.venue == venue and ":" in p.symbol and "-" not in
            p.symbol.split(":")[1]}


async def test_a_sync_stores_each_venue_s_ratio_once_per_base(fakes, session):
    add_fake_accounts(session, fakes)
    _, snap = await session.sync(T0, retry=FAST)

    assert all(s.state is SourceState.FRESH and s.error is None for s in snap.sources), snap.sources
    assert all(not f.unknown for f in fakes.values()), {v: f.unknown for v, f in fakes.items()}
    for venue in VENUES:
        bases = _swap_bases(snap, venue)
        assert bases, venue
        assert fakes[venue].count(RATIO_PATH[venue]) == len(bases), venue  # one read per base, not per symbol
        held = [m for m in snap.markets if m.venue == venue and m.base.upper() in bases]
        assert held and all(m.long_short_ratio == pytest.approx(RATIO[venue]) for m in held), venue
    stored = session.latest_snapshots(1)[0][1]  # through the store: the market payload carries the field
    assert stored.market("okx", "BTC/USD:BTC").long_short_ratio == pytest.approx(RATIO["okx"])
    assert stored.market("binanceusdm", "BTC/USDT:USDT").long_short_ratio == pytest.approx(RATIO["binanceusdm"])

    # the model: LTC's ratio is the open-interest weighted mean of Bybit's and OKX's (the LTC markets only: the
    # fakes' recorded BTC books sit far from their marks, which no model accepts)
    ltc = [m for m in stored.markets if m.base == "LTC"]
    assert {m.venue for m in ltc} == {"bybit", "okx"}
    weighted = sum(m.open_interest_usd * RATIO[m.venue] for m in ltc) / sum(m.open_interest_usd for m in ltc)
    model = market_model_from_snapshot(replace(stored, markets=tuple(ltc)), driver="LTC")
    assert model.symbol("LTC").long_short_ratio == pytest.approx(weighted)


async def test_a_warm_sync_within_the_hour_does_not_ask_again(fakes, session):
    add_fake_accounts(session, fakes)
    await session.sync(T0, retry=FAST)
    cold = {v: fakes[v].count(RATIO_PATH[v]) for v in VENUES}
    _, warm = await session.sync(T0 + timedelta(minutes=30), retry=FAST)

    assert {v: fakes[v].count(RATIO_PATH[v]) for v in VENUES} == cold
    assert warm.market("bybit", "LTC/USDT:USDT").long_short_ratio == pytest.approx(RATIO["bybit"])
    _, later = await session.sync(T0 + LONG_SHORT_TTL + timedelta(minutes=1), retry=FAST)
    assert all(fakes[v].count(RATIO_PATH[v]) == 2 * cold[v] for v in VENUES)  # expired: read again, once
    assert later.market("bybit", "LTC/USDT:USDT").long_short_ratio == pytest.approx(RATIO["bybit"])


async def test_a_failing_ratio_keeps_the_last_value_and_says_so(fakes, session):
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    fake, path = fakes["binanceusdm"], RATIO_PATH["binanceusdm"]
    await session.sync(T0, retry=FAST)
    fake.fault(path, "500")
    fake.long_short_rows[-1]["longShortRatio"] = "1.2500"  # what a read would now say: it must not get through

    t1 = T0 + LONG_SHORT_TTL + timedelta(minutes=1)
    _, snap = await session.sync(t1, retry=FAST)
    source = snap.sources[0]
    assert source.state is SourceState.FRESH  # an optional piece: the account is synced, with a gap
    assert "synced with gaps" in (source.error or "") and "long/short ratios" in source.error.lower()
    assert snap.market("binanceusdm", "BTC/USDT:USDT").long_short_ratio == pytest.approx(0.8376)  # the last good
    failed_reads = fake.count(path)

    _, again = await session.sync(t1 + timedelta(minutes=20), retry=FAST)  # the failure is kept for the hour too
    assert fake.count(path) == failed_reads
    assert again.market("binanceusdm", "BTC/USDT:USDT").long_short_ratio == pytest.approx(0.8376)
    assert "long/short ratios" in (again.sources[0].error or "").lower()

    fake.fault(path, None)
    _, healed = await session.sync(t1 + LONG_SHORT_TTL + timedelta(minutes=1), retry=FAST)
    assert healed.market("binanceusdm", "BTC/USDT:USDT").long_short_ratio == pytest.approx(1.25)
    assert "long/short" not in (healed.sources[0].error or "").lower()
