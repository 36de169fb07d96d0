"""Scenario presets: named sets of exogenous shocks, each with its source, plus the user's own.

File format (one JSON object per file, ``resources/scenarios/*.json`` and the user's scenario folder)::

    {"id": "gap-10", "name": "...", "description": "...", "source": "citation",
     "shocks": {"BTC": -0.10, "ETH": -0.10},        # fractions per base asset
     "other_shock": -0.10,                          # optional: every symbol not listed (else beta x driver)
     "collateral_haircuts": [{"asset": "USDE", "haircut": 0.35, "venue": "binanceusdm"}],  # optional
     "model_overrides": {"depth_factor": 0.5, "oi_multiplier": 2.0},                         # optional
     "target_prices": {"BTC": 75000},  # optional: shock = the move from the current mark to this USD level
     "duration_minutes": 60}           # optional: how long the move takes (0: a gap; default: the model's)

What a scenario does is said from its data and the current prices (``effect``, a ``core.messages.Message``):
"BTC from $67,451 to $70,000 (+3.8 %); other assets follow by their betas", never a fixed percentage that
was right at some other price.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, Message, Percent, Usd, message

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class ScenarioError(ValueError):
    """A scenario file or value is invalid; the message says which and why."""


@dataclass(frozen=True)
class CollateralHaircut:
    """``asset`` priced ``haircut`` (fraction) below par, on ``venue`` only when given."""

    asset: str
    haircut: float
    venue: str | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    name: str
    description: str
    source: str
    shocks: Mapping[str, float]  # base asset -> fractional move
    other_shock: float | None = None
    collateral_haircuts: tuple[CollateralHaircut, ...] = ()
    depth_factor: float | None = None  # multiplies the model's depth factor
    oi_multiplier: float | None = None  # multiplies the model's open interest
    target_prices: Mapping[str, float] = field(default_factory=dict)  # asset -> USD level to break
    duration_minutes: float | None = None  # how long the move takes: 0 a gap, 60 a slide over an hour
    builtin: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def driver_shock(self) -> float:
        """The BTC shock if given, else the largest shock (for the summary line)."""
        if "BTC" in self.shocks:
            return self.shocks["BTC"]
        return min(self.shocks.values(), key=lambda v: -abs(v)) if self.shocks else 0.0

    def explicit_shocks(self, symbols: tuple[str, ...],
                        marks: Mapping[str, float] | None = None) -> dict[str, float]:
        """Per-symbol shocks for the engine: the listed ones, ``other_shock`` for the rest when set.

        A ``target_prices`` level replaces the listed shock by the move that takes the current mark to the level
        (``target / mark - 1``), from wherever the mark is; the listed shock is used only without a mark."""
        out = {s: v for s, v in self.shocks.items() if s in symbols}
        for asset, level in self.target_prices.items():
            mark = (marks or {}).get(asset)
            if asset in symbols and mark and mark > 0 and level > 0:
                out[asset] = level / mark - 1.0
        if self.other_shock is not None:
            out.update({s: self.other_shock for s in symbols if s not in self.shocks})
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "name": self.name, "description": self.description,
                             "source": self.source, "shocks": dict(self.shocks)}
        if self.other_shock is not None:
            d["other_shock"] = self.other_shock
        if self.collateral_haircuts:
            d["collateral_haircuts"] = [{"asset": h.asset, "haircut": h.haircut,
                                         **({"venue": h.venue} if h.venue else {})}
                                        for h in self.collateral_haircuts]
        overrides = {k: v for k, v in (("depth_factor", self.depth_factor),
                                       ("oi_multiplier", self.oi_multiplier)) if v is not None}
        if overrides:
            d["model_overrides"] = overrides
        if self.target_prices:
            d["target_prices"] = dict(self.target_prices)
        if self.duration_minutes is not None:
            d["duration_minutes"] = self.duration_minutes
        return d


def _fraction(value: Any, where: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not lo <= value <= hi:
        raise ScenarioError(f"{where} must be a fraction in [{lo}, {hi}], got {value!r}")
    return float(value)


def scenario_from_dict(raw: Any, builtin: bool = False) -> Scenario:
    if not isinstance(raw, Mapping):
        raise ScenarioError("a scenario must be a JSON object")
    for key in ("id", "name", "source", "shocks"):
        if key not in raw:
            raise ScenarioError(f"scenario is missing {key!r}")
    sid = str(raw["id"])
    if not _ID_RE.match(sid):
        raise ScenarioError(f"scenario id {sid!r} must be lower-case letters, digits, '.', '_' or '-'")
    if not isinstance(raw["shocks"], Mapping) or not raw["shocks"]:
        raise ScenarioError(f"{sid}: 'shocks' must map base assets to fractions, e.g. {{\"BTC\": -0.15}}")
    shocks = {str(k).upper(): _fraction(v, f"{sid}: shocks.{k}", -0.99, 10.0) for k, v in raw["shocks"].items()}
    other = raw.get("other_shock")
    haircuts = []
    for i, h in enumerate(raw.get("collateral_haircuts") or ()):
        if not isinstance(h, Mapping) or "asset" not in h or "haircut" not in h:
            raise ScenarioError(f"{sid}: collateral_haircuts[{i}] needs 'asset' and 'haircut'")
        haircuts.append(CollateralHaircut(str(h["asset"]).upper(),
                                          _fraction(h["haircut"], f"{sid}: collateral_haircuts[{i}].haircut", 0, 1),
                                          str(h["venue"]) if h.get("venue") else None))
    overrides = raw.get("model_overrides") or {}
    if not isinstance(overrides, Mapping) or set(overrides) - {"depth_factor", "oi_multiplier"}:
        raise ScenarioError(f"{sid}: model_overrides may hold only depth_factor and oi_multiplier")
    for k, v in overrides.items():
        _fraction(v, f"{sid}: model_overrides.{k}", 0.0, 1000.0)
    targets = raw.get("target_prices") or {}
    if not isinstance(targets, Mapping):
        raise ScenarioError(f"{sid}: target_prices must map assets to USD prices")
    for k, v in targets.items():
        _fraction(v, f"{sid}: target_prices.{k}", 1e-12, 1e12)
    duration = raw.get("duration_minutes")
    if duration is not None:
        duration = _fraction(duration, f"{sid}: duration_minutes", 0.0, 1e6)
    known = {"id", "name", "description", "source", "shocks", "other_shock", "collateral_haircuts",
             "model_overrides", "target_prices", "duration_minutes"}
    return Scenario(
        id=sid, name=str(raw["name"]), description=str(raw.get("description", "")), source=str(raw["source"]),
        shocks=shocks, other_shock=None if other is None else _fraction(other, f"{sid}: other_shock", -0.99, 10.0),
        collateral_haircuts=tuple(haircuts), depth_factor=overrides.get("depth_factor"),
        oi_multiplier=overrides.get("oi_multiplier"),
        target_prices={str(k).upper(): float(v) for k, v in targets.items()}, duration_minutes=duration,
        builtin=builtin,
        extra={k: v for k, v in raw.items() if k not in known})


def user_scenarios_dir() -> Path:
    """Where the user's own scenarios are saved (beside the database)."""
    from core.store.paths import data_dir

    return data_dir() / "scenarios"


def bundled_scenarios_dir() -> Path:
    """The bundled presets (``resources/scenarios``), from a checkout, a wheel or a frozen build."""
    try:
        from core.resources import resource_path

        return resource_path("scenarios")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[2] / "resources" / "scenarios"


def load_scenario(path: Path, builtin: bool = False) -> Scenario:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(f"cannot read scenario {path}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return scenario_from_dict(raw, builtin=builtin)


def load_scenarios(user_dir: Path | None = None) -> list[Scenario]:
    """Bundled presets first, then the user's (a user file with a preset's id replaces it).
    A broken user file is skipped rather than hiding every other scenario; bundled ones must be valid."""
    found: dict[str, Scenario] = {}
    for path in sorted(bundled_scenarios_dir().glob("*.json")):
        s = load_scenario(path, builtin=True)
        found[s.id] = s
    if user_dir is not None and Path(user_dir).is_dir():
        for path in sorted(Path(user_dir).glob("*.json")):
            try:
                s = load_scenario(path)
            except ScenarioError:
                continue
            found[s.id] = s
    return list(found.values())


def find_scenario(scenario_id: str, user_dir: Path | None = None) -> Scenario:
    for s in load_scenarios(user_dir):
        if s.id == scenario_id:
            return s
    known = ", ".join(s.id for s in load_scenarios(user_dir))
    raise ScenarioError(f"unknown scenario {scenario_id!r} (known: {known})")


def save_scenario(scenario: Scenario, user_dir: Path) -> Path:
    """Write a user scenario as ``<id>.json`` in ``user_dir`` (validated by reading it back)."""
    scenario_from_dict(scenario.to_dict())
    Path(user_dir).mkdir(parents=True, exist_ok=True)
    path = Path(user_dir) / f"{scenario.id}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(scenario.to_dict(), indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


# --- what a scenario does, in words ---------------------------------------------------------------------

def _joined(parts: list[Message]) -> Message:
    if len(parts) == 1:
        return parts[0]
    return message(QT_TRANSLATE_NOOP("Core", "{first}; {rest}"), first=parts[0], rest=_joined(parts[1:]))


def _target(asset: str, level: float, mark: float | None, listed: float | None) -> Message:
    if not mark or mark <= 0:
        return message(QT_TRANSLATE_NOOP("Core", "{asset} to {level} ({shock} from the price the preset was made "
                                                 "at; no current price)"),
                       asset=asset, level=Usd(level, 0), shock=Percent(listed or 0.0, 1, True))
    shock = Percent(level / mark - 1.0, 1, True)
    if mark < level:
        return message(QT_TRANSLATE_NOOP("Core", "{asset} is already below {level} (now {mark}): it moves back up "
                                                 "to {level} ({shock})"),
                       asset=asset, level=Usd(level, 0), mark=Usd(mark, 0), shock=shock)
    return message(QT_TRANSLATE_NOOP("Core", "{asset} from {mark} to {level} ({shock})"),
                   asset=asset, mark=Usd(mark, 0), level=Usd(level, 0), shock=shock)


def effect(scenario: Scenario, marks: Mapping[str, float] | None = None) -> Message:
    """What ``scenario`` does at these marks (base asset -> USD), in words: each asset's move (to a target
    price: from the current mark), the other assets, collateral haircuts, the model's overrides and the time."""
    marks = marks or {}
    parts: list[Message] = []
    for asset, shock in scenario.shocks.items():
        if asset in scenario.target_prices:
            parts.append(_target(asset, scenario.target_prices[asset], marks.get(asset), shock))
        else:
            parts.append(message(QT_TRANSLATE_NOOP("Core", "{asset} {shock}"), asset=asset,
                                 shock=Percent(shock, 1, True)))
    if scenario.other_shock is not None:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "every other asset {shock}"),
                             shock=Percent(scenario.other_shock, 1, True)))
    else:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "other assets follow by their betas")))
    for h in scenario.collateral_haircuts:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "{asset} as collateral {haircut} below par"),
                             asset=h.asset, haircut=Percent(h.haircut, 0)))
    if scenario.depth_factor is not None:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "order books at {factor}× their depth"),
                             factor=f"{scenario.depth_factor:.2f}"))
    if scenario.oi_multiplier is not None:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "open interest at {factor}×"),
                             factor=f"{scenario.oi_multiplier:.2f}"))
    if scenario.duration_minutes == 0:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "as a gap: no time for the books to refill")))
    elif scenario.duration_minutes is not None:
        parts.append(message(QT_TRANSLATE_NOOP("Core", "spread over {minutes} min"),
                             minutes=int(round(scenario.duration_minutes))))
    return _joined(parts)


#: The bundled presets' descriptions (resources/scenarios/*.json), marked so that the window can show them
#: translated; a test keeps this list and the files in step. A user's own description is shown as written.
BUNDLED_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Core", "The largest liquidation day on record: BTC about -15 %, ETH about -20 %, thin alt "
                              "perps -50 to -80 % (here -65 %) as the books emptied, and USDe at $0.65 on Binance "
                              "(valued 35 % below par as collateral). Shocks are applied as exogenous moves; with "
                              "the cascade on, the model adds its own amplification on top."),
    QT_TRANSLATE_NOOP("Core", "A stablecoin or liquid-staking token used as margin is priced far below par on one "
                              "venue while the market falls: USDe at $0.65 and wBETH about 88 % below ETH on "
                              "Binance, with ETH -10 % and BTC -8 %."),
    QT_TRANSLATE_NOOP("Core", "Every asset gaps 10 % down at once: the survival rule says leverage should live "
                              "through a 10 % short-term drop, and that price jumps through levels instead of "
                              "walking down them. A gap: the move takes no time, so the liquidations meet the "
                              "standing book without replenishment."),
    QT_TRANSLATE_NOOP("Core", "BTC jumps 15 %; alts follow with their betas and short liquidations buy into thin "
                              "asks. The mirror image of a long flush."),
    QT_TRANSLATE_NOOP("Core", "The same -10 % as gap-10, but spread over an hour: the book refills while the "
                              "liquidations arrive (depth x (1 + 60/tau)), so the cascade adds less. Compare with "
                              "gap-10."),
)


def description(scenario: Scenario) -> Message | str | None:
    """The scenario's story: a bundled preset's as a ``Message`` (translatable), the user's own as written (plain
    text, never a template); None for a preset driven by target prices (its file's text names a percentage valid
    at one price only: ``effect`` says what it does now) or an empty description."""
    if scenario.target_prices or not scenario.description.strip():
        return None
    if scenario.builtin and scenario.description in BUNDLED_DESCRIPTIONS:
        return message(scenario.description)
    return scenario.description
