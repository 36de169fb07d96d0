"""The cascade engine against the reference checks (reference/cascade.md §9) and the scalar oracle."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cascade.depth import DepthSide, ImpactParams, fit_power_law, power_law_side, sweep_distance
from core.cascade.engine import compile_market, run_cascade
from core.cascade.ladder import Ladder
from core.cascade.market import MarketModel, SymbolModel
from core.cascade.reference import reference_cascade


def flat_side(usd_per_unit_move: float, max_distance: float = 0.95) -> DepthSide:
    """A linear book: D(x) = usd_per_unit_move · x."""
    return power_law_side(usd_per_unit_move * 0.01, 1.0, max_distance)


def one_symbol(ladder: Ladder, bid: DepthSide, ask: DepthSide, mode: str = "bookwalk", fund: float = 0.0,
               beta: float = 1.0) -> tuple[MarketModel, list[Ladder]]:
    sym = SymbolModel("BTC", 100_000.0, bid, ask, beta=beta, insurance_fund_usd=fund)
    return MarketModel((sym,), impact=ImpactParams(mode=mode), tolerance=1e-12, max_iterations=100_000), [ladder]


def uniform_longs(density: float, depth_of_ladder: float = 0.9, n: int = 20_000) -> Ladder:
    """Long buckets evenly spread below the mark: ``density`` USD per unit of fractional move."""
    levels = -(np.arange(n) + 0.5) / n * depth_of_ladder
    notional = np.full(n, density * depth_of_ladder / n)
    z = np.zeros(0)
    return Ladder(levels, levels - 0.01, notional, z, z, z)


# --- TV-CAS-1: linear impact, uniform ladder, additive composition ----------------------------------------

@pytest.mark.parametrize("s0, ratio", [(-0.02, 0.5), (-0.05, 0.2), (-0.01, 0.8)])
def test_linear_impact_matches_the_closed_form(s0, ratio):
    depth = 1e9
    model, ladders = one_symbol(uniform_longs(ratio * depth), flat_side(depth), flat_side(depth), "linear")
    res = run_cascade(compile_market(model, ladders), [s0])
    expected = s0 / (1 - ratio)  # Δ* = s0 / (1 − ρ/D); e.g. 2 % and ρ/D = 0.5 -> 4 %
    bucket = 0.9 / 20_000  # the ladder is discrete: within one bucket's worth of feedback
    assert res.final_move[0, 0] == pytest.approx(expected, abs=bucket * ratio / (1 - ratio))
    assert not res.runaway[0, 0] and res.converged[0, 0]


def test_linear_impact_runs_away_when_the_ladder_outweighs_the_book():
    depth = 1e9
    model, ladders = one_symbol(uniform_longs(1.5 * depth), flat_side(depth), flat_side(depth), "linear")
    res = run_cascade(compile_market(model, ladders), [-0.02])
    assert res.runaway[0, 0]
    assert res.final_move[0, 0] <= -0.9


# --- TV-CAS-2: no ladder, no amplification; empty book side, runaway ----------------------------------------

def test_an_empty_ladder_gives_exactly_the_exogenous_move():
    shocks = np.linspace(-0.5, 0.5, 401)
    for mode in ("bookwalk", "linear", "sqrt"):
        model, ladders = one_symbol(Ladder.empty(), power_law_side(2e7, 0.67), power_law_side(2e7, 0.67), mode)
        res = run_cascade(compile_market(model, ladders), shocks)
        assert np.array_equal(res.final_price[0], 100_000.0 * (1 + shocks))
        assert not res.runaway.any()
        assert np.all(res.liquidated_long_usd == 0) and np.all(res.adl_notional_usd == 0)


def test_an_empty_bid_side_is_a_runaway_as_soon_as_longs_are_liquidated():
    empty = DepthSide(tuple((x, 0.0) for x, _ in power_law_side(1.0, 1.0).bands))
    model, ladders = one_symbol(uniform_longs(1e8, n=100), empty, power_law_side(2e7, 0.67))
    res = run_cascade(compile_market(model, ladders), [-0.001, -0.005, -0.05])
    assert res.runaway[0].tolist() == [False, True, True]  # the first bucket sits at -0.45 %


# --- TV-CAS-3: monotone in the shock; TV-CAS-4: mirror symmetry -------------------------------------------

def realistic(mode: str = "bookwalk") -> MarketModel:
    syms = (SymbolModel("BTC", 100_000.0, power_law_side(2e8, 0.67), power_law_side(2e8, 0.67, 2.0),
                        open_interest_usd=3e10, long_share=0.6),
            SymbolModel("SOL", 200.0, power_law_side(2e7, 0.8), power_law_side(2e7, 0.8, 2.0), beta=1.6,
                        open_interest_usd=3e9, long_share=0.7, max_leverage=50))
    return MarketModel(syms, impact=ImpactParams(mode=mode, depth_factor=5.0))


@pytest.mark.parametrize("mode", ["bookwalk", "linear", "sqrt"])
def test_deeper_negative_shocks_never_give_higher_prices_or_fewer_liquidations(mode):
    res = run_cascade(compile_market(realistic(mode)), np.linspace(-0.5, 0.0, 201)[::-1])
    assert np.all(np.diff(res.final_price, axis=1) <= 1e-9 * res.mark_price[:, None])
    assert np.all(np.diff(res.liquidated_long_usd, axis=1) >= -1e-6)
    amp = res.amplification[:, 1:]
    assert np.all(amp[~np.isnan(amp)] >= 1.0 - 1e-12)


def test_mirrored_market_gives_mirrored_results():
    syms = (SymbolModel("BTC", 100_000.0, power_law_side(2e8, 0.67), power_law_side(3e8, 0.8),
                        open_interest_usd=3e10, long_share=0.6, insurance_fund_usd=2e8),
            SymbolModel("SOL", 200.0, power_law_side(2e7, 0.8), power_law_side(1e7, 0.6), beta=1.6,
                        open_interest_usd=3e9, long_share=0.7, max_leverage=50, insurance_fund_usd=1e7))
    base = MarketModel(syms, impact=ImpactParams(depth_factor=100.0))
    cm = compile_market(base)
    mirrored = MarketModel(tuple(SymbolModel(s.symbol, s.mark_price, s.ask, s.bid, beta=s.beta,
                                             insurance_fund_usd=s.insurance_fund_usd) for s in syms),
                           impact=base.impact)
    cm_m = compile_market(mirrored, [lad.mirrored() for lad in cm.ladders])
    shocks = np.linspace(-0.3, 0.3, 61)
    a, b = run_cascade(cm, shocks), run_cascade(cm_m, -shocks)
    assert not (a.final_move <= -1).any()
    np.testing.assert_allclose(b.final_move, -a.final_move, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(b.liquidated_short_usd, a.liquidated_long_usd, rtol=1e-12)
    np.testing.assert_allclose(b.liquidated_long_usd, a.liquidated_short_usd, rtol=1e-12)
    # (bankrupt losses in USD are quantity x price gap, which is not symmetric in moves, so not compared)
    assert np.array_equal(a.runaway, b.runaway)


# --- §9.2 depth-module unit check --------------------------------------------------------------------------

def test_amberdata_points_give_the_documented_exponent_and_sweep():
    d1, a = fit_power_law([0.001, 0.01], [3.50e6, 16.53e6])
    assert a == pytest.approx(0.674, abs=1e-3)
    assert 0.0040 <= sweep_distance(10e6, d1, a) <= 0.0060


# --- the scalar oracle ---------------------------------------------------------------------------------

def _ladder(draw, n_max: int) -> Ladder:
    def side(sign):
        n = draw(st.integers(0, n_max))
        lv = np.array(draw(st.lists(st.floats(0.0005, 0.7), min_size=n, max_size=n)))
        gap = np.array(draw(st.lists(st.floats(0.0, 0.05), min_size=n, max_size=n)))
        notional = np.array(draw(st.lists(st.floats(1e3, 5e8), min_size=n, max_size=n)))
        return -sign * lv, -sign * (lv + gap), notional
    (ll, lb, ln), (sl, sb, sn) = side(1), side(-1)
    return Ladder(ll, lb, ln, sl, sb, sn)


@st.composite
def random_markets(draw):
    n_sym = draw(st.integers(1, 3))
    syms, ladders = [], []
    for i in range(n_sym):
        def depth(max_hi):
            return power_law_side(draw(st.floats(1e5, 1e9)), draw(st.floats(0.3, 2.5)),
                                  draw(st.floats(0.15, max_hi)))
        syms.append(SymbolModel(["BTC", "ETH", "SOL"][i], draw(st.floats(0.5, 1e5)), depth(0.95), depth(3.0),
                                beta=draw(st.floats(-0.5, 2.5)), insurance_fund_usd=draw(st.floats(0, 1e8)),
                                daily_vol=draw(st.floats(0.005, 0.1)),
                                daily_volume_usd=draw(st.one_of(st.none(), st.floats(1e7, 1e11)))))
        ladders.append(_ladder(draw, 30))
    model = MarketModel(tuple(syms), impact=ImpactParams(mode=draw(st.sampled_from(["bookwalk", "linear", "sqrt"])),
                                                         depth_factor=draw(st.floats(0.1, 50.0)),
                                                         sqrt_prefactor=draw(st.floats(0.3, 2.0))))
    shocks = draw(st.lists(st.floats(-0.6, 0.6), min_size=1, max_size=12))
    explicit = {}
    if n_sym > 1 and draw(st.booleans()):
        explicit[syms[-1].symbol] = draw(st.floats(-0.8, 0.5))
    return model, ladders, shocks, explicit, draw(st.booleans())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_markets())
def test_vectorised_engine_equals_the_scalar_reference(case):
    model, ladders, shocks, explicit, follow = case
    res = run_cascade(compile_market(model, ladders), shocks, explicit, follow_driver=follow)
    ref = reference_cascade(model, shocks, ladders, explicit, follow_driver=follow)
    for k, per_symbol in enumerate(ref):
        for i, name in enumerate(res.symbols):
            r = per_symbol[name]
            scale = float(ladders[i].long_notional_usd.sum() + ladders[i].short_notional_usd.sum()) + 1.0
            m = res.final_move[i, k]
            assert abs(m - r["move"]) <= 1e-9 * max(1.0, abs(1 + r["move"])), (name, k)
            assert res.iterations[i, k] == r["iterations"]
            assert bool(res.runaway[i, k]) == r["runaway"] and bool(res.converged[i, k]) == r["converged"]
            for key in ("liquidated_long_usd", "liquidated_short_usd", "bankrupt_loss_usd",
                        "insurance_fund_used_usd", "bad_debt_usd", "adl_notional_usd"):
                got = getattr(res, key)[i, k]
                assert abs(got - r[key]) <= 1e-9 * max(scale, abs(r[key])), (key, got, r[key])


# --- insurance fund and ADL ---------------------------------------------------------------------------

def _bankrupt_ladder() -> Ladder:
    levels = np.array([-0.02, -0.04, -0.06])
    z = np.zeros(0)
    return Ladder(levels, levels - 0.005, np.array([1e9, 1e9, 1e9]), z, z, z)


def test_a_large_fund_absorbs_the_losses_and_no_one_is_deleveraged():
    model, ladders = one_symbol(_bankrupt_ladder(), power_law_side(5e8, 0.7), power_law_side(5e8, 0.7), fund=1e12)
    res = run_cascade(compile_market(model, ladders), [-0.05])
    assert res.bankrupt_loss_usd[0, 0] > 0
    assert res.insurance_fund_used_usd[0, 0] == pytest.approx(res.bankrupt_loss_usd[0, 0])
    assert res.adl_notional_usd[0, 0] == 0.0


def test_an_empty_fund_sends_the_whole_bankrupt_notional_to_adl():
    model, ladders = one_symbol(_bankrupt_ladder(), power_law_side(5e8, 0.7), power_law_side(5e8, 0.7), fund=0.0)
    res = run_cascade(compile_market(model, ladders), [-0.05])
    bankrupt = sum(n for lv, b, n in zip(*(getattr(ladders[0], f) for f in
                   ("long_level", "long_bankrupt", "long_notional_usd"))) if b > res.final_move[0, 0])
    assert res.adl_notional_usd[0, 0] == pytest.approx(bankrupt)
    assert res.bad_debt_usd[0, 0] == pytest.approx(res.bankrupt_loss_usd[0, 0])


def test_the_iteration_cap_is_reported_as_not_converged():
    model, ladders = one_symbol(uniform_longs(0.9e9), flat_side(1e9), flat_side(1e9), "linear")
    capped = MarketModel(model.symbols, impact=model.impact, tolerance=1e-15, max_iterations=3)
    res = run_cascade(compile_market(capped, ladders), [-0.02])
    assert res.iterations[0, 0] == 3 and not res.converged[0, 0]


def test_alts_follow_the_cascaded_driver_unless_told_otherwise():
    cm = compile_market(realistic())
    chained, plain = run_cascade(cm, [-0.1]), run_cascade(cm, [-0.1], follow_driver=False)
    assert chained.final_move[1, 0] < plain.final_move[1, 0]
    assert chained.exogenous_move[1, 0] == pytest.approx(-0.16)
