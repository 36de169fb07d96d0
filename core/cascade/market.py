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

from core.cascade.depth import IMPACT_MODES, REPLENISH_MINUTES, DepthSide, ImpactParams
from core.cascade.ladder import (
    DEFAULT_LEVERAGE_MIX,
    Ladder,
    build_ladder,
    levered_mix,
    levered_share_from_state,
    long_share_from_state,
)

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
    # market state (all optional; files written before they existed load with None, i.e. the old behaviour).
    # levered_share is the share of OI at the model's leverage mix in the reference state (None: the mix as
    # given); the state fields, where set, scale it with the calibrated elasticities (effective_levered_share)
    levered_share: float | None = None
    market_cap_usd: float | None = None  # for the open interest / market cap leverage proxy
    oi_change_30d: float | None = None  # fractional change of open interest over the last 30 days
    long_short_ratio: float | None = None  # accounts long / short as venues publish it
    crypto_margined_share: float | None = None  # share of futures OI margined in the coin (None: the default)

    @property
    def effective_levered_share(self) -> float | None:
        """``levered_share`` scaled by the state fields that are set (``ladder.levered_share_from_state`` with the
        calibrated elasticities); exactly ``levered_share`` when none is."""
        if self.levered_share is None or (self.market_cap_usd is None and self.oi_change_30d is None
                                          and self.crypto_margined_share is None):
            return self.levered_share
        return levered_share_from_state(self.open_interest_usd, self.market_cap_usd, self.oi_change_30d,
                                        base=self.levered_share, crypto_margined_share=self.crypto_margined_share)

    @property
    def effective_long_share(self) -> float:
        if self.long_share is not None:
            return self.long_share
        return long_share_from_state(self.funding_rate, self.long_short_ratio)

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

    def symbol_mix(self, s: SymbolModel) -> Mapping[float, float]:
        """The leverage mix of ``s``: the model's mix scaled to the symbol's (effective) levered share when it has
        one."""
        share = s.effective_levered_share
        return self.leverage_mix if share is None else levered_mix(share, self.leverage_mix)

    def ladder(self, s: SymbolModel) -> Ladder:
        return build_ladder(s.mark_price, s.open_interest_usd * self.oi_multiplier, s.effective_long_share,
                            self.symbol_mix(s), max_leverage=s.max_leverage,
                            maintenance_margin_rate=s.maintenance_margin_rate, closes=s.entry_closes,
                            entry_vol=s.entry_vol, n_entries=self.n_entries)

    def with_overrides(self, depth_factor: float | None = None, oi_multiplier: float | None = None,
                       impact_mode: str | None = None, duration_minutes: float | None = None) -> MarketModel:
        """A copy with the scenario's model overrides applied (depth factor multiplies, OI multiplies,
        ``duration_minutes`` sets how long the cascade takes: 0 a gap, 60 a slide over an hour)."""
        impact = self.impact
        if depth_factor is not None:
            impact = replace(impact, depth_factor=impact.depth_factor * float(depth_factor))
        if impact_mode is not None:
            impact = replace(impact, mode=impact_mode)
        if duration_minutes is not None:
            impact = replace(impact, duration_minutes=float(duration_minutes))
        oi = self.oi_multiplier * float(oi_multiplier) if oi_multiplier is not None else self.oi_multiplier
        out = replace(self, impact=impact, oi_multiplier=oi)
        validate(out)
        return out


# --- validation ---------------------------------------------------------------------------------------

# Bounds on every field: a file is outside input, and sizes multiply (a ladder holds n_entries x leverage
# levels buckets per side and symbol), so nothing here may let a file allocate gigabytes or run for minutes.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_SYMBOLS = 500
MAX_BANDS = 200
MAX_ENTRY_CLOSES = 10_000
MAX_VENUES = 64
MAX_LEVERAGE_LEVELS = 64
MAX_N_ENTRIES = 20_000
MAX_LADDER_BUCKETS = 2_000_000  # n_entries x leverage levels x symbols
MAX_ITERATIONS = 10_000
MAX_NAME_CHARS = 64


def _number(value: Any, where: str, lo: float, hi: float, *, lo_open: bool = False) -> float:
    """A finite number in [lo, hi] (``lo_open``: (lo, hi]); ``MarketModelError`` naming ``where`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MarketModelError(f"{where} must be a number, got {_kind(value)}")
    if isinstance(value, int) and abs(value) > 1e300:  # math.isfinite would overflow on a huge integer
        raise MarketModelError(f"{where} is out of range (at most {hi:g})")
    if not math.isfinite(value):
        raise MarketModelError(f"{where} must be a finite number, got {value!r}")
    if value < lo or value > hi or (lo_open and value == lo):
        low = f"above {lo:g}" if lo_open else f"at least {lo:g}"
        raise MarketModelError(f"{where} must be {low} and at most {hi:g}, got {value:g}")
    return float(value)


def _kind(value: Any) -> str:
    """What a wrong value is, without echoing it (it may be long)."""
    if isinstance(value, str):
        return repr(value) if len(value) <= 20 else f"text ({len(value):,} characters)"
    return type(value).__name__


def _optional(value: Any, where: str, lo: float, hi: float) -> None:
    if value is not None:
        _number(value, where, lo, hi)


def _name(value: Any, where: str) -> None:
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_NAME_CHARS or not value.isprintable():
        raise MarketModelError(f"{where} must be a name of 1 to {MAX_NAME_CHARS} printable characters")


def _validate_side(side: DepthSide, where: str, bid: bool) -> None:
    if not isinstance(side.bands, tuple) or not side.bands:
        raise MarketModelError(f"{where}.bands must list [distance, usd] pairs")
    if len(side.bands) > MAX_BANDS:
        raise MarketModelError(f"{where}.bands has {len(side.bands):,} entries; at most {MAX_BANDS}")
    prev_x, prev_d = 0.0, 0.0
    for i, (x, d) in enumerate(side.bands):
        _number(x, f"{where}.bands[{i}] distance", 0.0, 100.0, lo_open=True)
        _number(d, f"{where}.bands[{i}] usd", 0.0, 1e18)
        if x <= prev_x or d < prev_d:
            raise MarketModelError(f"{where}.bands must be ascending in distance and cumulative depth "
                                   f"(entry {i})")
        prev_x, prev_d = x, d
    _number(side.exponent, f"{where}.exponent", 0.0, 10.0, lo_open=True)
    _number(side.max_distance, f"{where}.max_distance", 0.0, 1e300)
    if not (0 < side.max_distance < (1.0 if bid else 25.0)):  # the engine searches moves below +2900 %
        raise MarketModelError(f"{where}.max_distance must be in (0, {'1' if bid else '25'}), "
                               f"got {side.max_distance!r}")


def validate(model: MarketModel) -> None:
    """Raise ``MarketModelError`` naming the first invalid field: every number finite and in range, every
    list and the ladders' total size capped."""
    if not isinstance(model.symbols, tuple) or not model.symbols:
        raise MarketModelError("the market model has no symbols")
    if len(model.symbols) > MAX_SYMBOLS:
        raise MarketModelError(f"the market model has {len(model.symbols):,} symbols; at most {MAX_SYMBOLS}")
    names = [s.symbol for s in model.symbols]
    for n in names:
        _name(n, "a symbol name")
    if len(set(names)) != len(names):
        raise MarketModelError(f"duplicate symbols in the market model: {names}")
    _name(model.driver, "driver")
    if not isinstance(model.impact.mode, str) or model.impact.mode not in IMPACT_MODES:
        raise MarketModelError(f"impact_mode must be one of {', '.join(IMPACT_MODES)}, "
                               f"got {_kind(model.impact.mode)}")
    _number(model.impact.depth_factor, "depth_factor", 0.0, 1e6, lo_open=True)
    _number(model.impact.sqrt_prefactor, "sqrt_prefactor", 0.0, 1e3, lo_open=True)
    _number(model.impact.duration_minutes, "duration_minutes", 0.0, 1e6)
    _number(model.impact.replenish_minutes, "replenish_minutes", 0.0, 1e300, lo_open=True)
    _number(model.oi_multiplier, "oi_multiplier", 0.0, 1e6)
    _number(model.tolerance, "tolerance", 0.0, 1.0, lo_open=True)
    if isinstance(model.max_iterations, bool) or not isinstance(model.max_iterations, int) \
            or not 1 <= model.max_iterations <= MAX_ITERATIONS:
        raise MarketModelError(f"max_iterations must be a whole number from 1 to {MAX_ITERATIONS}, "
                               f"got {_kind(model.max_iterations)}")
    if isinstance(model.n_entries, bool) or not isinstance(model.n_entries, int) \
            or not 1 <= model.n_entries <= MAX_N_ENTRIES:
        raise MarketModelError(f"n_entries must be a whole number from 1 to {MAX_N_ENTRIES:,}, "
                               f"got {_kind(model.n_entries)}")
    if not isinstance(model.leverage_mix, Mapping) or not 1 <= len(model.leverage_mix) <= MAX_LEVERAGE_LEVELS:
        raise MarketModelError(f"leverage_mix must map 1 to {MAX_LEVERAGE_LEVELS} leverages to weights")
    for lev, w in model.leverage_mix.items():
        if isinstance(lev, bool) or not isinstance(lev, (int, float)) or not math.isfinite(lev) \
                or not 1 <= lev <= 10_000:
            raise MarketModelError(f"leverage_mix keys must be leverages from 1 to 10000, got {_kind(lev)}")
        _number(w, f"leverage_mix[{lev:g}]", 0.0, 1e6)
    buckets = model.n_entries * len(model.leverage_mix) * len(model.symbols)
    if buckets > MAX_LADDER_BUCKETS:
        raise MarketModelError(f"the model is too large: n_entries x leverage levels x symbols = {buckets:,} "
                               f"(at most {MAX_LADDER_BUCKETS:,})")
    if model.as_of is not None and (not isinstance(model.as_of, str) or len(model.as_of) > MAX_NAME_CHARS):
        raise MarketModelError("as_of must be a date-time text")
    if not isinstance(model.source, str) or len(model.source) > 200:
        raise MarketModelError("source must be a short text")
    for s in model.symbols:
        where = f"symbols.{s.symbol}"
        _number(s.mark_price, f"{where}.mark_price", 0.0, 1e12, lo_open=True)
        _number(s.beta, f"{where}.beta", -1e4, 1e4)
        _number(s.open_interest_usd, f"{where}.open_interest_usd", 0.0, 1e16)
        _optional(s.long_share, f"{where}.long_share", 0.0, 1.0)
        _optional(s.funding_rate, f"{where}.funding_rate", -10.0, 10.0)
        _number(s.daily_vol, f"{where}.daily_vol", 0.0, 100.0, lo_open=True)
        _optional(s.daily_volume_usd, f"{where}.daily_volume_usd", 0.0, 1e18)
        _optional(s.insurance_fund_usd, f"{where}.insurance_fund_usd", 0.0, 1e16)
        _number(s.max_leverage, f"{where}.max_leverage", 0.0, 10_000.0, lo_open=True)
        _number(s.maintenance_margin_rate, f"{where}.maintenance_margin_rate", 0.0, 1.0)
        if s.maintenance_margin_rate >= 1.0:
            raise MarketModelError(f"{where}.maintenance_margin_rate must be below 1")
        _number(s.entry_vol, f"{where}.entry_vol", 0.0, 10.0, lo_open=True)
        _optional(s.levered_share, f"{where}.levered_share", 0.0, 1.0)
        _optional(s.market_cap_usd, f"{where}.market_cap_usd", 0.0, 1e16)
        _optional(s.oi_change_30d, f"{where}.oi_change_30d", -1.0, 1e3)
        _optional(s.long_short_ratio, f"{where}.long_short_ratio", 0.0, 1e6)
        _optional(s.crypto_margined_share, f"{where}.crypto_margined_share", 0.0, 1.0)
        if not isinstance(s.entry_closes, tuple) or len(s.entry_closes) > MAX_ENTRY_CLOSES:
            raise MarketModelError(f"{where}.entry_closes must be a list of at most {MAX_ENTRY_CLOSES:,} prices")
        for i, c in enumerate(s.entry_closes):
            _number(c, f"{where}.entry_closes[{i}]", 0.0, 1e12, lo_open=True)
        if not isinstance(s.venues, tuple) or len(s.venues) > MAX_VENUES:
            raise MarketModelError(f"{where}.venues must be a list of at most {MAX_VENUES} names")
        for v in s.venues:
            _name(v, f"{where}.venues")
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
        "sqrt_prefactor": model.impact.sqrt_prefactor, "duration_minutes": model.impact.duration_minutes,
        "replenish_minutes": model.impact.replenish_minutes, "oi_multiplier": model.oi_multiplier,
        "leverage_mix": {_num_key(k): v for k, v in model.leverage_mix.items()},
        "tolerance": model.tolerance, "max_iterations": model.max_iterations, "n_entries": model.n_entries,
        "symbols": symbols,
    }


def _num_key(k: float) -> str:
    return str(int(k)) if float(k).is_integer() else str(k)


def _list(raw: Any, where: str, limit: int) -> list[Any]:
    """A JSON list of at most ``limit`` items (checked before anything is converted)."""
    if not isinstance(raw, list):
        raise MarketModelError(f"{where} must be a list")
    if len(raw) > limit:
        raise MarketModelError(f"{where} has {len(raw):,} entries; at most {limit:,}")
    return raw


def _floats(values: list[Any], where: str) -> tuple[float, ...]:
    """Numbers only (a number written as text is refused too: "1e999" would become infinity)."""
    for i, v in enumerate(values):
        _number(v, f"{where}[{i}]", -1e300, 1e300)
    return tuple(float(v) for v in values)


def _side_from_json(raw: Any, where: str) -> DepthSide:
    if not isinstance(raw, Mapping) or "bands" not in raw:
        raise MarketModelError(f"{where} must be an object with 'bands' ([[distance, usd], ...])")
    unknown = set(raw) - {"bands", "exponent", "max_distance"}
    if unknown:
        raise MarketModelError(f"{where} has unknown fields: {', '.join(sorted(map(str, unknown)))[:200]}")
    bands = []
    for i, pair in enumerate(_list(raw["bands"], f"{where}.bands", MAX_BANDS)):
        if not isinstance(pair, list) or len(pair) != 2:
            raise MarketModelError(f"{where}.bands[{i}] must be a [distance, usd] pair")
        x, d = _floats(pair, f"{where}.bands[{i}]")
        bands.append((x, d))
    exponent = raw.get("exponent", 1.0)
    max_distance = raw.get("max_distance", 0.95)
    _number(exponent, f"{where}.exponent", 0.0, 10.0, lo_open=True)
    _number(max_distance, f"{where}.max_distance", 0.0, 25.0, lo_open=True)
    return DepthSide(tuple(bands), float(exponent), float(max_distance))


_SYMBOL_FIELDS = {f for f in SymbolModel.__dataclass_fields__} - {"symbol"}
_OPTIONAL_SYMBOL_FIELDS = ("long_share", "funding_rate", "daily_volume_usd", "insurance_fund_usd", "levered_share",
                           "market_cap_usd", "oi_change_30d", "long_short_ratio", "crypto_margined_share")


def _whole(value: Any, where: str, hi: int) -> int:
    """A whole number from 1 to ``hi`` (200.0 is accepted as 200)."""
    number = _number(value, where, 1.0, float(hi))
    if not number.is_integer():
        raise MarketModelError(f"{where} must be a whole number, got {number:g}")
    return int(number)


def from_json_dict(raw: Any) -> MarketModel:
    """Parse and validate a market model dict (raises ``MarketModelError`` with the field's path).

    Every field is checked for type, range and size before it is used; nothing in a file can make this
    allocate more than the capped ladder (``MAX_LADDER_BUCKETS``) or raise anything but ``MarketModelError``.
    """
    if not isinstance(raw, Mapping):
        raise MarketModelError("a market model file must hold a JSON object")
    if raw.get("format") != FORMAT_NAME:
        raise MarketModelError(f"not an Undertow market model (format should be {FORMAT_NAME!r})")
    if raw.get("version") != FORMAT_VERSION or isinstance(raw.get("version"), bool):
        raise MarketModelError(f"unsupported market model version {_kind(raw.get('version'))} "
                               f"(this Undertow reads version {FORMAT_VERSION})")
    syms = raw.get("symbols")
    if not isinstance(syms, Mapping) or not syms:
        raise MarketModelError("'symbols' must be a non-empty object keyed by base asset")
    if len(syms) > MAX_SYMBOLS:
        raise MarketModelError(f"the market model has {len(syms):,} symbols; at most {MAX_SYMBOLS}")
    symbols = []
    for name, s in syms.items():
        _name(name, "a symbol name")
        where = f"symbols.{name}"
        if not isinstance(s, Mapping):
            raise MarketModelError(f"{where} must be an object")
        unknown = set(s) - _SYMBOL_FIELDS
        if unknown:
            raise MarketModelError(f"{where} has unknown fields: {', '.join(sorted(map(str, unknown)))[:200]}")
        for need in ("mark_price", "bid", "ask"):
            if need not in s:
                raise MarketModelError(f"{where}.{need} is missing")
        kwargs = {k: v for k, v in s.items() if k not in ("bid", "ask", "entry_closes", "venues")}
        for k, v in kwargs.items():  # every remaining field is a number (or null where optional)
            if v is not None or k not in _OPTIONAL_SYMBOL_FIELDS:
                _number(v, f"{where}.{k}", -1e300, 1e300)
        kwargs["entry_closes"] = _floats(_list(s.get("entry_closes") or [], f"{where}.entry_closes",
                                               MAX_ENTRY_CLOSES), f"{where}.entry_closes")
        venues = _list(s.get("venues") or [], f"{where}.venues", MAX_VENUES)
        for v in venues:
            _name(v, f"{where}.venues")
        kwargs["venues"] = tuple(venues)
        symbols.append(SymbolModel(symbol=name.upper(), bid=_side_from_json(s["bid"], f"{where}.bid"),
                                   ask=_side_from_json(s["ask"], f"{where}.ask"), **kwargs))
    mix_raw = raw.get("leverage_mix") or DEFAULT_LEVERAGE_MIX
    if not isinstance(mix_raw, Mapping) or len(mix_raw) > MAX_LEVERAGE_LEVELS:
        raise MarketModelError(f"leverage_mix must map at most {MAX_LEVERAGE_LEVELS} leverages to weights, "
                               "e.g. {\"10\": 0.3}")
    mix: dict[float, float] = {}
    for k, v in mix_raw.items():
        try:
            lev = float(k) if isinstance(k, str) and len(k) <= 20 else k
        except ValueError:
            raise MarketModelError("leverage_mix keys must be leverages, e.g. {\"10\": 0.3}") from None
        mix[_number(lev, "a leverage_mix key", 1.0, 10_000.0)] = _number(v, f"leverage_mix[{k}]", 0.0, 1e6)
    driver = raw.get("driver", "BTC")
    _name(driver, "driver")
    source = raw.get("source", "user")
    as_of = raw.get("as_of")
    model = MarketModel(
        symbols=tuple(symbols), driver=driver.upper(),
        impact=ImpactParams(mode=raw.get("impact_mode", "bookwalk"),
                            depth_factor=raw.get("depth_factor", 1.0),
                            sqrt_prefactor=raw.get("sqrt_prefactor", 1.0),
                            duration_minutes=raw.get("duration_minutes", 0.0),
                            replenish_minutes=raw.get("replenish_minutes", REPLENISH_MINUTES)),
        oi_multiplier=raw.get("oi_multiplier", 1.0), leverage_mix=mix,
        tolerance=raw.get("tolerance", 1e-7),
        max_iterations=_whole(raw.get("max_iterations", 100), "max_iterations", MAX_ITERATIONS),
        n_entries=_whole(raw.get("n_entries", 200), "n_entries", MAX_N_ENTRIES),
        as_of=as_of if isinstance(as_of, str) or as_of is None else str(as_of)[:MAX_NAME_CHARS],
        source=source if isinstance(source, str) else "user")
    validate(model)
    return model


def save(model: MarketModel, path: Path) -> None:
    Path(path).write_text(json.dumps(to_json_dict(model), indent=2) + "\n", encoding="utf-8")


def load(path: Path) -> MarketModel:
    """Read a market model file; every problem becomes one ``MarketModelError`` line.

    The size is checked before the file is read (``MAX_FILE_BYTES``); JSON that Python cannot hold (an
    integer of thousands of digits, nesting thousands deep) is an error like any other."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise MarketModelError(f"{path} is too large for a market model ({size:,} bytes; at most "
                                   f"{MAX_FILE_BYTES:,})")
        with Path(path).open("r", encoding="utf-8") as f:
            text = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise MarketModelError(f"cannot read market model {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise MarketModelError(f"{path} is not UTF-8 text") from exc
    if len(text) > MAX_FILE_BYTES:  # a file that grew while read, or a device
        raise MarketModelError(f"{path} is too large for a market model")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MarketModelError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except (ValueError, RecursionError) as exc:
        raise MarketModelError(f"{path} is not valid JSON (a number is too long or the nesting too deep)") from exc
    try:
        return from_json_dict(raw)
    except MarketModelError as exc:
        raise MarketModelError(f"{path}: {exc}") from exc
    except (TypeError, ValueError, OverflowError) as exc:  # defensive: a wrongly typed field slipped through
        raise MarketModelError(f"{path}: a field has the wrong type or is out of range") from exc
