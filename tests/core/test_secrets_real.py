"""The real OS Secret Service (gnome-keyring in CI). Runs when UNDERTOW_REAL_KEYRING=1 and then
FAILS, never skips, if no secure store is reachable. CI runs it inside
``dbus-run-session -- sh -c 'echo pw | gnome-keyring-daemon --unlock --components=secrets; pytest ...'``."""

from __future__ import annotations

import os
import uuid

import pytest

pytestmark = pytest.mark.real_keyring

REQUIRED = os.environ.get("UNDERTOW_REAL_KEYRING") == "1"


@pytest.fixture
def real_backend():
    if not REQUIRED:
        pytest.skip("set UNDERTOW_REAL_KEYRING=1 (inside a D-Bus session with a keyring) to run")
    import keyring
    import keyring.core

    from core import secrets

    previous = keyring.get_keyring()
    keyring.core.init_backend()  # what the app gets: the platform's own choice
    secrets.forget_session_secrets()
    yield keyring.get_keyring()
    keyring.set_keyring(previous)


def test_secret_service_round_trip(real_backend):
    from core import secrets

    ok, name = secrets.secure_store_available()
    assert ok, f"UNDERTOW_REAL_KEYRING=1 but no secure store is available (backend {name})"
    account = f"test-{uuid.uuid4().hex[:8]}"
    creds = {"apiKey": "REAL-KEY-" + account, "secret": "REAL-SECRET-" + account}
    try:
        assert secrets.store_secret(account, creds) == "keyring"
        assert not secrets.is_session_only(account)
        assert secrets.load_secret(account) == creds
        assert real_backend.get_password(secrets.SERVICE, account) is not None
    finally:
        secrets.delete_secret(account)
    assert secrets.load_secret(account) is None
