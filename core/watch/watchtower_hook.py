"""The cold-wallet watchtower (``core.custody.watchtower``) as the watch engine's source of extra alerts.

``watchtower_for(session)`` returns ``poll(analysis, now) -> alerts``: one watchtower poll of the session's
watch-only wallets and cold-storage moves (chain I/O through ``poll_watchtower``, judged by the pure
``watchtower_alerts``), its state kept in the store (custody fact ``watchtower``), the moves it saw arrive marked
confirmed. The engine calls it after every full sync (and every analysis the desktop app hands it), at most once
per ``MIN_INTERVAL``; its alerts go through the engine's snooze and no-repeat filter by their own keys.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from core.alerts import Alert

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.session import Session

FACT = "watchtower"  # custody fact (settings table, ``custody.watchtower``) holding ``WatchtowerState.to_json()``
MIN_INTERVAL = timedelta(seconds=60)  # the desktop re-analyses on every setting change: poll the chain less

Poll = Callable[["Analysis", datetime], Awaitable[Sequence[Alert]]]


def watchtower_for(session: Session) -> Poll | None:
    """The watchtower poll for ``session`` (None in the demo: its wallets are recorded, no chain to ask)."""
    if session.demo:
        return None
    last: list[datetime] = []

    async def poll(analysis: Analysis, now: datetime) -> Sequence[Alert]:
        from core.custody.sources import ChainSettings
        from core.custody.watchtower import WatchtowerState, long_term_wallet_ids, moves_to_confirm, poll_watchtower
        from core.store import custody_repo

        if last and now - last[0] < MIN_INTERVAL:
            return ()

        def load() -> tuple[Any, Any, list[custody_repo.ColdMove]]:
            db = session.store.read()
            return custody_repo.get_fact(db, FACT), custody_repo.load_overrides(db), custody_repo.list_cold_moves(db)

        wallets = await asyncio.to_thread(session.wallets)
        if not wallets:
            return ()
        raw, overrides, moves = await asyncio.to_thread(load)
        snapshot = analysis.snapshot
        state = WatchtowerState.from_json(raw, snapshot)
        long_term = long_term_wallet_ids(snapshot, overrides)
        alerts, new_state = await poll_watchtower(wallets, moves, state, ChainSettings.from_settings(session.settings),
                                                  now, long_term=long_term)
        last[:] = [now]

        def save() -> None:
            with session.store.write() as db:
                custody_repo.set_fact(db, FACT, new_state.to_json())
                custody_repo.confirm_moves(db, moves_to_confirm(new_state, moves), now)

        await asyncio.to_thread(save)
        return alerts

    return poll
