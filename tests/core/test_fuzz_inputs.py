"""Hypothesis fuzzing of what comes from outside: wallet imports, market model files and command-line numbers.

The properties: 0 crashes (only the module's own refusal type), 0 hangs (every example under a 5 s deadline),
0 private material accepted (a planted seed phrase or private key is refused wherever it is put). Bounded so
the whole file runs in well under 30 s: small ``max_examples``, sizes capped in the strategies.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import string
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from embit import bip32, ec
from embit.descriptor.checksum import add_checksum
from embit.networks import NETWORKS
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.cascade import market as mm
from core.cascade.engine import compile_market, run_cascade
from core.cascade.snapshot import market_model_from_snapshot
from core.custody import CustodyInputError
from core.custody.importer import WatchOnlyImport, parse_import
from core.custody.keys import (
    ImportRefused,
    PrivateMaterialRefused,
    check_text_field,
    looks_private,
    private_field_message,
)
from desktop.commands import CommandError
from desktop.commands._common import bounded_float, bounded_int
from desktop.commands.settings import parse_value
from desktop.commands.shock import GRID_MAX_POINTS, parse_grid, parse_shock
from tests.core.test_cascade_market import sample_snapshot
from tests.core.test_private_material import LANGUAGES, SPECTER, XPUB84, ZPUB, bip39_phrase

# UNDERTOW_FUZZ_EXAMPLES=2000 (with UNDERTOW_HYPOTHESIS_PROFILE=explore) for a longer hunt than CI's
EXAMPLES = int(os.environ.get("UNDERTOW_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NOW = datetime(2026, 1, 1, tzinfo=UTC)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
FIRST = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP84 test vector, account 0, receive #0
VALID_IMPORTS = [
    XPUB84, ZPUB, json.dumps(SPECTER), add_checksum(f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)"),
    f"sh(wpkh([73c5da0a/49h/0h/0h]{XPUB84}/0/*))", FIRST,
    "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
    json.dumps({"xfp": "73C5DA0A", "chain": "BTC", "account": 0,
                "bip84": {"xpub": ZPUB, "deriv": "m/84'/0'/0'", "first": FIRST}}),
]


def import_outcome(text: str, **kwargs) -> WatchOnlyImport | ImportRefused:
    """parse_import's result or its refusal; anything else raised fails the test."""
    try:
        result = parse_import(text, **kwargs)
    except ImportRefused as exc:
        return exc
    assert isinstance(result, WatchOnlyImport)
    assert not looks_private(result.public_ref)
    return result


# --- importers ----------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from([XPUB84, ZPUB, "m/84'/0'/0'", "73C5DA0A", "p2wpkh"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["xfp", "bip84", "bip44", "xpub", "deriv", "first", "descriptor", "label", "devices",
                         "blockheight", "name", "_pub"]) | st.text(max_size=10), children, max_size=5),
    max_leaves=20)


@FUZZ
@given(st.text(max_size=3000))
def test_any_text_is_imported_or_refused(text):
    import_outcome(text)


@FUZZ
@given(st.text(alphabet=B58, min_size=40, max_size=6000))
def test_any_base58_is_imported_or_refused(text):
    import_outcome(text, script_type="p2wpkh")


@FUZZ
@given(st.dictionaries(st.sampled_from(["xfp", "bip84", "bip49", "bip44", "bip86", "descriptor", "label",
                                        "blockheight", "devices", "chain"]), json_values, max_size=6))
def test_any_json_export_is_imported_or_refused(data):
    import_outcome(json.dumps(data))


@FUZZ
@given(st.sampled_from(VALID_IMPORTS), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["insert", "delete",
                                                                                                "replace"]),
                                                          st.characters()), min_size=1, max_size=4),
       st.sampled_from([None, "p2wpkh", "p2pkh", "p2tr", "bogus"]), st.one_of(st.none(), st.text(max_size=30)))
def test_mutated_exports_are_imported_or_refused(text, edits, script_type, origin):
    chars = list(text)
    for pos, kind, ch in edits:
        i = pos % (len(chars) + 1)
        if kind == "insert":
            chars.insert(i, ch)
        elif chars and i < len(chars):
            chars[i] = ch if kind == "replace" else ""
    import_outcome("".join(chars), script_type=script_type, origin=origin)


# --- private material ----------------------------------------------------------------------------------------

SPACED = sorted(LANGUAGES)  # Chinese written without spaces is caught only as a whole random-looking line
SEPARATORS = [" ", "  ", "\n", ", ", "\t", " - ", "\u3000", ";", "/"]
CASES = [str, str.upper, str.title, str.capitalize]
CONTEXT = st.text(alphabet=string.digits + string.punctuation + " ", max_size=30)


@st.composite
def planted_phrases(draw) -> tuple[str, list[str]]:
    language = draw(st.sampled_from(SPACED))
    n_words = draw(st.sampled_from([12, 15, 18, 21, 24]))
    entropy = draw(st.binary(min_size=n_words * 4 // 3, max_size=n_words * 4 // 3))
    words = bip39_phrase(entropy, LANGUAGES[language])
    sep = draw(st.sampled_from(SEPARATORS))
    case = draw(st.sampled_from(CASES))
    if draw(st.booleans()):
        body = "\n".join(f"{i + 1}. {w}" for i, w in enumerate(words))
    else:
        body = sep.join(words)
    return f"{draw(CONTEXT)} {case(body)} {draw(CONTEXT)}", words


@st.composite
def private_keys(draw) -> str:
    secret = draw(st.binary(min_size=32, max_size=32))
    kind = draw(st.sampled_from(["xprv", "yprv", "zprv", "Yprv", "Zprv", "wif", "descriptor"]))
    net = draw(st.sampled_from(["main", "test"]))
    if kind == "wif":
        try:
            return ec.PrivateKey(secret).wif(NETWORKS[net])
        except Exception:  # noqa: BLE001 - a secret outside the curve's range: draw another
            assume(False)
    key = bip32.HDKey.from_seed(secret + b"\x00" * 32)
    if kind == "descriptor":
        return add_checksum(f"wpkh([73c5da0a/84h/0h/0h]{key.to_base58()}/<0;1>/*)")
    return key.to_base58(version=NETWORKS[net][kind])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from core.store import Store

    s = Store.open(tmp_path_factory.mktemp("fuzz") / "u.sqlite")
    yield s
    s.close()


@settings(FUZZ, max_examples=2 * EXAMPLES)
@given(planted_phrases())
def test_no_seed_phrase_is_accepted_anywhere(store, planted):
    from core.model import CustodyClass, Purpose
    from core.store import custody_repo

    text, words = planted
    assert looks_private(text)
    with pytest.raises(PrivateMaterialRefused):
        check_text_field(text, "the label", max_chars=10_000)
    with pytest.raises(ImportRefused):
        parse_import(text)
    with pytest.raises(PrivateMaterialRefused) as err:
        parse_import(json.dumps({**SPECTER, "devices": [{"label": text}]}, ensure_ascii=False))
    assert str(err.value) == private_field_message("the export file's field 'devices[0].label'")  # no echo
    address = WatchOnlyImport("btc-address", FIRST, "bitcoin", "address")
    with store.write() as db:
        with pytest.raises(CustodyInputError, match="private key"):
            custody_repo.add_wallet(db, address, text, "other", CustodyClass.HARDWARE_WALLET, NOW)
        with pytest.raises(CustodyInputError, match="private key"):
            custody_repo.add_manual_holding(db, text, "BTC", "1", CustodyClass.OTHER_CUSTODIAN,
                                            Purpose.LONG_TERM, NOW)
        assert db["wallets"].count == 0 and db["manual_holdings"].count == 0


@FUZZ
@given(private_keys(), CONTEXT, CONTEXT)
def test_no_private_key_is_accepted_anywhere(key, before, after):
    text = f"{before} {key} {after}"
    with pytest.raises(ImportRefused):
        parse_import(key)
    with pytest.raises(PrivateMaterialRefused):
        check_text_field(text, "the label")
    with pytest.raises(PrivateMaterialRefused):
        parse_import(json.dumps({**SPECTER, "note": text}))


# --- market model files ------------------------------------------------------------------------------------

BASE_MODEL = mm.to_json_dict(market_model_from_snapshot(sample_snapshot()))
SYMBOL = next(iter(BASE_MODEL["symbols"]))
MODEL_PATHS = [(k,) for k in BASE_MODEL if k not in ("format", "symbols")] + \
    [("symbols", SYMBOL, k) for k in BASE_MODEL["symbols"][SYMBOL]] + \
    [("symbols", SYMBOL, side, k) for side in ("bid", "ask") for k in ("bands", "exponent", "max_distance")]
hostile_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**40), 10**40), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.lists(st.floats(allow_nan=True, allow_infinity=True) | st.integers(), max_size=30),
    st.lists(st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=3), max_size=30),
    st.dictionaries(st.text(max_size=5), st.floats() | st.integers(), max_size=5))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(MODEL_PATHS), hostile_values), min_size=1, max_size=3))
def test_any_market_file_is_loaded_or_refused(tmp_path_factory, mutations):
    data = json.loads(json.dumps(BASE_MODEL))
    for path, value in mutations:
        node = data
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict):  # an earlier mutation may have replaced the parent
            node[path[-1]] = value
    text = json.dumps(data)  # NaN and Infinity are written as such and read back by json.loads
    try:
        model = mm.from_json_dict(json.loads(text))
    except mm.MarketModelError:
        return
    mm.validate(model)  # accepted means every field in range: the cascade must run on it
    result = run_cascade(compile_market(model), np.array([-0.2, 0.0, 0.2]))
    for name in ("final_move", "liquidated_long_usd", "liquidated_short_usd", "bad_debt_usd", "adl_notional_usd"):
        assert np.all(np.isfinite(getattr(result, name))), name


@FUZZ
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_any_bytes_as_a_market_file_are_refused_cleanly(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("m") / "m.json"
    path.write_bytes(content)
    with pytest.raises(mm.MarketModelError):
        mm.load(path)


# --- command-line numbers ----------------------------------------------------------------------------------

number_texts = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr), st.integers(-(10**50), 10**50).map(str),
    st.text(alphabet="0123456789.-+eEinfa%", max_size=25), st.text(max_size=25))


@FUZZ
@given(number_texts, number_texts, number_texts)
def test_any_grid_is_a_bounded_sweep_or_a_clear_error(lo, hi, step):
    try:
        grid = parse_grid(f"{lo}:{hi}:{step}")
    except CommandError as exc:
        assert len(str(exc)) < 300
        return
    assert 1 <= len(grid) <= GRID_MAX_POINTS
    assert np.all(np.isfinite(grid)) and grid[0] > -1.0 and grid[-1] <= 10.0 + 1e-9


@FUZZ
@given(st.text(max_size=80) | st.builds(lambda a, v: f"{a}={v}%", st.sampled_from(["BTC", "eth", "X"]),
                                        number_texts))
def test_any_shock_is_a_bounded_fraction_or_a_clear_error(text):
    try:
        name, value = parse_shock(text)
    except CommandError:
        return
    assert name.isalnum() and math.isfinite(value) and -1.0 < value <= 10.0


@FUZZ
@given(number_texts)
def test_model_flags_are_finite_and_in_range_or_refused(text):
    for parse, lo, hi in ((bounded_float("--depth-factor", 0.0, 1000.0, lo_open=True), 0.0, 1000.0),
                          (bounded_float("--oi-multiplier", 0.0, 1000.0), 0.0, 1000.0)):
        try:
            value = parse(text)
        except argparse.ArgumentTypeError:
            continue
        assert math.isfinite(value) and lo <= value <= hi
    try:
        count = bounded_int("--count", 1, 1000)(text)
    except argparse.ArgumentTypeError:
        return
    assert isinstance(count, int) and 1 <= count <= 1000


@FUZZ
@given(st.sampled_from(["esplora_url", "evm_rpc_url", "socks_proxy", "gap_rule_pct", "refresh_interval_min",
                        "privacy_mode", "quote_currency", "language", "alert_distance_sigma"]),
       number_texts | st.text(max_size=60) | st.builds("http://{}:{}/{}".format, st.text(max_size=10),
                                                     number_texts, st.text(max_size=10)))
def test_any_settings_value_is_valid_or_refused(key, text):
    try:
        value = parse_value(key, text)
    except CommandError as exc:
        assert text not in str(exc) or len(text) <= 40
        return
    if isinstance(value, float):
        assert math.isfinite(value)
    if key.endswith("_url"):
        assert value.startswith(("http://", "https://"))
    if key == "socks_proxy":
        assert value == "" or value.startswith(("socks5://", "socks5h://"))


def test_the_fuzz_seeds_are_real_bip39_phrases():
    """The planted phrases are the real thing: the encoder of test_private_material (checked against the
    reference vectors there) gives zero entropy -> 'abandon ... about'."""
    assert bip39_phrase(bytes(16), LANGUAGES["english"])[-1] == "about"
    assert hashlib.sha256(bytes(16)).digest()[0] >> 4 == 3  # "about" is word 3 of the list
