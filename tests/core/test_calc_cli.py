"""``undertow calc`` as a trader types it: the README's examples verbatim, the venues' own symbol names, a margin
that contradicts the leverage, the bundled tables offline and the saved ones with their date. No network: the venue
is "unreachable" here (tests/servers/test_calculator_tiers.py talks to the loopback fakes)."""

from __future__ import annotations

import json
import re
import shlex
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core import tier_cache
from core.messages import QT_TRANSLATE_NOOP, message
from core.tier_cache import ONLINE, MarketRef, TierTable, VenueCatalog
from desktop import __main__ as cli
from tests.core.test_liquidation import ccxt_binance_tiers

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """The machine is offline: every fetch comes back with the network failure and nothing else."""
    asked: list[str] = []

    async def unreachable(venue, symbols, now, **_kwargs):
        asked.append(venue)
        return VenueCatalog(venue, problems=[message(QT_TRANSLATE_NOOP("Core", "Could not reach {venue} (network "
                                                                               "error)."), venue=venue)])

    monkeypatch.setattr(tier_cache, "fetch", unreachable)
    return asked


def run(capsys, argv):
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def readme_calc_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return sorted(set(re.findall(r"`(undertow calc [^`]*)`", text)))


def test_the_readme_has_calc_examples():
    assert readme_calc_examples(), "README.md lost its `undertow calc` example"


@pytest.mark.parametrize("command", readme_calc_examples())
def test_readme_examples_work_verbatim(capsys, command, offline):
    code, out, err = run(capsys, shlex.split(command)[1:])
    assert code == 0, err
    assert "liquidation price" in out and "initial margin" in out and "max position at" in out
    assert offline, "the example asks the venue for a fresh table when it can"


def test_readme_binance_example_numbers(capsys):
    """0.5 BTC long at 67,450, 20x on the bundled BTCUSDT table (reference TV-BN-C1, tier 1: MMR 0.4 %, cum 0):
    LP = (0.5 × 67,450 − 1,686.25) / (0.5 × (1 − 0.004)) = 64,334.839…; max position at 20x: tier 4's cap."""
    code, out, err = run(capsys, ["calc", "--venue", "binance", "--side", "long", "--entry", "67450", "--size", "0.5",
                                  "--leverage", "20", "--json"])
    assert code == 0, err
    data = json.loads(out)
    assert data["liquidation_price"] == pytest.approx(64_334.8393574, rel=1e-9)
    assert data["native_symbol"] == "BTCUSDT" and data["initial_margin"] == pytest.approx(1_686.25)
    assert data["max_position"]["value"] == 7_500_000
    assert any("Not refreshed" in n for n in data["notes"])


@pytest.mark.parametrize("venue,symbol,expected_symbol,contracts", [
    ("binance", "BTCUSDT", "BTC/USDT:USDT", 0.5),
    ("binance", "btcusdt", "BTC/USDT:USDT", 0.5),
    ("okx", "BTC-USDT-SWAP", "BTC/USDT:USDT", 50),  # 0.5 BTC in contracts of 0.01 BTC
    ("okx", "BTC/USDT:USDT", "BTC/USDT:USDT", 50),
    ("bybit", "ETHUSDT", "ETH/USDT:USDT", 0.5),
])
def test_native_and_ccxt_names(capsys, venue, symbol, expected_symbol, contracts):
    code, out, err = run(capsys, ["calc", "--venue", venue, "--symbol", symbol, "--side", "long", "--entry", "2000",
                                  "--size", "0.5", "--leverage", "10", "--offline", "--json"])
    assert code == 0, err
    data = json.loads(out)
    assert data["symbol"] == expected_symbol and data["contracts"] == pytest.approx(contracts)


def test_coin_margined_native_name_sizes_in_contracts(capsys):
    code, out, err = run(capsys, ["calc", "--venue", "binance-coinm", "--symbol", "BTCUSD_PERP", "--side", "short",
                                  "--entry", "68911", "--size", "3", "--leverage", "10", "--target", "60000",
                                  "--offline"])
    assert code == 0, err
    assert "3 contracts = 300 USD face" in out and "recorded about 2024-07-28" in out
    assert "ROE +148.52 %" in out  # Binance FAQ: side × (1 − entry/exit) / IMR = −(1 − 68,911/60,000) × 10


def test_conflicting_margin_and_leverage_is_an_error(capsys):
    code, out, err = run(capsys, ["calc", "--venue", "binance", "--symbol", "BTCUSDT", "--side", "long", "--entry",
                                  "67450", "--size", "0.5", "--leverage", "20", "--margin", "1000", "--offline"])
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert "do not fit together" in err and "33.73x" in err and "1,686.25 USDT" in err


def test_margin_and_leverage_without_a_size(capsys):
    code, out, err = run(capsys, ["calc", "--venue", "binance", "--symbol", "ETHUSDT", "--side", "long", "--entry",
                                  "2500", "--margin", "100", "--leverage", "10", "--offline", "--json"])
    assert code == 0, err
    assert json.loads(out)["contracts"] == pytest.approx(0.4)


def test_offline_uses_the_bundled_table_and_says_where_it_came_from(capsys):
    code, out, err = run(capsys, ["calc", "--venue", "okx", "--symbol", "ETH-USDT-SWAP", "--side", "short", "--entry",
                                  "2500", "--size", "2", "--leverage", "10", "--offline"])
    assert code == 0, err
    assert "bundled demo table (synthetic, not OKX's own), as of 2026-02-12" in out


def test_unknown_symbol_offline_says_what_to_do(capsys):
    code, _, err = run(capsys, ["calc", "--venue", "binance", "--symbol", "DOGEUSDT", "--side", "long", "--entry",
                                "0.1", "--size", "1000", "--leverage", "5", "--offline"])
    assert code == 2 and err.count("\n") == 1
    assert "Go online" in err and "BTCUSDT" in err and "--mmr" in err


def test_a_saved_table_is_shown_with_its_date(capsys):
    fetched_at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    tier_cache.save_cache(VenueCatalog(
        "binanceusdm", {"BTC/USDT:USDT": MarketRef("BTC/USDT:USDT", "BTCUSDT", "BTC", "USDT", "USDT")},
        {"BTC/USDT:USDT": TierTable("binanceusdm", "BTC/USDT:USDT", tuple(ccxt_binance_tiers()), ONLINE,
                                    fetched_at=fetched_at)}, fetched_at))
    code, out, err = run(capsys, ["calc", "--venue", "binance", "--symbol", "BTCUSDT", "--side", "long", "--entry",
                                  "30000", "--size", "34", "--leverage", "20", "--offline", "--json"])
    assert code == 0, err
    data = json.loads(out)
    assert data["tier_table"]["origin"] == "cached" and data["tier_table"]["date"] == "2026-03-02 08:00 UTC"
    assert data["mmr"] == 0.01 and data["maint_amount"] == 1300  # opens in tier 4, liquidates in tier 3


def test_formula_only_inputs_still_work(capsys, offline):
    code, out, err = run(capsys, ["calc", "--venue", "hyperliquid", "--side", "long", "--entry", "2545.5", "--size",
                                  "0.0329", "--margin", "20.909894", "--max-leverage", "50", "--json"])
    assert code == 0, err
    assert json.loads(out)["liquidation_price"] == pytest.approx(1929.23322895, rel=1e-4)  # hl-14, ccxt-reported
    assert not offline  # no symbol, no table: nothing to fetch
