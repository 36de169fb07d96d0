"""Guards on public key material: refuse anything private, check extended keys and descriptor checksums.

embit parses private keys as happily as public ones and does not verify descriptor checksums, so these
checks run on the raw text *before* anything is parsed further, stored or logged. Error messages never
repeat the offending text: a pasted seed must not end up in a log or a dialog screenshot.

Seed phrases are recognised in every BIP39 language (the lists in ``resources/bip39/``), written whole,
embedded in other text, numbered, one word per line or abbreviated to four letters. Every text is size-
capped before it is scanned or parsed (``MAX_IMPORT_CHARS``, ``MAX_FIELD_CHARS``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


class ImportRefused(ValueError):
    """The input cannot be watched. The message is safe to show and log (it never quotes the input)."""


class PrivateMaterialRefused(ImportRefused):
    """Private key material was found. ``field`` names where (never what); None = the import text itself."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


PRIVATE_MATERIAL_MESSAGE = (
    "This contains private key material (an xprv, a WIF key or a seed phrase). Undertow is watch-only and "
    "never accepts private keys: export the public descriptor or xpub instead. Nothing was stored.")

# Size limits, checked before any parsing: a wallet export is a few kilobytes; a label is a name.
MAX_IMPORT_CHARS = 100_000
MAX_FIELD_CHARS = 1_000
MAX_LABEL_CHARS = 120
MAX_JSON_DEPTH = 32
MAX_JSON_NODES = 10_000
MAX_EXTENDED_KEY_CHARS = 120  # an extended key is 111 base58 characters


def private_field_message(field: str) -> str:
    """The refusal for one named field; ``field`` is ours ("the wallet label"), never the user's text."""
    return (f"{field} contains private key material (a seed phrase, an xprv or a WIF key). Undertow is "
            "watch-only and never stores private keys. Nothing was stored.")


# SLIP-132 version bytes -> (prefix, network, script type hint). ``None`` = "any, ask the user".
PUBLIC_VERSIONS: dict[bytes, tuple[str, str, str | None]] = {
    bytes.fromhex("0488b21e"): ("xpub", "main", None),
    bytes.fromhex("049d7cb2"): ("ypub", "main", "p2sh-p2wpkh"),
    bytes.fromhex("04b24746"): ("zpub", "main", "p2wpkh"),
    bytes.fromhex("0295b43f"): ("Ypub", "main", "multisig-p2sh-p2wsh"),
    bytes.fromhex("02aa7ed3"): ("Zpub", "main", "multisig-p2wsh"),
    bytes.fromhex("043587cf"): ("tpub", "test", None),
    bytes.fromhex("044a5262"): ("upub", "test", "p2sh-p2wpkh"),
    bytes.fromhex("045f1cf6"): ("vpub", "test", "p2wpkh"),
    bytes.fromhex("024289ef"): ("Upub", "test", "multisig-p2sh-p2wsh"),
    bytes.fromhex("02575483"): ("Vpub", "test", "multisig-p2wsh"),
}
PRIVATE_VERSIONS = {bytes.fromhex(h) for h in (
    "0488ade4 049d7878 04b2430c 0295b005 02aa7a99 04358394 044a4e28 045f18bc 024285b5 02575048").split()}

_B58 = "1-9A-HJ-NP-Za-km-z"
_BASE58_TOKEN = re.compile(f"[{_B58}]{{50,120}}")
# xprv/yprv/zprv/tprv... at the start of a base58 run: refused even when mistyped (bad checksum) or glued
# to more base58 text, which the 50-120 character tokens above would cut in the wrong places
_PRV_PREFIX = re.compile(f"(?<![{_B58}])[A-Za-z]prv[{_B58}]{{70,}}")
_WIF = re.compile(f"[5KLc9][{_B58}]{{50,51}}")
_HEX_SECRET = re.compile(r"(0x)?[0-9a-fA-F]{64}")  # a raw secp256k1 secret (also EVM private keys)
_HEX_SECRET_IN_TEXT = re.compile(r"(?<![0-9a-zA-Z])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-zA-Z])")

SEED_LENGTHS = (12, 15, 18, 21, 24)  # BIP39 phrase lengths (words)
_LINE_LENGTHS = (12, 15, 18, 20, 21, 24, 33)  # a line that is a phrase with one typo; 20/33: SLIP39 shares
MIN_SEED_RUN = 12


def looks_private(text: str, *, hex_secret: str = "whole") -> bool:
    """True if ``text`` carries an extended private key, a WIF key or a seed phrase (any BIP39 language).

    A bare 64-hex-digit string is a raw private key; inside a descriptor (a 32-byte x-only key in
    ``tr(...)``) it is public. ``hex_secret``: "whole" refuses a text that *is* one (import texts),
    "anywhere" one anywhere (labels and other free text, where it has no business at all), "off" never
    (an exchange API key may be 64 hex digits).
    """
    if _PRV_PREFIX.search(text):
        return True
    tokens, wifs = _BASE58_TOKEN.findall(text), _WIF.findall(text)
    if tokens or wifs:
        from embit import base58  # only for text with a key-length base58 run (most labels have none)
    for token in tokens:
        if token[1:4] == "prv":
            return True
        try:
            raw = base58.decode_check(token)
        except Exception:  # noqa: BLE001 - not a checksummed base58 string: not a key
            continue
        if raw[:4] in PRIVATE_VERSIONS:
            return True
        if len(raw) == 78 and raw[45] == 0:  # private payload under some other version bytes
            return True
    for token in wifs:  # WIF, main and test
        try:
            raw = base58.decode_check(token)
        except Exception:  # noqa: BLE001
            continue
        if raw[0] in (0x80, 0xEF) and len(raw) in (33, 34):
            return True
    if looks_like_seed_phrase(text):
        return True
    if hex_secret == "anywhere":
        return bool(_HEX_SECRET_IN_TEXT.search(text))
    return hex_secret == "whole" and bool(_HEX_SECRET.fullmatch(text.strip()))


def refuse_private(text: str) -> None:
    if looks_private(text):
        raise PrivateMaterialRefused(PRIVATE_MATERIAL_MESSAGE)


def check_text_field(value: str, field: str, *, max_chars: int = MAX_FIELD_CHARS) -> str:
    """``value`` unchanged, or ``ImportRefused`` naming ``field`` (never quoting the value): too long, or
    private key material anywhere in it (labels, descriptions, any free-text field of any import path)."""
    if not isinstance(value, str):
        raise ImportRefused(f"{field} must be text")
    if len(value) <= MAX_IMPORT_CHARS and looks_private(value, hex_secret="anywhere"):
        raise PrivateMaterialRefused(private_field_message(field), field)
    if len(value) > max_chars:
        raise ImportRefused(f"{field} is too long ({len(value):,} characters; at most {max_chars:,})")
    return value


_SAFE_KEY = re.compile(r"[A-Za-z0-9_\- ]{1,40}")


def refuse_private_in_json(data: Any, where: str = "the export file") -> None:
    """Check every key and every string value of a decoded JSON document (labels, descriptions, device
    names, anything): the first private one raises ``PrivateMaterialRefused`` naming its path.

    Bounded: at most ``MAX_JSON_DEPTH`` levels and ``MAX_JSON_NODES`` values, else ``ImportRefused``.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    seen = 0
    while stack:
        node, path, depth = stack.pop()
        seen += 1
        if seen > MAX_JSON_NODES or depth > MAX_JSON_DEPTH:
            raise ImportRefused(f"{where} is too large or too deeply nested to be a wallet export")
        if isinstance(node, str):
            if looks_private(node):
                raise PrivateMaterialRefused(private_field_message(
                    f"{where}'s field '{path}'" if path else where), path or None)
        elif isinstance(node, dict):
            for key, value in node.items():
                key = str(key)
                if looks_private(key, hex_secret="anywhere"):
                    raise PrivateMaterialRefused(private_field_message(f"a field name in {where}"))
                name = key if _SAFE_KEY.fullmatch(key) else "…"
                stack.append((value, f"{path}.{name}" if path else name, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(node))


# --- seed phrases in any BIP39 language ------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_OR_NOT = re.compile(f"[{_HAN}]|[^{_HAN}]+")
_HAS_HAN = re.compile(f"[{_HAN}]")


def _norm(word: str) -> str:
    """Lower case, NFKD, accents and the Turkish dot dropped: "Ábaco" and "abaco" match; every list stays
    unique this way (tests/core/test_private_material.py)."""
    folded = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))  # Turkish: "ABARTI" is "abartı"
    return "".join(c for c in folded if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Lexicon:
    languages: tuple[str, ...]
    members: dict[str, int]  # normalised word (or unique 4-letter abbreviation) -> bit mask of languages
    index: tuple[dict[str, int], ...]  # per language: normalised word -> BIP39 index ({}: no checksum, SLIP39)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    from embit.wordlists.bip39 import WORDLIST
    from embit.wordlists.slip39 import SLIP39_WORDS

    lists: dict[str, list[str]] = {}
    try:
        from core.resources import resource_path

        raw = json.loads(resource_path("bip39", "wordlists.json").read_text(encoding="utf-8"))
        lists.update({str(k): [str(w) for w in v] for k, v in raw["languages"].items() if len(v) == 2048})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("the BIP39 word lists of other languages were not found: only English seed phrases and "
                    "SLIP39 shares are recognised")
    lists["english"] = list(WORDLIST)
    languages = (*lists, "slip39")
    members: dict[str, int] = {}
    index: list[dict[str, int]] = []
    for bit, name in enumerate(languages):
        words = [_norm(w) for w in (SLIP39_WORDS if name == "slip39" else lists[name])]
        idx = {w: i for i, w in enumerate(words)}
        prefixes: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            if len(w) > 4 and w.isalpha() and w.isascii():
                prefixes.setdefault(w[:4], []).append(i)
        for p, hits in prefixes.items():  # metal backups keep the first four letters (unique in BIP39)
            if len(hits) == 1 and p not in idx:
                idx[p] = hits[0]
        for w in idx:
            members[w] = members.get(w, 0) | (1 << bit)
        index.append({} if name == "slip39" or len(idx) < 2048 else idx)
    return _Lexicon(languages, members, tuple(index))


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(normalised word, joined): words split at anything that is not a letter; Han characters are words
    of their own (Chinese lists are single characters), ``joined`` when written without separators."""
    out: list[tuple[str, bool]] = []
    for m in _WORD.finditer(unicodedata.normalize("NFC", text)):
        tok = m.group()
        if _HAS_HAN.search(tok):
            parts = _HAN_OR_NOT.findall(tok)
            out.extend((_norm(p), len(parts) > 1) for p in parts)
        else:
            out.append((_norm(tok), False))
    return out


def looks_like_seed_phrase(text: str) -> bool:
    """A BIP39 phrase in any of its languages (or a SLIP39 share): whole, embedded in other text, numbered,
    one word per line, abbreviated to four letters, with one typo.

    The rules: 12 consecutive words with at most one outside one list; or a line of 12/15/18/20/21/24/33
    words all but one from one list. Chinese written without spaces counts only as a whole line of exactly
    12/15/18/21/24 characters of one list that reads as a phrase (``_random_phrase``): most Chinese text is
    made of the 2048 commonest characters, so anything looser would refuse ordinary Chinese labels (a
    Chinese phrase written with spaces, the way wallets show it, is caught by the first rule).
    """
    toks = _tokens(text)
    if len(toks) < MIN_SEED_RUN - 1:
        return False
    lex = _lexicon()
    masks = [lex.members.get(t, 0) for t, _ in toks]
    if sum(1 for m in masks if m) < MIN_SEED_RUN - 1:
        return False
    present = 0
    for m in masks:
        present |= m
    for bit in range(len(lex.languages)):
        if present >> bit & 1 and _run_in_language(toks, masks, 1 << bit):
            return True
    for line in re.split(r"[\n\r,;]+", text):
        line_toks = _tokens(line)
        if not line_toks:
            continue
        line_masks = [lex.members.get(t, 0) for t, _ in line_toks]
        n = len(line_toks)
        if all(joined for _, joined in line_toks):
            if n in SEED_LENGTHS and any(all(m >> bit & 1 for m in line_masks)
                                         and _random_phrase([index[t] for t, _ in line_toks])
                                         for bit, index in enumerate(lex.index) if index):
                return True
        elif n in _LINE_LENGTHS:
            for bit in range(len(lex.languages)):
                if sum(1 for m, (_, joined) in zip(line_masks, line_toks) if m >> bit & 1 and not joined) >= n - 1:
                    return True
    return False


def _run_in_language(toks: list[tuple[str, bool]], masks: list[int], flag: int) -> bool:
    """12 consecutive separated words of one list, at most one of them outside it (a typo)."""
    last1 = last2 = -1  # positions of the last two words outside the list
    for i, ((_, joined), m) in enumerate(zip(toks, masks)):
        if joined or not m & flag:
            last2, last1 = last1, i
        elif i - last2 >= MIN_SEED_RUN:
            return True
    return False


def _random_phrase(indices: list[int]) -> bool:
    """A valid BIP39 checksum, and drawn at random rather than written: the Chinese lists are ordered by
    frequency, so a sentence uses mostly the first few hundred characters (about half of them below 256),
    a phrase about one in eight. Ordinary Chinese text of 12 listed characters passes the checksum alone
    one time in sixteen; both together make that rare, and a real phrase fails only when unusually many
    of its words are common ones."""
    return sum(1 for i in indices if i < 256) <= len(indices) // 4 and _checksum_ok(indices)


def _checksum_ok(indices: list[int]) -> bool:
    """The BIP39 checksum of a phrase given as word indices (12/15/18/21/24 of them)."""
    n = len(indices)
    bits = 0
    for i in indices:
        bits = (bits << 11) | i
    cs_len = n // 3
    entropy = bits >> cs_len
    digest = hashlib.sha256(entropy.to_bytes((n * 11 - cs_len) // 8, "big")).digest()
    return digest[0] >> (8 - cs_len) == bits & ((1 << cs_len) - 1)


@dataclass(frozen=True)
class ExtendedPublicKey:
    """A structurally valid account-level extended public key."""

    text: str  # as given (may be a SLIP-132 ypub/zpub)
    prefix: str  # xpub, ypub, zpub, tpub, ...
    network: str  # "main" | "test"
    script_hint: str | None  # implied script type, None for xpub/tpub
    depth: int
    parent_fingerprint: bytes
    child_number: int

    def as_bip32(self) -> str:
        """The same key under plain xpub/tpub version bytes (what descriptors expect)."""
        from embit import base58

        raw = base58.decode_check(self.text)
        version = bytes.fromhex("0488b21e" if self.network == "main" else "043587cf")
        text: str = base58.encode_check(version + raw[4:])
        return text


def parse_extended_public(text: str) -> ExtendedPublicKey:
    """Validate an extended public key by the BIP32 rules (test vector 5) and SLIP-132 versions.

    Raises ``ImportRefused`` with a reason; private keys get the private-material message.
    """
    text = text.strip()
    from embit import base58, ec

    if len(text) > MAX_EXTENDED_KEY_CHARS:  # before decoding: base58 decoding is quadratic in the length
        raise ImportRefused("not a valid extended public key (wrong length)")
    try:
        raw = base58.decode_check(text)
    except Exception as exc:  # noqa: BLE001
        raise ImportRefused("not a valid extended public key (base58 checksum failed)") from exc
    if len(raw) != 78:
        raise ImportRefused("not a valid extended public key (wrong length)")
    version, depth, parent, child, key = raw[:4], raw[4], raw[5:9], raw[9:13], raw[45:78]
    if version in PRIVATE_VERSIONS:
        raise ImportRefused(PRIVATE_MATERIAL_MESSAGE)
    if version not in PUBLIC_VERSIONS:
        raise ImportRefused("unknown extended key version (expected xpub, ypub, zpub, tpub, upub or vpub)")
    if key[0] not in (2, 3):
        # 0x00 would be private payload under a public version; 0x04/0x01 are invalid prefixes
        raise ImportRefused("invalid public key in the extended key (bad prefix)")
    try:
        ec.PublicKey.parse(key)
    except Exception as exc:  # noqa: BLE001 - not a point on secp256k1
        raise ImportRefused("invalid public key in the extended key (not on the curve)") from exc
    child_number = int.from_bytes(child, "big")
    if depth == 0 and parent != b"\x00\x00\x00\x00":
        raise ImportRefused("invalid extended key: zero depth with a non-zero parent fingerprint")
    if depth == 0 and child_number != 0:
        raise ImportRefused("invalid extended key: zero depth with a non-zero child index")
    prefix, network, hint = PUBLIC_VERSIONS[version]
    return ExtendedPublicKey(text, prefix, network, hint, depth, parent, child_number)


def split_descriptor_checksum(text: str) -> tuple[str, str | None]:
    """``(body, checksum or None)``; verifies the checksum on the literal text before any normalisation.

    BIP380: ``h`` and ``'`` give different checksums, so nothing may be rewritten first.
    """
    text = text.strip()
    body, sep, given = text.rpartition("#") if "#" in text else (text, "", "")
    if not sep:
        return text, None
    if len(given) != 8:
        raise ImportRefused("descriptor checksum must be 8 characters after '#'")
    try:
        from embit.descriptor.checksum import checksum as descriptor_checksum

        expected = descriptor_checksum(body)
    except Exception as exc:  # noqa: BLE001 - characters outside the descriptor alphabet
        raise ImportRefused("descriptor contains characters that are not allowed") from exc
    if expected != given:
        raise ImportRefused("descriptor checksum mismatch: the text was altered or mistyped")
    return body, given
