"""The watch engine's rules (``core.watch.rules``), pure: readings in, alerts and state out.

Risk figures are given directly (``PositionRisk`` / ``AccountRisk`` values, what ``core.risk`` would report), so
each expected alert follows from the thresholds by hand. The engine tests at the end drive ``WatchEngine`` with a
stub feed (our own interface, no network) to check the cadence; the real feed runs against the exchange fake in
``tests/servers/test_watch.py``.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from core.alerts import KINDS, SEVERITIES, Alert
from core.model import (
    Account,
    MarginMode,
    MarketState,
    PortfolioSnapshot,
    Position,
    Side,
    SourceState,
    SourceStatus,
)
from core.reminders import Condition, Reminder, ReminderState
from core.risk import AccountRisk, PositionRisk
from core.settings import Settings
from core.watch.marks import MarkQuotes, mark_of, with_marks
from core.watch.rules import (
    Reading,
    SourceView,
    Thresholds,
    WatchConfig,
    WatchState,
    evaluate,
    is_near,
    is_snoozed,
    margin_usage_pct,
    snooze,
    subject_of,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
CFG = WatchConfig(Thresholds(15.0, 2.0, 80.0), hysteresis_pct=1.0, blind_after=2)
A = 0.01  # the daily log return of the closes below: ln(1.01) up, then down, ...
CLOSES = tuple(100.0 * (1.01 if i % 2 else 1.0) for i in range(31))  # 30 returns of ±ln(1.01), mean 0
VOL = math.log(1.01) * math.sqrt(30 / 29)  # their sample standard deviation (ddof 1)


def position(account="acct-1", symbol="BTC/USDT:USDT", side=Side.LONG, mark=100.0) -> Position:
    return Position(account, "binanceusdm", symbol, side, 1.0, 1.0, 100.0, mark, MarginMode.CROSS)


def snapshot(*positions: Position, accounts=("acct-1",), sources=()) -> PortfolioSnapshot:
    return PortfolioSnapshot(
        T0, accounts=tuple(Account(a, "binanceusdm", f"label {a}") for a in accounts), positions=positions,
        markets=(MarketState("binanceusdm", "BTC/USDT:USDT", 100.0, daily_closes=CLOSES),), sources=sources)


def risk(p: Position, distance: float | None, vols: float | None = None) -> PositionRisk:
    lp = None if distance is None else p.mark_price * (1 - distance / 100)
    return PositionRisk(p, lp, None, None, False, distance, vols, None, None, None, "test")


def reading(*risks: PositionRisk, accounts=(), sources=None, reminders=None, extra=()) -> Reading:
    return Reading(snapshot(*(r.position for r in risks)), tuple(risks), tuple(accounts), sources or {},
                   reminders, tuple(extra))


def run(values, cfg=CFG, state=None, vols=None, start=T0, step=timedelta(seconds=30)):
    """Evaluate one position at each distance in ``values``; the alerts of each evaluation and the last state."""
    state = state or WatchState()
    out = []
    p = position()
    for i, d in enumerate(values):
        v = vols[i] if vols is not None else 50.0
        alerts, state = evaluate(reading(risk(p, d, v)), state, cfg, start + i * step)
        out.append(alerts)
    return out, state


# --- distance in % ----------------------------------------------------------------------------------------
def test_one_alert_per_crossing_and_the_hysteresis_holds_around_the_threshold():
    walk = [30, 20, 15.0, 14.9, 15.5, 14.0, 15.99, 14.5, 16.0, 15.2, 14.8, 13, 40]
    alerts, state = run(walk)
    fired = [i for i, a in enumerate(alerts) if a]
    # 15.0 is not below 15; 14.9 crosses; up to 15.99 is not back past 16; 16.0 re-arms; 14.8 crosses again
    assert fired == [3, 10]
    first, second = alerts[3][0], alerts[10][0]
    assert first.key == "liquidation:acct-1:BTC/USDT:USDT:long:pct@20260302T080130Z"
    assert second.key == "liquidation:acct-1:BTC/USDT:USDT:long:pct@20260302T080500Z"
    assert (first.kind, first.severity) == ("liquidation", "critical")
    assert "14.9 % from liquidation (alert below 15 %)" in first.body and "label acct-1" in first.body
    assert state.triggers == {}  # back at 40 %: re-armed, nothing kept


def test_no_hysteresis_re_arms_as_soon_as_the_threshold_is_left():
    alerts, _ = run([14, 15, 14, 15.5, 14], cfg=replace(CFG, hysteresis_pct=0.0))
    assert [bool(a) for a in alerts] == [True, False, True, False, True]


def test_a_position_already_past_liquidation_alerts_once():
    alerts, state = run([-3.0, -5.0, -1.0])
    assert [len(a) for a in alerts] == [1, 0, 0]
    assert "-3.0 % from liquidation" in alerts[0][0].body


def test_an_unknown_distance_keeps_the_state():
    alerts, state = run([14, None, 15.5, None, 17, 14])
    assert [len(a) for a in alerts] == [1, 0, 0, 0, 0, 1]


def test_a_closed_position_forgets_its_trigger():
    _, state = run([14])
    assert state.triggers
    alerts, state = evaluate(reading(), state, CFG, T0 + timedelta(minutes=1))
    assert alerts == [] and state.triggers == {}
    again, _ = run([14], state=state, start=T0 + timedelta(minutes=2))
    assert len(again[0]) == 1  # a new position: a new crossing


# --- distance in σ ----------------------------------------------------------------------------------------
def test_sigma_threshold_with_hysteresis_in_sigma():
    back = math.log(1.01) / VOL  # a 1 % move of the mark, in daily σ of the position's market
    assert back == pytest.approx(math.sqrt(29 / 30))
    cfg = replace(CFG, defaults=Thresholds(None, 2.0, None))
    vols = [3.0, 1.9, 2.5, 2.0 + back - 0.01, 1.5, 2.0 + back + 0.01, 1.99]
    alerts, _ = run([50.0] * len(vols), cfg=cfg, vols=vols)
    assert [len(a) for a in alerts] == [0, 1, 0, 0, 0, 0, 1]
    assert alerts[1][0].key.split("@")[0].endswith(":sigma")
    assert "1.9 daily σ (50.0 %) from liquidation (alert below 2 σ)" in alerts[1][0].body


# --- margin ratio ------------------------------------------------------------------------------------------
def account_risk(account="acct-1", venue="binanceusdm", mode="single_asset", ratio=0.5, liquidates_at=1.0,
                 cross=True) -> AccountRisk:
    return AccountRisk(account, venue, 1000.0, 100.0, 0.1, None, cross, mode=mode, collateral_value_usd=900.0,
                       venue_ratio=ratio, ratio_name="test ratio", liquidates_at=liquidates_at)


def test_margin_usage_follows_the_direction_of_the_venues_ratio():
    # MM ÷ margin balance, liquidation at 1.0 (rising): usage = ratio ÷ 1.0
    assert margin_usage_pct(account_risk(ratio=0.8)) == pytest.approx(80.0)
    # uniMMR = equity ÷ MM, liquidation at 1.05 (falling): usage = 1.05 ÷ ratio
    pm = account_risk(mode="portfolio_margin", ratio=1.3125, liquidates_at=1.05)
    assert margin_usage_pct(pm) == pytest.approx(80.0)
    assert margin_usage_pct(replace(pm, venue_ratio=1.05)) == pytest.approx(100.0)
    # OKX mgnRatio = adjusted equity ÷ (MM + fee), liquidation at 1.0
    assert margin_usage_pct(account_risk(venue="okx", mode="multi_currency", ratio=4.0)) == pytest.approx(25.0)
    # no cross position, a venue that liquidates position by position, no ratio: nothing to judge
    assert margin_usage_pct(account_risk(cross=False)) is None
    assert margin_usage_pct(account_risk(venue="bybit", mode="classic")) is None
    assert margin_usage_pct(account_risk(ratio=None)) is None
    wiped = replace(account_risk(ratio=None), collateral_value_usd=-5.0)
    assert margin_usage_pct(wiped) == math.inf
    # the venue's own figure stands in when ours is missing
    assert margin_usage_pct(replace(account_risk(ratio=None), venue_ratio_reported=0.9)) == pytest.approx(90.0)


def test_margin_alert_once_with_hysteresis():
    state = WatchState()
    fired = []
    for i, ratio in enumerate([0.5, 0.79, 0.80, 0.85, 0.795, 0.81, 0.789, 0.79, 0.82]):
        r = Reading(snapshot(), accounts=(account_risk(ratio=ratio),))
        alerts, state = evaluate(r, state, CFG, T0 + timedelta(minutes=i))
        fired.append([a.kind for a in alerts])
    # 80 % reached at 0.80; back below 79 % only at 0.789; reached again at 0.82
    assert fired == [[], [], ["margin"], [], [], [], [], [], ["margin"]]


def test_margin_alert_text_has_no_amounts():
    alerts, _ = evaluate(Reading(snapshot(), accounts=(account_risk(ratio=0.9),)), WatchState(), CFG, T0)
    (alert,) = alerts
    assert "90 % of the level at which Binance USD-M liquidates (alert at 80 %)" in alert.body
    assert "$" not in alert.title + alert.body and "$1,000.00" in alert.body_with_amounts


# --- per-account overrides --------------------------------------------------------------------------------
def test_per_account_overrides_and_turning_a_rule_off():
    settings = Settings(liquidation_alert_pct=15.0, alert_distance_sigma=2.0, alert_margin_ratio_pct=80.0)
    cfg = WatchConfig.from_settings(settings, {
        "acct-1": {"alert_distance_pct": 25, "alert_margin_ratio_pct": "0"},
        "acct-2": {"alert_distance_sigma": "nonsense"},
        "acct-3": {"other": 1}})
    assert cfg.thresholds("acct-1") == Thresholds(25.0, 2.0, None)
    assert cfg.thresholds("acct-2") == Thresholds(15.0, 2.0, 80.0)  # unreadable: the default stays
    assert cfg.thresholds("acct-3") is cfg.defaults and "acct-3" not in cfg.per_account
    p1, p2 = position("acct-1"), position("acct-2")
    r = Reading(snapshot(p1, p2, accounts=("acct-1", "acct-2")), (risk(p1, 20.0), risk(p2, 20.0)),
                (account_risk("acct-1", ratio=0.95), account_risk("acct-2", ratio=0.95)))
    alerts, _ = evaluate(r, WatchState(), cfg, T0)
    assert sorted(subject_of(a.key) for a in alerts) == ["liquidation:acct-1:BTC/USDT:USDT:long:pct",
                                                          "margin:acct-2"]


def test_config_from_settings_cadence():
    cfg = WatchConfig.from_settings(Settings(refresh_interval_min=0, watch_fast_interval_s=10,
                                             watch_slow_interval_s=120, alert_hysteresis_pct=2.5))
    assert (cfg.fast_s, cfg.slow_s, cfg.full_sync_s, cfg.hysteresis_pct) == (10.0, 120.0, 900.0, 2.5)
    assert WatchConfig.from_settings(Settings(refresh_interval_min=5)).full_sync_s == 300.0
    assert WatchConfig.from_settings(Settings(), full_sync=False).full_sync_s is None
    assert WatchConfig.from_settings(Settings(alert_distance_sigma=0)).defaults.distance_sigma is None


# --- snooze -----------------------------------------------------------------------------------------------
def test_a_snoozed_crossing_is_sent_once_when_the_snooze_ends_if_still_crossed():
    state = snooze(WatchState(), "liquidation:acct-1", T0 + timedelta(minutes=10))
    assert is_snoozed(state.snoozes, "liquidation:acct-1:BTC/USDT:USDT:long:pct", T0)
    assert not is_snoozed(state.snoozes, "liquidation:acct-10:BTC/USDT:USDT:long:pct", T0)  # ":"-bounded
    alerts, state = run([14, 13, 14], state=state, step=timedelta(minutes=4))  # at 0, 4 and 8 min
    assert alerts == [[], [], []]
    later, state = run([13, 12], state=state, start=T0 + timedelta(minutes=12))
    assert [len(a) for a in later] == [1, 0]
    assert later[0][0].key.endswith("@20260302T080000Z")  # the episode that began under the snooze
    assert state.snoozes == {}  # the expired snooze is dropped


def test_after_a_snooze_a_crossing_is_sent_only_while_beyond_the_threshold():
    state = snooze(WatchState(), "liquidation", T0 + timedelta(minutes=10))
    alerts, state = run([14, None], state=state, step=timedelta(minutes=5))
    assert alerts == [[], []]
    # the snooze is over; the distance is unknown, then inside the hysteresis band, then beyond again
    later, _ = run([None, 15.5, 14.5], state=state, start=T0 + timedelta(minutes=11))
    assert [len(a) for a in later] == [0, 0, 1]


def test_a_crossing_that_re_arms_during_the_snooze_is_not_sent_later():
    state = snooze(WatchState(), "liquidation:acct-1:BTC/USDT:USDT:long:pct@whatever", T0 + timedelta(minutes=10))
    assert set(state.snoozes) == {"liquidation:acct-1:BTC/USDT:USDT:long:pct"}
    alerts, state = run([14, 30], state=state, step=timedelta(minutes=4))
    later, _ = run([30], state=state, start=T0 + timedelta(minutes=12))
    assert alerts == [[], []] and later == [[]]


# --- blind and recovered ----------------------------------------------------------------------------------
def view(seeing: bool, reason: str = "") -> dict[str, SourceView]:
    return {"acct-1": SourceView("acct-1", "label acct-1", seeing, reason)}


def test_blind_after_two_failed_looks_then_recovered_once():
    state, kinds = WatchState(), []
    for i, seeing in enumerate([True, False, True, False, False, False, False, True, True]):
        alerts, state = evaluate(Reading(snapshot(), sources=view(seeing, "" if seeing else "venue down")),
                                 state, CFG, T0 + timedelta(seconds=30 * i))
        kinds.append([a.kind for a in alerts])
    # a single failed look (index 1) is not blindness; 3 and 4 are: blind at 4, recovered at 7
    assert kinds == [[], [], [], [], ["blind"], [], [], ["recovered"], []]


def test_blind_alert_text_and_key():
    state = WatchState()
    for i in range(2):
        alerts, state = evaluate(Reading(snapshot(), sources=view(False, "Binance USD-M is unavailable.")), state,
                                 CFG, T0 + timedelta(seconds=30 * i))
    (alert,) = alerts
    assert alert.key == "blind:acct-1@20260302T080000Z"  # the episode began with the first failed look
    assert alert.title == "Blind on label acct-1" and "Binance USD-M is unavailable." in alert.body
    alerts, _ = evaluate(Reading(snapshot(), sources=view(True)), state, CFG, T0 + timedelta(minutes=5))
    (back,) = alerts
    assert (back.kind, back.severity) == ("recovered", "info") and "about 5 min" in back.body


def test_no_recovered_without_a_blind_alert_and_unobserved_sources_keep_their_state():
    state = snooze(WatchState(), "blind:acct-1", T0 + timedelta(hours=1))
    for i in range(3):
        alerts, state = evaluate(Reading(snapshot(), sources=view(False)), state, CFG, T0 + timedelta(seconds=i))
        assert alerts == []
    alerts, state = evaluate(Reading(snapshot()), state, CFG, T0 + timedelta(seconds=5))  # not observed
    assert alerts == [] and state.sources["acct-1"].failures == 3
    alerts, state = evaluate(Reading(snapshot(), sources=view(True)), state, CFG, T0 + timedelta(seconds=6))
    assert alerts == [] and state.sources == {}


# --- reminders and alerts made elsewhere ---------------------------------------------------------------------
def reminder(rule="R1", subject="okx", fired=T0, severity="warn", message="≈$5,000 on OKX isn't backing any"):
    c = Condition(rule, subject, 1.2, message, severity=severity)
    return Reminder(c, ReminderState(rule, subject, True, fired_at=fired), True)


def test_a_due_reminder_becomes_one_alert_per_firing():
    state = WatchState()
    r1, liq = reminder(), reminder("LIQ", "acct-1:BTC/USDT:USDT:long", severity="strong")
    alerts, state = evaluate(Reading(snapshot(), reminders=(r1, liq)), state, CFG, T0)
    (alert,) = alerts  # LIQ is said by the distance rules
    assert (alert.kind, alert.severity, alert.title) == ("reminder", "warning", "Reminder: Excess collateral")
    assert "$" not in alert.body and "$5,000" in alert.body_with_amounts
    for minutes in (15, 30):  # synced again, still due: nothing new; a check without reminders changes nothing
        again, state = evaluate(Reading(snapshot(), reminders=(r1,)), state, CFG, T0 + timedelta(minutes=minutes))
        assert again == []
        again, state = evaluate(Reading(snapshot()), state, CFG, T0 + timedelta(minutes=minutes, seconds=30))
        assert again == []
    # it cleared (no longer listed) and fired again later: a new alert
    _, state = evaluate(Reading(snapshot(), reminders=()), state, CFG, T0 + timedelta(hours=1))
    refired = reminder(fired=T0 + timedelta(hours=2))
    alerts, _ = evaluate(Reading(snapshot(), reminders=(refired,)), state, CFG, T0 + timedelta(hours=2))
    assert [a.key for a in alerts] == ["reminder:R1:okx@20260302T100000Z"]


def test_alerts_made_elsewhere_pass_once():
    spend = Alert("cold_spend:abc", "cold_spend", "critical", "Unannounced spend from a cold wallet", "b", T0)
    alerts, state = evaluate(Reading(snapshot(), extra=(spend,)), WatchState(), CFG, T0)
    assert alerts == [spend]
    alerts, state = evaluate(Reading(snapshot(), extra=(spend,)), state, CFG, T0 + timedelta(minutes=1))
    assert alerts == []
    snoozed = snooze(WatchState(), "cold_spend", T0 + timedelta(hours=1))
    alerts, _ = evaluate(Reading(snapshot(), extra=(spend,)), snoozed, CFG, T0)
    assert alerts == []


def test_every_alert_is_well_formed():
    p = position()
    r = Reading(snapshot(p), (risk(p, 5.0, 1.0),), (account_risk(ratio=0.95),), view(False, "down"),
                (reminder(),))
    state = evaluate(r, WatchState(), CFG, T0)[1]
    alerts, _ = evaluate(r, state, CFG, T0 + timedelta(seconds=30))
    alerts = evaluate(r, WatchState(), CFG, T0)[0] + alerts
    assert {a.kind for a in alerts} == {"liquidation", "margin", "blind", "reminder"}
    for a in alerts:
        assert a.kind in KINDS and a.severity in SEVERITIES and a.at.tzinfo is not None
        assert a.title and a.body and a.body_with_amounts and "$" not in a.title + a.body


# --- cadence ------------------------------------------------------------------------------------------------
def test_near_means_within_twice_a_threshold():
    p = position()
    assert is_near(reading(risk(p, 29.9, 50.0)), CFG)
    assert not is_near(reading(risk(p, 30.0, 50.0)), CFG)
    assert is_near(reading(risk(p, 50.0, 3.9)), CFG) and not is_near(reading(risk(p, 50.0, 4.0)), CFG)
    # margin: alert at 80 % leaves 20 % of room; near when 40 % or less is left (usage 60 % and above)
    assert is_near(Reading(snapshot(), accounts=(account_risk(ratio=0.60),)), CFG)
    assert not is_near(Reading(snapshot(), accounts=(account_risk(ratio=0.59),)), CFG)
    assert not is_near(reading(risk(p, None, None)), CFG)


# --- marks --------------------------------------------------------------------------------------------------
def test_with_marks_replaces_marks_of_positions_markets_and_the_base_price():
    p, other = position(mark=100.0), position("acct-1", "ETH/USDT:USDT", Side.SHORT, 10.0)
    snap = replace(snapshot(p, other), prices_usd={"BTC": 100.0, "ETH": 10.0})
    moved = with_marks(snap, {("binanceusdm", "BTC/USDT:USDT"): 90.0})
    assert [x.mark_price for x in moved.positions] == [90.0, 10.0]
    assert moved.markets[0].mark_price == 90.0 and moved.prices_usd == {"BTC": 90.0, "ETH": 10.0}
    assert moved.positions[0].unrealized_pnl == p.unrealized_pnl and snap.positions[0].mark_price == 100.0
    assert with_marks(snap, {}) is snap


def test_mark_of_a_ticker():
    assert mark_of({"markPrice": 5.0, "last": 4.0}) == 5.0
    assert mark_of({"markPrice": None, "info": {"markPrice": "6.5"}, "last": 4.0}) == 6.5
    assert mark_of({"last": 4.0}) == 4.0
    assert mark_of({"last": 0}) is None and mark_of(None) is None


# --- state on disk ------------------------------------------------------------------------------------------
def test_state_round_trips_through_json(tmp_path):
    from core.watch.engine import add_snooze, load_snoozes, load_state, remove_snooze, save_state

    _, state = run([14])
    for i in range(2):
        _, state = evaluate(Reading(snapshot(), sources=view(False, "down"), reminders=(reminder(),)), state, CFG,
                            T0 + timedelta(seconds=i))
    state = snooze(state, "margin:acct-1", T0 + timedelta(hours=1))
    path = tmp_path / "watch.json"
    save_state(path, state)
    assert load_state(path) == state
    path.write_text("{not json")
    assert load_state(path) == WatchState() and load_state(tmp_path / "none.json") == WatchState()

    snoozes = tmp_path / "snoozes.json"
    add_snooze(snoozes, "blind:acct-1@20260302T080000Z", T0 + timedelta(hours=1), T0)
    add_snooze(snoozes, "margin:acct-1", T0 + timedelta(minutes=1), T0)
    assert load_snoozes(snoozes) == {"blind:acct-1": T0 + timedelta(hours=1),
                                     "margin:acct-1": T0 + timedelta(minutes=1)}
    add_snooze(snoozes, "liquidation:acct-1", T0 + timedelta(hours=3), T0 + timedelta(minutes=2))  # drops the expired
    assert set(load_snoozes(snoozes)) == {"blind:acct-1", "liquidation:acct-1"}
    assert remove_snooze(snoozes, "blind:acct-1", T0) and not remove_snooze(snoozes, "blind:acct-1", T0)


# --- the engine's cadence, with a stub feed -----------------------------------------------------------------
class StubFeed:
    """Our ``Feed`` interface answered from memory: each full sync and each mark request gives the next
    distance of one position (a stub of our own interface, not of a real part; the real feed is tested against the
    exchange fake)."""

    def __init__(self, cfg: WatchConfig, distances: list[float]) -> None:
        self.cfg = cfg
        self.distances = list(distances)
        self.calls: list[str] = []

    async def config(self) -> WatchConfig:
        return self.cfg

    def _snapshot(self, now) -> PortfolioSnapshot:
        status = SourceStatus("acct-1", "exchange", SourceState.FRESH, now)
        return replace(snapshot(position()), taken_at=now, sources=(status,))

    async def full_sync(self, now):
        from core.analysis import analyse

        self.calls.append("full")
        result = analyse(self._snapshot(now), None, Settings(), now, scenario_id=None)
        return replace(result, positions=(risk(position(), self.distances.pop(0)),))

    async def marks(self, snap, now) -> MarkQuotes:
        self.calls.append("marks")
        return MarkQuotes({}, frozenset({"acct-1"}), {})

    async def cold_alerts(self, analysis, now):
        return ()

    def snoozes(self):
        return {}


def test_engine_cadence_full_syncs_and_fast_checks(monkeypatch):
    import core.watch.engine as engine_module
    from core.watch.engine import WatchEngine

    distances = iter([50.0] + [20.0] * 12)

    def assess(snap, gap):  # the re-priced risk: the next distance of the script
        return (risk(position(), next(distances)),), ()

    monkeypatch.setattr(engine_module, "assess", assess)
    cfg = replace(CFG, fast_s=30.0, slow_s=300.0, full_sync_s=600.0)
    feed = StubFeed(cfg, [50.0, 20.0])
    now = [T0]
    slept = []

    async def sleep(seconds):
        slept.append(seconds)
        now[0] += timedelta(seconds=seconds)
        if len(slept) >= 8:
            engine.stop()

    engine = WatchEngine(feed, None, clock=lambda: now[0], sleep=sleep)
    asyncio.run(engine.run())
    # full at 0 (50 %: slow), marks at 300 (50 %), full at 600 (20 %: fast), marks every 30 s after
    assert feed.calls[:4] == ["full", "marks", "full", "marks"]
    assert slept[:4] == [300.0, 300.0, 30.0, 30.0]
