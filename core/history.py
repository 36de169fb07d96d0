"""Net worth, exposure and self-custody share over time, from the stored snapshots.

``history_points`` is pure (snapshots in, points out). ``load_history`` reads the stored snapshots of one
mode (demo or live) in a few bulk queries, without decoding the order books nobody charts, and thins a
long history to a chartable number of points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
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

#: Most points ``load_history`` returns: more than a chart can show on a screen's width.
DEFAULT_MAX_POINTS = 2000


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

    split = custody_split(snapshot, overrides)
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

def stored_snapshots(db: sqlite_utils.Database, demo: bool | None = None) -> list[StoredSnapshot]:
    """Every stored snapshot's id and time, oldest first (optionally one mode only)."""
    where, args = ("demo = ?", [int(demo)]) if demo is not None else (None, None)
    return [StoredSnapshot(r["id"], datetime.fromisoformat(r["taken_at"]), bool(r["demo"]))
            for r in db["snapshots"].rows_where(where, args, order_by="id", select="id, taken_at, demo")]


def previous_snapshot_id(db: sqlite_utils.Database, demo: bool, before: datetime) -> int | None:
    """The newest stored snapshot of the mode taken strictly before ``before`` (for 'change since')."""
    earlier = [s for s in stored_snapshots(db, demo) if s.taken_at < before]
    return max(earlier, key=lambda s: (s.taken_at, s.id)).id if earlier else None


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


def _light_market(row: dict[str, Any]) -> MarketState:
    # Only what equity needs (tier tables decide which positions count): the books are left in SQLite.
    tiers = tuple(LeverageTier(**t) for t in json.loads(row["tiers"] or "[]"))
    fee = row["taker_fee_rate"]
    return MarketState(venue=row["venue"], symbol=row["symbol"], mark_price=float(row["mark_price"] or 0.0),
                       tiers=tiers, taker_fee_rate=None if fee is None else float(fee),
                       inverse=bool(row["inverse"]), contract_size=float(row["contract_size"] or 1.0))


_MARKETS_SQL = ("SELECT snapshot_id, venue, symbol, json_extract(payload, '$.mark_price') AS mark_price, "
                "json_extract(payload, '$.tiers') AS tiers, json_extract(payload, '$.taker_fee_rate') AS "
                "taker_fee_rate, json_extract(payload, '$.inverse') AS inverse, "
                "json_extract(payload, '$.contract_size') AS contract_size "
                "FROM snapshot_markets WHERE snapshot_id IN ({ids}) ORDER BY rowid")


def load_light_snapshots(db: sqlite_utils.Database,
                         heads: Sequence[StoredSnapshot]) -> list[tuple[int, PortfolioSnapshot]]:
    """Snapshots for ``heads`` without order books or candles (markets keep tiers and fees), bulk-read."""
    from core.store.codec import from_row, from_text
    from core.store.snapshots import account_from_row

    ids = [h.id for h in heads]
    if not ids:
        return []
    tables = {name: _grouped(db, f"SELECT * FROM {table} WHERE snapshot_id IN ({{ids}}) ORDER BY rowid", ids)
              for name, table in (("accounts", "snapshot_accounts"), ("positions", "snapshot_positions"),
                                  ("balances", "snapshot_balances"), ("holdings", "snapshot_holdings"),
                                  ("wallets", "snapshot_wallets"), ("sources", "snapshot_sources"),
                                  ("prices", "snapshot_prices"))}
    markets = _grouped(db, _MARKETS_SQL, ids)
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
            markets=tuple(_light_market(r) for r in markets[h.id]),
            prices_usd={r["asset"]: usd for r in tables["prices"][h.id] if (usd := from_text(r["usd"])) is not None},
        )))
    return out


def _stored_overrides(db: sqlite_utils.Database) -> Overrides | None:
    from core.store.custody_repo import load_overrides

    return load_overrides(db)


def load_history(db: sqlite_utils.Database, demo: bool, *, after_id: int = 0,
                 max_points: int = DEFAULT_MAX_POINTS) -> list[HistoryPoint]:
    """History points of the stored snapshots of one mode, oldest first.

    ``after_id``: only snapshots with a larger id (to extend a history already loaded). A longer history
    than ``max_points`` is thinned to the newest snapshot of each equal time bucket.
    """
    heads = [s for s in stored_snapshots(db, demo) if s.id > after_id]
    overrides = _stored_overrides(db)
    points = [history_point(snap, sid, overrides)
              for sid, snap in load_light_snapshots(db, thin(heads, max_points))]
    return sorted(points, key=lambda p: (p.taken_at, p.snapshot_id or 0))
