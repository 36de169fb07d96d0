"""Daily net flows of the US spot BTC and ETH ETFs, from a table the user chooses (19.2).

A source is any CSV or HTML page holding a table with one row per day: a date column and either a total column
(headed "Total" or "Net ...") or one column per fund (summed). That fits a Farside-style page (farside.co.uk: funds
as columns, a "Total" column, US$ millions, outflows in parentheses) as well as a two-column ``date,flow`` CSV the
user keeps by hand. Rows whose first cell is not a date (headers, the "Total"/"Average"/"Maximum" lines under the
table) are skipped; a day without a total (a holiday, a day still being filled in) is left out.

* ``parse_flows(text, scale)`` is pure: text in, (day, USD) points out, oldest first; ``scale`` turns the table's
  unit into USD (1e6 for a table in millions).
* ``fetch_flows(url, ...)``: one GET through httpx (``core.sources.fetch``), then ``parse_flows``.
* ``read_file(path, ...)``: the manual import (``undertow market etf-import``).

Every fault raises ``core.sync.SourceError`` with a ``Message``: unreachable, refused, not a table, no days.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import httpx

from core.messages import QT_TRANSLATE_NOOP, message
from core.sources import host_of
from core.sources.fetch import get_text
from core.sync import SourceError

MILLIONS = 1e6
#: Date formats tried in order: ISO first, then written-out months, then US numeric (month first).
DATE_FORMATS = ("%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y", "%m/%d/%Y",
                "%Y/%m/%d")
_TOTAL = re.compile(r"^\s*(total|net(\s+flows?)?|flows?|net\s+inflows?)\s*(\(.*\))?\s*$", re.IGNORECASE)
_EMPTY = {"", "-", "–", "—", "n/a", "na", "null", "none"}


class _Tables(HTMLParser):
    """Every ``<table>`` of a page as rows of cell texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "table":
            self._depth += 1
            self.tables.append([])
        elif tag == "tr" and self._depth:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row and self.tables:
                self.tables[-1].append(self._row)
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse_day(text: str) -> date | None:
    cell = " ".join(text.split())
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cell, fmt).date()
        except ValueError:
            continue
    return None


def parse_number(text: str) -> float | None:
    """A table cell as a number: "1,234.5", "(12.3)" (negative), "-7", "$4.1"; None for an empty cell ("-")."""
    cell = text.strip().replace(",", "").replace("$", "").replace("\u2212", "-").strip()
    if cell.lower() in _EMPTY:
        return None
    negative = cell.startswith("(") and cell.endswith(")")
    if negative:
        cell = cell[1:-1].strip()
    value = float(cell)  # ValueError: not a number
    return -value if negative else value


def _rows(text: str) -> list[list[list[str]]]:
    """The candidate tables of ``text``: the HTML tables, or the CSV as one table."""
    if re.search(r"<table\b", text, re.IGNORECASE):
        parser = _Tables()
        parser.feed(text)
        parser.close()
        return [t for t in parser.tables if t]
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]]


def _from_table(rows: Sequence[Sequence[str]], scale: float) -> tuple[list[tuple[date, float]], int]:
    """(points, rows with a date whose flow could not be read) of one table."""
    header: Sequence[str] = ()
    total_col: int | None = None
    points: dict[date, float] = {}
    bad = 0
    for row in rows:
        if not row:
            continue
        day = parse_day(row[0])
        if day is None:
            if not points:  # a header line above the days: remember its total column
                found = [i for i, c in enumerate(row) if i and _TOTAL.match(c)]
                if found:
                    header, total_col = row, found[-1]
            continue
        try:
            if total_col is not None and total_col < len(row):
                value = parse_number(row[total_col])
            else:
                values = [parse_number(c) for c in row[1:len(header) or None]]
                known = [v for v in values if v is not None]
                value = sum(known) if known else None
        except ValueError:
            bad += 1
            continue
        if value is not None:
            points[day] = value * scale
    return sorted(points.items()), bad


def parse_flows(text: str, scale: float = MILLIONS, where: str = "") -> tuple[tuple[date, float], ...]:
    """Daily net flows (USD) of the table in ``text`` (CSV or HTML), oldest first. ``scale``: USD per unit of the
    table (1e6 for US$ millions, 1 for dollars). ``where`` names the source in errors.

    Of several HTML tables, the one with the most dated rows is read. Raises ``SourceError`` (bad_data) when no
    table has a dated row with a flow, or when more than a third of the dated rows hold something that is not a
    number (the table's layout changed: better no data than wrong data)."""
    best: tuple[list[tuple[date, float]], int] = ([], 0)
    for table in _rows(text):
        found = _from_table(table, scale)
        if len(found[0]) + found[1] > len(best[0]) + best[1]:
            best = found
    points, bad = best
    where = where or "the source"
    if not points and not bad:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "no daily ETF flows found in {source}: expected a table of dates with a total or one column "
                    "per fund"), source=where))
    if bad * 3 > len(points) + bad:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP(
            "Core", "{source}: {bad} of {rows} days hold something that is not a number; the table's layout may "
                    "have changed"), source=where, bad=bad, rows=len(points) + bad))
    return tuple(points)


async def fetch_flows(url: str, scale: float = MILLIONS, timeout_s: float = 15.0, proxy: str = "",
                      transport: httpx.AsyncBaseTransport | None = None) -> tuple[tuple[date, float], ...]:
    """GET ``url`` and parse its table (``parse_flows``)."""
    text = await get_text(url, timeout_s, proxy, transport)
    return parse_flows(text, scale, host_of(url))


def read_file(path: Path, scale: float = MILLIONS) -> tuple[tuple[date, float], ...]:
    """The manual import: a CSV or a saved HTML page (``parse_flows``). ``SourceError`` for a file that cannot be
    read."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP("Core", "cannot read {file}: {reason}"),
                                              file=str(path), reason=exc.strerror or type(exc).__name__)) from exc
    except UnicodeDecodeError as exc:
        raise SourceError("bad_data", message(QT_TRANSLATE_NOOP("Core", "{file} is not a UTF-8 text file"),
                                              file=str(path))) from exc
    return parse_flows(text, scale, path.name)


def file_source(path: Path) -> str:
    """How an imported file is named as a source."""
    return f"file:{path.name}"
