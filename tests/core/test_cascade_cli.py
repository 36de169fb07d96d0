"""``undertow shock`` and ``undertow market`` in the terminal (no Qt), on a market model file."""

from __future__ import annotations

import json

import pytest

from core.cascade import market as mm
from core.cascade.snapshot import market_model_from_snapshot
from desktop.__main__ import main
from tests.core.test_cascade_market import sample_snapshot


@pytest.fixture
def market_file(tmp_path):
    path = tmp_path / "market.json"
    mm.save(market_model_from_snapshot(sample_snapshot()), path)
    return str(path)


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_shock_prints_the_market_wide_cascade(capsys, market_file):
    code, out, err = run_cli(capsys, "shock", "BTC=-15%", "--market", market_file)
    assert code == 0, err
    assert "BTC" in out and "ETH" in out and "-15.00 %" in out and "liquidated: longs" in out


def test_shock_json_has_the_figures_per_symbol(capsys, market_file):
    code, out, _ = run_cli(capsys, "shock", "BTC=-10", "ETH=-20%", "--market", market_file, "--json")
    data = json.loads(out)
    assert code == 0 and data["cascade"] is True
    btc, eth = (next(r for r in data["market"] if r["symbol"] == s) for s in ("BTC", "ETH"))
    assert btc["exogenous_move"] == pytest.approx(-0.10) and eth["exogenous_move"] == pytest.approx(-0.20)
    assert btc["final_move"] <= -0.10 and btc["amplification"] >= 1.0
    assert {"liquidated_long_usd", "adl_notional_usd", "runaway", "iterations"} <= set(btc)


def test_no_cascade_gives_the_exogenous_moves(capsys, market_file):
    _, out, _ = run_cli(capsys, "shock", "BTC=-15%", "--no-cascade", "--market", market_file, "--json")
    data = json.loads(out)
    btc = next(r for r in data["market"] if r["symbol"] == "BTC")
    assert btc["final_move"] == pytest.approx(-0.15) and data["totals"] is None


def test_grid_prints_curves(capsys, market_file):
    code, out, _ = run_cli(capsys, "shock", "--grid", "-50:0:0.5", "--market", market_file, "--json")
    data = json.loads(out)
    assert code == 0 and len(data["shocks"]) == 101
    assert data["shocks"][0] == pytest.approx(-0.5) and data["shocks"][-1] == 0.0
    assert len(data["symbols"]["BTC"]["final_move"]) == 101
    code, out, _ = run_cli(capsys, "shock", "--grid=-20:20:1", "--market", market_file)
    assert code == 0 and "BTC shock" in out


def test_scenarios_run_and_are_listed(capsys, market_file):
    code, out, _ = run_cli(capsys, "shock", "--scenario", "2025-10-10-crash", "--market", market_file, "--json")
    data = json.loads(out)
    assert code == 0 and data["scenario"]["id"] == "2025-10-10-crash"
    assert data["shocks"]["ETH"] == pytest.approx(-0.20)
    code, out, _ = run_cli(capsys, "shock", "--list-scenarios")
    assert code == 0 and "gap-10" in out and "short-squeeze" in out


def test_a_saved_scenario_can_be_run(capsys, market_file):
    code, _, err = run_cli(capsys, "shock", "BTC=-12%", "--save-scenario", "mine", "--market", market_file)
    assert code == 0 and "saved scenario mine" in err
    code, out, _ = run_cli(capsys, "shock", "--scenario", "mine", "--market", market_file, "--json")
    assert code == 0 and json.loads(out)["shocks"]["BTC"] == pytest.approx(-0.12)


@pytest.mark.parametrize("argv, message", [
    (["BTC=abc"], "malformed shock 'BTC=abc'"),
    (["BTC"], "malformed shock"),
    (["XRP=-5%"], "unknown symbol 'XRP'"),
    (["BTC=-120%"], "below zero"),
    (["--grid", "a:b:c"], "malformed grid"),
    (["--grid", "0:-10:1"], "LO <= HI"),
    (["--scenario", "nope"], "unknown scenario"),
    ([], "give a shock"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, market_file, argv, message):
    code, out, err = run_cli(capsys, "shock", *argv, "--market", market_file)
    assert code == 2 and message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_a_broken_market_file_is_a_clear_error(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "undertow-market-model", "version": 1, "symbols": {"BTC": {"mark_price": 1}}}')
    code, _, err = run_cli(capsys, "shock", "BTC=-5%", "--market", str(bad))
    assert code == 2 and "symbols.BTC.bid is missing" in err


def test_shock_without_any_snapshot_says_what_to_do(capsys):
    code, _, err = run_cli(capsys, "shock", "BTC=-5%")
    assert code == 2 and "undertow check" in err


def test_market_show_and_export(capsys, market_file, tmp_path):
    code, out, _ = run_cli(capsys, "market", "show", "--market", market_file, "--json")
    data = json.loads(out)
    assert code == 0 and [s["symbol"] for s in data["symbols"]] == ["BTC", "ETH"]
    code, out, _ = run_cli(capsys, "market", "show", "--market", market_file, "--depth-factor", "0.5")
    assert code == 0 and "book depth k" in out  # the absolute k (shock names the multiplier "depth factor")


def test_shock_json_carries_the_uncertainty_band_and_the_tipping_sensitivity(capsys, market_file):
    code, out, _ = run_cli(capsys, "shock", "BTC=-15%", "--market", market_file, "--json")
    btc = next(r for r in json.loads(out)["market"] if r["symbol"] == "BTC")
    assert code == 0
    assert btc["band"]["final_move_low"] <= btc["final_move"] <= btc["band"]["final_move_high"]
    assert btc["sensitivity_per_1pct"] >= 1.0 - 1e-9 and isinstance(btc["near_tipping_point"], bool)
    code, out, _ = run_cli(capsys, "shock", "--grid", "-20:0:5", "--market", market_file, "--json")
    curve = json.loads(out)["symbols"]["BTC"]
    assert len(curve["band"]["final_move_low"]) == len(curve["final_move"]) == 5
    assert all(lo <= f <= hi for lo, f, hi in zip(curve["band"]["final_move_low"], curve["final_move"],
                                                  curve["band"]["final_move_high"]))
    code, out, _ = run_cli(capsys, "shock", "BTC=-15%", "--market", market_file)
    assert code == 0 and "range" in out and "leave-one-out" in out
