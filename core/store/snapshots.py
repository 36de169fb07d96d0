"""Saving and loading portfolio snapshots. One snapshot = one transaction.

Positions, balances, accounts, wallets, holdings, prices and source states are rows of the snapshot. Market
data, about 97 % of a snapshot's bytes, is split (schema v5): what changes at every sync (mark, index and last
price, funding, open interest, the current day's close) stays in the snapshot's market row as a small JSON
``payload``; the bulky parts are stored **once per distinct content** in ``market_blobs`` and referenced by id:

* ``book``: the order book (bids and asks), as the venue sent it at that sync;
* ``closes``: the daily closes of the *finished* days (the running day's close is in ``payload``), so the
  candles change once a day, not at every sync;
* ``tiers``: the maintenance-margin tier table, which changes when the venue changes it.

A blob is the canonical JSON of its part, zlib-compressed, keyed by the SHA-256 of kind + JSON. A source carried
forward after a failed sync, an unchanged tier table or yesterday's candles cost one integer per snapshot.
Retention (``core.retention``) deletes the snapshots it thins and then the blobs nothing refers to any more.
Everything reads back identical (floats through ``repr``, as before).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

import sqlite_utils

from core import __version__
from core.model import (
    Account,
    AccountMargin,
    Balance,
    CollateralRule,
    CollateralTier,
    Holding,
    LeverageTier,
    MarketState,
    PortfolioSnapshot,
    Position,
    SourceStatus,
    Wallet,
)
from core.store.codec import _encode, dumps, from_row, from_text, parse_dt, to_text

_CONTENT_TABLES = ("snapshot_sources", "snapshot_accounts", "snapshot_positions", "snapshot_balances",
                   "snapshot_markets", "snapshot_holdings", "snapshot_wallets", "snapshot_prices")

#: MarketState fields kept out of the per-snapshot payload (stored once per content in ``market_blobs``).
BULKY_MARKET_FIELDS = frozenset({"bids", "asks", "daily_closes", "tiers"})
BLOB_KINDS = ("book", "closes", "tiers")
#: Columns of ``snapshot_markets`` that reference ``market_blobs`` (one per blob kind).
BLOB_COLUMNS = {"book": "book_id", "closes": "closes_id", "tiers": "tiers_id"}
_COMPRESSION = 6  # zlib level: a 100-level book of JSON shrinks ~3x at ~40 us


def epoch(when: datetime) -> float:
    """Seconds since 1970 (UTC) of a snapshot time; a naive time is taken as UTC."""
    return (when if when.tzinfo is not None else when.replace(tzinfo=UTC)).timestamp()


# --- market data: small payload + content-addressed blobs ----------------------------------------------

def blob_parts(m: MarketState) -> dict[str, bytes | None]:
    """The canonical JSON of each bulky part of ``m`` (None: the part is empty)."""
    closes = m.daily_closes[:-1]
    return {
        "book": dumps({"bids": m.bids, "asks": m.asks}).encode() if (m.bids or m.asks) else None,
        "closes": dumps(closes).encode() if closes else None,
        "tiers": dumps(m.tiers).encode() if m.tiers else None,
    }


def market_payload(m: MarketState) -> str:
    """The per-snapshot JSON of ``m``: every field but the bulky ones, plus the running day's close."""
    small: dict[str, Any] = {}
    for name in _field_names(MarketState):
        if name not in BULKY_MARKET_FIELDS:
            value = getattr(m, name)
            small[name] = value.isoformat() if isinstance(value, datetime) else value
    if m.daily_closes:
        small["close_last"] = m.daily_closes[-1]  # the running day's close: it moves at every sync
    return dumps(small)


class BlobWriter:
    """Finds or adds blobs within one write transaction (remembers what it saw: nothing is deleted meanwhile)."""

    MEMO_LIMIT = 4096  # parts remembered by value (a bulk save of unchanged tier tables encodes each one once)

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._conn = db.conn
        self._seen: dict[bytes, int] = {}
        self._by_value: dict[tuple[str, Any], int | None] = {}

    def market_refs(self, m: MarketState) -> list[int | None]:
        """The blob ids of ``m``'s parts, in ``BLOB_COLUMNS`` order."""
        values = {"book": (m.bids, m.asks), "closes": m.daily_closes[:-1], "tiers": m.tiers}
        out: list[int | None] = []
        parts: dict[str, bytes | None] | None = None
        for kind in BLOB_COLUMNS:
            key = (kind, values[kind])
            try:
                out.append(self._by_value[key])
                continue
            except (KeyError, TypeError):  # not seen yet (or not hashable: encoded every time)
                pass
            if parts is None:
                parts = blob_parts(m)
            bid = self.blob_id(kind, parts[kind])
            if len(self._by_value) >= self.MEMO_LIMIT:
                self._by_value.clear()
            try:
                self._by_value[key] = bid
            except TypeError:
                pass
            out.append(bid)
        return out

    def blob_id(self, kind: str, data: bytes | None) -> int | None:
        if data is None:
            return None
        digest = hashlib.sha256(kind.encode() + b"\0" + data).digest()
        known = self._seen.get(digest)
        if known is not None:
            return known
        row = self._conn.execute("SELECT id FROM market_blobs WHERE hash = ?", (digest,)).fetchone()
        if row is not None:
            bid = int(row[0])
        else:
            cursor = self._conn.execute("INSERT INTO market_blobs (hash, kind, data) VALUES (?, ?, ?)",
                                        (digest, kind, zlib.compress(data, _COMPRESSION)))
            bid = int(cursor.lastrowid or 0)
        self._seen[digest] = bid
        return bid


def blob_values(db: sqlite_utils.Database, ids: Iterable[int | None]) -> dict[int, Any]:
    """Decoded blobs by id (JSON values)."""
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, Any] = {}
    for start in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for bid, data in db.execute(f"SELECT id, data FROM market_blobs WHERE id IN ({marks})", chunk).fetchall():
            out[int(bid)] = json.loads(zlib.decompress(data))
    return out


def _tier(t: Mapping[str, Any]) -> LeverageTier:
    return LeverageTier(**t)


def market_from_parts(payload: str, book: Any, closes: Any, tiers: Any) -> MarketState:
    """A ``MarketState`` from its row's payload and its decoded blobs (None for an empty part)."""
    d = json.loads(payload)
    last = d.pop("close_last", None)
    d["bids"] = tuple(tuple(x) for x in (book or {}).get("bids", ()))
    d["asks"] = tuple(tuple(x) for x in (book or {}).get("asks", ()))
    d["daily_closes"] = tuple(closes or ()) + ((last,) if last is not None else ())
    d["tiers"] = tuple(_tier(t) for t in tiers or ())
    d["tiers_fetched_at"] = parse_dt(d.get("tiers_fetched_at"))
    d["next_funding_at"] = parse_dt(d.get("next_funding_at"))
    return MarketState(**d)


def markets_from_rows(db: sqlite_utils.Database, rows: Sequence[Mapping[str, Any]]) -> list[MarketState]:
    """Decode stored market rows (one blob query for all of them)."""
    blobs = blob_values(db, (r[c] for r in rows for c in BLOB_COLUMNS.values()))
    return [market_from_parts(r["payload"], blobs.get(r["book_id"]), blobs.get(r["closes_id"]),
                              blobs.get(r["tiers_id"])) for r in rows]


def market_from_legacy_json(text: str) -> MarketState:
    """A market as schema v1-v4 stored it: the whole ``MarketState`` as one JSON document (used by the v5
    migration)."""
    d = json.loads(text)
    d["bids"] = tuple(tuple(x) for x in d.get("bids", ()))
    d["asks"] = tuple(tuple(x) for x in d.get("asks", ()))
    d["daily_closes"] = tuple(d.get("daily_closes", ()))
    d["tiers"] = tuple(LeverageTier(**t) for t in d.get("tiers", ()))
    d["tiers_fetched_at"] = parse_dt(d.get("tiers_fetched_at"))
    d["next_funding_at"] = parse_dt(d.get("next_funding_at"))
    return MarketState(**d)


# --- accounts ---------------------------------------------------------------------------------------------

def _margin_json(margin: AccountMargin | None) -> str | None:
    return None if margin is None else dumps(margin)


def _margin_from_json(text: str | None) -> AccountMargin | None:
    if not text:
        return None
    d = json.loads(text)
    d["collateral"] = tuple(
        CollateralRule(r["asset"], tuple(CollateralTier(**t) for t in r["tiers"]), r.get("unit", "usd"))
        for r in d.get("collateral", ()))
    d["collateral_as_of"] = parse_dt(d.get("collateral_as_of"))
    return AccountMargin(**d)


def account_from_row(row: dict[str, Any]) -> Account:
    """A stored account row, its ``margin`` JSON decoded."""
    account: Account = from_row(Account, {k: v for k, v in row.items() if k != "margin"})
    return replace(account, margin=_margin_from_json(row.get("margin")))


# --- saving -----------------------------------------------------------------------------------------------

@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _values(obj: Any) -> list[Any]:
    """``codec.row_from``'s encoding of ``obj``'s fields, as a list in field order (the bulk path)."""
    out: list[Any] = []
    cls: Any = type(obj)
    for name in _field_names(cls):
        value = getattr(obj, name)
        kind = type(value)
        if value is None or kind is str or kind is int:
            out.append(value)
        elif kind is float:
            out.append(repr(value))
        else:
            out.append(_encode(value))
    return out


class _Table:
    """Rows of one content table: ``leading`` columns, the fields of ``cls`` (minus ``skip``), ``trailing``."""

    def __init__(self, name: str, leading: tuple[str, ...], cls: type | None = None, skip: tuple[str, ...] = (),
                 trailing: tuple[str, ...] = ()) -> None:
        self.name = name
        self.cls = cls
        names = _field_names(cls) if cls is not None else ()
        self.keep = [i for i, n in enumerate(names) if n not in skip] if skip else None
        self.columns = (*leading, *(n for n in names if n not in skip), *trailing)
        self.rows: list[tuple[Any, ...]] = []

    def add(self, leading: tuple[Any, ...], obj: Any = None, trailing: tuple[Any, ...] = ()) -> None:
        values = _values(obj) if obj is not None else []
        if self.keep is not None:
            values = [values[i] for i in self.keep]
        self.rows.append((*leading, *values, *trailing))

    def flush(self, db: sqlite_utils.Database) -> None:
        if self.rows:
            db.conn.executemany(f"INSERT INTO {self.name} ({', '.join(self.columns)}) "
                                f"VALUES ({', '.join('?' * len(self.columns))})", self.rows)
            self.rows.clear()


def save_snapshot(db: sqlite_utils.Database, snap: PortfolioSnapshot,
                  source_of: dict[str, str] | None = None) -> int:
    """Persist ``snap`` atomically and return its id.

    ``source_of`` maps an account/wallet id to the id of the source that produced it (defaults to
    the id itself); it lets a later sync carry one failed source's last good rows forward.
    """
    return save_snapshots(db, [snap], source_of)[0]


def save_snapshots(db: sqlite_utils.Database, snaps: Iterable[PortfolioSnapshot],
                   source_of: dict[str, str] | None = None) -> list[int]:
    """Persist many snapshots in one transaction (the bulk path: one ``executemany`` per table); their ids,
    in order. Used for imports, tests and benchmarks; the app saves one snapshot per sync through the same code."""
    src = (source_of or {}).get
    heads: list[tuple[int, str, float, int, str]] = []
    sources = _Table("snapshot_sources", ("snapshot_id",), SourceStatus)
    accounts = _Table("snapshot_accounts", ("snapshot_id", "source_id"), Account, skip=("margin",),
                      trailing=("margin",))
    positions = _Table("snapshot_positions", ("snapshot_id", "source_id"), Position)
    balances = _Table("snapshot_balances", ("snapshot_id", "source_id"), Balance)
    markets = _Table("snapshot_markets", ("snapshot_id", "source_id", "venue", "symbol", "payload",
                                          *BLOB_COLUMNS.values()))
    wallets = _Table("snapshot_wallets", ("snapshot_id", "source_id"), Wallet)
    holdings = _Table("snapshot_holdings", ("snapshot_id",), Holding)
    prices = _Table("snapshot_prices", ("snapshot_id", "asset", "usd"))
    with db.atomic():
        blobs = BlobWriter(db)
        # explicit ids: the next free ones, taken inside this write transaction (a clash would fail, never merge)
        next_id = int(db.execute("SELECT coalesce(max(id), 0) FROM snapshots").fetchone()[0]) + 1
        for snap in snaps:
            sid = next_id
            next_id += 1
            heads.append((sid, snap.taken_at.isoformat(), epoch(snap.taken_at), int(snap.demo), __version__))
            for s in snap.sources:
                sources.add((sid,), s)
            for a in snap.accounts:
                accounts.add((sid, src(a.id, a.id)), a, (_margin_json(a.margin),))
            for p in snap.positions:
                positions.add((sid, src(p.account_id, p.account_id)), p)
            for b in snap.balances:
                balances.add((sid, src(b.account_id, b.account_id)), b)
            for m in snap.markets:
                market_source = f"market:{m.venue}"
                markets.add((sid, src(market_source, market_source), m.venue, m.symbol, market_payload(m),
                             *blobs.market_refs(m)))
            for w in snap.wallets:
                wallets.add((sid, src(w.id, w.id)), w)
            for h in snap.holdings:
                holdings.add((sid,), h)
            for asset, usd in snap.prices_usd.items():
                prices.add((sid, asset, to_text(usd)))
        db.conn.executemany("INSERT INTO snapshots (id, taken_at, ts, demo, app_version) VALUES (?, ?, ?, ?, ?)",
                            heads)
        for table in (sources, accounts, positions, balances, markets, wallets, holdings, prices):
            table.flush(db)
    return [h[0] for h in heads]


# --- loading ----------------------------------------------------------------------------------------------

def _rows(db: sqlite_utils.Database, table: str, sid: int) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE snapshot_id = ? ORDER BY rowid", [sid])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def load_snapshot(db: sqlite_utils.Database, sid: int) -> PortfolioSnapshot:
    head = db.table("snapshots").get(sid)
    return PortfolioSnapshot(
        taken_at=datetime.fromisoformat(head["taken_at"]),
        demo=bool(head["demo"]),
        sources=tuple(from_row(SourceStatus, r) for r in _rows(db, "snapshot_sources", sid)),
        accounts=tuple(account_from_row(r) for r in _rows(db, "snapshot_accounts", sid)),
        positions=tuple(from_row(Position, r) for r in _rows(db, "snapshot_positions", sid)),
        balances=tuple(from_row(Balance, r) for r in _rows(db, "snapshot_balances", sid)),
        markets=tuple(markets_from_rows(db, _rows(db, "snapshot_markets", sid))),
        wallets=tuple(from_row(Wallet, r) for r in _rows(db, "snapshot_wallets", sid)),
        holdings=tuple(from_row(Holding, r) for r in _rows(db, "snapshot_holdings", sid)),
        prices_usd={r["asset"]: usd for r in _rows(db, "snapshot_prices", sid)
                    if (usd := from_text(r["usd"])) is not None},
    )


def snapshot_ids(db: sqlite_utils.Database, demo: bool | None = None) -> list[int]:
    """Snapshot ids, oldest first (optionally only demo or only live ones)."""
    if demo is None:
        return [r[0] for r in db.execute("SELECT id FROM snapshots ORDER BY id").fetchall()]
    return [r[0] for r in db.execute("SELECT id FROM snapshots WHERE demo = ? ORDER BY id", [int(demo)]).fetchall()]


def latest_snapshot_ids(db: sqlite_utils.Database, demo: bool | None = None, n: int = 1) -> list[int]:
    """The ids of the newest ``n`` snapshots, newest first (an index read, whatever the store's size)."""
    if demo is None:
        rows = db.execute("SELECT id FROM snapshots ORDER BY id DESC LIMIT ?", [n]).fetchall()
    else:
        rows = db.execute("SELECT id FROM snapshots WHERE demo = ? ORDER BY id DESC LIMIT ?", [int(demo), n]).fetchall()
    return [r[0] for r in rows]


def snapshot_id_before(db: sqlite_utils.Database, demo: bool, snapshot_id: int | None) -> int | None:
    """The id of the stored snapshot of the mode just before ``snapshot_id`` (the newest one for None)."""
    if snapshot_id is None:
        row = db.execute("SELECT id FROM snapshots WHERE demo = ? ORDER BY id DESC LIMIT 1", [int(demo)]).fetchone()
    else:
        row = db.execute("SELECT id FROM snapshots WHERE demo = ? AND id < ? ORDER BY id DESC LIMIT 1",
                         [int(demo), snapshot_id]).fetchone()
    return None if row is None else int(row[0])


def latest_snapshot(db: sqlite_utils.Database, demo: bool | None = None) -> PortfolioSnapshot | None:
    ids = latest_snapshot_ids(db, demo, 1)
    return load_snapshot(db, ids[0]) if ids else None


def snapshot_child_tables(db: sqlite_utils.Database) -> list[str]:
    """Every table holding rows of a snapshot (a ``snapshot_id`` column), whatever later schemas add."""
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'snapshots' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()]
    return [n for n in names
            if any(c[1] == "snapshot_id" for c in db.execute(f"PRAGMA table_info({n})").fetchall())]


def source_rows_of(db: sqlite_utils.Database, sid: int, source_id: str) -> dict[str, list[dict[str, Any]]]:
    """The raw rows one source contributed to snapshot ``sid`` (to carry them into a new snapshot; market rows
    carry their blob references, which stay valid while either snapshot exists)."""
    return {t: list(db[t].rows_where("snapshot_id = ? AND source_id = ?", [sid, source_id]))
            for t in _CONTENT_TABLES if "source_id" in db[t].columns_dict}
