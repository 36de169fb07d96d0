"""Dashboard: the three questions at one glance (liquidation, what-if, custody) plus data freshness.

A card whose figures include data from a source that is not fresh says so (◷, the sources and their age); an API
key only the user can repair (a locked keyring, a missing or rejected key) leads the reminders.

The cards are rich text (their own bold titles, coloured marks, line breaks); every part of them that comes from
outside (a server's error, a symbol, an account's or a wallet's label, a scenario's name) is escaped with
``html_text``, so it is read as it is, never rendered. Their colours come from the theme: a theme switch re-renders
them (``changeEvent``, ``PaletteChange``).

Before the first snapshot the cards give way to an empty state that says what to do next (get started, or wait for
the first sync and why it failed); a snapshot with nothing held shows a sentence, not an empty chart."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from core.freshness import OTHER
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.charts.money_axis import MoneyAxis
from desktop.format import html_text as esc
from desktop.format import plain_tooltip
from desktop.models import freshness as fr
from desktop.theme import chart_palette, style_plot
from desktop.widgets import FollowAnalysis, follow_privacy, is_theme_change, plain_labels, rich_label
from desktop.widgets.empty_state import EmptyState, nothing_configured

if TYPE_CHECKING:
    from core.analysis import Analysis
    from core.daily import DailySummary
    from core.freshness import Freshness

HIDDEN = "•••"
REASON_CHARS = 160  # of a server's reason in the freshness card (its tooltip has it whole)


def _elided(text: str, limit: int = REASON_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…" (a server may answer with a whole page)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Card(QFrame):
    """A titled box; the title explains itself in a tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.title = rich_label(QLabel())
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)

    def set_title(self, title: str, tooltip: str) -> None:
        self.title.setText(f"<b>{esc(title)}</b>")
        self.title.setToolTip(tooltip)

    def label(self, big: bool = False) -> QLabel:
        """A rich-text line of the card: whoever sets its text escapes every outside part (``html_text``)."""
        w = rich_label(QLabel())
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
        self.summary: DailySummary | None = None
        self.reminders: list = []
        self.freshness: Freshness | None = None  # of the shown snapshot, as of its rendering
        self.holding_sources: tuple[str, ...] = ()  # the source ids behind the net worth and the split

        self.cards = {name: Card() for name in ("worth", "liq", "what_if", "split", "remind", "sources")}
        worth = self.cards["worth"]
        self.worth = worth.label(big=True)
        self.worth_change = worth.label()
        self.worth_split = worth.label()

        liq = self.cards["liq"]
        self.nearest = liq.label(big=True)
        self.nearest_detail = liq.label()
        self.gap = liq.label()

        what_if = self.cards["what_if"]
        self.scenario = what_if.label()
        self.scenario_detail = what_if.label()
        self.simulator_button = QPushButton()
        self.simulator_button.clicked.connect(lambda: self.open_view.emit("What-if"))
        what_if.body.addWidget(self.simulator_button)

        split = self.cards["split"]
        self.split_axis = MoneyAxis(orientation="bottom")
        self.split_plot = pg.PlotWidget(axisItems={"bottom": self.split_axis})
        self.split_plot.setMinimumHeight(140)
        self.split_plot.setMenuEnabled(False)
        self.split_plot.setMouseEnabled(False, False)
        self.split_plot.hideButtons()
        split.body.addWidget(self.split_plot, 1)
        self.split_note = split.label()

        remind = self.cards["remind"]
        self.reminder_list = QListWidget()
        self.reminder_list.setWordWrap(True)
        self.reminder_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        remind.body.addWidget(self.reminder_list, 1)

        sources = self.cards["sources"]
        self.sources = sources.label()
        for card in (worth, liq, what_if, sources):
            card.body.addStretch(1)

        self.cards_page = QWidget()
        grid = QGridLayout(self.cards_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(worth, 0, 0)
        grid.addWidget(liq, 0, 1)
        grid.addWidget(what_if, 0, 2)
        grid.addWidget(split, 1, 0)
        grid.addWidget(remind, 1, 1)
        from desktop.views.market.card import FragilityCard

        self.fragility_card = FragilityCard(state)  # the most fragile held market and its flagged signals
        self.fragility_card.open_view.connect(self.open_view)
        right = QVBoxLayout()
        right.addWidget(sources)
        right.addWidget(self.fragility_card)
        grid.addLayout(right, 1, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(1, 1)
        self.empty = EmptyState()  # before the first snapshot: what to do next
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.cards_page)
        self.pages.addWidget(self.empty)
        self._syncing = False
        self._sync_error = ""

        self._follow = FollowAnalysis(self, state, self._render_analysis)
        self._privacy = follow_privacy(self, state, lambda _h: self.redraw())
        state.sync_started.connect(self._on_sync_started)
        state.sync_failed.connect(self._on_sync_failed)
        state.busy_changed.connect(self._on_busy)
        plain_labels(self)
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        c = self.cards
        c["worth"].set_title(self.tr("Net worth"), self.tr(
            "Everything you own, in the display currency chosen in Settings: exchange equity (balances "
            "including unrealised PnL), watch-only wallets and manual holdings"))
        c["liq"].set_title(self.tr("Nearest liquidation"), self.tr(
            "The position that needs the smallest adverse move of its mark price to be liquidated, "
            "by the venue's own rules"))
        c["what_if"].set_title(self.tr("What if"), self.tr(
            "The default what-if: an instant gap with the liquidation cascade, i.e. forced sells walking the "
            "order book and triggering more liquidations"))
        c["split"].set_title(self.tr("Where your money sits"), self.tr(
            "Exchange balances are in the blast radius of a venue failure; hardware and software wallets are "
            "self-custody"))
        c["remind"].set_title(self.tr("Reminders"), self.tr(
            "Things worth doing now: moving idle collateral to cold storage, reducing exposure to one exchange, "
            "positions close to liquidation"))
        c["sources"].set_title(self.tr("Data freshness"), self.tr(
            "When each source was last synced successfully; a stale source shows its last good data"))
        self.simulator_button.setText(self.tr("Open the simulator…"))
        self.redraw()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_theme_change(event):
            self.redraw()  # the cards' inline colours and the chart come from the theme
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.summary is None:  # an account may have been added meanwhile: the next step changes
            self._show_empty()

    # --- before the first snapshot -----------------------------------------------------------------------
    def _on_sync_started(self) -> None:
        self._syncing, self._sync_error = True, ""
        self._show_empty()

    def _on_sync_failed(self, reason: str) -> None:
        self._syncing, self._sync_error = False, reason
        self._show_empty()

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._syncing:
            self._syncing = False
            self._show_empty()

    def _show_empty(self) -> None:
        """The empty state, while there is no snapshot: what Undertow needs, or where the first sync is."""
        if self.summary is not None:
            return
        self.pages.setCurrentWidget(self.empty)
        if nothing_configured(self.state):
            self.empty.set_content(self.tr("Nothing to watch yet"), self.tr(
                "Undertow answers three questions once it can read your accounts: how close each position is to "
                "liquidation, what a sudden drop would do to you, and how much of your savings sits on exchanges. "
                "Add an exchange account with a read-only key, watch a wallet, or explore the demo."),
                [(self.tr("Get started…"), lambda: self.open_view.emit("Welcome")),
                 (self.tr("Open Accounts"), lambda: self.open_view.emit("Accounts"))])
        elif self._syncing:
            self.empty.set_content(self.tr("Syncing…"), self.tr(
                "Reading your accounts and wallets. The dashboard fills in as soon as the first snapshot is "
                "stored."))
        elif self._sync_error:
            self.empty.set_content(self.tr("No data yet"), self.tr(
                "The last sync did not bring a snapshot: {reason}\nCheck the accounts' keys in Accounts, then "
                "refresh.").format(reason=self._sync_error),
                [(self.tr("Refresh now"), self.state.refresh),
                 (self.tr("Open Accounts"), lambda: self.open_view.emit("Accounts"))])
        else:
            self.empty.set_content(self.tr("No data yet"), self.tr(
                "No snapshot is stored yet. The first sync starts by itself; refresh (F5) to start it now."),
                [(self.tr("Refresh now"), self.state.refresh)])

    # --- data --------------------------------------------------------------------------------------------
    def _render_analysis(self, analysis: Analysis) -> None:
        """Render the session's analysis (computed off the GUI thread; nothing is computed here)."""
        from desktop.models.freshness import assess_state

        self.summary = analysis.summary
        self.reminders = list(analysis.reminders)
        self.freshness = assess_state(self.state, analysis.snapshot)
        self.holding_sources = tuple(h.source_id for h in analysis.split.holdings)
        self.redraw()

    # --- rendering ---------------------------------------------------------------------------------------
    def _money(self, value_usd) -> str:
        """An amount (given in USD) in the display currency, or hidden in privacy mode."""
        return HIDDEN if self.state.privacy else fmt.money(value_usd)

    def redraw(self) -> None:  # not ``render``: that would hide QWidget.render()
        s = self.summary
        if s is None:
            self._show_empty()
            return
        self.pages.setCurrentWidget(self.cards_page)
        stale_note = self._stale_note(self.holding_sources)
        mark = f' <span style="color:{chart_palette().warning}">{fr.MARK}</span>' if stale_note else ""
        self.worth.setText(esc(self._money(s.net_worth_usd)) + mark)
        if s.net_worth_change_usd is None:
            self.worth_change.setText(esc(self.tr("First check: no earlier snapshot to compare with")))
        else:
            sign = "+" if s.net_worth_change_usd >= 0 else "−"
            amount = self._money(abs(s.net_worth_change_usd))
            self.worth_change.setText(esc(self.tr("{change} since {when}").format(
                change=f"{sign}{amount}", when=i18n.date_time(s.previous_taken_at))))
        share = s.self_custody_share_of_long_term
        text = esc(self.tr("On exchanges {exchanges} · self-custody {self_custody}").format(
            exchanges=self._money(s.on_exchanges_usd), self_custody=self._money(s.self_custody_usd)))
        if share is not None:
            text += "<br>" + esc(self.tr("{share} % of long-term holdings are in self-custody").format(
                share=f"{share * 100:.0f}"))
        palette = chart_palette()
        currency = fmt.display_currency()
        if currency.unavailable is not None:  # never USD under another name: say why
            note = self.tr("{currency} rate unavailable, amounts shown in USD").format(currency=currency.chosen)
            text += f'<br><span style="color:{palette.warning}">{esc(note)}</span>'
        if stale_note:
            text += f'<br><span style="color:{palette.warning}">{esc(stale_note)}</span>'
        if s.unpriced:  # left out of the totals, never counted as $0: say so where the totals are
            note = self.tr("Price unknown, left out of the totals: {assets}").format(assets=", ".join(s.unpriced))
            text += f'<br><span style="color:{palette.warning}">{esc(note)}</span>'
        self.worth_split.setText(text)

        if s.nearest is None:
            self.nearest.setText(esc(self.tr("No open positions")))
            self.nearest_detail.setText("")
        else:
            r = s.nearest
            color = palette.danger if r.survives_gap is False else palette.foreground
            stale = self.freshness.position_stale(r.position) if self.freshness is not None else None
            mark = f' <span style="color:{palette.warning}">{fr.MARK}</span>' if stale is not None else ""
            self.nearest.setText(f'<span style="color:{color}">{esc(fmt.pct(r.distance_pct))}</span>{mark}')
            sigma = "" if r.distance_vols is None else " " + self.tr("({n} daily σ)").format(
                n=fmt.number(r.distance_vols, 1))
            detail = (esc(self._position_name(r) + sigma) + "<br>"
                      + esc(self.tr("liquidation at {liquidation}, mark {mark}").format(
                          liquidation=fmt.price(r.liquidation_price), mark=fmt.price(r.position.mark_price))))
            if stale is not None and self.freshness is not None:
                note = self.tr("{mark} Stale: the last good data of {account}, {age}").format(
                    mark=fr.MARK, account=stale.label, age=fr.age_words(stale, self.freshness.now))
                detail += f'<br><span style="color:{palette.warning}">{esc(note)}</span>'
            self.nearest_detail.setText(detail)
        if s.failing_gap:
            names = "<br>".join(esc(f"• {self._position_name(r)}") for r in s.failing_gap)
            title = self.tr("{n} position(s) would not survive a {gap} gap:").format(
                n=len(s.failing_gap), gap=fmt.threshold_pct(s.gap_rule_pct))
            self.gap.setText(f'<span style="color:{palette.danger}"><b>{esc(title)}</b><br>{names}</span>')
        else:
            self.gap.setText(esc(self.tr("Every position survives a {gap} gap.").format(
                gap=fmt.threshold_pct(s.gap_rule_pct))))

        sc = s.scenario
        if sc is None:
            self.scenario.setText(esc(self.tr("No positions to stress.")))
            self.scenario_detail.setText("")
        elif sc.error:
            self.scenario.setText(esc(self.tr("The what-if could not run: {error}").format(error=i18n.text(sc.error))))
            self.scenario_detail.setText("")
        else:
            final = "" if sc.driver_final_move is None else " → " + self.tr("{move} with the cascade").format(
                move=fmt.pct(sc.driver_final_move * 100, signed=True, decimals=1))
            self.scenario.setText(f"<b>{esc(i18n.core_text('Scenario', sc.name))}</b><br>"
                                  + esc(f"BTC {fmt.pct(sc.driver_shock * 100, signed=True, decimals=0)}{final}"))
            died = sc.liquidated_with_cascade
            extra = [x for x in sc.liquidated_with_cascade if x not in sc.liquidated_without_cascade]
            liquidated = self.tr("{n} position(s) liquidated").format(n=len(died))
            if extra:
                liquidated += " " + self.tr("({n} only because of the cascade)").format(n=len(extra))
            lines = [self.tr("Exchange equity after: {with_cascade} with the cascade, {without} without").format(
                         with_cascade=self._money(sc.equity_with_cascade_usd),
                         without=self._money(sc.equity_without_cascade_usd)),
                     liquidated]
            if died:  # one wrapped line, not one line each: the card must not overflow in any language
                lines.append(" · ".join(i18n.text(x) for x in died))
            stale_note = self._stale_note(r.position.account_id for r in s.positions)
            rich = [esc(line) for line in lines]
            if stale_note:
                rich.append(f'<span style="color:{palette.warning}">{esc(stale_note)}</span>')
            self.scenario_detail.setText("<br>".join(rich))

        self._render_split(s, palette)
        self.reminder_list.clear()
        reminded = {r.condition.subject for r in self.reminders if r.condition.rule_id == "KEY"}
        for source in self.freshness.action_needed if self.freshness is not None else ():
            if source.source_id in reminded:  # a reminder rule already says it
                continue
            # an API key only the user can repair leads: without it every other figure goes stale
            kind = self.tr("API key problem")
            item = QListWidgetItem(kind if self.state.privacy else f"{kind}: {fr.problem_text(source)}")
            item.setForeground(QBrush(QColor(palette.danger)))
            item.setToolTip(kind if self.state.privacy else plain_tooltip(fr.problem_text(source)))
            self.reminder_list.addItem(item)
        for rem in self.reminders:
            kind = i18n.core_text("ReminderKind", rem.condition.kind)
            # The message is composed by core in English; its kind leads in the user's language.
            text = kind if self.state.privacy else f"{kind}: {i18n.text(rem.condition.message)}"
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(i18n.text(rem.condition.message)) if not self.state.privacy else kind)
            self.reminder_list.addItem(item)
        if not self.reminders and not self.reminder_list.count():
            self.reminder_list.addItem(self.tr("Nothing due. ✓"))

        rows, tips = [], []
        fresh = self.freshness
        shown = {x.source_id: x for x in fresh.sources} if fresh is not None else {}
        for src in s.sources:
            seen = shown.get(src.source_id)
            state_value = seen.state if seen is not None else src.state.value
            color = {"fresh": palette.ok, "stale": palette.warning, "failed": palette.danger}[state_value]
            when = self.tr("never") if src.as_of is None else i18n.date_time(src.as_of)
            if seen is not None and fresh is not None and not seen.fresh and not s.demo:
                when += ", " + fr.age_words(seen, fresh.now)
            if seen is not None and not seen.fresh:  # a few words here; the whole reason and fix in the tooltip
                reason = " — " + fr.problem_short(seen)
                if seen.problem == OTHER and seen.reason:  # the venue's or server's own words: nothing else says it
                    reason += ": " + _elided(i18n.text(seen.reason))
                tips.append(fr.stale_tooltip(seen, fresh.now) if fresh is not None else "")
            else:
                reason = f" — {_elided(i18n.text(src.error))}" if src.error else ""
            state = i18n.core_text("SourceState", state_value)
            name = seen.label if seen is not None and seen.label != src.source_id else ""
            title = name or src.source_id  # the user's name for it; the id only when it has none
            rows.append(f'<span style="color:{color}">●</span> {esc(f"{title}: {state} ({when}){reason}")}')
        self.sources.setText("<br>".join(rows) or esc(self.tr("No sources configured.")))
        self.sources.setToolTip(plain_tooltip("\n\n".join(t for t in tips if t)))

    def _render_split(self, s: DailySummary, palette) -> None:
        plot = self.split_plot
        plot.clear()
        style_plot(plot, palette)
        other = max(0.0, s.net_worth_usd - s.on_exchanges_usd - s.self_custody_usd)
        values = [s.on_exchanges_usd, s.self_custody_usd, other]
        if not any(v > 0 for v in values):  # an empty chart would draw axes with nothing to measure
            plot.hide()
            self.split_note.setText(esc(self.tr(
                "Nothing held yet: this snapshot has no exchange balance, wallet or holding with a price.")))
            return
        plot.show()
        currency = fmt.display_currency()
        colors = [palette.exchange, palette.self_custody, palette.warning]
        names = [self.tr("Exchanges"), self.tr("Self-custody"), self.tr("Other custodians")]
        plot.addItem(pg.BarGraphItem(x0=0, y=list(range(3)), height=0.6,
                                     width=[currency.from_usd(v) for v in values],
                                     brushes=[pg.mkBrush(c) for c in colors]))
        plot.getAxis("left").setTicks([list(enumerate(names))])
        self.split_axis.currency = replace(currency, usd_per_unit=1.0)  # the bars are in it already
        self.split_axis.picture = None
        self.split_axis.setStyle(showValues=not self.state.privacy)
        plot.getPlotItem().showGrid(x=not self.state.privacy, y=False, alpha=palette.grid_alpha)
        total = s.net_worth_usd or 1.0
        note = esc(" · ".join(f"{n} {fmt.pct(v / total * 100, decimals=0)}" for n, v in zip(names, values)))
        stale_note = self._stale_note(self.holding_sources)
        if stale_note:
            note += f'<br><span style="color:{palette.warning}">{esc(stale_note)}</span>'
        self.split_note.setText(note)

    def _stale_note(self, source_ids) -> str:
        """'◷ Includes stale data: …' for the not-fresh sources among ``source_ids`` ('' when all are fresh); plain
        text (it names accounts and wallets): escape it where it goes into a card."""
        if self.freshness is None:
            return ""
        return fr.includes_stale(self.freshness.stale_among(source_ids), self.freshness.now)

    def _position_name(self, r) -> str:
        """'BTC/USDT:USDT long on Binance main': the account by the label its owner gave it (the venue's name for
        an account the snapshot does not know), never an internal id."""
        position = r.position
        snap = self.state.snapshot
        account = snap.account(position.account_id) if snap is not None else None
        where = account.label if account is not None and account.label else venue_spec(position.venue).name
        return self.tr("{symbol} {side} on {venue}").format(
            symbol=position.symbol, side=i18n.core_text("Side", position.side.value), venue=where)
