"""The user's book in a what-if (core.cascade.book): accounts never below 0, "dies at" with the driver alone, the
band's ranges, and ``undertow shock`` printing the same figures the window shows."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest

from core.cascade.book import account_lines, dies_at, driver_sweep, equity_now_usd, grid_book, grid_uncertainty
from core.cascade.grid import compute_simulation
from core.cascade.portfolio import total_equity_usd
from core.cascade.scenarios import find_scenario
from core.cascade.whatif import whatif_on_snapshot

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(NOW)


def test_a_liquidated_account_counts_zero_never_negative_and_its_loss_is_its_equity_now(demo):
    from core.risk import assess_accounts

    sim = compute_simulation(demo)
    book = grid_book(demo, sim, None)
    k = sim.index_of(-0.10)
    raw = whatif_on_snapshot(demo, None, driver_shocks=sim.shocks, model=sim.model, model_overrides=False).outcome
    binance = next(a for a in raw.accounts if a.account_id == "binance-main")
    assert binance.equity_with_cascade_usd[k] < 0  # the engine's cross equity runs below zero here ...
    line = next(a for a in book.accounts if a.account_id == "binance-main")
    assert line.label == "Binance USD-M (cross)" and line.liquidated_with[k]
    assert line.equity_with_usd[k] == 0.0  # ... the account shows 0: the venue closed it
    for a in book.accounts:
        assert (a.equity_with_usd >= 0).all() and (a.equity_without_usd >= 0).all()
    # the loss is what the account holds now, as the risk engine values it (wallet + unrealised PnL)
    now = {r.account_id: r.equity_usd for r in assess_accounts(demo)}
    assert line.loss_usd(k) == pytest.approx(now["binance-main"])
    # the accounts add up to the equity curve the chart draws
    total = total_equity_usd(demo, sim.result, raw, cascade=True)
    assert np.allclose(sum(a.equity_with_usd for a in book.accounts), total)


def test_dies_at_is_the_driver_alone_even_under_a_preset_that_moves_the_alts_by_itself(demo):
    crash = find_scenario("2025-10-10-crash")
    sim = compute_simulation(demo, crash.depth_factor or 1.0, 1.0, crash)
    book = grid_book(demo, sim, crash)
    alts_dead_at_zero = [p for p in sim.positions if p.dies_with_cascade == 0.0]
    assert alts_dead_at_zero  # on the preset's own curve the alts die with BTC unmoved (alts -65 %) ...
    assert all(d.with_cascade != 0.0 for d in book.dies_at)  # ... but "dies at" is how far BTC may fall
    # independent check of each answer: liquidated at that shock, alive one grid step nearer to zero
    for j, d in enumerate(book.dies_at):
        if d.with_cascade is None:
            continue
        at = whatif_on_snapshot(demo, None, {"BTC": d.with_cascade}, model=book.model, model_overrides=False)
        nearer = whatif_on_snapshot(demo, None, {"BTC": d.with_cascade - np.sign(d.with_cascade) * 0.001},
                                    model=book.model, model_overrides=False)
        assert at.outcome.positions[j].liquidated_with_cascade[0]
        assert not nearer.outcome.positions[j].liquidated_with_cascade[0]


def test_the_band_brackets_the_answer_and_gives_each_dies_at_a_range(demo):
    sim = compute_simulation(demo)
    book = grid_book(demo, sim, None)
    unc, limits = grid_uncertainty(demo, sim, None, book)
    assert unc is not None
    final = sim.result.final_move
    assert (unc.band.low <= final + 1e-12).all() and (final <= unc.band.high + 1e-12).all()
    assert (unc.equity_low_usd <= unc.equity_high_usd).all()
    ranged = [d for d in limits if d.with_cascade is not None]
    assert ranged and all(d.with_cascade_range is not None for d in ranged)
    for d in ranged:
        near, far = d.with_cascade_range
        assert abs(near) <= abs(far)


def test_undertow_shock_prints_the_same_dies_at_depth_factor_and_accounts(demo, capsys):
    """The 2025-10-10 preset: the CLI's JSON carries the window's numbers (one function for both)."""
    from desktop.__main__ import main

    code = main(["shock", "--demo", "--scenario", "2025-10-10-crash", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    crash = find_scenario("2025-10-10-crash")
    sim = compute_simulation(demo, crash.depth_factor or 1.0, 1.0, crash)
    book = grid_book(demo, sim, crash)
    unc, limits = grid_uncertainty(demo, sim, crash, book)
    assert [(p["liquidating_shock_without_cascade"], p["liquidating_shock_with_cascade"]) for p in out["positions"]] \
        == [(d.without_cascade, d.with_cascade) for d in limits]
    assert [tuple(p["liquidating_shock_with_cascade_range"]) if p["liquidating_shock_with_cascade_range"] else None
            for p in out["positions"]] == [d.with_cascade_range for d in limits]
    assert out["model"]["depth_factor"] == pytest.approx(0.5)  # the window's control shows 0.50×
    for a in out["accounts"]:
        assert a["equity_with_cascade_usd"] >= 0 and a["account_label"]
    binance = next(a for a in out["accounts"] if a["account_id"] == "binance-main")
    assert binance["liquidated_with_cascade"] and binance["equity_with_cascade_usd"] == 0.0
    assert binance["loss_with_cascade_usd"] == pytest.approx(equity_now_usd(demo, sim.model)["binance-main"])


def test_the_terminal_names_accounts_and_never_prints_a_negative_equity(capsys):
    from desktop.__main__ import main

    main(["shock", "--demo", "--scenario", "2025-10-10-crash"])
    out = capsys.readouterr().out
    assert "depth factor 0.50x, book depth k = " in out  # the window's control says 0.50× too
    assert "Binance USD-M (cross)" in out and "binance-main" not in out
    accounts = out[out.index("equity (no cascade)"):out.index("dies at")]
    assert "-$" not in accounts and "$0.00 (lost $" in accounts


def test_account_lines_take_the_equity_now_from_outside_when_given(demo):
    sweep = driver_sweep(demo, compute_simulation(demo).model)
    lines = account_lines(demo, sweep.result, sweep.outcome, {"binance-main": 1.0})
    assert next(a for a in lines if a.account_id == "binance-main").equity_now_usd == 1.0
    assert dies_at(demo, sweep) and len(dies_at(demo, sweep)) == len(demo.positions)
