"""The liquidation calculator dialog: pre-filled from a position, recomputed live as fields change."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from core.liquidation import CALCULATOR_VENUES
from core.liquidation.base import Liquidation, LiquidationInputError
from core.liquidation.calculator import CalculatorInputs, calculate
from core.model import MarginMode, MarketState, Position, Side

NUMBER_FIELDS = [  # (key, label, tooltip)
    ("entry", "Entry price", "Average entry price (quote per base)"),
    ("size", "Size", "Base units for linear contracts, number of contracts for inverse"),
    ("contract_size", "Contract size", "Inverse: USD face value of one contract; linear: base per contract"),
    ("leverage", "Leverage", "Isolated: margin defaults to position value / leverage"),
    ("margin", "Isolated margin", "Quote units (linear) or coin (inverse)"),
    ("wallet", "Cross wallet", "Cross: wallet balance in the settle currency"),
    ("other_mm", "Other positions' MM", "Cross: maintenance margin of the other positions"),
    ("other_upnl", "Other positions' uPnL", "Cross: unrealised PnL of the other positions"),
    ("mmr", "Maintenance rate", "Fraction (0.005 = 0.5 %); empty: the symbol's tier table"),
    ("maint_amount", "Maintenance amount", "Binance cum / Bybit MM deduction"),
    ("taker_fee", "Taker fee rate", "OKX's formula includes it (default 0.0005)"),
    ("max_leverage", "Max leverage", "Hyperliquid: maintenance = 1 / (2 × max leverage)"),
]


def calculator_venue(position: Position) -> str | None:
    """The calculator's venue name for a position, or None when the calculator has no rule for it."""
    for name, (venue, inverse) in CALCULATOR_VENUES.items():
        if venue == position.venue and inverse == position.inverse:
            return name
    if position.venue == "binance":
        return "binance-coinm" if position.inverse else "binance"
    return None


def _fmt(x: float | None, digits: int = 8) -> str:
    return "—" if x is None else f"{x:,.{digits}g}"


class CalculatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, position: Position | None = None,
                 market: MarketState | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Liquidation calculator")
        self.market = market
        self.result: Liquidation | None = None
        self.venue = QComboBox()
        self.venue.addItems(list(CALCULATOR_VENUES))
        self.side = QComboBox()
        self.side.addItems([s.value for s in Side])
        self.mode = QComboBox()
        self.mode.addItems([m.value for m in (MarginMode.ISOLATED, MarginMode.CROSS)])
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow("Venue", self.venue)
        form.addRow("Side", self.side)
        form.addRow("Margin mode", self.mode)
        for key, label, tip in NUMBER_FIELDS:
            edit = QLineEdit()
            edit.setToolTip(tip)
            edit.setPlaceholderText("optional" if key not in ("entry", "size") else "required")
            self.fields[key] = edit
            form.addRow(label, edit)
        self.tier_label = QLabel()
        form.addRow("Tier table", self.tier_label)

        self.out = {k: QLabel("—") for k in ("liquidation", "bankruptcy", "mmr", "maint_amount", "distance", "rule")}
        results = QGroupBox("Result")
        rform = QFormLayout(results)
        for key, label in (("liquidation", "Liquidation price"), ("bankruptcy", "Bankruptcy price"),
                           ("mmr", "Maintenance rate"), ("maint_amount", "Maintenance amount"),
                           ("distance", "Distance from entry"), ("rule", "Rule")):
            rform.addRow(label, self.out[key])
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d9534f;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(results, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        if position is not None:
            self._prefill(position, market)
        self._update_tier_label()
        for combo in (self.venue, self.side, self.mode):
            combo.currentIndexChanged.connect(self.recompute)
        for edit in self.fields.values():
            edit.textChanged.connect(self.recompute)
        self.recompute()

    def _prefill(self, p: Position, market: MarketState | None) -> None:
        name = calculator_venue(p)
        if name is not None:
            self.venue.setCurrentText(name)
        self.side.setCurrentText(p.side.value)
        self.mode.setCurrentText(p.margin_mode.value)
        values = {"entry": p.entry_price, "size": p.contracts, "contract_size": p.contract_size,
                  "leverage": p.leverage,
                  "margin": p.isolated_margin if p.margin_mode is MarginMode.ISOLATED else None}
        if market is not None and market.taker_fee_rate is not None:
            values["taker_fee"] = market.taker_fee_rate
        if not (market is not None and market.tiers) and p.maintenance_margin_rate:
            values["mmr"] = p.maintenance_margin_rate
        for key, value in values.items():
            if value is not None:
                self.fields[key].setText(f"{value:.10g}")
        self._prefill_note = "" if name else f"{p.venue} has no calculator rule; showing the closest inputs"

    def _update_tier_label(self) -> None:
        if self.market is not None and self.market.tiers:
            self.tier_label.setText(f"{self.market.symbol}: {len(self.market.tiers)} tiers (used when rate is empty)")
        else:
            self.tier_label.setText("none: enter the maintenance rate")

    def _number(self, key: str) -> float | None:
        text = self.fields[key].text().strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise LiquidationInputError(f"{key.replace('_', ' ')}: {text!r} is not a number") from None

    def inputs(self) -> CalculatorInputs:
        entry, size = self._number("entry"), self._number("size")
        if entry is None or size is None:
            raise LiquidationInputError("enter the entry price and the size")
        tiers = self.market.tiers if self.market is not None else ()
        return CalculatorInputs(
            venue=self.venue.currentText(), side=Side(self.side.currentText()), entry=entry, size=size,
            contract_size=self._number("contract_size"), cross=self.mode.currentText() == "cross",
            leverage=self._number("leverage"), margin=self._number("margin"), wallet=self._number("wallet"),
            other_mm=self._number("other_mm") or 0.0, other_upnl=self._number("other_upnl") or 0.0,
            mmr=self._number("mmr"), maint_amount=self._number("maint_amount"), tiers=tiers,
            taker_fee=self._number("taker_fee"), max_leverage=self._number("max_leverage"))

    def recompute(self, *_args) -> None:
        try:
            inputs = self.inputs()
            result = calculate(inputs)
        except (LiquidationInputError, ValueError) as exc:
            self.result = None
            self.error_label.setText(str(exc))
            for label in self.out.values():
                label.setText("—")
            return
        self.result = result
        self.error_label.setText(result.note or getattr(self, "_prefill_note", ""))
        lp = result.liquidation_price
        self.out["liquidation"].setText(_fmt(lp))
        self.out["bankruptcy"].setText(_fmt(result.bankruptcy_price))
        self.out["mmr"].setText("—" if result.mmr is None else f"{result.mmr * 100:.4g} %")
        self.out["maint_amount"].setText(_fmt(result.maint_amount))
        if lp is None:
            self.out["distance"].setText("—")
        else:
            dist = (inputs.entry - lp) / inputs.entry * 100 * inputs.side.sign
            self.out["distance"].setText(f"{dist:.2f} %")
        self.out["rule"].setText(result.method)
