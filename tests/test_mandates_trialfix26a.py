"""Reports a trial of the mandate review found missed or misdated (counting the reports due per session over the 902
corpus files), each on the real paragraph:

1. the same body named again later in the report's words with a time of its own is a second report ("to report to
   the General Assembly at its seventy-ninth session, through the Economic and Social Council, on ..., and to the
   Assembly at its eightieth session on ...", A/RES/79/229 13);
2. a report for consideration under an item is due at the session whose agenda the same paragraph puts it on
   (A/RES/78/331 16, 79/213 6), or at which the paragraph decides to consider the question (79/215 20);
3. "to the Economic and Social Council, and to the subsequent session of the General Assembly": the Assembly's
   session after the Council's time (A/RES/79/203 18, 80/136 22);
4. a due date counted from the adopting session ("every five years", no start written: A/RES/80/243 I.3) is marked
   as counted in ``--reports`` and its CSV;
5. a report named by its author with the session it is to be presented at, the subject of a "that"-clause, is asked
   of its author (A/RES/79/257 58, 74);
6. documents drafted for a body under another name (options proposed, a review, an implementation plan) are reports,
   and a Council session named by its year dates them (A/RES/79/245 14, 78/253 XII.12; A/RES/72/279, outside the
   corpus, from the trial's excerpt);
7. the channel of a report sent "through" a body with no other receiver is in the CSV's channel column (A/RES/80/173
   adopted 124);
8. each row of ``--reports`` shows the words of its own report (A/RES/78/182 47, also from the corpus database).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract
from resparse.mandates.reports import counted_from_adoption

from conftest import mini_resolution

FIXTURES = Path(__file__).parent / "fixtures"


def cli(*args) -> str:
    done = subprocess.run([sys.executable, "-m", "resparse", *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def readings(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def _one(corpus_mandates, symbol, label, actor="Secretary-General"):
    found = [m for m in corpus_mandates(symbol, label) if m.actor == actor]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- 1. a body named again with its own time

def test_the_assembly_named_again_with_its_own_session_is_a_second_report(corpus_mandates, corpus_dir):
    m = _one(corpus_mandates, "79/229", "13")
    assert readings(m) == [("General Assembly", "at its seventy-ninth session", 79),
                           ("General Assembly", "at its eightieth session", 80)]
    # the channel is the first report's: written in its words, before the second body
    assert [r.via for r in m.reports] == ["Economic and Social Council", None]
    out = cli("mandates", corpus_dir / "A_RES_79_229.txt", "--reports")
    assert "2 reports asked for" in out
    assert "...to the Assembly at its eightieth session on the implementation" in out
    timeline = cli("mandates", corpus_dir / "A_RES_79_229.txt", "--timeline", "--actor", "SG")
    assert "at its seventy-ninth session (report to General Assembly)" in timeline
    assert "at its eightieth session (report to General Assembly)" in timeline


# ---------------------------------------------------------------- 2. the item's session

def test_a_report_for_an_item_is_due_at_the_session_whose_agenda_holds_it(corpus_mandates):
    # A/RES/78/331 16: "Decides to include in the provisional agenda of its seventy-ninth session the item ..., and
    # requests the Secretary-General to continue to submit annual reports ... under the aforementioned item"
    m = _one(corpus_mandates, "78/331", "16")
    assert readings(m) == [("General Assembly", "in the provisional agenda of its seventy-ninth session", 79)]
    assert m.reports[0].every == 1 and m.reports[0].due_at(79) and m.reports[0].due_at(80)
    # A/RES/79/213 6: the decision after the request ("..., and decides to include in the provisional agenda of its
    # eighty-first session ... the sub-item")
    m = _one(corpus_mandates, "79/213", "6")
    assert readings(m) == [("General Assembly", "in the provisional agenda of its eighty-first session", 81)]
    # A/RES/79/215 20: "Decides to continue considering the international economic situation ... at its eighty-first
    # session, and in that regard requests the Secretary-General to include in his report ..."
    m = _one(corpus_mandates, "79/215", "20")
    assert readings(m) == [("General Assembly", "at its eighty-first session", 81)]


def test_a_report_with_its_own_time_keeps_it_beside_an_agenda_decision(corpus_mandates):
    # A/RES/78/218 26 (the examination's session, as before): both reports due at the seventy-ninth session
    assert [r.session for m in corpus_mandates("78/218", "26") for r in m.reports] == [79, 79]


# ---------------------------------------------------------------- 3. the subsequent session

@pytest.mark.parametrize("symbol, label", [("79/203", "18"), ("80/136", "22")])
def test_the_subsequent_session_of_the_assembly_follows_the_councils_time(corpus_mandates, symbol, label):
    # "beginning from 2026, to submit an annual report to the Economic and Social Council, and to the subsequent
    # session of the General Assembly": the Council's 2026 session, then the Assembly's eighty-first
    m = _one(corpus_mandates, symbol, label)
    assert readings(m) == [("Economic and Social Council", "beginning from 2026", None),
                           ("General Assembly", "the subsequent session of the General Assembly", 81)]  # (branch mfix12)
    assert [r.due_at(80) for r in m.reports] == [False, False]
    assert m.reports[1].due.date == "2026-09" and m.reports[1].every == 1


# ---------------------------------------------------------------- 4. a counted date is marked

def test_a_due_date_counted_from_the_adoption_is_marked(corpus_mandates, corpus_dir):
    # A/RES/80/243 I.3: "to submit his report ... to the General Assembly every five years", no start written
    m = _one(corpus_mandates, "80/243", "I.3")
    assert counted_from_adoption(m.reports[0]) and m.reports[0].session == 85
    dated = _one(corpus_mandates, "80/243", "V.10")
    assert not counted_from_adoption(dated.reports[0])
    out = cli("mandates", corpus_dir / "A_RES_80_243.txt", "--reports")
    lines = out.splitlines()
    assert any(line.split()[:2] == ["2030-09*", "I.3"] for line in lines)
    assert any(line.split()[:2] == ["2026-09", "V.10"] for line in lines)
    assert lines[-1].startswith("* no time in the text")
    rows = list(csv.DictReader(io.StringIO(cli("mandates", corpus_dir / "A_RES_80_243.txt", "--reports", "--csv", "-"))))
    counted = {r["paragraph"]: r["due_counted"] for r in rows}
    assert (counted["I.3"], counted["V.10"]) == ("True", "False")


# ---------------------------------------------------------------- 5. a report named with its session

@pytest.mark.parametrize("label", ["58", "74"])
def test_a_report_named_with_the_session_it_is_presented_at_is_asked_of_its_author(label):
    # A/RES/79/257 58: "requests that the report of the Secretary-General on strengthening the effectiveness of the
    # regular programme of technical cooperation, to be presented at its eightieth session, reflect the following
    # elements"
    items = [m for m in extract(resparse.parse(FIXTURES / "A_RES_79_257.txt"))
             if m.kind == "mandate" and m.paragraph == label]
    assert [(m.actor, readings(m)) for m in items] == [
        ("Secretary-General", [("General Assembly", "at its eightieth session", 80)])]


# ---------------------------------------------------------------- 6. documents by another name

def test_options_proposed_to_a_body_are_a_report(corpus_mandates):
    # A/RES/79/245 14: "... and also requests the Secretary-General to propose options to the Assembly for the
    # allocation of these generated interest revenues at the main part of the eightieth session of the Assembly"
    ms = [m for m in corpus_mandates("79/245", "14") if m.actor == "Secretary-General"]
    assert [readings(m) for m in ms] == [
        [("General Assembly", None, None)],
        [("General Assembly", "at the main part of the eightieth session of the Assembly", 80)]]
    # A/RES/78/253 XII.12: "to propose options for consideration by the General Assembly at the first part of its
    # resumed eightieth session"
    m = _one(corpus_mandates, "78/253", "XII.12")
    assert readings(m) == [("General Assembly", "at the first part of its resumed eightieth session", 80)]


def test_what_is_no_document_for_a_body_stays_no_report(corpus_mandates):
    # A/RES/78/158 25: recommendations "to be included in the report of the Secretary-General to be submitted to the
    # General Assembly": a contribution to another's report
    assert [m.reports for m in corpus_mandates("78/158", "25")] == [[]]
    # A/RES/79/193 3: "to conduct consultations ... regarding a possible update of the programme of activities ..., for
    # consideration by the General Assembly": the update is no object of "conduct"
    assert [m.reports for m in corpus_mandates("79/193", "3")] == [[]]
    # A/RES/79/323 annex 59 (q): "to provide recommendations to overcome these obstacles": "to" no body
    assert all(m.reports == [] for m in corpus_mandates("79/323", "annex 59 (q)"))


# the paragraphs of A/RES/72/279 as the trial's excerpt gives them (outside the corpus; the excerpt renumbered them:
# here the resolution's own numbers in the comments)
_72_279 = mini_resolution(
    # 4
    "Further requests the Secretary-General, in pursuance of General Assembly resolution 71/243, to conduct a review "
    "of the configuration, capacity, resource needs, role and development services of multi-country offices, in full "
    "consultation with the countries involved, to improve the contribution of the offices to country progress in "
    "achieving the 2030 Agenda, to be presented to the Economic and Social Council at the operational activities for "
    "development segment of its 2019 session;",
    # 13
    "Requests the Secretary-General, in consultation with the United Nations development system entities, to present "
    "an implementation plan for the inception of the reinvigorated resident coordinator system, including on the "
    "operationalization of its funding arrangements, to the General Assembly, before the end of the seventy-second "
    "session;",
    # 16
    "Also requests the Secretary-General to submit for the consideration of the General Assembly, before the end of "
    "its seventy-fifth session, a review with recommendations on the functioning of the reinvigorated resident "
    "coordinator system, including its funding arrangement;",
    # 19
    "Emphasizes the need to address gaps and overlaps at the regional level, and endorses a phased approach to "
    "revamping the United Nations development system at the regional level, and in this regard requests the "
    "Secretary-General:",
    "(a) To implement, as part of the first phase, the proposed measures to optimize functions and enhance "
    "collaboration at the regional and subregional levels;",
    "(b) To provide options, on a region-by-region basis, for longer-term reprofiling and restructuring of the "
    "regional assets of the United Nations to the Economic and Social Council at the operational activities for "
    "development segment of its 2019 session;",
).replace("1 January 2020", "31 May 2018")  # adopted on 31 May 2018, in the seventy-second session


def test_a_review_a_plan_and_options_for_a_body_are_reports_dated_by_its_session():
    items = [m for m in extract(resparse.parse_text(_72_279)) if m.kind == "mandate" and m.reports]
    got = {m.paragraph: [(r.to, r.when, r.due.date if r.due else None) for r in m.reports] for m in items}
    segment = "at the operational activities for development segment of its 2019 session"
    assert got == {
        "1": [("Economic and Social Council", segment, "2019")],
        "2": [("General Assembly", "before the end of the seventy-second session", "2018-09")],
        "3": [("General Assembly", "before the end of its seventy-fifth session", "2021-09")],
        "4 (b)": [("Economic and Social Council", segment, "2019")],
    }


# ---------------------------------------------------------------- 7. the channel

def test_a_report_through_a_body_names_it_as_the_channel_in_the_csv():
    # A/RES/80/173 adopted 124: "to submit, through the Commission on Science and Technology for Development, a
    # biennial report": the Commission receives it (tests/labels: the body named) and is its channel
    rows = list(csv.DictReader(io.StringIO(cli("mandates", FIXTURES / "A_RES_80_173.txt", "--reports", "--csv", "-"))))
    (row,) = [r for r in rows if r["paragraph"] == "adopted 124"]
    cstd = "Commission on Science and Technology for Development"
    assert (row["receiver"], row["channel"], row["recurrence"]) == (cstd, cstd, "biennial")


# ---------------------------------------------------------------- 8. each report its own words

def test_each_report_row_shows_its_own_words_from_the_files_and_the_database(tmp_path):
    # A/RES/78/182 47: "to provide an oral report to the Commission on the Status of Women at its sixty-eighth and
    # sixty-ninth sessions and to report to the General Assembly at its eightieth session"
    shutil.copy(FIXTURES / "A_RES_78_182.txt", tmp_path)
    db = tmp_path / "c.sqlite"
    subprocess.run([sys.executable, "-m", "resparse", "corpus", "build", tmp_path, "--db", db, "--jobs", "1",
                    "--quiet"], capture_output=True, text=True, check=True)
    for args in (("--db", db, "--reports", "--session", "80", "--actor", "SG"),
                 (tmp_path / "A_RES_78_182.txt", "--reports")):
        lines = cli("mandates", *args).splitlines()
        at = next(i for i, line in enumerate(lines) if " 47 " in line and "→ General Assembly" in line)
        assert lines[at + 1].strip().startswith("...to report to the General Assembly at its eightieth session")
        women = [i for i, line in enumerate(lines) if " 47 " in line and "→ Commission on the Status of Women" in line]
        assert all(lines[i + 1].strip().startswith("to provide an oral report") for i in women)
