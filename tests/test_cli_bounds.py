"""Bounded inputs: every command-line number finite and in range, every market-file field validated and sized,
pasted or passed text capped before parsing; each refusal is one line on stderr with exit code 2, never a
traceback, never a long wait, never gigabytes of memory."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.cascade import market as mm
from core.cascade.snapshot import market_model_from_snapshot
from desktop.__main__ import main
from desktop.commands._common import argv_problem
from tests.core.test_cascade_market import sample_snapshot

XPUB84 = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"  # noqa: E501
FIRST_RECEIVE = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP84 test vector, account 0, receive #0


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """The real dispatcher; argparse's own refusals (SystemExit 2) count as exit code 2."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_line(code: int, err: str, *needles: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "Error:" not in err.replace("error:", "")
    last = err.strip().splitlines()[-1]
    for n in needles:
        assert n in last, (n, last)


@pytest.fixture(scope="module")
def model_dict() -> dict:
    return mm.to_json_dict(market_model_from_snapshot(sample_snapshot()))


@pytest.fixture
def market_file(tmp_path, model_dict) -> str:
    path = tmp_path / "market.json"
    path.write_text(json.dumps(model_dict), encoding="utf-8")
    return str(path)


# --- shock and market numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize("grid, needle", [
    ("nan:0:1", "finite"), ("-50:nan:1", "finite"), ("-50:0:nan", "finite"), ("-50:0:inf", "finite"),
    ("-inf:0:1", "finite"), ("-50:1e400:1", "finite"), ("-50:0:0", "STEP must be at least"),
    ("-50:0:-1", "STEP must be at least"), ("-50:0:1e-300", "STEP must be at least"),
    ("-100:0:1", "above -100"), ("-50:2000:1", "at most 1000"), ("0:-10:1", "LO <= HI"),
    ("-99.99:999:0.0001", "at most 100,001"), ("1:2", "malformed grid"), ("a:b:c", "malformed grid"),
    ("1:2:3:4", "malformed grid"), ("1" * 5000 + ":0:1", "malformed grid"),
])
def test_a_bad_grid_is_one_clear_line(capsys, market_file, grid, needle):
    start = time.perf_counter()
    code, _, err = run(capsys, "shock", f"--grid={grid}", "--market", market_file)
    assert_one_clear_line(code, err, needle)
    assert time.perf_counter() - start < 5
    assert "1" * 100 not in err  # a long value is not echoed


@pytest.mark.parametrize("shock, needle", [
    ("BTC=-100%", "below zero"), ("BTC=-1e3%", "malformed"), ("BTC=nan", "malformed"), ("BTC=inf%", "malformed"),
    ("BTC=" + "9" * 400, "malformed"), ("BTC=1001%", "above +1000"), ("=5%", "malformed"),
])
def test_a_bad_shock_is_one_clear_line(capsys, market_file, shock, needle):
    code, _, err = run(capsys, "shock", shock, "--market", market_file)
    assert_one_clear_line(code, err, needle)


@pytest.mark.parametrize("flag", ["--depth-factor", "--oi-multiplier"])
@pytest.mark.parametrize("value, needle", [
    ("nan", "finite"), ("inf", "finite"), ("-1", "at most 1000"), ("1e9", "at most 1000"), ("x", "number"),
    ("1" * 100, "number"),
])
def test_model_overrides_are_finite_and_in_range(capsys, market_file, flag, value, needle):
    for command in (["shock", "BTC=-10%"], ["market", "show"]):
        code, _, err = run(capsys, *command, "--market", market_file, f"{flag}={value}")
        assert_one_clear_line(code, err, flag, needle)


def test_a_zero_depth_factor_is_refused_and_a_zero_oi_multiplier_is_not(capsys, market_file):
    code, _, err = run(capsys, "shock", "BTC=-10%", "--market", market_file, "--depth-factor=0")
    assert_one_clear_line(code, err, "--depth-factor", "above 0")
    code, out, err = run(capsys, "shock", "BTC=-10%", "--market", market_file, "--oi-multiplier=0", "--json")
    assert code == 0, err
    assert json.loads(out)["totals"]["liquidated_long_usd"] == 0.0  # no open interest: nothing to liquidate


def test_the_usual_values_still_work(capsys, market_file):
    code, out, err = run(capsys, "shock", "--grid", "-50:0:0.5", "--market", market_file, "--depth-factor", "0.5",
                         "--oi-multiplier", "2", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert len(data["shocks"]) == 101


# --- market model files ----------------------------------------------------------------------------------

def _mutations(base: dict) -> dict[str, tuple[dict | str, str]]:
    """name -> (the file's content, what the error must name)."""
    sym = next(iter(base["symbols"]))

    def with_symbol(**changes):
        d = json.loads(json.dumps(base))
        d["symbols"][sym].update(changes)
        return d

    def with_model(**changes):
        d = json.loads(json.dumps(base))
        d.update(changes)
        return d

    bid = base["symbols"][sym]["bid"]
    return {
        "n_entries huge": (with_model(n_entries=10**12), "n_entries"),
        "n_entries text": (with_model(n_entries="abc"), "n_entries"),
        "n_entries fraction": (with_model(n_entries=2.5), "n_entries"),
        "n_entries true": (with_model(n_entries=True), "n_entries"),
        "n_entries x levels x symbols": (with_model(n_entries=20_000,
                                                    leverage_mix={str(i): 1 for i in range(1, 64)}), "too large"),
        "max_iterations huge": (with_model(max_iterations=10**9), "max_iterations"),
        "funding_rate text": (with_symbol(funding_rate="abc"), "funding_rate"),
        "funding_rate huge": (with_symbol(funding_rate=1e300), "funding_rate"),
        "long_share text": (with_symbol(long_share="half"), "long_share"),
        "mark_price nan text": (with_symbol(mark_price="NaN"), "mark_price"),
        "mark_price huge integer": (with_symbol(mark_price=10**400), "mark_price"),
        "beta list": (with_symbol(beta=[1, 2]), "beta"),
        "daily_vol zero": (with_symbol(daily_vol=0), "daily_vol"),
        "exponent huge": (with_symbol(bid={**bid, "exponent": 1e308}), "exponent"),
        "exponent text": (with_symbol(bid={**bid, "exponent": "1e308"}), "exponent"),
        "max_distance huge": (with_symbol(bid={**bid, "max_distance": 1e308}), "max_distance"),
        "bands long": (with_symbol(bid={**bid, "bands": [[0.001 * (i + 1), float(i)] for i in range(300_000)]}),
                       "bands"),
        "bands not pairs": (with_symbol(bid={**bid, "bands": [[0.01, 1, 2]]}), "bands[0]"),
        "bands text": (with_symbol(bid={**bid, "bands": "0.01,1000"}), "bands"),
        "entry_closes long": (with_symbol(entry_closes=[100.0] * 500_000), "entry_closes"),
        "entry_closes text": (with_symbol(entry_closes="12345"), "entry_closes"),
        "entry_closes nan": (with_symbol(entry_closes=[100.0, "nan"]), "entry_closes[1]"),
        "venues long": (with_symbol(venues=["x"] * 100_000), "venues"),
        "venues objects": (with_symbol(venues=[{"a": 1}]), "venues"),
        "leverage_mix huge key": (with_model(leverage_mix={"1e400": 1.0}), "leverage_mix"),
        "leverage_mix text weight": (with_model(leverage_mix={"10": "x"}), "leverage_mix"),
        "leverage_mix long": (with_model(leverage_mix={str(i): 1 for i in range(1, 10_000)}), "leverage_mix"),
        "symbols many": (with_model(symbols={f"S{i}": base["symbols"][sym] for i in range(600)}), "symbols"),
        "symbol name long": (with_model(symbols={"X" * 10_000: base["symbols"][sym]}), "symbol name"),
        "depth_factor text": (with_model(depth_factor="2"), "depth_factor"),
        "tolerance huge": (with_model(tolerance=1e300), "tolerance"),
        "driver list": (with_model(driver=["BTC"]), "driver"),
        "version true": (with_model(version=True), "version"),
        "huge integer literal": ('{"format": "undertow-market-model", "version": 1, "n_entries": '
                                 + "9" * 100_000 + "}", "not valid JSON"),
        "deep nesting": ('{"format": "undertow-market-model", "version": 1, "x": ' + "[" * 200_000
                         + "]" * 200_000 + "}", "not valid JSON"),
        "not utf-8": ("\udcff", "UTF-8"),
    }


@pytest.mark.parametrize("name", list(_mutations({"symbols": {"BTC": {"bid": {}}}})))
def test_every_market_file_field_is_validated(capsys, tmp_path, model_dict, name):
    content, needle = _mutations(model_dict)[name]
    path = tmp_path / "bad.json"
    if name == "not utf-8":
        path.write_bytes(b'{"format": "\xff\xfe"}')
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    start = time.perf_counter()
    for command in (["shock", "BTC=-10%"], ["market", "show"]):
        code, _, err = run(capsys, *command, "--market", str(path))
        assert_one_clear_line(code, err, needle)
        assert len(err) < 600  # no value of thousands of characters echoed
    assert time.perf_counter() - start < 10


def test_a_market_file_over_the_size_cap_is_not_read(capsys, tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(mm.MAX_FILE_BYTES + 1)  # sparse: no disk used, and never read
    code, _, err = run(capsys, "market", "show", "--market", str(path))
    assert_one_clear_line(code, err, "too large")


def test_hostile_market_files_stay_within_a_memory_cap(tmp_path, model_dict):
    """The files that used to allocate 2.4-7.5 GiB, run in a child process limited to 1 GiB of data: each
    ends in exit code 2 with a message, none in a MemoryError or a kill."""
    names = ["n_entries huge", "exponent huge", "bands long", "entry_closes long", "symbols many",
             "n_entries x levels x symbols", "huge integer literal"]
    mutations = _mutations(model_dict)
    paths = []
    for name in names:
        content = mutations[name][0]
        p = tmp_path / f"{len(paths)}.json"
        p.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        paths.append(str(p))
    script = textwrap.dedent("""
        import json, sys
        from desktop.__main__ import main
        codes = [main(["shock", "BTC=-10%", "--market", p]) for p in sys.argv[1:]]
        print(json.dumps(codes))
    """)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (1 << 30, 1 << 30))

    env = dict(os.environ, UNDERTOW_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True, text=True, env=env,
                            timeout=120, preexec_fn=limit, cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == [2] * len(names)
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


# --- pasted and passed text ------------------------------------------------------------------------------

def _specter_json(devices: int) -> str:
    return json.dumps({"label": "Savings", "blockheight": 481824,
                       "descriptor": f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/0/*)",
                       "devices": [{"type": "coldcard", "label": f"device {i}"} for i in range(devices)]})


@pytest.mark.parametrize("devices", [3, 200])
def test_a_long_argument_that_names_no_file_is_parsed_as_text(capsys, devices):
    text = _specter_json(devices)
    assert len(text) > 255  # longer than any file name: "File name too long" before
    code, out, err = run(capsys, "wallet", "derive", text, "--count", "1", "--json")
    assert code == 0, err
    assert json.loads(out)["addresses"][0]["address"] == FIRST_RECEIVE


def test_a_descriptor_argument_and_a_file_argument_both_work(capsys, tmp_path):
    descriptor = f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/0/*)"
    path = tmp_path / "export.txt"
    path.write_text("# Sparrow\n" + descriptor + "\n", encoding="utf-8")
    for source in (descriptor, str(path)):
        code, out, err = run(capsys, "wallet", "derive", source, "--count", "1", "--json")
        assert code == 0, err
        assert json.loads(out)["addresses"][0]["address"] == FIRST_RECEIVE


def test_a_huge_paste_on_stdin_is_refused_at_once(capsys, monkeypatch):
    blob = "xpub" + "9" * 2_000_000
    monkeypatch.setattr(sys, "stdin", io.StringIO(blob))
    start = time.perf_counter()
    code, _, err = run(capsys, "wallet", "add", "-")
    assert_one_clear_line(code, err, "too large")
    assert time.perf_counter() - start < 1.0


def test_a_huge_file_is_refused_without_reading_it(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    code, _, err = run(capsys, "wallet", "add", str(path))
    assert_one_clear_line(code, err, "too large")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("args, needle", [
    (["--count", "0"], "--count"), (["--count", "1001"], "--count"), (["--count", "1e3"], "--count"),
    (["--count", "9" * 5000], "--count"), (["--start", "-1"], "--start"), (["--start", str(2**31)], "--start"),
])
def test_derive_counts_are_bounded(capsys, args, needle):
    code, _, err = run(capsys, "wallet", "derive", XPUB84, "--script-type", "p2wpkh", *args)
    assert_one_clear_line(code, err, needle)


@pytest.mark.parametrize("amount, needle", [
    ("nan", "finite"), ("inf", "finite"), ("-1", ">= 0"), ("1e999999999", "implausibly large"),
    ("1e-999999999", "too small"), ("abc", "not a number"), ("1" * 100, "too long"), ("0x10", "not a number"),
])
def test_manual_amounts_are_bounded_and_not_echoed(capsys, amount, needle):
    start = time.perf_counter()
    code, _, err = run(capsys, "wallet", "manual", "BTC", amount)
    assert_one_clear_line(code, err, needle)
    assert amount not in err or len(amount) <= 3
    assert time.perf_counter() - start < 2


# --- the command line as a whole -------------------------------------------------------------------------

def test_argv_problem_names_the_argument_never_its_text():
    from embit import bip32

    xprv = bip32.HDKey.from_seed(bytes(range(64))).to_base58()
    assert argv_problem([]) is None
    assert argv_problem(["check", "--json"]) is None
    assert argv_problem(["shock", "BTC=-15%", "--grid", "-50:0:0.5"]) is None
    assert argv_problem(["wallet", "derive", f"wpkh({XPUB84}/0/*)"]) is None
    hex_key = "ab" * 32
    assert argv_problem(["accounts", "add", "binanceusdm", "--api-key", hex_key]) is None  # an API key
    assert argv_problem(["accounts", "add", "binanceusdm", f"--api-key={hex_key}"]) is None
    problem = argv_problem(["wallet", "add", hex_key])
    assert problem is not None and "argument 3" in problem and hex_key not in problem
    problem = argv_problem(["wallet", "add", XPUB84, "--label", f"backup {xprv}"])
    assert problem is not None and "--label" in problem and xprv[:10] not in problem
    words = "legal winner thank year wave sausage worth useful legal winner thank yellow".split()
    problem = argv_problem(["wallet", "add", *words])
    assert problem is not None and "command line" in problem and not any(w in problem for w in words[:4])
    problem = argv_problem(["wallet", "add", "x" * 200_000])
    assert problem is not None and "too long" in problem and "xxxx" not in problem
