"""Dating of deadlines, on what a fresh-user trial (2026-12-03) found (docs/mandates.md, tests/labels/GUIDELINE.md):

- a session as a term's bound ("no later than the eighty-first session") and as a time ("at the eighty-first
  session") are the same session; the term is dated by its close, the time by its opening, one rule for every shape
  of term: "at ... at the latest" is a term too (A/RES/78/257 13, was "at", dated by the opening)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import mandates
from resparse.mandates.deadlines import find

FIXTURES = Path(__file__).parent / "fixtures"


def _deadlines(name: str, label: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    rows = mandates.extract(resparse.parse(FIXTURES / name))
    return [(d.text, d.type, d.start, d.end, d.date) for m in rows if m.paragraph == label and m.kind == "mandate"
            for d in m.deadlines]


@pytest.fixture(scope="module")
def pact():
    return {lab: _deadlines("A_RES_79_1.txt", lab) for lab in ("annex I 48", "annex I 74")}


def test_a_term_bounded_by_a_session_is_dated_by_its_close(pact):
    """79/1 annex I 48 "… to report on its progress to the General Assembly, by no later than the eighty-first
    session": the 81st session (2026-09 to 2027-09), the latest the report may come, its close."""
    assert pact["annex I 48"] == [("no later than the eighty-first session", "by", "2026-09", "2027-09", "2027-09")]


def test_a_time_at_the_same_session_is_dated_by_its_opening(pact):
    """79/1 annex I 74 "… at the eighty-first session": the same session, taken up at its opening."""
    assert ("at the eighty-first session", "at", "2026-09", "2027-09", "2026-09") in pact["annex I 74"]


@pytest.mark.parametrize("words", [
    "by its eighty-first session", "no later than the eighty-first session", "no later than at the eighty-first session",
    "not later than at its eighty-first session", "at its eighty-first session at the latest",
    "during the eighty-first session, at the latest",
])
def test_every_shape_of_a_term_bounded_by_a_session_is_dated_alike(words):
    (d,) = find(f"to submit a report {words};")
    assert (d.text, d.type, d.start, d.end, d.date) == (words, "by", "2026-09", "2027-09", "2027-09")


@pytest.mark.parametrize("words", ["at its eighty-first session", "during the eighty-first session"])
def test_every_shape_of_a_time_at_a_session_is_dated_by_its_opening(words):
    (d,) = find(f"to submit a report {words};")
    assert (d.text, d.type, d.date) == (words, "at", "2026-09")


def test_at_the_latest_after_a_session_makes_it_a_term():
    """A/RES/78/257 13 "to present the revised terms of reference to the General Assembly during the main part of the
    seventy-ninth session at the latest": by the main part's close, 2024-12 (was "at", 2024-09); "at the latest"
    elsewhere ("the latest data") is no time."""
    assert _deadlines("A_RES_78_257.txt", "13") == [
        ("during the main part of the seventy-ninth session at the latest", "by", "2024-09", "2024-12", "2024-12")]
    assert find("to take into account at the latest data available;") == []


# -- an event's year and a start date (tests/labels/GUIDELINE.md)


def _corpus_deadlines(corpus_dir, symbol: str, label: str) -> list[str]:
    rows = mandates.extract(resparse.parse(corpus_dir / f"A_RES_{symbol.replace('/', '_')}.txt"))
    return sorted({d.text for m in rows if m.paragraph == label and m.kind == "mandate" for d in m.deadlines})


def test_preparing_an_event_is_not_dated_by_its_year_acting_at_it_is(corpus_dir):
    """The GUIDELINE's rules (twenty-third session, dfix3): "to be actively engaged in the preparations for the
    Fifteenth United Nations Congress ... in 2026" (78/229 91) has no deadline, the year being the Congress's; "to give
    special consideration, at the Fifteenth United Nations Congress ..., to be held in the United Arab Emirates in 2026,
    to the challenges ..." (80/227 19) is done at the Congress, whose time is its deadline (as attending an event)."""
    assert _corpus_deadlines(corpus_dir, "78/229", "91") == []
    assert _corpus_deadlines(corpus_dir, "80/227", "19") == ["in 2026"]


def test_from_a_date_is_when_the_action_starts():
    """79/1 annex I 66 "... and to make this information public and accessible from December 2024": the deadline "from
    December 2024" (type "from", as "beginning in 2020" and "as from 2027" are: the GUIDELINE's deadlines, "when the
    mandated action takes place"); was none."""
    assert [(t, ty, s) for t, ty, s, _, _ in _deadlines("A_RES_79_1.txt", "annex I 66")] == [
        ("from December 2024", "from", "2024-12")]


@pytest.mark.parametrize("text, expected", [
    ("to apply the new scale from 1 January 2025;", [("from 1 January 2025", "from", "2025-01-01", None)]),
    # a period keeps its end ("from ... to")
    ("to convene it from 1 to 19 April 2025;", [("from 1 to 19 April 2025", "between", "2025-04-01", "2025-04-19")]),
    ("for the period from 2025 to 2030;", [("from 2025 to 2030", "between", "2025", "2030")]),
    # before the adoption: no time of the action
    ("to use the data from 2015;", []),
    # an event's own years, how often it is held between ("to be held every four years"): A/RES/78/161 23
    ("to act as a platform, including through a World Forum on Cultural Policies, to be held every four years, from "
     "2025 onwards;", []),
])
def test_from_a_date_shapes(text, expected):
    assert [(d.text, d.type, d.start, d.end) for d in find(text, adopted="2024-09-22")] == expected
