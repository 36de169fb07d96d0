"""The Custody view says what to do: one action per exchange account and asset ("Move X BTC from <account> to
<wallet>, receive address #n"), the move-to-cold flow offered whenever a move applies (the demo too), test-network
wallets marked and left out of the figures, an empty state with the next step, and headline figures that follow a
theme switch."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QPalette

from core.model import (
    Account,
    Balance,
    CustodyClass,
    Holding,
    PortfolioSnapshot,
    Purpose,
    SourceState,
    SourceStatus,
    Wallet,
)
from tests.desktop.conftest import make_state

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)
VPUB84 = "vpub5Y6cjg78GGuNLsaPhmYsiw4gYX3HoQiRBiSwDaBXKUafCt9bNwWQiitDk5VZ5BVxYnQdwoTyXSs2JHRPAgjAvtbBrf8ZhDYe2jWAqvZVnsc"  # noqa: E501


@pytest.fixture
def demo_view(qtbot):
    from desktop.views.custody_view import CustodyView

    state = make_state(qtbot, True)
    view = CustodyView(state, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1100, 740)
    view.show()
    with qtbot.waitSignal(state.snapshot_changed, timeout=60000):
        state.refresh()
    yield state, view
    state.session.close()


def test_demo_says_what_to_move_where_and_offers_the_flow(qtbot, demo_view):
    """The demo's OKX account (multi-currency mode, BTC counted at OKX's 98 %) keeps 3x the initial margin of its two
    5x positions; the rest of its collateral value leaves as BTC, each BTC taking 98 % of its price from it:
    x = (0.98 × 0.9 × p + USDT equity − 3 × Σ notional / 5) / (0.98 × p). Binance (under its buffer) and Bybit
    (isolated, short of 3x) say why nothing moves."""
    state, view = demo_view
    snap = state.snapshot
    okx = next(a for a in snap.accounts if a.venue == "okx")
    price = snap.prices_usd["BTC"]
    usdt = next(b.total for b in snap.balances_of(okx.id) if b.asset == "USDT")
    initial = sum(p.notional_usd / p.leverage for p in snap.positions_of(okx.id))
    expected = (0.98 * 0.9 * price + usdt - 3 * initial) / (0.98 * price)

    qtbot.waitUntil(lambda: "receive address #" in view.moves.item(0).text(), timeout=30000)
    first = view.moves.item(0).text()
    move = view.selected_move()
    assert move is not None and move.asset == "BTC" and move.amount == pytest.approx(expected, abs=1e-8)
    assert first.startswith(f"➜ Move {move.amount:.8f}".rstrip("0") + " BTC from OKX (BTC collateral) to "
                            "Hardware wallet (BIP84), receive address #")
    assert "okx-main" not in first  # names, not ids
    others = [view.moves.item(i).text() for i in range(1, view.moves.count())]
    assert any(t.startswith("Binance USD-M (cross) holds") and "nothing to move" in t for t in others)
    assert "3×" in view.moves_note.text() and "Settings" in view.moves_note.text()
    assert view.figures["not_needed"].text() == "$" + f"{move.value_usd:,.2f}"

    assert view.move_button.isEnabled()  # no due reminder needed: the move applies
    dialog = view.open_cold_move()
    qtbot.addWidget(dialog)
    assert dialog.asset.currentText() == "BTC" and float(dialog.amount.text()) == pytest.approx(move.amount)
    assert dialog.from_label.text() == "OKX (BTC collateral)"
    assert dialog.wallet.currentText() == "Hardware wallet (BIP84)"
    qtbot.waitUntil(lambda: dialog._address_value is not None, timeout=30000)
    index = int(first.rsplit("#", 1)[1])
    assert f"receive address #{index} of Hardware wallet (BIP84)" in dialog.note.text()
    assert not dialog.moved_button.isEnabled()
    dialog.verified.setChecked(True)
    assert dialog.moved_button.isEnabled()
    dialog.amount.setText(f"{move.amount * 1.5:.8f}")
    assert "More than suggested" in dialog.amount_note.text()
    dialog.reject()


def test_privacy_mode_hides_the_amount_of_an_action(qtbot, demo_view):
    state, view = demo_view
    state.set_privacy(True)
    assert "•••" in view.moves.item(0).text() and "0.8" not in view.moves.item(0).text()
    state.set_privacy(False)


def _colours(view) -> dict[str, str]:
    return {key: label.palette().color(QPalette.ColorRole.WindowText).name() for key, label in view.figures.items()}


def _text_lightness(label) -> tuple[int, int]:
    """(darkest, lightest) lightness of the pixels the label paints (its text on the window's background)."""
    image = label.grab().toImage()
    values = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2)
              for y in range(0, image.height(), 2)]
    return min(values), max(values)


def test_theme_switch_repaints_the_headline_figures(qtbot, demo_view):
    """A theme switch reaches the figures (a style sheet used to pin them to the first theme's black)."""
    from desktop.theme import theme

    _state, view = demo_view
    try:
        theme().apply("light")
        qtbot.wait(50)
        light = _colours(view)
        dark_text_on_light = _text_lightness(view.figures["net"])
        theme().apply("dark")
        qtbot.waitUntil(lambda: _colours(view) != light, timeout=5000)
        dark = _colours(view)
        window_text = view.palette().color(QPalette.ColorRole.WindowText)
        assert all(c == window_text.name() for c in dark.values())
        assert all(lightness(c) > 180 for c in dark.values()) and all(lightness(c) < 80 for c in light.values())
        _lo, hi = _text_lightness(view.figures["net"])
        assert hi > 180 and dark_text_on_light[0] < 80  # light text painted on dark, dark text on light
        caption = view.captions["net"].palette().color(QPalette.ColorRole.WindowText)
        assert caption == view.palette().color(QPalette.ColorRole.PlaceholderText)
    finally:
        theme().apply("light")


def lightness(name: str) -> int:
    return QColor(name).lightness()


def _snapshot_with_testnet_wallet() -> PortfolioSnapshot:
    now = datetime.now(UTC)  # fresh: the rows carry no stale mark
    vault = Wallet("vault", "Vault", "btc-address", "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", "Trezor",
                   CustodyClass.HARDWARE_WALLET, "bitcoin")
    test = Wallet("tvault", "Test vault", "btc-address", "tb1q6rz28mcfaxtmd6v789l9rrlrusdprr9pqcpvkl", "Trezor",
                  CustodyClass.HARDWARE_WALLET, "bitcoin-testnet")
    return PortfolioSnapshot(
        taken_at=now, accounts=(Account("okx-1", "okx", "OKX savings"),), wallets=(vault, test),
        balances=(Balance("okx-1", "BTC", 0.5),),
        holdings=(Holding("vault", "BTC", 1.5, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM, "Vault"),
                  Holding("tvault", "TBTC", 7.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM, "Test vault")),
        prices_usd={"BTC": 60_000.0, "TBTC": 60_000.0},
        sources=tuple(SourceStatus(i, k, SourceState.FRESH, now) for i, k in
                      (("okx-1", "exchange"), ("vault", "wallet"), ("tvault", "wallet"))))


def test_testnet_wallet_is_marked_and_left_out_of_the_figures(qtbot):
    """Net worth: 1.5 BTC in the vault + 0.5 BTC on OKX at 60,000 = 120,000; the test vault's 7 coins (even with a
    price for their ticker) count nowhere and are never a destination."""
    from desktop.views.custody_view import CustodyView

    state = make_state(qtbot, False, snapshots=(_snapshot_with_testnet_wallet(),))
    view = CustodyView(state)
    qtbot.addWidget(view)
    rows = {view.model.index(r, 0).data(): [view.model.index(r, c).data() for c in range(7)]
            for r in range(view.model.rowCount())}
    assert rows["Test vault (testnet)"][3] == "not counted"
    assert "no value" in view.model.index(list(rows).index("Test vault (testnet)"), 0).data(0x03)  # tooltip
    assert view.figures["net"].text() == "$120,000.00"
    assert view.figures["self_share"].text() == "100 %"
    assert view.moves.item(0).text().startswith("➜ Move 0.5 BTC from OKX savings to Vault")
    state.session.close()


def test_empty_state_says_the_next_step(qtbot):
    from desktop.views.custody_view import CustodyView

    state = make_state(qtbot, False)
    view = CustodyView(state)
    qtbot.addWidget(view)
    assert view.pages.currentWidget() is view.empty
    assert "Watch a wallet" in view.empty_text.text() and view.empty_button.text() == "Watch a wallet…"
    view.empty_button.click()  # the next step: the wallet dialog
    from desktop.views.wallet_dialog import WalletDialog

    (dialog,) = view.findChildren(WalletDialog)
    assert dialog.isVisible()
    dialog.reject()
    state.session.close()


def test_wallet_dialog_accepts_a_testnet_key_with_a_clear_warning(qtbot):
    from desktop.views.wallet_dialog import WalletDialog

    state = make_state(qtbot, False)
    dialog = WalletDialog(state)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(VPUB84)
    assert dialog.add_button.isEnabled()
    assert dialog.testnet_note.isVisibleTo(dialog) and "TEST-network" in dialog.testnet_note.text()
    assert "net worth" in dialog.testnet_note.text()
    assert dialog.addresses.item(0).text().startswith("#0  tb1q 6rz2 8mcf")
    dialog.label.setText("Signet vault")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.status.text()
    (wallet,) = state.session.wallets()
    assert wallet.chain == "bitcoin-testnet"
    dialog.text.setPlainText("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu")
    assert not dialog.testnet_note.isVisibleTo(dialog)
    state.session.close()
