"""The cascade engine: a vectorised fixed point over a whole grid of shocks and all symbols at once.

Composition (additive in moves relative to the mark P0, reference §9.1 TV-CAS-1 additive form):
``m = m_ex − x_bid(FL(m) − FS(m))`` when forced selling dominates, ``m_ex + x_ask(FS − FL)`` when forced
buying does; ``FL(m)`` = notional of long buckets whose liquidation move is >= m, ``FS(m)`` = shorts whose
move is <= m. The exogenous shock shifts the whole book; forced flow then walks it. Starting from the
no-liquidation price the iterates are monotone, so the first fixed point is reached (reference §8.3).

Every (symbol, shock) pair is one *element*; all elements iterate together: one ``np.searchsorted`` over
the concatenated, sorted level arrays of all symbols (each symbol's block shifted by a constant so blocks
never overlap) gives every element's liquidated notional from per-block suffix/prefix sums.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from core.cascade.depth import impact_curve
from core.cascade.ladder import Ladder
from core.cascade.market import MarketModel

_BLOCK = 32.0  # key spacing between symbols; moves are clipped to [-2, 30) for the search
_LEVEL_CAP = 29.0


@dataclass(frozen=True)
class CompiledMarket:
    """A market model turned into flat arrays (built once, reused for every grid and slider move)."""

    names: tuple[str, ...]
    driver_index: int | None
    mark_price: np.ndarray  # (S,) USD
    beta: np.ndarray  # (S,)
    ladders: tuple[Ladder, ...]
    insurance_fund_usd: np.ndarray  # (S,)
    # impact tables, bid rows 0..S-1 then ask rows S..2S-1: distances (2S,G), log depth (2S,G),
    # USD that exhausts the side (2S,), the side's end distance (2S,)
    curves: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    long_keys: np.ndarray  # sorted level keys of all symbols
    long_suffix: np.ndarray  # per block: suffix sums of notional, one trailing 0 per block
    short_keys: np.ndarray
    short_prefix: np.ndarray  # per block: prefix sums, one leading 0 per block
    long_bankrupt_keys: np.ndarray
    long_bankrupt_sums: np.ndarray  # (3, n + S): suffix sums of w·b, w, notional by bankruptcy move
    short_bankrupt_keys: np.ndarray
    short_bankrupt_sums: np.ndarray  # (3, n + S): prefix sums
    tolerance: float
    max_iterations: int

    def index(self, name: str) -> int:
        try:
            return self.names.index(name.upper())
        except ValueError:
            raise KeyError(name) from None


def _curves(model: MarketModel) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Both sides' impact tables stacked (bid rows, then ask rows), G common (short rows repeat their end)."""
    tables = {side: [impact_curve(getattr(s, side), model.impact, s.daily_vol, s.daily_volume_usd)
                     for s in model.symbols] for side in ("bid", "ask")}
    g = max(len(t[0]) for ts in tables.values() for t in ts)
    out = []
    for side in ("bid", "ask"):
        xs = np.empty((len(model.symbols), g))
        ld = np.empty((len(model.symbols), g))
        for i, (x, lg, _) in enumerate(tables[side]):
            pad = g - len(x)  # flows beyond the real end are runaways, so the padding is never interpolated
            xs[i] = np.concatenate([x, np.full(pad, x[-1])])
            ld[i] = np.concatenate([lg, lg[-1] + 1e-9 * np.arange(1, pad + 1)])
        out.append((xs, ld, np.array([t[2] for t in tables[side]]), np.array([t[0][-1] for t in tables[side]])))
    xs, ld, end, x_max = (np.concatenate([b, a]) for b, a in zip(*out))
    return xs, ld, end, x_max


def _blocks(values: Sequence[np.ndarray], weights: Sequence[np.ndarray],
            suffix: bool) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys of all blocks plus per-block cumulative sums (suffix: trailing 0; prefix: leading 0)."""
    keys, sums = [], []
    for b, (v, w) in enumerate(zip(values, weights)):
        order = np.argsort(v, kind="stable")
        keys.append(np.clip(v[order], -2.0, _LEVEL_CAP) + b * _BLOCK)
        ws = np.atleast_2d(w)[:, order]
        if suffix:
            c = np.concatenate([np.cumsum(ws[:, ::-1], axis=1)[:, ::-1], np.zeros((ws.shape[0], 1))], axis=1)
        else:
            c = np.concatenate([np.zeros((ws.shape[0], 1)), np.cumsum(ws, axis=1)], axis=1)
        sums.append(c)
    return np.concatenate(keys), np.concatenate(sums, axis=1)


def compile_market(model: MarketModel, ladders: Sequence[Ladder] | None = None) -> CompiledMarket:
    """Build the ladders (unless given) and flatten everything the iteration needs."""
    lads = tuple(ladders) if ladders is not None else tuple(model.ladder(s) for s in model.symbols)
    names = model.names
    lk, ls = _blocks([lad.long_level for lad in lads], [lad.long_notional_usd for lad in lads], suffix=True)
    sk, sp = _blocks([lad.short_level for lad in lads], [lad.short_notional_usd for lad in lads], suffix=False)

    def bankrupt_weights(lad: Ladder, long: bool) -> np.ndarray:
        lvl, b, n = (lad.long_level, lad.long_bankrupt, lad.long_notional_usd) if long else \
            (lad.short_level, lad.short_bankrupt, lad.short_notional_usd)
        w = n / (1.0 + lvl)  # base quantity × P0: the USD lost per unit move beyond bankruptcy
        return np.vstack([w * b, w, n])

    lbk, lbs = _blocks([lad.long_bankrupt for lad in lads], [bankrupt_weights(lad, True) for lad in lads], suffix=True)
    sbk, sbs = _blocks([lad.short_bankrupt for lad in lads], [bankrupt_weights(lad, False) for lad in lads],
                       suffix=False)
    return CompiledMarket(
        names=names, driver_index=names.index(model.driver) if model.driver in names else None,
        mark_price=np.array([s.mark_price for s in model.symbols]), beta=np.array([s.beta for s in model.symbols]),
        ladders=lads, insurance_fund_usd=np.array([s.effective_insurance_fund_usd for s in model.symbols]),
        curves=_curves(model),
        long_keys=lk, long_suffix=ls[0], short_keys=sk, short_prefix=sp[0],
        long_bankrupt_keys=lbk, long_bankrupt_sums=lbs, short_bankrupt_keys=sbk, short_bankrupt_sums=sbs,
        tolerance=model.tolerance, max_iterations=model.max_iterations)


def _walk(flow: np.ndarray, xs: np.ndarray, ld: np.ndarray) -> np.ndarray:
    """Vectorised inverse of each element's own depth table (rows of xs/ld)."""
    lf = np.log(np.maximum(flow, 1e-300))
    idx = np.count_nonzero(ld < lf[:, None], axis=1)
    hi = np.clip(idx, 1, ld.shape[1] - 1)
    rows = np.arange(len(flow))
    lo = hi - 1
    t = (lf - ld[rows, lo]) / (ld[rows, hi] - ld[rows, lo])
    lx_lo = np.log(xs[rows, lo])
    x = np.exp(lx_lo + t * (np.log(xs[rows, hi]) - lx_lo))
    return np.where(flow > 0, x, 0.0)


def solve(cm: CompiledMarket, sym: np.ndarray, m_ex: np.ndarray) -> dict[str, np.ndarray]:
    """Fixed point for every element (symbol index ``sym[e]``, exogenous move ``m_ex[e]``, fractions).

    Only elements still moving are recomputed each round (most settle in a few iterations)."""
    sym = np.asarray(sym, dtype=np.intp)
    m_ex = np.asarray(m_ex, dtype=float)
    n_sym = len(cm.names)
    xs, ld, end, xmax = cm.curves  # bid rows first, then ask rows: one gather picks each element's side
    m = m_ex.copy()
    runaway = np.zeros(len(m), dtype=bool)
    iters = np.zeros(len(m), dtype=np.int64)
    prev_l = np.full(len(m), -1)
    prev_s = np.full(len(m), -1)
    act = np.arange(len(m))
    for it in range(1, cm.max_iterations + 1):
        s_a, m_a, mex_a = sym[act], m[act], m_ex[act]
        key = np.clip(m_a, -2.0, 30.0) + s_a * _BLOCK
        il = np.searchsorted(cm.long_keys, key, side="left")
        js = np.searchsorted(cm.short_keys, key, side="right")
        net = cm.long_suffix[il + s_a] - cm.short_prefix[js + s_a]
        sell = net > 0
        flow = np.abs(net)
        row = np.where(sell, s_a, s_a + n_sym)
        x = _walk(flow, xs[row], ld[row])
        exhausted = (flow > end[row]) & (flow > 0)
        x = np.where(exhausted, xmax[row], np.minimum(x, xmax[row]))
        m_new = np.where(sell, mex_a - x, mex_a + x)
        exhausted |= m_new <= -1.0  # the price floor: nothing left to sell into
        m_new = np.maximum(m_new, -1.0)
        stop = ((il == prev_l[act]) & (js == prev_s[act])) | \
            (np.abs(m_new - m_a) <= cm.tolerance * np.maximum(1.0 + m_a, 1e-12))
        m[act] = m_new
        runaway[act] = exhausted
        iters[act] = it
        prev_l[act], prev_s[act] = il, js
        act = act[~stop]
        if act.size == 0:
            break
    converged = np.ones(len(m), dtype=bool)
    converged[act] = False
    return {"move": m, "runaway": runaway, "iterations": iters, "converged": converged,
            **_settle(cm, sym, m)}


def _settle(cm: CompiledMarket, sym: np.ndarray, m: np.ndarray) -> dict[str, np.ndarray]:
    """Liquidated notional at the final move, then bankrupt losses -> insurance fund -> ADL.

    Conservative on purpose: every liquidated bucket fills at the final price (a gap, not a staircase)."""
    key = np.clip(m, -2.0, 30.0) + sym * _BLOCK
    fl = cm.long_suffix[np.searchsorted(cm.long_keys, key, side="left") + sym]
    fs = cm.short_prefix[np.searchsorted(cm.short_keys, key, side="right") + sym]
    lb = cm.long_bankrupt_sums[:, np.searchsorted(cm.long_bankrupt_keys, key, side="right") + sym]
    sb = cm.short_bankrupt_sums[:, np.searchsorted(cm.short_bankrupt_keys, key, side="left") + sym]
    shortfall = np.maximum(lb[0] - m * lb[1], 0.0) + np.maximum(m * sb[1] - sb[0], 0.0)
    fund = cm.insurance_fund_usd[sym]
    used = np.minimum(fund, shortfall)
    deficit = shortfall - used
    with np.errstate(invalid="ignore", divide="ignore"):
        adl = np.where(shortfall > 0, (lb[2] + sb[2]) * deficit / shortfall, 0.0)
    return {"liquidated_long_usd": fl, "liquidated_short_usd": fs, "bankrupt_loss_usd": shortfall,
            "insurance_fund_used_usd": used, "bad_debt_usd": deficit, "adl_notional_usd": adl}


@dataclass(frozen=True)
class CascadeResult:
    """Per symbol × shock arrays (S, N). Moves are fractions of the mark; notionals USD."""

    symbols: tuple[str, ...]
    shocks: np.ndarray  # (N,) exogenous driver shocks, fractions
    mark_price: np.ndarray  # (S,)
    exogenous_move: np.ndarray  # beta·shock or the explicit shock: the no-cascade move
    final_move: np.ndarray
    liquidated_long_usd: np.ndarray
    liquidated_short_usd: np.ndarray
    bankrupt_loss_usd: np.ndarray
    insurance_fund_used_usd: np.ndarray
    bad_debt_usd: np.ndarray
    adl_notional_usd: np.ndarray
    runaway: np.ndarray
    converged: np.ndarray
    iterations: np.ndarray

    @property
    def final_price(self) -> np.ndarray:
        return self.mark_price[:, None] * (1.0 + self.final_move)

    @property
    def amplification(self) -> np.ndarray:
        """``A = final move / exogenous move`` (NaN where the exogenous move is 0)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.exogenous_move != 0, self.final_move / self.exogenous_move, np.nan)

    @property
    def two_sided(self) -> np.ndarray:
        """Both longs and shorts liquidated: a flush-then-squeeze that a static fixed point understates."""
        return (self.liquidated_long_usd > 0) & (self.liquidated_short_usd > 0)

    def moves(self, cascade: bool = True) -> dict[str, np.ndarray]:
        """Base asset -> (N,) fractional moves, the input of the portfolio evaluation."""
        src = self.final_move if cascade else self.exogenous_move
        return {name: src[i] for i, name in enumerate(self.symbols)}


_FIELDS = ("liquidated_long_usd", "liquidated_short_usd", "bankrupt_loss_usd", "insurance_fund_used_usd",
           "bad_debt_usd", "adl_notional_usd", "runaway", "converged", "iterations")


def exogenous_moves(cm: CompiledMarket, shocks: np.ndarray,
                    explicit: Mapping[str, float | np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(S, N) no-cascade moves: ``beta · shock``, or the explicit shock of a symbol; plus the explicit mask."""
    exo = cm.beta[:, None] * shocks[None, :]
    is_explicit = np.zeros(len(cm.names), dtype=bool)
    for name, value in (explicit or {}).items():
        i = cm.index(name)
        exo[i] = np.broadcast_to(np.asarray(value, dtype=float), shocks.shape)
        is_explicit[i] = True
    return exo, is_explicit


def run_cascade(cm: CompiledMarket, shocks: Sequence[float] | np.ndarray,
                explicit: Mapping[str, float | np.ndarray] | None = None,
                follow_driver: bool = True) -> CascadeResult:
    """Run the cascade for driver shocks ``shocks`` (fractions; -0.15 = −15 %).

    ``explicit``: base asset -> its own exogenous shock (fraction or (N,) array), overriding beta.
    ``follow_driver``: symbols without an explicit shock follow the driver's *cascaded* move
    (``beta · driver final move``), so an alt feels BTC's cascade too; otherwise ``beta · shock``.
    """
    s = np.atleast_1d(np.asarray(shocks, dtype=float))
    n_sym, n = len(cm.names), len(s)
    exo, is_explicit = exogenous_moves(cm, s, explicit)
    out = {k: np.zeros((n_sym, n), dtype=bool if k in ("runaway", "converged") else
                       (np.int64 if k == "iterations" else float)) for k in _FIELDS}
    final = np.zeros((n_sym, n))
    d = cm.driver_index
    chained = follow_driver and d is not None
    first = is_explicit.copy()
    if chained:
        first[d] = True
    stages = [np.flatnonzero(first), np.flatnonzero(~first)] if chained else [np.arange(n_sym)]
    for stage, rows in enumerate(stages):
        if len(rows) == 0:
            continue
        base = exo[rows] if stage == 0 else cm.beta[rows, None] * final[d][None, :]
        res = solve(cm, np.repeat(rows, n), base.ravel())
        final[rows] = res["move"].reshape(len(rows), n)
        for k in _FIELDS:
            out[k][rows] = res[k].reshape(len(rows), n)
    return CascadeResult(symbols=cm.names, shocks=s, mark_price=cm.mark_price, exogenous_move=exo,
                         final_move=final, **out)
