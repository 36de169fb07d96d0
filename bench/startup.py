"""Start-up: process start to the first painted dashboard with demo data, and peak memory.

    .venv/bin/python bench/startup.py [--runs N]

Starts the app in a fresh process (offscreen Qt) per run: once with an empty data folder (the first
start, which has to sync the demo) and once more with the stored snapshot (every later start). Prints
one JSON line. Aim: < 1.5 s and < 300 MB on a 2-core machine; ccxt must stay off the start-up path.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import create_window

app = QApplication(sys.argv[:1])
state, window = create_window(demo=True)
dash = window.views[0]

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and dash.summary is not None:
            elapsed = time.time() - float(os.environ["BENCH_T0"])
            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
            heavy = sorted(m for m in ("ccxt", "aiohttp", "embit", "httpx") if m in sys.modules)
            print(f"RESULT {elapsed:.4f} {rss_mb:.1f} {','.join(heavy) or '-'}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

painter = FirstPaint()
dash.worth.installEventFilter(painter)
window.show()
if not state.session.snapshot_ids():  # the very first start: nothing stored, sync the demo
    QTimer.singleShot(0, state.refresh)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


def one_run(home: str) -> tuple[float, float, str]:
    env = dict(os.environ, UNDERTOW_HOME=home, QT_QPA_PLATFORM="offscreen", BENCH_T0=repr(time.time()))
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"start-up bench failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    _, secs, mb, heavy = line.split()
    return float(secs), float(mb), heavy


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    home = tempfile.mkdtemp(prefix="undertow-bench-")
    first, first_mb, heavy_first = one_run(home)  # empty store: syncs the demo before painting
    later = [one_run(home) for _ in range(runs)]  # stored snapshot: shown at once, sync follows
    print(json.dumps({
        "bench": "startup",
        "first_start_s": round(first, 3),
        "first_start_peak_mb": first_mb,
        "start_s_median": round(statistics.median(t for t, _, _ in later), 3),
        "start_s_max": round(max(t for t, _, _ in later), 3),
        "peak_mb_max": max(m for _, m, _ in later),
        "heavy_modules_loaded_first_start": [] if heavy_first == "-" else heavy_first.split(","),
        "runs": runs,
        "goal": {"start_s": 1.5, "peak_mb": 300},
    }))


if __name__ == "__main__":
    main()
