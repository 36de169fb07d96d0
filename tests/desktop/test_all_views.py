"""Walks every view of the real window: privacy mode hides every amount, themes restyle every chart."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget

AMOUNT = re.compile(r"\$\s?\d|\d[\d,.]*\s?(BTC|ETH|USDT|USDC|PAXG|SOL|XRP)\b|\d[\d,.]*\s?[kMB]\b")


def visible_texts(widget) -> list[str]:
    texts = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QListWidget) or not view.isVisibleTo(widget):
            continue
        model = view.model()
        if model is None:
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
    for lw in widget.findChildren(QListWidget):
        texts.extend(lw.item(i).text() for i in range(lw.count()))
    return texts


def _wait_until_drawn(window, qtbot) -> None:
    for index, view in enumerate(window.views):
        if hasattr(view, "grid_ready") and view.sim is None:  # the simulator computes when shown, off the GUI
            window.nav.setCurrentRow(index)
            qtbot.waitUntil(lambda v=view: v.sim is not None, timeout=30000)
            window.nav.setCurrentRow(0)
        if hasattr(view, "history_loaded"):
            qtbot.waitUntil(lambda v=view: not v.loading, timeout=30000)


def test_privacy_mode_hides_every_amount_in_every_view(demo_window, qtbot):
    state, window = demo_window
    _wait_until_drawn(window, qtbot)
    assert any(AMOUNT.search(t) for v in window.views for t in visible_texts(v) if v.title == "What-if")
    state.set_privacy(True)
    try:
        for index, view in enumerate(window.views):
            window.nav.setCurrentRow(index)
            qtbot.wait(50)
            if getattr(view, "title", "") == "Market":
                continue  # market-wide figures (open interest, book depth) are public, not the user's amounts
            leaks = [t for t in visible_texts(view) if AMOUNT.search(t)]
            assert not leaks, f"{view.title} shows amounts in privacy mode: {leaks[:5]}"
    finally:
        state.set_privacy(False)
    window.nav.setCurrentRow(0)  # a hidden view redraws when it is shown again
    qtbot.wait(50)
    assert any(AMOUNT.search(t) for t in visible_texts(window.views[0]))  # amounts are back


def _plot_backgrounds(window) -> list[str]:
    colors = []
    for view in window.views:
        for plot in view.findChildren(pg.PlotWidget):
            colors.append(plot.backgroundBrush().color().name())
    return colors


def test_theme_switch_restyles_every_chart(demo_window, qtbot):
    from desktop.theme import DARK, LIGHT, theme

    _, window = demo_window
    theme().apply("dark")
    qtbot.wait(50)
    dark = _plot_backgrounds(window)
    theme().apply("light")
    qtbot.wait(50)
    light = _plot_backgrounds(window)
    assert dark and all(c == DARK.background for c in dark), dark
    assert all(c == LIGHT.background for c in light), light
