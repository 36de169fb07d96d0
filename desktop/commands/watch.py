"""``undertow watch``: the watch engine in the foreground, for a terminal or a systemd user service.

Checks mark prices (every 30 s while something is close to its alert threshold, else every 5 min), syncs every
``refresh_interval_min``, prints each alert as one line on stdout (one JSON object per line with --json) and
hands it to the alert channels. SIGINT (Ctrl+C) and SIGTERM stop it cleanly (exit code 0).
``--snooze KEY --for 2h`` silences one alert (or every alert whose key starts with ``KEY:``) for a running watch.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from desktop.commands import CommandError
from desktop.commands._common import add_common_flags, now_utc, open_session
from desktop.commands._safe import terminal_safe

if TYPE_CHECKING:
    from core.alerts import Alert
    from core.session import Session
    from core.watch.engine import Check, WatchEngine

Send = Callable[["Alert"], Awaitable[None]]


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "watch", help="watch positions and accounts in the foreground and send alerts (Ctrl+C stops)",
        description="Watch the distance to liquidation of every position, each account's margin ratio, the "
                    "exchange sources and the due reminders; print every alert (and send it to the alert "
                    "channels you enabled). Mark prices are checked every 30 s while something is within twice "
                    "its alert threshold, else every 5 min; a full sync runs every refresh interval. "
                    "Stop with Ctrl+C or SIGTERM (exit code 0).")
    add_common_flags(p)
    p.add_argument("--snooze", metavar="KEY", help="snooze the alert KEY (as printed; a prefix such as "
                                                   "liquidation:ACCOUNT snoozes all of them) and exit")
    p.add_argument("--for", dest="duration", default="1h", help="snooze length: 30m, 12h, 7d (default 1h)")
    p.add_argument("--unsnooze", metavar="KEY", help="end the snooze of KEY and exit")
    p.set_defaults(func=run)


def format_alert(alert: Alert, amounts: bool = False) -> str:
    """One terminal line: time, severity, kind, title, body and the key to snooze it by."""
    body = alert.body_with_amounts if amounts and alert.body_with_amounts else alert.body
    return f"{alert.at:%Y-%m-%d %H:%M:%S}Z  {alert.severity:<8}  {alert.kind:<11}  {alert.title}: {body}  " \
           f"[{alert.key}]"


def alert_json(alert: Alert, amounts: bool = False) -> str:
    payload: dict[str, Any] = {"key": alert.key, "kind": alert.kind, "severity": alert.severity,
                               "title": alert.title, "body": alert.body, "at": alert.at.isoformat()}
    if amounts:
        payload["body_with_amounts"] = alert.body_with_amounts or alert.body
    return json.dumps(payload, ensure_ascii=False)


def channel_sender(session: Session) -> Send | None:
    """The user's alert channels (``core.alerts`` dispatch: de-duplicated, rate-limited, each channel on its own),
    or None to print only. The demo never sends: its alerts are about recorded data. Desktop notifications go over
    D-Bus from the terminal too."""
    if session.demo:
        return None
    from desktop.notify import register as register_desktop_notifications

    register_desktop_notifications()

    async def send(alert: Alert) -> None:
        await session.dispatch_alert(alert, alert.at)

    return send


def build_engine(session: Session, *, out: TextIO | None = None, json_lines: bool = False, send: Send | None = None,
                 clock: Callable[[], datetime] | None = None, sleep: Callable[[float], Awaitable[None]] | None = None,
                 retry: Any = None, persist: bool = True) -> WatchEngine:
    """The engine ``undertow watch`` runs: the session's sync and exchange clients, the snoozes of ``--snooze``,
    each alert printed to ``out`` (stdout) and passed to ``send``; its state kept in the data folder so a restart
    does not repeat an alert (``persist``)."""
    from core.watch.engine import SessionFeed, WatchEngine, load_state, save_state, snooze_file, state_file, utc_now
    from core.watch.watchtower_hook import watchtower_for

    stream = out if out is not None else sys.stdout
    amounts = bool(session.settings.alerts_include_amounts)

    async def emit(alert: Alert) -> None:
        stream.write((alert_json(alert, amounts) if json_lines else format_alert(alert, amounts)) + "\n")
        stream.flush()
        if send is not None:
            await send(alert)

    feed = SessionFeed(session, retry=retry, snooze_file=snooze_file(session.demo), watchtower=watchtower_for(session))
    path = state_file("cli", session.demo)
    return WatchEngine(feed, emit, clock=clock or utc_now, sleep=sleep,
                       state=load_state(path) if persist else None,
                       save_state=(lambda state: save_state(path, state)) if persist else None)


def _snooze(args: argparse.Namespace) -> int:
    from core.watch.engine import add_snooze, remove_snooze, snooze_file
    from desktop.commands.remind import parse_duration

    now = now_utc()
    path = snooze_file(bool(getattr(args, "demo", False)))
    if args.unsnooze:
        found = remove_snooze(path, args.unsnooze, now)
        print(f"Snooze of {args.unsnooze} ended" if found else f"{args.unsnooze} was not snoozed")
        return 0
    until = now + parse_duration(args.duration)
    add_snooze(path, args.snooze, until, now)
    print(f"Snoozed {args.snooze.split('@', 1)[0]} until {until:%Y-%m-%d %H:%M} UTC")
    return 0


@terminal_safe
def run(args: argparse.Namespace) -> int:
    if args.snooze or args.unsnooze:
        return _snooze(args)
    from core.session import NothingConfigured

    with open_session(args) as session:
        engine = build_engine(session, json_lines=args.json, send=channel_sender(session))
        announced: list[bool] = []

        def first_check(check: Check) -> None:  # in the runtime's thread; stderr keeps stdout for the alerts
            if not announced:
                announced.append(True)
                print(f"undertow watch: watching {len(check.reading.positions)} position(s) on "
                      f"{len(check.reading.sources)} exchange account(s); Ctrl+C stops.", file=sys.stderr, flush=True)

        engine.on_check = first_check
        runtime = session.runtime
        future = runtime.submit(engine.run())

        def stop(_signum: int, _frame: Any) -> None:
            runtime.loop.call_soon_threadsafe(engine.stop)

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            while True:
                try:
                    future.result(timeout=0.5)  # short waits, so the signal handlers run promptly
                    break
                except TimeoutError:
                    continue
        except NothingConfigured as exc:
            raise CommandError(str(exc)) from exc
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if not future.done():
                future.cancel()
    print("undertow watch: stopped.", file=sys.stderr)
    return 0
