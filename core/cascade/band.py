"""The uncertainty band around the with-cascade answer: the same what-if under every leave-one-out fit.

The library fit (``core.cascade.fit``) stores, besides its central parameters, the parameters it finds with
each event left out. Their spread is how much the answer depends on which crashes the model has seen. A model
is re-run under each set — depth factor, levered share and book replenishment taken *relative* to the central
fit, so a model from a file or with the user's own overrides keeps its own scale. Those fits compensate each
other (more depth, more leverage), so their spread alone is narrow; the band therefore also scales the
cascade's own part of the move (final − exogenous) by the range of the leave-one-out *excess factors*
(observed over predicted excess, the middle of the library). The band is the lowest and highest final move at
every shock; a position's "dies at" becomes a range the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from core.cascade.engine import compile_market, run_cascade
from core.cascade.fit import Params, load_calibration
from core.cascade.ladder import levered_share_from_state
from core.cascade.market import MarketModel, SymbolModel


def calibration_params() -> tuple[Params, tuple[Params, ...]]:
    """(central, leave-one-out sets) from ``resources/calibration/cascade.json``."""
    data = load_calibration()
    return Params.from_json(data["params"]), tuple(Params.from_json(p) for p in data["leave_one_out_params"])


def excess_factors() -> tuple[float, float]:
    """(low, high) factors on the cascade's own part of the move; (1, 1) without a stored calibration."""
    try:
        lo, hi = load_calibration()["band_excess_factors"]
        return float(lo), float(hi)
    except (OSError, ValueError, KeyError, TypeError):
        return 1.0, 1.0


def _scaled_mix(mix: Mapping[float, float], ratio: float) -> dict[float, float]:
    """A leverage mix with its levered part (every leverage above 1x) scaled by ``ratio``; 1x takes the rest."""
    total = sum(mix.values())
    if total <= 0:
        return dict(mix)
    levered = {float(k): v / total for k, v in mix.items() if float(k) > 1.0}
    share = sum(levered.values())
    scaled = min(share * ratio, 1.0)
    out = {k: v * (scaled / share if share > 0 else 0.0) for k, v in levered.items()}
    out[1.0] = 1.0 - sum(out.values())
    return out


def variant(model: MarketModel, params: Params, central: Params) -> MarketModel:
    """``model`` under ``params`` instead of ``central``: depth factor times k/k_c, each symbol's levered share
    times the ratio of the two fits' shares for its state, replenishment time τ."""
    impact = replace(model.impact, depth_factor=model.impact.depth_factor * params.depth_factor
                     / central.depth_factor, replenish_minutes=params.replenish_minutes
                     if model.impact.replenish_minutes == central.replenish_minutes
                     or math.isinf(central.replenish_minutes) else model.impact.replenish_minutes
                     * params.replenish_minutes / central.replenish_minutes)

    def ratio(s: SymbolModel) -> float:
        def share(p: Params) -> float:
            return levered_share_from_state(s.open_interest_usd, s.market_cap_usd, s.oi_change_30d,
                                            base=p.levered_share, elasticity=p.oi_elasticity,
                                            crypto_margined_share=s.crypto_margined_share,
                                            margin_elasticity=p.margin_elasticity)
        return share(params) / share(central)

    if all(s.levered_share is not None for s in model.symbols):
        syms = tuple(replace(s, levered_share=min(max((s.levered_share or 0.0) * ratio(s), 1e-4), 1.0))
                     for s in model.symbols)
        return replace(model, symbols=syms, impact=impact)
    # a file without per-symbol levered shares: scale the model's mix by the driver's (or first symbol's) ratio
    lead = next((s for s in model.symbols if s.symbol == model.driver), model.symbols[0])
    return replace(model, impact=impact, leverage_mix=_scaled_mix(model.leverage_mix, ratio(lead)))


def band_models(model: MarketModel) -> tuple[MarketModel, ...]:
    """``model`` under every leave-one-out parameter set (empty when no calibration is stored)."""
    try:
        central, loo = calibration_params()
    except (OSError, ValueError, KeyError):
        return ()
    return tuple(variant(model, p, central) for p in loo)


@dataclass(frozen=True)
class Band:
    """(S, N) lowest and highest final move (fractions) over the leave-one-out fits, per symbol and shock."""

    symbols: tuple[str, ...]
    low: np.ndarray
    high: np.ndarray

    def of(self, symbol: str) -> tuple[np.ndarray, np.ndarray]:
        i = self.symbols.index(symbol.upper())
        return self.low[i], self.high[i]


def cascade_band(model: MarketModel, shocks: Sequence[float] | np.ndarray,
                 explicit: Mapping[str, float | np.ndarray] | None = None) -> Band | None:
    """The band of the with-cascade final move for ``shocks`` (driver, fractions); None without a calibration.
    The central answer lies inside it (it is one of the runs)."""
    models = band_models(model)
    if not models:
        return None
    central = run_cascade(compile_market(model), shocks, explicit)
    runs = [central.final_move] + [run_cascade(compile_market(m), shocks, explicit).final_move for m in models]
    extra = central.final_move - central.exogenous_move
    lo_f, hi_f = excess_factors()
    runs += [np.clip(central.exogenous_move + extra * f, -1.0, None) for f in (lo_f, hi_f)]
    stack = np.stack(runs)
    return Band(model.names, stack.min(axis=0), stack.max(axis=0))


def trigger_sensitivity(model: MarketModel, shocks: Sequence[float] | np.ndarray,
                        explicit: Mapping[str, float | np.ndarray] | None = None,
                        step: float = 0.01) -> np.ndarray:
    """(S, N) how much the final move changes per 1 % more driver shock (1.0: no amplification at the margin;
    well above it: the market sits near a tipping point, where a slightly larger trigger runs much further)."""
    s = np.asarray(shocks, dtype=float)
    cm = compile_market(model)
    toward = np.where(s <= 0, -step, step)
    a = run_cascade(cm, s, explicit).final_move
    b = run_cascade(cm, s + toward, explicit).final_move
    return np.asarray(np.abs(b - a) / step)
