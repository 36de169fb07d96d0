"""Custody rows in the database: wallets, manual holdings, overrides, reminder state, cold-storage moves.

Only public material is ever written (the importer refuses private keys before anything gets here).
Amounts are decimal TEXT; times are ISO-8601 UTC.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import sqlite_utils

from core.custody import CustodyInputError
from core.custody.keys import MAX_LABEL_CHARS, ImportRefused, check_text_field
from core.model import CustodyClass, Holding, PortfolioSnapshot, Purpose, Wallet
from core.reminders import Reminder, ReminderConfig, ReminderContext, ReminderState

if TYPE_CHECKING:
    from core.custody.importer import WatchOnlyImport
    from core.risk import PositionRisk

VENDORS = ("OneKey", "Trezor", "Ledger", "Coldcard", "other")


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: str | None) -> datetime | None:
    return None if not value else datetime.fromisoformat(value)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:24] or "wallet"


MAX_AMOUNT = Decimal("1e24")  # above any asset's supply in whole units
MAX_AMOUNT_CHARS = 64


def guard_text(value: Any, field: str, max_chars: int = MAX_LABEL_CHARS) -> str:
    """``value`` stripped, or ``CustodyInputError`` naming ``field`` (never quoting the value): not text,
    too long, or private key material anywhere in it (a seed phrase in a label must never be stored)."""
    if not isinstance(value, str):
        raise CustodyInputError(f"{field} must be text")
    try:
        return check_text_field(value, field, max_chars=max_chars).strip()
    except ImportRefused as exc:
        raise CustodyInputError(str(exc)) from None


def decimal_text(amount: Any) -> str:
    """A non-negative amount as decimal TEXT; raises ``CustodyInputError`` for anything else.

    The input is never echoed (it could be anything pasted), and its size and exponent are bounded before
    formatting: ``1e999999999`` would otherwise become a billion-character string."""
    if isinstance(amount, bool):
        raise CustodyInputError("the amount is not a number")
    text = amount if isinstance(amount, str) else str(amount)
    guard_text(text, "the amount", MAX_AMOUNT_CHARS)
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        raise CustodyInputError("the amount is not a number (write it like 0.5 or 1200)") from None
    if not value.is_finite() or value < 0:
        raise CustodyInputError("the amount must be a finite number >= 0")
    if value > MAX_AMOUNT:
        raise CustodyInputError("the amount is implausibly large (at most 1e24)")
    if value != 0 and value.adjusted() < -30:
        raise CustodyInputError("the amount is too small to record (more than 30 decimal places)")
    return format(value.normalize(), "f")


# --- wallets ------------------------------------------------------------------------------------

def add_wallet(db: sqlite_utils.Database, imported: WatchOnlyImport, label: str, vendor: str,
               custody_class: CustodyClass, now: datetime) -> Wallet:
    if vendor not in VENDORS:
        raise CustodyInputError(f"vendor must be one of {', '.join(VENDORS)}")
    if custody_class is CustodyClass.EXCHANGE:
        raise CustodyInputError("a watch-only wallet is self-custody: choose hardware_wallet or software_wallet")
    label = guard_text(label or "", "the wallet label") or guard_text(imported.label_hint, "the wallet label") \
        or f"{vendor} wallet"
    for row in db["wallets"].rows:
        if row["public_ref"] == imported.public_ref:
            raise CustodyInputError(f"this wallet is already watched as '{row['label']}'")
    wallet = Wallet(id=f"{_slug(label)}-{uuid.uuid4().hex[:6]}", label=label, kind=imported.kind,
                    public_ref=imported.public_ref, vendor=vendor, custody_class=custody_class,
                    chain=imported.chain)
    db.table("wallets").insert({"id": wallet.id, "label": wallet.label, "kind": wallet.kind,
                          "public_ref": wallet.public_ref, "vendor": wallet.vendor,
                          "custody_class": wallet.custody_class.value, "chain": wallet.chain,
                          "created_at": _iso(now)})
    return wallet


def list_wallets(db: sqlite_utils.Database) -> list[Wallet]:
    return [Wallet(id=r["id"], label=r["label"], kind=r["kind"], public_ref=r["public_ref"], vendor=r["vendor"],
                   custody_class=CustodyClass(r["custody_class"]), chain=r["chain"])
            for r in db["wallets"].rows_where(order_by="created_at")]


def get_wallet(db: sqlite_utils.Database, wallet_id: str) -> Wallet | None:
    return next((w for w in list_wallets(db) if w.id == wallet_id), None)


def remove_wallet(db: sqlite_utils.Database, wallet_id: str) -> bool:
    with db.atomic():
        found = db.execute("DELETE FROM wallets WHERE id = ?", [wallet_id]).rowcount > 0
    return found


# --- manual holdings ----------------------------------------------------------------------------

def add_manual_holding(db: sqlite_utils.Database, label: str, asset: str, amount: Any,
                       custody_class: CustodyClass, purpose: Purpose, now: datetime) -> str:
    label = guard_text(label or "", "the holding's label")
    asset = guard_text(asset, "the asset", 64).upper()
    if not re.fullmatch(r"[A-Z0-9.\-]{1,16}", asset):
        raise CustodyInputError("asset must be a ticker like BTC or PAXG")
    hid = f"manual-{uuid.uuid4().hex[:8]}"
    db.table("manual_holdings").insert({"id": hid, "label": label or asset, "asset": asset,
                                  "amount": decimal_text(amount), "custody_class": custody_class.value,
                                  "purpose": purpose.value, "created_at": _iso(now)})
    return hid


def list_manual_holdings(db: sqlite_utils.Database) -> list[Holding]:
    return [Holding(source_id="manual", asset=r["asset"], amount=float(r["amount"]),
                    custody_class=CustodyClass(r["custody_class"]), purpose=Purpose(r["purpose"]), label=r["label"])
            for r in db["manual_holdings"].rows_where(order_by="created_at")]


# --- custody class / purpose overrides ----------------------------------------------------------

def set_override(db: sqlite_utils.Database, source_id: str, asset: str, purpose: Purpose | None = None,
                 custody_class: CustodyClass | None = None) -> None:
    """Per account (or ``*`` for every source) and asset; both None removes the override."""
    if purpose is None and custody_class is None:
        db.execute("DELETE FROM custody_overrides WHERE source_id = ? AND asset = ?", [source_id, asset])
        return
    db.table("custody_overrides").upsert({"source_id": source_id, "asset": asset,
                                    "purpose": purpose.value if purpose else None,
                                    "custody_class": custody_class.value if custody_class else None},
                                   pk=("source_id", "asset"))


def load_overrides(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[Purpose | None, CustodyClass | None]]:
    return {(r["source_id"], r["asset"]): (Purpose(r["purpose"]) if r["purpose"] else None,
                                           CustodyClass(r["custody_class"]) if r["custody_class"] else None)
            for r in db["custody_overrides"].rows}


# --- reminder state -----------------------------------------------------------------------------

def load_reminder_states(db: sqlite_utils.Database) -> dict[tuple[str, str], ReminderState]:
    return {(r["rule_id"], r["subject"]): ReminderState(
        r["rule_id"], r["subject"], bool(r["active"]), _dt(r["fired_at"]), _dt(r["cleared_at"]),
        _dt(r["snoozed_until"]), _dt(r["dismissed_at"])) for r in db["reminder_state"].rows}


def save_reminder_states(db: sqlite_utils.Database, states: dict[tuple[str, str], ReminderState]) -> None:
    with db.atomic():
        db.table("reminder_state").upsert_all(({
            "rule_id": s.rule_id, "subject": s.subject, "active": int(s.active), "fired_at": _iso(s.fired_at),
            "cleared_at": _iso(s.cleared_at), "snoozed_until": _iso(s.snoozed_until),
            "dismissed_at": _iso(s.dismissed_at)} for s in states.values()), pk=("rule_id", "subject"))


def _update_state(db: sqlite_utils.Database, rule_id: str, subject: str, **values: Any) -> None:
    db.table("reminder_state").upsert({"rule_id": rule_id, "subject": subject, **values}, pk=("rule_id", "subject"))


def snooze_reminder(db: sqlite_utils.Database, rule_id: str, subject: str, until: datetime) -> None:
    _update_state(db, rule_id, subject, snoozed_until=_iso(until))


def dismiss_reminder(db: sqlite_utils.Database, rule_id: str, subject: str, now: datetime) -> None:
    _update_state(db, rule_id, subject, dismissed_at=_iso(now))


# --- small custody facts kept in the settings table ---------------------------------------------

def get_fact(db: sqlite_utils.Database, key: str) -> Any:
    row = next(db["settings"].rows_where("key = ?", [f"custody.{key}"]), None)
    return None if row is None else json.loads(row["value"])


def set_fact(db: sqlite_utils.Database, key: str, value: Any) -> None:
    db.table("settings").upsert({"key": f"custody.{key}", "value": json.dumps(value)}, pk="key")


def last_drill_at(db: sqlite_utils.Database) -> datetime | None:
    return _dt(get_fact(db, "last_drill_at"))


def record_drill(db: sqlite_utils.Database, now: datetime) -> None:
    set_fact(db, "last_drill_at", _iso(now))


def balance_unchanged_since(db: sqlite_utils.Database, account_id: str, asset: str) -> datetime | None:
    """Oldest snapshot time since which this exchange balance has had today's value (R4 idle balance)."""
    rows = db.execute(
        "SELECT s.taken_at, b.total FROM snapshot_balances b JOIN snapshots s ON s.id = b.snapshot_id "
        "WHERE b.account_id = ? AND b.asset = ? AND s.demo = 0 ORDER BY s.taken_at DESC LIMIT 2000",
        [account_id, asset]).fetchall()
    if not rows:
        return None
    current, since = rows[0][1], rows[0][0]
    for taken_at, total in rows:
        if total != current:
            break
        since = taken_at
    return _dt(since)


# --- cold-storage moves -------------------------------------------------------------------------

@dataclass(frozen=True)
class ColdMove:
    id: str
    wallet_id: str
    asset: str
    amount: str  # decimal text, units of asset
    address: str
    created_at: datetime
    moved_at: datetime | None
    confirmed_at: datetime | None
    baseline_amount: str  # the wallet's balance of ``asset`` when the move was planned

    @property
    def status(self) -> str:
        return "confirmed" if self.confirmed_at else "moved" if self.moved_at else "planned"


def _move(row: dict[str, Any]) -> ColdMove:
    return ColdMove(row["id"], row["wallet_id"], row["asset"], row["amount"], row["address"],
                    datetime.fromisoformat(row["created_at"]), _dt(row["moved_at"]), _dt(row["confirmed_at"]),
                    row["baseline_amount"])


def plan_cold_move(db: sqlite_utils.Database, wallet_id: str, asset: str, amount: Any, address: str,
                   baseline_amount: Any, now: datetime) -> ColdMove:
    mid = f"move-{uuid.uuid4().hex[:8]}"
    row = {"id": mid, "wallet_id": wallet_id, "asset": asset, "amount": decimal_text(amount), "address": address,
           "created_at": _iso(now), "moved_at": None, "confirmed_at": None,
           "baseline_amount": decimal_text(baseline_amount)}
    db.table("cold_moves").insert(row)
    return _move(row)


def mark_moved(db: sqlite_utils.Database, move_id: str, now: datetime) -> None:
    """The user's manual "I moved it" record."""
    db.table("cold_moves").update(move_id, {"moved_at": _iso(now)})


def list_cold_moves(db: sqlite_utils.Database, open_only: bool = False) -> list[ColdMove]:
    moves = [_move(r) for r in db["cold_moves"].rows_where(order_by="created_at")]
    return [m for m in moves if m.confirmed_at is None] if open_only else moves


def confirm_arrived_moves(db: sqlite_utils.Database, wallet_balances: dict[tuple[str, str], float],
                          now: datetime) -> list[str]:
    """Confirm moves whose wallet balance rose by >= 99 % of the amount (fees) since planning.

    ``wallet_balances``: (wallet id, asset) -> current on-chain amount. Returns the confirmed move ids.
    """
    confirmed = []
    for move in list_cold_moves(db, open_only=True):
        current = wallet_balances.get((move.wallet_id, move.asset))
        if current is None:
            continue
        rise = Decimal(repr(current)) - Decimal(move.baseline_amount)
        if rise >= Decimal(move.amount) * Decimal("0.99"):
            db.table("cold_moves").update(move.id, {"confirmed_at": _iso(now),
                                              "moved_at": _iso(move.moved_at or now)})
            confirmed.append(move.id)
    return confirmed


def confirm_moves(db: sqlite_utils.Database, move_ids: Sequence[str], now: datetime) -> list[str]:
    """Mark open moves confirmed: the watchtower saw their coins confirmed at the destination
    (``core.custody.watchtower.moves_to_confirm``). Returns the ids that were open."""
    open_ids = {m.id: m for m in list_cold_moves(db, open_only=True)}
    confirmed = [i for i in move_ids if i in open_ids]
    with db.atomic():
        for move_id in confirmed:
            db.table("cold_moves").update(move_id, {"confirmed_at": _iso(now),
                                                    "moved_at": _iso(open_ids[move_id].moved_at or now)})
    return confirmed


# --- composing the reminder inputs (used by the CLI and the GUI alike) -------------------------

def reminder_context(db: sqlite_utils.Database, snapshot: PortfolioSnapshot,
                     withdrawal_enabled: frozenset[str] = frozenset()) -> ReminderContext:
    wallets = [w for w in snapshot.wallets if w.custody_class is CustodyClass.HARDWARE_WALLET] or list(snapshot.wallets)
    idle: dict[tuple[str, str], datetime] = {}
    if not snapshot.demo:
        for b in snapshot.balances:
            since = balance_unchanged_since(db, b.account_id, b.asset)
            if since is not None:
                idle[(b.account_id, b.asset)] = since
    return ReminderContext(overrides=load_overrides(db), idle_since=idle, last_drill_at=last_drill_at(db),
                           withdrawal_enabled_accounts=withdrawal_enabled,
                           cold_wallet_label=wallets[0].label if wallets else "a hardware wallet")


def evaluate_reminders(db: sqlite_utils.Database, snapshot: PortfolioSnapshot, now: datetime,
                       config: ReminderConfig | None = None,
                       position_risks: Sequence[PositionRisk] | None = None) -> list[Reminder]:
    """Evaluate every rule on ``snapshot``, persist the new states, return the due reminders.

    ``position_risks``: precomputed ``PositionRisk``s (None: computed from the snapshot by core.risk).
    """
    from dataclasses import replace

    from core.reminders import evaluate
    from core.settings import load_settings

    config = config or ReminderConfig.from_settings(load_settings(db))
    context = replace(reminder_context(db, snapshot), position_risks=position_risks)
    due, states = evaluate(snapshot, now, load_reminder_states(db), config, context)
    save_reminder_states(db, states)
    return due
