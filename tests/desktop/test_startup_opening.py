"""The window as ``run_app`` opens it: on screen before the dashboard has its figures, the dashboard's place saying the
data is being opened (never "$0" or an empty chart), then the figures in the same window, the frame unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel


def _store_demo_snapshot() -> None:
    from core.demo import load_demo_snapshot
    from core.session import Session

    session = Session.open(True)
    session.save(load_demo_snapshot(datetime.now(UTC)))
    session.close()


@pytest.fixture
def opening_window(qtbot):
    from desktop.app import create_window

    opened = []

    def open_window(demo: bool = True):
        state, window = create_window(demo=demo, services=False, opening=True)
        opened.append(state)
        qtbot.addWidget(window)
        return state, window

    yield open_window
    for state in opened:
        state._timer.stop()
        state.session.close()


def _shown_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]


@pytest.mark.parametrize("stored", [True, False])
def test_the_window_shows_at_once_saying_it_opens_the_data_then_the_figures_follow(qtbot, opening_window, stored):
    from desktop.startup import show_opening

    if stored:
        _store_demo_snapshot()
    state, window = opening_window()
    after_figures: list[bool] = []
    show_opening(window, lambda: after_figures.append(True))
    assert window.isVisible()
    opening = window.opening_page  # (the first load lands through the event loop: not before this frame)
    assert opening is not None and window.stack.currentWidget() is opening
    assert opening.title.text() == "Opening your data…"
    assert not window.views.is_built(0)  # no dashboard (nor a chart) behind it yet
    assert not any("$" in text for text in _shown_texts(window))  # no figure before the real ones
    assert window.snapshot_label.text() == "Opening your data…"
    stack_geometry = window.stack.geometry()
    qtbot.waitUntil(lambda: bool(after_figures), timeout=30000)
    dashboard = window.views[0]
    assert window.opening_page is None and window.stack.currentWidget() is dashboard
    assert window.stack.geometry() == stack_geometry  # the frame around the dashboard did not move
    assert window.first_load.done
    if stored:
        assert dashboard.summary is not None and dashboard.worth.text().startswith("$")
        assert dashboard.pages.currentWidget() is dashboard.cards_page
        assert "Snapshot" in window.snapshot_label.text()
    else:
        assert dashboard.pages.currentWidget() is dashboard.empty
        assert dashboard.empty.title.text() == "No data yet"
        assert window.snapshot_label.text() == "No data yet"


def test_the_opening_page_before_the_first_load_lands(qtbot, opening_window):
    """Built and painted before the stored snapshot is read: the opening page, the navigation, no dashboard."""
    _store_demo_snapshot()
    state, window = opening_window()
    assert window.opening_page is not None and window.stack.currentWidget() is window.opening_page
    assert not window.views.is_built(0)
    assert window.nav.count() == 7 and window.nav.currentRow() == 0
    window.show()
    pixels = window.grab()
    assert not pixels.isNull()
    qtbot.waitUntil(lambda: window.first_load.done, timeout=30000)
    window.finish_opening()
    assert window.views[0].summary is not None
    window.finish_opening()  # idempotent


def test_a_view_chosen_while_opening_stays_when_the_figures_come(qtbot, opening_window):
    from desktop.startup import finish_when_loaded

    _store_demo_snapshot()
    state, window = opening_window()
    window.show()
    window.show_view("Accounts")
    accounts = window.stack.currentWidget()
    assert accounts is window.views[6]
    finish_when_loaded(window)
    qtbot.waitUntil(lambda: window.opening_page is None, timeout=30000)
    assert window.stack.currentWidget() is accounts
    window.show_view("Dashboard")  # the dashboard, built on this visit, with the stored figures
    assert window.views[0].summary is not None


def test_the_dashboard_entry_while_opening_keeps_the_opening_page(qtbot, opening_window):
    _store_demo_snapshot()
    state, window = opening_window()
    window.show()
    window.show_view("Dashboard")
    assert window.stack.currentWidget() is window.opening_page
    assert not window.views.is_built(0)
    qtbot.waitUntil(lambda: window.first_load.done, timeout=30000)
    window.finish_opening()
    assert window.stack.currentWidget() is window.views[0]


def test_the_gui_thread_collector_collects_between_events(qapp):
    import gc

    from desktop.startup import GuiThreadCollector

    was_enabled = gc.isenabled()
    threshold = gc.get_threshold()
    try:
        gc.set_threshold(1, 1, 1)
        collector = GuiThreadCollector(interval_ms=60_000)
        assert not gc.isenabled()  # nothing collects inside an allocation (a paint, the runtime's thread)
        collector.timer.stop()

        class Cycle:
            pass

        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
        del a, b
        for _ in range(5):  # the young generations' counts over the threshold
            [Cycle() for _ in range(3)]
        assert gc.get_count()[0] > 1
        collector.check()
        assert gc.get_count()[0] <= 1  # collected now, on the timer's thread (the GUI thread)
    finally:
        gc.set_threshold(*threshold)
        if was_enabled:
            gc.enable()
