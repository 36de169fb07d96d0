"""Positions and accounts under price moves (pure: snapshot in, result out).

``assess_positions`` / ``assess_accounts`` for the views and the CLI; ``portfolio_at`` for the cascade engine.
"""

from core.risk.accounts import AccountRisk, PortfolioAtPrices, assess_accounts, portfolio_at, smallest_move
from core.risk.positions import DEFAULT_GAP_RULE_PCT, PositionRisk, assess_positions, check_gap_rule_pct
from core.stats import daily_volatility

__all__ = ["DEFAULT_GAP_RULE_PCT", "AccountRisk", "PortfolioAtPrices", "PositionRisk", "assess_accounts",
           "assess_positions", "check_gap_rule_pct", "daily_volatility", "portfolio_at", "smallest_move"]
