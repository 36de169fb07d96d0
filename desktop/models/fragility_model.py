"""Table model of market fragility: one row per held market (``core.fragility.Fragility``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from core.fragility import Cluster, Fragility
from desktop import format as fmt
from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.models.history_models import Column, RowTableModel

DASH = fmt.DASH


def _num(v: float | None) -> float:
    return float("-inf") if v is None else v


def _funding(f: Fragility) -> str:
    return DASH if f.funding_rate is None else f"{f.funding_rate * 100:+.4f} %"


def _depth(bids_usd: float, asks_usd: float) -> str:
    return f"{fmt.usd_short(bids_usd)} / {fmt.usd_short(asks_usd)}"


def _cluster(c: Cluster | None) -> str:
    if c is None:
        return DASH
    return f"{fmt.price(c.price)} ({c.distance_pct:+.1f} %) · {fmt.usd_short(c.notional_usd)}"


def _cluster_sort(c: Cluster | None) -> float:
    return float("inf") if c is None else abs(c.distance_pct)


CROWD_TEXTS = (QT_TRANSLATE_NOOP("Columns", "longs pay"), QT_TRANSLATE_NOOP("Columns", "shorts pay"))


def _crowd(side: str | None) -> str:
    """core.fragility says "longs pay" / "shorts pay" / None; shown in the interface language."""
    return QCoreApplication.translate("Columns", side) if side else QCoreApplication.translate("Columns", "balanced")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Symbol"), lambda f: f.symbol,
           lambda f: f.symbol,
           QT_TRANSLATE_NOOP("Columns", "The perpetual contract you hold"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda f: f.venue,
           lambda f: f.venue,
           QT_TRANSLATE_NOOP("Columns", "The exchange this market trades on (ccxt id)"), False),
    Column(QT_TRANSLATE_NOOP("Columns", "Mark"), lambda f: fmt.price(f.mark_price),
           lambda f: f.mark_price,
           QT_TRANSLATE_NOOP("Columns", "Mark price: the price liquidations are measured against")),
    Column(QT_TRANSLATE_NOOP("Columns", "Funding"), _funding,
           lambda f: _num(f.funding_rate),
           QT_TRANSLATE_NOOP("Columns", "Funding rate per 8 h. Positive: longs pay shorts to keep the position open,"
                                        " so the crowd is long. 0.01 % is the usual neutral rate.")),
    Column(QT_TRANSLATE_NOOP("Columns", "Crowd"), lambda f: _crowd(f.funding_one_sided),
           lambda f: f.funding_one_sided or "",
           QT_TRANSLATE_NOOP("Columns", "One-sided funding (beyond ±0.03 % per 8 h) means most traders lean one way."
                                        " A crowded side is the fuel of a cascade: if the price turns, their "
                                        "liquidations push it further."), False),
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
            if title == "Crowd" and f.funding_one_sided:
                return QBrush(QColor("#e8a317"))
            return None
        return super().data(index, role)

    def cell_tooltip(self, row: Fragility, column: Column) -> str:
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
