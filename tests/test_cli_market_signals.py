"""The fragility signals in the terminal (issue 19): ``undertow check --json`` carries a ``fragility`` block per held
symbol and one text line per held market; ``undertow market signals|etf-import|fetch``; the sources' settings."""

from __future__ import annotations

import json

import pytest

from desktop.__main__ import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_carries_the_fragility_block(capsys):
    code, out, err = run(capsys, "check", "--demo", "--json")
    assert code in (0, 1), err
    payload = json.loads(out)
    held = {p["symbol"] for p in payload["positions"]}
    assert set(payload["fragility"]) == held
    for symbol, block in payload["fragility"].items():
        assert block["symbol"] == symbol and (block["score"] is None or 0 <= block["score"] <= 100)
        names = [s["name"] for s in block["signals"]]
        assert names == ["oi_spot", "funding", "clusters", "thin_hour", "etf_flows", "vol_crypto", "vol_equity",
                         "vol_gold"]
        for s in block["signals"]:
            assert {"value", "reference_low", "reference_high", "flagged", "source", "as_of", "weight"} <= set(s)
        assert block["flagged"] == [s["name"] for s in block["signals"] if s["flagged"]]
    code, out, err = run(capsys, "check", "--demo")
    assert sum(line.startswith("Fragility ") for line in out.splitlines()) == len(held)


def test_etf_import_then_signals(capsys, tmp_path):
    table = tmp_path / "btc.csv"
    table.write_text("Date,Total\n2026-02-26,(120.5)\n2026-02-27,20.0\n", encoding="utf-8")
    code, out, err = run(capsys, "market", "etf-import", str(table), "--asset", "btc")
    assert code == 0, err
    assert "2 day(s) of BTC ETF flows stored from btc.csv" in out
    code, _, err = run(capsys, "check", "--demo", "--json")
    code, out, err = run(capsys, "market", "signals", "--demo", "--json")
    assert code == 0, err
    payload = json.loads(out)
    series = payload["series"]["etf:BTC"]
    assert series["source"] == "file:btc.csv" and series["latest"] == {"day": "2026-02-27", "value": 20_000_000.0}
    btc = payload["fragility"]["BTC/USDT:USDT"]
    etf = next(s for s in btc["signals"] if s["name"] == "etf_flows")
    assert etf["value"] == -100_500_000.0 and etf["flagged"] is True and etf["source"] == "file:btc.csv"
    code, out, err = run(capsys, "market", "signals", "--demo")
    assert code == 0 and "BTC spot ETF net flows, last 2 days" in out and "FLAGGED" in out


def test_a_bad_import_is_a_clear_error(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("hello\nworld\n", encoding="utf-8")
    code, _, err = run(capsys, "market", "etf-import", str(bad))
    assert code != 0 and "no daily ETF flows found in bad.csv" in err


def test_fetch_refuses_the_demo(capsys):
    code, _, err = run(capsys, "market", "fetch", "--demo")
    assert code != 0 and "demo" in err


@pytest.mark.parametrize("key, value, expected", [
    ("etf_btc_url", "https://farside.co.uk/bitcoin-etf-flow-all-data/", "https://farside.co.uk/bitcoin-etf-flow-all-data"),
    ("vix_url", "", ""),
    ("deribit_url", "http://127.0.0.1:9/", "http://127.0.0.1:9/"),
    ("spot_volume_enabled", "off", False),
    ("market_series_refresh_h", "24", 24),
])
def test_the_source_settings(capsys, key, value, expected):
    code, out, err = run(capsys, "settings", "set", key, value)
    assert code == 0, err
    code, out, _ = run(capsys, "settings", "show", key, "--json")
    assert json.loads(out)[key] == expected


@pytest.mark.parametrize("key, value", [("etf_eth_url", "ftp://x.org/a.csv"), ("market_series_refresh_h", "0")])
def test_bad_source_settings_are_refused(capsys, key, value):
    code, _, err = run(capsys, "settings", "set", key, value)
    assert code != 0 and key in err
