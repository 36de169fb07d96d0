"""The watch engine's rules: a reading and the last state in, the alerts to send and the new state out.

Pure and deterministic: no clock (``now`` is passed in), no I/O. ``evaluate`` judges one ``Reading`` (the risk of
the last known positions at the freshest marks, which exchange sources answer, the due reminders, alerts made
elsewhere) against the user's thresholds and the ``WatchState`` of the previous evaluation:

* **Distance to liquidation**, per position, in % of the mark (``Settings.liquidation_alert_pct``) and in daily σ
  (``Settings.alert_distance_sigma``): a position closer than the threshold raises one alert.
* **Margin ratio**, per cross account: how far the account's ratio has gone towards the level at which its venue
  liquidates, in % (``margin_usage_pct``: 100 % = liquidation; whichever way the venue's ratio runs, see
  ``core.venues.spec.AccountRatio``), against ``Settings.alert_margin_ratio_pct``.
* **Hysteresis** (``Settings.alert_hysteresis_pct``, in % points): a crossed threshold re-arms only after the
  distance has moved back past threshold + hysteresis (for σ, the same move of the mark expressed in the
  position's daily σ; for the margin ratio, threshold − hysteresis). An oscillation around a threshold raises
  one alert, not one per swing.
* **No repeats**: one alert per crossing. Its key (``<trigger id>@<when it crossed>``) is stable for the whole
  episode, so a restarted engine that kept its state, or the dispatcher's de-duplication, never sends it twice.
* **Snooze** (``WatchState.snoozes``: subject -> until): a snoozed subject sends nothing; a condition still
  present when the snooze ends is sent then, once ("remind me later"). A subject is a trigger id or any prefix of
  it ending at a ``:`` (``liquidation:acct-1`` snoozes every position of that account).
* **Blind**: an exchange source that stops answering (its private sync stale or failed, or its mark-price
  requests failing) for ``blind_after`` observations in a row raises one "blind" alert; the first observation in
  which it answers again raises one "recovered" alert (only if "blind" was sent).
* **Reminders**: a due reminder (``core.reminders``) becomes one alert per firing (its ``fired_at``); the
  liquidation-proximity reminder (LIQ) is left out, the distance rules above already say it.
* **Alerts made elsewhere** (``Reading.extra``, e.g. the cold-wallet watchtower's): passed through the same
  snooze and no-repeat filter, by their own key.

Per-account overrides (``AccountConfig.options``): ``alert_distance_pct``, ``alert_distance_sigma`` and
``alert_margin_ratio_pct`` replace the user's default for that account's positions and account; a value of 0 (or
below) turns that rule off for the account. ``Thresholds.from_options`` reads them.

Privacy: titles and bodies carry distances (in % and σ), labels and symbols, never amounts; prices, sizes and USD
values go to ``body_with_amounts`` only.

The state between evaluations (``WatchState``, its triggers and source watches) and the snooze helpers
(``snooze``, ``unsnooze``, ``is_snoozed``, ``subject_of``) live in ``core.watch.state``; they are re-exported here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from core.alerts import Alert
from core.messages import QT_TRANSLATE_NOOP, Message, Number, Percent, Usd, When, joined, message
from core.model import PortfolioSnapshot
from core.reminders import SIDES, Reminder
from core.risk import AccountRisk, PositionRisk
from core.stats import daily_volatility
from core.venues import EQUITY_OVER_MM, venue_spec
from core.watch.state import SourceWatch, Trigger, WatchState, is_snoozed, snooze, subject_of, unsnooze

# SourceWatch, Trigger, WatchState and the snooze helpers moved to core.watch.state: re-exported here.
__all__ = ["EXTRA_MEMORY", "OPTION_DISTANCE_PCT", "OPTION_DISTANCE_SIGMA", "OPTION_MARGIN_RATIO_PCT",
           "OVERRIDE_OPTIONS", "SKIPPED_REMINDERS", "Reading", "SourceView", "SourceWatch", "Thresholds", "Trigger",
           "WatchConfig", "WatchState", "account_overrides", "blind_sources", "evaluate", "is_near", "is_snoozed",
           "margin_usage_pct", "position_subject", "position_vol", "snooze", "subject_of", "unsnooze"]

#: ``AccountConfig.options`` keys of the per-account overrides (floats; 0 or below turns the rule off).
OPTION_DISTANCE_PCT = "alert_distance_pct"
OPTION_DISTANCE_SIGMA = "alert_distance_sigma"
OPTION_MARGIN_RATIO_PCT = "alert_margin_ratio_pct"
OVERRIDE_OPTIONS = (OPTION_DISTANCE_PCT, OPTION_DISTANCE_SIGMA, OPTION_MARGIN_RATIO_PCT)

#: Reminder rules left out of the alerts: the distance rules say the same (and more precisely).
SKIPPED_REMINDERS = frozenset({"LIQ"})
#: How many keys of alerts made elsewhere are remembered (no repeats) before the oldest are forgotten.
EXTRA_MEMORY = 1000


# --- configuration ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Thresholds:
    """Alert thresholds of one account (None = the rule is off). ``distance_pct``: alert below this distance to
    liquidation, in % of the mark; ``distance_sigma``: below this many daily σ; ``margin_usage_pct``: at or above
    this % of the way to the venue's liquidation level."""

    distance_pct: float | None = 15.0
    distance_sigma: float | None = 2.0
    margin_usage_pct: float | None = 80.0

    def with_options(self, options: Mapping[str, Any] | None) -> Thresholds:
        """These thresholds with the account's overrides (``OVERRIDE_OPTIONS``) applied; unreadable values are
        ignored, 0 or below turns the rule off."""
        if not options:
            return self
        changes: dict[str, float | None] = {}
        for option, name in ((OPTION_DISTANCE_PCT, "distance_pct"), (OPTION_DISTANCE_SIGMA, "distance_sigma"),
                             (OPTION_MARGIN_RATIO_PCT, "margin_usage_pct")):
            if option not in options:
                continue
            try:
                value = float(options[option])
            except (TypeError, ValueError):
                continue
            if math.isfinite(value):
                changes[name] = value if value > 0 else None
        return replace(self, **changes) if changes else self


@dataclass(frozen=True)
class WatchConfig:
    """Everything the rules and the cadence need. ``per_account``: account id -> its thresholds (overrides);
    ``hysteresis_pct``: % points; ``blind_after``: failed observations in a row before "blind" is sent.
    ``fast_s`` / ``slow_s``: mark-price checks while something is within twice its threshold / otherwise;
    ``full_sync_s``: the private sync (None: someone else syncs, e.g. the desktop app's refresh timer)."""

    defaults: Thresholds = Thresholds()
    per_account: Mapping[str, Thresholds] = field(default_factory=dict)
    hysteresis_pct: float = 1.0
    blind_after: int = 2
    fast_s: float = 30.0
    slow_s: float = 300.0
    full_sync_s: float | None = 900.0

    def thresholds(self, account_id: str) -> Thresholds:
        return self.per_account.get(account_id, self.defaults)

    @classmethod
    def from_settings(cls, settings: Any, account_options: Mapping[str, Mapping[str, Any]] | None = None,
                      full_sync: bool = True, blind_after: int = 2) -> WatchConfig:
        """From ``core.settings.Settings`` and each account's ``options`` (account id -> options). A refresh
        interval of 0 ("manual only" in the app) still syncs every 15 minutes here: a watch must see new
        positions."""
        defaults = Thresholds(_positive(settings.liquidation_alert_pct), _positive(settings.alert_distance_sigma),
                              _positive(settings.alert_margin_ratio_pct))
        per_account = {account_id: defaults.with_options(options)
                       for account_id, options in (account_options or {}).items()
                       if any(k in (options or {}) for k in OVERRIDE_OPTIONS)}
        minutes = settings.refresh_interval_min if settings.refresh_interval_min > 0 else 15
        return cls(defaults, per_account, max(0.0, float(settings.alert_hysteresis_pct)), blind_after,
                   float(max(1, settings.watch_fast_interval_s)), float(max(1, settings.watch_slow_interval_s)),
                   minutes * 60.0 if full_sync else None)


def _positive(value: float) -> float | None:
    return float(value) if value and value > 0 else None


# --- what one evaluation sees -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceView:
    """One exchange source as observed now: ``seeing`` when its last private sync was fresh and its last
    mark-price request answered; ``reason`` (user-facing, never a secret) when not."""

    source_id: str
    label: str
    seeing: bool
    reason: str = ""


@dataclass(frozen=True)
class Reading:
    """What one evaluation judges. ``positions`` / ``accounts``: ``core.risk`` of ``snapshot`` (the last known
    positions at the freshest marks). ``sources``: the exchange sources observed in this check (a source not
    observed keeps its state). ``reminders``: the due reminders when a full sync was analysed in this check, None
    otherwise. ``extra``: alerts made elsewhere (the cold-wallet watchtower)."""

    snapshot: PortfolioSnapshot
    positions: tuple[PositionRisk, ...] = ()
    accounts: tuple[AccountRisk, ...] = ()
    sources: Mapping[str, SourceView] = field(default_factory=dict)
    reminders: tuple[Reminder, ...] | None = None
    extra: tuple[Alert, ...] = ()


def _stamp(at: datetime) -> str:
    return at.strftime("%Y%m%dT%H%M%SZ")


# --- the measures -------------------------------------------------------------------------------------------
def margin_usage_pct(account: AccountRisk) -> float | None:
    """How far the account's ratio has gone towards its venue's liquidation level, in %: 100 = liquidation.

    ``k × maintenance ÷ collateral`` (``AccountRatio.maintenance_factor``): the venue's ratio ÷ its liquidation
    level where the ratio is maintenance ÷ collateral (it rises to the level), the level ÷ the ratio where it is
    collateral ÷ maintenance (it falls to it). None for an account without cross positions, one its venue
    liquidates position by position, or without a ratio (no maintenance margin); infinite with no collateral left.
    """
    if not account.cross:
        return None
    rule = venue_spec(account.venue).account_ratio(account.mode)
    if rule.per_position:
        return None
    ratio = account.venue_ratio if account.venue_ratio is not None else account.venue_ratio_reported
    level = account.liquidates_at if account.liquidates_at else rule.liquidates_at
    if ratio is None:
        collateral = account.collateral_value_usd
        if collateral is not None and collateral <= 0 < account.maintenance_margin_usd:
            return math.inf
        return None
    if rule.kind == EQUITY_OVER_MM:
        return level / ratio * 100.0 if ratio > 0 else math.inf
    return ratio / level * 100.0 if level > 0 else None


def position_vol(snapshot: PortfolioSnapshot, risk: PositionRisk) -> float | None:
    """The daily volatility (fraction) ``distance_vols`` of ``risk`` was measured in."""
    market = snapshot.market(risk.position.venue, risk.position.symbol)
    return daily_volatility(market.daily_closes) if market is not None else None


def _sigma_hysteresis(hysteresis_pct: float, vol: float | None) -> float:
    """The hysteresis in daily σ: a move of the mark by ``hysteresis_pct`` % in log terms, over the daily σ."""
    if not vol or hysteresis_pct <= 0:
        return 0.0
    return math.log1p(hysteresis_pct / 100.0) / vol


def position_subject(risk: PositionRisk) -> str:
    p = risk.position
    return f"liquidation:{p.account_id}:{p.symbol}:{p.side.value}"


def is_near(reading: Reading, config: WatchConfig) -> bool:
    """True while any position or account is within twice its alert threshold (the fast cadence): a distance
    below 2 × the % or σ threshold, or a margin usage whose room to 100 % is at most twice the threshold's."""
    for r in reading.positions:
        th = config.thresholds(r.position.account_id)
        if th.distance_pct is not None and r.distance_pct is not None and r.distance_pct < 2 * th.distance_pct:
            return True
        if th.distance_sigma is not None and r.distance_vols is not None and r.distance_vols < 2 * th.distance_sigma:
            return True
    for a in reading.accounts:
        th = config.thresholds(a.account_id)
        usage = margin_usage_pct(a)
        if th.margin_usage_pct is not None and usage is not None \
                and 100.0 - usage <= 2 * max(0.0, 100.0 - th.margin_usage_pct):
            return True
    return False


# --- evaluation ---------------------------------------------------------------------------------------------
@dataclass
class _Run:
    """One evaluation's working state (mutable inside ``evaluate`` only)."""

    now: datetime
    snoozes: Mapping[str, datetime]
    triggers: dict[str, Trigger]
    alerts: list[Alert] = field(default_factory=list)

    def threshold(self, trigger_id: str, crossed_now: bool | None, rearmed_now: bool,
                  make: Callable[[str], Alert]) -> None:
        """Advance one threshold trigger. ``crossed_now``: beyond the threshold (None: unknown, keep the state);
        ``rearmed_now``: back past threshold + hysteresis. ``make(key)`` builds the alert when it is due."""
        old = self.triggers.get(trigger_id, Trigger())
        if crossed_now is None:
            new = old
        elif old.crossed:
            new = Trigger() if rearmed_now else old
        elif crossed_now:
            new = Trigger(True, self.now, False)
        else:
            new = old
        # sent while beyond the threshold now (a crossing snoozed and back inside the hysteresis band waits)
        if new.crossed and not new.notified and crossed_now and not is_snoozed(self.snoozes, trigger_id, self.now):
            self.alerts.append(make(f"{trigger_id}@{_stamp(new.since or self.now)}"))
            new = replace(new, notified=True)
        if new == Trigger():
            self.triggers.pop(trigger_id, None)
        else:
            self.triggers[trigger_id] = new


def _label(snapshot: PortfolioSnapshot, account_id: str) -> str:
    account = snapshot.account(account_id)
    return account.label if account is not None and account.label else account_id


def _fmt_price(value: float | None) -> str:
    if value is None:
        return message(QT_TRANSLATE_NOOP("Core", "unknown"))
    return f"{value:,.6g}" if value < 1 else f"{value:,.2f}"


def _position_amounts(risk: PositionRisk) -> Message:
    p = risk.position
    lp = risk.liquidation_price if risk.liquidation_price is not None else risk.liquidation_price_reported
    return message(QT_TRANSLATE_NOOP("Core", "Mark {mark}, liquidation {liquidation}, size {size} {unit}, notional "
                                             "{notional}."),
                   mark=_fmt_price(p.mark_price), liquidation=_fmt_price(lp), size=f"{p.size:g}",
                   unit="USD" if p.inverse else p.base, notional=Usd(p.notional_usd, 0))


def _with_amounts(body: Message, amounts: Message) -> Message:
    return joined([body, amounts], " ")


def _positions(run: _Run, reading: Reading, config: WatchConfig) -> set[str]:
    seen: set[str] = set()
    for r in reading.positions:
        p = r.position
        th = config.thresholds(p.account_id)
        subject = position_subject(r)
        side = SIDES.get(p.side.value, p.side.value)
        where = message(QT_TRANSLATE_NOOP("Core", "{symbol} {side} on {account}"), symbol=p.symbol, side=side,
                        account=_label(reading.snapshot, p.account_id))
        title = message(QT_TRANSLATE_NOOP("Core", "{asset} {side} close to liquidation"), asset=p.base, side=side)
        if th.distance_pct is not None:
            tid = f"{subject}:pct"
            seen.add(tid)
            d, limit = r.distance_pct, th.distance_pct

            def make_pct(key: str, d: float | None = d, limit: float = limit, r: PositionRisk = r,
                         where: str = where, title: str = title) -> Alert:
                body = message(QT_TRANSLATE_NOOP("Core", "{position} is {distance} from liquidation (alert below "
                                                         "{limit})."),
                               position=where, distance=Percent((d or 0.0) / 100, 1), limit=Percent(limit / 100, None))
                return Alert(key, "liquidation", "critical", title, body, run.now,
                             _with_amounts(body, _position_amounts(r)))

            run.threshold(tid, None if d is None else d < limit,
                          d is not None and d >= limit + config.hysteresis_pct, make_pct)
        if th.distance_sigma is not None:
            tid = f"{subject}:sigma"
            seen.add(tid)
            v, limit = r.distance_vols, th.distance_sigma
            back = _sigma_hysteresis(config.hysteresis_pct, position_vol(reading.snapshot, r))

            def make_sigma(key: str, v: float | None = v, limit: float = limit, r: PositionRisk = r,
                           where: str = where, title: str = title) -> Alert:
                if r.distance_pct is not None:
                    body = message(QT_TRANSLATE_NOOP("Core", "{position} is {sigmas} daily σ ({distance}) from "
                                                             "liquidation (alert below {limit} σ)."),
                                   position=where, sigmas=Number(v or 0.0, 1),
                                   distance=Percent(r.distance_pct / 100, 1), limit=Number(limit))
                else:
                    body = message(QT_TRANSLATE_NOOP("Core", "{position} is {sigmas} daily σ from liquidation (alert "
                                                             "below {limit} σ)."),
                                   position=where, sigmas=Number(v or 0.0, 1), limit=Number(limit))
                return Alert(key, "liquidation", "critical", title, body, run.now,
                             _with_amounts(body, _position_amounts(r)))

            run.threshold(tid, None if v is None else v < limit, v is not None and v >= limit + back, make_sigma)
    return seen


def _accounts(run: _Run, reading: Reading, config: WatchConfig) -> set[str]:
    seen: set[str] = set()
    for a in reading.accounts:
        limit = config.thresholds(a.account_id).margin_usage_pct
        usage = margin_usage_pct(a)
        if limit is None or usage is None and f"margin:{a.account_id}" not in run.triggers:
            continue
        tid = f"margin:{a.account_id}"
        seen.add(tid)
        label = _label(reading.snapshot, a.account_id)

        def make(key: str, a: AccountRisk = a, usage: float | None = usage, limit: float = limit,
                 label: str = label) -> Alert:
            name = venue_spec(a.venue).name
            ratio = a.ratio_name or message(QT_TRANSLATE_NOOP("Core", "margin ratio"))
            if usage is None or math.isinf(usage):
                body = message(QT_TRANSLATE_NOOP("Core", "{account} ({venue}): the {ratio} is past the level at "
                                                         "which {venue} liquidates (alert at {limit})."),
                               account=label, venue=name, ratio=ratio, limit=Percent(limit / 100, None))
            else:
                body = message(QT_TRANSLATE_NOOP("Core", "{account} ({venue}): the {ratio} is at {usage} of the level "
                                                         "at which {venue} liquidates (alert at {limit})."),
                               account=label, venue=name, ratio=ratio, usage=Percent(usage / 100, 0),
                               limit=Percent(limit / 100, None))
            amounts = message(QT_TRANSLATE_NOOP("Core", "Equity {equity}, collateral value {collateral}, maintenance "
                                                        "margin {maintenance}."),
                              equity=Usd(a.equity_usd), collateral=Usd(a.collateral_value_usd or 0.0),
                              maintenance=Usd(a.maintenance_margin_usd))
            title = message(QT_TRANSLATE_NOOP("Core", "Margin ratio high on {account}"), account=label)
            return Alert(key, "margin", "critical", title, body, run.now, _with_amounts(body, amounts))

        run.threshold(tid, None if usage is None else usage >= limit,
                      usage is not None and usage <= limit - config.hysteresis_pct, make)
    return seen


def _sources(reading: Reading, state: WatchState, config: WatchConfig, now: datetime,
             alerts: list[Alert]) -> dict[str, SourceWatch]:
    out = dict(state.sources)
    for source_id, view in sorted(reading.sources.items()):
        old = out.get(source_id, SourceWatch())
        tid = f"blind:{source_id}"
        snoozed = is_snoozed(state.snoozes, tid, now)
        if view.seeing:
            if old.notified and not snoozed and old.since is not None:
                minutes = max(0, round((now - old.since).total_seconds() / 60))
                body = message(QT_TRANSLATE_NOOP("Core", "{source} answers again; Undertow sees it again after about "
                                                         "{minutes} min (blind since {since})."),
                               source=view.label, minutes=minutes, since=When(old.since))
                title = message(QT_TRANSLATE_NOOP("Core", "Seeing {source} again"), source=view.label)
                alerts.append(Alert(f"recovered:{source_id}@{_stamp(now)}", "recovered", "info", title, body, now,
                                    body))
            out.pop(source_id, None)
            continue
        new = SourceWatch(old.failures + 1, old.since or now, old.notified, view.reason)
        if new.failures >= max(1, config.blind_after) and not new.notified and not snoozed:
            since = new.since or now
            if view.reason:
                body = message(QT_TRANSLATE_NOOP("Core", "Undertow cannot see {source} since {since}: {reason}. Its "
                                                         "distances to liquidation are not up to date."),
                               source=view.label, since=When(since), reason=view.reason)
            else:
                body = message(QT_TRANSLATE_NOOP("Core", "Undertow cannot see {source} since {since}. Its distances "
                                                         "to liquidation are not up to date."),
                               source=view.label, since=When(since))
            title = message(QT_TRANSLATE_NOOP("Core", "Blind on {source}"), source=view.label)
            alerts.append(Alert(f"{tid}@{_stamp(since)}", "blind", "warning", title, body, now, body))
            new = replace(new, notified=True)
        out[source_id] = new
    return out


_REMINDER_SEVERITY = {"red": "critical", "strong": "warning", "warn": "warning", "info": "info"}


def _reminders(reading: Reading, state: WatchState, now: datetime, alerts: list[Alert]) -> dict[str, str]:
    sent = dict(state.reminders)
    if reading.reminders is None:
        return sent
    for r in reading.reminders:
        if r.condition.rule_id in SKIPPED_REMINDERS or not r.due or r.state.fired_at is None:
            continue
        fired = r.state.fired_at.isoformat()
        tid = f"reminder:{r.key}"
        if sent.get(r.key) == fired or is_snoozed(state.snoozes, tid, now):
            continue
        kind = r.condition.kind
        account = r.condition.account_id
        if account is not None:  # the account's name, never its id (the key stays in the alert's key)
            body = message(QT_TRANSLATE_NOOP("Core", "{kind} on {account} needs your attention: open Undertow or run "
                                                     "'undertow remind'."),
                           kind=kind, account=_label(reading.snapshot, account))
        else:
            body = message(QT_TRANSLATE_NOOP("Core", "{kind} needs your attention: open Undertow or run 'undertow "
                                                     "remind'."), kind=kind)
        title = message(QT_TRANSLATE_NOOP("Core", "Reminder: {kind}"), kind=kind)
        alerts.append(Alert(f"{tid}@{_stamp(r.state.fired_at)}", "reminder",
                            _REMINDER_SEVERITY.get(r.condition.severity, "info"), title, body, now,
                            r.condition.message))
        sent[r.key] = fired
    active = {r.key for r in reading.reminders}
    return {k: v for k, v in sent.items() if k in active}  # a cleared reminder fires again with a new fired_at


def _extra(reading: Reading, state: WatchState, now: datetime, alerts: list[Alert]) -> tuple[str, ...]:
    sent = list(state.extra_sent)
    known = set(sent)
    for alert in reading.extra:
        if alert.key in known or is_snoozed(state.snoozes, subject_of(alert.key), now):
            continue
        alerts.append(alert)
        sent.append(alert.key)
        known.add(alert.key)
    return tuple(sent[-EXTRA_MEMORY:])


def evaluate(reading: Reading, state: WatchState, config: WatchConfig,
             now: datetime) -> tuple[list[Alert], WatchState]:
    """The alerts due now and the state to keep (see the module docstring for every rule)."""
    snoozes = {k: v for k, v in state.snoozes.items() if v > now}
    state = replace(state, snoozes=snoozes)
    run = _Run(now, snoozes, dict(state.triggers))
    seen = _positions(run, reading, config) | _accounts(run, reading, config)
    for tid in [t for t in run.triggers if t not in seen]:  # the position was closed, the rule turned off
        del run.triggers[tid]
    alerts = run.alerts
    sources = _sources(reading, state, config, now, alerts)
    reminders = _reminders(reading, state, now, alerts)
    extra = _extra(reading, state, now, alerts)
    return alerts, WatchState(run.triggers, sources, reminders, extra, snoozes)


def blind_sources(state: WatchState) -> Sequence[str]:
    """Source ids not seen at their last observation (any failure counts, notified or not)."""
    return sorted(k for k, s in state.sources.items() if s.failures > 0)


def account_overrides(accounts: Iterable[Any]) -> dict[str, Mapping[str, Any]]:
    """account id -> options, from ``AccountConfig`` values (for ``WatchConfig.from_settings``)."""
    return {a.id: dict(a.options or {}) for a in accounts}
