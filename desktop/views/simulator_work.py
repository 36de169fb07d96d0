"""The What-if's background work and its texts: the grid and the user's book first, the band after.

Both steps run in a worker thread (``asyncio.to_thread`` on the runtime's loop, through the bridge); the view
only indexes what they return. The first step (~60 ms) draws the curves and the tables; the second (~0.3 s)
adds the band, each "dies at" as a range and the tipping-point note. Each result carries the request's
generation, so a late answer to an older request is dropped.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from core.cascade.grid import Simulation, compute_simulation
from core.cascade.scenarios import Scenario
from core.messages import Message
from core.model import PortfolioSnapshot
from desktop import i18n
from desktop.charts.cascade_grid import Book

if TYPE_CHECKING:
    from core.cascade.book import GridBook


def grid_uncertainty(*args):
    """``core.cascade.book.grid_uncertainty`` (imported here, in the worker: it loads the calibration)."""
    from core.cascade.book import grid_uncertainty as run

    return run(*args)


def show(m: Message | str) -> str:
    """A core ``Message`` in the interface language (a plain ``str``, e.g. the user's own text, as it is)."""
    return i18n.text(m)


def compute_grid(snapshot: PortfolioSnapshot, depth: float, oi: float,
                 scenario: Scenario | None, history: Any = None) -> tuple[Simulation, GridBook]:
    """Step one (pure): the grid with and without the cascade, and the user's book on it."""
    from core.cascade.book import grid_book

    sim = compute_simulation(snapshot, depth, oi, scenario, history=history)
    return sim, grid_book(snapshot, sim, scenario)


async def grid_job(generation: int, args: tuple, session: Any = None):
    """The grid in a worker, with the stored market 30 days back (the open interest's change) when a session is
    given: the same model as the dashboard's card."""
    def work() -> tuple[Simulation, GridBook]:
        snapshot, depth, oi, scenario = args
        history = session.market_history(snapshot) if session is not None else None
        return compute_grid(snapshot, depth, oi, scenario, history=history)

    return generation, *await asyncio.to_thread(work)


async def band_job(generation: int, snapshot: PortfolioSnapshot, sim: Simulation, scenario: Scenario | None,
                   book: GridBook):
    return generation, *await asyncio.to_thread(grid_uncertainty, snapshot, sim, scenario, book)


def names(snapshot: PortfolioSnapshot) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Per position of ``snapshot``: ("BTC long" in the interface language, its side, its account's name)."""
    labels = {a.id: a.label or a.id for a in snapshot.accounts}
    brief = tuple(f"{p.base.upper()} {i18n.core_text('Side', p.side.value)}" for p in snapshot.positions)
    return (brief, tuple(p.side.value for p in snapshot.positions),
            tuple(labels.get(p.account_id, p.venue) for p in snapshot.positions))


def book_of(snapshot: PortfolioSnapshot, grid: GridBook) -> Book:
    brief, sides, _ = names(snapshot)
    return Book(grid.accounts, grid.dies_at, brief, sides)


def with_band(book: Book, uncertainty, dies_at) -> Book:
    return replace(book, uncertainty=uncertainty, dies_at=dies_at)
