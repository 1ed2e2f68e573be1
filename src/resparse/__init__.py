"""resparse: the structure of United Nations General Assembly resolutions, from the text users have.

    >>> import resparse
    >>> res = resparse.parse(resparse.default_text())
    >>> res.get("22 (a)").opening
    'Requests'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import InputError, NotAResolution, ResparseError, StructureError
from .model import Annex, Footnote, Heading, Paragraph, Resolution, Span
from .parse import parse, parse_text

__all__ = [
    "parse",
    "parse_text",
    "default_text",
    "bundled_texts",
    "Resolution",
    "Paragraph",
    "Heading",
    "Footnote",
    "Annex",
    "Span",
    "ResparseError",
    "InputError",
    "NotAResolution",
    "StructureError",
]

DEFAULT = "A_RES_71_280.txt"


def bundled_texts() -> list[Path]:
    """The resolutions shipped with the package (A/RES/71/280 and the texts listed in texts/SOURCES.md)."""
    root = resources.files("resparse.texts")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.startswith("A_RES_") and p.name.endswith(".txt"))


def default_text() -> Path:
    """Path of the bundled default resolution, A/RES/71/280."""
    return Path(str(resources.files("resparse.texts").joinpath(DEFAULT)))
