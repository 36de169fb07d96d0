"""Binance futures: USDⓈ-M (``binanceusdm``, linear), COIN-M (``binancecoinm``, inverse) and the unified
``binance`` id.

Margin: the Binance FAQ balance equation with the bracket chosen at the liquidation price
(``core.liquidation.binance``); brackets carry the ``cum`` deduction; in cross hedge mode both legs of a
symbol share one liquidation price. The futures balance ``total`` is the margin balance (wallet + uPnL).

Account modes (``ACCOUNT_RATIOS``), the rule Binance liquidates on in each:

* ``single_asset`` (the default): margin ratio = maintenance margin ÷ margin balance, per margin asset; only that
  asset counts ("margin is shared across positions in the same margined asset", FAQ "What Is Multi-Assets Mode",
  binance.com/en/support/faq/29b45c485d664028b9ca1cdf90b24f6f); liquidation when the margin balance reaches the
  maintenance margin (ratio 100 %, reference/liquidation.md §1). USDT- and USDC-margined positions are separate
  pools at Binance; ``core.risk`` evaluates them as one account (noted on the account when both are held).
* ``multi_assets``: "Account Margin Ratio = Account Maintenance Margin / Account Equity", account equity
  = Σ min(assetEquity × bidRate, assetEquity × askRate) with assetEquity = wallet + unrealised PnL of the asset,
  and the collateral value ratio (BTC/ETH/BNB 95 %, XRP/ADA/DOT 90 % when read) applied to each asset; "once the
  margin ratio reaches 100 %, all positions will be liquidated" (FAQ "How to Calculate Margin in Multi-Assets
  Mode", binance.com/en/support/faq/c983a9268cfa4e70a4916c276bb3b7bc).
* ``portfolio_margin``: uniMMR = Σ adjusted equity ÷ Σ maintenance margin, adjusted equity
  = Σ min(E × price × collateralRate, E × price) with E = margin asset − margin loan + futures asset + futures
  uPnL (FAQ "What Is the Unified Account Maintenance Margin Ratio (uniMMR)",
  binance.com/en/support/faq/4868b2f1aa6c4d08af973328462bb0bd); "liquidation occurs when an account's uniMMR
  falls below 1.05 (105 %)" (announcement "How does forced liquidation work in Binance Portfolio Margin",
  binance.com/en/support/announcement/d0c3558829fa41eabeeaf3c32dbe1dad; the PM Pro table: "100 % < uniMMR
  ≤ 105 %: liquidation will take place"). The open-loss adjustment of Cross Margin orders and the maintenance
  margin of margin loans are not read, so they are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, message
from core.venues.spec import API_KEY, API_SECRET, EQUITY_OVER_MM, MM_OVER_EQUITY, AccountRatio, KeyPermissions, Venue

ACCOUNT_RATIOS = {
    "single_asset": AccountRatio(
        "margin ratio (maintenance ÷ margin balance)", MM_OVER_EQUITY, 1.0, counts_only_settle=True,
        source="Binance FAQ 29b45c485d664028b9ca1cdf90b24f6f (single-asset mode); liquidation at margin ratio 100 %"),
    "multi_assets": AccountRatio(
        "account margin ratio (maintenance ÷ equity after collateral rates)", MM_OVER_EQUITY, 1.0,
        whole_account=True, haircuts=True,
        source="Binance FAQ c983a9268cfa4e70a4916c276bb3b7bc (How to Calculate Margin in Multi-Assets Mode)"),
    "portfolio_margin": AccountRatio(
        "uniMMR (adjusted equity ÷ maintenance margin)", EQUITY_OVER_MM, 1.05, whole_account=True, haircuts=True,
        source="Binance FAQ 4868b2f1aa6c4d08af973328462bb0bd (uniMMR); announcement d0c3558829fa41eabeeaf3c32dbe1dad "
               "(liquidation below 1.05)",
        note="margin loans and the open loss of Cross Margin orders are not read"),
}


def permissions_from_binance(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /sapi/v1/account/apiRestrictions``."""
    trade = any(bool(raw.get(k)) for k in ("enableFutures", "enableSpotAndMarginTrading", "enableMargin",
                                           "enablePortfolioMarginTrading", "enableVanillaOptions"))
    withdraw = bool(raw.get("enableWithdrawals")) or bool(raw.get("enableInternalTransfer"))
    return KeyPermissions(read=bool(raw.get("enableReading", True)), trade=trade, withdraw=withdraw)


BINANCE = Venue(
    "binance", "Binance",
    permissions_call="sapiGetAccountApiRestrictions", parse_permissions=permissions_from_binance,
    isolated_margin_fields=("isolatedWallet",), tier_deduction_field="cum",
    linear_rule="binance.usdm", inverse_rule="binance.coinm", balance_includes_upnl=True, account_probe="binance",
    account_ratios=ACCOUNT_RATIOS,
    rate_window_s=60.0,  # REQUEST_WEIGHT 2,400 a minute; with ccxt's rateLimit 50 ms: 1,200 weight a minute
    position_size_field="positionAmt")  # ccxt drops a positionRisk row whose entryPrice is not above 0

USDM = replace(
    BINANCE, ccxt_id="binanceusdm", name="Binance USD-M", credentials=(API_KEY, API_SECRET),
    # fetchCurrencies/fetchMargins would call /sapi endpoints a futures-only key cannot read.
    ccxt_options={"fetchCurrencies": False, "fetchMargins": False, "fetchMarkets": {"types": ["linear"]}},
    needs_leverages=True,  # /fapi/v3/positionRisk has no leverage field
    first_class=True,
    key_help=message(QT_TRANSLATE_NOOP("Core",
                                       "Binance: API Management -> Create API -> enable 'Enable Reading' only.")),
    hedge_cross_rule="binance.usdm_hedge_cross", calculator_names={"binance": False},
    calculator_symbols={"binance": "BTC/USDT:USDT"})  # native BTCUSDT

COINM = replace(BINANCE, ccxt_id="binancecoinm", name="Binance COIN-M", calculator_names={"binance-coinm": True},
                calculator_symbols={"binance-coinm": "BTC/USD:BTC"})  # native BTCUSD_PERP

VENUES = (USDM, COINM, BINANCE)
