"""The real ccxt.async_support clients against loopback fakes of Binance USD-M, Bybit v5 and OKX v5."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy, probe_account
from core.model import MarginMode, Side, SourceState
from tests.servers.conftest import API_SECRETS, T0, add_fake_accounts

FAST = RetryPolicy(attempts=2, backoff_s=0.01)


def _position(snap, account_id, symbol):
    return next(p for p in snap.positions if p.account_id == account_id and p.symbol == symbol)


async def test_one_account_per_venue_gives_a_correct_snapshot(fakes, session):
    add_fake_accounts(session, fakes)
    _, snap = await session.sync(T0, retry=FAST)

    assert {s.source_id: s.state for s in snap.sources} == {
        "binanceusdm-acct": SourceState.FRESH, "bybit-acct": SourceState.FRESH, "okx-acct": SourceState.FRESH}
    assert all(not f.unknown for f in fakes.values()), {v: f.unknown for v, f in fakes.items()}

    # Binance: the recorded BTC cross long, the synthetic ETH isolated short, the flat LTC row dropped
    btc = _position(snap, "binanceusdm-acct", "BTC/USDT:USDT")
    assert (btc.side, btc.contracts, btc.entry_price, btc.margin_mode) == (Side.LONG, 0.009, 67445.9, MarginMode.CROSS)
    assert btc.liquidation_price_reported == pytest.approx(64846.9875379)
    assert btc.leverage == 80  # from /fapi/v1/symbolConfig (v3 positionRisk has none)
    eth = _position(snap, "binanceusdm-acct", "ETH/USDT:USDT")
    assert (eth.side, eth.margin_mode, eth.leverage) == (Side.SHORT, MarginMode.ISOLATED, 5)
    assert len(snap.positions_of("binanceusdm-acct")) == 2
    # Bybit: the recorded LTC long (no liquidation price reported) and a BTC short
    ltc = _position(snap, "bybit-acct", "LTC/USDT:USDT")
    assert (ltc.side, ltc.contracts, ltc.leverage, ltc.liquidation_price_reported) == (Side.LONG, 1.2, 6, None)
    assert _position(snap, "bybit-acct", "BTC/USDT:USDT").side is Side.SHORT
    # OKX: the recorded inverse isolated BTC-USD-SWAP long
    inv = _position(snap, "okx-acct", "BTC/USD:BTC")
    assert inv.inverse and inv.contract_size == 100 and inv.margin_mode is MarginMode.ISOLATED
    assert inv.liquidation_price_reported == pytest.approx(69536.6125000014)

    balances = {(b.account_id, b.asset): b.total for b in snap.balances}
    assert balances[("binanceusdm-acct", "USDT")] == pytest.approx(31.022612)
    assert balances[("bybit-acct", "USDT")] == pytest.approx(3322.25896609)
    assert balances[("okx-acct", "BTC")] == pytest.approx(0.5)

    for venue, symbol in [("binanceusdm", "BTC/USDT:USDT"), ("bybit", "LTC/USDT:USDT"), ("okx", "BTC/USD:BTC")]:
        market = snap.market(venue, symbol)
        assert market is not None, (venue, symbol)
        assert market.tiers and market.tiers[0].min_notional == 0, (venue, "tiers")
        assert market.bids and market.asks and market.bids[0][0] < market.asks[0][0], (venue, "book")
        assert market.funding_rate is not None and market.open_interest_usd, (venue, "funding/OI")
        assert len(market.daily_closes) == 60, (venue, "candles")
        assert market.tiers_fetched_at == T0
    assert snap.market("binanceusdm", "BTC/USDT:USDT").bids[0] == (42651.1, 470.672)  # recorded depth
    assert snap.market("binanceusdm", "BTC/USDT:USDT").tiers[1].maintenance_margin_rate == 0.005


async def test_markets_are_loaded_once_per_client(fakes, session):
    add_fake_accounts(session, fakes, venues=("binanceusdm",))
    for minutes in (0, 5):
        await session.sync(T0 + timedelta(minutes=minutes), retry=FAST)
    assert fakes["binanceusdm"].count("/fapi/v1/exchangeInfo") == 1
    assert fakes["binanceusdm"].count("/fapi/v3/positionRisk") == 2


async def test_hyperliquid_and_generic_accounts_need_no_fake_to_be_configured(session):
    acct = session.create_account("hyperliquid", "HL", {"walletAddress": "0x" + "ab" * 20}, now=T0)
    assert acct.secret_ref == "" and acct.options["walletAddress"].startswith("0xab")
    assert session.find_account(acct.id).to_account().quote == "USDC"


@pytest.mark.parametrize("venue", ["binanceusdm", "bybit", "okx"])
async def test_connection_test_reports_read_only_key(fakes, session, venue):
    config = add_fake_accounts(session, fakes, venues=(venue,))[venue]
    result = await probe_account(config, API_SECRETS[venue], T0)
    assert result.ok, result.message
    assert result.positions == 2
    assert result.permissions is not None and not result.permissions.dangerous
    assert "WARNING" not in result.message


@pytest.mark.parametrize("venue", ["binanceusdm", "bybit", "okx"])
async def test_connection_test_warns_about_trading_or_withdrawal_rights(fakes, session, venue):
    fakes[venue].trading_rights = True
    config = add_fake_accounts(session, fakes, venues=(venue,))[venue]
    result = await probe_account(config, API_SECRETS[venue], T0)
    assert result.ok and result.permissions.dangerous
    assert "WARNING" in result.message and "withdrawal" in result.message


async def test_connection_test_with_a_revoked_key_says_so(fakes, session):
    config = add_fake_accounts(session, fakes, venues=("bybit",))["bybit"]
    fakes["bybit"].fault("/v5/position/list", "revoked")
    result = await probe_account(config, API_SECRETS["bybit"], T0)
    assert not result.ok and "rejected the API key" in result.message
