"""Deadlines read wrong or missed, the nineteenth session's round (branch dl), each a kind on real paragraphs (whole
resolutions copied from ../shared/corpus/texts into tests/fixtures/deadlines_dl19/; the larger ones read from the
corpus, skipped without it). A passive that convenes an event dates the decision that holds it ("to be convened by the
President of the General Assembly in New York on 30 September 2025", A/RES/79/278 1: tests/labels/mandates_fresh13 n
76); a session and the time written right after it are one deadline, dated by that time where the session has no date
of its own (A/RES/78/231 34: n 6); the edge of each of a run of periods recurs ("at the beginning of each
quinquennium", A/RES/78/108 31), and so does a time "and every five years thereafter" (A/RES/79/272 2); a session named by its body ("the Fifth Committee session", A/RES/79/258 VIII.18)."""

from pathlib import Path

import pytest

from conftest import CORPUS, mandates_by_symbol, paragraph_deadline_texts as texts, paragraph_deadlines, paragraph_mandates
from resparse import data
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "deadlines_dl19"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def _corpus_rows(*names):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    import resparse
    from resparse.mandates import extract

    return {res.symbol: extract(res) for res in (resparse.parse(CORPUS / n) for n in names)}


def _dated(rows, symbol, label, actor):
    """(text, start, end) of each deadline of ``actor``'s mandates in a paragraph."""
    return [(d.text, d.start, d.end) for m in paragraph_mandates(rows, symbol, label) if m.actor == actor
            for d in m.deadlines]


# ---------------------------------------------------------------- 1. a passive that convenes the event


def test_a_passive_convening_dates_the_decision(rows):
    # A/RES/79/278 1: "Decides to hold the High-level Conference ..., in the form of a one-day high-level plenary
    # meeting of the General Assembly, to be convened by the President of the General Assembly in New York on 30
    # September 2025, from 10 a.m. to 1 p.m. ...": the Conference is held then, the Assembly's decision and the
    # President's passive mandate both dated (mandates_fresh13 n 76)
    assert _dated(rows, "A/RES/79/278", "1", "General Assembly") == [
        ("on 30 September 2025", "2025-09-30", "2025-09-30")]
    assert _dated(rows, "A/RES/79/278", "1", "President of the General Assembly") == [
        ("on 30 September 2025", "2025-09-30", "2025-09-30")]
    # an action that does not hold the event keeps its own time: A/RES/78/290 18, "Requests the Secretary-General to
    # provide ... a progress report during the eightieth session of the General Assembly, ..., which will serve to
    # inform the high-level meeting to be convened by the Assembly in 2026" (the meeting's year; since the twenty-fifth
    # session, branch f20, no passive mandate of the Assembly either: the Assembly asks no one of itself,
    # tests/labels/mandates_fresh20 n 20)
    assert _dated(rows, "A/RES/78/290", "18", "Secretary-General") == [
        ("during the eightieth session of the General Assembly", "2025-09", "2026-09")]
    assert [m for m in paragraph_mandates(rows, "A/RES/78/290", "18") if m.actor == "General Assembly"] == []


def test_a_decision_that_holds_a_meeting_keeps_its_times_after_a_passive(rows):
    # A/RES/78/269 1: "Decides that the one-day high-level meeting on antimicrobial resistance to be convened by the
    # President of the General Assembly shall be held at United Nations Headquarters in New York on 26 September 2024
    # during the general debate of the Assembly at its seventy-ninth session": "shall be held ..." is the decision's
    # (read before as the passive's, the Assembly's decision undated)
    assert _dated(rows, "A/RES/78/269", "1", "General Assembly") == [
        ("on 26 September 2024", "2024-09-26", "2024-09-26"),
        ("during the general debate of the Assembly at its seventy-ninth session", "2024-09", "2024-09")]
    assert texts(rows, "A/RES/78/269", "1")[0] == "on 26 September 2024"  # the President's too
    # A/RES/79/333 1: "... to be convened by the President of the General Assembly in collaboration with the World
    # Health Organization shall be held at United Nations Headquarters in New York, in September 2026 during the
    # general debate ...": the spans of the passive were read at the wrong offsets in a "that" clause (the month lost)
    assert "in September 2026" in [t for t, _, _ in _dated(rows, "A/RES/79/333", "1", "General Assembly")]


def test_a_passive_that_holds_no_event_keeps_its_time():
    # the agent's part of a passive of another participle is its whole span, the time with it (its act's)
    from resparse.mandates.clauses import agent_only, passives

    text = ("to prepare a note on the organization of work of the intergovernmental conference that will serve as the "
            "basis for the precise modalities of the intergovernmental conference to be decided by Member States by "
            "January 2018;")  # A/RES/71/280 13 (texts/A_RES_71_280.txt): the modalities' time, not the note's
    (_, _, span), = passives(text)
    assert agent_only(text, span) == span
    text = ("to hold the High-level Conference, to be convened by the President of the General Assembly in New York "
            "on 30 September 2025, from 10 a.m.")  # A/RES/79/278 1, shortened
    (_, _, span), = passives(text)
    assert text[slice(*agent_only(text, span))] == "by the President of the General Assembly"


# ---------------------------------------------------------------- 2. a session and the time right after it


def test_an_undated_session_and_its_time_are_one_deadline(rows):
    # A/RES/78/231 34: "Decides that the intergovernmental preparatory committee, during its organizational session in
    # the first quarter of 2024, will adopt decisions ...": one time, the session's, in that quarter (mandates_fresh13
    # n 6, labelled "in the first quarter of 2024"; read before as two deadlines, the session undated)
    assert paragraph_deadlines(rows, "A/RES/78/231", "34") == [
        ("during its organizational session in the first quarter of 2024", "at", "2024-01", "2024-03")]


def test_the_time_after_an_assembly_session_falls_within_it(rows):
    # A/RES/78/179 PP: "to convene ... a high-level plenary meeting ..., during the general debate of the eightieth
    # session of the General Assembly in 2025": the debate's month, in 2025 (in operative paragraph 31 the same words
    # date the meeting, not the appointment of its co-facilitators, and are no deadline there since branch auditfix31)
    got = dl.find("to convene a one-day high-level plenary meeting during the general debate of the eightieth session "
                  "of the General Assembly in 2025", {}, "2023-12-19")
    assert [(d.text, d.type, d.start, d.end) for d in got] == [
        ("during the general debate of the eightieth session of the General Assembly in 2025", "at", "2025-09",
         "2025-09")]
    assert not any(d[0].startswith("during the general debate") for d in paragraph_deadlines(rows, "A/RES/78/179", "31"))
    # A/RES/79/192 13: "... at its eighty-sixth session, in 2031, the Third Committee should further review ...": the
    # part of the session in 2031 (it opens in September 2031)
    assert dl.find("at its eighty-sixth session, in 2031, the Third Committee should further review", {},
                   "2024-12-17")[0].__dict__ | {} == {
        "text": "at its eighty-sixth session, in 2031", "type": "at", "start": "2031-09", "end": "2031",
        "resolved_from": None, "body": None, "recurrence": None}
    # a time alone that the session's time holds is no second deadline; a time of its own before a session stays
    assert [d.text for d in dl.find("no later than the last day of the general debate of the Assembly at its "
                                    "eighty-first session, and", {}, "2025-06-10")] == [
        "no later than the last day of the general debate of the Assembly at its eighty-first session"]


def test_another_bodys_session_is_dated_by_the_year_after_it():
    # A/RES/80/173, annex (the outcome of the WSIS+20 review), 113: "... to the Commission on Science and Technology
    # for Development at its thirtieth session, in 2027": the Commission's own numbering, dated by its year
    rows = _corpus_rows("A_RES_80_173.txt")
    assert ("at its thirtieth session, in 2027", "at", "2027", "2027") in paragraph_deadlines(
        rows, "A/RES/80/173", "adopted 113")


def test_a_past_session_with_its_year_is_no_deadline():
    # A/RES/79/144 16: "Encourages States to use the Criteria and Guidelines on the Transfer of Marine Technology
    # adopted by the Assembly of the Intergovernmental Oceanographic Commission of the United Nations Educational,
    # Scientific and Cultural Organization at its twenty-second session, in 2003": the Guidelines' adoption, past
    # (read before as the deadline "at its twenty-second session", the Assembly's calendar)
    rows = _corpus_rows("A_RES_79_144.txt")
    assert texts(rows, "A/RES/79/144", "16") == []


# ---------------------------------------------------------------- 3. the edge of each period, a recurrence


def test_the_beginning_of_each_quinquennium_recurs(rows):
    # A/RES/78/108 31: "... to continue to publish The Work of the International Law Commission in all six official
    # languages at the beginning of each quinquennium, ...": every five years, the Commission's terms, undated
    assert [(d.text, d.type, d.start, d.recurrence) for m in paragraph_mandates(rows, "A/RES/78/108", "31")
            for d in m.deadlines] == [("at the beginning of each quinquennium", "at", None, "every five years")]


def test_a_time_and_every_n_years_thereafter_recurs(rows):
    # A/RES/79/272 2: "Requests the President of the General Assembly to hold a special solemn meeting of the General
    # Assembly in commemoration of all victims of the Second World War in the second week of May in 2025 and every five
    # years thereafter": the first in 2025, every five years after (read before as "in 2025" alone, no recurrence)
    assert [(d.text, d.start, d.recurrence) for m in paragraph_mandates(rows, "A/RES/79/272", "2")
            for d in m.deadlines] == [("in 2025 and every five years thereafter", "2025", "every five years")]


def test_each_period_of_the_data_file_recurs():
    # data/deadline_words.txt [recurring periods]: each noun read by the grammar (terminal EACH_PERIOD), its years
    for line in data.sections("deadline_words.txt")["recurring periods"]:
        noun, years = line.split()
        (d,) = dl.find(f"to publish it at the end of each {noun}, and", {}, "2024-12-09")
        assert d.recurrence == ("annually" if years == "1" else f"every {dl._NUMBER_WORDS[int(years)]} years")


# ---------------------------------------------------------------- 4. a session named by its body


def test_a_session_named_by_its_body_is_an_undated_deadline():
    # A/RES/79/258 VIII.18: "requests the Secretary-General to continue to present future budget proposals for special
    # political missions, including revised estimates when applicable, at the beginning of the Fifth Committee session
    # in order to allow sufficient time for consideration by the General Assembly"
    rows = _corpus_rows("A_RES_79_258.txt")
    assert paragraph_deadlines(rows, "A/RES/79/258", "VIII.18") == [
        ("at the beginning of the Fifth Committee session", "at", None, None)]
