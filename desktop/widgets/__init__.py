"""Small widgets and helpers shared by the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

# --- outside text is plain text ------------------------------------------------------------------------------
# A QLabel's default format (AutoText) renders anything that looks like HTML, and so do tooltips and message
# boxes: a server's error, a symbol, a label typed by the user or read from a file would paint its own markup
# in the window. Labels show plain text unless they chose rich text for their own markup (and then escape every
# outside part with ``desktop.format.html_text``); tooltips go through ``desktop.format.plain_tooltip``.

def plain_labels(root: QWidget) -> None:
    """Every label in ``root`` (and ``root`` itself) that has not chosen a format shows plain text. Called at the
    end of a view's or dialog's constructor; a label with its own markup sets ``Qt.TextFormat.RichText`` first."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def rich_label(label: QLabel) -> QLabel:
    """``label`` set to render its own markup; every outside part of its text must be ``html_text``-escaped."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def is_theme_change(event: QEvent) -> bool:
    """The theme changed: ``desktop.theme`` sets the application palette, so every widget that follows it gets a
    ``PaletteChange`` (on the event loop's next pass; ``chart_palette()`` already answers the new colours). A view that
    keeps colours of its own (rich text, chart pens) re-renders on it in ``changeEvent``."""
    return event.type() == QEvent.Type.PaletteChange


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question whose text (which may name an account or a channel) is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text (which may carry an error's message) is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def prepare_hidden(widget: QWidget) -> bool:
    """Lay out, polish and paint ``widget`` once, off screen, while it is a hidden page of a shown window (a view
    built while idle, before anyone visits it): its first show then only repaints, the style polish, the layout
    pass, the tables' content-sized columns and the charts' first pictures done already. Sized as the page on
    screen. Does nothing (returns False) for a widget on screen, or outside a shown window."""
    window = widget.window()
    if window is widget or not window.isVisible() or widget.isVisible():
        return False
    parent = widget.parentWidget()
    current = parent.currentWidget() if isinstance(parent, QStackedWidget) else None
    if current is not None and current is not widget:
        widget.setGeometry(current.geometry())
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(widget.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    widget.render(pixmap)
    return True


class RenderWhenShown(QObject):
    """Renders a view now if a person can see it, or when it is next shown.

    A view that is a hidden page of a shown window (the other six views while one is on screen) only
    remembers that it is out of date, so a new snapshot costs the GUI thread the visible view's render
    alone. A widget outside a shown window (a test, a grab for a screenshot) renders at once.
    """

    def __init__(self, widget: QWidget, render: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._render = render
        self.due = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if not hasattr(self, "_widget"):  # see eventFilter
            return
        if self._widget.window().isVisible() and not self._widget.isVisible():
            self.due = True
            return
        self.due = False
        self._render()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # The garbage collector may clear this wrapper's attributes (it sits in a cycle with its view)
        # while the C++ filter, a child of the widget, still receives the widget's last events.
        if not hasattr(self, "_widget"):
            return False
        if obj is self._widget and event.type() == QEvent.Type.Show and self.due:
            self.due = False
            self._render()
        return False


class FollowAnalysis(RenderWhenShown):
    """Keeps a view drawing the state's current analysis: ``render(analysis)`` runs when a new analysis
    arrives and a person can see the view, or else when the view is next shown."""

    def __init__(self, widget: QWidget, state: Any, render: Callable[[Any], None]) -> None:
        super().__init__(widget, self._render_current)
        self._state = state
        self._render_with = render
        state.analysis_changed.connect(self._on_analysis)

    def _on_analysis(self, _analysis: object) -> None:
        self.request()

    def _render_current(self) -> None:
        if self._state.analysis is not None:
            self._render_with(self._state.analysis)


def follow_privacy(widget: QWidget, state: Any, apply: Callable[[bool], None]) -> RenderWhenShown:
    """``apply(hidden)`` when the privacy mode changes: at once for a view a person can see, else when the view is
    next shown (a toggle costs the frame only the visible view's re-render)."""
    render = RenderWhenShown(widget, lambda: apply(bool(getattr(state, "privacy", False))))
    state.privacy_changed.connect(lambda _hidden: render.request())
    return render
