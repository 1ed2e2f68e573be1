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
from collections import ChainMap
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice
from typing import Iterable, Iterator

from .. import data
from ..months import MONTH_NAMES
from ..names import (  # noqa: F401 - the key and the names, read for every stage (resparse.names)
    _ACRONYM,
    _WORD,
    Actor,
    _determiners,
    fold,
    full_name,
    key,
    key_tokens,
    read_aliases,
    singular,
    special_procedure,
    tokens,
)


# the small words a body's name may be miswritten by: "of" for "on" (A/RES/80/242, para. 49)
_SLIP_WORDS = frozenset({"of", "on", "for", "in", "to", "at", "by", "with", "against", "from"})


def _slip_signature(toks: list[str]) -> tuple[str, ...]:
    """A name's words with its small words (``_SLIP_WORDS``) blanked: the names that differ only there share it."""
    return tuple("" if w in _SLIP_WORDS else w for w in toks)



# a suspended hyphen ("mine- and") and the words to the hyphened word that completes it ("... of war-affected ")
_SUSPENDED_COMPOUND = re.compile(r"\b[A-Za-z]+-\s+(?:and|or)\s+[^-,;]*?\w-[a-z]+\s+(?=\S)")

class AliasTable:
    """The alias table with its groups and parts, and a longest-match scanner over normalized words."""

    def __init__(self, sections: dict[str, tuple[str, ...]]):
        self.by_key, self.acronyms = read_aliases(sections.get("aliases", ()))  # (resparse.names)
        self.short_parts: dict[str, str] = {}  # (below, once the parts are read)
        self.groups: dict[str, set[str]] = {}  # group key -> member keys
        for line in sections.get("groups", ()):
            group, _, members = line.partition(":")
            self.groups[self.resolve(group).key] = {self.resolve(m).key for m in members.split(";") if m.strip()}
        # groups whose members are named by a title ([title groups], read by the queries only: the special procedures
        # of the Human Rights Council, its Special Rapporteurs, Independent Experts and working groups); group key ->
        # (the members' keys, the keys of the titles a member's name opens with)
        self.title_groups: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        self.title_group_names: dict[str, str] = {}  # group key -> its name as the list writes it ("special procedures")
        for line in sections.get("title groups", ()):
            group, _, members = line.partition(":")
            names = [m.strip() for m in members.split(";") if m.strip()]
            self.title_group_names[self.resolve(group).key] = group.strip()
            self.title_groups[self.resolve(group).key] = (
                frozenset(self.resolve(m).key for m in names if not m.endswith("…")),
                tuple(key(m.removesuffix("…")) for m in names if m.endswith("…")))
        self.parts: dict[str, str] = {}  # part key -> whole key
        for line in sections.get("parts", ()):
            part, _, whole = line.partition(":")
            self.parts[self.resolve(part).key] = self.resolve(whole).key
        self.part_names = tuple(line.partition(":")[0].strip() for line in sections.get("parts", ()))
        # a part named with its whole ("the Office for Disarmament Affairs of the Secretariat", A/RES/79/329, para. 13)
        # where [parts] lists it without too: one office, by the shorter name (:meth:`resolve`); key -> that name
        self.short_parts: dict[str, str] = {}
        listed = set(self.part_names)
        for line in self.part_names:
            for whole in _whole_names(self, line):
                if line.endswith(f" of the {whole}") and (short := line[: -len(f" of the {whole}")]) in listed:
                    self.short_parts[key(line)] = short
        # a special procedure's holder is appointed by the Human Rights Council, no part of it: a query for the
        # Council finds "the Special Rapporteur on the right to food" as it finds "the Special Rapporteur of the Human
        # Rights Council", as a mandate-holder it appoints, counted apart from the Council's own rows (a new-user
        # trial, 2026-12-04: 85 of the Council's 117 "own" mandates were its Special Rapporteurs' and Independent
        # Experts'); holder key -> the key of the body that appoints it
        council = self.resolve("Human Rights Council").key
        self.appointed: dict[str, str] = {a.key: council for a in self.by_key.values() if special_procedure(a.name)}
        # "the secretariat of X", "the Executive Director of X": an office or its holder (``office_titles.txt`` and
        # [offices]), part of X by its name
        self.offices = frozenset(" ".join(key_tokens(t)) for t in (*data.lines("office_titles.txt"),
                                                                   *sections.get("offices", ())))
        self._under: dict[tuple[str, str], str | None] = {}  # :meth:`under`, per (actor, query)
        self.heads = {singular(h) for line in sections.get("heads", ()) for h in [line.split()[-1]]}
        # heads that name actors only in the plural ([plural heads]: "processes"; "the process for ..." is none)
        self.plural_heads = frozenset(singular(h) for h in sections.get("plural heads", ()))
        # groups of countries ([country groups]): a mention only where a mandate or a query names one, as a State
        self.country_groups = frozenset(self.resolve(n).key for n in sections.get("country groups", ()))
        # names plural in form, singular in agreement ("the United Nations ... requests it")
        self.singular_names = frozenset(key(n) for n in sections.get("singular names", ()))
        # names of the table that are also other bodies' short names ("Special Committee"): read as a short name
        self.short_names = frozenset(key(n) for n in sections.get("short names", ()))
        self.qualifiers = tuple(sorted(sections.get("qualifiers", ()), key=len, reverse=True))
        # heads whose "to X" is part of the name ([parties]: "States parties to the Convention")
        self.party_heads = frozenset(singular(w) for w in sections.get("parties", ()))
        self.qualifier_words = frozenset(tuple(q.split(" ")) for q in self.qualifiers)  # ("that", "have")
        self.qualifier_lengths = sorted({len(q) for q in self.qualifier_words})
        self.parentheses = tuple(sorted(sections.get("parentheses", ()), key=len, reverse=True))
        self.parenthesis_adverbs = frozenset(sections.get("parenthesis adverbs", ()))
        self.qualifier_adverbs = frozenset(sections.get("qualifier adverbs", ()))
        # one of them, then a space or the end: an alternative that fails falls back to the next, so the pattern
        # matches where any of them opens the segment
        self._parenthesis_lead = re.compile("(?:" + ("|".join(map(re.escape, self.parentheses)) or "(?!)")
                                             + r")(?: |\Z)")

    def opens_parenthesis(self, segment: str) -> bool:
        """ "in close consultation with ...", "supported by ...": a comma segment that is not another actor (its
        first word a participle, or it is, or opens with, a phrase of [parentheses] followed by a space)."""
        low = segment.lower()
        words = low.split(None, 1)
        if len(words) > 1 and words[0] in self.parenthesis_adverbs:  # "either directly or through ...", "also
            low, words = words[1], words[1].split(None, 1)  # considering the extension of ..."
        elif (len(words) > 1 and words[0].endswith("ly") and segment[:1].islower()
              and self._parenthesis_lead.match(words[1])):
            # an adverb in -ly before a phrase of [parentheses]: "through coordinated actions, primarily by the World
            # Health Organization, ..." (A/RES/78/3, annex, para. 55); not "early warning systems"
            return True
        if words and words[0].endswith(("ing", "ed")):
            return True
        return self._parenthesis_lead.match(low) is not None

    def resolve(self, phrase: str) -> Actor:
        """The actor a phrase names: the table's entry, a State by any of its names (``data/member_states.txt``;
        "the Government of X" is X), else the phrase itself without article. An acronym in brackets after a name
        is no part of it: "the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)"
        is UN-Women (A/RES/80/118, para. 32; tests/labels/GUIDELINE.md, the ninth sample: "a full name keeps no
        bracketed acronym"), "the United Nations Human Settlements Programme (UN-Habitat)" is UN-Habitat (A/RES/78/122,
        para. 4): the actor is the same whether or not the acronym follows; a name the table does not hold is the
        acronym's actor if the table holds that ("the Commission (CCPCJ)")."""
        k = key(phrase)
        if k in self.by_key:
            return self.by_key[k]
        if k in self.short_parts:  # "the Department of Global Communications of the Secretariat" (A/RES/78/312,
            return self.resolve(self.short_parts[k])  # para. 3): the Department of Global Communications
        if phrase.endswith(")") and (m := _BRACKETED_ACRONYM.search(phrase)) and m.start() > 0:
            named = self.resolve(phrase[: m.start()])  # the name, or the acronym where only it is the table's
            return named if named.known else self.by_key.get(key(m.group(0).strip(" ()")), named)
        if k in states():
            return states()[k]
        m = _GOVERNMENT.match(phrase.strip())
        if m and key(m.group(1)) in states():
            return states()[key(m.group(1))]
        slip = self._slip(k)
        if slip is not None:
            return slip
        words = phrase.split()
        while words and singular(words[0]) in _determiners():
            words.pop(0)
        return Actor(" ".join(words) or phrase, k, False)

    def _slip(self, k: str) -> Actor | None:
        """The one entry of the table a name of four words or more misses only by its small words (prepositions,
        ``_SLIP_WORDS``): the text's own slip for a known body, "the Advisory Committee of Administrative and
        Budgetary Questions" (A/RES/80/242, para. 49) for the Advisory Committee on Administrative and Budgetary
        Questions; None when no entry or several do."""
        toks = k.split()
        if len(toks) < 4:
            return None
        index = self.__dict__.get("_slips")
        if index is None:  # built at the first use (``resolve`` runs while the table is being built)
            index = {}
            for entry, actor in self.by_key.items():
                if len(entry.split()) >= 4:
                    index.setdefault(_slip_signature(entry.split()), set()).add(actor.key)
            self._slips = index
        found = index.get(_slip_signature(toks), ())
        return self.by_key[next(iter(found))] if len(found) == 1 else None

    def known_words(self) -> frozenset[str]:
        """Every word (key form, ``names.key_tokens``) that a name :meth:`resolve` reads as a known actor may hold, a
        name that ends in a bracketed acronym ("... (UN-Women)") left out: the words of the keys it looks up (the
        table's, ``short_parts``', the States'), the small words ``_slip`` lets differ (``_SLIP_WORDS``), and the
        words "the Government of X" holds before X (``_GOVERNMENT``: "government", "of", "the", the determiners
        ``key`` drops before X). A name with a word outside this set, no word of which is a number, is no known
        actor (each way of :meth:`resolve` to one compares the name's key with one of those keys, word for word but
        for those small words), unless it ends in ")" (the acronym's own actor). Built at the first use, as
        :meth:`_slip`'s index is."""
        got = self.__dict__.get("_known_words")
        if got is None:
            keys = (*self.by_key, *self.short_parts, *states())
            got = self._known_words = frozenset(
                {w for k in keys for w in k.split()} | _SLIP_WORDS | _determiners() | {"government", "of", "the"})
        return got

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
        # ("bodies within the United Nations system", "stakeholders in Myanmar": ``cut_qualifiers`` keeps a complement
        # that names the whole)
        # a compound modifier opened by a suspended hyphen runs to the hyphened word that completes it, a preposition
        # inside it no complement: "all mine- and explosive remnants of war-affected States" (A/RES/80/74, paras. 9,
        # 10; 78/70, paras. 7, 8) are mine-affected States and explosive-remnants-of-war-affected States
        head = re.split(r"\s+(?:of|for|on|to|by|between|among|amongst|in|within)\s+",
                        _SUSPENDED_COMPOUND.sub("", phrase.strip()), maxsplit=1)[0]
        toks = tokens(head)
        last = head.split()[-1] if head.split() else ""
        if toks and toks[-1] in self.plural_heads and last.islower() and singular(last) == fold(last):
            return False  # "the process for the selection ..." (A/RES/79/327, para. 42): [plural heads]; a name in
            # capitals keeps its head ("the Informal Consultative Process", A/RES/78/69, para. 361)
        return bool(toks) and toks[-1] in self.heads

    def owner(self, actor_key: str) -> str | None:
        """The key of the body an office or office-holder is named of: "secretariat of the United Nations Conference
        on Trade and Development" -> the key of UNCTAD, "executive director of un women" -> UN-Women's, "chair of
        the committee" -> "committee"; None for any other key (an entry of the table is its own actor: "president
        of the general assembly" is the President's key, and its owner the General Assembly's)."""
        head, sep, rest = actor_key.partition(" of ")
        if not sep or head not in self.offices or not rest:
            return None
        k = key(rest)
        return self.by_key[k].key if k in self.by_key else states()[k].key if k in states() else k or None

    def without_treaty(self, actor_key: str) -> str | None:
        """The key of the parties an actor key names without what they are parties to ([parties]): "state party to
        the convention on biological diversity" -> "state party" (the table's key), "party to armed conflict" ->
        "party"; None for a key that names no parties to something. A query for the parties finds them so
        (``resparse.mandates.queries.party_keys``)."""
        head, sep, rest = actor_key.partition(" to ")
        if not sep or not rest or not head or head.split()[-1] not in self.party_heads:
            return None
        return self.resolve(head).key

    def under(self, actor_key: str, query_key: str) -> str | None:
        """How an actor stands under the actor a query names, for a query to find it: "part" (a part of it, as
        [parts] or an office of it by its name, :meth:`owner`, transitively), "group member" (a member of a group
        it is, as [groups], or a part of such a member: the Economic Commission for Europe under "regional
        commissions"), None (the same actor, or not under it). The other direction, an actor found by a query
        for a member of its group, is :meth:`wholes`."""
        pair = (actor_key, query_key)
        if pair not in self._under:
            self._under[pair] = self._under_uncached(actor_key, query_key)
        return self._under[pair]

    def _under_uncached(self, actor_key: str, query_key: str) -> str | None:
        seen = {actor_key: False}  # key -> reached through a group
        todo = [actor_key]
        while todo:
            k = todo.pop()
            ups = [(g, True) for g in self.groups_of(k)]
            if k in self.parts:
                ups.append((self.parts[k], False))
            if (o := self.owner(k)) is not None:
                ups.append((o, False))
            for up, group in ups:
                through = seen[k] or group
                if up not in seen or (seen[up] and not through):  # a path of parts only says "part"
                    seen[up] = through
                    todo.append(up)
        if query_key == actor_key or query_key not in seen:
            return None
        return "group member" if seen[query_key] else "part"

    def groups_of(self, actor_key: str) -> list[str]:
        """Keys of the groups an actor is a member of, by name ([groups]) or by title ([title groups]: "special
        rapporteur on the right to food" is one of the special procedures)."""
        out = [g for g, members in self.groups.items() if actor_key in members]
        for g, (members, titles) in self.title_groups.items():
            if actor_key in members or any(actor_key == t or actor_key.startswith(t + " ") for t in titles):
                out.append(g)
        return out

    def wholes(self, actor_key: str) -> set[str]:
        """Keys of the groups that include this actor and of the wholes it is part of (transitively)."""
        out: set[str] = set()
        todo = [actor_key]
        while todo:
            k = todo.pop()
            for g in self.groups_of(k):
                if g not in out:
                    out.add(g)
                    todo.append(g)
            if k in self.parts and self.parts[k] not in out:
                out.add(self.parts[k])
                todo.append(self.parts[k])
        return out


@lru_cache(maxsize=16384)
def _actor_like(t: AliasTable, phrase: str) -> bool:
    return t._is_actor_like(phrase)


_BRACKETED_ACRONYM = re.compile(rf"\s*\((?:{_ACRONYM.pattern})\)$")  # "(UN-Women)", "(UNODC)" closing a name
_GOVERNMENT = re.compile(r"(?:the\s+)?Governments?\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def states() -> dict[str, Actor]:
    """Member States and observer States by the key of each of their names (``data/member_states.txt``):
    "United Kingdom" and "United Kingdom of Great Britain and Northern Ireland" are one actor. Kept apart from the
    alias table's scanner: a State named in a paragraph is a mention only where it is asked for, or where the
    scanner is built with ``states=True`` (``corpus build``)."""
    out: dict[str, Actor] = {}
    for names in _state_names():
        actor = Actor(names[0], key(names[0]), True)
        for n in names:
            out.setdefault(key(n), actor)
    return out


@lru_cache(maxsize=1)
def _state_names() -> tuple[tuple[str, ...], ...]:
    """Each State's names, its usual short name first (``data/member_states.txt``, a line "A = B = C")."""
    sections = data.sections("member_states.txt")
    return tuple(tuple(n.strip() for n in line.split("=") if n.strip())
                 for line in sections["states"] + sections.get("observers", ()))


@lru_cache(maxsize=1)
def names_of_states() -> dict[str, tuple[str, ...]]:
    """Each State's key -> every name it is written by: its names (``data/member_states.txt``) and its formal names
    ([formal names]: "the State of Israel", "the State of Qatar")."""
    formal = data.sections("member_states.txt").get("formal names", ())
    return {key(line[0]): (*line, *(p.replace("*", n) for p in formal for n in line)) for line in _state_names()}


@lru_cache(maxsize=1)
def state_names() -> re.Pattern:
    """Every name of a State, longest first: a list separator never cuts one ("Bosnia and Herzegovina")."""
    names = {n for line in _state_names() for n in line}
    # led by a lookahead of the names' first characters, which the engine tests at C speed before it tries the
    # alternatives: the same matches (each starts with one of them), found some 4 times faster
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"(?=[{firsts}])\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?!\w)")


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


_STATE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def _whole_names(t: "AliasTable", part: str) -> tuple[str, ...]:
    """The names of the whole a part of the table ([parts]) is part of: its name and aliases as written."""
    whole = t.parts.get(t.resolve(part).key)
    return tuple(n for n in (t.by_key[whole].name,) if whole in t.by_key) if whole else ()


def _lower_singular(word: str) -> str:
    """``word`` in lower case, its singular ("Governments" -> "government"): a data entry as the scanner reads it."""
    return singular(word.lower())


def _organ_words() -> frozenset[str]:
    """The organs of a State (``actors.txt`` [organs of a State]) as the scanner's words, singular lower case."""
    return data.entry_set("actors.txt", "organs of a State", _lower_singular)


class Scanner:
    """Finds actor names in text, longest match first, so that "the Secretary-General of the Conference" is not
    a hit for "Secretary-General". Built from the alias table plus any extra phrases (a document's actors).

    ``entries`` maps a name's normalized words (``key_tokens``: ``("regional", "commission")``) to its Actor;
    ``trie`` holds the same names word by word (``{"regional": {"commission": {None: Actor}}}``, ``None`` marks
    the end of a name), so a scan walks from each word that opens a name (``firsts``) only as far as the text
    goes on matching one. A scan is linear in the text's words.

    A scanner built with extra phrases or ``states`` scans a text as its base scanner (the table's, or the table's
    and the States') does, and takes the base's scan of that text, kept per text (``_kept_scan``: paragraphs recur
    across resolutions), wherever none of the extra phrases can open in it: a walk reaches a node that the extra
    phrases changed only from a word of ``forms`` whose ``singular`` is the first word of one of them (``_opens``:
    those words), so a text none of whose words (``_words``, read once for the scan that may follow) is one of them
    is scanned as the base scans it. Where one can open, the scan is kept too, per text and per the names the scanner
    adds to its base (``_kept_own_scan``): a resolution renewed the next session mandates the same actors and
    repeats most of its paragraphs, and its mention scanner is then the same (16 % of such scans over the corpus)."""

    def __init__(self, extra: Iterable[tuple[str, Actor]] = (), states: bool = False):
        # ``states``: every State's names too (``data/member_states.txt``), as ``corpus build`` stores them
        extra = list(extra)
        # a State a mandate or a query names is a mention by every name it is written by: "calls upon Israel" and
        # "the Government of the State of Israel" (A/RES/78/121) name one State
        extra += [(n, actor) for _, actor in extra if actor.key in names_of_states()
                  for n in names_of_states()[actor.key]]
        self.named = frozenset(actor.key for _, actor in extra)  # the actors of the extra phrases
        base = (_states_scanner() if states else _base_scanner()) if extra or states else None
        self._base, self._opens = base, frozenset()
        self._names = -1  # the number of the names added to the base (``_kept_own_scan``), once some are
        if base is not None:  # the table's trie, shared; the nodes on the paths of the extra phrases copied
            added: dict[tuple[str, ...], Actor] = {}
            self.entries = ChainMap(added, base.entries)  # the base's entries read through, not copied
            self.part_tokens = base.part_tokens
            self.acronyms = base.acronyms
            self.acronym_firsts = base.acronym_firsts
            self.capitalised, self.capitalised_firsts = base.capitalised, base.capitalised_firsts
            for phrase, actor in extra:
                toks = key_tokens(phrase)
                if toks and (toks not in self.entries or actor.key and self.entries[toks].key != actor.key and (
                        self.entries[toks] is NOT_AN_ACTOR or toks in base.part_tokens)):
                    added[toks] = actor  # the actor a mandate reads in the words, where the base reads a State's
                    # name as none ("the United States": the State where the States are scanned) or a part by its
                    # shorter name ("the Department of Safety and Security of the Secretariat" mandated whole,
                    # A/RES/78/118, para. 42: that mandate's actor, no mention of the Department beside it)
            # the base's trie, firsts and forms themselves where nothing is added (a document whose actors are all
            # the table's); else copies that hold the added names too
            self.trie, self.firsts, self.forms = base.trie, base.firsts, base.forms
            if not added:
                return
            self.trie = dict(base.trie)
            own = {id(self.trie)}
            for toks, actor in added.items():
                node = self.trie
                for w in toks:
                    child = node.get(w)
                    if child is None or id(child) not in own:
                        child = dict(child or {})
                        own.add(id(child))
                        node[w] = child
                    node = child
                node[None] = actor
            new_firsts = {toks[0] for toks in added} - base.firsts
            if new_firsts:
                self.firsts = base.firsts | new_firsts
                self.forms = base.forms | _forms(new_firsts)
            # the words from which a walk enters a node the extra phrases changed: those of ``forms`` (the words a
            # walk starts from) whose singular opens an added phrase; each word of ``forms`` is one of the forms of
            # its own singular (``_forms``), so they are found among the forms of the added phrases' first words
            opening = {toks[0] for toks in added}
            self._opens = frozenset(w for w in _forms(opening) if singular(w) in opening)
            # a scan reads the base and, of each name added, its words and its actor's key and name (``Hit``)
            names = (states, tuple(sorted((toks, actor.key, actor.name) for toks, actor in added.items())))
            self._names = _ADDED_NAMES.setdefault(names, len(_ADDED_NAMES))
            return
        t = table()
        self.entries: dict[tuple[str, ...], Actor] = {}
        for k, actor in t.by_key.items():
            self.entries[tuple(k.split())] = actor
        # an acronym's words -> which of them must be written in capitals: ("un", "women") -> (True, False)
        self.acronyms = {key_tokens(a): tuple(w.isupper() for w in _WORD.findall(a)) for a in t.acronyms}
        # the first word of each acronym: a name whose first word opens none is no acronym ("states", "united")
        self.acronym_firsts = frozenset(k[0] for k in self.acronyms if k)
        # names that name their actor only capitalised ([capitalised]: "Secretariat", not "the secretariat" of a body)
        self.capitalised = frozenset(key_tokens(n) for n in data.sections("actors.txt").get("capitalised", ()))
        # their first words: a name whose first word opens none is none of them (its words need not be read again)
        self.capitalised_firsts = frozenset(k[0] for k in self.capitalised if k)
        for group in t.groups.values():
            for m in group:
                self.entries.setdefault(tuple(m.split()), t.by_key.get(m) or Actor(m, m, False))
        for phrase, actor in extra:
            toks = key_tokens(phrase)
            if toks:
                self.entries.setdefault(toks, actor)
        # a sub-national state ("Rakhine State", ``member_states.txt`` [sub-national states]) names no actor: read
        # whole, neither "State" nor "States" inside it is a mention (A/RES/79/182, para. 14)
        for phrase in data.sections("member_states.txt").get("sub-national states", ()):
            self.entries[key_tokens(phrase)] = NOT_AN_ACTOR
        # a State's name that holds "State" ("the Plurinational State of Bolivia", A/RES/79/210, para. 10; "to enter
        # the United States", 78/116, para. 8) and a name of another thing that holds it (``actors.txt`` [not
        # States]: "Islamic State in Iraq and the Levant", 79/317, para. 17): read whole, no mention of States (the
        # State's own name is the State where the States are scanned, ``_states_scanner``)
        for name in (*(n for names in names_of_states().values() for n in names),
                     *data.sections("actors.txt").get("not States", ())):
            toks = key_tokens(name)
            if "state" in toks:
                self.entries.setdefault(toks, NOT_AN_ACTOR)
        # the parts of a whole the table names by their own name ([parts]: "the Office for Disarmament Affairs of the
        # Secretariat", A/RES/79/329, para. 13): read whole, one office, not the office and the Secretariat; the
        # office as the table names it without its whole where [parts] lists that name too (the Office for
        # Disarmament Affairs), as an alias "Office of Legal Affairs of the Secretariat" is read
        self.part_tokens = frozenset(key_tokens(line) for line in t.part_names)
        for line in t.part_names:
            self.entries.setdefault(key_tokens(line), t.resolve(line))  # the shorter name ``AliasTable.short_parts``
        self.trie: dict = {}
        for k, actor in self.entries.items():
            node = self.trie
            for w in k:
                node = node.setdefault(w, {})
            node[None] = actor
        self.firsts = frozenset(self.trie)
        self.forms = _forms(self.firsts)

    def scan(self, text: str) -> list[Hit]:
        """The names in ``text``, left to right, none overlapping: at each word the longest name that opens there
        (an acronym only in capitals, a name joined by a hyphen to the word before or after it is none). Do not
        change the list: it may be the base scanner's, kept for the text."""
        base = self._base
        if base is not None and (not self._opens or self._opens.isdisjoint(_words(text)[0])):
            return _kept_scan(base, text)
        if self._names >= 0:
            return _kept_own_scan(self, text)
        return self._scan(text)

    def _scan(self, text: str) -> list[Hit]:
        """``scan`` read from the text's words, walking this scanner's trie."""
        words, starts, ends = _words(text)
        hits: list[Hit] = []
        count = len(words)
        after = 0  # the words before this one belong to a hit
        trie = self.trie
        for i in compress(range(count), map(self.forms.__contains__, words)):
            if i < after:
                continue
            first = singular(words[i])
            node = trie.get(first)
            if node is None:
                continue
            found: list[tuple[int, Actor]] = [(1, node[None])] if None in node else []  # (words, actor), shortest first
            j = i + 1
            while j < count:
                node = node.get(singular(words[j]))
                if node is None:
                    break
                j += 1
                if None in node:
                    found.append((j - i, node[None]))
            for n, actor in reversed(found):
                start, end = starts[i], ends[i + n - 1]
                if actor is NOT_AN_ACTOR:
                    after = i + n  # "American Samoa", "United States dollars": no State named inside
                    break
                if first in self.acronym_firsts and self._not_as_acronym(text, words, starts, ends, i, n):
                    continue  # "WHO" is an acronym, "who" is not; "UN-Women" is, "un-women" is not
                if first in self.acronym_firsts and self._in_defined_term(text, words, starts, ends, i, n, actor):
                    continue  # "an Emission Control Area for Sulphur Oxides (Med SOx ECA)": not the Commission
                if first in self.capitalised_firsts and text[start].islower() and tuple(
                        singular(w) for w in words[i : i + n]) in self.capitalised:
                    continue  # "the secretariat of the Conference": not the Secretariat of the United Nations
                if n == 1 and first in self.capitalised_firsts and (first,) in self.capitalised and (
                        _in_longer_name(text, start, end, actor)):
                    continue  # "the United Nations Environment Assembly", "the Assembly of States Parties": another
                    # body's Assembly, no mention of the General Assembly
                if n <= 3 and " ".join(map(singular, words[i : i + n])) in table().offices and (
                        _another_holders(text, start, end)):
                    continue  # "the Special Envoy of the Chair of the Association" (A/RES/78/219, para. 16 (t)):
                    # ASEAN's envoy, no mention of the Special Envoy the resolution names alone; "the
                    # Secretary-General of the Organization of Islamic Cooperation" (A/RES/78/214, para. 7): the
                    # OIC's, no mention of the Secretary-General (a title the table holds alone too)
                if text[end : end + 1] == "-" or text[max(0, start - 1) : start] == "-":
                    continue  # "State-led", "Member State-driven": a modifier, not the actor
                if n == 1 and first in _organ_words() and (of := _STATE_AFTER.match(text, end)) and (
                        state_names().match(text, of.end())):
                    break  # "the Government of Chile" (A/RES/80/243, section VII, para. 3): the State's, no
                    # mention of Governments in general (the State is one where States are scanned)
                hits.append(Hit(actor.key, actor.name, start, end))
                after = i + n
                if after < count and (words[after] in _COORDINATORS or "," in text[end : starts[after]]):
                    after = self._distributed(text, words, starts, ends, i, n, hits)
                break
        return hits

    def _distributed(self, text: str, words: list[str], starts: list[int], ends: list[int], i: int, n: int,
                     hits: list[Hit]) -> int:
        """The names a plural head distributes over the complements coordinated after the hit of ``words[i : i +
        n]``: "the United Nations Offices at Geneva and Vienna" are the United Nations Office at Geneva and the United
        Nations Office at Vienna, "the United Nations Offices at Geneva, Vienna and Nairobi" three Offices (A/RES/78/27,
        para. 11; 78/245, para. 37), "the Economic Commissions for Africa and for Europe" two commissions. The hit's
        head, the word before its first preposition (``_DISTRIBUTING``), is written in the plural; each member after a
        comma or "and"/"or" (its preposition repeated or not) with the hit's words up to its last preposition is a
        name of this scanner's (the table's: a place that names no Office is none), a hit on the member's words
        appended to ``hits``; the list ends at the member after "and"/"or" or at the first that names none (English
        grammar: a plural noun with coordinated modifiers, "the Offices at Geneva and Vienna", one of each, Quirk et
        al., A Comprehensive Grammar of the English Language, 1985, 13.63). Returns the index of the word after the
        last hit."""
        preps = [k for k in range(i + 1, i + n - 1) if words[k] in _DISTRIBUTING]
        if not preps or singular(words[preps[0] - 1]) == words[preps[0] - 1]:
            return i + n  # no complement, or a head in the singular ("the United Nations Office at Geneva and ...")
        node = self.trie
        for w in words[i : preps[-1] + 1]:
            node = node[singular(w)]
        prep, count, j = words[preps[-1]], len(words), i + n
        while j < count:
            gap = text[ends[j - 1] : starts[j]]
            last = words[j] in _COORDINATORS and "," not in gap.replace(",", "", 1)
            if last:
                j += 1
            elif gap.strip() != ",":
                break
            k = j + 1 if j < count and words[j] == prep else j
            found, walk, m = None, node, k
            while m < count and (walk := walk.get(singular(words[m]))) is not None:
                m += 1
                if None in walk:
                    found = (m, walk[None])
            if found is None or not text[starts[k]].isupper():
                break
            m, actor = found
            hits.append(Hit(actor.key, actor.name, starts[k], ends[m - 1]))
            j = m
            if last:
                break
        return j


    def _not_as_acronym(self, text: str, words: list[str], starts: list[int], ends: list[int], i: int, n: int) -> bool:
        """Are the ``n`` words from word ``i`` an acronym of the table ("WHO", "UN-Women") whose capitals the text
        does not write in capitals ("who", "Un-Women")?"""
        caps = self.acronyms.get(tuple(singular(w) for w in words[i : i + n]))
        return caps is not None and not all(
            text[starts[i + k] : ends[i + k]].isupper() for k, upper in enumerate(caps) if upper
        )


    def _in_defined_term(self, text: str, words: list[str], starts: list[int], ends: list[int], i: int, n: int,
                         actor: Actor) -> bool:
        """Is the acronym of the table that the ``n`` words from word ``i`` write part of a term the text defines in
        brackets after its expansion, not the body it stands for? An acronym stands for its body only as a whole
        token of its own: inside a bracketed short name of several words ("as an Emission Control Area for Sulphur
        Oxides (Med SOx ECA)", A/RES/78/69 236, 79/144 233: no mention of the Economic Commission for Africa), or
        alone in brackets right after capitalised words whose initials spell it and that name another thing ("an
        Emission Control Area (ECA)"), it is that term's (UN Editorial Manual: an abbreviation is given in brackets
        after the name it stands for, at first mention). A list in the brackets ("(UNDP, UNICEF and WFP)") names each
        body."""
        if self.acronyms.get(tuple(singular(w) for w in words[i : i + n])) is None:
            return False
        start, end = starts[i], ends[i + n - 1]
        opened, closed = text.rfind("(", 0, start), text.find(")", end)
        if opened < 0 or closed < 0 or ")" in text[opened:start] or "(" in text[end:closed]:
            return False
        inner = text[opened + 1 : closed]
        if _BRACKET_LIST.search(inner):
            return False  # "(UNDP, UNICEF and WFP)": each its body
        if inner.strip() != text[start:end]:
            return True  # the acronym is one word of a longer term: "(Med SOx ECA)"
        # the acronym alone: the body's own where the words before it name that body ("Economic Commission for Africa
        # (ECA)"), another thing's where capitalised words right before spell it and name something else
        letters = re.sub(r"[^A-Za-z]", "", text[start:end])
        before = _WORD.findall(text[max(0, opened - 200) : opened])
        spelled = []
        for w in reversed(before):
            if w.lower() in _TERM_GLUE:
                continue
            if not w[:1].isupper():
                break
            spelled.insert(0, w)
            if len(spelled) == len(letters):
                break
        if "".join(w[0] for w in spelled).upper() != letters.upper():
            return False
        expansion = text[max(0, opened - 200) : opened].rstrip()
        head = expansion[expansion.rfind(spelled[0]):] if spelled else ""
        return table().resolve(head).key != actor.key


# a capitalised word right before a name, on its line's spaces, and what comes before that word
_CAPITAL_BEFORE = re.compile(r"(?:^|(?<=[^\w’'-]))([A-Z][\w’'-]*)[ \t]+$")
# "of" and a capitalised word after a name ("of States Parties", "of the International Maritime Organization"), but
# not "of the United Nations" closing the name ("the Secretariat of the United Nations" is the table's own name)
_OF_CAPITAL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?!United[ \t]+Nations\b(?![ \t]+[A-Z]))[A-Z]")


# "of" and the capitalised name after an office's title: "of the Chair of the Association", "of the ASEAN Chair"
# (capitalised words joined by "of": "on Myanmar" after "the Secretary-General" is the envoy's mandate, not the holder);
# never a date ("its recommendations to the Secretary-General of April 2019", A/RES/78/269, preamble)
_OF_NAME = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:{MONTH_NAMES})\b)"
                      r"([A-Z][\w’'-]*(?:[ \t]+(?:of(?:[ \t]+the)?[ \t]+)?[A-Z][\w’'-]*)*)")
# a title written as the agent of an act named by a noun, right before it: "the appointment by the", "the
# establishment by the" (its "of" complement is the act's object, ``_another_holders``)
_AGENT_OF_ACT = re.compile(r"(?<![\w’'-])(?:the|its|his|her|their)[ \t]+[a-z]+[ \t]+by[ \t]+(?:the[ \t]+)?$")


def _own_complements() -> frozenset[str]:
    """The keys of the holders and the body an office of the United Nations is "of" (``actors.txt`` [own
    complements]: "Secretary-General", "United Nations")."""
    return data.entry_set("actors.txt", "own complements", key)


def _another_holders(text: str, start: int, end: int) -> bool:
    """Does an office's title at ``text[start:end]`` (a title of office_titles.txt or ``actors.txt`` [offices], alone)
    have an "of" complement that names another holder or body than the Organization's own (``actors.txt`` [own
    complements])? Then the title is part of that one's office's name: "the Special Envoy of the Chair of the
    Association" (A/RES/78/219, para. 16 (t)), "the Special Envoy of the ASEAN Chair" (A/RES/79/182, para. 19 (u)),
    "the Secretary-General of the Organization of Islamic Cooperation" (A/RES/78/214, para. 7; 79/180 7, 80/200 7),
    "the Secretary-General of the World Tourism Organization" (A/RES/79/220, paras. 1 and 12), "the Secretary-General
    of the Conference" (A/RES/78/128, para. 24), whichever title it is; not "the Special Envoy of the
    Secretary-General on Myanmar" (16 (o)), nor "the Secretariat of the United Nations", nor a date after "of" ("the
    Secretary-General of April 2019"). Not where the title is the agent of an act named by the noun before it, whose
    object the "of" complement is (``_AGENT_OF_ACT``: "the appointment by the Secretary-General of the Coordinator for
    Multilingualism", A/RES/78/245, para. 53; "the establishment by the Secretary-General of the Global Crisis
    Response Group", 78/157; English nominalizations: the agent in "by" before the object in "of", Quirk et al., A
    Comprehensive Grammar of the English Language, 1985, 17.54)."""
    of = _OF_NAME.match(text, end)
    return (of is not None and key(of.group(1)) not in _own_complements()
            and _AGENT_OF_ACT.search(text, max(0, start - 60), start) is None)


def _in_longer_name(text: str, start: int, end: int, actor: Actor) -> bool:
    """Is the one capitalised word of ``text[start:end]`` (a name of ``actors.txt`` [capitalised]) that names one body
    ("Assembly", "Secretariat") the head of another body's longer name, which the table does not hold: a capitalised
    word right before it that does not open the sentence ("the United Nations Environment Assembly", "the World Health
    Assembly", "the Parliamentary Assembly", "the Technical Secretariat"; not "The Assembly" nor "Requests the
    Assembly"), "/" right after it (a symbol: "decision Assembly/AU/Dec.729(XXXII)"), or "of" and a capitalised word
    right after it ("the Assembly of States Parties to the Rome Statute", "the Assembly of Heads of State and
    Government of the African Union", "the Assembly of the International Maritime Organization"; not "of the United
    Nations"). The General Assembly is written "the General Assembly" or "the
    Assembly", and the Secretariat "the Secretariat" or "the United Nations Secretariat", the organ's own name
    (Charter, Art. 7; UN Editorial Manual: the short form of an organ's name on second mention): "the continued
    commitment of the United Nations Environment Assembly" names no General Assembly (A/RES/79/209, para. 21).
    A class in the plural written with a capital ("State" of "States", "Port State", "Flag State") is not read so."""
    if singular(fold(actor.name.split()[-1])) != fold(actor.name.split()[-1]):
        return False  # a class ("State": "States")
    before = _CAPITAL_BEFORE.search(text, 0, start)
    if before is not None and before.group(1) not in ("The", "A", "An") and re.search(
            r"(?:^|[.;:!?]\s*|\(\w{1,4}\)\s*)$", text[: before.start(1)]) is None:
        return True
    # or the first part of another body's document symbol: "decision Assembly/AU/Dec.729(XXXII) ... of the Assembly of
    # Heads of State and Government" (A/RES/78/263, para. 34), the African Union Assembly's
    return _OF_CAPITAL.match(text, end) is not None or text[end : end + 1] == "/"


# a list in brackets: each of its acronyms names its body (``Scanner._in_defined_term``)
_BRACKET_LIST = re.compile(r",|;|\b(?:and|or)\b")
# the small words an expansion's initials skip ("Economic Commission for Africa": ECA)
_TERM_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "to"})


_COORDINATORS = frozenset({"and", "or"})
# the prepositions a name's complement opens with, which a plural head distributes over (``Scanner._distributed``)
_DISTRIBUTING = frozenset({"at", "in", "for", "on", "of"})
_SPLIT = re.compile(r"([^\W_]+)")  # ``_WORD`` kept by split: separators and words alternate
# ``_SPLIT`` on ASCII text: the same words (``[^\W_]`` is ``[A-Za-z0-9]`` there), a class the engine tests faster
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]+)")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of a text (``_WORD``) in lower case, accents folded, and the start and end offset of each, as three lists of one
    length (shared by the scanners that read the same paragraph; ``singular`` of a word is its normalized form).
    Built with C-level steps: a split that keeps the words at odd positions, the running sum of the pieces'
    lengths for the offsets. An ASCII text is lower-cased whole before the split (same length, same words)."""
    if text.isascii():
        pieces = _SPLIT_ASCII.split(text.lower())
        words = pieces[1::2]
    else:
        pieces = _SPLIT.split(text)
        words = list(map(str.lower, pieces[1::2]))
        if not "".join(words).isascii():  # "Türkiye" -> "turkiye", as its key (``fold``)
            words = [w if w.isascii() else fold(w) for w in words]
    offsets = list(accumulate(map(len, pieces), initial=0))
    return words, offsets[1 : len(pieces) - 1 : 2], offsets[2 : len(pieces) : 2]


def _forms(firsts: Iterable[str]) -> frozenset[str]:
    """Every word in lower case that ``singular`` may take to one of ``firsts``: w, w+"s", w+"es", and for w in
    "y", w less "y" plus "ies" (singular's rules, read backwards; a superset, the trie decides)."""
    out = set()
    for w in firsts:
        out.update((w, w + "s", w + "es"))
        if w.endswith("y"):
            out.add(w[:-1] + "ies")
    return frozenset(out)


@lru_cache(maxsize=1)
def _base_scanner() -> Scanner:
    return Scanner()


@lru_cache(maxsize=1)
def _states_scanner() -> Scanner:
    """The alias table's names and every name of every State (``states``); the names that hold a State's name and
    name another thing (``member_states.txt`` [not the State], and [geographic names] and [outcomes named after a
    State] of every State's names: "the Gulf of Guinea", "Lake Chad", "the Mauritius Strategy") name no actor."""
    sections = data.sections("member_states.txt")
    names = [n for line in _state_names() for n in line]
    formal = [(n, states()[k]) for k, line in names_of_states().items() for n in line]
    geographic = [p.replace("*", n) for p in (*sections.get("geographic names", ()),
                                               *sections.get("outcomes named after a State", ())) for n in names]
    return Scanner([(n, states()[key(n)]) for n in names] + formal
                   + [(n, NOT_AN_ACTOR) for n in (*sections.get("not the State", ()), *geographic)])


# what a scanner's name that names no actor maps to: a name that holds a State's name and names another thing
# ("American Samoa": ``member_states.txt`` [not the State]; a currency, "United States dollars", is actors.txt
# [currencies], read by ``name_as_modifier``), or a sub-national state ("Rakhine State": ``member_states.txt``
# [sub-national states], in every scanner), read as the longest name there so that the State's name (or "State")
# inside it is none (``Scanner._scan``)
NOT_AN_ACTOR = Actor("", "", False)


@lru_cache(maxsize=8192)
def scan(text: str) -> list[Hit]:
    """Names of the alias table in ``text`` (cached: do not change the list)."""
    return _base_scanner().scan(text)


def may_name_across(text: str, word: str) -> bool:
    """May a name that :func:`scan` finds in ``text`` hold ``word`` (lower case, in its key form) after its first
    word ("to" inside "the Special Rapporteur on the right to food")? False only where none can: for each name of
    the table with that word inside it, some word of the name stands nowhere in the text, in lower case, as the
    start of a word the key form (``singular``) may come from ("right" of "rights"; "bod" for "body" of "bodies").
    A necessary condition of a hit, never a guess: ``scan`` finds a name only where each of its words is the key
    form of a word of the text. A text that is not ASCII is not judged (True): its words are folded
    (``fold``: "Türkiye" -> "turkiye") before they are looked up. Used to leave unread the scan of a clause whose
    "to" no name can hold (``clauses._infinitives``); tests/test_fast_paths.py holds it to the scan over texts/ and
    tests/fixtures."""
    if not text.isascii():
        return True
    low = text.lower()
    held: dict[str, bool] = {}  # each stem sought once (most of the names open with "special rapporteur")
    for stems in _inner_word_names(word):
        for stem in stems:
            got = held.get(stem)
            if got is None:
                got = held[stem] = stem in low
            if not got:
                break
        else:
            return True
    return False


@lru_cache(maxsize=None)
def _inner_word_names(word: str) -> tuple[tuple[str, ...], ...]:
    """The names of the base scanner (``_base_scanner``: its entries, which its trie is built from) that hold
    ``word`` after their first word, each as the stems of its words: the key form itself, or without its final "y"
    (``singular`` reads "bodies" as "body": the plural holds "bod", not "body")."""
    return tuple(tuple(dict.fromkeys(w[:-1] if w.endswith("y") else w for w in toks))
                 for toks in _base_scanner().entries if word in toks[1:])


@lru_cache(maxsize=16384)
def _kept_scan(base: Scanner, text: str) -> list[Hit]:
    """A base scanner's (``_base_scanner``, ``_states_scanner``: one each) scan of ``text``, kept per text for the
    scanners built on it (a document's mention scanner reads every paragraph; a session's paragraphs recur in the
    next one's resolutions)."""
    return base._scan(text)


# the sets of names scanners added to their base, each numbered once: (states, ((words, key, name), ...)) -> number
_ADDED_NAMES: dict[tuple, int] = {}
# a scanner's own scans (``_kept_own_scan``): (its names' number, text) -> hits, the oldest dropped first
_OWN_SCANS: dict[tuple[int, str], list[Hit]] = {}
_OWN_SCANS_KEPT = 16384


def _kept_own_scan(scanner: Scanner, text: str) -> list[Hit]:
    """The scan of ``text`` by a scanner with names added to its base, kept per text and per the names added (a
    scanner built again with the same names scans the same; do not change the list)."""
    k = (scanner._names, text)
    got = _OWN_SCANS.get(k)
    if got is None:
        got = _OWN_SCANS[k] = scanner._scan(text)
        if len(_OWN_SCANS) > _OWN_SCANS_KEPT:
            del _OWN_SCANS[next(iter(_OWN_SCANS))]
    return got


class Recent:
    """The actors named so far in a resolution, in order: the table's names in each paragraph (``scan``) and each
    actor mandated. Read only by a phrase that refers back ("the Office", "the institutions"), through
    ``having(word)``. A paragraph's text is scanned only when a reading reaches it and it can name such an actor:
    every word of one of the table's names for it appears in the text, give or take a plural ending
    (``_stems_naming``), so a resolution that never refers back is never scanned for it. Each word asked reads
    each item once. Shapes: ``append(Actor)``, ``named_in(str)``, ``having(str) -> Iterable[Actor]``,
    ``full_name(str) -> str | None`` (the full name a body's short name stands for, read in the title and the
    paragraphs so far), ``title_name(str) -> str | None`` (the same, read in the title alone)."""

    def __init__(self, title: str = "") -> None:
        self._items: list[Actor | str] = []  # an Actor, or a paragraph's text
        self._title = f"the {title}" if title else ""  # "Office of the United Nations High Commissioner for Refugees"
        self._text: tuple[int, str] = (0, self._title)  # (items read, the title and their texts joined)
        self._read: dict[str, tuple[int, list[tuple[int, Actor]]]] = {}  # word -> (items read, actors with it)
        self._texts: dict[int, tuple[str, list[Actor] | None]] = {}  # item -> (its text in lower case, its actors)
        self._title_names: dict[str, str | None] = {}  # short name -> the title's full name (``title_name``)

    def append(self, actor: Actor) -> None:
        self._items.append(actor)

    def named_in(self, text: str) -> None:
        """The names of the alias table in ``text`` come next."""
        self._items.append(text)

    def full_name(self, short: str, prefix: bool = False, upto: int | None = None) -> str | None:
        """The full name the short name ``short`` ("the High Commissioner") stands for in the resolution's title and
        the texts of its paragraphs read so far (of the first ``upto`` items, if given): ``resparse.names.full_name``,
        ``prefix`` as there; None when they name none."""
        upto = len(self._items) if upto is None else upto
        if self._text[0] != upto:
            texts = [self._title, *(x for x in self._items[:upto] if isinstance(x, str))]
            self._text = (upto, ".\n".join(texts))  # a full stop ends a name: the title's is not the next text's
        return full_name(short, self._text[1], prefix)

    def title_name(self, short: str) -> str | None:
        """The full name the short name ``short`` ("the Committee") stands for in the resolution's title alone
        (``resparse.names.full_name`` over "the <title>"): the body the resolution is about ("Report of the Committee
        on Relations with the Host Country", A/RES/80/172: "Requests the Committee to continue its work", para. 16);
        None when the title names none. Kept per short name."""
        if short not in self._title_names:
            self._title_names[short] = full_name(short, self._title) if self._title else None
        return self._title_names[short]

    def office_of(self, title: str) -> str | None:
        """The body the holders of an office written in lower case by its title alone ("special rapporteurs") are of:
        the one body of the table named right after the same words and "of the" in the resolution's title and the
        texts of its paragraphs read so far ("Recognizing the importance of the work of the special rapporteurs of the
        International Law Commission", A/RES/79/121, preamble; its para. 15 "requests special rapporteurs to submit
        their reports": the Commission's, the full name at first mention and the short form after, United Nations
        Editorial Manual); None when no body, or more than one, is named so."""
        texts = "\n".join([self._title, *(x for x in self._items if isinstance(x, str))])
        found = {table().resolve(m.group(1)).name for m in re.finditer(
            rf"\b(?i:{re.escape(title)})\s+of\s+the\s+([A-Z][\w-]*(?:\s+(?:(?:of|for|on)(?:\s+the)?\s+|and\s+)?[A-Z][\w-]*)*)",
            texts) if table().resolve(m.group(1)).known}
        return found.pop() if len(found) == 1 else None

    def _texts_back(self, upto: int) -> Iterator[str]:
        """The texts of the paragraphs among the first ``upto`` items (as ``self._items[:upto]`` bounds them), the last
        read first: a walk back from the item ``upto``, no copy of the items (a long resolution's reference back,
        "the Board", asks for the last paragraph read, which stands a few items back)."""
        items = self._items
        for i in reversed(range(len(items))[:upto]):
            if isinstance(items[i], str):
                yield items[i]

    def as_of_now(self) -> "_RecentUpTo":
        """The actors named so far, not those named after this call (for a reading made later)."""
        return _RecentUpTo(self, len(self._items))

    def having(self, word: str, upto: int | None = None) -> Iterable[Actor]:
        """The actors whose key has the word ``word`` ("office": "the United Nations Office on Drugs and Crime"),
        latest first; of the first ``upto`` items only, if given. A key's words are runs of letters and digits:
        "secretary-general" is in none."""
        if not _WORD.fullmatch(word):
            return iter(())
        read, found = self._read.get(word, (0, []))  # found: (item, actor) in order
        stems = _stems_naming(word)
        for i in range(read, len(self._items)):
            item = self._items[i]
            if isinstance(item, Actor):
                if word in item.key.split():
                    self._in_text_order(found, i, item)
                continue
            if stems:
                low, named = self._texts.get(i) or (item.lower(), None)
                if named is None and any(all(map(low.__contains__, name)) for name in stems):
                    named = [Actor(h.name, h.key, True) for h in scan(item)]
                self._texts[i] = (low, named)
                found.extend((i, a) for a in named or () if word in a.key.split())
        self._read[word] = (len(self._items), found)
        upto = len(self._items) if upto is None else upto
        return (a for i, a in reversed(found) if i < upto)

    def _in_text_order(self, found: list[tuple[int, Actor]], i: int, actor: Actor) -> None:
        """Add the actor mandated at item ``i`` to ``found``, after the actors mandated before it in the same paragraph
        that its paragraph names last after it: the actors a paragraph mandates come in its text's order of their last
        naming, not in the order of their clauses. "We call upon the Forum to report ..., and call, in particular, on
        ... the World Summit on the Information Society Forum to take Internet Governance Forum outcomes into account"
        (A/RES/80/173, adopted text, para. 100): the Internet Governance Forum is the Forum named last, the one "the
        Forum" of para. 101 stands for. An actor whose name the paragraph does not write stays last, as before."""
        text = next(self._texts_back(i), "")
        at = text.rfind(actor.name) if text else -1
        j = len(found)
        if at >= 0:
            start = i - 1  # the paragraph's text item
            while start >= 0 and not isinstance(self._items[start], str):
                start -= 1
            while j > 0 and found[j - 1][0] > start and text.rfind(found[j - 1][1].name) > at:
                j -= 1
        found.insert(j, (i, actor))

    def proper_names(self, word: str, before: str, upto: int | None = None) -> Iterable[Actor]:
        """The proper names whose head is ``word`` in the text of the paragraph read last, before the words
        ``before`` ("the Division"), latest first (``_proper_names_with``: "the Statistics Division of the Department
        of Economic and Social Affairs ..., and encourages the Division", a name the table does not hold). Only
        that paragraph's: a body named paragraphs earlier is often not the one meant ("the Committee" on outer
        space after the Inter-Agency Space Debris Coordination Committee, A/RES/78/72, para. 19)."""
        upto = len(self._items) if upto is None else upto
        item = next(self._texts_back(upto), None)
        at = item.find(before) if item is not None and word.capitalize() in item else -1
        if at > 0:
            yield from (a for end, a in reversed(_proper_names_with(item, word)) if end <= at)

    def described(self, noun: str, before: str, upto: int | None = None) -> Actor | None:
        """The thing a definite description "the <noun>" (``before``, its lower-case ``noun`` no head of the table)
        stands for: the proper name with that noun as its head named last before it in the paragraph read last
        (``_described_names``: "Welcomes the progress made under the Secretary-General's Early Warnings for All
        initiative, and invites the initiative to expand its coverage ...", A/RES/80/150, para. 24; 79/218, para. 26:
        the Early Warnings for All initiative, tests/labels/mandates_fresh11 n 49); None when it names none there
        (a paragraph further back is not read: "the initiative" is then a thing of its own)."""
        upto = len(self._items) if upto is None else upto
        item = next(self._texts_back(upto), None)
        at = -1 if item is None else item.find(before)
        found = [name for end, name in _described_names(item, noun) if end <= at] if at > 0 else []
        return table().resolve(found[-1]) if found else None

    def named_before(self, word: str, before: str, upto: int | None = None) -> list[Actor]:
        """The bodies whose name's head is ``word`` (singular, lower case) named in the paragraph read last before
        the words ``before`` ("the Board": a word of its own, not the start of "the Board of Auditors"), nearest
        first: the alias table's names (``scan``) and a name it does not hold, as the rule of short names reads the
        paragraph before the words (``resparse.names.full_name``: "the Pension Board"). The body a short name stands
        for is the one named last before it in the same paragraph ("Recalls paragraph 158 of the report of the
        Pension Board, and requests the Board to examine ...", A/RES/78/253, section VII, para. 5: the Pension Board,
        not the Board of Auditors named in the section's preamble); [] when the paragraph names none there."""
        upto = len(self._items) if upto is None else upto
        item = next(self._texts_back(upto), None)
        if item is None or word.capitalize() not in item:
            return []
        use = _use_of(before, item, _NO_COMPLEMENT)
        if use < 0:
            return []
        hits = scan(item[:use])
        found = [(h.end, Actor(h.name, h.key, True)) for h in hits if _head_word(h.key) == word]
        # a name the table does not hold (``resparse.names.full_name``), unless it is one of the table's with words
        # around it
        name = full_name(before, item[:use])  # the one rule of short names, over the paragraph before it
        at = item.rfind(name, 0, use) if name else -1
        if at >= 0 and not any(h.start < at + len(name) and at < h.end for h in hits):
            found.append((at + len(name), Actor(name, key(name), False)))
        return [a for _, a in sorted(found, key=lambda x: x[0], reverse=True)]

    def latest(self, words: Iterable[str], upto: int | None = None) -> Actor | None:
        """The actor named last whose name's head is one of ``words`` (singular, lower case; ``having``)."""
        best: tuple[int, Actor] | None = None
        upto = len(self._items) if upto is None else upto
        for word in words:
            for _ in self.having(word, upto):  # reads the items for the word
                break
            for i, a in reversed(self._read.get(word, (0, []))[1]):
                if i < upto and _head_word(a.key) == word:
                    if best is None or i > best[0]:
                        best = (i, a)
                    break
        return best[1] if best else None


    def parties_named(self, word: str, written: str, upto: int | None = None) -> Actor | None:
        """The parties "the Parties" (``written``, its head ``word`` one of [parties]) stands for in the paragraph
        read last: the parties to the treaty the paragraph names with that head before the phrase, nearest first
        (``_parties_to``): "Welcomes the convening of the sixteenth meeting of the Conference of the Parties to the
        Convention on Biological Diversity, ..., encourages the Parties to fully and effectively implement the
        Convention" -> "Parties to the Convention on Biological Diversity" (A/RES/79/144, para. 259); else the
        parties named or mandated earlier in that paragraph (``having``). None if the paragraph names none: a
        reader does not take the parties of a treaty named paragraphs before (79/144 names a dozen treaties; its
        para. 203 the Paris Agreement's parties)."""
        upto = len(self._items) if upto is None else upto
        at = next((i for i in range(upto - 1, -1, -1) if isinstance(self._items[i], str)), None)
        if at is None:
            return None
        text = self._items[at]
        use = re.search(rf"\b{re.escape(written)}\b(?!\s+(?:to|of)\b)", text)
        named = [a for start, a in _parties_to(text, word) if use is None or start < use.start()]
        if named:
            return named[-1]
        for _ in self.having(word, upto):  # reads the items for the word
            break
        return next((a for i, a in reversed(self._read.get(word, (0, []))[1]) if at <= i < upto and _head_word(a.key) == word),
                    None)


    def state_named(self, before: str, upto: int | None = None, organ: str | None = None) -> Actor | None:
        """The State named last before the words ``before`` in the paragraph read last, else in the paragraph before
        it (``data/member_states.txt``, any of its names): the State "that State" stands for ("Reaffirms the
        importance of Israel’s accession to the Treaty ...; 6. Calls upon that State to accede to the Treaty",
        A/RES/78/63, paras. 5-6); with ``organ`` ("Government"), only a State named as that organ's ("the Government of
        the Islamic Republic of Iran", para. 26; not "Ukraine" of "Ukraine International Airlines", para. 22). None
        if neither names one."""
        upto = len(self._items) if upto is None else upto
        texts = list(islice(self._texts_back(upto), 2))
        for n, text in enumerate(texts):
            # the words themselves, not a longer name they open ("the Government of the Islamic Republic of Iran"
            # before "calls upon the Government", A/RES/78/220, para. 26)
            end = _use_of(before, text, _NO_OF) if n == 0 else -1
            found = list(state_names().finditer(text, 0, end if end >= 0 else len(text)))
            if organ is not None:  # the State whose organ the text names: "the Government of <State>"
                of = re.compile(rf"\b{re.escape(organ)}\s+of\s+(?:the\s+)?$")
                found = [m for m in found if of.search(text[max(0, m.start() - 40) : m.start()])]
            if found:
                return states()[key(found[-1].group(0))]
        return None


# where words written for a body stand on their own (``_use_of``): no word character or hyphen before them, none after,
# nor a complement that makes them the start of a longer name ("the Board of Auditors", "the Government of Iran")
_WORD_EDGE_BEFORE = re.compile(r"(?<![\w-])")
_NO_COMPLEMENT = re.compile(r"(?![\w-])(?!\s+(?:of|for|on|to|in)\s+(?:the\s+)?[A-Z])")
_NO_OF = re.compile(r"(?![\w-])(?!\s+of\b)")


def _use_of(words: str, text: str, after: re.Pattern) -> int:
    r"""Where ``words`` first stand in ``text`` on their own: the offset of the first occurrence with no word character
    or hyphen before it and ``after`` matching right after it (``_NO_COMPLEMENT``, ``_NO_OF``); -1 if none. The
    offset of ``re.search(rf"(?<![\w-]){re.escape(words)}" + after.pattern, text)``, found by ``str.find`` and two
    patterns compiled once, not one pattern compiled per phrase (a resolution's phrases "the Board", "the Court" ...
    are new to the ``re`` module's cache: over the corpus their compilation cost more than the searches)."""
    at = text.find(words)
    while at >= 0:
        if _WORD_EDGE_BEFORE.match(text, at) and after.match(text, at + len(words)):
            return at
        at = text.find(words, at + 1)
    return -1


class _RecentUpTo:
    """``Recent`` as it stood: its first ``upto`` items."""

    def __init__(self, recent: Recent, upto: int) -> None:
        self.recent, self.upto = recent, upto

    def having(self, word: str) -> Iterable[Actor]:
        return self.recent.having(word, self.upto)

    def latest(self, words: Iterable[str]) -> Actor | None:
        return self.recent.latest(words, self.upto)

    def proper_names(self, word: str, before: str) -> Iterable[Actor]:
        return self.recent.proper_names(word, before, self.upto)

    def full_name(self, short: str, prefix: bool = False) -> str | None:
        return self.recent.full_name(short, prefix, self.upto)

    def named_before(self, word: str, before: str) -> list[Actor]:
        return self.recent.named_before(word, before, self.upto)

    def described(self, noun: str, before: str) -> Actor | None:
        return self.recent.described(noun, before, self.upto)

    def title_name(self, short: str) -> str | None:
        return self.recent.title_name(short)

    def parties_named(self, word: str, written: str) -> Actor | None:
        return self.recent.parties_named(word, written, self.upto)

    def state_named(self, before: str, organ: str | None = None) -> Actor | None:
        return self.recent.state_named(before, self.upto, organ)


def _head_word(actor_key: str) -> str:
    """The head of an actor's key: its last word before the first preposition ("scientific committee",
    "statistics division of the department ..." -> committee, division)."""
    return re.split(r" (?:of|for|on|to|in) ", actor_key, maxsplit=1)[0].split()[-1]


_MONTHS = f"(?:{MONTH_NAMES})"


# a word of a proper name: capitalised (or a number), not a possessive ("the Secretary-General's Early Warnings for
# All initiative": the name starts after it), nor a sentence's "The"
_NAME_WORD = r"(?!The\s)(?:[A-Z][\w-]*|\d+)(?![\w'’-])"
_NAME_LINK = r"(?:of|for|and|on|in|to|the|against)"


@lru_cache(maxsize=1024)
def _described_names(text: str, noun: str) -> tuple[tuple[int, str], ...]:
    """The proper names in ``text`` whose head is the lower-case ``noun`` after capitalised words ("Early Warnings
    for All initiative", the words linked by "of", "for", "and" ...), each with where it ends, in order: what a
    definite description "the <noun>" may stand for (``Recent.described``)."""
    pattern = (rf"(?<![\w'’-]){_NAME_WORD}(?:\s+(?:{_NAME_LINK}\s+)*{_NAME_WORD})*\s+{re.escape(noun)}(?![\w-])")
    return tuple((m.end(), m.group(0)) for m in re.finditer(pattern, text))


@lru_cache(maxsize=1024)
def _proper_names_with(text: str, word: str) -> tuple[tuple[int, Actor], ...]:
    """The proper names in ``text`` whose head is ``word`` (singular, lower case), capitalised words before it and
    a capitalised complement after it: "the Statistics Division of the Department of Economic and Social Affairs of
    the Secretariat" for "division" (A/RES/79/330, para. 42: "..., and encourages the Division to consider ..."), a
    name the table does not hold; an actor of the table by its own name. Each with where it ends in ``text``."""
    head = re.escape(word.capitalize())
    # a complement of capitalised words, never a date ("the United Nations Secretariat of 12 September")
    out = []
    word_ = rf"(?!{_MONTHS}\b)[A-Z][\w'’-]*"
    more = rf"(?:{word_}|\d+)"
    for m in re.finditer(rf"(?<![\w-])(?:(?!The\s){word_}\s+)+{head}(?:s|es)?(?![\w-])"
                         rf"(?:\s+(?:of|for|on|to|against|in)\s+(?:the\s+)?{word_}(?:\s+(?:(?:and|of|for|on|the|in|to|against)\s+)*"
                         rf"{more})*)*", text):
        actor = table().resolve(m.group(0))
        if _head_word(actor.key) == word:
            out.append((m.end(), actor))
    return tuple(out)


# a treaty's title after "to": capitalised words (a year too) joined by lower-case linking words ("the Convention on
# the Prohibition of the Use, ...", "the 1995 Fish Stocks Agreement", "the United Nations Framework Convention on
# Climate Change")
_TITLE = (r"(?:the\s+)?(?:[A-Z][\w'’-]*|\d{4})"
          r"(?:\s+(?:(?:of|on|the|and|for|against|to|in|from|with|at|by)\s+)*(?:[A-Z][\w'’-]*|\d{4}))*")


@lru_cache(maxsize=1024)
def _parties_to(text: str, word: str) -> tuple[tuple[int, Actor], ...]:
    """The parties to a treaty named in ``text`` with the head ``word`` ([parties], singular, lower case): "Parties
    to the Convention on Biological Diversity", also inside "the Conference of the Parties to ...", "the Meeting of
    States Parties to ..." (the parties' words only: "Parties to ..."), each with where it starts in ``text``."""
    forms = {word, word[:-1] + "ies" if word.endswith("y") else word + "s"}
    heads = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(forms, key=len, reverse=True))
    return tuple((m.start(), table().resolve(re.sub(r"\s+", " ", m.group(0))))
                 for m in re.finditer(rf"\b(?:{heads})\s+to\s+{_TITLE}", text))


@lru_cache(maxsize=256)
def _stems_naming(word: str) -> tuple[tuple[str, ...], ...]:
    """The names of the table whose actor's key has ``word``, each as its words less their last letter (in lower
    case): a text can name that actor only if it holds every stem of one of them. (A word ``w`` normalizes to
    ``singular(w) == u`` only if ``w.lower()`` is u, u+"s", u+"es" or u[:-1]+"ies": each holds u[:-1].)"""
    return tuple(tuple(u[:-1] for u in toks) for toks, actor in _base_scanner().entries.items()
                 if word in actor.key.split())


@lru_cache(maxsize=1)
def _key_prefixes() -> frozenset[str]:
    """Every word prefix of a table key: "conference", "conference on", ... ("Conference on Disarmament")."""
    out = set()
    for k in table().by_key:
        words = k.split()
        out.update(" ".join(words[:i]) for i in range(1, len(words)))
    return frozenset(out)


def _goes_on_in_table(head_key: str, phrase_key: str) -> bool:
    """Does ``phrase_key`` (a phrase's key) open with a key of the table that goes on after ``head_key`` (the key of
    the phrase's words before a qualifier: "conference" of "Conference on Disarmament")? The keys that go on after
    it are read once per head (``_keys_going_on``), not the whole table per phrase."""
    return any(map(phrase_key.startswith, _keys_going_on(head_key)))


@lru_cache(maxsize=1024)
def _keys_going_on(head_key: str) -> tuple[str, ...]:
    """The table's keys that open with ``head_key`` and a word more, in the table's order."""
    return tuple(k for k in table().by_key if k.startswith(head_key + " "))


@lru_cache(maxsize=1)
def _partitive() -> re.Pattern:
    """A partitive quantifier that opens a phrase (``actors.txt`` [partitives]: "each of", "the entirety of"), with
    the space after it."""
    alternatives = data.alternation(data.sections("actors.txt").get("partitives", ()))
    return re.compile(rf"(?:{alternatives or '(?!)'})\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def cut_qualifiers(phrase: str) -> str:
    """The actor phrase without its qualifier: "organizations that are in consultative status ..." ->
    "organizations". Not at the first word, and not inside a name of the table ("Office on Drugs and Crime"). A
    partitive quantifier before the phrase is cut too: "each of the Main Committees" -> "the Main Committees", "the
    entirety of the United Nations system" -> "the United Nations system" (``actors.txt`` [partitives])."""
    partitive = _partitive().match(phrase)
    if partitive:
        return cut_qualifiers(phrase[partitive.end():])
    t = table()
    words = phrase.split()
    low = [w.lower() for w in words]
    treaty = len(words)  # where the treaty or conflict a party is a party to is named ([parties])
    for i in range(1, len(words)):
        if " ".join(low[i : i + 3]).startswith("as well as"):
            continue
        if low[i] == "to" and i + 1 < len(words) and treaty == len(words) and _names_what_parties_to(low, i):
            treaty = i + 1  # "States parties to the Convention": the name goes on
            continue
        if treaty < i and words[i - 1][:1].isupper():
            after = words[i + 2 : i + 3] if low[i + 1 : i + 2] == ["the"] else words[i + 1 : i + 2]
            if after and after[0][:1].isupper():  # a word of the treaty's title: "... for the Protection of All
                continue  # Persons from Enforced Disappearance", "the Optional Protocols to the Convention"
            if words[i].islower() and words[i].endswith(("ing", "ed")):  # "States not parties to the Convention
                return _with_treaty(words, treaty, i)  # participating in the meetings": a participle after it
        if (low[i].endswith(("ed", "ing")) and i + 1 < len(words)
                and all(singular(w) in _determiners() for w in low[:i])):
            continue  # no head before it: a participle before its noun is the noun's ("all concerned States",
            # A/RES/79/173, para. 8), as "concerned Governments" at the phrase's start
        if _naming_complement_at(words, low, i):
            continue  # "bodies within the United Nations system", "States in the region": which ones, by name
        if low[i] in ("with", "to") and i + 1 < len(words) and (
                words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
                or low[i] == "with" and low[i - 1] in _persons_with()):
            continue  # a word of a proper name between its capitalised words: "the experts of the Harmony with Nature
            # Knowledge Network" (A/RES/79/210, para. 6; was the actor "experts of the Harmony"), "the global Campaign
            # to End Fistula" (A/RES/79/155, para. 17; was "global Campaign"); a class of persons named by a
            # condition: "persons with disabilities" (``actors.txt`` [persons with])
        # a qualifier (a phrase of one or more words) opens the rest of the phrase
        if any(tuple(low[i : i + n]) in t.qualifier_words for n in t.qualifier_lengths) or _participle_after_head(
            words, low, i
        ):
            head = " ".join(words[:i]).rstrip(",")
            # keep a table name whole: "Conference on Disarmament", "Committee on the Peaceful Uses ...", and one
            # inside the phrase: "the States members of the Agency for the Prohibition of Nuclear Weapons in Latin
            # America and the Caribbean" (A/RES/80/15, para. 5)
            head_key = key(head)
            if head_key in _key_prefixes() and (_goes_on_in_table(head_key, key(phrase))
                                                 or participle_term(phrase) is not None):
                continue
            if _inside_name(phrase, i):
                continue
            # an adverb before the qualifier is the qualifier's: "Member States currently in arrears"
            i = _before_adverbs(words, low, i)
            head = " ".join(words[:i]).rstrip(",")
            return head if treaty > i else _with_treaty(words, treaty, i)
    return phrase if treaty == len(words) else _with_treaty(words, treaty, len(words))


def _persons_with() -> frozenset[str]:
    """``actors.txt`` [persons with]: nouns of persons whose "with" complement names their class."""
    return data.entry_set("actors.txt", "persons with", str.lower)


@lru_cache(maxsize=1)
def _naming_complements() -> dict[str, frozenset[str]]:
    """``actors.txt`` [naming complements]: "prepositions" (lower case) and "places" (singular, lower case)."""
    lines = data.sections("actors.txt").get("naming complements", ())
    pairs = [line.split(":", 1) for line in lines]
    return {kind: frozenset(singular(w.strip().lower()) if kind == "places" else w.strip().lower()
                            for k, w in pairs if k.strip() == kind) for kind in ("prepositions", "places")}


def class_before_whole(phrase: str) -> str | None:
    """The words of an actor phrase before an "in"/"within" complement that names the whole its actors belong to
    ("all bodies" of "all bodies within the United Nations system", ``_naming_complement_at``); None if it holds none
    (a body's own name: "United Nations Multidimensional Integrated Stabilization Mission in the Central African
    Republic"). The whole is then a mention of its own where the phrase stands, the class's words none
    (``extract.mention_scanner``, ``extract.mentions_in``)."""
    words = phrase.split()
    low = [w.lower() for w in words]
    at = next((i for i in range(1, len(words) - 1) if _naming_complement_at(words, low, i)), None)
    return None if at is None else " ".join(words[:at])


def _naming_complement_at(words: list[str], low: list[str], i: int) -> bool:
    """Does an "in"/"within" complement that names a whole open at ``words[i]`` (``actors.txt`` [naming
    complements]) after a class's head in the plural ("bodies", "States"; one body is named by its name: "the Office
    ... in the Department of ..."), up to the phrase's end or a qualifier ("States in the region that have not yet
    done so")?"""
    if low[i] not in _naming_complements()["prepositions"]:
        return False
    head = low[i - 1].rstrip(",")
    if singular(head) not in table().heads or singular(head) == head:
        return False
    return any(_names_a_whole(words[i + 1 : j]) and (j == len(words) or _qualifier_at(low, j))
               for j in range(len(words), i + 1, -1))


def _qualifier_at(low: list[str], j: int) -> bool:
    """Does a qualifier of ``actors.txt`` [qualifiers] open at ``low[j]`` ("that have not yet done so")?"""
    t = table()
    return any(tuple(low[j : j + n]) in t.qualifier_words for n in t.qualifier_lengths)


def _names_a_whole(words: list[str]) -> bool:
    """Do ``words``, the rest of an actor phrase after "in"/"within", name the whole its actors belong to: a name of
    the table ("the United Nations system", "the Secretariat"), a State, or a place of ``actors.txt`` [naming
    complements] ("the region")? Then the complement says which ones by name and stays in the actor's name
    ("bodies within the United Nations system", "States in the region", A/RES/78/69, paras. 291, 143), as an "of"
    complement does; a complement of anything else ("in a position to do so", "in arrears") is
    a qualifier."""
    if not words:
        return False
    rest = " ".join(words).rstrip(",")
    k = key(rest)
    if not k or rest[:1].isupper() and not words[0][:1].isupper():
        return False
    t = table()
    if k in _naming_complements()["places"]:  # the region named before: "the region", not "all regions", "each region"
        return words[0].lower() in ("the", "that")
    return (k in t.by_key or k in t.singular_names or k in states()
            or state_names().fullmatch(re.sub(r"^the\s+", "", rest)) is not None)


# words a treaty's title does not end with: a title cut by the list it stands in ("States Parties to the Protocol
# against the Illicit Manufacturing of" before "and Trafficking in Firearms ...")
_OPEN_TITLE = frozenset({"of", "and", "the", "on", "for", "in", "to", "against", "from", "with", "or"})


def _with_treaty(words: list[str], treaty: int, end: int) -> str:
    """The parties' words to ``end``, what they are parties to from ``treaty`` on; without it when it is cut open
    (it ends with a linking word): the parties alone, as a pointer back gives them."""
    kept = words[:end]
    if kept[-1].lower().rstrip(",") in _OPEN_TITLE:
        kept = words[: treaty - 1]
    return " ".join(kept).rstrip(",")


# words after "parties to" that point back to a treaty named before: "Parties to that Convention", "parties to them"
_POINTERS = frozenset({"it", "them", "that", "this", "those", "these", "such"})


def _names_what_parties_to(low: list[str], i: int) -> bool:
    """Does "to" at ``low[i]`` open what a party is a party to ([parties]: "parties to the Convention", "parties to
    armed conflict"), the word before it a party's head and the word after it no pointer back ("Parties to that
    Convention": the parties, as "parties thereto")?"""
    return singular(low[i - 1].strip(",")) in table().party_heads and low[i + 1] not in _POINTERS


def _inside_name(phrase: str, i: int) -> bool:
    """Does the ``i``-th word of ``phrase`` stand inside a name of the table (``scan``)?"""
    hits = scan(phrase)
    if not hits:
        return False
    at = [m.start() for m in re.finditer(r"\S+", phrase)][i]
    return any(h.start < at < h.end for h in hits)


_AFTER_PARTICIPLE = frozenset(
    "in into with within on upon at by for from to of under through across as about towards , ;".split()
)


# prepositions in "-ing" that open a nested list or a complement, not a qualifier
_NOT_PARTICIPLES = frozenset({"including", "concerning", "regarding", "following", "excluding", "according"})


def _postpositive_adjectives() -> frozenset[str]:
    return data.entry_set("actors.txt", "postpositive adjectives")


def _participle_after_head(words: list[str], low: list[str], i: int) -> bool:
    """A participle after an actor's head noun qualifies it: "all entities involved with the multidimensional
    vulnerability index" (A/RES/78/322, para. 15), "the parties involved in", "countries emerging from conflict"; so
    does an adjective of ``actors.txt`` [postpositive adjectives] ("those States responsible", A/RES/78/193, para. 3).
    The word ``words[i]`` is lower case in "-ed"/"-ing" (a vowel before the ending: not "need", "bring"), follows a
    head (``actors.txt`` [heads]) and ends the phrase, comes before a preposition or, in "-ing", before its object
    ("countries developing integrated national financing frameworks", A/RES/78/140, para. 17); a participle before
    its noun ("least developed countries", "small island developing States") is never after a head."""
    w = low[i]
    adjective = w in _postpositive_adjectives()  # "those States responsible" ([postpositive adjectives])
    if not words[i].islower() or not adjective and (
            not w.endswith(("ed", "ing")) or w.endswith("eed") or w in _NOT_PARTICIPLES):
        return False
    if words[i - 1].endswith(","):
        return False  # "other actors, including ...": a parenthesis or a nested list, not a qualifier
    stem = w[:-2] if w.endswith("ed") else w[:-3]
    if not adjective and (not re.search(r"[aeiouy]", stem) or singular(w) in table().heads):
        return False
    # the head may stand before adverbs of the qualifier: "organizations not currently contributing to the Agency"
    h = _of_complement_head(words, low, _before_adverbs(words, low, i) - 1)
    if (h < 0 or words[h].endswith(",") or singular(low[h].strip(",")) not in table().heads
            or key(" ".join(words[: h + 1])) in table().singular_names):
        return False  # no head; or one body, no class to restrict ("United Nations monitoring", A/RES/78/222, para. 35)
    if w.endswith("ing") and low[i + 1 : i + 2] == ["of"]:
        return False  # a noun in "-ing" with its complement: "a preparatory committee meeting of not more than five
        # days" (A/RES/80/38, para. 11: the meeting precedes the Conference, no committee is its agent)
    # a present participle takes its object too: "countries developing integrated national financing frameworks"
    # (after a plural head: "treaty body monitoring mechanisms" is a compound)
    plural = singular(low[i - 1]) != low[i - 1]
    return i + 1 == len(low) or low[i + 1] in _AFTER_PARTICIPLE or (w.endswith("ing") and plural)


def _of_complement_head(words: list[str], low: list[str], h: int) -> int:
    """The head a participle after ``words[h]`` qualifies: ``h`` itself, or, where ``words[h]`` ends an "of"
    complement of a head, that head ("the relevant authorities of non-United Nations personnel serving under a
    mandate of the Security Council", A/RES/78/331, para. 14: the authorities, the complement's noun no head of
    ``actors.txt``). The complement is "of" and words with no preposition or comma among them; else ``h``."""
    if h < 0 or singular(low[h].strip(",")) in table().heads:
        return h
    for k in range(h - 1, 0, -1):
        if words[k].endswith(",") or low[k] in _AFTER_PARTICIPLE and low[k] != "of":
            return h
        if low[k] == "of":
            return k - 1 if singular(low[k - 1]) in table().heads else h
    return h


# nouns in "-ly" an actor phrase may hold: "the United Nations family", "the assembly", "supply"
_NOT_ADVERB_ENDINGS = ("ily", "bly", "ply")


def _before_adverbs(words: list[str], low: list[str], i: int) -> int:
    """Where a qualifier that opens at ``words[i]`` begins with the adverbs before it (``actors.txt`` [qualifier
    adverbs], and a lower-case word in "-ly" that is no actor's head nor a noun in "-ily", "-bly", "-ply"): "Member
    States currently in arrears" -> 2 (A/RES/79/249, para. 16), "organizations not currently contributing" -> 1;
    never the first word."""
    t = table()
    while i > 1 and words[i - 1].islower() and (low[i - 1] in t.qualifier_adverbs or (
            len(low[i - 1]) > 4 and low[i - 1].endswith("ly") and not low[i - 1].endswith(_NOT_ADVERB_ENDINGS)
            and singular(low[i - 1]) not in t.heads)):
        i -= 1
    return i


@lru_cache(maxsize=1)
def _participle_terms() -> tuple[tuple[tuple[str, ...], tuple[str, ...], Actor], ...]:
    """The names of the table made of a head, its participle and the participle's complement opened by a
    preposition ("States fishing on the high seas"): (the head's and the participle's words, the complement's
    words, the actor), in normalized words (``key_tokens``)."""
    t = table()
    out = []
    for k, actor in t.by_key.items():
        words = k.split()
        for i in range(1, len(words) - 1):
            if (words[i].endswith(("ing", "ed")) and words[i - 1] in t.heads
                    and words[i + 1] in _AFTER_PARTICIPLE):
                out.append((tuple(words[: i + 1]), tuple(words[i + 1 :]), actor))
                break
    return tuple(out)


@lru_cache(maxsize=4096)
def participle_term(phrase: str) -> Actor | None:
    """The name of the table (``_participle_terms``) a phrase names with its participle's complements in another
    order: "States fishing for straddling fish stocks and highly migratory fish stocks on the high seas" (A/RES/80/109,
    para. 179; 78/68, para. 171; 79/145, para. 174) is the Fish Stocks Agreement's "States fishing on the high seas"
    (art. 8) as "States fishing on the high seas for a straddling fish stock ..." is (80/109, para. 181): the phrase
    opens with the term's head and participle, another complement of the participle follows (a preposition), then
    the term's own complement. None for any other phrase."""
    toks = key_tokens(phrase)
    for lead, complement, actor in _participle_terms():
        n = len(lead)
        if (toks[:n] != lead or len(toks) <= n or toks[n] not in _AFTER_PARTICIPLE
                or toks[n : n + len(complement)] == complement):
            continue  # not the term's head and participle, or the term in its own order (a name of the table)
        if any(toks[j : j + len(complement)] == complement for j in range(n + 1, len(toks) - len(complement) + 1)):
            return actor
    return None


def opens_participle_complement(phrase: str) -> bool:
    """Has the phrase a participle qualifier with its complement open after a head: "States fishing for straddling
    fish stocks" (A/RES/80/109, para. 179), not "States concerned"."""
    words = phrase.split()
    low = [w.lower() for w in words]
    return any(_participle_after_head(words, low, i) for i in range(1, len(words) - 1))


# ---------------------------------------------------------------- segments of a phrase

_BRACKET = re.compile(r"[(“\[)”\]]")


def _depth_positions(text: str) -> list[int]:
    """Paren/quote depth before each character: one int per character of ``text``; "(", "“", "[" open, ")", "”",
    "]" close (never below 0). Built a run between brackets at a time."""
    depth, out, last = 0, [], 0
    for m in _BRACKET.finditer(text):
        i = m.start()
        out += [depth] * (i + 1 - last)
        if text[i] in "(“[":
            depth += 1
        elif depth:
            depth -= 1
        last = i + 1
    out += [depth] * (len(text) - last)
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


# the words that may follow an actor's name written in the singular and leave it whole: a relative clause, a
# prepositional qualifier, a comma, the end ("The State in which the violation took place", A/RES/79/124 11 (b)); a
# noun after it would make the name a modifier of another head ("donor countries")
_AFTER_NAME = re.compile(r"\s*(?:$|[,;:()–—-]|(?:in|of|on|at|to|for|with|from|by|that|which|who|whose|where|concerned)\b)")


# plural words that are part of a proper name, no head of the actor's: "the United Nations system"
_PROPER_PLURALS = frozenset({"Nations"})


def as_numbered(name: str, written: str) -> str:
    """The display name of an actor named ``name`` (the alias table's canonical name, often plural: "States") as
    ``written`` gives its number: "The State in which the violation took place" is "State" (A/RES/79/124 11 (b)),
    "each State party" "State party"; the key is the same for both numbers (``key`` reads words singular), so a search
    for "States" still finds it. The name keeps its own number when ``written`` holds it (or any other wording:
    "donor countries" stays "donors"). Source: tests/labels/GUIDELINE.md, actor (the name as written, qualifiers left
    out)."""
    single = _singular_name(name)
    if single is None:
        return name
    one, pattern = single
    m = pattern.search(written)
    if m is None or not _AFTER_NAME.match(written, m.end()):
        return name
    return one


@lru_cache(maxsize=4096)
def _singular_name(name: str) -> tuple[str, re.Pattern] | None:
    """What :func:`as_numbered` reads off the name alone, made once per name and process (it was made, and its
    pattern compiled, at each call: some 11,700 calls over every fourth corpus file for 490 names, most compiled again
    after ``re``'s own cache of 512 patterns had let them go): the name in the singular ("States" -> "State") and the
    pattern of those words as a whole phrase of ``written``, case ignored, any run of white space between them; None
    when each word is singular already."""
    words = name.split()
    if not words or all(singular(w) == fold(w) for w in words):
        return None
    one = [w if singular(w) == fold(w) or w in _PROPER_PLURALS else _as_cased(singular(w), w) for w in words]
    return " ".join(one), re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, one)) + r"(?![\w-])")


def _currencies() -> frozenset[str]:
    """The currency units of ``actors.txt`` [currencies], singular lower case."""
    return data.entry_set("actors.txt", "currencies", _lower_singular)


def _classes_after_a_name() -> frozenset[str]:
    """The heads that make a class of actors after a name (``actors.txt`` [classes after a name]), singular lower
    case: "entities", "officials", not "programmes", "operations", "conferences"."""
    return data.entry_set("actors.txt", "classes after a name", _lower_singular)


def _class_in_the_plural(word: str) -> bool:
    """Is ``word`` (lower case, as written) a head of ``actors.txt`` [classes after a name] in the plural, or one of
    its collective nouns, plural in sense and written as a singular ("personnel", "staff")?"""
    noun = singular(word)
    return noun in _classes_after_a_name() and (noun != word or word in data.entry_set(
        "actors.txt", "classes after a name", str.lower))


def _adjectives_before_a_class() -> frozenset[str]:
    """The adjectives that may stand between a name and the head of a class of actors (``actors.txt``
    [adjectives before a class]), as written: "designated" ("United Nations designated officials")."""
    return data.entry_set("actors.txt", "adjectives before a class")


# the lower-case word after a name, on its line's spaces (a comma, a bracket or a hyphen between: none)
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w’']*)(?![\w’'-])")
# what may follow a noun phrase's last word: the end, a punctuation, a coordinator, a preposition, a relative word, a
# verb's auxiliary, "concerned" ("United Nations entities, with a view to", "United Nations entities and ...")
_PHRASE_END = re.compile(
    r"\s*(?:$|[,;:.()“”\[\]–—]|(?:and|or|nor|as|in|of|on|at|to|for|with|from|by|under|within|through|into"
    r"|across|against|among|between|including|such|that|which|who|whose|where|concerned|are|is|were|was|have|has|had"
    r"|shall|should|will|would|may|must|can|could|not|also)\b)")
# lower-case words that are no noun after a name: prepositions, coordinators, relative words, auxiliaries and modals,
# the words of a comparison or an apposition ("any State other than the flag State")
_NO_NOUN = frozenset(
    "and or nor but as than that which who whose whom where when while if whether to of in on at for with from by into"
    " onto upon under over about above below across against among amongst between through throughout within without"
    " during before after since until towards toward via per concerned shall should will would may might must can"
    " cannot could is are was were be been being has have had does do did not also only itself themselves other alone"
    " so thus hereby thereby therein thereof thereto its their his her this these those such all each both either"
    " neither no a an the".split())


def name_as_modifier(text: str, hit: Hit) -> Hit | None:
    """What a name the scanner found (``hit``, in ``text``) names where a lower-case noun follows it, the name a
    modifier of that noun (English noun adjuncts: Quirk et al., A Comprehensive Grammar of the English Language,
    1985, 17.108): ``hit`` itself where none follows; a hit on the name and the noun where that noun is a head that
    makes a class of actors (``actors.txt`` [classes after a name]) in the plural, closing the phrase (a punctuation,
    a preposition, a coordinator, a relative word or an auxiliary after it): "expand its membership to further United
    Nations entities, with a view to ..." names the United Nations entities, no mention of the United Nations
    (A/RES/80/173, adopted text, para. 121); ``hit`` before a head that names a thing or an event ("the continuity of
    United Nations operations", A/RES/78/118, para. 4; "the major United Nations conferences"); None where the noun
    is a thing's: a currency unit (``actors.txt`` [currencies]: "60,963,800 United States dollars gross",
    A/RES/79/255, para. 20, names no State), or any noun after a class's name written in the singular and in lower
    case ("the aggregate donor gross national income", A/RES/79/221, para. 41; "the donor base"; "between government
    systems"; not before an actor's head in the singular, "the donor community", nor a capitalised "State" or "State
    party", which a resolution writes before its verb: "the requested State Party cannot comply", "each State party
    undertakes"): tests/labels/GUIDELINE.md, the twenty-eighth session (branches auditfix28b, auditfix28c)."""
    m = _NEXT_WORD.match(text, hit.end)
    if m is None:
        return hit
    coordinated = (m.group(1) in _COORDINATORS and (w := _NEXT_WORD.match(text, m.end())) is not None
                   and w.group(1) not in _NO_NOUN and (after := _NEXT_WORD.match(text, w.end())) is not None
                   and not any(h.start == 0 for h in scan(text[w.start(1) :])))
    if coordinated:
        m = after  # "government and industry best practices" (A/RES/80/110, para. 112): two adjuncts coordinated
        # before one noun, each read as alone before it; not where the second opens a name ("government and
        # private sector", two actors); a class's head after them keeps the name ("donors and recipient countries")
    shared = None if coordinated else _shared_class_head(text, hit, m)
    if shared is not None:
        return shared
    if not coordinated and m.group(1) in _adjectives_before_a_class() and (
            head := _NEXT_WORD.match(text, m.end())) is not None and singular(head.group(1)) in _classes_after_a_name():
        m = head  # "efforts to support United Nations designated officials" (A/RES/78/118, para. 45): an adjective
        # between the name and the class's head (``actors.txt`` [adjectives before a class]) makes the same class
    elif not coordinated and (head := _adjunct_then_class(text, hit, m)) is not None:
        m = head  # "the Independent Mechanism and other United Nations mandate holders and mechanisms working on
        # Myanmar" (A/RES/78/219, para. 16 (p)): a noun adjunct between the name and the class's head
    word = m.group(1)
    noun = singular(word)
    if noun in _currencies():
        return None
    written = text[hit.start : hit.end]
    if _class_in_the_plural(word) and _PHRASE_END.match(text, m.end()):
        written_last, name_last = written.split()[-1], hit.name.split()[-1]
        if coordinated and not (written[:1].islower() and singular(written_last) == fold(written_last)
                                and singular(name_last) != fold(name_last)):
            return hit  # "donors and recipient countries": the name as named is an actor of its own, as "private
            # sector and philanthropic organizations", "civil society and relevant stakeholders" (a singular name)
        if coordinated:  # "the return of international donor and humanitarian agencies" (A/RES/80/220, para. 5): a
            # plural name written in the singular, an adjunct, and the one coordinated with it share the class's head
            actor = table().resolve(f"{written} {word}")
            return Hit(actor.key, actor.name, hit.start, m.end())
        if re.search(r"\sof\s", written):
            return hit  # "to the Member State of the United Nations officials or experts on mission" (A/RES/78/102,
            # para. 3): the noun is the complement's ("of the United Nations officials"), no name's before it
        if hit.key in states():
            return hit  # "to assist the Central African Republic authorities" (A/RES/78/298, para. 11): a State's
            # organs are the State, as "the Government of Chile" is
        actor = table().resolve(text[hit.start : m.end()])
        return Hit(actor.key, actor.name, hit.start, m.end())
    name_last, written_last = hit.name.split()[-1], written.split()[-1]
    # a class's name written in the singular, capitalised as the Editorial Manual writes "State", before a lower-case
    # noun in the singular: the noun's attribute ("the principle of State sovereignty", A/RES/78/237, para. 7; "State
    # practice", "State policy"), no mention of States (tests/labels/GUIDELINE.md, the thirtieth session's decisions);
    # not where a determiner of its own opens it (``actors.txt`` [determiners], in the two words before: "each State
    # develop a national strategy", A/RES/80/226 annex 66, a subjunctive; "the requested State Party place the
    # offence", 79/243 annex 35.3), nor coordinated ("any State or any regional economic integration organization"),
    # nor before a word in "s", which may be its verb ("the State has", "each State submits")
    capitalised = (written[:1].isupper() and not word.endswith("s") and not coordinated
                   and not set(text[max(0, hit.start - 40) : hit.start].lower().split()[-2:])
                   & data.entry_set("actors.txt", "determiners", str.lower))
    if ((written[:1].islower() or capitalised) and singular(name_last) != fold(name_last)
            and singular(written_last) == fold(written_last) and key_tokens(written) == key_tokens(hit.name)
            and word not in _NO_NOUN and not word.endswith(("ed", "ing", "ly"))
            and (noun not in table().heads or noun != word and noun not in _classes_after_a_name())):
        return None  # "donor" of "donors" before a thing's noun: an adjunct of it ("the donor community", "the
        # resident coordinator system" stay, a head in the singular; a head in the plural that makes no class is a
        # thing's: "interoperability between government systems", A/RES/79/323, annex, para. 33 (d))
    return hit


# a capitalised word right before a name, on its line's spaces: "Asian " before "States"
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+$")
# a sentence's end or an item's letter right before a word (read on the few characters before it)
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?;:]|\(\w{1,4}\))\s*$")


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at ``at`` of ``text`` open it or a sentence (a sentence's end or an item's "(a)" before it)?"""
    before = text[max(0, at - 12) : at]
    return (at <= 12 and not before.strip()) or _SENTENCE_END_BEFORE.search(before) is not None
# a title's words going on after a name: a capitalised word, right after it or after "to", "of", "for", "on" ("the
# Archipelagic and Island States Forum"; "the International Instrument to Enable States to Identify and Trace"; "the
# Commission of Small Island States on Climate Change and International Law")
_TITLE_AFTER = re.compile(r"[ \t]+(?:(?:to|of|for|on)[ \t]+)?(?!(?:The|A)\b)[A-Z]")


def named_class(text: str, hit: Hit) -> Hit | None:
    """What a class's name the scanner found alone (``hit``, in ``text``: one word capitalised in the plural, a head
    of ``actors.txt`` [classes after a name], "States", "Governments", "Parties") names where capitalised words stand
    right before it: the class those words name, a hit on them and the name, resolved by the table: "the significant
    practical contribution of the Central Asian States" (A/RES/79/5, para. 1) names the Central Asian States, no
    mention of States in general, as "African States" is one name (``actors.txt`` [groups], the regional groups) and as
    a mandate reads "Encourages the Central Asian States to establish partnerships" (78/284, para. 12); "between
    Caribbean States" (A/RES/78/69, para. 335), "regional universities in Africa, Arab States, Asia and the Pacific"
    (79/117, para. 15 (a)), "African Governments" (78/185, para. 31), "Contracting Parties" (79/144, para. 222). A body
    whose name ends so is the table's, its longer name found whole before this reads it ("the League of Arab States",
    79/12; "the Organization of American States", 78/205, para. 4: ``actors.txt`` [aliases], the thirty-first session,
    auditfix34b); "the Group of African States" names the African States (tests/labels/GUIDELINE.md, the
    twenty-eighth session, auditfix28c). Each word
    taken has a lower-case letter (not a numeral, "Core principle VI States"), is no function word or determiner
    (``_NO_NOUN``, ``actors.txt`` [determiners]) and does not open a sentence, whose capital is the sentence's
    ("Support States, including ...", A/RES/78/16, para. 3 (a); "Encourages States"). The name found whole, a title's
    words going on after it (``_TITLE_AFTER``), is a title's and names no actor: None ("the Archipelagic and Island
    States Forum", A/RES/79/144, para. 354; "the International Instrument to Enable States to Identify and Trace ...",
    78/46, para. 4), as ``in_title`` reads a class in a title; so is the name joined by "and" to the last capitalised
    word of a title that runs up to it (:func:`_title_before`: "the Law on Strengthening the Penalty for Espionage and
    Cooperation with the Zionist Regime and Hostile States", A/RES/80/222, para. 20), not "workshops with African and
    Caribbean States" (A/RES/79/58: no title). ``hit`` itself where no such word stands before it.
    Source: tests/labels/GUIDELINE.md, the thirty-first session (auditfix34, auditfix34b)."""
    written = text[hit.start : hit.end]
    if (" " in written or not written[:1].isupper() or singular(fold(written)) == fold(written)
            or not _class_in_the_plural(written.lower())):
        return hit
    start = hit.start
    while (m := _CAPITAL_BEFORE.search(text, max(0, start - 40), start)) is not None:
        word = m.group(1)
        if (word.lower() in _NO_NOUN or singular(word.lower()) in _determiners() or not any(c.islower() for c in word)
                or _opens_sentence(text, m.start())):
            break
        start = m.start()
    if start == hit.start:
        return hit
    if _TITLE_AFTER.match(text, hit.end):
        return None  # "the Archipelagic and Island States Forum": a title's words
    if text.endswith("and", 0, start - 1) and _title_before(text, start, joined=True):
        return None  # "the Law on Strengthening the Penalty for Espionage and Cooperation with the Zionist Regime and
        # Hostile States" (A/RES/80/222, para. 20): a law's title going on after "and"
    actor = table().resolve(text[start : hit.end])
    return Hit(actor.key, actor.name, start, hit.end)


# a capitalised title running up to a name: its head, a capitalised word, then "on" or "for" (the title's topic: "the
# Law on", "the first Forum on"), then capitalised words and the words that link a title's (Chicago Manual of Style,
# 17th ed., 8.159: prepositions, articles and conjunctions lower-cased in title case), the last before the name
_TITLE_HEAD_TOPIC = r"(?<![\w’'-])[A-Z][\w’'-]*\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
_TITLE_BEFORE_NAME = re.compile(_TITLE_HEAD_TOPIC + r"(?:\s+(?:[A-Z][\w’'-]*|of|on|for|the|to))*?\s+(?:of|on|for|the|to)\s+$")
_TITLE_BEFORE_AND = re.compile(_TITLE_HEAD_TOPIC
                               + r"(?:\s+(?:[A-Z][\w’'-]*|of|on|for|the|to|with|and))*?\s+[A-Z][\w’'-]*\s+and\s+$")
# the title going on after a name: its abbreviation in brackets or not, then a capitalised word (not "The", "A" of a
# sentence): "for Commonwealth of Independent States (CIS) Countries in Bishkek" (A/RES/79/227, para. 38)
_TITLE_ON_AFTER = re.compile(r"\s*(?:\([A-Z][\w’'-]*\)\s*)?\s(?!(?:The|A)\b)[A-Z][a-z]")


def _title_before(text: str, at: int, joined: bool = False) -> bool:
    """Does a capitalised title (:data:`_TITLE_BEFORE_NAME`: a head and its topic after "on" or "for", "the first Forum
    on School Feeding for") run up to ``at`` of ``text``, the start of a name, its words linked by "of", "on", "for",
    "the", "to"; ``joined``: the name is joined to the title's last capitalised word by "and" ("the Law on
    Strengthening the Penalty for Espionage and Cooperation with the Zionist Regime and", A/RES/80/222, para. 20),
    "with" and "and" linking its words too. The head's own word opening the sentence counts as the head (read on the
    200 characters before ``at``)."""
    pattern = _TITLE_BEFORE_AND if joined else _TITLE_BEFORE_NAME
    return pattern.search(text[max(0, at - 200) : at]) is not None


def _in_named_title(text: str, hit: Hit) -> bool:
    """Does the name ``hit`` of ``text`` (a body's, a class's, or its abbreviation in brackets after it) stand inside
    a capitalised title that runs up to it (:func:`_title_before`) and goes on after it, after the name's
    abbreviation in brackets or not (:data:`_TITLE_ON_AFTER`): "the first Forum on School Feeding for Commonwealth of
    Independent States (CIS) Countries in Bishkek" (A/RES/79/227, para. 38) names a forum, no mention of the
    Commonwealth of Independent States. A name that ends a title ("the Forum on ... for the Commonwealth of Independent
    States, held in") or a body's own organ after it ("the International Criminal Police Organization (INTERPOL)
    Global Complex for Innovation", no title before it) stays a mention. Source: tests/labels/GUIDELINE.md, the
    thirty-first session (auditfix34b)."""
    start, end = hit.start, hit.end
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # the name's abbreviation in brackets right after its full name: read as the full name is
        before = text[: start - 1].rstrip()
        if not before.lower().endswith(hit.name.lower()):
            return False
        start, end = len(before) - len(hit.name), end + 1
    return _TITLE_ON_AFTER.match(text, end) is not None and _title_before(text, start)


def _adjunct_then_class(text: str, hit: Hit, after: re.Match) -> re.Match | None:
    """The class's head after one lower-case noun adjunct (``after``, :data:`_NEXT_WORD`'s match on the word after the
    name ``hit`` of ``text``): where the name is written as a proper name (capitalised) in the singular form a noun
    adjunct takes ("United Nations": ``_PROPER_PLURALS``), the word after it is a noun or an adjective in the singular
    (not a function word of :data:`_NO_NOUN`, an adverb in "-ly", a past in "-ed", a preposition in "-ing" or a plural,
    which may be the name's verb: "the United Nations urged members"), and a class's head in the plural follows it
    (``actors.txt`` [classes after a name]) closing the phrase: "other United Nations mandate holders and mechanisms"
    (A/RES/78/219, para. 16 (p)), "United Nations humanitarian agencies" (78/119), "United Nations security personnel",
    "United Nations visiting missions" name the class, as "United Nations entities" does (Quirk et al., A
    Comprehensive Grammar of the English Language, 1985, 17.108: a noun phrase's premodifiers before its head; tests/
    labels/GUIDELINE.md, the thirty-first session, auditfix34). The match on the head, or None."""
    written = text[hit.start : hit.end]
    last = written.split()[-1]
    word = after.group(1)
    if (not written[:1].isupper() or not (singular(last) == fold(last) or last in _PROPER_PLURALS)
            or word in _NO_NOUN or word.endswith(("ly", "ed")) or word in _PREPOSITIONS_IN_ING
            or singular(word) != word):
        return None
    head = _NEXT_WORD.match(text, after.end())
    if head is None or not _class_in_the_plural(head.group(1)) or not _PHRASE_END.match(text, head.end()):
        return None
    return head


# the prepositions and conjunctions in "-ing" (a participle read as a preposition: Quirk et al. 1985, 9.6, "marginal
# prepositions"), no noun adjunct after a name: "the United Nations including members of ..."
_PREPOSITIONS_IN_ING = frozenset({"including", "regarding", "concerning", "following", "during", "excluding",
                                  "involving", "pending", "notwithstanding", "according", "considering", "respecting",
                                  "touching"})


def _shared_class_head(text: str, hit: Hit, after: re.Match) -> Hit | None:
    """The class a name of one body (``actors.txt`` [singular names]: "United Nations") names where a determiner
    other than "the" stands before it and a coordinator after it (``after``, :data:`_NEXT_WORD`'s match), then "other"
    if written, at most three lower-case words and a class's head in the plural (``actors.txt`` [classes after a
    name]) closing the phrase: "in cooperation with the relevant United Nations and other international organizations"
    (A/RES/80/182, para. 17) names the United Nations organizations, no mention of the United Nations (a determiner
    such as "relevant", ``actors.txt`` [determiners], takes the head the two modifiers share; tests/labels/GUIDELINE.md,
    the thirtieth session's decisions; "the United Nations and other relevant organizations" is the Organization). None
    where the words are not so."""
    if after.group(1) not in _COORDINATORS or key(hit.name) not in table().singular_names:
        return None
    before = re.search(r"([a-z]+)\s+$", text[max(0, hit.start - 30) : hit.start])
    if before is None or before.group(1) == "the" or before.group(1) not in data.entry_set("actors.txt", "determiners"):
        return None
    w = _NEXT_WORD.match(text, after.end())
    if w is not None and w.group(1) == "other":
        w = _NEXT_WORD.match(text, w.end())
    for _ in range(4):
        if w is None:
            return None
        if _class_in_the_plural(w.group(1)) and _PHRASE_END.match(text, w.end()):
            actor = table().resolve(f"{text[hit.start : hit.end]} {w.group(1)}")
            return Hit(actor.key, actor.name, hit.start, w.end())
        if w.group(1) in _NO_NOUN and w.group(1) != "and":
            return None
        w = _NEXT_WORD.match(text, w.end())
    return None


# "the Office of" right before a name ("the Office of the United Nations High Commissioner for Refugees")
# ("the Executive Office of the Secretary-General": the capitalised words of its name before "Office" too)
_OFFICE_OF = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){0,2}?)Office[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _last_word_key(title: str) -> str:
    """A title's last word as the scanner reads it, folded and singular ("High Commissioner" -> "commissioner")."""
    return singular(fold(title.split()[-1]))


def _person_heads() -> frozenset[str]:
    """The last words of the titles of ``actors.txt`` [persons], lower case: "commissioner", "president"."""
    return data.entry_set("actors.txt", "persons", _last_word_key)


@lru_cache(maxsize=4096)
def _holder_title(name: str) -> bool:
    """Is the name an office-holder's title as :func:`office_of` reads it: its head, the word before its first
    preposition, one of ``actors.txt`` [persons] ("United Nations High Commissioner for Refugees")? A fact of the
    name alone, read once per name and process: ``office_of`` asks it of every hit of the mentions (12,832 calls
    over every fourth corpus file) before it searches the text before the hit."""
    words = [fold(w) for w in name.split()]
    head = next((k for k, w in enumerate(words) if w in ("of", "for", "on", "in", "to")), len(words))
    return head > 0 and singular(words[head - 1]) in _person_heads()


def office_of(text: str, hit: Hit) -> Hit:
    """What a name the scanner found (``hit``, in ``text``) names where "the Office of" stands right before it and the
    name is an office-holder's title (its head, the word before its first preposition, one of ``actors.txt``
    [persons]): the Office, a hit on "Office of the" and the name, resolved by the table (``actors.txt`` [offices]:
    the Office is the holder's, "the Office of the United Nations High Commissioner for Refugees", whose Statute has
    the High Commissioner head the Office, A/RES/428 (V), annex); "signed by the Office of the United Nations High
    Commissioner for Refugees" names the Office (A/RES/78/219, para. 24), as the table names the Office of the High
    Commissioner for Human Rights. ``hit`` itself elsewhere."""
    if not _holder_title(hit.name):
        return hit  # the name alone decides for most hits: no search of the text before it (``_holder_title``)
    m = _OFFICE_OF.search(text, max(0, hit.start - 50), hit.start)
    if m is None or re.match(r"[’']s\b", text[hit.end :]):
        return hit  # "the Office of the Secretary-General’s Envoy on Technology" (A/RES/79/1, annex I, para. 72):
        # the Envoy's Office, not the Secretary-General's
    start = m.start() if m.group(1) and m.group(1).split()[0] not in ("The", "A") else m.start() + len(m.group(1))
    words_before = text[start : m.start() + len(m.group(1))]
    actor = table().resolve(words_before + "Office of the " + hit.name)  # the holder as the scan read it: "the
    # Office of the High Commissioner" after "the United Nations High Commissioner for Human Rights" is OHCHR
    # (A/RES/79/165, para. 8); "the Executive Office of the Secretary-General" (A/RES/79/172, para. 42)
    return Hit(actor.key, actor.name, start, hit.end)


# the words a title links its capitalised words with: "the Doha Programme of Action for the Least Developed
# Countries" (not "and" nor a comma, which join names of actors as well: "the World Health Organization,
# International Financial Institutions, development partners", A/RES/79/333, para. 4 (d))
_TITLE_LINK_WORDS = ("of", "for", "on", "the")
_TITLE_LINK = re.compile(rf"(?:\s+(?:{'|'.join(_TITLE_LINK_WORDS)})\s+|\s+)$")
_WORD_BEFORE = re.compile(r"([\w’'-]+)$")


@lru_cache(maxsize=1)
def _instrument_after() -> re.Pattern:
    """A capitalised noun of an instrument (data/treaty_words.txt: "Convention", "Agreement", "Treaty") after a name,
    up to three capitalised words between ("United Nations Framework Convention on Climate Change")."""
    return re.compile(r"(?:[ \t]+[A-Z][\w’'-]*){0,3}?[ \t]+(?:" + data.alternation(data.lines("treaty_words.txt"))
                      + r")(?![\w’'-])")


@lru_cache(maxsize=1)
def _instrument_before() -> re.Pattern:
    """An instrument's title in capitals (data/treaty_words.txt: "Statute", "Agreement", "Charter") running up to "of"
    and "the" right before a name: the instrument's noun, then capitalised words linked by "of", "on", "for", "to",
    "the", "and" (each link followed by a capitalised word: "the Convention and of the High Contracting Parties" is
    two phrases), then "of" ("the Rome Statute of the", "the Agreement on the Privileges and Immunities of the",
    "the Treaty on Principles Governing the Activities of"). Searched with the name's start as its end."""
    return re.compile(r"(?<![\w’'-])(?:" + data.alternation(data.lines("treaty_words.txt"))
                      + r")(?:[ \t]+(?:[A-Z][\w’'-]*|(?:of|on|for|to|the|and)(?=[ \t]+(?:the[ \t]+)?[A-Z])))*?"
                      r"[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _of_before(text: str, end: int) -> bool:
    """Does ``text`` end at ``end`` as every match of :func:`_instrument_before` ends: white space ([ \\t]), "of",
    white space, and "the" and white space or not? Read from the 200 characters before ``end`` that the search reads
    (a match lies inside them) by stripping, not by a pattern tried at each of them: most names the mentions find
    (6,716 over every fourth corpus file) stand after no "of", and the search is then not made."""
    window = text[max(0, end - 200) : end]
    rest = window.rstrip(" \t")
    if rest == window:
        return False
    if rest.endswith("the"):
        window = rest[:-3]
        rest = window.rstrip(" \t")
        if rest == window:
            return False
    return rest.endswith("of") and rest[-3:-2] in (" ", "\t")


def _passage_openers() -> frozenset[str]:
    """The words that introduce a quoted passage (``actors.txt`` [passage openers]), as written."""
    return data.entry_set("actors.txt", "passage openers")


# a sentence's end inside a quotation: a full stop (or "!" "?") at its end or before the next sentence
_SENTENCE_END = re.compile(r"[.!?](?:\s*$|\s+[“(\"A-Z])")


def _quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the opening and the closing mark of the quotation ``text[start:end]`` stands in, or None: the
    last “ before ``start`` with no ” between, closed by the first ” after ``end`` with no “ between (a mark the
    text leaves unpaired, "the “World Social Summit’’ under the title", A/RES/78/318 1, quotes nothing after it); for
    straight marks ("), an odd number of them before ``start`` and one after ``end``."""
    o = text.rfind("“", 0, start)
    if o >= 0 and text.rfind("”", o, start) < 0:
        c = text.find("”", end)
        n = text.find("“", end)
        if c >= 0 and (n < 0 or c < n):
            return o, c
        return None
    if text.count('"', 0, start) % 2 == 1 and (c := text.find('"', end)) >= 0:
        return text.rfind('"', 0, start), c
    return None


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (a name the scanner found) stand inside a title or a term in quotation marks, which
    names a report, an agenda item, a theme, a topic, an event, a publication or a word, not the actor: "the item
    entitled “Report of the Committee on Relations with the Host Country”" (A/RES/78/116), "on the topic “Immunity of
    State officials from foreign criminal jurisdiction”" (A/RES/78/108, para. 6), "the sub-item entitled “Cooperation
    between the United Nations and the Council of Europe”" (A/RES/79/284), "the phrase “States present and voting”"
    (A/RES/78/128), "the so-called “Islamic State in Iraq and the Levant”" (A/RES/78/29, para. 3 (a)). Not a passage
    of another text quoted (``actors.txt`` [passage openers] or a colon right before the opening mark, or a
    sentence's full stop inside it: "continues to read as follows: “... decided by the Secretary-General. ...”",
    A/RES/79/280), which names its actors as its text does. The name named outside the quotation too keeps its
    mention there (the scan reads on). Source: tests/labels/GUIDELINE.md, the twenty-ninth session (ment9)."""
    around = _quotation_around(text, start, end)
    if around is None:
        return False
    o, c = around
    if _SENTENCE_END.search(text, o + 1, c):
        return False
    before = text[max(0, o - 40) : o].rstrip().rstrip(",").rstrip()
    if before.endswith(":"):
        return False
    return not any(before.endswith(w) and re.search(r"(?:^|[^\w’'-])$", before[: len(before) - len(w)])
                   for w in _passage_openers())


@lru_cache(maxsize=1)
def _event_title_head() -> re.Pattern:
    """A meeting's head noun written capitalised, as a title writes it (data/reports_elsewhere.txt [meeting heads]:
    "Summit", "Conference", "Meeting", "Forum"), then "of" and maybe "the", at the end of the words searched."""
    heads = [h[:1].upper() + h[1:] for h in data.sections("reports_elsewhere.txt")["meeting heads"]]
    return re.compile(r"(?<![\w’'-])(?:" + data.alternation(heads) + r")s?\s+of\s+(?:the\s+)?$")


# the topic of a meeting's title after the name its participants are named by: "on" and a capitalised word
_TITLE_TOPIC = re.compile(r"\s+on\s+(?:the\s+)?[A-Z]")


def _in_event_title(text: str, hit: Hit) -> bool:
    """Does the name ``hit`` of ``text`` stand inside the capitalised title of a meeting, between its head's "of"
    (:func:`_event_title_head`: "the Summit of") and its topic ("on" and a capitalised word): "to implement the
    outcomes of the Summit of Heads of State and Government on Maritime Safety and Security in the Gulf of Guinea"
    (A/RES/79/68, para. 20; 78/59, 80/63) names the summit, no mention of Heads of State and Government, as a
    name inside a quoted title names none (``in_quoted_title``; tests/labels/GUIDELINE.md, the thirty-first session,
    auditfix34). A meeting named by its participants alone stays their mention, the title holding no topic after
    them: "the Meeting of States Parties to the Convention" (the twenty-eighth session, auditfix28c), "the Conference
    of the Parties to the Convention on Biological Diversity" (the "on" its treaty's title's: a party's name is never
    read so), "the summit meeting of Heads of State" (in lower case: no title)."""
    if (_TITLE_TOPIC.match(text, hit.end) is None
            or _event_title_head().search(text, max(0, hit.start - 40), hit.start) is None):
        return False
    # not the parties, whose treaty's title the "on" goes on ("the Conference of the Parties to the Convention on
    # Biological Diversity", A/RES/79/208, para. 3: the parties' mention stays, the thirtieth session, auditfix32)
    return not any(singular(fold(n)) in data.entry_set("actors.txt", "parties") for n in hit.name.split())


def in_title(text: str, hit: Hit) -> bool:
    """Does the name a scanner found (``hit``, in ``text``) stand inside the capitalised title of another thing, no
    actor named: its words capitalised where the table writes them in lower case (a class: "least developed
    countries", "national human rights institutions", "specialized agencies"), a capitalised word of the title
    before it (across "of", "for", "on", "the") or right after it. "the Doha Programme of Action for
    the Least Developed Countries", "the sub-item entitled “Follow-up to the Fifth United Nations Conference on the
    Least Developed Countries”" (A/RES/79/218, paras. 2 and 59), "the Global Alliance of National Human Rights
    Institutions" (A/RES/78/204), "the Least Developed Countries Fund" (A/RES/79/323, annex, para. 41 (b)), "the
    Convention on the Privileges and Immunities of the Specialized Agencies" (A/RES/78/118, para. 23) name a
    conference, a programme, a body or a treaty (English title case: The Chicago Manual of Style, 17th ed., 8.159),
    not the class; "the least developed countries" stays a mention, and so do "States Parties" (a treaty's capitals,
    inside a meeting's name too) and a regional group's States ("the Group of African States"):
    tests/labels/GUIDELINE.md, the twenty-eighth session (auditfix28c). A name right before an instrument's noun in
    capitals (data/treaty_words.txt) is a word of that instrument's title too, whatever its case: "the Agreement
    under the United Nations Convention on the Law of the Sea" names no United Nations (A/RES/79/233, annex, para.
    222; the twenty-eighth session, auditfix29b); so is a name after "of" in such a title (``_instrument_before``:
    "the Agreement on the Privileges and Immunities of the International Criminal Court", A/RES/79/6, para. 3), and
    any name inside a title or a term in quotation marks (``in_quoted_title``; the twenty-ninth session, ment9).
    A class written by its abbreviation (one word for the table's
    name in lower case: "SIDS", "LLDCs", ``actors.txt`` [aliases]) stands in a title where a capitalised word of the
    title stands right before or after it: "the SIDS Accelerated Modalities of Action (SAMOA) Pathway" (A/RES/78/68,
    para. 10), "the SAMOA Pathway for SIDS 2014–2024", "the Third UN Conference on LLDCs" (A/RES/78/1, annex,
    para. 33), "SIDS DOCK" (A/RES/78/157, para. 12), no mention of the group; "issues of LLDCs and SIDS
    respectively" (ibid.) is one."""
    if in_quoted_title(text, hit.start, hit.end):
        return True  # "the item entitled “Report of the Committee on Relations with the Host Country”"
    if _in_event_title(text, hit):
        return True  # "the outcomes of the Summit of Heads of State and Government on Maritime Safety and Security in
        # the Gulf of Guinea" (A/RES/79/68, para. 20): a name between a meeting's title head and its topic
    if _in_named_title(text, hit):
        return True  # "the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries"
        # (A/RES/79/227, para. 38): a name inside a title that runs on after it
    if _of_before(text, hit.start) and _instrument_before().search(text, max(0, hit.start - 200), hit.start):
        return True  # "the Agreement on the Privileges and Immunities of the International Criminal Court" (A/RES/79/6,
        # para. 3): a name after "of" inside an instrument's title in capitals, the instrument's, not the body acting
    if _instrument_after().match(text, hit.end):
        return True  # "the Agreement under the United Nations Convention on the Law of the Sea" (A/RES/79/233, annex,
        # para. 222): a name before an instrument's noun in capitals (data/treaty_words.txt), the instrument's title
    written = text[hit.start : hit.end].split()
    name = hit.name.split()
    # a class of the table ("small island developing States") written by its abbreviation ("SIDS")
    abbreviated = len(written) == 1 < len(name) and name[0][:1].islower() and written[0][:2].isupper()
    if not abbreviated and (
            hit.name == hit.key or [singular(fold(w)) for w in written] != [singular(fold(n)) for n in name]
            or any(singular(fold(n)) in data.entry_set("actors.txt", "parties") for n in name)):
        return False  # a name the table writes in its key form only ("african state" of the Group of African States);
        # a party, which a treaty's style capitalises ("States Parties") and which the name of a meeting of the parties
        # names ("the Meeting of States Parties to ...", ``_parties_to``)
    if not abbreviated and not any(w[:1].isupper() and n[:1].islower() for w, n in zip(written[1:], name[1:])):
        return False
    after = re.match(r"\s+([A-Z][\w’'-]*)", text[hit.end :])
    if after and after.group(1) not in ("The", "A"):
        return True  # "the Least Developed Countries Fund", "the Small Island Developing States Centre of Excellence"
    before, at = "", hit.start
    while (link := _TITLE_LINK.search(text, 0, at)) and link.start() < at:
        word = _WORD_BEFORE.search(text, 0, link.start())
        if word is None:
            return False
        before, at = word.group(1), word.start()
        if before == "and" and not abbreviated:
            continue  # a title's words coordinated: "the Global Framework for Transit Transport Cooperation for
            # Landlocked and Transit Developing Countries" (A/RES/80/3, annex, para. 2; 78/69 345); not an
            # abbreviation's list, "issues of LLDCs and SIDS respectively" (A/RES/78/1, annex, para. 33)
        if before not in _TITLE_LINK_WORDS:
            break
    # a capitalised word of the title before it, not the one that opens the sentence or the paragraph, nor a class of
    # actors in the plural written in capitals ("Members of United Nations Specialized Agencies", A/RES/79/333, para.
    # 3 (b); "the Inter-Agency Consultative Group for Least Developed Countries" is a title)
    return (before[:1].isupper() and re.search(r"(?:^|[.;:]\s*)$", text[:at]) is None
            and (singular(fold(before)) == fold(before) or singular(fold(before)) not in _classes_after_a_name()))


def key_name(names: Iterable[str]) -> str:
    """The name that stands for rows of one actor key shown under several numbers (``as_numbered``: "State" and
    "States"): the table's own name where one of them is it, else the first in order."""
    return min(names, key=lambda n: (n != table().resolve(n).name, n))


def _as_cased(lower: str, like: str) -> str:
    """``lower`` (a folded word) with the capital of ``like`` ("state", "States" -> "State")."""
    return lower[:1].upper() + lower[1:] if like[:1].isupper() else lower
