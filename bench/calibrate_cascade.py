"""Calibrate the cascade's depth factor and leverage mix against 2025-10-10 and draw the figure.

Prints ONE JSON line with the fitted numbers (the ones docs/cascade.md quotes) and writes
docs/img/cascade-calibration.png when matplotlib is installed (a documentation-only dependency).
Usage: .venv/bin/python bench/calibrate_cascade.py [--no-plot]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.cascade.calibration import EventInputs, calibrate, event_model, final_move  # noqa: E402
from core.cascade.engine import compile_market, run_cascade  # noqa: E402
from core.cascade.ladder import CALIBRATED_LEVERED_SHARE, levered_mix  # noqa: E402
from core.cascade.snapshot import CALIBRATED_DEPTH_FACTOR  # noqa: E402

PNG = ROOT / "docs" / "img" / "cascade-calibration.png"


def plot(inputs: EventInputs, cal) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib not installed: no figure"
    k, h = cal.depth_factor, cal.levered_share
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    shocks = np.linspace(-0.12, 0.0, 241)
    ax = axes[0]
    for factor, style in ((0.5, ":"), (1.0, "-"), (2.0, "--")):
        res = run_cascade(compile_market(event_model(inputs, k * factor, h)), shocks)
        ax.plot(shocks * 100, np.maximum(res.final_move[0], -0.5) * 100, style, label=f"k = {k * factor:.1f}")
    ax.plot(shocks * 100, shocks * 100, color="grey", lw=0.8, label="no cascade")
    ax.axhline(inputs.btc_drawdown * 100, color="red", lw=0.8)
    ax.axvline(inputs.trigger * 100, color="red", lw=0.8, ls=":")
    ax.set(xlabel="exogenous BTC shock (%)", ylabel="BTC move after the cascade (%)", ylim=(-50, 1),
           title="Cascade by trigger (red: -15 % low, -5 % trigger)")
    ax.legend(fontsize=8)
    ax = axes[1]
    ks = np.geomspace(k / 4, k * 4, 200)
    ax.semilogx(ks, [max(final_move(inputs, kk, h, inputs.trigger), -0.5) * 100 for kk in ks])
    ax.axvline(k, color="red", lw=0.8)
    ax.axhline(inputs.btc_drawdown * 100, color="red", lw=0.8)
    ax.set(xlabel="depth factor k", ylabel="BTC move after a -5 % trigger (%)",
           title=f"Tipping point: k* = {k:.1f}")
    ax = axes[2]
    model = event_model(inputs, k, h)
    ladder = model.ladder(model.symbols[0])
    edges = np.linspace(-0.30, 0.0, 31)
    per_band, _ = np.histogram(ladder.long_level, bins=edges, weights=ladder.long_notional_usd)
    ax.bar(edges[:-1] * 100, per_band / 1e9, width=1.0, align="edge", color="tab:orange", label="per 1 %")
    reach = [ladder.long_notional_usd[ladder.long_level >= e].sum() / 1e9 for e in edges]
    ax.plot(edges * 100, reach, color="black", label="cumulative from the mark")
    ax.axvline(inputs.btc_drawdown * 100, color="red", lw=0.8)
    ax.axhline(inputs.target_long_liquidations_usd / 1e9, color="red", lw=0.8, ls=":")
    ax.set(xlabel="liquidation level, move from the mark (%)", ylabel="long notional ($B)",
           title=f"Long ladder, levered share h = {h:.3f}")
    ax.legend(fontsize=8)
    fig.suptitle("Undertow cascade calibration against 2025-10-10 (bench/calibrate_cascade.py)")
    fig.tight_layout()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(PNG, dpi=90)
    return str(PNG.relative_to(ROOT))


def main() -> None:
    inputs = EventInputs()
    cal = calibrate(inputs)
    figure = "skipped" if "--no-plot" in sys.argv else plot(inputs, cal)
    mix = levered_mix(cal.levered_share)
    print(json.dumps({
        "benchmark": "calibrate_cascade", "event": "2025-10-10",
        "mark_usd": inputs.mark_usd, "open_interest_usd": inputs.open_interest_usd,
        "visible_depth_1pct_usd": round(cal.depth_1pct_usd), "depth_exponent": round(cal.depth_exponent, 3),
        "trigger": inputs.trigger, "depth_factor": round(cal.depth_factor, 2),
        "levered_share": round(cal.levered_share, 4),
        "leverage_mix": {str(int(lv)): round(w, 4) for lv, w in sorted(mix.items())},
        "final_move": round(cal.final_move, 4), "amplification": round(cal.amplification, 2),
        "long_liquidations_usd": round(cal.long_liquidations_usd),
        "target_long_liquidations_usd": round(inputs.target_long_liquidations_usd),
        "iterations": cal.iterations,
        "depth_factor_by_trigger": {f"{t:+.2f}": round(kk, 2) for t, kk in cal.triggers},
        "constants_in_code": {"depth_factor": CALIBRATED_DEPTH_FACTOR, "levered_share": CALIBRATED_LEVERED_SHARE},
        "figure": figure,
    }))


if __name__ == "__main__":
    main()
