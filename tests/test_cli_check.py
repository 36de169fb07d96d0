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
    assert first.returncode == 1, first.stderr  # 1: the demo has positions failing the gap rule (due), see below
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
    # why it exits 1: the demo's two positions that fail the 10 % gap (named as above), nothing blind or stale
    status = payload["status"]
    assert status["exit_code"] == 1 and status["blind"] is False and status["partly_blind"] is False
    assert status["level"] == "fresh" and status["stale_sources"] == []
    failing = [r for r in status["reasons"] if r.endswith("fails the 10 % gap rule")]
    assert len(failing) == len(summary["failing_gap"]) >= 1
    assert all(p["data_state"] == "fresh" for p in positions) and payload["summary"]["includes_stale_data"] is False
    second = run_cli("--demo", "check", "--json", home=undertow_home)  # global flag form works too
    assert second.returncode == 1, second.stderr
    conn = sqlite3.connect(undertow_home / "undertow.sqlite")
    assert conn.execute("select count(*) from snapshots where demo = 1").fetchone()[0] == 2
    assert conn.execute("select count(distinct snapshot_id) from snapshot_positions").fetchone()[0] == 2


def test_check_demo_table_is_readable(undertow_home):
    result = run_cli("check", "--demo", home=undertow_home)
    assert result.returncode == 1, result.stderr  # something is due (the demo fails the gap rule)
    assert result.stdout.startswith("Undertow check")  # every source fresh: no blind line first
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
            "sys.exit(99 if any(m.startswith('PySide6') for m in sys.modules) else rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                            env=dict(os.environ, UNDERTOW_HOME=str(undertow_home)))
    assert result.returncode == 1, result.stderr[-2000:]  # 1: the demo has something due


# --- accounts: mode, ratio ours and the venue's, liquidating move (issue 13, point 8) --------------------------

ACCOUNT_KEYS = {"account_id", "label", "venue", "margin_mode", "equity_usd", "collateral_value_usd",
                "maintenance_margin_usd", "margin_ratio", "margin_ratio_reported", "liquidating_move_pct",
                "ratio_name", "liquidates_at", "whole_account", "reported_disagrees"}


def _demo_manifest() -> dict:
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[1] / "resources" / "demo" / "manifest.json").read_text())


def _demo_bundle(rel: str) -> dict:
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[1] / "resources" / "demo" / rel).read_text())


def _number_or_none(value) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))


def test_check_json_has_one_account_object_per_exchange_account(undertow_home):
    result = run_cli("check", "--demo", "--json", home=undertow_home)
    assert result.returncode == 1, result.stderr  # the demo has something due
    payload = json.loads(result.stdout)
    manifest = _demo_manifest()
    accounts = payload["accounts"]
    # one per exchange account, under the names the user gave them (the demo's labels), not the internal ids
    assert [(a["account_id"], a["label"], a["venue"]) for a in accounts] == \
        [(e["id"], e["label"], e["venue"]) for e in manifest["accounts"]]
    # the modes the demo bundles record (resources/demo/accounts/*.json, "margin"), as detected at the sync
    recorded = {e["id"]: _demo_bundle(e["file"])["margin"]["mode"] for e in manifest["accounts"]}
    assert {a["account_id"]: a["margin_mode"] for a in accounts} == recorded == {
        "binance-main": "single_asset", "bybit-btc": "unified_isolated", "okx-main": "multi_currency"}
    for a in accounts:
        assert ACCOUNT_KEYS <= set(a), a
        for key in ("equity_usd", "maintenance_margin_usd"):
            assert isinstance(a[key], float), (key, a)
        for key in ("collateral_value_usd", "margin_ratio", "margin_ratio_reported", "liquidating_move_pct",
                    "liquidates_at"):
            assert _number_or_none(a[key]), (key, a)
        assert isinstance(a["whole_account"], bool) and isinstance(a["reported_disagrees"], bool)
        assert a["ratio_name"] is None or isinstance(a["ratio_name"], str)
        # the demo gives no venue-reported ratio (it must not manufacture the cross-check): null, and no warning
        assert a["margin_ratio_reported"] is None and a["reported_disagrees"] is False
        assert a["liquidating_move_pct"] is None or abs(a["liquidating_move_pct"]) <= 90
    # a position keeps its fields and gains leverage and the venue's ADL rank, as the raw payloads carry them
    raw = {}
    for e in manifest["accounts"]:
        bundle = _demo_bundle(e["file"])
        for p in bundle["positions"]:
            info = p["info"]
            rank = info.get("adl", info.get("adlRankIndicator"))  # Binance/OKX "adl", Bybit "adlRankIndicator"
            raw[(e["id"], p["symbol"], p["side"])] = (float(bundle["leverages"][p["symbol"]]["longLeverage"]),
                                                      int(rank))
    for p in payload["positions"]:
        assert REQUIRED <= set(p) and {"leverage", "adl_rank"} <= set(p)
        assert (p["leverage"], p["adl_rank"]) == raw[(p["account_id"], p["symbol"], p["side"])]


def test_check_text_has_an_accounts_section(undertow_home):
    result = run_cli("check", "--demo", home=undertow_home)
    assert result.returncode == 1, result.stderr  # the demo has something due
    out = result.stdout
    section = out[out.index("\nAccounts\n"):]
    for entry in _demo_manifest()["accounts"]:
        assert entry["label"] in section
    assert "Single-asset" in section and "Unified, isolated" in section and "Multi-currency" in section
    assert "ours" in section and "venue's" in section and "liquidating move" in section
    assert "lev." in out and "ADL" in out


def _risk(**kw):
    from core.risk.accounts import AccountRisk

    base = dict(account_id="acc-1", venue="bybit", equity_usd=10_000.0, maintenance_margin_usd=2_000.0,
                margin_ratio=0.2, min_adverse_move_pct=-12.5, cross=True)
    return AccountRisk(**{**base, **kw})


def _account(**kw):
    from core.model import Account, AccountMargin

    return Account(id="acc-1", venue="bybit", label="My Bybit", margin=AccountMargin(mode="unified_cross"), **kw)


def test_account_record_nulls_and_fallbacks():
    from desktop.commands.check import account_record

    # no venue ratio: ours falls back to MM ÷ equity (AccountRisk.margin_ratio), which liquidates at 1
    rec = account_record(_risk(), _account())
    assert rec["label"] == "My Bybit" and rec["margin_mode"] == "unified_cross"
    assert (rec["margin_ratio"], rec["liquidates_at"], rec["margin_ratio_reported"]) == (0.2, 1.0, None)
    assert rec["liquidating_move_pct"] == -12.5
    # beyond ±90 % there is no liquidating move to report
    assert account_record(_risk(min_adverse_move_pct=-95.0), _account())["liquidating_move_pct"] is None
    assert account_record(_risk(min_adverse_move_pct=None), _account())["liquidating_move_pct"] is None
    # with the venue's definition: that ratio, its name and where it liquidates; the venue's own figure beside it
    rec = account_record(_risk(venue_ratio=0.42, venue_ratio_reported=0.45, ratio_name="account MM rate",
                               liquidates_at=1.0, whole_account=True, reported_disagrees=True,
                               disagreement="the venue counts the fee to close"), _account())
    assert (rec["margin_ratio"], rec["margin_ratio_reported"], rec["ratio_name"]) == (0.42, 0.45, "account MM rate")
    assert rec["whole_account"] is True and rec["reported_disagrees"] is True
    # an account not detected: margin_mode null
    from core.model import Account

    plain = Account(id="acc-1", venue="bybit", label="Plain")
    assert account_record(_risk(), plain)["margin_mode"] is None


def test_a_disagreeing_account_gets_a_visible_warning_line():
    from desktop.commands.check import _accounts_section, account_record

    rec = account_record(_risk(venue_ratio=0.42, venue_ratio_reported=0.45, ratio_name="account MM rate",
                               liquidates_at=1.0, reported_disagrees=True,
                               disagreement="the venue counts the fee to close"), _account())
    text = _accounts_section([rec])
    warning = next(line for line in text.splitlines() if line.startswith("!"))
    assert "My Bybit" in warning and "42.00 %" in warning and "45.00 %" in warning
    assert "the venue counts the fee to close" in warning
    assert "45.00 % !" in text  # flagged in the table as well


# --- names, not ids (issue 16, point 1) -------------------------------------------------------------------------------
def test_check_names_each_position_by_its_account_and_venue(undertow_home):
    """The positions table has an account column with the labels the user gave and the venues' names; no internal
    id or ccxt id is printed. ``--json`` keeps the ids and adds the names."""
    manifest = _demo_manifest()["accounts"]
    text = run_cli("check", "--demo", home=undertow_home).stdout
    table = text[text.index("\naccount "):text.index("\nAccounts\n")]
    assert table.split("\n")[1].split()[:3] == ["account", "venue", "symbol"]
    for entry in manifest:
        assert entry["label"] in table
        assert entry["id"] not in text  # e.g. "binance-main"
    for spoken, ccxt_id in (("Binance USD-M", "binanceusdm"), ("Bybit", "bybit"), ("OKX", "okx")):
        assert spoken in table and f" {ccxt_id} " not in table and f"({ccxt_id})" not in text
    nearest = next(line for line in text.splitlines() if line.startswith("Nearest liq."))
    assert any(f"on {e['label']}:" in nearest for e in manifest), nearest

    payload = json.loads(run_cli("check", "--demo", "--json", home=undertow_home).stdout)
    labels = {e["id"]: e["label"] for e in manifest}
    for p in payload["positions"]:
        assert p["account_label"] == labels[p["account_id"]] and p["venue_name"] and p["venue"]
    assert {a["venue_name"] for a in payload["accounts"]} == {"Binance USD-M", "Bybit", "OKX"}
    nearest = payload["summary"]["nearest_liquidation"]
    assert nearest["account_label"] == labels[nearest["account_id"]]
    assert [p["account_label"] for p in payload["summary"]["failing_gap_positions"]] == \
        [labels[p["account_id"]] for p in payload["summary"]["failing_gap_positions"]]
    exchange_sources = [s for s in payload["sources"] if s["kind"] == "exchange"]
    assert [s["label"] for s in exchange_sources] == [labels[s["source"]] for s in exchange_sources]


def test_sync_lists_sources_by_name(undertow_home):
    manifest = _demo_manifest()
    text = run_cli("sync", "--demo", home=undertow_home).stdout
    for entry in manifest["accounts"] + manifest["wallets"]:
        assert entry["label"] in text and entry["id"] not in text
    payload = json.loads(run_cli("sync", "--demo", "--json", home=undertow_home).stdout)
    labels = {e["id"]: e["label"] for e in manifest["accounts"] + manifest["wallets"]}
    for record in payload["sources"]:
        assert record["label"] == labels.get(record["source"], "manual holdings")
