"""Exchange accounts as configured by the user (table ``exchange_accounts``).

The row holds a *reference* to the secret (``secret_ref``: "keyring", "session" or "" for venues
without a key); the key itself only ever lives in ``core.secrets``. ``options`` is JSON for public
per-account settings (a Hyperliquid wallet address, a rate-limit switch for test fakes).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import sqlite_utils

from core.exchanges.accounts import AccountConfig, AccountError, validate_base_url

TABLE = "exchange_accounts"


def _row(config: AccountConfig) -> dict[str, Any]:
    return {"id": config.id, "venue": config.venue, "label": config.label,
            "margin_mode": config.margin_mode, "api_base_url": config.api_base_url,
            "secret_ref": config.secret_ref, "options": json.dumps(dict(config.options), sort_keys=True),
            "created_at": config.created_at}


def _config(row: Mapping[str, Any]) -> AccountConfig:
    try:
        options = json.loads(row.get("options") or "{}")
    except ValueError:
        options = {}
    return AccountConfig(id=row["id"], venue=row["venue"], label=row.get("label") or row["id"],
                         margin_mode=row.get("margin_mode") or "cross",
                         api_base_url=row.get("api_base_url") or "", secret_ref=row.get("secret_ref") or "",
                         options=options if isinstance(options, dict) else {},
                         created_at=row.get("created_at") or "")


def new_account_id(venue: str) -> str:
    return f"{venue}-{uuid.uuid4().hex[:8]}"


def list_accounts(db: sqlite_utils.Database) -> list[AccountConfig]:
    if TABLE not in db.table_names():
        return []
    return [_config(r) for r in db[TABLE].rows_where(order_by="created_at, id")]


def get_account(db: sqlite_utils.Database, account_id: str) -> AccountConfig | None:
    rows = list(db[TABLE].rows_where("id = ?", [account_id])) if TABLE in db.table_names() else []
    return _config(rows[0]) if rows else None


def find_account(db: sqlite_utils.Database, key: str) -> AccountConfig | None:
    """By id, else by label (case-insensitive) when that label is unique."""
    found = get_account(db, key)
    if found is not None:
        return found
    matches = [a for a in list_accounts(db) if a.label.lower() == key.lower()]
    return matches[0] if len(matches) == 1 else None


def validate(config: AccountConfig) -> None:
    if config.margin_mode not in ("cross", "isolated"):
        raise AccountError(f"margin mode must be cross or isolated, not {config.margin_mode!r}")
    if not config.label.strip():
        raise AccountError("an account needs a label")


def save_account(db: sqlite_utils.Database, config: AccountConfig) -> AccountConfig:
    """Insert or replace the row (no secrets here; see ``core.secrets``)."""
    validate(config)
    db.table(TABLE).upsert(_row(config), pk="id")
    return config


def remove_account(db: sqlite_utils.Database, account_id: str) -> bool:
    if get_account(db, account_id) is None:
        return False
    db.table(TABLE).delete(account_id)
    return True


def create_account(db: sqlite_utils.Database, venue: str, label: str, credentials: Mapping[str, str],
                   now: datetime, margin_mode: str = "cross", api_base_url: str = "",
                   options: Mapping[str, Any] | None = None, session_only_ok: bool = False,
                   account_id: str | None = None) -> AccountConfig:
    """Store the secret (keyring or, if allowed, this session only) and then the row referring to it.

    ``credentials`` uses ccxt names (apiKey, secret, password, walletAddress); public ones (a wallet
    address) go into ``options``, secret ones into the keyring. Raises ``AccountError`` on bad input
    and ``core.secrets.NoSecureStore`` when there is no keyring and session-only was not accepted.
    """
    from core import secrets
    from core.exchanges.venues import venue_spec

    venue = (venue or "").strip()
    if not venue:
        raise AccountError("choose an exchange")
    spec = venue_spec(venue)
    creds = {k: (v or "").strip() for k, v in credentials.items()}
    missing = spec.missing_credentials(creds)
    if missing:
        raise AccountError(f"{spec.name} needs: {', '.join(missing)}")
    account_id = account_id or new_account_id(venue)
    public = {k: creds[k] for k in spec.public_keys if creds.get(k)}
    secret = {k: creds[k] for k in spec.secret_keys if creds.get(k)}
    config = AccountConfig(id=account_id, venue=venue, label=(label or spec.name).strip(),
                           margin_mode=margin_mode, api_base_url=validate_base_url(api_base_url),
                           options={**(options or {}), **public}, created_at=now.isoformat())
    validate(config)  # before the secret is stored: bad input leaves nothing behind
    ref = secrets.store_secret(account_id, secret, session_only_ok=session_only_ok) if secret else ""
    try:
        return save_account(db, AccountConfig(**{**config.__dict__, "secret_ref": ref}))
    except Exception:
        if ref:
            secrets.delete_secret(account_id)  # no orphaned keyring entry
        raise


def update_account(db: sqlite_utils.Database, account_id: str, credentials: Mapping[str, str] | None = None,
                   session_only_ok: bool = False, **changes: Any) -> AccountConfig:
    """Change label / margin_mode / api_base_url / options, and optionally replace the key."""
    from core import secrets
    from core.exchanges.venues import venue_spec

    current = get_account(db, account_id)
    if current is None:
        raise AccountError(f"no account {account_id!r}")
    unknown = set(changes) - {"label", "margin_mode", "api_base_url", "options"}
    if unknown:
        raise AccountError(f"cannot change: {', '.join(sorted(unknown))}")
    if "api_base_url" in changes:
        changes["api_base_url"] = validate_base_url(changes["api_base_url"])
    updated = AccountConfig(**{**current.__dict__, **changes})
    if credentials:
        spec = venue_spec(updated.venue)
        public = {k: v.strip() for k, v in credentials.items() if k in spec.public_keys and v}
        secret = {k: v.strip() for k, v in credentials.items() if k in spec.secret_keys and v}
        if public:
            updated = AccountConfig(**{**updated.__dict__, "options": {**updated.options, **public}})
        if secret:
            old = secrets.load_secret(account_id) or {}
            ref = secrets.store_secret(account_id, {**old, **secret}, session_only_ok=session_only_ok)
            updated = AccountConfig(**{**updated.__dict__, "secret_ref": ref})
    return save_account(db, updated)


def delete_account(db: sqlite_utils.Database, account_id: str) -> bool:
    """Remove the row and its keyring entry."""
    from core import secrets

    removed = remove_account(db, account_id)
    secrets.delete_secret(account_id)
    return removed
