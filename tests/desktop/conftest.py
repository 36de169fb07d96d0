"""Desktop test fixtures: offscreen Qt, settings in a temp folder, the demo window, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def gc_only_between_events(qapp):
    """As in the app: no garbage collection in the middle of a repaint (see desktop.app)."""
    from desktop.app import collect_garbage_on_the_gui_timer

    collect_garbage_on_the_gui_timer()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory, qapp):
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("UndertowTests")
    qapp.setApplicationName("Undertow")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture
def demo_window(qtbot):
    """The real window on the demo data, after its first sync has landed."""
    from desktop.app import create_window

    state, window = create_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.snapshot_changed, timeout=60000):
        state.refresh()
    yield state, window
    state.db.close()


def save_screenshot(widget, name: str) -> Path:
    """Keep a PNG of what a person would see, for review (artifacts/ is git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
