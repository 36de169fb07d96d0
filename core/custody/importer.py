"""Watch-only wallet import: descriptors (Sparrow, HWI, Core), Coldcard and Specter JSON, xpub/ypub/zpub,
single BTC and EVM addresses -> one checked ``WatchOnlyImport``; and address derivation for display.

Order of the guards: private material is refused on the raw text first, then the descriptor checksum is
verified on the literal string, then the keys are checked structurally. Only public text survives.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from embit import script
from embit.descriptor import Descriptor
from embit.descriptor.checksum import add_checksum
from embit.networks import NETWORKS

from core.custody import TESTNET_CHAINS, is_testnet_chain  # noqa: F401 - re-exported
from core.custody.evm import CHAIN_IDS, validate_evm_address
from core.custody.keys import (
    MAX_FIELD_CHARS,
    MAX_IMPORT_CHARS,
    PUBLIC_VERSIONS,
    ImportRefused,
    check_text_field,
    parse_extended_public,
    refuse_private,
    refuse_private_in_json,
    split_descriptor_checksum,
)
from core.messages import QT_TRANSLATE_NOOP, Message, message

# script type -> (descriptor template, BIP purpose)
SCRIPT_TYPES: dict[str, tuple[str, int]] = {
    "p2pkh": ("pkh({})", 44),
    "p2sh-p2wpkh": ("sh(wpkh({}))", 49),
    "p2wpkh": ("wpkh({})", 84),
    "p2tr": ("tr({})", 86),
}
COLDCARD_SECTIONS = {"p2wpkh": "bip84", "p2sh-p2wpkh": "bip49", "p2pkh": "bip44", "p2tr": "bip86"}
ORIGIN_UNKNOWN = "origin unknown: no master fingerprint/path, so the device cannot confirm the key's path"
NO_CHECKSUM = "the descriptor had no checksum, so a typo could not be detected"
NO_EVM_CHECKSUM = "no EIP-55 checksum in the address: double-check every character"
GAP_NOTE = "verify receive address #0 on your device before sending anything to it"
MAX_DESCRIPTOR_CHARS = 20_000  # a 15-of-15 multisig descriptor with origins is about 2,500 characters
MAX_DERIVATION_INDEX = 2**31 - 1  # BIP32: above this the index would be hardened
BITCOIN_TESTNET = "bitcoin-testnet"  # the chain of every Bitcoin test network (testnet3/4, signet, regtest)
TESTNET_WARNING = QT_TRANSLATE_NOOP(
    "Core", "This is a TEST-network wallet (tpub/vpub/upub, tb1… or m/n/2… addresses): its coins have no value. "
            "Undertow keeps it out of your net worth and your self-custody share and never suggests it as a "
            "place to move real coins. Its balance is read from the Esplora server in Settings, which must "
            "serve the same test network.")



@dataclass(frozen=True)
class WatchOnlyImport:
    """A checked, public-only wallet description, ready to store as a ``Wallet``."""

    kind: str  # "btc-descriptor" | "btc-address" | "evm-address"
    public_ref: str  # descriptor with checksum (multipath when possible), or the address
    chain: str  # "bitcoin" | "bitcoin-testnet" | "ethereum" | other EVM chain names
    source_format: str  # descriptor | coldcard | specter | xpub | address
    script_type: str | None = None
    fingerprint: str | None = None  # master fingerprint (hex), when the origin is known
    warnings: tuple[str, ...] = ()
    label_hint: str = ""
    scan_from_height: int | None = None

    @property
    def testnet(self) -> bool:
        return is_testnet_chain(self.chain)

    @property
    def testnet_warning(self) -> Message | None:
        """What the user must know before watching a test-network wallet (None for a mainnet one)."""
        return message(TESTNET_WARNING) if self.testnet else None


def parse_import(text: str, script_type: str | None = None, origin: str | None = None,
                 evm_chain: str = "ethereum") -> WatchOnlyImport:
    """Recognise and check any supported import text. Raises ``ImportRefused`` (message safe to show).

    Order: the size cap, then private material in every field (a JSON export's every key and string, the
    options), then in the whole text, then the parsers. Nothing is echoed back.
    """
    if not isinstance(text, str):
        raise ImportRefused("the import must be text")
    if len(text) > MAX_IMPORT_CHARS:  # before any scan or parse: huge input must not cost minutes of CPU
        raise ImportRefused(f"the text is too long to be a wallet export ({len(text):,} characters; "
                            f"at most {MAX_IMPORT_CHARS:,})")
    for name, value in (("the script type", script_type), ("the origin", origin), ("the chain", evm_chain)):
        if value is not None:
            check_text_field(value, name, max_chars=200)
    if not text.strip():
        raise ImportRefused("nothing to import: paste a descriptor, an xpub/zpub, an address or an export file")
    stripped = text.strip()
    data = _decode_json(stripped) if stripped.startswith("{") else None
    if data is not None:
        refuse_private_in_json(data)  # names the field holding a seed, an xprv, a WIF key
    refuse_private(text)
    if script_type is not None and script_type not in SCRIPT_TYPES:
        raise ImportRefused(f"unknown script type (choose {', '.join(SCRIPT_TYPES)})")
    if data is not None:
        return _parse_json(data, script_type)
    line = _first_content_line(stripped)
    if len(line) > MAX_DESCRIPTOR_CHARS:
        raise ImportRefused(f"the descriptor is too long ({len(line):,} characters; at most "
                            f"{MAX_DESCRIPTOR_CHARS:,})")
    if "(" in line:
        return _parse_descriptor(line)
    if line.lower().startswith("0x"):
        address, had = validate_evm_address(line)
        if evm_chain not in CHAIN_IDS:
            raise ImportRefused(f"unknown EVM chain (choose {', '.join(CHAIN_IDS)})")
        return WatchOnlyImport("evm-address", address, evm_chain, "address",
                               warnings=() if had else (NO_EVM_CHECKSUM,))
    if len(line) > 100 and re.fullmatch(r"[1-9A-HJ-NP-Za-km-z]+", line):  # any extended key
        return _parse_extended(line, script_type, origin)
    return _parse_btc_address(line)


def _decode_json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # also: integers beyond the digit limit, deep nesting
        raise ImportRefused("the file looks like JSON but cannot be read") from exc


def _first_content_line(text: str) -> str:
    """Sparrow/HWI exports: skip ``#`` comments and blank lines; the first descriptor wins."""
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            return line
    raise ImportRefused("no descriptor found (only comments or blank lines)")


def _network_of(desc: Descriptor) -> str:
    """"main" or "test" from the descriptor's extended keys (every SLIP-132 version: a ``wpkh(vpub…)`` is a
    test-network descriptor too); ``ImportRefused`` when its keys belong to different networks."""
    networks = {PUBLIC_VERSIONS[k.key.version][1] for k in desc.keys
                if k.is_extended and k.key.version in PUBLIC_VERSIONS}
    if len(networks) > 1:
        raise ImportRefused("the descriptor mixes main-network and test-network keys")
    return networks.pop() if networks else "main"


def _script_type_of(desc: Descriptor) -> str | None:
    if desc.is_taproot:
        return "p2tr"
    if desc.is_pkh:
        return "p2sh-p2wpkh" if desc.is_wrapped else ("p2wpkh" if desc.is_segwit else "p2pkh")
    if desc.is_basic_multisig:
        return "multisig-p2sh-p2wsh" if desc.is_wrapped and desc.is_segwit else (
            "multisig-p2wsh" if desc.is_segwit else "multisig-p2sh")
    return None


def _to_multipath(body: str) -> str:
    """``…/0/*`` on every key -> ``…/<0;1>/*`` so the change chain is scanned too (funds can sit only there)."""
    if "<" in body:
        return body
    keys = re.findall(r"(?:pub[1-9A-HJ-NP-Za-km-z]+)(/[0-9/'h]*\*)", body)
    if keys and all(k.endswith("/0/*") for k in keys):
        return re.sub(r"(pub[1-9A-HJ-NP-Za-km-z]+(?:/[0-9]+[h']?)*)/0/\*", r"\1/<0;1>/*", body)
    return body


def _parse_descriptor(line: str, source_format: str = "descriptor", label_hint: str = "",
                      scan_from_height: int | None = None) -> WatchOnlyImport:
    body, given = split_descriptor_checksum(line)
    _check_multipath(body)
    try:
        desc = Descriptor.from_string(body)
    except Exception as exc:  # noqa: BLE001 - embit raises many types; its text may quote keys
        raise ImportRefused(f"not a valid output descriptor ({type(exc).__name__})") from exc
    warnings: list[str] = []
    for key in desc.keys:
        if key.is_private:
            raise ImportRefused("descriptor holds a private key; Undertow is watch-only. Nothing was stored.")
        if key.is_extended:
            parse_extended_public(key.key.to_base58())  # structural checks (BIP32 vector 5)
        if key.origin is None and ORIGIN_UNKNOWN not in warnings:
            warnings.append(ORIGIN_UNKNOWN)
    if given is None:
        warnings.append(NO_CHECKSUM)
    if desc.num_branches > 2:
        raise ImportRefused("multipath descriptors with more than receive and change branches are not supported")
    normalised = _to_multipath(body)
    if normalised != body:
        try:
            Descriptor.from_string(normalised)
        except Exception:  # noqa: BLE001 - keep the user's form when the rewrite would not parse
            normalised = body
    network = _network_of(desc)
    first = desc.keys[0] if desc.keys else None
    fingerprint = first.origin.fingerprint.hex() if first is not None and first.origin else None
    return WatchOnlyImport(
        # Without a checksum from the user we store none either: R7 keeps asking to verify on the device.
        "btc-descriptor", add_checksum(normalised) if given else normalised,
        "bitcoin" if network == "main" else BITCOIN_TESTNET,
        source_format, _script_type_of(desc), fingerprint, tuple(warnings), label_hint, scan_from_height)


def _check_multipath(body: str) -> None:
    """BIP389 rules embit lets through: at least two values per ``<…>`` and no value twice."""
    for group in re.findall(r"<([^<>]*)>", body):
        values = group.split(";")
        if len(values) < 2:
            raise ImportRefused("invalid multipath step: <…> needs at least two values, like <0;1>")
        if len({v.rstrip("h'") for v in values}) != len(values):
            raise ImportRefused("invalid multipath step: a value appears twice in <…>")


def _origin_text(fingerprint: str, path: str) -> str:
    steps = [s for s in path.replace("'", "h").split("/") if s and s != "m"]
    if not re.fullmatch(r"[0-9a-fA-F]{8}", fingerprint):
        raise ImportRefused("the master fingerprint must be 8 hex digits")
    if not all(re.fullmatch(r"[0-9]+h?", s) for s in steps):
        raise ImportRefused("the derivation path must look like m/84h/0h/0h")
    return "/".join([fingerprint.lower(), *steps])


def _parse_extended(text: str, script_type: str | None, origin: str | None) -> WatchOnlyImport:
    key = parse_extended_public(text)
    if key.script_hint and key.script_hint.startswith("multisig"):
        raise ImportRefused("this is a multisig key (Ypub/Zpub): import the wallet's output descriptor instead")
    if script_type is None:
        script_type = key.script_hint
    elif key.script_hint and key.script_hint != script_type:
        raise ImportRefused(f"a {key.prefix} is a {key.script_hint} key, not {script_type}")
    if script_type is None:
        raise ImportRefused("a plain xpub does not say which addresses it makes: choose a script type "
                            "(p2pkh, p2sh-p2wpkh, p2wpkh or p2tr; Ledger Live segwit accounts are p2wpkh)")
    template = SCRIPT_TYPES[script_type][0]
    prefix = ""
    if origin:
        fingerprint, _, path = origin.strip().strip("[]").partition("/")
        prefix = f"[{_origin_text(fingerprint, path)}]"
    desc = template.format(f"{prefix}{key.as_bip32()}/<0;1>/*")
    imp = _parse_descriptor(add_checksum(desc), source_format="xpub")
    return imp


def _parse_json(data: Any, script_type: str | None) -> WatchOnlyImport:
    if not isinstance(data, dict):
        raise ImportRefused("unrecognised JSON export (expected Coldcard generic or Specter wallet JSON)")
    if isinstance(data.get("descriptor"), str):  # Specter / FullyNoded
        height = data.get("blockheight")
        label = data.get("label")
        label_hint = check_text_field(label, "the export file's label", max_chars=MAX_FIELD_CHARS).strip()[:120] \
            if isinstance(label, str) else ""
        descriptor = _first_content_line(data["descriptor"])
        if len(descriptor) > MAX_DESCRIPTOR_CHARS:
            raise ImportRefused("the export file's descriptor is too long")
        return _parse_descriptor(descriptor, "specter", label_hint,
                                 height if isinstance(height, int) and not isinstance(height, bool)
                                 and 0 <= height < 100_000_000 else None)
    if "xfp" in data and any(isinstance(k, str) and k.startswith("bip") for k in data):
        return _parse_coldcard(data, script_type)
    raise ImportRefused("unrecognised JSON export (expected Coldcard generic or Specter wallet JSON)")


def _parse_coldcard(data: dict[str, Any], script_type: str | None) -> WatchOnlyImport:
    """Coldcard generic JSON; its ``first`` address is a built-in self-test of our derivation."""
    order = [script_type] if script_type else ["p2wpkh", "p2sh-p2wpkh", "p2pkh", "p2tr"]
    section_name = next((COLDCARD_SECTIONS[t] for t in order if COLDCARD_SECTIONS.get(t) in data), None)
    if section_name is None:
        raise ImportRefused("the Coldcard file has no section for the chosen script type")
    section = data[section_name]
    if not isinstance(section, dict):
        raise ImportRefused(f"the Coldcard file's {section_name} section is not an object")
    chosen = next(t for t, s in COLDCARD_SECTIONS.items() if s == section_name)
    xpub = section.get("xpub") or section.get("_pub")
    deriv = section.get("deriv")
    xfp = data["xfp"]
    if not isinstance(xpub, str) or not isinstance(deriv, str):
        raise ImportRefused(f"the Coldcard file's {section_name} section lacks xpub/deriv")
    if not isinstance(xfp, str):
        raise ImportRefused("the Coldcard file's xfp must be the master fingerprint as 8 hex digits")
    key = parse_extended_public(xpub)
    desc = SCRIPT_TYPES[chosen][0].format(f"[{_origin_text(xfp, deriv)}]{key.as_bip32()}/<0;1>/*")
    imp = _parse_descriptor(add_checksum(desc), source_format="coldcard")
    first = section.get("first")
    if first is not None and derive_addresses(imp.public_ref, count=1)[0] != first:
        raise ImportRefused("Coldcard self-test failed: the file's first address differs from the one derived "
                            "from its key. Nothing was stored; re-export from the device.")
    return imp


def _parse_btc_address(text: str) -> WatchOnlyImport:
    if not (25 <= len(text) <= 90):
        raise ImportRefused("not a valid Bitcoin address, descriptor, xpub or EVM address")
    try:
        script.address_to_scriptpubkey(text)
    except Exception as exc:  # noqa: BLE001 - bad bech32/base58 checksum or unknown format
        raise ImportRefused("not a valid Bitcoin address, descriptor, xpub or EVM address "
                            "(a checksum failed: check for a typo)") from exc
    testnet = text.lower().startswith(("tb1", "bcrt1")) or text[0] in "mn2"
    return WatchOnlyImport("btc-address", text, BITCOIN_TESTNET if testnet else "bitcoin", "address")


def descriptor_of(public_ref: str) -> Descriptor:
    body, _ = split_descriptor_checksum(public_ref)
    return Descriptor.from_string(body)


def network_params(desc: Descriptor) -> dict[str, Any]:
    params: dict[str, Any] = NETWORKS["test"] if _network_of(desc) == "test" else NETWORKS["main"]
    return params


def derive_addresses(public_ref: str, *, change: bool = False, count: int = 10, start: int = 0) -> list[str]:
    """Addresses ``start .. start+count-1`` of the receive (or change) chain of a descriptor.

    For a single address (BTC or EVM) the list is that one address.
    """
    if count < 1 or count > 10_000 or start < 0 or start + count - 1 > MAX_DERIVATION_INDEX:
        raise ImportRefused(f"count must be between 1 and 10000, start >= 0 and the last index at most "
                            f"{MAX_DERIVATION_INDEX}")
    if "(" not in public_ref:
        return [public_ref]
    desc = descriptor_of(public_ref)
    net = network_params(desc)
    if not desc.is_wildcard:
        return [desc.address(net)]
    branch = 1 if change else 0
    if branch >= desc.num_branches:
        raise ImportRefused("this descriptor has no change branch (import the multipath /<0;1>/* form)")
    return [desc.derive(i, branch_index=branch).address(net) for i in range(start, start + count)]


def scriptpubkeys(public_ref: str, *, change: bool, start: int, count: int) -> list[tuple[str, bytes]]:
    """(address, scriptPubKey) pairs, for backends that query by script hash."""
    return [(a, script.address_to_scriptpubkey(a).data)
            for a in derive_addresses(public_ref, change=change, start=start, count=count)]


def group4(address: str) -> str:
    """``bc1q cr8t e4kr …``: 4-character groups, easier to compare with a device screen."""
    return " ".join(address[i:i + 4] for i in range(0, len(address), 4))
