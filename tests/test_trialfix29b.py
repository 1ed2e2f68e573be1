"""What a new user's trial of the twenty-ninth session found wrong in reports and deadlines (branch trialfix29b), each
kind on real text: the sessions of another body whose calendar is fixed (the Human Rights Council, the Commission on
the Status of Women, the Commission on Crime Prevention and Criminal Justice ...: data/body_sessions.txt) dated as the
Assembly's are, a session the text names as the Assembly's read as the Assembly's whoever receives the report, and a
time inside "taking into consideration" an event the event's. Paragraphs copied from ../shared/corpus/texts into
tests/fixtures/kinds_trialfix29b/paragraphs.md, two whole resolutions (A/RES/78/215, 78/227) beside them."""

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copied_mandates, copied_paragraph, mandates_by_symbol, mini_resolution
import resparse
from resparse import data
from resparse.mandates import extract
from resparse.mandates.deadlines import body_session_dates, find
from resparse.render.mandates import dated

FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix29b"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FOLDER)


def reports(symbol, label):
    return [r for m in copied_mandates(FOLDER, symbol, label) for r in m.reports]


def report_to(symbol, label, to):
    found = [r for r in reports(symbol, label) if r.to == to]
    assert found, (symbol, label, to, [r.to for r in reports(symbol, label)])
    return found[0]


# -- 1. the calendar of another body's sessions


def test_the_council_meets_three_times_a_year_from_its_fourth_session():
    # the sources of data/body_sessions.txt: the fourth session in March 2007, the sixty-first from 23 February to 31
    # March 2026, the fifty-ninth in June-July 2025 ("Council resolution 59/22 of 8 July 2025", A/RES/80/223 21)
    assert body_session_dates("Human Rights Council", 4) == ("2007-02", "2007-04")
    assert body_session_dates("Human Rights Council", 61) == ("2026-02", "2026-04")
    assert body_session_dates("Human Rights Council", 59) == ("2025-06", "2025-07")
    assert body_session_dates("Human Rights Council", 63) == ("2026-09", "2026-10")
    assert body_session_dates("Human Rights Council", 3) is None  # 2006: before the calendar the file dates


def test_a_body_without_a_certain_calendar_is_not_dated():
    assert body_session_dates("Commission on the Status of Women", 70) == ("2026-03", "2026-03")  # trialfix29d: March
    assert body_session_dates("International Law Commission", 77) is None
    assert body_session_dates("Council", 60) is None  # a short name: which council is not known here


def test_every_council_resolution_the_corpus_cites_falls_in_its_session(corpus_dir):
    """The Council's resolutions the corpus cites with their date ("Council resolution 59/22 of 8 July 2025") are
    adopted in the months data/body_sessions.txt gives their session; the one exception the file names, the
    forty-third session, suspended in March 2020 and resumed in June."""
    months = {m: i + 1 for i, m in enumerate("January February March April May June July August September October "
                                             "November December".split())}
    cited = set()
    for path in corpus_dir.glob("*.txt"):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for m in re.finditer(r"Council resolutions? (\d{1,2})/\d+ of \d{1,2} ([A-Z][a-z]+) ((?:19|20)\d\d)", text):
            cited.add((int(m.group(1)), m.group(2), m.group(3)))
    assert len(cited) > 20
    outside = []
    for n, month, year in sorted(cited):
        span = body_session_dates("Human Rights Council", n)
        if span is None:
            continue
        when = f"{year}-{months[month]:02d}"
        if not span[0] <= when <= span[1]:
            outside.append(n)
    assert outside in ([], [43]), outside


def test_the_data_file_names_its_sources():
    # each calendar of the file cited in its header ("# - <name>: ..."), read from the repository's copy
    text = (Path(__file__).parents[1] / "src" / "resparse" / "data" / "body_sessions.txt").read_text(encoding="utf-8")
    names = [line.split("|")[0].strip() for line in data.sections("body_sessions.txt")["calendars"]]
    assert len(names) >= 6
    for name in names:
        assert f"# - {name}:" in text, name


# -- 2. reports due at those sessions


def test_an_interim_report_to_the_council_is_due_at_its_session():
    # A/RES/80/223 21: "and to submit for consideration an interim report to the Human Rights Council at its
    # sixty-second session" (June 2026); the Assembly's report at its eighty-first session as before
    council = report_to("80/223", "21", "Human Rights Council")
    assert (council.when, council.due.start, council.due.end, council.due.body) == (
        "at its sixty-second session", "2026-06", "2026-07", "Human Rights Council")
    assert council.session is None  # no Assembly session
    assembly = report_to("80/223", "21", "General Assembly")
    assert (assembly.due.start, assembly.session) == ("2026-09", 81)


def test_a_report_to_the_assembly_and_to_the_council_each_at_its_own_session():
    council = report_to("80/192", "69", "Human Rights Council")  # "... and to the Human Rights Council at its
    assert council.due.start == "2026-06"                         # sixty-second session, reports on ..."


def test_sessions_listed_respectively_date_each_body_by_its_own_calendar():
    # A/RES/78/217 32: "at their eightieth and sixty-first sessions, respectively"
    assert report_to("78/217", "32", "General Assembly").session == 80
    council = report_to("78/217", "32", "Human Rights Council")
    assert (council.due.start, council.due.end, council.session) == ("2026-02", "2026-04", None)
    # A/RES/80/218 32: "at their eighty-second and sixty-sixth sessions, respectively": the Council's third of 2027
    assert report_to("80/218", "32", "Human Rights Council").due.start == "2027-09"


def test_oral_reports_to_the_commission_on_the_status_of_women_are_dated_by_its_sessions():
    # A/RES/79/152 17: "at its sixty-ninth and seventieth sessions" (March 2025, March 2026); no Assembly sessions
    # listed; each session an occasion, every year, as a list of the Assembly's sessions or of years is (the thirtieth
    # session, branch mfix11, changed ``every`` on purpose: it was None)
    r = report_to("79/152", "17", "Commission on the Status of Women")
    assert (r.due.start, r.due.end, r.session, r.every, r.last) == ("2025-03", "2026-03", None, 1, None)
    assert r.occasions == ["2025-03", "2026-03"]
    # A/RES/80/186 43: "at its seventieth and seventy-first sessions and to report to the General Assembly at its
    # eighty-second session"
    r = report_to("80/186", "43", "Commission on the Status of Women")
    assert (r.due.start, r.due.end) == ("2026-03", "2027-03")
    assert report_to("80/186", "43", "General Assembly").session == 82


def test_an_its_session_after_the_councils_is_the_councils_and_dated():
    # A/RES/80/199 32: "to the Human Rights Council at its relevant sessions, starting from its sixty-fourth session"
    ms = copied_mandates(FOLDER, "80/199", "32")
    times = {(d.text, d.type, d.start, d.end, d.body) for m in ms for d in m.deadlines}
    assert ("starting from its sixty-fourth session", "from", "2027-02", None, "Human Rights Council") in times
    assert ("at its relevant sessions", "at", None, None, "Human Rights Council") in times  # no ordinal, no date


def test_a_report_through_the_commission_is_due_at_its_session_not_an_assembly_one():
    # A/RES/79/186 26: "to report thereon to the General Assembly through the Commission on Crime Prevention and
    # Criminal Justice at its thirty-fourth session": due May 2025, at no Assembly session
    r = report_to("79/186", "26", "General Assembly")
    assert (r.due.start, r.due.body, r.session) == ("2025-05", "Commission on Crime Prevention and Criminal Justice", None)


def test_a_body_whose_name_holds_and_is_one_body(rows):
    # A/RES/78/227 16 (whole resolution, adopted 19 December 2023): "to report to the Commission on Crime Prevention and
    # Criminal Justice at its thirty-fourth session" (was read as "Criminal Justice", no body, undated)
    (m,) = [m for m in rows["A/RES/78/227"] if m.paragraph == "16" and m.kind == "mandate"]
    assert (m.deadline.start, m.deadline.body) == ("2025-05", "Commission on Crime Prevention and Criminal Justice")
    assert m.reports[0].due.start == "2025-05"


def test_other_bodies_sessions_stay_undated():
    # A/RES/80/227 20: "the Conference of the Parties to the Organized Crime Convention at its thirteenth session": no
    # calendar; A/RES/79/167 28: "at the sixtieth session of the Council" (the Council by its short name)
    for symbol, label, written in (("80/227", "20", "at its thirteenth session"), ("79/167", "28", "at the sixtieth session")):
        ds = [d for m in copied_mandates(FOLDER, symbol, label) for d in m.deadlines if d.text == written]
        assert ds, (symbol, label)
        assert all(d.start is None and d.body for d in ds), ds


def test_the_listing_names_the_body_whose_calendar_dates_the_session():
    (d,) = [d for d in find("and to submit an interim report to the Human Rights Council at its sixty-second session",
                            adopted="2025-12-15")]
    assert dated(d) == "at its sixty-second session (a session of the Human Rights Council: 2026-06 to 2026-07)"


def test_the_reports_csv_dates_the_councils_report():
    # A/RES/78/215 26 (whole resolution): the Council's sixty-first session, February-April 2026
    out = subprocess.run([sys.executable, "-m", "resparse", "mandates", str(FOLDER / "A_RES_78_215.txt"), "--reports",
                          "--csv", "-"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rows_ = [r for r in csv.DictReader(io.StringIO(out.stdout)) if r["paragraph"] == "26"]
    by_receiver = {r["receiver"]: r for r in rows_}
    assert (by_receiver["Human Rights Council"]["due"], by_receiver["Human Rights Council"]["due_session"]) == ("2026-02", "")
    assert (by_receiver["General Assembly"]["due"], by_receiver["General Assembly"]["due_session"]) == ("2025-09", "80")


# -- 3. a session the text names as the Assembly's


def test_a_report_to_the_secretary_general_for_the_assemblys_session_is_due_at_it():
    # A/RES/79/204 13: "to submit to the Secretary-General a report ..., for consideration by the General Assembly at its
    # eighty-first session": the Secretary-General receives it (GUIDELINE: "To submit to the Secretary-General
    # information" is a report to him), due at the Assembly's eighty-first session (--reports --session 81 lists it)
    r = report_to("79/204", "13", "Secretary-General")
    assert (r.when, r.session, r.due.start) == ("at its eighty-first session", 81, "2026-09")


# -- 4. a time inside a participle phrase of consideration


def test_the_year_of_an_event_taken_into_consideration_is_the_events():
    # A/RES/78/131 7: "taking into consideration the midterm review in the Commission in 2024": no deadline of the States
    (m,) = copied_mandates(FOLDER, "78/131", "7")
    assert m.actor == "Member States" and m.deadlines == []


def test_at_their_earliest_convenience_is_from_the_adoption_by_the_guideline():
    # A/RES/78/163 34: "to ratify, at their earliest convenience, the Multilateral Agreement": a deadline (GUIDELINE,
    # "at its earliest opportunity", "at their earliest convenience" are deadlines), of type "immediately", from the
    # adoption on (docs/mandates.md: `immediately` -> from the adoption)
    ds = [d for m in copied_mandates(FOLDER, "78/163", "34") for d in m.deadlines if "earliest convenience" in d.text]
    assert ds and all(d.type == "immediately" and d.start == "2020-01" for d in ds)  # mini_resolution: 1 January 2020


# -- 5. decided by the guideline, unchanged


def test_the_sdg_progress_reports_stay_a_report_to_the_assembly():
    # A/RES/80/191 26 (as 78/189 25, GUIDELINE: the report is issued to the Assembly and the Council together)
    assert [r.to for r in reports("80/191", "26")] == ["General Assembly"]


def test_a_report_under_an_item_keeps_the_agendas_session_words():
    # A/RES/78/331 16 (GUIDELINE, the twenty-sixth session: "The report's `when` is the words that name the session")
    (r,) = reports("78/331", "16")
    assert (r.when, r.session, r.every) == ("in the provisional agenda of its seventy-ninth session", 79, 1)


# -- 6. the actor's own session


@pytest.mark.parametrize("symbol, label, actor, written, start, end", [
    # A/RES/80/225 11: "Requests the Commission on Crime Prevention and Criminal Justice to give high priority at its
    # thirty-fifth session to considering the outcome of the Fifteenth Congress": May 2026
    ("80/225", "11", "Commission on Crime Prevention and Criminal Justice", "at its thirty-fifth session", "2026-05",
     "2026-05"),
    # A/RES/79/154 9: "Encourages the Commission on the Status of Women to consider addressing ... at its sixty-ninth and
    # seventieth sessions": March 2025 to March 2026
    ("79/154", "9", "Commission on the Status of Women", "at its sixty-ninth and seventieth sessions", "2025-03",
     "2026-03")])
def test_the_actors_own_session_is_dated_by_its_calendar(symbol, label, actor, written, start, end):
    ms = [m for m in copied_mandates(FOLDER, symbol, label) if m.actor == actor]
    assert ms, [m.actor for m in copied_mandates(FOLDER, symbol, label)]
    (d,) = [d for d in ms[0].deadlines if d.text == written]
    assert (d.start, d.end, d.body) == (start, end, actor)


def test_another_actors_its_session_stays_undated():
    # the same words addressed to an actor with no calendar: the session is not its own dated (no body, no date)
    text = copied_paragraph(FOLDER, "80/225", "11").replace("the Commission on Crime Prevention and Criminal Justice",
                                                             "the Secretary-General")
    (other,) = [x for x in extract(resparse.parse_text(mini_resolution(text))) if x.kind == "mandate"]
    assert other.actor == "Secretary-General"
    (d,) = [d for d in other.deadlines if d.text == "at its thirty-fifth session"]
    assert (d.start, d.body) == (None, None)
