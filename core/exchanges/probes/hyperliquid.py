"""Account probe for Hyperliquid: margin tables from the venue's ``meta``, the account's abstraction mode, its
cross-margin figures, and the role of the address read.

What ccxt (4.5.90) does not give, read through its implicit ``publicPostInfo`` (POST /info):

* ``{"type": "meta"}`` -> ``marginTables`` (``[[id, {"description", "marginTiers": [{"lowerBound",
  "maxLeverage"}]}], ...]``) and each universe asset's ``marginTableId`` / ``maxLeverage``. Hyperliquid docs,
  "Margin tiers": a table id below 50 is a single tier whose max leverage is the id; MMR of a tier = half the
  initial margin rate at its max leverage; deduction_n = deduction_{n-1} + lowerBound_n × (MMR_n − MMR_{n-1}).
  The tiers go out ccxt-shaped with ``maintenanceMarginRate`` None: the venue spec's ``mmr_from_max_leverage``
  makes ``tiers_from_ccxt`` derive MMR = 1 / (2 × max leverage) and the deduction by that same recursion.
  The meta is cached on this module per (API URL, UTC day of the sync).
* ``{"type": "userAbstraction", "user"}`` -> a bare JSON string: ``unifiedAccount`` / ``portfolioMargin`` /
  ``disabled`` / ``default`` / ``dexAbstraction`` -> ``AccountMargin.mode``.
* ``{"type": "userRole", "user"}`` (only when the address holds no position) -> ``{"role": "agent", "data":
  {"user": master}}`` for an API wallet, which never holds positions: the sync fails with a message saying
  to enter the main account's address (``connection_problem`` gives the same message to a connection test).
  A ``missing`` role (an address never used, often a typo) is a "synced with gaps" note, not a failure.

The account figures come from the ``clearinghouseState`` that ccxt's ``fetch_balance`` keeps in ``info`` (or,
when ccxt read the spot clearinghouse instead, a raw request): see ``account_margin``.

Sub-accounts and vaults: a sub-account or vault address in the account's options (``OPTION_SUB_ACCOUNT`` /
``OPTION_VAULT``, set by ``sub_account_options``) is the ``user`` whose positions and balance are read;
ccxt's ``fetch_positions`` and ``fetch_balance`` take it as ``params["user"]`` (``handle_public_address``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date
from typing import Any

from core.exchanges.probes import ProbeContext, ProbeResult, number
from core.model import AccountMargin
from core.sync import SourceError

#: Options keys of an ``AccountConfig`` naming the address read instead of the wallet (public, not secret).
OPTION_SUB_ACCOUNT = "subAccountAddress"
OPTION_VAULT = "vaultAddress"
#: Hyperliquid docs, "Margin tiers": "For IDs less than 50, there is a single tier with max leverage equal to the ID."
SINGLE_TIER_IDS_BELOW = 50
#: userAbstraction answer -> ``core.model.ACCOUNT_MODES`` key (anything else: separate perp and spot balances)
ABSTRACTION_MODES = {"unifiedAccount": "unified_account", "portfolioMargin": "portfolio_margin"}
AGENT_MESSAGE = "This address is an API wallet; enter the main account's address"
MISSING_MESSAGE = "no account has ever used this address; check it for a typo"

_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
_meta_cache: dict[tuple[str, date], Mapping[str, Any]] = {}  # (API URL, UTC day) -> the venue's meta
_meta_requests: dict[tuple[str, date], asyncio.Task[Any]] = {}  # the meta request in flight, per key


# --- configuration ------------------------------------------------------------------------------------------------
def sub_account_options(sub_account: str = "", vault: str = "") -> dict[str, str]:
    """The options entry that makes a Hyperliquid account read a sub-account or a vault instead of the wallet.

    Raises ``ValueError`` (message for the user) for a malformed address or when both are given."""
    sub_account, vault = (sub_account or "").strip(), (vault or "").strip()
    if sub_account and vault:
        raise ValueError("give either a sub-account or a vault address, not both")
    for what, value in (("sub-account", sub_account), ("vault", vault)):
        if value and not _ADDRESS.match(value):
            raise ValueError(f"the {what} address must be 0x followed by 40 hex digits, not {value!r}")
    if sub_account:
        return {OPTION_SUB_ACCOUNT: sub_account}
    return {OPTION_VAULT: vault} if vault else {}


def address_read(config: Any) -> str:
    """The address whose positions are read: the configured vault or sub-account, else the wallet ("" if none)."""
    options = getattr(config, "options", None) or {}
    for key in (OPTION_VAULT, OPTION_SUB_ACCOUNT, "walletAddress"):
        value = str(options.get(key) or "").strip()
        if value:
            return value
    return ""


def call_params(config: Any) -> dict[str, Any]:
    """``{"user": address}`` for ``fetch_positions`` / ``fetch_balance`` (ccxt reads ``params["user"]`` before its
    ``walletAddress``). Always passed, so ccxt's ``fetch_balance`` re-reads the abstraction mode at every sync
    instead of keeping the first answer for the client's lifetime."""
    address = address_read(config)
    return {"user": address} if address else {}


# --- margin tables ------------------------------------------------------------------------------------------------
def margin_tables(meta: Mapping[str, Any]) -> dict[int, Mapping[str, Any]]:
    """``meta["marginTables"]`` (a list of ``[id, table]`` pairs) as {id: table}."""
    out: dict[int, Mapping[str, Any]] = {}
    for entry in meta.get("marginTables") or ():
        if isinstance(entry, (list, tuple)) and len(entry) == 2 and isinstance(entry[1], Mapping):
            table_id = number(entry[0])
            if table_id is not None:
                out[int(table_id)] = entry[1]
    return out


def _tier(symbol: str, index: int, lower: float, upper: float | None, max_leverage: float,
          info: Mapping[str, Any]) -> dict[str, Any]:
    """One ccxt-shaped tier (bounds in USDC notional; MMR left to ``tiers_from_ccxt``)."""
    return {"tier": index + 1, "symbol": symbol, "currency": "USDC", "minNotional": lower, "maxNotional": upper,
            "maintenanceMarginRate": None, "maxLeverage": max_leverage, "info": dict(info)}


def tiers_for_asset(symbol: str, asset: Mapping[str, Any],
                    tables: Mapping[int, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """ccxt-shaped tiers of one universe asset: its margin table, or one tier at its max leverage.

    A table id below ``SINGLE_TIER_IDS_BELOW`` is one tier at that leverage; an id the meta does not list falls
    back to the asset's ``maxLeverage``. Empty when nothing usable is known."""
    table_id_value = number(asset.get("marginTableId"))
    table_id = int(table_id_value) if table_id_value is not None else None
    table = tables.get(table_id) if table_id is not None else None
    rows: list[tuple[float, float]] = []
    for raw in (table or {}).get("marginTiers") or ():
        lower, most = number(raw.get("lowerBound")), number(raw.get("maxLeverage"))
        if lower is None or most is None or most < 1:
            return []  # a broken table: no tiers rather than wrong ones
        rows.append((lower, most))
    rows.sort()
    description = str((table or {}).get("description") or "")
    if not rows:
        single = float(table_id) if table_id is not None and 0 < table_id < SINGLE_TIER_IDS_BELOW else None
        single = single or number(asset.get("maxLeverage"))
        if single is None or single < 1:
            return []
        rows, description = [(0.0, single)], f"single tier {single:g}x"
    info = {"coin": asset.get("name"), "marginTableId": table_id, "description": description}
    return [_tier(symbol, i, lower, rows[i + 1][0] if i + 1 < len(rows) else None, most,
                  {**info, "lowerBound": lower, "maxLeverage": most})
            for i, (lower, most) in enumerate(rows)]


def leverage_tiers(meta: Mapping[str, Any] | None, markets: Mapping[str, Any], symbols: Sequence[str],
                   positions: Sequence[Mapping[str, Any]] = ()) -> dict[str, list[dict[str, Any]]]:
    """{ccxt symbol: ccxt-shaped tiers} for ``symbols`` (held perps), from the meta's margin tables.

    A symbol the meta does not list (a HIP-3 dex) gets one tier at the position's own ``maxLeverage``."""
    universe = {str(a.get("name")): a for a in (meta or {}).get("universe") or () if isinstance(a, Mapping)}
    tables = margin_tables(meta or {})
    position_lev = {p.get("symbol"): ((p.get("info") or {}).get("position") or {}).get("maxLeverage")
                    for p in positions}
    out: dict[str, list[dict[str, Any]]] = {}
    for symbol in symbols:
        market = markets.get(symbol) or {}
        coin = market.get("baseName") or (market.get("info") or {}).get("name")
        asset = universe.get(str(coin)) if coin else None
        if asset is None:
            asset = {"name": coin, "maxLeverage": position_lev.get(symbol)}
        tiers = tiers_for_asset(symbol, asset, tables)
        if tiers:
            out[symbol] = tiers
    return out


async def public_leverage_tiers(exchange: Any, symbols: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The margin tables of ``symbols`` from the public meta (the calculator: no account, no address)."""
    meta = await exchange.publicPostInfo({"type": "meta"})
    return leverage_tiers(meta if isinstance(meta, Mapping) else None, exchange.markets or {}, symbols)


async def _shared_meta_request(exchange: Any, key: tuple[str, date]) -> Any:
    """``POST /info {"type": "meta"}``, one request in flight per key: the accounts of a sync share it."""
    loop = asyncio.get_running_loop()
    task = _meta_requests.get(key)
    if task is None or task.done() or task.get_loop() is not loop:
        task = loop.create_task(exchange.publicPostInfo({"type": "meta"}))
        _meta_requests[key] = task

        def forget(done: asyncio.Task[Any]) -> None:
            if _meta_requests.get(key) is done:
                del _meta_requests[key]
            if not done.cancelled():
                done.exception()  # retrieved here, so a failure nobody awaited is not logged as lost

        task.add_done_callback(forget)
    return await asyncio.shield(task)


async def _meta(ctx: ProbeContext) -> Mapping[str, Any] | None:
    """The venue's meta, once per API URL and UTC day (a failure is not cached: the next sync asks again)."""
    urls = getattr(ctx.exchange, "urls", None) or {}
    key = (str((urls.get("api") or {}).get("public", "")), ctx.now.astimezone(UTC).date())
    cached = _meta_cache.get(key)
    if cached is not None:
        return cached
    meta = await ctx.optional("margin tables", lambda: _shared_meta_request(ctx.exchange, key))
    if not isinstance(meta, Mapping) or not isinstance(meta.get("universe"), list):
        return None
    for old in [k for k in _meta_cache if k[0] == key[0]]:
        del _meta_cache[old]  # one day kept per URL
    _meta_cache[key] = meta
    return meta


# --- the account ------------------------------------------------------------------------------------------------
def _text(value: Any) -> str:
    """A bare JSON string as ccxt hands it over (``'"unifiedAccount"'``), unquoted."""
    return str(value).strip().strip('"') if value is not None else ""


def account_margin(state: Mapping[str, Any] | None, abstraction: str) -> AccountMargin:
    """The account as Hyperliquid reports it, from a ``clearinghouseState`` (USDC, counted as USD).

    * ``equity_usd``: ``marginSummary.accountValue`` — the whole perp account, isolated margins included;
    * ``collateral_value_usd``: ``crossMarginSummary.accountValue`` — the cross account value, what the cross
      positions are liquidated against (Hyperliquid applies no collateral haircut);
    * ``maintenance_margin_usd``: ``crossMaintenanceMarginUsed`` — the cross positions' maintenance margin
      (isolated positions are liquidated one by one against their own margin);
    * ``margin_ratio`` = ``crossMaintenanceMarginUsed`` ÷ ``crossMarginSummary.accountValue`` (fraction; the app's
      "cross margin ratio"; cross positions are liquidated when it reaches 1), None when the cross account value
      is not positive.

    In a unified or portfolio-margin account the collateral sits in the spot clearinghouse and the perp state does
    not describe it, so only the maintenance margin is taken there; the other figures stay None (raw kept).
    """
    mode = ABSTRACTION_MODES.get(abstraction, "standard") if abstraction else ""
    state = state or {}
    summary = state.get("marginSummary") or {}
    cross = state.get("crossMarginSummary") or {}
    raw = {"abstraction": abstraction,
           "accountValue": summary.get("accountValue"), "totalMarginUsed": summary.get("totalMarginUsed"),
           "totalNtlPos": summary.get("totalNtlPos"), "crossAccountValue": cross.get("accountValue"),
           "crossTotalMarginUsed": cross.get("totalMarginUsed"),
           "crossMaintenanceMarginUsed": state.get("crossMaintenanceMarginUsed"),
           "withdrawable": state.get("withdrawable")}
    maintenance = number(state.get("crossMaintenanceMarginUsed"))
    equity = number(summary.get("accountValue"))
    cross_value = number(cross.get("accountValue"))
    if mode in ABSTRACTION_MODES.values():  # collateral in the spot clearinghouse: the perp figures do not say
        equity = cross_value = None
    ratio = maintenance / cross_value if maintenance is not None and cross_value and cross_value > 0 else None
    return AccountMargin(mode=mode, position_mode="one_way", equity_usd=equity, collateral_value_usd=cross_value,
                         maintenance_margin_usd=maintenance, margin_ratio=ratio,
                         raw={k: str(v) for k, v in raw.items() if v not in (None, "")})


def _holds_positions(positions: Sequence[Mapping[str, Any]]) -> bool:
    return any(number(p.get("contracts")) for p in positions)


def agent_message(role: Any) -> str | None:
    """The user-facing message when a ``userRole`` answer says the address is an API wallet, else None."""
    if not isinstance(role, Mapping) or role.get("role") != "agent":
        return None
    master = str((role.get("data") or {}).get("user") or "").strip()
    hint = f" ({master})" if _ADDRESS.match(master) else ""
    return f"Hyperliquid: {AGENT_MESSAGE}{hint}. API wallets only sign orders for it and hold no positions."


async def _check_role(ctx: ProbeContext, user: str) -> None:
    """Raise ``SourceError`` when ``user`` is an API wallet (an agent holds no positions of its own)."""
    role = await ctx.optional("the address's role",
                              lambda: ctx.exchange.publicPostInfo({"type": "userRole", "user": user}))
    message = agent_message(role)
    if message:
        raise SourceError("bad_key", message)
    if isinstance(role, Mapping) and role.get("role") == "missing":  # a typo reads as an empty account: say so
        async def unknown() -> None:
            raise SourceError("other", f"Hyperliquid: {MISSING_MESSAGE} ({user}).")

        await ctx.optional("the address", unknown)


async def connection_problem(exchange: Any, config: Any, positions: Sequence[Mapping[str, Any]]) -> str | None:
    """For a connection test (``ccxt_source.probe_account``): the API-wallet message when the address read holds
    no positions and is an agent; None otherwise, or when the role cannot be read (the test stays as it was)."""
    user = address_read(config)
    if not user or _holds_positions(positions):
        return None
    try:
        role = await exchange.publicPostInfo({"type": "userRole", "user": user})
    except Exception:  # noqa: BLE001 - the role is a hint; a failure must not fail the test
        return None
    return agent_message(role)


async def probe(ctx: ProbeContext) -> ProbeResult:
    user = address_read(ctx.config)
    if not user:
        return ProbeResult()
    if not _holds_positions(ctx.positions):
        await _check_role(ctx, user)
    symbols = [p["symbol"] for p in ctx.positions if number(p.get("contracts")) and p.get("symbol")]
    tiers: dict[str, list[dict[str, Any]]] = {}
    if symbols:
        meta = await _meta(ctx)
        tiers = leverage_tiers(meta, ctx.exchange.markets or {}, symbols, ctx.positions)
    abstraction = _text(await ctx.optional(
        "the account mode", lambda: ctx.exchange.publicPostInfo({"type": "userAbstraction", "user": user})))
    state = ctx.balance.get("info")
    if not isinstance(state, Mapping) or "marginSummary" not in state:  # ccxt read the spot clearinghouse
        state = await ctx.optional(
            "the account summary", lambda: ctx.exchange.publicPostInfo({"type": "clearinghouseState", "user": user}))
    return ProbeResult(margin=account_margin(state if isinstance(state, Mapping) else None, abstraction),
                       leverage_tiers=tiers)
