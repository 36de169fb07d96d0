"""The what-if simulator: shock the market, watch the liquidation cascade, see what happens to you.

The whole grid of driver shocks (-50 % .. +50 %, step 0.1 %) is computed once per snapshot / depth factor /
open-interest multiplier / preset, off the GUI thread; the shock slider and the draggable line on the equity
chart only index into it, so moving them never waits for the engine.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.cascade.grid import SHOCK_LIMIT_PERMILLE, Simulation, compute_simulation, scenario_from_controls
from core.cascade.scenarios import Scenario, user_scenarios_dir
from desktop import format as fmt
from desktop import i18n
from desktop.charts.cascade_charts import DepthChart, EquityChart, LadderChart
from desktop.charts.cascade_grid import (
    POSITION_HEADERS,
    market_rows,
    position_rows,
    summary_text,
)
from desktop.format import html_text as esc
from desktop.format import plain_tooltip
from desktop.models.results_model import ResultsModel, results_table
from desktop.theme import theme
from desktop.widgets import RenderWhenShown, plain_labels, rich_label, warn


class SimulatorView(QWidget):
    """What-if: a shock slider, presets, equity curves with and without the cascade, the ladder and the depth."""

    title = "What-if"
    grid_ready = Signal(object)  # the Simulation now shown
    grid_failed = Signal(str)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.sim: Simulation | None = None
        self.scenario: Scenario | None = None
        self._generation = 0
        self._renderer = RenderWhenShown(self, self.recompute)
        self._syncing = False

        self.preset = QComboBox()
        self.save_button = QPushButton()
        self.depth_box = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=20.0, singleStep=0.1, value=1.0,
                                    suffix=" ×")
        self.oi = QDoubleSpinBox(decimals=2, minimum=0.1, maximum=10.0, singleStep=0.1, value=1.0, suffix=" ×")
        self.symbol = QComboBox()
        self.slider = QSlider(Qt.Orientation.Horizontal)  # PySide6's stubs lack the property keywords here
        self.slider.setRange(-SHOCK_LIMIT_PERMILLE, SHOCK_LIMIT_PERMILLE)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(10)
        self.slider.setValue(0)
        self.shock_label = QLabel()
        self.shock_label.setMinimumWidth(150)
        self.preset_note = rich_label(QLabel(wordWrap=True))  # a scenario's name and description, escaped
        self.summary = rich_label(QLabel(wordWrap=True))  # summary_text's markup; messages escaped
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3 + 6)  # the splitter ignores
        # the label's height-for-width, so leave room for the wrapped line

        self.equity_chart = EquityChart()
        self.ladder_chart = LadderChart()
        self.depth_chart = DepthChart()

        self.market_model = ResultsModel([("", "")], self)
        self.market_table, self.market_proxy = results_table(self.market_model)
        self.market_table.setSortingEnabled(False)
        self.market_table.horizontalHeader().setStretchLastSection(False)
        self.position_model = ResultsModel(POSITION_HEADERS, self)
        self.position_table, self.position_proxy = results_table(self.position_model)
        self.position_table.horizontalHeader().setStretchLastSection(False)
        self.position_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self._recompute_timer = QTimer(self, singleShot=True, interval=250)
        self._recompute_timer.timeout.connect(self.recompute)
        self._layout()
        self.retranslate()

        self.preset.currentIndexChanged.connect(self._on_preset)
        self.save_button.clicked.connect(self._ask_save)
        self.depth_box.valueChanged.connect(lambda _: self._recompute_timer.start())
        self.oi.valueChanged.connect(lambda _: self._recompute_timer.start())
        self.symbol.currentTextChanged.connect(self._on_symbol)
        self.slider.valueChanged.connect(self._on_slider)
        self.equity_chart.shock_line.sigPositionChanged.connect(self._on_line)
        state.analysis_changed.connect(self.on_analysis)
        state.privacy_changed.connect(self._on_privacy)
        theme().theme_changed.connect(self._restyle)
        plain_labels(self)  # every other label: plain text
        self.reload_scenarios()
        self._on_slider(self.slider.value())
        self._on_privacy(self.privacy)
        self.on_snapshot(state.snapshot)

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.control_labels: dict[str, QLabel] = {}
        for key, widget, stretch in (("preset", self.preset, 2), (None, self.save_button, 0),
                                     ("depth", self.depth_box, 0), ("oi", self.oi, 0), ("symbol", self.symbol, 0)):
            if key:
                lab = self.control_labels[key] = QLabel()
                top.addWidget(lab)
            top.addWidget(widget, stretch)
        shock_row = QHBoxLayout()
        self.driver_label = QLabel()
        shock_row.addWidget(self.driver_label)
        shock_row.addWidget(self.slider, 1)
        shock_row.addWidget(self.shock_label)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.ladder_chart)
        lower.addWidget(self.depth_chart)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.equity_chart)
        charts.addWidget(lower)
        charts.setSizes([420, 360])
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        self.market_caption, self.positions_caption = rich_label(QLabel()), rich_label(QLabel())
        rl.addWidget(self.market_caption)
        rl.addWidget(self.market_table)
        rl.addWidget(self.positions_caption)
        rl.addWidget(self.position_table, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(charts)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([940, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(shock_row)
        layout.addWidget(self.preset_note)
        layout.addWidget(body, 1)

    def retranslate(self) -> None:
        tips = {
            "preset": self.tr("Scenario presets (with their sources) and the scenarios you saved.\nA preset sets the "
                              "shock, its own shocks for other assets, and may thin the order books or swell open "
                              "interest."),
            "depth": self.tr("Order-book depth relative to the calibrated model (1.00× = fitted on 2025-10-10).\n"
                             "Lower it to model books that vanish in a panic: every forced order then moves the "
                             "price further."),
            "oi": self.tr("Open interest relative to today's. More leveraged positions means more forced orders "
                          "when their liquidation levels are crossed."),
            "symbol": self.tr("The market whose liquidation ladder and order-book depth are drawn below"),
        }
        labels = {"preset": self.tr("Preset"), "depth": self.tr("Depth factor"), "oi": self.tr("Open interest"),
                  "symbol": self.tr("Ladder / depth of")}
        widgets: dict[str, QWidget] = {"preset": self.preset, "depth": self.depth_box, "oi": self.oi,
                                       "symbol": self.symbol}
        for key, widget in widgets.items():
            widget.setToolTip(tips[key])
            self.control_labels[key].setText(labels[key])
            self.control_labels[key].setToolTip(tips[key])
        self.save_button.setText(self.tr("Save scenario…"))
        self.save_button.setToolTip(self.tr("Keep the current shock, depth factor and open-interest multiplier "
                                            "as your own preset"))
        self.slider.setToolTip(self.tr("The exogenous shock to the driver (BTC), in steps of 0.1 %. Other assets "
                                       "follow with their betas; the cascade then adds what forced liquidations do."))
        self.summary.setToolTip(self.tr("Your exchange equity at this shock, and what the market as a whole went "
                                        "through"))
        self.equity_chart.setToolTip(self.tr("Your exchange equity at each shock. Dashed: the shock alone. Solid: "
                                             "with the liquidation cascade. Markers: where your positions are "
                                             "liquidated."))
        self.ladder_chart.setToolTip(self.tr("Where the market's leveraged positions get liquidated (estimated "
                                             "from open interest): longs below the price, shorts above. Dashed "
                                             "red lines: your liquidation prices."))
        self.depth_chart.setToolTip(self.tr("How much can be sold (bids) or bought (asks) before the price moves "
                                            "this far. A thin book turns the same forced orders into a bigger "
                                            "move."))
        self.shock_label.setText(fmt.pct(self.slider.value() / 10, signed=True, decimals=1))
        self.market_caption.setText("<b>" + esc(self.tr("Market at this shock")) + "</b>")
        self.positions_caption.setText("<b>" + esc(self.tr("Your positions")) + "</b>")
        self.driver_label.setText(self.tr("{driver} shock").format(driver=self.sim.driver) if self.sim
                                  else self.tr("Shock"))
        for chart in (self.equity_chart, self.ladder_chart, self.depth_chart):
            if hasattr(chart, "retranslate"):
                chart.retranslate()
        if self.preset.count():
            self.preset.setItemText(0, self.tr("Custom (the slider only)"))
        for i in range(1, self.preset.count()):
            s = self._scenarios.get(self.preset.itemData(i))
            if s is not None and s.builtin:
                self.preset.setItemText(i, i18n.core_text("Scenario", s.name))
        self.position_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(POSITION_HEADERS) - 1)
        if self.sim is not None:  # titles, marks and tooltips drawn with the data
            self.equity_chart.set_simulation(self.sim, self.privacy)
            self._draw_symbol()
            self._apply_shock()
        elif self.state.snapshot is None:
            self.summary.setText(esc(self.tr("No data yet: refresh to load your positions and the market.")))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------------------

    @property
    def privacy(self) -> bool:
        return bool(getattr(self.state, "privacy", False))

    @property
    def shock(self) -> float:
        """The driver shock on the slider (fraction)."""
        return self.slider.value() / 1000.0

    def reload_scenarios(self, select: str | None = None) -> None:
        from core.cascade import ScenarioError, load_scenarios

        current = select or self.preset.currentData()
        try:
            scenarios = load_scenarios(user_scenarios_dir())
        except ScenarioError as exc:
            scenarios = []
            self.preset_note.setText(esc(self.tr("Presets could not be read: {error}").format(error=exc)))
        self._scenarios = {s.id: s for s in scenarios}
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItem(self.tr("Custom (the slider only)"), None)
        for s in scenarios:
            self.preset.addItem(i18n.core_text("Scenario", s.name) if s.builtin
                                else self.tr("{name}  (yours)").format(name=s.name), s.id)
            self.preset.setItemData(self.preset.count() - 1, plain_tooltip(
                s.description + "\n\n" + self.tr("Source: {source}").format(source=s.source)),
                                    Qt.ItemDataRole.ToolTipRole)
        self.preset.blockSignals(False)
        if current is not None and current in self._scenarios:
            self.preset.setCurrentIndex(self.preset.findData(current))

    def on_analysis(self, analysis) -> None:
        self.on_snapshot(analysis.snapshot)

    def on_snapshot(self, snap) -> None:
        enabled = snap is not None
        for w in (self.preset, self.save_button, self.depth_box, self.oi, self.symbol, self.slider):
            w.setEnabled(enabled)
        if enabled:
            self._renderer.request()  # a hidden simulator computes and draws when it is next shown
        else:
            self.summary.setText(esc(self.tr("No data yet: refresh to load your positions and the market.")))

    def recompute(self) -> None:
        """Compute the whole grid for the current snapshot and controls, off the GUI thread when possible."""
        snap = self.state.snapshot
        if snap is None:
            return
        self._recompute_timer.stop()
        self._generation += 1
        args = (snap, self.depth_box.value(), self.oi.value(), self.scenario)
        bridge = getattr(self.state, "bridge", None)
        if bridge is None:
            try:
                self._on_grid((self._generation, compute_simulation(*args)))
            except ValueError as exc:
                self._on_grid_failed(exc)
            return
        self.summary.setText(esc(self.tr("Computing the cascade…")))
        bridge.call(_compute(self._generation, args), self._on_grid, self._on_grid_failed)

    def _on_grid(self, tagged) -> None:
        generation, sim = tagged
        if generation != self._generation:  # the controls changed since: a newer grid is on its way
            return
        self.sim = sim
        self.driver_label.setText(self.tr("{driver} shock").format(driver=sim.driver))
        wanted = self.symbol.currentText() or sim.driver
        self.symbol.blockSignals(True)
        self.symbol.clear()
        self.symbol.addItems(list(sim.result.symbols))
        self.symbol.setCurrentText(wanted if wanted in sim.result.symbols else sim.driver)
        self.symbol.blockSignals(False)
        self.equity_chart.set_simulation(sim, self.privacy)
        self._draw_symbol()
        self._apply_shock()
        self.grid_ready.emit(sim)

    def _on_grid_failed(self, exc: BaseException) -> None:
        self.sim = None  # never leave the previous snapshot's figures on screen as if they were current
        self.market_model.set_rows([])
        self.position_model.set_rows([])
        for curve in (self.equity_chart.with_curve, self.equity_chart.without_curve):
            curve.setData([], [])
        message = self.tr("The simulation could not run: {error}").format(error=exc)
        self.summary.setText(esc(message))
        self.grid_failed.emit(message)

    # --- controls ---------------------------------------------------------------------------------------

    def _on_preset(self, _index: int) -> None:
        sid = self.preset.currentData()
        self.scenario = self._scenarios.get(sid) if sid else None
        s = self.scenario
        for spin, value in ((self.depth_box, s.depth_factor if s else None), (self.oi, s.oi_multiplier if s else None)):
            spin.blockSignals(True)
            spin.setValue(value or 1.0)
            spin.blockSignals(False)
        if s is None:
            self.preset_note.setText("")
            self.preset_note.setToolTip("")
        else:
            driver = self.sim.driver if self.sim else "BTC"
            marks = {n: float(p) for n, p in zip(self.sim.result.symbols, self.sim.result.mark_price)} \
                if self.sim else {}
            shock = s.explicit_shocks(tuple(marks) or (driver,), marks).get(driver, s.shocks.get(driver, 0.0))
            self.slider.setValue(int(round(max(min(shock, 0.5), -0.5) * 1000)))
            self.preset_note.setText(f"<b>{esc(i18n.core_text('Scenario', s.name))}</b>: {esc(s.description)}")
            self.preset_note.setToolTip(plain_tooltip(self.tr("Source: {source}").format(source=s.source)))
        self.recompute()

    def _on_symbol(self, _text: str) -> None:
        if self.sim is not None:
            self._draw_symbol()
            self._apply_shock()

    def _on_slider(self, value: int) -> None:
        self.shock_label.setText(fmt.pct(value / 10, signed=True, decimals=1))
        if not self._syncing:
            self._syncing = True
            self.equity_chart.shock_line.setValue(value / 10)
            self._syncing = False
        self._apply_shock()

    def _on_line(self, line) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.slider.setValue(int(round(line.value() * 10)))
        self._syncing = False
        line.setValue(self.slider.value() / 10)  # snap to the grid

    def _on_privacy(self, hidden: bool) -> None:
        for chart in (self.equity_chart, self.ladder_chart, self.depth_chart):
            chart.set_privacy(hidden)
        if self.sim is not None:
            self.equity_chart.set_simulation(self.sim, hidden)
            self._apply_shock()

    def _restyle(self, palette) -> None:
        for chart in (self.equity_chart, self.ladder_chart, self.depth_chart):
            chart.restyle(palette)

    # --- drawing ----------------------------------------------------------------------------------------

    def _draw_symbol(self) -> None:
        name = self.symbol.currentText()
        if self.sim is None or name not in self.sim.result.symbols:
            return
        self.ladder_chart.set_symbol(self.sim, name)
        self.depth_chart.set_symbol(self.sim, name)

    def _apply_shock(self) -> None:
        """Index the precomputed grid at the slider's shock: no engine call here."""
        sim = self.sim
        if sim is None:
            return
        k = sim.index_of(self.shock)
        r = sim.result
        name = self.symbol.currentText()
        if name in r.symbols:
            i = r.symbols.index(name)
            self.ladder_chart.set_after_price(float(r.final_price[i, k]))
            self.depth_chart.set_impact(abs(float(r.final_move[i, k] - r.exogenous_move[i, k])))
        hidden = self.privacy
        headers, rows = market_rows(sim, k, hidden)
        self.market_model.set_rows(rows, headers=headers)
        _fit_height(self.market_table)
        self.position_model.set_rows(position_rows(sim, k))
        self.summary.setText(summary_text(sim, k, hidden))

    # --- saving -----------------------------------------------------------------------------------------

    def current_scenario(self, name: str):
        """The current controls as a user ``Scenario`` (the driver at the slider, the preset's other shocks)."""
        return scenario_from_controls(name, self.sim.driver if self.sim else "BTC", self.shock,
                                      self.sim.explicit if self.sim else {}, self.scenario,
                                      self.depth_box.value(), self.oi.value())

    def save_current_scenario(self, name: str) -> Path:
        """Save the current controls to the user's scenario folder and select it; raises ``ScenarioError``."""
        from core.cascade import save_scenario

        scenario = self.current_scenario(name)
        if scenario.id in self._scenarios and self._scenarios[scenario.id].builtin:
            scenario = replace(scenario, id=f"{scenario.id[:59]}-mine")
        path = save_scenario(scenario, user_scenarios_dir())
        self.reload_scenarios(select=scenario.id)
        return path

    def _ask_save(self) -> None:
        from core.cascade import ScenarioError

        name, ok = QInputDialog.getText(self, self.tr("Save scenario"), self.tr("Name of your scenario:"),
                                        text=f"{self.sim.driver if self.sim else 'BTC'} {self.shock * 100:+.1f} %")
        if not ok or not name.strip():
            return
        try:
            path = self.save_current_scenario(name)
        except (ScenarioError, OSError) as exc:
            warn(self, self.tr("Save scenario"), self.tr("The scenario was not saved: {error}").format(error=exc))
            return
        self.preset_note.setText(esc(self.tr("Saved as {file} in your scenario folder.").format(file=path.name)))


def _fit_height(table: QTableView) -> None:
    """No empty space under a short table: exactly its rows."""
    rows = table.model().rowCount()
    header = table.horizontalHeader()
    height = max(header.height(), header.sizeHint().height()) + sum(table.rowHeight(i) for i in range(rows))
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


async def _compute(generation: int, args: tuple):
    """The pure grid computation in a worker thread, tagged with the request it answers."""
    return generation, await asyncio.to_thread(compute_simulation, *args)
