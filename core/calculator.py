"""The position calculator behind ``undertow calc`` and the calculator dialog: what a venue's own calculator
shows, from the same few inputs.

In: venue, side, entry, and two of size / isolated margin / leverage (``Request``). Out (``Outcome``): the
liquidation and bankruptcy price by the venue's verified formula (``core.liquidation.calculator.calculate``, not
re-derived here), initial and maintenance margin, the largest position the tier table allows at the leverage,
and the PnL and ROE at a target price.

Size, margin and leverage tie together as ``initial margin = position value / leverage`` (Binance "How to Use the
Binance Futures Calculator": Initial Margin = Quantity × Entry Price × IMR, IMR = 1 / leverage; coin-margined:
Qty × contract multiplier × IMR / entry). Any two give the third. All three: the margin may exceed the initial
margin at the leverage (margin added to an isolated position: Bybit's "extra margin"), never fall short of it:
that is a conflict and is said, never resolved silently. ROE = PnL / initial margin (the same FAQ).

Units: ``contracts`` are the venue's contracts; a linear market's contract is ``contract_size`` base units, an
inverse one's ``contract_size`` USD. Money comes out in the settle currency (USDT/USDC for linear, the coin for
inverse) and, for the PnL, in USD too.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from core import tier_cache
from core.contracts import adverse_move_pct, position_value, unrealized_pnl
from core.liquidation import CALCULATOR_VENUES, maintenance_margin_at
from core.liquidation.base import Liquidation
from core.liquidation.calculator import CalculatorInputs, calculate, tiers_of
from core.liquidation.tiers import tier_at
from core.messages import QT_TRANSLATE_NOOP, Amount, Message, Number, Percent, message
from core.model import LeverageTier, Side
from core.tier_cache import MarketRef, SymbolError, TierTable, VenueCatalog
from core.venues import venue_spec

#: margin below the initial margin at the leverage by more than this (relative) is a conflict, not rounding
CONFLICT_TOLERANCE = 1e-6


class CalculatorError(ValueError):
    """Inputs that cannot describe one position (say which and what to change); ``text`` is the ``Message``."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True)
class Request:
    """What the trader typed. ``venue``: a calculator venue name (``CALCULATOR_VENUES``); ``contracts``:
    venue contracts (see the module docstring); ``margin``: isolated margin in the settle currency;
    ``target``: a price to evaluate the PnL at. The rest as ``CalculatorInputs``."""

    venue: str
    side: Side
    entry: float
    contracts: float | None = None
    margin: float | None = None
    leverage: float | None = None
    target: float | None = None
    contract_size: float | None = None
    cross: bool = False
    wallet: float | None = None
    other_mm: float = 0.0
    other_upnl: float = 0.0
    mmr: float | None = None
    maint_amount: float | None = None
    tiers: tuple[LeverageTier, ...] = ()
    taker_fee: float | None = None
    max_leverage: float | None = None
    settle: str = ""  # the settle currency's name, for the texts ("USDT", "BTC")


@dataclass(frozen=True)
class MaxPosition:
    """The largest position the tier table allows at one leverage, valued at the entry price.

    ``value``: settle currency; ``contracts``: venue contracts; ``base``: base units (linear) or USD face
    value (inverse). All None with ``known`` False when the table does not say (no max leverage recorded, or
    an open-ended last tier)."""

    leverage: float
    known: bool
    value: float | None = None
    contracts: float | None = None
    base: float | None = None


@dataclass(frozen=True)
class Outcome:
    liquidation: Liquidation
    inputs: CalculatorInputs  # what the formula got (contracts, margin, leverage filled in)
    inverse: bool
    settle_is_coin: bool
    value: float  # position value at entry, settle currency
    base: float  # base units (linear) or USD face value (inverse)
    initial_margin: float | None  # settle currency; None: cross without a leverage
    margin: float | None  # the isolated margin the position holds (initial + added); None for cross
    leverage: float | None  # the leverage used (given, or implied by the margin)
    implied_leverage: float | None  # position value / isolated margin, when a margin was given
    added_margin: float  # isolated margin above the initial margin at the leverage
    maintenance_margin: float  # at the entry price, settle currency
    max_leverage_here: float | None  # the tier's max leverage for this size at entry (None: not recorded)
    max_position: MaxPosition | None
    target: float | None
    pnl: float | None  # at the target, settle currency
    pnl_usd: float | None
    roe: float | None  # fraction of the initial margin
    distance_pct: float | None  # adverse move from entry to the liquidation price, %
    notes: tuple[Message, ...] = ()


FIELDS = {"entry": message(QT_TRANSLATE_NOOP("Core", "entry price")),
          "size": message(QT_TRANSLATE_NOOP("Core", "size")),
          "margin": message(QT_TRANSLATE_NOOP("Core", "margin")),
          "leverage": message(QT_TRANSLATE_NOOP("Core", "leverage")),
          "target": message(QT_TRANSLATE_NOOP("Core", "target price")),
          "contract_size": message(QT_TRANSLATE_NOOP("Core", "contract size"))}


def _positive(name: str, value: float | None) -> None:
    if value is not None and not (math.isfinite(value) and value > 0):
        raise CalculatorError(message(QT_TRANSLATE_NOOP("Core", "The {field} must be positive, got {value}."),
                                      field=FIELDS[name], value=f"{value:g}"))


def _value(contracts: float, cs: float, entry: float, inverse: bool) -> float:
    return position_value(contracts * cs, entry, inverse)


def _contracts_for(value: float, cs: float, entry: float, inverse: bool) -> float:
    """Contracts worth ``value`` (settle currency) at ``entry``: the inverse of ``_value``."""
    return (value * entry if inverse else value / entry) / cs


def _lev(value: float) -> Number:
    return Number(round(value, 2))


def size_position(r: Request) -> tuple[float, float | None, float | None, float | None, tuple[Message, ...]]:
    """(contracts, isolated margin, leverage, implied leverage, notes) from the two or three given.

    Raises ``CalculatorError`` when they are too few or conflict."""
    def money(x: float) -> Amount:
        return Amount(x, r.settle)

    inverse = CALCULATOR_VENUES[r.venue][1] if r.venue in CALCULATOR_VENUES else False
    cs = r.contract_size or 1.0
    for name, value in (("entry", r.entry), ("size", r.contracts), ("margin", r.margin),
                        ("leverage", r.leverage), ("target", r.target), ("contract_size", r.contract_size)):
        _positive(name, value)
    if r.cross:
        if r.margin is not None:
            raise CalculatorError(message(QT_TRANSLATE_NOOP(
                "Core", "Cross margin uses the wallet balance, not an isolated margin: clear the margin or switch to "
                        "isolated.")))
        if r.contracts is None:
            raise CalculatorError(message(QT_TRANSLATE_NOOP("Core", "Enter the position size.")))
        return r.contracts, None, r.leverage, None, ()
    if r.contracts is None:
        if r.margin is None:
            raise CalculatorError(message(QT_TRANSLATE_NOOP("Core", "Enter the size or the margin.")))
        if r.leverage is None:
            raise CalculatorError(message(QT_TRANSLATE_NOOP(
                "Core", "With a margin, enter the leverage too (the size is margin × leverage).")))
        return _contracts_for(r.margin * r.leverage, cs, r.entry, inverse), r.margin, r.leverage, None, ()
    value = _value(r.contracts, cs, r.entry, inverse)
    if r.margin is None:
        if r.leverage is None:
            raise CalculatorError(message(QT_TRANSLATE_NOOP("Core", "Enter the leverage or the margin.")))
        return r.contracts, value / r.leverage, r.leverage, None, ()
    implied = value / r.margin
    if r.leverage is None:
        note = message(QT_TRANSLATE_NOOP("Core", "The margin {margin} implies a leverage of {leverage}x."),
                       margin=money(r.margin), leverage=_lev(implied))
        return r.contracts, r.margin, implied, implied, (note,)
    initial = value / r.leverage
    if r.margin < initial * (1 - CONFLICT_TOLERANCE):
        raise CalculatorError(message(QT_TRANSLATE_NOOP(
            "Core", "The margin {margin} and the leverage {leverage}x do not fit together: this size needs "
                    "{initial} at {leverage}x, and {margin} implies {implied}x. Change the leverage to {implied}x, "
                    "the margin to {initial}, or clear one of them."),
            margin=money(r.margin), leverage=_lev(r.leverage), initial=money(initial), implied=_lev(implied)))
    notes: tuple[Message, ...] = ()
    if r.margin > initial * (1 + CONFLICT_TOLERANCE):
        notes = (message(QT_TRANSLATE_NOOP(
            "Core", "The margin {margin} is {added} more than the initial margin at {leverage}x: counted as margin "
                    "added to the position (it implies {implied}x)."),
            margin=money(r.margin), added=money(r.margin - initial), leverage=_lev(r.leverage),
            implied=_lev(implied)),)
    return r.contracts, r.margin, r.leverage, implied, notes


def max_position(venue: str, tiers: tuple[LeverageTier, ...], leverage: float, cs: float, entry: float,
                 inverse: bool) -> MaxPosition:
    """The largest position the table allows at ``leverage``: the cap of the last tier whose max leverage
    reaches it (a venue's "max position at this leverage"), valued at ``entry``."""
    if not tiers or any(math.isinf(t.max_leverage) for t in tiers):
        return MaxPosition(leverage, known=False)
    allowed = [t for t in tiers if t.max_leverage >= leverage * (1 - 1e-9)]
    if not allowed:
        return MaxPosition(leverage, known=True, value=0.0, contracts=0.0, base=0.0)
    cap = allowed[-1].max_notional
    if not math.isfinite(cap):
        return MaxPosition(leverage, known=False)
    if venue_spec(venue).tiers_count_contracts:
        contracts = cap
        value = _value(contracts, cs, entry, inverse)
    else:
        value = cap
        contracts = _contracts_for(value, cs, entry, inverse)
    return MaxPosition(leverage, known=True, value=value, contracts=contracts, base=contracts * cs)


def compute(r: Request) -> Outcome:
    """Every figure of the calculator for one position. Raises ``CalculatorError`` (inputs that do not fit
    together) or ``LiquidationInputError`` (inputs the venue's formula refuses)."""
    if r.venue not in CALCULATOR_VENUES:
        raise CalculatorError(message(QT_TRANSLATE_NOOP("Core", "Unknown venue {venue}; choose one of {choices}."),
                                      venue=r.venue, choices=", ".join(CALCULATOR_VENUES)))
    venue, inverse = CALCULATOR_VENUES[r.venue]
    contracts, margin, leverage, implied, notes = size_position(r)
    inputs = CalculatorInputs(
        venue=r.venue, side=r.side, entry=r.entry, size=contracts, contract_size=r.contract_size, cross=r.cross,
        leverage=leverage, margin=margin, wallet=r.wallet, other_mm=r.other_mm, other_upnl=r.other_upnl,
        mmr=r.mmr, maint_amount=r.maint_amount, tiers=r.tiers, taker_fee=r.taker_fee, max_leverage=r.max_leverage)
    result = calculate(inputs)
    spec = venue_spec(venue)
    cs = r.contract_size or 1.0
    tiers = tiers_of(inputs, spec)
    value = _value(contracts, cs, r.entry, inverse)
    fee = r.taker_fee if r.taker_fee is not None else spec.default_taker_fee
    maintenance = float(maintenance_margin_at(venue, tiers, value, contracts, fee))  # type: ignore[arg-type]
    key = contracts if spec.tiers_count_contracts else value
    here = tier_at(tiers, key).max_leverage
    initial = value / leverage if leverage else None
    pnl = pnl_usd = roe = None
    if r.target is not None:
        pnl = unrealized_pnl(r.side.sign, contracts * cs, r.entry, r.target, inverse)
        pnl_usd = pnl * r.target if inverse else pnl
        roe = pnl / initial if initial else None
    lp = result.liquidation_price
    return Outcome(
        liquidation=result, inputs=replace(inputs, tiers=tiers), inverse=inverse, settle_is_coin=inverse,
        value=value, base=contracts * cs, initial_margin=initial, margin=margin, leverage=leverage,
        implied_leverage=implied, added_margin=max(0.0, (margin or 0.0) - (initial or 0.0)) if margin else 0.0,
        maintenance_margin=maintenance, max_leverage_here=None if math.isinf(here) else here,
        max_position=max_position(venue, tiers, leverage, cs, r.entry, inverse) if leverage else None,
        target=r.target, pnl=pnl, pnl_usd=pnl_usd, roe=roe,
        distance_pct=None if lp is None else adverse_move_pct(r.side.sign, r.entry, lp), notes=notes)


def roe_text(roe: float | None) -> str:
    return "—" if roe is None else str(Percent(roe, 2, signed=True))


# --- the symbol and its tier table ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lookup:
    """The market a typed symbol names and the tier table to use, with what the trader should know about it.

    ``table`` None: no table anywhere (``error`` says what to do); ``notes``: e.g. an old table used because
    the venue could not be reached."""

    venue: str  # ccxt venue id
    catalog: VenueCatalog
    market: MarketRef | None = None
    table: TierTable | None = None
    error: Message | None = None
    notes: tuple[Message, ...] = ()


def _finish(known: VenueCatalog, text: str, inverse: bool | None, tried: bool,
            problems: list[Message], reached: bool = False) -> Lookup:
    """The lookup's result. ``tried``: the venue was asked and did not answer; ``reached``: it answered its
    market list (a symbol missing from it is not a contract of the venue)."""
    bundled = [m.native for m in known.with_table() if inverse is None or m.inverse == inverse]
    try:
        market = known.resolve(text, inverse)
    except SymbolError as exc:
        error = exc.text
        if exc.unknown and not reached:  # only the saved list was searched
            name = venue_spec(known.venue).name
            if not bundled:
                error = message(QT_TRANSLATE_NOOP(
                    "Core", "No list of {venue} contracts is saved here and {venue} could not be asked for it just "
                            "now. Try again when online.") if tried else QT_TRANSLATE_NOOP(
                    "Core", "No list of {venue} contracts is saved here. Go online to read it."), venue=name)
            elif tried:
                error = message(QT_TRANSLATE_NOOP(
                    "Core", "{symbol} is not among the {venue} contracts saved here, and {venue} could not be asked "
                            "for its list just now. Try again when online, or pick a symbol with a saved table: "
                            "{symbols}."), symbol=text.strip(), venue=name, symbols=", ".join(bundled) or "—")
            else:
                error = message(QT_TRANSLATE_NOOP(
                    "Core", "{symbol} is not among the {venue} contracts saved here. Go online to read {venue}'s "
                            "whole list, or pick a symbol with a saved table: {symbols}."),
                    symbol=text.strip(), venue=name, symbols=", ".join(bundled) or "—")
        return Lookup(known.venue, known, error=error, notes=tuple(problems))
    table = known.tables.get(market.symbol)
    notes = list(problems)
    if table is None:
        if tried:
            error = message(QT_TRANSLATE_NOOP(
                "Core", "No tier table for {symbol} on {venue}: the venue could not be asked. Try again when online, "
                        "or pick a symbol with a saved table: {symbols}."),
                symbol=market.native, venue=venue_spec(known.venue).name, symbols=", ".join(bundled) or "—")
        else:
            error = message(QT_TRANSLATE_NOOP(
                "Core", "No tier table for {symbol} on {venue} is available offline. Go online to fetch it, or pick "
                        "a symbol with a saved table: {symbols}."),
                symbol=market.native, venue=venue_spec(known.venue).name, symbols=", ".join(bundled) or "—")
        return Lookup(known.venue, known, market, error=error, notes=tuple(notes))
    return Lookup(known.venue, known, market, table, notes=tuple(notes))


def lookup_offline(venue: str, text: str, inverse: bool | None = None, bundled: Path | None = None,
                   cache: Path | None = None) -> Lookup:
    """``text``'s market and table from the bundled set and the cache only (no network)."""
    return lookup_in(tier_cache.catalog(venue, bundled, cache), text, inverse)


def lookup_in(known: VenueCatalog, text: str, inverse: bool | None = None) -> Lookup:
    """``text``'s market and table in an already loaded catalog (what the window keeps while the trader types)."""
    return _finish(known, text, inverse, False, list(known.problems))


async def lookup(venue: str, text: str, now: datetime, inverse: bool | None = None, *, refresh: bool = False,
                 base_url: str = "", credentials: Mapping[str, str] | None = None,
                 bundled: Path | None = None, cache: Path | None = None,
                 ttl: timedelta = tier_cache.CACHE_TTL) -> Lookup:
    """``text``'s market and tier table, asking the venue when the saved table is missing or older than ``ttl``
    (or ``refresh``); what the venue answers is saved with its date. A venue that cannot be reached leaves the
    saved table in use, with a note saying how old it is and why it was not refreshed."""
    known = tier_cache.catalog(venue, bundled, cache)
    try:
        market: MarketRef | None = known.resolve(text, inverse)
    except SymbolError:
        market = None
    table = known.tables.get(market.symbol) if market is not None else None
    if not refresh and table is not None and table.fresh(now, ttl):
        return _finish(known, text, inverse, False, list(known.problems))

    def pick(fetched: VenueCatalog) -> list[str]:
        try:
            return [fetched.resolve(text, inverse).symbol]
        except SymbolError:
            return []

    if not credentials and not refresh and known.refuses_unsigned(now, ttl) and market is not None:
        fetched = VenueCatalog(venue, problems=[tier_cache.signed_only_problem(venue)])  # asked unsigned lately
    else:
        fetched = await tier_cache.fetch(venue, pick, now, base_url=base_url, credentials=credentials)
    if fetched.markets or fetched.tables:
        try:
            tier_cache.save_cache(fetched, cache)
        except OSError as exc:
            fetched.problems.append(message(QT_TRANSLATE_NOOP(
                "Core", "The fetched tier tables could not be saved ({reason}); they are used this time only."),
                reason=type(exc).__name__))
    merged = known.merged(fetched)
    problems = list(merged.problems)
    done = _finish(merged, text, inverse, bool(fetched.problems), problems, reached=bool(fetched.markets))
    if done.table is not None and done.table.origin != tier_cache.ONLINE and fetched.problems:
        stale = message(QT_TRANSLATE_NOOP("Core", "Not refreshed; using {table}."), table=done.table.describe())
        done = replace(done, notes=(*done.notes, stale))
    return done
