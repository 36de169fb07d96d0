"""The welcome page of a first start (no exchange account, wallet or holding, and not the demo): three ways in.

1. Add an exchange: how to create a READ-ONLY key on each first-class venue (steps from the venue's spec:
   ``key_help`` and its credentials, so a new venue needs no change here), and where the key is kept (the OS
   keyring, never the database).
2. Watch a wallet: the watch-only import (seeds and private keys are refused there).
3. Explore the demo: Undertow restarts on the bundled data (``MainWindow.demo_requested``).

Not a navigation entry: the main window shows it (``show_welcome``) and every view's empty state leads back to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.venues import first_class_venues
from desktop import i18n
from desktop.format import html_text as esc
from desktop.widgets import plain_labels, rich_label

#: the widest the page's text gets: lines of a readable length on a wide screen
PAGE_WIDTH = 1040
#: when the keyring's name is read after the page is shown (importing the keyring library is no first-frame work)
KEYRING_DELAY_MS = 250


class Choice(QFrame):
    """One way in: a title, what it does, and its button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class WelcomeView(QWidget):
    title = "Welcome"
    open_view = Signal(str)  # title of a view to show afterwards ("Dashboard")
    demo_requested = Signal()  # the app restarts in demo mode
    configured = Signal()  # an account or a wallet was added (a first sync has started)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.venues = first_class_venues()
        self.dialog: Any = None  # the open dialog, if any (tests drive it)
        self._keyring: tuple[bool, str] | None = None  # (secure store available, backend), read when first shown

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.exchange, self.wallet, self.demo = Choice(), Choice(), Choice()
        self.exchange.button.clicked.connect(lambda: self.add_account())
        self.wallet.button.clicked.connect(lambda: self.add_wallet())
        self.demo.button.clicked.connect(self.demo_requested)
        choices = QHBoxLayout()
        for choice in (self.exchange, self.wallet, self.demo):
            choices.addWidget(choice, 1)

        self.keys_title = QLabel()
        bold = self.keys_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.keys_title.setFont(bold)
        self.tabs = QTabWidget()
        self.steps: list[QLabel] = []
        self.add_buttons: list[QPushButton] = []
        for spec in self.venues:
            page = QWidget()
            steps = rich_label(QLabel())  # a numbered list; the venue's own texts are escaped
            steps.setWordWrap(True)
            steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            button = QPushButton()
            button.clicked.connect(lambda _=False, venue=spec.ccxt_id: self.add_account(venue))
            column = QVBoxLayout(page)
            column.addWidget(steps, 1)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.tabs.addTab(page, spec.name)
            self.steps.append(steps)
            self.add_buttons.append(button)
        self.storage = QLabel()  # where the key is kept: the OS keyring (its name is read when first shown)
        self.storage.setWordWrap(True)
        self.later = QPushButton()
        self.later.setFlat(True)
        self.later.clicked.connect(lambda: self.open_view.emit("Dashboard"))

        page = QWidget()
        page.setMaximumWidth(PAGE_WIDTH)
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(6)
        column.addLayout(choices)
        column.addSpacing(10)
        column.addWidget(self.keys_title)
        column.addWidget(self.tabs)
        column.addWidget(self.storage)
        column.addWidget(self.later, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.addWidget(page, 1, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        plain_labels(self)  # the step lists chose rich text; everything else is plain
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Undertow"))
        self.intro.setText(self.tr(
            "Undertow shows how close your leveraged positions are to liquidation, what a sudden drop and the "
            "cascade behind it would do, and how much of your savings sits on exchanges. It runs on this computer "
            "only and talks to nobody but your exchanges and the chain servers you choose. To start, give it "
            "something to read:"))
        self.exchange.title.setText(self.tr("Add an exchange"))
        self.exchange.text.setText(self.tr(
            "Connect Binance, Bybit, OKX or another exchange with a READ-ONLY API key (Hyperliquid: your public "
            "address only). Undertow reads positions, balances and market data; it can never trade or withdraw."))
        self.exchange.button.setText(self.tr("Add exchange account…"))
        self.wallet.title.setText(self.tr("Watch a wallet"))
        self.wallet.text.setText(self.tr(
            "Paste an xpub, zpub, output descriptor or address of your hardware or software wallet to count your "
            "savings in self-custody. Watch-only: seeds and private keys are refused."))
        self.wallet.button.setText(self.tr("Watch a wallet…"))
        self.demo.title.setText(self.tr("Explore the demo"))
        self.demo.text.setText(self.tr(
            "Three exchange accounts, a hardware wallet and the market of 2026-02-12, bundled with Undertow. "
            "Undertow restarts in demo mode; nothing is added to your own data."))
        self.demo.button.setText(self.tr("Open the demo"))
        self.keys_title.setText(self.tr("How to create a read-only key"))
        for spec, steps, button in zip(self.venues, self.steps, self.add_buttons):
            steps.setText(self._steps_html(spec))
            button.setText(self.tr("Add {venue} account…").format(venue=spec.name))
        self.later.setText(self.tr("Not now: show the empty dashboard"))
        self._show_storage()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._keyring is None:  # the keyring library is not needed for the first frame: read it after
            QTimer.singleShot(KEYRING_DELAY_MS, self._read_keyring)

    # --- the steps ---------------------------------------------------------------------------------------------
    def _field_name(self, credential) -> str:
        names = {"apiKey": self.tr("API key"), "secret": self.tr("API secret"),
                 "password": self.tr("API passphrase"), "walletAddress": self.tr("wallet address")}
        return names.get(credential.key, credential.label)

    def _steps_html(self, spec) -> str:
        """The venue's steps as a numbered list: the venue's own path to the key (its spec's ``key_help``)
        framed by what holds for every venue."""
        venue = spec.name
        how = i18n.text(spec.key_help)
        if spec.secret_keys:
            names = [self._field_name(c) for c in spec.credentials if c.required]
            fields = names[0] if len(names) == 1 else self.tr("{first} and {last}").format(
                first=", ".join(names[:-1]), last=names[-1])
            steps = [self.tr("Sign in to {venue} in your web browser and open its API management page.").format(
                         venue=venue),
                     how,
                     self.tr("Leave trading, transfers and withdrawals switched off. If {venue} offers an IP "
                             "allow-list, add this computer's address.").format(venue=venue),
                     self.tr("Copy the {fields} into Undertow with the button below. {venue} shows the secret "
                             "only once: copy it before you close the page.").format(fields=fields, venue=venue)]
        else:
            steps = [how,
                     self.tr("Copy the public address of the wallet you trade with into Undertow with the button "
                             "below. Nothing secret is entered or stored.")]
        return "<ol style='margin-left:0'>" + "".join(f"<li>{esc(s)}</li>" for s in steps if s) + "</ol>"

    def _read_keyring(self) -> None:
        from core import secrets

        try:
            self._keyring = secrets.secure_store_available()
        except Exception as exc:  # noqa: BLE001 - say what is known; the dialog checks again when saving
            self._keyring = (False, type(exc).__name__)
        self._show_storage()

    def _show_storage(self) -> None:
        if self._keyring is None:
            self.storage.setText(self.tr(
                "Where your key is kept: in your operating system's keyring, never in Undertow's database, which "
                "holds only a reference to it."))
            return
        ok, backend = self._keyring
        if ok:
            self.storage.setText(self.tr(
                "Where your key is kept: in your operating system's keyring ({backend}), never in Undertow's "
                "database, which holds only a reference to it. Undertow sends a key to nobody but its "
                "exchange.").format(backend=backend))
        else:
            self.storage.setText(self.tr(
                "No secure keyring was found on this computer ({backend}). You can still add a key for this "
                "session only: it is forgotten when Undertow quits and never written to disk.").format(
                    backend=backend))

    # --- the ways in -------------------------------------------------------------------------------------------
    def add_account(self, venue: str | None = None):
        """The account dialog (``venue``: a ccxt id to preselect); a saved account starts the first sync."""
        from desktop.views.account_dialog import AccountDialog

        self.dialog = AccountDialog(self.state, None, self)
        if venue is not None:
            self.dialog.choose_venue(venue)
        self.dialog.account_saved.connect(lambda _config: self._added())
        self.dialog.open()  # window-modal, non-blocking: the runtime keeps answering
        return self.dialog

    def add_wallet(self):
        from desktop.views.wallet_dialog import WalletDialog

        self.dialog = WalletDialog(self.state, self)
        self.dialog.wallet_added.connect(lambda _wallet: self._added())
        self.dialog.open()
        return self.dialog

    def _added(self) -> None:
        self.state.refresh()
        self.configured.emit()
        self.open_view.emit("Dashboard")
