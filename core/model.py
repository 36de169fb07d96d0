"""The domain as frozen dataclasses.

Everything downstream of a source (risk, cascade, custody, reminders, the views) works on these
immutable objects. Conventions, used in every field name and docstring below:

* prices are in the quote currency of the symbol (USD-like: USDT/USDC/USD), per 1 unit of base;
* ``contracts`` are the venue's contracts; ``contract_size`` converts them: for linear contracts it is
  base units per contract, for inverse contracts it is USD face value per contract;
* ``*_usd`` fields are USD values; ``*_rate`` fields are fractions (0.005 = 0.5 %), ``*_pct`` are %;
* times are timezone-aware UTC ``datetime`` objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from core.contracts import adverse_move_pct, notional_usd, position_size, size_in_base


class Side(str, Enum):
    LONG = "long"
    SHORT = "short"

    @property
    def sign(self) -> int:
        """+1 for a long, -1 for a short (the ``s`` of the venue formulas)."""
        return 1 if self is Side.LONG else -1


class MarginMode(str, Enum):
    CROSS = "cross"
    ISOLATED = "isolated"


class SourceState(str, Enum):
    FRESH = "fresh"
    STALE = "stale"  # this sync failed; the data shown is the last good one (see ``as_of``)
    FAILED = "failed"  # failed and no earlier good data exists


class CustodyClass(str, Enum):
    EXCHANGE = "exchange"
    HARDWARE_WALLET = "hardware_wallet"
    SOFTWARE_WALLET = "software_wallet"
    OTHER_CUSTODIAN = "other_custodian"


class Purpose(str, Enum):
    LONG_TERM = "long_term"
    COLLATERAL = "collateral"


@dataclass(frozen=True)
class LeverageTier:
    """One maintenance-margin tier (Binance bracket, Bybit risk limit, OKX position tier).

    ``min_notional``/``max_notional`` are in the settle currency for linear contracts (USD), in coin
    for inverse ones (Binance COIN-M ``qtyFloor``/``qtyCap``) and in contracts for OKX position tiers.
    ``maint_amount`` is Binance's ``cum`` / Bybit's ``mmDeduction`` (0 where the venue has none). A tier covers
    [min_notional, max_notional).
    """

    tier: int
    min_notional: float
    max_notional: float
    maintenance_margin_rate: float
    max_leverage: float
    maint_amount: float = 0.0


@dataclass(frozen=True)
class CollateralTier:
    """One band of a venue's collateral haircut: the part of a holding between ``floor`` and ``cap`` counts at
    ``rate`` (fraction: 0.95 = valued at 95 %). Bands are marginal, like tax brackets (OKX discount tiers,
    Bybit tiered collateral ratios); a flat haircut (Binance Multi-Assets) is one band from 0 to infinity."""

    floor: float
    cap: float
    rate: float


@dataclass(frozen=True)
class CollateralRule:
    """How a venue values one collateral asset. ``unit``: the band bounds are in USD value ("usd") or in units
    of the asset ("asset": Bybit's tiered collateral ratios and OKX's discount-rate bands are both by quantity)."""

    asset: str
    tiers: tuple[CollateralTier, ...]
    unit: str = "usd"


#: Account modes as detected at sync (``AccountMargin.mode``); "" = not detected (generic venues, old snapshots).
ACCOUNT_MODES = {
    "single_asset": "Single-asset",  # Binance USD-M default
    "multi_assets": "Multi-Assets",  # Binance USD-M Multi-Assets mode
    "portfolio_margin": "Portfolio Margin",  # Binance PM (uniMMR), Bybit UTA PM, OKX level 4, Hyperliquid PM
    "classic": "Classic",  # Bybit classic account
    "unified_isolated": "Unified, isolated",  # Bybit UTA isolated margin
    "unified_cross": "Unified, cross",  # Bybit UTA cross (regular) margin
    "spot": "Spot",  # OKX level 1
    "futures": "Futures (single-currency)",  # OKX level 2
    "multi_currency": "Multi-currency",  # OKX level 3
    "standard": "Standard",  # Hyperliquid, separate perp and spot balances (abstraction "disabled"/"default")
    "unified_account": "Unified account",  # Hyperliquid userAbstraction "unifiedAccount"
}


@dataclass(frozen=True)
class AccountMargin:
    """An account's margin state at one sync: the mode the venue reports, the venue's own account-level figures
    (None where it gives none), and the collateral haircuts it publishes (fetched, with their date).

    ``margin_ratio`` is the venue's ratio in the venue's own definition (``core.venues`` says which: Binance
    MM / margin balance, uniMMR for Binance PM, Bybit account MM rate, OKX ``mgnRatio``, Hyperliquid MM /
    account value). ``raw`` keeps the venue's account fields as received (strings), for the record.
    """

    mode: str = ""  # a key of ACCOUNT_MODES
    position_mode: str = ""  # "one_way" | "hedge" | ""
    equity_usd: float | None = None  # venue-reported total equity
    collateral_value_usd: float | None = None  # venue-reported equity after haircuts (adjEq, totalMarginBalance…)
    maintenance_margin_usd: float | None = None  # venue-reported total maintenance margin
    margin_ratio: float | None = None  # venue-reported, in the venue's definition
    status: str = ""  # e.g. Binance PM accountStatus
    collateral: tuple[CollateralRule, ...] = ()
    collateral_as_of: datetime | None = None
    collateral_source: str = ""  # where the haircuts came from (endpoint), shown with their date
    raw: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Account:
    """One exchange account (a set of API credentials, or a wallet address on Hyperliquid)."""

    id: str
    venue: str  # ccxt exchange id, e.g. "binanceusdm", "bybit", "okx", "hyperliquid"
    label: str
    margin_mode: MarginMode = MarginMode.CROSS
    quote: str = "USDT"  # settlement/collateral currency of the account's main wallet
    margin: AccountMargin | None = None  # as detected at the sync (None: not probed)


@dataclass(frozen=True)
class Position:
    """An open derivatives position, normalised from a ccxt unified position."""

    account_id: str
    venue: str
    symbol: str  # ccxt unified symbol, e.g. "BTC/USDT:USDT" (linear) or "BTC/USD:BTC" (inverse)
    side: Side
    contracts: float  # absolute size in contracts
    contract_size: float  # base per contract (linear) or USD per contract (inverse)
    entry_price: float
    mark_price: float
    margin_mode: MarginMode
    leverage: float | None = None
    isolated_margin: float | None = None  # settle currency (USD for linear, coin for inverse)
    liquidation_price_reported: float | None = None  # what the exchange says; None if it said nothing
    unrealized_pnl: float = 0.0  # settle currency
    maintenance_margin_rate: float | None = None  # as reported (fraction)
    inverse: bool = False
    hedged: bool = False
    settle: str = "USDT"
    adl_rank: int | None = None  # venue-published auto-deleveraging rank (Binance/Bybit 0–4/1–5, OKX 1–5)

    @property
    def base(self) -> str:
        return self.symbol.split("/")[0]

    @property
    def size(self) -> float:
        """``contracts × contract_size``: base units (linear) or USD face value (inverse)."""
        return position_size(self.contracts, self.contract_size)

    @property
    def size_base(self) -> float:
        """Position size in base units (for inverse: USD face / mark; 0 without a mark)."""
        if self.inverse and not self.mark_price:
            return 0.0
        return size_in_base(self.size, self.mark_price, self.inverse)

    @property
    def notional_usd(self) -> float:
        """Current position value at mark, USD."""
        return notional_usd(self.size, self.mark_price, self.inverse)

    @property
    def distance_to_reported_liquidation_pct(self) -> float | None:
        """Adverse move of the mark (in %) to the exchange-reported liquidation price."""
        lp = self.liquidation_price_reported
        if not lp or not self.mark_price:
            return None
        return adverse_move_pct(self.side.sign, self.mark_price, lp)


@dataclass(frozen=True)
class Balance:
    """One asset balance in an exchange account, in units of that asset."""

    account_id: str
    asset: str
    total: float  # wallet balance (Binance USD-M: margin balance = wallet + uPnL, see docs)
    free: float | None = None
    used: float | None = None


@dataclass(frozen=True)
class MarketState:
    """Public market data for one symbol on one venue at snapshot time."""

    venue: str
    symbol: str
    mark_price: float
    index_price: float | None = None
    last_price: float | None = None
    funding_rate: float | None = None  # fraction per funding interval (8 h on most venues)
    open_interest_usd: float | None = None
    open_interest_contracts: float | None = None
    bids: tuple[tuple[float, float], ...] = ()  # (price, base amount), best first
    asks: tuple[tuple[float, float], ...] = ()
    daily_closes: tuple[float, ...] = ()  # oldest first
    tiers: tuple[LeverageTier, ...] = ()
    tiers_fetched_at: datetime | None = None
    contract_size: float = 1.0
    inverse: bool = False
    taker_fee_rate: float | None = None
    next_funding_at: datetime | None = None  # the venue's next funding time (UTC)
    funding_interval_h: float | None = None  # hours between fundings (8 on most venues; 1 on Hyperliquid)
    spot_volume_24h_usd: float | None = None  # 24 h quote volume of the base's USD spot markets on this venue
    long_short_ratio: float | None = None  # accounts long / accounts short, as the venue publishes it (hourly)

    @property
    def base(self) -> str:
        return self.symbol.split("/")[0]


@dataclass(frozen=True)
class Wallet:
    """A watch-only wallet: public material only (descriptor, xpub or address), never a private key."""

    id: str
    label: str
    kind: str  # "btc-descriptor" | "btc-address" | "evm-address" | "manual"
    public_ref: str  # descriptor / address; public information only
    vendor: str = "other"  # OneKey, Trezor, Ledger, Coldcard, other
    custody_class: CustodyClass = CustodyClass.HARDWARE_WALLET
    chain: str = "bitcoin"


@dataclass(frozen=True)
class Holding:
    """An amount of one asset held somewhere (exchange account, wallet or manual entry)."""

    source_id: str  # account id or wallet id
    asset: str
    amount: float  # units of ``asset``
    custody_class: CustodyClass
    purpose: Purpose
    label: str = ""


@dataclass(frozen=True)
class SourceStatus:
    """How one source fared in the sync that produced a snapshot."""

    source_id: str
    kind: str  # "exchange" | "market" | "wallet" | "manual" | "demo"
    state: SourceState
    as_of: datetime | None  # when the data shown for this source was fetched
    error: str | None = None  # human-readable reason (never contains secrets)


@dataclass(frozen=True)
class PortfolioSnapshot:
    """Everything known at one moment. Immutable; persisted in one transaction."""

    taken_at: datetime
    accounts: tuple[Account, ...] = ()
    positions: tuple[Position, ...] = ()
    balances: tuple[Balance, ...] = ()
    markets: tuple[MarketState, ...] = ()
    wallets: tuple[Wallet, ...] = ()
    holdings: tuple[Holding, ...] = ()
    prices_usd: Mapping[str, float] = field(default_factory=dict)  # asset -> USD per unit
    sources: tuple[SourceStatus, ...] = ()
    demo: bool = False

    def market(self, venue: str, symbol: str) -> MarketState | None:
        for m in self.markets:
            if m.venue == venue and m.symbol == symbol:
                return m
        return None

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def positions_of(self, account_id: str) -> tuple[Position, ...]:
        return tuple(p for p in self.positions if p.account_id == account_id)

    def balances_of(self, account_id: str) -> tuple[Balance, ...]:
        return tuple(b for b in self.balances if b.account_id == account_id)

    def price_usd(self, asset: str) -> float | None:
        """USD per unit of ``asset``; stablecoins default to 1 when no price is known."""
        if asset in self.prices_usd:
            return self.prices_usd[asset]
        if asset in STABLECOINS:
            return 1.0
        return None

    @property
    def stale_sources(self) -> tuple[SourceStatus, ...]:
        return tuple(s for s in self.sources if s.state is not SourceState.FRESH)


STABLECOINS = frozenset({"USDT", "USDC", "USD", "FDUSD", "BUSD", "DAI", "USDE"})
