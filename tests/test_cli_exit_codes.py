"""Exit codes of ``undertow check`` and ``undertow remind`` (issue 14): 0 all clear, 1 something due, 2 usage error,
3 blind or partly blind, with ``--json``'s ``status`` saying why; and the four key problems as four messages.

Real parts: the dispatcher in-process (as the ``undertow`` script runs it), a real store under UNDERTOW_HOME, real
ccxt against the loopback venue fakes (tests/servers/fake_*.py, faults injected per path). The OS keyring is the
in-memory backend (tests/conftest.py) or, for the locked and the missing keyring, a backend that raises what the
real Secret Service backends raise (keyring.errors.KeyringLocked / NoKeyringError): a locked desktop keyring cannot
be produced here.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError

from desktop.__main__ import main
from tests.servers.conftest import API_SECRETS, FAKES, TEST_OPTIONS

VENUES = ("binanceusdm", "bybit", "okx")
REVOKED = "rejected the API key"


@pytest.fixture
def fakes(memory_keyring):
    """The three venue fakes on the runtime's loop (the one the CLI's session uses)."""
    from core.exchanges.ccxt_source import close_clients
    from core.runtime import get_runtime

    runtime = get_runtime()
    servers = {venue: cls(hang_s=1.5, lifetime_s=60) for venue, cls in FAKES.items()}
    for server in servers.values():
        runtime.run(server.start(), timeout=10)
    yield servers
    runtime.run(close_clients(), timeout=10)
    for server in servers.values():
        runtime.run(server.stop(), timeout=10)


def configure(servers, venues=VENUES, savings_usdt: float | None = None) -> None:
    """One account per venue pointed at its fake (key in the keyring), and optionally a large manual holding, so
    no exchange holds a large share of the net worth (the concentration reminder stays quiet)."""
    from core.model import CustodyClass, Purpose
    from core.session import Session

    session = Session.open()
    try:
        for venue in venues:
            session.create_account(venue, f"{venue} main", API_SECRETS[venue], now=datetime.now(UTC),
                                   api_base_url=servers[venue].base_url, options=TEST_OPTIONS,
                                   account_id=f"{venue}-acct")
        if savings_usdt:
            session.add_manual_holding("Bank", "USDT", savings_usdt, CustodyClass.OTHER_CUSTODIAN, Purpose.LONG_TERM,
                                       datetime.now(UTC))
    finally:
        session.close()


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_json(capsys, *argv: str) -> tuple[int, dict]:
    code, out, err = cli(capsys, *argv, "--json")
    return code, json.loads(out)


def fault_all(servers, kind: str) -> None:
    for server in servers.values():
        server.fault("*", kind)


# --- 0: all clear -----------------------------------------------------------------------------------------------

def test_all_clear_exits_0(fakes, capsys):
    # OKX's fake: an inverse BTC long 24.7 % from liquidation and an LTC long without a liquidation price; both
    # survive a 10 % gap and sit beyond the 15 % alert. One million USDT elsewhere keeps OKX's share small.
    configure(fakes, ("okx",), savings_usdt=1_000_000)
    code, payload = cli_json(capsys, "check")
    assert code == 0, payload["status"]
    status = payload["status"]
    assert status == {"exit_code": 0, "reasons": [], "blind": False, "partly_blind": False, "level": "fresh",
                      "due": 0, "oldest_data_age_s": status["oldest_data_age_s"], "stale_sources": []}
    assert 0 <= status["oldest_data_age_s"] < 60
    code, out, _ = cli(capsys, "check")
    assert code == 0 and out.startswith("Undertow check")
    code, out, _ = cli(capsys, "remind")
    assert code == 0 and out.strip() == "No reminders due."


# --- 1: something is due ----------------------------------------------------------------------------------------

def test_a_position_failing_the_gap_rule_exits_1(fakes, capsys):
    # Binance's fake holds a BTC long past its rule-based liquidation price: it fails the 10 % gap rule
    configure(fakes, ("binanceusdm",), savings_usdt=1_000_000)
    code, payload = cli_json(capsys, "check")
    assert code == 1
    status = payload["status"]
    assert status["exit_code"] == 1 and not status["blind"] and status["stale_sources"] == []
    assert "BTC/USDT:USDT long on binanceusdm main fails the 10 % gap rule" in status["reasons"]
    code, payload = cli_json(capsys, "remind", "--no-sync")
    assert code == 1 and payload["status"]["exit_code"] == 1
    assert any(d["key"] == "LIQ:binanceusdm-acct:BTC/USDT:USDT:long" for d in payload["due"])


# --- 3: blind -----------------------------------------------------------------------------------------------------

def test_every_key_revoked_is_blind_exit_3_with_the_reason_first(fakes, capsys):
    configure(fakes)
    assert cli(capsys, "check")[0] == 1  # a good first sync (Binance's position fails the gap rule: due)
    fault_all(fakes, "revoked")

    code, out, _ = cli(capsys, "check")
    assert code == 3
    lines = out.splitlines()
    assert lines[0].startswith("BLIND: no exchange account has fresh data (3 of 3 not fresh)")
    for venue in VENUES:  # each account's reason and what fixes it, right under the blind line
        line = next(x for x in lines[1:4] if x.strip().startswith(f"{venue} main: stale"))
        assert REVOKED in line and "Create a new read-only API key" in line
    assert "Net worth" in out and "stale" in out.split("Net worth")[0]  # the figures say they are stale

    code, payload = cli_json(capsys, "check")
    status = payload["status"]
    assert code == 3 and status["exit_code"] == 3 and status["blind"] is True and status["partly_blind"] is False
    assert status["reasons"][0].startswith("BLIND:")
    assert {s["source"] for s in status["stale_sources"]} == {f"{v}-acct" for v in VENUES}
    assert all(s["problem"] == "key_rejected" and s["action_needed"] for s in status["stale_sources"])
    assert all(p["data_state"] == "stale" for p in payload["positions"]) and payload["positions"]

    code, out, _ = cli(capsys, "remind")
    assert code == 3 and out.startswith("BLIND:")
    assert "No reminders due." not in out
    for venue in VENUES:  # a revoked key is a due item, not only a warning on stderr
        assert f"KEY:{venue}-acct" in out
    code, payload = cli_json(capsys, "remind")
    assert code == 3 and payload["status"]["blind"] is True
    keys = [d for d in payload["due"] if d["rule"] == "KEY"]
    assert {d["key"] for d in keys} == {f"KEY:{v}-acct" for v in VENUES}
    assert all(d["severity"] == "red" and d["action"] == "key_rejected" and REVOKED in d["message"] for d in keys)


def test_venues_down_before_any_good_sync_is_blind_with_nothing_known(fakes, capsys):
    configure(fakes)
    fault_all(fakes, "5xx")
    code, payload = cli_json(capsys, "check")
    status = payload["status"]
    assert code == 3 and status["blind"] is True
    assert all(s["state"] == "failed" and s["age_s"] is None and "unavailable" in s["reason"]
               for s in status["stale_sources"])
    assert "nothing is known about the positions" in status["reasons"][0]
    assert payload["positions"] == []
    code, out, _ = cli(capsys, "remind", "--no-sync")
    assert code == 3 and out.startswith("BLIND:")
    assert "No reminders due on the data Undertow has, but that data is not fresh" in out


def test_one_account_failing_is_partly_blind_exit_3(fakes, capsys):
    configure(fakes)
    assert cli(capsys, "check")[0] == 1
    fakes["okx"].fault("*", "5xx")
    code, payload = cli_json(capsys, "check")
    status = payload["status"]
    assert code == 3 and status["partly_blind"] is True and status["blind"] is False
    assert status["level"] == "partly_blind"
    assert status["reasons"][0].startswith("PARTLY BLIND: 1 of 3 exchange accounts have no fresh data (okx main)")
    assert [s["source"] for s in status["stale_sources"]] == ["okx-acct"]
    assert status["stale_sources"][0]["problem"] == "other" and status["stale_sources"][0]["fix"] is None
    assert {p["account_id"] for p in payload["positions"] if p["data_state"] == "stale"} == {"okx-acct"}
    accounts = {a["account_id"]: a["data_state"] for a in payload["accounts"]}
    assert accounts == {"binanceusdm-acct": "fresh", "bybit-acct": "fresh", "okx-acct": "stale"}
    code, out, _ = cli(capsys, "remind", "--no-sync")
    assert code == 3 and out.startswith("PARTLY BLIND:")
    assert "KEY:" not in out  # a venue outage is not the user's to repair: no key item


def test_data_not_refreshed_for_hours_is_blind_for_remind_no_sync(fakes, capsys, monkeypatch):
    configure(fakes, ("okx",), savings_usdt=1_000_000)
    assert cli(capsys, "check")[0] == 0
    later = datetime.now(UTC) + timedelta(hours=3)
    monkeypatch.setattr("desktop.commands._common.now_utc", lambda: later)
    monkeypatch.setattr("desktop.commands.remind.now_utc", lambda: later)
    code, payload = cli_json(capsys, "remind", "--no-sync")
    status = payload["status"]
    assert code == 3 and status["blind"] is True
    (okx,) = [s for s in status["stale_sources"] if s["source"] == "okx-acct"]
    assert okx["problem"] == "out_of_date" and okx["reason"].startswith("not refreshed for 3 h")


# --- 2: usage errors ----------------------------------------------------------------------------------------------

def test_usage_errors_exit_2(capsys):
    code, _, err = cli(capsys, "check")  # nothing configured yet
    assert code == 2 and "no accounts" in err
    code, _, err = cli(capsys, "remind", "--no-sync")  # nothing stored yet
    assert code == 2 and "no stored snapshot" in err
    code, _, err = cli(capsys, "remind", "--snooze", "KEY:somebody")
    assert code == 2 and "no reminder" in err
    with pytest.raises(SystemExit) as bad:  # argparse: a bad value is a usage error too
        main(["check", "--gap-rule", "120"])
    assert bad.value.code == 2


# --- the four key problems ------------------------------------------------------------------------------------------

class _Raising(KeyringBackend):
    """A keyring backend that answers reads the way a real one does when locked / absent (see the module doc)."""

    priority = 1  # type: ignore[assignment]
    # Never discovered: keyring chains every *viable* backend class it has seen, so without this the real-keyring
    # test (same process, after collection imported this module) would find a backend that raises "locked".
    viable = False  # type: ignore[assignment]
    error: type[Exception] = KeyringLocked

    def get_password(self, service, username):
        raise self.error("as the Secret Service backend raises it")

    def set_password(self, service, username, password):
        raise self.error("as the Secret Service backend raises it")

    def delete_password(self, service, username):
        raise self.error("as the Secret Service backend raises it")


class _NoKeyring(_Raising):
    error = NoKeyringError


def _key_problem(capsys) -> dict:
    code, payload = cli_json(capsys, "check")
    assert code == 3, payload["status"]
    (source,) = payload["status"]["stale_sources"]
    return source


def test_locked_unavailable_missing_and_rejected_keys_are_four_messages(fakes, capsys, memory_keyring):
    from keyring.backends import fail

    configure(fakes, ("bybit",))
    seen = {}
    keyring.set_keyring(_Raising())
    seen["keyring_locked"] = _key_problem(capsys)
    keyring.set_keyring(_NoKeyring())
    seen["keyring_unavailable"] = _key_problem(capsys)
    keyring.set_keyring(fail.Keyring())  # no secure store at all: also "no keyring", not "no key"
    no_store = _key_problem(capsys)
    keyring.set_keyring(memory_keyring)
    memory_keyring.entries.clear()
    seen["key_missing"] = _key_problem(capsys)
    memory_keyring.set_password("undertow", "bybit-acct", json.dumps(API_SECRETS["bybit"]))
    fakes["bybit"].fault("*", "revoked")
    seen["key_rejected"] = _key_problem(capsys)

    for problem, source in seen.items():
        assert source["problem"] == problem and source["action_needed"], source
    assert no_store["problem"] == "keyring_unavailable"
    reasons = {p: s["reason"] for p, s in seen.items()}
    assert len(set(reasons.values())) == 4
    assert "keyring is locked" in reasons["keyring_locked"] and "Unlock" in reasons["keyring_locked"]
    assert "no OS keyring is available" in reasons["keyring_unavailable"]
    assert "Secret Service" in reasons["keyring_unavailable"]
    assert "no API key is stored" in reasons["key_missing"] and "Re-enter" in reasons["key_missing"]
    assert REVOKED in reasons["key_rejected"] and "new read-only" in seen["key_rejected"]["fix"]
    for source in seen.values():
        assert API_SECRETS["bybit"]["secret"] not in json.dumps(source)
    code, out, _ = cli(capsys, "remind", "--no-sync")
    assert code == 3 and "KEY:bybit-acct" in out and "new read-only" in out


def test_load_secret_says_which_keyring_state(memory_keyring):
    from keyring.backends import fail

    from core import secrets

    keyring.set_keyring(_Raising())
    with pytest.raises(secrets.KeyringLocked):
        secrets.load_secret("a")
    keyring.set_keyring(_NoKeyring())
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.load_secret("a")
    keyring.set_keyring(fail.Keyring())
    assert secrets.load_secret("a") is None  # callers that only want the key keep the old answer
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.load_secret("a", strict=True)
    keyring.set_keyring(memory_keyring)
    assert secrets.load_secret("a", strict=True) is None  # a working keyring without the entry: missing
