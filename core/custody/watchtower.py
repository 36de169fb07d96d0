"""The watchtower on cold storage: a spend from a long-term wallet that nobody announced raises an alarm, and an
announced "move to cold storage" closes once its coins are confirmed at the cold address.

Two halves, so the judgement is testable without a network:

* ``poll_watchtower`` (async) reads the chain — Esplora for Bitcoin, JSON-RPC for EVM — and hands what it saw to
* ``watchtower_alerts`` (pure): ``(wallets, moves, state, observations, now) -> (alerts, new state)``.

**Which wallets are guarded.** Watch-only wallets whose holdings resolve to ``Purpose.LONG_TERM`` after the user's
custody overrides (``long_term_wallet_ids``); wallet holdings default to long-term, so every wallet is guarded
unless the user tagged it as collateral.

**What an outgoing spend is (Bitcoin).** A transaction one of whose inputs spends an output of a guarded wallet's
address. The mempool counts: a spend is caught in the first poll after it is broadcast, and once per txid (the
state remembers the txids it judged, so confirming later raises nothing new). It raises a ``cold_spend`` critical
alert unless

* it is *internal*: every output goes back to an address of a guarded wallet (a consolidation, a move between two
  of the user's long-term wallets), or
* it *belongs to an announced move*: an open cold-storage move whose destination wallet is another wallet pays
  the move's address, or another known address of the move's destination wallet, in one of its outputs. The
  normal move, exchange -> cold wallet, spends nothing of a guarded wallet and needs no matching at all: it is
  only watched at the destination.

**Known state.** Each address keeps the count of outputs it has spent (Esplora ``spent_txo_count``, chain +
mempool) and when its spends were last judged. Between full gap-limit rescans (``RESCAN_EVERY``) a poll asks only
for the addresses that hold coins or have a transaction in flight, plus the next ``LOOKAHEAD`` unused ones of each
chain: coins can only leave an address that holds some. The transactions of an address are read only when its
spent count rose or a spend is in the mempool. A confirmed spend is *new* when its block time is no earlier than
the address's last check less ``CLOCK_MARGIN`` (block timestamps drift by up to two hours). For an address seen
for the first time the cut-off is the wallet's previous complete scan, else ``since`` (the wallet's last good
sync in the stored snapshots, ``initial_state``), else none (a first baseline: confirmed history is known, only
the mempool is new). The state is plain data (``to_json`` / ``from_json``), so the caller can keep it in the
database and a spend made while the app was closed is still caught after a restart.

**EVM.** A plain JSON-RPC node cannot list an address's transactions, but every transaction an externally owned
account sends raises its nonce (``eth_getTransactionCount``, "pending" includes the node's mempool): a rise is
an outgoing transaction. Its destination is not visible, so an EVM spend always alerts, announced or not.

**Arrival.** An open move closes when the chain shows its coins at the destination, confirmed: Bitcoin — the
confirmed outputs paying the move's address, in blocks no older than ``ARRIVAL_LOOKBACK`` before the move was
recorded ("I moved it" is pressed after the withdrawal), add up to ``ARRIVAL_SHARE`` of the amount (fees); EVM —
the address's balance at the latest block is above the move's baseline by that share. It raises one
``cold_arrived`` info alert; ``moves_to_confirm`` lists the moves the caller should mark confirmed in the store.
The reminder that asked for the move (R1 excess collateral, R2 long-term on exchanges, R4 idle balance) is not
linked to the move: it clears by its own hysteresis at the next sync, because the exchange balance it measured
went down.

Failures never lose state: a wallet, address or move that could not be read keeps what was known, is reported in
``WatchtowerState.failures`` and is asked again at the next poll. Alerts carry no amounts or txids in ``title`` and
``body``; ``body_with_amounts`` has both; keys are hashes, stable across polls and restarts.

Data types (announced move, state and its JSON round trip, what a poll read): ``watchtower_types``, re-exported.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from core.alerts import Alert
from core.custody.esplora import AddressState, ChainTx, Esplora
from core.custody.evm import CHAIN_IDS, DEFAULT_TOKENS, NATIVE_ASSET, EvmRpc
from core.custody.sources import ChainSettings
from core.custody.watchtower_types import AddressMark as AddressMark
from core.custody.watchtower_types import AddressObservation as AddressObservation
from core.custody.watchtower_types import AnnouncedMove as AnnouncedMove
from core.custody.watchtower_types import MoveObservation as MoveObservation
from core.custody.watchtower_types import Observations as Observations
from core.custody.watchtower_types import WalletObservation as WalletObservation
from core.custody.watchtower_types import WalletWatch as WalletWatch
from core.custody.watchtower_types import WatchFailure as WatchFailure
from core.custody.watchtower_types import WatchtowerState as WatchtowerState
from core.custody.watchtower_types import initial_state as initial_state
from core.model import PortfolioSnapshot, Purpose, Wallet
from core.sync import SourceError, describe_failure

log = logging.getLogger(__name__)

RESCAN_EVERY = timedelta(hours=1)  # a full gap-limit scan of a descriptor wallet at most this often
LOOKAHEAD = 2  # unused addresses per chain asked every poll, after the last used one
CLOCK_MARGIN = timedelta(hours=2)  # block timestamps may run up to 2 h ahead of (and ~1 h behind) real time
SEEN_KEEP = timedelta(days=14)  # judged txids are remembered this long
ARRIVAL_LOOKBACK = timedelta(days=1)  # coins confirmed this long before the move was recorded still count
ARRIVAL_SHARE = Decimal("0.99")  # as ``custody_repo.confirm_arrived_moves``: fees come off the amount
MOVE_WATCH_FOR = timedelta(days=30)  # an open move that has not arrived in 30 days is no longer polled
ARRIVED_RECENT = timedelta(days=1)  # a move confirmed elsewhere (the sync) longer ago is closed silently
SATS_PER_BTC = Decimal(100_000_000)
BTC_KINDS = ("btc-descriptor", "btc-address")


def native_asset(wallet: Wallet) -> str:
    if wallet.kind in BTC_KINDS:
        return "BTC" if wallet.chain == "bitcoin" else "TBTC"
    return NATIVE_ASSET.get(CHAIN_IDS.get(wallet.chain, 1), "ETH")


def long_term_wallet_ids(snapshot: PortfolioSnapshot,
                         overrides: Mapping[tuple[str, str], tuple[Purpose | None, Any]] | None = None
                         ) -> frozenset[str]:
    """Wallets to guard: any of their holdings is long-term after the overrides (no holding yet: their native
    asset's purpose, long-term unless overridden)."""
    from core.custody.split import classified_holdings

    overrides = overrides or {}
    purposes: dict[str, set[Purpose]] = {}
    for h in classified_holdings(snapshot, overrides):
        purposes.setdefault(h.source_id, set()).add(h.purpose)
    out = set()
    for w in snapshot.wallets:
        found = purposes.get(w.id)
        if found is None:
            asset = native_asset(w)
            chosen = next((overrides[k][0] for k in ((w.id, asset), ("*", asset)) if k in overrides), None)
            found = {chosen or Purpose.LONG_TERM}
        if Purpose.LONG_TERM in found:
            out.add(w.id)
    return frozenset(out)


def moves_to_confirm(state: WatchtowerState, cold_moves: Iterable[AnnouncedMove]) -> list[str]:
    """Moves the watchtower closed that the store still has open: mark them confirmed
    (``custody_repo.confirm_moves``)."""
    return [m.id for m in cold_moves if m.id in state.closed_moves and m.confirmed_at is None]


# --- the pure step ---------------------------------------------------------------------------------------------

def _guarded(wallets: Sequence[Wallet], long_term: Collection[str] | None) -> list[Wallet]:
    return [w for w in wallets if (w.kind in BTC_KINDS or w.kind == "evm-address")
            and (long_term is None or w.id in long_term)]


def _address_cutoff(mark: AddressMark | None, prev: WalletWatch | None,
                    since: datetime | None) -> datetime | None:
    """Spends confirmed before this (less CLOCK_MARGIN) are known history; None: every confirmed one is."""
    if mark is not None:
        return mark.checked_at
    if prev is not None and prev.scanned_at is not None:
        return prev.scanned_at
    return since


def _needs_txs(s: AddressState, mark: AddressMark | None, cutoff: datetime | None) -> bool:
    if s.mempool_spent_txos > 0:
        return True
    if mark is not None:
        return s.spent_txos > mark.spent or (mark.pending and s.spent_txos > 0)
    return s.spent_txos > 0 and cutoff is not None


def _is_new(tx: ChainTx, cutoff: datetime | None) -> bool:
    if not tx.confirmed or tx.block_time is None:
        return True
    return cutoff is not None and tx.block_time >= cutoff - CLOCK_MARGIN


def _move_watched(move: AnnouncedMove, state: WatchtowerState, now: datetime) -> bool:
    if move.id in state.closed_moves:
        return False
    if move.confirmed_at is not None:
        return move.confirmed_at >= now - ARRIVED_RECENT
    return move.created_at >= now - MOVE_WATCH_FOR


def _key(kind: str, *parts: str) -> str:
    """A stable de-duplication key that does not reveal the txid or address it stands for."""
    return f"{kind}:{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:24]}"


def _btc(sats: int | Decimal) -> str:
    return f"{Decimal(sats) / SATS_PER_BTC:.8f}"


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _spend_alert(wallet: Wallet, tx: ChainTx, out_sats: int, now: datetime) -> Alert:
    state = "confirmed" if tx.confirmed else "not confirmed yet"
    body = (f"An outgoing transaction left {wallet.label}, a wallet marked long-term, without a \"move to cold "
            f"storage\" announcement ({state}). If you did not send it, your keys may be exposed: act now.")
    with_amounts = (f"{_btc(out_sats)} {native_asset(wallet)} left {wallet.label}, a wallet marked long-term, "
                    f"without a \"move to cold storage\" announcement ({state}; transaction {tx.txid}). If you "
                    "did not send it, your keys may be exposed: act now.")
    return Alert(_key("cold_spend", tx.txid), "cold_spend", "critical", "Unannounced spend from a cold wallet",
                 body, now, with_amounts)


def _evm_spend_alert(wallet: Wallet, count: int, nonce: int, now: datetime) -> Alert:
    what = "An outgoing transaction" if count == 1 else f"{count} outgoing transactions"
    body = (f"{what} left {wallet.label}, a wallet marked long-term. If you did not send "
            f"{'it' if count == 1 else 'them'}, your keys may be exposed: act now.")
    return Alert(_key("cold_spend", wallet.public_ref.lower(), str(nonce)), "cold_spend", "critical",
                 "Unannounced spend from a cold wallet", body, now,
                 body + f" (the address has now sent {nonce} transactions in all)")


def _arrived_alert(move: AnnouncedMove, label: str, now: datetime) -> Alert:
    body = f"The coins you moved to {label} are confirmed on chain; the cold-storage move is closed."
    with_amounts = f"{move.amount} {move.asset} moved to {label} are confirmed on chain; the move is closed."
    return Alert(f"cold_arrived:{move.id}", "cold_arrived", "info", "Cold-storage move arrived", body, now,
                 with_amounts)


def _announced_by(tx: ChainTx, wallet_id: str, moves: Sequence[AnnouncedMove],
                  known: Mapping[str, frozenset[str]]) -> AnnouncedMove | None:
    for move in moves:
        if move.wallet_id == wallet_id:  # "moved" into the same wallet: change would always match
            continue
        if tx.paid_to({move.address} | known.get(move.wallet_id, frozenset())) > 0:
            return move
    return None


def watchtower_alerts(wallets: Sequence[Wallet], cold_moves: Sequence[AnnouncedMove], state: WatchtowerState,
                      observations: Observations, now: datetime, *,
                      long_term: Collection[str] | None = None) -> tuple[list[Alert], WatchtowerState]:
    """Judge what one poll read. Pure: the alerts to send and the state to keep (nothing else changes).

    ``wallets``: every watch-only wallet (destinations of moves included); ``long_term``: the ids to guard
    (``long_term_wallet_ids``; None: all of ``wallets``); ``cold_moves``: the stored moves, open and confirmed.
    """
    guarded = _guarded(wallets, long_term)
    guarded_ids = {w.id for w in guarded}
    by_id = {w.id: w for w in wallets}
    seen = {k: v for k, v in state.seen.items() if v >= now - SEEN_KEEP}
    announced = {k: v for k, v in state.announced.items() if k in seen}
    since = dict(state.since)
    for w in wallets:  # a wallet not guarded now: what it sends until it is guarded again is no news
        if w.id not in guarded_ids:
            since[w.id] = now
    open_moves = [m for m in cold_moves if m.id not in state.closed_moves]
    failures: list[WatchFailure] = []

    # every known address of every guarded Bitcoin wallet: "own" for internal moves and announced destinations
    known: dict[str, frozenset[str]] = {}
    for w in guarded:
        prev = state.wallets.get(w.id)
        obs = observations.wallets.get(w.id)
        known[w.id] = frozenset((prev.addresses if prev else {}).keys()
                                | {o.state.address for o in (obs.addresses if obs else ())})
    own_all = frozenset().union(*known.values()) if known else frozenset()

    alerts: list[Alert] = []
    new_wallets: dict[str, WalletWatch] = {}
    for w in guarded:
        prev = state.wallets.get(w.id)
        obs = observations.wallets.get(w.id)
        if obs is not None and obs.failure is not None:
            failures.append(obs.failure)
        if w.kind == "evm-address":
            watch = _judge_evm(w, prev, obs, now, alerts)
        else:
            watch = _judge_btc(w, prev, obs, since.get(w.id), now, known, own_all, open_moves, seen, announced,
                               alerts, failures)
        if watch is not None:
            new_wallets[w.id] = watch

    move_ids = {m.id for m in cold_moves}
    closed = {k: v for k, v in state.closed_moves.items() if k in move_ids}
    for move in cold_moves:
        if move.id in closed:
            continue
        if move.confirmed_at is not None and move.confirmed_at < now - ARRIVED_RECENT:
            closed[move.id] = now  # confirmed long ago by the sync: nothing to announce any more
            continue
        mobs = observations.moves.get(move.id)
        if mobs is None:
            continue
        if mobs.failure is not None:
            failures.append(mobs.failure)
            continue
        if _arrived(move, mobs):
            closed[move.id] = now
            dest = by_id.get(move.wallet_id)
            alerts.append(_arrived_alert(move, dest.label if dest else "your cold wallet", now))

    order = {"critical": 0, "warning": 1, "info": 2}
    alerts.sort(key=lambda a: order.get(a.severity, 9))
    return alerts, WatchtowerState(new_wallets, since, seen, announced, closed, tuple(failures), now)


def _judge_evm(wallet: Wallet, prev: WalletWatch | None, obs: WalletObservation | None, now: datetime,
               alerts: list[Alert]) -> WalletWatch | None:
    if obs is None or obs.nonce is None:  # not read this time: keep what was known
        return prev
    known = prev.nonce if prev is not None else None
    if known is None:  # first look: the confirmed count is history, anything beyond it is in flight now
        known = obs.confirmed_nonce if obs.confirmed_nonce is not None else obs.nonce
    if obs.nonce > known:
        alerts.append(_evm_spend_alert(wallet, obs.nonce - known, obs.nonce, now))
    return WalletWatch(nonce=max(known, obs.nonce))


def _judge_btc(wallet: Wallet, prev: WalletWatch | None, obs: WalletObservation | None, since: datetime | None,
               now: datetime, known: Mapping[str, frozenset[str]], own_all: frozenset[str],
               open_moves: Sequence[AnnouncedMove], seen: dict[str, datetime], announced: dict[str, str],
               alerts: list[Alert], failures: list[WatchFailure]) -> WalletWatch | None:
    if obs is None or (not obs.addresses and not obs.complete):
        return prev
    prev_marks = prev.addresses if prev is not None else {}
    marks: dict[str, AddressMark] = {} if obs.complete else dict(prev_marks)
    own = known.get(wallet.id, frozenset())
    unread = 0
    for ao in obs.addresses:
        s = ao.state
        mark = prev_marks.get(s.address)
        cutoff = _address_cutoff(mark, prev, since)
        busy = s.mempool_delta_sat != 0 or s.mempool_spent_txos > 0
        balance = s.confirmed_sat + s.mempool_delta_sat
        if ao.error is not None:  # keep the old count so the same spends are judged again next time
            unread += 1
            marks[s.address] = AddressMark(s.branch, s.index, mark.spent if mark else 0, balance, busy,
                                           s.used, mark.checked_at if mark else cutoff, pending=True)
            continue
        for tx in ao.txs or ():
            if tx.txid in seen or not any(a in own for a, _ in tx.inputs if a is not None):
                continue
            seen[tx.txid] = now
            if not _is_new(tx, cutoff):
                continue  # history from before the watch
            move = _announced_by(tx, wallet.id, open_moves, known)
            if move is not None:
                announced[tx.txid] = move.id
                continue
            leaving = sum(v for a, v in tx.outputs if (a is None and v > 0) or (a is not None and a not in own_all))
            if leaving == 0:
                continue  # internal: every output stays with a guarded wallet
            alerts.append(_spend_alert(wallet, tx, leaving, now))
        marks[s.address] = AddressMark(s.branch, s.index, s.spent_txos, balance, busy, s.used, now)
    if unread:
        failures.append(WatchFailure(wallet.id, "wallet", "network" if obs.failure is None else obs.failure.category,
                                     f"{unread} address(es) of {wallet.label}: the transactions could not be read; "
                                     "asked again at the next poll"))
    if prev is None and not obs.complete:
        return None  # the first scan did not finish: no baseline yet
    return WalletWatch(marks, now if obs.complete else (prev.scanned_at if prev else None))


def _arrived(move: AnnouncedMove, obs: MoveObservation) -> bool:
    amount = _decimal(move.amount)
    if amount is None or amount <= 0:
        return False
    if obs.txs is not None:
        start = move.created_at - ARRIVAL_LOOKBACK
        got = sum(tx.paid_to({move.address}) for tx in obs.txs
                  if tx.confirmed and tx.block_time is not None and tx.block_time >= start)
        return Decimal(got) >= amount * SATS_PER_BTC * ARRIVAL_SHARE
    if obs.balance is not None:
        baseline = _decimal(move.baseline_amount) or Decimal(0)
        return obs.balance - baseline >= amount * ARRIVAL_SHARE
    return False


# --- the fetch step --------------------------------------------------------------------------------------------

def _failure(subject: str, kind: str, exc: BaseException) -> WatchFailure:
    category = exc.category if isinstance(exc, SourceError) else "other"
    return WatchFailure(subject, kind, category, describe_failure(exc))


def _hot_addresses(prev: WalletWatch) -> list[tuple[str, AddressMark]]:
    """Addresses coins can leave from now (holding some, or busy), plus the next unused ones of each chain."""
    hot = {a: m for a, m in prev.addresses.items() if m.balance_sat != 0 or m.busy or m.pending}
    for branch in {m.branch for m in prev.addresses.values()}:
        chain = sorted(((a, m) for a, m in prev.addresses.items() if m.branch == branch), key=lambda x: x[1].index)
        last_used = max((m.index for _, m in chain if m.used), default=-1)
        hot.update([(a, m) for a, m in chain if m.index > last_used][:LOOKAHEAD])
    return sorted(hot.items(), key=lambda x: (x[1].branch, x[1].index))


async def _observe_btc(esplora: Esplora, wallet: Wallet, state: WatchtowerState, chain: ChainSettings,
                       now: datetime) -> WalletObservation:
    prev = state.wallets.get(wallet.id)
    since = state.since.get(wallet.id)
    failure: WatchFailure | None = None
    found: list[AddressState] = []
    complete = False
    if (prev is None or prev.scanned_at is None or now - prev.scanned_at >= RESCAN_EVERY
            or wallet.kind == "btc-address"):
        try:
            found = list((await esplora.scan(wallet.public_ref, chain.gap_limit)).addresses)
            complete = True
        except Exception as exc:  # noqa: BLE001 - one wallet's failure must not stop the others
            failure = _failure(wallet.id, "wallet", exc)
    if not complete and prev is not None:  # between rescans, or the rescan failed: the addresses that matter
        answers = await asyncio.gather(*(esplora.address(a, m.branch, m.index) for a, m in _hot_addresses(prev)),
                                       return_exceptions=True)
        for answer in answers:
            if isinstance(answer, AddressState):
                found.append(answer)
            elif failure is None and isinstance(answer, Exception):
                failure = _failure(wallet.id, "wallet", answer)
            elif isinstance(answer, BaseException) and not isinstance(answer, Exception):
                raise answer

    async def with_txs(s: AddressState) -> AddressObservation:
        mark = prev.addresses.get(s.address) if prev is not None else None
        cutoff = _address_cutoff(mark, prev, since)
        if not _needs_txs(s, mark, cutoff):
            return AddressObservation(s)
        try:
            txs = await esplora.recent_transactions(s.address, None if cutoff is None else cutoff - CLOCK_MARGIN)
        except Exception as exc:  # noqa: BLE001 - keep the address's state; it is asked again next poll
            return AddressObservation(s, error=describe_failure(exc))
        return AddressObservation(s, tuple(txs))

    observed = await asyncio.gather(*(with_txs(s) for s in found))
    return WalletObservation(wallet.id, tuple(observed), complete, failure=failure)


async def _observe_evm(client: httpx.AsyncClient, wallet: Wallet, state: WatchtowerState,
                       chain: ChainSettings) -> WalletObservation:
    chain_id = CHAIN_IDS.get(wallet.chain)
    if chain_id is None:
        return WalletObservation(wallet.id, failure=WatchFailure(wallet.id, "wallet", "not_supported",
                                                                 f"unknown EVM chain '{wallet.chain}'"))
    rpc = EvmRpc(client, chain.evm_rpc_url, chain_id, chain.retries, chain.backoff_s)
    prev = state.wallets.get(wallet.id)
    try:
        nonce = await rpc.transaction_count(wallet.public_ref, "pending")
        confirmed = None
        if prev is None or prev.nonce is None:
            confirmed = await rpc.transaction_count(wallet.public_ref, "latest")
    except Exception as exc:  # noqa: BLE001
        return WalletObservation(wallet.id, failure=_failure(wallet.id, "wallet", exc))
    return WalletObservation(wallet.id, nonce=nonce, confirmed_nonce=confirmed)


async def _observe_move(esplora: Esplora, client: httpx.AsyncClient, move: AnnouncedMove,
                        dest: Wallet | None, chain: ChainSettings) -> MoveObservation | None:
    try:
        if (dest is not None and dest.kind == "evm-address") or move.address.startswith("0x"):
            if dest is None or (chain_id := CHAIN_IDS.get(dest.chain)) is None:
                return None  # which chain is unknown: the sync's balance check still confirms it
            rpc = EvmRpc(client, chain.evm_rpc_url, chain_id, chain.retries, chain.backoff_s)
            if move.asset == NATIVE_ASSET.get(chain_id, "ETH"):
                raw, decimals = await rpc.native_balance_raw(move.address), 18
            else:
                token = next((t for t in DEFAULT_TOKENS.get(chain_id, ()) if t.symbol == move.asset), None)
                if token is None:
                    return None
                raw, decimals = (await rpc.token_balance_raw(token.contract, move.address) or 0), token.decimals
            return MoveObservation(move.id, balance=Decimal(raw) / (Decimal(10) ** decimals))
        txs = await esplora.recent_transactions(move.address, move.created_at - ARRIVAL_LOOKBACK)
        return MoveObservation(move.id, txs=tuple(txs))
    except Exception as exc:  # noqa: BLE001
        return MoveObservation(move.id, failure=_failure(move.id, "move", exc))


async def observe(wallets: Sequence[Wallet], cold_moves: Sequence[AnnouncedMove], state: WatchtowerState,
                  chain: ChainSettings, now: datetime, *, long_term: Collection[str] | None = None,
                  transport: httpx.AsyncBaseTransport | None = None) -> Observations:
    """The chain reads of one poll (Esplora and EVM JSON-RPC, read-only; only derived addresses are sent)."""
    from core.custody.http import make_client

    guarded = _guarded(wallets, long_term)
    by_id = {w.id: w for w in wallets}
    moves = [m for m in cold_moves if _move_watched(m, state, now)]
    try:
        client = make_client(chain.timeout_s, chain.socks_proxy, transport)
    except SourceError as exc:  # e.g. a SOCKS proxy without socksio: nothing can be read
        return Observations({w.id: WalletObservation(w.id, failure=_failure(w.id, "wallet", exc)) for w in guarded},
                            {m.id: MoveObservation(m.id, failure=_failure(m.id, "move", exc)) for m in moves})
    async with client:
        esplora = Esplora(client, chain.esplora_url, chain.retries, chain.backoff_s)
        wallet_obs = await asyncio.gather(*(
            _observe_evm(client, w, state, chain) if w.kind == "evm-address"
            else _observe_btc(esplora, w, state, chain, now) for w in guarded))
        move_obs = await asyncio.gather(*(_observe_move(esplora, client, m, by_id.get(m.wallet_id), chain)
                                          for m in moves))
    return Observations({o.wallet_id: o for o in wallet_obs}, {o.move_id: o for o in move_obs if o is not None})


async def poll_watchtower(wallets: Sequence[Wallet], cold_moves: Sequence[AnnouncedMove], state: WatchtowerState,
                          chain: ChainSettings, now: datetime, *, long_term: Collection[str] | None = None,
                          transport: httpx.AsyncBaseTransport | None = None
                          ) -> tuple[list[Alert], WatchtowerState]:
    """One watchtower poll: read the chain, judge it (``watchtower_alerts``). Never raises for a chain failure:
    what could not be read is in the returned state's ``failures`` and keeps its previous state."""
    observations = await observe(wallets, cold_moves, state, chain, now, long_term=long_term, transport=transport)
    alerts, new_state = watchtower_alerts(wallets, cold_moves, state, observations, now, long_term=long_term)
    for f in new_state.failures:
        log.warning("watchtower: %s %s not read: %s", f.kind, f.subject, f.message)
    return alerts, new_state
