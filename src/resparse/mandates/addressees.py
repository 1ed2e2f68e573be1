"""Reading an operative clause with ``grammar/clauses.lark``: its subject, verb, addressees and action.

A small lexer turns the clause's words into the grammar's tokens (a PHRASE is a run of words between list
separators; a name of the alias table is never cut), Lark's LALR parser gives the tree, and small passes over the
tree give the meaning:

1. entries     - each addressee with its relation: ``direct``, or ``via`` the group named before it ("..., including
                 A and B" -> A and B are members of that group); parentheses ("in close consultation with X and Y",
                 "acting through ...") are not addressees.
2. adjectives  - a phrase with no actor head coordinated before one that has it is its modifier: "subregional,
                 regional and cross-regional processes" is one addressee, "Member States and civil society" two.
3. names       - each phrase -> an actor of the alias table (``actors.table``), qualifiers cut ("organizations that
                 are ..."), pronouns bound to their antecedent list ("urges them": every actor of the clause
                 before), "their subregional offices" a part of the actor before, "those organizations" the list
                 named before in the paragraph whose members agree with the noun (the clause before's, else the
                 partners of a joint work named before, else the paragraph before's addressees); "those who ...",
                 "the role of X", "the efforts of X" and relative clauses are never actors.

    >>> [(n.written, n.via) for n in actor_phrases("the United Nations system, including funds, programmes and "
    ...                                            "regional commissions", [])][1:]
    [('funds', 'the United Nations system'), ('programmes', 'the United Nations system'), ('regional commissions', 'the United Nations system')]

What the grammar carries and what the list lexer (:func:`_plain_list_tokens`) still decides (the twenty-second
session, branch design22). The grammar (``addressees``, ``entry``, ``members``, ``sep`` of grammar/clauses.lark) owns
the list's shape once it has tokens: which entry a member list hangs from, where a nested list ends (", and", and the
")" of a parenthesis of members: LPAR/RPAR, moved there from a MEMBER and a COMMA_COORD the lexer disguised them as),
where the correlative "on the one hand ... on the other" stands (a _HAND token after a phrase, out of the tree; the
lexer cut it off the phrase's text before).
The lexer still decides where a PHRASE ends, with predicates over the words on both sides of a separator:
``_qualifier_goes_on``, ``_complement_goes_on``, ``_relative_goes_on``, ``_things_go_on``, ``_capacity`` (whether an
"and" or a comma joins two actors or goes on inside one phrase's qualifier, complement or relative clause), and
:func:`_entries` decides which entries after a parenthesis belong to it. They stay because each decision turns on a
word fact about the next chunk, mostly "does it name an actor" (``table().is_actor_like``, the alias table of some
thousands of names and heads) and a chunk is up to the next separator, not a word: the LALR grammar could carry
these choices only if the lexer typed each chunk (an ACTOR phrase, a THING phrase, an ADJECTIVE run) and gave every
separator; then ``phrase: PHRASE (COORD THING)*`` and the like would be rules. That changes every consumer of the
tokens (the shapes memo, :func:`_entries`, :func:`_members`, the passes of ``names``) and was not done in one
session with identical output; it is the next step.

The twenty-third session (branch design23) measured that step and did not take it. Over 120 files of the corpus
(drawn at random, 1,008 list texts) the predicates were asked 3,500 times (``_relative_goes_on`` 1,069,
``_qualifier_goes_on`` 708, ``_complement_goes_on`` 697, ``_infinitive_goes_on`` 694, ``_things_go_on`` 331) and
kept a separator inside a phrase 22 times (``bench/list_predicates.py 120``). A chunk-labelling lexer (a Lark
postlex over raw chunks and every separator) would have to label chunks with the facts these ask, and some are facts
of the whole phrase read so far, not of one chunk: "a relative pronoun anywhere in it and no closing 'do so'", "it
opens a participle's complement", "it ends on an infinitive of a noun of [infinitive complements]", "it names an
actor before 'as'"; and of runs of chunks after the separator (``_qualifier_goes_on`` reads up to four adjective
chunks on). In the grammar each becomes a phrase rule that a separator goes on in (``phrase: REL_CHUNK ((COORD |
MEMBER) CHUNK)*`` and the like: a separator goes on inside the phrase where any of them holds), and LALR meets each
such separator as a shift/reduce choice against the list's own ``sep``, to be settled by the rules' shape, not by
Lark's default. A pass that turns each such phrase subtree back into one PHRASE token would keep the consumers
(``_entries``, ``_members``, ``names``, the shapes memo) unchanged. That is the plan; with its 22 decisions in 120
files to keep identical over the whole corpus, it was more than this session's time.

The adjective passes (``_modifier_in_run``, ``_capital_modifier``, ``_adjectives``) read the tree, not the tokens:
they are meaning, not structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput

from .. import data
from ..grammars import TokenStream, load
from ..names import is_name, name_head, within
from .actors import (
    _DISTRIBUTING,
    _NOT_ADVERB_ENDINGS,
    _classes_after_a_name,
    _WORD,
    _head_word,
    _organ_words,
    Actor,
    Recent,
    _depth_positions,
    cut_qualifiers,
    key,
    opens_participle_complement,
    participle_term,
    scan,
    singular,
    state_names,
    states,
    table,
    tokens,
)
from .attachment import rule

_COORD_WORDS = r"and/or|and|or|as well as"  # not "together with": a partner (actors.txt [parentheses])
# after a comma, a coordinator that adds to the addressees as "as well as" does (closing a nested list): "urges States,
# including those that have already received recommendations from the Commission, in addition to international
# financial institutions, donor agencies, ... and natural and juridical persons, to make additional contributions"
# (A/RES/79/144, para. 94; 78/69, 80/110): the institutions and the others are addressed directly
_ADDING_WORDS = r"in\s+addition\s+to"
# "existing financing mechanisms, including but not limited to the World Bank, ..." (A/RES/79/2, annex, para. 37)
_MEMBER_WORDS = (r"including,?\s+but\s+not\s+limited\s+to|including|in particular|particularly|notably|especially"
                 r"|such as|inter alia")
# "including" right after a preposition is a gerund, no list of members: "Expresses its appreciation to the
# Secretary-General of the United Nations for including the International Organization of la Francophonie in the
# periodic meetings ..., and invites him" (A/RES/79/331, para. 34: "him" was "Secretary-General of the United Nations for")
# members named by where they come from: "multi-stakeholders from all regions and countries, ..., including from the
# private sector, international and regional organizations, civil society, ..." (A/RES/78/265, para. 3): "from" goes
# with the member word, the private sector is one of the list (was a parenthesis "from the private sector")
_ORIGIN_MEMBER = r"(?:from\s+)?"
_NO_MEMBER_AFTER = "".join(rf"(?<!\b{w})(?<!\b{w}\s)" for w in ("for", "by", "of", "in", "without", "after", "before"))
# ", and" before a parenthesis set off by its own commas is a comma coordination too: "all Member States, where
# appropriate, in line with their national priorities ..., and, where applicable, other stakeholders to promote ..."
# (A/RES/78/265, para. 6: other stakeholders are addressed; an "and" alone between two commas was a phrase of its own,
# read as the parenthesis before going on)
# The member words are looked for first (a lookahead) and only then the words before them: the seven words' fourteen
# lookbehinds tried at every character of a list took three quarters of the pattern's time (the same matches: both
# are tests of one position; tests/test_fast_paths.py compares them over texts/)
_SEPARATOR = re.compile(
    rf"(?P<comma_coord>,\s*(?:{_COORD_WORDS}|{_ADDING_WORDS})(?:\s+|(?=\s*,)))"
    rf"|(?P<member>(?=,?\s*\b(?:{_MEMBER_WORDS})\b){_NO_MEMBER_AFTER},?\s*\b(?:{_MEMBER_WORDS})\b,?\s*{_ORIGIN_MEMBER})"
    rf"|(?P<comma>,\s*)|(?P<coord>(?<![a-z]-)\s+(?:{_COORD_WORDS})\s+)",
    re.IGNORECASE,
)
# never an actor: "those established by treaty", "the role of X", "the efforts of X", a relative clause
_NOT_ACTOR = re.compile(
    r"(?:those(?:\s+(?:[a-z]+ed|[a-z]+ing|who|which|that|of|in|with|at|from))?$|those\s+(?:[a-z]+ed|[a-z]+ing|who|which|that|of|in|with|at|from)\b|which|who|whom|whose|where|that)\b|(?:the\s+|their\s+|its\s+)?(?:role|roles|efforts?|work|"
    r"contributions?|activities|participation|support|involvement|engagement)\s+of\b"
    # a locator of a cited text, cut from "entities referred to in the Convention and in article 1, paragraph 2 (b),
    # of the Agreement" by its commas
    r"|(?:paragraphs?|articles?|annex(?:es)?|rules?|sections?|chapters?)\s+(?:\d|[IVXLC]+\b)",
    re.IGNORECASE,
)



def _not_actor(text: str) -> re.Match | None:
    """``_NOT_ACTOR``, but for "those" before an adjective in "-ed"/"-ing" and an actor's noun: "Urges those
    specialized agencies and other organizations of the United Nations system that have not yet provided assistance
    ..." (A/RES/78/83, para. 8) names the specialized agencies, where "those established by treaty" names nothing."""
    m = _NOT_ACTOR.match(text)
    if m and (rest := re.match(r"those\s+(?=[a-z]+(?:ed|ing)\s+[A-Za-z])", text, re.IGNORECASE)) and \
            table().is_actor_like(cut_qualifiers(text[rest.end() :])):
        return None
    return m


# persons described by a relative clause, the addressees as written (tests/labels/GUIDELINE.md, actors: named as
# written): "encourages those who participated to implement their commitments made therein" (A/RES/79/156 15),
# "Invites those who deal with trade in cultural property ... to encourage" (A/RES/79/133 37); "who" names persons, an
# actor, where "those established by treaty", "those that have not yet ratified" refer back to a noun (_NOT_ACTOR)
_THOSE_WHO = re.compile(r"(?:all\s+)?those\s+who\s+[a-z]", re.IGNORECASE)


# "the Agency's efforts", "the vital role played by Governments": the head is the role, not the actor
_ROLE_HEAD = re.compile(r"^(?:\S+\s+){0,3}?(?:role|roles|efforts?|work|contributions?|activities|involvement)\b(?!-)")
# a subject's "he", "she" too: "requests that he submit ... a report" (A/RES/79/191, para. 60), read as "him"
_PRONOUN = re.compile(r"(?:them|it|they|these|him|her|he|she)", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\s+(?:of|for|on|to|in|from|with|by|and|between|among|amongst)\s+")
_THEIR = re.compile(r"(?:all\s+)?(?:their|its|his|her)\s+(.+)", re.IGNORECASE)  # "urges all its members"
_ITS = re.compile(r"(?:all\s+)?its\s", re.IGNORECASE)
_THE_WORD = re.compile(r"(?:the|that|this)\s+([A-Za-z-]+)")  # "that Organization" (``demonstrative``) as "the"
_TRAILING_COORD = re.compile(r"\s+(?:and|or)$")


@dataclass
class Named:
    written: str  # as written
    actor: Actor
    via: str | None = None  # the group as written when named as its member
    part_of: str | None = None


class Antecedents:
    """The actors a pronoun of the next clause refers to ("Notes the work of X and Y ..., and invites them"): the
    actors of the latest clause that named some and agree with the pronoun in number ("it": one body named in the
    singular, the nearest; "them", "they", "these": a list or a plural — "Commends the efforts of the regional
    commissions ..., takes note of the work done by the Office for South-South Cooperation ..., and calls upon it"
    is the Office; A/RES/78/167, para. 18). A clause that mandates nobody gives them as a reading to make when a later
    clause asks (``get``): most never do, and the reading is the costliest step of a clause. Shapes:
    ``set(list[Named])``; ``set_if_any(reading)``, a reading a function of no argument that returns the actors it
    names (a list, maybe empty: then the antecedents stay those before); ``get(pronoun=None) -> list[Named]`` (no
    pronoun: the latest actors named, whatever their number)."""

    def __init__(self) -> None:
        self._readings: list = []  # oldest first: a list of Named, or a reading not made yet
        self._earlier: list = []  # the readings before the latest clause that addressed, read by ``owner`` only
        self.texts: list[str] = []  # the bodies of the clauses before, oldest first (``said``), read by ``partners``
        self.paragraph_before: list[Named] = []  # the addressees of the paragraph before (its last clause that named)
        self.addressed: list[Named] = []  # those of the latest clause of this paragraph that named some (``set``)

    def set(self, named: list[Named]) -> None:
        self._earlier += self._readings
        self._readings = [list(named)]  # a clause that addresses: readings before it are made only for "its"
        self.addressed = list(named)  # the addressees of the latest clause that named some, for the next paragraph

    def owner(self) -> list[Named]:
        """The body "its" stands for: the nearest actor named in the singular by its name (known to the table, or a
        proper name) in the clauses before, the latest first, those before the latest clause that addressed too
        ("Recognizes the important work of the International Hydrographic Organization ..., calls upon States that
        have not yet done so to consider becoming members of that Organization, urges all its members to ...",
        A/RES/78/69, para. 160); [] if none."""
        readings = self._earlier + self._readings
        for i in range(len(readings) - 1, -1, -1):
            found = readings[i]
            if not isinstance(found, list):
                found = readings[i] = found()
            owner = _singular_owner(found)
            if owner:
                return owner
        return []

    def set_if_any(self, reading) -> None:
        self._readings.append(reading)

    def said(self, body: str) -> None:
        """A clause of the paragraph read: its body is before the clauses that follow (``partners``)."""
        self.texts.append(body)

    def partners(self) -> list[Named]:
        """The partners of the nearest joint work the clauses before name ("cooperation with X", "the cooperation
        between X and Y": ``_joint_partners``), latest clause first; [] if none."""
        for body in reversed(self.texts):
            found = _joint_partners(body)
            if found:
                return found
        return []

    def get(self, pronoun: str | None = None) -> list[Named]:
        for i in range(len(self._readings) - 1, -1, -1):
            found = self._readings[i]
            if not isinstance(found, list):
                found = self._readings[i] = found()
            if found and pronoun is None:
                return found
            agreeing = _agreeing(found, pronoun) if found else []
            if agreeing:
                return agreeing
        return []


def _singular_owner(named: list[Named]) -> list[Named]:
    """The last of ``named`` that is direct, singular and named by its name (``owner``), as a list of one; []."""
    return next(([n] for n in reversed(named) if n.via is None and not plural(n.written)
                 and (n.actor.known or _proper(n.written))), [])


_PLURAL_PRONOUNS = frozenset({"them", "they", "these", "those"})


def _agreeing(named: list[Named], pronoun: str) -> list[Named]:
    """The antecedents among ``named`` (the actors one clause named) that ``pronoun`` can stand for: "it" the nearest
    named in the singular, "them"/"they"/"these" all of them when they are several or one is plural; [] if none
    agrees ("it" cannot be "the regional commissions"); one body named in the singular with its members ("the United
    Nations system, including funds, programmes and ...") is several, the body and its members for "them";
    "him", "her" (as subjects "he", "she") the nearest person named in the singular
    (``actors.txt`` [persons]: "Requests the Secretary-General to ..., and encourages him to ...", A/RES/78/108)."""
    direct = [n for n in named if n.via is None]
    if pronoun.lower() == "it":
        return next(([n] for n in reversed(direct) if not plural(n.written)), [])
    if pronoun.lower() in ("him", "her", "he", "she"):  # the nearest person named in the singular ("the Special Rapporteur")
        return next(([n] for n in reversed(direct) if not plural(n.written) and _person(n.actor.name)), [])
    if len(direct) > 1 or any(plural(n.written) or n.written.lower() in _PLURAL_PRONOUNS for n in direct):
        # an antecedent written as a pronoun itself is of its number: "..., asks them to examine ..., invites them to
        # inform ..." (A/RES/79/176, para. 27): the second "them" is the first's States
        return direct
    # one body named in the singular with its members is a list: "Invites the United Nations system, including
    # funds, programmes and specialized agencies, ..., and urges them to ..." (A/RES/78/269, para. 8): the body and
    # each member, named as before (as members of the body)
    return named if direct and len(named) > len(direct) else []


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    return frozenset(singular(w) for w in data.sections("actors.txt").get("persons", ()) for w in [w.split()[-1]])


def _person(name: str) -> bool:
    """Is the actor a person: its head (the last word before a complement) one of ``actors.txt`` [persons]
    ("Special Rapporteur on the human rights of internally displaced persons", "Secretary-General")?"""
    head = re.split(r"\s+(?:of|for|on|to|in|by|against)\s+", name, maxsplit=1)[0].split()
    return bool(head) and singular(head[-1]) in _persons()


def plural(written: str) -> bool:
    """Is an actor phrase plural: its head noun (the last word before a complement) is a plural ("the regional
    commissions", "States parties to the Convention", "the Parties"), unless the name is singular in agreement
    though plural in form (``actors.txt`` [singular names]: "the United Nations ... requests it")."""
    phrase = _ARTICLE.sub("", cut_qualifiers(written.strip()))
    if key(phrase) in table().singular_names:
        return False
    head = re.split(r"\s+(?:of|for|on|to|in|by|against|between|among)\s+", phrase, maxsplit=1)[0].split()
    return bool(head) and singular(head[-1]) != head[-1].lower() and head[-1][-1:] in "sS"


def _antecedents(previous: list[Named] | Antecedents, pronoun: str | None = None) -> list[Named]:
    if isinstance(previous, Antecedents):
        return previous.get(pronoun)
    return previous if pronoun is None else _agreeing(previous, pronoun)


def _parser() -> Lark:
    return load("clauses.lark", parser="lalr", lexer=TokenStream,
                start=("start", "addressees", "item", "means_chapeau", "be_participle", "be_state",
                       "passive_subject", "without_that"))


# a pinpoint citation whose commas cut no list: "entities referred to in the Convention and in article 1, paragraph 2
# (b), of the Agreement" (A/RES/79/145, para. 168); "Article 13, paragraph 1 (a), of the Charter"
_PINPOINT = re.compile(
    r"\b(?:[Aa]rticles?|[Pp]aragraphs?|[Rr]ules?|[Ss]ections?)\s+[\dIVXL]+[a-z]?(?:\s*\([a-z]+\))*"
    r"(?:,\s*(?:sub)?paragraphs?\s+\d+(?:\s*\([a-z]+\))*)+,\s*of\b"
)


def _protected(text: str) -> list[bool]:
    """Characters where no separator may cut: inside parentheses or quotes, inside a name of the table (a comma only
    inside a name written with one: "United Nations Educational, Scientific and Cultural Organization", never "the
    relevant bodies of the United Nations system, organizations, institutions and individuals", which the scan, blind
    to punctuation, reads as "United Nations system organizations")."""
    keep = list(map(bool, _depth_positions(text)))
    spans = [(h.start, h.end) for h in scan(text) if "," not in text[h.start : h.end] or h.key in _comma_names()]
    spans += [m.span() for m in state_names().finditer(text)]
    spans += holder_instruments(text)
    if "," in text:
        spans += [m.span() for m in _PINPOINT.finditer(text)]
        spans += [m.span() for m in _dated_title().finditer(text)]
        spans += [m.span() for m in _place().finditer(text)]
    for start, end in spans:
        keep[start:end] = [True] * (end - start)
    return keep


@lru_cache(maxsize=1)
def _dated_title() -> re.Pattern:
    """An instrument's title with its year and number set off by commas: "the Minimum Age Convention, 1973 (No. 138),"
    (A/RES/78/188, para. 3; the International Labour Organization's titles), a noun of ``document_words.txt``, then a
    year, then "(No. N)" if any. Its commas cut no list: the year is part of the title, not an addressee.

    Part of the clause lexer (:func:`_protected`), not of ``grammar/clauses.lark``: it says where a PHRASE token ends,
    as a name of the table written with a comma does ("United Nations Educational, Scientific and Cultural
    Organization"); the grammar reads the tokens' types only, and a title is one PHRASE as a name is."""
    words = "|".join(map(re.escape, data.lines("document_words.txt")))
    return re.compile(rf"\b(?:{words}),\s*(?:1[89]|20)\d\d(?:\s*\(No\.\s*\d+\))?(?=\s*(?:[,;:]|$)|\s)")


def _title_next(after: str) -> bool:
    """Does the next item of a list (to its next separator) name an instrument, not an actor: capitalised words whose
    last is a noun of ``document_words.txt`` ("the Worst Forms of Child Labour Convention, 1999 (No. 182)")?"""
    nxt = _NEXT_CHUNK.match(after)
    chunk = re.sub(r"^(?:the|its|their)\s+", "", (nxt.group(0) if nxt else after).strip())
    name = _dated_title().sub(lambda m: m.group(0).split(",")[0], chunk)
    last = name.split()[-1] if name.split() else ""
    return (bool(re.fullmatch(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the|to|against|in)\s+)*)*[A-Z][\w’'-]*", name))
            and last in _document_nouns() and not table().is_actor_like(name))


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(data.lines("document_words.txt"))


@lru_cache(maxsize=1)
def _holder_instrument() -> re.Pattern:
    """Those of an instrument and the instrument they hold, named in lower case after "to" (``complements.txt``
    [instrument holders], a noun of ``document_words.txt`` last, maybe plural): "signatories to bilateral or
    multilateral tax transparency agreements" (A/RES/78/140, para. 27); group ``to`` its "to", ``end`` where it
    ends. A capitalised title is the table's or the treaty's own ("parties to the Convention on Biological
    Diversity and the Paris Agreement": two instruments, each read as before)."""
    holders = data.alternation(data.sections("complements.txt")["instrument holders"])
    # each noun, its plural too ("treaty", "treaties"): "all States parties to arms control, disarmament and
    # non-proliferation treaties and agreements in force" (A/RES/79/61, para. 1: one addressee; the instrument's words
    # set off by a comma, two nouns, "in force")
    forms = {f for w in map(str.lower, _document_nouns())
             for f in (w, f"{w}s", f"{w[:-1]}ies" if w.endswith("y") else w)}
    nouns = data.alternation(sorted(forms, key=len, reverse=True))
    # the instrument's words: no function word but "or" and "and" ("parties to come to agreement", A/RES/78/153, para.
    # 27, is an action; "States parties to those conventions" a pointer, read as before)
    # the action's "to" right after the noun, or the end of an addressee list cut before it
    words = (r"(?:(?!(?:to|on|for|with|in|of|by|at|from|into|upon|the|a|an|its|their|those|these|such|all|other)\b)"
             r"[a-z][\w-]*,?\s+){0,8}?")
    return re.compile(rf"\b(?:{holders})\s+(?P<to>to)\s+{words}(?:{nouns})(?:\s+(?:and|or)\s+(?:{nouns}))?"
                      rf"(?:\s+in\s+force)?\b(?P<end>)(?=\s+to\s+[a-z]|\s*$)")


def holder_instruments(text: str) -> list[tuple[int, int]]:
    """The spans, from "to" to the instrument's noun, of ``_holder_instrument`` in ``text``: no separator cuts them
    (the "or" of "bilateral or multilateral ... agreements" coordinates the instrument's words) and their "to" opens
    no action (``clauses.infinitive``)."""
    return [(m.start("to"), m.end("end")) for m in _holder_instrument().finditer(text)] if " to " in text else []


@lru_cache(maxsize=1)
def _place() -> re.Pattern:
    """A place written "City, State" after "in" or "at": "the previous international conferences on financing for
    development held in Monterrey, Mexico, in Doha and in Addis Ababa" (A/RES/78/271, para. 3 (a)). Its comma cuts
    no list: the State is where the city is, not an addressee."""
    return re.compile(rf"\b(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+{state_names().pattern}")


@lru_cache(maxsize=1)
def _comma_names() -> frozenset[str]:
    """The keys of the actors of ``actors.txt`` that have a name written with a comma."""
    t = table()
    return frozenset(t.resolve(n).key for line in data.sections("actors.txt")["aliases"] for n in line.split("=")
                     if "," in n)


def _parenthesis(segment: str) -> bool:
    """A comma segment that opens with a preposition or a participle ("in close consultation with ...", "acting
    through ...") is a parenthesis, unless the participle qualifies an actor's head ("specialized agencies",
    "interested States")."""
    t = table()
    if _RELATIVE.match(segment):
        return True
    if not t.opens_parenthesis(segment):
        return False
    words = segment.split()
    first = words[0]
    if first.lower().endswith(("ing", "ed")) and first.lower() not in t.parentheses:
        # a participle opens a parenthesis when a preposition follows it ("acting through", "drawing on"), not
        # when it qualifies a noun ("specialized agencies", "landlocked developing countries", "United Nations")
        return first.islower() and len(words) > 1 and words[1].lower() in _PREPOSITIONS
    return True


# a relative clause opened by a preposition: "the relevant entities and organizations of the United Nations system, to
# which, in accordance with its resolution 68/50, the report was circulated, to assist ..." (A/RES/78/52, para. 4)
_RELATIVE = re.compile(r"(?:to|in|by|of|for|from|with|under|through|at|on|upon)\s+(?:which|whom|whose)\b", re.IGNORECASE)

_PREPOSITIONS = frozenset(
    "in into with within through at during from under as by on upon for to of about that the its their all".split()
)  # after a participle: "acting through", "recognizing that", "taking all" (a verb and its object, not a modifier)


def list_tokens(text: str, offset: int = 0) -> list[Token]:
    """The tokens of an addressee list: PHRASE, PAREN, COMMA, COORD, COMMA_COORD, MEMBER, LPAR, RPAR (positions in ``text``
    plus ``offset``). A new list each call; the tokens are shared between calls on one text (never change one)."""
    return list(_list_tokens(text, offset))


@lru_cache(maxsize=8192)
def _list_tokens(text: str, offset: int) -> tuple[Token, ...]:
    """``list_tokens``, kept per text: the same addressee lists recur ("the Secretary-General"). A parenthesis that
    lists the members of the group named before it ("the Quadripartite organizations (the Food and Agriculture
    Organization of the United Nations, the United Nations Environment Programme, the World Health Organization and
    the World Organisation for Animal Health)", A/RES/79/2, annex, para. 103) is read as a nested list: its "(" a
    LPAR token, its items the members, its ")" an RPAR that closes the nested list where the list goes on (the grammar's
    ``members`` and ``sep``: grammar/clauses.lark)."""
    m = _member_parenthesis(text)
    if m is None:
        return _plain_list_tokens(text, offset)
    inner = _plain_list_tokens(m.group("inner"), offset + m.start("inner"))
    after = text[m.end():]
    tail = _list_tokens(after, offset + m.end()) if after.strip(" ;:.") else ()
    close = (Token("RPAR", ")", start_pos=offset + m.end() - 1, end_pos=offset + m.end()),) if tail else ()
    return (*_plain_list_tokens(text[: m.start()], offset),
            Token("LPAR", "(", start_pos=offset + m.start(), end_pos=offset + m.start() + 1), *inner, *close, *tail)


# a top-level parenthesis after a plural noun, then the end of the list or a separator
_PARENTHESIS_AFTER_PLURAL = re.compile(r"(?<=[a-z]s)\s*\((?P<inner>[^()]+)\)(?=\s*(?:$|,|\s(?:and|or)\s))")


def _member_parenthesis(text: str) -> re.Match | None:
    """The first parenthesis of ``text`` that lists the members of the group before it: at depth 0 after a plural
    actor ("organizations"), two items or more (commas, "and"), each a name of the table or a State; not a
    reference ("(A/78/123)"), an acronym ("(UNEP)") nor a gloss."""
    if "(" not in text:
        return None
    for m in _PARENTHESIS_AFTER_PLURAL.finditer(text):
        if _depth_positions(text)[m.start("inner") - 1]:
            continue
        before = text[: m.start()].strip()
        if not table().is_actor_like(cut_qualifiers(before)):
            continue
        phrases = [t for t in _plain_list_tokens(m.group("inner"), 0) if t.type in ("PHRASE", "PAREN")]
        hits = lambda t: [h for h in scan(str(t)) if h.start <= 4 and h.end == len(str(t))]  # noqa: E731
        if len(phrases) >= 2 and all(t.type == "PHRASE" and (hits(t) or state_names().fullmatch(str(t)))
                                     for t in phrases):
            return m
    return None


def _plain_list_tokens(text: str, offset: int) -> tuple[Token, ...]:
    """``_list_tokens`` of a text without a parenthesis of members."""
    keep = _protected(text)
    out: list[Token] = []
    last = 0

    def chunk(a: int, b: int, after_comma: bool) -> None:
        words = text[a:b]
        # a dash that sets off a parenthesis is no word of the phrase before or after it: "The State in which the
        # violation took place – and, to the extent possible, the State where the alleged offender is present – to
        # report" (A/RES/79/124, para. 11 (b))
        stripped = words.strip(" ;:.–—")
        if not stripped:
            return
        a += len(words) - len(words.lstrip(" ;:.–—"))
        coord = _TRAILING_COORD.search(stripped)
        if coord:  # "all States and, if appropriate, relevant international organizations"
            stripped = stripped[: coord.start()].rstrip(" –—")
        hand = _ONE_HAND.search(stripped) if not coord else None
        if hand:  # "... the Alliance of Civilizations on the one hand and the Council of Europe and its North-South
            stripped = stripped[: hand.start()]  # Centre on the other" (A/RES/79/284, para. 36): a _HAND of its own
        kind = "PAREN" if _parenthesis(stripped) else "PHRASE"
        out.append(Token(kind, stripped, start_pos=offset + a, end_pos=offset + a + len(stripped)))
        if hand:  # the grammar places it after the phrase and leaves it out of the tree (grammar/clauses.lark)
            out.append(Token("_HAND", hand.group(0), start_pos=offset + a + hand.start(), end_pos=offset + a + hand.end()))
        if coord:
            out.append(Token("COORD", coord.group(0), start_pos=offset + a + coord.start(), end_pos=offset + b))

    for m in _SEPARATOR.finditer(text):
        if keep[m.start()] or (m.end() < len(keep) and keep[m.end() - 1]):
            continue
        after_comma = bool(out) and out[-1].type == "COMMA"
        if out and _last_item(out).type == "PAREN" and m.lastgroup in ("coord", "member"):
            continue  # "in close consultation with X and Y": the parenthesis goes on to the next comma
        pending = text[last : m.start()].strip()
        if _parenthesis(pending) and m.lastgroup in ("coord", "member") and not (m.lastgroup == "member" and _closed(pending)):
            continue  # "in close consultation with X, including Y": the parenthesis's own list; after one closed on
            # itself ("in accordance with their respective mandates, including the Economic and Social Council",
            # A/RES/78/204, para. 15) the members are the addressee's (grammar/clauses.lark: entry)
        if (m.lastgroup in ("coord", "member") and re.search(r"\s(?:that|which|who|whose|whom)\s", pending)
                and not _DONE_SO.search(pending)):
            continue  # "States that are parties to the Convention and the Protocol": the relative clause goes on
        if m.lastgroup == "coord" and _OPEN_END.search(pending):
            continue  # "the Protocol against the Illicit Manufacturing of and Trafficking in Firearms" (A/RES/80/229,
            # para. 70): a phrase that ends with its preposition shares that preposition's object, no actor ends there
        if m.lastgroup == "coord" and _qualifier_goes_on(pending, text[m.end() :]):
            continue
        if m.lastgroup == "coord" and _complement_goes_on(pending, text[m.end() :]):
            continue
        if m.lastgroup == "coord" and _infinitive_goes_on(pending, text[m.end() :]):
            continue
        if m.lastgroup == "coord" and _origin_goes_on(pending, text[m.end() :]):
            continue
        if m.lastgroup == "comma" and _relative_goes_on(pending, text[m.end() :]):
            continue
        if m.lastgroup == "comma" and _parenthesis(pending) and _things_go_on(text[m.end() :]):
            continue  # "in line with national development policies, plans and priorities" (A/RES/79/226, para. 37):
            # the parenthesis's own list goes on, no addressees "plans" and "priorities"
        if (m.lastgroup == "comma_coord" and re.search(r"\s(?:that|which|who)\s", pending)
                and not _DONE_SO.search(pending) and _title_next(text[m.end() :])):
            continue  # "States that have not yet ratified the Minimum Age Convention, 1973 (No. 138), and the Worst
            # Forms of Child Labour Convention, ...": the relative clause's objects go on (A/RES/78/188, para. 3)
        chunk(last, m.start(), after_comma)
        kind = m.lastgroup.upper()
        if kind != "MEMBER" and (not out or out[-1].type in ("COMMA", "COMMA_COORD", "COORD", "MEMBER")):
            if kind == "COMMA_COORD" and out and out[-1].type == "COMMA":
                out[-1] = Token("COMMA_COORD", m.group(0), start_pos=out[-1].start_pos, end_pos=offset + m.end())
            last = m.end()
            continue  # two separators in a row, or a separator first: nothing between them
        if kind == "MEMBER" and out and out[-1].type == "COMMA":
            out.pop()
        out.append(Token(kind, m.group(0), start_pos=offset + m.start(), end_pos=offset + m.end()))
        last = m.end()
    chunk(last, len(text), bool(out) and out[-1].type == "COMMA")
    while out and out[-1].type in ("COMMA", "COORD", "COMMA_COORD", "MEMBER"):
        out.pop()  # "..., including those," at the end: nothing follows
    return tuple(out)


def _last_item(out: list[Token]) -> Token:
    """The last token of ``out`` that is no correlative (``_HAND``): the phrase or parenthesis the correlative ends."""
    return out[-2] if out[-1].type == "_HAND" and len(out) > 1 else out[-1]


def _things_go_on(after: str) -> bool:
    """Is the text after a comma, up to the next comma, a list of bare nouns in the plural and in lower case that name
    no actor ("plans and priorities"): the rest of a list inside the parenthesis before the comma?"""
    nxt = re.split(rf"\s+(?:{_MEMBER_WORDS}|as\s+well\s+as)\s", re.match(r"[^,;:()]*", after).group(0))[0].strip()
    items = re.split(r"\s+(?:and|or)\s+", nxt) if nxt else []
    # or a few words, an adjective first: "in patterns of abduction of children, forced adoptions, forced transfers and
    # deportations as well as ..." (A/RES/80/190, para. 43: no actors "forced adoptions", "deportations")
    return bool(items) and all(re.fullmatch(r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s", item)
                               and item.split()[0] not in _DETERMINER_WORDS and not _parenthesis(item)
                               and not table().is_actor_like(cut_qualifiers(item)) for item in items)


# a preposition that ends a phrase before "and"/"or": its object is the next phrase's ("of and Trafficking in")
_OPEN_END = re.compile(r"\s(?:of|for|on|to|in|against|from|with|by|at)$")


# a relative clause closed by the pro-form "do so" ("that are in a position to do so", "that have not yet done so"):
# its verb has no object for an "and" to add to, so "and" after it names the next addressee: "Calls upon Member States
# that are in a position to do so and development and humanitarian partners, ..., to consider ..." (A/RES/79/140,
# para. 64: three addressees, tests/labels/mandates_fresh6)
_DONE_SO = re.compile(r"\b(?:do|does|did|done|doing)\s+so$")


# the correlative that pairs two groups of a list, no part of a name: "X and Y on the one hand and Z on the other"; a
# token (_HAND) that grammar/clauses.lark places after a phrase and filters out of the tree
_ONE_HAND = re.compile(r"\s+on\s+the\s+(?:one|other)(?:\s+hand)?$")
_NEXT_CHUNK = re.compile(r"[^,;:]*?(?=\s+(?:and|or)\s|[,;:]|$)")


def _qualifier_goes_on(pending: str, after: str) -> bool:
    """ "States fishing for straddling fish stocks and highly migratory fish stocks on the high seas": the
    coordination goes on inside a participle qualifier's complement when what follows "and" names no actor ("States
    participating in the Conference and international organizations" are two addressees); so does a qualifier of
    "those" ("Member States, in particular those producing and distributing radioactive sources", A/RES/79/55, para.
    7: no actor "distributing radioactive sources"). Adjectives that share the head after them are read through to
    it: "those participating in the ... Compact and international, regional and subregional organizations" (A/RES/
    78/210, para. 36) names organizations; so does a capacity opened by "as" (:func:`_capacity`)."""
    if not (opens_participle_complement(pending) or _group_member(pending) or _capacity(pending)):
        return False
    nxt = _NEXT_CHUNK.match(after)
    chunk = nxt.group(0) if nxt else after
    for _ in range(4):  # "international, regional and subregional organizations"; ", and" closes such a run ("as
        # a tool for development and peace, and other stakeholders", A/RES/79/8, para. 22: "peace" is no adjective)
        if (nxt is None or not _adjective(chunk) or _COMMA_COORD_NEXT.match(after, nxt.end())
                or table().is_actor_like(cut_qualifiers(chunk))):
            break
        after = _LIST_GOES_ON.sub("", after[nxt.end():], count=1)
        nxt = _NEXT_CHUNK.match(after)
        chunk = nxt.group(0) if nxt else after
    return not table().is_actor_like(cut_qualifiers(chunk))


# a complement in lower case that ends the phrase on a plural noun: "States parties to those conventions", "the
# secretariats of related organizations"
_PLURAL_COMPLEMENT = re.compile(r"\s(?:of|to)\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*s$")


# a complement that ends the phrase on "the" and a singular noun in lower case, an act: "for the promotion"
_ACT_COMPLEMENT = re.compile(r"\s(?:for|of|on)\s+the\s+[a-z]+(?<!s)$")


def _complement_goes_on(pending: str, after: str) -> bool:
    """ "urges States parties to those conventions and protocols to make efforts" (A/RES/78/229, para. 6), "the
    secretariats of related organizations and conventions that have not yet done so" (A/RES/78/69, para. 322): the
    coordination goes on inside the complement when what follows "and" is an instrument in the plural and in lower
    case (a noun of ``document_words.txt``: "protocols", "conventions"), which names no actor: it is what the parties
    are parties to, whose secretariats are addressed."""
    nxt = _NEXT_CHUNK.match(after)
    chunk = (nxt.group(0) if nxt else after).strip()
    if _ACT_COMPLEMENT.search(pending) and re.match(r"[a-z]+\s+(?:of|for)\s", chunk):
        # "national institutions for the promotion and protection of human rights established by Member States"
        # (A/RES/78/204, para. 10; 80/214 11): two acts the institutions are for, one actor
        return not table().is_actor_like(cut_qualifiers(chunk))
    if not _PLURAL_COMPLEMENT.search(pending):
        return False
    m = re.match(r"([a-z]+?)s\b", chunk)
    return (m is not None and m.group(1).capitalize() in _document_nouns()
            and not table().is_actor_like(cut_qualifiers(chunk)))


# the words that take an infinitive of their own ("the power to", "the competence to conserve"; ``complements.txt``
# [infinitive complements]), read here and by ``clauses.infinitive``
INFINITIVE_NOUNS = frozenset(data.sections("complements.txt")["infinitive complements"])
# a phrase that ends on the infinitive of a noun's complement: "with the competence to conserve"
_INFINITIVE_END = re.compile(r"\s[a-z]+\s+to\s+[a-z]+$")


def _infinitive_goes_on(pending: str, after: str) -> bool:
    """ "regional fisheries management organizations with the competence to conserve and manage highly migratory fish
    stocks that have not yet adopted ... to do so urgently" (A/RES/78/68, para. 184; 79/145 187, 80/109 192): the
    coordination goes on inside the infinitive of a noun's complement (``complements.txt`` [infinitive complements])
    the phrase ends on, when what follows "and" names no actor; "States able to contribute and international
    organizations" are two addressees."""
    m = _INFINITIVE_END.search(pending)
    if m is None or m.group(0).split()[0] not in INFINITIVE_NOUNS:
        return False
    nxt = _NEXT_CHUNK.match(after)
    chunk = (nxt.group(0) if nxt else after).strip()
    return bool(chunk) and not table().is_actor_like(cut_qualifiers(chunk))


# an actor's head, then "from" and the words in lower case of where its members come from: "multi-stakeholders from all
# regions", "experts from developing"
_ORIGIN_END = re.compile(r"(?P<head>.*\S)\s+from\s+(?:(?:all|both)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$", re.DOTALL)
# what "and" adds inside such a complement: words in lower case, no determiner that would open a new phrase
_BARE_CHUNK = re.compile(r"(?!(?:the|all|other|relevant|those|their|its)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}")


def _origin_goes_on(pending: str, after: str) -> bool:
    """ "invites multi-stakeholders from all regions and countries, ..., including from the private sector, ..., to
    develop" (A/RES/78/265, para. 3; 79/322 PP): a prepositional phrase of origin after an actor's head says where the
    addressees come from, it names none; the coordination goes on inside it when what follows "and" is words in lower
    case without a determiner ("countries", "underrepresented communities"), even a noun of actors; "experts from
    developing countries and the Secretariat" are two."""
    m = _ORIGIN_END.match(pending)
    if m is None:
        return False
    head = m.group("head")
    if cut_qualifiers(head) != head or not table().is_actor_like(head) or _not_actor(head):
        return False  # "countries receiving support from ...": a participle's complement, not the head's origin
    nxt = _NEXT_CHUNK.match(after)
    return nxt is not None and _BARE_CHUNK.fullmatch(nxt.group(0).strip()) is not None


_AS = re.compile(r"\sas\s+(?!well\s+as\b)")


def _capacity(pending: str) -> bool:
    """Does the phrase end in the capacity an actor is addressed in, a qualifier opened by "as" (``actors.txt``
    [qualifiers]) after an actor: "the United Nations Conference on Trade and Development as custodian agencies of
    Sustainable Development Goal indicator 16.4.1 on the total value of inward" (A/RES/78/140, para. 36: "and outward
    illicit financial flows" goes on inside it, no actor)?"""
    m = _AS.search(pending)
    return m is not None and table().is_actor_like(cut_qualifiers(pending[: m.start()]))


def _relative_goes_on(pending: str, after: str) -> bool:
    """ "all business enterprises, in particular those that collect, store, use, share and process data" (A/RES/79/175,
    para. 9): a comma inside a relative clause's list of verbs cuts no addressee list; the relative clause goes on
    when what follows the comma (to the next separator) is a word in lower case that is neither an actor, nor a
    parenthesis, nor a determiner ("States that have not yet done so, the Secretariat and ..." are two)."""
    nxt = _NEXT_CHUNK.match(after)
    chunk = (nxt.group(0) if nxt else after).strip()
    if re.match(r"(?:.*\s)?(?:that|which|who)\s", pending) and _OBJECT_LEFT_OPEN.search(pending) and _instrument(chunk):
        return True  # "States that have not yet signed or ratified, or that have signed but not yet ratified, the
        # Treaty, in particular ..." (A/RES/78/66, para. 6): the instrument is the object both verbs share (the second
        # relative clause a phrase of its own after ", or")
    if not re.search(r"\s(?:that|which|who)\s", pending) or _DONE_SO.search(pending):
        return False
    return (bool(re.fullmatch(r"[a-z]+", chunk)) and chunk not in _PREPOSITIONS and not _parenthesis(chunk)
            and not table().is_actor_like(chunk))


# a relative clause whose last verb, a participle of a perfect, waits for its object after the comma: "that have signed
# but not yet ratified", "that have not yet acceded to"
_OBJECT_LEFT_OPEN = re.compile(r"\b(?:have|has)\s+(?:[a-z]+\s+){0,6}?[a-z]+ed(?:\s+to)?$")


def _instrument(chunk: str) -> bool:
    """Is a list item an instrument, no actor: "the Treaty", "the Convention and its Protocols" (a determiner, then
    words whose last is a noun of ``document_words.txt``, maybe plural)?"""
    m = re.fullmatch(r"(?:the|this|that|its|their)\s+(?:[A-Za-z][\w’'-]*\s+)*?([A-Za-z]+?)s?", chunk)
    return (m is not None and m.group(1).capitalize() in _document_nouns()
            and not table().is_actor_like(cut_qualifiers(chunk)))


_COMMA_COORD_NEXT = re.compile(r"\s*,\s*(?:and|or)\s")
_LIST_GOES_ON = re.compile(r"^\s*,?\s*(?:(?:and|or)\s+)?")


@dataclass
class Reading:
    """An operative clause as the grammar reads it (offsets in the clause's body)."""

    subject: str | None  # "We", "the General Assembly", None
    adverbs: list[str]  # "also", "strongly"
    that: int | None  # where the content of a "that"-clause starts
    addressees: Tree | None  # the ``addressees`` tree
    action: int | None  # where the to-infinitive starts
    colon: bool  # the clause ends in ":" (a chapeau)
    to_items: bool = False  # the chapeau ends with its infinitive's "to" ("... the Secretary-General to:"): each item
    #                         is the action (``grammar/clauses.lark``'s ``to_items``)


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern:
    from .verbs import verbs

    v = verbs()
    return re.compile(
        rf"^(?P<coord>and\s+)?(?:(?P<conn>{v.pattern(v.connectives)}),?\s+)?"
        rf"(?:(?P<we>we)\s+|(?P<assembly>the\s+General\s+Assembly)\s+)?"
        rf"(?P<adverbs>(?:(?:{v.pattern(v.adverbs)}),?\s+)*)(?P<verb>.+?)(?P<after>(?:\s+(?:{v.pattern(v.adverbs)}))*)$",
        re.IGNORECASE | re.DOTALL,
    )


def _head_tokens(written: str, offset: int) -> list[Token]:
    """The clause's opening as written ("and also requests", "In this regard, we invite") as tokens. A new list each
    call; the tokens are shared between calls with the same opening (never change one)."""
    return list(_head_tokens_of(written, offset))


@lru_cache(maxsize=1024)
def _head_tokens_of(written: str, offset: int) -> tuple[Token, ...]:
    """``_head_tokens``, kept per opening: a few hundred openings ("Requests", "and also invites") recur."""
    m = _head_regex().match(written.strip())
    out = []
    for group, kind in (("coord", "COORD"), ("conn", "CONNECTIVE"), ("we", "WE"), ("assembly", "ASSEMBLY")):
        if m.group(group):
            out.append(Token(kind, m.group(group).strip(), start_pos=offset + m.start(group)))
    for adv in re.finditer(r"[A-Za-z]+(?:\s+again)?", m.group("adverbs")):
        out.append(Token("ADVERB", adv.group(0), start_pos=offset + m.start("adverbs") + adv.start()))
    out.append(Token("VERB", m.group("verb"), start_pos=offset + m.start("verb")))
    for adv in re.finditer(r"[A-Za-z]+", m.group("after")):
        out.append(Token("ADVERB", adv.group(0), start_pos=offset + m.start("after") + adv.start()))
    return tuple(out)


def read_clause(written: str, body: str, action_at: int | None,
                asked_from: tuple[int, int] | None = None) -> Reading | None:
    """Read one clause with ``grammar/clauses.lark``: ``written`` is its opening up to the verb ("and also
    requests"), ``body`` what follows, ``action_at`` where its to-infinitive starts (``clauses.infinitive``);
    ``asked_from`` the span of an actor's phrase after "from" when the body asks a thing of it
    (``clauses.asked_from``: "requests an informal briefing from the Secretary-General"; the action then opens the
    body). None where the grammar cannot read it. The reading depends on the opening and the addressee list only (the
    action and a "that"-clause's content are single tokens whose text it does not give): it is kept per those
    (``_reading``; the same lists recur, "the Secretary-General"), the same Reading each time, never change it."""
    colon = body.rstrip().endswith(":")
    that = that_clause(body)
    if that is not None:
        return _reading(written, None, None, colon, that)
    if asked_from is not None:
        start, end = asked_from
        return _reading(written, " " * start + body[start:end], 0, colon, asked_from=start)
    listed = body[:action_at] if action_at is not None else body.rstrip().rstrip(":")
    to = _TO_END.search(listed) if action_at is None and colon else None
    if to:  # "Encourages Member States to:": the chapeau's "to" (a TO token), no part of the last addressee's name
        listed = listed[: to.start()]
    # "encourages other States also to do so" (A/RES/80/198, para. 26): an adverb (or a connective) before the action
    # is no part of the last addressee's name (the operative adverbs, operative_verbs.txt [adverbs], [connectives])
    end = _trailing_adverb().search(listed)
    return _reading(written, listed[: end.start()] + " " * (len(listed) - end.start()) if end else listed, action_at,
                    colon, to_at=to.start() if to else None)


_TO_END = re.compile(r"\bto\s*$")  # the "to" that ends a chapeau before its colon (a TO token)


# a comma segment before the "that" of a that-clause: ", made in paragraph 40 of its resolution 68/268, that"
_SEGMENT_BEFORE_THAT = re.compile(r"\s*,?\s*(?P<segment>[^,;:]+?)\s*,\s*")
_THAT = re.compile(r"\s*that\b")


@lru_cache(maxsize=4096)
def that_clause(body: str) -> tuple[tuple[int, int], ...] | None:
    """Is a clause's body (the text after its verb) a "that"-clause: it opens with "that", or with parentheses set off
    by commas and then "that" ("Reiterates its request, made in paragraph 40 of its resolution 68/268, that the
    Secretary-General submit ...", A/RES/79/165, para. 12; a parenthesis opens with a preposition or a participle
    and a preposition, ``_parenthesis``)? The spans of the parentheses (offsets in ``body``), then the span of "that";
    None if the body is no "that"-clause. Kept per body (the extraction and ``read_clause`` ask it of the same one); a
    body without the word "that" is none (:func:`_that_clause` would find none)."""
    return None if "that" not in body else _that_clause(body)


def _that_clause(body: str) -> tuple[tuple[int, int], ...] | None:
    """``that_clause``, read through: "that" after at most three parentheses (``_THAT``, ``_SEGMENT_BEFORE_THAT``);
    not the demonstrative of an addressee ("calls upon that Organization, ...", :func:`demonstrative`)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for _ in range(4):  # at most three parentheses
        m = _THAT.match(body, pos)
        if m:
            if demonstrative(body[m.end() - 4 :]):
                return None
            return (*spans, (m.end() - 4, m.end()))
        m = _SEGMENT_BEFORE_THAT.match(body, pos)
        if m is None or not _parenthesis(m.group("segment")) or _depth_positions(body[: m.end()])[-1:] != [0]:
            return None
        spans.append(m.span("segment"))
        pos = m.end()
    return None


# "that Organization" / "this Commission" and what follows it in a list: a separator, the action, the end
_DEMONSTRATIVE = re.compile(r"(?:that|this)\s+(?P<noun>[A-Za-z]+)(?=\s*(?:[,;:(]|$)|\s+(?:and|or|to|as\s+well\s+as)\s)")


def demonstrative(phrase: str) -> str | None:
    """The head noun, in the singular, of a phrase that opens with the demonstrative "that" or "this" and a
    singular head of ``actors.txt`` [heads] alone, then a separator, "to" or the end ("calls upon that Organization,
    States bordering straits and user States to continue ...", A/RES/80/110, para. 143: the International Maritime
    Organization named before in the paragraph; tests/labels/mandates_fresh7, unit 73); None for any other phrase.
    A "that" of a that-clause is followed by its subject, which a body's singular noun without a determiner never is
    ("Requests that the Secretary-General ...", "Decides that Member States shall ...")."""
    m = _DEMONSTRATIVE.match(phrase.strip())
    if m is None:
        return None
    noun = m.group("noun")
    word = singular(noun)
    # a body's name, capitalised ("that Organization", "that State"), or a noun of a body in lower case ("that
    # body", [bodies referred back]); not "that industry and academia" (a subject with no determiner)
    named = noun[:1].isupper() or word in _referring_nouns()[0]
    return word if word == noun.lower() and word in table().heads and named else None


@lru_cache(maxsize=1)
def _trailing_adverb() -> re.Pattern:
    from .verbs import verbs

    v = verbs()
    adverb = v.pattern(v.adverbs)
    # or a connective ([connectives]) right before the action: "Requests the Secretary-General in this respect to
    # enhance ..." (A/RES/78/118, para. 47: "the Secretary-General", ``clauses._connective_before``); or any adverb in
    # "-ly" after the addressee, the infinitive's: "Urges all parties directly concerned seriously to consider taking
    # the practical and urgent steps" (A/RES/78/17, para. 1: "all parties directly concerned"); not a noun in "-ily",
    # "-bly", "-ply" ("family", "assembly", "supply": ``actors._NOT_ADVERB_ENDINGS``, as ``actors._before_adverbs``
    # reads them)
    not_noun = "".join(rf"(?<!{ending})" for ending in _NOT_ADVERB_ENDINGS)
    return re.compile(rf"(?<=\S)\s+(?:(?:{adverb})\s+)*(?:{adverb}|{v.pattern(v.connectives)}|[a-z]{{2,}}{not_noun}(?<=ly))\s*$")


@lru_cache(maxsize=1)
def _connective_first() -> re.Pattern:
    """A connective of ``operative_verbs.txt`` [connectives] right after the verb, before the addressee, without
    commas: "and encourages in this regard the United Nations Office on Drugs and Crime to engage ..." (A/RES/78/226,
    para. 15), "encourages in this regard the entities of the United Nations development system to share ..."
    (A/RES/79/226, para. 73). Set off by commas it is a parenthesis of the list (``_parenthesis``)."""
    from .verbs import verbs

    v = verbs()
    return re.compile(rf"^\s*(?P<conn>{v.pattern(v.connectives)})\s+(?=[^\s,])", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _reading(written: str, listed: str | None, action_at: int | None, colon: bool,
             that: tuple[tuple[int, int], ...] = (), to_at: int | None = None,
             asked_from: int | None = None) -> Reading | None:
    """``read_clause`` of a clause whose body has the addressee list ``listed`` (None: a "that"-clause, ``that`` the
    spans of its parentheses and of its "that", :func:`that_clause`), then an action at ``action_at`` or a colon,
    after the chapeau's "to" at ``to_at`` if any; or (``asked_from``, where the actor's phrase starts) the thing asked
    at ``action_at``, "from" and the phrase ``listed`` (blank before it). The ACTION, REST and COLON tokens stand for
    the text after the list (their text is not read: only their type and where the action starts)."""
    tokens = _head_tokens(written, -len(written) - 1)
    if asked_from is not None:
        tokens.append(Token("ACTION", "", start_pos=action_at))
        tokens.append(Token("FROM", "from", start_pos=asked_from - 5))
        tokens += list_tokens(listed[asked_from:], asked_from)
    elif listed is None:
        *parentheses, (start, end) = that or ((0, 4),)
        tokens += [Token("PAREN", "", start_pos=a, end_pos=b) for a, b in parentheses]
        tokens += [Token("THAT", "that", start_pos=start), Token("REST", "", start_pos=end)]
    else:
        conn = _connective_first().match(listed)
        if conn:  # "and encourages in this regard the United Nations Office on Drugs and Crime to ..."
            tokens.append(Token("CONNECTIVE", conn.group("conn"), start_pos=conn.start("conn")))
        tokens += list_tokens(listed[conn.end():], conn.end()) if conn else list_tokens(listed)
        if action_at is not None:
            tokens.append(Token("ACTION", "", start_pos=action_at))
        elif colon:
            if to_at is not None:
                tokens.append(Token("TO", "to", start_pos=to_at))
            tokens.append(Token("COLON", ":", start_pos=len(listed)))
    tree = _parse(tokens, "start")
    if tree is None:
        return None
    parts = _subtrees(tree, ("subject", "that_clause", "action", "addressees", "to_items"))  # each at most once
    subject = parts["subject"].children[0] if "subject" in parts else None
    action = parts["action"].children[0] if "action" in parts else None
    return Reading(
        subject=str(subject) if subject else None,
        adverbs=[str(t) for t in tree.children if isinstance(t, Token) and t.type == "ADVERB"],
        that=parts["that_clause"].children[-1].start_pos if "that_clause" in parts else None,
        addressees=parts.get("addressees"),
        action=action.start_pos if action is not None else None,
        colon=colon,
        to_items="to_items" in parts,
    )


def _subtrees(tree: Tree, names: tuple[str, ...]) -> dict[str, Tree]:
    """The first subtree (depth first) of each rule in ``names`` that the tree has: one walk, not one per rule."""
    found: dict[str, Tree] = {}
    todo = [tree]
    while todo:
        t = todo.pop()
        if t.data in names and t.data not in found:
            found[t.data] = t
        todo.extend(reversed([c for c in t.children if isinstance(c, Tree)]))
    return found


def _parse(tokens: list[Token], start: str) -> Tree | None:
    """Parse, dropping a token the grammar cannot place (a stray separator) and trying again. The parser reads
    only the tokens' types, so the tree's shape is Lark's answer for the type sequence (``_shape``, kept per
    sequence) filled with these tokens."""
    shape = _shape(tuple(t.type for t in tokens), start)
    return None if shape is None else _fill(shape, tokens)


@lru_cache(maxsize=8192)
def _shape(types: tuple[str, ...], start: str) -> tuple | None:
    """Lark's tree for a sequence of token types, its tokens as their index in the sequence: ``(data, children)``,
    a child an int or such a pair; None where the grammar cannot read it even with up to six tokens dropped (the
    token it stops at, each time)."""
    tokens = [Token(t, "", start_pos=i) for i, t in enumerate(types)]
    for _ in range(6):
        try:
            tree = _parser().parse(tokens, start=start)
        except UnexpectedInput as e:
            bad = getattr(e, "token", None)
            i = next((i for i, t in enumerate(tokens) if t is bad), None)
            if i is None:
                return None
            del tokens[i]
            continue
        return _index_tree(tree)
    return None


def shape_of(tokens: list[Token], start: str) -> tuple | None:
    """Lark's tree for ``tokens`` read whole from the start symbol ``start`` of ``grammar/clauses.lark`` (an item's
    opening, ``item``; the end of a chapeau of means, ``means_chapeau``), as ``(data, children)`` with each token as
    its index in ``tokens`` (``_shape``'s form); None where the grammar refuses them (no token is dropped). The
    parser reads only the tokens' types: kept per sequence of types."""
    return _whole_shape(tuple(t.type for t in tokens), start)


@lru_cache(maxsize=None)
def opens(start: str) -> frozenset[str]:
    """The token types that a text read whole from ``start`` (:func:`shape_of`) can open with: the terminals the
    LALR table has an action for in the start symbol's first state, as Lark's public interactive parser gives them
    (``Lark.parse_interactive(start=...).choices()``). A lexer may stop at a first token not among them. Raises
    Lark's ConfigurationError (a ValueError) for a start symbol the parser was not built with."""
    return frozenset(name for name in _parser().parse_interactive(start=start).choices() if name.isupper())


@lru_cache(maxsize=4096)
def _whole_shape(types: tuple[str, ...], start: str) -> tuple | None:
    try:
        tree = _parser().parse([Token(t, "", start_pos=i) for i, t in enumerate(types)], start=start)
    except UnexpectedInput:
        return None
    return _index_tree(tree)


def _index_tree(tree: Tree) -> tuple:
    return (tree.data, tuple(c.start_pos if isinstance(c, Token) else c if c is None else _index_tree(c)
                             for c in tree.children))


def _fill(shape: tuple, tokens: list[Token]) -> Tree:
    data, children = shape
    return Tree(data, [tokens[c] if isinstance(c, int) else c if c is None else _fill(c, tokens) for c in children])


@dataclass
class _Entry:
    text: str
    start: int
    end: int
    via: str | None
    sep_before: str | None  # the separator before this entry at its level: COMMA, COORD, COMMA_COORD, None


_AS_WELL_AS = re.compile(rf"as\s+well\s+as|{_ADDING_WORDS}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _partners() -> re.Pattern:
    """A parenthesis that names the addressee's partners (``actors.txt`` [partners]: "in close collaboration with")."""
    words = data.sections("actors.txt")["partners"]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{alternatives})\b", re.IGNORECASE)


# the kind of separator an entry follows, by the separator's token: the ")" that closes a parenthesis of members
# (RPAR) closes a nested list and takes the outer one up again, as ", and" (COMMA_COORD) does
_SEP_KIND = {"RPAR": "COMMA_COORD"}


def _entries(tree: Tree) -> list[_Entry]:
    """Pass 1: the addressees of an ``addressees`` tree, in order, with the group a member is named under."""
    out: list[_Entry] = []
    sep = None
    adds = partners = False
    after_parenthesis = names_someone = False
    sep_end = None
    # the group the entries are members of (a ", and" took its list up again), and the one a ", and" would take up
    taken_up = pending = None
    for i, child in enumerate(tree.children):
        if isinstance(child, Tree) and child.data == "sep":
            # the ")" that closes a parenthesis of members goes on with the list as ", and" does (grammar: sep)
            sep, sep_end = _SEP_KIND.get(child.children[0].type, child.children[0].type), child.children[0].end_pos
            adds = bool(_AS_WELL_AS.search(child.children[0]))
            # ", and" closes one list: after a member's own members, where neither list has had its "and", the list
            # that member is in goes on ("all relevant United Nations mechanisms and processes, in accordance with
            # their respective mandates, including the Economic and Social Council, including the Commission on the
            # Status of Women, and the Conference of States Parties ..., the Open-ended Working Group on Ageing and
            # the 2030 Agenda ...", A/RES/78/204 15: the Conference and the Working Group are members of the
            # mechanisms and processes, as the Council is); after a member with none, the addressees' list
            if child.children[0].type == "COMMA_COORD":
                taken_up = None if adds else pending  # ", as well as" adds to the addressees' own list
            pending = None
        elif isinstance(child, Tree) and child.data == "entry":
            actor = after_parenthesis and _actor_follows(tree.children, i)
            if after_parenthesis and (
                    (sep != "COMMA_COORD" or partners) and (names_someone or not actor)
                    # ", and" takes the list up again with an actor only: "Calls upon States, while bearing in mind the
                    # theme of ..., and the summary by the President ..., and with a view to ..." (A/RES/78/211 14)
                    or (sep == "COMMA_COORD" and not actor)):
                # "with the support of X, other members of Y and other entities": the parenthesis goes on; ", and"
                # takes the list up again, and so does ", as well as", but not after the partners of the addressee
                # ("the Secretary-General, in close collaboration with the secretariat of FAO, as well as other
                # relevant international organizations, to submit": A/RES/78/233, 79/225, 80/222; nor ", and": "encourages
                # Governments, in partnership with United Nations entities, ..., civil society, including academia, and
                # other stakeholders, as appropriate, to integrate", A/RES/79/148 5: the partners' list goes on,
                # tests/labels/mandates_fresh25 n 48)
                continue
            after_parenthesis = False
            phrase = child.children[0]
            out.append(_Entry(str(phrase), phrase.start_pos, phrase.end_pos, taken_up, sep))
            held = None
            for members in child.children[1:]:
                held = _members(members, str(phrase), out, taken_up, top=taken_up is None)
            # the list a ", and" next takes up: the one holding the last member's own list, else this entry's own
            # list if it names members (their list closes), else the addressees' (the member list closes)
            pending = held or (taken_up if len(child.children) > 1 else None)
        else:
            # a parenthesis: what follows belongs to it, unless ", and" takes the list up again or the parenthesis
            # stands inside the coordination ("States and, if appropriate, relevant organizations"), or it names
            # nobody, and an actor follows: "Governments and the organs ... of the United Nations system, within their
            # respective mandates, other international and regional organizations, ...": A/RES/78/182 19, the
            # organizations are addressed; "in removing legal, social and economic barriers" goes on)
            text = str(child.children[0])
            if len(child.children) > 1 and out and not after_parenthesis:
                # members after a parenthesis closed on itself (grammar: entry): the addressee's before it, "all
                # relevant United Nations mechanisms and processes, in accordance with their respective mandates,
                # including the Economic and Social Council, ..." (A/RES/78/204, para. 15)
                group = next(e for e in reversed(out) if e.via is None)
                for members in child.children[1:]:
                    pending = _members(members, group.text, out, top=True) or taken_up
                continue
            partners = bool(_partners().match(text))
            # a closed parenthesis right after an open one does not close it ("with the support of, as appropriate,
            # United Nations entities, ...": A/RES/78/182 35)
            names_someone = (after_parenthesis and names_someone) or partners or not _closed(text)
            # partners right after the coordinator ("the secretariat of UNCTAD, and in consultation with UNESCO, the
            # ILO and relevant entities of the United Nations system, to inform": A/RES/78/133 4) are joined to the
            # request, and the names after them are partners too, not addressees; "States and, if appropriate,
            # relevant organizations" (a parenthesis set off by its own commas) goes on with an addressee
            joined = partners and sep in ("COORD", "COMMA_COORD") and child.children[0].start_pos == sep_end
            after_parenthesis = bool(out) and (sep not in ("COORD", "COMMA_COORD") or joined)
            sep = sep if sep in ("COORD", "COMMA_COORD") else None
    return out


def _members(members: Tree, group: str | None, out: list[_Entry], outer: str | None = None,
             top: bool = False) -> str | None:
    """The members of a ``members`` tree, in order, each named under ``group`` (the entry's phrase as written). A
    member's own members (rule ``nested``) are named under that member, the nearest head before them, up to the "and"
    that ends their list ("A, B and C"); members listed after it with a comma are ``outer``'s, the group the member
    itself is named under: "civil society, including non-governmental organizations, individuals and other relevant
    stakeholders, including academia" (A/RES/79/293, para. 6): academia is one of the stakeholders
    (tests/labels/GUIDELINE.md, the twenty-fourth session's mfix4 note); "the United Nations system, including funds,
    programmes and specialized agencies, including the World Health Organization, the Food and Agriculture
    Organization of the United Nations, the United Nations Environment Programme and the World Organisation for Animal
    Health, the Global Leaders Group on Antimicrobial Resistance, the Inter-Parliamentary Union, ..." (A/RES/78/269,
    para. 8): the four organizations under the specialized agencies, the Group and the Union under the system (the
    relation of each stays "via"). A list that goes on from a means ("including through ...", ``actors.txt`` [means])
    names the channels of the action from there to its end, not members: none is an addressee (tests/labels/
    GUIDELINE.md, the twelfth sample: "bodies after 'including through' ... channels ..., no via"). ``top``: the
    addressees' own member list, after whose "and" a comma takes up the addressees' list again (members named there
    are addressed, ``group`` None: :func:`_coordinated_heads`). Returns the group the last member is named under
    when that member has members of its own (the list a ", and" after them takes up again, :func:`_entries`), else
    None."""
    msep = None
    ended = False  # an "and" has joined the last member of this list: a comma after it goes on with the outer list
    last = None  # the group the last member is named under, if that member has members of its own
    closed = False  # the last member closed a coordination with its complement ("A, B and C of X")
    children = members.children
    for k, m in enumerate(children[1:], 1):
        if isinstance(m, Tree) and m.data == "parenthesis" and _means().match(str(m.children[0])):
            return None  # "including through bilateral, regional and global cooperation programmes, technical
            # partnerships and fellowships" (A/RES/80/110, para. 24): the channels of a means, to the end of the list,
            # no members
        last = None
        if not (isinstance(m, Tree) and m.data == "member_sep"):
            closed = False
        if isinstance(m, Tree) and m.data == "member_sep":
            msep = m.children[0].type
            if msep == "COMMA" and ended and outer is not None:
                group, outer = outer, None
            elif msep == "COMMA" and closed and top:
                # the addressees' own list goes on after a list of members an "and" has closed: "relevant bodies of
                # the United Nations system, within their respective mandates, including the specialized agencies,
                # funds and programmes of the United Nations system, relevant international organizations, including
                # the World Trade Organization, and relevant stakeholders, ..." (A/RES/78/203 51; 79/170 52, 80/207
                # 50): the international organizations are addressed, not members of the United Nations bodies
                group, top = None, False
        elif isinstance(m, Token) and m.type == "PHRASE":
            if msep == "COMMA" and group:
                group, outer, top = _closes(group, outer, top, children, k)
            out.append(_Entry(str(m), m.start_pos, m.end_pos, group and _member_group(group, outer, str(m)), msep))
            closed = msep == "COMMA" and _coordinated_heads(str(m))
            ended = ended or _ends_list(msep, str(m))
        elif isinstance(m, Tree) and m.data == "nested":
            phrase, inner = m.children
            if msep == "COMMA" and group:
                group, outer, top = _closes(group, outer, top, children, k)
            ended = ended or _ends_list(msep, str(phrase))
            out.append(_Entry(str(phrase), phrase.start_pos, phrase.end_pos,
                              group and _member_group(group, outer, str(phrase)), msep))
            _members(inner, str(phrase), out, group)
            # neither list has had its "and" yet: a ", and" after them may close the inner one only
            last = None if ended or any(isinstance(x, Tree) and x.data == "member_sep" and x.children[0].type == "COORD"
                                        for x in inner.children) else group
            msep = None
    return last


def _other_of_kind(group: str, children: list, k: int) -> bool:
    """Is the member ``children[k]`` of a ``members`` tree "other" and the head of the group's own noun, so that it
    names more of the group's kind beside the group ("organizations of the United Nations system, including the United
    Nations Office on Drugs and Crime, other international and regional organizations", A/RES/79/266 2: organizations
    that are not the system's), not one more member of it ("other relevant stakeholders, including organizations and
    bodies of the United Nations, ..., other interested international bodies and non-governmental organizations",
    78/128 28; "all actors, including Governments, the United Nations system, other international organizations and
    civil society", 78/182 24: members)? The head of an "other" phrase that is adjectives alone is the next phrase's
    after "and" ("other international" and "regional organizations")."""
    def phrase(m) -> str:
        return str(m.children[0] if isinstance(m, Tree) else m)

    def head(text: str) -> str:
        words = _COMPLEMENT.split(cut_qualifiers(text), maxsplit=1)[0].split()
        return singular(words[-1].lower()) if words else ""

    text = phrase(children[k])
    if not _OTHER.match(text):
        return False
    own = head(text)
    sep = children[k + 1] if k + 2 < len(children) else None
    if own == text.split()[-1].lower() and isinstance(sep, Tree) and sep.children[0].type == "COORD":
        own = head(phrase(children[k + 2]))  # an adjective: its head is the next phrase's
    return own == head(group)


def _closes(group: str, outer: str | None, top: bool, children: list, k: int) -> tuple[str | None, str | None, bool]:
    """The group the member ``children[k]`` of a ``members`` tree (after a comma) and those after it go on under: the
    group's list ends before an "other" phrase of the group's own noun (:func:`_other_of_kind`); a member of a kind
    outside the United Nations system ends it after the groups and adjectives are named (:func:`_outside_groups`).
    Returns (group, outer, top) as :func:`_other_closes`."""
    if _other_of_kind(group, children, k):
        return _other_closes(group, outer, top)
    return group, outer, top


@lru_cache(maxsize=1)
def _un_kinds() -> tuple[frozenset[str], tuple[str, ...]]:
    """The heads of a group of United Nations entities and the keys of the kinds outside the system
    (``actors.txt`` [United Nations system heads], [outside the United Nations system])."""
    s, t = data.sections("actors.txt"), table()
    heads = frozenset(singular(h.lower()) for h in s["United Nations system heads"])
    return heads, tuple(t.resolve(k).key for k in s["outside the United Nations system"])


def _outside_un(group: str, member: str) -> bool:
    """Is ``group`` a group of United Nations entities ("United Nations bodies", "the entities of the United Nations
    system") and ``member`` of a kind outside the system ("intergovernmental organizations", "civil society")? Then
    it cannot be one of the group's members: "United Nations bodies, in particular the Office of the United Nations
    High Commissioner for Human Rights and the United Nations Development Programme, intergovernmental organizations
    and non-governmental organizations" (A/RES/79/178, para. 19; A/RES/79/8, para. 5: "sport-related organizations,
    ..., athletes, the media, civil society"). Shapes of the group: "United Nations X", "United Nations system X" or
    "X of the United Nations system", X a head of ``actors.txt`` [United Nations system heads]; a kind matches the end of the member's head,
    its key before a complement ("international non-governmental organizations", "regional and subregional
    organizations"; not "the Office of the High Representative for ... Small Island Developing States", a United
    Nations office)."""
    heads, outside = _un_kinds()
    t = table()
    g = t.resolve(cut_qualifiers(group)).key
    m = re.match(r"(?:united nation (?:system )?(\w+)|(\w+) of the united nation system)$", g)
    if m is None or (m.group(1) or m.group(2)) not in heads:
        return False
    mk = _COMPLEMENT_NOT_AND.split(t.resolve(cut_qualifiers(member)).key, maxsplit=1)[0]
    return any(mk == o or mk.endswith(" " + o) for o in outside)


def _outside_groups(entries: list[_Entry], source: str, offset: int) -> list[_Entry]:
    """Pass 2c': a member of a kind outside the United Nations system named under a group of United Nations entities
    (:func:`_outside_un`) cannot be one of its members: the group's list ends before it, and it and the members after
    it in that list are named under the group's own group (None: addressed), as many lists up as hold neither. "United
    Nations bodies, in particular the Office of the United Nations High Commissioner for Human Rights and the United
    Nations Development Programme, intergovernmental organizations and non-governmental organizations" (A/RES/79/178,
    para. 19); after "and" as after a comma, the group as named once its modifiers are shared ("relevant United Nations
    bodies and entities, in particular those participating in the United Nations Global Counter-Terrorism Coordination
    Compact and international, regional and subregional organizations", A/RES/78/210 and 80/213, para. 36: the
    organizations are addressed, "those participating" are the United Nations entities'). Adjectives written before
    one head ("international, regional and subregional organizations", :func:`_adjectives`) are one coordination:
    the list ends before its first. Pass 2, not pass 1: only here are the group ("entities": United Nations entities)
    and the member ("international": international organizations) named."""
    out = list(entries)
    for i, e in enumerate(out):
        if e.via is None or not _outside_un(e.via, e.text):
            continue
        group, first = e.via, i
        head = e.text.split()[-1]
        while (first > 0 and out[first - 1].via == group and out[first].sep_before in ("COMMA", "COORD")
               and out[first - 1].text.endswith(" " + head)
               and " " not in (written := source[out[first - 1].start - offset : out[first - 1].end - offset].strip())
               and written != out[first - 1].text):
            first -= 1  # an adjective sharing the member's head: "international, regional and subregional ..."
        via: str | None = group
        while via is not None and _outside_un(via, e.text):
            holder = next((x for x in reversed(out[:first]) if x.text == via), None)
            if holder is None:
                break
            via = holder.via
        if via == group:
            continue
        for j in range(first, len(out)):
            if out[j].via is None:
                break
            if out[j].via == group:
                out[j] = _Entry(out[j].text, out[j].start, out[j].end, via, out[j].sep_before)
    return out


def _other_closes(group: str | None, outer: str | None, top: bool) -> tuple[str | None, str | None, bool]:
    """The group a member list goes on under after a comma and a phrase that opens with "other": "other Ys" sets
    itself beside the group the list hangs from, not beside its members, and closes that group's list: "all Member
    States, organizations of the United Nations system, including the United Nations Office on Drugs and Crime, other
    international and regional organizations, judicial institutions, academia ..." (A/RES/79/266, para. 2; 78/281,
    para. 6 after "in particular the Division for Inclusive Social Development ..."): the organizations, the
    institutions and academia are addressed directly, only the Office is a member of the system's organizations. A
    nested list goes on under ``outer``, the group its head is named under; the addressees' own list (``top``) takes up
    the addressees again (group None). Returns (group, outer, top) for the members after it. Not after "and" ("the
    United Nations system, including funds, programmes and other entities": the entities are the system's)."""
    if outer is not None:
        return outer, None, top
    if top:
        return None, None, False
    return group, outer, top


def _ends_list(sep: str | None, phrase: str) -> bool:
    """Does a member joined by ``sep`` ("COORD": "and", "or") end its list? Not one named by a possessive, a whole's own
    parts joined to it: "the Economic and Social Council and its subsidiary bodies, including the Commission on the
    Status of Women, and the Conference of States Parties ..." (A/RES/80/214 17: the Council's bodies; the list of the
    mechanisms, processes and bodies goes on)."""
    return sep == "COORD" and re.match(r"(?:its|their)\s", phrase) is None


def _coordinated_heads(phrase: str) -> bool:
    """Does a member phrase join two heads in lower case with "and" before the complement they share ("funds and
    programmes of the United Nations system" after "the specialized agencies, ": the "and" and the complement that
    close the coordination "A, B and C of X"), not a name ("the Economic and Social Council", "the Food and
    Agriculture Organization of the United Nations")?"""
    head, of, _ = phrase.partition(" of ")
    return bool(of) and re.search(r"\s(?:and|or)\s+(?!the\b)[a-z]", head) is not None


def _member_group(group: str, outer: str | None, member: str) -> str:
    """The group a member of a nested list is named under: ``group``, the member whose list it is, unless that is a
    group of the table (``actors.txt`` [groups], the UN System Chart: "specialized agencies") that does not hold the
    member: then ``outer``, the group the nested list's member is named under. "the United Nations
    system, including funds, programmes and specialized agencies, including the World Health Organization, regional
    commissions and relevant envoys of the Secretary-General" (A/RES/79/333, para. 8): the Organization under the
    specialized agencies, the regional commissions under the system."""
    if outer is None:
        return group
    t = table()
    members = t.groups.get(t.resolve(cut_qualifiers(group)).key)
    named = t.resolve(cut_qualifiers(member))
    return outer if members is not None and named.key not in members else group


@lru_cache(maxsize=1)
def _means() -> re.Pattern:
    """A parenthesis that names the means of the action (``actors.txt`` [means]: "through", "via", "by means of"),
    then a space."""
    return re.compile(rf"(?:{data.alternation(data.sections('actors.txt')['means'])})\s", re.IGNORECASE)


def _actor_follows(children: list, i: int) -> bool:
    """Is the entry ``children[i]`` of an ``addressees`` tree an actor (an actor's head, or a proper name: "the
    United Nations country teams"; not "the summary by the President ..."), or an adjective that shares the head of
    the actor coordinated after it ("other international and regional organizations")?"""
    for j in range(i, len(children), 2):
        entry = children[j]
        if not (isinstance(entry, Tree) and entry.data == "entry") or re.match(r"(?:of|for|to|in|on|with|by)\s",
                                                                               str(entry.children[0])):
            return False  # "Authorizes the use, as appropriate, of the trust fund ...": a complement, no actor
        phrase = str(entry.children[0])
        if table().is_actor_like(_participle_cut(cut_qualifiers(phrase))) or _proper(_COMPLEMENT.split(phrase, 1)[0]):
            return True  # an actor's head, or a proper name before its complement ("the United Nations country teams")
        nxt = children[j + 1] if j + 1 < len(children) else None
        if not (_adjective(str(entry.children[0])) and isinstance(nxt, Tree) and nxt.children[0].type == "COORD"):
            return False
    return False


def _closed_parentheses() -> frozenset[str]:
    return data.entry_set("actors.txt", "closed parentheses")


def _closed(parenthesis: str) -> bool:
    """Is a parenthesis closed on itself, so that the list of addressees goes on after it ("as appropriate",
    "where applicable", ``actors.txt`` [closed parentheses]; "within their respective mandates", "within existing
    resources": "within" and no actor named)? Not "in close consultation with X", "in accordance with their domestic
    law" (a list of things may go on: "..., legal systems and international obligations")."""
    low = " ".join(parenthesis.lower().split())
    return low in _closed_parentheses() or (low.startswith("within ") and not scan(parenthesis)
                                            and not _partners().search(low)  # "within its mandate and in
                                            # collaboration with, when appropriate, relevant entities ..."
                                            and not table().is_actor_like(cut_qualifiers(low[7:])))


def _distributed_names(entries: list[_Entry], source: str, offset: int) -> list[_Entry]:
    """Pass 2a': a member of a list that completes the plural head of the name before it ("the United Nations Offices
    at Geneva and Vienna", A/RES/78/27, para. 11: the United Nations Office at Vienna; ``actors.Scanner._distributed``)
    is named by that name, the one the table gives it ("Vienna" -> "United Nations Office at Vienna"), not a place
    that continues the name before (``_proper_names``). The others are left as they are."""
    if len(entries) < 2:
        return entries
    hits = scan(source)
    out = list(entries)
    for i, e in enumerate(entries[1:], 1):
        if e.sep_before not in ("COMMA", "COORD", "COMMA_COORD") or e.via != entries[i - 1].via:
            continue
        start, end = e.start - offset, e.end - offset
        # the hit ends the entry, after nothing but the complement's preposition repeated ("and at Vienna")
        hit = next((h for h in hits if h.end == end and start <= h.start
                    and (not source[start : h.start].strip() or source[start : h.start].strip() in _DISTRIBUTING)), None)
        # a name by its own words is no member distributed ("specialized agencies of the United Nations system")
        if hit is not None and table().resolve(e.text).key != hit.key:
            out[i] = _Entry(hit.name, e.start, e.end, e.via, e.sep_before)
    return out


_OFFICES_OF = re.compile(r"(?P<lead>(?:the\s+)?)(?P<office>[A-Za-z-]+s)\s+of\s+(?:the\s+)?[A-Z]")
_BODY_NAME = re.compile(r"(?:the\s+)?[A-Z]")


def _distributed_offices(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2a'': an office or office-holder named in the plural of one body and coordinated with other bodies is each
    body's: "the Chairs of the Fifth Committee and the Advisory Committee on Administrative and Budgetary Questions"
    (A/RES/80/234, para. 58; 78/245, para. 63) are the Chair of the Fifth Committee and the Chair of the Advisory
    Committee, "the secretariats of the United Nations and the League of Arab States" (A/RES/79/12, para. 1) the
    Secretariat and the secretariat of the League; the plural says there are several, one per body. The office is a
    title of ``office_titles.txt`` or an office of ``actors.txt`` [offices] (``table().offices``); the bodies after it
    are names in capitals, no office of their own and no State (the Chairs "of the Group of Friends ..., Morocco and the
    Philippines" are those States, A/RES/78/167), listed by commas to the last after "and". A singular office ("the
    Chair of the Committee and the Bureau") is left as it is, and so is a list that is not ended by "and".

    Holders named in the plural of a class of bodies in lower case, persons or the units they form (``actors.txt``
    [classes after a name]: "heads", "members"), are also those of the other bodies of that class coordinated after
    it: "Recommends that the executive heads of the specialized agencies and other organizations of the United Nations
    system formulate ..." (A/RES/79/96, para. 11; 78/83 11, 80/87 11) are the executive heads of the specialized
    agencies and the executive heads of other organizations of the United Nations system ("other" names the class
    of the first, both heads of ``actors.txt`` [component heads]; tests/labels/GUIDELINE.md, the thirtieth session's
    decisions; the heads of each, as "the heads of such entities", A/RES/79/332 3). Not after an office of one body
    ("members of the Standing Advisory Committee and other interested States": the States are no committee), nor
    after "governing bodies" (no class of persons; mandates_fresh3 n 65: "the governing bodies of the United Nations
    funds and programmes and other multilateral organizations" two actors)."""
    t = table()
    out = list(entries)
    for i, e in enumerate(entries):
        m = _OFFICES_OF.match(e.text)
        if m is None or key(m.group("office")) not in t.offices or singular(m.group("office")) == m.group("office").lower():
            continue
        j = i + 1
        while (j < len(entries) and entries[j].via == e.via and entries[j].sep_before in ("COMMA", "COORD", "COMMA_COORD")
               and _BODY_NAME.match(entries[j].text) and not _OFFICES_OF.match(entries[j].text)
               and name_of_office(entries[j].text) is None and key(entries[j].text) not in states()):
            j += 1
        if j == i + 1 or entries[j - 1].sep_before not in ("COORD", "COMMA_COORD"):
            continue
        office = m.group("office")[:-1]
        for k in range(i + 1, j):
            x = entries[k]
            out[k] = _Entry(f"{m.group('lead')}{office} of {x.text}", x.start, x.end, x.via, x.sep_before)
    for i, e in enumerate(entries[:-1]):
        x = entries[i + 1]
        m, other = _HOLDERS_OF_CLASS.fullmatch(e.text.strip()), _OTHER_OF_CLASS.fullmatch(x.text.strip())
        if (m is not None and other is not None and x.sep_before == "COORD" and x.via == e.via
                and singular(m.group("holders").split()[-1]) in data.entry_set("actors.txt", "classes after a name",
                                                                                singular)
                and {singular(m.group("head")), singular(other.group("head"))} <= _component_heads()):
            out[i + 1] = _Entry(f"{m.group('lead')}{m.group('holders')} of {x.text.strip()}", x.start, x.end, x.via,
                                x.sep_before)
    return out


# the holders named in the plural of a class of bodies, lower case ("the executive heads of the specialized
# agencies"), and the other bodies of that class coordinated after them ("other organizations of the United Nations
# system"), for :func:`_distributed_offices`
_HOLDERS_OF_CLASS = re.compile(r"(?P<lead>(?:the\s+)?)(?P<holders>(?:[a-z-]+\s+)?[a-z-]+s)\s+of\s+(?:the\s+)?"
                               r"(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+s)")
_OTHER_OF_CLASS = re.compile(r"other\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+s)(?:\s+of\s+\S.*)?", re.DOTALL)


def name_of_office(text: str) -> str | None:
    """The office a phrase names first, as written ("the Special Envoy of the Secretary-General" -> "Special Envoy"),
    or None when its head, before any complement, is no office of ``table().offices``."""
    head = _COMPLEMENT.split(re.sub(r"^the\s+", "", text), maxsplit=1)[0]
    return head if key(head) in table().offices else None


def _proper_names(entries: list[_Entry], source: str, offset: int) -> list[_Entry]:
    """Pass 2a: "the Global Forum on Migration and Development", "the United Nations Relief and Works Agency": a
    capitalised word after "and", after a capitalised word, continues a proper name the table does not hold when
    one of the two is no actor by itself; and a document's title goes on after a document's noun ("the
    Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of
    Action", A/RES/79/161, para. 44: "Programme of Action" is the Durban text's, no actor; ``document_words.txt``)."""
    out: list[_Entry] = []
    for e in entries:
        prev = out[-1] if out else None
        last = re.search(r"\b[A-Z][a-z]+$", prev.text) if prev is not None else None
        if prev is not None and e.via == prev.via and (
                (e.sep_before == "COORD" and re.match(r"[A-Z][a-z]", e.text) and last and not _table_name(prev.text)
                 and (((not table().is_actor_like(cut_qualifiers(e.text)) or not table().is_actor_like(prev.text))
                       and singular(e.text.split()[0]) not in table().heads)
                      or (_document_words().fullmatch(last.group(0)) and _document_words().fullmatch(e.text.split()[0])
                          and re.search(r"\s(?:of|on)\s", prev.text))))
                or _names_share_head(prev, e)
                or (e.sep_before in ("COMMA", "COORD") and _title_goes_on(prev.text, e.text))
                or (e.sep_before in ("COMMA", "COORD", "COMMA_COORD") and _treaty_goes_on(prev.text, e.text))):
            out[-1] = _Entry(source[prev.start - offset : e.end - offset], prev.start, e.end, prev.via, prev.sep_before)
            continue
        out.append(e)
    return out


def _names_share_head(prev: _Entry, e: _Entry) -> bool:
    """Pass 2a: is ``e``, after "and", a proper name and the head it modifies, and ``prev`` a proper name the table
    does not hold, that is, two names coordinated before one head, one actor (:func:`names_sharing_head`)?"""
    return e.sep_before == "COORD" and e.via == prev.via and _share_head(prev.text, e.text)


def _share_head(first: str, second: str) -> bool:
    """Do two phrases coordinated by "and" name one actor, two proper names before one head? "encourages the Group of
    20 and Paris Club creditors to discuss options ..." (A/RES/78/136, para. 8; 79/196, para. 10): the creditors of
    both groups, as capitalised modifiers before one head make a name ("Latin American and Caribbean States"; tests/
    labels/mandates_fresh21 n 52, GUIDELINE.md, the twenty-sixth session's f21 decisions). Not where either name is an
    actor by itself, the heads then being two: a name of the table, a State or a person first ("Member States and
    United Nations entities", A/RES/78/167 6; "the Secretary-General and relevant United Nations entities", 79/68
    27), a name after "and" that is an actor alone ("the Office of Counter-Terrorism and relevant Global
    Counter-Terrorism Coordination Compact entities", 78/263 22, whose first is a name of the table too; "the United
    Nations and United Nations entities"), nor before a determiner ("and the regional commissions") or a lower-case
    modifier ("the African Union and African subregional organizations"). The words of the two names and the head are
    the rules ``name_before_head`` and ``name_then_head`` of grammar/attachment.lark (``shared_name``, ``shared_head``)."""
    m = rule("name_then_head").fullmatch(second.strip())
    first = _ARTICLE.sub("", first.strip())
    if (m is None or not _plural_head(_Entry(m.group("shared_head"), 0, 0, None, None))
            or not rule("name_before_head").fullmatch(first)):
        return False
    t = table()
    name = m.group("shared_name")
    return not (t.is_actor_like(name) or key(name) in states() or _table_name(first)
                or t.resolve(first).known or key(first) in states() or _person(first))


def names_sharing_head(written: str) -> tuple[str, str] | None:
    """The two names of an actor named by two proper names coordinated before one head ("the Group of 20 and Paris
    Club creditors" -> ("Group of 20", "Paris Club creditors"), :func:`_share_head`), each still a name the
    resolution's mentions are found by (``extract.mention_scanner``: "commissioned by the Group of 20", A/RES/78/136,
    para. 22); None for any other actor."""
    first, sep, second = _ARTICLE.sub("", written.strip()).partition(" and ")
    return (first, second) if sep and _share_head(first, second) else None


def _treaty_goes_on(prev: str, phrase: str) -> bool:
    """Pass 2a: the next treaty of a list of what the parties are parties to continues their phrase: "States parties to
    the Convention on the Elimination of All Forms of Discrimination against Women, the Convention on the Rights of the
    Child, the International Covenant on Civil and Political Rights, ... and the International Convention on the
    Protection of the Rights of All Migrant Workers and Members of Their Families" (A/RES/79/154, para. 50; tests/
    labels/mandates_fresh18 n 59: one actor, the treaties written whole). The phrase before names parties ([parties])
    to a title (rule ``parties_to`` of grammar/attachment.lark, the last "to" of the phrase); the phrase is a treaty
    (rule ``treaty``), no name of the table.

    The entries, their order and separators are grammar/clauses.lark's (``addressees``); these two rules read the
    words of two entries. They stay word shapes beside the LALR grammar, not its rules: whether the word before "to"
    names parties ([parties]) and whether the phrase holds a name of the table (``scan``) are facts of the alias
    table, which no terminal sees; carried by the list lexer, a separator kept inside a phrase, they would be one more
    of the lexer's predicates the module docstring names (the chunk-labelling step, not taken)."""
    to = None
    for to in rule("parties_to").finditer(prev):
        pass
    return (to is not None and singular(to.group("party").lower()) in table().party_heads
            and rule("treaty").match(phrase) is not None and not scan(phrase))


def _table_name(phrase: str) -> bool:
    """Is ``phrase`` (less its article) one name of the table, whole? Then it is closed, and a capitalised phrase after
    "and" is another actor: "calls upon the United Nations system, particularly UN-Women and United Nations country
    teams, to support ..." (A/RES/79/223, para. 52: UN-Women and the country teams, not one actor "UN-Women and United
    Nations country teams")."""
    start = len(_ARTICLE.match(phrase).group(0)) if _ARTICLE.match(phrase) else 0
    return any(h.start == start and h.end == len(phrase) for h in scan(phrase))


def _title_goes_on(prev: str, phrase: str) -> bool:
    """Pass 2a: the next item of a list inside a title continues it: after "States Parties to the Convention against
    Torture and Other Cruel", ", Inhuman or Degrading Treatment or Punishment" (A/RES/80/198, para. 26); after "...
    the Convention on the Protection of the Rights of All Migrant Workers", "and Members of Their Families"
    (A/RES/79/154, para. 50). The phrase before ends in a title opened by a preposition (rule ``open_title`` of
    grammar/attachment.lark); the phrase is written as a title (rule ``title_words``: its words capitalised but the
    small words a title leaves in lower case) and is no actor by itself (no name of the table or State, no actor's
    head), unless it capitalises a possessive or quantifier as only a title does ("Members of Their Families", rule
    ``title_possessive``). A name of the table at the end of the phrase before closes it (A/RES/79/2, annex, para. 37:
    "the Global Fund to Fight AIDS, Tuberculosis and Malaria, Gavi, ...")."""
    if not rule("title_words").fullmatch(phrase) or not rule("open_title").search(prev):
        return False
    if any(h.end == len(prev) for h in scan(prev)):
        return False  # a name of the table ends it: "the Global Fund to Fight AIDS, Tuberculosis and Malaria, Gavi"
    if rule("title_possessive").search(f" {phrase}"):
        return True  # "..., Their Parts and Components and Ammunition" (A/RES/80/229, 70)
    return not scan(phrase) and not state_names().search(phrase) and not table().is_actor_like(cut_qualifiers(phrase))


def _adjectives(entries: list[_Entry], source: str, offset: int) -> list[_Entry]:
    """Pass 2: phrases without an actor's head coordinated before one that has it. A bare adjective shares the
    head ("intergovernmental and non-governmental organizations" -> intergovernmental organizations,
    non-governmental organizations); a capitalised word or a longer phrase is part of the next name ("the
    International, Impartial and Independent Mechanism")."""
    t = table()
    out: list[_Entry] = []
    pending: list[_Entry] = []
    groups: dict[str, str] = {}  # a group's head as written -> the whole coordinated group

    def weak(e: _Entry) -> bool:  # no actor's head of its own
        return (not t.is_actor_like(cut_qualifiers(e.text)) and not _proper(e.text) and not is_pronoun(e.text)
                and not _not_actor(e.text) and not (out and _noun_phrase(e.text) and len(e.text.split()) > 1)
                and e.text.split()[-1] not in _PERSONS)

    shared: list[_Entry] = []  # plural nouns in ``pending`` that modify the head after them ("human rights")
    carried: tuple[list[str], str | None] | None = None  # the adjectives shared by the head before, and its via
    run: tuple[str, int] | None = None  # a name carried to bare heads after the head before: the name, the last's index
    for i, e in enumerate(entries):
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        e = _capital_modifier(e, nxt)
        if carried is not None and not pending and e.sep_before == "COORD" and e.via == carried[1] \
                and re.fullmatch(r"[a-z]+", e.text) and singular(e.text) != e.text and e.text in _carried_heads():
            # "regional, subregional and interregional organizations and processes" (A/RES/80/143, para. 8): the
            # adjectives written once before the heads coordinated are each head's, as a complement after them is
            # ("the specialized agencies and other organizations and institutions of the United Nations system"):
            # regional processes, subregional processes, interregional processes (tests/labels/mandates_fresh17 n 26;
            # a head with modifiers of its own keeps them alone, "international governmental organizations,
            # international non-governmental organizations and foundations", mandates_fresh12 n 90)
            out.extend(_Entry(f"{m} {e.text}", e.start, e.end, e.via, e.sep_before) for m in carried[0])
            continue
        carried = None
        if not pending and out and run is None:
            run = _carried_run(out[-1], entries, i)
        if run is not None:
            # "all relevant United Nations mechanisms and processes" (A/RES/78/204, para. 15), "all relevant United
            # Nations mechanisms, processes, and bodies" (80/214, para. 17): the name written once before the heads
            # coordinated is each head's, as adjectives are (above); members named after the last head are named
            # under it with the name (80/214 17: the Economic and Social Council via "United Nations bodies", not
            # "bodies"), as the eighteenth sample's decision names them under the last head ("bodies of the United
            # Nations system") and as "those" after it is bound ("relevant United Nations bodies and entities, in
            # particular those participating in ...", 78/210 36: the United Nations entities)
            name, last = run
            groups[e.text] = f"{name} {e.text}"  # its members' group too
            e = _Entry(groups[e.text], e.start, e.end, e.via, e.sep_before)
            run = None if i == last else run
        joined = bool(pending) and e.via == pending[0].via and e.sep_before in ("COMMA", "COORD")
        if pending and not joined:
            out.extend(x for x in pending if _kept_alone(x, out))
            pending = []
        if joined and _modifier_in_run(e, nxt):
            pending.append(e)  # "humanitarian assistance, human rights and development organizations"
            shared.append(e)
            continue
        if not pending and _noun_modifier(e, nxt):
            pending.append(e)  # "the business and financial sectors": the business sector, the financial sector
            continue
        if (not pending and out and e.sep_before == "COORD" and e.via == out[-1].via and _open_adjectives(out[-1].text)
                and e.text.islower() and not _NEW_PHRASE.match(e.text) and _plural_head(e)
                and not _COMPLEMENT.search(f" {e.text} ")):
            # "the boards of all international economic and financial institutions" (A/RES/79/323, annex, para. 53
            # (f)): adjectives coordinated before one head inside the complement, one actor
            last = out[-1]
            out[-1] = _Entry(source[last.start - offset : e.end - offset], last.start, e.end, last.via, last.sep_before)
            continue
        no_head = weak(e)  # read once for both tests (``out`` is the same for both)
        if no_head and (not pending or (_adjective(e.text) and all(_adjective(x.text) for x in pending))):
            pending.append(e)
            continue
        if no_head and pending and all(map(_list_noun, (*pending, e))):
            pending.append(e)  # "federations and associations, athletes": nouns of the list, each an addressee
            continue
        if no_head:  # "the International, Impartial": one name goes on
            pending = [_Entry(source[pending[0].start - offset : e.end - offset], pending[0].start, e.end, e.via,
                              pending[0].sep_before)]
            continue
        if pending and out and _OPEN_COMPLEMENT.search(out[-1].text) and e.via == out[-1].via:
            # "other actors at the local, national, regional and international levels": the adjectives and their
            # head complete the phrase before them
            last = out[-1]
            out[-1] = _Entry(source[last.start - offset : e.end - offset], last.start, e.end, last.via, last.sep_before)
            pending = []
            continue
        if pending and out and _not_actor(e.text):
            pending = []  # "creditors, both private and public, that are ...": the adjectives qualify the actor before
        if pending:
            if (all(_adjective(x.text) or _noun_modifier(x, e) or x in shared for x in pending) and len(e.text.split()) > 1
                    and (e.text.split()[-1].islower() or _class_in_capitals(e.text))):
                head = _shared_head(cut_qualifiers(e.text))
                split = _paired_modifiers(pending[-1], e, head) if all(_adjective(x.text) for x in pending) else None
                if split is not None and (not weak(e) or not out):
                    # "bilateral, regional and multilateral development and trading partners" (A/RES/78/125, para.
                    # 5): the adjectives before the pair of modifiers are each modifier's (``_paired_modifiers``)
                    lead, pair = split
                    for x in (*pending[:-1], _Entry(lead, pending[-1].start, pending[-1].end, pending[-1].via,
                                                    pending[-1].sep_before)):
                        out.extend(_Entry(f"{x.text} {m} {head}", x.start, x.end, x.via, x.sep_before) for m in pair)
                    groups[e.text] = source[pending[0].start - offset : e.end - offset]
                    pending = []
                    continue
                if not weak(e) or not out:
                    out.extend(_Entry(f"{x.text} {head}", x.start, x.end, x.via, x.sep_before) for x in pending)
                    own = cut_qualifiers(e.text)
                    if own.endswith(f" {head}") and all(map(_adjective, (x.text for x in pending))):
                        # the head's own modifiers go on with the adjectives: "subregional and regional fisheries
                        # management organizations and arrangements" (A/RES/78/68, para. 84): subregional fisheries
                        # management arrangements (as mandates_fresh16 n 93 names them)
                        shared_words = head.rsplit(" ", 1)[0] + " " if " " in head else ""
                        carried = ([f"{x.text} {shared_words}".rstrip() for x in pending]
                                   + [f"{own[: -len(head)].strip()} {shared_words}".rstrip()], e.via)
                    # its members are the whole list's: "other relevant intergovernmental, global, regional and
                    # subregional organizations, in particular UNCTAD" (A/RES/80/124, para. 45)
                    groups[e.text] = source[pending[0].start - offset : e.end - offset]
            elif (all(map(_list_noun, pending)) or (_NEW_PHRASE.match(e.text) and all(map(_plural_head, pending)))
                  or (_OTHER.match(e.text) and all(_NEW_PHRASE.match(x.text) for x in pending))):
                # nouns of the list, not the words of one name: "encourages industry, interested Governments and
                # relevant stakeholders" (A/RES/78/141, para. 16), "academia, parliamentarians, the mass media and
                # individuals" (A/RES/78/27, para. 12): each its own addressee; so is a phrase with its own determiner
                # before "and other ...", a member of the class named after "other": "Calls upon the Myanmar military
                # and other armed actors to immediately cease all forms of violence" (A/RES/80/221, para. 12: the
                # Myanmar military, armed actors, as "including the Myanmar military and other armed actors", para. 10)
                out.extend(pending)
            else:
                e = _Entry(source[pending[0].start - offset : e.end - offset], pending[0].start, e.end, e.via,
                           pending[0].sep_before)
            pending = []
            if weak(e) and out:
                continue
        out.append(e)
    # "orderly and regular migration" after an actor: no actor; a first phrase always is
    if out and pending and re.search(r"\s(?:on|of|for)\s", out[-1].text) and not any(_noun_phrase(x.text) for x in pending):
        # "the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children": the
        # complement of the name goes on
        last = out[-1]
        out[-1] = _Entry(source[last.start - offset : pending[-1].end - offset], last.start, pending[-1].end, last.via,
                         last.sep_before)
        return _grouped(out, groups)
    out.extend(x for x in pending if _kept_alone(x, out))
    return _grouped(out, groups)


# determiners, then a name in capitals and a head of [carried heads] in lower case: "all relevant United Nations mechanisms"
_NAME_BEFORE_HEAD = re.compile(r"(?:(?:all|the|relevant|other|those|these|such|concerned|interested)\s+)*"
                               r"(?P<name>[\w’'-]+(?:\s+[\w’'-]+)*?)\s+(?P<head>[a-z]+)")


def _carried_run(before: _Entry, entries: list[_Entry], i: int) -> tuple[str, int] | None:
    """The name :func:`_carried_name` carries from ``before`` to the bare heads from ``entries[i]`` on, and the index
    of the last of them: one head joined by "and"/"or" ("mechanisms and processes"), or a run of them joined by commas
    up to the last after "and"/", and" ("all relevant United Nations mechanisms, processes, and bodies", A/RES/80/214,
    para. 17: the United Nations processes and the United Nations bodies). None when the run does not end on "and"
    ("organizations, bodies, civil society"), or :func:`_carried_name` finds no name."""
    j = i
    while (j < len(entries) and entries[j].sep_before == "COMMA" and entries[j].via == before.via
           and entries[j].text in _carried_heads()):
        j += 1
    if j >= len(entries) or (j > i and entries[j].sep_before == "COMMA_COORD"):
        # the last head after ", and" closes a run of commas as "and" does
        last = entries[j] if j < len(entries) else None
        if last is None:
            return None
        last = _Entry(last.text, last.start, last.end, last.via, "COORD")
    else:
        last = entries[j]
    if j > i and any(x.text not in _carried_heads() for x in entries[i:j]):
        return None
    nxt = entries[j + 1] if j + 1 < len(entries) else None
    name = _carried_name(before, last, nxt)
    return None if name is None else (name, j)


def _carried_name(before: _Entry, e: _Entry, after: _Entry | None = None) -> str | None:
    """The words that modify the head of ``before`` after its determiners (a name, "all relevant United Nations
    mechanisms"; adjectives or nouns, "other relevant international organizations") when ``e`` is a bare head
    coordinated right after it by "and"/"or" ("processes", "institutions"), both of ``actors.txt`` [carried heads]:
    the modifiers are each head's (the United Nations processes, the international institutions: "Invites and
    encourages all interested States, the United Nations, other relevant international organizations or institutions
    ...", A/RES/78/32 8), as adjectives written once before coordinated heads are ("regional, subregional and
    interregional organizations and processes", A/RES/80/143, para. 8) and as the labels name "regional fisheries
    management organizations and arrangements" (tests/labels/mandates_fresh4, fresh6, fresh10 ...). None otherwise:
    a determiner alone ("relevant organizations and networks", A/RES/79/201 33, the labels' "networks"), a State's
    name, a complement after the first head ("bodies of the United Nations system and organizations"), a possessive
    ("the United Nations and its specialized agencies and organizations", A/RES/80/116 6: its organizations), a third
    head joined by "and" after ``e`` (``after``: "non-governmental organizations and bodies and groups based on religion
    or belief", A/RES/78/212 18: the qualifier after the last may be the bodies' too). A qualifier after ``e`` itself
    does not stop it ("States and regional fisheries management organizations and arrangements with the competence to
    regulate fisheries", A/RES/80/109, para. 168: regional fisheries management arrangements, as the labels name them
    in 80/109 235, tests/labels/mandates_fresh11 n 33)."""
    if (e.sep_before != "COORD" or e.via != before.via or cut_qualifiers(e.text) not in _carried_heads()
            or (after is not None and after.sep_before == "COORD" and after.via == e.via)
            or re.match(r"(?:its|their|our)\s", before.text)):
        return None
    m = _NAME_BEFORE_HEAD.fullmatch(before.text)
    if (m is None or m.group("head") not in _carried_heads() or key(m.group("name")) in states()
            or m.group("name").split()[0].lower() in _DETERMINER_WORDS or _COMPLEMENT.search(f" {m.group('name')} ")):
        return None
    return m.group("name")


def _paired_modifiers(last: _Entry, e: _Entry, head: str) -> tuple[str, tuple[str, str]] | None:
    """The adjectives and the pair of modifiers of a head when the last phrase waiting for it (``last``) is
    adjectives and one modifier and ``e`` after "and" is one other modifier and the head: "international financial
    and development institutions" (A/RES/80/197, para. 35) are international financial institutions and international
    development institutions, "bilateral, regional and multilateral development and trading partners" (A/RES/78/125,
    para. 5) the development partners and the trading partners of each adjective (as adjectives before coordinated
    heads are each head's, tests/labels/mandates_fresh17 n 26). Returns (the adjectives of ``last``, (its modifier,
    ``e``'s)), or None: ``e`` is not two lower-case words ending in the one-word ``head``, or ``last`` is one word,
    only determiners before its modifier ("the relevant subregional and regional organizations" stay as they are) or
    an adverb before it ("publicly listed and large companies", A/RES/78/141, para. 16: the large companies). The
    caller passes only adjectives waiting for the head, no noun modifiers ("humanitarian assistance, human rights and
    development organizations", A/RES/78/205, para. 21: ``_modifier_in_run``)."""
    words, own = last.text.split(), e.text.split()
    if (e.sep_before != "COORD" or e.via != last.via or len(own) != 2 or own[1] != head or not e.text.islower()
            or len(words) < 2 or not last.text.islower() or all(w in _DETERMINER_WORDS for w in words[:-1])
            or any(w.endswith("ly") for w in words[:-1])):
        return None
    return " ".join(words[:-1]), (words[-1], own[0])


# "both ... and ...", "either ... or ...", "whether ... or ...": a coordination that sorts the actor before it
_SORTING = re.compile(r"(?:both|either|whether)\s", re.IGNORECASE)


def _kept_alone(e: _Entry, out: list[_Entry]) -> bool:
    """Is a phrase without an actor's head, left without a head to share, an addressee of its own: a first phrase
    always, a later one if it is a noun phrase ("federations and associations"), but not one that sorts the actor
    before it ("both ... and ...", ``_SORTING``): "Calls upon non-State actors, including business enterprises, both
    transnational and others, to comply ..." (A/RES/78/206, para. 6; 80/216, para. 7: business enterprises, transnational
    and others, not an actor "transnational and others"), as "creditors, both private and public, that are ..." gives
    the creditors alone."""
    return not out or (_noun_phrase(e.text) and not _SORTING.match(e.text))


def _modifier_in_run(e: _Entry, after: _Entry | None) -> bool:
    """Is ``e``, a phrase in a run of modifiers (one before it already waits for a head), a noun in the plural that has
    no actor's head and modifies the head coordinated after it by "and"/"or" (``after``: lower-case modifiers and an
    actor's head in the plural)? "Encourages all relevant United Nations organizations and humanitarian assistance,
    human rights and development organizations to enhance their collaboration ..." (A/RES/78/205, para. 21; 80/211,
    para. 20): humanitarian assistance organizations, human rights organizations and development organizations, not
    the actors "humanitarian assistance rights" and "human rights". One word alone keeps its own ("refugees and host
    communities"), as ``_noun_modifier`` says."""
    if after is None or after.sep_before != "COORD" or after.via != e.via:
        return False
    t = table()
    words = e.text.split()
    return (len(words) > 1 and e.text.islower() and words[-1] not in _PERSONS and _noun_phrase(e.text)
            and not t.is_actor_like(cut_qualifiers(e.text)) and not _not_actor(e.text)
            and after.text.islower() and len(after.text.split()) > 1 and _plural_head(after)
            and t.is_actor_like(cut_qualifiers(after.text)) and not _COMPLEMENT.search(f" {after.text} "))


def _class_in_capitals(phrase: str) -> bool:
    """Is ``phrase`` lower-case modifiers before a class of actors written with a capital, "States" or "Parties" (an
    actor's head of the table in the plural): "port States", "developing country Parties"? Modifiers coordinated
    before it share it, as before a head in lower case: "calls upon flag and port States to take all measures ..."
    (A/RES/78/69, para. 180: flag States and port States, the terms of the United Nations Convention on the Law of the
    Sea, not one actor "flag and port States"); a capitalised modifier makes a name ("Latin American and Caribbean
    States", the regional group)."""
    words = phrase.split()
    return (all(w.islower() for w in words[:-1]) and words[-1][:1].isupper() and words[-1][1:].islower()
            and singular(words[-1]) != words[-1] and singular(words[-1]).lower() in table().heads)


def _capital_modifier(e: _Entry, after: _Entry | None) -> _Entry:
    """A capitalised word coordinated before a phrase whose head makes a name of the table with it shares that head
    (or a name and an adjective, the head and its noun modifiers):
    "Invites all Member and observer States, the organizations of the United Nations system ... to observe World
    Meditation Day" (A/RES/79/137, para. 2; 79/328 2): all Member States and observer States, not an actor "Member".
    ``e`` as it is otherwise (a name of its own: "the United Nations and humanitarian organizations")."""
    if after is None or after.sep_before != "COORD" or after.via != e.via or not after.text.split():
        return e
    words = e.text.split()
    head = after.text.split()[-1]
    t = table()
    if (words[-1][:1].isupper() and len(words) <= 2 and key(e.text) not in t.by_key
            and key(f"{words[-1]} {head}") in t.by_key and key(words[-1]) not in t.by_key):
        return _Entry(f"{e.text} {head}", e.start, e.end, e.via, e.sep_before)
    # a name and an adjective before the adjective and head after "and": "Encourages United Nations internal and
    # external oversight bodies to further enhance the level of cooperation" (A/RES/78/247, section I, para. 7;
    # 80/237 I.10): the United Nations internal oversight bodies, not an actor "United Nations internal"
    if (len(words) > 1 and _adjective(words[-1]) and _proper(" ".join(words[:-1])) and after.text.islower()
            and not t.is_actor_like(cut_qualifiers(e.text))
            and _adjective(after.text.split()[0]) and _plural_head(after)):
        return _Entry(f"{e.text} {_shared_head(after.text)}", e.start, e.end, e.via, e.sep_before)
    return e


def _shared_heads() -> frozenset[str]:
    """The heads a noun coordinated before them shares (``actors.txt`` [shared heads], singular: "sector")."""
    return data.entry_set("actors.txt", "shared heads", singular)


def _noun_modifier(e: _Entry, after: _Entry | None) -> bool:
    """Is ``e`` a noun that modifies the head of the phrase coordinated after it ([shared heads]): "the business"
    before "and financial sectors" (A/RES/78/155, para. 45: "invites the business and financial sectors and other
    relevant stakeholders"), the business sector and the financial sector? ``e`` is "the" and one lower-case
    singular word, no person ("the youth") and no name of the table; ``after`` follows it after "and"/"or" and is a
    lower-case modifier and the head in the plural ("financial sectors"). A bare adjective shares its head anyway
    (``_adjective``: "the health and social sectors"); this is for a noun the table reads as an actor by itself
    ("business", of "business and industry"). A noun in the plural keeps its own ("refugees and host communities").
    So does, before a head that makes a class of actors (``actors.txt`` [classes after a name]), a name of the table
    in the plural written in the singular, an adjunct as the mentions read it (``actors.name_as_modifier``): "donor
    and host countries" (A/RES/78/73, para. 37; 80/77 30) are the donor countries and the host countries, not an
    actor "donor"."""
    m = re.fullmatch(r"(?:the\s+)?([a-z]+)", e.text.strip())
    if m is None or after is None or after.sep_before != "COORD" or after.via != e.via:
        return False
    words = after.text.split()
    word = m.group(1)
    if (len(words) != 2 or not after.text.islower() or words[0] in _DETERMINER_WORDS or singular(words[1]) == words[1]
            or singular(word) != word or word in _PERSONS):
        return False
    if key(word) in table().by_key:  # "donor" of the table's "donors"
        last = table().by_key[key(word)].name.split()[-1]
        return singular(last) != last.lower() and singular(words[1]) in _classes_after_a_name()
    return e.text.strip() != word and singular(words[1]) in _shared_heads()


def _grouped(entries: list[_Entry], groups: dict[str, str]) -> list[_Entry]:
    """The entries with each member's group (``via``) named whole where adjectives share the group's head."""
    if not groups:
        return entries
    return [_Entry(e.text, e.start, e.end, groups.get(e.via, e.via), e.sep_before) if e.via else e for e in entries]


# an actor phrase that opens with its own determiner starts a new addressee: "the co-sponsors of the peace process
# and the entire international community" (A/RES/78/11, para. 7) are two, "development partners across the public
# and private sectors" one
_NEW_PHRASE = re.compile(r"(?:the|all|other|relevant|each)\s")
_OTHER = re.compile(r"other\s")  # "X and other Ys": X one of the Ys


def _plural_head(e: _Entry) -> bool:
    """A lower-case phrase whose head, before any complement, is a plural: "the co-sponsors of the peace process"."""
    head = _COMPLEMENT.split(e.text, maxsplit=1)[0].split()
    return bool(head) and all(w.islower() for w in head) and _noun_phrase(head[-1])


def _list_noun(e: _Entry) -> bool:
    """A phrase of a list that is a plural noun of its own, not a word of a name nor an adjective: "athletes",
    "federations", "parliamentarians" (lower case, no complement); not "development partners across the public"."""
    return (e.text.islower() and not _adjective(e.text) and _noun_phrase(e.text.split()[-1])
            and not _COMPLEMENT.search(f" {e.text} ") and "," not in e.text)


@lru_cache(maxsize=1)
def _document_words() -> re.Pattern:
    """A noun that names a document (``document_words.txt``: "Declaration", "Programme", "Convention")."""
    return re.compile("|".join(map(re.escape, data.lines("document_words.txt"))), re.IGNORECASE)


def _shared_complements(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2b: two heads coordinated between one determiner and one complement share both: "the relevant entities
    and organizations of the United Nations system" are the relevant entities of the United Nations system and the
    relevant organizations of the United Nations system (A/RES/78/52, para. 4), "funds and programmes of the United
    Nations system" the funds and the programmes of the system. Only where the first is a bare plural head after its
    determiners and adjectives (no complement of its own: "members of the specialized agencies and observers of the
    General Assembly" share nothing) and the second a bare plural head with "of" a proper name. The heads listed
    before them with commas or "and" share it too (:func:`_shares_complement`): "the specialized agencies and other
    organizations and institutions of the United Nations system" (A/RES/78/83, para. 9), "the relevant funds and
    programmes, organs and specialized agencies of the United Nations system" (A/RES/79/155, para. 15;
    tests/labels/mandates_fresh7, units 41 and 55: the complement goes on every member). The last head may be a pair
    joined by its own "and" after a comma: "the specialized agencies and other organizations, funds and programmes of
    the United Nations system" (A/RES/79/13, para. 4; tests/labels/mandates_fresh16 n 84). The members named under the
    last head keep it as their group, named as it is now (``_grouped``)."""
    t = table()
    out: list[_Entry] = []
    groups: dict[str, str] = {}  # a head as written -> as it is named now, for the members named under it
    for e in entries:
        prev = out[-1] if out else None
        bound = _bound_complement(prev, e)
        if bound is None:
            bound = _office_complement(prev, e)
        if bound is not None:  # "the secretariat and the Global Mechanism of the Convention"
            out[-1] = _Entry(f"{prev.text} {bound}", prev.start, prev.end, prev.via, prev.sep_before)
            groups[prev.text] = out[-1].text
        m = _HEAD_OF.match(e.text)
        # the last head of the list is the one after "and", or a pair joined by its own "and" after a comma: "the
        # specialized agencies and other organizations, funds and programmes of the United Nations system" (A/RES/79/13,
        # para. 4: the organizations of the system, not any organizations)
        last = e.sep_before == "COORD" or (e.sep_before == "COMMA" and m is not None
                                           and _PAIRED_HEAD.search(m.group(1)) is not None)
        if (prev is not None and m and last and e.via == prev.via
                and singular(m.group(1).split()[-1]) in t.heads
                and _shares_complement(prev.text, m.group(2), head=True)):
            lead = re.match(rf"(?:(?:{'|'.join(map(re.escape, _DETERMINER_WORDS))})\s+)*", prev.text, re.IGNORECASE)
            out[-1] = _Entry(f"{prev.text} {m.group(2)}", prev.start, prev.end, prev.via, prev.sep_before)
            out.append(_Entry(f"{lead.group(0)}{e.text}", e.start, e.end, e.via, e.sep_before))
            # the members named under the last head keep it as their group ("the relevant organizations and bodies
            # of the United Nations system, in particular those dealing with issues of development", A/RES/78/181 5)
            groups[e.text] = out[-1].text
            # and the heads listed before them: "the specialized agencies, components, organizations, programmes and
            # funds of the United Nations system" (A/RES/79/11, para. 3): the components of the system, not
            # "components"
            j = len(out) - 3
            while (j >= 0 and out[j + 1].sep_before in ("COMMA", "COORD") and out[j].via == e.via
                   and _shares_complement(out[j].text, m.group(2), head=False)):
                x = out[j]
                out[j] = _Entry(f"{x.text} {m.group(2)}", x.start, x.end, x.via, x.sep_before)
                j -= 1
            continue
        out.append(e)
    return _grouped(out, groups)


_BOUND_HEADS = frozenset(data.sections("actors.txt")["bound heads"])
_OF_COMPLEMENT_LAST = re.compile(r"\s(of\s+\S.*)$", re.DOTALL)


def _bound_complement(prev: "_Entry | None", e: "_Entry") -> str | None:
    """The "of" complement a bare lower-case head of ``actors.txt`` [bound heads] ("the secretariat", "the
    secretariats") takes from the head coordinated with it by "and" (``e``): "the secretariat and the Global Mechanism
    of the Convention" (A/RES/78/154, para. 24) -> "of the Convention", "the secretariats and bureaux of bodies that
    underutilize their conference-servicing resources" (A/RES/79/248, para. 23) -> "of bodies that ..."; a secretariat
    in lower case is a body's own, never the Secretariat of the United Nations (UN Editorial Manual, II.L). None
    otherwise (the head has a complement of its own, or ``e`` none).

    Python, not ``grammar/clauses.lark`` (the twenty-fourth session, branch design24, read it and left it): the
    structure it reads is the grammar's already (two entries of ``addressees`` at one level, joined by COORD:
    ``sep_before``, ``via``); what is left is meaning: whether the head is a noun of [bound heads] after determiners
    alone (a word list's lookup) and where the second entry's "of" complement starts (``_OF_COMPLEMENT_LAST``, its
    first " of "). A grammar rule would need the list lexer to type a bound head and to cut a PHRASE at its "of",
    which it does not (a PHRASE is a run of words between separators): the chunk-labelling step the module
    docstring describes."""
    if prev is None or e.sep_before != "COORD" or e.via != prev.via:
        return None
    words = prev.text.split()
    if not words or words[-1] not in _BOUND_HEADS or any(w not in _DETERMINER_WORDS for w in words[:-1]):
        return None
    m = _OF_COMPLEMENT_LAST.search(e.text)
    return m.group(1) if m else None


_TITLE_OF = re.compile(r"(?P<title>.+?)\s+(?P<of>of\s+(?:the\s+)?[A-Z].*)$", re.DOTALL)
_ARTICLE_ALL = re.compile(r"^(?:the|all)\s+")


def _office_complement(prev: "_Entry | None", e: "_Entry") -> str | None:
    """The "of" complement the holders of one office, named twice by words of tenure (``actors.txt`` [tenure]) and
    coordinated by "and", share from the second: "the current President and successive Presidents of the Conference on
    Disarmament" (A/RES/78/61 5; 79/71 6, 80/65 6) -> "of the Conference on Disarmament", "the current President and
    the incoming President of the Conference on Disarmament" (78/61 4): the first holds the same office, of the same
    body (tests/labels/mandates_fresh24 n 96, one actor). The same title both times, singular or plural, once the words
    of tenure are cut (:func:`without_tenure`), and a title of ``office_titles.txt`` or [offices]; None otherwise
    ("the Secretary-General and the President of the General Assembly": two offices, the complement the second's).

    Python beside ``_bound_complement``, for its reason: the coordination is the grammar's (two ``addressees`` entries
    joined by COORD); whether both name one office is a lookup in the word lists."""
    if prev is None or e.sep_before != "COORD" or e.via != prev.via:
        return None
    m = _TITLE_OF.fullmatch(e.text.strip())
    if m is None:
        return None
    first = _ARTICLE_ALL.sub("", without_tenure(prev.text.strip()))
    second = _ARTICLE_ALL.sub("", without_tenure(m.group("title")))
    if first == prev.text.strip() or key(first) != key(second) or key(first) not in table().offices:
        return None  # no word of tenure before the first: "the President and the President of ..." is not written
    return m.group("of")


@lru_cache(maxsize=1)
def _tenure() -> re.Pattern:
    """The words of tenure of ``actors.txt`` [tenure] at the start of a phrase, after "the" or "all" if any."""
    words = sorted(data.sections("actors.txt")["tenure"], key=len, reverse=True)
    return re.compile(r"(?P<lead>(?:(?:the|all)\s+)?)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")\s+(?P<rest>\S.*)$", re.DOTALL)


def without_tenure(phrase: str) -> str:
    """``phrase`` without the words of tenure before an office's title ("the next Special Envoy" -> "the Special
    Envoy", "successive Presidents of the Conference on Disarmament" -> "Presidents of the Conference on
    Disarmament"; ``actors.txt`` [tenure]); as it is where none opens it or no title follows them ("new donors")."""
    m = _tenure().match(phrase)
    if m is None or name_of_office(m.group("rest")) is None:
        return phrase
    return m.group("lead") + m.group("rest")


def _shares_complement(phrase: str, complement: str, head: bool) -> bool:
    """Does a head listed before "<head> of <complement>" share the complement: a bare plural that is no name of the
    table (``head``: right before it, an actor's head, ``_bare_plural``: "the relevant entities"; further back any
    plural noun, ``_plain_plural``: "components"), or a name of the table that with the complement is one of the
    table too ("specialized agencies" of the United Nations system, ``actors.txt``: :func:`_named_with`; not "the
    regional commissions", whose name would be lost)?

    Python, not ``grammar/clauses.lark``: the structure (a head, its coordination, the complement) is the grammar's
    (the entries of ``addressees`` with their separators); whether a head takes the complement is meaning, read in the
    alias table (a name, a name with the complement, an actor's head noun), which no terminal sees."""
    if key(phrase) in table().by_key:
        return _named_with(phrase, complement)
    return _bare_plural(phrase) if head else _plain_plural(phrase)


def _named_with(phrase: str, complement: str) -> bool:
    """Is ``phrase`` a name of the table, and ``phrase`` followed by ``complement`` ("of the United Nations system")
    one of the table too ("specialized agencies of the United Nations system" = "specialized agencies")?"""
    t = table()
    return key(phrase) in t.by_key and key(f"{phrase} {complement}") in t.by_key


def _shared_modifiers(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2c: a proper name that modifies the first head of a list modifies the bare heads listed after it: "the
    relevant United Nations organs, agencies, funds and programmes" (A/RES/79/57, para. 12) are United Nations organs,
    United Nations agencies and United Nations funds and programmes, not agencies of any kind. The first phrase is
    determiners, capitalised words and a lower-case head; the heads after it (commas, "and") are lower-case words each
    a noun of ``actors.txt`` [component heads] ("agencies", "funds and programmes"), with no determiner of their own
    ("the relevant United Nations entities, donors and ..." shares nothing with the donors).

    Python, not ``grammar/clauses.lark``: a pass over the grammar's entries (their order, level and separators are
    the tree's); what it decides is meaning: which heads a proper modifier qualifies, by the nouns of the table."""
    out: list[_Entry] = []
    modifier: str | None = None  # the proper modifier of the list's first head (addressed directly)
    groups: dict[str, str] = {}  # a head as written -> as it is named now (its members' group, ``_grouped``)
    for e in entries:
        if e.via is not None:
            out.append(e)  # a member named under a head: the list of heads goes on after it
            continue
        if modifier is not None and e.sep_before in ("COMMA", "COORD", "COMMA_COORD") and _component(e.text):
            groups[e.text] = f"{modifier} {e.text}"
            out.append(_Entry(groups[e.text], e.start, e.end, e.via, e.sep_before))
            continue
        m = _PROPER_MODIFIER.fullmatch(e.text)
        modifier = m.group("proper") if m and _component(m.group("head")) else None
        out.append(e)
    return _grouped(out, groups)


def _shared_demonstratives(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2f: a demonstrative goes on over a bare noun coordinated after its own ("these organizations and
    mechanisms" are these organizations and these mechanisms: "calls upon these organizations and mechanisms to
    continue to coordinate their approach", A/RES/80/224, para. 9), which then refers back as it does
    (``_referred_back``): one lower-case plural word after "and", the list's next entry at the same level."""
    out = list(entries)
    for i in range(1, len(out)):
        prev, e = out[i - 1], out[i]
        back = _BACK.match(prev.text)
        if (back and e.via == prev.via and e.sep_before == "COORD" and re.fullmatch(r"[a-z]+s", e.text)
                and e.text != singular(e.text)):
            lead = prev.text[: back.start("noun")].strip()
            out[i] = _Entry(f"{lead} {e.text}", e.start, e.end, e.via, e.sep_before)
    return out


def _member_groups(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2e: a member named after a list of groups is named under the group of that list that holds it
    (``actors.txt`` [groups], the UN System Chart): "Urges the specialized agencies and other organizations, funds and
    programmes of the United Nations system, in particular the Food and Agriculture Organization of the United
    Nations, ..., the United Nations Educational, Scientific and Cultural Organization, the United Nations Children's
    Fund, ..." (A/RES/79/13, para. 4): UNESCO and FAO are named as specialized agencies, UNICEF as one of the funds and
    programmes; the grammar hangs the members on the list's last entry, which stays their group where no entry of the
    list holds them (the United Nations Conference on Trade and Development there)."""
    t = table()
    out = list(entries)
    for i, e in enumerate(entries):
        if e.via is None:
            continue
        member = t.resolve(cut_qualifiers(e.text)).key
        j = i - 1  # the list the members are named after: the entries before them to its first
        while j >= 0 and entries[j].via is not None:
            j -= 1
        listed = []
        while j >= 0 and entries[j].via is None:
            listed.append(entries[j])
            if entries[j].sep_before not in ("COMMA", "COORD", "COMMA_COORD"):
                break
            j -= 1
        holder = next((g for g in listed if g.text != e.via
                       and member in t.groups.get(t.resolve(cut_qualifiers(g.text)).key, ())), None)
        if holder is not None and not any(member in t.groups.get(t.resolve(cut_qualifiers(g.text)).key, ())
                                          for g in listed if g.text == e.via):
            out[i] = _Entry(e.text, e.start, e.end, holder.text, e.sep_before)
    return out


def _appositions(entries: list[_Entry]) -> list[_Entry]:
    """Pass 2d: a definite description set off by a comma after a name renames it, one actor: "Calls upon Israel, the
    occupying Power, to comply ..." (A/RES/78/73, para. 38), and so does a name after a description of it, "Requests
    the focal point on ageing of the United Nations system, the Programme on Ageing of the Department of Economic and
    Social Affairs of the Secretariat, to continue ..." (A/RES/78/177, para. 60): the actor is the first, as written
    (tests/labels/mandates_fresh17 n 96; the second an appositive, whichever of the two is the description,
    :func:`_description`). Only where the list is those two, the second after a comma alone and opening with "the": a
    list of actors closes with "and" ("Member States, the United Nations system and ..."), and one of two names or of
    two descriptions is left as it is."""
    if len(entries) != 2 or entries[1].sep_before != "COMMA" or any(e.via for e in entries):
        return entries
    if not re.match(r"the\s", entries[1].text):
        return entries
    if _description(entries[0].text) == _description(entries[1].text):
        return entries
    return entries[:1]


def _description(text: str) -> bool:
    """Is the phrase a description of an actor rather than its name: a lower-case word before or as its head ("the
    occupying Power", "the focal point on ageing of the United Nations system"), neither an actor of the alias table
    ("the United Nations system") nor a State?"""
    phrase = cut_qualifiers(text.strip(" ,;:"))
    if table().resolve(phrase).known or key(phrase) in states():
        return False
    words = re.sub(r"^the\s+", "", _COMPLEMENT.split(phrase, maxsplit=1)[0]).split()
    return any(w[:1].islower() for w in words)


_PROPER_MODIFIER = re.compile(r"(?:(?:the|all|relevant|other)\s+)*(?P<proper>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
                              r"\s+(?P<head>[a-z][a-z ]*)")


def _carried_heads() -> frozenset[str]:
    """``actors.txt`` [carried heads], plural as written ("organizations", "processes")."""
    return data.entry_set("actors.txt", "carried heads")


def _component_heads() -> frozenset[str]:
    """``actors.txt`` [component heads], singular."""
    return data.entry_set("actors.txt", "component heads", singular)


def _component(phrase: str) -> bool:
    """Lower-case plural nouns of [component heads], coordinated or not: "agencies", "funds and programmes"."""
    words = [w for w in phrase.split() if w not in ("and", "or")]
    return bool(words) and all(w.islower() and singular(w) != w and singular(w) in _component_heads() for w in words)


# a lower-case plural head (its lower-case modifiers before it: "specialized agencies", no determiner of its own: "all
# human rights treaty bodies and the human rights mechanisms of the Human Rights Council" share nothing, A/RES/78/188,
# para. 43) and "of" a proper name
# "<heads> of <Name>", and "within"/"in" a whole the complement names ("organizations, funds, programmes and bodies
# within the United Nations system", A/RES/78/69, para. 291: ``actors.txt`` [naming complements])
_HEAD_OF = re.compile(r"((?:(?!(?:the|all|relevant|other|its|their)\s)[a-z-]+\s+)*[a-z]+s)"
                      r"\s+((?:of|within|in)\s+(?:the\s+)?[A-Z].*)$", re.DOTALL)
_DETERMINER_WORDS = ("the", "all", "relevant", "other")
_PAIRED_HEAD = re.compile(r"\s(?:and|or)\s")  # "funds and programmes": two heads joined inside one phrase


def _plain_plural(phrase: str) -> bool:
    """Lower-case words without a preposition, the last a plural noun ("components", "the relevant organizations")."""
    words = phrase.split()
    return (bool(words) and all(w.islower() for w in words) and not _COMPLEMENT.search(f" {phrase} ")
            and singular(words[-1]) != words[-1].lower())


def _bare_plural(phrase: str) -> bool:
    """Lower-case words without a preposition, the last a plural head of ``actors.txt`` ("the relevant entities",
    "specialized agencies", "funds")."""
    return _plain_plural(phrase) and singular(phrase.split()[-1]) in table().heads


_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[a-z])(?!(?:and|or|to)\b)")


def _shared_head(phrase: str) -> str:
    """The head that adjectives coordinated before ``phrase`` share: its words from the first capitalised one
    ("requested States parties" -> "States parties": "in particular requesting and requested States parties" are
    requesting States parties and requested States parties, A/RES/78/140, para. 21), else its words after its first
    modifier ("regional financial institutions" -> "financial institutions"; "developing countries" -> "countries":
    developed countries and developing countries), the capitalised word
    sought before a complement only ("wide dissemination of the information leaflet on what the United Nations can
    do" has no head there)."""
    phrase = _BROKEN_HYPHEN.sub("-", phrase)  # "non- governmental organizations" (the PDF's, A/RES/78/234): one word
    words = phrase.split()
    before = _COMPLEMENT.split(phrase, maxsplit=1)[0].split()
    first = next((i for i, w in enumerate(before) if not w.islower()), None)
    if first is not None:
        return " ".join(words[first:])
    # the adjective coordinated before the phrase stands for its first modifier, and shares the words after it:
    # "international and regional financial institutions" are international financial institutions and regional
    # financial institutions, "local, national and international cooperative organizations" (A/RES/80/182, para.
    # 14) local cooperative organizations ... (tests/labels/mandates_fresh3, units 65, 97, 98)
    lead = 0
    while lead < len(before) - 1 and before[lead].lower() in _DETERMINER_WORDS:
        lead += 1
    # not inside a compound of the table: "intergovernmental and civil society organizations" share "organizations"
    # ("civil society" is a name of the table); a name of the table that the first modifier opens does not make it
    # one: "regional and international financial institutions" are regional financial institutions and international
    # financial institutions (A/RES/79/200, para. 6; tests/labels/mandates_fresh8 n 10)
    compound = key(" ".join(before[lead:lead + 2])) in table().by_key
    return (" ".join(before[lead + 1:]) if len(before) - lead > 2 and not compound
            and not _COMPLEMENT.search(f" {phrase} ") else words[-1])


# the prepositions that open a complement, and a determiner after one ("of the", "for all"): the one list of the two
# patterns below
_COMPLEMENT_OPENS = r"\s(?:at|in|on|of|for|from|to|with|within|across|between)\s+(?:(?:the|all)\s+)?"
_OPEN_COMPLEMENT = re.compile(_COMPLEMENT_OPENS + r"[a-z-]+$")


# a complement whose noun is still to come: a preposition, a determiner, adjectives ("of all international economic")
_OPEN_ADJECTIVES = re.compile(_COMPLEMENT_OPENS + r"(?P<modifiers>[a-z-]+(?:\s+[a-z-]+){0,2})$")


def _open_adjectives(phrase: str) -> bool:
    """Does ``phrase`` end in a complement opened by a preposition whose words after it are adjectives without their
    noun (``_adjective``): "the boards of all international economic" before "and financial institutions"?"""
    m = _OPEN_ADJECTIVES.search(phrase)
    if m is None or not _adjective(m.group("modifiers")) or _noun_phrase(m.group("modifiers")):
        return False
    # a noun of its own ends no such complement: "representatives of civil society" and "non-governmental
    # organizations" are two; so does a head with its own complement after "and" ("countries of origin and countries
    # of asylum", A/RES/78/185, para. 32: ``_adjectives``)
    modifiers = m.group("modifiers")
    return not table().is_actor_like(modifiers) and singular(modifiers.split()[-1]) not in table().heads


def _adjective(phrase: str) -> bool:
    """Modifiers without their noun: lower-case words, the last not a plural ("intergovernmental", "relevant
    subregional", "other international financial")."""
    words = [w for w in phrase.split() if w.lower() not in ("the", "all", "other", "relevant", "and")]
    return (0 < len(words) <= 3 and all(w.islower() for w in words) and not words[-1].endswith("s")
            and words[-1] not in _PERSONS)


# nouns of persons plural without an "-s" (irregular plurals, collective nouns): "women, youth, civil society"
# (A/RES/80/140, para. 46) are three addressees, not "women society", "youth society"
_PERSONS = frozenset({"women", "men", "children", "people", "youth"})


def _noun_phrase(phrase: str) -> bool:
    """A phrase that may name addressees though its head is not an actor's: a proper name, or a plural noun
    ("business enterprises", "other private actors"); not a singular abstract noun ("regular migration")."""
    last = cut_qualifiers(phrase).split()[-1]
    return (bool(re.search(r"\b[A-Z]", phrase)) or (last.endswith("s") and not last.endswith(("ss", "us", "is")))
            or last in _PERSONS)


def _proper(phrase: str) -> bool:
    """A proper name of two words or more ("Global Alliance of National Human Rights Institutions", "New Zealand")
    or an acronym; "the International" (of "the International, Impartial and Independent Mechanism") is not."""
    words = _ARTICLE.sub("", phrase.strip()).split()
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 or any(w.isupper() and len(w) > 1 for w in words)


def is_pronoun(phrase: str) -> bool:
    """Is an actor phrase a pronoun alone ("them", "her", "it")?"""
    return bool(_PRONOUN.fullmatch(phrase.strip()))


def actor_phrases(text: str, previous: list[Named], recent: list[Actor] = (), offset: int = 0) -> list[Named]:
    """The actors of an addressee list ("X, Y and Z, including A and B, in consultation with C"): coordinated,
    with their named members (``via``); parentheses are dropped; pronouns and "their X" resolved against
    ``previous`` (the actors of the clause before), then ``recent`` (named earlier in the resolution)."""
    tokens = list_tokens(text, offset)
    if not tokens:
        return []
    tree = _parse(tokens, "addressees")
    if tree is None:
        return []
    return names(tree, text, offset, previous, recent)


def _before(previous: list[Named] | Antecedents, out: list[Named], its: bool) -> list[Named]:
    """The actors named before a phrase (those of the clauses before, then the clause's own so far, ``out``); before
    "its", the one body it stands for (:meth:`Antecedents.owner`, the clause's own first), or all of them if none."""
    if its:
        owner = _singular_owner(out) or (previous.owner() if isinstance(previous, Antecedents)
                                         else _singular_owner(previous))
        if owner:
            return owner
    return _antecedents(previous) + out


def names(tree: Tree, source: str, offset: int, previous: list[Named], recent: list[Actor] = ()) -> list[Named]:
    """Pass 3 over an ``addressees`` tree: the actors, in order."""
    out: list[Named] = []
    for pronoun, text, via in _phrases(tree, source, offset):
        if pronoun:
            out.extend(Named(text, n.actor, n.via, n.part_of) for n in _antecedents(previous, cut_qualifiers(text)))
            continue
        if via and _group_member(text):  # "those in arrears": the members of the group named before
            # of a list referred back, its members too ("those stakeholders, in particular those that are
            # underrepresented", A/RES/78/48, para. 17) each is addressed already
            groups = [n for n in out if n.written == via]
            if len(groups) == 1 and groups[0].via is None:
                group = groups[0]
                whole = _whole_of_shared_heads(group, out)
                out.append(Named(text, group.actor, via, group.part_of) if whole is None
                           else Named(text, table().resolve(whole), whole))
            continue
        listed = _referred_back(text, previous, out) if _BACK.match(text) else []
        if listed:  # "encourages those organizations to ...": the list named before in the paragraph
            out.extend(Named(text.strip(" ,;:"), n.actor, n.via, n.part_of) for n in listed)
            continue
        office = _OF_REFERRED.fullmatch(text.strip(" ,;:"))
        listed = (_referred_back(office.group("back"), previous, out)
                  if office and table().is_actor_like(office.group("office")) else [])
        if listed:  # "the heads of such entities": the office of each actor referred back, part of it
            out.extend(Named(text.strip(" ,;:"), _office_of(office.group("office"), n), via, n.actor.key) for n in listed)
            continue
        if _BACK.match(text) and out and _referred_back(text, previous):
            continue  # "these organizations and mechanisms": the mechanisms are the organizations named already
        if _THOSE_WHO.match(text):  # "those who participated": as written, no table name; "those who deal with
            # trade in cultural property and their associations" (A/RES/79/133 37): the persons, and their associations
            written, *theirs = re.split(r"\s+and\s+(?=their\s)", re.sub(r"^all\s+", "", text.strip(" ,;:")), maxsplit=1)
            persons = Actor(written, key(written), False)
            out.append(Named(written, persons, via=via))
            for their in theirs:  # "their associations": a part of the persons
                part = re.sub(r"^their\s+", "", their)
                out.append(Named(their, table().resolve(f"{part} of {written}"), via=via, part_of=persons.key))
            continue
        named = _name(text, partial(_before, previous, out, bool(_ITS.match(text))), recent)
        if named and not (via is None and _named_again(named, out)):
            named.via = via
            out.append(named)
    return out


_OF_COMPLEMENT = re.compile(r"\s+of\s+(?P<whole>the\s+[A-Z].*)$")
# an office or part named of actors referred back: "the heads of such entities" (A/RES/79/332, para. 3), "the
# secretariats of those organizations" (``_BACK``: its noun alone, no qualifier)
_OF_REFERRED = re.compile(r"(?:the\s+|all\s+)?(?P<office>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+(?P<back>"
                          r"(?:those|these|such|the\s+above-mentioned|the\s+aforementioned|the\s+said)\s+[a-z]+)")
_LEADING_DETERMINERS = re.compile(r"^(?:(?:the|all|other|relevant)\s+)+", re.IGNORECASE)


def _office_of(office: str, whole: Named) -> Actor:
    """The actor ``office`` ("heads") of an actor named before (``whole``), by the words it was named by: "heads of the
    specialized agencies of the United Nations system" (A/RES/79/332, para. 3)."""
    return table().resolve(f"{office} of the {_LEADING_DETERMINERS.sub('', whole.written.strip())}")


def _whole_of_shared_heads(group: Named, out: list[Named]) -> str | None:
    """The whole that heads sharing one complement are parts of, when ``group`` (the list's last head) is one of them:
    "the relevant organizations and bodies of the United Nations system, in particular those dealing with issues of
    development" (A/RES/78/181, para. 5; 80/184 5) -> "the United Nations system", for "those" stands for both heads
    (tests/labels/GUIDELINE.md, the twenty-second session's mfix2 decisions: a via row of the whole list, not of the
    last head alone); None where no direct head before it shares its complement (:func:`_shared_complements`)."""
    m = _OF_COMPLEMENT.search(group.written)
    if m is None:
        return None
    tail = m.group(0)
    shared = [n for n in out if n is not group and n.via is None and n.written.endswith(tail)]
    return m.group("whole") if shared else None


def _named_again(named: Named, out: list[Named]) -> bool:
    """Is ``named`` (a direct entry) an addressee of the list already, named again with a qualifier: the same actor and
    the same words once the qualifiers are cut (``cut_qualifiers``)? Recorded once, with the first: "Calls upon ...
    States, regional fisheries management organizations and arrangements with the competence to regulate deep-sea
    fisheries, and States participating in negotiations to establish such organizations or arrangements to take ..."
    (A/RES/78/68, para. 222; tests/labels/mandates_fresh4 n 77 and mandates_fresh11 n 33 on 80/109 236 and 235:
    "'States participating in negotiations ...' reduces to 'States' ..., recorded once"). A member named after
    "including", "in particular" (a via entry) is its own entry."""
    words = key(without_tenure(cut_qualifiers(named.written)))
    return any(n.via is None and n.actor.key == named.actor.key
               and key(without_tenure(cut_qualifiers(n.written))) == words for n in out)


def _those_of(phrase: str, group: str) -> str | None:
    """A member phrase "those of" and actors (``phrase``) after a group (``group``, as written) whose head it stands
    for: the group's name of the table and the complement, one phrase, its coordinated complements one actor:
    "Encourages concerned Governments, in particular those of countries of origin, transit and destination, to avail
    themselves ..." (A/RES/80/185, para. 49; 78/180) -> "Governments of countries of origin, transit and destination"
    (tests/labels/mandates_fresh20 n 18; GUIDELINE.md, the twenty-sixth session's f21 decisions: a pronoun is
    resolved to what it stands for, and the complements coordinated of one head name one actor). None where the
    complement names no actor ("those of a coercive nature") or the group is no actor the table reads. The words are
    the rule ``those_of`` of grammar/attachment.lark (``of_whom``, the actors' words)."""
    m = rule("those_of").fullmatch(phrase.strip())
    if m is None or not table().is_actor_like(cut_qualifiers(m.group("of_whom"))):
        return None
    head = cut_qualifiers(group.strip(" ,;:"))
    if not table().is_actor_like(head) or _COMPLEMENT.search(f" {head} "):
        return None
    return f"{table().resolve(head).name} of {m.group('of_whom')}"


def _group_member(phrase: str) -> bool:
    """Is a member phrase "those" and a qualifier with no actor's noun of its own ("those in arrears", "those that
    have not yet done so", "those most affected")? It names members of the group before it, by that group's actor:
    "urges all other Member States, in particular those in arrears, to ensure payment ..." (A/RES/79/302 and 78/301,
    para. 2; tests/labels/mandates_fresh and mandates_fresh5: "those in arrears" are "Member States", via). "those
    States that ..." names its own noun. The words are the rule ``those_qualified`` of grammar/attachment.lark."""
    m = rule("those_qualified").fullmatch(phrase.strip())
    return m is not None and not table().is_actor_like(cut_qualifiers(m.group("qualifier")))


# "the two organizations": as many as the number says ("Notes with satisfaction the increasing cooperation between the
# Organization of Islamic Cooperation and the United Nations Educational, Scientific and Cultural Organization, and
# calls upon the two organizations to expand their cooperation", A/RES/79/9, para. 22)
# "such entities" after a list of them: "such" as a determiner of a noun with no qualifier refers back as "those" does
# ("Proposes that the specialized agencies, organizations, programmes and funds of the United Nations system cooperate
# ..., and in this regard recommends that the heads of such entities continue consultations", A/RES/79/332, para. 3)
_COUNTS = data.counted("deadline_words.txt", "number words")  # "three" -> 3: the one list of the numbers in words
_BACK = re.compile(r"\s*(?:those|these|such|the\s+above-mentioned|the\s+aforementioned|the\s+said"
                   rf"|the\s+(?P<count>{data.alternation(_COUNTS)}))\s+(?P<noun>[a-z]+)\s*$", re.IGNORECASE)


def _referred_back(phrase: str, previous: list[Named] | Antecedents, named: list[Named] = ()) -> list[Named]:
    """The actors a demonstrative phrase with no qualifier of its own ("those organizations", "these entities", "the
    above-mentioned States") refers back to: of the list the clause before in the paragraph named (its direct
    members, as "them" would take them), those that agree with the noun and that the phrase's own list has not
    ``named`` already, two or more (or the one actor named, in the plural by that noun: "these entities" after "the
    United Nations development system entities"): its own head ("those commissions"), a body for ``actors.txt``
    [bodies referred back] (no State, no group of States, no person; a name of the table or a proper name, or a
    phrase whose head is such a noun: "international organizations"), a State for [states referred back]. Where the
    clause before names none that agree, the partners of the nearest joint work the paragraph names before it
    ("cooperation with X", "the cooperation between X and Y": :meth:`Antecedents.partners`), by the same rule; where
    none agree there either and no clause before it in the paragraph names the noun, the addressees of the paragraph
    before (``Antecedents.paragraph_before``: "those countries" of A/RES/79/16, para. 6, are the countries of the
    region para. 5 invites; never a paragraph further back, tests/labels/GUIDELINE.md: "a pronoun ... is resolved
    to what it stands for"); [] if fewer agree (then the phrase names what it says). "Reiterates its appreciation for the efforts of the
    Government of Lebanon and those of Member States, regional and international organizations, ... and the private
    sector ..., and encourages Member States and the above-mentioned entities" (A/RES/79/200, para. 6): the
    organizations, institutions and the private sector, not Lebanon nor Member States (tests/labels/mandates_fresh8
    n 10)."""
    back = _BACK.match(phrase)
    noun, count = singular(back.group("noun")), back.group("count")
    bodies, countries = _referring_nouns()
    own = {n.actor.key for n in named}

    def agrees(n: Named) -> bool:
        state = n.actor.key in states()
        if noun in _heads(n.actor.key):
            return True
        if noun in countries:
            return state
        return (noun in bodies and not state and not _heads(n.actor.key) & countries and not _person(n.actor.name)
                and (n.actor.known or _proper(n.written) or bool(_heads(n.actor.key) & bodies)))

    def referred(listed: list[Named]) -> list[Named]:
        """Those of ``listed`` that agree, two or more, or the one named in the plural by that head: "Calls upon the
        United Nations development system entities to ..., and further requests these entities to align their
        policies ..." (A/RES/79/226, para. 96); "Urges Member States and the international community to ..., and
        calls upon these States to ..." (A/RES/79/161, para. 24; 80/193, para. 23)."""
        agreeing = [n for n in listed if n.actor.key not in own and agrees(n)]
        if len(agreeing) == 1 and not (noun in _heads(agreeing[0].actor.key) and plural(agreeing[0].written)):
            return []
        return agreeing if count is None or len(agreeing) == _COUNTS[count.lower()] else []

    found = referred(_antecedents(previous, "them"))
    if found:
        # with the members the list named of those found ("Invites the United Nations system, including the governing
        # bodies ... and other multilateral organizations, including the World Bank Group, ..., as well as the World
        # Trade Organization, ..., and invites those organizations to participate ...", A/RES/78/233, para. 5;
        # tests/labels/mandates_fresh13 n 54: the same list with the same relations)
        groups = {n.written for n in found}
        members = [n for n in _antecedents(previous) if n.via is not None and n not in found]
        while True:
            more = [n for n in members if n.via in groups and n.actor.key not in own and agrees(n)]
            if not more:
                break
            found += more
            members = [n for n in members if n not in more]
            groups |= {n.written for n in more}
        found = [n for n in _antecedents(previous) if n in found]  # in the list's order
    if not found and isinstance(previous, Antecedents):
        # none of the clause before: the partners of a joint work named before in the paragraph ("Notes with
        # appreciation the additional efforts being made to enhance cooperation with other international, governmental
        # and non-governmental organizations ..., encourages those organizations to share knowledge", A/RES/78/208,
        # para. 14; "the agreed and targeted cooperation between the Council of Europe and UN-Women and the United
        # Nations Population Fund, ..., in this context encourages the above-mentioned bodies to continue to develop a
        # specific and fruitful collaboration", A/RES/79/284, para. 19)
        found = referred(previous.partners())
    if not found and isinstance(previous, Antecedents) and not any(
            noun in map(singular, _WORD.findall(t)) for t in previous.texts):
        # none in the paragraph, which names no such noun before it: the addressees of the paragraph before ("Invites
        # all countries of the region, ... to declare their support ...", then "Also invites those countries, pending
        # the establishment of the zone, not to develop ...", A/RES/79/16, paras. 5-6; 78/17, 80/17)
        found = referred(previous.paragraph_before)
    return found


# a joint work and the word that names its partners: "cooperation with", "the cooperation between X and Y" (as the
# extraction's ``_OBJECT_OF`` reads the work of an object, ``extract._JOINT_WITH`` its partner after "with"), an
# engagement with bodies ("to expand its positive engagement with the Office of the United Nations High Commissioner
# for Human Rights, ... and the Independent International Commission of Inquiry on the Syrian Arab Republic and to
# cooperate fully with these mechanisms, ..., and in this regard calls upon these organizations and mechanisms",
# A/RES/80/224, para. 9) and an agreement between them ("Welcomes the implementation of the agreement between
# the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and the International
# Organization of la Francophonie, ..., and invites the two institutions", A/RES/79/331, para. 45); the partners'
# list ends before "and to" too
_JOINT = re.compile(r"\b(?:cooperation|coordination|collaboration|partnerships?|dialogue|engagement|agreements?)\s+(?:with|between|among)\s+",
                    re.IGNORECASE)
# where the partners' list ends: an infinitive, a purpose, a relative clause, a clause set off by a semicolon
_PARTNERS_END = re.compile(r"(?:\s+and)?\s+(?:in\s+order\s+)?to\s+[a-z]|,?\s+(?:which|who|whose|that)\s|[;:]")


@lru_cache(maxsize=1024)
def _joint_partners_cached(body: str) -> tuple[Named, ...]:
    """``_joint_partners``, kept per body (a paragraph's clauses recur across resolutions)."""
    for m in reversed(list(_JOINT.finditer(body))):
        rest = body[m.end():]
        end = _PARTNERS_END.search(rest)
        found = actor_phrases(rest[: end.start()] if end else rest, [])
        if found:
            return tuple(found)
    return ()


def _joint_partners(body: str) -> list[Named]:
    """The partners of the last joint work a clause's body names (``_JOINT``): the actors of the list after "with",
    "between" or "among", to an infinitive, a purpose or a relative clause (``actor_phrases``); [] if none."""
    return list(_joint_partners_cached(body))


@lru_cache(maxsize=1)
def _referring_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """``actors.txt`` [bodies referred back] and [states referred back], in lower case."""
    sections = data.sections("actors.txt")
    return tuple(frozenset(w.lower() for w in sections.get(name, ()))
                 for name in ("bodies referred back", "states referred back"))


def _thing_nouns(section: str) -> frozenset[str]:
    """The words of a section of ``actors.txt`` that names things, not bodies ("forms of cooperation", "policy
    instruments"), in lower case."""
    return data.entry_set("actors.txt", section, str.lower)


def _form_of_cooperation(phrase: str) -> bool:
    """Does ``phrase`` end, before any complement, in a form of cooperation in lower case after capitalised
    modifiers ("North-South, South-South and triangular cooperation", ``actors.txt`` [forms of cooperation])? An
    activity, not a body, though capitalised words name who cooperates."""
    words = _COMPLEMENT_NOT_AND.split(phrase, maxsplit=1)[0].split()
    return bool(words) and words[-1] in _thing_nouns("forms of cooperation")


_COMPLEMENT_NOT_AND = re.compile(r"\s+(?:of|for|on|to|in|from|with|by|between|among|amongst)\s+")


def _policy_list(phrase: str) -> bool:
    """Is ``phrase`` a coordination, before any complement, one of whose members ends in a policy instrument
    (``actors.txt`` [policy instruments]: "national, regional and global plans, policies and programmes on transport
    and mobility", A/RES/78/148, para. 3)? Its "programmes" are then instruments too, and the list names things."""
    before = _COMPLEMENT_NOT_AND.split(phrase, maxsplit=1)[0]
    members = [m.split() for m in re.split(r"\s*,\s*|\s+(?:and|or)\s+", before) if m.strip()]
    return len(members) > 1 and any(m[-1] in _thing_nouns("policy instruments") for m in members)


# a head that is an act's noun in "-ing", in lower case after the words that modify it: "United Nations monitoring"
_ACT_HEAD = re.compile(r"\s[a-z]+ing$")

_PHRASES: dict[int, tuple[Tree, int, str, list[tuple[bool, str, str | None]]]] = {}  # id(tree) -> tree and its phrases


def _phrases(tree: Tree, source: str, offset: int) -> list[tuple[bool, str, str | None]]:
    """Passes 1-2 over an ``addressees`` tree, what the actors are read from: (a pronoun?, the phrase, its group)
    of each phrase that may name actors; none where the first phrase names a thing. They depend on the tree and
    the text under it only, so they are kept per tree (a clause's reading is shared: ``_reading``), at most 8192."""
    kept = _PHRASES.get(id(tree))  # the tree is held there: its id is not another's
    if kept is not None and kept[1] == offset and source.startswith(kept[2]):
        return kept[3]
    raw = _entries(tree)
    entries = _shared_demonstratives(_member_groups(_appositions(_outside_groups(_shared_modifiers(_shared_complements(
        _adjectives(_proper_names(_distributed_offices(_distributed_names(raw, source, offset)), source, offset), source,
                    offset))), source, offset))))
    out: list[tuple[bool, str, str | None]] = []
    # the first phrase that is not a plain noun of the list says whether the object is a thing: "transnational
    # corporations and other business enterprises" are addressed (A/RES/78/189, para. 45), "partnerships and
    # networks" are not
    first = next((e.text for e in entries if e.via == entries[0].via
                  and (not _list_noun(e) or table().is_actor_like(cut_qualifiers(e.text)))),
                 entries[0].text) if entries else ""
    head = _COMPLEMENT.split(cut_qualifiers(first), maxsplit=1)[0]
    if entries and (_role_object(first) or _gerund_object_at(source[entries[0].start - offset :]) or _policy_list(first)
                    or not (
            table().is_actor_like(_participle_cut(cut_qualifiers(first))) or is_pronoun(first) or _THOSE_WHO.match(first)
            or (_described(first) and all(_described(e.text) or table().is_actor_like(cut_qualifiers(e.text))
                                           for e in entries))
            or re.match(r"(?:their|its|his|her)\s", first)
            or (re.search(r"\b[A-Z]", head) and not _ACT_HEAD.search(head) and not _form_of_cooperation(first)))):
        # "Encourages the formation of partnerships ...": the object is a thing, nobody is addressed (a name before
        # an act's noun in "-ing" too: "encourages United Nations monitoring and reporting to further document
        # violations ...", A/RES/78/222, para. 35; 79/185, para. 36: the monitoring, no actor "United Nations
        # monitoring"; ``_ACT_HEAD``) ("the
        # initiative", a thing named before, only in a list of actors: "We encourage the consolidation, expansion and
        # deepening of regional trade agreements", A/RES/79/323, annex, para. 43 (j)); so are the
        # actors an object's participle names ("encourages collaborative efforts involving Governments, regulators,
        # industry stakeholders and civil society to foster ...", A/RES/80/121, para. 17: docs/mandates.md, Mandates)
        pass
    else:
        documents: list[str] = []
        for e in entries:
            text = e.text
            if text.startswith("of "):
                # "the role of the United Nations and of the international financial institutions": the preposition
                # repeated before a member; "..., paragraph 2 (b), of the Agreement": the rest of a citation
                text = text[3:]
                if e.sep_before != "COORD" or not table().is_actor_like(cut_qualifiers(text)):
                    continue
            elif text.startswith("to ") and e.sep_before in ("COORD", "COMMA_COORD"):
                # "Reaffirms its request to the Secretary-General and to the President of the General Assembly"
                # (A/RES/78/228, para. 6), "its appeal to the United Nations Development Programme ..., as well as
                # to Governments" (A/RES/78/103, para. 10 (d)): the preposition of a renewed noun repeated
                if not table().is_actor_like(cut_qualifiers(text[3:])):
                    continue
                text = text[3:]
            if e.via and (whose := _those_of(text, e.via)):
                text = whose  # "concerned Governments, in particular those of countries of origin, transit and ..."
            if e.via and _group_member(text):  # "all other Member States, in particular those in arrears"
                out.append((False, text, e.via))
                continue
            if ((_not_actor(text) or _ROLE_HEAD.match(text)) and not _THOSE_WHO.match(text)
                    and not demonstrative(text)):
                continue
            if _document(text) or (e.via and any(e.via in d for d in documents)
                                   and not table().is_actor_like(cut_qualifiers(text))):
                # "States parties to the United Nations Convention against Transnational Organized Crime and the
                # Protocols thereto, in particular the Protocol against the Smuggling of Migrants ..." (A/RES/78/217,
                # para. 8): a treaty the addressees are parties to, and the texts named as its members, are no actors
                documents.append(text)
                continue
            out.append((is_pronoun(cut_qualifiers(text)), text, e.via))
    if len(_PHRASES) >= 8192:
        _PHRASES.clear()
    _PHRASES[id(tree)] = (tree, offset, source[: max((e.end for e in raw), default=offset) - offset], out)
    return out


@lru_cache(maxsize=1)
def _document_head() -> re.Pattern:
    """A phrase whose head is a document's noun (``document_words.txt``), capitalised, after its article and a year:
    "the Protocols thereto", "the 1967 Protocol thereto", "the Protocol against the Smuggling of Migrants by Land,
    Sea and Air"; not "the Conference of the Parties" (no document word), "the parties thereto" (lower case), nor a
    bare "the Programme" (a body named before: the Programme of UN-Habitat)."""
    words = "|".join(map(re.escape, data.lines("document_words.txt")))
    return re.compile(rf"(?:the\s+)?(?:\d{{4}}\s+)?(?:{words})s?\s+(?!(?:of|on)\s+the\s+Parties\b)\S")


def _document(phrase: str) -> bool:
    """Is the phrase a document (``_document_head``, or a treaty's title, ``_instrument_title``), never an actor?"""
    return (_document_head().match(phrase) is not None or _instrument_title().match(phrase) is not None) and not scan(
        phrase)


@lru_cache(maxsize=1)
def _instrument_title() -> re.Pattern:
    """A treaty's title with capitalised words before its noun (``complements.txt`` [instrument nouns]) and a
    preposition after it: "the International Covenant on Civil and Political Rights", "the International Convention on
    the Protection of the Rights of All Migrant Workers ..." (A/RES/79/154, para. 50)."""
    nouns = data.alternation(data.sections("complements.txt")["instrument nouns"])
    return re.compile(rf"(?:the\s+)?(?:\d{{4}}\s+)?(?:[A-Z][\w-]*\s+){{1,3}}(?:{nouns})s?\s+"
                      rf"(?:on|of|for|against|relating\s+to)\s")


@lru_cache(maxsize=1)
def _gerund_object() -> re.Pattern:
    """A list that opens with a gerund and its object, or a list of gerunds: a thing done, no actor addressed:
    "encourages exploring, developing and, where appropriate, the strengthening of innovative and anticipatory
    mechanisms and approaches, such as forecast-based financing and disaster risk insurance, to reduce the impact of
    disasters" (A/RES/78/119, para. 40; 79/140 40), "encourages developing and strengthening adaptive and
    risk-informed social protection systems and exploring innovative ways ... to increase the availability of
    resources" (A/RES/80/137, para. 63). A gerund: a word in "-ing" in lower case followed by a comma, by "and" and
    another word in "-ing", by a determiner, or by an adjective in "-ive", "-al" or "-ed"; not a participle that
    names a class of actors ("developing countries", "participating States": a noun follows), nor the participle of
    an operative verb (``operative_verbs.txt`` [participles]: "the call urging developed country parties"). A gerund
    whose object is followed by "in" and a gerund, the verb's complement of the act it helps ("assist X in doing"),
    is one too (``_gerund_object_at``)."""
    from .verbs import verbs

    asking = "|".join(re.escape(w.split()[0]) for w in verbs().participles) or "(?!)"
    return re.compile(rf"(?!(?:{asking})\b)[a-z]+ing(?:,|\s+and\s+[a-z]+ing\b|\s+(?:the|a|an|their|its|his|her|"
                      rf"all|such|these|those)\s|\s+[a-z-]+(?:ive|al|ed)\s)")


# a gerund, its object (the first word, then at most three more) and "in" with a gerund: "assisting developing countries
# in attaining ..."
_GERUND_IN = re.compile(r"[a-z]+ing\s+(?P<first>[\w-]+)(?:\s+[\w-]+){0,3}?\s+in\s+[a-z]+ing\b")


def _gerund_object_at(text: str) -> bool:
    """Does ``text`` open with a gerund and its object (``_gerund_object``), or with a gerund whose object is followed
    by "in" and a gerund, the verb's complement of the act it helps ("assist X in doing"): "Recommends assisting
    developing countries in attaining long-term debt sustainability ..." (A/RES/78/137, para. 26; 79/197, 26; 80/123,
    30: a recommendation with no addressee, not the actor "assisting developing countries")? Not where the word after
    the "-ing" word is an actor's head: then that word is a participle before its noun ("developing countries in
    providing finance", A/RES/79/323, annex, para. 36 (e))."""
    if _gerund_object().match(text) is not None:
        return True
    m = _GERUND_IN.match(text)
    return m is not None and singular(m.group("first").lower()) not in table().heads


def _role_object(phrase: str) -> bool:
    """Is the phrase's head an act, not an actor ("collaborative efforts involving Governments, ...": the efforts;
    not "States conducting activities in outer space", A/RES/78/19, para. 8: no actor's head before the act's noun)?"""
    m = _ROLE_HEAD.match(phrase)
    if m is None:
        return False
    heads = table().heads
    return not any(w in heads for w in tokens(phrase[: m.end()])[:-1])


def _plural_name(name: str, head: str) -> bool:
    """Is the head noun ``head`` plural in the actor's name ("regional commissions" for "commission")?"""
    words = [w.lower() for w in name.split()]
    return any(w != head and singular(w) == head for w in words)


@lru_cache(maxsize=4096)
def _heads(actor_key: str) -> frozenset[str]:
    """The words that can be a name's head: the last before its first preposition ("united nation conference on
    ocean" -> conference) and the last before its "of", or its last word ("financing for sustainable development
    office" -> office; "president of the conference" -> president only)."""
    before_of = actor_key.split(" of ", 1)
    return frozenset({re.split(r" (?:of|for|on|to|in) ", actor_key, maxsplit=1)[0].split()[-1],
                      (before_of[0] if len(before_of) > 1 else actor_key).split()[-1]})


def _name(piece: str, before, recent: Recent | list[Actor] = ()) -> Named | None:
    """One actor phrase -> the actor, resolving "their offices" and "the institutions" / "the Office" against the
    actors named before (in the paragraph: ``before``, a list of Named or a function of no argument that returns
    it, called only where needed; then in the resolution). An office of a body the table does not hold, read so,
    is the office of the body its short name stands for (:func:`_office_of_body`), however the phrase was read:
    "the Bureau" after "the Bureau of the Ad Hoc Working Group of the Whole" (A/RES/78/69, para. 320) is the Bureau
    of the Ad Hoc Working Group of the Whole on the Regular Process ..., as that phrase itself is (para. 328)."""
    named = _read_name(piece, before, recent)
    if named is not None and not named.actor.known and (
            held := _office_of_body(named.actor.name, before, recent)) is not None:
        return Named(named.written, held, named.via, named.part_of)
    if (named is not None and not named.actor.known and named.actor.key in table().offices
            and named.actor.name[:1].islower() and hasattr(recent, "office_of")
            and (body := recent.office_of(named.actor.name)) is not None):
        # "requests special rapporteurs to submit their reports" (A/RES/79/121 15) after "the special rapporteurs of
        # the International Law Commission" (its preamble): the Commission's, another office than the Human Rights
        # Council's Special Rapporteurs, part of the Commission (``Recent.office_of``)
        whole = table().resolve(body)
        name = f"{named.actor.name} of the {whole.name}"
        return Named(named.written, Actor(name, key(name), False), named.via, whole.key)
    return named


def _read_name(piece: str, before, recent: Recent | list[Actor] = ()) -> Named | None:
    """``_name`` before an office's body is read (:func:`_office_of_body`)."""
    t = table()
    written, their, the_word, actor = _name_parts(piece)
    if the_word is None and (noun := _described(written)) is not None:
        # "the initiative": the thing the paragraph named before by that noun (``Recent.described``), else nobody
        named = recent.described(noun, written) if hasattr(recent, "described") else None
        return Named(written, named) if named is not None else None
    short = _short_name(written) if hasattr(recent, "full_name") else None
    if short is not None and the_word is None and (actor is None or not actor.known or key(short) in t.short_names):
        # "the High Commissioner", "the Office of the High Commissioner", "the Special Committee": the body the
        # resolution named in full before (``_full_name``); a name of the table only if it is also other bodies'
        # short name ([short names]: "the Special Committee" of A/RES/78/291 is the one on Peacekeeping Operations);
        # the body named in full before it in its own paragraph first, as for "the Committee" (``_named_before``):
        # "Takes note of the report of the Working Group of Experts on People of African Descent, ..., invites ...
        # the Working Group" (A/RES/80/193, para. 32), not the Intergovernmental Working Group of para. 29
        head = singular(name_head(short).lower())
        if (near := _named_before(written, head, _plural_name(short, head), [], recent, key(short))) is not None:
            return near
        if (named := _full_name(written, short, recent)) is not None:
            return named
    previous = before if isinstance(before, list) else before() if their is not None else None
    if their is not None and not _owned_actor(their):
        return None  # "requests its extension to ...", "their active participation": a thing of the actor's
    if their is not None and previous and _other_party(their):
        # "the least developed countries and their development partners" (A/RES/80/150, para. 29): the partners by
        # their own name, no part of the countries (``actors.txt`` [other parties])
        return Named(written, t.resolve(their))
    if their is not None and previous:  # "their subregional offices": the previous actor's
        whole = previous[-1].actor
        # "all its parties" after "the Paris Agreement" (A/RES/78/69, para. 206): the parties to a treaty
        of = "to" if singular(their.split()[-1]) == "party" else "of"
        actor = t.resolve(f"{their} {of} the {whole.name}")
        return Named(written, actor, part_of=whole.key)
    if the_word is not None:  # "the institutions", "the Office": named before
        word, plural = the_word
        if previous is None:  # a key's words are runs of letters and digits: "secretary-general" is in none
            previous = before() if _WORD.fullmatch(word) else []
        earlier = (recent.having(word) if hasattr(recent, "having")
                   else [a for a in reversed(recent) if word in a.key.split()])
        if word == "state" and not plural and demonstrative(written) and hasattr(recent, "state_named"):
            # "that State": the State named last, in this paragraph or the one before (``Recent.state_named``)
            if (state := recent.state_named(written)) is not None:
                return Named(written, state)
        if word in _state_organs() and not plural and hasattr(recent, "state_named"):
            # "the Government": of the State the clauses before in the paragraph address ("calls upon the Islamic
            # Republic of Iran to release ..., and urges the Government to address ...", A/RES/78/220, para. 20),
            # else of the State whose Government the paragraph (or the one before) named last (para. 26)
            if previous is None:
                previous = before()
            state = next((n.actor for n in reversed(previous) if n.actor.key in states()), None)
            if state is None:
                state = recent.state_named(written, organ=word.capitalize())
            if state is not None:
                return Named(written, state)
        if word in t.party_heads and hasattr(recent, "parties_named"):
            # "the Parties": of the treaty the paragraph names, never one named paragraphs before
            earlier = [a] if (a := recent.parties_named(word, written)) is not None else []
        if (near := _named_before(written, word, plural, previous, recent)) is not None:
            return near
        if actor is not None and actor.known and _capitalised_name(written):
            # "requests the Secretariat to issue ..." after "the secretariat of the Commission" (A/RES/78/103, paras.
            # 7, 11): capitalised, the Secretariat of the United Nations (Editorial Manual, II.L; ``actors.txt``
            # [capitalised]), no body's secretariat named in an earlier paragraph
            return Named(written, actor)
        # the body of the title is the one meant, named here as the paragraphs named it ("the Office of Internal
        # Oversight Services of the Secretariat" for the title's "Office of Internal Oversight Services", A/RES/80/237)
        titled = _title_body(written, short, word, plural, recent) if short is not None else None
        for prev in chain((n.actor for n in reversed(previous) if word in n.actor.key.split()), earlier):
            # its head is that word: "the Conference" is the United Nations Conference on ..., never the
            # Presidents of the Conference; "the commission" (one body) is never a group named in the plural
            # ("regional commissions")
            if prev.key == word or word not in _heads(prev.key) or plural != _plural_name(prev.name, word):
                continue
            if titled is not None and not prev.key.startswith(titled.actor.key):
                continue  # another body of that head, named or asked before: not the title's
            part_of = next((n.part_of for n in previous if n.actor == prev), None)
            if part_of is None and prev.key.startswith("secretariat of the "):
                # a body's secretariat named in an earlier paragraph (below: "secretariat of the <body>") is
                # still that body's part ("requests the secretariat", A/RES/78/71, para. 14 after para. 13)
                part_of = prev.key[len("secretariat of the "):]
            return Named(written, prev, part_of=part_of)
        if titled is not None:  # as the paragraphs before named it, if they did (the rule of short names, below)
            named = _full_name(written, short, recent)
            return named if named is not None and named.actor.key.startswith(titled.actor.key) else titled
        if actor is not None and not actor.known and hasattr(recent, "proper_names"):
            # a name the table does not hold, written before in the paragraph or the resolution: "the Statistics
            # Division of the Department of Economic and Social Affairs of the Secretariat ..., and encourages the
            # Division to consider ..." (A/RES/79/330, para. 42)
            prev = next((a for a in recent.proper_names(word, written) if plural == _plural_name(a.name, word)), None)
            if prev is not None:
                return Named(written, prev)
        if word == "secretariat" and not plural and "secretariat" in written:
            # "the secretariat" in lower case is not the Secretariat of the United Nations (Editorial Manual,
            # II.L: only it is capitalised) but that of the body named last ("Invites the Scientific Committee
            # ..., and requests the secretariat to ...", A/RES/78/71, para. 14; para. 13 after "members of the
            # Scientific Committee" in para. 12): a body that holds sessions (data/assembly_sessions.txt), not the
            # Assembly
            owners = _secretariat_owners()
            body = next((n.actor for n in reversed(previous)
                         if _head_word(n.actor.key) in owners and n.actor.name[:1].isupper()), None)
            if body is None and hasattr(recent, "latest"):
                body = recent.latest(owners)
            if body is not None and not body.name[:1].isupper():
                body = None  # a body by its name, not "other relevant bodies"
            if body is not None:
                return Named(written, t.resolve(f"secretariat of the {body.name}"), part_of=body.key)
        if short is not None and (actor is None or not actor.known) and (
                named := _full_name(written, short, recent)) is not None:
            # "the Authority", "the Centre": named in full before, in the resolution's title or a paragraph, and by
            # no actor of the table ("the Centre" of A/RES/78/235, titled "Subregional Centre for Human Rights and
            # Democracy in Central Africa", paras. 3-7)
            return named
    if their is not None and not previous and actor is not None and key(their):
        # no owner named before in the paragraph: the Assembly's own, named without the possessive, as the labels name
        # an actor without its determiner ("Encourages its Main Committees and subsidiary bodies ...", A/RES/78/182,
        # para. 30: the Main Committees, as "Requests each of the Main Committees", 79/327, para. 25; was "its Main
        # Committees")
        actor = t.resolve(their)
    return None if actor is None else Named(written, actor)


_OFFICE_OF = re.compile(r"(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+of\s+(?P<body>the\s+[A-Z].*)", re.DOTALL)


def _office_of_body(name: str, before, recent) -> Actor | None:
    """ "Chair of the Working Group" (``name``: an office or its holder of ``office_titles.txt`` or ``actors.txt``
    [offices], then "of" and a body by its short name, as the table does not hold it): the office of the body the
    short name stands for, read as ``_name`` reads the short name alone ("the Working Group" the body the
    paragraph named in full before it, or the title's, or one named in full in a paragraph before). "Takes note of
    the report of the Working Group of Experts on People of African Descent, invites the Human Rights Council, through
    the Chair of the Working Group, ..., and in this regard invites the Chair of the Working Group to present ..."
    (A/RES/80/193, para. 32): the Chair of the Working Group of Experts on People of African Descent
    (tests/labels/GUIDELINE.md, the seventeenth sample's n 9, as "the Office", "the Institute": the sixteenth's n 24,
    48). None when the short name stands for no longer name, or is a name of the table itself ("the Fifth
    Committee"): then the office is kept as written."""
    m = _OFFICE_OF.fullmatch(name)
    if m is None or " ".join(tokens(m.group("office"))) not in table().offices:
        return None
    if table().resolve(m.group("body")).known:
        return None  # "the Chairs of the Fifth Committee": a body of the table by that name, not short for another
    body = _name(m.group("body"), before, recent)
    if body is None or body.actor.key == key(m.group("body")) or body.actor.key in states():
        return None
    return table().resolve(f"{m.group('office')} of the {body.actor.name}")


_DESCRIPTION = re.compile(r"(?:the|this|that)\s+(?P<noun>[a-z][a-z-]*)")


def _capitalised_names() -> frozenset[str]:
    return data.entry_set("actors.txt", "capitalised", key)


def _capitalised_name(written: str) -> bool:
    """Is ``written`` ("the Secretariat") a name of ``actors.txt`` [capitalised] written capitalised: the table's own
    actor ("the secretariat" in lower case is a body's)?"""
    m = _THE_WORD.fullmatch(written.strip(" ,;:"))
    return m is not None and m.group(1)[:1].isupper() and key(m.group(1)) in _capitalised_names()


def _state_organs() -> frozenset[str]:
    """The heads of a State's organs that "the <head>" names as the State's own (``actors.txt`` [organs of a State],
    singular, lower case: "government"): the scanner's words of them (``actors._organ_words``)."""
    return _organ_words()


def organ_of_state(m) -> bool:
    """Is a mandate's actor a State read from "the <organ>" (``actors.txt`` [organs of a State]: "the Government",
    ``_name``), its words no name of the actor they stand for? ``m``: a ``Mandate``."""
    written = _THE_WORD.fullmatch((m.actor_as_written or "").strip(" ,;:"))
    return (written is not None and singular(written.group(1).lower()) in _state_organs()
            and m.actor_key in states())


def _described(phrase: str) -> str | None:
    """The noun of a definite description with no words of its own, "the <noun>" ("the initiative", "this
    platform"), whose lower-case noun is no actor's head of ``actors.txt`` [heads] (those are read by ``_name`` as
    "the Office", "the system": ``_THE_WORD``); else None. It names the thing the paragraph named before with that
    noun as the head of a proper name (``Recent.described``), or nobody."""
    m = _DESCRIPTION.fullmatch(phrase.strip(" ,;:"))
    if m is None:
        return None
    noun = m.group("noun")
    return noun if singular(noun) not in table().heads and not _PRONOUN.fullmatch(noun) else None


def _named_before(written: str, word: str, plural: bool, previous: list[Named], recent,
                  short: str | None = None) -> Named | None:
    """ "the Board", "the Committee", "the Court" (``written``, head ``word``, ``plural``): the body of that head named
    last before it in the same paragraph (``Recent.named_before``), one whose head is the word in the same number ("the
    Residual Special Court", A/RES/80/243, section V, para. 5: not the International Court of Justice of a paragraph
    before); a name the table does not hold is followed to the full name it stands for (``Recent.full_name``: the
    Residual Special Court for Sierra Leone). None when the paragraph names none: then the actors named earlier in the
    clause and the resolution (``_name``). ``short``: the key of a short name of more words ("working group"), which
    the body's name holds in order, with more (``resparse.names.within``: "the Working Group" is the Working Group of
    Experts on People of African Descent, not the President of the Council named before it)."""
    if not hasattr(recent, "named_before"):
        return None
    words = tuple(short.split()) if short else ()
    for actor in recent.named_before(word, written):
        if actor.key == word or word not in _heads(actor.key) or plural != _plural_name(actor.name, word):
            continue
        if words and (len(actor.key.split()) <= len(words) or not within(words, tuple(actor.key.split()))):
            continue
        if not actor.known:  # a name itself short, followed to the full name named before ("the Office of the
            # High Commissioner": the Office of the United Nations High Commissioner for Refugees, A/RES/79/156)
            full = recent.full_name(actor.name)
            actor = table().resolve(full or actor.name)
        return Named(written, actor, part_of=next((n.part_of for n in previous or () if n.actor == actor), None))
    return None


def _title_body(written: str, short: str, word: str, plural: bool, recent) -> Named | None:
    """ "the Committee" (``written``, its short name ``short``, head ``word``) that no body named before it in its
    paragraph stands for (:func:`_named_before`): the body of that head the resolution's title names
    (``Recent.title_name``), the body the resolution is about, before one named or asked in another paragraph (``_name``
    takes the title's body as a paragraph named it last, its name maybe longer; never another body): "Report
    of the Committee on Relations with the Host Country" (A/RES/80/172; 78/116, 79/130): "Requests the Committee to
    continue its work ..." (para. 16) after "requests the Secretariat and the Committee on Conferences ..." (para.
    14; tests/labels/mandates_fresh10 n 69), as the Editorial Manual's short title after the full name at first mention
    (``resparse.names.full_name``). None when the title names no such body, or one of another number."""
    if not hasattr(recent, "title_name"):
        return None
    full = recent.title_name(short)
    if full is None or plural != _plural_name(full, word):
        return None
    return Named(written, table().resolve(full))


def _full_name(written: str, short: str, recent) -> Named | None:
    """The actor a short name stands for: the full name the resolution named before it (``Recent.full_name``,
    ``resparse.names.full_name``), as the table resolves it; None when it names none."""
    full = recent.full_name(short)
    return None if full is None else Named(written, table().resolve(full))


@lru_cache(maxsize=4096)
def _short_name(written: str) -> str | None:
    """The name in "the <name>" written as a body's name, capitalised ("the High Commissioner", "the Office of the
    High Commissioner", "the Committee"): what may be a short name (``resparse.names.proper_name``); else None."""
    m = re.match(r"the\s+([A-Z].*)", written)
    if m is None:
        return None
    head = name_head(m.group(1))
    return m.group(1) if head[:1].isupper() and is_name(head, written) else None


@lru_cache(maxsize=1)
def _secretariat_owners() -> tuple[str, ...]:
    """The heads of the bodies a lower-case "the secretariat" may be the secretariat of: those that hold sessions
    (``assembly_sessions.txt`` [session holders]), singular, lower case, less the Assembly and the parties (their
    Conference has the secretariat: "the secretariat and the Global Mechanism of the Convention" after "parties to
    the Convention", A/RES/78/154, para. 24, is none of theirs)."""
    return tuple(w for w in (singular(h) for h in data.sections("assembly_sessions.txt")["session holders"])
                 if w not in ("assembly", "party"))


def _other_party(rest: str) -> bool:
    """Does "its/their <rest>" name another party of the actor it is said of, no part of it: its head noun (the last
    word before a preposition) one of ``actors.txt`` [other parties] ("development partners", "humanitarian
    partners", "donors"), not "subregional offices"?"""
    head = _head_noun(cut_qualifiers(rest))
    return bool(head) and singular(head.lower()) in data.entry_set("actors.txt", "other parties")


def _head_noun(phrase: str) -> str:
    """The last word of ``phrase`` before its first preposition ("development partners" -> "partners", "groups of
    experts" -> "groups"); "" for no word."""
    words = re.split(r"\s+(?:of|for|on|to|in|by)\s+", phrase, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _owned_actor(rest: str) -> bool:
    """ "its/their <rest>" names an actor: an actor's head ("their subregional offices", "its functional
    commissions") or persons in the plural ("their alternates"); not "its extension", "their ongoing collaboration",
    "its annexed Protocols" (A/RES/79/327, para. 36; A/RES/78/69, para. 206)."""
    rest = cut_qualifiers(rest)
    if table().is_actor_like(rest):
        return True
    last = _head_noun(rest)
    return last.islower() and plural(last)


_RESTRICTIVE = re.compile(r"\s*(?:that|which|who|whose|having|to|concerned|[a-z]+ed)\b")


def _restricted(after: str) -> bool:
    """Does a restrictive modifier follow "the <head>" ("the States contemplated in Protocol III to the Treaty",
    "the parties to the conflict", "the States that have not yet done so")? Then the phrase says which ones by
    itself and refers back to no actor named before (it is "States", not the "African States" of a paragraph
    before); a bare "the Office", "the Commission" does."""
    return bool(_RESTRICTIVE.match(after))


def _participle_cut(phrase: str) -> str:
    """The phrase up to a participle that qualifies an actor's head: "Member States expressed in its resolution" ->
    "Member States", "countries developing integrated national financing frameworks" -> "countries" (a lower-case
    word in -ed or -ing after a word whose singular is a head of ``actors.txt``); a name of the table stays whole
    ("States bordering straits"), also before a complement of its own: "States fishing on the high seas for a
    straddling fish stock or a highly migratory fish stock" -> "States fishing on the high seas" (A/RES/80/109,
    para. 181), the longest name of the table the phrase opens with that holds the participle. A participle restricts
    a class ("countries receiving support"), not one body named as ``actors.txt`` [singular names]: "the United
    Nations peacebuilding architecture", "United Nations monitoring" are no United Nations."""
    t = table()
    by_key = t.by_key
    if key(phrase) in by_key:
        return phrase
    term = participle_term(phrase)
    if term is not None:  # "States fishing for straddling fish stocks ... on the high seas" (A/RES/80/109, para. 179)
        return term.name
    words = phrase.split()
    heads = t.heads
    for i in range(1, len(words)):
        # not in a compound whose last word is a head: "treaty body monitoring mechanisms"
        compound = i + 2 == len(words) and singular(words[i + 1].lower()) in heads
        # or after a whole name of the table: "national institutions for the promotion and protection of human rights
        # established by Member States" (A/RES/78/204, para. 10): the national human rights institutions
        if (words[i].islower() and words[i].endswith(("ed", "ing"))
                and (singular(words[i - 1]) in heads or (i > 2 and key(" ".join(words[:i])) in by_key))
                and not compound and key(" ".join(words[:i])) not in t.singular_names):
            named = next((j for j in range(len(words) - 1, i, -1) if key(" ".join(words[:j])) in by_key), None)
            return " ".join(words[:named or i])
    return phrase


@lru_cache(maxsize=16384)
def _name_parts(piece: str) -> tuple[str, str | None, tuple[str, bool] | None, Actor | None]:
    """What ``_name`` reads of a phrase before it looks at the actors named before: the phrase as written, the rest
    after "their"/"its", (the head noun in the singular, plural?) of "the <head noun>", and the actor the phrase
    names by itself (None: no words)."""
    t = table()
    written = piece.strip(" ,;:")
    phrase = _participle_cut(cut_qualifiers(written))
    m = _THEIR.match(phrase)
    their = m.group(1) if m else None
    m = _THE_WORD.fullmatch(phrase)
    the_word = None
    if m and singular(m.group(1)) in t.heads and not _restricted(written[len(phrase):]):
        the_word = (singular(m.group(1)), m.group(1).lower() != singular(m.group(1)))
    # the actor without words of tenure ("the next Special Envoy": the Special Envoy, ``without_tenure``); "the <head
    # noun>" read as written (a holder named by tenure is not one named before)
    return written, their, the_word, t.resolve(without_tenure(phrase)) if key(phrase) else None
