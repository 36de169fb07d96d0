"""Market fragility view on the demo: one row per held market, OI change vs the stored snapshot, tooltips."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

import pytest
from PySide6.QtCore import Qt

from desktop.format import usd_short
from desktop.models.fragility_model import COLUMNS, FragilityModel
from tests.desktop.conftest import save_screenshot, show
from tests.desktop.test_history_view import demo_series, make_state


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
    assert model.index(0, _col("Depth 1 %")).data() == f"{usd_short(f.bid_depth_1pct_usd)} / " \
                                                      f"{usd_short(f.ask_depth_1pct_usd)}"
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


def test_fragility_model_passes_the_model_tester(qtmodeltester, demo_snapshot):
    from core.fragility import assess_held_markets
    from core.fragility_clusters import cluster_finder

    model = FragilityModel()
    model.set_rows(assess_held_markets(demo_snapshot, None, cluster_finder(demo_snapshot)))
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)
