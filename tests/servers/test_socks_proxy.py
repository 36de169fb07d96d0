"""The SOCKS proxy setting for chain servers: the client is built through it, and a dead proxy is a
network failure of that wallet, not a crash (nothing listens on the loopback port used here)."""

from __future__ import annotations

import socket

import httpx
import pytest

from core.custody.http import make_client


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends


async def test_requests_go_through_the_socks_proxy():
    client = make_client(timeout_s=2, proxy=f"socks5://127.0.0.1:{_closed_port()}")
    async with client:
        with pytest.raises((httpx.ProxyError, httpx.ConnectError)):
            await client.get("http://127.0.0.1:1/address/x")
