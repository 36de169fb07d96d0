"""The watchtower's judgement, pure: (wallets, moves, state, what a poll read, now) -> (alerts, new state).

The chain reads are hand-made here (``AddressState`` / ``ChainTx`` as the Esplora client parses them); the same
judgement against the loopback Esplora fake is in tests/servers/test_watchtower.py. Amounts are satoshis.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from core.alerts import KINDS, SEVERITIES
from core.custody.esplora import AddressState, ChainTx, parse_tx
from core.custody.watchtower import (
    ARRIVAL_LOOKBACK,
    CLOCK_MARGIN,
    AddressObservation,
    MoveObservation,
    Observations,
    WalletObservation,
    WatchFailure,
    WatchtowerState,
    initial_state,
    long_term_wallet_ids,
    moves_to_confirm,
    watchtower_alerts,
)
from core.model import CustodyClass, Holding, PortfolioSnapshot, Purpose, SourceState, SourceStatus, Wallet
from core.sync import SourceError

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
A = Wallet("a", "Phone wallet", "btc-address", "addr-a", "other", CustodyClass.SOFTWARE_WALLET)
B = Wallet("b", "Trezor vault", "btc-address", "addr-b", "Trezor", CustodyClass.HARDWARE_WALLET)
E = Wallet("e", "ETH vault", "evm-address", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "Ledger",
           CustodyClass.HARDWARE_WALLET, "ethereum")


@dataclass(frozen=True)
class Move:  # the shape of core.store.custody_repo.ColdMove
    id: str
    wallet_id: str
    asset: str
    amount: str
    address: str
    created_at: datetime
    confirmed_at: datetime | None = None
    baseline_amount: str = "0"


def addr(address: str, balance: int = 0, spent: int = 0, mempool_spent: int = 0, mempool_delta: int = 0,
         branch: int = -1, index: int = 0) -> AddressState:
    return AddressState(branch, index, address, balance, mempool_delta, 1 + spent, spent, mempool_spent)


def spend(txid: str, inputs, outputs, at: datetime | None = None) -> ChainTx:
    return ChainTx(txid, at is not None, at, tuple(inputs), tuple(outputs))


def seen_wallet(wallet: Wallet, *states: AddressState, txs=None, complete=True) -> WalletObservation:
    return WalletObservation(wallet.id, tuple(AddressObservation(s, txs) for s in states), complete)


def judge(state, *observed, wallets=(A, B), moves=(), now=T0, long_term=None, move_obs=()):
    obs = Observations({o.wallet_id: o for o in observed}, {o.move_id: o for o in move_obs})
    return watchtower_alerts(list(wallets), list(moves), state, obs, now, long_term=long_term)


def baseline(now=T0 - timedelta(hours=1)):
    """A and B known: A holds 1,000,000 sat on one output it has never spent; B is empty."""
    _, state = judge(WatchtowerState(), seen_wallet(A, addr("addr-a", 1_000_000)), seen_wallet(B, addr("addr-b")),
                     now=now)
    return state


def test_a_new_spend_raises_one_critical_alert_with_no_amount_in_title_or_body():
    state = baseline()
    theft = spend("t" * 64, [("addr-a", 1_000_000)], [("thief", 600_000), ("addr-a", 399_000)])
    alerts, state = judge(state, seen_wallet(A, addr("addr-a", 1_000_000, spent=1, mempool_spent=1,
                                                     mempool_delta=-601_000), txs=(theft,)))
    assert len(alerts) == 1
    alert = alerts[0]
    assert (alert.kind, alert.severity, alert.at) == ("cold_spend", "critical", T0)
    assert alert.kind in KINDS and alert.severity in SEVERITIES
    for text in (alert.title, alert.body, alert.key):
        assert "t" * 12 not in text and "600" not in text and "0.006" not in text
    assert "Phone wallet" in alert.body
    assert "0.00600000 BTC" in alert.body_with_amounts  # only what left; the change came back
    assert state.seen == {"t" * 64: T0}
    # the same txid, confirmed, read again: nothing new; the key would be the same anyway
    confirmed = replace(theft, confirmed=True, block_time=T0 + timedelta(minutes=10))
    again, _ = judge(state, seen_wallet(A, addr("addr-a", 399_000, spent=1), txs=(confirmed,)),
                     now=T0 + timedelta(minutes=11))
    assert again == []
    fresh, _ = judge(baseline(), seen_wallet(A, addr("addr-a", 399_000, spent=1), txs=(confirmed,)),
                     now=T0 + timedelta(minutes=11))
    assert [a.key for a in fresh] == [alert.key]  # stable: a dispatcher's de-duplication holds across restarts


def test_first_look_cut_off_is_the_last_sync_else_only_the_mempool_is_news():
    last_sync = T0 - timedelta(hours=5)
    snapshot = PortfolioSnapshot(taken_at=last_sync, wallets=(A,),
                                 sources=(SourceStatus("a", "wallet", SourceState.FRESH, last_sync),))
    old = spend("o" * 64, [("addr-a", 5)], [("x", 4)], at=last_sync - CLOCK_MARGIN - timedelta(minutes=1))
    edge = spend("e" * 64, [("addr-a", 5)], [("x", 4)], at=last_sync - CLOCK_MARGIN + timedelta(minutes=1))
    new = spend("n" * 64, [("addr-a", 5)], [("x", 4)], at=T0 - timedelta(minutes=5))
    pending = spend("p" * 64, [("addr-a", 5)], [("x", 4)])
    read = seen_wallet(A, addr("addr-a", 0, spent=4, mempool_spent=1), txs=(pending, new, edge, old))
    with_since, _ = judge(initial_state(snapshot), read, wallets=(A,))
    assert len(with_since) == 3  # pending, new and the one within the clock margin; not the old one
    without, _ = judge(WatchtowerState(), read, wallets=(A,))
    assert len(without) == 1 and "not confirmed yet" in without[0].body  # a first baseline: mempool only


def test_internal_moves_and_moves_between_guarded_wallets_are_no_alarm():
    state = baseline()
    consolidation = spend("c" * 64, [("addr-a", 1_000_000)], [("addr-a", 999_000)])
    to_vault = spend("v" * 64, [("addr-a", 999_000)], [("addr-b", 998_000), (None, 0)])  # + OP_RETURN
    alerts, state = judge(state, seen_wallet(A, addr("addr-a", 0, spent=2), txs=(to_vault, consolidation)))
    assert alerts == []
    # the vault is not guarded any more (tagged collateral): moving coins to it is news
    out = spend("w" * 64, [("addr-a", 5)], [("addr-b", 4)])
    alerts, _ = judge(state, seen_wallet(A, addr("addr-a", 0, spent=3), txs=(out,)), long_term={"a"},
                      now=T0 + timedelta(minutes=1))
    assert [a.kind for a in alerts] == ["cold_spend"]


def test_an_announced_move_is_matched_by_its_address_or_its_destination_wallet():
    hot = Wallet("h", "Hot", "btc-address", "addr-h", "other", CustodyClass.SOFTWARE_WALLET)
    _, state = judge(WatchtowerState(), seen_wallet(hot, addr("addr-h", 9_000_000)),
                     seen_wallet(B, addr("addr-b"), addr("addr-b2", branch=0, index=1)), wallets=(hot, B))
    move = Move("m1", "b", "BTC", "0.05", "addr-b", T0)
    exact = spend("1" * 64, [("addr-h", 9_000_000)], [("addr-b", 5_000_000), ("addr-h", 3_999_000)])
    other_known = spend("2" * 64, [("addr-h", 3_999_000)], [("addr-b2", 1_000_000), ("elsewhere", 2_998_000)])
    alerts, state = judge(state, seen_wallet(hot, addr("addr-h", 0, spent=2), txs=(other_known, exact),
                                             complete=False), wallets=(hot, B), moves=[move])
    assert alerts == [] and state.announced == {"1" * 64: "m1", "2" * 64: "m1"}
    # a "move" into the spending wallet itself covers nothing (its change would always match)
    self_move = Move("m2", "h", "BTC", "0.01", "addr-h", T0)
    sneaky = spend("3" * 64, [("addr-h", 1)], [("addr-h", 0), ("thief", 1)])
    alerts, _ = judge(state, seen_wallet(hot, addr("addr-h", 0, spent=3), txs=(sneaky,), complete=False),
                      wallets=(hot, B), moves=[self_move])
    assert [a.kind for a in alerts] == ["cold_spend"]


def test_arrival_needs_confirmed_coins_at_the_address_within_the_window_then_closes_once():
    move = Move("m", "b", "BTC", "0.5", "addr-b", T0)
    fee_less = spend("f" * 64, [("exchange", 60_000_000)], [("addr-b", 49_500_000)], at=T0 + timedelta(minutes=9))
    too_old = spend("o" * 64, [("exchange", 60_000_000)], [("addr-b", 50_000_000)],
                    at=T0 - ARRIVAL_LOOKBACK - timedelta(minutes=1))
    in_flight = replace(fee_less, confirmed=False, block_time=None)
    short = replace(fee_less, outputs=(("addr-b", 49_499_999),))

    def arrive(*txs):
        return judge(WatchtowerState(), moves=[move], move_obs=[MoveObservation("m", txs=txs)],
                     now=T0 + timedelta(minutes=10))

    assert arrive(in_flight)[0] == [] and arrive(too_old)[0] == [] and arrive(short)[0] == []
    alerts, state = arrive(fee_less)  # 99 % of 0.5 BTC: the exchange's fee came off
    assert [(a.kind, a.severity, a.key) for a in alerts] == [("cold_arrived", "info", "cold_arrived:m")]
    assert "Trezor vault" in alerts[0].body and "0.5" not in alerts[0].body
    assert moves_to_confirm(state, [move]) == ["m"]
    assert moves_to_confirm(state, [replace(move, confirmed_at=T0)]) == []
    again, _ = judge(state, moves=[move], move_obs=[MoveObservation("m", txs=(fee_less,))],
                     now=T0 + timedelta(minutes=11))
    assert again == []


def test_evm_arrival_is_a_balance_rise_over_the_baseline():
    move = Move("m", "e", "ETH", "1", E.public_ref, T0, baseline_amount="0.5")
    for balance, arrived in ((Decimal("1.49"), True), (Decimal("1.4899"), False)):
        alerts, _ = judge(WatchtowerState(), wallets=(E,), moves=[move],
                          move_obs=[MoveObservation("m", balance=balance)])
        assert bool(alerts) is arrived


def test_a_move_confirmed_by_the_sync_long_ago_is_closed_silently_a_recent_one_still_gets_its_alert():
    old = Move("old", "b", "BTC", "0.1", "addr-b", T0 - timedelta(days=9), confirmed_at=T0 - timedelta(days=8))
    alerts, state = judge(WatchtowerState(), moves=[old])
    assert alerts == [] and "old" in state.closed_moves and moves_to_confirm(state, [old]) == []
    recent = Move("new", "b", "BTC", "0.1", "addr-b", T0 - timedelta(hours=2), confirmed_at=T0 - timedelta(hours=1))
    paid = spend("p" * 64, [("x", 20_000_000)], [("addr-b", 10_000_000)], at=T0 - timedelta(hours=1))
    alerts, _ = judge(WatchtowerState(), moves=[recent], move_obs=[MoveObservation("new", txs=(paid,))])
    assert [a.kind for a in alerts] == ["cold_arrived"]


def test_a_failed_read_keeps_what_was_known_and_is_reported():
    state = baseline()
    failure = WatchFailure("a", "wallet", "venue_down", "the Esplora server failed (HTTP 503)")
    alerts, after = judge(state, WalletObservation("a", failure=failure),
                          move_obs=[MoveObservation("m", failure=WatchFailure("m", "move", "timeout", "slow"))],
                          moves=[Move("m", "b", "BTC", "1", "addr-b", T0)])
    assert alerts == [] and after.wallets == state.wallets
    assert after.failures == (failure, WatchFailure("m", "move", "timeout", "slow"))
    # the address answered but its transactions did not: the old count stays, so they are judged next time
    s = addr("addr-a", 0, spent=1)
    _, after = judge(state, WalletObservation("a", (AddressObservation(s, None, "the Esplora server failed"),), True))
    mark = after.wallets["a"].addresses["addr-a"]
    assert mark.spent == 0 and mark.pending and after.failures[0].subject == "a"
    theft = spend("t" * 64, [("addr-a", 1_000_000)], [("thief", 999_000)], at=T0 - timedelta(minutes=30))
    alerts, _ = judge(after, seen_wallet(A, s, txs=(theft,)), now=T0 + timedelta(minutes=1))
    assert [a.kind for a in alerts] == ["cold_spend"]


def test_evm_nonce_rise_alerts_once_per_new_count():
    alerts, state = judge(WatchtowerState(), WalletObservation("e", nonce=4, confirmed_nonce=3), wallets=(E,))
    assert [a.kind for a in alerts] == ["cold_spend"]  # in flight at the first look
    assert E.public_ref.lower() not in alerts[0].key.lower()
    alerts, state = judge(state, WalletObservation("e", nonce=4), wallets=(E,))
    assert alerts == []
    alerts, state = judge(state, WalletObservation("e", nonce=6), wallets=(E,))
    assert len(alerts) == 1 and "2 outgoing transactions" in alerts[0].body
    alerts, state = judge(state, WalletObservation("e", nonce=5), wallets=(E,))  # a dropped one: not "back"
    assert alerts == [] and state.wallets["e"].nonce == 6


def test_long_term_wallets_follow_the_overrides():
    snap = PortfolioSnapshot(taken_at=T0, wallets=(A, B, E), holdings=(
        Holding("a", "BTC", 0.1, CustodyClass.SOFTWARE_WALLET, Purpose.LONG_TERM),
        Holding("e", "ETH", 1.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
        Holding("e", "USDC", 10.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM)))
    assert long_term_wallet_ids(snap) == {"a", "b", "e"}  # b has no holding yet: its BTC defaults to long-term
    overrides = {("a", "BTC"): (Purpose.COLLATERAL, None), ("*", "BTC"): (Purpose.COLLATERAL, None),
                 ("e", "ETH"): (Purpose.COLLATERAL, None)}
    assert long_term_wallet_ids(snap, overrides) == {"e"}  # USDC there is still long-term


def test_a_wallet_guarded_again_does_not_report_what_it_sent_while_it_was_not():
    state = baseline()
    _, state = judge(state, long_term={"b"}, now=T0)  # a tagged collateral: dropped, its cut-off moves on
    assert "a" not in state.wallets and state.since["a"] == T0
    paid = spend("s" * 64, [("addr-a", 1_000_000)], [("shop", 999_000)], at=T0 - CLOCK_MARGIN - timedelta(minutes=5))
    alerts, _ = judge(state, seen_wallet(A, addr("addr-a", 0, spent=1), txs=(paid,)), now=T0 + timedelta(hours=1))
    assert alerts == []


def test_state_json_round_trip_and_unreadable_state_falls_back():
    state = baseline()
    _, state = judge(state, WalletObservation("e", nonce=2, confirmed_nonce=2), wallets=(A, B, E),
                     moves=[Move("m", "b", "BTC", "1", "addr-b", T0 - timedelta(days=9), T0 - timedelta(days=8))])
    back = WatchtowerState.from_json(state.to_json())
    assert back == replace(state, failures=())
    snap = PortfolioSnapshot(taken_at=T0, wallets=(A,), sources=(SourceStatus("a", "wallet", SourceState.FRESH, T0),))
    assert WatchtowerState.from_json({"v": 1, "wallets": 3}, snap) == initial_state(snap)
    assert WatchtowerState.from_json(None).wallets == {}


def test_parse_tx_reads_esplora_transactions_and_refuses_garbage():
    parsed = parse_tx({"txid": "ab", "status": {"confirmed": True, "block_height": 1, "block_time": 1_700_000_000},
                       "vin": [{"is_coinbase": False, "prevout": {"scriptpubkey_address": "x", "value": 5}}],
                       "vout": [{"scriptpubkey_address": "y", "value": 4}, {"scriptpubkey_type": "op_return",
                                                                            "value": 0}]})
    assert parsed == ChainTx("ab", True, datetime.fromtimestamp(1_700_000_000, UTC), (("x", 5),),
                             (("y", 4), (None, 0)))
    with pytest.raises(SourceError):
        parse_tx({"txid": "ab", "vin": "nope"})
