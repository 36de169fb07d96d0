"""Alert channels: where alerts reach you away from the screen, a test button, and what a message may carry.

Opened from the Settings dialog (``alerts_button``). Every channel is opt-in and talks straight to the user's
own server (mail server, ntfy server, Telegram bot, webhook) or the desktop; secrets go to the OS keyring through
the session (``Session.save_alert_channel``), never to the database. "Send a test alert" runs on the background
runtime and reports the channel's answer here, retries included, without blocking the window.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.alerts.config import CHANNEL_KINDS, KIND_SPECS
from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP, plain_tooltip
from desktop.widgets import confirm as ask
from desktop.widgets import plain_labels

WARNING_STYLE = "color: #b00020; font-weight: bold;"
OK_STYLE = "color: #1b5e20;"

KIND_NAMES = {
    "desktop": QT_TRANSLATE_NOOP("AlertsDialog", "Desktop notification"),
    "email": QT_TRANSLATE_NOOP("AlertsDialog", "E-mail (SMTP)"),
    "ntfy": QT_TRANSLATE_NOOP("AlertsDialog", "ntfy"),
    "telegram": QT_TRANSLATE_NOOP("AlertsDialog", "Telegram bot"),
    "webhook": QT_TRANSLATE_NOOP("AlertsDialog", "Webhook"),
}
KIND_HELP = {
    "desktop": QT_TRANSLATE_NOOP("ChannelEditor", "A notification on this computer's desktop while Undertow runs "
                                                  "(the tray icon's message where the desktop has no notification "
                                                  "service)."),
    "email": QT_TRANSLATE_NOOP("ChannelEditor", "Sent through your own mail server with STARTTLS or TLS; the "
                                                "password stays in the OS keyring."),
    "ntfy": QT_TRANSLATE_NOOP("ChannelEditor", "A push notification to the ntfy app on your phone, through ntfy.sh "
                                               "or your own ntfy server. On a public server the topic works like a "
                                               "password: pick one that is hard to guess."),
    "telegram": QT_TRANSLATE_NOOP("ChannelEditor", "A message from your own Telegram bot (create one with "
                                                   "@BotFather, then send it a message and enter your chat id)."),
    "webhook": QT_TRANSLATE_NOOP("ChannelEditor", "A JSON POST to a URL of yours (Home Assistant, n8n, your own "
                                                  "script). With a signing secret, the body is signed with "
                                                  "HMAC-SHA256 in the X-Undertow-Signature header."),
}
FIELD_LABELS = {
    "host": QT_TRANSLATE_NOOP("ChannelEditor", "SMTP server"),
    "port": QT_TRANSLATE_NOOP("ChannelEditor", "Port"),
    "security": QT_TRANSLATE_NOOP("ChannelEditor", "Security"),
    "username": QT_TRANSLATE_NOOP("ChannelEditor", "User name"),
    "password": QT_TRANSLATE_NOOP("ChannelEditor", "Password"),
    "from_addr": QT_TRANSLATE_NOOP("ChannelEditor", "From"),
    "to_addr": QT_TRANSLATE_NOOP("ChannelEditor", "To"),
    "ca_file": QT_TRANSLATE_NOOP("ChannelEditor", "CA certificate file"),
    "server": QT_TRANSLATE_NOOP("ChannelEditor", "Server"),
    "topic": QT_TRANSLATE_NOOP("ChannelEditor", "Topic"),
    "token": QT_TRANSLATE_NOOP("ChannelEditor", "Access token"),
    "bot_token": QT_TRANSLATE_NOOP("ChannelEditor", "Bot token"),
    "chat_id": QT_TRANSLATE_NOOP("ChannelEditor", "Chat id"),
    "api_base": QT_TRANSLATE_NOOP("ChannelEditor", "Bot API server"),
    "url": QT_TRANSLATE_NOOP("ChannelEditor", "URL"),
    "hmac_secret": QT_TRANSLATE_NOOP("ChannelEditor", "Signing secret"),
}
FIELD_HINTS = {
    "host": QT_TRANSLATE_NOOP("ChannelEditor", "e.g. smtp.example.org"),
    "username": QT_TRANSLATE_NOOP("ChannelEditor", "empty when the server needs no login"),
    "from_addr": QT_TRANSLATE_NOOP("ChannelEditor", "the sender address"),
    "to_addr": QT_TRANSLATE_NOOP("ChannelEditor", "one or more addresses, separated by commas"),
    "ca_file": QT_TRANSLATE_NOOP("ChannelEditor", "optional: a PEM file for a self-hosted server"),
    "topic": QT_TRANSLATE_NOOP("ChannelEditor", "a hard-to-guess topic name"),
    "token": QT_TRANSLATE_NOOP("ChannelEditor", "optional, for a protected topic (tk_…)"),
    "bot_token": QT_TRANSLATE_NOOP("ChannelEditor", "123456789:AA… from @BotFather"),
    "chat_id": QT_TRANSLATE_NOOP("ChannelEditor", "a number, or @channel"),
    "url": QT_TRANSLATE_NOOP("ChannelEditor", "https://…"),
    "hmac_secret": QT_TRANSLATE_NOOP("ChannelEditor", "optional"),
}


def _now() -> datetime:
    return datetime.now(UTC)


def alerts_button(state, parent) -> QPushButton:
    """The "Alert channels…" button of the Settings dialog, opening ``AlertsDialog``."""
    button = QPushButton(QCoreApplication.translate("AlertsDialog", "Alert channels…"), parent)
    button.setToolTip(QCoreApplication.translate("AlertsDialog", "Where alerts reach you away from the screen: "
                                                                 "desktop, e-mail, ntfy, Telegram, webhook"))
    button.clicked.connect(lambda: AlertsDialog(state, parent).exec())
    return button


class AlertsDialog(QDialog):
    """The configured channels with their last result; add, edit, switch off, remove, send a test."""

    test_finished = Signal(object)  # core.alerts.dispatch.Delivery, or None when the test could not run

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Alert channels"))
        self.setMinimumWidth(640)
        s = state.settings

        intro = QLabel(self.tr("Alerts reach you through the channels you add here, and only those. No server of "
                               "Undertow's sits in between: each channel talks to your own mail server, ntfy server, "
                               "Telegram bot or webhook, or to this desktop."), wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Type"), self.tr("Delivers to"),
                                              self.tr("Last result")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_channel())

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_channel)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_channel)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_channel)
        self.test_button = QPushButton(self.tr("Send a test alert"))
        self.test_button.setToolTip(self.tr("Send a test alert through the selected channel now"))
        self.test_button.clicked.connect(self.send_test)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.test_button)

        self.test_result = QLabel(wordWrap=True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QGroupBox(self.tr("What alerts may carry"))
        form = QFormLayout(content)
        self.amounts = QCheckBox(self.tr("Include amounts (position sizes, values, balances) in alert messages"))
        self.amounts.setChecked(s.alerts_include_amounts)
        self.amounts.setToolTip(self.tr("Off: alerts say what needs attention and how close it is, never how much. "
                                        "Messages pass through your mail, ntfy or Telegram provider."))
        self.amounts.toggled.connect(lambda on: self.state.update_settings(alerts_include_amounts=bool(on)))
        self.rate = QSpinBox(minimum=1, maximum=120, value=max(1, s.alert_rate_limit_per_hour))
        self.rate.setSuffix(self.tr(" per hour"))
        self.rate.setToolTip(self.tr("At most this many alerts per channel in any hour, so a fault cannot flood "
                                     "your phone; alerts held back are counted in the next message"))
        self.rate.valueChanged.connect(lambda v: self.state.update_settings(alert_rate_limit_per_hour=int(v)))
        form.addRow(self.amounts)
        form.addRow(self.tr("At most, per channel"), self.rate)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.test_result)
        layout.addWidget(content)
        layout.addWidget(buttons)
        plain_labels(self)  # a channel's error comes from its server: never markup
        self.reload()

    # --- the list ------------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        select = select or self.selected_name()
        configs = self.state.session.alert_channels()
        statuses = {st.channel: st for st in self.state.session.alert_channel_statuses(_now())}
        self.table.blockSignals(True)
        self.table.setRowCount(len(configs))
        for r, c in enumerate(configs):
            name = QTableWidgetItem(c.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if c.enabled else Qt.CheckState.Unchecked)
            name.setToolTip(self.tr("Ticked: alerts go out through this channel"))
            name.setData(Qt.ItemDataRole.UserRole, c.name)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(self.tr(KIND_NAMES.get(c.kind, c.kind))))
            self.table.setItem(r, 2, QTableWidgetItem(c.target() if c.kind != "desktop" else self.tr("this computer")))
            status = statuses.get(c.name)
            text, failed = self._status_text(status)
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))
            if failed:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(r, 3, item)
            if c.name == select:
                self.table.selectRow(r)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if self.table.rowCount() and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _status_text(self, status) -> tuple[str, bool]:
        if status is None or status.state == "never":
            return self.tr("never used"), False
        age = i18n.age(status.last_at, _now())
        if status.state == "ok":
            return self.tr("sent {age}").format(age=age), False
        if status.state == "rate_limited":
            return self.tr("held back {age} (rate limit)").format(age=age), True
        return self.tr("failed {age}: {reason}").format(age=age, reason=i18n.text(status.last_error)), True

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_name() is not None
        for b in (self.edit_button, self.remove_button):
            b.setEnabled(has)
        self.test_button.setEnabled(has and not getattr(self, "_testing", False))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        enabled = item.checkState() == Qt.CheckState.Checked
        self.state.session.set_alert_channel_enabled(name, enabled, _now())

    # --- actions -------------------------------------------------------------------------------------------------
    def add_channel(self) -> None:
        editor = ChannelEditor(self.state, None, self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.saved is not None:
            self.reload(select=editor.saved.name)

    def edit_channel(self) -> None:
        name = self.selected_name()
        config = self.state.session.find_alert_channel(name) if name else None
        if config is None:
            return
        editor = ChannelEditor(self.state, config, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=config.name)

    def remove_channel(self, confirm: bool = True) -> None:
        name = self.selected_name()
        if not name:
            return
        if confirm and not ask(self, self.tr("Remove channel"),
                               self.tr("Remove the channel “{name}” and its secret from the keyring?").format(
                                   name=name)):
            return
        self.state.session.delete_alert_channel(name)
        self.test_result.clear()
        self.reload()

    def send_test(self) -> None:
        name = self.selected_name()
        if not name:
            return
        self._testing = True
        self._update_buttons()
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Sending a test alert through “{name}”…").format(name=name))
        self.state.bridge.call(self.state.session.send_test_alert(name, _now()),
                               lambda d: self._on_tested(name, d), lambda e: self._on_test_error(name, e))

    def _on_tested(self, name: str, delivery) -> None:
        self._testing = False
        if delivery.ok:
            self.test_result.setStyleSheet(OK_STYLE)
            self.test_result.setText(self.tr("✔ The test alert went out through “{name}”. Check that it arrived.")
                                .format(name=name))
        else:
            self.test_result.setStyleSheet(WARNING_STYLE)
            text = self.tr("The test alert through “{name}” failed: {reason}").format(
                name=name, reason=i18n.text(delivery.error))
            if delivery.attempts > 1:
                text += " " + self.tr("({n} tries)").format(n=delivery.attempts)
            self.test_result.setText(text)
        self.reload(select=name)
        self.test_finished.emit(delivery)

    def _on_test_error(self, name: str, exc: BaseException) -> None:
        self._testing = False
        self.test_result.setStyleSheet(WARNING_STYLE)
        self.test_result.setText(self.tr("The test alert through “{name}” could not be sent: {reason}")
                            .format(name=name, reason=i18n.text(getattr(exc, "text", None) or str(exc))
                                    or type(exc).__name__))
        self.reload(select=name)
        self.test_finished.emit(None)


class ChannelEditor(QDialog):
    """Add a channel (``config`` None) or edit one: its type, name, settings and secret (blank keeps it)."""

    def __init__(self, state, config=None, parent=None) -> None:
        super().__init__(parent)
        from core import secrets

        self.state = state
        self.config = config
        self.saved = None
        self.setWindowTitle(self.tr("Edit alert channel") if config else self.tr("Add alert channel"))
        self.setMinimumWidth(500)

        self.kind = QComboBox()
        for kind in CHANNEL_KINDS:
            self.kind.addItem(QCoreApplication.translate("AlertsDialog", KIND_NAMES[kind]), kind)
        self.name = QLineEdit()
        self.name.setToolTip(self.tr("Your name for this channel (letters, digits, - and _), also used by "
                                     "'undertow alert test NAME'"))
        self.enabled = QCheckBox(self.tr("Send alerts through this channel"))
        self.enabled.setChecked(True)
        self.help = QLabel(wordWrap=True)

        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        seen: set[str] = set()
        for kind in CHANNEL_KINDS:
            for f in KIND_SPECS[kind].fields:
                if f.key in seen:
                    continue
                seen.add(f.key)
                widget: QLineEdit | QComboBox
                if f.key == "security":
                    combo = QComboBox()
                    combo.addItem(self.tr("STARTTLS (port 587)"), "starttls")
                    combo.addItem(self.tr("TLS (port 465)"), "tls")
                    combo.currentIndexChanged.connect(self._security_changed)
                    widget = combo
                else:
                    line = QLineEdit()
                    hint = FIELD_HINTS.get(f.key)
                    line.setPlaceholderText(self.tr(hint) if hint else f.default)
                    if f.secret:
                        line.setEchoMode(QLineEdit.EchoMode.Password)
                    if f.default and not f.secret:
                        line.setText(f.default)
                    widget = line
                self.fields[f.key] = widget
                form.addRow(self.tr(FIELD_LABELS.get(f.key, f.label)), widget)
        form.addRow("", self.enabled)
        self.form = form

        ok, backend = secrets.secure_store_available()
        self.secure_store = ok
        self.no_keyring = QLabel(secrets.no_secure_store_message(backend), wordWrap=True)
        self.no_keyring.setStyleSheet(WARNING_STYLE)
        self.session_only = QCheckBox(self.tr("Keep the secret for this session only (re-enter it after a restart)"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(WARNING_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.session_only)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session_only.toggled.connect(lambda _on: self._update_save())
        plain_labels(self)
        if config is not None:
            self._load(config)
        self._kind_changed()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _load(self, config) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
        self.kind.setEnabled(False)
        self.name.setText(config.name)
        self.name.setEnabled(False)
        self.enabled.setChecked(config.enabled)
        for f in config.spec.fields:
            widget = self.fields[f.key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(config.option(f.key))))
            elif f.secret:
                if config.secret_ref:
                    widget.setPlaceholderText(self.tr("unchanged (leave empty to keep the stored value)"))
                widget.clear()
            else:
                widget.setText(config.option(f.key))

    def _kind_changed(self) -> None:
        spec = KIND_SPECS[self.current_kind()]
        keys = {f.key for f in spec.fields}
        for key, widget in self.fields.items():
            self.form.setRowVisible(widget, key in keys)
        self.help.setText(self.tr(KIND_HELP[spec.kind]))
        if self.config is None:
            self.name.setPlaceholderText(spec.kind)  # the name used when none is typed
        needs_secret = bool(spec.secret_fields)
        self.no_keyring.setVisible(needs_secret and not self.secure_store)
        self.session_only.setVisible(needs_secret and not self.secure_store)
        self._update_save()

    def _security_changed(self) -> None:
        port, security = self.fields["port"], self.fields["security"]
        if isinstance(port, QLineEdit) and isinstance(security, QComboBox) \
                and port.text().strip() in ("", "465", "587"):
            port.setText("465" if security.currentData() == "tls" else "587")

    def _update_save(self) -> None:
        spec = KIND_SPECS[self.current_kind()]
        allowed = self.secure_store or not spec.secret_fields or self.session_only.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(allowed)

    def values(self) -> tuple[dict, dict]:
        """(public settings, secret fields) as typed, for the current type."""
        spec = KIND_SPECS[self.current_kind()]
        options: dict = {}
        secret: dict = {}
        for f in spec.fields:
            widget = self.fields[f.key]
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()
            (secret if f.secret else options)[f.key] = value
        return options, {k: v for k, v in secret.items() if v}

    def save(self) -> None:
        """Store the channel; on an error say why and keep every field as typed."""
        from core import secrets
        from core.alerts.config import ChannelConfigError

        self.error.clear()
        options, secret = self.values()
        try:
            self.saved = self.state.session.save_alert_channel(
                self.current_kind(), self.name.text().strip() or self.current_kind(), options, secret, now=_now(),
                enabled=self.enabled.isChecked(), session_only_ok=self.session_only.isChecked())
        except (ChannelConfigError, secrets.SecretStoreError) as exc:
            self.error.setText(i18n.text(exc.args[0]) if exc.args else str(exc))
            return
        self.accept()
