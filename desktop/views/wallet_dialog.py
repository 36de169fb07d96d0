"""Watch a wallet: paste or open a descriptor / export file / xpub / address, check it, see its addresses.

The text is checked as it is typed; errors say why, never quote the text (it could be a seed someone
pasted by mistake). Nothing is stored until "Watch wallet" is pressed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.custody.importer import WatchOnlyImport, derive_addresses, group4, parse_import
from core.custody.keys import ImportRefused
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.views.custody_moves import shown
from desktop.widgets import plain_labels

VENDORS = ("OneKey", "Trezor", "Ledger", "Coldcard", "other")
SCRIPT_CHOICES = ((QT_TRANSLATE_NOOP("WalletDialog", "Automatic (from the key)"), None),
                  (QT_TRANSLATE_NOOP("WalletDialog", "Native segwit p2wpkh (bc1q…)"), "p2wpkh"),
                  (QT_TRANSLATE_NOOP("WalletDialog", "Taproot p2tr (bc1p…)"), "p2tr"),
                  (QT_TRANSLATE_NOOP("WalletDialog", "Nested segwit p2sh-p2wpkh (3…)"), "p2sh-p2wpkh"),
                  (QT_TRANSLATE_NOOP("WalletDialog", "Legacy p2pkh (1…)"), "p2pkh"))
SHOWN_ADDRESSES = 5


class WalletDialog(QDialog):
    wallet_added = Signal(object)  # core.model.Wallet

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.imported: WatchOnlyImport | None = None
        self.setWindowTitle(self.tr("Watch a wallet"))
        self.setMinimumWidth(620)

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste an output descriptor (Sparrow: Settings → Export → Output "
                                             "Descriptor), a zpub/xpub, a Bitcoin or 0x address — or open an "
                                             "export file."))
        self.text.setFixedHeight(90)
        self.text.textChanged.connect(self.check)
        open_button = QPushButton(self.tr("Open file…"))
        open_button.clicked.connect(self._open_file)

        self.label = QLineEdit(placeholderText=self.tr("e.g. OneKey vault"))
        self.vendor = QComboBox()
        for vendor in VENDORS:  # brand names stay as they are; the stored value is the English key
            self.vendor.addItem(self.tr("other") if vendor == "other" else vendor, vendor)
        self.script = QComboBox()
        for text, value in SCRIPT_CHOICES:
            self.script.addItem(self.tr(text), value)
        self.script.currentIndexChanged.connect(self.check)
        self.custody = QComboBox()
        self.custody.addItem(self.tr("Hardware wallet"), "hardware_wallet")
        self.custody.addItem(self.tr("Software wallet"), "software_wallet")

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.addresses = QListWidget()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.addresses.setFont(mono)
        self.addresses.setFixedHeight(120)
        self.verify_note = QLabel(self.tr("Verify on your device: its screen must show receive address #0 exactly "
                                          "as above before you send coins to this wallet."))
        self.verify_note.setWordWrap(True)
        self.verify_note.hide()
        # Shown once, before the first Bitcoin wallet is watched: what the chain server will learn.
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        self.server_note.setStyleSheet("color: #b26a00;")
        self.server_note.hide()
        # A test-network key or address: accepted, but never counted as money (core.custody.importer)
        self.testnet_note = QLabel()
        self.testnet_note.setWordWrap(True)
        self.testnet_note.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.testnet_note.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Watch wallet"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Device"), self.vendor)
        form.addRow(self.tr("Script type"), self.script)
        form.addRow(self.tr("Custody"), self.custody)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.testnet_note)
        layout.addWidget(self.addresses)
        layout.addWidget(self.verify_note)
        layout.addWidget(self.server_note)
        layout.addWidget(self.buttons)
        plain_labels(self)  # an export file's warnings, a server's URL: never markup

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a wallet export"), "",
                                              self.tr("Wallet exports (*.txt *.json);;All (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > 1_000_000:
                raise OSError(self.tr("the file is too large to be a wallet export"))
            self.text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            self._error(self.tr("Cannot read the file: {reason}").format(reason=exc.strerror or exc))

    def _error(self, message: str) -> None:
        self.imported = None
        self.addresses.clear()
        self.verify_note.hide()
        self.testnet_note.hide()
        self.add_button.setEnabled(False)
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(message)

    def check(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._error("")
            return
        try:
            imported = parse_import(text, script_type=self.script.currentData())
            receive = derive_addresses(imported.public_ref, count=SHOWN_ADDRESSES)
        except ImportRefused as exc:
            if "private key" in str(exc):
                self.text.blockSignals(True)
                self.text.clear()  # do not keep a seed or xprv on screen
                self.text.blockSignals(False)
            self._error(str(exc))
            return
        self.imported = imported
        self.addresses.clear()
        for i, address in enumerate(receive):
            self.addresses.addItem(f"#{i}  {group4(address)}" if len(receive) > 1 else group4(address))
        kind = imported.script_type or imported.kind
        lines = ["✓ " + (self.tr("{kind} wallet ({chain}), from {source}, fingerprint {fingerprint}")
                         if imported.fingerprint else self.tr("{kind} wallet ({chain}), from {source}")).format(
            kind=kind, chain=imported.chain, source=imported.source_format, fingerprint=imported.fingerprint)]
        lines += [f"⚠ {w}" for w in imported.warnings]
        self.status.setStyleSheet("")
        self.status.setText("\n".join(lines))
        warning = imported.testnet_warning
        self.testnet_note.setText("⚠ " + shown(warning) if warning is not None else "")
        self.testnet_note.setVisible(warning is not None)
        if imported.label_hint and not self.label.text():
            self.label.setText(imported.label_hint)
        if imported.kind == "evm-address":
            self.custody.setCurrentIndex(1)
        self.verify_note.show()
        first_btc = imported.chain.startswith("bitcoin") and not self.state.settings.esplora_explained
        if first_btc:
            self.server_note.setText(self.tr(
                "Balances come from the Esplora server in Settings ({url}). That server learns every address "
                "of this wallet, can link them to each other, and sees your IP address unless you set a SOCKS "
                "proxy such as Tor. Your own node's Esplora, or Tor, keeps this private.").format(
                    url=self.state.settings.esplora_url))
        self.server_note.setVisible(first_btc)
        self.add_button.setEnabled(True)
        if self.isVisible():  # the notes above need room: grow rather than squeeze the form
            self.adjustSize()

    def save(self) -> None:
        from core.custody import CustodyInputError
        from core.model import CustodyClass

        if self.imported is None:
            return
        try:
            wallet = self.state.session.add_wallet(self.imported, self.label.text(), self.vendor.currentData(),
                                CustodyClass(self.custody.currentData()), datetime.now(UTC))
        except CustodyInputError as exc:
            self._error(str(exc))
            return
        if not self.server_note.isHidden():  # explained once; Settings keeps the server and proxy choices
            self.state.update_settings(esplora_explained=True)
        self.wallet_added.emit(wallet)
        self.accept()
