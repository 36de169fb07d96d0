"""User settings, stored as JSON values in the database's ``settings`` table (never secrets).

Every setting has a typed default here, so a missing or unreadable value falls back to something sane
and a front end can list them all. Window geometry and other purely visual state live in QSettings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class Settings:
    refresh_interval_min: int = 15  # automatic sync interval in minutes; 0 = manual only
    quote_currency: str = "USD"  # display currency
    esplora_url: str = "https://blockstream.info/api"
    esplora_explained: bool = False  # the user has seen what a public server learns
    evm_rpc_url: str = "https://ethereum-rpc.publicnode.com"
    socks_proxy: str = ""  # e.g. socks5://127.0.0.1:9050 ; empty = direct
    liquidation_alert_pct: float = 15.0  # remind when a position is closer than this (% adverse move)
    gap_rule_pct: float = 10.0  # the survival rule: a position must survive an instant gap of this size
    request_timeout_s: int = 10  # one request to an exchange or chain server (a hung server is reported after it)
    source_timeout_s: int = 30  # one source's whole fetch, its retries included
    margin_buffer_multiple: float = 3.0  # collateral beyond this multiple of required margin is "not needed"
    theme: str = "system"  # system | light | dark
    privacy_mode: bool = False  # hide every amount
    tray_enabled: bool = False
    close_to_tray: bool = False
    start_minimised: bool = False
    language: str = ""  # empty = follow the system locale
    # --- the watch engine and alerts (core.watch, core.alerts) ---------------------------------------------------
    watch_in_background: bool = False  # the tray keeps the watch engine running when the window closes (opt-in)
    watch_background_asked: bool = False  # the user was asked once whether to keep watching in the background
    watch_fast_interval_s: int = 30  # mark-price checks while something is within twice its alert threshold
    watch_slow_interval_s: int = 300  # mark-price checks otherwise
    alert_distance_sigma: float = 2.0  # alert when a position is closer than this many daily σ to liquidation
    alert_margin_ratio_pct: float = 80.0  # alert when an account's ratio reaches this % of its liquidation level
    alert_hysteresis_pct: float = 1.0  # a crossed threshold re-arms only after moving back this many % points
    alerts_include_amounts: bool = False  # alert messages may carry amounts (USD values, sizes)
    alert_rate_limit_per_hour: int = 12  # at most this many alerts per channel per hour (a crash cannot flood)
    # --- how long snapshots are kept (core.retention; applied after each save) -------------------------------------
    # Every snapshot younger than retention_all_days is kept; up to retention_hourly_days old, the last one of each
    # UTC hour; older, the last one of each UTC day (the daily history line is never thinned). 0 days = keep every
    # snapshot forever. A year of 15-minute syncs then holds ~3,000 snapshots instead of ~35,000.
    retention_all_days: int = 7
    retention_hourly_days: int = 90
    # --- market-fragility sources (issue 19: core.sources, core.exchanges.spot_volume, core.fragility_score) -------
    # An empty URL turns its source off. External series are fetched at most every market_series_refresh_h hours
    # (a daily series changes once a day), by a sync or ``undertow market fetch``; a failed fetch keeps the last
    # good data, marked stale.
    spot_volume_enabled: bool = True  # read the held assets' 24 h spot volume from the venues' public tickers
    etf_btc_url: str = ""  # a CSV/HTML table of daily spot BTC ETF net flows (e.g. a Farside-style page)
    etf_eth_url: str = ""  # the same for the spot ETH ETFs
    etf_in_millions: bool = True  # the ETF tables are in US$ millions (Farside's unit); off: in dollars
    vix_url: str = "https://cdn.cboe.com/api/global/us_indices/daily_prices/VIX_History.csv"
    gvz_url: str = "https://cdn.cboe.com/api/global/us_indices/daily_prices/GVZ_History.csv"
    deribit_url: str = "https://www.deribit.com"  # Deribit's API for the DVOL implied-volatility index
    market_series_refresh_h: int = 12


SETTING_NAMES = tuple(f.name for f in fields(Settings))


def _coerce(name: str, raw: Any) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            return bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        return str(raw)
    except (TypeError, ValueError):
        return default


def load_settings(db: sqlite_utils.Database) -> Settings:
    values = {}
    for row in db["settings"].rows:
        if row["key"] in SETTING_NAMES:
            try:
                values[row["key"]] = _coerce(row["key"], json.loads(row["value"]))
            except (TypeError, ValueError):
                continue  # an unreadable value falls back to the default
    return Settings(**values)


def save_settings(db: sqlite_utils.Database, settings: Settings) -> None:
    with db.atomic():
        db.table("settings").upsert_all(
            ({"key": f.name, "value": json.dumps(getattr(settings, f.name))} for f in fields(settings)),
            pk="key")


def apply_changes(settings: Settings, **changes: Any) -> Settings:
    """``settings`` with ``changes`` applied (coerced like stored values), nothing saved: what the window keeps for
    this run when the data folder cannot be written. ``KeyError`` for an unknown name."""
    unknown = set(changes) - set(SETTING_NAMES)
    if unknown:
        raise KeyError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return replace(settings, **{k: _coerce(k, v) for k, v in changes.items()})


def update_settings(db: sqlite_utils.Database, **changes: Any) -> Settings:
    """Apply ``changes`` to the stored settings and save them (in the caller's transaction: a failed save raises
    and leaves the stored settings as they were)."""
    new = apply_changes(load_settings(db), **changes)
    save_settings(db, new)
    return new
