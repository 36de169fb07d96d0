"""Issue 14, acceptance 4: the cold-storage watchtower against the loopback Esplora fake (a real httpx client on
an aiohttp server on 127.0.0.1), the cold-storage moves in a real SQLite file.

A spend from a watched long-term address raises the alert within one poll (the mempool counts); an announced
move does not, and it closes when the fake shows the coins confirmed at the destination; nothing repeats on the
next poll; a failing Esplora poll is reported and loses no state. Amounts below are satoshis unless named.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web

from core.custody.importer import derive_addresses
from core.custody.sources import ChainSettings
from core.custody.watchtower import (
    CLOCK_MARGIN,
    WatchtowerState,
    initial_state,
    long_term_wallet_ids,
    moves_to_confirm,
    poll_watchtower,
)
from core.model import (
    Account,
    Balance,
    CustodyClass,
    Holding,
    MarginMode,
    PortfolioSnapshot,
    Purpose,
    SourceState,
    SourceStatus,
    Wallet,
)
from core.store import open_store
from core.store.custody_repo import (
    confirm_moves,
    get_fact,
    list_cold_moves,
    mark_moved,
    plan_cold_move,
    set_fact,
)
from tests.servers.esplora_fake import EsploraFake, tx
from tests.servers.evm_fake import EvmFake

DESC = ("wpkh([73c5da0a/84h/0h/0h]xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcM"
        "LoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V/<0;1>/*)#qf45pmyh")
RECV = derive_addresses(DESC, count=25)
CHANGE = derive_addresses(DESC, change=True, count=25)
COLD_ADDR = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"  # the cold wallet's (single) address, not of DESC
EXCHANGE_HOT = "bc1q-exchange-hot-wallet"  # the fake does not validate addresses; neither side sends it anywhere
THIEF = "bc1q-somebody-else"
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

HOT = Wallet("hot-sw", "Phone wallet", "btc-descriptor", DESC, "other", CustodyClass.SOFTWARE_WALLET, "bitcoin")
COLD = Wallet("vault", "Trezor vault", "btc-address", COLD_ADDR, "Trezor", CustodyClass.HARDWARE_WALLET, "bitcoin")


def chain(url: str, **kw) -> ChainSettings:
    return ChainSettings(esplora_url=url, evm_rpc_url=url, backoff_s=0.0, **kw)


def funded(fake: EsploraFake, address: str, sats: int, at: datetime, seed: str = "funding") -> dict:
    """Coins from the exchange to ``address``, confirmed at ``at``."""
    t = fake.broadcast(tx(seed, [(EXCHANGE_HOT, sats + 5_000)], [(address, sats)]))
    fake.mine(at)
    return t


@pytest.fixture
def db(tmp_path):
    d = open_store(tmp_path / "undertow.sqlite")
    yield d
    d.close()


async def test_a_spend_from_a_long_term_wallet_alerts_in_the_first_poll_and_only_once():
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        settings = chain(fake.url)
        alerts, state = await poll_watchtower([HOT], [], WatchtowerState(), settings, T0)
        assert alerts == [] and state.failures == ()  # the first poll is the baseline: history is no news
        assert state.wallets["hot-sw"].addresses[RECV[0]].balance_sat == 1_000_000

        spend = fake.broadcast(tx("theft", [(RECV[0], 1_000_000)], [(THIEF, 700_000), (CHANGE[0], 299_000)]))
        before = len(fake.requests)
        alerts, state = await poll_watchtower([HOT], [], state, settings, T0 + timedelta(seconds=30))
        assert [(a.kind, a.severity) for a in alerts] == [("cold_spend", "critical")]
        alert = alerts[0]
        assert "Phone wallet" in alert.body and "not confirmed yet" in alert.body
        for secret in ("0.007", "700000", "700,000", spend["txid"], spend["txid"][:12]):  # no amount, no txid
            assert secret not in alert.title + alert.body + alert.key
        assert "0.00700000 BTC" in alert.body_with_amounts and spend["txid"] in alert.body_with_amounts
        # between rescans a poll asks only for the addresses coins can leave: the funded one and two unused
        # ones per chain (5 records), plus the transactions of the address whose spend count rose (1)
        assert len(fake.requests) - before == 6

        again, state = await poll_watchtower([HOT], [], state, settings, T0 + timedelta(seconds=60))
        assert again == []  # still in the mempool: not twice
        fake.mine(T0 + timedelta(minutes=10))
        confirmed, state = await poll_watchtower([HOT], [], state, settings, T0 + timedelta(minutes=11))
        assert confirmed == []  # confirmed now: the same txid, not a new alert
        rescanned, state = await poll_watchtower([HOT], [], state, settings, T0 + timedelta(hours=2))
        assert rescanned == []  # a full rescan later knows it too


async def test_a_spend_made_while_the_app_was_closed_alerts_at_the_first_poll():
    """No watch state yet: the cut-off is the wallet's last good sync in the stored snapshot."""
    last_sync = T0 - timedelta(hours=6)
    snapshot = PortfolioSnapshot(taken_at=last_sync, wallets=(HOT,),
                                 sources=(SourceStatus("hot-sw", "wallet", SourceState.FRESH, last_sync),))
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=9))
        fake.broadcast(tx("old-spend", [(RECV[0], 1_000_000)], [(THIEF, 400_000), (CHANGE[0], 590_000)]))
        fake.mine(last_sync - CLOCK_MARGIN - timedelta(hours=1))  # before the last sync: the user has seen it
        fake.broadcast(tx("new-spend", [(CHANGE[0], 590_000)], [(THIEF, 580_000)]))
        fake.mine(T0 - timedelta(hours=1))  # after it: news
        alerts, _ = await poll_watchtower([HOT], [], initial_state(snapshot), chain(fake.url), T0)
    assert [a.kind for a in alerts] == ["cold_spend"]
    assert "0.00580000 BTC" in alerts[0].body_with_amounts


async def test_an_announced_move_raises_nothing_and_closes_when_the_coins_are_confirmed(db):
    """From the long-term phone wallet to the announced cold address: no alarm; confirmed: closed, once.

    Only the phone wallet is guarded here (the vault is tagged otherwise), so what spares the alarm is the
    announcement, not the coins staying with a guarded wallet."""
    guarded = {"hot-sw"}
    assert COLD_ADDR not in RECV + CHANGE
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        settings = chain(fake.url)

        async def poll(state, at):
            return await poll_watchtower([HOT, COLD], list_cold_moves(db), state, settings, at, long_term=guarded)

        _, state = await poll(WatchtowerState(), T0)
        move = plan_cold_move(db, "vault", "BTC", "0.005", COLD_ADDR, baseline_amount=0, now=T0 + timedelta(minutes=1))
        mark_moved(db, move.id, T0 + timedelta(minutes=1))
        sent = fake.broadcast(tx("move", [(RECV[0], 1_000_000)], [(COLD_ADDR, 500_000), (CHANGE[0], 498_000)]))
        alerts, state = await poll(state, T0 + timedelta(minutes=2))
        assert alerts == [] and state.announced == {sent["txid"]: move.id}
        assert moves_to_confirm(state, list_cold_moves(db)) == []  # in the mempool: not arrived

        fake.mine(T0 + timedelta(minutes=12))
        alerts, state = await poll(state, T0 + timedelta(minutes=13))
        assert [(a.kind, a.severity, a.key) for a in alerts] == [("cold_arrived", "info", f"cold_arrived:{move.id}")]
        assert "Trezor vault" in alerts[0].body and "0.005" not in alerts[0].title + alerts[0].body
        assert "0.005 BTC" in alerts[0].body_with_amounts
        assert confirm_moves(db, moves_to_confirm(state, list_cold_moves(db)), T0 + timedelta(minutes=13)) == [move.id]
        assert list_cold_moves(db, open_only=True) == []

        alerts, state = await poll(state, T0 + timedelta(minutes=14))
        assert alerts == []  # closed: no repeat
        # the move is closed: a later spend to the same address is not covered by it any more
        fake.broadcast(tx("later", [(CHANGE[0], 498_000)], [(COLD_ADDR, 490_000)]))
        alerts, state = await poll(state, T0 + timedelta(minutes=15))
        assert [a.kind for a in alerts] == ["cold_spend"]


async def test_a_spend_paying_a_non_announced_address_still_alerts_while_a_move_is_open(db):
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        settings = chain(fake.url)
        _, state = await poll_watchtower([HOT], [], WatchtowerState(), settings, T0)
        plan_cold_move(db, "vault", "BTC", "0.005", COLD_ADDR, baseline_amount=0, now=T0)
        fake.broadcast(tx("elsewhere", [(RECV[0], 1_000_000)], [(THIEF, 995_000)]))
        alerts, _ = await poll_watchtower([HOT, COLD], list_cold_moves(db), state, settings, T0 + timedelta(minutes=1))
    assert [a.kind for a in alerts] == ["cold_spend"]


def _exchange_snapshot(taken_at: datetime, exchange_btc: float, vault_btc: float) -> PortfolioSnapshot:
    account = Account("ex1", "binanceusdm", "Binance main", MarginMode.CROSS)
    balances = (Balance("ex1", "BTC", exchange_btc, free=exchange_btc),) if exchange_btc else ()
    return PortfolioSnapshot(
        taken_at=taken_at, accounts=(account,), balances=balances, wallets=(COLD,),
        holdings=(Holding("vault", "BTC", vault_btc, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),),
        prices_usd={"BTC": 60_000.0},
        sources=(SourceStatus("ex1", "exchange", SourceState.FRESH, taken_at),
                 SourceStatus("vault", "wallet", SourceState.FRESH, taken_at)))


async def test_exchange_to_cold_move_closes_on_arrival_and_the_reminder_that_asked_for_it_clears(tmp_path):
    """R1 (excess collateral) asks to move 0.1 BTC off the exchange; the user records the move; the watchtower
    sees the withdrawal confirmed at the cold address and closes the move; the next sync clears R1."""
    from core.session import Session

    session = Session.open(path=tmp_path / "undertow.sqlite")
    try:
        with session.store.write() as db:
            db.table("wallets").insert({"id": "vault", "label": COLD.label, "kind": COLD.kind,
                                        "public_ref": COLD_ADDR, "vendor": "Trezor",
                                        "custody_class": "hardware_wallet", "chain": "bitcoin",
                                        "created_at": (T0 - timedelta(days=30)).isoformat()})
        # 0.1 BTC = $6,000 on an account with no position: all of it is excess collateral (> $500 floor)
        first = session.analyse(_exchange_snapshot(T0 - timedelta(hours=80), 0.1, 0.0), T0 - timedelta(hours=80))
        assert [r.key for r in first.reminders if r.key.startswith("R1")] == []  # fired, held 72 h
        asked = session.analyse(_exchange_snapshot(T0, 0.1, 0.0), T0)
        r1 = [r for r in asked.reminders if r.key == "R1:ex1"]
        assert r1 and r1[0].condition.action == "move_to_cold"

        move = session.record_cold_move("vault", "BTC", "0.1", COLD_ADDR, T0 + timedelta(minutes=5))
        async with EsploraFake() as fake:
            settings = chain(fake.url)
            state = initial_state(asked.snapshot)
            fake.broadcast(tx("withdrawal", [(EXCHANGE_HOT, 50_000_000)],
                              [(COLD_ADDR, 9_990_000), (EXCHANGE_HOT, 40_000_000)]))  # 0.1 less the exchange fee
            alerts, state = await poll_watchtower(session.wallets(), list_cold_moves(session.store.read()), state,
                                                  settings, T0 + timedelta(minutes=6))
            assert alerts == []  # in flight, not confirmed: the move stays open
            fake.mine(T0 + timedelta(minutes=30))
            alerts, state = await poll_watchtower(session.wallets(), list_cold_moves(session.store.read()), state,
                                                  settings, T0 + timedelta(minutes=31))
        assert [a.kind for a in alerts] == ["cold_arrived"]
        with session.store.write() as db:
            assert confirm_moves(db, moves_to_confirm(state, list_cold_moves(db)), T0 + timedelta(minutes=31)) \
                == [move.id]

        after = session.analyse(_exchange_snapshot(T0 + timedelta(hours=1), 0.0, 0.0999), T0 + timedelta(hours=1))
        assert [r.key for r in after.reminders if r.key.startswith("R1")] == []
        r1_state = session.reminder_states()[("R1", "ex1")]
        assert not r1_state.active and r1_state.cleared_at == T0 + timedelta(hours=1)
        assert after.cold_moves == ()  # no open move left
    finally:
        session.store.close()


async def test_a_failing_esplora_poll_is_reported_and_loses_no_state():
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        settings = chain(fake.url, retries=1)
        _, good = await poll_watchtower([HOT], [], WatchtowerState(), settings, T0)

        fake.down = 503
        spend = fake.broadcast(tx("during-outage", [(RECV[0], 1_000_000)], [(THIEF, 990_000)]))
        alerts, failed = await poll_watchtower([HOT], [], good, settings, T0 + timedelta(seconds=30))
        assert alerts == []
        assert [(f.subject, f.kind, f.category) for f in failed.failures] == [("hot-sw", "wallet", "venue_down")]
        assert "HTTP 503" in failed.failures[0].message and RECV[0] not in failed.failures[0].message
        assert failed.wallets == good.wallets and failed.seen == good.seen  # nothing lost, nothing made up

        fake.down = None
        alerts, back = await poll_watchtower([HOT], [], failed, settings, T0 + timedelta(seconds=60))
        assert [a.kind for a in alerts] == ["cold_spend"] and back.failures == ()
        assert spend["txid"] in alerts[0].body_with_amounts
        alerts, _ = await poll_watchtower([HOT], [], back, settings, T0 + timedelta(seconds=90))
        assert alerts == []


async def test_first_scan_failing_leaves_no_baseline_and_the_next_poll_still_sees_the_spend():
    async with EsploraFake(down=502) as fake:
        settings = chain(fake.url, retries=0)
        alerts, state = await poll_watchtower([HOT], [], initial_state(None), settings, T0)
        assert alerts == [] and state.wallets == {} and state.failures[0].category == "venue_down"
        fake.down = None
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        fake.broadcast(tx("theft", [(RECV[0], 1_000_000)], [(THIEF, 990_000)]))
        alerts, state = await poll_watchtower([HOT], [], state, settings, T0 + timedelta(seconds=30))
    assert [a.kind for a in alerts] == ["cold_spend"]  # the mempool counts even on a first baseline


async def test_the_state_survives_a_restart_in_the_database_and_catches_a_spend_made_meanwhile(db):
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        settings = chain(fake.url)
        _, state = await poll_watchtower([HOT], [], WatchtowerState(), settings, T0)
        set_fact(db, "watchtower", state.to_json())

        # the app is closed for two days; the spend confirms meanwhile
        fake.broadcast(tx("weekend", [(RECV[0], 1_000_000)], [(THIEF, 990_000)]))
        fake.mine(T0 + timedelta(days=1))
        restored = WatchtowerState.from_json(get_fact(db, "watchtower"))
        assert restored.wallets == state.wallets and restored.polled_at == T0
        alerts, state = await poll_watchtower([HOT], [], restored, settings, T0 + timedelta(days=2))
        assert [a.kind for a in alerts] == ["cold_spend"]
        set_fact(db, "watchtower", state.to_json())
        alerts, _ = await poll_watchtower([HOT], [], WatchtowerState.from_json(get_fact(db, "watchtower")),
                                          settings, T0 + timedelta(days=2, hours=2))
    assert alerts == []  # once per txid, across the restart


async def test_a_wallet_tagged_collateral_is_not_guarded():
    snapshot = PortfolioSnapshot(taken_at=T0, wallets=(HOT,), holdings=(
        Holding("hot-sw", "BTC", 0.01, CustodyClass.SOFTWARE_WALLET, Purpose.LONG_TERM),))
    long_term = long_term_wallet_ids(snapshot, {("hot-sw", "BTC"): (Purpose.COLLATERAL, None)})
    assert long_term == frozenset()
    async with EsploraFake() as fake:
        funded(fake, RECV[0], 1_000_000, T0 - timedelta(days=3))
        fake.broadcast(tx("spending-money", [(RECV[0], 1_000_000)], [(THIEF, 990_000)]))
        alerts, state = await poll_watchtower([HOT], [], WatchtowerState(), chain(fake.url), T0, long_term=long_term)
    assert alerts == [] and fake.requests == []  # not even asked


class NonceEvmFake(EvmFake):
    """The EVM fake plus ``eth_getTransactionCount`` (nonces per lowercase address: (latest, pending))."""

    def __init__(self, nonces: dict[str, tuple[int, int]], **kw) -> None:
        super().__init__(**kw)
        self.nonces = nonces

    async def _rpc(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body["method"] != "eth_getTransactionCount":
            return await super()._rpc(request)
        self.calls.append(body["method"])
        address, block = body["params"]
        latest, pending = self.nonces.get(address.lower(), (0, 0))
        return web.json_response({"jsonrpc": "2.0", "id": body.get("id"),
                                  "result": hex(pending if block == "pending" else latest)})


ETH_ADDR = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
ETH_COLD = Wallet("eth-vault", "ETH vault", "evm-address", ETH_ADDR, "Ledger", CustodyClass.HARDWARE_WALLET, "ethereum")


async def test_evm_outgoing_transaction_is_seen_through_the_nonce_and_an_eth_move_arrives(db):
    async with NonceEvmFake({ETH_ADDR.lower(): (7, 7)}, native_wei={ETH_ADDR.lower(): 5 * 10**17}) as fake:
        settings = chain(fake.url)
        alerts, state = await poll_watchtower([ETH_COLD], [], WatchtowerState(), settings, T0)
        assert alerts == [] and state.wallets["eth-vault"].nonce == 7
        fake.nonces[ETH_ADDR.lower()] = (7, 8)  # one transaction sent, in the node's mempool
        alerts, state = await poll_watchtower([ETH_COLD], [], state, settings, T0 + timedelta(seconds=30))
        assert [(a.kind, a.severity) for a in alerts] == [("cold_spend", "critical")]
        assert ETH_ADDR.lower() not in alerts[0].key.lower() and "ETH vault" in alerts[0].body
        fake.nonces[ETH_ADDR.lower()] = (8, 8)
        alerts, state = await poll_watchtower([ETH_COLD], [], state, settings, T0 + timedelta(seconds=60))
        assert alerts == []

        # 1 ETH announced from an exchange, baseline 0.5 ETH; 1.495 ETH at the latest block: arrived (fees)
        move = plan_cold_move(db, "eth-vault", "ETH", "1", ETH_ADDR, baseline_amount="0.5", now=T0)
        alerts, state = await poll_watchtower([ETH_COLD], list_cold_moves(db), state, settings,
                                              T0 + timedelta(minutes=1))
        assert alerts == []
        fake.native_wei[ETH_ADDR.lower()] = 1_495 * 10**15
        alerts, state = await poll_watchtower([ETH_COLD], list_cold_moves(db), state, settings,
                                              T0 + timedelta(minutes=2))
    assert [a.kind for a in alerts] == ["cold_arrived"] and moves_to_confirm(state, list_cold_moves(db)) == [move.id]
