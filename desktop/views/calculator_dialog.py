"""The liquidation calculator dialog: pre-filled from a position, recomputed live as fields change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.contracts import adverse_move_pct
from core.liquidation import CALCULATOR_VENUES
from core.liquidation.base import Liquidation, LiquidationInputError
from core.liquidation.calculator import CalculatorInputs, calculate
from core.model import MarginMode, MarketState, Position, Side
from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.widgets import plain_labels

NUMBER_FIELDS = [  # (key, label, tooltip)
    ("entry", QT_TRANSLATE_NOOP("CalculatorDialog", "Entry price"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Average entry price (quote per base)")),
    ("size", QT_TRANSLATE_NOOP("CalculatorDialog", "Size"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Base units for linear contracts, number of contracts for inverse")),
    ("contract_size", QT_TRANSLATE_NOOP("CalculatorDialog", "Contract size"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Inverse: USD face value of one contract; linear: base per contract")),
    ("leverage", QT_TRANSLATE_NOOP("CalculatorDialog", "Leverage"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Isolated: margin defaults to position value / leverage")),
    ("margin", QT_TRANSLATE_NOOP("CalculatorDialog", "Isolated margin"),
     QT_TRANSLATE_NOOP("CalculatorDialog", "Quote units (linear) or coin (inverse)")),
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
        self.setWindowTitle(self.tr("Liquidation calculator"))
        self.market = market
        self.liquidation: Liquidation | None = None  # not ``result``: that would hide QDialog.result()
        self.venue = QComboBox()
        self.venue.addItems(list(CALCULATOR_VENUES))
        self.side = QComboBox()
        for side in Side:  # shown translated; the value is the model's enum value
            self.side.addItem(i18n.core_text("Side", side.value), side.value)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("isolated"), MarginMode.ISOLATED.value)
        self.mode.addItem(self.tr("cross"), MarginMode.CROSS.value)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Margin mode"), self.mode)
        for key, label, tip in NUMBER_FIELDS:
            edit = QLineEdit()
            edit.setToolTip(self.tr(tip))
            edit.setPlaceholderText(self.tr("optional") if key not in ("entry", "size") else self.tr("required"))
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.tier_label = QLabel()
        form.addRow(self.tr("Tier table"), self.tier_label)

        self.out = {k: QLabel("—") for k in ("liquidation", "bankruptcy", "mmr", "maint_amount", "distance", "rule")}
        results = QGroupBox(self.tr("Result"))
        rform = QFormLayout(results)
        for key, label in (("liquidation", self.tr("Liquidation price")), ("bankruptcy", self.tr("Bankruptcy price")),
                           ("mmr", self.tr("Maintenance rate")), ("maint_amount", self.tr("Maintenance amount")),
                           ("distance", self.tr("Distance from entry")), ("rule", self.tr("Rule"))):
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
        plain_labels(self)  # a symbol, an error's text: never markup

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
        self.side.setCurrentIndex(max(0, self.side.findData(p.side.value)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(p.margin_mode.value)))
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
        self._prefill_note = "" if name else self.tr("{venue} has no calculator rule; showing the closest "
                                                     "inputs").format(venue=p.venue)

    def _update_tier_label(self) -> None:
        if self.market is not None and self.market.tiers:
            self.tier_label.setText(self.tr("{symbol}: {n} tiers (used when rate is empty)").format(
                symbol=self.market.symbol, n=len(self.market.tiers)))
        else:
            self.tier_label.setText(self.tr("none: enter the maintenance rate"))

    def _number(self, key: str) -> float | None:
        text = self.fields[key].text().strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            label = next(self.tr(lbl) for k, lbl, _ in NUMBER_FIELDS if k == key)
            raise LiquidationInputError(self.tr("{field}: {text} is not a number").format(
                field=label, text=repr(text))) from None

    def inputs(self) -> CalculatorInputs:
        entry, size = self._number("entry"), self._number("size")
        if entry is None or size is None:
            raise LiquidationInputError(self.tr("enter the entry price and the size"))
        tiers = self.market.tiers if self.market is not None else ()
        return CalculatorInputs(
            venue=self.venue.currentText(), side=Side(self.side.currentData()), entry=entry, size=size,
            contract_size=self._number("contract_size"), cross=self.mode.currentData() == "cross",
            leverage=self._number("leverage"), margin=self._number("margin"), wallet=self._number("wallet"),
            other_mm=self._number("other_mm") or 0.0, other_upnl=self._number("other_upnl") or 0.0,
            mmr=self._number("mmr"), maint_amount=self._number("maint_amount"), tiers=tiers,
            taker_fee=self._number("taker_fee"), max_leverage=self._number("max_leverage"))

    def recompute(self, *_args) -> None:
        try:
            inputs = self.inputs()
            result = calculate(inputs)
        except (LiquidationInputError, ValueError) as exc:
            self.liquidation = None
            self.error_label.setText(str(exc))
            for label in self.out.values():
                label.setText("—")
            return
        self.liquidation = result
        self.error_label.setText(result.note or getattr(self, "_prefill_note", ""))
        lp = result.liquidation_price
        self.out["liquidation"].setText(_fmt(lp))
        self.out["bankruptcy"].setText(_fmt(result.bankruptcy_price))
        self.out["mmr"].setText("—" if result.mmr is None else f"{result.mmr * 100:.4g} %")
        self.out["maint_amount"].setText(_fmt(result.maint_amount))
        if lp is None:
            self.out["distance"].setText("—")
        else:
            dist = adverse_move_pct(inputs.side.sign, inputs.entry, lp)
            self.out["distance"].setText(f"{dist:.2f} %")
        self.out["rule"].setText(result.method)
