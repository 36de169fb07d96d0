"""Find the bundled ``resources/`` folder from a checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The directory holding ``demo/``, ``scenarios/`` ... (raises if it cannot be found)."""
    candidates = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:  # PyInstaller one-folder build
        candidates.append(Path(frozen_base) / "resources")
    try:
        import resources as _pkg  # installed wheel or checkout on sys.path

        candidates.extend(Path(p) for p in getattr(_pkg, "__path__", []))
    except ImportError:  # not a fallback: one of three places to look; none found raises below
        pass
    candidates.append(Path(__file__).resolve().parents[1] / "resources")
    for c in candidates:
        if (c / "demo").is_dir():
            return c
    raise FileNotFoundError("Undertow's bundled resources were not found; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
