"""Each terminal command imports only what it uses (issue 17): a fresh interpreter runs the ``undertow`` entry point
and reports its ``sys.modules``; the heavy packages a command does not need must be absent.

No timing here (bench/ has speed): only which packages were loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.commands import COMMANDS, command_module, command_names

ROOT = Path(__file__).resolve().parents[1]
#: Runs ``undertow`` like the console script does, then prints the modules it loaded (on the last line).
RUNNER = """
import json, sys
from desktop.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print("\\nUNDERTOW-MODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""
HEAVY = ("numpy", "httpx", "Crypto", "embit", "ccxt", "aiohttp", "sqlite_utils", "keyring", "PySide6", "pyqtgraph")
CHAIN_CLIENTS = ("httpx", "Crypto", "embit")  # Esplora / EVM JSON-RPC, keccak, descriptors: wallets only
GUI = ("PySide6", "pyqtgraph")
#: Commands whose module computes with numpy as soon as it is loaded (their options come from the cascade).
COMPUTING = {"shock", "market", "backtest"}


def loaded(*argv: str) -> tuple[int | None, set[str]]:
    """(exit code, top-level packages loaded) of ``undertow *argv`` in a fresh interpreter."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", RUNNER, *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)
    line = next((x for x in reversed(done.stdout.splitlines()) if x.startswith("UNDERTOW-MODULES ")), None)
    assert line is not None, done.stderr[-2000:]
    report = json.loads(line.split(" ", 1)[1])
    return report["code"], {name.split(".")[0] for name in report["modules"]}


def test_help_loads_no_heavy_package():
    code, packages = loaded("--help")
    assert code == 0
    assert not packages & set(HEAVY), sorted(packages & set(HEAVY))


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_commands_help_loads_only_what_it_needs(command):
    code, packages = loaded(command, "--help")
    assert code == 0
    allowed = {"numpy"} if command in COMPUTING else set()
    assert not packages & (set(HEAVY) - allowed), sorted(packages & (set(HEAVY) - allowed))


def test_remind_help_loads_neither_numpy_nor_the_chain_clients():
    code, packages = loaded("remind", "--help")
    assert code == 0
    for name in ("numpy", *CHAIN_CLIENTS, "sqlite_utils", "ccxt"):
        assert name not in packages, name


def test_check_demo_loads_no_exchange_client_and_no_gui():
    """The demo's exchanges are recorded bundles: no ccxt, no aiohttp, no keyring; the terminal never loads Qt. (Its
    recorded wallets are synced through the real chain clients, so httpx and embit are used here.)"""
    code, packages = loaded("check", "--demo")
    assert code in (0, 1, 3)
    for name in ("ccxt", "aiohttp", "keyring", *GUI):
        assert name not in packages, name


def _dead_hyperliquid_account() -> None:
    """One Hyperliquid account (no key: a public address) whose server refuses connections, and no wallet."""
    from core.session import Session

    session = Session.open()
    try:
        session.create_account("hyperliquid", "HL main", {"walletAddress": "0x" + "ab" * 20}, now=datetime.now(UTC),
                               api_base_url="http://127.0.0.1:9", options={"timeout_ms": 500})
    finally:
        session.close()



def test_check_without_wallets_loads_no_chain_client():
    _dead_hyperliquid_account()
    code, packages = loaded("check", "--json")
    assert code == 3  # the account could not be read: blind
    assert "ccxt" in packages  # the exchange was asked
    for name in (*CHAIN_CLIENTS, *GUI):
        assert name not in packages, name


def test_listing_accounts_loads_no_chain_client_and_no_exchange_client():
    _dead_hyperliquid_account()
    code, packages = loaded("accounts", "list")
    assert code == 0
    for name in (*CHAIN_CLIENTS, "ccxt", "aiohttp", *GUI):
        assert name not in packages, name


# --- the list the dispatcher shows without importing the commands ----------------------------------------------------
def test_the_command_list_matches_the_modules():
    assert sorted(COMMANDS) == command_names()
    for name in command_names():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        command_module(name).register(sub)
        helps = {action.dest: action.help for action in sub._choices_actions}
        assert helps == {name: COMMANDS[name]}, name


def test_an_unknown_command_is_refused_with_the_list(capsys):
    from desktop.__main__ import main

    with pytest.raises(SystemExit) as exc:
        main(["chekc"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'chekc'" in err and "'check'" in err and "'remind'" in err


def test_private_material_is_still_refused_before_argparse(capsys):
    from desktop.__main__ import main

    phrase = "abandon " * 11 + "about"  # BIP39's test vector
    wif = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the WIF example of the Bitcoin wiki
    for argv in (["wallet", "add", phrase], ["wallet", "add", *phrase.split()], ["accounts", "add", "okx", wif],
                 ["check", "--label", "0x" + "1f" * 32]):
        assert main(argv) == 2, argv
        assert "private key material" in capsys.readouterr().err
