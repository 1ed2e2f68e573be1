"""Deadlines missed or dated wrong, each kind tested on real paragraphs (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/deadlines/, and the bundled A/RES/71/280): an adverb of nearness before
"prior to" ("immediately prior to the opening of the general debate ..."), a day that recurs each year ("each 14
December thereafter", "annually, on the first Saturday of July", "on 26 September every year", "every year on 9
August"), an edge of a year alone ("by the end of 2030": December, the eighty-fifth session) and a part of a year
("in early 2028"), "the year 2024"; a date after "held" is that event's ("held on 15 June 2023")."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadlines
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def deadlines(rows, symbol, label):
    """(text, type, start, end, recurrence) of the deadlines of the mandates of a paragraph, each once, in order."""
    return paragraph_deadlines(rows, symbol, label, ("text", "type", "start", "end", "recurrence"))


# ---------------------------------------------------------------- an adverb before "prior to", "before"


def test_immediately_prior_to_is_one_before_deadline(res_71_280):
    # A/RES/71/280 1 (a): "Shall be held ... immediately prior to the opening of the general debate of the
    # seventy-third session of the General Assembly": was "immediately" (from the adoption, 2017-04), first
    m = next(m for m in extract(res_71_280) if m.paragraph == "1 (a)" and m.kind == "mandate")
    assert [(d.text, d.type, d.end) for d in m.deadlines] == [
        ("immediately prior to the opening of the general debate of the seventy-third session of the General "
         "Assembly", "before", "2018-09")]


# ---------------------------------------------------------------- a day that recurs each year


def test_each_day_thereafter_is_a_recurring_deadline(rows):
    # A/RES/80/106 6 (adopted 5 December 2025): "to organize, each 14 December thereafter, should it not fall on a
    # weekend, an informal plenary meeting": was none; paragraph 5's meeting of 18 December 2025 is the first
    assert deadlines(rows, "A/RES/80/106", "6") == [
        ("each 14 December thereafter", "in", "2026-12-14", "2026-12-14", "annually")]
    assert deadlines(rows, "A/RES/80/106", "5") == [("on 18 December 2025", "in", "2025-12-18", "2025-12-18", None)]


def test_a_weekday_of_a_month_annually_is_a_recurring_deadline(rows):
    # A/RES/80/182 14 (adopted December 2025): "to continue to observe the International Day of Cooperatives
    # annually, on the first Saturday of July": was none; the first Saturday of July 2026 is the 4th
    ((text, typ, start, end, recurrence),) = deadlines(rows, "A/RES/80/182", "14")
    assert "on the first Saturday of July" in text
    assert (typ, start, end, recurrence) == ("in", "2026-07-04", "2026-07-04", "annually")


def test_a_day_every_year_carries_its_recurrence(rows):
    # A/RES/78/27 9 (adopted December 2023): "to organize, on 26 September every year, a one-day high-level plenary
    # meeting"; A/RES/79/159 20 (adopted December 2024): "to continue to observe the International Day of Indigenous
    # Peoples every year on 9 August": were "on 26 September", "on 9 August", undated and without a recurrence
    assert deadlines(rows, "A/RES/78/27", "9") == [
        ("on 26 September every year", "in", "2024-09-26", "2024-09-26", "annually")]
    assert deadlines(rows, "A/RES/79/159", "20") == [("every year on 9 August", "in", "2025-08-09", "2025-08-09",
                                                      "annually")]


# ---------------------------------------------------------------- a year and the Assembly's sessions


def test_the_end_of_a_year_is_its_december_in_the_session_opened_that_september(rows):
    # A/RES/80/117 annex 81: "by the end of 2030": December 2030, in the eighty-fifth session (September 2030 to
    # September 2031); was the year alone, "2030", counted in the eighty-fourth
    m = next(m for m in rows["A/RES/80/117"] if m.paragraph == "annex 81" and m.kind == "mandate" and m.deadlines)
    d = m.deadlines[0]
    assert (d.text, d.start, d.end) == ("by the end of 2030", "2030-12", "2030-12")
    assert m.report is not None and m.report.session == 85


def test_early_in_a_year_is_its_first_months(rows):
    # A/RES/79/122 4: "a conference ... at United Nations Headquarters in New York for three consecutive weeks in
    # early 2028", and "a high-level ... in 2029": "in early 2028" was missed, the paragraph's first deadline "in 2029"
    assert deadlines(rows, "A/RES/79/122", "4")[0] == ("in early 2028", "in", "2028-01", "2028-04", None)


def test_the_year_and_its_number_is_the_year(rows):
    # A/RES/78/255 1: "Authorizes the Secretary-General ... to enter into commitments in the year 2024 to meet
    # unforeseen and extraordinary expenses": was none
    assert deadlines(rows, "A/RES/78/255", "1") == [("in the year 2024", "in", "2024", "2024", None)]


# ---------------------------------------------------------------- a date that is another event's


def test_a_date_after_held_is_the_events_not_the_actions(rows):
    # A/RES/78/229 26: "to continue to build on the discussions of important forums such as the high-level debate of
    # the General Assembly held on 15 June 2023": was the deadline "on 15 June 2023" (an event before the adoption)
    assert deadlines(rows, "A/RES/78/229", "26") == []
