"""Where Undertow keeps its files: platformdirs, or ``UNDERTOW_HOME`` for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "undertow"


def data_dir() -> Path:
    home = os.environ.get("UNDERTOW_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = os.environ.get("UNDERTOW_HOME")
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "undertow.sqlite"


def open_markers_dir(db_path: Path) -> Path:
    """Beside the database: one marker file per process that has it open (``core.store.store``); a marker left
    by a process that died tells the next open to check the file."""
    return db_path.with_name(f".{db_path.stem}-open")  # hidden, and no "*.sqlite*" name: not taken for a database
