"""Price statistics, the one home of log returns, daily volatility and beta.

Inputs are price series oldest first (daily closes, quote currency per base); a missing or non-positive
price is skipped. Returns and volatilities are fractions (0.03 = 3 % per day).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def log_returns(prices: Iterable[float | None]) -> np.ndarray:
    """Log returns ``ln(p_t / p_{t−1})`` between consecutive positive prices; empty with fewer than 2."""
    p = np.asarray([x for x in prices if x and x > 0], dtype=float)
    return np.diff(np.log(p)) if p.size >= 2 else np.zeros(0)


def volatility(returns: np.ndarray, ddof: int = 1) -> float:
    """Standard deviation of ``returns`` (fraction per period); ``ddof=1`` the sample estimate, 0 the
    population one."""
    return float(np.std(returns, ddof=ddof))


def daily_volatility(closes: Iterable[float | None], min_returns: int = 2) -> float | None:
    """Sample standard deviation of the daily log returns of ``closes`` (fraction per day).

    None with fewer than ``min_returns`` returns or when the prices never moved (no measurable volatility).
    """
    r = log_returns(closes)
    if r.size < max(min_returns, 2):
        return None
    sigma = volatility(r)
    return sigma if sigma > 0 else None


def beta(returns: np.ndarray, driver_returns: np.ndarray, min_common: int = 10) -> float | None:
    """OLS slope of ``returns`` on ``driver_returns`` over their last common periods (aligned at the end).

    None with fewer than ``min_common`` common periods or a driver that never moved."""
    n = min(len(returns), len(driver_returns))
    if n < min_common:
        return None
    a, b = np.asarray(returns[-n:], dtype=float), np.asarray(driver_returns[-n:], dtype=float)
    var = float(np.var(b))
    return float(np.cov(a, b, bias=True)[0, 1] / var) if var > 0 else None
