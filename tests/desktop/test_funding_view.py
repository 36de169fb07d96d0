"""The funding dialog of one position: the stored ledger per day and per payment, the totals, an empty state; and
the state's funding mapping for the Positions view, refreshed with each analysis.

The amounts are stored payments (``core.store.funding_repo``) whose figures the test chose; what is checked is that
the dialog shows them (signs, per-day sums worked out by hand), not a formula.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.funding import FundingPayment, FundingSummary
from core.model import Account, MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.store import funding_repo
from tests.desktop.conftest import make_state, save_screenshot

NOW = datetime.now(UTC).replace(minute=5, second=0, microsecond=0)
BTC = Position("acct", "bybit", "BTC/USDT:USDT", Side.LONG, 0.5, 1.0, 60_000.0, 61_000.0, MarginMode.CROSS,
               leverage=10.0)
ETH = Position("acct", "bybit", "ETH/USDT:USDT", Side.SHORT, 2.0, 1.0, 3_000.0, 3_100.0, MarginMode.CROSS)


def snapshot() -> PortfolioSnapshot:
    markets = tuple(MarketState("bybit", p.symbol, p.mark_price, funding_rate=0.0001,
                                next_funding_at=NOW + timedelta(hours=3), funding_interval_h=8.0) for p in (BTC, ETH))
    return PortfolioSnapshot(NOW, accounts=(Account("acct", "bybit", "My Bybit"),), positions=(BTC, ETH),
                             markets=markets, prices_usd={"BTC": 61_000.0})


def payments() -> list[FundingPayment]:
    day = NOW.replace(hour=0, minute=0)
    return [FundingPayment("acct", BTC.symbol, day + timedelta(hours=h), amount, "USDT", amount, 0.0001, f"e{i}")
            for i, (h, amount) in enumerate([(-48, -3.05), (-40, -3.05), (-32, 1.5), (-24, -3.1), (0, -2.0)])]


@pytest.fixture
def state(qtbot, tmp_path):
    from core.session import Session

    path = tmp_path / "u.sqlite"
    session = Session.open(False, path)
    with session.store.write() as db:
        funding_repo.save_payments(db, payments(), False, NOW)
    session.save(snapshot())
    session.close()
    st = make_state(qtbot, False, (), path)
    with qtbot.waitSignal(st.analysis_changed, timeout=30000):
        st.load_latest()
    yield st
    st.session.close()


def _open(qtbot, state, position):
    from desktop.views.funding_view import FundingDialog

    loaded = []
    original = state.load_funding

    def load(*args, **kwargs):
        loaded.append(True)
        return original(*args, **kwargs)

    state.load_funding = load
    dialog = FundingDialog(state, position)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 680)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.payments is not None, timeout=10000)
    return dialog


def test_the_state_hands_the_ledger_to_the_positions_view(state, qtbot):
    assert set(state.funding) == {("acct", BTC.symbol)}
    summary = state.funding[("acct", BTC.symbol)]
    assert isinstance(summary, FundingSummary) and summary.payments == 5
    assert summary.total_usd == pytest.approx(-3.05 - 3.05 + 1.5 - 3.1 - 2.0)
    got = []
    state.funding_changed.connect(got.append)
    with qtbot.waitSignal(state.funding_changed, timeout=30000):
        state.reanalyse()
    assert got[-1] == state.funding


def test_the_dialog_shows_the_payments_per_day_and_each_one(state, qtbot):
    dialog = _open(qtbot, state, BTC)
    assert dialog.pages.currentWidget() is dialog.tabs
    assert dialog.payment_table.rowCount() == 5
    assert dialog.payment_table.item(0, 1).text() == "-2.00 USDT"  # newest first, paid
    assert dialog.payment_table.item(2, 1).text() == "+1.50 USDT"  # received
    assert dialog.day_table.rowCount() == 30
    two_days_ago = dialog.days[-3]  # 00:00 and 08:00 paid 3.05 each, 16:00 received 1.50
    assert (two_days_ago.received_usd, two_days_ago.paid_usd) == (1.5, pytest.approx(-6.1))
    assert [dialog.day_table.item(2, c).text() for c in (1, 2, 3)] == ["+$1.50", "-$6.10", "-$4.60"]
    assert [dialog.day_table.item(1, c).text() for c in (1, 2, 3)] == ["$0.00", "-$3.10", "-$3.10"]
    assert dialog.day_table.item(5, 1).text() == "—"  # a day without a payment
    assert "longs pay shorts" in dialog.note.text()
    assert "books funding as a fee" in dialog.note.text()  # Bybit's own sign, turned
    assert dialog.figures["week"].text() == "-$9.70"
    save_screenshot(dialog, "funding_dialog")


def test_a_position_without_payments_gets_the_next_step(state, qtbot):
    dialog = _open(qtbot, state, ETH)
    assert dialog.pages.currentWidget() is dialog.empty
    assert "No funding payment of this position is stored yet" in dialog.empty.text()
    assert "every 8 h" in dialog.empty.text()
    assert dialog.figures["next"].text().startswith("+$0.62")  # the short receives 0.01 % of 6,200 USD
    save_screenshot(dialog, "funding_dialog_empty")


def test_the_payments_tab(state, qtbot):
    dialog = _open(qtbot, state, BTC)
    dialog.tabs.setCurrentIndex(1)
    assert [dialog.payment_table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Funding time", "Amount", "Value (USD)", "Rate"]
    assert dialog.payment_table.item(0, 3).text() == "+0.0100 %"
    save_screenshot(dialog, "funding_dialog_payments")


def test_the_demo_shows_a_funding_history_for_each_position(demo_window, qtbot):
    from desktop.views.funding_view import open_funding_dialog

    state, window = demo_window
    assert state.funding and all(s.payments == 42 for s in state.funding.values())  # 14 days of 8-hour fundings
    for risk in state.analysis.positions:
        dialog = open_funding_dialog(state, risk.position, window)
        qtbot.waitUntil(lambda d=dialog: d.payments is not None, timeout=10000)
        assert dialog.pages.currentWidget() is dialog.tabs and dialog.payment_table.rowCount() == 42
        assert sum(d.payments for d in dialog.days) == 42
        dialog.close()


def test_the_positions_view_opens_the_ledger_from_a_funding_cell(state, qtbot):
    """A double-click on a funding column (and the row menu's "Funding history…") opens the position's ledger."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.funding_view import FundingDialog
    from desktop.views.positions_view import FUNDING_KEYS, PositionsView

    view = PositionsView(state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=10000)
    first = view.proxy.index(0, 0)
    while view.tree.source_row(view.proxy.mapToSource(first)) is None:  # grouped: the first position row
        first = view.proxy.index(0, 0, first)
    view.table.setCurrentIndex(first)
    from desktop.models.positions_columns import COLUMN

    cell = view.proxy.index(first.row(), COLUMN[FUNDING_KEYS[2]], first.parent())
    view._on_double_click(cell)
    qtbot.waitUntil(lambda: any(isinstance(w, FundingDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FundingDialog)]
    assert dialogs[0].position.symbol == view.selected().position.symbol
    for d in dialogs:
        d.close()  # closed at once, possibly before its data arrived: the late result is dropped, not a crash
