"""The position calculator, like a venue's own: pick a venue and a symbol (its own name, BTCUSDT or BTC-USDT-SWAP,
or ccxt's), set the leverage on a slider, type the entry and the size or the margin, and read the liquidation and
bankruptcy price, the margins, the largest position at that leverage and the PnL/ROE at a target price.

Opened pre-filled from a selected position or empty. The symbol's tier table comes from ``core.calculator.lookup``:
the saved or bundled one at once, then (in the background, through the bridge) a fresh one from the venue when the
saved one is older than a day; where it came from and its date are shown. The figures are ``core.calculator``'s.
"""

from __future__ import annotations

import asyncio
import math
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import calculator, tier_cache
from core.calculator import CalculatorError, Lookup, Outcome, Request, compute
from core.liquidation import CALCULATOR_VENUES, TierTableError
from core.liquidation.base import Liquidation, LiquidationInputError
from core.model import MarginMode, MarketState, Position, Side
from core.tier_cache import MarketRef, TierTable, VenueCatalog
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.theme import chart_palette
from desktop.views.calculator_parts import MAIN_FIELDS, MORE_FIELDS, CalculatorResults
from desktop.widgets import is_theme_change, plain_labels

SLIDER_MAX = 125  # when the table does not say


def _venue_ids() -> list[str]:
    return list(dict.fromkeys(venue for venue, _ in CALCULATOR_VENUES.values()))


def calculator_venue(position: Position) -> str | None:
    """The calculator's venue (ccxt id) for a position: its own, or the one using the same rule (the unified
    ``binance`` id -> USD-M or COIN-M); None when the calculator has no rule for it."""
    if position.venue in _venue_ids():
        return position.venue
    rule = venue_spec(position.venue).rule_name(position.inverse)
    for venue, inverse in CALCULATOR_VENUES.values():
        if inverse == position.inverse and venue_spec(venue).rule_name(inverse) == rule:
            return venue
    return None


class CalculatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, position: Position | None = None,
                 market: MarketState | None = None, state: Any = None,
                 lookup_options: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.state: Any = state if state is not None else getattr(parent, "state", None)
        self.market = market
        self.lookup_options = dict(lookup_options or {})  # e.g. base_url (a mirror, a test fake)
        self.liquidation: Liquidation | None = None  # not ``result``: that would hide QDialog.result()
        self.outcome: Outcome | None = None
        self.found: Lookup | None = None
        self._extra: dict[tuple[str, str], tuple[MarketRef, TierTable | None]] = {}  # the position's own market
        self._asked: tuple[str, str] | None = None  # the last (venue, symbol) asked online
        self._catalogs: dict[str, VenueCatalog] = {}
        self._note = ""
        self.setWindowTitle(self.tr("Liquidation calculator"))

        self.venue = QComboBox()
        for venue in _venue_ids():
            self.venue.addItem(venue_spec(venue).name, venue)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.symbol.setCompleter(completer)
        self.symbol_info = QLabel()
        self.side = QComboBox()
        for side in Side:  # shown translated; the value is the model's enum value
            self.side.addItem(i18n.core_text("Side", side.value), side.value)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("isolated"), MarginMode.ISOLATED.value)
        self.mode.addItem(self.tr("cross"), MarginMode.CROSS.value)
        self.fields: dict[str, QLineEdit] = {}
        self.leverage_slider = QSlider(Qt.Orientation.Horizontal)
        self.leverage_slider.setRange(1, SLIDER_MAX)
        self.leverage_slider.setValue(20)
        lev_edit = self.fields["leverage"] = QLineEdit("20")
        lev_edit.setMaximumWidth(70)
        lev_edit.setToolTip(self.tr("Leverage; with a margin and no size it sets the size"))
        lev_row = QHBoxLayout()
        lev_row.addWidget(self.leverage_slider, 1)
        lev_row.addWidget(lev_edit)
        lev_row.addWidget(QLabel("×"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Symbol"), self.symbol)
        form.addRow("", self.symbol_info)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Margin mode"), self.mode)
        form.addRow(self.tr("Leverage"), lev_row)
        self.units: dict[str, QLabel] = {}
        for key, label, tip in MAIN_FIELDS:
            edit = self.fields[key] = QLineEdit()
            edit.setToolTip(self.tr(tip))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            unit = self.units[key] = QLabel()
            unit.setMinimumWidth(90)
            row.addWidget(unit)
            form.addRow(self.tr(label), row)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More inputs (cross margin, your own rate)"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setCheckable(True)
        self.more_button.setAutoRaise(True)
        self.more = QWidget()
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(0, 0, 0, 0)
        for key, label, tip in MORE_FIELDS:
            edit = self.fields[key] = QLineEdit()
            edit.setToolTip(self.tr(tip))
            edit.setPlaceholderText(self.tr("optional"))
            more_form.addRow(self.tr(label), edit)
        self.more_button.toggled.connect(self._show_more)
        self._show_more(False)

        self.results = CalculatorResults()
        self.out = self.results.out
        self.tier_label = QLabel()
        self.tier_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Fetch the table now"))
        self.refresh_button.setToolTip(self.tr("Ask the venue for the current tier table and save it with its date"))
        self.refresh_button.clicked.connect(lambda: self.look_up(refresh=True))
        tier_box = QGroupBox(self.tr("Tier table"))
        tier_layout = QVBoxLayout(tier_box)
        tier_layout.addWidget(self.tier_label)
        tier_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.more)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.results)
        right.addWidget(tier_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(buttons)
        plain_labels(self)  # a symbol, an error's text: never markup
        self._colour_errors()
        self.resize(960, 660)  # fits 1280×800 with the extra inputs open
        if not self._online():
            self.refresh_button.setEnabled(False)
            self.refresh_button.setToolTip(self.tr("Only in the app connected to the venues (not in the demo)"))

        if position is not None:
            self._prefill(position, market)
        else:
            self._set_symbol_default()
        self.look_up()
        self.venue.currentIndexChanged.connect(self._venue_changed)
        self.symbol.editingFinished.connect(lambda: self.look_up())
        completer.activated.connect(lambda _text: self.look_up())
        self.symbol.textChanged.connect(lambda _t: self._offline_lookup())
        self.leverage_slider.valueChanged.connect(self._slider_moved)
        lev_edit.textChanged.connect(self._leverage_typed)
        self.side.currentIndexChanged.connect(self.recompute)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for key, edit in self.fields.items():
            if key != "leverage":
                edit.textChanged.connect(self.recompute)
        self.recompute()

    # --- inputs ------------------------------------------------------------------------------------------------
    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)

    def _colour_errors(self) -> None:
        self.error_label.setStyleSheet(f"color: {chart_palette().danger};")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if is_theme_change(event):
            self._colour_errors()

    def _mode_changed(self) -> None:
        if self.mode.currentData() == MarginMode.CROSS.value:
            self._show_more(True)  # the cross wallet is among the extra inputs
        self.recompute()

    def venue_id(self) -> str:
        return str(self.venue.currentData())

    def _set_symbol_default(self) -> None:
        spec = venue_spec(self.venue_id())
        symbol = next(iter(spec.calculator_symbols.values()), "")
        known = calculator.lookup_in(self._catalog(self.venue_id()), symbol)
        self.symbol.setText(known.market.native if known.market is not None else symbol)

    def _venue_changed(self) -> None:
        self.symbol.blockSignals(True)
        self._set_symbol_default()
        self.symbol.blockSignals(False)
        self.look_up()

    def _prefill(self, p: Position, market: MarketState | None) -> None:
        venue = calculator_venue(p)
        if venue is not None:
            self.venue.setCurrentIndex(max(0, self.venue.findData(venue)))
        else:
            self._note = self.tr("{venue} has no calculator rule; showing the closest inputs").format(venue=p.venue)
        known = calculator.lookup_in(self._catalog(self.venue_id()), p.symbol)
        base, _, rest = p.symbol.partition("/")
        ref = known.market if known.market is not None and known.market.symbol == p.symbol else MarketRef(
            p.symbol, p.symbol, base, rest.split(":")[0], p.settle or rest.partition(":")[2], p.inverse,
            p.contract_size or 1.0)
        table = TierTable.of_market(self.venue_id(), p.symbol, market.tiers, market.tiers_fetched_at) \
            if market is not None and market.tiers else None
        self._extra[(self.venue_id(), p.symbol)] = (ref, table)
        self.symbol.setText(ref.native)
        self.side.setCurrentIndex(max(0, self.side.findData(p.side.value)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(p.margin_mode.value)))
        if p.margin_mode is MarginMode.CROSS:
            self._show_more(True)
        size = p.contracts if p.inverse else p.contracts * (p.contract_size or 1.0)
        values = {"entry": p.entry_price, "size": size,
                  "margin": p.isolated_margin if p.margin_mode is MarginMode.ISOLATED else None}
        if market is not None and market.taker_fee_rate is not None:
            values["taker_fee"] = market.taker_fee_rate
        if table is None and known.table is None and p.maintenance_margin_rate:
            values["mmr"] = p.maintenance_margin_rate
            self._show_more(True)
        for key, value in values.items():
            if value is not None:
                self.fields[key].setText(f"{value:.10g}")
        if p.leverage:
            self.fields["leverage"].setText(f"{p.leverage:.10g}")
            self._leverage_typed(self.fields["leverage"].text())

    def _slider_moved(self, value: int) -> None:
        edit = self.fields["leverage"]
        if self._number("leverage") != value:
            edit.blockSignals(True)
            edit.setText(str(value))
            edit.blockSignals(False)
        self.recompute()

    def _leverage_typed(self, _text: str) -> None:
        try:
            value = self._number("leverage")
        except ValueError:
            value = None
        if value is not None and math.isfinite(value):
            self.leverage_slider.blockSignals(True)
            self.leverage_slider.setValue(max(1, min(self.leverage_slider.maximum(), round(value))))
            self.leverage_slider.blockSignals(False)
        self.recompute()

    def _number(self, key: str) -> float | None:
        text = self.fields[key].text().strip().replace(",", "").replace("_", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            label = next(self.tr(lbl) for k, lbl, _ in (*MAIN_FIELDS, *MORE_FIELDS) if k == key) \
                if key != "leverage" else self.tr("Leverage")
            raise ValueError(self.tr("{field}: {text} is not a number").format(field=label, text=repr(text))) from None

    # --- the symbol and its table ------------------------------------------------------------------------------
    def _with_extra(self, found: Lookup) -> Lookup:
        """The position's own market (and the table the last sync read for it) where the lookup has none better."""
        extra = self._extra.get((found.venue, self.symbol.text().strip()))
        if extra is None and found.market is not None:
            extra = self._extra.get((found.venue, found.market.symbol))
        if extra is None:
            return found
        ref, table = extra
        online = found.table is not None and found.table.origin == "online"
        from dataclasses import replace

        return replace(found, market=found.market or ref, table=found.table if online or table is None else table,
                       error=None if (found.table or table) else found.error)

    def _catalog(self, venue: str) -> VenueCatalog:
        """The saved markets and tables of ``venue``, read once per dialog (and replaced by what the venue sends)."""
        if venue not in self._catalogs:
            self._catalogs[venue] = tier_cache.catalog(venue)
        return self._catalogs[venue]

    def _offline_lookup(self) -> None:
        self._apply(self._with_extra(calculator.lookup_in(self._catalog(self.venue_id()), self.symbol.text())))

    def _online(self) -> bool:
        session = getattr(self.state, "session", None)
        return getattr(self.state, "bridge", None) is not None and session is not None \
            and not getattr(session, "demo", False)

    def look_up(self, refresh: bool = False) -> None:
        """The symbol's market and table: saved ones now; then, online, the venue's if the saved one is old."""
        self._offline_lookup()
        key = (self.venue_id(), self.symbol.text().strip())
        if not self._online() or not key[1] or (key == self._asked and not refresh):
            return
        self._asked = key
        self.refresh_button.setEnabled(False)
        self.tier_label.setText(self.tier_label.text() + "\n" + self.tr("Asking {venue}…").format(
            venue=venue_spec(key[0]).name))
        self.state.bridge.call(self._ask(key[0], key[1], refresh), lambda found: self._answered(key, found),
                               lambda exc: self._answered(key, None, exc))

    async def _ask(self, venue: str, text: str, refresh: bool) -> Lookup:
        options = dict(self.lookup_options)
        if "credentials" not in options:  # a configured account of the venue signs for a venue that wants it
            from core import secrets

            for config in self.state.session.accounts():
                if config.venue == venue:
                    options["credentials"] = await asyncio.to_thread(secrets.load_secret, config.id)
                    options.setdefault("base_url", config.api_base_url)
                    break
        return await calculator.lookup(venue, text, datetime.now(UTC), refresh=refresh, **options)

    def _answered(self, key: tuple[str, str], found: Lookup | None, exc: BaseException | None = None) -> None:
        self.refresh_button.setEnabled(self._online())
        if key != (self.venue_id(), self.symbol.text().strip()):
            return  # the trader moved on
        if found is None:
            self._offline_lookup()
            self.notes_label.setText(self.tr("Could not ask the venue: {reason}").format(reason=type(exc).__name__))
            return
        self._catalogs[key[0]] = VenueCatalog(found.venue, found.catalog.markets, found.catalog.tables,
                                              found.catalog.markets_fetched_at)  # the fetch's problems stay with it
        self._apply(self._with_extra(found))

    def _apply(self, found: Lookup) -> None:
        self.found = found
        names = found.catalog.names()
        if self.completions.stringList() != names:
            self.completions.setStringList(names)
        m = found.market
        if m is None:
            self.symbol_info.setText("")
        elif m.inverse:
            self.symbol_info.setText(self.tr("{symbol} · inverse · {size} USD per contract").format(
                symbol=m.symbol, size=fmt.localised(f"{m.contract_size:g}")))
        else:
            self.symbol_info.setText(self.tr("{symbol} · linear · {size} {base} per contract").format(
                symbol=m.symbol, size=fmt.localised(f"{m.contract_size:g}"), base=m.base))
        coin = (m.base if m.inverse else m.settle) if m is not None else ""
        self.units["size"].setText(self.tr("contracts") if m is not None and m.inverse else (m.base if m else ""))
        self.units["margin"].setText(coin)
        self.units["entry"].setText(m.quote if m is not None else "")
        self.units["target"].setText(m.quote if m is not None else "")
        table = found.table
        top = None
        if table is not None:
            try:
                tiers = table.tiers()
                top = max(t.max_leverage for t in tiers)
                self.tier_label.setText(self.tr("{symbol}: {n} tiers · {about}").format(
                    symbol=m.native if m else table.symbol, n=len(tiers), about=i18n.text(table.describe())))
            except TierTableError as exc:
                self.tier_label.setText(str(exc))
        else:
            self.tier_label.setText(self.tr("none"))
        if top is None or not math.isfinite(top):
            top = m.max_leverage if m is not None and m.max_leverage else SLIDER_MAX
        self.leverage_slider.blockSignals(True)
        self.leverage_slider.setMaximum(max(1, int(top)))
        self.leverage_slider.blockSignals(False)
        self._leverage_typed(self.fields["leverage"].text())  # re-places the slider, recomputes

    # --- the figures -------------------------------------------------------------------------------------------
    def request(self) -> Request:
        """The calculator's request from the fields (``ValueError``/``CalculatorError`` with the reason)."""
        found = self.found
        market = found.market if found is not None else None
        mmr = self._number("mmr")
        cross = self.mode.currentData() == MarginMode.CROSS.value
        entry = self._number("entry")
        if entry is None:
            raise ValueError(self.tr("Enter the entry price, then the size or the margin."))
        spec = venue_spec(self.venue_id())
        own_rate = mmr is not None or bool(self._number("max_leverage") and spec.mmr_from_max_leverage)
        if market is None and own_rate:  # a rate of one's own needs no table: a linear contract of 1 base unit
            text = self.symbol.text().strip() or "?"
            market = MarketRef(text, text, "", "", spec.settle)
        own = (self.tr("Or enter the asset's max leverage under “More inputs”.") if spec.mmr_from_max_leverage
               else self.tr("Or enter a maintenance rate of your own under “More inputs”."))
        if market is None:
            raise ValueError(f"{i18n.text(found.error)} {own}" if found is not None and found.error else
                             self.tr("Type a symbol of the venue."))
        venue = next((n for n, (v, inv) in CALCULATOR_VENUES.items() if v == self.venue_id() and inv == market.inverse),
                     None)
        if venue is None:
            raise ValueError(self.tr("The calculator has no rule for this contract."))
        tiers: tuple = ()
        max_leverage = self._number("max_leverage")
        if not own_rate:
            if found is None or found.table is None:
                raise ValueError(f"{i18n.text(found.error) if found is not None and found.error else ''} {own}")
            tiers = found.table.tiers()
        elif mmr is not None and not 0 <= mmr < 1:
            raise ValueError(self.tr("The maintenance rate is a fraction below 1 (0.005 = 0.5 %)."))
        if cross and self._number("wallet") is None:
            raise ValueError(self.tr("Cross margin: enter the cross wallet balance under “More inputs”."))
        cs = self._number("contract_size") or market.contract_size
        size = self._number("size")
        if size is not None and not market.inverse:
            size = size / cs  # typed in the base coin
        return Request(
            venue=venue, side=Side(self.side.currentData()), entry=entry, contracts=size,
            margin=self._number("margin"), leverage=self._number("leverage"), target=self._number("target"),
            contract_size=cs, cross=cross, wallet=self._number("wallet"), other_mm=self._number("other_mm") or 0.0,
            other_upnl=self._number("other_upnl") or 0.0, mmr=mmr, maint_amount=self._number("maint_amount"),
            tiers=tiers, taker_fee=self._number("taker_fee"), max_leverage=max_leverage,
            settle=market.base if market.inverse else market.settle)

    def recompute(self, *_args: Any) -> None:
        try:
            request = self.request()
            outcome = compute(request)
        except CalculatorError as exc:
            self._show_error(i18n.text(exc.text))
            return
        except (LiquidationInputError, TierTableError, ValueError) as exc:
            self._show_error(str(exc))
            return
        self.outcome, self.liquidation = outcome, outcome.liquidation
        self.error_label.setText("")
        market = self.found.market if self.found is not None else None
        self.results.show_outcome(outcome, request, market.base if market is not None else "")
        self._show_notes((*outcome.notes, *([outcome.liquidation.note] if outcome.liquidation.note else [])))

    def _show_error(self, text: str) -> None:
        self.outcome = self.liquidation = None
        self.error_label.setText(text.strip())
        self.results.clear()
        self._show_notes(())

    def _show_notes(self, notes) -> None:
        found = self.found.notes if self.found is not None else ()
        texts = [i18n.text(n) for n in (*found, *notes) if n]
        if self._note:
            texts.append(self._note)
        self.notes_label.setText("\n".join(texts))
