"""OKX (``okx``), linear and inverse swaps.

Margin: maintenance = value × (tier MMR + taker fee rate) (``core.liquidation.okx``); position tiers count
**contracts** and carry no deduction. The balance ``total`` (``eq``) includes unrealised PnL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.venues.spec import API_KEY, API_SECRET, PASSPHRASE, KeyPermissions, Venue

LEVEL_1_TAKER_FEE = 0.0005  # the level-1 swap taker rate, when the market does not report the account's own


def permissions_from_okx(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /api/v5/account/config`` (``data[0].perm`` = "read_only,trade,withdraw")."""
    data = (raw.get("data") or [{}])[0] or {}
    perm = {p.strip() for p in str(data.get("perm", "")).split(",") if p.strip()}
    return KeyPermissions(read="read_only" in perm or not perm, trade="trade" in perm, withdraw="withdraw" in perm)


VENUE = Venue(
    "okx", "OKX", (API_KEY, API_SECRET, PASSPHRASE),
    {"fetchMarkets": {"types": ["swap"]}},
    first_class=True, key_help="OKX: API -> Create V5 API Key -> permission 'Read' only.",
    permissions_call="privateGetAccountConfig", parse_permissions=permissions_from_okx,
    isolated_margin_fields=("margin",),
    linear_rule="okx.liquidation", inverse_rule="okx.liquidation", account_probe="okx",
    tiers_count_contracts=True, tier_deduction=False, fee_in_maintenance=True,
    default_taker_fee=LEVEL_1_TAKER_FEE, balance_includes_upnl=True,
    calculator_names={"okx": False, "okx-inverse": True})
