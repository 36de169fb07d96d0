"""Bybit (``bybit``), linear and inverse.

Margin: the classic isolated formulas with the maintenance margin at the entry value
(``core.liquidation.bybit``); risk limits carry ``mmDeduction``. The balance ``total`` is the wallet
balance, without unrealised PnL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.venues.spec import API_KEY, API_SECRET, KeyPermissions, Venue


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
    first_class=True, key_help="Bybit: API -> Create New Key -> System-generated -> 'Read-Only'.",
    permissions_call="privateGetV5UserQueryApi", parse_permissions=permissions_from_bybit,
    isolated_margin_fields=("positionBalance", "positionIM"), tier_deduction_field="mmDeduction",
    linear_rule="bybit.liquidation", inverse_rule="bybit.liquidation", account_probe="bybit",
    calculator_names={"bybit": False, "bybit-inverse": True})
