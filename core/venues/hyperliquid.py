"""Hyperliquid (``hyperliquid``): USDC-settled linear perps, read by public wallet address (no key).

Margin: maintenance = half the initial margin at max leverage (``core.liquidation.hyperliquid``); tiers
give only the max leverage. The balance ``total`` is the account value (with unrealised PnL).
"""

from __future__ import annotations

from core.venues.spec import Credential, Venue

VENUE = Venue(
    "hyperliquid", "Hyperliquid", (Credential("walletAddress", "Wallet address", secret=False),),
    {"fetchMarkets": {"types": ["swap"]}}, settle="USDC",
    first_class=True, key_help="Hyperliquid: only your public wallet address is needed; no key at all.",
    mmr_from_max_leverage=True, account_probe="hyperliquid",
    linear_rule="hyperliquid.liquidation",  # inverse contracts: none on Hyperliquid, the generic rule
    balance_includes_upnl=True, calculator_names={"hyperliquid": False})
