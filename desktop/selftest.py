"""``undertow --self-test``: prove an installation (checkout, wheel or frozen build) really works.

Checks, in order: every module of ``core`` and ``desktop`` imports; the lazily imported third-party
parts a frozen build tends to lose (ccxt's async exchanges, embit's native library, certifi's CA
bundle) are there; the bundled resources are found; which keyring backend is in use; and the main
window opens offscreen on the demo data, receives a snapshot and closes. Exit 0 only if all passed.

It runs with a temporary ``UNDERTOW_HOME`` unless one is set, so it never writes into the user's data.
Importing this module is cheap and Qt-free; Qt is imported only when the window check runs.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

# The venues the exchange adapter creates by name (``getattr(ccxt.async_support, venue_id)``), so a
# frozen build must carry them even though no import statement names them.
CCXT_VENUES = ("binanceusdm", "bybit", "okx")
WINDOW_TIMEOUT_S = 60.0


@dataclass
class Report:
    lines: list[tuple[bool, str, str]] = field(default_factory=list)  # (ok, check, detail)

    @property
    def ok(self) -> bool:
        return bool(self.lines) and all(ok for ok, _, _ in self.lines)

    def run(self, check: str, fn: Callable[[], str]) -> None:
        """Run one check; an exception is a failure with a one-line reason (the traceback on stderr)."""
        try:
            self.lines.append((True, check, fn()))
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, it never crashes
            if os.environ.get("UNDERTOW_SELFTEST_TRACE"):
                traceback.print_exc()
            self.lines.append((False, check, f"{type(exc).__name__}: {exc}"))

    def render(self) -> str:
        width = max(len(c) for _, c, _ in self.lines)
        rows = [f"  [{'ok' if ok else 'FAIL':>4}] {c:<{width}}  {d}" for ok, c, d in self.lines]
        verdict = "self-test: ok" if self.ok else "self-test: FAILED"
        return "\n".join(["Undertow self-test", *rows, verdict])


def import_all_modules() -> str:
    """Import every module below ``core`` and ``desktop`` (pkgutil also works inside a frozen build)."""
    failures: list[str] = []
    count = 0
    for package_name in ("core", "desktop"):
        package = importlib.import_module(package_name)
        count += 1

        def note_error(name: str) -> None:
            failures.append(f"{name} ({type(sys.exc_info()[1]).__name__})")

        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}.", onerror=note_error):
            try:
                importlib.import_module(info.name)
                count += 1
            except Exception as exc:  # noqa: BLE001 - collect all, report together
                failures.append(f"{info.name} ({type(exc).__name__}: {exc})")
    if failures:
        raise ImportError("; ".join(failures))
    from desktop.commands import command_modules

    commands = [m.__name__.rsplit(".", 1)[-1] for m in command_modules()]
    if not commands:
        raise ImportError("no terminal commands were found in desktop.commands")
    return f"{count} modules; commands: {', '.join(commands)}"


def third_party_parts() -> str:
    """The parts loaded by name or from data files, which a frozen build can silently drop."""
    import ccxt.async_support as ccxt_async
    import certifi

    missing = [v for v in CCXT_VENUES if not callable(getattr(ccxt_async, v, None))]
    if missing:
        raise ImportError(f"ccxt.async_support lacks {', '.join(missing)}")
    bundle = certifi.where()
    if not os.path.isfile(bundle):
        raise FileNotFoundError(f"certifi CA bundle missing at {bundle}")
    from embit.util import secp256k1

    # embit falls back to pure Python when its bundled libsecp256k1 is missing; say which one is used.
    native = "native" if secp256k1.ec_pubkey_create.__module__.endswith("ctypes_secp256k1") else "pure-python"
    if native != "native" and getattr(sys, "frozen", False):
        raise ImportError("the frozen build lost embit's bundled libsecp256k1 (embit/util/prebuilt)")
    import embit.bip32  # noqa: F401 - derivation code path used by the custody module

    return f"ccxt {getattr(ccxt_async, '__version__', '?')} ({', '.join(CCXT_VENUES)}), " \
           f"embit secp256k1 {native}, CA bundle ok"


def find_resources() -> str:
    from core.resources import resource_path, resources_root

    root = resources_root()
    icons = sorted(resource_path("icons").glob("undertow-*.png"))
    if not icons:
        raise FileNotFoundError(f"no app icons in {resource_path('icons')}")
    demo_files = [p for p in resource_path("demo").rglob("*") if p.is_file()]
    if not demo_files:
        raise FileNotFoundError(f"the demo data folder {resource_path('demo')} is empty")
    return f"{root} ({len(demo_files)} demo files, {len(icons)} icons)"


def keyring_backend() -> str:
    """Name the backend; a missing secure store is reported, not failed (the app offers session keys)."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    chained = getattr(backend, "backends", None)
    if chained:  # the chainer wraps the real ones; name them
        name += " [" + ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in chained) + "]"
    if isinstance(backend, fail.Keyring):
        name += " (no secure store found)"
    elif os.environ.get("UNDERTOW_SELFTEST_KEYRING") == "roundtrip":
        # Only on request (the smoke test's throwaway keyring): never touch a user's real store.
        service, user, secret = "undertow-selftest", "roundtrip", os.urandom(8).hex()
        keyring.set_password(service, user, secret)
        try:
            if keyring.get_password(service, user) != secret:
                raise RuntimeError(f"{name} returned a different secret than was stored")
        finally:
            keyring.delete_password(service, user)
        name += " (store/read/delete ok)"
    return name


def open_main_window() -> str:
    if not os.environ.get("QT_QPA_PLATFORM"):  # headless by default: CI and SSH have no display
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from core.runtime import shutdown
    from desktop.app import create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.monotonic()
    state, window = create_window(demo=True, app=app)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def got_snapshot(snap) -> None:
        if snap is not None:
            outcome["snapshot"] = snap
            loop.quit()

    def sync_failed(reason: str) -> None:
        outcome["error"] = reason
        loop.quit()

    def slot_crashed(exc_type, exc, tb) -> None:  # an exception in a Qt slot lands here, not in our frame
        outcome["error"] = f"{exc_type.__name__}: {exc}"
        traceback.print_exception(exc_type, exc, tb)
        loop.quit()

    state.snapshot_changed.connect(got_snapshot)
    state.sync_failed.connect(sync_failed)
    previous_hook, sys.excepthook = sys.excepthook, slot_crashed
    try:
        window.show()
        QTimer.singleShot(0, state.refresh)
        QTimer.singleShot(int(WINDOW_TIMEOUT_S * 1000), loop.quit)
        loop.exec()
        window.close()
        app.processEvents()
    finally:
        sys.excepthook = previous_hook
        state.snapshot_changed.disconnect(got_snapshot)
        state.sync_failed.disconnect(sync_failed)
        tray = getattr(window, "tray", None)
        if tray is not None and getattr(tray, "icon", None) is not None:
            tray.icon.hide()
        window.deleteLater()
        app.processEvents()
        state.session.close()
        shutdown()
    if "error" in outcome:
        raise RuntimeError(f"the demo refresh failed: {outcome['error']}")
    snap = outcome.get("snapshot")
    if snap is None:
        raise TimeoutError(f"no snapshot within {WINDOW_TIMEOUT_S:.0f} s")
    positions = len(getattr(snap, "positions", ()) or ())
    platform = QApplication.platformName()
    return f"opened and closed on '{platform}', demo snapshot with {positions} positions " \
           f"in {time.monotonic() - started:.1f} s"


def run_self_test() -> int:
    """Run every check, print the report on stdout; 0 only if all checks passed."""
    own_home = None
    if not os.environ.get("UNDERTOW_HOME"):
        own_home = tempfile.mkdtemp(prefix="undertow-selftest-")
        os.environ["UNDERTOW_HOME"] = own_home
    report = Report()
    try:
        report.run("python", lambda: f"{sys.version.split()[0]} "
                                     f"({'frozen' if getattr(sys, 'frozen', False) else sys.executable})")
        report.run("imports", import_all_modules)
        report.run("libraries", third_party_parts)
        report.run("resources", find_resources)
        report.run("keyring", keyring_backend)
        report.run("main window", open_main_window)
    finally:
        if own_home is not None:
            os.environ.pop("UNDERTOW_HOME", None)
            shutil.rmtree(own_home, ignore_errors=True)
    print(report.render(), flush=True)
    return 0 if report.ok else 1
