"""Presets say what they do, from the current price: "BTC breaks the $70k support" takes BTC to about $70k."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.cascade.scenarios import BUNDLED_DESCRIPTIONS, description, effect, find_scenario, load_scenarios
from core.messages import Message

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize("mark", [84_400.0, 67_450.9, 70_000.0, 150_000.0])
def test_a_target_price_preset_moves_the_mark_to_the_level_from_wherever_it_is(mark):
    preset = find_scenario("btc-breaks-70k")
    shock = preset.explicit_shocks(("BTC", "ETH"), {"BTC": mark})["BTC"]
    assert mark * (1 + shock) == pytest.approx(70_000.0)  # the level the preset names, whatever today's price
    assert "ETH" not in preset.explicit_shocks(("BTC", "ETH"), {"BTC": mark})  # the others follow by their betas


def test_without_a_price_the_target_preset_keeps_its_listed_shock_and_says_so():
    preset = find_scenario("btc-breaks-70k")
    assert preset.explicit_shocks(("BTC",), {})["BTC"] == preset.shocks["BTC"]
    assert "no current price" in str(effect(preset, {}))


def test_the_effect_reads_from_the_current_price():
    preset = find_scenario("btc-breaks-70k")
    # the preset file's own example: "The default shock (-17.1 %) takes an $84.4k BTC to $70k"
    assert str(effect(preset, {"BTC": 84_400.0})) == ("BTC from $84,400 to $70,000 (-17.1 %); other assets follow "
                                                       "by their betas")
    below = str(effect(preset, {"BTC": 67_450.9}))  # the demo's price is already under the level
    assert below.startswith("BTC is already below $70,000 (now $67,451): it moves back up to $70,000 (+3.8 %)")


def test_effects_of_the_other_presets_name_every_part():
    gap = str(effect(find_scenario("gap-10")))
    assert gap == "BTC -10.0 %; every other asset -10.0 %; as a gap: no time for the books to refill"
    crash = str(effect(find_scenario("2025-10-10-crash")))
    for part in ("BTC -15.0 %", "ETH -20.0 %", "every other asset -65.0 %", "USDE as collateral 35 % below par",
                 "order books at 0.50× their depth"):
        assert part in crash
    assert "spread over 60 min" in str(effect(find_scenario("slide-10-1h")))


def test_every_bundled_story_is_marked_for_translation_and_target_presets_tell_none():
    for s in load_scenarios(None):
        story = description(s)
        if s.target_prices:
            assert story is None  # its file names a percentage valid at one price only: ``effect`` speaks
        else:
            assert isinstance(story, Message) and story.template in BUNDLED_DESCRIPTIONS, s.id


def test_a_users_own_story_is_plain_text_never_a_template():
    from dataclasses import replace

    mine = replace(find_scenario("gap-10"), builtin=False, description="my {own} story, 100 % mine")
    assert description(mine) == "my {own} story, 100 % mine"


def test_the_engine_gets_the_shock_to_the_level_on_the_demo_snapshot():
    from core.cascade.whatif import whatif_on_snapshot
    from core.demo import load_demo_snapshot

    snap = load_demo_snapshot(NOW)
    whatif = whatif_on_snapshot(snap, find_scenario("btc-breaks-70k"))
    btc = whatif.result.symbols.index("BTC")
    exogenous_price = whatif.result.mark_price[btc] * (1 + whatif.result.exogenous_move[btc, 0])
    assert exogenous_price == pytest.approx(70_000.0)
