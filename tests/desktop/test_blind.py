"""Blind and stale where decisions are made (issue 14): the window's banner, the status bar's oldest age, the tray's
first line, and the stale marks on positions, accounts, the dashboard and custody; screenshots for review.

The real window over a real session and store, syncing through real ccxt against the three loopback venue fakes
(faults injected per path), the key in the in-memory keyring. The first sync is dated two hours back through the
state's clock (``AppState.now``), so the marks show an age a person would meet after a night's sleep.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.desktop.conftest import save_screenshot
from tests.servers.conftest import API_SECRETS, FAKES, TEST_OPTIONS

VENUES = ("binanceusdm", "bybit", "okx")
LABELS = {"binanceusdm": "Binance main", "bybit": "Bybit main", "okx": "OKX main"}


@pytest.fixture
def fakes(memory_keyring):
    from core.exchanges.ccxt_source import close_clients
    from core.runtime import get_runtime

    runtime = get_runtime()
    servers = {venue: cls(hang_s=1.5, lifetime_s=120) for venue, cls in FAKES.items()}
    for server in servers.values():
        runtime.run(server.start(), timeout=10)
    yield servers
    runtime.run(close_clients(), timeout=10)
    for server in servers.values():
        runtime.run(server.stop(), timeout=10)


@pytest.fixture
def window(qtbot, fakes, monkeypatch):
    """The real window on three accounts, after a good sync two hours ago."""
    from core.session import Session
    from desktop.app import create_window
    from desktop.state import AppState

    session = Session.open()
    for venue in VENUES:
        session.create_account(venue, LABELS[venue], API_SECRETS[venue], now=datetime.now(UTC),
                               api_base_url=fakes[venue].base_url, options=TEST_OPTIONS, account_id=f"{venue}-acct")
    session.close()
    state, win = create_window(demo=False)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    two_hours_ago = datetime.now(UTC) - timedelta(hours=2)
    with monkeypatch.context() as m:
        m.setattr(AppState, "now", staticmethod(lambda: two_hours_ago))
        with qtbot.waitSignal(state.analysis_changed, timeout=60000):
            state.refresh()
    yield state, win, fakes
    state._timer.stop()
    state.session.close()


def _shot(qtbot, win, name: str):
    qtbot.wait(200)  # let the layouts settle (a wrapped banner's height follows its text)
    return save_screenshot(win, name)


def _refresh(qtbot, state) -> None:
    with qtbot.waitSignal(state.analysis_changed, timeout=60000):
        state.refresh()


def test_blind_is_the_top_alert_and_stale_rows_are_marked(qtbot, window):
    state, win, fakes = window
    # two hours without a refresh: every account is out of date, so the window says blind before anything fails
    assert win.blind_level == "blind" and win.blind_banner.isVisibleTo(win)
    assert "has not been refreshed since" in win.blind_text.text()

    for server in fakes.values():
        server.fault("*", "revoked")
    _refresh(qtbot, state)

    # the banner: red, above everything, each account's reason with what fixes it
    assert win.blind_level == "blind" and win.blind_banner.isVisibleTo(win)
    banner = win.blind_text.text()
    assert "BLIND: no exchange account has fresh data." in banner and "2 h ago" in banner
    assert banner.count("rejected the API key") == 3 and banner.count("Create a new read-only key") == 3
    assert "#b00020" in win.blind_banner.styleSheet()
    assert win.blind_banner.geometry().top() <= win.centralWidget().geometry().top() + 1  # first in the window
    # the status bar: the oldest data's age, never "(just now)"
    assert "oldest data 2 h ago" in win.snapshot_label.text() and "just now" not in win.snapshot_label.text()
    # the tray: its first line and its menu's first entry
    assert win.tray.level == "blind" and win.tray.status_line.startswith("BLIND")
    assert win.tray.status_action.isVisible() and win.tray.tooltip().startswith("Undertow — BLIND")
    from desktop.tray import app_icon, badged_icon

    badge = badged_icon(app_icon(), "#b00020").pixmap(64, 64).toImage()
    assert badge.pixelColor(52, 52).name() == "#b00020"  # the red badge in the icon's lower right quarter

    win.show_view("Dashboard")
    dash = win.views[0]
    assert dash.reminder_list.item(0).text().startswith("API key problem: The exchange rejected the API key")
    assert "Includes stale data" in dash.worth_split.text() and "◷" in dash.nearest.text() and "◷" in dash.worth.text()
    path = _shot(qtbot, win, "blind-dashboard")
    assert path.stat().st_size > 10_000

    win.show_view("Positions")
    positions = win.views[1]
    model = positions.model
    assert model.rowCount() == len(state.snapshot.positions) >= 6  # the last good rows, not a blank table
    for row in range(model.rowCount()):
        venue = model.index(row, 0).data()
        assert venue.startswith("◷ ")
        distance = model.index(row, 9).data()
        assert distance.endswith("◷ 2 h ago"), distance
        tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
        assert "Stale: the last good data of" in tip and "Create a new read-only key" in tip
        colour = model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole).color().name()
        assert colour == "#8a8a8a"
    assert "from stale data" in positions.summary.text()
    _shot(qtbot, win, "blind-positions")

    win.show_view("Accounts")
    accounts = win.views[6]
    risk = accounts.risk_model
    assert risk.rowCount() == 3 and all("◷ 2 h ago" in risk.index(r, 0).data() for r in range(risk.rowCount()))
    keys = [accounts.model.index(r, 3).data() for r in range(accounts.model.rowCount())]
    assert keys == ["rejected by the exchange"] * 3  # the Key column says which of the four key problems
    _shot(qtbot, win, "blind-accounts")

    win.show_view("Custody")
    custody = win.views[3]
    assert custody.stale_note.isVisibleTo(custody) and "Includes stale data" in custody.stale_note.text()
    assert custody.figures["net"].text().endswith("◷")
    _shot(qtbot, win, "blind-custody")

    # two venues come back: partly blind, amber, naming the one still failing
    fakes["binanceusdm"].fault("*", None)
    fakes["bybit"].fault("*", None)
    _refresh(qtbot, state)
    assert win.blind_level == "partly_blind"
    assert "PARTLY BLIND: 1 of 3 exchange accounts have no fresh data." in win.blind_text.text()
    assert "OKX main" in win.blind_text.text() and "#b26a00" in win.blind_banner.styleSheet()
    assert win.tray.level == "partly_blind"
    win.show_view("Positions")
    stale_rows = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("◷")]
    assert {model.row(r).position.account_id for r in stale_rows} == {"okx-acct"}
    _shot(qtbot, win, "partly-blind-positions")

    fakes["okx"].fault("*", None)
    _refresh(qtbot, state)
    assert win.blind_level == "fresh" and not win.blind_banner.isVisibleTo(win) and win.tray.level == "fresh"
    assert not any(model.index(r, 0).data().startswith("◷") for r in range(model.rowCount()))
    assert "oldest data" not in win.snapshot_label.text()


def test_the_demo_is_not_blind(demo_window):
    _, win = demo_window
    assert win.blind_level == "fresh" and not win.blind_banner.isVisibleTo(win)
    assert "oldest data" not in win.snapshot_label.text()  # the demo's recorded data is not "291 days old"
