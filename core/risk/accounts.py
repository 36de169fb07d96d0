"""Accounts under price moves: equity vs maintenance margin by the venue's account rule, vectorised over a grid
of shocks.

For a cross account every position AND every collateral asset moves with the scenario (BTC held as
collateral falls with BTC), collateral is valued as the venue values it in the account's mode (haircuts, which
coins count; ``core.risk.book``), and the account is liquidated where the venue's ratio reaches its bar
(``collateral ≤ k × maintenance margin``, ``AccountRatio.maintenance_factor``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from core.messages import QT_TRANSLATE_NOOP, Message, Number, Percent, joined, message
from core.model import PortfolioSnapshot, Position
from core.risk.book import AccountBook, account_state, compile_snapshot
from core.venues import venue_spec

LONG_MOVE_LIMIT = 0.999  # a long can at most lose 99.9 % of the price
SHORT_MOVE_LIMIT = 20.0  # shorts are searched up to +2000 %
ACCOUNT_MOVE_LIMIT = 0.9  # an account's liquidating driver move is searched within ±90 % (None beyond)
DISAGREE_REL = 0.005  # the venue's ratio and ours differ by more than 0.5 %: a visible warning



@dataclass(frozen=True)
class PortfolioAtPrices:
    """The portfolio evaluated at ``n`` scenarios of price moves.

    ``equity_usd[account_id]`` / ``maintenance_margin_usd[account_id]``: arrays (n,) of the cross part of each
    account (accounts with only isolated positions have their wallet as equity and 0 maintenance).
    ``collateral_value_usd[account_id]``: the equity as the venue counts it in the account's mode (haircuts,
    which coins count; equal to the equity for an account without a detected mode).
    ``account_liquidated[account_id]``: the venue's account test (``collateral ≤ k × maintenance``; never for an
    account without cross positions).
    ``liquidated[i]``: bool array (n,) for ``positions[i]`` (snapshot order): isolated by its own margin,
    cross when its account is liquidated.
    """

    n: int
    positions: tuple[Position, ...]
    equity_usd: Mapping[str, np.ndarray]
    maintenance_margin_usd: Mapping[str, np.ndarray]
    liquidated: tuple[np.ndarray, ...]
    collateral_value_usd: Mapping[str, np.ndarray] = field(default_factory=dict)
    account_liquidated: Mapping[str, np.ndarray] = field(default_factory=dict)


def _n_of(moves: Mapping[str, np.ndarray]) -> int:
    sizes = {np.asarray(v).shape[0] for v in moves.values()}
    if len(sizes) > 1:
        raise ValueError(f"every move array must have the same length, got {sorted(sizes)}")
    return sizes.pop() if sizes else 1


def evaluate_books(books: list[AccountBook], n_positions: int, moves: Mapping[str, np.ndarray],
                   liquidation_prices: Mapping[int, float | None],
                   revalue: Mapping[str, np.ndarray] | None = None) -> PortfolioAtPrices:
    """Every book at the moves (see ``portfolio_at``); ``positions`` of the result is left empty."""
    n = _n_of({**moves, **(revalue or {})})
    equity: dict[str, np.ndarray] = {}
    mm: dict[str, np.ndarray] = {}
    collateral: dict[str, np.ndarray] = {}
    dead: dict[str, np.ndarray] = {}
    liquidated: list[np.ndarray] = [np.zeros(n, dtype=bool) for _ in range(n_positions)]
    for book in books:
        st = account_state(book, moves, n, revalue=revalue)
        equity[book.account_id], mm[book.account_id] = st.equity, st.maintenance
        collateral[book.account_id], dead[book.account_id] = st.collateral, st.liquidated
        for pb in book.cross:
            liquidated[pb.index] = st.liquidated.copy()
        for pb in book.isolated:
            lp = liquidation_prices.get(pb.index)
            if lp is not None:
                liquidated[pb.index] = pb.position.side.sign * (st.marks[pb.index] - lp) <= 0
    return PortfolioAtPrices(n, (), equity, mm, tuple(liquidated), collateral, dead)


def isolated_liquidation_prices(books: list[AccountBook]) -> dict[int, float | None]:
    out: dict[int, float | None] = {}
    for book in books:
        for pb in book.isolated:
            out[pb.index] = (pb.rule(pb.inputs).liquidation_price
                             if pb.inputs is not None and pb.rule is not None else None)
    return out


def portfolio_at(snapshot: PortfolioSnapshot, moves: Mapping[str, np.ndarray],
                 revalue: Mapping[str, np.ndarray] | None = None) -> PortfolioAtPrices:
    """Evaluate every account at ``price × (1 + move)`` for each asset in ``moves`` (arrays (n,), fractions:
    -0.15 = -15 %). Assets not in ``moves`` stay put; a stablecoin moves only when ``moves`` names it (a depeg).

    ``revalue``: asset -> (n,) fractional revaluation of that asset as collateral only (a venue's collateral
    haircut in a scenario: balances and PnL settled in the asset lose value, positions' marks do not move)."""
    books = compile_snapshot(snapshot)
    lps = isolated_liquidation_prices(books)
    out = evaluate_books(books, len(snapshot.positions), moves, lps, revalue)
    return PortfolioAtPrices(out.n, snapshot.positions, out.equity_usd, out.maintenance_margin_usd, out.liquidated,
                             out.collateral_value_usd, out.account_liquidated)


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


def driver_moves(book: AccountBook, signed: np.ndarray) -> dict[str, np.ndarray]:
    """The moves of every non-stable asset of the account when its driver moves by ``signed`` (fractions): each
    asset by its beta to the driver, floored at −99.9 % (a price stays positive)."""
    signed = np.asarray(signed, dtype=float)
    return {a: np.maximum(b * signed, -LONG_MOVE_LIMIT) for a, b in book.betas.items()}


def account_liquidating_move(book: AccountBook) -> float | None:
    """The smallest signed move of the account's driver (fraction; other assets following their betas,
    collateral revalued and haircut under the move) at which the venue liquidates its cross part; None when
    there is no cross position, nothing but stablecoins, or no such move within ±90 %. Cached on the book."""
    if "move" not in book._cache:
        best = None
        if book.is_cross and book.driver is not None:
            for direction in (-1, 1):
                def dead(signed: np.ndarray) -> np.ndarray:
                    return account_state(book, driver_moves(book, signed), signed.shape[0]).liquidated
                x = smallest_move(dead, direction, ACCOUNT_MOVE_LIMIT)
                if x is not None and (best is None or x < abs(best)):
                    best = direction * x
        book._cache["move"] = best
    result: float | None = book._cache["move"]
    return result


def format_move(asset: str, move: float | None) -> Message:
    """``BTC −12.3 %`` (the move in % with a real minus sign), or a phrase when there is none."""
    if move is None:
        return message(QT_TRANSLATE_NOOP("Core", "no {asset} move within ±{limit}"), asset=asset,
                       limit=Percent(ACCOUNT_MOVE_LIMIT, 0))
    return message(QT_TRANSLATE_NOOP("Core", "{asset} {sign}{move}"), asset=asset, sign="\u2212" if move < 0 else "+",
                   move=Percent(abs(move), 1))


@dataclass(frozen=True)
class AccountRisk:
    """One exchange account now, as ``assess_accounts`` reports it. USD amounts.

    ``equity_usd``: the cross part at 100 % (wallet + unrealised PnL); ``maintenance_margin_usd``: Σ the cross
    positions' maintenance margin (venue tiers); ``margin_ratio`` = MM / equity (classic, 1 = liquidation).
    ``min_adverse_move_pct``: the account's liquidating move, the smallest signed move (%) of ``driver`` (BTC when
    the account holds any, else its largest exposure) with every other asset following its beta, that makes the
    venue liquidate the cross part (negative = market down); None beyond ±90 % or without cross positions.

    The account as its venue sees it: ``mode`` (as detected; "" = classic rules), ``collateral_value_usd`` (equity
    after the venue's collateral haircuts, only the coins that count in the mode), ``venue_ratio`` (ours, in the
    venue's definition ``ratio_name``: MM ÷ collateral or collateral ÷ MM, a plain number, 1.0 = 100 %),
    ``venue_ratio_reported`` (``AccountMargin.margin_ratio``, None when the venue gives none), ``liquidates_at``
    (the ratio's value at which the venue liquidates), ``whole_account`` (the venue liquidates every cross
    position at once; cross positions carry the account's move), ``reported_disagrees`` (ours vs the venue's
    differ by more than 0.5 %) and ``disagreement`` (both numbers and what may explain the gap).
    """

    account_id: str
    venue: str
    equity_usd: float
    maintenance_margin_usd: float
    margin_ratio: float | None
    min_adverse_move_pct: float | None
    cross: bool
    note: str = ""  # a core.messages.Message (English in the terminal)
    # --- the account as its venue sees it (mode, haircuts, the ratio it liquidates on) ---------------------------
    mode: str = ""  # AccountMargin.mode as detected at the sync ("" = not detected: classic rules)
    collateral_value_usd: float | None = None  # equity after the venue's collateral haircuts (= equity without any)
    venue_ratio: float | None = None  # ours, in the venue's own definition (see ratio_name / liquidates_at)
    venue_ratio_reported: float | None = None  # the venue's own figure (None when it gives none)
    ratio_name: str = ""  # e.g. "margin ratio (MM ÷ margin balance)", "uniMMR", "account MM rate", "mgnRatio"
    liquidates_at: float | None = None  # the venue ratio's value at which the venue liquidates
    whole_account: bool = False  # the venue liquidates the whole account, not a position at a time
    reported_disagrees: bool = False  # |ours / venue's − 1| > 0.5 %
    disagreement: str = ""  # both numbers and what may explain the gap, for the warning (a Message)
    driver: str = ""  # the asset ``min_adverse_move_pct`` is a move of ("" without cross positions)


def _explanations(book: AccountBook, collateral: float, maintenance: float) -> list[str]:
    """What may make our ratio differ from the venue's, most specific first."""
    out: list[str] = []
    margin = book.margin
    if margin is not None and margin.collateral_value_usd is not None:
        out.append(message(QT_TRANSLATE_NOOP("Core", "collateral value ours {ours} USD vs the venue's {venue}"),
                           ours=Number(collateral, 2), venue=Number(margin.collateral_value_usd, 2)))
    if margin is not None and margin.maintenance_margin_usd is not None:
        out.append(message(QT_TRANSLATE_NOOP("Core", "maintenance margin ours {ours} USD vs the venue's {venue}"),
                           ours=Number(maintenance, 2), venue=Number(margin.maintenance_margin_usd, 2)))
    if book.ratio.haircuts:
        if margin is not None and margin.collateral:
            out.append(message(QT_TRANSLATE_NOOP("Core", "the collateral-rate table of {date}"),
                               date=f"{margin.collateral_as_of:%Y-%m-%d}") if margin.collateral_as_of else
                       message(QT_TRANSLATE_NOOP("Core", "the collateral-rate table (undated)")))
        else:
            out.append(message(QT_TRANSLATE_NOOP("Core", "the venue's collateral rates were not fetched (every coin "
                                                         "at 100 %)")))
    if book.unpriced:
        out.append(message(QT_TRANSLATE_NOOP("Core", "collateral without a price: {assets}"),
                           assets=", ".join(book.unpriced)))
    if book.unknown_mm:
        out.append(message(QT_TRANSLATE_NOOP("Core", "maintenance margin unknown for {n} position(s)"),
                           n=len(book.unknown_mm)))
    if book.ratio.note:
        out.append(book.ratio.note)
    out.append(message(QT_TRANSLATE_NOOP("Core", "liquidation fees and the mark/index prices the venue values at")))
    return out


def _compare(book: AccountBook, ours: float | None, reported: float | None, collateral: float,
             maintenance: float) -> tuple[bool, str]:
    if ours is None or reported is None or reported == 0:
        return False, ""
    gap = ours / reported - 1.0
    if abs(gap) <= DISAGREE_REL:
        return False, ""
    name = venue_spec(book.venue).name
    text = message(QT_TRANSLATE_NOOP("Core", "{ratio}: ours {ours}, {venue}'s {reported} ({gap}); may come from: "
                                             "{causes}"),
                   ratio=book.ratio.name, ours=f"{ours:.4g}", venue=name, reported=f"{reported:.4g}",
                   gap=Percent(gap, 1, signed=True), causes=joined(_explanations(book, collateral, maintenance)))
    return True, text


def assess_books(books: list[AccountBook]) -> tuple[AccountRisk, ...]:
    out = []
    for book in books:
        st = account_state(book, {}, 1)
        equity, collateral, maint = float(st.equity[0]), float(st.collateral[0]), float(st.maintenance[0])
        move = account_liquidating_move(book)
        notes: list[str] = [message(QT_TRANSLATE_NOOP("Core", "unpriced collateral left out: {assets}"),
                                    assets=", ".join(book.unpriced))] if book.unpriced else []
        notes += book.notes
        ratio = book.ratio
        ours = ratio.value(collateral, maint) if book.is_cross else None
        reported = book.margin.margin_ratio if book.margin is not None else None
        disagrees, disagreement = _compare(book, ours, reported, collateral, maint)
        out.append(AccountRisk(
            book.account_id, book.venue, equity, maint, maint / equity if equity > 0 else None,
            None if move is None else move * 100.0, book.is_cross, joined(notes),
            mode=book.mode, collateral_value_usd=collateral, venue_ratio=ours, venue_ratio_reported=reported,
            ratio_name=ratio.name, liquidates_at=ratio.liquidates_at, whole_account=ratio.whole_account,
            reported_disagrees=disagrees, disagreement=disagreement,
            driver=(book.driver or "") if book.is_cross else ""))
    return tuple(out)


def assess_accounts(snapshot: PortfolioSnapshot) -> tuple[AccountRisk, ...]:
    """Every account's equity, collateral value, maintenance margin and ratio by its venue's rule in its mode,
    beside the venue's own ratio, and its smallest liquidating driver move (``AccountRisk``)."""
    return assess_books(compile_snapshot(snapshot))
