"""Market: how fragile each market you hold is right now (funding, open interest, depth, liquidation clusters)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget)

from desktop.models.fragility_model import FragilityModel
from desktop.models.history_models import SORT_ROLE

log = logging.getLogger(__name__)

INTRO = ("Signals traders watch before a cascade, for every market you hold: one-sided funding, open interest "
         "piling up, thin order books near the price and dense liquidation clusters close to it. "
         "Hover a column title for what it means.")


class FragilityView(QWidget):
    title = "Market"

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = FragilityModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        note = QLabel("Clusters are estimated from open interest and a typical leverage mix (like the public "
                      "liquidation heatmaps), not read from the exchanges' books; OI change is against the "
                      "previous stored snapshot.")
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        state.snapshot_changed.connect(self.on_snapshot)
        if state.snapshot is not None:
            self.on_snapshot(state.snapshot)

    def _previous(self, snap):
        """The stored snapshot before ``snap`` of the same mode (for the open-interest change), or None."""
        from core.history import previous_snapshot_id
        from core.store import load_snapshot

        db = getattr(self.state, "db", None)
        if db is None:
            return None
        try:
            sid = previous_snapshot_id(db, snap.demo, snap.taken_at)
            return load_snapshot(db, sid) if sid is not None else None
        except Exception:  # noqa: BLE001 - a missing comparison must not hide today's signals
            log.warning("previous snapshot unavailable for the open-interest change", exc_info=True)
            return None

    def on_snapshot(self, snap) -> None:
        from core.fragility import assess_held_markets
        from core.fragility_clusters import cluster_finder

        if snap is None:
            self.model.set_rows(())
            self.summary.setText("No data yet.")
            return
        rows = assess_held_markets(snap, self._previous(snap), cluster_finder(snap))
        self.model.set_rows(rows)
        self.summary.setText(self._summary(rows, snap))

    @staticmethod
    def _summary(rows, snap) -> str:
        if not rows:
            held = len({(p.venue, p.symbol) for p in snap.positions})
            return ("You hold no positions, so there is nothing to watch here." if not held
                    else "No market data was synced for the markets you hold.")
        crowded = [f"{f.symbol.split(':')[0]} on {f.venue} ({f.funding_one_sided})"
                   for f in rows if f.funding_one_sided]
        near = [f for f in rows if f.cluster_below is not None]
        parts = [f"{len(rows)} markets"]
        if crowded:
            parts.append("one-sided funding: " + ", ".join(crowded))
        if near:
            closest = max(near, key=lambda f: f.cluster_below.distance_pct)
            parts.append(f"closest long-liquidation cluster: {closest.symbol.split(':')[0]} "
                         f"{abs(closest.cluster_below.distance_pct):.1f} % below on {closest.venue}")
        return " · ".join(parts)
