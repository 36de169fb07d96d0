"""Every outside text a command prints is plain text in the terminal.

A server's error, an exchange's symbol, a label typed by the user or read from an export file may carry escape
sequences: a terminal obeys them (colours, cursor moves, a new window title, a hyperlink, a cleared screen, even
"report" sequences that type into the shell). The commands remove them where outside text is formatted
(``desktop.format.terminal_text``: each table cell, each reason and label in a sentence); ``terminal_safe`` is the
net under all of it: while a command runs, what it writes to standard output and error, and what the log
prints there, passes through the same function.

Not for data a command was asked to write as it is (``undertow export -o -`` to a pipe): that is the user's file.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from desktop.format import terminal_text


class TerminalStream:
    """A text stream that writes ``terminal_text(text)`` to ``stream`` (tab and newline kept)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding ... of the real stream
        return getattr(self.stream, name)


@contextmanager
def terminal_output() -> Iterator[None]:
    """Standard output, standard error and the log handlers writing to them pass through ``terminal_text``."""
    out, err = sys.stdout, sys.stderr
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logging.StreamHandler) and h.stream in (out, err)]
    sys.stdout, sys.stderr = TerminalStream(out), TerminalStream(err)
    for h in handlers:
        h.setStream(TerminalStream(h.stream))
    try:
        yield
    finally:
        for h in handlers:
            stream = h.stream
            h.setStream(stream.stream if isinstance(stream, TerminalStream) else stream)
        sys.stdout, sys.stderr = out, err


def terminal_safe(run: Callable[[Any], int]) -> Callable[[Any], int]:
    """A command's ``run(args)`` with its terminal output passed through ``terminal_text``."""
    @functools.wraps(run)
    def guarded(args: Any) -> int:
        with terminal_output():
            return run(args)
    return guarded
