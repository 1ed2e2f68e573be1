"""The project's Lark grammars (``grammar/*.lark``): their text and the parsers built from them, once each.

Kept apart from :mod:`resparse.parse` so that a stage that only needs a grammar (``references.find`` reads the
citation grammar) does not import the resolution pipeline (normalize, lex, build).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from lark import Lark


def grammar_text(name: str = "resolution.lark") -> str:
    """The text of ``grammar/<name>`` as shipped in the package. Raises FileNotFoundError for an unknown name."""
    return resources.files("resparse.grammar").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _load(name: str, options: tuple) -> Lark:
    return Lark(grammar_text(name), **{k: list(v) if isinstance(v, tuple) else v for k, v in options})


def load(name: str, **options) -> Lark:
    """A Lark parser for ``grammar/<name>`` with Lark's ``options`` (``parser="lalr"``, ``start=...``), built once
    per name and options. Option values must be hashable: give several start symbols as a tuple (Lark gets a list)."""
    return _load(name, tuple(sorted(options.items())))
