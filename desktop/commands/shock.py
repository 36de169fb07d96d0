"""``undertow shock BTC=-15%``: what if the market drops, and the drop feeds on itself?

Prints the user's positions and accounts with and without the liquidation cascade, and the market-wide
cascade figures; ``--grid -50:0:0.5`` sweeps the driver shock and prints the curves.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from typing import Any

import numpy as np

from desktop import format as fmt
from desktop.commands import CommandError
from desktop.commands._common import (
    MAX_NUMBER_CHARS,
    add_common_flags,
    bounded_float,
    now_utc,
    open_session,
    print_json,
    shown,
    table,
)
from desktop.commands._safe import terminal_safe

THRESHOLD_GRID = np.round(np.arange(-0.5, 0.5 + 1e-9, 0.0025), 6)  # for "smallest liquidating shock"
_SHOCK_RE = re.compile(r"^\s*([A-Za-z0-9]{1,20})\s*=\s*([+-]?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12}))\s*%?\s*$")
GRID_MAX_POINTS = 100_001
GRID_MIN_STEP_PCT = 1e-4
DEPTH_FACTOR = ("--depth-factor", 0.0, 1000.0)  # (0, 1000]: 0 would be a book with no depth at all
OI_MULTIPLIER = ("--oi-multiplier", 0.0, 1000.0)  # [0, 1000]
_NUMBER_ARG = re.compile(r"^-\d+$|^-\d*\.\d+$|^-[\d.][\w.:%+-]*$")  # lets "--grid -50:0:0.5" parse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "shock", help="what-if: shock the market, with the liquidation cascade",
        description="Shock the driver (BTC) and see your positions and accounts with and without the "
                    "liquidation cascade, and the market-wide figures. Shocks are in percent: BTC=-15%.")
    p._negative_number_matcher = _NUMBER_ARG  # noqa: SLF001 - accept a negative grid as a value
    p.add_argument("shocks", nargs="*", metavar="ASSET=PCT", help="e.g. BTC=-15%% ETH=-20%%")
    p.add_argument("--scenario", metavar="ID", help="a preset or saved scenario (see --list-scenarios)")
    p.add_argument("--list-scenarios", action="store_true", help="list the presets and your saved scenarios")
    p.add_argument("--save-scenario", metavar="ID", help="save the given shocks as your scenario ID")
    p.add_argument("--grid", metavar="LO:HI:STEP", help="sweep the driver shock, in %% (e.g. -50:0:0.5)")
    p.add_argument("--no-cascade", action="store_true", help="exogenous moves only, no cascade")
    p.add_argument("--market", metavar="FILE", help="use this market model file (undertow market export)")
    add_model_flags(p)
    p.add_argument("--impact", choices=("bookwalk", "linear", "sqrt"), help="price-impact model")
    add_common_flags(p)
    p.set_defaults(func=run)


def add_model_flags(p: argparse.ArgumentParser) -> None:
    """--depth-factor and --oi-multiplier: finite and in range, else a one-line error (exit 2)."""
    name, lo, hi = DEPTH_FACTOR
    p.add_argument(name, type=bounded_float(name, lo, hi, lo_open=True), metavar="X",
                   help=f"multiply order-book depth by X (above {lo:g}, at most {hi:g})")
    name, lo, hi = OI_MULTIPLIER
    p.add_argument(name, type=bounded_float(name, lo, hi), metavar="X",
                   help=f"multiply open interest by X ({lo:g} to {hi:g})")


# --- inputs ---------------------------------------------------------------------------------------------

def parse_shock(text: str) -> tuple[str, float]:
    """``"BTC=-15%"`` -> ("BTC", -0.15). The number is a percentage; the % sign is optional."""
    m = _SHOCK_RE.match(text) if len(text) <= 64 else None
    if not m:
        raise CommandError(f"malformed shock {shown(text)}: expected ASSET=PERCENT, e.g. BTC=-15%")
    value = float(m.group(2)) / 100.0
    if not math.isfinite(value) or value <= -1.0:
        raise CommandError(f"shock {shown(text)} is -100 % or worse: a price cannot fall below zero")
    if value > 10.0:
        raise CommandError(f"shock {shown(text)} is above +1000 %")
    return m.group(1).upper(), value


def parse_grid(text: str) -> np.ndarray:
    """``"-50:0:0.5"`` (percent) -> fractions from -0.50 to 0 inclusive in steps of 0.005.

    Every part must be a finite number: LO > -100, HI <= 1000, LO <= HI, STEP >= 0.0001 and at most
    ``GRID_MAX_POINTS`` points; anything else is a one-line ``CommandError``, never a traceback."""
    parts = text.replace("%", "").split(":")
    if len(parts) != 3 or any(len(x) > MAX_NUMBER_CHARS for x in parts):
        raise CommandError(f"malformed grid {shown(text)}: expected LO:HI:STEP in percent, e.g. -50:0:0.5")
    try:
        lo, hi, step = (float(x) for x in parts)
    except ValueError:
        raise CommandError(f"malformed grid {shown(text)}: expected LO:HI:STEP in percent, e.g. -50:0:0.5") from None
    if not all(math.isfinite(v) for v in (lo, hi, step)):
        raise CommandError(f"grid {shown(text)}: LO, HI and STEP must be finite numbers")
    if lo <= -100 or hi > 1000:
        raise CommandError(f"grid {shown(text)}: LO must be above -100 and HI at most 1000 (percent)")
    if hi < lo:
        raise CommandError(f"grid {shown(text)}: need LO <= HI")
    if step < GRID_MIN_STEP_PCT:
        raise CommandError(f"grid {shown(text)}: STEP must be at least {GRID_MIN_STEP_PCT:g} (percent)")
    n = int(np.floor((hi - lo) / step + 1e-9)) + 1
    if n > GRID_MAX_POINTS:
        raise CommandError(f"grid {shown(text)} has {n:,} points; at most {GRID_MAX_POINTS:,}")
    return np.round(lo + step * np.arange(n), 10) / 100.0


def acquire_snapshot(args: argparse.Namespace, required: bool = True):
    """The demo snapshot with --demo, else the latest stored one. None if absent and not ``required``."""
    try:
        if getattr(args, "demo", False):
            from core.demo import load_demo_snapshot

            return load_demo_snapshot(now_utc())
        with open_session(args) as session:  # not --demo here: a live session, so its latest live snapshot
            latest = session.latest_snapshots(1)
        snap = latest[0][1] if latest else None
    except (FileNotFoundError, KeyError, OSError) as exc:
        if not required:
            return None
        raise CommandError(f"the bundled demo data could not be read ({exc.__class__.__name__})") from exc
    if snap is None and required:
        raise CommandError("no snapshot stored yet: run 'undertow check' first, or use --demo or --market FILE")
    return snap


def build_model(args: argparse.Namespace, snap):
    """The market model: from --market FILE, else from the snapshot; then the command-line overrides."""
    from core.cascade.market import MarketModelError, load
    from core.cascade.snapshot import market_model_from_snapshot

    try:
        if getattr(args, "market", None):
            model = load(args.market)
        else:
            model = market_model_from_snapshot(snap)
        return model.with_overrides(depth_factor=getattr(args, "depth_factor", None),
                                    oi_multiplier=getattr(args, "oi_multiplier", None),
                                    impact_mode=getattr(args, "impact", None))
    except (MarketModelError, ValueError) as exc:
        raise CommandError(str(exc)) from exc


def _scenario_dir():
    from core.cascade.scenarios import user_scenarios_dir

    return user_scenarios_dir()


def _pct(frac: float | None) -> str:
    return fmt.pct(None if frac is None else frac * 100.0, signed=True)


# --- run ------------------------------------------------------------------------------------------------

@terminal_safe
def run(args: argparse.Namespace) -> int:
    from core.cascade.scenarios import Scenario, ScenarioError, find_scenario, load_scenarios, save_scenario

    if args.list_scenarios:
        rows = [[s.id, s.name, "preset" if s.builtin else "yours",
                 ", ".join(f"{k} {_pct(v)}" for k, v in s.shocks.items())] for s in load_scenarios(_scenario_dir())]
        sys.stdout.write(table(rows, ["id", "name", "kind", "shocks"]) + "\n")
        return 0
    shocks = dict(parse_shock(s) for s in args.shocks)
    scenario = None
    if args.scenario:
        try:
            scenario = find_scenario(args.scenario, _scenario_dir())
        except ScenarioError as exc:
            raise CommandError(str(exc)) from exc
    if args.save_scenario:
        if not shocks:
            raise CommandError("--save-scenario needs shocks, e.g. BTC=-12% ETH=-18%")
        try:
            path = save_scenario(Scenario(id=args.save_scenario, name=args.save_scenario, description="",
                                          source="user", shocks=shocks), _scenario_dir())
        except ScenarioError as exc:
            raise CommandError(str(exc)) from exc
        sys.stderr.write(f"saved scenario {args.save_scenario} to {path}\n")
    if not shocks and scenario is None and not args.grid:
        raise CommandError("give a shock (e.g. BTC=-15%), --scenario ID or --grid LO:HI:STEP")
    snap = acquire_snapshot(args, required=not args.market)
    model = build_model(args, snap)
    for name in shocks:
        if name not in model.names:
            raise CommandError(f"unknown symbol {name!r}: the market model has {', '.join(model.names)}")
    from core.cascade.market import MarketModelError
    from core.cascade.whatif import whatif_on_snapshot

    try:
        whatif = whatif_on_snapshot(snap, scenario, shocks, model=model,
                                    driver_shocks=parse_grid(args.grid) if args.grid else None)
    except MarketModelError as exc:
        raise CommandError(str(exc)) from exc
    if args.grid:
        return grid_report(args, whatif)
    limits = limit_range = None
    if snap is not None and snap.positions and whatif.outcome is not None:
        # "dies at": the smallest driver shock that liquidates each position, the driver alone swept
        swept = whatif_on_snapshot(snap, model=whatif.model, driver_shocks=THRESHOLD_GRID)
        limits = swept.outcome
        if not args.no_cascade:
            limit_range = dies_at_range(snap, swept)
    return point_report(args, whatif, scenario, limits, limit_range)


# --- the uncertainty band (core/cascade/band.py) ------------------------------------------------------------

def _band(whatif):
    """(band, per-1 % sensitivity) for the what-if's shocks, or (None, None) without a stored calibration."""
    from core.cascade.band import cascade_band, trigger_sensitivity

    band = cascade_band(whatif.model, whatif.result.shocks, whatif.explicit)
    return band, trigger_sensitivity(whatif.model, whatif.result.shocks, whatif.explicit)


def dies_at_range(snap, swept) -> list[tuple[float | None, float | None]] | None:
    """Per position, the smallest liquidating driver shock with the cascade at both edges of the band
    (ordered: the nearer first)."""
    from dataclasses import replace

    from core.cascade.band import cascade_band
    from core.cascade.portfolio import evaluate_portfolio

    band = cascade_band(swept.model, swept.result.shocks)
    if band is None:
        return None
    edges = [evaluate_portfolio(snap, replace(swept.result, final_move=m)).positions for m in (band.low, band.high)]
    out: list[tuple[float | None, float | None]] = []
    for a, b in zip(*edges):
        values = [v for v in (a.liquidating_shock_with_cascade, b.liquidating_shock_with_cascade) if v is not None]
        if len(values) == 2:
            out.append((min(values, key=abs), max(values, key=abs)))
        else:  # liquidated at one edge of the band only (or at neither) within the swept shocks
            out.append((values[0] if values else None, None))
    return out


TIPPING_SENSITIVITY = 3.0  # the final move changes by 3 % or more per 1 % of trigger: near a tipping point


# --- reports --------------------------------------------------------------------------------------------

NO_POSITIONS = "no positions: market-wide figures only"


def _market_rows(result, k: int, cascade: bool, band=None, sens=None) -> list[dict[str, Any]]:
    rows = []
    for i, name in enumerate(result.symbols):
        exo = float(result.exogenous_move[i, k])
        fin = float(result.final_move[i, k]) if cascade else exo
        rec = {"symbol": name, "mark_price": float(result.mark_price[i]), "exogenous_move": exo,
               "final_move": fin, "final_price": float(result.mark_price[i] * (1 + fin))}
        if cascade:
            amp = result.amplification[i, k]
            rec.update({"amplification": None if np.isnan(amp) else float(amp),
                        "liquidated_long_usd": float(result.liquidated_long_usd[i, k]),
                        "liquidated_short_usd": float(result.liquidated_short_usd[i, k]),
                        "insurance_fund_used_usd": float(result.insurance_fund_used_usd[i, k]),
                        "bad_debt_usd": float(result.bad_debt_usd[i, k]),
                        "adl_notional_usd": float(result.adl_notional_usd[i, k]),
                        "runaway": bool(result.runaway[i, k]), "converged": bool(result.converged[i, k]),
                        "iterations": int(result.iterations[i, k]),
                        "band": None if band is None else {"final_move_low": float(band.low[i, k]),
                                                           "final_move_high": float(band.high[i, k])},
                        "sensitivity_per_1pct": None if sens is None else float(sens[i, k]),
                        "near_tipping_point": None if sens is None else bool(sens[i, k] >= TIPPING_SENSITIVITY)})
        rows.append(rec)
    return rows


def point_report(args, whatif, scenario, limits, limit_range=None) -> int:
    """One shock: the market rows, the user's accounts and positions; ``limits``: the outcome over
    ``THRESHOLD_GRID`` (each position's smallest liquidating driver shock), or None; ``limit_range``: the same
    at both edges of the uncertainty band, or None."""
    model, snap, result, outcome = whatif.model, whatif.snapshot, whatif.result, whatif.outcome
    cascade = not args.no_cascade
    band, sens = _band(whatif) if cascade else (None, None)
    market = _market_rows(result, 0, cascade, band, sens)
    haircuts = scenario.collateral_haircuts if scenario else ()
    notes = [NO_POSITIONS] if outcome is None else []
    if any(h.venue for h in haircuts):
        notes.append("collateral haircuts are applied on every venue (conservative)")
    accounts, positions = [], []
    if outcome is not None:
        for a in outcome.accounts:
            accounts.append({"account_id": a.account_id,
                             "equity_without_cascade_usd": float(a.equity_without_cascade_usd[0]),
                             "equity_with_cascade_usd": float(a.equity_with_cascade_usd[0]),
                             "maintenance_with_cascade_usd": float(a.maintenance_with_cascade_usd[0]),
                             "liquidated_without_cascade": bool(a.liquidated_without_cascade[0]),
                             "liquidated_with_cascade": bool(a.liquidated_with_cascade[0])})
        for j, po in enumerate(outcome.positions):
            p = po.position
            lim = limits.positions[j] if limits is not None else None
            rng = limit_range[j] if limit_range is not None else None
            positions.append({
                "account_id": p.account_id, "venue": p.venue, "symbol": p.symbol, "side": p.side.value,
                "notional_usd": p.notional_usd,
                "liquidated_without_cascade": bool(po.liquidated_without_cascade[0]),
                "liquidated_with_cascade": bool(po.liquidated_with_cascade[0]),
                "liquidating_shock_without_cascade": lim.liquidating_shock_without_cascade if lim else None,
                "liquidating_shock_with_cascade": lim.liquidating_shock_with_cascade if lim else None,
                "liquidating_shock_with_cascade_range": list(rng) if rng else None,
                "adl_at_risk": bool(po.adl_at_risk[0])})
    shocks = {model.driver: float(result.shocks[0])}
    shocks.update({n: float(result.exogenous_move[i, 0]) for i, n in enumerate(result.symbols)
                   if n != model.driver})
    totals = {k: float(sum(r.get(k, 0.0) for r in market)) for k in
              ("liquidated_long_usd", "liquidated_short_usd", "insurance_fund_used_usd", "adl_notional_usd")}
    if args.json:
        print_json({"demo": bool(snap.demo) if snap else False, "cascade": cascade,
                    "scenario": scenario.to_dict() if scenario else None, "driver": model.driver,
                    "shocks": shocks, "model": {"impact_mode": model.impact.mode,
                                                "depth_factor": model.impact.depth_factor,
                                                "oi_multiplier": model.oi_multiplier, "source": model.source},
                    "market": market, "totals": totals if cascade else None,
                    "accounts": accounts, "positions": positions, "notes": notes})
        return 0
    out = sys.stdout
    label = " (DEMO DATA)" if snap is not None and snap.demo else ""
    title = f"{scenario.name}: " if scenario else ""
    out.write(f"Undertow shock{label} — {title}{model.driver} {_pct(result.shocks[0])}, cascade "
              f"{'on' if cascade else 'off'} ({model.impact.mode}, depth factor {model.impact.depth_factor:g})\n\n")
    rows = []
    for r in market:
        extra = []
        if cascade:
            amp = r["amplification"]
            extra = [f"{amp:.2f}x" if amp is not None else fmt.DASH, fmt.usd_short(r["liquidated_long_usd"]),
                     fmt.usd_short(r["liquidated_short_usd"]), fmt.usd_short(r["insurance_fund_used_usd"]),
                     fmt.usd_short(r["adl_notional_usd"]), "RUNAWAY" if r["runaway"] else ""]
        rng = []
        if cascade:
            b = r.get("band")
            rng = [f"{_pct(b['final_move_low'])} … {_pct(b['final_move_high'])}" if b else fmt.DASH]
        rows.append([r["symbol"], fmt.price(r["mark_price"]), _pct(r["exogenous_move"]),
                     _pct(r["final_move"]), *rng, fmt.price(r["final_price"]), *extra])
    heads = ["symbol", "mark", "shock", "move", *(["range"] if cascade else []), "price"]
    if cascade:
        heads += ["amplif.", "longs liq.", "shorts liq.", "ins. fund", "ADL", ""]
    out.write(table(rows, heads, right=set(range(1, 11))) + "\n")
    if cascade and band is not None:
        out.write("\nrange: the move under every leave-one-out fit of the event library and its out-of-sample "
                  "error (docs/cascade.md §3)\n")
        for r in market:
            if r.get("near_tipping_point"):
                out.write(f"note: {r['symbol']} sits near a tipping point: its final move changes by "
                          f"{r['sensitivity_per_1pct']:.1f} % per 1 % of trigger\n")
    if cascade:
        out.write(f"\nliquidated: longs {fmt.usd_short(totals['liquidated_long_usd'])}, shorts "
                  f"{fmt.usd_short(totals['liquidated_short_usd'])}; insurance fund used "
                  f"{fmt.usd_short(totals['insurance_fund_used_usd'])}; "
                  f"ADL {fmt.usd_short(totals['adl_notional_usd'])}\n")
    if accounts:
        rows = [[a["account_id"], fmt.usd(a["equity_without_cascade_usd"]), fmt.usd(a["equity_with_cascade_usd"]),
                 "LIQUIDATED" if a["liquidated_with_cascade"] else
                 "isolated only" if a["maintenance_with_cascade_usd"] <= 0 else "survives"] for a in accounts]
        out.write("\n" + table(rows, ["account", "equity (no cascade)", "equity (cascade)", "with cascade"],
                               right={1, 2}) + "\n")
    if positions:
        def dies(p) -> str:
            rng = p.get("liquidating_shock_with_cascade_range")
            base = _pct(p["liquidating_shock_with_cascade"])
            if not rng or rng[0] is None or rng[1] is None or rng[0] == rng[1]:
                return base
            return f"{base} ({_pct(rng[0])} … {_pct(rng[1])})"

        rows = [[p["venue"], p["symbol"], p["side"], fmt.usd_short(p["notional_usd"]),
                 "yes" if p["liquidated_without_cascade"] else "no",
                 "yes" if p["liquidated_with_cascade"] else "no",
                 _pct(p["liquidating_shock_without_cascade"]), dies(p),
                 "ADL risk" if p["adl_at_risk"] else ""] for p in positions]
        out.write("\n" + table(rows, ["venue", "symbol", "side", "notional", "liq. (no cascade)",
                                      "liq. (cascade)", "dies at (no cascade)", "dies at (cascade)", ""],
                               right={3, 6, 7}) + "\n")
        out.write(f"\n'dies at': the smallest {model.driver} shock that liquidates the position "
                  f"(grid step 0.25 %, within ±50 %)\n")
    for n in notes:
        out.write(f"\nnote: {n}\n")
    return 0


def grid_report(args, whatif) -> int:
    model, result, outcome = whatif.model, whatif.result, whatif.outcome
    note = NO_POSITIONS if outcome is None else None
    cascade = not args.no_cascade
    final = result.final_move if cascade else result.exogenous_move
    band, sens = _band(whatif) if cascade and args.json else (None, None)
    if args.json:
        curves = {}
        for i, name in enumerate(result.symbols):
            c = {"exogenous_move": result.exogenous_move[i].tolist(), "final_move": final[i].tolist(),
                 "final_price": (result.mark_price[i] * (1 + final[i])).tolist()}
            if cascade and band is not None and sens is not None:
                c["band"] = {"final_move_low": band.low[i].tolist(), "final_move_high": band.high[i].tolist()}
                c["sensitivity_per_1pct"] = sens[i].tolist()
            if cascade:
                c.update({k: getattr(result, k)[i].tolist() for k in (
                    "liquidated_long_usd", "liquidated_short_usd", "insurance_fund_used_usd", "bad_debt_usd",
                    "adl_notional_usd", "runaway", "iterations")})
                c["amplification"] = [None if np.isnan(a) else float(a) for a in result.amplification[i]]
            curves[name] = c
        positions = []
        if outcome is not None:
            positions = [{"account_id": po.position.account_id, "symbol": po.position.symbol,
                          "side": po.position.side.value,
                          "liquidating_shock_without_cascade": po.liquidating_shock_without_cascade,
                          "liquidating_shock_with_cascade": po.liquidating_shock_with_cascade}
                         for po in outcome.positions]
        print_json({"driver": model.driver, "cascade": cascade, "shocks": result.shocks.tolist(),
                    "symbols": curves, "positions": positions, "notes": [note] if note else []})
        return 0
    step = max(1, len(result.shocks) // 20)
    rows = []
    for k in range(0, len(result.shocks), step):
        liq = float(result.liquidated_long_usd[:, k].sum() + result.liquidated_short_usd[:, k].sum())
        rows.append([_pct(result.shocks[k]), *[_pct(final[i, k]) for i in range(len(result.symbols))],
                     fmt.usd_short(liq) if cascade else fmt.DASH])
    sys.stdout.write(f"{model.driver} shock sweep, cascade {'on' if cascade else 'off'} "
                     f"(every {step}th point; --json for all)\n\n")
    sys.stdout.write(table(rows, [f"{model.driver} shock", *result.symbols, "liquidated"],
                           right=set(range(len(result.symbols) + 2))) + "\n")
    return 0
