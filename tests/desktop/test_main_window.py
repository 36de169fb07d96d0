"""The first real window: positions table on demo data, status bar with snapshot time and DEMO badge."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
