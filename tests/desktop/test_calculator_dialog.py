"""The calculator dialog: pre-fill from a position, live recompute, inline errors."""

from __future__ import annotations

import pytest

from core.liquidation.tiers import single_tier
from core.model import MarginMode, MarketState, Position, Side
from desktop.views.calculator_dialog import CalculatorDialog
from tests.core.test_liquidation import BTC_TIERS


def okx_inverse_position():
    return Position("ox", "okx", "BTC/USD:BTC", Side.LONG, 1, 100, 92300, 92376.7, MarginMode.ISOLATED,
                    leverage=3, isolated_margin=0.0003611412062116, inverse=True, settle="BTC")


def test_prefilled_from_position_matches_exchange(qtbot):
    market = MarketState("okx", "BTC/USD:BTC", 92376.7, tiers=single_tier(0.004), inverse=True,
                         contract_size=100, taker_fee_rate=0.0005)
    dlg = CalculatorDialog(position=okx_inverse_position(), market=market)
    qtbot.addWidget(dlg)
    assert dlg.venue.currentData() == "okx" and dlg.outcome.inverse
    assert dlg.mode.currentText() == "isolated"
    assert dlg.liquidation is not None
    assert dlg.liquidation.liquidation_price == pytest.approx(69536.6125, rel=1e-4)
    assert dlg.out["liquidation"].text().startswith("69,536")
    assert dlg.out["distance"].text().endswith("%")
    assert dlg.error_label.text() == ""


def test_live_recompute_and_inline_errors(qtbot):
    dlg = CalculatorDialog()
    qtbot.addWidget(dlg)
    assert dlg.liquidation is None and "entry" in dlg.error_label.text()
    dlg.venue.setCurrentIndex(dlg.venue.findData("bybit"))
    dlg.fields["entry"].setText("20000")
    dlg.fields["size"].setText("1")
    dlg.fields["leverage"].setText("50")
    dlg.fields["mmr"].setText("0.005")
    assert dlg.liquidation.liquidation_price == pytest.approx(19_700)
    assert dlg.out["bankruptcy"].text() == "19,600"
    dlg.side.setCurrentText("short")
    assert dlg.liquidation.liquidation_price == pytest.approx(20_300)
    dlg.fields["size"].setText("-1")
    assert dlg.liquidation is None and "size" in dlg.error_label.text() and dlg.out["liquidation"].text() == "—"
    dlg.fields["size"].setText("abc")
    assert "not a number" in dlg.error_label.text()
    dlg.fields["size"].setText("1")
    dlg.fields["leverage"].setText("")
    dlg.fields["margin"].setText("1")  # far below maintenance
    assert dlg.liquidation is None and "maintenance" in dlg.error_label.text()


def test_market_tier_table_is_used_when_rate_is_empty(qtbot):
    pos = Position("b", "binanceusdm", "BTC/USDT:USDT", Side.LONG, 34, 1, 30_000, 30_000, MarginMode.ISOLATED,
                   leverage=20, isolated_margin=34 * 30_000 / 20)
    dlg = CalculatorDialog(position=pos, market=MarketState("binanceusdm", "BTC/USDT:USDT", 30_000, tiers=BTC_TIERS))
    qtbot.addWidget(dlg)
    assert dlg.venue.currentData() == "binanceusdm"
    assert dlg.liquidation.mmr == 0.01 and dlg.liquidation.maint_amount == 1300  # tier at the liquidation price
    assert "10 tiers" in dlg.tier_label.text()
