"""The demo world as ordinary sources: recorded ccxt bundles and chain answers in ``resources/demo/``.

``--demo`` swaps the live exchange and chain sources for these; everything downstream (normalisation,
sync, store, analysis, views) runs unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.exchanges.normalize import balances_from_ccxt, markets_from_bundle, parse_time, positions_from_bundle
from core.model import Account, CustodyClass, Holding, MarginMode, PortfolioSnapshot, Purpose
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
        bundle = _read_json(self.directory / self.entry["file"])
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
