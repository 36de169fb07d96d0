"""The cascade's calibration on the event library, leave-one-out, against the naive baseline.

Fits the library (``core.cascade.fit.calibrate_library``: every event of ``resources/events``) and prints ONE JSON
line: per event the observed drawdown, liquidated notional and long share, the leave-one-out prediction (the fit
on the other events) with its factors (predicted / observed), the naive baseline's factors (the other events'
median drawdown, median liquidated share of open interest and median long share); the summary counts; whether
the stored calibration (resources/calibration/cascade.json) is the fit it makes. Writes docs/img/cascade-loo.png
when matplotlib is importable (a documentation-only dependency; skipped with a note otherwise).
Usage: .venv/bin/python bench/calibrate_cascade.py [--no-plot]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.cascade.fit import calibrate_library, load_calibration  # noqa: E402

PNG = ROOT / "docs" / "img" / "cascade-loo.png"


def _short(row: dict[str, Any]) -> dict[str, Any]:
    loo, naive, obs = row["leave_one_out"], row["naive_leave_one_out"], row["observed"]
    keep = ("crypto_margined_share", "oi_change_30d", "oi_to_market_cap", "levered_share", "depth_1pct_usd",
            "effective_depth_factor", "long_share_of_oi")
    return {"event": row["event"], "trigger": row["trigger"], "duration_minutes": row["duration_minutes"],
            "inputs": {k: row["inputs"][k] for k in keep},
            "observed": obs,
            "leave_one_out": {k: loo[k] for k in ("drawdown", "liquidated_usd", "long_share", "factor_drawdown",
                                                 "factor_liquidated", "factor_long_share", "runaway")},
            "leave_one_out_params": loo["params"],
            "naive": naive,
            "final_move_per_1pct_trigger": row["sensitivity"]["final_move_per_1pct_trigger"]}


def plot(report: dict[str, Any]) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "skipped: matplotlib is not installed (documentation-only dependency)"
    import numpy as np

    rows = report["per_event"]
    labels = [r["event"][:10] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.8))
    for ax, key, obs_key, title, unit in (
            (axes[0], "drawdown", "drawdown", "Drawdown", 100.0),
            (axes[1], "liquidated_usd", "liquidated_usd", "Liquidated notional", 1e-9)):
        obs = np.array([abs(r["observed"][obs_key]) * unit for r in rows])
        loo = np.array([abs(r["leave_one_out"][key]) * unit for r in rows])
        naive_f = np.array([r["naive_leave_one_out"]["factor_" + ("drawdown" if key == "drawdown" else "liquidated")]
                            for r in rows])
        lo, hi = min(obs.min(), loo.min()) / 3, max(obs.max(), loo.max()) * 3
        xs = np.geomspace(lo, hi, 10)
        ax.fill_between(xs, xs / 2, xs * 2, color="tab:green", alpha=0.12, label="within 2x")
        ax.plot(xs, xs, color="grey", lw=0.8)
        ax.scatter(obs, obs * naive_f, marker="o", facecolors="none", edgecolors="tab:grey", label="naive median")
        ax.scatter(obs, loo, color="tab:blue", zorder=3, label="model, leave-one-out")
        for x, y, t in zip(obs, loo, labels):
            ax.annotate(t, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
        ax.set(xscale="log", yscale="log", xlim=(lo, hi), ylim=(lo, hi), title=title,
               xlabel="observed" + (" (% fall)" if key == "drawdown" else " ($B)"),
               ylabel="predicted" + (" (% fall)" if key == "drawdown" else " ($B)"))
        ax.legend(fontsize=7, loc="upper left")
    ax = axes[2]
    share = np.array([r["inputs"]["crypto_margined_share"] or report["reference_state"]["crypto_margined_share"]
                      for r in rows])
    liq_oi = np.array([r["observed"]["liquidated_usd"] / r["inputs"]["open_interest_usd"] for r in rows])
    ax.scatter(share * 100, liq_oi * 100, color="tab:red", label="observed liquidated / open interest")
    ax.scatter(share * 100, [r["inputs"]["levered_share"] * 100 for r in rows], marker="s", color="tab:blue",
               label="model's levered share (leave-one-out fit)")
    for x, y, t in zip(share * 100, liq_oi * 100, labels):
        ax.annotate(t, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set(xscale="log", yscale="log", xlabel="crypto-margined share of futures open interest (%)",
           ylabel="% of open interest", title=f"The state input (margin elasticity "
                                                f"{report['params']['margin_elasticity']:g})")
    ax.legend(fontsize=7, loc="upper left")
    s = report["summary"]
    fig.suptitle(f"Undertow cascade, leave-one-out on {s['events']} crashes: drawdown within 2x on "
                 f"{s['loo_drawdown_within_2x']}, liquidated on {s['loo_liquidated_within_2x']} "
                 f"(naive: {s['naive_drawdown_within_2x']} / {s['naive_liquidated_within_2x']}) "
                 "- bench/calibrate_cascade.py", fontsize=10)
    fig.tight_layout()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(PNG, dpi=90)
    return str(PNG.relative_to(ROOT))


def main() -> None:
    started = time.perf_counter()
    report = calibrate_library()
    seconds = time.perf_counter() - started
    try:
        stored = load_calibration()
        matches = stored["params"] == report["params"] and \
            stored["leave_one_out_params"] == report["leave_one_out_params"]
    except (OSError, ValueError, KeyError):
        matches = False
    s = report["summary"]
    logs = (s["loo_median_abs_log_error"], s["naive_median_abs_log_error"])
    beats = {q: {"more_within_2x": s[f"loo_{q}_within_2x"] > s[f"naive_{q}_within_2x"],
                 "smaller_median_error": logs[0][q] < logs[1][q]} for q in ("drawdown", "liquidated")}
    figure = "skipped: --no-plot" if "--no-plot" in sys.argv else plot(report)
    print(json.dumps({
        "benchmark": "calibrate_cascade", "events": len(report["events"]), "params": report["params"],
        "reference_state": report["reference_state"], "summary": s,
        "model_beats_naive": beats, "band_excess_factors": report["band_excess_factors"],
        "per_event": [_short(r) for r in report["per_event"]],
        "stored_calibration_matches": matches, "fit_seconds": round(seconds, 1), "figure": figure,
    }))


if __name__ == "__main__":
    main()
