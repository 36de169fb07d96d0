"""``undertow``: no subcommand starts the desktop app; ``check``, ``calc``, ``shock``... run in the terminal.

The terminal path never imports Qt, so cron jobs and SSH sessions work on machines without a display, and each
command imports only what it uses (``desktop.commands.register_commands``; tests/test_cli_imports.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

EXIT_MISSING_DEPENDENCY = 4  # 3 is "blind" (README, exit codes)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser: in full for the command ``argv`` runs (every command when None), the others by
    name and help only, so a command imports nothing another one needs."""
    from core import __version__
    from desktop.commands import command_modules, register_commands

    parser = argparse.ArgumentParser(
        prog="undertow",
        description="How close am I to liquidation, what if the market drops and the drop feeds on "
                    "itself, and are my savings out of the blast radius?")
    parser.add_argument("--version", action="version", version=f"undertow {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="use the bundled demo data instead of your accounts and wallets")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if argv is None:
        for module in command_modules():
            module.register(sub)
    else:
        register_commands(sub, argv)
    return parser


def _show_fatal(text: str) -> None:
    """The same message in a dialog when the GUI was asked for (a desktop launcher has no terminal)."""
    from core.dependencies import is_installed
    from desktop.display import display_problem

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or not is_installed("PySide6") or display_problem():
        return  # no dialog without a window system: the message is on standard error already
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication([])
    QMessageBox.critical(None, "Undertow", text)


def main(argv: list[str] | None = None) -> int:
    from core.dependencies import MissingDependency, describe_import_error, require
    from desktop.commands import CommandError

    gui = False
    try:
        from desktop.commands._common import argv_problem

        argv = sys.argv[1:] if argv is None else list(argv)
        problem = argv_problem(argv)  # before argparse, which would echo a pasted seed or key back
        if problem is not None:
            print(f"undertow: {problem}", file=sys.stderr)
            return 2
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        gui = args.command is None
        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")
        require(gui=gui)  # every dependency is required: fail here, loudly, not halfway through
        if gui:
            from desktop.app import run_app
            from desktop.selftest import run_self_test

            return run_self_test() if args.self_test else run_app(demo=args.demo)
        return int(args.func(args) or 0)
    except (MissingDependency, ModuleNotFoundError) as exc:
        text = str(exc) if isinstance(exc, MissingDependency) else describe_import_error(exc)
        if text is None:  # not one of our dependencies: a bug, keep the traceback
            raise
        print(f"undertow: {text}", file=sys.stderr)
        if gui:
            _show_fatal(text)
        return EXIT_MISSING_DEPENDENCY
    except CommandError as exc:
        print(f"undertow {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
