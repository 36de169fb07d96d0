"""Pieces of the What-if view that hold no texts of their own: the summary box, the layout, drawing a new grid,
saving the controls as a scenario (methods of ``SimulatorView``, kept here to keep the view readable).

``FixedText`` shows rich text in a box of fixed height whose new text never re-lays out the window around it:
a word-wrapped ``QLabel`` asks its parents for a new layout at every ``setText`` (its height depends on its text),
which at every step of the slider re-measured and repainted the whole view.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class FixedText(QTextBrowser):
    """Read-only rich text, ``lines`` lines high, selectable, without a frame or scroll bars; ``setText`` /
    ``text`` as on a ``QLabel`` (``text`` is the markup last set). Every outside part must be escaped."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.viewport().setAutoFillBackground(False)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.document().setDocumentMargin(1)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 4)

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        if text != self._text:
            self._text = text
            self.setHtml(text)

    def text(self) -> str:
        return self._text


class SteadyLabel(QWidget):
    """Holds a word-wrapped ``label`` (its text changes, its size follows it) that asks the window for a new layout
    only when its height at the current width changes: a ``QLabel`` asks at every ``setText``, and the window's
    layout then re-measures every view up to the top (the privacy toggle re-sets the note with an amount masked)."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.label.heightForWidth(width)

    def _height_changed(self) -> bool:
        return self.label.heightForWidth(self.width()) != self.height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.label.setGeometry(self.rect())
        if self._height_changed():  # a new width: the layout's remembered height for it may be of an older text
            self.updateGeometry()
        super().resizeEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's new text (a child without a layout asks so)
            if self._height_changed():
                self.updateGeometry()
            return True
        return super().event(event)


def build_layout(view) -> None:
    """The What-if's layout: controls, the shock slider, the preset's note; charts on the left (equity over the
    ladder and the depth), the summary and the tables on the right. Sized for a 1280×800 window."""
    top = QHBoxLayout()
    view.control_labels = {}
    for key, widget, stretch in (("preset", view.preset, 1), (None, view.save_button, 0),
                                 ("depth", view.depth_box, 0), ("oi", view.oi, 0), ("symbol", view.symbol, 0)):
        if key:
            lab = view.control_labels[key] = QLabel()
            top.addWidget(lab)
        top.addWidget(widget, stretch)
    shock_row = QHBoxLayout()
    view.driver_label = QLabel()
    shock_row.addWidget(view.driver_label)
    shock_row.addWidget(view.slider, 1)
    shock_row.addWidget(view.shock_label)
    lower = QSplitter(Qt.Orientation.Horizontal)
    lower.addWidget(view.ladder_chart)
    lower.addWidget(view.depth_chart)
    charts = QSplitter(Qt.Orientation.Vertical)
    charts.addWidget(view.equity_chart)
    charts.addWidget(lower)
    charts.setSizes([400, 300])
    right = QWidget()
    rl = QVBoxLayout(right)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.setSpacing(3)
    rl.addWidget(view.summary)
    view.market_caption, view.positions_caption = QLabel(), QLabel()
    for caption in (view.market_caption, view.positions_caption):
        caption.setTextFormat(Qt.TextFormat.RichText)
    rl.addWidget(view.positions_caption)
    rl.addWidget(view.position_table, 1)
    rl.addWidget(view.market_caption)
    rl.addWidget(view.market_table)
    body = QSplitter(Qt.Orientation.Horizontal)
    body.addWidget(charts)
    body.addWidget(right)
    body.setStretchFactor(0, 1)
    body.setStretchFactor(1, 1)
    body.setSizes([620, 475])
    view.body = body
    layout = QVBoxLayout(view)
    layout.addLayout(top)
    layout.addLayout(shock_row)
    layout.addWidget(SteadyLabel(view.preset_note))
    layout.addWidget(body, 1)


def fit_height(table: QTableView) -> None:
    """No empty space under a short table: exactly its rows (and the scroll bar when the columns overflow)."""
    rows = table.model().rowCount()
    header = table.horizontalHeader()
    height = max(header.height(), header.sizeHint().height()) + sum(table.rowHeight(i) for i in range(rows))
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2 + scroll)


def marks(sim, snapshot) -> dict[str, float]:
    """The current marks (USD per base asset): the model's when a grid is shown, else the snapshot's."""
    if sim is not None:
        return {n: float(p) for n, p in zip(sim.result.symbols, sim.result.mark_price)}
    if snapshot is None:
        return {}
    return {m.base.upper(): m.mark_price for m in snapshot.markets if m.mark_price}


def draw_simulation(view) -> None:
    """Curves, markers (named by the user's accounts) and, once known, the band of the view's grid."""
    from desktop.views import simulator_work as work

    sim, book = view.sim, view.book
    if sim is None:
        return
    snap = view.state.snapshot
    accounts = work.names(snap)[2] if snap is not None else ()
    view.equity_chart.set_simulation(sim, tuple(f"{n} · {a}" for n, a in zip(book.names, accounts)), book.names)
    unc = book.uncertainty
    if unc is not None:
        view.equity_chart.set_band(unc.equity_low_usd, unc.equity_high_usd, sim.shocks)


def draw_symbol(view) -> None:
    """The chosen symbol's ladder (with the user's liquidation prices, by account) and book depth."""
    from desktop.views import simulator_work as work

    name = view.symbol.currentText()
    if view.sim is None or name not in view.sim.result.symbols:
        return
    snap = view.state.snapshot
    view.ladder_chart.set_symbol(view.sim, name, work.names(snap)[2] if snap is not None else ())
    view.depth_chart.set_symbol(view.sim, name, view.depth_box.value())


def current_scenario(view, name: str):
    """The current controls as a user ``Scenario`` (the driver at the slider, the preset's other shocks)."""
    from core.cascade.grid import scenario_from_controls

    sim = view.sim
    return scenario_from_controls(name, sim.driver if sim else "BTC", view.shock, sim.explicit if sim else {},
                                  view.scenario, view.depth_box.value(), view.oi.value())


def save_current_scenario(view, name: str) -> Path:
    """Save the current controls to the user's scenario folder and select it; raises ``ScenarioError``."""
    from core.cascade import save_scenario
    from core.cascade.scenarios import user_scenarios_dir

    scenario = current_scenario(view, name)
    if scenario.id in view._scenarios and view._scenarios[scenario.id].builtin:
        scenario = replace(scenario, id=f"{scenario.id[:59]}-mine")
    path = save_scenario(scenario, user_scenarios_dir())
    view.reload_scenarios(select=scenario.id)
    return path
