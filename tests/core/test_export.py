"""Snapshot export: exact decimal text, one CSV with a section column, lossless JSON, and the CLI."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.export import (
    CSV_COLUMNS,
    ExportError,
    csv_rows,
    decimal_text,
    export_snapshot,
    snapshot_from_json,
    snapshot_to_csv,
    snapshot_to_json,
)
from core.model import Balance, PortfolioSnapshot
from core.store import open_store, save_snapshot
from desktop.__main__ import main

T0 = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(T0)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_decimal_text_is_exact_and_has_no_exponent(x):
    text = decimal_text(x)
    assert "e" not in text.lower()
    assert float(text) == x
    assert Decimal(text) == Decimal(repr(x))  # the shortest round-trip digits, nothing invented


def test_decimal_text_edge_cases():
    assert decimal_text(None) == ""
    assert decimal_text(3.0) == "3" and decimal_text(0.1) == "0.1" and decimal_text(1e-7) == "0.0000001"
    assert decimal_text(7) == "7"
    assert decimal_text(math.inf) == "Infinity" and decimal_text(math.nan) == "NaN"


def test_csv_is_one_file_with_a_section_per_table(demo):
    rows = list(csv.DictReader(io.StringIO(snapshot_to_csv(demo))))
    sections = [r["section"] for r in rows]
    assert sections.count("position") == len(demo.positions)
    assert sections.count("balance") == len(demo.balances)
    assert sections.count("holding") == len(demo.holdings)
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    first = rows[0]
    p = demo.positions[0]
    assert float(first["contracts"]) == p.contracts and float(first["entry_price"]) == p.entry_price
    assert first["side"] == p.side.value and first["taken_at"] == T0.isoformat()
    balance = next(r for r in rows if r["section"] == "balance")
    assert balance["symbol"] == "" and balance["custody_class"] == "exchange"
    holding = next(r for r in rows if r["section"] == "holding")
    assert holding["purpose"] and holding["custody_class"] != "exchange"


def test_csv_values_round_trip_exactly():
    tricky = PortfolioSnapshot(taken_at=T0, balances=(Balance("a", "BTC", 0.1 + 0.2, free=1e-9, used=None),))
    row = csv_rows(tricky)[0]
    assert row["total"] == "0.30000000000000004" and float(row["total"]) == 0.1 + 0.2
    assert row["free"] == "0.000000001" and row["used"] == ""


def test_json_is_the_full_snapshot_and_reads_back_identical(demo):
    text = snapshot_to_json(demo, snapshot_id=12)
    raw = json.loads(text)
    assert raw["format"] == "undertow-snapshot" and raw["version"] == 1 and raw["snapshot_id"] == 12
    market = raw["snapshot"]["markets"][0]
    assert isinstance(market["mark_price"], str) and market["bids"] and market["tiers"]
    assert snapshot_from_json(text) == demo


@pytest.mark.parametrize("text,needle", [("{", "not JSON"), ('{"format": "x"}', "not an undertow-snapshot"),
                                         ('{"format": "undertow-snapshot", "version": 9}', "version"),
                                         ('{"format": "undertow-snapshot", "version": 1, "snapshot": '
                                          '{"taken_at": "2026-01-01T00:00:00+00:00", "balances": [{"account_id": '
                                          '"a", "asset": "BTC", "total": "abc"}]}}', "invalid")])
def test_bad_json_says_why(text, needle):
    with pytest.raises(ExportError, match=needle):
        snapshot_from_json(text)


def test_failed_write_keeps_the_old_file(tmp_path, demo):
    target = tmp_path / "snap.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="unknown format"):
        export_snapshot(demo, target, "xml")
    assert target.read_text(encoding="utf-8") == "old"
    with pytest.raises(ExportError, match="cannot write"):
        export_snapshot(demo, tmp_path / "missing" / "x.csv", "csv")
    export_snapshot(demo, target, "json")
    assert snapshot_from_json(target.read_text(encoding="utf-8")) == demo
    assert not list(tmp_path.glob(".*partial"))


# --- CLI -------------------------------------------------------------------------------------------------

def _store(demo, n=3):
    db = open_store()
    ids = [save_snapshot(db, replace(demo, taken_at=T0 + timedelta(hours=i))) for i in range(n)]
    db.close()
    return ids


def test_cli_exports_latest_and_a_chosen_snapshot(tmp_path, demo, capsys):
    ids = _store(demo)
    out = tmp_path / "latest.json"
    assert main(["export", "--demo", "--format", "json", "-o", str(out)]) == 0
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["snapshot_id"] == ids[-1] and raw["snapshot"]["taken_at"] == (T0 + timedelta(hours=2)).isoformat()
    assert f"snapshot {ids[-1]}" in capsys.readouterr().err
    out_csv = tmp_path / "first.csv"
    assert main(["--demo", "export", "--snapshot", str(ids[0]), "--format", "csv", "-o", str(out_csv)]) == 0
    assert out_csv.read_text(encoding="utf-8").count("\nposition,") == len(demo.positions)
    assert main(["export", "--demo", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "2026-02-12 14:00 UTC" in listing and "demo" in listing


@pytest.mark.parametrize("argv,needle", [
    (["export", "--format", "csv", "-o", "x.csv"], "no snapshot stored yet"),
    (["export", "--demo", "--format", "csv"], "-o PATH"),
    (["export", "--demo", "-o", "x.csv"], "choose a format"),
    (["export", "--demo", "--snapshot", "abc", "--format", "csv", "-o", "x.csv"], "must be a number"),
    (["export", "--demo", "--snapshot", "99", "--format", "csv", "-o", "x.csv"], "no stored snapshot 99"),
])
def test_cli_bad_input_is_one_clear_line(argv, needle, demo, capsys):
    _store(demo, 1)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err and err.count("\n") == 1


def test_cli_unwritable_path_is_a_clear_error(tmp_path, demo, capsys):
    _store(demo, 1)
    assert main(["export", "--demo", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv")]) == 2
    assert "cannot write" in capsys.readouterr().err
