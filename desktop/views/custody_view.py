"""Custody: wallets and balances, the exchange vs self-custody split as a chart, and due reminders.

The view only renders: the split comes from ``core.custody.split``, the reminders from ``core.reminders``
(evaluated and persisted once per snapshot by the session, see ``core.session``). Holdings whose source (an
exchange account or a wallet) did not sync freshly are greyed and marked ◷ with their age, and the figures above
them say that they include stale data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.custody.split import CustodySplit
from core.model import CustodyClass
from desktop import format as fmt
from desktop import i18n
from desktop.format import (
    QT_TRANSLATE_NOOP,  # typed `str` (PySide6's stub says `object`)
    plain_tooltip,
)
from desktop.models import freshness as fr
from desktop.widgets import FollowAnalysis, plain_labels

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.freshness import Freshness

HIDDEN = "•••"
CLASS_NAMES = {CustodyClass.EXCHANGE: QT_TRANSLATE_NOOP("Custody", "Exchange"),
               CustodyClass.HARDWARE_WALLET: QT_TRANSLATE_NOOP("Custody", "Hardware wallet"),
               CustodyClass.SOFTWARE_WALLET: QT_TRANSLATE_NOOP("Custody", "Software wallet"),
               CustodyClass.OTHER_CUSTODIAN: QT_TRANSLATE_NOOP("Custody", "Other custodian")}

# The chart's tick labels share a bar's width: a separate context lets a language use shorter words there.
CHART_NAMES = {CustodyClass.EXCHANGE: QT_TRANSLATE_NOOP("CustodyChart", "Exchange"),
               CustodyClass.HARDWARE_WALLET: QT_TRANSLATE_NOOP("CustodyChart", "Hardware wallet"),
               CustodyClass.SOFTWARE_WALLET: QT_TRANSLATE_NOOP("CustodyChart", "Software wallet"),
               CustodyClass.OTHER_CUSTODIAN: QT_TRANSLATE_NOOP("CustodyChart", "Other custodian")}


def class_name(custody_class: CustodyClass) -> str:
    return QCoreApplication.translate("Custody", CLASS_NAMES[custody_class])
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class HoldingsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("HoldingsModel", "Where"), QT_TRANSLATE_NOOP("HoldingsModel", "Asset"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Amount"), QT_TRANSLATE_NOOP("HoldingsModel", "Value ({currency})"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Custody"), QT_TRANSLATE_NOOP("HoldingsModel", "Purpose"),
               QT_TRANSLATE_NOOP("HoldingsModel", "Data"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.status: dict[str, str] = {}
        self.hide_amounts = False
        self.stale: dict = {}  # source id -> core.freshness.SourceFreshness, for sources that are not fresh
        self.now = datetime.now(UTC)

    def set_rows(self, holdings, status: dict[str, str], hide_amounts: bool, stale: dict | None = None,
                 now: datetime | None = None) -> None:
        self.beginResetModel()
        self.rows, self.status, self.hide_amounts = list(holdings), status, hide_amounts
        self.stale, self.now = dict(stale or {}), now or datetime.now(UTC)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HoldingsModel", self.HEADERS[section]).replace(
                "{currency}", fmt.currency_unit())
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        h, col = self.rows[index.row()], index.column()
        if role == SORT_ROLE:
            return [h.label, h.asset, h.amount, h.value_usd or 0.0, h.custody_class.value, h.purpose.value,
                    self.status.get(h.source_id, "")][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        stale = self.stale.get(h.source_id)
        if stale is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(fr.STALE_COLOUR)
        if stale is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if stale is not None and role == Qt.ItemDataRole.ToolTipRole:
            return fmt.plain_tooltip(fr.stale_tooltip(stale, self.now))  # a label, a server's reason: literally
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return f"{fr.MARK} {h.label or h.source_id}" if stale is not None else h.label or h.source_id
        if col == 1:
            return h.asset
        if col == 2:
            return HIDDEN if self.hide_amounts else fmt.amount(h.amount, h.asset)
        if col == 3:
            return HIDDEN if self.hide_amounts else fmt.money(h.value_usd)
        if col == 4:
            return class_name(h.custody_class)
        if col == 5:
            return self.tr("Long-term") if h.purpose.value == "long_term" else self.tr("Collateral")
        return self.status.get(h.source_id, "")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))


class CustodyView(QWidget):
    title = "Custody"
    reminders_changed = Signal(list, list)  # keys, neutral kinds: for Tray.notify (no amounts, no names)

    def __init__(self, state, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.state, self.clock = state, clock
        self.split: CustodySplit | None = None
        self.due: list = []
        self._sources: dict[str, str] = {}

        self.figures = {name: QLabel("—") for name in
                        ("net", "self_share", "lt_exchange", "not_needed", "exchanges")}
        figures = QGridLayout()
        self.captions: dict[str, QLabel] = {}
        for i, key in enumerate(self.figures):
            cap = self.captions[key] = QLabel()
            cap.setWordWrap(True)
            cap.setStyleSheet("color: palette(mid);")
            self.figures[key].setStyleSheet("font-size: 15pt; font-weight: 600;")
            figures.addWidget(cap, 0, i)
            figures.addWidget(self.figures[key], 1, i)

        self.stale_note = QLabel()  # the figures include data from a source that is not fresh
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(f"color: {fr.PARTLY_COLOUR}; font-weight: bold;")
        self.stale_note.hide()
        self.freshness: Freshness | None = None  # of the shown snapshot

        self.model = HoldingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.chart = pg.PlotWidget()
        self.chart.setMinimumHeight(180)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()

        self.reminders = QListWidget()
        self.reminders.setWordWrap(True)
        self.reminders.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.snooze_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.move_button = QPushButton()
        self.drill_button = QPushButton()
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.move_button.clicked.connect(self.open_cold_move)
        self.drill_button.clicked.connect(self.record_drill)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.open_wallet_dialog)

        wallets_box = self.wallets_box = QGroupBox()
        wl = QVBoxLayout(wallets_box)
        wl.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        wl.addLayout(row)
        chart_box = self.chart_box = QGroupBox()
        QVBoxLayout(chart_box).addWidget(self.chart)
        rem_box = self.rem_box = QGroupBox()
        rl = QVBoxLayout(rem_box)
        rl.addWidget(self.reminders)
        buttons = QHBoxLayout()
        for b in (self.snooze_button, self.dismiss_button, self.move_button, self.drill_button):
            buttons.addWidget(b)
        rl.addLayout(buttons)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(chart_box)
        right.addWidget(rem_box)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(wallets_box)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([660, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.stale_note)
        layout.addWidget(body, 1)
        self._update_buttons()
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        state.privacy_changed.connect(lambda _h: self._rerender())
        from desktop.theme import theme

        theme().theme_changed.connect(self._on_theme)  # bound slot: dropped when the view dies
        plain_labels(self)  # wallet and account labels, servers' reasons: never markup
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        captions = {"net": self.tr("Net worth"), "self_share": self.tr("Long-term in self-custody"),
                    "lt_exchange": self.tr("Long-term on exchanges"),
                    "not_needed": self.tr("Collateral not needed as margin"),
                    "exchanges": self.tr("Largest exchange share")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.snooze_button.setText(self.tr("Snooze 1 day"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.move_button.setText(self.tr("Move to cold storage…"))
        self.drill_button.setText(self.tr("I verified on my device"))
        self.add_button.setText(self.tr("Watch a wallet…"))
        self.wallets_box.setTitle(self.tr("Holdings by place"))
        self.chart_box.setTitle(self.tr("Where the money sits"))
        self.rem_box.setTitle(self.tr("Due reminders"))
        self.model.retranslate()
        self._rerender()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_theme(self, palette) -> None:
        from desktop.theme import style_plot

        if self.split is not None:
            self._render_chart()
        else:  # nothing drawn yet (no data, or not shown since it came): the empty chart follows the theme
            style_plot(self.chart, palette)

    # --- rendering ------------------------------------------------------------------------------

    def _render_analysis(self, analysis: Analysis) -> None:
        """Render the split and the due reminders the session computed (and persisted) for this snapshot."""
        self.split = analysis.split
        self.due = list(analysis.reminders)
        self.freshness = fr.assess_state(self.state, analysis.snapshot)
        self._sources = {s.source_id: s.state.value + (f" ({s.error})" if s.error else "")
                         for s in analysis.snapshot.sources if s.kind in ("wallet", "manual")}
        if self.freshness is not None:  # every source not fresh, exchange accounts too: the mark, its age, why
            now = self.freshness.now
            self._sources.update({s.source_id: f"{fr.mark(s, now)} — {fr.problem_short(s)}"  # whole: tooltip
                                  for s in self.freshness.not_fresh})
        self._rerender()

    def _rerender(self) -> None:
        if self.split is None:
            return
        fresh = self.freshness
        stale = {s.source_id: s for s in fresh.not_fresh} if fresh is not None else {}
        self.model.set_rows(self.split.holdings, self._sources, self.state.privacy, stale,
                            fresh.now if fresh is not None else None)
        behind = fresh.stale_among(h.source_id for h in self.split.holdings) if fresh is not None else ()
        note = fr.includes_stale(behind, fresh.now) if fresh is not None else ""
        self.stale_note.setText(note)
        self.stale_note.setToolTip(plain_tooltip("\n\n".join(fr.stale_tooltip(s, fresh.now) for s in behind))
                                   if fresh is not None else "")
        self.stale_note.setVisible(bool(note))
        self._render_figures()
        self._render_chart()
        self._render_reminders()

    def _money(self, value: float | None) -> str:
        """An amount (given in USD) in the display currency, or hidden in privacy mode."""
        return HIDDEN if self.state.privacy else fmt.money(value)

    def _render_figures(self) -> None:
        s = self.split
        if s is None:
            return
        share = s.self_custody_share_of_long_term
        self.figures["net"].setText(self._money(s.net_worth_usd))
        self.figures["self_share"].setText("—" if share is None else fmt.pct(share * 100, decimals=0))
        self.figures["lt_exchange"].setText(self._money(s.long_term_on_exchanges_usd))
        self.figures["not_needed"].setText(self._money(sum(s.collateral_not_needed_usd.values())))
        top = max(s.exchange_share_of_net_worth.items(), key=lambda kv: kv[1], default=None)
        self.figures["exchanges"].setText("—" if top is None else self.tr("{share} of net worth").format(
            share=fmt.pct(top[1] * 100, decimals=0)))
        if self.stale_note.text():  # each figure sums the stale holdings too: mark it where it is read
            for label in self.figures.values():
                if label.text() != "—":
                    label.setText(f"{label.text()} {fr.MARK}")

    def _render_chart(self) -> None:
        from desktop.theme import chart_palette, style_plot

        palette = chart_palette()
        style_plot(self.chart, palette)
        self.chart.clear()
        if self.split is None:
            return
        classes = list(CustodyClass)
        values = [self.split.by_class_usd.get(c, 0.0) / 1000.0 for c in classes]  # thousands of USD
        colours = [palette.exchange, palette.self_custody, palette.ok, palette.warning]
        self.chart.addItem(pg.BarGraphItem(x=list(range(len(classes))), height=values, width=0.6, brushes=colours,
                                           pens=[pg.mkPen(c) for c in colours]))
        total = sum(values) or 1.0
        for i, v in enumerate(values):  # the share on top of each bar reads faster than the axis
            share = fmt.pct(v / total * 100, decimals=0)
            text = share if self.state.privacy else f"{fmt.money_short(v * 1000)} · {share}"
            label = pg.TextItem(text, color=palette.foreground, anchor=(0.5, 1.0))
            label.setPos(i, v)
            self.chart.addItem(label)
        self.chart.getAxis("bottom").setTicks([[(i, QCoreApplication.translate("CustodyChart", CHART_NAMES[c]))
                                                for i, c in enumerate(classes)]])
        self.chart.hideAxis("left")  # each bar carries its value and share; an axis would only add noise
        self.chart.setXRange(-0.5, len(classes) - 0.5, padding=0.02)
        self.chart.setYRange(0, max(values + [0.001]) * 1.18, padding=0)

    def _render_reminders(self) -> None:
        self.reminders.clear()
        from PySide6.QtGui import QColor

        colours = {"red": "#c0392b", "strong": "#d35400"}
        reminded = {r.condition.subject for r in self.due if r.condition.rule_id == "KEY"}
        for source in self.freshness.action_needed if self.freshness is not None else ():
            if source.source_id in reminded:  # a reminder rule already says it
                continue
            # an API key only the user can repair: no snooze (it stays until the key works again)
            kind = self.tr("API key problem")
            text = fr.problem_text(source) if not self.state.privacy else self.tr("details hidden")
            item = QListWidgetItem(f"⚠ {kind}: {text}")
            item.setForeground(QBrush(QColor(colours["red"])))
            self.reminders.addItem(item)
        for r in self.due:
            text = r.condition.message if not self.state.privacy else self.tr("details hidden")
            mark = "ℹ" if r.condition.severity == "info" else "⚠"
            item = QListWidgetItem(f"{mark} {i18n.core_text('ReminderKind', r.condition.kind)}: {text}")
            if r.condition.severity in colours:
                item.setForeground(QBrush(QColor(colours[r.condition.severity])))
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.reminders.addItem(item)
        if not self.due and not self.reminders.count():
            self.reminders.addItem(QListWidgetItem(self.tr("Nothing needs your attention.")))
        from core.reminders import notification_kinds

        self.reminders_changed.emit([r.key for r in self.due], notification_kinds(self.due))
        self._update_buttons()

    # --- actions --------------------------------------------------------------------------------

    def selected_reminder(self):
        item = self.reminders.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        r = self.selected_reminder()
        self.snooze_button.setEnabled(r is not None)
        self.dismiss_button.setEnabled(r is not None)
        self.move_button.setEnabled(r is not None and r.condition.action == "move_to_cold"
                                    and r.condition.account_id is not None)
        self.drill_button.setEnabled(r is not None and r.condition.action == "verify_device")

    def snooze_selected(self, duration: timedelta = timedelta(days=1)) -> None:
        r = self.selected_reminder()
        if r is not None:  # the session re-analyses: the reminder leaves the list when that lands
            self.state.intent(self.state.session.snooze_reminder, r.condition.rule_id, r.condition.subject,
                              self.clock() + duration)

    def dismiss_selected(self) -> None:
        r = self.selected_reminder()
        if r is not None:
            self.state.intent(self.state.session.dismiss_reminder, r.condition.rule_id, r.condition.subject,
                              self.clock())

    def record_drill(self) -> None:
        self.state.intent(self.state.session.record_drill, self.clock(), reanalyse=False)
        self.dismiss_selected()

    def open_wallet_dialog(self):
        from desktop.views.wallet_dialog import WalletDialog

        dialog = WalletDialog(self.state, self)
        dialog.wallet_added.connect(lambda _w: self.state.refresh())
        dialog.open()
        return dialog

    def open_cold_move(self):
        from desktop.views.cold_move_dialog import ColdMoveDialog

        r = self.selected_reminder()
        account_id = r.condition.account_id if r is not None else None
        if account_id is None:
            return None
        dialog = ColdMoveDialog(self.state, account_id, self)
        dialog.move_recorded.connect(lambda _m: self.state.reanalyse())
        dialog.open()
        return dialog
