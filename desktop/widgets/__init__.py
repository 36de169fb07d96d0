"""Small widgets and helpers shared by the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


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
