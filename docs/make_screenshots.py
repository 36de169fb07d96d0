"""Screenshots of every view, light and dark, on the demo data, as a person sees them.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py [OUTDIR]

Uses a real window (xcb under Xvfb; falls back to offscreen when no display is set) and a throwaway
UNDERTOW_HOME, so it never touches your data. Writes ``<view>-<theme>.png`` into OUTDIR
(default ``artifacts/screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("UNDERTOW_HOME", tempfile.mkdtemp(prefix="undertow-shots-"))
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window
    from desktop.theme import theme

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("UndertowScreenshots")
    state, window = create_window(demo=True)
    window.resize(1440, 880)
    window.show()
    loop = QEventLoop()
    state.snapshot_changed.connect(loop.quit)
    QTimer.singleShot(60000, loop.quit)
    state.refresh()
    loop.exec()

    def settle(ms: int = 400) -> None:
        wait = QEventLoop()
        QTimer.singleShot(ms, wait.quit)
        wait.exec()

    written = []
    for mode in ("light", "dark"):
        theme().apply(mode)
        for index, view in enumerate(window.views):
            window.nav.setCurrentRow(index)
            settle(900)
            name = view.title.lower().replace(" ", "-").replace("/", "-")
            path = out / f"{name}-{mode}.png"
            window.grab().save(str(path))
            written.append(path)
    for p in written:
        print(p)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
