"""Actors: normalized keys, the alias table (data/actors.txt), finding actor names in text, matching a query.

A key is the phrase in lower case, singular, hyphens as spaces, without a leading article or quantifier, its letters
without accents: "the United Nations regional economic commissions" -> "united nation regional economic
commission", which the alias table maps to the canonical "regional commissions" (key "regional commission");
"Türkiye" -> "turkiye", "Côte d’Ivoire" -> "cote d ivoire" (a query typed without accents finds the name).

    >>> table().resolve("States Members of the United Nations").name
    'Member States'
    >>> key("the Secretary-General of the Conference") == key("Secretary-General")
    False
    >>> key("São Tomé and Príncipe") == key("Sao Tome and Principe")
    True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .. import data

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
    return [singular(m.group(0)) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(singular(w) for w in data.sections("actors.txt")["determiners"])


def key_tokens(text: str) -> tuple[str, ...]:
    toks = tokens(text)
    det = _determiners()
    while toks and (toks[0] in det or toks[0].isdigit()):
        toks.pop(0)
    return tuple(toks)


def key(text: str) -> str:
    """The normalized key of an actor phrase (no alias resolution)."""
    return " ".join(key_tokens(text))


@dataclass(frozen=True)
class Actor:
    name: str  # canonical display name
    key: str  # key of the canonical name
    known: bool  # in the alias table


class AliasTable:
    """The alias table with its groups and parts, and a longest-match scanner over normalized words."""

    def __init__(self, sections: dict[str, tuple[str, ...]]):
        self.by_key: dict[str, Actor] = {}
        self.acronyms: set[str] = set()
        for line in sections.get("aliases", ()):
            names = [n.strip() for n in line.split("=") if n.strip()]
            self.acronyms.update(n for n in names if re.fullmatch(r"[A-Z][A-Z-]+", n))
            actor = Actor(names[0], key(names[0]), True)
            for n in names:
                self.by_key.setdefault(key(n), actor)
        self.groups: dict[str, set[str]] = {}  # group key -> member keys
        for line in sections.get("groups", ()):
            group, _, members = line.partition(":")
            self.groups[self.resolve(group).key] = {self.resolve(m).key for m in members.split(";") if m.strip()}
        self.parts: dict[str, str] = {}  # part key -> whole key
        for line in sections.get("parts", ()):
            part, _, whole = line.partition(":")
            self.parts[self.resolve(part).key] = self.resolve(whole).key
        self.heads = {singular(h) for line in sections.get("heads", ()) for h in [line.split()[-1]]}
        self.qualifiers = tuple(sorted(sections.get("qualifiers", ()), key=len, reverse=True))
        self.parentheses = tuple(sorted(sections.get("parentheses", ()), key=len, reverse=True))

    def opens_parenthesis(self, segment: str) -> bool:
        """ "in close consultation with ...", "supported by ...": a comma segment that is not another actor."""
        low = segment.lower()
        first = low.split()[0] if low.split() else ""
        return first.endswith(("ing", "ed")) or any(low == p or low.startswith(p + " ") for p in self.parentheses)

    def resolve(self, phrase: str) -> Actor:
        """The actor a phrase names: the table's entry, a State by any of its names (``data/member_states.txt``;
        "the Government of X" is X), else the phrase itself without article."""
        k = key(phrase)
        if k in self.by_key:
            return self.by_key[k]
        if k in states():
            return states()[k]
        m = _GOVERNMENT.match(phrase.strip())
        if m and key(m.group(1)) in states():
            return states()[key(m.group(1))]
        words = phrase.split()
        while words and singular(words[0]) in _determiners():
            words.pop(0)
        return Actor(" ".join(words) or phrase, k, False)

    def is_actor_like(self, phrase: str) -> bool:
        """A subject or agent names an actor: an entry of the table, or its head noun is an actor's head."""
        return _actor_like(self, phrase)

    def _is_actor_like(self, phrase: str) -> bool:
        k = key(phrase)
        if not k:
            return False
        if k in self.by_key or k in states():
            return True
        # the head stands before its complement: "States of origin", "collaboration between X and Y" (a thing)
        head = re.split(r"\s+(?:of|for|on|to|between|among|amongst)\s+", phrase.strip(), maxsplit=1)[0]
        toks = tokens(head)
        return bool(toks) and toks[-1] in self.heads

    def wholes(self, actor_key: str) -> set[str]:
        """Keys of the groups that include this actor and of the wholes it is part of (transitively)."""
        out: set[str] = set()
        todo = [actor_key]
        while todo:
            k = todo.pop()
            for g, members in self.groups.items():
                if k in members and g not in out:
                    out.add(g)
                    todo.append(g)
            if k in self.parts and self.parts[k] not in out:
                out.add(self.parts[k])
                todo.append(self.parts[k])
        return out


@lru_cache(maxsize=16384)
def _actor_like(t: AliasTable, phrase: str) -> bool:
    return t._is_actor_like(phrase)


_GOVERNMENT = re.compile(r"(?:the\s+)?Governments?\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def states() -> dict[str, Actor]:
    """Member States and observer States by the key of each of their names (``data/member_states.txt``):
    "United Kingdom" and "United Kingdom of Great Britain and Northern Ireland" are one actor. Kept apart from the
    alias table's scanner: a State named in a paragraph is not reported as a mention unless it is queried."""
    out: dict[str, Actor] = {}
    sections = data.sections("member_states.txt")
    for line in sections["states"] + sections.get("observers", ()):
        names = [n.strip() for n in line.split("=") if n.strip()]
        actor = Actor(names[0], key(names[0]), True)
        for n in names:
            out.setdefault(key(n), actor)
    return out


@lru_cache(maxsize=1)
def state_names() -> re.Pattern:
    """Every name of a State, longest first: a list separator never cuts one ("Bosnia and Herzegovina")."""
    sections = data.sections("member_states.txt")
    names = {n.strip() for line in sections["states"] + sections.get("observers", ()) for n in line.split("=")}
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


@lru_cache(maxsize=1)
def table() -> AliasTable:
    return AliasTable(data.sections("actors.txt"))


# ---------------------------------------------------------------- finding names in text


@dataclass
class Hit:
    key: str  # the actor's key (canonical for table entries)
    name: str
    start: int
    end: int


class Scanner:
    """Finds actor names in text, longest match first, so that "the Secretary-General of the Conference" is not
    a hit for "Secretary-General". Built from the alias table plus any extra phrases (a document's actors)."""

    def __init__(self, extra: Iterable[tuple[str, Actor]] = ()):
        base = _base_scanner() if extra else None
        if base is not None:
            self.entries = dict(base.entries)
            self.acronyms = base.acronyms
            self.lengths = {}
            self._add(extra)
            return
        t = table()
        self.entries: dict[tuple[str, ...], Actor] = {}
        for k, actor in t.by_key.items():
            self.entries[tuple(k.split())] = actor
        self.acronyms = {(key(a),) for a in t.acronyms}
        for group in t.groups.values():
            for m in group:
                self.entries.setdefault(tuple(m.split()), t.by_key.get(m) or Actor(m, m, False))
        self._add(extra)

    def _add(self, extra: Iterable[tuple[str, Actor]]) -> None:
        for phrase, actor in extra:
            toks = key_tokens(phrase)
            if toks:
                self.entries.setdefault(toks, actor)
        self.lengths: dict[str, list[int]] = {}  # first word -> lengths of the entries it begins, longest first
        for k in self.entries:
            self.lengths.setdefault(k[0], []).append(len(k))
        for v in self.lengths.values():
            v.sort(reverse=True)

    def scan(self, text: str) -> list[Hit]:
        words = _words(text)
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            for n in self.lengths.get(words[i][0], ()):
                if n > len(words) - i:
                    continue
                found = tuple(w for w, _, _ in words[i : i + n])
                actor = self.entries.get(found)
                start, end = words[i][1], words[i + n - 1][2]
                if actor and found in self.acronyms and not text[start:end].isupper():
                    actor = None  # "WHO" is an acronym, "who" is not
                if actor and (text[end : end + 1] == "-" or text[max(0, start - 1) : start] == "-"):
                    actor = None  # "State-led", "Member State-driven": a modifier, not the actor
                if actor:
                    hits.append(Hit(actor.key, actor.name, words[i][1], words[i + n - 1][2]))
                    i += n
                    break
            else:
                i += 1
        return hits


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The normalized words of a text with their spans (shared by the scanners that read the same paragraph)."""
    return tuple((singular(m.group()), *m.span()) for m in _WORD.finditer(text))


@lru_cache(maxsize=1)
def _base_scanner() -> Scanner:
    return Scanner()


@lru_cache(maxsize=8192)
def scan(text: str) -> list[Hit]:
    """Names of the alias table in ``text`` (cached: do not change the list)."""
    return _base_scanner().scan(text)


@lru_cache(maxsize=1)
def _key_prefixes() -> frozenset[str]:
    """Every word prefix of a table key: "conference", "conference on", ... ("Conference on Disarmament")."""
    out = set()
    for k in table().by_key:
        words = k.split()
        out.update(" ".join(words[:i]) for i in range(1, len(words)))
    return frozenset(out)


@lru_cache(maxsize=4096)
def cut_qualifiers(phrase: str) -> str:
    """The actor phrase without its qualifier: "organizations that are in consultative status ..." ->
    "organizations". Not at the first word, and not inside a name of the table ("Office on Drugs and Crime")."""
    t = table()
    words = phrase.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:]).lower()
        if rest.startswith("as well as"):
            continue
        for q in t.qualifiers:
            if rest == q or rest.startswith(q + " "):
                head = " ".join(words[:i]).rstrip(",")
                # keep a table name whole: "Conference on Disarmament", "Committee on the Peaceful Uses ..."
                if key(head) in _key_prefixes() and any(
                    key(phrase).startswith(k) for k in t.by_key if k.startswith(key(head) + " ")
                ):
                    break
                return head
    return phrase


# ---------------------------------------------------------------- segments of a phrase

def _depth_positions(text: str) -> list[int]:
    """Paren/quote depth before each character."""
    depth, out = 0, []
    for ch in text:
        out.append(depth)
        if ch in "(“[":
            depth += 1
        elif ch in ")”]" and depth:
            depth -= 1
    return out



def _segments(text: str) -> list[str]:
    """Top-level comma segments (commas inside parentheses, quotes or a name of the table do not cut)."""
    depth = _depth_positions(text)
    for h in scan(text) if "," in text else ():
        for i in range(h.start, h.end):
            depth[i] += 1
    out, last = [], 0
    for i, ch in enumerate(text):
        if ch == "," and not depth[i]:
            out.append(text[last:i])
            last = i + 1
    out.append(text[last:])
    return [s.strip() for s in out]
