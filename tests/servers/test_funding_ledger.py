"""The funding ledger filled from the venue fakes through the real session and the real ccxt client.

Ground for the expected amounts and signs: the recorded funding-history payloads the fakes serve (each named in its
fake: the examples in ccxt's parsers, which are recorded venue answers, ccxt issue #19629's Bybit row, the recorded
OKX LTC position's ``fundingFee``, Bybit's docs example of the transaction log), read as each venue documents them
(Binance ``income`` and OKX ``balChg`` and Hyperliquid ``usdc``: + received; Bybit ``execFee``: a fee, + paid).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.model import SourceState
from core.retry import RetryPolicy
from tests.servers.conftest import T0, TEST_OPTIONS, add_fake_accounts
from tests.servers.fake_binance import RECORDED_FUNDING_INCOME
from tests.servers.fake_bybit import RECORDED_FUNDING_EXECUTIONS
from tests.servers.fake_hyperliquid import FUNDING, RECORDED_USER_FUNDING, FakeHyperliquid
from tests.servers.fake_okx import RECORDED_FUNDING_BILLS

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
NOW = datetime(2026, 3, 2, 8, 5, tzinfo=UTC)  # five minutes after the 08:00 UTC funding
H8 = timedelta(hours=8)


def ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def stored(session, account_id: str) -> dict[tuple[str, datetime], float]:
    return {(p.symbol, p.time): p.amount for p in session.funding_payments(account_id)}


def status_of(snap, source_id: str):
    return next(s for s in snap.sources if s.source_id == source_id)


def _binance_rows(*times: datetime) -> list[dict]:
    """The recorded ETHUSDT row (received) at each time, with its own tranId."""
    return [dict(RECORDED_FUNDING_INCOME, time=str(ms(t)), tranId=str(4480321991774044580 + i))
            for i, t in enumerate(times)]


@pytest.fixture
async def venues(fakes, session):
    accounts = add_fake_accounts(session, fakes)
    at = NOW - timedelta(minutes=5)  # 08:00
    fakes["binanceusdm"].income_rows += _binance_rows(at) + [{  # the BTC long paid: 0.009 x 67502.68519858 x 0.0001
        "symbol": "BTCUSDT", "incomeType": "FUNDING_FEE", "income": "-0.06075242", "asset": "USDT",
        "time": str(ms(at)), "info": "FUNDING_FEE", "tranId": "4480321991774044999", "tradeId": ""}]
    xmr, vet, xrp = RECORDED_FUNDING_EXECUTIONS
    fakes["bybit"].execution_rows += [dict(xmr, symbol="BTCUSDT", execTime=str(ms(at))),  # the BTC short (Sell)
                                      dict(vet, symbol="LTCUSDT", execTime=str(ms(at))),  # the LTC long (Buy)
                                      dict(xrp, symbol="LTCUSDT", execTime=str(ms(at - 3 * H8)))]
    income, expense = RECORDED_FUNDING_BILLS
    fakes["okx"].bill_rows += [dict(income, ts=str(ms(at))), dict(expense, ts=str(ms(at - H8)))]
    return accounts


# --- acceptance 4: the ledger filled from the fakes, amounts and signs as recorded ---------------------------------
async def test_the_ledger_is_filled_from_each_venue_with_the_recorded_amounts_and_signs(fakes, session, venues):
    _, snap = await session.sync(NOW, retry=FAST)
    assert all(s.state is SourceState.FRESH and not s.error for s in snap.sources), snap.sources
    at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert stored(session, "binanceusdm-acct") == {("ETH/USDT:USDT", at): 0.00134317,  # income > 0: received
                                                   ("BTC/USDT:USDT", at): -0.06075242}
    assert stored(session, "bybit-acct") == {("BTC/USDT:USDT", at): 0.10232512,  # execFee -0.10232512: received
                                             ("LTC/USDT:USDT", at): 0.00005586,  # execFee -0.00005586: received
                                             ("LTC/USDT:USDT", at - 3 * H8): -0.003676}  # execFee 0.003676: paid
    assert stored(session, "okx-acct") == {("BTC/USD:BTC", at): 0.0000148752712240,  # subType 174: income
                                           ("LTC/USDT:USDT", at - H8): -0.0154171409554622}  # 173: expense
    okx = {p.symbol: p for p in session.funding_payments("okx-acct")}
    assert okx["BTC/USD:BTC"].asset == "BTC" and okx["LTC/USDT:USDT"].asset == "USDT"
    assert okx["BTC/USD:BTC"].amount_usd == pytest.approx(0.0000148752712240 * snap.price_usd("BTC"))
    assert okx["BTC/USD:BTC"].venue_id == "377970609204146187"  # OKX's billId
    assert not any(f.unknown for f in fakes.values())


async def test_shown_per_position_with_the_cost_of_carry(fakes, session, venues):
    analysis = await session.refresh(NOW, retry=FAST)
    summaries = session.funding_summaries(NOW)
    bybit_ltc = summaries[("bybit-acct", "LTC/USDT:USDT")]
    assert bybit_ltc.payments == 2 and bybit_ltc.total_usd == pytest.approx(0.00005586 - 0.003676)
    assert bybit_ltc.last_24h_usd == pytest.approx(0.00005586)  # yesterday 08:00 is 24 h 5 min ago
    assert bybit_ltc.last_7d_usd == pytest.approx(0.00005586 - 0.003676)
    carry = analysis.summary.carry
    assert carry is not None
    line = next(x for x in carry.lines if (x.account_id, x.symbol) == ("binanceusdm-acct", "ETH/USDT:USDT"))
    assert line.summary is not None and line.summary.last_24h_usd == pytest.approx(0.00134317)
    assert line.account_label == "binanceusdm main"  # the user's label, not the id
    # the ETH short at the fake's rate 0.0001 (premiumIndex lastFundingRate): a short receives 0.01 % of its notional
    eth = next(p for p in analysis.snapshot.positions if p.account_id == "binanceusdm-acct" and p.base == "ETH")
    assert line.projected_next_usd == pytest.approx(0.0001 * eth.notional_usd)
    assert carry.last_24h_usd == pytest.approx(sum(s.last_24h_usd for s in summaries.values()))
    series = session.funding_series("bybit-acct", "LTC/USDT:USDT", days=2, now=NOW)
    assert [d.day.isoformat() for d in series] == ["2026-03-01", "2026-03-02"]
    assert series[0].paid_usd == pytest.approx(-0.003676) and series[1].received_usd == pytest.approx(0.00005586)


async def test_a_resync_stores_nothing_twice_and_reads_on_from_where_it_ended(fakes, session, venues):
    binance = fakes["binanceusdm"]
    await session.sync(NOW, retry=FAST)
    first = len(session.funding_payments())
    sent = len(binance.income_queries)
    assert sent == 2  # one per held swap (BTCUSDT, ETHUSDT)
    assert int(binance.income_queries[0]["startTime"]) == ms(NOW - timedelta(days=30))

    await session.sync(NOW + timedelta(minutes=15), retry=FAST)  # no funding time passed: nothing is asked
    assert len(binance.income_queries) == sent

    later = NOW + H8 + timedelta(minutes=3)  # 16:03: the 16:00 funding is booked
    binance.income_rows.append(dict(RECORDED_FUNDING_INCOME, time=str(ms(datetime(2026, 3, 2, 16, 0, tzinfo=UTC))),
                                    tranId="77"))
    _, snap = await session.sync(later, retry=FAST)
    assert not status_of(snap, "binanceusdm-acct").error
    queries = binance.income_queries[sent:]
    assert len(queries) == 2
    # from where the last read ended, less the hour of overlap
    assert all(int(q["startTime"]) == ms(NOW - timedelta(hours=1)) for q in queries), queries
    assert all(int(q["endTime"]) == ms(later) for q in queries)
    assert len(session.funding_payments()) == first + 1  # the 08:00 rows came again and were stored once
    assert stored(session, "binanceusdm-acct")[("ETH/USDT:USDT", datetime(2026, 3, 2, 16, 0, tzinfo=UTC))] \
        == 0.00134317


async def test_a_failing_read_is_one_note_and_keeps_the_ledger(fakes, session, venues):
    binance = fakes["binanceusdm"]
    await session.sync(NOW, retry=FAST)
    before = stored(session, "binanceusdm-acct")
    binance.income_rows.append(dict(RECORDED_FUNDING_INCOME, time=str(ms(NOW + H8 - timedelta(minutes=5))),
                                    tranId="78"))
    binance.fault("/fapi/v1/income", "500")
    later = NOW + H8
    _, snap = await session.sync(later, retry=FAST)
    status = status_of(snap, "binanceusdm-acct")
    assert status.state is SourceState.FRESH and snap.positions_of("binanceusdm-acct")  # the sync stands
    assert status.error.startswith("synced with gaps"), status.error
    assert status.error.lower().count("funding history") == 1, status.error
    assert stored(session, "binanceusdm-acct") == before
    stored_status = status_of(session.latest_snapshots(1)[0][1], "binanceusdm-acct")
    assert stored_status.error == status.error  # the note is in the stored snapshot too

    binance.fault("/fapi/v1/income", None)
    _, snap = await session.sync(later + timedelta(minutes=15), retry=FAST)  # not advanced: still due, read again
    assert not status_of(snap, "binanceusdm-acct").error
    assert len(stored(session, "binanceusdm-acct")) == len(before) + 1


async def test_bybit_is_read_in_windows_of_at_most_seven_days(fakes, session, venues):
    _, snap = await session.sync(NOW, retry=FAST)
    assert not status_of(snap, "bybit-acct").error
    queries = fakes["bybit"].execution_queries
    assert {q["symbol"] for q in queries} == {"BTCUSDT", "LTCUSDT"}
    for symbol in ("BTCUSDT", "LTCUSDT"):
        spans = sorted((int(q["startTime"]), int(q["endTime"])) for q in queries if q["symbol"] == symbol)
        assert spans[0][0] == ms(NOW - timedelta(days=30)) and spans[-1][1] == ms(NOW)
        assert all(b - a <= 7 * 86_400_000 for a, b in spans)
        assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))  # no gap between windows


# --- Hyperliquid: one read for the whole account, entries without ids, a full page split -------------------------
@pytest.fixture
async def hl():
    fake = FakeHyperliquid(hang_s=1.5, lifetime_s=120)
    await fake.start()
    yield fake
    from core.exchanges.ccxt_source import close_clients

    await close_clients()
    await fake.stop()


async def test_hyperliquid_funding_is_read_account_wide_and_kept_apart_by_coin_and_time(hl, session):
    session.create_account("hyperliquid", "HL", {"walletAddress": FUNDING}, now=T0, api_base_url=hl.base_url,
                           options=TEST_OPTIONS, account_id="hl")
    sol, btc = RECORDED_USER_FUNDING
    at = NOW - timedelta(minutes=5)
    hl.funding_rows[FUNDING.lower()] = [dict(sol, time=ms(at)), dict(btc, time=ms(at)),
                                        dict(sol, time=ms(at - timedelta(hours=1)))]
    _, snap = await session.sync(NOW, retry=FAST)
    assert not status_of(snap, "hl").error, snap.sources
    assert len(hl.requests_of("userFunding")) == 1  # every coin at once
    assert stored(session, "hl") == {("SOL/USDC:USDC", at): 75.635093,  # the short received at a positive rate
                                     ("BTC/USDC:USDC", at): -0.41875,  # the long paid
                                     ("SOL/USDC:USDC", at - timedelta(hours=1)): 75.635093}
    assert {p.asset for p in session.funding_payments("hl")} == {"USDC"}


async def test_a_full_page_is_split_until_every_payment_is_read(hl, session):
    session.create_account("hyperliquid", "HL", {"walletAddress": FUNDING}, now=T0, api_base_url=hl.base_url,
                           options=TEST_OPTIONS, account_id="hl")
    sol = RECORDED_USER_FUNDING[0]
    hours = 26 * 24  # 624 hourly payments: more than one answer (500) holds
    hl.funding_rows[FUNDING.lower()] = [dict(sol, time=ms(NOW - timedelta(minutes=5, hours=h))) for h in range(hours)]
    _, snap = await session.sync(NOW, retry=FAST)
    assert not status_of(snap, "hl").error
    assert len(session.funding_payments("hl")) == hours
    assert len(hl.requests_of("userFunding")) == 3  # the full answer, then its two halves
