"""A label-free consistency check of a parsed resolution.

It needs no knowledge of what the resolution should contain, only of what any well-formed one looks like:

- the top-level operative numbers run 1..N without gap or repeat, and so do the numbered paragraphs of each annex
  (within each numbering scope);
- sub-paragraph markers (a), (b), ... and (i), (ii), ... run in order from the first under each parent;
- no paragraph, footnote or heading text holds a page header (the document's job number, a page counter), a line
  of underscores, or is empty (a paragraph with sub-paragraphs may have no words of its own: "12. (a) ...");
- every footnote is cited by a paragraph or a heading;
- a recital holds one recital: no second preambular opening phrase with its capital after a comma or semicolon
  (", at its forty-third session, Recalling that ..."), the sign of a recital joined to the one before, and no line
  of its own that opens with a capital after a line that ends with a comma ("... demographic trends,\\nFurther
  committing to build ...", "...,\\nDeclare the following:"), a clause the source set apart joined to it; recitals
  are the preambular paragraphs and the annex paragraphs that open with a preambular phrase (the preamble of a
  declaration or convention in an annex: "Recognizing ...", A/RES/79/1 annex II);
- no footnote number of the document stays glued to a word in a paragraph's or heading's text ("Declaration1",
  "Goals;3", "2030”5"): a marker that was not read;
- no paragraph holds a heading-shaped line after a finished sentence: a capitalised word, a number and a full stop
  or colon, then a capital ("... nutritious food. Action 4. We will close ...", A/RES/79/1): a numbered heading
  read as the paragraph's continuation.

Used by ``resparse corpus`` to measure the parser on many real texts, and by the tests on ``texts/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lex import ordinal, roman_value
from .model import Paragraph, Resolution
from .phrases import is_preambular, opening_phrase
from .shapes import no_digits


@dataclass
class Problem:
    code: str  # "numbering", "subparagraphs", "header", "underscores", "empty", "footnote", "two recitals", "glued",
    # "heading"
    message: str
    where: str  # a paragraph label, "footnote 3", "heading ..."

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "where": self.where}


_UNDERSCORES = "_" * 5  # the start of a line of underscores (a plain substring test: fast)
# a capitalised word after a comma or semicolon: where a second recital would start
_CAPITAL_AFTER_COMMA = re.compile(r"[,;]\s+(?=[A-Z][a-z])")
# a line of a paragraph's text (a logical line of the source, joined with "\n") that opens with a capitalised word
# after a line that ends with a comma, footnote digits after the comma allowed: the first two words
_CLAUSE_ON_ITS_LINE = re.compile(r",\d{0,3}[ ]*\n([A-Z][a-z]+(?: [a-z]+)?)")
# digits glued to a word of two lower-case letters, a closing quote, a comma, colon or semicolon
# between them allowed: "Declaration1", "Goals;3", "construction;1", "Agenda”5"
_GLUED_DIGITS = re.compile(r"[a-z]{2}[”\"’]?[,;:]?(\d{1,3})(?=[\s,;:.)”\"]|$)")
# where such a number can start: a digit after the two characters _GLUED_DIGITS needs before it (letter, letter;
# letter, quote or punctuation; quote, punctuation). Rare in a text and found fast (the search skips to digits):
# a text without one has no glued number.
_GLUED_START = re.compile(r"\d(?<=[a-z”\"’][a-z”\"’,;:]\d)")


def second_recital(text: str) -> str | None:
    """The preambular opening phrase of a second recital inside one paragraph's text, or the first words of a
    clause that the source sets on a line of its own after a line that ends with a comma, or None.

    >>> second_recital("Recalling its resolution 1/1, at its forty-third session, Recalling also that the Year ...")
    'Recalling also'
    >>> second_recital("Noting the work of the Commission, Recognizing its role,")
    'Recognizing'
    >>> second_recital("Welcoming the report of the Secretary-General, New York, 2023,") is None
    True
    >>> second_recital("Recognizing the risks faced by present generations,\\nFurther committing to build a system,")
    'Further committing'
    """
    m = _CLAUSE_ON_ITS_LINE.search(text) if "\n" in text else None
    if m:
        return m.group(1)
    for m in _CAPITAL_AFTER_COMMA.finditer(text):
        phrase = opening_phrase(text[m.end() :])
        if phrase and is_preambular(phrase):
            return phrase
    return None


def glued_footnote_numbers(text: str, numbers: set[str]) -> list[str]:
    """Footnote numbers (of ``numbers``, the document's footnotes) still glued to a word in ``text``.

    >>> glued_footnote_numbers("the Universal Declaration1 and the Goals;3 by 2030", {"1", "3"})
    ['1', '3']
    >>> glued_footnote_numbers("the Group of 77 and China, G20 and COVID-19", {"20", "19"})
    []
    """
    if no_digits(text) or not _GLUED_START.search(text):
        return []
    return [m.group(1) for m in _GLUED_DIGITS.finditer(text) if m.group(1) in numbers]


# a numbered heading after a finished sentence (its full stop, footnote digits glued to it): a capitalised word, an
# arabic or roman number, a full stop or colon, then a capitalised title or the end ("Action 4. We will ...",
# "Objective 1: Collect ...", "Part II."); not after a colon or semicolon, where items of a list start so ("the
# following themes: / Panel 1: Tackling ...", 79/273)
_HEADING_INSIDE = re.compile(r"\.\d{0,3}\s+([A-Z][a-z]+ (?:\d{1,3}|[IVXL]{1,6})[.:])(?=\s+[A-Z“\"]|$)")


def heading_inside(text: str) -> str | None:
    """The designation of a numbered heading that stands inside ``text`` after a finished sentence, or None.

    >>> heading_inside("sufficient and nutritious food.\\nAction 4. We will close the financing gap.")
    'Action 4.'
    >>> heading_inside("as adopted in resolution 2719 (2023). Objective 1: Collect accurate data")
    'Objective 1:'
    >>> heading_inside("the following themes:\\nPanel 1: Tackling the determinants") is None
    True
    >>> heading_inside("Sustainable Development Goal 14: Conserve and use the oceans") is None
    True
    """
    m = _HEADING_INSIDE.search(text)
    return m.group(1) if m else None


def _runs_from_one(numbers: list[int]) -> bool:
    return numbers == list(range(1, len(numbers) + 1))


def _style_of(child: Paragraph) -> str:
    m = child.number
    if m.isdigit():
        return "1"
    if m.isupper():
        return "A"
    return "a"


def _check_children(p: Paragraph, problems: list[Problem]) -> None:
    if not p.children:
        return
    # group siblings by marker style: letters and romans nest, so siblings share one style
    markers = [c.number for c in p.children]
    letters = all(len(m) == 1 or (len(m) == 2 and m[0] == m[1]) for m in markers if m.isalpha() and m.islower())
    style = _style_of(p.children[0])
    if style == "a":
        # a run of romans (i), (ii), ... or of letters (a), (b), ...
        if markers[0] == "i" and (len(markers) == 1 or markers[1] == "ii"):
            values = [roman_value(m) for m in markers]
        elif letters:
            values = [ordinal(m, "a") for m in markers]
        else:
            values = [roman_value(m) for m in markers]
    else:
        values = [ordinal(m, style) for m in markers]
    if not _runs_from_one(values):
        problems.append(
            Problem("subparagraphs", f"sub-paragraphs of {p.label} run " + ", ".join(f"({m})" for m in markers), p.label)
        )
    for c in p.children:
        _check_children(c, problems)


def check(res: Resolution) -> list[Problem]:
    """All the problems found; an empty list means the tree is consistent."""
    problems: list[Problem] = []

    # numbered paragraphs by numbering scope: the operative part (or each of its sections "I", "II"), each annex
    # (or each unit of it that numbers its own paragraphs: "rule 7")
    scopes: dict[tuple[str | None, str], list[int]] = {}
    for p in res.paragraphs:
        if p.kind in ("operative", "annex") and p.number:
            local = p.label[len(p.annex) :].strip() if p.annex else p.label
            scope = local.rsplit(".", 1)[0] if "." in local else ""
            scopes.setdefault((p.annex, scope), []).append(int(p.number))
    for (annex, scope), nums in scopes.items():
        if not _runs_from_one(nums):
            where = " ".join(x for x in (annex or "operative", scope) if x)
            problems.append(Problem("numbering", _numbering_message(annex, scope, nums), where))

    for p in res.paragraphs:
        _check_children(p, problems)

    walked = list(res.walk())  # every paragraph and sub-paragraph, in document order: read by each check below

    # page headers: each pattern with a part that every match of it holds, tested first (a substring test is fast);
    # the job number is that part itself (no pattern: one compiled per document would be 902 compiles over the
    # corpus, and would push the patterns of every other stage out of ``re``'s cache)
    noise: list[tuple[str, re.Pattern | None]] = []
    if res.job:
        noise.append((res.job, None))
    if res.pages:
        noise.append((f"/{res.pages}", _page_counter(res.pages)))
    # a paragraph with sub-paragraphs may have no words of its own ("12. (a) Each State Party ...", 79/243)
    holders: list[tuple[str, str]] = [(p.label, p.text or ("-" if p.children else "")) for p in walked]
    holders += [(f"footnote {f.number}", f.text) for f in res.footnotes]
    holders += [(f"heading {h.text[:30]}", h.text) for h in res.headings]
    for where, text in holders:
        if not text.strip():
            problems.append(Problem("empty", "empty text", where))
            continue
        if _UNDERSCORES in text:
            problems.append(Problem("underscores", "a line of underscores in the text", where))
        for part, pat in noise:
            if part not in text:
                continue
            if pat is None:
                at, found = text.index(part), part
            else:
                m = pat.search(text)
                if m is None:
                    continue
                at, found = m.start(), m.group(0)
            if not _cites_document(text, at):
                problems.append(Problem("header", f"page header in the text: {found.strip()!r}", where))
                break

    for p in walked:
        if p.kind == "preambular" or (p.kind == "annex" and is_preambular(p.opening)):
            phrase = second_recital(p.text)
            if phrase:
                problems.append(Problem("two recitals", f"a second recital starts inside {p.label}: {phrase!r}", p.label))
    numbers = {f.number for f in res.footnotes if f.number.isdigit()}
    if numbers:
        for where, text in [(p.label, p.text) for p in walked] + [(f"heading {h.text[:30]}", h.text) for h in res.headings]:
            for n in glued_footnote_numbers(text, numbers):
                problems.append(Problem("glued", f"footnote number {n} glued to a word in the text", where))

    for p in walked:
        heading = heading_inside(p.text)
        if heading:
            problems.append(Problem("heading", f"a heading starts inside {p.label}: {heading!r}", p.label))

    for f in res.footnotes:
        if not f.cited_by and f.number.isdigit():
            problems.append(Problem("footnote", f"footnote {f.number} is cited by no paragraph", f"footnote {f.number}"))
    return problems


@lru_cache(maxsize=256)
def _page_counter(pages: int) -> re.Pattern:
    """A page counter of a document of ``pages`` pages, "12/16", standing apart (compiled once per page count)."""
    return re.compile(rf"(?:^|\s)\d{{1,3}}/{pages}(?:\s|$)")


def _cites_document(text: str, pos: int) -> bool:
    """A page-counter-like "12/16" that is really a document number ("resolution 71/16", "A/71/16")."""
    before = text[max(0, pos - 20) : pos]
    return bool(
        re.search(r"(?:resolutions?|decisions?|A/|and|,)\s*$", before, re.IGNORECASE)
        or re.search(r"\b[A-Z]{1,6}\s*$", before)  # a document code: "CL 144/9", "OC 21/14"
    )


def _numbering_message(annex: str | None, scope: str, numbers: list[int]) -> str:
    """What a numbering scope's irregular numbers are, in words a reader of ``corpus report`` follows: "the
    paragraphs of the annex are numbered 8, not 1" (A/RES/79/144, whose annex amends another text's paragraph 8),
    "the operative paragraphs are numbered 1, 2, 4, 5, not 1 to 4", "the paragraphs of section IV are numbered ...".
    It said "annex paragraphs run 8" (a new-user trial, 2026-12-04: read as a count of runs). ``scope``: the part of
    the labels before their last number ("IV" of "IV.3", "rule 7" of an annex's "rule 7.1"), "" for none."""
    if annex is None:
        subject = f"the paragraphs of section {scope}" if scope else "the operative paragraphs"
    else:
        name = "the annex" if annex == "annex" else annex
        subject = f"the paragraphs of {name}" + (f", {scope}," if scope else "")
    expected = "1" if len(numbers) == 1 else f"1 to {len(numbers)}"
    return f"{subject} are numbered {_summary(numbers)}, not {expected}"


def _summary(numbers: list[int]) -> str:
    if len(numbers) <= 12:
        return ", ".join(map(str, numbers))
    bad = [i for i in range(len(numbers)) if numbers[i] != i + 1]
    i = bad[0] if bad else 0
    return ", ".join(map(str, numbers[max(0, i - 3) : i + 4])) + f" ... ({len(numbers)} in all)"
