"""The Positions view's layout is the user's: columns chosen (header menu, "Columns…") and moved (dragged titles),
grouping by account, the sort; all remembered across restarts (QSettings). With no position, the view says what to
do next instead of showing an empty grid (issue 16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu

from desktop import format as fmt
from desktop.models.accounts_model import AccountRow, move_text, short_ratio_name
from desktop.models.positions_columns import (
    COLUMN,
    DEFAULT_ORDER,
    DEFAULT_VISIBLE,
    KEYS,
    layout_text,
    parse_layout,
)
from desktop.models.positions_model import GROUP_ROLE, SORT_ROLE

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture
def state(qtbot):
    from core.demo import load_demo_snapshot
    from tests.desktop.conftest import make_state

    app_state = make_state(qtbot, True, snapshots=(load_demo_snapshot(NOW),))
    yield app_state
    app_state._timer.stop()
    app_state.session.close()


@pytest.fixture(autouse=True)
def fresh_layout():
    QSettings().remove("positions")
    yield
    QSettings().remove("positions")


def _view(qtbot, state):
    from desktop.views.positions_view import PositionsView

    v = PositionsView(state)
    qtbot.addWidget(v)
    return v


def _menu_action(view, key: str):
    menu = view.fill_column_menu(QMenu(view))
    return next(a for a in menu.actions() if a.data() == key)


def test_a_hidden_and_a_moved_column_survive_a_new_view(qtbot, state):
    first = _view(qtbot, state)
    header = first.table.header()
    assert not header.isSectionHidden(COLUMN["entry"]) and header.isSectionHidden(COLUMN["adl"])
    _menu_action(first, "entry").trigger()  # unticked in the header's menu: hidden
    _menu_action(first, "adl").trigger()  # a column hidden at first, ticked: shown
    assert header.isSectionHidden(COLUMN["entry"]) and not header.isSectionHidden(COLUMN["adl"])
    header.moveSection(header.visualIndex(COLUMN["mark"]), 0)  # what dragging the "Mark" title to the front does
    assert header.logicalIndex(0) == COLUMN["mark"]
    first.close()
    first.deleteLater()

    second = _view(qtbot, state)  # as after a restart: a new view reads the settings
    header = second.table.header()
    assert header.isSectionHidden(COLUMN["entry"])
    assert not header.isSectionHidden(COLUMN["adl"])
    assert header.logicalIndex(0) == COLUMN["mark"]
    assert second.proxy.headerData(header.logicalIndex(0), Qt.Orientation.Horizontal) == "Mark"
    assert not _menu_action(second, "entry").isChecked() and _menu_action(second, "adl").isChecked()

    _menu_action(second, "entry").trigger()  # and back
    second.reset_columns()
    order, hidden = second.column_layout()
    assert hidden == set(KEYS) - DEFAULT_VISIBLE
    assert order == list(DEFAULT_ORDER)


def test_the_last_shown_column_cannot_be_hidden(qtbot, state):
    view = _view(qtbot, state)
    view.apply_layout(list(DEFAULT_ORDER), set(KEYS) - {"symbol"})
    assert not _menu_action(view, "symbol").isEnabled()
    view.set_column_visible("symbol", False)
    assert not view.table.header().isSectionHidden(COLUMN["symbol"])


def test_a_saved_layout_keeps_columns_added_since_and_drops_removed_ones():
    order, hidden = parse_layout("symbol,-account,gone,mark")
    assert [k for k in order if k in ("symbol", "account", "mark")] == ["symbol", "account", "mark"]
    assert order[1] == "side" and "gone" not in order  # a column the text does not name: after its default neighbour
    assert sorted(order) == sorted(KEYS) and hidden >= {"account"} and "mark" not in hidden
    assert "funding_paid" in hidden  # not in the saved text: its default (hidden)
    assert parse_layout(layout_text(order, hidden)) == (order, hidden)
    assert parse_layout("") == (list(DEFAULT_ORDER), set(KEYS) - DEFAULT_VISIBLE)


def test_the_columns_button_offers_the_same_menu(qtbot, state):
    view = _view(qtbot, state)
    view.columns_menu.aboutToShow.emit()
    titles = [a.text() for a in view.columns_menu.actions() if a.isCheckable()]
    assert titles[:3] == ["Account", "Symbol", "Side"] and len(titles) == len(KEYS)
    assert any(a.text() == "Reset columns" for a in view.columns_menu.actions())


def test_grouping_by_account_shows_the_accounts_figures_and_sorts_inside_groups(qtbot, state, qtmodeltester):
    view = _view(qtbot, state)
    view.group_box.setChecked(True)
    analysis = state.analysis
    proxy, tree = view.proxy, view.tree
    accounts = {a.id: a for a in analysis.snapshot.accounts}
    assert proxy.rowCount() == len({p.account_id for p in analysis.snapshot.positions}) == 3
    distance = COLUMN["distance"]
    for g in range(proxy.rowCount()):
        group_index = proxy.index(g, 0)
        group = tree.group_of(proxy.mapToSource(group_index))
        risk = next(a for a in analysis.accounts if a.account_id == group.account_id)
        account = accounts[group.account_id]
        text = group_index.data(GROUP_ROLE)
        assert text.startswith(account.label)  # the user's label, never the id
        assert group.account_id not in text
        venue = {"binanceusdm": "Binance USD-M", "bybit": "Bybit", "okx": "OKX"}[account.venue]
        assert venue in text  # the demo's labels name their venue; another label gets " — <venue>"
        assert f"positions: {len(group.rows)}" in text
        row = AccountRow(risk, account)
        if risk.cross:
            assert fmt.ratio_pct(row.ratio[0]) in text and short_ratio_name(row) in text
            assert f"liquidating move {move_text(row)}" in text
        assert view.table.isExpanded(group_index)
        children = [proxy.index(r, distance, group_index).data(SORT_ROLE) for r in range(proxy.rowCount(group_index))]
        assert len(children) == len(group.rows)
        assert children == sorted(children)  # nearest liquidation first, inside the group
    view.table.sortByColumn(distance, Qt.SortOrder.DescendingOrder)
    for g in range(proxy.rowCount()):
        parent = proxy.index(g, 0)
        children = [proxy.index(r, distance, parent).data(SORT_ROLE) for r in range(proxy.rowCount(parent))]
        assert children == sorted(children, reverse=True)
    qtmodeltester.check(tree)
    qtmodeltester.check(proxy)
    assert _group_line_drawn(qtbot, view)

    # a label that does not name its venue gets the venue's name beside it
    snapshot = analysis.snapshot
    renamed = tuple(replace(a, label="Main") if a.id == "binance-main" else a for a in snapshot.accounts)
    view._render_analysis(replace(analysis, snapshot=replace(snapshot, accounts=renamed)))
    lines = [proxy.index(g, 0).data(GROUP_ROLE) for g in range(proxy.rowCount())]
    assert any(line.startswith("Main — Binance USD-M · ") for line in lines), lines
    view._render_analysis(analysis)

    # the filter keeps a matching position under its account
    view.filter.setText("SOL/")
    assert proxy.rowCount() == 2  # Binance and OKX hold SOL
    assert all(proxy.index(r, COLUMN["symbol"], proxy.index(g, 0)).data().startswith("SOL/")
               for g in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(g, 0))))
    view.filter.setText("")

    # a selected position still opens the calculator; a group row is no position
    view.table.setCurrentIndex(proxy.index(0, 0))
    assert view.selected() is None
    view.table.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0)))
    assert view.selected() is not None

    # remembered, with the sort
    again = _view(qtbot, state)
    assert again.group_box.isChecked() and again.tree.grouped and again.proxy.rowCount() == 3
    assert all(again.table.isExpanded(again.proxy.index(g, 0)) for g in range(3))
    assert again.table.header().sortIndicatorSection() == distance
    assert again.table.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.group_box.setChecked(False)
    assert again.proxy.rowCount() == len(analysis.snapshot.positions)
    assert QSettings().value("positions/grouped", True, type=bool) is False


def _group_line_drawn(qtbot, view) -> bool:
    """The first group row's line is painted (text across the row, whatever column is first on screen)."""
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    rect = view.table.visualRect(view.proxy.index(0, COLUMN["account"]))
    image = view.table.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 2, rect.center().y())
    ink = sum(1 for x in range(0, min(image.width(), 500)) for y in range(rect.top(), rect.bottom())
              if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60)
    return ink > 50


def test_the_group_line_shows_with_the_first_column_moved_and_venue_hidden(qtbot, state):
    view = _view(qtbot, state)
    view.group_box.setChecked(True)
    header = view.table.header()
    assert header.isSectionHidden(COLUMN["venue"])  # QTreeView's own spanning would draw nothing here
    header.moveSection(header.visualIndex(COLUMN["mark"]), 0)
    assert _group_line_drawn(qtbot, view)


def test_no_account_says_add_one_then_no_position_says_so(qtbot):
    from core.demo import load_demo_snapshot
    from tests.desktop.conftest import make_state, show

    state = make_state(qtbot, False)
    try:
        view = _view(qtbot, state)
        assert view.pages.currentWidget() is view.empty  # never an empty grid with headers only
        assert view.empty.title.text() == "No exchange account yet"
        assert "read-only API key" in view.empty.body.text()
        assert not view.empty.refresh_button.isVisibleTo(view)
        with qtbot.waitSignal(view.open_view) as opened:
            view.empty.add_button.click()
        assert opened.args == ["Accounts"]

        demo = load_demo_snapshot(NOW)
        show(qtbot, state, replace(demo, positions=()))
        assert view.pages.currentWidget() is view.empty
        assert view.empty.title.text() == "No open positions"
        assert "3 exchange accounts" in view.empty.body.text()
        assert view.empty.refresh_button.isVisibleTo(view)

        show(qtbot, state, demo)
        assert view.pages.currentWidget() is view.table and view.proxy.rowCount() == len(demo.positions)
    finally:
        state._timer.stop()
        state.session.close()


def _cells_fit(view) -> None:
    """Every shown column is as wide as its title and as the widest of its cells on display: nothing elided."""
    table, proxy = view.table, view.proxy
    header = table.header()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert shown
    for c in shown:
        widest = max((table.sizeHintForIndex(proxy.index(r, c)).width() for r in range(proxy.rowCount())), default=0)
        assert header.sectionSize(c) >= max(widest, header.sectionSizeHint(c)), KEYS[c]
        assert header.sectionSize(c) == max(table.sizeHintForColumn(c), header.sectionSizeHint(c)), KEYS[c]


def test_columns_fit_their_contents_before_the_first_show_and_as_they_change(qtbot, state):
    """The columns are fitted when the rows come, not when the view is first shown (a first visit only paints),
    and follow what they show: privacy's "•••", a filter, a column shown again, the grouping."""
    view = _view(qtbot, state)
    assert not view.isVisible()
    header, size, venue = view.table.header(), COLUMN["size"], COLUMN["venue"]
    _cells_fit(view)
    wide = header.sectionSize(size)
    view.on_privacy(True)
    assert view.proxy.index(0, size).data() == "•••"
    _cells_fit(view)
    assert header.sectionSize(size) < wide
    view.on_privacy(False)
    assert header.sectionSize(size) == wide
    view.filter.setText("SOL")
    _cells_fit(view)
    view.filter.setText("")
    view.set_column_visible("venue", True)
    assert header.sectionSize(venue) >= max(view.table.sizeHintForIndex(view.proxy.index(r, venue)).width()
                                            for r in range(view.proxy.rowCount()))
    _cells_fit(view)
    view.group_box.setChecked(True)
    _cells_fit(view)
    view.show()
    qtbot.waitExposed(view)
    _cells_fit(view)
