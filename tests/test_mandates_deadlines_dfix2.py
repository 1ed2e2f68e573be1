"""Deadlines, recurrences and reports a delegate would call wrong, fixed as kinds in the twenty-second session (branch
dfix2; tests/labels/GUIDELINE.md, "Decisions of the twenty-second session (branch dfix2)"), each on real paragraphs
(whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds_dfix2/; the rules of
grammar/attachment.lark each on its paragraph in tests/test_attachment.py):

- a span after an event, "at the latest" before it, is a deadline as "within" it is: "at the latest one year after the
  entry into force of the Protocol or of its ratification or accession" (A/RES/80/198 22);
- a report whose time recurs after its first ("at its eighty-second session and subsequently on a biennial basis",
  A/RES/80/43 16) has its time and its recurrence apart: when "at its eighty-second session", recurrence
  "subsequently on a biennial basis";
- a recurrence written right before a time from which it runs makes that time recur: "to be observed annually,
  beginning in 2025" (A/RES/79/293 1), "every year beginning in 2024" (A/RES/78/12 1), "every three years, on a trial
  basis starting at the eighty-first session" (A/RES/79/327 16);
- the years a proclamation names are none of its deadlines: "to proclaim the period from 2025 to 2034 as the Decade"
  (A/RES/78/321 1); nor are the years of an instrument the action follows: "pursuant to the schedule of meetings for
  the period from 2024 to 2030" (A/RES/79/40 8); nor a time inside a condition ("subject to ... for the sessions of the
  Commission in 2026", A/RES/80/110 91: tests/test_attachment.py)."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_deadlines, paragraph_mandates

KINDS = Path(__file__).parent / "fixtures" / "kinds_dfix2"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def test_at_the_latest_a_span_after_an_event(rows):
    # A/RES/80/198 22: "calls upon States Parties to the Optional Protocol ... to fulfil their obligation to designate or
    # establish national preventive mechanisms at the latest one year after the entry into force of the Protocol or of
    # its ratification or accession": undated (each State's event), as "within one year of" it
    (parties,) = [m for m in paragraph_mandates(rows, "A/RES/80/198", "22") if m.actor.startswith("States Parties")]
    assert [(d.text, d.type, d.start, d.end) for d in parties.deadlines] == [
        ("at the latest one year after the entry into force of the Protocol or of its ratification or accession",
         "within", None, None)]


def test_a_reports_first_time_and_its_recurrence_apart(rows):
    # A/RES/80/43 16: "to report to the General Assembly at its eighty-second session and subsequently on a biennial
    # basis": the deadline recurs (its text as written, tests/labels/GUIDELINE.md, the twenty-first session, dfix); the
    # report is due at the eighty-second session, then every two years
    (m,) = paragraph_mandates(rows, "A/RES/80/43", "16")
    assert (m.deadline.text, m.deadline.recurrence) == (
        "at its eighty-second session and subsequently on a biennial basis", "every two years")
    assert (m.report.when, m.report.recurrence, m.report.session, m.report.every) == (
        "at its eighty-second session", "subsequently on a biennial basis", 82, 2)
    assert m.report.due_at(84) and not m.report.due_at(83)


def test_a_report_with_no_recurrence_after_its_time_keeps_its_when(rows):
    # A/RES/80/43 16's neighbour in the same resolution with a single time: nothing to set apart
    for m in rows["A/RES/80/43"]:
        for r in m.reports:
            if m.paragraph != "16" and r.when:
                assert "biennial" not in r.when and r.when == (m.deadline.text if m.deadline else r.when)


@pytest.mark.parametrize("symbol, label, first, recurrence", [
    # the proclaimed day of the start's year (4 December, 7 September: the twenty-seventh session, branch deadline7)
    ("A/RES/79/293", "1", "2025-12-04", "annually"),    # "to be observed annually, beginning in 2025"
    ("A/RES/78/12", "1", "2024-09-07", "annually"),     # "to be observed every year beginning in 2024"
    ("A/RES/79/327", "16", "2026-09", "every three years"),  # "every three years, on a trial basis starting at the 81st"
    ("A/RES/79/327", "18", "2028-09", "every three years"),  # "a resolution every three years, starting at the 83rd"
])
def test_a_recurrence_right_before_its_first_time(rows, symbol, label, first, recurrence):
    assert [(start, rec) for _, start, rec in paragraph_deadlines(rows, symbol, label, ("type", "start", "recurrence"))] \
        == [(first, recurrence)]


def test_a_beginning_with_no_recurrence_before_it_does_not_recur(rows):
    # A/RES/79/40 17: "Decides to establish and maintain a structured procedure within the Secretariat, starting in
    # 2026, to process offers of and requests for assistance": from 2026, once
    assert paragraph_deadlines(rows, "A/RES/79/40", "17", ("text", "recurrence")) == [("starting in 2026", None)]


def test_the_period_a_proclamation_names_is_no_deadline(rows):
    # A/RES/78/321 1: "Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric
    # Sciences": the Decade's years are what is proclaimed (as a Day's date: mandates_fresh6 n 24)
    assert paragraph_deadlines(rows, "A/RES/78/321", "1") == []


def test_the_years_of_the_instrument_followed_are_no_deadline(rows):
    # A/RES/79/40 8: "Decides, pursuant to the schedule of meetings for the period from 2024 to 2030 agreed upon at the
    # Fourth Review Conference, to convene ... a one-week biennial meeting of States in 2026 ... and ... in 2028"
    assert [t for t, *_ in paragraph_deadlines(rows, "A/RES/79/40", "8")] == ["in 2026", "in 2028"]


def test_a_series_report_and_a_further_report_with_its_own_time(rows):
    # A/RES/78/5, annex, para. 84: "to report, as part of his annual Sustainable Development Goals report, on the global
    # effort to end tuberculosis, and to present to the General Assembly a report in 2027 on the progress achieved":
    # two reports, the annual one (from the next session) and the one of 2027, which alone has that time
    (m,) = paragraph_mandates(rows, "A/RES/78/5", "annex 84")
    assert [(r.when, r.recurrence, r.every, r.session) for r in m.reports] == [
        (None, "annual", 1, 79), ("in 2027", None, None, 81)]


def test_a_report_compiled_then_reported_is_one_report(rows):
    # A/RES/80/41 5: "to compile a report on measures already taken ... and to seek the views of Member States ... and
    # to report to the General Assembly at its eighty-first session": one report, due then (no series before)
    (m,) = paragraph_mandates(rows, "A/RES/80/41", "5")
    assert [(r.to, r.when, r.session) for r in m.reports] == [("General Assembly", "at its eighty-first session", 81)]
