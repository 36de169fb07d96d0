"""Rows <-> frozen dataclasses. Floats are stored as decimal TEXT (``repr`` round-trips exactly)."""

from __future__ import annotations

import dataclasses
import enum
import json
import typing
from datetime import datetime
from functools import cache
from typing import Any


def to_text(value: float | None) -> str | None:
    return None if value is None else repr(float(value))


def from_text(value: str | None) -> float | None:
    return None if value is None or value == "" else float(value)


def dt_text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_dt(value: str | None) -> datetime | None:
    return None if not value else datetime.fromisoformat(value)


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def row_from(obj: Any, **extra: Any) -> dict[str, Any]:
    """A flat row for a dataclass whose fields are scalars (floats become TEXT)."""
    row = {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    row.update(extra)
    return row


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if args and typing.get_origin(kind) in (typing.Union, getattr(__import__("types"), "UnionType", ())):
        kind = args[0]
    if kind is float:
        return float(value)
    if kind is bool:
        return bool(value)
    if kind is int:
        return int(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value


def from_row(cls: type, row: dict[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs = {f.name: _decode(hints[f.name], row[f.name])
              for f in dataclasses.fields(cls) if f.name in row}
    return cls(**kwargs)


def dumps(obj: Any) -> str:
    """JSON for nested dataclasses (market state with books and tiers)."""
    def default(o: Any) -> Any:
        if dataclasses.is_dataclass(o):
            return {f.name: getattr(o, f.name) for f in dataclasses.fields(o)}
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, datetime):
            return o.isoformat()
        raise TypeError(f"cannot encode {type(o).__name__}")
    return json.dumps(obj, default=default, separators=(",", ":"))
