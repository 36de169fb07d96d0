"""The GUI shows the configured gap rule and display currency (not a hard-wired 10 % and USD)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from core.demo import load_demo_snapshot
from core.money import display_currency
from core.risk import assess_positions
from desktop import format as fmt
from desktop.models.positions_model import COLUMNS, GAP_TITLE, PositionsModel

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)
GAP_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == GAP_TITLE)


@pytest.fixture(scope="module")
def demo_snapshot():
    return load_demo_snapshot(NOW)


@pytest.fixture(autouse=True)
def usd_afterwards():
    yield
    fmt.set_display_currency(display_currency("USD", {}))


def _middle_rows(model: PositionsModel) -> list[int]:
    """Rows of positions 15-20 % from liquidation (the demo has three: 15.8-18.8 %)."""
    return [i for i in range(model.rowCount()) if model.row(i).min_adverse_move_pct is not None
            and 15.0 <= model.row(i).min_adverse_move_pct < 20.0]


def test_positions_model_with_a_20_pct_rule_shows_them_failing(qtmodeltester, demo_snapshot):
    model = PositionsModel()
    model.set_rows(assess_positions(demo_snapshot, gap_rule_pct=20.0))
    qtmodeltester.check(model)
    assert model.headerData(GAP_COLUMN, Qt.Orientation.Horizontal) == "20 % gap"
    assert "20 %" in model.headerData(GAP_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    middle = _middle_rows(model)
    assert len(middle) >= 3
    for i in middle:
        assert model.data(model.index(i, GAP_COLUMN)) == "liquidated"
        assert model.data(model.index(i, GAP_COLUMN), Qt.ItemDataRole.ForegroundRole) is not None

    model.set_rows(assess_positions(demo_snapshot))  # the default rule: 10 %
    assert model.headerData(GAP_COLUMN, Qt.Orientation.Horizontal) == "10 % gap"
    assert all(model.data(model.index(i, GAP_COLUMN)) == "survives" for i in _middle_rows(model))


def test_positions_model_shows_the_rule_even_without_rows():
    model = PositionsModel()
    model.set_rows([], gap_rule_pct=12.5)
    assert model.headerData(GAP_COLUMN, Qt.Orientation.Horizontal) == "12.5 % gap"


def test_gap_rule_setting_reaches_dashboard_and_positions(demo_window, qtbot):
    state, window = demo_window
    dash = window.views[0]
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.gap.setValue(20.0)
    dialog.save()
    # the re-analysis lands through the bridge (wait for it, not for any analysis: a sync may be in flight)
    qtbot.waitUntil(lambda: state.analysis.summary.gap_rule_pct == 20.0, timeout=60000)
    assert "would not survive a 20 % gap" in dash.gap.text()
    index, positions = next((i, v) for i, v in enumerate(window.views) if v.title == "Positions")
    window.nav.setCurrentRow(index)  # views render when shown
    qtbot.waitUntil(lambda: positions.model.headerData(GAP_COLUMN, Qt.Orientation.Horizontal) == "20 % gap",
                    timeout=10000)
    assert all(positions.model.data(positions.model.index(i, GAP_COLUMN)) == "liquidated"
               for i in _middle_rows(positions.model))


def test_switching_to_btc_changes_the_dashboard_net_worth(demo_window, qtbot):
    state, window = demo_window
    dash = window.views[0]
    usd_text = dash.worth.text()
    assert usd_text.startswith("$")
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(state)  # the user's way: the Settings dialog's display currency
    qtbot.addWidget(dialog)
    dialog.quote.setCurrentText("BTC")
    dialog.save()
    qtbot.waitUntil(lambda: state.analysis.currency.code == "BTC", timeout=60000)
    assert state.session.settings.quote_currency == "BTC"
    btc_text = dash.worth.text()
    assert btc_text.startswith("₿") and btc_text != usd_text
    net_worth_usd = state.analysis.summary.net_worth_usd
    assert float(btc_text[1:].replace(",", "")) == pytest.approx(net_worth_usd / 67_450.0, abs=1e-8)
    assert "₿" in dash.worth_split.text() and "$" not in dash.worth_split.text()
    state.update_settings(quote_currency="EUR")
    qtbot.waitUntil(lambda: state.analysis.currency.code == "EUR", timeout=60000)
    assert dash.worth.text().startswith("€")
    state.update_settings(quote_currency="USD")
    qtbot.waitUntil(lambda: state.analysis.currency.code == "USD", timeout=60000)
    assert dash.worth.text() == usd_text


def test_history_chart_and_tables_in_btc_at_each_snapshots_own_rate(qtbot, demo_snapshot):
    from dataclasses import replace
    from datetime import timedelta

    from tests.desktop.conftest import make_state
    from tests.desktop.test_history_view import make_view

    older = replace(demo_snapshot, taken_at=NOW - timedelta(days=1),
                    prices_usd={**demo_snapshot.prices_usd, "BTC": 60_000.0})
    state = make_state(qtbot, True, [older, demo_snapshot])
    try:
        view = make_view(qtbot, state)
        state.update_settings(quote_currency="BTC")
        qtbot.waitUntil(lambda: state.analysis.currency.code == "BTC" and not view.loading, timeout=60000)
        _, ys = view.curves["net_worth_usd"].getData()
        expected = [p.net_worth_usd / p.usd_per_unit["BTC"] for p in view.points]
        assert [p.usd_per_unit["BTC"] for p in view.points] == [60_000.0, 67_450.0]
        assert list(ys) == pytest.approx(expected)
        assert view.usd_axis.currency.code == "BTC"
        assert view.usd_plot.getPlotItem().getAxis("left").labelText == "BTC"
        value_col = view.balances_model.column_index("Value")
        shown = [view.balances_model.data(view.balances_model.index(i, value_col))
                 for i in range(view.balances_model.rowCount())]
        assert any(t.startswith("₿") for t in shown) and not any(t.startswith("$") for t in shown)
    finally:
        state.session.close()


def test_history_says_when_a_snapshot_has_no_rate(qtbot, demo_snapshot):
    from core.history import HistoryPoint
    from core.money import series_currency

    with_rate = HistoryPoint(NOW, 117.0, 0, 0, 0, 0, None, 1, {"EUR": 1.17})
    without = HistoryPoint(NOW, 100.0, 0, 0, 0, 0, None, 2, {})
    currency, rates, missing = series_currency([with_rate], "EUR")
    assert (currency.code, rates, missing) == ("EUR", [1.17], None)
    currency, rates, missing = series_currency([with_rate, without], "EUR")
    assert (currency.code, rates, missing) == ("USD", [1.0, 1.0], "EUR")
