"""Clause reading: a paragraph's text cut at its operative verbs, the action (the infinitive), decisions ("Decides
that X shall ...") and passive agents ("to be appointed by X")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from lark import Token

from .. import data
from ..model import Paragraph
from ..ordinals import ordinal
from ..phrases import opening_phrase
from . import deadlines, reports
from .actors import (
    _depth_positions,
    _segments,
    cut_qualifiers,
    key,
    may_name_across,
    scan,
    singular,
    table,
)
from .addressees import (
    INFINITIVE_NOUNS,
    Named,
    _parenthesis,
    _participle_cut,
    actor_phrases,
    holder_instruments,
    is_pronoun,
    opens,
    shape_of,
)
from .attachment import rule
from .verbs import Verb, forms, verb_of, verbs, without_aside

# ---------------------------------------------------------------- pass 1: clauses


@dataclass
class Clause:
    written: str  # the verb as written with its lead: "and also requests"
    verb: Verb | None  # None: an operative verb that mandates nobody ("and notes that")
    start: int  # offset of the body (after the verb) in the paragraph text
    body: str  # the text after the verb up to the next clause
    joined: bool = False  # joined to the previous clause by "and" without a comma ("Requests A and invites B")
    verb_end: int = -1  # where its verb's words end in the paragraph text: the body's start, but the second pair of a
    #                     gapped clause ("requests A to X, and B to Y") keeps its verb's (one verb, one mandate)

    def __post_init__(self) -> None:
        if self.verb_end < 0:
            self.verb_end = self.start


# the punctuation a second verb's lead opens with ("..., and also requests", "; invites"; in a declaration also
# ". We request", ": we invite"), by annex; the other lead is white space then "and"
_STOPS = {False: ",;", True: ",;.:"}


# a full stop that ends no sentence: after an abbreviation of UN documents and footnotes, a title or "v." ("Supplement
# No. 46", "chap. I", "vol. I", "para. 4", "Add. 1", "Mr. Guterres": data/abbreviations.txt, the UN Editorial
# Manual's abbreviations, in any case, as footnotes.py reads them before a glued number), a dotted abbreviation
# ("e.g.", "i.e.", "p.m.") or an initial or a Roman numeral ("annex I.", read as an initial: the clause goes on, as
# before): lookbehinds, one per width
_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in (
    *(f"(?i:{re.escape(a)})" for a in data.abbreviations()), "[A-Z]", r"\.[a-z]"))


@lru_cache(maxsize=8)
def _inner_verb_regex(annex: bool, imperative: bool = False, participles: bool = False) -> re.Pattern:
    """A second verb inside a paragraph. In the operative part: "..., and also requests", "and invites",
    "..., and reiterates its request to", "and continues to urge", "..., also requires" (``[requirements]``: after
    an adverb only), and in a numbered operative paragraph (``participles``) a participle before its addressee
    (group ``participle``, lead ``plead``: "..., while urging all States", "and calling upon the United Nations
    system"; ``[participles]``); in an annexed or adopted declaration: a first-person verb anywhere ("... regions,
    we invite", ". We request"), in a paragraph of bare imperatives also "and call upon", and in a first-person
    paragraph (``participles``) a participle ("We ..., encouraging them to ...")."""
    v = verbs()
    conn = v.pattern(v.connectives)
    adverbs = v.pattern(v.adverbs)
    noun = rf"(?P<renewal>{v.pattern(v.renewals)})\s+(?:{adverbs}\s+)*{_renewed_noun()}"
    if annex:
        mandate = v.phrasal(v.first_person)
        # a bare verb ("and call upon all Member States") must be followed by its addressee, not a noun's
        # complement ("demand for and availability of skills")
        # or an actor's head noun in the plural ("and call on parties to contribute to the following global efforts",
        # A/RES/79/1, adopted text, para. 28 (c)), maybe after its modifiers ("Call upon United Nations agencies and
        # encourage multilateral development banks and other regional and intergovernmental organizations ... to
        # scale up ...", A/RES/80/117, annex, para. 77; "We call upon relevant organizations and bodies of the United
        # Nations system and invite international organizations ... to", A/RES/80/3, annex, para. 24)
        # a pronoun too, and adverbs before the verb: "We affirm the important role of the International
        # Telecommunication Union ... and invite it to further continue its efforts" (A/RES/79/1, annex I, para. 10),
        # "... and strongly urge them to regularly disclose ..." (A/RES/80/9, annex, para. 30)
        # or its "that"-clause with a subject: "Invite the International Monetary Fund to undertake a review ..., and
        # request that the Secretary-General update Member States on progress" (A/RES/79/1, adopted text, para. 78 (b))
        bare = (rf"|(?:(?:{adverbs})\s+)*(?P<bare>(?i:{mandate}))(?=\s+(?:(?:the|all|each|relevant|other|them|it|him|her"
                rf"|(?:[a-z-]+\s+){{0,2}}(?:{_plural_heads()}))\b|[A-Z]|that\s+(?:the|all|each|[A-Z])))" if imperative else "")
        # a connective that opens the sentence is capitalised, and may stand without its comma: ". In this regard we
        # decide to:" (A/RES/80/5, annex, para. 43, whose items the decision carries)
        first = (rf"(?P<lead>[{_STOPS[True]}]\s+(?:and\s+)?|\s+and\s+)(?:(?i:{conn}),?\s+)?"
                 rf"(?:(?i:we)\s+(?:(?:{adverbs}),?\s+)*(?:(?P<verb>(?i:{mandate}))\b|{noun}){bare})")
        # a sentence of the first person with another verb ends the clause before it and names the antecedents of a
        # pronoun after it: ". We also acknowledge the role of multilateral development banks ... and encourage
        # the provision of ..., encouraging them to ..." (A/RES/80/3, annex, para. 18); so does any other sentence:
        # an action ends at its sentence's end ("... to conduct a comprehensive biennial review ..., which should
        # inform the report of the Secretary-General on follow-up to the Antigua and Barbuda Agenda for Small Island
        # Developing States. In this regard, we note the call ...", A/RES/78/317, annex, para. 41), not at the full
        # stop of an abbreviation ("No. 46", "chap. I", "vol. I", "e.g. ", an initial: ``_ABBREVIATION``)
        sentence = rf"|(?P<slead>{_ABBREVIATION}\.\s+)(?P<other>We\s+(?:(?:{adverbs}),?\s+)*[a-z]+|[A-Z][\w’'-]*)\b"
        return re.compile(f"{first}{sentence}|{_participle_lead()}" if participles else f"{first}{sentence}")
    mandate = v.phrasal([*v.table, *v.agreements, *v.calls])
    other = v.pattern(v.others)
    # "requires" after an adverb only: "..., also requires", "and further requires"
    required = rf"|(?:(?:{adverbs})\s+)+(?P<required>{v.pattern(v.requirements)})\b" if v.requirements else ""
    # a connective may stand between another opening and its object: "..., encourages the African Union to continue
    # collaborating with the United Nations in advancing this agenda, and takes note in this regard of the signing of a
    # memorandum of understanding ..." (A/RES/79/329, para. 20: the action ends before "and takes note")
    # ", and," and a phrase set off by commas may stand between too: "Urges all parties directly concerned ... to
    # consider taking the practical and urgent steps required ..., and, as a means of promoting this objective, invites
    # the countries concerned to adhere to the Treaty" (A/RES/78/17, para. 1: the action ends before ", and,")
    # a verb's form followed by "for" or "of" is a noun's, coordinated before one object: "to process offers of and
    # requests for assistance" (A/RES/79/40, para. 17), as the annex's bare verb is ("demand for and availability of")
    finite = (rf"(?P<lead>,\s+and,\s+(?P<aside>[^,;:()]{{1,120}}?),\s+|[{_STOPS[False]}]\s+(?:and\s+)?|\s+and\s+)"
              rf"(?:(?:{conn}),?\s+)?(?:(?:(?:{adverbs})\s+)*"
              rf"(?:(?P<verb>{mandate})\b(?!\s+(?:for|of)\b)|{_continued()}|{noun}|(?P<other>{other})"
              rf"(?=(?:,?\s+(?:{conn}),?)?\s+(?:that|its|the|with|of|to)\b))"
              rf"{required})")
    # after ", and" another opening ends the clause before any lower-case word: "requests the Office ... to provide
    # States parties, upon their request, with necessary assistance in this regard, and welcomes voluntary
    # contributions from Member States to facilitate this work further" (A/RES/79/165, para. 8: the action ends before
    # "and welcomes"); a noun in the plural after ", and" is followed by a comma or a capital ("property, ..., and
    # objects, is increasingly targeted", A/RES/80/148, para. 16), read as before
    finite += (rf"|,\s+and\s+(?:(?:{conn}),?\s+)?(?:(?:{adverbs})\s+)*(?P<other_after_comma>{other})"
               rf"(?=\s+[a-z])")
    return re.compile(f"{finite}|{_participle_lead()}" if participles else finite)


def _plural_heads() -> str:
    """The heads of ``actors.txt`` [heads] in lower case and in the plural ("parties", "countries", "stakeholders"),
    as a regex alternation."""
    out = set()
    for head in table().heads:
        if "-" in head:
            continue
        out.add(head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else
                head + "es" if head.endswith(("s", "x", "ch", "sh")) else head + "s")
    return "|".join(sorted(out, key=len, reverse=True))


def _participle_lead() -> str:
    """A mandate verb as a participle before its addressee, as a regex with groups ``plead`` and ``participle``:
    "..., while urging all States", "and calling upon the United Nations system" (``[participles]``)."""
    v = verbs()
    return (rf"(?P<plead>,\s+(?:and\s+)?(?:also\s+)?(?:while\s+)?|\s+(?:and\s+)?(?:also\s+)?while\s+|\s+and\s+)"
            rf"(?:(?:{v.pattern(v.adverbs)})\s+)*(?P<participle>{v.pattern(v.participles)})\b"
            rf"(?=\s+(?:{_ADDRESSEE_START}))")


# what an addressee opens with, after a participle: "while urging all States", "encouraging the Agency", "while
# encouraging them"; not a noun object in lower case ("encouraging gender-balanced investments"): a word of these, or
# a capitalised word (the DETERMINER and NAME tokens of an item's opening, ``item_tokens``)
_ADDRESSEE_WORDS = ("the", "all", "each", "every", "relevant", "other", "them", "its", "their", "those")
_ADDRESSEE_START = "|".join(rf"{w}\b" for w in _ADDRESSEE_WORDS) + "|[A-Z]"


def _continued() -> str:
    """A mandate continued, as a regex with group ``continued``: "continues to encourage" (``[continuations]``, then
    a base form of ``[first person]``)."""
    v = verbs()
    if not v.continuations:
        return "(?!)"
    return (rf"(?:{v.pattern(v.continuations)})\s+(?:(?:{v.pattern(v.adverbs)})\s+)*"
            rf"(?P<continued>{v.pattern(v.first_person)})\b")


@lru_cache(maxsize=1)
def _annex_opening() -> re.Pattern:
    """The first-person opening of a declaration's paragraph ("We request", "We also strongly urge") or a bare
    imperative under a first-person chapeau ("Request the Secretary-General ...", "Call upon ..."), also after its
    adverbs, the first capitalised ("Also request the Secretary-General, with the support of the World Health
    Organization, to report ...", A/RES/78/5, annex, para. 84; "Further request relevant United Nations entities",
    A/RES/79/2, annex, para. 104; "Further call upon United Nations agencies", A/RES/80/117, annex, para. 78), as
    "Also requests" opens an operative paragraph of the body."""
    v = verbs()
    adverbs = v.pattern(v.adverbs)
    capitalised = v.pattern([a.capitalize() for a in v.adverbs])
    return re.compile(
        rf"^\s*(?:(?P<we>We)\s+(?:(?:{adverbs}),?\s+)*(?P<verb>(?i:{v.pattern(v.first_person)}))"
        rf"|(?P<bare>{v.pattern([f.capitalize() for f in v.first_person])})"
        rf"|(?:{capitalised}),?\s+(?:(?:{adverbs}),?\s+)*(?P<verb_after>{v.pattern(v.first_person)}))\b"
    )


@lru_cache(maxsize=1)
def _noun_opening() -> re.Pattern:
    """A paragraph that opens by renewing a mandate stated as a noun: "Reiterates its request to", "Also reiterates
    the request to the Secretary-General, ..., to present proposals" (A/RES/80/136, para. 23: an adverb may stand
    before the renewal as before any operative verb)."""
    v = verbs()
    return re.compile(
        rf"^\s*(?:(?:{v.pattern(v.adverbs)}),?\s+)*(?P<renewal>{v.pattern(v.renewals)})\s+(?:(?:{v.pattern(v.adverbs)})\s+)*"
        rf"{_renewed_noun()}",
        re.IGNORECASE,
    )


def _renewed_noun() -> str:
    """The mandate noun a renewal renews, as a regex with group ``noun``: "its request to", "their call upon", "the
    urgent call upon", "its previous requests to" (a determiner, at most one lower-case adjective, a noun of
    ``[nouns]``), a connective and "to" or "for" after it ("its request in this regard to the Government of Israel
    to", "its request for relevant United Nations system entities ... to"); never another's request ("the request of
    the Human Rights Council", "the request made by ..."); its own request made to an addressee before is renewed
    ("Reiterates its request, made to the Secretary-General in its resolution 77/234, to intensify efforts",
    A/RES/79/242, para. 27: the addressee after "made to")."""
    v = verbs()
    # the noun's own verb as a participle before the addressee is no part of it: "reiterates the call urging developed
    # country parties to at least double their collective provision of climate finance" (A/RES/79/206, para. 25;
    # 80/138 24: developed country parties, not an actor "urging developed country parties"; [participles])
    # two nouns coordinated renew the mandate to one addressee, the first's verb: "Reiterates its invitation and
    # encouragement to all States parties, ... to participate in the upcoming formal meetings" (A/RES/79/58, para. 7;
    # 78/32 7, 80/52 7: invites, as "Invites and encourages" is read by one verb)
    return (rf"(?:its|their|our|the)\s+(?:[a-z]+\s+)??(?P<noun>{v.pattern(v.nouns)})\b"
            rf"(?:\s+(?:and|or)\s+(?:{v.pattern(v.nouns)})\b)?"
            rf"(?!\s+(?:of|made|by|contained|expressed|set\s+out)\b)(?:,?\s+(?:{v.pattern(v.connectives)}),?)?"
            rf"(?:\s+(?:{v.pattern(v.participles)})(?=\s))?(?:(?:,\s+made)?\s+(?:to|for)\b)?")


def _inner_verbs(text: str, pos: int, annex: bool, imperative: bool = False,
                 participles: bool = False) -> Iterator[re.Match]:
    """The matches of :func:`_inner_verb_regex` in ``text`` from ``pos``, as its ``finditer`` gives them, found
    faster: a match starts at a character of ``_STOPS`` or at the white space before "and" (or, with
    ``participles``, "while": "... level while urging all States"; the first of its run: where that fails, the rest
    of the run fails alike, the same word and words after it), so only those places are tried (``match``), found by
    ``str.find``; the regular expression does not visit the other characters."""
    starts = []
    for ch in _STOPS[annex]:
        i = text.find(ch, pos)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1)
    for word in ("and", "while") if participles else ("and",):
        i = text.find(word, pos + 1)
        while i >= 0:
            if text[i - 1].isspace():
                run = i - 1
                while run > pos and text[run - 1].isspace():
                    run -= 1
                starts.append(run)
            i = text.find(word, i + 1)
    starts.sort()
    match = _inner_verb_regex(annex, imperative, participles).match
    end = pos
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m is not None:
                yield m
                end = m.end()


def _written_from(m: re.Match) -> int:
    """Where the verb as written of a clause matched by ``m`` starts: at the match, but after ", and," and a phrase set
    off by commas before the verb ("..., and, as a means of promoting this objective, invites", A/RES/78/17, para. 1:
    "invites"), which is no part of it unless a connective ("and, in this regard, calls upon": "in this regard, calls
    upon", as after a comma alone)."""
    aside = m.groupdict().get("aside")
    if aside is None:
        return m.start()
    return m.start("aside") if _connective().fullmatch(aside) else m.end("aside")


@lru_cache(maxsize=1)
def _connective() -> re.Pattern:
    v = verbs()
    return re.compile(rf"(?:{v.pattern(v.connectives)})")


def _clause_end(m: re.Match, verb: Verb | None) -> int:
    """Where the body of a clause matched by ``m`` starts: after the match, but a renewed decision's body starts at
    its "to" or "that" ("Reiterates its decision to address the issue ...", A/RES/80/43, para. 15: the Assembly's
    own decision, whose action is the infinitive)."""
    if verb is not None and verb.cls == "decide" and m.groupdict().get("noun"):
        return m.end("noun")
    return m.end()


def _renewed_decision_without_content(m: re.Match, verb: Verb | None, text: str) -> bool:
    """A decision noun that renews nothing here: not after a renewal of ``operative_verbs.txt`` [decision renewals]
    ("Reaffirms its decision that the Intergovernmental Conference: ... (b) Shall result in ..." recalls what was
    decided, A/RES/72/244, para. 6), or not followed by its content ("to ...", "that ...": a decision named by where
    it stands, "its decision in section III, paragraph 9, of its resolution 59/265", A/RES/78/245, para. 74)."""
    if verb is None or verb.cls != "decide" or not m.groupdict().get("noun"):
        return False
    # its content may follow a parenthesis: "reiterates its decision, in its resolution 76/186, to convene a high-level
    # meeting" (A/RES/78/228, para. 27), "renews its decision, pursuant to the schedule of meetings ..., to convene"
    # (A/RES/80/38, para. 25)
    return (_norm(m.group("renewal")) not in _decision_renewals()
            or re.match(r"(?:to|that)\b", after_parentheses(text[m.end("noun"):].lstrip(" ,"))) is None)


def stated_decision(text: str) -> str | None:
    """The verb of a decision a paragraph opens by stating as a noun, with its content after it: "Reaffirms its
    decision that the Intergovernmental Conference: (a) Shall be held ..." (A/RES/72/244, para. 6), "Reiterates its
    decision to address ..." (A/RES/80/43, para. 15): "decides". None for any other opening, and for a decision named
    by where it stands ("Reaffirms its decision in section III, paragraph 9, of its resolution 59/265"). Whether it
    is a new decision, a mandate (a renewal of [decision renewals]) or one that stands (:func:`clauses` reads
    "Reaffirms its decision that" as no mandate), the paragraph states that decision: what its sub-paragraphs say
    is decided."""
    m = _noun_opening().match(text)
    verb = _verb(m) if m else None
    if verb is None or verb.cls != "decide" or not m.groupdict().get("noun"):
        return None
    if re.match(r"(?:to|that)\b", after_parentheses(text[m.end("noun"):].lstrip(" ,"))) is None:
        return None
    return verb.name


_LEADING_SEGMENT = re.compile(r"([^,;:]+),\s*")


def after_parentheses(body: str) -> str:
    """A clause's body after the parentheses that open it ("building on existing United Nations ... platforms, to
    develop ..." -> "to develop ..."): comma segments that open with a preposition or a participle (``actors.txt``
    [parentheses], ``AliasTable.opens_parenthesis``)."""
    m = _LEADING_SEGMENT.match(body)
    while m and not body.startswith("to ") and table().opens_parenthesis(m.group(1).strip()):
        body = body[m.end():]
        m = _LEADING_SEGMENT.match(body)
    return body


def _decision_renewals() -> frozenset[str]:
    return data.entry_set("operative_verbs.txt", "decision renewals")


def _verb(m: re.Match) -> Verb | None:
    """The verb of a match of the patterns above: a verb, a first-person form, or a noun."""
    v = verbs()
    found = m.groupdict()
    if found.get("noun"):
        return v.table[v.nouns[_norm(m.group("noun"))]]
    if found.get("participle"):
        return v.table[v.participles[_norm(m.group("participle"))]]
    if found.get("required"):
        return v.requirements[_norm(m.group("required"))]
    name = _norm(found.get("verb") or found.get("continued") or found.get("bare") or found.get("verb_after"))
    name = without_aside(name)  # "call, in particular, on" -> "call on"
    return verb_of(v.first_person.get(name, name))


# ---------------------------------------------------------------- an item's opening, a chapeau of means

@lru_cache(maxsize=1)
def _item_lexer() -> re.Pattern:
    """One token of an item's opening, as ``grammar/clauses.lark`` names them (the rule ``item``): a named group per
    terminal, the first that matches wins; white space before it skipped. The word lists are
    ``operative_verbs.txt``'s [adverbs], [first person] and [participles], lower case as written there (the adverbs
    and participles capitalised too), and ``_PLACE_WORDS``."""
    v = verbs()
    return re.compile(
        rf"\s*(?:(?P<NOT>(?:Not|not|Never|never)\b)|(?P<TO>(?:To|to)\b)|(?P<BY>(?:By|by)\b)"
        rf"|(?P<VERB>(?:{v.pattern(v.first_person)})\b)|(?P<PARTICIPLE>(?:{v.pattern(v.participles)})\b)"
        rf"|(?P<ADVERB>(?:{v.pattern(v.adverbs)})\b)|(?P<DETERMINER>(?:{'|'.join(_ADDRESSEE_WORDS)})\b)"
        rf"|(?P<CAP_ADVERB>(?:{v.pattern([w[:1].upper() + w[1:] for w in v.adverbs])})\b)"
        rf"|(?P<CAP_PARTICIPLE>(?:{v.pattern([w[:1].upper() + w[1:] for w in v.participles])})\b)"
        rf"|(?P<CAP_GERUND>[A-Z][a-z]*[aeiouy][a-z]*ing\b)|(?P<CAP_LY>[A-Z][a-z]+ly\b)"
        rf"|(?P<GERUND>[a-z]*[aeiouy][a-z]*ing\b)|(?P<NAME>[A-Z]\w*)|(?P<PLACE>(?:{'|'.join(_PLACE_WORDS)})\b)"
        rf"|(?P<OF>of\b)|(?P<WORD>[a-z]\w*)|(?P<PUNCT>\S))"
    )


# the prepositions that may stand between an address verb and its addressee ("to invite to the commission
# representatives of ...", A/RES/78/272, para. 5): the PLACE tokens of an item's opening ("to" and "by" are TO and BY)
_PLACE_WORDS = ("in", "at", "on", "for", "with", "from", "into", "upon", "within", "among")


# the tokens that lead an item's shape ("Not to", "By", the adverbs): the words after them and one more are read
_ITEM_LEADS = frozenset({"NOT", "TO", "BY", "ADVERB"})


def item_tokens(text: str) -> list[Token]:
    """The first words of an item (a sub-paragraph's text) as tokens of ``grammar/clauses.lark``'s ``item``: the
    leading "Not", "To", "By" and adverbs, the word after them and one more; the text after them is one REST token.
    A first token that no shape opens with (``addressees.opens``) is read alone, then the rest. An item whose first
    word is a NAME and whose text goes on, after the phrases set off by commas that open it (:func:`after_parentheses`),
    with "to" or "not to" opens with one PAREN token for those phrases ("In accordance with their national law, to
    provide ...", A/RES/80/160, para. 12 (c)). Offsets in ``text``."""
    lex = _item_lexer().match
    first = opens("item")
    out: list[Token] = []
    pos, words = 0, 0
    m = lex(text, pos)
    if m is not None and m.lastgroup == "NAME":
        rest = after_parentheses(text)
        if rest != text and re.match(r"(?:not\s+)?to\s", rest):
            pos = len(text) - len(rest)
            out.append(Token("PAREN", text[:pos], start_pos=0, end_pos=pos))
    lead = len(out)
    while words < 2:
        m = lex(text, pos)
        if m is None:
            break
        kind = group = m.lastgroup
        if kind in ("WORD", "GERUND") and out and out[-1].type in ("CAP_PARTICIPLE", "PARTICIPLE") and \
                _names_addressees(text[m.start(kind):]):
            kind = "LOWER_ACTOR"  # "Inviting international financial institutions ... to engage"
        out.append(Token(kind, m.group(group), start_pos=m.start(group), end_pos=m.end()))
        pos = m.end()
        if len(out) == lead + 1 and kind not in first:
            break  # no shape opens so ("The Conference shall ..."): the rest is not read
        if kind not in _ITEM_LEADS or words:
            words += 1
    if text[pos:].strip():
        out.append(Token("REST", text[pos:], start_pos=pos, end_pos=len(text)))
    return out


def _names_addressees(rest: str) -> bool:
    """Do the words of ``rest`` up to its to-infinitive (``infinitive``) name actors (``addressees.actor_phrases``:
    the first an actor, not a thing: "international financial institutions and regional development banks to engage
    ...", not "research and international cooperation to understand ...")? Read for a lower-case word after an item's
    participle (``item_tokens``: a LOWER_ACTOR, the fact the token carries)."""
    at = infinitive(rest)
    return at is not None and bool(actor_phrases(rest[:at].strip(" ,"), []))


@dataclass(frozen=True)
class Opening:
    """How an item opens (``grammar/clauses.lark``, rule ``item``)."""

    shape: str  # "infinitive", "means" or "gerund"
    written: str  # the item's text up to the end of its verb ("To also invite", "By requesting"), as written
    verb: Verb | None  # the mandate verb an ``infinitive`` of [first person], a ``means`` or a ``gerund`` asks by, else None
    negated: bool  # "Not to ...", "Never to ..."
    asks: bool = False  # an ``infinitive``'s address verb is followed by its addressee, not a preposition (``asked``),
    #                     a ``gerund`` of [participles] too ("Requesting the Peacebuilding Commission", ``addressee``)


@lru_cache(maxsize=16384)
def item_opening(text: str) -> Opening | None:
    """The shape an item (a sub-paragraph's text) opens with, read by ``grammar/clauses.lark`` (rule ``item``), else
    None: an infinitive, maybe negated ("(c) To invite the Secretary-General to ...", A/RES/79/258, section XVIII,
    para. 3 (c); "(a) Not to recognize any changes ...", A/RES/79/81, para. 16), the means of a decision by a mandate
    verb's gerund before its addressee ("(c) By requesting the Secretary-General to explore ...", A/RES/79/258,
    section XVIII, para. 3 (c)), a gerund ("(d) Ensuring that ...", "(a) Immediately complying with ...",
    A/RES/80/116, para. 5 (a)), whose verb is set where it is a mandate verb's before its addressee ("(a) Requesting
    the Peacebuilding Commission to establish ...", A/RES/80/11, para. 1 (a)). Kept per text."""
    tokens = item_tokens(text)
    tree = shape_of(tokens, "item")
    if tree is None:
        return None
    shape, children = str(tree[0]), tree[1]
    negated = tokens[1 if tokens[0].type == "PAREN" else 0].type == "NOT"
    asks = False
    if shape == "infinitive":  # its verb asks an addressee when it is an ``address_verb`` ("To invite")
        at = next((c[1][0] for c in children if isinstance(c, tuple) and str(c[0]) == "address_verb"), None)
        asks = any(isinstance(c, tuple) and str(c[0]) == "asked" for c in children)
    elif shape == "means":  # a means' participle ("By requesting")
        at = next((i for i in children if tokens[i].type == "PARTICIPLE"), None)
    else:  # a mandate verb's gerund before its addressee ("Requesting the Peacebuilding Commission")
        asked = any(isinstance(c, tuple) and str(c[0]) == "addressee" for c in children)
        at = children[0] if asked and tokens[children[0]].type == "CAP_PARTICIPLE" else None
        asks = at is not None
    if at is None:
        return Opening(shape, "", None, negated)
    v = verbs()
    word = _norm(tokens[at].value)
    found = verb_of(v.first_person[word]) if shape == "infinitive" else v.table[v.participles[word]]
    return Opening(shape, text[: tokens[at].end_pos], found, negated, asks)


def gerund_clauses(text: str) -> tuple[Clause, ...]:
    """An item that opens with a mandate verb's gerund before its addressee ("(a) Requesting the Peacebuilding
    Commission to establish ...", :func:`item_opening`), cut as a numbered operative paragraph is (``_clauses``): the
    gerund's clause, then the later verbs and participles of the item ("..., and also requesting the Commission to
    report back in the context of its annual report", A/RES/80/11, para. 1 (g)); () for any other item. Where such an
    item asks in the Assembly's name is for the caller to say (``extract``: its chapeau names no other's act)."""
    got = item_opening(text)
    if got is None or got.shape != "gerund" or got.verb is None:
        return ()
    end = len(got.written)
    inner = _clauses(text, False, None, True)
    stop = min((i for i in (text.rfind(c.written, end, c.start) for c in inner) if i >= end), default=len(text))
    own = Clause(got.written.strip(), got.verb, end, text[end:stop])
    return (*_gapped(own, text), *inner)


def infinitive_verb(text: str) -> Opening | None:
    """An item under a decision chapeau that opens with an infinitive mandate verb ("Decides: (c) To invite the
    Secretary-General to ..."), not negated: its :class:`Opening` (``written`` "To invite", ``verb`` "invites"); ``text``
    may open with white space ("Decides to recommend that ...": the text after the verb)."""
    got = item_opening(text)
    return got if got is not None and got.shape == "infinitive" and got.verb is not None and not got.negated else None


def means_verb(text: str) -> Opening | None:
    """An item under a decision chapeau that names the means of the decision by a mandate verb's gerund ("Decides to
    provide sufficient funding for the resident coordinator system ..., as follows: ... (c) By requesting the
    Secretary-General to explore ...", A/RES/79/258, section XVIII, para. 3 (c); ``operative_verbs.txt``
    [participles]) before its addressee: its :class:`Opening` (``verb`` "requests"); else None."""
    got = item_opening(text)
    return got if got is not None and got.shape == "means" else None


@lru_cache(maxsize=1)
def _chapeau_lexer() -> re.Pattern:
    """One token of the end of a chapeau of means, as ``grammar/clauses.lark`` names them (rule ``means_chapeau``)."""
    return re.compile(
        r"\s*(?:(?P<BY>by\b)|(?P<THROUGH>through\b)|(?P<MEANS>means\b)|(?P<OF>of\b)|(?P<INTER_ALIA>inter\s+alia\b)"
        r"|(?P<LY>[a-z]+ly\b)|(?P<ING>[a-z]+ing\b)|(?P<COMMA>,)|(?P<COLON>:)|(?P<WORD>\w+)|(?P<PUNCT>\S))"
    )


_LAST_MEANS = re.compile(r"\b(?:by|through)\b")


# the chapeaux of means (``means_chapeau``) whose items are the objects of the means, each an action, a noun phrase
# too: "... by providing:" (``by_gerund``), "... by means of:" (``by_means_of``)
OBJECT_MEANS = frozenset({"by_gerund", "by_means_of"})


@lru_cache(maxsize=4096)
def means_chapeau(body: str) -> str | None:
    """Does a chapeau's action go on in its items by the means they list, read by ``grammar/clauses.lark`` (rule
    ``means_chapeau``) from its last "by" or "through": "by_means" ("... to support and protect all victims and
    survivors by:", "... by, inter alia:"), "by_gerund" (a means whose gerund takes the items as its objects: "... by
    providing:", A/RES/80/74, para. 5), "by_means_of" (the items the objects of "of": "..., inter alia, by means of:",
    A/RES/78/215, para. 13), else None (``OBJECT_MEANS``: the kinds whose items are objects). Kept per body."""
    tail = body.rstrip()
    if not tail.endswith(":"):
        return None
    window = len(tail) - 120 if len(tail) > 120 else 0
    at = None
    for m in _LAST_MEANS.finditer(tail, window):
        at = m.start()
    if at is None:
        return None
    lex = _chapeau_lexer().match
    tokens: list[Token] = []
    pos = at
    while pos < len(tail):
        m = lex(tail, pos)
        kind = m.lastgroup
        tokens.append(Token(kind, m.group(kind), start_pos=m.start(kind)))
        pos = m.end()
    tree = shape_of(tokens, "means_chapeau")
    return None if tree is None else str(tree[1][0][0])


def clauses(p: Paragraph) -> list[Clause]:
    """Cut a paragraph's text at its operative verbs. Annexed and adopted texts: first-person declaration verbs
    anywhere in the paragraph, and bare imperatives ("Request the Secretary-General ...") at its opening. A new
    list each call; the Clauses are shared between paragraphs of the same text (never change one)."""
    return list(_clauses(p.text, p.annex is not None, p.opening, p.kind == "operative" and p.annex is None))


@lru_cache(maxsize=32768)
def _clauses(text: str, annex: bool, opening: str | None, operative: bool = False) -> tuple[Clause, ...]:
    """``clauses``, kept per text (paragraphs recur across resolutions). ``operative``: a numbered operative
    paragraph, read for later verbs even when its opening is no phrase of the list ("Congratulates those countries
    ..., and invites ...", A/RES/78/233, para. 43)."""
    out: list[Clause] = []
    imperative = False
    if annex:
        m = _annex_opening().match(text)
        if m:
            imperative = True  # "We call upon X ... and encourage Y to ...": the subject goes on
            out.append(Clause(m.group(0).strip(), _verb(m), m.end(), ""))
        else:
            # "Proclaim a decade of peace and call upon all Member States ...", and the first person goes on after
            # any verb: "We recognize the contribution of all United Nations entities ..., and invite them ... to
            # support ..." (A/RES/79/1, annex I, para. 69), "We will prevent and combat illicit financial flows ...,
            # and call upon the international community to ..." (A/RES/79/323, annex, para. 13)
            imperative = True
    elif opening:
        verb = verb_of(opening)
        # "Reiterates its request to ...", "Continues to encourage ...": the verb after the opening
        m = (_noun_opening().match(text) or _continued_opening().match(text)) if verb is None else None
        # "Appeals to Governments ...", "Strongly appeals to all Governments ..." (A/RES/78/72, para. 41; 78/234,
        # para. 38): the opening phrase is the verb without the preposition the table's name holds ("appeals to")
        # (the word after the opening read from where it ends: no pattern compiled per opening)
        word = (_WORD_AFTER.match(text, len(opening)) if verb is None and not m and text.startswith(opening)
                else None)
        joined = text[: word.end()] if word else None
        if m and _renewed_decision_without_content(m, _verb(m), text):
            m = None
        if m:
            verb = _verb(m)
            out.append(Clause(m.group(0).strip(), verb, _clause_end(m, verb), ""))
        elif joined and verb_of(joined) is not None:
            out.append(Clause(joined, verb_of(joined), len(joined), ""))
        else:
            out.append(Clause(opening, verb, len(opening), ""))
    # a paragraph whose opening is unknown, or a numbered operative paragraph, is still read for later verbs
    if not out and not annex and opening is not None and not operative:
        return ()
    opened = len(out)
    leads = []
    # a participle goes with the Assembly's verb in a numbered operative paragraph, with "we" in a declaration's
    # paragraph ("We ..., encouraging them to ...": tests/labels/GUIDELINE.md, the fifth sample's decisions)
    participles = (operative and not annex) or (annex and re.match(r"\s*We\s", text) is not None)
    for m in _inner_verbs(text, out[0].start if out else 0, annex, imperative, participles):
        found = m.groupdict()
        if found.get("participle") and not _participle_mandate(text, out[-1].start if out else 0, m):
            continue
        named = found.get("verb") or found.get("noun") or found.get("bare") or found.get("continued")
        verb = _verb(m) if named or found.get("participle") or found.get("required") else None
        if _renewed_decision_without_content(m, verb, text):
            verb = None
        lead = found.get("lead") or ""
        leads.append(m.start())
        out.append(Clause(text[_written_from(m):_clause_end(m, verb)].strip(" ,;.:"), verb, _clause_end(m, verb), "",
                          joined=bool(lead) and "," not in lead and ";" not in lead))
    # a bare imperative too: "Note the work of the international financial institutions, international organizations
    # and multilateral development banks to consider structural vulnerability and invite them to consider using the
    # multidimensional vulnerability index" (A/RES/79/1, adopted text, para. 77 (f))
    first = re.match(r"\s*(?:We\s+[a-z]+|[A-Z][a-z]+(?=\s+[a-z]))", text) if annex and not opened and out else None
    if first:  # "We recognize the contribution of X, Y and Z, and invite them": the opening names the antecedents
        out.insert(0, Clause(first.group(0).strip(), None, first.end(), ""))
        opened = 1
    for a, end in zip(out, (leads if opened else leads[1:]) + [len(text)]):
        a.body = text[a.start : end]
        if a.verb is not None and a.verb.cls == "call":  # "Calls for X to ...": a call upon X, or a call for a thing
            a.verb = verbs().table[a.verb.name] if calls_for_actors(a.body) else None
    return tuple(c for a in out for c in _gapped(_resolve(a), text))


@lru_cache(maxsize=1)
def _thing_lead() -> re.Pattern:
    """The first words of a thing called for, not an actor (``operative_verbs.txt`` [things called for]: "an
    international summit conference", "greater efforts")."""
    return re.compile(rf"(?:{verbs().pattern(data.sections('operative_verbs.txt')['things called for'])})\s",
                      re.IGNORECASE)


# the determiners of an actor already there, the one the call is made upon: "the Peacebuilding Commission", "all parties
# to the conflict", "those countries"
_DEFINITE = re.compile(r"(?:the|all|those|its|their)\s")


def calls_for_actors(body: str) -> bool:
    """Is the body of a "calls for" clause (``operative_verbs.txt`` [calls for]) a call upon actors: the actors first,
    then their infinitive, active ("Calls for the Peacebuilding Commission to serve as a platform ...", A/RES/80/11,
    para. 4)? Each actor a name of the table ("donors", "the International Monetary Fund") or a definite phrase whose
    head is an actor's ("the Conference", "all parties to the conflict", ``actors.txt`` [heads]) or a proper name
    ("the Taliban") or a pronoun ("them"); False for a thing (``_thing_lead``: "an international summit conference";
    a participle or gerund first: "improved ... mechanisms", "strengthening trade finance mechanisms"; a gerund last:
    "donor funding"), a list with a thing in it ("equity, social justice and social protection mechanisms"), a passive
    infinitive ("the appropriate international monitoring bodies to be granted access", A/RES/78/222, para. 41; "the
    Forum to continue to be held", A/RES/80/173) and a "that"-clause."""
    text = body.strip(" ,")
    at = infinitive(text)
    if at is None or at == 0 or re.match(r"that\b", text):
        return False
    head = text[:at].strip(" ,")
    first = head.split()[0]
    if _thing_lead().match(head) or _participle(first.lower()):
        return False
    action = text[at:]
    be = re.match(r"to\s+(?:continue\s+to\s+)?be\b", action)
    if be and not be_state(action, be.end()):
        return False
    if is_pronoun(head):  # "encourage them to continue their work within their regions and call for them to scale
        return True  # up technical support ..." (A/RES/80/173, adopted text, para. 108): those named before
    found = actor_phrases(head, [])
    t = table()
    words = len(re.findall(r"[\w-]+", head))
    # an actor's head is no gerund: "calls for donor funding to enable the expeditious completion of its
    # reconstruction" (A/RES/78/73, para. 33) asks for money, of no one named
    return bool(found) and sum(len(re.findall(r"[\w-]+", n.written)) for n in found if n.via is None) >= words - 3 \
        and all(not n.written.endswith("ing") and (n.actor.known or (_DEFINITE.match(n.written) and (
            t.is_actor_like(cut_qualifiers(n.written)) or n.written.split()[-1][:1].isupper())))
            for n in found if n.via is None)


_WORD_AFTER = re.compile(r"\s+[a-z]+\b")  # the word after a paragraph's opening phrase ("Appeals" -> " to")


@lru_cache(maxsize=1)
def _resolve_words() -> re.Pattern:
    """A verb of ``operative_verbs.txt`` [resolve] at the end of a clause's words as written ("Resolves", "and
    resolves", "We therefore resolve")."""
    return re.compile(rf"\b(?:{verbs().pattern(data.sections('operative_verbs.txt').get('resolve', ()))})$",
                      re.IGNORECASE)


def _resolve(c: Clause) -> Clause:
    """A clause of a verb of ``operative_verbs.txt`` [resolve] whose body is an infinitive ("resolves to work
    towards a global consensus ...", A/RES/78/137, para. 31), maybe after parentheses, states the Assembly's own
    resolve, a commitment: a clause that mandates nobody (verb None, as "and notes"). Its "that"-clause decides
    ("Resolves that: ...") and keeps the verb."""
    if (c.verb is None or c.verb.cls != "decide" or not _resolve_words().search(c.written.strip())
            or not re.match(r"to\s+[a-z]", after_parentheses(c.body.strip(" ,")))):
        return c
    return Clause(c.written, None, c.start, c.body, c.joined, c.verb_end)


# a second addressee and its infinitive after the first pair's action, the verb not repeated: "requests special
# rapporteurs to submit their reports ..., and the Secretariat to give due consideration to ..." (A/RES/79/121, para.
# 15), "Urges all States that have not yet done so to ratify or accede to it ..., and all States parties to promote
# ..." (A/RES/79/58, para. 1); set off by ", and" or "; and", or by a bare "and" after a word that is no actor's (a
# bare "and" after an actor, or after a list set off by commas, goes on with the object: "to work with Member States
# and the United Nations system to explore ..."; after another word it opens the pair: "urges States to sign and ratify the Convention as soon as
# possible and States parties to implement it effectively", A/RES/79/170, para. 46, tests/labels/mandates_fresh6);
# the verb's own preposition said again before the second addressee (``again``) marks it as one: "Calls upon the
# Conference on Disarmament to immediately commence ... negotiations ..., and upon Conference members to engage in
# relevant activities of the Conference" (A/RES/80/48, para. 5; 79/41 5; tests/labels/mandates_fresh24 n 50), "and
# upon the nuclear-weapon States to declare ..." (A/RES/78/40, para. 5), "calls upon all responsible actors to cease
# ..., and upon all States to ensure accountability" (A/RES/80/217, para. 3); the verb's other preposition with an
# addressee and an infinitive ("call for A to", ``_ALSO_PREPOSITION``) marks it too: "Calls upon the Panel to consult
# with the widest range of scientists and experts, and for the Secretary-General to facilitate those consultations"
# (A/RES/79/238, para. 6: the Secretary-General's own mandate, its dates its own)
_GAP = re.compile(r"(?P<lead>[,;]\s+|\s+)and\s+(?:(?P<again>upon|on|for)\s+)?"
                  r"(?=(?:the|all|each|other|relevant|those)\b|[A-Z])")
# the verb's preposition after which its other one opens an addressee too: "call upon A to ..., and for B to ..."
_ALSO_PREPOSITION = {"upon": "for"}


def _after_actor(text: str) -> bool:
    """Does ``text`` end with an actor: a name of the table ("the United Nations system"), an actor's head noun
    ("Member States", "relevant organizations"), a State ("... sheltered in Bangladesh"), or a capitalised plural, a
    group of persons the table does not hold ("engage with Indigenous Peoples and other relevant stakeholders to fully
    empower all", A/RES/78/189, para. 10)? Then an "and" after it coordinates within the phrase it ends."""
    text = text.rstrip()
    words = text.split()
    if not words:
        return False
    last = words[-1].strip(")")
    if singular(last.lower()) in table().heads or (last[:1].isupper() and last.endswith("s")):
        return True
    tail = text[-120:]
    return (any(h.end == len(tail) for h in scan(tail))
            or any(table().is_actor_like(" ".join(words[-n:])) for n in (1, 2) if words[-n][:1].isupper()))


# a quantifier that opens an addressee phrase: one that opens the first addressee and again the words after a bare
# "and" opens a second addressee of the same verb
_QUANTIFIER = re.compile(r"\s*(?:all|each|every)\s", re.IGNORECASE)


def _parallel(first: str, after_and: str) -> bool:
    """Do the addressee phrase before the first action (``first``) and the words after a bare "and" (``after_and``)
    open with the same quantifier ("all", "each", "every": ``_QUANTIFIER``)? Then the "and" opens a second pair even
    after an actor: "urges all donor countries to make special efforts to maintain the level of assistance to the
    Rohingya Muslims sheltered in Bangladesh and all Governments to make financial contributions" (A/RES/80/221 36:
    tests/labels/mandates_fresh22 n 100, Governments an addressee), the second phrase built as the first."""
    a, b = _QUANTIFIER.match(first), _QUANTIFIER.match(after_and)
    return a is not None and b is not None and a.group(0).split()[0].lower() == b.group(0).split()[0].lower()


@lru_cache(maxsize=1)
def _asking_infinitive() -> re.Pattern:
    """An infinitive of a mandate verb ("to invite", "to encourage", "to call upon"; ``operative_verbs.txt`` [first
    person]): the first action asks an actor of its own, whose pair a later one may be."""
    v = verbs()
    return re.compile(rf"\bto\s+(?:(?:{v.pattern(v.adverbs)})\s+)*(?:{v.pattern(v.first_person)})\b")


def _gapped(c: Clause, text: str) -> list[Clause]:
    """An address clause whose action holds a second (addressee, to-infinitive) pair of the same verb ("requests A to
    X, and B to Y"), cut into one clause per pair: each has the verb as written, its own addressee and action (the
    second clause starts at its addressee). A pair is cut where the words between "and" and "to" name an actor of
    the table (``actors.txt``) and the first action asks no actor of its own ("requests A to invite B to X, and C to
    Y": C may be one A invites; ``_asking_infinitive``). A body with no ", and" before an actor (``_GAP``) has no
    second pair: not read further (:func:`_pairs` would find none)."""
    if c.verb is None or c.verb.cls != "address" or _GAP.search(c.body) is None:
        return [c]
    return _pairs(c, text)


def _pairs(c: Clause, text: str) -> list[Clause]:
    """``_gapped`` of an address clause, read through: its first action, then each ", and" after it."""
    at = infinitive(c.body)
    if at is None or "," in c.body[:at].strip(" ,"):
        # one addressee phrase before the first action, as before the second: a list set off by commas may end in a
        # noun's infinitive read as the action ("States, regional fisheries management organizations and arrangements
        # with the competence to regulate deep-sea fisheries, and States participating in negotiations to establish
        # such organizations or arrangements to take ...", A/RES/78/68, para. 222: one list, one action)
        return [c]
    depth = None  # the body's depths, built at the first ", and" after the action
    own = c.written.split()[-1].lower() if c.written.split() else ""  # "upon" of "Calls upon"
    for m in _GAP.finditer(c.body, at):
        again = m.group("again") is not None
        if again and m.group("again").lower() not in (own, _ALSO_PREPOSITION.get(own)):
            continue  # "and on Their Destruction": a preposition that is not the verb's
        depth = _depth_positions(c.body) if depth is None else depth
        if depth[m.start()] or (not again and not m.group("lead").strip() and not _parallel(c.body[:at], c.body[m.end():])
                                and (_after_actor(c.body[: m.start()]) or "," in c.body[at : m.start()])):
            continue  # a bare "and" after an actor, or closing a list set off by commas ("to seek the views of
            # existing nuclear-weapon-free zones, regional organizations, ... and relevant non-governmental
            # organizations to communicate their views", A/RES/79/241, para. 6): the object goes on
        rest = c.body[m.end():]
        j = infinitive(rest)
        if j is None or _asking_infinitive().search(c.body, at, m.start()):
            return [c]  # no infinitive after it, or the first action asks an actor of its own
        listed = rest[:j].rstrip()
        if again:
            # the addressee the verb's preposition marks, a parenthesis set off by commas after it, before its "to"
            # (``after_parentheses``): "and for States parties, in accordance with their obligations, to fully and
            # effectively implement the Protocol" (A/RES/78/229, para. 55); the phrase alone is the addressee
            name, _, after = listed.rstrip(" ,").partition(",")
            if after and not after_parentheses(after.strip() + ", to").startswith("to"):
                name = listed
            listed = name.rstrip()
        # one addressee phrase right before its "to" (no list, nor a comma before "to": "..., and other stakeholders,
        # to protect" closes the addressee list itself, A/RES/79/323, annex, para. 32 (e))
        # (a name the table does not hold where the verb's preposition, said again, marks it: "Conference members")
        if (not listed or re.search(r"[,;:]", listed) or not table().is_actor_like(cut_qualifiers(listed))
                or not (again or any(n.actor.known for n in actor_phrases(listed, [])))):
            continue
        head = Clause(c.written, c.verb, c.start, c.body[: m.start()], c.joined, c.verb_end)
        tail = Clause(c.written, c.verb, c.start + m.end(), rest, verb_end=c.verb_end)
        return [head, *_gapped(tail, text)]
    return [c]


@lru_cache(maxsize=1)
def _continued_opening() -> re.Pattern:
    return re.compile(rf"^\s*{_continued()}", re.IGNORECASE)


# a clause of another subject before a participle: "Also notes that the Committee on Fisheries ... requested ...,
# while encouraging its members" (A/RES/79/145, para. 16), "the final declaration ..., in which the Community has
# pledged ..., while also urging member States" (A/RES/79/265, para. 1)
_OTHER_SUBJECT = re.compile(r"^\s*that\b|\b(?:in|by|through|under|with)\s+which\b|\bwhereby\b")
# a list of means: "including by collecting data ..., by examining ... and urging all relevant stakeholders" (A/RES/
# 79/149, para. 35): the participle is one of the means, its subject the addressee's
_MEANS = re.compile(r"\bby,?\s+(?:inter\s+alia,?\s+)?(?:[a-z]+ly\s+)?[a-z]+ing\b")

# an act of another actor right before the participle: "welcomes the proposals made by the Secretary-General, inviting
# Member States to voluntarily exchange national best practices ..." (A/RES/78/112, para. 20): the proposals invite,
# the Assembly's own invitation comes after ("and invites Member States to do so")
_AGENT_BEFORE = re.compile(r"\b(?:[a-z]+ed|made|done|given|taken|undertaken|put\s+forward|set\s+out)\s+by\s+(?P<agent>[^,;]+),?\s*$")


# another actor's act that a chapeau's items spell out: "Welcomes the decision by the Commission to ...:", "Takes note
# of the recommendations of the Committee:", "the request made by the Council:" (its items' gerunds are that act's:
# "(e) requesting ..."), and a clause of another subject (``_OTHER_SUBJECT``: "Notes that the Council decided:")
_ACT_OF = re.compile(r"\b(?:decisions?|requests?|recommendations?|proposals?|calls?|conclusions?|outcomes?|agreements?"
                     r"|resolutions?|declarations?|plans?|measures|steps)\s+(?:[a-z]+ed\s+|made\s+|taken\s+)?(?:by|of)\s+"
                     r"(?:the\s+|its\s+)?(?P<agent>[A-Z][^,;:]*)")


def another_act(chapeau: str) -> bool:
    """Does a chapeau's last part (after its last semicolon) name another actor's act (``_ACT_OF``, the actor one of
    ``actors.txt``) or speak of another subject ("that the Council ...", "in which ..."), whose content its items spell
    out ("Welcomes the decision by the Peacebuilding
    Commission ...: (e) requesting ..."): then an item's gerund of a mandate verb is that act's, not the Assembly's
    (tests/labels/GUIDELINE.md: another body's request reported is no mandate). "Reaffirms all relevant resolutions
    relating to the mandate of the Peacebuilding Commission, ..., also reaffirms the need to strengthen its fulfilment
    by:" (A/RES/80/11, para. 1) names none: its items ask in the Assembly's name."""
    last = chapeau.rsplit(";", 1)[-1]
    if re.search(r"\bthat\s+(?:the\s+)?[A-Z]", last) or _OTHER_SUBJECT.search(last):
        return True
    act = _ACT_OF.search(last)
    return act is not None and table().is_actor_like(cut_qualifiers(act.group("agent").strip()))


def _participle_mandate(text: str, clause_start: int, m: re.Match) -> bool:
    """Is the participle of ``m`` (``[participles]``: "..., while urging all States to undertake ...") a mandate of
    the Assembly's: no clause of another subject and no list of means stands between the clause it goes with
    (from ``clause_start``) and it, and it has an addressee and an infinitive ("while encouraging enhanced
    cooperation" asks no one). Sources in ``operative_verbs.txt`` [participles]."""
    before = text[clause_start : m.start()]
    if _OTHER_SUBJECT.search(before) or ("while" not in m.group("plead") and _MEANS.search(before)):
        return False
    agent = _AGENT_BEFORE.search(before) if not re.search(r"\b(?:and|while)\b", m.group("plead")) else None
    if agent and table().is_actor_like(cut_qualifiers(agent.group("agent"))):
        return False
    body = re.split(r";", text[m.end() :], maxsplit=1)[0]
    at = infinitive(body)
    if at is None:
        return False
    listed = body[:at].strip(" ,")
    return bool(_PRONOUN_ADDRESSEE.fullmatch(listed) or actor_phrases(listed, []))


_PRONOUN_ADDRESSEE = re.compile(r"them|it", re.IGNORECASE)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())

# ---------------------------------------------------------------- pass 2: actor phrases and actions

_DETERMINER_NEXT = {
    "the", "a", "an", "all", "its", "their", "this", "that", "these", "those", "each", "any", "other", "such",
    "some", "both", "his", "her", "our", "every", "which", "whom", "what", "date", "be",
}  # fmt: skip
# "the States referred to in paragraphs 18 and 19 above to provide ...", "entities referred to in the Convention"
# (A/RES/79/145, para. 168): "to" before a preposition opens no infinitive (not "at": "to at least double",
# A/RES/78/153, para. 24)
_PREPOSITION_NEXT = frozenset("in on by for from with within under into through and or as of".split())
# the words before "to" whose complement it opens are ``addressees.INFINITIVE_NOUNS`` (``data/complements.txt``
# [infinitive complements]: "the power to", "those Member States willing to prepare ..."); the words after which "to"
# is a preposition before a noun ([to prepositions]: "relevant to consumer product safety"); those who hold an
# instrument named after "to" ([instrument holders]: "signatories to bilateral ... agreements",
# ``addressees.holder_instruments``)
_TO_PREPOSITION = frozenset(data.sections("complements.txt")["to prepositions"])
_HOLDERS = frozenset(data.sections("complements.txt")["instrument holders"])
_RELATIVE_VERBS = frozenset(data.sections("complements.txt")["relative clause verbs"])
_SCOPES = frozenset(data.sections("complements.txt")["scopes"])


def _ly_verbs() -> frozenset[str]:
    """The verbs in "-ly" that are no adverb (data/complements.txt [verbs in -ly]: "comply", "apply", "rely"), read
    once (``data.entry_set``)."""
    return data.entry_set("complements.txt", "verbs in -ly")


_EE_PARTICIPLES = frozenset({"agreed", "guaranteed", "decreed", "freed", "refereed"})  # of "agree", "guarantee" ...


def _participle(word: str) -> bool:
    """A lower-case word after "to" that is a participle or gerund, not a verb's base form: "-ing" after a syllable
    ("ensuring", "doing"; not "bring", "string", which have no vowel before "-ing"), "-ed" ("increased"; not "-eed"
    verbs: "proceed", "exceed", "need", "feed", unless the participle of an "-ee" verb: "agreed")."""
    if word.endswith("ing"):
        return bool(re.search(r"[aeiouy]", word[:-3]))
    if word.endswith("eed"):
        return word in _EE_PARTICIPLES
    return word.endswith("ed")


# an infinitive split by "inter alia" set off by commas: "Encourages States parties to the Convention to, inter alia,
# take necessary measures, ..., to mainstream a gender perspective ..." (A/RES/79/190, para. 67: the action "to, inter
# alia, take necessary measures ...", not an actor "take necessary measures")
_TO_WORD = re.compile(r"\bto(?:,\s*inter\s+alia,)?\s+([A-Za-z]+)")
# "to" right after a coordinator, before an actor, repeats the verb's preposition before another addressee; it opens no
# action (but "Reiterates its invitation to Member States to be represented ... and to make statements", A/RES/79/186)
_COORDINATED_TO = re.compile(r"\b(?:as\s+well\s+as|and|or)\s+$")


# one token of the words after "to be", as ``grammar/clauses.lark`` names them (rules ``be_participle``, ``be_state``)
_BE_LEXER = re.compile(
    r"\s+(?:(?P<PART>(?:an\s+(?:integral|active)\s+)?part(?=\s+of\b))"
    r"|(?P<DEGREE_LY>(?:fully|particularly|especially|duly)\b)|(?P<DEGREE>(?:more|most|less|as)\b)"
    r"|(?P<LY>[a-z]+ly\b)|(?P<PAST>[a-z]+(?:ed|en|wn)\b)"
    r"|(?P<ADJ>(?![a-z]+(?:ed|en|wn|ld|ne|de|nt|pt|ht|un|et|id)\b)[a-z]+(?:ous|ful|ive|ble|al|ic|ary|ory|are)\b))")
_BY_AFTER = re.compile(r"\s+by\b")


def be_tokens(body: str, at: int) -> list[Token]:
    """The words of ``body`` after ``at`` (the end of an action's "to be") as tokens of ``grammar/clauses.lark``'s
    ``be_participle`` and ``be_state``: the words of degree (DEGREE_LY, DEGREE) and the other "-ly" words (LY), then a
    participle (PAST), an adjective (ADJ) or "part" before "of" (PART), each after white space, then BY for a "by" right
    after it, else the text after it (REST); the lexer stops at the first word that is none of these."""
    tokens: list[Token] = []
    pos = at
    while True:
        m = _BE_LEXER.match(body, pos)
        if m is None:
            return tokens
        kind = m.lastgroup
        tokens.append(Token(kind, m.group(kind), start_pos=m.start(kind)))
        pos = m.end()
        if kind in ("PAST", "ADJ", "PART"):
            by = _BY_AFTER.match(body, pos)
            if by is not None:
                tokens.append(Token("BY", "by", start_pos=by.end() - 2))
            elif pos < len(body):
                tokens.append(Token("REST", body[pos:], start_pos=pos))
            return tokens


def be_participle(body: str, at: int) -> bool:
    """Do the words of ``body`` after ``at`` (the end of an action's "to be") make a participle with no agent after
    it, read by ``grammar/clauses.lark`` (rule ``be_participle``, from :func:`be_tokens`): "invites Member States to
    be actively involved in that process" (A/RES/78/223, para. 13), "invites all observers of the General Assembly to
    be represented at the highest possible level" (A/RES/78/269, para. 7); not "to be submitted by the President of
    the General Assembly" (A/RES/78/269, para. 5: an agent)."""
    tokens = be_tokens(body, at)
    return bool(tokens) and shape_of(tokens, "be_participle") is not None


def be_state(body: str, at: int) -> bool:
    """Do the words of ``body`` after ``at`` (the end of an action's "to be") make an adjective, maybe after one word
    of degree, read by ``grammar/clauses.lark`` (rule ``be_state``, from :func:`be_tokens`): a state the addressee is
    asked to be in, "calls upon regional fisheries management organizations to be more cautious when ..." (A/RES/79/145,
    para. 188), "to be aware"; not a participle ("to be submitted")."""
    tokens = be_tokens(body, at)
    return bool(tokens) and shape_of(tokens, "be_state") is not None


def _asked_to_be(body: str, m: re.Match) -> bool:
    """Is the "to be" of ``m`` (before a participle with no agent: :func:`be_participle`) what the addressee is asked
    to be, the action: right after an addressee that names an actor (``is_actor_like``), with no comma between them?
    A passive set off after a noun qualifies it ("the working group of the Sixth Committee, to be established at its
    eighty-first session, to consider ...", A/RES/79/127, para. 3; "contributions ... to be administered", "a
    ceremony ... to be held"): not the action."""
    if not be_participle(body, m.end()):
        return False
    before = body[: m.start()].strip()
    return bool(before) and not before.endswith(",") and table().is_actor_like(cut_qualifiers(before))


@lru_cache(maxsize=16384)
def infinitive(body: str) -> int | None:
    """Where the action starts: the first "to VERB" at depth 0 that is not a preposition ("as an input to the
    zero draft") nor the complement of a noun ("a standing invitation to participate"), nor the infinitive of a
    parenthesis set off after the addressee when a "to VERB" right after a comma follows it: the action comes after
    the parenthesis ("Urges Member States, when considering whether to integrate information and communications
    technology, including digital technologies, into the design ..., to consider the benefits ...", A/RES/79/146,
    para. 59; "Encourages relevant coastal States and States fishing on the high seas ..., where there is no
    subregional or regional fisheries management organization or arrangement to establish conservation and
    management measures for such stocks, to cooperate to establish such an organization", A/RES/80/109, para. 181:
    a comma segment the clause lexer reads as a parenthesis, ``addressees._parenthesis``: one that opens with a word of
    ``actors.txt`` [parentheses] or a participle before a preposition). Kept per body (an offset: a clause's body
    recurs in the next sessions' resolutions, one in five over the corpus)."""
    depth = _depth_positions(body)
    found = _infinitives(body, depth)
    first = next(found, None)
    do_so = _do_so_action(body, depth)
    if do_so is not None and (first is None or first > do_so[0]):
        return do_so[1]  # "States that have not yet taken the steps necessary to become party to ... to do so"
    if first is not None and rule("example_before").search(body, _last_words_from(body, first, 3), first):
        # "Urges Member States and relevant United Nations organs and entities, when designing ... policies and
        # programmes involving youth, including to eliminate all forms of discrimination ..., to pay special attention
        # to ..." (A/RES/80/180, para. 11): an infinitive after "including" (rule ``example_before`` of
        # grammar/attachment.lark) is an example set off in a parenthesis, the action the next infinitive right after
        # a comma (none: the example is read as the action, as before)
        return next((at for at in found if re.search(r",\s*(?:[a-z]+ly\s+)?$", body[:at])), first)
    if first is None or not _in_parenthesis(body, depth, first) or _directive_content(body, depth, first):
        return first
    # the action after the parenthesis: the next infinitive right after a comma at depth 0, maybe after its adverb
    # ("Calls upon States, individually and, as appropriate, through ... arrangements with competence to regulate
    # highly migratory species, urgently to address global fishing capacity for tunas", A/RES/78/68, para. 144)
    return next((at for at in found if re.search(r",\s*(?:[a-z]+ly\s+)?$", body[:at])), first)


def _in_parenthesis(body: str, depth, at: int) -> bool:
    """Does the infinitive at ``at`` stand in a comma segment (at depth 0) after the first that is a parenthesis
    ("when considering whether to integrate ...", "where there is no ... organization to establish ...")?"""
    segment = _segment_before(body, depth, at)
    return bool(segment) and _parenthesis(segment)


def _segment_before(body: str, depth, at: int) -> str | None:
    """The comma segment (at depth 0) ``at`` stands in, to ``at``, stripped; None where no comma is before it."""
    comma = body.rfind(",", 0, at)
    while comma >= 0 and depth[comma]:  # the commas before ``at``, last first, found by ``str.rfind``
        comma = body.rfind(",", 0, comma)
    return None if comma < 0 else body[comma + 1 : at].strip()


def _directive_content(body: str, depth, at: int) -> bool:
    """Is the infinitive at ``at`` the content of a directive its parenthesis says the action conforms to ("Urges
    Myanmar, in accordance with the order of the International Court of Justice to take all measures ...",
    A/RES/78/219, para. 11), so the action, there being no comma between them? The parenthesis, a whole comma segment,
    is rule ``directive`` of grammar/attachment.lark (``operative_verbs.txt`` [conformity], [directives]: "in
    accordance with the order of the International Court of Justice")."""
    return rule("directive").fullmatch(_segment_before(body, depth, at) or "") is not None


# a negation right before an infinitive ("not to abduct"), read in ``body[:end]`` (``endpos``: "$" is there)
_NEGATION = re.compile(r"\b(?:neither|not|never)\s+$")


def _negation_from(body: str, end: int) -> int:
    """Where ``_NEGATION`` may start in ``body[:end]``: its word ends at the text's last word character, the white
    space after it (``str.rstrip`` and ``\\s`` know the same white space) runs to the end; "neither" is the longest
    word. The search from there finds what a search of the whole prefix finds (the "\\b" before the word reads the
    character before), without reading the prefix at each "to"."""
    return max(0, len(body[:end].rstrip()) - len("neither"))


def _last_words_from(body: str, end: int, n: int) -> int:
    """An offset at or before the start of the last ``n`` words (runs of non-space) of ``body[:end]``: a pattern that
    ends with "\\s+$" and holds ``n`` words (``_COORDINATED_TO``: "as well as") is searched from there, with the
    "\\b" before it reading the character before, and finds what a search of the whole prefix finds."""
    parts = body[:end].rsplit(maxsplit=n)
    return len(parts[0]) if len(parts) > n else 0


def _connective_before(body: str, at: int) -> bool:
    """Does a connective ([connectives]: "in this respect", "in that regard") end right before the "to" at ``at``? Its
    noun is no preposition's ("with respect to", [to prepositions]), so the "to" opens the action: "Requests the
    Secretary-General in this respect to enhance further collaborative initiatives to address the security needs of
    implementing partners" (A/RES/78/118, para. 47; 79/138 48, 80/112 48: the addressee "the Secretary-General", the
    action "to enhance ..."). The connective, maybe with its comma, ending the text is rule ``connective_before`` of
    grammar/attachment.lark."""
    return rule("connective_before").search(body, _last_words_from(body, at, 4), at) is not None


def _scope_before(body: str, noun: str, at: int) -> bool:
    """Is the noun right before the "to" at ``at`` a scope that "within" or "under" governs (``complements.txt``
    [scopes]: "authorized under a Security Council mandate to take appropriate steps", A/RES/78/331, para. 13), so the
    "to" opens the action, not the noun's content? "within" or "under" and the noun, at most six words between, are
    rule ``scope_before`` of grammar/attachment.lark."""
    return noun in _SCOPES and rule("scope_before").search(body, _last_words_from(body, at, 9), at) is not None


def _do_so_action(body: str, depth) -> tuple[int, int] | None:
    """The first "to do so" at depth 0 after a negated relative clause of the addressee in its comma segment (rule
    ``negated_relative`` of grammar/attachment.lark, one that has not said "done so" itself): (where the relative clause
    starts, where "to do so" starts). "do so" repeats the relative clause's verb, so it is the action, and every "to"
    between them is the relative clause's own: "Encourages States that have not yet integrated children's issues into
    their overall rule of law efforts to do so and to develop ..." (A/RES/79/172, para. 29; 79/188, para. 3: not the
    complement of "efforts"); "Appeals to all Member States that have not yet taken the steps necessary to become party
    to the Joint Convention ... to do so" (A/RES/78/49, para. 9; 80/26 9); "Calls upon regional fisheries management
    organizations with the competence to conserve and manage highly migratory fish stocks that have not yet adopted
    effective conservation and management measures in line with the best scientific information available to conserve
    and manage stocks falling under their mandate to do so urgently" (A/RES/78/68, para. 184; 79/145 187, 80/109 192).
    None where the relative clause said "done so" itself ("countries that have not already done so and developing
    countries declaring themselves in a position to do so to take ...", A/RES/78/138, para. 25: the second addressee's
    "in a position to do so")."""
    if "do so" not in body:
        return None
    for m in _TO_DO_SO.finditer(body):
        if depth[m.start()]:
            continue
        segment = max(body.rfind(",", 0, m.start()), body.rfind(";", 0, m.start()), body.rfind(":", 0, m.start()))
        relative = rule("negated_relative").search(body, segment + 1, m.start())
        return (relative.start(), m.start()) if relative else None
    return None


_TO_DO_SO = re.compile(r"\bto\s+do\s+so\b")


def _infinitives(body: str, depth) -> Iterator[int]:
    """The offsets where an action may start (:func:`infinitive`), in order."""
    across = None
    for m in _TO_WORD.finditer(body):
        if depth[m.start()]:
            continue
        nxt = m.group(1)
        # "to be" before an adjective asks a state of the addressee: "calls upon regional fisheries management
        # organizations to be more cautious when ..." (A/RES/79/145, para. 188); "to be submitted by", a passive,
        # qualifies a noun
        state = nxt == "be" and (be_state(body, m.end()) or _asked_to_be(body, m))
        if not state and (nxt[0].isupper() or nxt.lower() in _DETERMINER_NEXT or nxt.lower() in _PREPOSITION_NEXT
                          or nxt.isdigit()):
            continue
        low = nxt.lower()
        if _participle(low) or (low.endswith("s") and not low.endswith(("ss", "us"))):
            continue
        before = body[: m.start()].rsplit(maxsplit=1)  # its last word alone is read
        # "the power to", never "the administering Power"; nor a parenthesis that ends in such a noun ("invites the
        # Commission, within its mandate, to contribute"); but a connective before "to" ends the addressee ("the
        # Secretary-General in this respect to enhance", :func:`_connective_before`)
        if (before and (before[-1] in INFINITIVE_NOUNS or before[-1] in _TO_PREPOSITION)
                and not _connective_before(body, m.start()) and not _scope_before(body, before[-1], m.start())):
            continue
        if before and before[-1] in _HOLDERS and any(start == m.start() for start, _ in holder_instruments(body)):
            continue  # "Invites signatories to bilateral or multilateral tax transparency agreements to consider ..."
            # (A/RES/78/140, para. 27): what they signed, not the action (``complements.txt`` [instrument holders])
        if (before and before[-1] in _RELATIVE_VERBS
                and rule("relative_before").search(body, body.rfind(",", 0, m.start()) + 1, m.start())):
            continue  # "States that have and continue to apply such laws ... to take the steps" (A/RES/78/7, para. 3):
            # the verb of the addressee's relative clause takes its own infinitive ([relative clause verbs]; a relative
            # pronoun in the comma segment before the verb: rule ``relative_before`` of grammar/attachment.lark)
        if (rule("numbered_part").match(body, m.start())
                and rule("relative_before").search(body, body.rfind(",", 0, m.start()) + 1, m.start())):
            continue  # "States that have accepted the amendments to regulation XI-1/6 of the International Convention
            # ..., to implement the Code" (A/RES/78/69, para. 159): a noun's "to" before a numbered part in the
            # addressee's relative clause (rule ``numbered_part`` of grammar/attachment.lark)
        if before and before[-1] == "yet":  # "States that have yet to sign ... the Treaty to do so" (A/RES/79/41, para.
            continue  # 7; 78/40, 80/48): the verb of the addressee's relative clause, as "that have not yet done so"
        if _COORDINATED_TO.search(body, _last_words_from(body, m.start(), 3), m.start()) and table().is_actor_like(
                cut_qualifiers(re.split(r"[,;:]", body[m.end(1) - len(nxt):], maxsplit=1)[0])):
            continue  # "Appeals to Member States, ..., as well as to international ... organizations" (A/RES/80/62, 5)
        if across is None:  # may a name of the table hold a "to" of the body: read once, where one gets here
            across = may_name_across(body, "to")
        if across and any(h.start < m.start() < h.end for h in scan(body)):
            continue  # a "to" inside a name of the table opens no action: "Welcomes the work of the Special Rapporteur
            # of the Human Rights Council on the human rights to safe drinking water and sanitation, and invites him to
            # work ..." (A/RES/78/206, para. 3: the name whole, the object's list read so too, ``extract._object_list``)
        negation = _NEGATION.search(body, _negation_from(body, m.start()), m.start())
        yield negation.start() if negation else m.start()  # "calls upon all parties ... not to abduct": negated




def _for_object_verbs() -> frozenset[str]:
    return data.entry_set("operative_verbs.txt", "for objects")


@lru_cache(maxsize=16384)
def asked_for(body: str, verb: Verb | None) -> int | None:
    """Where a clause with no to-infinitive asks its addressees for a thing: the first "for" at depth 0 after an
    addressee list of a verb of ``operative_verbs.txt`` [for objects] ("calls upon the International Red Cross and
    Red Crescent Movement ... and other partners for technical support in achieving these aims" -> the offset of
    "for"); None if the verb takes no such object or the words before "for" name no actor. Kept per body and verb,
    as :func:`infinitive` per body (an offset: a clause's body recurs in the next sessions' resolutions)."""
    if verb is None or verb.name not in _for_object_verbs():
        return None
    fors = [m for m in _FOR.finditer(body) if not m.group("name")]
    if not fors:  # no "for" but before a capitalised name: nothing asked for (the body's names need not be read)
        return None
    depth = _depth_positions(body)
    names = [(h.start, h.end) for h in scan(body)]
    # not inside a name ("the International Fund for Agricultural Development", "the United Nations Relief and Works
    # Agency for Palestine Refugees in the Near East"), nor before a capitalised complement of one the table lacks
    # nor after a word that is no actor's head ("other bodies responsible for development assistance", A/RES/78/103,
    # para. 10 (d)): the thing asked for follows the addressee's name, or a pronoun that stands for it ("Appreciates
    # regular contacts among the Economic Cooperation Organization Trade and Development Bank, the Islamic Development
    # Bank and the United Nations Economic Commission for Europe, and invites them for enhanced collaboration for
    # financing regional projects", A/RES/79/330, para. 28: read as "them", ``addressees.names``)
    m = next((m for m in fors if not depth[m.start()]
              and not any(a < m.start() < b for a, b in names)
              and (singular(body[: m.start()].split()[-1]) in table().heads
                   or any(b == m.start() for _, b in names) or is_pronoun(body[: m.start()]))), None)
    if m is None or body[: m.start()].rstrip().endswith(",") or not (
            is_pronoun(body[: m.start()]) or actor_phrases(body[: m.start()], [])):
        return None  # ", for this purpose, to ...": a parenthesis
    if _parenthesis(body[: m.start()].rsplit(",", 1)[-1].strip()):
        return None  # "the World Health Organization, as the United Nations specialized agency for health, and other
        # relevant agencies ... to enhance cooperation" (A/RES/79/319, para. 8): a "for" inside a parenthesis
    return m.start() + 1


_FOR = re.compile(r"\sfor\s(?:the\s+)?(?P<name>[A-Z])?")


def _from_object_verbs() -> frozenset[str]:
    return data.entry_set("operative_verbs.txt", "from objects")


# the thing asked, opening the body: an article and at most four more words, then "from" and its actor
_ASKED_FROM = re.compile(r"\s*(?P<thing>(?:an?|the|further|additional)\s+(?:[\w-]+\s+){0,4}?)from\s+(?=the\s|[A-Z])")


def asked_from(body: str, verb: Verb | None) -> tuple[int, int] | None:
    """Where a clause asks a thing of an actor named after "from", the thing first ("requests an informal briefing
    from the head of the Institution on its initial operations ... before 1 July 2025", A/RES/79/185, para. 49; 78/222,
    para. 48): the span of the actor's phrase in ``body`` (:func:`agent_phrase`: "the head of the Institution"), read
    as the ``asked_from`` body of ``grammar/clauses.lark``; None if the verb takes no such object (``operative_verbs.txt``
    [from objects]), the words before "from" name an actor ("requests the Secretary-General from ...") or no thing, or
    the words after it name none."""
    if verb is None or verb.name not in _from_object_verbs():
        return None
    m = _ASKED_FROM.match(body)
    if m is None or table().is_actor_like(cut_qualifiers(m.group("thing").strip())):
        return None
    phrase = agent_phrase(body[m.end():])
    if not table().is_actor_like(cut_qualifiers(phrase)):
        return None
    return m.end(), m.end() + len(phrase)


# ---------------------------------------------------------------- pass 3/4: decisions and passives

_MODAL = re.compile(
    r"\b(shall|will|should|may|must|(?:is|are)\s+to)\b((?:\s+(?:also|not|only|each|further|then|jointly|continue\s+to))*)"
    r"\s+([a-z]+)"
)
_SUBJECT_START = re.compile(
    r"^(?:(?:the|a|an|each|all|its|their|these|this|those|any|such|both|relevant|other|interested)\b|[A-Z])")
_PASSIVE = re.compile(
    r"\b(?:shall|will|should|may|must|would|to|is\s+to|are\s+to)\s+(?:also\s+|then\s+|only\s+|jointly\s+|each\s+)?"
    r"be\s+(?:[a-z]+ly\s+)?(?:co-)?([a-z]+(?:ed|en|wn|ld|ne|de|nt|pt|ld|ht|un|et|id))\s+by\s+"
)
# participles whose agent receives the noun before ("to be considered by"), no passive mandate: "the report on the
# updated position of closed peacekeeping missions, to be considered by the General Assembly at its seventy-ninth
# session" (A/RES/78/299 9, tests/labels/mandates_fresh3: passive false, the report's receiver), "a status report on
# the elaboration of the draft declaration to be considered by the General Assembly" (A/RES/78/234 15), "options to be
# considered by Member States" (not "shall be considered by": a decision)
_RECEIVED = frozenset({"considered"})
_SUBCLAUSE_END = re.compile(r";|,\s+and\s+that\b|\s+and\s+that\b|:\s*$")


# a participle's "that"-clause set off by a comma: ", recognizing that", ", bearing in mind that", ", noting that"
_PARTICIPLE_THAT = re.compile(r",\s+[a-z]+ing\s+(?:[a-z]+\s+){0,2}?that\s")


DECISION_PARTS = re.compile(r",?\s+and\s+that\s+|;\s*")  # "that X shall ..., and that Y shall ...; Z shall ..."


@lru_cache(maxsize=2)
def _permission(shall: bool) -> re.Pattern:
    """After "shall/will/should/may be": a participle that permits the subject to act (``operative_verbs.txt``
    [permissions]: "permitted to vote"), or, after "shall" (``shall`` true), one that asks it ([asked in the
    passive]: "called upon to contribute"), then "to" and a verb."""
    sec = data.sections("operative_verbs.txt")
    words = [*sec["permissions"], *(sec["asked in the passive"] if shall else ())]
    return re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{verbs().pattern(words)})\s+to\s+[a-z]")


def asked_by(modal: str | None, action: str) -> Verb | None:
    """The verb of the table that a decided passive of asking names, under "shall" only (``operative_verbs.txt`` [asked
    in the passive]): "the Holy See ... shall be called upon to contribute towards the expenses of the Organization"
    (A/RES/79/249, para. 18 (b), under "Resolves that:") -> calls upon, the decision itself asking the subject
    (tests/labels/mandates_fresh17 n 75); ``action`` is the decided action from its modal ("shall be called upon to
    ..."). None for any other modal or action ("shall be permitted to vote": a grant, the decision's own verb)."""
    if modal != "shall":
        return None
    sec = data.sections("operative_verbs.txt")["asked in the passive"]
    m = re.match(rf"shall\s+be\s+(?:[a-z]+ly\s+)?({verbs().pattern(sec)})\s+to\s+[a-z]", action)
    if m is None:
        return None
    word = _norm(m.group(1))
    return next((verb for name, verb in verbs().table.items() if _norm(forms(name)[1]) == word), None)


def decided(content: str) -> list[tuple[str, str, str]]:
    """ "the Committee shall meet ..., and that it shall ..." -> [(subject, modal, action)] for active clauses, and
    for a passive that permits or asks the subject to act ("X shall be permitted to vote")."""
    out = []
    for part in DECISION_PARTS.split(content):
        m = _main_modal(part)
        if not m or (m.group(3) == "be" and not _permission(m.group(1) == "shall").match(part, m.end())):
            continue
        if _PARTICIPLE_THAT.search(part, 0, m.start()):
            continue  # "Recommends that Member States adopt ... policies ..., recognizing that youth may face specific
            # challenges" (A/RES/78/229, para. 22; 80/229 18): the modal of a participle's "that"-clause, not the
            # decision's (its subjunctive is read by ``subjunctive``)
        segs = _segments(part[: m.start()])
        first = next((i for i, s in enumerate(segs) if _SUBJECT_START.match(s) and not table().opens_parenthesis(s)),
                     None)
        subject = ", ".join(s for s in segs[first:] if s) if first is not None else ""
        # a list of actors of the table ("the Comoros, Sao Tome and Principe and Somalia shall") is one too
        if subject and (table().is_actor_like(cut_qualifiers(subject))
                        or any(n.actor.known for n in actor_phrases(subject, []))):
            # a parenthesis before the subject that opens with a time ("that, at its eighty-sixth session, in 2031,
            # the Third Committee should ...") goes after it, where ``subject_parentheses`` reads when to act; not
            # another ("in addition to the records of ... at its eightieth session, the President ... will")
            when = [s for s in segs[:first] if s and any(s.startswith(d.text) for d in deadlines.find(s))]
            subject = ", ".join([subject, *when])
            out.append((subject, m.group(1), part[m.start() :].strip(" ;:.")))
    return out


# a relative clause set off by a comma: its verb is not the clause's ("the relevant existing United Nations entity, which
# will act as the secretariat ..., and the members of the Panel will be appointed by the Secretary-General")
_RELATIVE_OPENING = re.compile(r"(?:which|who|whom|whose)\b")


def _main_modal(part: str) -> re.Match | None:
    """The first modal of a decision's part (``_MODAL``) that is not the verb of a relative clause set off by a comma
    after the subject: "Further decides that the relevant existing United Nations entity, which will act as the
    secretariat of the multidimensional vulnerability index, and the members of the Independent Expert Advisory Panel
    will be appointed by the Secretary-General ..." (A/RES/78/322, para. 11): "will be appointed", not "will act" (the
    entity is appointed, not charged to act: tests/labels/GUIDELINE.md, the twenty-fourth session's mfix4 note); None
    where there is no other. A modal coordinated right after the relative clause's ("..., which should be a short and
    concise political declaration ..., and should have a social development approach", A/RES/78/261 2) is the relative
    clause's too."""
    relative = False
    for m in _MODAL.finditer(part):
        lead = part[: m.start()].rsplit(",", 1)[-1].strip()
        relative = bool(_RELATIVE_OPENING.match(lead)) or (relative and lead in ("and", "or", "but"))
        if not relative:
            return m
    return None


def subject_parentheses(subject: str) -> list[str]:
    """The parentheses of a "that"-clause's subject, between the actor and the verb: "the Legal Subcommittee, at its
    sixty-fifth session" -> ["at its sixty-fifth session"] (comma segments after the first that open with a
    preposition or a participle, ``actors.txt`` [parentheses]); they say when the subject is to act."""
    segs = _segments(subject) if "," in subject else []
    return [s for s in segs[1:] if s and table().opens_parenthesis(s)]


_NOT_A_VERB = frozenset(
    "of for on in and or the a an to with at by from as its their all other relevant concerned including such "
    "that which who whose whom is are was were has have be been".split()
)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_TRAILING_ADVERBS = re.compile(r"(?:\s+[a-z]+ly)+$")
# words that open a verb's object, never inside an actor's name: "the President of the General Assembly appoint two
# co-facilitators" (A/RES/78/179, para. 31), "the Secretary-General direct all departments" (A/RES/78/245, para. 75)
# (the numbers in words: data/deadline_words.txt [number words], the one list of them)
_NUMBER_WORDS = data.alternation(data.counted("deadline_words.txt", "number words"))
_OBJECT_LEAD = re.compile(rf"\b(?:its|their|the|all|a|an|{_NUMBER_WORDS}|\d+)\b")


# a pronoun subject stands for the actor named before: "Takes note of the report of the Secretary-General, and
# requests that he submit ... a report" (A/RES/79/191, para. 60), as "requests him to submit" does
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they)", re.IGNORECASE)


def subjunctive(content: str) -> list[tuple[str, None, str]]:
    """ "the United Kingdom withdraw its administration ...": a "that"-clause of an address verb (Demands,
    Requests, Recommends that) with the verb in the subjunctive -> [(subject, None, action)]. The subject is the
    shortest actor phrase before a lower-case word that does not carry the noun phrase on ("the United Nations
    development system organizations develop ...": "development" leads to a longer actor, "develop" does not), or a
    pronoun ("he", "she", "they": ``bound`` reads it as the actor named before)."""
    words = list(re.finditer(r"[^\s,;:]+", content))
    t = table()
    depth = _depth_positions(content) if "(" in content else None
    # the first 40 words (a subject a participle qualifies may be long, A/RES/78/212 18), not counting those inside a
    # parenthesis: "that the Quadripartite organizations (the Food and Agriculture Organization of the United Nations,
    # ...) continue to provide" (A/RES/79/2, annex, para. 103)
    inside = [bool(depth[w.start()]) or w.group(0).startswith("(") for w in words] if depth else [False] * len(words)
    qualified = False  # a participle that qualifies the subject was passed
    for i in [i for i in range(1, len(words)) if not inside[i]][:40]:
        w = words[i].group(0)
        # "be" and an adjective is a state the subject is asked to be in, as "to be aware" after an addressee
        # (``be_state``): "Recommends that Governments be inclusive in involving older persons ..." (A/RES/79/147,
        # para. 30; 78/177, para. 27; 80/179, para. 32); "be" and a participle is a passive (below)
        state = w == "be" and be_state(content, words[i].end())
        if not state and (not w.islower() or w in _NOT_A_VERB or (w.endswith("ly") and w not in _ly_verbs())
                          or words[i - 1].group(0).lower() in _NOT_A_VERB):
            continue  # no verb after a function word: "all other parties to the conflict allow" (the conflict), "that
            # Division to provide" (an infinitive)
        if not state and w.endswith("ed") and _participle(w):
            qualified = True  # a participle qualifies the noun before it, no subjunctive is in "-ed": "Recommends that
            # States, ..., non-governmental organizations and bodies and groups based on religion or belief, in their
            # efforts to promote freedom of religion or belief, ensure the widest possible dissemination" (A/RES/78/212,
            # para. 18)
            continue
        prev = words[i - 1].group(0)
        if qualified and not (prev.endswith(("s", "ly")) or prev[:1].isupper()
                              or content[: words[i].start()].rstrip().endswith(",")):
            continue  # inside the participle's complement the verb follows a plural, a name, an adverb or a comma
            # ("stakeholders involved in the negotiation of international investment instruments and the enactment of
            # legislation governing foreign investments make reference to", A/RES/78/105, para. 4: not "investment")
        # an adverb stands between the subject and its verb: "that the Syrian regime immediately put an end ..."
        subject = _TRAILING_ADVERBS.sub("", content[: words[i].start()].strip(" ,"))
        # a parenthesis between the subject and its verb: "that the Secretary-General, for this purpose, continue
        # to hold ..." (A/RES/79/332, para. 2); it stays with the subject (``subject_parentheses``)
        segs = _segments(subject) if "," in subject else [subject]
        own = next((k for k in range(1, len(segs)) if all(t.opens_parenthesis(s) for s in segs[k:])), len(segs))
        if not (t.is_actor_like(cut_qualifiers(", ".join(segs[:own]))) or _SUBJECT_PRONOUN.fullmatch(segs[0])) or (
                own < len(segs) and not content[: words[i].start()].rstrip().endswith(",")):
            continue  # no actor, or the verb would stand inside the parenthesis ("for this purpose")
        if infinitive(", ".join(segs[:own])) is not None:
            # "encourages that Division to provide ...", "Calls upon that State to accede ...": "that" is a
            # demonstrative and the clause an address with its infinitive, no subjunctive (A/RES/78/108 35, 78/63 6);
            # or a blend
            return _blended(content)
        be = re.match(r"(?:not\s+)?be\b", content[words[i].start():])
        if be and not be_state(content, words[i].start() + be.end()):
            return []  # "demands that the territory of Afghanistan not be used as a platform ...": a passive binds
            # nobody to act (A/RES/79/317, para. 18)
        # a longer actor: the words after this one end on an actor's head or name ("the United Nations development
        # system organizations develop"), not a verb after a complement ("the specialized agencies ... of the
        # United Nations system cooperate", A/RES/79/332, para. 3)
        # (a parenthesis of members is no part of the name: "the Quadripartite organizations (...) continue"); a
        # name in capitals after the word is its object, another actor, never the subject's words: "request the
        # Secretary-General keep Member States updated" (A/RES/79/1, para. 78 (c)), "request that the
        # Secretary-General update Member States on progress" (78 (b)) were "the Secretary-General keep Member States"
        longer = any(t.is_actor_like(_PARENTHESIS.sub("", content[: words[j].end()]))
                     and (singular(words[j].group(0)) in t.heads
                          or key(_PARENTHESIS.sub("", content[: words[j].end()])) in t.by_key)
                     and not _OBJECT_LEAD.search(content[words[i].start() : words[j].end()])
                     and all(words[k].group(0).islower() for k in range(i + 1, j + 1))
                     for j in range(i, min(i + 3, len(words))))
        if longer:
            continue
        return [(subject, None, content[content.index(subject) + len(subject) :].strip(" ,;:."))]
    return _blended(content)


def _blended(content: str) -> list[tuple[str, None, str]]:
    """A "that"-clause whose subject, set off by its parentheses, takes an infinitive, the drafter's blend of "urges X
    to" and "urges that X": "Urges that Member States, which have used or tested nuclear weapons or any other nuclear
    explosive devices, to share, as appropriate, technical and scientific information ..." (A/RES/78/240, para. 2) ->
    [("Member States, which have ... devices", None, "to share ...")], the subject addressed as after "urges"; read
    only where :func:`subjunctive` finds no verb, the infinitive (``infinitive``: the first after the parentheses) right
    after the comma that closes the last parenthesis, the first comma segment an actor and every segment after it a
    parenthesis (``actors.txt`` [parentheses]); else []."""
    at = infinitive(content) if "," in content else None
    if at is None or not content[:at].rstrip().endswith(","):
        return []
    subject = content[:at].strip(" ,")
    first, *parentheses = _segments(subject)
    if (not parentheses or not all(table().opens_parenthesis(s) for s in parentheses)
            or not table().is_actor_like(cut_qualifiers(first))):
        return []
    return [(subject, None, content[at:].strip(" ,;:."))]


def without_that_tokens(body: str) -> list[Token]:
    """The body of an addressing clause with no "that" ("the Secretary-General keep Member States updated ...") as
    tokens of ``grammar/clauses.lark``'s ``without_that``: SUBJECT the subject :func:`subjunctive` finds, COMMA where
    no white space alone follows it (a comma, after white space or not, or another mark), BASE the first word of its
    action, or PLURAL where that word (less a trailing mark) ends in "-s" and not "-ss", REST the words after it,
    COLON where the body ends in a comma or a colon (" ;." left aside). [] where :func:`subjunctive` finds no subject.
    Offsets in ``body``."""
    return _without_that_tokens(body, subjunctive(body))


def _without_that_tokens(body: str, found: list[tuple[str, None, str]]) -> list[Token]:
    if not found:
        return []
    subject, _, action = found[0]
    at = body.index(subject)
    end = at + len(subject)
    tokens = [Token("SUBJECT", subject, start_pos=at, end_pos=end)]
    after = body[end:]
    if not (after[:1].isspace() and not after.lstrip().startswith(",")):
        tokens.append(Token("COMMA", after.lstrip()[:1] or after[:1], start_pos=end))
    word, *rest = action.split(None, 1) or [""]
    verb = word.strip(",;:.")
    at = end + len(after) - len(after.lstrip(" ,;:."))
    tokens.append(Token("PLURAL" if verb.endswith("s") and not verb.endswith("ss") else "BASE", verb, start_pos=at))
    if rest:
        tokens.append(Token("REST", rest[0], start_pos=at + len(word)))
    if body.rstrip(" ;.").endswith((",", ":")):
        tokens.append(Token("COLON", body.rstrip(" ;.")[-1], start_pos=len(body.rstrip(" ;.")) - 1))
    return tokens


def subjunctive_without_that(body: str) -> list[tuple[str, None, str]]:
    """:func:`subjunctive` of an addressing clause's body with no "that" ("the Secretary-General keep Member States
    updated on these discussions", A/RES/79/1, para. 78 (c)), where ``grammar/clauses.lark``'s ``without_that``
    reads its tokens (:func:`without_that_tokens`): the subject, white space, a verb that is no plural noun, and no
    open end (a chapeau); else []."""
    found = subjunctive(body)
    tokens = _without_that_tokens(body, found)
    return found if tokens and shape_of(tokens, "without_that") is not None else []


_MODALS = frozenset({"shall", "should", "will", "may", "must"})


def _owner(subject: str) -> str | None:
    """The actor a "that"-clause's subject that names no actor belongs to: the body an activity or a document belongs
    to (the rules ``head_of`` and ``session_holder`` of grammar/attachment.lark: "the report of the Secretary-General",
    "the debate ... at the seventy-ninth session of the General Assembly"): the name of the table right after the "of"
    (with its article), or None."""
    m = rule("head_of").match(subject)
    found = [m] if m and not set(m.group("words").split()) & _NOT_A_VERB else []
    found += list(rule("session_holder").finditer(subject))
    for m in found:
        rest = subject[m.end():]
        article = len(rest) - len(rest[4:]) if rest.startswith("the ") else 0
        hit = next((h for h in scan(rest[:200]) if h.start == article), None)
        if hit is not None:
            return rest[: hit.end]
    return None


def _possessive_owner(subject: str) -> str | None:
    """The pronoun a "that"-clause's subject's possessive stands for, where the subject is a document or a work of the
    bodies named before (``possessive_owner`` of grammar/attachment.lark): "their reports" -> "them", "its work" ->
    "it" (A/RES/80/198 42: "recommends that their reports continue to include information", the Committee's and the
    Subcommittee's), for the antecedents of the paragraph to resolve as an addressee pronoun is; None otherwise."""
    m = rule("possessive_owner").match(subject)
    return None if m is None else {"its": "it", "their": "them"}[m.group("owner_pronoun")]


def owned_subjunctive(content: str) -> list[tuple[str, None, str]]:
    """ "the debate on the report of the International Law Commission at the seventy-ninth session of the General
    Assembly commence on 21 October 2024" (A/RES/78/108, para. 44): a "that"-clause of an address verb ("Recommends
    that", "Requests that") whose subject names no actor but an activity or a document of one (``_owner``), the verb
    in the subjunctive -> [(that actor's phrase, None, action)]: the body whose activity it is is asked to act
    (tests/labels/GUIDELINE.md, the eighth sample: the Assembly's own debate; "requests that the report of the
    Secretary-General ... reflect the following elements", A/RES/79/257, para. 74: the Secretary-General). The verb
    is the first lower-case word after a noun (not after a function word or an ordinal: "the seventy-ninth session")
    that is no plural, participle nor adverb, nor a noun before "of" or a comma ("the regular programme of technical
    cooperation, to be presented at its eightieth session, reflect", A/RES/79/257, para. 58); a passive ("be conducted"), a modal or an infinitive after the subject
    asks no one ([] as :func:`subjunctive`).

    Python, not ``grammar/clauses.lark``: the "that"-clause itself is the grammar's (``that_clause``); here the verb
    is the first word, in order, whose subject has an owner in the alias table (``_owner``): a candidate refused by
    the table is passed over for the next, so where the subject ends is decided by meaning, not by word shapes a
    token could carry."""
    words = list(re.finditer(r"[^\s,;:]+", content))
    depth = _depth_positions(content) if "(" in content else None
    for i in range(1, min(len(words), 40)):
        w = words[i].group(0)
        before = words[i - 1].group(0).lower()
        if (depth is not None and depth[words[i].start()]) or before in _NOT_A_VERB or ordinal(before) is not None:
            continue
        # a passive or a modal after the subject ("the report of the Secretary-General be made available"): no one
        stop = w in ("be", "not") or w in _MODALS
        if not stop and (not w.islower() or w in _NOT_A_VERB or w.endswith("ly") or _participle(w)
                         or (w.endswith("s") and not w.endswith("ss"))
                         or re.match(r",|\s+of\b", content[words[i].end():])):
            continue  # a noun of the subject: "the regular programme of technical cooperation, to be presented ..."
        if stop:
            return []
        subject = content[: words[i].start()].strip(" ,")
        owner = _owner(subject) or _possessive_owner(subject)
        if owner is None:
            continue
        if infinitive(subject) is not None:
            return []
        return [(owner, None, content[words[i].start():].strip(" ,;:."))]
    return []


@lru_cache(maxsize=1)
def _addressed_subject() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    from .verbs import forms

    v = verbs()
    past = {forms(name)[1]: name for name, verb in v.table.items() if verb.cls == "address" and verb.name == name}
    return re.compile(
        rf"(?:^|(?<=[.;:]\s))(?P<subject>[A-Z][^.;:]*?)\s+(?P<written>(?:is|are)\s+(?:(?:{v.pattern(v.adverbs)})\s+)*"
        rf"(?P<pp>{v.pattern(past)}))\s+(?=to\s+[a-z])"
    ), past, tuple({pp.split()[0] for pp in past})  # a match holds one of these words ("requested", "called")


# the ", and" that may close a clause of its own before the subject of a passive; a segment with a modal verb (``_MODALS``)
# and the word after it is such a clause (the tokens of ``grammar/clauses.lark``'s ``passive_subject``)
_COMMA_AND = re.compile(r",\s+and\s+")
_MODAL_VERB = re.compile(rf"\b(?:{'|'.join(sorted(_MODALS))})\s+(?:not\s+)?[a-z]+\b")


def passive_tokens(written: str) -> list[Token]:
    """The words before a passive operative verb as tokens of ``grammar/clauses.lark``'s ``passive_subject``: cut
    at each ", and" (COMMA_AND), each segment a CLAUSE when a modal verb and the word after it stand in it ("The
    Conference shall be webcast"), else a PHRASE. Offsets in ``written``."""
    tokens: list[Token] = []
    pos = 0
    for m in _COMMA_AND.finditer(written):
        segment = written[pos : m.start()]
        tokens.append(Token("CLAUSE" if _MODAL_VERB.search(segment) else "PHRASE", segment, start_pos=pos))
        tokens.append(Token("COMMA_AND", m.group(0), start_pos=m.start(), end_pos=m.end()))
        pos = m.end()
    segment = written[pos:]
    tokens.append(Token("CLAUSE" if _MODAL_VERB.search(segment) else "PHRASE", segment, start_pos=pos))
    return tokens


def _subject_start(written: str) -> int:
    """Where the subject of a passive starts in the words before its verb: after the last clause of its own that
    ", and" closes (``grammar/clauses.lark``'s ``subject_words`` in ``passive_subject``: "The Conference shall be
    webcast, and the President ..." -> the offset of "the President"), else 0."""
    if "," not in written:
        return 0
    tokens = passive_tokens(written)
    shape = shape_of(tokens, "passive_subject")
    while shape is not None and str(shape[0]) != "subject_words":
        shape = next((c for c in shape[1] if isinstance(c, tuple)), None)
    return 0 if shape is None else tokens[shape[1][0]].start_pos


def _subject_of_passive(written: str) -> str:
    """The subject of a passive operative verb in the words before it (:func:`addressed_subjects`): those words less a
    clause of its own before them ("The Conference shall be webcast, and the President ..." -> "the President ...",
    :func:`_subject_start`) and less the comma segments before them that name no actor ("Should the provision in
    paragraph 1 above prove inadequate ..., the Secretary-General is authorized to utilize ...", A/RES/78/256, para.
    6: a condition)."""
    subject = written[_subject_start(written):]
    lead = _LEADING_SEGMENT.match(subject)
    while lead and lead.end() < len(subject) and not table().is_actor_like(cut_qualifiers(lead.group(1).strip())):
        subject = subject[lead.end():]
        lead = _LEADING_SEGMENT.match(subject)
    return subject


def addressed_subjects(text: str) -> list[tuple[str, Verb, str, int, str]]:
    """ "Landlocked developing countries ... are encouraged to establish ...", "The regional commissions are invited
    to utilize ...": the subject of an operative verb in the passive, asked to act -> [(subject, verb, action,
    position, written)]; the action runs to the end of the sentence; ``written`` the verb as the text writes it, its
    auxiliary's number and its adverbs ("is invited", "is also invited": A/RES/79/233, annex, para. 356, "The General
    Assembly is invited to consider ...", single-spaced). A subject is at most 15 words, not counting the
    members or parentheses set off by commas after its first segment nor a participle phrase after its head
    ("Entities having received a standing invitation to participate as observers in the work of the General Assembly
    are invited to participate in the Conference", A/RES/79/81, annex, para. 7; "The United Nations system,
    including the relevant funds, programmes, ..., as well as the Bretton Woods institutions, are invited",
    para. 8); a clause of its own before it is not part of it (``_subject_of_passive``)."""
    pattern, past, words = _addressed_subject()
    out = []
    if not any(map(text.__contains__, words)):
        return out
    for m in pattern.finditer(text):
        written = m.group("subject")
        subject = _subject_of_passive(written)
        if (opening_phrase(written) or opening_phrase(subject) or re.match(r"(?:We|It|This|That|There)\b", written)
                or re.match(r"(?:who|which|that|whose)\b", subject)
                or len(_participle_cut(cut_qualifiers(re.split(r",", subject, maxsplit=1)[0])).split()) > 15):
            continue  # "Requests the Secretary-General ... is requested": a clause, not a subject
        end = re.search(r"[.;](?:\s|$)", text[m.end():])
        action = text[m.end(): m.end() + end.start()] if end else text[m.end():]
        word = action.split(maxsplit=2)[1:2]
        if word and word[0] != "be" and (word[0] in _DETERMINER_NEXT or word[0] in _PREPOSITION_NEXT or (
                word[0].endswith("s") and not word[0].endswith(("ss", "us")))):
            continue  # "to" before a noun, no infinitive: "... innovation funds are directed to countries and regions
            # with high needs" (A/RES/79/323, annex, para. 59 (h)), as ``infinitive`` reads it
        out.append((subject, verbs().table[past[re.sub(r"\s+", " ", m.group("pp"))]], action, m.start(),
                    " ".join(m.group("written").split())))
    return out


# an agent not yet named, only counted: "Each of the two multi-stakeholder panels will be co-chaired by two
# representatives, one from a developed country and one from a developing country, to be appointed by the President of
# the General Assembly" (A/RES/79/333, para. 4 (c): the President is asked to appoint them, no one is asked of the
# representatives, tests/labels/mandates_fresh4); not one of a kind of actor: "each expert panel shall be moderated by
# a Member State to be appointed by the President of the General Assembly" (A/RES/71/280, para. 17: Member States)
_INDEFINITE = re.compile(rf"(?:{_NUMBER_WORDS}|\d+)\s", re.IGNORECASE)


def agent_phrase(after: str) -> str:
    """The agent's phrase at the start of ``after``, the text after a "by": a name of the table there ("the President
    of the General Assembly from among ..." -> "the President of the General Assembly"), else the words up to a
    punctuation, a preposition or a participle coordinated after it ("the Special Rapporteur in her dialogue with
    ..." -> "the Special Rapporteur"; "the two Presidents of the Conference and identified by ...", A/RES/78/327, para.
    9 (c)), or an "as" that says what the object is taken as ("these resources shall be administered by the
    Multi-Partner Trust Fund Office as an earmarked pool of resources separate from any voluntary funding",
    A/RES/78/257, para. 11 -> "the Multi-Partner Trust Fund Office"; not "as well as", nor "such as")."""
    hit = next((h for h in scan(after[:200]) if h.start == 0 or after[: h.start].strip() in ("the",)), None)
    if hit:
        return after[: hit.end]
    return re.split(r"[,;:.]|\s+(?:to|on|for|in|at|from|with|during|by|subject|unless)\s+|\s+and\s+(?=[a-z]+ed\b)"
                    r"|(?<!such)(?<!well)\s+as\s+(?!well\s+as\b)", after)[0]


_BY_AGENT = re.compile(r"\bby\s+(?=the\s|[A-Z])")


def by_agents(text: str, recent=()) -> list[Named]:
    """The actors named as agents after "by" at depth 0 in ``text`` ("the use of the Guiding Principles on Internal
    Displacement by the Special Rapporteur in her dialogue with Governments, ..." -> the Special Rapporteur), each
    phrase read by :func:`agent_phrase`; an agent that is no actor (``is_actor_like``: "by the end of 2025") is
    left out. ``recent``: the actors named so far (``actor_phrases``, an ``actors.Recent``), by which a short name is
    the body or office named in full before ("the activities carried out in the past year by the Regional Centre":
    the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean of
    the title, A/RES/78/57, para. 2; "the Special Rapporteur": the one on the human rights of internally displaced
    persons, A/RES/78/205, para. 7)."""
    depth = _depth_positions(text) if "(" in text or "“" in text else None
    out = []
    for m in _BY_AGENT.finditer(text):
        if depth is not None and depth[m.start()]:
            continue
        agent = agent_phrase(text[m.end():])
        if table().is_actor_like(cut_qualifiers(agent)):
            out.extend(actor_phrases(agent, [], recent))
    return out


def _holding() -> frozenset[str]:
    return data.entry_set("deadline_words.txt", "participles of holding an event")


def agent_only(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """What of a passive's span in ``text`` (of :func:`passives`) is its agent's alone, not the clause's: "by" and the
    agent where the participle holds an event (data/deadline_words.txt, [participles of holding an event]: "to be
    convened by the President of the General Assembly in New York on 30 September 2025", A/RES/79/278 1: the time is the
    event's, which the decision that holds it shares; the participle stays, so that an action that does not hold the
    event leaves its time, mandates/deadlines.py ``_OF_AN_EVENT``), else the whole span (offsets in ``text``)."""
    m = _PASSIVE.match(text, span[0])
    if m is None or m.group(1) not in _holding():
        return span
    return text.rindex("by", m.start(), m.end()), min(span[1], m.end() + len(agent_phrase(text[m.end() :])))


def _passive_agents(text: str) -> list[tuple[int, int, str | None, bool]]:
    """Where ``text`` names the agent of an act asked in the passive, in order: (where the passive starts, where its
    agent starts after "by", the participle or None, whether it is an infinitive "to be ..."). A participle and "by"
    (``_PASSIVE``: "to be appointed by", "shall be convened by"), or a report still to be written that a decided act
    rests on, its author after "by" (``report_by`` of grammar/reports.lark, :func:`reports.authored_reports`: "We
    decide to convene a high-level meeting ..., to take place during the eighty-second session of the General
    Assembly, based on a progress report by the Secretary-General", A/RES/79/1, annex I, para. 74: the report is
    asked of its author, as "to be submitted by the Secretary-General" is; indefinite only, "on the basis of the
    report of the Secretary-General" names one written or asked elsewhere). Each kind is read wherever it stands, also
    inside the other: in "to be informed by a progress report by the Secretary-General" the participle's agent is "a
    progress report" (no actor: no mandate) and the report's author the Secretary-General."""
    found = [(m.start(), m.end(), m.group(1), m.group(0).startswith("to"))
             for m in _PASSIVE.finditer(text)] if "be" in text else []  # every match of ``_PASSIVE`` holds "be"
    if "report" in text:
        found += [(at, agent_at, None, False) for at, agent_at in reports.authored_reports(text)]
        found.sort()
    return found


def _described(text: str, at: int, agent_at: int, infinitive_: bool) -> bool:
    """Whether the passive of ``_PASSIVE`` at ``at`` in ``text`` (its agent after "by" at ``agent_at``) only describes a
    noun, asking its agent nothing (tests/labels/GUIDELINE.md: a passive agent is an actor only where the clause asks
    it to act): a relative clause of a possible act, "that"/"which" and "may"/"might" (grammar/attachment.lark
    ``possible_relative``: "to explore possible cost-sharing arrangements that may be implemented by the United Nations
    Office at Nairobi conference facilities", A/RES/78/253 XV.18, 80/243 X.15), or an infinitive a participle after a
    noun governs (``planned_passive``: "resources ... envisaged to be proposed by the Secretary-General in the 2025
    budget", A/RES/78/252 61)."""
    if infinitive_:
        return rule("planned_passive").search(text, max(0, at - 60), at) is not None
    return rule("possible_relative").search(text, max(0, at - 8), agent_at) is not None


def passives(text: str, recent=()) -> list[tuple[Named, str, tuple[int, int]]]:
    """Passive mandates in ``text``: (agent, the passive clause as written, span of what belongs to it). ``recent``:
    the actors named so far (an ``actors.Recent``, as :func:`by_agents` takes it), by which an agent named short is
    the body named in full before ("to arrange for support to be provided by the Division": the Division for Ocean
    Affairs and the Law of the Sea, A/RES/80/110 332)."""
    out = []
    if "by" not in text:  # every passive holds "by" (``_PASSIVE``, and "report by" of ``report_by``): none to scan for
        return out
    for at, agent_at, participle, infinitive_ in _passive_agents(text):
        after = text[agent_at:]
        if deadlines.starts_with_time(after):
            continue  # "by March 2017": a deadline, not an agent
        agent = agent_phrase(after)
        if _INDEFINITE.match(agent) or not table().is_actor_like(cut_qualifiers(agent)):
            continue
        if participle in _RECEIVED and infinitive_:
            continue  # "the report on ..., to be considered by the General Assembly": who receives it, no mandate
        if participle is not None and _described(text, at, agent_at, infinitive_):
            continue  # "arrangements that may be implemented by the United Nations Office at Nairobi": the noun's
        # the passive clause starts after "that", ";", ", and", ":" (and, for "to be ...", after "for")
        bound = r"(?:\bthat\b|;|,\s+and\b|:|\bfor\b)\s*" if infinitive_ else r"(?:\bthat\b|;|,\s+and\b|:)\s*"
        start = max((x.end() for x in re.finditer(bound, text[:at])), default=0)
        segment = infinitive_ and _MODAL.search(text, start, at) is not None
        if segment:
            # an infinitive passive inside a clause of another subject and verb names the agent of its noun's act
            # only: "decides that the high-level meeting shall consist of an opening segment ... and shall adopt a
            # ... political declaration ..., agreed in advance by consensus through intergovernmental negotiations led
            # by two co-facilitators to be appointed by the President of the Assembly" (A/RES/79/214, para. 29): the
            # President's passive clause is the comma segment that holds it, to its agent's end, not the meeting's
            # decision
            start = max((x.end() for x in re.finditer(r",\s*", text[:at])), default=start)
        end_m = _SUBCLAUSE_END.search(text, agent_at)
        end = end_m.start() if end_m else len(text)
        own_end = re.search(r"[,;]", text[agent_at + len(agent) :])
        own = (at, min(end, agent_at + len(agent) + own_end.start()) if own_end else end)
        if infinitive_ and not segment and own[1] >= end and "," in text[start:at]:
            # an infinitive passive in the last comma segment of the action names the act to come of the noun
            # before it, not the whole action: "Decides to elaborate and conclude a legally binding instrument ...
            # by the end of 2027 at the latest, at the dates and location and in accordance with the modalities to
            # be determined by the General Assembly at its eightieth session" (A/RES/79/128, para. 4: the Assembly's
            # passive act is the determination of the dates and modalities, its segment). One the action goes on
            # after ("the one-day high-level meeting ..., to be convened by the President of the General Assembly,
            # shall be held ... on 25 September 2025", A/RES/79/273, para. 1) keeps the action whole, and its time
            start, segment = max(x.end() for x in re.finditer(r",\s*", text[start:at])) + start, True
        if participle is None:
            # a report a decided act rests on ("based on a progress report by the Secretary-General", A/RES/79/1 annex
            # I 74): what is asked of the author is the report, its words to the author's end, not the act decided
            # (the meeting, its time the meeting's: the year of an event the action prepares is the event's,
            # tests/labels/GUIDELINE.md, the twenty-third session's branch dfix3)
            start = own[0]
            own = (at, agent_at + len(agent))
            end, segment = own[1], False
        for named in actor_phrases(agent, [], recent):
            out.append((named, text[start : own[1] if segment else end].strip(" ,;:."), own))
    return out

