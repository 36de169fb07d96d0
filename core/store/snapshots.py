"""Saving and loading portfolio snapshots. One snapshot = one transaction."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
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
from core.store.codec import dumps, from_row, from_text, parse_dt, row_from, to_text

_CONTENT_TABLES = ("snapshot_sources", "snapshot_accounts", "snapshot_positions", "snapshot_balances",
                   "snapshot_markets", "snapshot_holdings", "snapshot_wallets", "snapshot_prices")


def save_snapshot(db: sqlite_utils.Database, snap: PortfolioSnapshot,
                  source_of: dict[str, str] | None = None) -> int:
    """Persist ``snap`` atomically and return its id.

    ``source_of`` maps an account/wallet id to the id of the source that produced it (defaults to
    the id itself); it lets a later sync carry one failed source's last good rows forward.
    """
    src = (source_of or {}).get
    with db.atomic():
        sid = db.table("snapshots").insert(
            {"taken_at": snap.taken_at.isoformat(), "demo": int(snap.demo), "app_version": __version__}
        ).last_pk
        assert isinstance(sid, int)  # the integer primary key of the new row
        db.table("snapshot_sources").insert_all(row_from(s, snapshot_id=sid) for s in snap.sources)
        db.table("snapshot_accounts").insert_all(
            row_from(a, snapshot_id=sid, source_id=src(a.id, a.id), margin=_margin_json(a.margin))
            for a in snap.accounts)
        db.table("snapshot_positions").insert_all(
            row_from(p, snapshot_id=sid, source_id=src(p.account_id, p.account_id)) for p in snap.positions)
        db.table("snapshot_balances").insert_all(
            row_from(b, snapshot_id=sid, source_id=src(b.account_id, b.account_id)) for b in snap.balances)
        db.table("snapshot_markets").insert_all(
            {"snapshot_id": sid, "source_id": src(f"market:{m.venue}", f"market:{m.venue}"),
             "venue": m.venue, "symbol": m.symbol, "payload": dumps(m)} for m in snap.markets)
        db.table("snapshot_wallets").insert_all(
            row_from(w, snapshot_id=sid, source_id=src(w.id, w.id)) for w in snap.wallets)
        db.table("snapshot_holdings").insert_all(
            row_from(h, snapshot_id=sid) for h in snap.holdings)
        db.table("snapshot_prices").insert_all(
            {"snapshot_id": sid, "asset": k, "usd": to_text(v)} for k, v in snap.prices_usd.items())
    return sid


def _market_from_json(text: str) -> MarketState:
    d = json.loads(text)
    d["bids"] = tuple(tuple(x) for x in d.get("bids", ()))
    d["asks"] = tuple(tuple(x) for x in d.get("asks", ()))
    d["daily_closes"] = tuple(d.get("daily_closes", ()))
    d["tiers"] = tuple(LeverageTier(**t) for t in d.get("tiers", ()))
    d["tiers_fetched_at"] = parse_dt(d.get("tiers_fetched_at"))
    return MarketState(**d)


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


def _rows(db: sqlite_utils.Database, table: str, sid: int) -> list[dict[str, Any]]:
    return list(db[table].rows_where("snapshot_id = ?", [sid], order_by="rowid"))


def load_snapshot(db: sqlite_utils.Database, sid: int) -> PortfolioSnapshot:
    head = db.table("snapshots").get(sid)
    return PortfolioSnapshot(
        taken_at=datetime.fromisoformat(head["taken_at"]),
        demo=bool(head["demo"]),
        sources=tuple(from_row(SourceStatus, r) for r in _rows(db, "snapshot_sources", sid)),
        accounts=tuple(account_from_row(r) for r in _rows(db, "snapshot_accounts", sid)),
        positions=tuple(from_row(Position, r) for r in _rows(db, "snapshot_positions", sid)),
        balances=tuple(from_row(Balance, r) for r in _rows(db, "snapshot_balances", sid)),
        markets=tuple(_market_from_json(r["payload"]) for r in _rows(db, "snapshot_markets", sid)),
        wallets=tuple(from_row(Wallet, r) for r in _rows(db, "snapshot_wallets", sid)),
        holdings=tuple(from_row(Holding, r) for r in _rows(db, "snapshot_holdings", sid)),
        prices_usd={r["asset"]: usd for r in _rows(db, "snapshot_prices", sid)
                    if (usd := from_text(r["usd"])) is not None},
    )


def snapshot_ids(db: sqlite_utils.Database, demo: bool | None = None) -> list[int]:
    """Snapshot ids, oldest first (optionally only demo or only live ones)."""
    where, args = ("demo = ?", [int(demo)]) if demo is not None else (None, None)
    return [r["id"] for r in db["snapshots"].rows_where(where, args, order_by="id", select="id")]


def latest_snapshot(db: sqlite_utils.Database, demo: bool | None = None) -> PortfolioSnapshot | None:
    ids = snapshot_ids(db, demo)
    return load_snapshot(db, ids[-1]) if ids else None


def source_rows_of(db: sqlite_utils.Database, sid: int, source_id: str) -> dict[str, list[dict[str, Any]]]:
    """The raw rows one source contributed to snapshot ``sid`` (to carry them into a new snapshot)."""
    return {t: list(db[t].rows_where("snapshot_id = ? AND source_id = ?", [sid, source_id]))
            for t in _CONTENT_TABLES if "source_id" in db[t].columns_dict}
