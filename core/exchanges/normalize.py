"""ccxt unified structures -> the domain model.

Both the live ccxt source and the bundled demo produce the same raw bundles, and both come through
here, so the demo exercises the real code path:

* account bundle: ``{"positions": [ccxt position], "balance": ccxt balance, "leverages": {symbol: ccxt leverage}}``
* market bundle (one venue): ``{"exchange", "fetched_at", "markets": {symbol: ccxt market}, "tickers",
  "funding_rates", "open_interest", "order_books", "leverage_tiers", "ohlcv", "long_short_ratio"}`` (each keyed
  by symbol; ``long_short_ratio`` holds the venue's latest accounts long / short ratio as a number)

ccxt leaves many fields ``None`` depending on venue and endpoint (see reference/liquidation.md §8.1);
every lookup here tolerates that. Values that cannot be trusted become ``None``, never 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from core.contracts import notional_usd, position_size, size_in_base
from core.liquidation.tiers import TierRow, TierTableError, mmr_for_max_leverage, tiers_from_rows
from core.model import Account, Balance, LeverageTier, MarginMode, MarketState, Position, Side
from core.venues import venue_spec


class NormalizationError(ValueError):
    """A payload is unusable (missing required fields). The message names the field and symbol."""


def num(value: Any) -> float | None:
    """A finite float, or None for None/''/NaN/garbage."""
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _positive(value: Any) -> float | None:
    f = num(value)
    return f if f is not None and f > 0 else None


def settle_of(symbol: str) -> str:
    """The settle currency of a ccxt unified symbol: ``BTC/USDT:USDT`` -> USDT, and for a dated future
    ``BTC/USDT:USDT-220624`` -> USDT (the expiry is not part of the currency)."""
    return symbol.split(":")[1].split("-")[0] if ":" in symbol else symbol.split("/")[-1]


def _isolated_margin(venue: str, raw: Mapping[str, Any]) -> float | None:
    """The isolated margin a venue's formula uses as ``WB`` (settle currency): the venue's own field
    (``Venue.isolated_margin_fields``), else ccxt's initial margin or collateral."""
    info = raw.get("info") or {}
    for name in venue_spec(venue).isolated_margin_fields:
        wallet = _positive(info.get(name))
        if wallet is not None:
            return wallet
    return _positive(raw.get("initialMargin")) or _positive(raw.get("collateral"))


def position_from_ccxt(account: Account, raw: Mapping[str, Any],
                       market: Mapping[str, Any] | None = None,
                       leverage: float | None = None) -> Position | None:
    """One ccxt unified position; ``None`` for a flat row (ccxt keeps some with 0 contracts)."""
    symbol = raw.get("symbol")
    if not symbol:
        raise NormalizationError("a position without a symbol")
    contracts = num(raw.get("contracts"))
    if contracts is None or contracts == 0:
        return None
    side_text = (raw.get("side") or ("long" if contracts > 0 else "short")).lower()
    if side_text not in ("long", "short"):
        raise NormalizationError(f"{symbol}: unknown side {side_text!r}")
    entry = _positive(raw.get("entryPrice"))
    mark = _positive(raw.get("markPrice"))
    if entry is None or mark is None:
        raise NormalizationError(f"{symbol}: entry or mark price missing")
    market = market or {}
    contract_size = _positive(raw.get("contractSize")) or _positive(market.get("contractSize")) or 1.0
    inverse = bool(market.get("inverse")) if "inverse" in market else settle_of(symbol) == symbol.split("/")[0]
    mode_text = (raw.get("marginMode") or raw.get("marginType") or account.margin_mode.value).lower()
    mode = MarginMode.ISOLATED if mode_text == "isolated" else MarginMode.CROSS
    lev = _positive(raw.get("leverage")) or leverage
    return Position(
        account_id=account.id,
        venue=account.venue,
        symbol=symbol,
        side=Side(side_text),
        contracts=abs(contracts),
        contract_size=contract_size,
        entry_price=entry,
        mark_price=mark,
        margin_mode=mode,
        leverage=lev,
        isolated_margin=_isolated_margin(account.venue, raw) if mode is MarginMode.ISOLATED else None,
        liquidation_price_reported=_positive(raw.get("liquidationPrice")),
        unrealized_pnl=num(raw.get("unrealizedPnl")) or 0.0,
        maintenance_margin_rate=num(raw.get("maintenanceMarginPercentage")),
        inverse=inverse,
        hedged=bool(raw.get("hedged")),
        settle=str(market.get("settle") or settle_of(symbol)),
    )


def _leverage_of(leverages: Mapping[str, Any], symbol: str, side: str | None) -> float | None:
    entry = leverages.get(symbol) or {}
    key = "shortLeverage" if side == "short" else "longLeverage"
    return _positive(entry.get(key)) or _positive(entry.get("leverage"))


def positions_from_bundle(account: Account, bundle: Mapping[str, Any],
                          markets: Mapping[str, Mapping[str, Any]] | None = None) -> tuple[Position, ...]:
    leverages = bundle.get("leverages") or {}
    adl_ranks = bundle.get("adl_ranks") or {}
    markets = markets or {}
    out = []
    for raw in bundle.get("positions") or ():
        pos = position_from_ccxt(account, raw, markets.get(raw.get("symbol")),
                                 _leverage_of(leverages, raw.get("symbol"), raw.get("side")))
        if pos is not None:
            rank = adl_ranks.get((pos.symbol, pos.side.value))
            out.append(replace(pos, adl_rank=int(rank)) if rank is not None else pos)
    return tuple(out)


def balances_from_ccxt(account: Account, raw: Mapping[str, Any] | None) -> tuple[Balance, ...]:
    """ccxt balance -> one Balance per asset with a non-zero total (asset units)."""
    if not raw:
        return ()
    totals = raw.get("total") or {}
    free = raw.get("free") or {}
    used = raw.get("used") or {}
    out = []
    for asset in sorted(totals):
        total = num(totals[asset])
        if total is None or total == 0:
            continue
        out.append(Balance(account.id, asset, total, num(free.get(asset)), num(used.get(asset))))
    return tuple(out)


def _book_side(levels: Iterable[Any] | None, contract_size: float, inverse: bool) -> tuple[tuple[float, float], ...]:
    """ccxt book levels -> (price, base amount). ccxt gives derivative book amounts in contracts
    (OKX: 0.01 BTC per contract; inverse: USD face per contract), so convert them to base units."""
    out = []
    for level in levels or ():
        price, amount = num(level[0]), num(level[1])
        if price and amount and price > 0 and amount > 0:
            base = size_in_base(position_size(amount, contract_size), price, inverse)
            out.append((price, base))
    return tuple(out)


def _closes(candles: Iterable[Any] | None) -> tuple[float, ...]:
    rows = sorted((c for c in candles or () if len(c) >= 5 and num(c[4])), key=lambda c: c[0])
    return tuple(float(c[4]) for c in rows)


def parse_time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value / 1000.0, tz=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def tiers_from_ccxt(venue: str, ccxt_tiers: Iterable[Mapping[str, Any]], label: str = "") -> tuple[LeverageTier, ...]:
    """ccxt unified leverage tiers -> validated ``LeverageTier`` tuple (sorted by floor).

    Maintenance amount: the venue's ``Venue.tier_deduction_field`` in ``info`` (Binance ``cum``, Bybit
    ``mmDeduction``), none where its tiers have no deduction (OKX), else derived by the cum recursion (which
    makes MM continuous). A venue whose tiers give only max leverage (Hyperliquid) gets MMR = 1 / (2 × max
    leverage). Raises ``TierTableError`` for a broken table.
    """
    spec = venue_spec(venue)
    rows: list[TierRow] = []
    for raw in ccxt_tiers:
        info = raw.get("info") or {}
        lo = num(raw.get("minNotional"))
        hi = num(raw.get("maxNotional"))
        mmr = num(raw.get("maintenanceMarginRate"))
        lev = num(raw.get("maxLeverage"))
        if mmr is None and spec.mmr_from_max_leverage and lev:
            mmr = mmr_for_max_leverage(lev)
        if lo is None or mmr is None:
            raise TierTableError(f"{label or venue}: tier {raw.get('tier')!r} lacks minNotional or "
                                 "maintenanceMarginRate")
        amount = num(info.get(spec.tier_deduction_field)) if spec.tier_deduction_field else None
        rows.append(TierRow(lo, math.inf if hi is None or hi <= 0 else hi, mmr, lev or 1.0, amount,
                            int(num(raw.get("tier")) or len(rows) + 1)))
    return tiers_from_rows(rows, deducted=spec.tier_deduction, label=label or venue)


def _interval_hours(text: Any) -> float | None:
    """ccxt's funding ``interval`` ("8h", "1h", "4h") in hours; None when absent or unreadable."""
    if not isinstance(text, str) or not text.endswith("h"):
        return None
    hours = num(text[:-1])
    return hours if hours is not None and hours > 0 else None


def market_from_bundle(venue: str, symbol: str, bundle: Mapping[str, Any]) -> MarketState | None:
    """Market state of one symbol from a venue bundle; ``None`` if no price is known at all."""
    market = (bundle.get("markets") or {}).get(symbol) or {}
    ticker = (bundle.get("tickers") or {}).get(symbol) or {}
    funding = (bundle.get("funding_rates") or {}).get(symbol) or {}
    oi = (bundle.get("open_interest") or {}).get(symbol) or {}
    book = (bundle.get("order_books") or {}).get(symbol) or {}
    info = ticker.get("info") or {}
    mark = (_positive(ticker.get("markPrice")) or _positive(funding.get("markPrice"))
            or _positive(info.get("markPrice")) or _positive(ticker.get("last")))
    if mark is None:
        return None
    contract_size = _positive(market.get("contractSize")) or 1.0
    oi_usd = _positive(oi.get("openInterestValue"))
    oi_amount = _positive(oi.get("openInterestAmount"))
    if oi_usd is None and oi_amount is not None:
        oi_usd = notional_usd(position_size(oi_amount, contract_size), mark, bool(market.get("inverse")))
    raw_tiers = (bundle.get("leverage_tiers") or {}).get(symbol) or []
    return MarketState(
        venue=venue,
        symbol=symbol,
        mark_price=mark,
        index_price=_positive(ticker.get("indexPrice")) or _positive(funding.get("indexPrice")),
        last_price=_positive(ticker.get("last")),
        funding_rate=num(funding.get("fundingRate")),
        open_interest_usd=oi_usd,
        open_interest_contracts=oi_amount,
        bids=_book_side(book.get("bids"), contract_size, bool(market.get("inverse"))),
        asks=_book_side(book.get("asks"), contract_size, bool(market.get("inverse"))),
        daily_closes=_closes((bundle.get("ohlcv") or {}).get(symbol)),
        tiers=tiers_from_ccxt(venue, raw_tiers) if raw_tiers else (),
        tiers_fetched_at=parse_time(bundle.get("fetched_at")) if raw_tiers else None,
        contract_size=contract_size,
        inverse=bool(market.get("inverse")),
        taker_fee_rate=num(market.get("taker")),
        next_funding_at=parse_time(funding.get("fundingTimestamp") or funding.get("nextFundingTimestamp")),
        funding_interval_h=_interval_hours(funding.get("interval")),
        long_short_ratio=_positive((bundle.get("long_short_ratio") or {}).get(symbol)),
    )


def markets_from_bundle(venue: str, bundle: Mapping[str, Any],
                        symbols: Iterable[str] | None = None) -> tuple[MarketState, ...]:
    wanted = list(symbols) if symbols is not None else sorted(
        set(bundle.get("tickers") or {}) | set(bundle.get("markets") or {}))
    out = []
    for symbol in wanted:
        state = market_from_bundle(venue, symbol, bundle)
        if state is not None:
            out.append(state)
    return tuple(out)
