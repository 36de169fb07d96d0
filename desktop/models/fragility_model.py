"""Table model of market fragility: one row per held market (``core.fragility.Fragility``)."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.fragility import Cluster, Fragility
from desktop import format as fmt
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


COLUMNS = (
    Column("Symbol", lambda f: f.symbol, lambda f: f.symbol, "The perpetual contract you hold", False),
    Column("Venue", lambda f: f.venue, lambda f: f.venue, "The exchange this market trades on (ccxt id)", False),
    Column("Mark", lambda f: fmt.price(f.mark_price), lambda f: f.mark_price,
           "Mark price: the price liquidations are measured against"),
    Column("Funding", _funding, lambda f: _num(f.funding_rate),
           "Funding rate per 8 h. Positive: longs pay shorts to keep the position open, so the crowd is long. "
           "0.01 % is the usual neutral rate."),
    Column("Crowd", lambda f: f.funding_one_sided or "balanced", lambda f: f.funding_one_sided or "",
           "One-sided funding (beyond ±0.03 % per 8 h) means most traders lean one way. A crowded side is the "
           "fuel of a cascade: if the price turns, their liquidations push it further.", False),
    Column("Open interest", lambda f: fmt.usd_short(f.open_interest_usd), lambda f: _num(f.open_interest_usd),
           "Value of all open contracts on this venue, USD: the leverage sitting in the market"),
    Column("OI change", lambda f: fmt.pct(f.open_interest_change_pct, signed=True),
           lambda f: _num(f.open_interest_change_pct),
           "Open-interest change since the previous snapshot. Rising open interest into a move means new "
           "leverage is piling in; more positions can be forced out later."),
    Column("Depth 1 %", lambda f: _depth(f.bid_depth_1pct_usd, f.ask_depth_1pct_usd),
           lambda f: min(f.bid_depth_1pct_usd, f.ask_depth_1pct_usd),
           "Order-book depth within 1 % of the price, USD: buy orders below / sell orders above. The bids are "
           "how much selling the book absorbs before the price drops 1 %; thin books fall fast. "
           "Sorts by the thinner side."),
    Column("Depth 2 %", lambda f: _depth(f.bid_depth_2pct_usd, f.ask_depth_2pct_usd),
           lambda f: min(f.bid_depth_2pct_usd, f.ask_depth_2pct_usd),
           "Order-book depth within 2 % of the price, USD: bids below / asks above. Sorts by the thinner side."),
    Column("Cluster below", lambda f: _cluster(f.cluster_below), lambda f: _cluster_sort(f.cluster_below),
           "Nearest dense band of long liquidations below the price (estimated from open interest, like the "
           "public heatmaps): price, distance and USD that would be force-sold there. Price tends to be "
           "pulled to these levels, and crossing one accelerates the fall."),
    Column("Cluster above", lambda f: _cluster(f.cluster_above), lambda f: _cluster_sort(f.cluster_above),
           "Nearest dense band of short liquidations above the price: price, distance and USD that would be "
           "force-bought there (squeeze fuel)."),
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
            return (f"{column.tooltip}\n\n{fmt.usd_short(cluster.notional_usd)} of liquidations around "
                    f"{fmt.price(cluster.price)}, {abs(cluster.distance_pct):.1f} % "
                    f"{'below' if cluster.distance_pct < 0 else 'above'} the mark.")
        return column.tooltip
