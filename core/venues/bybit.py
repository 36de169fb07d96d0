"""Bybit (``bybit``), linear and inverse.

Margin: the classic isolated formulas with the maintenance margin at the entry value
(``core.liquidation.bybit``); risk limits carry ``mmDeduction``. The balance ``total`` is the wallet
balance, without unrealised PnL.

Account modes (``ACCOUNT_RATIOS``), from Bybit's help centre "Trading Rules: Liquidation Process (Unified Trading
Account)" (bybit.com/en/help-center/article/UTA-Trading-Rules) and "Key Terms and Formulas in Unified Trading
Account" (bybit.com/en/help-center/article/Glossary-Unified-Trading-Account):

* ``classic`` and ``unified_isolated``: position by position ("in Isolated Margin mode, the liquidation risk of a
  position is assessed based on the margin allocated for each position"); the account figure is informative.
* ``unified_cross``: "Account MM Rate = Total Maintenance Margin / (Margin Balance − Haircut Loss + Order Loss)",
  the margin balance "after considering the collateral value ratio" (wallet + perp & futures uPnL per coin, each
  coin valued at its tiered collateral value ratio); "liquidation is triggered when MMR reaches 100 %", for the
  account as a whole.
* ``portfolio_margin``: the same rate over equity adjusted by the collateral value ratio; Bybit's PM maintenance
  margin comes from stress tests, ours from the positions' risk-limit tiers (approximate).

Haircut loss and order loss of open spot orders are not read (no open orders are fetched), so they are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, message
from core.venues.spec import API_KEY, API_SECRET, MM_OVER_EQUITY, AccountRatio, KeyPermissions, Venue

_RULES = "Bybit help UTA-Trading-Rules (liquidation at account MM rate 100 %), Glossary-Unified-Trading-Account"
_PER_POSITION = "Bybit help UTA-Trading-Rules (isolated: each position on its own margin)"
ACCOUNT_RATIOS = {
    "classic": AccountRatio("per position (classic account)", MM_OVER_EQUITY, 1.0, per_position=True,
                            source=_PER_POSITION),
    "unified_isolated": AccountRatio("per position (isolated margin)", MM_OVER_EQUITY, 1.0, per_position=True,
                                     source=_PER_POSITION),
    "unified_cross": AccountRatio("account MM rate (maintenance ÷ margin balance)", MM_OVER_EQUITY, 1.0,
                                  whole_account=True, haircuts=True, source=_RULES,
                                  note="haircut loss and order loss of open spot orders are not read"),
    "portfolio_margin": AccountRatio("account MM rate (maintenance ÷ equity after collateral ratios)", MM_OVER_EQUITY,
                                     1.0, whole_account=True, haircuts=True, source=_RULES,
                                     note="Bybit's portfolio-margin maintenance comes from stress tests; ours from "
                                          "the positions' risk-limit tiers (approximate)"),
}


#: ``GET /v5/position/list`` answers one category, and for linear one settle coin, per request ("settleCoin" or
#: "symbol" is required for linear; v5 docs "Get Position Info"): USDT- and USDC-settled linear, then inverse.
POSITION_CALLS = ({"subType": "linear", "settleCoin": "USDT"}, {"subType": "linear", "settleCoin": "USDC"},
                  {"subType": "inverse"})


def permissions_from_bybit(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /v5/user/query-api`` (``result``)."""
    result = raw.get("result", raw) or {}
    perms = result.get("permissions") or {}
    read_only = str(result.get("readOnly", "")) == "1"
    wallet = [p for p in perms.get("Wallet") or () if p]
    withdraw = any("withdraw" in str(p).lower() for p in wallet) or bool(perms.get("Withdraw"))
    trade = (not read_only) and any(perms.get(k) for k in ("ContractTrade", "Spot", "Options", "Derivatives"))
    return KeyPermissions(read=True, trade=trade, withdraw=withdraw)


VENUE = Venue(
    "bybit", "Bybit", (API_KEY, API_SECRET),
    {"fetchMarkets": {"types": ["linear"]}},
    rate_window_s=5.0,  # Bybit v5 "Rate Limit": per-IP limits over 5 s (ccxt's rollingWindowSize too)
    first_class=True,
    key_help=message(QT_TRANSLATE_NOOP("Core", "Bybit: API -> Create New Key -> System-generated -> 'Read-Only'.")),
    permissions_call="privateGetV5UserQueryApi", parse_permissions=permissions_from_bybit,
    isolated_margin_fields=("positionBalance", "positionIM"), tier_deduction_field="mmDeduction",
    linear_rule="bybit.liquidation", inverse_rule="bybit.liquidation", account_probe="bybit",
    account_ratios=ACCOUNT_RATIOS, position_calls=POSITION_CALLS, extra_market_types=("inverse",),
    position_size_field="size",
    calculator_names={"bybit": False, "bybit-inverse": True},
    calculator_symbols={"bybit": "BTC/USDT:USDT", "bybit-inverse": "BTC/USD:BTC"})  # native BTCUSDT, BTCUSD
