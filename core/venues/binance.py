"""Binance futures: USDⓈ-M (``binanceusdm``, linear), COIN-M (``binancecoinm``, inverse) and the unified
``binance`` id.

Margin: the Binance FAQ balance equation with the bracket chosen at the liquidation price
(``core.liquidation.binance``); brackets carry the ``cum`` deduction; in cross hedge mode both legs of a
symbol share one liquidation price. The futures balance ``total`` is the margin balance (wallet + uPnL).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from core.venues.spec import API_KEY, API_SECRET, KeyPermissions, Venue


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
    linear_rule="binance.usdm", inverse_rule="binance.coinm", balance_includes_upnl=True, account_probe="binance")

USDM = replace(
    BINANCE, ccxt_id="binanceusdm", name="Binance USD-M", credentials=(API_KEY, API_SECRET),
    # fetchCurrencies/fetchMargins would call /sapi endpoints a futures-only key cannot read.
    ccxt_options={"fetchCurrencies": False, "fetchMargins": False, "fetchMarkets": {"types": ["linear"]}},
    needs_leverages=True,  # /fapi/v3/positionRisk has no leverage field
    first_class=True, key_help="Binance: API Management -> Create API -> enable 'Enable Reading' only.",
    hedge_cross_rule="binance.usdm_hedge_cross", calculator_names={"binance": False})

COINM = replace(BINANCE, ccxt_id="binancecoinm", name="Binance COIN-M", calculator_names={"binance-coinm": True})

VENUES = (USDM, COINM, BINANCE)
