"""Optional tray icon: close-to-tray, refresh, and reminder notifications without amounts or names.

Notifications can be seen by anyone near the screen (and are logged by some desktops), so they say
*what kind* of thing needs attention, never how much or on which account.

"Blind" (no exchange account has fresh data) is the tray's top alert: a red badge on the icon, the first line of
the tooltip and the first (disabled) entry of the menu; "partly blind" the same in amber.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
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
    """One neutral line for a set of due reminder kinds (``core.reminders.KINDS``: no amounts, no account names),
    in the interface language."""
    from desktop.i18n import core_text

    if not kinds:
        return ""
    if len(kinds) == 1:  # a kind that crossed a Qt signal may arrive as its plain English: the same "Core" text
        kind = core_text("Core", kinds[0])
        return QCoreApplication.translate("Tray", "Undertow: {kind} needs your attention.").format(kind=kind)
    return QCoreApplication.translate("Tray", "Undertow: {n} reminders need your attention.").format(n=len(kinds))


BADGE_COLOURS = {"blind": "#b00020", "partly_blind": "#e8a317"}


def badged_icon(icon: QIcon, colour: str, size: int = 64) -> QIcon:
    """``icon`` with a filled circle and "!" in its lower right quarter: the tray's blind / partly blind state."""
    pixmap = icon.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = size * 0.46
    rect = QRectF(size - r - 1, size - r - 1, r, r)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(rect)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(r * 0.8))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def freshness_line(level: str, bad: int, total: int) -> str:
    """The tray's first line for a freshness level (no amounts, no account names): '' when nothing is missing."""
    if level == "blind":
        return QCoreApplication.translate("Tray", "BLIND: no exchange account has fresh data")
    if level == "partly_blind":
        return QCoreApplication.translate("Tray", "Partly blind: {n} of {total} exchange accounts have no fresh "
                                                  "data").format(n=bad, total=total)
    return ""


class Tray:
    def __init__(self, window, state) -> None:
        self.window = window
        self.state = state
        self.icon: QSystemTrayIcon | None = None
        self._notified: set[str] = set()
        self._actions: dict[str, QAction] = {}
        self.level = "fresh"  # core.freshness.Freshness.level of the current snapshot, now
        self.status_line = ""  # the first line of the tooltip and the menu ('' when every exchange is fresh)
        self.status_action = QAction(window)  # the menu's first entry while blind or partly blind (disabled)
        self.status_action.setEnabled(False)
        self.status_action.setVisible(False)
        self.status_action.triggered.connect(self.show_window)
        self._age_timer = QTimer(window)  # ages grow while nobody refreshes
        self._age_timer.setInterval(60_000)
        self._age_timer.timeout.connect(self.show_freshness)
        self._age_timer.start()
        state.settings_changed.connect(lambda _s: self.sync_with_settings())
        from desktop.i18n import translations

        translations().language_changed.connect(lambda _lang: self.retranslate())
        self.sync_with_settings()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def sync_with_settings(self) -> None:
        # background watching needs the tray: it is how a closed window's app is reached and quit
        wanted = (self.state.settings.tray_enabled or self.state.settings.watch_in_background) and self.available()
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
            menu.addAction(self.status_action)
            for a in (show, refresh, quit_):
                menu.addAction(a)
            self.retranslate()
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(lambda reason: self.show_window()
                                        if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
            self.icon.show()
            self.show_freshness()
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
        if self.icon is not None:
            self.show_freshness()

    @property
    def keeps_running_on_close(self) -> bool:
        return self.icon is not None and (self.state.settings.close_to_tray
                                          or self.state.settings.watch_in_background)

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

        self.show_freshness(analysis.snapshot)
        self.notify([r.key for r in analysis.reminders], notification_kinds(analysis.reminders))

    def show_freshness(self, snapshot=None) -> None:
        """Blind or partly blind first: the icon's badge, the tooltip's first line, the menu's first entry."""
        from shiboken6 import isValid

        from desktop.models.freshness import assess_state

        if not isValid(self.status_action):  # the window (the action's parent) is gone; this tray with it
            return
        fresh = assess_state(self.state, snapshot)
        if fresh is None:
            return
        bad = [s for s in fresh.exchange if not s.fresh]
        self.level = fresh.level if fresh.level in BADGE_COLOURS else "fresh"
        self.status_line = freshness_line(self.level, len(bad), len(fresh.exchange))
        self.status_action.setText(f"⚠ {self.status_line}" if self.status_line else "")
        self.status_action.setVisible(bool(self.status_line))
        if self.icon is not None:
            colour = BADGE_COLOURS.get(self.level)
            self.icon.setIcon(badged_icon(app_icon(), colour) if colour else app_icon())
            self.icon.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        return f"Undertow — {self.status_line}" if self.status_line else "Undertow"

    def notify(self, reminder_keys: list[str], kinds: list[str]) -> bool:
        """Show one notification for reminders not yet announced; returns True if one was shown."""
        new = [k for k in reminder_keys if k not in self._notified]
        self._notified = set(reminder_keys)
        if not new or self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.showMessage("Undertow", notification_text(kinds), QSystemTrayIcon.MessageIcon.Information, 8000)
        return True
