"""Futures from the core runtime -> callbacks on the GUI thread.

``Bridge.call(coro, on_done, on_error)`` submits the coroutine to the background loop. When its future
completes (in the loop's thread), a signal with an explicitly *queued* connection carries the outcome to
a slot of a QObject that lives in the GUI thread, and only that slot calls the callbacks. So callbacks
(bound methods, lambdas, plain functions alike) always run on the GUI thread, and the window never
blocks on I/O. (A plain Python callable connected without a receiving QObject would be called directly
in the emitting thread: widgets touched from the loop's thread crash Qt.)
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot


class _Job(QObject):
    """One in-flight call; created on, and living in, the GUI thread."""

    outcome = Signal(object, object)  # (result, exception)

    def __init__(self, bridge: Bridge, on_done, on_error) -> None:
        super().__init__()
        self._bridge = bridge
        self._on_done = on_done
        self._on_error = on_error
        self.outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            if error is None:
                if _alive(self._on_done):
                    self._on_done(result)
            elif _alive(self._on_error):
                self._on_error(error)
        finally:
            self._bridge._forget(self)


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for no callback, or for a method of a widget Qt has deleted meanwhile (a dialog closed while its
    data loaded): the result has nobody left to show it to."""
    if callback is None:
        return False
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Bridge(QObject):
    """Owns the in-flight jobs so they are not garbage-collected before they report."""

    busy_changed = Signal(bool)

    def __init__(self, runtime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._jobs: set[_Job] = set()

    def call(self, coro: Coroutine[Any, Any, Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> concurrent.futures.Future:
        job = _Job(self, on_done, on_error)
        self._jobs.add(job)
        self.busy_changed.emit(True)
        future = self._runtime.submit(coro)
        future.add_done_callback(lambda f, j=job: self._report(j, f))
        return future

    @staticmethod
    def _report(job: _Job, future: concurrent.futures.Future) -> None:
        # Runs in the loop thread: only emit; the queued connection moves the call to the GUI thread.
        if future.cancelled():
            outcome: tuple[object, BaseException | None] = (None, concurrent.futures.CancelledError())
        elif future.exception() is not None:
            outcome = (None, future.exception())
        else:
            outcome = (future.result(), None)
        try:
            job.outcome.emit(*outcome)
        except RuntimeError:  # the job's QObject is gone (the window closed while the work ran): nobody listens
            pass

    def _forget(self, job: _Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)
