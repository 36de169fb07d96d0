"""``undertow remind``: due custody and liquidation reminders, for cron.

Exit code: 0 = nothing due, 1 = at least one reminder due (or an API key only the user can repair: a locked
keyring, a missing or rejected key), 2 = bad input or no data, 3 = blind or partly blind (some exchange account
has no fresh data; it wins over 1). ``--json`` has a ``status`` object saying why.
"""

from __future__ import annotations

import argparse
import re
from datetime import timedelta

from desktop.commands import CommandError
from desktop.commands._common import (
    add_common_flags,
    exit_status,
    freshness_lines,
    freshness_of,
    key_due_items,
    latest_analysis,
    now_utc,
    open_session,
    print_json,
    refreshed_analysis,
    table,
)
from desktop.commands._safe import terminal_safe


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "remind", help="list due reminders (exit 1 if any is due, 3 if blind); snooze or dismiss one",
        description="Sync (or use the last stored snapshot with --no-sync), evaluate the custody and "
                    "liquidation rules and list what is due. Exit code 0: nothing due, 1: something due, "
                    "2: usage error, 3: blind or partly blind (an exchange account has no fresh data).")
    add_common_flags(p)
    p.add_argument("--no-sync", action="store_true", help="use the last stored snapshot instead of syncing")
    p.add_argument("--snooze", metavar="KEY", help="snooze the reminder KEY (as listed)")
    p.add_argument("--for", dest="duration", default="24h", help="snooze length: 30m, 12h, 7d (default 24h)")
    p.add_argument("--dismiss", metavar="KEY", help="dismiss the reminder KEY until its condition clears")
    p.add_argument("--drill-done", action="store_true", help="record that you verified address #0 on the device")
    p.set_defaults(func=run)


def parse_duration(text: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([mhd])\s*", text or "")
    if not m or int(m.group(1)) <= 0:
        raise CommandError("a duration looks like 30m, 12h or 7d")
    n, unit = int(m.group(1)), m.group(2)
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


def _split_key(key: str) -> tuple[str, str]:
    rule, sep, subject = key.partition(":")
    if not sep or not subject:
        raise CommandError("a reminder key looks like R1:okx-main (see 'undertow remind')")
    return rule, subject


@terminal_safe
def run(args: argparse.Namespace) -> int:
    now = now_utc()
    with open_session(args) as session:
        if args.snooze or args.dismiss or args.drill_done:
            states = session.reminder_states()
            for key, action in ((args.snooze, "snooze"), (args.dismiss, "dismiss")):
                if not key:
                    continue
                rule, subject = _split_key(key)
                if (rule, subject) not in states:
                    raise CommandError(f"no reminder '{key}' is known (see 'undertow remind')")
                if action == "snooze":
                    session.snooze_reminder(rule, subject, now + parse_duration(args.duration))
                else:
                    session.dismiss_reminder(rule, subject, now)
                print(f"{'Snoozed' if action == 'snooze' else 'Dismissed'} {key}")
            if args.drill_done:
                session.record_drill(now)
                print("Recorded the self-custody drill")
            return 0
        analysis = latest_analysis(session) if args.no_sync else refreshed_analysis(session)
        fresh = freshness_of(session, analysis, now)
    snap, due = analysis.snapshot, analysis.reminders
    # a revoked key or a locked keyring is due too: only the user can repair it (once, should a reminder rule
    # "KEY" ever report the same account)
    keys = [i for i in key_due_items(fresh) if i["key"] not in {r.key for r in due}]
    status = exit_status(fresh, [f"{r.key}: {r.condition.message}" for r in due if r.condition.rule_id != "KEY"])
    if args.json:
        print_json({"status": status, "taken_at": snap.taken_at.isoformat(), "demo": snap.demo, "due": keys + [
            {"key": r.key, "rule": r.condition.rule_id, "kind": r.condition.kind, "severity": r.condition.severity,
             "message": r.condition.message, "action": r.condition.action,
             "fired_at": r.state.fired_at.isoformat() if r.state.fired_at else None} for r in due]})
        return int(status["exit_code"])
    first = freshness_lines(fresh)
    if first:  # blind comes before everything else
        print("\n".join(first) + "\n")
    if not due and not keys:
        print("No reminders due." if not (fresh.blind or fresh.partly_blind) else
              "No reminders due on the data Undertow has, but that data is not fresh (see above).")
    else:
        rows = [["red", i["key"], f"{i['message']} {i['fix']}"] for i in keys]
        rows += [[r.condition.severity, r.key, r.condition.message] for r in due]
        print(table(rows, ["level", "key", "reminder"]))
        if due:
            print("\nSnooze: undertow remind --snooze KEY --for 24h    Dismiss: undertow remind --dismiss KEY")
    return int(status["exit_code"])
