"""Texts that core produces for a person to read, as message ids with parameters.

Core never translates (it has no Qt). A user-visible text made in core is a ``Message``: an English template
with ``{named}`` placeholders, marked for extraction with ``QT_TRANSLATE_NOOP("Core", "...")`` so that
``make translations`` (pyside6-lupdate scans core/ too) collects it, plus its parameters. The terminal prints
``str(message)`` (English); the window shows ``desktop.i18n.text(message)``, which looks the template up in the
"Core" context, formats the parameters for the user's locale, and fills them in.

Usage::

    from core.messages import QT_TRANSLATE_NOOP, message
    message(QT_TRANSLATE_NOOP("Core", "{percent} of your net worth is on {venue}"), percent=Percent(0.28), venue="OKX")

Parameter values: ``str`` (shown as is: names, symbols), ``int``, ``Percent`` / ``Usd`` / ``Amount`` (numbers
the front end formats in the user's locale), or a nested ``Message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for extraction into the translation files; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Percent:
    """A fraction shown as a percentage (0.125 → "12.5 %"); ``signed`` shows "+" for gains."""

    value: float
    decimals: int = 1
    signed: bool = False

    def __str__(self) -> str:
        return f"{self.value * 100:{'+' if self.signed else ''}.{self.decimals}f} %"


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


Param = Union[str, int, float, Percent, Usd, Amount, "Message"]


@dataclass(frozen=True)
class Message:
    """A user-visible text: an English template (the message id) and its parameters."""

    template: str
    params: tuple[tuple[str, Param], ...] = ()
    context: str = CONTEXT

    def __str__(self) -> str:  # English, for the terminal, logs and JSON
        return self.template.format(**{k: str(v) if not isinstance(v, (int, float)) or isinstance(v, bool)
                                       else v for k, v in self.params})

    def param(self, name: str) -> Any:
        return dict(self.params)[name]


def message(template: str, **params: Param) -> Message:
    """A ``Message`` from a template marked with ``QT_TRANSLATE_NOOP("Core", ...)`` and its parameters."""
    return Message(template, tuple(params.items()))


def english(text: Message | str) -> str:
    """The English text of a message (or the string itself)."""
    return str(text)
