"""The Custody view's "what to move to cold storage" box: one action per exchange account and asset, from the
analysis's cold-storage plan (``core.custody.movable``), with the destination wallet's next unused receive address
once it is known, and for each account without a move the reason why.

Part of ``desktop.views.custody_view`` (its texts share the view's translation context, "CustodyView").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton

from core.custody.movable import Move
from desktop import i18n
from desktop.format import plain_tooltip

MOVE_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#8a8a8a")  # readable on the light and the dark theme (as the stale grey)
MAX_MOVE_ROWS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustodyView", text)


def shown(text: Any) -> str:
    """A core ``Message`` in the interface language."""
    return i18n.text(text)


def wrapping_list() -> QListWidget:
    """A list whose rows wrap and re-wrap on every resize (never "…" in a long reminder or a translation)."""
    items = QListWidget()
    items.setWordWrap(True)
    items.setTextElideMode(Qt.TextElideMode.ElideNone)
    items.setResizeMode(QListView.ResizeMode.Adjust)
    items.setUniformItemSizes(False)
    return items


class ColdMovesBox(QGroupBox):
    """The actions, a "Move to cold storage…" and a "Watch a wallet…" button, and what the buffer is."""

    move_requested = Signal()
    watch_requested = Signal()
    selection_changed = Signal()

    def __init__(self, state: Any, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.addresses: dict[str, tuple[str, int | None]] = {}  # wallet id -> its next unused receive address
        self._asked: set[tuple[str, object]] = set()  # (wallet id, snapshot time) already looked up
        self._plan: tuple = ()
        self._multiple = 0.0
        self.moves = wrapping_list()
        self.moves.currentItemChanged.connect(lambda *_: self.selection_changed.emit())
        self.moves.itemDoubleClicked.connect(lambda _item: self.move_requested.emit())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_requested)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.watch_requested)
        layout = QGridLayout(self)
        layout.addWidget(self.moves, 0, 0, 2, 1)
        layout.addWidget(self.move_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.add_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.note, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.selection_changed.connect(self._update_button)
        self._update_button()

    def selected_move(self) -> Move | None:
        item = self.moves.currentItem()
        move = item.data(MOVE_ROLE) if item is not None else None
        return move if isinstance(move, Move) else None

    def first_move(self) -> Move | None:
        move = self.moves.item(0).data(MOVE_ROLE) if self.moves.count() else None
        return move if isinstance(move, Move) else None

    def select_account(self, account_id: str | None) -> None:
        """Select the first action of ``account_id`` (any account's for None), e.g. for a "move to cold" reminder."""
        for i in range(self.moves.count()):
            move = self.moves.item(i).data(MOVE_ROLE)
            if isinstance(move, Move) and account_id in (None, move.account_id):
                self.moves.setCurrentRow(i)
                return

    def _update_button(self) -> None:
        self.move_button.setEnabled(self.selected_move() is not None)

    def show_plan(self, plan: tuple, multiple: float) -> None:
        """The plan's actions (moves first, then why nothing moves from the other accounts)."""
        self._plan, self._multiple = plan, multiple
        privacy = self.state.privacy
        current = self.selected_move()
        self.moves.clear()
        for account in plan:
            for move in account.moves:
                found = self.addresses.get(move.wallet.id) if move.wallet is not None else None
                text = shown(move.action(found[1] if found else None, hide_amount=privacy))
                item = QListWidgetItem(("➜ " if move.wallet is not None else "⚠ ") + text)
                item.setData(MOVE_ROLE, move)
                item.setToolTip("" if privacy else plain_tooltip(f"{shown(move.why)}\n{shown(account.summary)}"))
                self.moves.addItem(item)
                if current is not None and (current.account_id, current.asset) == (move.account_id, move.asset):
                    self.moves.setCurrentItem(item)
        for account in plan:
            if not account.moves:  # why nothing moves from this account
                item = QListWidgetItem(shown(account.summary) if not privacy
                                       else _tr("{account}: nothing to move").format(account=account.label))
                item.setForeground(QBrush(MUTED))
                self.moves.addItem(item)
        if not plan:
            self.moves.addItem(QListWidgetItem(_tr("No exchange account holds anything to move.")))
        if self.moves.currentRow() < 0 and self.first_move() is not None:
            self.moves.setCurrentRow(0)
        self.note.setText(_tr(
            "Each account keeps {multiple}× the margin its positions need, by its own rules (its mode and the "
            "venue's collateral haircuts). The multiple is the margin buffer in Settings.").format(
                multiple=f"{multiple:g}"))
        self.fit()
        self._update_button()

    def fit(self) -> None:
        """The list as tall as its rows (at most MAX_MOVE_ROWS; it scrolls beyond): the holdings get the rest."""
        rows = min(self.moves.count(), MAX_MOVE_ROWS)
        height = sum(max(self.moves.sizeHintForRow(i), self.fontMetrics().height()) for i in range(rows))
        self.moves.setFixedHeight(max(height, self.fontMetrics().height()) + 2 * self.moves.frameWidth() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()  # wrapped rows change height with the width

    def look_up_addresses(self, analysis: Any) -> None:
        """Ask once per snapshot and wallet for the wallet's next unused receive address (chain I/O, off the GUI
        thread): the actions say "receive address #n" when it lands, the wallet's name alone until then."""
        wallets = {m.wallet.id: m.wallet for a in analysis.split.plan for m in a.moves if m.wallet is not None}
        for wallet_id, wallet in wallets.items():
            key = (wallet_id, analysis.snapshot.taken_at)
            if key in self._asked:
                continue
            self._asked.add(key)
            self.state.bridge.call(self.state.session.next_receive_address(wallet),
                                   lambda result, w=wallet_id: self._address_found(w, result),
                                   lambda _exc: None)  # the dialog looks again and says why, if it fails again

    def _address_found(self, wallet_id: str, result: tuple[str, int | None]) -> None:
        self.addresses[wallet_id] = result
        self.show_plan(self._plan, self._multiple)
