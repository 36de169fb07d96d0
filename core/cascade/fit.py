"""Fit the cascade on the event library, leave-one-out, and say how wrong it is (``docs/cascade.md`` §3).

Five parameters, one grid:

* ``levered_share`` h0 — the share of open interest carrying the prior leverage mix at the reference state
  (``ladder.levered_share_from_state``: open interest / market cap at ``REFERENCE_OI_TO_MCAP``, crypto-margined
  share at ``DEFAULT_CRYPTO_MARGINED_SHARE``);
* ``oi_elasticity`` β — how that share moves with open interest / market cap;
* ``margin_elasticity`` γ — how it moves with the share of futures open interest margined in the coin;
* ``depth_factor`` k — what the visible book within a few % is worth during a cascade;
* ``replenish_minutes`` τ — how fast the book refills (depth ``k·(1 + T/τ)`` over a cascade of T minutes).

An event's answer depends on the parameters only through its effective levered share ``h`` and effective
depth factor ``k·(1 + T/τ)``: for each event the engine is run once on a table of both (``event_table``), and
every grid point reads its answer from the table (bilinear in logarithms). The loss of a point is the sum
over events of ``|ln(predicted/observed)|`` for the drawdown and the liquidated notional, averaged over each
point's neighbours in h0 and k before the minimum is taken, so the chosen point sits in a flat valley, not on
a tipping point. Leave-one-out: the same fit without one event predicts that event, and every number the
report gives for an event comes from the engine itself at the chosen parameters (``predict``), not from the
table. ``python -m core.cascade.fit`` prints the report as JSON; ``--write`` stores it in
``resources/calibration/cascade.json`` (the parameter sets the What-if's band is drawn from).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from core.cascade.depth import ImpactParams, power_law_side
from core.cascade.engine import compile_market, run_cascade
from core.cascade.events import DEPTH_EXPONENT, Event, load_library
from core.cascade.ladder import (
    DEFAULT_CRYPTO_MARGINED_SHARE,
    DEFAULT_LEVERAGE_MIX,
    REFERENCE_OI_TO_MCAP,
    levered_share_from_state,
    long_share_from_state,
)
from core.cascade.market import MarketModel, SymbolModel

CALIBRATION_FORMAT = "undertow-cascade-calibration"
CALIBRATION_VERSION = 2  # 2: adds margin_elasticity (version 1 files read with γ = 0)
# the grid (log-spaced where the parameter is a scale). τ stays finite: market files must hold finite numbers;
# a day is "no refill" for any crash leg of the library (at most five hours).
GRID_LEVERED_SHARE = tuple(float(x) for x in np.geomspace(0.002, 1.0, 49))
GRID_DEPTH_FACTOR = tuple(float(x) for x in np.geomspace(0.05, 2000.0, 61))
GRID_OI_ELASTICITY = (0.0, 0.5, 1.0)
GRID_MARGIN_ELASTICITY = tuple(0.25 * i for i in range(13))  # 0 to 3
GRID_REPLENISH_MINUTES = (15.0, 30.0, 60.0, 240.0, 1440.0)
# the loss is averaged over ±SMOOTH_STEPS grid steps in h0 (×1.14 a step) and k (×1.19 a step)
SMOOTH_STEPS = 2
# the per-event table the grid reads: effective levered share and effective depth factor
TABLE_LEVERED_SHARE = np.geomspace(1e-4, 1.0, 49)
TABLE_DEPTH_FACTOR = np.geomspace(0.02, 1e5, 97)
ERROR_CAP = math.log(1000.0)  # one event's term never exceeds a factor of 1000 (a runaway, nothing liquidated)


@dataclass(frozen=True)
class Params:
    levered_share: float
    depth_factor: float
    oi_elasticity: float
    replenish_minutes: float
    margin_elasticity: float = 0.0

    def to_json(self) -> dict[str, float | None]:
        return {"levered_share": self.levered_share, "depth_factor": self.depth_factor,
                "oi_elasticity": self.oi_elasticity, "margin_elasticity": self.margin_elasticity,
                "replenish_minutes": None if math.isinf(self.replenish_minutes) else self.replenish_minutes}

    @staticmethod
    def from_json(raw: dict[str, Any]) -> Params:
        tau = raw.get("replenish_minutes")
        return Params(float(raw["levered_share"]), float(raw["depth_factor"]), float(raw["oi_elasticity"]),
                      math.inf if tau is None else float(tau), float(raw.get("margin_elasticity", 0.0)))


def event_levered_share(event: Event, params: Params) -> float:
    """The event's levered share under ``params``, from its state (``ladder.levered_share_from_state``)."""
    return levered_share_from_state(event.open_interest_usd, event.market_cap_usd, event.optional("oi_change_30d"),
                                    base=params.levered_share, elasticity=params.oi_elasticity,
                                    crypto_margined_share=event.crypto_margined_share,
                                    margin_elasticity=params.margin_elasticity)


def effective_depth_factor(event: Event, params: Params) -> float:
    """``k·(1 + T/τ)`` for the event's duration T (``ImpactParams.effective_depth_factor``)."""
    return ImpactParams(depth_factor=params.depth_factor, duration_minutes=event.duration.value,
                        replenish_minutes=params.replenish_minutes).effective_depth_factor


def _symbol(event: Event, name: str, levered_share: float, depth_scale: float = 1.0) -> SymbolModel:
    """The event as one symbol with its final levered share (the state already applied under the fit's own
    elasticities, so the state fields that would scale it again stay unset)."""
    d1 = event.depth_1pct_usd * depth_scale
    return SymbolModel(name, event.mark_usd, power_law_side(d1, DEPTH_EXPONENT),
                       power_law_side(d1, DEPTH_EXPONENT, 3.0), open_interest_usd=event.open_interest_usd,
                       funding_rate=event.optional("funding_rate"), long_short_ratio=event.optional("long_short_ratio"),
                       levered_share=levered_share)


def event_model(event: Event, params: Params) -> MarketModel:
    """The market model of ``event`` under ``params``: one symbol, depth from the event (reported, else the
    market-cap proxy), levered share from its state, the book refilled over the event's duration."""
    impact = ImpactParams(depth_factor=params.depth_factor, duration_minutes=event.duration.value,
                          replenish_minutes=params.replenish_minutes)
    return MarketModel((_symbol(event, "BTC", event_levered_share(event, params)),), impact=impact,
                       leverage_mix=dict(DEFAULT_LEVERAGE_MIX), tolerance=1e-9, max_iterations=2000,
                       source=f"event {event.id}")


@dataclass(frozen=True)
class Prediction:
    drawdown: float  # negative fraction
    liquidated_usd: float
    long_share: float | None
    runaway: bool


def predict(event: Event, params: Params, trigger: float | None = None) -> Prediction:
    """The engine's answer for ``event`` under ``params`` (at its own trigger unless ``trigger`` is given)."""
    res = run_cascade(compile_market(event_model(event, params)), [event.trigger.value if trigger is None
                                                                    else trigger])
    long_usd, short_usd = float(res.liquidated_long_usd[0, 0]), float(res.liquidated_short_usd[0, 0])
    total = long_usd + short_usd
    return Prediction(float(res.final_move[0, 0]), total, long_usd / total if total > 0 else None,
                      bool(res.runaway[0, 0]))


# --- the grid -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventTable:
    """One event's answers on ``TABLE_LEVERED_SHARE`` × ``TABLE_DEPTH_FACTOR`` (effective values)."""

    log_drawdown: np.ndarray  # ln(−final move), (H, K)
    log_liquidated: np.ndarray  # ln(liquidated USD, at least $1)


def event_table(event: Event) -> EventTable:
    """The engine on every (effective levered share, effective depth factor) of the table: one ladder per share,
    all depth factors as one vectorised cascade (one symbol per factor, each with its scaled book)."""
    n_h, n_k = len(TABLE_LEVERED_SHARE), len(TABLE_DEPTH_FACTOR)
    dd, liq = np.zeros((n_h, n_k)), np.zeros((n_h, n_k))
    for i, h in enumerate(TABLE_LEVERED_SHARE):
        base = MarketModel((_symbol(event, "BTC", float(h)),), leverage_mix=dict(DEFAULT_LEVERAGE_MIX))
        ladder = base.ladder(base.symbols[0])
        syms = tuple(replace(_symbol(event, f"V{j}", float(h), float(c)), insurance_fund_usd=0.0)
                     for j, c in enumerate(TABLE_DEPTH_FACTOR))
        variants = MarketModel(syms, driver="V0", leverage_mix=base.leverage_mix, tolerance=1e-9, max_iterations=2000)
        res = run_cascade(compile_market(variants, [ladder] * n_k), [event.trigger.value], follow_driver=False)
        dd[i] = res.final_move[:, 0]
        liq[i] = res.liquidated_long_usd[:, 0] + res.liquidated_short_usd[:, 0]
    return EventTable(np.log(np.maximum(-dd, 1e-12)), np.log(np.maximum(liq, 1.0)))


def _lookup(table: np.ndarray, h: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Bilinear interpolation of ``table`` in (ln h, ln k), clamped to the table's edges."""
    def index(values: np.ndarray, axis: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        step = math.log(axis[1] / axis[0])
        f = np.clip(np.log(values / axis[0]) / step, 0.0, len(axis) - 1.000001)
        i = np.floor(f).astype(np.intp)
        return i, f - i

    i, wi = index(h, TABLE_LEVERED_SHARE)
    j, wj = index(k, TABLE_DEPTH_FACTOR)
    return np.asarray(table[i, j] * (1 - wi) * (1 - wj) + table[i + 1, j] * wi * (1 - wj)
                      + table[i, j + 1] * (1 - wi) * wj + table[i + 1, j + 1] * wi * wj)


@dataclass(frozen=True)
class GridRun:
    """Every event's loss at every grid point, axes (E, H, B, G, K, T): levered share h0, OI elasticity β,
    margin elasticity γ, depth factor k, replenishment τ."""

    events: tuple[Event, ...]
    loss: np.ndarray

    def params(self, index: tuple[int, ...]) -> Params:
        h, b, g, k, t = index
        return Params(GRID_LEVERED_SHARE[h], GRID_DEPTH_FACTOR[k], GRID_OI_ELASTICITY[b],
                      GRID_REPLENISH_MINUTES[t], GRID_MARGIN_ELASTICITY[g])


def _grid_state(event: Event) -> tuple[np.ndarray, np.ndarray]:
    """(H, B, G) effective levered shares and (K, T) effective depth factors of ``event`` over the grid."""
    h = np.array([[[event_levered_share(event, Params(h0, 1.0, b, math.inf, g)) for g in GRID_MARGIN_ELASTICITY]
                   for b in GRID_OI_ELASTICITY] for h0 in GRID_LEVERED_SHARE])
    k = np.array([[effective_depth_factor(event, Params(1.0, k0, 0.0, tau)) for tau in GRID_REPLENISH_MINUTES]
                  for k0 in GRID_DEPTH_FACTOR])
    return h, k


def event_loss(event: Event, table: EventTable) -> np.ndarray:
    """(H, B, G, K, T): ``|ln d_pred/d_obs| + |ln L_pred/L_obs|`` at every grid point, each term capped."""
    h, k = _grid_state(event)
    hh = np.broadcast_to(h[:, :, :, None, None], h.shape + k.shape)
    kk = np.broadcast_to(k[None, None, None, :, :], h.shape + k.shape)
    ed = np.abs(_lookup(table.log_drawdown, hh, kk) - math.log(-event.observed_drawdown))
    el = np.abs(_lookup(table.log_liquidated, hh, kk) - math.log(event.observed_liquidated_usd))
    return np.asarray(np.minimum(ed, ERROR_CAP) + np.minimum(el, ERROR_CAP))


def run_grid(events: Sequence[Event]) -> GridRun:
    """Every event's table, then its loss over the whole grid."""
    return GridRun(tuple(events), np.stack([event_loss(e, event_table(e)) for e in events]))


def smoothed(loss: np.ndarray) -> np.ndarray:
    """The loss averaged over each point and its neighbours (±``SMOOTH_STEPS``) along the levered-share and depth
    axes (edges repeat): a minimum of this is a valley about ±30 % wide in h0 and ±40 % in k, not a point next to
    a cliff."""
    w = SMOOTH_STEPS
    padded = np.pad(loss, ((w, w), (0, 0), (0, 0), (w, w), (0, 0)), mode="edge")
    h, _, _, k, _ = loss.shape
    acc = np.zeros(loss.shape)
    for dh in range(2 * w + 1):
        for dk in range(2 * w + 1):
            acc += padded[dh:dh + h, :, :, dk:dk + k, :]
    return acc / (2 * w + 1) ** 2


def best(grid: GridRun, include: Sequence[int]) -> tuple[int, ...]:
    total = smoothed(grid.loss[list(include)].sum(axis=0))
    return tuple(int(i) for i in np.unravel_index(int(np.argmin(total)), total.shape))


# --- the report -----------------------------------------------------------------------------------------

def factor(predicted: float | None, observed: float | None) -> float | None:
    """``predicted / observed`` (1 = exact; 2 = twice too much; 0.5 = half)."""
    if predicted is None or observed is None or observed == 0:
        return None
    return predicted / observed


def compare(event: Event, pred: Prediction) -> dict[str, Any]:
    """Predicted against observed: drawdown, liquidated notional, long share and their factors."""
    return {"drawdown": pred.drawdown, "liquidated_usd": pred.liquidated_usd, "long_share": pred.long_share,
            "runaway": pred.runaway,
            "factor_drawdown": factor(pred.drawdown, event.observed_drawdown),
            "factor_liquidated": factor(pred.liquidated_usd, event.observed_liquidated_usd),
            "factor_long_share": factor(pred.long_share, event.observed_long_share)}


def within_2x(value: float | None) -> bool:
    return value is not None and 0.5 <= value <= 2.0


def sensitivity(event: Event, params: Params) -> dict[str, float]:
    """How close the event sits to a tipping point under ``params``: the change of the final move per 1 % of
    trigger, and the final move with 25 % more and less depth."""
    base = predict(event, params).drawdown
    deeper = predict(event, params, event.trigger.value - 0.01).drawdown
    thick = predict(event, replace(params, depth_factor=params.depth_factor * 1.25)).drawdown
    thin = predict(event, replace(params, depth_factor=params.depth_factor / 1.25)).drawdown
    return {"final_move_per_1pct_trigger": (base - deeper) / 0.01, "final_move_depth_x1.25": thick,
            "final_move_depth_div1.25": thin}


def excess_factor(observed: float, predicted: float, trigger: float) -> float | None:
    """``(observed − trigger) / (predicted − trigger)``: how far off the cascade's own part of the move was
    (1: exact; 2: the market added twice what the model added)."""
    den = predicted - trigger
    if abs(den) < 1e-6:
        return None
    return (observed - trigger) / den


def band_factors(factors: Sequence[float | None]) -> tuple[float, float]:
    """The range of the leave-one-out excess factors the band uses: with six or more events the most extreme
    one at each end is dropped (the middle of the library), else the full range."""
    fs = sorted(f for f in factors if f is not None and f > 0)
    if not fs:
        return 1.0, 1.0
    if len(fs) >= 6:
        fs = fs[1:-1]
    return min(fs[0], 1.0), max(fs[-1], 1.0)


def naive_prediction(events: Sequence[Event], i: int) -> Prediction:
    """The baseline a model must beat, for event ``i`` from the others: their median drawdown, their median
    liquidated share of open interest (times this event's open interest) and their median long share."""
    others = [e for j, e in enumerate(events) if j != i]
    dd = float(np.median([e.observed_drawdown for e in others]))
    ratio = float(np.median([e.observed_liquidated_usd / e.open_interest_usd for e in others]))
    shares = [e.observed_long_share for e in others if e.observed_long_share is not None]
    return Prediction(dd, ratio * events[i].open_interest_usd, float(np.median(shares)) if shares else None, False)


def event_inputs(event: Event, params: Params) -> dict[str, float | None]:
    """The model inputs of ``event`` (its state and what the parameters make of it), for the report."""
    return {"open_interest_usd": event.open_interest_usd, "market_cap_usd": event.market_cap_usd,
            "oi_to_market_cap": event.open_interest_usd / event.market_cap_usd,
            "oi_change_30d": event.optional("oi_change_30d"), "crypto_margined_share": event.crypto_margined_share,
            "depth_1pct_usd": event.depth_1pct_usd, "depth_reported": float(event.depth_reported),
            "long_share_of_oi": long_share_from_state(event.optional("funding_rate"),
                                                      event.optional("long_short_ratio")),
            "levered_share": event_levered_share(event, params),
            "effective_depth_factor": effective_depth_factor(event, params)}


def calibrate_library(events: Sequence[Event] | None = None) -> dict[str, Any]:
    """Fit on the whole library, then leave each event out; returns the JSON report."""
    evs = list(events) if events is not None else load_library()
    grid = run_grid(evs)
    central = grid.params(best(grid, range(len(evs))))
    rows: list[dict[str, Any]] = []
    loo_params: list[Params] = []
    for i, e in enumerate(evs):
        p = grid.params(best(grid, [j for j in range(len(evs)) if j != i]))
        loo_params.append(p)
        pred = predict(e, p)
        fit = compare(e, predict(e, central))
        rows.append({
            "event": e.id, "trigger": e.trigger.value, "duration_minutes": e.duration.value,
            "observed": {"drawdown": e.observed_drawdown, "liquidated_usd": e.observed_liquidated_usd,
                         "long_share": e.observed_long_share},
            "inputs": event_inputs(e, p),
            "leave_one_out": {"params": p.to_json(), **compare(e, pred)},
            "in_sample": {k: fit[k] for k in ("drawdown", "liquidated_usd", "long_share", "factor_drawdown",
                                              "factor_liquidated", "factor_long_share")},
            "naive_leave_one_out": {k: v for k, v in compare(e, naive_prediction(evs, i)).items()
                                    if k.startswith("factor_")},
            "sensitivity": sensitivity(e, central),
            "excess_factor": excess_factor(e.observed_drawdown, pred.drawdown, e.trigger.value),
        })

    def within(key: str, block: str = "leave_one_out") -> int:
        return sum(1 for r in rows if within_2x(r[block][key]))

    return {
        "format": CALIBRATION_FORMAT, "version": CALIBRATION_VERSION, "events": [e.id for e in evs],
        "params": central.to_json(), "leave_one_out_params": [p.to_json() for p in loo_params],
        "reference_state": {"oi_to_market_cap": REFERENCE_OI_TO_MCAP,
                            "crypto_margined_share": DEFAULT_CRYPTO_MARGINED_SHARE},
        "band_excess_factors": list(band_factors([r["excess_factor"] for r in rows])),
        "grid": {"levered_share": [GRID_LEVERED_SHARE[0], GRID_LEVERED_SHARE[-1], len(GRID_LEVERED_SHARE)],
                 "depth_factor": [GRID_DEPTH_FACTOR[0], GRID_DEPTH_FACTOR[-1], len(GRID_DEPTH_FACTOR)],
                 "oi_elasticity": list(GRID_OI_ELASTICITY), "margin_elasticity": list(GRID_MARGIN_ELASTICITY),
                 "replenish_minutes": list(GRID_REPLENISH_MINUTES)},
        "summary": {"events": len(evs),
                    "events_with_long_share": sum(1 for e in evs if e.observed_long_share is not None),
                    "loo_drawdown_within_2x": within("factor_drawdown"),
                    "loo_liquidated_within_2x": within("factor_liquidated"),
                    "loo_long_share_within_2x": within("factor_long_share"),
                    "naive_drawdown_within_2x": within("factor_drawdown", "naive_leave_one_out"),
                    "naive_liquidated_within_2x": within("factor_liquidated", "naive_leave_one_out"),
                    "naive_long_share_within_2x": within("factor_long_share", "naive_leave_one_out"),
                    "loo_median_abs_log_error": _median_log_error(rows, "leave_one_out"),
                    "naive_median_abs_log_error": _median_log_error(rows, "naive_leave_one_out")},
        "per_event": rows,
    }


def _median_log_error(rows: Sequence[dict[str, Any]], block: str) -> dict[str, float]:
    """Median |ln factor| per quantity over the events (0 = exact; ln 2 = 0.69 = a factor of two)."""
    out = {}
    for key in ("factor_drawdown", "factor_liquidated"):
        logs = [abs(math.log(r[block][key])) for r in rows if r[block][key] is not None and r[block][key] > 0]
        out[key.removeprefix("factor_")] = float(np.median(logs)) if logs else math.nan
    return out


def calibration_path() -> Path:
    try:
        from core.resources import resource_path

        return resource_path("calibration", "cascade.json")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[2] / "resources" / "calibration" / "cascade.json"


def load_calibration(path: Path | None = None) -> dict[str, Any]:
    """The stored fit (``--write``): central parameters and the leave-one-out sets."""
    data: dict[str, Any] = json.loads(Path(path or calibration_path()).read_text(encoding="utf-8"))
    if data.get("format") != CALIBRATION_FORMAT:
        raise ValueError(f"{path or calibration_path()} is not an Undertow cascade calibration")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    report = calibrate_library()
    if "--write" in args:
        path = Path(__file__).resolve().parents[2] / "resources" / "calibration" / "cascade.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
