"""Positions and accounts under price moves (pure: snapshot in, result out).

``assess_positions`` / ``assess_accounts`` for the views and the CLI; ``portfolio_at`` for the cascade engine.
Each account is judged by its venue's rule in its detected mode (``core.venues`` ``AccountRatio``); an account
without a detected mode by the classic cross rule.
"""

from core.risk.accounts import (
    ACCOUNT_MOVE_LIMIT,
    AccountRisk,
    PortfolioAtPrices,
    assess_accounts,
    format_move,
    portfolio_at,
    smallest_move,
)
from core.risk.positions import DEFAULT_GAP_RULE_PCT, PositionRisk, assess_positions, check_gap_rule_pct
from core.stats import daily_volatility

__all__ = ["ACCOUNT_MOVE_LIMIT", "DEFAULT_GAP_RULE_PCT", "AccountRisk", "PortfolioAtPrices", "PositionRisk",
           "assess_accounts", "assess_positions", "check_gap_rule_pct", "daily_volatility", "format_move",
           "portfolio_at", "smallest_move"]
