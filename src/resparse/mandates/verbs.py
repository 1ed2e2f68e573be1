"""The operative verbs (``data/operative_verbs.txt``): their force and class, first-person forms, and the forms a
verb takes in prose ("requests", "requested"; "calls on" = "calls upon"), for mandates and for the checker's verb
statements."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import data
from ..errors import InputError

# ---------------------------------------------------------------- the verb table


@dataclass(frozen=True)
class Verb:
    name: str  # "requests"
    force: int
    cls: str  # "address" | "decide"


@dataclass(frozen=True)
class Verbs:
    table: dict[str, Verb]
    first_person: dict[str, str]
    intensifiers: dict[str, int]
    connectives: tuple[str, ...]
    adverbs: tuple[str, ...]
    nouns: dict[str, str]  # "request" -> "requests": "reiterates its request to X to ..."
    renewals: tuple[str, ...]  # "reiterates", "renews"
    others: tuple[str, ...]  # other operative openings: end a clause, mandate nobody

    def pattern(self, words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def verbs() -> Verbs:
    sec = data.sections("operative_verbs.txt")
    table_ = {}
    for line in sec["verbs"]:
        name, force, cls = (x.strip() for x in line.split("|"))
        table_[name] = Verb(name, int(force), cls)
    for line in sec.get("same verb", ()):
        other, name = (x.strip() for x in line.split("|"))
        table_[other] = table_[name]  # "calls on" is read in the text and is the verb "calls upon"
    first = dict((x.strip() for x in line.split("|")) for line in sec["first person"])
    intens = {w.strip(): int(n) for w, n in (line.split("|") for line in sec["intensifiers"])}
    phrases = data.sections("opening_phrases.txt")["operative"]
    # the operative openings that are not mandate verbs: "Notes", "Takes note", "Expresses its appreciation"
    others = tuple(p.lower() for p in phrases if p.lower() not in table_)
    nouns = dict((x.strip() for x in line.split("|")) for line in sec["nouns"])
    return Verbs(table_, first, intens, tuple(sec["connectives"]), tuple(sec["adverbs"]), nouns, tuple(sec["renewals"]),
                 others)


@lru_cache(maxsize=4096)
def verb_of(phrase: str) -> Verb | None:
    """The mandate verb in an opening phrase: "Also requests" -> requests; "Takes note" -> None."""
    low = re.sub(r"\s+", " ", phrase.lower())
    for name in sorted(verbs().table, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}\b", low):
            return verbs().table[name]
    return None


def force_of(written: str, verb: Verb) -> int:
    """The verb's force plus the intensifiers written with it ("strongly urges")."""
    return verb.force + _intensity(written)


@lru_cache(maxsize=4096)
def _intensity(written: str) -> int:
    low = written.lower()
    return sum(n for w, n in verbs().intensifiers.items() if re.search(rf"\b{w}\b", low))


def forms(name: str) -> list[str]:
    """The forms a verb of the table takes in prose: "requests" -> ["requests", "requested"], "calls upon" ->
    ["calls upon", "called upon"] (a note reports what a resolution "requested")."""
    first, _, rest = name.partition(" ")
    stem = first[:-1] if first.endswith("s") else first
    past = stem + ("d" if stem.endswith("e") else "ed")
    return [" ".join(x for x in (f, rest) if x) for f in (first, past)]


def normalize_verb(text: str) -> str:
    """A --verb argument -> the verb table's name: "request", "Also requests", "call upon" -> "requests", ...
    Raises InputError for a word that is not a mandate verb."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    v = verbs()
    low = v.first_person.get(low, low)
    found = verb_of(low)
    if found:
        return found.name
    for first, third in v.first_person.items():
        if re.search(rf"\b{re.escape(first)}\b", low):
            return third
    raise InputError(f"unknown verb {text!r}; mandate verbs are: {', '.join(v.table)}")

