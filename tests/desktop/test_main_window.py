"""The first real window: positions table on demo data, status bar with snapshot time and DEMO badge."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from desktop.models.positions_model import COLUMNS, PositionsModel
from tests.desktop.conftest import save_screenshot


def test_window_shows_demo_positions_with_badge(demo_window, qtbot):
    state, window = demo_window
    view = window.views[1]
    window.show_view("Positions")  # a hidden view renders the newest analysis when it is shown
    assert view.model.rowCount() == len(state.snapshot.positions) >= 6
    assert window.demo_badge.isVisibleTo(window)  # shown in demo mode (independent of window focus)
    assert "Snapshot" in window.snapshot_label.text()
    symbols = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert "BTC/USDT:USDT" in symbols
    header = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert {"Venue", "Symbol", "Side", "Size", "Entry", "Mark", "Reported", "Distance"} <= set(header)
    path = save_screenshot(window, "main-window-positions")
    assert path.stat().st_size > 10_000


def test_table_sorts_nearest_liquidation_first(demo_window):
    _, window = demo_window
    view = window.views[1]
    distances = [view.proxy.index(r, 9).data(Qt.ItemDataRole.UserRole + 1) for r in range(view.proxy.rowCount())]
    assert distances == sorted(distances)


def test_positions_model_passes_the_model_tester(demo_window, qtmodeltester):
    state, _ = demo_window
    from core.risk import assess_positions

    model = PositionsModel()
    model.set_rows(assess_positions(state.snapshot))
    qtmodeltester.check(model)


def test_last_snapshot_is_shown_at_start_before_any_sync(demo_window, qtbot):
    from desktop.app import create_window

    state, _ = demo_window
    state2, window2 = create_window(demo=True)  # a second start: the stored snapshot appears without a sync
    qtbot.addWidget(window2)
    with qtbot.waitSignal(state2.analysis_changed, timeout=30000):
        pass  # analysed in the background, not on the GUI thread
    assert state2.snapshot is not None and state2.snapshot.taken_at == state.snapshot.taken_at
    assert window2.views[1].model.rowCount() == len(state.snapshot.positions)


def test_only_the_dashboard_is_built_at_start_the_rest_on_first_visit(qtbot):
    from desktop.app import create_window
    from desktop.main_window import VIEW_TITLES

    state, window = create_window(demo=True)
    qtbot.addWidget(window)
    try:
        dashboard = window.stack.currentWidget()
        assert window.views.built() == [dashboard] and dashboard.title == "Dashboard"
        assert window.views.titles() == VIEW_TITLES and len(window.views) == 7
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == VIEW_TITLES  # no view built
        window.show()
        window.show_view("History")  # by title, as open_view asks
        history = window.stack.currentWidget()
        assert history.title == "History" and window.views.built() == [dashboard, history]
        assert window.stack.count() == 7  # the placeholder gave its place to the view
        window.nav.setCurrentRow(1)  # by navigation
        assert window.stack.currentWidget().title == "Positions" and len(window.views.built()) == 3
        with qtbot.waitSignal(dashboard.open_view):
            dashboard.simulator_button.click()  # a view's own request reaches the window
        assert window.stack.currentWidget().title == "What-if"
        assert [v.title for v in window.views] == VIEW_TITLES  # iterating builds the rest, in order
        assert window.views[-1] is window.views[6] and window.views[1:3][0].title == "Positions"
    finally:
        state.session.close()


@pytest.mark.parametrize("stored", [True, False])
def test_the_window_shows_only_with_the_dashboards_figures_or_its_empty_state(qtbot, stored):
    from core.demo import load_demo_snapshot
    from core.session import Session
    from desktop.app import create_window, show_when_ready

    if stored:
        session = Session.open(True)
        session.save(load_demo_snapshot(datetime.now(UTC)))
        session.close()
    state, window = create_window(demo=True)
    qtbot.addWidget(window)
    shown_with = []
    window.installEventFilter(filter_ := ShowSpy(lambda: shown_with.append(window.views[0].summary)))
    try:
        show_when_ready(window)
        qtbot.waitUntil(window.isVisible, timeout=30000)
        assert window.first_load.done
        dashboard = window.views[0]
        if stored:
            assert shown_with[0] is not None and dashboard.worth.text().startswith("$")
            assert dashboard.pages.currentWidget() is dashboard.cards_page
        else:
            assert shown_with == [None] and dashboard.pages.currentWidget() is dashboard.empty
            assert dashboard.empty.title.text() == "No data yet"
    finally:
        window.removeEventFilter(filter_)
        state.session.close()


class ShowSpy(QObject):
    def __init__(self, on_show) -> None:
        super().__init__()
        self.on_show = on_show

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            self.on_show()
        return False


def test_views_not_visited_are_built_while_idle_after_the_first_figures(qtbot):
    """Start-up builds the dashboard alone; once the first figures are on screen the other views are built one by
    one in the idle time, so a first visit a few seconds later finds its view ready."""
    from desktop.app import create_window
    from desktop.main_window import PREBUILD_AFTER_MS, PREBUILD_EVERY_MS

    state, window = create_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.views.is_built(0) and not any(window.views.is_built(i) for i in range(1, len(window.views)))
        with qtbot.waitSignal(state.snapshot_changed, timeout=60000):
            state.refresh()
        wait_ms = PREBUILD_AFTER_MS + PREBUILD_EVERY_MS * len(window.views) + 20000
        qtbot.waitUntil(lambda: all(window.views.is_built(i) for i in range(len(window.views))), timeout=wait_ms)
        assert window.stack.currentWidget() is window.views[0]  # built in the background: the dashboard stays
    finally:
        state.session.close()
