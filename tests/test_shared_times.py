"""Units: a time that opens a clause's sentence (``mandates.extract._Extractor.opening_time``) read only where a
deadline may start at the start of the words before the verb (``mandates.deadlines.may_open``), held to the reading
of every such text on real resolutions (tests/fixtures and the bundled texts)."""

from __future__ import annotations

import re
from pathlib import Path

import resparse
from resparse.mandates import deadlines
from resparse.mandates.clauses import clauses
from resparse.mandates.extract import _SENTENCE_START, _Extractor

FIXTURES = Path(__file__).parent / "fixtures"
# resolutions with times that open a sentence ("Beginning in 2026, we call upon ...", A/RES/78/317, annex, para. 41)
# and long operative parts of many clauses
FILES = ["A_RES_78_317.txt", "A_RES_79_1.txt", "A_RES_80_136.txt", "A_RES_78_182.txt", "A_RES_79_226.txt"]


def _opening_time_read_whole(ex: _Extractor, text: str, c) -> list:
    """``opening_time`` as it read before: the deadlines of every lead (the start recurring by the action's object
    since trialfix30a: "Beginning in 2026, we call upon ... to conduct a comprehensive biennial review", 78/317 annex
    41, ``deadlines.recurring_object``)."""
    at = text.rfind(c.written, 0, c.start)
    if at <= 0:
        return []
    lead = _SENTENCE_START.split(text[:at])[-1].strip(" ,")
    found = ex.deadlines(lead) if lead else []
    return [deadlines.recurring_object(found[0], text[at:])] if found and found[0].text == lead else []


def test_opening_time_is_that_of_every_lead_read():
    leads = timed = skipped = 0
    for name in FILES:
        res = resparse.parse(FIXTURES / name)
        ex = _Extractor(res)
        for p in res.walk():
            for c in clauses(p):
                assert ex.opening_time(p.text, c) == _opening_time_read_whole(ex, p.text, c), (name, p.label)
                at = p.text.rfind(c.written, 0, c.start)
                if at > 0:
                    leads += 1
                    lead = _SENTENCE_START.split(p.text[:at])[-1].strip(" ,")
                    skipped += not deadlines.may_open(lead)
                    timed += bool(ex.opening_time(p.text, c))
    assert timed >= 1  # "Beginning in 2026"
    assert skipped > leads // 2  # most leads open with a verb: not read


def test_no_deadline_starts_where_may_open_says_none_can(all_texts):
    """Every piece of every paragraph of the bundled texts from a word's start (300 characters): where ``may_open``
    says no, none of ``find``'s deadlines is the whole piece, and none of its kinds' scans finds one at 0."""
    pieces = set()
    for res in all_texts.values():
        for p in res.walk():
            for m in re.finditer(r"(?<!\S)\S", p.text):
                pieces.add(p.text[m.start() : m.start() + 300].rstrip(" ,"))
    closed = 0
    for piece in pieces:
        if deadlines.may_open(piece):
            continue
        closed += 1
        for _, starts, at, _ in deadlines._KINDS:
            assert all(s > 0 for s, _, _ in deadlines._scan(piece, starts, at)), piece
    assert closed > len(pieces) // 2
    opened = [piece for piece in pieces if deadlines.may_open(piece)]
    assert any(d.text == piece for piece in opened for d in deadlines.find(piece)[:1])
