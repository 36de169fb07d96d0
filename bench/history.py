"""History at scale: store size, open and load times after one day, one year and three years of 15-minute syncs.

    .venv/bin/python bench/history.py [--horizons 1,365,1095] [--runs 3]

For each horizon the store holds what the app leaves behind when retention runs after each save (default
policy: all for 7 days, hourly for 90, daily after): the 15-minute grid thinned by ``core.retention.keep_ids``
(synthetic variants of the demo snapshot: 10 markets, 220-level books that change at every sync, see
``bench/support/history_data.py``). Then, in a fresh process per run (OS file cache warm, Python cold):

* ``open_ms``: ``Store.open`` (the checks at open, the schema check);
* ``latest_ms``: reading the newest snapshot (what the dashboard shows first);
* ``list_ms``: the snapshot list of the History view (ids and times of the mode);
* ``window_first_ms``: the History view's "All" window (thinned to 1,500 points) when no figure is cached yet
  (once, after an upgrade: the app caches them as it saves), ``window_ms`` the same once cached,
  ``week_ms`` the 7-day window.

Also: bytes per snapshot in this layout and in the schema-v4 layout (every market re-stored as JSON per
snapshot: the "before"), the size a year would take with no retention, and the cost of one sync's save plus
retention on the 1-year store (median and p90 of a day of saves), and ``upgrade_from_v4``: opening a v4 store of
``--upgrade`` snapshots (default 1,000, ~100 MB) with this version: backup, conversion of every market, one
vacuum (a one-time cost, before the first window of the new version). Prints one JSON line.
Goals (issue 17): a year of 15-minute syncs <= 200 MB on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.history_data import (  # noqa: E402
    STEP,
    Variants,
    build_store,
    survivor_times,
    v4_bytes_per_snapshot,
    write_v4_store,
)

T_END = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
GOAL_YEAR_MB = 200.0

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from core.store import Store
from core.store.snapshots import latest_snapshot_ids, load_snapshot
from core.history import heads_delta, load_window
import core.custody.split, core.store.custody_repo  # loaded by the app's first analysis before any history read
imports = time.perf_counter() - t0
path, first = sys.argv[1], sys.argv[2] == "1"
out = {"imports_ms": imports * 1e3}
t = time.perf_counter(); store = Store.open(path); out["open_ms"] = (time.perf_counter() - t) * 1e3
db = store.read()
t = time.perf_counter(); snap = load_snapshot(db, latest_snapshot_ids(db, False, 1)[0])
out["latest_ms"] = (time.perf_counter() - t) * 1e3
t = time.perf_counter(); heads = heads_delta(db, False, ()); out["list_ms"] = (time.perf_counter() - t) * 1e3
if first:
    t = time.perf_counter(); w = load_window(store, False, max_points=1500)
    out["window_first_ms"] = (time.perf_counter() - t) * 1e3
t = time.perf_counter(); w = load_window(store, False, max_points=1500)
out["window_ms"] = (time.perf_counter() - t) * 1e3
from datetime import timedelta
t = time.perf_counter(); week = load_window(store, False, start=snap.taken_at - timedelta(days=7))
out["week_ms"] = (time.perf_counter() - t) * 1e3
out["points"] = len(w.points); out["listed"] = len(heads.added); out["week_points"] = len(week.points)
store.close()
print("RESULT " + json.dumps(out))
"""


def measure(path: Path, first: bool) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), "1" if first else "0"], capture_output=True,
                         text=True, env=env, timeout=600)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"history bench child failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    return json.loads(line[7:])


def file_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return total / 2**20


def per_sync(path: Path, template, syncs: int) -> dict:
    """A day of syncs on a grown store the way the app does them: save one snapshot, cache its figures, run
    retention (which, once an hour, thins the hour that left the 7-day window)."""
    from core.history import record_figures
    from core.retention import RetentionPolicy, run_retention
    from core.store import Store
    from core.store.snapshots import save_snapshot

    store = Store.open(path)
    variants = Variants(template, T_END)
    save_ms, retention_ms = [], []
    try:
        for i in range(1, syncs + 1):
            when = T_END + i * STEP
            snap = variants.at(10_000_000 + i, when)
            t = time.perf_counter()
            with store.write() as db:
                sid = save_snapshot(db, snap)
                record_figures(db, sid, snap)
            save_ms.append((time.perf_counter() - t) * 1e3)
            t = time.perf_counter()
            run_retention(store, when, RetentionPolicy())
            retention_ms.append((time.perf_counter() - t) * 1e3)
    finally:
        store.close()

    def p90(xs: list[float]) -> float:
        return sorted(xs)[int(0.9 * (len(xs) - 1))]

    return {"save_ms_median": round(statistics.median(save_ms), 2), "save_ms_p90": round(p90(save_ms), 2),
            "retention_ms_median": round(statistics.median(retention_ms), 2),
            "retention_ms_p90": round(p90(retention_ms), 2), "syncs": syncs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--horizons", default="1,365,1095", help="days of 15-minute syncs, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--upgrade", type=int, default=1000, help="snapshots of the v4 store to upgrade (0: skip)")
    args = parser.parse_args()
    from core.demo import load_demo_snapshot

    template = load_demo_snapshot(T_END)
    out: dict = {"bench": "history", "template": "demo snapshot: 10 markets, 220-level books changing every sync",
                 "goal": {"year_mb": GOAL_YEAR_MB}}
    with tempfile.TemporaryDirectory(prefix="undertow-history-") as tmp_dir:
        tmp = Path(tmp_dir)
        out["v4_layout_kib_per_snapshot"] = round(v4_bytes_per_snapshot(template, tmp) / 1024, 1)
        stores = {}
        for days in (int(d) for d in args.horizons.split(",")):
            label = {1: "day", 365: "year", 1095: "three_years"}.get(days, f"{days}_days")
            times = survivor_times(T_END, days)
            path = tmp / f"{label}.sqlite"
            built = build_store(path, template, times, demo=False, figures=False)
            runs = [measure(path, first=True)] + [measure(path, first=False) for _ in range(args.runs - 1)]
            row = {"days": days, "syncs": days * 96, "snapshots_kept": len(times), "size_mb": round(file_mb(path), 1),
                   "kib_per_snapshot": round(file_mb(path) * 1024 / max(1, len(times)), 1),
                   "build_s": round(built["write_s"], 1),
                   "window_first_ms": round(runs[0]["window_first_ms"], 1)}
            for key in ("open_ms", "latest_ms", "list_ms", "window_ms", "week_ms"):
                row[key] = round(statistics.median(r[key] for r in runs), 1)
            row["points_drawn"] = runs[0]["points"]
            out[label] = row
            stores[label] = path
        if "year" in out:
            per_snapshot_kib = out["year"]["kib_per_snapshot"]
            out["year_without_retention_mb_estimate"] = round(per_snapshot_kib * 365 * 96 / 1024, 1)
            out["year_v4_layout_mb_estimate"] = round(out["v4_layout_kib_per_snapshot"] * 365 * 96 / 1024, 1)
            out["year_per_sync"] = per_sync(stores["year"], template, 96)
            out["goal_met"] = {"year_mb": out["year"]["size_mb"] <= GOAL_YEAR_MB}
        if args.upgrade:
            out["upgrade_from_v4"] = upgrade(tmp / "v4.sqlite", template, args.upgrade)
    print(json.dumps(out))


def upgrade(path: Path, template, n: int) -> dict:
    from core.store import Store

    write_v4_store(path, template, n)
    before = file_mb(path)
    t0 = time.perf_counter()
    Store.open(path).close()
    seconds = time.perf_counter() - t0
    return {"snapshots": n, "size_before_mb": round(before, 1), "size_after_mb": round(file_mb(path), 1),
            "open_s": round(seconds, 2), "ms_per_snapshot": round(seconds * 1e3 / n, 2)}


if __name__ == "__main__":
    main()
