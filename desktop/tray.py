"""Optional tray icon: close-to-tray, refresh, and reminder notifications without amounts or names.

Notifications can be seen by anyone near the screen (and are logged by some desktops), so they say
*what kind* of thing needs attention, never how much or on which account.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon


def app_icon() -> QIcon:
    from core.resources import resources_root

    icons = resources_root() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("undertow-*.png")) if icons.is_dir() else ():
        icon.addFile(str(png))
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
    return icon


def notification_text(kinds: list[str]) -> str:
    """One neutral line for a set of due reminder kinds (no amounts, no account names)."""
    if not kinds:
        return ""
    if len(kinds) == 1:
        kind = QCoreApplication.translate("ReminderKind", kinds[0])
        return QCoreApplication.translate("Tray", "Undertow: {kind} needs your attention.").format(kind=kind)
    return QCoreApplication.translate("Tray", "Undertow: {n} reminders need your attention.").format(n=len(kinds))


class Tray:
    def __init__(self, window, state) -> None:
        self.window = window
        self.state = state
        self.icon: QSystemTrayIcon | None = None
        self._notified: set[str] = set()
        self._actions: dict[str, QAction] = {}
        state.settings_changed.connect(lambda _s: self.sync_with_settings())
        from desktop.i18n import translations

        translations().language_changed.connect(lambda _lang: self.retranslate())
        self.sync_with_settings()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def sync_with_settings(self) -> None:
        wanted = self.state.settings.tray_enabled and self.available()
        if wanted and self.icon is None:
            self.icon = QSystemTrayIcon(app_icon(), self.window)
            self.icon.setToolTip("Undertow")
            menu = QMenu(self.window)
            show = QAction(menu)
            show.triggered.connect(self.show_window)
            refresh = QAction(menu)
            refresh.triggered.connect(self.state.refresh)
            quit_ = QAction(menu)
            quit_.triggered.connect(self.quit)
            self._actions = {"show": show, "refresh": refresh, "quit": quit_}
            for a in (show, refresh, quit_):
                menu.addAction(a)
            self.retranslate()
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(lambda reason: self.show_window()
                                        if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
            self.icon.show()
        elif not wanted and self.icon is not None:
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None
            self._actions = {}

    def retranslate(self) -> None:
        texts = {"show": QCoreApplication.translate("Tray", "Show Undertow"),
                 "refresh": QCoreApplication.translate("Tray", "Refresh now"),
                 "quit": QCoreApplication.translate("Tray", "Quit")}
        for key, action in self._actions.items():
            action.setText(texts[key])

    @property
    def keeps_running_on_close(self) -> bool:
        return self.icon is not None and self.state.settings.close_to_tray

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        self.window.force_quit = True
        self.window.close()
        QApplication.quit()

    def on_analysis(self, analysis) -> None:
        from core.reminders import notification_kinds

        self.notify([r.key for r in analysis.reminders], notification_kinds(analysis.reminders))

    def notify(self, reminder_keys: list[str], kinds: list[str]) -> bool:
        """Show one notification for reminders not yet announced; returns True if one was shown."""
        new = [k for k in reminder_keys if k not in self._notified]
        self._notified = set(reminder_keys)
        if not new or self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.showMessage("Undertow", notification_text(kinds), QSystemTrayIcon.MessageIcon.Information, 8000)
        return True
