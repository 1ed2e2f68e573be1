"""Deadlines, recurrences and the timeline left by earlier sessions (the twenty-seventh session, branch deadline7),
fixed as kinds, each on its real paragraph: copied from ../shared/corpus/texts into tests/fixtures/deadline7/
paragraphs.md and read in a small resolution adopted on 1 January 2020 (``conftest.mini_resolution``), on the corpus
file where the date of the adoption matters (skipped without ../shared), or on the older text A/RES/74/3 copied into
tests/fixtures/deadline7/:

1. a recurrence written as an interval ("at two-year intervals and beginning in 2028", A/RES/79/268 11) or joined to
   its start by "and" ("on an annual basis and starting from 2025", A/RES/79/293 7), and the periods shorter than a
   year ("monthly", "quarterly", "every six months"); grammar/attachment.lark ``recurrence``, ``recurs_before``,
   grammar/reports.lark ``recurrence``, data/deadline_words.txt [recurring months];
2. the timeline shows a report's recurrence as ``--reports`` does ("by 30 April, annually", A/RES/80/12 1);
3. a span from now ("within a decade", A/RES/79/155 15) is due at its end, counted from the adoption, not at the
   adoption (``Deadline.date``);
4. a year inside the name of a thing ("... by 2030 (Caribbean Firearms Roadmap)", A/RES/80/61 7) and the time of a
   possible act in a relative clause ("which may be submitted to the Special Committee at its session in 2024",
   A/RES/79/125 3 (a); not "can", A/RES/78/163 48) are no deadline; attachment.lark ``name_before`` and ``short_name_after`` (branch f22),
   ``possible_relative``;
5. an observance's start written as a year is its proclaimed day of that year ("to designate 7 September ... to be
   observed every year beginning in 2024": 2024-09-07, A/RES/78/12 1), in the JSON, the CSV and the timeline;
   attachment.lark ``proclaimed_day``;
6. a year that dates the end of a review the object names is the review's ("the ongoing comprehensive review ...,
   which will be concluded at the next plenary of the Committee, in 2020", A/RES/74/3 annex 31 (e));
   attachment.lark ``_ends``, ``of_an_event``."""

from functools import partial
from pathlib import Path

import resparse
from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "deadline7"
alone = partial(copied_mandates, FOLDER)  # the mandates of a copied paragraph read alone: alone(symbol, label)


def _times(ms):
    return [[(d.text, d.start, d.recurrence) for d in m.deadlines] for m in ms]


# ---------------------------------------------------------------- 1. recurrences not read


def test_an_evaluation_at_two_year_intervals_from_2028_recurs_every_two_years():
    ms = alone("A/RES/79/268", "11")
    assert [(m.verb, m.actor) for m in ms] == [("requests", "United Nations entity")]
    assert _times(ms) == [[("beginning in 2028", "2028", "every two years")]]  # was no recurrence


def test_a_recurrence_joined_to_its_start_by_and_makes_it_recur():
    ms = alone("A/RES/79/293", "7")
    assert _times(ms) == [[("starting from 2025", "2025", "annually")]]  # was no recurrence


def test_periods_shorter_than_a_year_are_recurrences_without_a_count_of_years():
    from resparse.mandates import deadlines as dl
    from resparse.mandates.reports import reports_of

    # Security Council resolution 2118 (2013) as A/RES/79/134 11 recalls its request, asked of an actor here
    words = ("to report to the Security Council, through the Secretary-General, on a monthly basis, on the "
             "implementation of resolution 2118 (2013)")
    [r] = reports_of(words, dl.find(words, adopted="2024-12-05"), "2024-12-05")
    assert (r.to, r.recurrence, r.every) == ("Security Council", "on a monthly basis", None)
    # A/RES/79/182 35 (c): a report to Member States is no report (GUIDELINE.md, branch mfix6); its recurrence read
    assert dl._recurrence_after("every six months") == "every six months"
    assert dl._recurrence_after("at least quarterly") == "quarterly"
    # "shall meet virtually at least quarterly to advance their work" (A/RES/79/238 5): a bare recurrence, no deadline
    assert dl.find("Decides that the members of the Panel shall meet virtually at least quarterly to advance their "
                   "work", adopted="2024-12-24") == []


def test_a_monthly_rate_is_no_recurrence():
    from resparse.mandates.attachment import rule

    # "... for the period from 16 November to 31 December 2024, at a monthly rate of 27,180,342 dollars" (A/RES/78/297
    # 16): "monthly" the adjective of the rate; "at two-year intervals" (79/268 11) is one
    assert rule("recurs_before").search("at a monthly rate ") is None
    assert rule("recurs_before").search("the work of the Centre, at two-year intervals and ").group("recurrence") \
        == "at two-year intervals"


# ---------------------------------------------------------------- 2. the timeline shows a report's recurrence


def test_the_timeline_shows_the_recurrence_of_a_report_as_reports_does(corpus_mandates):
    from resparse.render.mandates import reports, timeline

    ms = corpus_mandates("80/12", "1")
    assert [(m.actor, m.deadline.text, m.reports[0].recurrence) for m in ms] == [("Member States", "by 30 April", "annually")]
    row = next(line for line in timeline(ms).splitlines() if "Member States" in line)
    assert row.startswith("  2026-04-30") and row.endswith("by 30 April, annually")  # was "by 30 April"
    assert "by 30 April, annually" in reports(ms)
    # the recurrence once where the time's words hold it (A/RES/80/191 26: recurrence "annual")
    ms = corpus_mandates("80/191", "26")
    row = next(line for line in timeline(ms).splitlines() if "encourages" in line)
    assert row.rstrip().endswith("in the forthcoming annual reports")


# ---------------------------------------------------------------- 3. a span from now


def test_within_a_decade_is_due_a_decade_after_the_adoption(corpus_mandates):
    from resparse.render.mandates import timeline

    ms = corpus_mandates("79/155", "15 (i)")
    assert ms and all((d.text, d.start, d.end, d.date) == ("within a decade", "2024-12", "2034-12", "2034-12")
                      for m in ms for d in m.deadlines)  # the date was the adoption's month, 2024-12
    rows = [line for line in timeline(ms).splitlines()[1:] if line.strip()]
    assert rows and all(r.startswith("  2034-12") and r.rstrip().endswith("within a decade (counted from the adoption)")
                        for r in rows if "within a decade" in r)


def test_a_span_counted_from_the_adoption_written_so_is_due_at_its_end():
    from resparse.mandates import deadlines as dl

    [d] = dl.find("to establish, within six months of the adoption of the present resolution, a high-level panel",
                  adopted="2019-05-22")
    assert (d.start, d.end, d.date) == ("2019-05", "2019-11", "2019-11")


# ---------------------------------------------------------------- 4. a year that is no time of the action


def test_a_year_inside_a_name_is_no_deadline():
    from resparse.mandates.attachment import rule

    assert rule("short_name_after").match(" (Caribbean Firearms Roadmap), the Central America")
    assert rule("short_name_after").match(" (10 meetings) and a one-week biennial meeting") is None  # A/RES/79/40 8: a count
    ms = alone("A/RES/80/61", "7")
    assert [(m.verb, m.actor) for m in ms] == [("encourages", "Regional Centre")]
    assert _times(ms) == [[]]  # was "by 2030" (tests/labels/mandates_fresh16 n 71: none, 79/66 7)


def test_a_possible_submission_s_session_is_not_the_consideration_s(corpus_mandates):
    ms = corpus_mandates("79/125", "3 (a)")
    # the chapeau's, as 3 (b); was "in 2024"; written whole since the twenty-ninth session (branch auditfix30a), as the
    # labels write it (was "in 2025")
    assert [[d.text for d in m.deadlines] for m in ms] == [["at its session in 2025"]]


def test_what_the_action_yields_can_be_done_at_its_time():
    from resparse.mandates.attachment import rule

    # "may": another's possible act (A/RES/79/125 3 (a)); "can": what the action yields, delivered at the event, its
    # time the action's (A/RES/78/163 48, tests/test_mandates_deadline_kinds9.py: "at the Conference" kept)
    assert rule("possible_relative").search("already submitted or which may be submitted to the Special Committee ")
    assert rule("possible_relative").search("initiatives that can be launched as key deliverables ") is None
    ms = alone("A/RES/78/163", "48")
    assert [(m.verb, m.actor) for m in ms] == [("calls upon", "stakeholders")]
    assert [[d.text for d in m.deadlines] for m in ms] == [["at the Conference"]]


# ---------------------------------------------------------------- 5. the proclaimed day of an observance


def test_an_observance_from_a_year_starts_on_its_proclaimed_day():
    from resparse.mandates.attachment import rule

    m = rule("proclaimed_day").search("to proclaim 7 July of each year as World Kiswahili Language Day, to be observed "
                                      "each year ")
    assert m.group("day", "month", "recurrence") == ("7", "July", "each year")
    # a day written with its year is one day, no proclaimed day of a year ("on 18 December 2025", A/RES/80/106 5)
    assert rule("proclaimed_day").search("on 18 December 2025 as the Day, to be observed annually ") is None
    assert _times(alone("A/RES/78/12", "1")) == [[("beginning in 2024", "2024-09-07", "annually")]]  # was "2024"
    assert _times(alone("A/RES/80/106", "1")) == [[("beginning in 2025", "2025-12-14", "annually")]]
    assert _times(alone("A/RES/78/312", "1")) == [[("beginning in 2024", "2024-07-07", "annually")]]


def test_the_proclaimed_day_is_in_the_timeline_the_json_and_the_csv(corpus_mandates, tmp_path):
    from resparse.render.mandates import timeline

    ms = corpus_mandates("80/106", "1")
    row = next(line for line in timeline(ms).splitlines() if "decides" in line)
    assert row.startswith("  2025-12-14") and "beginning in 2025 (recurring annually)" in row  # was "  2025 "
    assert ms[0].deadline.to_dict()["date"] == "2025-12-14"
    from resparse import cli

    out = tmp_path / "m.csv"
    assert cli.main(["mandates", str(_corpus_file("80/106")), "--csv", str(out)]) == 0
    assert ",beginning in 2025,from,2025-12-14," in out.read_text(encoding="utf-8")


def _corpus_file(symbol: str) -> Path:
    from conftest import CORPUS

    return CORPUS / f"A_RES_{symbol.replace('/', '_')}.txt"


# ---------------------------------------------------------------- 6. the end of a review the object names


def test_the_year_a_review_will_be_concluded_is_the_review_s():
    from resparse.mandates import extract

    ms = [m for m in extract(resparse.parse(FOLDER / "A_RES_74_3.txt")) if m.kind == "mandate"]
    [e] = [m for m in ms if m.paragraph.endswith("31 (e)")]
    assert e.actor == "Committee for Development Policy" and e.deadlines == []  # was "in 2020"
    [k] = [m for m in ms if m.paragraph.endswith("31 (k)")]
    assert [d.text for d in k.deadlines] == ["forthwith"]  # an item's own time is kept
