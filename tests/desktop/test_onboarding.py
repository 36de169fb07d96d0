"""A first start on an empty data folder: the welcome page, empty states with the next step instead of empty charts,
a read-only key kept in the keyring (never the database), the demo one click away, and no display -> exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.desktop.conftest import save_screenshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first_start(qtbot):
    """The app's window as ``run_app`` builds it, on an empty data folder, not the demo."""
    from desktop.app import create_window

    state, window = create_window(demo=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.first_load.done, timeout=30000)
    window.show()
    yield state, window
    state._timer.stop()
    state.session.close()


def view(window, title):
    window.show_view(title)
    return window.views[window.views.title_index(title)]


def test_a_first_start_opens_the_welcome_page(memory_keyring, first_start, qtbot):
    from core.venues import first_class_venues

    _, window = first_start
    welcome = window.welcome
    assert welcome is not None and window.stack.currentWidget() is welcome
    assert not window.nav.selectedItems()  # no navigation entry is marked while it shows
    assert [b.text() for b in (welcome.exchange.button, welcome.wallet.button, welcome.demo.button)] == [
        "Add exchange account…", "Watch a wallet…", "Open the demo"]
    # one tab of steps per first-class venue, each with the venue's own path to a key (from its spec)
    venues = first_class_venues()
    assert [welcome.tabs.tabText(i) for i in range(welcome.tabs.count())] == [v.name for v in venues]
    for spec, steps in zip(venues, welcome.steps):
        shown = steps.text()
        assert spec.key_help.split(":")[0] in shown
        if spec.secret_keys:
            assert "switched off" in shown and "API key" in shown
        else:  # an address-only venue: nothing secret at all
            assert "Nothing secret is entered or stored" in shown and "API key" not in shown
    qtbot.waitUntil(lambda: "(" in welcome.storage.text(), timeout=5000)  # the keyring's name, read after showing
    assert "keyring (" in welcome.storage.text() and "never in Undertow's database" in welcome.storage.text()
    welcome._keyring = (False, "keyring.backends.fail.Keyring")  # a desktop without a secure store: say so
    welcome._show_storage()
    assert "No secure keyring" in welcome.storage.text() and "this session only" in welcome.storage.text()
    save_screenshot(window, "onboarding-welcome")
    welcome.later.click()
    assert window.stack.currentWidget() is window.views[0] and window.nav.selectedItems() == [window.nav.item(0)]
    window.show_view("Welcome")  # every empty state leads back to it
    assert window.stack.currentWidget() is welcome


def test_every_view_has_an_empty_state_with_the_next_step(first_start, qtbot):
    _, window = first_start
    dashboard = view(window, "Dashboard")
    assert dashboard.pages.currentWidget() is dashboard.empty
    assert dashboard.empty.title.text() == "Nothing to watch yet"
    assert dashboard.empty.button_texts()[0] == "Get started…"
    save_screenshot(window, "onboarding-dashboard-empty")
    dashboard.empty.buttons[0].click()
    assert window.stack.currentWidget() is window.welcome

    history = view(window, "History")
    qtbot.waitUntil(lambda: not history.loading, timeout=30000)
    assert history.charts.is_empty and not history.bottom.isVisibleTo(history)  # no axes over nothing
    assert history.charts.empty.title.text() == "No history yet"
    assert history.charts.empty.button_texts() == ["Get started…"]

    market = view(window, "Market")
    assert market.pages.currentWidget() is market.empty
    assert market.empty.button_texts() == ["Get started…"]

    accounts = view(window, "Accounts")
    assert accounts.empty.isVisibleTo(accounts) and not accounts.table.isVisibleTo(accounts)
    assert "keyring" in accounts.empty.text.text() and "READ-ONLY" in accounts.empty.text.text()
    assert accounts.empty.button_texts()[0] == "Add exchange account…"
    save_screenshot(window, "onboarding-accounts-empty")


def test_a_key_added_from_the_welcome_page_goes_to_the_keyring_never_the_database(
        memory_keyring, first_start, qtbot, monkeypatch, undertow_home):
    from core.venues import first_class_venues

    state, window = first_start
    refreshes = []
    monkeypatch.setattr(state, "refresh", lambda: refreshes.append(True))
    venues = first_class_venues()
    row = next(i for i, v in enumerate(venues) if len(v.secret_keys) == 2)  # a key and a secret
    dialog = None

    def opened():
        nonlocal dialog
        dialog = window.welcome.dialog
        return dialog is not None and dialog.isVisible()

    window.welcome.add_buttons[row].click()  # "Add <venue> account…" preselects the venue
    qtbot.waitUntil(opened, timeout=5000)
    assert dialog.venue_id() == venues[row].ccxt_id
    assert dialog.storage.isVisibleTo(dialog) and "keyring" in dialog.storage.text()
    secret = "s3cr3t-never-in-the-db-0123456789"
    dialog.label.setText("Main")
    dialog.api_key.setText("read-only-key-abcdef")
    dialog.secret.setText(secret)
    dialog.save()
    assert dialog.error.text() == ""
    [account] = state.session.accounts()
    assert account.label == "Main" and account.venue == venues[row].ccxt_id
    assert secret in str(memory_keyring.get_password("undertow", account.id))  # the OS keyring has it
    for path in Path(undertow_home).rglob("*"):  # the database (and its journal) never do
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert refreshes  # the first sync starts
    assert window.stack.currentWidget() is window.views[0]  # and the dashboard waits for it
    assert window.views[0].empty.title.text() != "Nothing to watch yet"


def test_explore_the_demo_restarts_in_demo_mode(first_start, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import desktop.app as app_module

    _, window = first_start
    launched, quits = [], []
    monkeypatch.setattr(app_module, "launch_detached", lambda program, args: launched.append((program, args)) or True)
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window.welcome.demo.button.click()
    assert launched == [(sys.executable, ["-m", "desktop", "--demo"])]
    assert quits and window.force_quit


def test_a_demo_that_cannot_start_says_so_and_keeps_the_window(first_start, monkeypatch):
    import desktop.app as app_module
    import desktop.widgets

    _, window = first_start
    warnings = []
    monkeypatch.setattr(app_module, "launch_detached", lambda program, args: False)
    monkeypatch.setattr(desktop.widgets, "warn", lambda parent, title, text: warnings.append(text))
    assert not app_module.restart_in_demo(window)
    assert "undertow --demo" in warnings[0] and not window.force_quit


def test_nothing_held_draws_no_chart(qtbot):
    """A snapshot with no balance, wallet or holding: a sentence, not bars over an empty axis."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from core.demo import load_demo_snapshot
    from desktop.views.dashboard_view import DashboardView
    from tests.desktop.conftest import make_state, show

    state = make_state(qtbot, False)
    empty = replace(load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC)), balances=(), holdings=(),
                    positions=(), demo=False)
    show(qtbot, state, empty)
    dash = DashboardView(state)
    qtbot.addWidget(dash)
    assert dash.pages.currentWidget() is dash.cards_page
    assert not dash.split_plot.isVisibleTo(dash)
    assert "Nothing held yet" in dash.split_note.text()
    state.session.close()


def test_the_money_axis_never_repeats_a_label():
    """The junk axis of a near-empty chart: "$1 $1 $0 $0 (x0.001)" -> distinct labels, no SI-prefix note."""
    from desktop.charts.money_axis import MoneyAxis

    axis = MoneyAxis(orientation="left")
    labels = axis.tickStrings([0.0, 0.2, 0.4, 0.6, 0.8], 1.0, 0.2)
    assert labels == ["$0.00", "$0.20", "$0.40", "$0.60", "$0.80"]
    assert axis.tickStrings([0.0, 50_000.0, 100_000.0], 1.0, 50_000.0) == ["$0", "$50k", "$100k"]
    assert not axis.autoSIPrefix


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "neither DISPLAY nor WAYLAND_DISPLAY is set"),
    ({"QT_QPA_PLATFORM": "xcb"}, "DISPLAY is not set"),
    ({"QT_QPA_PLATFORM": "wayland"}, "WAYLAND_DISPLAY is not set"),
    ({"DISPLAY": ":93"}, "cannot reach the display (DISPLAY=:93"),
    ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ({"QT_QPA_PLATFORM": "minimal"}, None),
    ({"DISPLAY": "remote.example:10.0"}, None),  # ssh -X: not probed, Qt tries
])
def test_the_display_check(env, expected, tmp_path):
    from desktop.display import display_problem

    problem = display_problem({**env, "XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    if expected is None:
        assert problem is None
    else:
        assert expected in problem
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


@pytest.mark.parametrize("display", [None, ":93"])
def test_no_display_is_one_line_and_exit_2_not_a_qt_abort(display, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(UNDERTOW_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT), XDG_RUNTIME_DIR=str(tmp_path))
    if display is not None:
        env["DISPLAY"] = display
    done = subprocess.run([sys.executable, "-m", "desktop"], env=env, cwd=str(ROOT), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("undertow: "), done.stderr
    assert "display" in lines[0] and "undertow check" in lines[0]
    assert not (tmp_path / "home" / "undertow.sqlite").exists()  # stopped before anything was opened
