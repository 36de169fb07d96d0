"""Fit the cascade on the event library, leave-one-out, and say how wrong it is (``docs/cascade.md`` §3).

Four parameters, one grid:

* ``levered_share`` h0 — the share of open interest carrying the prior leverage mix at the reference
  open interest / market cap (``ladder.levered_share_from_state``);
* ``oi_elasticity`` β — how that share moves with open interest / market cap;
* ``depth_factor`` k — what the visible book within a few % is worth during a cascade;
* ``replenish_minutes`` τ — how fast the book refills (depth ``k·(1 + T/τ)`` over a cascade of T minutes).

Every event is run through the engine at its own trigger and duration for every grid point; the loss of a
point is the sum over events of ``|ln(predicted/observed)|`` for the drawdown and the liquidated notional.
The loss is averaged over each point's neighbours in h0 and k before the minimum is taken, so the chosen
point sits in a flat valley, not on a tipping point. Leave-one-out: the same fit without one event predicts
that event. ``python -m core.cascade.fit`` prints the report as JSON; ``--write`` stores it in
``resources/calibration/cascade.json`` (the parameter sets the What-if's band is drawn from).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.cascade.depth import ImpactParams, power_law_side
from core.cascade.engine import compile_market, run_cascade
from core.cascade.events import DEPTH_EXPONENT, Event, load_library
from core.cascade.ladder import DEFAULT_LEVERAGE_MIX, levered_share_from_state
from core.cascade.market import MarketModel, SymbolModel

CALIBRATION_FORMAT = "undertow-cascade-calibration"
# the grid (log-spaced where the parameter is a scale)
GRID_LEVERED_SHARE = tuple(float(x) for x in np.geomspace(0.002, 1.0, 25))
GRID_DEPTH_FACTOR = tuple(float(x) for x in np.geomspace(0.05, 2000.0, 31))
GRID_OI_ELASTICITY = (0.0, 0.5, 1.0)
GRID_REPLENISH_MINUTES = (15.0, 60.0, 240.0, math.inf)
ERROR_CAP = math.log(1000.0)  # one event's term never exceeds a factor of 1000 (a runaway, nothing liquidated)


@dataclass(frozen=True)
class Params:
    levered_share: float
    depth_factor: float
    oi_elasticity: float
    replenish_minutes: float

    def to_json(self) -> dict[str, float | None]:
        return {"levered_share": self.levered_share, "depth_factor": self.depth_factor,
                "oi_elasticity": self.oi_elasticity,
                "replenish_minutes": None if math.isinf(self.replenish_minutes) else self.replenish_minutes}

    @staticmethod
    def from_json(raw: dict[str, Any]) -> Params:
        tau = raw.get("replenish_minutes")
        return Params(float(raw["levered_share"]), float(raw["depth_factor"]), float(raw["oi_elasticity"]),
                      math.inf if tau is None else float(tau))


def event_model(event: Event, params: Params) -> MarketModel:
    """The market model of ``event`` under ``params``: one symbol, depth from the event (reported, else the
    market-cap proxy), levered share from its state, the book refilled over the event's duration."""
    d1 = event.depth_1pct_usd
    h = levered_share_from_state(event.open_interest_usd, event.market_cap_usd, event.optional("oi_change_30d"),
                                 base=params.levered_share, elasticity=params.oi_elasticity)
    sym = SymbolModel("BTC", event.mark_usd, power_law_side(d1, DEPTH_EXPONENT),
                      power_law_side(d1, DEPTH_EXPONENT, 3.0), open_interest_usd=event.open_interest_usd,
                      funding_rate=event.optional("funding_rate"), long_short_ratio=event.optional("long_short_ratio"),
                      market_cap_usd=event.market_cap_usd, oi_change_30d=event.optional("oi_change_30d"),
                      levered_share=h)
    impact = ImpactParams(depth_factor=params.depth_factor, duration_minutes=event.duration.value,
                          replenish_minutes=params.replenish_minutes)
    return MarketModel((sym,), impact=impact, leverage_mix=dict(DEFAULT_LEVERAGE_MIX), tolerance=1e-9,
                       max_iterations=2000, source=f"event {event.id}")


@dataclass(frozen=True)
class Prediction:
    drawdown: float  # negative fraction
    liquidated_usd: float
    long_share: float | None
    runaway: bool


def predict(event: Event, params: Params, trigger: float | None = None) -> Prediction:
    res = run_cascade(compile_market(event_model(event, params)), [event.trigger.value if trigger is None
                                                                    else trigger])
    long_usd, short_usd = float(res.liquidated_long_usd[0, 0]), float(res.liquidated_short_usd[0, 0])
    total = long_usd + short_usd
    return Prediction(float(res.final_move[0, 0]), total, long_usd / total if total > 0 else None,
                      bool(res.runaway[0, 0]))


def _log_error(predicted: float, observed: float) -> float:
    if predicted <= 0 or observed <= 0:
        return ERROR_CAP
    return float(min(abs(math.log(predicted / observed)), ERROR_CAP))


# --- the grid -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GridRun:
    """Per event (E) and grid point (H, B, K, T): drawdown (negative), liquidated USD, long USD."""

    events: tuple[Event, ...]
    drawdown: np.ndarray  # (E, H, B, K, T)
    liquidated: np.ndarray
    liquidated_long: np.ndarray

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.drawdown.shape[1:])

    def params(self, index: tuple[int, ...]) -> Params:
        h, b, k, t = index
        return Params(GRID_LEVERED_SHARE[h], GRID_DEPTH_FACTOR[k], GRID_OI_ELASTICITY[b], GRID_REPLENISH_MINUTES[t])

    def losses(self) -> np.ndarray:
        """(E, H, B, K, T): each event's ``|ln d_pred/d_obs| + |ln L_pred/L_obs|`` (each term capped)."""
        out = np.empty(self.drawdown.shape)
        for i, e in enumerate(self.events):
            with np.errstate(divide="ignore", invalid="ignore"):
                ed = np.abs(np.log(self.drawdown[i] / e.observed_drawdown))
                el = np.abs(np.log(self.liquidated[i] / e.observed_liquidated_usd))
            out[i] = np.minimum(np.nan_to_num(ed, nan=ERROR_CAP, posinf=ERROR_CAP), ERROR_CAP) + \
                np.minimum(np.nan_to_num(el, nan=ERROR_CAP, posinf=ERROR_CAP), ERROR_CAP)
        return out


def run_grid(events: Sequence[Event]) -> GridRun:
    """Every event at every grid point. The depth factor and replenishment only scale the book, so each
    (event, levered share, elasticity) ladder is built once and all (k, τ) variants run as one vectorised
    cascade: one symbol per variant, each with its own scaled book and the same ladder."""
    shape = (len(events), len(GRID_LEVERED_SHARE), len(GRID_OI_ELASTICITY), len(GRID_DEPTH_FACTOR),
             len(GRID_REPLENISH_MINUTES))
    dd, liq, liq_long = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    n_k, n_t = len(GRID_DEPTH_FACTOR), len(GRID_REPLENISH_MINUTES)
    for i, e in enumerate(events):
        scale = np.array([[k * (1.0 + e.duration.value / tau) for tau in GRID_REPLENISH_MINUTES]
                          for k in GRID_DEPTH_FACTOR]).ravel()
        for h_i, h0 in enumerate(GRID_LEVERED_SHARE):
            for b_i, beta in enumerate(GRID_OI_ELASTICITY):
                base = event_model(e, Params(h0, 1.0, beta, math.inf))
                s0 = base.symbols[0]
                ladder = base.ladder(s0)
                d1 = e.depth_1pct_usd
                syms = tuple(SymbolModel(f"V{j}", s0.mark_price, power_law_side(d1 * c, DEPTH_EXPONENT),
                                         power_law_side(d1 * c, DEPTH_EXPONENT, 3.0),
                                         open_interest_usd=s0.open_interest_usd, insurance_fund_usd=0.0)
                             for j, c in enumerate(scale))
                variants = MarketModel(syms, driver="V0", leverage_mix=base.leverage_mix, tolerance=1e-9,
                                       max_iterations=2000)
                res = run_cascade(compile_market(variants, [ladder] * len(syms)), [e.trigger.value],
                                  follow_driver=False)
                dd[i, h_i, b_i] = res.final_move[:, 0].reshape(n_k, n_t)
                lo, sh = res.liquidated_long_usd[:, 0], res.liquidated_short_usd[:, 0]
                liq[i, h_i, b_i] = (lo + sh).reshape(n_k, n_t)
                liq_long[i, h_i, b_i] = lo.reshape(n_k, n_t)
    return GridRun(tuple(events), dd, liq, liq_long)


def smoothed(loss: np.ndarray) -> np.ndarray:
    """The loss averaged over each point and its neighbours along the levered-share and depth axes (edges
    repeat): a minimum of this is a valley a step wide, not a point next to a cliff."""
    padded = np.pad(loss, ((1, 1), (0, 0), (1, 1), (0, 0)), mode="edge")
    h, _, k, _ = loss.shape
    acc = np.zeros(loss.shape)
    for dh in range(3):
        for dk in range(3):
            acc += padded[dh:dh + h, :, dk:dk + k, :]
    return acc / 9.0


def best(grid: GridRun, include: Sequence[int]) -> tuple[int, ...]:
    total = smoothed(grid.losses()[list(include)].sum(axis=0))
    return tuple(int(i) for i in np.unravel_index(int(np.argmin(total)), total.shape))


# --- the report -----------------------------------------------------------------------------------------

def factor(predicted: float | None, observed: float | None) -> float | None:
    """``predicted / observed`` (1 = exact; 2 = twice too much; 0.5 = half)."""
    if predicted is None or observed is None or observed == 0:
        return None
    return predicted / observed


def sensitivity(event: Event, params: Params) -> dict[str, float]:
    """How close the event sits to a tipping point under ``params``: the change of the final move per 1 % of
    trigger, and the final move with 25 % more and less depth."""
    base = predict(event, params).drawdown
    deeper = predict(event, params, event.trigger.value - 0.01).drawdown
    thick = predict(event, Params(params.levered_share, params.depth_factor * 1.25, params.oi_elasticity,
                                  params.replenish_minutes)).drawdown
    thin = predict(event, Params(params.levered_share, params.depth_factor / 1.25, params.oi_elasticity,
                                 params.replenish_minutes)).drawdown
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


def _naive_loo(events: Sequence[Event], i: int) -> tuple[float, float]:
    """The baseline a model must beat: the other events' median drawdown and median liquidated share of OI."""
    others = [e for j, e in enumerate(events) if j != i]
    dd = float(np.median([e.observed_drawdown for e in others]))
    ratio = float(np.median([e.observed_liquidated_usd / e.open_interest_usd for e in others]))
    return dd, ratio * events[i].open_interest_usd


def calibrate_library(events: Sequence[Event] | None = None) -> dict[str, Any]:
    """Fit on the whole library, then leave each event out; returns the JSON report."""
    evs = list(events) if events is not None else load_library()
    grid = run_grid(evs)
    central_idx = best(grid, range(len(evs)))
    central = grid.params(central_idx)
    rows: list[dict[str, Any]] = []
    loo_params: list[Params] = []
    for i, e in enumerate(evs):
        idx = best(grid, [j for j in range(len(evs)) if j != i])
        p = grid.params(idx)
        loo_params.append(p)
        pred = predict(e, p)
        fit = predict(e, central)
        naive_d, naive_l = _naive_loo(evs, i)
        rows.append({
            "event": e.id, "trigger": e.trigger.value, "duration_minutes": e.duration.value,
            "observed": {"drawdown": e.observed_drawdown, "liquidated_usd": e.observed_liquidated_usd,
                         "long_share": e.observed_long_share},
            "leave_one_out": {"params": p.to_json(), "drawdown": pred.drawdown, "liquidated_usd": pred.liquidated_usd,
                              "long_share": pred.long_share, "runaway": pred.runaway,
                              "factor_drawdown": factor(pred.drawdown, e.observed_drawdown),
                              "factor_liquidated": factor(pred.liquidated_usd, e.observed_liquidated_usd),
                              "factor_long_share": factor(pred.long_share, e.observed_long_share)},
            "in_sample": {"drawdown": fit.drawdown, "liquidated_usd": fit.liquidated_usd,
                          "factor_drawdown": factor(fit.drawdown, e.observed_drawdown),
                          "factor_liquidated": factor(fit.liquidated_usd, e.observed_liquidated_usd)},
            "naive_leave_one_out": {"factor_drawdown": factor(naive_d, e.observed_drawdown),
                                    "factor_liquidated": factor(naive_l, e.observed_liquidated_usd)},
            "sensitivity": sensitivity(e, central),
            "excess_factor": excess_factor(e.observed_drawdown, pred.drawdown, e.trigger.value),
        })

    def within(key: str, block: str = "leave_one_out") -> int:
        return sum(1 for r in rows if r[block][key] is not None and 0.5 <= r[block][key] <= 2.0)

    return {
        "format": CALIBRATION_FORMAT, "version": 1, "events": [e.id for e in evs],
        "params": central.to_json(), "leave_one_out_params": [p.to_json() for p in loo_params],
        "band_excess_factors": list(band_factors([r["excess_factor"] for r in rows])),
        "grid": {"levered_share": [GRID_LEVERED_SHARE[0], GRID_LEVERED_SHARE[-1], len(GRID_LEVERED_SHARE)],
                 "depth_factor": [GRID_DEPTH_FACTOR[0], GRID_DEPTH_FACTOR[-1], len(GRID_DEPTH_FACTOR)],
                 "oi_elasticity": list(GRID_OI_ELASTICITY),
                 "replenish_minutes": [None if math.isinf(t) else t for t in GRID_REPLENISH_MINUTES]},
        "summary": {"events": len(evs),
                    "loo_drawdown_within_2x": within("factor_drawdown"),
                    "loo_liquidated_within_2x": within("factor_liquidated"),
                    "naive_drawdown_within_2x": within("factor_drawdown", "naive_leave_one_out"),
                    "naive_liquidated_within_2x": within("factor_liquidated", "naive_leave_one_out")},
        "per_event": rows,
    }


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
