"""Every outside text the CLI prints is plain text in the terminal (issue 15): an escape sequence planted in an
exchange's symbol, an account's label and a chain server's error reaches the store as it is, and no command's
output (tables, reasons, labels, JSON) carries it, nor any other control character.

Real parts: the CLI's ``main`` in-process (its session on the shared runtime), real ccxt against the loopback
Binance fake (its ETHUSDT market's base asset carries the sequences, so ccxt builds the symbol from it), real
httpx against a loopback EVM node answering ``eth_getBalance`` with a JSON-RPC error that carries them, a real
SQLite store under UNDERTOW_HOME, the in-memory keyring.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from aiohttp import web

from desktop.__main__ import main
from desktop.format import terminal_text
from tests.servers.conftest import API_SECRETS, TEST_OPTIONS
from tests.servers.evm_fake import EvmFake
from tests.servers.fake_binance import FakeBinance

# What a hostile server or file would send a terminal: clear the screen, set the window title, a hyperlink
# (OSC 8), a colour, a cursor move, a "report" request (DSR), an 8-bit CSI, a bare carriage return and a NUL.
PLANTED = "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\\x1b[31m\x1b[1;1H\x1b[6n\x9b2J\r\x00"
LABEL = f"Main{PLANTED} acct"
BASE = f"ETH{PLANTED}"
NODE_MESSAGE = f"node down{PLANTED}: upgrade now"
ADDRESS = "0x" + "ab" * 20
#: Any control character but tab and newline: C0, DEL, C1.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class HostileBinance(FakeBinance):
    """Binance whose ETHUSDT contract has a base asset with escape sequences in it (the fake holds an ETH short)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        listing = self.routes["/fapi/v1/exchangeInfo"]

        def hostile_listing(request):
            answer = listing(request)
            for market in answer["symbols"]:
                if market["symbol"] == "ETHUSDT":
                    market["baseAsset"] = BASE
            return answer

        self.routes["/fapi/v1/exchangeInfo"] = hostile_listing


class HostileNode(EvmFake):
    """An EVM node that answers every balance read with a JSON-RPC error whose message carries the sequences."""

    async def _rpc(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("method") == "eth_getBalance":
            self.calls.append(body["method"])
            return web.json_response({"jsonrpc": "2.0", "id": body.get("id"),
                                      "error": {"code": -32000, "message": NODE_MESSAGE}})
        return await super()._rpc(request)


@pytest.fixture
def servers(memory_keyring):
    """The Binance fake and the EVM node on the runtime's loop (the one the CLI's session uses)."""
    from core.exchanges.ccxt_source import close_clients
    from core.runtime import get_runtime

    runtime = get_runtime()
    binance, node = HostileBinance(hang_s=1.5, lifetime_s=120), HostileNode(lifetime_s=120)
    runtime.run(binance.start(), timeout=10)
    runtime.run(node.__aenter__(), timeout=10)
    yield binance, node
    runtime.run(close_clients(), timeout=10)
    runtime.run(binance.stop(), timeout=10)
    runtime.run(node.__aexit__(None, None, None), timeout=10)


@pytest.fixture
def configured(servers):
    """One Binance account under the planted label, one watched EVM address read from the hostile node."""
    from core.custody.importer import parse_import
    from core.model import CustodyClass
    from core.session import Session

    binance, node = servers
    session = Session.open()
    try:
        session.create_account("binanceusdm", LABEL, API_SECRETS["binanceusdm"], now=datetime.now(UTC),
                               api_base_url=binance.base_url, options=TEST_OPTIONS, account_id="binance-acct")
        session.update_settings(evm_rpc_url=node.url)
        session.add_wallet(parse_import(ADDRESS), "Hot wallet", "other", CustodyClass.SOFTWARE_WALLET,
                           datetime.now(UTC))
    finally:
        session.close()
    return servers


def cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def stored_snapshot():
    from core.session import Session

    session = Session.open()
    try:
        return session.run(session.load_latest(datetime.now(UTC))).snapshot
    finally:
        session.close()


def test_escape_sequences_from_a_symbol_a_label_and_a_server_never_reach_the_terminal(configured, capsys):
    code, synced = cli(capsys, "sync")
    assert code in (0, 1), synced

    # the plant reached the data as it is: the store keeps what the servers and the user said
    snap = stored_snapshot()
    assert any(BASE.upper() in p.symbol for p in snap.positions), [p.symbol for p in snap.positions]  # ccxt: upper
    assert any(a.label == LABEL for a in snap.accounts)
    node_error = next(s.error for s in snap.sources if s.kind == "wallet")
    assert node_error is not None and "\x1b]0;owned" in node_error

    outputs = {"sync": synced}
    for argv in (("sync", "--json"), ("check",), ("check", "--json"), ("remind", "--no-sync"),
                 ("remind", "--no-sync", "--json"), ("accounts", "list"), ("accounts", "list", "--json"),
                 ("wallet", "list"), ("settings",), ("shock", "--json")):
        outputs[" ".join(argv)] = cli(capsys, *argv)[1]

    for command, text in outputs.items():
        assert "\x1b" not in text and "\x9b" not in text, command
        assert not CONTROL.search(text), (command, CONTROL.search(text))
        assert "owned" not in text.lower() and "evil.example" not in text.lower(), command  # their payloads too

    # ... and what surrounds the sequences is still there, readable (the hyperlink's text "here" stays, as a
    # terminal would have shown it)
    # (in a table cell or a line of a sentence, a carriage return or a line break becomes a space)
    assert re.search("ETHHERE ?/USDT:USDT", outputs["check"]) and "ETHHERE/USDT:USDT" in outputs["check --json"]
    assert "Mainhere" in outputs["accounts list"] and "acct" in outputs["accounts list"]
    assert "node downhere" in outputs["sync"] and "upgrade now" in outputs["sync"]  # the node's own words
    assert "node downhere" in outputs["check"].split("Undertow check")[0]  # the failed wallet, first


def test_the_log_a_real_process_prints_is_clean(servers, undertow_home):
    """``undertow sync`` in its own process: the log's warning about the failed wallet quotes the node, on stderr
    through the log handler the CLI installs; it comes out clean too (the fake node runs in this process)."""
    import os
    import subprocess
    import sys

    from core.custody.importer import parse_import
    from core.model import CustodyClass
    from core.session import Session

    _, node = servers
    session = Session.open()
    try:
        session.update_settings(evm_rpc_url=node.url)
        session.add_wallet(parse_import(ADDRESS), "Hot wallet", "other", CustodyClass.SOFTWARE_WALLET,
                           datetime.now(UTC))
    finally:
        session.close()
    result = subprocess.run([sys.executable, "-m", "desktop", "sync"], capture_output=True, timeout=180,
                            env=dict(os.environ, UNDERTOW_HOME=str(undertow_home)))
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1, err  # the wallet failed
    assert "node downhere" in out and "failed" in err and "node downhere" in err  # the table and the log line
    for text in (out, err):
        assert "\x1b" not in text and "\x9b" not in text and not CONTROL.search(text), text


def test_a_command_error_quoting_outside_text_is_clean(capsys):
    """A usage error naming what the user typed or a server said (printed by ``main`` after the command ended)."""
    code, text = cli(capsys, "remind", "--snooze", f"R1:{PLANTED}x", "--demo")
    assert code == 2 and "\x1b" not in text and not CONTROL.search(text), text


@pytest.mark.parametrize("raw, shown", [
    ("a\x1b[31mred\x1b[0m", "ared"),  # CSI (SGR)
    ("x\x1b]0;title\x07y", "xy"),  # OSC, BEL-terminated
    ("x\x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\z", "xlinkz"),  # OSC 8 hyperlink, ST-terminated
    ("x\x1bP1$r\x1b\\y", "xy"),  # DCS
    ("a\x9b2Jb", "ab"),  # 8-bit CSI
    ("a\x9d0;t\x9cb", "ab"),  # 8-bit OSC and ST
    ("q\x1bcr", "qr"),  # RIS: full reset
    ("q\x1b(Bz", "qz"),  # a charset designation
    ("cut\x1b[", "cut"),  # a sequence cut short
    ("tab\tnew\nline", "tab\tnew\nline"),  # tab and newline stay
    ("cr\rnul\x00del\x7f", "crnuldel"),
    ("bidi\u202eevil", "bidievil"),  # a right-to-left override reorders what follows
    ("Ünïcode ₿ 日本", "Ünïcode ₿ 日本"),
])
def test_terminal_text(raw, shown):
    assert terminal_text(raw) == shown
    one_line = terminal_text(raw, single_line=True)
    assert "\n" not in one_line and "\t" not in one_line and not CONTROL.search(one_line)


def test_table_cells_are_one_clean_line_each():
    from desktop.commands._common import table

    text = table([[f"BTC{PLANTED}", "fake row\nETH  short  0.00"]], ["symbol", "note"])
    lines = text.split("\n")
    assert len(lines) == 3 and "\x1b" not in text and not CONTROL.search(text)
    assert lines[2].startswith("BTC") and "fake row ETH" in lines[2]
