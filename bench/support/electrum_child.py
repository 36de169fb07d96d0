"""Electrum's first window, timed as ``bench/startup.py`` times Undertow's and the bare window's.

    BENCH_T0=<time.time() before spawn> BENCH_SIZE=1280x760 /usr/bin/python3 electrum_child.py LAUNCHER DATA_DIR

Runs on the system Python with Electrum's own toolkit (PyQt5), not on the bench's venv. Before Electrum imports
anything, ``PyQt5.QtWidgets.QApplication`` is replaced by a subclass whose ``notify`` times the end of each
top-level event in which a widget painted (the same test as ``TIMED_APP`` in ``bench/startup.py``); Electrum's own
``QElectrumApplication`` then derives from it. The launcher (``/usr/bin/electrum``) runs as ``__main__``, as the
``electrum`` command runs it: ``electrum --offline -D DATA_DIR gui`` (no network, a throwaway data folder that holds
an unencrypted wallet, so the wallet's main window opens, no install wizard). When a frame paints the main window
(``ElectrumWindow``) or one of its children, one ``RESULT {json}`` line is printed and the process leaves at once.

The window size: Electrum restores its saved geometry only if it fits the screen, and Qt 5's offscreen screen is
800x600, so its ``init_geometry`` is replaced by what it does with a saved geometry (``setGeometry``) at
``BENCH_SIZE`` — the same size as the other windows.
"""

import os
import resource
import runpy
import sys
import time

T0 = float(os.environ["BENCH_T0"])

from PyQt5 import QtWidgets  # noqa: E402  (after the clock, before Electrum)
from PyQt5.QtCore import QEvent  # noqa: E402

MARKS: dict = {}


def mark(name: str, elapsed: float) -> None:
    if name not in MARKS:
        MARKS[name] = round(elapsed, 4)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        MARKS[name + "_rss_mb"] = round(usage.ru_maxrss / 1024.0, 1)
        MARKS[name + "_cpu_s"] = round(usage.ru_utime + usage.ru_stime, 4)


def main_windows() -> list:
    module = sys.modules.get("electrum.gui.qt.main_window")
    if module is None:
        return []
    return [w for w in QtWidgets.QApplication.topLevelWidgets()
            if isinstance(w, module.ElectrumWindow) and w.isVisible()]


def on_frame(painted: list, elapsed: float) -> None:
    for w in main_windows():
        if any(p is w or w.isAncestorOf(p) for p in painted):  # the same test as the bare window's
            mark("first_window", elapsed)
            import json

            from electrum.version import ELECTRUM_VERSION

            others = [type(x).__name__ for x in QtWidgets.QApplication.topLevelWidgets()
                      if x.isVisible() and x is not w]
            MARKS.update(electrum_version=ELECTRUM_VERSION, window_size=[w.width(), w.height()],
                         other_windows_shown=others)  # a dialog before the window (none expected) would show here
            print("RESULT " + json.dumps(MARKS), flush=True)
            os._exit(0)


def set_size() -> None:
    width, height = (int(x) for x in os.environ["BENCH_SIZE"].split("x"))
    window_class = sys.modules["electrum.gui.qt.main_window"].ElectrumWindow

    def init_geometry(self) -> None:  # what Electrum does with a saved geometry that fits the screen
        self.setGeometry(100, 100, width, height)

    window_class.init_geometry = init_geometry


class TimedApp(QtWidgets.QApplication):
    # Times the end of each top-level event in which a widget painted (a frame finished).
    def __init__(self, argv):
        super().__init__(argv)
        self.depth = 0
        self.painted: list = []
        set_size()  # Electrum's GUI module (and its window class) is imported by now: it makes the app

    def notify(self, receiver, event):
        self.depth += 1
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            if event.type() == QEvent.Type.Paint and isinstance(receiver, QtWidgets.QWidget):
                self.painted.append(receiver)
            if self.depth == 0 and self.painted:
                painted, self.painted = self.painted, []
                on_frame(painted, time.time() - T0)


QtWidgets.QApplication = TimedApp  # before Electrum imports it: its app class derives from ours
launcher, data_dir = sys.argv[1], sys.argv[2]
sys.argv = [launcher, "--offline", "-D", data_dir, "gui"]
runpy.run_path(launcher, run_name="__main__")
print("RESULT " + __import__("json").dumps(MARKS), flush=True)  # left without its main window painting
