"""History: net worth, exposure and self-custody share over time, and any past snapshot's positions and balances.

Everything the view reads comes from a worker thread of its own (``HistoryWorker``), never from the runtime's
loop, which the sync needs: the points of the chosen time window, thinned in SQL to about a screen's width of
points, their figures read from the store's cache (``core.history.load_window``), the changes to the
snapshot list since the last read (``core.history.heads_delta``), applied as row inserts and removals, and the
snapshot picked in the list (ahead of any queued chart load). A load
in progress is cancelled between chunks when the app quits (the worker is a daemon thread: quitting never waits
for it).

The charts (``desktop.charts.history_charts``) give way to an empty state when there is nothing to draw: no
snapshot yet (and what to do), or none in the chosen time range.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import PortfolioSnapshot
from core.money import series_currency
from desktop import widgets
from desktop.charts.history_charts import MAX_DOTS, RANGES, USD_SERIES, HistoryCharts
from desktop.models.history_models import (
    SnapshotBalancesModel,
    SnapshotListModel,
    SnapshotPositionsModel,
)
from desktop.theme import chart_palette
from desktop.views import history_parts
from desktop.views.history_parts import HistoryWorker, SnapshotPicker, snapshot_table
from desktop.widgets import FollowAnalysis, follow_privacy, is_theme_change

log = logging.getLogger(__name__)

__all__ = ["MAX_DOTS", "MAX_POINTS", "RANGES", "USD_SERIES", "HistoryView", "HistoryWorker", "SnapshotPicker"]

#: Points drawn for one window at most: about a wide screen's width; a longer window is thinned in SQL.
MAX_POINTS = 1500


def _timestamp(when: datetime) -> float:
    return when.timestamp()


class HistoryView(QWidget):
    title = "History"
    open_view = Signal(str)  # title of a view to show (the empty state's next step)
    history_loaded = Signal()  # the chart holds every stored snapshot of the mode
    snapshot_picked = Signal(object)  # the PortfolioSnapshot shown in the tables

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.points: list = []  # HistoryPoint, oldest first
        self.picked: tuple[int, PortfolioSnapshot] | None = None
        self._reload_after = False
        self.loading = False  # True from a reload until its points are drawn
        self.window_total = 0  # snapshots stored in the drawn window (more than len(points) when thinned)
        self._job: int | None = None  # the chart load in flight
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._cancel = threading.Event()
        self.worker = HistoryWorker(self)
        self.worker.finished.connect(self._on_worker_done, Qt.ConnectionType.QueuedConnection)
        worker, cancel = self.worker, self._cancel

        def stop_worker(*_args: object) -> None:  # a plain function: the view is gone when it runs
            cancel.set()
            worker.wait_idle(2.0)  # a read in progress ends (at its next chunk) before whoever closes the store
            worker.stop()

        def on_quit() -> None:  # the session closes the store next: let a read in progress stop first
            cancel.set()  # (a load stops at its next chunk: a fraction of a second at most)
            worker.wait_idle(2.0)

        self.destroyed.connect(stop_worker)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(on_quit)
        self.charts = HistoryCharts()
        self.range_box = self.charts.range_box
        self.range_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.charts.point_clicked.connect(self._on_point_clicked)
        # the charts' parts, by the names the view has always offered
        charts = self.charts
        self.usd_axis, self.usd_plot, self.share_plot = charts.usd_axis, charts.usd_plot, charts.share_plot
        self.curves, self.share_curve, self.markers = charts.curves, charts.share_curve, charts.markers
        self.legend_labels = charts.legend_labels
        self._currency_missing: str | None = None  # the chosen currency some snapshot has no rate for
        self._read_once = False  # until the first read lands, nothing is known to be missing
        self._shown = False  # shown once: see prepare_hidden
        self._prepared = False
        self.chart_note = QLabel()

        self.snapshot_list = SnapshotListModel(self)
        self.picker = SnapshotPicker(self.snapshot_list)
        self._picking: int | None = None
        self._shown_in = ""  # the display currency the tables were last filled in
        self.picker.selectionModel().currentChanged.connect(self._on_pick)
        self.positions_model = SnapshotPositionsModel(self)
        self.balances_model = SnapshotBalancesModel(self)
        self.positions_table = snapshot_table(self.positions_model)
        self.balances_table = snapshot_table(self.balances_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.positions_table, "")
        self.tabs.addTab(self.balances_table, "")
        self.picked_label = QLabel()

        self.csv_button = QPushButton()
        self.json_button = QPushButton()
        self.png_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.export_snapshot("csv"))
        self.json_button.clicked.connect(lambda: self.export_snapshot("json"))
        self.png_button.clicked.connect(lambda: self.save_chart_png())
        self.status = QLabel()
        self.status.setWordWrap(True)

        self._layout()
        self.retranslate()
        self.apply_theme(chart_palette())
        self.apply_privacy(getattr(state, "privacy", False))
        if hasattr(state, "privacy_changed"):
            self._privacy = follow_privacy(self, state, self.apply_privacy)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        self.reload()

    def retranslate(self) -> None:
        self.usd_plot.setToolTip(self.tr("Net worth, exchange equity and self-custody over time, with your gross "
                                         "and net exposure (position sizes at mark). Click a point to open that "
                                         "snapshot below."))
        self.share_plot.setToolTip(self.tr("Self-custody share: the part of your long-term holdings that sits in "
                                           "your own wallets, not on an exchange. Exchanges are not vaults: this "
                                           "line should go up."))
        self.share_plot.setLabel("left", self.tr("Self-custody %"))
        for key, _name, _colour, tip in USD_SERIES:
            self.legend_labels[key].setToolTip(self.tr(tip))
        self.picker.setToolTip(self.tr("Stored snapshots, newest first: pick one to see its positions and balances"))
        for i, (label, _days) in enumerate(RANGES):
            self.range_box.setItemText(i, self.tr(label))
        self.range_box.setToolTip(self.tr("The time range of the charts. A long range is drawn from one snapshot "
                                          "per time step; a shorter one shows every snapshot in it."))
        self.tabs.setTabText(0, self.tr("Positions"))
        self.tabs.setTabText(1, self.tr("Balances and holdings"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Positions, balances and holdings of the picked snapshot in one CSV "
                                           "file (a 'section' column tells them apart; exact numbers)"))
        self.json_button.setText(self.tr("Export JSON…"))
        self.json_button.setToolTip(self.tr("The whole picked snapshot as JSON, numbers as exact decimal text"))
        self.png_button.setText(self.tr("Save chart as PNG…"))
        self.png_button.setToolTip(self.tr("The charts as you see them (in privacy mode without the amount "
                                           "scale)"))
        self.positions_model.retranslate()
        self.balances_model.retranslate()
        if hasattr(self, "_palette"):
            self.apply_theme(self._palette)
            self.apply_privacy(getattr(self.state, "privacy", False))
        self._draw_note()
        self._show_label()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_theme_change(event) and hasattr(self, "_palette"):
            self.apply_theme(chart_palette())  # pens, dots and the legend's colours follow the theme
        super().changeEvent(event)

    # --- layout -----------------------------------------------------------------------------------------

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.picked_label, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.png_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)
        bottom = self.bottom = QSplitter()
        bottom.addWidget(self.picker)
        bottom.addWidget(right)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([190, 900])
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.charts, 1)
        top_layout.addWidget(self.chart_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # --- theme and privacy --------------------------------------------------------------------------------

    def apply_theme(self, palette) -> None:
        self._palette = palette
        self.charts.apply_theme(palette, {key: self.tr(name) for key, name, _, _ in USD_SERIES})

    def apply_privacy(self, hidden: bool) -> None:
        """Hide every amount: table cells and the USD scale (the lines keep their shape)."""
        self.positions_model.set_privacy(hidden)
        self.balances_model.set_privacy(hidden)
        code = self.usd_axis.currency.code
        self.charts.show_amounts(not hidden, self.tr("{currency} (hidden)").format(currency=code) if hidden else code)

    # --- data ---------------------------------------------------------------------------------------------

    def window_bounds(self) -> tuple[datetime | None, datetime | None]:
        """The chosen time window: (start, end), None = open."""
        days = self.range_box.currentData()
        if days is None:
            return None, None
        return self.state.now() - timedelta(days=days), None

    def reload(self) -> None:
        """Read the chosen window's points and the snapshot list's changes, in the view's worker thread."""
        if self.loading:
            self._reload_after = True
            return
        self.loading = True
        session = self.state.session
        store, demo = session.store, bool(session.demo)
        known = self.snapshot_list.ids
        start, end = self.window_bounds()
        cancelled = self._cancel.is_set

        def job() -> tuple[Any, Any]:
            from core.history import heads_delta, load_window

            if store.closed or cancelled():
                return None, None
            delta = heads_delta(store.read(), demo, known)
            return delta, load_window(store, demo, start, end, MAX_POINTS, cancelled)

        self._job = self._submit(job, self._on_loaded, self._on_load_failed)

    def _submit(self, job: Callable[[], Any], on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None], priority: int = 1) -> int:
        number = self.worker.submit(job, priority)
        self._callbacks[number] = (on_done, on_error)
        return number

    def _on_worker_done(self, number: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is None:
            return
        if number == self._job:
            self._job = None
        on_done, on_error = callbacks
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    def _on_loaded(self, result) -> None:
        delta, window = result
        if window is None:  # cancelled: the app is quitting
            self.loading = False
            return
        self.points = list(window.points)
        self.window_total = window.total
        self._read_once = True
        self._apply_heads(delta)
        self._draw()
        self._finish_load()
        self.prepare_hidden()

    def prepare_hidden(self) -> None:
        """Built ahead of a visit (``desktop.widgets.lazy_pages``): lay out and paint the view off screen once its
        first read is drawn, so the visit only repaints (laid out before it, with no list yet, the splitter and
        the charts would be laid out again at the visit). Once: a later read redraws the charts alone."""
        if self._read_once and not (self.loading or self._prepared or self._shown):
            self._prepared = widgets.prepare_hidden(self)

    def _on_load_failed(self, exc: BaseException) -> None:
        if self.state.session.store.closed:  # quitting: the store closed under the read
            self.loading = False
            return
        log.warning("history could not be loaded: %s", exc)
        self.status.setText(self.tr("The history could not be read: {error}").format(error=exc))
        if not self.points:
            self.charts.show_empty(self.tr("The history could not be read"), str(exc),
                                   [(self.tr("Try again"), self.reload)])
        self._finish_load()

    def _finish_load(self) -> None:
        self.loading = False
        if self._reload_after:  # a sync landed while loading: read what it added
            self._reload_after = False
            self.reload()
            return
        self.history_loaded.emit()

    def _draw(self) -> None:
        xs = [_timestamp(p.taken_at) for p in self.points]
        currency, rates, self._currency_missing = series_currency(self.points, self.state.settings.quote_currency)
        if currency != self.usd_axis.currency:
            self.usd_axis.currency = currency
            self.usd_axis.picture = None  # redraw the tick labels in the new currency
            self.apply_privacy(getattr(self.state, "privacy", False))
        series = {key: [getattr(p, key) / rate for p, rate in zip(self.points, rates)] for key in self.curves}
        shares = [(x, p.self_custody_share * 100.0) for x, p in zip(xs, self.points)
                  if p.self_custody_share is not None]
        self.charts.draw(xs, series, [s[0] for s in shares], [s[1] for s in shares])
        self._draw_note()
        self._move_markers()

    def _draw_note(self) -> None:
        n = len(self.points)
        stored = self.snapshot_list.rowCount() > 0
        self.bottom.setVisible(stored)  # no snapshot: no list and no tables to pick from either
        self.chart_note.setVisible(n > 0)  # with nothing drawn, the empty state says it
        if n == 0:
            self._show_empty(stored)
            return
        self.charts.show_plots()
        text = (self.tr("1 snapshot from {first} to {last} UTC") if n == 1 else
                self.tr("{n} snapshots from {first} to {last} UTC")).format(
            n=n, first=f"{self.points[0].taken_at:%Y-%m-%d}", last=f"{self.points[-1].taken_at:%Y-%m-%d %H:%M}")
        if n == 1:
            text += " · " + self.tr("the line appears from the second snapshot on")
        if self.window_total > n:
            text += " · " + self.tr("drawn from one snapshot per time step of {total} stored; a shorter range "
                                    "shows every one").format(total=self.window_total)
        if self._currency_missing:
            text += " · " + self.tr("{currency} rate unavailable for some snapshots, amounts shown in USD").format(
                currency=self._currency_missing)
        self.chart_note.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._shown = True
        if self.charts.is_empty:  # an account may have been added meanwhile: the next step changes
            self._draw_note()

    def _show_empty(self, stored: bool) -> None:
        history_parts.show_empty(self, stored)

    def _apply_heads(self, delta) -> None:
        """Apply the snapshot list's changes (new ones on top, deleted ones out), then keep the picked snapshot, or
        follow the newest when the newest was picked."""
        keep = self.picked[0] if self.picked else None
        follow_newest = keep is None or self.picker.currentRow() <= 0
        selection = self.picker.selectionModel()
        selection.blockSignals(True)
        try:
            if delta.full:
                self.snapshot_list.reset(delta.added)
            else:
                self.snapshot_list.remove(delta.removed)
                self.snapshot_list.add(delta.added)
        finally:
            selection.blockSignals(False)
        newest = self.snapshot_list.snapshot_id(0)
        target = newest if follow_newest or self.snapshot_list.row_of(keep) is None else keep
        self.pick(target)

    def pick(self, snapshot_id: int | None) -> None:
        """Show one stored snapshot in the tables (and mark it on the chart)."""
        row = self.snapshot_list.row_of(snapshot_id)
        if row is not None:
            self.picker.setCurrentRow(row)  # -> _on_pick
            if self.picked is None or self.picked[0] != snapshot_id:
                self._on_pick(self.picker.item(row), None)
            return
        self._show(None, None)

    def _on_pick(self, index, _previous) -> None:
        sid = self.snapshot_list.snapshot_id(index.row()) if index is not None and index.isValid() else None
        if sid is None:
            return
        if (self.picked is not None and self.picked[0] == sid) or self._picking == sid:
            return
        current = self.state.analysis
        if current is not None and current.snapshot_id == sid:  # the newest is in memory already
            self._picking = None
            self._show(sid, current.snapshot)
            return
        self._picking = sid
        session = self.state.session
        self._submit(lambda: session.load_snapshot(sid), lambda snap: self._on_picked(sid, snap),
                     lambda exc: self._on_pick_failed(sid, exc), priority=0)

    def _on_picked(self, sid, snap) -> None:
        if self._picking == sid:
            self._picking = None
            try:
                self._show(sid, snap)
            except RuntimeError:  # the view was closed while the snapshot was read
                return

    def _on_pick_failed(self, sid, exc: BaseException) -> None:
        # a damaged row must not take the view down
        self._picking = None
        try:
            if self.state.session.store.closed:  # quitting: the store closed under the read
                return
            log.warning("snapshot %s unreadable: %s", sid, exc)
            self.status.setText(self.tr("Snapshot {id} could not be read: {error}").format(id=sid, error=exc))
        except RuntimeError:  # the view was closed while the snapshot was read
            return

    def _show(self, sid, snap) -> None:
        self.picked = (sid, snap) if snap is not None else None
        self._shown_in = self.state.settings.quote_currency
        self.positions_model.set_snapshot(snap, self._shown_in)
        self.balances_model.set_snapshot(snap, self._shown_in)
        for b in (self.csv_button, self.json_button):
            b.setEnabled(snap is not None)
        self._show_label()
        self._move_markers()
        if snap is not None:
            self.snapshot_picked.emit(snap)

    def _show_label(self) -> None:
        snap = self.picked[1] if self.picked is not None else None
        self.picked_label.setText(self.tr("No snapshot picked") if snap is None else self.tr(
            "Snapshot of {when} UTC · {positions} positions · {balances} balances and holdings").format(
                when=f"{snap.taken_at:%Y-%m-%d %H:%M}", positions=len(snap.positions),
                balances=len(snap.balances) + len(snap.holdings)))

    def _move_markers(self) -> None:
        self.charts.move_markers(_timestamp(self.picked[1].taken_at) if self.picked is not None else None)

    def _on_point_clicked(self, x: float) -> None:
        nearest = min(self.points, key=lambda p: abs(_timestamp(p.taken_at) - x), default=None)
        if nearest is not None and nearest.snapshot_id is not None:
            self.pick(nearest.snapshot_id)

    def _render_analysis(self, _analysis: object) -> None:
        """A new snapshot: read and draw what the store added (now if on screen, else when next shown)."""
        quote = self.state.settings.quote_currency
        if self.picked is not None and quote != self._shown_in:  # the display currency changed: re-show it
            snap = self.picked[1]
            self.positions_model.set_snapshot(snap, quote)
            self.balances_model.set_snapshot(snap, quote)
            self._shown_in = quote
        self.reload()

    def render_charts(self) -> QPixmap:
        """The charts as a picture. A first render lets the axes size themselves to their labels (they
        do so one layout pass late), so a never-painted view still exports readable scales."""
        self.charts.grab()
        QCoreApplication.processEvents()
        return self.charts.grab()

    # --- export -------------------------------------------------------------------------------------------

    def _ask_path(self, caption: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, file_filter)
        return path or None

    def export_snapshot(self, fmt: str, path: str | None = None) -> bool:
        """Write the picked snapshot as ``fmt`` ("csv" | "json"); asks where when ``path`` is None."""
        return history_parts.export_snapshot(self, fmt, path)

    def save_chart_png(self, path: str | None = None) -> bool:
        """Save both charts as one PNG (what is on screen; privacy mode keeps the USD scale hidden)."""
        return history_parts.save_chart_png(self, path)
