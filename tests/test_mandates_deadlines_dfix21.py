"""Deadlines, recurrences and reports a delegate would call wrong, fixed as kinds in the twenty-first session (branch
dfix; tests/labels/GUIDELINE.md, "Decisions of the twenty-first session (branch dfix)"), each on real paragraphs (whole
resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds_dfix21/):

- a time and a recurrence after it, "thereafter" or "subsequently" said, are one deadline, its first time, recurring
  (grammar/deadlines.lark EVERY_AFTER, as "in 2025 and every five years thereafter"): "at its eighty-first session
  and thereafter on a biennial basis" (A/RES/79/295 9), "of its eighty-first session, and to consider thereafter on a
  biennial basis" (A/RES/78/133 5), "at its eighty-second session and subsequently on a biennial basis" (A/RES/80/43
  16);
- the agenda an item is included in is dated by its session, written as the labels write it: "of its eightieth
  session", not "provisional agenda of its eightieth session" (A/RES/79/309 23);
- "immediately following any recommendations of the Conference on Disarmament" (A/RES/78/15 3): any that come, a
  condition, no deadline, and no actor;
- reports: "To publicly report, in the interests of accountability and transparency, to the authority that appoints
  the Ombudsman ..." a report to that authority (A/RES/79/177 12 (c)); "to submit the results of this study in the next
  programme budget submission" a report to the General Assembly (A/RES/79/257 61); "to monitor and report, by
  September 2024, to the General Assembly, and thereafter on an annual basis" a report, annual (A/RES/78/263 42);
- another body's session keeps its body when a time is written after it: "the Open-ended Working Group at its
  eighth session in 2024" (A/RES/78/237 8);
- a time "prior to" an event after "in force" dates the state the noun was in, not the action ("the Ukrainian
  legislation in force prior to the temporary occupation", A/RES/78/221 6)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol, paragraph_deadlines, paragraph_mandates

KINDS = Path(__file__).parent / "fixtures" / "kinds_dfix21"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. a recurrence after the first time


def test_a_session_and_thereafter_on_a_biennial_basis(rows):
    # A/RES/79/295 9: "... and to consider the sub-item again at its eighty-first session and thereafter on a biennial
    # basis": the 81st session (2026-09), then every two years
    assert ("at its eighty-first session and thereafter on a biennial basis", "2026-09", "every two years") in \
        paragraph_deadlines(rows, "A/RES/79/295", "9", ("text", "start", "recurrence"))


def test_the_decisions_own_consideration_that_recurs(rows):
    # A/RES/78/133 5: "Decides to include in the provisional agenda of its eighty-first session, and to consider
    # thereafter on a biennial basis, ..."
    assert paragraph_deadlines(rows, "A/RES/78/133", "5", ("text", "start", "end", "recurrence")) == [
        ("of its eighty-first session, and to consider thereafter on a biennial basis", "2026-09", "2027-09",
         "every two years")]


def test_subsequently_on_a_biennial_basis_and_the_report_every_two_years(rows):
    # A/RES/80/43 16: "Requests the Secretary-General to report to the General Assembly at its eighty-second session
    # and subsequently on a biennial basis ...": the deadline recurs, and so does the report (82, 84, ...)
    (m,) = paragraph_mandates(rows, "A/RES/80/43", "16")
    assert (m.deadline.start, m.deadline.recurrence) == ("2027-09", "every two years")
    assert (m.report.to, m.report.session, m.report.every) == ("General Assembly", 82, 2)
    assert m.report.due_at(84) and not m.report.due_at(83)


def test_a_bare_time_has_no_recurrence(rows):
    # A/RES/79/295 8: "to submit to the General Assembly, at its eightieth session, a report": once
    assert paragraph_deadlines(rows, "A/RES/79/295", "8", ("text", "recurrence")) == [
        ("at its eightieth session", None)]


# ---------------------------------------------------------------- 2. the session of an agenda


def test_an_agenda_inclusion_is_dated_by_its_session(rows):
    # A/RES/79/309 23: "Decides to include in the provisional agenda of its eightieth session the item entitled ...":
    # the time of the inclusion as the labels write it (tests/labels/GUIDELINE.md, the agenda-inclusion wording)
    assert paragraph_deadlines(rows, "A/RES/79/309", "23") == [
        ("of its eightieth session", "at", "2025-09", "2026-09")]


# ---------------------------------------------------------------- 3. "any" event to come: a condition


def test_immediately_following_any_recommendations_is_no_deadline_nor_actor(rows):
    # A/RES/78/15 3: "Calls upon all States, immediately following any recommendations of the Conference on
    # Disarmament, to give favourable consideration to those recommendations"
    assert mandated(rows, "A/RES/78/15", "3") == [("calls upon", "States", "all States")]
    assert paragraph_deadlines(rows, "A/RES/78/15", "3") == []


# ---------------------------------------------------------------- 4. reports


def test_a_public_report_to_a_body_named_after_a_parenthesis(rows):
    # A/RES/79/177 12 (c): "To publicly report, in the interests of accountability and transparency, to the authority
    # that appoints the Ombudsman or the mediator of Member States on their activities at least annually"
    (m,) = paragraph_mandates(rows, "A/RES/79/177", "12 (c)")
    assert [(r.to, r.recurrence) for r in m.reports] == [("authority", "annually")]


def test_results_submitted_in_the_next_budget_submission(rows):
    # A/RES/79/257 61: "... and to submit the results of this study in the next programme budget submission"
    (m,) = paragraph_mandates(rows, "A/RES/79/257", "61")
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "in the next programme budget submission")]


def test_a_report_with_its_time_set_off_and_annual_thereafter(rows):
    # A/RES/78/263 42: "requests the Secretary-General to continue to monitor and report, by September 2024, to the
    # General Assembly, and thereafter on an annual basis, on persistent and emerging challenges ..."
    (m,) = [m for m in paragraph_mandates(rows, "A/RES/78/263", "42") if m.verb == "requests"]
    assert [(r.to, r.when, r.every) for r in m.reports] == [("General Assembly", "by September 2024", 1)]


# ---------------------------------------------------------------- 5. another body's session with its time after it


def test_another_bodys_session_keeps_its_body_with_the_time_after_it(rows):
    # A/RES/78/237 8: "... requests the Secretary-General to submit a report based on those views to the General
    # Assembly during its seventy-eighth session for further discussion between Member States in the meetings of the
    # Open-ended Working Group at its eighth session in 2024": the Group's eighth session, in 2024 (not the Assembly's)
    (m,) = [m for m in paragraph_mandates(rows, "A/RES/78/237", "8") if m.verb == "requests"]
    assert [(d.text, d.start, d.body) for d in m.deadlines] == [
        ("during its seventy-eighth session", "2023-09", None),
        ("at its eighth session in 2024", "2024", "Open-ended Working Group")]
    assert (m.report.to, m.report.session) == ("General Assembly", 78)


# ---------------------------------------------------------------- 6. a state before an event: the noun's time


def test_a_law_in_force_before_an_event_is_no_deadline(rows):
    # A/RES/78/221 6: "Demands that the Russian Federation ... respect obligations under international law with regard
    # to respecting the Ukrainian legislation in force prior to the temporary occupation": the law's time, not the
    # demand's (grammar/attachment.lark ``state_before``)
    ms = [m for m in paragraph_mandates(rows, "A/RES/78/221", "6") if m.actor == "Russian Federation"]
    assert ms and all(m.deadlines == [] for m in ms)
