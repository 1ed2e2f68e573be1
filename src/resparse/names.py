"""Names of bodies: the normalized key of a name and the alias table's names (``data/actors.txt``, section
[aliases]), read here for every stage that tells a body by its name.

The references stage reads them to tell a body from a document ("the United Nations Environment Programme" names no
document); the mandates stage (:mod:`resparse.mandates.actors`) builds its alias table, scanner and queries on them.
A key is the phrase in lower case, singular, hyphens as spaces, without a leading article or quantifier
(``[determiners]``), its letters without accents:

    >>> key("the United Nations regional economic commissions")
    'united nation regional economic commission'
    >>> names()["joint inspection unit"].name
    'Joint Inspection Unit'
    >>> "ECOSOC" in acronyms()
    True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from . import data

_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script: "Türkiye" is one word
_KEEP_S = ("ss", "us", "is", "ics")  # "process", "focus", "Tokelau's basis", "statistics"
# letters that carry no combining accent to strip (Unicode gives them no decomposition)
_UNDECOMPOSED = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th",
                               "ð": "d"})


def fold(word: str) -> str:
    """A word in lower case without its accents: "Türkiye" -> "turkiye", "Príncipe" -> "principe", "Øresund" ->
    "oresund" (Unicode NFKD, combining marks dropped, then the letters that do not decompose). ASCII is returned
    as it is, lower-cased."""
    w = word.lower()
    if w.isascii():
        return w
    w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w.translate(_UNDECOMPOSED)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A word's key form: folded (:func:`fold`) and singular ("commissions" -> "commission", "bodies" -> "body")."""
    w = fold(word)
    if len(w) <= 3 or w.endswith(_KEEP_S) or w.isdigit():
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """Normalized words: lower case, singular; hyphens and apostrophes separate words."""
    return list(map(singular, _WORD.findall(text)))


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(singular(w) for w in data.sections("actors.txt")["determiners"])


@lru_cache(maxsize=16384)
def key_tokens(text: str) -> tuple[str, ...]:
    """The words of ``key`` (cached: phrases recur)."""
    toks = tokens(text)
    det = _determiners()
    i = 0
    while i < len(toks) and (toks[i] in det or toks[i].isdigit()):
        i += 1
    return tuple(toks[i:])


def key(text: str) -> str:
    """The normalized key of an actor phrase (no alias resolution)."""
    return " ".join(key_tokens(text))


@dataclass(frozen=True)
class Actor:
    name: str  # canonical display name
    key: str  # key of the canonical name
    known: bool  # in the alias table


# an acronym among a name's aliases: capitals ("ECOSOC"), also joined by a hyphen to a word ("UN-Women",
# "UN-Habitat": UNTERM's short names); its words in capitals are matched only in capitals
_ACRONYM = re.compile(r"[A-Z]{2,}(?:-[A-Za-z]+)*|[A-Z][A-Z-]+")


def read_aliases(lines: Iterable[str]) -> tuple[dict[str, Actor], set[str]]:
    """The lines of an [aliases] section ("canonical name = alias = ...") as ({key of every name: its Actor, the
    first name's}, {the names that are acronyms}): a key already taken keeps its first actor."""
    by_key: dict[str, Actor] = {}
    acronym_names: set[str] = set()
    for line in lines:
        names_ = [n.strip() for n in line.split("=") if n.strip()]
        acronym_names.update(n for n in names_ if _ACRONYM.fullmatch(n))
        actor = Actor(names_[0], key(names_[0]), True)
        for n in names_:
            by_key.setdefault(key(n), actor)
    return by_key, acronym_names


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, Actor], frozenset[str]]:
    by_key, acronym_names = read_aliases(data.sections("actors.txt").get("aliases", ()))
    return by_key, frozenset(acronym_names)


def names() -> dict[str, Actor]:
    """The alias table's names by key (``data/actors.txt`` [aliases]): {"joint inspection unit": Actor(...)}. Do
    not change the dict (shared)."""
    return _aliases()[0]


def acronyms() -> frozenset[str]:
    """The alias table's names that are acronyms, as written ("ECOSOC", "UN-Women")."""
    return _aliases()[1]
