"""The privacy toggle on the What-if view, as drawn cheaply: its setting is stored after the frame (and still when
the app quits right after the toggle), only the axes' labels repaint (every pixel as a full repaint would draw
them), and the preset's note changes its height when its text needs it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint, QRect

ROOT = Path(__file__).resolve().parents[2]

QUIT_RIGHT_AFTER_THE_TOGGLE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import desktop.state
    from desktop.app import create_window

    desktop.state.PERSIST_AFTER_MS = 10**9  # the write after the frame never comes before the quit
    app = QApplication(sys.argv[:1])
    state, window = create_window(demo=True)
    window.show()
    assert not state.privacy
    window.privacy_action.trigger()  # the toolbar's "Hide amounts"
    assert state.privacy
    QTimer.singleShot(0, app.quit)  # the user quits at once (the tray's Quit, the window's close)
    app.exec()
    state.session.close()  # as run_app does once the loop has returned
    print("quit")
""")


def test_privacy_is_stored_when_the_app_quits_right_after_the_toggle(tmp_path, monkeypatch):
    from core.session import Session

    home = tmp_path / "home"
    env = {**os.environ, "UNDERTOW_HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", QUIT_RIGHT_AFTER_THE_TOGGLE], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "quit" in done.stdout, done.stderr
    monkeypatch.setenv("UNDERTOW_HOME", str(home))
    session = Session.open(True)
    try:
        assert session.settings.privacy_mode
    finally:
        session.close()


def test_toggles_in_quick_succession_store_the_last_state_once_after_the_frame(qtbot):
    from tests.desktop.conftest import make_state

    state = make_state(qtbot, True)
    writes = []
    stored = state.session.update_settings
    state.session.update_settings = lambda **changes: writes.append(changes) or stored(**changes)
    try:
        for _ in range(3):
            state.set_privacy(not state.privacy)
        assert state.privacy and not writes  # the views re-rendered; nothing written on the toggle's frame
        qtbot.waitUntil(lambda: bool(writes), timeout=5000)
        assert writes == [{"privacy_mode": True}]
        state.set_privacy(False)
        state.update_settings(refresh_interval_min=7)  # another setting first stores the pending toggle
        assert writes[1] == {"privacy_mode": False} and not state.settings.privacy_mode
    finally:
        state.session.close()


def _whatif(qtbot, window):
    row = next(i for i in range(window.nav.count()) if window.views.titles()[i] == "What-if")
    window.nav.setCurrentRow(row)
    view = window.views[row]
    qtbot.waitUntil(lambda: view.sim is not None, timeout=60000)
    return view


def test_the_toggle_repaints_every_pixel_of_the_axes_labels(demo_window, qtbot):
    """Only the axes' label strips are repainted on a toggle: the window then shows what a full repaint (no cached
    pixels) shows, in both directions."""
    state, window = demo_window
    window.resize(1280, 800)
    view = _whatif(qtbot, window)
    qtbot.wait(300)
    screen = window.screen()
    # the What-if view's own pixels (the toolbar's checked "Hide amounts" button may still be animating)
    area = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    axes = [chart.getPlotItem().getAxis(name) for chart in (view.equity_chart, view.ladder_chart, view.depth_chart)
            for name in ("left", "bottom")]
    for _ in range(4):  # the first toggle of an axis repaints it whole: the later ones are the point
        state.set_privacy(not state.privacy)
        qtbot.wait(150)
        shown = screen.grabWindow(window.winId()).toImage().copy(area)
        modes = [axis.cacheMode() for axis in axes]
        for axis in axes:
            axis.setCacheMode(axis.CacheMode.NoCache)
            axis.picture = None
            axis.update()
        qtbot.wait(150)
        full = screen.grabWindow(window.winId()).toImage().copy(area)
        for axis, mode in zip(axes, modes):
            axis.setCacheMode(mode)
        qtbot.wait(50)
        assert shown == full, f"stale pixels after the toggle to privacy={state.privacy}"
    if state.privacy:
        state.set_privacy(False)


def test_the_preset_note_follows_its_text_height(demo_window, qtbot):
    """The note asks for a new layout only when its height changes; when it does, the window makes room."""
    state, window = demo_window
    window.resize(1280, 800)
    view = _whatif(qtbot, window)
    note = view.preset_note
    holder = note.parentWidget()
    view.preset_note.setText("short")
    qtbot.waitUntil(lambda: holder.height() == note.heightForWidth(holder.width()), timeout=2000)
    one_line = holder.height()
    view.preset_note.setText(" ".join(["a long note that wraps"] * 40))
    qtbot.waitUntil(lambda: holder.height() == note.heightForWidth(holder.width()), timeout=2000)
    assert holder.height() > 2 * one_line and note.height() == holder.height()
    view.preset_note.setText("short again")
    qtbot.waitUntil(lambda: holder.height() == one_line, timeout=2000)
    window.resize(900, 800)  # narrower: the same text on more lines
    qtbot.waitUntil(lambda: holder.height() == note.heightForWidth(holder.width()), timeout=2000)
    narrow = holder.width()
    for n in range(4, 60):  # a text with one line more at this width than at 150 px more
        view.preset_note.setText(" ".join(["a note that wraps"] * n))
        if note.heightForWidth(narrow) > note.heightForWidth(narrow + 150):
            break
    qtbot.waitUntil(lambda: holder.height() == note.heightForWidth(narrow), timeout=2000)
    tall = holder.height()
    window.resize(window.width() + 300, 800)  # wider: fewer lines, the note shrinks (its text did not change)
    qtbot.waitUntil(lambda: holder.width() >= narrow + 150, timeout=2000)
    qtbot.waitUntil(lambda: holder.height() == note.heightForWidth(holder.width()) < tall, timeout=2000)
