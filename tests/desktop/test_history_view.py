"""History view on stored demo snapshots: date-axis charts, picker, tables, export, PNG, privacy."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models.history_models import HIDDEN, SnapshotBalancesModel, SnapshotPositionsModel
from tests.desktop.conftest import save_screenshot, show

T_LAST = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_snapshot():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(T_LAST)


def demo_series(base, days: int):
    """``days`` daily variants of the demo, oldest first: prices drift, open interest builds, savings grow."""
    out = []
    for i in range(days):
        k = 1.0 + 0.04 * (i - days + 1) * (1 if i % 2 else 0.6)  # a wiggly run-up to today
        prices = {a: (v * k if a not in ("USDT", "USDC") else v) for a, v in base.prices_usd.items()}
        growth = 0.5 + 0.5 * (i + 1) / days  # savings move into the hardware wallet over the week
        holdings = tuple(replace(h, amount=h.amount * (growth if h.custody_class.value == "hardware_wallet" else 1))
                         for h in base.holdings)
        positions = tuple(replace(p, mark_price=p.mark_price * k) for p in base.positions)
        markets = tuple(replace(m, open_interest_usd=(m.open_interest_usd or 0) * (0.9 + 0.02 * i) or None)
                        for m in base.markets)
        out.append(replace(base, taken_at=T_LAST - timedelta(days=days - 1 - i), prices_usd=prices,
                           holdings=holdings, positions=positions, markets=markets))
    return out


def make_state(qtbot, snapshots):
    """A real AppState (real session, store, runtime and bridge) with ``snapshots`` stored, the last one current."""
    from tests.desktop.conftest import make_state as make

    return make(qtbot, True, snapshots)


def make_view(qtbot, state):
    """The view, after its background history load has landed (the load reports through a queued signal)."""
    from desktop.views.history_view import HistoryView

    view = HistoryView(state)
    qtbot.addWidget(view)
    if view.loading:  # a quick load can land before this line (the bridge then reports at once)
        with qtbot.waitSignal(view.history_loaded, timeout=30000):
            pass
    view.resize(1200, 820)
    view.show()
    return view


@pytest.fixture
def history(qtbot, demo_snapshot):
    state = make_state(qtbot, demo_series(demo_snapshot, 8))
    view = make_view(qtbot, state)
    yield state, view
    state.session.close()


def test_charts_draw_every_stored_snapshot_on_a_date_axis(history):
    import pyqtgraph as pg

    state, view = history
    assert view.title == "History"
    assert len(view.points) == 8
    xs, ys = view.curves["net_worth_usd"].getData()
    assert len(xs) == 8 and list(xs) == sorted(xs)
    assert xs[-1] == pytest.approx(T_LAST.timestamp())
    assert len(set(ys)) > 1  # the line moves
    assert isinstance(view.usd_plot.getPlotItem().getAxis("bottom"), pg.DateAxisItem)
    share_x, share_y = view.share_curve.getData()
    assert len(share_x) == 8 and all(0 <= y <= 100 for y in share_y)
    assert "8 snapshots" in view.chart_note.text()
    view.render_charts()  # the axes size themselves one layout pass after the first paint
    assert save_screenshot(view, "history-view").stat().st_size > 10_000


def test_picker_lists_newest_first_and_fills_the_tables(history, qtbot):
    state, view = history
    assert view.picker.count() == 8
    assert view.picked is not None and view.picked[1].taken_at == T_LAST
    assert view.positions_model.rowCount() == len(state.snapshot.positions)
    oldest = view.picker.item(view.picker.count() - 1)
    with qtbot.waitSignal(view.snapshot_picked, timeout=5000) as blocker:
        view.picker.setCurrentItem(oldest)
    assert blocker.args[0].taken_at == T_LAST - timedelta(days=7)
    assert view.markers[0].value() == pytest.approx((T_LAST - timedelta(days=7)).timestamp())
    assert view.balances_model.rowCount() == len(state.snapshot.balances) + len(state.snapshot.holdings)
    assert "2026-02-05" in view.picked_label.text()


def test_export_buttons_write_the_picked_snapshot(history, tmp_path, monkeypatch):
    from core.export import snapshot_from_json

    state, view = history
    target = tmp_path / "snap.json"
    monkeypatch.setattr(view, "_ask_path", lambda *a: str(target))
    view.json_button.click()
    assert snapshot_from_json(target.read_text(encoding="utf-8")).taken_at == T_LAST
    assert "written to" in view.status.text()
    assert view.export_snapshot("csv", str(tmp_path / "snap.csv"))
    rows = list(csv.DictReader(open(tmp_path / "snap.csv", encoding="utf-8")))
    assert {r["section"] for r in rows} == {"position", "balance", "holding"}
    # a bad folder: a clear message in the view, nothing raised, nothing lost
    assert not view.export_snapshot("csv", str(tmp_path / "missing" / "x.csv"))
    assert "Export failed" in view.status.text() and "cannot write" in view.status.text()
    png = tmp_path / "chart.png"
    monkeypatch.setattr(view, "_ask_path", lambda *a: str(png))
    view.png_button.click()
    assert png.stat().st_size > 5_000 and png.read_bytes()[:4] == b"\x89PNG"
    json.loads(target.read_text(encoding="utf-8"))


def test_privacy_hides_amounts_and_the_usd_scale_but_keeps_the_lines(history):
    state, view = history
    size_col = view.positions_model.column_index("Size")
    mark_col = view.positions_model.column_index("Mark")
    state.set_privacy(True)
    assert view.positions_model.index(0, size_col).data() == HIDDEN
    assert view.positions_model.index(0, mark_col).data() != HIDDEN  # market prices are not your amounts
    value_col = view.balances_model.column_index("Value")
    assert view.balances_model.index(0, value_col).data() == HIDDEN
    axis = view.usd_plot.getPlotItem().getAxis("left")
    assert axis.style["showValues"] is False
    assert len(view.curves["net_worth_usd"].getData()[0]) == 8
    view.render_charts()
    save_screenshot(view, "history-view-privacy")
    state.set_privacy(False)
    assert view.positions_model.index(0, size_col).data() != HIDDEN
    assert axis.style["showValues"] is True


def test_a_new_snapshot_is_added_without_reloading_the_rest(history, qtbot, demo_snapshot):
    state, view = history
    newer = replace(demo_snapshot, taken_at=T_LAST + timedelta(hours=6))
    sid = state.session.save(newer)
    show(qtbot, state, newer, sid)
    qtbot.waitUntil(lambda: not view.loading, timeout=30000)
    assert len(view.points) == 9 and view.points[-1].taken_at == newer.taken_at
    assert view.picker.count() == 9 and view.picked[1].taken_at == newer.taken_at


def test_one_snapshot_shows_a_point_not_an_empty_frame(qtbot, demo_snapshot):
    state = make_state(qtbot, [demo_snapshot])
    view = make_view(qtbot, state)
    xs, _ = view.curves["net_worth_usd"].getData()
    assert len(xs) == 1
    (x0, x1), _ = view.usd_plot.getPlotItem().viewRange()
    assert x0 < xs[0] < x1 and x1 - x0 >= 3600
    assert "second snapshot" in view.chart_note.text()
    view.render_charts()
    save_screenshot(view, "history-view-one-snapshot")
    state.session.close()


def test_no_snapshots_yet(qtbot):
    state = make_state(qtbot, [])
    view = make_view(qtbot, state)
    assert view.points == [] and view.picked is None
    assert not view.csv_button.isEnabled()
    assert "No stored snapshots" in view.chart_note.text()
    assert not view.export_snapshot("json", "/tmp/never.json")
    state.session.close()


def test_table_models_pass_the_model_tester(qtmodeltester, demo_snapshot):
    positions = SnapshotPositionsModel()
    positions.set_snapshot(demo_snapshot)
    qtmodeltester.check(positions)
    first = demo_snapshot.positions[0]  # names, not ids: the account's label and the venue's name
    assert positions.index(0, 0).data() == demo_snapshot.account(first.account_id).label != first.account_id
    assert positions.index(0, 1).data() == "Binance USD-M" and first.venue == "binanceusdm"
    balances = SnapshotBalancesModel()
    balances.set_snapshot(demo_snapshot)
    qtmodeltester.check(balances)
    balances.set_privacy(True)
    qtmodeltester.check(balances)
    headers = [positions.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(positions.columnCount())]
    assert all(headers)  # every column explains itself


def test_charts_follow_the_theme(history, qtbot):
    """The application palette changes (one mechanism for every widget): pens, background and legend follow."""
    from desktop.theme import DARK, LIGHT, theme

    _, view = history
    before = theme().mode
    try:
        theme().apply("dark")  # every widget gets a PaletteChange on the event loop's next pass
        qtbot.waitUntil(lambda: view.usd_plot.backgroundBrush().color().name() == DARK.background, timeout=5000)
        assert view.curves["self_custody_usd"].opts["pen"].color().name() == DARK.self_custody
        assert DARK.exchange in view.legend_labels["exchange_equity_usd"].text()
        theme().apply("light")
        qtbot.waitUntil(lambda: view.usd_plot.backgroundBrush().color().name() == LIGHT.background, timeout=5000)
        assert LIGHT.exchange in view.legend_labels["exchange_equity_usd"].text()
    finally:
        theme().apply(before)


def test_a_view_built_ahead_of_its_visit_is_laid_out_and_painted_before_it(qtbot, demo_snapshot):
    """Built as a hidden page of a shown window (the idle build), the view lays out and paints its first read
    off screen: showing it then lays out nothing again (the charts keep their size and their axes' pictures, the
    tables their column widths) and shows the same snapshot."""
    from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

    from desktop.views.history_view import HistoryView

    state = make_state(qtbot, demo_series(demo_snapshot, 8))
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QWidget())  # the page on screen
    stack.resize(1100, 760)
    stack.show()
    qtbot.waitExposed(stack)
    view = HistoryView(state)
    stack.addWidget(view)
    if view.loading:
        with qtbot.waitSignal(view.history_loaded, timeout=30000):
            pass
    assert not view.isVisible() and view.picked is not None
    axes = [plot.getPlotItem().getAxis(side) for plot in (view.usd_plot, view.share_plot)
            for side in ("left", "bottom")]
    pictures = [axis.picture for axis in axes]
    assert all(p is not None for p in pictures)  # painted, off screen
    sizes = [view.usd_plot.size(), view.share_plot.size()]
    assert view.usd_plot.height() > 2 * view.share_plot.height() // 3 > 0  # the list and tables have their place
    widths = [view.positions_table.columnWidth(c) for c in range(view.positions_model.columnCount())]
    stack.setCurrentWidget(view)
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert [view.usd_plot.size(), view.share_plot.size()] == sizes
    assert [axis.picture for axis in axes] == pictures
    assert [view.positions_table.columnWidth(c) for c in range(view.positions_model.columnCount())] == widths
    assert view.picked[1].taken_at == T_LAST
    state.session.close()
