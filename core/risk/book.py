"""A snapshot compiled for fast evaluation: per account, the cross wallet per asset and each position's
margin inputs and venue rule. Built once per snapshot, then evaluated on arrays of price moves.

Balance convention (ccxt ``fetchBalance`` ``total``): whether it includes unrealised PnL is the venue's
``Venue.balance_includes_upnl`` (Binance margin balance, OKX ``eq``, Hyperliquid account value do; Bybit's
``walletBalance`` does not). Isolated margins are assumed to be inside the totals and are taken out of the
cross wallet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.contracts import position_size, position_value, unrealized_pnl
from core.liquidation import maintenance_margin_at, rules_for
from core.liquidation.base import Liquidation, MarginInputs
from core.liquidation.tiers import single_tier
from core.model import STABLECOINS, LeverageTier, MarginMode, PortfolioSnapshot, Position
from core.venues import venue_spec


@dataclass
class PositionBook:
    index: int  # position's index in snapshot.positions
    position: Position
    inputs: MarginInputs | None  # None: no maintenance rate known at all
    rule: Callable[[MarginInputs], Liquidation] | None
    exact: bool
    tier_source: str  # "venue tiers" | "reported MMR" | "none"
    note: str = ""

    @property
    def base(self) -> str:
        return self.position.base

    @property
    def settle(self) -> str:
        return self.position.settle


@dataclass
class AccountBook:
    account_id: str
    venue: str
    wallet: dict[str, float]  # cross wallet per asset (asset units), uPnL and isolated margins taken out
    prices: dict[str, float]  # asset -> USD now
    cross: list[PositionBook] = field(default_factory=list)
    isolated: list[PositionBook] = field(default_factory=list)
    unpriced: list[str] = field(default_factory=list)
    _groups: list[_Group] | None = field(default=None, repr=False, compare=False)  # cache of ``_groups(book)``

    @property
    def is_cross(self) -> bool:
        return bool(self.cross)


def _inputs(snap: PortfolioSnapshot,
            p: Position) -> tuple[MarginInputs | None, Callable[[MarginInputs], Liquidation] | None, bool, str, str]:
    market = snap.market(p.venue, p.symbol)
    fee = market.taker_fee_rate if market is not None and market.taker_fee_rate is not None else None
    fee = fee if fee is not None else venue_spec(p.venue).default_taker_fee
    size = position_size(p.contracts, p.contract_size)
    if market is not None and market.tiers:
        rule, exact = rules_for(p.venue, p.inverse)
        tiers, source = market.tiers, "venue tiers"
    elif p.maintenance_margin_rate:
        rule, exact = rules_for("generic", p.inverse)
        tiers, source = single_tier(p.maintenance_margin_rate), "reported MMR"
    else:
        return None, None, False, "none", "no tier table and no reported maintenance rate"
    note = ""
    margin = 0.0
    if p.margin_mode is MarginMode.ISOLATED:
        if p.isolated_margin:
            margin = p.isolated_margin
        elif p.leverage:
            margin = position_value(size, p.entry_price, p.inverse) / p.leverage
            note = "isolated margin not reported: entry value / leverage used"
        else:
            return None, None, False, source, "isolated margin unknown (no margin, no leverage)"
    inp = MarginInputs(side=p.side, size=size, entry_price=p.entry_price, margin=margin, tiers=tiers,
                       inverse=p.inverse, contracts=p.contracts, taker_fee_rate=fee,
                       cross=p.margin_mode is MarginMode.CROSS)
    return inp, rule, exact, source, note


def asset_prices(snap: PortfolioSnapshot) -> dict[str, float]:
    """USD per unit for every asset the snapshot can price (positions' marks fill gaps for their base)."""
    prices = {a: float(v) for a, v in snap.prices_usd.items() if v}
    for p in snap.positions:
        prices.setdefault(p.base, p.mark_price)
    for s in STABLECOINS:
        prices.setdefault(s, 1.0)
    return prices


def compile_snapshot(snap: PortfolioSnapshot) -> list[AccountBook]:
    prices = asset_prices(snap)
    books: dict[str, AccountBook] = {}
    venues = {a.id: a.venue for a in snap.accounts}
    for i, p in enumerate(snap.positions):
        venue = venues.get(p.account_id, p.venue)
        book = books.setdefault(p.account_id, AccountBook(p.account_id, venue, {}, prices))
        inp, rule, exact, source, note = _inputs(snap, p)
        pb = PositionBook(i, p, inp, rule, exact, source, note)
        (book.cross if p.margin_mode is MarginMode.CROSS else book.isolated).append(pb)
    for b in snap.balances:
        venue = venues.get(b.account_id, "")
        book = books.setdefault(b.account_id, AccountBook(b.account_id, venue, {}, prices))
        book.wallet[b.asset] = book.wallet.get(b.asset, 0.0) + b.total
    for book in books.values():
        for pb in book.cross + book.isolated:
            p = pb.position
            if venue_spec(book.venue).balance_includes_upnl:
                book.wallet[p.settle] = book.wallet.get(p.settle, 0.0) - p.unrealized_pnl
            if pb.inputs is not None and not pb.inputs.cross:
                book.wallet[p.settle] = book.wallet.get(p.settle, 0.0) - pb.inputs.margin
        book.unpriced = sorted(a for a, amount in book.wallet.items() if amount and a not in prices)
    return list(books.values())


def moved(price: float, asset: str, moves: Mapping[str, np.ndarray], n: int) -> np.ndarray:
    """``price × (1 + move)`` for an asset in ``moves``; stablecoins and unmoved assets stay put."""
    if asset in STABLECOINS or asset not in moves:
        return np.full(n, price)
    return price * (1.0 + np.asarray(moves[asset], dtype=float))


@dataclass
class _Group:
    """Cross positions of one account sharing venue, tier table, settle asset and contract type."""

    venue: str
    inverse: bool
    settle: str
    tiers: tuple[LeverageTier, ...]
    index: np.ndarray  # snapshot position indices
    size: np.ndarray
    entry: np.ndarray
    sign: np.ndarray
    mark: np.ndarray
    contracts: np.ndarray  # the key of contract-counted tiers (OKX)
    fee: np.ndarray  # taker fee rate (fraction), for venues with a fee term
    bases: list[str]


def _groups(book: AccountBook) -> list[_Group]:
    if book._groups is not None:
        return book._groups
    keyed: dict[tuple[Any, ...], list[PositionBook]] = {}
    for pb in book.cross:
        if pb.inputs is None:
            continue
        key = (pb.position.venue, pb.inputs.inverse, pb.settle, pb.inputs.tiers)
        keyed.setdefault(key, []).append(pb)
    groups = []
    for (venue, inverse, settle, tiers), pbs in keyed.items():
        ins = [pb.inputs for pb in pbs if pb.inputs is not None]  # all of them (see the loop above)
        groups.append(_Group(venue, inverse, settle, tiers,
                             np.array([pb.index for pb in pbs]), np.array([i.size for i in ins]),
                             np.array([i.entry_price for i in ins]),
                             np.array([float(i.sign) for i in ins]),
                             np.array([pb.position.mark_price for pb in pbs]),
                             np.array([i.tier_contracts for i in ins], dtype=float),
                             np.array([i.taker_fee_rate for i in ins], dtype=float),
                             [pb.base for pb in pbs]))
    book._groups = groups
    return groups


def _row_moves(bases: list[str], moves: Mapping[str, np.ndarray], n: int) -> np.ndarray:
    out = np.zeros((len(bases), n))
    for asset in set(bases):
        if asset in moves and asset not in STABLECOINS:
            rows = [i for i, b in enumerate(bases) if b == asset]
            out[rows] = np.asarray(moves[asset], dtype=float)
    return out


def account_arrays(book: AccountBook, moves: Mapping[str, np.ndarray], n: int,
                   skip: frozenset[int] = frozenset()) -> tuple[np.ndarray, np.ndarray, dict[int, np.ndarray]]:
    """(equity USD, maintenance margin USD, {isolated position index: its price array}) of an account's cross part.

    Vectorised over positions (rows) and scenarios (columns). ``skip``: position indices left out (used for the
    "other positions" terms of the venue formulas).
    """
    equity = np.zeros(n)
    mm = np.zeros(n)
    for asset, amount in book.wallet.items():
        if amount and asset in book.prices:
            equity += amount * moved(book.prices[asset], asset, moves, n)
    for g in _groups(book):
        weight = np.array([0.0 if i in skip else 1.0 for i in g.index]) if skip else np.ones(len(g.index))
        price = g.mark[:, None] * (1.0 + _row_moves(g.bases, moves, n))
        size, entry, sign = g.size[:, None], g.entry[:, None], g.sign[:, None]
        value = position_value(size, price, g.inverse)
        pnl_settle = unrealized_pnl(sign, size, entry, price, g.inverse)
        # settle currency -> USD: the coin's own (moved) price for inverse, the stablecoin's for linear
        settle_px = price if g.inverse else moved(book.prices.get(g.settle, 1.0), g.settle, moves, n)[None, :]
        maint = maintenance_margin_at(g.venue, g.tiers, value, g.contracts[:, None], g.fee[:, None])
        equity += weight @ (pnl_settle * settle_px)
        mm += weight @ (maint * settle_px)
    marks = {pb.index: moved(pb.position.mark_price, pb.base, moves, n) for pb in book.isolated}
    return equity, mm, marks
