"""Market files keep working (issue 18.4): a file `undertow market export` wrote before the market-state inputs
of the library fit existed, and one the current exporter writes, load and run; the new inputs take their documented
defaults (docs/market-model.md, docs/cascade.md §3).

``tests/fixtures/market/market-export-before-issue18.json`` is what ``undertow market export --demo`` wrote at the
commit before this change (run from that commit's tree): no ``crypto_margined_share``, the old calibration's
depth factor 0.4163 and replenishment 15 min, the old levered share.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from core.cascade import market as mm
from core.cascade.band import cascade_band
from core.cascade.engine import compile_market, run_cascade
from core.cascade.ladder import CALIBRATED_LEVERED_SHARE, DEFAULT_CRYPTO_MARGINED_SHARE, levered_share_from_state

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "market" / "market-export-before-issue18.json"
SHOCKS = np.linspace(-0.3, 0.0, 31)


def _runs(model: mm.MarketModel) -> None:
    res = run_cascade(compile_market(model), SHOCKS)
    assert np.all(np.isfinite(res.final_move)) and np.all(res.converged)
    # a fall never shrinks: the cascade adds to the exogenous move
    assert np.all(res.final_move <= res.exogenous_move + 1e-12)
    band = cascade_band(model, SHOCKS)
    assert band is not None
    assert np.all(band.low <= res.final_move + 1e-12) and np.all(res.final_move <= band.high + 1e-12)


def test_a_file_exported_before_the_new_inputs_loads_and_runs_as_written():
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert all("crypto_margined_share" not in s for s in raw["symbols"].values())  # the old exporter's keys
    model = mm.load(FIXTURE)
    assert model.names == tuple(raw["symbols"])
    # the file's own numbers act: its depth factor, replenishment, duration and levered shares
    assert model.impact.depth_factor == raw["depth_factor"] == 0.4163
    assert model.impact.replenish_minutes == raw["replenish_minutes"] == 15.0
    assert model.impact.duration_minutes == raw["duration_minutes"]
    for s in model.symbols:
        assert s.levered_share == raw["symbols"][s.symbol]["levered_share"]
        assert s.crypto_margined_share is None  # the new input: not known, the documented default
    _runs(model)


def test_the_new_input_defaults_to_the_reference_share_where_it_changes_nothing():
    # the default crypto-margined share is the reference of the fit: an unknown share and the default give the
    # calibrated levered share itself (docs/cascade.md §3)
    assert levered_share_from_state(1e10) == pytest.approx(CALIBRATED_LEVERED_SHARE)
    assert levered_share_from_state(1e10, crypto_margined_share=DEFAULT_CRYPTO_MARGINED_SHARE) == \
        pytest.approx(CALIBRATED_LEVERED_SHARE)


def test_a_file_the_current_exporter_writes_round_trips_and_runs(tmp_path, capsys):
    from desktop.__main__ import main

    path = tmp_path / "market.json"
    assert main(["market", "export", "--demo", "-o", str(path)]) == 0
    raw = json.loads(path.read_text(encoding="utf-8"))
    for s in raw["symbols"].values():
        assert s["crypto_margined_share"] is None  # a snapshot cannot see it: written as unknown
    model = mm.load(path)
    assert mm.to_json_dict(model) == raw
    _runs(model)
    # and the same file with the new input set: a larger crypto-margined share is accepted, out of range is not
    raw["symbols"]["BTC"]["crypto_margined_share"] = 0.5
    path.write_text(json.dumps(raw), encoding="utf-8")
    edited = mm.load(path)
    assert edited.symbol("BTC").crypto_margined_share == 0.5
    # the edit acts: more of the open interest is margined in the coin, more of it is levered, the same -10 %
    # liquidates more and falls further
    before = run_cascade(compile_market(model), [-0.10])
    after = run_cascade(compile_market(edited), [-0.10])
    assert after.liquidated_long_usd[0, 0] > before.liquidated_long_usd[0, 0]
    assert after.final_move[0, 0] <= before.final_move[0, 0]
    raw["symbols"]["BTC"]["crypto_margined_share"] = 1.5
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(mm.MarketModelError, match="crypto_margined_share"):
        mm.load(path)


def test_the_shock_command_runs_on_the_old_file(capsys):
    from desktop.__main__ import main

    assert main(["shock", "BTC=-10%", "--market", str(FIXTURE), "--demo", "--json"]) in (0, 1, 3)
    out = json.loads(capsys.readouterr().out)
    assert out  # a what-if came back for the old file
