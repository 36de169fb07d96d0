"""API credentials in the OS keyring: one small JSON entry per account, nothing else anywhere.

The database keeps only a reference (``secret_ref``). When the machine has no secure store (keyring's
``fail``/``null`` backends, e.g. a bare Linux box without a Secret Service), ``store_secret`` refuses
unless the caller explicitly accepts session-only keys: those live in this process's memory and are
gone when Undertow exits. There is no plaintext fallback, by design.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "undertow"
KEYRING_REF = "keyring"  # secret_ref values stored in the database
SESSION_REF = "session"

_session: dict[str, dict[str, str]] = {}  # account id -> credentials, this process only
_lock = threading.Lock()


class SecretStoreError(RuntimeError):
    """The secret store failed or is missing. Messages never contain the secret."""


class KeyringUnavailable(SecretStoreError):
    """There is no usable OS keyring (no Secret Service running, no backend): install or start one."""


class KeyringLocked(SecretStoreError):
    """The OS keyring is there but locked (the user dismissed the unlock prompt, or nobody is logged in)."""


class NoSecureStore(KeyringUnavailable):
    pass


def _read_error(exc: BaseException) -> SecretStoreError:
    """A backend's read failure as the state the user can act on: locked, or no keyring at all."""
    from keyring import errors

    name = type(exc).__name__
    if isinstance(exc, errors.KeyringLocked) or "Locked" in name:
        return KeyringLocked(f"The OS keyring is locked ({name}).")
    if isinstance(exc, (errors.NoKeyringError, errors.InitError)) or "NotAvailable" in name \
            or "ServiceUnknown" in str(exc)[:200]:
        return KeyringUnavailable(f"No OS keyring is available ({name}).")
    return SecretStoreError(f"The OS keyring could not be read ({name}); it may be locked.")


def _backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


def _is_insecure(backend: Any) -> bool:
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return True
    children = getattr(backend, "backends", None)  # ChainerBackend: secure only if some child is
    if children is not None:
        return not any(not _is_insecure(child) for child in children)
    try:
        return float(backend.priority) <= 0
    except Exception:  # noqa: BLE001 - a backend whose priority check fails is not usable
        return True


def secure_store_available() -> tuple[bool, str]:
    """(True, backend name) when secrets can be kept in an OS keyring; (False, name) otherwise."""
    try:
        backend = _backend()
    except Exception as exc:  # noqa: BLE001 - a broken keyring config means "no secure store"
        return False, f"unavailable ({type(exc).__name__})"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return (not _is_insecure(backend)), name


def no_secure_store_message(backend_name: str) -> str:
    return ("No secure secret store (OS keyring) is available on this computer "
            f"(keyring backend: {backend_name}). API keys can be kept for this session only and must "
            "be re-entered after Undertow restarts; they are never written to disk in plain text.")


def store_secret(account_id: str, secret: Mapping[str, str], session_only_ok: bool = False) -> str:
    """Keep ``secret`` for ``account_id``; returns the reference to store in the DB.

    Raises ``NoSecureStore`` when there is no keyring and ``session_only_ok`` is False.
    """
    payload = {k: str(v) for k, v in secret.items() if v not in (None, "")}
    ok, name = secure_store_available()
    if not ok:
        if not session_only_ok:
            raise NoSecureStore(no_secure_store_message(name))
        with _lock:
            _session[account_id] = payload
        return SESSION_REF
    try:
        _backend().set_password(SERVICE, account_id, json.dumps(payload))
    except Exception as exc:  # noqa: BLE001 - keyring raises backend-specific types
        raise SecretStoreError(f"The OS keyring refused to store the key ({type(exc).__name__}).") from None
    with _lock:
        _session.pop(account_id, None)
    return KEYRING_REF


def load_secret(account_id: str, strict: bool = False) -> dict[str, Any] | None:
    """The credentials of ``account_id``, or None if none are stored (or the session ended).

    Raises ``KeyringLocked`` when the keyring is locked, ``KeyringUnavailable`` when the backend reports that
    there is no keyring, ``SecretStoreError`` for other read failures. Without a secure store at all this
    returns None, unless ``strict``: then it raises ``KeyringUnavailable``, so "the key is missing" and "the
    keyring is missing" read differently.
    """
    with _lock:
        if account_id in _session:
            return dict(_session[account_id])
    ok, name = secure_store_available()
    if not ok:
        if strict:
            raise KeyringUnavailable(f"No OS keyring is available (keyring backend: {name}).")
        return None
    try:
        raw = _backend().get_password(SERVICE, account_id)
    except Exception as exc:  # noqa: BLE001 - keyring raises backend-specific types
        raise _read_error(exc) from None
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        log.warning("keyring entry for account %s is not valid JSON; ignoring it", account_id)
        return None
    return value if isinstance(value, dict) else None


def delete_secret(account_id: str) -> None:
    """Forget the credentials of ``account_id`` (no error if there were none)."""
    with _lock:
        _session.pop(account_id, None)
    ok, _ = secure_store_available()
    if not ok:
        return
    try:
        _backend().delete_password(SERVICE, account_id)
    except Exception as exc:  # noqa: BLE001 - PasswordDeleteError when absent; others are logged
        if type(exc).__name__ != "PasswordDeleteError":
            log.warning("could not delete the keyring entry of account %s (%s)", account_id, type(exc).__name__)


def is_session_only(account_id: str) -> bool:
    """True when this account's key lives only in memory for this session."""
    with _lock:
        return account_id in _session


def session_only_accounts() -> list[str]:
    with _lock:
        return sorted(_session)


def forget_session_secrets() -> None:
    with _lock:
        _session.clear()


def _memory_keyring_class() -> type[KeyringBackend]:
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        """An in-memory backend for tests: behaves like a real keyring, persists nothing."""

        priority = 1
        viable = False  # set explicitly (set_keyring), never chained by keyring's own backend discovery

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.entries.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")

    return MemoryKeyring


def memory_keyring() -> KeyringBackend:
    """A fresh in-memory keyring backend instance (tests: ``keyring.set_keyring(memory_keyring())``)."""
    return _memory_keyring_class()()
