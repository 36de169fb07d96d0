"""Account probe for OKX v5: the account level and position mode, OKX's own account figures, its tiered
collateral discount rates and the ADL indicator of each position.

Requests (all through ``ctx.optional``; a failure leaves the account fresh, with a "synced with gaps" note):

* ``GET /api/v5/account/config`` (``privateGetAccountConfig``), every sync: ``acctLv`` (1 spot, 2 futures,
  3 multi-currency margin, 4 portfolio margin) and ``posMode`` (``long_short_mode`` = hedge, ``net_mode`` =
  one-way). The connection test reads the key's ``perm`` from the same endpoint; a sync asks it once.
* ``GET /api/v5/public/discount-rate-interest-free-quota`` (``publicGetPublicDiscountRateInterestFreeQuota``,
  public, every currency in one answer), only at levels 1, 3 and 4, where OKX values each currency after its
  discount (``adjEq``). ``details`` are marginal bands; OKX's API documentation gives ``minAmt``/``maxAmt`` in
  units of the currency ("The unit is the currency like BTC", "" = no upper bound), and ``minDiscountRate``
  applies beyond the last band. Cached on this module for a day per venue URL; when a refresh fails the last
  table is used with its own date.

Read without a request: the account figures from the balance ccxt already fetched (``balance['info']``
``data[0]``: ``totalEq``, ``adjEq``, ``mmr``, ``mgnRatio``; OKX leaves the last three "" in futures mode);
which currencies are collateral (``collateralEnabled`` on each ``details`` row with ``eq`` > 0); the ADL
indicator (``adl`` on each position row; ccxt 4.5.90 has no OKX ADL method).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from core.exchanges.probes import ProbeContext, ProbeResult, daily_table, info_of, number, ranks_from_rows
from core.model import AccountMargin, CollateralRule, CollateralTier

COLLATERAL_SOURCE = "OKX GET /api/v5/public/discount-rate-interest-free-quota"
LEVELS = {"1": "spot", "2": "futures", "3": "multi_currency", "4": "portfolio_margin"}
POSITION_MODES = {"long_short_mode": "hedge", "net_mode": "one_way"}
#: Levels at which OKX counts every collateral currency after its discount rate (``adjEq``).
DISCOUNTED_MODES = frozenset({"spot", "multi_currency", "portfolio_margin"})
CONFIG_FIELDS = ("acctLv", "posMode", "mgnIsoMode", "ctIsoMode", "autoLoan", "greeksType", "level")

# venue URL -> (fetched at, currency -> rule); public data, shared by every account on that URL
_tables: dict[str, tuple[datetime, dict[str, CollateralRule]]] = {}


async def probe(ctx: ProbeContext) -> ProbeResult:
    answer = await ctx.optional("the account configuration", lambda: ctx.exchange.privateGetAccountConfig({}))
    config = _first(answer)
    mode = LEVELS.get(str(config.get("acctLv", "")), "")
    pos_mode = POSITION_MODES.get(str(config.get("posMode", "")), "") or position_mode(ctx.positions)
    account = _first(ctx.balance.get("info"))
    collateral: tuple[CollateralRule, ...] = ()
    as_of: datetime | None = None
    if mode in DISCOUNTED_MODES:
        assets = collateral_assets(account)
        if assets:
            fetched = await daily_table(ctx, _tables, "discount-rate tiers",
                                        lambda: ctx.exchange.publicGetPublicDiscountRateInterestFreeQuota({}),
                                        discount_rules)
            if fetched is not None:
                as_of, table = fetched
                collateral = tuple(table[a] for a in assets if a in table)
    raw = {k: str(config[k]) for k in CONFIG_FIELDS if config.get(k) is not None}
    raw.update({k: str(v) for k, v in account.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)})
    margin = AccountMargin(
        mode=mode, position_mode=pos_mode,
        equity_usd=number(account.get("totalEq")),
        collateral_value_usd=number(account.get("adjEq")),
        maintenance_margin_usd=number(account.get("mmr")),
        margin_ratio=number(account.get("mgnRatio")),
        collateral=collateral, collateral_as_of=as_of if collateral else None,
        collateral_source=COLLATERAL_SOURCE if collateral else "", raw=raw)
    return ProbeResult(margin=margin, adl_ranks=ranks_from_rows(ctx.positions, "adl"))


def collateral_assets(account: Mapping[str, Any]) -> list[str]:
    """Currencies held (``eq`` > 0) that OKX counts as collateral (``collateralEnabled`` not false)."""
    out: list[str] = []
    for row in account.get("details") or ():
        if not isinstance(row, Mapping) or not row.get("ccy"):
            continue
        equity = number(row.get("eq"))
        if not equity or equity <= 0 or row.get("collateralEnabled") is False:
            continue
        name = str(row["ccy"]).upper()
        if name not in out:
            out.append(name)
    return out


def discount_rules(answer: Any) -> dict[str, CollateralRule]:
    """``/api/v5/public/discount-rate-interest-free-quota`` -> currency -> rule (bands in currency units)."""
    rules: dict[str, CollateralRule] = {}
    for row in (answer.get("data") if isinstance(answer, Mapping) else None) or ():
        if not isinstance(row, Mapping) or not row.get("ccy"):
            continue
        tiers = []
        for band in row.get("details") or ():
            if not isinstance(band, Mapping):
                continue
            floor, rate = number(band.get("minAmt")), number(band.get("discountRate"))
            cap = number(band.get("maxAmt"))
            if floor is None or rate is None:
                continue
            tiers.append(CollateralTier(floor=floor, cap=cap if cap is not None else math.inf, rate=rate))
        if not tiers:
            continue
        tiers.sort(key=lambda t: t.floor)
        beyond = number(row.get("minDiscountRate"))
        if math.isfinite(tiers[-1].cap) and beyond is not None:
            tiers.append(CollateralTier(floor=tiers[-1].cap, cap=math.inf, rate=beyond))
        asset = str(row["ccy"]).upper()
        rules[asset] = CollateralRule(asset=asset, tiers=tuple(tiers), unit="asset")
    return rules


def position_mode(positions: Sequence[Mapping[str, Any]]) -> str:
    """From the rows when the config is unavailable: ``posSide`` long/short = hedge, net = one-way."""
    sides = {str(info_of(p).get("posSide", "")) for p in positions}
    if sides & {"long", "short"}:
        return "hedge"
    return "one_way" if "net" in sides else ""





def _first(answer: Any) -> Mapping[str, Any]:
    data = answer.get("data") if isinstance(answer, Mapping) else None
    first = data[0] if isinstance(data, list) and data else None
    return first if isinstance(first, Mapping) else {}

