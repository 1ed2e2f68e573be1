"""The draft-note checker on the fresh-user trial's notes (tests/fixtures/trial_notes/draft2.md, draft3.md, checked
against the copies of resolutions 78/71 and 79/234 beside them): what each line cites is the resolution it names."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

FIXTURES = Path(__file__).parent / "fixtures" / "trial_notes"


@pytest.fixture(scope="module")
def report():
    library = checker.Library([resparse.parse(FIXTURES / f"A_RES_{n}.txt") for n in ("78_71", "79_234")])
    return checker.check(notes.read(FIXTURES / "draft2.md"), library)


def test_a_bare_resolution_number_after_of_names_that_resolution(report):
    """ "Para. 26 of 78/71 encourages Member States "in a position to do so ..."": paragraph 26 of 78/71 (whose
    words the quotation are), not of 79/234, the resolution the line before names."""
    on_6 = [it for it in report.items if it.line == 6]
    assert [(it.kind, it.resolution, it.paragraphs) for it in on_6 if it.kind == "citation"] \
        == [("citation", "A/RES/78/71", ["26"])]
    assert [f for f in report.findings if f.line == 6] == []
    assert all(it.status == "verified" for it in on_6)


def test_a_paragraph_cited_by_its_place_in_words_is_checked():
    """ "in its ninth preambular paragraph, "..."" (the words are PP11's) and "The seventeenth preambular paragraph of
    resolution 78/71" (78/71 has sixteen): citations like "PP9" and "PP17", checked as those are (draft3.md)."""
    library = checker.Library([resparse.parse(FIXTURES / f"A_RES_{n}.txt") for n in ("78_71", "79_234")])
    report = checker.check(notes.read(FIXTURES / "draft3.md"), library)
    found = {(f.line, f.code) for f in report.findings}
    assert (1, "R105") in found and (3, "R101") in found
    cited = {(it.line, it.resolution, tuple(it.paragraphs)) for it in report.items if it.kind == "citation"}
    assert (1, "A/RES/78/71", ("PP9",)) in cited and (3, "A/RES/78/71", ("PP17",)) in cited
