"""The market-wide liquidation ladder: open interest spread into liquidation levels (the heatmap method).

Reference §5: open interest (USD) is split into longs and shorts, spread over a leverage mix and a set of
entry prices; each (entry, leverage) bucket liquidates at ``E·(1 − 1/L + mmr)`` (long) or
``E·(1 + 1/L − mmr)`` (short) and goes bankrupt at ``E·(1 ∓ 1/L)``. Only buckets still alive at the mark
(and not crossed by the later closes) are kept: the open interest we see is the positions still open,
so each side's notional is renormalised over its live buckets.

Levels are returned as *moves* relative to the mark (``LP/P0 − 1``), the unit the engine works in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from core.stats import log_returns, volatility

# Prior leverage mix (weights of open interest by leverage): a spread around the 10x-25x most traders
# use with a tail to 100x (Cheng et al.: liquidated traders average ~60x; Kingfisher percentile buckets).
DEFAULT_LEVERAGE_MIX: dict[float, float] = {2: 0.08, 3: 0.08, 5: 0.16, 10: 0.24, 20: 0.18, 25: 0.10,
                                            50: 0.10, 100: 0.06}
NEUTRAL_FUNDING = 0.0001  # 0.01 % per 8 h, the venues' default interest component
# Fitted on the event library (resources/events, core/cascade/fit.py, docs/cascade.md §3): only this share of
# open interest carries the prior mix's leverage when open interest stands at REFERENCE_OI_TO_MCAP of the
# market capitalisation and DEFAULT_CRYPTO_MARGINED_SHARE of it is margined in the coin; the rest behaves as
# unlevered (hedged basis trades, cross accounts with ample margin).
CALIBRATED_LEVERED_SHARE = 0.04472
# Elasticity of the levered share to open interest relative to market capitalisation (fitted; 0: no effect).
CALIBRATED_OI_ELASTICITY = 0.0
REFERENCE_OI_TO_MCAP = 0.02  # open interest / market cap at which the levered share is the calibrated one
# Elasticity of the levered share to the share of futures open interest margined in the coin itself (Glassnode's
# "Percent Futures Open Interest Crypto-Margined"; fitted). Coin-margined positions lose on their collateral as
# well as on the contract and were the retail, high-leverage part of the market; the share fell from about 70 %
# in April 2021 to 18 % in October 2024 while the liquidated share of open interest fell about a hundredfold.
CALIBRATED_MARGIN_ELASTICITY = 1.75
# The reference share, and the default when a model does not know it: the latest published reading found,
# 18.2 % on 2024-10-14 (CoinDesk, Glassnode data). A snapshot cannot observe it (it sees only the venues fetched).
DEFAULT_CRYPTO_MARGINED_SHARE = 0.182


def levered_mix(levered_share: float = CALIBRATED_LEVERED_SHARE,
                prior: Mapping[float, float] = DEFAULT_LEVERAGE_MIX) -> dict[float, float]:
    """The prior mix scaled to ``levered_share``; the remainder at 1x (liquidated only by a ~-100 % move)."""
    mix = {float(k): v * levered_share for k, v in prior.items()}
    mix[1.0] = mix.get(1.0, 0.0) + (1.0 - levered_share)
    return mix


@dataclass(frozen=True)
class Ladder:
    """One symbol's live liquidation buckets; every array is in move units (fraction of the mark) or USD.

    ``*_level``: liquidation move (longs < 0 < shorts); ``*_bankrupt``: bankruptcy move;
    ``*_notional_usd``: the forced market order (USD) when the bucket is liquidated.
    """

    long_level: np.ndarray
    long_bankrupt: np.ndarray
    long_notional_usd: np.ndarray
    short_level: np.ndarray
    short_bankrupt: np.ndarray
    short_notional_usd: np.ndarray

    @property
    def size(self) -> int:
        return len(self.long_level) + len(self.short_level)

    @staticmethod
    def empty() -> Ladder:
        z = np.zeros(0)
        return Ladder(z, z, z, z, z, z)

    def mirrored(self) -> Ladder:
        """Longs become shorts and vice versa, levels reflected through the mark (for symmetry checks)."""
        return Ladder(-self.short_level, -self.short_bankrupt, self.short_notional_usd,
                      -self.long_level, -self.long_bankrupt, self.long_notional_usd)


def levered_share_from_state(open_interest_usd: float, market_cap_usd: float | None = None,
                             oi_change_30d: float | None = None, *, base: float = CALIBRATED_LEVERED_SHARE,
                             elasticity: float = CALIBRATED_OI_ELASTICITY,
                             crypto_margined_share: float | None = None,
                             margin_elasticity: float = CALIBRATED_MARGIN_ELASTICITY) -> float:
    """Share of open interest carrying the prior leverage mix, from the market's observable state.

    * ``open_interest_usd / market_cap_usd`` (when the cap is known): ``base·(ρ/ρ_ref)^elasticity`` with
      ``ρ_ref = REFERENCE_OI_TO_MCAP`` — more derivatives per dollar of coin, more of them levered.
    * ``crypto_margined_share`` c (fraction of futures open interest margined in the coin; None:
      ``DEFAULT_CRYPTO_MARGINED_SHARE``): times ``(c/c_ref)^margin_elasticity``.
    * ``oi_change_30d`` (fraction, when known): open interest added over the last 30 days is assumed to be
      levered like the rest, so a build-up of +x scales the share by ``1 + x`` (an assumption, not fitted;
      a decline leaves it unchanged: positions closed were not necessarily the levered ones).
    Clipped to [0.0001, 1].
    """
    share = base
    if market_cap_usd and market_cap_usd > 0 and open_interest_usd > 0 and elasticity != 0.0:
        share *= (open_interest_usd / market_cap_usd / REFERENCE_OI_TO_MCAP) ** elasticity
    if crypto_margined_share is not None and crypto_margined_share > 0 and margin_elasticity != 0.0:
        share *= (crypto_margined_share / DEFAULT_CRYPTO_MARGINED_SHARE) ** margin_elasticity
    if oi_change_30d is not None and oi_change_30d > 0:
        share *= 1.0 + oi_change_30d
    return float(min(max(share, 1e-4), 1.0))


def long_share_from_state(funding_rate: float | None, long_short_ratio: float | None = None) -> float:
    """Share of open interest that is long: from funding (``long_share_from_funding``) and, where a venue
    publishes it, the accounts' long/short ratio ``r`` (long share ``r/(1+r)``, within 0.30-0.80). With both,
    their mean; the ratio counts accounts, not notional, hence only half the weight."""
    from_funding = long_share_from_funding(funding_rate)
    if long_short_ratio is None or long_short_ratio <= 0:
        return from_funding
    from_ratio = min(max(long_short_ratio / (1.0 + long_short_ratio), 0.30), 0.80)
    return float((from_funding + from_ratio) / 2.0) if funding_rate is not None else float(from_ratio)


def long_share_from_funding(funding_rate: float | None) -> float:
    """Share of open interest that is long (fraction), from the funding rate per 8 h.

    Funding above the neutral 0.01 % means longs pay shorts, i.e. longs are crowded: +0.01 % of excess
    funding adds 5 points of long share, clipped to [0.30, 0.75]; no funding known -> 0.55 (the usual
    long bias of perp books).
    """
    if funding_rate is None:
        return 0.55
    share = 0.55 + 500.0 * (funding_rate - NEUTRAL_FUNDING)
    return float(min(max(share, 0.30), 0.75))


def maintenance_rate(leverage: np.ndarray, base_rate: float) -> np.ndarray:
    """Maintenance margin rate per leverage: the symbol's base tier rate, but never above half the initial
    margin (high-leverage tiers carry lower rates or they would liquidate at entry)."""
    return np.minimum(base_rate, 0.5 / leverage)


def entry_grid(mark_price: float, closes: Sequence[float], entry_vol: float,
               n_entries: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Entry prices with weights and the lowest/highest price seen since each entry (all USD).

    With daily closes: each close (oldest first) is an entry day; positions opened then have seen every
    later close and the mark. Each day is widened by ±1 daily vol so levels form bands, not spikes.
    Without closes: a log-normal spread of width ``entry_vol`` around the mark, nothing consumed.
    """
    if len(closes) >= 5:
        c = np.asarray(closes[-60:], dtype=float)
        later_low = np.minimum.accumulate(np.append(c, mark_price)[::-1])[::-1][1:]
        later_high = np.maximum.accumulate(np.append(c, mark_price)[::-1])[::-1][1:]
        rets = log_returns(np.append(c, mark_price))
        day_vol = volatility(rets, ddof=0) if len(rets) > 2 else entry_vol / 4
        per_day = max(1, n_entries // len(c))
        z = np.linspace(-1.0, 1.0, per_day) if per_day > 1 else np.zeros(1)
        entries = (c[:, None] * np.exp(day_vol * z[None, :])).ravel()
        low = np.repeat(later_low, len(z))
        high = np.repeat(later_high, len(z))
        weights = np.full(entries.shape, 1.0 / entries.size)
        return entries, weights, np.minimum(low, entries), np.maximum(high, entries)
    normal = NormalDist()
    z = np.array([normal.inv_cdf((i + 0.5) / n_entries) for i in range(n_entries)])
    entries = mark_price * np.exp(entry_vol * z)
    weights = np.full(n_entries, 1.0 / n_entries)
    return entries, weights, np.full(n_entries, mark_price), np.full(n_entries, mark_price)


def build_ladder(mark_price: float, open_interest_usd: float, long_share: float,
                 leverage_mix: Mapping[float, float], *, max_leverage: float = 125.0,
                 maintenance_margin_rate: float = 0.005, closes: Sequence[float] = (),
                 entry_vol: float = 0.05, n_entries: int = 200) -> Ladder:
    """Spread ``open_interest_usd`` into live long and short liquidation buckets (moves relative to the mark).

    ``leverage_mix``: {leverage: weight}; weights above the symbol's ``max_leverage`` move to it.
    """
    if mark_price <= 0 or open_interest_usd <= 0 or not leverage_mix:
        return Ladder.empty()
    lev = np.array([min(float(k), max_leverage) for k in leverage_mix], dtype=float)
    w_lev = np.array([float(v) for v in leverage_mix.values()], dtype=float)
    if w_lev.sum() <= 0:
        return Ladder.empty()
    w_lev = w_lev / w_lev.sum()
    mmr = maintenance_rate(lev, maintenance_margin_rate)
    entries, w_entry, low, high = entry_grid(mark_price, closes, entry_vol, n_entries)
    weight = w_entry[:, None] * w_lev[None, :]
    e = entries[:, None]
    sides = []
    for sign, share, since in ((1.0, long_share, low), (-1.0, 1.0 - long_share, high)):
        level = e * (1.0 - sign / lev + sign * mmr)
        bankrupt = e * (1.0 - sign / lev)
        # alive: not crossed by the mark nor any later close
        alive = (level < since[:, None]) if sign > 0 else (level > since[:, None])
        alive &= level > 0
        w = np.where(alive, weight, 0.0)
        total = w.sum()
        keep = alive.ravel()
        notional = (w.ravel()[keep] / total * open_interest_usd * share) if total > 0 else np.zeros(0)
        sides.append((level.ravel()[keep] / mark_price - 1.0, bankrupt.ravel()[keep] / mark_price - 1.0,
                      notional if total > 0 else np.zeros(0)))
    (ll, lb, ln), (sl, sb, sn) = sides
    return Ladder(ll, lb, ln, sl, sb, sn)


def ladder_density(ladder: Ladder, lo: float, hi: float) -> tuple[float, float]:
    """USD of long and short liquidations whose level lies in the move band [lo, hi] (for summaries)."""
    long_usd = float(ladder.long_notional_usd[(ladder.long_level >= lo) & (ladder.long_level <= hi)].sum())
    short_usd = float(ladder.short_notional_usd[(ladder.short_level >= lo) & (ladder.short_level <= hi)].sum())
    return long_usd, short_usd
