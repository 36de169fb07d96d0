"""Net worth, exposure and self-custody share over time, from the stored snapshots.

``history_points`` is pure (snapshots in, points out). Reading the store:

* ``load_window`` (what the History view uses, from a worker thread): the snapshots of one mode in a time
  window, thinned in SQL to at most ``max_points`` (the newest snapshot of each equal time bucket, through the
  (demo, ts) index), their figures read from ``snapshot_figures``; the ones not computed yet (or computed with
  other custody choices or another version) are computed from light snapshots (no order books, no candles) and
  written back, so each snapshot is computed once. ``cancelled`` stops it between chunks.
* ``load_history`` (the session's, read-only): the same points without writing anything.
* ``record_figures``: the figures of a snapshot just saved (the saving code has it in memory).
* ``stored_snapshots`` / ``heads_delta``: ids and times for the snapshot list, and what changed in it since the
  ids a list already holds (new snapshots; the ones retention deleted).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlite_utils

from core.model import (
    Balance,
    Holding,
    LeverageTier,
    MarketState,
    PortfolioSnapshot,
    Position,
    SourceStatus,
    Wallet,
)
from core.money import currency_rates
from core.risk import assess_accounts

if TYPE_CHECKING:
    from core.custody.split import Overrides
    from core.store import Store

#: Most points ``load_history`` returns: more than a chart can show on a screen's width.
DEFAULT_MAX_POINTS = 2000
#: Bump when ``history_point`` computes differently: cached figures of another version are recomputed.
FIGURES_VERSION = 1
#: Snapshots computed per chunk (between two checks of ``cancelled`` and two cache writes).
CHUNK = 100


@dataclass(frozen=True)
class HistoryPoint:
    """One snapshot reduced to the figures the history chart draws. USD unless said otherwise.

    ``net_worth_usd``: exchange equity + everything priced off the exchanges (wallets, manual holdings).
    ``exchange_equity_usd``: sum of the accounts' equity as the risk engine sees it (``assess_accounts``).
    ``self_custody_usd``: value held in hardware and software wallets.
    ``gross_exposure_usd``: sum of |position notional| at mark; ``net_exposure_usd``: longs minus shorts.
    ``self_custody_share``: fraction (0..1) of long-term holdings in self-custody; None when nothing is
    long-term or the custody split is not available.
    ``usd_per_unit``: USD per BTC / per EUR at that snapshot (``core.money.currency_rates``), so each point
    is shown in the display currency at its own time's rate.
    """

    taken_at: datetime
    net_worth_usd: float
    exchange_equity_usd: float
    self_custody_usd: float
    gross_exposure_usd: float
    net_exposure_usd: float
    self_custody_share: float | None
    snapshot_id: int | None = None
    usd_per_unit: Mapping[str, float] = field(default_factory=dict, hash=False)  # display currencies' rates


@dataclass(frozen=True)
class StoredSnapshot:
    """A stored snapshot's id and time (for pickers), without loading its contents."""

    id: int
    taken_at: datetime
    demo: bool


def custody_figures(snapshot: PortfolioSnapshot,
                    overrides: Overrides | None = None) -> tuple[float, float, float | None]:
    """(off-exchange USD, self-custody USD, self-custody share of long-term holdings) from the custody split.

    The one place the history asks the custody module.
    """
    from core.custody.split import SELF_CUSTODY, custody_split

    split = custody_split(snapshot, overrides, with_plan=False)
    self_custody = sum(v for c, v in split.by_class_usd.items() if c in SELF_CUSTODY)
    return split.net_worth_usd - split.on_exchanges_usd, self_custody, split.self_custody_share_of_long_term


def exposure_usd(positions: Iterable[Position]) -> tuple[float, float]:
    """(gross, net) exposure in USD at mark: gross = sum of |notional|, net = longs - shorts."""
    gross = net = 0.0
    for p in positions:
        notional = abs(p.notional_usd)
        gross += notional
        net += p.side.sign * notional
    return gross, net


def history_point(snapshot: PortfolioSnapshot, snapshot_id: int | None = None,
                  overrides: Overrides | None = None) -> HistoryPoint:
    equity = sum(a.equity_usd for a in assess_accounts(snapshot))
    off_exchange, self_custody, share = custody_figures(snapshot, overrides)
    gross, net = exposure_usd(snapshot.positions)
    return HistoryPoint(taken_at=snapshot.taken_at, net_worth_usd=equity + off_exchange,
                        exchange_equity_usd=equity, self_custody_usd=self_custody, gross_exposure_usd=gross,
                        net_exposure_usd=net, self_custody_share=share, snapshot_id=snapshot_id,
                        usd_per_unit=currency_rates(snapshot.prices_usd))


def history_points(snapshots: Iterable[PortfolioSnapshot], overrides: Overrides | None = None) -> list[HistoryPoint]:
    """One point per snapshot, oldest first (sorted by ``taken_at``)."""
    points = [history_point(s, overrides=overrides) for s in snapshots]
    return sorted(points, key=lambda p: p.taken_at)


# --- reading the store ---------------------------------------------------------------------------------

def _epoch(when: datetime | None) -> float | None:
    if when is None:
        return None
    return (when if when.tzinfo is not None else when.replace(tzinfo=UTC)).timestamp()


def _head(row: Sequence[Any]) -> StoredSnapshot:
    return StoredSnapshot(int(row[0]), datetime.fromisoformat(row[1]), bool(row[2]))


def stored_snapshots(db: sqlite_utils.Database, demo: bool | None = None) -> list[StoredSnapshot]:
    """Every stored snapshot's id and time, oldest first (optionally one mode only)."""
    if demo is None:
        rows = db.execute("SELECT id, taken_at, demo FROM snapshots ORDER BY id").fetchall()
    else:
        rows = db.execute("SELECT id, taken_at, demo FROM snapshots WHERE demo = ? ORDER BY id", [int(demo)]).fetchall()
    return [_head(r) for r in rows]


@dataclass(frozen=True)
class HeadsDelta:
    """What changed in one mode's snapshot list since ``known`` ids were read: the snapshots added (oldest first)
    and the ids no longer stored (deleted by retention). ``full``: the delta is the whole list (nothing was known)."""

    added: tuple[StoredSnapshot, ...]
    removed: frozenset[int]
    full: bool = False


def heads_delta(db: sqlite_utils.Database, demo: bool, known: Sequence[int]) -> HeadsDelta:
    """The change to a snapshot list holding ``known`` ids, read through the indexes: the new rows, and the
    removed ids only when the count of old ones says some went. Ids only grow: a new snapshot takes the largest
    id + 1, and the newest snapshot of each mode is never deleted (``core.retention``), so none is reused."""
    if not known:
        return HeadsDelta(tuple(stored_snapshots(db, demo)), frozenset(), full=True)
    newest = max(known)
    added = tuple(_head(r) for r in db.execute(
        "SELECT id, taken_at, demo FROM snapshots WHERE demo = ? AND id > ? ORDER BY id", [int(demo), newest]))
    still = int(db.execute("SELECT count(*) FROM snapshots WHERE demo = ? AND id <= ?",
                           [int(demo), newest]).fetchone()[0])
    removed: frozenset[int] = frozenset()
    if still != len(known):
        present = {r[0] for r in db.execute("SELECT id FROM snapshots WHERE demo = ? AND id <= ?",
                                            [int(demo), newest]).fetchall()}
        removed = frozenset(i for i in known if i not in present)
    return HeadsDelta(added, removed)


def previous_snapshot_id(db: sqlite_utils.Database, demo: bool, before: datetime) -> int | None:
    """The newest stored snapshot of the mode taken strictly before ``before`` (for 'change since')."""
    row = db.execute("SELECT id FROM snapshots WHERE demo = ? AND ts < ? ORDER BY ts DESC, id DESC LIMIT 1",
                     [int(demo), _epoch(before)]).fetchone()
    return None if row is None else int(row[0])


def thin(snapshots: Sequence[StoredSnapshot], max_points: int) -> list[StoredSnapshot]:
    """At most ``max_points`` snapshots: the last one of each equal time bucket (the newest always kept)."""
    if len(snapshots) <= max_points or max_points < 2:
        return list(snapshots[-max_points:]) if max_points >= 1 else []
    first, last = snapshots[0].taken_at, snapshots[-1].taken_at
    span = (last - first).total_seconds()
    if span <= 0:
        return list(snapshots[-max_points:])
    kept: dict[int, StoredSnapshot] = {}
    for s in snapshots:  # oldest first, so the last write per bucket is the bucket's newest
        bucket = min(int((s.taken_at - first).total_seconds() / span * max_points), max_points - 1)
        kept[bucket] = s
    return [kept[b] for b in sorted(kept)]


def _window_where(demo: bool, start: datetime | None, end: datetime | None,
                  after_id: int = 0) -> tuple[str, list[Any]]:
    where: list[str] = ["demo = ?"]
    args: list[Any] = [int(demo)]
    if start is not None:
        where.append("ts >= ?")
        args.append(_epoch(start))
    if end is not None:
        where.append("ts <= ?")
        args.append(_epoch(end))
    if after_id:
        where.append("id > ?")
        args.append(after_id)
    return " AND ".join(where), args


def window_heads(db: sqlite_utils.Database, demo: bool, start: datetime | None = None, end: datetime | None = None,
                 max_points: int = DEFAULT_MAX_POINTS, after_id: int = 0) -> tuple[list[StoredSnapshot], int]:
    """(the snapshots of the window, thinned to at most ``max_points``, oldest first; how many the window holds).

    Thinning runs in SQL: the window is cut into ``max_points`` equal time buckets and each keeps its newest
    snapshot (the window's newest is always kept); a few thousand rows reach Python whatever the store holds.
    """
    where, args = _window_where(demo, start, end, after_id)
    count, lo, hi = db.execute(f"SELECT count(*), min(ts), max(ts) FROM snapshots WHERE {where}", args).fetchone()
    if not count or max_points < 1:
        return [], int(count or 0)
    if count <= max_points or hi <= lo:
        rows = db.execute(f"SELECT id, taken_at, demo FROM snapshots WHERE {where} ORDER BY ts, id "
                          f"LIMIT ? OFFSET ?", [*args, max_points, max(0, count - max_points)]).fetchall()
        return [_head(r) for r in rows], int(count)
    scale = max_points / (hi - lo)
    rows = db.execute(  # SQLite: with max(), the bare columns come from the row holding the maximum
        f"SELECT id, taken_at, demo, max(ts) FROM snapshots WHERE {where} "
        f"GROUP BY min(CAST((ts - ?) * ? AS INTEGER), ?) ORDER BY 4", [*args, lo, scale, max_points - 1]).fetchall()
    return [_head(r) for r in rows], int(count)


def _grouped(db: sqlite_utils.Database, sql: str, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(sql.format(ids=marks), chunk)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            record = dict(zip(names, row))
            out[record["snapshot_id"]].append(record)
    return out


def _light_market(row: dict[str, Any], tiers: Any) -> MarketState:
    # Only what equity needs (tier tables decide which positions count): the books are left in SQLite.
    fee = row["taker_fee_rate"]
    return MarketState(venue=row["venue"], symbol=row["symbol"], mark_price=float(row["mark_price"] or 0.0),
                       tiers=tuple(LeverageTier(**t) for t in tiers or ()),
                       taker_fee_rate=None if fee is None else float(fee),
                       inverse=bool(row["inverse"]), contract_size=float(row["contract_size"] or 1.0))


_MARKETS_SQL = ("SELECT snapshot_id, venue, symbol, json_extract(payload, '$.mark_price') AS mark_price, "
                "tiers_id, json_extract(payload, '$.taker_fee_rate') AS taker_fee_rate, "
                "json_extract(payload, '$.inverse') AS inverse, "
                "json_extract(payload, '$.contract_size') AS contract_size "
                "FROM snapshot_markets WHERE snapshot_id IN ({ids}) ORDER BY rowid")


def load_light_snapshots(db: sqlite_utils.Database,
                         heads: Sequence[StoredSnapshot]) -> list[tuple[int, PortfolioSnapshot]]:
    """Snapshots for ``heads`` without order books or candles (markets keep tiers and fees), bulk-read."""
    from core.store.codec import from_row, from_text
    from core.store.snapshots import account_from_row, blob_values

    ids = [h.id for h in heads]
    if not ids:
        return []
    tables = {name: _grouped(db, f"SELECT * FROM {table} WHERE snapshot_id IN ({{ids}}) ORDER BY rowid", ids)
              for name, table in (("accounts", "snapshot_accounts"), ("positions", "snapshot_positions"),
                                  ("balances", "snapshot_balances"), ("holdings", "snapshot_holdings"),
                                  ("wallets", "snapshot_wallets"), ("sources", "snapshot_sources"),
                                  ("prices", "snapshot_prices"))}
    markets = _grouped(db, _MARKETS_SQL, ids)
    tiers = blob_values(db, (r["tiers_id"] for rows in markets.values() for r in rows))  # few: shared by content
    out = []
    for h in heads:
        out.append((h.id, PortfolioSnapshot(
            taken_at=h.taken_at, demo=h.demo,
            accounts=tuple(account_from_row(r) for r in tables["accounts"][h.id]),
            positions=tuple(from_row(Position, r) for r in tables["positions"][h.id]),
            balances=tuple(from_row(Balance, r) for r in tables["balances"][h.id]),
            holdings=tuple(from_row(Holding, r) for r in tables["holdings"][h.id]),
            wallets=tuple(from_row(Wallet, r) for r in tables["wallets"][h.id]),
            sources=tuple(from_row(SourceStatus, r) for r in tables["sources"][h.id]),
            markets=tuple(_light_market(r, tiers.get(r["tiers_id"])) for r in markets[h.id]),
            prices_usd={r["asset"]: usd for r in tables["prices"][h.id] if (usd := from_text(r["usd"])) is not None},
        )))
    return out


def _stored_overrides(db: sqlite_utils.Database) -> Overrides | None:
    from core.store.custody_repo import load_overrides

    return load_overrides(db)


# --- cached figures ----------------------------------------------------------------------------------------

_FIGURES = ("net_worth_usd", "exchange_equity_usd", "self_custody_usd", "gross_exposure_usd", "net_exposure_usd",
            "self_custody_share")


def figures_key(overrides: Overrides | None) -> str:
    """What cached figures depend on besides the snapshot: the custody choices and the code computing them."""
    from core import __version__

    choices = sorted((k, tuple(getattr(x, "value", x) for x in v)) for k, v in (overrides or {}).items())
    text = repr((FIGURES_VERSION, __version__, choices))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _figures_row(point: HistoryPoint, snapshot_id: int, key: str) -> tuple[Any, ...]:
    return (snapshot_id, key, *(getattr(point, f) for f in _FIGURES),
            json.dumps(dict(point.usd_per_unit), separators=(",", ":")))


def write_figures(db: sqlite_utils.Database, rows: Iterable[tuple[Any, ...]]) -> None:
    db.conn.executemany(f"INSERT OR REPLACE INTO snapshot_figures (snapshot_id, key, {', '.join(_FIGURES)}, rates) "
                        f"VALUES ({', '.join('?' * (len(_FIGURES) + 3))})", list(rows))


def record_figures(db: sqlite_utils.Database, snapshot_id: int, snapshot: PortfolioSnapshot,
                   overrides: Overrides | None = None) -> HistoryPoint:
    """Compute and cache the figures of a snapshot just saved (``db`` writable: inside ``Store.write``)."""
    overrides = _stored_overrides(db) if overrides is None else overrides
    point = history_point(snapshot, snapshot_id, overrides)
    write_figures(db, [_figures_row(point, snapshot_id, figures_key(overrides))])
    return point


def cached_points(db: sqlite_utils.Database, heads: Sequence[StoredSnapshot], key: str) -> dict[int, HistoryPoint]:
    """The cached figures of ``heads`` computed under ``key``, as points."""
    by_id = {h.id: h for h in heads}
    out: dict[int, HistoryPoint] = {}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT snapshot_id, {', '.join(_FIGURES)}, rates FROM snapshot_figures "
                              f"WHERE key = ? AND snapshot_id IN ({marks})", [key, *chunk]).fetchall():
            sid = int(row[0])
            nw, eq, sc, gross, net, share = row[1:7]
            out[sid] = HistoryPoint(by_id[sid].taken_at, nw, eq, sc, gross, net, share, snapshot_id=sid,
                                    usd_per_unit=json.loads(row[7] or "{}"))
    return out


def _sorted(points: Iterable[HistoryPoint]) -> list[HistoryPoint]:
    return sorted(points, key=lambda p: (p.taken_at, p.snapshot_id or 0))


def _points_for(db: sqlite_utils.Database, heads: Sequence[StoredSnapshot],
                store_figures: Callable[[list[tuple[Any, ...]]], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[HistoryPoint] | None:
    overrides = _stored_overrides(db)
    key = figures_key(overrides)
    points = cached_points(db, heads, key)
    missing = [h for h in heads if h.id not in points]
    for start in range(0, len(missing), CHUNK):
        if cancelled is not None and cancelled():
            return None
        fresh = [history_point(snap, sid, overrides)
                 for sid, snap in load_light_snapshots(db, missing[start:start + CHUNK])]
        if store_figures is not None:
            store_figures([_figures_row(p, p.snapshot_id or 0, key) for p in fresh])
        points.update((p.snapshot_id or 0, p) for p in fresh)
    return _sorted(points.values())


def load_history(db: sqlite_utils.Database, demo: bool, *, after_id: int = 0,
                 max_points: int = DEFAULT_MAX_POINTS, start: datetime | None = None,
                 end: datetime | None = None) -> list[HistoryPoint]:
    """History points of the stored snapshots of one mode, oldest first (read-only: cached figures are used,
    missing ones computed but not stored).

    ``after_id``: only snapshots with a larger id (to extend a history already loaded); ``start``/``end``: a time
    window. A longer history than ``max_points`` is thinned to the newest snapshot of each equal time bucket.
    """
    heads, _ = window_heads(db, demo, start, end, max_points, after_id)
    return _points_for(db, heads) or []


@dataclass(frozen=True)
class HistoryWindow:
    """The points of one time window of one mode. ``total``: snapshots stored in the window (more than
    ``len(points)`` when thinned); ``start``/``end``: the window asked for (None = open)."""

    demo: bool
    start: datetime | None
    end: datetime | None
    points: tuple[HistoryPoint, ...]
    total: int

    @property
    def thinned(self) -> bool:
        return self.total > len(self.points)


def load_window(store: Store, demo: bool, start: datetime | None = None, end: datetime | None = None,
                max_points: int = DEFAULT_MAX_POINTS,
                cancelled: Callable[[], bool] | None = None) -> HistoryWindow | None:
    """The points of a time window, thinned in SQL, figures from the cache (computed and stored once when
    missing). Reads on this thread's reader; writes computed figures through ``store.write()`` in small
    transactions. Returns None when ``cancelled()`` said so between chunks. Run it in a worker thread."""
    db = store.read()
    heads, total = window_heads(db, demo, start, end, max_points)

    def keep(rows: list[tuple[Any, ...]]) -> None:
        with store.write() as w:
            write_figures(w, rows)

    points = _points_for(db, heads, keep, cancelled)
    if points is None:
        return None
    return HistoryWindow(demo, start, end, tuple(points), total)
