"""Versioned schema migrations. Append a function, never edit a released one.

``user_version`` (SQLite's pragma) holds the schema version. Before any migration runs on an existing
file, a consistent copy is written beside it (``undertow.sqlite.v<old>.bak``), so an upgrade that goes
wrong loses nothing. Each migration runs in one transaction together with the version bump.

A new file is created with ``auto_vacuum = INCREMENTAL`` (pages freed by retention go back to the file system
without a full ``VACUUM``); a file upgraded to v5 is vacuumed once after the upgrade, which both applies that
mode and returns the space the old per-snapshot market copies took.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlite_utils


def _v1_snapshots(db: sqlite_utils.Database) -> None:
    """Snapshots and their contents. Amounts are decimal TEXT (exact as received)."""
    db.table("snapshots").create(
        {"id": int, "taken_at": str, "demo": int, "app_version": str}, pk="id"
    )
    db.table("snapshot_sources").create(
        {"snapshot_id": int, "source_id": str, "kind": str, "state": str, "as_of": str, "error": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_accounts").create(
        {"snapshot_id": int, "source_id": str, "id": str, "venue": str, "label": str,
         "margin_mode": str, "quote": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_positions").create(
        {"snapshot_id": int, "source_id": str, "account_id": str, "venue": str, "symbol": str,
         "side": str, "contracts": str, "contract_size": str, "entry_price": str, "mark_price": str,
         "margin_mode": str, "leverage": str, "isolated_margin": str,
         "liquidation_price_reported": str, "unrealized_pnl": str, "maintenance_margin_rate": str,
         "inverse": int, "hedged": int, "settle": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_balances").create(
        {"snapshot_id": int, "source_id": str, "account_id": str, "asset": str,
         "total": str, "free": str, "used": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_markets").create(
        {"snapshot_id": int, "source_id": str, "venue": str, "symbol": str, "payload": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_holdings").create(
        {"snapshot_id": int, "source_id": str, "asset": str, "amount": str,
         "custody_class": str, "purpose": str, "label": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_prices").create(
        {"snapshot_id": int, "asset": str, "usd": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    for table in ("snapshot_sources", "snapshot_accounts", "snapshot_positions", "snapshot_balances",
                  "snapshot_markets", "snapshot_holdings", "snapshot_prices"):
        db.table(table).create_index(["snapshot_id"])


def _v2_configuration(db: sqlite_utils.Database) -> None:
    """User configuration: accounts (secret *references* only), wallets, custody choices, reminders."""
    db.table("snapshot_wallets").create(
        {"snapshot_id": int, "source_id": str, "id": str, "label": str, "kind": str,
         "public_ref": str, "vendor": str, "custody_class": str, "chain": str},
        foreign_keys=[("snapshot_id", "snapshots", "id")],
    )
    db.table("snapshot_wallets").create_index(["snapshot_id"])
    db.table("exchange_accounts").create(
        {"id": str, "venue": str, "label": str, "margin_mode": str, "api_base_url": str,
         "secret_ref": str, "options": str, "created_at": str},
        pk="id",
    )
    db.table("wallets").create(
        {"id": str, "label": str, "kind": str, "public_ref": str, "vendor": str,
         "custody_class": str, "chain": str, "created_at": str},
        pk="id",
    )
    db.table("manual_holdings").create(
        {"id": str, "label": str, "asset": str, "amount": str, "custody_class": str,
         "purpose": str, "created_at": str},
        pk="id",
    )
    db.table("custody_overrides").create(
        {"source_id": str, "asset": str, "purpose": str, "custody_class": str},
        pk=("source_id", "asset"),
    )
    db.table("reminder_state").create(
        {"rule_id": str, "subject": str, "active": int, "fired_at": str, "cleared_at": str,
         "snoozed_until": str, "dismissed_at": str},
        pk=("rule_id", "subject"),
    )
    db.table("cold_moves").create(
        {"id": str, "wallet_id": str, "asset": str, "amount": str, "address": str,
         "created_at": str, "moved_at": str, "confirmed_at": str, "baseline_amount": str},
        pk="id",
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")


def _v3_account_modes(db: sqlite_utils.Database) -> None:
    """Account modes and venue-reported account figures (JSON of ``AccountMargin``); venue ADL ranks."""
    db.table("snapshot_accounts").add_column("margin", str)
    db.table("snapshot_positions").add_column("adl_rank", int)


def _v4_alert_channels(db: sqlite_utils.Database) -> None:
    """Alert channels (public settings only; secrets in the keyring) and the deliveries made through them
    (the rate limit and de-duplication survive a restart; the last result of each channel is shown)."""
    db.table("alert_channels").create(
        {"name": str, "kind": str, "enabled": int, "options": str, "secret_ref": str, "created_at": str,
         "updated_at": str},
        pk="name",
    )
    db.table("alert_deliveries").create(
        {"id": int, "channel": str, "key": str, "kind": str, "at": str, "outcome": str, "error": str,
         "attempts": int, "rearmed": int},
        pk="id",
    )
    db.table("alert_deliveries").create_index(["channel", "at"])
    db.table("alert_deliveries").create_index(["key"])


def _v5_storage_that_scales(db: sqlite_utils.Database) -> None:
    """Market data stored once per change, time indexes, cached history figures.

    * ``snapshots.ts``: the snapshot time as epoch seconds (UTC), indexed with ``demo`` for every time query
      (history windows, retention); ``taken_at`` stays the exact text.
    * ``market_blobs``: order books, finished daily closes and tier tables, once per distinct content
      (``core.store.snapshots``); ``snapshot_markets`` keeps a small payload and three references. Every
      stored market is converted here, and reads back identical.
    * ``snapshot_figures``: a snapshot's history figures (net worth, exposure...), computed once
      (``core.history``); ``key`` says which custody choices and code version they were computed with.
    * indexes for the idle-balance query (account, asset) and the blob references (retention's clean-up).
    """
    from core.store.snapshots import BLOB_COLUMNS, blob_parts, epoch, market_from_legacy_json, market_payload

    conn = db.conn
    conn.execute("ALTER TABLE snapshots ADD COLUMN ts REAL")
    heads = conn.execute("SELECT id, taken_at FROM snapshots").fetchall()
    conn.executemany("UPDATE snapshots SET ts = ? WHERE id = ?",
                     [(epoch(datetime.fromisoformat(taken_at)), sid) for sid, taken_at in heads])
    conn.execute("CREATE INDEX idx_snapshots_demo_ts ON snapshots (demo, ts)")
    conn.execute("CREATE INDEX idx_snapshots_demo ON snapshots (demo)")
    conn.execute("CREATE TABLE market_blobs (id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, kind TEXT NOT NULL, "
                 "data BLOB NOT NULL)")
    conn.execute("CREATE TABLE snapshot_markets_v5 (snapshot_id INTEGER REFERENCES snapshots(id), source_id TEXT, "
                 "venue TEXT, symbol TEXT, payload TEXT, book_id INTEGER REFERENCES market_blobs(id), "
                 "closes_id INTEGER REFERENCES market_blobs(id), tiers_id INTEGER REFERENCES market_blobs(id))")
    seen: dict[bytes, int] = {}
    by_text: dict[bytes, tuple[str, list[int | None]]] = {}  # a payload repeated verbatim is converted once

    def blob_id(kind: str, data: bytes | None) -> int | None:
        if data is None:
            return None
        digest = hashlib.sha256(kind.encode() + b"\0" + data).digest()
        if digest not in seen:
            cursor = conn.execute("INSERT INTO market_blobs (hash, kind, data) VALUES (?, ?, ?)",
                                  (digest, kind, zlib.compress(data, 6)))
            seen[digest] = int(cursor.lastrowid or 0)
        return seen[digest]

    cursor = conn.execute("SELECT snapshot_id, source_id, venue, symbol, payload FROM snapshot_markets ORDER BY rowid")
    while batch := cursor.fetchmany(500):
        out = []
        for sid, source_id, venue, symbol, text in batch:
            key = hashlib.sha1(text.encode()).digest()
            converted = by_text.get(key)
            if converted is None:
                market = market_from_legacy_json(text)
                parts = _legacy_parts(text, market) or blob_parts(market)
                converted = (market_payload(market), [blob_id(k, parts[k]) for k in BLOB_COLUMNS])
                if len(by_text) < 100_000:
                    by_text[key] = converted
            out.append((sid, source_id, venue, symbol, converted[0], *converted[1]))
        conn.executemany("INSERT INTO snapshot_markets_v5 (snapshot_id, source_id, venue, symbol, payload, book_id, "
                         "closes_id, tiers_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", out)
    conn.execute("DROP TABLE snapshot_markets")
    conn.execute("ALTER TABLE snapshot_markets_v5 RENAME TO snapshot_markets")
    conn.execute("CREATE INDEX idx_snapshot_markets_snapshot_id ON snapshot_markets (snapshot_id)")
    for column in BLOB_COLUMNS.values():
        conn.execute(f"CREATE INDEX idx_snapshot_markets_{column} ON snapshot_markets ({column})")
    conn.execute("CREATE TABLE snapshot_figures (snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots(id), "
                 "key TEXT NOT NULL, net_worth_usd REAL, exchange_equity_usd REAL, self_custody_usd REAL, "
                 "gross_exposure_usd REAL, net_exposure_usd REAL, self_custody_share REAL, rates TEXT)")
    conn.execute("CREATE INDEX idx_snapshot_balances_account_asset ON snapshot_balances (account_id, asset)")


def _legacy_parts(text: str, market: object) -> dict[str, bytes | None] | None:
    """The blob parts of a v1-v4 market document cut out of its text instead of encoded again (the document is
    ``codec.dumps`` of the ``MarketState``: its fields in order, so the book, the closes and the tiers are
    contiguous slices, byte for byte what ``blob_parts`` would write). None when the text is not shaped as
    expected (then the parts are encoded from ``market``)."""
    from core.model import MarketState

    if not isinstance(market, MarketState):
        return None
    marks = ['"bids":', ',"daily_closes":', ',"tiers":', ',"tiers_fetched_at":']
    at = [text.find(m) for m in marks]
    if min(at) < 0 or at != sorted(at) or any(text.count(m) != 1 for m in marks):
        return None
    book = "{" + text[at[0]:at[1]] + "}"
    closes = text[at[1] + len(marks[1]):at[2]]
    tiers = text[at[2] + len(marks[2]):at[3]]
    if not (closes.startswith("[") and closes.endswith("]") and tiers.startswith("[") and tiers.endswith("]")):
        return None
    prefix = closes[:closes.rfind(",")] + "]" if len(market.daily_closes) > 1 else None
    return {"book": book.encode() if (market.bids or market.asks) else None,
            "closes": prefix.encode() if prefix is not None else None,
            "tiers": tiers.encode() if market.tiers else None}


def _v6_funding_ledger(db: sqlite_utils.Database) -> None:
    """The funding ledger (``core.funding``, ``core.store.funding_repo``): every funding payment once.

    * ``funding_payments``: one row per payment, keyed (unique) by mode, account and ``key`` (the venue's id of the
      entry, or symbol@time where the venue gives none); ``ts`` is the funding time in epoch seconds (UTC), indexed
      after the mode, the account and the symbol (per-position and per-account reads); amounts are decimal TEXT as
      received, ``amount_usd`` the value at the sync that stored it. No ``snapshot_id``: retention never touches it.
      Both tables are ``WITHOUT ROWID`` (the key is the row): a new store grows by three pages only.
    * ``funding_fetches``: per mode, account and scope (a symbol, or ``*`` for a venue read account-wide) how far
      the ledger has been read (``covered_until``, epoch seconds), so the next read starts there.
    """
    conn = db.conn
    conn.execute("CREATE TABLE funding_payments (demo INTEGER NOT NULL DEFAULT 0, account_id TEXT NOT NULL, "
                 "key TEXT NOT NULL, symbol TEXT NOT NULL, ts REAL NOT NULL, time TEXT NOT NULL, "
                 "amount TEXT NOT NULL, asset TEXT NOT NULL, amount_usd REAL, rate TEXT, "
                 "venue_id TEXT NOT NULL DEFAULT '', fetched_at TEXT, "
                 "PRIMARY KEY (demo, account_id, key)) WITHOUT ROWID")
    conn.execute("CREATE INDEX idx_funding_payments_position_ts ON funding_payments (demo, account_id, symbol, ts)")
    conn.execute("CREATE TABLE funding_fetches (demo INTEGER NOT NULL, account_id TEXT NOT NULL, scope TEXT NOT NULL, "
                 "fetched_at TEXT, covered_until REAL, PRIMARY KEY (demo, account_id, scope)) WITHOUT ROWID")


def _v7_external_series(db: sqlite_utils.Database) -> None:
    """Daily series from outside the exchanges (``core.store.series_repo``): ETF net flows, volatility indices.

    * ``external_series``: one value per (series, day); ``source`` the URL, ``file:<name>`` or ``deribit`` it came
      from and ``fetched_at`` when (ISO-8601 UTC). A new fetch of a day replaces its row (publishers revise the
      latest days). Values are decimal TEXT as parsed. Not per mode: public data, the same in demo and live.
    * ``external_fetches``: per series the last attempt (``tried_at``), the last success (``fetched_at``, its
      ``source``) and the last failure's reason (``problem``, empty after a success): the stale mark survives a
      restart, and the last good rows stay.
    * ``book_depths``: the depth near the price of each stored order book (USD within 1 % of the mid, both sides),
      by the book blob's content hash, written with the snapshot that stored the book: the thin-hours profile reads
      a month of depths without decoding a month of books. Rows of books retention deleted are pruned after it.
    """
    conn = db.conn
    conn.execute("CREATE TABLE book_depths (hash BLOB NOT NULL PRIMARY KEY, depth_usd REAL) WITHOUT ROWID")
    conn.execute("CREATE TABLE external_series (series TEXT NOT NULL, day TEXT NOT NULL, value TEXT NOT NULL, "
                 "source TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (series, day)) WITHOUT ROWID")
    conn.execute("CREATE TABLE external_fetches (series TEXT NOT NULL PRIMARY KEY, source TEXT NOT NULL DEFAULT '', "
                 "tried_at TEXT, fetched_at TEXT, problem TEXT NOT NULL DEFAULT '') WITHOUT ROWID")


Migration = Callable[[sqlite_utils.Database], None]

#: Index i holds the migration from version i to version i + 1.
MIGRATIONS: list[Migration] = [_v1_snapshots, _v2_configuration, _v3_account_modes, _v4_alert_channels,
                               _v5_storage_that_scales, _v6_funding_ledger, _v7_external_series]
#: The first version whose market data is stored once per content; upgrading across it vacuums once.
COMPACT_STORAGE_VERSION = 5
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    pass


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_newer_schema(conn: sqlite3.Connection) -> None:
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise SchemaTooNewError(
            f"This database was written by a newer Undertow (schema {current}, this version knows "
            f"{LATEST_VERSION}). Update Undertow; the file was left untouched."
        )


def backup_file(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Write a consistent copy of the open database next to it, before migrating."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: sqlite_utils.Database, path: Path | None, upto: int = LATEST_VERSION) -> list[Path]:
    """Bring ``db`` to schema ``upto``; returns the backup files written (none for a new file)."""
    conn = db.conn
    refuse_newer_schema(conn)
    current = schema_version(conn)
    backups: list[Path] = []
    if current < upto and current > 0 and path is not None:
        backups.append(backup_file(conn, path, current))
    if current == 0 and upto > 0 and not _has_tables(conn):
        _vacuum(conn)  # a new file: incremental auto-vacuum from the start (it can only be set on an empty file)
    for version in range(current, upto):
        with db.atomic():  # one transaction: the schema change and the version bump land together
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    if 0 < current < COMPACT_STORAGE_VERSION <= upto:
        _vacuum(conn)  # give back the space of the old per-snapshot market copies, and turn auto-vacuum on
    return backups


def _has_tables(conn: sqlite3.Connection) -> bool:
    return int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]) > 0


def _vacuum(conn: sqlite3.Connection) -> None:
    """Rewrite the file with ``auto_vacuum = INCREMENTAL`` (outside any transaction)."""
    if conn.in_transaction:
        conn.commit()
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("VACUUM")
