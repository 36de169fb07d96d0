"""Account probe for Binance futures (USDⓈ-M ``binanceusdm``, COIN-M ``binancecoinm``, the unified ``binance`` id):
the account's mode, the venue's own account figures, its collateral haircuts and the ADL quantile of each position.

What ccxt (4.5.90) does not parse, read through its implicit methods (each through ``ctx.optional``, so a failure
is a "synced with gaps" problem and never fails the account):

* Mode. USDⓈ-M: ``fapiPrivateGetMultiAssetsMargin`` (GET /fapi/v1/multiAssetsMargin, ``{"multiAssetsMargin":
  bool}``) -> ``multi_assets`` / ``single_asset``; when it fails, the account payload's own ``multiAssetsMargin``
  (the v2 account has it, v3 not), else unknown (``""``). Position mode:
  ``fapiPrivateGetPositionSideDual`` (GET /fapi/v1/positionSide/dual, ``{"dualSidePosition": bool}``; COIN-M:
  ``dapiPrivateGetPositionSideDual``; Portfolio Margin: ``papiGetUmPositionSideDual`` / ``papiGetCmPositionSideDual``)
  -> ``hedge`` / ``one_way``; when it fails, the held positions' ``positionSide`` (LONG/SHORT = hedge) decides.
* Portfolio Margin (PM). Two ways, because ccxt cannot tell: it reads a PM account only when the caller says
  ``portfolioMargin`` (ccxt#24194, #24950), and the PM wallet (USDⓈ-M, COIN-M and cross margin merged) is read
  from /papi, not /fapi:

  1. the user says so: ``AccountConfig.options[OPTION_PORTFOLIO_MARGIN]`` true. ``call_params`` then passes
     ``{"portfolioMargin": True}``, so ccxt reads positions from /papi/v1/um/positionRisk (cm/ for COIN-M) and the
     balance from /papi/v1/balance; the probe reads ``papiGetAccount`` (GET /papi/v1/account) at every sync.
  2. a check, once per ccxt client (one request per account per application session, again after its settings
     change): ``papiGetAccount`` answers only for a PM account (any other key gets -2015). If it answers with a
     PM account, the mode is ``portfolio_margin`` with its figures, and a problem tells the user to turn the
     option on (positions and balance came from /fapi, which does not hold the PM wallet). A refusal means "not
     PM" and is not a problem; a transient failure (timeout, 5xx, 429) leaves it undecided until the next sync.
* Venue account figures. Single-asset / Multi-Assets: the /fapi/v3 account that ccxt's ``fetch_balance`` keeps in
  ``info`` (no extra request): ``totalMarginBalance`` (-> ``collateral_value_usd``; in Multi-Assets mode already
  valued at the haircut bid rates, Binance FAQ "How to Calculate Margin in Multi-Assets Mode"),
  ``totalMaintMargin`` (-> ``maintenance_margin_usd``) and ``margin_ratio`` = totalMaintMargin ÷
  totalMarginBalance, the account margin ratio Binance shows (liquidation at 100 %). ``equity_usd`` =
  totalMarginBalance in single-asset mode (no haircut there); None in Multi-Assets mode (Binance reports no
  pre-haircut total). Single-asset totals are in USDT ("only for USDT asset"), Multi-Assets ones in USD.
  PM: /papi/v1/account ``actualEquity`` (equity without collateral rate -> ``equity_usd``), ``accountEquity``
  (with collateral rates -> ``collateral_value_usd``), ``accountMaintMargin``, ``uniMMR`` (-> ``margin_ratio``,
  = accountEquity ÷ accountMaintMargin: higher is safer, the inverse sense of the futures margin ratio; Binance's
  margin levels, from margin call to liquidation, are uniMMR thresholds) and ``accountStatus``. COIN-M (not
  PM) has no account totals: no figures, mode ``""``. ``raw`` keeps the fields as strings.
* Haircuts, cached on this module per (endpoint URL, UTC day of the sync), ``collateral_as_of`` = when fetched:
  Multi-Assets: ``fapiPublicGetAssetIndex`` (GET /fapi/v1/assetIndex, public): per asset pair ``XUSD`` the
  ``bidBuffer`` is the valuation discount, ``bidRate = index × (1 − bidBuffer)`` (ADAUSD in Binance's API docs:
  1.92957370 × 0.9 = 1.73661633); rate = 1 − bidBuffer, one flat band. PM: ``sapiGetPortfolioCollateralRate``
  (GET /sapi/v1/portfolio/collateralRate, ``[{"asset", "collateralRate"}]``), one flat band per asset.
* ADL: ``exchange.fetch_positions_adl_rank`` (GET /fapi/v1/adlQuantile; /papi/v1/um/adlQuantile with
  ``portfolioMargin``; /dapi/v1/adlQuantile for COIN-M), quantiles 0–4 (low to high). ccxt folds LONG/SHORT/BOTH
  into one number per symbol, so the raw ``adlQuantile`` in ``info`` is mapped per position: one-way positions
  (``positionSide`` BOTH) take ``BOTH``; hedge-mode positions take ``LONG`` / ``SHORT`` (cross hedge: the two are
  equal and ``HEDGE`` is only a flag). A position the call does not cover keeps the ``adl`` field of its
  /fapi/v3/positionRisk row, when it has one.
"""

from __future__ import annotations

import asyncio
import logging
import math
import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from core.exchanges.errors import category_of
from core.exchanges.probes import ProbeContext, ProbeResult, info_of, number
from core.model import AccountMargin, CollateralRule, CollateralTier
from core.retry import TRANSIENT
from core.sync import SourceError

log = logging.getLogger(__name__)

#: ``AccountConfig.options`` key: true for a Binance Portfolio Margin account (positions and balance from /papi).
OPTION_PORTFOLIO_MARGIN = "portfolio_margin"

MULTI_ASSETS_SOURCE = "GET /fapi/v1/assetIndex (bidBuffer)"
PM_COLLATERAL_SOURCE = "GET /sapi/v1/portfolio/collateralRate"
#: /fapi/v3 account fields kept in ``AccountMargin.raw`` (single-asset and Multi-Assets modes)
FAPI_ACCOUNT_FIELDS = ("totalMarginBalance", "totalMaintMargin", "totalWalletBalance", "totalUnrealizedProfit",
                       "totalInitialMargin", "availableBalance", "maxWithdrawAmount")
PM_ADVICE = ("{venue}: this key reads a Binance Portfolio Margin account, but the account is set up as a regular "
             "futures account, so its positions and balances were read from the futures wallet and may be missing. "
             "Turn on 'Portfolio Margin' for this account.")

_TRUE = ("1", "true", "yes", "on")

# (endpoint URL, UTC day) -> (rules, when fetched)
_collateral_cache: dict[tuple[str, date], tuple[tuple[CollateralRule, ...], datetime]] = {}
# ccxt client -> True (a PM account answered /papi) / False (it refused); absent = not checked yet
_pm_checked: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


# --- configuration ------------------------------------------------------------------------------------------------
def portfolio_margin(config: Any) -> bool:
    """True when the user marked this account as a Binance Portfolio Margin account."""
    value = (getattr(config, "options", None) or {}).get(OPTION_PORTFOLIO_MARGIN)
    return value is True or str(value).strip().lower() in _TRUE


def call_params(config: Any) -> dict[str, Any]:
    """``{"portfolioMargin": True}`` for a PM account: ccxt then reads positions and balance from /papi."""
    return {"portfolioMargin": True} if portfolio_margin(config) else {}


def clear_cache() -> None:
    """Forget the cached haircut tables and Portfolio Margin checks (tests)."""
    _collateral_cache.clear()
    _pm_checked.clear()


# --- small readers ------------------------------------------------------------------------------------------------
def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return True if text == "true" else False if text == "false" else None


def _inverse(exchange: Any) -> bool:
    """COIN-M client (ccxt's ``defaultSubType``), else USDⓈ-M."""
    return str((getattr(exchange, "options", None) or {}).get("defaultSubType") or "") == "inverse"


def _held(positions: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [p for p in positions if (number(p.get("contracts")) or 0.0) > 0 and p.get("symbol")]


# --- ADL ----------------------------------------------------------------------------------------------------------
def _rank(value: Any) -> int | None:
    rank = number(value)
    return int(rank) if rank is not None and rank >= 0 else None


def adl_ranks(entries: Sequence[Mapping[str, Any]] | None, positions: Sequence[Mapping[str, Any]],
              hedge: bool | None = None) -> dict[tuple[str, str], int]:
    """{(ccxt symbol, "long"/"short"): ADL quantile 0–4} for the held ``positions`` (ccxt-parsed, raw in ``info``).

    ``entries``: ccxt's ``fetch_positions_adl_rank`` result (raw ``{"symbol", "adlQuantile"}`` in ``info``), or
    None when that call failed. ``hedge``: the account's position mode, used only for a row without a
    ``positionSide``. A position left uncovered keeps its /fapi/v3 ``adl`` field."""
    quantiles: dict[str, Mapping[str, Any]] = {}
    for entry in entries or ():
        raw = info_of(entry) or entry
        quantile = raw.get("adlQuantile")
        if raw.get("symbol") and isinstance(quantile, Mapping):
            quantiles[str(raw["symbol"])] = quantile
    out: dict[tuple[str, str], int] = {}
    for position in _held(positions):
        side = str(position.get("side") or "")
        if side not in ("long", "short"):
            continue
        raw = info_of(position)
        position_side = str(raw.get("positionSide") or "").upper()
        if position_side not in ("LONG", "SHORT", "BOTH"):
            position_side = side.upper() if hedge else "BOTH"
        quantile = quantiles.get(str(raw.get("symbol") or ""), {})
        rank = _rank(quantile.get(position_side))
        if rank is None:
            rank = _rank(raw.get("adl"))  # /fapi/v3/positionRisk carries the position's own quantile
        if rank is not None:
            out[(str(position["symbol"]), side)] = rank
    return out


# --- haircuts -----------------------------------------------------------------------------------------------------
def multi_assets_rules(asset_index: Any) -> tuple[CollateralRule, ...]:
    """/fapi/v1/assetIndex rows -> one flat rule per asset: rate = 1 − bidBuffer (the bid valuation discount)."""
    rows = asset_index if isinstance(asset_index, list) else [asset_index] if isinstance(asset_index, Mapping) else []
    rules = []
    for row in rows:
        pair, buffer = str((row or {}).get("symbol") or ""), number((row or {}).get("bidBuffer"))
        if pair.endswith("USD") and len(pair) > 3 and buffer is not None and 0 <= buffer <= 1:
            rules.append(CollateralRule(pair[:-3], (CollateralTier(0.0, math.inf, 1.0 - buffer),)))
    return tuple(sorted(rules, key=lambda r: r.asset))


def portfolio_margin_rules(rates: Any) -> tuple[CollateralRule, ...]:
    """/sapi/v1/portfolio/collateralRate rows -> one flat rule per asset at ``collateralRate``."""
    rules = []
    for row in rates if isinstance(rates, list) else []:
        asset, rate = str((row or {}).get("asset") or ""), number((row or {}).get("collateralRate"))
        if asset and rate is not None and 0 <= rate <= 1:
            rules.append(CollateralRule(asset, (CollateralTier(0.0, math.inf, rate),)))
    return tuple(sorted(rules, key=lambda r: r.asset))


async def _collateral(ctx: ProbeContext, url: str, piece: str, fetch: Callable[[], Awaitable[Any]],
                      parse: Callable[[Any], tuple[CollateralRule, ...]]) -> tuple[tuple[CollateralRule, ...],
                                                                                 datetime | None]:
    """The haircut table behind ``url``: cached for the UTC day of the sync, else fetched (through ``optional``)."""
    key = (url, (ctx.now.astimezone(UTC) if ctx.now.tzinfo else ctx.now).date())
    cached = _collateral_cache.get(key)
    if cached is not None:
        return cached
    rules = parse(await ctx.optional(piece, fetch))
    if not rules:
        return (), None
    for old in [k for k in _collateral_cache if k[0] == url]:
        del _collateral_cache[old]  # one day kept per endpoint
    _collateral_cache[key] = (rules, ctx.now)
    return rules, ctx.now


def _api_url(exchange: Any, api: str, path: str) -> str:
    return f"{(getattr(exchange, 'urls', None) or {}).get('api', {}).get(api, api)}/{path}"


# --- Portfolio Margin ---------------------------------------------------------------------------------------------
def _is_pm_account(answer: Any) -> bool:
    return isinstance(answer, Mapping) and any(k in answer for k in ("uniMMR", "accountStatus", "accountEquity"))


async def _portfolio_account(ctx: ProbeContext) -> tuple[bool, Mapping[str, Any] | None]:
    """(is the account PM, its /papi/v1/account or None when that read failed)."""
    exchange = ctx.exchange
    if portfolio_margin(ctx.config) or _pm_checked.get(exchange):
        answer = await ctx.optional("the Portfolio Margin account", lambda: exchange.papiGetAccount())
        return True, answer if isinstance(answer, Mapping) else None
    if exchange in _pm_checked:
        return False, None
    try:
        answer = await exchange.papiGetAccount()
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - a refusal is the answer for every account that is not PM
        if category_of(exc) not in TRANSIENT:
            _pm_checked[exchange] = False
        log.debug("Portfolio Margin check: %s", type(exc).__name__)
        return False, None
    _pm_checked[exchange] = _is_pm_account(answer)
    return _pm_checked[exchange], answer if _pm_checked[exchange] else None


async def _advise_portfolio_margin(ctx: ProbeContext) -> None:
    from core.exchanges.venues import venue_spec

    message = PM_ADVICE.format(venue=venue_spec(str(getattr(ctx.config, "venue", ""))).name)

    async def say() -> None:
        raise SourceError("other", message)

    await ctx.optional("the account mode", say)


# --- the probe ----------------------------------------------------------------------------------------------------
def _position_mode(dual: Any, positions: Sequence[Mapping[str, Any]]) -> str:
    flag = _flag(dual.get("dualSidePosition")) if isinstance(dual, Mapping) else None
    if flag is None:
        sides = {str(info_of(p).get("positionSide") or "").upper() for p in _held(positions)}
        flag = True if sides & {"LONG", "SHORT"} else False if "BOTH" in sides else None
    return "" if flag is None else "hedge" if flag else "one_way"


def _fapi_figures(account: Mapping[str, Any], single_asset: bool) -> dict[str, Any]:
    """Figures from the /fapi/v3 account; equity only where no haircut applies (single-asset mode known)."""
    balance, maint = number(account.get("totalMarginBalance")), number(account.get("totalMaintMargin"))
    return {"equity_usd": balance if single_asset else None, "collateral_value_usd": balance,
            "maintenance_margin_usd": maint,
            "margin_ratio": maint / balance if maint is not None and balance is not None and balance > 0 else None,
            "raw": {k: str(account[k]) for k in FAPI_ACCOUNT_FIELDS if account.get(k) is not None}}


def _pm_figures(account: Mapping[str, Any]) -> dict[str, Any]:
    return {"equity_usd": number(account.get("actualEquity")),
            "collateral_value_usd": number(account.get("accountEquity")),
            "maintenance_margin_usd": number(account.get("accountMaintMargin")),
            "margin_ratio": number(account.get("uniMMR")), "status": str(account.get("accountStatus") or ""),
            "raw": {str(k): str(v) for k, v in account.items() if v is not None}}


async def probe(ctx: ProbeContext) -> ProbeResult:
    exchange, inverse = ctx.exchange, _inverse(ctx.exchange)
    pm, pm_account = await _portfolio_account(ctx)
    if pm and not portfolio_margin(ctx.config):
        await _advise_portfolio_margin(ctx)
    held = _held(ctx.positions)

    async def nothing() -> None:
        return None

    if pm:
        dual_call = exchange.papiGetCmPositionSideDual if inverse else exchange.papiGetUmPositionSideDual
    else:
        dual_call = exchange.dapiPrivateGetPositionSideDual if inverse else exchange.fapiPrivateGetPositionSideDual
    adl_params = {"portfolioMargin": True} if pm else {}
    dual, multi, adl = await asyncio.gather(
        ctx.optional("the position mode", lambda: dual_call()),
        ctx.optional("the Multi-Assets mode", lambda: exchange.fapiPrivateGetMultiAssetsMargin())
        if not (pm or inverse) else nothing(),
        ctx.optional("ADL ranks", lambda: exchange.fetch_positions_adl_rank(None, adl_params)) if held else nothing())
    position_mode = _position_mode(dual, ctx.positions)

    figures: dict[str, Any] = {}
    collateral: tuple[CollateralRule, ...] = ()
    as_of: datetime | None = None
    source = ""
    if pm:
        mode = "portfolio_margin"
        figures = _pm_figures(pm_account) if pm_account is not None else {}
        collateral, as_of = await _collateral(
            ctx, _api_url(exchange, "sapi", "portfolio/collateralRate"), "collateral rates",
            lambda: exchange.sapiGetPortfolioCollateralRate(), portfolio_margin_rules)
        source = PM_COLLATERAL_SOURCE if collateral else ""
    elif inverse:
        mode = ""  # COIN-M: margin per coin, no account-wide mode or totals
    else:
        info = ctx.balance.get("info")
        account: Mapping[str, Any] = info if isinstance(info, Mapping) else {}
        flag = _flag(multi.get("multiAssetsMargin")) if isinstance(multi, Mapping) else None
        if flag is None:
            flag = _flag(account.get("multiAssetsMargin"))  # the v2 account carries it too
        mode = "" if flag is None else "multi_assets" if flag else "single_asset"
        figures = _fapi_figures(account, flag is False) if account.get("totalMarginBalance") is not None else {}
        if flag:
            collateral, as_of = await _collateral(
                ctx, _api_url(exchange, "fapiPublic", "assetIndex"), "Multi-Assets collateral rates",
                lambda: exchange.fapiPublicGetAssetIndex(), multi_assets_rules)
            source = MULTI_ASSETS_SOURCE if collateral else ""
        if flag is not None:
            figures["raw"] = {**figures.get("raw", {}), "multiAssetsMargin": str(flag).lower()}
    if position_mode and isinstance(dual, Mapping):
        figures["raw"] = {**figures.get("raw", {}), "dualSidePosition": str(position_mode == "hedge").lower()}

    margin = AccountMargin(mode=mode, position_mode=position_mode, collateral=collateral, collateral_as_of=as_of,
                           collateral_source=source, **figures)
    ranks = adl_ranks(adl if isinstance(adl, list) else None, ctx.positions, position_mode == "hedge")
    return ProbeResult(margin=margin, adl_ranks=ranks)
