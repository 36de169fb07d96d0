"""Accounts: the configured exchange accounts, how their last sync went, and add/edit/test/remove; below them,
every synced account's risk by its venue's rules (mode, equity after haircuts, the venue's ratio ours and theirs,
the liquidating move).

A source whose sync failed keeps showing its last good data elsewhere; here it says so: "stale",
since when, how old, and why, in the status column and in the banner above the table.

No account yet: an empty state in the table's place says what a read-only key is for and where it is kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.exchanges.venues import venue_spec
from desktop import i18n
from desktop.models import freshness as fr
from desktop.models.accounts_model import (
    SORT_ROLE,
    AccountRiskModel,
    disagreement_text,
    haircut_text,
    haircut_tooltip,
    rows_of,
)
from desktop.widgets import FollowAnalysis, RenderWhenShown, follow_privacy, plain_labels
from desktop.widgets import confirm as ask
from desktop.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from core.analysis import Analysis
    from desktop.views.account_dialog import AccountDialog
from desktop.format import (
    QT_TRANSLATE_NOOP,  # typed `str` (PySide6's stub says `object`)
    plain_tooltip,
)

COLUMNS = [QT_TRANSLATE_NOOP("AccountsModel", "Label"), QT_TRANSLATE_NOOP("AccountsModel", "Exchange"),
           QT_TRANSLATE_NOOP("AccountsModel", "Margin"), QT_TRANSLATE_NOOP("AccountsModel", "Key"),
           QT_TRANSLATE_NOOP("AccountsModel", "Status"), QT_TRANSLATE_NOOP("AccountsModel", "Positions"),
           QT_TRANSLATE_NOOP("AccountsModel", "API base URL")]
KEY_PLACES = (QT_TRANSLATE_NOOP("AccountsModel", "not needed"), QT_TRANSLATE_NOOP("AccountsModel", "this session only"),
              QT_TRANSLATE_NOOP("AccountsModel", "OS keyring"), QT_TRANSLATE_NOOP("AccountsModel", "cross"),
              QT_TRANSLATE_NOOP("AccountsModel", "isolated"))
#: The Key column when the last sync could not use the key (core.freshness problems): four different states.
KEY_PROBLEMS = {"keyring_locked": QT_TRANSLATE_NOOP("AccountsModel", "OS keyring — locked"),
                "keyring_unavailable": QT_TRANSLATE_NOOP("AccountsModel", "no OS keyring available"),
                "key_missing": QT_TRANSLATE_NOOP("AccountsModel", "missing — re-enter it"),
                "key_rejected": QT_TRANSLATE_NOOP("AccountsModel", "rejected by the exchange")}
STATUS_COLUMN = COLUMNS.index("Status")
KEY_COLUMN = COLUMNS.index("Key")
STALE_COLOUR = QColor("#b26a00")
WARNING_COLOUR = QColor("#d9534f")
FAILED_COLOUR = QColor("#b00020")


def status_text(status, now: datetime, source=None) -> str:
    """'fresh', 'stale — data from 08:00 UTC (15 min ago): reason' or 'failed: reason'. ``source``: the account's
    core.freshness.SourceFreshness, for the reason in the interface language with what fixes it, and for data
    that synced fine but too long ago."""
    if status is None:
        return QCoreApplication.translate("AccountsModel", "not synced yet")
    state = status.state.value
    if source is not None and source.aged:
        return QCoreApplication.translate("AccountsModel", "stale — not refreshed since {when} UTC ({age})").format(
            when=f"{status.as_of:%Y-%m-%d %H:%M}", age=i18n.age(status.as_of, now))
    if state == "fresh":
        return QCoreApplication.translate("AccountsModel", "fresh ({age})").format(age=i18n.age(status.as_of, now))
    error = fr.problem_text(source) if source is not None and source.problem != "other" else status.error
    if state == "stale":
        text = QCoreApplication.translate("AccountsModel", "stale — showing data from {when} UTC ({age}): {error}")
        return text.format(
            when=f"{status.as_of:%Y-%m-%d %H:%M}", age=i18n.age(status.as_of, now), error=error)
    return QCoreApplication.translate("AccountsModel", "failed, no data yet: {error}").format(error=error)


def fit_height(table: QTableView, min_rows: int = 3, max_rows: int = 12) -> None:
    """As tall as its rows (at least ``min_rows``; a scroll bar beyond ``max_rows``), so two short tables sit
    one above the other without a screen of blank rows between them."""
    rows = min(max(table.model().rowCount(), min_rows), max_rows)
    height = (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
              + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height())
    table.setFixedHeight(height)


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []  # (config, key state, status, position count)
        self.now = datetime.now(UTC)
        self.sources: dict = {}  # account id -> core.freshness.SourceFreshness

    def set_rows(self, rows: list[tuple], now: datetime, sources: dict | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.now = now
        self.sources = dict(sources or {})
        self.endResetModel()

    def source(self, row: tuple):
        return self.sources.get(row[0].id)

    def rows(self) -> list[tuple]:
        return list(self._rows)

    def config(self, row: int):
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        config, key, status, count = self._rows[index.row()]
        source = self.source(self._rows[index.row()])
        col = index.column()
        if source is not None and source.problem in KEY_PROBLEMS:
            key = KEY_PROBLEMS[source.problem]  # the key could not be used: say which of four reasons
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [config.label, venue_spec(config.venue).name, self.tr(config.margin_mode), self.tr(key),
                      status_text(status, self.now, source), str(count), config.api_base_url or "—"]
            # a label, a server's reason: a view's cells are plain text, its tooltips are escaped
            return values[col] if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(values[col])
        if role == Qt.ItemDataRole.ForegroundRole and col in (STATUS_COLUMN, KEY_COLUMN) and status is not None:
            if col == KEY_COLUMN and (source is None or source.problem not in KEY_PROBLEMS):
                return None
            if status.state.value == "stale" or (source is not None and source.aged):
                return QBrush(STALE_COLOUR)
            if status.state.value == "failed":
                return QBrush(FAILED_COLOUR)
        return None


class AccountsView(QWidget):
    title = "Accounts"
    open_view = Signal(str)  # title of a view to show (the empty state's next step)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        # every synced account's risk (the demo's bundled accounts included), from the session's analysis
        self.risk_model = AccountRiskModel(self)
        self.risk_model.privacy = bool(getattr(state, "privacy", False))
        self.risk_proxy = QSortFilterProxyModel(self)
        self.risk_proxy.setSourceModel(self.risk_model)
        self.risk_proxy.setSortRole(SORT_ROLE)
        self.risk_table = QTableView()
        self.risk_table.setModel(self.risk_proxy)
        self.risk_table.setSortingEnabled(True)
        self.risk_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the snapshot's order until a click
        self.risk_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.risk_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.risk_table.setAlternatingRowColors(True)
        self.risk_table.verticalHeader().hide()
        self.risk_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its contents, the last one too (a stretched last column elides its text when the
        # others already fill the width; the scroll bar reaches it instead)
        self.risk_table.horizontalHeader().setStretchLastSection(False)
        self.risk_table.setWordWrap(False)
        self.risk_title = QLabel()
        bold = self.risk_title.font()
        bold.setBold(True)
        self.risk_title.setFont(bold)  # a font, not a style sheet: the label keeps the theme's text colour
        self.risk_warning = QLabel(wordWrap=True)  # the accounts whose venue reports a ratio far from ours
        self.risk_warning.setStyleSheet(f"color: {WARNING_COLOUR.name()}; font-weight: bold;")
        self.risk_warning.hide()
        self.haircuts = QLabel(wordWrap=True)  # each account's haircut table: where it came from, and its date
        self.haircuts.hide()

        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet(f"color: {STALE_COLOUR.name()}; font-weight: bold;")
        self.banner.hide()
        self.message = QLabel(wordWrap=True)
        self.demo_hint = QLabel(wordWrap=True)  # the demo's accounts are bundled, not configured here
        self.demo_hint.setVisible(bool(getattr(state, "demo", False)))
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.test_button = QPushButton()
        self.remove_button = QPushButton()
        self.sync_button = QPushButton()
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sync_button.clicked.connect(state.refresh)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.test_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.demo_hint)
        self.empty = EmptyState()  # no account yet: what to add, and where its key goes
        self.empty.hide()
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.risk_title)
        layout.addWidget(self.risk_warning)
        layout.addWidget(self.risk_table)
        layout.addWidget(self.haircuts)
        layout.addStretch(1)
        # the account list (read from the store) when a person can see it, else when the view is next shown
        self._reload = RenderWhenShown(self, self.reload)
        state.snapshot_changed.connect(lambda _snap: self._reload.request())
        state.sync_failed.connect(self.message.setText)
        if hasattr(state, "privacy_changed"):
            self._privacy = follow_privacy(self, state, self.on_privacy)
        self.risk_title.hide()  # until a synced account has figures
        self.risk_table.hide()
        self.dialog: AccountDialog | None = None  # the open one, if any (tests drive it)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        plain_labels(self)  # labels, reasons and notes from the store, the exchanges and core: never markup
        self.retranslate()
        self.reload()
        self._follow.request()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add account…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.test_button.setText(self.tr("Test"))
        self.remove_button.setText(self.tr("Remove"))
        self.sync_button.setText(self.tr("Sync now"))
        self.demo_hint.setText(self.tr(
            "You are looking at the demo: its three exchange accounts are bundled with Undertow and are not "
            "listed here. Accounts you add here are yours; they are used when Undertow runs without --demo."))
        self.risk_title.setText(self.tr("Account risk at the last sync, by each exchange's rules"))
        self.risk_title.setToolTip(self.tr(
            "Our figures come from the positions, balances and the exchange's own rules; the exchange's column is "
            "what the exchange itself reported. A gap over 0.5 % is marked with a warning sign."))
        self.model.retranslate()
        self.risk_model.retranslate()
        self.empty.set_content(self.tr("No exchange account yet"), self.tr(
            "Add an account with a READ-ONLY API key (Binance, Bybit, OKX) or, for Hyperliquid, just your public "
            "wallet address. Undertow only reads positions, balances and market data. The key is kept in your "
            "operating system's keyring, never in Undertow's database, which holds only a reference to it."),
            [(self.tr("Add exchange account…"), self.add_account),
             (self.tr("All ways to start…"), lambda: self.open_view.emit("Welcome"))])
        self._show_banner()  # from the rows already read: a language switch never touches the store
        self._show_risk_warning()
        self._show_haircuts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.model.rowCount():  # one may have been added elsewhere (the welcome page) meanwhile
            self.reload()

    def reload(self) -> None:
        from core import secrets

        snap = self.state.snapshot
        now = datetime.now(UTC)
        statuses = {s.source_id: s for s in snap.sources} if snap is not None else {}
        rows = []
        for config in self.state.session.accounts():
            if not config.secret_ref:
                key = "not needed"
            elif secrets.is_session_only(config.id):
                key = "this session only"
            else:
                key = "OS keyring"
            count = len(snap.positions_of(config.id)) if snap is not None else 0
            rows.append((config, key, statuses.get(config.id), count))
        fresh = fr.assess_state(self.state, snap, now) if snap is not None else None
        self.model.set_rows(rows, now, {s.source_id: s for s in fresh.sources} if fresh is not None else None)
        fit_height(self.table)
        none = not rows
        self.table.setVisible(not none)  # no table of column titles only
        self.empty.setVisible(none and not self.state.demo)
        for button in (self.edit_button, self.test_button, self.remove_button):
            button.setVisible(not none)
        for button in (self.add_button, self.sync_button):  # the empty state has the one call to action
            button.setVisible(not self.empty.isVisibleTo(self))
        self._show_banner()

    def _render_analysis(self, analysis: Analysis) -> None:
        self.risk_model.set_rows(rows_of(analysis), fr.assess_state(self.state, analysis.snapshot))
        fit_height(self.risk_table)
        synced = self.risk_model.rowCount() > 0
        self.risk_title.setVisible(synced)
        self.risk_table.setVisible(synced)
        self._show_risk_warning()
        self._show_haircuts()

    def _show_haircuts(self) -> None:
        rows = [r for r in self.risk_model.rows() if r.margin is not None and r.margin.collateral]
        self.haircuts.setText(self.tr("Collateral haircuts: {tables}").format(
            tables="; ".join(f"{r.label} — {haircut_text(r)}" for r in rows)))
        self.haircuts.setToolTip(plain_tooltip("\n\n".join(haircut_tooltip(r) for r in rows)))
        self.haircuts.setVisible(bool(rows))

    def _show_risk_warning(self) -> None:
        """One line per account whose venue reports a ratio more than 0.5 % away from ours: both numbers, and
        what may explain the gap (left out in privacy mode: it may name amounts)."""
        lines = []
        for row in self.risk_model.rows():
            if row.risk.reported_disagrees:
                text = disagreement_text(row)
                if self.risk_model.privacy and row.risk.disagreement:
                    text = text[: -len(row.risk.disagreement)].rstrip()
                lines.append(f"⚠ {row.label}: {text}")
        self.risk_warning.setText("\n".join(lines))
        self.risk_warning.setVisible(bool(lines))

    def on_privacy(self, hidden: bool) -> None:
        self.risk_model.privacy = hidden
        self.risk_model.refresh()
        self._show_risk_warning()

    def _show_banner(self) -> None:
        rows, now = self.model.rows(), self.model.now
        bad = [r for r in rows if r[2] is not None and (r[2].state.value != "fresh" or (
            self.model.source(r) is not None and not self.model.source(r).fresh))]
        self.banner.setVisible(bool(bad))
        self.banner.setText("\n".join(f"{r[0].label}: {status_text(r[2], now, self.model.source(r))}"
                                      for r in bad))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.config(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _open_dialog(self, config=None):
        from desktop.views.account_dialog import AccountDialog

        self.dialog = AccountDialog(self.state, config, self)
        self.dialog.account_saved.connect(lambda _: self._after_save())
        self.dialog.open()  # window-modal, non-blocking: the runtime keeps answering
        return self.dialog

    def _after_save(self) -> None:
        self.reload()
        self.message.setText(self.tr("Saved. Syncing…"))
        self.state.refresh()

    def add_account(self):
        return self._open_dialog()

    def edit_selected(self):
        config = self.selected()
        return self._open_dialog(config) if config is not None else None

    def test_selected(self) -> None:
        config = self.selected()
        if config is None:
            return
        dialog = self._open_dialog(config)
        dialog.run_test()

    def remove_selected(self, confirm: bool = True) -> None:
        config = self.selected()
        if config is None:
            return
        if confirm and not ask(
                self, self.tr("Remove account"),
                self.tr("Remove '{label}' and its stored key?\nRevoke the key at the exchange as well.").format(
                    label=config.label)):
            return
        self.state.intent(self.state.session.delete_account, config.id, reanalyse=False)
        self.message.setText(self.tr("Removed '{label}'.").format(label=config.label))
        self.reload()
