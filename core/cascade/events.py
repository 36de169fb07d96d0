"""Documented crashes as files: the event library the cascade is fitted and tested on (``docs/cascade.md`` §3).

An event file (``resources/events/*.json``, or anyone's own) holds the market's state before the crash, the
trigger, and what was observed afterwards. Every number is an object that says where it comes from::

    {"format": "undertow-cascade-event", "version": 1, "id": "2021-09-07", "name": "...", "date": "2021-09-07",
     "scope": "which market the numbers describe",
     "pre": {"mark_usd": N, "open_interest_usd": N,                                  # required
             "depth_1pct_usd": N, "depth_bands": {"bands": [[x, usd], ...]},         # optional (see below)
             "market_cap_usd": N, "oi_change_30d": N, "crypto_margined_share": N,
             "funding_rate": N, "long_short_ratio": N},
     "trigger": N, "duration_minutes": N,                                             # optional
     "outcome": {"low_usd": N, "liquidated_usd": N, "long_share": N},                 # low and liquidated required
     "sources": {"key": {"title": "...", "url": "..."}}}

where each ``N`` is ``{"value": number, "kind": "reported" | "derived" | "assumption", "source": "key",
"note": "..."}`` ("reported": a figure a source states; "derived": computed from reported ones, the note says
how; "assumption": ours, the note says why). Every "reported" number names a key of ``sources``.

Missing optional inputs take documented defaults: depth from the market cap (``DEPTH_1PCT_PER_MCAP``, the one
event with reported depth, 2025-10-10), market cap from the mark and Bitcoin's issuance schedule
(``btc_supply``), the crypto-margined share ``ladder.DEFAULT_CRYPTO_MARGINED_SHARE``, trigger
``DEFAULT_TRIGGER``, duration ``DEFAULT_DURATION_MINUTES``. The full format: ``docs/cascade-events.md``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

FORMAT_NAME = "undertow-cascade-event"
FORMAT_VERSION = 1
KINDS = ("reported", "derived", "assumption")
MAX_EVENT_BYTES = 256 * 1024

# Defaults for what an event file leaves out (each an assumption, docs/cascade.md §3):
DEFAULT_TRIGGER = -0.05  # the exogenous move before forced selling: about 1.5-2 daily sigma of news
DEFAULT_DURATION_MINUTES = 60.0  # when a source does not say how long the crash leg took
# Visible depth within 1 % per dollar of market cap, from the only event with reported depth: 4 major venues
# x $20M (CoinDesk Research, early October 2025) against BTC's cap at $122,470 (19.93M coins) = $2.44T.
REFERENCE_DEPTH_1PCT_USD = 4 * 20e6
STANDING_BOOK_EXPONENT = 0.415  # the power law through CoinDesk's 0.5 / 1 / 5 % bands (4 x 15.5, 20, 40 $M)
# The book a cascade meets over minutes is not the standing one: refilled and joined by latent liquidity it is
# closer to linear (Kyle / fire-sale, reference §2.2). With the standing book's concave shape every fit on the
# library sat at "no amplification" (the loss cannot tell a fold from a miss); linear gives a smooth fixed point
# (TV-CAS-1) and fitted better out of sample (docs/cascade.md §3). An assumption, stated as such.
DEPTH_EXPONENT = 1.0

# Bitcoin's issuance: block subsidy halves every 210,000 blocks. Supply at each halving is exact; between two
# halvings the supply grows linearly in time (the blocks' real rate over that era), after the last one at the
# 144 blocks a day the protocol targets.
_HALVINGS = ((date(2016, 7, 9), 15_750_000.0, 12.5), (date(2020, 5, 11), 18_375_000.0, 6.25),
             (date(2024, 4, 20), 19_687_500.0, 3.125))


class EventError(ValueError):
    """An event file is invalid; the message names the file and the field."""


def btc_supply(day: date) -> float:
    """Bitcoins in existence on ``day`` (from the issuance schedule; within about 0.3 % of the real count)."""
    if day < _HALVINGS[0][0]:
        raise EventError(f"no supply model before {_HALVINGS[0][0]}")
    for (d0, s0, _), (d1, s1, _) in zip(_HALVINGS, _HALVINGS[1:]):
        if d0 <= day < d1:
            return s0 + (s1 - s0) * (day - d0).days / (d1 - d0).days
    d_last, s_last, subsidy = _HALVINGS[-1]
    return s_last + 144 * subsidy * (day - d_last).days


@dataclass(frozen=True)
class Figure:
    value: float
    kind: str
    source: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Event:
    """One crash: pre-event state, trigger, observed outcome. Moves are fractions, money USD."""

    id: str
    name: str
    day: date
    scope: str
    pre: Mapping[str, Figure]
    outcome: Mapping[str, Figure]
    trigger: Figure
    duration: Figure
    sources: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    path: str = ""

    @property
    def mark_usd(self) -> float:
        return self.pre["mark_usd"].value

    @property
    def open_interest_usd(self) -> float:
        return self.pre["open_interest_usd"].value

    @property
    def market_cap_usd(self) -> float:
        f = self.pre.get("market_cap_usd")
        return f.value if f else self.mark_usd * btc_supply(self.day)

    @property
    def depth_1pct_usd(self) -> float:
        """Visible depth within 1 % (USD, one side): reported, or the reference depth per dollar of market cap."""
        f = self.pre.get("depth_1pct_usd")
        return f.value if f else self.market_cap_usd * DEPTH_1PCT_PER_MCAP

    @property
    def depth_reported(self) -> bool:
        return "depth_1pct_usd" in self.pre

    @property
    def crypto_margined_share(self) -> float | None:
        """Share of the futures open interest margined in the coin (fraction; None: not known)."""
        return self.optional("crypto_margined_share")

    def optional(self, key: str) -> float | None:
        f = self.pre.get(key)
        return f.value if f else None

    @property
    def observed_drawdown(self) -> float:
        """``low / mark − 1`` (negative fraction)."""
        return self.outcome["low_usd"].value / self.mark_usd - 1.0

    @property
    def observed_liquidated_usd(self) -> float:
        return self.outcome["liquidated_usd"].value

    @property
    def observed_long_share(self) -> float | None:
        f = self.outcome.get("long_share")
        return f.value if f else None

    def figures(self) -> dict[str, Figure]:
        """Every number of the event by path ("pre.mark_usd", "trigger", ...)."""
        out = {f"pre.{k}": v for k, v in self.pre.items()}
        out.update({f"outcome.{k}": v for k, v in self.outcome.items()})
        out["trigger"], out["duration_minutes"] = self.trigger, self.duration
        return out


# 2025-10-10 at the reported BTC high of the day, $122,470 (see resources/events/2025-10-10-tariff-crash.json)
DEPTH_1PCT_PER_MCAP = REFERENCE_DEPTH_1PCT_USD / (122_470.0 * btc_supply(date(2025, 10, 10)))

_PRE_REQUIRED = ("mark_usd", "open_interest_usd")
_PRE_OPTIONAL = ("depth_1pct_usd", "market_cap_usd", "oi_change_30d", "crypto_margined_share", "funding_rate",
                 "long_short_ratio")
_OUTCOME_REQUIRED = ("low_usd", "liquidated_usd")
_OUTCOME_OPTIONAL = ("long_share",)
_RANGES = {"mark_usd": (1e-9, 1e12), "open_interest_usd": (1.0, 1e16), "depth_1pct_usd": (1.0, 1e16),
           "market_cap_usd": (1.0, 1e17), "oi_change_30d": (-1.0, 100.0), "crypto_margined_share": (0.001, 1.0),
           "funding_rate": (-0.1, 0.1),
           "long_short_ratio": (1e-3, 1e3), "low_usd": (1e-9, 1e12), "liquidated_usd": (0.0, 1e16),
           "long_share": (0.0, 1.0), "trigger": (-0.9, 0.0), "duration_minutes": (0.0, 1e5)}


def _figure(raw: Any, where: str, key: str, sources: Mapping[str, Any]) -> Figure:
    if not isinstance(raw, Mapping) or "value" not in raw or "kind" not in raw:
        raise EventError(f"{where} must be {{\"value\": number, \"kind\": ..., \"source\": ...}}")
    value, kind = raw["value"], raw["kind"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise EventError(f"{where}.value must be a finite number")
    lo, hi = _RANGES[key]
    if not lo <= value <= hi:
        raise EventError(f"{where}.value must be within [{lo:g}, {hi:g}], got {value:g}")
    if kind not in KINDS:
        raise EventError(f"{where}.kind must be one of {', '.join(KINDS)}")
    source = raw.get("source")
    if kind == "reported" and (not isinstance(source, str) or source not in sources):
        raise EventError(f"{where}: a reported figure must name one of the event's sources")
    note = raw.get("note", "")
    if kind != "reported" and not (isinstance(note, str) and note.strip()):
        raise EventError(f"{where}: a {kind} figure must say how it was obtained (note)")
    return Figure(float(value), kind, source if isinstance(source, str) else None, str(note))


def event_from_dict(raw: Any, path: str = "") -> Event:
    """Parse and check one event (``EventError`` naming the field otherwise)."""
    if not isinstance(raw, Mapping):
        raise EventError("an event file must hold a JSON object")
    if raw.get("format") != FORMAT_NAME or raw.get("version") != FORMAT_VERSION:
        raise EventError(f"not an Undertow cascade event (format {FORMAT_NAME!r}, version {FORMAT_VERSION})")
    for key in ("id", "name", "date", "pre", "outcome", "sources"):
        if key not in raw:
            raise EventError(f"missing {key!r}")
    sources = raw["sources"]
    if not isinstance(sources, Mapping) or not sources or not all(
            isinstance(v, Mapping) and isinstance(v.get("title"), str) for v in sources.values()):
        raise EventError("'sources' must map keys to {\"title\": ..., \"url\": ...}")
    try:
        day = date.fromisoformat(str(raw["date"]))
    except ValueError:
        raise EventError(f"date must be YYYY-MM-DD, got {str(raw['date'])[:20]!r}") from None
    pre_raw, out_raw = raw["pre"], raw["outcome"]
    if not isinstance(pre_raw, Mapping) or not isinstance(out_raw, Mapping):
        raise EventError("'pre' and 'outcome' must be objects")
    unknown = (set(pre_raw) - set(_PRE_REQUIRED + _PRE_OPTIONAL)) | (set(out_raw) - set(_OUTCOME_REQUIRED
                                                                                        + _OUTCOME_OPTIONAL))
    if unknown:
        raise EventError(f"unknown fields: {', '.join(sorted(map(str, unknown)))[:200]}")
    for need in _PRE_REQUIRED:
        if need not in pre_raw:
            raise EventError(f"pre.{need} is missing")
    for need in _OUTCOME_REQUIRED:
        if need not in out_raw:
            raise EventError(f"outcome.{need} is missing")
    pre = {k: _figure(v, f"pre.{k}", k, sources) for k, v in pre_raw.items()}
    outcome = {k: _figure(v, f"outcome.{k}", k, sources) for k, v in out_raw.items()}
    default_trigger = {"value": DEFAULT_TRIGGER, "kind": "assumption",
                       "note": "library default: the news alone before forced selling (docs/cascade.md)"}
    default_duration = {"value": DEFAULT_DURATION_MINUTES, "kind": "assumption",
                        "note": "library default: no source gives the crash leg's length"}
    trigger = _figure(raw.get("trigger", default_trigger), "trigger", "trigger", sources)
    duration = _figure(raw.get("duration_minutes", default_duration), "duration_minutes", "duration_minutes",
                       sources)
    if outcome["low_usd"].value >= pre["mark_usd"].value:
        raise EventError("outcome.low_usd must lie below pre.mark_usd (the library holds crashes)")
    return Event(id=str(raw["id"])[:64], name=str(raw["name"])[:200], day=day, scope=str(raw.get("scope", ""))[:500],
                 pre=pre, outcome=outcome, trigger=trigger, duration=duration,
                 sources={str(k): {kk: str(vv) for kk, vv in v.items()} for k, v in sources.items()}, path=path)


def load_event(path: Path) -> Event:
    try:
        if Path(path).stat().st_size > MAX_EVENT_BYTES:
            raise EventError(f"{path}: too large for an event file")
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EventError(f"cannot read event {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EventError(f"{path} is not valid JSON") from exc
    try:
        return event_from_dict(raw, str(path))
    except EventError as exc:
        raise EventError(f"{path}: {exc}") from exc


def bundled_events_dir() -> Path:
    """The library (``resources/events``), from a checkout, a wheel or a frozen build."""
    try:
        from core.resources import resource_path

        return resource_path("events")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[2] / "resources" / "events"


def load_library(directory: Path | None = None) -> list[Event]:
    """Every event of the library, oldest first."""
    events = [load_event(p) for p in sorted(Path(directory or bundled_events_dir()).glob("*.json"))]
    return sorted(events, key=lambda e: (e.day, e.id))
