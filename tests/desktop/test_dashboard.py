"""The dashboard answers the three questions on the demo data, and hides amounts in privacy mode."""

from __future__ import annotations

from tests.desktop.conftest import save_screenshot


def test_dashboard_is_first_and_answers_the_three_questions(demo_window):
    state, window = demo_window
    dash = window.views[0]
    assert dash.title == "Dashboard" and window.stack.currentWidget() is dash
    assert dash.worth.text().startswith("$")
    assert "%" in dash.nearest.text()
    assert "would not survive a 10 % gap" in dash.gap.text()
    assert "Gap of -10 %" in dash.scenario.text()
    assert "with the cascade" in dash.scenario_detail.text()
    assert "self-custody" in dash.worth_split.text()
    labels = {a.id: a.label for a in state.snapshot.accounts} | {w.id: w.label for w in state.snapshot.wallets}
    assert all(labels.get(s.source_id, s.source_id) in dash.sources.text() for s in state.snapshot.sources)  # names
    save_screenshot(window, "dashboard")


def test_privacy_mode_hides_dashboard_amounts(demo_window):
    state, window = demo_window
    dash = window.views[0]
    state.set_privacy(True)
    assert dash.worth.text() == "•••"
    assert "$" not in dash.worth_split.text() and "$" not in dash.scenario_detail.text()
    assert window.privacy_action.isChecked()
    state.set_privacy(False)
    assert dash.worth.text().startswith("$")


def test_simulator_button_asks_for_the_what_if_view(demo_window, qtbot):
    _, window = demo_window
    dash = window.views[0]
    with qtbot.waitSignal(dash.open_view) as blocker:
        dash.simulator_button.click()
    assert blocker.args == ["What-if"]
