"""Guards the PySide6 pin: PySide6-Essentials 6.12.0 drops a reference to None on some QPainter calls,
which kills Python 3.11 (no immortal None) after a few minutes of chart redraws."""

from __future__ import annotations

import sys

import pyqtgraph as pg
import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_chart_repaints_do_not_leak_references_to_none(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    plot.plot([0, 1, 2, 3], [1, 3, 2, 4], symbol="o")
    plot.grab()
    before = sys.getrefcount(None)
    for _ in range(20):
        plot.grab()
    assert sys.getrefcount(None) - before > -20, "the Qt binding loses references to None: check the PySide6 pin"
