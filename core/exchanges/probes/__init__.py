"""Per-venue account probes: what ccxt does not parse, read through its implicit (raw) API methods.

A venue whose spec names ``account_probe = "<module>"`` has ``core/exchanges/probes/<module>.py`` with

* ``async def probe(ctx: ProbeContext) -> ProbeResult`` (required): the account's mode, the venue's own
  account figures, its collateral haircuts, ADL ranks, and tier tables ccxt does not give;
* ``def call_params(config: AccountConfig) -> dict`` (optional): extra params for ``fetch_positions`` and
  ``fetch_balance`` (a Hyperliquid sub-account or vault address).

Every probe request is optional: ``ctx.optional(piece, fn)`` retries like the other market pieces and, when it
still fails, returns None and records a user-facing problem; the sync goes on with what it has (the account's
risk then falls back to the classic rules, and says so).
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.model import AccountMargin


@dataclass
class ProbeResult:
    margin: AccountMargin | None = None
    adl_ranks: dict[tuple[str, str], int] = field(default_factory=dict)  # (ccxt symbol, "long"/"short") -> rank
    leverage_tiers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # symbol -> ccxt-shaped tiers


@dataclass
class ProbeContext:
    """What a probe may use: the live ccxt client, this sync's raw positions and balance, and ``optional``."""

    exchange: Any
    config: Any  # core.exchanges.accounts.AccountConfig
    positions: Sequence[Mapping[str, Any]]
    balance: Mapping[str, Any]
    now: datetime
    # (piece name, zero-argument coroutine function) -> its value, or None when it failed (problem recorded)
    optional: Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]


def probe_module(name: str | None) -> Any:
    """The probe module a spec names, or None."""
    return importlib.import_module(f"core.exchanges.probes.{name}") if name else None


def call_params(name: str | None, config: Any) -> dict[str, Any]:
    module = probe_module(name)
    fn = getattr(module, "call_params", None) if module is not None else None
    return dict(fn(config)) if fn is not None else {}
