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

A body's short name stands for its full name named before in the same text (:func:`full_name`: "the Office of the
High Commissioner" for "the Office of the United Nations High Commissioner for Refugees"), read by the references
("the statute of the Unit") and by the mandates ("Requests the High Commissioner to report ...").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterable

from . import data
from .months import MONTH_NAMES

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


# a special procedure of the Human Rights Council by its title, which the Assembly also writes with the Council's
# name before the mandate ("the Special Rapporteur of the Human Rights Council on the right to food", A/RES/79/171,
# para. 9; "... on the negative impact of unilateral coercive measures ...", A/RES/78/202, para. 23; fifteen such
# titles in sessions 78-80): the same holder
_SPECIAL_PROCEDURE = re.compile(r"((?:Special Rapporteur|Independent Expert)) (on|in) ")


def special_procedure(name: str) -> bool:
    """Is the name a special procedure of the Human Rights Council by its title ("Special Rapporteur on the right to
    food", "Independent Expert on ...")? Its holder is the Council's (OHCHR, "Special procedures of the Human Rights
    Council": mandates the Council establishes)."""
    return _SPECIAL_PROCEDURE.match(name) is not None


def read_aliases(lines: Iterable[str]) -> tuple[dict[str, Actor], set[str]]:
    """The lines of an [aliases] section ("canonical name = alias = ...") as ({key of every name: its Actor, the
    first name's}, {the names that are acronyms}): a key already taken keeps its first actor. A special procedure's
    title ("Special Rapporteur on the right to food") is also read with "of the Human Rights Council" after its
    office ("Special Rapporteur of the Human Rights Council on the right to food")."""
    by_key: dict[str, Actor] = {}
    acronym_names: set[str] = set()
    for line in lines:
        names_ = [n.strip() for n in line.split("=") if n.strip()]
        names_ += [_SPECIAL_PROCEDURE.sub(r"\1 of the Human Rights Council \2 ", n, count=1)
                   for n in names_ if _SPECIAL_PROCEDURE.match(n)]
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


# ---------------------------------------------------------------- a body's short name and its full name

# a capitalized word of a name; an apostrophe inside it ("Africa’s"), not a closing quotation mark set as two
# apostrophes ("the Second World Summit on Social Development’’", A/RES/78/318); a capitalized phrase in quotation
# marks is one word of the name ("the “Space2030” Agenda", A/RES/78/72)
_NAME_WORD = r"(?:[A-Z][\w-]*(?:['’][^\W_]+)*|“[A-Z][^”\n]{0,80}”)"
# a word after the first of a complement's words: also a number ("Sustainable Development Goal 14", A/RES/78/128)
_NAME_WORD_ON = rf"(?:{_NAME_WORD}|\d+\b)"
# the prepositions that open a name's complement ("Office of ...", "Committee on ...", "Commissioner for ...",
# "Special Committee to Investigate ...", "Persons with Disabilities", "Relationship between Disarmament ...")
_COMPLEMENT = re.compile(r"\s+(?:of|for|on|against|in|to|with|between)\s+")
# how the capitalized words of a complement join (the UN Editorial Manual capitalizes every word of a body's name
# but articles, conjunctions and prepositions): "and", "and the" ("the United Nations African Institute for the
# Prevention of Crime and the Treatment of Offenders", A/RES/79/242); an article after a verb's "-ing" form
# ("Israeli Practices Affecting the Human Rights of ...", A/RES/78/76; "on Countering the Use of ...", A/RES/79/243);
# a comma in a list of single words that "and" closes ("for Peace, Disarmament and Development", A/RES/78/57;
# "Educational, Scientific and Cultural"), not one of actors in the plural ("..., Governments and United Nations
# entities": a word in -s) or of acronyms
_LIST_WORD = r"[A-Z][a-z][\w-]*(?<!s)"
_JOIN = (rf"(?:\s+(?:and\s+(?:the\s+)?)?|(?<=ing)\s+(?:the|a|an)\s+"
         rf"|,\s+(?={_LIST_WORD}(?:,\s+{_LIST_WORD})*,?\s+and\s+[A-Z]))")
# what opens a complement: a preposition, "the" or "a" after it ("of the", "on the", "to Elaborate a Comprehensive
# International Convention", A/RES/79/243); "in" only before "the" right after the head ("the Extraordinary
# Chambers in the Courts of Cambodia", not "the Secretary-General in New York"), also before a capitalized word
# after a complement ("the Subregional Centre for Human Rights and Democracy in Central Africa", A/RES/78/235;
# "Coordination Group against Trafficking in Persons", A/RES/78/228); "to" before a capitalized word, not before
# "the" ("the Special Rapporteur to the General Assembly" is a report's addressee); "with" before a capitalized
# word ("Persons with Disabilities") or as "with regard to the" ("the Special Committee on the Situation with
# regard to the Implementation of the Declaration ...")
_OPEN = (r"(?:and\s+)?(?:(?:of|for|on|against|between|with\s+regard\s+to)\s+(?:(?:the|a|an)\s+)?|with\s+(?!the\b)"
         rf"|to\s+(?!the\b)(?:{_NAME_WORD}\s+(?:the|a|an)\s+(?=[A-Z]))?|in\s+{{the}}(?!(?:{MONTH_NAMES})\b))")


# "the" or "The" as a word: "\b[Tt]he" with the boundary tested after the first letter (no word character before it),
# so that the pattern opens with a set of letters, which the regular expression engine looks for in C before it tries a
# match: the same matches, the search about twice as fast (tests/test_mandates_fast_paths.py)
_THE = r"[Tt](?<!\w[Tt])he"


@lru_cache(maxsize=256)
def proper_name(head: str) -> re.Pattern:
    """A body's name with the head noun ``head``, after "the": capitalized words before the head, and its
    complements of capitalized words ("the Joint Inspection Unit", "the International Court of Justice", "the
    Office of the United Nations High Commissioner for Refugees", "the Special Committee on the Charter of the
    United Nations and on the Strengthening of the Role of the Organization"), with the small words a name holds
    between them (``_OPEN``, ``_JOIN``: "the Special Committee to Investigate Israeli Practices Affecting the Human
    Rights of the Palestinian People and Other Arabs of the Occupied Territories", "the United Nations Regional
    Centre for Peace, Disarmament and Development in Latin America and the Caribbean"); the head is the name's last
    capitalized word ("the Third United Nations Conference ..." has no name with the head "Nations"); a year or a
    hyphenated modifier may stand before it ("the high-level 2025 United Nations Conference to Support the
    Implementation of Sustainable Development Goal 14", A/RES/78/128). Group 1 is the name, "the" and those left
    out. A name's lower-case words other than those ("the Special Rapporteur on the right to food") end it: where
    such a name ends only the alias table tells (:func:`full_name`)."""
    return re.compile(rf"{_lead(head)}{_TAIL})")


def _lead(head: str) -> str:
    """The part of :func:`proper_name` up to its head (and the test of the characters after it), group 1 left open."""
    return (rf"{_THE}\s+(?:(?:[a-z]+-[a-z]+|\d{{4}})\s+){{0,2}}((?:{_NAME_WORD}\s+)*{re.escape(head)}"
            rf"(?![\w-])(?!\s+[A-Z])")


# the part of :func:`proper_name` after its head, the same for every head: the complements, none or more
_WORDS = rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD_ON})*"
_FIRST = _OPEN.replace("{the}", r"the\s+")  # right after the head
_THEN = _OPEN.replace("{the}", r"(?:the\s+)?")
_TAIL = rf"(?:\s+{_FIRST}{_WORDS}(?:\s+{_THEN}{_WORDS})*)?"


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    return re.compile(_TAIL)


def complements_end(text: str, pos: int) -> int:
    """Where the complements of a name whose head ends at ``pos`` of ``text`` end: the part of :func:`proper_name`
    after its head, the same for every head ("the President| of the European Commission to convene" -> after
    "Commission"; "the Friends| of the Chair"); ``pos`` when none follows ("the President| to convene")."""
    return _tail().match(text, pos).end()


@lru_cache(maxsize=4096)
def _lead_of(head: str) -> re.Pattern:
    """The part of :func:`proper_name` up to ``head``, compiled once per head and process: some 1 ms a compile, about
    2 kB a pattern. The corpus's 902 files ask 362 heads in one process; 256 kept let 162 be compiled again."""
    return re.compile(_lead(head) + ")")


def search_name(head: str, text: str, pos: int = 0) -> tuple[int, int, int] | None:
    """``proper_name(head).search(text, pos)`` as (start, start of group 1, end of group 1), None where it finds none,
    from two patterns: the part up to the head (one per head, a tenth of the whole) and the complements after it (one
    for all heads). The same match: the complements are optional and end the pattern, so they never make it fail and
    never send the engine back into the part before them; matched where that part ends, they take what they take in
    the whole pattern (a lookbehind there reads the text before ``pos`` as in one pass). The whole pattern of each of
    the corpus's 106 heads took 4-5 ms to compile in each process (0.5 s of a corpus build's worker). The search
    starts where a match can start (:func:`_name_start_bound`), not at ``pos``."""
    first = text.find(head, pos)
    if first < 0:
        return None  # every match holds the head as written
    m = _lead_of(head).search(text, _name_start_bound(text, pos, first))
    if m is None:
        return None
    return m.start(), m.start(1), _tail().match(text, m.end()).end()


# a character that no part of a name before its head holds ("the", the modifiers, the capitalized words and the white
# space between them: word characters, hyphens, apostrophes, white space and quotation marks), unless it stands inside
# a capitalized phrase in quotation marks (``_NAME_WORD``: at most 81 characters after its opening mark)
_NOT_IN_LEAD = re.compile(r"[^\w\s'’“”-]")


def _name_start_bound(text: str, pos: int, first: int) -> int:
    """Where :func:`search_name` may start its search of ``text`` from ``pos`` without missing a match, given
    ``first``, the first place from ``pos`` where the head is written: after the last character before ``first``
    (and from ``pos``) that no match's part before its head can hold (``_NOT_IN_LEAD``, not within 81 characters
    after a “). Every match from ``pos`` holds the head at ``first`` or later, and the text between its start and its
    head holds no such character: it starts after that one. The search from there finds the same first match
    (a lookbehind reads the text before it as before) without reading the rest of the text before the head (a
    resolution's text, read from its start for each short name: 110 million characters over every third corpus file,
    2.5 million so). Looked for backwards in windows that grow from 200 characters."""
    width = 200
    while True:
        low = max(pos, first - width)
        for at in reversed([m.start() for m in _NOT_IN_LEAD.finditer(text, low, first)]):
            if text.find("“", max(0, at - 81), at) < 0:
                return at + 1
        if low == pos:
            return pos
        width *= 8


def is_name(head: str, written: str) -> bool:
    """Is ``written`` whole a body's name with the head noun ``head`` (``proper_name(head).fullmatch(written)``)? Read
    as :func:`search_name` where ``head`` occurs once in ``written``: every way the part before the head matches
    then ends at that one place, and the complements must read from there to the end. The whole pattern where it
    occurs more often (the part before the head could end at another)."""
    if written.count(head) != 1:
        return proper_name(head).fullmatch(written) is not None
    m = _lead_of(head).match(written)
    return m is not None and _tail().fullmatch(written, m.end()) is not None


# where a name may run on into another body's: "the United Nations Alliance of Civilizations and the Council of
# Europe", "the Rule of Law Unit ... with Member States", "the Inter-Agency Coordination Group against Trafficking in
# Persons in the United Nations system"
_RUNS_ON = re.compile(r"\s+(?:and\s+the|with|in\s+the)\s+")


def _one_body(text: str, start: int, end: int) -> int:
    """Where the name ``text[start:end]`` (a match of :func:`proper_name`) ends when it runs on into another body or
    a document: at an "and the" or a "with" before a name whose head is an actor's, an office's or a document's
    (``actors.txt`` [heads], ``office_titles.txt``, ``document_words.txt``: "and the Department of Political and
    Peacebuilding Affairs", "and the International Convention on ...") or the name's own head ("the Extraordinary
    Chambers ... and the Chambers"), not "and the Treatment of Offenders", "and the Law of the Sea", "with
    Disabilities"; at an "and the" after such a head ("the Chair of the Special Committee and the Chief Minister of
    Anguilla", A/RES/78/87; "the Executive Secretary of the Convention and the Global Environment Facility"); at any of them before a name of the alias table ("with Member States", "in the United Nations
    system"; not "in the Courts of Cambodia", "in the Syrian Arab Republic"). ``end`` when it does not."""
    own = None
    for m in _RUNS_ON.finditer(text, start, end):
        if own is None:
            own = _head_key(text[start : m.start()])
        toks = key_tokens(text[m.end() : m.end() + 200])
        if any(" ".join(toks[:n]) in names() for n in range(min(len(toks), 25), 0, -1)):
            return m.start()
        if m.group(0).split()[0] == "in":
            continue
        if _head_key(text[m.end() : end]) in _body_heads() | {own} or (
                m.group(0).split()[0] == "and" and singular(text[start : m.start()].split()[-1]) in _body_heads()):
            return m.start()
    return end


def _head_key(name: str) -> str:
    """The head of a name (:func:`name_head`) in its key form ("Departments" -> "department")."""
    return singular(name_head(name)) if name.strip() else ""


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The head nouns that begin another body or a document after "and the" (:func:`_one_body`), in key form: the
    actors' heads (``actors.txt`` [heads]), the titles of offices (``office_titles.txt``: "Special Rapporteur") and
    the words that name documents (``document_words.txt``: "Convention")."""
    words = [line.split()[-1] for line in data.sections("actors.txt").get("heads", ())]
    words += [line.split()[-1] for line in data.lines("office_titles.txt")]
    words += list(data.lines("document_words.txt"))
    return frozenset(singular(w) for w in words)


def _as_in_table(text: str, start: int, end: int) -> str:
    """The name ``text[start:end]`` (a match of :func:`proper_name`) bounded by the alias table's names: one of them
    that opens it and goes on past a comma or a lower-case word ("the Special Committee on the Situation with regard to
    the Implementation of the Declaration ...", "the Intergovernmental Oceanographic Commission of the United Nations
    Educational, Scientific and Cultural Organization") is read to its end; one that opens it with its head, before a
    complement of another name's ("the Special Envoy of the United Nations High Commissioner for Refugees for the Horn
    of Africa"), is the name. Whitespace runs as one space."""
    name = re.sub(r"\s+", " ", text[start:end])
    toks = key_tokens(name)
    after = None  # the 40 words after the name (singular, where each ends), read when a table name asks
    for i in range(len(toks) - 1):  # a table name that opens with the name's last words and goes on past its end
        for full in _opening().get(toks[i:], ()):
            if after is None:
                after = [(singular(w.group(0)), w.end()) for w in islice(_WORD.finditer(text, end), 40)]
            rest = full[len(toks) - i :]
            if tuple(w for w, _ in after[: len(rest)]) != rest:
                continue
            longer = re.sub(r"\s+", " ", text[start : after[len(rest) - 1][1]])
            if name_head(longer) == name_head(name):  # "the United Nations" is not "the United Nations system"
                return longer
    if " ".join(toks) in names():
        return name
    head = tokens(name_head(name))[-1:]
    for n in range(len(toks) - 1, 1, -1):  # a table name with the name's head, then another name's complement
        k = " ".join(toks[:n])
        if k in names() and k not in short_names() and head and head[0] in toks[:n] and toks[n] in _PREPOSITIONS:
            lead = len(tokens(name)) - len(toks)  # words key_tokens left out before the name
            return name[: [w.end() for w in _WORD.finditer(name)][lead + n - 1]]
    return name


_PREPOSITIONS = ("of", "for", "on", "against", "in", "to", "with", "between")


@lru_cache(maxsize=1)
def _opening() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """The alias table's names by their opening words (two or more, short of the whole name): {("special",
    "committee", "on", "the", "situation"): [the whole name's key words]}."""
    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k in names():
        toks = tuple(k.split())
        for n in range(2, len(toks)):
            out.setdefault(toks[:n], []).append(toks)
    return out


@lru_cache(maxsize=1)
def short_names() -> frozenset[str]:
    """Keys of the alias table's names that are also other bodies' short names (``actors.txt`` [short names]:
    "Special Committee")."""
    return frozenset(key(n) for n in data.sections("actors.txt").get("short names", ()))


def name_head(name: str) -> str:
    """The head noun of a body's name as written: its last word before the first complement ("Office of the High
    Commissioner" -> "Office", "United Nations High Commissioner for Refugees" -> "Commissioner")."""
    return _COMPLEMENT.split(name.strip(), maxsplit=1)[0].split()[-1]


def within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Are the words ``short`` the words of ``full`` in order, some left out ("high commissioner" in "united nation
    high commissioner for refugee")?"""
    rest = iter(full)
    return all(w in rest for w in short)


def _located(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Is the name ``other`` (key words) the name ``name`` and where the body is ("in Almaty")?"""
    return len(other) > len(name) + 1 and other[: len(name)] == name and other[len(name)] == "in"


def full_name(short: str, text: str, prefix: bool = False) -> str | None:
    """The full name a body's short name stands for in ``text`` (which holds the short name or ends where it is
    used): the one rule of short names for every stage (the mandates' "Requests the Centre ...", the references' "the
    statute of the Unit"). The UN writes a body's name in full at first mention and by its short form after (United
    Nations Editorial Manual, short titles); a resolution about a body names it in full in its title ("Subregional
    Centre for Human Rights and Democracy in Central Africa", A/RES/78/235: "Encourages the Centre ...", para. 3), so
    the readers put the title first in ``text`` ("the <title>.", a full stop ending it). Of the names with the short
    name's head noun (:func:`proper_name`, cut where it runs on into another body's) that hold its words in order and
    more, the one named last before the short name's first use ("the Unit": "the Joint Inspection Unit"; "the Office
    of the High Commissioner": "the Office of the United Nations High Commissioner for Refugees"; "the Special
    Committee": "the Special Committee on Peacekeeping Operations"); a name that only adds where the body is to the
    one named before ("... for Central Asia and Afghanistan in Almaty" after the title of A/RES/79/268) does not
    replace it; a full name that is itself written short is followed to its own ("the Office" after "the Office of
    the High Commissioner"). Bound at the first use, so a body of the same head named in full later ("the
    Inter-Agency Space Debris Coordination Committee" among the Committee on the Peaceful Uses of Outer Space's
    paragraphs, A/RES/78/72) does not take the short name over. ``prefix``: only full names that open with the short
    name's words (its complement left out: "the Special Committee", not "the Deputy Secretary-General" for "the
    Secretary-General"). The name as written in the text, whitespace runs as one space; None when the text names
    none before.

        >>> full_name("Office", "the Office of the United Nations High Commissioner for Refugees ... the Office of "
        ...           "the High Commissioner ... the Office")
        'Office of the United Nations High Commissioner for Refugees'
    """
    short = re.sub(r"\s+", " ", short.strip())
    if short[:4].lower() == "the ":
        short = short[4:]
    if not short:
        return None
    words = key_tokens(short)
    # a name whose complement is its own ("the Department of Global Communications") is not short for itself
    # located ("the Department of Global Communications of the Secretariat"): "of" after it adds a place, "and" another
    own = len(_COMPLEMENT.split(short, maxsplit=1)) > 1
    last = None  # the name named last before the first use, and where it starts
    head = name_head(short)
    at = 0
    # every match holds the head as written (case kept): where the rest of the text has none, the search would find
    # none, and is not made (it reads the whole rest; tests/test_fast_paths.py)
    while text.find(head, at) >= 0 and (m := search_name(head, text, at)):
        start, start1, end1 = m
        # a name that ran on into another is cut (``_one_body``), and the search goes on from the cut: "the Rule of
        # Law Coordination and Resource Group and the Rule of Law Unit ..." (A/RES/78/112) holds the Unit's name
        at = _one_body(text, start1, end1)
        name = _as_in_table(text, start1, at)
        toks = key_tokens(name)
        if toks == words:
            break
        if len(toks) <= len(words) or not within(words, toks):
            continue
        opens = toks[: len(words)] == words
        # nor coordinated with a word after it: "the President of the Government of New Caledonia and Leaders
        # reaffirmed ..." (A/RES/80/98, preamble) names the Government, not a body "... and Leaders" that "the
        # Government of New Caledonia" (para. 34) would stand for
        if (prefix and not opens) or (own and opens and toks[len(words)] in ("of", "and")):
            continue
        if last is not None and _located(last[2], toks):
            continue  # the body named before, and where it is: "... for Central Asia and Afghanistan in Almaty"
        last = (name, start, toks)
    if last is None:
        return None
    # a name itself short for one named before it: "the Office of the High Commissioner" for the Office's full name
    return full_name(last[0], text[: last[1]]) or last[0]


def short_forms(full: str, text: str) -> list[str]:
    """The short names ``text`` writes for the body named ``full`` in it, in order of first use: the names with its
    head noun (:func:`proper_name`, cut as :func:`full_name` cuts them; a capitalized head, a proper name's) that
    hold fewer of its words, in order, and that the one rule of short names reads as that body (:func:`full_name`
    over ``text`` gives ``full``): "the Residual Special Court" for the Residual Special Court for Sierra Leone
    (A/RES/78/253, section III, paras. 3-11). Never the head alone ("the Court" of a paragraph reads the body named
    last before it, not this one everywhere), nor a name of the alias table (its own body), nor an office's title
    alone (``office_titles.txt``: "the Special Representative" is every holder's, and opens another's name in full:
    "the Special Representative of the Secretary-General for Children and Armed Conflict" beside the one on Violence
    against Children, A/RES/78/187). [] when ``full`` has no such head or ``text`` no such name.

        >>> short_forms("Residual Special Court for Sierra Leone", "the Residual Special Court for Sierra Leone. "
        ...             "the archives of the Residual Special Court and the Court")
        ['Residual Special Court']
    """
    full = re.sub(r"\s+", " ", full.strip())
    if not full:
        return []
    head = name_head(full)
    if not head[:1].isupper():  # a description ("the intergovernmental preparatory committee"), no proper name
        return []
    words = key_tokens(full)
    return [name for name, toks in _named_with_head(head, text)
            if 1 < len(toks) < len(words) and " ".join(toks) not in names() and " ".join(toks) not in _titles()
            and within(toks, words) and key(full_name(name, text) or "") == key(full)]


@lru_cache(maxsize=16)
def _named_with_head(head: str, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names with the head noun ``head`` in ``text`` that :func:`short_forms` reads, in order of first use, one
    per key (the name as :func:`full_name` cuts it, its key words): what a name is short for is then decided per
    full name. Kept for the last texts read: a resolution's bodies of one head ("Committee") read the same names."""
    out: list[tuple[str, tuple[str, ...]]] = []
    seen: set[tuple[str, ...]] = set()
    at = 0
    # the whole pattern of :func:`proper_name` read in two parts (:func:`search_name`: the same match), the part after
    # the head compiled once for every head
    while text.find(head, at) >= 0 and (m := search_name(head, text, at)):
        _, start1, end1 = m
        at = _one_body(text, start1, end1)
        name = _as_in_table(text, start1, at)
        at = max(at, start1 + 1)
        toks = key_tokens(name)
        if toks not in seen:
            seen.add(toks)
            out.append((name, toks))
    return tuple(out)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The keys of the titles of office-holders (``office_titles.txt``: "special representative")."""
    return frozenset(key(t) for t in data.lines("office_titles.txt"))
