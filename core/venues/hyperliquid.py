"""Hyperliquid (``hyperliquid``): USDC-settled linear perps, read by public wallet address (no key).

Margin: maintenance = half the initial margin at max leverage (``core.liquidation.hyperliquid``); tiers
give only the max leverage. The balance ``total`` is the account value (with unrealised PnL).

Account rule (``ACCOUNT_RATIOS``): cross positions are liquidated "when the account equity drops below
maintenance margin", the maintenance margin being "half of the initial margin at max leverage"
(hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations); isolated positions on their own margin. The
ratio here is cross maintenance margin ÷ account value (``crossMaintenanceMarginUsed`` vs ``accountValue`` of
``clearinghouseState``), liquidation at 100 %. Each cross position has its own liquidation price with the others
held (Hyperliquid reports one), so the account is not "whole account". Only USDC (the settle asset) is counted as
perp margin; in the ``unified_account`` abstraction other spot coins may back perps too (not verified), and the
``portfolio_margin`` rules (alpha) are not verified: both are evaluated as cross margin.
"""

from __future__ import annotations

from core.messages import QT_TRANSLATE_NOOP, message
from core.venues.spec import MM_OVER_EQUITY, AccountRatio, Credential, Venue

_DOC = "hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations (account equity below maintenance margin)"
_CROSS = AccountRatio("cross margin ratio (cross maintenance ÷ account value)", MM_OVER_EQUITY, 1.0,
                      counts_only_settle=True, source=_DOC)
ACCOUNT_RATIOS = {
    "standard": _CROSS,
    "unified_account": AccountRatio(_CROSS.name, MM_OVER_EQUITY, 1.0, counts_only_settle=True, source=_DOC,
                                    verified=False, note="whether other spot coins back perps here is not verified"),
    "portfolio_margin": AccountRatio(_CROSS.name, MM_OVER_EQUITY, 1.0, counts_only_settle=True, source=_DOC,
                                     verified=False, note="Hyperliquid portfolio margin (alpha) is evaluated as "
                                                          "cross margin; its own rules are not verified"),
}

VENUE = Venue(
    "hyperliquid", "Hyperliquid", (Credential("walletAddress", "Wallet address", secret=False),),
    {"fetchMarkets": {"types": ["swap"]}}, settle="USDC",
    first_class=True,
    key_help=message(QT_TRANSLATE_NOOP("Core",
                                       "Hyperliquid: only your public wallet address is needed; no key at all.")),
    mmr_from_max_leverage=True, account_probe="hyperliquid",
    linear_rule="hyperliquid.liquidation",  # inverse contracts: none on Hyperliquid, the generic rule
    balance_includes_upnl=True, calculator_names={"hyperliquid": False}, account_ratios=ACCOUNT_RATIOS,
    # ccxt's market id is the asset's index ("0"); the coin name ("BTC") is what Hyperliquid shows
    native_symbol_key="baseName", calculator_symbols={"hyperliquid": "BTC/USDC:USDC"})
