"""A theme switch repaints what is on screen, without a restart: one mechanism (the application palette, so every
widget gets a PaletteChange) re-renders the cards' inline colours and the charts; a view built afterwards starts in
the new theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor


def near(image, colour: str, tolerance: int = 40) -> int:
    """How many pixels of ``image`` are within ``tolerance`` (per channel) of ``colour``."""
    target = QColor(colour)
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) <= tolerance and abs(c.green() - target.green()) <= tolerance
                    and abs(c.blue() - target.blue()) <= tolerance):
                count += 1
    return count


@pytest.fixture
def restore_theme():
    from desktop.theme import theme

    before = theme().mode
    yield
    theme().apply(before)


def test_the_dashboard_repaints_its_colours_on_a_switch(demo_window, qtbot, restore_theme):
    from PySide6.QtWidgets import QApplication

    from desktop.theme import DARK, LIGHT, theme

    _, window = demo_window
    dash = window.views[0]
    style = QApplication.instance().style()
    theme().apply("light")
    qtbot.waitUntil(lambda: LIGHT.danger in dash.gap.text(), timeout=5000)
    light_gap = dash.gap.grab().toImage()
    assert near(light_gap, LIGHT.danger) > 20 and near(light_gap, DARK.danger, 10) == 0

    theme().apply("dark")
    qtbot.waitUntil(lambda: DARK.danger in dash.gap.text(), timeout=5000)  # the rich text was re-rendered
    dark_gap = dash.gap.grab().toImage()
    assert near(dark_gap, DARK.danger) > 20 and near(dark_gap, LIGHT.danger, 10) == 0
    assert dash.split_plot.backgroundBrush().color().name() == DARK.background
    window_bg = window.grab().toImage().pixelColor(window.width() // 2, window.height() - 40)
    assert window_bg.lightness() < 80  # the window itself, not only the charts
    assert QApplication.instance().style() is style  # the palette changes; the style is not rebuilt each time

    theme().apply("light")
    qtbot.waitUntil(lambda: LIGHT.danger in dash.gap.text(), timeout=5000)
    assert dash.split_plot.backgroundBrush().color().name() == LIGHT.background


def test_a_view_built_after_the_switch_starts_in_the_new_theme(demo_window, qtbot, restore_theme):
    from desktop.theme import DARK, theme

    _, window = demo_window
    row = window.views.titles().index("History")
    assert not window.views.is_built(row)
    theme().apply("dark")
    qtbot.wait(20)
    window.show_view("History")
    history = window.views[row]
    assert history.usd_plot.backgroundBrush().color().name() == DARK.background
    assert DARK.exchange in history.legend_labels["exchange_equity_usd"].text()
