"""The example in docs/cascade-events.md is a valid event, and the fields the doc's tables list are the ones the
reader accepts: a user who copies the doc writes a file that runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from core.cascade import events as ev
from core.cascade.backtest import backtest_files

DOC = Path(__file__).resolve().parents[2] / "docs" / "cascade-events.md"


def _example() -> dict:
    block = re.search(r"## A complete example\s+```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block is not None
    return json.loads(block.group(1))


def test_the_documented_example_is_a_valid_event_and_runs(tmp_path):
    raw = _example()
    event = ev.event_from_dict(raw)
    assert event.crypto_margined_share == 0.509 and event.trigger.value == -0.05
    path = tmp_path / "example.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = backtest_files([path])
    assert result.errors == () and result.rows[0]["event"] == raw["id"]


def test_the_documented_fields_are_the_accepted_ones():
    text = DOC.read_text(encoding="utf-8")
    section = lambda title: text.split(title, 1)[1].split("\n\n", 2)[1]  # noqa: E731 - the table after a title
    pre = set(re.findall(r"^\| `(\w+)` \|", section("`pre` (units"), re.M))
    outcome = set(re.findall(r"^\| `(\w+)` \|", section("`outcome`:"), re.M))
    assert pre == set(ev._PRE_REQUIRED + ev._PRE_OPTIONAL)
    assert outcome == set(ev._OUTCOME_REQUIRED + ev._OUTCOME_OPTIONAL)
