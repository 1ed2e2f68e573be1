"""Deadlines read wrong or missed, ninth round, each a kind on real paragraphs (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/deadlines9/). Wrong (rule ``at_event`` of the last round): an event that
dates a noun's act inside the object, a participle's ("Member States presenting voluntary national reviews at the
high-level political forum", A/RES/78/225 13) or a passive infinitive's ("the main topics to be discussed at the
Congress", A/RES/79/186 9); an event its name dates to the adoption's year or before ("at the Global Refugee Forum
2023", A/RES/78/219 26, adopted after it). Missed: "on the occasion of" an event (A/RES/80/119 5, also the report's
time); an early part of a process ("early in the national review process", A/RES/78/152 37: tests/labels/
mandates_fresh12 n 13)."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadline_texts as texts, paragraph_deadlines, paragraph_reports
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines9"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def _found(text, adopted="2023-12-19"):
    return [(d.text, d.type, d.start) for d in dl.find(text, {}, adopted)]


# ---------------------------------------------------------------- 1. the event of a noun's act inside the object


def test_an_event_after_a_participle_of_a_noun_is_no_deadline(rows):
    # A/RES/78/225 13: "Requests the Commission ... to encourage Member States presenting voluntary national reviews at
    # the high-level political forum on sustainable development to share their experiences ...": the forum is where
    # the States present their reviews, not when the Commission encourages them
    assert texts(rows, "A/RES/78/225", "13") == []


def test_an_event_after_a_passive_infinitive_of_a_noun_is_no_deadline(rows):
    # A/RES/79/186 9: "to begin to prepare, at intersessional meetings ... and well in advance of the Fifteenth
    # Congress, a ... draft declaration ... addressing the main topics to be discussed at the Congress": the topics'
    # time; the draft's own time "in advance of" the Congress stays
    assert texts(rows, "A/RES/79/186", "9") == ["in advance of the Fifteenth Congress"]
    # A/RES/80/225 7: "... for the preparations for the workshops to be held during the Fifteenth Congress": the
    # workshops' time; and a participle's before "during" as before "at" (the same kind, rule ``during_event``)
    assert "during the Fifteenth Congress" not in texts(rows, "A/RES/80/225", "7")
    assert _found("to support Member States presenting voluntary national reviews during the high-level political "
                  "forum, and") == []


def test_the_actions_own_passive_and_a_gerund_after_a_verb_keep_the_event(rows):
    # A/RES/79/186 7: "Reiterates its invitation to Member States to be represented at the Fifteenth Congress": the
    # action's own passive, which opens the action (tests/labels: as dl-d read it)
    assert texts(rows, "A/RES/79/186", "7") == ["at the Fifteenth Congress"]
    # a gerund after a verb that takes one is the action's, and one after a comma opens no noun's postmodifier
    assert _found("to continue holding consultations at the Conference;") == [("at the Conference", "at", None)]
    # (the commemoration with the name of what it commemorates, whole since branch mfix12)
    assert _found("to convene a meeting, to be held at the plenary meetings during the commemoration of the Day") == [
        ("during the commemoration of the Day", "at", None)]
    # A/RES/78/163 48: "to identify innovative solutions and initiatives that can be launched as key deliverables at
    # the Conference": what the action yields, delivered at the event (as "for presentation at the fourth Review
    # Conference", mandates_fresh11 n 36), the Conference its time, dated by paragraph 38
    assert paragraph_deadlines(rows, "A/RES/78/163", "48") == [("at the Conference", "at", "2024-06-18", "2024-06-21")]


# ---------------------------------------------------------------- 1. an event its name dates, held


def test_an_event_named_with_the_adoptions_year_or_before_is_no_deadline(rows):
    # A/RES/78/219 26 (adopted on 19 December 2023): "... and, in this regard, by leveraging the opportunities at the
    # Global Refugee Forum 2023" (held 13-15 December 2023): a year after the noun is the event's name's. (The
    # paragraph's "refugees ... sheltered in Bangladesh until conditions for return are met" was kept here as its
    # deadline until the twenty-seventh session: it qualifies the refugees, no deadline, as the labels read the same
    # words in 80/221 36, tests/labels/mandates_fresh22 n 100; tests/test_mandates_f22.py)
    assert texts(rows, "A/RES/78/219", "26") == []
    # a year after the adoption's dates an event to come, before or after its noun
    assert _found("to present proposals at the 2027 forum on financing for development follow-up;") == [
        ("at the 2027 forum on financing for development follow-up", "at", "2027")]
    assert _found("to present proposals at the Global Refugee Forum 2027;") == [
        ("at the Global Refugee Forum 2027", "at", "2027")]
    assert _found("to present proposals at the 2010 Review Conference;") == []
    # without an adoption date nothing is dropped for it
    assert [d.text for d in dl.find("by leveraging the opportunities at the Global Refugee Forum 2023;")] == [
        "at the Global Refugee Forum 2023"]


# ---------------------------------------------------------------- 2. "on the occasion of" an event


def test_on_the_occasion_of_an_event_is_its_time_and_the_reports(rows):
    # A/RES/80/119 5: "... and to report to the General Assembly on this subject on the occasion of the Tenth United
    # Nations Conference to Review All Aspects of the Set ...": as "for presentation at the fourth Review Conference"
    # (mandates_fresh11 n 36), the deadline and the report's time
    assert texts(rows, "A/RES/80/119", "5") == ["on the occasion of the Tenth United Nations Conference"]
    assert paragraph_reports(rows, "A/RES/80/119", "5") == [
        ("requests", "General Assembly", "on the occasion of the Tenth United Nations Conference", None)]


def test_on_the_occasion_of_an_anniversary_is_none(rows):
    # A/RES/78/182 47 ... "the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World
    # Conference on Women": the declaration's name, an anniversary, no event the action takes place at
    assert not any("occasion" in t for m in rows["A/RES/78/182"] for t in (d.text for d in m.deadlines))


# ---------------------------------------------------------------- 3. an early part of a process


def test_early_in_a_process_is_a_deadline(rows):
    # A/RES/78/152 37 (mandates_fresh12 n 13): "... through the engagement of national Sendai Framework focal points
    # early in the national review process, as appropriate": a stage of the process, as "at the planning stage"
    assert texts(rows, "A/RES/78/152", "37") == ["early in the national review process"]
    # A/RES/79/226 67 (a): "... to preferably assign resources at the beginning of the annual planning period"
    assert "at the beginning of the annual planning period" in texts(rows, "A/RES/79/226", "67 (a)")
    # the other edges of a process, cycle or period, undated
    assert _found("to engage the focal points at the outset of the review process, and") == [
        ("at the outset of the review process", "at", None)]
    assert _found("to submit their plans at the start of each programming cycle") == []  # "each": a recurrence
    assert _found("to submit their plans at the start of the programming cycle") == [
        ("at the start of the programming cycle", "at", None)]


def test_the_start_of_a_session_a_year_or_a_count_is_not_a_process_stage():
    # a session and a year keep their own kinds and dates; "each quinquennium" is no process's stage
    assert _found("to appoint two co-facilitators at the beginning of the eightieth session") == [
        ("at the beginning of the eightieth session", "at", "2025-09")]
    assert _found("to hold a meeting early in 2024") == [("in 2024", "in", "2024")]
    # (the nineteenth session, branch dl: "each quinquennium" is a recurrence, grammar rule ``each_period``, undated;
    # tests/test_mandates_deadlines_dl19.py)
    assert _found("to publish the volume at the beginning of each quinquennium") == [
        ("at the beginning of each quinquennium", "at", None)]
    # inside a purpose it is the purpose's
    assert _found("so that the focal points are engaged early in the review process") == []
