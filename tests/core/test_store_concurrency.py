"""The store under concurrent use: the sync side saving snapshots while the GUI side writes.

Before the ``Store`` the two sides shared one connection, their transactions interleaved and saves
were lost. Here one thread stores 500 snapshots while another writes reminder states, settings and
account edits without pause: every snapshot must land, the file must stay sound, and neither side
may see an exception. Plus: a write that fails leaves nothing behind, and readers on other threads see
what was committed (and only that).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from core.model import Account, Balance, MarginMode, PortfolioSnapshot, Position, Side, SourceState, SourceStatus
from core.session import Session
from core.settings import load_settings
from core.store import save_snapshot

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SAVES = 500
ACCOUNTS = 3


def small_snapshot(taken_at: datetime) -> PortfolioSnapshot:
    """A few accounts with a position and two balances each: cheap, but several tables per save."""
    accounts = tuple(Account(f"acct-{i}", "binanceusdm", f"account {i}", MarginMode.CROSS) for i in range(ACCOUNTS))
    positions = tuple(Position(a.id, a.venue, "BTC/USDT:USDT", Side.LONG, 0.01, 1.0, 67000.0, 68000.0,
                               MarginMode.CROSS, leverage=10) for a in accounts)
    balances = tuple(Balance(a.id, asset, total) for a in accounts for asset, total in (("USDT", 1000.0),
                                                                                       ("BTC", 0.5)))
    sources = tuple(SourceStatus(a.id, "exchange", SourceState.FRESH, taken_at) for a in accounts)
    return PortfolioSnapshot(taken_at=taken_at, accounts=accounts, positions=positions, balances=balances,
                             prices_usd={"BTC": 68000.0, "USDT": 1.0}, sources=sources)


@pytest.fixture
def session(tmp_path):
    s = Session.open(path=tmp_path / "undertow.sqlite")
    yield s
    s.close()


def _count(session: Session, table: str) -> int:
    return session.store.read().execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_500_saves_while_the_gui_writes_without_pause(session, memory_keyring):
    base = small_snapshot(T0)
    errors: dict[str, list[BaseException]] = {"sync": [], "gui": []}
    saved: list[int] = []
    gui_writes = {"reminders": 0, "settings": 0, "accounts": 0}
    last = {}
    gui_started = threading.Event()
    saves_done = threading.Event()

    def sync_side() -> None:
        try:
            gui_started.wait(10)
            for i in range(SAVES):
                saved.append(session.save(replace(base, taken_at=T0 + timedelta(minutes=i))))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertions below
            errors["sync"].append(exc)
        finally:
            saves_done.set()

    def gui_side() -> None:
        try:
            account = session.create_account("hyperliquid", "HL main", {"walletAddress": "0x" + "ab" * 20}, now=T0)
            i = 0
            while not saves_done.is_set():
                now = T0 + timedelta(seconds=i)
                step = i % 6
                if step == 0:
                    session.snooze_reminder("LIQ", f"acct-{i % ACCOUNTS}:BTC/USDT:USDT:long", now + timedelta(hours=4))
                    gui_writes["reminders"] += 1
                elif step == 1:
                    session.dismiss_reminder("R5", "drill", now)
                    gui_writes["reminders"] += 1
                elif step == 2:
                    session.record_drill(now)
                    gui_writes["reminders"] += 1
                elif step == 3:
                    last["refresh"] = 1 + i % 60
                    session.update_settings(refresh_interval_min=last["refresh"])
                    gui_writes["settings"] += 1
                elif step == 4:
                    last["label"] = f"HL main {i}"
                    session.update_account(account.id, label=last["label"])
                    gui_writes["accounts"] += 1
                elif i % 60 == 5:  # now and then a new account, most rounds a read like the views do
                    session.create_account("hyperliquid", f"HL {i}", {"walletAddress": "0x" + "cd" * 20}, now=now)
                    gui_writes["accounts"] += 1
                else:
                    assert session.reminder_states() and session.accounts()
                gui_started.set()
                i += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the assertions below
            errors["gui"].append(exc)
        finally:
            gui_started.set()

    threads = [threading.Thread(target=gui_side, name="gui"), threading.Thread(target=sync_side, name="sync")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads), "a side hung"

    assert errors == {"sync": [], "gui": []}
    assert len(saved) == SAVES and len(set(saved)) == SAVES
    assert _count(session, "snapshots") == SAVES  # 500 of 500 stored
    assert _count(session, "snapshot_positions") == SAVES * ACCOUNTS  # and each one whole
    assert _count(session, "snapshot_balances") == SAVES * ACCOUNTS * 2
    assert session.store.integrity_check() == "ok"
    assert all(n > 0 for n in gui_writes.values()), gui_writes  # the GUI side really wrote meanwhile
    # the GUI side's last writes are what the store holds
    assert load_settings(session.store.read()).refresh_interval_min == last["refresh"]
    labels = {a.label for a in session.accounts()}
    assert last["label"] in labels
    states = session.reminder_states()
    assert ("R5", "drill") in states and states[("R5", "drill")].dismissed_at is not None
    assert session.latest_snapshots(1)[0][1] == replace(base, taken_at=T0 + timedelta(minutes=SAVES - 1))


def test_a_failed_write_leaves_nothing_behind(session):
    before = session.settings.refresh_interval_min
    with pytest.raises(RuntimeError, match="boom"):
        with session.store.write() as db:
            save_snapshot(db, small_snapshot(T0))
            db["settings"].upsert({"key": "refresh_interval_min", "value": "42"}, pk="key")
            db["reminder_state"].upsert({"rule_id": "R5", "subject": "drill", "active": 1}, pk=("rule_id", "subject"))
            raise RuntimeError("boom")
    assert _count(session, "snapshots") == 0 and _count(session, "snapshot_positions") == 0
    assert load_settings(session.store.read()).refresh_interval_min == before
    assert session.reminder_states() == {}
    # the writer is usable again afterwards
    sid = session.save(small_snapshot(T0))
    assert session.snapshot_ids() == [sid] and session.store.integrity_check() == "ok"


def test_a_snapshot_save_that_fails_halfway_is_rolled_back(session):
    good = small_snapshot(T0)
    broken = replace(good, taken_at=T0 + timedelta(minutes=1), prices_usd={"BTC": "not a number"})
    sid = session.save(good)
    with pytest.raises(ValueError):
        session.save(broken)  # fails on the last table, after the head row and the positions were written
    assert session.snapshot_ids() == [sid]
    assert _count(session, "snapshot_positions") == ACCOUNTS  # the first snapshot's only
    assert session.latest_snapshots(1)[0][1] == good


def test_a_reader_thread_sees_committed_data_and_only_that(session):
    def new_thread(fn):
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(fn).result(10)

    # one long-lived reader thread, like the GUI's: it has read before the writes happen
    with ThreadPoolExecutor(max_workers=1) as reader:
        def ask(fn):
            return reader.submit(fn).result(10)

        assert ask(session.snapshot_ids) == []
        with session.store.write() as db:
            sid = save_snapshot(db, small_snapshot(T0))
            # not committed yet: neither that reader nor a new thread sees it, and neither waits for the writer
            assert ask(session.snapshot_ids) == []
            assert new_thread(session.snapshot_ids) == []
        assert ask(session.snapshot_ids) == [sid]  # committed: the same reader connection sees it now
        assert new_thread(session.snapshot_ids) == [sid]
        session.snooze_reminder("LIQ", "acct-0:BTC/USDT:USDT:long", T0 + timedelta(hours=4))
        session.update_settings(refresh_interval_min=7)
        assert ("LIQ", "acct-0:BTC/USDT:USDT:long") in ask(session.reminder_states)
        assert ask(lambda: load_settings(session.store.read()).refresh_interval_min) == 7
        assert new_thread(lambda: session.load_snapshot(sid)) == small_snapshot(T0)
