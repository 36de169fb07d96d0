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
from desktop.format import terminal_text

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
    """The demo snapshot with --demo, else the latest stored one. None if absent and not ``required``.

    With a stored snapshot, ``args.market_history`` is set to the stored market state 30 days before it
    (``Session.market_history``), which ``build_model`` gives the model."""
    try:
        if getattr(args, "demo", False):
            from core.demo import load_demo_snapshot

            return load_demo_snapshot(now_utc())
        with open_session(args) as session:  # not --demo here: a live session, so its latest live snapshot
            latest = session.latest_snapshots(1)
            snap = latest[0][1] if latest else None
            args.market_history = session.market_history(snap) if snap is not None else None
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
            model = market_model_from_snapshot(snap, history=getattr(args, "market_history", None))
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
    limits = None
    if snap is not None and snap.positions and whatif.outcome is not None:
        # "dies at": the smallest driver shock that liquidates each position, the driver alone swept under the
        # model in effect (core.cascade.book: the same function as the window's)
        from core.cascade.band import cascade_band
        from core.cascade.book import dies_at, driver_sweep

        swept = driver_sweep(snap, whatif.model)
        band = None if args.no_cascade else cascade_band(swept.model, swept.result.shocks)
        limits = dies_at(snap, swept, band)
    return point_report(args, whatif, scenario, limits)


# --- the uncertainty band (core/cascade/band.py) ------------------------------------------------------------

def _band(whatif):
    """(band, per-1 % sensitivity) for the what-if's shocks, or (None, None) without a stored calibration."""
    from core.cascade.band import cascade_band, trigger_sensitivity

    band = cascade_band(whatif.model, whatif.result.shocks, whatif.explicit)
    return band, trigger_sensitivity(whatif.model, whatif.result.shocks, whatif.explicit)


def depth_factor(args, scenario) -> float:
    """The depth factor, as the window's control shows it: the order books relative to the model's own
    (calibrated, or the --market file's), 1.00× = as calibrated; --depth-factor times the preset's."""
    return float(getattr(args, "depth_factor", None) or 1.0) * float(
        scenario.depth_factor if scenario is not None and scenario.depth_factor is not None else 1.0)


# --- reports --------------------------------------------------------------------------------------------

NO_POSITIONS = "no positions: market-wide figures only"


def _market_rows(result, k: int, cascade: bool, band=None, sens=None) -> list[dict[str, Any]]:
    from core.cascade.book import TIPPING_SENSITIVITY

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


def point_report(args, whatif, scenario, limits) -> int:
    """One shock: the market rows, the user's accounts and positions; ``limits``: each position's "dies at"
    (``core.cascade.book.dies_at``, with its range when the cascade is on), or None."""
    from core.cascade.book import account_lines, equity_now_usd

    model, snap, result, outcome = whatif.model, whatif.snapshot, whatif.result, whatif.outcome
    cascade = not args.no_cascade
    band, sens = _band(whatif) if cascade else (None, None)
    market = _market_rows(result, 0, cascade, band, sens)
    haircuts = scenario.collateral_haircuts if scenario else ()
    notes = [NO_POSITIONS] if outcome is None else []
    if any(h.venue for h in haircuts):
        notes.append("collateral haircuts are applied on every venue (conservative)")
    accounts: list[dict[str, Any]] = []
    positions: list[dict[str, Any]] = []
    labels = {a.id: a.label or a.id for a in snap.accounts} if snap is not None else {}
    if outcome is not None:
        raw = {a.account_id: a for a in outcome.accounts}
        for line in account_lines(snap, result, outcome, equity_now_usd(snap, model)):
            a = raw[line.account_id]
            accounts.append({"account_id": line.account_id, "account_label": line.label,
                             "equity_now_usd": line.equity_now_usd,
                             "equity_without_cascade_usd": float(line.equity_without_usd[0]),
                             "equity_with_cascade_usd": float(line.equity_with_usd[0]),
                             "loss_without_cascade_usd": line.loss_usd(0, cascade=False),
                             "loss_with_cascade_usd": line.loss_usd(0, cascade=True),
                             "maintenance_with_cascade_usd": float(a.maintenance_with_cascade_usd[0]),
                             "liquidated_without_cascade": bool(line.liquidated_without[0]),
                             "liquidated_with_cascade": bool(line.liquidated_with[0])})
        for j, po in enumerate(outcome.positions):
            p = po.position
            lim = limits[j] if limits else None
            rng = lim.with_cascade_range if lim is not None else None
            positions.append({
                "account_id": p.account_id, "account_label": labels.get(p.account_id, p.account_id),
                "venue": p.venue, "symbol": p.symbol, "side": p.side.value,
                "notional_usd": p.notional_usd,
                "liquidated_without_cascade": bool(po.liquidated_without_cascade[0]),
                "liquidated_with_cascade": bool(po.liquidated_with_cascade[0]),
                "liquidating_shock_without_cascade": lim.without_cascade if lim else None,
                "liquidating_shock_with_cascade": lim.with_cascade if lim else None,
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
                                                "depth_factor": depth_factor(args, scenario),
                                                "book_depth_k": model.impact.depth_factor,
                                                "oi_multiplier": model.oi_multiplier, "source": model.source},
                    "market": market, "totals": totals if cascade else None,
                    "accounts": accounts, "positions": positions, "notes": notes})
        return 0
    out = sys.stdout
    label = " (DEMO DATA)" if snap is not None and snap.demo else ""
    title = f"{scenario.name}: " if scenario else ""
    out.write(f"Undertow shock{label} — {title}{model.driver} {_pct(result.shocks[0])}, cascade "
              f"{'on' if cascade else 'off'} ({model.impact.mode}, depth factor {depth_factor(args, scenario):.2f}x, "
              f"book depth k = {model.impact.depth_factor:.4g})\n\n")
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
        def equity(a, key: str) -> str:
            text = fmt.usd(a[f"equity_{key}_usd"])
            return f"{text} (lost {fmt.usd(a[f'loss_{key}_usd'])})" if a[f"liquidated_{key}"] else text

        rows = [[terminal_text(a["account_label"]), equity(a, "without_cascade"), equity(a, "with_cascade"),
                 "LIQUIDATED" if a["liquidated_with_cascade"] else
                 "isolated only" if a["maintenance_with_cascade_usd"] <= 0 else "survives"] for a in accounts]
        out.write("\n" + table(rows, ["account", "equity (no cascade)", "equity (cascade)", "with cascade"],
                               right={1, 2}) + "\n")
        if any(a["liquidated_with_cascade"] or a["liquidated_without_cascade"] for a in accounts):
            out.write("a liquidated account shows 0: the venue closes it, the insurance fund takes any shortfall; "
                      "'lost' is its equity now\n")
    if positions:
        def dies(p) -> str:
            rng = p.get("liquidating_shock_with_cascade_range")
            base = _pct(p["liquidating_shock_with_cascade"])
            if not rng or rng[0] is None or rng[1] is None or rng[0] == rng[1]:
                return base
            return f"{base} ({_pct(rng[0])} … {_pct(rng[1])})"

        rows = [[terminal_text(p["account_label"]), p["symbol"], p["side"], fmt.usd_short(p["notional_usd"]),
                 "yes" if p["liquidated_without_cascade"] else "no",
                 "yes" if p["liquidated_with_cascade"] else "no",
                 _pct(p["liquidating_shock_without_cascade"]), dies(p),
                 "ADL risk" if p["adl_at_risk"] else ""] for p in positions]
        out.write("\n" + table(rows, ["account", "symbol", "side", "notional", "liq. (no cascade)",
                                      "liq. (cascade)", "dies at (no cascade)", "dies at (cascade)", ""],
                               right={3, 6, 7}) + "\n")
        out.write(f"\n'dies at': the smallest {model.driver} shock that liquidates the position, {model.driver} "
                  f"moving alone (other assets by their betas; a preset's own shocks and haircuts left out), "
                  f"grid step 0.1 %, within ±50 %\n")
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
