"""The market signals and the liquidation map, read and computed off the GUI thread.

``MarketData.of(state)``: one loader per ``AppState``, shared by the Market view and the dashboard's card. For each
new analysis it reads, in a worker thread (through the bridge), the stored market points of the last weeks and the
external series (``Session.market_points``, ``Session.market_series``), and computes the fragility report
(``core.fragility_score``), open interest against spot per asset and depth by hour per market
(``core.market_signals``): ``signals_loaded`` carries the result to the GUI thread. ``load_map`` computes one asset's
liquidation map (``core.liquidation_map``) the same way. Nothing here touches a widget.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.fragility_score import FragilityReport, fragility_report
from core.liquidation_map import LiquidationMap, load_liquidation_map
from core.market_signals import DepthByHour, OiAgainstSpot, Series, depth_by_hour, oi_against_spot

log = logging.getLogger(__name__)

DEFER_MS = 300  # a read asked for during a sync waits this long, then asks again ...
MAX_DEFERRALS = 100  # ... at most this many times (30 s), then reads anyway

#: Stored market points read for the signals and their charts (days back from the snapshot).
SIGNAL_DAYS = 30


@dataclass(frozen=True)
class MarketSignals:
    """What the Market view and the card draw besides the snapshot's own table (one analysis' worth).

    ``oi_spot``: by base asset; ``depth``: by symbol; ``series``: the external series by name
    (``core.market_signals.SERIES_NAMES``); ``history_s``: how far back the stored market points reach (seconds)."""

    taken_at: datetime
    report: FragilityReport | None
    oi_spot: Mapping[str, OiAgainstSpot] = field(default_factory=dict)
    depth: Mapping[str, DepthByHour] = field(default_factory=dict)
    series: Mapping[str, Series] = field(default_factory=dict)
    history_s: float = 0.0


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def compute_signals(session: Any, snapshot: Any, assessed: Sequence[Any] | None, now: datetime, tz: tzinfo,
                    report: FragilityReport | None = None, days: int = SIGNAL_DAYS) -> MarketSignals:
    """Read the stored points and series through the session and compute every signal (run it in a worker)."""
    held = sorted({p.symbol for p in snapshot.positions})
    bases = sorted({s.split("/")[0].upper() for s in held})
    # every venue's market of a held asset: open interest and spot volume are summed over venues
    symbols = sorted({m.symbol for m in snapshot.markets if m.base.upper() in bases} | set(held))
    points = session.market_points(now, days, symbols)
    series = session.market_series()
    if report is None and held:
        report = fragility_report(snapshot, points, series, now, tz, assessed)
    oi_spot = {b: found for b in bases if (found := oi_against_spot(points, b, now)) is not None}
    depth = {s: depth_by_hour(points, s, now, tz) for s in held}
    span = (points[-1].taken_at - points[0].taken_at).total_seconds() if points else 0.0
    return MarketSignals(snapshot.taken_at, report, oi_spot, depth, series, span)


class MarketData(QObject):
    """Loads the current analysis' market signals once, in the background, for every widget that asks."""

    signals_loaded = Signal(object)  # MarketSignals
    failed = Signal(str)  # why the signals could not be read (the window shows it; the last good ones stay)

    _instances: weakref.WeakKeyDictionary[Any, MarketData] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, state: Any) -> MarketData:
        found = cls._instances.get(state)
        if found is None:
            found = cls._instances[state] = cls(state)
        return found

    def __init__(self, state: Any) -> None:
        super().__init__(state)
        self.state = state
        self.signals: MarketSignals | None = None
        self._deferrals = 0
        self._loaded_for: object = None  # the analysis the signals belong to
        self._loading_for: object = None
        if hasattr(state, "market_series_changed"):  # new ETF flows or volatility stored: read the signals again
            state.market_series_changed.connect(self._series_changed)

    def _series_changed(self, _result: object) -> None:
        self._loaded_for = None
        self.request()

    @property
    def current(self) -> MarketSignals | None:
        """The signals of the state's current analysis, if they are loaded."""
        analysis = self.state.analysis
        return self.signals if analysis is not None and analysis is self._loaded_for else None

    def request(self) -> None:
        """Load the signals of the state's current analysis unless they are loaded or loading. While a sync or
        another background job runs the read waits (a month of stored markets: it would compete with the sync's
        analysis for the interpreter), at most ``MAX_DEFERRALS`` times."""
        analysis = self.state.analysis
        if analysis is None or analysis is self._loaded_for or analysis is self._loading_for:
            return
        bridge = getattr(self.state, "bridge", None)
        if bridge is not None and bridge.busy and self._deferrals < MAX_DEFERRALS:
            self._deferrals += 1
            QTimer.singleShot(DEFER_MS, self, self.request)
            return
        self._deferrals = 0
        self._loading_for = analysis
        session, now = self.state.session, self.state.now()
        report = getattr(analysis, "fragility_report", None)  # when the session computes it with the analysis
        tz = local_zone()

        def read() -> MarketSignals:
            return compute_signals(session, analysis.snapshot, analysis.fragility, now, tz, report)

        def done(result: MarketSignals) -> None:
            if self._loading_for is analysis:
                self._loading_for = None
            self._loaded_for, self.signals = analysis, result
            self.signals_loaded.emit(result)

        def error(exc: BaseException) -> None:
            if self._loading_for is analysis:
                self._loading_for = None
            if getattr(session.store, "closed", False):
                return  # quitting: the store closed under the read
            log.warning("market signals could not be read", exc_info=exc)
            self.failed.emit(str(exc))

        self._call(read, done, error)

    def load_map(self, base: str, days: float, extra_prices: Sequence[float],
                 on_done: Callable[[LiquidationMap | None], None],
                 on_error: Callable[[BaseException], None]) -> None:
        """``base``'s liquidation map over the last ``days`` days of stored snapshots (computed in a worker)."""
        session, now = self.state.session, self.state.now()
        start = now - timedelta(days=days)

        def read() -> LiquidationMap | None:
            return load_liquidation_map(session.store, bool(session.demo), base, start, None, tuple(extra_prices))

        self._call(read, on_done, on_error)

    def _call(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None]) -> None:
        async def work() -> Any:
            return await asyncio.to_thread(fn)

        self.state.bridge.call(work(), on_done, on_error)
