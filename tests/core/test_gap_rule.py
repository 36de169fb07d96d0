"""The gap rule setting decides the survival check everywhere: risk, daily summary, reminders.

The demo holds positions 15.8-18.8 % from liquidation: they pass a 10 % rule and fail a 20 % one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.daily import daily_summary
from core.demo import load_demo_snapshot
from core.reminders import ReminderConfig, ReminderContext, conditions
from core.risk import assess_positions, check_gap_rule_pct
from core.settings import Settings

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo():
    return load_demo_snapshot(NOW)


def _name(r) -> str:
    return f"{r.position.venue} {r.position.symbol} {r.position.side.value}"


def _between(risks, lo, hi):
    return [r for r in risks if r.min_adverse_move_pct is not None and lo <= r.min_adverse_move_pct < hi]


def test_positions_15_to_19_pct_away_fail_a_20_pct_rule_and_pass_10(demo):
    at10, at20 = assess_positions(demo), assess_positions(demo, gap_rule_pct=20)
    middle = _between(at20, 15.0, 20.0)
    assert len(middle) >= 3  # the demo's ETH long, SOL short and XRP long (15.8-18.8 %)
    assert all(r.survives_gap is False and r.gap_rule_pct == 20.0 for r in middle)
    assert all(r.survives_gap is True and r.gap_rule_pct == 10.0 for r in _between(at10, 15.0, 20.0))
    # the verdict is exactly "the smallest liquidating move is larger than the rule"
    for r in at20:
        if r.min_adverse_move_pct is not None:
            assert r.survives_gap is (r.min_adverse_move_pct > 20.0)
    # everything else about a position is independent of the rule
    assert [replace(r, survives_gap=None, gap_rule_pct=0) for r in at10] == \
        [replace(r, survives_gap=None, gap_rule_pct=0) for r in at20]


def test_the_rule_is_in_percent_and_validated():
    assert check_gap_rule_pct(20) == 20.0
    for bad in (0, -5, 100, 150, float("nan")):
        with pytest.raises(ValueError):
            check_gap_rule_pct(bad)


def test_daily_summary_uses_the_rule(demo):
    s10 = daily_summary(demo, scenario_id=None)
    s20 = daily_summary(demo, scenario_id=None, gap_rule_pct=20.0)
    assert s10.gap_rule_pct == 10.0 and s20.gap_rule_pct == 20.0
    failing10, failing20 = {_name(r) for r in s10.failing_gap}, {_name(r) for r in s20.failing_gap}
    assert failing10 < failing20
    assert {_name(r) for r in _between(s20.positions, 15.0, 20.0)} <= failing20 - failing10
    with pytest.raises(ValueError, match="gap"):  # risks judged at another rule are refused, not mixed
        daily_summary(demo, scenario_id=None, risks=assess_positions(demo), gap_rule_pct=20.0)


def _liq_messages(snapshot, config, context=ReminderContext()):
    return {c.subject: c for c in conditions(snapshot, NOW, config, context) if c.rule_id == "LIQ"}


def test_reminders_check_the_configured_rule(demo):
    config20 = ReminderConfig.from_settings(Settings(gap_rule_pct=20.0))
    found10 = _liq_messages(demo, ReminderConfig())
    found20 = _liq_messages(demo, config20)
    middle = _between(assess_positions(demo, 20.0), 15.0, 20.0)
    for r in middle:
        p = r.position
        subject = f"{p.account_id}:{p.symbol}:{p.side.value}"
        assert found20[subject].ratio >= 1.0 and "fails the 20 % gap rule" in found20[subject].message
        assert "gap rule" not in found10[subject].message  # at 10 % they only are "x % from liquidation"
    # precomputed risks at the same rule give the same answer; at another rule they are refused
    same = _liq_messages(demo, config20, ReminderContext(position_risks=assess_positions(demo, 20.0)))
    assert {k: c.ratio for k, c in same.items()} == {k: c.ratio for k, c in found20.items()}
    with pytest.raises(ValueError, match="gap"):
        conditions(demo, NOW, config20, ReminderContext(position_risks=assess_positions(demo)))
