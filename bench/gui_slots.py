"""The GUI thread's longest stretch of work per new snapshot, on the demo and with a year of history.

    .venv/bin/python bench/gui_slots.py [--snapshots N] [--history-days D]

The real window (all seven views, the demo session, the real runtime and bridge) is shown offscreen, on the
Dashboard (the view it opens on; the others render when they are next shown) and, with the long history,
also on the History view, whose chart and list grow with every snapshot. Each
round presses Refresh and, until the new analysis has been rendered and every follow-up load (history,
the picked snapshot) and paint has finished, times every event the GUI thread handles: queued signal
deliveries (the views' slots), paints, timers. The figure is the longest of them, i.e. the longest the
window could not answer the user. Done twice: on a fresh demo store and on a store that already holds a
year of hourly snapshots (8,760 by default). Goal: <= 16 ms (one frame at 60 Hz).

Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SNAPSHOT_TABLES = ("snapshot_sources", "snapshot_accounts", "snapshot_positions", "snapshot_balances",
                   "snapshot_markets", "snapshot_holdings", "snapshot_prices")


class TimedApplication(QApplication):
    """Times every top-level event delivery on the GUI thread (nested deliveries count in their parent)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth = 0
        self.longest: list[tuple[float, str]] = []

    def notify(self, receiver, event) -> bool:  # noqa: N802 - Qt API
        if self.depth:
            return super().notify(receiver, event)
        self.depth += 1
        timer = QElapsedTimer()
        timer.start()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            ms = timer.nsecsElapsed() / 1e6
            if ms > 1.0:
                self.longest.append((ms, f"{event.type().name} -> {type(receiver).__name__}"))


def year_of_history(home: Path, days: int) -> int:
    """Store ``days`` x 24 hourly copies of the demo snapshot, as a year of use leaves them."""
    from core.demo import load_demo_snapshot
    from core.session import Session

    now = datetime.now(UTC)
    session = Session.open(demo=True, path=home / "undertow.sqlite")
    first = load_demo_snapshot(now - timedelta(days=days))
    sid = session.save(first)
    hours = days * 24
    with session.store.write() as db:
        columns = {t: [c for c in db[t].columns_dict if c != "snapshot_id"] for t in SNAPSHOT_TABLES}
        for h in range(1, hours):
            when = first.taken_at + timedelta(hours=h)
            new = db.execute("INSERT INTO snapshots (taken_at, ts, demo, app_version) VALUES (?, ?, 1, 'bench')",
                             [when.isoformat(), when.timestamp()]).lastrowid
            for table, cols in columns.items():
                names = ", ".join(cols)
                db.execute(f"INSERT INTO {table} (snapshot_id, {names}) SELECT ?, {names} FROM {table} "
                           "WHERE snapshot_id = ?", [new, sid])
    count = len(session.snapshot_ids())
    session.close()
    return count


def measure(app: TimedApplication, rounds: int, view: str = "Dashboard") -> dict:
    """``rounds`` new snapshots with ``view`` on screen (the others render when they are next shown)."""
    from desktop.app import create_window

    state, window = create_window(demo=True)
    window.resize(1400, 900)
    window.show()
    window.show_view(view)
    history = next(v for v in window.views if hasattr(v, "history_loaded"))

    def settle(predicate, timeout_s: float = 120.0) -> None:
        end = time.time() + timeout_s
        while not predicate():
            if time.time() > end:
                raise SystemExit("gui_slots bench: the window did not settle")
            app.processEvents()
            time.sleep(0.002)
        quiet = time.time() + 0.3  # paints and follow-up loads after the last signal
        while time.time() < quiet:
            app.processEvents()
            time.sleep(0.002)

    settle(lambda: state.analysis is not None or not state.session.snapshot_ids())
    if state.analysis is None:
        state.refresh()
    settle(lambda: state.analysis is not None and not history.loading and not state.bridge.busy)
    per_round = []
    worst_what = ""
    for _ in range(rounds):
        before = state.analysis
        app.longest.clear()
        state.refresh()
        settle(lambda b=before: state.analysis is not b and not history.loading and not state.bridge.busy)
        ms, what = max(app.longest, default=(0.0, "-"))
        per_round.append(ms)
        if ms >= max(per_round):
            worst_what = what
    snapshots = len(state.session.snapshot_ids())
    state.session.close()
    window.force_quit = True
    window.close()
    return {"view": view, "longest_slot_ms": round(max(per_round), 2),
            "median_round_ms": round(statistics.median(per_round), 2), "worst_event": worst_what,
            "snapshots_in_store": snapshots}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snapshots", type=int, default=5, help="new snapshots (refreshes) per store")
    parser.add_argument("--history-days", type=int, default=365)
    args = parser.parse_args()
    app = TimedApplication(sys.argv[:1])
    from desktop.app import collect_garbage_on_the_gui_timer

    collect_garbage_on_the_gui_timer()
    out: dict = {"bench": "gui_slots", "goal_ms": 16}
    with tempfile.TemporaryDirectory() as demo_home:
        os.environ["UNDERTOW_HOME"] = demo_home
        out["demo"] = measure(app, args.snapshots)
    with tempfile.TemporaryDirectory() as year_home:
        os.environ["UNDERTOW_HOME"] = year_home
        t0 = time.time()
        year_of_history(Path(year_home), args.history_days)
        out["history_build_s"] = round(time.time() - t0, 1)
        out["year_of_history"] = measure(app, args.snapshots)
        out["year_of_history_on_history_view"] = measure(app, args.snapshots, "History")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
