"""``undertow accounts`` and ``undertow sync`` against a loopback fake (no Qt involved)."""

from __future__ import annotations

import json

import keyring
import pytest

SECRET = "CLI-SECRET-4c2d9e7f"


@pytest.fixture
def fake_binance():
    from core.runtime import get_runtime
    from tests.servers.fake_binance import FakeBinance

    runtime = get_runtime()
    fake = FakeBinance(lifetime_s=60)
    runtime.run(fake.start(), timeout=10)
    yield fake
    runtime.run(fake.stop(), timeout=10)


def _cli(capsys, *argv) -> tuple[int, str, str]:
    from desktop.__main__ import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_sync_test_remove(memory_keyring, fake_binance, capsys, monkeypatch, undertow_home):
    monkeypatch.setenv("UNDERTOW_API_SECRET", SECRET)
    code, out, err = _cli(capsys, "accounts", "add", "binanceusdm", "--label", "Main", "--api-key", "CLI-KEY-1",
                          "--base-url", fake_binance.base_url, "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["test"]["ok"] and added["test"]["positions"] == 2
    assert added["test"]["key_can_trade"] is False

    code, out, _ = _cli(capsys, "accounts", "list")
    assert code == 0 and "Main" in out and "keyring" in out and SECRET not in out

    code, out, err = _cli(capsys, "sync", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["positions"] == 2 and report["sources"][0]["state"] == "fresh"

    fake_binance.fault("/fapi/v3/positionRisk", "revoked")
    code, out, _ = _cli(capsys, "sync")
    assert code == 1 and "STALE" in out and "rejected the API key" in out and SECRET not in out

    code, out, _ = _cli(capsys, "accounts", "test", "Main")
    assert code == 1 and "FAILED" in out

    code, out, _ = _cli(capsys, "accounts", "remove", "Main")
    assert code == 0 and memory_keyring.entries == {}
    raw = b"".join(p.read_bytes() for p in undertow_home.rglob("*.sqlite*"))
    assert SECRET.encode() not in raw


def test_bad_input_is_one_clear_line(memory_keyring, capsys, monkeypatch):
    monkeypatch.setenv("UNDERTOW_API_SECRET", SECRET)
    code, _, err = _cli(capsys, "accounts", "add", "notanexchange", "--api-key", "k")
    assert code == 2 and "unknown exchange" in err and "Traceback" not in err
    code, _, err = _cli(capsys, "accounts", "add", "okx", "--api-key", "k")
    assert code == 2 and "passphrase" in err
    code, _, err = _cli(capsys, "accounts", "remove", "nobody")
    assert code == 2 and "no account" in err


def test_no_keyring_is_refused_plainly(capsys, monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("UNDERTOW_API_SECRET", SECRET)
    try:
        code, _, err = _cli(capsys, "accounts", "add", "bybit", "--api-key", "k", "--no-test")
    finally:
        keyring.set_keyring(previous)
    assert code == 2 and "No secure secret store" in err and SECRET not in err


def test_portfolio_margin_account_reads_papi(memory_keyring, capsys, monkeypatch, undertow_home):
    """``--portfolio-margin`` stores the option the Binance probe reads; the sync then takes positions, balance and
    uniMMR from /papi (the fake in Portfolio Margin mode answers there)."""
    from core.runtime import get_runtime
    from tests.servers.fake_binance import FakeBinance

    runtime = get_runtime()
    fake = FakeBinance(lifetime_s=60, mode="portfolio_margin")
    runtime.run(fake.start(), timeout=10)
    try:
        monkeypatch.setenv("UNDERTOW_API_SECRET", SECRET)
        code, out, err = _cli(capsys, "accounts", "add", "binanceusdm", "--label", "PM", "--api-key", "CLI-KEY-2",
                              "--base-url", fake.base_url, "--portfolio-margin", "--no-test", "--json")
        assert code == 0, err
        code, out, err = _cli(capsys, "check", "--json")
        assert code in (0, 1), err  # 1 when a fake's position is close to liquidation (README, exit codes)
        account = json.loads(out)["accounts"][0]
        assert account["margin_mode"] == "portfolio_margin" and account["margin_ratio_reported"] is not None
        assert fake.count("/papi/v1/um/positionRisk") >= 1
        code, _, err = _cli(capsys, "accounts", "add", "okx", "--api-key", "k", "--portfolio-margin")
        assert code == 2 and "Portfolio Margin" in err
    finally:
        runtime.run(fake.stop(), timeout=10)
