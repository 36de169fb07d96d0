"""The calculator dialog as a trader uses it: no position selected, the venue's own symbol names typed (BTCUSDT,
BTC-USDT-SWAP), the leverage on a slider, size or margin, and a tier table fetched from the venue in the background
(the real ccxt client against the loopback OKX fake, through the app's bridge)."""

from __future__ import annotations

import pytest

from core.runtime import get_runtime
from desktop.views.calculator_dialog import CalculatorDialog
from tests.desktop.conftest import make_state, save_screenshot
from tests.servers.fake_okx import FakeOkx


def _type(dlg: CalculatorDialog, venue: str, symbol: str) -> None:
    dlg.venue.setCurrentIndex(dlg.venue.findData(venue))
    dlg.symbol.setText(symbol)
    dlg.look_up()


def test_binance_native_symbol_without_a_position(qtbot):
    dlg = CalculatorDialog()
    qtbot.addWidget(dlg)
    assert dlg.symbol.text() == "BTCUSDT" and dlg.venue.currentData() == "binanceusdm"  # the venue's BTC perpetual
    assert "BTCUSDT" in dlg.completions.stringList() and "ETHUSDT" in dlg.completions.stringList()
    dlg.fields["entry"].setText("67450")
    dlg.fields["size"].setText("0.5")
    dlg.leverage_slider.setValue(20)
    assert dlg.fields["leverage"].text() == "20"
    # Binance calculator FAQ: IM = 0.5 × 67,450 / 20; tier 1 of the bundled BTCUSDT table: LP 64,334.84
    assert dlg.outcome.initial_margin == pytest.approx(1_686.25)
    assert dlg.liquidation.liquidation_price == pytest.approx(64_334.8393574, rel=1e-9)
    assert dlg.out["liquidation"].text() == "64,334.839"
    assert dlg.out["max_position"].text().startswith("7,500,000 USDT")
    assert "BTCUSDT: 10 tiers" in dlg.tier_label.text() and "bundled" in dlg.tier_label.text()
    dlg.fields["target"].setText("70000")
    assert dlg.out["roe"].text() == "+75.61 %" and dlg.out["pnl"].text() == "+1,275 USDT"
    dlg.fields["leverage"].setText("50")
    assert dlg.leverage_slider.value() == 50 and dlg.outcome.initial_margin == pytest.approx(674.5)


def test_okx_native_symbol_sizes_in_btc_and_says_what_margin_implies(qtbot):
    dlg = CalculatorDialog()
    qtbot.addWidget(dlg)
    _type(dlg, "okx", "BTC-USDT-SWAP")
    assert "0.01 BTC per contract" in dlg.symbol_info.text() and dlg.units["size"].text() == "BTC"
    dlg.fields["entry"].setText("67450")
    dlg.fields["size"].setText("0.5")
    dlg.fields["leverage"].setText("20")
    assert dlg.outcome.inputs.size == pytest.approx(50)  # contracts of 0.01 BTC
    dlg.fields["margin"].setText("2000")  # more than 1,686.25: added margin, its leverage shown
    assert "the margin implies 16.86×" in dlg.out["leverage"].text()
    assert "313.75 USDT more than the initial margin" in dlg.notes_label.text()
    dlg.fields["margin"].setText("1000")  # less: a conflict, said, nothing computed
    assert dlg.liquidation is None and "do not fit together" in dlg.error_label.text()
    assert dlg.out["liquidation"].text() == "—"
    dlg.fields["size"].setText("")  # margin × leverage sizes the position
    assert dlg.outcome.inputs.size == pytest.approx(1_000 * 20 / 67_450 / 0.01)


def test_unknown_symbol_offline_says_what_to_do_without_cli_flags(qtbot):
    dlg = CalculatorDialog()
    qtbot.addWidget(dlg)
    dlg.fields["entry"].setText("0.1")
    dlg.fields["size"].setText("1000")
    _type(dlg, "binanceusdm", "DOGEUSDT")
    text = dlg.error_label.text()
    assert dlg.liquidation is None and "Go online" in text and "BTCUSDT" in text
    assert "--" not in text and "CLI" not in text
    assert not dlg.refresh_button.isEnabled()  # no connection without the app's session
    dlg.more_button.setChecked(True)
    dlg.fields["leverage"].setText("5")
    dlg.fields["mmr"].setText("0.01")  # a rate of one's own still works: LP = 0.1 × (1 − 1/5) / (1 − 0.01)
    assert dlg.error_label.text() == "" and dlg.liquidation.liquidation_price == pytest.approx(0.08 / 0.99)


def test_cross_without_a_wallet_asks_for_it_in_the_window(qtbot):
    dlg = CalculatorDialog()
    qtbot.addWidget(dlg)
    dlg.fields["entry"].setText("67450")
    dlg.fields["size"].setText("0.5")
    dlg.mode.setCurrentIndex(dlg.mode.findData("cross"))
    assert "cross wallet balance" in dlg.error_label.text() and "--wallet" not in dlg.error_label.text()
    dlg.more_button.setChecked(True)
    dlg.fields["wallet"].setText("5000")
    assert dlg.liquidation is not None and dlg.liquidation.liquidation_price < 67_450


@pytest.fixture
def okx_fake():
    """The OKX fake served from the app's background loop, where the bridge runs the lookups."""
    runtime = get_runtime()
    fake = FakeOkx(lifetime_s=60)
    runtime.submit(fake.start()).result(10)
    yield fake
    runtime.submit(fake.stop()).result(10)


def test_table_fetched_from_the_venue_in_the_background(qtbot, okx_fake, tmp_path):
    state = make_state(qtbot, demo=False, path=tmp_path / "undertow.sqlite")
    try:
        dlg = CalculatorDialog(state=state, lookup_options={"base_url": okx_fake.base_url})
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.fields["entry"].setText("67450")
        dlg.fields["size"].setText("0.5")
        _type(dlg, "okx", "BTC-USDT-SWAP")
        qtbot.waitUntil(lambda: dlg.found is not None and dlg.found.table is not None
                        and dlg.found.table.origin == "online", timeout=20000)
        assert "fetched just now" in dlg.tier_label.text() and dlg.refresh_button.isEnabled()
        assert okx_fake.count("/api/v5/public/position-tiers") == 1
        assert dlg.liquidation is not None
        raw = okx_fake.tiers("BTC-USDT")
        assert dlg.liquidation.mmr == pytest.approx(float(raw[0]["mmr"]))
        save_screenshot(dlg, "calculator-online-okx")
        dlg.refresh_button.click()
        qtbot.waitUntil(lambda: okx_fake.count("/api/v5/public/position-tiers") == 2, timeout=20000)
    finally:
        state.session.close()
