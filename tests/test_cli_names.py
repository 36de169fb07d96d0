"""Names, not ids, in the terminal (issue 16, point 1): ``undertow accounts`` says the label the user gave and the
venue's name; the internal id appears only as the last column of ``accounts list`` (to tell two accounts of one
name apart) and in ``--json``. Real parts: the dispatcher in-process, a real store, real ccxt against the Binance
fake on the runtime's loop, the in-memory keyring."""

from __future__ import annotations

import json

import pytest

SECRET = "NAMES-SECRET-77e1a0"


@pytest.fixture
def fake_binance():
    from core.exchanges.ccxt_source import close_clients
    from core.runtime import get_runtime
    from tests.servers.fake_binance import FakeBinance

    runtime = get_runtime()
    fake = FakeBinance(lifetime_s=60)
    runtime.run(fake.start(), timeout=10)
    yield fake
    runtime.run(close_clients(), timeout=10)
    runtime.run(fake.stop(), timeout=10)


def _cli(capsys, *argv) -> tuple[int, str, str]:
    from desktop.__main__ import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_speak_of_labels_and_venue_names(memory_keyring, fake_binance, capsys, monkeypatch):
    monkeypatch.setenv("UNDERTOW_API_SECRET", SECRET)
    code, out, err = _cli(capsys, "accounts", "add", "binanceusdm", "--label", "Main futures", "--api-key", "K-1",
                          "--base-url", fake_binance.base_url)
    assert code == 0, err
    assert out.startswith("Added Binance USD-M account 'Main futures'; key stored in the OS keyring.")

    code, out, _ = _cli(capsys, "accounts", "list", "--json")
    (listed,) = json.loads(out)
    account_id = listed["id"]
    assert listed["label"] == "Main futures" and listed["venue"] == "binanceusdm"
    code, out, _ = _cli(capsys, "accounts", "test", "Main futures")
    assert code == 0 and out.startswith("Main futures (Binance USD-M): OK") and account_id not in out

    code, out, _ = _cli(capsys, "accounts", "list")
    header, _, row = out.splitlines()[:3]
    assert header.split()[:2] == ["account", "venue"] and header.split()[-1] == "id"
    assert row.startswith("Main futures") and "Binance USD-M" in row and row.endswith(account_id)

    code, out, _ = _cli(capsys, "sync")
    assert code == 0 and "Main futures" in out and "Binance USD-M" in out and account_id not in out

    code, out, _ = _cli(capsys, "accounts", "test", "--json")
    (tested,) = json.loads(out)
    assert (tested["id"], tested["label"], tested["ok"]) == (account_id, "Main futures", True)

    code, out, _ = _cli(capsys, "accounts", "remove", "Main futures")
    assert code == 0 and out.startswith("Removed 'Main futures' (Binance USD-M)") and account_id not in out
