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
    tips = [view.equity_chart._tip(0, 0, p.data()) for p in view.equity_chart.dies_with.points()]
    assert any("BTC long · Bybit 20x BTC (isolated)" in t for t in tips)  # the account's name, not its id


def test_slider_and_line_move_together_and_only_index_the_grid(view, qtbot, monkeypatch):
    import desktop.views.simulator_view as module

    calls = []
    monkeypatch.setattr(module.work, "compute_simulation", lambda *a, **k: calls.append(a))
    btc = view.sim.result.symbols.index("BTC")
    view.slider.setValue(-150)
    view.flush()  # the tables follow on the next frame
    assert view.equity_chart.shock_line.value() == pytest.approx(-15.0)
    assert view.shock_label.text() == "-15.0 %"
    assert cell(view.market_model, 0, btc + 1) == "-15.00 %"  # row "Shock", column BTC
    after_15 = view.ladder_chart.after_line.value()
    assert after_15 == pytest.approx(view.sim.result.final_price[btc, view.sim.index_of(-0.15)])
    view.equity_chart.shock_line.setValue(-30.04)  # as if dragged: snaps to the 0.1 % grid
    view.flush()
    assert view.slider.value() == -300
    assert view.equity_chart.shock_line.value() == pytest.approx(-30.0)
    assert view.ladder_chart.after_line.value() < after_15
    assert "BTC -30.0 %" in view.summary.text()
    dead_at_30 = [cell(view.position_model, r, 1) for r in range(view.position_model.rowCount())]
    view.slider.setValue(0)
    view.flush()
    dead_at_0 = [cell(view.position_model, r, 1) for r in range(view.position_model.rowCount())]
    dead = {"yes", "cascade"}  # by the shock alone, or only with the cascade
    assert sum(c in dead for c in dead_at_30) > sum(c in dead for c in dead_at_0) == 0
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
    for axis in (view.equity_chart.getPlotItem().getAxis("left"), view.ladder_chart.getPlotItem().getAxis("bottom"),
                 view.depth_chart.getPlotItem().getAxis("left")):  # the amounts' axes read •••, and keep their size
        assert set(axis.tickStrings([1e3, 2e4, 3e5], 1, 1)) == {"•••"}
    assert all("$" not in view.equity_chart._tip(0, 0, p.data()) for p in view.equity_chart.dies_with.points())
    assert len(view.equity_chart.with_curve.getData()[0]) == 1001
    state.set_privacy(False)
    assert "$" in view.summary.text()
    assert view.equity_chart.getPlotItem().getAxis("left").tickStrings([2e4], 1, 1) == ["$20.0k"]


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
    view.flush()
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
    """The What-if with its band, at the size it has in a 1280×800 window (artifacts/screenshots/simulator.png)."""
    from tests.desktop.conftest import save_screenshot

    view.resize(1110, 740)
    view.depth_box.setValue(0.5)
    recompute(qtbot, view, lambda: view.oi.setValue(2.0))
    qtbot.waitUntil(lambda: view.book.uncertainty is not None, timeout=30000)
    view.slider.setValue(-120)
    view.flush()
    qtbot.wait(20)
    assert view.equity_chart.band.isVisible()
    save_screenshot(view, "simulator")


def test_a_snapshot_without_market_data_says_why(view, qtbot, state, demo_snapshot):
    from dataclasses import replace

    with qtbot.waitSignal(view.grid_failed, timeout=30000) as blocker:
        state.show_snapshot(replace(demo_snapshot, markets=()))
    assert "no market data" in blocker.args[0]
    assert view.sim is None and view.market_model.rowCount() == 0
    assert "no market data" in view.summary.text()
    view.slider.setValue(-50)  # still harmless


# --- issue 16 §6: a What-if that reads at 1280×800; issue 17 §3: frames; issue 18 §3: the band --------------------

def group_rows(view) -> dict[str, str]:
    """Account name -> its heading row's text."""
    m = view.position_model
    return {m.rows[r][0][1]: m.rows[r][0][0] for r in sorted(m.group_rows)}


def test_a_liquidated_cross_account_shows_equity_zero_with_the_loss_beside_it(view, qtbot):
    from core.cascade.whatif import whatif_on_snapshot
    from core.risk import assess_accounts

    view.slider.setValue(-100)
    view.flush()
    sim, k = view.sim, view.sim.index_of(-0.10)
    raw = whatif_on_snapshot(view.state.snapshot, None, driver_shocks=sim.shocks, model=sim.model,
                             model_overrides=False).outcome
    assert next(a for a in raw.accounts if a.account_id == "binance-main").equity_with_cascade_usd[k] < 0
    heading = group_rows(view)["Binance USD-M (cross)"]  # the user's name for it, not "binance-main"
    equity_now = {r.account_id: r.equity_usd for r in assess_accounts(view.state.snapshot)}["binance-main"]
    assert heading == f"Binance USD-M (cross) · liquidated: equity $0.00 (-${equity_now / 1e3:,.2f}k)"
    for text in group_rows(view).values():
        assert "equity -" not in text  # never a negative equity
    assert view.position_model.data(view.position_model.index(
        min(view.position_model.group_rows), 0), Qt.ItemDataRole.ForegroundRole) is not None  # in the danger colour
    view.state.set_privacy(True)
    assert "$" not in "".join(group_rows(view).values())


def test_dies_at_depth_factor_and_accounts_agree_with_undertow_shock(view, qtbot, capsys):
    """The 2025-10-10 preset: the window and the terminal give the same "dies at" (never +0.00 % for the alts,
    which the preset moves by itself), the same depth factor, and the account's name."""
    from desktop.__main__ import main

    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("2025-10-10-crash")))
    qtbot.waitUntil(lambda: view.book.uncertainty is not None, timeout=30000)
    assert main(["shock", "--demo", "--scenario", "2025-10-10-crash", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    m = view.position_model
    rows = [r for r in range(m.rowCount()) if r not in m.group_rows]
    assert len(rows) == len(cli["positions"]) == len(sim.positions)
    for r, p in zip(rows, cli["positions"]):
        without, with_ = p["liquidating_shock_without_cascade"], p["liquidating_shock_with_cascade"]
        assert cell(m, r, 2) == ("—" if without is None else f"{without * 100:+.1f} %")
        text = cell(m, r, 3)
        assert text.startswith("—" if with_ is None else f"{with_ * 100:+.1f} %")
        rng = p["liquidating_shock_with_cascade_range"]
        if rng and rng[0] != rng[1]:
            assert text.endswith(f"({rng[0] * 100:+.1f} to {rng[1] * 100:+.1f})")
        assert "+0.0 %" not in text
    assert view.depth_box.value() == pytest.approx(cli["model"]["depth_factor"]) == pytest.approx(0.5)
    assert "depth factor 0.50×" in view.depth_chart.getPlotItem().titleLabel.text
    assert {a["account_label"] for a in cli["accounts"]} <= set(group_rows(view))


def test_the_70k_preset_shocks_to_about_70k_from_the_current_price(view, qtbot):
    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData("btc-breaks-70k")))
    btc = sim.result.symbols.index("BTC")
    mark = float(sim.result.mark_price[btc])
    shocked = mark * (1 + view.shock)
    assert abs(shocked - 70_000.0) <= mark * 0.0005  # within half a slider step (0.1 %) of the level
    assert "$70,000" in view.preset_note.text() and f"${mark:,.0f}" in view.preset_note.text()
    view.flush()
    after = mark * (1 + sim.result.final_move[btc, sim.index_of(view.shock)])
    assert cell(view.market_model, 3, btc + 1) == f"{after:,.1f}"  # row "Price after"


def test_the_dashboards_card_and_the_slider_agree_or_the_view_says_why(view, qtbot, state):
    """One function (core.cascade.whatif): with the card's preset the slider at the card's shock shows the card's
    equity to the cent; on Custom the view names the card's preset and figure."""
    from core.daily import scenario_outcome

    card = scenario_outcome(view.state.snapshot)  # what the Dashboard's card shows (core.analysis → core.daily)
    view._card = card
    view._describe_preset()  # on Custom, as the view starts
    assert "Gap of -10 % (survival rule)" in view.preset_note.text()
    assert f"${card.equity_with_cascade_usd / 1e3:,.2f}k" in view.preset_note.text()
    sim = recompute(qtbot, view, lambda: view.preset.setCurrentIndex(view.preset.findData(card.scenario_id)))
    assert view.shock == pytest.approx(card.driver_shock)
    k = sim.index_of(card.driver_shock)
    assert sim.equity_with_usd[k] == pytest.approx(card.equity_with_cascade_usd, abs=0.005)
    assert sim.equity_without_usd[k] == pytest.approx(card.equity_without_cascade_usd, abs=0.005)
    view.flush()
    assert f"${card.equity_with_cascade_usd / 1e3:,.2f}k" in view.summary.text()


def test_the_band_is_drawn_and_a_tipping_point_is_named(view, qtbot):
    near: list[int] = []
    for depth in (0.3, 0.2, 0.1):  # thinner books until the market sits near a tipping point somewhere
        recompute(qtbot, view, lambda d=depth: view.depth_box.setValue(d))
        qtbot.waitUntil(lambda: view.book.uncertainty is not None, timeout=30000)  # the band follows the curves
        unc = view.book.uncertainty
        runaway = view.sim.result.runaway.any(axis=0)
        near = [k for k in range(len(view.sim.shocks)) if unc.near_tipping_point(k) and not runaway[k]]
        if near:
            break
    assert near
    x, low = view.equity_chart.band_low.getData()
    _, high = view.equity_chart.band_high.getData()
    assert len(x) == 1001 and (low <= high).all() and view.equity_chart.band.isVisible()
    view.slider.setValue(int(round(view.sim.shocks[near[0]] * 1000)))
    view.flush()
    symbol, sensitivity = unc.near_tipping_point(near[0])[0]
    assert f"{symbol} sits near a tipping point" in view.summary.text()
    assert "range" in view.summary.text()
    btc = view.sim.result.symbols.index("BTC")
    assert "Range under every leave-one-out fit" in view.market_model.data(
        view.market_model.index(1, btc + 1), Qt.ItemDataRole.ToolTipRole)


def test_the_slider_updates_cells_not_models_and_privacy_redraws_no_curve(view, qtbot, monkeypatch):
    resets, changes = [], []
    for m in (view.market_model, view.position_model):
        m.modelReset.connect(lambda: resets.append(1))
        m.dataChanged.connect(lambda *a: changes.append(1))
    for value in range(-200, -180):
        view.slider.setValue(value)
        view.flush()
    assert not resets and changes  # the same rows: only the cells that changed are told
    redraws = []
    monkeypatch.setattr(view.equity_chart, "set_simulation", lambda *a, **k: redraws.append(a))
    monkeypatch.setattr(view.equity_chart.with_curve, "setData", lambda *a, **k: redraws.append(a))
    view.state.set_privacy(True)
    view.state.set_privacy(False)
    assert not redraws and not resets


def visible_labels(items):
    from desktop.charts.label_layout import is_shown

    return [i.sceneBoundingRect() for i in items if is_shown(i)]


def test_chart_labels_never_overlap(view, qtbot):
    view.resize(1110, 740)
    for symbol in view.sim.result.symbols:
        view.symbol.setCurrentText(symbol)
        for shock in (-300, -120, -40, 0, 60):
            view.slider.setValue(shock)
            view.flush()
            qtbot.wait(5)  # the labels are placed once per frame
            ladder = visible_labels([line.label for line in (view.ladder_chart.after_line, view.ladder_chart.mark_line,
                                                              *view.ladder_chart.lp_lines)])
            assert ladder  # the price after the cascade is always labelled
            for rects in (ladder, visible_labels(view.equity_chart.labels)):
                for i, a in enumerate(rects):
                    assert not any(a.intersects(b) for b in rects[i + 1:])


def test_readable_at_1280x800_in_the_window(demo_window, qtbot):
    """Names in full, no "…", no horizontal scroll bar on the positions, in the real window at 1280×800."""
    state, window = demo_window
    window.resize(1280, 800)
    row = window.views.title_index("What-if")
    window.nav.setCurrentRow(row)
    view = window.views[row]
    qtbot.waitUntil(lambda: view.sim is not None, timeout=30000)
    view.slider.setValue(-100)
    view.flush()
    qtbot.wait(50)
    table, m = view.position_table, view.position_model
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            text = cell(m, r, c)
            if r in m.group_rows:
                if c == 0:
                    assert metrics.horizontalAdvance(text) * 1.1 < table.viewport().width(), text
                continue
            assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(c), (text, table.columnWidth(c))
    assert set(group_rows(view)) == {a.label for a in state.snapshot.accounts if any(
        p.account_id == a.id for p in state.snapshot.positions)}
