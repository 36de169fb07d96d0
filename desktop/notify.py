"""The desktop-notification alert channel: freedesktop notifications over D-Bus, the tray message as fallback.

``org.freedesktop.Notifications.Notify`` on the session bus (through ``jeepney``, pure Python, which the
keyring already brings on Linux) shows the alert with the desktop's own notification service, with the
urgency of its severity (critical alerts stay until dismissed on most desktops). Where there is no D-Bus or no
notification service (Windows, macOS, a bare session), the tray icon's message is used when the app gave one
(``tray_fallback``); otherwise the channel reports why it could not show anything.

Qt-free at import: ``undertow alert test desktop`` and ``undertow watch`` use it from the terminal. Core never
imports this module; a front end registers it with ``register()``.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any

from core.alerts import Alert, ChannelError
from core.alerts.channels import message_text, register_factory
from core.alerts.config import ChannelConfig
from core.messages import QT_TRANSLATE_NOOP, Number, joined, message

log = logging.getLogger(__name__)

APP_NAME = "Undertow"
BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
#: freedesktop urgency levels: 0 low, 1 normal, 2 critical (stays until dismissed on most desktops).
URGENCY = {"info": 1, "warning": 1, "critical": 2}
EXPIRE_DEFAULT = -1  # the notification server decides
#: Well below the dispatcher's timeout, so a bus that tries to start a missing service still leaves time for the tray.
DBUS_TIMEOUT_S = 5.0

#: ``(title, text, severity) -> shown?``, safe to call from any thread.
Fallback = Callable[[str, str, str], bool]


class DBusUnavailable(RuntimeError):
    """No session bus or no notification service: the reason, for the fallback's report."""


async def notify_dbus(title: str, text: str, severity: str, bus: str = "SESSION",
                      timeout_s: float = DBUS_TIMEOUT_S) -> int:
    """Show one notification through ``org.freedesktop.Notifications``; returns its id."""
    if not sys.platform.startswith("linux"):
        raise DBusUnavailable(message(QT_TRANSLATE_NOOP("Core", "desktop notifications over D-Bus are for Linux "
                                                                "desktops")))
    # jeepney is a declared dependency on Linux: if it is missing the install is broken, and that must be loud
    from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
    from jeepney.io.asyncio import open_dbus_router  # type: ignore[import-untyped]
    from jeepney.wrappers import DBusErrorResponse, unwrap_msg  # type: ignore[import-untyped]

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
    hints = {"urgency": ("y", URGENCY.get(severity, 1)), "desktop-entry": ("s", "undertow")}
    call = new_method_call(address, "Notify", "susssasa{sv}i",
                              (APP_NAME, 0, "dialog-warning" if severity != "info" else "dialog-information",
                               title, text, [], hints, EXPIRE_DEFAULT))
    try:
        async with asyncio.timeout(timeout_s), open_dbus_router(bus) as router:
            reply = await router.send_and_get_reply(call)
            body: Any = unwrap_msg(reply)
    except TimeoutError:
        raise DBusUnavailable(message(QT_TRANSLATE_NOOP("Core", "the notification service did not answer within "
                                                                "{seconds} s"), seconds=Number(timeout_s))) from None
    except KeyError:
        raise DBusUnavailable(message(QT_TRANSLATE_NOOP("Core", "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is "
                                                                "not set)"))) from None
    except DBusErrorResponse as exc:
        raise DBusUnavailable(message(QT_TRANSLATE_NOOP("Core", "no notification service answered ({error})"),
                                      error=str(exc.name))) from None
    except (OSError, EOFError, ValueError) as exc:
        raise DBusUnavailable(message(QT_TRANSLATE_NOOP("Core", "the D-Bus session bus cannot be reached ({error})"),
                                      error=type(exc).__name__)) from None
    return int(body[0]) if body else 0


def shown(text: str) -> str:
    """An alert's text as the desktop shows it: in the window's language and number format when the Undertow app
    runs in this process (``desktop.i18n.text``; Qt's translation lookup is thread-safe, and the dispatcher runs on
    the runtime's thread), else its English (``undertow watch`` in a terminal)."""
    if "PySide6.QtCore" not in sys.modules:
        return str(text)
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return str(text)
    from desktop.i18n import text as translated

    return translated(text)


class DesktopChannel:
    """An alert as a desktop notification (``Channel``)."""

    def __init__(self, name: str = "desktop", fallback: Fallback | None = None, bus: str = "SESSION") -> None:
        self.name = name
        self.fallback = fallback
        self.bus = bus

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        title, text = shown(alert.title), shown(message_text(alert, amounts))
        try:
            await notify_dbus(title, text, alert.severity, self.bus)
            return
        except DBusUnavailable as exc:
            reason: str = exc.args[0] if exc.args else str(exc)
        if self.fallback is not None:
            try:
                if self.fallback(title, text, alert.severity):
                    return
            except Exception:  # noqa: BLE001 - a broken fallback is reported like a missing one
                log.warning("the tray notification failed", exc_info=True)
            reason = joined([reason, message(QT_TRANSLATE_NOOP("Core", "the tray icon is off or cannot show "
                                                                       "messages"))])
        raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "no desktop notification could be shown: {reason}"),
                                   reason=reason), "other")


def register(fallback: Fallback | None = None, bus: str = "SESSION") -> None:
    """Make "desktop" channels buildable (``core.alerts.channels.build_channel``) in this process."""
    def factory(config: ChannelConfig, _secret: Mapping[str, str]) -> DesktopChannel:
        return DesktopChannel(config.name, fallback, bus)

    register_factory("desktop", factory)


def tray_fallback(tray: Any) -> Fallback:
    """A thread-safe fallback showing the message on ``tray`` (``desktop.tray.Tray``): the dispatcher runs on the
    runtime's loop thread, the tray lives on the GUI thread, so the call crosses over through a queued signal."""
    from PySide6.QtCore import QObject, Qt, Signal, Slot
    from PySide6.QtWidgets import QSystemTrayIcon

    icons = {"info": QSystemTrayIcon.MessageIcon.Information, "warning": QSystemTrayIcon.MessageIcon.Warning,
             "critical": QSystemTrayIcon.MessageIcon.Critical}

    class Relay(QObject):
        show = Signal(str, str, str)

        def __init__(self) -> None:
            super().__init__(tray.window)  # lives (and dies) with the window, on the GUI thread
            self.show.connect(self._show, Qt.ConnectionType.QueuedConnection)

        @Slot(str, str, str)
        def _show(self, title: str, text: str, severity: str) -> None:
            icon = tray.icon
            if icon is not None and icon.supportsMessages():
                icon.showMessage(title, text, icons.get(severity, icons["info"]), 15000)

    relay = Relay()

    def show(title: str, text: str, severity: str) -> bool:
        icon = tray.icon
        if icon is None or not icon.supportsMessages():
            return False
        relay.show.emit(title, text, severity)
        return True

    return show
