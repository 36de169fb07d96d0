"""Custody and risk reminders: rules R1-R7 (reference/custody.md §13) plus liquidation proximity.

Pure: ``evaluate(snapshot, now, states, config, context)`` returns the due reminders and the new rule
states; the caller persists the states (``core.store.custody_repo``). Each rule reports a *ratio*
(metric / threshold): it fires at >= 1 and clears only below ``clear_ratio`` (0.8), so a value hovering
at the threshold does not nag. Snooze and dismiss live in the state; a dismissed reminder comes back only
after its condition has cleared and fired again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from core.custody.split import SELF_CUSTODY, Overrides, custody_split
from core.messages import QT_TRANSLATE_NOOP, Message, Number, Percent, Usd, message
from core.model import CustodyClass, PortfolioSnapshot, Purpose
from core.risk import DEFAULT_GAP_RULE_PCT, PositionRisk, assess_positions
from core.venues import venue_spec

KINDS: dict[str, Message] = {  # neutral titles: safe for a tray notification (no amounts, no names)
    "R1": message(QT_TRANSLATE_NOOP("Core", "Excess collateral")),
    "R2": message(QT_TRANSLATE_NOOP("Core", "Long-term coins on exchanges")),
    "R3": message(QT_TRANSLATE_NOOP("Core", "Exchange concentration")),
    "R4": message(QT_TRANSLATE_NOOP("Core", "Idle exchange balance")),
    "R5": message(QT_TRANSLATE_NOOP("Core", "Self-custody drill")),
    "R6": message(QT_TRANSLATE_NOOP("Core", "Stale wallet data")),
    "R7": message(QT_TRANSLATE_NOOP("Core", "Security hygiene")),
    "LIQ": message(QT_TRANSLATE_NOOP("Core", "Liquidation proximity")),
}
REMINDER = message(QT_TRANSLATE_NOOP("Core", "Reminder"))  # the title of a rule without its own
#: A position's side inside a sentence.
SIDES = {"long": message(QT_TRANSLATE_NOOP("Core", "long")), "short": message(QT_TRANSLATE_NOOP("Core", "short"))}
#: The cold wallet a reminder suggests when the user has not named one (``ReminderContext.cold_wallet_label``).
YOUR_COLD_WALLET = message(QT_TRANSLATE_NOOP("Core", "your cold wallet"))


@dataclass(frozen=True)
class ReminderConfig:
    excess_min_usd: float = 500.0
    excess_min_net_worth: float = 0.05  # fraction
    excess_hold: timedelta = timedelta(hours=72)
    margin_multiple: float = 3.0
    long_term_on_exchanges_warn: float = 0.10  # fraction of long-term value
    long_term_on_exchanges_strong: float = 0.25
    concentration_net_worth: float = 0.20
    concentration_exchanges: float = 0.60
    idle_days: float = 14.0
    idle_min_usd: float = 50.0  # dust is not worth a reminder
    drill_every_days: float = 180.0
    stale_wallet_days: float = 7.0
    liquidation_alert_pct: float = 15.0
    gap_rule_pct: float = DEFAULT_GAP_RULE_PCT  # survival rule in %: a position failing it is due (LIQ)
    clear_ratio: float = 0.8

    @classmethod
    def from_settings(cls, settings: Any) -> ReminderConfig:
        return cls(margin_multiple=settings.margin_buffer_multiple,
                   liquidation_alert_pct=settings.liquidation_alert_pct, gap_rule_pct=settings.gap_rule_pct)


@dataclass(frozen=True)
class ReminderContext:
    """Facts that are not in the snapshot; the store provides them."""

    overrides: Overrides = field(default_factory=dict)
    earmarks_usd: Mapping[str, float] = field(default_factory=dict)
    idle_since: Mapping[tuple[str, str], datetime] = field(default_factory=dict)  # (account, asset) -> unchanged since
    last_drill_at: datetime | None = None
    withdrawal_enabled_accounts: frozenset[str] = frozenset()  # API keys that can withdraw (R7a)
    position_risks: Sequence[PositionRisk] | None = None  # judged at config.gap_rule_pct; None = ask core.risk
    cold_wallet_label: str = YOUR_COLD_WALLET


@dataclass(frozen=True)
class Condition:
    rule_id: str
    subject: str
    ratio: float  # metric / threshold: >= 1 fires, < clear_ratio clears
    message: str  # a core.messages.Message: English in the terminal, translated in the window
    severity: str = "warn"  # info | warn | strong | red
    hold: timedelta = timedelta(0)  # must stay active this long before it is due
    action: str | None = None  # "move_to_cold" | "verify_device" | None
    account_id: str | None = None
    amount_usd: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.rule_id, self.subject)

    @property
    def kind(self) -> Message:
        return KINDS.get(self.rule_id, REMINDER)


@dataclass(frozen=True)
class ReminderState:
    rule_id: str
    subject: str
    active: bool = False
    fired_at: datetime | None = None
    cleared_at: datetime | None = None
    snoozed_until: datetime | None = None
    dismissed_at: datetime | None = None


@dataclass(frozen=True)
class Reminder:
    condition: Condition
    state: ReminderState
    due: bool

    @property
    def key(self) -> str:
        return f"{self.condition.rule_id}:{self.condition.subject}"


def conditions(snapshot: PortfolioSnapshot, now: datetime, config: ReminderConfig = ReminderConfig(),
               context: ReminderContext = ReminderContext()) -> list[Condition]:
    """Every rule's current reading (including those below threshold, needed for hysteresis)."""
    split = custody_split(snapshot, context.overrides, config.margin_multiple, context.earmarks_usd)
    labels = {a.id: a.label for a in snapshot.accounts}
    out: list[Condition] = []
    # R1 excess collateral, per account
    floor = max(config.excess_min_usd, config.excess_min_net_worth * split.net_worth_usd)
    for account_id, excess in split.collateral_not_needed_usd.items():
        out.append(Condition("R1", account_id, excess / floor if floor > 0 else 0.0,
                             message(QT_TRANSLATE_NOOP("Core", "≈{amount} on {account} isn't backing any position; "
                                                               "consider moving it to {wallet}"),
                                     amount=Usd(excess, 0), account=labels.get(account_id, account_id),
                                     wallet=context.cold_wallet_label),
                             hold=config.excess_hold, action="move_to_cold", account_id=account_id,
                             amount_usd=excess))
    # R2 long-term value on exchanges
    if split.long_term_usd > 0:
        share = split.long_term_on_exchanges_usd / split.long_term_usd
        out.append(Condition("R2", "all", share / config.long_term_on_exchanges_warn,
                             message(QT_TRANSLATE_NOOP("Core", "{share} of your long-term holdings sit on "
                                                               "exchanges"), share=Percent(share, 0)),
                             severity="strong" if share > config.long_term_on_exchanges_strong else "warn",
                             action="move_to_cold", amount_usd=split.long_term_on_exchanges_usd))
    # R3 counterparty concentration
    several = len(split.exchange_share_of_exchanges) > 1
    for account_id, nw_share in split.exchange_share_of_net_worth.items():
        ratio = nw_share / config.concentration_net_worth
        if several:
            ratio = max(ratio, split.exchange_share_of_exchanges[account_id] / config.concentration_exchanges)
        out.append(Condition("R3", account_id, ratio,
                             message(QT_TRANSLATE_NOOP("Core", "{share} of your net worth is on {account}"),
                                     share=Percent(nw_share, 0), account=labels.get(account_id, account_id)),
                             account_id=account_id))
    out.extend(_idle_balances(snapshot, now, config, context, labels))
    out.extend(_drills(snapshot, now, config, context))
    out.extend(_stale_wallets(snapshot, now, config))
    out.extend(_hygiene(snapshot, context, labels))
    out.extend(_liquidation(snapshot, config, context))
    return out


def _idle_balances(snapshot: PortfolioSnapshot, now: datetime, config: ReminderConfig, context: ReminderContext,
                   labels: Mapping[str, str]) -> Iterable[Condition]:
    for b in snapshot.balances:
        price = snapshot.price_usd(b.asset)
        margin_assets = {p.settle for p in snapshot.positions_of(b.account_id)}
        if not price or b.total * price < config.idle_min_usd or b.asset in margin_assets or (b.used or 0) > 0:
            continue
        since = context.idle_since.get((b.account_id, b.asset))
        days = (now - since).total_seconds() / 86400 if since else 0.0
        yield Condition("R4", f"{b.account_id}:{b.asset}", days / config.idle_days,
                        message(QT_TRANSLATE_NOOP("Core", "{asset} on {account} hasn't moved in {days} days"),
                                asset=b.asset, account=labels.get(b.account_id, b.account_id),
                                days=Number(days, 0)),
                        severity="info", action="move_to_cold", account_id=b.account_id,
                        amount_usd=b.total * price)


def _drills(snapshot: PortfolioSnapshot, now: datetime, config: ReminderConfig,
            context: ReminderContext) -> Iterable[Condition]:
    if not any(w.custody_class in SELF_CUSTODY for w in snapshot.wallets):
        return
    pok = now.month == 1 and now.day == 3
    yield Condition("R5", f"proof-of-keys-{now.year}", 1.0 if pok else 0.0,
                    message(QT_TRANSLATE_NOOP("Core", "Proof-of-Keys day: verify receive address #0 on the device "
                                                      "and do a small withdrawal test")),
                    severity="info", action="verify_device")
    last = context.last_drill_at
    days = (now - last).total_seconds() / 86400 if last else config.drill_every_days
    yield Condition("R5", "drill", days / config.drill_every_days,
                    message(QT_TRANSLATE_NOOP("Core", "Time for a self-custody drill: verify receive address #0 "
                                                      "on the device")), severity="info",
                    action="verify_device")


def _stale_wallets(snapshot: PortfolioSnapshot, now: datetime, config: ReminderConfig) -> Iterable[Condition]:
    status = {s.source_id: s for s in snapshot.sources}
    for w in snapshot.wallets:
        s = status.get(w.id)
        if s is None:
            continue
        days = (now - s.as_of).total_seconds() / 86400 if s.as_of else float("inf")
        shown = (message(QT_TRANSLATE_NOOP("Core", "never synced")) if s.as_of is None else
                 message(QT_TRANSLATE_NOOP("Core", "last synced {days} days ago"), days=Number(days, 0)))
        yield Condition("R6", w.id, days / config.stale_wallet_days,
                        message(QT_TRANSLATE_NOOP("Core", "Cold-storage balance of {wallet} may be outdated "
                                                          "({synced})"), wallet=w.label, synced=shown))


def _hygiene(snapshot: PortfolioSnapshot, context: ReminderContext,
             labels: Mapping[str, str]) -> Iterable[Condition]:
    for account_id in sorted(context.withdrawal_enabled_accounts):
        yield Condition("R7", f"withdraw-key:{account_id}", 1.0,
                        message(QT_TRANSLATE_NOOP("Core", "The API key of {account} can withdraw funds: replace it "
                                                          "with a read-only key"),
                                account=labels.get(account_id, account_id)), severity="red")
    for w in snapshot.wallets:
        if w.kind != "btc-descriptor":
            continue
        from core.custody.importer import descriptor_of  # embit: only for a descriptor wallet

        if "#" not in w.public_ref:
            yield Condition("R7", f"no-checksum:{w.id}", 1.0,
                            message(QT_TRANSLATE_NOOP("Core", "{wallet}: the descriptor has no checksum; verify "
                                                              "address #0 on the device"), wallet=w.label))
        try:
            no_origin = any(k.origin is None for k in descriptor_of(w.public_ref).keys)
        except Exception:  # noqa: BLE001 - an unreadable stored descriptor is its own problem (R6 shows it)
            no_origin = False
        if no_origin:
            yield Condition("R7", f"no-origin:{w.id}", 1.0,
                            message(QT_TRANSLATE_NOOP("Core", "{wallet}: the key's origin (fingerprint/path) is "
                                                              "unknown; verify address #0 on the device"),
                                    wallet=w.label), action="verify_device")


def _liquidation(snapshot: PortfolioSnapshot, config: ReminderConfig,
                 context: ReminderContext) -> Iterable[Condition]:
    risks = context.position_risks
    if risks is None:
        risks = assess_positions(snapshot, config.gap_rule_pct)
    for r in risks:
        if r.gap_rule_pct != config.gap_rule_pct:  # a verdict at another threshold would answer the wrong rule
            raise ValueError(f"position risks judged at a {r.gap_rule_pct:g} % gap, the reminders use "
                             f"{config.gap_rule_pct:g} %")
        p = r.position
        distance = r.distance_pct
        fails_gap = r.survives_gap is False
        if distance is None:  # no liquidation price (e.g. over-collateralised): nothing to warn about
            closeness = 0.0
        else:
            closeness = config.liquidation_alert_pct / distance if distance > 0 else float("inf")
        ratio = max(1.0 if fails_gap else 0.0, closeness)
        account = snapshot.account(p.account_id)
        where = account.label if account is not None and account.label else venue_spec(p.venue).name
        side = SIDES.get(p.side.value, p.side.value)
        if fails_gap:
            text = message(QT_TRANSLATE_NOOP("Core", "{symbol} {side} on {account} fails the {gap} gap rule"),
                           symbol=p.symbol, side=side, account=where, gap=Percent(config.gap_rule_pct / 100, None))
        elif distance is not None:
            text = message(QT_TRANSLATE_NOOP("Core", "{symbol} {side} on {account} is {distance} from liquidation"),
                           symbol=p.symbol, side=side, account=where, distance=Percent(distance / 100, 1))
        else:
            text = message(QT_TRANSLATE_NOOP("Core", "{symbol} {side} on {account} has no liquidation price"),
                           symbol=p.symbol, side=side, account=where)
        yield Condition("LIQ", f"{p.account_id}:{p.symbol}:{p.side.value}", ratio, text,
                        severity="strong", account_id=p.account_id)


def step(found: Sequence[Condition], states: Mapping[tuple[str, str], ReminderState], now: datetime,
         config: ReminderConfig = ReminderConfig()) -> tuple[list[Reminder], dict[tuple[str, str], ReminderState]]:
    """Apply hysteresis: returns (active reminders with their due flag, every updated state)."""
    by_key = {c.key: c for c in found}
    new_states: dict[tuple[str, str], ReminderState] = dict(states)
    active: list[Reminder] = []
    for key in sorted(set(by_key) | set(states)):
        c = by_key.get(key)
        st = states.get(key) or ReminderState(*key)
        if not st.active and c is not None and c.ratio >= 1.0:
            st = replace(st, active=True, fired_at=now, cleared_at=None)
        elif st.active and (c is None or c.ratio < config.clear_ratio):
            st = replace(st, active=False, cleared_at=now)
        new_states[key] = st
        if st.active and c is not None:
            active.append(Reminder(c, st, is_due(st, c, now)))
    return active, new_states


def is_due(state: ReminderState, condition: Condition, now: datetime) -> bool:
    if not state.active or state.fired_at is None or now - state.fired_at < condition.hold:
        return False
    if state.snoozed_until is not None and now < state.snoozed_until:
        return False
    return not (state.dismissed_at is not None and state.dismissed_at >= state.fired_at)


def evaluate(snapshot: PortfolioSnapshot, now: datetime, states: Mapping[tuple[str, str], ReminderState],
             config: ReminderConfig = ReminderConfig(), context: ReminderContext = ReminderContext()
             ) -> tuple[list[Reminder], dict[tuple[str, str], ReminderState]]:
    """Due reminders (most severe first) and the states to persist."""
    active, new_states = step(conditions(snapshot, now, config, context), states, now, config)
    order = {"red": 0, "strong": 1, "warn": 2, "info": 3}
    due = sorted((r for r in active if r.due), key=lambda r: (order.get(r.condition.severity, 9), r.key))
    return due, new_states


def snoozed(state: ReminderState, now: datetime, duration: timedelta) -> ReminderState:
    return replace(state, snoozed_until=now + duration)


def dismissed(state: ReminderState, now: datetime) -> ReminderState:
    return replace(state, dismissed_at=now)


def notification_kinds(due: Sequence[Reminder]) -> list[str]:
    """Neutral titles for a tray notification (``Message``s): never amounts or account names."""
    return sorted({r.condition.kind for r in due})


__all__ = ["Condition", "Reminder", "ReminderConfig", "ReminderContext", "ReminderState", "evaluate", "step",
           "conditions", "snoozed", "dismissed", "notification_kinds", "KINDS", "REMINDER", "SIDES", "CustodyClass",
           "Purpose"]
