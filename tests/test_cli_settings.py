"""``undertow settings``: show every setting, set the chain servers and the proxy from the terminal (checked
before they are stored), reset them; and a server set here is the one the next sync asks."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from core.settings import Settings
from desktop.__main__ import main

FIRST_RECEIVE = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP84 test vector, account 0, receive #0


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def stored() -> Settings:
    """The settings as the app reads them, through a fresh session (not the command's output)."""
    from core.session import Session

    session = Session.open()
    try:
        return session.settings
    finally:
        session.close()


def test_show_lists_every_setting_as_a_table_and_as_json(capsys):
    code, out, err = run(capsys, "settings")
    assert code == 0, err
    for f in fields(Settings):
        assert f.name in out
    assert "https://blockstream.info/api" in out
    code, out, _ = run(capsys, "settings", "show", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {f.name for f in fields(Settings)}
    assert data["esplora_url"] == Settings().esplora_url and data["socks_proxy"] == ""
    code, out, _ = run(capsys, "settings", "show", "evm_rpc_url", "--json")
    assert json.loads(out) == {"evm_rpc_url": Settings().evm_rpc_url}


@pytest.mark.parametrize("key, value, expected", [
    ("esplora_url", "http://127.0.0.1:3002/api/", "http://127.0.0.1:3002/api"),
    ("esplora_url", "https://mempool.space/api", "https://mempool.space/api"),
    ("esplora_url", "http://[::1]:3002", "http://[::1]:3002"),
    ("evm_rpc_url", "http://127.0.0.1:8545", "http://127.0.0.1:8545"),
    ("evm_rpc_url", "https://eth.example.org/rpc?key=abc", "https://eth.example.org/rpc?key=abc"),
    ("socks_proxy", "socks5h://127.0.0.1:9050", "socks5h://127.0.0.1:9050"),
    ("socks_proxy", "socks5://localhost:1080", "socks5://localhost:1080"),
    ("refresh_interval_min", "0", 0),
    ("gap_rule_pct", "12.5", 12.5),
    ("privacy_mode", "yes", True),
    ("quote_currency", "eur", "EUR"),
    ("theme", "dark", "dark"),
    ("language", "ja", "ja"),
])
def test_set_stores_a_checked_value(capsys, key, value, expected):
    code, out, err = run(capsys, "settings", "set", key, value)
    assert code == 0, err
    assert getattr(stored(), key) == expected
    code, out, _ = run(capsys, "settings", "show", key, "--json")
    assert json.loads(out)[key] == expected


@pytest.mark.parametrize("key, value, needle", [
    ("esplora_url", "ftp://example.org/api", "http(s) URL"),
    ("esplora_url", "blockstream.info/api", "http(s) URL"),
    ("esplora_url", "http://", "http(s) URL"),
    ("esplora_url", "http://host:99999/api", "http(s) URL"),
    ("esplora_url", "http://exa mple.org", "http(s) URL"),
    ("esplora_url", "javascript:alert(1)", "http(s) URL"),
    ("esplora_url", "http://example.org/\x1b[31mred", "control characters"),
    ("esplora_url", "https://" + "a" * 5000 + ".org", "too long"),
    ("evm_rpc_url", "", "http(s) URL"),
    ("socks_proxy", "socks4://127.0.0.1:9050", "socks5://"),
    ("socks_proxy", "http://127.0.0.1:8080", "socks5://"),
    ("socks_proxy", "socks5://127.0.0.1", "socks5://"),
    ("socks_proxy", "socks5://127.0.0.1:0", "socks5://"),
    ("socks_proxy", "socks5://127.0.0.1:9050/path", "socks5://"),
    ("gap_rule_pct", "nan", "finite"),
    ("gap_rule_pct", "inf", "finite"),
    ("gap_rule_pct", "0.5", "from 1 to 50"),
    ("refresh_interval_min", "2.5", "whole number"),
    ("refresh_interval_min", "1e400", "finite"),
    ("privacy_mode", "maybe", "true or false"),
    ("quote_currency", "XYZ", "one of"),
    ("theme", "neon", "one of"),
    ("language", "xx", "one of"),
    ("no_such_setting", "1", "unknown setting"),
])
def test_a_bad_value_is_refused_and_nothing_changes(capsys, key, value, needle):
    before = stored()
    code, _, err = run(capsys, "settings", "set", key, value)
    assert code == 2 and needle in err and "Traceback" not in err and err.count("\n") == 1
    assert stored() == before


def test_a_private_key_or_seed_is_never_stored_nor_echoed(capsys):
    words = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    code, _, err = run(capsys, "settings", "set", "esplora_url", f"https://x.org/{words.replace(' ', '/')}")
    assert code == 2 and "private key" in err and "sausage" not in err
    assert stored() == Settings()


def test_the_proxy_can_be_cleared_and_settings_reset(capsys):
    assert run(capsys, "settings", "set", "socks_proxy", "socks5h://127.0.0.1:9050")[0] == 0
    assert run(capsys, "settings", "set", "socks_proxy", "")[0] == 0
    assert stored().socks_proxy == ""
    assert run(capsys, "settings", "set", "esplora_url", "http://127.0.0.1:1/api")[0] == 0
    code, out, _ = run(capsys, "settings", "reset", "esplora_url")
    assert code == 0 and "(default)" in out and stored().esplora_url == Settings().esplora_url


def test_a_password_in_a_url_is_never_printed(capsys):
    code, out, _ = run(capsys, "settings", "set", "evm_rpc_url", "https://user:hunter2@rpc.example.org/v3")
    assert code == 0 and "hunter2" not in out and "user:***@" in out
    assert stored().evm_rpc_url == "https://user:hunter2@rpc.example.org/v3"  # stored as given, for the sync
    for argv in (["settings"], ["settings", "show", "--json"]):
        _, out, _ = run(capsys, *argv)
        assert "hunter2" not in out


def test_the_esplora_server_set_here_is_the_one_the_sync_asks(capsys):
    """End to end on a loopback Esplora fake: set its URL from the terminal, watch an address, sync."""
    from core.runtime import get_runtime
    from core.session import Session
    from tests.servers.esplora_fake import EsploraFake, stats

    runtime = get_runtime()
    fake = EsploraFake(addresses={FIRST_RECEIVE: stats(150_000)})
    runtime.run(fake.__aenter__(), timeout=30)
    try:
        assert run(capsys, "settings", "set", "esplora_url", fake.url + "/")[0] == 0
        code, _, err = run(capsys, "wallet", "add", FIRST_RECEIVE, "--label", "Cold")
        assert code == 0, err
        assert fake.url in err  # the one-time note names the server the wallet's addresses go to
        code, out, err = run(capsys, "sync", "--json")
        assert code == 0, err
        wallet_sources = [s for s in json.loads(out)["sources"] if s["kind"] == "wallet"]
        assert [s["state"] for s in wallet_sources] == ["fresh"]
    finally:
        runtime.run(fake.__aexit__(None, None, None), timeout=30)
    assert any(FIRST_RECEIVE in r for r in fake.requests)
    session = Session.open()
    try:
        snapshot = session.latest_snapshots(1)[0][1]
    finally:
        session.close()
    assert [(h.asset, h.amount) for h in snapshot.holdings if h.source_id != "manual"] == [("BTC", 0.0015)]
