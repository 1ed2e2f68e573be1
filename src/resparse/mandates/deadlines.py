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
the deadlines that refer to it ("before the beginning of phase III" -> before 2018-02): see ``named_periods``.
"""

from __future__ import annotations

import re

from ..model import Deadline, Report

MONTHS = "January February March April May June July August September October November December".split()
_MONTH_NO = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH = r"(?:" + "|".join(MONTHS) + r")"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"\d{1,2}"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENS_ORD = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_ORD = r"[a-z]+(?:-[a-z]+)?"
_PHASE = r"(?:phase|stage)\s+(?:[IVX]+|\d+)\b"

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
# a date, a month, a year: "10 December 2018", "Monday, 24 November", "early December 2017", "April 2017", "2018"
_DATE = rf"(?:{_WEEKDAY})?(?:(?:early|mid-|mid|late)\s*)?(?:{_DAY}\s+)?{_MONTH}(?:\s+{_DAY},)?(?:\s+{_YEAR})?|{_YEAR}"
# dates coordinated: "on Monday, 24 November, and Tuesday, 25 November 2025" (one deadline, the year shared)
_DATES = rf"(?:{_DATE})(?:,?\s+(?:and|or)\s+(?:{_DATE}))?"
# an ordinal in a list: "sixty-eighth", "first", "eightieth" (the first of a list may be any word: "its next session")
_ORDINAL = r"(?:[a-z]+-)?(?:first|second|third|[a-z]+th)"
_AND = r"(?:,\s+|,?\s+and\s+)"
# "its eightieth session"; "its 2026 session" (the Economic and Social Council and the high-level political forum
# name their sessions by the year); a list of sessions ("its sixty-eighth and sixty-ninth sessions", "the 2025, 2026
# and 2027 sessions"); a resumed session and its parts ("the first part of its resumed eightieth session")
_SESSION = (rf"(?:(?:the\s+)?(?:first|second|third)\s+part\s+of\s+)?(?:its|the)\s+(?:resumed\s+)?"
            rf"(?:{_ORD}(?:{_AND}{_ORDINAL})*|{_YEAR}(?:{_AND}{_YEAR})*)\s+sessions?(?:\s+of\s+the\s+(?:General\s+)?Assembly)?")
_EDGE = (r"the\s+(?:beginning|end|start|middle|close|opening|conclusion|first\s+half|second\s+half|high-level\s+week"
         r"|general\s+debate)\s+of\s+")
_WHEN = rf"(?:{_EDGE})?(?:{_DATE}|{_SESSION}|{_PHASE})"
# what follows "before", "ahead of": a short noun phrase up to a clause boundary
_NP = r"(?:the\s+|each\s+|its\s+|a\s+)?[^,;:.()]{2,80}?(?=\s*(?:[,;:.()]|\s+to\s+[a-z]+\b|\s+in\s+order\b|\s+and\s+(?:to|shall|the|also)\b|$))"

_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_QUARTER = r"(?:first|second|third|fourth|last)\s+quarter\s+of\s+"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|sixty|ninety)"

# a text without one of these holds no _WHEN (a month, a year 19xx/20xx, a session, a phase or stage)
_WHEN_WORDS = (*MONTHS, "19", "20", "session", "phase", "stage")

# (kind, pattern, needs): ``needs`` are groups of words a match holds one of each (read off the pattern, so a text
# without them is not searched: the same deadlines, found sooner)
_PATTERNS: list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]] = [
    (
        "within",  # "within a period of no more than six months from the adoption of the present resolution"
        re.compile(
            rf"\bwithin\s+(?:a\s+period\s+of\s+)?(?:(?:no|not)\s+more\s+than\s+|up\s+to\s+)?(?:the\s+next\s+)?"
            rf"{_COUNT}\s+(?:\(\d+\)\s+)?(?:weeks?|days?|months?|years?)\s+(?:of|after|from|following)\s+{_NP}"
        ),
        (("within",),),
    ),
    ("in", re.compile(rf"\b(?:in|during|by)\s+the\s+{_QUARTER}(?:{_YEAR}|{_SESSION})"), (("quarter",),)),
    # "in the context of his next report", "in his next progress report", "in the next budget proposals", "in his
    # next proposed programme budget", "in future reports": when the next document the actor submits is due, not
    # dated here
    ("relative", re.compile(
        r"\bin\s+(?:the\s+context\s+of\s+)?(?:(?:his|her|its|their|the)\s+)?(?:next|forthcoming|upcoming|future|"
        r"subsequent)\s+(?:[a-z-]+\s+){0,3}?(?:reports?|budget\s+(?:proposals?|submissions?)|(?:programme\s+)?budgets?)\b"),
     (("next", "forthcoming", "upcoming", "future", "subsequent"),)),
    # "in his report on the implementation of the present resolution": when that report is due
    ("relative", re.compile(rf"\bin\s+(?:the\s+context\s+of\s+)?(?:his|her|its|their)\s+(?:annual\s+|regular\s+)?"
                            rf"reports?\s+on\s+{_NP}"), (("his report", "her report", "its report", "their report"),)),
    # "as soon as possible", "at the earliest possible date" ask for action now, as "without delay" does
    # (tests/labels/GUIDELINE.md: "without delay" and "as early as possible" are deadlines)
    ("immediately", re.compile(r"\b(?:immediately|without\s+delay|forthwith|as\s+(?:soon|early)\s+as\s+possible"
                               r"|at\s+the\s+earliest(?:\s+possible)?(?:\s+(?:date|opportunity|stage|time))?)\b"),
     (("immediately", "delay", "forthwith", "possible", "earliest"),)),
    ("from", re.compile(rf"\b(?:beginning|starting|commencing|as\s+from|with\s+effect\s+from)\s+(?:in\s+|on\s+|at\s+|with\s+)?(?:{_WHEN})"),
     (("beginning", "starting", "commencing", "from"), _WHEN_WORDS)),
    (
        "relative",
        re.compile(
            rf"\bat\s+least\s+(?:\d+|[a-z]+)\s+(?:working\s+)?(?:weeks?|days?|months?|years?)\s+"
            rf"(?:ahead\s+of|before|prior\s+to|in\s+advance\s+of)\s+{_NP}"
        ),
        (("least",),),
    ),
    ("by", re.compile(rf"\b(?:no|not)\s+later\s+than\s+(?:{_WHEN}|{_NP})"), (("later",),)),
    ("between", re.compile(rf"\bbetween\s+(?:{_WHEN})\s+and\s+(?:{_WHEN})"), (("between",), _WHEN_WORDS)),
    ("between", re.compile(rf"\bfrom\s+(?:{_WHEN})\s+(?:to|until|through)\s+(?:{_WHEN})"), (("from",), _WHEN_WORDS)),
    ("by", re.compile(rf"\b(?:by|until)\s+(?:{_WHEN})"), (("by", "until"), _WHEN_WORDS)),
    ("before", re.compile(rf"\b(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+(?:{_WHEN}|{_NP})"),
     (("before", "prior", "ahead", "advance"),)),
    # "at its eightieth session", "during the high-level week of the eightieth session", "for the 2025, 2026 and 2027
    # sessions of the high-level political forum" (what is decided for those sessions)
    ("at", re.compile(rf"\b(?:at|during|for)\s+(?:{_EDGE})?{_SESSION}|\bprovisional\s+agenda\s+of\s+{_SESSION}"),
     (("session",),)),
    ("in", re.compile(rf"\b(?:in|during|on)\s+(?:{_EDGE})?(?:{_DATES}|{_PHASE})"), (_WHEN_WORDS,)),
]
# every word a pattern needs: ``find`` asks a text once for each, then tests each pattern's groups against the set
_NEEDED_WORDS = frozenset(w for _, _, needs in _PATTERNS for group in needs for w in group)


def ordinal(word: str) -> int | None:
    """'seventy-third' -> 73, 'eightieth' -> 80, 'first' -> 1."""
    w = word.lower()
    if w in _UNITS:
        return _UNITS.index(w) + 1
    if w in _TEENS:
        return _TEENS.index(w) + 10
    if w in _TENS_ORD:
        return (_TENS_ORD.index(w) + 2) * 10
    tens, _, unit = w.partition("-")
    if tens in _TENS and unit in _UNITS:
        return (_TENS.index(tens) + 2) * 10 + _UNITS.index(unit) + 1
    return None


def session_dates(n: int) -> tuple[str, str]:
    """A regular session of the General Assembly opens in September: the 1st in 1946, the Nth in 1945 + N."""
    return f"{1945 + n}-09", f"{1946 + n}-09"


def _points(text: str) -> list[tuple[str, str]]:
    """The dates a deadline names, in order, as (start, end) partial ISO dates; a year fills months before it."""
    out: list[tuple[str | None, str | None, int]] = []  # (year, month, position)
    for m in re.finditer(rf"(?:({_DAY})\s+)?({_MONTH})(?:\s+({_DAY}),)?(?:\s+({_YEAR}))?|\b({_YEAR})\b", text):
        if m.group(2):
            day = m.group(1) or m.group(3)
            month = f"{_MONTH_NO[m.group(2).lower()]:02d}" + (f"-{int(day):02d}" if day else "")
            out.append((m.group(4), month, m.start()))
        else:
            out.append((m.group(5), None, m.start()))
    points: list[tuple[str, str]] = []
    year = None
    for y, month, _ in reversed(out):  # "between April and November 2017": April takes 2017
        year = y or year
        if year:
            points.append((f"{year}-{month}" if month else year,) * 2)
    points.reverse()
    for m in re.finditer(rf"(?:its|the)\s+(?:resumed\s+)?({_ORD}(?:{_AND}{_ORDINAL})*)\s+sessions?", text):
        for word in re.findall(_ORD, m.group(1)):  # "sixty-eighth and sixty-ninth": each session of the list
            n = ordinal(word)
            if n:
                points.append(session_dates(n))
    return points


def _half(text: str, points: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "the first half of 2026" -> [("2026-01", "2026-06")], "the second half of 2026" -> [("2026-07", "2026-12")]."""
    m = re.search(r"\b(first|second)\s+half\s+of\s+(" + _YEAR + r")\b", text)
    if not m:
        return points
    months = ("01", "06") if m.group(1) == "first" else ("07", "12")
    return [(f"{m.group(2)}-{months[0]}", f"{m.group(2)}-{months[1]}")]


def _quarter(text: str, points: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "the second quarter of 2023" -> [("2023-04", "2023-06")]; of a session, counted from its September."""
    m = re.search(r"(first|second|third|fourth|last)\s+quarter", text)
    if not m or not points:
        return points
    q = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3}[m.group(1)]
    start = points[0][0]
    year, month = int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1
    first = (year * 12 + month - 1) + 3 * q
    last = first + 2
    return [(f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}")]


def _from_adoption(text: str, adopted: str | None) -> list[tuple[str, str]]:
    """ "within six months of the adoption of the present resolution", adopted "2019-05" -> [(2019-05, 2019-11)]."""
    m = re.search(rf"({_COUNT})\s+(?:\(\d+\)\s+)?(weeks?|days?|months?|years?)\s+(?:of|after|from|following)\s+"
                  r"(?:the\s+)?adoption\s+of\s+the\s+present\s+(?:resolution|decision)", text)
    if not m or not adopted:
        return []
    n = m.group(1)
    n = int(n) if n.isdigit() else (_NUMBER_WORDS.index(n) + 1 if n in _NUMBER_WORDS else
                                      {"eighteen": 18, "twenty-four": 24, "thirty": 30, "sixty": 60, "ninety": 90}[n])
    year, month = int(adopted[:4]), int(adopted[5:7])
    unit = m.group(2)
    months = n * 12 if unit.startswith("year") else n if unit.startswith("month") else (n + 29) // 30 if unit.startswith("day") else (n * 7 + 29) // 30
    end = year * 12 + month - 1 + months
    return [(adopted[:7], f"{end // 12}-{end % 12 + 1:02d}")]


def _dated(deadline: Deadline, periods: dict[str, tuple[str, str, str]], adopted: str | None = None) -> Deadline:
    points = _half(deadline.text, _quarter(deadline.text, _points(deadline.text))) or _from_adoption(deadline.text, adopted)
    phase = re.search(_PHASE, deadline.text, re.IGNORECASE)
    if not points and phase and phase.group(0).lower() in periods:
        start, end, label = periods[phase.group(0).lower()]
        edge = re.search(r"\b(beginning|start|opening|end|close|conclusion)\s+of\b", deadline.text)
        if deadline.type in ("before", "relative") and re.match(r"(?:before|prior|ahead|in advance)", deadline.text):
            start, end = None, start  # "ahead of phase I": before it begins
        elif edge and edge.group(1) in ("beginning", "start", "opening"):
            end = start
        elif edge:
            start = end
        points = [(start, end)]
        deadline.resolved_from = label
    if deadline.type == "immediately" and adopted:
        points = [(adopted[:7], adopted[:7])]  # from the adoption on
    if not points:
        return deadline
    if deadline.resolved_from or deadline.type == "within":
        deadline.start, deadline.end = points[0]
    elif deadline.type == "from":
        deadline.start, deadline.end = points[0][0], None
    else:
        deadline.start, deadline.end = points[0][0], points[-1][1]
    if (deadline.type == "before" and "session" in deadline.text and not deadline.resolved_from
            and not re.search(r"\b(?:end|close|conclusion)\s+of\b", deadline.text)):
        deadline.end = deadline.start  # "prior to the start of its eighty-second session": before it opens
    elif deadline.type in ("at", "in") and "session" in deadline.text and deadline.start and deadline.end:
        # the opening of one session: "at the beginning of the eightieth session", "during the high-level week of the
        # eightieth session" (its first weeks, September); "at the end of ..." keeps the session (it ends in its
        # last month, before the next opens)
        edge = re.match(rf"(?:at|during|in|for)\s+{_EDGE}", deadline.text)
        if edge and re.search(r"\b(?:beginning|start|opening|high-level\s+week|general\s+debate)\s+of\b", edge.group(0)):
            deadline.end = deadline.start
    if deadline.type == "relative":
        deadline.type = "before" if re.match(r"(?:before|prior|ahead|in advance)", deadline.text) else "in"
    return deadline


# "decisions taken by the General Assembly at its seventy-eighth session", "the resolution adopted during the
# seventy-eighth session": the session dates that act, not the action asked for ("to be adopted by the General
# Assembly at its eightieth session" is a passive mandate's own deadline)
_ACT_OF_ASSEMBLY = re.compile(
    r"(?<!\bbe\s)\b(?:taken|made|held|adopted|agreed|reached|approved|endorsed|launched|decided)\s+"
    r"(?:by\s+the\s+(?:General\s+)?Assembly\s+)?$"
)
_ASSEMBLY_BEFORE = re.compile(r"\bAssembly\s+$")
# "the recommendations made by the fact-finding mission in its report on ...": a report cited as a source, not due
_CITED_REPORT = re.compile(r"\b(?:made|contained|set\s+out|presented|expressed|outlined|identified|submitted|issued)"
                           r"(?:\s+by\s+[^,;]{1,120}?)?\s+$")
# "to achieve all the Sustainable Development Goals by 2030", "the target of ending the AIDS epidemic by 2030": the
# year is the goal's, not a deadline of the action (tests/labels/GUIDELINE.md: "a goal's year is not"); a goal or
# target named in the same comma segment before "by YEAR"
_GOAL_BEFORE = re.compile(r"\b(?:Goals?|goals?|targets?)\b[^,;:]*$")


# "before the next session", "prior to the high-level meeting", "in advance of the deadline specified in ...": an
# event named as one (a definite noun phrase); not "before a judge", "prior to their departure", "before crediting",
# "prior to deployment", "before the holding of meetings" (generic: any meeting), "before the Special Rapporteur" (a
# body or person: "before" as "in front of"), "equality before the law"
_DEFINITE = re.compile(r"(?:the|its|each|this|that|these|those|such)\s+")
_EVENT_OF = re.compile(r"(?:the\s+)?(?:holding|convening|beginning|start|opening|end|close|conclusion|launch)\s+of\s+")
_PREPOSITION = re.compile(r"^(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+(?:and\s+during\s+)?")


def _an_event(written: str) -> bool:
    """Does a "before"-deadline without a date name a definite event? "before the next session" yes, "before the
    holding of meetings", "before a judge", "prior to deployment", "before the Special Rapporteur" no."""
    from .actors import table

    np = _PREPOSITION.sub("", written)
    edge = _EVENT_OF.match(np)
    if edge:  # "the holding of meetings": the event is what is held
        return bool(_DEFINITE.match(np[edge.end():]))
    if not _DEFINITE.match(np) or re.match(r"the\s+law\b", np):
        return False
    head = re.split(r"\s+(?:of|for|on|in|under|to|at|by|with|from|and|so)\s+", np, maxsplit=1)[0]
    # a conference, a forum, a summit is a body and an event ("prior to the High-level Conference")
    return not table().is_actor_like(head) or bool(re.search(r"(?i)\b(?:conference|forum|summit|congress|meeting)s?$", head))


# a purpose: "with a view to achieving Goal 3, in particular the target of ending the AIDS epidemic by 2030"; a
# year in it is the purpose's target, not the action's deadline (tests/labels/GUIDELINE.md: a goal's year is none);
# a session or a date in it is kept ("with a view to taking a decision at its eighty-third session": the report is
# due for it); it runs to the end of the clause or to the next action coordinated with the first ("..., and to report
# thereon to the General Assembly", "..., and, in this context, to consider", "..., and report thereon in the future
# budget submissions") or to a passive that describes the object ("a fellowship programme in order to strengthen
# ..., to be substantively developed and designed in 2025")
_PURPOSE = re.compile(r"\b(?:with\s+a\s+view\s+to|in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:aim|objective|purpose|goal)"
                      r"\s+of|aimed\s+at)\b")
_PURPOSE_END = re.compile(r";|,?\s+and(?:,[^,;]{0,40},)?\s+(?:also\s+|further\s+)?(?:to\s+[a-z]+|report)\b"
                          r"|,\s+to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
_YEAR_ONLY = re.compile(rf"(?:(?!{_MONTH}|session|phase|stage).)*\b{_YEAR}\b(?:(?!{_MONTH}|session).)*")


def _purposes(text: str) -> list[tuple[int, int]]:
    """The spans of the purposes in ``text`` (offsets)."""
    out = []
    for m in _PURPOSE.finditer(text):
        end = _PURPOSE_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def _another_body(deadline: Deadline, before: str, adopted: str | None) -> bool:
    """ "to the Human Rights Council at its fifty-ninth session": a session that would have ended before the year of
    the adoption if it were the Assembly's, the Assembly not named before it, is another body's (the Council, the Commission, the Legal
    Subcommittee, whose sessions the Assembly's numbering does not date)."""
    return (deadline.type == "at" and adopted is not None and deadline.start is not None
            and deadline.end is not None and deadline.end[:4] < adopted[:4]
            and not _ASSEMBLY_BEFORE.search(before) and "Assembly" not in deadline.text)


def find(text: str, periods: dict[str, tuple[str, str, str]] | None = None, adopted: str | None = None) -> list[Deadline]:
    """Every deadline or period in ``text``, in order of position, none overlapping. ``adopted`` (ISO, "2019-05-22")
    dates the deadlines counted from the adoption of the present resolution; with it, a session of another body
    ("the Human Rights Council at its fifty-ninth session") is kept without a date (the Assembly's numbering would
    put it in the past). A session at which an act of the Assembly is taken ("decisions taken by the General
    Assembly at its seventy-eighth session") is none, and so is a goal's year ("the Goals by 2030"), a year inside a
    purpose ("with the aim of reducing the transaction cost ... by 2030") and "before" a thing that is no definite event
    ("before the holding of meetings", "before a judge")."""
    found: list[tuple[int, int, Deadline]] = []
    purposes: list[tuple[int, int]] | None = None  # read when a year-only deadline asks (few texts have one)
    held = set(filter(text.__contains__, _NEEDED_WORDS))  # the needed words the text holds, asked once each
    for kind, pattern, needs in _PATTERNS:
        if any(map(held.isdisjoint, needs)):  # a group of which the text holds no word: no match
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            written = m.group(0).strip()
            if _YEAR_ONLY.fullmatch(written):
                purposes = _purposes(text) if purposes is None else purposes
                if any(s <= m.start() < e for s, e in purposes):
                    continue  # "with the aim of reducing the average transaction cost ... by 2030"
            typ = kind
            if kind == "before" and not re.search(rf"{_DATE}|{_SESSION}|{_PHASE}", written):
                if not _an_event(written):
                    continue
                typ = "relative"
            before = text[max(0, m.start() - 80) : m.start()]
            if kind == "at" and _ACT_OF_ASSEMBLY.search(before):  # "at"-type: "at/during its Nth session"
                continue
            if typ == "relative" and _CITED_REPORT.search(before):  # "recommendations made by X in its report on"
                continue
            if kind == "by" and re.fullmatch(rf"by\s+{_YEAR}", written) and _GOAL_BEFORE.search(before):
                # "the Sustainable Development Goals by 2030" ("the temperature goal by the end of 2023" is a deadline)
                continue
            d = _dated(Deadline(written, typ), periods or {}, adopted)
            if _another_body(d, before, adopted):
                d.start = d.end = None
            found.append((m.start(), m.end(), d))
    found.sort(key=lambda f: f[0])
    return [d for _, _, d in found]


_PERIOD = re.compile(rf"\s*({_PHASE})(?:\s*\([^)]*\))?\s*:\s*(.+)", re.IGNORECASE)


def named_periods(texts: list[tuple[str, str]]) -> dict[str, tuple[str, str, str]]:
    """Periods a resolution defines, from (label, text) pairs: "Phase III (...): February to July 2018" ->
    {"phase iii": ("2018-02", "2018-07", "14 (c)")}."""
    out: dict[str, tuple[str, str, str]] = {}
    for label, text in texts:
        m = _PERIOD.match(text)
        if not m:
            continue
        points = _points(m.group(2))
        if points:
            out[re.sub(r"\s+", " ", m.group(1)).lower()] = (points[0][0], points[-1][1], label)
    return out


# ---------------------------------------------------------------- reports

# a report asked for: "to submit/present/prepare/include ... a report", "to report to ...", "in his next report"
_REPORT = re.compile(
    r"\b(?:submit|present|prepare|provide|include|transmit|make)\w*\b[^;]{0,160}?\breports?\b(?!\s+(?:of|by)\s)"
    r"|\bto\s+report\b|\breport\s+(?:[a-z]+ly\s+)?(?:to|on|back)\b"
    r"|\bin\s+(?:the\s+context\s+of\s+)?(?:(?:his|her|its|their|the)\s+)?(?:next|annual|regular|forthcoming|upcoming|"
    r"future|subsequent|next\s+annual)\s+(?:\w+\s+)?reports?\b|\bin\s+(?:his|her|its|their)\s+reports?\s+on\b",
    re.IGNORECASE,
)
# a report by another name, prepared for a body: "to prepare a comprehensive analysis ... for presentation at the
# Biennial Meeting of States" (A/RES/80/38 33), "a study ... for submission to the General Assembly"; the document
# nouns of the Secretariat's reports (analysis, study, review, assessment, update, overview, summary, compilation)
_DOCUMENT_FOR = re.compile(
    r"\b(?:prepare|submit|present|provide|transmit|compile)\w*\b[^;]{0,200}?\b(?:analysis|study|review|assessment|"
    r"update|overview|summary|compilation)\b[^;]{0,400}?\b(?P<for>for)\s+(?:presentation|submission|consideration)\s+(?:to|at|by)"
    r"\s+(?:the\s+)?[A-Z]"
)
# how often: "annually", "on a biennial basis", "every two years thereafter", "a biennial report", "to include in its
# annual report" (GUIDELINE.md's labels: each annual report), "each year"; not the next one of a series ("in his next
# annual report")
_RECURRENCE = re.compile(
    r"\b(?:annually|biennially|triennially|every\s+year|each\s+year|periodically"
    r"|on\s+an?\s+(?:annual|biennial|triennial|quadrennial|yearly|regular|periodic)\s+basis"
    r"|every\s+(?:two|three|four|five|\d+)\s+years(?:\s+thereafter)?|(?:every\s+\w+\s+years\s+)?thereafter"
    r"|(?<!next\s)(?:annual|biennial|triennial|quadrennial|yearly)(?=\s+(?:[a-z-]+\s+)?reports?\b))\b",
    re.IGNORECASE,
)
# the years between two reports, by the words of a recurrence ("periodically", "on a regular basis": not stated)
_EVERY = (("annual", 1), ("yearly", 1), ("every year", 1), ("each year", 1), ("biennial", 2), ("triennial", 3),
          ("quadrennial", 4), ("every two", 2), ("every three", 3), ("every four", 4), ("every five", 5))
# "to the Human Rights Council", "to the General Assembly at its eightieth session", "to it", "to us" (a declaration's
# authors, the Assembly); "to the Committee on the Peaceful Uses of Outer Space", "to the Conference of the Parties to
# the Agreement"; "and the" joins two bodies ("to the General Assembly and the Human Rights Council": the first is
# recorded); "for presentation at the Biennial Meeting of States", "for submission to the General Assembly"; a body
# named in lower case ("to the relevant bodies", "to relevant international treaty bodies": up to four words, read
# ahead, the head an actor's head noun)
_TO = re.compile(r"\b(?P<lead>to|for\s+(?:presentation|submission|consideration)\s+(?:to|at|by))\s+(?:the\s+)?"
                 r"(?:(?P<body>it\b|us\b|(?:[A-Z][\w-]*(?:\s+(?:(?:of|on|for|to)(?:\s+the)?|and|the)\s+|\s+))*[A-Z][\w-]*)"
                 r"|(?=(?P<lower>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})))")
# the channel: "to report to the General Assembly at its seventy-ninth session, through the Economic and Social
# Council", "to submit, through the Commission on Science and Technology for Development, a biennial report"
# ("to report through the Committee to the General Assembly": the channel's name does not run on over "to")
_THROUGH = re.compile(r"(?:,|\breports?|\bsubmit\w*)\s+through\s+(?:the\s+)?"
                      r"(?P<body>(?:[A-Z][\w-]*(?:\s+(?:(?:of|on|for)(?:\s+the)?|and|the)\s+|\s+))*[A-Z][\w-]*)")


def _body(phrase: str) -> str | None:
    """A body's name by the alias table, if the phrase names one (an entry, or an actor's head noun)."""
    from .actors import table

    actor = table().resolve(phrase)
    if actor.known or table().is_actor_like(phrase):
        return "General Assembly" if actor.name in ("Assembly",) else actor.name
    return None


# "how to report it", "mechanisms which allow migrants to report", "encouraging staff to report such abuses", "for
# healthcare professionals to report", "encourage them to report", "the capacity to report data": the reporting of
# someone the action enables or teaches, not a report the actor is asked for
_OTHERS_REPORT = re.compile(r"(?:\bhow\s+|\b(?:(?:allow|enable|encourage|help|empower)\w*|for)\s+(?:(?!and\b|or\b)[\w-]+\s+)"
                            r"{1,4}?|\b(?:capacity|ability)\s+)$")


# the head nouns of a body named in lower case that a report goes to: "the relevant bodies", "their respective
# governing bodies", "the respective committees" (treaty bodies), "the appropriate authorities"
_RECEIVING = frozenset({"body", "organ", "committee", "authority", "board", "council", "commission", "mechanism"})


def _lower_body(words: str) -> str | None:
    """ "relevant bodies with the assistance" -> "relevant bodies": the first words, up to a function word, if the
    last of them is a receiving body's head noun (``_RECEIVING``), as written."""
    from .actors import tokens

    ws = re.split(r"\s+(?:of|on|to|for|in|at|by|with|and|or|from|the|a|an|its|their|his|her)\b", words, maxsplit=1)[0].split()
    ws = ws[1:] if ws and ws[0] in ("their", "its", "all") else ws  # "their respective governing bodies"
    toks = tokens(ws[-1]) if ws else []
    return " ".join(ws) if toks and toks[-1] in _RECEIVING else None


def _receiver(rest: str, before: str = "") -> tuple[str, str | None]:
    """(to, via) of a report, read from its words on (``rest``): the first body named after "to" (or "for
    presentation at"), the channel named after "through" (also in the words ``before`` the report is named: "to
    submit to the General Assembly ..., through the Commission ..., an action-oriented report"); with no body after
    "to" the channel, else the General Assembly."""
    through = _THROUGH.search(before[-200:])
    if through:  # the clause named the receiver and the channel before the report: read them from there
        rest = before[-200:][: through.start()] + rest
    else:
        through = _THROUGH.search(rest[:300])
    via = _body(through.group("body")) if through else None
    lower_case = None  # a body named in lower case counts if no body is named by its name
    for t in _TO.finditer(rest[:220]):
        body, lower = t.group("body"), t.group("lower")
        if body in ("it", "us"):
            return "General Assembly", via
        if body:
            name = _body(body) or (body if t.group("lead") != "to" else None)
            if name and name != via:
                return name, via
        elif lower and not lower_case and not re.match(r"(?:those|these|such|that|this|other)\b", lower):
            lower_case = _lower_body(lower)  # not "the provision of services to those bodies" (named before)
    return lower_case or via or "General Assembly", via


def session_of(date: str | None) -> int | None:
    """The Assembly session a partial ISO date falls in: "2026-09" -> 81 (sessions open in September), "2026-06"
    and the bare year "2026" -> 80 (most of a year is the session opened the September before)."""
    if not date or not date[:4].isdigit():
        return None
    year = int(date[:4])
    return year - 1945 if len(date) >= 7 and int(date[5:7]) >= 9 else year - 1946


def _every(recurrence: str | None) -> int | None:
    low = (recurrence or "").lower()
    return next((n for words, n in _EVERY if words in low), None)


def report_of(action: str, deadlines_: list[Deadline], adopted: str | None = None) -> Report | None:
    """The report an action asks for (``None`` if it asks for none; "to keep ... informed" is not a report): to
    whom (a body named after "to", else the channel named after "through", else the General Assembly that adopts
    the text: "at its eightieth session"), when (the first deadline after the report is named) and recurrence
    ("annually", "on a biennial basis", "every two years thereafter"), as written; the session it is first due at
    (of ``due``; with a recurrence and no date, for the Assembly, the session after the one of ``adopted``, ISO)
    and every how many years. Source of the reading: tests/labels/GUIDELINE.md, report."""
    low = action.lower()
    if "report" not in low and not any(f"for {w}" in low for w in ("presentation", "submission", "consideration")):
        # every way of asking for one names it: not searched
        return None
    # a subjunctive's action opens with the verb: "(that the Secretary-General) report annually on ..."; an anchor
    # in _REPORT would slow every search (the regex loses its literal prefix scan)
    m = re.match(r"report\b", action, re.IGNORECASE) or _REPORT.search(action)
    while m and (m.group(0)[:3].lower() == "in " and _CITED_REPORT.search(action[max(0, m.start() - 160) : m.start()])
                 or m.group(0)[:3].lower() == "to " and _OTHERS_REPORT.search(action[max(0, m.start() - 80) : m.start()])):
        # "made by X in its report on ...": a report cited; "mechanisms which allow migrants to report alleged cases":
        # someone else's reporting; neither is asked for
        m = _REPORT.search(action, m.end())
    if not m:
        m = _DOCUMENT_FOR.search(action)
    if not m:
        return None
    rest = action[m.start():]
    to, via = _receiver(action[m.start("for"):] if m.re is _DOCUMENT_FOR else rest, action[: m.start()])
    word = m.start() + max(0, m.group(0).lower().rfind("report"))  # "an update ... and a full report at its ... session"
    after = [d for d in deadlines_ if d.text in action[word:]] or [d for d in deadlines_ if d.text in rest]
    after = after or list(deadlines_)
    rec = _RECURRENCE.search(rest) or _RECURRENCE.search(action)
    if rec:  # "annually until 2030": the end of the recurrence, not when the first report is due
        after = [d for d in after if not d.text.startswith("until")]
    when = after[0] if after else None
    due = when if when and (to == "General Assembly" or when.type not in ("at",)) else None  # another body's session
    every = _every(rec.group(0)) if rec else None
    if every and due and due.type != "from" and rec.group(0).lower() in ("annual", "biennial", "triennial",
                                                                          "quadrennial", "yearly"):
        # "at its seventy-ninth session, as part of his annual report": one report, in the series; not "an annual
        # report ..., starting at its eightieth session"
        every = None
    session = session_of(due.date) if due else None
    if session is not None and due.type in ("by", "before") and due.date[5:7] == "09":
        session -= 1  # "by the end of the eightieth session" (2026-09), "before its eighty-second session" (2027-09)
    if session is None and every and to == "General Assembly" and adopted:
        session = session_of(adopted[:7]) + 1  # "to report annually": from the next session on
    last = None
    listed = sorted({session_of(start) for start, _ in _points(due.text) if start[5:7] == "09"}) if due else []
    if len(listed) > 1 and not every and due.type == "at":
        # "at its eighty-first and eighty-second sessions": 81 to 82; "at its eighty-fifth and ninetieth sessions":
        # 85 and 90, every five years (a list with unequal steps: the first only)
        steps = {b - a for a, b in zip(listed, listed[1:])}
        if len(steps) == 1:
            every, last = steps.pop(), listed[-1]
    until = next((d for d in deadlines_ if d.text.startswith("until") and d.end), None) if every else None
    if until:  # "on an annual basis until 2030"
        last = session_of(until.end)
    if last is not None and session is not None and last <= session:
        last = None
    return Report(to, when.text if when else None, rec.group(0) if rec else None, due, via, every, session, last)
