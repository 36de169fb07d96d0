"""Positions: every open position like an exchange's position screen, with its liquidation price by the venue's
rules and its distance; columns chosen and ordered by the user, optionally grouped by account.

The column layout (which are shown, in which order), the sort and the grouping are remembered in QSettings under
``positions/``, saved the moment they change. With no position to show, the view says what to do next instead of
showing an empty grid.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import format as fmt
from desktop.models.positions_columns import COLUMN, COLUMNS, KEYS, layout_text, parse_layout
from desktop.models.positions_model import DISTANCE_COLUMN, FILTER_ROLE, SORT_ROLE, PositionsModel
from desktop.models.positions_tree import PositionsTree
from desktop.theme import theme
from desktop.views.positions_table import PositionsTable
from desktop.widgets import FollowAnalysis, follow_privacy, plain_labels

FUNDING_KEYS = ("funding_rate", "next_funding", "funding_paid")  # double-click on these opens the funding ledger

if TYPE_CHECKING:
    from core.analysis import Analysis

#: QSettings keys (the layout: "account,symbol,-venue,…" in visual order, "-" = hidden; the sort: "distance:0").
LAYOUT_KEY = "positions/columns"
SORT_KEY = "positions/sort"
GROUPED_KEY = "positions/grouped"


def funding_of(carry) -> dict:
    """The ledger's summary per (account id, symbol) from the analysis' cost of carry; a position without any stored
    payment has none (its cell says "—")."""
    return {(line.account_id, line.symbol): line.summary for line in carry.lines
            if line.summary is not None and line.summary.payments}


class EmptyState(QWidget):
    """What to do when there is no position to show: a title, a sentence, the next step's buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.add_button = QPushButton()
        self.refresh_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addLayout(buttons)
        column.addStretch(2)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)


class PositionsView(QWidget):
    calculator_requested = Signal(object)  # the selected PositionRisk
    open_view = Signal(str)  # title of a view to show ("Accounts": the next step when there is no account)
    add_account_requested = Signal()  # the empty state's "Add an exchange account…"

    title = "Positions"

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = PositionsModel(self)
        self.tree = PositionsTree(self.model, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.tree)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setRecursiveFilteringEnabled(True)  # a matching position keeps its account's group
        self.proxy.setAutoAcceptChildRows(True)  # a matching account keeps its positions

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.group_box = QCheckBox()
        self.columns_button = QPushButton()
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(lambda: self.fill_column_menu(self.columns_menu))
        self.columns_button.clicked.connect(
            lambda: self.columns_menu.popup(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft())))
        self.calc_button = QPushButton()
        self.calc_button.clicked.connect(self._open_calculator)
        self.summary = QLabel()

        self.table = PositionsTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setRootIsDecorated(False)
        self.table.setTreePosition(-1)  # the branches follow whichever column is first on screen
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.collapsed.connect(lambda index: self._remember_expanded(index, False))
        self.table.expanded.connect(lambda index: self._remember_expanded(index, True))
        header = self.table.header()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setStretchLastSection(False)  # the figures sit under their titles; the spare width stays at the end
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._collapsed: set[str] = set()
        self._applying = False
        self._summary = ""  # the summary line without a filter's note
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._after_layout)  # fits the columns
        for signal in (self.proxy.rowsRemoved, self.proxy.dataChanged, self.proxy.headerDataChanged):
            signal.connect(self.table.fit_columns)
        self._restore_settings()
        header.sectionMoved.connect(lambda *_: self._save_layout())
        header.sectionMoved.connect(self.table.fit_columns)  # the first column on screen holds the branches
        header.sortIndicatorChanged.connect(self._save_sort)
        self.group_box.toggled.connect(self.set_grouped)

        self.empty = EmptyState()
        self.empty.add_button.clicked.connect(self._add_account)
        self.empty.refresh_button.clicked.connect(state.refresh)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.group_box)
        top.addWidget(self.columns_button)
        top.addWidget(self.calc_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        self._privacy = follow_privacy(self, state, self.on_privacy)
        theme().theme_changed.connect(self._on_theme)
        self.model.privacy = state.privacy
        plain_labels(self)  # the summary names a symbol and an account: never markup
        self.retranslate()
        self._follow.request()

    # --- language, theme, privacy ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by venue, account or symbol…"))
        self.group_box.setText(self.tr("Group by account"))
        self.group_box.setToolTip(self.tr("One row per account (its margin ratio and liquidating move), its "
                                          "positions under it"))
        self.columns_button.setText(self.tr("Columns…"))
        self.columns_button.setToolTip(self.tr("Choose the columns shown; drag a column's title to move it. "
                                               "Also on a right click on the titles."))
        self.calc_button.setText(self.tr("Liquidation calculator…"))
        self.calc_button.setToolTip(self.tr("Open the calculator pre-filled with the selected position"))
        self.empty.add_button.setText(self.tr("Add an exchange account…"))
        self.empty.refresh_button.setText(self.tr("Refresh now"))
        with self.table.fitting_once():
            self.model.retranslate()
            self._update_empty()
            self._follow.request()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_privacy(self, hidden: bool) -> None:
        with self.table.fitting_once():
            self.model.set_privacy(hidden)

    def _on_theme(self, _palette) -> None:
        with self.table.fitting_once():
            self.model.refresh()  # the side, gain/loss and danger colours are the theme's

    # --- contents ----------------------------------------------------------------------------------------------
    def _render_analysis(self, analysis: Analysis) -> None:
        with self.table.fitting_once():  # once the rows, the funding and the filter are in
            self._render_rows(analysis)

    def _render_rows(self, analysis: Analysis) -> None:
        rows = analysis.positions
        gap_rule_pct = analysis.summary.gap_rule_pct  # the rule the rows were judged at (the setting)
        from desktop.models import freshness as fr

        fresh = fr.assess_state(self.state, analysis.snapshot)
        carry = getattr(analysis.summary, "carry", None)  # the funding ledger's lines (core.funding.Carry)
        if carry is not None:
            self.model.set_funding(funding_of(carry))
        self.model.set_rows(rows, gap_rule_pct, analysis.accounts, analysis.snapshot.accounts, fresh,
                            analysis.snapshot.markets)
        self._update_empty(analysis)
        failing = sum(1 for r in rows if r.survives_gap is False)
        # as the Distance column shows it: a whole-account position's distance is its account's move
        nearest = min(rows, key=self.model.distance, default=None)
        parts = [self.tr("Positions: {n}").format(n=len(rows))]
        if nearest is not None and math.isfinite(self.model.distance(nearest)):
            parts.append(self.tr("nearest liquidation: {symbol} on {venue}, {distance} away").format(
                symbol=nearest.position.symbol, venue=self.model.account_of(nearest).label(
                    nearest.position.account_id), distance=fmt.pct(self.model.distance(nearest))))
        if failing:
            parts.append(self.tr("would not survive a {gap} gap: {n}").format(
                gap=fmt.threshold_pct(gap_rule_pct), n=failing))
        stale = [r for r in rows if self.model.stale_of(r) is not None]
        if stale:
            parts.append(self.tr("{mark} {n} from stale data (greyed; hover for the age and the reason)").format(
                mark=fr.MARK, n=len(stale)))
        self.summary.setText(" · ".join(parts))
        self._summary = self.summary.text()
        self._on_filter(self.filter.text())

    def _configured_accounts(self) -> int:
        """How many exchange accounts there are (the demo's count as some before its first read)."""
        analysis = self.state.analysis
        if analysis is not None and analysis.snapshot.accounts:
            return len(analysis.snapshot.accounts)
        if getattr(self.state.session, "demo", False):
            return 1
        try:
            return len(self.state.session.accounts())
        except Exception as exc:  # the store's problem is reported where the store's problems are
            if not self.state.report_store_fault(exc):
                raise
            return 0

    def _update_empty(self, analysis: Analysis | None = None) -> None:
        """The table when there are positions; otherwise what to do next (add an account, or refresh)."""
        analysis = analysis if analysis is not None else self.state.analysis
        has_rows = analysis is not None and bool(analysis.positions)
        for control in (self.filter, self.group_box, self.columns_button):  # nothing to filter, group or lay out
            control.setEnabled(has_rows)
        if has_rows:
            self.pages.setCurrentWidget(self.table)
            return
        accounts = self._configured_accounts()
        e = self.empty
        if not accounts:
            e.title.setText(self.tr("No exchange account yet"))
            e.body.setText(self.tr("Add an exchange account with a read-only API key: its open positions appear "
                                   "here, each with its liquidation price by the exchange's rules, the distance "
                                   "to it, the margin ratio and the funding."))
        elif analysis is None:
            e.title.setText(self.tr("No positions read yet"))
            e.body.setText(self.tr("Your exchange accounts have not been read yet. Refresh to read their open "
                                   "positions."))
        else:
            e.title.setText(self.tr("No open positions"))
            e.body.setText(self.tr("None of your {n} exchange accounts held an open position at the last refresh. "
                                   "Positions you open appear here after the next refresh; add another exchange "
                                   "account to see its positions too.").format(n=accounts))
        e.refresh_button.setVisible(bool(accounts))
        self.pages.setCurrentWidget(self.empty)
        if analysis is None:
            self.summary.setText("")

    def _on_filter(self, text: str) -> None:
        with self.table.fitting_once():
            self.proxy.setFilterFixedString(text)
        summary = self._summary
        if text and self.model.rowCount() and not self.proxy.rowCount():
            summary = self.tr("No position matches “{text}”.").format(text=text)
        self.summary.setText(summary)

    def _add_account(self) -> None:
        self.open_view.emit("Accounts")
        self.add_account_requested.emit()

    # --- grouping ----------------------------------------------------------------------------------------------
    def set_grouped(self, grouped: bool) -> None:
        """Group the positions by account (remembered)."""
        if self.group_box.isChecked() != grouped:
            self.group_box.setChecked(grouped)  # comes back here through toggled
            return
        with self.table.fitting_once():
            self.table.setRootIsDecorated(grouped)
            self.tree.set_grouped(grouped)
        if not self._applying:
            QSettings().setValue(GROUPED_KEY, bool(grouped))

    def _after_layout(self, *_args) -> None:
        """Group rows stay open unless the user closed them; the columns fit what is then on display."""
        with self.table.fitting_once():
            self.table.fit_columns()
            if not self.tree.grouped:
                return
            for r in range(self.proxy.rowCount()):
                index = self.proxy.index(r, 0)
                group = self.tree.group_of(self.proxy.mapToSource(index))
                self.table.setExpanded(index, group is None or group.account_id not in self._collapsed)

    def _remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        group = self.tree.group_of(self.proxy.mapToSource(index))
        if group is not None:
            (self._collapsed.discard if expanded else self._collapsed.add)(group.account_id)

    # --- columns -----------------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        order, hidden = parse_layout(str(settings.value(LAYOUT_KEY, "") or ""))
        self.apply_layout(order, hidden, save=False)
        key, _, direction = str(settings.value(SORT_KEY, "") or "").partition(":")
        column = COLUMN.get(key, DISTANCE_COLUMN)  # nearest liquidation first
        order_ = Qt.SortOrder.DescendingOrder if direction == "1" else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order_)
        self._applying = True
        grouped = settings.value(GROUPED_KEY, False, type=bool)
        self.group_box.setChecked(bool(grouped))
        self.set_grouped(bool(grouped))
        self._applying = False

    def apply_layout(self, order: list[str], hidden: set[str], save: bool = True) -> None:
        """Show the columns ``order`` (keys, in visual order) without the ``hidden`` ones."""
        header = self.table.header()
        self._applying = True
        try:
            with self.table.fitting_once():
                for visual, key in enumerate(order):
                    header.moveSection(header.visualIndex(COLUMN[key]), visual)
                for key in KEYS:
                    header.setSectionHidden(COLUMN[key], key in hidden)
                self.table.fit_columns()  # a column shown again
        finally:
            self._applying = False
        if save:
            self._save_layout()


    def column_layout(self) -> tuple[list[str], set[str]]:
        """The columns as shown: every key in visual order, and the hidden ones."""
        header = self.table.header()
        order = [KEYS[header.logicalIndex(v)] for v in range(header.count())]
        return order, {k for k in KEYS if header.isSectionHidden(COLUMN[k])}

    def _save_layout(self) -> None:
        if not self._applying:
            QSettings().setValue(LAYOUT_KEY, layout_text(*self.column_layout()))

    def _save_sort(self, column: int, order: Qt.SortOrder) -> None:
        if not self._applying and 0 <= column < len(KEYS):
            QSettings().setValue(SORT_KEY, f"{KEYS[column]}:{1 if order == Qt.SortOrder.DescendingOrder else 0}")

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide a column (remembered); the last shown column stays."""
        order, hidden = self.column_layout()
        if not visible and len(hidden) >= len(KEYS) - 1:
            return
        self.table.header().setSectionHidden(COLUMN[key], not visible)
        self.table.fit_columns()
        self._save_layout()

    def reset_columns(self) -> None:
        self.apply_layout(*parse_layout(None))

    def fill_column_menu(self, menu: QMenu) -> QMenu:
        """A checkable entry per column in the order shown, then "Reset columns"."""
        menu.clear()
        menu.setToolTipsVisible(True)
        order, hidden = self.column_layout()
        last = len(hidden) >= len(KEYS) - 1
        for key in order:
            column = COLUMNS[COLUMN[key]]
            action = menu.addAction(self.model.text(column.title))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setToolTip(self.model.text(column.tooltip))
            action.setEnabled(not (last and key not in hidden))
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def _header_menu(self, pos) -> None:
        menu = self.fill_column_menu(QMenu(self))
        menu.exec(self.table.header().mapToGlobal(pos))
        menu.deleteLater()

    # --- selection ---------------------------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.tree.source_row(self.proxy.mapToSource(rows[0]))
        return None if row is None else self.model.row(row)

    def _on_double_click(self, index: QModelIndex) -> None:
        if self.tree.source_row(self.proxy.mapToSource(index)) is None:  # a group row opens or closes
            return
        source = self.proxy.mapToSource(index)
        if 0 <= source.column() < len(KEYS) and KEYS[source.column()] in FUNDING_KEYS:
            self.open_funding()
        else:
            self._open_calculator()

    def _row_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self.tree.source_row(self.proxy.mapToSource(index)) is None:
            return  # a group row (or no row): nothing to open
        menu = QMenu(self)
        menu.addAction(self.tr("Funding history…"), self.open_funding)
        menu.addAction(self.tr("Liquidation calculator…"), self._open_calculator)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def open_funding(self) -> None:
        """The selected position's funding payments, per payment and per day."""
        risk = self.selected()
        if risk is not None:
            from desktop.views.funding_view import open_funding_dialog

            open_funding_dialog(self.state, risk.position, self)

    def _open_calculator(self) -> None:
        self.calculator_requested.emit(self.selected())
