"""Dashboard: the three questions at one glance (liquidation, what-if, custody) plus data freshness."""

from __future__ import annotations

from datetime import datetime, timezone

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from desktop import format as fmt
from desktop.theme import chart_palette, style_plot, theme

HIDDEN = "•••"


class Card(QFrame):
    """A titled box; the title explains itself in a tooltip."""

    def __init__(self, title: str, tooltip: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setToolTip(tooltip)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)

    def label(self, text: str = "", big: bool = False) -> QLabel:
        w = QLabel(text)
        w.setWordWrap(True)
        w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if big:
            font = w.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            w.setFont(font)
        self.body.addWidget(w)
        return w


class DashboardView(QWidget):
    title = "Dashboard"
    open_view = Signal(str)  # title of a view to show (e.g. "What-if")

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = None
        self.reminders: list = []

        worth = Card("Net worth", "Everything you own, priced in USD: exchange equity (balances including "
                                  "unrealised PnL), watch-only wallets and manual holdings")
        self.worth = worth.label(big=True)
        self.worth_change = worth.label()
        self.worth_split = worth.label()

        liq = Card("Nearest liquidation", "The position that needs the smallest adverse move of its mark price to "
                                          "be liquidated, by the venue's own rules")
        self.nearest = liq.label(big=True)
        self.nearest_detail = liq.label()
        self.gap = liq.label()

        what_if = Card("What if", "The default what-if: an instant gap with the liquidation cascade, i.e. forced "
                                  "sells walking the order book and triggering more liquidations")
        self.scenario = what_if.label()
        self.scenario_detail = what_if.label()
        self.simulator_button = QPushButton("Open the simulator…")
        self.simulator_button.clicked.connect(lambda: self.open_view.emit("What-if"))
        what_if.body.addWidget(self.simulator_button)

        split = Card("Where your money sits", "Exchange balances are in the blast radius of a venue failure; "
                                             "hardware and software wallets are self-custody")
        self.split_plot = pg.PlotWidget()
        self.split_plot.setMinimumHeight(140)
        self.split_plot.setMenuEnabled(False)
        self.split_plot.setMouseEnabled(False, False)
        self.split_plot.hideButtons()
        split.body.addWidget(self.split_plot, 1)
        self.split_note = split.label()

        remind = Card("Reminders", "Things worth doing now: moving idle collateral to cold storage, reducing "
                                   "exposure to one exchange, positions close to liquidation")
        self.reminder_list = QListWidget()
        self.reminder_list.setWordWrap(True)
        self.reminder_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        remind.body.addWidget(self.reminder_list, 1)

        sources = Card("Data freshness", "When each source was last synced successfully; a stale source shows "
                                         "its last good data")
        self.sources = sources.label()
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        for card in (worth, liq, what_if, sources):
            card.body.addStretch(1)

        grid = QGridLayout(self)
        grid.addWidget(worth, 0, 0)
        grid.addWidget(liq, 0, 1)
        grid.addWidget(what_if, 0, 2)
        grid.addWidget(split, 1, 0)
        grid.addWidget(remind, 1, 1)
        grid.addWidget(sources, 1, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(1, 1)

        state.snapshot_changed.connect(self.on_snapshot)
        state.privacy_changed.connect(lambda _h: self.render())
        theme().theme_changed.connect(self._on_theme)  # a bound slot: disconnected when the view dies
        if state.snapshot is not None:
            self.on_snapshot(state.snapshot)

    def _on_theme(self, _palette) -> None:
        self.render()

    # --- data --------------------------------------------------------------------------------------------
    def on_snapshot(self, snap) -> None:
        from core.daily import daily_summary

        if snap is None:
            return
        previous = self._previous(snap)
        self.summary = daily_summary(snap, previous)
        self.reminders = self._due_reminders(snap)
        self.render()

    def _previous(self, snap):
        from core.store import load_snapshot, snapshot_ids

        ids = snapshot_ids(self.state.db, demo=snap.demo)
        return load_snapshot(self.state.db, ids[-2]) if len(ids) >= 2 else None

    def _due_reminders(self, snap) -> list:
        from core.store.custody_repo import evaluate_reminders

        return list(evaluate_reminders(self.state.db, snap, datetime.now(timezone.utc)))

    # --- rendering ---------------------------------------------------------------------------------------
    def _usd(self, value) -> str:
        return HIDDEN if self.state.privacy else fmt.usd(value)

    def render(self) -> None:
        s = self.summary
        if s is None:
            return
        self.worth.setText(self._usd(s.net_worth_usd))
        if s.net_worth_change_usd is None:
            self.worth_change.setText("First check: no earlier snapshot to compare with")
        else:
            sign = "+" if s.net_worth_change_usd >= 0 else "−"
            amount = HIDDEN if self.state.privacy else fmt.usd(abs(s.net_worth_change_usd))
            self.worth_change.setText(f"{sign}{amount} since {s.previous_taken_at.astimezone():%b %d %H:%M}")
        share = s.self_custody_share_of_long_term
        self.worth_split.setText(
            f"On exchanges {self._usd(s.on_exchanges_usd)} · self-custody {self._usd(s.self_custody_usd)}"
            + (f"<br>{share * 100:.0f} % of long-term holdings are in self-custody" if share is not None else ""))

        palette = chart_palette()
        if s.nearest is None:
            self.nearest.setText("No open positions")
            self.nearest_detail.setText("")
        else:
            r = s.nearest
            color = palette.danger if r.survives_10pct_gap is False else palette.foreground
            self.nearest.setText(f'<span style="color:{color}">{r.distance_pct:.2f} %</span>')
            sigma = f" ({r.distance_vols:.1f} daily σ)" if r.distance_vols is not None else ""
            self.nearest_detail.setText(
                f"{r.position.symbol} {r.position.side.value} on {r.position.venue}{sigma}<br>"
                f"liquidation at {fmt.price(r.liquidation_price)}, mark {fmt.price(r.position.mark_price)}")
        if s.failing_gap:
            names = "<br>".join(f"• {r.position.symbol} {r.position.side.value} on {r.position.venue}"
                                for r in s.failing_gap)
            self.gap.setText(f'<span style="color:{palette.danger}"><b>{len(s.failing_gap)} position(s) would '
                             f'not survive a 10 % gap:</b><br>{names}</span>')
        else:
            self.gap.setText("Every position survives a 10 % gap.")

        sc = s.scenario
        if sc is None:
            self.scenario.setText("No positions to stress.")
            self.scenario_detail.setText("")
        elif sc.error:
            self.scenario.setText(f"The what-if could not run: {sc.error}")
            self.scenario_detail.setText("")
        else:
            final = "" if sc.driver_final_move is None else f" → {sc.driver_final_move * 100:+.1f} % with the cascade"
            self.scenario.setText(f"<b>{sc.name}</b><br>BTC {sc.driver_shock * 100:+.0f} %{final}")
            died = sc.liquidated_with_cascade
            extra = [x for x in sc.liquidated_with_cascade if x not in sc.liquidated_without_cascade]
            lines = [f"Exchange equity after: {self._usd(sc.equity_with_cascade_usd)} with the cascade, "
                     f"{self._usd(sc.equity_without_cascade_usd)} without",
                     f"{len(died)} position(s) liquidated" + (f" ({len(extra)} only because of the cascade)"
                                                             if extra else "")]
            lines += [f"• {x}" for x in died]
            self.scenario_detail.setText("<br>".join(lines))

        self._render_split(palette)
        self.reminder_list.clear()
        for rem in self.reminders:
            text = rem.condition.kind if self.state.privacy else rem.condition.message
            item = QListWidgetItem(text)
            item.setToolTip(rem.condition.message if not self.state.privacy else rem.condition.kind)
            self.reminder_list.addItem(item)
        if not self.reminders:
            self.reminder_list.addItem("Nothing due. ✓")

        rows = []
        for src in s.sources:
            color = {"fresh": palette.ok, "stale": palette.warning, "failed": palette.danger}[src.state.value]
            when = "never" if src.as_of is None else f"{src.as_of.astimezone():%b %d %H:%M}"
            reason = f" — {src.error}" if src.error else ""
            rows.append(f'<span style="color:{color}">●</span> {src.source_id}: {src.state.value} ({when}){reason}')
        self.sources.setText("<br>".join(rows) or "No sources configured.")

    def _render_split(self, palette) -> None:
        s = self.summary
        plot = self.split_plot
        plot.clear()
        style_plot(plot, palette)
        other = max(0.0, s.net_worth_usd - s.on_exchanges_usd - s.self_custody_usd)
        values = [s.on_exchanges_usd, s.self_custody_usd, other]
        colors = [palette.exchange, palette.self_custody, palette.warning]
        names = ["Exchanges", "Self-custody", "Other custodians"]
        plot.addItem(pg.BarGraphItem(x0=0, y=list(range(3)), height=0.6, width=values,
                                     brushes=[pg.mkBrush(c) for c in colors]))
        plot.getAxis("left").setTicks([list(enumerate(names))])
        plot.getAxis("bottom").setStyle(showValues=not self.state.privacy)
        plot.setLabel("bottom", "USD")
        plot.getPlotItem().showGrid(x=not self.state.privacy, y=False, alpha=palette.grid_alpha)
        total = s.net_worth_usd or 1.0
        self.split_note.setText(" · ".join(f"{n} {v / total * 100:.0f} %" for n, v in zip(names, values)))
