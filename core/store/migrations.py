"""Versioned schema migrations. Append a function, never edit a released one.

``user_version`` (SQLite's pragma) holds the schema version. Before any migration runs on an existing
file, a consistent copy is written beside it (``undertow.sqlite.v<old>.bak``), so an upgrade that goes
wrong loses nothing. Each migration runs in one transaction together with the version bump.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
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


Migration = Callable[[sqlite_utils.Database], None]

#: Index i holds the migration from version i to version i + 1.
MIGRATIONS: list[Migration] = [_v1_snapshots, _v2_configuration, _v3_account_modes, _v4_alert_channels]
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
    for version in range(current, upto):
        with db.atomic():  # one transaction: the schema change and the version bump land together
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return backups
