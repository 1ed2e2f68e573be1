"""Deadlines missed or read wrong, sixth round: the eleventh labelled sample's (tests/labels/mandates_fresh9) deadline
faults and earlier trials', each on real paragraphs (whole resolutions copied from ../shared/corpus/texts into
tests/fixtures/deadlines6/). Missed: the rest of a programme's or a body's span ("in the remaining period", A/RES/78/163
11; "for the remainder of its current five-year term of office", A/RES/78/69 90), an apposition "namely <dates>" that
refines a year ("during 2024, namely from 1 to 19 April", A/RES/78/62 8), an event whose title runs long ("ideally
before the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: ...",
A/RES/79/271 5). Wrong: a session that dates another body's past adoption through a participle and that body's long
name ("its gender action plan adopted by the Conference of the Parties to the United Nations Framework Convention on
Climate Change at its twenty-fifth session", A/RES/80/138 32), the start of a range across a year's end."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadline_texts as texts, paragraph_deadlines
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines6"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def test_the_remaining_period_of_a_programme_is_the_actions_time(rows):
    # A/RES/78/163 11: "to implement the relevant actions ... agreed upon in the Vienna Programme of Action ... in a
    # coordinated, coherent and expeditious manner in the remaining period" (mandates_fresh9 n 4): undated
    assert paragraph_deadlines(rows, "A/RES/78/163", "11") == [("in the remaining period", "in", None, None)]
    # A/RES/78/69 90: "Reiterates its invitation to the Commission to continue meeting ... for the remainder of its
    # current five-year term of office"
    assert texts(rows, "A/RES/78/69", "90") == ["for the remainder of its current five-year term of office"]


def test_the_remainder_of_a_programme_after_its_implementation_is_the_nouns(rows):
    # A/RES/80/150 83: a report with "recommendations for the effective implementation of the Programme during the
    # remainder of the decade": the time of the implementation the report is about, not of the report (due at the
    # eighty-first session); the rule that reads the remaining period as the action's time must not take it
    assert "in the remaining period" in texts(rows, "A/RES/78/163", "11")
    assert "during the remainder of the decade" not in texts(rows, "A/RES/80/150", "83")
    assert texts(rows, "A/RES/80/150", "83")[0] == "at its eighty-first session"


def test_a_year_refined_by_namely_is_dated_by_its_days(rows):
    # A/RES/78/62 8: "to hold a substantive session for a period not exceeding three weeks during 2024, namely from 1
    # to 19 April": one time, the days in the year they refine (the days alone gave no date)
    assert paragraph_deadlines(rows, "A/RES/78/62", "8")[0] == (
        "during 2024, namely from 1 to 19 April", "in", "2024-04-01", "2024-04-19")


def test_a_past_adoption_by_a_body_with_a_long_name_is_no_deadline(rows):
    # A/RES/80/138 32: "calls upon countries to strengthen the implementation of the enhanced Lima work programme on
    # gender and its gender action plan adopted by the Conference of the Parties to the United Nations Framework
    # Convention on Climate Change at its twenty-fifth session" (mandates_fresh9 n 57: no deadline); the participle
    # stood more than 80 characters before the session
    assert texts(rows, "A/RES/80/138", "32") == []


def test_before_an_event_with_a_long_title(rows):
    # A/RES/79/271 5: "to consider signing and ratifying ... the Agreement at the earliest possible date, ideally before the
    # 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve ...":
    # the hedge "ideally" keeps the time; the title, 99 characters up to its colon, was longer than a noun phrase could be
    assert paragraph_deadlines(rows, "A/RES/79/271", "5") == [
        ("at the earliest possible date", "immediately", "2025-03", "2025-03"),
        ("before the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14",
         "before", "2025", "2025"),
    ]


def test_a_range_across_a_years_end_starts_in_the_year_before():
    # dates are written in the order of time, the year left out of the first where both share it; a first month
    # later in the year than the second lies in the year before. No corpus text has such a range (every range of
    # the 902 files that crosses a year's end writes both years); the phrase is a trial's
    assert [(d.start, d.end) for d in dl.find("to hold the session from 10 December to 11 January 2019;")] == [
        ("2018-12-10", "2019-01-11")]
    assert dl.date_points("between November and February 2020") == [("2019-11", "2019-11"), ("2020-02", "2020-02")]
    # in the order of the year, the filled year stays: "from 26 to 29 February 2024", "between April and November 2017"
    assert dl.date_points("between April and November 2017") == [("2017-04", "2017-04"), ("2017-11", "2017-11")]
