"""The funding and fee ledger: what each position paid or received at each funding time.

Funding payments come from each venue's funding-history endpoint (ccxt ``fetch_funding_history``), are stored
once each (deduplicated by the venue's id), and are summed per position and per day. Amounts are in the
payment's asset (the settle currency) and, where a price is known, in USD. Sign: positive = received,
negative = paid (the venues' convention).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class FundingPayment:
    """One funding payment of one position, as the venue booked it."""

    account_id: str
    symbol: str  # ccxt unified symbol
    time: datetime  # UTC, the funding time
    amount: float  # in ``asset``; + received, − paid
    asset: str  # the settle currency (USDT, USDC, BTC for inverse…)
    amount_usd: float | None = None  # ``amount`` valued at the sync's price (None: no price known)
    rate: float | None = None  # the funding rate applied (fraction), when the venue says
    venue_id: str = ""  # the venue's id of the entry (deduplication); "" when it gives none


@dataclass(frozen=True)
class FundingSummary:
    """One position's funding over the recent past, in USD (+ received, − paid)."""

    account_id: str
    symbol: str
    last_24h_usd: float
    last_7d_usd: float
    total_usd: float  # since the first stored payment
    payments: int
    first_at: datetime | None
    last_at: datetime | None
