"""The project's Lark grammars (``grammar/*.lark``): their text and the parsers built from them, once each.

Kept apart from :mod:`resparse.parse` so that a stage that only needs a grammar (``references.find`` reads the
citation grammar) does not import the resolution pipeline (normalize, lex, build).
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark
from lark.lexer import Lexer


def grammar_text(name: str = "resolution.lark") -> str:
    """The text of ``grammar/<name>`` as shipped in the package. Raises FileNotFoundError for an unknown name."""
    return resources.files("resparse.grammar").joinpath(name).read_text(encoding="utf-8")


def cache_path(name: str, text: str | None = None) -> str | bool:
    """Where Lark keeps the analysed grammar ``name`` between runs: a file in the per-user cache directory
    ($XDG_CACHE_HOME/resparse, else ~/.cache/resparse), named for the grammar's text (``text``, else the shipped
    ``grammar/<name>.lark``: the first 12 hex digits of its SHA-256) and the Lark and Python versions, so that two
    versions of a grammar (two installs, two checkouts) keep a file each instead of rewriting one another's at every
    run (Lark checks the grammar's hash itself). False, no cache, where that directory cannot be made."""
    import lark

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "resparse"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    if text is None:
        text = grammar_text(f"{name}.lark")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return str(base / f"{name}-{digest}-lark{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.cache")


@lru_cache(maxsize=None)
def _load(name: str, options: tuple) -> Lark:
    opts = {k: list(v) if isinstance(v, tuple) else v for k, v in options}
    text = grammar_text(name)
    if opts.get("parser") == "lalr" and "cache" not in opts:
        opts["cache"] = cache_path(name.removesuffix(".lark"), text)
    return Lark(text, **opts)


def load(name: str, **options) -> Lark:
    """A Lark parser for ``grammar/<name>`` with Lark's ``options`` (``parser="lalr"``, ``start=...``), built once
    per name and options. Option values must be hashable: give several start symbols as a tuple (Lark gets a list).
    An LALR grammar is analysed once per user and kept in :func:`cache_path` (Lark's ``cache=``)."""
    return _load(name, tuple(sorted(options.items())))


class TokenStream(Lexer):
    """Lark's lexer slot for grammars whose tokens are made in Python (:mod:`resparse.lex`, the clause lexer of
    :mod:`resparse.mandates.addressees`): pass them through."""

    def __init__(self, lexer_conf):  # noqa: D401 - Lark's interface
        pass

    def lex(self, data):  # type: ignore[override]
        return iter(data)
