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
    agreements: dict[str, Verb]  # "agrees" -> decides, class "agree": only "agrees that X should ..." binds X
    requirements: dict[str, Verb]  # "requires" -> decides, class "address": "Requires X to provide ..." binds X
    continuations: tuple[str, ...]  # "continues to": "Continues to encourage X to ..." is "encourages"
    participles: dict[str, str]  # "urging" -> "urges": "..., while urging all States to ..."
    calls: dict[str, Verb]  # "calls for" -> calls upon, class "call": only "calls for X to ..." with actors binds X

    def pattern(self, words) -> str:
        return data.alternation(words)

    def phrasal(self, words) -> str:
        """``pattern``, but a verb of two words or more whose last is its particle ("calls upon", "call on", "appeals
        to", "calls for") may have a phrase set off by commas before the particle: "and call, in particular, on the
        United Nations Group on the Information Society ... to take Internet Governance Forum outcomes into account"
        (A/RES/80/173, adopted text, para. 100), "calls, therefore, upon Member States" (A/RES/78/144, para. 20).
        :func:`without_aside` gives the verb back."""
        out = []
        for w in sorted(words, key=len, reverse=True):
            head, _, particle = w.rpartition(" ")
            if head and particle in _PARTICLES:
                out.append(rf"{data.alternation([head])}{_ASIDE}\s+{re.escape(particle)}")
            else:
                out.append(data.alternation([w]))
        return "|".join(out)


# the particle that ends a phrasal verb of the table, and a phrase set off by commas that may stand before it
_PARTICLES = frozenset({"upon", "on", "to", "for"})
_ASIDE = r"(?:,\s+[^,;:()]{1,60}?,)?"


def without_aside(written: str) -> str:
    """A phrasal verb as matched by ``Verbs.phrasal``, without the phrase set off by commas before its particle: "call,
    in particular, on" -> "call on"."""
    return re.sub(r",\s.*?,(?=\s+\S+$)", "", written) if "," in written else written


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
    agreements = {}
    for line in sec.get("agreement", ()):
        word, name = (x.strip() for x in line.split("|"))
        agreements[word] = Verb(name, table_[name].force, "agree")
    requirements = {}
    for line in sec.get("requirements", ()):
        word, name = (x.strip() for x in line.split("|"))
        requirements[word] = Verb(name, table_[name].force, "address")
    calls = {}
    for line in sec.get("calls for", ()):
        word, name = (x.strip() for x in line.split("|"))
        calls[word] = Verb(name, table_[name].force, "call")
    others = tuple(p for p in others if p not in agreements and p not in requirements and p not in calls)
    participles = dict((x.strip() for x in line.split("|")) for line in sec.get("participles", ()))
    return Verbs(table_, first, intens, tuple(sec["connectives"]), tuple(sec["adverbs"]), nouns, tuple(sec["renewals"]),
                 others, agreements, requirements, tuple(sec.get("continuations", ())), participles, calls)


def without_that() -> frozenset[str]:
    """The verbs ([subjunctive without that] of operative_verbs.txt) whose "that" before a subject in the
    subjunctive may be left out: "request the Secretary-General keep Member States updated" (A/RES/79/1, para. 78
    (c))."""
    return data.entry_set("operative_verbs.txt", "subjunctive without that")


@lru_cache(maxsize=4096)
def verb_of(phrase: str) -> Verb | None:
    """The mandate verb in an opening phrase: "Also requests" -> requests; "Agrees" -> decides (class ``agree``:
    its "that"-clause only, ``[agreement]`` in the data file); "Requires" -> decides (class ``address``: "Requires X
    to provide ...", ``[requirements]``); "Calls for" -> calls upon (class ``call``: only actors and an infinitive
    after it, ``[calls for]``); "Takes note" -> None."""
    low = re.sub(r"\s+", " ", phrase.lower())
    for pattern, verb in _verb_patterns():
        if pattern.search(low):
            return verb
    return None


@lru_cache(maxsize=1)
def _verb_patterns() -> tuple[tuple[re.Pattern, Verb], ...]:
    """What :func:`verb_of` tries, in order, each word as a whole word (``\\b`` on both sides): the table's verbs,
    longest first, then the words of [agreement], [requirements] and [calls for]. Compiled once, not per phrase
    read (a pattern per verb and per call: 14,000 lookups in ``re``'s cache over every third corpus file)."""
    v = verbs()
    words = [(name, v.table[name]) for name in sorted(v.table, key=len, reverse=True)]
    words += [*v.agreements.items(), *v.requirements.items(), *v.calls.items()]
    return tuple((re.compile(rf"\b{re.escape(word)}\b"), verb) for word, verb in words)


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
    return [" ".join(x for x in (f, rest) if x) for f in (first, operative_forms(first)[2])]


def operative_forms(third: str) -> tuple[str, str, str]:
    """A verb that opens an operative paragraph, in the third person ("requests"), the plural ("request": the subject
    of "Paragraphs 3 and 4 request"; "stresses": "stress") and the past, regular ("requested", "stressed"): the one
    rule of English inflection the verb table's words need (all are regular)."""
    base = third[:-2] if third.endswith(("sses", "shes", "ches", "xes")) else third[:-1] if third.endswith("s") else third
    past = base + "d" if base.endswith("e") else base[:-1] + "ied" if re.search(r"[^aeiou]y$", base) else base + "ed"
    return third, base, past


@lru_cache(maxsize=1)
def _other_forms() -> re.Pattern:
    """A verb written in a form other than the table's third person, after its adverbs: first person ("invite",
    "call upon"), bare imperative or infinitive item ("Request", "To invite"), past participle ("are encouraged")."""
    v = verbs()
    other = {f: third for f, third in v.first_person.items()}
    other.update({forms(name)[1]: verb.name for name, verb in v.table.items()})
    other.update(v.participles)
    lead = "|".join(["to", "(?:is|are)", "while", *(v.pattern([c]) for c in v.continuations)])
    return re.compile(
        rf"^(?P<lead>(?:(?:{lead})\s+)?(?:(?:{v.pattern(v.adverbs)}),?\s+)*(?:while\s+)?)(?P<verb>{v.pattern(other)})$"
    ), other


def third_person(written: str) -> str:
    """The verb of a clause as the verb table writes it, its adverbs as written: "also invite" -> "also invites",
    "call upon" -> "calls upon", "To request" -> "requests", "are encouraged" -> "encourages", "while also urging"
    -> "also urges", "continues to encourage" -> "encourages" (the GUIDELINE's verb field, third person); a
    third-person wording stays as written ("also requests", "reiterates its request to", "calls on", "requires").
    ``written``: the verb with its adverbs, lower case, without "and", connective or "we"."""
    pattern, other = _other_forms()
    low = re.sub(r"\s+", " ", written.strip())
    m = pattern.match(low)
    if not m:
        return low
    lead = re.sub(r"^(?:to|is|are|while|continues\s+to)\s+", "", m.group("lead"))
    return re.sub(r"\bwhile\s+", "", lead) + other[m.group("verb")]


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
    names = list(dict.fromkeys(verb.name for verb in v.table.values()))
    also = [f"{w} = {verb.name}" for w, verb in v.table.items() if w != verb.name]
    listed = f"the mandate verbs are: {', '.join(names)} (also read: {'; '.join(also)})"
    if low in v.others or any(o.startswith(low + " ") for o in v.others):  # "welcomes", "takes" (note)
        raise InputError(f"{text!r} opens operative paragraphs but asks no one to act: no mandate has it; {listed}")
    raise InputError(f"unknown verb {text!r}; {listed}")


def intensified(text: str) -> tuple[str, ...]:
    """The intensifiers (``[intensifiers]`` of ``data/operative_verbs.txt``: "strongly", "urgently", "once again")
    a --verb argument writes with its verb, in the table's order: "strongly urges" -> ("strongly",); () for none.
    A query so written asks for the mandates whose verb is written with them (:func:`written_with`), not every
    "urges" (a new-user trial, the thirty-first session: ``--verb "strongly urges"`` gave the 2,916 of ``--verb
    urges``, said nowhere)."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    return tuple(w for w in verbs().intensifiers if re.search(rf"\b{re.escape(w)}\b", low))


def written_with(verb_as_written: str | None, words: tuple[str, ...]) -> bool:
    """Does a mandate's verb as the text writes it ("Strongly urges", "Calls once again upon") hold every one of
    ``words`` (:func:`intensified`)?"""
    low = re.sub(r"\s+", " ", (verb_as_written or "").lower())
    return all(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def verb_reading(text: str) -> str | None:
    """The verb a --verb argument is read as, when it is another wording of it in the verb table ("asks" ->
    "requests", "calls on" -> "calls upon": ``[same verb]`` of ``data/operative_verbs.txt``), for a note to the
    user; None when it names its verb as the table does ("requests", "also requests", "request")."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    verb = verbs().table.get(low)
    return verb.name if verb is not None and verb.name != low else None

