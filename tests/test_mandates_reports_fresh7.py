"""The ninth label sample's report misses (tests/labels/mandates_fresh7), each kind tested on the real paragraphs
(whole resolutions copied from ../shared/corpus/texts into tests/fixtures/reports_fresh7/): reports that are the
means of the actor's cooperation with a body go to that body; a summary "for transmission to" a body is a report to
it, and a time of another action coordinated before it is not its time; a report a treaty's article requires, with
no receiver written, is the treaty's own reporting, no report the resolution asks."""

from pathlib import Path

import pytest

from conftest import mandates_by_symbol, paragraph_reports
from resparse.mandates.deadlines import find
from resparse.mandates.reports import NOT_STATED, reports_of

KINDS = Path(__file__).parent / "fixtures" / "reports_fresh7"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. the receiver written as the partner of the work


def test_reports_that_are_the_means_of_cooperation_with_a_body_go_to_that_body(rows):
    # A/RES/80/222 32 (d), under "Also calls upon the Islamic Republic of Iran to deepen its engagement with
    # international human rights mechanisms by:": "Continuing to enhance its cooperation with the treaty bodies,
    # including by submitting reports under the International Covenant on Civil and Political Rights, ..."
    # (tests/labels/mandates_fresh7 unit 14: reports to the treaty bodies; was "not stated", a State's default)
    assert paragraph_reports(rows, "A/RES/80/222", "32 (d)") == [("calls upon", "treaty bodies", None, None)]
    # the same kind with the bodies named by their names (the first, as the labels record a report to several
    # bodies) and in lower case: A/RES/78/220 4 "to continue its engagement with the Committee on the Rights of the
    # Child, the Committee on the Rights of Persons with Disabilities and the Human Rights Committee and its
    # participation in the universal periodic review, including by submitting any outstanding periodic reports";
    # A/RES/79/183 3 "to continue its engagement with relevant treaty bodies and ..., including by submitting
    # outstanding periodic reports"
    assert paragraph_reports(rows, "A/RES/78/220", "4") == [
        ("urges", "Committee on the Rights of the Child", None, None)]
    assert paragraph_reports(rows, "A/RES/79/183", "3") == [("urges", "relevant treaty bodies", None, None)]
    # only the reports that are the means of that work: one asked in another action coordinated after the
    # cooperation, not "by submitting", is not said to go to the body (the State's default stays)
    text = "to continue its cooperation with the treaty bodies and to submit its overdue periodic reports"
    assert [r.to for r in reports_of(text, find(text), default_to=NOT_STATED)] == [NOT_STATED]


# ---------------------------------------------------------------- 2. "for transmission to"


def test_a_summary_for_transmission_to_a_body_is_a_report_to_it(rows):
    # A/RES/80/229 23: "Also invites the President of the General Assembly ... to hold, within existing resources and
    # during the eighty-first session, a high-level debate on the theme ... and to prepare a summary of the discussion
    # for transmission to the Commission on Crime Prevention and Criminal Justice and to all Member States"
    # (tests/labels/mandates_fresh7 unit 71: a report to the Commission, no time: "during the eighty-first session"
    # dates the debate, an action coordinated before the summary's); was no report
    assert paragraph_reports(rows, "A/RES/80/229", "23") == [
        ("invites", "Commission on Crime Prevention and Criminal Justice", None, None)]
    assert paragraph_reports(rows, "A/RES/80/229", "22") == [
        ("invites", "Commission on Crime Prevention and Criminal Justice", None, None)]
    # A/RES/79/177 13 "... and prepare a summary of the discussion for transmission to all Member States": "all" is
    # no part of the name (was the President's default, the General Assembly); a report to Member States is no report
    # since branch f18, Member States being no body (the fourteenth sample's n 32)
    assert paragraph_reports(rows, "A/RES/79/177", "13") == []


def test_a_time_written_after_the_request_or_before_the_action_still_times_the_report():
    # the time of the report's own words stays its time, also after another action's time
    text = ("to hold, during the eighty-first session, a high-level debate and to prepare a summary of the discussion "
            "for transmission to the Commission on Crime Prevention and Criminal Justice at its thirty-sixth session")
    (r,) = reports_of(text, find(text))
    assert (r.to, r.when) == ("Commission on Crime Prevention and Criminal Justice", "at its thirty-sixth session")
    # a time before the request in the report's own action (no "and to" between) stays its time
    text = "to continue, in 2027, to submit reports on the matter"
    assert [r.when for r in reports_of(text, find(text))] == ["in 2027"]
    # but not one of an action coordinated before it ("to hold, in 2026, a debate and to submit a report thereon")
    text = "to hold, in 2026, a debate and to submit a report thereon"
    assert [r.when for r in reports_of(text, find(text))] == [None]


# ---------------------------------------------------------------- 3. reports a treaty's article requires


def test_a_report_a_treaty_article_requires_with_no_receiver_written_is_no_report(rows):
    # A/RES/78/48 6: "Calls upon all States parties to submit and encourages them to make available, in a timely
    # manner, and to update, as appropriate, their initial reports, as well as their annual reports for the preceding
    # calendar year, as required under article 13 of the Treaty" (tests/labels/mandates_fresh7 unit 86: no report,
    # the States parties' obligation under the Arms Trade Treaty; was "not stated", recurrence annual)
    assert [m.verb for m in rows["A/RES/78/48"] if m.paragraph == "6" and m.kind == "mandate"] == [
        "calls upon", "encourages"]
    assert paragraph_reports(rows, "A/RES/78/48", "6") == []
    # A/RES/80/198 41: "... to comply strictly with their obligations under the Convention, including, ..., their
    # obligation to submit reports in accordance with article 19 of the Convention" (was "not stated")
    assert paragraph_reports(rows, "A/RES/80/198", "41", "urges") == []
    # but a report under an article that names its receiver, or under a plan's paragraph, stays: A/RES/78/6 31
    # "Invites the International Criminal Court to submit, ..., in accordance with article 6 of the Relationship
    # Agreement, a report on its activities for 2023/24, for consideration by the General Assembly at its
    # seventy-ninth session": the receiver is written
    assert paragraph_reports(rows, "A/RES/78/6", "31") == [
        ("invites", "General Assembly", "at its seventy-ninth session", None)]
    # A/RES/79/145 146: "to report on the state of progress in the implementation of the International Plan of Action
    # for the Management of Fishing Capacity, as provided for in paragraph 48 of the Plan of Action": a plan's
    # paragraph, no treaty's article (FAO's report, receiver not stated)
    text = ("to report on the state of progress in the implementation of the International Plan of Action for the "
            "Management of Fishing Capacity, as provided for in paragraph 48 of the Plan of Action")
    assert [r.to for r in reports_of(text, find(text), default_to=NOT_STATED)] == [NOT_STATED]
    # the article of a report with the Assembly's default (an actor that reports to the Assembly) changes nothing
    text = "to submit a report, as required under article 13 of the Statute"
    assert [r.to for r in reports_of(text, find(text))] == ["General Assembly"]
