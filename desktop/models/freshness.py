"""How fresh the shown data is, in the interface language: the stale mark of a row, its tooltip, the blind banner.

The facts come from ``core.freshness`` (pure: snapshot and time in); this module only words them. Every view that
shows figures derived from a source that is not fresh marks them with ``MARK`` and greys them (``STALE_COLOUR``),
and says in a tooltip how old the data is and why the last sync failed, with what fixes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from core.freshness import (
    FAILED,
    KEY_MISSING,
    KEY_REJECTED,
    KEYRING_LOCKED,
    KEYRING_UNAVAILABLE,
    NO_PERMISSION,
    OUT_OF_DATE,
    Freshness,
    SourceFreshness,
    assess,
    default_stale_after,
)
from desktop import i18n
from desktop.format import html_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
MARK = "◷"  # a clock face (in DejaVu Sans, unlike the hourglasses): this figure is older than it looks
STALE_COLOUR = QColor("#8a8a8a")  # greyed: readable on the light and the dark theme
BLIND_COLOUR = "#b00020"
PARTLY_COLOUR = "#b26a00"


def _tr(text: str) -> str:
    return translate("Freshness", text)


def assess_state(state: Any, snapshot: Any = None, now: datetime | None = None,
                 configured: Mapping[str, str] | None = None) -> Freshness | None:
    """The freshness of the state's snapshot (or ``snapshot``) now, by the refresh interval setting."""
    snap = snapshot if snapshot is not None else getattr(state, "snapshot", None)
    if snap is None:
        return None
    settings = getattr(state, "settings", None)
    interval = getattr(settings, "refresh_interval_min", 15)
    return assess(snap, now or datetime.now(UTC), default_stale_after(interval), configured)


def problem_text(s: SourceFreshness) -> str:
    """What is wrong with a source and what fixes it (translated for the problems the user can act on; the sync's
    own reason otherwise)."""
    label = s.label
    if s.problem == KEYRING_LOCKED:
        return translate("Freshness", "The OS keyring is locked, so the API key of {label} could not be "
                                      "read. Unlock the keyring (log in to the desktop session, or unlock "
                                      "it in your password manager), then refresh.").format(label=label)
    if s.problem == KEYRING_UNAVAILABLE:
        return translate("Freshness", "No OS keyring is available (no Secret Service is running), so the "
                                      "API key of {label} could not be read. Install or start a Secret "
                                      "Service (e.g. gnome-keyring or KeePassXC), then refresh.").format(
            label=label)
    if s.problem == KEY_MISSING:
        return translate("Freshness", "No API key is stored for {label}. Re-enter the key in "
                                      "Accounts.").format(label=label)
    if s.problem == KEY_REJECTED:
        return translate("Freshness", "The exchange rejected the API key of {label} (revoked, expired or "
                                      "mistyped). Create a new read-only key at the exchange and enter it "
                                      "in Accounts.").format(label=label)
    if s.problem == NO_PERMISSION:
        return translate("Freshness", "The API key of {label} may not read this account. Enable read "
                                      "access for it at the exchange, or create a new read-only "
                                      "key.").format(label=label)
    if s.problem == OUT_OF_DATE:
        return translate("Freshness", "{label} has not been refreshed since {when}. Refresh (F5).").format(
            label=label, when=i18n.date_time(s.as_of))
    if not s.reason:
        return label
    # the sync's reason: a core Message (translated here) when this process made it, its English once stored
    return translate("Freshness", "{label}: {reason}").format(label=label, reason=i18n.text(s.reason))


def problem_short(s: SourceFreshness) -> str:
    """A few words for a crowded place (a card, a column): 'key rejected', 'keyring locked', 'sync failed' ..."""
    words = {KEYRING_LOCKED: translate("Freshness", "keyring locked"),
             KEYRING_UNAVAILABLE: translate("Freshness", "no keyring available"),
             KEY_MISSING: translate("Freshness", "API key missing"),
             KEY_REJECTED: translate("Freshness", "API key rejected"),
             NO_PERMISSION: translate("Freshness", "no read permission"),
             OUT_OF_DATE: translate("Freshness", "not refreshed")}
    return words.get(s.problem or "", translate("Freshness", "sync failed"))


def age_words(s: SourceFreshness, now: datetime) -> str:
    """'2 h ago', or 'no data' for a source that never synced."""
    if s.state == FAILED or s.as_of is None:
        return translate("Freshness", "no data")
    return i18n.age(s.as_of, now)


def mark(s: SourceFreshness | None, now: datetime) -> str:
    """'◷ 2 h ago' for a row from a source that is not fresh; '' when fresh."""
    return "" if s is None else f"{MARK} {age_words(s, now)}"


def stale_tooltip(s: SourceFreshness, now: datetime) -> str:
    """Why a row is marked: how old its data is, and why its source's last sync failed, with the fix."""
    if s.state == FAILED or s.as_of is None:
        head = translate("Freshness", "No data: {label} has never synced successfully.").format(label=s.label)
    else:
        head = translate("Freshness", "{mark} Stale: the last good data of {label}, from {when} "
                                      "({age}).").format(mark=MARK, label=s.label, when=i18n.date_time(s.as_of),
                                                         age=i18n.age(s.as_of, now))
    return f"{head}\n{problem_text(s)}"


def with_stale(tooltip: str | None, s: SourceFreshness | None, now: datetime) -> str | None:
    """``tooltip`` with the stale explanation first, when the row's source is not fresh."""
    if s is None:
        return tooltip
    return stale_tooltip(s, now) + (f"\n\n{tooltip}" if tooltip else "")


def includes_stale(sources: tuple[SourceFreshness, ...], now: datetime) -> str:
    """'◷ Includes stale data: Binance main (2 h ago), Cold wallet (no data)' ('' when ``sources`` is empty)."""
    if not sources:
        return ""
    names = ", ".join(f"{s.label} ({age_words(s, now)})" for s in sources)
    return translate("Freshness", "{mark} Includes stale data: {sources}").format(mark=MARK, sources=names)


def banner_text(freshness: Freshness, now: datetime) -> str:
    """The window's top line when the trader is blind or partly blind ('' otherwise)."""
    ex = freshness.exchange
    bad = [s for s in ex if not s.fresh]
    if not bad:
        return ""
    if freshness.blind:
        ages = [s for s in bad if s.as_of is not None]
        oldest = max(ages, key=lambda s: s.age_s or 0.0) if ages else None
        head = translate("Freshness", "BLIND: no exchange account has fresh data.")
        tail = (translate("Freshness", "Positions, distances and reminders shown are the last good "
                                       "data, from {age}.").format(age=i18n.age(oldest.as_of, now))
                if oldest is not None and oldest.as_of is not None else
                translate("Freshness", "Nothing is known about your positions."))
    else:
        head = translate("Freshness", "PARTLY BLIND: {n} of {total} exchange accounts have no fresh "
                                      "data.").format(n=len(bad), total=len(ex))
        tail = translate("Freshness", "Their rows are marked {mark} and greyed.").format(mark=MARK)
    lines = [f"<b>{escape(head)}</b> {escape(tail)}"]
    lines.extend("• " + escape(problem_text(s)) for s in bad)
    return "<br>".join(lines)


def escape(text: str) -> str:
    """Outside text (a label, a server's reason) inside rich text: shown as it is (``desktop.format.html_text``)."""
    return html_text(text)
