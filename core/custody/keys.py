"""Guards on public key material: refuse anything private, check extended keys and descriptor checksums.

embit parses private keys as happily as public ones and does not verify descriptor checksums, so these
checks run on the raw text *before* anything is parsed further, stored or logged. Error messages never
repeat the offending text: a pasted seed must not end up in a log or a dialog screenshot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from embit import base58, ec
from embit.descriptor.checksum import checksum as descriptor_checksum


class ImportRefused(ValueError):
    """The input cannot be watched. The message is safe to show and log (it never quotes the input)."""


PRIVATE_MATERIAL_MESSAGE = (
    "This contains private key material (an xprv, a WIF key or a seed phrase). Undertow is watch-only and "
    "never accepts private keys: export the public descriptor or xpub instead. Nothing was stored.")

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

_BASE58_TOKEN = re.compile(r"[1-9A-HJ-NP-Za-km-z]{50,120}")
_HEX_SECRET = re.compile(r"(0x)?[0-9a-fA-F]{64}")  # a raw secp256k1 secret (also EVM private keys)
_SEED_LENGTHS = (12, 15, 18, 20, 21, 24, 33)  # BIP39 and SLIP39 phrase lengths


def _bip39_words() -> frozenset[str]:
    from embit.wordlists.bip39 import WORDLIST

    return frozenset(WORDLIST)


def looks_private(text: str) -> bool:
    """True if ``text`` carries an extended private key, a WIF key or something shaped like a seed phrase."""
    for token in _BASE58_TOKEN.findall(text):
        if token[1:4] == "prv":  # xprv/yprv/zprv/tprv...: refuse even when mistyped (bad checksum)
            return True
        try:
            raw = base58.decode_check(token)
        except Exception:  # noqa: BLE001 - not a checksummed base58 string: not a key
            continue
        if raw[:4] in PRIVATE_VERSIONS:
            return True
        if len(raw) == 78 and raw[45] == 0:  # private payload under some other version bytes
            return True
    for token in re.findall(r"[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51}", text):  # WIF, main and test
        try:
            raw = base58.decode_check(token)
        except Exception:  # noqa: BLE001
            continue
        if raw[0] in (0x80, 0xEF) and len(raw) in (33, 34):
            return True
    if _looks_like_seed_phrase(text):
        return True
    # A bare 64-hex-digit string outside any descriptor function is probably a raw private key; inside
    # a descriptor (e.g. a 32-byte x-only key in ``tr(...)``) it is public.
    stripped = text.strip()
    return bool(_HEX_SECRET.fullmatch(stripped))


def _looks_like_seed_phrase(text: str) -> bool:
    words = _bip39_words()
    for line in re.split(r"[\n\r,;]+", text.lower()):
        tokens = re.findall(r"[a-z]+", line)
        hits = sum(1 for t in tokens if t in words)
        if len(tokens) in _SEED_LENGTHS and hits >= len(tokens) - 1:
            return True
    tokens = re.findall(r"[a-z]+", text.lower())  # one word per line, numbered, etc.
    hits = sum(1 for t in tokens if t in words)
    return len(tokens) in _SEED_LENGTHS and hits == len(tokens) and not re.search(r"[()\[\]{}]", text)


def refuse_private(text: str) -> None:
    if looks_private(text):
        raise ImportRefused(PRIVATE_MATERIAL_MESSAGE)


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
        raw = base58.decode_check(self.text)
        version = bytes.fromhex("0488b21e" if self.network == "main" else "043587cf")
        text: str = base58.encode_check(version + raw[4:])
        return text


def parse_extended_public(text: str) -> ExtendedPublicKey:
    """Validate an extended public key by the BIP32 rules (test vector 5) and SLIP-132 versions.

    Raises ``ImportRefused`` with a reason; private keys get the private-material message.
    """
    text = text.strip()
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
        expected = descriptor_checksum(body)
    except Exception as exc:  # noqa: BLE001 - characters outside the descriptor alphabet
        raise ImportRefused("descriptor contains characters that are not allowed") from exc
    if expected != given:
        raise ImportRefused("descriptor checksum mismatch: the text was altered or mistyped")
    return body, given
