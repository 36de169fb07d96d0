"""Terminal commands. Each module here defines ``register(subparsers)`` and ``run(args) -> int``.

The dispatcher discovers the modules automatically; none of them imports Qt.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


class CommandError(Exception):
    """A user error: printed as one line on stderr, exit code 2, no traceback. Its text may quote a server or a
    label: it comes out without escape sequences or control characters (``desktop.format.terminal_text``)."""

    def __str__(self) -> str:
        from desktop.format import terminal_text

        return terminal_text(super().__str__())


def command_modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
