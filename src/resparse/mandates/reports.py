"""Reports a mandate asks for: to whom, through which channel, when first due, how often (tests/labels/GUIDELINE.md,
report). Read off an action's words and the deadlines ``deadlines.find`` found in it.

    >>> r = report_of("to report to the General Assembly at its eightieth session", find("at its eightieth session"))
    >>> (r.to, r.when, r.session)
    ('General Assembly', 'at its eightieth session', 80)
"""

from __future__ import annotations

import re

from ..model import Deadline, Report
from .deadlines import _CITED_REPORT, _points, find  # noqa: F401  (find: the doctest's)

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
