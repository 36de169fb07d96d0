"""Dashboard: the three questions at one glance (liquidation, what-if, custody) plus data freshness.

A card whose figures include data from a source that is not fresh says so (◷, the sources and their age); an API
key only the user can repair (a locked keyring, a missing or rejected key) leads the reminders.

The cards are rich text (their own bold titles, coloured marks, line breaks); every part of them that comes from
outside (a server's error, a symbol, an account's or a wallet's label, a scenario's name) is escaped with
``html_text``, so it is read as it is, never rendered."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from core.freshness import OTHER
from desktop import format as fmt
from desktop import i18n
from desktop.format import html_text as esc
from desktop.format import plain_tooltip
from desktop.models import freshness as fr
from desktop.theme import chart_palette, style_plot, theme
from desktop.widgets import FollowAnalysis, plain_labels, rich_label

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
        self.split_plot = pg.PlotWidget()
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

        self._follow = FollowAnalysis(self, state, self._render_analysis)
        state.privacy_changed.connect(lambda _h: self.redraw())
        theme().theme_changed.connect(self._on_theme)  # a bound slot: disconnected when the view dies
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
        super().changeEvent(event)

    def _on_theme(self, _palette) -> None:
        self.redraw()

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
            return
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
            self.scenario.setText(esc(self.tr("The what-if could not run: {error}").format(error=sc.error)))
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
                lines.append(" · ".join(died))
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
            text = kind if self.state.privacy else f"{kind}: {rem.condition.message}"
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(rem.condition.message) if not self.state.privacy else kind)
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
                    reason += ": " + _elided(seen.reason)
                tips.append(fr.stale_tooltip(seen, fresh.now) if fresh is not None else "")
            else:
                reason = f" — {_elided(src.error)}" if src.error else ""
            state = i18n.core_text("SourceState", state_value)
            name = seen.label if seen is not None and seen.label != src.source_id else ""
            title = f"{src.source_id} ({name})" if name else src.source_id
            rows.append(f'<span style="color:{color}">●</span> {esc(f"{title}: {state} ({when}){reason}")}')
        self.sources.setText("<br>".join(rows) or esc(self.tr("No sources configured.")))
        self.sources.setToolTip(plain_tooltip("\n\n".join(t for t in tips if t)))

    def _render_split(self, s: DailySummary, palette) -> None:
        plot = self.split_plot
        plot.clear()
        style_plot(plot, palette)
        other = max(0.0, s.net_worth_usd - s.on_exchanges_usd - s.self_custody_usd)
        values = [s.on_exchanges_usd, s.self_custody_usd, other]
        currency = fmt.display_currency()
        colors = [palette.exchange, palette.self_custody, palette.warning]
        names = [self.tr("Exchanges"), self.tr("Self-custody"), self.tr("Other custodians")]
        plot.addItem(pg.BarGraphItem(x0=0, y=list(range(3)), height=0.6,
                                     width=[currency.from_usd(v) for v in values],
                                     brushes=[pg.mkBrush(c) for c in colors]))
        plot.getAxis("left").setTicks([list(enumerate(names))])
        plot.getAxis("bottom").setStyle(showValues=not self.state.privacy)
        plot.setLabel("bottom", fmt.currency_unit(currency))
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
        return self.tr("{symbol} {side} on {venue}").format(
            symbol=r.position.symbol, side=i18n.core_text("Side", r.position.side.value), venue=r.position.venue)
