"""Run crash event files through the calibrated cascade: predicted against observed (``undertow backtest``).

Any file in the event format (``docs/cascade-events.md``) runs through the stored central parameters of the
library fit (``resources/calibration/cascade.json``): the engine at the event's own trigger and duration, with
its state (open interest, market cap, crypto-margined share, 30-day open-interest change, funding, depth) as
inputs. Per event: predicted and observed drawdown, liquidated notional and long share, and their factors
(predicted / observed). An event of the bundled library is *in sample* for the stored parameters (the fit saw
it); its out-of-sample test is the leave-one-out table of ``bench/calibrate_cascade.py``. A file that cannot be
read or is malformed is reported with its path and field; the others still run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.cascade.events import Event, EventError, load_event
from core.cascade.fit import Params, compare, event_inputs, load_calibration, predict, within_2x


@dataclass(frozen=True)
class Backtest:
    """The rows of the events that ran, the one-line errors of the files that did not, and the parameters."""

    params: Params
    fitted_on: tuple[str, ...]  # the event ids the stored parameters were fitted on
    rows: tuple[dict[str, Any], ...] = ()
    errors: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> dict[str, int]:
        def count(key: str) -> int:
            return sum(1 for r in self.rows if within_2x(r["predicted"][key]))

        return {"events": len(self.rows), "errors": len(self.errors),
                "drawdown_within_2x": count("factor_drawdown"),
                "liquidated_within_2x": count("factor_liquidated"),
                "long_share_within_2x": count("factor_long_share"),
                "events_with_long_share": sum(1 for r in self.rows if r["observed"]["long_share"] is not None)}

    def to_json(self) -> dict[str, Any]:
        return {"params": self.params.to_json(), "fitted_on": list(self.fitted_on), "summary": self.summary(),
                "events": list(self.rows), "errors": list(self.errors)}


def stored_params(path: Path | None = None) -> tuple[Params, tuple[str, ...]]:
    """The central parameters of the stored library fit and the events it was fitted on. Raises ``ValueError``
    (or ``OSError``) when the calibration file is missing or not a calibration."""
    data = load_calibration(path)
    try:
        return Params.from_json(data["params"]), tuple(str(e) for e in data.get("events", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"the stored calibration has no usable parameters ({exc})") from exc


def backtest_event(event: Event, params: Params, fitted_on: Iterable[str] = ()) -> dict[str, Any]:
    """One event under ``params``: observed, predicted with factors, the inputs the model used."""
    return {"event": event.id, "name": event.name, "date": event.day.isoformat(), "file": event.path,
            "in_sample": event.id in set(fitted_on), "trigger": event.trigger.value,
            "duration_minutes": event.duration.value,
            "observed": {"drawdown": event.observed_drawdown, "liquidated_usd": event.observed_liquidated_usd,
                         "long_share": event.observed_long_share},
            "predicted": compare(event, predict(event, params)), "inputs": event_inputs(event, params)}


def backtest_files(paths: Iterable[Path], params: Params | None = None,
                   fitted_on: tuple[str, ...] | None = None) -> Backtest:
    """Every file in ``paths`` (in order); without ``params``, the stored central fit."""
    if params is None:
        params, stored_on = stored_params()
        fitted_on = stored_on if fitted_on is None else fitted_on
    rows, errors = [], []
    for path in paths:
        try:
            event = load_event(Path(path))
        except EventError as exc:
            errors.append(str(exc))
            continue
        rows.append(backtest_event(event, params, fitted_on or ()))
    return Backtest(params, tuple(fitted_on or ()), tuple(rows), tuple(errors))
