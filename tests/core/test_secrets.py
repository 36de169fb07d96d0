"""Secrets live in the keyring (in-memory backend here), never in the database; without a secure
store they are refused unless the user accepts session-only keys."""

from __future__ import annotations

from datetime import UTC, datetime

import keyring
import pytest
from keyring.backends import fail, null

from core import secrets
from core.store import open_store
from core.store.accounts_repo import (
    AccountError,
    create_account,
    delete_account,
    get_account,
    list_accounts,
    update_account,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
CREDS = {"apiKey": "KEY-abc-123456", "secret": "SECRET-def-789012"}


@pytest.fixture
def backend(memory_keyring):
    return memory_keyring


@pytest.fixture
def insecure():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_session_secrets()
    yield
    secrets.forget_session_secrets()
    keyring.set_keyring(previous)


@pytest.fixture
def db(tmp_path):
    store = open_store(tmp_path / "u.sqlite")
    yield store
    store.close()


def test_round_trip_one_json_entry_per_account(backend):
    assert secrets.secure_store_available()[0]
    assert secrets.store_secret("acct-1", CREDS) == "keyring"
    assert list(backend.entries) == [("undertow", "acct-1")]
    assert secrets.load_secret("acct-1") == CREDS
    secrets.delete_secret("acct-1")
    assert secrets.load_secret("acct-1") is None
    secrets.delete_secret("acct-1")  # deleting twice is fine


@pytest.mark.parametrize("backend_cls", [fail.Keyring, null.Keyring])
def test_no_secure_store_is_detected_and_refused(backend_cls):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend_cls())
    try:
        ok, name = secrets.secure_store_available()
        assert not ok and backend_cls.__module__ in name
        with pytest.raises(secrets.NoSecureStore, match="session only"):
            secrets.store_secret("acct-1", CREDS)
    finally:
        keyring.set_keyring(previous)


def test_session_only_keys_live_in_memory_and_are_flagged(insecure):
    assert secrets.store_secret("acct-1", CREDS, session_only_ok=True) == "session"
    assert secrets.is_session_only("acct-1") and secrets.session_only_accounts() == ["acct-1"]
    assert secrets.load_secret("acct-1") == CREDS
    secrets.forget_session_secrets()  # what a restart does
    assert secrets.load_secret("acct-1") is None


def test_create_account_keeps_only_a_reference_in_the_database(backend, db, tmp_path):
    acct = create_account(db, "binanceusdm", "Main", CREDS, now=T0)
    assert acct.secret_ref == "keyring" and get_account(db, acct.id) == acct
    row = next(db["exchange_accounts"].rows)
    assert CREDS["apiKey"] not in str(row) and CREDS["secret"] not in str(row)
    db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("u.sqlite*"))
    assert CREDS["secret"].encode() not in raw and CREDS["apiKey"].encode() not in raw
    assert secrets.load_secret(acct.id) == CREDS


def test_create_account_without_keyring_loses_nothing_and_says_why(insecure, db):
    with pytest.raises(secrets.NoSecureStore):
        create_account(db, "bybit", "B", CREDS, now=T0)
    assert list_accounts(db) == []  # refused before anything was written
    acct = create_account(db, "bybit", "B2", CREDS, now=T0, session_only_ok=True)
    assert acct.secret_ref == "session" and secrets.is_session_only(acct.id)


def test_bad_input_is_rejected_with_a_clear_message(backend, db):
    with pytest.raises(AccountError, match="needs: API secret"):
        create_account(db, "binanceusdm", "Main", {"apiKey": "k"}, now=T0)
    with pytest.raises(AccountError, match="passphrase"):
        create_account(db, "okx", "O", CREDS, now=T0)
    with pytest.raises(AccountError, match="base URL"):
        create_account(db, "bybit", "B", CREDS, now=T0, api_base_url="ftp://mirror")
    with pytest.raises(AccountError, match="margin mode"):
        create_account(db, "bybit", "B", CREDS, now=T0, margin_mode="portfolio")
    assert list_accounts(db) == [] and backend.entries == {}


def test_update_and_delete(backend, db):
    acct = create_account(db, "okx", "O", {**CREDS, "password": "PASS-1"}, now=T0)
    updated = update_account(db, acct.id, label="OKX main", credentials={"secret": "NEW-SECRET-1"})
    assert updated.label == "OKX main"
    assert secrets.load_secret(acct.id) == {**CREDS, "password": "PASS-1", "secret": "NEW-SECRET-1"}
    assert delete_account(db, acct.id) and get_account(db, acct.id) is None
    assert secrets.load_secret(acct.id) is None and backend.entries == {}


def test_test_backends_are_never_discovered_by_keyring():
    """keyring chains every viable backend class it has seen; an in-memory (or "always locked") test backend must not
    join the real Secret Service in a ChainerBackend, or a read after a delete falls through to it."""
    from keyring.backend import KeyringBackend

    from core import secrets

    secrets.memory_keyring()
    discoverable = {cls.__name__ for cls in KeyringBackend.get_viable_backends()}  # what the chainer instantiates
    assert "MemoryKeyring" not in discoverable
