"""Account probe for Bybit v5: the account mode, Bybit's own account figures, its tiered collateral value
ratios and the ADL rank of each position.

Requests (all through ``ctx.optional``; a failure leaves the account fresh, with a "synced with gaps" note):

* ``GET /v5/account/info`` (``privateGetV5AccountInfo``), every sync: ``unifiedMarginStatus`` (1 classic,
  3/4 UTA 1.0, 5/6 UTA 2.0) and ``marginMode`` (ISOLATED_MARGIN / REGULAR_MARGIN / PORTFOLIO_MARGIN). ccxt
  reads the same endpoint once per client for ``unifiedMarginStatus`` only and never exposes ``marginMode``
  through it, and a user may switch margin mode between syncs, so it is asked again each sync.
* ``GET /v5/spot-margin-trade/collateral`` (``publicGetV5SpotMarginTradeCollateral``, public, every coin in
  one answer), only in Cross and Portfolio Margin, where other coins count as margin. Bybit documents it as
  the tiered collateral value ratio: bands in **coin quantity** (``minQty``/``maxQty``, "" = no upper bound).
  ``/v5/account/collateral-info``'s ``collateralRatio`` is deprecated since 2025-02-19 ("no longer accurate
  due to the tiered logic"), so it is not used. The table is cached on this module for a day per venue URL;
  when a refresh fails the last table is used with its own date.

Read without a request: the account figures from the wallet balance ccxt already fetched (``balance['info']``:
``totalEquity``, ``totalMarginBalance``, ``totalMaintenanceMargin``, ``accountMMRate``; Bybit leaves them ""
for isolated margin and classic accounts); which coins are collateral (``marginCollateral`` and the user's
``collateralSwitch`` on each coin row); the position mode (``positionIdx`` 1/2 = hedge, 0 = one-way); the ADL
rank (``adlRankIndicator`` on each position row: ccxt's ``fetch_positions_adl_rank`` would only ask
``/v5/position/list`` again).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from core.exchanges.probes import ProbeContext, ProbeResult, daily_table, info_of, number, ranks_from_rows
from core.model import AccountMargin, CollateralRule, CollateralTier

COLLATERAL_SOURCE = "Bybit GET /v5/spot-margin-trade/collateral"
CLASSIC_STATUS = 1  # unifiedMarginStatus of a classic (non-unified) account
MARGIN_MODES = {"ISOLATED_MARGIN": "unified_isolated", "REGULAR_MARGIN": "unified_cross",
                "PORTFOLIO_MARGIN": "portfolio_margin"}
#: Modes in which Bybit values every collateral coin (after its ratio) as margin for the whole account.
CROSS_COLLATERAL_MODES = frozenset({"unified_cross", "portfolio_margin"})

# venue URL -> (fetched at, coin -> rule); public data, shared by every account on that URL
_tables: dict[str, tuple[datetime, dict[str, CollateralRule]]] = {}


async def probe(ctx: ProbeContext) -> ProbeResult:
    info = await ctx.optional("the account mode", lambda: ctx.exchange.privateGetV5AccountInfo({}))
    info_result = _result(info)
    mode = account_mode(info_result)
    wallet = wallet_entry(ctx.balance)
    collateral: tuple[CollateralRule, ...] = ()
    as_of: datetime | None = None
    if mode in CROSS_COLLATERAL_MODES:
        assets = collateral_assets(wallet)
        if assets:
            fetched = await daily_table(ctx, _tables, "collateral value ratios",
                                        lambda: ctx.exchange.publicGetV5SpotMarginTradeCollateral({}), collateral_rules)
            if fetched is not None:
                as_of, table = fetched
                collateral = tuple(table[a] for a in assets if a in table)
    raw = {k: str(info_result[k]) for k in ("unifiedMarginStatus", "marginMode") if info_result.get(k) is not None}
    raw.update({k: str(v) for k, v in wallet.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)})
    margin = AccountMargin(
        mode=mode, position_mode=position_mode(ctx.positions),
        equity_usd=number(wallet.get("totalEquity")),
        collateral_value_usd=number(wallet.get("totalMarginBalance")),
        maintenance_margin_usd=number(wallet.get("totalMaintenanceMargin")),
        margin_ratio=number(wallet.get("accountMMRate")),
        collateral=collateral, collateral_as_of=as_of if collateral else None,
        collateral_source=COLLATERAL_SOURCE if collateral else "", raw=raw)
    return ProbeResult(margin=margin, adl_ranks=ranks_from_rows(ctx.positions, "adlRankIndicator"))


def account_mode(info_result: Mapping[str, Any]) -> str:
    """A key of ``core.model.ACCOUNT_MODES`` from ``/v5/account/info`` ``result``; "" when unknown."""
    status = number(info_result.get("unifiedMarginStatus"))
    if status is None:
        return ""
    if int(status) == CLASSIC_STATUS:
        return "classic"
    return MARGIN_MODES.get(str(info_result.get("marginMode") or "").upper(), "")


def wallet_entry(balance: Mapping[str, Any]) -> Mapping[str, Any]:
    """The account row of the raw ``/v5/account/wallet-balance`` answer ccxt kept in ``balance['info']``."""
    rows = _result(balance.get("info")).get("list")
    if not isinstance(rows, list):
        return {}
    entries = [r for r in rows if isinstance(r, Mapping)]
    unified = [r for r in entries if str(r.get("accountType", "")).upper() == "UNIFIED"]
    return (unified or entries or [{}])[0]


def collateral_assets(wallet: Mapping[str, Any]) -> list[str]:
    """Coins held (equity > 0) that count as margin: collateral on the platform and switched on by the user
    (a coin row without the flags counts, as Bybit's default is on)."""
    out: list[str] = []
    for coin in wallet.get("coin") or ():
        if not isinstance(coin, Mapping) or not coin.get("coin"):
            continue
        equity = number(coin.get("equity"))
        if equity is None:
            equity = number(coin.get("walletBalance"))
        if not equity or equity <= 0:
            continue
        if coin.get("marginCollateral") is False or coin.get("collateralSwitch") is False:
            continue
        name = str(coin["coin"]).upper()
        if name not in out:
            out.append(name)
    return out


def collateral_rules(answer: Any) -> dict[str, CollateralRule]:
    """``/v5/spot-margin-trade/collateral`` -> coin -> rule (bands in coin quantity)."""
    rules: dict[str, CollateralRule] = {}
    for row in _result(answer).get("list") or ():
        if not isinstance(row, Mapping) or not row.get("currency"):
            continue
        tiers = []
        for band in row.get("collateralRatioList") or ():
            if not isinstance(band, Mapping):
                continue
            floor, rate = number(band.get("minQty")), number(band.get("collateralRatio"))
            cap = number(band.get("maxQty"))
            if floor is None or rate is None:
                continue
            tiers.append(CollateralTier(floor=floor, cap=cap if cap is not None else math.inf, rate=rate))
        if tiers:
            asset = str(row["currency"]).upper()
            rules[asset] = CollateralRule(asset=asset, tiers=tuple(sorted(tiers, key=lambda t: t.floor)),
                                          unit="asset")
    return rules


def position_mode(positions: Sequence[Mapping[str, Any]]) -> str:
    """"hedge" when a position row carries positionIdx 1 or 2, "one_way" when rows carry 0, else ""."""
    indexes = {str(info_of(p).get("positionIdx", "")) for p in positions}
    if indexes & {"1", "2"}:
        return "hedge"
    return "one_way" if "0" in indexes else ""





def _result(answer: Any) -> Mapping[str, Any]:
    result = answer.get("result") if isinstance(answer, Mapping) else None
    return result if isinstance(result, Mapping) else {}

