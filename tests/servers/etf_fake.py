"""A loopback fake of ETF flow tables (issue 19.2): a Farside-style HTML page and a plain CSV.

``FakeEtf`` (a ``FakeVenue``: the same fault injection, bounded, 127.0.0.1 only) serves

* ``/btc``: an HTML page shaped like Farside's (farside.co.uk) flow table: a header row of fund tickers ending in
  "Total", a second header row of fees, one row per day ("11 Jan 2024"), US$ millions, outflows in parentheses,
  "-" for a fund without a figure, and the summary rows ("Total", "Average", "Maximum", "Minimum") under the days;
* ``/eth.csv``: ``Date,Net flow`` rows in ISO dates, US$ millions.

The rows are ``btc_rows`` / ``eth_rows`` (change them in a test); ``layout`` switches the page to a shape the
parser must refuse: ``"no_table"`` (the page has no table: a block or maintenance page), ``"words"`` (the flow
cells hold words: the columns moved). Values are synthetic.
"""

from __future__ import annotations

from datetime import date

from aiohttp import web

from tests.servers.fake_binance import FakeVenue

#: (day, {fund: US$ m or None}, total in US$ m or None); totals are the funds' sums, worked by hand.
BTC_ROWS: list[tuple[date, dict[str, float | None], float | None]] = [
    (date(2026, 2, 23), {"IBIT": 120.5, "FBTC": -30.0, "GBTC": -45.5}, 45.0),
    (date(2026, 2, 24), {"IBIT": 0.0, "FBTC": -12.3, "GBTC": None}, -12.3),
    (date(2026, 2, 25), {"IBIT": -210.0, "FBTC": -80.0, "GBTC": -10.0}, -300.0),
    (date(2026, 2, 26), {"IBIT": 55.0, "FBTC": 20.0, "GBTC": -5.0}, 70.0),
    (date(2026, 2, 27), {"IBIT": 310.0, "FBTC": 15.5, "GBTC": 0.0}, 325.5),
    (date(2026, 3, 2), {"IBIT": None, "FBTC": None, "GBTC": None}, None),  # today, not filled in yet
]
ETH_ROWS: list[tuple[date, float]] = [(date(2026, 2, 25), -40.0), (date(2026, 2, 26), 12.5),
                                      (date(2026, 2, 27), 3.25)]


def _cell(value: float | None) -> str:
    if value is None:
        return "-"
    return f"({abs(value):,.1f})" if value < 0 else f"{value:,.1f}"


class FakeEtf(FakeVenue):
    name = "etf"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.btc_rows = list(BTC_ROWS)
        self.eth_rows = list(ETH_ROWS)
        self.layout = "farside"
        self.routes = {"/btc": lambda r: self.btc_page(), "/eth.csv": lambda r: self.eth_csv()}

    def btc_page(self) -> web.Response:
        if self.layout == "no_table":
            return web.Response(text="<html><body><h1>Just a moment...</h1></body></html>", content_type="text/html")
        funds = ["IBIT", "FBTC", "GBTC"]
        head = "<tr><th></th>" + "".join(f"<th>{f}</th>" for f in funds) + "<th>Total</th></tr>"
        fees = "<tr><td>Fee</td><td>0.25%</td><td>0.25%</td><td>1.50%</td><td></td></tr>"
        rows = []
        for day, by_fund, total in self.btc_rows:
            cells = [_cell(by_fund.get(f)) if self.layout != "words" else "n.a. see note" for f in funds]
            total_cell = _cell(total) if self.layout != "words" else "pending"
            rows.append(f"<tr><td>{day:%d %b %Y}</td>" + "".join(f"<td>{c}</td>" for c in cells)
                        + f"<td>{total_cell}</td></tr>")
        summary = "".join(f"<tr><td>{name}</td><td>1.0</td><td>2.0</td><td>3.0</td><td>6.0</td></tr>"
                          for name in ("Total", "Average", "Maximum", "Minimum"))
        page = (f"<html><body><p>All values in US$m</p><table class='etf'>{head}{fees}{''.join(rows)}{summary}"
                "</table></body></html>")
        return web.Response(text=page, content_type="text/html")

    def eth_csv(self) -> web.Response:
        lines = ["Date,Net flow"] + [f"{d.isoformat()},{v}" for d, v in self.eth_rows]
        return web.Response(text="\n".join(lines) + "\n", content_type="text/csv")
