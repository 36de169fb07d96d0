"""Live exchange accounts through ``ccxt.async_support``: one client per account, everything concurrent.

``ExchangeAccountSource.fetch(now)`` produces the same raw bundles as the demo (see
``core.exchanges.normalize``) and normalises them. Per account the request chain is:

    load_markets (cached after the first sync)
      -> positions | balance | leverages                       (concurrently)
        -> per held symbol: ticker, funding, open interest, order book, tiers, daily candles (concurrently)

Positions and balance are essential: if either fails the whole source fails (``SourceError``) and the
sync keeps the last good data, marked stale. The market pieces are optional: one that fails is
filled from the previous snapshot's value, so nothing already known is blanked, and is listed in
``source.problems``. ccxt is imported lazily; clients are cached per (loop, account) and closed by
``close_clients()``.

Markets follow positions: positions are read with every ``Venue.position_calls`` entry (Bybit: each settle coin
and category); a held position whose market is not loaded makes the venue's other market types load
(``Venue.extra_market_types``; else the list is reloaded, at most hourly) and the positions be read again; one
still without a swap or futures market is kept out of every figure and listed as "not analysed"
(``source.unanalysed`` and the source's note). Data is checked at the door (``core.plausibility``): an
implausible price, size, entry or balance, a NaN, a held row the parser dropped, fails the source with the
reason. Time is bounded (``RetryPolicy.budget_s`` per call, ``source_budget_s`` per account) and a venue's
``Retry-After`` holds its client back (``core.retry.Gate``, ``core.exchanges.venues.gate_of``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from functools import partial
from typing import Any

from core.exchanges.accounts import AccountConfig
from core.exchanges.errors import redact, retry_category, to_source_error, user_message
from core.exchanges.probes import ProbeContext, ProbeResult, call_params, probe_module
from core.exchanges.venues import (
    RAW_RESPONSES,
    KeyPermissions,
    Venue,
    build_exchange,
    gate_of,
    read_key_permissions,
    venue_spec,
)
from core.model import MarketState, PortfolioSnapshot
from core.plausibility import (
    dropped_row_problem,
    dropped_rows,
    model_problems,
    non_finite_values,
    raw_balance_problems,
    raw_position_problems,
    shown,
    summary,
)
from core.retry import Gate, RetryPolicy, call_with_retries, source_budget
from core.sync import SourceError, SourcePayload

log = logging.getLogger(__name__)

OHLCV_DAYS = 60  # daily candles for volatility
BOOK_DEPTH = 100  # levels per side for the cascade's depth curve

#: MarketState fields each optional market piece fills (kept from the last snapshot if it fails).
PIECE_FIELDS: dict[str, tuple[str, ...]] = {
    "tickers": ("last_price", "index_price"),
    "funding_rates": ("funding_rate", "next_funding_at", "funding_interval_h"),
    "open_interest": ("open_interest_usd", "open_interest_contracts"),
    "order_books": ("bids", "asks"),
    "leverage_tiers": ("tiers", "tiers_fetched_at"),
    "ohlcv": ("daily_closes",),
}
PIECE_WORDS = {"tickers": "tickers", "funding_rates": "funding rates", "open_interest": "open interest",
               "order_books": "order books", "leverage_tiers": "leverage tiers", "ohlcv": "daily candles",
               "eur_rate": "the EUR rate", "market_list": "the market list"}
#: ccxt market types whose positions Undertow analyses (perpetual swaps and dated futures, linear or inverse).
ANALYSED_TYPES = ("swap", "future")
#: A held position in no loaded market reloads the market list at most this often (new types load at once).
MARKET_RELOAD_S = 3600.0
#: Spot markets that give the euro's rate for the EUR display currency: (symbol, quoted in EUR?).
EUR_MARKETS = (("EUR/USDT", False), ("EUR/USDC", False), ("USDT/EUR", True), ("USDC/EUR", True))
_MARKET_KEYS = ("id", "symbol", "base", "quote", "settle", "type", "linear", "inverse", "contractSize",
                "taker", "maker", "precision", "limits")


_clients: dict[str, tuple[Any, tuple[Any, ...], Any]] = {}  # account id -> (loop, settings fingerprint, client)


def _client_for(config: AccountConfig, credentials: Mapping[str, str] | None) -> Any:
    """The cached client of this account on the running loop (rebuilt when its settings change)."""
    loop = asyncio.get_running_loop()
    fingerprint = (config.venue, config.api_base_url, tuple(sorted((config.options or {}).items(), key=str)),
                   tuple(sorted((credentials or {}).items())))
    cached = _clients.get(config.id)
    if cached is not None and cached[0] is loop and cached[1] == fingerprint:
        return cached[2]
    if cached is not None and cached[0] is loop:
        loop.create_task(_close_quietly(cached[2]))  # settings changed: retire the old client
    exchange = build_exchange(config, credentials)
    _clients[config.id] = (loop, fingerprint, exchange)
    _register_exit_hook()
    return exchange


_exit_hook_registered = False


def _register_exit_hook() -> None:
    """At interpreter exit, close clients still open on a running loop (e.g. the runtime's), so
    aiohttp sessions end cleanly even when a front end forgot ``close_clients()``."""
    global _exit_hook_registered
    if _exit_hook_registered:
        return
    _exit_hook_registered = True
    import atexit

    def close_everywhere() -> None:
        for loop in {owner for owner, _, _ in _clients.values()}:
            if loop.is_running() and not loop.is_closed():
                try:
                    asyncio.run_coroutine_threadsafe(close_clients(), loop).result(3)
                except Exception:  # noqa: BLE001 - best effort at exit
                    pass

    atexit.register(close_everywhere)


async def _close_quietly(exchange: Any) -> None:
    try:
        await exchange.close()
    except Exception as exc:  # noqa: BLE001 - closing must never raise at exit
        log.debug("closing %s failed: %s", getattr(exchange, "id", "?"), type(exc).__name__)


async def close_clients() -> None:
    """Close every client created on the running loop (call at exit, on the runtime loop)."""
    loop = asyncio.get_running_loop()
    mine = [k for k, (owner, _, _) in _clients.items() if owner is loop]
    clients = [_clients.pop(k)[2] for k in mine]
    await asyncio.gather(*(_close_quietly(c) for c in clients))


def _market_subset(market: Mapping[str, Any]) -> dict[str, Any]:
    return {k: market.get(k) for k in _MARKET_KEYS}


def held_symbols(positions: list[Mapping[str, Any]]) -> list[str]:
    out = []
    for p in positions or ():
        try:
            contracts = float(p.get("contracts") or 0)
        except (TypeError, ValueError):
            contracts = 0.0
        if contracts and p.get("symbol") and p["symbol"] not in out:
            out.append(p["symbol"])
    return out


@dataclass(frozen=True)
class Unanalysed:
    """A held position Undertow leaves out of every figure: its market could not be loaded, or it is not a
    swap or a dated future (an option, a margin loan). ``reason`` names the contract."""

    symbol: str
    side: str
    contracts: float | None
    reason: str

    @property
    def text(self) -> str:
        return f"not analysed: {self.reason}"


def _held(row: Mapping[str, Any]) -> bool:
    try:
        return bool(float(row.get("contracts") or 0))
    except (TypeError, ValueError):
        return True  # unreadable size: not flat, so it must be matched (and checked) like any held row


def split_positions(rows: Sequence[Mapping[str, Any]], markets: Mapping[str, Mapping[str, Any]]
                    ) -> tuple[list[Mapping[str, Any]], list[Unanalysed]]:
    """(rows to analyse, held positions left out): a held row is analysed only in a loaded swap or futures
    market; flat rows are dropped."""
    analysed: list[Mapping[str, Any]] = []
    left_out: list[Unanalysed] = []
    for row in rows or ():
        if not _held(row):
            continue
        symbol = str(row.get("symbol") or "")
        market = markets.get(symbol) if symbol else None
        if market is not None and market.get("contract") and market.get("type") in ANALYSED_TYPES \
                and (market.get("linear") or market.get("inverse")):
            analysed.append(row)
            continue
        if market is None:
            reason = f"unknown contract {shown(symbol or '?')}"
        else:
            reason = f"{shown(symbol)} ({shown(market.get('type') or 'unknown', 12)} positions are not analysed)"
        try:
            contracts: float | None = abs(float(row.get("contracts") or 0))
        except (TypeError, ValueError):
            contracts = None
        left_out.append(Unanalysed(symbol, str(row.get("side") or ""), contracts, reason))
    return analysed, left_out


@dataclass
class ExchangeAccountSource:
    """A sync source for one configured exchange account (``source_id`` = account id)."""

    config: AccountConfig
    credentials: Mapping[str, str] | None = None
    previous_markets: Mapping[tuple[str, str], MarketState] = field(default_factory=dict)
    retry: RetryPolicy = RetryPolicy()
    kind: str = "exchange"
    problems: list[str] = field(default_factory=list)  # optional pieces that failed in the last fetch
    unanalysed: list[Unanalysed] = field(default_factory=list)  # held positions left out in the last fetch
    _exchange: Any = field(default=None, repr=False, compare=False)  # the client of the current fetch
    key_problem: str | None = None  # why there are no credentials: core.freshness.KEYRING_LOCKED / _UNAVAILABLE

    @property
    def source_id(self) -> str:
        return self.config.id

    @property
    def venue(self) -> Venue:
        return venue_spec(self.config.venue)

    def _secret_values(self) -> list[str]:
        return [str(v) for v in (self.credentials or {}).values() if v]

    def _gate(self) -> Gate | None:
        return gate_of(self._exchange) if self._exchange is not None else None

    def _request_timeout_s(self) -> float | None:
        timeout = getattr(self._exchange, "timeout", None)
        return float(timeout) / 1000.0 if isinstance(timeout, (int, float)) and timeout > 0 else None

    async def _call(self, fn: Callable[[], Awaitable[Any]]) -> Any:
        """``fn()`` with retries, the venue's pace (``Retry-After``) and the time budgets."""
        return await call_with_retries(fn, self.retry, retry_category, gate=self._gate(),
                                       attempt_s=self._request_timeout_s())

    def _error(self, exc: BaseException, what: str) -> SourceError:
        gate = self._gate()
        return to_source_error(exc, self.venue.name, what, wait_s=gate.wait_s() if gate is not None else None,
                               timeout_s=self._request_timeout_s())

    async def _essential(self, what: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        try:
            return await self._call(fn)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001
            error = self._error(exc, what)
            log.info("%s: %s failed: %s [%s]", self.source_id, what, error.category,
                     redact(type(exc).__name__, self._secret_values()))
            raise error from None

    async def _optional(self, piece: str, fn: Callable[[], Awaitable[Any]],
                        symbol: str = "") -> tuple[str, str, Any, str | None]:
        """(piece, symbol, value, None) or (piece, symbol, None, user-facing problem)."""
        try:
            return piece, symbol, await self._call(fn), None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - an optional piece failing must not fail the account
            what = PIECE_WORDS.get(piece, piece)
            message = self._error(exc, what).message
            if what not in message:  # "did not answer in time" alone would not say which piece is missing
                message = f"{what[:1].upper()}{what[1:]}: {message}"
            return piece, symbol, None, message

    def _check_credentials(self) -> None:
        """Refuse to sync without a key, saying which of three things is wrong: the keyring is locked, there is
        no keyring, or the key is not stored (each message says what fixes it; see ``core.freshness``)."""
        from core.freshness import KEY_MISSING, KEYRING_LOCKED, KEYRING_UNAVAILABLE, key_message

        spec = self.venue
        if not spec.secret_keys or (self.credentials or {}).get("apiKey"):
            return
        problem = self.key_problem if self.key_problem in (KEYRING_LOCKED, KEYRING_UNAVAILABLE) else KEY_MISSING
        raise SourceError("bad_key", key_message(problem, spec.name, self.config.label,
                                                 session_only=self.config.secret_ref == "session"))

    async def fetch_raw(self, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
        """(account bundle, market bundle) as ccxt unified dicts; raises SourceError."""
        self._check_credentials()
        exchange = _client_for(self.config, self.credentials)
        self._exchange = exchange
        self.problems, self.unanalysed = [], []
        spec = self.venue
        await self._essential("the market list", lambda: exchange.load_markets())
        params = call_params(spec.account_probe, self.config)
        jobs = [self._read_positions(exchange, params),
                self._essential("balances", lambda: self._checked_value(lambda: exchange.fetch_balance(params)))]
        if spec.needs_leverages and exchange.has.get("fetchLeverages"):
            jobs.append(self._optional("leverages", lambda: exchange.fetch_leverages(None, params)))
        results = await asyncio.gather(*jobs, return_exceptions=True)
        positions, balance = results[0], results[1]
        if isinstance(positions, BaseException):
            raise positions
        if isinstance(balance, BaseException):
            raise balance
        leverages = {}
        if len(results) > 2 and not isinstance(results[2], BaseException):
            _, _, leverages, problem = results[2]
            leverages = leverages or {}
            if problem:
                self.problems.append(problem)
        positions, self.unanalysed = split_positions(positions, exchange.markets or {})
        if self.unanalysed and await self._load_markets_for_positions(exchange):
            positions, self.unanalysed = split_positions(await self._read_positions(exchange, params),
                                                         exchange.markets or {})
        self._check_positions(positions, exchange.markets or {})
        balance_problems = raw_balance_problems(balance)
        if balance_problems:
            raise SourceError("bad_data", user_message("implausible", spec.name, detail=summary(balance_problems)))
        symbols = held_symbols(positions)
        probe = await self._probe(exchange, positions, balance, now)
        market_bundle = await self._fetch_market_pieces(exchange, symbols, now, params)
        for symbol, tiers in probe.leverage_tiers.items():
            if symbol in market_bundle["markets"] and tiers:
                market_bundle["leverage_tiers"][symbol] = tiers
                market_bundle["failed"].get(symbol, set()).discard("leverage_tiers")
        market_bundle["eur_usd"] = await self._eur_rate(exchange)
        account_bundle = {"positions": positions, "balance": balance, "leverages": leverages,
                          "margin": probe.margin, "adl_ranks": probe.adl_ranks}
        return account_bundle, market_bundle

    async def _read_positions(self, exchange: Any, params: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """Every position row of the account: one ``fetch_positions`` per ``Venue.position_calls`` entry (the first
        essential; a later one the venue refuses for this account leaves a gap), each checked for held rows the
        parser dropped (``core.plausibility.dropped_rows``)."""
        spec = self.venue
        calls = [{**params, **call} for call in spec.position_calls] or [dict(params)]

        async def one(call: Mapping[str, Any]) -> list[Mapping[str, Any]]:
            answer, sink = await self._checked(lambda: exchange.fetch_positions(None, dict(call)))
            rows = list(answer or ())
            dropped = dropped_rows(sink, rows, spec.position_size_field)
            if dropped:
                problems = [dropped_row_problem(r, spec.position_size_field) for r in dropped]
                raise SourceError("bad_data", user_message("implausible", spec.name, detail=summary(problems)))
            return rows

        async def extra(call: Mapping[str, Any]) -> list[Mapping[str, Any]]:
            label = " ".join(str(v) for k, v in call.items() if k not in params) or "more"
            try:
                rows: list[Mapping[str, Any]] = await self._essential(f"positions ({label})", lambda: one(call))
                return rows
            except SourceError as exc:
                if exc.category not in ("not_supported", "other"):
                    raise
                self.problems.append(f"Positions ({shown(label)}): {exc.message}")
                return []

        results = await asyncio.gather(self._essential("positions", lambda: one(calls[0])),
                                       *(extra(c) for c in calls[1:]), return_exceptions=True)
        rows: list[Mapping[str, Any]] = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            rows.extend(result)
        return rows

    async def _checked(self, fn: Callable[[], Awaitable[Any]]) -> tuple[Any, list[Any]]:
        """(``fn()``'s value, the decoded answers it received). When the parser chokes on a value (ccxt raises
        ValueError on a "NaN" price), the NaN or infinity in the answers is named as implausible data."""
        sink: list[Any] = []
        token = RAW_RESPONSES.set(sink)
        try:
            value = await fn()
        except (ValueError, TypeError, ArithmeticError) as exc:  # the parser choked on a value: say which
            problems = non_finite_values(sink)
            if problems:
                raise SourceError("bad_data", user_message("implausible", self.venue.name,
                                                           detail=summary(problems))) from exc
            raise
        finally:
            RAW_RESPONSES.reset(token)
        return value, sink

    async def _checked_value(self, fn: Callable[[], Awaitable[Any]]) -> Any:
        value, _ = await self._checked(fn)
        return value

    async def _load_markets_for_positions(self, exchange: Any) -> bool:
        """Load what a held position in no loaded market may need: the venue's extra market types not loaded yet,
        else a reload of the list (a new listing), at most every ``MARKET_RELOAD_S``. True when markets loaded."""
        fetch_markets = exchange.options.get("fetchMarkets") if isinstance(exchange.options, dict) else None
        types = list(fetch_markets.get("types") or []) if isinstance(fetch_markets, dict) else []
        new = [t for t in self.venue.extra_market_types if types and t not in types]
        last = getattr(exchange, "undertow_markets_reloaded", None)
        if not new and isinstance(last, float) and time.monotonic() - last < MARKET_RELOAD_S:
            return False
        if new and isinstance(fetch_markets, dict):  # a new dict: the spec's own options stay untouched
            exchange.options["fetchMarkets"] = {**fetch_markets, "types": types + new}
        exchange.undertow_markets_reloaded = time.monotonic()
        _, _, _, problem = await self._optional("market_list", lambda: exchange.load_markets(True))
        if problem:
            self.problems.append(problem)
            return False
        return True

    def _check_positions(self, positions: Sequence[Mapping[str, Any]], markets: Mapping[str, Any]) -> None:
        """Implausible prices or sizes in the analysed rows fail the source (``core.plausibility``)."""
        problems = [p for row in positions for p in raw_position_problems(row, markets.get(str(row.get("symbol"))))]
        if problems:
            raise SourceError("bad_data", user_message("implausible", self.venue.name, detail=summary(problems)))

    async def _probe(self, exchange: Any, positions: Any, balance: Any, now: datetime) -> ProbeResult:
        """The venue's account probe (mode, account figures, haircuts, ADL ranks), if it has one."""
        module = probe_module(self.venue.account_probe)
        if module is None:
            return ProbeResult()

        async def optional(piece: str, fn: Callable[[], Awaitable[Any]]) -> Any:
            _, _, value, problem = await self._optional(piece, fn)
            if problem and problem not in self.problems:
                self.problems.append(problem)
            return value

        result: ProbeResult = await module.probe(ProbeContext(exchange, self.config, positions or [],
                                                              balance or {}, now, optional))
        return result

    async def _eur_rate(self, exchange: Any) -> float | None:
        """USD per euro from the venue's EUR spot market, when its market list has one (else None: the
        display shows USD and says the EUR rate is unavailable)."""
        markets = exchange.markets or {}
        for symbol, inverted in EUR_MARKETS:
            if symbol not in markets:
                continue
            _, _, ticker, problem = await self._optional("eur_rate", partial(exchange.fetch_ticker, symbol))
            if problem and problem not in self.problems:
                self.problems.append(problem)
            last = (ticker or {}).get("last") or (ticker or {}).get("close")
            if isinstance(last, (int, float)) and last > 0:
                return 1.0 / float(last) if inverted else float(last)
            return None
        return None

    async def _fetch_market_pieces(self, exchange: Any, symbols: list[str], now: datetime,
                                   params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The optional market pieces per held symbol; ``params`` (the probe's ``call_params``, e.g. Binance
        Portfolio Margin) go to the account-scoped calls (leverage tiers)."""
        has = exchange.has
        wanted: list[tuple[str, Callable[[str], Awaitable[Any]]]] = [("tickers", lambda s: exchange.fetch_ticker(s)),
                  ("order_books", lambda s: exchange.fetch_order_book(s, BOOK_DEPTH))]
        if has.get("fetchFundingRate"):
            wanted.append(("funding_rates", lambda s: exchange.fetch_funding_rate(s)))
        if has.get("fetchOpenInterest"):
            wanted.append(("open_interest", lambda s: exchange.fetch_open_interest(s)))
        if has.get("fetchMarketLeverageTiers"):
            wanted.append(("leverage_tiers", lambda s: exchange.fetch_market_leverage_tiers(s, dict(params or {}))))
        if has.get("fetchOHLCV"):
            wanted.append(("ohlcv", lambda s: exchange.fetch_ohlcv(s, "1d", limit=OHLCV_DAYS)))
        markets = exchange.markets or {}
        jobs = [self._optional(piece, partial(get, s), s) for s in symbols for piece, get in wanted
                if piece != "funding_rates" or (markets.get(s) or {}).get("type") != "future"]  # futures do not fund
        bundle: dict[str, Any] = {
            "exchange": self.config.venue, "fetched_at": now.isoformat(),
            "markets": {s: _market_subset(exchange.markets.get(s) or {}) for s in symbols},
            **{piece: {} for piece in PIECE_FIELDS}, "failed": {},
        }
        for piece, symbol, value, problem in await asyncio.gather(*jobs):
            if problem is None and value is not None:
                bundle[piece][symbol] = value
            else:
                bundle["failed"].setdefault(symbol, set()).add(piece)
                if problem and problem not in self.problems:
                    self.problems.append(problem)
        return bundle

    async def fetch(self, now: datetime) -> SourcePayload:
        from core.exchanges.normalize import NormalizationError, balances_from_ccxt, positions_from_bundle

        budget = self.retry.source_budget_s
        try:
            async with asyncio.timeout(budget + 1.0):  # every call ends by the budget; this only backs them up
                with source_budget(budget):
                    account_bundle, market_bundle = await self.fetch_raw(now)
        except TimeoutError:
            raise SourceError("timeout", f"{self.venue.name} did not finish within {budget:g} s.") from None
        account = replace(self.config.to_account(), margin=account_bundle.get("margin"))
        try:
            positions = positions_from_bundle(account, account_bundle, market_bundle["markets"])
            balances = balances_from_ccxt(account, account_bundle["balance"])
        except (NormalizationError, TypeError, ValueError, KeyError, AttributeError) as exc:
            # a NormalizationError is our own sentence ("BTC/USDT:USDT: entry or mark price missing"): say it
            detail = f": {shown(exc, 80)}" if isinstance(exc, NormalizationError) else ""
            raise SourceError("bad_data", user_message("bad_data", self.venue.name, "positions", detail)) from exc
        markets = []
        for symbol in market_bundle["markets"]:
            failed = market_bundle["failed"].setdefault(symbol, set())
            fresh = self._market_state(account.venue, symbol, market_bundle, failed)
            merged = keep_last_good(fresh, self.previous_markets.get((account.venue, symbol)), failed)
            if merged is not None:
                markets.append(merged)
        eur_usd = market_bundle.get("eur_usd")
        prices = {"EUR": eur_usd} if eur_usd else {}
        problems = model_problems(positions=positions, balances=balances, markets=markets, prices_usd=prices)
        if problems:
            raise SourceError("bad_data", user_message("implausible", self.venue.name, detail=summary(problems)))
        if self.problems:
            log.warning("%s: synced with gaps: %s", self.source_id, "; ".join(self.problems))
        notes = [u.text for u in self.unanalysed]
        if self.problems:
            notes.append("synced with gaps: " + "; ".join(self.problems))
        return SourcePayload(accounts=(account,), positions=positions, balances=balances,
                             markets=tuple(markets), as_of=now, prices_usd=prices,
                             note="; ".join(notes) if notes else None)


    def _market_state(self, venue: str, symbol: str, bundle: dict[str, Any], failed: set[str]) -> MarketState | None:
        """Normalise one symbol; a piece the normaliser rejects (e.g. an inconsistent tier table) is
        dropped and treated as failed, so the rest of the market data still lands."""
        from core.exchanges.normalize import market_from_bundle

        for piece in (None, "leverage_tiers", "order_books", "ohlcv", "open_interest", "funding_rates"):
            if piece is not None:
                bundle[piece].pop(symbol, None)
                failed.add(piece)
            try:
                return market_from_bundle(venue, symbol, bundle)
            except Exception as exc:  # noqa: BLE001 - drop the suspect piece and try again
                problem = user_message("bad_data", self.venue.name, f"{symbol}: {type(exc).__name__}")
                if problem not in self.problems:
                    self.problems.append(problem)
        return None


def keep_last_good(new: MarketState | None, old: MarketState | None, failed: set[str]) -> MarketState | None:
    """``new`` with the fields of failed pieces taken from ``old`` (the previous snapshot)."""
    if new is None:
        return old
    if old is None or not failed:
        return new
    names = {f.name for f in fields(MarketState)}
    keep = {name: getattr(old, name) for piece in failed for name in PIECE_FIELDS.get(piece, ()) if name in names}
    return replace(new, **keep)


def account_sources(configs: Sequence[AccountConfig], previous: PortfolioSnapshot | None,
                    retry: RetryPolicy | None = None) -> list[ExchangeAccountSource]:
    """One source per configured account, with its credentials (from ``core.secrets``; this reads the
    keyring, so call it off the GUI thread) and the previous snapshot's market data."""
    from core import secrets
    from core.freshness import KEYRING_LOCKED, KEYRING_UNAVAILABLE

    markets = {(m.venue, m.symbol): m for m in previous.markets} if previous is not None else {}
    sources = []
    for config in configs:
        credentials, problem = None, None
        try:  # a keyring reference with no keyring at all is "no keyring", not "no key" (strict)
            credentials = secrets.load_secret(config.id, strict=config.secret_ref == secrets.KEYRING_REF) \
                if config.secret_ref else None
        except secrets.KeyringLocked as exc:
            log.warning("%s: %s", config.id, exc)
            problem = KEYRING_LOCKED
        except secrets.SecretStoreError as exc:  # no keyring, or one that cannot be read
            log.warning("%s: %s", config.id, exc)
            problem = KEYRING_UNAVAILABLE
        sources.append(ExchangeAccountSource(config, credentials, markets, retry or RetryPolicy(),
                                             key_problem=problem))
    return sources


@dataclass(frozen=True)
class ConnectionTest:
    """What ``probe_account`` found: ok, counts, key rights, or the user-facing reason it failed."""

    ok: bool
    message: str
    positions: int = 0
    assets: int = 0
    permissions: KeyPermissions | None = None


async def probe_account(config: AccountConfig, credentials: Mapping[str, str] | None, now: datetime,
                          retry: RetryPolicy = RetryPolicy(attempts=1)) -> ConnectionTest:
    """Try the account once (markets, positions, balance, key rights) on a throw-away client."""
    source = ExchangeAccountSource(config, credentials, retry=retry)
    exchange = None
    try:
        source._check_credentials()
        exchange = build_exchange(config, credentials)
        source._exchange = exchange
        with source_budget(retry.source_budget_s):
            await source._essential("the market list", lambda: exchange.load_markets())
            params = call_params(source.venue.account_probe, config)
            positions = await source._read_positions(exchange, params)
            balance = await source._essential("balances", lambda: exchange.fetch_balance(params))
        check = getattr(probe_module(source.venue.account_probe), "connection_problem", None)
        problem = await check(exchange, config, positions) if check is not None else None
        if problem:
            return ConnectionTest(False, problem)
        perms = await read_key_permissions(exchange, config.venue) if source.venue.secret_keys else None
    except SourceError as exc:
        return ConnectionTest(False, exc.message)
    finally:
        if exchange is not None:
            await _close_quietly(exchange)
    n_pos = len(held_symbols(positions))
    n_assets = sum(1 for v in (balance.get("total") or {}).values() if v)
    message = f"Connected to {source.venue.name}: {n_pos} open position(s), {n_assets} asset(s)."
    warning = perms.warning() if perms is not None else None
    if warning:
        message += " " + warning
    return ConnectionTest(True, message, n_pos, n_assets, perms)
