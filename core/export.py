"""A snapshot to CSV (positions, balances, holdings) or JSON (everything), numbers as exact decimal text.

CSV: ONE file with a ``section`` column (``position`` / ``balance`` / ``holding``) so a snapshot stays one
file a spreadsheet opens as is; columns that do not apply to a section are empty. ``total`` is the
amount in units of ``asset`` (a balance's total, a holding's amount).

JSON: ``{"format": "undertow-snapshot", "version": 1, "snapshot_id": ..., "snapshot": {...}}`` with every
field of ``PortfolioSnapshot``; numbers are strings holding the shortest decimal that reads back as the
same float (no exponent), so nothing is rounded on the way out. ``snapshot_from_json`` reads it back.

Files are written to a temporary name and renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import collections.abc
import csv
import dataclasses
import enum
import io
import json
import math
import os
import types
import typing
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core.model import PortfolioSnapshot

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_D = TypeVar("_D", bound="DataclassInstance")

FORMAT_NAME = "undertow-snapshot"
FORMAT_VERSION = 1
FORMATS = ("csv", "json")

CSV_COLUMNS = ("section", "taken_at", "source_id", "venue", "symbol", "asset", "side", "margin_mode",
               "contracts", "contract_size", "entry_price", "mark_price", "notional_usd", "unrealized_pnl",
               "settle", "leverage", "liquidation_price_reported", "total", "free", "used", "price_usd",
               "value_usd", "custody_class", "purpose", "label")


class ExportError(ValueError):
    """The export cannot be written or read back; the message says why in plain words."""


def decimal_text(value: float | int | None) -> str:
    """The shortest decimal text that reads back as exactly ``value`` ('' for None; 'NaN'/'Infinity' kept)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    text = format(Decimal(repr(float(value))), "f")  # repr is the shortest round-trip form
    return text[:-2] if text.endswith(".0") else text


# --- CSV -------------------------------------------------------------------------------------------------

def csv_rows(snapshot: PortfolioSnapshot) -> list[dict[str, str]]:
    """The snapshot's positions, balances and holdings as CSV rows (every value a string)."""
    taken = snapshot.taken_at.isoformat()
    venues = {a.id: a.venue for a in snapshot.accounts}
    rows: list[dict[str, Any]] = []
    for p in snapshot.positions:
        rows.append({"section": "position", "source_id": p.account_id, "venue": p.venue, "symbol": p.symbol,
                     "asset": p.base, "side": p.side.value, "margin_mode": p.margin_mode.value,
                     "contracts": p.contracts, "contract_size": p.contract_size, "entry_price": p.entry_price,
                     "mark_price": p.mark_price, "notional_usd": p.notional_usd,
                     "unrealized_pnl": p.unrealized_pnl, "settle": p.settle, "leverage": p.leverage,
                     "liquidation_price_reported": p.liquidation_price_reported})
    for b in snapshot.balances:
        price = snapshot.price_usd(b.asset)
        rows.append({"section": "balance", "source_id": b.account_id, "venue": venues.get(b.account_id, ""),
                     "asset": b.asset, "total": b.total, "free": b.free, "used": b.used, "price_usd": price,
                     "value_usd": None if price is None else b.total * price, "custody_class": "exchange"})
    for h in snapshot.holdings:
        price = snapshot.price_usd(h.asset)
        rows.append({"section": "holding", "source_id": h.source_id, "asset": h.asset, "total": h.amount,
                     "price_usd": price, "value_usd": None if price is None else h.amount * price,
                     "custody_class": h.custody_class.value, "purpose": h.purpose.value, "label": h.label})
    out = []
    for row in rows:
        row["taken_at"] = taken
        out.append({c: _cell(row.get(c)) for c in CSV_COLUMNS})
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return decimal_text(value)
    return str(value)


def snapshot_to_csv(snapshot: PortfolioSnapshot) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows(snapshot))
    return buffer.getvalue()


# --- JSON ------------------------------------------------------------------------------------------------

def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return decimal_text(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    raise TypeError(f"cannot export a {type(value).__name__}")


def snapshot_to_dict(snapshot: PortfolioSnapshot, snapshot_id: int | None = None) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "snapshot_id": snapshot_id,
            "snapshot": _encode(snapshot)}


def snapshot_to_json(snapshot: PortfolioSnapshot, snapshot_id: int | None = None) -> str:
    return json.dumps(snapshot_to_dict(snapshot, snapshot_id), indent=2, ensure_ascii=False) + "\n"


def _decode(hint: Any, value: Any, where: str) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _decode(next(a for a in args if a is not type(None)), value, where)
    if value is None:
        raise ExportError(f"{where}: missing value")
    if hint is float:
        return float(value)
    if hint is int:
        return int(value)
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            raise ExportError(f"{where}: expected {hint.__name__}")
        return value
    if hint is datetime:
        return datetime.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass(hint, value, where)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(_decode(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if origin in (collections.abc.Mapping, dict):
        return {k: _decode(args[1], v, f"{where}.{k}") for k, v in value.items()}
    raise ExportError(f"{where}: unsupported field type {hint}")


def _dataclass(cls: type[_D], raw: Any, where: str) -> _D:
    if not isinstance(raw, dict):
        raise ExportError(f"{where}: expected an object")
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _decode(hints[f.name], raw[f.name], f"{where}.{f.name}")
              for f in dataclasses.fields(cls) if f.name in raw}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ExportError(f"{where}: {exc}") from exc


def snapshot_from_json(text: str) -> PortfolioSnapshot:
    """Read an exported JSON snapshot back (raises ``ExportError`` with the offending field)."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"not JSON: {exc.msg} at line {exc.lineno}") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise ExportError(f"not an {FORMAT_NAME} file")
    if raw.get("version") != FORMAT_VERSION:
        raise ExportError(f"unsupported {FORMAT_NAME} version {raw.get('version')!r}")
    try:
        return _dataclass(PortfolioSnapshot, raw.get("snapshot"), "snapshot")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        if isinstance(exc, ExportError):
            raise
        raise ExportError(f"invalid snapshot: {exc}") from exc


# --- files -----------------------------------------------------------------------------------------------

def export_text(snapshot: PortfolioSnapshot, fmt: str, snapshot_id: int | None = None) -> str:
    if fmt == "csv":
        return snapshot_to_csv(snapshot)
    if fmt == "json":
        return snapshot_to_json(snapshot, snapshot_id)
    raise ExportError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")


def export_snapshot(snapshot: PortfolioSnapshot, path: str | os.PathLike[str], fmt: str,
                    snapshot_id: int | None = None) -> Path:
    """Write ``snapshot`` to ``path`` as ``fmt`` ("csv" | "json"); an existing file is replaced only on success."""
    text = export_text(snapshot, fmt, snapshot_id)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
