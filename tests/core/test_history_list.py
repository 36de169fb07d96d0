"""The History view's snapshot list and worker over a store that retention thins: rows inserted and removed, not
rebuilt; the chart's window thinned in SQL; the worker off the runtime's loop. (Qt models and the view, over a
real store; the pure history code is in test_history.py.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from core.history import StoredSnapshot
from core.model import Balance, PortfolioSnapshot

T0 = datetime(2026, 2, 1, tzinfo=UTC)


def heads(ids):
    return [StoredSnapshot(i, T0 + timedelta(hours=i), False) for i in ids]


def test_list_model_inserts_on_top_and_removes_runs(qtmodeltester, qtbot):
    from desktop.models.history_models import SnapshotListModel

    model = SnapshotListModel()
    model.reset(heads(range(1, 11)))
    qtmodeltester.check(model)
    assert model.ids == tuple(range(10, 0, -1)) and model.data(model.index(0, 0)) == "2026-02-01 10:00 UTC"
    assert model.row_of(10) == 0 and model.row_of(1) == 9 and model.row_of(99) is None
    inserted, removed, resets = [], [], []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.modelReset.connect(lambda: resets.append(1))
    model.add(heads([11, 12]))
    assert inserted == [(0, 1)] and model.ids[:3] == (12, 11, 10)
    model.add(heads([5]))  # not newer: ignored
    model.remove([1, 2, 3, 6, 99])  # two runs (rows of 1-3 and of 6), 99 unknown
    assert removed == [(9, 11), (6, 6)] and model.ids == (12, 11, 10, 9, 8, 7, 5, 4)
    assert resets == []
    qtmodeltester.check(model)
    model.remove(list(model.ids[::2]))  # more runs than worth editing one by one? four runs: still edited
    assert model.ids == (11, 9, 7, 4)


def test_many_scattered_removals_reset_the_list(qtbot):
    from desktop.models.history_models import MAX_REMOVAL_RUNS, SnapshotListModel

    model = SnapshotListModel()
    model.reset(heads(range(1, 4 * MAX_REMOVAL_RUNS)))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.remove(range(1, 4 * MAX_REMOVAL_RUNS, 2))
    assert resets == [1] and all(i % 2 == 0 for i in model.ids)


def series(n: int, step=timedelta(minutes=15)) -> list[PortfolioSnapshot]:
    from core.demo import load_demo_snapshot

    base = load_demo_snapshot(T0)
    return [replace(base, taken_at=T0 + i * step, balances=(Balance("binance-main", "USDT", 1000.0 + i),))
            for i in range(n)]


@pytest.fixture
def view_over(qtbot):
    made = []

    def make(snapshots):
        from desktop.views.history_view import HistoryView
        from tests.desktop.conftest import make_state

        state = make_state(qtbot, True, [])
        from core.store.snapshots import save_snapshots

        with state.session.store.write() as db:
            ids = save_snapshots(db, snapshots)
        view = HistoryView(state)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: not view.loading, timeout=30000)
        made.append((state, view))
        return state, view, ids

    yield make
    for state, view in made:  # the store closes only once nothing reads it (the app waits likewise at quit)
        assert view.worker.wait_idle(10)  # (the view itself may be gone: pytest-qt deletes it first)
        qtbot.waitUntil(lambda s=state: not s.bridge.busy, timeout=30000)
        state.session.close()


def test_retention_and_a_new_snapshot_edit_the_list_in_place(view_over, qtbot):
    from core.retention import RetentionPolicy, run_retention

    snaps = series(96 * 10)  # ten days of 15-minute snapshots
    state, view, ids = view_over(snaps)
    store, policy = state.session.store, RetentionPolicy(all_days=7, hourly_days=90)
    assert view.picker.count() == 960
    qtbot.waitUntil(lambda: view.picked is not None and view.picked[0] == ids[-1], timeout=10000)
    view.pick(ids[100])
    qtbot.waitUntil(lambda: view.picked is not None and view.picked[0] == ids[100], timeout=10000)
    # the first retention on this store thins three days at once
    now = snaps[-1].taken_at + timedelta(minutes=15)
    first = run_retention(store, now, policy)
    sid = state.session.save(replace(snaps[-1], taken_at=now))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=30000)
    assert view.picker.count() == 960 - first.deleted + 1 and view.snapshot_list.ids[0] == sid
    assert view.snapshot_list.row_of(ids[100]) is None  # thinned away: the picked one was deleted
    qtbot.waitUntil(lambda: view.picked is not None and view.picked[0] == sid, timeout=10000)  # the newest instead
    # then, sync by sync: a new row on top, the hour that left the week thinned, nothing rebuilt
    events = []
    view.snapshot_list.modelReset.connect(lambda: events.append("reset"))
    view.snapshot_list.rowsRemoved.connect(lambda _p, a, b: events.append(("removed", b - a + 1)))
    view.snapshot_list.rowsInserted.connect(lambda _p, a, b: events.append(("inserted", a, b)))
    count = view.picker.count()
    for k in range(1, 5):
        when = now + k * timedelta(minutes=15)
        state.session.save(replace(snaps[-1], taken_at=when))
        run_retention(store, when, policy)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=30000)
    assert "reset" not in events and ("inserted", 0, 3) in events
    removed = sum(e[1] for e in events if e[0] == "removed")
    assert removed == 3 and view.picker.count() == count + 4 - 3  # an hour: three of its four snapshots
    assert [p.snapshot_id for p in view.points][-1] == view.snapshot_list.ids[0]
    qtbot.waitUntil(lambda: view.picked is not None and view.picked[0] == view.snapshot_list.ids[0], timeout=10000)


def test_a_long_window_is_drawn_thinned_and_a_short_one_whole(view_over, qtbot, monkeypatch):
    import desktop.views.history_view as hv

    monkeypatch.setattr(hv, "MAX_POINTS", 200)
    snaps = series(96 * 5)
    state, view, ids = view_over(snaps)
    assert len(view.points) == 200 and view.window_total == 480
    assert "480 stored" in view.chart_note.text()
    monkeypatch.setattr(state, "now", lambda: snaps[-1].taken_at)
    view.range_box.setCurrentIndex(next(i for i, (_, days) in enumerate(hv.RANGES) if days == 1))
    qtbot.waitUntil(lambda: not view.loading, timeout=30000)
    assert [p.snapshot_id for p in view.points] == ids[-97:]  # 24 hours back: every one, both ends
    assert "stored" not in view.chart_note.text()


def test_the_worker_is_not_the_runtimes_loop(view_over, qtbot):
    import threading

    state, view, _ = view_over(series(4))
    seen = []
    view.worker.submit(lambda: seen.append(threading.current_thread().name))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["history-reader"]
    assert view.worker._thread is not None and view.worker._thread.daemon  # quitting never waits for it
