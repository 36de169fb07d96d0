"""The venues Undertow knows by name, and the generic path for any other ccxt exchange.

A venue spec says which credentials the user types in, which ccxt options keep the client to the
calls a positions viewer needs (no spot/option market lists, no currency lists needing extra key
permissions), and how to read the key's permissions where the venue exposes them.
ccxt is imported only inside functions: this module is on the GUI start-up path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 10_000  # per request; retries and the sync's own timeout bound the total


@dataclass(frozen=True)
class Credential:
    key: str  # the ccxt constructor name: apiKey, secret, password, walletAddress
    label: str
    secret: bool = True  # False: public information (a wallet address), stored in the DB options


@dataclass(frozen=True)
class Venue:
    ccxt_id: str
    name: str  # what the trader calls it
    credentials: tuple[Credential, ...]
    ccxt_options: Mapping[str, Any] = field(default_factory=dict)
    settle: str = "USDT"
    needs_leverages: bool = False  # positions lack leverage; ask fetch_leverages for it
    first_class: bool = True
    key_help: str = ""

    @property
    def secret_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.credentials if c.secret)

    @property
    def public_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.credentials if not c.secret)


API_KEY = Credential("apiKey", "API key")
API_SECRET = Credential("secret", "API secret")
PASSPHRASE = Credential("password", "API passphrase")

READ_ONLY_ADVICE = (
    "Create a READ-ONLY key: Undertow only reads positions, balances and market data. A key that can "
    "trade or withdraw turns any leak of this computer into a loss of funds.")

VENUES: dict[str, Venue] = {
    "binanceusdm": Venue(
        "binanceusdm", "Binance USD-M", (API_KEY, API_SECRET),
        # fetchCurrencies/fetchMargins would call /sapi endpoints a futures-only key cannot read.
        {"fetchCurrencies": False, "fetchMargins": False, "fetchMarkets": {"types": ["linear"]}},
        needs_leverages=True,  # /fapi/v3/positionRisk has no leverage field
        key_help="Binance: API Management -> Create API -> enable 'Enable Reading' only."),
    "bybit": Venue(
        "bybit", "Bybit", (API_KEY, API_SECRET),
        {"fetchMarkets": {"types": ["linear"]}},
        key_help="Bybit: API -> Create New Key -> System-generated -> 'Read-Only'."),
    "okx": Venue(
        "okx", "OKX", (API_KEY, API_SECRET, PASSPHRASE),
        {"fetchMarkets": {"types": ["swap"]}},
        key_help="OKX: API -> Create V5 API Key -> permission 'Read' only."),
    "hyperliquid": Venue(
        "hyperliquid", "Hyperliquid", (Credential("walletAddress", "Wallet address", secret=False),),
        {"fetchMarkets": {"types": ["swap"]}}, settle="USDC",
        key_help="Hyperliquid: only your public wallet address is needed; no key at all."),
}


def venue_spec(venue_id: str) -> Venue:
    """The spec of a first-class venue, or the generic one (API key + secret + optional passphrase)."""
    if venue_id in VENUES:
        return VENUES[venue_id]
    return Venue(venue_id, venue_id, (API_KEY, API_SECRET, Credential("password", "Passphrase (if any)")),
                 first_class=False)


def first_class_venues() -> list[Venue]:
    return list(VENUES.values())


def generic_venue_problem(venue_id: str) -> str | None:
    """Why ``venue_id`` cannot be used, or None. Imports ccxt (slow): call it when adding an account."""
    if venue_id in VENUES:
        return None
    import ccxt.async_support as ccxt_async

    if venue_id not in ccxt_async.exchanges:
        return f"unknown exchange {venue_id!r} (use a ccxt exchange id such as binanceusdm, bybit, okx)"
    has = getattr(ccxt_async, venue_id)().has  # describe() only; no I/O, no session opened
    if not has.get("fetchPositions"):
        return f"{venue_id} does not support reading positions (fetchPositions) through ccxt"
    return None


def point_at(exchange, base_url: str):
    """Send every REST call of ``exchange`` to ``base_url`` (a proxy, a mirror or a test fake),
    keeping each API's path prefix (/fapi/v1, /sapi/v1, ...)."""
    base = base_url.rstrip("/")
    for key, url in list(exchange.urls["api"].items()):
        if isinstance(url, str):
            exchange.urls["api"][key] = base + urlsplit(url).path
    return exchange


def build_exchange(config, credentials: Mapping[str, str] | None):
    """A configured ``ccxt.async_support`` client for one ``AccountConfig`` (no I/O yet)."""
    import ccxt.async_support as ccxt_async

    spec = venue_spec(config.venue)
    cls = getattr(ccxt_async, spec.ccxt_id, None)
    if cls is None:
        from core.sync import SourceError

        raise SourceError("not_supported", f"ccxt does not know the exchange {config.venue!r}.")
    options = config.options or {}
    params: dict[str, Any] = {
        "enableRateLimit": bool(options.get("rate_limit", True)),
        "timeout": int(options.get("timeout_ms", DEFAULT_TIMEOUT_MS)),
        "options": {k: (dict(v) if isinstance(v, dict) else v) for k, v in spec.ccxt_options.items()},
    }
    for key in spec.secret_keys:
        if credentials and credentials.get(key):
            params[key] = credentials[key]
    for key in spec.public_keys:
        if options.get(key):
            params[key] = options[key]
    exchange = cls(params)
    # ccxt logs request headers (the API key) at DEBUG; keep its logger above that, always.
    logging.getLogger("ccxt").setLevel(max(logging.getLogger("ccxt").level, logging.INFO))
    exchange.has["fetchCurrencies"] = False  # currency lists need extra key rights and are not used
    _reject_broken_json(exchange, ccxt_async.BadResponse)
    if config.api_base_url:
        point_at(exchange, config.api_base_url)
        if config.api_base_url.startswith("http://"):
            exchange.timeout_on_exit = 0  # the close() pause only drains TLS transports
    return exchange


def _reject_broken_json(exchange, bad_response: type) -> None:
    """ccxt turns an unparsable JSON body into the raw text, which the parsers then read as "no
    positions". A truncated answer must fail loudly instead of blanking an account."""
    original = exchange.parse_json

    def parse_json(http_response):
        parsed = original(http_response)
        if parsed is None and exchange.is_json_encoded_object(http_response):
            raise bad_response(f"{exchange.id}: malformed JSON in the response")
        return parsed

    exchange.parse_json = parse_json


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


def permissions_from_binance(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /sapi/v1/account/apiRestrictions``."""
    trade = any(bool(raw.get(k)) for k in ("enableFutures", "enableSpotAndMarginTrading", "enableMargin",
                                               "enablePortfolioMarginTrading", "enableVanillaOptions"))
    withdraw = bool(raw.get("enableWithdrawals")) or bool(raw.get("enableInternalTransfer"))
    return KeyPermissions(read=bool(raw.get("enableReading", True)), trade=trade, withdraw=withdraw)


def permissions_from_bybit(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /v5/user/query-api`` (``result``)."""
    result = raw.get("result", raw) or {}
    perms = result.get("permissions") or {}
    read_only = str(result.get("readOnly", "")) == "1"
    wallet = [p for p in perms.get("Wallet") or () if p]
    withdraw = any("withdraw" in str(p).lower() for p in wallet) or bool(perms.get("Withdraw"))
    trade = (not read_only) and any(perms.get(k) for k in ("ContractTrade", "Spot", "Options", "Derivatives"))
    return KeyPermissions(read=True, trade=trade, withdraw=withdraw)


def permissions_from_okx(raw: Mapping[str, Any]) -> KeyPermissions:
    """``GET /api/v5/account/config`` (``data[0].perm`` = "read_only,trade,withdraw")."""
    data = (raw.get("data") or [{}])[0] or {}
    perm = {p.strip() for p in str(data.get("perm", "")).split(",") if p.strip()}
    return KeyPermissions(read="read_only" in perm or not perm, trade="trade" in perm, withdraw="withdraw" in perm)


async def read_key_permissions(exchange, venue_id: str) -> KeyPermissions | None:
    """The key's rights where the venue exposes them (Binance, Bybit, OKX); None otherwise."""
    try:
        if venue_id.startswith("binance"):
            return permissions_from_binance(await exchange.sapiGetAccountApiRestrictions())
        if venue_id == "bybit":
            return permissions_from_bybit(await exchange.privateGetV5UserQueryApi())
        if venue_id == "okx":
            return permissions_from_okx(await exchange.privateGetAccountConfig())
    except Exception as exc:  # noqa: BLE001 - unknown rights are reported as unknown, not as failure
        log.info("%s: key permissions unavailable (%s)", venue_id, type(exc).__name__)
    return None
