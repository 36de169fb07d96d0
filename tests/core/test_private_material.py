"""Private material is never stored: seed phrases in every BIP39 language, WIF keys, extended private keys
and private descriptors are refused in every field of every import path and every command-line argument,
the refusal names the field and never echoes the value, and nothing reaches the database.

Expected phrases come from an encoder written here from the BIP39 text (entropy + SHA-256 checksum, 11-bit
indices), checked against the reference vectors; private keys from embit and the SLIP-132 version bytes it
ships, not from the guard under test.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from embit import bip32, ec
from embit.descriptor.checksum import add_checksum
from embit.networks import NETWORKS
from embit.wordlists.bip39 import WORDLIST

from core.custody import CustodyInputError
from core.custody.importer import WatchOnlyImport, parse_import
from core.custody.keys import (
    MAX_IMPORT_CHARS,
    PRIVATE_MATERIAL_MESSAGE,
    ImportRefused,
    PrivateMaterialRefused,
    check_text_field,
    looks_private,
    private_field_message,
)
from desktop.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
WORDLISTS = json.loads((ROOT / "resources" / "bip39" / "wordlists.json").read_text(encoding="utf-8"))
LANGUAGES = WORDLISTS["languages"]
ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"  # noqa: E501
XPUB84 = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"  # noqa: E501
SPECTER = {"label": "Savings", "blockheight": 481824,
           "descriptor": f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/0/*)",
           "devices": [{"type": "coldcard", "label": "Coldcard in the safe"}]}


def bip39_phrase(entropy: bytes, words: list[str]) -> list[str]:
    """BIP39: entropy || first ENT/32 bits of SHA-256(entropy), cut into 11-bit word indices."""
    cs_len = len(entropy) * 8 // 32
    bits = int.from_bytes(entropy, "big") << cs_len | hashlib.sha256(entropy).digest()[0] >> (8 - cs_len)
    n = (len(entropy) * 8 + cs_len) // 11
    return [words[bits >> (11 * (n - 1 - i)) & 2047] for i in range(n)]


def phrase_of(language: str, n_words: int, salt: str = "") -> list[str]:
    entropy = hashlib.sha256(f"{language}-{n_words}-{salt}".encode()).digest()[: n_words * 4 // 3]
    return bip39_phrase(entropy, LANGUAGES[language])


def joined(words: list[str], language: str) -> str:
    return ("\u3000" if language == "japanese" else " ").join(words)


def assert_not_echoed(message: str, words: list[str]) -> None:
    template = (PRIVATE_MATERIAL_MESSAGE + private_field_message("")).lower()
    for w in words:  # whole words ("riva" is inside "private"), other than the message's own ("private", "key")
        if re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", template):
            continue
        assert not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", message, re.IGNORECASE), f"the refusal echoes {w!r}"


# --- the word lists and the encoder -----------------------------------------------------------------------

def test_word_lists_are_the_published_ones():
    assert set(LANGUAGES) == {"english", "japanese", "korean", "spanish", "chinese_simplified",
                              "chinese_traditional", "french", "italian", "czech", "portuguese", "russian",
                              "turkish"}
    for name, words in LANGUAGES.items():
        assert len(words) == 2048 == len(set(words)), name
        text = ("\n".join(words) + "\n").encode("utf-8")
        assert hashlib.sha256(text).hexdigest() == WORDLISTS["sha256"][name], name
    # the well-known hash of bitcoin/bips bip-0039/english.txt, and embit's own list
    assert WORDLISTS["sha256"]["english"] == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    assert LANGUAGES["english"] == list(WORDLIST)


@pytest.mark.parametrize("entropy, phrase", [  # trezor/python-mnemonic vectors.json (English)
    ("00" * 16, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
    ("7f" * 16, "legal winner thank year wave sausage worth useful legal winner thank yellow"),
    ("80" * 16, "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"),
    ("ff" * 16, "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"),
    ("00" * 32, " ".join(["abandon"] * 23 + ["art"])),
])
def test_the_encoder_reproduces_the_reference_vectors(entropy, phrase):
    assert " ".join(bip39_phrase(bytes.fromhex(entropy), LANGUAGES["english"])) == phrase


def test_every_list_stays_unique_once_case_accents_and_the_turkish_dot_are_folded():
    from core.custody.keys import _norm

    for name, words in LANGUAGES.items():
        assert len({_norm(w) for w in words}) == 2048, name


def test_the_encoder_reproduces_the_japanese_vector():
    # bip32JP test_JP_BIP39.json, first vector: zero entropy, words joined by the ideographic space
    words = bip39_phrase(bytes(16), LANGUAGES["japanese"])
    expected = ["あいこくしん"] * 11 + ["あおぞら"]
    assert words == [unicodedata.normalize("NFKD", w) for w in expected]  # the lists are stored NFKD


# --- seed phrases in every language and every shape ------------------------------------------------------

@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("n_words", [12, 18, 24])
def test_a_seed_phrase_in_any_language_is_refused_everywhere(language, n_words):
    words = phrase_of(language, n_words)
    text = joined(words, language)
    assert looks_private(text)
    with pytest.raises(ImportRefused) as err:
        parse_import(text)
    assert str(err.value) == PRIVATE_MATERIAL_MESSAGE
    with pytest.raises(PrivateMaterialRefused) as err:
        check_text_field(f"My wallet — {text} — keep safe", "the wallet label")
    assert "the wallet label" in str(err.value)
    assert_not_echoed(str(err.value), words)
    with pytest.raises(PrivateMaterialRefused):
        parse_import(json.dumps({**SPECTER, "label": text}, ensure_ascii=False))


def _shapes() -> dict[str, str]:
    en = phrase_of("english", 12, "shapes")
    es = phrase_of("spanish", 12, "accents")
    fr = phrase_of("french", 24, "accents")
    zh = phrase_of("chinese_simplified", 12, "joined")
    zt = phrase_of("chinese_traditional", 24, "joined")
    ja = phrase_of("japanese", 12, "spaces")
    ko = phrase_of("korean", 15, "nfd")
    typo = list(en)
    typo[5] = "qzxv"
    return {
        "upper case": " ".join(en).upper(),
        "title case": " ".join(w.title() for w in en),
        "numbered": "\n".join(f"{i + 1}. {w}" for i, w in enumerate(en)),
        "numbered inline": " ".join(f"{i + 1}){w}" for i, w in enumerate(en)),
        "one per line": "\n".join(en),
        "comma separated": ",".join(en),
        "dashes": "-".join(en),
        "in a sentence": "backup of my trezor: " + " ".join(en) + " (do not lose)",
        "four letters": " ".join(w[:4] for w in en),
        "one typo": " ".join(typo),
        "one typo embedded": "seed " + " ".join(typo) + " end",
        "spanish without accents": " ".join(
            "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)) for w in es),
        "french NFC": " ".join(unicodedata.normalize("NFC", w) for w in fr),
        "chinese spaced": " ".join(zh),
        "chinese unspaced": "".join(zh),
        "chinese traditional unspaced": "".join(zt),
        "japanese ascii spaces": " ".join(ja),
        "korean NFD": unicodedata.normalize("NFD", " ".join(ko)),
        "korean NFC": unicodedata.normalize("NFC", " ".join(ko)),
    }


@pytest.mark.parametrize("shape", list(_shapes()))
def test_a_seed_phrase_in_any_shape_is_refused(shape):
    text = _shapes()[shape]
    assert looks_private(text), shape
    with pytest.raises(PrivateMaterialRefused):
        check_text_field(text, "the label", max_chars=10_000)


def test_slip39_shares_are_refused():
    from embit.wordlists.slip39 import SLIP39_WORDS

    share = " ".join(SLIP39_WORDS[(i * 97) % 1024] for i in range(20))
    assert looks_private(share)


# --- keys ------------------------------------------------------------------------------------------------

def _private_keys() -> dict[str, str]:
    master = bip32.HDKey.from_seed(hashlib.sha256(b"undertow test seed").digest() * 2)
    out = {f"{kind} ({net})": master.to_base58(version=NETWORKS[net][kind])
           for net in ("main", "test") for kind in ("xprv", "yprv", "zprv", "Yprv", "Zprv")}
    secret = ec.PrivateKey(hashlib.sha256(b"wif").digest())
    out["WIF compressed (main)"] = secret.wif(NETWORKS["main"])
    out["WIF compressed (test)"] = secret.wif(NETWORKS["test"])
    uncompressed = ec.PrivateKey(hashlib.sha256(b"wif").digest(), compressed=False)
    out["WIF uncompressed (main)"] = uncompressed.wif(NETWORKS["main"])
    xprv = out["xprv (main)"]
    out["xprv with a typo"] = xprv[:40] + ("A" if xprv[40] != "A" else "B") + xprv[41:]
    out["private descriptor"] = add_checksum(f"wpkh([73c5da0a/84h/0h/0h]{xprv}/<0;1>/*)")
    out["WIF descriptor"] = f"wpkh({out['WIF compressed (main)']})"
    out["tr with xprv"] = f"tr({xprv}/86h/0h/0h/0/*)"
    out["xprv glued to text"] = "key:" + xprv + "ZZZZ"
    out["raw hex secret"] = "0x" + hashlib.sha256(b"evm").hexdigest()
    return out


@pytest.mark.parametrize("name", list(_private_keys()))
def test_private_keys_are_refused_in_imports_labels_and_json_fields(name):
    key = _private_keys()[name]
    with pytest.raises(ImportRefused) as err:
        parse_import(key)
    assert key[:12] not in str(err.value)
    with pytest.raises(PrivateMaterialRefused) as err:
        check_text_field(f"cold {key} wallet", "the wallet label")
    assert key[:12] not in str(err.value) and "the wallet label" in str(err.value)
    with pytest.raises(PrivateMaterialRefused) as err:
        parse_import(json.dumps({**SPECTER, "devices": [{"type": "coldcard", "note": key}]}))
    assert "devices[0].note" in str(err.value) and key[:12] not in str(err.value)


@pytest.mark.parametrize("field", ["label", "name", "devices", "descriptor_note", "a key"])
def test_any_json_field_of_an_export_is_checked_and_named(field):
    words = phrase_of("english", 12, field)
    export = dict(SPECTER)
    if field == "devices":
        export["devices"] = [{"type": "trezor", "label": "x"}, {"type": "ledger", "label": " ".join(words)}]
        where = "devices[1].label"
    elif field == "a key":
        export[" ".join(words)] = 1
        where = "a field name"
    else:
        export[field] = " ".join(words)
        where = f"'{field}'"
    with pytest.raises(PrivateMaterialRefused) as err:
        parse_import(json.dumps(export))
    assert where in str(err.value)
    assert_not_echoed(str(err.value), words)
    coldcard = {"xfp": "73C5DA0A", "chain": "BTC", "bip84": {"xpub": ZPUB, "deriv": "m/84'/0'/0'"},
                "account": 0, "comment": " ".join(words)}
    with pytest.raises(PrivateMaterialRefused, match="'comment'"):
        parse_import(json.dumps(coldcard))


# --- nothing is mistaken for private -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    XPUB84, ZPUB, json.dumps(SPECTER), add_checksum(f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)"),
    "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
    "tr(cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115)",
])
def test_public_material_is_accepted(text):
    assert not looks_private(text)
    parse_import(text, script_type="p2wpkh" if text == XPUB84 else None)


@pytest.mark.parametrize("label", [
    "Cold storage", "Ledger — long term savings", "OneKey vault 2", "冷钱包 长期储蓄", "我的硬件钱包用于长期储蓄比特币",
    "貯蓄用のハードウェアウォレット", "비상금 지갑", "cartera fría de ahorro a largo plazo", "Портфель на чёрный день",
    "abandon ship", "zoo trip fund 2024", "Wallet for the kids: school, travel, house, car, boat, garden",
])
def test_ordinary_labels_are_accepted(label):
    assert check_text_field(label, "the wallet label") == label


def test_no_paragraph_of_the_documentation_or_the_translations_is_taken_for_a_seed():
    texts = [p.read_text(encoding="utf-8") for p in [*ROOT.glob("docs/**/*.md"), ROOT / "README.md"]]
    paragraphs = [p for t in texts for p in re.split(r"\n\s*\n", t) if p.strip()]
    for ts in ROOT.glob("resources/i18n/*.ts"):  # every English source text and its Japanese/Chinese/Russian
        paragraphs += re.findall(r"<(?:source|translation)[^>]*>(.*?)</", ts.read_text(encoding="utf-8"), re.S)
    assert len(paragraphs) > 1000
    flagged = [p[:80] for p in paragraphs if looks_private(p, hex_secret="anywhere")]
    assert flagged == []


# --- sizes ------------------------------------------------------------------------------------------------

def test_a_megabyte_of_base58_is_refused_in_well_under_a_second(capsys):
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    blob = "".join(b58[(i * 7919) % 58] for i in range(1_000_000))
    start = time.perf_counter()
    with pytest.raises(ImportRefused, match="too long"):
        parse_import(blob)
    assert main(["wallet", "add", blob]) == 2
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    err = capsys.readouterr().err
    assert blob[:20] not in err and len(err) < 400
    at_cap = blob[:MAX_IMPORT_CHARS]
    start = time.perf_counter()
    with pytest.raises(ImportRefused):
        parse_import(at_cap)
    assert time.perf_counter() - start < 2.0


# --- the store: nothing private is ever written ------------------------------------------------------------

def _stored_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_wallet_add_with_a_seed_label_stores_nothing(capsys, undertow_home):
    words = phrase_of("english", 12, "cli-label")
    assert main(["wallet", "add", ZPUB, "--label", " ".join(words)]) == 2
    err = capsys.readouterr().err
    assert "label" in err and "private key" in err and err.count("\n") == 1  # names the field: --label
    assert_not_echoed(err, words)
    assert main(["wallet", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["wallets"] == []
    stored = _stored_bytes(undertow_home)
    assert all(w.encode() not in stored for w in words if len(w) >= 6)


@pytest.mark.parametrize("argv", [
    ["wallet", "manual", "BTC", "1", "--label", "{phrase}"],
    ["wallet", "manual", "BTC", "{phrase}"],
    ["wallet", "add", ZPUB, "--origin", "{phrase}"],
    ["wallet", "add", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "--chain", "{phrase}"],
    ["wallet", "derive", "{phrase}"],
    ["wallet", "tag", "{phrase}", "BTC", "--purpose", "long_term"],
])
def test_every_wallet_argument_refuses_a_seed_without_echo(capsys, undertow_home, argv):
    words = phrase_of("spanish", 12, "+".join(argv[:3]))
    phrase = " ".join(words)
    assert main([a.replace("{phrase}", phrase) for a in argv]) == 2
    err = capsys.readouterr().err
    assert "private key" in err
    assert_not_echoed(err, words)
    assert all(w.encode() not in _stored_bytes(undertow_home) for w in words if len(w) >= 6)


def test_an_export_file_with_a_seed_in_its_label_stores_nothing(capsys, undertow_home, tmp_path):
    words = phrase_of("japanese", 24, "file")
    path = tmp_path / "specter.json"
    path.write_text(json.dumps({**SPECTER, "label": "\u3000".join(words)}, ensure_ascii=False), encoding="utf-8")
    assert main(["wallet", "add", str(path)]) == 2
    err = capsys.readouterr().err
    assert "'label'" in err and "private key" in err
    assert_not_echoed(err, words)
    assert main(["wallet", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["wallets"] == []


def test_an_unquoted_seed_on_the_command_line_is_not_echoed(capsys):
    words = phrase_of("english", 12, "unquoted")
    try:
        code = main(["wallet", "add", *words])
    except SystemExit as exc:  # argparse: "unrecognized arguments: ..."
        code = exc.code
    assert code == 2
    captured = capsys.readouterr()
    assert "private key" in captured.err
    assert_not_echoed(captured.err + captured.out, words)


def test_the_store_layer_refuses_a_seed_label_whatever_the_caller(tmp_path):
    """The GUI and any future caller go through the repository: the guard is there, not only in the CLI."""
    from core.model import CustodyClass, Purpose
    from core.store import Store, custody_repo

    words = phrase_of("czech", 12, "repo")
    phrase = " ".join(words)
    imported = WatchOnlyImport("btc-address", "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", "bitcoin", "address",
                               label_hint=phrase)
    store = Store.open(tmp_path / "u.sqlite")
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with store.write() as db:
        for label in (phrase, ""):  # a phrase as the label, or as the export's label hint
            with pytest.raises(CustodyInputError) as err:
                custody_repo.add_wallet(db, imported, label, "other", CustodyClass.HARDWARE_WALLET, now)
            assert_not_echoed(str(err.value), words)
        with pytest.raises(CustodyInputError):
            custody_repo.add_manual_holding(db, phrase, "BTC", "1", CustodyClass.OTHER_CUSTODIAN,
                                            Purpose.LONG_TERM, now)
        wallet = custody_repo.add_wallet(db, WatchOnlyImport("btc-address", imported.public_ref, "bitcoin",
                                                             "address"), "Cold", "other",
                                         CustodyClass.HARDWARE_WALLET, now)
    assert wallet.id.startswith("cold-")
    store.close()
    assert all(w.encode() not in (tmp_path / "u.sqlite").read_bytes() for w in words if len(w) >= 6)
