"""Market model (JSON format, validation, building from a snapshot), ladder and scenario presets."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest

from core.cascade import market as mm
from core.cascade.depth import side_from_levels
from core.cascade.ladder import DEFAULT_LEVERAGE_MIX, build_ladder, long_share_from_funding
from core.cascade.scenarios import Scenario, ScenarioError, find_scenario, load_scenario, load_scenarios, save_scenario
from core.cascade.snapshot import beta_to, market_model_from_snapshot
from core.model import LeverageTier, MarketState, PortfolioSnapshot

NOW = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)


def book(mid: float, step: float, levels: int, base_amount: float, bid: bool):
    sign = -1 if bid else 1
    return tuple((mid * (1 + sign * step * (i + 1)), base_amount) for i in range(levels))


def closes(start: float, n: int, seed: int, scale: float = 1.0) -> tuple[float, ...]:
    rng = np.random.default_rng(seed)
    return tuple(start * np.exp(np.cumsum(rng.normal(0, 0.03 * scale, n))))


def sample_snapshot() -> PortfolioSnapshot:
    btc_closes = closes(60_000, 60, 1)
    rng = np.random.default_rng(2)
    driver_rets = np.diff(np.log(btc_closes))
    eth_rets = 1.3 * driver_rets + rng.normal(0, 0.005, len(driver_rets))
    eth_closes = tuple(2_000 * np.exp(np.concatenate([[0], np.cumsum(eth_rets)])))
    tiers = (LeverageTier(1, 0, 5e4, 0.004, 125), LeverageTier(2, 5e4, 6e5, 0.005, 100))
    markets = (
        MarketState("binanceusdm", "BTC/USDT:USDT", 67_450.0, funding_rate=0.0002, open_interest_usd=8e9,
                    bids=book(67_450, 1e-4, 300, 2.0, True), asks=book(67_450, 1e-4, 300, 2.0, False),
                    daily_closes=btc_closes, tiers=tiers),
        MarketState("bybit", "BTC/USDT:USDT", 67_440.0, funding_rate=0.0001, open_interest_usd=4e9,
                    bids=book(67_440, 2e-4, 200, 1.0, True), asks=book(67_440, 2e-4, 200, 1.0, False)),
        MarketState("binanceusdm", "ETH/USDT:USDT", 1_950.0, funding_rate=0.0001, open_interest_usd=5e9,
                    bids=book(1_950, 1e-4, 200, 50.0, True), asks=book(1_950, 1e-4, 200, 50.0, False),
                    daily_closes=eth_closes),
    )
    return PortfolioSnapshot(taken_at=NOW, markets=markets)


def test_a_snapshot_becomes_one_symbol_per_base_asset_with_venues_aggregated():
    model = market_model_from_snapshot(sample_snapshot())
    assert model.names == ("BTC", "ETH") and model.driver == "BTC"
    btc = model.symbol("BTC")
    assert btc.open_interest_usd == pytest.approx(12e9)
    assert btc.venues == ("binanceusdm", "bybit")
    assert btc.funding_rate == pytest.approx((8 * 0.0002 + 4 * 0.0001) / 12)
    one = side_from_levels(book(67_450, 1e-4, 300, 2.0, True), 67_450, bid=True)
    assert btc.bid.depth_at(0.01) > one.depth_at(0.01)  # two venues' books add up
    assert btc.maintenance_margin_rate == 0.004 and btc.max_leverage == 125
    assert model.symbol("ETH").beta == pytest.approx(1.3, abs=0.05)


def test_beta_needs_ten_common_returns():
    assert beta_to((1, 2, 3), (1, 2, 3)) == 1.0


def test_visible_book_bands_are_exact_and_the_rest_follows_the_power_law():
    levels = book(100.0, 1e-4, 50, 1.0, True)  # visible to 0.5 %
    side = side_from_levels(levels, 100.0, bid=True)
    bands = dict(side.bands)
    assert bands[0.001] == pytest.approx(sum(p * a for p, a in levels[:10]))
    assert bands[0.0025] == pytest.approx(sum(p * a for p, a in levels[:25]))
    assert bands[0.01] > bands[0.005] > 0


def test_market_model_round_trips_through_json(tmp_path):
    model = market_model_from_snapshot(sample_snapshot()).with_overrides(depth_factor=0.5, oi_multiplier=2.0)
    path = tmp_path / "m.json"
    mm.save(model, path)
    again = mm.load(path)
    assert again.impact == model.impact and again.oi_multiplier == 2.0
    assert again.symbols == model.symbols


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.update(format="x"), "not an Undertow market model"),
    (lambda d: d.update(version=99), "unsupported market model version"),
    (lambda d: d["symbols"]["BTC"].update(mark_price=-1), "symbols.BTC.mark_price"),
    (lambda d: d["symbols"]["BTC"].update(mark_price="abc"), "symbols.BTC.mark_price"),
    (lambda d: d["symbols"]["BTC"].update(long_share=1.5), "long_share"),
    (lambda d: d["symbols"]["BTC"].update(colour="red"), "unknown fields: colour"),
    (lambda d: d["symbols"]["BTC"]["bid"].update(bands=[[0.01, 5], [0.005, 9]]), "ascending"),
    (lambda d: d["symbols"]["BTC"]["bid"].update(max_distance=1.5), "bid.max_distance"),
    (lambda d: d["symbols"]["ETH"].pop("bid"), "symbols.ETH.bid is missing"),
    (lambda d: d.update(impact_mode="magic"), "impact_mode"),
    (lambda d: d.update(depth_factor=0), "depth_factor"),
    (lambda d: d.update(symbols={}), "symbols"),
])
def test_invalid_market_files_give_one_clear_error(tmp_path, edit, message):
    raw = mm.to_json_dict(market_model_from_snapshot(sample_snapshot()))
    edit(raw)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(mm.MarketModelError, match=message):
        mm.load(path)


def test_unreadable_market_files_are_clear_errors(tmp_path):
    with pytest.raises(mm.MarketModelError, match="cannot read"):
        mm.load(tmp_path / "missing.json")
    (tmp_path / "x.json").write_text("{nope")
    with pytest.raises(mm.MarketModelError, match="not valid JSON"):
        mm.load(tmp_path / "x.json")


def test_the_ladder_holds_only_live_positions_and_all_the_open_interest():
    lad = build_ladder(100_000.0, 1e10, 0.6, DEFAULT_LEVERAGE_MIX, closes=closes(90_000, 40, 3))
    assert lad.long_notional_usd.sum() == pytest.approx(6e9)
    assert lad.short_notional_usd.sum() == pytest.approx(4e9)
    assert np.all(lad.long_level < 0) and np.all(lad.short_level > 0)
    assert np.all(lad.long_bankrupt < lad.long_level) and np.all(lad.short_bankrupt > lad.short_level)


def test_long_share_leans_with_funding_and_stays_bounded():
    assert long_share_from_funding(None) == 0.55
    assert long_share_from_funding(0.0003) > long_share_from_funding(0.0001) > long_share_from_funding(-0.0002)
    assert 0.3 <= long_share_from_funding(0.05) <= 0.75 and 0.3 <= long_share_from_funding(-0.05) <= 0.75


def test_every_bundled_preset_loads_with_a_source():
    presets = {s.id: s for s in load_scenarios()}
    assert {"2025-10-10-crash", "gap-10", "btc-breaks-75k", "btc-breaks-70k", "collateral-haircut",
            "short-squeeze"} <= set(presets)
    assert all(s.source and s.builtin for s in presets.values())
    crash = presets["2025-10-10-crash"]
    assert crash.shocks == {"BTC": -0.15, "ETH": -0.20}
    assert crash.explicit_shocks(("BTC", "ETH", "SOL"))["SOL"] == -0.65
    assert presets["collateral-haircut"].collateral_haircuts[0].asset == "USDE"
    support = presets["btc-breaks-70k"].explicit_shocks(("BTC",), {"BTC": 80_000.0})
    assert support["BTC"] == pytest.approx(70_000 / 80_000 - 1)


def test_user_scenarios_are_saved_loaded_and_validated(tmp_path):
    mine = Scenario(id="my-crash", name="Mine", description="", source="me", shocks={"BTC": -0.3})
    save_scenario(mine, tmp_path)
    assert find_scenario("my-crash", tmp_path).shocks == {"BTC": -0.3}
    (tmp_path / "broken.json").write_text("{")
    assert "my-crash" in {s.id for s in load_scenarios(tmp_path)}  # a broken file hides nothing else
    with pytest.raises(ScenarioError, match="not valid JSON"):
        load_scenario(tmp_path / "broken.json")
    with pytest.raises(ScenarioError, match="unknown scenario"):
        find_scenario("nope", tmp_path)
    with pytest.raises(ScenarioError, match="shocks.BTC"):
        save_scenario(Scenario(id="x", name="x", description="", source="me", shocks={"BTC": -2.0}), tmp_path)


def test_snapshot_depth_is_the_observed_books_not_a_multiple_of_open_interest():
    # issue 18: depth comes from the market's state. The old rule rescaled k by open interest / visible depth,
    # which tied every market to the same amplification curve; now the observed books times the fitted factor.
    from core.cascade.snapshot import CALIBRATED_DEPTH_FACTOR

    snap = sample_snapshot()
    model = market_model_from_snapshot(snap)
    assert model.impact.depth_factor == CALIBRATED_DEPTH_FACTOR
    more_oi = PortfolioSnapshot(taken_at=NOW, markets=tuple(
        replace(m, open_interest_usd=(m.open_interest_usd or 0) * 3) for m in snap.markets))
    assert market_model_from_snapshot(more_oi).impact.depth_factor == CALIBRATED_DEPTH_FACTOR
    # the bid depth within 1 % is the two venues' books: 2 BTC per 0.01 % for 100 levels (Binance) plus
    # 1 BTC per 0.02 % for 50 levels (Bybit), each level priced at its own price
    expected = sum(67_450 * (1 - 1e-4 * (i + 1)) * 2.0 for i in range(100)) + \
        sum(67_440 * (1 - 2e-4 * (i + 1)) * 1.0 for i in range(50))
    assert model.symbol("BTC").bid.depth_at(0.01) == pytest.approx(expected, rel=1e-3)


def test_old_market_files_still_load_and_run_with_documented_defaults(tmp_path):
    # a file as `undertow market export` wrote it before the market-state fields existed: none of the new
    # keys, an explicit leverage mix, no duration -> loads, runs, and a gap (duration 0) as before
    raw = mm.to_json_dict(market_model_from_snapshot(sample_snapshot()))
    for key in ("duration_minutes", "replenish_minutes"):
        raw.pop(key)
    for sym in raw["symbols"].values():
        for key in ("levered_share", "market_cap_usd", "oi_change_30d", "long_short_ratio"):
            sym.pop(key)
    raw["impact_mode"], raw["depth_factor"] = "bookwalk", 3.0
    raw["leverage_mix"] = {"1": 0.926, "10": 0.05, "25": 0.024}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(raw))
    model = mm.load(path)
    assert model.impact.duration_minutes == 0.0 and model.impact.effective_depth_factor == 3.0
    assert all(s.levered_share is None for s in model.symbols)
    assert dict(model.symbol_mix(model.symbols[0])) == {1.0: 0.926, 10.0: 0.05, 25.0: 0.024}
    from core.cascade.engine import compile_market, run_cascade

    res = run_cascade(compile_market(model), [-0.1])
    assert np.all(res.final_move[:, 0] <= res.exogenous_move[:, 0] + 1e-12)


def test_time_refills_the_book_so_a_gap_and_a_slide_differ():
    from core.cascade.engine import compile_market, run_cascade

    model = market_model_from_snapshot(sample_snapshot())
    gap = run_cascade(compile_market(model.with_overrides(duration_minutes=0)), [-0.20]).final_move[0, 0]
    slide = run_cascade(compile_market(model.with_overrides(duration_minutes=60)), [-0.20]).final_move[0, 0]
    assert gap < slide < -0.20  # the gap meets the standing book alone: it falls further
    tau = model.impact.replenish_minutes
    assert model.with_overrides(duration_minutes=60).impact.effective_depth_factor == pytest.approx(
        model.impact.depth_factor * (1 + 60 / tau))
