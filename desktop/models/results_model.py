"""The simulator's read-only result tables: prepared cells (text, sort value, tooltip[, tone]) and a sortable view.

Moving the shock changes the texts, not the shape: ``set_rows`` then emits ``dataChanged`` for the cells that
changed only (no model reset, so the view keeps its layout, selection and scroll position); a new shape (another
grid, another language's headers) resets. Group rows (an account above its positions) span the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from desktop.format import plain_tooltip
from desktop.models.history_models import SORT_ROLE

Cell = tuple  # (text, sort value, tooltip) or (text, sort value, tooltip, tone); tone: a key of ``tones``
_DISPLAY, _FOREGROUND, _ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, \
    Qt.ItemDataRole.TextAlignmentRole
_FONT, _TOOLTIP, _SIZE_HINT = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.SizeHintRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ResultsModel(QAbstractTableModel):
    """A read-only table of prepared cells; rows listed in ``group_rows`` are headings (bold, spanned by
    ``ResultsTable``, and no width of their own: a heading must not widen the first column)."""

    def __init__(self, headers: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers  # (title, tooltip)
        self.rows: list[list[Cell]] = []
        self.group_rows: frozenset[int] = frozenset()
        self.changed_cells: list[tuple[int, int]] = []  # (row, column) changed by the last ``set_rows``
        self.tones: dict[str, QColor] = {}  # "danger", "long", "short", ...: set from the theme
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[list[Cell]], headers: list[tuple[str, str]] | None = None,
                 group_rows: frozenset[int] | set[int] = frozenset()) -> bool:
        """Show ``rows``; returns True when the table was reset (a new shape), False when only cells changed."""
        group_rows = frozenset(group_rows)
        same_shape = (len(rows) == len(self.rows) and (headers is None or headers == self.headers)
                      and group_rows == self.group_rows
                      and all(len(a) == len(b) for a, b in zip(rows, self.rows)))
        if not same_shape:
            self.beginResetModel()
            self.rows = rows
            self.group_rows = group_rows
            if headers is not None:
                self.headers = headers
            self.endResetModel()
            return True
        old, self.rows = self.rows, rows
        self.changed_cells = []
        for r, (new_row, old_row) in enumerate(zip(rows, old)):
            cols = [c for c, (a, b) in enumerate(zip(new_row, old_row)) if a != b]
            if cols:  # per row, the span of changed cells: the view repaints those cells only
                self.changed_cells += [(r, c) for c in cols]
                self.dataChanged.emit(self.index(r, cols[0]), self.index(r, cols[-1]))
        return False

    def set_tones(self, tones: dict[str, QColor]) -> None:
        self.tones = tones
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # called for every role of every painted cell: the common answers first, in as few steps as possible
        row, col = index.row(), index.column()
        try:
            item = self.rows[row][col]
        except IndexError:
            return None
        if role == _DISPLAY:
            return item[0]
        if role == _FOREGROUND:
            return self.tones.get(item[3]) if len(item) > 3 and item[3] else None
        if role == _ALIGN:
            return _RIGHT if col > 0 and row not in self.group_rows else None
        if role == _FONT:
            return self._bold if row in self.group_rows else None
        if role == SORT_ROLE:
            return item[1]
        if role == _TOOLTIP:
            return plain_tooltip(item[2]) or None  # may name a symbol or a position: shown literally
        if role == _SIZE_HINT and row in self.group_rows:
            return QSize(1, 1)  # the spanned heading is as wide as the table, not as wide as its first column
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        # Titles are CascadeGrid's English keys; symbols are not in the catalogue and come back unchanged.
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CascadeGrid", self.headers[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:  # a symbol's column says its name: shown literally
            return plain_tooltip(QCoreApplication.translate("CascadeGrid", self.headers[section][1]))
        return None


def results_table(model: ResultsModel, sortable: bool = True) -> tuple[QTableView, QSortFilterProxyModel]:
    """A compact read-only view of ``model`` (rows one line high); group rows span every column."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    # columns fitted to their contents by ``fit_columns`` (a header in ResizeToContents mode measures every cell
    # at every dataChanged: too slow for a slider)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the model's order first

    def respan() -> None:
        view.clearSpans()
        for r in model.group_rows:
            view.setSpan(proxy.mapFromSource(model.index(r, 0)).row(), 0, 1, max(model.columnCount(), 1))

    model.modelReset.connect(respan)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view, proxy


def fit_columns(view: QTableView, model: ResultsModel) -> None:
    """Widen a column whose changed cells no longer fit (never narrow it: a slider must not make the table jump);
    only the cells the last ``set_rows`` changed are measured."""
    if not model.changed_cells:
        return
    metrics = view.fontMetrics()
    bold = QFontMetrics(model._bold)
    pad = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 8
    need: dict[int, int] = {}
    for r, c in model.changed_cells:
        if r in model.group_rows:
            continue
        fm = bold if r in model.group_rows else metrics
        need[c] = max(need.get(c, 0), fm.horizontalAdvance(str(model.rows[r][c][0])) + pad)
    for c, width in need.items():
        if width > view.columnWidth(c):
            view.setColumnWidth(c, width)
