"""Suite-wide fixtures: every test gets its own UNDERTOW_HOME, so nothing touches the user's data."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def undertow_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("undertow-home")
    monkeypatch.setenv("UNDERTOW_HOME", str(home))
    return home
