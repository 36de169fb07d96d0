"""What a venue spec holds: everything Undertow knows about one exchange, in one object.

Data only (no ccxt, no numpy, no other ``core`` package): the exchange adapter (``core.exchanges``), the
margin rules (``core.liquidation``) and the risk engine (``core.risk``) read it, so adding a venue means
writing one module in ``core/venues/`` and listing it in the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

GENERIC_RULE = "generic.liquidation"  # the approximate Binance-style rule for any venue without its own

MM_OVER_EQUITY = "mm_over_equity"  # ratio = maintenance margin ÷ collateral value; liquidation when it rises to the bar
EQUITY_OVER_MM = "equity_over_mm"  # ratio = collateral value ÷ maintenance margin; liquidation when it falls to it


@dataclass(frozen=True)
class AccountRatio:
    """The account-level rule a venue liquidates on, in one account mode (data; ``core.risk`` evaluates it).

    Ratios are plain numbers (1.0 = 100 %). ``kind``: ``MM_OVER_EQUITY`` (Binance margin ratio, Bybit account MM
    rate, Hyperliquid) or ``EQUITY_OVER_MM`` (Binance uniMMR, OKX ``mgnRatio``). ``liquidates_at``: the ratio's
    value at which the venue liquidates (reached from below for MM ÷ equity, from above for equity ÷ MM).
    ``whole_account``: the trigger is account-wide and the venue takes over every cross position at once, so a
    cross position has no liquidation price of its own. ``haircuts``: collateral counts after the venue's
    collateral rates (``AccountMargin.collateral``). ``counts_only_settle``: only the settle assets of the
    account's positions count as margin (other coins in the wallet are ignored). ``per_position``: the venue
    liquidates position by position (isolated margin), the account ratio is informative only. ``source``: the
    venue page the rule is taken from; ``verified`` False where only a third-party summary was found.
    """

    name: str
    kind: str = MM_OVER_EQUITY
    liquidates_at: float = 1.0
    whole_account: bool = False
    haircuts: bool = False
    counts_only_settle: bool = False
    per_position: bool = False
    source: str = ""
    verified: bool = True
    note: str = ""  # what our figure leaves out (e.g. the venue's stress-test maintenance margin)

    def value(self, collateral_usd: float, maintenance_usd: float) -> float | None:
        """The ratio in the venue's definition (None where it is undefined: no collateral / no maintenance)."""
        if self.kind == EQUITY_OVER_MM:
            return collateral_usd / maintenance_usd if maintenance_usd > 0 else None
        return maintenance_usd / collateral_usd if collateral_usd > 0 else None

    @property
    def maintenance_factor(self) -> float:
        """``k`` of the liquidation test ``collateral value ≤ k × maintenance margin`` (1 = equity at MM)."""
        if self.kind == EQUITY_OVER_MM:
            return self.liquidates_at
        return 1.0 / self.liquidates_at


#: Accounts whose mode was not detected (generic venues, old snapshots): every coin at 100 %, liquidation where
#: equity reaches maintenance margin, position by position prices (the rules used before modes were read).
CLASSIC_RATIO = AccountRatio("maintenance ÷ equity (mode not detected)", source="classic cross-margin rule")


@dataclass(frozen=True)
class Credential:
    key: str  # the ccxt constructor name: apiKey, secret, password, walletAddress
    label: str
    secret: bool = True  # False: public information (a wallet address), stored in the DB options
    required: bool = True  # False: the venue may not need it (a generic venue's passphrase)


API_KEY = Credential("apiKey", "API key")
API_SECRET = Credential("secret", "API secret")
PASSPHRASE = Credential("password", "API passphrase")
GENERIC_CREDENTIALS = (API_KEY, API_SECRET, Credential("password", "Passphrase (if any)", required=False))


@dataclass(frozen=True)
class KeyPermissions:
    """What an API key may do, as the venue reports it. None = the venue did not say."""

    read: bool | None = None
    trade: bool | None = None
    withdraw: bool | None = None

    @property
    def dangerous(self) -> bool:
        return bool(self.trade or self.withdraw)

    def warning(self) -> str | None:
        rights = [name for name, on in (("trading", self.trade), ("withdrawal", self.withdraw)) if on]
        if not rights:
            return None
        return (f"WARNING: this key has {' and '.join(rights)} rights. Undertow needs read-only access; "
                f"replace it with a read-only key so a leak cannot cost you funds.")


@dataclass(frozen=True)
class Venue:
    """One venue (a ccxt exchange id). Defaults describe an unknown venue: generic credentials and the
    approximate generic margin rule."""

    # --- who it is and how to connect (core.exchanges) ------------------------------------------------
    ccxt_id: str
    name: str  # what the trader calls it
    credentials: tuple[Credential, ...] = GENERIC_CREDENTIALS
    ccxt_options: Mapping[str, Any] = field(default_factory=dict)
    # the venue's rate-limit window (seconds): the client is paced over it, at most window ÷ ccxt's rateLimit cost
    # units within any window (core.exchanges.clients.WindowPace); None = ccxt's default one-request leaky bucket
    rate_window_s: float | None = None
    settle: str = "USDT"  # the account's main settlement/collateral currency
    needs_leverages: bool = False  # positions lack leverage; ask fetch_leverages for it
    first_class: bool = False  # offered by name when the user adds an account
    key_help: str = ""
    # the ccxt (implicit API) method that returns the key's rights, and its parser
    permissions_call: str | None = None
    parse_permissions: Callable[[Mapping[str, Any]], KeyPermissions] | None = None

    # the module in core/exchanges/probes that reads the account's mode and the venue's own account figures
    account_probe: str | None = None

    # --- which positions and markets to read (core.exchanges.ccxt_source) -------------------------------------
    # ``fetch_positions`` params, one call each, rows concatenated: a venue that answers one settle currency or
    # category per request (Bybit: linear USDT, linear USDC, inverse) is asked for every one. The first call is
    # essential; a later one the venue refuses for this account (not supported) only leaves a visible gap.
    position_calls: tuple[Mapping[str, Any], ...] = ({},)
    # ccxt ``fetchMarkets`` types loaded (besides ``ccxt_options``' own) when a held position is in no loaded
    # market, e.g. OKX dated futures, Bybit inverse contracts; a position still unmatched is "not analysed"
    extra_market_types: tuple[str, ...] = ()
    # the raw position row's size key: a held row the ccxt parser drops (Binance skips an entry price <= 0) is
    # caught as implausible data instead of silently vanishing ("" = not checked)
    position_size_field: str = ""

    # --- field quirks of its ccxt payloads (core.exchanges.normalize) ---------------------------------
    isolated_margin_fields: tuple[str, ...] = ()  # position["info"] keys holding the isolated margin, in order
    tier_deduction_field: str | None = None  # tier["info"] key of the maintenance amount (cum, mmDeduction)
    mmr_from_max_leverage: bool = False  # tiers give only max leverage: MMR = 1 / (2 × max leverage)

    # --- margin rules (core.liquidation, core.risk) -----------------------------------------------------
    # the liquidation formulas as "<module>.<function>" in core.liquidation, for linear / inverse contracts
    linear_rule: str = GENERIC_RULE
    inverse_rule: str = GENERIC_RULE
    hedge_cross_rule: str | None = None  # both legs of a cross hedge share one liquidation price
    tiers_count_contracts: bool = False  # tier bounds in contracts (OKX), else in notional (settle currency)
    tier_deduction: bool = True  # tiers carry a maintenance amount (else MM jumps at tier boundaries)
    fee_in_maintenance: bool = False  # the taker fee rate is added to the MMR (OKX)
    default_taker_fee: float = 0.0  # fraction; used by a fee term when the market does not report one
    balance_includes_upnl: bool = False  # ccxt balance ``total`` already contains unrealised PnL
    calculator_names: Mapping[str, bool] = field(default_factory=dict)  # calculator venue name -> inverse
    # --- the names a trader types (the calculator's symbol picker) ---------------------------------------
    # the ccxt market key that holds the venue's own name of a market (BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP)
    native_symbol_key: str = "id"
    # calculator venue name -> the ccxt symbol the calculator opens on (the venue's BTC perpetual)
    calculator_symbols: Mapping[str, str] = field(default_factory=dict)
    # account mode (``core.model.ACCOUNT_MODES`` key) -> the account-level rule the venue liquidates on
    account_ratios: Mapping[str, AccountRatio] = field(default_factory=dict)

    @property
    def secret_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.credentials if c.secret)

    @property
    def public_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.credentials if not c.secret)

    def missing_credentials(self, given: Mapping[str, str]) -> list[str]:
        """Labels of the required credentials absent from ``given`` (ccxt key -> value)."""
        return [c.label for c in self.credentials if c.required and not given.get(c.key)]

    def native_symbol(self, market: Mapping[str, Any]) -> str:
        """The venue's own name of a ccxt market (what its web page and API show), else the ccxt id."""
        value = market.get(self.native_symbol_key) or market.get("id") or ""
        return str(value)

    def rule_name(self, inverse: bool) -> str:
        return self.inverse_rule if inverse else self.linear_rule

    def account_ratio(self, mode: str) -> AccountRatio:
        """The account rule of ``mode``; ``CLASSIC_RATIO`` for an undetected or unknown mode."""
        return self.account_ratios.get(mode, CLASSIC_RATIO) if mode else CLASSIC_RATIO

    def exact(self, inverse: bool) -> bool:
        """True when the venue's own documented formula applies (not the approximate generic one)."""
        return self.rule_name(inverse) != GENERIC_RULE
