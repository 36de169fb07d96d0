"""The packages Undertow cannot work without, and a clear message when one of them is missing.

Every dependency is required: a missing one must stop Undertow with its name and how to install it, never
be skipped (a skipped custody module once showed a smaller net worth and 0 % self-custody without a word).
"""

from __future__ import annotations

import importlib.util
import re
from importlib import metadata

# import name -> distribution name (as in pyproject.toml's dependencies)
CORE_PACKAGES = {
    "numpy": "numpy",
    "ccxt": "ccxt",
    "keyring": "keyring",
    "sqlite_utils": "sqlite-utils",
    "platformdirs": "platformdirs",
    "httpx": "httpx",
    "socksio": "socksio",  # the SOCKS proxy setting for chain servers (e.g. Tor); comes with httpx[socks]
    "embit": "embit",  # watch-only Bitcoin wallets (descriptors, xpubs)
    "Crypto": "pycryptodome",  # keccak for EVM addresses
}
GUI_PACKAGES = {
    "PySide6": "PySide6-Essentials",
    "pyqtgraph": "pyqtgraph",
}
ALL_PACKAGES = {**CORE_PACKAGES, **GUI_PACKAGES}
INSTALLED_WITH = {"socksio": "httpx[socks]"}  # packages pyproject.toml pulls in through an extra


class MissingDependency(RuntimeError):
    """A required package is not installed; the message names it and says how to install it."""


def _requirement(distribution: str) -> str:
    """The pinned requirement of the installed Undertow (e.g. ``embit==0.8.0``), else ``distribution``."""
    wanted = re.split(r"[^A-Za-z0-9_.-]", distribution, maxsplit=1)[0].lower()
    try:
        requires = metadata.requires("undertow") or []
    except metadata.PackageNotFoundError:  # a frozen build or a bare checkout: the name is enough
        return distribution
    for req in requires:
        m = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(\[[^\]]*\])?\s*([^;]*)(;.*)?$", req)
        if m and not m.group(4) and m.group(1).lower() == wanted:
            return distribution + m.group(3).strip()
    return distribution


def missing_package_message(module: str) -> str:
    """What to tell the user when the top-level package ``module`` cannot be imported."""
    distribution = ALL_PACKAGES.get(module, module)
    requirement = _requirement(INSTALLED_WITH.get(module, distribution))
    return (f"the required Python package '{distribution}' is not installed (import {module!r} failed); "
            f"install it with: python -m pip install '{requirement}' "
            f"(or reinstall Undertow, which installs all its dependencies)")


def is_installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a finder that refuses it, or a half-imported module
        return False


def missing_packages(gui: bool = False) -> list[str]:
    """Import names of the required packages that are not installed (checked without importing them)."""
    wanted = ALL_PACKAGES if gui else CORE_PACKAGES
    return [m for m in wanted if not is_installed(m)]


def require(gui: bool = False) -> None:
    """Raise ``MissingDependency`` naming every missing package (``gui``: also the Qt ones)."""
    missing = missing_packages(gui)
    if missing:
        raise MissingDependency("Undertow cannot run: " + "; ".join(missing_package_message(m) for m in missing))


def describe_import_error(exc: ImportError) -> str | None:
    """The install message for an ``ImportError`` of one of our required packages (None: something else)."""
    name = (getattr(exc, "name", None) or "").split(".")[0]
    return missing_package_message(name) if name in ALL_PACKAGES else None
