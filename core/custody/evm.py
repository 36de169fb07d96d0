"""EVM addresses (EIP-55) and native + ERC-20 balances over JSON-RPC, guarded by ``eth_chainId``.

Three read-only calls do not justify web3.py: keccak comes from pycryptodome, the rest is httpx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.custody.keys import ImportRefused
from core.sync import SourceError

if TYPE_CHECKING:
    import httpx

BALANCE_OF = "70a08231"  # keccak256("balanceOf(address)")[:4]
DECIMALS = "313ce567"  # keccak256("decimals()")[:4]

_HEX_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")


@dataclass(frozen=True)
class Token:
    symbol: str
    contract: str  # EIP-55 form
    decimals: int


# Well-known stablecoins watched by default, per chain id; users add more in settings later.
DEFAULT_TOKENS: dict[int, tuple[Token, ...]] = {
    1: (Token("USDC", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6),
        Token("USDT", "0xdAC17F958D2ee523a2206206994597C13D831ec7", 6)),
}
NATIVE_ASSET = {1: "ETH", 10: "ETH", 42161: "ETH", 8453: "ETH", 56: "BNB", 137: "POL"}
CHAIN_IDS = {"ethereum": 1, "optimism": 10, "arbitrum": 42161, "base": 8453, "bsc": 56, "polygon": 137}


def keccak256(data: bytes) -> bytes:
    from Crypto.Hash import keccak  # pycryptodome: only when an EVM address is checked

    h = keccak.new(digest_bits=256)
    h.update(data)
    return h.digest()


def to_checksum_address(address: str) -> str:
    """EIP-55: uppercase the i-th hex letter iff the i-th nibble of keccak256(lowercase hex) is >= 8."""
    lower = address[2:].lower()
    digest = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c
                          for i, c in enumerate(lower))


def validate_evm_address(text: str) -> tuple[str, bool]:
    """``(checksummed address, had_checksum)``; mixed case must match EIP-55 exactly.

    All-lower or all-upper input is accepted without a checksum (the caller warns "double-check").
    """
    text = text.strip()
    if not _HEX_ADDRESS.fullmatch(text):
        raise ImportRefused("not an EVM address (expected 0x followed by 40 hex digits)")
    body = text[2:]
    checksummed = to_checksum_address(text)
    if body == body.lower() or body == body.upper():
        return checksummed, False
    if checksummed != text:
        raise ImportRefused("EVM address checksum (EIP-55) does not match: a character is probably mistyped")
    return checksummed, True


def units(raw: int, decimals: int) -> float:
    """Base units (wei, token units) -> whole tokens, through Decimal so large values stay exact enough."""
    return float(Decimal(raw) / (Decimal(10) ** decimals))


class EvmRpc:
    """A JSON-RPC endpoint for one chain. Every balance read first checks the chain id once."""

    def __init__(self, client: httpx.AsyncClient, url: str, expected_chain_id: int,
                 retries: int = 3, backoff_s: float = 0.5) -> None:
        self.client, self.url, self.expected_chain_id = client, url, expected_chain_id
        self.retries, self.backoff_s = retries, backoff_s
        self._checked = False
        self._id = 0

    async def call(self, method: str, params: list[Any]) -> object:
        self._id += 1
        body = {"jsonrpc": "2.0", "id": self._id, "method": method, "params": params}
        from core.custody.http import request_json  # httpx: only when a chain is read

        reply = await request_json(self.client, "POST", self.url, json=body, retries=self.retries,
                                   backoff_s=self.backoff_s, what="EVM RPC node")
        if not isinstance(reply, dict):
            raise SourceError("bad_data", "the EVM RPC node sent an unexpected reply")
        if reply.get("error"):
            err = reply["error"]
            message = err.get("message", "error") if isinstance(err, dict) else str(err)
            raise SourceError("bad_data", f"the EVM RPC node answered an error: {message[:120]}")
        return reply.get("result")

    async def check_chain(self) -> None:
        if self._checked:
            return
        got = _quantity(await self.call("eth_chainId", []))
        if got != self.expected_chain_id:
            raise SourceError("bad_data", f"the RPC URL serves chain id {got}, not {self.expected_chain_id}: "
                                          "fix the RPC setting (balances of another chain were not used)")
        self._checked = True

    async def native_balance_raw(self, address: str) -> int:
        await self.check_chain()
        return _quantity(await self.call("eth_getBalance", [address, "latest"]))

    async def token_balance_raw(self, token: str, holder: str) -> int | None:
        """Raw token units, or None when there is no contract at ``token`` (reply ``0x``)."""
        await self.check_chain()
        data = "0x" + BALANCE_OF + holder[2:].lower().rjust(64, "0")
        out = await self.call("eth_call", [{"to": token, "data": data}, "latest"])
        if out in ("0x", "", None):
            return None
        return _quantity(out)

    async def transaction_count(self, address: str, block: str = "pending") -> int:
        """Transactions ``address`` has sent (its nonce): ``"pending"`` counts those in the node's mempool too.

        Every outgoing transaction of an externally owned account, native or token transfer, raises it by one.
        """
        await self.check_chain()
        return _quantity(await self.call("eth_getTransactionCount", [address, block]))

    async def token_decimals(self, token: str) -> int | None:
        out = await self.call("eth_call", [{"to": token, "data": "0x" + DECIMALS}, "latest"])
        return None if out in ("0x", "", None) else _quantity(out)


def _quantity(value: object) -> int:
    if not isinstance(value, str) or not value.startswith("0x"):
        raise SourceError("bad_data", "the EVM RPC node sent a malformed number")
    try:
        return int(value, 16)
    except ValueError as exc:
        raise SourceError("bad_data", "the EVM RPC node sent a malformed number") from exc
