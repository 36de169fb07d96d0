"""Every outside text is plain text in the window (issue 15): a server's error, an account's or a wallet's label, an
exchange's symbol, a note from core are shown as the characters they are, never rendered as HTML.

The real window (every view) and the dialogs that show such texts, over a real session and store, on a snapshot
whose every outside text field carries the markup a hostile chain server could send:
``<b style="font-size:40px;color:red">Wallet drained! Move funds to bc1q…</b>``. A widget "renders" it when the tag
is gone from what a person sees but its words are there: each QLabel is read the way Qt draws it (plain text, or
the document its rich text makes), each tooltip the way QToolTip shows it (rich when ``Qt.mightBeRichText``), each
item view's cells through its delegate (a ``QStyledItemDelegate`` draws plain text). A screenshot of the window
with the EVM node's error in the "Data freshness" card is kept for review.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QWidget

from tests.desktop.conftest import make_state, save_screenshot

TAG = '<b style="font-size:40px;color:red">'
WORDS = "Wallet drained! Move funds to bc1q…"
HOSTILE = f"{TAG}{WORDS}</b>"
SYMBOL = f"{TAG}XRP</b>/USDT:USDT"  # an exchange's symbol with markup in it
NODE_ERROR = f"the EVM RPC node answered an error: {HOSTILE}"  # core/custody/evm.py quotes the node's message
#: Qt's delegates, which draw an item's text as plain text (a combo box's list uses its own).
PLAIN_DELEGATES = {"QStyledItemDelegate", "QItemDelegate", "QComboBoxDelegate", "QComboMenuDelegate"}


def hostile_snapshot(now: datetime):
    """The demo's portfolio as a live snapshot of ``now``, with markup in every outside text: each account's label,
    the ETH wallet's label and holdings, one symbol (position and market), the ETH wallet's source failing with the
    node's error (two hours old data) and the Bybit account's source failing with a server's text."""
    from core.demo import load_demo_snapshot
    from core.model import SourceState

    s = load_demo_snapshot(now)
    two_hours_ago = now - timedelta(hours=2)

    def source(x):
        if x.source_id == "eth-hot":
            return replace(x, state=SourceState.STALE, as_of=two_hours_ago, error=NODE_ERROR)
        if x.source_id == "bybit-btc":
            return replace(x, state=SourceState.STALE, as_of=two_hours_ago, error=HOSTILE)
        return replace(x, as_of=now)

    return replace(
        s, demo=False,
        accounts=tuple(replace(a, label=f"{a.label} {HOSTILE}") for a in s.accounts),
        positions=tuple(replace(p, symbol=SYMBOL) if p.symbol == "XRP/USDT:USDT" else p for p in s.positions),
        markets=tuple(replace(m, symbol=SYMBOL) if m.symbol == "XRP/USDT:USDT" else m for m in s.markets),
        wallets=tuple(replace(w, label=HOSTILE) if w.id == "eth-hot" else w for w in s.wallets),
        holdings=tuple(replace(h, label=HOSTILE) if h.source_id == "eth-hot" else h for h in s.holdings),
        sources=tuple(source(x) for x in s.sources))


def with_hostile_notes(analysis):
    """The analysis with markup in the notes core writes: each account's note and disagreement, each position's
    note, each reminder's message (the session's own texts quote labels and symbols the same way)."""
    accounts = tuple(replace(a, note=HOSTILE, disagreement=HOSTILE, reported_disagrees=True,
                             venue_ratio=a.venue_ratio or 0.5, venue_ratio_reported=0.9) for a in analysis.accounts)
    positions = tuple(replace(p, note=HOSTILE) for p in analysis.positions)
    reminders = tuple(replace(r, condition=replace(r.condition, message=HOSTILE)) for r in analysis.reminders)
    return replace(analysis, accounts=accounts, positions=positions, reminders=reminders)


# --- what a person sees -----------------------------------------------------------------------------------------

def _rendered(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def label_shows(label: QLabel) -> str:
    """The characters ``label`` draws: its text, or the document its rich text makes."""
    fmt, text = label.textFormat(), label.text()
    if fmt == Qt.TextFormat.PlainText:
        return text
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text)):
        return _rendered(text)
    return text


def tooltip_shows(text: str) -> str:
    """What QToolTip draws for ``text``: rich text when it looks like HTML (QTipLabel's rule)."""
    return _rendered(text) if QtGui_Qt.mightBeRichText(text) else text


def rendered_as_html(shown: str) -> bool:
    """The hostile words are on screen without their tag: the markup was rendered."""
    return WORDS in shown and TAG not in shown


def _size(model) -> tuple[int, int]:
    """(rows, columns) of a table or a list model (a list model's columnCount is private in PySide6)."""
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    return rows, columns


def audit(widget: QWidget) -> tuple[list[str], int]:
    """(every place under ``widget`` that renders the outside markup, how many places show it literally)."""
    bad: list[str] = []
    literal = 0
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName() or hex(id(w))})"
        if isinstance(w, QLabel):
            shown = label_shows(w)
            if rendered_as_html(shown):
                bad.append(f"{name} text: {w.text()[:120]!r}")
            literal += HOSTILE in shown
        tip = w.toolTip()
        if tip and rendered_as_html(tooltip_shows(tip)):
            bad.append(f"{name} tooltip: {tip[:120]!r}")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            delegate = w.itemDelegate().metaObject().className()
            if delegate not in PLAIN_DELEGATES:  # a delegate of our own might draw HTML
                bad.append(f"{name} has the delegate {delegate}")
            model = w.model()
            rows, columns = _size(model)
            for c in range(columns):
                tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and rendered_as_html(tooltip_shows(tip)):
                    bad.append(f"{name} header {c} tooltip: {tip[:120]!r}")
            for r in range(rows):
                for c in range(columns):
                    index = model.index(r, c)
                    shown = index.data(Qt.ItemDataRole.DisplayRole)
                    literal += isinstance(shown, str) and HOSTILE in shown  # a delegate draws it as text
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and rendered_as_html(tooltip_shows(tip)):
                        bad.append(f"{name} cell ({r}, {c}) tooltip: {tip[:120]!r}")
    return bad, literal


# --- the window --------------------------------------------------------------------------------------------------

@pytest.fixture
def hostile_state(qtbot, tmp_path, memory_keyring):
    """A live session with the hostile snapshot stored and analysed, its notes made hostile too, and the Binance
    account configured under a hostile label (the Accounts table shows configured accounts)."""
    from tests.servers.conftest import API_SECRETS

    now = datetime.now(UTC)
    state = make_state(qtbot, False, snapshots=(hostile_snapshot(now),), path=tmp_path / "hostile.sqlite")
    state.session.create_account("binanceusdm", f"Binance {HOSTILE}", API_SECRETS["binanceusdm"], now=now,
                                 api_base_url="http://127.0.0.1:9", account_id="binance-main")
    state.set_analysis(with_hostile_notes(state.analysis))
    yield state
    state._timer.stop()
    state.session.close()


@pytest.fixture
def window(qtbot, hostile_state):
    from desktop.app import build_views
    from desktop.main_window import MainWindow

    win = MainWindow(hostile_state, build_views(hostile_state))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    win.on_snapshot(hostile_state.snapshot)
    for index, view in enumerate(win.views):  # each view renders when shown
        win.nav.setCurrentRow(index)
        qtbot.wait(20)
        if hasattr(view, "grid_ready"):
            qtbot.waitUntil(lambda v=view: v.sim is not None or "could not run" in v.summary.text(), timeout=30000)
        if hasattr(view, "history_loaded"):
            qtbot.waitUntil(lambda v=view: not v.loading, timeout=30000)
    win.nav.setCurrentRow(0)
    qtbot.wait(50)
    return win


def test_the_window_shows_every_outside_text_literally(qtbot, window, hostile_state):
    bad, literal = audit(window)
    assert not bad, "outside markup rendered as HTML:\n" + "\n".join(bad)
    # not vacuous: the hostile text is on screen, literally, in many places (labels, banners, cells)
    assert literal >= 10, literal

    dashboard = window.views[0]
    freshness = label_shows(dashboard.sources)  # the "Data freshness" card, as drawn
    assert NODE_ERROR in freshness and "eth-hot" not in freshness  # the wallet by its (hostile) label, not its id
    assert dashboard.sources.textFormat() == Qt.TextFormat.RichText  # its coloured dots stay
    assert "<span" in dashboard.sources.text()  # ... while the node's tag is escaped inside it
    assert "&lt;b style=" in dashboard.sources.text()
    assert HOSTILE in label_shows(window.blind_text)  # the partly-blind banner names the Bybit account
    qtbot.wait(200)  # let the wrapped labels settle before the screenshot
    path = save_screenshot(window, "plain-text-hostile-dashboard")
    assert path.stat().st_size > 0


def test_every_view_and_its_tooltips_escape_outside_text(qtbot, window):
    """The same audit per view, so a failure names the view; and the tooltips that quote the node's error."""
    for view in window.views:
        bad, _ = audit(view)
        assert not bad, f"{view.title}: " + "\n".join(bad)
    dashboard = window.views[0]
    tip = dashboard.sources.toolTip()
    assert NODE_ERROR in tooltip_shows(tip)  # the whole reason, literally
    status_tip = window.sources_label.toolTip()
    assert HOSTILE in tooltip_shows(status_tip)


def test_dialogs_show_outside_text_literally(qtbot, hostile_state):
    from desktop.views.account_dialog import AccountDialog
    from desktop.views.calculator_dialog import CalculatorDialog
    from desktop.views.cold_move_dialog import ColdMoveDialog

    config = hostile_state.session.find_account("binance-main")
    account = AccountDialog(hostile_state, config)
    qtbot.addWidget(account)
    account._on_tested(SimpleNamespace(ok=False, permissions=None, message=HOSTILE))  # a venue's words
    account.error.setText(HOSTILE)  # e.g. an AccountError quoting the label
    snap = hostile_state.snapshot
    position = next(p for p in snap.positions if p.symbol == SYMBOL)
    calculator = CalculatorDialog(None, position=position, market=snap.market(position.venue, position.symbol))
    qtbot.addWidget(calculator)
    cold = ColdMoveDialog(hostile_state, "binance-main")
    qtbot.addWidget(cold)
    for dialog in (account, calculator, cold):
        bad, literal = audit(dialog)
        assert not bad, f"{type(dialog).__name__}: " + "\n".join(bad)
        assert literal >= 1 or SYMBOL in label_shows(calculator.tier_label), type(dialog).__name__


def test_plain_tooltip_and_html_text():
    from desktop.format import html_text, plain_tooltip

    assert plain_tooltip("Binance main: fresh\nOKX: stale") == "Binance main: fresh\nOKX: stale"  # plain already
    tip = plain_tooltip(f"Cold: stale — {HOSTILE}\nsecond line")
    assert QtGui_Qt.mightBeRichText(tip) and tooltip_shows(tip) == f"Cold: stale — {HOSTILE}\nsecond line"
    assert plain_tooltip("&lt;b&gt;") != "&lt;b&gt;" and tooltip_shows(plain_tooltip("&lt;b&gt;")) == "&lt;b&gt;"
    assert _rendered(f"<span>{html_text(HOSTILE)}</span>") == HOSTILE
