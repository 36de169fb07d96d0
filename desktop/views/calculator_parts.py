"""Parts of the calculator dialog: its input fields, and the result panel showing every figure of
``core.calculator.Outcome`` formatted for the locale. Texts in the dialog's context ("CalculatorDialog")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from core.calculator import Outcome, Request
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)

MAIN_FIELDS = [  # (key, label, tooltip)
    ("entry", QT_TRANSLATE_NOOP("CalculatorDialog", "Entry price"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Average entry price (quote per base)")),
    ("size", QT_TRANSLATE_NOOP("CalculatorDialog", "Size"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Linear contracts: in the base coin (0.5 = 0.5 BTC); inverse: contracts. "
                                           "Leave empty to size the position from the margin and the leverage")),
    ("margin", QT_TRANSLATE_NOOP("CalculatorDialog", "Isolated margin"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Settle currency (USDT, or the coin for inverse). With the size it "
                                           "implies the leverage; above the initial margin it counts as added "
                                           "margin")),
    ("target", QT_TRANSLATE_NOOP("CalculatorDialog", "Target price"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "A price to show the PnL and ROE at")),
]
MORE_FIELDS = [
    ("contract_size", QT_TRANSLATE_NOOP("CalculatorDialog", "Contract size"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Inverse: USD face value of one contract; linear: base per contract")),
    ("wallet", QT_TRANSLATE_NOOP("CalculatorDialog", "Cross wallet"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Cross: wallet balance in the settle currency")),
    ("other_mm", QT_TRANSLATE_NOOP("CalculatorDialog", "Other positions' MM"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Cross: maintenance margin of the other positions")),
    ("other_upnl", QT_TRANSLATE_NOOP("CalculatorDialog", "Other positions' uPnL"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Cross: unrealised PnL of the other positions")),
    ("mmr", QT_TRANSLATE_NOOP("CalculatorDialog", "Maintenance rate"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Fraction (0.005 = 0.5 %); empty: the symbol's tier table")),
    ("maint_amount", QT_TRANSLATE_NOOP("CalculatorDialog", "Maintenance amount"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Binance cum / Bybit MM deduction")),
    ("taker_fee", QT_TRANSLATE_NOOP("CalculatorDialog", "Taker fee rate"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "OKX's formula includes it (default 0.0005)")),
    ("max_leverage", QT_TRANSLATE_NOOP("CalculatorDialog", "Max leverage"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Hyperliquid: maintenance = 1 / (2 × max leverage)")),
]

RESULTS = [  # (key, label)
    ("liquidation", QT_TRANSLATE_NOOP("CalculatorDialog", "Liquidation price")),
    ("bankruptcy", QT_TRANSLATE_NOOP("CalculatorDialog", "Bankruptcy price")),
    ("distance", QT_TRANSLATE_NOOP("CalculatorDialog", "Distance from entry")),
    ("position", QT_TRANSLATE_NOOP("CalculatorDialog", "Position")),
    ("initial_margin", QT_TRANSLATE_NOOP("CalculatorDialog", "Initial margin")),
    ("maintenance_margin", QT_TRANSLATE_NOOP("CalculatorDialog", "Maintenance margin")),
    ("leverage", QT_TRANSLATE_NOOP("CalculatorDialog", "Leverage")),
    ("max_position", QT_TRANSLATE_NOOP("CalculatorDialog", "Max position at this leverage")),
    ("max_leverage", QT_TRANSLATE_NOOP("CalculatorDialog", "Max leverage at this size")),
    ("pnl", QT_TRANSLATE_NOOP("CalculatorDialog", "PnL at the target")),
    ("roe", QT_TRANSLATE_NOOP("CalculatorDialog", "ROE at the target")),
    ("mmr", QT_TRANSLATE_NOOP("CalculatorDialog", "Maintenance rate")),
    ("maint_amount", QT_TRANSLATE_NOOP("CalculatorDialog", "Maintenance amount")),
    ("rule", QT_TRANSLATE_NOOP("CalculatorDialog", "Rule")),
]


def price(x: float | None) -> str:
    """A price to 8 significant digits, as the venues' calculators show it (19,600 / 69,536.612)."""
    return fmt.DASH if x is None else fmt.localised(f"{x:,.8g}")


class CalculatorResults(QGroupBox):
    """``out[key]``: the value label of each row of ``RESULTS``. Its texts are the dialog's (context
    "CalculatorDialog")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(QCoreApplication.translate("CalculatorDialog", "Result"))
        self.out = {key: QLabel(fmt.DASH) for key, _ in RESULTS}
        form = QFormLayout(self)
        for key, label in RESULTS:
            self.out[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.out[key].setWordWrap(True)
            form.addRow(QCoreApplication.translate("CalculatorDialog", label), self.out[key])
        font = self.out["liquidation"].font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.out["liquidation"].setFont(font)

    def clear(self) -> None:
        for label in self.out.values():
            label.setText(fmt.DASH)

    def show_outcome(self, o: Outcome, r: Request, base: str) -> None:
        """Fill every row; ``base``: the market's base coin (BTC)."""
        coin = r.settle
        out = self.out

        def money(x: float | None) -> str:
            return fmt.DASH if x is None else f"{fmt.localised(f'{x:,.8g}')} {coin}"

        lp = o.liquidation.liquidation_price
        out["liquidation"].setText(
            price(lp) if lp is not None else
            QCoreApplication.translate("CalculatorDialog", "none (price alone cannot liquidate it)"))
        out["bankruptcy"].setText(price(o.liquidation.bankruptcy_price))
        out["distance"].setText(fmt.DASH if o.distance_pct is None else fmt.pct(o.distance_pct))
        if o.inverse:
            size = QCoreApplication.translate("CalculatorDialog", "{n} contracts ({usd} USD)").format(
                n=fmt.localised(f"{o.inputs.size:,.8g}"), usd=fmt.localised(f"{o.base:,.2f}"))
        else:
            size = f"{fmt.localised(f'{o.base:,.8g}')} {base}"
        out["position"].setText(QCoreApplication.translate("CalculatorDialog", "{size} = {value}").format(
            size=size, value=money(o.value)))
        out["initial_margin"].setText(money(o.initial_margin))
        if o.margin is not None and o.added_margin > 0:
            out["initial_margin"].setText(
                QCoreApplication.translate("CalculatorDialog", "{initial} (isolated margin {margin})").format(
                    initial=money(o.initial_margin), margin=money(o.margin)))
        out["maintenance_margin"].setText(
            QCoreApplication.translate("CalculatorDialog", "{amount} at entry").format(
                amount=money(o.maintenance_margin)))
        lev = fmt.DASH if o.leverage is None else f"{fmt.localised(f'{o.leverage:.4g}')}×"
        if o.implied_leverage is not None:
            lev = QCoreApplication.translate("CalculatorDialog", "{given} (the margin implies {implied}×)").format(
                given=lev, implied=fmt.localised(f"{o.implied_leverage:.4g}"))
        out["leverage"].setText(lev)
        mp = o.max_position
        if mp is None:
            out["max_position"].setText(fmt.DASH)
        elif not mp.known:
            out["max_position"].setText(QCoreApplication.translate(
                "CalculatorDialog", "not in this table (no max leverage or cap recorded)"))
        else:
            unit = QCoreApplication.translate("CalculatorDialog", "USD face") if o.inverse else base
            out["max_position"].setText(
                QCoreApplication.translate("CalculatorDialog", "{value} ({size} {unit} at entry)").format(
                    value=money(mp.value), size=fmt.localised(f"{mp.base:,.6g}"), unit=unit))
        out["max_leverage"].setText(fmt.DASH if o.max_leverage_here is None else
                                    f"{fmt.localised(f'{o.max_leverage_here:g}')}×")
        if o.pnl is None:
            out["pnl"].setText(QCoreApplication.translate("CalculatorDialog", "enter a target price"))
            out["roe"].setText(fmt.DASH)
        else:
            pnl = f"{fmt.localised(f'{o.pnl:+,.8g}')} {coin}"
            if o.inverse and o.pnl_usd is not None:
                pnl += f" ({fmt.localised(f'{o.pnl_usd:+,.2f}')} USD)"
            out["pnl"].setText(pnl)
            out["roe"].setText(fmt.DASH if o.roe is None else fmt.pct(o.roe * 100, signed=True))
        out["mmr"].setText(fmt.DASH if o.liquidation.mmr is None else fmt.pct(o.liquidation.mmr * 100, decimals=3))
        out["maint_amount"].setText(money(o.liquidation.maint_amount))
        out["rule"].setText(o.liquidation.method)
