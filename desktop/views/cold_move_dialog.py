"""Move to cold storage: the amount the account does not need as margin by its own rules, the wallet's next
unused receive address, a "verify on device" step and a manual "I moved it" record (confirmed later when the
wallet's balance rises).

The amounts come from the analysis's cold-storage plan (``core.custody.movable``, one per account: the moves of
one account together keep the margin buffer); the address from the watch-only wallet (public keys only).
"""

from __future__ import annotations

import math
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
from core.custody.movable import AccountExcess, Move, destination, receives
from desktop.views.custody_moves import shown
from desktop.widgets import plain_labels

WARN_COLOUR = "#b26a00"


class ColdMoveDialog(QDialog):
    move_recorded = Signal(object)  # the recorded cold-storage move

    def __init__(self, state, account_id: str, parent=None, asset: str | None = None) -> None:
        super().__init__(parent)
        self.state, self.account_id = state, account_id
        snap = state.snapshot
        analysis = state.analysis
        plan = analysis.split.plan if analysis is not None else ()
        self.excess: AccountExcess | None = next((a for a in plan if a.account_id == account_id), None)
        self.setWindowTitle(self.tr("Move to cold storage"))
        self.setMinimumWidth(560)
        account = snap.account(account_id) if snap else None
        self.asset = QComboBox()
        for move in self.excess.moves if self.excess is not None else ():
            self.asset.addItem(move.asset, move)
        if asset is not None and self.asset.findText(asset) >= 0:
            self.asset.setCurrentIndex(self.asset.findText(asset))
        self.amount = QLineEdit()
        self.amount.textChanged.connect(self._amount_changed)
        self.amount_note = QLabel()
        self.amount_note.setWordWrap(True)
        self.amount_note.hide()
        self.wallet = QComboBox()
        self.address = QLabel("—")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.address.setFont(mono)
        self.address.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.verified = QCheckBox(self.tr("I checked this address on my device's screen"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.moved_button = self.buttons.addButton(self.tr("I moved it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.moved_button.setEnabled(False)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        self.verified.toggled.connect(self._update_enabled)
        self.asset.currentIndexChanged.connect(lambda _i: self._asset_changed())
        self.wallet.currentIndexChanged.connect(self._find_address)

        form = QFormLayout()
        self.from_label = QLabel(account.label if account and account.label else account_id)
        form.addRow(self.tr("From"), self.from_label)
        form.addRow(self.tr("Asset"), self.asset)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_note)
        form.addRow(self.tr("To wallet"), self.wallet)
        form.addRow(self.tr("Receive address"), self.address)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.why)
        layout.addWidget(self.note)
        layout.addWidget(self.verified)
        layout.addWidget(self.buttons)
        plain_labels(self)  # the account's label, a server's reason: never markup
        self._address_value: str | None = None
        self._render_intro()
        self._asset_changed()

    def _render_intro(self) -> None:
        multiple = f"{self.state.settings.margin_buffer_multiple:g}"
        text = self.tr("Only what the account does not need as margin by its own rules (its mode and the venue's "
                       "collateral haircuts) is suggested, keeping {multiple}× what its positions need (the margin "
                       "buffer in Settings).").format(multiple=multiple)
        if self.excess is not None:
            text += "\n" + shown(self.excess.summary)
        self.intro.setText(text)

    def current_move(self) -> Move | None:
        move = self.asset.currentData()
        return move if isinstance(move, Move) else None

    def _wallets_for(self, asset: str) -> list:
        """Watch-only main-network wallets that can receive ``asset``, the plan's destination first."""
        snap = self.state.snapshot
        wallets = [w for w in (snap.wallets if snap else ()) if receives(w, asset)]
        first = destination(wallets, asset)
        return sorted(wallets, key=lambda w: w is not first)

    def _asset_changed(self) -> None:
        move = self.current_move()
        self.wallet.blockSignals(True)
        self.wallet.clear()
        self.wallet.blockSignals(False)
        if move is None:
            self.amount.setText("")
            self.why.setText("")
            self.address.setText("—")
            self.note.setText(self.tr("Nothing on this account is free of margin duties right now."))
            self._address_value = None
            self._update_enabled()
            return
        self.amount.setText(f"{move.amount:.8f}".rstrip("0").rstrip("."))
        self.why.setText(shown(move.why))
        self.wallet.blockSignals(True)
        for w in self._wallets_for(move.asset):
            self.wallet.addItem(w.label, w)
        self.wallet.blockSignals(False)
        self._find_address()

    def _amount_changed(self, text: str) -> None:
        move = self.current_move()
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            value = math.nan
        over = move is not None and math.isfinite(value) and value > move.amount * (1 + 1e-9)
        self.amount_note.setStyleSheet(f"color: {WARN_COLOUR};" if over else "")
        self.amount_note.setText(self.tr("More than suggested: the account would keep less than {multiple}× the "
                                         "margin its positions need.").format(
            multiple=f"{self.state.settings.margin_buffer_multiple:g}") if over else "")
        self.amount_note.setVisible(over)

    def _find_address(self) -> None:
        wallet = self.wallet.currentData()
        self._address_value = None
        self._update_enabled()
        if wallet is None:
            self.address.setText("—")
            move = self.current_move()
            self.note.setText(self.tr("First watch a wallet that can receive {asset} (Custody → Watch a wallet…): "
                                      "the move needs an address from your own device.").format(
                asset=move.asset if move is not None else ""))
            return
        self.address.setText(self.tr("looking for the next unused address…"))
        self.note.setText("")
        self.state.bridge.call(self.state.session.next_receive_address(wallet),
                               lambda result, w=wallet: self._address_found(w, result), self._address_failed)

    def _address_found(self, wallet, result) -> None:
        if self.wallet.currentData() is not wallet:
            return  # the user picked another wallet meanwhile
        address, index = result
        self._address_value = address
        self.address.setText(group4(address))
        if index is not None:
            note = self.tr("This is receive address #{index} of {wallet}. Verify on your device that it shows "
                           "exactly this address, then withdraw on the exchange and press \"I moved it\".").format(
                index=index, wallet=wallet.label)
        else:
            note = self.tr("This is the address of {wallet}. Verify on your device that it shows exactly this "
                           "address, then withdraw on the exchange and press \"I moved it\".").format(
                wallet=wallet.label)
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

        wallet, move = self.wallet.currentData(), self.current_move()
        if wallet is None or move is None or not self._address_value:
            return
        try:
            recorded = self.state.intent(self.state.session.record_cold_move, wallet.id, move.asset,
                                         self.amount.text(), self._address_value, datetime.now(UTC),
                                         reanalyse=False)
        except CustodyInputError as exc:
            self.note.setText(str(exc))
            return
        if recorded is None:  # not saved (a store fault): the window's banner says why; keep the dialog open
            return
        self.move_recorded.emit(recorded)
        self.accept()
