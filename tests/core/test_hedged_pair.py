"""Binance USDⓈ-M cross hedge mode: both legs of a symbol share one liquidation equation, which can have two roots.

The equation (reference/liquidation.md §2.1/§2.3, Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures
Contracts" with ``Position1BOTH = 0``): the pair liquidates where

    WB − TMM1 + UPNL1 + QL·(P − EPL) + QS·(EPS − P)  =  MM(QL·P) + MM(QS·P),   MM(n) = n·MMR − cum

with each leg's bracket taken at its own notional at ``P``. Both maintenance terms grow with the price, so a nearly
balanced pair is liquidated by a fall (the net long loses) *and* by a rise (the maintenance outgrows the net gain).
The venue liquidates at whichever the mark reaches first: the root nearer the mark.

Every expected number here comes from that equation evaluated from scratch in this file (brackets TV-BN-C1 typed in
below, the bracket lookup and a scan-and-bisect root finder written here), or from closed forms worked by hand in
the docstrings; the code under test is only called for its answer.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.liquidation import binance
from core.model import Account, Balance, LeverageTier, MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.risk import assess_positions

# TV-BN-C1 (reference/liquidation.md §10): freqtrade tests/conftest.py leverage_tiers["BTC/USDT:USDT"], an older
# Binance BTCUSDT bracket table. Floor, cap (USDT notional), maintenance margin rate, max leverage, cum (USDT).
BRACKETS = [
    (0, 50_000, 0.004, 125, 0), (50_000, 250_000, 0.005, 100, 50), (250_000, 1_000_000, 0.01, 50, 1_300),
    (1_000_000, 7_500_000, 0.025, 20, 16_300), (7_500_000, 40_000_000, 0.05, 10, 203_800),
    (40_000_000, 100_000_000, 0.10, 5, 2_203_800), (100_000_000, 200_000_000, 0.125, 4, 4_703_800),
    (200_000_000, 400_000_000, 0.15, 3, 9_703_800), (400_000_000, 600_000_000, 0.25, 2, 49_703_800),
    (600_000_000, 1_000_000_000, 0.50, 1, 199_703_800),
]
TIERS = tuple(LeverageTier(i + 1, float(lo), float(hi), mmr, float(lev), float(cum))
              for i, (lo, hi, mmr, lev, cum) in enumerate(BRACKETS))
_FLOORS = np.array([b[0] for b in BRACKETS], dtype=float)
_RATES = np.array([b[2] for b in BRACKETS])
_CUMS = np.array([b[4] for b in BRACKETS], dtype=float)


def maintenance(notional: np.ndarray) -> np.ndarray:
    """Binance MM = notional × MMR − cum, bracket [floor, cap) holding the notional (at a floor: the higher one;
    beyond the last cap the last bracket)."""
    i = np.searchsorted(_FLOORS, notional, side="right") - 1
    return notional * _RATES[i] - _CUMS[i]


def surplus(prices, ql, el, qs, es, wb):
    """Margin balance minus maintenance margin of the pair (USDT) at each price: > 0 solvent, 0 liquidation."""
    p = np.asarray(prices, dtype=float)
    balance = wb + ql * (p - el) + qs * (es - p)
    return balance - maintenance(ql * p) - maintenance(qs * p)


def first_root(direction, mark, *pair):
    """The first price the mark reaches, moving ``direction`` (+1 up, −1 down), where the surplus hits zero:
    a geometric scan (0.1 % steps, down to mark/10⁴ or up to mark·10⁴) for the sign change, then bisection."""
    steps = np.arange(1, 9_300)
    grid = mark * (1.001 ** (direction * steps))
    values = surplus(grid, *pair)
    below = np.nonzero(values <= 0)[0]
    if below.size == 0:
        return None
    k = below[0]
    good, bad = (mark if k == 0 else grid[k - 1]), grid[k]
    for _ in range(200):
        mid = 0.5 * (good + bad)
        if surplus(mid, *pair) > 0:
            good = mid
        else:
            bad = mid
    return 0.5 * (good + bad)


def assert_solvent_between(mark, root, *pair):
    """The account is solvent at every grid price strictly between the mark and the root (10,001-point grid)."""
    inner = np.linspace(mark, root, 10_001)[1:-1]
    assert (surplus(inner, *pair) > 0).all()


# --- a pair like the issue's: long 130 BTC @ 62,000, short 121 BTC @ 59,000, cross wallet 770,000 USDT ----------
PAIR = (130.0, 62_000.0, 121.0, 59_000.0, 770_000.0)  # QL, EPL, QS, EPS, WB (no other positions: TMM1 = UPNL1 = 0)
# Worked by hand from the equation. Lower root, both legs in bracket 4 (130 × 43.4 k = 5.6 M, 121 × 43.4 k = 5.3 M):
#   770,000 + 130(P − 62,000) − 121(P − 59,000) = 0.025 × 251 P − 2 × 16,300   →   P = 118,400 / 2.725
# Upper root, both legs in bracket 5 (130 × 72.3 k = 9.4 M, 121 × 72.3 k = 8.7 M):
#   770,000 + 130(P − 62,000) − 121(P − 59,000) = 0.05 × 251 P − 2 × 203,800     →   P = 256,600 / 3.55
LOWER_ROOT = 118_400 / 2.725  # 43,449.54
UPPER_ROOT = 256_600 / 3.55  # 72,281.69


def test_hand_worked_roots_are_roots_of_the_equation():
    """The two closed forms above are the scan's roots (checks the test's own solver against the hand algebra)."""
    assert first_root(-1, 60_000.0, *PAIR) == pytest.approx(LOWER_ROOT, rel=1e-9)
    assert first_root(+1, 60_000.0, *PAIR) == pytest.approx(UPPER_ROOT, rel=1e-9)
    np.testing.assert_allclose(surplus([LOWER_ROOT, UPPER_ROOT], *PAIR), 0.0, atol=1e-6)


@pytest.mark.parametrize("mark,nearer,farther", [
    (60_000.0, UPPER_ROOT, LOWER_ROOT),  # +20.47 % up vs −27.58 % down: the rise comes first
    (56_000.0, LOWER_ROOT, UPPER_ROOT),  # −22.41 % down vs +29.07 % up: the fall comes first
])
def test_pair_reports_the_root_nearer_the_mark(mark, nearer, farther):
    ql, el, qs, es, wb = PAIR
    r = binance.usdm_hedge_cross(ql, el, qs, es, wb, TIERS, mark=mark)
    assert abs(nearer - mark) < abs(farther - mark)
    assert r.liquidation_price == pytest.approx(nearer, rel=1e-9)
    assert f"{farther:.8g}" in r.note  # the other root is named, not lost
    assert_solvent_between(mark, r.liquidation_price, *PAIR)


def test_short_leg_distance_is_the_nearer_rise():
    """The issue's symptom, reproduced by this pair: the farther root (a fall to 43,449.54) would read −27.6 % for
    the short leg at mark 60,000, while a +20.5 % rise to 72,281.69 liquidates the pair first. Short adverse
    move = LP / mark − 1."""
    r = binance.usdm_hedge_cross(*PAIR, TIERS, mark=60_000.0)
    assert r.liquidation_price is not None
    assert (r.liquidation_price / 60_000.0 - 1) * 100 == pytest.approx((UPPER_ROOT / 60_000 - 1) * 100, abs=1e-9)
    assert (r.liquidation_price / 60_000.0 - 1) * 100 == pytest.approx(20.4695, abs=1e-4)


def test_bankruptcy_price_only_beyond_the_reported_root():
    """Balance = WB + QL(P − EPL) − QS(P − EPS) is zero once: P = (QL·EPL − QS·EPS − WB) / (QL − QS)
    = (8,060,000 − 7,139,000 − 770,000) / 9 = 16,777.78, a fall. Beyond the lower root that is the bankruptcy
    price; above the upper root the balance only grows (net long), so there is none."""
    bp = (130 * 62_000 - 121 * 59_000 - 770_000) / 9
    low = binance.usdm_hedge_cross(*PAIR, TIERS, mark=56_000.0)
    assert low.bankruptcy_price == pytest.approx(bp, rel=1e-12)
    ql, el, qs, es, wb = PAIR
    assert wb + ql * (bp - el) + qs * (es - bp) == pytest.approx(0.0, abs=1e-6)
    assert low.liquidation_price is not None and bp < low.liquidation_price
    high = binance.usdm_hedge_cross(*PAIR, TIERS, mark=60_000.0)
    assert high.bankruptcy_price is None


@settings(max_examples=300, deadline=None)
@given(st.floats(1.0, 300.0), st.floats(-0.05, 0.15), st.floats(10_000, 100_000), st.floats(-0.2, 0.2),
       st.floats(-0.1, 0.1), st.sampled_from([-1, 1]), st.floats(0.01, 0.5))
def test_reported_root_is_the_first_the_mark_reaches(ql, imbalance, mark, long_gap, entry_gap, anchor_side, anchor):
    """Random nearly balanced pairs (short = long × (1 − imbalance)), the wallet set so that the pair liquidates
    exactly at ``mark × (1 ± anchor)`` (one root placed below or above the mark; the other falls where it may).
    Among those solvent at the mark: the reported price is the nearer of the first roots below and above the mark
    found here from the equation, and the pair is solvent everywhere in between."""
    qs = ql * (1 - imbalance)
    el, es = mark * (1 + long_gap), mark * (1 + long_gap + entry_gap)
    at = mark * (1 + anchor_side * anchor)
    wb = float(-(ql * (at - el) + qs * (es - at)) + maintenance(np.array(ql * at)) + maintenance(np.array(qs * at)))
    pair = (ql, el, qs, es, wb)
    assume(surplus(mark, *pair) > 1e-6 * (ql + qs) * mark)
    down, up = first_root(-1, mark, *pair), first_root(+1, mark, *pair)
    roots = [x for x in (down, up) if x is not None]
    assert roots  # the anchored one at least
    nearer = min(roots, key=lambda x: abs(x - mark))
    assume(down is None or up is None or not math.isclose(abs(down - mark), abs(up - mark), rel_tol=1e-6))
    r = binance.usdm_hedge_cross(ql, el, qs, es, wb, TIERS, mark=mark)
    assert r.liquidation_price == pytest.approx(nearer, rel=1e-8)
    assert_solvent_between(mark, r.liquidation_price, *pair)


# --- through the account evaluation: both legs of a synced pair get the same, nearer price ---------------------
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _leg(side: Side, size: float, entry: float, mark: float) -> Position:
    return Position("h", "binanceusdm", "BTC/USDT:USDT", side, size, 1.0, entry, mark, MarginMode.CROSS,
                    unrealized_pnl=side.sign * size * (mark - entry), hedged=True)


def test_both_synced_legs_get_the_nearer_root():
    """At mark 56,000 the fall to 43,449.54 (−22.4 %) comes before the rise to 72,281.69 (+29.1 %). Binance's
    balance ``total`` is the margin balance (uPnL included), so the wallet given is WB + both legs' uPnL."""
    mark = 56_000.0
    ql, el, qs, es, wb = PAIR
    legs = (_leg(Side.LONG, ql, el, mark), _leg(Side.SHORT, qs, es, mark))
    market = MarketState("binanceusdm", "BTC/USDT:USDT", mark, tiers=TIERS)
    snap = PortfolioSnapshot(NOW, accounts=(Account("h", "binanceusdm", "h"),), positions=legs,
                             balances=(Balance("h", "USDT", wb + sum(p.unrealized_pnl for p in legs)),),
                             markets=(market,), prices_usd={"BTC": mark})
    long_risk, short_risk = assess_positions(snap)
    assert long_risk.liquidation_price == pytest.approx(LOWER_ROOT, rel=1e-9)
    assert short_risk.liquidation_price == pytest.approx(LOWER_ROOT, rel=1e-9)
    assert_solvent_between(mark, LOWER_ROOT, *PAIR)
