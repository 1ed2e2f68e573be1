"""Facts of UN drafting kept as data files (opening phrases, operative verbs, actor aliases).

Every file has the same shape: ``#`` comments (the header cites the sources), ``[section]`` headers, one entry a line.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable
from importlib import resources


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The sections of data file ``name``: {"section": (entry, ...)}, comments and blank lines dropped."""
    out: dict[str, list[str]] = {}
    current = None
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out[current] = []
        elif current is not None:
            out[current].append(line)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The entries of a data file without sections (``document_words.txt``): one a line, comments and blank lines
    dropped."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def entry_set(name: str, section: str, fold: Callable[[str], str] | None = None) -> frozenset[str]:
    """The entries of ``section`` of data file ``name`` as a set, each through ``fold`` if given (``str.lower``, a
    noun's singular, an actor's key: a module-level function, the cache's key), read once per (file, section, fold):
    the one reader of a word list the mandates look words up in (actors.txt [closed parentheses], operative_verbs.txt
    [for objects], reports_elsewhere.txt [receiving heads] ...). Raises KeyError for a section the file has not."""
    entries = sections(name)[section]
    return frozenset(map(fold, entries) if fold is not None else entries)


@lru_cache(maxsize=None)
def counted(name: str, section: str) -> dict[str, int]:
    """{word: its number} of a section of data file ``name`` whose entries are words and a number after them
    (deadline_words.txt [recurring months]: "quarterly 3" -> {"quarterly": 3}), in the file's order. Raises KeyError
    for a section the file has not, ValueError for an entry with no number last."""
    return {words: int(number) for words, number in (line.rsplit(None, 1) for line in sections(name)[section])}


def alternation(entries) -> str:
    """Entries of a data file ("calls upon", "each of") as a regex alternation, the longest first (so that "each one
    of" is tried before "each of"), a space matching any white space: ``"each\\s+of|all\\s+of"``."""
    import re

    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=None)
def abbreviations() -> tuple[str, ...]:
    """The abbreviations whose full stop ends no sentence (``abbreviations.txt``, every section), as written ("No",
    "para", "Add"), the longest first; they are read without regard to case."""
    entries = {a for entries in sections("abbreviations.txt").values() for a in entries}
    return tuple(sorted(entries, key=lambda a: (-len(a), a)))
