"""Market view on the demo: one row per held market (OI change vs the stored snapshot, tooltips, every column shown),
the fragility score's parts, the signals over time and the liquidation map (computed in the background from the
stored snapshots, the user's liquidation prices over it), the dashboard's card, and a theme switch repainting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.format import usd_short
from desktop.models.fragility_model import COLUMNS, FragilityModel, SignalsModel, usd_3
from tests.desktop.conftest import save_screenshot, show
from tests.desktop.test_history_view import T_LAST, demo_series, make_state


@pytest.fixture(scope="module")
def demo_snapshot():
    from datetime import datetime

    from core.demo import load_demo_snapshot

    return load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC))


@pytest.fixture
def market_view(qtbot, demo_snapshot):
    from desktop.views.fragility_view import FragilityView

    state = make_state(qtbot, demo_series(demo_snapshot, 2))
    view = FragilityView(state)
    qtbot.addWidget(view)
    view.resize(1300, 420)
    view.show()
    yield state, view
    state.session.close()


def _col(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


def test_one_row_per_held_market_with_every_signal(market_view):
    state, view = market_view
    assert view.title == "Market"
    held = {(p.venue, p.symbol) for p in state.snapshot.positions}
    model = view.model
    assert {(model.row(r).venue, model.row(r).symbol) for r in range(model.rowCount())} == held
    for r in range(model.rowCount()):
        for title in ("Funding", "Open interest", "Depth 1 %", "Depth 2 %", "Cluster below", "Cluster above"):
            assert model.index(r, _col(title)).data() not in (None, "", "—"), title
    # demo_series builds open interest up by 2 % a day: the change is measured against the stored day before
    change = model.row(0).open_interest_change_pct
    assert change == pytest.approx((0.92 / 0.90 - 1) * 100, rel=1e-6)
    assert model.index(0, _col("OI change")).data().startswith("+2.2")
    assert "markets" in view.summary.text()
    f = model.row(0)
    assert model.index(0, _col("Depth 1 %")).data() == f"{usd_3(f.bid_depth_1pct_usd)} / " \
                                                      f"{usd_3(f.ask_depth_1pct_usd)}"
    save_screenshot(view, "market-fragility-view")


def test_every_column_and_cluster_cell_explains_itself(market_view):
    _, view = market_view
    model = view.model
    for c in range(model.columnCount()):
        tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip and len(tip) > 20
    cell = model.index(0, _col("Cluster below")).data(Qt.ItemDataRole.ToolTipRole)
    assert "below the mark" in cell and "$" in cell


def test_no_previous_snapshot_means_no_oi_change(qtbot, demo_snapshot):
    from desktop.views.fragility_view import FragilityView

    state = make_state(qtbot, [demo_snapshot])
    view = FragilityView(state)
    qtbot.addWidget(view)
    assert view.model.rowCount() > 0
    assert all(view.model.row(r).open_interest_change_pct is None for r in range(view.model.rowCount()))
    show(qtbot, state, replace(demo_snapshot, positions=()))
    assert view.model.rowCount() == 0 and "no positions" in view.summary.text()
    state.session.close()


def test_market_wide_usd_is_read_by_magnitude():
    assert usd_short(14.9e9) == "$14.90B" and usd_short(2_500_000) == "$2.50M" and usd_short(950) == "$950"
    assert usd_short(None) == "—"
    assert usd_3(20_750_000) == "$20.8M" and usd_3(6_070_000) == "$6.07M" and usd_3(123_400_000) == "$123M"
    assert usd_3(-2_500_000) == "-$2.50M" and usd_3(950) == "$950" and usd_3(None) == "—"


def test_fragility_model_passes_the_model_tester(qtmodeltester, demo_snapshot):
    from core.fragility import assess_held_markets
    from core.fragility_clusters import cluster_finder

    model = FragilityModel()
    model.set_rows(assess_held_markets(demo_snapshot, None, cluster_finder(demo_snapshot)))
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)


# --- the signals over time, the map, the card ---------------------------------------------------------------------

def _map_shown(qtbot, view):
    """The map tab on screen and its map drawn (it may have been computed before the tab was shown)."""
    tab = view.map_tab
    view.tabs.setCurrentIndex(1)  # the map's tab (built on first show; asking for map_tab builds it)
    if tab.loading or (tab.map is None and tab.chart.is_empty and not tab.chart.empty.title.text()):
        with qtbot.waitSignal(tab.map_done, timeout=60000):
            pass
    return tab


def _loaded(qtbot, state):
    """The market signals of the current analysis, once the background read has landed."""
    from desktop.views.market.data import MarketData

    data = MarketData.of(state)
    if data.signals is None or data.signals.taken_at != state.snapshot.taken_at:
        with qtbot.waitSignal(data.signals_loaded, timeout=60000):
            data.request()
    return data.signals


@pytest.fixture
def week(qtbot, demo_snapshot):
    """A week of daily demo snapshots; the view at the size it has in a 1280x800 window."""
    from desktop.views.fragility_view import FragilityView

    state = make_state(qtbot, demo_series(demo_snapshot, 8))
    state.now = lambda: T_LAST + timedelta(hours=1)  # the stored week is "recent"
    view = FragilityView(state)
    qtbot.addWidget(view)
    view.resize(1100, 740)  # its size in a 1280x800 window
    view.show()
    _loaded(qtbot, state)
    yield state, view
    state.session.close()


def test_every_column_fits_at_1280_including_the_cluster_above(week):
    _, view = week
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()
    for c in range(len(COLUMNS)):  # no column is squeezed below its contents
        assert header.sectionSize(c) >= view.table.sizeHintForColumn(c)


def test_the_score_shows_every_part_with_its_range_state_date_and_source(week):
    state, view = week
    held = sorted({p.symbol for p in state.snapshot.positions})
    assert [view.picker.itemData(i) for i in range(view.picker.count())] == held
    assert "/100" in view.picker.currentText()
    model = view.signals_model
    assert model.rowCount() == 8
    found = view.signals.report.score_of(view.symbol)
    for r, signal in enumerate(found.signals):  # the score's own order, every signal present
        assert model.index(r, 0).data() == str(signal.title)
        state_text = model.index(r, model.column_index("State")).data()
        assert state_text == ("no data" if signal.value is None else "flagged" if signal.flagged else "within range")
    funding = next(r for r in range(8) if found.signals[r].name == "funding")
    assert model.index(funding, model.column_index("Reference")).data() == "-0.0300 % … +0.0300 %"
    assert model.index(funding, model.column_index("Source")).data() == "exchanges (funding rate)"
    assert view.score.text().startswith(f"Fragility {found.score:.0f}/100")


def test_the_liquidation_map_draws_the_stored_week_with_the_users_liquidation_prices(qtbot, week):
    state, view = week
    tab = _map_shown(qtbot, view)
    assert not tab.chart.is_empty
    m = tab.map
    base = view.symbol.split("/")[0]
    assert m.base == base and len(m.path_ts) == 8 and m.notional_usd.shape == (8, 200)
    assert tab.chart.image.image.shape == (8, 200)
    mine = [r for r in state.analysis.positions if r.position.base == base and r.liquidation_price]
    assert len(tab.chart.lines) == len(mine) > 0
    prices = sorted(line.value() for line in tab.chart.lines)
    assert prices == pytest.approx(sorted(r.liquidation_price for r in mine))
    assert all(m.price_edges[0] <= p <= m.price_edges[-1] for p in prices)  # the axis reaches them
    assert "8 snapshots" in tab.status.text()
    save_screenshot(view, "market-liquidation-map")
    # another range asks again (the newest request wins)
    with qtbot.waitSignal(tab.map_done, timeout=60000):
        tab.range_box.setCurrentIndex(0)  # 24 hours: one snapshot
    assert tab.chart.is_empty and "Needs a day of snapshots" in tab.chart.empty.title.text()


def test_a_single_snapshot_says_the_map_needs_a_day(qtbot, demo_snapshot):
    from desktop.views.fragility_view import FragilityView

    state = make_state(qtbot, [demo_snapshot])
    state.now = lambda: T_LAST
    view = FragilityView(state)
    qtbot.addWidget(view)
    view.resize(1100, 740)  # its size in a 1280x800 window
    view.show()
    _map_shown(qtbot, view)
    assert view.map_tab.chart.is_empty
    assert "1 of them" in view.map_tab.chart.empty.text.text()
    _loaded(qtbot, state)
    assert view.depth_chart.is_empty or view.depth_chart.profile is not None
    state.session.close()


def test_a_theme_switch_repaints_the_map_and_the_charts(qtbot, week):
    from desktop.theme import DARK, LIGHT, theme

    _, view = week
    before = theme().mode
    _map_shown(qtbot, view)
    try:
        for mode, palette in (("dark", DARK), ("light", LIGHT)):
            theme().apply(mode)
            qtbot.wait(50)  # the PaletteChange is posted
            for plot in (view.map_tab.chart.plot, view.depth_chart.plot, view.oi_chart.plot):
                assert plot.backgroundBrush().color().name() == palette.background
            assert view.map_tab.chart.bar.axis.textPen().color().name() == palette.foreground
    finally:
        theme().apply(before)


def test_the_dashboard_card_names_the_most_fragile_market_and_its_flags(qtbot, week):
    from desktop.views.market.card import FragilityCard

    state, _ = week
    card = FragilityCard(state)
    qtbot.addWidget(card)
    card.show()
    if card.signals is None:
        with qtbot.waitSignal(card.data.signals_loaded, timeout=60000):
            card.data.request()
    scores = [s for s in card.signals.report.scores if s.score is not None]
    worst = max(scores, key=lambda s: (s.score, s.symbol))
    assert card.score.text() == f"{worst.symbol.split(':')[0]}: {worst.score:.0f}/100"
    for s in worst.flagged[:3]:
        assert str(s.title) in card.detail.text()
    with qtbot.waitSignal(card.open_view) as opened:
        card.button.click()
    assert opened.args == ["Market"]


def test_the_card_says_why_when_the_signals_cannot_be_read(qtbot, week):
    """A failed read of the market signals is said on the card (the positions are there: never "no open
    positions"), in plain text."""
    from desktop.views.market.card import FragilityCard

    state, _ = week
    card = FragilityCard(state)
    qtbot.addWidget(card)
    card.signals = None
    card.data.failed.emit("database is locked <b>now</b>")
    assert card.score.text() == "—"
    assert "could not be read: database is locked <b>now</b>" in card.detail.text()
    assert card.detail.textFormat() == Qt.TextFormat.PlainText


def test_the_signals_model_passes_the_model_tester(qtmodeltester, week):
    _, view = week
    model = SignalsModel()
    model.set_rows(view.signals.report.scores[0].signals)
    qtmodeltester.check(model)


def test_built_ahead_of_its_visit_the_view_is_laid_out_before_it(qtbot, demo_snapshot):
    """The window builds the views not visited yet while idle (``LazyViews``): built as a hidden page, the
    Market view is laid out and painted off screen at the page's size, so showing it does not size the table's
    columns to their contents again (the signals already read, as the dashboard's card has them read by then)."""
    from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

    from desktop.views.fragility_view import FragilityView
    from desktop.widgets.lazy_pages import LazyViews, ViewSpec

    state = make_state(qtbot, demo_series(demo_snapshot, 2))
    _loaded(qtbot, state)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    views = LazyViews(stack, lambda _view: None)
    views.add(QWidget())  # the page on screen
    views.add(ViewSpec("Market", lambda: FragilityView(state)))
    stack.resize(1280, 760)
    stack.show()
    qtbot.waitExposed(stack)
    view = views[1]  # the idle build
    qtbot.waitUntil(lambda: view.size() == stack.currentWidget().size(), timeout=5000)
    assert not view.isVisible()
    widths = [view.table.columnWidth(c) for c in range(view.model.columnCount())]
    assert view.table.width() > sum(widths[:3]) > 0  # laid out at the page's width, the columns sized to contents
    before = (view.table.width(), widths)
    stack.setCurrentWidget(view)
    qtbot.waitExposed(view)
    QApplication.processEvents()
    # the table keeps its width and its columns (only the picker's first-show sizing may move a row of it)
    assert (view.table.width(), [view.table.columnWidth(c) for c in range(view.model.columnCount())]) == before
    state.session.close()
