"""The core never imports Qt or the desktop package (DESIGN.md, "Rules that keep the house livable")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.import_graph import module_imports

CORE = Path(__file__).resolve().parents[2] / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "desktop")


def _imports(path: Path) -> list[str]:
    """Every module ``path`` imports, anywhere in the file (``tests/core/import_graph.py``, shared with the
    package-cycle test): function-level and relative imports included."""
    return [name for name, _ in module_imports(path)]


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_does_not_import_qt_or_desktop(path):
    bad = [n for n in _imports(path) if n.split(".")[0] in FORBIDDEN]
    assert not bad, f"{path.relative_to(CORE.parent)} imports {bad}"


def test_the_scanner_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(sample)


def test_importing_all_of_core_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'desktop', 'pyqtgraph')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


DESKTOP = CORE.parent / "desktop"
#: Views, dialogs and models render the session's analysis and send intents back; none opens the store.
RENDERERS = sorted([*(DESKTOP / "views").rglob("*.py"), *(DESKTOP / "models").rglob("*.py"),
                    *(DESKTOP / "charts").rglob("*.py")])


@pytest.mark.parametrize("path", RENDERERS, ids=lambda p: str(p.relative_to(DESKTOP)))
def test_views_do_not_import_the_store(path):
    bad = [n for n in _imports(path) if n == "core.store" or n.startswith("core.store.")
           or n in ("sqlite3", "sqlite_utils")]
    assert not bad, f"{path.relative_to(CORE.parent)} imports {bad}: send an intent to the session instead"


def test_the_view_scanner_catches_a_store_import(tmp_path):
    sample = tmp_path / "v.py"
    sample.write_text("class V:\n    def f(self):\n        from core.store.custody_repo import snooze_reminder\n")
    assert "core.store.custody_repo" in _imports(sample)
