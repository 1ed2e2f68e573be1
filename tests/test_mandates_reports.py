"""Deadlines and reports read right: each kind on real clauses of the corpus (copied into
tests/fixtures/mandates-reports.txt, adopted 10 December 2025, the source paragraph named at each test; none is a
unit of the labelled samples), and the reports due at a session (``Report.due_at``, ``mandates --reports
--session N``)."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from conftest import mini_resolution
from resparse.mandates import extract, select
from resparse.mandates.deadlines import find
from resparse.mandates.reports import report_of
from resparse.model import Mandate, Report

FIXTURE = Path(__file__).parent / "fixtures" / "mandates-reports.txt"


@pytest.fixture(scope="module")
def items():
    return [m for m in extract(resparse.parse(FIXTURE)) if m.kind == "mandate"]


def of(items, label, actor=None):
    return [m for m in items if m.paragraph == label and (actor is None or m.actor == actor)]


def dated(m):
    return [(d.text, d.start, d.end) for d in m.deadlines]


# ---------------------------------------------------------------- deadlines


def test_a_list_of_sessions_is_one_deadline_from_the_first_to_the_last(items):
    # A/RES/80/229 78: "to submit a report to the General Assembly at its eighty-first and eighty-second sessions"
    (m,) = of(items, "1")
    assert dated(m) == [("at its eighty-first and eighty-second sessions", "2026-09", "2028-09")]
    # A/RES/78/16 3: "at the sixth, seventh and eighth sessions of the open-ended working group" (another body's:
    # kept, no date)
    (m,) = of(items, "22")
    assert dated(m) == [("at the sixth, seventh and eighth sessions", None, None)]
    # sessions named by their years, after "for" (what is decided for them)
    assert [(d.text, d.start, d.end) for d in find("Decides that, for the 2026 and 2027 sessions of the forum,")] == [
        ("for the 2026 and 2027 sessions", "2026", "2027")]


def test_a_resumed_session_its_parts_and_the_high_level_week(items):
    # A/RES/79/263 18: "to organize during the resumed seventy-ninth session of the General Assembly a ... dialogue":
    # the resumed session, from January to the close (data/assembly_sessions.txt [resumed parts], branch rpfix6)
    assert dated(of(items, "23")[0]) == [
        ("during the resumed seventy-ninth session of the General Assembly", "2025-01", "2025-09")]
    # A/RES/79/159 57: "a high-level panel during the high-level week of the eighty-second session ..., in 2027"
    # (the year after the session is its own, one deadline since the nineteenth session, branch dl: rule session_time)
    assert dated(of(items, "2")[0])[0] == (
        "during the high-level week of the eighty-second session of the General Assembly, in 2027", "2027-09", "2027-09")
    # A/RES/78/328 2: "to appoint, at the beginning of the eightieth session, two co-facilitators": its opening
    assert [(d.start, d.end) for d in find("to appoint, at the beginning of the eightieth session, two "
                                           "co-facilitators")] == [("2025-09", "2025-09")]
    # A/RES/78/253 XII.12 (a section's paragraph): "at the first part of its resumed eightieth session": March 2026,
    # the first part's month (the Fifth Committee's calendar, branch rpfix6; was the session's opening, 2025-09)
    assert [(d.text, d.start) for d in find("for consideration by the General Assembly at the first part of its "
                                            "resumed eightieth session")] == [
        ("at the first part of its resumed eightieth session", "2026-03")]


def test_the_first_half_of_a_year(items):
    # A/RES/80/124 44: "a one-day informal interactive dialogue ... during the first half of 2026"
    assert dated(of(items, "3")[0]) == [("during the first half of 2026", "2026-01", "2026-06")]
    # A/RES/79/145 238: "a two-day workshop in the second half of 2026"
    assert [(d.start, d.end) for d in find("a two-day workshop in the second half of 2026")] == [("2026-07", "2026-12")]


def test_before_a_thing_that_is_no_definite_event_is_no_deadline(items):
    # A/RES/78/210 12: "brought promptly before a judge"; A/RES/78/102 14: "conduct-related training prior to
    # deployment"; A/RES/78/217 18: "prior to their departure from their countries of origin"; A/RES/80/234 28:
    # "any changes that might occur before the holding of meetings" (any meeting, not one)
    for label in ("4", "5", "7"):
        assert [dated(m) for m in of(items, label)] == [[]] * len(of(items, label)), label
    assert [dated(m) for m in of(items, "6")] == [[], [("as early as possible", "2025-12", "2025-12")]]
    # A/RES/79/278 4: "prior to the High-level Conference" is an event (a conference is a body and an event); the
    # second action's "to hold panel discussions as side events at the margins of the High-level Conference" takes
    # place at it (rule ``at_event``)
    assert {d.text for m in of(items, "8") for d in m.deadlines} == {
        "prior to the High-level Conference", "at the margins of the High-level Conference"}
    # the same rule on other corpus wordings: an event named as one stays, "the law" and a body do not
    assert [d.text for d in find("to limit explanations of vote, prior to the convening of the Conference")] == [
        "prior to the convening of the Conference"]
    assert find("equal treatment before the law for all") == []
    assert find("reliable information that comes before the Special Rapporteur") == []


def test_a_year_inside_a_purpose_is_the_purpose_s(items):
    # A/RES/80/142 21: "..., in order to fulfil the commitment on ensuring access to ... energy for all by 2030"
    assert all(m.deadlines == [] for m in of(items, "9"))
    # A/RES/80/28 6: a session in a purpose stays, the report is due for it ("with a view to taking a decision at
    # its eighty-third session")
    (m,) = of(items, "10")
    assert dated(m) == [("at its eighty-third session", "2028-09", "2029-09")]
    assert (m.report.when, m.report.session) == ("at its eighty-third session", 83)
    # the purpose ends where the next action begins: "..., with a view to improving ..., and report thereon in the
    # future budget submissions" (A/RES/79/245 17)
    assert [d.text for d in find("with a view to improving financial and budget performance, and report thereon in "
                                 "the future budget submissions")] == ["in the future budget submissions"]
    # A/RES/78/47 11: "... programme ... in order to strengthen the ... expertise of government officials ..., to be
    # substantively developed and designed in 2025 and implemented annually starting in 2026": the programme's dates
    assert [d.text for d in find("to establish a new fellowship training programme in order to strengthen the "
                                 "expertise of government officials, particularly in developing countries, to be "
                                 "substantively developed and designed in 2025 and implemented annually starting in "
                                 "2026 for a duration of four weeks")] == ["in 2025", "starting in 2026"]


def test_a_span_before_an_event_is_kept_whole_and_undated():
    # A/RES/78/68 275: "... to the Coordinator of the informal consultations no later than five weeks before the
    # start of the consultations" (the consultations are not dated in the text)
    assert [(d.text, d.type, d.end) for d in find("to the Coordinator of the informal consultations no later than five "
                                                  "weeks before the start of the consultations")] == [
        ("no later than five weeks before the start of the consultations", "by", None)]


def test_by_with_no_time_after_it_is_no_deadline():
    # A/RES/78/229 28: "... Rules ... by its resolution 70/175"; A/RES/78/145 25: "the activities undertaken by the
    # States members of the Central American Integration System"
    assert find("the Nelson Mandela Rules by its resolution 70/175, and to prepare a summary") == []
    assert find("to support the activities undertaken by the States members of the Central American Integration "
                "System") == []


# ---------------------------------------------------------------- reports


def test_the_body_after_to_is_the_receiver_the_body_after_through_the_channel(items):
    # A/RES/79/140 90: "to report to the General Assembly at its eightieth session, through the Economic and Social
    # Council at its 2025 session"; A/RES/80/118 72: "to submit to the General Assembly at its eighty-first session,
    # through the Commission on Science and Technology for Development and the Economic and Social Council, ..."
    (m,) = of(items, "14")
    assert (m.report.to, m.report.via, m.report.when) == (
        "General Assembly", "Economic and Social Council", "at its eightieth session")
    (m,) = of(items, "15")
    assert (m.report.to, m.report.via) == ("General Assembly",
                                           "Commission on Science and Technology for Development")
    # no body after "to": the channel is the only body the report is sent to (GUIDELINE.md's labels, 80/173)
    r = report_of("to submit, through the Commission for Social Development, a report on progress", [])
    assert (r.to, r.via) == ("Commission for Social Development", "Commission for Social Development")
    # A/RES/80/13 3: "to report through the Committee to the General Assembly at its eighty-second session"
    r = report_of("to report through the Committee to the General Assembly at its eighty-second session", [])
    assert (r.to, r.via) == ("General Assembly", "Committee")
    # "achieved through the Platform" is no channel
    assert report_of("to report to the Council on progress achieved through the Platform", []).via is None


def test_a_body_named_in_lower_case(items):
    # A/RES/80/179 70: "... to report to their respective governing bodies"; A/RES/79/154 50: States parties "... in
    # their reports to the respective committees"
    assert {m.report.to for m in of(items, "12")} == {"respective governing bodies"}
    assert {m.report.to for m in of(items, "13")} == {"respective committees"}
    # A/RES/79/96 20's wording in A/RES/80/87 20: "to prepare for submission to the relevant bodies, ..., a report"
    assert report_of("to prepare for submission to the relevant bodies, with the assistance of those agencies and "
                     "organizations, a report on the action taken", []).to == "relevant bodies"
    # a lower-case word that names no body is none: "to report on the state of progress" (A/RES/78/68 143)
    assert report_of("to report on the state of progress in the implementation", []).to == "General Assembly"


def test_a_document_prepared_for_presentation_at_a_meeting_is_a_report(items):
    # A/RES/79/40 31: "to prepare a comprehensive analysis ... for presentation at the Biennial Meeting of States in
    # 2026" (the same request as the labelled A/RES/80/38 33, one session earlier)
    (m,) = of(items, "16")
    assert (m.report.to, m.report.when) == ("Biennial Meeting of States", "in 2026")


def test_oral_reports_reports_included_in_another_and_keeping_informed(items):
    # A/RES/79/170 53: "... to present an oral report ... with the Assembly at its eightieth session"
    assert {(m.report.to, m.report.when) for m in of(items, "19")} == {("General Assembly", "at its eightieth session")}
    # A/RES/80/186 43: "to provide an oral report to the Commission on the Status of Women at its seventieth and
    # seventy-first sessions": another body's sessions, not the Assembly's: dated by the Commission's own calendar
    # (March 2026 and March 2027, data/body_sessions.txt; branch trialfix29b), at no Assembly session
    (m,) = of(items, "21")
    assert (m.report.to, m.report.when, m.report.due.start, m.report.due.end, m.report.session) == (
        "Commission on the Status of Women", "at its seventieth and seventy-first sessions", "2026-03", "2027-03", None)
    # A/RES/79/124 15: "to include in his report to the General Assembly any views ..."
    assert of(items, "20")[0].report.to == "General Assembly"
    # A/RES/78/103 4: "to keep the General Assembly informed of developments" is not a report (GUIDELINE.md)
    assert [m.report for m in of(items, "18")] == [None, None]


def test_recurrence_and_the_sessions_a_report_is_due_at(items):
    # A/RES/78/222 28: "to submit an annual report to the General Assembly, starting at its eightieth session"
    (m,) = of(items, "17")
    assert (m.report.recurrence, m.report.every, m.report.session) == ("annual", 1, 80)
    assert [n for n in range(78, 84) if m.report.due_at(n)] == [80, 81, 82, 83]
    # A/RES/80/229 78: a list of sessions is due at each
    (m,) = of(items, "1")
    assert [n for n in range(78, 85) if m.report.due_at(n)] == [81, 82]
    # A/RES/80/132 15: "at its eighty-fifth and ninetieth sessions" is due at those two, not between
    text = "to submit a report to the General Assembly at its eighty-fifth and ninetieth sessions"
    r = report_of(text, find(text))
    assert [n for n in range(80, 95) if r.due_at(n)] == [85, 90]
    # "every two years thereafter", "until 2030" (A/RES/79/272 2's recurrence; 79/206, 80/121 "annual basis until")
    r = report_of("to report to it at its eighty-first session and every two years thereafter",
                  find("at its eighty-first session"))
    assert (r.every, r.session) == (2, 81) and [n for n in range(80, 88) if r.due_at(n)] == [81, 83, 85, 87]
    text = "to report on an annual basis until 2030 to the General Assembly"
    r = report_of(text, find(text), "2024-12-10")
    assert (r.when, r.session, r.last) == (None, 80, 84) and [n for n in range(79, 87) if r.due_at(n)] == [
        80, 81, 82, 83, 84]
    # a report with no date and no recurrence is due at no session the code could name
    assert not any(Report("General Assembly").due_at(n) for n in range(78, 90))


def test_a_report_keeps_its_new_fields_through_json():
    r = report_of("to report to it at its eighty-first session and every two years thereafter, through the Council",
                  find("at its eighty-first session"))
    assert Report.from_dict(json.loads(json.dumps(r.to_dict()))) == r


def test_select_by_session_counts_recurrences(tmp_path):
    text = mini_resolution(
        "Requests the Secretary-General to submit a report to the General Assembly at its seventy-sixth session and "
        "every two years thereafter on the implementation of the present resolution;",
        "Requests the Secretary-General to report to the General Assembly at its seventy-seventh session;")
    path = tmp_path / "recurrence.txt"
    path.write_text(text, encoding="utf-8")
    items = extract(resparse.parse(path))
    assert [x.mandate.paragraph for x in select(items, reports=True, session=78)] == ["1"]
    assert [x.mandate.paragraph for x in select(items, reports=True, session=77)] == ["2"]
    p = subprocess.run([sys.executable, "-m", "resparse", "mandates", str(path), "--reports", "--session", "80"],
                       capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.splitlines()[0].endswith(": 1 report asked for due at the 80th session")
    assert "every two years thereafter" in p.stdout


def test_the_session_a_report_is_due_at_when_it_is_due_before_a_session_ends_or_opens():
    # A/RES/80/197 43: "prior to the start of its eighty-second session": before the 82nd opens, so at the 81st
    text = "to submit a report to the General Assembly prior to the start of its eighty-second session"
    r = report_of(text, find(text, adopted="2025-12-10"), "2025-12-10")
    assert (r.due.end, r.session) == ("2027-09", 81)
    # A/RES/78/234 19: "before the end of its eightieth session"; A/RES/79/194 13: "by no later than the eighty-first
    # session" (its end, September 2027, is the opening of the 82nd)
    for text, session in (("to report to the Assembly, before the end of its eightieth session, on practical steps", 80),
                          ("to report on its progress to the General Assembly, by no later than the eighty-first "
                           "session", 81)):
        r = report_of(text, find(text, adopted="2024-12-10"), "2024-12-10")
        assert r.session == session and [n for n in range(78, 84) if r.due_at(n)] == [session], text


def test_a_body_named_before_or_one_report_of_a_series_is_no_reading():
    # A/RES/78/245 26: "to report on the provision of such services to those bodies to the General Assembly at its
    # seventy-ninth session": "those bodies" are the object of the services, the General Assembly the receiver
    assert report_of("to report on the provision of such services to those bodies to the General Assembly at its "
                     "seventy-ninth session", []).to == "General Assembly"
    # A/RES/80/238 8: "in his next annual report" is one report of a series: the series' recurrence, no years between
    # the reports asked (as a dated report "as part of his annual report"; tests/labels/GUIDELINE.md, auditfix31);
    # A/RES/78/222 28's "an annual report" recurs, and so does A/RES/78/202 18's "in his annual report" (each of them)
    one = report_of("to include information thereon in his next annual report", [])
    assert (one.recurrence, one.every) == ("annual", None)
    assert report_of("to submit an annual report to the General Assembly", []).recurrence == "annual"
    assert report_of("to give priority to the present resolution in his annual report to the General Assembly",
                     []).recurrence == "annual"
    # A/RES/80/118 72: "to submit to the General Assembly at its eighty-first session ... an action-oriented report
    # ..., as part of his annual report": due at the 81st; the series is annual, this request is not repeated
    text = "to submit to the General Assembly at its eighty-first session a report, as part of his annual report"
    r = report_of(text, find(text), "2025-12-10")
    assert (r.recurrence, r.every, r.session) == ("annual", None, 81)
    assert [n for n in range(80, 85) if r.due_at(n)] == [81]


def test_recurring_reports_of_the_corpus_are_due_at_their_sessions(corpus_dir):
    # A/RES/79/327 18: the Working Group "will consider a resolution every three years, starting at the eighty-third
    # session, ... and issue a report on its deliberations"; A/RES/80/11 29: "to continue to present a report every
    # two years following this review" (adopted at the 80th session, the review's: two years on, the 82nd)
    (m,) = [m for m in extract(resparse.parse(corpus_dir / "A_RES_79_327.txt"))
            if m.paragraph == "18" and m.kind == "mandate" and m.report]
    assert [n for n in range(79, 90) if m.report.due_at(n)] == [83, 86, 89]
    (m,) = [m for m in extract(resparse.parse(corpus_dir / "A_RES_80_11.txt"))
            if m.paragraph == "29" and m.kind == "mandate"]
    assert (m.report.recurrence, m.report.session) == ("every two years", 82)
    assert [x.mandate.paragraph for x in select([m], reports=True, session=84)] == ["29"]
    assert select([m], reports=True, session=83) == []
    # A/RES/80/243 I.3 and III.2: "to submit his report ... to the General Assembly every five years", no start written
    # (the resolution takes note of the report just submitted): the first five sessions after the adopting one, not
    # the next (a fresh user's trial 16)
    ms = [m for m in extract(resparse.parse(corpus_dir / "A_RES_80_243.txt"))
          if m.paragraph in ("I.3", "III.2") and m.kind == "mandate" and m.report]
    assert [(m.report.recurrence, m.report.every, m.report.session) for m in ms] == [("every five years", 5, 85)] * 2
    assert select(ms, reports=True, session=81) == []


def test_someone_else_s_reporting_is_no_report():
    # A/RES/78/187 24: States are urged to take measures "... educating children ... regarding ... what constitutes
    # unacceptable behaviour and how to report it"; A/RES/78/217 4 (b): "mechanisms which allow migrants to report
    # alleged cases of abuse"; A/RES/78/316 7: "in order to allow the Agency to report fully on the ... situation"
    assert report_of("educating children regarding what constitutes unacceptable behaviour and how to report it, "
                     "that eliminate gender stereotypes", []) is None
    assert report_of("to strengthen mechanisms which allow migrants to report alleged cases of abuse by relevant "
                     "authorities and employers without fear", []) is None
    assert report_of("to provide the International Atomic Energy Agency Support and Assistance Mission to "
                     "Zaporizhzhia with timely and full access to all areas at the plant that are important for nuclear "
                     "safety and security in order to allow the Agency to report fully on the nuclear safety and "
                     "security situation at the site", []) is None
    # the actor's own: "to continue the collection and analysis of data to report on road incidents" (A/RES/78/118
    # 35), "to provide support for Member States and to report to the General Assembly"
    assert report_of("to continue the collection and analysis of data to report on road incidents", []).to == (
        "General Assembly")
    assert report_of("to provide support for Member States and to report to the General Assembly", []) is not None


# ---------------------------------------------------------------- several reports in one clause

SEVERAL = Path(__file__).parent / "fixtures" / "mandates-reports-several.txt"  # paragraphs of session 78 and 80,
# the source named at each assertion; adopted 19 December 2023
FIXTURES = Path(__file__).parent / "fixtures"


def resparse_cli(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def several():
    return [m for m in extract(resparse.parse(SEVERAL)) if m.kind == "mandate"]


def readings(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def test_one_report_to_two_bodies_is_two_reports_each_with_the_time_named_after_it(several):
    # A/RES/78/210 38: "to the Human Rights Council and to the General Assembly at its eightieth session": the
    # session is the Assembly's (the Council's was given the Assembly's session before)
    (m,) = of(several, "1")
    assert readings(m) == [("Human Rights Council", None, None), ("General Assembly", "at its eightieth session", 80)]
    assert m.report is m.reports[0]  # ``report`` stays the first one
    # A/RES/78/215 26: "to the General Assembly at its eightieth session and to the Human Rights Council at its
    # sixty-first session" (another body's session: kept, no date)
    (m,) = of(several, "2")
    assert readings(m) == [("General Assembly", "at its eightieth session", 80),
                           ("Human Rights Council", "at its sixty-first session", None)]
    # A/RES/78/216 36: "to report annually on her activities to the General Assembly and the Human Rights Council"
    (m,) = of(several, "3")
    assert [(r.to, r.recurrence, r.every) for r in m.reports] == [("General Assembly", "annually", 1),
                                                                   ("Human Rights Council", "annually", 1)]
    # A/RES/78/255 2 (a decision that binds): "shall report to the Advisory Committee and to the General Assembly at
    # its eightieth session"
    (m,) = of(several, "7")
    assert readings(m) == [("Advisory Committee", None, None), ("General Assembly", "at its eightieth session", 80)]


def test_a_second_request_for_a_report_is_a_second_report(several):
    # A/RES/78/119 88: "to report to the General Assembly at its seventy-ninth session, through the Economic and Social
    # Council ..., and to submit a report to the Assembly on the detailed use of the Central Emergency Response Fund"
    (m,) = of(several, "4")
    assert readings(m) == [("General Assembly", "at its seventy-ninth session", 79), ("General Assembly", None, None)]
    assert [r.via for r in m.reports] == ["Economic and Social Council", None]
    # A/RES/78/27 13: "to submit a report thereon to the General Assembly ..., and also to transmit the report to the
    # Conference on Disarmament": the report asked, passed on to a second body, no second report (twenty-seventh
    # session, branch mfix7: tests/labels/GUIDELINE.md, branch rep-t2, "a report forwarded 'this report to' is none")
    (m,) = of(several, "5")
    assert [r.to for r in m.reports] == ["General Assembly"]
    # A/RES/78/203 52: "to submit a report to the General Assembly at its seventy-ninth session and an interim report
    # to the Human Rights Council"
    (m,) = of(several, "6", "Secretary-General")
    assert readings(m) == [("General Assembly", "at its seventy-ninth session", 79), ("Human Rights Council", None, None)]


def test_a_report_named_again_or_its_vehicle_is_no_second_report(several):
    # A/RES/78/120 103: "to report thereon to the General Assembly ... and to include in his report recommendations";
    # A/RES/78/201 24: "to prepare a report ... and to submit the report to the General Assembly at its eightieth
    # session"; A/RES/78/245 61: "to report thereon in the context of his next report"; A/RES/78/218 26: "to continue
    # to report her findings ..., as well as to report on the follow-up ..." (no body, no time of its own)
    for label, expected in (("8", [("General Assembly", "at its seventy-ninth session", 79)]),
                            ("9", [("General Assembly", "at its eightieth session", 80)]),
                            ("10", [("General Assembly", "in the context of his next report", None)])):
        (m,) = of(several, label)
        assert readings(m) == expected, label
    assert [(m.actor, len(m.reports)) for m in of(several, "11") if m.reports] == [("Secretary-General", 1),
                                                                                    ("Special Rapporteur", 1)]


def test_the_oral_report_and_the_report_to_the_assembly_of_78_182_47_both_shown():
    # A/RES/78/182 47 (copied whole): "to provide an oral report to the Commission on the Status of Women at its
    # sixty-eighth and sixty-ninth sessions and to report to the General Assembly at its eightieth session on ..."
    path = FIXTURES / "A_RES_78_182.txt"
    (m,) = [m for m in extract(resparse.parse(path)) if m.paragraph == "47" and m.kind == "mandate"]
    assert readings(m) == [("Commission on the Status of Women", "at its sixty-eighth and sixty-ninth sessions", None),
                           ("General Assembly", "at its eightieth session", 80)]
    rows = [r for r in json.loads(resparse_cli("mandates", path, "--json").stdout) if r["paragraph"] == "47"]
    assert [x["to"] for x in rows[0]["reports"]] == ["Commission on the Status of Women", "General Assembly"]
    assert rows[0]["report"] == rows[0]["reports"][0]
    assert Mandate.from_dict(json.loads(json.dumps(m.to_dict()))) == m
    listed = resparse_cli("mandates", path, "--reports").stdout
    assert "47  Secretary-General → Commission on the Status of Women: at its sixty-eighth" in listed
    assert "2025-09  47  Secretary-General → General Assembly: at its eightieth session" in listed
    due = resparse_cli("mandates", path, "--reports", "--session", "80").stdout
    due = "\n".join(line for line in due.splitlines() if "→" in line)  # the rows, not the actions printed under them
    assert "47  Secretary-General → General Assembly" in due and "Commission on the Status" not in due
    timeline = resparse_cli("mandates", path, "--timeline").stdout
    assert "  2025-09  47  Secretary-General  requests                  at its eightieth session (report to General " \
           "Assembly)" in timeline
    assert "(report to Commission on the Status of Women)" in timeline


def test_the_reports_csv_has_one_row_per_report_with_its_receiver_channel_session_and_recurrence(tmp_path):
    out = tmp_path / "reports.csv"
    p = resparse_cli("mandates", FIXTURES / "A_RES_78_182.txt", SEVERAL, "--reports", "--csv", out)
    assert p.returncode == 0, p.stderr
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    # "receiver_source": whether the text names the receiver ("text") or it is the default (twenty-seventh session)
    # "due_dates": every date the text names it due at, of any body (thirtieth session, branch mfix11)
    assert reader.fieldnames[-14:] == ["receiver", "receiver_source", "channel", "when", "due", "due_session",
                                       "recurrence", "every", "last_session", "renewed_by", "due_sessions", "recurs",
                                       "due_counted", "due_dates"]
    assert f"wrote {len(rows)} rows" in p.stderr
    of47 = [(r["receiver"], r["due_session"]) for r in rows if r["paragraph"] == "47"]
    # in order of due date: the Commission's sixty-eighth session (February-March 2024, its own calendar,
    # data/body_sessions.txt: branch trialfix29b) before the Assembly's eightieth; the Commission's at no Assembly session
    assert of47 == [("Commission on the Status of Women", ""), ("General Assembly", "80")]
    (ecosoc,) = [r for r in rows if r["document"] == "A/RES/78/908" and r["paragraph"] == "4" and r["channel"]]
    assert (ecosoc["receiver"], ecosoc["channel"], ecosoc["due"], ecosoc["due_session"]) == (
        "General Assembly", "Economic and Social Council", "2024-09", "79")
    annual = [r for r in rows if r["document"] == "A/RES/78/908" and r["paragraph"] == "3"]
    assert [(r["receiver"], r["recurrence"], r["every"]) for r in annual] == [
        ("General Assembly", "annually", "1"), ("Human Rights Council", "annually", "1")]
    # --session: only the reports due then, one row each
    p = resparse_cli("mandates", FIXTURES / "A_RES_78_182.txt", "--reports", "--session", "80", "--csv", "-")
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert rows and {r["due_session"] for r in rows} == {"80"}


# ---------------------------------------------------------------- whose report it is

def test_an_item_s_own_later_verb_takes_its_report_from_the_chapeau_s_actor():
    # A/RES/78/111 3 (copied whole): "Requests the Special Committee ...: (b) To consider ... the question of the
    # implementation of the provisions of the Charter ... relating to assistance to third States ..., and requests
    # the Secretary-General to submit his next report on this issue to the General Assembly at its eightieth
    # session": the report is the Secretary-General's; the Special Committee's action ends before "and requests"
    items = [m for m in extract(resparse.parse(FIXTURES / "A_RES_78_111.txt")) if m.kind == "mandate"]
    committee, sg = of(items, "3 (b)", "Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization"), of(items, "3 (b)", "Secretary-General")
    assert len(committee) == 1 and len(sg) == 1
    assert committee[0].reports == [] and committee[0].report is None
    assert committee[0].action.endswith("the proposals submitted on the question")
    assert "eightieth" not in " ".join(d.text for d in committee[0].deadlines)
    assert readings(sg[0]) == [("General Assembly", "at its eightieth session", 80)]
    assert sg[0].chapeau is None


def test_someone_the_action_encourages_to_report_and_a_report_asked_through_another(several):
    # A/RES/78/253 XII.3: "including through encouraging staff to report such abuses": the staff's reporting, no
    # report asked of the Secretary-General (the rule read "encourage" but not "encouraging" before)
    assert [m.reports for m in of(several, "15")] == [[]]
    # A/RES/78/44 5: "... and also to continue to encourage Member States to consider the convening of ..., and to
    # report thereon to the General Assembly at its seventy-ninth session": the Secretary-General's report
    (m,) = of(several, "14")
    assert readings(m) == [("General Assembly", "at its seventy-ninth session", 79)]
    # A/RES/79/245 8: "requests the Advisory Committee to request the Board of Auditors to ... report thereon in its
    # future reports": the report and its time are the Board's, not the Committee's (a lead's decision of the
    # twenty-seventh session, tests/labels/GUIDELINE.md; tests/labels/mandates_hard.part2.jsonl n 135 relabelled: the
    # Committee's request carries no report, the Board has no mandate of its own); until then the Committee carried it
    committee = [m for m in of(several, "12") if m.actor.startswith("Advisory Committee")]
    assert committee and [(m.reports, [d.text for d in m.deadlines]) for m in committee] == [([], [])]


# ---------------------------------------------------------------- the timeline from the corpus database

def test_the_timeline_from_the_database_is_the_timeline_of_the_files(tmp_path):
    from resparse import corpus

    from conftest import TEXTS

    d = tmp_path / "texts"
    d.mkdir()
    files = [FIXTURES / "A_RES_78_182.txt", FIXTURES / "A_RES_78_111.txt", TEXTS / "A_RES_71_280.txt", SEVERAL,
             FIXTURES / "A_RES_79_125.txt"]
    for f in files:
        (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    corpus.build([d], db, jobs=1)
    for extra in ([], ["--json"]):
        from_files = resparse_cli("mandates", *sorted(d.iterdir()), "--timeline", *extra)
        from_db = resparse_cli("mandates", "--db", db, "--timeline", *extra)
        assert from_files.returncode == from_db.returncode == 0, from_db.stderr
        if extra:
            key = lambda r: (r["document"], r["paragraph"], r["actor"], r["deadline"]["text"])  # noqa: E731
            files_rows, db_rows = json.loads(from_files.stdout), json.loads(from_db.stdout)
            assert sorted(map(key, files_rows)) == sorted(map(key, db_rows)) and len(db_rows) > 40
        else:
            rows = lambda out: sorted(l for l in out.splitlines()[1:] if l.strip())  # noqa: E731
            assert rows(from_files.stdout) == rows(from_db.stdout)
            assert "(report to Commission on the Status of Women)" in from_db.stdout
            assert "at its seventy-ninth session  (renewed by A/RES/79/125 9)" in from_db.stdout
            head = lambda out: out.splitlines()[0].split(": ", 1)[1]  # noqa: E731
            assert head(from_files.stdout) == head(from_db.stdout)
    # and the reports, with a second report of one clause, the same way
    from_files = resparse_cli("mandates", *sorted(d.iterdir()), "--reports", "--session", "80")
    from_db = resparse_cli("mandates", "--db", db, "--reports", "--session", "80")
    assert sorted(from_files.stdout.splitlines()[1:]) == sorted(from_db.stdout.splitlines()[1:])


# ---------------------------------------------------------------- a report asked again by a later resolution

def test_a_report_asked_again_by_the_next_resolution_on_the_item_is_linked_to_it():
    # A/RES/78/111 10 and A/RES/79/125 9 (both copied whole; "Report of the Special Committee on the Charter of the
    # United Nations and on the Strengthening of the Role of the Organization"): "Requests the Special Committee to
    # submit a report on its work to the General Assembly at its seventy-ninth / eightieth session"
    old, new = FIXTURES / "A_RES_78_111.txt", FIXTURES / "A_RES_79_125.txt"
    out = resparse_cli("mandates", old, new, FIXTURES / "A_RES_78_182.txt", "--reports").stdout
    row = next(line for line in out.splitlines() if "A/RES/78/111 10 " in line)
    assert row.endswith("Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization → General Assembly: at its seventy-ninth session  (renewed by A/RES/79/125 9)")
    assert "(renewed by A/RES/79/125 18)" in out  # the Secretary-General's report on the Repertory
    assert not [line for line in out.splitlines() if ("A/RES/79/125" in line.split("→")[0] or "A/RES/78/182" in line)
                and "renewed" in line]  # the latest resolution, and another item's
    assert "renewed" not in resparse_cli("mandates", old, "--reports").stdout  # one resolution: nothing to link
    rows = list(csv.DictReader(io.StringIO(resparse_cli("mandates", old, new, "--reports", "--csv", "-").stdout)))
    assert {(r["document"], r["paragraph"]): r["renewed_by"] for r in rows}[("A/RES/78/111", "10")] == "A/RES/79/125 9"
    assert {r["renewed_by"] for r in rows if r["document"] == "A/RES/79/125"} == {""}


def test_a_renewal_needs_the_same_title_actor_receiver_and_wording():
    from dataclasses import replace

    from resparse.mandates.reports import renewals

    items = [m for f in ("A_RES_78_111.txt", "A_RES_79_125.txt") for m in extract(resparse.parse(FIXTURES / f))
             if m.kind == "mandate" and m.reports]
    titles = {m.document: t for m, t in zip(items, [resparse.parse(FIXTURES / "A_RES_78_111.txt").title] * len(items))}
    ((first, later),) = [(m, n) for m in items for n in items if m.document == "A/RES/78/111" and m.paragraph == "10"
                         and n.document == "A/RES/79/125" and n.paragraph == "9"]
    assert renewals([first, later], titles)[id(first)] is later
    # "to report to the General Assembly ... on the implementation of the present resolution" recurs word for word in
    # resolutions on other subjects: another title is no renewal
    assert renewals([first, later], {**titles, "A/RES/79/125": "Persons with albinism"}) == {}
    # another receiver, another actor, other words: none either
    assert renewals([first, replace(later, reports=[replace(later.report, to="Human Rights Council")], report=None)],
                    titles) == {}
    assert renewals([first, replace(later, actor_key="secretary-general")], titles) == {}
    assert renewals([first, replace(later, action="to submit a report on the Repertory of Practice of United Nations "
                                                  "Organs to the General Assembly at its eightieth session")], titles) == {}


def test_a_report_asked_of_states_with_no_receiver_named_does_not_go_to_the_assembly():
    # a fresh-user trial: `--reports --session 81` listed States' national reports as due to the General Assembly
    # (88 such reports in the corpus): with no receiver named, a State's or a non-UN actor's report goes to the body
    # of its treaty or process (data/reports_elsewhere.txt), a UN actor's to the Assembly, as before
    text = mini_resolution(
        # A/RES/78/48 6 (Arms Trade Treaty: its article 13)
        "Calls upon all States parties to submit and encourages them to make available, in a timely manner, and to "
        "update, as appropriate, their initial reports, as well as their annual reports for the preceding calendar "
        "year, as required under article 13 of the Treaty, thereby enhancing confidence, transparency, trust and "
        "accountability;",
        # A/RES/78/270 3 (Kimberley Process)
        "Notes that the annual reporting process on Kimberley Process Certification Scheme implementation is the main "
        "comprehensive and regular source of information on the implementation of the Kimberley Process provided by "
        "participants, and calls upon participants to submit consistent and substantive annual reports in order to "
        "conform to this requirement;",
        # a State named: A/RES/78/220 4's kind, shortened
        "Urges the Islamic Republic of Iran to submit its overdue periodic reports;",
        # the Secretary-General with no body named: the Assembly, as before (A/RES/78/100 8's kind)
        "Requests the Secretary-General to report on the implementation of the present resolution;",
        # a State that names its receiver keeps it
        "Calls upon Member States to report to the Economic and Social Council on the measures taken;",
    )
    got = [(m.paragraph, m.actor, [r.to for r in m.reports]) for m in extract(resparse.parse_text(text))
           if m.kind == "mandate" and m.reports]
    # (1: the reports "as required under article 13 of the Treaty" are the Treaty's own reporting, no report the
    # resolution asks: tests/labels/mandates_fresh7 unit 86, tests/test_mandates_reports_fresh7.py)
    assert got == [
        ("2", "participants", ["not stated"]),
        ("3", "Iran (Islamic Republic of)", ["not stated"]),
        ("4", "Secretary-General", ["General Assembly"]),
        ("5", "Member States", ["Economic and Social Council"]),
    ]


# ---------------------------------------------------------------- reports read wrong by a fresh user's trial

READ = FIXTURES / "mandates-reports-read.txt"  # real paragraphs, adopted 10 December 2025: 1 A/RES/80/12 1, 2 80/193
# 49, 3 78/182 34, 4 79/214 29, 5 78/190 71, 6 80/131 4, 7 78/169 11, 8 79/63 7, 9 79/250 20, 10 78/217 32,
# 11 78/143 4, 12 78/257 24


@pytest.fixture(scope="module")
def read():
    return [m for m in extract(resparse.parse(READ)) if m.kind == "mandate"]


def reports_in(items, label):
    return [(m.actor, r.to, r.when, r.recurrence, r.session) for m in of(items, label) for r in m.reports]


def test_the_receiver_of_provide_x_with_a_report(read):
    # A/RES/80/12 1: "to provide the Secretary-General, by 30 April annually, with a report on their military
    # expenditures": the indirect object receives it (was "not stated", the Member States' default)
    assert reports_in(read, "1") == [("Member States", "Secretary-General", "by 30 April", "annually", None)]


def test_a_contribution_to_someone_else_s_report_is_no_report(read):
    # 80/193 49 "to share information on the same for inclusion in forthcoming reports", 78/182 34 "to all stakeholders
    # who provide input to his reports", 79/214 29 "to share findings ... with UN-Habitat, to be included in a report
    # on the midterm review", 78/190 71 "providing information ... in order to contribute to the preparation of future
    # reports to the General Assembly": each was a report of the actor's
    for label in ("2", "3", "4", "5"):
        assert reports_in(read, label) == [], label


def test_a_report_brought_in_by_in_a_and_the_actor_s_own_report_named_by_its_author(read):
    # 80/131 4 "to communicate such views in a summary report of the Secretariat to the General Assembly at its
    # eighty-first session"; 78/169 11, asked of the Secretary-General: "to include a special section ... in the report
    # of the Secretary-General on agriculture development ..." (missed: a report "of" someone was always theirs)
    assert reports_in(read, "6") == [("Secretary-General", "General Assembly", "at its eighty-first session", None, 81)]
    assert reports_in(read, "7") == [("Secretary-General", "General Assembly", "at its eightieth session", None, 80)]
    # but not a report cited as the source of someone's work: 78/143 4 "the initial work of the World Bank presented
    # in the report of the Secretary-General"
    assert reports_in(read, "11") == []
    # A/RES/79/1 annex I 71 (the Pact for the Future): "to reflect this in the report of the Secretary-General on
    # progress made ... ahead of the WSIS+20 review", asked of the Secretary-General
    pact = [m for m in extract(resparse.parse(FIXTURES / "A_RES_79_1.txt")) if m.paragraph == "annex I 71"]
    assert [(r.to, r.when) for m in pact for r in m.reports] == [("General Assembly", "ahead of the WSIS+20 review")]


def test_a_recurrence_belongs_to_the_action_it_modifies(read):
    # 79/63 7 "to continue to implement annually the programme ... and to report thereon to the General Assembly at its
    # eighty-first session": one report, at the 81st; 79/250 20 "to continue to update the composition ... on a
    # triennial basis, ..., and to report thereon": the update recurs
    assert reports_in(read, "8") == [("Secretary-General", "General Assembly", "at its eighty-first session", None, 81)]
    assert [(r.recurrence, r.every) for m in of(read, "9") for r in m.reports] == [(None, None)]
    # the report's own recurrence still counts, before or after its verb
    assert report_of("to continue, on an annual basis, to report to the General Assembly", []).every == 1
    assert report_of("to submit, on a biennial basis, a report to the General Assembly", []).every == 2


def test_two_bodies_at_their_sessions_respectively(read):
    # 78/217 32 "to submit to the General Assembly and the Human Rights Council at their eightieth and sixty-first
    # sessions, respectively, a comprehensive report": the Assembly's at its 80th, the Council's at its own 61st
    # (undated); no session list of the Assembly from the 61st to the 80th
    when = "at their eightieth and sixty-first sessions, respectively"
    assert reports_in(read, "10") == [("Secretary-General", "General Assembly", when, None, 80),
                                      ("Secretary-General", "Human Rights Council", when, None, None)]
    assert [r.every for m in of(read, "10") for r in m.reports] == [None, None]
    # 78/257 24 "to report to the General Assembly, including on projected needs of the Peacebuilding Fund, at its
    # eighty-fourth session": the Assembly's session, not the Fund's
    assert reports_in(read, "12") == [("Secretary-General", "General Assembly", "at its eighty-fourth session", None,
                                       84)]


def test_the_timeline_dates_each_body_s_report_by_its_own_session():
    # 78/217 32: the report to the Assembly at its eightieth session (2025-09); the Council's sixty-first is its own,
    # not dated by the Assembly's calendar (the row was listed in 2025-09 too), but by the Council's (February 2026,
    # data/body_sessions.txt: branch trialfix29b)
    out = resparse_cli("mandates", READ, "--timeline").stdout
    rows = [line for line in out.splitlines() if "respectively" in line]
    assert [row.split()[0] for row in rows] == ["2025-09", "2026-02"]
    assert "report to General Assembly" in rows[0] and "report to Human Rights Council" in rows[1]
