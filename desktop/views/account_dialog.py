"""Add or edit one exchange account: venue, read-only key, optional API base URL, a connection test.

The key goes to the OS keyring (``core.secrets``); the database keeps a reference only. Without a
secure store the dialog says so and the user may keep the key for this session only. A test that
finds trading or withdrawal rights shows a prominent warning. Nothing typed is lost on an error.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.exchanges.probes import probe_module
from core.exchanges.venues import READ_ONLY_ADVICE, first_class_venues, venue_spec
from desktop import i18n
from desktop.widgets import plain_labels

OTHER = "__other__"
WARNING_STYLE = "color: #b00020; font-weight: bold;"
ADVICE_STYLE = "background: #fff4d6; color: #5a4100; padding: 6px; border-radius: 4px;"


class AccountDialog(QDialog):
    """``config`` None: add a new account; otherwise edit it (blank key fields keep the stored key)."""

    test_finished = Signal(object)  # core.exchanges.ccxt_source.ConnectionTest
    account_saved = Signal(object)  # core.exchanges.accounts.AccountConfig

    def __init__(self, state, config=None, parent=None) -> None:
        super().__init__(parent)
        from core import secrets

        self.state = state
        self.config = config
        self.saved = None
        self.last_test = None
        self.setWindowTitle(self.tr("Edit exchange account") if config else self.tr("Add exchange account"))
        self.setMinimumWidth(520)

        self.venue = QComboBox()
        for spec in first_class_venues():
            self.venue.addItem(spec.name, spec.ccxt_id)
        self.venue.addItem(self.tr("Other ccxt exchange…"), OTHER)
        self.other_id = QLineEdit(placeholderText=self.tr("ccxt exchange id, e.g. bitget"))
        self.label = QLineEdit(placeholderText=self.tr("e.g. Binance main"))
        self.api_key = QLineEdit(placeholderText=self.tr("read-only API key"))
        self.secret = QLineEdit(placeholderText=self.tr("API secret"), echoMode=QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit(placeholderText=self.tr("API passphrase"), echoMode=QLineEdit.EchoMode.Password)
        self.wallet = QLineEdit(placeholderText=self.tr("0x… public wallet address"))
        self.portfolio_margin = QCheckBox(self.tr("Portfolio Margin account (positions and balance from /papi)"))
        self.portfolio_margin.setToolTip(self.tr("Tick this for a Binance Portfolio Margin account, so Undertow reads "
                                                 "its unified account (uniMMR) rather than the USD-M wallet."))
        self.sub_kind = QComboBox()
        self.sub_kind.addItem(self.tr("Sub-account"), "sub")
        self.sub_kind.addItem(self.tr("Vault"), "vault")
        self.sub_address = QLineEdit(placeholderText=self.tr("0x… address to read instead (optional)"))
        sub_row = QHBoxLayout()
        sub_row.addWidget(self.sub_kind)
        sub_row.addWidget(self.sub_address, 1)
        self.sub_row = QWidget()
        self.sub_row.setLayout(sub_row)
        sub_row.setContentsMargins(0, 0, 0, 0)
        self.margin_mode = QComboBox()
        self.margin_mode.addItem(self.tr("Cross"), "cross")
        self.margin_mode.addItem(self.tr("Isolated"), "isolated")
        self.base_url = QLineEdit(placeholderText=self.tr("https://… (empty = the exchange's own API)"))
        self.base_url.setToolTip(self.tr("Only for proxies and mirrors. Every request, signed ones included, "
                                         "goes here."))

        self.advice = QLabel(i18n.text(READ_ONLY_ADVICE), wordWrap=True)
        self.advice.setStyleSheet(ADVICE_STYLE)
        self.key_help = QLabel(wordWrap=True)
        self.test_result = QLabel(wordWrap=True)  # not ``result``: that would hide QDialog.result()
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(WARNING_STYLE)
        ok, backend = secrets.secure_store_available()
        self.secure_store = ok
        self.no_keyring = QLabel(secrets.no_secure_store_message(backend), wordWrap=True)
        self.no_keyring.setStyleSheet(WARNING_STYLE)
        self.no_keyring.setVisible(not ok)
        self.storage = QLabel(self.tr("Where the key goes: your operating system's keyring ({backend}), never "
                                      "Undertow's database, which keeps only a reference to it.").format(
                                          backend=backend), wordWrap=True)
        self.storage.setVisible(ok)
        self.session_only = QCheckBox(self.tr("Keep the key for this session only (re-enter it after a restart)"))
        self.session_only.setVisible(not ok)

        form = QFormLayout()
        form.addRow(self.tr("Exchange"), self.venue)
        form.addRow("", self.other_id)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("API key"), self.api_key)
        form.addRow(self.tr("API secret"), self.secret)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Wallet address"), self.wallet)
        form.addRow(self.tr("Read instead"), self.sub_row)
        form.addRow(self.tr("Margin mode"), self.margin_mode)
        form.addRow("", self.portfolio_margin)
        self.form = form
        advanced = QGroupBox(self.tr("Advanced"), checkable=True, checked=False)
        adv = QFormLayout(advanced)
        adv.addRow(self.tr("API base URL"), self.base_url)
        advanced.toggled.connect(self.base_url.setEnabled)
        self.advanced = advanced

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.run_test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        layout.addWidget(self.key_help)
        layout.addLayout(form)
        layout.addWidget(advanced)
        layout.addWidget(self.storage)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.session_only)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        plain_labels(self)  # a venue's or keyring's message, a label typed or stored: never markup

        self.venue.currentIndexChanged.connect(self._venue_changed)
        self.session_only.toggled.connect(lambda _: self._update_save())
        if config is not None:
            self._load(config)
        self._venue_changed()
        self.base_url.setEnabled(self.advanced.isChecked())

    # -- state of the form ---------------------------------------------------------------------
    def venue_id(self) -> str:
        data = self.venue.currentData()
        return self.other_id.text().strip() if data == OTHER else data

    def choose_venue(self, venue_id: str) -> None:
        """Preselect a venue (the welcome page's per-venue button); an unknown id leaves the choice as it is."""
        index = self.venue.findData(venue_id)
        if index >= 0:
            self.venue.setCurrentIndex(index)

    def _load(self, config) -> None:
        index = self.venue.findData(config.venue)
        if index < 0:
            index = self.venue.findData(OTHER)
            self.other_id.setText(config.venue)
        self.venue.setCurrentIndex(index)
        self.venue.setEnabled(False)
        self.other_id.setEnabled(False)
        self.label.setText(config.label)
        self.margin_mode.setCurrentIndex(max(0, self.margin_mode.findData(config.margin_mode)))
        self.wallet.setText(str(config.options.get("walletAddress", "")))
        module = probe_module(venue_spec(config.venue).account_probe)
        pm_key = getattr(module, "OPTION_PORTFOLIO_MARGIN", None)
        self.portfolio_margin.setChecked(bool(pm_key and config.options.get(pm_key)))
        for kind, key in (("sub", getattr(module, "OPTION_SUB_ACCOUNT", None)),
                          ("vault", getattr(module, "OPTION_VAULT", None))):
            if key and config.options.get(key):
                self.sub_kind.setCurrentIndex(self.sub_kind.findData(kind))
                self.sub_address.setText(str(config.options[key]))
        for field in (self.api_key, self.secret, self.passphrase):
            field.setPlaceholderText(self.tr("unchanged (leave empty to keep the stored value)"))
        if config.api_base_url:
            self.advanced.setChecked(True)
            self.base_url.setText(config.api_base_url)

    def _venue_changed(self) -> None:
        spec = venue_spec(self.venue_id() or "other")
        keys = {c.key for c in spec.credentials}
        other = self.venue.currentData() == OTHER
        self.form.setRowVisible(self.other_id, other)
        self.form.setRowVisible(self.api_key, "apiKey" in keys)
        self.form.setRowVisible(self.secret, "secret" in keys)
        self.form.setRowVisible(self.passphrase, "password" in keys)
        self.form.setRowVisible(self.wallet, "walletAddress" in keys)
        module = probe_module(spec.account_probe)
        self.form.setRowVisible(self.sub_row, hasattr(module, "sub_account_options"))
        self.form.setRowVisible(self.portfolio_margin, hasattr(module, "OPTION_PORTFOLIO_MARGIN"))
        self.advice.setVisible(bool(spec.secret_keys))
        self.key_help.setText(i18n.text(spec.key_help))
        self.storage.setVisible(self.secure_store and bool(spec.secret_keys))
        self._update_save()

    def _update_save(self) -> None:
        needs_secret = bool(venue_spec(self.venue_id() or "other").secret_keys)
        allowed = self.secure_store or not needs_secret or self.session_only.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(allowed)

    def credentials(self) -> dict:
        values = {"apiKey": self.api_key.text(), "secret": self.secret.text(),
                  "password": self.passphrase.text(), "walletAddress": self.wallet.text()}
        return {k: v.strip() for k, v in values.items() if v.strip()}

    def venue_options(self) -> dict:
        """The venue's account options the form sets (Binance Portfolio Margin, a Hyperliquid sub-account or
        vault); raises ``AccountError`` with the reason for a malformed address."""
        from core.exchanges.accounts import AccountError

        module = probe_module(venue_spec(self.venue_id() or "other").account_probe)
        options: dict = {}
        pm_key = getattr(module, "OPTION_PORTFOLIO_MARGIN", None)
        if pm_key:
            options[pm_key] = self.portfolio_margin.isChecked()
        make = getattr(module, "sub_account_options", None)
        if make is not None:
            for key in (getattr(module, "OPTION_SUB_ACCOUNT", None), getattr(module, "OPTION_VAULT", None)):
                if key:
                    options[key] = ""  # cleared unless the form names one
            address = self.sub_address.text().strip()
            try:
                chosen = make(address, "") if self.sub_kind.currentData() == "sub" else make("", address)
            except ValueError as exc:
                raise AccountError(str(exc)) from None
            options.update(chosen)
        return options

    def _draft_config(self):
        """What the form describes, for a connection test (nothing stored)."""
        from core.exchanges.accounts import AccountConfig, validate_base_url

        base = self.config
        options = {**(dict(base.options) if base else {}), **self.venue_options()}
        if self.wallet.text().strip():
            options["walletAddress"] = self.wallet.text().strip()
        return AccountConfig(id=base.id if base else "draft", venue=self.venue_id(),
                             label=self.label.text().strip() or "draft",
                             margin_mode=self.margin_mode.currentData(),
                             api_base_url=validate_base_url(self.base_url.text()) if self.advanced.isChecked() else "",
                             secret_ref=base.secret_ref if base else "", options=options)

    # -- actions -------------------------------------------------------------------------------
    def run_test(self) -> None:
        from core import secrets
        from core.exchanges.accounts import AccountError
        from core.exchanges.ccxt_source import probe_account

        self.error.clear()
        try:
            draft = self._draft_config()
        except AccountError as exc:
            self.error.setText(str(exc))
            return
        stored = (secrets.load_secret(self.config.id) or {}) if self.config is not None else {}
        credentials = {**stored, **self.credentials()}
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing…"))
        self.state.bridge.call(probe_account(draft, credentials, datetime.now(UTC)),
                               self._on_tested, self._on_test_error)

    def _on_tested(self, result) -> None:
        self.last_test = result
        self.test_button.setEnabled(True)
        dangerous = result.permissions is not None and result.permissions.dangerous
        self.test_result.setStyleSheet(WARNING_STYLE if (dangerous or not result.ok) else "color: #1b5e20;")
        self.test_result.setText(("✔ " if result.ok and not dangerous else "⚠ ") + result.message)
        self.test_finished.emit(result)

    def _on_test_error(self, exc) -> None:
        from core.sync import describe_failure

        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(WARNING_STYLE)
        self.test_result.setText(self.tr("Test failed: {reason}").format(reason=describe_failure(exc)))
        self.test_finished.emit(None)

    def save(self) -> None:
        """Store the account; on any error, say why and keep every field as typed."""
        from core import secrets
        from core.exchanges.accounts import AccountError
        from core.exchanges.venues import generic_venue_problem

        self.error.clear()
        session_ok = self.session_only.isChecked()
        base_url = self.base_url.text() if self.advanced.isChecked() else ""
        try:
            if self.config is None:
                problem = generic_venue_problem(self.venue_id()) if self.venue_id() else self.tr("choose an exchange")
                if problem:
                    raise AccountError(problem)
                saved = self.state.session.create_account(
                    self.venue_id(), self.label.text(), self.credentials(), now=datetime.now(UTC),
                    margin_mode=self.margin_mode.currentData(), api_base_url=base_url, session_only_ok=session_ok,
                    options=self.venue_options())
            else:
                saved = self.state.session.update_account(
                    self.config.id, credentials=self.credentials(), session_only_ok=session_ok,
                    label=self.label.text(), margin_mode=self.margin_mode.currentData(), api_base_url=base_url,
                    options={**self.config.options, **self.venue_options()})
        except (AccountError, secrets.SecretStoreError) as exc:
            self.error.setText(str(exc))
            return
        self.saved = saved
        self.account_saved.emit(saved)
        self.accept()
