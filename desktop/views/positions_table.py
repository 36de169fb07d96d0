"""The Positions view's table: the group rows painted across it, the columns fitted to their contents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTreeView, QWidget

from desktop.models.positions_model import GROUP_ROLE


class PositionsTable(QTreeView):
    """The positions, with each group row painted as one line across the table: its account and figures.

    (QTreeView's own first-column spanning draws logical column 0 from where it sits, so it shows nothing once
    that column is hidden or moved, which the user may do.)

    Its columns are as wide as their contents, as the header's ResizeToContents makes them (nothing that matters
    elided), but fitted by ``fit_columns`` when the contents change rather than by the header at each layout pass:
    ResizeToContents sizes every cell of every column again at each show, resize and layout (five passes on a first
    visit); fitted here, they are sized once when the rows come, while the view is built out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holds = 0
        self._unfitted = False
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fit_columns sizes them
        for signal in (self.expanded, self.collapsed):
            signal.connect(self.fit_columns)

    def fit_columns(self, *_args) -> None:
        """Every shown column as wide as its title and the rows on display (the header's ResizeToContents)."""
        if getattr(self, "_holds", 0):  # (a change event may come while the tree is being made)
            self._unfitted = True
            return
        self._unfitted = False
        self.header().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    @contextmanager
    def fitting_once(self) -> Iterator[None]:
        """Changes made inside fit the columns once, at the end."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds and self._unfitted:
                self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 - Qt API
        text = index.data(GROUP_ROLE)
        if text is None:
            super().drawRow(painter, option, index)
            return
        rect = QRect(0, option.rect.y(), self.viewport().width(), option.rect.height())
        selected = self.selectionModel() is not None and self.selectionModel().isRowSelected(
            index.row(), index.parent())
        palette = self.palette()
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Button))
        x = -self.header().offset()
        self.drawBranches(painter, QRect(x, rect.y(), self.indentation(), rect.height()), index)
        font = index.data(Qt.ItemDataRole.FontRole)
        if font is not None:
            painter.setFont(font)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)  # red: the account dies within the gap rule
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(brush.color() if brush is not None else palette.color(QPalette.ColorRole.ButtonText))
        text_rect = QRect(x + self.indentation() + 2, rect.y(), max(rect.width(), self.header().length()),
                          rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()
