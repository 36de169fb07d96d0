"""A snapshot compiled for fast evaluation: per account, the cross wallet per asset, each position's margin inputs
and venue rule, and the account-level rule of its mode. Built once per snapshot, then evaluated on arrays of
price moves.

Balance convention (ccxt ``fetchBalance`` ``total``): whether it includes unrealised PnL is the venue's
``Venue.balance_includes_upnl`` (Binance margin balance, OKX ``eq``, Hyperliquid account value do; Bybit's
``walletBalance`` does not). Isolated margins are assumed to be inside the totals and are taken out of the
cross wallet.

Account mode (``Account.margin.mode``, detected at the sync) -> ``Venue.account_ratio(mode)``
(``core.venues.spec.AccountRatio``): which assets count as margin, whether the venue's collateral haircuts apply,
and the ratio the venue liquidates on. An account without a detected mode gets ``CLASSIC_RATIO``: every asset at
100 %, liquidation where equity reaches maintenance margin (the rules used before modes were read).

Collateral value (what the venue counts as margin), per asset ``a``: its equity ``E_a`` (wallet + unrealised PnL of
the positions settled in it, in USD) valued at the venue's collateral rate where ``E_a > 0`` (marginal bands of
``CollateralRule``, bounds in USD or in units of the asset) and at 100 % where ``E_a < 0`` (a debt counts in
full). This is Binance's ``Σ min(assetEquity × bidRate, assetEquity × askRate)`` (Multi-Assets FAQ) and
``Σ min(E × price × collateralRate, E × price)`` (uniMMR FAQ), Bybit's margin balance "after considering the
collateral value ratio" and OKX's adjusted equity (discount rates per currency).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.contracts import position_size, position_value, unrealized_pnl
from core.liquidation import maintenance_margin_at, rules_for
from core.liquidation.base import Liquidation, MarginInputs
from core.liquidation.tiers import single_tier
from core.messages import QT_TRANSLATE_NOOP, message
from core.model import (
    STABLECOINS,
    AccountMargin,
    CollateralRule,
    LeverageTier,
    MarginMode,
    PortfolioSnapshot,
    Position,
)
from core.stats import beta, log_returns
from core.venues import CLASSIC_RATIO, AccountRatio, venue_spec

DEFAULT_DRIVER = "BTC"  # the asset whose move an account's liquidating move is expressed in, when the account holds it
DEFAULT_BETA = 1.0  # an asset without 10 common daily returns with the driver moves like it (as core.cascade does)


@dataclass
class PositionBook:
    index: int  # position's index in snapshot.positions
    position: Position
    inputs: MarginInputs | None  # None: no maintenance rate known at all
    rule: Callable[[MarginInputs], Liquidation] | None
    exact: bool
    tier_source: str  # "venue tiers" | "reported MMR" | "none"
    note: str = ""

    @property
    def base(self) -> str:
        return self.position.base

    @property
    def settle(self) -> str:
        return self.position.settle


@dataclass
class AccountBook:
    account_id: str
    venue: str
    wallet: dict[str, float]  # cross wallet per asset (asset units), uPnL and isolated margins taken out
    prices: dict[str, float]  # asset -> USD now
    cross: list[PositionBook] = field(default_factory=list)
    isolated: list[PositionBook] = field(default_factory=list)
    unpriced: list[str] = field(default_factory=list)
    mode: str = ""  # AccountMargin.mode ("" = not detected)
    ratio: AccountRatio = CLASSIC_RATIO  # the venue's account rule in that mode
    margin: AccountMargin | None = None  # the venue's own figures and haircut table, as synced
    collateral: dict[str, CollateralRule] = field(default_factory=dict)  # asset -> haircut (when the mode has them)
    counted: frozenset[str] | None = None  # assets that count as margin (None: every asset)
    driver: str | None = None  # the asset an account move is expressed in (None: nothing but stablecoins)
    betas: dict[str, float] = field(default_factory=dict)  # asset -> beta of its daily returns to the driver's
    notes: list[str] = field(default_factory=list)  # what the figures leave out, for the account's note
    _groups: list[_Group] | None = field(default=None, repr=False, compare=False)  # cache of ``_groups(book)``
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)  # per-book results

    @property
    def is_cross(self) -> bool:
        return bool(self.cross)

    @property
    def unknown_mm(self) -> list[PositionBook]:
        """Cross positions without any maintenance rate: their PnL counts, their maintenance margin cannot."""
        return [pb for pb in self.cross if pb.inputs is None]


def _inputs(snap: PortfolioSnapshot,
            p: Position) -> tuple[MarginInputs | None, Callable[[MarginInputs], Liquidation] | None, bool, str, str]:
    market = snap.market(p.venue, p.symbol)
    fee = market.taker_fee_rate if market is not None and market.taker_fee_rate is not None else None
    fee = fee if fee is not None else venue_spec(p.venue).default_taker_fee
    size = position_size(p.contracts, p.contract_size)
    if market is not None and market.tiers:
        rule, exact = rules_for(p.venue, p.inverse)
        tiers, source = market.tiers, "venue tiers"
    elif p.maintenance_margin_rate:
        rule, exact = rules_for("generic", p.inverse)
        tiers, source = single_tier(p.maintenance_margin_rate), "reported MMR"
    else:
        note: str = message(QT_TRANSLATE_NOOP("Core", "no tier table and no reported maintenance rate"))
        if p.margin_mode is MarginMode.CROSS:
            note = message(QT_TRANSLATE_NOOP("Core", "no tier table and no reported maintenance rate: its PnL counts "
                                                     "in the account, its maintenance margin is unknown (left out)"))
        return None, None, False, "none", note
    note = ""
    margin = 0.0
    if p.margin_mode is MarginMode.ISOLATED:
        if p.isolated_margin:
            margin = p.isolated_margin
        elif p.leverage:
            margin = position_value(size, p.entry_price, p.inverse) / p.leverage
            note = message(QT_TRANSLATE_NOOP("Core", "isolated margin not reported: entry value / leverage used"))
        else:
            return None, None, False, source, message(QT_TRANSLATE_NOOP("Core", "isolated margin unknown (no margin, "
                                                                                "no leverage)"))
    inp = MarginInputs(side=p.side, size=size, entry_price=p.entry_price, margin=margin, tiers=tiers,
                       inverse=p.inverse, contracts=p.contracts, taker_fee_rate=fee,
                       cross=p.margin_mode is MarginMode.CROSS)
    return inp, rule, exact, source, note


def asset_prices(snap: PortfolioSnapshot) -> dict[str, float]:
    """USD per unit for every asset the snapshot can price (positions' marks fill gaps for their base)."""
    prices = {a: float(v) for a, v in snap.prices_usd.items() if v}
    for p in snap.positions:
        prices.setdefault(p.base, p.mark_price)
    for s in STABLECOINS:
        prices.setdefault(s, 1.0)
    return prices


def _closes_by_asset(snap: PortfolioSnapshot) -> dict[str, tuple[float, ...]]:
    """The longest daily-close series per base asset (the series ``core.cascade`` takes betas from)."""
    out: dict[str, tuple[float, ...]] = {}
    for m in snap.markets:
        base = m.base.upper()
        if len(m.daily_closes) > len(out.get(base, ())):
            out[base] = tuple(m.daily_closes)
    return out


def _exposures_usd(book: AccountBook) -> dict[str, float]:
    """|USD| exposure per non-stable asset of the cross part: cross positions' notionals + counted collateral."""
    out: dict[str, float] = {}
    for pb in book.cross:
        if pb.base not in STABLECOINS:
            out[pb.base] = out.get(pb.base, 0.0) + abs(pb.position.notional_usd)
    for asset, amount in book.wallet.items():
        if amount and asset not in STABLECOINS and asset in book.prices and _counts(book, asset):
            out[asset] = out.get(asset, 0.0) + abs(amount * book.prices[asset])
    return {a: v for a, v in out.items() if v > 0}


def _choose_driver(book: AccountBook, closes: Mapping[str, tuple[float, ...]]) -> None:
    """BTC when the account's cross part holds any (a position or counted collateral), else its largest exposure;
    every other asset follows its beta to the driver (``core.stats.beta`` over daily closes, 1 when unknown)."""
    exposure = _exposures_usd(book)
    if not exposure:
        return
    driver = DEFAULT_DRIVER if DEFAULT_DRIVER in exposure else max(sorted(exposure), key=lambda a: exposure[a])
    book.driver = driver
    driver_returns = log_returns(closes.get(driver, ()))
    for asset in exposure:
        b = 1.0 if asset == driver else beta(log_returns(closes.get(asset, ())), driver_returns)
        book.betas[asset] = DEFAULT_BETA if b is None else b


def _counts(book: AccountBook, asset: str) -> bool:
    return book.counted is None or asset in book.counted


def _apply_mode(book: AccountBook, snap: PortfolioSnapshot) -> None:
    """The account's mode, its venue rule and its haircut table onto the book (classic rules when no mode)."""
    account = snap.account(book.account_id)
    margin = account.margin if account is not None else None
    spec = venue_spec(book.venue)
    book.margin = margin
    book.mode = margin.mode if margin is not None else ""
    book.ratio = spec.account_ratio(book.mode)
    if book.ratio.counts_only_settle:
        book.counted = frozenset({pb.settle for pb in book.cross + book.isolated} | {spec.settle})
        ignored = sorted(a for a, v in book.wallet.items() if v and a not in book.counted)
        if ignored:
            book.notes.append(message(QT_TRANSLATE_NOOP("Core", "not margin in this mode (left out of the "
                                                                "collateral value): {assets}"),
                                      assets=", ".join(ignored)))
        pools = sorted({pb.settle for pb in book.cross})
        if len(pools) > 1:
            book.notes.append(message(QT_TRANSLATE_NOOP("Core", "{assets}-margined positions are separate margin "
                                                                "pools at the venue; evaluated here as one account"),
                                      assets=" and ".join(pools)))
    if book.ratio.haircuts and margin is not None:
        book.collateral = {r.asset.upper(): r for r in margin.collateral}
        if not book.collateral:
            book.notes.append(message(QT_TRANSLATE_NOOP("Core", "the venue's collateral rates were not fetched: "
                                                                "every coin counted at 100 %")))
        else:
            settles = {pb.settle for pb in book.cross}
            absent = sorted(a for a, v in book.wallet.items() if v > 0 and a.upper() not in book.collateral
                            and a not in STABLECOINS and a not in settles and _counts(book, a))
            if absent:
                book.notes.append(message(QT_TRANSLATE_NOOP("Core", "not in the venue's collateral table (not "
                                                                    "counted as margin): {assets}"),
                                          assets=", ".join(absent)))
    if book.ratio.note:
        book.notes.append(book.ratio.note)
    if not book.ratio.verified:
        book.notes.append(message(QT_TRANSLATE_NOOP("Core", "this mode's account rule is not verified against the "
                                                            "venue's documentation")))


def compile_snapshot(snap: PortfolioSnapshot) -> list[AccountBook]:
    prices = asset_prices(snap)
    books: dict[str, AccountBook] = {}
    venues = {a.id: a.venue for a in snap.accounts}
    for i, p in enumerate(snap.positions):
        venue = venues.get(p.account_id, p.venue)
        book = books.setdefault(p.account_id, AccountBook(p.account_id, venue, {}, prices))
        inp, rule, exact, source, note = _inputs(snap, p)
        pb = PositionBook(i, p, inp, rule, exact, source, note)
        (book.cross if p.margin_mode is MarginMode.CROSS else book.isolated).append(pb)
    for b in snap.balances:
        venue = venues.get(b.account_id, "")
        book = books.setdefault(b.account_id, AccountBook(b.account_id, venue, {}, prices))
        book.wallet[b.asset] = book.wallet.get(b.asset, 0.0) + b.total
    closes = _closes_by_asset(snap)
    for book in books.values():
        for pb in book.cross + book.isolated:
            p = pb.position
            if venue_spec(book.venue).balance_includes_upnl:
                book.wallet[p.settle] = book.wallet.get(p.settle, 0.0) - p.unrealized_pnl
            if pb.inputs is not None and not pb.inputs.cross:
                book.wallet[p.settle] = book.wallet.get(p.settle, 0.0) - pb.inputs.margin
        book.unpriced = sorted(a for a, amount in book.wallet.items() if amount and a not in prices)
        _apply_mode(book, snap)
        _choose_driver(book, closes)
        if book.unknown_mm:
            names = ", ".join(sorted({pb.position.symbol for pb in book.unknown_mm}))
            book.notes.append(message(QT_TRANSLATE_NOOP("Core", "maintenance margin unknown for {symbols} (no tier "
                                                                "table, no reported rate): their PnL counts, their "
                                                                "maintenance margin does not"), symbols=names))
    return list(books.values())


def moved(price: float, asset: str, moves: Mapping[str, np.ndarray], n: int) -> np.ndarray:
    """``price × (1 + move)`` for an asset in ``moves``; unmoved assets stay put.

    A stablecoin moves only when ``moves`` names it (a depeg shock); the joint moves of "every non-stable asset"
    (``core.risk.accounts``) never name one."""
    if asset not in moves:
        return np.full(n, price)
    return price * (1.0 + np.asarray(moves[asset], dtype=float))


def collateral_value(equity_usd: np.ndarray, price: np.ndarray, rule: CollateralRule) -> np.ndarray:
    """USD value the venue counts of an asset whose equity is ``equity_usd`` at ``price`` (arrays, same shape).

    A positive equity is valued band by band (``CollateralTier``: the part between ``floor`` and ``cap`` at
    ``rate``; bounds in USD or in units of the asset per ``rule.unit``); the part above the last band counts 0.
    A negative equity counts in full (a debt is not haircut)."""
    pos = np.maximum(equity_usd, 0.0)
    in_units = rule.unit == "asset"
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.where(price > 0, pos / np.where(price > 0, price, 1.0), 0.0) if in_units else pos
    counted = np.zeros_like(x)
    for t in rule.tiers:
        width = t.cap - t.floor
        counted += t.rate * np.clip(x - t.floor, 0.0, width)
    value: np.ndarray = counted * price if in_units else counted
    return np.where(equity_usd > 0, value, equity_usd)


@dataclass
class _Group:
    """Cross positions of one account sharing venue, tier table, settle asset and contract type."""

    venue: str
    inverse: bool
    settle: str
    tiers: tuple[LeverageTier, ...]
    index: np.ndarray  # snapshot position indices
    size: np.ndarray
    entry: np.ndarray
    sign: np.ndarray
    mark: np.ndarray
    contracts: np.ndarray  # the key of contract-counted tiers (OKX)
    fee: np.ndarray  # taker fee rate (fraction), for venues with a fee term
    bases: list[str]


def _groups(book: AccountBook) -> list[_Group]:
    if book._groups is not None:
        return book._groups
    keyed: dict[tuple[Any, ...], list[PositionBook]] = {}
    for pb in book.cross:
        if pb.inputs is None:
            continue
        key = (pb.position.venue, pb.inputs.inverse, pb.settle, pb.inputs.tiers)
        keyed.setdefault(key, []).append(pb)
    groups = []
    for (venue, inverse, settle, tiers), pbs in keyed.items():
        ins = [pb.inputs for pb in pbs if pb.inputs is not None]  # all of them (see the loop above)
        groups.append(_Group(venue, inverse, settle, tiers,
                             np.array([pb.index for pb in pbs]), np.array([i.size for i in ins]),
                             np.array([i.entry_price for i in ins]),
                             np.array([float(i.sign) for i in ins]),
                             np.array([pb.position.mark_price for pb in pbs]),
                             np.array([i.tier_contracts for i in ins], dtype=float),
                             np.array([i.taker_fee_rate for i in ins], dtype=float),
                             [pb.base for pb in pbs]))
    book._groups = groups
    return groups


def _row_moves(bases: list[str], moves: Mapping[str, np.ndarray], n: int) -> np.ndarray:
    out = np.zeros((len(bases), n))
    for asset in set(bases):
        if asset in moves:
            rows = [i for i, b in enumerate(bases) if b == asset]
            out[rows] = np.asarray(moves[asset], dtype=float)
    return out


@dataclass(frozen=True)
class AccountState:
    """An account's cross part at ``n`` scenarios, USD arrays (n,).

    ``equity``: every asset at 100 % plus unrealised PnL (what the account is worth); ``collateral``: what the
    venue counts as margin in the account's mode (haircuts, only the counted assets); ``maintenance``: Σ the cross
    positions' maintenance margin; ``liquidated``: the venue's test ``collateral ≤ k × maintenance`` for a cross
    account (never for one without cross positions); ``marks``: each isolated position's moved mark."""

    equity: np.ndarray
    collateral: np.ndarray
    maintenance: np.ndarray
    liquidated: np.ndarray
    marks: dict[int, np.ndarray]


def account_state(book: AccountBook, moves: Mapping[str, np.ndarray], n: int, skip: frozenset[int] = frozenset(),
                  revalue: Mapping[str, np.ndarray] | None = None) -> AccountState:
    """The account's cross part at ``price × (1 + move)`` per asset in ``moves`` (arrays (n,), fractions).

    ``revalue``: asset -> (n,) fractional revaluation of the asset *as collateral* (−0.35: valued 35 % lower),
    applied to its balance and to PnL and maintenance settled in it, never to a position's mark (a collateral
    haircut is not a price move of the perps). ``skip``: position indices left out (the "other positions" terms of
    the venue formulas). Vectorised over positions (rows) and scenarios (columns)."""
    revalue = revalue or {}
    px_cache: dict[str, np.ndarray] = {}

    def factor(asset: str) -> np.ndarray | float:
        return 1.0 + np.asarray(revalue[asset], dtype=float) if asset in revalue else 1.0

    def px(asset: str) -> np.ndarray:
        if asset not in px_cache:
            px_cache[asset] = moved(book.prices.get(asset, 1.0), asset, moves, n) * factor(asset)
        return px_cache[asset]

    usd: dict[str, np.ndarray] = {}

    def add(asset: str, value: np.ndarray) -> None:
        usd[asset] = usd[asset] + value if asset in usd else np.array(value, dtype=float)

    for asset, amount in book.wallet.items():
        if amount and asset in book.prices:
            add(asset, amount * px(asset))
    mm = np.zeros(n)
    for g in _groups(book):
        weight = np.array([0.0 if i in skip else 1.0 for i in g.index]) if skip else np.ones(len(g.index))
        price = g.mark[:, None] * (1.0 + _row_moves(g.bases, moves, n))
        size, entry, sign = g.size[:, None], g.entry[:, None], g.sign[:, None]
        value = position_value(size, price, g.inverse)
        pnl_settle = unrealized_pnl(sign, size, entry, price, g.inverse)
        # settle currency -> USD: the coin's own (moved) price for inverse, the stablecoin's for linear
        settle_px = price * factor(g.settle) if g.inverse else px(g.settle)[None, :]
        maint = maintenance_margin_at(g.venue, g.tiers, value, g.contracts[:, None], g.fee[:, None])
        add(g.settle, weight @ (pnl_settle * settle_px))
        mm += weight @ (maint * settle_px)
    for pb in book.unknown_mm:  # no maintenance rate: the PnL still belongs to the account
        if pb.index in skip:
            continue
        p = pb.position
        qty = position_size(p.contracts, p.contract_size)
        at = moved(p.mark_price, p.base, moves, n)
        if p.entry_price > 0:
            pnl = unrealized_pnl(p.side.sign, qty, p.entry_price, at, p.inverse)
        else:
            pnl = p.unrealized_pnl + unrealized_pnl(p.side.sign, qty, p.mark_price, at, p.inverse)
        add(p.settle, pnl * (at * factor(p.settle) if p.inverse else px(p.settle)))
    equity = np.zeros(n)
    collateral = np.zeros(n)
    for asset, value in usd.items():
        equity += value
        if _counts(book, asset):
            collateral += _haircut(book, asset, value, px(asset))
    liquidated = (collateral <= book.ratio.maintenance_factor * mm) if book.is_cross else np.zeros(n, dtype=bool)
    marks = {pb.index: moved(pb.position.mark_price, pb.base, moves, n) for pb in book.isolated}
    return AccountState(equity, collateral, mm, liquidated, marks)


def _haircut(book: AccountBook, asset: str, value: np.ndarray, price: np.ndarray) -> np.ndarray:
    """An asset's USD equity as the venue counts it: its haircut where the mode has one; an asset missing from a
    fetched table is not collateral there (0), except stablecoins and the settle assets (100 %)."""
    if not book.ratio.haircuts or not book.collateral:
        return value
    rule = book.collateral.get(asset.upper())
    if rule is not None:
        return collateral_value(value, price, rule)
    if asset in STABLECOINS or any(pb.settle == asset for pb in book.cross):
        return value
    debt: np.ndarray = np.minimum(value, 0.0)  # not collateral at the venue: a debt still counts
    return debt


def account_arrays(book: AccountBook, moves: Mapping[str, np.ndarray], n: int,
                   skip: frozenset[int] = frozenset()) -> tuple[np.ndarray, np.ndarray, dict[int, np.ndarray]]:
    """(equity USD, maintenance margin USD, {isolated position index: its price array}) of an account's cross part
    (``account_state`` without the venue's collateral view)."""
    st = account_state(book, moves, n, skip)
    return st.equity, st.maintenance, st.marks
