"""The project's own exceptions. Each carries a location so the CLI can print one line and exit 2."""

from __future__ import annotations

from .clip import clip


class ResparseError(Exception):
    """Base class: a message, a 1-based line and column in the user's file, and the offending line."""

    def __init__(self, message: str, line: int = 0, column: int = 0, source_line: str = "", path: str = ""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.source_line = source_line
        self.path = path

    def one_line(self) -> str:
        where = self.path or "resparse"
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: error: {self.message}"
        if self.source_line:
            text += self.shown.format(clip(self.source_line, 80, '...'))
        return text

    shown = " [{}]"  # how one_line shows ``source_line``: the offending line

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.one_line()


class InputError(ResparseError):
    """The file cannot be read as text: missing, empty, binary, wrong encoding."""


class NotAResolution(ResparseError):
    """The text is readable but is not a General Assembly resolution."""

    # ``source_line`` is the text's first line, no offending one: said so (a new-user trial, 2026-12-04: a PDF
    # whose first line is "resparse" ended its error in an odd "[resparse]")
    # (in brackets, as every error's line: ``corpus report`` groups failures by the message before them)
    shown = ' [its first line: "{}"]'


class StructureError(ResparseError):
    """The grammar cannot place a line of the resolution."""
