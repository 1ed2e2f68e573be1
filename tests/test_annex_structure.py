"""The structure of annexes that number or list their own text, on real texts of the corpus (copied to fixtures/):
the recitals of a declaration or convention in an annex, each its own paragraph with the clause that closes its
preamble ("Declare the following:", "Have agreed as follows:"); and the consistency check that sees such recitals
as it sees a resolution's own."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import resparse
from resparse.consistency import check

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def res_79_1():
    return resparse.parse(FIXTURES / "A_RES_79_1.txt")


@pytest.fixture(scope="module")
def res_79_243():
    return resparse.parse(FIXTURES / "A_RES_79_243.txt")


@pytest.fixture(scope="module")
def res_80_162():
    return resparse.parse(FIXTURES / "A_RES_80_162.txt")


def _annex_unnumbered(res: resparse.Resolution, annex: str) -> list[str]:
    return [p.text for p in res.paragraphs if p.annex == annex and " U" in p.label]


def test_declaration_recitals_and_their_closing_clause_are_paragraphs_of_their_own(res_79_1):
    """A/RES/79/1 annex II (Declaration on Future Generations): "Recognizing ... demographic trends," then, each set
    apart by a blank line, "Further committing to build ..." (a participle no data file lists) and "Declare the
    following:" — three clauses, never one paragraph."""
    texts = _annex_unnumbered(res_79_1, "annex II")
    recognizing = next(i for i, t in enumerate(texts) if t.startswith("Recognizing the complex and interrelated"))
    assert texts[recognizing].endswith("projected global demographic trends,")
    assert texts[recognizing + 1].startswith("Further committing to build a stronger, more effective")
    assert texts[recognizing + 1].endswith("for the benefit of present and future generations,")
    assert texts[recognizing + 2] == "Declare the following:"
    assert all("\n" not in t for t in texts[: recognizing + 3])


@pytest.mark.parametrize("fixture, last_recital", [
    ("res_79_243", "ties that exist between Member States of the United Nations,"),
    ("res_80_162", "in integrating more effectively into global supply chains,"),
])
def test_a_conventions_preamble_ends_before_have_agreed_as_follows(request, fixture, last_recital):
    """The Convention against Cybercrime (79/243) and the Convention on Negotiable Cargo Documents (80/162): the
    closing "Have agreed as follows:" is a paragraph of its own after the last recital."""
    res = request.getfixturevalue(fixture)
    texts = _annex_unnumbered(res, "annex")
    k = texts.index("Have agreed as follows:")
    assert texts[k - 1].endswith(last_recital)


def test_the_check_sees_two_clauses_in_an_annex_recital(res_79_1):
    """The "two recitals" check reads the recitals of an annexed declaration (annex paragraphs that open with a
    preambular phrase), as the parse of 79/1 before the fix left them: the next clause joined on a line of its own."""
    assert [p for p in check(res_79_1) if p.code == "two recitals"] == []
    r = copy.deepcopy(res_79_1)
    texts = [p for p in r.paragraphs if p.annex == "annex II" and " U" in p.label]
    recognizing = next(p for p in texts if p.text.startswith("Recognizing the complex and interrelated"))
    recognizing.text += "\nFurther committing to build a stronger, more effective and resilient multilateral system,"
    problems = [(p.code, p.where) for p in check(r) if p.code == "two recitals"]
    assert problems == [("two recitals", recognizing.label)]
