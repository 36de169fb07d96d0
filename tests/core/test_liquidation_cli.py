"""``undertow calc`` through the real dispatcher, all seven venues and the error cases."""

from __future__ import annotations

import json

import pytest

from desktop import __main__ as cli
from desktop.commands import calc
from tests.core.test_liquidation import ccxt_binance_tiers


def run(capsys, *argv):
    code = cli.main(["calc", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("argv,expected_lp", [
    (["--venue", "binance", "--side", "short", "--entry", "10", "--size", "1", "--leverage", "5", "--mmr", "0.01",
      "--maint-amount", "0.01"], 11.89108910891089),
    (["--venue", "binance-coinm", "--side", "short", "--entry", "68911.00000037", "--size", "3", "--contract-size",
      "100", "--mode", "cross", "--wallet", "0.00023156", "--mmr", "0.004"], 72491.16879818),
    (["--venue", "bybit", "--side", "long", "--entry", "20000", "--size", "1", "--leverage", "50", "--mmr", "0.005"],
     19700.0),
    (["--venue", "bybit-inverse", "--side", "long", "--entry", "8000", "--size", "100", "--contract-size", "1",
      "--leverage", "10", "--mmr", "0.005"], 8000 * 10 / (11 - 0.05)),
    # freqtrade test_execute_entry's OKX long (tests/core/test_liquidation_vectors.py), as 100 contracts of 0.01
    (["--venue", "okx", "--side", "long", "--entry", "10", "--size", "100", "--contract-size", "0.01", "--margin",
      "2", "--mmr", "0.01", "--taker-fee", "0.0006"], 8.085708510208207),
    (["--venue", "okx-inverse", "--side", "long", "--entry", "92300", "--size", "1", "--contract-size", "100",
      "--margin", "0.0003611412062116", "--mmr", "0.004"], 69536.6125000014),
    # ccxt-reported Hyperliquid ETH long (row hl-14 of tests/core/test_liquidation_vectors.py)
    (["--venue", "hyperliquid", "--side", "long", "--entry", "2545.5", "--size", "0.0329", "--margin", "20.909894",
      "--max-leverage", "50"], 1929.23322895),
])
def test_every_venue_json(capsys, argv, expected_lp):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"liquidation_price", "bankruptcy_price", "mmr", "maint_amount"} <= set(data)
    assert data["liquidation_price"] == pytest.approx(expected_lp, rel=1e-4)
    if "okx" in argv[1] or argv[1] == "hyperliquid":
        assert data["maint_amount"] is None


def test_table_output(capsys):
    code, out, _ = run(capsys, "--venue", "bybit", "--side", "long", "--entry", "20000", "--size", "1",
                       "--leverage", "50", "--mmr", "0.005")
    assert code == 0 and "liquidation price" in out and "19,700" in out and "bybit isolated" in out


@pytest.mark.parametrize("argv,message", [
    (["--venue", "binance", "--side", "long", "--entry", "10", "--size", "-1", "--leverage", "5", "--mmr", "0.01"],
     "size must be positive"),
    (["--venue", "binance", "--side", "long", "--entry", "10", "--size", "1", "--leverage", "150", "--mmr", "0.01",
      "--max-leverage", "125"], "above"),
    (["--venue", "binance", "--side", "long", "--entry", "100", "--size", "1", "--margin", "0.5", "--mmr", "0.01"],
     "below maintenance"),
    (["--venue", "binance", "--symbol", "DOGEUSDT", "--side", "long", "--entry", "10", "--size", "1", "--leverage",
      "5", "--offline"], "--mmr"),
    (["--venue", "okx-inverse", "--side", "long", "--entry", "10", "--size", "1", "--leverage", "5", "--mmr", "0.01"],
     "contract-size"),
    (["--venue", "binance", "--side", "long", "--entry", "10", "--size", "1", "--mode", "cross", "--mmr", "0.01"],
     "--wallet"),
])
def test_errors_are_one_line_and_nonzero(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code != 0 and message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_symbol_uses_bundled_tier_table(capsys, monkeypatch, tmp_path):
    (tmp_path / "binanceusdm.json").write_text(json.dumps({"leverage_tiers": {"BTC/USDT:USDT": ccxt_binance_tiers()}}))
    monkeypatch.setattr(calc, "markets_dir", lambda: tmp_path)
    # 34 BTC at 30,000 opens in tier 4 but liquidates in tier 3
    code, out, err = run(capsys, "--venue", "binance", "--side", "long", "--entry", "30000", "--size", "34",
                         "--leverage", "20", "--symbol", "BTC/USDT:USDT", "--json", "--offline")
    assert code == 0, err
    assert json.loads(out)["mmr"] == 0.01 and json.loads(out)["maint_amount"] == 1300
    code, _, err = run(capsys, "--venue", "binance", "--side", "long", "--entry", "30000", "--size", "34",
                       "--leverage", "75", "--symbol", "BTC/USDT:USDT", "--offline")
    assert code == 2 and "above the maximum 20x" in err
    code, _, err = run(capsys, "--venue", "binance", "--side", "long", "--entry", "1", "--size", "1",
                       "--leverage", "2", "--symbol", "DOGE/USDT:USDT", "--offline")
    assert code == 2 and "DOGE/USDT:USDT is not among the Binance USD-M contracts saved here" in err
    broken = ccxt_binance_tiers()
    broken[2]["info"]["cum"] = "999"
    (tmp_path / "binanceusdm.json").write_text(json.dumps({"leverage_tiers": {"BTC/USDT:USDT": broken}}))
    code, _, err = run(capsys, "--venue", "binance", "--side", "long", "--entry", "1", "--size", "1",
                       "--leverage", "2", "--symbol", "BTC/USDT:USDT", "--offline")
    assert code == 2 and "cum recursion" in err
