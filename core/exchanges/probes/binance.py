"""Account probe for binance (placeholder until its helper lands: detects nothing)."""

from __future__ import annotations

from core.exchanges.probes import ProbeContext, ProbeResult


async def probe(ctx: ProbeContext) -> ProbeResult:
    return ProbeResult()
