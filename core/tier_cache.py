"""The calculator's market lists and tier tables: fetched from the venue, cached on disk with their date, and a
bundled set for offline use.

A table's ``TierTable.origin``, best first: ``online`` (just fetched through the real ccxt client, ``fetch``),
``cached`` (fetched earlier, ``<cache dir>/tiers/<ccxt venue id>.json`` with its date; fresh for ``CACHE_TTL``, an
older one still used, and said to be old, when the venue cannot be reached), ``bundled`` (``resources/tiers``,
whose README says where each came from and its date); ``snapshot`` is the table the last sync read for a held
position (``TierTable.of_market``). ``VenueCatalog.resolve`` turns what the trader types (BTCUSDT, BTC-USDT-SWAP,
BTCUSD_PERP, BTC/USDT:USDT, BTC) into one market (``MarketRef``). Plain data and files; the only I/O beyond the
cache file is ``fetch``.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.messages import QT_TRANSLATE_NOOP, Message, When, message
from core.model import LeverageTier
from core.venues import venue_spec

log = logging.getLogger(__name__)

CACHE_TTL = timedelta(hours=24)  # a table fetched less than this long ago is used without asking again
ONLINE, CACHED, BUNDLED, SNAPSHOT = "online", "cached", "bundled", "snapshot"
CACHE_VERSION = 1
_CONTRACT_TYPES = ("swap", "future")


def cache_dir() -> Path:
    """``<platform cache dir>/tiers`` (``$UNDERTOW_HOME/cache/tiers`` when set: tests and portable use)."""
    home = os.environ.get("UNDERTOW_HOME")
    if home:
        return Path(home) / "cache" / "tiers"
    import platformdirs

    return Path(platformdirs.user_cache_dir("undertow", appauthor=False)) / "tiers"


def bundled_dir() -> Path:
    from core.resources import resource_path

    return resource_path("tiers")


class SymbolError(ValueError):
    """What the trader typed names no market (or several); ``text`` says which and what to type instead."""

    def __init__(self, text: Message, unknown: bool = False) -> None:
        super().__init__(str(text))
        self.text = text
        self.unknown = unknown  # no market fits (rather than an empty input or several fitting)


@dataclass(frozen=True)
class MarketRef:
    """One contract market as the calculator needs it. ``contract_size``: base units per contract (linear) or
    USD face value per contract (inverse); ``max_leverage``: the market's leverage limit, where ccxt gives one."""

    symbol: str  # ccxt unified: BTC/USDT:USDT
    native: str  # the venue's own name: BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP, BTC
    base: str
    quote: str
    settle: str
    inverse: bool = False
    contract_size: float = 1.0
    type: str = "swap"
    max_leverage: float | None = None
    taker: float | None = None

    @classmethod
    def from_ccxt(cls, venue: str, market: Mapping[str, Any]) -> MarketRef | None:
        """A ccxt market dict -> ``MarketRef``; None for spot, options and unreadable rows."""
        if market.get("type") not in _CONTRACT_TYPES or not market.get("symbol"):
            return None
        limits = (market.get("limits") or {}).get("leverage") or {}
        return cls(symbol=str(market["symbol"]), native=venue_spec(venue).native_symbol(market),
                   base=str(market.get("base") or ""), quote=str(market.get("quote") or ""),
                   settle=str(market.get("settle") or ""), inverse=bool(market.get("inverse")),
                   contract_size=_positive(market.get("contractSize")) or 1.0, type=str(market.get("type")),
                   max_leverage=_positive(limits.get("max")), taker=_finite(market.get("taker")))

    @classmethod
    def from_symbol(cls, symbol: str) -> MarketRef:
        """Only the ccxt symbol is known (a table without its market): the name stands for itself."""
        base, _, rest = symbol.partition("/")
        quote, _, settle = rest.partition(":")
        return cls(symbol, symbol, base, quote, settle or quote, inverse=bool(settle) and settle == base)

    def to_json(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "native": self.native, "base": self.base, "quote": self.quote,
                "settle": self.settle, "inverse": self.inverse, "contract_size": self.contract_size,
                "type": self.type, "max_leverage": self.max_leverage, "taker": self.taker}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> MarketRef:
        return cls(symbol=str(raw["symbol"]), native=str(raw.get("native") or raw["symbol"]),
                   base=str(raw.get("base") or ""), quote=str(raw.get("quote") or ""),
                   settle=str(raw.get("settle") or ""), inverse=bool(raw.get("inverse")),
                   contract_size=_positive(raw.get("contract_size")) or 1.0, type=str(raw.get("type") or "swap"),
                   max_leverage=_positive(raw.get("max_leverage")), taker=_finite(raw.get("taker")))


@dataclass(frozen=True)
class TierTable:
    """One symbol's tier table as the venue (ccxt) lists it, with where and when it comes from.

    ``fetched_at``: when the venue answered (``online``/``cached``/``snapshot``); ``as_of``: the date a bundled
    table stands for (None: not recorded); ``source``: where a bundled table came from (English, data level).
    """

    venue: str
    symbol: str
    rows: tuple[Mapping[str, Any], ...]
    origin: str
    fetched_at: datetime | None = None
    as_of: str | None = None
    source: str = ""
    synthetic: bool = False
    ready: tuple[LeverageTier, ...] = ()  # already parsed (a snapshot's market): used as is

    @classmethod
    def of_market(cls, venue: str, symbol: str, tiers: tuple[LeverageTier, ...],
                  fetched_at: datetime | None) -> TierTable:
        """The table the last sync read for a held position (``MarketState.tiers``)."""
        return cls(venue, symbol, (), SNAPSHOT, fetched_at=fetched_at, ready=tiers)

    @property
    def max_leverage_known(self) -> bool:
        return bool(self.ready) or any(_positive(r.get("maxLeverage")) for r in self.rows)

    def tiers(self) -> tuple[LeverageTier, ...]:
        """The validated table (``TierTableError`` when the venue's rows break the rules). A recording without
        max leverage gets an unbounded one (``max_leverage_known`` False: nothing is checked against it)."""
        if self.ready:
            return self.ready
        from core.exchanges.normalize import tiers_from_ccxt

        known = self.max_leverage_known
        rows = self.rows if known else [dict(r, maxLeverage=1) for r in self.rows]
        parsed = tiers_from_ccxt(self.venue, rows, label=f"{venue_spec(self.venue).name} {self.symbol}")
        return parsed if known else tuple(replace(t, max_leverage=math.inf) for t in parsed)

    def fresh(self, now: datetime, ttl: timedelta = CACHE_TTL) -> bool:
        return self.origin in (ONLINE, CACHED, SNAPSHOT) and self.fetched_at is not None \
            and timedelta(0) <= now - self.fetched_at < ttl

    def dated(self) -> str:
        """The table's date as ISO text (the fetch time in UTC, or the bundled table's ``as_of``), "" if none."""
        if self.fetched_at is not None:
            return self.fetched_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return self.as_of or ""

    def describe(self) -> Message:
        """Where the table comes from and its date, for the person reading the result."""
        name = venue_spec(self.venue).name
        when: When | str = When(self.fetched_at) if self.fetched_at is not None else "?"
        if self.origin == ONLINE:
            return message(QT_TRANSLATE_NOOP("Core", "{venue}'s table, fetched just now ({date})"), venue=name,
                           date=when)
        if self.origin == CACHED:
            return message(QT_TRANSLATE_NOOP("Core", "{venue}'s table, fetched {date} (cached)"), venue=name,
                           date=when)
        if self.origin == SNAPSHOT:
            return message(QT_TRANSLATE_NOOP("Core", "{venue}'s table read by the last sync ({date})"), venue=name,
                           date=when)
        if self.synthetic:
            return message(QT_TRANSLATE_NOOP("Core", "the bundled demo table (synthetic, not {venue}'s own), as of "
                                                     "{date}"), venue=name, date=self.as_of or "?")
        if self.as_of:
            return message(QT_TRANSLATE_NOOP("Core", "the bundled copy of {venue}'s table, recorded about {date}"),
                           venue=name, date=self.as_of)
        return message(QT_TRANSLATE_NOOP("Core", "the bundled copy of an older {venue} table (date not recorded)"),
                       venue=name)


@dataclass
class VenueCatalog:
    """The markets and tier tables known for one ccxt venue (bundled, cached or just fetched)."""

    venue: str
    markets: dict[str, MarketRef] = field(default_factory=dict)
    tables: dict[str, TierTable] = field(default_factory=dict)
    markets_fetched_at: datetime | None = None
    problems: list[Message] = field(default_factory=list)
    signed_only_at: datetime | None = None  # when the venue last refused its tables to an unsigned request

    def merged(self, newer: VenueCatalog) -> VenueCatalog:
        """This catalog with ``newer``'s markets and tables on top (a table is replaced by a newer origin)."""
        return VenueCatalog(self.venue, {**self.markets, **newer.markets}, {**self.tables, **newer.tables},
                            newer.markets_fetched_at or self.markets_fetched_at, [*self.problems, *newer.problems],
                            newer.signed_only_at or self.signed_only_at)

    def refuses_unsigned(self, now: datetime, ttl: timedelta = CACHE_TTL) -> bool:
        """The venue refused its tables to an unsigned request less than ``ttl`` ago: do not ask again unsigned."""
        return self.signed_only_at is not None and timedelta(0) <= now - self.signed_only_at < ttl

    def market(self, symbol: str) -> MarketRef:
        return self.markets.get(symbol) or MarketRef.from_symbol(symbol)

    def names(self, inverse: bool | None = None) -> list[str]:
        """What the symbol field completes: the venue's own names first, then the ccxt symbols."""
        chosen = [m for m in self.markets.values() if inverse is None or m.inverse == inverse]
        natives = sorted({m.native for m in chosen})
        return natives + sorted({m.symbol for m in chosen} - set(natives))

    def with_table(self) -> list[MarketRef]:
        return [self.market(s) for s in sorted(self.tables)]

    def resolve(self, text: str, inverse: bool | None = None) -> MarketRef:
        """The market the trader means by ``text``: the venue's own name (BTCUSDT, BTC-USDT-SWAP, BTCUSD_PERP,
        any case), the ccxt symbol (BTC/USDT:USDT), a pair (BTC/USDT, BTC-USDT, BTCUSDT.P) or a base coin (BTC).
        ``inverse`` prefers that kind where the text fits both. Raises ``SymbolError``."""
        wanted = text.strip()
        if not wanted:
            raise SymbolError(message(QT_TRANSLATE_NOOP("Core", "Type a symbol, e.g. {example}."),
                                      example=(self.names(inverse) or ["BTC/USDT:USDT"])[0]))
        known = [self.market(s) for s in sorted(set(self.markets) | set(self.tables))]
        upper = wanted.upper()
        for matches in (
                [m for m in known if upper in (m.symbol.upper(), m.native.upper())],
                [m for m in known if _compact(upper) in (_compact(m.native), _compact(m.symbol))],
                [m for m in known if _compact(_without_perp_suffix(upper)) in
                 (_compact(m.native), _compact(m.base + m.quote))],
                [m for m in known if upper == m.base.upper()]):
            if matches:
                return self._one(wanted, matches, inverse)
        natives = sorted({m.native for m in known if inverse is None or m.inverse == inverse})
        raise SymbolError(message(
            QT_TRANSLATE_NOOP("Core", "{symbol} is not a {venue} contract ({count} known: {known})."),
            symbol=wanted, venue=venue_spec(self.venue).name, count=len(natives),
            known=", ".join(natives[:10]) + (", …" if len(natives) > 10 else "")), unknown=True)

    def _one(self, wanted: str, matches: Sequence[MarketRef], inverse: bool | None) -> MarketRef:
        ranked = sorted(matches, key=lambda m: (inverse is not None and m.inverse != inverse, m.type != "swap",
                                               m.settle != m.quote and not m.inverse, m.native))
        best = ranked[0]
        ties = [m for m in ranked if (m.inverse, m.type) == (best.inverse, best.type)
                and (m.settle != m.quote) == (best.settle != best.quote)]
        if len(ties) > 1:
            raise SymbolError(message(QT_TRANSLATE_NOOP("Core", "{symbol} fits several {venue} contracts: {choices}. "
                                                                "Type one of them."),
                                      symbol=wanted, venue=venue_spec(self.venue).name,
                                      choices=", ".join(m.native for m in ties[:8])))
        return best


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _without_perp_suffix(text: str) -> str:
    """TradingView-style ``BTCUSDT.P`` / ``BTCUSDT PERP`` -> ``BTCUSDT``."""
    return re.sub(r"(\.P|[._\- ]?PERP(ETUAL)?)$", "", text)


def _finite(value: Any) -> float | None:
    from core.exchanges.normalize import num

    return num(value)


def _positive(value: Any) -> float | None:
    f = _finite(value)
    return f if f is not None and f > 0 else None


def _when(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


# --- files ----------------------------------------------------------------------------------------------------
def load_bundled(venue: str, directory: Path | None = None) -> VenueCatalog:
    """``resources/tiers/<venue>.json`` (or ``directory``); an empty catalog for a venue with none bundled.

    Also reads the market-bundle shape ``{"markets", "leverage_tiers": {symbol: rows}}`` of the demo data."""
    folder = directory if directory is not None else bundled_dir()
    path = folder / f"{venue}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return VenueCatalog(venue)
    except (OSError, ValueError) as exc:
        return VenueCatalog(venue, problems=[message(
            QT_TRANSLATE_NOOP("Core", "The bundled tier tables {file} cannot be read ({reason}); the installation "
                                      "is damaged."), file=path.name, reason=type(exc).__name__)])
    markets = {}
    for symbol, raw in (doc.get("markets") or {}).items():
        ref = MarketRef.from_json(raw) if "native" in raw else MarketRef.from_ccxt(venue, raw)
        if ref is not None:
            markets[symbol] = ref
    tables = {}
    for symbol, entry in (doc.get("tables") or {}).items():
        tables[symbol] = TierTable(venue, symbol, tuple(entry.get("tiers") or ()), BUNDLED,
                                   as_of=entry.get("as_of"), source=str(entry.get("source") or ""),
                                   synthetic=bool(entry.get("synthetic")))
    for symbol, rows in (doc.get("leverage_tiers") or {}).items():
        tables.setdefault(symbol, TierTable(venue, symbol, tuple(rows or ()), BUNDLED))
    return VenueCatalog(venue, markets, tables)


def load_cache(venue: str, directory: Path | None = None) -> VenueCatalog:
    """The tables fetched earlier for ``venue`` (empty when none); an unreadable cache file is reported in
    ``problems`` and otherwise ignored (it is rebuilt by the next fetch)."""
    path = (directory if directory is not None else cache_dir()) / f"{venue}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("version") != CACHE_VERSION:
            raise ValueError("unknown cache layout")
        markets = {s: MarketRef.from_json(raw) for s, raw in (doc.get("markets") or {}).items()}
        tables = {s: TierTable(venue, s, tuple(entry["tiers"]), CACHED, fetched_at=_when(entry.get("fetched_at")))
                  for s, entry in (doc.get("tables") or {}).items()}
    except FileNotFoundError:
        return VenueCatalog(venue)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("tier cache %s unreadable: %s", path, exc)
        return VenueCatalog(venue, problems=[message(
            QT_TRANSLATE_NOOP("Core", "The saved tier tables ({file}) could not be read and were skipped; the "
                                      "next fetch rewrites them."), file=str(path))])
    return VenueCatalog(venue, markets, tables, _when(doc.get("markets_fetched_at")),
                        signed_only_at=_when(doc.get("signed_only_at")))


def save_cache(fetched: VenueCatalog, directory: Path | None = None) -> Path:
    """Merge what was just fetched into the venue's cache file (written atomically). Returns its path."""
    folder = directory if directory is not None else cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    old = load_cache(fetched.venue, folder)
    markets = {**old.markets, **fetched.markets}
    tables = {**old.tables, **{s: t for s, t in fetched.tables.items() if t.origin in (ONLINE, CACHED)}}
    doc = {"version": CACHE_VERSION, "venue": fetched.venue,
           "markets_fetched_at": _iso(fetched.markets_fetched_at or old.markets_fetched_at),
           "signed_only_at": _iso(fetched.signed_only_at or old.signed_only_at),
           "markets": {s: m.to_json() for s, m in sorted(markets.items())},
           "tables": {s: {"fetched_at": _iso(t.fetched_at), "tiers": [_plain(r) for r in t.rows]}
                      for s, t in sorted(tables.items())}}
    path = folder / f"{fetched.venue}.json"
    fd, tmp = tempfile.mkstemp(prefix=f".{fetched.venue}-", suffix=".json", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat() if when is not None else None


def _plain(value: Any) -> Any:
    """A ccxt structure as JSON can hold it (non-finite numbers become null)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def catalog(venue: str, bundled: Path | None = None, cache: Path | None = None) -> VenueCatalog:
    """Everything known offline for ``venue``: the bundled set with the cache on top."""
    return load_bundled(venue, bundled).merged(load_cache(venue, cache))


# --- the venue -------------------------------------------------------------------------------------------------
FETCH_TIMEOUT_MS = 8_000  # per request: the calculator waits for a person, not for a sync
PARALLEL_SYMBOLS = 4  # per-symbol tier requests in flight at once (the client's own rate limit also applies)


async def fetch(venue: str, symbols: Sequence[str] | Callable[[VenueCatalog], Sequence[str]] | None, now: datetime,
                *, base_url: str = "", credentials: Mapping[str, str] | None = None,
                timeout_ms: int = FETCH_TIMEOUT_MS) -> VenueCatalog:
    """The venue's contract markets and the tier tables of ``symbols`` (ccxt symbols, or a function choosing
    them from the fetched market list; None = every contract market), fetched now through a public ccxt client
    (``credentials`` for a venue that serves its tables only to signed requests). Never raises for the venue's
    sake: what failed is in ``problems``; what arrived is kept. ``base_url``: a proxy, mirror or test fake (as
    an account's API base URL)."""
    from core.exchanges.accounts import AccountConfig
    from core.exchanges.venues import build_exchange

    spec = venue_spec(venue)
    config = AccountConfig(id=f"calculator-{venue}", venue=venue, label="calculator", api_base_url=base_url,
                           options={"timeout_ms": timeout_ms})
    out = VenueCatalog(venue)
    try:
        exchange = build_exchange(config, credentials)
    except Exception as exc:  # noqa: BLE001 - e.g. ccxt does not know the venue: said, not raised
        out.problems.append(_problem(exc, venue, credentials))
        return out
    types = [*((spec.ccxt_options.get("fetchMarkets") or {}).get("types") or ()), *spec.extra_market_types]
    if types:  # the calculator needs every contract kind the venue trades (Bybit linear and inverse ...)
        exchange.options["fetchMarkets"] = {**(exchange.options.get("fetchMarkets") or {}), "types": types}
    try:
        await exchange.load_markets()
        for raw in (exchange.markets or {}).values():
            ref = MarketRef.from_ccxt(venue, raw)
            if ref is not None:
                out.markets[ref.symbol] = ref
        out.markets_fetched_at = now
        chosen = symbols(out) if callable(symbols) else symbols
        wanted = list(out.markets) if chosen is None else [s for s in chosen if s in out.markets]
        rows, problems = await _fetch_rows(exchange, venue, wanted, out.markets, everything=symbols is None)
        for symbol, tiers in rows.items():
            if tiers:
                out.tables[symbol] = TierTable(venue, symbol, tuple(_plain(list(tiers))), ONLINE, fetched_at=now)
        for failure in problems[:1]:
            _failed(out, failure, credentials, now)
    except Exception as exc:  # noqa: BLE001 - a failure of the venue is a message, never a crash
        _failed(out, exc, credentials, now)
    finally:
        try:
            await exchange.close()
        except Exception as exc:  # noqa: BLE001 - closing never hides the answer
            log.debug("closing the calculator client failed: %s", type(exc).__name__)
    return out


async def _fetch_rows(exchange: Any, venue: str, symbols: list[str], markets: Mapping[str, MarketRef],
                      everything: bool) -> tuple[dict[str, Any], list[BaseException]]:
    import asyncio

    from core.exchanges.probes import probe_module

    spec = venue_spec(venue)
    hook = getattr(probe_module(spec.account_probe), "public_leverage_tiers", None) if spec.account_probe else None
    if hook is not None:  # a venue whose tiers ccxt does not read (Hyperliquid's margin tables)
        return dict(await hook(exchange, symbols)), []
    has = exchange.has
    if not has.get("fetchMarketLeverageTiers") and not has.get("fetchLeverageTiers"):
        if spec.mmr_from_max_leverage:  # one tier at the market's max leverage
            return {s: [_max_leverage_tier(markets[s])] for s in symbols if markets[s].max_leverage}, []
        import ccxt.async_support as ccxt_async

        return {}, [ccxt_async.NotSupported(f"{venue} leverage tiers")]
    if everything and has.get("fetchLeverageTiers") is True:
        tiers = await exchange.fetch_leverage_tiers()
        return {s: t for s, t in (tiers or {}).items() if s in markets}, []
    gate = asyncio.Semaphore(PARALLEL_SYMBOLS)
    failures: list[BaseException] = []

    async def one(symbol: str) -> tuple[str, Any]:
        async with gate:
            try:
                return symbol, await exchange.fetch_market_leverage_tiers(symbol)
            except Exception as exc:  # noqa: BLE001 - one symbol's failure leaves the others
                failures.append(exc)
                return symbol, None

    answers = await asyncio.gather(*(one(s) for s in symbols))
    return {s: rows for s, rows in answers if rows}, failures


def _max_leverage_tier(market: MarketRef) -> dict[str, Any]:
    return {"tier": 1, "symbol": market.symbol, "currency": market.settle, "minNotional": 0.0, "maxNotional": None,
            "maintenanceMarginRate": None, "maxLeverage": market.max_leverage,
            "info": {"source": "market leverage limit"}}


def _failed(out: VenueCatalog, exc: BaseException, credentials: Mapping[str, str] | None, now: datetime) -> None:
    from core.exchanges.errors import category_of

    out.problems.append(_problem(exc, out.venue, credentials))
    if category_of(exc) == "bad_key" and not credentials:
        out.signed_only_at = now


def signed_only_problem(venue: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Core", "{venue} gives its tier tables only to requests signed with an API key. "
                                             "Add a read-only {venue} key in Accounts: the tables of the symbols you "
                                             "hold are then read at every sync."), venue=venue_spec(venue).name)


def _problem(exc: BaseException, venue: str, credentials: Mapping[str, str] | None) -> Message:
    from core.exchanges.errors import category_of, to_source_error

    name = venue_spec(venue).name
    if category_of(exc) == "bad_key" and not credentials:
        return signed_only_problem(venue)
    text: Any = to_source_error(exc, name, "leverage tiers").message
    return text if isinstance(text, Message) else message(QT_TRANSLATE_NOOP("Core", "{venue}: {reason}"),
                                                          venue=name, reason=str(text))
