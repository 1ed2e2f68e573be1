"""Deadlines missed or read wrong, fifth round: the tenth labelled sample's (tests/labels/mandates_fresh8) deadline
misses and a fresh-user trial's, each on real paragraphs (whole resolutions copied from ../shared/corpus/texts and
../shared/texts into tests/fixtures/deadlines5/). Missed: a "that"-clause chapeau's time not handed to its means items
(A/RES/80/116 5 (d): "Demands that Israel comply without delay ... by, inter alia:"), "within a maximum period of six
months following <event>" (A/RES/79/94 3), two days of one month ("on 10 and 11 December 2018", A/RES/72/244 4;
"from 26 to 29 February 2024"). Wrong: a session that dates a noun's past through a participle ("the substantive
items recommended at its sixty-eighth session", A/RES/80/76 2), an urgency inside an "in order to" or "with a view
to" purpose (A/RES/78/223 13, 78/64 1), the year of an anniversary that "approaches in 2025" (A/RES/78/288 5), and
"pending" whose event ran on into "as agreed by the parties ..." (A/RES/80/39 9)."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadline_texts as texts, paragraph_deadlines
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines5"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def found(text, adopted=None):
    return [(d.text, d.type, d.start, d.end) for d in dl.find(text, adopted=adopted)]


def test_a_that_clause_chapeau_hands_its_time_to_items_that_name_none(rows):
    # A/RES/80/116 5: "Demands that Israel comply without delay with all its legal obligations ... by, inter alia:":
    # "(d) Respecting the prohibition on forcible transfer ..." and "(e) Respecting and protecting all relief ..." name
    # no time of their own (mandates_fresh8 n 2: "without delay")
    assert texts(rows, "A/RES/80/116", "5") == []  # the chapeau carries no mandate: its items do (fresh11 n 58)
    assert texts(rows, "A/RES/80/116", "5 (d)") == ["without delay"]
    assert texts(rows, "A/RES/80/116", "5 (e)") == ["without delay"]


def test_an_item_that_names_its_own_time_keeps_it(rows):
    # A/RES/80/116 5 (a)-(c): "Immediately complying with its obligations ...": the item's own time, capitalized as it
    # opens the item, not the chapeau's
    for label in ("5 (a)", "5 (b)", "5 (c)"):
        assert texts(rows, "A/RES/80/116", label) == ["Immediately"]


def test_within_a_maximum_period_following_an_event(rows):
    # A/RES/79/94 3: "to transmit ... within a maximum period of six months following the expiration of the
    # administrative year in those Territories" (mandates_fresh8 n 35): an event, undated
    span = "within a maximum period of six months following the expiration of the administrative year in those Territories"
    assert paragraph_deadlines(rows, "A/RES/79/94", "3") == [(span, "within", None, None)]


def test_a_participle_dates_its_noun_not_the_action(rows):
    # A/RES/80/76 2: "Agrees that the Committee, at its sixty-ninth session, should consider the substantive items
    # recommended at its sixty-eighth session" (mandates_fresh8 n 50: only the sixty-ninth)
    assert texts(rows, "A/RES/80/76", "2") == ["at its sixty-ninth session"]
    # the same participle still to come keeps its time; an infinitive is the action's
    assert [d[0] for d in found("the items to be recommended at its eighty-first session")] == ["at its eighty-first session"]
    assert [d[0] for d in found("to proceed at its eighty-first session")] == ["at its eighty-first session"]
    assert found("the outcome document adopted at its seventy-eighth session") == []
    assert found("the commitments undertaken at its seventy-eighth session") == []


def test_an_urgency_inside_a_purpose_is_the_purpose_s(rows):
    # A/RES/78/223 13: "to prepare a discussion guide ... in a timely manner in order to enable those meetings to be
    # held as early as possible in 2025" (mandates_fresh8 n 85: no deadline)
    assert texts(rows, "A/RES/78/223", "13") == []
    # A/RES/78/64 1: "to take all measures to become parties, as soon as possible, to the Convention ..., with a view
    # to achieving the widest possible adherence to these instruments at an early date": the action's urgency only
    assert texts(rows, "A/RES/78/64", "1") == ["as soon as possible"]


def test_the_year_an_anniversary_approaches_is_the_anniversary_s(rows):
    # A/RES/78/288 5: "... in line with the Beijing Declaration and Platform for Action as the thirtieth anniversary of
    # their adoption approaches in 2025": the meeting the President is asked to convene is undated
    assert texts(rows, "A/RES/78/288", "5") == []
    # a year after an event the action holds is still its time
    assert [d[0] for d in found("to hold a high-level meeting in 2035", adopted="2025-12-01")] == ["in 2035"]


def test_two_days_of_one_month(rows):
    # A/RES/72/244 4: "Decides that the Conference ... shall be held in Morocco on 10 and 11 December 2018" (the date
    # of a conference the Assembly decides to hold is a deadline, as "will be held on Monday, 24 November, and Tuesday,
    # 25 November 2025" in mandates_hard n 87)
    assert paragraph_deadlines(rows, "A/RES/72/244", "4") == [("on 10 and 11 December 2018", "in", "2018-12-10", "2018-12-11")]
    assert found("to convene the Conference from 26 to 29 February 2024 in Abu Dhabi") == [
        ("from 26 to 29 February 2024", "between", "2024-02-26", "2024-02-29")]


def test_pending_ends_before_a_qualifying_as_clause(rows):
    # A/RES/80/39 9: "pending their total elimination as agreed by the Parties to the Treaty ...": shortest span
    assert texts(rows, "A/RES/80/39", "9") == ["pending their total elimination"]
