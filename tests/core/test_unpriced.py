"""A holding without a price is left out of every total and named, never counted as $0 (issue 15, point 4)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.daily import daily_summary
from core.model import CustodyClass, Holding, PortfolioSnapshot, Purpose

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_an_unpriced_holding_is_named_and_left_out_of_net_worth():
    snap = PortfolioSnapshot(T0, holdings=(
        Holding("cold", "BTC", 1.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
        Holding("cold", "ZZZ", 1_000.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM),
    ), prices_usd={"BTC": 60_000.0})
    summary = daily_summary(snap, gap_rule_pct=10.0, scenario_id=None)
    assert summary.unpriced == ("ZZZ",)
    assert summary.net_worth_usd == 60_000.0  # BTC only: ZZZ is not valued at anything
