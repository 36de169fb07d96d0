"""Is there a display to open a window on? Answered before any QApplication exists.

Without a display Qt's platform plugin aborts the process (exit 134, a core dump, a page of Qt's words). The desktop
app asks ``display_problem()`` first and ends with one line on standard error and exit code 2 instead. Qt-free and
cheap: the terminal entry point may ask it too.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping

#: Qt platforms that need no display server (QT_QPA_PLATFORM)
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})
EXIT_NO_DISPLAY = 2


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why a window cannot open here (one line, for standard error), or None. Only on X11/Wayland systems (Windows
    and macOS always have a display); lenient where it cannot be sure (a remote X server is not probed)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    wanted = [p.strip().split(":")[0] for p in env.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if any(p in HEADLESS_PLATFORMS for p in wanted):
        return None
    x11, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if wanted and all(p == "xcb" for p in wanted):
        wayland = ""
    elif wanted and all(p.startswith("wayland") for p in wanted):
        x11 = ""
    if not x11 and not wayland:
        if wanted and all(p == "xcb" for p in wanted):
            missing = "DISPLAY is not set"
        elif wanted and all(p.startswith("wayland") for p in wanted):
            missing = "WAYLAND_DISPLAY is not set"
        else:
            missing = "neither DISPLAY nor WAYLAND_DISPLAY is set"
        return (f"no display to open a window on ({missing}); run it in a desktop session, or use the terminal "
                "commands: undertow check, undertow --help")
    reachable = (wayland and _wayland_reachable(wayland, env)) or (x11 and _x11_reachable(x11))
    if not reachable:
        shown = " / ".join(f"{k}={v}" for k, v in (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland)) if v)
        return (f"cannot reach the display ({shown}: no display server answers there); run it in a desktop "
                "session, or use the terminal commands: undertow check, undertow --help")
    return None


def _x11_reachable(display: str) -> bool:
    """A local X server's socket answers (``:0``, ``unix:0``); a remote one (``host:10.0``) is assumed to."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # remote (ssh -X), or a form we do not parse: let Qt try
    path = f"/tmp/.X11-unix/X{number}"
    return os.path.exists(path) or _unix_connects("\0" + path)  # some servers listen on the abstract one only


def _wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    if os.path.isabs(name):
        return os.path.exists(name)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return not runtime or os.path.exists(os.path.join(runtime, name))


def _unix_connects(address: str) -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return True
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True
