"""Views built when first shown: the main window's pages are recipes until someone navigates to them.

Building all seven views before the window shows cost about 230 ms of start-up, 135 ms of it for views nobody
was looking at. ``LazyViews`` holds, per page, a ``ViewSpec`` (its title and how to build it) and a placeholder in
the ``QStackedWidget``; indexing it (``views[i]``, iterating, ``show_view``) builds the view then and puts it in
the placeholder's place. Code that must not build anything asks ``built()`` or ``titles()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, overload

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.widgets import prepare_hidden


@dataclass(frozen=True)
class ViewSpec:
    """A view not built yet: its ``title`` (the stable English key of ``show_view``) and a factory."""

    title: str
    build: Callable[[], QWidget]


class LazyViews:
    """The window's views in navigation order, each built on first access. Supports ``len``, indexing (an int
    or a slice), iteration (builds as it goes: a loop that breaks early builds only what it saw) and ``index``.
    """

    def __init__(self, stack: QStackedWidget, on_built: Callable[[Any], None]) -> None:
        self._stack = stack
        self._on_built = on_built
        self._specs: list[ViewSpec] = []
        self._views: list[Any] = []  # the built view, or its placeholder (a plain QWidget) until then
        self._built: list[bool] = []

    def add(self, view: ViewSpec | QWidget) -> None:
        if isinstance(view, ViewSpec):
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder:{view.title}")
            self._stack.addWidget(placeholder)
            self._specs.append(view)
            self._views.append(placeholder)
            self._built.append(False)
            return
        self._stack.addWidget(view)
        built: QWidget = view
        self._specs.append(ViewSpec(getattr(view, "title", ""), lambda: built))
        self._views.append(view)
        self._built.append(True)
        self._on_built(view)

    # --- what needs no building ------------------------------------------------------------------------------
    def titles(self) -> list[str]:
        return [spec.title for spec in self._specs]

    def title_index(self, title: str) -> int | None:
        for i, spec in enumerate(self._specs):
            if spec.title == title:
                return i
        return None

    def is_built(self, index: int) -> bool:
        return self._built[index]

    def built(self) -> list[Any]:
        """The views built so far, in navigation order (nothing is built by asking)."""
        return [v for v, done in zip(self._views, self._built) if done]

    # --- the sequence (builds) -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._specs)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if not self._built[index]:
            self._build(index)
        return self._views[index]

    def __iter__(self) -> Iterator[Any]:
        for i in range(len(self)):
            yield self[i]

    def index(self, view: Any) -> int:
        for i, v in enumerate(self._views):
            if v is view:
                return i
        raise ValueError("not one of the window's views")

    def _build(self, index: int) -> None:
        view = self._specs[index].build()
        placeholder = self._views[index]
        at = self._stack.indexOf(placeholder)
        current = self._stack.currentWidget() is placeholder
        self._stack.insertWidget(at, view)
        if current:
            self._stack.setCurrentWidget(view)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._views[index] = view
        self._built[index] = True
        self._on_built(view)
        if not current and self._stack.window().isVisible():  # built ahead of a visit: lay out and paint it
            # now, off screen, so the visit only repaints (a view with data still on its way may do it itself)
            own = getattr(view, "prepare_hidden", None)
            QTimer.singleShot(0, view, own if callable(own) else lambda: prepare_hidden(view))
