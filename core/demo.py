"""The demo world as ordinary sources: recorded ccxt bundles and chain answers in ``resources/demo/``.

``--demo`` swaps the live exchange and chain sources for these; everything downstream (normalisation,
sync, store, analysis, views) runs unchanged.

An account file is the bundle the live source builds (``ccxt_source.ExchangeAccountSource.fetch_raw``): ccxt's
positions, balance and leverages, plus what the venue's account probe would have read, stored as JSON: ``margin``
(the account's mode and haircut table, an ``AccountMargin``) and ``adl_rank_rows`` (``[{symbol, side, rank}]``,
the probe's ``adl_ranks`` in a shape JSON can hold).
The demo's venue-reported account figures (equity, maintenance margin, margin ratio) are left empty on purpose:
the demo must not manufacture the cross-checks it shows (resources/demo/README.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.exchanges.normalize import balances_from_ccxt, markets_from_bundle, parse_time, positions_from_bundle
from core.funding import FundingPayment
from core.model import (
    ACCOUNT_MODES,
    Account,
    AccountMargin,
    CollateralRule,
    CollateralTier,
    CustodyClass,
    Holding,
    MarginMode,
    PortfolioSnapshot,
    Purpose,
)
from core.resources import resource_path
from core.sync import Source, SourcePayload, collect


def demo_dir() -> Path:
    return resource_path("demo")


@lru_cache(maxsize=8)
def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def manifest(directory: Path | None = None) -> dict[str, Any]:
    man: dict[str, Any] = _read_json((directory or demo_dir()) / "manifest.json")
    return man


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def margin_from_bundle(data: Mapping[str, Any] | None) -> AccountMargin | None:
    """The bundle's ``margin`` (JSON of an ``AccountMargin``, the probe's result) as the model; None if absent."""
    if not data:
        return None
    mode = str(data.get("mode", ""))
    if mode and mode not in ACCOUNT_MODES:
        raise ValueError(f"unknown account mode {mode!r} in the demo bundle")
    rules = tuple(  # a band's cap is null in JSON when it is open-ended (JSON has no infinity)
        CollateralRule(str(r["asset"]), tuple(
            CollateralTier(float(t["floor"]), math.inf if t.get("cap") is None else float(t["cap"]), float(t["rate"]))
            for t in r["tiers"]), str(r.get("unit", "usd")))
        for r in data.get("collateral", ()))
    return AccountMargin(
        mode=mode, position_mode=str(data.get("position_mode", "")),
        equity_usd=_opt_float(data.get("equity_usd")),
        collateral_value_usd=_opt_float(data.get("collateral_value_usd")),
        maintenance_margin_usd=_opt_float(data.get("maintenance_margin_usd")),
        margin_ratio=_opt_float(data.get("margin_ratio")), status=str(data.get("status", "")),
        collateral=rules, collateral_as_of=parse_time(data.get("collateral_as_of")),
        collateral_source=str(data.get("collateral_source", "")),
        raw={str(k): str(v) for k, v in (data.get("raw") or {}).items()})


def adl_ranks_from_bundle(rows: Any) -> dict[tuple[str, str], int]:
    """The bundle's ``adl_rank_rows`` as the probe's mapping ``{(symbol, "long"/"short"): rank}``."""
    return {(str(r["symbol"]), str(r["side"])): int(r["rank"]) for r in rows or ()}


@dataclass
class DemoExchangeSource:
    """One recorded exchange account plus the recorded market data of its venue."""

    entry: dict[str, Any]
    directory: Path
    kind: str = "exchange"

    @property
    def source_id(self) -> str:
        return str(self.entry["id"])

    async def fetch(self, now: datetime) -> SourcePayload:
        man = manifest(self.directory)
        account = Account(
            id=self.entry["id"], venue=self.entry["venue"], label=self.entry["label"],
            margin_mode=MarginMode(self.entry.get("margin_mode", "cross")),
            quote=self.entry.get("quote", "USDT"),
        )
        recorded = _read_json(self.directory / self.entry["file"])
        # as the live source does: the probe's margin lands on the Account, its ADL ranks on the positions
        margin = margin_from_bundle(recorded.get("margin"))
        account = replace(account, margin=margin)
        bundle = {**recorded, "margin": margin, "adl_ranks": adl_ranks_from_bundle(recorded.get("adl_rank_rows"))}
        market_bundle = _read_json(self.directory / man["markets"][account.venue])
        positions = positions_from_bundle(account, bundle, market_bundle.get("markets"))
        return SourcePayload(
            accounts=(account,),
            positions=positions,
            balances=balances_from_ccxt(account, bundle.get("balance")),
            markets=markets_from_bundle(account.venue, market_bundle),
            prices_usd={k: float(v) for k, v in man.get("prices_usd", {}).items()},
            as_of=parse_time(market_bundle.get("fetched_at")) or parse_time(man.get("as_of")),
        )


@dataclass
class DemoManualSource:
    """The manifest's manual holdings (things no API can see)."""

    directory: Path
    source_id: str = "manual"
    kind: str = "manual"

    async def fetch(self, now: datetime) -> SourcePayload:
        man = manifest(self.directory)
        holdings = tuple(
            Holding(source_id=self.source_id, asset=h["asset"], amount=float(h["amount"]),
                    custody_class=CustodyClass(h.get("custody_class", "other_custodian")),
                    purpose=Purpose(h.get("purpose", "long_term")), label=h.get("label", ""))
            for h in man.get("manual_holdings", ()))
        return SourcePayload(holdings=holdings, as_of=parse_time(man.get("as_of")))


def demo_sources(directory: Path | None = None) -> list[Source]:
    directory = directory or demo_dir()
    man = manifest(directory)
    from core.custody.sources import demo_wallet_sources  # needs embit: a missing package must fail loudly

    sources: list[Source] = [DemoExchangeSource(entry, directory) for entry in man["accounts"]]
    sources.extend(demo_wallet_sources(directory))
    sources.append(DemoManualSource(directory))
    return sources


async def load_demo_snapshot_async(now: datetime) -> PortfolioSnapshot:
    return await collect(demo_sources(), now, previous=None, demo=True)


def load_demo_snapshot(now: datetime) -> PortfolioSnapshot:
    """The demo world as a snapshot, without touching the store (for analysis commands and tests)."""
    import asyncio

    return asyncio.run(load_demo_snapshot_async(now))


# --- the funding ledger (resources/demo/funding.json) ------------------------------------------------------------
def demo_funding(directory: Path | None, account_id: str, snapshot: PortfolioSnapshot, now: datetime
                 ) -> list[dict[str, Any]]:
    """The demo account's funding payments of the last ``periods`` funding times before ``now``, as ccxt's
    ``fetch_funding_history`` entries (the live read's shape, so ``core.exchanges.funding_history`` normalises them
    the same way). Synthetic: ``funding.json``'s rate of each 8-hour period (period i of the epoch takes
    ``rates[i mod periods]``) at the position's notional in ``snapshot``; the amount received is
    ``−side × rate × notional``, written in the venue's convention (Bybit: a fee, + paid). No file: no payments."""
    from datetime import UTC, timedelta

    from core.exchanges.funding_history import rules_for
    from core.funding import last_funding_time

    path = (directory or demo_dir()) / "funding.json"
    if not path.exists():
        return []
    doc = _read_json(path)
    step = timedelta(hours=float(doc.get("interval_h", 8)))
    periods = int(doc.get("periods", 42))
    latest = last_funding_time(now, None)
    entries: list[dict[str, Any]] = []
    for p in snapshot.positions_of(account_id):
        rates = (doc.get("rates") or {}).get(p.venue, {}).get(p.symbol)
        price = snapshot.price_usd(p.settle)
        if not rates or not price:
            continue
        paid_positive = rules_for(p.venue).paid_positive
        for k in range(periods):
            at = latest - k * step
            ms = int(at.timestamp() * 1000)
            rate = float(rates[int(at.timestamp() // step.total_seconds()) % len(rates)])
            received = -p.side.sign * rate * p.notional_usd / price
            amount = round(-received if paid_positive else received, 8)
            entries.append({"info": {"demo": True}, "symbol": p.symbol, "code": p.settle, "timestamp": ms,
                            "datetime": at.astimezone(UTC).isoformat(), "amount": amount, "rate": rate,
                            "id": f"demo-{account_id}-{p.symbol}-{p.side.value}-{ms}"})
    return entries


def demo_funding_payments(sources: list[Source] | tuple[Source, ...], snapshot: PortfolioSnapshot,
                          now: datetime) -> list[FundingPayment]:
    """The funding payments of the demo accounts that synced fresh, normalised as a live read's."""
    from core.exchanges.funding_history import payment_from_ccxt, rules_for
    from core.model import SourceState

    fresh = {s.source_id for s in snapshot.sources if s.state is SourceState.FRESH}
    out: list[FundingPayment] = []
    for source in sources:
        if isinstance(source, DemoExchangeSource) and source.source_id in fresh:
            rules = rules_for(str(source.entry.get("venue", "")))
            for entry in demo_funding(source.directory, source.source_id, snapshot, now):
                payment = payment_from_ccxt(entry, source.source_id, rules, {}, snapshot)
                if payment is not None:
                    out.append(payment)
    return out
