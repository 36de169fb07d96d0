"""Futures from the core runtime -> queued Qt signals on the GUI thread.

``Bridge.call(coro, on_done, on_error)`` submits the coroutine to the background loop; when its future
completes (in the loop's thread), a signal carries the result across threads with a queued connection,
so callbacks always run on the GUI thread and the window never blocks on I/O.
"""

from __future__ import annotations

import concurrent.futures
from typing import Any, Callable, Coroutine

from PySide6.QtCore import QObject, Signal, Slot


class _Job(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, future: concurrent.futures.Future) -> None:
        super().__init__()
        self.future = future


class Bridge(QObject):
    """Owns the in-flight jobs so they are not garbage-collected before they report."""

    busy_changed = Signal(bool)

    def __init__(self, runtime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._jobs: set[_Job] = set()

    def call(self, coro: Coroutine[Any, Any, Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> concurrent.futures.Future:
        future = self._runtime.submit(coro)
        job = _Job(future)
        job.moveToThread(self.thread())
        if on_done:
            job.finished.connect(on_done)
        if on_error:
            job.failed.connect(on_error)
        job.finished.connect(lambda _=None, j=job: self._forget(j))
        job.failed.connect(lambda _=None, j=job: self._forget(j))
        self._jobs.add(job)
        self.busy_changed.emit(True)
        future.add_done_callback(lambda f, j=job: self._report(j, f))
        return future

    @staticmethod
    def _report(job: _Job, future: concurrent.futures.Future) -> None:
        # Runs in the loop thread; emitting from here queues the call onto the job's (GUI) thread.
        if future.cancelled():
            job.failed.emit(concurrent.futures.CancelledError())
        elif future.exception() is not None:
            job.failed.emit(future.exception())
        else:
            job.finished.emit(future.result())

    @Slot()
    def _forget(self, job: _Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)
