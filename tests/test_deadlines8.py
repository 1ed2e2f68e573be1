"""Deadline rows earlier sessions saw wrong and left (the twenty-eighth session, branch deadline8), each on its real
paragraph: copied from ../shared/corpus/texts into tests/fixtures/kinds_deadline8/paragraphs.md and read in a small
resolution adopted on 1 January 2020 (``conftest.mini_resolution``), the clause's words read by
``deadlines.find`` where the paragraph is an annex's (first person, a passive invitation), and the corpus file where
the date of the adoption matters (skipped without ../shared):

1. a year after a report's subject, the report's own time written before the subject, is the subject's ("to report to
   the General Assembly at its eighty-first session on the implementation of the Programme of Assistance in 2026",
   A/RES/80/163 29, 79/120 28, 78/107 29), no second deadline; a report or a review with no time before its subject
   keeps the year (78/130 7, 79/233 annex 356); grammar/attachment.lark ``report_subject``;
2. a span from the adoption of the present text "by the General Assembly" (A/RES/79/233 annex 177: the Programme of
   Action the resolution adopts) is counted from the resolution's adoption; a text's adoption with no agent is
   undated and the timeline says why; grammar/deadlines.lark ``ADOPTION``;
3. a segment named as the report's time (A/RES/79/226 117) stays its deadline, undated (read and kept: the
   twenty-sixth session's decision);
4. the mandates CSV has the deadline's recurrence (``deadline_recurrence``), as --json has it."""

import csv
import io
from functools import partial
from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution

FOLDER = Path(__file__).parent / "fixtures" / "kinds_deadline8"
alone = partial(copied_mandates, FOLDER)  # the mandates of a copied paragraph read alone: alone(symbol, label)


def _times(ms):
    return [[(d.text, d.start, d.end) for d in m.deadlines] for m in ms]


def _sentence(symbol: str, label: str, n: int) -> str:
    """The ``n``th sentence of a copied paragraph (an annex's paragraph of two requests)."""
    return copied_paragraph(FOLDER, symbol, label).split(". ")[n]


# ---------------------------------------------------------------- 1. a year inside a report's subject


def test_the_year_of_a_reports_subject_after_its_session_is_no_second_deadline():
    for symbol, label, session, start in (("A/RES/80/163", "29", "at its eighty-first session", "2026-09"),
                                          ("A/RES/79/120", "28", "at its eightieth session", "2025-09")):
        [m] = alone(symbol, label)
        assert (m.verb, m.actor) == ("requests", "Secretary-General")
        assert [d.text for d in m.deadlines] == [session], symbol  # was the session and "in 2026" ("in 2025")
        assert m.deadline.start == start
        assert [(r.to, r.when) for r in m.reports] == [("General Assembly", session)]


def test_a_report_with_no_time_before_its_subject_keeps_the_year():
    # "a progress report on the implementation of the present resolution in 2025 during the seventy-ninth session":
    # the time of the report written after its subject, the year with it (unchanged)
    sg = next(m for m in alone("A/RES/78/130", "7") if m.actor == "Secretary-General")
    assert _times([sg]) == [[("in 2025", "2025", "2025"),
                             ("during the seventy-ninth session of the General Assembly", "2024-09", "2025-09")]]
    assert sg.reports[0].when == "in 2025"


def test_a_review_of_the_implementation_of_a_programme_in_a_year_keeps_its_year():
    from resparse.mandates import deadlines as dl

    # A/RES/79/233 annex 356: "to consider conducting a comprehensive high-level midterm review of the implementation
    # of the Programme of Action in 2029": the review's only time (unchanged)
    words = _sentence("A/RES/79/233", "annex 356", 0)
    assert [(d.text, d.start) for d in dl.find(words, adopted="2024-12-24")] == [("in 2029", "2029")]


def test_the_corpus_rows_of_the_programme_of_assistance(corpus_mandates):
    for symbol, label in (("80/163", "29"), ("79/120", "28"), ("78/107", "29")):
        [m] = corpus_mandates(symbol, label)
        assert len(m.deadlines) == 1 and "session" in m.deadline.text, symbol


# ---------------------------------------------------------------- 2. the adoption of the present text by the Assembly


def test_a_span_from_the_adoption_of_the_present_programme_by_the_assembly_is_dated():
    from resparse.mandates import deadlines as dl

    words = _sentence("A/RES/79/233", "annex 177", 0)
    [d] = dl.find(words, adopted="2024-12-24")
    assert (d.text, d.type) == ("within six months of the adoption of the present Programme of Action by the General "
                                "Assembly", "within")
    assert (d.start, d.end, d.date) == ("2024-12", "2025-06", "2025-06")  # was undated


def test_the_corpus_row_of_the_panel_of_experts(corpus_mandates):
    from resparse.render.mandates import timeline

    panel = next(m for m in corpus_mandates("79/233", "annex 177") if "panel of experts" in m.action)
    assert (panel.deadline.start, panel.deadline.end) == ("2024-12", "2025-06")  # the resolution's 24 December 2024
    row = next(line for line in timeline([panel]).splitlines() if "requests" in line)
    assert row.startswith("  2025-06")


def test_a_span_from_a_texts_adoption_with_no_agent_is_undated_and_says_why():
    from resparse.mandates import deadlines as dl
    from resparse.render.mandates import UNDATED_ADOPTION, timeline

    # the same request with no agent of the adoption (an outcome a conference adopts has its own date): undated
    words = _sentence("A/RES/79/233", "annex 177", 0).replace(" by the General Assembly", "")
    [d] = dl.find(words, adopted="2024-12-24")
    assert (d.type, d.start, d.end) == ("within", None, None)
    text = words.replace("We request", "Requests")
    ms = [m for m in resparse.mandates.extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    row = next(line for line in timeline(ms).splitlines() if "requests" in line)
    assert row.rstrip().endswith(f"({UNDATED_ADOPTION})")
    # the present resolution's is dated as before
    [d] = dl.find("to establish, within six months of the adoption of the present resolution, a high-level panel",
                  adopted="2024-12-24")
    assert (d.start, d.end) == ("2024-12", "2025-06")


# ---------------------------------------------------------------- 3. a segment as the report's time


def test_a_segment_named_as_the_reports_time_stays_its_undated_deadline():
    [m] = alone("A/RES/79/226", "117")
    assert _times([m]) == [[("at the annual operational activities for development segment", None, None)]]
    [r] = m.reports
    assert (r.to, r.when, r.recurrence) == ("Economic and Social Council",
                                            "at the annual operational activities for development segment", "regularly")


# ---------------------------------------------------------------- 4. the deadline's recurrence in the CSV


def test_the_mandates_csv_has_the_deadlines_recurrence(tmp_path):
    from resparse import cli
    from resparse.render.mandates import CSV_COLUMNS, csv_text

    assert "deadline_recurrence" in CSV_COLUMNS
    [m] = alone("A/RES/79/268", "11")
    [row] = csv.DictReader(io.StringIO(csv_text([m])))
    assert (row["deadline"], row["deadline_start"], row["deadline_recurrence"]) == ("beginning in 2028", "2028",
                                                                                    "every two years")
    # a deadline with no recurrence leaves it empty; the CLI writes the same column
    src = tmp_path / "r.txt"
    src.write_text(mini_resolution(copied_paragraph(FOLDER, "A/RES/80/163", "29"),
                                   copied_paragraph(FOLDER, "A/RES/79/268", "11")), encoding="utf-8")
    out = tmp_path / "m.csv"
    assert cli.main(["mandates", str(src), "--csv", str(out)]) == 0
    rows = {r["paragraph"]: r for r in csv.DictReader(out.open(encoding="utf-8")) if r["kind"] == "mandate"}
    assert (rows["1"]["deadline"], rows["1"]["deadline_recurrence"]) == ("at its eighty-first session", "")
    assert rows["2"]["deadline_recurrence"] == "every two years"
