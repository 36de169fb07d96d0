"""Suite-wide fixtures: every test gets its own UNDERTOW_HOME, so nothing touches the user's data."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests are derandomised by default, so CI and every local run draw the same examples and a red run
# can be reproduced. UNDERTOW_HYPOTHESIS_PROFILE=explore draws fresh random examples (and keeps a local database).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("UNDERTOW_HYPOTHESIS_PROFILE", "ci"))

# The interface follows the system locale; the tests assert English texts unless they switch language.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(autouse=True)
def undertow_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("undertow-home")
    monkeypatch.setenv("UNDERTOW_HOME", str(home))
    return home


@pytest.fixture
def memory_keyring():
    """An empty in-memory keyring for one test; the user's real keyring is never touched."""
    import keyring

    from core import secrets

    previous = keyring.get_keyring()
    backend = secrets.memory_keyring()
    keyring.set_keyring(backend)
    secrets.forget_session_secrets()
    yield backend
    secrets.forget_session_secrets()
    keyring.set_keyring(previous)
