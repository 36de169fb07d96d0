"""The liquidation map over time: each stored snapshot's estimated liquidation ladder as a price × time grid.

What the public heatmaps draw, computed locally from the snapshots the app stored: for every snapshot, the
cascade's liquidation ladder of one base asset (``core.cascade.ladder``: open interest spread over a leverage mix
and the entry prices of the last days, venues aggregated as ``core.cascade.snapshot`` does) binned by liquidation
price. One column per time step, one row per price step, the cell's value the USD that would be force-sold (longs,
below the price) or force-bought (shorts, above) there.

* ``map_from_inputs`` is pure (ladder inputs in, ``LiquidationMap`` out). The ladders of all columns are built at
  once with numpy (``ladder_grid``): the same buckets as ``core.cascade.ladder.build_ladder`` builds one snapshot at
  a time (a test holds the two equal), several times faster for a month of columns.
* ``bin_ladder`` bins one ``Ladder`` (for hand-built ladders and the few snapshots the batch does not cover).
* ``load_map_inputs`` / ``load_liquidation_map`` read the store: the snapshots of a time window thinned in SQL
  (``core.history.window_heads``) and, of their markets, only the small per-snapshot rows (mark, funding, open
  interest, the running close) plus the daily-close and tier blobs they share: never an order book. Run them in a
  worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from core.cascade.ladder import (
    DEFAULT_LEVERAGE_MIX,
    Ladder,
    build_ladder,
    levered_mix,
    levered_share_from_state,
    long_share_from_state,
    maintenance_rate,
)
from core.model import LeverageTier, MarketState

if TYPE_CHECKING:
    import sqlite_utils

    from core.store import Store

#: Price range drawn around the price path: this far below its low and above its high (fraction).
WINDOW = 0.20
#: A liquidation price of the user's farther than this from the last mark does not stretch the price axis.
REACH = 0.5
PRICE_BINS = 200
#: Most time columns (a month at one per 90 minutes: about two pixels each on a 1280-pixel window); the store read is
#: thinned to this many snapshots in SQL.
MAX_COLUMNS = 480
#: A column is left blank when its newest snapshot is older than this many column widths (the app was not running).
STALE_COLUMNS = 3.0
# As core.cascade: the market model's defaults (SymbolModel.entry_vol, MarketModel.n_entries) and the entry grid's
# last 60 daily closes, its 5-close minimum (core.cascade.ladder.entry_grid).
ENTRY_VOL = 0.05
N_ENTRIES = 200
ENTRY_DAYS = 60
MIN_CLOSES = 5
CHUNK = 24  # columns built per numpy pass: the temporary arrays stay in the CPU's cache (~1.5x faster than 128)


@dataclass(frozen=True)
class LadderInputs:
    """What one snapshot's ladder of one base asset is built from (venues aggregated). Prices USD."""

    ts: float  # the snapshot's time, seconds since 1970 (UTC)
    mark_price: float  # open-interest weighted over the venues
    open_interest_usd: float  # summed over the venues
    funding_rate: float | None  # per 8 h, open-interest weighted
    closes: tuple[float, ...]  # daily closes, oldest first (the venue with the longest series)
    max_leverage: float = 125.0
    maintenance_margin_rate: float = 0.005  # the lowest tier-1 rate of the venues


@dataclass(frozen=True)
class LiquidationMap:
    """One base asset's estimated liquidations over time.

    ``notional_usd[c, p]``: USD liquidated if the price reached price row ``p`` at column ``c`` (NaN: no snapshot
    for that column); columns span ``time_edges`` (seconds since 1970, uniform), rows ``price_edges`` (USD,
    uniform). ``path_ts``/``path_mark``: the mark of every snapshot read. ``stored``: snapshots the window holds
    (more than ``len(path_ts)`` when the read was thinned).
    """

    base: str
    time_edges: np.ndarray
    price_edges: np.ndarray
    notional_usd: np.ndarray
    path_ts: np.ndarray
    path_mark: np.ndarray
    stored: int

    @property
    def price_step(self) -> float:
        return float(self.price_edges[1] - self.price_edges[0]) if len(self.price_edges) > 1 else 0.0

    @property
    def span_s(self) -> float:
        return float(self.path_ts[-1] - self.path_ts[0]) if len(self.path_ts) else 0.0

    @property
    def peak_usd(self) -> float:
        """The densest cell (USD; 0 when nothing is known)."""
        finite = self.notional_usd[np.isfinite(self.notional_usd)]
        return float(finite.max()) if finite.size else 0.0


# --- the ladder inputs of a snapshot (as core.cascade.snapshot aggregates venues) ---------------------------------

def _tier_limits(tiers: Sequence[LeverageTier]) -> tuple[float, float]:
    """(highest maximum leverage, lowest tier-1 maintenance rate) of one tier table (NaN where it has none)."""
    lev = max((t.max_leverage for t in tiers), default=np.nan)
    mmr = min((t.maintenance_margin_rate for t in tiers if t.tier == 1), default=np.nan)
    return float(lev), float(mmr)


def aggregate(ts: Sequence[float], group: np.ndarray, mark: np.ndarray, oi: np.ndarray, funding: np.ndarray,
              closes: Sequence[tuple[float, ...]], max_leverage: np.ndarray, mmr: np.ndarray) -> list[LadderInputs]:
    """Ladder inputs per snapshot from its markets' rows of one base asset (arrays over rows; ``group[i]``: row
    ``i``'s snapshot, an index into ``ts``; NaN for an unknown open interest, funding, leverage or rate).

    The aggregation ``core.cascade.snapshot.market_model_from_snapshot`` uses for the cascade: markets without a
    positive mark are left out, open interest adds up, mark and funding are open-interest weighted (equally when
    no venue has open interest), the longest daily-close series gives the entries (the first of equal ones), the
    highest maximum leverage and the lowest tier-1 maintenance rate of the venues' tiers count. Snapshots without a
    usable market are left out."""
    n = len(ts)
    valid = mark > 0
    oi = np.where(valid, np.maximum(np.nan_to_num(oi, nan=0.0), 0.0), 0.0)
    oi_sum = np.bincount(group, oi, minlength=n)
    w = np.where(valid, np.where(oi_sum[group] > 0, oi, 1.0), 0.0)
    wsum = np.bincount(group, w, minlength=n)
    mark_usd = np.bincount(group, w * np.where(valid, mark, 0.0), minlength=n)
    has_f = valid & ~np.isnan(funding)
    f_w = np.bincount(group, np.where(has_f, w, 0.0), minlength=n)
    f_sum = np.bincount(group, np.where(has_f, w * np.nan_to_num(funding), 0.0), minlength=n)
    lev = np.full(n, -np.inf)
    np.maximum.at(lev, group[valid], np.nan_to_num(max_leverage[valid], nan=-np.inf))
    rate = np.full(n, np.inf)
    np.minimum.at(rate, group[valid], np.nan_to_num(mmr[valid], nan=np.inf))
    lengths = np.array([len(c) for c in closes])
    longest: dict[int, int] = {}
    for i in np.lexsort((np.arange(len(group)), -lengths, group)):  # by snapshot, longest first, then row order
        if valid[i]:
            longest.setdefault(int(group[i]), int(i))
    marks = (mark_usd / np.where(wsum > 0, wsum, 1.0)).tolist()
    rates = np.divide(f_sum, f_w, out=np.full(n, np.nan), where=f_w > 0).tolist()
    levs = np.where(np.isfinite(lev), lev, 125.0).tolist()
    mmrs = np.where(np.isfinite(rate), rate, 0.005).tolist()
    ois = oi_sum.tolist()
    return [LadderInputs(ts=float(ts[g]), mark_price=marks[g], open_interest_usd=ois[g],
                         funding_rate=None if rates[g] != rates[g] else rates[g], closes=tuple(closes[i]),
                         max_leverage=levs[g], maintenance_margin_rate=mmrs[g])
            for g, i in sorted(longest.items())]


def _nan(value: float | None) -> float:
    return np.nan if value is None else float(value)


def inputs_from_markets(ts: float, markets: Sequence[MarketState]) -> LadderInputs | None:
    """One base asset's ladder inputs from its markets at one snapshot (``aggregate``); None without a usable
    mark."""
    if not markets:
        return None
    limits = [_tier_limits(m.tiers) for m in markets]
    out = aggregate([ts], np.zeros(len(markets), dtype=np.int64), np.array([m.mark_price or 0.0 for m in markets]),
                    np.array([_nan(m.open_interest_usd) for m in markets]),
                    np.array([_nan(m.funding_rate) for m in markets]), [m.daily_closes for m in markets],
                    np.array([x[0] for x in limits]), np.array([x[1] for x in limits]))
    return out[0] if out else None


def ladder_of(inputs: LadderInputs, leverage_mix: Mapping[float, float] = DEFAULT_LEVERAGE_MIX) -> Ladder:
    """The cascade's ladder for ``inputs``, one snapshot at a time (``core.cascade.ladder.build_ladder``)."""
    share = levered_share_from_state(inputs.open_interest_usd)
    return build_ladder(inputs.mark_price, inputs.open_interest_usd, long_share_from_state(inputs.funding_rate),
                        levered_mix(share, leverage_mix), max_leverage=inputs.max_leverage,
                        maintenance_margin_rate=inputs.maintenance_margin_rate, closes=inputs.closes,
                        entry_vol=ENTRY_VOL, n_entries=N_ENTRIES)


# --- binning ------------------------------------------------------------------------------------------------------

def _bins(prices: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(bin index, inside) of ``prices`` on uniform ``edges``."""
    lo, step = edges[0], edges[1] - edges[0]
    idx = np.floor((prices - lo) / step).astype(np.int64)
    inside = (idx >= 0) & (idx < len(edges) - 1)
    return idx, inside


def bin_ladder(ladder: Ladder, mark_price: float, edges: np.ndarray) -> np.ndarray:
    """USD per price row of one ladder (levels are moves relative to ``mark_price``); outside the edges is dropped."""
    out = np.zeros(len(edges) - 1)
    for level, usd in ((ladder.long_level, ladder.long_notional_usd), (ladder.short_level, ladder.short_notional_usd)):
        if len(level):
            idx, inside = _bins(mark_price * (1.0 + np.asarray(level, dtype=float)), edges)
            out += np.bincount(idx[inside], weights=np.asarray(usd, dtype=float)[inside], minlength=len(out))
    return out


def _batchable(inputs: LadderInputs) -> bool:
    c = inputs.closes[-ENTRY_DAYS:]
    return len(c) >= MIN_CLOSES and min(c) > 0 and inputs.mark_price > 0


def _grid_group(group: Sequence[LadderInputs], edges: np.ndarray, mix: Mapping[float, float]) -> np.ndarray:
    """Rows of the grid for columns whose entry grids have the same shape (same number of closes), built at once:
    ``build_ladder`` with the closes' entry grid, broadcast over a leading column axis."""
    g, n_bins = len(group), len(edges) - 1
    c = np.array([x.closes[-ENTRY_DAYS:] for x in group], dtype=float)  # (G, n)
    mark = np.array([x.mark_price for x in group], dtype=float)
    oi = np.array([x.open_interest_usd for x in group], dtype=float)
    path = np.concatenate([c, mark[:, None]], axis=1)  # closes then the mark
    later_low = np.minimum.accumulate(path[:, ::-1], axis=1)[:, ::-1][:, 1:]
    later_high = np.maximum.accumulate(path[:, ::-1], axis=1)[:, ::-1][:, 1:]
    day_vol = np.std(np.diff(np.log(path), axis=1), axis=1)  # population σ of the daily log returns
    per_day = max(1, N_ENTRIES // c.shape[1])
    z = np.linspace(-1.0, 1.0, per_day) if per_day > 1 else np.zeros(1)
    entries = (c[:, :, None] * np.exp(day_vol[:, None, None] * z[None, None, :])).reshape(g, -1)  # (G, E)
    low = np.minimum(np.repeat(later_low, len(z), axis=1), entries)
    high = np.maximum(np.repeat(later_high, len(z), axis=1), entries)
    w_entry = 1.0 / entries.shape[1]
    # leverage mix per column (the levered share follows each snapshot's open interest)
    keys = sorted({float(k) for k in levered_mix(1.0, mix)} | {1.0})
    w_lev = np.zeros((g, len(keys)))
    for i, x in enumerate(group):
        m = levered_mix(levered_share_from_state(x.open_interest_usd), mix)
        w_lev[i] = [m.get(k, 0.0) for k in keys]
    lev = np.minimum(np.array(keys)[None, :], np.array([x.max_leverage for x in group])[:, None])  # (G, K)
    w_lev /= w_lev.sum(axis=1, keepdims=True)
    # one base rate per column, broadcast (maintenance_rate is elementwise; its annotation says float)
    mmr = maintenance_rate(lev, cast(float, np.array([x.maintenance_margin_rate for x in group])[:, None]))
    long_share = np.array([long_share_from_state(x.funding_rate) for x in group])
    lo, step = float(edges[0]), float(edges[1] - edges[0])
    e_lo, e_hi = entries.min(axis=1), entries.max(axis=1)
    out = np.zeros(g * n_bins)
    hi = float(edges[-1])
    for sign, share, since in ((1.0, long_share, low), (-1.0, 1.0 - long_share, high)):
        f = 1.0 - sign / lev + sign * mmr  # (G, K): a bucket liquidates at entry × f (alive only above 0)
        # alive: not crossed by the mark nor a later close, i.e. entry × f below the low since (longs) or above
        # the high (shorts): f against since/entry. Counted by bisection for every leverage; tested entry by entry
        # only for the leverages whose levels can land on the price rows.
        ratio = since / entries  # (G, E)
        ordered = np.sort(ratio, axis=1)
        n_e = ratio.shape[1]
        count = np.empty_like(f)  # live entries per leverage: the ratios beyond f, by bisection
        for i in range(g):
            if sign > 0:
                count[i] = n_e - np.searchsorted(ordered[i], f[i], side="right")
            else:
                count[i] = np.searchsorted(ordered[i], f[i], side="left")
        count[f <= 0] = 0.0
        reach = (count > 0) & (e_hi[:, None] * f >= lo) & (e_lo[:, None] * f < hi)  # can land on the price rows
        # every live bucket of a column weighs w_entry × w_lev: the side's open interest spread over them
        total = (w_entry * w_lev * count).sum(axis=1)
        per_bucket = w_entry * w_lev * np.divide(oi * share, total, out=np.zeros(g), where=total > 0)[:, None]
        kb = np.flatnonzero(reach.any(axis=0))
        if not len(kb):
            continue
        fk = f[:, None, kb]
        alive = (ratio[:, :, None] > fk) if sign > 0 else (ratio[:, :, None] < fk)
        pos = entries[:, :, None] * (fk / step)
        pos -= lo / step  # (G, E, K') fractional price row
        keep = pos >= 0
        keep &= pos < n_bins
        keep &= alive
        # one bincount over every bucket, the ones not drawn sent to a last, dropped row (no boolean gathers);
        # truncation is the floor for every kept (non-negative) position
        flat = pos.astype(np.int64)
        flat += (np.arange(g) * n_bins)[:, None, None]
        flat = np.where(keep, flat, g * n_bins)
        usd = np.where(keep, per_bucket[:, None, kb], 0.0)
        out += np.bincount(flat.ravel(), weights=usd.ravel(), minlength=g * n_bins + 1)[:-1]
    return out.reshape(g, n_bins)


def ladder_grid(inputs: Sequence[LadderInputs], edges: np.ndarray,
                leverage_mix: Mapping[float, float] = DEFAULT_LEVERAGE_MIX) -> np.ndarray:
    """USD per (column, price row): each column the ladder of its inputs (``ladder_of``) binned on ``edges``.

    Columns with at least 5 positive daily closes (nearly all) are built together, grouped by the number of closes;
    the rest one by one through ``build_ladder``. A column without open interest is all zero."""
    out = np.zeros((len(inputs), len(edges) - 1))
    groups: dict[int, list[int]] = defaultdict(list)
    for i, x in enumerate(inputs):
        if x.open_interest_usd <= 0 or x.mark_price <= 0:
            continue
        if _batchable(x):
            groups[len(x.closes[-ENTRY_DAYS:])].append(i)
        else:
            out[i] = bin_ladder(ladder_of(x, leverage_mix), x.mark_price, edges)
    for members in groups.values():
        for start in range(0, len(members), CHUNK):
            part = members[start:start + CHUNK]
            out[part] = _grid_group([inputs[i] for i in part], edges, leverage_mix)
    return out


# --- layout: time columns and price rows --------------------------------------------------------------------------

def time_columns(ts: np.ndarray, max_columns: int = MAX_COLUMNS,
                 stale_columns: float = STALE_COLUMNS) -> tuple[np.ndarray, np.ndarray]:
    """(time edges (C+1), the snapshot index drawn in each column (C), -1 for none) for sorted times ``ts``.

    Columns are uniform from the first snapshot to the last (at most ``max_columns``, at most one per snapshot);
    each shows the newest snapshot taken by its end, unless that one is more than ``stale_columns`` widths old."""
    n = len(ts)
    if n == 0:
        return np.zeros(1), np.zeros(0, dtype=np.int64)
    span = float(ts[-1] - ts[0])
    cols = max(1, min(int(max_columns), n)) if span > 0 else 1
    step = span / (cols - 1) if cols > 1 else 900.0
    centres = ts[0] + np.arange(cols) * step
    edges = ts[0] - step / 2.0 + np.arange(cols + 1) * step
    idx = np.searchsorted(ts, centres + step / 2.0, side="right") - 1
    ok = (idx >= 0) & (centres - ts[np.maximum(idx, 0)] <= stale_columns * step)
    return edges, np.where(ok, idx, -1)


def price_edges(marks: np.ndarray, extra_prices: Sequence[float] = (), window: float = WINDOW,
                bins: int = PRICE_BINS, reach: float = REACH) -> np.ndarray:
    """Uniform price rows (USD) from ``window`` below the path's low to ``window`` above its high, stretched to
    show each of ``extra_prices`` (the user's liquidation prices) within ``reach`` of the last mark."""
    lo, hi = float(np.min(marks)) * (1.0 - window), float(np.max(marks)) * (1.0 + window)
    last = float(marks[-1])
    for p in extra_prices:
        if p and last * (1.0 - reach) <= p <= last * (1.0 + reach):
            lo, hi = min(lo, p * 0.98), max(hi, p * 1.02)
    return np.linspace(lo, hi, int(bins) + 1)


def map_from_inputs(base: str, inputs: Sequence[LadderInputs], extra_prices: Sequence[float] = (),
                    max_columns: int = MAX_COLUMNS, price_bins: int = PRICE_BINS, stored: int | None = None,
                    leverage_mix: Mapping[float, float] = DEFAULT_LEVERAGE_MIX) -> LiquidationMap | None:
    """The map of ``inputs`` (any order; one per snapshot); None without any. ``extra_prices``: prices the price
    axis must show (the user's liquidation prices, see ``price_edges``)."""
    rows = sorted(inputs, key=lambda x: x.ts)
    if not rows:
        return None
    ts = np.array([x.ts for x in rows], dtype=float)
    marks = np.array([x.mark_price for x in rows], dtype=float)
    t_edges, source = time_columns(ts, max_columns)
    p_edges = price_edges(marks, extra_prices, bins=price_bins)
    used = np.unique(source[source >= 0])
    grid_used = ladder_grid([rows[i] for i in used], p_edges, leverage_mix)
    grid = np.full((len(source), price_bins), np.nan)
    where = np.searchsorted(used, source[source >= 0])
    grid[source >= 0] = grid_used[where]
    return LiquidationMap(base=base.upper(), time_edges=t_edges, price_edges=p_edges, notional_usd=grid,
                          path_ts=ts, path_mark=marks, stored=len(rows) if stored is None else int(stored))


# --- reading the store ------------------------------------------------------------------------------------------

_ROWS_SQL = ("SELECT snapshot_id, venue, symbol, json_extract(payload, '$.mark_price'), "
             "json_extract(payload, '$.open_interest_usd'), json_extract(payload, '$.funding_rate'), "
             "json_extract(payload, '$.close_last'), closes_id, tiers_id "
             "FROM snapshot_markets WHERE snapshot_id IN ({ids}) AND symbol LIKE ? ESCAPE '\\' ORDER BY rowid")


def _like(base: str) -> str:
    return base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"


def load_map_inputs(db: sqlite_utils.Database, demo: bool, base: str, start: datetime | None = None,
                    end: datetime | None = None, max_columns: int = MAX_COLUMNS) -> tuple[list[LadderInputs], int]:
    """(the ladder inputs of ``base`` of each snapshot in the window, thinned in SQL to ``max_columns``; how many
    snapshots the window holds). Reads the markets' small rows and their shared close and tier blobs only."""
    from core.history import window_heads
    from core.store.snapshots import blob_values

    heads, total = window_heads(db, demo, start, end, max_columns)
    if not heads:
        return [], total
    when = {h.id: h.taken_at.timestamp() for h in heads}
    ids = list(when)
    rows: list[tuple[Any, ...]] = []
    for at in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[at:at + 500]
        rows += db.execute(_ROWS_SQL.format(ids=",".join("?" * len(chunk))), [*chunk, _like(base)]).fetchall()
    wanted = base.upper()
    rows = [r for r in rows if r[2].split("/")[0].upper() == wanted]
    blobs = blob_values(db, [i for r in rows for i in (r[7], r[8])])
    limits = {i: _tier_limits([LeverageTier(**t) for t in blobs.get(i) or ()]) for i in {r[8] for r in rows}}
    history = {i: tuple(blobs.get(i) or ()) for i in {r[7] for r in rows}}
    order = {sid: k for k, sid in enumerate(ids)}
    inputs = aggregate(
        [when[sid] for sid in ids], np.array([order[r[0]] for r in rows], dtype=np.int64),
        np.array([r[3] or 0.0 for r in rows], dtype=float), np.array([_nan(r[4]) for r in rows]),
        np.array([_nan(r[5]) for r in rows]),
        [history[r[7]] + ((r[6],) if r[6] is not None else ()) for r in rows],  # the running day's close last
        np.array([limits[r[8]][0] for r in rows]), np.array([limits[r[8]][1] for r in rows]))
    return sorted(inputs, key=lambda x: x.ts), total


def load_liquidation_map(store: Store, demo: bool, base: str, start: datetime | None = None,
                         end: datetime | None = None, extra_prices: Sequence[float] = (),
                         max_columns: int = MAX_COLUMNS, price_bins: int = PRICE_BINS) -> LiquidationMap | None:
    """The map of ``base`` over a time window of the store (None: no snapshot there has its market data). Reads on
    this thread's reader: run it in a worker thread."""
    inputs, total = load_map_inputs(store.read(), demo, base, start, end, max_columns)
    return map_from_inputs(base, inputs, extra_prices, max_columns, price_bins, stored=total)
