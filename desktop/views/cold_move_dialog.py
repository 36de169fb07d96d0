"""Move to cold storage: the amount not needed as margin, the wallet's next unused receive address,
a "verify on device" step and a manual "I moved it" record (confirmed later when the balance rises)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from core.custody.importer import group4
from core.custody.split import movable_to_cold
from desktop.widgets import plain_labels


class ColdMoveDialog(QDialog):
    move_recorded = Signal(object)  # the recorded cold-storage move

    def __init__(self, state, account_id: str, parent=None) -> None:
        super().__init__(parent)
        self.state, self.account_id = state, account_id
        snap = state.snapshot
        self.setWindowTitle(self.tr("Move to cold storage"))
        account = snap.account(account_id) if snap else None
        self.asset = QComboBox()
        for b in snap.balances_of(account_id) if snap else ():
            if movable_to_cold(snap, account_id, b.asset, state.settings.margin_buffer_multiple) > 0:
                self.asset.addItem(b.asset)
        self.amount = QLineEdit()
        self.wallet = QComboBox()
        self.address = QLabel("—")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.address.setFont(mono)
        self.address.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.verified = QCheckBox(self.tr("I checked this address on my device's screen"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.moved_button = self.buttons.addButton(self.tr("I moved it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.moved_button.setEnabled(False)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        self.verified.toggled.connect(self._update_enabled)
        self.asset.currentTextChanged.connect(self._asset_changed)
        self.wallet.currentIndexChanged.connect(self._find_address)

        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(account.label if account else account_id))
        form.addRow(self.tr("Asset"), self.asset)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("To wallet"), self.wallet)
        form.addRow(self.tr("Receive address"), self.address)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Only what is not needed as margin (beyond {multiple}× the required margin) is "
                               "suggested.").format(multiple=f"{state.settings.margin_buffer_multiple:g}"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.verified)
        layout.addWidget(self.buttons)
        plain_labels(self)  # the account's label, a server's reason: never markup
        self._address_value: str | None = None
        self._asset_changed(self.asset.currentText())

    def _wallets_for(self, asset: str) -> list:
        snap = self.state.snapshot
        btc = asset in ("BTC", "TBTC")
        return [w for w in (snap.wallets if snap else ())
                if (w.kind.startswith("btc") if btc else w.kind == "evm-address")]

    def _asset_changed(self, asset: str) -> None:
        snap = self.state.snapshot
        if not asset or snap is None:
            self.note.setText(self.tr("Nothing on this account is free of margin duties right now."))
            return
        amount = movable_to_cold(snap, self.account_id, asset, self.state.settings.margin_buffer_multiple)
        self.amount.setText(f"{amount:.8f}".rstrip("0").rstrip("."))
        self.wallet.blockSignals(True)
        self.wallet.clear()
        for w in self._wallets_for(asset):
            self.wallet.addItem(w.label, w)
        self.wallet.blockSignals(False)
        self._find_address()

    def _find_address(self) -> None:
        wallet = self.wallet.currentData()
        self._address_value = None
        self._update_enabled()
        if wallet is None:
            self.address.setText("—")
            self.note.setText(self.tr("Add a watch-only wallet for this asset first."))
            return
        self.address.setText(self.tr("looking for the next unused address…"))
        self.state.bridge.call(self.state.session.next_receive_address(wallet),
                               lambda result, w=wallet: self._address_found(w, result), self._address_failed)

    def _address_found(self, wallet, result) -> None:
        if self.wallet.currentData() is not wallet:
            return  # the user picked another wallet meanwhile
        address, index = result
        self._address_value = address
        self.address.setText(group4(address))
        if index is not None:
            note = self.tr("This is receive address #{index}. Verify on your device that it shows exactly this "
                           "address, then withdraw on the exchange and press \"I moved it\".").format(index=index)
        else:
            note = self.tr("This is the wallet's address. Verify on your device that it shows exactly this "
                           "address, then withdraw on the exchange and press \"I moved it\".")
        self.note.setText(note)
        self._update_enabled()

    def _address_failed(self, exc: BaseException) -> None:
        from core.sync import describe_failure

        self.address.setText("—")
        self.note.setText(self.tr("Could not find the next unused address: {reason}").format(
            reason=describe_failure(exc)))

    def _update_enabled(self) -> None:
        self.moved_button.setEnabled(bool(self._address_value) and self.verified.isChecked())

    def record(self) -> None:
        from core.custody import CustodyInputError

        wallet, asset = self.wallet.currentData(), self.asset.currentText()
        if wallet is None or not self._address_value:
            return
        try:
            move = self.state.intent(self.state.session.record_cold_move, wallet.id, asset, self.amount.text(),
                                     self._address_value, datetime.now(UTC), reanalyse=False)
        except CustodyInputError as exc:
            self.note.setText(str(exc))
            return
        if move is None:  # not saved (a store fault): the window's banner says why; keep the dialog open
            return
        self.move_recorded.emit(move)
        self.accept()
