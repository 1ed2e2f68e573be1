"""Deadlines and periods in a clause: as written, and as partial ISO dates where they have one.

    >>> d = find("to submit the list no later than April 2017;")[0]
    >>> (d.text, d.type, d.end)
    ('no later than April 2017', 'by', '2017-04')
    >>> d = find("between April and November 2017, as follows:")[0]
    >>> (d.type, d.start, d.end)
    ('between', '2017-04', '2017-11')
    >>> find("to report to it at its eighty-first session")[0].start     # the 81st session opens in September 2026
    '2026-09'

A named period the resolution defines ("Phase III (intergovernmental negotiations): February to July 2018") dates
the deadlines that refer to it ("before the beginning of phase III" -> before 2018-02): see ``named_periods``; so does an
event it says is held ("the third United Nations Conference ... would be held ... from 18 to 21 June 2024" dates
"during the Conference"): see ``named_events``.

The structure of a time expression is ``grammar/deadlines.lark``: one start symbol per kind, whose preposition makes
the type, over dates, sessions, edges, phases, counts and units. A cheap scan (``_KINDS``: the words a kind needs,
where it may start) finds the places to try; the LALR parser keeps the longest prefix that is a whole expression
(:func:`_longest`), the kinds tried in order, an earlier kind winning an overlap. Python does the date math over the
tree's tokens (:func:`ordinal`, :func:`session_dates`, months from the adoption). What stays as passes over the
expressions found is meaning, not structure, each read off the words around the expression; the shapes of those words
are the rules of ``grammar/attachment.lark`` (:mod:`resparse.mandates.attachment`, named here as ``rule``): an act of
the Assembly before "at its session" or a date (:func:`_an_act_before`, ``act_of_assembly``: "held on 15 June 2023"),
a report cited as a source (``cited_report``), a goal's year (``goal_before``), the year of a commemorated thing ("the
thirtieth anniversary of the International Year of the Family in 2024": :func:`_commemorated_year`,
``commemoration``, data/deadline_words.txt), a year, a span from now or an urgency inside a purpose or a goal's
infinitive ("in order to enable those meetings to be held as early as possible in 2025"; "measures to achieve the total
elimination ... at the earliest possible time": :func:`_purposes`, ``purpose``, ``goal``, data/deadline_words.txt
[goal verbs]), a time inside quotation marks (``_QUOTED``), "before" something that is no definite event
(:func:`_an_event`; "after" likewise: "immediately after birth" is none), the date of an event named in the object
("preparations for the high-level event, to be held in 2026": ``of_an_event``, :func:`_at_the_event`; it dates a time
of the action that names the event as its bound, "before the next session of the Committee, to be held in 2026":
:func:`_dated_by_the_event`), the rest of a
programme's span after the noun of its implementation ("the implementation of the Programme during the remainder of
the decade": ``of_an_implementation``), another body's session (:func:`_another_body`; a body named with the session,
or sessions listed "respectively" for bodies named before: :func:`_own_calendar`, ``session_of``, ``named_before``,
data/assembly_sessions.txt).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Iterator

from lark import Lark, Token, Tree

from .. import data
from ..grammars import Prefixes, first_sequences, load, terminal_regex
from .attachment import rule as _rule
from ..model import Deadline
from ..months import MONTH_NAMES, MONTH_TERMINALS, MONTHS, WEEKDAY_NAMES, WEEKDAY_TERMINALS, month_number
from .actors import key, table
from .words import Strings
from ..ordinals import ORDINAL_TERMINALS, UNITS as _UNITS, ordinal  # noqa: F401  (ordinal: read here as deadlines.ordinal)

_MONTH = f"(?:{MONTH_NAMES})"
_YEAR = r"(?:19|20)\d\d"
# the numbers in words, data/deadline_words.txt [number words] ("six" -> 6): grammar/deadlines.lark's COUNT_WORD, the
# scans' ``_COUNT`` (the first words of a count), ``count``, ``_every_n_years``
_COUNTS = data.counted("deadline_words.txt", "number words")
_COUNT = rf"(?:\d|{data.alternation(_COUNTS)})"
# the edges of a period and the side of it each names ("beginning": "opening", "end": "closing", "middle": ""), as
# data/deadline_words.txt [period edges] lists them: grammar/deadlines.lark's EDGE (EDGE_NAME), ``_OPENING``, ``_CLOSING``
_EDGES = {edge.strip(): side.strip() for edge, _, side in
          (line.partition(":") for line in data.sections("deadline_words.txt")["period edges"])}
_NUMBER_WORDS = {n: word for word, n in _COUNTS.items()}  # 5 -> "five"

# ---------------------------------------------------------------- the grammar and the scan

_WINDOW = 300  # characters after a possible start that an expression may span (the longest: "within" + NP, ~200)


class _Opening:
    """Where an expression of the start symbols ``starts`` of grammar/deadlines.lark may start, read from the grammar:
    the first ``depth`` terminals of the rules as the grammar defines them (``grammars.first_sequences``, FIRST_k),
    after a word boundary: the first (the preposition) matched, the ones after it looked ahead to (where its date,
    session or phase may start: "by" before "the" before an edge, an ordinal, ..., "2030"); no hand look-ahead of what
    the grammar decides after them. ``depth=1``: the first terminals alone (what follows "before" may be any noun
    phrase, NP: no look-ahead tells it). ``left``: {first terminal: the left context the grammar cannot see (a
    lookbehind), parsing from the place on} ("of" a session only after "the provisional agenda", a count of days,
    weeks or meetings), tested where that terminal matches. Three terminals, not two: where the second is "the" (THE,
    any "the"), the third says whether an edge, a session or a year follows (over the corpus, 60 % fewer places tried
    than with two, the same expressions). Compiled at the first use (the grammar is loaded then); used as a compiled
    pattern (``finditer``, ``match``)."""

    def __init__(self, *starts: str, left: dict[str, str] | None = None, depth: int = 3):
        self.starts, self.left, self.depth = starts, left or {}, depth
        self._pattern: re.Pattern | None = None

    @property
    def pattern(self) -> re.Pattern:
        if self._pattern is None:
            parser, tree = _parser(), {}
            for start in self.starts:
                for seq in first_sequences(parser, start, self.depth):
                    node = tree
                    for name in seq:
                        node = node.setdefault(name, {})
                    node[""] = {}  # a text may end there, or the sequence is cut at ``depth``
            self._pattern = re.compile(self._alternatives(parser, tree, top=True))
        return self._pattern

    def _alternatives(self, parser: Lark, node: dict, top: bool = False) -> str:
        """The regex of the terminal sequences of ``node`` (a tree of terminal names): the first of each, the rest a
        look-ahead, none where a sequence ends with it."""
        out = []
        for name, after in sorted(node.items()):
            if not name:
                continue
            terminal = f"(?:{terminal_regex(parser, name)})"
            ahead = "" if "" in after else rf"\s*(?=(?:{self._alternatives(parser, after)}))"
            left = f"(?={terminal}){self.left[name]}" if top and name in self.left else ""
            out.append((rf"\b{left}" if top else "") + terminal + ahead)
        return "|".join(out)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match]:
        return self.pattern.finditer(text, *span)

    def match(self, text: str, *span: int) -> re.Match | None:
        return self.pattern.match(text, *span)


# a text without one of these holds no ``when`` (a month, a year 19xx/20xx, a session, a phase or stage)
_WHEN_WORDS = (*MONTHS, "19", "20", "session", "phase", "stage")

# the head nouns of a named event, capitalized ("the Conference": ``named_events``, ``_event_key``), and of any event
# (data/deadline_words.txt [event names], [event heads]; grammar/deadlines.lark's EVENT_NAME and EVENT_HEAD, defined
# from them at load time; here a scan only)
_EVENT_NAMES = tuple(data.sections("deadline_words.txt")["event names"])
# (a segment of a session too, the time a report is given at: "to continue to regularly monitor and report on the work
# of multi-country offices at the annual operational activities for development segment", A/RES/79/226 117, the
# Economic and Social Council's, data/reports_elsewhere.txt [segments]; "of" a session after it is that session's)
_EVENT_HEADS = (*_EVENT_NAMES, *data.sections("deadline_words.txt")["event heads"])
# the rules of an event named by its noun, during it or at it (grammar/deadlines.lark): dated by a time written right
# after the noun, none after a participle that makes it another act's time
_EVENTS = frozenset({"during_event", "at_event"})
# the actor's own document the action is done in ("in his next report", "in his report on the implementation of the
# present resolution"): its time when no time of the document is written right after it (:func:`find`)
_OWN_DOCUMENTS = frozenset({"next_doc", "own_report", "budget_doc"})

# The kinds of expression, in the order they are looked for (an earlier kind wins an overlap): (type, the start
# symbols of grammar/deadlines.lark tried in turn at a place, where one may start, the words a text must hold, one
# of each group, for one to be there: a text without them is not scanned). Only a scan: the grammar decides.
_KINDS: list[tuple[str, tuple[str, ...], re.Pattern | _Opening, tuple[tuple[str, ...], ...]]] = [
    # a day that recurs each year: "every year on 9 August", "each 14 December thereafter" (before "in": "on 9 August")
    ("in", ("recurring",), re.compile(r"\b(?:annually|every\s+year|each\s+year)(?=,?\s+on\s)|\b(?:each|every)\s+(?=\d)|\bon\s+(?=\d|the\s)"),
     (("annually", "each", "every"),)),
    # a day with no year: each year's ("to commemorate, on 26 June, the ... International Day", "by 30 April annually")
    ("in", ("recurring_day",), re.compile(rf"\bon\s+(?=\d{{1,2}}\s+{_MONTH})"), (MONTHS,)),
    ("by", ("recurring_by",), re.compile(rf"\bby\s+(?=\d{{1,2}}\s+{_MONTH})"), (MONTHS,)),
    # a month that recurs each year: "during September of each year", "every January", "annually in September"
    ("in", ("recurring_month",), re.compile(rf"\b(?:in|during)\s+(?={_MONTH}(?:\s+of)?\s+(?:each|every)\s+year)|\b(?:each|every)\s+(?={_MONTH}\b)"
                                          rf"|\b(?:annually|every\s+year|each\s+year)(?=,?\s+(?:in|during)\s+{_MONTH}\b)"),
     (("annually", "each", "every"), MONTHS)),
    # the edge of each of a run of periods: "at the beginning of each quinquennium" (a recurrence, undated)
    ("at", ("each_period",), re.compile(r"\b(?:at|during)\s+(?=the\s+[a-z]+\s+of\s+(?:each|every)\s)"), (("each", "every"),)),
    ("within", ("within",), re.compile(rf"\bwithin\s+(?=a\s+(?:maximum\s+)?period\s|(?:no|not)\s+more\s|up\s+to\s|the\s+next\s|{_COUNT}"
                                      r"|a\s+(?:decade|year|month|week|day)\b)"
                                      rf"|\bat\s+the\s+latest\s+(?={_COUNT})"),  # "at the latest one year after ..."
     (("within", "at the latest"),)),
    # a span after the adoption of the present resolution or of a text it adopts: "one year after the adoption of the
    # Convention" (A/RES/79/243 6), dated in ``find`` (after "within", whose span after an adoption is its own)
    ("in", ("after_adopting",), re.compile(rf"\b(?={_COUNT}\s+(?:\(\d+\)\s+)?(?:weeks?|days?|months?|years?)\s+(?:after|following)\s+the\s+adoption\s+of\s)"),
     (("adoption",),)),
    ("in", ("quarter",), re.compile(r"\b(?:in|during)\s+the\s+(?:first|second|third|fourth|last)\s+quarter\s"),
     (("quarter",),)),
    ("relative", ("next_doc",), re.compile(r"\bin\s+(?=(?:[\w-]+\s+){0,4}?(?:next|forthcoming|upcoming|future|subsequent)\s)"), (("next", "forthcoming", "upcoming", "future", "subsequent"),)),
    ("relative", ("own_report",), re.compile(r"\bin\s+(?=(?:the\s+context\s+of\s+)?(?:his|her|its|their|the\s+(?:annual|regular))\s|the\s+context\s+of\s+the\s)"),
     (("his report", "her report", "its report", "their report", "annual report", "regular report", " reports"),)),
    # the actor's budget document, no "next": "in the proposed programme budgets", "within the programme budget report"
    ("relative", ("budget_doc",), _Opening("budget_doc"),
     (("budget",),)),
    # tests/labels/GUIDELINE.md: "without delay", "as early as possible", "at an early date" and "in the short term"
    # are deadlines
    ("immediately", ("immediately",), _Opening("immediately"),
     (("immediately", "Immediately", "delay", "forthwith", "possible", "practicable", "feasible", "earliest", "early date", "shortly", "soon",
       "short term"),)),
    ("from", ("beginning",), re.compile(r"\b(?:[Bb]eginning|[Ss]tarting|[Cc]ommencing|[Aa]s\s+from|[Ww]ith\s+effect\s+from)\s"),
     (("beginning", "Beginning", "starting", "Starting", "commencing", "Commencing", "from"), _WHEN_WORDS)),
    ("relative", ("at_least",), re.compile(r"\bat\s+least\s"), (("least",), ("week", "day", "month", "year"))),
    ("by", ("no_later", "no_later_np"), re.compile(r"\b(?:no|not)\s+later\s+than\s"), (("later",),)),
    # a time and its apposition, before "from ... to" takes the apposition alone: "during 2024, namely from 1 to 19 April"
    ("in", ("in_namely",), _Opening("in_namely"), (("namely",), _WHEN_WORDS)),
    ("between", ("between",), _Opening("between"), (("between",), _WHEN_WORDS)),
    ("between", ("from_to",), _Opening("from_to"), (("from",), _WHEN_WORDS)),
    ("from", ("from_date",), _Opening("from_date"), (("from",), _WHEN_WORDS)),
    # a period bounded by two events: "throughout the period from the seventh day before the start of the Games ...
    # until the seventh day following the end of the ... Paralympic Games" (grammar rule ``event_period``, undated)
    ("between", ("event_period",), re.compile(r"\b(?:in|during|for|throughout|over)\s+(?=the\s+period\s+from\s+the\s)"),
     (("period from",), ("until",))),
    ("by", ("by",), _Opening("by"), (("by", "until"), _WHEN_WORDS)),
    # "by the Fourteenth Ministerial Conference of the World Trade Organization": by a named event of a series (grammar
    # rule ``by_event``, undated)
    ("by", ("by_event",), re.compile(r"\b(?:by|until)\s+(?=the\s+[\w-]+\s)"), (("by", "until"), _EVENT_NAMES)),
    # "pending the establishment of a nuclear-weapon-free zone ...": until that event (grammar rule ``pending``)
    ("by", ("pending",), re.compile(r"\bpending\s+(?=(?:and\s+during\s+)?(?:the|a|an|its|their|complete|full|final)\s)"),
     (("pending",),)),
    # "until it considers the final performance report of the Mission": the Assembly's next consideration, no date
    ("relative", ("until_act",), re.compile(r"\buntil\s+(?=it\s|the\s+(?:General\s+)?Assembly\s)"), (("until",),)),
    # "until such conservation and management measures are adopted": until that event, as "pending" (grammar rule
    # ``until_event``); "unless and until" is a condition, no time
    ("by", ("until_event",), re.compile(r"(?<!\bunless\sand\s)\buntil\s"), (("until",), (" is ", " are ", " been "))),
    # "before", "prior to", "on the eve of" and the adverbs of nearness they may take ("immediately prior to"): the
    # grammar's terminal BEFORE, what follows it any noun phrase (no look-ahead)
    ("before", ("before", "before_act", "before_np"), _Opening("before", "before_act", "before_np", depth=1),
     (("before", "prior", "ahead", "advance", "eve", "run-up", "lead-up"),)),
    # "of" a session only after "the provisional agenda" (the session of an agenda) or a count of days, weeks or
    # meetings of it (grammar terminal OF_SESSION): a left context the grammar, parsing from "of" on, cannot see
    ("at", ("at_session",), _Opening("at_session", left={"OF_SESSION": r"(?:(?<=\bprovisional\sagenda\s)|(?<=\bdays\s)|(?<=\bweeks\s)|(?<=\bmeetings\s))"}),
     (("session", "meeting", "Meeting"),)),
    ("in", ("in_time",), _Opening("in_time"),
     (_WHEN_WORDS,)),
    # the year an amount of a budget act is given for: "... 56,127,700 dollars net) for the Mechanism for 2025" (only
    # right after the amount: grammar/attachment.lark ``budget_amount``)
    ("in", ("amount_period",), re.compile(r"\bfor\s+(?=(?:the\s+year\s+)?(?:19|20)\d\d\b)"), (("dollars", "francs", "euros"),)),
    # an event named by its noun: "during the Conference" (after a session: "during the general debate of its
    # eightieth session" is ``at_session``'s)
    ("at", ("during_event",), re.compile(r"\b(?:during|throughout)\s+(?=the\s)"),
     (("during", "throughout"), _EVENT_HEADS)),
    # a period by its noun: "during the defect liability period", "during the intersessional period"
    ("at", ("during_period",), re.compile(r"\b(?:during|throughout)\s+(?=the\s)"), (("during", "throughout"), ("period",))),
    # "at" an event: "at its annual forum on financing for development follow-up", "for presentation at the fourth
    # Review Conference" (after a session and an ordinal meeting: "at its first meeting" is ``at_session``'s); "on the
    # occasion of" an event likewise ("on the occasion of the Tenth United Nations Conference to Review ...")
    ("at", ("at_event",), re.compile(r"\b(?:at|on\s+the\s+occasion\s+of)\s+(?=(?:the|its|their)\s)"), (("at", "occasion"), _EVENT_HEADS)),
    # the rest of a programme's or a body's span: "in the remaining period", "for the remainder of the Decade"
    ("in", ("remaining",), re.compile(r"\b(?:in|during|for|throughout|over)\s+the\s+(?:remaining|remainder|rest)\s"),
     (("remaining", "remainder", "rest"),)),
    # a stage of the process ("at the planning stage"), a time before an unnamed event ("well in advance"): undated
    ("at", ("at_stage",), re.compile(r"\b(?:at|during)\s+(?=(?:the|an|a)\s+[a-z]+\s+stage\b)"), (("stage",),)),
    # an early part of a process: "early in the national review process", "at the beginning of the annual planning
    # period" (grammar rule ``process_stage``, undated as a stage)
    ("at", ("process_stage",), re.compile(r"\bearly\s+in\s+(?=(?:the|its|their)\s)"
                                         r"|\bat\s+the\s+(?:start|beginning|outset|early\s+stages?)\s+of\s+(?=(?:the|its|their)\s)"),
     (("process", "cycle", "period"), ("early in", "start of", "beginning of", "outset of", "early stage"))),
    ("before", ("in_advance",), re.compile(r"\b(?:well|sufficiently|far|duly)\s+(?=in\s+advance\b)"), (("advance",),)),
]
# the groups of words the kinds need, each group once (several kinds need the same one: the months, years and
# "session" of ``_WHEN_WORDS``), and each kind's groups by their index: ``_candidates`` reads which of all the groups'
# words a text holds at once (``words.Strings``: the text's words read once, not the text once per word)
_NEEDED_GROUPS: tuple[tuple[str, ...], ...] = tuple(dict.fromkeys(tuple(g) for *_, needs in _KINDS for g in needs))
_KIND_GROUPS: tuple[tuple[int, ...], ...] = tuple(tuple(_NEEDED_GROUPS.index(tuple(g)) for g in needs)
                                                  for *_, needs in _KINDS)
_NEEDED_SETS = tuple(map(frozenset, _NEEDED_GROUPS))
_NEEDED = Strings(w for g in _NEEDED_GROUPS for w in g)  # every group's words, sought in a text at once
# the free-text scans of the dated parts of an expression (start symbol, where one may start)
_DATE_AT = re.compile(rf"\d{{1,2}}\s+(?={_MONTH})|(?={_MONTH})|\b(?={_YEAR}\b)")
_SESSION_AT = re.compile(r"(?:its|the|their)\s")
_WHEN_AT = re.compile(rf"(?:its|the)\s|(?={_MONTH}|{_YEAR}|phase|stage)")
_HALF_AT = re.compile(r"\b(?:first|second)\s+half\s+of\s")
_QUARTER_AT = re.compile(r"(?:first|second|third|fourth|last)\s+quarter")
_COUNT_AT = re.compile(rf"(?={_COUNT})")
_PERIOD_AT = re.compile(r"(?i:phase|stage)\s")
_WITH_NP = frozenset({"within", "own_report", "at_least", "no_later_np", "before_np", "before_act", "until_act", "pending", "remaining",
                      "until_event", "at_event", "event_period"})  # the kinds that hold an NP
_STARTS = ("recurring", "recurring_day", "recurring_by", "recurring_month", "each_period", "within", "after_adopting", "quarter", "next_doc", "own_report", "budget_doc", "immediately", "beginning", "at_least", "no_later",
           "no_later_np", "between", "from_to", "from_date", "event_period", "by", "by_event", "pending", "until_act", "until_event", "before", "before_act", "before_np", "at_session", "in_time",
           "in_namely", "during_event", "during_period", "at_event", "remaining", "at_stage", "process_stage", "in_advance", "amount_period", "when",
           "date_point", "session_point", "half", "quarter_point", "after_adoption", "period_definition", "period_name",
           "edge_word")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return load("deadlines.lark", parser="lalr", lexer="contextual", start=_STARTS, maybe_placeholders=False,
                terminals=_terminals())


def _terminals() -> tuple[tuple[str, str], ...]:
    """The terminals grammar/deadlines.lark declares, defined at load time (``grammars.with_terminals``): the month,
    weekday and ordinal names (resparse/months.py, resparse/ordinals.py) and EDGE_NAME, the edges of a period
    (data/deadline_words.txt [period edges]), RECURRING_YEARS and RECURRING_YEARS_ADVERB (:func:`recurring_years`),
    COUNT_WORD (the numbers in words, [number words]), EVENT_NAME and EVENT_HEAD (an event's head nouns, [event names],
    [event heads]), COMMEMORATED (the name a commemoration commemorates, [commemorating events])."""
    return (*MONTH_TERMINALS, *WEEKDAY_TERMINALS, *ORDINAL_TERMINALS, ("EDGE_NAME", f"/(?:{data.alternation(_EDGES)})/"),
            *((name, f"/(?:{words})/") for name, words in recurring_years().items()),
            ("COUNT_WORD", f"/(?:{data.alternation(_COUNTS)})/"),
            ("EVENT_NAME", f"/(?:{data.alternation(_EVENT_NAMES)})/"), ("EVENT_HEAD", f"/(?:{data.alternation(_EVENT_HEADS)})/"),
            ("COMMEMORATED", f"/{_COMMEMORATED}/"))


# the name a commemoration commemorates, after its head ([commemorating events]: "commemoration", "celebration"):
# "of", then capitalized words with the small words of a title between them ("of the International Day for the
# Elimination of Racial Discrimination"); each head a lookbehind of its own (a lookbehind has one width)
_TITLE_SMALL = r"(?:of|for|the|and|on|in|against|to|with|among|between|from|a|an)"
_COMMEMORATED = (r"(?:" + "|".join(rf"(?<={re.escape(h)})" for h in data.sections("deadline_words.txt")["commemorating events"])
                 + rf")\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:{_TITLE_SMALL}\s+)*[A-Z][\w’'-]*)*")


@lru_cache(maxsize=1)
def recurring_years() -> dict[str, str]:
    """The words of a recurrence in years as regex alternations (the longest first, ``data.alternation``), from the one
    list of them, data/deadline_words.txt [recurring adjectives] (cited there): {"RECURRING_YEARS": the adjectives,
    "annual|biennial|...|yearly"; "RECURRING_YEARS_ADVERB": their adverbs, "annually|biennially|...", an adjective in
    -ly its own adverb, "yearly"}. grammar/deadlines.lark's and grammar/attachment.lark's terminals of those names
    (EVERY_AFTER, ``recurrence``; defined at load time) and render/mandates.py's ``_SAYS_RECURRENCE`` read them."""
    adjectives = data.counted("deadline_words.txt", "recurring adjectives")
    return {"RECURRING_YEARS": data.alternation(adjectives),
            "RECURRING_YEARS_ADVERB": data.alternation(w if w.endswith("ly") else w + "ly" for w in adjectives)}


def _longest(text: str, pos: int, start: str) -> tuple[int, Tree] | None:
    """The longest prefix of ``text[pos:]`` (within ``_WINDOW`` characters) that is a whole ``start`` of
    grammar/deadlines.lark: (its end, an offset in ``text``; its tree), None when no prefix is
    (:class:`resparse.grammars.Prefixes`: one pass of the LALR parser over the tokens of the contextual lexer). The
    result depends on the window alone: kept for it (a clause's action is often the end of its paragraph, read
    again). The tree is shared: not to be changed."""
    window = text[pos : pos + _WINDOW]
    hit = _longest_in(window, start)
    return (pos + hit[0], hit[1]) if hit else None


@lru_cache(maxsize=1)
def _prefixes() -> Prefixes:
    return Prefixes(_parser())


@lru_cache(maxsize=4096)
def _longest_in(window: str, start: str) -> tuple[int, Tree] | None:
    return _prefixes().longest(window, start)


def _scan(text: str, starts: tuple[str, ...], at: re.Pattern) -> Iterator[tuple[int, int, Tree]]:
    """Every expression of one of ``starts`` in ``text``, leftmost first, none overlapping, tried where ``at``
    matches (the starts in turn at one place: the first that parses is taken): (start, end, tree)."""
    end = 0
    for m in at.finditer(text):
        pos = m.start()
        if pos < end:
            continue
        for start in starts:
            hit = _longest(text, pos, start)
            if hit:
                end = hit[0]
                yield pos, end, hit[1]
                break


def _tokens(tree: Tree, *types: str) -> list[str]:
    """The values of the tokens of ``types`` in ``tree``, in order."""
    return [t.value for t in tree.scan_values(lambda v: isinstance(v, Token) and v.type in types)]


def session_dates(n: int) -> tuple[str, str]:
    """A regular session of the General Assembly opens in September: the 1st in 1946, the Nth in 1945 + N (rules of
    procedure of the General Assembly, A/520/Rev.20, rule 1: the regular session opens on the Tuesday of the third
    week of September). So a date falls in the session opened the September before it, or in its own September:
    2030-12 in the 85th (September 2030 - September 2031), 2030-06 in the 84th. A deadline's dates are as precise as
    its words: "by the end of 2030" is 2030-12 (85th), "by mid-2030" 2030-05 to 2030-08 (84th), "by the first half
    of 2030" 2030-01 to 2030-06 (84th), "by 2030" and "in 2030" the year alone, "2030" (the session that holds most
    of it, the 84th: ``reports.session_of``)."""
    return f"{1945 + n}-09", f"{1946 + n}-09"


def date_points(text: str) -> list[tuple[str, str]]:
    """The dates a deadline names, in order, as (start, end) partial ISO dates; a year fills months before it; then
    the sessions it names (``date_point`` and ``session_point`` of grammar/deadlines.lark). A new list each call:
    ``date_points("at its sixty-eighth and sixty-ninth sessions")`` -> ``[("2013-09", "2014-09"), ("2014-09", "2015-09")]``.
    Read by mandates/reports.py (the sessions a report is due at) and mandates/extract.py (the adoption date)."""
    return list(_points_of(text))


@lru_cache(maxsize=4096)
def _points_of(text: str) -> tuple[tuple[str, str], ...]:
    dates = [_date_of(tree) for _, _, tree in _scan(text, ("date_point",), _DATE_AT)]
    sessions = [word for _, _, tree in _scan(text if "session" in text else "", ("session_point",), _SESSION_AT)
                for word in _tokens(tree, "ORD", "SMALL_ORD", "ORDINAL")]
    return _dates_and_sessions(dates, sessions)


def _date_of(tree: Tree) -> tuple[str | None, str | None]:
    """A date's (year, "MM" or "MM-DD") from its tree (rule ``date`` or ``date_point``), None where not written."""
    month = year = day = None
    for tok in tree.children:
        if tok.type == "MONTH":
            month = f"{month_number(tok.value):02d}"
        elif tok.type in ("YEAR", "YEAR_WORD"):
            year = tok.value
        elif tok.type in ("DAY", "DAY_COMMA"):
            day = int(tok.value.rstrip(","))
    return year, (month + (f"-{day:02d}" if day else "") if month else None)


def _dates_and_sessions(dates: list[tuple[str | None, str | None]], sessions: list[str],
                        year: str | None = None) -> tuple[tuple[str, str], ...]:
    """The points of the dates (year, month) in order, a year filling the months before it, then of the sessions
    (their ordinals as written: each of a list; a word that is no ordinal, "next", dates none). Dates are written in
    the order of time (UN Editorial Manual: "from 10 December 2018 to 11 January 2019", the year left out where both
    share it), so a month written without its year after which a later month of a lower number follows lies in the
    year before ("from 10 December to 11 January 2019": 2018-12-10); ``year`` fills the dates that no later date gives
    one (an apposition in the year it refines: "during 2024, namely from 1 to 19 April")."""
    points: list[tuple[str, str]] = []
    after = None  # the month ("MM" or "MM-DD") of the date after, in the year filled
    for y, month in reversed(dates):  # "between April and November 2017": April takes 2017
        if y:
            year = y
        elif year and month and after and month[:2] > after[:2]:
            year = str(int(year) - 1)  # across a year's end: December before January
        after = month
        if year:
            points.append((f"{year}-{month}" if month else year,) * 2)
    points.reverse()
    for word in sessions:  # "sixty-eighth and sixty-ninth": each session
        n = ordinal(word)
        if n:
            points.append(session_dates(n))
    return tuple(points)


def _points_of_tree(tree: Tree, year: str | None = None) -> list[tuple[str, str]]:
    """:func:`date_points` of an expression read from its tree, without a second parse: its dates (a year alone, of a
    quarter or in a list of sessions named by the year, is one), then its sessions. Only for a tree without a noun
    phrase (NP): what an NP names is read by :func:`date_points` from its text. An apposition (rule ``namely``)
    replaces the time it refines, in that time's year ("during 2024, namely from 1 to 19 April": 2024-04-01 to
    2024-04-19); ``year`` fills the dates no later date gives one."""
    dates: list[tuple[str | None, str | None]] = []
    sessions: list[str] = []
    namely = None
    stack = [tree]
    while stack:
        node = stack.pop()
        if node.data == "namely" and node is not tree:
            namely = node
            continue
        if node.data == "session_time" and node is not tree:
            continue  # the time set after a session: :func:`_date_by_the_time_after_session`
        if node.data == "date":
            dates.append(_date_of(node))
            continue
        day = next((t for t in node.children if isinstance(t, Token) and t.type == "DAY"), None)
        if day is not None:  # "on 10 and 11 December 2018", "from 26 to 29 February 2024": the month and year of
            # the date after it (rules ``dates`` and ``from_to``)
            of_year, month = _date_of(next(t for t in node.children if isinstance(t, Tree) and t.data == "date"))
            dates.append((of_year, f"{month[:2]}-{int(day.value):02d}" if month else None))
        for child in reversed(node.children):  # in the order written (popped last first)
            if isinstance(child, Tree):
                stack.append(child)
        for tok in node.children:
            if isinstance(tok, Token) and tok.type == "YEAR":
                dates.append((tok.value, None))  # "the 2025, 2026 and 2027 sessions", "the first quarter of 2025"
            elif isinstance(tok, Token) and tok.type in ("ORD", "SMALL_ORD", "ORDINAL") and node.data in ("ordinals", "ordinals_nth"):
                sessions.append(tok.value)
    points = list(_dates_and_sessions(dates, sessions, year))
    if namely is not None:
        return _points_of_tree(namely, points[-1][1][:4] if points else None) or points
    return points


def _half(text: str, points: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "the first half of 2026" -> [("2026-01", "2026-06")], "the second half of 2026" -> [("2026-07", "2026-12")]."""
    tree = next((t for _, _, t in _scan(text, ("half",), _HALF_AT)), None) if "half" in text else None
    if tree is None:
        return points
    (half,), (year,) = _tokens(tree, "HALF_OF"), _tokens(tree, "YEAR_WORD")
    months = ("01", "06") if half.startswith("first") else ("07", "12")
    return [(f"{year}-{months[0]}", f"{year}-{months[1]}")]


# the months of "early", "mid-" and "late" before a year alone: its thirds ("in early 2028", A/RES/79/122)
_PART_OF_YEAR = {"early": ("01", "04"), "mid": ("05", "08"), "late": ("09", "12")}


def _part_of_year(tree: Tree, points: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "early 2028" -> [("2028-01", "2028-04")], "mid-2030" -> [("2030-05", "2030-08")], "late 2025" -> [("2025-09",
    "2025-12")]: the thirds of the year; ``points`` when the expression names none."""
    part = next((t for t in tree.scan_values(lambda v: isinstance(v, Token) and v.type == "PART_OF_YEAR")), None)
    if part is None or not points or len(points[0][0]) != 4:
        return points
    year, (first, last) = points[0][0], _PART_OF_YEAR[part.value.rstrip("-")]
    return [(f"{year}-{first}", f"{year}-{last}")]


def _quarter(text: str, points: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "the second quarter of 2023" -> [("2023-04", "2023-06")]; of a session, counted from its September."""
    tree = next((t for _, _, t in _scan(text, ("quarter_point",), _QUARTER_AT)), None) if "quarter" in text else None
    if tree is None or not points:
        return points
    q = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3}[_tokens(tree, "QUARTER_WORD")[0].split()[0]]
    start = points[0][0]
    year, month = int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1
    first = (year * 12 + month - 1) + 3 * q
    last = first + 2
    return [(f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}")]


def _from_adoption(text: str, adopted: str | None, tree: Tree | None = None) -> list[tuple[str, str]]:
    """ "within six months of the adoption of the present resolution", adopted "2019-05" -> [(2019-05, 2019-11)]; a
    span with no event (``tree`` of rule ``within`` without one) counts from the adoption too: "within a decade",
    adopted "2024-12" -> [(2024-12, 2034-12)]."""
    if not adopted:
        return []
    if tree is not None and _a_span_from_now(tree):
        counted = tree
    elif "adoption" in text:
        counted = next((t for _, _, t in _scan(text, ("after_adoption",), _COUNT_AT)), None)
    else:
        return []
    if counted is None:
        return []
    return [(adopted[:7], _counted_after(counted, adopted))]


def count(word: str) -> int | None:
    """The number a count of a span names: its digits, or a number word of ``_COUNTS`` in any case ("two" -> 2,
    "twenty-four" -> 24); None for any other word ("other", "year")."""
    low = word.lower()
    return int(low) if low.isdigit() else _COUNTS.get(low)


def _counted_after(counted: Tree, adopted: str) -> str:
    """The month (ISO "2025-12") the span ``counted`` holds (its COUNT and UNIT: "one year", "six months") after the
    adoption ``adopted`` (ISO), a part of a month counted as a month."""
    (n,), (unit,) = _tokens(counted, "COUNT"), _tokens(counted, "UNIT")
    n = int(n) if n.isdigit() else 1 if n == "a" else _COUNTS[n]
    year, month = int(adopted[:4]), int(adopted[5:7])
    months = (n * 120 if unit.startswith("decade") else n * 12 if unit.startswith("year") else n if unit.startswith("month")
              else (n + 29) // 30 if unit.startswith("day") else (n * 7 + 29) // 30)
    end = year * 12 + month - 1 + months
    return f"{end // 12}-{end % 12 + 1:02d}"


def _after_adopting(tree: Tree, written: str, periods: dict[str, tuple[str, str, str]], adopted: str | None) -> str | None:
    """The month a span after an adoption (rule ``after_adopting``) falls in: counted from ``adopted`` where the text
    adopted is the present one ("the adoption of the present resolution", "of the present Programme of Action") or
    one the resolution adopts itself (``periods``' "adopts:" keys, :func:`adopted_texts`: "the Convention"); None for
    another text's adoption or with no adoption date."""
    m = re.search(r"adoption\s+of\s+the\s+(?P<present>present\s+)?(?P<np>[^,;]*)", written)
    if m is None or not adopted:
        return None
    head = next((w for w in re.findall(r"[A-Z][a-z]+", m.group("np")) if w.lower() in _treaty_words()), None)
    if m.group("present") or (head and f"adopts:{head.lower()}" in periods):
        return _counted_after(tree, adopted)
    return None


def adopted_texts(texts: list[tuple[str, str]], adopted: str | None) -> dict[str, tuple[str, str, str]]:
    """The instruments a resolution adopts itself, by the head noun of their name (data/treaty_words.txt), from its
    operative (label, text) pairs that open "Adopts the ..." or "Decides to adopt the ...": {"adopts:convention":
    (adopted, adopted, "2")} ("Adopts the United Nations Convention against Cybercrime; ...", A/RES/79/243 2), read
    with :func:`named_periods`'s periods: "one year after the adoption of the Convention" is counted from the adoption
    (rule ``after_adopting``)."""
    if not adopted:
        return {}
    out: dict[str, tuple[str, str, str]] = {}
    for label, text in texts:
        m = _ADOPTS.match(text)
        if m is None:
            continue
        head = next((w for w in re.findall(r"[A-Z][a-z]+", m.group("name")) if w.lower() in _treaty_words()), None)
        if head:
            out.setdefault(f"adopts:{head.lower()}", (adopted, adopted, label))
    return out


_ADOPTS = re.compile(r"\s*(?:Adopts|(?:Also\s+|Further\s+)?[Dd]ecides\s+to\s+adopt)\s+the\s+(?P<name>[^;,]{3,200})")


@lru_cache(maxsize=1)
def _treaty_words() -> frozenset[str]:
    """The nouns of an instrument's name (data/treaty_words.txt: "Convention", "Agreement", "Treaty"), lower case,
    read once: a capitalised word of a name that is one is that instrument's head noun."""
    return frozenset(w.lower() for w in data.lines("treaty_words.txt"))


def _dated(deadline: Deadline, periods: dict[str, tuple[str, str, str]], adopted: str | None, tree: Tree) -> Deadline:
    """``deadline`` (read as ``tree``) with its start and end: the dates, sessions, halves, quarters and months
    from the adoption its words name; else the named period it names ("phase III", any case: ``periods``, from
    :func:`named_periods`), its beginning or its end as the expression says; "immediately" from the adoption on."""
    if tree.data in ("recurring", "recurring_day", "recurring_by"):
        deadline.recurrence = "annually"
        deadline.start = deadline.end = _first_day(tree, adopted)
        return deadline
    if tree.data == "recurring_month":
        deadline.recurrence = "annually"
        deadline.start = deadline.end = _first_month(tree, adopted)
        return deadline
    if tree.data == "each_period":  # "at the beginning of each quinquennium": every five years, undated
        deadline.recurrence = _every_period(_tokens(tree, "EACH_PERIOD")[0])
        return deadline
    if every := _tokens(tree, "EVERY_AFTER"):  # "in 2025 and every five years thereafter": the first, recurring
        deadline.recurrence = _recurrence_after(every[0])
    after_event = _after_event(tree)
    if after_event is not None:  # "as soon as possible after the conclusion of the session of ...": from that event
        deadline.type = "from"
        points = ([(adopted[:7], adopted[:7])] if adopted and "adoption of the present" in after_event
                  else date_points(after_event))
        if points and next(iter(_edges(after_event)), None) not in _OPENING:
            # after a period is after its end: "immediately after the conclusion of the eightieth session" is from
            # September 2026, when the session closes, not from its opening (rules of procedure A/520/Rev.20: rule 1,
            # the regular session opens on the Tuesday of the third week of September; rule 2, it closes on the date
            # fixed at its beginning, the eve of the next opening since resolution 55/14: :func:`session_dates`);
            # "after the opening of" a session keeps its start
            points = [(points[-1][1], points[-1][1])]
    else:
        points = date_points(deadline.text) if tree.data in _WITH_NP else _points_of_tree(tree)
        points = _half(deadline.text, _quarter(deadline.text, points)) or _from_adoption(deadline.text, adopted, tree)
        points = _part_of_year(tree, points)
        if not points and tree.data not in _WITH_NP and (year := _weekday_year(tree, adopted)):
            points = _points_of_tree(tree, year)  # "on Monday, 9 June": the year its weekday fixes
    before = tree.data in ("before", "before_np", "before_act")  # "before", "prior to", "ahead of", "in advance of"
    phase = (_event_key(deadline.text) or _period_name(deadline.text)) if periods and not points else None
    if phase in periods:
        start, end, label = periods[phase]
        edges = _edges(deadline.text)
        if deadline.type in ("before", "relative") and before:
            start, end = None, start  # "ahead of phase I": before it begins
        elif edges and edges[0] in ("beginning", "start", "opening"):
            end = start
        elif edges:
            start = end
        points = [(start, end)]
        deadline.resolved_from = label
    if deadline.type == "immediately" and adopted and after_event is None:
        points = [(adopted[:7], adopted[:7])]  # from the adoption on
    if not points:
        return deadline
    if deadline.resolved_from or deadline.type == "within":
        deadline.start, deadline.end = points[0]
    elif deadline.type == "from":
        deadline.start, deadline.end = points[0][0], None
    else:
        deadline.start, deadline.end = points[0][0], points[-1][1]
    edge = _first_edge(tree, deadline.text)
    if edge and not deadline.resolved_from and "session" not in deadline.text:
        # an edge of a year alone names its month: "by the end of 2030" is December 2030, in the eighty-fifth
        # session (A/RES/80/117 annex 81), "the beginning of 2026" January (see :func:`session_dates`)
        if edge in _CLOSING and deadline.end and len(deadline.end) == 4:
            deadline.end = f"{deadline.end}-12"
        elif edge in _OPENING and deadline.start and len(deadline.start) == 4:
            deadline.start = f"{deadline.start}-01"
        elif edge == "middle" and deadline.start and deadline.start == deadline.end and len(deadline.start) == 4:
            # "the middle of 2028" is "mid-2028" (A/RES/80/28 6, "to be convened ... in the middle of 2028"): the
            # year's middle third, May to August (``_PART_OF_YEAR``), no longer the whole year
            first, last = _PART_OF_YEAR["mid"]
            deadline.start, deadline.end = f"{deadline.start}-{first}", f"{deadline.start}-{last}"
    if deadline.type == "before" and not deadline.resolved_from and edge not in _CLOSING:
        # before the period opens: "prior to the start of its eighty-second session", "before the second quarter of
        # 2026" (2026-04); "before the end of the seventy-ninth session" keeps the session's close
        deadline.end = deadline.start
    elif deadline.type in ("at", "in", "by") and deadline.start and deadline.end and not deadline.resolved_from:
        if edge in _OPENING:
            # the opening of one session: "at the beginning of the eightieth session", "during the high-level week
            # of the eightieth session" (its first weeks, September), "by the beginning of the eighty-first session",
            # "no later than the last day of the general debate of the Assembly at its eighty-first session"
            # (A/RES/80/193 54: the debate closes in the session's first month)
            deadline.end = deadline.start
        elif edge in _CLOSING and "session" not in deadline.text:
            # the close of a part of a year: "by the end of the first quarter of 2025" (2025-03); "at the end of" a
            # session keeps the session (it ends in its last month, before the next opens)
            deadline.start = deadline.end
    if deadline.start and deadline.start == deadline.end and _tokens(tree, "WEEK_OF"):
        deadline.start, deadline.end = _week_of(deadline.start)
    if deadline.end and any(tree.scan_values(lambda v: isinstance(v, Token) and v.type == "MAIN")):
        # "the main part of its eighty-second session": its autumn part, from the opening in September to its
        # recess in December (the resumed parts follow in the spring: A/RES/79/249 9, 80/177 16, 78/257 13), so
        # "by the main part" is due by that December, not the session's close the next September
        deadline.end = f"{deadline.start[:4]}-12" if deadline.start and deadline.start.endswith("-09") else deadline.end
    if deadline.start and deadline.start.endswith("-09") and (resumed := _resumed_part(tree)):
        # "at the first part of its resumed eightieth session": March 2026, no longer the opening (2025-09)
        month, part = resumed
        if month is None:
            # "at the third part of its resumed eightieth session": a part no calendar dates (the Fifth Committee's
            # calendar names two), undated, no longer the session's opening (a wrong month); ``part_undated`` says so
            deadline.start = deadline.end = None
            return deadline
        deadline.start = f"{int(deadline.start[:4]) + 1}-{month}"
        if deadline.end and part:
            deadline.end = deadline.start  # a part meets in its month; the resumed session runs to the close
    if deadline.type == "relative":
        deadline.type = "before" if before else "in"
    return deadline


def _resumed_part(tree: Tree) -> tuple[str | None, bool] | None:
    """The month ("03") a resumed Assembly session named in ``tree`` meets in the year after its opening, and whether
    a part of it is named: its part's ("the first part of its resumed eightieth session": ("03", True); "the second
    part", "the second resumed part of its eightieth session": May), or, no part named, the resumed session's opening
    (January, False); (None, True) for a part with no month of the list ("the third part of its resumed eightieth
    session", "a third resumed part": no source dates it); None where the session is not "resumed"
    (data/assembly_sessions.txt [resumed parts], after the Fifth Committee's calendar)."""
    if not _tokens(tree, "RESUMED"):
        return None
    parts = dict(line.split() for line in data.sections("assembly_sessions.txt")["resumed parts"])
    part = next((sub for sub in tree.iter_subtrees() if sub.data == "session_part"), None)
    small = _tokens(part, "SMALL_ORD") if part is not None else []
    month = parts.get(small[0].lower() if small else "resumed")
    return (month, bool(small)) if month or small else None


def part_undated(d: Deadline) -> bool:
    """Is ``d`` a part of a resumed Assembly session that no calendar dates ("at the third part of its resumed
    eightieth session", "at a third resumed part of its eightieth session": data/assembly_sessions.txt [resumed
    parts] lists the months of the first and second), left undated by :func:`find`? Read off the grammar's tree of
    the deadline's own words (rule ``at_session``, as :func:`refers_back`), for the views to say why it has no date."""
    if d.start or "resumed" not in d.text:
        return False
    hit = _longest(d.text, 0, "at_session")
    return hit is not None and hit[0] == len(d.text) and _resumed_part(hit[1]) == (None, True)


def _week_of(day: str) -> tuple[str, str]:
    """The calendar week, Monday to Sunday (ISO 8601), that holds ``day`` (ISO "YYYY-MM-DD"), as (first day, last
    day): "during the week of 15 September 2025" (A/RES/79/58 8, a Monday) -> ("2025-09-15", "2025-09-21"), the week's
    span, not its first day alone (a week named by its days, "the week of 22 to 26 June 2026", keeps those days). A
    partial date (a month, a year) is returned unchanged, as (day, day)."""
    if len(day) != 10:
        return day, day
    first = date.fromordinal(date.fromisoformat(day).toordinal() - date.fromisoformat(day).weekday())
    return first.isoformat(), date.fromordinal(first.toordinal() + 6).isoformat()


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_year(tree: Tree, adopted: str | None) -> str | None:
    """The year of a date written with its weekday, day and month but no year ("on Monday, 9 June", A/RES/78/128 10:
    the Conference's first plenary meeting), none written elsewhere in the expression: the first year, from the
    adoption (``adopted``, ISO "2023-12-05") on, in which that day falls on that weekday and after the adoption, within
    six years (a weekday comes back to a day of the year in five, six or eleven years: the first is the one meant;
    2025 for 9 June from December 2023, 9 June 2024 being a Sunday). None when the expression has no such date or a
    year, or ``adopted`` has no day."""
    if not adopted or len(adopted) < 10 or any(tree.scan_values(lambda v: isinstance(v, Token) and v.type == "YEAR")):
        return None
    node = next((t for t in tree.iter_subtrees_topdown() if t.data == "date"), None)
    if node is None:
        return None
    kinds = {t.type: t.value for t in node.children if isinstance(t, Token)}
    if not ({"WEEKDAY", "MONTH"} <= kinds.keys() and ("DAY" in kinds or "DAY_COMMA" in kinds)):
        return None
    weekday = _WEEKDAYS.index(kinds["WEEKDAY"].rstrip(",").lower())
    month, day = month_number(kinds["MONTH"]), int((kinds.get("DAY") or kinds["DAY_COMMA"]).rstrip(","))
    since = date.fromisoformat(adopted[:10])
    for y in range(since.year, since.year + 7):
        try:
            when = date(y, month, day)
        except ValueError:  # 29 February
            continue
        if when > since and when.weekday() == weekday:
            return str(y)
    return None


def _first_day(tree: Tree, adopted: str | None) -> str | None:
    """The first day (ISO "YYYY-MM-DD") of a day that recurs each year (rule ``recurring``: "9 August", "the first
    Saturday of July") on or after ``adopted`` (ISO, "2025-12-05"; None: not dated); "thereafter" counts from the
    year after ("each 14 December thereafter", A/RES/80/106 6, adopted 5 December 2025: its first informal meeting
    is 2026-12-14, the 2025 observance being paragraph 5's)."""
    if not adopted or len(adopted) < 10:
        return None
    day = next(t for t in tree.iter_subtrees() if t.data == "day_of_year")
    month = month_number(_tokens(day, "DAY_MONTH")[0])
    year = int(adopted[:4])

    def on(y: int) -> date:
        if _tokens(day, "DAY"):
            return date(y, month, int(_tokens(day, "DAY")[0]))
        nth = _tokens(day, "NTH")[0]
        weekday = [d.lower() for d in calendar.day_name].index(_tokens(day, "WEEKDAY_OF")[0].split()[0].lower())
        days = [d for d in calendar.Calendar().itermonthdates(y, month) if d.month == month and d.weekday() == weekday]
        return days[-1] if nth == "last" else days[_UNITS.index(nth)]

    try:
        first = on(year) if on(year) >= date.fromisoformat(adopted[:10]) else on(year + 1)
        if _tokens(tree, "THEREAFTER"):
            first = on(first.year + 1)
    except ValueError:  # "30 February"
        return None
    return first.isoformat()


# how far back the day a Day is proclaimed on is read, before its observance's start (grammar/attachment.lark
# ``proclaimed_day``: "to proclaim, in line with both the spirit and the letter of the Declaration ..., 14 December as
# the International Day against Colonialism in All Its Forms and Manifestations, to be observed annually beginning in
# 2025", A/RES/80/106 1: 138 characters from the day to "beginning")
_PROCLAIMED_SPAN = 400


def _on_the_proclaimed_day(d: Deadline, text: str, s: int, adopted: str | None) -> None:
    """An annual observance's start written as a year (``d``, "beginning in 2024", at ``s`` of ``text``), after the day
    of the year the Day is proclaimed on (rule ``proclaimed_day``): ``d`` starts on that day of that year (ISO
    "2024-09-07": A/RES/78/12 1, "Decides to designate 7 September, the current World Duchenne Awareness Day, as a
    United Nations Day, to be observed every year beginning in 2024"), the day's precision kept. Unchanged where no
    such day is written, the start is no bare year, or that day falls before the adoption (``adopted``, ISO)."""
    if not d.start or len(d.start) != 4:
        return
    m = _rule("proclaimed_day").search(text, max(0, s - _PROCLAIMED_SPAN), s)
    if m is None:
        return
    try:
        day = date(int(d.start), month_number(m.group("month")), int(m.group("day")))
    except ValueError:  # "30 February"
        return
    if adopted and len(adopted) >= 10 and day < date.fromisoformat(adopted[:10]):
        return
    d.start = day.isoformat()


def _first_month(tree: Tree, adopted: str | None) -> str | None:
    """The first month ("YYYY-MM") of a month that recurs each year (rule ``recurring_month``: "during September of
    each year") in or after the month of ``adopted`` (ISO; None: not dated): adopted 2023-12-22 -> "2024-09"."""
    if not adopted or len(adopted) < 7:
        return None
    month = month_number(_tokens(tree, "DAY_MONTH")[0])
    year = int(adopted[:4]) + (month < int(adopted[5:7]))
    return f"{year}-{month:02d}"


def _every_period(words: str) -> str:
    """The recurrence of "each" or "every" period of years (data/deadline_words.txt, [recurring periods]): "each
    quinquennium" -> "every five years", "each year" -> "annually" (as a day each year, rule ``recurring``)."""
    years = dict(line.split() for line in data.sections("deadline_words.txt")["recurring periods"])
    return _every_n_years(int(years[words.split()[-1].lower()]))


def _every_n_years(n: int) -> str:
    """A recurrence by its years: 1 -> "annually", 5 -> "every five years"."""
    return "annually" if n == 1 else f"every {_NUMBER_WORDS[n]} years"


def first_time(d: Deadline) -> tuple[str, str | None]:
    """A deadline that recurs after its first time (terminal EVERY_AFTER of grammar/deadlines.lark) read apart: the
    first time as written and the recurrence as written after it, its "and" left out ("at its eighty-second session and
    subsequently on a biennial basis", A/RES/80/43 16 -> ("at its eighty-second session", "subsequently on a biennial
    basis"); "in 2025 and every five years thereafter" -> ("in 2025", "every five years thereafter")); any other
    deadline: (its text, None). A report's time and how often it recurs are two of its fields (mandates/reports.py,
    tests/labels/GUIDELINE.md, the twenty-second session, branch dfix2), as "by September 2024, ..., and thereafter on
    an annual basis" (A/RES/78/263 42) gives them where the words stand apart."""
    if d.recurrence is None:
        return d.text, None
    for start in ("at_session", "in_time"):
        hit = _longest(d.text, 0, start)
        every = _tokens(hit[1], "EVERY_AFTER") if hit else []
        if every and d.text.endswith(every[0]):
            return d.text[: len(d.text) - len(every[0])].rstrip(" ,"), re.sub(r"^,?\s*and\s+", "", every[0])
    return d.text, None


def recurring_object(d: Deadline, after: str) -> Deadline:
    """A start (type "from") whose action's object recurs, read from the words ``after`` it (rule ``recurs_in_object``
    of grammar/attachment.lark): "Beginning in 2026, we call upon [three regional commissions] to conduct a
    comprehensive biennial review of progress" (A/RES/78/317 annex 41) -> the start recurring "every two years";
    "the Secretary-General, beginning from 2026, to submit an annual report" (A/RES/79/203 18) -> "annually", as a
    recurrence written right before the start makes it recur (tests/labels/GUIDELINE.md, the twenty-second session,
    branch dfix2). ``d`` itself when it is no start, already recurs or the object names no period."""
    from dataclasses import replace

    if d.type != "from" or d.recurrence is not None:
        return d
    every = _rule("recurs_in_object").match(after)
    return replace(d, recurrence=_recurrence_after(every.group("object_recurrence"))) if every else d


def _recurrence_after(words: str) -> str:
    """The recurrence after a first time (terminal EVERY_AFTER of grammar/deadlines.lark): "and every five years
    thereafter" -> "every five years", "and thereafter on a biennial basis" -> "every two years", "and thereafter on an
    annual basis" -> "annually" (the years of an adjective or adverb of a period, or of "each year": data/
    deadline_words.txt, [recurring adjectives], [recurring periods])."""
    # "at a four-year interval" (A/RES/73/195 annex 50), "at two-year intervals" (A/RES/79/268 11)
    count = re.search(r"(?:every|each)\s+(\w+)\s+years|\bat\s+(?:a\s+)?(\w+)-year\s+intervals?", words)
    if count:
        return f"every {count.group(1) or count.group(2)} years"
    sections = data.sections("deadline_words.txt")
    # less than a year: "monthly", "on a quarterly basis", "every six months" (data/deadline_words.txt [recurring
    # months]): as written, no count of years (the twenty-sixth session, branch trialfix26d: "every three months")
    months = re.search(r"(?:every|each)\s+(?:(\w+)\s+)?months?\b", words)
    if months:
        return f"every {months.group(1)} months" if months.group(1) else "monthly"
    for word in data.counted("deadline_words.txt", "recurring months"):
        if re.search(rf"\b{word}\b", words):
            return word
    years = [line.split() for line in (*sections["recurring adjectives"], *sections["recurring periods"])]
    return _every_n_years(next(int(y) for w, y in years if re.search(rf"\b{w}", words)))


def _bounds(point: str) -> tuple[str, str]:
    """The first and last day a partial ISO date covers, as comparable strings: "2025" -> ("2025-01-01",
    "2025-12-31"), "2025-09" -> ("2025-09-01", "2025-09-31") (only compared, never read as a date)."""
    return (point + "-01-01"[len(point) - 4 :])[:10], (point + "-12-31"[len(point) - 4 :])[:10]


def _session_time(tree: Tree) -> Tree | None:
    """The time written right after a session (rule ``session_time`` of ``at_session``), None if none."""
    return next((t for t in tree.children if isinstance(t, Tree) and t.data == "session_time"), None)


def _date_by_the_time_after_session(d: Deadline, tree: Tree, adopted: str | None) -> None:
    """A session with its time written right after it (rule ``session_time``: "during its organizational session in
    the first quarter of 2024", A/RES/78/231 34; "at its thirtieth session, in 2027"): ``d`` takes the time's dates
    where the session has none (no ordinal, another body's: :func:`_own_calendar`) or where they do not meet, and the
    days both cover where they do ("during the general debate of the eightieth session of the General Assembly in
    2025", A/RES/78/179 31: 2025-09, the debate; "at its eighty-sixth session, in 2031": 2031-09 to 2031, the part of
    that session in 2031). ``tree`` is the expression's; nothing changes when it has no such time."""
    node = _session_time(tree)
    if node is None:
        return
    first = next(node.scan_values(lambda v: isinstance(v, Token)))
    time = _dated(Deadline(d.text[first.start_pos :].lstrip(" ,"), "in"), {}, adopted, node)
    if not time.start:
        return
    if d.start and d.end:
        (lo, _), (_, hi) = _bounds(d.start), _bounds(d.end)
        (time_lo, _), (_, time_hi) = _bounds(time.start), _bounds(time.end or time.start)
        if max(lo, time_lo) <= min(hi, time_hi):  # they meet: the days both cover
            d.start = d.start if lo >= time_lo else time.start
            d.end = d.end if hi <= time_hi else time.end or time.start
            return
    d.start, d.end = time.start, time.end or time.start


def _period_name(text: str) -> str | None:
    """The first named period ``text`` names ("phase III", "Stage 2"), lower case, spaces single; None if none."""
    tree = next((t for _, _, t in _scan(text, ("period_name",), _PERIOD_AT)), None)
    return " ".join(_tokens(tree, "PERIOD_NAME")[0].lower().split()) if tree else None


def _edges(text: str) -> list[str]:
    """The edges of a period ``text`` names, in order: "beginning", "start", "opening", "end", "close",
    "conclusion" (each followed by "of"), also inside a noun phrase the grammar leaves whole."""
    return [_tokens(t, "EDGE_WORD")[0] for _, _, t in _scan(text, ("edge_word",), _edge_at())]


@lru_cache(maxsize=1)
def _edge_at() -> re.Pattern:
    """Where ``edge_word`` may start: its EDGE_WORD as grammar/deadlines.lark defines it, after a word boundary (the
    edge nouns written once, in the grammar)."""
    return re.compile(rf"\b(?:{terminal_regex(_parser(), 'EDGE_WORD')})")


def _to_come(d: Deadline, adopted: str | None) -> bool:
    """Does ``d`` begin after the adoption (``adopted``, ISO), compared at the precision of its start? Then a
    participle before it names no past act: "to report on the measures taken and results achieved at the seventy-ninth
    session" (A/RES/78/252 30, adopted in the seventy-eighth) asks for the report then. Undated (another body's
    session): no."""
    return bool(adopted and d.start and d.start > adopted[: len(d.start)])


# how far back a past act before a time is read: its participle, its agent's full name ("its gender action plan adopted
# by the Conference of the Parties to the United Nations Framework Convention on Climate Change at its twenty-fifth
# session", A/RES/80/138 32: 98 characters from "adopted"; tests/labels/mandates_fresh9 n 57, no deadline) and a place
_ACT_SPAN = 240


def _qualified_by_participle(before: str, opening: bool = True) -> bool:
    """Does ``before`` (the text before a time of the action) end in a comma segment that opens
    with a past participle, a reduced relative clause qualifying the noun before the comma ("the statement referred to
    in paragraph 1 (a) above, delivered by means of a pre-recorded statement" before "during the general debate",
    A/RES/80/1 2; "... and submitted to the President" before "no later than the day on which ..." there)? Then the
    time dates that noun's act (data/deadline_words.txt, [past participles]). ``opening``: a participle that opens
    ``before`` counts too (for an event "during" which the action takes place, as first read); for the other times
    only one after a comma or semicolon does: a text cut after its "shall be" ("presented by the beginning of
    February 2018 for ...", of "the zero draft ... shall be presented to Member States by the beginning of February
    2018", A/RES/71/280, para. 27) keeps the draft's deadline."""
    m = _rule("participle_segment").search(before)
    if m is None:
        return False
    # nor where the addressee's next action starts in it: "to present a report ..., based on the full range of inputs
    # then available and to provide Member States with recommendations before the beginning of phase III" (A/RES/
    # 71/280, para. 26: the recommendations' deadline)
    return opening or (before[m.start()] in ",;" and not _rule("next_action").search(before, m.start()))


# how far back a relative clause that tells a cited act ("in which the Council, inter alia, decided ... and demanded
# that Israel ... rescind forthwith", A/RES/79/90 1: 261 characters from "in which" to the time), or a second body's
# report the actor is asked to request ("to invite the Board of Auditors to conduct an audit ..., and to report thereon
# at its eighty-second session", A/RES/78/257 22: 339 characters), is read before a time
_CITED_SPAN = 600


# how far back a recital's participle before a time is read: "recalling that, in paragraph 62 of resolution 63/112 of 5
# December 2008, it urged that large-scale fishing vessels be required to carry vessel monitoring systems" (A/RES/78/68
# 125: 166 characters)
_RECITAL_SPAN = 400


def _in_recital(text: str, at: int) -> bool:
    """Is the time at offset ``at`` of ``text`` inside a recital set in the action, a comma segment that opens with a
    participle of what a preamble says ("recalling", "noting", "bearing in mind": ``recital_segment`` of
    grammar/attachment.lark, data/deadline_words.txt [recital participles]) and runs to the time with no next action
    of the addressee in it ("..., and to share information", ``next_action``)? Then the time is the recalled act's."""
    m = _rule("recital_segment").search(text, max(0, at - _RECITAL_SPAN), at)
    return m is not None and not _rule("next_action").search(text, m.start(), at)


def _an_act_before(before: str) -> bool:
    """Does ``before`` (the text before a session or a date) end with a past act (``act_of_assembly`` of
    grammar/attachment.lark: "decisions taken by the General Assembly" before "at its seventy-eighth session"; or a
    relative clause in the past tense, ``past_relative``: "Typhoon Mawar that impacted the Territory" before "in
    2023"), none still to come ("to be submitted to the General Assembly")?"""
    act = _rule("act_of_assembly").search(before)
    return (act is not None and not act.group("be")) or _rule("past_relative").search(before) is not None


def cites_report(before: str) -> bool:
    """Do the words ``before`` a report's or a time's words end by citing a report as a source ("the
    recommendations made by the fact-finding mission" before "in its report on ...", ``cited_report`` of
    grammar/attachment.lark)? Such a report is neither due nor asked for (read here for "in his report on" as a
    deadline, and by mandates/reports.py for "in a report")."""
    return _rule("cited_report").search(before) is not None


def _commemorated_year(tree: Tree, written: str, before: str) -> bool:
    """Is ``written`` ("in 2024", rule ``in_time``, a year alone) the year of the thing commemorated right before it,
    a modifier of that noun, not the time of the action ("to promote the preparations for the observance of the
    thirtieth anniversary of the International Year of the Family in 2024", A/RES/79/150 5: tests/labels/
    mandates_fresh6 n 55, no deadline)?"""
    return tree.data == "in_time" and _YEAR_ONLY.fullmatch(written) is not None and _rule("commemoration").search(before) is not None


def _subject_year(tree: Tree, written: str, text: str, s: int) -> bool:
    """Is ``written`` ("in 2026", rule ``in_time``, a year alone, at ``s`` in ``text``) the year of a report's subject
    whose own time is written before the subject ("to report to the General Assembly at its eighty-first session on
    the implementation of the Programme of Assistance in 2026", A/RES/80/163 29: grammar/attachment.lark
    ``report_subject``), not a second time of the report? A report with no time before its subject keeps the year
    ("a progress report on the implementation of the present resolution in 2025", 78/130 7)."""
    return (tree.data == "in_time" and _YEAR_ONLY.fullmatch(written) is not None
            and _rule("report_subject").search(text, max(0, s - _SUBJECT_SPAN), s) is not None)


# how far before a year a report's word and its session are looked for (``report_subject``: the longest of the corpus,
# "report to the General Assembly at its seventy-ninth session on the implementation of the Programme of Assistance",
# is 115 characters)
_SUBJECT_SPAN = 300


@lru_cache(maxsize=1)
def _preposition() -> re.Pattern:
    """The preposition of a "before"-deadline at the start of its words, the grammar's terminal BEFORE ("shortly
    before", "in the run-up to"), and "and during" after it ("before and during the Games")."""
    return re.compile(rf"^(?:{terminal_regex(_parser(), 'BEFORE')})\s+(?:and\s+during\s+)?")


def _an_event(written: str) -> bool:
    """Does a "before"-deadline without a date name a definite event? "before the next session" yes, "before the
    holding of meetings", "before a judge", "prior to deployment", "before the Special Rapporteur" no (the rules
    ``definite_np``, ``event_edge``, ``np_complement`` of grammar/attachment.lark)."""
    np = _preposition().sub("", written)
    edge = _rule("event_edge").match(np)
    if edge:  # "the holding of meetings": the event is what is held
        return bool(_rule("definite_np").match(np[edge.end():]))
    if not _rule("definite_np").match(np) or re.match(r"the\s+law\b", np):
        return False
    head = _rule("np_complement").split(np, maxsplit=1)[0]
    # a conference, a forum, a summit is a body and an event ("prior to the High-level Conference")
    return not table().is_actor_like(head) or bool(re.search(r"(?i)\b(?:conference|forum|summit|congress|meeting)s?$", head))


def _at_the_event(before: str) -> bool:
    """Does the action take place at the event a postmodifier dates (``of_an_event`` of grammar/attachment.lark),
    ``before`` being the text up to the date? Yes where the event's noun phrase (since the last comma or semicolon before the postmodifier) is
    introduced by "at", "during", "in" or "throughout" ("to focus their comments during the thematic debate, to be
    held at the next session"; "to participate in the thirty-fifth International Conference ..., to be held in Geneva
    in 2028"; not a period bounded by events, "throughout the period from the seventh day before the start of the
    Games ... until the seventh day following the end of the XVII Paralympic Games, to be held in Paris in 2024",
    A/RES/78/10 1: the period is the deadline, rule ``event_period``, the year the Games'), the
    action is given to the event by name ("to contribute within its mandate to the Second World Summit for Social
    Development, to be held in Qatar from 4 to 6 November 2025", A/RES/79/222 52: ``to_event``) or the
    action holds the event ("to convene ... a one-day high-level meeting ..., to be held on 22 April 2025")."""
    event = _rule("of_an_event")
    head = event.split(before)[0] if event.search(before) else before
    head = head.rstrip(" ,")
    phrase = re.split(r"[,;]", head)[-1]
    return bool(_rule("at_event").search(phrase) or _rule("holds_event").search(head) or _rule("to_event").search(phrase))


_YEAR_ONLY = re.compile(rf"(?:(?!{_MONTH}|session|phase|stage).)*\b{_YEAR}\b(?:(?!{_MONTH}|session).)*")


# words quoted, a title or another body's text: "the item entitled “Preparations for and observance of the thirtieth
# anniversary of the International Year of the Family in 2024”" (A/RES/78/176 35), "the recommendation of the
# International Law Commission ..., namely “to consider, at a later stage, the elaboration of a convention”" (A/RES/78/114
# 4): a time inside them is theirs, not the action's
_QUOTED = re.compile(r"“[^“”]*”")


def _purposes(text: str) -> list[tuple[int, int]]:
    """The spans of the purposes in ``text`` (offsets): the rules of grammar/attachment.lark, ``purpose``'s ("in
    order to", "with a view to" ...) and the goals' infinitives (``goal``: "to achieve the total elimination of all
    nuclear weapons at the earliest possible time", A/RES/80/24 1, tests/labels/mandates_fresh7 n 61), from the
    infinitive's "to"; a purpose ends as ``purpose_end`` says (an infinitive's purpose, ``purpose_end_infinitive``). A
    year, a span from now, a stage or an urgency in one is its own, not the action's."""
    out = []
    for m, goal in [*((m, False) for m in _rule("purpose").finditer(text)),
                    *((m, True) for m in (_rule("goal").finditer(text) if " to " in text else ()))]:
        start = m.start("to") if goal else m.start()
        end = _rule("purpose_end_infinitive" if not goal and m.group(0).endswith("to") else "purpose_end").search(text, m.end())
        out.append((start, end.start() if end else len(text)))
    # an infinitive with a subject of its own after "for" ("the conditions for everyone to be free from hunger and, as
    # soon as possible, to enjoy fully the right to food", A/RES/78/198 14): its times are its subject's, as a goal's
    for m in _rule("own_subject").finditer(text) if "for " in text else ():
        end = _rule("own_subject_end").search(text, m.end())
        out.append((m.start("own_to"), end.start() if end else len(text)))
    return out


def _another_body(deadline: Deadline, before: str, adopted: str | None) -> bool:
    """ "to the Human Rights Council at its fifty-ninth session": a session that would have ended before the year of
    the adoption if it were the Assembly's, the Assembly not named before it, is another body's (the Council, the Commission, the Legal
    Subcommittee, whose sessions the Assembly's numbering does not date)."""
    return (deadline.type == "at" and adopted is not None and deadline.start is not None
            and deadline.end is not None and deadline.end[:4] < adopted[:4]
            and not _rule("assembly_before").search(before) and "Assembly" not in deadline.text)


def _body_name(phrase: str) -> str | None:
    """The body that holds sessions ``phrase`` names (the alias table's name, or the phrase), None when its head
    noun is no session holder's (data/assembly_sessions.txt: "Council", "Commission", "Conference" ...)."""
    head = re.split(r"\s+(?:of|on|for|to)\s+", phrase, maxsplit=1)[0].split()[-1:]
    if not head or head[0] not in data.sections("assembly_sessions.txt")["session holders"]:
        return None
    actor = table().resolve(phrase)
    return actor.name if actor.known else phrase


@lru_cache(maxsize=1)
def _assembly_keys() -> frozenset[str]:
    names = data.sections("assembly_sessions.txt")["bodies"]
    return frozenset({key(n) for n in names} | {table().resolve(n).key for n in names})


def meets_in_assembly_sessions(name: str) -> bool:
    """Does a body of ``name`` (a name as written or as the alias table names it) meet in the General Assembly's
    sessions, so that a session of it is dated by the Assembly's numbering (data/assembly_sessions.txt: the Assembly,
    its Main Committees ...)? Read by mandates/reports.py for the session a report is due at."""
    return "General Assembly" in name or key(name) in _assembly_keys() or table().resolve(name).key in _assembly_keys()


@lru_cache(maxsize=1)
def _calendars() -> dict[str, tuple[int, int, tuple[tuple[str, str], ...]]]:
    """{a body's key: (the first session dated, its year, the (opening, closing) months of each session of a year)}
    of data/body_sessions.txt [calendars], keyed as the alias table keys the name. Raises ValueError for a line
    that is not "name | first year | months ..."."""
    out = {}
    for line in data.sections("body_sessions.txt")["calendars"]:
        name, first, months = (part.strip() for part in line.split("|"))
        n, year = map(int, first.split())
        spans = tuple((m[:2], m[-2:]) for m in months.split())
        out[table().resolve(name).key] = (n, year, spans)
    return out


def body_session_dates(body: str, n: int) -> tuple[str, str] | None:
    """The months (opening, closing: partial ISO dates) of the ``n``-th session of ``body``, a body other than the
    Assembly whose sessions follow a fixed calendar (data/body_sessions.txt, the sources there): the Human Rights
    Council's sixty-second session ("2026-06", "2026-07"), its sixty-first ("2026-02", "2026-04": it opens in late
    February or March); None for a body the file does not list or a session before the first it dates.

    >>> body_session_dates("Human Rights Council", 62)
    ('2026-06', '2026-07')
    >>> body_session_dates("Commission on the Status of Women", 70)
    ('2026-03', '2026-03')"""
    calendar_ = _calendars().get(table().resolve(body).key)
    if calendar_ is None or n < calendar_[0]:
        return None
    first, year, spans = calendar_
    y, i = divmod(n - first, len(spans))
    opens, closes = spans[i]
    return f"{year + y}-{opens}", f"{year + y}-{closes}"


def _on_own_calendar(d: Deadline, tree: Tree) -> None:
    """``d``, a session of another body left undated (:func:`_own_calendar`), dated by that body's calendar where it
    has a certain one (:func:`body_session_dates`): from the opening of the first session it names to the close of
    the last ("at its sixty-ninth and seventieth sessions" of the Commission on the Status of Women: 2025-03 to
    2026-03); undated as before for any session the calendar does not date. ``d.body`` stays: the dates are that
    body's, not the Assembly's."""
    _date_by_calendar(d, d.body, _tokens(tree, "ORD", "SMALL_ORD", "ORDINAL"))


def _date_by_calendar(d: Deadline, body: str, ordinals: list[str]) -> bool:
    """Date ``d`` by the sessions of ``body`` its ``ordinals`` (as written) name, where its calendar dates every one
    (:func:`body_session_dates`); whether it did."""
    spans = [body_session_dates(body, ordinal(o) or 0) for o in ordinals]
    if not spans or not all(spans):
        return False
    # as the Assembly's sessions (:func:`_dated`): "from" a session on has no end, "before" it ends at its opening
    d.start, d.end = spans[0][0], None if d.type == "from" else spans[0][0] if d.type == "before" else spans[-1][1]
    return True


def session_ordinals(text: str) -> list[str]:
    """The ordinals (as written) of the sessions ``text`` names: "at its sixty-ninth and seventieth sessions" ->
    ["sixty-ninth", "seventieth"]."""
    return [w for _, _, tree in _scan(text, ("session_point",), _SESSION_AT)
            for w in _tokens(tree, "ORD", "SMALL_ORD", "ORDINAL")]


def actors_own_sessions(found: list[Deadline], actor: str) -> list[Deadline]:
    """``found`` (the deadlines of an action addressed to ``actor``, a name as the alias table writes it) with the
    sessions "its" or "their" names that :func:`find` left undated and to no body (the Assembly's numbering would put
    them in the past: :func:`_another_body`) dated as the actor's own, where its calendar dates them
    (data/body_sessions.txt): "Requests the Commission on Crime Prevention and Criminal Justice to give high priority at
    its thirty-fifth session to considering the outcome of the Fifteenth Congress" (A/RES/80/225 11: May 2026),
    "Encourages the Commission on the Status of Women to consider addressing ... at its sixty-ninth and seventieth
    sessions" (A/RES/79/154 9); copies, ``body`` the actor; ``found`` itself where none changes (an actor with no
    calendar)."""
    out, changed = [], False
    for d in found:
        if (d.body is None and d.start is None and d.end is None and "session" in d.text
                and re.search(r"\b(?:its|their)\s", d.text)):
            words = session_ordinals(d.text)
            from dataclasses import replace

            dated_ = replace(d, body=actor)
            if _date_by_calendar(dated_, actor, words):
                d, changed = dated_, True
        out.append(d)
    return out if changed else found


def short_named_session(d: Deadline, full: str | None) -> Deadline | None:
    """``d``, the session of a body written by its head noun alone ("through the Commission at its thirty-third
    session": ``body`` "Commission", undated), as the session of ``full``, the body the same words named in full
    before (the report's channel or receiver, its head noun the same: "Commission on Crime Prevention and Criminal
    Justice", A/RES/78/223 23), dated by that body's calendar (:func:`body_session_dates`: May 2024); a copy, ``body``
    the full name. None where ``d`` is dated or no short name, ``full`` has another head, or its calendar does not
    date the session. The United Nations Editorial Manual's short form after the full name."""
    if not full or not d.body or d.start is not None or d.end is not None or " " in d.body.strip():
        return None
    head = re.split(r"\s+(?:of|on|for|to)\s+", full, maxsplit=1)[0].split()[-1:]
    if head != [d.body.strip()]:
        return None
    words = session_ordinals(d.text)
    from dataclasses import replace

    dated_ = replace(d, body=full)
    return dated_ if _date_by_calendar(dated_, full, words) else None


def respective_session(d: Deadline, i: int, body: str) -> Deadline | None:
    """The ``i``-th session (from 0) of ``d``, sessions listed "respectively" for bodies named in order, as the session
    of ``body``, the ``i``-th of them: "to the General Assembly and the Human Rights Council at their eightieth and
    sixty-first sessions, respectively" (A/RES/78/217 32) is, for the Council (1), its sixty-first session, February to
    April 2026 (:func:`body_session_dates`), for the Assembly (0) its eightieth (:func:`session_dates`); a copy of
    ``d``. None where ``d`` lists no sessions "respectively", has no ``i``-th, or ``body``'s calendar does not date
    it. Read by mandates/reports.py for each body a report goes to."""
    if "respectively" not in d.text or "session" not in d.text:
        return None
    words = session_ordinals(d.text)
    n = ordinal(words[i]) if i < len(words) else None
    assembly = meets_in_assembly_sessions(body)
    span = (session_dates(n) if assembly else body_session_dates(body, n)) if n else None
    if span is None:
        return None
    from dataclasses import replace

    return replace(d, start=span[0], end=span[1], body=None if assembly else body)


def _own_calendar(d: Deadline, tree: Tree, before: str, after: str) -> None:
    """A session of another body than the Assembly has no date of the Assembly's calendar: ``d`` undated, its
    ``body`` named ("adopted by the International Labour Conference at its ninety-eighth session" would be 2043:
    A/RES/80/153 15; "after the conclusion of the session of the International Law Commission", A/RES/80/164 46).
    Sessions listed "respectively" go to the bodies named before, in order: the Assembly's one dates ``d`` ("to the
    General Assembly and the Human Rights Council at their eightieth and sixty-first sessions, respectively",
    A/RES/78/217 32: the eightieth). The bodies that meet in the Assembly's sessions: data/assembly_sessions.txt."""
    # the body named after "session(s) of", the bodies named right before "at its/their" (grammar/attachment.lark)
    session_of, named_before = _rule("session_of"), _rule("named_before")
    of = session_of.search(d.text + after[:120]) if "of" in d.text + after[:120] else None
    if of and of.start() <= len(d.text) + 1:
        names = [of.group("name")]
    elif re.search(r"\b(?:its|their)\s", d.text) and (named := named_before.search(before)):
        # each name as grammar/attachment.lark's ``name`` reads it, an "and" inside a name kept ("the Commission on
        # Crime Prevention and Criminal Justice at its thirty-fourth session", A/RES/78/227 16: one body)
        names = [n.group(0) for n in _rule("name").finditer(named.group("names"))]
        if "respectively" not in d.text:
            names = names[-1:]  # "to the Human Rights Council and the General Assembly at its eightieth session"
    else:
        return
    bodies = [_body_name(re.sub(r"^the\s+", "", n)) for n in names]
    if not all(bodies) or all(meets_in_assembly_sessions(b) for b in bodies):
        return
    ordinals = _tokens(tree, "ORD", "SMALL_ORD", "ORDINAL") if len(bodies) > 1 else []
    own = [ordinal(o) for b, o in zip(bodies, ordinals) if meets_in_assembly_sessions(b)]
    if own and own[0]:
        d.start, d.end = session_dates(own[0])  # the Assembly's own of the list
        return
    d.start = d.end = None
    d.body = " and ".join(b for b in bodies if not meets_in_assembly_sessions(b))


def find(text: str, periods: dict[str, tuple[str, str, str]] | None = None, adopted: str | None = None) -> list[Deadline]:
    """Every deadline or period in ``text``, in order of position, none overlapping. ``adopted`` (ISO, "2019-05-22")
    dates the deadlines counted from the adoption of the present resolution; with it, a session of another body
    ("the Human Rights Council at its fifty-ninth session") is kept without a date (the Assembly's numbering would
    put it in the past). A session at which an act of the Assembly is taken ("decisions taken by the General
    Assembly at its seventy-eighth session") is none, and so is a goal's year ("the Goals by 2030"), a year inside a
    purpose or a goal's infinitive, and an urgency there too ("with the aim of reducing the transaction cost ... by
    2030", "in order to enable those meetings to be held as early as possible in 2025", "efforts to reduce the
    transaction costs ... by 2030", "measures to achieve the total elimination ... at the earliest possible time") and "before" a thing that is no definite event ("before the holding of meetings", "before a
    judge"). "pending <event>" is until the event (type "by"), and so is "until" an event a clause names ("until such
    conservation and management measures are adopted", rule ``until_event``); an event named by its noun, "during" or
    "at" it ("at its annual forum on financing for development follow-up"), is type "at", dated by the time written
    right after it (that time alone after "at": "at the Biennial Meeting of States in 2026" is "in 2026"), none where
    its name dates it to the adoption's year or before ("at the Global Refugee Forum 2023") or where it is the time
    of a noun's act inside the object (``noun_act_before`` of grammar/attachment.lark: "Member States presenting
    voluntary national reviews at the high-level political forum"); "on the occasion of" an event is "at" it; an early part of a process ("early in
    the national review process", rule ``process_stage``) is type "at", undated; "within a decade", no event named,
    counts from ``adopted``. A session and the time written right after it are one deadline, dated by that time
    ("during its organizational session in the first quarter of 2024": :func:`_date_by_the_time_after_session`),
    which takes the place of the time alone; "at the beginning of each quinquennium" and "in 2025 and every five years
    thereafter" recur (``recurrence`` "every five years"), and so does a session with "thereafter" or "subsequently"
    and a period after it ("at its eighty-first session and thereafter on a biennial basis": "every two years"). An
    event named with "any" ("immediately following any recommendations of the Conference on Disarmament") is a
    condition, none. The session of an agenda is written "of its eighty-first session", as the labels write it. The
    year an amount of a budget act is given for, right after the amount ("... (56,127,700 dollars net) for the Mechanism for 2025", A/RES/79/255 20: rule
    ``amount_period``, grammar/attachment.lark ``budget_amount``), is type "in"; "the scale of assessments for 2025"
    is none."""
    found: list[tuple[int, int, Deadline]] = []
    events: list[tuple[int, int, Deadline, str]] = []  # events by their noun, undated: dated by a time after them
    trees: dict[int, Tree] = {}  # the tree of each expression found, by its start
    held: list[tuple[int, int, Deadline]] = []  # the times of events "to be held" (``of_an_event``), the events' own
    for s, e, kind, typ, tree, written, past_act, of_event in _candidates(text):
        if of_event:
            held.append((s, e, _dated(Deadline(written, typ), {}, adopted, tree)))
            continue
        overlapping = [f for f in found if s < f[1] and f[0] < e]
        if overlapping:
            if not (_session_time(tree) and all(s <= fs and fe <= e for fs, fe, _ in overlapping)):
                continue
            found = [f for f in found if f not in overlapping]  # "in the first quarter of 2024" alone, of the session's
        before = text[max(0, s - 80) : s]
        d = _dated(Deadline(written, typ), periods or {}, adopted, tree)
        if tree.data == "after_adopting":
            when = _after_adopting(tree, written, periods or {}, adopted)
            if when is None:
                continue  # "60 years after the adoption of the Declaration on ...": another text's, an anniversary
            d.start = d.end = when
        node = _session_time(tree) if tree.data == "at_session" else None
        # the session's own words, without the time written after it ("the Open-ended Working Group at its eighth
        # session in 2024", A/RES/78/237 8: the Group's session, in 2024)
        session = written if node is None else written[: next(node.scan_values(lambda v: isinstance(v, Token))).start_pos]
        if "session" in session and not re.search(rf"\b{_YEAR}\b", session):  # not "its 2026 session"
            _own_calendar(d, tree, before, text[e : e + 120])
        if tree.data in _EVENTS and d.start and not d.resolved_from and adopted and not _to_come(d, adopted):
            # an event its name dates ("at the Global Refugee Forum 2023", A/RES/78/219 26, adopted on 19 December
            # 2023; "at the 2010 Review Conference") no later than the adoption's year: held, or not shown to come
            # (one still to come is written "upcoming", "to be held" ...: the year alone cannot tell a December event
            # of the adoption's year from a past one; the corpus's two of the adoption's year, the Forum of 13-15
            # December 2023 and "the 2024 Economic and Social Council forum" of A/RES/79/197, had both been held)
            continue
        if tree.data == "from_date" and not _to_come(d, adopted):
            continue  # "data from 2015": a start before the adoption is no time of the action asked (nor with no date)
        if (tree.data in ("recurring_day", "recurring_by") and not _rule("observed_day_before").search(before)
                and not _rule("observed_day_after").match(text, e)):
            d.recurrence = None  # "at the opening plenary meeting, on 10 December" (A/RES/72/244 11): one day, no observance's
        if tree.data == "beginning" and d.recurrence is None and (every := _rule("recurs_before").search(before)):
            d.recurrence = _recurrence_after(every.group("recurrence"))  # "to be observed annually, beginning in 2025"
        if tree.data == "beginning" and d.recurrence == "annually":
            _on_the_proclaimed_day(d, text, s, adopted)  # "to designate 7 September ... as a United Nations Day, to be
            # observed every year beginning in 2024" (A/RES/78/12 1): from 2024-09-07
        if tree.data == "beginning" and d.recurrence is None and (every := _rule("recurs_after").match(text, e)):
            d.recurrence = _recurrence_after(every.group("recurrence"))  # "beginning in 2020, alternating with
            # discussions at the global level at a four-year interval" (A/RES/73/195 annex 50)
        if tree.data == "beginning":
            d = recurring_object(d, text[e:])  # "the Secretary-General, beginning from 2026, to submit an annual report"
        if (tree.data == "at_session" and d.recurrence is None and _tokens(tree, "OF_SESSION")
                and (every := _rule("recurs_after_item").match(text, e))):
            d.recurrence = _recurrence_after(every.group("recurrence"))  # "... the item entitled “...” and to consider it on an annual basis thereafter"
        if _another_body(d, before, adopted):
            d.start = d.end = None
        if tree.data == "at_session" and _tokens(tree, "AT_LATEST"):
            d.type = "by"  # "at its eighty-first session at the latest": a term, as "no later than at" (grammar)
        if tree.data == "at_session":
            _date_by_the_time_after_session(d, tree, adopted)  # "during its organizational session in the first quarter of 2024"
        if past_act and (tree.data in _EVENTS or not _to_come(d, adopted)):
            # a noun's act at an event, still to come or held: "a list of voluntary commitments ... registered after 1
            # July 2022 and announced at the Conference" (A/RES/78/128 19: tests/labels/mandates_fresh18 n 79, no
            # deadline), as "Member States presenting voluntary national reviews at the high-level political forum"
            # (``noun_act_before``); a session to come keeps it ("to report on the measures taken and results
            # achieved at the seventy-ninth session", A/RES/78/252 30)
            continue
        found.append((s, e, d))
        trees[s] = tree
        if tree.data in _EVENTS and d.start is None:
            events.append((s, e, d, tree.data))
        elif tree.data in _OWN_DOCUMENTS:
            events.append((s, e, d, tree.data))
    found.sort(key=lambda f: f[0])
    for (_, pe, p), (s, _, d) in zip(found, found[1:]):
        if (p.body and p.start is None and d.body is None and "session" in d.text
                and re.search(r"\b(?:its|their)\s", d.text) and _rule("same_body_between").match(text[pe:s])):
            # "to the Human Rights Council at its relevant sessions, starting from its sixty-fourth session" (A/RES/80/
            # 199 32): "its" is the Council's, whose session has no date of the Assembly's calendar (rule
            # ``same_body_between``, grammar/attachment.lark)
            d.body, d.start, d.end = p.body, None, None
    for s, e, d in [f for f in found if f[2].body and f[2].start is None]:
        nxt = next((f for f in found if f[0] >= e), None)
        if nxt and "session" not in nxt[2].text and _dated_by_the_time_after(d, text, e, found):
            # another body's session and the time written after its name, one time: "by the seventy-seventh session of
            # the World Health Assembly in May 2024" (A/RES/78/280 3: by May 2024, the Assembly's session; tests/
            # labels/GUIDELINE.md, branch dfix3), no longer that session undated and "in May 2024" beside it; a
            # session after it is another time ("at its relevant sessions, starting from its sixty-fourth session",
            # A/RES/80/199 32, the Council's)
            found.remove(nxt)
    for s, e, d in found:
        if d.body and d.start is None and d.end is None and "session" in d.text:
            _on_own_calendar(d, trees[s])  # "to the Human Rights Council at its sixty-second session": June 2026
    for s, e, d in found:
        if (trees[s].data in _BOUNDED_BY_EVENT and d.start is None and d.end is None
                and (event := _time_after(text, e, held, "event_held_then_time")) and event.start):
            _dated_by_the_event(d, event, trees[s])  # "before the next session of the Committee, to be held in 2026"
    # "to include in the provisional agenda of its seventy-ninth session ... and to review the implementation of the
    # present resolution at that session" (A/RES/78/42 26): the session named before in the same text, one time
    found = [f for i, f in enumerate(found) if not (refers_back(f[2]) and any(
        x.start and "session" in x.text and not refers_back(x) for _, _, x in found[:i]))]
    for s, e, d, rule in events:
        if rule in _OWN_DOCUMENTS:
            if _time_after(text, e, found, "document_then_time") is not None:
                # "to include, in his report on the implementation of the present resolution to the General
                # Assembly at its seventy-ninth session, a section ..." (A/RES/78/234 37: tests/labels/mandates_fresh18
                # n 95, the deadline "at its seventy-ninth session"): the report's own time written, the report is
                # no time beside it (tests/labels/GUIDELINE.md, branch f18)
                found.remove(next(f for f in found if f[0] == s))
            elif _time_before(text, s, found) is not None:
                # "to provide the outcome of the review for the consideration of the General Assembly at the main part
                # of its eightieth session in the context of the proposed programme budget for 2026" (A/RES/79/257 62:
                # tests/labels/mandates_fresh15 n 17, the one deadline "at the main part of its eightieth session";
                # 80/242 78): the document the time written right before it presents, one time, the time's
                found.remove(next(f for f in found if f[0] == s))
        elif _dated_by_the_time_after(d, text, e, found) and rule == "at_event":
            # "for presentation at the Biennial Meeting of States in 2026" (A/RES/80/38 33: tests/labels/
            # mandates_sample n 164, the deadline "in 2026"): one time, written by the date that follows the event
            found.remove(next(f for f in found if f[0] == s))
    return [d for _, _, d in found]


@lru_cache(maxsize=16384)
def _candidates(text: str) -> tuple[tuple[int, int, str, str, Tree, str, bool, bool], ...]:
    """The expressions of :func:`find` in ``text`` that the words around them leave standing, before the ones that
    overlap an earlier one are dropped and before dating: (start, end, kind of ``_KINDS``, type, tree, as written,
    whether an act of the Assembly written before it makes it that act's date unless it is to come, whether it is the
    time of an event "to be held" named in the object: no time of the action, only the event's), in the order
    :func:`find` reads them (the kinds in turn, each leftmost first). Everything here is read off ``text`` alone, not
    off the resolution's adoption date or its named periods (which :func:`find` applies after): so it is kept per
    text, across resolutions (a clause's words recur in a later session's resolution of the same name: 46 % of the
    texts read over the corpus were read in another resolution before). Each test here only drops an expression, as
    the overlap test does, so testing them all before it drops the same ones. The trees are shared: not changed."""
    out: list[tuple[int, int, str, str, Tree, str, bool, bool]] = []
    purposes: list[tuple[int, int]] | None = None  # read when a year-only deadline asks (few texts have one)
    quoted = [m.span() for m in _QUOTED.finditer(text)] if "“" in text else []
    present = _NEEDED.present(text)  # the needed words the text holds, read once (``words.Strings``)
    held = [not present.isdisjoint(g) for g in _NEEDED_SETS]  # does the text hold a word of the group
    for (kind, starts, at, _), groups in zip(_KINDS, _KIND_GROUPS):
        if not all(map(held.__getitem__, groups)):  # a group of which the text holds no word: no expression of the kind there
            continue
        for s, e, tree in _scan(text, starts, at):
            if any(qs < s and e < qe for qs, qe in quoted):
                continue  # words quoted: "namely “to consider, at a later stage, the elaboration of a convention”"
            if tree.data == "at_session" and _tokens(tree, "TO_SESSION"):
                # "to the subsequent session of the General Assembly" (A/RES/80/136 22): "to" is the report's, which
                # goes to the session; the time as written is the session ("the subsequent session of the General
                # Assembly": tests/labels/GUIDELINE.md, the thirty-first session, branch mfix12)
                s = s + len(re.match(r"to\s+", text[s:]).group(0))
            written = text[s:e].strip()
            if tree.data in ("at_stage", "process_stage", "immediately", "remaining") or _YEAR_ONLY.fullmatch(written) or _a_span_from_now(tree):
                purposes = _purposes(text) if purposes is None else purposes
                if any(ps <= s < pe for ps, pe in purposes):
                    # "with the aim of reducing the average transaction cost ... by 2030"; "so that these technologies
                    # and systems become accessible at minimal cost and at an early stage" (A/RES/78/195 23); "to
                    # further efforts to reduce the transaction costs ... by 2030" (A/RES/80/125 19), "measures to
                    # achieve the total elimination of all nuclear weapons at the earliest possible time" (A/RES/80/24
                    # 1): a goal's time, year or urgency; "with the aim of eliminating obstetric fistula globally
                    # within a decade" (A/RES/79/155 16): a span from now, as a year; "in order to enable those
                    # meetings to be held as early as possible in 2025" (A/RES/78/223 13, tests/labels/mandates_fresh8
                    # n 85), "with a view to achieving the widest possible adherence ... at an early date" (78/64 1):
                    # an urgency in any purpose
                    continue
            typ = kind
            event = _after_event(tree)
            if event is not None and not _an_event(event):
                continue  # "to be registered immediately after birth": no event the addressee acts at (as "before");
                # "immediately following any recommendations of the Conference on Disarmament" (A/RES/78/15 3): any
                # one that comes, a condition (whenever), no time (tests/labels/GUIDELINE.md, branch dfix)
            if (kind in ("in", "at", "between", "by", "during") or tree.data == "from_date") and _rule("of_an_event").search(text, max(0, s - 160), s) and not _at_the_event(text[:s]):
                # "preparations for the high-level event, to be held in 2026": the event's date ("the declaration to be
                # concluded by 1 May 2025" is the action's: its work done, GUIDELINE.md, branch dfix3); kept as the
                # event's time, which dates a time of the action that names the event ("before the next session of
                # the Committee, to be held in 2026", A/RES/80/76 44: :func:`find`)
                out.append((s, e, kind, kind, tree, written, False, True))
                continue
            if kind in ("in", "at") and tree.data not in ("at_stage", "process_stage") and _rule("event_in_object").search(text, max(0, s - 200), s):
                continue  # "for which a pledging conference will be held ..., in 2025": the conference's year
            if _rule("short_name_after").match(text, e) and _rule("name_before").search(text, max(0, s - 200), s):
                continue  # "the Roadmap for Implementing ... in a Sustainable Manner by 2030 (Caribbean Firearms Roadmap)"
                # (A/RES/80/61 7): a time inside a name, the named thing's
            if tree.data == "by_event" and _rule("agent_by").search(text, max(0, s - 40), s):
                continue  # "adopted by the Fourteenth Congress": the event is the participle's agent, no time
            if tree.data == "until_event" and (act := _rule("act_of_assembly").search(text, max(0, s - _ACT_SPAN), s)) and act.group("be") is None:
                continue  # "Rohingya refugees and forcibly displaced persons sheltered in Bangladesh until conditions for
                # return are met" (A/RES/80/221 36): how long the noun's state lasts, a past participle's, not the action's
            if kind in ("in", "at") and _rule("proposed_event").search(text, max(0, s - 300), s):
                continue  # "to further consult on the proposal to hold ... (UNISPACE IV) in 2027" (A/RES/79/1 adopted
                # 84): the proposed Conference's year, not the consultation's
            if _rule("possible_relative").search(text, max(0, s - 200), s):
                continue  # "other proposals ... already submitted or which may be submitted to the Special Committee at
                # its session in 2024" (A/RES/79/125 3 (a)): the time of a possible submission, not of the consideration
            if tree.data in _EVENTS and _rule("held_before").match(text, e):
                continue  # "at its meeting held in Bangkok from 11 to 13 November 2014" (A/RES/80/229 40): a past event
            if tree.data in _EVENTS and _rule("noun_act_before").search(text, max(0, s - _ACT_SPAN), s):
                continue  # "Member States presenting voluntary national reviews at the high-level political forum"
                # (A/RES/78/225 13), "the main topics to be discussed at the Congress" (A/RES/79/186 9): the time of a
                # noun's act inside the object, not of the action asked for
            if kind in ("in", "at", "between") and _rule("related_act").search(text, max(0, s - _ACT_SPAN), s):
                continue  # "all documents relating to the consideration of this item by the General Assembly at its
                # seventy-eighth session" (A/RES/78/15 4): the time of the act the documents are about
            if _rule("others_report").search(text, max(0, s - _ACT_SPAN), s):
                continue  # "in order to provide substantive input to the report of the Secretary-General to be submitted to
                # the General Assembly at its seventy-ninth session" (A/RES/78/152 69): the time of another's report the
                # action contributes to, not of the action (grammar/attachment.lark ``others_report``)
            if tree.data == "at_session" and _rule("holder_term").search(text, max(0, s - 120), s):
                continue  # "statements by the President of the General Assembly at its eightieth session" (A/RES/79/288 3
                # (a)): which holder, the holder's term (grammar/attachment.lark ``holder_term``)
            if _rule("target_infinitive").search(text, max(0, s - 200), s):
                continue  # "with targets to effect its implementation by the eighty-fourth session of the Assembly"
                # (A/RES/79/192 3 (c)): the targets' time (grammar/attachment.lark ``target_infinitive``)
            if _rule("led_to").search(text, max(0, s - 200), s):
                continue  # "to support the post-Malabo consultations and process, leading to a new Comprehensive Africa
                # Agriculture Development Programme framework in 2025" (A/RES/78/262 11): the year of the result the
                # process leads to, not of the support (grammar/attachment.lark ``led_to``)
            if _rule("cited_act").search(text, max(0, s - _CITED_SPAN), s):
                continue  # "in particular Security Council resolution 497 (1981), in which the Council, inter alia, decided
                # that ... and demanded that Israel ... rescind forthwith its decision" (A/RES/79/90 1): the time of the
                # cited act told in a relative clause, not of the action asked (grammar/attachment.lark ``cited_act``)
            if _rule("relayed_report").search(text, max(0, s - _CITED_SPAN), s):
                continue  # "to request the Board of Auditors to keep matters ... under review and report thereon in its
                # future reports" (A/RES/79/245 8): the time of the second body's report, not of the actor's request
                # (grammar/attachment.lark ``relayed_report``; tests/labels/GUIDELINE.md, the twenty-seventh session)
            if _qualified_by_participle(text[max(0, s - _ACT_SPAN) : s], tree.data in _EVENTS):
                continue  # "the statement ..., delivered by means of a pre-recorded statement during the general
                # debate and submitted to the President no later than the day on which the pre-recorded statement is
                # played" (A/RES/80/1 2): the statement's delivery and submission, not the circulation asked, whatever
                # the time's kind
            if _in_recital(text, s):
                continue  # "..., recalling that, in paragraph 62 of resolution 63/112 ..., it urged that large-scale
                # fishing vessels be required to carry vessel monitoring systems no later than December 2008, and to
                # share ..." (A/RES/78/68 125): the time of the urging recalled, not of the action
            if tree.data.startswith("before") and _rule("a_day_named").search(text, max(0, s - 40), s):
                continue  # "from the seventh day before the start of the Games ... until the seventh day following the
                # end of the ... Paralympic Games" (A/RES/78/10 1, 80/8 1): a bound of a period, no time of its own
            if tree.data.startswith("before") and _rule("state_before").search(text, max(0, s - 40), s):
                continue  # "the Ukrainian legislation in force prior to the temporary occupation" (A/RES/78/221 6): the
                # time of the state the noun was in, not of the action
            if (_rule("proclaimed").search(text, max(0, s - 40), s) or _rule("of_an_instrument").search(text, max(0, s - 200), s)
                    or _rule("in_a_condition").search(text, max(0, s - 300), s)
                    or _rule("included_amount").search(text, max(0, s - 300), s)):
                continue  # "to proclaim the period from 2025 to 2034 as the Decade" (A/RES/78/321 1): what is proclaimed;
                # "pursuant to the schedule of meetings for the period from 2024 to 2030" (A/RES/79/40 8): the schedule's;
                # "subject to the availability of funds ... for the sessions of the Commission in 2026" (80/110 91);
                # "..., inclusive of the amount of 590,000,000 dollars previously authorized for the Mission for the
                # period from 1 July to 31 December 2023" (A/RES/78/250 2): the included part's period
            if _UNTIL.match(written) and _rule("extended").search(text, max(0, s - 160), s):
                continue  # "to extend the mandate of the Agency until 30 June 2029" (A/RES/80/78 6): how long what is
                # extended lasts, what is decided (grammar/attachment.lark ``extended``)
            if tree.data == "amount_period" and not _rule("budget_amount").search(text, max(0, s - 400), s):
                continue  # "the scale of assessments for 2025": the year of the noun before it, not of a budget act
            if tree.data == "before_act":
                pass  # "before presenting final recommendations ...": the addressees' own act, an event
            elif tree.data == "before_np" and not _names_time(written):
                if not _an_event(written):
                    continue
                typ = "relative"
            before = text[max(0, s - 80) : s]
            if tree.data == "remaining" and _rule("of_an_implementation").search(text, max(0, s - 200), s):
                continue  # "recommendations for the effective implementation of the Programme during the remainder of
                # the decade" (A/RES/80/150 83): the span of the implementation named, not the time of the action
            if _commemorated_year(tree, written, text[max(0, s - 200) : s]):
                continue  # "the thirtieth anniversary of the International Year of the Family in 2024"
            if _subject_year(tree, written, text, s):
                continue  # "to report to the General Assembly at its eighty-first session on the implementation of the
                # Programme of Assistance in 2026" (A/RES/80/163 29): the subject's year, the report due at the session
            # "at/during its Nth session", "the high-level debate of the General Assembly held on 15 June 2023"
            # (A/RES/78/229 26), "the resumed Review Conference held in New York from 24 to 28 May 2010" (A/RES/78/68
            # 66): the date of an act or an event named, not of the action asked for (unless it is still to come:
            # :func:`_to_come`)
            past_act = (kind in ("at", "between") or tree.data == "in_time") and _an_act_before(text[max(0, s - _ACT_SPAN) : s])
            if typ == "relative" and cites_report(before):  # "recommendations made by X in its report on"
                continue
            if tree.data in _OWN_DOCUMENTS and _rule("agents_report").search(text, max(0, s - 200), s):
                continue  # "a study ..., to be considered by the Secretary-General in his report on" (A/RES/79/210 6):
                # the agent's report, "his" the Secretary-General's, not when the addressee acts
            if _a_bare_year_by(tree) and _rule("goal_before").search(before):
                # "the Sustainable Development Goals by 2030" ("the temperature goal by the end of 2023" is a deadline)
                continue
            out.append((s, e, kind, typ, tree, written, past_act, False))
    return tuple(out)


# the words that open a time up to which something lasts, after a verb of extending (attachment.lark ``extended``)
_UNTIL = re.compile(r"(?:until|till|through|to)\s")


def _dated_by_the_time_after(d: Deadline, text: str, end: int, found: list[tuple[int, int, Deadline]]) -> bool:
    """An event the action takes place during, undated (``d``, ending at ``end`` of ``text``), takes the dates of the
    time written right after its noun (``event_then_time`` of grammar/attachment.lark): "during the debate at the
    eightieth session of the General Assembly" is during that session (A/RES/78/236 15), "during the Fourth International Conference on
    Financing for Development, to be held in Seville, Spain, from 30 June to 3 July 2025" then (A/RES/79/222 51). Whether
    it did."""
    nxt = _time_after(text, end, found)
    if nxt is not None and nxt.start:
        d.start, d.end = nxt.start, nxt.end
        return True
    return False


# the kinds of time that name an event as the bound of the action, "before" or "by" it, which the event's own time
# dates (:func:`_dated_by_the_event`); not a period bounded by two events, which stays as written ("throughout the
# period from the seventh day before the start of the Games ... until the seventh day following the end of the XVII
# Paralympic Games, to be held in Paris in 2024", A/RES/78/10 1: the Games' year, docs/mandates.md)
_BOUNDED_BY_EVENT = frozenset({"before", "before_np", "by", "by_event"})


def _dated_by_the_event(d: Deadline, event: Deadline, tree: Tree) -> None:
    """``d``, an undated time of the action that names an event ("before the next session", "before the Games of the
    XXXIV Olympiad"), dated by ``event``, the time the postmodifier right after the event's name says it is to be
    held (rule ``event_held_then_time`` of grammar/attachment.lark): "before the next session of the Committee, to be
    held in 2026" (A/RES/80/76 44) is before 2026, "before the Games of the XXXIV Olympiad and the XVIII Paralympic
    Games, to be held in Los Angeles in 2028" (A/RES/80/8 9) before 2028; "before" an event ends at its opening, as
    "before" a session dated by a calendar does (:func:`_date_by_calendar`), a time at or by it takes its dates. The
    words stay as written, the event's time is no deadline of its own (the labels: tests/labels/GUIDELINE.md, the
    thirty-first session, branch mfix12)."""
    if tree.data in ("before", "before_np") or d.type == "before":
        d.type, d.start, d.end = "before", event.start, event.start
    else:
        d.start, d.end = event.start, event.end or event.start
        if d.type == "relative":
            d.type = "in"


def _time_after(text: str, end: int, found: list[tuple[int, int, Deadline]],
                between: str = "event_then_time") -> Deadline | None:
    """The time of ``found`` written right after an event's or a document's words that end at ``end`` of ``text``,
    dated or not, with only the words rule ``between`` of grammar/attachment.lark allows between (``event_then_time``:
    the rest of an event's name, "to be held in <place>"; ``document_then_time``: a document's topic and receiver);
    None when the next time is not there."""
    nxt = next(((s, x) for s, _, x in found if s >= end), None)
    return nxt[1] if nxt and _rule(between).fullmatch(text, end, nxt[0]) else None


def _time_before(text: str, start: int, found: list[tuple[int, int, Deadline]]) -> Deadline | None:
    """The time of ``found`` written right before the actor's own document whose words start at ``start`` of
    ``text``, only spaces or a comma between ("at the main part of its eightieth session in the context of the proposed
    programme budget for 2026", A/RES/79/257 62): that time, of which the document is the vehicle (:func:`find` keeps
    it alone); None when the time before is not right there (or is the document itself)."""
    prev = next(((ps, pe, x) for ps, pe, x in reversed(found) if pe <= start), None)
    return prev[2] if prev and _JUST_SPACE.fullmatch(text, prev[1], start) else None


_JUST_SPACE = re.compile(r"\s*,?\s*")


@lru_cache(maxsize=1)
def _purpose_back() -> re.Pattern:
    return re.compile(rf"\b(?:{data.alternation(data.sections('deadline_words.txt')['purposes back'])})\b", re.IGNORECASE)


def may_open(text: str) -> bool:
    """Can :func:`find` give a deadline that starts where ``text`` starts? Only where the place of one of its kinds
    (``_KINDS``: where an expression may start) matches there, as its scan tries them (``_scan``: the first match of
    a kind's place is at 0 only where the place matches at 0): a necessary condition, tested before ``find`` reads a
    text that may only be one whole time (``mandates.extract``, a time that opens a clause's sentence)."""
    return any(at.match(text) for _, _, at, _ in _KINDS)


def serves_the_clause_before(lead: str) -> bool:
    """Does a second verb's lead ("and to this end requests", "and, for that purpose, invites") make its action serve
    the clause before it in the paragraph, whose time is then its time too (data/deadline_words.txt, [purposes
    back]: "Decides to continue its examination ... at its seventy-ninth session, and to this end requests the
    Secretary-General to submit a comprehensive report", A/RES/78/218 26)? Read by mandates/extract.py."""
    return _purpose_back().search(lead) is not None


def refers_back(d: Deadline) -> bool:
    """Is ``d`` a session named by reference to one named before ("at that session", "at the same session": token
    ``SESSION_BACK`` of grammar/deadlines.lark), which :func:`find` leaves undated and ``mandates/extract.py`` dates
    by the last session an earlier clause of the paragraph names ("Decides to include in the provisional agenda of its
    eighty-first session ..., and requests the Secretary-General to submit a report ... at that session", A/RES/80/178
    88)?

    Read off the grammar's tree already (the twenty-fourth session, branch design24, looked at it as a regex pass and
    left it): the decision is the token ``SESSION_BACK`` in the parse of the deadline's own words by rule
    ``at_session`` (a short text, kept per window by ``_longest_in``); "session" in the text is a necessary condition
    tested first, no reading of its own. Carrying the fact from the tree :func:`find` made, on the
    :class:`~resparse.model.Deadline`, would add a field every dump writes (``dump --full`` would change)."""
    if "session" not in d.text:
        return False
    hit = _longest(d.text, 0, "at_session")
    return hit is not None and hit[0] == len(d.text) and bool(_tokens(hit[1], "SESSION_BACK"))


def starts_with_time(text: str) -> bool:
    """Does ``text`` open with a date, a session or a phase (rule ``when`` of grammar/deadlines.lark: "March 2017",
    "the end of its eightieth session", "phase II")? "by March 2017" after a passive is a deadline, not an agent."""
    return not text[:1].isspace() and _longest(text, 0, "when") is not None


def _a_span_from_now(tree: Tree) -> bool:
    """Is the expression a span with no event ("within a decade", "within five years"), counted from the adoption?"""
    return tree.data == "within" and not _tokens(tree, "AFTER")


def _a_bare_year_by(tree: Tree) -> bool:
    """Is the expression "by" and a year, nothing else ("by 2030", "by the year 2030")?"""
    return tree.data == "by" and [(t.type, t.value) if t.type == "BY" else t.type for t in tree.scan_values(
        lambda v: isinstance(v, Token) and v.type != "THE_YEAR")] == [("BY", "by"), "YEAR"]


def _names_time(text: str) -> bool:
    """Does ``text`` (a noun phrase after "before") name a date, a session or a phase anywhere?"""
    return next(_scan(text, ("when",), _WHEN_AT), None) is not None


# the edges of a period (grammar rule ``edge``, words single-spaced) that name its first weeks, and its close
# the edges that name the opening and the close of a period (data/deadline_words.txt [period edges])
_OPENING = frozenset(edge for edge, side in _EDGES.items() if side == "opening")
_CLOSING = frozenset(edge for edge, side in _EDGES.items() if side == "closing")


def _first_edge(tree: Tree, text: str) -> str | None:
    """The first edge the expression names ("the beginning of", "the last day of the general debate of", "the end
    of" the first half ...: "beginning", "last day of the general debate", "end"), None if none; in an expression
    that holds a noun phrase, the first edge word of its text ("no later than the end of ...")."""
    edge = next((t for t in tree.iter_subtrees_topdown() if t.data == "edge"), None)
    if edge is not None:
        return " ".join(_tokens(edge, "EDGE")[0].split())
    if tree.data in _WITH_NP:
        return next(iter(_edges(text)), None)
    return None


def _after_event(tree: Tree) -> str | None:
    """The event an "immediately"-expression is counted from ("as soon as possible after the conclusion of the
    session of the International Law Commission" -> "the conclusion of the session of the International Law
    Commission"), None when it names none."""
    if tree.data != "immediately" or len(tree.children) < 3:
        return None
    return _tokens(tree, "NP")[0]


def named_periods(texts: list[tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    """Periods a resolution defines, from (label, text) pairs: "Phase III (...): February to July 2018" ->
    {"phase iii": ("2018-02", "2018-07", "14 (c)")} (rule ``period_definition``: the text opens with it)."""
    out: dict[str, tuple[str, str, str]] = {}
    for label, text in texts:
        if not _PERIOD_AT.match(text.lstrip()):
            continue  # it does not open with a phase or a stage
        hit = _longest(text, 0, "period_definition")
        if not hit:
            continue
        points = date_points(text[hit[0]:].lstrip().split("\n", 1)[0])
        if points:
            name = " ".join(_tokens(hit[1], "PERIOD_NAME")[0].lower().split())
            out[name] = (points[0][0], points[-1][1], label)
    return out


# an event the resolution dates, to come: its name, whose head is an event's noun, then within the clause "would/will/shall
# be held" or "to be held" and its time ("the third United Nations Conference on Landlocked Developing Countries would
# be held in Kigali for a duration of four days, from 18 to 21 June 2024", A/RES/78/163 38; "the Conference shall
# comprise 10 plenary meetings and 10 Ocean Action panels, to be held from 9 to 13 June 2025", A/RES/78/128 9)
_EVENT_HELD = re.compile(rf"\b(?P<head>{'|'.join(_EVENT_NAMES)})\b(?P<rest>[^;]{{0,160}}?)"
                         r"\b(?:would|will|shall|is\s+to|are\s+to|to)\s+be\s+held\b(?P<when>[^;]{0,160})")


def named_events(texts: list[tuple[str, str]], adopted: str | None) -> dict[str, tuple[str, str, str]]:
    """Events a resolution dates, to come after ``adopted`` (ISO), by their head noun, from (label, text) pairs:
    {"event:conference": ("2024-06-18", "2024-06-21", "38")} (``_EVENT_HELD``, the first time after "held" that
    ``find`` dates). A head dated twice, at two times (two conferences), is none: "the Conference" would be either. Read
    with :func:`named_periods`'s periods: "during the Conference" takes the event's dates (rule ``during_event``)."""
    if not adopted:
        return {}
    seen: dict[str, dict[tuple[str, str], str]] = {}
    for label, text in texts:
        if "held" not in text:
            continue
        for m in _EVENT_HELD.finditer(text):
            if _EVENT_HELD_OTHER.search(m.group("rest")):
                continue  # another event's noun between: that one is held
            dated = next((d for d in find(m.group("when"), adopted=adopted) if d.start), None)
            if dated is None or dated.start <= adopted[: len(dated.start)]:
                continue
            seen.setdefault(m.group("head").lower(), {}).setdefault((dated.start, dated.end or dated.start), label)
    return {f"event:{head}": (*when, label) for head, times in seen.items() if len(times) == 1
            for when, label in times.items()}


_EVENT_HELD_OTHER = re.compile(rf"\b(?:{'|'.join(_EVENT_HEADS)})\b")
_SHORT_EVENT = re.compile(rf"(?:during|throughout|at)?\s*the\s+({'|'.join(_EVENT_NAMES)})")


def _event_key(written: str) -> str | None:
    """The key of :func:`named_events` an expression names by an event's short name, during it or before it ("during
    the Conference", "prior to the Conference" -> "event:conference"); None for a longer name ("the World Conference":
    not the short name of the one dated) or none."""
    m = _SHORT_EVENT.fullmatch(_preposition().sub("", written)) if "the " in written else None
    return f"event:{m.group(1).lower()}" if m else None
