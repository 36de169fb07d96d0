"""Synthetic history for the benchmarks: what a store holds after days or years of 15-minute syncs.

Every snapshot is a variant of a template (the demo, or one real sync against the venue fakes) in which what
changes at a real sync changes: prices drift, every order-book level moves (so no two books are equal and
nothing is shared that a live venue would not share), the running day's close follows the mark, the finished
daily candles roll over once a day, positions' marks and balances move. Tier tables stay, as they do.

``survivor_times`` is the 15-minute grid thinned by the app's own retention rule (``core.retention.keep_ids``)
at the end time: the store a year of syncs leaves behind when retention runs after each save, without writing
the 35,000 snapshots it deletes on the way (``build_store`` writes them through the store's bulk path).
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

STEP = timedelta(minutes=15)


def survivor_times(end: datetime, days: float, all_days: float = 7, hourly_days: float = 90) -> list[datetime]:
    from core.retention import RetentionPolicy, keep_ids

    n = int(round(days * 96))
    times = [end - (n - 1 - i) * STEP for i in range(n)]
    kept = keep_ids([(i, t.timestamp()) for i, t in enumerate(times)], end.timestamp(),
                    RetentionPolicy(all_days, hourly_days))
    return [times[i] for i in sorted(kept)]


class Variants:
    """Snapshot ``i`` at time ``when``: the template with every moving part moved (deterministic in ``i``)."""

    def __init__(self, template: Any, start: datetime) -> None:
        self.template = template
        self.start = start
        self._closes: dict[tuple[int, int], tuple[float, ...]] = {}
        self._books = []
        for m in template.markets:
            bids = np.array(m.bids, dtype=float).reshape(-1, 2)
            asks = np.array(m.asks, dtype=float).reshape(-1, 2)
            self._books.append((bids, asks))

    def factor(self, when: datetime) -> float:
        hours = (when - self.start).total_seconds() / 3600.0
        return math.exp(0.08 * math.sin(hours / 97.0) + 0.03 * math.sin(hours / 7.3))

    def _closes_for(self, k: int, m: Any, day: int) -> tuple[float, ...]:
        key = (k, day)
        value = self._closes.get(key)
        if value is None:
            if len(self._closes) > 4096:
                self._closes.clear()
            value = self._closes[key] = tuple(round(c * (1 + 0.02 * math.sin((day + j) / 5.0)), 2)
                                              for j, c in enumerate(m.daily_closes[:-1]))
        return value

    def at(self, i: int, when: datetime) -> Any:
        t = self.template
        f = self.factor(when)
        rng = np.random.default_rng(i)
        day = (when - self.start).days
        markets = []
        for k, m in enumerate(t.markets):
            bids, asks = self._books[k]
            sides = []
            for side in (bids, asks):
                if not len(side):
                    sides.append(())
                    continue
                prices = np.round(side[:, 0] * f, 2)
                amounts = np.round(side[:, 1] * rng.lognormal(0.0, 0.35, len(side)), 4)
                sides.append(tuple(zip(prices.tolist(), amounts.tolist())))
            mark = round(m.mark_price * f, 2)
            closes = self._closes_for(k, m, day) + (mark,) if m.daily_closes else ()
            markets.append(replace(m, mark_price=mark, bids=sides[0], asks=sides[1], daily_closes=closes,
                                   last_price=mark, index_price=mark,
                                   open_interest_usd=None if m.open_interest_usd is None
                                   else round(m.open_interest_usd * f * (1 + 0.01 * math.sin(i)), 2)))
        marks = {(m.venue, m.symbol): m.mark_price for m in markets}
        positions = tuple(replace(p, mark_price=marks.get((p.venue, p.symbol), round(p.mark_price * f, 2)))
                          for p in t.positions)
        balances = tuple(replace(b, total=round(b.total * (1 + 0.001 * math.sin(i / 11.0)), 8)) for b in t.balances)
        prices = {a: (v if a in ("USDT", "USDC", "USD") else v * f) for a, v in t.prices_usd.items()}
        sources = tuple(replace(s, as_of=when) for s in t.sources)
        return replace(t, taken_at=when, markets=tuple(markets), positions=positions, balances=balances,
                       prices_usd=prices, sources=sources)


def build_store(path: Path, template: Any, times: list[datetime], demo: bool, figures: bool = True,
                batch: int = 250) -> dict[str, float]:
    """Write one snapshot per time (bulk path, ``batch`` per transaction), then (``figures``) the history figures
    the app caches for each; returns timings."""
    from core.history import load_window
    from core.store import Store
    from core.store.series_repo import save_snapshot_depths
    from core.store.snapshots import save_snapshots

    variants = Variants(replace(template, demo=demo), times[0] if times else template.taken_at)
    store = Store.open(path)
    t0 = time.perf_counter()
    try:
        for start in range(0, len(times), batch):
            chunk = [variants.at(start + j, when) for j, when in enumerate(times[start:start + batch])]
            with store.write() as db:
                ids = save_snapshots(db, chunk)
                for sid, snap in zip(ids, chunk, strict=True):  # as Session.save does: each book's depth once
                    save_snapshot_depths(db, sid, snap.markets)
        written = time.perf_counter() - t0
        t1 = time.perf_counter()
        if figures and times:
            load_window(store, demo, max_points=len(times) + 10)
        computed = time.perf_counter() - t1
    finally:
        store.close()
    checkpoint(path)
    return {"write_s": written, "figures_s": computed}


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file (what the last connection's close does), so sizes compare."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def write_v4_store(path: Path, template: Any, n: int, batch: int = 100) -> list[int]:
    """A schema-v4 file holding ``n`` variants written as version 4 wrote them (every market as one JSON document
    per snapshot); returns the file size (bytes) after each batch."""
    import sqlite3

    import sqlite_utils

    from core.store.codec import dumps, row_from, to_text
    from core.store.migrations import migrate

    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    migrate(db, None, upto=4)
    variants = Variants(template, template.taken_at)
    sizes = []
    for start in range(0, n, batch):
        with db.atomic():
            for i in range(start, min(n, start + batch)):
                snap = variants.at(i, template.taken_at + i * STEP)
                sid = db["snapshots"].insert({"taken_at": snap.taken_at.isoformat(), "demo": int(snap.demo),
                                              "app_version": "v4"}).last_pk
                db["snapshot_sources"].insert_all(row_from(s, snapshot_id=sid) for s in snap.sources)
                db["snapshot_accounts"].insert_all(
                    row_from(a, snapshot_id=sid, source_id=a.id, margin=None if a.margin is None else dumps(a.margin))
                    for a in snap.accounts)
                db["snapshot_positions"].insert_all(row_from(p, snapshot_id=sid, source_id=p.account_id)
                                                    for p in snap.positions)
                db["snapshot_balances"].insert_all(row_from(b, snapshot_id=sid, source_id=b.account_id)
                                                   for b in snap.balances)
                db["snapshot_markets"].insert_all({"snapshot_id": sid, "source_id": f"market:{m.venue}",
                                                   "venue": m.venue, "symbol": m.symbol, "payload": dumps(m)}
                                                  for m in snap.markets)
                db["snapshot_wallets"].insert_all(row_from(w, snapshot_id=sid, source_id=w.id) for w in snap.wallets)
                db["snapshot_holdings"].insert_all(row_from(h, snapshot_id=sid) for h in snap.holdings)
                db["snapshot_prices"].insert_all({"snapshot_id": sid, "asset": k, "usd": to_text(v)}
                                                 for k, v in snap.prices_usd.items())
        sizes.append(conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    return sizes


def v4_bytes_per_snapshot(template: Any, tmp: Path, n: int = 48) -> float:
    """Bytes per snapshot of the schema-v4 layout, the same variants written as version 4 wrote them: the
    baseline the new layout is measured against (the growth of the second half: no fixed overhead)."""
    sizes = write_v4_store(tmp / "v4-layout.sqlite", template, 2 * n, batch=n)
    return (sizes[1] - sizes[0]) / n
