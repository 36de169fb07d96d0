"""A chart value axis in the display currency ($1.2M / €350k / ₿3.43)."""

from __future__ import annotations

import pyqtgraph as pg

from core.money import USD
from desktop import format as fmt


class MoneyAxis(pg.AxisItem):
    """A value axis labelled $1.2M / €350k / ₿3.43 instead of scientific notation (values already converted
    into ``currency``, so it formats them at a rate of 1). Never an SI-prefix note ("(x0.001)"), and never two
    ticks with the same label: a narrow range is labelled to the cents."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.currency = USD

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        values = [v * scale for v in values]
        labels = [fmt.money_short(v, self.currency).replace(".00", "") for v in values]
        if len(set(labels)) < len(labels):  # short forms collide on a narrow range ($0 $0 $1 $1)
            labels = [fmt.money(v, self.currency) for v in values]
        return labels
