"""The funding ledger in the database (schema v6): payments stored once each, and how far each account was read.

Rows are per mode (demo and live apart), like snapshots. A payment is unique per account by its ``key`` (the venue's
id of the entry, or symbol@time where the venue gives none): storing it again is a no-op, so overlapping reads and
repeated syncs never double-count. Amounts are decimal TEXT; times are ISO-8601 UTC, with ``ts`` (epoch seconds)
for the time queries. Retention never deletes ledger rows (they have no snapshot; they are small).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlite_utils

from core.funding import Carry, FetchState, FundingDay, FundingPayment, cost_of_carry, daily_series
from core.model import PortfolioSnapshot
from core.store.codec import from_text, to_text

if TYPE_CHECKING:
    from core.exchanges.funding_history import AccountRead

ACCOUNT_WIDE = "*"  # the scope of a venue whose ledger is read for the whole account at once (funding_history's)

log = logging.getLogger(__name__)

def _ts(when: datetime) -> float:
    return when.timestamp()


def _dt(ts: float | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(float(ts), UTC)


def save_payments(db: sqlite_utils.Database, payments: Iterable[FundingPayment], demo: bool,
                  fetched_at: datetime) -> int:
    """Store the payments not stored yet (call inside ``Store.write``); returns how many were new."""
    rows = [(int(demo), p.account_id, p.symbol, _ts(p.time), p.time.astimezone(UTC).isoformat(), to_text(p.amount),
             p.asset, p.amount_usd, to_text(p.rate), p.venue_id, p.key, fetched_at.isoformat()) for p in payments]
    if not rows:
        return 0
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT OR IGNORE INTO funding_payments (demo, account_id, symbol, ts, time, amount, asset, amount_usd, rate, "
        "venue_id, key, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return int(db.conn.total_changes - before)


def _payment(row: Sequence[object]) -> FundingPayment:
    account_id, symbol, time, amount, asset, amount_usd, rate, venue_id = row
    return FundingPayment(str(account_id), str(symbol), datetime.fromisoformat(str(time)),
                          float(from_text(str(amount)) or 0.0), str(asset),
                          None if amount_usd is None else float(str(amount_usd)),
                          from_text(None if rate is None else str(rate)), str(venue_id or ""))


def load_payments(db: sqlite_utils.Database, demo: bool, account_ids: Iterable[str] | None = None,
                  symbol: str | None = None, since: datetime | None = None,
                  until: datetime | None = None) -> list[FundingPayment]:
    """The stored payments of this mode, oldest first; optionally of some accounts, one symbol, a time window
    (``since`` excluded, ``until`` included)."""
    where: list[str] = ["demo = ?"]
    params: list[object] = [int(demo)]
    if account_ids is not None:
        ids = list(account_ids)
        if not ids:
            return []
        where.append(f"account_id IN ({', '.join('?' * len(ids))})")
        params.extend(ids)
    if symbol is not None:
        where.append("symbol = ?")
        params.append(symbol)
    if since is not None:
        where.append("ts > ?")
        params.append(_ts(since))
    if until is not None:
        where.append("ts <= ?")
        params.append(_ts(until))
    rows = db.execute("SELECT account_id, symbol, time, amount, asset, amount_usd, rate, venue_id "
                      f"FROM funding_payments WHERE {' AND '.join(where)} ORDER BY ts, key", params).fetchall()
    return [_payment(r) for r in rows]


def newest_time(db: sqlite_utils.Database, demo: bool, account_id: str, symbol: str | None = None) -> datetime | None:
    """The funding time of the newest stored payment of the account (of one symbol, if given)."""
    sql, params = "SELECT max(ts) FROM funding_payments WHERE demo = ? AND account_id = ?", [int(demo), account_id]
    if symbol is not None:
        sql += " AND symbol = ?"
        params.append(symbol)
    row = db.execute(sql, params).fetchone()
    return _dt(row[0]) if row and row[0] is not None else None


def fetch_state(db: sqlite_utils.Database, demo: bool, account_id: str, scope: str) -> FetchState:
    row = db.execute("SELECT fetched_at, covered_until FROM funding_fetches WHERE demo = ? AND account_id = ? "
                     "AND scope = ?", [int(demo), account_id, scope]).fetchone()
    if row is None:
        return FetchState(None, None)
    return FetchState(datetime.fromisoformat(row[0]) if row[0] else None, _dt(row[1]))


def record_fetch(db: sqlite_utils.Database, demo: bool, account_id: str, scope: str, fetched_at: datetime,
                 covered_until: datetime) -> None:
    """Remember that the ledger of ``account_id`` (``scope``) was read up to ``covered_until`` (call inside
    ``Store.write``); the mark never moves back."""
    db.conn.execute(
        "INSERT INTO funding_fetches (demo, account_id, scope, fetched_at, covered_until) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (demo, account_id, scope) DO UPDATE SET fetched_at = excluded.fetched_at, "
        "covered_until = max(coalesce(covered_until, 0), excluded.covered_until)",
        [int(demo), account_id, scope, fetched_at.isoformat(), _ts(covered_until)])


def count(db: sqlite_utils.Database, demo: bool | None = None) -> int:
    if demo is None:
        return int(db.execute("SELECT count(*) FROM funding_payments").fetchone()[0])
    return int(db.execute("SELECT count(*) FROM funding_payments WHERE demo = ?", [int(demo)]).fetchone()[0])


def daily(db: sqlite_utils.Database, demo: bool, account_id: str | None = None, symbol: str | None = None,
          days: int | None = None, now: datetime | None = None) -> list[FundingDay]:
    """The stored funding per UTC day (``core.funding.daily_series``): every day with a payment, or the ``days``
    days ending at ``now``'s (zeros included)."""
    accounts = None if account_id is None else [account_id]
    if days is None or now is None:
        return daily_series(load_payments(db, demo, accounts, symbol))
    end = now.astimezone(UTC).date()
    start = end - timedelta(days=days - 1)
    since = datetime(start.year, start.month, start.day, tzinfo=UTC) - timedelta(microseconds=1)
    return daily_series(load_payments(db, demo, accounts, symbol, since), start, end)


def carry_of(db: sqlite_utils.Database, snapshot: PortfolioSnapshot, now: datetime) -> Carry | None:
    """The cost of carry of ``snapshot``'s positions from the stored ledger (``core.funding.cost_of_carry``); None
    without positions. A ledger that cannot be read counts as empty (the carry still projects the next funding)."""
    if not snapshot.positions:
        return None
    try:
        payments = load_payments(db, snapshot.demo, {p.account_id for p in snapshot.positions})
    except sqlite3.Error as exc:
        log.info("the funding ledger could not be read: %s", exc)
        payments = []
    return cost_of_carry(snapshot, payments, now)


def read_states(db: sqlite_utils.Database, demo: bool, wanted: Iterable[tuple[str, str]]
                ) -> tuple[dict[tuple[str, str], FetchState], dict[tuple[str, str], datetime | None]]:
    """For each (account id, scope): how far its funding history was read, and its newest stored payment."""
    keys = list(wanted)
    states = {k: fetch_state(db, demo, k[0], k[1]) for k in keys}
    newest = {k: newest_time(db, demo, k[0], None if k[1] == ACCOUNT_WIDE else k[1]) for k in keys}
    return states, newest


def save_reads(db: sqlite_utils.Database, demo: bool, reads: Iterable[AccountRead], now: datetime) -> int:
    """Store what the funding reads brought (call inside ``Store.write``, with the sync's snapshot): the new payments
    and how far each account (scope) was read. Its own savepoint: a ledger that cannot be written is logged and left
    as it was, and never takes the snapshot down with it. Returns how many payments were new."""
    reads = list(reads)
    if not any(r.payments or r.covered for r in reads):
        return 0
    db.conn.execute("SAVEPOINT funding_ledger")
    try:
        new = save_payments(db, [p for r in reads for p in r.payments], demo, now)
        for r in reads:
            for scope, until in r.covered.items():
                record_fetch(db, demo, r.account_id, scope, now, until)
    except sqlite3.Error as exc:
        db.conn.execute("ROLLBACK TO funding_ledger")
        db.conn.execute("RELEASE funding_ledger")
        log.warning("the funding history was not saved: %s", exc)
        return 0
    db.conn.execute("RELEASE funding_ledger")
    if new:
        log.info("funding history: %d new payment(s) stored", new)
    return new
