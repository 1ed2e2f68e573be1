"""Deadlines missed or read wrong, fourth round: the ninth labelled sample's (tests/labels/mandates_fresh7) deadline
misses and a fresh-user trial's, each on real paragraphs (whole resolutions copied from ../shared/corpus/texts into
tests/fixtures/deadlines4/). Missed: "pending <event>" (A/RES/80/17 5: until the event), "within a decade" of a
chapeau's action handed to its means items (A/RES/79/155 15 (i)), a start that opens the sentence before the verb
("Beginning in 2026, we call upon ...", A/RES/78/317 annex 41). Wrong: a goal's time inside a goal infinitive of the
object read as the action's ("measures to achieve the total elimination ... at the earliest possible time", A/RES/80/24
1; "efforts to reduce the transaction costs ... by 2030", A/RES/80/125 19), and an annexed declaration's action that ran
past its sentence's full stop into the next sentence (A/RES/78/317 annex 41)."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadlines
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines4"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def deadlines(rows, symbol, label):
    """(text, type, start, end) of the deadlines of the mandates of a paragraph, each once, in order."""
    return paragraph_deadlines(rows, symbol, label)


def test_pending_an_event_is_a_deadline_until_it(rows):
    # A/RES/80/17 5: "Invites all countries of the region, pending the establishment of a nuclear-weapon-free zone in
    # the region of the Middle East, to declare their support ..." (mandates_fresh7 n 29: a deadline, as "until"); the
    # same set off in 2 and 6 ("pending the establishment of the zone"): an event, undated
    zone = "pending the establishment of a nuclear-weapon-free zone in the region of the Middle East"
    assert deadlines(rows, "A/RES/80/17", "5") == [(zone, "by", None, None)]
    assert deadlines(rows, "A/RES/80/17", "6") == [("pending the establishment of the zone", "by", None, None)]


def test_pending_without_an_event_is_none():
    # "custody pending trial", "pending and ageing cases": a state, no time of the action
    assert dl.find("if a woman migrant worker is arrested or committed to prison or custody pending trial, or is detained") == []
    assert dl.find("to reduce the number of pending and ageing cases") == []


def test_a_span_with_no_event_counts_from_the_adoption():
    assert [(d.text, d.type, d.start, d.end) for d in dl.find("to end obstetric fistula within a decade by:", adopted="2024-12-17")] \
        == [("within a decade", "within", "2024-12", "2034-12")]
    assert [(d.text, d.start, d.end) for d in dl.find("to be protected by early warning systems within the next four years;",
                                                       adopted="2024-12-19")] == [("within the next four years", "2024-12", "2028-12")]
    # an event named keeps its reading: undated where the event is
    assert [(d.text, d.start) for d in dl.find("to strive to publish them within 12 months of their approval;")] \
        == [("within 12 months of their approval", None)]


def test_a_chapeau_hands_its_time_to_its_means_items(rows):
    # A/RES/79/155 15: "Calls upon States ... and invites the international financial institutions ... to end obstetric
    # fistula within a decade by: ... (i) Increasing national budgets ...": each item that says how (mandates_fresh7 n
    # 55: both mandates, "within a decade"); the chapeau itself carries no mandate (mandates_fresh11 n 58)
    decade = ("within a decade", "within", "2024-12", "2034-12")
    assert deadlines(rows, "A/RES/79/155", "15") == []
    assert deadlines(rows, "A/RES/79/155", "15 (i)") == [decade]
    assert {m.verb for m in rows["A/RES/79/155"] if m.paragraph == "15 (i)" and m.kind == "mandate"} == {"calls upon", "invites"}


def test_a_goals_time_inside_a_goal_infinitive_is_none(rows):
    # A/RES/80/24 1: "to take effective disarmament measures to achieve the total elimination of all nuclear weapons at
    # the earliest possible time" (mandates_fresh7 n 61); A/RES/80/125 19: "to further efforts to reduce the
    # transaction costs of migrant remittances to less than 3 per cent by 2030 and eliminate ... by 2030" (n 77)
    assert deadlines(rows, "A/RES/80/24", "1") == []
    assert [d[0] for d in deadlines(rows, "A/RES/80/125", "19")] == []
    # a span from now inside a goal or a purpose is the goal's too: "to implement the road map that will accelerate
    # action to end obstetric fistula within a decade" (A/RES/79/155 17), "with the aim of eliminating obstetric
    # fistula globally within a decade" (16)
    assert deadlines(rows, "A/RES/79/155", "17") == []
    assert deadlines(rows, "A/RES/79/155", "16") == []


def test_the_actions_own_time_stays(rows):
    # A/RES/78/188 5: "to extend coverage of social protection ..., and, by 2030, achieve substantial coverage" (the
    # third sample's n 70: a deadline, the action's own verb); A/RES/79/155 15 "to end obstetric fistula within a
    # decade" (above): the action's infinitive, not a goal of its object
    assert [d[0] for d in deadlines(rows, "A/RES/78/188", "5")] == ["by 2030"]
    assert [d.text for d in dl.find("to take immediate and effective measures to secure the prohibition and elimination of the "
                                    "worst forms of child labour and to end child labour in all its forms, by 2025 at the latest")] == ["by 2025"]


def test_a_start_that_opens_the_sentence_and_an_action_that_ends_with_it(rows):
    # A/RES/78/317 annex 41: "Beginning in 2026, we call upon the Economic Commission for Latin America and the Caribbean,
    # ... to conduct a comprehensive biennial review ..., which should inform the report of the Secretary-General on
    # follow-up to the Antigua and Barbuda Agenda for Small Island Developing States. In this regard, we note the call
    # ...": a start (tests/labels/GUIDELINE.md: "beginning in 2020" is a deadline) and an action that ends at its full stop
    called = [m for m in rows["A/RES/78/317"] if m.paragraph == "annex 41" and m.kind == "mandate" and m.verb == "calls upon"]
    assert len(called) == 3
    for m in called:
        assert [(d.text, d.type, d.start, d.end) for d in m.deadlines] == [("Beginning in 2026", "from", "2026", None)]
        assert m.action.endswith("Antigua and Barbuda Agenda for Small Island Developing States")
    # the next sentence's request keeps no time of the first
    requested = [m for m in rows["A/RES/78/317"] if m.paragraph == "annex 41" and m.kind == "mandate" and m.verb == "requests"]
    assert requested and all(m.deadlines == [] for m in requested)
