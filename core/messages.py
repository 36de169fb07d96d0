"""Texts that core produces for a person to read, as message ids with parameters.

Core never translates (it has no Qt). A user-visible text made in core is a ``Message``: an English template
with ``{named}`` placeholders, marked for extraction with ``QT_TRANSLATE_NOOP("Core", "...")`` so that
``make translations`` (pyside6-lupdate scans core/ too) collects it, plus its parameters. The terminal prints
``str(message)`` (English); the window shows ``desktop.i18n.text(message)``, which looks the template up in the
"Core" context, formats the parameters for the user's locale, and fills them in.

Usage::

    from core.messages import QT_TRANSLATE_NOOP, message
    message(QT_TRANSLATE_NOOP("Core", "{percent} of your net worth is on {venue}"), percent=Percent(0.28), venue="OKX")

Parameter values: ``str`` (shown as is: names, symbols), ``int``, ``Percent`` / ``Usd`` / ``Amount`` /
``Number`` (numbers the front end formats in the user's locale), ``Duration`` (an age), ``When`` (a moment, shown
in the user's date format), or a nested ``Message``. A template holds plain ``{name}`` placeholders only (no format
specs): the number formats live in the parameter types, so a translation cannot break them.

A ``Message`` *is* a ``str`` (its English text): it travels through every field, log line, JSON document and
database column typed ``str`` unchanged, and the front end still finds its template and parameters there. Text
built from it (``+``, f-strings, ``"; ".join``) is plain English again: combine messages with ``message`` and
``joined`` instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NoReturn, Union

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for extraction into the translation files; returns it unchanged."""
    return text


def _trimmed(value: float, decimals: int | None, signed: bool = False, grouping: bool = True) -> str:
    """``value`` with ``decimals`` places, or (None) as few as it needs up to 4: 15.0 -> '15', 12.5 -> '12.5'."""
    if not math.isfinite(value):
        return str(value)
    sign = "+" if signed else ""
    group = "," if grouping else ""
    if decimals is not None:
        return f"{value:{sign}{group}.{decimals}f}"
    text = f"{value:{sign}{group}.4f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Percent:
    """A fraction shown as a percentage (0.125 → "12.5 %"); ``signed`` shows "+" for gains; ``decimals`` None
    shows as many places as the value needs (0.15 → "15 %", 0.125 → "12.5 %")."""

    value: float
    decimals: int | None = 1
    signed: bool = False

    def __str__(self) -> str:
        return f"{_trimmed(self.value * 100, self.decimals, self.signed, grouping=False)} %"


@dataclass(frozen=True)
class Usd:
    """An amount in US dollars."""

    value: float
    decimals: int = 2

    def __str__(self) -> str:
        sign = "-" if self.value < 0 else ""
        return f"{sign}${abs(self.value):,.{self.decimals}f}"


@dataclass(frozen=True)
class Amount:
    """An amount of an asset ("0.25 BTC"); ``decimals`` None picks a sensible precision."""

    value: float
    asset: str = ""
    decimals: int | None = None

    def __str__(self) -> str:
        digits = self.decimals if self.decimals is not None else (8 if abs(self.value) < 1 else 4)
        number = f"{self.value:,.{digits}f}"
        if digits:
            number = number.rstrip("0").rstrip(".")
        return f"{number} {self.asset}".rstrip()


@dataclass(frozen=True)
class Number:
    """A plain number (a count of σ, a ratio, a price): ``decimals`` places, or (None) as few as it needs."""

    value: float
    decimals: int | None = None
    signed: bool = False

    def __str__(self) -> str:
        return _trimmed(self.value, self.decimals, self.signed)


def duration_text(seconds: float | None) -> str:
    """A duration in English: '40 s', '12 min', '3 h 05 min', '2 d 4 h'; 'never' for None."""
    if seconds is None:
        return "never"
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


@dataclass(frozen=True)
class Duration:
    """A length of time (an age, a wait), in seconds; None for "never"."""

    seconds: float | None

    def __str__(self) -> str:
        return duration_text(self.seconds)


@dataclass(frozen=True)
class When:
    """A moment: English "2026-03-02 08:00 UTC"; the window shows it in the user's date format and time zone."""

    at: datetime

    def __str__(self) -> str:
        at = self.at if self.at.tzinfo is not None else self.at.replace(tzinfo=UTC)
        return f"{at.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


Param = Union[str, int, float, Percent, Usd, Amount, Number, Duration, When, "Message"]


def _english_value(value: Param) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


class Message(str):
    """A user-visible text: an English template (the message id) and its parameters. The ``str`` value is the
    English text (terminal, logs, JSON); ``template``, ``params`` and ``context`` let the window translate it.
    Immutable, like the string it is."""

    template: str
    params: tuple[tuple[str, Param], ...]
    context: str

    def __new__(cls, template: str, params: Iterable[tuple[str, Param]] = (),
                context: str = CONTEXT) -> Message:
        pairs = tuple(params)
        obj = super().__new__(cls, template.format(**{k: _english_value(v) for k, v in pairs}))
        obj.__dict__.update(template=template, params=pairs, context=context)
        return obj

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"a Message is immutable (cannot set {name!r})")

    def __getnewargs__(self) -> tuple[str, tuple[tuple[str, Param], ...], str]:  # type: ignore[override]
        return (self.template, self.params, self.context)

    def __str__(self) -> str:  # English, for the terminal, logs and JSON
        return str.__str__(self)

    def param(self, name: str) -> Any:
        return dict(self.params)[name]


def message(template: str, **params: Param) -> Message:
    """A ``Message`` from a template marked with ``QT_TRANSLATE_NOOP("Core", ...)`` and its parameters."""
    return Message(template, tuple(params.items()))


def joined(parts: Iterable[Message | str], separator: str = "; ") -> Message:
    """Several texts in one, each translated on its own: ``joined([a, b])`` is "a; b" in English. Empty parts are
    left out (no parts: the empty message, which is falsy like "")."""
    kept = [p for p in parts if p]
    escaped = separator.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{p{i}}}" for i in range(len(kept)))
    return Message(template, tuple((f"p{i}", p) for i, p in enumerate(kept)))


def english(text: Message | str) -> str:
    """The English text of a message (or the string itself), as a plain ``str``."""
    return str(text)


def is_message(text: object) -> bool:
    return isinstance(text, Message)


__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Amount", "Duration", "Message", "Number", "Param", "Percent", "Usd",
           "When", "duration_text", "english", "is_message", "joined", "message"]
