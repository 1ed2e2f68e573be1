"""Reports read wrong on the fifteenth blind sample (tests/labels/mandates_fresh13) and in the corpus, each fixed as a
kind (branch rep, the nineteenth session), on the corpus's texts (sessions 78-80; skipped where ../shared is absent),
and the one dating of a report's due date (``reports.due_date``) that --reports, its CSV and --timeline share."""

from __future__ import annotations

import csv
import io

import pytest

from resparse.cli import main
from resparse.mandates.reports import due_date


@pytest.fixture(scope="module")
def rows(corpus_mandates):
    return corpus_mandates


def _reports(ms):
    return [(r.to, r.when, r.recurrence) for m in ms for r in m.reports]


def test_the_capabilities_an_action_draws_on_report_for_themselves(rows):
    # A/RES/80/11 25: "Encourages the Secretary-General to more systematically include data and analysis in his
    # reporting on peacebuilding ..., and in this regard further encourages the Secretary-General to leverage the
    # expertise of the Peacebuilding Support Office ..., drawing on capabilities from across the system to track and
    # report on peacebuilding impact at the country and regional levels more effectively, ...": one report, the first
    # (tests/labels/mandates_fresh13 n 25); the capabilities track and report, not the Secretary-General
    first, second = rows("80/11", "25")
    assert _reports([first]) == [("General Assembly", None, None)]
    assert second.reports == []


def test_report_thereon_after_a_bare_and_is_a_report_with_its_whole_time(rows):
    # A/RES/78/252 57: "requests the Secretary-General to strengthen the complementarity ... and report thereon in the
    # next programme budget proposal" (tests/labels/mandates_fresh13 n 36): a report to the General Assembly, the
    # phrase whole its deadline and its time
    (m,) = rows("78/252", "57")
    assert [d.text for d in m.deadlines] == ["in the next programme budget proposal"]
    assert _reports([m]) == [("General Assembly", "in the next programme budget proposal", None)]


def test_a_report_made_public_to_no_body_is_none(rows):
    # A/RES/78/216 23: "Urges States to investigate ... and, as far as possible, to report publicly on investigations
    # and proceedings" (tests/labels/mandates_fresh13 n 84: the public is no body)
    ms = rows("78/216", "23")
    assert ms and _reports(ms) == []


def test_a_briefing_on_a_paragraph_of_a_report_asks_no_report(rows):
    # A/RES/78/111 5, A/RES/80/166 5: "to brief the Special Committee at its next session on the information referred
    # to in paragraph 15 of his report on the implementation of the provisions of the Charter ...": the report is
    # cited ("of his report on" a noun, as "of their report on"), a briefing is no report (tests/labels/GUIDELINE.md,
    # the fresh-user trial of branch rep-x); the session stays the briefing's deadline
    for symbol in ("78/111", "80/166"):
        (m,) = rows(symbol, "5")
        assert m.reports == [] and [d.text for d in m.deadlines] == ["at its next session"]


def test_data_that_include_reports_go_to_the_body_they_are_provided_to(rows):
    # A/RES/80/28 4: "Calls upon Member States ... to provide the Secretary-General, by 31 May annually, with the
    # requested data and information for the Register, including nil reports ...": the Secretary-General receives them
    (m,) = rows("80/28", "4")
    (r,) = m.reports
    assert (r.to, r.when, r.recurrence, r.every) == ("Secretary-General", "by 31 May", "annually", 1)


def test_existing_reports_to_a_body_are_the_report_asked(rows):
    # A/RES/79/334 27: "Requests the Secretary-General to take into consideration in existing reports to the General
    # Assembly an assessment of the impact of rapid technological change ...": a report to the Assembly (as "to
    # reflect this information in the existing reporting on the Fund", A/RES/80/11 15)
    (m,) = rows("79/334", "27")
    assert _reports([m]) == [("General Assembly", None, None)]


def test_updates_on_the_status_of_reports_submitted_are_no_report(rows):
    # A/RES/79/192 11: "Requests the secretariat of the Third Committee ... to continue to provide Member States with
    # regular updates on the status of reports submitted for consideration during the session": others' reports,
    # already submitted; the updates go to Member States, no body (tests/labels/GUIDELINE.md, the fourteenth sample n 32)
    (m,) = rows("79/192", "11")
    assert m.reports == []


def test_a_report_asked_regularly_with_no_body_named_goes_to_the_assembly(rows):
    # A/RES/78/185 4: "requests the High Commissioner to report regularly on the progress being made": no body named
    # in the clause or its paragraph, the actor no State nor an office of another body: the General Assembly
    # (tests/labels/GUIDELINE.md, the eighth sample n 80, "to continue to regularly report"; the decisions of the
    # nineteenth session), how often "regularly", no period
    (m,) = [m for m in rows("78/185", "4") if m.reports]
    (r,) = m.reports
    assert (r.to, r.when, r.recurrence, r.every) == ("General Assembly", None, "regularly", None)


def test_one_due_date_for_reports_csv_and_timeline(corpus_dir, rows, capsys):
    # A/RES/80/234 7 "at its eighty-first session": the session's opening, 2026-09; 33 "no later than at the
    # eighty-first session", a term ("by"): its end, the 81st session's end, 2027-09; the same in --reports, the CSV's
    # due column and --timeline (before, --reports and the CSV dated 33 by the opening, --timeline by the end)
    f = str(corpus_dir / "A_RES_80_234.txt")
    (m33,) = [m for m in rows("80/234", "33") if m.reports]
    assert [due_date(r) for r in m33.reports] == ["2027-09"] and m33.reports[0].session == 81
    shown = {}
    assert main(["mandates", f, "--reports"]) == 0
    for line in capsys.readouterr().out.splitlines()[1:]:
        shown.setdefault(("reports", line.split()[1]), line.split()[0])
    assert main(["mandates", f, "--reports", "--csv", "-"]) == 0
    for row in csv.DictReader(io.StringIO(capsys.readouterr().out)):
        shown.setdefault(("csv", row["paragraph"]), row["due"])
    assert main(["mandates", f, "--timeline"]) == 0
    for line in capsys.readouterr().out.splitlines()[1:]:
        if line.strip():
            shown.setdefault(("timeline", line.split()[1]), line.split()[0])
    for way in ("reports", "csv", "timeline"):
        assert (shown[(way, "7")], shown[(way, "33")]) == ("2026-09", "2027-09"), way
