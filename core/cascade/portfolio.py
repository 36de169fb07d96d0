"""The user's positions and accounts at the cascade's final prices: the one place that calls ``core.risk``.

``core.risk.portfolio_at(snapshot, moves, revalue)`` revalues every position and collateral asset for arrays of
fractional moves per base asset; this module feeds it the cascade's moves (with) and the exogenous
moves (without), and derives per position the smallest driver shock that liquidates it.

Stablecoins: the market model may carry a stablecoin-based perp, which follows the driver by its beta in the
cascade; that is not a depeg, so a stablecoin moves only by an explicit depeg shock (``depegs``). A scenario's
collateral haircut revalues the collateral asset only (``revalue``), never the perps on it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.cascade.engine import CascadeResult
from core.cascade.scenarios import CollateralHaircut
from core.contracts import position_size, settle_to_usd, unrealized_pnl
from core.model import STABLECOINS, PortfolioSnapshot, Position


@dataclass(frozen=True)
class PositionOutcome:
    position: Position
    liquidated_with_cascade: np.ndarray  # (N,) bool per driver shock
    liquidated_without_cascade: np.ndarray
    liquidating_shock_with_cascade: float | None  # smallest |driver shock| on the grid that liquidates it
    liquidating_shock_without_cascade: float | None
    adl_at_risk: np.ndarray  # (N,) profitable while its symbol's market needed ADL


@dataclass(frozen=True)
class AccountOutcome:
    account_id: str
    equity_with_cascade_usd: np.ndarray  # (N,)
    equity_without_cascade_usd: np.ndarray
    maintenance_with_cascade_usd: np.ndarray
    maintenance_without_cascade_usd: np.ndarray

    # the venue's account test from core.risk (collateral after haircuts vs k × maintenance margin, by the
    # account's mode); None: equity at or below maintenance margin. An account with no cross positions has zero
    # maintenance and is never liquidated as an account.
    venue_liquidated_with_cascade: np.ndarray | None = None
    venue_liquidated_without_cascade: np.ndarray | None = None

    @property
    def liquidated_with_cascade(self) -> np.ndarray:
        dead = self.venue_liquidated_with_cascade
        if dead is None:
            dead = self.equity_with_cascade_usd <= self.maintenance_with_cascade_usd
        return np.asarray(dead, dtype=bool) & (self.maintenance_with_cascade_usd > 0)

    @property
    def liquidated_without_cascade(self) -> np.ndarray:
        dead = self.venue_liquidated_without_cascade
        if dead is None:
            dead = self.equity_without_cascade_usd <= self.maintenance_without_cascade_usd
        return np.asarray(dead, dtype=bool) & (self.maintenance_without_cascade_usd > 0)


@dataclass(frozen=True)
class PortfolioOutcome:
    shocks: np.ndarray
    accounts: tuple[AccountOutcome, ...]
    positions: tuple[PositionOutcome, ...]


def smallest_liquidating_shock(shocks: np.ndarray, liquidated: np.ndarray) -> float | None:
    """The grid shock of smallest magnitude at which ``liquidated`` is true (None if never)."""
    idx = np.flatnonzero(np.asarray(liquidated, dtype=bool))
    if idx.size == 0:
        return None
    best = idx[np.argmin(np.abs(shocks[idx]))]
    return float(shocks[best])


def haircut_moves(haircuts: Sequence[CollateralHaircut], n: int) -> dict[str, np.ndarray]:
    """Collateral haircuts as revaluations of the collateral asset (fractions, composed when one asset has
    several): ``core.risk`` values the asset's balance lower, on top of its market move, and leaves the perps on
    it alone. A venue-specific haircut is applied on every venue, which is conservative."""
    out: dict[str, np.ndarray] = {}
    for h in haircuts:
        prev = out.get(h.asset)
        out[h.asset] = np.full(n, -h.haircut) if prev is None else (1.0 + prev) * (1.0 - h.haircut) - 1.0
    return out


def _market_moves(moves: Mapping[str, np.ndarray], depegs: Mapping[str, float], n: int) -> dict[str, np.ndarray]:
    """The cascade's moves with every stablecoin pinned unless a depeg shock moves it explicitly."""
    out = {a: m for a, m in moves.items() if a not in STABLECOINS}
    out.update({a.upper(): np.full(n, float(v)) for a, v in depegs.items() if a.upper() in STABLECOINS})
    return out


def _portfolio_at(snapshot: PortfolioSnapshot, moves: Mapping[str, np.ndarray],
                  revalue: Mapping[str, np.ndarray]) -> Any:
    from core.risk import portfolio_at

    return portfolio_at(snapshot, moves, revalue)


def _account_arrays(pa: Any, account_id: str, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(equity USD, maintenance margin USD, liquidated by the venue's account rule) arrays (n,) of one account;
    zeros if it has no book."""
    zero = np.zeros(n)
    return (np.broadcast_to(np.asarray(pa.equity_usd.get(account_id, zero), dtype=float), (n,)),
            np.broadcast_to(np.asarray(pa.maintenance_margin_usd.get(account_id, zero), dtype=float), (n,)),
            np.broadcast_to(np.asarray(pa.account_liquidated.get(account_id, zero), dtype=bool), (n,)))


def _position_liquidated(pa: Any, index: int, n: int) -> np.ndarray:
    return np.broadcast_to(np.asarray(pa.liquidated[index], dtype=bool), (n,))


def evaluate_portfolio(snapshot: PortfolioSnapshot, result: CascadeResult,
                       haircuts: Sequence[CollateralHaircut] = (),
                       depegs: Mapping[str, float] | None = None) -> PortfolioOutcome:
    """Every account and position of ``snapshot`` at each shock of ``result``, with and without the cascade.

    Symbols the market model does not cover move by zero (their market was not in the snapshot). ``haircuts``
    revalue collateral assets only; ``depegs``: stablecoin -> its explicit move (fraction), the only way a
    stablecoin moves (the cascade's beta-following move of a stablecoin perp is dropped)."""
    n = len(result.shocks)
    revalue = haircut_moves(haircuts, n)
    with_moves = _market_moves(result.moves(cascade=True), depegs or {}, n)
    without_moves = _market_moves(result.moves(cascade=False), depegs or {}, n)
    pa_with = _portfolio_at(snapshot, with_moves, revalue)
    pa_without = _portfolio_at(snapshot, without_moves, revalue)
    accounts = []
    for acc in snapshot.accounts:
        eq_w, mm_w, dead_w = _account_arrays(pa_with, acc.id, n)
        eq_o, mm_o, dead_o = _account_arrays(pa_without, acc.id, n)
        accounts.append(AccountOutcome(acc.id, eq_w, eq_o, mm_w, mm_o, dead_w, dead_o))
    adl = {name: result.adl_notional_usd[i] > 0 for i, name in enumerate(result.symbols)}
    positions = []
    for i, p in enumerate(snapshot.positions):
        liq_w = _position_liquidated(pa_with, i, n)
        liq_o = _position_liquidated(pa_without, i, n)
        move = with_moves.get(p.base.upper(), np.zeros(n))
        price = p.mark_price * (1.0 + move)
        profitable = (price - p.entry_price) * p.side.sign > 0
        at_risk = profitable & ~liq_w & adl.get(p.base.upper(), np.zeros(n, dtype=bool))
        positions.append(PositionOutcome(
            p, liq_w, liq_o, smallest_liquidating_shock(result.shocks, liq_w),
            smallest_liquidating_shock(result.shocks, liq_o), at_risk))
    return PortfolioOutcome(result.shocks, tuple(accounts), tuple(positions))


def _dead_outward(shocks: np.ndarray, dead: np.ndarray) -> np.ndarray:
    """True from the first liquidated shock outward (away from 0): once closed, a position stays closed."""
    dead = np.asarray(dead, dtype=bool)
    out = np.zeros_like(dead)
    down, up = shocks < 0, shocks >= 0
    out[down] = np.logical_or.accumulate(dead[down][::-1])[::-1]
    out[up] = np.logical_or.accumulate(dead[up])
    return out


def _isolated_value_usd(p: Position, price: np.ndarray) -> np.ndarray:
    """Isolated margin plus PnL at ``price`` (USD); the margin is all an isolated position can lose."""
    if p.isolated_margin is None or not p.entry_price:
        return np.zeros(len(price))
    size = position_size(p.contracts, p.contract_size)
    settle = p.isolated_margin + unrealized_pnl(p.side.sign, size, p.entry_price, price, p.inverse)  # coin if inverse
    value: np.ndarray = np.maximum(settle_to_usd(settle, price, p.inverse), 0.0)
    return value


def total_equity_usd(snapshot: PortfolioSnapshot, result: CascadeResult, outcome: PortfolioOutcome,
                     cascade: bool) -> np.ndarray:
    """The user's exchange equity (USD) per shock: cross accounts + isolated positions' margin and PnL.

    The engine reports cross equity only, which keeps falling past a liquidation; here a liquidated account or
    isolated position counts 0 from its liquidation outward (the venue closes it; the insurance fund takes
    any shortfall, so an account cannot go below zero).
    """
    shocks = result.shocks
    total = np.zeros(len(shocks))
    for acc in outcome.accounts:
        eq = acc.equity_with_cascade_usd if cascade else acc.equity_without_cascade_usd
        dead = acc.liquidated_with_cascade if cascade else acc.liquidated_without_cascade
        total += np.where(_dead_outward(shocks, dead), 0.0, np.maximum(eq, 0.0))
    moves = result.moves(cascade=cascade)
    for po in outcome.positions:
        p = po.position
        if p.margin_mode.value != "isolated":
            continue
        price = p.mark_price * (1.0 + moves.get(p.base.upper(), np.zeros(len(shocks))))
        dead = po.liquidated_with_cascade if cascade else po.liquidated_without_cascade
        total += np.where(_dead_outward(shocks, dead), 0.0, _isolated_value_usd(p, price))
    return total
