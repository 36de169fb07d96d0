"""Fixtures for the loopback exchange fakes: servers, an in-memory keyring, a session with accounts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.servers.fake_binance import FakeBinance
from tests.servers.fake_bybit import FakeBybit
from tests.servers.fake_okx import FakeOkx

API_SECRETS = {  # distinctive values, so a leak anywhere is easy to find
    "binanceusdm": {"apiKey": "BINANCE-KEY-7f3a9c", "secret": "BINANCE-SECRET-e81d55aa"},
    "bybit": {"apiKey": "BYBIT-KEY-2b9e41", "secret": "BYBIT-SECRET-9c0ffe11"},
    "okx": {"apiKey": "OKX-KEY-5d1c77", "secret": "OKX-SECRET-0a4b2e99", "password": "OKX-PASS-31337"},
}
FAKES = {"binanceusdm": FakeBinance, "bybit": FakeBybit, "okx": FakeOkx}
#: Client settings for the fakes: no client-side throttling, a short request timeout.
TEST_OPTIONS = {"rate_limit": False, "timeout_ms": 400}
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _every_test_uses_the_memory_keyring(memory_keyring):
    """Every test here gets an empty in-memory keyring (tests/conftest.py); the real one is never touched."""
    yield memory_keyring


@pytest.fixture(autouse=True)
def _every_test_starts_with_cold_public_caches():
    """The process-wide public-data caches (market lists, tiers, Hyperliquid's daily meta) are keyed by the API URL,
    and a later test's fake may get an earlier one's port: each test starts cold (the disk cache already lives in
    the test's own UNDERTOW_HOME)."""
    from core.exchanges.probes import hyperliquid
    from core.exchanges.public_cache import PUBLIC

    PUBLIC.clear()
    hyperliquid._meta_cache.clear()
    yield
    PUBLIC.clear()
    hyperliquid._meta_cache.clear()


@pytest.fixture
async def fakes():
    """The three venue fakes, started on 127.0.0.1 and stopped after the test."""
    servers = {venue: cls(hang_s=1.5, lifetime_s=60) for venue, cls in FAKES.items()}
    for server in servers.values():
        await server.start()
    yield servers
    from core.exchanges.ccxt_source import close_clients

    await close_clients()
    for server in servers.values():
        await server.stop()


@pytest.fixture
def session(tmp_path):
    """A live (not demo) application session on a fresh database in ``tmp_path``."""
    from core.session import Session

    s = Session.open(path=tmp_path / "undertow.sqlite")
    yield s
    # The exchange clients live on the test's loop and are closed by ``fakes``; only the database is ours.
    s.store.close()


def add_fake_accounts(session, servers, venues=("binanceusdm", "bybit", "okx")) -> dict:
    """One configured account per venue, each pointed at its fake through the base-URL override."""
    out = {}
    for venue in venues:
        out[venue] = session.create_account(venue, f"{venue} main", API_SECRETS[venue], now=T0,
                                            api_base_url=servers[venue].base_url, options=TEST_OPTIONS,
                                            account_id=f"{venue}-acct")
    return out
