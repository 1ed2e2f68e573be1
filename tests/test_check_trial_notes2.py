"""The draft-note checker on a second fresh-user trial's lines (tests/fixtures/trial_notes2/note.md, checked against
the copies of resolutions 79/314, 79/121 and 79/156 beside it): an annex paragraph cited in any of the styles
drafters use, a locator inside what a cited paragraph says, and an addressee named with a restrictive relative."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

FIXTURES = Path(__file__).parent / "fixtures" / "trial_notes2"


@pytest.fixture(scope="module")
def report():
    library = checker.Library([resparse.parse(FIXTURES / f"A_RES_{n}.txt") for n in ("79_314", "79_121", "79_156")])
    return checker.check(notes.read(FIXTURES / "note.md"), library)


def _citations(report, line: int) -> list[tuple[str | None, list[str]]]:
    return [(it.resolution, it.paragraphs) for it in report.items if it.line == line and it.kind == "citation"]


def _codes(report, line: int) -> list[str]:
    return [f.code for f in report.findings if f.line == line]


@pytest.mark.parametrize("line", [3, 5])
def test_an_annex_paragraph_in_parentheses_or_of_the_annex_is_checked(report, line):
    """ "resolution 79/314 (annex, para. 25) says: "We invite members ..."" and "Resolution 79/314, para. 25 of the
    annex, says: ...": annex paragraph 25 is cited (the words are annex 24's: R105), as "annex, paragraph 40" and
    "paragraph 15 of the annex to resolution 79/314" are; before, the parenthesis was read as a resolution with no
    paragraph and the quotation "verified" anywhere in it."""
    assert _citations(report, line) == [("A/RES/79/314", ["annex 25"])]
    assert _codes(report, line) == ["R105"]


def test_a_paragraph_of_the_annex_in_parentheses_is_that_annex_paragraph(report):
    """ "Resolution 79/314 (para. 24 of the annex) says: ..." cites annex 24, whose words the quotation are."""
    assert _citations(report, 7) == [("A/RES/79/314", ["annex 24"])]
    assert _codes(report, 7) == []


def test_an_annex_paragraph_that_does_not_exist_is_still_an_error(report):
    assert _codes(report, 9) == ["R101"]


@pytest.mark.parametrize("line", [11, 13])
def test_a_locator_in_what_the_cited_paragraph_says_is_no_citation(report, line):
    """ "Resolution 79/121, paras. 42–43, asks that chapter II be circulated "..."": chapter II is the Commission's
    report's (42 says "chapter II of its report"), not a paragraph of 79/121 (before: R101 "paragraph chapter II does
    not exist", R105); so is "chapter V" after "requests the Secretariat to circulate" (an operative verb of the
    paragraph's content), though 42 does not name it."""
    assert [p for _, p in _citations(report, line)] == [["42", "43"] if line == 11 else ["42"]]
    assert _codes(report, line) == []
    assert all(it.status == "verified" for it in report.items if it.line == line)


def test_states_that_are_parties_are_states_parties(report):
    """ "Paragraph 5 of resolution 79/156 urges States parties ...": 5 "Urges States that are parties to the 1951
    Convention ..." -- the same addressees (before: R203 "does not address States parties; it addresses States")."""
    verbs = [it for it in report.items if it.line == 15 and it.kind == "verb"]
    assert [(it.status, it.paragraphs) for it in verbs] == [("verified", ["5"])]
    assert _codes(report, 15) == []
