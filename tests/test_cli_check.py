"""`undertow check` end to end, as a user runs it: a real process, a real store under UNDERTOW_HOME."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

REQUIRED = {"venue", "symbol", "side", "contracts", "entry_price", "mark_price", "liquidation_price",
            "distance_pct"}


def run_cli(*args: str, home) -> subprocess.CompletedProcess:
    env = dict(os.environ, UNDERTOW_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_check_demo_json_twice_stores_two_snapshots(undertow_home):
    first = run_cli("check", "--demo", "--json", home=undertow_home)
    assert first.returncode == 0, first.stderr
    payload = json.loads(first.stdout)
    positions = payload["positions"]
    assert len(positions) >= 6
    for p in positions:
        assert REQUIRED <= set(p), p
    venues = {p["venue"] for p in positions}
    assert venues == {"binanceusdm", "bybit", "okx"}
    assert payload["demo"] is True
    summary = payload["summary"]
    assert summary["net_worth_usd"] > 0 and summary["nearest_liquidation"]["distance_pct"] > 0
    assert len(summary["failing_gap"]) >= 1 and payload["gap_rule_pct"] == summary["gap_rule_pct"] == 10
    assert summary["scenario"]["id"] == "gap-10" and summary["scenario"]["error"] is None
    assert all(s["state"] == "fresh" for s in payload["sources"])
    second = run_cli("--demo", "check", "--json", home=undertow_home)  # global flag form works too
    assert second.returncode == 0, second.stderr
    conn = sqlite3.connect(undertow_home / "undertow.sqlite")
    assert conn.execute("select count(*) from snapshots where demo = 1").fetchone()[0] == 2
    assert conn.execute("select count(distinct snapshot_id) from snapshot_positions").fetchone()[0] == 2


def test_check_demo_table_is_readable(undertow_home):
    result = run_cli("check", "--demo", home=undertow_home)
    assert result.returncode == 0, result.stderr
    assert "DEMO DATA" in result.stdout
    assert "BTC/USDT:USDT" in result.stdout and "liq (rules)" in result.stdout
    assert "Net worth" in result.stdout and "Nearest liq." in result.stdout and "What-if" in result.stdout


def test_check_survives_a_closed_pipe(undertow_home):
    env = dict(os.environ, UNDERTOW_HOME=str(undertow_home))
    result = subprocess.run(f"{sys.executable} -m desktop check --demo | head -1", shell=True,
                            capture_output=True, text=True, env=env, timeout=180)
    assert "Traceback" not in result.stderr and result.stdout.startswith("Undertow check")


def test_check_without_accounts_says_what_to_do(undertow_home):
    result = run_cli("check", home=undertow_home)
    assert result.returncode == 2
    assert "no accounts" in result.stderr and "Traceback" not in result.stderr


def test_check_does_not_import_qt(undertow_home):
    code = ("import sys; from desktop.__main__ import main; rc = main(['check', '--demo', '--json']);"
            "sys.exit(3 if any(m.startswith('PySide6') for m in sys.modules) else rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                            env=dict(os.environ, UNDERTOW_HOME=str(undertow_home)))
    assert result.returncode == 0, result.stderr[-2000:]
