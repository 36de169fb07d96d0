"""Terminal commands. Each module here defines ``register(subparsers)`` and ``run(args) -> int``.

The dispatcher finds the modules by name and imports only the one the command line runs (``undertow remind``
never loads the cascade's numpy, nor the chain clients): the others are listed in ``undertow --help`` from
``COMMANDS``, their one-line help (tests/test_cli_imports.py keeps it equal to each module's own). None of them
imports Qt.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from types import ModuleType
from typing import Any

#: Every command's one-line help, as its module registers it (listed without importing the module).
COMMANDS: dict[str, str] = {
    "accounts": "add, list, test or remove exchange accounts",
    "alert": "alert channels: list, add, test, enable, disable or remove",
    "backtest": "run crash event files through the calibrated cascade model: predicted against observed",
    "calc": "position calculator: liquidation price, margins, max position, PnL (no account needed)",
    "check": "sync and print every position with its distance to liquidation",
    "db": "the database in the data folder: 'db check' runs its full integrity check",
    "export": "write a stored snapshot to a CSV or JSON file",
    "market": "export or show the market model used by the cascade",
    "remind": "list due reminders (exit 1 if any is due, 3 if blind); snooze or dismiss one",
    "settings": "show or change the settings (chain servers, proxy, reminders...)",
    "shock": "what-if: shock the market, with the liquidation cascade",
    "sync": "sync the configured accounts and wallets now and store the snapshot",
    "wallet": "watch-only wallets: add, list, remove, derive addresses",
    "watch": "watch positions and accounts in the foreground and send alerts (Ctrl+C stops)",
}


class CommandError(Exception):
    """A user error: printed as one line on stderr, exit code 2, no traceback. Its text may quote a server or a
    label: it comes out without escape sequences or control characters (``desktop.format.terminal_text``)."""

    def __str__(self) -> str:
        from desktop.format import terminal_text

        return terminal_text(super().__str__())


def command_names() -> list[str]:
    """The command modules' names, found without importing them."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def command_modules() -> list[ModuleType]:
    """Every command module, imported (the self-test and the tests; the dispatcher imports only the one it runs)."""
    return [command_module(name) for name in command_names()]


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command a command line runs: its first word that is not an option (the top-level options take no
    value), or None."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def register_commands(subparsers: Any, argv: Sequence[str]) -> None:
    """Register the command ``argv`` runs in full, and every other one as a name with its help (for ``--help`` and
    argparse's "invalid choice" list). A module missing from ``COMMANDS`` is imported and registered in full."""
    chosen = chosen_command(argv)
    for name in command_names():
        if name == chosen or name not in COMMANDS:
            command_module(name).register(subparsers)
        else:
            subparsers.add_parser(name, help=COMMANDS[name], add_help=False)
