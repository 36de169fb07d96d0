"""History: net worth, exposure and self-custody share over time, and any past snapshot's positions and balances.

Everything the view reads comes from a worker thread of its own (``HistoryWorker``), never from the runtime's
loop, which the sync needs: the points of the chosen time window, thinned in SQL to about a screen's width of
points, their figures read from the store's cache (``core.history.load_window``), the changes to the
snapshot list since the last read (``core.history.heads_delta``), applied as row inserts and removals, and the
snapshot picked in the list (ahead of any queued chart load). A load
in progress is cancelled between chunks when the app quits (the worker is a daemon thread: quitting never waits
for it).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import PortfolioSnapshot
from core.money import series_currency
from desktop.charts.money_axis import MoneyAxis
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models.history_models import (
    SORT_ROLE,
    SnapshotBalancesModel,
    SnapshotListModel,
    SnapshotPositionsModel,
)
from desktop.theme import chart_palette, style_plot, theme
from desktop.widgets import FollowAnalysis

log = logging.getLogger(__name__)

# (HistoryPoint field, legend name, palette colour, tooltip for the legend/axis)
USD_SERIES = (  # names and tooltips are translated where shown (context "HistoryView"); drawn in the
    # display currency, each point at its own snapshot's rate
    ("net_worth_usd", QT_TRANSLATE_NOOP("HistoryView", "Net worth"), "foreground",
     QT_TRANSLATE_NOOP("HistoryView", "Exchange equity + wallets + manual holdings")),
    ("exchange_equity_usd", QT_TRANSLATE_NOOP("HistoryView", "Exchange equity"), "exchange",
     QT_TRANSLATE_NOOP("HistoryView", "What the exchanges hold for you")),
    ("self_custody_usd", QT_TRANSLATE_NOOP("HistoryView", "Self-custody"), "self_custody",
     QT_TRANSLATE_NOOP("HistoryView", "Hardware and software wallets")),
    ("gross_exposure_usd", QT_TRANSLATE_NOOP("HistoryView", "Gross exposure"), "warning",
     QT_TRANSLATE_NOOP("HistoryView", "Sum of all position sizes at mark")),
    ("net_exposure_usd", QT_TRANSLATE_NOOP("HistoryView", "Net exposure"), "equity_cascade",
     QT_TRANSLATE_NOOP("HistoryView", "Longs minus shorts: your bet on the direction")),
)


MAX_DOTS = 300  # beyond this many snapshots the chart lines carry no clickable dots
#: Points drawn for one window at most: about a wide screen's width; a longer window is thinned in SQL.
MAX_POINTS = 1500
#: The time windows of the range box: (label, days back from now; None = everything stored).
RANGES = ((QT_TRANSLATE_NOOP("HistoryView", "All"), None), (QT_TRANSLATE_NOOP("HistoryView", "1 year"), 365),
          (QT_TRANSLATE_NOOP("HistoryView", "90 days"), 90), (QT_TRANSLATE_NOOP("HistoryView", "30 days"), 30),
          (QT_TRANSLATE_NOOP("HistoryView", "7 days"), 7), (QT_TRANSLATE_NOOP("HistoryView", "24 hours"), 1))


def _timestamp(when: datetime) -> float:
    return when.timestamp()


class HistoryWorker(QObject):
    """One daemon thread running the view's reads, reporting each outcome on the GUI thread.

    Its own thread (not the runtime's executor) keeps the history off the sync's loop and keeps one reader
    connection (the store gives each thread one); being a daemon, it never holds up quitting. Jobs run by
    ``priority`` (lower first), then in order: a picked snapshot does not wait behind a queued chart load.
    """

    finished = Signal(int, object, object)  # (job number, result, exception)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.PriorityQueue[tuple[int, int, Callable[[], Any] | None]] = queue.PriorityQueue()
        self._thread: threading.Thread | None = None
        self._count = 0
        self._pending = 0  # jobs queued or running
        self._pending_lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, job: Callable[[], Any], priority: int = 1) -> int:
        """Queue ``job``; its outcome arrives as ``finished(number, result, error)``."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._jobs,), name="history-reader",
                                            daemon=True)
            self._thread.start()
        self._count += 1
        with self._pending_lock:
            self._pending += 1
            self._idle.clear()
        self._jobs.put((priority, self._count, job))
        return self._count

    def stop(self) -> None:
        self._jobs.put((-1, 0, None))

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job is queued or running (before the store closes under it); False on timeout."""
        return self._idle.wait(timeout)

    def _run(self, jobs: queue.PriorityQueue[tuple[int, int, Callable[[], Any] | None]]) -> None:
        while True:
            _priority, number, job = jobs.get()
            if job is None:
                return
            try:
                result, error = job(), None
            except Exception as exc:  # noqa: BLE001 - reported to the view
                result, error = None, exc
            with self._pending_lock:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()
            try:
                self.finished.emit(number, result, error)
            except RuntimeError:  # the view (and this object) is gone: nobody is waiting
                return


class SnapshotPicker(QListView):
    """The stored snapshots, newest first, over a ``SnapshotListModel`` (rows made only when shown). Offers the
    few ``QListWidget`` calls the view and its tests use, by row."""

    def __init__(self, model: SnapshotListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformItemSizes(True)  # a year of snapshots lays out without measuring each row
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_model = model

    def count(self) -> int:
        return self.list_model.rowCount()

    def item(self, row: int) -> QModelIndex:
        return self.list_model.index(row, 0)

    def row(self, index: QModelIndex) -> int:
        return index.row()

    def currentRow(self) -> int:  # noqa: N802 - the QListWidget name
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - the QListWidget name
        self.setCurrentIndex(self.item(row))

    def setCurrentItem(self, index: QModelIndex) -> None:  # noqa: N802 - the QListWidget name
        self.setCurrentIndex(index)


class HistoryView(QWidget):
    title = "History"
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
        self.range_box = QComboBox()
        for _label, days in RANGES:
            self.range_box.addItem("", days)
        self.range_box.currentIndexChanged.connect(lambda _i: self.reload())

        self.usd_axis = MoneyAxis(orientation="left")
        self.usd_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom"),
                                                 "left": self.usd_axis})
        self._currency_missing: str | None = None  # the chosen currency some snapshot has no rate for
        self.share_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.share_plot.setXLink(self.usd_plot)
        self.share_plot.setYRange(0, 100, padding=0.05)
        self.share_plot.setMouseEnabled(x=True, y=False)
        for plot in (self.usd_plot, self.share_plot):  # equal widths keep the two date axes aligned
            plot.getPlotItem().getAxis("left").setWidth(72)
        # the legend lives above the chart (QLabels with tooltips), so it never hides a point
        self.legend = QHBoxLayout()
        self.legend_labels = {}
        self.curves = {}
        for key, name, _, _tip in USD_SERIES:
            curve = self.usd_plot.plot([], [], name=name, symbol="o", symbolSize=6)
            # a year of hourly points is drawn at the screen's resolution, not point by point
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.sigPointsClicked.connect(self._on_point_clicked)
            self.curves[key] = curve
            label = QLabel()
            self.legend_labels[key] = label
            self.legend.addWidget(label)
        self.legend.addStretch(1)
        self.share_curve = self.share_plot.plot([], [], symbol="o", symbolSize=6)
        self.share_curve.setDownsampling(auto=True, method="peak")
        self.share_curve.setClipToView(True)
        self.share_curve.sigPointsClicked.connect(self._on_point_clicked)
        self.markers = [pg.InfiniteLine(angle=90, movable=False) for _ in range(2)]
        self.usd_plot.addItem(self.markers[0], ignoreBounds=True)
        self.share_plot.addItem(self.markers[1], ignoreBounds=True)
        for m in self.markers:
            m.hide()
        self.charts = QWidget()
        charts_layout = QVBoxLayout(self.charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.legend_row = QHBoxLayout()
        self.legend_row.addLayout(self.legend, 1)
        self.legend_row.addWidget(self.range_box)
        charts_layout.addLayout(self.legend_row)
        charts_layout.addWidget(self.usd_plot, 2)
        charts_layout.addWidget(self.share_plot, 1)
        self.chart_note = QLabel()

        self.snapshot_list = SnapshotListModel(self)
        self.picker = SnapshotPicker(self.snapshot_list)
        self._picking: int | None = None
        self.picker.selectionModel().currentChanged.connect(self._on_pick)
        self.positions_model = SnapshotPositionsModel(self)
        self.balances_model = SnapshotBalancesModel(self)
        self.positions_table = self._table(self.positions_model)
        self.balances_table = self._table(self.balances_model)
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
        theme().theme_changed.connect(self.apply_theme)
        self.apply_privacy(getattr(state, "privacy", False))
        if hasattr(state, "privacy_changed"):
            state.privacy_changed.connect(self.apply_privacy)
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
        super().changeEvent(event)

    # --- layout -----------------------------------------------------------------------------------------

    @staticmethod
    def _table(model) -> QTableView:
        proxy = QSortFilterProxyModel(model)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

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
        bottom = QSplitter()
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
        for plot in (self.usd_plot, self.share_plot):
            style_plot(plot, palette)
        for key, _, colour, _ in USD_SERIES:
            c = getattr(palette, colour)
            self.curves[key].setPen(pg.mkPen(c, width=2))
            self.curves[key].setSymbolBrush(c)
            self.curves[key].setSymbolPen(c)
        self.share_curve.setPen(pg.mkPen(palette.self_custody, width=2))
        self.share_curve.setSymbolBrush(palette.self_custody)
        self.share_curve.setSymbolPen(palette.self_custody)
        for key, name, colour, _ in USD_SERIES:
            self.legend_labels[key].setText(f'<span style="color:{getattr(palette, colour)}">━━</span> '
                                            f'{self.tr(name)}')
        for m in self.markers:
            m.setPen(pg.mkPen(palette.foreground, width=1, style=Qt.PenStyle.DashLine))

    def apply_privacy(self, hidden: bool) -> None:
        """Hide every amount: table cells and the USD scale (the lines keep their shape)."""
        self.positions_model.set_privacy(hidden)
        self.balances_model.set_privacy(hidden)
        axis = self.usd_plot.getPlotItem().getAxis("left")
        axis.setStyle(showValues=not hidden)
        code = self.usd_axis.currency.code
        self.usd_plot.setLabel("left", self.tr("{currency} (hidden)").format(currency=code) if hidden else code)

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
        self._apply_heads(delta)
        self._draw()
        self._finish_load()

    def _on_load_failed(self, exc: BaseException) -> None:
        if self.state.session.store.closed:  # quitting: the store closed under the read
            self.loading = False
            return
        log.warning("history could not be loaded: %s", exc)
        self.status.setText(self.tr("The history could not be read: {error}").format(error=exc))
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
        # Clickable dots while they can be told apart; a long history is a plain line (drawing thousands of
        # symbols would hold the GUI for a tenth of a second per snapshot) and is picked from the list.
        symbol = "o" if len(xs) <= MAX_DOTS else None
        for key, curve in self.curves.items():
            curve.setData(xs, [getattr(p, key) / rate for p, rate in zip(self.points, rates)], symbol=symbol)
        shares = [(x, p.self_custody_share * 100.0) for x, p in zip(xs, self.points)
                  if p.self_custody_share is not None]
        self.share_curve.setData([s[0] for s in shares], [s[1] for s in shares], symbol=symbol)
        if len(xs) == 1:  # one point: give the date axis a day around it instead of a zero-width range
            self.usd_plot.setXRange(xs[0] - 43200, xs[0] + 43200)
        elif xs:
            self.usd_plot.enableAutoRange()
        self._draw_note()
        self._move_markers()

    def _draw_note(self) -> None:
        n = len(self.points)
        if n == 0:
            if self.range_box.currentData() is not None and self.snapshot_list.rowCount():
                self.chart_note.setText(self.tr("No snapshot in this time range."))
            else:
                self.chart_note.setText(self.tr("No stored snapshots yet: refresh to take the first one."))
            return
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
        self.positions_model.set_snapshot(snap, self.state.settings.quote_currency)
        self.balances_model.set_snapshot(snap, self.state.settings.quote_currency)
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
        for m in self.markers:
            if self.picked is not None:
                m.setValue(_timestamp(self.picked[1].taken_at))
                m.show()
            else:
                m.hide()

    def _on_point_clicked(self, _curve, points, *_ev) -> None:
        if not len(points):
            return
        x = points[0].pos().x()
        nearest = min(self.points, key=lambda p: abs(_timestamp(p.taken_at) - x), default=None)
        if nearest is not None and nearest.snapshot_id is not None:
            self.pick(nearest.snapshot_id)

    def _render_analysis(self, _analysis: object) -> None:
        """A new snapshot: read and draw what the store added (now if on screen, else when next shown)."""
        if self.picked is not None:  # the display currency may have changed: re-show the picked snapshot
            snap = self.picked[1]
            self.positions_model.set_snapshot(snap, self.state.settings.quote_currency)
            self.balances_model.set_snapshot(snap, self.state.settings.quote_currency)
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
        from core.export import ExportError, export_snapshot

        if self.picked is None:
            self.status.setText(self.tr("Pick a snapshot first."))
            return False
        sid, snap = self.picked
        if path is None:
            suggested = f"undertow-snapshot-{snap.taken_at:%Y%m%d-%H%M}.{fmt}"
            path = self._ask_path(self.tr("Export snapshot as {format}").format(format=fmt.upper()), suggested,
                                  self.tr("{format} files (*.{ext})").format(format=fmt.upper(), ext=fmt))
            if path is None:
                return False
        try:
            written = export_snapshot(snap, path, fmt, sid)
        except ExportError as exc:
            self.status.setText(self.tr("Export failed: {error}").format(error=exc))
            return False
        self.status.setText(self.tr("Snapshot of {when} UTC written to {path}").format(
            when=f"{snap.taken_at:%Y-%m-%d %H:%M}", path=written))
        return True

    def save_chart_png(self, path: str | None = None) -> bool:
        """Save both charts as one PNG (what is on screen; privacy mode keeps the USD scale hidden)."""
        if path is None:
            path = self._ask_path(self.tr("Save chart as PNG"), "undertow-history.png", self.tr("PNG images (*.png)"))
            if path is None:
                return False
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.render_charts().save(path, "PNG"):
            self.status.setText(self.tr("Could not write {path}: check the folder exists and is writable.").format(
                path=path))
            return False
        self.status.setText(self.tr("Chart saved to {path}").format(path=path))
        return True
