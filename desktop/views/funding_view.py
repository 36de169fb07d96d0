"""The funding of one position: its stored payments, its funding per day (bars and a table), the totals and what
the next funding time will bring, in the display currency (+ received, − paid).

Opened from the Positions view (``open_funding_dialog(state, position, parent)``). The ledger is read in a worker
(``AppState.load_funding``); the cost of carry comes with the current analysis. Without a stored payment the
dialog says when the venue's ledger is read next instead of drawing an empty chart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.exchanges.funding_history import rules_for
from core.funding import SIGN_NOTE, CarryLine, FundingDay, FundingPayment, interval_h_of, last_funding_time
from core.model import Position
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.charts.money_axis import MoneyAxis
from desktop.theme import chart_palette, style_plot, theme
from desktop.widgets import plain_labels

DAYS = 30  # the per-day view covers the last 30 UTC days


def _signed_money(value: float | None) -> str:
    if value is None:
        return fmt.DASH
    return ("+" if value > 0 else "") + fmt.money(value)


class _DayAxis(pg.AxisItem):
    """Bar index -> the day's short date."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.days: list[FundingDay] = []

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        out = []
        for v in values:
            i = int(round(v))
            day = self.days[i].day if 0 <= i < len(self.days) and abs(v - i) < 1e-6 else None
            out.append(i18n.date(datetime(day.year, day.month, day.day, 12, tzinfo=UTC)) if day else "")
        return out


class FundingDialog(QDialog):
    """One position's funding: totals, per-day bars and table, every payment."""

    def __init__(self, state: Any, position: Position, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.position = position
        self.payments: list[FundingPayment] | None = None  # None: still reading
        self.days: list[FundingDay] = []
        self.setModal(False)
        self.resize(920, 640)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.figures = {key: QLabel() for key in ("day", "week", "total", "next", "rate")}
        self.figure_titles = {key: QLabel() for key in self.figures}
        form = QFormLayout()
        for key in self.figures:
            self.figures[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.figure_titles[key], self.figures[key])
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.plot = pg.PlotWidget(axisItems={"left": MoneyAxis(orientation="left"),
                                             "bottom": _DayAxis(orientation="bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(200)
        self.day_table = self._table(4)
        self.payment_table = self._table(4)
        per_day = QWidget()
        day_layout = QVBoxLayout(per_day)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.plot, 3)
        day_layout.addWidget(self.day_table, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(per_day, "")
        self.tabs.addTab(self.payment_table, "")

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        plain_labels(self)  # symbols, labels and venue names are shown literally
        theme().theme_changed.connect(self._restyle)
        state.analysis_changed.connect(self._on_analysis)
        self.retranslate()
        self.reload()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # --- data ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the position's ledger again (in a worker)."""
        p = self.position
        self.state.load_funding(p.account_id, p.symbol, self._on_loaded, self._on_error, DAYS)

    def _on_loaded(self, result: tuple[list[FundingPayment], list[FundingDay]]) -> None:
        self.payments, self.days = list(result[0]), list(result[1])
        self._render()

    def _on_error(self, exc: BaseException) -> None:
        self.payments, self.days = [], []
        self._render()
        from core.sync import describe_failure

        self.empty.setText(self.tr("The funding history could not be read: {reason}").format(
            reason=describe_failure(exc)))

    def _on_analysis(self, _analysis: object) -> None:
        if self.isVisible():
            self.reload()  # a sync may have stored new payments

    def carry_line(self) -> CarryLine | None:
        analysis = getattr(self.state, "analysis", None)
        carry = getattr(getattr(analysis, "summary", None), "carry", None)
        if carry is None:
            return None
        key = (self.position.account_id, self.position.symbol)
        return next((x for x in carry.lines if (x.account_id, x.symbol) == key), None)

    # --- text ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        p = self.position
        venue = venue_spec(p.venue).name
        line = self.carry_line()
        label = line.account_label if line is not None else p.account_id
        self.setWindowTitle(self.tr("Funding: {symbol} on {account}").format(symbol=p.symbol, account=label))
        side = QCoreApplication.translate("Side", p.side.value)
        self.heading.setText(self.tr("{symbol} {side} on {account} ({venue})").format(
            symbol=p.symbol, side=side, account=label, venue=venue))
        titles = {"day": self.tr("Last 24 h"), "week": self.tr("Last 7 days"),
                  "total": self.tr("Since the first stored payment"), "next": self.tr("Next funding (projected)"),
                  "rate": self.tr("Funding rate")}
        for key, text in titles.items():
            self.figure_titles[key].setText(text)
        note = QCoreApplication.translate("Core", SIGN_NOTE)
        if rules_for(p.venue).paid_positive:
            note += " " + self.tr("{venue} books funding as a fee (+ paid); it is shown here with the sign turned, "
                                  "like every other venue.").format(venue=venue)
        valued = self.tr("Amounts in {currency}, valued at the price of the sync that stored each payment.")
        note += " " + valued.format(currency=fmt.currency_unit())
        self.note.setText(note)
        self.tabs.setTabText(0, self.tr("Per day"))
        self.tabs.setTabText(1, self.tr("Payments"))
        self.day_table.setHorizontalHeaderLabels([self.tr("Day (UTC)"), self.tr("Received"), self.tr("Paid"),
                                                  self.tr("Net")])
        self.payment_table.setHorizontalHeaderLabels([self.tr("Funding time"), self.tr("Amount"),
                                                      self.tr("Value ({currency})").format(
                                                          currency=fmt.currency_unit()), self.tr("Rate")])
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- drawing ------------------------------------------------------------------------------------------
    def _render(self) -> None:
        line = self.carry_line()
        summary = line.summary if line is not None else None
        hidden = bool(getattr(self.state, "privacy", False))
        money = (lambda v: "•••") if hidden else _signed_money
        self.figures["day"].setText(money(summary.last_24h_usd) if summary else fmt.DASH)
        self.figures["week"].setText(money(summary.last_7d_usd) if summary else fmt.DASH)
        self.figures["total"].setText(
            self.tr("{amount} in {n} payment(s) since {date}").format(
                amount=money(summary.total_usd), n=summary.payments, date=i18n.date(summary.first_at))
            if summary and summary.first_at else fmt.DASH)
        if line is not None and line.projected_next_usd is not None:
            self.figures["next"].setText(self.tr("{amount} at {time}").format(
                amount=money(line.projected_next_usd), time=i18n.date_time(self._next_funding(line))))
        else:
            self.figures["next"].setText(fmt.DASH)
        if line is not None and line.funding_rate is not None:
            self.figures["rate"].setText(self.tr("{rate} per {hours} h").format(
                rate=fmt.pct(line.funding_rate * 100.0, signed=True, decimals=4), hours=f"{line.interval_h:g}"))
        else:
            self.figures["rate"].setText(fmt.DASH)
        if self.payments is None:
            self.empty.setText(self.tr("Reading the funding history…"))
            self.pages.setCurrentWidget(self.empty)
            return
        if not self.payments:
            self.empty.setText(self._empty_text(line))
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.tabs)
        self._fill_days(money)
        self._fill_payments(money, hidden)
        self._draw()

    def _next_funding(self, line: CarryLine | None) -> datetime:
        """The venue's next funding time; counted on from the last one when the snapshot's is past (an old
        snapshot, the demo's recorded markets)."""
        p = self.position
        analysis = getattr(self.state, "analysis", None)
        market = analysis.snapshot.market(p.venue, p.symbol) if analysis is not None else None
        now = datetime.now(UTC)
        nxt = line.next_funding_at if line is not None else None
        if nxt is None or nxt < now:
            nxt = last_funding_time(now, market) + timedelta(hours=interval_h_of(market))
        return nxt

    def _empty_text(self, line: CarryLine | None) -> str:
        p = self.position
        analysis = getattr(self.state, "analysis", None)
        market = analysis.snapshot.market(p.venue, p.symbol) if analysis is not None else None
        return self.tr("No funding payment of this position is stored yet. Undertow reads {venue}'s funding history "
                       "after each funding time (every {hours} h), at the first sync after it; the next one is at "
                       "{time}. Refresh after that to see it here.").format(
            venue=venue_spec(p.venue).name, hours=f"{interval_h_of(market):g}",
            time=i18n.date_time(self._next_funding(line)))

    def _fill_days(self, money) -> None:
        rows = list(reversed(self.days))  # newest first
        self.day_table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            cells = [i18n.date(datetime(d.day.year, d.day.month, d.day.day, 12, tzinfo=UTC)),
                     money(d.received_usd) if d.payments else fmt.DASH,
                     money(d.paid_usd) if d.payments else fmt.DASH, money(d.net_usd) if d.payments else fmt.DASH]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.day_table.setItem(r, c, item)

    def _fill_payments(self, money, hidden: bool) -> None:
        rows = sorted(self.payments or (), key=lambda x: x.time, reverse=True)
        self.payment_table.setRowCount(len(rows))
        for r, pay in enumerate(rows):
            amount = "•••" if hidden else ("+" if pay.amount > 0 else "") + fmt.amount(pay.amount, pay.asset)
            cells = [i18n.date_time(pay.time), amount, money(pay.amount_usd),
                     fmt.pct(pay.rate * 100.0, signed=True, decimals=4) if pay.rate is not None else fmt.DASH]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.payment_table.setItem(r, c, item)

    def _draw(self) -> None:
        palette = chart_palette()
        self.plot.clear()
        axis = self.plot.getPlotItem().getAxis("bottom")
        axis.days = self.days
        left = self.plot.getPlotItem().getAxis("left")
        currency = fmt.display_currency()
        left.currency = currency
        xs = list(range(len(self.days)))
        received = [currency.from_usd(d.received_usd) for d in self.days]
        paid = [currency.from_usd(d.paid_usd) for d in self.days]
        self.plot.addItem(pg.BarGraphItem(x=xs, height=received, width=0.7, brush=palette.ok, pen=None))
        self.plot.addItem(pg.BarGraphItem(x=xs, height=paid, width=0.7, brush=palette.danger, pen=None))
        self.plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen(palette.foreground, width=1)))
        axis.setTickSpacing(major=max(1, len(xs) // 6), minor=1)
        self.plot.setXRange(-0.6, max(len(xs) - 0.4, 0.4), padding=0)
        low, high = min(paid + [0.0]), max(received + [0.0])
        if low == high:
            high = 1.0
        self.plot.setYRange(low, high, padding=0.08)
        style_plot(self.plot, palette)

    def _restyle(self, palette) -> None:
        if self.payments:
            self._draw()


def open_funding_dialog(state: Any, position: Position, parent: QWidget | None = None) -> FundingDialog:
    """Show the funding of ``position`` (a non-modal dialog; deleted when closed)."""
    dialog = FundingDialog(state, position, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
