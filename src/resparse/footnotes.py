"""Footnotes: find the footnote markers in the paragraphs' and headings' text, take them out, and record who cites
which footnote. A stage of its own after build: it reads the model (paragraphs, headings, footnotes with their
spans) and the page of each source line, nothing of the lexer.

Rules (UN drafting of the official PDF): a marker is digits glued to a word or a closing mark ("Development1",
"2013,3"), or standing apart in a context where a number is no quantity or reference ("Development 1 and"); its
first citation stands on the page where the footnote's text starts; a footnote cited again repeats its number,
anywhere after the first citation, glued to its word or after a space where the name before it is closed by its
comma ("Rules of the United Nations, 3 the Secretary-General") and no count, date or range reads the number; a
number standing apart that is one of a series of counts ("6 from African States, 4 from Asia-Pacific States": the
same word after each, numbers the footnote sequence cannot all take) is none, whatever its number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from . import data
from .months import MONTH_NAMES, MONTHS
from .model import Footnote, Resolution, cited_by_label
from .shapes import no_digits

# digits glued to a word or a closing mark: "Development1", "2013,3", "April 2017;5", "Principles6"
_GLUED = re.compile(r"(?<=[A-Za-z\)\]\"”’'.,;:])(\d{1,3})(?=[\s,;:.)\]”\"]|$)")
# digits standing alone after a word or punctuation: "organization, 4 and", "Development 1 and"; not the first
# digits of a number that goes on after a point or comma ("France 3.858" in a table of rates, "4,101,000 dollars")
_SPACED = re.compile(r"(?<=[A-Za-z0-9\)\]\"”’'.,;:]) (\d{1,3})(?=[\s;:]|[,.](?!\d)|$)")
# digits glued to a year: "Sendai Framework for Disaster Risk Reduction 2015–20307", "Conventions of 19494 and"
_GLUED_YEAR = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(\d{1,3})(?=[\s,;:.)]|$)")
# digits glued to a resolution number, whose number within the session has at most three digits: "76/17918"
_GLUED_RESNUM = re.compile(r"(?<=\b(?:3[1-9]|[4-9]\d)/\d{3})(\d{1,3})(?=[\s,;:.)]|$)")
# ... or one or two digits: "54/2639" is 54/26 and footnote 39 (A/RES/78/253, para. 3: "54/22,38 54/2639 and 54/3340");
# a run of four digits or more after the session's number holds a marker, and where it starts (54/2|639, 54/26|39,
# 54/263|9) is for the order of the footnotes to say: a strong marker is taken only in sequence (resolve_markers)
# The same for the number after a roman session or meeting of another body's symbol: "decision CBD/CP/MOP/VIII/19"
# and footnote 14 printed "CBD/CP/MOP/VIII/1914" (A/RES/78/155 PP27), "decision XXXV/5" and its marker: a run of
# three digits or more after "/VIII/" holds a marker where the footnotes' order takes one there (the number of a
# decision of a meeting stays under a hundred; a marker is taken from it only in sequence, as from "54/2639"), also
# where the roman stands after a space ("decision VII/1113": VII/11 and footnote 13, A/RES/78/68 PP77). The same for:
# the number of a resolution of a session numbered with one digit (the Environment Assembly's "6/929": 6/9 and
# footnote 29, A/RES/79/204 PP31), under a hundred, unless the run is a year ("resolution 6/2019" of the Conference
# of FAO, A/RES/78/168 PP14); a special session's resolution ("S-35/16": S-35/1 and footnote 6, A/RES/79/183 para. 1),
# under ten; a decision of a Conference of the Parties by its session ("1/CP.2731": 1/CP.27 and footnote 31,
# A/RES/78/153 para. 12; "/CMA.", "/CMP."), under a hundred. A resolution number of the General Assembly's style has a
# session of 31 or more (the Assembly numbered its resolutions by session from its thirty-first): "Law No. 10/2018"
# is no resolution 10/201 with footnote 8 (A/RES/78/222 PP37)
_LONG_RESNUM = re.compile(
    r"/(?:(?<=\b(?:3[1-9]|[4-9]\d)/)(\d{4,6})"
    r"|(?:(?<=\b[IVX]/)|(?<=\b[IVXL]{2}/)|(?<=\b[IVXL]{3}/)|(?<=\b[IVXL]{4}/)|(?<=\b[IVXL]{5}/)|(?<=\b\d/)(?!(?:19|20)\d\d\b))(\d{3,6})"
    r"|(?:(?<=\bS-\d/)|(?<=\bS-\d\d/))(\d{2,6})"
    r"|(?:CP|CMA|CMP)\.(\d{3,6}))(?=[\s,;:.)]|$)"
)  # from its "/": a fast literal scan
# The same for a paragraph of a report cited by its chapter ("paragraph VIII.74" of a report of the Advisory Committee
# on Administrative and Budgetary Questions): a chapter's paragraphs stay under a thousand, so a run of four digits or
# more after a roman chapter's full stop holds a marker, taken only in sequence ("paragraphs VIII.7441 and VIII.9642",
# footnotes 41 and 42: A/RES/80/242, para. 89)
_LONG_CHAPTER_PARAGRAPH = re.compile(r"\b[IVXL]{1,5}\.(\d{4,6})(?=[\s,;:.)]|$)")
_RESNUM_MARKER = re.compile(r"(?P<resnum>\d{1,3})(?=[\s,;:.)]|$)")
# digits glued on both sides, a PDF artifact: "Universal Declaration of Human Rights,1as well as"
_GLUED_BOTH = re.compile(r"(?<=[A-Za-z,;.”])(\d{1,3})(?=[a-z]{2})")
# digits glued to the next word, a PDF artifact: "Weapons 6and the advisory opinion"
_GLUED_BEFORE = re.compile(r"(?<=[A-Za-z,;]) (\d{1,3})(?=[a-z])")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_DOC_END = re.compile(r"\b\d+/\d+$")  # "resolutions 5/1 3 and 5/64"
_BARE_NUMBER_END = re.compile(r"(?:^|\s)\d{1,3},$")
_LIST_AFTER = re.compile(rf"^\s*(?:,\s*|(?:and|or|to)\s+)\d+(?![\d/]|\s+(?:{MONTH_NAMES})\b)")
_QUANTITY_AFTER = re.compile(
    r"^\s+(?:per\s*cent|percent|million|billion|trillion|thousand|hundred|times|years?|months?|weeks?|days?|hours?|"
    r"minutes?|persons?|people|countries|members|working|women|men|children)\b"
)
# "2/CMA.4", "UNEP/EA.5", "WT/L/508/Add.1", "No.3": a document code or an abbreviation (data/abbreviations.txt, in
# any case, as mandates/clauses.py reads them: a full stop that ends no sentence)
_CODE_BEFORE_DOT = re.compile(
    r"(?:^|[\s(/])(?:[A-Z0-9/\-]*[A-Z][A-Z0-9/\-]*|\S*/\S*|(?i:"
    + "|".join(re.escape(a) for a in data.abbreviations()) + r"))\.$"
)
# what stands before a second citation of a footnote: a word ending in lower-case letters, or a year, perhaps with a
# closing quote and a comma, colon or semicolon ("Questions,2", "Development”2", "1949,2"); not a code ("U4",
# "UNDC2", "CM/Rec(2024)2") or a number ("target 17.3")
_REPEAT_BEFORE = re.compile(r"(?:[a-z]{2}|[a-z][”\"’]|(?<![\d/.])(?:19|20)\d\d)[,;:]?$")
# a second citation standing apart, which no order of numbers bounds: after a name closed by its comma or semicolon,
# the name's last word capitalised or a closing quote or bracket ("Rules of the United Nations, 3 the
# Secretary-General", 79/249); "available, 8 have", "decision 1 of", "Panel 1:" are counts and numbered units
_SPACED_REPEAT_BEFORE = re.compile(r"(?:\b[A-Z][a-z’'\-]*[a-z]|[”\"’)])[,;]$")
# and before the end, a punctuation mark or a word that no count takes after it (an article, a conjunction, a
# preposition that takes no number, a participle that opens a title's description), no number after that word: not
# "Monday, 9 June" (a date), "Emirates, 2 to 4 December" (a range), "Secretary-General, 6 D-1", "States, 3 from
# Eastern European States" (counts)
_SPACED_REPEAT_AFTER = re.compile(
    r"\s*$|[;:]|[,.](?!\d)|\s+(?:the|and|as|which|adopted|entitled|including|in|on|with|by|that|where|while)\b(?!\s+\d)"
)
# the word before a number standing apart that makes it a number, not a marker: a unit ("paragraph 4", "rule 7";
# a plural unit only before a list, "paragraphs 7 and 8", which the list rule sees: "the relevant Principles 4 to
# register" is a marker), a preposition or article ("of 12 September"), a month
_NOT_BEFORE_MARKER = re.compile(
    r"(?:\b(?:paragraph|paras?\.?|rule|article|section|annex|"
    r"chapter|part|goal|target|objective|item|No\.|Nos\.|vol\.|p\.|pp\.|page|phase|"
    r"of|to|in|on|at|by|for|from|the|and|or|than|with|about|over|under|between|some|all|least|most|"
    r"meeting|principle|option|level|step|"
    rf"{MONTH_NAMES}))$",
    re.IGNORECASE,
)
# its words, lower-case, for the test of an ASCII word (:func:`_not_before_marker`)
_NOT_BEFORE_WORDS = frozenset(
    "paragraph para paras para. paras. rule article section annex chapter part goal target objective item no. nos. "
    "vol. p. pp. page phase of to in on at by for from the and or than with about over under between some all least "
    "most meeting principle option level step".split() + [m.lower() for m in MONTHS]
)
_LAST_WORD = re.compile(r"\w+\.?$")
# how far the context rules of a marker look before and after it (characters): the longest word they test is
# shorter, and a fixed window keeps the marker scan linear in the paragraph's length
_WINDOW = 80
# the tests anchored at the end of the text before a marker ("paragraph$", "1949$") read only its last _TAIL
# characters (``pattern.search(before, len(before) - _TAIL)``: a lookbehind or \b still sees the character before):
# longer than any word or number they match
_TAIL = 16
_DECISION_END = re.compile(r"\b(?:resolutions?|decisions?)$", re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(r"/|\s*\(|\s+[A-Z]\b")
_CLOSED_END = re.compile(r"[A-Za-z0-9”\")][,;.]$")
_SENTENCE_AFTER = re.compile(r"\s+[A-Z“\"(]|\s*$")
_CAP_AFTER = re.compile(r"^\s+[A-Z0-9]")
# digits glued to a name that ends in a number (data/numbered_names.txt): "Agenda 216" is Agenda 21, footnote 6
_NUMBERED_NAMES = data.sections("numbered_names.txt")["names"]
_GLUED_NAME = re.compile(
    "(?:" + "|".join(rf"(?<={re.escape(n)})" for n in _NUMBERED_NAMES) + r")(?P<name>\d{1,3})(?=[\s,;:.)]|$)"
)
# all the marker shapes in one pass; a named group per shape
_ANY_MARKER = re.compile(
    r"(?=\d| \d)(?:"  # every shape starts at a digit or at the space before one: skip other positions fast
    + "|".join(
        "(?:" + p.pattern.replace(r"(\d{1,3})", rf"(?P<{name}>\d{{1,3}})", 1) + ")"
        for name, p in (
            ("glued", _GLUED),
            ("year", _GLUED_YEAR),
            ("resnum", _GLUED_RESNUM),
            ("both", _GLUED_BOTH),
            ("spaced", _SPACED),
            ("before", _GLUED_BEFORE),
        )
    )
    + ")"
)

# a run of digits, written "\d\d*" (the language of "\d+"): a pattern that opens with a character class is searched
# by the regular expression engine's scan for that class, one that opens with a repeat is tried at every position
# (the corpus's paragraphs with digits: 0.037 s against 0.063 s); a run followed by "/", "-" or "–" ("78/1",
# "2015-2030") is passed over, as no shape's number is (each ends at its run's end, before a space, a punctuation mark
# that ends a word or a letter): the possessive "*+" keeps the scan from taking the run's first digits instead
_DIGITS = re.compile(r"\d\d*+(?![/\-–])")
# the same for an ASCII text, where "\d" is "[0-9]": a class of one range, which the engine tests faster than the
# Unicode category (the ASCII paragraphs with digits of every third corpus file, 4 MB: 0.051 s against 0.066 s)
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*+(?![/\-–])")
# the lower-case word after a number standing apart: a count series repeats it ("6 from African States, 5 from
# Asia-Pacific States"); the words that most often follow a marker in running text (corpus: "and", "the", "in",
# "as", "which", ...) form no series, nor does a capitalised word (dates: "of 14 December 1960, 1541 (XV) of 15
# December 1960" are no markers by the rules of :func:`_weak_ok` already)
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_NO_SERIES_WORDS = frozenset(
    "and or nor the a an in as which to including that there on of for with at by is are was were".split()
)


def _count_series(text: str, spaced: list[re.Match], numbers: dict) -> set[int]:
    """The starts of the numbers standing apart that are counts of a series: two or more followed by the same word
    ("6 from African States, 5 from Asia-Pacific States, 3 from Eastern European States", 78/107), which the
    document's footnotes cannot all be read as markers in their order (a number that is no footnote, or one below
    the number before it in the series; an equal one may be a footnote cited again). A series of true markers
    followed by the same word ("the Convention, 2 and ...") runs up the footnote sequence; its common words are
    left out (:data:`_NO_SERIES_WORDS`)."""
    by_word: dict[str, list[re.Match]] = {}
    for m in spaced:
        w = _WORD_AFTER.match(text, m.end())
        if w and w.group(1) not in _NO_SERIES_WORDS:
            by_word.setdefault(w.group(1), []).append(m)
    out: set[int] = set()
    for ms in by_word.values():
        nums = [int(m.group("spaced")) for m in ms]
        if len(ms) > 1 and (
            any(m.group("spaced") not in numbers for m in ms) or any(b < a for a, b in zip(nums, nums[1:]))
        ):
            out.update(m.start() for m in ms)
    return out


def _marker_matches(text: str):
    """The matches of :data:`_ANY_MARKER` in ``text``, as its ``finditer`` gives them, found faster: every shape
    starts at a run of digits or at the space before one, and ends where the run ends, so each run is tried at the
    space before it, at its start and, for a resolution number glued to its marker ("76/17918"), three digits in;
    the regular expression does not visit the other characters.

    Each run is tried only where a shape can start by the run's length ``n`` and the character before it: at the
    space before it where ``n`` <= 3 (a number standing apart, "spaced" and "before": at most three digits; no
    shape that starts at the run's first digit takes a space before it, but a year's); at its start where ``n``
    <= 3 (glued to a word or a mark) or 5 <= ``n`` <= 7 (a marker glued to a year, "20307"), not after a "/"; three
    digits in where 4 <= ``n`` <= 6 after a "/" (a resolution number, "76/17918"). A year ("in 2023") or the
    session of a symbol ("78/1") is not tried at all: the corpus's paragraphs hold many of them."""
    if no_digits(text):
        return
    match = _ANY_MARKER.match
    for run in (_ASCII_DIGITS if text.isascii() else _DIGITS).finditer(text):
        a = run.start()
        n = run.end() - a
        before = text[a - 1] if a else ""
        if before == " ":
            m = match(text, a - 1) if n <= 3 else match(text, a) if 5 <= n <= 7 else None
        elif before == "/":
            m = match(text, a + 3) if 4 <= n <= 6 else None
        else:
            m = match(text, a) if n <= 3 or 5 <= n <= 7 else None
        if m is not None:
            yield m


def _not_before_marker(before: str, tail: int) -> bool:
    """``_NOT_BEFORE_MARKER.search(before, tail)`` (``before`` right-stripped, ``tail`` at most 16 characters from its
    end), without trying the pattern's 60 alternatives at each of the tail's 16 places: the pattern matches where
    ``before`` ends with one of its words whose first letter starts a word (``\\b``), that is where the run of word
    characters that ends ``before`` (and its full stop) is one of the words; an ASCII run is looked up in
    :data:`_NOT_BEFORE_WORDS` (a run cut by ``tail`` is 15 characters or more, longer than any of them), any other is
    given to the pattern (its case folding is the regular expression's).

    >>> _not_before_marker("see para.", 0), _not_before_marker("in the subparagraph", 3), _not_before_marker("No", 0)
    (True, False, False)
    """
    m = _LAST_WORD.search(before, tail)
    if m is None:
        return False
    word = m.group()
    if word.isascii():
        return word.lower() in _NOT_BEFORE_WORDS
    return _NOT_BEFORE_MARKER.search(before, tail) is not None


def _weak_ok(text: str, m: re.Match, how: str) -> bool:
    """Context rules for a number standing apart from its word: "Development 1 and", "organization, 4 and"."""
    # the context rules read the words next to the number: a window, so that the cost does not grow with the text
    before = text[max(0, m.start() - _WINDOW) : m.start()].rstrip()
    after = text[m.end() : m.end() + _WINDOW]
    tail = max(0, len(before) - _TAIL)
    if before[-1:].isdigit() and not (_YEAR_END.search(before, tail) or _DOC_END.search(before)):
        return False
    if _LIST_AFTER.match(after) and (before[-1:].isalpha() or _BARE_NUMBER_END.search(before)):
        return False  # a list of numbers: "paragraphs 7, 8 and 9", "Goals 5 and 6"
    if _not_before_marker(before, tail):
        return False  # "paragraph 4", "of 12 September"
    if _DECISION_END.search(before, tail) and _DOCUMENT_AFTER.match(after):
        return False  # "resolution 217 A (III)", "resolution 1325 (2000)": a number of a document, not a marker
    if _QUANTITY_AFTER.match(after):
        return False  # "4 trillion", "12 working days"
    if how == "spaced" and _CAP_AFTER.match(after) and not (
        _CLOSED_END.search(before, tail) or _YEAR_END.search(before, tail)  # "the 2010 8 Review Conference"
    ):
        return False
    return True


def resolve_markers(holders: list, footnotes: list[Footnote], page_of=lambda line: 0) -> None:
    """Find footnote markers, remove them from the text, record who cites what.

    ``holders`` are paragraphs and headings in document order. A marker's number must be a footnote of this
    resolution; its first citation stands on the page where the footnote's text starts, a second citation (UN
    practice: the number repeated) anywhere after the first, also after higher numbers and on later pages. Markers glued to their word
    ("Development1", "2013,3", "2015–20307") are strong: they fix the order, each above the last (or repeating one
    cited before). Numbers standing apart ("Development 1 and", "organization, 4 and") are weak: they are taken
    only to fill a gap in that order, or to repeat a number cited before them after a name closed by its comma
    ("United Nations, 3 the"), and only in a context where a number is no quantity or reference nor one of a
    series of counts (:func:`_count_series`).
    """
    numbers = {f.number: f for f in footnotes if f.number.isdigit()}
    if not numbers:
        return
    cands = []  # (holder index, start, end, number, strong, first citation possible, second citation possible)
    cut: set[int] = set()  # the holders with more than one cut of a resolution number's run among the candidates
    for h, holder in enumerate(holders):
        text = holder.text
        if no_digits(text):
            continue  # every marker shape is digits (half the paragraphs hold none)
        found = [(m, m.lastgroup) for m in _marker_matches(text)]  # the one shape's group that took part
        spaced = [m for m, how in found if how == "spaced"]
        counts = _count_series(text, spaced, numbers) if len(spaced) > 1 else ()
        for mark, long_run in (("/", _LONG_RESNUM), (".", _LONG_CHAPTER_PARAGRAPH)):
            if mark in text and long_run.search(text):  # the other places a number's run may be cut
                # (_GLUED_RESNUM tries a resolution number's last): rare, so the candidates of one holder may overlap
                cut.add(h)
                found += [(m, "resnum") for run in long_run.finditer(text)
                          for g in (run.lastindex,)
                          for at in range(run.start(g) + 1, run.start(g) + 3) if run.end(g) - at <= 3
                          for m in (_RESNUM_MARKER.match(text, at),) if m]
        if any(name in text for name in _NUMBERED_NAMES):  # rare: a separate scan, overlapping the others
            found += [(m, "name") for m in _GLUED_NAME.finditer(text)]
        for m, group in found:
            num = m.group(group)
            how = "glued" if group in ("year", "resnum", "name", "both") else group
            start, end = m.span() if how == "spaced" else m.span(group)  # a spaced marker takes its space along
            fn = numbers.get(num)
            if fn is None:
                continue
            # a first citation stands before its footnote in the source, on the page where the footnote starts; a
            # second citation of the same number may stand anywhere after the first (decided below)
            first = fn.span.line >= holder.span.line and (
                page_of(holder.span.line) <= page_of(fn.span.line) <= page_of(holder.span.end_line)
            )
            if how != "glued" and not _weak_ok(text, m, how):
                continue
            if how == "spaced" and m.start() in counts:
                continue  # a count of a series: "6 from African States, 4 from Asia-Pacific States"
            before = text[max(0, start - _WINDOW) : start]
            if how == "glued" and before[-1:] == "." and _CODE_BEFORE_DOT.search(before):
                continue
            # a second citation is glued to a word or a year: "Questions,2", "1949,2"; not "U4", "17.3"; or stands
            # after a name closed by a comma: "United Nations, 3 the"
            repeat = bool(
                _REPEAT_BEFORE.search(before, max(0, len(before) - _TAIL))
                if how == "glued"
                else how == "spaced"
                and _SPACED_REPEAT_BEFORE.search(before)
                and _SPACED_REPEAT_AFTER.match(text, end, end + _WINDOW)
            )
            if not first and not repeat:
                continue
            if how == "glued" and before[-2:-1].isdigit() and before[-1:] == "." and not _SENTENCE_AFTER.match(
                text, end, end + _WINDOW
            ):
                continue  # "section 3.2", not "in October 2013.19 It builds"
            cands.append((h, start, end, int(num), how == "glued", first, repeat))
    cands.sort()

    accepted: dict[tuple[int, int], tuple[int, int]] = {}  # (holder, start) -> (end, number)
    cited: set[int] = set()
    highest = 0
    weak_since = 0  # weak candidates since the last strong marker: the numbers a jump may skip are theirs to fill
    repeats: set[tuple[int, int]] = set()  # second citations: they do not bound the weak markers between
    taken: dict[int, list[tuple[int, int]]] = {}  # the spans accepted so far in the holders of ``cut``
    for h, s, e, n, strong, first, _repeat in cands:
        if h in cut and strong:
            if any(s2 < e and s < e2 for s2, e2 in taken.get(h, ())):
                continue  # another cut of the same run is taken ("54/2639": 39, not 9)
            if first and highest < n <= highest + 3 + weak_since or n in cited:
                taken.setdefault(h, []).append((s, e))
        if not strong:
            weak_since += first
        elif first and highest < n <= highest + 3 + weak_since:
            accepted[(h, s)] = (e, n)
            cited.add(n)
            highest = max(highest, n)
            weak_since = 0
        elif n in cited:
            accepted[(h, s)] = (e, n)
            repeats.add((h, s))
    strong_order = sorted(k for k in accepted if k not in repeats)
    # the smallest strong number from each position on: a weak marker must stay below the next strong one
    next_strong = [10**6] * (len(strong_order) + 1)
    for i in range(len(strong_order) - 1, -1, -1):
        next_strong[i] = min(next_strong[i + 1], accepted[strong_order[i]][1])
    spans: dict[int, list[tuple[int, int]]] = {}
    for (h, s), (e, _n) in accepted.items():
        spans.setdefault(h, []).append((s, e))
    # where each number is first cited: a weak second citation must come after it
    first_at = {}
    for key in sorted(accepted):
        first_at.setdefault(accepted[key][1], key)
    lo = 0
    for h, s, e, n, strong, first, repeat in cands:
        if strong:
            if (h, s) in accepted:
                lo = max(lo, n)
            continue
        if n in cited:  # a second citation standing apart, after the first
            if not repeat or first_at.get(n, (h, s)) >= (h, s) or any(not (e <= s2 or s >= e2) for s2, e2 in spans.get(h, ())):
                continue
            accepted[(h, s)] = (e, n)
            spans.setdefault(h, []).append((s, e))
            continue
        hi = next_strong[bisect_right(strong_order, (h, s))]
        if not first or not lo < n < hi or n > lo + 3:
            continue
        if any(not (e <= s2 or s >= e2) for s2, e2 in spans.get(h, ())):
            continue  # overlaps an accepted marker
        accepted[(h, s)] = (e, n)
        spans.setdefault(h, []).append((s, e))
        cited.add(n)
        first_at.setdefault(n, (h, s))
        lo = n

    _fill_gaps(holders, numbers, accepted, page_of)
    by_holder: dict[int, list[tuple[int, int, str]]] = {}
    for (h, s), (e, n) in sorted(accepted.items()):
        by_holder.setdefault(h, []).append((s, e, str(n)))
    for h, hits in by_holder.items():
        _take(holders[h], hits, numbers)


# a run of two digits or more that ends a number (not the digits after a thousands comma or a decimal point)
_NUMBER_RUN = re.compile(r"(?<![\d])(?<!\d[.,])\d\d+(?=[\s,;:.)]|$)")


def _fill_gaps(holders: list, numbers: dict[str, Footnote], accepted: dict, page_of) -> None:
    """Fill a gap of one in the footnotes' sequence from the footnote table: footnote ``n`` cited nowhere, ``n - 1``
    and ``n + 1`` (or the document's start or end) cited, and between those two citations, in a holder that spans
    the page where footnote ``n`` starts, exactly one number whose last digits are ``n`` (no year): the marker is
    glued to a number whose shape alone cannot say where the number ends ("resolutions 5/1 3 and 5/64" is 5/6 and
    footnote 4, A/RES/79/313 PP20; "resolution 55/197" is Human Rights Council resolution 55/19 and footnote 7,
    A/RES/80/222 para. 1; "at least 56514 humanitarian workers", 565 and footnote 14, A/RES/80/77 para. 14).
    ``accepted`` maps (holder, start) to (end, number) and gets the markers found."""
    firsts: dict[int, tuple[int, int, int]] = {}  # number -> (holder, start, end) of its first citation
    spans: dict[int, list[tuple[int, int]]] = {}  # holder -> the spans of its markers
    for (h, s), (e, n) in sorted(accepted.items()):
        firsts.setdefault(n, (h, s, e))
        spans.setdefault(h, []).append((s, e))
    ints = sorted(int(k) for k in numbers)
    for i, n in enumerate(ints):
        if n in firsts:
            continue
        prev = firsts.get(n - 1) if i else (0, 0, 0)
        nxt = firsts.get(n + 1) if i + 1 < len(ints) else (len(holders) - 1, 10**9, 10**9)
        if prev is None or nxt is None or (i and ints[i - 1] != n - 1) or (i + 1 < len(ints) and ints[i + 1] != n + 1):
            continue  # no gap of one between two citations
        fn = numbers[str(n)]
        digits = str(n)
        found = []
        for h in range(prev[0], nxt[0] + 1):
            holder = holders[h]
            if fn.span.line < holder.span.line or not (
                page_of(holder.span.line) <= page_of(fn.span.line) <= page_of(holder.span.end_line)
            ):
                continue
            text = holder.text
            taken = spans.get(h, ())
            for run in _NUMBER_RUN.finditer(text):
                s, e = run.end() - len(digits), run.end()
                if len(run.group()) <= len(digits) or not run.group().endswith(digits):
                    continue
                if len(run.group()) == 4 and run.group()[:2] in ("19", "20"):
                    continue  # a year
                if (h, s) <= (prev[0], prev[2]) or (h, e) > (nxt[0], nxt[1]):
                    continue
                if any(s < e2 and s2 < e for s2, e2 in taken):
                    continue
                found.append((h, s, e))
        if len(found) == 1:
            h, s, e = found[0]
            accepted[(h, s)] = (e, n)
            firsts[n] = (h, s, e)
            spans.setdefault(h, []).append((s, e))


def _take(holder, hits: list[tuple[int, int, str]], numbers: dict[str, Footnote]) -> None:
    """Take the markers ``hits`` ((start, end, number), in text order) out of ``holder``'s text, into its
    ``footnotes`` and the footnotes' ``cited_by``; ``holder.markers`` keeps where each stood in the cleaned text
    (the Akoma Ntoso export puts the ``authorialNote`` there)."""
    text = holder.text
    out = []
    last = 0
    at = []  # where each marker stood, as an offset into the cleaned text
    prefix = _CleanLength()
    for s, e, num in hits:
        out.append(text[last:s])
        prefix.add(text[last:s])
        last = e
        at.append((prefix.stripped(), num))
        if num not in holder.footnotes:
            holder.footnotes.append(num)
        label = cited_by_label(holder)
        if label not in numbers[num].cited_by:
            numbers[num].cited_by.append(label)
    out.append(text[last:])
    holder.text = _clean_text("".join(out)).strip()
    holder.markers = [(min(pos, len(holder.text)), num) for pos, num in at]


_SPACES = re.compile(r"[ ]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" ([,;:.])")


def _collapse(text: str) -> str:
    """Runs of spaces made one, no space before punctuation (what removing markers leaves to clean). Each pattern
    is tried only where a substring test finds what it needs (most pieces need neither)."""
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text


class _CleanLength:
    """The length of ``_clean_text`` of a text given piece by piece, in time linear in the pieces (a paragraph with
    many markers is not cleaned again from its start at each one). The cleaning rules are local: only the last
    characters of what came before matter."""

    def __init__(self) -> None:
        self.length = 0
        self.tail = ""  # the last characters of the cleaned text so far

    def add(self, piece: str) -> None:
        p = _collapse(piece)
        if not self.length:
            p = p.lstrip()
        elif self.tail.endswith(" "):
            if p.startswith(" "):
                p = p[1:]
            if p[:1] in (",", ";", ":", "."):
                self.length -= 1
                self.tail = self.tail[:-1]
        self.length += len(p)
        self.tail = (self.tail + p)[-16:]

    def stripped(self) -> int:
        """The length without trailing white space, as ``len(_clean_text(text).rstrip())``."""
        return self.length - (len(self.tail) - len(self.tail.rstrip()))


def _clean_text(text: str) -> str:
    """What removing markers leaves: runs of spaces made one, no space before punctuation, no leading space."""
    return _collapse(text).lstrip()


def take_sure_markers(holders: list, footnotes: list[Footnote]) -> None:
    """Footnote markers the source marked (``holder.sure_markers``, from normalize's ``Line.sure``: a PDF's raised
    digits): each cites the footnote of its number wherever it stands, a first citation or a second one (UN
    practice: the number repeated on a later page), and leaves the text. No context rule, no page rule.
    ``holders`` are in source order, so each footnote's ``cited_by`` is too."""
    numbers = {f.number: f for f in footnotes}
    for holder in holders:
        # a raised number that is no footnote's ("m2") stays in the text
        hits = [(s, e, holder.text[s:e]) for s, e in sorted(holder.sure_markers) if holder.text[s:e] in numbers]
        if hits:
            _take(holder, hits, numbers)
            holder.footnotes.sort(key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n))


def resolve(res: Resolution, page_of: Callable[[int], int] = lambda line: 0, sure: bool = False) -> None:
    """The footnotes stage over a built resolution: markers out of every paragraph's and heading's text, into
    ``Paragraph.footnotes`` and ``Footnote.cited_by``; an annex's title takes its heading's cleaned text, its
    footnotes and markers, and that heading leaves ``res.headings`` (the title is the annex's, not also a heading
    before its first paragraph); a footnote its title cites is cited by "title of annex" (:func:`cited_by_label`).
    ``page_of`` maps a 1-based source line to its 0-based page (:meth:`Normalized.page_of`). With ``sure`` (the
    source marked every marker: a PDF) the marked markers are taken (:func:`take_sure_markers`) and nothing is
    guessed."""
    holders: list = sorted([*res.walk(), *res.headings], key=lambda h: (h.span.line, h.span.column))
    titles = [
        (annex, next((h for h in res.headings if h.annex == annex.name and h.text == annex.title), None))
        for annex in res.annexes
        if annex.title
    ]
    if sure:
        take_sure_markers(holders, res.footnotes)
    else:
        resolve_markers(holders, res.footnotes, page_of)
    for annex, heading in titles:
        if heading is not None:
            # the title line is the annex's title, once: the heading held it only for its markers (not also a
            # heading before the annex's first paragraph, nor an Akoma Ntoso crossHeading beside its docTitle)
            annex.title = heading.text
            res.headings.remove(heading)
            if heading.footnotes:  # its markers stay the title's (A/RES/79/144: the annex's title cites 170)
                annex.footnotes, annex.markers = heading.footnotes, heading.markers
                was, now = cited_by_label(heading), cited_by_label(annex)
                for f in res.footnotes:
                    f.cited_by = [now if c == was else c for c in f.cited_by]
