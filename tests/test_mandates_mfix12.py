"""Times the mandate reader left undated or cut, each read as a kind (branch mfix12, the thirty-first session;
tests/labels/GUIDELINE.md, "Decisions of the thirty-first session (branch mfix12)"), on whole resolutions copied from
the corpus (tests/fixtures and tests/fixtures/mfix12), through the public API."""

from pathlib import Path

import pytest

import resparse
from conftest import fixture_mandates
from resparse.mandates.reports import due_date

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def rows():
    files = {"A/RES/80/76": "deadlines5/A_RES_80_76.txt", "A/RES/78/72": "mfix12/A_RES_78_72.txt",
             "A/RES/80/8": "mfix12/A_RES_80_8.txt", "A/RES/78/10": "kinds_f16/A_RES_78_10.txt",
             "A/RES/80/199": "deadlines2/A_RES_80_199.txt", "A/RES/79/161": "A_RES_79_161.txt",
             "A/RES/78/234": "A_RES_78_234.txt", "A/RES/78/225": "deadlines9/A_RES_78_225.txt",
             "A/RES/80/136": "A_RES_80_136.txt"}
    return fixture_mandates(files)


def _deadlines(rows, symbol, label, fields=("text", "type", "start", "end")):
    out = []
    for m in rows[symbol]:
        if m.paragraph == label:
            for d in m.deadlines:
                t = tuple(getattr(d, f) for f in fields)
                if t not in out:
                    out.append(t)
    return out


# ---------------------------------------------------------------- 1. an event named as a time, dated by "to be held"


def test_before_a_session_to_be_held_in_a_year_is_before_that_year(rows):
    # A/RES/80/76 44: "urges the African States to nominate their candidate ... before the next session of the
    # Committee, to be held in 2026": the session's time, written after its body, dates the deadline (was undated)
    assert _deadlines(rows, "A/RES/80/76", "44", ("text", "type", "start", "end", "body")) == [
        ("before the next session", "before", "2026", "2026", "Committee")]
    assert _deadlines(rows, "A/RES/80/76", "46") == [("before the next session", "before", "2026", "2026")]
    # A/RES/78/72 43: "before the respective sessions of the Committee and its subcommittees, to be held in 2024"
    assert _deadlines(rows, "A/RES/78/72", "43") == [("before the respective sessions", "before", "2024", "2024")]


def test_before_an_event_to_be_held_is_before_its_time(rows):
    # A/RES/80/8 9: "to consider the sub-item before the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to
    # be held in Los Angeles in 2028": a second event coordinated, the place, then the year (was "relative", undated)
    assert ("before the Games of the XXXIV Olympiad", "before", "2028", "2028") in _deadlines(rows, "A/RES/80/8", "9")
    # A/RES/78/10 9: "... before the XXV Olympic Winter Games and the XIV Paralympic Winter Games, to be held in
    # Milano-Cortina in 2026"
    assert ("before the XXV Olympic Winter Games", "before", "2026", "2026") in _deadlines(rows, "A/RES/78/10", "9")
    # a period bounded by two events stays as written, undated (A/RES/78/10 1, the Olympic Truce "throughout the period
    # from the seventh day before the start of the Games ... until the seventh day following the end of the XVII
    # Paralympic Games, to be held in Paris in 2024": the Games' year, docs/mandates.md)
    ((text, typ, start, end),) = _deadlines(rows, "A/RES/78/10", "1")
    assert text.startswith("throughout the period from") and (typ, start, end) == ("between", None, None)
    # the event's year alone is still no time of the action: no "in 2028" beside it
    assert [t for t, *_ in _deadlines(rows, "A/RES/80/8", "9")] == ["of its eighty-second session",
                                                                    "before the Games of the XXXIV Olympiad"]


# ---------------------------------------------------------------- 2. sessions and the start of their series


def test_sessions_and_the_start_written_after_them_are_the_reports_time(rows):
    # A/RES/80/199 32: "to have these reports presented to the Human Rights Council at its relevant sessions, starting
    # from its sixty-fourth session": the Council's report is due from the Council's sixty-fourth session (February
    # 2027, data/body_sessions.txt), its time both as written (was "at its relevant sessions", undated)
    (m,) = [m for m in rows["A/RES/80/199"] if m.paragraph == "32"]
    council = [r for r in m.reports if r.to == "Human Rights Council"]
    assert [(r.when, r.due.type, r.due.start, r.due.body) for r in council] == [
        ("at its relevant sessions, starting from its sixty-fourth session", "from", "2027-02", "Human Rights Council")]
    assert due_date(council[0]) == "2027-02" and council[0].session is None
    # the deadlines stay as the labels write them, two (the start dated by the Council's calendar)
    assert [(d.text, d.start) for d in m.deadlines] == [
        ("at its eighty-first and eighty-second sessions", "2026-09"), ("at its relevant sessions", None),
        ("starting from its sixty-fourth session", "2027-02")]


# ---------------------------------------------------------------- 3. a commemoration of a named day, whole


def test_a_commemoration_keeps_the_name_of_the_day_it_commemorates(rows):
    # A/RES/79/161 54 (78/234 54 the same words): "to continue to convene annual commemorative meetings ... during the
    # commemoration of the International Day for the Elimination of Racial Discrimination" (tests/labels/
    # mandates_fresh25: the whole phrase the deadline); undated: the day's date is not written (was "during the
    # commemoration")
    whole = "during the commemoration of the International Day for the Elimination of Racial Discrimination"
    assert _deadlines(rows, "A/RES/79/161", "54") == [(whole, "at", None, None)]
    assert _deadlines(rows, "A/RES/78/234", "54") == [(whole, "at", None, None)]


# ---------------------------------------------------------------- 4. the receiver's session dates the deadline too


def test_its_session_of_the_receiver_named_before_dates_the_deadline(rows):
    # A/RES/78/225 15: "to provide, as appropriate, to the Commission on Crime Prevention and Criminal Justice, through
    # its secretariat, for consideration during its thirty-third session, views ...": the Commission's session, May
    # 2024 (data/body_sessions.txt), as the report to the Commission is due (the deadline was undated)
    invites = [m for m in rows["A/RES/78/225"] if m.paragraph == "15" and m.verb == "invites"]
    assert invites and all([(d.text, d.start, d.end, d.body) for d in m.deadlines] == [
        ("during its thirty-third session", "2024-05", "2024-05", "Commission on Crime Prevention and Criminal Justice")]
        for m in invites)
    assert all(m.reports[0].due.start == "2024-05" for m in invites)


# ---------------------------------------------------------------- 5. "the subsequent session" of a second receiver


def test_the_subsequent_session_of_the_assembly_is_the_time_of_its_report_and_dated(rows):
    # A/RES/80/136 22: "beginning from 2026, to submit an annual report to the Economic and Social Council, and to the
    # subsequent session of the General Assembly": the second receiver's session, written without the report's "to",
    # dated as that report is due, the eighty-first session (the Council's 2026 session closes in July); the Assembly's
    # report has that session as its time (was the Council's "beginning from 2026")
    (m,) = [m for m in rows["A/RES/80/136"] if m.paragraph == "22"]
    assert [(d.text, d.type, d.start, d.end) for d in m.deadlines] == [
        ("beginning from 2026", "from", "2026", None),
        ("the subsequent session of the General Assembly", "at", "2026-09", "2027-09")]
    assert [(r.to, r.when, r.recurrence, r.session) for r in m.reports] == [
        ("Economic and Social Council", "beginning from 2026", "annual", None),
        ("General Assembly", "the subsequent session of the General Assembly", "annual", 81)]
