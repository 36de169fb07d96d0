"""``undertow backtest FILE... [--json]``: any crash event file through the calibrated cascade (issue 18.5).

Expected numbers: the stored library fit (resources/calibration/cascade.json) holds, for every bundled event, the
engine's answer at the central parameters ("in_sample"), computed when the fit was written; the command must give
the same. A malformed file gets one line naming the file and the field, exit 2, and the others still run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cascade.events import bundled_events_dir
from core.cascade.fit import load_calibration

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = sorted(bundled_events_dir().glob("*.json"))


def _run(argv: list[str]) -> int:
    from desktop.commands import backtest

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    backtest.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_the_library_runs_and_gives_the_stored_fit_s_answers(capsys):
    assert _run(["backtest", *map(str, LIBRARY), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    stored = load_calibration()
    assert out["params"] == stored["params"] and out["errors"] == []
    assert out["summary"]["events"] == len(LIBRARY) >= 8
    by_id = {r["event"]: r for r in stored["per_event"]}
    for row in out["events"]:
        fit = by_id[row["event"]]["in_sample"]
        assert row["in_sample"] is True  # the stored parameters saw these events
        assert row["predicted"]["drawdown"] == pytest.approx(fit["drawdown"], rel=1e-9)
        assert row["predicted"]["liquidated_usd"] == pytest.approx(fit["liquidated_usd"], rel=1e-9)
        obs = row["observed"]
        assert row["predicted"]["factor_drawdown"] == pytest.approx(fit["drawdown"] / obs["drawdown"])
        assert row["predicted"]["factor_liquidated"] == pytest.approx(fit["liquidated_usd"] / obs["liquidated_usd"])
        if obs["long_share"] is None:
            assert row["predicted"]["factor_long_share"] is None
    within = sum(1 for r in out["events"] if 0.5 <= r["predicted"]["factor_drawdown"] <= 2)
    assert out["summary"]["drawdown_within_2x"] == within


def test_a_malformed_file_is_one_line_naming_file_and_field_and_the_others_still_run(tmp_path, capsys):
    good = LIBRARY[0]
    raw = json.loads(good.read_text(encoding="utf-8"))
    raw["pre"]["open_interest_usd"]["value"] = "lots"
    bad = tmp_path / "bad-event.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{\"format\": ", encoding="utf-8")
    assert _run(["backtest", str(bad), str(good), str(broken), str(tmp_path / "missing.json")]) == 2
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 3
    assert str(bad) in errors[0] and "pre.open_interest_usd.value must be a finite number" in errors[0]
    assert str(broken) in errors[1] and "not valid JSON" in errors[1]
    assert "missing.json" in errors[2] and "cannot read" in errors[2]
    assert raw["id"] in captured.out  # the good file still ran: its row is in the table
    assert "within 2x: drawdown" in captured.out


def test_a_users_own_event_is_out_of_sample(tmp_path, capsys):
    raw = json.loads(LIBRARY[-1].read_text(encoding="utf-8"))
    raw["id"], raw["name"] = "my-crash", "my own crash"
    raw["trigger"] = {"value": -0.08, "kind": "assumption", "note": "my guess of the news alone"}
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(raw), encoding="utf-8")
    assert _run(["backtest", str(mine), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["events"][0]
    assert row["event"] == "my-crash" and row["in_sample"] is False and row["trigger"] == -0.08
    assert row["predicted"]["drawdown"] <= -0.08  # the cascade never shrinks the trigger


@pytest.mark.slow
def test_the_command_line_runs_the_whole_library_as_json():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "desktop", "backtest", *map(str, LIBRARY), "--json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert [r["event"] for r in out["events"]] == [p.stem for p in LIBRARY]
