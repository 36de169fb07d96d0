"""Live exchange accounts through ``ccxt.async_support``: one client per account, everything concurrent.

``ExchangeAccountSource.fetch(now)`` produces the same raw bundles as the demo (see
``core.exchanges.normalize``) and normalises them. Per account the request chain is:

    market list (kept across syncs: ``core.exchanges.public_cache``; loaded by ``core.exchanges.market_loading``)
      -> positions | balance | leverages                                                  (concurrently)
        -> account probe | per held symbol: ticker, funding, open interest, order book,
           tiers and daily candles (the last two while cached: not asked) | EUR rate      (concurrently)

Accounts on different venues sync concurrently (``core.sync``); each client is paced by ccxt's rate limiter
and sends identical reads in flight once (``core.exchanges.clients``).

Positions and balance are essential: if either fails the whole source fails (``SourceError``) and the
sync keeps the last good data, marked stale. The market pieces are optional: one that fails is
filled from the previous snapshot's value, so nothing already known is blanked, and is listed in
``source.problems`` ("synced with gaps"; ``core.exchanges.market_pieces``). ccxt is imported lazily; clients are
cached per (loop, account) and closed by ``close_clients()``.

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
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any

from core.exchanges.accounts import AccountConfig
from core.exchanges.clients import client_for, close_clients, close_quietly, new_client
from core.exchanges.errors import redact, retry_category, to_source_error, user_message
from core.exchanges.market_loading import MARKET_RELOAD_S, load_markets, load_markets_for_positions
from core.exchanges.market_pieces import (
    ANALYSED_TYPES,
    BOOK_DEPTH,
    EUR_MARKETS,
    OHLCV_DAYS,
    PIECE_FIELDS,
    PIECE_WORDS,
    Unanalysed,
    fetch_market_pieces,
    held_symbols,
    keep_last_good,
    split_positions,
)
from core.exchanges.probes import ProbeContext, ProbeResult, call_params, probe_module
from core.exchanges.venues import RAW_RESPONSES, KeyPermissions, Venue, gate_of, read_key_permissions, venue_spec
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

__all__ = ["ANALYSED_TYPES", "BOOK_DEPTH", "EUR_MARKETS", "MARKET_RELOAD_S", "OHLCV_DAYS", "PIECE_FIELDS",
           "PIECE_WORDS", "ConnectionTest", "ExchangeAccountSource", "RetryPolicy", "Unanalysed", "account_sources",
           "close_clients", "held_symbols", "keep_last_good", "probe_account", "split_positions"]

log = logging.getLogger(__name__)

# the client of each account (core.exchanges.clients); the old private names stay importable from here
_client_for = client_for
_close_quietly = close_quietly


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
        exchange = client_for(self.config, self.credentials)
        self._exchange = exchange
        self.problems, self.unanalysed = [], []
        spec = self.venue
        await load_markets(exchange, now, self._essential, self.source_id)
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
        if self.unanalysed and await load_markets_for_positions(exchange, now, spec.extra_market_types,
                                                                self._optional, self.problems):
            positions, self.unanalysed = split_positions(await self._read_positions(exchange, params),
                                                         exchange.markets or {})
        self._check_positions(positions, exchange.markets or {})
        balance_problems = raw_balance_problems(balance)
        if balance_problems:
            raise SourceError("bad_data", user_message("implausible", spec.name, detail=summary(balance_problems)))
        symbols = held_symbols(positions)
        # the probe, the market data and the EUR rate need only the positions: all at once
        eur_problems: list[str] = []
        (probe, probe_problems), (market_bundle, piece_problems), eur_usd = await asyncio.gather(
            self._probe(exchange, positions, balance, now),
            fetch_market_pieces(exchange, symbols, now, self._optional, self.config.venue, self.config.id, params),
            self._eur_rate(exchange, eur_problems))
        for problem in (*probe_problems, *piece_problems, *eur_problems):  # in a fixed order, whatever came first
            if problem not in self.problems:
                self.problems.append(problem)
        for symbol, tiers in probe.leverage_tiers.items():
            if symbol in market_bundle["markets"] and tiers:
                market_bundle["leverage_tiers"][symbol] = tiers
                market_bundle["tiers_fetched_at"][symbol] = now
                market_bundle["failed"].get(symbol, set()).discard("leverage_tiers")
        market_bundle["eur_usd"] = eur_usd
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

    def _check_positions(self, positions: Sequence[Mapping[str, Any]], markets: Mapping[str, Any]) -> None:
        """Implausible prices or sizes in the analysed rows fail the source (``core.plausibility``)."""
        problems = [p for row in positions for p in raw_position_problems(row, markets.get(str(row.get("symbol"))))]
        if problems:
            raise SourceError("bad_data", user_message("implausible", self.venue.name, detail=summary(problems)))

    async def _probe(self, exchange: Any, positions: Any, balance: Any,
                     now: datetime) -> tuple[ProbeResult, list[str]]:
        """(the venue's account probe's result (mode, account figures, haircuts, ADL ranks), its problems)."""
        module = probe_module(self.venue.account_probe)
        problems: list[str] = []
        if module is None:
            return ProbeResult(), problems

        async def optional(piece: str, fn: Callable[[], Awaitable[Any]]) -> Any:
            _, _, value, problem = await self._optional(piece, fn)
            if problem and problem not in problems:
                problems.append(problem)
            return value

        result: ProbeResult = await module.probe(ProbeContext(exchange, self.config, positions or [],
                                                              balance or {}, now, optional))
        return result, problems

    async def _eur_rate(self, exchange: Any, problems: list[str] | None = None) -> float | None:
        """USD per euro from the venue's EUR spot market, when its market list has one (else None: the
        display shows USD and says the EUR rate is unavailable). A problem goes to ``problems`` (default: the
        source's)."""
        problems = self.problems if problems is None else problems
        markets = exchange.markets or {}
        for symbol, inverted in EUR_MARKETS:
            if symbol not in markets:
                continue
            _, _, ticker, problem = await self._optional("eur_rate", partial(exchange.fetch_ticker, symbol))
            if problem and problem not in problems:
                problems.append(problem)
            last = (ticker or {}).get("last") or (ticker or {}).get("close")
            if isinstance(last, (int, float)) and last > 0:
                return 1.0 / float(last) if inverted else float(last)
            return None
        return None

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
            tiers_at = market_bundle.get("tiers_fetched_at", {}).get(symbol)
            if fresh is not None and fresh.tiers and tiers_at is not None:
                fresh = replace(fresh, tiers_fetched_at=tiers_at)  # a cached table keeps its own date
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
        exchange = new_client(config, credentials)
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
            await close_quietly(exchange)
    n_pos = len(held_symbols(positions))
    n_assets = sum(1 for v in (balance.get("total") or {}).values() if v)
    message = f"Connected to {source.venue.name}: {n_pos} open position(s), {n_assets} asset(s)."
    warning = perms.warning() if perms is not None else None
    if warning:
        message += " " + warning
    return ConnectionTest(True, message, n_pos, n_assets, perms)
