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

from ..model import Deadline

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
