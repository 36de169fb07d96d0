"""The market-signal series in the database: external daily series (schema v7), and market points read from the
stored snapshots.

* External series (``external_series``, ``external_fetches``): ETF net flows and volatility indices, one value per
  series and day with its source and fetch time. ``save_series`` stores a fetch (a day fetched again replaces its
  row: publishers revise the latest days) and marks the series fresh; ``record_failure`` keeps the rows and marks
  the series stale with the reason; ``load_series`` gives a ``core.market_signals.Series`` with that mark.
* ``load_market_points``: open interest, spot volume and book depth of the stored markets in a time window (the
  newest snapshot of each hour), read from the small per-snapshot payloads and ``book_depths`` (schema v7: each
  book's depth, written with its snapshot by ``save_snapshot_depths``) without loading whole snapshots or decoding
  books. Run it in a worker thread.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from core.market_signals import UNITS, MarketPoint, Series, book_depth_usd
from core.model import MarketState
from core.store.codec import from_text, to_text


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


# --- external series ----------------------------------------------------------------------------------------------
def save_series(db: sqlite_utils.Database, name: str, source: str, points: Iterable[tuple[date, float]],
                fetched_at: datetime) -> int:
    """Store a successful fetch of ``name`` (call inside ``Store.write``): its points (a day already stored is
    replaced), and the series marked fresh from ``source``. Returns how many points were written."""
    rows = [(name, d.isoformat(), to_text(v), source, _iso(fetched_at)) for d, v in points]
    db.conn.executemany("INSERT OR REPLACE INTO external_series (series, day, value, source, fetched_at) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
    db.conn.execute("INSERT INTO external_fetches (series, source, tried_at, fetched_at, problem) "
                    "VALUES (?, ?, ?, ?, '') ON CONFLICT (series) DO UPDATE SET source = excluded.source, "
                    "tried_at = excluded.tried_at, fetched_at = excluded.fetched_at, problem = ''",
                    [name, source, _iso(fetched_at), _iso(fetched_at)])
    return len(rows)


def record_failure(db: sqlite_utils.Database, name: str, source: str, tried_at: datetime, problem: str) -> None:
    """Remember that fetching ``name`` from ``source`` failed (call inside ``Store.write``); the stored points stay
    and the series reads back stale with ``problem``. ``problem`` is the English text (a ``Message`` is stored as its
    English: the reason is re-made for the window when the fetch is retried)."""
    db.conn.execute("INSERT INTO external_fetches (series, source, tried_at, fetched_at, problem) "
                    "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (series) DO UPDATE SET tried_at = excluded.tried_at, "
                    "problem = excluded.problem", [name, source, _iso(tried_at), str(problem) or "failed"])


def delete_series(db: sqlite_utils.Database, name: str) -> int:
    """Forget a series (its points and its fetch state); returns how many points went."""
    n = db.conn.execute("DELETE FROM external_series WHERE series = ?", [name]).rowcount
    db.conn.execute("DELETE FROM external_fetches WHERE series = ?", [name])
    return int(n)


def _problem(text: str) -> str:
    if not text:
        return ""
    from core.messages import QT_TRANSLATE_NOOP, message

    # the stored English reason, shown inside a translatable frame (the reason itself is the source's words)
    return message(QT_TRANSLATE_NOOP("Core", "the last fetch failed: {reason}"), reason=text)


def load_series(db: sqlite_utils.Database, name: str, since: date | None = None) -> Series | None:
    """The stored points of ``name`` (from ``since``), oldest first, with the source and time of the newest fetch
    and the stale mark of the last attempt; None when nothing was ever stored or tried."""
    state = db.execute("SELECT source, tried_at, fetched_at, problem FROM external_fetches WHERE series = ?",
                       [name]).fetchone()
    where, params = "series = ?", [name]
    if since is not None:
        where += " AND day >= ?"
        params.append(since.isoformat())
    rows = db.execute(f"SELECT day, value, source, fetched_at FROM external_series WHERE {where} ORDER BY day",
                      params).fetchall()
    if state is None and not rows:
        return None
    points = tuple((date.fromisoformat(d), float(from_text(v) or 0.0)) for d, v, _, _ in rows)
    newest = max(rows, key=lambda r: r[3]) if rows else None
    fetched = (state[2] if state and state[2] else None) or (newest[3] if newest else None)
    source = (newest[2] if newest else "") or (state[0] if state else "")
    problem = state[3] if state else ""
    return Series(name, source, datetime.fromisoformat(fetched) if fetched else None, points, UNITS.get(name, ""),
                  stale=bool(problem), problem=_problem(problem) or None)


def load_all(db: sqlite_utils.Database, names: Iterable[str], since: date | None = None) -> dict[str, Series]:
    """``load_series`` of each name that has anything stored."""
    out = {}
    for name in names:
        found = load_series(db, name, since)
        if found is not None:
            out[name] = found
    return out


def last_tried(db: sqlite_utils.Database, name: str) -> datetime | None:
    row = db.execute("SELECT tried_at FROM external_fetches WHERE series = ?", [name]).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


# --- market points from the stored snapshots --------------------------------------------------------------------
def load_market_points(db: sqlite_utils.Database, demo: bool, since: datetime, until: datetime | None = None,
                       symbols: Iterable[str] | None = None, per_hour: bool = True) -> list[MarketPoint]:
    """The market points of this mode's snapshots taken after ``since`` (up to ``until``), oldest first; only of
    ``symbols`` when given. ``per_hour``: the newest snapshot of each UTC hour only (the signals read hours and
    days; a month is then at most 720 snapshots). Depths come from ``book_depths``; a book without a row there (a
    store written before schema v7) is decoded once per process (``take_unsaved_depths`` hands them to
    ``save_depths``)."""
    where = ["s.demo = ?", "s.ts > ?"]
    params: list[Any] = [int(demo), since.timestamp()]
    if until is not None:
        where.append("s.ts <= ?")
        params.append(until.timestamp())
    heads = f"SELECT s.id FROM snapshots s WHERE {' AND '.join(where)}"
    if per_hour:
        heads = (f"SELECT max(s.id) FROM snapshots s WHERE {' AND '.join(where)} "
                 "GROUP BY CAST(s.ts / 3600 AS INTEGER)")
    inner = [f"m.snapshot_id IN ({heads})"]
    wanted = sorted(set(symbols)) if symbols is not None else None
    if wanted is not None:
        if not wanted:
            return []
        inner.append(f"m.symbol IN ({', '.join('?' * len(wanted))})")
        params.extend(wanted)
    rows = db.execute("SELECT s.taken_at, m.venue, m.symbol, m.payload, m.book_id, b.hash, d.hash IS NOT NULL, "
                      "d.depth_usd FROM snapshot_markets m JOIN snapshots s ON s.id = m.snapshot_id "
                      "LEFT JOIN market_blobs b ON b.id = m.book_id LEFT JOIN book_depths d ON d.hash = b.hash "
                      f"WHERE {' AND '.join(inner)} ORDER BY s.ts, s.id", params).fetchall()
    unknown = {int(r[4]) for r in rows if r[4] is not None and not r[6]}
    computed = _book_depths(db, unknown) if unknown else {}
    out = []
    for taken_at, venue, symbol, payload, book_id, _, known, depth in rows:
        d = _payload(payload)
        if book_id is None:
            depth = None
        elif not known:
            depth = computed.get(int(book_id))
        out.append(MarketPoint(datetime.fromisoformat(taken_at), venue, symbol, _num(d.get("mark_price")) or 0.0,
                               _num(d.get("open_interest_usd")), _num(d.get("spot_volume_24h_usd")),
                               None if depth is None else float(depth)))
    return out


def take_unsaved_depths() -> list[tuple[bytes, float | None]]:
    """(hash, depth) of the books ``load_market_points`` had to decode in this process since the last call (books
    stored before schema v7), for ``save_depths``: each is decoded once, ever."""
    out = list(_UNSAVED.items())
    _UNSAVED.clear()
    return out


def save_depths(db: sqlite_utils.Database, depths: Iterable[tuple[bytes, float | None]]) -> int:
    """Store computed book depths (call inside ``Store.write``); a hash without its blob any more is skipped."""
    rows = list(depths)
    before = db.conn.total_changes
    db.conn.executemany("INSERT OR IGNORE INTO book_depths (hash, depth_usd) SELECT ?, ? "
                        "WHERE EXISTS (SELECT 1 FROM market_blobs WHERE hash = ?)", [(h, d, h) for h, d in rows])
    return int(db.conn.total_changes - before)


def save_snapshot_depths(db: sqlite_utils.Database, snapshot_id: int, markets: Iterable[MarketState]) -> int:
    """The depth of each book the snapshot ``snapshot_id`` stored, from its markets in memory (call in the same
    transaction as ``save_snapshot``): later reads find it without decoding the book."""
    by_key = {(m.venue, m.symbol): m for m in markets if m.bids and m.asks}
    rows = db.execute("SELECT m.venue, m.symbol, b.hash FROM snapshot_markets m JOIN market_blobs b "
                      "ON b.id = m.book_id WHERE m.snapshot_id = ?", [snapshot_id]).fetchall()
    depths = [(bytes(h), book_depth_usd(by_key[(v, s)])) for v, s, h in rows if (v, s) in by_key]
    db.conn.executemany("INSERT OR IGNORE INTO book_depths (hash, depth_usd) VALUES (?, ?)", depths)
    return len(depths)


def prune_depths(db: sqlite_utils.Database) -> int:
    """Forget the depths of books no snapshot keeps any more (after retention; call inside ``Store.write``)."""
    return int(db.conn.execute("DELETE FROM book_depths WHERE hash NOT IN (SELECT hash FROM market_blobs)").rowcount)


def _payload(text: str | None) -> Mapping[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _num(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


#: Depth of a stored book by its content hash, computed in this process (a blob's content never changes; its id may
#: be reused after retention deletes it, its hash not).
_DEPTHS: dict[bytes, float | None] = {}
_DEPTHS_MAX = 100_000
_UNSAVED: dict[bytes, float | None] = {}


def _depth_of(data: bytes) -> float | None:
    try:
        book = json.loads(zlib.decompress(data))
        m = MarketState("", "", 0.0, bids=tuple((float(p), float(a)) for p, a in book.get("bids", ())),
                        asks=tuple((float(p), float(a)) for p, a in book.get("asks", ())))
    except (ValueError, TypeError, AttributeError, zlib.error):
        return None
    return book_depth_usd(m)


def _book_depths(db: sqlite_utils.Database, ids: set[int]) -> dict[int, float | None]:
    wanted = sorted(ids)
    out: dict[int, float | None] = {}
    for start in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        unknown = []
        for bid, digest in db.execute(f"SELECT id, hash FROM market_blobs WHERE id IN ({marks})", chunk).fetchall():
            key = bytes(digest)
            if key in _DEPTHS:
                out[int(bid)] = _DEPTHS[key]
            else:
                unknown.append(int(bid))
        if not unknown:
            continue
        marks = ",".join("?" * len(unknown))
        for bid, digest, data in db.execute(f"SELECT id, hash, data FROM market_blobs WHERE id IN ({marks})",
                                            unknown).fetchall():
            depth = out[int(bid)] = _depth_of(data)
            if len(_DEPTHS) >= _DEPTHS_MAX:
                _DEPTHS.clear()
            _DEPTHS[bytes(digest)] = depth
            if len(_UNSAVED) < _DEPTHS_MAX:
                _UNSAVED[bytes(digest)] = depth
    return out
