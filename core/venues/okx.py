"""OKX (``okx``), linear and inverse swaps.

Margin: maintenance = value × (tier MMR + taker fee rate) (``core.liquidation.okx``); position tiers count
**contracts** and carry no deduction. The balance ``total`` (``eq``) includes unrealised PnL.

Account modes (``ACCOUNT_RATIOS``; ``acctLv`` 2 futures, 3 multi-currency, 4 portfolio margin). OKX liquidates
"when your margin ratio falls to 100 %, meaning your account equity is equal to or less than the required
maintenance margin plus any applicable liquidation fees" (OKX help "Tiered maintenance margin ratio rules",
okx.com/help/v-tiered-maintenance-margin-ratio-rules, read on a mirror of that page). The margin ratio is
(adjusted) equity ÷ (maintenance margin + liquidation fees); our maintenance margin already carries the taker
fee (``fee_in_maintenance``), which stands for the liquidation fee.

* ``futures`` (single-currency margin): per margin currency, only that currency counts; not the whole account.
* ``multi_currency``: ``mgnRatio`` = adjusted equity (every currency at its tiered discount rate, bands in USD)
  ÷ (maintenance + liquidation fees), account-wide.
* ``portfolio_margin``: the same ratio; OKX's PM maintenance margin comes from stress tests per risk unit, ours
  from the position tiers (approximate).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, message
from core.venues.spec import API_KEY, API_SECRET, EQUITY_OVER_MM, PASSPHRASE, AccountRatio, KeyPermissions, Venue

LEVEL_1_TAKER_FEE = 0.0005  # the level-1 swap taker rate, when the market does not report the account's own


_TRIGGER = "OKX help v-tiered-maintenance-margin-ratio-rules (liquidation at margin ratio 100 %; read on a mirror)"
ACCOUNT_RATIOS = {
    "futures": AccountRatio("margin ratio (equity ÷ (maintenance + liquidation fee), per currency)", EQUITY_OVER_MM,
                            1.0, counts_only_settle=True, source=_TRIGGER),
    "multi_currency": AccountRatio("mgnRatio (adjusted equity ÷ (maintenance + liquidation fee))", EQUITY_OVER_MM, 1.0,
                                   whole_account=True, haircuts=True, source=_TRIGGER),
    "portfolio_margin": AccountRatio("mgnRatio (adjusted equity ÷ (maintenance + liquidation fee))", EQUITY_OVER_MM,
                                     1.0, whole_account=True, haircuts=True, source=_TRIGGER,
                                     note="OKX's portfolio-margin maintenance comes from stress tests; ours from "
                                          "the position tiers (approximate)"),
}


def permissions_from_okx(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /api/v5/account/config`` (``data[0].perm`` = "read_only,trade,withdraw")."""
    data = (raw.get("data") or [{}])[0] or {}
    perm = {p.strip() for p in str(data.get("perm", "")).split(",") if p.strip()}
    return KeyPermissions(read="read_only" in perm or not perm, trade="trade" in perm, withdraw="withdraw" in perm)


VENUE = Venue(
    "okx", "OKX", (API_KEY, API_SECRET, PASSPHRASE),
    {"fetchMarkets": {"types": ["swap"]}},
    rate_window_s=2.0,  # OKX v5: every endpoint's limit is "N requests per 2 seconds"
    first_class=True,
    key_help=message(QT_TRANSLATE_NOOP("Core", "OKX: API -> Create V5 API Key -> permission 'Read' only.")),
    permissions_call="privateGetAccountConfig", parse_permissions=permissions_from_okx,
    isolated_margin_fields=("margin",),
    linear_rule="okx.liquidation", inverse_rule="okx.liquidation", account_probe="okx",
    tiers_count_contracts=True, tier_deduction=False, fee_in_maintenance=True, account_ratios=ACCOUNT_RATIOS,
    default_taker_fee=LEVEL_1_TAKER_FEE, balance_includes_upnl=True,
    # /account/positions without instType returns every type: dated futures are loaded when one is held; options
    # and margin (spot) positions stay "not analysed"
    extra_market_types=("future",), position_size_field="pos",
    calculator_names={"okx": False, "okx-inverse": True},
    # native BTC-USDT-SWAP, BTC-USD-SWAP
    calculator_symbols={"okx": "BTC/USDT:USDT", "okx-inverse": "BTC/USD:BTC"})
