"""The event library (resources/events), its format, and the fit on it (resources/calibration/cascade.json).

Expected numbers come from the sources the event files cite (the arithmetic of their derived figures is redone
here), from Bitcoin's issuance schedule, or from the engine itself re-run on the stored parameters.
"""

from __future__ import annotations

import json
import math
from datetime import date

import numpy as np
import pytest

from core.cascade import events as ev
from core.cascade.band import Band, calibration_params, cascade_band, trigger_sensitivity, variant
from core.cascade.depth import REPLENISH_MINUTES
from core.cascade.fit import Params, band_factors, excess_factor, factor, load_calibration, predict
from core.cascade.ladder import (
    CALIBRATED_LEVERED_SHARE,
    CALIBRATED_MARGIN_ELASTICITY,
    CALIBRATED_OI_ELASTICITY,
    levered_share_from_state,
)
from core.cascade.snapshot import CALIBRATED_DEPTH_FACTOR, market_model_from_snapshot
from tests.core.test_cascade_market import sample_snapshot


@pytest.fixture(scope="module")
def library():
    return {e.id: e for e in ev.load_library()}


@pytest.fixture(scope="module")
def stored():
    return load_calibration()


# --- the files ------------------------------------------------------------------------------------------

def test_the_library_holds_at_least_eight_documented_crashes(library):
    assert len(library) >= 8
    for e in library.values():
        assert e.observed_drawdown < 0 and e.observed_liquidated_usd > 0 and e.open_interest_usd > 0
        for path, f in e.figures().items():
            if f.kind == "reported":
                assert f.source in e.sources and e.sources[f.source].get("url", "").startswith("http"), path
            else:
                assert f.note.strip(), (e.id, path)  # every assumption and derivation says how


def _glassnode(day: date) -> float:
    """Glassnode's crypto-margined share on ``day``, linear in time between 70.1 % on 2021-04-14 and 44.6 % on
    2021-10-25."""
    return 0.701 + (0.446 - 0.701) * (day - date(2021, 4, 14)).days / (date(2021, 10, 25) - date(2021, 4, 14)).days


@pytest.mark.parametrize("event_id, field, expected", [
    ("2020-03-12-black-thursday", "outcome.long_share", 698 / 702),           # Skew: $698M sell of $702M
    ("2020-03-12-black-thursday", "pre.oi_change_30d", 840 / 1060 - 1),       # Delta: $1.06B peak -> $840M
    ("2021-05-19-china-ban", "pre.mark_usd", 31_100 / (1 - 0.3118)),          # low $31,100 = -31.18 % from high
    ("2021-05-19-china-ban", "outcome.liquidated_usd", 0.5 * 8e9),             # BTC 50 % of Bybt's > $8B
    ("2021-12-04-weekend-crash", "outcome.long_share", 2.1 / 2.5),            # Coinglass $2.1B of $2.5B
    ("2025-02-03-tariff-shock", "pre.mark_usd", 93_600 / (1 - 0.065)),        # $93,600 after -6.5 %
    ("2025-02-03-tariff-shock", "pre.oi_change_30d", 65.23 / 56.6 - 1),       # $56.6B (Jan 3) -> $65.23B (Jan 31)
    ("2025-10-10-tariff-crash", "pre.oi_change_30d", 47 / 38 - 1),            # $38B -> $47B (Sep 27 -> Oct 5)
    ("2025-10-10-tariff-crash", "pre.depth_1pct_usd", 4 * 20e6),              # 4 venues x $20M (CoinDesk)
    ("2025-10-10-tariff-crash", "outcome.long_share", 16.85 / (16.85 + 2.51)),  # CryptoQuant long / total
    ("2021-05-19-china-ban", "pre.crypto_margined_share", _glassnode(date(2021, 5, 19))),
    ("2021-09-07-el-salvador", "pre.crypto_margined_share", _glassnode(date(2021, 9, 7))),
    ("2024-03-05-ath-reversal", "pre.funding_rate", 1.09 / (3 * 365)),       # Coinbase: 109 % a year, per 8 h
])
def test_derived_figures_are_the_stated_arithmetic_on_the_sources(library, event_id, field, expected):
    f = library[event_id].figures()[field]
    assert f.kind == "derived"
    assert f.value == pytest.approx(expected, rel=4e-3)  # files keep 3-4 digits


def test_every_event_says_how_much_of_its_open_interest_was_margined_in_the_coin(library):
    # the state input that explains the liquidated share of open interest (docs/cascade.md §3): a reading, an
    # interpolation between two, or an assumption that says which reading it carries over
    for e in library.values():
        f = e.pre["crypto_margined_share"]
        assert 0.0 < f.value <= 1.0 and f.source in e.sources, e.id
        if f.kind == "assumption":
            assert "reading" in f.note, e.id
    assert library["2020-03-12-black-thursday"].crypto_margined_share == 1.0  # BitMEX XBTUSD: margin in bitcoin


def test_the_levered_share_follows_the_crypto_margined_share():
    from core.cascade.ladder import CALIBRATED_MARGIN_ELASTICITY, DEFAULT_CRYPTO_MARGINED_SHARE

    assert CALIBRATED_MARGIN_ELASTICITY > 0  # the fit found the input to matter
    base = levered_share_from_state(1e10)
    assert levered_share_from_state(1e10, crypto_margined_share=DEFAULT_CRYPTO_MARGINED_SHARE) == base
    shares = [levered_share_from_state(1e10, crypto_margined_share=c) for c in (0.1, 0.182, 0.3, 0.5, 0.7)]
    assert shares == sorted(shares) and shares[0] < base < shares[-1]
    assert levered_share_from_state(1e10, crypto_margined_share=1.0, base=0.9) == 1.0  # clipped to all of it
    assert levered_share_from_state(1e10, crypto_margined_share=0.5, margin_elasticity=0.0) == base


def test_a_crypto_margined_share_outside_zero_to_one_is_refused():
    raw = json.loads((ev.bundled_events_dir() / "2021-09-07-el-salvador.json").read_text())
    raw["pre"]["crypto_margined_share"]["value"] = 1.2
    with pytest.raises(ev.EventError, match=r"pre\.crypto_margined_share\.value must be within"):
        ev.event_from_dict(raw)


def test_btc_supply_follows_the_issuance_schedule():
    # exact at the halvings (210,000 blocks x 50, 25, 12.5, 6.25 BTC), 450 BTC a day after the 2024 halving
    assert ev.btc_supply(date(2020, 5, 11)) == 10_500_000 + 5_250_000 + 2_625_000
    assert ev.btc_supply(date(2024, 4, 20)) == 18_375_000 + 210_000 * 6.25
    assert ev.btc_supply(date(2024, 4, 30)) == pytest.approx(19_687_500 + 10 * 144 * 3.125)
    # halfway between two halvings, halfway between their supplies
    mid = date(2020, 5, 11) + (date(2024, 4, 20) - date(2020, 5, 11)) / 2
    assert ev.btc_supply(mid) == pytest.approx((18_375_000 + 19_687_500) / 2, rel=1e-4)
    # the proxy of depth per dollar of market cap is the one reported depth over its event's cap
    assert ev.DEPTH_1PCT_PER_MCAP == pytest.approx(80e6 / (122_470 * ev.btc_supply(date(2025, 10, 10))))


def test_a_reported_number_without_a_source_is_refused(tmp_path):
    raw = json.loads((ev.bundled_events_dir() / "2021-09-07-el-salvador.json").read_text())
    raw["pre"]["open_interest_usd"].pop("source")
    with pytest.raises(ev.EventError, match="must name one of the event's sources"):
        ev.event_from_dict(raw)
    raw = json.loads((ev.bundled_events_dir() / "2021-09-07-el-salvador.json").read_text())
    raw["trigger"] = {"value": -0.03, "kind": "assumption"}
    with pytest.raises(ev.EventError, match="must say how"):
        ev.event_from_dict(raw)
    raw["trigger"]["note"] = "my own guess"
    assert ev.event_from_dict(raw).trigger.value == -0.03
    path = tmp_path / "mine.json"
    path.write_text("{")
    with pytest.raises(ev.EventError, match="not valid JSON"):
        ev.load_event(path)


# --- the fit ---------------------------------------------------------------------------------------------

def test_the_constants_in_code_are_the_stored_library_fit(stored):
    p = Params.from_json(stored["params"])
    assert CALIBRATED_LEVERED_SHARE == pytest.approx(p.levered_share, rel=1e-3)
    assert CALIBRATED_DEPTH_FACTOR == pytest.approx(p.depth_factor, rel=1e-3)
    assert CALIBRATED_OI_ELASTICITY == p.oi_elasticity
    assert CALIBRATED_MARGIN_ELASTICITY == p.margin_elasticity
    assert REPLENISH_MINUTES == p.replenish_minutes
    assert stored["events"] == sorted(stored["events"]) and len(stored["events"]) >= 8


def test_every_leave_one_out_row_is_what_the_engine_gives_on_its_parameters(library, stored):
    for row in stored["per_event"]:
        e = library[row["event"]]
        loo = row["leave_one_out"]
        pred = predict(e, Params.from_json(loo["params"]))
        assert pred.drawdown == pytest.approx(loo["drawdown"], rel=1e-9)
        assert pred.liquidated_usd == pytest.approx(loo["liquidated_usd"], rel=1e-9)
        assert loo["factor_drawdown"] == pytest.approx(pred.drawdown / e.observed_drawdown)
        assert loo["factor_liquidated"] == pytest.approx(pred.liquidated_usd / e.observed_liquidated_usd)
        assert row["excess_factor"] == pytest.approx(excess_factor(e.observed_drawdown, pred.drawdown,
                                                                   e.trigger.value))
    within = sum(1 for r in stored["per_event"] if 0.5 <= r["leave_one_out"]["factor_drawdown"] <= 2)
    assert stored["summary"]["loo_drawdown_within_2x"] == within
    assert tuple(stored["band_excess_factors"]) == pytest.approx(
        band_factors([r["excess_factor"] for r in stored["per_event"]]))


def test_the_calibration_is_not_on_a_tipping_point(library, stored):
    # per event at the central fit: 1 % more trigger moves the final move by less than 3 %, and 25 % more or
    # less depth changes it smoothly (no jump to a runaway)
    for row in stored["per_event"]:
        s = row["sensitivity"]
        assert 1.0 - 1e-9 <= s["final_move_per_1pct_trigger"] < 3.0, row["event"]
        assert s["final_move_depth_div1.25"] > -0.9, row["event"]  # a quarter less depth is no runaway
        assert s["final_move_depth_div1.25"] <= row["in_sample"]["drawdown"] <= s["final_move_depth_x1.25"]
        assert s["final_move_depth_x1.25"] - s["final_move_depth_div1.25"] < 0.25, row["event"]


def test_factor_and_band_factor_arithmetic():
    assert factor(-0.2, -0.1) == 2.0 and factor(None, 1.0) is None
    assert excess_factor(-0.15, -0.10, -0.05) == pytest.approx(2.0)  # the market added 10 %, the model 5 %
    assert band_factors([0.1, 0.5, 1.2, 1.5, 2.0, 9.0]) == (0.5, 2.0)  # the extremes dropped
    assert band_factors([1.2, 1.5]) == (1.0, 1.5)  # the band always holds the central answer


@pytest.mark.slow
def test_refitting_the_library_gives_the_stored_calibration(stored):
    from core.cascade.fit import calibrate_library

    fresh = calibrate_library()
    assert fresh["params"] == stored["params"]
    assert fresh["leave_one_out_params"] == stored["leave_one_out_params"]


# --- the band --------------------------------------------------------------------------------------------

def test_the_band_holds_the_central_answer_and_widens_with_the_out_of_sample_error():
    model = market_model_from_snapshot(sample_snapshot())
    shocks = np.linspace(-0.3, 0.0, 13)
    from core.cascade.engine import compile_market, run_cascade

    central = run_cascade(compile_market(model), shocks).final_move
    band = cascade_band(model, shocks)
    assert isinstance(band, Band)
    assert np.all(band.low <= central + 1e-12) and np.all(central <= band.high + 1e-12)
    lo, hi = load_calibration()["band_excess_factors"]
    exo = run_cascade(compile_market(model), shocks).exogenous_move
    assert np.all(band.low <= np.clip(exo + (central - exo) * hi, -1, None) + 1e-12)
    assert np.all(band.high >= exo + (central - exo) * lo - 1e-12)
    sens = trigger_sensitivity(model, shocks)
    assert sens.shape == central.shape and np.all(sens >= 1.0 - 1e-9)


def test_a_variant_under_the_central_parameters_is_the_model_itself():
    model = market_model_from_snapshot(sample_snapshot())
    central, loo = calibration_params()
    same = variant(model, central, central)
    assert same.impact == model.impact
    assert [s.levered_share for s in same.symbols] == pytest.approx([s.levered_share for s in model.symbols])
    other = variant(model, loo[0], central)
    ratio = levered_share_from_state(1.0, base=loo[0].levered_share) / levered_share_from_state(
        1.0, base=central.levered_share)
    assert other.symbols[0].levered_share == pytest.approx(model.symbols[0].levered_share * ratio)
    assert other.impact.depth_factor == pytest.approx(model.impact.depth_factor * loo[0].depth_factor
                                                      / central.depth_factor)
    assert not math.isnan(other.impact.replenish_minutes)
