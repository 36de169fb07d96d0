"""Screenshots of every view and dialog on the demo data, as a person sees them.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py [OUTDIR]
        [--size 1280x800] [--languages en,ja] [--themes light,dark] [--only NAME,...] [--history-days 30]

Uses a real window (xcb under Xvfb; offscreen when no display is set) and a throwaway UNDERTOW_HOME, so it
never touches your data. Writes ``<language>/<name>-<theme>.png`` into OUTDIR (default
``artifacts/screenshots``): the seven views, the welcome page of a first start, and the dialogs (account,
wallet, calculator, cold move, funding, alerts, settings). Before the first sync it stores ``--history-days`` of
hourly demo snapshots (prices along the demo's own daily closes, books thinner in the night hours) so the charts over
time have something to draw; the Market view is also taken with each of its tabs (``market-map``, ``market-oi``,
``market-etf``, ``market-vol``, ``market-depth``; ``--only market`` takes them all).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir", nargs="?", default=str(ROOT / "artifacts" / "screenshots"))
    p.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (default 1280x800)")
    p.add_argument("--languages", default="en,ja", help="interface languages, comma-separated (en, ja, zh_CN, ru)")
    p.add_argument("--themes", default="light,dark", help="themes, comma-separated (light, dark)")
    p.add_argument("--only", default="", help="only these names (views or dialogs), comma-separated")
    p.add_argument("--history-days", type=float, default=30.0,
                   help="days of hourly demo snapshots stored before the first sync (0: none)")
    return p.parse_args(argv)


#: The Market view's tabs taken as their own screenshots: (name, tab index).
MARKET_TABS = (("market-map", 1), ("market-oi", 2), ("market-etf", 3), ("market-vol", 4), ("market-depth", 5))


def seed_history(days: float, step_minutes: int = 60) -> int:
    """Store ``days`` of demo snapshots, one per ``step_minutes``, ending an hour before now (the first sync adds
    now): the demo's markets with the price walking along their own daily closes, open interest and funding
    drifting, books thinner between 0 and 6 UTC. Returns how many were stored."""
    import math
    from dataclasses import fields, replace
    from datetime import UTC, datetime, timedelta

    import numpy as np

    from core.demo import load_demo_snapshot
    from core.store import Store
    from core.store.paths import database_path
    from core.store.snapshots import save_snapshots

    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    template = load_demo_snapshot(now)
    n = int(days * 24 * 60 / step_minutes)
    rng = np.random.default_rng(19)
    has_spot = "spot_volume_24h_usd" in {f.name for f in fields(template.markets[0])}
    snaps = []
    for i in range(n, 0, -1):
        when = now - timedelta(minutes=step_minutes * i)
        back = (now - when).total_seconds() / 86400.0  # days before now
        day, frac = int(back), back - int(back)
        thin = 0.55 if when.hour < 6 else 1.0
        markets = []
        for m in template.markets:
            closes = m.daily_closes
            if len(closes) < day + 3:
                markets.append(m)
                continue
            # log-linear between the closes around that time, plus intraday noise
            a, b = closes[-2 - day], closes[-1 - day]
            mark = math.exp(math.log(b) * (1 - frac) + math.log(a) * frac) * (1 + 0.004 * rng.standard_normal())
            k = mark / m.mark_price
            noise = rng.lognormal(0.0, 0.25)
            change = {"mark_price": mark, "index_price": mark, "last_price": mark,
                      "daily_closes": tuple(closes[:-1 - day]) + (mark,),
                      "open_interest_usd": None if m.open_interest_usd is None
                      else m.open_interest_usd * (1 - 0.006 * back) * k,
                      "funding_rate": None if m.funding_rate is None
                      else m.funding_rate * (1 + 0.5 * math.sin(back / 3.0)),
                      "bids": tuple((p * k, q * thin * noise) for p, q in m.bids),
                      "asks": tuple((p * k, q * thin * noise) for p, q in m.asks)}
            if has_spot and m.open_interest_usd:
                change["spot_volume_24h_usd"] = m.open_interest_usd * (0.9 + 0.004 * back) * (1 + 0.1 * math.sin(back))
            markets.append(replace(m, **change))
        marks = {(m.venue, m.symbol): m.mark_price for m in markets}
        positions = tuple(replace(p, mark_price=marks.get((p.venue, p.symbol), p.mark_price))
                          for p in template.positions)
        sources = tuple(replace(x, as_of=when) for x in template.sources)
        snaps.append(replace(template, taken_at=when, markets=tuple(markets), positions=positions, sources=sources))
    with Store.open(database_path()) as store:
        for start in range(0, len(snaps), 200):
            with store.write("demo history") as db:
                save_snapshots(db, snaps[start:start + 200])
        seed_series(store, now, rng)
    return len(snaps)


def seed_series(store, now, rng) -> None:
    """Synthetic ETF flows and volatility indices (source "demo"), so their charts have something to draw."""
    from datetime import timedelta

    try:
        from core.market_signals import DVOL_BTC, DVOL_ETH, ETF_BTC, ETF_ETH, GVZ, VIX
        from core.store.series_repo import save_series
    except ImportError:  # a version without the market signals
        return
    days = [(now - timedelta(days=d)).date() for d in range(200, 0, -1)]
    trading = [d for d in days if d.weekday() < 5]
    level = {VIX: 17.0, GVZ: 16.0, DVOL_BTC: 48.0, DVOL_ETH: 62.0}
    with store.write("demo series") as db:
        for name, scale in ((ETF_BTC, 250e6), (ETF_ETH, 60e6)):
            save_series(db, name, "demo", [(d, float(scale * (rng.standard_normal() - 0.15))) for d in trading[-40:]],
                        now)
        for name, base in level.items():
            walk = base * (1 + 0.05 * rng.standard_normal(len(days)).cumsum() / 4)
            pts = trading if name in (VIX, GVZ) else days
            save_series(db, name, "demo", list(zip(pts, (float(max(v, 5.0)) for v in walk[-len(pts):]))), now)


def main(argv: list[str]) -> int:
    args = parse(argv)
    out = Path(args.outdir)
    width, height = (int(x) for x in args.size.lower().split("x"))
    only = {n.strip().lower() for n in args.only.split(",") if n.strip()}
    os.environ.setdefault("UNDERTOW_HOME", tempfile.mkdtemp(prefix="undertow-shots-"))
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    if args.history_days > 0:
        print(f"stored {seed_history(args.history_days)} demo snapshots of the last {args.history_days:g} days",
              file=sys.stderr)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import create_window
    from desktop.main_window import VIEW_TITLES
    from desktop.theme import theme

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("UndertowScreenshots")

    def settle(ms: int = 400) -> None:
        wait = QEventLoop()
        QTimer.singleShot(ms, wait.quit)
        wait.exec()

    def idle(view, limit_s: float = 60.0) -> None:
        """Until no background work is running and the view is not reading (a sync, the history, the grid)."""
        for _ in range(int(limit_s / 0.25)):
            if not state.bridge.busy and not getattr(view, "loading", False) and \
                    not (hasattr(view, "grid_ready") and getattr(view, "sim", 1) is None):
                return
            settle(250)

    def wanted(name: str) -> bool:
        return not only or name in only or (name.startswith("market-") and "market" in only)

    state, window = create_window(demo=True)
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    state.snapshot_changed.connect(loop.quit)
    QTimer.singleShot(60000, loop.quit)
    state.refresh()
    loop.exec()
    settle(500)

    snap = state.snapshot
    position = snap.positions[0] if snap is not None and snap.positions else None

    def dialogs() -> dict[str, Callable[[], QWidget]]:
        from desktop.views.account_dialog import AccountDialog
        from desktop.views.alerts_dialog import AlertsDialog
        from desktop.views.calculator_dialog import CalculatorDialog
        from desktop.views.settings_dialog import SettingsDialog
        from desktop.views.wallet_dialog import WalletDialog

        made: dict[str, Callable[[], QWidget]] = {
            "dialog-account": lambda: AccountDialog(state, None, window),
            "dialog-wallet": lambda: WalletDialog(state, window),
            "dialog-calculator": lambda: CalculatorDialog(window),
            "dialog-alerts": lambda: AlertsDialog(state, window),
            "dialog-settings": lambda: SettingsDialog(state, window),
        }
        if position is not None:
            from desktop.views.cold_move_dialog import ColdMoveDialog
            from desktop.views.funding_view import FundingDialog

            made["dialog-calculator-position"] = lambda: CalculatorDialog(window, position=position)
            made["dialog-funding"] = lambda: FundingDialog(state, position, window)
            made["dialog-cold-move"] = lambda: ColdMoveDialog(state, position.account_id, window)
        return made

    def market_tabs(window, folder: Path, mode: str) -> list[Path]:
        """The Market view with each of its tabs shown (the map computed in the background first)."""
        view = window.stack.currentWidget()
        tabs = getattr(view, "tabs", None)
        out: list[Path] = []
        if tabs is None:
            return out
        for name, index in MARKET_TABS:
            if not wanted(name):
                continue
            tabs.setCurrentIndex(index)
            settle(900)
            for _ in range(40):  # the map is computed in a worker
                if not getattr(view.map_tab, "loading", False):
                    break
                settle(250)
            settle(300)
            path = folder / f"{name}-{mode}.png"
            window.grab().save(str(path))
            out.append(path)
        tabs.setCurrentIndex(0)
        return out

    written: list[Path] = []
    for language in [x.strip() for x in args.languages.split(",") if x.strip()]:
        state.update_settings(language="" if language == "en" else language)
        settle(300)
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        for mode in [x.strip() for x in args.themes.split(",") if x.strip()]:
            theme().apply(mode)
            settle(300)
            for title in VIEW_TITLES:
                name = title.lower().replace(" ", "-").replace("/", "-")
                if not wanted(name):
                    continue
                window.show_view(title)
                settle(900)
                idle(window.stack.currentWidget())
                settle(300)
                path = folder / f"{name}-{mode}.png"
                window.grab().save(str(path))
                written.append(path)
                if title == "Market":
                    written.extend(market_tabs(window, folder, mode))
            for name, make in dialogs().items():
                if not wanted(name):
                    continue
                try:
                    dialog = make()
                except Exception as exc:  # noqa: BLE001 - a dialog that cannot open is reported, the rest still run
                    print(f"{name}: could not open: {exc}", file=sys.stderr)
                    continue
                dialog.show()
                settle(700)
                path = folder / f"{name}-{mode}.png"
                dialog.grab().save(str(path))
                written.append(path)
                dialog.close()
                dialog.deleteLater()
            if wanted("welcome") and hasattr(window, "show_welcome"):
                window.show_welcome()
                settle(600)
                path = folder / f"welcome-{mode}.png"
                window.grab().save(str(path))
                written.append(path)
    for p in written:
        print(p)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
