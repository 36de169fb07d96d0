"""The dashboard's fragility card: the score of the most fragile held market and its top flagged signals.

It shares the Market view's background loader (``MarketData``): the signals are read once per analysis, whichever of
the two asks first. Plain text throughout (a symbol, a source's reason are shown as they are)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import i18n
from desktop.models.fragility_model import signal_value
from desktop.views.market.data import MarketData, MarketSignals
from desktop.widgets import FollowAnalysis

TOP_SIGNALS = 3  # flagged signals named on the card (the Market view lists them all)


class FragilityCard(QFrame):
    """``open_view("Market")`` when its button is pressed."""

    open_view = Signal(str)

    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.state = state
        self.data = MarketData.of(state)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.score = QLabel()
        big = self.score.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.score.setFont(big)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label in (self.heading, self.score, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.open_view.emit("Market"))
        row = QHBoxLayout()
        row.addWidget(self.score, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.detail, 1)
        self.signals: MarketSignals | None = None
        self.failure: str | None = None  # why the last read of the signals failed (the last good ones stay)
        self.data.signals_loaded.connect(self._on_signals)
        self.data.failed.connect(self._on_failed)
        self._follow = FollowAnalysis(self, state, self._on_analysis)
        self.retranslate()
        self._follow.request()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Market fragility"))
        self.heading.setToolTip(self.tr(
            "The held market whose signals of fragile liquidity are most flagged (funding, open interest against "
            "spot, liquidation clusters, thin hours, ETF flows, volatility elsewhere), 0 to 100."))
        self.button.setText(self.tr("Open Market"))
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_analysis(self, _analysis: Any) -> None:
        current = self.data.current
        if current is not None:  # the Market view read them already
            self._on_signals(current)
        else:
            self.data.request()

    def _on_signals(self, signals: MarketSignals) -> None:
        self.signals, self.failure = signals, None
        self._render()

    def _on_failed(self, reason: str) -> None:
        self.failure = reason
        self._render()

    def _render(self) -> None:
        report = self.signals.report if self.signals is not None else None
        scored = [s for s in (report.scores if report is not None else ()) if s.score is not None]
        analysis = self.state.analysis
        if analysis is not None and not analysis.snapshot.positions:
            self.score.setText("—")
            self.detail.setText(self.tr("No open positions: no market to watch."))
            return
        if self.signals is None:  # no analysis yet, or its signals not read yet (or their read failed)
            if analysis is not None and self.failure is not None:
                self.score.setText("—")
                self.detail.setText(self.tr("The market signals could not be read: {reason}").format(
                    reason=self.failure))
            else:
                self.score.setText("…")
                self.detail.setText(self.tr("Reading the stored snapshots and sources…"))
            return
        if not scored:
            self.score.setText("—")
            self.detail.setText(self.tr("No signal has data yet: the score starts with the first synced markets."))
            return
        worst = max(scored, key=lambda s: (s.score, s.symbol))
        self.score.setText(self.tr("{symbol}: {score}/100").format(symbol=worst.symbol.split(":")[0],
                                                                   score=f"{worst.score:.0f}"))
        flagged = sorted(worst.flagged, key=lambda s: -s.weight)[:TOP_SIGNALS]
        if not flagged:
            self.detail.setText(self.tr("No signal flagged."))
            return
        lines = []
        for s in flagged:
            # the detail says it in words (and names the figure) where the signal has one
            said = i18n.text(s.detail) if s.detail is not None else signal_value(s.unit, s.value)
            line = f"⚑ {i18n.text(s.title)}: {said}"
            lines.append(line)
        more = len(worst.flagged) - len(flagged)
        if more > 0:
            lines.append(self.tr("and {n} more in Market").format(n=more))
        self.detail.setText("\n".join(lines))
