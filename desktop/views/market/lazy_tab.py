"""A tab page built the first time it is shown.

The Market view has six tabs and shows the first; the other five are pyqtgraph charts that cost ~15 ms each to
build. Each is a ``LazyTab`` until then: an empty page that builds its content when it is first shown (or when
code asks for ``content``) and hands it to ``on_built``, which renders the data the view already holds into it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets import plain_labels

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    """An empty page until first shown; then ``build()``'s widget fills it, and ``on_built(widget)`` runs."""

    def __init__(self, build: Callable[[], W], on_built: Callable[[W], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._on_built = on_built
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    @property
    def built(self) -> W | None:
        """The content if it was built (asking builds nothing)."""
        return self._content

    @property
    def content(self) -> W:
        """The content, built now if it was not yet."""
        if self._content is None:
            content = self._build()
            plain_labels(content)  # its labels show plain text, as the view's own do
            self._content = content
            self._layout.addWidget(content)
            if self.isVisible():
                content.show()  # a child added to a shown page would only show on the next pass of the event loop
            self._on_built(content)
        return self._content

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.content  # noqa: B018 - built on its first show
