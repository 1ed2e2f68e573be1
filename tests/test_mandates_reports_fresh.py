"""Reports a fresh user found wrong or missing ("what reports are due at the 81st session, and to whom?") and the
eighth label sample's report misses (tests/labels/mandates_fresh6), each kind tested on the real paragraphs (whole
resolutions copied from ../shared/corpus/texts into tests/fixtures/reports_fresh/): a report "for presentation at" a
meeting named after an ordinal or by its subject, far after the request; a document by another name (an analysis,
proposals) prepared for a meeting or for the Assembly's consideration; a recurring report timed by no date; a report
already submitted that is forwarded (no request); a report named as the place something is reflected; "regularly";
the reports asked for the Assembly's own examination of a question ("to this end")."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol
from resparse.mandates import select
from resparse.mandates.deadlines import find
from resparse.mandates.reports import report_of

KINDS = Path(__file__).parent / "fixtures" / "reports_fresh"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _reports(rows, symbol, label, actor):
    """(to, when, recurrence, every, session) of each report of the one mandate of ``actor`` in paragraph ``label``."""
    (m,) = [m for m in rows[symbol] if m.paragraph == label and m.kind == "mandate" and m.actor == actor]
    return [(r.to, r.when, r.recurrence, r.every, r.session) for r in m.reports]


# ---------------------------------------------------------------- 1. "for presentation at" a meeting, as written


def test_a_report_for_presentation_at_meetings_goes_to_those_meetings(rows):
    # A/RES/79/40 32 and A/RES/78/46 31: "to report on support ..., including experiences, best practices and lessons
    # learned regarding the efficient use of available resources, for presentation at upcoming meetings on the
    # Programme of Action and the International Tracing Instrument" (the receiver 330 characters after "report"): the
    # meetings, as written, not the General Assembly; no Assembly session
    meetings = "upcoming meetings on the Programme of Action and the International Tracing Instrument"
    for symbol, label in (("A/RES/79/40", "32"), ("A/RES/78/46", "31")):
        assert _reports(rows, symbol, label, "Secretariat") == [(meetings, None, None, None, None)]


def test_an_analysis_for_presentation_at_the_fourth_review_conference_is_a_report(rows):
    # A/RES/78/46 30: "to prepare a comprehensive analysis ... for presentation at the fourth Review Conference for
    # consideration and appropriate follow-up" (README, Reports: a document prepared "for presentation at" a body; the
    # conference named after an ordinal in lower case); "at the fourth Review Conference" its time, undated (the
    # deadlines grammar's ``at_event``: tests/labels/mandates_fresh11 n 36, the deadline and the report's time)
    assert _reports(rows, "A/RES/78/46", "30", "Secretariat") == [
        ("fourth Review Conference", "at the fourth Review Conference", None, None, None)]
    # "to brief the Special Committee at its next session on the information referred to in paragraph 15 of his
    # report on ... assistance to third States affected by the application of sanctions" (A/RES/78/111 5) was read as
    # a report to the Assembly ("third States" after an ordinal no receiver); since branch rep (the nineteenth
    # session) it is no report at all: a briefing, and a report cited by its paragraph (tests/labels/GUIDELINE.md)
    text = ("to brief the Special Committee at its next session on the information referred to in paragraph 15 of his "
            "report on the implementation of the provisions of the Charter related to assistance to third States "
            "affected by the application of sanctions")
    assert report_of(text, find(text)) is None


# ---------------------------------------------------------------- 2. proposals for the Assembly's consideration


def test_proposals_presented_for_the_consideration_of_the_assembly_are_a_report(rows):
    # A/RES/79/327 26: the General Committee "to present, during the eighty-first session, concrete proposals for the
    # consideration of the General Assembly on how to seek synergies ..." (tests/labels/GUIDELINE.md: a document
    # presented to a body at its session, as "to present the findings and recommendations to the General Assembly")
    assert _reports(rows, "A/RES/79/327", "26", "General Committee") == [
        ("General Assembly", "during the eighty-first session", None, None, 81)]
    due = [x.mandate.paragraph for x in select(rows["A/RES/79/327"], reports=True, session=81)]
    assert "26" in due


# ---------------------------------------------------------------- 3. a recurring report timed by no date


def test_an_annual_report_timed_by_no_date_recurs_from_the_next_session(rows):
    # A/RES/80/11 28: the Peacebuilding Commission "to include in its annual report information on progress in
    # implementing relevant provisions of the present resolution ahead of the next review": each annual report, from
    # the session after the adoption's (80th), so due at the 81st
    assert _reports(rows, "A/RES/80/11", "28", "Peacebuilding Commission") == [
        ("General Assembly", "ahead of the next review", "annual", 1, 81)]
    assert "28" in [x.mandate.paragraph for x in select(rows["A/RES/80/11"], reports=True, session=81)]


# ---------------------------------------------------------------- 4. the eighth sample's report misses


def test_a_report_already_submitted_forwarded_is_no_report(rows):
    # A/RES/78/27 6: "... as reflected in the report submitted by the Secretary-General pursuant to resolution 77/47,
    # and requests the Secretary-General to forward this report to the Conference on Disarmament and the Disarmament
    # Commission" (tests/labels/mandates_fresh6: no report)
    assert _reports(rows, "A/RES/78/27", "6", "Secretary-General") == []


def test_a_report_named_as_the_place_something_is_reflected_is_asked(rows):
    # A/RES/80/11 15: "requests the Secretary-General to reflect this information in the existing reporting on the
    # Fund, where relevant" (tests/labels/mandates_fresh6: a report to the General Assembly)
    assert _reports(rows, "A/RES/80/11", "15", "Secretary-General") == [
        ("General Assembly", None, None, None, None)]


def test_regularly_is_a_recurrence(rows):
    # A/RES/80/186 35: "encourages UN-Women to continue to regularly report on the implementation of and progress made
    # on gender parity" (tests/labels/mandates_fresh6: recurrence "regularly"; how often not stated: no every)
    (m,) = [m for m in rows["A/RES/80/186"] if m.paragraph == "35" and m.kind == "mandate"]
    assert [(r.to, r.recurrence, r.every) for r in m.reports] == [("General Assembly", "regularly", None)]


def test_reports_asked_for_the_assembly_s_own_examination_go_to_the_assembly(rows):
    # A/RES/78/218 26: "Decides to continue its examination of the situation of human rights in the Democratic
    # People's Republic of Korea at its seventy-ninth session, and to this end requests the Secretary-General to submit
    # a comprehensive report ..., and requests the Special Rapporteur to continue to report her findings ..."
    # (tests/labels/mandates_fresh6: both to the General Assembly; the office's own body is not stated)
    assert [r[0] for r in _reports(rows, "A/RES/78/218", "26", "Secretary-General")] == ["General Assembly"]
    # (the office named as the resolution names it in full: branch names-v)
    rapporteur = "Special Rapporteur on the situation of human rights in the Democratic People\u2019s Republic of Korea"
    assert [r[0] for r in _reports(rows, "A/RES/78/218", "26", rapporteur)] == ["General Assembly"]
