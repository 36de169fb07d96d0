"""The what-if simulator: shock the market, watch the liquidation cascade, see what happens to you.

The whole grid of driver shocks (-50 % .. +50 %, step 0.1 %) is computed once per snapshot / depth factor /
open-interest multiplier / preset, off the GUI thread (``simulator_work``), then its uncertainty band; the shock
slider and the draggable line on the equity chart only index into it, so moving them never waits for the engine.
A move of the slider updates, once per frame, the cells that changed and two lines on the charts; the privacy
toggle re-renders the texts without redrawing the curves.
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from core.cascade.grid import SHOCK_LIMIT_PERMILLE, Simulation
from core.cascade.scenarios import Scenario, description, effect, user_scenarios_dir
from desktop import format as fmt
from desktop import i18n
from desktop.charts.cascade_charts import DepthChart, EquityChart, LadderChart
from desktop.charts.cascade_grid import (
    POSITION_HEADERS,
    Book,
    book_rows,
    market_rows,
    summary_text,
    usd_text,
)
from desktop.format import html_text as esc
from desktop.format import plain_tooltip
from desktop.models.results_model import ResultsModel, fit_columns, results_table
from desktop.theme import chart_palette, theme
from desktop.views import simulator_parts as parts
from desktop.views import simulator_work as work
from desktop.views.simulator_parts import FixedText, build_layout, fit_height, marks
from desktop.widgets import RenderWhenShown, plain_labels, rich_label, warn

log = logging.getLogger(__name__)
FRAME_S = 0.016  # one frame at 60 Hz


class SimulatorView(QWidget):
    """What-if: a shock slider, presets, equity curves with and without the cascade (and its band), the ladder
    and the depth; the user's accounts and positions and the market at the shock."""

    title = "What-if"
    control_labels: dict[str, QLabel]  # made by ``build_layout``
    driver_label: QLabel
    market_caption: QLabel
    positions_caption: QLabel
    grid_ready = Signal(object)  # the Simulation now shown
    band_ready = Signal(object)  # its Uncertainty (None without a stored calibration)
    grid_failed = Signal(str)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.sim: Simulation | None = None
        self.book = Book()
        self.scenario: Scenario | None = None
        self._grid_book = None  # core.cascade.book.GridBook of self.sim (for the band's step)
        self._card = None  # the dashboard's what-if card (core.daily.ScenarioOutcome)
        self._generation = 0
        self._shown: tuple | None = None  # (grid point, privacy, language) last drawn
        self._renderer = RenderWhenShown(self, self.recompute)
        self._syncing = False

        self.preset = QComboBox()
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(16)
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
        self.shock_label = QLabel()  # a fixed size: its new text at every step moves no layout
        self.shock_label.setFixedSize(self.shock_label.fontMetrics().horizontalAdvance("-50.0 %") + 12,
                                      self.shock_label.sizeHint().height())
        self.preset_note = rich_label(QLabel(wordWrap=True))  # a scenario's name and what it does, escaped
        self.summary = FixedText(5)  # summary_text's markup; messages escaped. Its new text moves no layout

        self.equity_chart = EquityChart()
        self.ladder_chart = LadderChart()
        self.depth_chart = DepthChart()

        self.market_model = ResultsModel([("", "")], self)
        self.market_table, self.market_proxy = results_table(self.market_model, sortable=False)
        self.market_table.horizontalHeader().setStretchLastSection(False)
        self.position_model = ResultsModel(POSITION_HEADERS, self)
        self.position_table, self.position_proxy = results_table(self.position_model, sortable=False)
        self.position_table.horizontalHeader().setStretchLastSection(False)
        # the names take what the figures leave (there is room for both at 1280×800: no scroll bar, no "…")
        self.position_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self._recompute_timer = QTimer(self, singleShot=True, interval=250)
        self._recompute_timer.timeout.connect(self.recompute)
        # at most one redraw per frame: a step is drawn at once, unless the last one was drawn less than a frame
        # ago (a fast drag, a held key): then the timer draws the latest step when the frame is over
        self._frame_timer = QTimer(self, singleShot=True)
        self._frame_timer.timeout.connect(self._apply_shock)
        self._drawn_at = 0.0
        build_layout(self)
        self._restyle(chart_palette())
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
        if getattr(state, "analysis", None) is not None:
            self._card = state.analysis.summary.scenario
        self.on_snapshot(state.snapshot)

    def retranslate(self) -> None:
        tips = {
            "preset": self.tr("Scenario presets (with their sources) and the scenarios you saved.\nA preset sets the "
                              "shock, its own shocks for other assets, and may thin the order books or swell open "
                              "interest."),
            "depth": self.tr("Depth factor: the order books relative to the calibrated model (1.00× = as fitted on "
                             "the event library; 'undertow shock' prints the same figure).\nLower it to model books "
                             "that vanish in a panic: every forced order then moves the price further."),
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
                                             "with the liquidation cascade, in its shaded range. Markers: where "
                                             "your positions are liquidated."))
        self.ladder_chart.setToolTip(self.tr("Where the market's leveraged positions get liquidated (estimated "
                                             "from open interest): longs below the price, shorts above. Dashed "
                                             "red lines: your liquidation prices."))
        self.depth_chart.setToolTip(self.tr("How much can be sold (bids) or bought (asks) before the price moves "
                                            "this far. A thin book turns the same forced orders into a bigger "
                                            "move."))
        self.shock_label.setText(fmt.pct(self.slider.value() / 10, signed=True, decimals=1))
        self.market_caption.setText("<b>" + esc(self.tr("Market at this shock")) + "</b>")
        self.positions_caption.setText("<b>" + esc(self.tr("Your accounts and positions")) + "</b>")
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
        self._describe_preset()
        self.position_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(POSITION_HEADERS) - 1)
        if self.sim is not None:  # titles, marks and tooltips drawn with the data
            self._draw_simulation()
            self._draw_symbol()
            self._apply_shock(force=True)
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
        self.preset.blockSignals(False)
        self._preset_tooltips()
        if current is not None and current in self._scenarios:
            self.preset.setCurrentIndex(self.preset.findData(current))

    def _marks(self) -> dict[str, float]:
        return marks(self.sim, self.state.snapshot)

    def _preset_tooltips(self) -> None:
        """Each preset's item says what it does at today's prices, its story and its source."""
        marks = self._marks()
        for i in range(1, self.preset.count()):
            s = self._scenarios.get(self.preset.itemData(i))
            if s is None:
                continue
            story = description(s)
            text = work.show(effect(s, marks)) + ("\n\n" + work.show(story) if story else "")
            self.preset.setItemData(i, plain_tooltip(text + "\n\n" + self.tr("Source: {source}").format(
                source=s.source)), Qt.ItemDataRole.ToolTipRole)

    def _describe_preset(self) -> None:
        s = self.scenario
        if s is None:
            self.preset_note.setText(esc(self._card_note()))
            self.preset_note.setToolTip("")
            return
        name = i18n.core_text("Scenario", s.name) if s.builtin else s.name
        self.preset_note.setText(f"<b>{esc(name)}</b>: {esc(work.show(effect(s, self._marks())))}")
        story = description(s)
        self.preset_note.setToolTip(plain_tooltip((work.show(story) + "\n\n" if story else "")
                                                  + self.tr("Source: {source}").format(source=s.source)))

    def on_analysis(self, analysis) -> None:
        summary = getattr(analysis, "summary", None)
        self._card = getattr(summary, "scenario", None)
        self._describe_preset()
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
                self._on_grid((self._generation, *work.compute_grid(*args)))
            except ValueError as exc:
                self._on_grid_failed(exc)
            return
        self.summary.setText(esc(self.tr("Computing the cascade…")))
        # started once this frame is painted: a worker that holds the GIL would slow the first paint of the view
        generation = self._generation
        session = getattr(self.state, "session", None)
        QTimer.singleShot(0, self, lambda: bridge.call(work.grid_job(generation, args, session), self._on_grid,
                                                       self._on_grid_failed))

    def _on_grid(self, tagged) -> None:
        generation, sim, grid = tagged
        # the controls changed since (a newer grid is on its way), or the view is gone
        if generation != self._generation or not shiboken6.isValid(self.equity_chart):
            return
        snap = self.state.snapshot
        self.sim, self._grid_book = sim, grid
        self.book = work.book_of(snap, grid) if snap is not None else Book()
        self.driver_label.setText(self.tr("{driver} shock").format(driver=sim.driver))
        wanted = self.symbol.currentText() or sim.driver
        self.symbol.blockSignals(True)
        self.symbol.clear()
        self.symbol.addItems(list(sim.result.symbols))
        self.symbol.setCurrentText(wanted if wanted in sim.result.symbols else sim.driver)
        self.symbol.blockSignals(False)
        self._describe_preset()
        self._preset_tooltips()
        self._draw_simulation()
        self._draw_symbol()
        self._apply_shock(force=True)
        self.grid_ready.emit(sim)
        bridge = getattr(self.state, "bridge", None)
        if snap is None:
            return
        if bridge is None:
            self._on_band((generation, *work.grid_uncertainty(snap, sim, self.scenario, grid)))
        else:
            scenario = self.scenario  # after the curves' frame, as above
            QTimer.singleShot(0, self, lambda: bridge.call(work.band_job(generation, snap, sim, scenario, grid),
                                                           self._on_band, self._on_band_failed))

    def _on_band(self, tagged) -> None:
        generation, unc, dies_at = tagged
        if generation != self._generation or self.sim is None or not shiboken6.isValid(self.equity_chart):
            return
        self.book = work.with_band(self.book, unc, dies_at)
        if unc is not None:
            self.equity_chart.set_band(unc.equity_low_usd, unc.equity_high_usd, self.sim.shocks)
        self._apply_shock(force=True)
        self.band_ready.emit(unc)

    def _on_band_failed(self, exc: BaseException) -> None:
        log.warning("the what-if's uncertainty band could not be computed: %s", exc)  # the central answer stands

    def _on_grid_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.equity_chart):
            return
        self.sim = None  # never leave the previous snapshot's figures on screen as if they were current
        self.book = Book()
        self._shown = None
        self.market_model.set_rows([])
        self.position_model.set_rows([])
        for curve in (self.equity_chart.with_curve, self.equity_chart.without_curve):
            curve.setData([], [])
        self.equity_chart.set_band(None, None)
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
        if s is not None:
            marks = self._marks()
            driver = self.sim.driver if self.sim else "BTC"
            shock = s.explicit_shocks(tuple(marks) or (driver,), marks).get(driver, s.shocks.get(driver, 0.0))
            self.slider.setValue(int(round(max(min(shock, 0.5), -0.5) * 1000)))
        self._describe_preset()
        self.recompute()

    def _on_symbol(self, _text: str) -> None:
        if self.sim is not None:
            self._draw_symbol()
            self._apply_shock(force=True)

    def _on_slider(self, value: int) -> None:
        self.shock_label.setText(fmt.pct(value / 10, signed=True, decimals=1))
        if not self._syncing:
            self._syncing = True
            self.equity_chart.shock_line.setValue(value / 10)
            self._syncing = False
        wait = FRAME_S - (time.perf_counter() - self._drawn_at)
        if wait <= 0:
            self._apply_shock()
        elif not self._frame_timer.isActive():
            self._frame_timer.start(max(1, int(wait * 1000)))

    def _on_line(self, line) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.slider.setValue(int(round(line.value() * 10)))
        self._syncing = False
        line.setValue(self.slider.value() / 10)  # snap to the grid

    def _on_privacy(self, hidden: bool) -> None:
        """Amounts hidden or shown: axis values and texts only; the curves stay as they are."""
        for chart in (self.equity_chart, self.ladder_chart, self.depth_chart):
            chart.set_privacy(hidden)
        if self.scenario is None and self._card is not None:
            self.preset_note.setText(esc(self._card_note()))
        self._apply_shock()

    def _restyle(self, palette) -> None:
        for chart in (self.equity_chart, self.ladder_chart, self.depth_chart):
            chart.restyle(palette)
        tones = {"danger": QColor(palette.danger), "long": QColor(palette.long), "short": QColor(palette.short)}
        self.market_model.set_tones(tones)
        self.position_model.set_tones(tones)

    def flush(self) -> None:
        """Apply a pending slider move now (tests; a person sees it on the next frame anyway)."""
        if self._frame_timer.isActive():
            self._frame_timer.stop()
            self._apply_shock()

    # --- drawing ----------------------------------------------------------------------------------------

    _draw_simulation = parts.draw_simulation
    _draw_symbol = parts.draw_symbol

    def _apply_shock(self, force: bool = False) -> None:
        """Index the precomputed grid at the slider's shock: no engine call here, and only what changed."""
        self._frame_timer.stop()
        sim = self.sim
        if sim is None:
            return
        self._drawn_at = time.perf_counter()
        k = sim.index_of(self.shock)
        hidden = self.privacy
        key = (k, hidden, self.symbol.currentText())
        if key == self._shown and not force:
            return
        self._shown = key
        r = sim.result
        name = self.symbol.currentText()
        if name in r.symbols:
            i = r.symbols.index(name)
            self.ladder_chart.set_after_price(float(r.mark_price[i] * (1.0 + r.final_move[i, k])))
            self.depth_chart.set_impact(abs(float(r.final_move[i, k] - r.exogenous_move[i, k])))
        unc = self.book.uncertainty
        headers, rows = market_rows(sim, k, hidden, unc)
        if self.market_model.set_rows(rows, headers=headers):
            fit_height(self.market_table)
        rows, groups = book_rows(sim, self.book, k, hidden)
        self.position_model.set_rows(rows, group_rows=groups)
        fit_columns(self.market_table, self.market_model)
        fit_columns(self.position_table, self.position_model)
        text = summary_text(sim, k, hidden, unc)
        if text != self.summary.text():
            self.summary.setText(text)

    def _card_note(self) -> str:
        """Why the Dashboard's what-if card shows another figure than the slider at the same shock: the card is
        one preset (the same function gives the same figure when that preset is chosen here)."""
        card = self._card
        if card is None or getattr(card, "error", None):
            return ""
        s = self._scenarios.get(card.scenario_id)
        what = work.show(effect(s, self._marks())) if s is not None else card.name
        return self.tr("Custom: {driver} moves alone, other assets follow by their betas. The Dashboard's what-if "
                       "card is the preset “{name}” ({what}): at {shock} it shows {equity} with the cascade; choose "
                       "that preset above for the same figures.").format(
            driver=self.sim.driver if self.sim else "BTC", name=i18n.core_text("Scenario", card.name), what=what,
            shock=fmt.pct(card.driver_shock * 100, signed=True, decimals=1),
            equity=usd_text(card.equity_with_cascade_usd, self.privacy))

    # --- saving -----------------------------------------------------------------------------------------

    current_scenario = parts.current_scenario  # the controls as a user Scenario
    save_current_scenario = parts.save_current_scenario  # ... saved and selected

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
