"""A loopback fake of Cboe's daily index history files (issue 19.3): ``VIX_History.csv`` and ``GVZ_History.csv``
under ``/api/global/us_indices/daily_prices/``, in Cboe's layout (``DATE,OPEN,HIGH,LOW,CLOSE``, dates
``MM/DD/YYYY``, six decimals).

``FakeCboe`` (a ``FakeVenue``: fault injection, bounded, 127.0.0.1 only) answers from ``closes[name]``: a list of
(day, close). ``layout = "no_header"`` drops the header line (a file the parser must refuse). Values synthetic.
"""

from __future__ import annotations

from datetime import date, timedelta

from aiohttp import web

from tests.servers.fake_binance import FakeVenue

PATH = "/api/global/us_indices/daily_prices/"


def year_of_closes(last_day: date, last: float, days: int = 300) -> list[tuple[date, float]]:
    """``days`` weekdays ending at ``last_day``: closes 10.0, 10.1, ... rising by 0.1 (hand-checkable), the
    last one replaced by ``last``."""
    weekdays: list[date] = []
    day = last_day
    while len(weekdays) < days:
        if day.weekday() < 5:
            weekdays.append(day)
        day -= timedelta(days=1)
    weekdays.reverse()
    closes = [(d, round(10.0 + 0.1 * i, 6)) for i, d in enumerate(weekdays)]
    closes[-1] = (closes[-1][0], last)
    return closes


class FakeCboe(FakeVenue):
    name = "cboe"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.closes: dict[str, list[tuple[date, float]]] = {}
        self.layout = "cboe"
        self.routes = {PATH + "VIX_History.csv": lambda r: self.csv("VIX"),
                       PATH + "GVZ_History.csv": lambda r: self.csv("GVZ")}

    def url(self, name: str) -> str:
        return f"{self.base_url}{PATH}{name}_History.csv"

    def csv(self, name: str) -> web.Response:
        lines = [] if self.layout == "no_header" else ["DATE,OPEN,HIGH,LOW,CLOSE"]
        for day, close in self.closes.get(name, []):
            lines.append(f"{day:%m/%d/%Y},{close:.6f},{close + 1:.6f},{close - 1:.6f},{close:.6f}")
        return web.Response(text="\n".join(lines) + "\n", content_type="text/csv")
