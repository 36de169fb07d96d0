"""Start-up as a person waits for it: process start to the dashboard painted with figures from the start-up sync.

    .venv/bin/python bench/startup.py [--runs N] [--latency S] [--skip-year]

The app runs as it always does (``desktop.app.run_app``, live mode, offscreen Qt): it opens the store, shows the
window with the last stored snapshot, and syncs at once, here three accounts on the loopback venue fakes
(Binance, Bybit, OKX, ``--latency`` per request, default 0.1 s) with ccxt's rate limiter on, as the app runs it.
The API keys come from a file-backed keyring the child loads the way it loads the OS one. Each run is a fresh
process; the clock starts before the process is spawned. Measured, per run (median of ``--runs``):

* ``first_window_s``: the window's first frame finished painting (any content);
* ``stored_figures_s``: the dashboard painted with the last stored snapshot's figures;
* ``synced_figures_s``: the dashboard painted with the figures of the start-up sync (what this bench is about);
* peak memory, and which heavy modules were loaded at the first frame;
* ``first_start``: a first start on an empty data folder (no account, not the demo), process start to the welcome
  page's first frame.

The window shows as soon as it is built (``desktop.startup.show_opening``): toolbar, navigation, status bar, and in
the dashboard's place a page saying the data is being opened (no figure, no chart); ``first_window_s`` is that
frame. The dashboard (and the charts' code) follows once the stored snapshot is analysed: ``stored_figures_s`` is
the frame that shows its figures. The views other than the dashboard are built when first shown.

Undertow's own modules are compiled to bytecode first (``compileall``), as an installed app has them: with
``PYTHONDONTWRITEBYTECODE`` set, a checkout would otherwise compile every changed source at every start.

The children get their own ``XDG_CONFIG_HOME`` (a temporary folder), so no saved window geometry applies and the
user's settings are never read or written.

On two stores: ``small`` (one snapshot) and ``year`` (a year of 15-minute syncs as retention leaves it, figures
cached, see ``bench/support/history_data.py``). Baselines, same run, interleaved with the runs above:

* a bare PySide6 + pyqtgraph window (a ``QMainWindow`` with a ``PlotWidget``, same size), process start to its first
  frame finished (``bare_first_window_s``);
* Electrum's first window (``electrum_first_window_s``): the Debian package (``apt install electrum``, 4.3.4 on
  bookworm) started as its ``electrum`` command starts it, ``--offline`` with a throwaway data folder (``-D``) holding
  an unencrypted standard wallet restored from a public test-vector seed, so its wallet window opens (no install
  wizard, no first-start question), same size; process start to the first frame that painted that window
  (``bench/support/electrum_child.py``, the same frame test). It runs on the system Python with PyQt5 (Qt 5), so
  the figure includes its own toolkit's start, as a person waiting for Electrum gets it. Not installed or not
  starting: null, with ``electrum_reason``.

Goals (issue 17): year start <= 1.1x small start; first window <= 1.25x the bare window and faster than
Electrum's. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1280, 760)  # the main window's default size (no saved geometry: QSettings in a temporary folder)
TIMED_APP = r"""
import os, resource, sys, time
T0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = ("ccxt", "aiohttp", "httpx", "embit", "Crypto", "numpy", "pyqtgraph", "keyring")


class TimedApp(QApplication):
    # Times the end of each top-level event in which a widget painted (a frame finished).
    def __init__(self, argv):
        super().__init__(argv)
        self.depth = 0
        self.painted = []
        self.marks = {}
        self.on_frame = None

    def notify(self, receiver, event):
        self.depth += 1
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            if event.type() == QEvent.Type.Paint and isinstance(receiver, QWidget):
                self.painted.append(receiver)
            if self.depth == 0 and self.painted:
                painted, self.painted = self.painted, []
                if self.on_frame is not None:
                    self.on_frame(painted, time.time() - T0)

    def mark(self, name, elapsed):
        if name not in self.marks:
            self.marks[name] = round(elapsed, 4)
            if name == "first_window":
                self.marks["heavy_modules_at_first_window"] = sorted(
                    m for m in HEAVY if m in sys.modules)
            usage = resource.getrusage(resource.RUSAGE_SELF)
            self.marks[name + "_rss_mb"] = round(usage.ru_maxrss / 1024.0, 1)
            # CPU time of the whole process (every thread) so far: what the start costs, whatever else the machine
            # is doing (the wall-clock figures of a shared machine wander with its load)
            self.marks[name + "_cpu_s"] = round(usage.ru_utime + usage.ru_stime, 4)


app = TimedApp(sys.argv[:1])
app.setOrganizationName("UndertowBench")
app.setApplicationName("UndertowBench")
QTimer.singleShot(120000, app.quit)
"""

APP_CHILD = TIMED_APP + r"""
import json
BEFORE = int(os.environ["BENCH_BEFORE_ID"])
found = {}


def window_and_dashboard():
    if "window" not in found:
        for w in QApplication.topLevelWidgets():
            if hasattr(w, "views") and hasattr(w, "state") and w.isVisible():
                found["window"] = w
                break
    w = found.get("window")
    if w is None:
        return None, None
    if "dash" not in found:
        for v in w.views.built():  # never build a view from inside the measurement
            if hasattr(v, "worth") and hasattr(v, "summary"):
                found["dash"] = v
                break
    return w, found.get("dash")


def on_frame(painted, elapsed):
    w, dash = window_and_dashboard()
    if w is None:
        return
    if any(p is w or w.isAncestorOf(p) for p in painted):  # the same test as the bare window's
        app.mark("first_window", elapsed)
    if dash is None or not any(p is dash.worth for p in painted) or dash.summary is None:
        return
    app.mark("stored_figures", elapsed)
    analysis = w.state.analysis
    if analysis is not None and (analysis.snapshot_id or 0) > BEFORE and dash.summary is analysis.summary:
        app.mark("synced_figures", elapsed)
        # measured: report and leave at once (the app's orderly shutdown, which closes the exchange clients,
        # is not what this bench times, and the data folder is a throwaway one)
        print("RESULT " + json.dumps(app.marks), flush=True)
        os._exit(0)


app.on_frame = on_frame
from desktop.app import run_app
code = run_app(demo=False)
print("RESULT " + json.dumps(app.marks), flush=True)
"""

WELCOME_CHILD = TIMED_APP + r"""
import json


def on_frame(painted, elapsed):
    for w in QApplication.topLevelWidgets():
        if hasattr(w, "views") and w.isVisible() and any(p is w or w.isAncestorOf(p) for p in painted):
            app.mark("first_window", elapsed)
            app.marks["welcome_shown"] = getattr(w, "welcome", None) is not None and \
                w.stack.currentWidget() is w.welcome
            print("RESULT " + json.dumps(app.marks), flush=True)
            os._exit(0)


app.on_frame = on_frame
from desktop.app import run_app
run_app(demo=False)
print("RESULT " + json.dumps(app.marks), flush=True)
"""

BARE_CHILD = TIMED_APP + r"""
import json
import pyqtgraph as pg
from PySide6.QtWidgets import QMainWindow

def on_frame(painted, elapsed):
    if any(p is window or window.isAncestorOf(p) for p in painted):
        app.mark("first_window", elapsed)
        QTimer.singleShot(0, app.quit)

app.on_frame = on_frame
w, h = [int(x) for x in os.environ["BENCH_SIZE"].split("x")]
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(w, h)
window.show()
app.exec()
print("RESULT " + json.dumps(app.marks), flush=True)
"""

CONFIG_HOME = tempfile.mkdtemp(prefix="undertow-bench-config-")  # the children's QSettings, never the user's
CREDS = {"binanceusdm": {"apiKey": "k", "secret": "s"}, "bybit": {"apiKey": "k", "secret": "s"},
         "okx": {"apiKey": "k", "secret": "s", "password": "p"}}


class Fakes:
    """The three venue fakes on a loop of their own (in a thread), for as long as the bench runs."""

    def __init__(self, latency: float) -> None:
        from tests.servers.fake_binance import FakeBinance
        from tests.servers.fake_bybit import FakeBybit
        from tests.servers.fake_okx import FakeOkx

        kwargs = {"max_requests": 1_000_000, "lifetime_s": 3600.0}
        self.servers = {"binanceusdm": FakeBinance(latency, **kwargs), "bybit": FakeBybit(latency, **kwargs),
                        "okx": FakeOkx(latency, **kwargs)}
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        for server in self.servers.values():
            asyncio.run_coroutine_threadsafe(server.start(), self.loop).result(30)

    def stop(self) -> None:
        for server in self.servers.values():
            asyncio.run_coroutine_threadsafe(server.stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)


def prepare_home(home: Path, fakes: Fakes, template=None, history_days: int = 0) -> object:
    """A data folder with the three accounts (keys in the bench keyring) and either one synced snapshot or a
    year of history built from ``template``; returns the synced snapshot."""
    from core.exchanges.ccxt_source import RetryPolicy
    from core.history import load_window
    from core.session import Session

    now = datetime.now(UTC)
    session = Session.open(path=home / "undertow.sqlite")
    try:
        for venue, server in fakes.servers.items():
            session.create_account(venue, f"{venue} main", CREDS[venue], now=now, api_base_url=server.base_url,
                                   options={"timeout_ms": 10_000})  # the rate limiter stays on (the default)
        if template is None:
            _, template = session.run(session.sync(now, retry=RetryPolicy(1)), timeout=120)
            load_window(session.store, False)  # its figures, as the app caches them at save
    finally:
        session.close()
    if history_days:
        from bench.support.history_data import build_store, survivor_times

        build_store(home / "undertow.sqlite", template, survivor_times(now - timedelta(minutes=15), history_days),
                    demo=False, figures=True)
    return template


def before_id(home: Path) -> int:
    conn = sqlite3.connect(home / "undertow.sqlite")
    try:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM snapshots").fetchone()[0])
    finally:
        conn.close()


def spawn(argv: list[str], env_extra: dict[str, str]) -> tuple[dict | None, str]:
    """One child, the clock started just before it is spawned: its ``RESULT`` marks, or None and its output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), BENCH_SIZE=f"{SIZE[0]}x{SIZE[1]}",
               XDG_CONFIG_HOME=CONFIG_HOME)
    env.update(env_extra)
    if not env["PYTHONPATH"]:  # not ours (Electrum's child)
        del env["PYTHONPATH"]
    env["BENCH_T0"] = repr(time.time())
    try:
        out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=180, cwd=str(ROOT))
    except subprocess.TimeoutExpired as exc:
        return None, f"timed out after {exc.timeout:.0f} s"
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        return None, f"exit code {out.returncode}:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}"
    return json.loads(line[7:]), ""


def run_child(code: str, env_extra: dict[str, str]) -> dict:
    marks, failure = spawn([sys.executable, "-c", code], env_extra)
    if marks is None:
        raise SystemExit(f"start-up bench child failed: {failure}")
    return marks


ELECTRUM = Path("/usr/bin/electrum")  # the Debian package's launcher; it runs on the system Python with PyQt5
SYSTEM_PYTHON = "/usr/bin/python3"
# Electrum's own test vector (electrum/tests/test_wallet_vertical.py, "standard" seed): public, holds nothing
ELECTRUM_SEED = "cycle rocket west magnet parrot shuffle foot correct salt library feed song"


def prepare_electrum(data_dir: Path) -> str | None:
    """A throwaway Electrum data folder with an unencrypted wallet; None when ready, else why not."""
    if not ELECTRUM.exists():
        return "not installed (apt install electrum)"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=CONFIG_HOME)
    try:
        out = subprocess.run([SYSTEM_PYTHON, str(ELECTRUM), "--offline", "-D", str(data_dir), "restore",
                              ELECTRUM_SEED], capture_output=True, text=True, env=env, timeout=120,
                             stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"wallet restore failed: {exc}"
    if out.returncode != 0 or not (data_dir / "wallets" / "default_wallet").exists():
        return f"wallet restore failed (exit code {out.returncode}): {(out.stderr or out.stdout)[-300:].strip()}"
    # a returning user's settings: the first start's question (update check) already answered
    (data_dir / "config").write_text(json.dumps({"check_updates": False}))
    return None


def run_electrum(data_dir: Path) -> tuple[dict | None, str]:
    for stale in ("daemon", "daemon_rpc_socket"):  # left by the last run's exit: a fresh start each run
        (data_dir / stale).unlink(missing_ok=True)
    child = ROOT / "bench" / "support" / "electrum_child.py"
    return spawn([SYSTEM_PYTHON, str(child), str(ELECTRUM), str(data_dir)], {"PYTHONPATH": ""})


def median_of(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(values), 3) if values else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--skip-year", action="store_true", help="only the small store (quick look)")
    args = parser.parse_args()
    import compileall

    for package in ("core", "desktop"):  # bytecode, as installed (see the module's docstring)
        compileall.compile_dir(str(ROOT / package), quiet=1)
    fakes = Fakes(args.latency)
    out: dict = {"bench": "startup", "latency_per_request_s": args.latency, "rate_limiter": True, "runs": args.runs}
    try:
        with tempfile.TemporaryDirectory(prefix="undertow-startup-") as tmp_dir:
            tmp = Path(tmp_dir)
            keyring_env = {"PYTHON_KEYRING_BACKEND": "bench.support.bench_keyring.FileKeyring",
                           "UNDERTOW_BENCH_KEYRING": str(tmp / "keyring.json")}
            os.environ.update(keyring_env)  # the parent stores the keys through the same backend
            import keyring

            from bench.support.bench_keyring import FileKeyring

            keyring.set_keyring(FileKeyring())
            homes = {"small": tmp / "small"}
            homes["small"].mkdir()
            template = prepare_home(homes["small"], fakes)
            if not args.skip_year:
                homes["year"] = tmp / "year"
                homes["year"].mkdir()
                t0 = time.perf_counter()
                prepare_home(homes["year"], fakes, template, history_days=365)
                out["year_build_s"] = round(time.perf_counter() - t0, 1)
            stored = {name: before_id(home) for name, home in homes.items()}  # each run's sync adds one
            electrum_dir = tmp / "electrum"
            electrum_reason = prepare_electrum(electrum_dir)
            results: dict[str, list[dict]] = {"bare": [], "first_start": [], "electrum": [], **{k: [] for k in homes}}
            for run in range(args.runs):  # interleaved, so a slow moment of the machine hits every case alike
                results["bare"].append(run_child(BARE_CHILD, {}))
                if electrum_reason is None:
                    marks, failure = run_electrum(electrum_dir)
                    if marks is None or marks.get("first_window") is None:
                        electrum_reason = f"its window did not paint: {failure or marks}"[:1000]
                    else:
                        results["electrum"].append(marks)
                for name, home in homes.items():
                    results[name].append(run_child(APP_CHILD, {**keyring_env, "UNDERTOW_HOME": str(home),
                                                               "BENCH_BEFORE_ID": str(before_id(home))}))
                empty = tmp / f"empty-{run}"  # a first start: nothing configured, nothing stored
                empty.mkdir()
                results["first_start"].append(run_child(WELCOME_CHILD, {**keyring_env, "UNDERTOW_HOME": str(empty)}))
            out["bare_first_window_s"] = median_of(results["bare"], "first_window")
            out["bare_first_window_cpu_s"] = median_of(results["bare"], "first_window_cpu_s")
            out["first_start"] = {"welcome_first_window_s": median_of(results["first_start"], "first_window"),
                                  "welcome_first_window_cpu_s": median_of(results["first_start"], "first_window_cpu_s"),
                                  "welcome_shown": all(r.get("welcome_shown") for r in results["first_start"]),
                                  "heavy_modules_at_first_window":
                                      results["first_start"][0].get("heavy_modules_at_first_window")}
            electrum = results["electrum"] if electrum_reason is None else []  # all runs or none
            out["electrum_first_window_s"] = median_of(electrum, "first_window")
            out["electrum_first_window_cpu_s"] = median_of(electrum, "first_window_cpu_s")
            if electrum:
                out["electrum_version"] = electrum[0].get("electrum_version")
                out["electrum_window_size"] = electrum[0].get("window_size")
                out["electrum_other_windows_shown"] = sorted({n for r in electrum
                                                              for n in r.get("other_windows_shown", [])})
            else:
                out["electrum_reason"] = electrum_reason
            for name in homes:
                runs = results[name]
                out[name] = {"snapshots_at_first_start": stored[name],
                             "first_window_s": median_of(runs, "first_window"),
                             "first_window_cpu_s": median_of(runs, "first_window_cpu_s"),
                             "stored_figures_s": median_of(runs, "stored_figures"),
                             "synced_figures_s": median_of(runs, "synced_figures"),
                             "synced_figures_s_max": max((r.get("synced_figures") or 0.0) for r in runs),
                             "peak_mb": max((r.get("synced_figures_rss_mb") or r.get("first_window_rss_mb") or 0.0)
                                            for r in runs),
                             "heavy_modules_at_first_window": runs[0].get("heavy_modules_at_first_window")}
            small = out["small"]
            bare = out["bare_first_window_s"]
            ratios: dict = {"first_window_vs_bare": round(small["first_window_s"] / bare, 2)
                            if small["first_window_s"] and bare else None,
                            "first_start_vs_bare": round(out["first_start"]["welcome_first_window_s"] / bare, 2)
                            if out["first_start"]["welcome_first_window_s"] and bare else None}
            theirs = out["electrum_first_window_s"]
            ratios["first_window_vs_electrum"] = round(small["first_window_s"] / theirs, 2) \
                if small["first_window_s"] and theirs else None
            bare_cpu = out["bare_first_window_cpu_s"]
            if bare_cpu and small["first_window_cpu_s"]:
                ratios["first_window_cpu_vs_bare"] = round(small["first_window_cpu_s"] / bare_cpu, 2)
            if "year" in out and out["year"]["synced_figures_s"] and small["synced_figures_s"]:
                ratios["year_vs_small_synced"] = round(out["year"]["synced_figures_s"] / small["synced_figures_s"], 2)
                ratios["year_vs_small_stored"] = round(out["year"]["stored_figures_s"] / small["stored_figures_s"], 2)
            out["ratios"] = ratios
            out["first_window_vs_electrum"] = ratios["first_window_vs_electrum"]
            out["goal"] = {"year_vs_small": 1.1, "first_window_vs_bare": 1.25, "first_window_vs_electrum": 1.0}
            out["goal_met"] = {
                "year_vs_small": ratios.get("year_vs_small_synced") is not None
                and ratios["year_vs_small_synced"] <= 1.1,
                "first_window_vs_bare": ratios["first_window_vs_bare"] is not None
                and ratios["first_window_vs_bare"] <= 1.25,
                "first_window_vs_electrum": None if ratios["first_window_vs_electrum"] is None  # not measured
                else ratios["first_window_vs_electrum"] < 1.0}
    finally:
        fakes.stop()
        import shutil

        shutil.rmtree(CONFIG_HOME, ignore_errors=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
