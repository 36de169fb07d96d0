"""The market model the cascade runs on, and its JSON file format (``docs/market-model.md``).

A ``MarketModel`` holds, per base asset ("BTC", "ETH", ...): the mark, the beta to the driver, both sides'
depth bands, open interest and what the ladder is built from. The ladder itself is derived (``ladder()``),
so a user can edit the file to ask "what if depth halves or open interest doubles".
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from core.cascade.depth import IMPACT_MODES, DepthSide, ImpactParams
from core.cascade.ladder import DEFAULT_LEVERAGE_MIX, Ladder, build_ladder, long_share_from_funding

FORMAT_NAME = "undertow-market-model"
FORMAT_VERSION = 1


class MarketModelError(ValueError):
    """A market model file or value is invalid; the message names the field."""


@dataclass(frozen=True)
class SymbolModel:
    """One base asset, aggregated over venues. Prices USD, notionals USD, rates fractions."""

    symbol: str
    mark_price: float
    bid: DepthSide
    ask: DepthSide
    beta: float = 1.0  # fractional move per fractional move of the driver
    open_interest_usd: float = 0.0
    long_share: float | None = None  # None: from the funding rate
    funding_rate: float | None = None  # per 8 h
    daily_vol: float = 0.03  # σ_D, fraction per day
    daily_volume_usd: float | None = None  # V_D for the square-root mode
    insurance_fund_usd: float | None = None  # None: 1 % of open interest
    max_leverage: float = 125.0
    maintenance_margin_rate: float = 0.005
    entry_closes: tuple[float, ...] = ()  # daily closes, oldest first: where positions were opened
    entry_vol: float = 0.05  # spread of entries when no closes are known
    venues: tuple[str, ...] = ()

    @property
    def effective_long_share(self) -> float:
        return self.long_share if self.long_share is not None else long_share_from_funding(self.funding_rate)

    @property
    def effective_insurance_fund_usd(self) -> float:
        return self.insurance_fund_usd if self.insurance_fund_usd is not None else 0.01 * self.open_interest_usd


@dataclass(frozen=True)
class MarketModel:
    """Every symbol plus the global knobs: impact mode, depth factor k, OI multiplier, leverage mix."""

    symbols: tuple[SymbolModel, ...]
    driver: str = "BTC"
    impact: ImpactParams = ImpactParams()
    oi_multiplier: float = 1.0
    leverage_mix: Mapping[float, float] = field(default_factory=lambda: dict(DEFAULT_LEVERAGE_MIX))
    tolerance: float = 1e-7
    max_iterations: int = 100
    n_entries: int = 200  # entry prices per side when no closes are known
    as_of: str | None = None
    source: str = "user"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.symbol for s in self.symbols)

    def symbol(self, name: str) -> SymbolModel:
        for s in self.symbols:
            if s.symbol == name.upper():
                return s
        raise KeyError(name)

    def ladder(self, s: SymbolModel) -> Ladder:
        return build_ladder(s.mark_price, s.open_interest_usd * self.oi_multiplier, s.effective_long_share,
                            self.leverage_mix, max_leverage=s.max_leverage,
                            maintenance_margin_rate=s.maintenance_margin_rate, closes=s.entry_closes,
                            entry_vol=s.entry_vol, n_entries=self.n_entries)

    def with_overrides(self, depth_factor: float | None = None, oi_multiplier: float | None = None,
                       impact_mode: str | None = None) -> MarketModel:
        """A copy with the scenario's model overrides applied (depth factor multiplies, OI multiplies)."""
        impact = self.impact
        if depth_factor is not None:
            impact = replace(impact, depth_factor=impact.depth_factor * float(depth_factor))
        if impact_mode is not None:
            impact = replace(impact, mode=impact_mode)
        oi = self.oi_multiplier * float(oi_multiplier) if oi_multiplier is not None else self.oi_multiplier
        out = replace(self, impact=impact, oi_multiplier=oi)
        validate(out)
        return out


# --- validation ---------------------------------------------------------------------------------------

def _positive(value: float, where: str, allow_zero: bool = False) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
            or value < 0 or (value == 0 and not allow_zero):
        raise MarketModelError(f"{where} must be a {'non-negative' if allow_zero else 'positive'} number, "
                               f"got {value!r}")


def _validate_side(side: DepthSide, where: str, bid: bool) -> None:
    if not side.bands:
        raise MarketModelError(f"{where}.bands must list [distance, usd] pairs")
    prev_x, prev_d = 0.0, 0.0
    for i, (x, d) in enumerate(side.bands):
        _positive(x, f"{where}.bands[{i}] distance")
        _positive(d, f"{where}.bands[{i}] usd", allow_zero=True)
        if x <= prev_x or d < prev_d:
            raise MarketModelError(f"{where}.bands must be ascending in distance and cumulative depth "
                                   f"(entry {i})")
        prev_x, prev_d = x, d
    _positive(side.exponent, f"{where}.exponent")
    if not (0 < side.max_distance < (1.0 if bid else 25.0)):  # the engine searches moves below +2900 %
        raise MarketModelError(f"{where}.max_distance must be in (0, {'1' if bid else '25'}), "
                               f"got {side.max_distance!r}")


def validate(model: MarketModel) -> None:
    """Raise ``MarketModelError`` naming the first invalid field."""
    if not model.symbols:
        raise MarketModelError("the market model has no symbols")
    names = [s.symbol for s in model.symbols]
    if len(set(names)) != len(names):
        raise MarketModelError(f"duplicate symbols in the market model: {names}")
    if model.impact.mode not in IMPACT_MODES:
        raise MarketModelError(f"impact_mode must be one of {', '.join(IMPACT_MODES)}, got {model.impact.mode!r}")
    _positive(model.impact.depth_factor, "depth_factor")
    _positive(model.impact.sqrt_prefactor, "sqrt_prefactor")
    _positive(model.oi_multiplier, "oi_multiplier", allow_zero=True)
    _positive(model.tolerance, "tolerance")
    if not isinstance(model.max_iterations, int) or model.max_iterations < 1:
        raise MarketModelError(f"max_iterations must be a positive integer, got {model.max_iterations!r}")
    for lev, w in model.leverage_mix.items():
        if not isinstance(lev, (int, float)) or lev < 1:
            raise MarketModelError(f"leverage_mix keys must be leverages >= 1, got {lev!r}")
        _positive(w, f"leverage_mix[{lev}]", allow_zero=True)
    for s in model.symbols:
        where = f"symbols.{s.symbol}"
        _positive(s.mark_price, f"{where}.mark_price")
        if not isinstance(s.beta, (int, float)) or not math.isfinite(s.beta):
            raise MarketModelError(f"{where}.beta must be a number, got {s.beta!r}")
        _positive(s.open_interest_usd, f"{where}.open_interest_usd", allow_zero=True)
        if s.long_share is not None and not (0.0 <= s.long_share <= 1.0):
            raise MarketModelError(f"{where}.long_share must be a fraction in [0, 1], got {s.long_share!r}")
        _positive(s.daily_vol, f"{where}.daily_vol")
        _positive(s.max_leverage, f"{where}.max_leverage")
        _positive(s.maintenance_margin_rate, f"{where}.maintenance_margin_rate", allow_zero=True)
        if s.insurance_fund_usd is not None:
            _positive(s.insurance_fund_usd, f"{where}.insurance_fund_usd", allow_zero=True)
        _validate_side(s.bid, f"{where}.bid", bid=True)
        _validate_side(s.ask, f"{where}.ask", bid=False)


# --- JSON ---------------------------------------------------------------------------------------------

def _side_to_json(side: DepthSide) -> dict[str, Any]:
    return {"bands": [[x, d] for x, d in side.bands], "exponent": side.exponent,
            "max_distance": side.max_distance}


def to_json_dict(model: MarketModel) -> dict[str, Any]:
    symbols = {}
    for s in model.symbols:
        d = asdict(s)
        d.pop("symbol")
        d["bid"], d["ask"] = _side_to_json(s.bid), _side_to_json(s.ask)
        d["entry_closes"], d["venues"] = list(s.entry_closes), list(s.venues)
        symbols[s.symbol] = d
    return {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "as_of": model.as_of, "source": model.source,
        "driver": model.driver, "impact_mode": model.impact.mode, "depth_factor": model.impact.depth_factor,
        "sqrt_prefactor": model.impact.sqrt_prefactor, "oi_multiplier": model.oi_multiplier,
        "leverage_mix": {_num_key(k): v for k, v in model.leverage_mix.items()},
        "tolerance": model.tolerance, "max_iterations": model.max_iterations, "n_entries": model.n_entries,
        "symbols": symbols,
    }


def _num_key(k: float) -> str:
    return str(int(k)) if float(k).is_integer() else str(k)


def _side_from_json(raw: Any, where: str) -> DepthSide:
    if not isinstance(raw, Mapping) or "bands" not in raw:
        raise MarketModelError(f"{where} must be an object with 'bands' ([[distance, usd], ...])")
    try:
        bands = tuple((float(x), float(d)) for x, d in raw["bands"])
        return DepthSide(bands, float(raw.get("exponent", 1.0)), float(raw.get("max_distance", 0.95)))
    except (TypeError, ValueError) as exc:
        raise MarketModelError(f"{where}.bands must be a list of [distance, usd] number pairs") from exc


_SYMBOL_FIELDS = {f for f in SymbolModel.__dataclass_fields__} - {"symbol"}


def from_json_dict(raw: Any) -> MarketModel:
    """Parse and validate a market model dict (raises ``MarketModelError`` with the field's path)."""
    if not isinstance(raw, Mapping):
        raise MarketModelError("a market model file must hold a JSON object")
    if raw.get("format") != FORMAT_NAME:
        raise MarketModelError(f"not an Undertow market model (format should be {FORMAT_NAME!r})")
    if raw.get("version") != FORMAT_VERSION:
        raise MarketModelError(f"unsupported market model version {raw.get('version')!r} "
                               f"(this Undertow reads version {FORMAT_VERSION})")
    syms = raw.get("symbols")
    if not isinstance(syms, Mapping) or not syms:
        raise MarketModelError("'symbols' must be a non-empty object keyed by base asset")
    symbols = []
    for name, s in syms.items():
        where = f"symbols.{name}"
        if not isinstance(s, Mapping):
            raise MarketModelError(f"{where} must be an object")
        unknown = set(s) - _SYMBOL_FIELDS
        if unknown:
            raise MarketModelError(f"{where} has unknown fields: {', '.join(sorted(unknown))}")
        for need in ("mark_price", "bid", "ask"):
            if need not in s:
                raise MarketModelError(f"{where}.{need} is missing")
        kwargs = {k: v for k, v in s.items() if k not in ("bid", "ask", "entry_closes", "venues")}
        try:
            kwargs["entry_closes"] = tuple(float(c) for c in s.get("entry_closes") or ())
        except (TypeError, ValueError) as exc:
            raise MarketModelError(f"{where}.entry_closes must be a list of prices") from exc
        kwargs["venues"] = tuple(str(v) for v in s.get("venues") or ())
        symbols.append(SymbolModel(symbol=str(name).upper(), bid=_side_from_json(s["bid"], f"{where}.bid"),
                                   ask=_side_from_json(s["ask"], f"{where}.ask"), **kwargs))
    try:
        mix = {float(k): float(v) for k, v in (raw.get("leverage_mix") or DEFAULT_LEVERAGE_MIX).items()}
    except (TypeError, ValueError, AttributeError) as exc:
        raise MarketModelError("leverage_mix must map leverage -> weight, e.g. {\"10\": 0.3}") from exc
    model = MarketModel(
        symbols=tuple(symbols), driver=str(raw.get("driver", "BTC")).upper(),
        impact=ImpactParams(mode=raw.get("impact_mode", "bookwalk"),
                            depth_factor=raw.get("depth_factor", 1.0),
                            sqrt_prefactor=raw.get("sqrt_prefactor", 1.0)),
        oi_multiplier=raw.get("oi_multiplier", 1.0), leverage_mix=mix,
        tolerance=raw.get("tolerance", 1e-7), max_iterations=raw.get("max_iterations", 100),
        n_entries=int(raw.get("n_entries", 200)), as_of=raw.get("as_of"), source=str(raw.get("source", "user")))
    validate(model)
    return model


def save(model: MarketModel, path: Path) -> None:
    Path(path).write_text(json.dumps(to_json_dict(model), indent=2) + "\n", encoding="utf-8")


def load(path: Path) -> MarketModel:
    """Read a market model file; every problem becomes one ``MarketModelError`` line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise MarketModelError(f"cannot read market model {path}: {exc.strerror or exc}") from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MarketModelError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    try:
        return from_json_dict(raw)
    except MarketModelError as exc:
        raise MarketModelError(f"{path}: {exc}") from exc
    except TypeError as exc:  # a wrongly typed field reached the dataclass
        raise MarketModelError(f"{path}: a field has the wrong type ({exc})") from exc
