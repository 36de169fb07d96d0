"""Watch-only import: the reference's vectors, the spec vectors, and every refusal."""

from __future__ import annotations

import json
import logging

import pytest
from embit.descriptor.checksum import add_checksum

from core.custody.evm import keccak256, to_checksum_address, validate_evm_address
from core.custody.importer import (
    NO_CHECKSUM,
    NO_EVM_CHECKSUM,
    ORIGIN_UNKNOWN,
    derive_addresses,
    descriptor_of,
    group4,
    parse_import,
)
from core.custody.keys import (
    PRIVATE_MATERIAL_MESSAGE,
    ImportRefused,
    looks_private,
    parse_extended_public,
    split_descriptor_checksum,
)

# reference §4: accounts of the BIP84 test mnemonic (fingerprint 73c5da0a)
XPUB44 = "xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj"  # noqa: E501
YPUB49 = "ypub6Ww3ibxVfGzLrAH1PNcjyAWenMTbbAosGNB6VvmSEgytSER9azLDWCxoJwW7Ke7icmizBMXrzBx9979FfaHxHcrArf3zbeJJJUZPf663zsP"  # noqa: E501
ZPUB84 = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"  # noqa: E501
XPUB84 = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"  # noqa: E501
XPUB86 = "xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ"  # noqa: E501
SPARROW_EXPORT = f"""# Receive and change descriptor (BIP389):
wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)#qf45pmyh

# Receive descriptor (Bitcoin Core):
wpkh([73c5da0a/84h/0h/0h]{XPUB84}/0/*)

# Change descriptor (Bitcoin Core):
wpkh([73c5da0a/84h/0h/0h]{XPUB84}/1/*)
"""

# BIP32 test vector 5: extended keys that must be rejected
BIP32_VECTOR_5 = [
    "xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6LBpB85b3D2yc8sfvZU521AAwdZafEz7mnzBBsz4wKY5fTtTQBm",
    "xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzFGTQQD3dC4H2D5GBj7vWvSQaaBv5cxi9gafk7NF3pnBju6dwKvH",
    "xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6Txnt3siSujt9RCVYsx4qHZGc62TG4McvMGcAUjeuwZdduYEvFn",
    "xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzFGpWnsj83BHtEy5Zt8CcDr1UiRXuWCmTQLxEK9vbz5gPstX92JQ",
    "xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6N8ZMMXctdiCjxTNq964yKkwrkBJJwpzZS4HS2fxvyYUA4q2Xe4",
    "xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzFAzHGBP2UuGCqWLTAPLcMtD9y5gkZ6Eq3Rjuahrv17fEQ3Qen6J",
    "xprv9s2SPatNQ9Vc6GTbVMFPFo7jsaZySyzk7L8n2uqKXJen3KUmvQNTuLh3fhZMBoG3G4ZW1N2kZuHEPY53qmbZzCHshoQnNf4GvELZfqTUrcv",
    "xpub661no6RGEX3uJkY4bNnPcw4URcQTrSibUZ4NqJEw5eBkv7ovTwgiT91XX27VbEXGENhYRCf7hyEbWrR3FewATdCEebj6znwMfQkhRYHRLpJ",
    "xprv9s21ZrQH4r4TsiLvyLXqM9P7k1K3EYhA1kkD6xuquB5i39AU8KF42acDyL3qsDbU9NmZn6MsGSUYZEsuoePmjzsB3eFKSUEh3Gu1N3cqVUN",
    "xpub661MyMwAuDcm6CRQ5N4qiHKrJ39Xe1R1NyfouMKTTWcguwVcfrZJaNvhpebzGerh7gucBvzEQWRugZDuDXjNDRmXzSZe4c7mnTK97pTvGS8",
    "DMwo58pR1QLEFihHiXPVykYB6fJmsTeHvyTp7hRThAtCX8CvYzgPcn8XnmdfHGMQzT7ayAmfo4z3gY5KfbrZWZ6St24UVf2Qgo6oujFktLHdHY4",
    "DMwo58pR1QLEFihHiXPVykYB6fJmsTeHvyTp7hRThAtCX8CvYzgPcn8XnmdfHPmHJiEDXkTiJTVV9rHEBUem2mwVbbNfvT2MTcAqj3nesx8uBf9",
    "xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzF93Y5wvzdUayhgkkFoicQZcP3y52uPPxFnfoLZB21Teqt1VvEHx",
    "xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzFAzHGBP2UuGCqWLTAPLcMtD5SDKr24z3aiUvKr9bJpdrcLg1y3G",
    "xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6Q5JXayek4PRsn35jii4veMimro1xefsM58PgBMrvdYre8QyULY",
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHL",
]
EIP55_VALID = [
    "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]


@pytest.mark.parametrize("key, script_type, first", [
    (XPUB44, "p2pkh", "1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"),
    (YPUB49, None, "37VucYSaXLCAsxYyAPfbSi9eh4iEcbShgf"),
    (ZPUB84, None, "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"),
    (XPUB86, "p2tr", "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"),
])
def test_account_keys_derive_the_reference_addresses(key, script_type, first):
    imp = parse_import(key, script_type=script_type)
    assert derive_addresses(imp.public_ref, count=1) == [first]
    assert ORIGIN_UNKNOWN in imp.warnings


def test_bip84_receive_and_change_vectors():
    ref = parse_import(ZPUB84).public_ref
    assert derive_addresses(ref, count=2) == ["bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu",
                                              "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g"]
    assert derive_addresses(ref, change=True, count=1) == ["bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"]


def test_bip86_receive_vectors():
    ref = parse_import(XPUB86, script_type="p2tr").public_ref
    assert derive_addresses(ref, start=1, count=1) == ["bc1p4qhjn9zdvkux4e44uhx8tc55attvtyu358kutcqkudyccelu0was9fqzwh"]
    assert derive_addresses(ref, change=True, count=1) == [
        "bc1p3qkhfews2uk44qtvauqyr2ttdsw7svhkl9nkm9s9c3x4ax5h60wqwruhk7"]


def test_bip382_descriptor_vector_scripts():
    d = descriptor_of("wpkh([ffffffff/13']xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjX"
                      "oUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH/1/2/*)")
    assert [d.derive(i).script_pubkey().data.hex() for i in range(3)] == [
        "0014326b2249e3a25d5dc60935f044ee835d090ba859", "0014af0bd98abc2f2cae66e36896a39ffe2d32984fb7",
        "00141fa798efd1cbf95cebf912c031b8a4a6e9fb9f27"]


def test_bip380_checksum_vector():
    assert split_descriptor_checksum("raw(deadbeef)#89f8spxm") == ("raw(deadbeef)", "89f8spxm")
    with pytest.raises(ImportRefused, match="checksum mismatch"):
        split_descriptor_checksum("raw(deedbeef)#89f8spxm")


def test_checksum_covers_the_literal_text_h_vs_apostrophe():
    body = f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)"
    apostrophe = body.replace("h/", "'/").replace("0h]", "0']")
    with pytest.raises(ImportRefused, match="checksum"):
        parse_import(apostrophe + "#qf45pmyh")  # the 'h' form's checksum does not fit the ' form
    assert parse_import(add_checksum(apostrophe)).fingerprint == "73c5da0a"


def test_sparrow_export_first_descriptor_wins():
    imp = parse_import(SPARROW_EXPORT)
    assert imp.public_ref.endswith("/<0;1>/*)#qf45pmyh") and imp.fingerprint == "73c5da0a"
    assert imp.script_type == "p2wpkh" and imp.warnings == ()


def test_single_branch_descriptor_becomes_multipath_and_flags_missing_checksum():
    imp = parse_import(f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/0/*)")
    assert "<0;1>" in imp.public_ref and "#" not in imp.public_ref
    assert NO_CHECKSUM in imp.warnings
    assert derive_addresses(imp.public_ref, change=True, count=1) == ["bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"]


def coldcard(first: str) -> str:
    return json.dumps({"chain": "BTC", "xfp": "73C5DA0A", "account": 0, "xpub": "xpub661MyMwAqRbc...",
                       "bip84": {"name": "p2wpkh", "deriv": "m/84'/0'/0'", "xpub": XPUB84, "_pub": ZPUB84,
                                 "first": first},
                       "bip44": {"name": "p2pkh", "deriv": "m/44'/0'/0'", "xpub": XPUB44,
                                 "first": "1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"}})


def test_coldcard_generic_json_with_first_address_self_test():
    imp = parse_import(coldcard("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"))
    assert imp.source_format == "coldcard" and imp.fingerprint == "73c5da0a" and imp.script_type == "p2wpkh"
    assert parse_import(coldcard("x"), script_type="p2pkh").script_type == "p2pkh"
    with pytest.raises(ImportRefused, match="self-test failed"):
        parse_import(coldcard("bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g"))


def test_specter_json():
    desc = f"wpkh([73c5da0a/84h/0h/0h]{XPUB84}/<0;1>/*)#qf45pmyh"
    imp = parse_import(json.dumps({"label": "Vault", "blockheight": 481824, "descriptor": desc}))
    assert imp.label_hint == "Vault" and imp.scan_from_height == 481824 and imp.source_format == "specter"


def test_plain_xpub_needs_a_script_type_and_slip132_must_agree():
    with pytest.raises(ImportRefused, match="choose a script type"):
        parse_import(XPUB84)
    with pytest.raises(ImportRefused, match="not p2pkh"):
        parse_import(ZPUB84, script_type="p2pkh")
    imp = parse_import(XPUB84, script_type="p2wpkh", origin="73c5da0a/84h/0h/0h")
    assert imp.fingerprint == "73c5da0a" and imp.warnings == ()


def test_single_addresses():
    assert parse_import("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu").kind == "btc-address"
    with pytest.raises(ImportRefused, match="checksum failed"):
        parse_import("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyv")
    evm = parse_import("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")
    assert evm.kind == "evm-address" and evm.warnings == ()


@pytest.mark.parametrize("key", BIP32_VECTOR_5)
def test_bip32_vector_5_is_refused(key):
    with pytest.raises(ImportRefused):
        parse_extended_public(key)
    with pytest.raises(ImportRefused):
        parse_import(key, script_type="p2wpkh")


@pytest.mark.parametrize("text", [
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
    "zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yYNZKEm7z6qUWCroSQnE",
    "KyZpNDKnfs94vbrwhJneDi77V6jF64PWPF8x5cdJb8ifgg2DUc9d",
    "wpkh(KyZpNDKnfs94vbrwhJneDi77V6jF64PWPF8x5cdJb8ifgg2DUc9d)",
    "wpkh([73c5da0a/84h/0h/0h]zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yYNZKEm7z6qUWCroSQnE/<0;1>/*)",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    "1. abandon\n2. abandon\n3. abandon\n4. abandon\n5. abandon\n6. abandon\n7. abandon\n8. abandon\n9. abandon\n"
    "10. abandon\n11. abandon\n12. about",
    "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
])
def test_private_material_is_refused_without_echo(text, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ImportRefused) as err:
        parse_import(text)
    assert str(err.value) == PRIVATE_MATERIAL_MESSAGE
    assert text[:12] not in str(err.value) and text[:12] not in caplog.text


def test_public_keys_are_not_mistaken_for_private():
    for text in (XPUB84, ZPUB84, SPARROW_EXPORT, "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"):
        assert not looks_private(text)


@pytest.mark.parametrize("bad", [
    f"wpkh({XPUB84}/<0>/*)", f"wpkh({XPUB84}/<0;0>/*)", f"wpkh({XPUB84}/<0;1>/<2;3>/*)",
    f"wpkh([deadbeef/<0;1>]{XPUB84}/0/*)", f"wpkh({XPUB84}/<0;>/*)", f"wpkh({XPUB84}/0/*h)",
    "wsh(multi(1,xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB/<0;1>/*,"
    f"{XPUB84}/<0;1;2>/*))",
    "wpkh(xpub)", "pkh(02000000000000000000000000000000000000000000000000000000000000000007)",
])
def test_invalid_descriptors_are_refused(bad):
    with pytest.raises(ImportRefused):
        parse_import(add_checksum(bad))


def test_eip55_vectors_and_mixed_case_mismatch():
    for address in EIP55_VALID:
        assert to_checksum_address(address) == address
    assert validate_evm_address(EIP55_VALID[4]) == (EIP55_VALID[4], True)
    assert validate_evm_address(EIP55_VALID[2])[1] is False  # all lower: accepted, flagged
    assert NO_EVM_CHECKSUM in parse_import(EIP55_VALID[2]).warnings
    wrong = EIP55_VALID[4][:-1] + EIP55_VALID[4][-1].swapcase()
    with pytest.raises(ImportRefused, match="EIP-55"):
        validate_evm_address(wrong)
    assert keccak256(b"").hex().startswith("c5d24601")
    assert keccak256(b"balanceOf(address)")[:4].hex() == "70a08231"


def test_group4_for_device_comparison():
    assert group4("bc1qcr8te4kr") == "bc1q cr8t e4kr"
