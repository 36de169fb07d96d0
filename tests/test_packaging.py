"""Packaging: the PyInstaller spec, the desktop entry, the icons, install.sh and ``--self-test``.

The frozen build itself is built and smoke-tested by ``packaging/build.sh`` + ``packaging/smoke_test.sh``
(a separate CI step); here are the fast checks plus the self-test run from the source tree.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _spec_lists() -> dict[str, list[str]]:
    """The spec's top-level list literals of strings (QT_UNUSED, EXCLUDES, GTK_ONLY ...)."""
    tree = ast.parse((PACKAGING / "undertow.spec").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            strings = [n.value for n in ast.walk(node.value)
                       if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            found[node.targets[0].id] = strings
    return found


def test_spec_parses_and_keeps_unused_qt_and_test_packages_out():
    lists = _spec_lists()
    qt_unused = set(lists["QT_UNUSED"])
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick"):
        assert module in qt_unused
    # the modules the app and pyqtgraph do use must never be excluded
    assert not qt_unused & {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets", "QtDBus"}
    excludes = set(lists["EXCLUDES"])
    for package in ("tkinter", "matplotlib", "pytest", "hypothesis", "ccxt.test"):
        assert package in excludes
    assert "pluggy" not in excludes  # sqlite-utils needs it at run time


def test_spec_collects_what_is_found_only_at_run_time():
    text = (PACKAGING / "undertow.spec").read_text(encoding="utf-8")
    for needed in ('collect_submodules("core")', 'collect_submodules("desktop")',
                   'collect_submodules("ccxt.async_support")', 'collect_submodules("keyring.backends")',
                   'copy_metadata("keyring")', 'collect_submodules("secretstorage")',
                   'collect_submodules("jeepney")', 'collect_dynamic_libs("embit")',
                   'collect_data_files("certifi")', '"resources"'):
        assert needed in text, needed
    assert "upx=True" not in text and text.count("upx=False") == 2


def test_desktop_file_is_valid():
    path = ROOT / "resources" / "undertow.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert (d["Type"], d["Name"], d["Exec"], d["Icon"]) == ("Application", "Undertow", "undertow", "undertow")
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_its_size(size):
    data = (ICONS / f"undertow-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR comes first
    assert (width, height) == (size, size)


def test_svg_icon_is_the_one_make_icons_draws():
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    svg = (ICONS / "undertow.svg").read_text(encoding="utf-8")
    assert svg == make_icons.svg_text(), "run: .venv/bin/python packaging/make_icons.py"
    root = ET.fromstring(svg)
    assert root.get("viewBox") == "0 0 512 512"
    assert tuple(make_icons.SIZES) == ICON_SIZES


@pytest.mark.parametrize("script,shell", [("build.sh", "bash"), ("smoke_test.sh", "bash"),
                                          ("install.sh", "sh")])
def test_scripts_parse(script, shell):
    result = subprocess.run([shell, "-n", str(PACKAGING / script)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_install_sh_installs_into_prefix_and_uninstalls(tmp_path):
    # The tarball's layout, with a stand-in for the frozen binary.
    unpacked = tmp_path / "undertow-0.0.0-linux-x86_64"
    (unpacked / "undertow").mkdir(parents=True)
    binary = unpacked / "undertow" / "undertow"
    binary.write_text("#!/bin/sh\necho frozen-undertow\n")
    binary.chmod(0o755)
    (unpacked / "share" / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "undertow.desktop", unpacked / "share" / "applications")
    for size in ICON_SIZES:
        apps = unpacked / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(ICONS / f"undertow-{size}.png", apps / "undertow.png")
    (unpacked / "share" / "systemd" / "user").mkdir(parents=True)
    shutil.copy(PACKAGING / "undertow-watch.service", unpacked / "share" / "systemd" / "user")
    shutil.copy(PACKAGING / "install.sh", unpacked / "install.sh")
    prefix = tmp_path / "prefix"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home"), "PREFIX": str(prefix)}

    result = subprocess.run(["sh", str(unpacked / "install.sh")], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    ran = subprocess.run([str(prefix / "bin" / "undertow")], capture_output=True, text=True, timeout=30)
    assert ran.stdout.strip() == "frozen-undertow"
    desktop = (prefix / "share" / "applications" / "undertow.desktop").read_text()
    assert f"Exec={prefix}/lib/undertow/undertow\n" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "undertow.png").is_file()
    unit = (prefix / "share" / "systemd" / "user" / "undertow-watch.service").read_text()
    assert f"ExecStart={prefix}/lib/undertow/undertow watch\n" in unit  # where install.sh put the app

    result = subprocess.run(["sh", str(unpacked / "install.sh"), "--uninstall"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (prefix / "lib" / "undertow").exists() and not (prefix / "bin" / "undertow").exists()
    assert not (prefix / "share" / "applications" / "undertow.desktop").exists()
    assert not (prefix / "share" / "systemd" / "user" / "undertow-watch.service").exists()
    assert not list((prefix / "share" / "icons").rglob("undertow.png"))


def test_selftest_module_is_qt_free_to_import():
    code = "import sys, desktop.selftest; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "False", out.stderr


def test_every_core_and_desktop_module_imports():
    from desktop.selftest import import_all_modules

    assert "check" in import_all_modules()


def test_report_fails_when_any_check_fails():
    from desktop.selftest import Report

    report = Report()
    report.run("fine", lambda: "yes")
    report.run("broken", lambda: 1 / 0)
    assert not report.ok
    text = report.render()
    assert "[FAIL] broken" in text and "ZeroDivisionError" in text
    assert text.endswith("self-test: FAILED")


@pytest.mark.slow
def test_self_test_from_the_source_tree_passes_without_touching_user_data(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UNDERTOW_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test: ok"
    for check in ("imports", "libraries", "resources", "keyring", "main window"):
        assert any(line.startswith(f"  [  ok] {check}") for line in lines), result.stdout
    # no UNDERTOW_HOME was set: the self-test used a temporary one, never the user's data folder
    assert not [p for p in home.rglob("*") if "undertow" in p.name.lower()], list(home.rglob("*"))
