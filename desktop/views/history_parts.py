"""The History view's parts (split from ``history_view``).

``HistoryWorker``: one daemon thread running the view's reads, off the runtime's loop (which the sync needs).
``SnapshotPicker``: the stored snapshots, newest first, over a model whose rows are made only when shown.
``snapshot_table``: a sortable table of one snapshot's rows. ``export_snapshot`` / ``save_chart_png``: the export
buttons, and ``show_empty``: the charts' empty states (their texts in the view's translation context,
"HistoryView").
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView, QWidget

from desktop.models.history_models import SORT_ROLE, SnapshotListModel


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


def snapshot_table(model) -> QTableView:
    """A sortable, read-only table over ``model`` (sorted by the model's ``SORT_ROLE``: numbers as numbers)."""
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


def export_snapshot(view: Any, fmt: str, path: str | None = None) -> bool:
    """Write the view's picked snapshot as ``fmt`` ("csv" | "json"); asks where when ``path`` is None. The outcome
    goes to the view's status line."""
    from core.export import ExportError
    from core.export import export_snapshot as write

    if view.picked is None:
        view.status.setText(QCoreApplication.translate("HistoryView", "Pick a snapshot first."))
        return False
    sid, snap = view.picked
    if path is None:
        suggested = f"undertow-snapshot-{snap.taken_at:%Y%m%d-%H%M}.{fmt}"
        path = view._ask_path(
            QCoreApplication.translate("HistoryView", "Export snapshot as {format}").format(format=fmt.upper()),
            suggested, QCoreApplication.translate("HistoryView", "{format} files (*.{ext})").format(
                format=fmt.upper(), ext=fmt))
        if path is None:
            return False
    try:
        written = write(snap, path, fmt, sid)
    except ExportError as exc:
        view.status.setText(QCoreApplication.translate("HistoryView", "Export failed: {error}").format(error=exc))
        return False
    view.status.setText(QCoreApplication.translate("HistoryView", "Snapshot of {when} UTC written to {path}").format(
        when=f"{snap.taken_at:%Y-%m-%d %H:%M}", path=written))
    return True


def save_chart_png(view: Any, path: str | None = None) -> bool:
    """Save the view's two charts as one PNG (what is on screen; privacy mode keeps the amount scale hidden)."""
    if path is None:
        path = view._ask_path(QCoreApplication.translate("HistoryView", "Save chart as PNG"), "undertow-history.png",
                              QCoreApplication.translate("HistoryView", "PNG images (*.png)"))
        if path is None:
            return False
    if not path.lower().endswith(".png"):
        path += ".png"
    if not view.render_charts().save(path, "PNG"):
        view.status.setText(QCoreApplication.translate(
            "HistoryView", "Could not write {path}: check the folder exists and is writable.").format(path=path))
        return False
    view.status.setText(QCoreApplication.translate("HistoryView", "Chart saved to {path}").format(path=path))
    return True


def show_empty(view: Any, stored: bool) -> None:
    """No point to draw: the view's charts give way to what is missing and the next step (texts in the view's
    translation context, "HistoryView")."""
    from desktop.widgets.empty_state import nothing_configured

    if not view._read_once:  # the first read is still on its way
        view.chart_note.setText("")
        view.charts.show_empty(QCoreApplication.translate("HistoryView", "Reading the history…"), "")
        return
    if view.range_box.currentData() is not None and stored:
        view.chart_note.setText(QCoreApplication.translate("HistoryView", "No snapshot in this time range."))
        title = QCoreApplication.translate("HistoryView", "No snapshot in this time range")
        text = QCoreApplication.translate(
            "HistoryView", "The snapshots stored are older than {range}. Choose a longer range.").format(
                range=view.range_box.currentText())
        show_all = QCoreApplication.translate("HistoryView", "Show all")
        view.charts.show_empty(title, text, [(show_all, lambda: view.range_box.setCurrentIndex(0))])
        return
    view.chart_note.setText(QCoreApplication.translate(
        "HistoryView", "No stored snapshots yet: refresh to take the first one."))
    title = QCoreApplication.translate("HistoryView", "No history yet")
    if nothing_configured(view.state):
        text = QCoreApplication.translate(
            "HistoryView", "Each sync of your accounts and wallets stores a snapshot; these charts draw your net "
            "worth, exposure and self-custody share from them. Add an exchange account or a wallet first.")
        action = (QCoreApplication.translate("HistoryView", "Get started…"), lambda: view.open_view.emit("Welcome"))
    else:
        text = QCoreApplication.translate(
            "HistoryView", "Each sync stores a snapshot: the charts start with the first one and draw a line from "
            "the second. Refresh to take the first one now.")
        action = (QCoreApplication.translate("HistoryView", "Refresh now"), view.state.refresh)
    view.charts.show_empty(title, text, [action])
