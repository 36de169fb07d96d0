"""Alert channels as configured by the user (table ``alert_channels``) and the deliveries made through them
(table ``alert_deliveries``).

A channel row holds its public settings (JSON ``options``) and a *reference* to its secret (``secret_ref``:
"keyring", "session" or "" when it has none); the secret itself only ever lives in ``core.secrets`` under
``core.alerts.config.secret_id(name)``. Deliveries are kept for ``KEEP`` (30 days): they restore the rate limit
and de-duplication after a restart and give each channel's last result.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlite_utils

from core.alerts import Channel
from core.alerts.channels import UnavailableChannel, build_channel, factories_generation
from core.alerts.config import (
    ChannelConfig,
    ChannelConfigError,
    secret_id,
    validate_name,
    validate_options,
    validate_secret,
)
from core.alerts.dispatch import LOG_KEEP, ChannelStatus, Delivery, Dispatcher, channel_status, make_test_alert

if TYPE_CHECKING:
    from core.store.store import Store

CHANNELS = "alert_channels"
DELIVERIES = "alert_deliveries"
KEEP = timedelta(days=30)


def _row(config: ChannelConfig) -> dict[str, Any]:
    return {"name": config.name, "kind": config.kind, "enabled": int(config.enabled),
            "options": json.dumps(dict(config.options), sort_keys=True), "secret_ref": config.secret_ref,
            "created_at": config.created_at, "updated_at": config.updated_at}


def _config(row: Mapping[str, Any]) -> ChannelConfig:
    try:
        options = json.loads(row.get("options") or "{}")
    except ValueError:
        options = {}
    return ChannelConfig(name=row["name"], kind=row["kind"], enabled=bool(row.get("enabled")),
                         options={str(k): str(v) for k, v in options.items()} if isinstance(options, dict) else {},
                         secret_ref=row.get("secret_ref") or "", created_at=row.get("created_at") or "",
                         updated_at=row.get("updated_at") or "")


def list_channels(db: sqlite_utils.Database) -> list[ChannelConfig]:
    if CHANNELS not in db.table_names():
        return []
    return [_config(r) for r in db[CHANNELS].rows_where(order_by="created_at, name")]


def get_channel(db: sqlite_utils.Database, name: str) -> ChannelConfig | None:
    if CHANNELS not in db.table_names():
        return None
    rows = list(db[CHANNELS].rows_where("name = ? COLLATE NOCASE", [name]))
    return _config(rows[0]) if rows else None


def save_channel(db: sqlite_utils.Database, kind: str, name: str, options: Mapping[str, Any],
                 secret: Mapping[str, str] | None, now: datetime, enabled: bool = True,
                 session_only_ok: bool = False) -> ChannelConfig:
    """Create or update channel ``name``. ``secret``: the secret fields to store (empty or None keeps the stored
    ones); it goes to the keyring (or this session only, if allowed), never here. Raises ``ChannelConfigError``
    on bad input (nothing stored) and ``core.secrets.NoSecureStore`` / ``SecretStoreError`` from the keyring."""
    from core import secrets

    name = validate_name(name)
    current = get_channel(db, name)
    if current is not None and current.kind != kind:
        raise ChannelConfigError(f"a channel named {current.name!r} exists already (a {current.spec.name} channel)")
    if current is not None:
        name = current.name
    values = validate_options(kind, options)
    has_stored = current is not None and bool(current.secret_ref)
    fresh = validate_secret(kind, values, secret or {}, has_stored=has_stored)
    ref = current.secret_ref if current is not None else ""
    if fresh:
        old = (secrets.load_secret(secret_id(name)) or {}) if has_stored else {}
        ref = secrets.store_secret(secret_id(name), {**old, **fresh}, session_only_ok=session_only_ok)
    config = ChannelConfig(name=name, kind=kind, enabled=enabled, options=values, secret_ref=ref,
                           created_at=current.created_at if current is not None else now.isoformat(),
                           updated_at=now.isoformat())
    try:
        db.table(CHANNELS).upsert(_row(config), pk="name")
    except Exception:
        if fresh and current is None:
            secrets.delete_secret(secret_id(name))  # no orphaned keyring entry
        raise
    return config


def set_enabled(db: sqlite_utils.Database, name: str, enabled: bool, now: datetime) -> ChannelConfig:
    current = get_channel(db, name)
    if current is None:
        raise ChannelConfigError(f"no alert channel {name!r}")
    config = replace(current, enabled=enabled, updated_at=now.isoformat())
    db.table(CHANNELS).upsert(_row(config), pk="name")
    return config


def delete_channel(db: sqlite_utils.Database, name: str) -> bool:
    """Remove the channel, its keyring entry and its deliveries."""
    from core import secrets

    current = get_channel(db, name)
    if current is None:
        return False
    db.table(CHANNELS).delete(current.name)
    if DELIVERIES in db.table_names():
        db.execute(f"DELETE FROM {DELIVERIES} WHERE channel = ?", [current.name])
    secrets.delete_secret(secret_id(current.name))
    return True


def channel_secret(config: ChannelConfig) -> dict[str, str] | None:
    """The secret fields of ``config`` from the keyring (None when it has none or they are gone). Raises
    ``core.secrets.SecretStoreError`` when the keyring cannot be read (e.g. locked)."""
    from core import secrets

    if not config.secret_ref:
        return {}
    found = secrets.load_secret(secret_id(config.name), strict=config.secret_ref == secrets.KEYRING_REF)
    return {str(k): str(v) for k, v in found.items()} if found is not None else None


# --- deliveries ---------------------------------------------------------------------------------------------
def record_deliveries(db: sqlite_utils.Database, deliveries: Sequence[Delivery]) -> None:
    if not deliveries:
        return
    db.table(DELIVERIES).insert_all(
        ({"channel": d.channel, "key": d.key, "kind": d.kind, "at": d.at.isoformat(), "outcome": d.outcome,
          "error": d.error, "attempts": d.attempts, "rearmed": int(d.rearmed)} for d in deliveries), pk="id")
    newest = max(d.at for d in deliveries)
    db.execute(f"DELETE FROM {DELIVERIES} WHERE at < ?", [(newest - KEEP).isoformat()])


def forget_key(db: sqlite_utils.Database, key: str) -> None:
    if DELIVERIES in db.table_names():
        db.execute(f"UPDATE {DELIVERIES} SET rearmed = 1 WHERE key = ?", [key])


def load_deliveries(db: sqlite_utils.Database, since: datetime | None = None,
                    channels: Iterable[str] | None = None) -> list[Delivery]:
    """Deliveries at or after ``since`` (all kept ones when None; oldest first), optionally of some channels."""
    if DELIVERIES not in db.table_names():
        return []
    wanted = set(channels) if channels is not None else None
    out = []
    where, args = ("at >= ?", [since.isoformat()]) if since is not None else (None, None)
    for r in db[DELIVERIES].rows_where(where, args, order_by="at, id"):
        if wanted is not None and r["channel"] not in wanted:
            continue
        out.append(Delivery(channel=r["channel"], key=r["key"], kind=r.get("kind") or "",
                            at=datetime.fromisoformat(r["at"]), outcome=r["outcome"], error=r.get("error") or "",
                            attempts=int(r.get("attempts") or 0), rearmed=bool(r.get("rearmed"))))
    return out


def statuses(db: sqlite_utils.Database, now: datetime) -> list[ChannelStatus]:
    """Every configured channel's recent record (last result, last error, sent in the last hour)."""
    log_ = load_deliveries(db, now - LOG_KEEP)
    return [channel_status(c.name, log_, now) for c in list_channels(db)]


class StoreJournal:
    """The dispatcher's deliveries kept in the store (``DeliveryJournal``), each write one short transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, deliveries: Sequence[Delivery]) -> None:
        with self.store.write() as db:
            record_deliveries(db, deliveries)

    def forget(self, key: str) -> None:
        with self.store.write() as db:
            forget_key(db, key)


def build_configured_channel(config: ChannelConfig) -> Channel:
    """The channel ``config`` describes with its secret from the keyring. One that cannot be built (secret gone,
    keyring locked) stands in as a channel whose every send fails with the reason, so it is reported."""
    from core import secrets

    try:
        secret = channel_secret(config)
    except secrets.SecretStoreError as exc:
        return UnavailableChannel(config.name, str(exc))
    if secret is None:
        where = "this session ended" if config.secret_ref == secrets.SESSION_REF else "it is not in the keyring"
        return UnavailableChannel(config.name, f"the channel's secret is missing ({where}): enter it again")
    return build_channel(config, secret)


class AlertService:
    """The session's alerting: one dispatcher per process over the enabled channels, rebuilt when their
    configuration changes (here or in another process), its rate limit and de-duplication restored from the
    store. Reads the keyring: never on the GUI thread."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._dispatcher: Dispatcher | None = None
        self._built_from: tuple[Any, ...] | None = None
        self._lock = threading.Lock()  # two dispatches may ask from two worker threads at once

    def dispatcher(self, include_amounts: bool, rate_limit_per_hour: int) -> Dispatcher:
        with self._lock:
            configs = tuple(c for c in list_channels(self.store.read()) if c.enabled)
            if self._dispatcher is None:
                self._dispatcher = Dispatcher(history=load_deliveries(self.store.read()),
                                              journal=StoreJournal(self.store))
            built_from = (configs, factories_generation())
            if built_from != self._built_from:
                self._dispatcher.set_channels([build_configured_channel(c) for c in configs])
                self._built_from = built_from
            self._dispatcher.configure(include_amounts=include_amounts, rate_limit_per_hour=rate_limit_per_hour)
            return self._dispatcher

    async def send_test(self, name: str, now: datetime, include_amounts: bool, rate_limit_per_hour: int) -> Delivery:
        """A test alert on channel ``name``, enabled or not. Raises ``ChannelConfigError`` for an unknown one."""
        config = await asyncio.to_thread(lambda: get_channel(self.store.read(), name))
        if config is None:
            raise ChannelConfigError(f"no alert channel {name!r}")
        dispatcher = await asyncio.to_thread(self.dispatcher, include_amounts, rate_limit_per_hour)
        channel = dispatcher.channels.get(config.name) if config.enabled else None
        if channel is None:
            channel = await asyncio.to_thread(build_configured_channel, config)
        return await dispatcher.send_test(channel, make_test_alert(config.name, now), now)
