"""The user's positions and accounts at the cascade's prices (the bundled demo through core.risk)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest

from core.cascade.engine import compile_market, run_cascade
from core.cascade.portfolio import evaluate_portfolio, smallest_liquidating_shock
from core.cascade.scenarios import CollateralHaircut
from core.cascade.snapshot import market_model_from_snapshot
from desktop.__main__ import main

NOW = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)
GRID = np.round(np.arange(-0.5, 0.5 + 1e-9, 0.0025), 6)


@pytest.fixture(scope="module")
def demo():
    pytest.importorskip("core.risk")
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(NOW)


@pytest.fixture(scope="module")
def thin_market(demo):
    """The demo market with 1 % of the calibrated depth, so that the cascade matters near the positions."""
    return compile_market(market_model_from_snapshot(demo).with_overrides(depth_factor=0.01))


def test_smallest_liquidating_shock_takes_the_grid_point_nearest_zero():
    shocks = np.array([-0.2, -0.1, 0.0, 0.1, 0.2])
    assert smallest_liquidating_shock(shocks, np.array([1, 1, 0, 0, 1], bool)) == -0.1
    assert smallest_liquidating_shock(shocks, np.zeros(5, bool)) is None


def test_every_position_and_account_is_evaluated_with_and_without_the_cascade(demo, thin_market):
    res = run_cascade(thin_market, GRID)
    out = evaluate_portfolio(demo, res)
    assert len(out.positions) == len(demo.positions) and len(out.accounts) == len(demo.accounts)
    at_zero = int(np.flatnonzero(GRID == 0.0)[0])
    for po in out.positions:
        assert po.liquidated_with_cascade.shape == GRID.shape
        # at a zero shock nothing moves, with or without the cascade
        assert po.liquidated_with_cascade[at_zero] == po.liquidated_without_cascade[at_zero]
        w, o = po.liquidating_shock_with_cascade, po.liquidating_shock_without_cascade
        if o is not None and w is not None:
            assert abs(w) <= abs(o) + 1e-12  # the cascade never makes a position safer in its direction
    assert any(po.liquidating_shock_with_cascade is not None for po in out.positions)


def test_the_cascade_brings_the_liquidation_of_a_long_closer(demo, thin_market):
    res = run_cascade(thin_market, GRID)
    out = evaluate_portfolio(demo, res)
    longs = [po for po in out.positions if po.position.side.value == "long"
             and po.liquidating_shock_without_cascade is not None and po.liquidating_shock_without_cascade < 0]
    assert longs
    assert any(po.liquidating_shock_with_cascade > po.liquidating_shock_without_cascade for po in longs)


def _equity(outcome, account_id, cascade):
    acc = next(a for a in outcome.accounts if a.account_id == account_id)
    return acc.equity_with_cascade_usd if cascade else acc.equity_without_cascade_usd


def test_collateral_haircut_costs_haircut_times_collateral_value(demo):
    """OKX holds 0.9 BTC as idle collateral and no BTC position, so a BTC haircut h must lower that account's equity
    by exactly h × 0.9 × the BTC price of each shock (closed form), with and without the cascade. The calibrated
    market (full depth) does not run away at ±3 %, so the BTC price, and the expected change, stay far from 0."""
    res = run_cascade(compile_market(market_model_from_snapshot(demo)), [-0.03, 0.0, 0.03])
    h = 0.35
    plain = evaluate_portfolio(demo, res)
    cut = evaluate_portfolio(demo, res, [CollateralHaircut("BTC", h)])
    btc = sum(b.total for b in demo.balances if b.account_id == "okx-main" and b.asset == "BTC")
    assert btc == pytest.approx(0.9) and not any(p.base == "BTC" for p in demo.positions_of("okx-main"))
    for cascade in (True, False):
        price = demo.prices_usd["BTC"] * (1.0 + res.moves(cascade=cascade)["BTC"])
        assert np.all(np.abs(price / demo.prices_usd["BTC"] - 1) < 0.05)  # no runaway: the BTC price is ~67 k
        expected = -h * btc * price  # about -21 k USD
        change = _equity(cut, "okx-main", cascade) - _equity(plain, "okx-main", cascade)
        assert change == pytest.approx(expected, rel=1e-9)
        assert np.all(change < -19_000)


def test_stablecoin_collateral_haircut_is_applied(demo):
    """A 35 % USDe haircut on 10,000 USDe of collateral costs 3,500 USD at every shock (closed form)."""
    from dataclasses import replace

    from core.model import Balance

    snap = replace(demo, balances=demo.balances + (Balance("okx-main", "USDE", 10_000.0),))
    res = run_cascade(compile_market(market_model_from_snapshot(snap)), [-0.02, 0.0, 0.02])
    plain = evaluate_portfolio(snap, res)
    cut = evaluate_portfolio(snap, res, [CollateralHaircut("USDE", 0.35)])
    change = _equity(cut, "okx-main", False) - _equity(plain, "okx-main", False)
    assert change == pytest.approx(np.full(3, -3_500.0), rel=1e-9)


def test_shock_demo_prints_positions_accounts_and_market(capsys):
    code = main(["shock", "BTC=-15%", "--demo", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["demo"] is True
    assert data["positions"] and data["accounts"] and data["market"]
    p = data["positions"][0]
    assert {"liquidated_with_cascade", "liquidating_shock_with_cascade", "adl_at_risk"} <= set(p)
    code = main(["shock", "BTC=-15%", "--demo"])
    out = capsys.readouterr().out
    assert code == 0 and "DEMO DATA" in out and "dies at (cascade)" in out


def test_market_export_of_the_demo_loads_back(capsys, tmp_path):
    target = tmp_path / "demo-market.json"
    assert main(["market", "export", "--demo", "-o", str(target)]) == 0
    assert main(["shock", "BTC=-10%", "--market", str(target), "--depth-factor", "0.5", "--json"]) == 0
    from datetime import datetime

    from core.cascade.snapshot import market_model_from_snapshot
    from core.demo import load_demo_snapshot

    base = market_model_from_snapshot(load_demo_snapshot(datetime.now(UTC))).impact.depth_factor
    model = json.loads(capsys.readouterr().out)["model"]
    # "depth_factor" is the multiplier asked for, "book_depth_k" what the books are multiplied by (shock.py)
    assert model["depth_factor"] == pytest.approx(0.5)
    assert model["book_depth_k"] == pytest.approx(base * 0.5)
