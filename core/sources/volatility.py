"""Volatility indices for the cross-asset signal (19.3): equity and gold from Cboe's daily files, crypto implied
volatility from Deribit's DVOL through ccxt.

* Cboe publishes each index's whole daily history as one CSV (``VIX_History.csv``, ``GVZ_History.csv`` under
  ``https://cdn.cboe.com/api/global/us_indices/daily_prices/``): ``DATE,OPEN,HIGH,LOW,CLOSE``, dates as
  ``MM/DD/YYYY``. ``parse_cboe`` reads the close of each day; ``fetch_cboe`` GETs the file through httpx.
* Deribit's DVOL (30-day implied volatility of BTC / ETH options, in annualised % points) comes from its public
  ``public/get_volatility_index_data`` (daily candles: ``[ms, open, high, low, close]``), called through ccxt's
  ``deribit`` client (its implicit method ``publicGetGetVolatilityIndexData``; no key). ccxt's unified
  ``fetch_volatility_history`` is not used: on Deribit it reads ``public/get_historical_volatility``, the
  *realised* volatility of the last days, not the implied index.

Every fault raises ``core.sync.SourceError`` with a ``Message``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from core.messages import QT_TRANSLATE_NOOP, message
from core.sources import host_of
from core.sources.etf import parse_day, parse_number
from core.sources.fetch import get_text
from core.sync import SourceError

CBOE_BASE = "https://cdn.cboe.com/api/global/us_indices/daily_prices/"
VIX_URL = CBOE_BASE + "VIX_History.csv"
GVZ_URL = CBOE_BASE + "GVZ_History.csv"
DERIBIT_URL = "https://www.deribit.com"
#: Days of DVOL history read (a year for the percentile, plus slack for the lookback's start).
DVOL_DAYS = 400
MAX_PAGES = 5  # continuation pages followed at most (one page holds the whole year at 1D)


def parse_cboe(text: str, where: str = "") -> tuple[tuple[date, float], ...]:
    """The daily closes of a Cboe index history CSV, oldest first. The header names the columns (``DATE`` and
    ``CLOSE``, any case); a file without them, or without a readable day, raises ``SourceError`` (bad_data)."""
    where = where or "the source"
    rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"))) if any(c.strip() for c in r)]
    header = next((r for r in rows[:10] if {"date", "close"} <= {c.strip().lower() for c in r}), None)
    if header is None:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "{source} is not an index history: no DATE and CLOSE columns"), source=where))
    names = [c.strip().lower() for c in header]
    at_date, at_close = names.index("date"), names.index("close")
    points: dict[date, float] = {}
    bad = 0
    for row in rows[rows.index(header) + 1:]:
        if len(row) <= max(at_date, at_close):
            bad += 1
            continue
        day = parse_day(row[at_date])
        try:
            value = parse_number(row[at_close])
        except ValueError:
            value = None
        if day is None or value is None or not value > 0:
            bad += 1
            continue
        points[day] = value
    if not points:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP("Core", "{source} holds no readable day"),
                                              source=where))
    if bad * 3 > len(points) + bad:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "{source}: {bad} of {rows} rows cannot be read; the file's layout may have changed"),
            source=where, bad=bad, rows=len(points) + bad))
    return tuple(sorted(points.items()))


async def fetch_cboe(url: str, timeout_s: float = 15.0, proxy: str = "",
                     transport: httpx.AsyncBaseTransport | None = None) -> tuple[tuple[date, float], ...]:
    """GET a Cboe index history file and parse it (``parse_cboe``)."""
    return parse_cboe(await get_text(url, timeout_s, proxy, transport), host_of(url))


def parse_dvol(candles: Sequence[Any]) -> tuple[tuple[date, float], ...]:
    """Daily DVOL closes from Deribit's candles ``[ms, open, high, low, close]`` (the day of the candle's open,
    UTC), oldest first; malformed candles raise ``SourceError`` (bad_data)."""
    points: dict[date, float] = {}
    for candle in candles:
        try:
            ms, close = float(candle[0]), float(candle[4])
        except (TypeError, ValueError, IndexError, KeyError):
            raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
                "Core", "Deribit sent a volatility candle that cannot be read"))) from None
        if not close > 0:
            raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
                "Core", "Deribit sent a volatility candle that cannot be read")))
        points[datetime.fromtimestamp(ms / 1000.0, UTC).date()] = close
    return tuple(sorted(points.items()))


def deribit_client(base_url: str = DERIBIT_URL, timeout_s: float = 15.0) -> Any:
    """A public ccxt Deribit client pointed at ``base_url`` (no key: only public reads)."""
    import ccxt.async_support as ccxt_async

    exchange = ccxt_async.deribit({"enableRateLimit": True, "timeout": int(timeout_s * 1000)})
    if base_url:
        exchange.urls["api"]["rest"] = base_url.rstrip("/")
    return exchange


async def fetch_dvol(currency: str, now: datetime, base_url: str = DERIBIT_URL, timeout_s: float = 15.0,
                     days: int = DVOL_DAYS, client: Any = None) -> tuple[tuple[date, float], ...]:
    """The daily DVOL closes of ``currency`` ("BTC", "ETH") over the ``days`` days up to ``now``."""
    from core.exchanges.errors import to_source_error

    exchange = client if client is not None else deribit_client(base_url, timeout_s)
    end_ms = int(now.timestamp() * 1000)
    start_ms = int((now - timedelta(days=days)).timestamp() * 1000)
    candles: list[Any] = []
    try:
        for _ in range(MAX_PAGES):
            answer = await exchange.publicGetGetVolatilityIndexData({
                "currency": currency.upper(), "start_timestamp": start_ms, "end_timestamp": end_ms,
                "resolution": "1D"})
            result = answer.get("result") if isinstance(answer, Mapping) else None
            data = result.get("data") if isinstance(result, Mapping) else None
            if not isinstance(data, list):
                raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
                    "Core", "Deribit's volatility index answer has no candles")))
            candles.extend(data)
            more = result.get("continuation") if isinstance(result, Mapping) else None
            if not more or not data or int(more) <= start_ms or int(more) >= end_ms:
                break
            end_ms = int(more)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001 - every ccxt/network failure is mapped to the user's words
        raise to_source_error(exc, "Deribit", "the volatility index", timeout_s=timeout_s) from exc
    finally:
        if client is None:
            await exchange.close()
    points = parse_dvol(candles)
    if not points:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "Deribit has no volatility index for {currency}"), currency=currency.upper()))
    return points


def deribit_source(base_url: str) -> str:
    """How the Deribit series is named as a source."""
    return f"deribit ({host_of(base_url or DERIBIT_URL)})"
