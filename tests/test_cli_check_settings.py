"""`undertow check` honours the gap rule and display currency settings, and their flags override them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run_cli(*args: str, home) -> subprocess.CompletedProcess:
    env = dict(os.environ, UNDERTOW_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def store_settings(home, **changes) -> None:
    """Save settings the way the Settings dialog does (through the session, into the store)."""
    code = ("import json, sys\nfrom core.session import Session\n"
            "s = Session.open(demo=True)\ns.update_settings(**json.loads(sys.argv[1]))\ns.close()\n")
    result = subprocess.run([sys.executable, "-c", code, json.dumps(changes)], capture_output=True, text=True,
                            env=dict(os.environ, UNDERTOW_HOME=str(home)), timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


def check_json(home, *flags: str) -> dict:
    result = run_cli("check", "--demo", "--json", *flags, home=home)
    assert result.returncode == 1, result.stderr[-3000:]  # the demo has positions failing the gap rule: 1 = due
    return json.loads(result.stdout)


def middle_positions(payload) -> list[dict]:
    """The demo's positions 15-20 % from liquidation (15.8-18.8 %)."""
    return [p for p in payload["positions"]
            if p["min_adverse_move_pct"] is not None and 15.0 <= p["min_adverse_move_pct"] < 20.0]


def name(p) -> str:
    return f"{p['venue']} {p['symbol']} {p['side']}"


def assert_judged_at_20(payload) -> None:
    assert payload["gap_rule_pct"] == 20 and payload["summary"]["gap_rule_pct"] == 20
    middle = middle_positions(payload)
    assert len(middle) >= 3
    assert all(p["survives_gap"] is False and p["gap_rule_pct"] == 20 for p in middle)
    assert {name(p) for p in middle} <= set(payload["summary"]["failing_gap"])
    assert "survives_10pct_gap" not in payload["positions"][0]  # the old field would now be untrue


def test_default_rule_is_10_and_the_middle_positions_survive(undertow_home):
    payload = check_json(undertow_home)
    assert payload["gap_rule_pct"] == 10
    assert all(p["survives_gap"] is True for p in middle_positions(payload))


def test_gap_rule_setting_from_the_store(undertow_home):
    store_settings(undertow_home, gap_rule_pct=20)
    assert_judged_at_20(check_json(undertow_home))
    table = run_cli("check", "--demo", home=undertow_home)
    assert table.returncode == 1, table.stderr  # something is due in the demo
    assert "20 % gap" in table.stdout and "fails 20 % gap" in table.stdout and "10 % gap" not in table.stdout


def test_gap_rule_flag_overrides_the_setting(undertow_home):
    assert_judged_at_20(check_json(undertow_home, "--gap-rule", "20"))
    store_settings(undertow_home, gap_rule_pct=20)
    assert check_json(undertow_home, "--gap-rule", "10")["gap_rule_pct"] == 10


def test_bad_gap_rule_is_refused(undertow_home):
    result = run_cli("check", "--demo", "--gap-rule", "120", home=undertow_home)
    assert result.returncode == 2 and "between 0 and 100" in result.stderr


@pytest.mark.parametrize("currency, symbol", [("BTC", "₿"), ("EUR", "€")])
def test_currency_flag_and_setting(undertow_home, currency, symbol):
    payload = check_json(undertow_home, "--currency", currency.lower())
    shown = payload["display_currency"]
    usd_per_unit = {"BTC": 67450.0, "EUR": 1.17}[currency]  # the demo's BTC price and EUR/USD rate
    assert shown["currency"] == currency and shown["unavailable"] is None
    assert shown["usd_per_unit"] == pytest.approx(usd_per_unit)
    assert shown["net_worth"] == pytest.approx(payload["summary"]["net_worth_usd"] / usd_per_unit)
    store_settings(undertow_home, quote_currency=currency)
    table = run_cli("check", "--demo", home=undertow_home)
    assert table.returncode == 1, table.stderr  # something is due in the demo
    worth = next(line for line in table.stdout.splitlines() if line.startswith("Net worth"))
    assert symbol in worth and "$" not in worth
    usd = run_cli("check", "--demo", "--currency", "USD", home=undertow_home)
    assert next(line for line in usd.stdout.splitlines() if line.startswith("Net worth")).split()[2][0] == "$"
