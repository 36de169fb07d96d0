"""Table models of market fragility: one row per held market (``core.fragility.Fragility``), and one row per part of a
market's fragility score (``core.fragility_score.Signal``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from core.fragility import Cluster, Fragility
from core.venues import venue_spec
from desktop import format as fmt
from desktop import i18n
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models.history_models import Column, RowTableModel

DASH = fmt.DASH


def _num(v: float | None) -> float:
    return float("-inf") if v is None else v


def _funding(f: Fragility) -> str:
    """The rate, flagged (⚑, amber) when funding is one-sided: the crowd."""
    if f.funding_rate is None:
        return DASH
    rate = fmt.pct(f.funding_rate * 100, signed=True, decimals=4)
    return f"{rate} ⚑" if f.funding_one_sided else rate  # the side is in the cell's tooltip and the summary


def _symbol(symbol: str) -> str:
    """BTC/USDT rather than BTC/USDT:USDT (the settle currency is the quote's on every perpetual held here)."""
    pair, _, settle = symbol.partition(":")
    return pair if not settle or pair.endswith("/" + settle) else symbol


def _level(price: float) -> str:
    """A cluster's price: whole units from 1,000 up (a band 0.5 % wide needs no decimals there)."""
    return fmt.number(price, 0) if abs(price) >= 1000 else fmt.price(price)


def usd_3(value: float | None) -> str:
    """USD to three significant digits with a B/M/k suffix ($20.8M, $6.07M, $950k): a table of market-wide figures
    read by order of magnitude, narrow enough to show every column at 1280 px."""
    text = fmt.usd_short(value)
    if value is None or text[-1:] not in ("B", "M", "k"):
        return text
    scaled = abs(value) / {"B": 1e9, "M": 1e6, "k": 1e3}[text[-1]]
    decimals = 0 if scaled >= 100 else 1 if scaled >= 10 else 2
    return fmt.localised(f"{'-' if value < 0 else ''}${scaled:,.{decimals}f}{text[-1]}")


def _depth(bids_usd: float, asks_usd: float) -> str:
    return f"{usd_3(bids_usd)} / {usd_3(asks_usd)}"


def _cluster(c: Cluster | None) -> str:
    if c is None:
        return DASH
    return f"{_level(c.price)} ({fmt.pct(c.distance_pct, signed=True, decimals=1)}) {usd_3(c.notional_usd)}"


def _cluster_sort(c: Cluster | None) -> float:
    return float("inf") if c is None else abs(c.distance_pct)


CROWD_TEXTS = (QT_TRANSLATE_NOOP("Columns", "longs pay"), QT_TRANSLATE_NOOP("Columns", "shorts pay"))


def _crowd(side: str | None) -> str:
    """core.fragility says "longs pay" / "shorts pay" / None; shown in the interface language."""
    return QCoreApplication.translate("Columns", side) if side else QCoreApplication.translate("Columns", "balanced")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Symbol"), lambda f: _symbol(f.symbol),
           lambda f: f.symbol,
           QT_TRANSLATE_NOOP("Columns", "The perpetual contract you hold"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda f: venue_spec(f.venue).name,
           lambda f: venue_spec(f.venue).name,
           QT_TRANSLATE_NOOP("Columns", "The exchange this market trades on"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Mark"), lambda f: fmt.price(f.mark_price),
           lambda f: f.mark_price,
           QT_TRANSLATE_NOOP("Columns", "Mark price: the price liquidations are measured against")),
    Column(QT_TRANSLATE_NOOP("Columns", "Funding"), _funding,
           lambda f: _num(f.funding_rate),
           QT_TRANSLATE_NOOP("Columns", "Funding rate per 8 h. Positive: longs pay shorts to keep the position open,"
                                        " so the crowd is long. 0.01 % is the usual neutral rate. Beyond ±0.03 % "
                                        "per 8 h the paying side is named: most traders lean one way, and a crowded "
                                        "side is the fuel of a cascade (if the price turns, their liquidations push "
                                        "it further).")),
    Column(QT_TRANSLATE_NOOP("Columns", "Open interest"), lambda f: fmt.usd_short(f.open_interest_usd),
           lambda f: _num(f.open_interest_usd),
           QT_TRANSLATE_NOOP("Columns", "Value of all open contracts on this venue, USD: the leverage sitting in the"
                                        " market")),
    Column(QT_TRANSLATE_NOOP("Columns", "OI change"), lambda f: fmt.pct(f.open_interest_change_pct, signed=True),
           lambda f: _num(f.open_interest_change_pct),
           QT_TRANSLATE_NOOP("Columns", "Open-interest change since the previous snapshot. Rising open interest into"
                                        " a move means new leverage is piling in; more positions can be forced out "
                                        "later.")),
    Column(QT_TRANSLATE_NOOP("Columns", "Depth 1 %"), lambda f: _depth(f.bid_depth_1pct_usd, f.ask_depth_1pct_usd),
           lambda f: min(f.bid_depth_1pct_usd, f.ask_depth_1pct_usd),
           QT_TRANSLATE_NOOP("Columns", "Order-book depth within 1 % of the price, USD: buy orders below / sell "
                                        "orders above. The bids are how much selling the book absorbs before the "
                                        "price drops 1 %; thin books fall fast. Sorts by the thinner side.")),
    Column(QT_TRANSLATE_NOOP("Columns", "Depth 2 %"), lambda f: _depth(f.bid_depth_2pct_usd, f.ask_depth_2pct_usd),
           lambda f: min(f.bid_depth_2pct_usd, f.ask_depth_2pct_usd),
           QT_TRANSLATE_NOOP("Columns", "Order-book depth within 2 % of the price, USD: bids below / asks above. "
                                        "Sorts by the thinner side.")),
    Column(QT_TRANSLATE_NOOP("Columns", "Cluster below"), lambda f: _cluster(f.cluster_below),
           lambda f: _cluster_sort(f.cluster_below),
           QT_TRANSLATE_NOOP("Columns", "Nearest dense band of long liquidations below the price (estimated from "
                                        "open interest, like the public heatmaps): price, distance and USD that "
                                        "would be force-sold there. Price tends to be pulled to these levels, and "
                                        "crossing one accelerates the fall.")),
    Column(QT_TRANSLATE_NOOP("Columns", "Cluster above"), lambda f: _cluster(f.cluster_above),
           lambda f: _cluster_sort(f.cluster_above),
           QT_TRANSLATE_NOOP("Columns", "Nearest dense band of short liquidations above the price: price, distance "
                                        "and USD that would be force-bought there (squeeze fuel).")),
)


class FragilityModel(RowTableModel):
    columns = COLUMNS

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows):
            f, title = self._rows[index.row()], self.columns[index.column()].title
            if title == "Funding" and f.funding_one_sided:
                return QBrush(QColor("#e8a317"))
            return None
        return super().data(index, role)

    def cell_tooltip(self, row: Fragility, column: Column) -> str:
        if column.title == "Funding" and row.funding_one_sided:
            return QCoreApplication.translate("Columns", column.tooltip) + "\n\n" + QCoreApplication.translate(
                "Columns", "One-sided: {side}.").format(side=_crowd(row.funding_one_sided))
        cluster = {"Cluster below": row.cluster_below, "Cluster above": row.cluster_above}.get(column.title)
        if cluster is not None:
            if cluster.distance_pct < 0:
                text = QCoreApplication.translate(
                    "Columns", "{notional} of liquidations around {price}, {distance} below the mark.")
            else:
                text = QCoreApplication.translate(
                    "Columns", "{notional} of liquidations around {price}, {distance} above the mark.")
            return QCoreApplication.translate("Columns", column.tooltip) + "\n\n" + text.format(
                notional=fmt.usd_short(cluster.notional_usd), price=fmt.price(cluster.price),
                distance=fmt.pct(abs(cluster.distance_pct), decimals=1))
        return QCoreApplication.translate("Columns", column.tooltip)


# --- the parts of a fragility score -----------------------------------------------------------------------------

def signal_value(unit: str, value: float | None) -> str:
    """A signal's value (or a bound of its range) in its unit (``core.fragility_score.Signal.unit``)."""
    if value is None:
        return DASH
    if unit == "fraction per 8 h":
        return fmt.pct(value * 100.0, signed=True, decimals=4)
    if unit == "%":
        return fmt.pct(value, decimals=1)
    if unit == "USD":
        return usd_3(value)
    if unit == "points":
        return fmt.number(value, 1)
    return fmt.number(value, 2)


def signal_range(s) -> str:
    low, high = s.reference_low, s.reference_high
    if low is not None and high is not None:
        return f"{signal_value(s.unit, low)} … {signal_value(s.unit, high)}"
    if low is not None:
        return f"≥ {signal_value(s.unit, low)}"
    if high is not None:
        return f"≤ {signal_value(s.unit, high)}"
    return DASH


STATE_TEXTS = (QT_TRANSLATE_NOOP("Columns", "flagged"), QT_TRANSLATE_NOOP("Columns", "within range"),
               QT_TRANSLATE_NOOP("Columns", "no data"), QT_TRANSLATE_NOOP("Columns", "stale"))


def signal_state(s) -> str:
    if s.value is None:
        text = QCoreApplication.translate("Columns", "no data")
    else:
        text = QCoreApplication.translate("Columns", "flagged" if s.flagged else "within range")
    if s.stale and s.value is not None:
        text += " · " + QCoreApplication.translate("Columns", "stale")
    return text


#: Where a locally computed signal comes from (core.fragility_score.LOCAL_SOURCES is English for the terminal).
SOURCE_TEXTS = {
    "oi_spot": QT_TRANSLATE_NOOP("Columns", "exchanges (open interest, spot tickers)"),
    "funding": QT_TRANSLATE_NOOP("Columns", "exchanges (funding rate)"),
    "clusters": QT_TRANSLATE_NOOP("Columns", "local estimate from open interest"),
    "thin_hour": QT_TRANSLATE_NOOP("Columns", "stored order books"),
}


def signal_source(s) -> str:
    from core.fragility_score import LOCAL_SOURCES

    local = LOCAL_SOURCES.get(s.name)
    if local and s.source.startswith(local):
        venues = s.source[len(local):].lstrip(": ")
        names = ", ".join(venue_spec(v).name for v in venues.split(", ") if v)
        text = QCoreApplication.translate("Columns", SOURCE_TEXTS[s.name])
        return f"{text}: {names}" if names else text
    return s.source or DASH


SIGNAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Signal"), lambda s: i18n.text(s.title), lambda s: s.name,
           QT_TRANSLATE_NOOP("Columns", "One part of the fragility score"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Reading"), lambda s: signal_value(s.unit, s.value), lambda s: _num(s.value),
           QT_TRANSLATE_NOOP("Columns", "The signal now")),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), signal_range, lambda s: _num(s.reference_low),
           QT_TRANSLATE_NOOP("Columns", "The range the value is judged against: outside it, the signal is flagged")),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), signal_state, lambda s: (s.value is not None, s.flagged),
           QT_TRANSLATE_NOOP("Columns", "Flagged: outside its range, it adds its weight to the score. No data: it "
                                        "counts on neither side."), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Weight"), lambda s: fmt.number(s.weight, 1), lambda s: s.weight,
           QT_TRANSLATE_NOOP("Columns", "Its part of the score: score = 100 × weight flagged ÷ weight with data")),
    Column(QT_TRANSLATE_NOOP("Columns", "As of"), lambda s: i18n.date(s.as_of) if s.as_of else DASH,
           lambda s: s.as_of.timestamp() if s.as_of else 0.0,
           QT_TRANSLATE_NOOP("Columns", "The date of the data the signal was computed from"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Source"), signal_source, lambda s: s.source,
           QT_TRANSLATE_NOOP("Columns", "Where the data comes from"), False),
)


class SignalsModel(RowTableModel):
    """The parts of one market's fragility score (``core.fragility_score.Signal``), never a black box."""

    columns = SIGNAL_COLUMNS

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows):
            s = self._rows[index.row()]
            if self.columns[index.column()].title == "State" and s.flagged:
                return QBrush(QColor("#e8a317"))
            return None
        return super().data(index, role)

    def cell_tooltip(self, row, column: Column) -> str:
        tip = QCoreApplication.translate("Columns", column.tooltip)
        detail = i18n.text(row.detail) if row.detail is not None else ""
        return f"{tip}\n\n{detail}" if detail else tip
