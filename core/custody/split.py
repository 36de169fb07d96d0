"""The custody split: where the money sits (exchange vs self-custody) and what it is for.

Pure functions of a snapshot. "Collateral not needed as margin" is the market value of the moves
``core.custody.movable`` suggests: what each exchange account can give up by its own margin rules while keeping
``multiple`` x the margin its positions need. Test-network wallets (tpub/vpub, tb1… addresses) are listed but
never counted: their coins have no value, so they stay out of net worth and every share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from core.custody import is_testnet_chain
from core.custody.movable import (
    DEFAULT_BUFFER_MULTIPLE,
    FALLBACK_INITIAL_MARGIN_RATE,
    AccountExcess,
    cold_storage_plan,
    required_margin_usd,
)
from core.model import Balance, CustodyClass, Holding, PortfolioSnapshot, Purpose

DEFAULT_MARGIN_MULTIPLE = DEFAULT_BUFFER_MULTIPLE
SELF_CUSTODY = frozenset({CustodyClass.HARDWARE_WALLET, CustodyClass.SOFTWARE_WALLET})

#: (source_id, asset) -> (purpose or None, custody class or None); source_id "*" applies to every source.
Overrides = Mapping[tuple[str, str], tuple[Purpose | None, CustodyClass | None]]

__all__ = ["DEFAULT_MARGIN_MULTIPLE", "FALLBACK_INITIAL_MARGIN_RATE", "SELF_CUSTODY", "ClassifiedHolding",
           "CustodySplit", "Overrides", "account_equity_usd", "classified_holdings", "collateral_not_needed_usd",
           "custody_split", "movable_to_cold", "required_margin_usd", "wallet_balances"]


@dataclass(frozen=True)
class ClassifiedHolding:
    """One holding with its custody class and purpose resolved (defaults + the user's overrides)."""

    source_id: str
    asset: str
    amount: float  # units of asset
    value_usd: float | None  # None when no price is known
    custody_class: CustodyClass
    purpose: Purpose
    label: str
    testnet: bool = False  # a test-network wallet's coins: shown, never counted


@dataclass(frozen=True)
class CustodySplit:
    net_worth_usd: float  # priced holdings only; see ``unpriced``
    by_class_usd: Mapping[CustodyClass, float]
    by_purpose_usd: Mapping[Purpose, float]
    long_term_usd: float
    long_term_on_exchanges_usd: float
    self_custody_share_of_long_term: float | None  # fraction; None when there is nothing long-term
    on_exchanges_usd: float
    exchange_share_of_exchanges: Mapping[str, float]  # account id -> fraction of all on-exchange value
    exchange_share_of_net_worth: Mapping[str, float]  # account id -> fraction of net worth
    collateral_not_needed_usd: Mapping[str, float]  # account id -> market value (USD) of its suggested moves
    holdings: tuple[ClassifiedHolding, ...] = ()
    unpriced: tuple[str, ...] = field(default=())  # assets without a USD price (left out of the sums)
    plan: tuple[AccountExcess, ...] = ()  # per exchange account: what it keeps, what can move to cold storage
    testnet_sources: tuple[str, ...] = ()  # wallet ids on a test network (listed, left out of every sum)
    margin_multiple: float = DEFAULT_MARGIN_MULTIPLE  # the buffer the plan keeps (Settings.margin_buffer_multiple)


def _value(snapshot: PortfolioSnapshot, asset: str, amount: float) -> float | None:
    price = snapshot.price_usd(asset)
    return None if price is None else amount * price


def account_equity_usd(snapshot: PortfolioSnapshot, account_id: str) -> float:
    """Sum of the account's balances in USD (as the venue reports ``total``), unpriced assets excluded."""
    return sum(v for b in snapshot.balances_of(account_id) if (v := _value(snapshot, b.asset, b.total)) is not None)


def collateral_not_needed_usd(snapshot: PortfolioSnapshot, account_id: str,
                              multiple: float = DEFAULT_MARGIN_MULTIPLE, earmark_usd: float = 0.0) -> float:
    """Market value (USD, >= 0) of what the account can move to cold storage by its own margin rules while
    keeping ``multiple`` x the margin its positions need (``core.custody.movable``)."""
    plan = cold_storage_plan(snapshot, multiple, {account_id: earmark_usd})
    return next((a.movable_usd for a in plan if a.account_id == account_id), 0.0)


def movable_to_cold(snapshot: PortfolioSnapshot, account_id: str, asset: str,
                    multiple: float = DEFAULT_MARGIN_MULTIPLE) -> float:
    """Units of ``asset`` the plan moves from the account (the moves of one account together keep the buffer)."""
    plan = cold_storage_plan(snapshot, multiple)
    return next((m.amount for a in plan if a.account_id == account_id for m in a.moves if m.asset == asset), 0.0)


def _resolve(overrides: Overrides, source_id: str, asset: str, purpose: Purpose,
             custody: CustodyClass) -> tuple[Purpose, CustodyClass]:
    for key in ((source_id, asset), ("*", asset)):
        if key in overrides:
            p, c = overrides[key]
            return p or purpose, c or custody
    return purpose, custody


def classified_holdings(snapshot: PortfolioSnapshot,
                        overrides: Overrides | None = None) -> tuple[ClassifiedHolding, ...]:
    """Exchange balances (default: collateral) and wallet/manual holdings (as sourced), overrides applied."""
    overrides = overrides or {}
    out: list[ClassifiedHolding] = []
    labels = {a.id: a.label for a in snapshot.accounts}
    for b in snapshot.balances:
        out.append(_classify(snapshot, overrides, _balance_holding(b, labels.get(b.account_id, b.account_id))))
    testnet = {w.id for w in snapshot.wallets if is_testnet_chain(w.chain)}
    for h in snapshot.holdings:
        out.append(_classify(snapshot, overrides, h, h.source_id in testnet))
    return tuple(out)


def _balance_holding(b: Balance, label: str) -> Holding:
    return Holding(source_id=b.account_id, asset=b.asset, amount=b.total, custody_class=CustodyClass.EXCHANGE,
                   purpose=Purpose.COLLATERAL, label=label)


def _classify(snapshot: PortfolioSnapshot, overrides: Overrides, h: Holding,
              testnet: bool = False) -> ClassifiedHolding:
    purpose, custody = _resolve(overrides, h.source_id, h.asset, h.purpose, h.custody_class)
    value = None if testnet else _value(snapshot, h.asset, h.amount)  # test coins are worth nothing, whatever
    return ClassifiedHolding(h.source_id, h.asset, h.amount, value, custody, purpose, h.label, testnet)


def custody_split(snapshot: PortfolioSnapshot, overrides: Overrides | None = None,
                  margin_multiple: float = DEFAULT_MARGIN_MULTIPLE,
                  earmarks_usd: Mapping[str, float] | None = None, with_plan: bool = True) -> CustodySplit:
    """All the custody metrics of one snapshot (USD; shares are fractions 0..1). ``with_plan=False`` leaves out the
    cold-storage plan (each account's margin solved by its own rules, ~15 ms): the history's figures do not use it."""
    holdings = classified_holdings(snapshot, overrides)
    priced = [(h, usd) for h in holdings if (usd := h.value_usd) is not None and not h.testnet]
    by_class = {c: 0.0 for c in CustodyClass}
    by_purpose = {p: 0.0 for p in Purpose}
    per_exchange: dict[str, float] = {}
    for h, usd in priced:
        by_class[h.custody_class] += usd
        by_purpose[h.purpose] += usd
        if h.custody_class is CustodyClass.EXCHANGE:
            per_exchange[h.source_id] = per_exchange.get(h.source_id, 0.0) + usd
    net_worth = sum(by_class.values())
    long_term = [(h, usd) for h, usd in priced if h.purpose is Purpose.LONG_TERM]
    lt_total = sum(usd for _, usd in long_term)
    lt_self = sum(usd for h, usd in long_term if h.custody_class in SELF_CUSTODY)
    lt_exchange = sum(usd for h, usd in long_term if h.custody_class is CustodyClass.EXCHANGE)
    on_exchanges = by_class[CustodyClass.EXCHANGE]
    plan = cold_storage_plan(snapshot, margin_multiple, earmarks_usd) if with_plan else ()
    movable = {a.account_id: a.movable_usd for a in plan}
    return CustodySplit(
        net_worth_usd=net_worth,
        by_class_usd=by_class,
        by_purpose_usd=by_purpose,
        long_term_usd=lt_total,
        long_term_on_exchanges_usd=lt_exchange,
        self_custody_share_of_long_term=(lt_self / lt_total) if lt_total > 0 else None,
        on_exchanges_usd=on_exchanges,
        exchange_share_of_exchanges={k: v / on_exchanges for k, v in per_exchange.items()} if on_exchanges > 0 else {},
        exchange_share_of_net_worth={k: v / net_worth for k, v in per_exchange.items()} if net_worth > 0 else {},
        collateral_not_needed_usd={a.id: movable.get(a.id, 0.0) for a in snapshot.accounts},
        holdings=holdings,
        unpriced=tuple(sorted({h.asset for h in holdings if h.value_usd is None and not h.testnet})),
        plan=plan,
        testnet_sources=tuple(sorted(w.id for w in snapshot.wallets if is_testnet_chain(w.chain))),
        margin_multiple=margin_multiple,
    )


def wallet_balances(snapshot: PortfolioSnapshot) -> dict[tuple[str, str], float]:
    """(wallet id, asset) -> on-chain amount (units of the asset), from the snapshot's wallet holdings."""
    ids = {w.id for w in snapshot.wallets}
    out: dict[tuple[str, str], float] = {}
    for h in snapshot.holdings:
        if h.source_id in ids:
            out[(h.source_id, h.asset)] = out.get((h.source_id, h.asset), 0.0) + h.amount
    return out
