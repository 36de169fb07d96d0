"""Watch-only wallets of the demo: the public BIP84 test account and an EVM address, with chain answers.

Esplora: ``GET /address/<addr>`` JSON for the used addresses only (absent = unused). EVM: balances as an
``eth_getBalance`` / ``balanceOf`` reader would decode them (wei and raw token units as decimal strings).
"""

from __future__ import annotations

from Crypto.Hash import keccak
from embit import bip32
from embit.descriptor import Descriptor
from embit.descriptor.checksum import checksum
from embit.networks import NETWORKS

ZPUB = ("zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2"
        "oz2AGutZYs")
FINGERPRINT, ORIGIN = "73c5da0a", "84h/0h/0h"
FIRST_RECEIVE = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"
EVM_ADDRESS = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"

# (branch, index) -> list of (funded sats, spent?) outputs; balance = funded - spent. Total 1.85 BTC.
UTXO_HISTORY = {
    (0, 0): [(30_000_000, True), (50_000_000, False)],
    (0, 1): [(60_000_000, False)],
    (0, 5): [(25_000_000, False)],
    (1, 0): [(15_000_000, False)],
    (1, 2): [(12_500_000, True), (35_000_000, False)],
}
MEMPOOL = {(0, 5): 1_000_000}  # one unconfirmed incoming payment (not counted in the 1.85 BTC)


def descriptor() -> str:
    xpub = bip32.HDKey.from_base58(ZPUB).to_base58(version=NETWORKS["main"]["xpub"])
    body = f"wpkh([{FINGERPRINT}/{ORIGIN}]{xpub}/<0;1>/*)"
    return f"{body}#{checksum(body)}"


def address(desc: str, branch: int, index: int) -> str:
    body = desc.split("#")[0]
    return Descriptor.from_string(body).derive(index, branch_index=branch).address(NETWORKS["main"])


def esplora(desc: str) -> dict:
    assert address(desc, 0, 0) == FIRST_RECEIVE, "descriptor does not derive the BIP84 test vector"
    out = {}
    for (branch, index), outputs in sorted(UTXO_HISTORY.items()):
        addr = address(desc, branch, index)
        funded = sum(v for v, _ in outputs)
        spent = sum(v for v, was_spent in outputs if was_spent)
        n_spent = sum(1 for _, was_spent in outputs if was_spent)
        pending = MEMPOOL.get((branch, index), 0)
        out[addr] = {
            "address": addr,
            "chain_stats": {"funded_txo_count": len(outputs), "funded_txo_sum": funded,
                            "spent_txo_count": n_spent, "spent_txo_sum": spent, "tx_count": len(outputs) + n_spent},
            "mempool_stats": {"funded_txo_count": 1 if pending else 0, "funded_txo_sum": pending,
                              "spent_txo_count": 0, "spent_txo_sum": 0, "tx_count": 1 if pending else 0},
        }
    return out


def eip55(addr: str) -> str:
    lower = addr[2:].lower()
    h = keccak.new(digest_bits=256, data=lower.encode()).hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(lower))


def evm() -> dict:
    assert eip55(EVM_ADDRESS) == EVM_ADDRESS and eip55(USDC) == USDC
    return {"chain_id": 1, "balances": {EVM_ADDRESS: {
        "ETH": str(4_213_570_000_000_000_000),   # 4.21357 ETH in wei
        "USDC": {"contract": USDC, "decimals": 6, "raw": str(12_048_250_000)},  # 12,048.25 USDC
    }}}
