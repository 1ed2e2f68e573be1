"""The draft-note checker on a fresh-user trial's faults (2026-12-02; tests/fixtures/trial_notes5/note.md, written for
these tests from the trial's sentences and checked against the real A/RES/80/187 and A/RES/80/5 of the corpus):

- a paragraph cited as the subject of an operative verb ("Paragraph 14 requests ...", "Paragraphs 13 and 14 request
  ...") after the note names a resolution is that resolution's paragraph, and checked (before: read as the note's own
  paragraph and passed in silence, "0 errors, 0 warnings, 0 info"); where another document was named after the
  resolution, it is not checked and the note is told so (R004, an info);
- a paragraph of a declaration cited by its name ("paragraph 43 (b) of the Doha Political Declaration") is checked
  against the loaded resolution that adopts a text of that name (80/5, in its annex); a name no loaded resolution
  holds is said to be not checked (R005)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

NOTE = Path(__file__).parent / "fixtures" / "trial_notes5" / "note.md"


@pytest.fixture(scope="module")
def report(corpus_dir):
    library = checker.Library([resparse.parse(corpus_dir / f"A_RES_{n}.txt") for n in ("80_187", "80_5")])
    return checker.check(notes.read(NOTE), library)


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


def _cited(report, line: int) -> list[tuple[str | None, list[str], str]]:
    return [(it.resolution, it.paragraphs, it.status) for it in report.items if it.line == line and it.kind == "citation"]


def test_paragraph_n_requests_is_checked_against_the_resolution_named_before(report):
    """ "Paragraph 14 requests the Secretary-General": 14 "Also encourages the Office of the High Commissioner"."""
    assert _cited(report, 3)[-1] == ("A/RES/80/187", ["14"], "verified")
    [(code, message)] = _findings(report, 3)
    assert code == "R203" and message.startswith("paragraph 14 of A/RES/80/187 does not address the Secretary-General")


def test_a_paragraph_that_does_not_exist_is_an_error_in_the_next_paragraph_of_the_note(report):
    """ "Paragraph 999 decides to close the Office.", the note's next paragraph: the chain of such sentences keeps
    80/187 the resolution meant."""
    [(code, message)] = _findings(report, 5)
    assert code == "R101" and "paragraph 999 does not exist in A/RES/80/187" in message


def test_right_citations_are_verified(report):
    """12 "requests the High Commissioner to support States", 61 "Encourages States ...": both right."""
    assert _findings(report, 7) == []
    assert [(res, labels) for res, labels, _ in _cited(report, 7)] == [("A/RES/80/187", ["12"]), ("A/RES/80/187", ["61"])]


def test_paragraphs_in_the_plural_are_checked_with_the_plural_verb(report):
    """ "Paragraphs 13 and 14 request the Office": both encourage it."""
    [(code, message)] = _findings(report, 9)
    assert code == "R202" and message.endswith('the note says "request"')


def test_another_document_named_after_the_resolution_makes_it_unclear(report):
    """ "The report A/80/12 was issued. Paragraph 12 requests ...": the report's paragraph or 80/187's? An info."""
    [(code, message)] = _findings(report, 13)
    assert code == "R004" and message.startswith('not checked: "Paragraph 12" names no resolution')
    assert "A/80/12" in message


def test_a_declaration_cited_by_its_name_is_checked_in_the_resolution_that_adopts_it(report):
    """80/5 adopts "the Doha Political Declaration of the “World Social Summit” ..., as contained in the annex":
    43 (b) is its annex 43 (b), verified; 43 (z) does not exist."""
    assert _cited(report, 15) == [("A/RES/80/5", ["annex 43 (b)"], "verified")]
    [(code, message)] = _findings(report, 17)
    assert code == "R101" and message.endswith("(paragraph 43 of the annex has (a)–(i))")


def test_a_declaration_no_loaded_resolution_holds_is_not_checked_and_says_so(report):
    [(code, message)] = _findings(report, 19)
    assert code == "R005" and '"the Copenhagen Declaration on Social Development"' in message


def test_without_the_resolution_loaded_the_declaration_is_said_to_be_not_checked(corpus_dir):
    library = checker.Library([resparse.parse(corpus_dir / "A_RES_80_187.txt")])
    report = checker.check(notes.read(NOTE), library)
    assert [f.code for f in report.findings if f.line in (15, 17)] == ["R005", "R005"]
