"""Order-book depth and price impact: how far a forced market order of F USD moves the price.

Notation (reference/cascade.md §2): ``D(x)`` is the cumulative resting notional (USD) on one side of the
book within fractional distance ``x`` of the mid (0.01 = 1 %). A market sell of F USD walks the bid side to
``x*`` with ``k·D(x*) = F``; ``k`` (the *depth factor*) stands for replenishment and the other venues'
liquidity that the fetched book does not show.

Depth is kept as *bands*: D at a few distances (the visible book integrated, then a fitted power law
``D(x) = D_ref·(x/x_ref)^a`` beyond what the book showed), ending at ``max_distance`` where the book is
exhausted: a flow above ``k·D(max_distance)`` is a runaway.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Distances (fractions of mid) at which depth is tabulated: the bands of reference §8.1 plus 20 % and 50 %.
STANDARD_BANDS: tuple[float, ...] = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.10, 0.20, 0.50)
IMPACT_MODES = ("bookwalk", "linear", "sqrt")
_TINY_USD = 1e-9  # floor so that log-depth stays finite; far below any real order
# Book replenishment time (minutes): over a cascade lasting T minutes the standing book is refilled
# T / REPLENISH_MINUTES times, so its effective depth is k·D(x)·(1 + T/τ). A gap (T = 0) walks the standing
# book alone; a slide over an hour meets the refilled book. Fitted on the event library (docs/cascade.md §3):
# the fit prefers the slowest refill of its grid (a day), i.e. the crash legs of the library (15 minutes to
# five hours) met about the book that stood, so a gap and a slide differ by a few % of depth only.
REPLENISH_MINUTES = 1440.0


@dataclass(frozen=True)
class DepthSide:
    """One side of a (possibly multi-venue) book as cumulative depth bands.

    ``bands``: ((distance fraction, cumulative USD), ...) ascending in both; ``exponent``: the power law ``a``
    used beyond the last band; ``max_distance``: fraction of mid where the book ends (bid side < 1).
    """

    bands: tuple[tuple[float, float], ...]
    exponent: float = 1.0
    max_distance: float = 0.95

    def depth_at(self, x: float) -> float:
        """Cumulative USD within fractional distance ``x`` (unscaled by the depth factor)."""
        xs, ds = self.table()
        if x >= xs[-1]:
            return float(ds[-1])
        i = int(np.searchsorted(xs, x))
        if i < len(xs) and xs[i] == x:
            return float(ds[i])
        if i == 0 or ds[i - 1] <= 0 or ds[i] <= 0:  # below the first band, or an empty stretch: linear
            return float(np.interp(x, np.concatenate([[0.0], xs]), np.concatenate([[0.0], ds])))
        t = np.log(x / xs[i - 1]) / np.log(xs[i] / xs[i - 1])  # log-log: exact for a power law
        return float(np.exp(np.log(ds[i - 1]) + t * np.log(ds[i] / ds[i - 1])))

    def table(self) -> tuple[np.ndarray, np.ndarray]:
        """(distances, cumulative USD) ending at ``max_distance``: the bands below it plus the power-law end."""
        xs = [x for x, _ in self.bands if x < self.max_distance]
        ds = [d for x, d in self.bands if x < self.max_distance]
        if not xs:  # a book that ends before the first band
            return np.array([self.max_distance / 2, self.max_distance]), np.array([0.0, 0.0])
        x_last, d_last = xs[-1], ds[-1]
        xs.append(self.max_distance)
        ds.append(d_last * (self.max_distance / x_last) ** self.exponent)
        return np.asarray(xs, dtype=float), np.asarray(ds, dtype=float)

    @property
    def empty(self) -> bool:
        return not any(d > 0 for _, d in self.bands)


def fit_power_law(distances: Sequence[float], depths_usd: Sequence[float]) -> tuple[float, float]:
    """Least-squares fit of ``log D = log D_1% + a·log(x / 1 %)``; returns (D at 1 % in USD, exponent a).

    Points with x <= 0 or D <= 0 are ignored; with fewer than two usable points the exponent is 1.
    """
    pts = [(x, d) for x, d in zip(distances, depths_usd) if x > 0 and d > 0]
    if not pts:
        return 0.0, 1.0
    lx = np.log([x / 0.01 for x, _ in pts])
    ld = np.log([d for _, d in pts])
    if len(pts) < 2 or np.ptp(lx) < 1e-12:
        return float(np.exp(ld.mean() - lx.mean())), 1.0
    a, b = np.polyfit(lx, ld, 1)
    return float(np.exp(b)), float(a)


def sweep_distance(flow_usd: float, d1_usd: float, exponent: float) -> float:
    """Pure power-law book walk: the fractional move ``1 %·(F / D_1%)^(1/a)`` of a sweep of ``flow_usd``."""
    if flow_usd <= 0:
        return 0.0
    if d1_usd <= 0:
        return math.inf
    return 0.01 * float((flow_usd / d1_usd) ** (1.0 / exponent))


def side_from_levels(levels: Sequence[tuple[float, float]], mid: float, *, bid: bool,
                     max_distance: float = 0.95, exponent_bounds: tuple[float, float] = (0.2, 3.0)) -> DepthSide:
    """Integrate one side of a book (``(price, base amount)`` best first) into standard depth bands.

    Bands inside the visible book are exact sums; bands beyond it follow the power law fitted to the
    cumulative curve of the visible levels.
    """
    dist, cum = [], []
    total = 0.0
    for price, amount in levels:
        if price <= 0 or amount <= 0:
            continue
        x = (mid - price) / mid if bid else (price - mid) / mid
        total += price * amount
        dist.append(max(x, 0.0))
        cum.append(total)
    if not cum:
        return DepthSide(tuple((b, 0.0) for b in STANDARD_BANDS), 1.0, max_distance)
    d1, a = fit_power_law(dist, cum)
    a = min(max(a, exponent_bounds[0]), exponent_bounds[1])
    dist_sorted = np.maximum.accumulate(np.asarray(dist))
    visible = float(dist_sorted[-1])
    bands = []
    for b in STANDARD_BANDS:
        if b <= visible:
            n = int(np.searchsorted(dist_sorted, b, side="right"))
            bands.append((b, cum[n - 1] if n else 0.0))
        else:  # beyond the visible book: continue from the last visible level with the fitted law
            bands.append((b, total * (b / max(visible, 1e-6)) ** a))
    return DepthSide(tuple(bands), a, max_distance)


def add_sides(sides: Sequence[DepthSide]) -> DepthSide:
    """Several venues' books on one side add up band by band (cross-venue liquidity)."""
    if not sides:
        return DepthSide(tuple((b, 0.0) for b in STANDARD_BANDS))
    sums = [(b, sum(s.depth_at(b) for s in sides)) for b in STANDARD_BANDS]
    weights = [s.depth_at(0.01) for s in sides]
    wsum = sum(weights)
    a = sum(w * s.exponent for w, s in zip(weights, sides)) / wsum if wsum > 0 else 1.0
    return DepthSide(tuple(sums), a, min(s.max_distance for s in sides))


def power_law_side(d1_usd: float, exponent: float, max_distance: float = 0.95) -> DepthSide:
    """A side described by ``D(x) = D_1%·(x/1 %)^a`` only (no book): used by presets, tests and calibration."""
    return DepthSide(tuple((b, d1_usd * (b / 0.01) ** exponent) for b in STANDARD_BANDS), exponent, max_distance)


# --- impact curves: every mode as a tabulated depth, inverted by log-log interpolation -------------------

@dataclass(frozen=True)
class ImpactParams:
    """How forced flow moves the price. ``depth_factor`` k scales every depth; ``sqrt_prefactor`` is Y.

    Time: ``duration_minutes`` T is how long the cascade takes (0: a gap through the standing book);
    ``replenish_minutes`` τ the time the book needs to refill once. Depth is scaled by ``k·(1 + T/τ)``."""

    mode: str = "bookwalk"
    depth_factor: float = 1.0
    sqrt_prefactor: float = 1.0
    duration_minutes: float = 0.0
    replenish_minutes: float = REPLENISH_MINUTES

    @property
    def effective_depth_factor(self) -> float:
        """``k·(1 + T/τ)``: the depth factor with the book refilled over the cascade's duration."""
        if self.duration_minutes <= 0 or not math.isfinite(self.replenish_minutes):
            return self.depth_factor
        return self.depth_factor * (1.0 + self.duration_minutes / self.replenish_minutes)


def impact_curve(side: DepthSide, params: ImpactParams, daily_vol: float = 0.03,
                 daily_volume_usd: float | None = None) -> tuple[np.ndarray, np.ndarray, float]:
    """(distances, log of the scaled cumulative USD, scaled USD that exhausts the side).

    All three modes become a depth table, which the engine inverts the same way (k here is the
    effective factor ``k·(1 + T/τ)``, see ``ImpactParams``):
    book walk ``k·D(x)``; linear ``k·D_eff·x`` with ``D_eff = D(1 %)/1 %``; square root
    ``x = Y·σ_D·sqrt(F/(k·V_D))``, i.e. ``D(x) = k·V_D·(x/(Y·σ_D))^2`` (V_D defaults to 100·D(1 %)).
    """
    k = params.effective_depth_factor
    xs, ds = side.table()
    if params.mode == "linear":
        ds = side.depth_at(0.01) / 0.01 * xs
    elif params.mode == "sqrt":
        volume = daily_volume_usd if daily_volume_usd else 100.0 * side.depth_at(0.01)
        ds = volume * (xs / (params.sqrt_prefactor * max(daily_vol, 1e-9))) ** 2
    elif params.mode != "bookwalk":
        raise ValueError(f"unknown impact mode {params.mode!r} (expected one of {', '.join(IMPACT_MODES)})")
    scaled = np.maximum(np.asarray(ds, dtype=float) * k, 0.0)
    end_usd = float(scaled[-1])
    # strictly increasing and positive, so the inverse is defined (flat stretches get a tiny slope)
    scaled = np.maximum(scaled, _TINY_USD * np.arange(1, len(scaled) + 1))
    for i in range(1, len(scaled)):
        if scaled[i] <= scaled[i - 1]:
            scaled[i] = scaled[i - 1] * (1 + 1e-12)
    return xs, np.log(scaled), (end_usd if end_usd > _TINY_USD * len(scaled) else 0.0)


def walk_distance(flow_usd: np.ndarray, xs: np.ndarray, log_depth: np.ndarray) -> np.ndarray:
    """Fractional move for each flow: log-log interpolation of the depth table (exact for a power law),
    extrapolating the first segment towards zero. ``xs``/``log_depth`` are (..., G) rows matching
    ``flow_usd``'s shape. Flows beyond the table are the caller's runaway case."""
    f = np.asarray(flow_usd, dtype=float)
    lf = np.log(np.maximum(f, 1e-300))
    xs = np.broadcast_to(xs, f.shape + xs.shape[-1:])
    log_depth = np.broadcast_to(log_depth, f.shape + log_depth.shape[-1:])
    idx = np.sum(log_depth < lf[..., None], axis=-1)
    hi = np.clip(idx, 1, log_depth.shape[-1] - 1)[..., None]
    lo = hi - 1
    ld_lo = np.take_along_axis(log_depth, lo, -1)[..., 0]
    ld_hi = np.take_along_axis(log_depth, hi, -1)[..., 0]
    lx_lo = np.log(np.take_along_axis(xs, lo, -1)[..., 0])
    lx_hi = np.log(np.take_along_axis(xs, hi, -1)[..., 0])
    t = (lf - ld_lo) / (ld_hi - ld_lo)
    return np.where(f > 0, np.exp(lx_lo + t * (lx_hi - lx_lo)), 0.0)


def walk_distance_scalar(flow_usd: float, xs: Sequence[float], log_depth: Sequence[float]) -> float:
    """The same inverse for one flow with plain loops (the test oracle's version)."""
    if flow_usd <= 0:
        return 0.0
    lf = math.log(flow_usd)
    idx = 0
    while idx < len(log_depth) and log_depth[idx] < lf:
        idx += 1
    hi = min(max(idx, 1), len(xs) - 1)
    lo = hi - 1
    t = (lf - log_depth[lo]) / (log_depth[hi] - log_depth[lo])
    return math.exp(math.log(xs[lo]) + t * (math.log(xs[hi]) - math.log(xs[lo])))
