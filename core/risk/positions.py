"""Per-position risk: computed vs reported liquidation price, distances, gap survival, smallest killing move."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.liquidation import binance, maintenance_margin, pnl
from core.liquidation.base import Liquidation, LiquidationInputError
from core.model import PortfolioSnapshot, Position, Side
from core.risk.accounts import smallest_move
from core.risk.book import AccountBook, PositionBook, account_arrays, compile_snapshot

DISAGREE_REL = 0.005  # flag when computed and reported differ by more than 0.5 %
GAP = 0.10


@dataclass(frozen=True)
class PositionRisk:
    position: Position
    liquidation_price: float | None  # computed by venue rules (None: cannot be computed, see note)
    bankruptcy_price: float | None
    liquidation_price_reported: float | None
    reported_disagrees: bool  # |computed/reported - 1| > 0.5 %
    distance_pct: float | None  # adverse % move of mark to liquidation (positive = still safe)
    distance_vols: float | None  # distance in daily volatilities (std of daily log returns of closes)
    margin_ratio: float | None  # maintenance margin / margin balance (fraction; 1 = liquidation)
    survives_10pct_gap: bool | None
    min_adverse_move_pct: float | None  # smallest adverse move of the underlying that liquidates it
    method: str  # e.g. "binance-usdm cross (tier 4)", "generic (approximate)"
    note: str = ""


def daily_volatility(closes) -> float | None:
    """Standard deviation of daily log returns (fraction), from at least 3 closes."""
    arr = np.asarray([c for c in closes if c and c > 0], dtype=float)
    if arr.size < 3:
        return None
    sigma = float(np.std(np.diff(np.log(arr)), ddof=1))
    return sigma if sigma > 0 else None


def distance_pct(side: Side, mark: float, lp: float | None) -> float | None:
    if lp is None or not mark:
        return None
    return side.sign * (mark - lp) / mark * 100.0


def _hedge_partner(book: AccountBook, pb: PositionBook) -> PositionBook | None:
    p = pb.position
    if p.venue != "binanceusdm" or p.inverse:
        return None
    return next((o for o in book.cross if o is not pb and o.position.symbol == p.symbol
                 and o.position.side is not p.side and o.inputs is not None), None)


def _cross_liquidation(book: AccountBook, pb: PositionBook) -> Liquidation:
    """Venue formula with the other positions held at their marks: ``M = WB − TMM1 + UPNL1``."""
    partner = _hedge_partner(book, pb)
    skip = frozenset({pb.index} | ({partner.index} if partner else set()))
    eq, mm, _ = account_arrays(book, {}, 1, skip=skip)
    margin_usd = float(eq[0] - mm[0])
    if partner is not None:
        legs = {pb.position.side: pb.inputs, partner.position.side: partner.inputs}
        lo, sh = legs[Side.LONG], legs[Side.SHORT]
        return binance.usdm_hedge_cross(lo.size, lo.entry_price, sh.size, sh.entry_price, margin_usd, pb.inputs.tiers)
    settle_px = book.prices.get(pb.settle, pb.position.mark_price) if pb.inputs.inverse else 1.0
    return pb.rule(pb.inputs.with_margin(margin_usd / settle_px))


def _joint_min_move(book: AccountBook, base: str, direction: int) -> float | None:
    """Smallest move (%) of ``base`` (positions and collateral in it) liquidating the cross account; the answer
    depends only on (account, base, direction), so it is cached on the book."""
    cache = book.__dict__.setdefault("_min_moves", {})
    if (base, direction) not in cache:
        def dead(signed: np.ndarray) -> np.ndarray:
            e, m, _ = account_arrays(book, {base: signed}, signed.shape[0])
            return e <= m
        x = smallest_move(dead, direction)
        cache[(base, direction)] = None if x is None else x * 100.0
    return cache[(base, direction)]


def _position_risk(book: AccountBook, pb: PositionBook, vol: float | None) -> PositionRisk:
    p = pb.position
    reported = p.liquidation_price_reported
    if pb.inputs is None:
        d = distance_pct(p.side, p.mark_price, reported)
        return PositionRisk(p, None, None, reported, False, d, None, None,
                            None if d is None else d > GAP * 100, None, "unavailable", pb.note)
    note = pb.note
    try:
        result = _cross_liquidation(book, pb) if pb.inputs.cross else pb.rule(pb.inputs)
    except LiquidationInputError as exc:
        result = Liquidation(None, None, None, None, None, "unavailable", note=str(exc))
    if result.note:
        note = f"{note}; {result.note}" if note else result.note
    method = result.method
    if pb.tier_source == "reported MMR":
        method = method.replace("(approximate)", "(approximate, reported MMR)")
    lp = result.liquidation_price
    d = distance_pct(p.side, p.mark_price, lp)
    mark = np.array([p.mark_price])
    if pb.inputs.cross:
        eq, mm, _ = account_arrays(book, {}, 1)
        ratio = float(mm[0] / eq[0]) if eq[0] > 0 else None

        min_move = _joint_min_move(book, p.base, -p.side.sign)
    else:
        balance = pb.inputs.margin + float(pnl(pb.inputs, mark)[0])
        maint = float(maintenance_margin(p.venue, pb.inputs, mark)[0])
        ratio = maint / balance if balance > 0 else None
        min_move = None if d is None else max(d, 0.0)
    if ratio is None:
        note = f"{note}; no margin balance left" if note else "no margin balance left"
    survives = True if min_move is None else min_move > GAP * 100
    vols = None
    if lp is not None and vol:
        vols = p.side.sign * math.log(p.mark_price / lp) / vol
    disagrees = bool(lp and reported and abs(lp / reported - 1) > DISAGREE_REL)
    return PositionRisk(p, lp, result.bankruptcy_price, reported, disagrees, d, vols, ratio, survives, min_move,
                        method, note)


def assess_positions(snapshot: PortfolioSnapshot) -> tuple[PositionRisk, ...]:
    """Every position of the snapshot (same order) with its risk figures."""
    out: list[PositionRisk | None] = [None] * len(snapshot.positions)
    for book in compile_snapshot(snapshot):
        for pb in book.cross + book.isolated:
            market = snapshot.market(pb.position.venue, pb.position.symbol)
            vol = daily_volatility(market.daily_closes) if market is not None else None
            out[pb.index] = _position_risk(book, pb, vol)
    return tuple(r for r in out if r is not None)
