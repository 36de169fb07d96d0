"""The what-if simulator on the demo snapshot: slider, draggable line, presets, charts, privacy, saving."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.cascade.grid import SHOCK_GRID
from desktop.charts.cascade_grid import HIDDEN


@pytest.fixture(scope="module")
def demo_snapshot():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC))


@pytest.fixture
def state(qtbot):
    from tests.desktop.conftest import make_state

    st = make_state(qtbot, True)
    yield st
    st.session.close()


@pytest.fixture
def view(qtbot, state, demo_snapshot):
    from desktop.views.simulator_view import SimulatorView

    v = SimulatorView(state)
    qtbot.addWidget(v)
    v.resize(1500, 950)
    v.show()
    with qtbot.waitSignal(v.grid_ready, timeout=30000):
        state.show_snapshot(demo_snapshot)
    return v


def recompute(qtbot, view, action):
    with qtbot.waitSignal(view.grid_ready, timeout=30000):
        action()
    return view.sim


def marker_xs(scatter) -> list[float]:
    return sorted(float(p.pos().x()) for p in scatter.points())


def cell(table_model, row: int, col: int) -> str:
    return table_model.data(table_model.index(row, col))


def test_the_grid_gives_sensible_curves_and_markers(view):
    sim = view.sim
    x, with_y = view.equity_chart.with_curve.getData()
    _, without_y = view.equity_chart.without_curve.getData()
    assert len(x) == len(SHOCK_GRID) == 1001
    assert np.allclose(x, SHOCK_GRID * 100)
    down = x < 0
    # the demo book is net long: a deeper drop never leaves more equity, and the cascade never helps on the way down
    assert np.all(np.diff(with_y[down]) >= -1e-6)
    assert np.all(np.diff(without_y[down]) >= -1e-6)
    assert np.all(with_y[down] <= without_y[down] + 1e-6)
    assert with_y[sim.index_of(-0.30)] < with_y[sim.index_of(-0.10)] < with_y[sim.index_of(0.0)]
    # one marker per distinct liquidating shock, at the shock where the engine says the position dies
    expected = sorted({p.dies_with_cascade * 100 for p in sim.positions if p.dies_with_cascade is not None})
    assert expected and marker_xs(view.equity_chart.dies_with) == pytest.approx(expected)
    tips = [p.data() for p in view.equity_chart.dies_with.points()]
    assert any("BTC long · bybit" in t for t in tips)


def test_slider_and_line_move_together_and_only_index_the_grid(view, qtbot, monkeypatch):
    import desktop.views.simulator_view as module

    calls = []
    monkeypatch.setattr(module, "compute_simulation", lambda *a, **k: calls.append(a))
    btc = view.sim.result.symbols.index("BTC")
    view.slider.setValue(-150)
    assert view.equity_chart.shock_line.value() == pytest.approx(-15.0)
    assert view.shock_label.text() == "-15.0 %"
    assert cell(view.market_model, 0, btc + 1) == "-15.00 %"  # row "Shock", column BTC
    after_15 = view.ladder_chart.after_line.value()
    assert after_15 == pytest.approx(view.sim.result.final_price[btc, view.sim.index_of(-0.15)])
    view.equity_chart.shock_line.setValue(-30.04)  # as if dragged: snaps to the 0.1 % grid
    assert view.slider.value() == -300
    assert view.equity_chart.shock_line.value() == pytest.approx(-30.0)
    assert view.ladder_chart.after_line.value() < after_15
    assert "BTC -30.0 %" in view.summary.text()
    dead_at_30 = [cell(view.position_model, r, 2) for r in range(view.position_model.rowCount())]
    view.slider.setValue(0)
    dead_at_0 = [cell(view.position_model, r, 2) for r in range(view.position_model.rowCount())]
    assert dead_at_30.count("yes") > dead_at_0.count("yes") == 0
    assert calls == []  # nothing was recomputed: moving the shock only reads the grid


def test_presets_set_the_slider_and_the_model(view, qtbot):
    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("gap-10")))
    assert view.slider.value() == -100
    assert sim.explicit and all(v == pytest.approx(-0.10) for v in sim.explicit.values())
    assert "Gap of -10 %" in view.preset_note.text()
    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("short-squeeze")))
    assert view.slider.value() == 150 and sim.explicit == {}
    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("2025-10-10-crash")))
    assert view.slider.value() == -150
    assert view.depth_box.value() == pytest.approx(0.5)
    from core.cascade.snapshot import market_model_from_snapshot

    base = market_model_from_snapshot(view.state.snapshot).impact.depth_factor
    assert sim.model.impact.depth_factor == pytest.approx(base * 0.5)
    assert sim.explicit["ETH"] == pytest.approx(-0.20) and sim.explicit["SOL"] == pytest.approx(-0.65)
    recompute(qtbot, view, lambda: view.preset.setCurrentIndex(0))
    assert view.depth_box.value() == 1.0 and view.sim.explicit == {}


def test_thinner_books_and_more_open_interest_deepen_the_cascade(view, qtbot):
    before = view.sim
    k = before.index_of(-0.12)
    view.depth_box.setValue(0.05)
    sim = recompute(qtbot, view, lambda: view.oi.setValue(3.0))  # debounced: one recompute for both
    assert sim.model.oi_multiplier == pytest.approx(3.0)
    assert sim.equity_with_usd[k] < before.equity_with_usd[k]
    assert sim.equity_without_usd[k] == pytest.approx(before.equity_without_usd[k])  # the shock alone is unchanged
    btc = sim.result.symbols.index("BTC")
    assert sim.result.final_move[btc, k] < before.result.final_move[btc, k] <= -0.12 + 1e-9
    # the cascade brings the liquidations closer: every cascade marker sits nearer to 0 than its shock-only twin
    with_x, without_x = marker_xs(view.equity_chart.dies_with), marker_xs(view.equity_chart.dies_without)
    assert max(with_x) > max(without_x) and min(with_x) > min(without_x)
    for p in sim.positions:
        if p.dies_without_cascade is not None and p.dies_without_cascade < 0:
            assert p.dies_with_cascade > p.dies_without_cascade


def test_symbol_choice_redraws_ladder_depth_and_your_liquidation_prices(view, qtbot):
    view.symbol.setCurrentText("ETH")
    assert "ETH" in view.ladder_chart.getPlotItem().titleLabel.text
    eth_lps = sorted(p.liquidation_price for p in view.sim.positions if p.base == "ETH" and p.liquidation_price)
    assert sorted(line.value() for line in view.ladder_chart.lp_lines) == pytest.approx(eth_lps)
    widths = np.asarray(view.ladder_chart.longs.opts["width"])
    assert widths.sum() > 0
    mark = view.ladder_chart.mark_line.value()
    ys = np.asarray(view.ladder_chart.longs.opts["y"])
    assert (ys[widths > 0] < mark).all()  # long liquidations sit below the price
    bx, by = view.depth_chart.bid_curve.getData()
    assert len(bx) > 10 and np.all(np.diff(by) >= -1e-9)  # cumulative depth grows with distance


def test_privacy_hides_amounts_but_keeps_shapes(view, state):
    state.set_privacy(True)
    assert HIDDEN in view.summary.text() and "$" not in view.summary.text()
    rows = {cell(view.market_model, r, 0): r for r in range(view.market_model.rowCount())}
    assert cell(view.market_model, rows["Longs liquidated"], 1) == HIDDEN
    assert cell(view.market_model, rows["Shock"], 1).endswith("%")  # moves are not amounts
    assert not view.equity_chart.getPlotItem().getAxis("left").style["showValues"]
    assert not view.ladder_chart.getPlotItem().getAxis("bottom").style["showValues"]
    assert not view.depth_chart.getPlotItem().getAxis("left").style["showValues"]
    assert all("$" not in p.data() for p in view.equity_chart.dies_with.points())
    assert len(view.equity_chart.with_curve.getData()[0]) == 1001
    state.set_privacy(False)
    assert "$" in view.summary.text()
    assert view.equity_chart.getPlotItem().getAxis("left").style["showValues"]


def test_save_scenario_writes_the_user_folder_and_selects_it(view, qtbot):
    from core.store import data_dir

    recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("gap-10")))
    view.slider.setValue(-123)
    view.oi.setValue(2.0)
    with qtbot.waitSignal(view.grid_ready, timeout=30000):
        path = view.save_current_scenario("My gap -12.3 %")
    assert path == data_dir() / "scenarios" / "my-gap-12.3.json"
    saved = json.loads(path.read_text())
    assert saved["shocks"]["BTC"] == pytest.approx(-0.123) and saved["shocks"]["ETH"] == pytest.approx(-0.10)
    assert saved["model_overrides"] == {"oi_multiplier": 2.0}
    assert view.preset.currentData() == "my-gap-12.3" and "(yours)" in view.preset.currentText()
    assert view.slider.value() == -123 and view.oi.value() == 2.0
    # a name that collides with a preset never overwrites the preset
    with qtbot.waitSignal(view.grid_ready, timeout=30000):
        path = view.save_current_scenario("gap-10")
    assert path.name == "gap-10-mine.json"


def test_table_models_pass_the_model_tester(view, qtbot, qtmodeltester):
    view.slider.setValue(-200)
    qtmodeltester.check(view.market_model)
    qtmodeltester.check(view.position_model)
    assert view.market_model.headerData(1, Qt.Orientation.Horizontal) == view.sim.result.symbols[0]
    assert view.position_model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_without_a_snapshot_the_controls_wait(qtbot, state):
    from desktop.views.simulator_view import SimulatorView

    v = SimulatorView(state)
    qtbot.addWidget(v)
    assert v.sim is None and not v.slider.isEnabled()
    assert "No data yet" in v.summary.text()
    v.slider.setValue(-100)  # harmless without a grid
    assert v.equity_chart.shock_line.value() == pytest.approx(-10.0)


def test_charts_follow_the_theme(view):
    from desktop.theme import DARK, LIGHT, theme

    theme().theme_changed.emit(DARK)
    assert view.equity_chart.with_curve.opts["pen"].color().name() == DARK.equity_cascade
    theme().theme_changed.emit(LIGHT)
    assert view.equity_chart.with_curve.opts["pen"].color().name() == LIGHT.equity_cascade


def test_screenshot(view, qtbot):
    from tests.desktop.conftest import save_screenshot

    view.depth_box.setValue(0.05)
    recompute(qtbot, view, lambda: view.oi.setValue(3.0))
    view.slider.setValue(-120)
    save_screenshot(view, "simulator")


def test_a_snapshot_without_market_data_says_why(view, qtbot, state, demo_snapshot):
    from dataclasses import replace

    with qtbot.waitSignal(view.grid_failed, timeout=30000) as blocker:
        state.show_snapshot(replace(demo_snapshot, markets=()))
    assert "no market data" in blocker.args[0]
    assert view.sim is None and view.market_model.rowCount() == 0
    assert "no market data" in view.summary.text()
    view.slider.setValue(-50)  # still harmless
