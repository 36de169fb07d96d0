"""A chart value axis in the display currency ($1.2M / €350k / ₿3.43)."""

from __future__ import annotations

import pyqtgraph as pg

from core.money import USD
from desktop import format as fmt


class MoneyAxis(pg.AxisItem):
    """A value axis labelled $1.2M / €350k / ₿3.43 instead of scientific notation (values already converted
    into ``currency``, so it formats them at a rate of 1)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.currency = USD

    def tickStrings(self, values, scale, spacing):
        return [fmt.money_short(v * scale, self.currency).replace(".00", "") for v in values]
