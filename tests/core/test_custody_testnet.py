"""Test-network keys and addresses: recognised (every SLIP-132 test prefix, inside a descriptor too), warned about,
and kept out of every mainnet figure (net worth, the self-custody share, cold-storage destinations).

The keys are the BIP84 / BIP49 test mnemonic's ("abandon … about") test-network accounts m/84'/1'/0' and
m/49'/1'/0'; their first receive addresses, tb1q6rz28mcfaxtmd6v789l9rrlrusdprr9pqcpvkl and
2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2, are the ones other wallets publish for that mnemonic (independent ground).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.custody.importer import TESTNET_WARNING, derive_addresses, is_testnet_chain, parse_import
from core.custody.keys import ImportRefused
from core.custody.movable import cold_storage_plan
from core.custody.split import custody_split
from core.messages import Message
from core.model import Account, Balance, CustodyClass, Holding, PortfolioSnapshot, Purpose, Wallet

NOW = datetime(2026, 2, 12, 12, tzinfo=UTC)
VPUB84 = "vpub5Y6cjg78GGuNLsaPhmYsiw4gYX3HoQiRBiSwDaBXKUafCt9bNwWQiitDk5VZ5BVxYnQdwoTyXSs2JHRPAgjAvtbBrf8ZhDYe2jWAqvZVnsc"  # noqa: E501
TPUB84 = "tpubDC8msFGeGuwnKG9Upg7DM2b4DaRqg3CUZa5g8v2SRQ6K4NSkxUgd7HsL2XVWbVm39yBA4LAxysQAm397zwQSQoQgewGiYZqrA9DsP4zbQ1M"  # noqa: E501
UPUB49 = "upub5EFU65HtV5TeiSHmZZm7FUffBGy8UKeqp7vw43jYbvZPpoVsgU93oac7Wk3u6moKegAEWtGNF8DehrnHtv21XXEMYRUocHqguyjknFHYfgY"  # noqa: E501
XPUB84 = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"  # noqa: E501
FIRST_TB1 = "tb1q6rz28mcfaxtmd6v789l9rrlrusdprr9pqcpvkl"  # m/84'/1'/0'/0/0
FIRST_2 = "2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2"  # m/49'/1'/0'/0/0


@pytest.mark.parametrize("text, first", [
    (VPUB84, FIRST_TB1),
    (f"wpkh([73c5da0a/84h/1h/0h]{TPUB84}/0/*)", FIRST_TB1),
    (f"wpkh({VPUB84}/<0;1>/*)", FIRST_TB1),  # a SLIP-132 test key inside a descriptor: was taken for mainnet
    (UPUB49, FIRST_2),
    (FIRST_TB1, FIRST_TB1),
    ("mkpZhYtJu2r87Js3pDiWJDmPte2NRZ8bJV", "mkpZhYtJu2r87Js3pDiWJDmPte2NRZ8bJV"),  # m/44'/1'/0'/0/0
])
def test_test_network_material_is_recognised_and_warned_about(text, first):
    imported = parse_import(text)
    assert imported.chain == "bitcoin-testnet" and imported.testnet and is_testnet_chain(imported.chain)
    assert derive_addresses(imported.public_ref, count=1) == [first]
    warning = imported.testnet_warning
    assert isinstance(warning, Message) and warning.template == TESTNET_WARNING
    assert "TEST-network" in str(warning) and "net worth" in str(warning)


def test_mainnet_material_has_no_testnet_warning():
    imported = parse_import(XPUB84, script_type="p2wpkh")
    assert imported.chain == "bitcoin" and not imported.testnet and imported.testnet_warning is None


def test_a_descriptor_mixing_networks_is_refused():
    with pytest.raises(ImportRefused, match="mixes main-network and test-network"):
        parse_import(f"wsh(multi(1,{XPUB84}/0/*,{TPUB84}/0/*))")


def _snapshot(test_price: float | None) -> PortfolioSnapshot:
    vault = Wallet("vault", "Vault", "btc-descriptor", "wpkh(...)", "Trezor", CustodyClass.HARDWARE_WALLET, "bitcoin")
    test = Wallet("tvault", "Test vault", "btc-descriptor", "wpkh(...)", "Trezor", CustodyClass.HARDWARE_WALLET,
                  "bitcoin-testnet")
    prices = {"BTC": 60_000.0}
    if test_price is not None:  # a price for the test coins' ticker (e.g. another token called TBTC): ignored
        prices["TBTC"] = test_price
    return PortfolioSnapshot(
        taken_at=NOW, accounts=(Account("ex", "okx", "OKX"),), wallets=(vault, test),
        balances=(Balance("ex", "BTC", 0.5),),
        holdings=(Holding("vault", "BTC", 1.5, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM, "Vault"),
                  Holding("tvault", "TBTC", 7.0, CustodyClass.HARDWARE_WALLET, Purpose.LONG_TERM, "Test vault")),
        prices_usd=prices)


@pytest.mark.parametrize("test_price", [None, 60_000.0])
def test_testnet_holdings_stay_out_of_net_worth_and_the_self_custody_share(test_price):
    """Mainnet: 1.5 BTC in the vault (90,000 USD, long-term) and 0.5 BTC on OKX (30,000, collateral): net worth
    120,000, all long-term value in self-custody. The test vault's 7 coins change neither, priced or not."""
    split = custody_split(_snapshot(test_price))
    assert split.net_worth_usd == pytest.approx(120_000.0)
    assert split.long_term_usd == pytest.approx(90_000.0)
    assert split.self_custody_share_of_long_term == pytest.approx(1.0)
    assert split.by_class_usd[CustodyClass.HARDWARE_WALLET] == pytest.approx(90_000.0)
    assert split.testnet_sources == ("tvault",)
    test_rows = [h for h in split.holdings if h.source_id == "tvault"]
    assert [(h.testnet, h.value_usd) for h in test_rows] == [(True, None)]
    assert "TBTC" not in split.unpriced  # not "unpriced": worthless by definition


def test_a_testnet_wallet_is_never_where_real_coins_should_go():
    snap = _snapshot(None)
    snap = replace(snap, wallets=tuple(w for w in snap.wallets if w.id == "tvault"))
    (excess,) = cold_storage_plan(snap)
    assert [(m.asset, m.wallet) for m in excess.moves] == [("BTC", None)]


def test_wallet_add_cli_accepts_a_testnet_key_with_a_warning(capsys):
    import json

    from desktop.__main__ import main

    assert main(["wallet", "add", VPUB84, "--label", "Signet vault"]) == 0
    out = capsys.readouterr().out
    assert "bitcoin-testnet" in out and "WARNING: This is a TEST-network wallet" in out
    assert "tb1q 6rz2 8mcf" in out
    assert main(["wallet", "add", FIRST_2, "--label", "Test address", "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["testnet"] is True and data["chain"] == "bitcoin-testnet"
    assert any("TEST-network" in w for w in data["warnings"]) and "WARNING" in captured.err
    assert main(["wallet", "add", XPUB84, "--script-type", "p2wpkh", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["testnet"] is False
