"""What a view shows when it has nothing to show: what is missing and the next step, never an empty chart.

An empty chart draws axes with nothing to measure ("$1 $1 $0 $0 (x0.001)") and an empty table only column titles:
neither tells a person what to do. A view puts an ``EmptyState`` in their place: a title, one paragraph, and the
next step as buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

#: the widest a paragraph of an empty state gets (a line of ~90 characters reads; a screen-wide one does not)
TEXT_WIDTH = 620


class EmptyState(QFrame):
    """A title, a paragraph and up to a few buttons, centred in the space of the chart or table it replaces.

    ``set_content(title, text, [(button text, action), ...])``: texts are plain text (they may quote a server's
    reason or an account's label)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setMaximumWidth(TEXT_WIDTH)
        # as wide as it may be (up to TEXT_WIDTH), as tall as its lines then need
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self._actions: list[Callable[[], Any]] = []
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._button_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text, 100)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(8)
        layout.addLayout(self._button_row)
        layout.addStretch(2)

    def set_content(self, title: str, text: str, actions: Sequence[tuple[str, Callable[[], Any]]] = ()) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        while len(self.buttons) < len(actions):
            button = QPushButton()
            index = len(self.buttons)
            button.clicked.connect(lambda _=False, i=index: self._run(i))
            self._button_row.insertWidget(1 + index, button)
            self.buttons.append(button)
        self._actions = [action for _text, action in actions]
        for i, button in enumerate(self.buttons):
            if i < len(actions):
                button.setText(actions[i][0])
                button.setDefault(i == 0)
            button.setVisible(i < len(actions))

    def button_texts(self) -> list[str]:
        return [b.text() for b in self.buttons if not b.isHidden()]

    def _run(self, index: int) -> None:
        if index < len(self._actions):
            self._actions[index]()


def nothing_configured(state: Any) -> bool:
    """True when Undertow has nothing of the user's to read: no exchange account, no watched wallet, no manual
    holding (never in the demo). A store that cannot be read counts as configured: its own banner says why."""
    if getattr(state, "demo", False):
        return False
    session = state.session
    try:
        return not (session.accounts() or session.wallets() or session.manual_holdings())
    except Exception:  # noqa: BLE001 - the store's fault is shown by its banner; never claim a first start
        log.debug("cannot tell whether anything is configured", exc_info=True)
        return False


class OpeningState(EmptyState):
    """The dashboard's place while the window opens: the stored figures are being read (never "$0" or an empty
    chart in the meantime). The main window swaps it for the dashboard once they are in (``finish_opening``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingState")
        self.retranslate()

    def retranslate(self) -> None:
        self.set_content(self.tr("Opening your data…"),
                         self.tr("Reading the last stored snapshot. A fresh sync follows."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def opening_state() -> OpeningState:
    return OpeningState()
