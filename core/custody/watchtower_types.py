"""The cold-storage watchtower's data types (``core.custody.watchtower`` judges and polls with them): the shape of
an announced move, the state kept between polls with its JSON round trip (``to_json`` / ``from_json``,
``initial_state``), and the observations one poll read.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from core.custody.esplora import AddressState, ChainTx
from core.model import PortfolioSnapshot

log = logging.getLogger("core.custody.watchtower")  # the watchtower's logger, as before the split


class AnnouncedMove(Protocol):
    """A cold-storage move as stored (``core.store.custody_repo.ColdMove`` has this shape)."""

    @property
    def id(self) -> str: ...
    @property
    def wallet_id(self) -> str: ...  # the destination wallet
    @property
    def asset(self) -> str: ...
    @property
    def amount(self) -> str: ...  # decimal text, units of ``asset``
    @property
    def address(self) -> str: ...  # the destination address
    @property
    def created_at(self) -> datetime: ...
    @property
    def confirmed_at(self) -> datetime | None: ...
    @property
    def baseline_amount(self) -> str: ...  # the destination wallet's balance of ``asset`` when recorded


# --- state ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AddressMark:
    """What is known about one address of a guarded Bitcoin wallet."""

    branch: int  # 0 receive, 1 change, -1 a single watched address
    index: int
    spent: int  # outputs it had spent (confirmed + mempool) when last judged
    balance_sat: int  # confirmed + mempool delta
    busy: bool  # mempool activity: a transaction in flight
    used: bool
    checked_at: datetime | None  # spends confirmed before this (less CLOCK_MARGIN) are known; None: all are
    pending: bool = False  # its transactions could not be read: ask again next poll


@dataclass(frozen=True)
class WalletWatch:
    addresses: Mapping[str, AddressMark] = field(default_factory=dict)  # Bitcoin: the last complete scan
    scanned_at: datetime | None = None  # Bitcoin: when that scan was
    nonce: int | None = None  # EVM: transactions the address had sent, as last seen


@dataclass(frozen=True)
class WatchFailure:
    """One thing the last poll could not read; ``message`` is safe to show (no address, no URL)."""

    subject: str  # wallet id or move id
    kind: str  # "wallet" | "move"
    category: str  # ``core.sync.SourceError`` categories
    message: str


@dataclass(frozen=True)
class WatchtowerState:
    wallets: Mapping[str, WalletWatch] = field(default_factory=dict)  # guarded wallet id -> what is known
    since: Mapping[str, datetime] = field(default_factory=dict)  # wallet id -> first-watch cut-off
    seen: Mapping[str, datetime] = field(default_factory=dict)  # judged spend txid -> when first judged
    announced: Mapping[str, str] = field(default_factory=dict)  # spend txid -> the move it belongs to
    closed_moves: Mapping[str, datetime] = field(default_factory=dict)  # move id -> when it closed
    failures: tuple[WatchFailure, ...] = ()  # what the last poll could not read (empty: all answered)
    polled_at: datetime | None = None

    # JSON round trip (for ``custody_repo.set_fact(db, "watchtower", state.to_json())``); failures are not kept
    def to_json(self) -> dict[str, Any]:
        def wallet(w: WalletWatch) -> dict[str, Any]:
            return {"scanned_at": _iso(w.scanned_at), "nonce": w.nonce,
                    "addresses": {a: [m.branch, m.index, m.spent, m.balance_sat, m.busy, m.used,
                                      _iso(m.checked_at), m.pending] for a, m in w.addresses.items()}}

        return {"v": 1, "wallets": {k: wallet(w) for k, w in self.wallets.items()},
                "since": {k: _iso(v) for k, v in self.since.items()},
                "seen": {k: _iso(v) for k, v in self.seen.items()}, "announced": dict(self.announced),
                "closed_moves": {k: _iso(v) for k, v in self.closed_moves.items()}, "polled_at": _iso(self.polled_at)}

    @classmethod
    def from_json(cls, data: Any, snapshot: PortfolioSnapshot | None = None) -> WatchtowerState:
        """The stored state (None or unreadable: ``initial_state(snapshot)``); wallets the stored state does not
        know yet get their cut-off from ``snapshot``."""
        fresh = initial_state(snapshot)
        if not isinstance(data, dict) or data.get("v") != 1:
            return fresh
        try:
            wallets = {k: WalletWatch(
                addresses={a: AddressMark(int(m[0]), int(m[1]), int(m[2]), int(m[3]), bool(m[4]), bool(m[5]),
                                          _dt(m[6]), bool(m[7])) for a, m in w["addresses"].items()},
                scanned_at=_dt(w["scanned_at"]), nonce=None if w["nonce"] is None else int(w["nonce"]))
                for k, w in data["wallets"].items()}
            since = {k: d for k, v in data["since"].items() if (d := _dt(v)) is not None}
            seen = {k: d for k, v in data["seen"].items() if (d := _dt(v)) is not None}
            closed = {k: d for k, v in data["closed_moves"].items() if (d := _dt(v)) is not None}
            announced = {str(k): str(v) for k, v in data["announced"].items()}
            polled_at = _dt(data.get("polled_at"))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            log.warning("the stored watchtower state is unreadable: starting from the last snapshot")
            return fresh
        for wallet_id, cut in fresh.since.items():
            if wallet_id not in wallets and wallet_id not in since:
                since[wallet_id] = cut
        return cls(wallets, since, seen, announced, closed, (), polled_at)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: Any) -> datetime | None:
    return None if not value else datetime.fromisoformat(str(value))


def initial_state(snapshot: PortfolioSnapshot | None) -> WatchtowerState:
    """A first state: each wallet's cut-off is its last good sync in ``snapshot`` (spends after it are new)."""
    if snapshot is None:
        return WatchtowerState()
    ids = {w.id for w in snapshot.wallets}
    return WatchtowerState(since={s.source_id: s.as_of for s in snapshot.sources
                                  if s.source_id in ids and s.as_of is not None})


# --- observations: what one poll read --------------------------------------------------------------------------

@dataclass(frozen=True)
class AddressObservation:
    state: AddressState
    txs: tuple[ChainTx, ...] | None = None  # read when its spends needed judging
    error: str | None = None  # they were needed but could not be read


@dataclass(frozen=True)
class WalletObservation:
    wallet_id: str
    addresses: tuple[AddressObservation, ...] = ()
    complete: bool = False  # ``addresses`` is a complete gap-limit scan
    nonce: int | None = None  # EVM: "pending" transaction count
    confirmed_nonce: int | None = None  # EVM: "latest" count, read while no nonce is known yet
    failure: WatchFailure | None = None


@dataclass(frozen=True)
class MoveObservation:
    move_id: str
    txs: tuple[ChainTx, ...] | None = None  # Bitcoin: transactions of the destination address
    balance: Decimal | None = None  # EVM: the destination's balance of the asset (whole units, latest block)
    failure: WatchFailure | None = None


@dataclass(frozen=True)
class Observations:
    wallets: Mapping[str, WalletObservation] = field(default_factory=dict)
    moves: Mapping[str, MoveObservation] = field(default_factory=dict)
