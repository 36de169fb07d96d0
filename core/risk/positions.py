"""Per-position risk: computed vs reported liquidation price, distances, gap survival, smallest killing move.

Where the venue liquidates the whole account in the account's mode (``AccountRatio.whole_account``: Binance
Multi-Assets and Portfolio Margin, Bybit UTA cross and PM, OKX multi-currency and PM), a cross position has no
liquidation of its own: its method says "whole account: liquidates at BTC −12.3 %", its ``min_adverse_move_pct``
is the size of the account's liquidating driver move, and a per-position price (ours, others held at their marks)
is shown only when the venue reports one to compare it with.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.contracts import adverse_move_pct
from core.liquidation import hedge_rule_for, maintenance_margin, pnl
from core.liquidation.base import Liquidation, LiquidationInputError
from core.messages import QT_TRANSLATE_NOOP, Number, joined, message
from core.model import MarginMode, PortfolioSnapshot, Position, Side
from core.risk.accounts import account_liquidating_move, format_move, smallest_move
from core.risk.book import AccountBook, PositionBook, account_arrays, account_state, compile_snapshot
from core.stats import daily_volatility
from core.venues import venue_spec

#: The method of a position whose liquidation cannot be computed (no maintenance rate, no margin).
UNAVAILABLE = message(QT_TRANSLATE_NOOP("Core", "unavailable"))
DISAGREE_REL = 0.005  # flag when computed and reported differ by more than 0.5 %
DEFAULT_GAP_RULE_PCT = 10.0  # the survival rule's default instant adverse gap, in % (Settings.gap_rule_pct)


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
    survives_gap: bool | None  # survives an instant adverse gap of ``gap_rule_pct`` % (None: unknown)
    min_adverse_move_pct: float | None  # smallest adverse move of the underlying that liquidates it
    method: str  # e.g. "binance-usdm cross (tier 4)", "generic (approximate)"
    note: str = ""
    gap_rule_pct: float = DEFAULT_GAP_RULE_PCT  # the gap (in %, e.g. 10.0) that ``survives_gap`` was judged at


def check_gap_rule_pct(gap_rule_pct: float) -> float:
    """The gap rule as a float in % (e.g. 20.0); raises ``ValueError`` outside (0, 100)."""
    value = float(gap_rule_pct)
    if not 0.0 < value < 100.0:
        raise ValueError(f"the gap rule must be between 0 and 100 % (got {gap_rule_pct!r})")
    return value


def distance_pct(side: Side, mark: float, lp: float | None) -> float | None:
    if lp is None or not mark:
        return None
    return adverse_move_pct(side.sign, mark, lp)


def _hedge_partner(book: AccountBook, pb: PositionBook) -> PositionBook | None:
    p = pb.position
    if p.inverse or hedge_rule_for(p.venue) is None:  # legs priced alone unless the venue prices the pair
        return None
    return next((o for o in book.cross if o is not pb and o.position.symbol == p.symbol
                 and o.position.side is not p.side and o.inputs is not None), None)


def _cross_liquidation(book: AccountBook, pb: PositionBook) -> Liquidation:
    """Venue formula with the other positions held at their marks: ``M = WB − TMM1 + UPNL1``, the wallet as the
    venue counts it in the account's mode (collateral value after haircuts, only the coins that count)."""
    inputs, rule = pb.inputs, pb.rule
    if inputs is None or rule is None:  # the caller asks only for positions with a maintenance rate
        raise LiquidationInputError("no maintenance rate known for this position")
    partner = _hedge_partner(book, pb)
    skip = frozenset({pb.index} | ({partner.index} if partner else set()))
    others = account_state(book, {}, 1, skip=skip)
    margin_usd = float(others.collateral[0] - others.maintenance[0])
    if partner is not None:
        legs = {pb.position.side: pb.inputs, partner.position.side: partner.inputs}
        lo, sh = legs[Side.LONG], legs[Side.SHORT]
        joint = hedge_rule_for(pb.position.venue)
        if lo is not None and sh is not None and joint is not None:  # always (see _hedge_partner)
            liquidation: Liquidation = joint(lo.size, lo.entry_price, sh.size, sh.entry_price, margin_usd,
                                             inputs.tiers, mark=pb.position.mark_price)
            return liquidation
    settle_px = book.prices.get(pb.settle, pb.position.mark_price) if inputs.inverse else 1.0
    return rule(inputs.with_margin(margin_usd / settle_px))


def _joint_min_move(book: AccountBook, base: str, direction: int) -> float | None:
    """Smallest move (%) of ``base`` (positions and collateral in it) liquidating the cross account; the answer
    depends only on (account, base, direction), so it is cached on the book."""
    cache: dict[tuple[str, int], float | None] = book.__dict__.setdefault("_min_moves", {})
    if (base, direction) not in cache:
        def dead(signed: np.ndarray) -> np.ndarray:
            return account_state(book, {base: signed}, signed.shape[0]).liquidated
        x = smallest_move(dead, direction)
        cache[(base, direction)] = None if x is None else x * 100.0
    return cache[(base, direction)]


def _whole_account_risk(book: AccountBook, pb: PositionBook, vol: float | None, gap_pct: float) -> PositionRisk:
    """A cross position of an account the venue liquidates as a whole: the account's move stands for it."""
    p = pb.position
    reported = p.liquidation_price_reported
    move = account_liquidating_move(book)
    driver = book.driver or p.base
    method = message(QT_TRANSLATE_NOOP("Core", "whole account: liquidates at {move}"),
                     move=format_move(driver, move)) if move is not None else \
        message(QT_TRANSLATE_NOOP("Core", "whole account: {move} liquidates it"), move=format_move(driver, None))
    notes: list[str] = [pb.note] if pb.note else []
    notes.append(message(QT_TRANSLATE_NOOP("Core", "{venue} liquidates the whole account when its {ratio} reaches "
                                                   "{level}"),
                         venue=venue_spec(book.venue).name, ratio=book.ratio.name,
                         level=Number(book.ratio.liquidates_at, None)))
    lp = bp = None
    if reported is not None and pb.inputs is not None and pb.rule is not None:
        try:  # ours beside the venue's, the other positions held at their marks
            result = _cross_liquidation(book, pb)
            lp, bp = result.liquidation_price, result.bankruptcy_price
        except LiquidationInputError as exc:
            notes.append(str(exc))
    d = distance_pct(p.side, p.mark_price, lp if lp is not None else reported)
    min_move = None if move is None else abs(move) * 100.0
    eq, mm, _ = account_arrays(book, {}, 1)
    ratio = float(mm[0] / eq[0]) if eq[0] > 0 else None
    vols = None
    if lp is not None and vol:
        vols = p.side.sign * math.log(p.mark_price / lp) / vol
    disagrees = bool(lp and reported and abs(lp / reported - 1) > DISAGREE_REL)
    survives = True if min_move is None else min_move > gap_pct
    return PositionRisk(p, lp, bp, reported, disagrees, d, vols, ratio, survives, min_move, method,
                        joined(notes), gap_pct)


def _position_risk(book: AccountBook, pb: PositionBook, vol: float | None, gap_pct: float) -> PositionRisk:
    p = pb.position
    reported = p.liquidation_price_reported
    if p.margin_mode is MarginMode.CROSS and book.ratio.whole_account:
        return _whole_account_risk(book, pb, vol, gap_pct)
    if pb.inputs is None or pb.rule is None:  # both or neither
        d = distance_pct(p.side, p.mark_price, reported)
        return PositionRisk(p, None, None, reported, False, d, None, None,
                            None if d is None else d > gap_pct, None, UNAVAILABLE, pb.note, gap_pct)
    note = pb.note
    try:
        result = _cross_liquidation(book, pb) if pb.inputs.cross else pb.rule(pb.inputs)
    except LiquidationInputError as exc:
        result = Liquidation(None, None, None, None, None, "unavailable", note=str(exc))
    if result.note:
        note = joined([note, result.note])
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
        note = joined([note, message(QT_TRANSLATE_NOOP("Core", "no margin balance left"))])
    survives = True if min_move is None else min_move > gap_pct
    vols = None
    if lp is not None and vol:
        vols = p.side.sign * math.log(p.mark_price / lp) / vol
    disagrees = bool(lp and reported and abs(lp / reported - 1) > DISAGREE_REL)
    return PositionRisk(p, lp, result.bankruptcy_price, reported, disagrees, d, vols, ratio, survives, min_move,
                        method, note, gap_pct)


def assess_positions(snapshot: PortfolioSnapshot,
                     gap_rule_pct: float = DEFAULT_GAP_RULE_PCT) -> tuple[PositionRisk, ...]:
    """Every position of the snapshot (same order) with its risk figures.

    ``gap_rule_pct``: the survival rule in % (20.0 = an instant 20 % adverse gap); ``survives_gap`` is True
    when the smallest adverse move that liquidates the position is larger than that.
    """
    gap_pct = check_gap_rule_pct(gap_rule_pct)
    out: list[PositionRisk | None] = [None] * len(snapshot.positions)
    for book in compile_snapshot(snapshot):
        for pb in book.cross + book.isolated:
            market = snapshot.market(pb.position.venue, pb.position.symbol)
            vol = daily_volatility(market.daily_closes) if market is not None else None
            out[pb.index] = _position_risk(book, pb, vol, gap_pct)
    return tuple(r for r in out if r is not None)
