"""Custody: what to move to cold storage, wallets and balances, the exchange vs self-custody split, due reminders.

The view only renders: the split and the cold-storage plan come from ``core.custody`` (``split``, ``movable``: per
exchange account what its own margin rules need and what can go), the reminders from ``core.reminders`` (evaluated
and persisted once per snapshot by the session). The only I/O it starts is the wallets' next unused receive address
(through the bridge, off the GUI thread), so an action can say "address #6". Holdings whose source did not sync
freshly are greyed and marked ◷ with their age; test-network wallets are listed, marked, and counted nowhere.
The holdings table's model is in ``desktop.views.custody_holdings``, the cold-storage box in
``desktop.views.custody_moves``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.custody.movable import Move
from core.custody.split import CustodySplit
from core.model import CustodyClass
from desktop import format as fmt
from desktop import i18n
from desktop.format import (
    QT_TRANSLATE_NOOP,  # typed `str` (PySide6's stub says `object`)
    plain_tooltip,
)
from desktop.models import freshness as fr
from desktop.views.custody_holdings import (
    CLASS_NAMES,  # noqa: F401 - importable from here, as before the split
    HIDDEN,
    SORT_ROLE,
    HoldingsModel,
    class_name,  # noqa: F401
)
from desktop.views.custody_moves import ColdMovesBox, shown, wrapping_list
from desktop.widgets import FollowAnalysis, follow_privacy, plain_labels

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.freshness import Freshness


# The chart's tick labels share a bar's width: a separate context lets a language use shorter words there.
CHART_NAMES = {CustodyClass.EXCHANGE: QT_TRANSLATE_NOOP("CustodyChart", "Exchange"),
               CustodyClass.HARDWARE_WALLET: QT_TRANSLATE_NOOP("CustodyChart", "Hardware wallet"),
               CustodyClass.SOFTWARE_WALLET: QT_TRANSLATE_NOOP("CustodyChart", "Software wallet"),
               CustodyClass.OTHER_CUSTODIAN: QT_TRANSLATE_NOOP("CustodyChart", "Other custodian")}


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
        big = QFont(self.font())
        big.setPointSizeF(15)
        big.setWeight(QFont.Weight.DemiBold)
        for i, key in enumerate(self.figures):
            cap = self.captions[key] = QLabel()
            cap.setWordWrap(True)
            # No style sheet: a label with one keeps the colours of the theme it was polished in (black on dark
            # after a switch); a font and the palette follow every theme switch.
            self.figures[key].setFont(big)
            figures.addWidget(cap, 0, i)
            figures.addWidget(self.figures[key], 1, i)
            figures.setColumnStretch(i, 1)

        self.stale_note = QLabel()  # the figures include data from a source that is not fresh
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(f"color: {fr.PARTLY_COLOUR}; font-weight: bold;")
        self.stale_note.hide()
        self.freshness: Freshness | None = None  # of the shown snapshot

        # --- what to do: one action per account and asset ---------------------------------------------------
        moves_box = self.moves_box = ColdMovesBox(state)
        moves_box.move_requested.connect(self.open_cold_move)
        moves_box.watch_requested.connect(self.open_wallet_dialog)
        self.moves, self.moves_note = moves_box.moves, moves_box.note
        self.move_button, self.add_button = moves_box.move_button, moves_box.add_button

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
        self.chart.setMinimumHeight(140)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()

        self.reminders = wrapping_list()
        self.reminders.currentItemChanged.connect(lambda *_: self._reminder_selected())
        self.snooze_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.drill_button = QPushButton()
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.drill_button.clicked.connect(self.record_drill)

        wallets_box = self.wallets_box = QGroupBox()
        QVBoxLayout(wallets_box).addWidget(self.table)
        chart_box = self.chart_box = QGroupBox()
        QVBoxLayout(chart_box).addWidget(self.chart)
        rem_box = self.rem_box = QGroupBox()
        rl = QVBoxLayout(rem_box)
        rl.addWidget(self.reminders)
        buttons = QHBoxLayout()
        for b in (self.snooze_button, self.dismiss_button, self.drill_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(chart_box)
        right.addWidget(rem_box)
        right.setSizes([230, 330])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(wallets_box)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([740, 360])
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(figures)
        cl.addWidget(self.stale_note)
        cl.addWidget(moves_box)
        cl.addWidget(body, 1)

        # --- nothing to show yet: the next step ----------------------------------------------------------------
        self.empty = QWidget()
        self.empty_title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(14)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.empty_title.setFont(title_font)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)  # no alignment flag in the layout: it keeps the wrapped height
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self.open_wallet_dialog)
        column = QWidget()
        column.setMaximumWidth(640)
        cl2 = QVBoxLayout(column)
        cl2.addWidget(self.empty_title)
        cl2.addWidget(self.empty_text)
        cl2.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 3)
        centred.addStretch(1)
        el = QVBoxLayout(self.empty)
        el.addStretch(1)
        el.addLayout(centred)
        el.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        QVBoxLayout(self).addWidget(self.pages)
        self._update_buttons()
        self._follow = FollowAnalysis(self, state, self._render_analysis)
        self._privacy = follow_privacy(self, state, lambda _h: self._rerender())
        from desktop.theme import theme

        theme().theme_changed.connect(self._on_theme)  # bound slot: dropped when the view dies
        plain_labels(self)  # wallet and account labels, servers' reasons: never markup
        self._restyle()
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        captions = {"net": self.tr("Net worth"), "self_share": self.tr("Long-term in self-custody"),
                    "lt_exchange": self.tr("Long-term on exchanges"),
                    "not_needed": self.tr("Can move to cold storage"),
                    "exchanges": self.tr("Largest exchange share")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.captions["not_needed"].setToolTip(self.tr(
            "Coins the exchange accounts do not need as margin by their own rules (their mode, the venue's "
            "collateral haircuts), at market value"))
        self.snooze_button.setText(self.tr("Snooze 1 day"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.move_button.setText(self.tr("Move to cold storage…"))
        self.drill_button.setText(self.tr("I verified on my device"))
        self.add_button.setText(self.tr("Watch a wallet…"))
        self.moves_box.setTitle(self.tr("What to move to cold storage"))
        self.wallets_box.setTitle(self.tr("Holdings by place"))
        self.chart_box.setTitle(self.tr("Where the money sits"))
        self.rem_box.setTitle(self.tr("Due reminders"))
        self.empty_title.setText(self.tr("Nothing to show yet"))
        self.empty_text.setText(self.tr(
            "Watch a wallet to see your self-custody beside your exchange accounts: paste an output descriptor, "
            "an xpub/zpub or an address from your hardware wallet's companion app. Undertow only reads public "
            "keys; it never asks for a seed or a private key. Exchange accounts are added in Accounts."))
        self.empty_button.setText(self.tr("Watch a wallet…"))
        self.model.retranslate()
        self._rerender()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """Colours that derive from the theme's palette, set again on every palette change (a theme switch)."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)  # the figures inherit the text colour
        for label in (*self.captions.values(), self.moves_box.note, self.empty_text):
            own = label.palette()
            own.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(own)

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
        self._sources = {s.source_id: "" if s.state.value == "fresh" else
                         i18n.core_text("SourceState", s.state.value) + (f" ({i18n.text(s.error)})" if s.error else "")
                         for s in analysis.snapshot.sources if s.kind in ("wallet", "manual")}
        if self.freshness is not None:  # every source not fresh, exchange accounts too: the mark, its age, why
            now = self.freshness.now
            self._sources.update({s.source_id: f"{fr.mark(s, now)} — {fr.problem_short(s)}"  # whole: tooltip
                                  for s in self.freshness.not_fresh})
        self.moves_box.look_up_addresses(analysis)
        self._rerender()

    def _rerender(self) -> None:
        snapshot = self.state.snapshot
        has_data = self.split is not None and bool(self.split.holdings or self.split.plan
                                                   or (snapshot is not None and snapshot.wallets))
        self.pages.setCurrentIndex(1 if has_data else 0)
        if self.split is None:
            return
        fresh = self.freshness
        stale = {s.source_id: s for s in fresh.not_fresh} if fresh is not None else {}
        self.model.set_rows(self.split.holdings, self._sources, self.state.privacy, stale,
                            fresh.now if fresh is not None else None)
        # the Data column only when a source has something to say (not fresh): the others fit at 1280 px
        self.table.setColumnHidden(len(HoldingsModel.HEADERS) - 1,
                                   not any(self._sources.get(h.source_id) for h in self.split.holdings))
        behind = fresh.stale_among(h.source_id for h in self.split.holdings) if fresh is not None else ()
        note = fr.includes_stale(behind, fresh.now) if fresh is not None else ""
        self.stale_note.setText(note)
        self.stale_note.setToolTip(plain_tooltip("\n\n".join(fr.stale_tooltip(s, fresh.now) for s in behind))
                                   if fresh is not None else "")
        self.stale_note.setVisible(bool(note))
        self._render_figures()
        self.moves_box.show_plan(self.split.plan, self.split.margin_multiple)
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
        """Horizontal bars, one per custody class (names on the left, value and share at each bar's end): they
        read in a narrow column, where upright bars' names run into each other."""
        from desktop.theme import chart_palette, style_plot

        palette = chart_palette()
        style_plot(self.chart, palette)
        self.chart.showGrid(x=False, y=False)
        self.chart.clear()
        if self.split is None:
            return
        classes = list(CustodyClass)
        values = [self.split.by_class_usd.get(c, 0.0) / 1000.0 for c in classes]  # thousands of USD
        colours = [palette.exchange, palette.self_custody, palette.ok, palette.warning]
        rows = list(range(len(classes)))
        self.chart.addItem(pg.BarGraphItem(x0=[0.0] * len(classes), y=rows, width=values, height=0.62,
                                           brushes=colours, pens=[pg.mkPen(c) for c in colours]))
        total = sum(values) or 1.0
        for i, v in enumerate(values):  # the value and share at the bar's end read faster than an axis
            share = fmt.pct(v / total * 100, decimals=0)
            text = share if self.state.privacy else f"{fmt.money_short(v * 1000)} · {share}"
            label = pg.TextItem(text, color=palette.foreground, anchor=(0.0, 0.5))
            label.setPos(v, i)
            self.chart.addItem(label)
        left = self.chart.getAxis("left")
        left.setTicks([[(i, QCoreApplication.translate("CustodyChart", CHART_NAMES[c]))
                        for i, c in enumerate(classes)]])
        self.chart.hideAxis("bottom")  # each bar carries its value and share; an axis would only add noise
        self.chart.getPlotItem().invertY(True)  # the exchange first, as in the figures above
        self.chart.setYRange(-0.5, len(classes) - 0.5, padding=0.02)
        self.chart.setXRange(0, max(values + [0.001]) * 2.1, padding=0)  # room for the text after the longest bar

    def _render_reminders(self) -> None:
        self.reminders.clear()
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
            text = shown(r.condition.message) if not self.state.privacy else self.tr("details hidden")
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

    def selected_move(self) -> Move | None:
        return self.moves_box.selected_move()

    def _reminder_selected(self) -> None:
        r = self.selected_reminder()
        if r is not None and r.condition.action == "move_to_cold":  # the action that answers it, ready to go
            self.moves_box.select_account(r.condition.account_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.selected_reminder()
        self.snooze_button.setEnabled(r is not None)
        self.dismiss_button.setEnabled(r is not None)
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
        """The move-to-cold flow for the selected action (the first one when none is selected)."""
        from desktop.views.cold_move_dialog import ColdMoveDialog

        move = self.selected_move() or self.moves_box.first_move()
        if move is None:
            return None
        dialog = ColdMoveDialog(self.state, move.account_id, self, asset=move.asset)
        dialog.move_recorded.connect(lambda _m: self.state.reanalyse())
        dialog.open()
        return dialog
