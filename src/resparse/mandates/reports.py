"""Reports a mandate asks for: to whom, through which channel, when first due, how often (tests/labels/GUIDELINE.md,
report). Read off an action's words and the deadlines ``deadlines.find`` found in it.

The structure is ``grammar/reports.lark``: the words that ask for a report (one start symbol per shape: "to submit
a report", "to report", "in his next report", "to present the findings ... to", "to inform <Body> at its Nth
session", "..., and a report ...", "shall be included in the report", a document "for presentation to" or "for
transmission to", "in their respective reports to <Body>"; the actor's own report "in the report of <Author>";
another's report the actor sends on, "to submit the report of <Author> to <Body>"; a report named as the place
something is put in, "to reflect ... in the existing reporting on", "to submit, as part of his annual reporting on
..., information"; information sent to a body named after the verb, "to transmit regularly to the Secretary-General
... information"), someone the actor appoints or enables, whose report it is ("to appoint two co-facilitators ... to
launch ..., and to report back"), the receiver ("to the General Assembly", "for presentation at ...", a meeting named
after an ordinal or by its subject, "the fourth Review Conference", "upcoming meetings on ...", "to the relevant
bodies"), the Assembly's own examination of a question that the reports asked after it serve ("Decides to continue
its examination of ... at its seventy-ninth session, and to this end requests ..."), the channel ("through the Economic and Social Council"), the indirect object ("to
provide the Secretary-General ... with a report"), an event ("to report thereon at the inaugural Global Dialogue
..."), a second body ("and to the Human Rights Council"), the body the actor works with when the report is the means of
that work ("its cooperation with the treaty bodies, including by submitting reports"), a treaty's article that
requires the report ("as required under article 13 of the Treaty": with no receiver written, no report the resolution
asks), a report made public ("to report publicly on investigations": with no receiver written, none) and how often
("annually", "every two years thereafter"). When a report is due, as one date, is :func:`due_date`'s.
A cheap scan finds where a shape may start (:func:`_requests`, :func:`_receiver_scan` ...: its first words, with the left context
the grammar cannot see); the LALR parser keeps the longest prefix there that is a whole shape (:func:`_first`: the
leftmost place, then the first shape listed). The time a report is due is the deadlines grammar's
(``deadlines.find``, ``deadlines.date_points``). What stays Python is meaning read off the words around a shape, each
with its source: a report cited as a source (``deadlines.cites_report``), someone else's reporting
(``_OTHERS_REPORT``; an appointee's, :func:`_appointee_reports`), a contribution to someone else's report
(``contribution`` of grammar/attachment.lark), a "to" that names a topic (``_TOPIC_TO``), a title's "Report" (``_TITLE_REPORT``), the alias table's name of a body (``_body``), the
receiver of a report whose clause names none (:func:`default_receiver`, data/reports_elsewhere.txt), which of several reports is a further one
(:func:`reports_of`), and the session arithmetic (:func:`_reading`, :func:`session_of`).

    >>> from resparse.mandates.deadlines import find
    >>> r = report_of("to report to the General Assembly at its eightieth session", find("at its eightieth session"))
    >>> (r.to, r.when, r.session)
    ('General Assembly', 'at its eightieth session', 80)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from lark import Lark, Token

from .. import data
from ..grammars import Prefixes, first_terminals, grammar_text, load, may_match, terminal_regex
from ..model import Deadline, Mandate, Report
from ..ordinals import ORDINAL_TERMINALS, PATTERN as ORDINAL_WORDS, ordinal
from .actors import key, states, table, tokens
from .addressees import _person as person
from .attachment import rule
from .verbs import verbs
from .deadlines import (actors_own_sessions, body_session_dates, cites_report, count, date_points, recurring_years,
                        first_time, meets_in_assembly_sessions, respective_session, session_dates, session_ordinals,
                        short_named_session)


# The verbs that ask for a report, by role (data/report_verbs.txt: one line a verb, its roles after ":"), and the
# alternation of a role's verbs in a regex (the longest first, a space any white space)
_ROLES = ("report", "place", "part", "findings", "information", "formal", "inform", "document", "carry", "own", "of",
          "with", "through", "relay", "available", "tell")


@lru_cache(maxsize=1)
def report_verbs() -> dict[str, tuple[str, ...]]:
    """{role: its verbs, as written} of data/report_verbs.txt, every role of ``_ROLES`` (the file's header says what
    each is). Raises ValueError for a role the file names that ``_ROLES`` does not hold."""
    out: dict[str, list[str]] = {role: [] for role in _ROLES}
    for line in data.sections("report_verbs.txt")["verbs"]:
        verb, _, roles = line.partition(":")
        for role in roles.split():
            if role not in out:
                raise ValueError(f"data/report_verbs.txt: {verb.strip()!r} has the unknown role {role!r}")
            out[role].append(verb.strip())
    return {role: tuple(verbs_) for role, verbs_ in out.items()}


def _v(*roles: str) -> str:
    """The verbs of ``roles`` as a regex alternation (``data.alternation``): ``_v("findings")`` "transmit|present|submit"."""
    return data.alternation(dict.fromkeys(v for role in roles for v in report_verbs()[role]))


def _terminals() -> tuple[tuple[str, str], ...]:
    """The terminals grammar/reports.lark declares, defined at load time (``grammars.with_terminals``): its verb
    terminals (``%declare VERB_<ROLE>``, ``VERB_<ROLE>_I``) from data/report_verbs.txt, VERB_<ROLE> the role's verbs
    case as written, VERB_<ROLE>_I in any case; RECURRING_MONTHS_I from data/deadline_words.txt [recurring months]
    (:func:`_recurring_months`), RECURRING_YEARS_I from its [recurring adjectives] and RECURRING_YEARS_ADVERB_I their
    adverbs (``deadlines.recurring_years``), COUNT_WORD_I from its [number words]; REPORTING_SUBJECT and REPORTING_SUBJECT_ENDING from data/reports_elsewhere.txt
    [reporting subjects], [reporting subject endings] (the subject of someone else's bare "report"); MEETING_HEAD from
    its [meeting heads] (the head nouns of a meeting, case as written); ORDINAL_WORD, the ordinals of
    resparse/ordinals.py (``ORDINAL_TERMINALS``). Raises KeyError
    for a declared verb terminal of no role of ``_ROLES``."""
    declared = re.findall(r"(?m)^%declare\s+VERB_([A-Z]+)(_I)?\b", grammar_text("reports.lark"))
    return (*((f"VERB_{role}{i}", f"/(?:{_v(role.lower())})/{'i' if i else ''}") for role, i in declared),
            ("RECURRING_MONTHS_I", f"/(?:{_recurring_months()})/i"),
            ("RECURRING_YEARS_I",
             f"/(?:{data.alternation(data.counted('deadline_words.txt', 'recurring adjectives'))})/i"),
            ("RECURRING_YEARS_ADVERB_I", f"/(?:{recurring_years()['RECURRING_YEARS_ADVERB']})/i"),
            ("COUNT_WORD_I", f"/(?:{data.alternation(data.counted('deadline_words.txt', 'number words'))})/i"),
            *((name, f"/{data.alternation(data.sections('reports_elsewhere.txt')[section])}/")
              for name, section in (("REPORTING_SUBJECT", "reporting subjects"),
                                    ("REPORTING_SUBJECT_ENDING", "reporting subject endings"),
                                    ("MEETING_HEAD", "meeting heads"))),
            *ORDINAL_TERMINALS)


def _recurring_months() -> str:
    """The adjectives and adverbs of a period shorter than a year as a regex alternation (data/deadline_words.txt
    [recurring months], ``data.counted``, the longest first): grammar/reports.lark's RECURRING_MONTHS_I and the scan
    of a recurrence (:func:`_recurrence_scan`)."""
    return data.alternation(data.counted("deadline_words.txt", "recurring months"))


# The words that ask for a report are the shapes of grammar/reports.lark (each rule cites a resolution that has it):
# a verb and the report noun ("to submit a report", "to include in his report"), "in a report", findings sent to a
# body, information for a body at its session, a second object ("..., and a report including ..."), a report's
# content decided in the passive ("shall be included in the report on ..."), "to report", "report to", "in his next
# report", "in his report on", and a report by another name prepared for a body ("a comprehensive analysis ... for
# presentation at ..."). Each is tried where a scan sees one of its first terminals as the grammar defines them
# (:func:`_requests`: the scan only says where one may start, the grammar decides what follows; with the left context
# the grammar cannot see: not "the submit..."); at one place in the order listed, the leftmost place first. What a shape does not ask for (a
# report cited as a source, someone else's reporting, a contribution to another's report) is read after, in
# :func:`_asked`.
_REQUEST_KINDS = ("send_report", "place_report", "in_a_report", "findings_to", "findings_in_next", "findings_by_session",
                  "inform", "information_after", "made_available", "information_to", "also", "decided",
                  "ensure_content", "to_report", "report_to", "purpose_report", "in_next_report", "in_own_report",
                  "send_report_of")
# the left context of a shape's first word, which the grammar (parsed from where the shape starts) cannot see: not a
# noun after an article, "the submission of"; not the noun after a possessive, "the Secretary-General’s report to the
# Council", "the States’ reports to" (the report of its author, as "the report of X to": ``send_report_of``)
_NOT_AFTER = {"send_report": r"(?i:(?<!the\s))", "report_to": r"(?<![’']s\s)(?<!s[’']\s)"}


@lru_cache(maxsize=1)
def _requests() -> tuple[tuple[str, re.Pattern], ...]:
    """The scans of the request shapes, in the order of ``_REQUEST_KINDS``: where each may start, its first terminals
    as grammar/reports.lark defines them (:func:`_opening`), the left context of ``_NOT_AFTER`` before them; "also" at
    the white space before them (:func:`_also`)."""
    return tuple(scan for kind in _REQUEST_KINDS
                 for scan in (_also() if kind == "also" else _opening(kind, not_after=_NOT_AFTER.get(kind, ""))))


def _also() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``also`` (a second object: "..., and a report including ...", A/RES/78/4 annex 108) may start: its
    COMMA if written, else the white space before its AND_ALSO (the shape's words open there, as the grammar skips
    white space)."""
    comma, and_also = (terminal_regex(_parser(), name) for name in ("COMMA", "AND_ALSO"))
    return (("also", re.compile(rf"(?:{comma})?\s+(?={and_also})")),)


def _decided() -> tuple[tuple[str, re.Pattern], ...]:
    """The scan of ``decided`` alone (:func:`decides_report`)."""
    return tuple(shape for shape in _requests() if shape[0] == "decided")


def _document_for() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``document_for`` (a document named for a body: "to prepare a ... study ... for presentation to",
    A/RES/80/38 33) may start: its verb (DOC_VERB, DOC_CARRY, case as written)."""
    return _opening("document_for")


# how often ("annually", "on a biennial basis", "every two years thereafter", "a biennial report"), the receiver after
# "to" or "for presentation at", the channel after "through", the body the actor works with ("its cooperation with the
# treaty bodies, including by submitting reports", ``partner``), a treaty's article that requires the report ("as
# required under article 13 of the Treaty", ``owed``): each tried where one of its first terminals as
# grammar/reports.lark defines them is written (:func:`_opening`), the grammar deciding what follows. Their left
# context is the grammar's too where a terminal can say it (not the next one of a series, "in his next annual report";
# not a thing's year after "for", A/RES/79/246 4: lookbehinds of SERIES_REPORT, YEARLY_ADVERB, EVERY, EVERY_YEAR),
# else :func:`_receiver_scan`'s and :func:`_channel`'s; "provide_with", "event" and "and_body" are read at one place,
# no scan


@lru_cache(maxsize=1)
def _recurrence_scan() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``recurrence`` may start: its first terminals (YEARLY_ADVERB, EVERY, EVERY_YEAR, ON_A, AT_INTERVALS,
    THEREAFTER, SERIES_REPORT, SERIES_NEXT, SERIES_REPORTING)."""
    return _opening("recurrence")


@lru_cache(maxsize=1)
def _receiver_scan() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``receiver`` may start: its LEAD ("to", "for presentation at"); LEAD's verb of informing ("inform the
    General Assembly", A/RES/80/126 51) only at the start of the report's words, a left context the grammar, parsing
    from where the shape starts, cannot see."""
    return _opening("receiver", not_after=rf"(?:^|(?!(?:{_v('inform')})\b))")


@lru_cache(maxsize=1)
def _channel() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``channel`` may start: its first terminals (COMMA, REPORTS, SUBMIT, TO_NAMED_THROUGH), no word running on
    before them (a word boundary, or the comma)."""
    return _opening("channel", word=False, not_after=r"(?:\b|(?!\w))")


@lru_cache(maxsize=1)
def _partner_scan() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``partner`` may start: its WORK_WITH ("cooperation with", "engage with")."""
    return _opening("partner")


@lru_cache(maxsize=1)
def _owed_scan() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``owed`` may start: its OWED ("as required") or UNDER_ARTICLE ("under" an article)."""
    return _opening("owed")


_STARTS = (*_REQUEST_KINDS, "bare_report", "document_for", "recurrence", "receiver", "channel",
           "partner", "owed", "provide_with", "event", "and_body", "report_of", "examination", "appointee", "public",
           "relative_author", "subject_before", "segment", "report_by", "report_due", "dialogue")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return load("reports.lark", parser="lalr", lexer="contextual", start=_STARTS, maybe_placeholders=False,
                terminals=_terminals())


@dataclass(frozen=True)
class Shape:
    """Words of an action read by a start symbol of grammar/reports.lark: ``kind`` the start symbol ("send_report",
    "also", "recurrence", "receiver" ...), ``start`` and ``end`` offsets in the action (a token the shape only looks
    at, ``*_AHEAD``, is not in them), ``words`` the text between them, ``at_for`` where "for
    presentation/submission/consideration" starts in a ``document_for`` (else ``start``); ``tokens``: (terminal,
    value, offset) of each token, for :meth:`part` and :meth:`at`."""
    kind: str
    start: int
    end: int
    words: str
    at_for: int
    tokens: tuple[tuple[str, str, int], ...] = ()

    def part(self, terminal: str) -> str | None:
        """The words of the shape's first token of ``terminal`` ("NAME_TO": the body's name), None if it has none."""
        return next((value for t, value, _ in self.tokens if t == terminal), None)

    def at(self, terminal: str) -> int | None:
        """Where the shape's first token of ``terminal`` starts (an offset in the action), None if it has none."""
        return next((at for t, _, at in self.tokens if t == terminal), None)


@lru_cache(maxsize=None)
def _opening(kind: str, *terminals: str, word: bool = True, not_after: str = "") -> tuple[tuple[str, re.Pattern], ...]:
    """The scan of the shape ``kind`` of grammar/reports.lark whose first token says where it may start: a match of
    one of its first ``terminals`` as the grammar defines them (none given: the rule's first terminals,
    ``grammars.first_terminals``), after a word boundary (``word``) and the left context ``not_after`` (a regex
    lookbehind, or a test at the place: "at the start", "no word running on"), so that the words the shape starts with are written once, in the grammar. The one the actor appoints or enables
    (:func:`_appointee_reports`: ``appointee``, "to appoint two co-facilitators ... to launch ..., and to report
    back"), the noun before a relative clause who reports in it (``relative_author``, "..., who will provide a joint
    report")."""
    first = "|".join(terminal_regex(_parser(), name) for name in terminals or first_terminals(_parser(), kind))
    return ((kind, re.compile(not_after + (rf"\b(?:{first})" if word else f"(?:{first})"))),)


def _appointee() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``appointee`` may start: its verb of appointing or enabling (APPOINT, ENABLE)."""
    return _opening("appointee", "APPOINT", "ENABLE")


def _relative_author() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``relative_author`` may start: the comma and its relative pronoun (REL_WHO)."""
    return _opening("relative_author", "REL_WHO")


def _subject_before() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``subject_before`` may start: the subject word of a bare "report" (SUBJECT_BEFORE)."""
    return _opening("subject_before", "SUBJECT_BEFORE")


def _dialogue() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``dialogue`` may start: its "and to engage in an interactive dialogue with" (DIALOGUE_WITH)."""
    return _opening("dialogue", "DIALOGUE_WITH")


def _segment() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``segment`` may start: its "at" (AT), the grammar deciding whether a segment's name follows."""
    return _opening("segment", "AT")


@lru_cache(maxsize=1)
def _prefixes() -> Prefixes:
    return Prefixes(_parser())


def _shape(text: str, pos: int, kind: str) -> Shape | None:
    """The ``kind`` of shape at ``pos`` of ``text``: the longest prefix of ``text[pos:]`` that is a whole ``kind`` of
    grammar/reports.lark (:class:`resparse.grammars.Prefixes`), None if none."""
    hit = _prefixes().longest(text[pos:], kind)
    if hit is None:
        return None
    tree = hit[1]
    tokens = list(tree.scan_values(lambda v: isinstance(v, Token)))
    last = tokens[-1]
    end = pos + (last.start_pos if last.type.endswith("_AHEAD") else last.end_pos)
    at_for = next((pos + t.start_pos for t in tokens if t.type == "FOR_BODY"), pos)
    return Shape(kind, pos, end, text[pos:end], at_for, tuple((t.type, t.value, pos + t.start_pos) for t in tokens))


@lru_cache(maxsize=8192)
def _places(text: str, shapes: tuple[tuple[str, re.Pattern], ...]) -> list[tuple[int, int]]:
    """Where each of ``shapes`` may start in ``text``: (offset, index in ``shapes``), in order (kept per text: the
    same action is read for each actor of a clause, and from each request on). A scan whose words the text lacks
    (``grammars.may_match``: "report", "session", its verbs) is not run: most actions read for a report hold no
    "report" (416 of the 728 distinct actions of every sixth corpus file), and a scan tried at each position of the
    text reads it whole to find nothing."""
    return sorted((m.start(), i) for i, (_, scan) in enumerate(shapes) if may_match(scan, text)
                  for m in scan.finditer(text))


@lru_cache(maxsize=8192)
def _first(text: str, shapes: tuple[tuple[str, re.Pattern], ...], pos: int = 0, endpos: int | None = None) -> Shape | None:
    """The first of ``shapes`` (kind, where one may start) in ``text[pos:endpos]``: the leftmost place, and there the
    first kind that parses (a regex's alternation, searched: what follows ``endpos`` is not seen). Kept: a Shape is
    not changed."""
    if endpos is not None:
        text = text[:endpos]
    places = _places(text, shapes)
    for at, i in places[bisect_left(places, (pos, 0)):]:
        found = _shape(text, at, shapes[i][0])
        if found:
            return found
    return None


# "to" that is no direction, before a report's topic: "on the progress made ... related to Indigenous Peoples and Local
# Communities when reporting ... to the General Assembly" (A/RES/80/140 23), "with regard to", "pursuant to"
# (not "to submit reports in this regard to the Human Rights Council", A/RES/78/234 39)
_TOPIC_TO = re.compile(r"\b(?:related|relating|pertaining|(?:with|in)\s+(?:regard|respect|relation)|according|due|pursuant|"
                       r"owing)\s+$",
                       re.IGNORECASE)
def opens_with_report(words: str) -> bool:
    """Do ``words`` (a parenthesis set off before an action) open by naming a report the action is done in ("within
    his annual report to the Economic and Social Council ...", "in the context of its next report")?"""
    m = _asked(words)
    return m is not None and m.start == 0


def sets_off_channel(words: str) -> bool:
    """Are ``words`` (a parenthesis set off before an action, with its commas: ", through the Secretary-General, ") a
    channel and nothing else (``channel`` of grammar/reports.lark: "invites the secretariat of the Convention, through
    the Secretary-General, to report ...", A/RES/80/140 23; tests/labels/GUIDELINE.md keeps a channel after "through"
    in ``via``, 79/229 13)? The report the action asks goes through it."""
    m = _first(words, _channel())
    return m is not None and m.start == 0 and not words[m.end :].strip(" ,")


def decides_report(action: str) -> bool:
    """Does ``action``, a decision of the Assembly itself, decide what a report is to hold ("updated information ...
    shall be included in the report on ...", A/RES/78/299 9)? Such a decision asks for that report; the Assembly's
    other decisions ("to include in the provisional agenda the item 'Report of ...'") ask none."""
    return _first(action, _decided()) is not None


def _body(phrase: str) -> str | None:
    """A body's name by the alias table, if the phrase names one (an entry, or an actor's head noun); a known name
    before "on" or "for" and a topic is that name ("Member States on the United Nations Decade of Ocean Science ...",
    A/RES/79/144 311)."""
    actor = table().resolve(phrase)
    cut = re.split(r"\s+(?:on|for)\s+", phrase, maxsplit=1)
    if not actor.known and len(cut) > 1 and table().resolve(cut[0]).known:
        actor = table().resolve(cut[0])
    if actor.known or table().is_actor_like(phrase):
        return "General Assembly" if actor.name in ("Assembly",) else actor.name
    return None


# "how to report it", "mechanisms which allow migrants to report", "encouraging staff to report such abuses", "for
# healthcare professionals to report", "encourage them to report", "the capacity to report data", a subject of
# coordinated nouns too ("reporting mechanisms for users and their advocates to report potential policy violations",
# A/RES/79/1 annex I 32 (d); not one ending in "and": "for ... and to report" is the action's own): the reporting of
# someone the action enables or teaches, not a report the actor is asked for; the capabilities an action draws on,
# named before their own infinitive: "drawing on capabilities from across the system to track and report on
# peacebuilding impact at the country and regional levels" (A/RES/80/11 25; tests/labels/mandates_fresh13 n 25: the
# capabilities', no report of the Secretary-General's)
_OTHERS_REPORT = re.compile(r"(?:\bhow\s+|\b(?:(?:allow|enabl|encourag|help|empower)\w*|for)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?!(?:and|or)\s)[\w-]+\s+|\b(?:capacit|capabilit|abilit)(?:y|ies)\s+(?:(?!and\b|or\b|to\b)[\w-]+\s+){0,4}?)$")
# (``_OTHERS_REPORT``: "encouraging staff to report such abuses", 78/253 XII.3)
# the infinitive a bare "report" is coordinated with, right before it: "to track and report on" (its "to" the
# infinitive's whose subject ``_OTHERS_REPORT`` reads)
_INFINITIVE_AND = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?[a-z]+\s+and\s+$")


def _infinitive(action: str, m: Shape) -> int | None:
    """Where the "to" of the infinitive that asks the report ``m`` starts in ``action``: ``m``'s own ("to report"),
    or that of the infinitive a bare "report" is coordinated with ("to track and report on", ``_INFINITIVE_AND``);
    None for a report asked otherwise."""
    if m.words[:3].lower() == "to ":
        return m.start
    if m.kind == "report_to":
        coordinated = _INFINITIVE_AND.search(action, max(0, m.start - 40), m.start)
        return coordinated.start() if coordinated else None
    return None


def _others_report(action: str, m: Shape) -> bool:
    """Is the report ``m`` of ``action`` someone else's reporting, the subject of its infinitive (:func:`_infinitive`)
    one the action enables, teaches or draws on (``_OTHERS_REPORT``)?"""
    to = _infinitive(action, m)
    return to is not None and _OTHERS_REPORT.search(action[max(0, to - 80) : to]) is not None


def relayed_request(before: str) -> bool:
    """Do ``before`` (the words of an action before a report, ending with "and") end in the request of another body
    the report is coordinated with ("to request the Board of Auditors to keep matters ... under review and")?"""
    return "and" in before and rule("relayed_request").search(before) is not None


def _appointee_reports(before: str) -> bool:
    """Is a report asked right after ``before`` (the words of its action before the request, ending with "and") made
    by someone the actor appoints or enables, whose first infinitive the report is coordinated with (``appointee`` of
    grammar/reports.lark): "to appoint two co-facilitators, ..., to launch ... an intergovernmental process, ..., and
    to report back to the General Assembly" (A/RES/78/232 12: the co-facilitators report, not the President of the
    General Assembly), "to enable the Special Envoy on Myanmar, once appointed, to promptly and effectively discharge
    its mandate and to report to Member States" (A/RES/78/219 30 (c)): no report the actor is asked for. So is the
    report of a body the actor is asked to ask (``relayed_request`` of grammar/attachment.lark): "to request the Board
    of Auditors to keep matters ... under review and report thereon in its future reports" (A/RES/79/245 8 and 15), "to
    invite the Board of Auditors to conduct an audit ..., and to report thereon at its eighty-second session" (A/RES/
    78/257 22): the Board's report (tests/labels/GUIDELINE.md, the twenty-seventh session's decisions)."""
    return _first(before, _appointee()) is not None or relayed_request(before)


def _receiving() -> frozenset[str]:
    """The head nouns of a body named in lower case that a report goes to (data/reports_elsewhere.txt [receiving
    heads], singular: "the relevant bodies", "their respective governing bodies", "relevant United Nations entities
    and processes")."""
    return data.entry_set("reports_elsewhere.txt", "receiving heads")


def _meeting(name: str) -> bool:
    """Does ``name`` (capitalized words, "Biennial Meeting of States") name a meeting, one a name the alias table does
    not hold ("to report to the Biennial Meeting of States in 2026", A/RES/79/40 34): its head, the last word before
    "of", one of data/reports_elsewhere.txt [meeting heads]?"""
    head = tokens(re.split(r"\s+(?:of|on|for)\s", name, maxsplit=1)[0].split()[-1])
    return bool(head) and head[-1] in data.entry_set("reports_elsewhere.txt", "meeting heads")


def _named(t: Shape, text: str) -> str | None:
    """The receiver of ``t`` (a ``receiver`` shape read in ``text``) as written when a meeting is named after an
    ordinal or a word of a series, or by its subject ("fourth Review Conference", A/RES/78/46 30; "upcoming meetings
    on the Programme of Action and the International Tracing Instrument", A/RES/79/40 32): none of them a name of the
    alias table; None for a receiver named otherwise."""
    at = t.at("MODIFIER")
    at = t.at("MEETINGS_ON") if at is None else at
    return text[at : t.end] if at is not None else None


def _lower_body(words: str) -> str | None:
    """ "relevant bodies with the assistance" -> "relevant bodies": the first words, up to a function word or a
    relative pronoun ("the authority that appoints the Ombudsman", A/RES/79/177 12 (c) -> "authority"), if the last of
    them is a receiving body's head noun (:func:`_receiving`), as written; a name among them is the group's qualifier
    and a head coordinated after "and" the group's too: "relevant United Nations entities and processes, and call
    ..." -> "relevant United Nations entities and processes" (A/RES/80/173 adopted 100)."""
    first, *more = re.split(r"\s+(?=(?:of|on|to|for|in|at|by|with|and|or|from|the|a|an|its|their|his|her|that|which|"
                            r"who)\b)", words, maxsplit=1)
    cut = re.split(r"\s*[,;:(]", first, maxsplit=1)
    first, more = cut[0], [] if len(cut) > 1 else more  # "relevant bodies, with ...": no coordinated head after it
    ws = first.split()
    ws = ws[1:] if ws and ws[0] in ("their", "its", "all") else ws  # "their respective governing bodies"
    head = _unpostposed(ws)  # "the parties concerned", "the bodies concerned": the words before "concerned"
    toks = tokens(head[-1]) if head else []
    if head and _no_body(" ".join(head)) and all(w in _no_body_qualifiers()
                                                 for w in head[: -len(_no_body(" ".join(head)))]):
        return " ".join(ws)  # "the parties", "the international community", "relevant stakeholders": no body
    if not toks or toks[-1] not in _receiving():
        return None
    also = re.match(r"and\s+([a-z][\w-]*)\b", more[0]) if more else None
    if also and tokens(also.group(1))[-1:] and tokens(also.group(1))[-1] in _receiving():
        ws += ["and", also.group(1)]  # "entities and processes": one group, its qualifiers shared
    return " ".join(ws)


# the words of a group named in lower case with a name among them: lower-case words (or none), capitalized words, then
# the lower-case words that end the group ("relevant United Nations entities and processes", A/RES/80/173 adopted 100)
_GROUP_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+[a-z][\w-]*){1,3}")


def _group_words(text: str, at: int) -> str | None:
    """The words of ``text`` from ``at`` that name a group with a name among its qualifiers (``_GROUP_WORDS``), for
    :func:`_lower_body` to read; None where no name stands among lower-case words there."""
    m = _GROUP_WORDS.match(text, at)
    return m.group(0) if m else None


# the receiver of a report asked of an actor that reports elsewhere, when the clause names none
NOT_STATED = "not stated"


@lru_cache(maxsize=1)
def _reporting_elsewhere() -> frozenset[str]:
    """Keys of the actors whose reports go elsewhere than the Assembly when no receiver is named
    (data/reports_elsewhere.txt): its [actors], by the name as written and as the alias table names it, and the
    members of its [groups] (data/actors.txt, [groups]: the specialized agencies)."""
    sections = data.sections("reports_elsewhere.txt")
    names = [*sections["actors"], *sections.get("disclosure", ())]
    members = {m for g in sections.get("groups", ()) for m in table().groups.get(table().resolve(g).key, ())}
    return frozenset({key(n) for n in names} | {table().resolve(n).key for n in names} | members)


# an office of a body, by its key (data/reports_elsewhere.txt, [offices]): the office, then "of" and its body, if named,
# or "on" and its subject ("the Special Rapporteur on contemporary forms of racism ...": whose, not said)
@lru_cache(maxsize=1)
def _office() -> re.Pattern:
    heads = sorted(_office_bodies(), key=len, reverse=True)
    return re.compile(rf"(?P<head>{'|'.join(map(re.escape, heads))})(?:\s+of\s+(?P<body>.+)|\s+on\s+.+)?")


@lru_cache(maxsize=1)
def _office_bodies() -> dict[str, str | None]:
    """Each head of data/reports_elsewhere.txt [offices] and the body its holders report to when their name names none
    ("special procedure: Human Rights Council"), else None."""
    out: dict[str, str | None] = {}
    for line in data.sections("reports_elsewhere.txt")["offices"]:
        head, _, body = line.partition(":")
        out[head.strip()] = body.strip() or None
    return out


# the Assembly named in an action: "to engage in an interactive dialogue with the General Assembly at its seventy-ninth
# session", "with the Assembly" (capitalized: a body's name)
_ASSEMBLY = re.compile(r"\b(?:General\s+)?Assembly\b")
# the heads of a body the resolution's title may name, whose offices report to it ("Report of the International Law
# Commission on the work of its seventy-sixth session")
_TITLED_HEADS = ("Commission", "Committee", "Council", "Conference", "Group")


def examines(before: str) -> bool:
    """Do the words of a paragraph ``before`` a clause open with the Assembly's decision to examine a question at one
    of its sessions ("Decides to continue its examination of ... at its seventy-ninth session, and to this end
    requests ...", A/RES/78/218 26; ``examination`` of grammar/reports.lark), whose end the clause follows?"""
    return examined_at(before) is not None


def examined_at(before: str) -> str | None:
    """The session at which the words of a paragraph ``before`` a clause decide the Assembly examines a question, as
    written ("at its seventy-ninth session": :func:`examines`), None if they do not open so. The reports asked after
    that decision serve the examination: they go to the Assembly (:func:`default_receiver`) and, when their own words
    name no time, are due at that session ("..., and to this end requests the Secretary-General to submit a
    comprehensive report ..., and requests the Special Rapporteur to continue to report her findings and
    recommendations", A/RES/78/218 26: both reports for the examination at the seventy-ninth session)."""
    found = _shape(before, 0, "examination")
    if found is not None and found.end < len(before):
        return _examined(found)
    # the decision coordinated last before the request, in the same sentence: "...; and takes note of the report ...
    # and also decides to include the topic “...” ... at its eighty-first session, and requests the Secretary-General
    # to submit a report for its consideration" (A/RES/80/150 38)
    last = None
    for last in _DECIDES_WITHIN.finditer(before):
        pass
    found = _shape(before, last.start(1), "examination") if last else None
    return _examined(found) if found is not None and _REQUESTS_NEXT.match(before, found.end) else None


_DECIDES_WITHIN = re.compile(r"(?:[;,]|\band)\s+((?:(?:also|further)\s+)?decides\s)", re.IGNORECASE)
_REQUESTS_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:also|further)\s+)?(?:requests\b[^;]*)?$", re.IGNORECASE)


_DECIDES_AFTER = re.compile(r"^\s*[,;]?\s*and\s+(?=(?:(?:also|further)\s+)?decides\s)", re.IGNORECASE)


def examined_after(after: str) -> str | None:
    """As :func:`examined_at`, for the Assembly's decision coordinated after a clause, the words of its paragraph
    ``after`` it: "Requests the Secretary-General to prepare a report ..., and decides to include in the provisional
    agenda of its eighty-first session ... the sub-item ..." (A/RES/79/213 6): the report is for that session's item."""
    lead = _DECIDES_AFTER.match(after)
    found = _shape(after, lead.end(), "examination") if lead else None
    return _examined(found) if found is not None else None


def _examined(found: Shape) -> str:
    """The session words of an ``examination``: "at its seventy-ninth session", or "in the provisional agenda of its
    seventy-ninth session", "at its eighty-first session" after the topic put on its agenda (deadlines.find reads its
    session)."""
    if found.at("AGENDA_SESSION") is not None:
        return found.part("AGENDA_SESSION")
    agenda = found.at("INCLUDE_AGENDA")
    if agenda is None:
        return found.part("AT_ITS_SESSION")
    return " ".join(found.words[agenda - found.start + len("include "):].split())


def default_receiver(actor, action: str = "", titled=None, before: str = "") -> str:
    """The receiver of a report whose clause names none (an :class:`~.actors.Actor`'s; ``action`` the words of the
    request, ``titled`` a function from a head noun, "Commission", to the name of the body of that head the
    resolution's title names, or None: ``actors.Recent.full_name`` over the title alone, the one rule of short names): ``NOT_STATED`` for a Member or observer State or an actor
    of data/reports_elsewhere.txt ([actors], the members of its [groups]; also named with what they are parties to:
    "States parties to the Convention" are States parties, ``AliasTable.without_treaty``); for the holder of an office
    of a body ([offices]: "special rapporteurs", "the Special Rapporteur of the Human Rights Council", "the Chair of the
    Committee on ..."), the General Assembly if ``action`` names it or the words of its paragraph ``before`` the clause
    open with the Assembly's examination of the question at a session (:func:`examines`: the reports asked "to this
    end" are for it, tests/labels/mandates_fresh6 unit 8), else the body named in the office's name, else the
    one body of the title ("special rapporteurs" in A/RES/79/121, the International Law Commission's report: the
    Commission), else ``NOT_STATED``; the Human Rights Council's mechanisms likewise ([offices] "human right
    mechanism", "special procedure: Human Rights Council": "the human rights mechanisms of the Human Rights Council,
    including the special procedures", A/RES/78/188 43, report to the Council, the special procedures named alone
    too); for any other actor, the General Assembly (the Secretary-General's reports to the
    organ that asks for them, Charter of the United Nations, Article 98)."""
    elsewhere = _not_to_the_assembly()
    if actor.key in elsewhere or table().without_treaty(actor.key) in elsewhere or _of_whom(actor.key) in elsewhere:
        return NOT_STATED
    office = _office().fullmatch(actor.key)
    if office is None:
        return "General Assembly"
    if _ASSEMBLY.search(action) or before and examines(before):
        return "General Assembly"
    named = re.search(r"\bof\s+(?:the\s+)?(.+)$", actor.name) if office.group("body") else None
    body = _body(named.group(1)) if named else None
    if body is None and not office.group("body"):  # "special procedures": the Council's (A/RES/78/188 43)
        body = _office_bodies()[office.group("head")]
    if body is None and titled is not None and not office.group("body"):
        body = next((b for b in map(titled, _TITLED_HEADS) if b is not None), None)
    return body or NOT_STATED


@lru_cache(maxsize=1)
def _disclosing() -> frozenset[str]:
    """The keys of data/reports_elsewhere.txt [disclosure]: enterprises, whose reporting with no body named is their own
    disclosure, no report."""
    names = data.sections("reports_elsewhere.txt").get("disclosure", ())
    return frozenset({key(n) for n in names} | {table().resolve(n).key for n in names})


def _discloses(actor) -> bool:
    """Is ``actor`` (an :class:`~.actors.Actor`, or None) one of data/reports_elsewhere.txt [disclosure]: "businesses",
    "industries" (A/RES/78/290 10: "to monitor and report on the road safety impact ... of operations throughout their
    value chain", no body named, no report: tests/labels/mandates_fresh18 n 26)?"""
    return actor is not None and actor.key in _disclosing()


def _of_whom(actor_key: str) -> str | None:
    """The key of the actors an actor key names before "of" what they are of ("government of the landlocked developing
    country" -> "government": "calls upon the Governments of the landlocked developing countries to submit their
    reports in a timely manner", A/RES/78/163 44, national reports, as "Governments" alone are), as the table keys
    them; None for a key with no "of"."""
    head, sep, rest = actor_key.partition(" of ")
    return table().resolve(head).key if sep and head and rest else None


@lru_cache(maxsize=1)
def _not_to_the_assembly() -> frozenset[str]:
    """The keys ``default_receiver`` gives ``NOT_STATED``: those of ``_reporting_elsewhere`` and every State's
    (``actors.states``), in one set."""
    return _reporting_elsewhere() | frozenset(states())


def _receiver(rest: str, before: str = "", default: str = "General Assembly",
              short=None) -> tuple[str, str | None, int | None]:
    """(to, via, end) of a report, read from its words on (``rest``): the first body named after "to" (or "for
    presentation at"; a body's short name the alias table does not hold, one capitalized word, that ``short``, a
    function from it to the full name the resolution gave before or None, resolves: "to report to the Institute" after
    "the United Nations Institute for Disarmament Research" in A/RES/79/53 24, the Editorial Manual's full name at
    first mention and short form after), the channel named after "through" (also in the words ``before`` the report is named: "to
    submit to the General Assembly ..., through the Commission ..., an action-oriented report"); with no body after
    "to" the channel, else ``default`` (the General Assembly, or ``NOT_STATED``). ``end``: where the body's name ends in ``rest`` (``None`` when no
    body is named after "to": the channel or the Assembly by default, or one named in lower case)."""
    through = _first(before[-200:], _channel())
    shift = 0
    if through:  # the clause named the receiver and the channel before the report: read them from there
        shift = len(before[-200:][: through.start])
        rest = before[-200:][: through.start] + rest
    else:
        through = _first(rest[:300], _channel())
    via = _body(through.part("NAME")) if through else None
    indirect = _shape(rest, 0, "provide_with")
    if indirect and _body(indirect.part("NAME")):
        return _body(indirect.part("NAME")), via, indirect.end - shift
    lower_case = None  # a body named in lower case counts if no body is named by its name
    window = rest[:220]
    t = _first(window, _receiver_scan())
    while t:
        lead, body, lower = t.part("LEAD").rstrip(","), t.part("IT_US") or t.part("NAME_TO"), t.part("LOWER_AHEAD")
        if lead == "to" and _TOPIC_TO.search(rest[max(0, t.start - 30) : t.start]):
            pass  # "the progress ... related to Indigenous Peoples and Local Communities": a topic
        elif body in ("it", "us"):
            return "General Assembly", via, t.end - shift
        elif body and t.part("MODIFIER") and not t.part("MEETINGS_ON") and not (lead.startswith("for") or _meeting(body)):
            pass  # "assistance to third States" (A/RES/78/111 5): an ordinal and a name after "to" that is no meeting
        elif (body and (group := _lower_body(_group_words(rest, t.at("NAME_TO")) or "")) and group != body
              and group.split()[-1].islower() and not _no_body(group)):
            lower_case = lower_case or group  # "to United Nations entities": the name a qualifier of a group's head
        elif body:
            name = _named(t, rest) or _body(body) or (body if lead.startswith(("for", "to be")) or _meeting(body) else None)
            if not name and short is not None and re.fullmatch(r"[A-Z][a-z]+", body) and short(body):
                name = body  # "the Institute": the body named in full before (``_full`` names it so)
            if name and name != via:
                return name, via, t.end - shift
        elif lower and not lower_case and not re.match(r"(?:those|these|such|that|this|other)\b", lower):
            # not "the provision of services to those bodies" (named before); the words on from there, a name among
            # them: "to relevant United Nations entities and processes" (A/RES/80/173 adopted 100)
            lower_case = _lower_body(_group_words(rest, t.at("LOWER_AHEAD")) or lower)
        t = _first(window, _receiver_scan(), t.end)
    if not lower_case:  # the meeting a report is "for presentation at", further on in the report's own action, or
        # the session of the body it is due at: "to provide, in consultation with ..., a progress report on the
        # implementation of the present political declaration ... during the eighty-first session of the General
        # Assembly" (A/RES/79/2 annex 105; a new-user trial, the thirty-first session); from the start, a name the
        # window cut ("... of the Gen") read whole
        cut = _NEXT_ACTION.search(rest, len(window))
        t = _first(rest, _receiver_scan(), 0, cut.start() if cut else None)
        while t and not t.part("LEAD").startswith(("for", "during", "at")):
            t = _first(rest, _receiver_scan(), t.end, cut.start() if cut else None)
        name = t and t.part("NAME_TO") and (_named(t, rest) or _body(t.part("NAME_TO")) or t.part("NAME_TO"))
        if name and name != via:
            return name, via, t.end - shift
        # the occasion of the actor's own reporting, later in the report's words, names its receiver after the
        # gerund: "to report on the progress made by the Subsidiary Body ... when reporting on the implementation of
        # the present resolution to the General Assembly" (A/RES/80/140 23, 79/208 20, 78/155 19: the Assembly, named
        # beyond the first words read)
        again = _REPORTING_AGAIN.search(rest, 0, cut.start() if cut else len(rest))
        if again:
            name, _, end = _receiver(rest[again.end() : cut.start() if cut else len(rest)], "", _NO_DEFAULT, short)
            if end is not None and name not in (_NO_DEFAULT, via):
                return name, via, again.end() + end - shift
    # the dialogue coordinated right after the report, the body it is held with named: "to present an oral report with a
    # similar scope and to engage in an interactive dialogue with the Assembly at its seventy-ninth session" (A/RES/78/
    # 203 52): the report presented to the Assembly, as written (grammar/reports.lark ``dialogue``)
    dialogue = _first(window, _dialogue()) if not lower_case and not via else None
    if dialogue and (name := _body(dialogue.part("NAME_TO"))):
        return name, via, dialogue.end - shift
    event = _shape(rest, 0, "event")
    if event and not lower_case:
        return event.part("NAME_TO"), via, event.end - shift
    held_by = _segment_body(window) if not lower_case and not via else None
    if held_by is not None:  # "report ... at the annual operational activities for development segment" (A/RES/79/226
        return held_by, via, None  # 117): the Economic and Social Council's, data/reports_elsewhere.txt [segments]
    if not lower_case and not via:
        # the receiver right after the verb, the report far after it in the same action: "to continue to present to
        # the Economic and Social Council at its operational activities for development segment a timely,
        # comprehensive, evidence-based, analytical and detailed performance report on an annual basis" (A/RES/79/226 98);
        # the body the action's verb of informing informs, the report the means: "to continue to
        # inform the General Assembly on the implementation of ... through his report on oceans and the law of the
        # sea" (A/RES/78/69 312), "to update the General Assembly in his next report" (A/RES/79/253 14)
        verbs = sorted([*_VERB_TO.finditer(before), *_VERB_INFORM.finditer(before)], key=lambda v: v.start())
        verb = next((v for v in reversed(verbs) if not _NEXT_ACTION.search(before, v.end())
                     and ";" not in before[v.end():]), None)
        at = verb and (verb.start("to") if verb.groupdict().get("to") else verb.start())  # a noun's: from its "to"
        t = _first(before[at:], _receiver_scan()) if verb else None
        name = _body(t.part("NAME_TO")) if t and t.part("NAME_TO") else None
        if name:
            return name, via, None
    if not lower_case and not via:
        partner = _partner(before)
        if partner:
            return partner, via, None
    return lower_case or via or default, via, None


def channel_written(action: str | None, via: str) -> str:
    """The channel ``via`` (a report's ``via``, the body's name) with the article the report's words write before it
    after "through" (``channel`` of grammar/reports.lark): "to report to the General Assembly at its seventy-ninth
    session, through the Economic and Social Council, on ..." (A/RES/79/229 13) -> "the Economic and Social Council",
    as the text writes it (a trial, 2026-12-04: ``--reports`` printed "through Economic and Social Council"); ``via``
    alone where the words write no article or name no channel."""
    shapes = []
    t = _first(action or "", _channel())
    while t is not None:
        shapes.append(t)
        t = _first(action, _channel(), t.end)
    # the channel named by that name (or its short name, "through the Commission"), else the first one written
    t = next((x for x in shapes if _body(x.part("NAME")) == via or via.startswith(x.part("NAME"))), None) or (
        shapes[0] if shapes else None)
    return f"the {via}" if t is not None and t.part("THE") else via
# the actor's own reporting as the occasion of the report asked ("when reporting on the implementation of the present
# resolution to the General Assembly", A/RES/80/140 23): :func:`_receiver` reads the receiver after it
_REPORTING_AGAIN = re.compile(r"\b(?:when|while)\s+reporting\b")
# what :func:`_receiver` is given as its default by :func:`reports_of`, to tell a receiver named from none named
# (``Report.to_source``, docs/mandates.md): no body's name
_NO_DEFAULT = "\x00"


@lru_cache(maxsize=1)
def _segments() -> dict[str, str]:
    """data/reports_elsewhere.txt [segments]: a segment's name in lower case -> the body whose session holds it."""
    out = {}
    for line in data.sections("reports_elsewhere.txt").get("segments", ()):
        name, _, body = line.partition(":")
        out[" ".join(name.split()).lower()] = body.strip()
    return out


def _segment_body(words: str) -> str | None:
    """The body whose segment a report's words name after "at" (``segment`` of grammar/reports.lark: "at the annual
    operational activities for development segment", A/RES/79/226 117 -> the Economic and Social Council), by
    data/reports_elsewhere.txt [segments], a qualifier of time before the name ("annual") left out; None where the
    words name no segment of the list (a conference's "high-level segment")."""
    if "segment" not in words:
        return None  # (most reports' words) the shape ends with the word: no "at" need be tried
    seg = _first(words, _segment())
    while seg is not None:
        name = re.sub(r"^at\s+(?:the\s+)?", "", seg.words).lower()
        for lead in ("", "annual ", "upcoming ", "next ", "forthcoming "):
            if name.startswith(lead) and (body := _segments().get(" ".join(name[len(lead):].split()))):
                return body
        seg = _first(words, _segment(), seg.end)
    return None


def _partner(before: str) -> str | None:
    """The body the actor works with when the report asked right after ``before`` (the words of its action before
    the request) is the means of that work: "Continuing to enhance its cooperation with the treaty bodies, including
    by submitting reports under the International Covenant on Civil and Political Rights, ..." (A/RES/80/222 32 (d):
    the treaty bodies; tests/labels/mandates_fresh7 unit 14), ``partner`` of grammar/reports.lark: a body by its name
    (the alias table's, ``_body``) or in lower case (``_lower_body``); None if ``before`` does not end with such a
    "... with <body> ..., including by"."""
    t = _first(before, _partner_scan())
    if t is None:
        return None
    name = t.part("NAME_TO")
    return _body(name) if name else _lower_body(t.part("LOWER_AHEAD") or "")


def _full(name: str | None, full) -> str | None:
    """The receiver or channel ``name`` as the report names it: where the alias table holds it as no one body's name
    (a short name, "Unit", "Council", "Executive Committee", or one of its [short names], "Special Committee") and the
    resolution named that body in full before, that full name (``full``, a function from the short name to it or
    None: ``extract`` passes the actors' rule of short names, so that "to report ... to the Unit" goes to the body
    "Requests the Unit" addresses, A/RES/78/276 14: the Joint Inspection Unit); else ``name`` (also a body named in
    lower case, "relevant bodies", and ``NOT_STATED``)."""
    if full is None or not name or not name[:1].isupper():
        return name
    actor = table().resolve(name)
    if actor.known and actor.key not in table().short_names:
        return name
    return full(name) or name


def _named_again(rest: str, end: int, to: str) -> int | None:
    """Where the report's own words (``rest`` from ``end``, up to the next action, ``_NEXT_ACTION``) name its receiver
    ``to`` again after "to", by its name or its head noun, the short form after the full name (United Nations
    Editorial Manual): the end of that name ("to present a ... report to the Economic and Social Council covering ...,
    as part of his annual reporting to the Council at ...", A/RES/80/155 13); None if they do not."""
    cut = _NEXT_ACTION.search(rest, end)
    stop = cut.start() if cut else None
    t = _first(rest, _receiver_scan(), end, stop)
    while t:
        name = t.part("NAME_TO")
        if name and t.part("LEAD").startswith("to") and (name == to or _body(name) == to or to.endswith(" " + name)):
            return t.end
        t = _first(rest, _receiver_scan(), t.end, stop)
    return None


def _more_receivers(rest: str, end: int | None, to: str) -> list[tuple[str, int, int, str]]:
    """The other bodies the report goes to (``and_body`` of grammar/reports.lark, right after the body named at
    ``end``, or after the report's words name that body again, :func:`_named_again`), each with where its name starts
    and ends in ``rest`` and how it is named: "next" (right after), "following" (after "the subsequent session of":
    "to the Economic and Social Council, and to the subsequent session of the General Assembly", A/RES/80/136 22, the
    Assembly's session after the Council's) or "later" (:func:`_named_later`: after the first body's own words, "to
    report to the General Assembly at its seventy-ninth session, through the Economic and Social Council, on ..., and
    to the Assembly at its eightieth session on ...", A/RES/79/229 13; kept by :func:`reports_of` only with a time of
    its own)."""
    out: list[tuple[str, int, int, str]] = []
    seen = {to}
    again = end
    while end is not None:
        m = _shape(rest, end, "and_body")
        if m is None and not out and again is not None:
            again = _named_again(rest, again, to)
            m = _shape(rest, again, "and_body") if again is not None else None
            again = None
        name = _body(m.part("NAME_TO")) if m else None
        if not name or name in seen:
            break
        seen.add(name)
        following = m.part("SESSION_OF") is not None  # its name's start: where "subsequent session of" starts
        out.append((name, m.at("SESSION_OF") if following else m.at("NAME_TO"), m.end, "following" if following else "next"))
        end = m.end
    if not out and end is not None:
        out = _named_later(rest, end)
    return out


def _named_later(rest: str, end: int) -> list[tuple[str, int, int, str]]:
    """The bodies a report's own words name after "and to" further on, past the words of the first body's report (its
    session, its channel, its subject): "to report to the General Assembly at its seventy-ninth session, through the
    Economic and Social Council, on the economic and social repercussions ..., and to the Assembly at its eightieth
    session on the implementation of the present resolution" (A/RES/79/229 13): a second report, to the body named
    (the same one again, or another), each ``and_body`` of grammar/reports.lark with its "to" written, "the" or not
    ("and to Member States at ..."), up to the next action ("and to" a verb in lower case, ``_AND_TO``, or ";"). Each
    as (name, start, end, "later")."""
    out: list[tuple[str, int, int, str]] = []
    for b in _AND_TO.finditer(rest, end):
        if b.group(0) == ";":
            break
        m = _shape(rest, b.start(), "and_body")
        name = _body(m.part("NAME_TO")) if m and m.part("TO_CS") and m.at("NAME_TO") else None
        if not name:
            if b.group("word").islower() and b.group("word") != "the":
                break  # "and to submit": the next action
            continue  # "and to the ...", "and to United Nations country teams": no body, read on
        out.append((name, m.at("NAME_TO"), m.end, "later"))
    return out


def session_of(date: str | None) -> int | None:
    """The Assembly session a partial ISO date falls in: "2026-09" -> 81 (sessions open in September), "2026-06"
    and the bare year "2026" -> 80 (most of a year is the session opened the September before)."""
    if not date or not date[:4].isdigit():
        return None
    year = int(date[:4])
    return year - 1945 if len(date) >= 7 and int(date[5:7]) >= 9 else year - 1946


def due_date(report: Report, session: int | None = None) -> str:
    """When ``report`` (a :class:`~resparse.model.Report`) is due, as a partial ISO date ("2026-09", "2026-12",
    "2027"), "" when neither its time nor its session is dated. The one dating of a report's due date, shared by
    ``mandates --reports``, its CSV (the ``due`` column) and ``--timeline``:

    - a time that ends the report's term ("by", "before": the deadline's type) is due at the end the words name, the
      deadline's own date (``deadlines.find``): "by the end of the eightieth session" 2026-09, "by its eighty-first
      session" and "no later than at the eighty-first session" 2027-09 (the 81st session's end), "before its
      eighty-second session" 2027-09, "by the end of 2026" 2026-12;
    - a time "at" or "during" a session is due at its opening, the deadline's date: "at its eightieth session"
      2025-09 (a regular session opens in September: rules of procedure of the General Assembly, rule 1,
      ``deadlines.session_dates``); any other dated time, its date ("in 2027" 2027);
    - with no dated time, the opening of the Assembly session it is first due at (``Report.session``: "annually",
      from the session after the adoption);
    - ``session`` (``--session N``): a report due at the Nth session as one of a series or a list, not its first
      ("annually" from the 79th, "at its eighty-first and eighty-second sessions"), at that session's opening.

    >>> from resparse.mandates.deadlines import find
    >>> due_date(report_of("to report to the General Assembly by the end of its eightieth session",
    ...                    find("by the end of its eightieth session")))
    '2026-09'
    >>> due_date(report_of("to report to the General Assembly at its eightieth session", find("at its eightieth session")))
    '2025-09'
    """
    if session is not None and report.session is not None and report.session != session and report.due_at(session):
        return session_dates(session)[0]
    if report.due is not None and report.due.date:
        return report.due.date
    return session_dates(report.session)[0] if report.session is not None else ""


def counted_from_adoption(report: Report) -> bool:
    """Is the session ``report`` is first due at counted, not written: a recurring report whose words give no time
    ("to submit his report ... to the General Assembly every five years", A/RES/80/243 I.3; "to report annually"), due
    that many sessions after the one that adopted the resolution (:func:`_reading`), ``due_date`` the opening of that
    session. ``mandates --reports`` marks such a date (a trial of the mandate review, 2026-12-04: "2030-09" read as a
    date of the text)."""
    return report.session is not None and (report.due is None or not report.due.date)


def counted_from_adoption_year(report: Report) -> bool:
    """Is ``report`` a series whose occasions are counted in calendar years from the adoption of the resolution
    (``Report.counted_from``): it recurs (``every``), its first time is not written and no Assembly session counts it
    (a report to another body: "to continue to present to the Economic and Social Council at its operational activities
    for development segment a ... report on an annual basis", A/RES/79/226 98)."""
    return bool(report.counted_from and report.counted_from[:4].isdigit() and report.every
                and report.session is None and not due_date(report))


def _counted_year(report: Report, year: int) -> bool:
    """Is calendar ``year`` one of the occasions of a series counted from the adoption (``counted_from_adoption_year``):
    ``every`` years after the adoption's year, each (annual: the years after it; every two years: the second, the
    fourth ...), up to the end of its last session where one is stated ("until 2030"). The adoption's own year is not
    one: most resolutions are adopted in December, after the year's meetings (A/RES/79/226, 19 December 2024: the
    operational activities segment of 2024 was held in May), as the Assembly's series starts at the session after the
    adopting one (:func:`_reading`)."""
    start = int(report.counted_from[:4])
    return year > start and (year - start) % report.every == 0 and (report.last is None or year <= 1946 + report.last)


def due_in_year(report: Report, year: int) -> str:
    """The due date of ``report``'s occasion in calendar ``year`` (an int, 2026), as a partial ISO date, "" when
    none of its occasions falls in it: the dates :func:`due_date` gives, so that ``mandates --reports --year Y``
    lists the rows whose due column reads Y (a delegate's question, 2026-12-04: "what reports are due to the Economic
    and Social Council in 2026?"):

    - its first due date, when in ``year`` ("during its 2026 session" 2026, A/RES/80/155 13; "at its eightieth
      session" 2025-09, so a report due at the eightieth session is due in 2025, as ``--reports`` dates it);
    - a later occasion at an Assembly session (``Report.due_at``): the session that opens in September of ``year``
      (1945 + N: ``deadlines.session_dates``), dated by its opening as ``--reports --session N`` dates it ("annually"
      from the eightieth: 2026-09 in 2026);
    - for a report due at no Assembly session, a recurrence counted in years from its first due year (``every``;
      "annually, beginning in 2025, at its operational activities for development segment" to the Economic and
      Social Council, A/RES/79/226 95: 2026 too), up to its last session's end where one is stated;
    - each occasion a list of times names, of any body (``Report.occasions``: "in 2025, 2026 and 2027", A/RES/79/226
      127; the Commission on the Status of Women's "at its sixty-ninth and seventieth sessions", 79/152 17);
    - for a series to another body whose first time is not written, each ``every`` years after the adoption's year
      (``Report.counted_from``, :func:`counted_from_adoption_year`: "to continue to present to the Economic and
      Social Council ... a ... report on an annual basis", A/RES/79/226 98, adopted in December 2024: 2025, 2026, ...),
      the year itself (no month: the text names none).

    >>> from resparse.mandates.deadlines import find
    >>> r = report_of("to report to the General Assembly at its eightieth session and annually thereafter",
    ...               find("at its eightieth session"))
    >>> due_in_year(r, 2025), due_in_year(r, 2026), due_in_year(r, 2024)
    ('2025-09', '2026-09', '')
    """
    first = due_date(report)
    if in_year(first, year):
        return first
    if len(report.occasions) > 1:  # a list of times, of any body (``Report.occasions``): the one named in ``year``
        named = next((d for d in report.occasions if in_year(d, year)), "")
        if named or not report.recurrence:  # ("at its eightieth and eighty-first sessions, annual": on after them)
            return named
    if report.session is not None:
        n = year - 1945  # the Assembly session that opens in September of ``year``
        return due_date(report, n) if n > report.session and report.due_at(n) else ""
    if counted_from_adoption_year(report):
        return str(year) if _counted_year(report, year) else ""
    if not (report.every and first[:4].isdigit() and year > int(first[:4]) and (year - int(first[:4])) % report.every == 0):
        return ""
    if report.last is not None:
        end = 1946 + report.last  # the last session's end
    elif report.recurrence:
        end = year  # "annually", "beginning from 2026": no end stated
    else:  # no recurrence: its later occasions are those a list of times names (``Report.occasions``, above)
        return ""
    return str(year) + first[4:] if year <= end else ""


def wanted(report: Report, session: int | None = None, year: int | None = None, to: str | None = None) -> bool:
    """The one filter of the reports ``mandates --reports`` lists (the CLI's ``--session``, ``--year``, ``--to``;
    ``queries.select`` keeps a mandate with one such report): due at the Assembly's ``session`` (``Report.due_at``),
    due in calendar ``year`` (:func:`due_in_year`), to the receiver whose actor key is ``to`` (``receiver_key``:
    the alias table's, "ECOSOC" -> "economic and social council"; the receiver, not the channel a report goes
    through). None: no condition."""
    return ((session is None or report.due_at(session)) and (year is None or bool(due_in_year(report, year)))
            and (to is None or receiver_key(report) == to))


def listed_dates(report: Report) -> list[tuple[str, str]]:
    """The dates ``--reports`` and ``--timeline`` list ``report`` at, each with what its row says after the time: one
    for each occasion its time names (``Report.occasions``, of any body: "in 2025, 2026 and 2027", A/RES/79/226 127,
    at 2025, 2026 and 2027, the later ones " (occasion 2 of 3)"), else one, :func:`due_date` and ""."""
    if len(report.occasions) < 2:
        return [(due_date(report), "")]
    n = len(report.occasions)
    return [(date, f" (occasion {i} of {n})" if i > 1 else "") for i, date in enumerate(report.occasions, 1)]


def timeline_times(m: Mandate) -> list[tuple[str, Report | None, str]]:
    """The times ``mandates --timeline`` lists mandate ``m`` (one with a deadline) at, as (date, report, nth): the
    dating the timeline sorts by and ``--timeline --year Y`` keeps a row by (its date's year Y; "" undated). A mandate
    that asks for several reports: a time for each report whose time is one of its deadlines (dated by
    :func:`listed_dates`: "at their eightieth and sixty-first sessions, respectively" no date for the Council's, A/RES/78/
    217 32), and its deadline's own where no report is due then (A/RES/78/182 47); one whose one report is due at its
    deadline: that report's occasions (a term "by" a session: its end, :func:`due_date`); any other: its deadline's
    date (``Deadline.date``; "without delay", "immediately": the adoption's, docs/mandates.md), the report None."""
    d = m.deadline
    if d is None:
        return []
    if len(m.reports) > 1:
        out = [] if d.text in {r.when for r in m.reports} else [(d.date or "", None, "")]
        for r in m.reports:
            if any(x.text == r.when for x in m.deadlines):
                out.extend((date, r, nth) for date, nth in listed_dates(r))
        return out
    if m.reports and m.reports[0].when == d.text:
        return [(date, m.reports[0], nth) for date, nth in listed_dates(m.reports[0])]
    return [(d.date or "", None, "")]


def in_year(date: str, year: int) -> bool:
    """Does the partial ISO date ``date`` ("2026", "2026-09", "2026-09-01"; "" undated) fall in calendar ``year``?"""
    return date[:4] == str(year)


def receiver_key(report: Report) -> str:
    """The actor key of ``report``'s receiver as the alias table resolves its name ("Economic and Social Council" ->
    "economic and social council", "Human Rights Council" -> "human right council"), the key ``--to`` compares."""
    return table().resolve(report.to).key


def report_words(action: str, reports_: list[Report], i: int) -> int:
    """Where in ``action`` the words that ask for the ``i``-th of its reports (``reports_``, as :func:`reports_of`
    read them) start: 0 for the first; for a further one, the start of the action coordinated with the first (after
    the last "and" of ``_NEXT_ACTION`` before its time, or before its body's name when its time is the first's) — "to
    provide an oral report to the Commission on the Status of Women at its sixty-eighth and sixty-ninth sessions and to
    report to the General Assembly at its eightieth session" (A/RES/78/182 47): the Assembly's report from "to report
    to the General Assembly" (a trial of the mandate review, 2026-12-04: its row showed the Commission's words); 0
    where its words are not found."""
    if i <= 0 or i >= len(reports_):
        return 0
    r, first = reports_[i], reports_[0]
    at = -1
    if r.when and r.when != first.when:
        at = action.find(r.when, action.find(first.when) + 1 if first.when and first.when in action else 0)
    if at < 0:
        # the body by its name or its head ("to the Assembly"); the same body as the first report's: named again after
        # it ("to report to the General Assembly at its seventy-ninth session, ..., and to submit a report to the
        # Assembly on the detailed use of the Central Emergency Response Fund", A/RES/78/119 88)
        names = list(re.finditer(rf"\bto\s+(?:the\s+)?(?:{re.escape(r.to)}|{re.escape(r.to.split()[-1])})\b", action))
        name = names[1] if r.to == first.to and len(names) > 1 else names[0] if names else None
        at = name.start() + 1 if name else -1
    if at <= 0:
        return 0
    cut = [b for b in _NEXT_ACTION.finditer(action, 0, at) if b.group(0) != ";"]
    if not cut:
        return 0
    b = cut[-1]
    return b.start() + b.group(0).index("to", b.group(0).index("and"))


# the years of a count written in a recurrence: "every two years" (A/RES/78/4 annex), "each year", "at two-year
# intervals" (A/RES/79/268 11)
_COUNTED_YEARS = re.compile(r"\b(?:every|each)\s+(\w+)|\b(\w+)-year\b")


# the words of a recurrence whose interval is not stated: "periodically", "regularly", "on a regular basis",
# "periodic reports" (grammar/reports.lark YEARLY_ADVERB, FREQUENCY: those with no years)
PERIODIC = re.compile(r"(?i)\b(?:periodic|regular)")


def _every(recurrence: str | None) -> int | None:
    """The years between two reports by the words of their recurrence (``recurrence`` of grammar/reports.lark): an
    adjective of data/deadline_words.txt [recurring adjectives] or its adverb ("annual", "biennially": the years the
    file gives), "every year", a count of years ("every two years", "at two-year intervals": ``deadlines.count``);
    None for a period shorter than a year ("every three months", A/RES/79/317 66, "monthly", "quarterly": more than
    once a session, no count of years, [recurring months]) or one not stated ("periodically", "on a regular
    basis")."""
    low = (recurrence or "").lower()
    if "month" in low or "quarter" in low:
        return None
    years = next((n for word, n in data.counted("deadline_words.txt", "recurring adjectives").items() if word in low),
                 None)
    if years is None and (counted := _COUNTED_YEARS.search(low)):
        word = counted.group(1) or counted.group(2)
        years = 1 if word == "year" else count(word)
    return years


def report_of(action: str, deadlines_: list[Deadline], adopted: str | None = None) -> Report | None:
    """The (first) report an action asks for, ``None`` if none: the first of :func:`reports_of`."""
    found = reports_of(action, deadlines_, adopted)
    return found[0] if found else None


def _report_of() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``report_of`` may start (the actor's own report named by its author: "to reflect this in the report of the
    Secretary-General", A/RES/79/1 annex I 71): its verb, OWN_VERB (case as written), the grammar deciding whether "in
    the ... report of" and a name follow."""
    return _opening("report_of", "OWN_VERB")


@lru_cache(maxsize=1)
def _report_due() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``report_due`` may start (the actor's own report named with the session it is to be presented at: "the
    report of the Secretary-General on ..., to be presented at its eightieth session", A/RES/79/257 58): its first
    tokens, THE? REPORTS_OF, as the grammar defines them (white space between, the grammar's ignored WS), the grammar
    deciding whether a name and the participle of presenting at a session follow."""
    the, reports_of = (terminal_regex(_parser(), name) for name in ("THE", "REPORTS_OF"))
    return (("report_due", re.compile(rf"\b(?:(?:{the})\s+)?(?:{reports_of})")),)


def _report_by() -> tuple[tuple[str, re.Pattern], ...]:
    """Where ``report_by`` may start (a report a decided act rests on, by its author: "based on a progress report by
    the Secretary-General", A/RES/79/1 annex I 74): its BASED_ON, the grammar deciding whether a report by a named
    author follows."""
    return _opening("report_by", "BASED_ON")


@lru_cache(maxsize=1)
def _own_reports() -> tuple[tuple[str, re.Pattern], ...]:
    """The scans of the actor's own report named by its author: ``report_of``, ``report_due``, then ``report_by``."""
    return (*_report_of(), *_report_due(), *_report_by())


def authored_reports(text: str) -> list[tuple[int, int]]:
    """Each report still to be written that ``text`` names by its author after "by" (``report_by`` of
    grammar/reports.lark: "..., based on a progress report by the Secretary-General", A/RES/79/1 annex I 74), in
    order: (where the shape starts, where its author's name starts), offsets in ``text``. The passive mandate of the
    author (mandates/clauses.py ``passives``), whose report :func:`rests_on_report` reads."""
    out = []
    if "by" not in text:  # every shape holds "by" (REPORT_BY, BY_AUTHOR)
        return out
    m = _first(text, _report_by())
    while m is not None:
        out.append((m.start, m.at("THE") if m.part("THE") is not None else m.at("NAME")))
        m = _first(text, _report_by(), m.end)
    return out


def names_report_due(subject: str) -> bool:
    """Does the subject of a "that"-clause (``clauses.owned_subjunctive``) name a report by its author and the session
    it is to be presented at ("the report of the Secretary-General on ..., to be presented at its eightieth session",
    A/RES/79/257 58: ``report_due`` of grammar/reports.lark)? Then the clause asks that report of its author (the
    words of the subject and the action are read for it, :func:`reports_of`)."""
    found = _first(subject, _report_due())
    return found is not None and not subject[: found.start].strip(" ,")


def rests_on_report(action: str, actor) -> bool:
    """Does ``action`` (a decision's words) rest on a report still to be written by ``actor`` (an
    :class:`~.actors.Actor`), named by its author after "by" (``report_by`` of grammar/reports.lark: "to convene a
    high-level meeting ..., based on a progress report by the Secretary-General", A/RES/79/1 annex I 74)? The report
    of the passive mandate that names the author (mandates/clauses.py ``passives``)."""
    if " by " not in action:
        return False
    m = _first(action, _report_by())
    while m and not _own(m.part("NAME"), actor):
        m = _first(action, _report_by(), m.end)
    return m is not None


def _own(author: str, actor) -> bool:
    """Is ``author`` (a name as written) the ``actor`` (an :class:`~.actors.Actor`, or None: no)?"""
    return actor is not None and actor.key in (key(author), table().resolve(author).key)


def _asked(action: str, start: int = 0, actor=None) -> Shape | None:
    """The next words of ``action`` from ``start`` that ask for a report (a shape of :func:`_requests`), not a report
    cited as a source ("made by X in its report on"), nor someone else's reporting ("allow migrants to report"), nor
    the report of the noun before a relative clause ("..., who will provide a joint report", ``relative_author`` of
    grammar/reports.lark), nor someone else's report the action contributes to ("for inclusion in forthcoming reports", :func:`_contribution`:
    unless it is the ``actor``'s own, named by its author, "to be included in the report of the Secretary-General");
    from ``start`` 0, not a report coordinated as a second object ("..., and a report including ..."): that follows a
    first request."""
    m = _shape(action, 0, "bare_report") if start == 0 else None
    m = m or _first(action, _requests(), start)
    relayed = False  # a shape that opens with another's act may run on into the actor's own request: read on inside it
    while m and (start == 0 and m.kind == "also"  # a second object needs a first request
                 or m.words[:3].lower() == "in " and cites_report(action[max(0, m.start - 160) : m.start])
                 or _others_report(action, m)
                 or m.kind in ("to_report", "report_to") and _appointee_reports(action[: m.start])
                 or "report" in action[: m.start] and rule("relayed_report").search(action, max(0, m.start - 600), m.start)
                 or (relayed := rule("relayed_first").search(action, max(0, m.start - 120), m.start) is not None)
                 or _first(action[: m.start], _relative_author()) is not None  # "..., who will provide a joint report"
                 or m.kind == "report_to" and _first(action[max(0, m.start - 40) : m.start], _subject_before()) is not None
                 or _contribution(action, m, actor)
                 or _anothers_relayed(m, actor)
                 or _negotiated_text(action, m)
                 or m.kind == "ensure_content" and _authored_by_another(m.words, actor)
                 or m.kind == "report_to" and (_TITLE_REPORT.search(action[max(0, m.start - 60) : m.start + 6])
                                               or (m.part("TO_NOT_PASSIVE") or m.part("ON") or m.part("THEREON"))
                                               and _NOUN_REPORT.search(action[max(0, m.start - 60) : m.start]))):
        # "to invite Governments ... to submit information on their practice in this regard, and to provide, at its
        # eightieth session, a report" (A/RES/78/236 15): the Governments' "submit" read up to the actor's own report
        m = _first(action, _requests(), m.start + 1 if relayed else m.end)
        relayed = False
    return m


def _negotiated_text(action: str, m: Shape) -> bool:
    """Are the findings ``m`` sends to a body ("to submit the outcomes to the Conference", ``findings_to`` of
    grammar/reports.lark, by a noun of FINDINGS) the text of an instrument negotiated, which the ``action`` names before
    them (``negotiated_instrument`` of grammar/attachment.lark: "with a view to negotiating a draft protocol
    supplementary to the Convention, ... for the purpose of submitting the outcomes to the Conference of the States
    Parties", A/RES/79/243 5)? A treaty's text sent for adoption is no report (tests/labels/GUIDELINE.md, branch
    trialfix26a)."""
    return (m.kind == "findings_to" and m.part("FINDINGS") is not None
            and rule("negotiated_instrument").search(action, max(0, m.start - 600), m.start) is not None)


def _written_next(text: str, at: int, words: str) -> bool:
    """Are ``words`` written in ``text`` at ``at``, after commas and white space, if any? ``re.match(r"[\\s,]*" +
    re.escape(words), text[at:])`` without a pattern compiled per text of ``words`` (a deadline's): the run of commas
    and white space (``str.isspace`` is ``\\s``'s class) may give back characters to ``words``, so every end of a
    part of it is tried, as the engine backtracks. ``at`` as a slice's start (``text[at:]``)."""
    at = slice(at, None).indices(len(text))[0]
    run = at
    while run < len(text) and (text[run] == "," or text[run].isspace()):
        run += 1
    return any(text.startswith(words, k) for k in range(at, run + 1))


# "Report" after a capitalized word is a title's, no verb: "data ... are being gathered for the Global Report on
# Trafficking in Persons" (A/RES/79/189 19)
_TITLE_REPORT = re.compile(r"[A-Z][\w-]*\s+Report$")
# "report to" or "report on" after the determiner of a report already known (and at most two lower-case words, no "and")
# is that report, a noun, no verb: "the summary of which shall be incorporated into the report on the implementation of
# the present resolution" (A/RES/80/142 40: the report the clause decides the content of, ``decided``, not a verb
# "report on" timed by the meetings' "in 2026"), "requests the Secretary-General to forward this report to the Conference on Disarmament"
# (A/RES/78/27 6: a
# report already submitted, sent on for another body's attention, as "to transmit ... the annual report of the
# Conference", tests/labels/mandates_hard 150); not a report asked, after "a"/"an" ("to submit to the General Assembly
# ..., through the Commission ..., an action-oriented report on the status ...", A/RES/80/118 72), nor a verb after "and"
# ("to continue to apply and advance those recommendations and report to the Secretary-General", A/RES/79/28 1); after
# a possessive, a report of its owner: "sending an annual note verbale to Member States requesting the submission of
# their report on military expenditures" (A/RES/80/12 7 (a): the Member States' report, none of the Secretary-General's);
# after a part of a report cited by its number, any possessive: "to brief the Special Committee at its next session on
# the information referred to in paragraph 15 of his report on the implementation of the provisions of the Charter ..."
# (A/RES/78/111 5, 80/166 5: a report cited, and a briefing is no report, tests/labels/GUIDELINE.md; not "to consider
# these discussions in the drafting of his report on the implementation of the present resolution", A/RES/80/147 54:
# the actor's own report, asked)
_NOUN_REPORT = re.compile(r"(?:\b(?i:the|this|that|these|those|such|said|their)|\b(?:paragraphs?|sections?|chapters?|annex|"
                          r"parts?)\s+[\w.()-]+(?:\s*(?:,|and|to)\s*[\w.()-]+)*\s+of\s+(?:his|her|its))\s+"
                          r"(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){0,2}$")


def _authored_by_another(words: str, actor) -> bool:
    """Is the report in ``words`` named by an author ("the annual reports of the Office") who is not ``actor``? A
    report of another author is theirs (as ``report_of`` of grammar/reports.lark reads it)."""
    author = re.search(r"\breports?\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:[\s-]+[A-Z][\w-]*)*)", words)
    return bool(author) and not _own(author.group(1), actor)


def _contribution(action: str, m: Shape, actor) -> bool:
    """Does the report of ``m`` take a contribution to someone else's report: the words of one right before its noun
    (``contribution`` of grammar/attachment.lark: "for inclusion in forthcoming reports", A/RES/80/193 49), unless the
    report is the ``actor``'s own, named by its author ("to be included in the report of the Secretary-General")?"""
    word = m.start + max(0, m.words.lower().rfind("report"))
    if not rule("contribution").search(action[max(0, word - 100) : word]):
        return False
    author = re.match(r"reports?\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:[\s-]+[A-Z][\w-]*)*)", action[word:])
    return not (author and _own(author.group(1), actor))


# a report named as one already asked for or known ("to submit the report", "to include in his report", "in the
# context of his next report"): its determiner before the noun
_KNOWN = re.compile(r"\b(?:the|his|her|its|their|that|this|these|those|such|said)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# what asks for a document but "report" (:func:`_document_for`, and the request shapes without the word)
# a verb and its receiver, the object after them: "submit to the General Assembly at its eighty-first session a report"
_VERB_TO = re.compile(rf"(?:{_v('information')})\w*\s*,?\s+to\s+(?:the\s+)?[A-Z]")
# a verb of informing (data/report_verbs.txt, inform and tell) and its object, a body by its name: "to inform the
# General Assembly", "to update the General Assembly in his next report" (A/RES/79/253 14); a verb of the role tell as
# a noun, the body after "to": "to provide an update to the General Assembly ..., in the context of his next report"
# (A/RES/79/253 12: the receiver read from "to", group ``to``)
_VERB_INFORM = re.compile(rf"\b(?:(?:{_v('inform', 'tell')})\s+(?:the\s+)?[A-Z]"
                          rf"|an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_v('tell')})\s+(?P<to>to\s+(?:the\s+)?[A-Z]))")

_FOR_DOCUMENT = ("presentation", "submission", "consideration", "transmission", "to be presented", "to be submitted",
                 "to be transmitted",
                 *(f"{verb} the" for verb in report_verbs()["inform"]), "information to",
                 "findings", "results", "outcome", "conclusions", "recommendations", "these to", "them to", "it to",
                 # the document nouns of ``findings_to`` (grammar/reports.lark, DOC_NOUN)
                 "terms of reference", "proposal", "text", "plan", "strateg", "road", "analys", "stud", "assessment", "review", "summar",
                 "options", "guidelines", "framework",
                 # a document named by a demonstrative, submitted by a session of the Assembly (``findings_by_session``)
                 " session",
                 # data made available to a body (``made_available``)
                 "available to")
# the verbs a report asked without the word "report" needs (lower case): the findings sent to a body
# ("submit", "present", "transmit") and its "inform", :func:`_document_for`'s verbs; ``_own_reports`` and every other
# request shape hold "report" itself. An action that holds neither "report" nor one of these asks for no report
# (a necessary condition, tested: tests/test_mandates_structures.py)
_VERBS_WITHOUT_REPORT = tuple(dict.fromkeys(v for role in ("findings", "information", "inform", "document", "carry",
                                                          "available")
                                             for v in report_verbs()[role]))


def reports_of(action: str, deadlines_: list[Deadline], adopted: str | None = None,
               default_to: str = "General Assembly", actor=None, full=None) -> list[Report]:
    """Every report an action asks for, in order ([] if none; "to keep ... informed" is not a report). Each is read
    by :func:`_reading`: to whom (a body named after "to", else the channel named after "through", else
    ``default_to``: the General Assembly that adopts the text, or ``NOT_STATED`` for an actor that reports elsewhere,
    data/reports_elsewhere.txt), when, how often, the session it is first due at.

    One report to two bodies is two readings ("to submit reports to the General Assembly and the Human Rights
    Council", "to the General Assembly at its eightieth session and to the Human Rights Council at its sixty-first
    session": each body with the time named after it, else the first one's). A later request is a further report
    (A/RES/78/182 47: "to provide an oral report to the Commission on the Status of Women at its sixty-eighth and
    sixty-ninth sessions and to report to the General Assembly at its eightieth session") when it names its own body
    or its own time and differs from the reports read before in body or time; a report named as known ("to submit
    the report to", "to include in his report", ``_KNOWN``) only when it goes to another body and is not passed on
    there (a verb of the role ``relay``: "and also to transmit the report to the Conference on Disarmament", A/RES/79/47
    13, is the report asked, sent on: none); "in his next report", "in future reports" say where the report asked
    goes, no further one. ``actor`` (an :class:`~.actors.Actor`, optional): the one asked; a report named by its
    author is a report asked only of its author ("to reflect this in the report of the Secretary-General", asked of
    the Secretary-General). ``full`` (optional): a function from a body's short name to the full name the resolution
    gave it before (:func:`_full`: "the Unit" is the Joint Inspection Unit). Source of the reading:
    tests/labels/GUIDELINE.md, report (the labels record the first)."""
    low = action.lower()
    if "report" not in low and (not (any(map(low.__contains__, _FOR_DOCUMENT))
                                     or "information" in low)  # "at its ... session information", "to the X information"
                                or not any(map(low.__contains__, _VERBS_WITHOUT_REPORT))):
        # every way of asking for one names it, and the patterns below need "report" or one of their verbs: not
        # searched
        return []
    # a subjunctive's action opens with the verb: "(that the Secretary-General) report annually on ..."; an anchor
    # in _REPORT would slow every search (the regex loses its literal prefix scan)
    m = _asked(action, actor=actor)
    if not m:
        m = _first(action, _document_for())
    if not m and actor is not None and (" of " in action or " by " in action):
        m = _first(action, _own_reports())
        while m and not _own(m.part("NAME"), actor):
            m = _first(action, _own_reports(), m.end)
    if not m:
        return []
    document = m.kind == "document_for"
    rest = action[m.start:]
    to, via, end = _receiver(action[m.at_for:] if document else rest, action[: m.start], _NO_DEFAULT, full)
    defaulted = to == _NO_DEFAULT  # no receiver named: the default's
    to = default_to if defaulted else to
    word = m.start + max(0, m.words.lower().rfind("report"))  # "an update ... and a full report at its ... session"
    after = [d for d in deadlines_ if d.text in action[word:]] or [d for d in deadlines_ if d.text in rest]
    nxt = None if document else _asked(action, m.end, actor)
    if nxt and (nxt.words[:3].lower() == "in " or _KNOWN.search(
            action[max(0, nxt.start - 40) : nxt.start + max(0, nxt.words.lower().rfind("report"))])):
        nxt = None  # "and to submit the report to the General Assembly at its eightieth session": the same report
    cut = next((b.start() for b in _NEXT_ACTION.finditer(action, m.end, nxt.end) if "report" not in b.group(0)),
               None) if nxt else None
    # only where this report recurs in its own words (a series) and the further one has a time: "to compile a report
    # ... and to report to the General Assembly at its seventy-ninth session" (A/RES/78/43 5) is one report, then
    own_only = (cut is not None and any(d.text in action[nxt.start :] for d in after)
                and _first(action, _recurrence_scan(), m.start, cut) is not None)
    if own_only:
        # a further request coordinated after a recurring one ("to report, as part of his annual Sustainable Development
        # Goals report, on the global effort to end tuberculosis, and to present to the General Assembly a report in
        # 2027", A/RES/78/5, annex, para. 84): a time in its words is its own, not the series'
        after = [d for d in after if d.text in action[word:cut]]
    joined = _joined(action, m)
    # a report decided in the passive is a clause of its own: a time before its modal is the other verb's ("to convene,
    # in 2026 ..., meetings of experts ..., the summary of which shall be incorporated into the report on the
    # implementation of the present resolution", A/RES/80/142 40: the meetings' time)
    after = after or ([] if m.kind == "decided" or own_only else _not_another_actions(action, m.start, deadlines_, joined))
    if end is not None and (document or word - m.start < end or _VERB_TO.match(rest)):
        # the time named right after the body is the report's: "to submit to the General Assembly at its eighty-first
        # session a report on ... that every person on Earth is protected ... by 2027" (A/RES/80/137 83); the body the
        # report's (named after the report, or right after the verb), not an update's: "to provide an update ... to
        # the General Assembly in the second quarter of 2023 and a full report at its seventy-eighth session"
        base = action[m.at_for:] if document else rest
        named = [d for d in deadlines_ if _written_next(base, end, d.text)]
        after = named + [d for d in after if d not in named]
    event = _shape(rest, 0, "event")
    event = bool(event) and event.part("NAME_TO") == to  # a report at an event: no Assembly session
    rec = _recurrence(action, m.start, m.end, joined)
    if rec and rec.part("SERIES_REPORTING") and m.kind != "place_report":
        rec = None  # "a comprehensive report ..., as part of his annual reporting": the vehicle's series (80/155 13)
    more = _more_receivers(rest, end, to) if not document else []
    if more:  # "to the Human Rights Council and to the General Assembly at its eightieth session": the Assembly's
        # (a time written before the action, "the Secretary-General, beginning from 2026, to submit", is every one's)
        kept = [d for d in after if d.text in rest[: more[0][1]] or d.text in action[:word] or d.text not in action]
        if after and not kept and not (m.kind == "decided" or own_only):
            # the only time after the report is a later body's ("to submit an annual report to the Economic and Social
            # Council, and to the subsequent session of the General Assembly", A/RES/79/203 18): the first body's is
            # the one written before the request ("beginning from 2026"), as where no time follows it
            kept = [d for d in _not_another_actions(action, m.start, deadlines_, joined)
                    if d.text in action[:word] or d.text not in action]
        after = kept
    # a report a treaty's article requires, no receiver written: the treaty's own reporting, which the clause recalls;
    # no report the resolution asks (tests/labels/mandates_fresh7 unit 86, A/RES/78/48 6)
    owed = to == NOT_STATED and not document and _owed(action, m)
    # a report made public, no receiver named: to no body ("to report publicly on investigations", A/RES/78/216 23;
    # tests/labels/mandates_fresh13 n 84), ``public`` of grammar/reports.lark
    public = end is None and via is None and to == default_to and (_shape(action, m.start, "public") is not None
                                                                    or to == NOT_STATED and _discloses(actor))
    to, via = _full(to, full), _full(via, full)
    if _no_body(to) and (m.kind in ("in_next_report", "in_own_report") or any(_IN_OWN_REPORT.fullmatch(d.text) for d in after)):
        # "to continue to provide additional and detailed information on the final expenditure and unencumbered
        # balance, as well as its return to Member States, in the context of his next report" (A/RES/79/255 19,
        # 78/249 10): the actor's own next report goes where its reports go, Member States being no body
        to = default_to
        defaulted = True
    # the start of a series written before the request, its occasion after it: "beginning in 2025, present the annual
    # report to the Economic and Social Council at its operational activities for development segment" (A/RES/79/226
    # 95): both kept, first due at the segment of 2025 (:func:`_reading`'s ``begins``)
    # the start written in the request's own words likewise: "to report annually, starting in 2019, to the Economic and
    # Social Council at its operational activities for development segment" (A/RES/72/279 15: due from 2019; it was
    # undated, listed last by --reports)
    begins = (next((d for d in after[1:] if d.type == "from" and d.date), None) or next(
        (d for d in reversed(_not_another_actions(action, m.start, deadlines_, joined))
         if d.type == "from" and d.date and d.text in action[: m.start] and d.text not in action[m.start :]),
        None)) if rec and after and after[0].date is None and after[0].type == "at" else None
    assembly_times = _assembly_sessions(action, deadlines_)
    out = [] if owed or public else [_reading(to, via, after, rec, deadlines_, adopted, event, begins, defaulted,
                                              assembly_times=assembly_times)]
    if document:
        return _to_bodies(out)
    later = []  # the requests after the first
    x = _asked(action, m.end, actor)
    while x:
        later.append(x)
        x = _asked(action, x.end, actor)
    bounds = [x.start for x in later] + [len(action)]
    out += _further(out[0] if out else None, more, rest, bounds[0] - m.start, via, after, rec, deadlines_, adopted, full)
    for x, stop in zip(later, bounds[1:]):
        if x.words[:3].lower() == "in ":
            continue  # "to report thereon in the context of his next report": where the report asked goes
        segment = action[x.start : stop]
        body, channel, body_end = _receiver(segment, default=_NO_DEFAULT, short=full)
        named_to = body != _NO_DEFAULT
        body = body if named_to else default_to
        body, channel = _full(body, full), _full(channel, full)
        own = [d for d in deadlines_ if d.text in segment]
        known = _KNOWN.search(action[max(0, x.start - 40) : x.start + max(0, x.words.lower().rfind("report"))])
        receivers = {r.to for r in out}
        if known and (body_end is None or body in receivers or _relays(x)):
            if named_to and body in receivers:
                out = _receiver_named(out, body, any_time=True)
            continue  # "and also to transmit the report to the Conference on Disarmament" (A/RES/79/47 13): the
            # report asked, passed on to another body, no second report (tests/labels/GUIDELINE.md, branch rep-t2)
        if not known and (body_end is None and not own or (body, own[0].text if own else None) in {
                (r.to, r.when) for r in out}):
            if named_to:
                out = _receiver_named(out, body, own[0].text if own else None)
            continue
        seg_rec = _first(segment, _recurrence_scan())
        seg_rec = None if seg_rec and seg_rec.part("SERIES_REPORTING") and x.kind != "place_report" else seg_rec
        out.append(_reading(body, channel, own, seg_rec, deadlines_, adopted,
                            defaulted=not named_to, assembly_times=assembly_times))
        first = out[-1]
        out += _further(first, _more_receivers(segment, body_end, body), segment, len(segment), channel, own, seg_rec,
                        deadlines_, adopted, full)
    return _to_bodies(out)


def _receiver_named(out: list[Report], body: str, when: str | None = None, any_time: bool = False) -> list[Report]:
    """``out`` with the readings that took ``body`` as the default receiver (``to_source`` "default") marked as
    named, where a later request of the same action is the same report sent to ``body`` by name (at the same time
    ``when``, as written, or ``any_time``): "to compile a report on measures ... and to report to the General Assembly at
    its seventy-ninth session" (A/RES/78/43 5), "to prepare a report ... and to submit the report to the General
    Assembly at its eightieth session" (A/RES/78/201 24): one report, its receiver the text's (a new-user trial, the
    thirty-first session, saw "(default: no receiver named)" on these rows). The Reports of ``out`` are not changed:
    a marked one is a copy."""
    return [replace(r, to_source="text") if r.to == body and r.to_source == "default" and (any_time or r.when == when)
            else r for r in out]


def _anothers_relayed(m: Shape, actor) -> bool:
    """Does the request ``m`` end in a report passed on, the object of a verb of data/report_verbs.txt's role ``relay``
    ("transmit"), named by a possessive pronoun that cannot stand for the ``actor`` (an :class:`~.actors.Actor`, or
    None: no): "its" when the actor is a person (``actors.txt`` [persons]), "his"/"her" when it is not? The report is
    then another's, passed on, as "the X’s report" is (``send_report_of`` of grammar/reports.lark): "Requests the
    Secretary-General to provide all necessary assistance to the open-ended working group and its Chair and to transmit
    its report to the Conference on Disarmament and the Disarmament Commission" (A/RES/78/20 9; 78/238 10: the working
    group's report, no report of the Secretary-General's; tests/labels/GUIDELINE.md, branch mfix10: "to transmit the
    Secretary-General’s report to the Council" is none). The verb is the one right before the pronoun (the shape may
    open at an earlier verb, "to provide ..."); "their" may be anyone's: not read."""
    if actor is None or m.kind != "send_report":
        return False
    pronoun = _relayed_pronoun().search(m.words[: m.words.lower().rfind("report")])
    return pronoun is not None and (pronoun.group(1).lower() == "its") == person(actor.name)


@lru_cache(maxsize=1)
def _relayed_pronoun() -> re.Pattern:
    """A verb of the role ``relay`` (any form: "transmit", "transmits", "transmitting"), a possessive pronoun and at
    most two words, at the end of the words before a report noun: "to transmit its report", "transmit his final
    report"."""
    return re.compile(rf"\b(?:{_v('relay')})\w*\s+(its|his|her)\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


def _relays(x: Shape) -> bool:
    """Does the request ``x`` pass a document on with a verb of data/report_verbs.txt's role ``relay`` ("transmit",
    "make ... available")? Its verb is the shape's first token."""
    verb = x.tokens[0][1].lower() if x.tokens else ""
    return verb in report_verbs()["relay"]


def _further(first: Report | None, more: list[tuple[str, int, int, str]], rest: str, stop: int, via: str | None,
             after: list[Deadline], rec: Shape | None, deadlines_: list[Deadline], adopted: str | None,
             full=None) -> list[Report]:
    """The readings of the further bodies a report goes to (:func:`_more_receivers`, named in ``rest`` up to
    ``stop``): each with the time written after its name, else the first report's (``after``) and its channel. A body
    named "later", past the first one's words, is a report of its own only with a time of its own that is not the
    first's ("..., and to the Assembly at its eightieth session on the implementation of the present resolution",
    A/RES/79/229 13: a second report, no channel); a body after "the subsequent session of" is due at the Assembly's
    session after the first report's time ("beginning from 2026, to submit an annual report to the Economic and Social
    Council, and to the subsequent session of the General Assembly", A/RES/80/136 22: the Council's 2026 session, then
    the Assembly's eighty-first; tests/labels/GUIDELINE.md, the twenty-sixth session's decisions)."""
    from dataclasses import replace

    out = []
    for i, (body, start, e, how) in enumerate(more):
        end = more[i + 1][1] if how == "later" and i + 1 < len(more) else stop
        own = [d for d in deadlines_ if d.text in rest[e:end]]
        if how == "later":
            if not own or first is not None and (first.to, first.when) == (_full(body, full), own[0].text):
                continue
            out.append(_reading(_full(body, full), None, own, None, deadlines_, adopted))
            continue
        r = _reading(_full(body, full), via, own or after, rec, deadlines_, adopted, nth=i + 1)
        if how == "following" and not own and first is not None and first.due is not None and first.due.date \
                and meets_in_assembly_sessions(r.to) and session_of(first.due.date) is not None:
            n = session_of(first.due.date) + 1  # the session opened after it: 2026 (the Council's) -> the 81st
            opens, closes = session_dates(n)
            # the session as the deadlines read it ("the subsequent session of the General Assembly"), the report's
            # time as written, its body's own (tests/labels/GUIDELINE.md: each body with the time named after it),
            # no longer the first body's "beginning from 2026"
            words = " ".join(rest[start:e].split())
            named = next((d for d in deadlines_ if d.text.endswith(words)), None)
            due = replace(named, type="at", start=opens, end=closes) if named else Deadline(words, "at", opens, closes)
            r = replace(r, when=due.text, due=due, session=n)
        out.append(r)
    return out


# the actor's next report, by the words of its name between "next" and "report(s)" ("his next progress report": "progress")
_NEXT_NAMED = re.compile(r"\bnext\s+((?:[a-z-]+\s+){0,2}?)reports?\b", re.IGNORECASE)


def _next_name(words: str | None) -> str | None:
    """ "in the context of his next progress report" -> "progress"; "" for "his next report"; None if ``words`` name no
    next report."""
    m = _NEXT_NAMED.search(words or "")
    return " ".join(m.group(1).lower().split()) if m else None


def dated_next_reports(items: list[Mandate]) -> list[Mandate]:
    """``items`` (the mandates of one resolution) with each report due "in his next <name> report" that no time dates
    (``session`` None) dated as the resolution itself dates that report elsewhere: another mandate of the same actor,
    to the same body, whose action names the actor's "next <name> report" (the same name) and whose report is dated,
    one date for all of them ("to provide detailed information on this matter in the context of his next progress
    report", A/RES/79/297 20, is due as "in the context of his next progress report on the strategic heritage plan at
    the main part of its eightieth session", 22). ``when`` stays as written, ``due`` and ``session`` are the other's.
    Nothing is guessed: a next report the resolution dates nowhere (most of them: "in the context of his next report",
    A/RES/78/253 III.9, where III.7 asks "to report thereon ... at the main part of its seventy-ninth session" without
    naming it the next report) stays undated (tests/labels/GUIDELINE.md, the twenty-fifth session's decisions)."""
    from dataclasses import replace

    dated: dict[tuple, dict] = {}  # (actor, body, name) -> {(date, session): (due, session)}
    for m in items:
        name = _next_name(m.action) if m.kind == "mandate" else None
        for r in m.reports if name is not None else ():
            if r.session is not None and r.due is not None and r.when and _next_name(r.when) is None:
                dated.setdefault((m.actor_key, r.to, name), {})[(r.due.start, r.due.end, r.session)] = (r.due, r.session)
    if not dated:
        return items

    def dating(m: Mandate, r: Report) -> Report:
        times = dated.get((m.actor_key, r.to, _next_name(r.when))) if r.session is None else None
        if not times or len(times) != 1:
            return r
        (due, session), = times.values()
        return replace(r, due=due, session=session)

    out = []
    for m in items:
        reports_ = [dating(m, r) for r in m.reports]
        out.append(m if all(a is b for a, b in zip(reports_, m.reports)) else replace(m, reports=reports_, report=reports_[0]))
    return out


# the actor's own report as a time ("in the context of his next report", "in his report on ...": grammar/deadlines.lark
# ``next_doc``, ``own_report``)
_IN_OWN_REPORT = re.compile(r"in\s+(?:the\s+context\s+of\s+)?(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}reports?(?:\s+on\s.*)?")

@lru_cache(maxsize=1)
def _no_bodies() -> tuple[tuple[str, ...], ...]:
    """The receivers that are no body (data/reports_elsewhere.txt [no body]), each as its words in lower case."""
    return tuple(tuple(n.lower().split()) for n in data.sections("reports_elsewhere.txt")["no body"])


def _no_body_qualifiers() -> frozenset[str]:
    """The words that may stand before a receiver that is no body written in lower case (data/reports_elsewhere.txt
    [no body qualifiers]: "relevant stakeholders"; not a verb, "to inform States", A/RES/78/130 7)."""
    return data.entry_set("reports_elsewhere.txt", "no body qualifiers")


def _no_body(to: str) -> tuple[str, ...] | None:
    """The words (lower case) of the entry of data/reports_elsewhere.txt [no body] that the receiver ``to`` ends with,
    if it is no body: one of them as its last words, in any case,
    only lower-case qualifiers before them ("Member States", "all States parties", "the international community";
    not "Conference of States Parties", a body)? Information shared with them is no report ("to report on the
    results to Member States in 2025", A/RES/79/156 22: tests/labels/mandates_fresh18 n 41; "a summary to be shared
    with Member States", the fourteenth sample's n 32; "regular updates ... to Member States", A/RES/79/192 11:
    tests/labels/GUIDELINE.md). None for a body."""
    ws = _unpostposed(to.split())  # "the parties concerned": the parties
    return next((n for n in _no_bodies() if len(ws) >= len(n) and tuple(w.lower() for w in ws[-len(n):]) == n
                 and all(w.islower() and w not in ("of", "to", "for") for w in ws[: -len(n)])), None)


def _postposed() -> frozenset[str]:
    """The words written after a receiver that leave it what it is (data/reports_elsewhere.txt [postposed]: "the
    parties concerned")."""
    return data.entry_set("reports_elsewhere.txt", "postposed")


def _unpostposed(ws: list[str]) -> list[str]:
    """The words ``ws`` of a receiver without the postposed words that end them ("parties concerned" -> "parties",
    :func:`_postposed`); ``ws`` itself where none ends them, or where they are all there is."""
    cut = len(ws)
    while cut > 1 and ws[cut - 1] in _postposed():
        cut -= 1
    return ws[:cut]


def _to_bodies(reports: list[Report]) -> list[Report]:
    """The reports of ``reports`` that go to a body: none to a receiver that is no body (:func:`_no_body`), whatever
    the clause asks of them is information shared, no report (tests/labels/GUIDELINE.md)."""
    return [r for r in reports if not _no_body(r.to)]


# where the words of one action end and another's begin: "to continue to implement annually the programme ... and to
# report thereon" (A/RES/79/63 7: "annually" is the programme's), "...; to immediately pursue"
_NEXT_ACTION = re.compile(r";|,?\s+and\s+(?:also\s+|further\s+|,[^,;]{1,40},\s+)?to\s+[a-z]+\b")
# "and to" before any word, a name without "the" too ("..., and to Member States at its eightieth session"): where
# :func:`_named_later` looks for a body named later, the next action ending its search (``_NEXT_ACTION``'s shape)
_AND_TO = re.compile(r";|,?\s+and\s+(?:also\s+|further\s+|,[^,;]{1,40},\s+)?to\s+(?P<word>[A-Za-z][\w-]*)")


def _owed(action: str, m: Shape) -> bool:
    """Does a treaty's article require the report ``m`` asks (``owed`` of grammar/reports.lark: "their initial reports,
    as well as their annual reports for the preceding calendar year, as required under article 13 of the Treaty",
    A/RES/78/48 6), written in the report's own action, from the request to the next action coordinated with it?"""
    nxt = next((b for b in _NEXT_ACTION.finditer(action, m.end) if "report" not in b.group(0)), None)
    return _first(action, _owed_scan(), m.start, nxt.start() if nxt else len(action)) is not None


# "and" right before a request that opens with its verb: the verb of a new action, coordinated without "to"
_AND_BEFORE = re.compile(r"\band\s+$")
_NOT_A_VERB = re.compile(r"(?:with)?in\b|to\b|and\b|as\b", re.IGNORECASE)
# the words an action's verbs joined by a bare "and" share: up to its first verb ("to continue to regularly monitor")
_SHARED = re.compile(r"(?:to\s+)?(?:(?:continue|further)\s+to\s+)*(?:[a-z]+ly\s+)*[\w-]+", re.IGNORECASE)


def _joined(action: str, m: Shape) -> int | None:
    """Where the words the request ``m`` shares with the action before it end, when ``m`` opens with its verb joined
    to that action by a bare "and" (as "and to <verb>" joins one, ``_NEXT_ACTION``): the words up to the action's first
    verb ("to continue to regularly monitor and report on the work", A/RES/79/226 117: "regularly" is the report's
    too); what is written after that verb is its own ("to hold, within existing resources, during the eightieth
    session, a high-level panel on the theme ... and prepare a summary of the discussion for transmission to all
    Member States", A/RES/79/177 13: the panel's time). None when ``m`` is not so joined (it opens with "in", "to":
    "and to report" is ``_NEXT_ACTION``'s, or "as")."""
    if not _AND_BEFORE.search(action, max(0, m.start - 8), m.start) or _NOT_A_VERB.match(m.words):
        return None
    head = _SHARED.match(action)
    return head.end() if head and head.end() < m.start else None


def _not_another_actions(action: str, start: int, deadlines_: list[Deadline],
                         joined: int | None = None) -> list[Deadline]:
    """The deadlines that may time a report asked at ``start`` of ``action`` when none is written after the request:
    all of ``deadlines_`` but those written only in an earlier action coordinated with the report's (before the last
    "and to <verb>" or ";" ahead of ``start``, ``_NEXT_ACTION``; or between ``joined``, the end of the words shared
    with the action a bare "and" joins the request to, and ``start``, :func:`_joined`): "to hold, within existing
    resources and during the eighty-first session, a high-level debate ... and to prepare a summary of the discussion
    for transmission to the Commission on Crime Prevention and Criminal Justice" (A/RES/80/229 23: the debate's time,
    not the summary's; tests/labels/mandates_fresh7 unit 71: no time), "... during the eightieth session, a high-level
    panel ... and prepare a summary of the discussion for transmission to all Member States" (A/RES/79/177 13), as
    :func:`_recurrence` leaves another action's recurrence. A time written before the action ("the Secretary-General,
    beginning from 2026, to submit") is every one's."""
    cut = max((b.start() for b in _NEXT_ACTION.finditer(action) if b.start() < start and "report" not in b.group(0)),
              default=0)
    if joined is not None:
        return [d for d in deadlines_ if not (d.text in action[joined:start] and d.text not in action[:joined]
                                              and d.text not in action[start:])]
    return [d for d in deadlines_ if not (d.text in action[:cut] and d.text not in action[cut:])]


def _recurrence(action: str, start: int, end: int, joined: int | None = None) -> Shape | None:
    """How often the report asked by ``action[start:end]`` recurs: a recurrence in its own action's words, from the
    report's request to the next action coordinated with it, else before the request back to the action before
    ("to submit, on a biennial basis, a report" is matched from "submit"; "to continue, on an annual basis, to report"
    holds it before). A recurrence of another action is not the report's ("to continue to implement annually the
    programme ... and to report thereon to the General Assembly at its eighty-first session", A/RES/79/63 7); before a
    request a bare "and" joins to the action before it, only a recurrence in the words they share, up to ``joined``
    (:func:`_joined`)."""
    nxt = next((b for b in _NEXT_ACTION.finditer(action, end) if not re.search(r"report", b.group(0))), None)
    rec = _first(action, _recurrence_scan(), start, nxt.start() if nxt else len(action))
    if rec and rec.part("SERIES_NEXT"):  # "in his next annual report and every two years thereafter": the one written
        rec = _first(action, _recurrence_scan(), rec.end, nxt.start() if nxt else len(action)) or rec
    if rec:
        return rec
    bounds = [b.start() for b in _NEXT_ACTION.finditer(action) if b.start() < start]  # "... and to report": its own
    if joined is not None:  # "to hold annually a panel and prepare a summary": the panel's; "to regularly monitor and
        # report": the report's too
        return _first(action, _recurrence_scan(), 0, joined)
    return _first(action, _recurrence_scan(), bounds[-1] if bounds else 0, start)


def _assembly_sessions(action: str, deadlines_: list[Deadline]) -> frozenset[str]:
    """The times of ``deadlines_`` that ``action`` writes as sessions of the General Assembly, named right before them
    ("for consideration by the General Assembly at its eighty-first session", A/RES/79/204 13; ``assembly_before`` of
    grammar/attachment.lark, as ``deadlines._another_body`` reads it) and dated as its sessions: the Assembly's
    session whoever the report goes to."""
    out = set()
    for d in deadlines_:
        if d.body is None and d.start and "session" in d.text and "Assembly" in action:
            at = action.find(d.text)
            while at >= 0 and not rule("assembly_before").search(action[max(0, at - 80) : at]):
                at = action.find(d.text, at + 1)
            if at >= 0:
                out.add(d.text)
    return frozenset(out)


def _reading(to: str, via: str | None, after: list[Deadline], rec: Shape | None, deadlines_: list[Deadline],
             adopted: str | None, event: bool = False, begins: Deadline | None = None, defaulted: bool = False,
             nth: int = 0, assembly_times: frozenset[str] = frozenset()) -> Report:
    """One report to ``to``: its time the first of ``after`` (the deadlines named after it, "until" left out when it
    recurs), ``rec`` the recurrence; the session it is first due at (of ``due``; with a recurrence and no date, for
    the Assembly, ``every`` sessions after the one of ``adopted``, ISO: the next for an annual report, the fifth
    after for one "every five years"; none for a report at an ``event``) and every how many years. ``begins``: the
    start of the series written before the request, where its time is an undated occasion: "beginning in 2025, ...
    at its operational activities for development segment" (A/RES/79/226 95) is due from 2025 (``due``), its time
    both as written, "beginning in 2025, at its operational activities for development segment". ``defaulted``: no
    receiver named, ``to`` the default (``Report.to_source`` "default"). ``nth``: the place of ``to`` among the bodies
    the report goes to (0 the first), its session in a list of sessions written "respectively"
    (``deadlines.respective_session``). ``assembly_times``: the times the action writes as the Assembly's sessions
    (:func:`_assembly_sessions`), the Assembly's whoever receives the report."""
    if rec:  # "annually until 2030": the end of the recurrence, not when the first report is due
        after = [d for d in after if not d.text.startswith("until")]
    when = after[0] if after else None
    if when is not None and "respectively" in when.text:
        # "to the General Assembly and the Human Rights Council at their eightieth and sixty-first sessions,
        # respectively" (A/RES/78/217 32): the Council's report at its own sixty-first session, dated by its calendar
        when = respective_session(when, nth, to) or when
    if when is not None and when.body and when.start is None:
        # "to report thereon to the General Assembly through the Commission at its thirty-third session" (A/RES/78/223
        # 23): "the Commission" is the channel named in full, its session dated by the channel's calendar
        when = next(filter(None, (short_named_session(when, b) for b in (via, to))), when)
    if when is not None and not defaulted:
        # "its" session undated and of no body (the Assembly's numbering would put it in the past), the receiver's own
        # where its calendar dates it, as the actor's is (``deadlines.actors_own_sessions``): "to provide ... to the
        # Commission on Crime Prevention and Criminal Justice, through its secretariat, for consideration during its
        # thirty-third session, views ..." (A/RES/78/225 15: May 2024)
        when = actors_own_sessions([when], to)[0]
    if begins is not None and when is not None and when.date is None:
        when = replace(begins, text=f"{begins.text}, {when.text}")
    elif (when is not None and when.date is None and when.type == "at" and re.search(r"\bsessions\b", when.text)
          and (start := next((d for d in after[after.index(when) + 1 :] if d.type == "from" and d.date and d.body == when.body), None))):
        # sessions named with no ordinal and the start of the series written after them, the same body's: one time,
        # dated by the start: "to have these reports presented to the Human Rights Council at its relevant sessions,
        # starting from its sixty-fourth session" (A/RES/80/199 32: from the Council's sixty-fourth session, February
        # 2027, data/body_sessions.txt), as a start written before an occasion is (``begins``); the two stay two
        # deadlines, as the labels write them (tests/labels/GUIDELINE.md, the thirty-first session, branch mfix12)
        when = replace(start, text=f"{when.text}, {start.text}")
    # another body's session read as the Assembly's ("at their eightieth and sixty-first sessions, respectively",
    # A/RES/78/217 32: the Council's is not dated); an event's session ("at" a time, none of the Assembly's): no due
    # date; an event's year is its due date ("at the inaugural Global Dialogue ..., in 2026", A/RES/80/173 adopted 86:
    # due in 2026, no Assembly session); "at its 2026 session" is dated for any body (its year, not an Assembly
    # session's span)
    # a group named in lower case ("relevant committees") holds no session of its own: a session deadlines.find dated
    # as the Assembly's, no other body named, is the Assembly's ("to submit proposals for consideration by the relevant
    # committees at its seventy-ninth session", A/RES/78/73 17: the Assembly's Main Committees)
    # a session the text names as the Assembly's is the Assembly's whoever receives the report: "to submit to the
    # Secretary-General a report ..., for consideration by the General Assembly at its eighty-first session" (A/RES/79/204
    # 13: the report to the Secretary-General, due at the Assembly's eighty-first session); not a meeting named in lower
    # case, which meets at its own time ("to the high-level political forum at its meeting in 2024", A/RES/78/225 15:
    # due in 2024, at no Assembly session)
    assembly = meets_in_assembly_sessions(to) or (to[:1].islower() and when is not None and when.body is None
                                                  and _lower_body(to) == to and not _no_body(to)
                                                  and not _meeting(to)) or (
        when is not None and when.body is None and when.text in assembly_times)
    due = when if when and not (event and when.type == "at") and (assembly or when.type != "at" or when.date and (
        when.start, when.end) != session_dates(session_of(when.start) or 0)) else None
    # "his next annual report" (A/RES/79/126 17): one report of the series, as a dated one (grammar/reports.lark
    # SERIES_NEXT): the series' recurrence ("annual", the words after "next"), no years between the reports asked
    one_of_series = bool(rec and rec.part("SERIES_NEXT"))
    if one_of_series:
        rec = replace(rec, words=rec.words.split(None, 1)[1])
    every = _every(rec.words) if rec and not one_of_series else None
    if every is None and rec and not one_of_series and when is not None and when.type == "at" and PERIODIC.search(rec.words):
        # a recurrence with no interval at an occasion the time calls annual: each one ("to continue to regularly monitor
        # and report on the work of multi-country offices at the annual operational activities for development segment"
        # to the Economic and Social Council, A/RES/79/226 117: every year); "at" an occasion, not "in the context of the
        # next annual progress report" (one report)
        every = _every(when.text)
    if every and due and due.date and due.type != "from" and rec.words.lower() in data.counted(
            "deadline_words.txt", "recurring adjectives"):
        # "at its seventy-ninth session, as part of his annual report": one report, in the series; not "an annual
        # report ..., starting at its eightieth session", nor one timed by no date ("to include in its annual report
        # information on progress ... ahead of the next review", A/RES/80/11 28: each annual report, from the session
        # after the adoption's)
        every = None
    # the Assembly's session: only for a report the Assembly receives (or a body that meets in its sessions,
    # data/assembly_sessions.txt); a report to the Human Rights Council "in 2027" is due in 2027, at none of them
    # (not a session of another body the report passes through: "to report thereon to the General Assembly through the
    # Commission on Crime Prevention and Criminal Justice at its thirty-fourth session", A/RES/79/186 26, due at the
    # Commission's session, May 2025, at no Assembly session its calendar names)
    session = session_of(due.date) if due and assembly and due.body is None else None
    if session is not None and due.type in ("by", "before") and due.date[5:7] == "09":
        session -= 1  # "by the end of the eightieth session" (2026-09), "before its eighty-second session" (2027-09)
    if session is None and every and to == "General Assembly" and adopted:
        # "to report annually": from the next session on; "to submit his report ... to the General Assembly every five
        # years", no start written (A/RES/80/243 I.3, adopted at the eightieth session, which took note of the last
        # one): a series counted from the adopting session, the first due that many sessions after it (the eighty-fifth)
        session = session_of(adopted[:7]) + every
    last = None
    # every occasion a list names, counted the same way for years and for sessions, the Assembly's and another body's
    # (:func:`occasions`): "at its eighty-first and eighty-second sessions" 81 to 82, every year; "at its eighty-fifth
    # and ninetieth sessions" every five years; "a report in 2025, 2026 and 2027" (A/RES/79/226 127, to the Economic
    # and Social Council) every year; the Commission on the Status of Women's "at its sixty-ninth and seventieth
    # sessions" (A/RES/79/152 17) every year; a list with unequal steps, no ``every`` (its dates in ``occasions``);
    # the last an Assembly session only where the Assembly's sessions count it
    dates = occasions(due) if due and due.type in ("at", "in") else []
    if len(dates) > 1 and not every:
        steps = {int(b[:4]) - int(a[:4]) for a, b in zip(dates, dates[1:])}
        if len(steps) == 1 and steps != {0}:
            every = steps.pop()
            last = session_of(dates[-1]) if session is not None else None
    until = next((d for d in deadlines_ if d.text.startswith("until") and d.end), None) if every else None
    if until:  # "on an annual basis until 2030"
        last = session_of(until.end)
    if last is not None and session is not None and last <= session:
        last = None
    # "at its eighty-second session and subsequently on a biennial basis" (A/RES/80/43 16): the first report's time,
    # and the recurrence as written after it (deadlines.first_time)
    written, after_first = first_time(when) if when else (None, None)
    recurrence = after_first if after_first and (rec is None or rec.words in after_first) else rec.words if rec else None
    every = every or _every(after_first)
    # a series to a body whose occasions no Assembly session counts, its first time not written: counted from the
    # adoption, as the Assembly's are from the adopting session (above): "to continue to present to the Economic and
    # Social Council at its operational activities for development segment a ... report on an annual basis" (A/RES/
    # 79/226 98, adopted 19 December 2024: 2025, 2026, ...; ``due_in_year``)
    counted_from = adopted if every and session is None and not (due and due.date) and not dates else None
    return Report(to, written, recurrence, due, via, every, session, last, "default" if defaulted else "text", dates,
                  counted_from)


def occasions(due: Deadline) -> list[str]:
    """The date (partial ISO) of each occasion the time ``due`` names, where it names two or more: the years of a list
    of years ("in 2025, 2026 and 2027" -> ["2025", "2026", "2027"], A/RES/79/226 127), the openings of the Assembly's
    sessions it lists ("at its eightieth and eighty-first sessions" -> ["2025-09", "2026-09"], ``date_points``), those
    of another body's sessions by its calendar (data/body_sessions.txt: the Commission on the Status of Women's "at its
    sixty-ninth and seventieth sessions" -> ["2025-03", "2026-03"], A/RES/79/152 17); [] for one occasion, a list
    "respectively" (each body its own session) or a session no calendar dates.

    >>> from resparse.mandates.deadlines import find
    >>> occasions(find("in 2025, 2026 and 2027")[0])
    ['2025', '2026', '2027']
    >>> occasions(find("at its eightieth and eighty-first sessions")[0])
    ['2025-09', '2026-09']"""
    if "respectively" in due.text or (due.start is None and due.end is None):
        return []
    if due.body is not None:
        spans = [body_session_dates(due.body, ordinal(w) or 0) for w in session_ordinals(due.text)]
        dates = [span[0] for span in spans] if spans and all(spans) else []
    else:
        points = [start for start, _ in date_points(due.text)]
        dates = [d for d in points if len(d) == 4] if due.type == "in" else [d for d in points if d[5:7] == "09"]
    return dates if len(dates) > 1 else []


# the numbers that change when a text is renewed: session ordinals ("seventy-ninth", "eightieth"), years, "80th"
# (the ordinals of ``ordinals.PATTERN``, "eightieth" and "ninetieth" with them: the deadlines' and references' table)
_RENEWAL_NUMBERS = re.compile(rf"\b(?:{ORDINAL_WORDS}|\d{{4}}|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def _renewal_key(text: str | None, years: bool = False) -> str:
    """``text`` in lower case, its session ordinals and (unless ``years``) its years written "#": the words two
    requests of one series share ("at its seventy-ninth session" and "at its eightieth session")."""
    numbers = _SESSION_NUMBERS if years else _RENEWAL_NUMBERS
    return re.sub(r"\s+", " ", numbers.sub("#", (text or "").lower())).strip()


# the same without the years: a title's year is its subject, not a session's count ("Unforeseen and extraordinary
# expenses for 2024" and "... for 2025", A/RES/78/255 and 79/260: the commitments of each year, two reports)
_SESSION_NUMBERS = re.compile(_RENEWAL_NUMBERS.pattern.replace(r"\d{4}|", ""), re.IGNORECASE)


def _session_of_symbol(symbol: str | None) -> int | None:
    """ "A/RES/79/147" -> 79."""
    m = re.match(r"A/RES/(\d+)/", symbol or "")
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _renewing_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The words around a citation of an earlier paragraph that make the citing paragraph ask again what that
    paragraph asked (:func:`renewed_citations`): before it, a renewed request that names where it was made
    ("Reiterates its request in paragraph 78 of its resolution 78/245 that ...", A/RES/79/248; "Reiterates its
    request, made in paragraph 40 of its resolution 68/268, that ...", "its request contained in") or "as requested
    in"; after it, the renewal that follows the paragraph recalled ("Recalls paragraph 17 of its resolution 78/257,
    reiterates its request that the Secretary-General report ...", A/RES/79/257 37; ", and reiterates its request",
    38); and those words anywhere (a text without them renews nothing). The renewals, adverbs and mandate nouns
    are ``operative_verbs.txt``'s ([renewals], [adverbs], [nouns]); "Recalls its request" alone renews nothing
    (tests/labels/GUIDELINE.md, the third sample)."""
    v = verbs()
    asks = [noun for noun, verb in v.nouns.items() if verb != "decides"]  # a decision renewed is the Assembly's own
    adverbs = rf"(?:(?:{v.pattern(v.adverbs)}),?\s+)*"
    request = rf"{adverbs}(?:{v.pattern(v.renewals)})\s+{adverbs}(?:its|their|the)\s+(?:[a-z]+\s+)??(?:{v.pattern(asks)})\b"
    before = re.compile(rf"\b(?:{request},?\s+(?:(?:made|contained|set\s+out|expressed)\s+)?in|as\s+(?:requested|called\s+for)"
                        r"\s+in)\s+$", re.IGNORECASE)
    after = re.compile(rf"^,?\s+(?:and\s+)?{request}", re.IGNORECASE)
    anywhere = re.compile(rf"\b(?:{request}|as\s+(?:requested|called\s+for)\s+in)", re.IGNORECASE)
    return before, after, anywhere


def renewed_citations(text: str, citations) -> list[tuple[str, str]]:
    """The earlier paragraphs a paragraph asks again, (document, label), of ``citations`` -- (start, end, document,
    label) of each citation of a paragraph of another document in ``text`` (offsets in ``text``, as
    ``references.resolve`` gives them, the label as the cited document has it) -- those set in the words of a
    renewal (:func:`_renewing_words`), in order."""
    before, after, _ = _renewing_words()
    return [(doc, label) for start, end, doc, label in citations
            if doc and label and (before.search(text[max(0, start - 160):start]) or after.match(text[end:end + 160]))]


def renewed_in(resolutions, items: list[Mandate]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Of resolutions read together (``resolutions``: :class:`resparse.model.Resolution`), each paragraph of a
    mandate of ``items`` that asks for a report and asks again what a paragraph of another of them asked, by
    (symbol, label) -> [(symbol, label) of the earlier one]: its citations as the references stage reads them
    (``references.find``), the document held (``references.stored_symbol``) and the paragraph meant there
    (``references.cited_label``), kept where set in the words of a renewal (:func:`renewed_citations`; a paragraph
    without them is not read). For ``renewals``' ``cited``."""
    from ..references import cited_label, find, stored_symbol

    held = {res.symbol: res for res in resolutions if res.symbol}
    asking = {(m.document, m.paragraph) for m in items if m.kind == "mandate" and m.reports}
    if len(held) < 2 or not asking:
        return {}
    renewing = _renewing_words()[2]
    labels: dict[str, list[str]] = {}
    annexes: dict[str, set[str]] = {}
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for symbol, label in sorted(asking, key=str):
        p = held[symbol].get(label) if symbol in held else None
        if p is None or not renewing.search(p.text):
            continue
        cits = []
        for cit in find(p.text):
            for target in cit.targets:
                doc = stored_symbol(target.document, held)
                if doc is None or doc == symbol:
                    continue
                if doc not in labels:
                    labels[doc] = [q.label for q in held[doc].walk()]
                    annexes[doc] = {q.annex for q in held[doc].walk() if q.annex}
                cited = cited_label(target.label, labels[doc], annexes[doc])
                if cited:
                    cits.append((cit.start, cit.end, doc, cited))
        found = renewed_citations(p.text, cits)
        if found:
            out[(symbol, label)] = found
    return out


def recalled_in(resolutions, items: list[Mandate]) -> dict[str, set[str]]:
    """Of resolutions read together (``resolutions``: :class:`resparse.model.Resolution`), the others each one cites
    (any paragraph: "Recalling its resolution 79/203 of 19 December 2024", A/RES/80/136), by symbol -> {symbols}, as
    ``references.find`` reads the citations and ``references.stored_symbol`` the document held; only the resolutions
    with a mandate of ``items`` that renews a request for a report (:func:`_renews`), the others renew none. For
    ``renewals``' ``recalled`` (``corpus.recalled_documents`` gives the same from a database)."""
    from ..references import find, stored_symbol

    held = {res.symbol: res for res in resolutions if res.symbol}
    renewing = {m.document for m in items if m.kind == "mandate" and m.reports and _renews(m)}
    out: dict[str, set[str]] = {}
    if len(held) < 2:
        return out
    for symbol, res in held.items():
        if symbol not in renewing:
            continue
        for p in res.walk():
            for cit in find(p.text):
                for doc in cit.documents:
                    target = stored_symbol(doc, held)
                    if target is not None and target != symbol:
                        out.setdefault(symbol, set()).add(target)
    return out


def _renews(m: Mandate) -> bool:
    """Is ``m``'s verb written as a renewal of a request ("Reiterates the request to", "Also reiterates its request
    to": ``Mandate.verb_as_written``, the renewals of operative_verbs.txt, :func:`_renewing_words`)."""
    return bool(m.verb_as_written and _renewing_words()[2].search(m.verb_as_written))


def same_report(earlier: Mandate, later: Mandate) -> bool:
    """Can ``later`` ask again for the report ``earlier`` asks for, by when they are due: not at an earlier Assembly
    session than ``earlier``'s first (a request renewed is due again then or later: "annual" from the 79th, A/RES/78/119
    14, and "annual" from the 80th, 79/140 14; "at its eightieth session, periodically" in both A/RES/78/46 23 and
    79/40 24); their reports dated by a session compared, another receiver's undated report beside them left aside,
    either not dated by a session at all not told apart ("in his next report")."""
    first = [r.session for r in earlier.reports if r.session is not None]
    second = [r.session for r in later.reports if r.session is not None]
    return not first or not second or max(second) >= min(first)


def renewals(items: list[Mandate], titles: dict[str, str | None], threshold: float = 90.0,
             cited: dict[tuple[str, str], list[tuple[str, str]]] | None = None,
             recalled: dict[str, set[str]] | None = None) -> dict[int, Mandate]:
    """The later mandate that asks for the same report again, by ``id`` of the earlier one. Explicit: a mandate of
    a paragraph that cites the earlier mandate's paragraph in the words of a renewal (``cited``: (document,
    paragraph) -> the (document, paragraph) it renews, :func:`renewed_citations`; "Recalls paragraph 17 of its
    resolution 78/257, reiterates its request that the Secretary-General report ...", A/RES/79/257 37), the same
    actor, whatever the titles (of several such mandates of the paragraph, the closest wording). Else implicit: a
    mandate of a resolution
    of a later session whose resolution has the same title, with its session numbers left out ("Report of the Special
    Committee on the Charter ..." of 78 and 79; a year is the title's subject: "Unforeseen and extraordinary expenses
    for 2024" and "... for 2025" ask for two reports), the same actor, the same receivers, a report due no earlier
    (:func:`same_report`), and an action whose
    words match (``rapidfuzz.fuzz.ratio`` of the two actions, numbers left out, at least ``threshold`` of 100);
    the nearest later session, then the closest wording. The title is needed: "to report to the General Assembly at
    its seventy-ninth session on the implementation of the present resolution" is written word for word in
    resolutions on other subjects (39 groups of the corpus's report mandates). ``titles``: symbol -> title.
    A series renamed keeps its requests: a later mandate whose verb renews a request ("Reiterates the request to the
    Secretary-General, beginning from 2026, to submit an annual report to the Economic and Social Council ...", A/RES/
    80/136 22, titled "... the Antigua and Barbuda Agenda for Small Island Developing States ...") in a resolution that
    cites the earlier one (``recalled``: symbol -> the symbols it cites, :func:`recalled_in`; 80/136 recalls 79/203,
    titled "... the SIDS Accelerated Modalities of Action (SAMOA) Pathway ...") asks again what the earlier's mandate
    of the same actor, receivers and words (``threshold``, as above) asked (79/203 18), whatever the titles."""
    from rapidfuzz import fuzz

    groups: dict[tuple, list[tuple[int, Mandate, str]]] = {}
    for m in items:
        session = _session_of_symbol(m.document)
        if m.kind != "mandate" or not m.reports or session is None or not titles.get(m.document):
            continue
        k = (_renewal_key(titles[m.document], years=True), m.actor_key, tuple(r.to for r in m.reports))
        groups.setdefault(k, []).append((session, m, _renewal_key(m.action)))
    out: dict[int, Mandate] = {}
    for rows in groups.values():
        for session, m, words in rows:
            later = [(s, -fuzz.ratio(words, w), n) for s, n, w in rows if s > session and same_report(m, n)]
            best = min(((s, score, i) for i, (s, score, _) in enumerate(later) if -score >= threshold), default=None)
            if best:
                out[id(m)] = later[best[2]][2]
    if recalled:
        by_document: dict[str, list[Mandate]] = {}
        for m in items:
            if m.kind == "mandate" and m.reports and m.document:
                by_document.setdefault(m.document, []).append(m)
        pairs: list[tuple[Mandate, Mandate]] = []  # (earlier, later) of the same actor, receivers and words
        for n in (m for ms in by_document.values() for m in ms if _renews(m)):
            session, words = _session_of_symbol(n.document), _renewal_key(n.action)
            for doc in sorted(recalled.get(n.document, ())):
                if session is None or (_session_of_symbol(doc) or session) >= session:
                    continue  # only an earlier session's request is renewed
                pairs += [(m, n) for m in by_document.get(doc, ())
                          if id(m) not in out and m.actor_key == n.actor_key and [r.to for r in m.reports] == [r.to for r in n.reports]
                          and same_report(m, n) and fuzz.ratio(words, _renewal_key(m.action)) >= threshold]
        # one to one only: words written alike in several sections of one text ("to remain proactive in seeking both
        # voluntary and in-kind contributions ... in the context of his next progress report", each construction
        # project's section of A/RES/78/253 and 79/258) are as many requests, which no title or citation tells apart
        earlier_n = Counter((id(m), n.document) for m, n in pairs)
        later_n = Counter((id(n), m.document) for m, n in pairs)
        for m, n in sorted(pairs, key=lambda p: -(_session_of_symbol(p[1].document) or 0)):  # the nearest later last
            if earlier_n[(id(m), n.document)] == 1 and later_n[(id(n), m.document)] == 1:
                out[id(m)] = n
    if cited:
        by_place: dict[tuple[str | None, str], list[Mandate]] = {}
        for m in items:
            if m.kind == "mandate" and m.reports:
                by_place.setdefault((m.document, m.paragraph), []).append(m)
        for place, earlier_places in cited.items():
            for earlier in (m for p in earlier_places for m in by_place.get(p, ())):
                same = [m for m in by_place.get(place, ()) if m.actor_key == earlier.actor_key]
                if same:
                    words = _renewal_key(earlier.action)
                    out[id(earlier)] = max(same, key=lambda m: fuzz.ratio(words, _renewal_key(m.action)))
    return out
