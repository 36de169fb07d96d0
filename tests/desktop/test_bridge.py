"""The bridge delivers every outcome on the GUI thread, whatever kind of callable receives it."""

from __future__ import annotations

import asyncio
import threading

import pytest

from core.runtime import get_runtime
from desktop.bridge import Bridge


@pytest.fixture
def bridge(qapp):
    return Bridge(get_runtime())


async def _value(x, delay=0.01):
    await asyncio.sleep(delay)
    return x


async def _boom():
    await asyncio.sleep(0.01)
    raise ValueError("bad input")


def test_a_lambda_callback_runs_on_the_gui_thread(bridge, qtbot):
    seen = {}
    bridge.call(_value(42), lambda r: seen.update(result=r, thread=threading.current_thread()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] is threading.main_thread()
    qtbot.waitUntil(lambda: not bridge.busy, timeout=5000)


def test_errors_and_cancellation_reach_on_error_on_the_gui_thread(bridge, qtbot):
    errors = []
    bridge.call(_boom(), lambda r: None, lambda e: errors.append((type(e), threading.current_thread())))
    future = bridge.call(_value(1, delay=5), lambda r: None,
                         lambda e: errors.append((type(e), threading.current_thread())))
    future.cancel()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    kinds = {k.__name__ for k, _ in errors}
    assert kinds == {"ValueError", "CancelledError"}
    assert all(t is threading.main_thread() for _, t in errors)


def test_busy_signal_brackets_the_work(bridge, qtbot):
    states = []
    bridge.busy_changed.connect(states.append)
    bridge.call(_value(1))
    bridge.call(_value(2))
    qtbot.waitUntil(lambda: states and states[-1] is False, timeout=5000)
    assert states[0] is True and not bridge.busy
