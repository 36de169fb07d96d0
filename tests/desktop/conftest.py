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
    state.session.close()


def save_screenshot(widget, name: str) -> Path:
    """Keep a PNG of what a person would see, for review (artifacts/ is git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def make_state(qtbot, demo: bool, snapshots=(), path=None, runtime=None):
    """A real AppState over a real Session (store file, runtime, bridge). ``snapshots`` are stored first and
    the newest is analysed by the session and made current, as at start-up."""
    from core.runtime import get_runtime
    from core.session import Session
    from desktop.bridge import Bridge
    from desktop.state import AppState

    session = Session.open(demo, path)
    for snap in snapshots:
        session.save(snap)
    state = AppState(Bridge(runtime or get_runtime()), session)
    if snapshots:
        with qtbot.waitSignal(state.analysis_changed, timeout=30000):
            state.load_latest()
    return state


def show(qtbot, state, snapshot, snapshot_id=None) -> None:
    """Make ``snapshot`` current through the session's analysis and wait until the views have it."""
    with qtbot.waitSignal(state.analysis_changed, timeout=30000):
        state.show_snapshot(snapshot, snapshot_id)
