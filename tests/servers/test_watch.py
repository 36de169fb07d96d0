"""``undertow watch`` against the loopback Binance fake (acceptance 2 of issue 14).

The engine the command runs (``desktop.commands.watch.build_engine``: the session's real sync, real ccxt mark-price
requests, the rules, the printer) is driven by a fast clock: each sleep advances the clock by what the engine
asked for and then plays the next step of a script (a new mark, a fault, the fault cleared) before the next check.

The fake is ``FakeBinance`` subclassed here with a mark-price walk: its BTCUSDT mark (positions, tickers, mark
prices) is what the test sets. Its only open position is the recorded BTC cross long (0.009 BTC at 67 445.9) on the
recorded single-asset account; the ETH isolated short of the plain fake is left out (its isolated margin exceeds
that small wallet, which would put the BTC long beyond liquidation from the start).

Expected numbers, from Binance's published USD-M formula (one cross position, tier 1: MMR 0.4 %, cum 0):
    LP = (WB − side·size·entry) / (size·MMR − side·size),  WB = USDT wallet = margin balance − unrealised PnL
       = 31.022612 − 0.51106678 (Binance's balance includes the PnL; USDC is not margin in single-asset mode)
    LP = (30.51154522 − 0.009 × 67445.9) / (0.009 × 0.004 − 0.009) = 64 313.87
and the distance to liquidation of a long at mark M is (M − LP) / M. With the 15 % threshold and 1 % point of
hysteresis, M = 75 000 is 14.25 % (crossed), 75 900 is 15.26 % (not re-armed: below 16 %), 77 000 is 16.48 %
(re-armed). The daily σ of the fake's synthetic closes (a ±1.2 %/−1.8 % zig-zag) is about 1.44 %, so 2 σ is
crossed only below M ≈ LP·e^(2·0.0144) ≈ 66 190: at 66 000 (2.55 %, 1.8 σ).
"""

from __future__ import annotations

import asyncio
import io
import json
import math
from datetime import timedelta

import pytest

from core.exchanges.ccxt_source import RetryPolicy, close_clients
from tests.servers.conftest import T0, add_fake_accounts
from tests.servers.fake_binance import MARKS, RECORDED_BTC_POSITION, FakeBinance

FAST = RetryPolicy(attempts=2, backoff_s=0.01)
ENTRY, SIZE, MMR = 67445.9, 0.009, 0.004
WALLET = 31.022612 - 0.51106678
LP = (WALLET - SIZE * ENTRY) / (SIZE * MMR - SIZE)  # 64 313.87


def distance_pct(mark: float) -> float:
    return (mark - LP) / mark * 100


class WalkingBinance(FakeBinance):
    """FakeBinance whose BTCUSDT mark the test walks; the BTC cross long is its only open position."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.mark = MARKS["BTCUSDT"]

    def one_way_positions(self) -> list:
        btc = dict(RECORDED_BTC_POSITION, markPrice=f"{self.mark:.8f}", notional=f"{SIZE * self.mark:.8f}")
        flat = super().one_way_positions()[2]
        return [btc, flat]

    def ticker(self, symbol: str) -> dict:
        row = super().ticker(symbol)
        if symbol == "BTCUSDT":
            row.update(lastPrice=str(self.mark), weightedAvgPrice=str(self.mark))
        return row

    def premium(self, symbol: str) -> dict:
        row = super().premium(symbol)
        if symbol == "BTCUSDT":
            row.update(markPrice=str(self.mark), indexPrice=str(self.mark * 0.9998))
        return row


class Script:
    """A fast clock: ``sleep(s)`` moves the time on by ``s`` and plays the next step (before the next check);
    when the script is over it stops the engine."""

    def __init__(self, steps: list) -> None:
        self.t = T0
        self.steps = list(steps)
        self.engine = None
        self.slept: list[float] = []

    def now(self):
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += timedelta(seconds=seconds)
        if not self.steps:
            self.engine.stop()
        else:
            self.steps.pop(0)()
        await asyncio.sleep(0)


@pytest.fixture
async def walking():
    fake = WalkingBinance(hang_s=1.5, lifetime_s=120)
    await fake.start()
    yield fake
    await close_clients()
    await fake.stop()


def _engine(session, fake, steps, *, refresh_min=15, json_lines=False, persist=False):
    from desktop.commands.watch import build_engine

    add_fake_accounts(session, {"binanceusdm": fake}, venues=("binanceusdm",))
    session.update_settings(refresh_interval_min=refresh_min)
    sent = []

    async def send(alert):
        sent.append(alert)

    out = io.StringIO()
    script = Script(steps)
    engine = build_engine(session, out=out, json_lines=json_lines, send=send, clock=script.now, sleep=script.sleep,
                          retry=FAST, persist=persist)
    script.engine = engine
    return engine, script, sent, out


def _set(fake, mark=None, fault=False, clear=False):
    def step():
        if mark is not None:
            fake.mark = mark
        if fault:
            fake.fault("*", "5xx")
        if clear:
            fake.fault("*", None)
    return step


#: The walk: a mark per check after the first sync at 90 000, and the alerts each check must raise.
WALK = [
    (80000, []), (76000, []),
    (75000, ["pct"]),  # 14.25 %: the 15 % threshold is crossed
    (75900, []), (74800, []), (75900, []), (75000, []),  # oscillating around it, never back to 16 %: silent
    (77000, []),  # 16.48 %: re-armed
    (76000, []),
    (74500, ["pct"]),  # crossed again: a second alert
    (66000, ["sigma"]),  # 1.8 σ: the σ threshold is crossed (the % one stays crossed)
    (90000, []),  # both re-armed
    (75000, ["pct"]),  # and a third crossing
]


@pytest.mark.parametrize("refresh_min", [15, 1], ids=["marks-only", "full-syncs-between"])
async def test_one_alert_per_threshold_crossing_with_hysteresis(session, walking, refresh_min):
    assert distance_pct(75000) < 15 < distance_pct(75900) < 16 < distance_pct(77000)  # the script's premise
    walking.mark = 90000.0
    checks = []
    engine, script, sent, out = _engine(session, walking, [_set(walking, mark=m) for m, _ in WALK],
                                        refresh_min=refresh_min)
    engine.on_check = checks.append
    await engine.run()

    assert len(checks) == len(WALK) + 1
    first = checks[0].reading.positions
    assert len(first) == 1 and first[0].liquidation_price == pytest.approx(LP, rel=1e-4)
    for check, (mark, _) in zip(checks[1:], WALK):  # every check judged the walked mark
        risk = check.reading.positions[0]
        assert risk.position.mark_price == mark
        assert risk.distance_pct == pytest.approx(distance_pct(mark), abs=0.01)
    got = [[a.key.split("@")[0].rsplit(":", 1)[1] for a in c.alerts if a.kind == "liquidation"] for c in checks]
    assert got == [[]] + [expected for _, expected in WALK]
    liquidation = [a for a in sent if a.kind == "liquidation"]
    assert len(liquidation) == 4 and len({a.key for a in liquidation}) == 4  # one key per crossing
    # the due reminder (100 % of the net worth on one exchange) becomes one alert, however often it is synced
    reminders = [a for a in sent if a.kind == "reminder"]
    assert [a.key.split("@")[0] for a in reminders] == ["reminder:R3:binanceusdm-acct"]
    assert [a.kind for a in checks[0].alerts] == ["reminder"]
    full = [c.full for c in checks]
    assert full[0] and (any(full[1:]) if refresh_min == 1 else not any(full[1:]))
    # the marks came from the public mark-price endpoint, not from the private positions
    assert walking.count("/fapi/v1/premiumIndex") >= len(WALK)

    # no amounts in what a locked screen or a phone may show; the amounts only in body_with_amounts
    for alert in liquidation:
        assert "$" not in alert.title + alert.body and "64,3" not in alert.body
        assert "notional $" in alert.body_with_amounts
    assert "100 %" not in reminders[0].body and "100 %" in reminders[0].body_with_amounts
    lines = [line for line in out.getvalue().splitlines() if "  liquidation  " in line]
    assert len(lines) == 4
    assert f"{distance_pct(75000):.1f} % from liquidation (alert below 15 %)" in lines[0]


async def test_cadence_is_fast_near_the_threshold_and_slow_far_from_it(session, walking):
    walking.mark = 200000.0  # 67.8 %: far from 2 × 15 %
    engine, script, sent, out = _engine(session, walking, [_set(walking, mark=200000.0),
                                                           _set(walking, mark=80000.0), _set(walking, mark=80000.0)])
    await engine.run()
    assert script.slept[:3] == [300.0, 300.0, 30.0]  # 19.6 % < 30 %: within twice the threshold
    assert not [a for a in sent if a.kind == "liquidation"]


async def test_one_blind_alert_when_the_venue_goes_down_and_one_recovered(session, walking):
    walking.mark = 90000.0
    steps = [_set(walking, fault=True)] + [lambda: None] * 4 + [_set(walking, clear=True), lambda: None]
    engine, script, sent, out = _engine(session, walking, steps, json_lines=True)
    checks = []
    engine.on_check = checks.append
    await engine.run()

    kinds = [[a.kind for a in c.alerts if a.kind != "reminder"] for c in checks]
    # check 0 the sync; 1 the first failure (not yet: one failed look is not blindness); 2 blind; 3-5 still down,
    # silent; 6 answers again
    assert kinds == [[], [], ["blind"], [], [], [], ["recovered"], []]
    blind, recovered = [a for a in sent if a.kind != "reminder"]
    assert blind.severity == "warning" and "binanceusdm main" in blind.title
    assert "unavailable" in blind.body  # the venue's 5xx, said the user's way
    assert recovered.kind == "recovered" and recovered.key.startswith("recovered:binanceusdm-acct@")
    assert script.slept[1:6] == [30.0] * 5  # not seeing a source: checked at the fast cadence
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["kind"] for r in rows] == ["reminder", "blind", "recovered"] and "body_with_amounts" not in rows[1]


async def test_blind_through_failed_full_syncs_until_a_sync_succeeds(session, walking):
    """With a sync every minute the private sync fails too: still one "blind"; "recovered" only once a full sync
    is fresh again (fresh marks alone do not make stale positions current)."""
    walking.mark = 90000.0
    steps = [_set(walking, fault=True)] + [lambda: None] * 5 + [_set(walking, clear=True)] + [lambda: None] * 3
    engine, script, sent, out = _engine(session, walking, steps, refresh_min=1)
    checks = []
    engine.on_check = checks.append
    await engine.run()

    assert [a.kind for a in sent if a.kind != "reminder"] == ["blind", "recovered"]
    # a full sync every other check (30 s checks, a 1 min refresh interval)
    assert [c.full for c in checks] == [True, False] * 5 + [True]
    seeing = [c.reading.sources["binanceusdm-acct"].seeing for c in checks]
    # check 7: the fault is cleared and the marks answer, but the positions are still the stale ones
    assert seeing == [True] + [False] * 7 + [True] * 3
    assert checks[7].reading.sources["binanceusdm-acct"].reason.startswith("Binance USD-M is unavailable")
    assert [[a.kind for a in c.alerts if a.kind != "reminder"] for c in checks] == \
        [[], [], ["blind"], [], [], [], [], [], ["recovered"], [], []]


async def test_a_snooze_from_the_command_line_holds_the_alert_until_it_is_ended(session, walking):
    """``undertow watch --snooze`` writes the shared snooze file; a running watch reads it at every check, and
    ``--unsnooze`` (or the snooze's end) lets a still-crossed threshold through, once."""
    from core.watch.engine import add_snooze, remove_snooze, snooze_file

    add_snooze(snooze_file(), "liquidation:binanceusdm-acct", T0 + timedelta(hours=1), T0)
    walking.mark = 75000.0  # crossed from the first check
    steps = [lambda: None, lambda: remove_snooze(snooze_file(), "liquidation:binanceusdm-acct", T0), lambda: None]
    engine, script, sent, out = _engine(session, walking, steps)
    checks = []
    engine.on_check = checks.append
    await engine.run()
    liquidation = [[a.kind for a in c.alerts if a.kind == "liquidation"] for c in checks]
    assert liquidation == [[], [], ["liquidation"], []]
    assert next(a for a in sent if a.kind == "liquidation").key.endswith("@20260302T080000Z")  # since check 0


async def test_a_restarted_watch_does_not_repeat_an_alert(session, walking):
    walking.mark = 75000.0  # crossed from the first check
    engine, script, sent, out = _engine(session, walking, [lambda: None], persist=True)
    await engine.run()
    assert sorted(a.kind for a in sent) == ["liquidation", "reminder"]

    from desktop.commands.watch import build_engine

    again = []

    async def send(alert):
        again.append(alert)

    script2 = Script([lambda: None])
    engine2 = build_engine(session, out=io.StringIO(), send=send, clock=script2.now, sleep=script2.sleep,
                           retry=FAST)
    script2.engine = engine2
    await engine2.run()
    assert again == []  # the same crossing (and the same reminder firing), kept in the state file
    crossing = next(a for a in sent if a.kind == "liquidation")
    assert math.isclose(engine2.state.triggers[crossing.key.split("@")[0]].since.timestamp(), T0.timestamp())


# --- the cold-wallet watchtower through the engine ----------------------------------------------------------
async def test_an_unannounced_spend_from_a_cold_wallet_is_one_alert_at_the_next_sync(session):
    """The watchtower hook (``core.watch.watchtower_hook``) polls the Esplora fake after every full sync, keeps
    its state in the store and its alert goes through the engine like any other: once."""
    from core.custody.importer import parse_import
    from core.model import CustodyClass
    from tests.servers.esplora_fake import EsploraFake, tx

    cold = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    async with EsploraFake() as chain:
        chain.broadcast(tx("funding", [("bc1q-exchange-hot-wallet", 1_005_000)], [(cold, 1_000_000)]))
        chain.mine(T0 - timedelta(days=3))
        session.update_settings(esplora_url=chain.url, refresh_interval_min=1)
        session.add_wallet(parse_import(cold), "Trezor vault", "Trezor", CustodyClass.HARDWARE_WALLET, T0)

        def theft():
            chain.broadcast(tx("theft", [(cold, 1_000_000)], [("bc1q-somebody-else", 990_000)]))

        from desktop.commands.watch import build_engine

        sent = []

        async def send(alert):
            sent.append(alert)

        script = Script([theft, lambda: None, lambda: None])
        engine = build_engine(session, out=io.StringIO(), send=send, clock=script.now, sleep=script.sleep,
                              persist=False)
        script.engine = engine
        checks = []
        engine.on_check = checks.append
        await engine.run()

    cold_alerts = [[a.kind for a in c.alerts if a.kind.startswith("cold")] for c in checks]
    assert [c.full for c in checks] == [True, True, True, True]  # no position: every check is a sync (1 min)
    assert cold_alerts == [[], ["cold_spend"], [], []]  # the first poll is the baseline; then once
    (spend,) = [a for a in sent if a.kind == "cold_spend"]
    assert "Trezor vault" in spend.body and "0.0099" not in spend.body
    from core.store.custody_repo import get_fact

    assert get_fact(session.store.read(), "watchtower")["v"] == 1  # the watchtower's state is in the store


# --- the desktop app's watch service ------------------------------------------------------------------------
def test_the_desktop_watch_service_judges_the_apps_refresh_and_alerts_on_the_gui_thread(qtbot, session):
    """The app's refresh (a real sync through the bridge) is observed by the engine on the runtime's loop; the
    alert reaches the GUI thread. The fake runs on that same loop (the test's own loop is not running here)."""
    from PySide6.QtCore import QCoreApplication, QThread

    from desktop.bridge import Bridge
    from desktop.state import AppState
    from desktop.watch_service import WatchService

    runtime = session.runtime
    fake = WalkingBinance(hang_s=1.5, lifetime_s=60)
    fake.mark = 75000.0  # 14.2 %: crossed
    runtime.run(fake.start(), 10)
    try:
        add_fake_accounts(session, {"binanceusdm": fake}, venues=("binanceusdm",))
        state = AppState(Bridge(runtime), session)
        service = WatchService(state)
        got, checks = [], []
        service.alert_raised.connect(
            lambda alert: got.append((alert, QThread.currentThread() is QCoreApplication.instance().thread())))
        service.checked.connect(checks.append)
        assert service.start() and service.running
        state.refresh()
        qtbot.waitUntil(lambda: any(a.kind == "liquidation" for a, _ in got), timeout=20_000)
        assert all(on_gui_thread for _, on_gui_thread in got)
        (alert,) = [a for a, _ in got if a.kind == "liquidation"]
        assert alert.key.startswith("liquidation:binanceusdm-acct:BTC/USDT:USDT:long:pct@")
        assert checks and not checks[-1].full  # the app synced; the engine only judged it
        state.reanalyse()  # the same snapshot again (e.g. a setting changed): no repeat
        qtbot.waitUntil(lambda: len(checks) >= 2, timeout=20_000)
        assert [a for a, _ in got if a.kind == "liquidation"] == [alert]
        service.stop()
        assert not service.running
    finally:
        runtime.run(close_clients(), 10)
        runtime.run(fake.stop(), 10)


def test_the_demo_app_does_not_watch(qtbot, tmp_path):
    from core.session import Session
    from desktop.bridge import Bridge
    from desktop.state import AppState
    from desktop.watch_service import WatchService

    demo = Session.open(demo=True, path=tmp_path / "demo.sqlite")
    try:
        service = WatchService(AppState(Bridge(demo.runtime), demo))
        assert not service.start() and not service.running
    finally:
        demo.store.close()


def test_keep_watching_in_the_background_is_asked_once(qtbot, session, monkeypatch):
    """The question on the first close of the window. There is no system tray on this headless machine, so its
    availability is patched (the only stand-in here); the dialog is answered by a stand-in too."""
    from PySide6.QtWidgets import QSystemTrayIcon, QWidget

    import desktop.watch_service as ws
    from desktop.bridge import Bridge
    from desktop.state import AppState

    state = AppState(Bridge(session.runtime), session)
    asked = []
    assert ws.ask_background_watch(None, state, ask=lambda parent: asked.append(1) or True) is None  # no tray
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert ws.ask_background_watch(None, state, ask=lambda parent: asked.append(1) or True) is None  # no account
    add_fake_accounts(session, {"binanceusdm": FakeBinance()}, venues=("binanceusdm",))
    monkeypatch.setattr(ws, "_ask_dialog", lambda parent: asked.append(parent) or True)
    window = QWidget()
    qtbot.addWidget(window)
    window.installEventFilter(ws.BackgroundQuestion(window, state, parent=window))
    window.show()
    window.close()
    assert asked == [window]
    assert state.settings.watch_in_background and state.settings.watch_background_asked
    window.show()
    window.close()
    assert asked == [window]  # asked once
    assert ws.ask_background_watch(None, state, ask=lambda parent: False) is None


# --- the command itself -------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_undertow_watch_prints_alerts_and_stops_cleanly_on_a_signal(sig):
    """``undertow --demo watch`` in a subprocess: the demo's close positions are printed (no channel is sent to in
    the demo), then the signal ends it with exit code 0."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--demo", "watch", "--json"], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)})
    try:
        first = proc.stdout.readline()  # blocks until the first check printed its first alert
        assert json.loads(first)["kind"] in ("liquidation", "margin", "reminder"), first
        time.sleep(0.5)
        proc.send_signal(getattr(signal, sig))
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "undertow watch: stopped." in err and "Traceback" not in err
    assert all(json.loads(line)["key"] for line in out.splitlines())


def test_the_systemd_user_unit_runs_undertow_watch(tmp_path):
    import configparser
    import shutil
    import subprocess
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "packaging" / "undertow-watch.service"
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str
    unit.read(path, encoding="utf-8")
    service = unit["Service"]
    assert service["ExecStart"].endswith("/undertow watch") and service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "default.target"
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify the syntax with a command that exists here (the real one lives in the user's ~/.local/bin)
    checked = tmp_path / "undertow-watch.service"
    checked.write_text(path.read_text().replace("%h/.local/bin/undertow watch", "/bin/true watch"))
    result = subprocess.run([analyze, "verify", str(checked)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
