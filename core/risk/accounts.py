"""Accounts under price moves: equity vs maintenance margin, vectorised over a grid of shocks.

For a cross account every position AND every collateral asset moves with the scenario (BTC held as
collateral falls with BTC), and the account is liquidated where equity ≤ maintenance margin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from core.model import STABLECOINS, PortfolioSnapshot, Position
from core.risk.book import AccountBook, account_arrays, compile_snapshot

LONG_MOVE_LIMIT = 0.999  # a long can at most lose 99.9 % of the price
SHORT_MOVE_LIMIT = 20.0  # shorts are searched up to +2000 %


@dataclass(frozen=True)
class PortfolioAtPrices:
    """The portfolio evaluated at ``n`` scenarios of price moves.

    ``equity_usd[account_id]`` / ``maintenance_margin_usd[account_id]``: arrays (n,) of the cross part of each
    account (accounts with only isolated positions have their wallet as equity and 0 maintenance).
    ``liquidated[i]``: bool array (n,) for ``positions[i]`` (snapshot order): isolated by its own margin,
    cross when the account's equity ≤ maintenance margin.
    """

    n: int
    positions: tuple[Position, ...]
    equity_usd: Mapping[str, np.ndarray]
    maintenance_margin_usd: Mapping[str, np.ndarray]
    liquidated: tuple[np.ndarray, ...]


def _n_of(moves: Mapping[str, np.ndarray]) -> int:
    sizes = {np.asarray(v).shape[0] for v in moves.values()}
    if len(sizes) > 1:
        raise ValueError(f"every move array must have the same length, got {sorted(sizes)}")
    return sizes.pop() if sizes else 1


def evaluate_books(books: list[AccountBook], n_positions: int, moves: Mapping[str, np.ndarray],
                   liquidation_prices: Mapping[int, float | None],
                   ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], list[np.ndarray]]:
    n = _n_of(moves)
    equity: dict[str, np.ndarray] = {}
    mm: dict[str, np.ndarray] = {}
    liquidated: list[np.ndarray] = [np.zeros(n, dtype=bool) for _ in range(n_positions)]
    for book in books:
        eq, m, marks = account_arrays(book, moves, n)
        equity[book.account_id], mm[book.account_id] = eq, m
        account_dead = eq <= m if book.is_cross else np.zeros(n, dtype=bool)
        for pb in book.cross:
            liquidated[pb.index] = account_dead.copy()
        for pb in book.isolated:
            lp = liquidation_prices.get(pb.index)
            if lp is not None:
                liquidated[pb.index] = pb.position.side.sign * (marks[pb.index] - lp) <= 0
    return equity, mm, liquidated


def isolated_liquidation_prices(books: list[AccountBook]) -> dict[int, float | None]:
    out: dict[int, float | None] = {}
    for book in books:
        for pb in book.isolated:
            out[pb.index] = (pb.rule(pb.inputs).liquidation_price
                             if pb.inputs is not None and pb.rule is not None else None)
    return out


def portfolio_at(snapshot: PortfolioSnapshot, moves: Mapping[str, np.ndarray]) -> PortfolioAtPrices:
    """Evaluate every account at ``price × (1 + move)`` for each base asset in ``moves`` (arrays (n,),
    fractions: -0.15 = -15 %). Assets not in ``moves`` stay put; stablecoins stay at 1."""
    books = compile_snapshot(snapshot)
    lps = isolated_liquidation_prices(books)
    equity, mm, liquidated = evaluate_books(books, len(snapshot.positions), moves, lps)
    return PortfolioAtPrices(_n_of(moves), snapshot.positions, equity, mm, tuple(liquidated))


def smallest_move(dead_at: Callable[[np.ndarray], np.ndarray], direction: int, limit: float | None = None,
                  points: int = 401) -> float | None:
    """Smallest ``x ≥ 0`` (fraction) such that ``dead_at(direction × x)`` is true, or None within the limit.

    ``dead_at`` takes an array of signed moves and returns a bool array. A coarse grid finds the bracket,
    a second grid inside it refines (no Python loop over grid points).
    """
    limit = limit or (LONG_MOVE_LIMIT if direction < 0 else SHORT_MOVE_LIMIT)
    lo, hi = 0.0, limit
    for _ in range(2):
        grid = np.linspace(lo, hi, points)
        dead = dead_at(direction * grid)
        hits = np.flatnonzero(dead)
        if hits.size == 0:
            return None
        first = hits[0]
        if first == 0:
            return float(grid[0])
        lo, hi = float(grid[first - 1]), float(grid[first])
    return hi


def account_min_move(book: AccountBook) -> float | None:
    """Smallest joint move of every non-stable asset of a cross account that liquidates it, signed (fraction)."""
    assets = {pb.base for pb in book.cross} | {a for a in book.wallet if a not in STABLECOINS}
    if not book.is_cross or not assets:
        return None
    best = None
    for direction in (-1, 1):
        def dead(signed: np.ndarray) -> np.ndarray:
            eq, mm, _ = account_arrays(book, {a: signed for a in assets}, signed.shape[0])
            return eq <= mm
        x = smallest_move(dead, direction)
        if x is not None and (best is None or x < abs(best)):
            best = direction * x
    return best


@dataclass(frozen=True)
class AccountRisk:
    """One exchange account now. USD amounts; ``margin_ratio`` = MM / equity (1 = liquidation);
    ``min_adverse_move_pct``: smallest joint move (%) of all its non-stable assets that liquidates the
    cross part, signed (negative = market down); None if none within -99.9 % … +2000 % or no cross positions."""

    account_id: str
    venue: str
    equity_usd: float
    maintenance_margin_usd: float
    margin_ratio: float | None
    min_adverse_move_pct: float | None
    cross: bool
    note: str = ""
    # --- the account as its venue sees it (mode, haircuts, the ratio it liquidates on) ---------------------------
    mode: str = ""  # AccountMargin.mode as detected at the sync ("" = not detected: classic rules)
    collateral_value_usd: float | None = None  # equity after the venue's collateral haircuts (= equity without any)
    venue_ratio: float | None = None  # ours, in the venue's own definition (see ratio_name / liquidates_at)
    venue_ratio_reported: float | None = None  # the venue's own figure (None when it gives none)
    ratio_name: str = ""  # e.g. "margin ratio (MM ÷ margin balance)", "uniMMR", "account MM rate", "mgnRatio"
    liquidates_at: float | None = None  # the venue ratio's value at which the venue liquidates
    whole_account: bool = False  # the venue liquidates the whole account, not a position at a time
    reported_disagrees: bool = False  # |ours / venue's − 1| > 0.5 %
    disagreement: str = ""  # both numbers and what may explain the gap, for the warning


def assess_books(books: list[AccountBook]) -> tuple[AccountRisk, ...]:
    out = []
    for book in books:
        eq, mm, _ = account_arrays(book, {}, 1)
        equity, maint = float(eq[0]), float(mm[0])
        move = account_min_move(book)
        note = f"unpriced collateral left out: {', '.join(book.unpriced)}" if book.unpriced else ""
        out.append(AccountRisk(book.account_id, book.venue, equity, maint,
                               maint / equity if equity > 0 else None,
                               None if move is None else move * 100.0, book.is_cross, note))
    return tuple(out)


def assess_accounts(snapshot: PortfolioSnapshot) -> tuple[AccountRisk, ...]:
    """Equity, maintenance margin and the smallest liquidating joint move of every account."""
    return assess_books(compile_snapshot(snapshot))
