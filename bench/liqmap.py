"""The liquidation map over time: read + compute + paint from a store holding a month of 15-minute snapshots.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/liqmap.py [--days 31] [--runs 7]

The store holds ``--days`` of 15-minute syncs (2,976 snapshots for 31 days: variants of the demo snapshot, 10
markets with 220-level books, written through the store's bulk path as ``bench/history.py`` does). Then, in this
process, for BTC (3 venues) over the whole window:

* ``read_ms``: the ladder inputs of each snapshot, thinned in SQL to the map's columns (``load_map_inputs``: the
  markets' small rows and their shared close and tier blobs, never a book);
* ``compute_ms``: the grid (``map_from_inputs``: every column's ladder, built together with numpy, binned);
* ``paint_ms``: ``LiquidationMapChart.draw`` and rendering the chart (1,080 x 520 px) to an image;
* ``total_ms``: the three together, what the Market view waits for after choosing a range (median of ``--runs``;
  ``first_total_ms`` the first run, numpy and SQLite caches cold).

Also ``all_columns``: the same with one column per stored snapshot (no thinning). Prints one JSON line.
Goal (issue 19): ``total_ms`` < 100.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_MS = 100.0
T_END = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def timed(store, max_columns: int, chart, lines) -> dict[str, float]:
    from core.liquidation_map import load_map_inputs, map_from_inputs

    t0 = time.perf_counter()
    inputs, total = load_map_inputs(store.read(), False, "BTC", max_columns=max_columns)
    t1 = time.perf_counter()
    liq_map = map_from_inputs("BTC", inputs, [x.price for x in lines], max_columns=max_columns, stored=total)
    t2 = time.perf_counter()
    chart.draw(liq_map, lines)
    chart.grab()
    t3 = time.perf_counter()
    assert liq_map is not None
    return {"read_ms": (t1 - t0) * 1e3, "compute_ms": (t2 - t1) * 1e3, "paint_ms": (t3 - t2) * 1e3,
            "total_ms": (t3 - t0) * 1e3, "columns": float(liq_map.notional_usd.shape[0]),
            "snapshots": float(total)}


def summary(runs: list[dict[str, float]]) -> dict[str, float]:
    out = {k: round(statistics.median(r[k] for r in runs), 1) for k in ("read_ms", "compute_ms", "paint_ms",
                                                                       "total_ms")}
    out["columns"] = int(runs[0]["columns"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=float, default=31.0, help="days of 15-minute snapshots in the store")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.support.history_data import STEP, build_store
    from core.demo import load_demo_snapshot
    from core.liquidation_map import MAX_COLUMNS
    from core.store import Store
    from desktop.charts.liqmap import LiquidationMapChart, PriceLine

    app = QApplication.instance() or QApplication(sys.argv[:1])
    template = load_demo_snapshot(T_END)
    n = int(round(args.days * 96))
    times = [T_END - (n - 1 - i) * STEP for i in range(n)]
    out: dict = {"bench": "liqmap", "days": args.days, "snapshots": n, "asset": "BTC (3 venues)",
                 "goal": {"total_ms": GOAL_MS}}
    with tempfile.TemporaryDirectory(prefix="undertow-liqmap-") as tmp:
        path = Path(tmp) / "month.sqlite"
        out["build_s"] = round(build_store(path, template, times, demo=False, figures=False)["write_s"], 1)
        chart = LiquidationMapChart()
        chart.resize(1080, 520)
        chart.show()
        app.processEvents()
        lines = [PriceLine(62264.7, "long"), PriceLine(65135.1, "long"), PriceLine(80000.0, "short", short=True)]
        with Store.open(path) as store:
            runs = [timed(store, MAX_COLUMNS, chart, lines) for _ in range(args.runs + 1)]
            out["first_total_ms"] = round(runs[0]["total_ms"], 1)
            out.update(summary(runs[1:]))
            out["all_columns"] = summary([timed(store, n, chart, lines) for _ in range(3)])
        chart.close()
    out["goal_met"] = {"total_ms": out["total_ms"] < GOAL_MS}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
