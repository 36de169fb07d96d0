"""How fresh each figure of a snapshot is, and whether the trader is blind.

Pure: a snapshot and ``now`` in, a frozen ``Freshness`` out. Per source: fresh, stale (this sync failed, the
last good data is shown) or failed (nothing to show), with the data's age, the reason and, where the reason is
one the user must act on (a locked keyring, a rejected key ...), what fixes it. A source that synced fine but
longer ago than ``stale_after`` counts as stale too ("not refreshed for 3 h"): an app that slept overnight shows
hours-old positions, and they must not look fresh.

Which rows come from which source follows ``core.sync``'s ownership convention: accounts, positions and
balances carry the account id, which is their source's id; a wallet and its holdings carry the wallet id
(``Holding.source_id``); a venue's market data belongs to the exchange sources of that venue (its store id is
``market:<venue>``).

"Blind": exchange accounts are configured (or the snapshot has exchange sources) and none of them is fresh.
"Partly blind": some exchange source is not fresh. Wallet and manual sources are shown stale the same way but
never make the trader blind: positions are what can be liquidated while nobody looks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.messages import QT_TRANSLATE_NOOP, Duration, Message, duration_text, joined, message
from core.model import Account, Balance, Holding, PortfolioSnapshot, Position, SourceState

FRESH, STALE, FAILED = SourceState.FRESH.value, SourceState.STALE.value, SourceState.FAILED.value
EXCHANGE_KIND = "exchange"

# --- problems: what is wrong with a source, so every front end can say what fixes it --------------------------
KEYRING_LOCKED = "keyring_locked"
KEYRING_UNAVAILABLE = "keyring_unavailable"
KEY_MISSING = "key_missing"
KEY_REJECTED = "key_rejected"
NO_PERMISSION = "no_permission"
OUT_OF_DATE = "out_of_date"  # the last sync worked, but long ago
OTHER = "other"  # the venue or the network: the next refresh may well work

#: Problems only the user can solve: each becomes a due item (``undertow remind``) and not just a stale mark.
ACTION_NEEDED = frozenset({KEYRING_LOCKED, KEYRING_UNAVAILABLE, KEY_MISSING, KEY_REJECTED, NO_PERMISSION})

#: What fixes each problem (the GUI words some of them for the window in ``desktop.models.freshness``).
FIXES: dict[str, Message] = {
    KEYRING_LOCKED: message(QT_TRANSLATE_NOOP("Core", "Unlock the OS keyring (log in to the desktop session, or "
                                                      "unlock the 'Login' keyring in your password manager), then "
                                                      "refresh.")),
    KEYRING_UNAVAILABLE: message(QT_TRANSLATE_NOOP("Core", "Install or start a Secret Service (e.g. gnome-keyring "
                                                           "or KeePassXC with Secret Service enabled), then "
                                                           "refresh.")),
    KEY_MISSING: message(QT_TRANSLATE_NOOP("Core", "Re-enter the API key in Accounts (or 'undertow accounts "
                                                   "add').")),
    KEY_REJECTED: message(QT_TRANSLATE_NOOP("Core", "Create a new read-only API key at the exchange and enter it "
                                                    "in Accounts.")),
    NO_PERMISSION: message(QT_TRANSLATE_NOOP("Core", "Enable read access for the API key at the exchange, or "
                                                     "create a new read-only key.")),
    OUT_OF_DATE: message(QT_TRANSLATE_NOOP("Core", "Refresh (F5 in the app, or 'undertow check').")),
}

#: The first sentence of the three keyring messages (``key_message``); ``problem_of`` recognises them.
_KEY_TEXTS = {
    KEYRING_LOCKED: QT_TRANSLATE_NOOP("Core", "{venue}: the OS keyring is locked, so the API key of '{label}' "
                                              "could not be read."),
    KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP("Core", "{venue}: no OS keyring is available (no Secret Service is "
                                                   "running), so the API key of '{label}' could not be read."),
    KEY_MISSING: QT_TRANSLATE_NOOP("Core", "{venue}: no API key is stored for '{label}'."),
}
_SESSION_ONLY = QT_TRANSLATE_NOOP("Core", "{venue}: no API key is stored for '{label}' (it was kept in memory for "
                                          "one session only).")
NOT_SYNCED_YET = message(QT_TRANSLATE_NOOP("Core", "not synced yet"))
#: A source's state inside a sentence (``SourceFreshness.describe``).
STATES = {FRESH: message(QT_TRANSLATE_NOOP("Core", "fresh")), STALE: message(QT_TRANSLATE_NOOP("Core", "stale")),
          FAILED: message(QT_TRANSLATE_NOOP("Core", "failed"))}
#: Words in a source's error that identify the problem (the keyring texts above, core.exchanges.errors' texts).
_MARKERS = (
    (KEYRING_LOCKED, "OS keyring is locked"),
    (KEYRING_UNAVAILABLE, "no OS keyring is available"),
    (KEY_MISSING, "no API key is stored"),
    (KEY_MISSING, "no API key found"),  # the text before issue 14, in stored snapshots
    (KEY_REJECTED, "rejected the API key"),
    (NO_PERMISSION, "lacks permission"),
)


def key_message(problem: str, venue: str, label: str, session_only: bool = False) -> Message:
    """The user-facing message of a key problem (``KEYRING_LOCKED``, ``KEYRING_UNAVAILABLE`` or ``KEY_MISSING``),
    with what fixes it. ``session_only``: the key was kept in memory for one session only (and is gone)."""
    template = _SESSION_ONLY if session_only and problem == KEY_MISSING else _KEY_TEXTS[problem]
    return joined([message(template, venue=venue, label=label), FIXES[problem]], " ")


def problem_of(reason: str | None) -> str | None:
    """The problem a source's error names (one of the constants above), OTHER for any other failure, None
    without an error."""
    if not reason:
        return None
    for problem, marker in _MARKERS:
        if marker.lower() in reason.lower():
            return problem
    return OTHER


def default_stale_after(refresh_interval_min: float) -> timedelta:
    """How old a fresh source's data may get before it counts as stale: two refresh intervals, at least 30 min
    (one hour when refreshing is manual)."""
    if refresh_interval_min <= 0:
        return timedelta(hours=1)
    return max(timedelta(minutes=30), timedelta(minutes=2 * refresh_interval_min))


def age_text(seconds: float | None) -> str:
    """An age in English for the terminal: '40 s', '12 min', '3 h 05 min', '2 d 4 h'; 'never' for None (a
    ``Duration`` parameter of a message says the same in the window's language)."""
    return duration_text(seconds)


@dataclass(frozen=True)
class SourceFreshness:
    """One source of the snapshot as the user should see it at ``Freshness.now``."""

    source_id: str
    kind: str  # "exchange" | "wallet" | "manual" | ...
    label: str  # the account's or wallet's name (the id when the snapshot does not name it)
    state: str  # FRESH | STALE | FAILED
    as_of: datetime | None  # when the data shown was fetched (None: never)
    age_s: float | None  # now - as_of, seconds
    reason: str | None = None  # why it is not fresh (the sync's error, or "not refreshed for ..."): a Message
    #                            when core made it in this process (a plain str once read back from the store)
    problem: str | None = None  # one of the problem constants (None when fresh)
    aged: bool = False  # fresh at its sync, but older than ``stale_after`` now

    @property
    def fresh(self) -> bool:
        return self.state == FRESH

    @property
    def is_exchange(self) -> bool:
        return self.kind == EXCHANGE_KIND

    @property
    def fix(self) -> Message | None:
        """What fixes it, when it is something the user can do."""
        return FIXES.get(self.problem or "")

    @property
    def action_needed(self) -> bool:
        return self.problem in ACTION_NEEDED

    def describe(self) -> Message:
        """One line (English in the terminal): '<label>: stale, data 2 h 05 min old — <reason>'."""
        state = STATES.get(self.state, self.state)
        if self.state == FAILED or self.as_of is None:
            head = message(QT_TRANSLATE_NOOP("Core", "{source}: {state}, no data"), source=self.label, state=state)
        else:
            head = message(QT_TRANSLATE_NOOP("Core", "{source}: {state}, data {age} old"), source=self.label,
                           state=state, age=Duration(self.age_s))
        return joined([head, self.reason or ""], " — ")


@dataclass(frozen=True)
class Freshness:
    """Every source of one snapshot at ``now``, and what follows for the figures derived from them."""

    now: datetime
    sources: tuple[SourceFreshness, ...]
    stale_venues: frozenset[str] = frozenset()  # venues whose market data comes from no fresh source

    # --- per source -------------------------------------------------------------------------------------------
    def source(self, source_id: str) -> SourceFreshness | None:
        return next((s for s in self.sources if s.source_id == source_id), None)

    def is_stale(self, source_id: str) -> bool:
        """True when rows of ``source_id`` are not fresh (stale or failed); unknown sources are not marked."""
        s = self.source(source_id)
        return s is not None and not s.fresh

    @property
    def not_fresh(self) -> tuple[SourceFreshness, ...]:
        return tuple(s for s in self.sources if not s.fresh)

    @property
    def stale_ids(self) -> frozenset[str]:
        return frozenset(s.source_id for s in self.not_fresh)

    @property
    def exchange(self) -> tuple[SourceFreshness, ...]:
        return tuple(s for s in self.sources if s.is_exchange)

    @property
    def action_needed(self) -> tuple[SourceFreshness, ...]:
        """Not-fresh sources only the user can repair (keyring, key): the due items."""
        return tuple(s for s in self.not_fresh if s.action_needed)

    # --- the verdict ------------------------------------------------------------------------------------------
    @property
    def blind(self) -> bool:
        """No exchange source is fresh while there is at least one."""
        ex = self.exchange
        return bool(ex) and not any(s.fresh for s in ex)

    @property
    def partly_blind(self) -> bool:
        """Some exchange source is not fresh (and some is: otherwise it is ``blind``)."""
        ex = self.exchange
        return any(not s.fresh for s in ex) and not self.blind

    @property
    def level(self) -> str:
        """'blind', 'partly_blind', 'stale' (only wallets or manual holdings are not fresh) or 'fresh'."""
        if self.blind:
            return "blind"
        if self.partly_blind:
            return "partly_blind"
        return "stale" if self.not_fresh else "fresh"

    @property
    def oldest(self) -> SourceFreshness | None:
        """The source whose data is oldest (one that never synced comes first)."""
        if not self.sources:
            return None
        never = [s for s in self.sources if s.as_of is None]
        if never:
            return never[0]
        return max(self.sources, key=lambda s: s.age_s or 0.0)

    @property
    def oldest_age_s(self) -> float | None:
        oldest = self.oldest
        return None if oldest is None else oldest.age_s

    # --- rows derived from the sources ------------------------------------------------------------------------
    def position_stale(self, position: Position) -> SourceFreshness | None:
        """The not-fresh source a position comes from (None when fresh)."""
        return self._stale(position.account_id)

    def account_stale(self, account: Account | str) -> SourceFreshness | None:
        return self._stale(account if isinstance(account, str) else account.id)

    def balance_stale(self, balance: Balance) -> SourceFreshness | None:
        return self._stale(balance.account_id)

    def holding_stale(self, holding: Holding | str) -> SourceFreshness | None:
        """Holdings (and the custody split's classified holdings: exchange balances carry the account id)."""
        return self._stale(holding if isinstance(holding, str) else holding.source_id)

    def market_stale(self, venue: str) -> bool:
        return venue in self.stale_venues

    def stale_among(self, source_ids: Iterable[str]) -> tuple[SourceFreshness, ...]:
        """The not-fresh sources among ``source_ids`` (each once, in the snapshot's order)."""
        wanted = set(source_ids)
        return tuple(s for s in self.not_fresh if s.source_id in wanted)

    def _stale(self, source_id: str) -> SourceFreshness | None:
        s = self.source(source_id)
        return s if s is not None and not s.fresh else None

    # --- the verdict in words (English in the terminal: ``str``; the window: ``desktop.i18n.text``) --------------
    def headline(self) -> Message:
        """The first line of ``undertow check`` / ``remind`` when the trader is blind or partly blind, else ''."""
        ex = self.exchange
        bad = [s for s in ex if not s.fresh]
        ages = [s.age_s for s in bad if s.age_s is not None]
        if self.blind:
            if ages:
                return message(QT_TRANSLATE_NOOP("Core", "BLIND: no exchange account has fresh data ({n} of {total} "
                                                         "not fresh); positions, distances and reminders come from "
                                                         "data up to {age} old."),
                               n=len(bad), total=len(ex), age=Duration(max(ages)))
            return message(QT_TRANSLATE_NOOP("Core", "BLIND: no exchange account has fresh data ({n} of {total} not "
                                                     "fresh); nothing is known about the positions."),
                           n=len(bad), total=len(ex))
        if self.partly_blind:
            names = joined([s.label for s in bad], ", ")
            if ages:
                return message(QT_TRANSLATE_NOOP("Core", "PARTLY BLIND: {n} of {total} exchange accounts have no "
                                                         "fresh data ({sources}); their figures are up to {age} "
                                                         "old."),
                               n=len(bad), total=len(ex), sources=names, age=Duration(max(ages)))
            return message(QT_TRANSLATE_NOOP("Core", "PARTLY BLIND: {n} of {total} exchange accounts have no fresh "
                                                     "data ({sources}); their positions are unknown."),
                           n=len(bad), total=len(ex), sources=names)
        return joined([])

    def reasons(self) -> list[Message]:
        """One line per source that is not fresh, with its reason and what fixes it."""
        out = []
        for s in self.not_fresh:
            fix = s.fix if s.fix and s.fix not in (s.reason or "") else ""
            out.append(joined([s.describe(), fix], " "))
        return out


def assess(snapshot: PortfolioSnapshot, now: datetime, stale_after: timedelta | None = None,
           configured: Mapping[str, str] | None = None) -> Freshness:
    """Each source of ``snapshot`` as of ``now``.

    ``stale_after``: a fresh source older than this counts as stale (ignored for the demo, whose data is
    recorded). ``configured``: the configured exchange accounts (id -> label); one the snapshot has no status
    for (added after it) counts as failed, "not synced yet".
    """
    labels = {a.id: a.label for a in snapshot.accounts}
    labels.update({w.id: w.label for w in snapshot.wallets})
    labels.update(configured or {})
    out: list[SourceFreshness] = []
    for status in snapshot.sources:
        age = None if status.as_of is None else (now - status.as_of).total_seconds()
        state, reason, aged = status.state.value, status.error, False
        if (state == FRESH and stale_after is not None and not snapshot.demo and age is not None
                and age > stale_after.total_seconds()):
            state, aged = STALE, True
            reason = message(QT_TRANSLATE_NOOP("Core", "not refreshed for {age}"), age=Duration(age))
        problem = OUT_OF_DATE if aged else (problem_of(reason) if state != FRESH else None)
        if state != FRESH and problem is None:
            problem = OTHER
        out.append(SourceFreshness(status.source_id, status.kind, labels.get(status.source_id, status.source_id),
                                   state, status.as_of, age, reason if state != FRESH else None, problem, aged))
    known = {s.source_id for s in out}
    for account_id, label in (configured or {}).items():
        if account_id not in known:
            out.append(SourceFreshness(account_id, EXCHANGE_KIND, label, FAILED, None, None, NOT_SYNCED_YET,
                                       OTHER))
    venues: dict[str, list[bool]] = {}
    for s in out:
        account = snapshot.account(s.source_id)
        if s.is_exchange and account is not None:
            venues.setdefault(account.venue, []).append(s.fresh)
    stale_venues = frozenset(v for v, fresh in venues.items() if not any(fresh))
    return Freshness(now, tuple(out), stale_venues)
