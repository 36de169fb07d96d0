"""A keyring backend for the benchmarks' child processes: the API keys of the fake venues in a JSON file named by
``UNDERTOW_BENCH_KEYRING`` (a temporary folder), chosen with ``PYTHON_KEYRING_BACKEND=bench.support.bench_keyring.
FileKeyring``. keyring loads it when the app first asks for a key, as it would load the OS keyring: the process
under measurement runs the app's own code, untouched. Never used outside the benchmarks (plain-text file)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # "a usable, secure-looking store" to core.secrets

    @property
    def _path(self) -> Path:
        return Path(os.environ["UNDERTOW_BENCH_KEYRING"])

    def _entries(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\0{username}"] = password
        self._path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._path.write_text(json.dumps(entries), encoding="utf-8")
