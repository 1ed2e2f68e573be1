"""Deadlines a delegate would call wrong, fixed as kinds in the twenty-third session (branch dfix3; tests/labels/
GUIDELINE.md, "Decisions of the twenty-third session (branch dfix3)"), each on a real paragraph copied from
../shared/corpus/texts into tests/fixtures/kinds_dfix3/paragraphs.md, read with the resolution's adoption date:

- the completion of the work the action does is its deadline: "to conduct the intergovernmental consultations on the
  declaration to be concluded by 1 May 2025" (A/RES/78/128 21);
- "during the week of 15 September 2025" is that calendar week, 15 to 21 September (A/RES/79/58 8), and attending an
  event is done at it: the attendance's time is the meeting's;
- another body's session and the date after its name are one time: "by the seventy-seventh session of the World
  Health Assembly in May 2024" (A/RES/78/280 3); a session after it is not merged (A/RES/80/199 32);
- an agenda item's consideration "on an annual basis thereafter", written after the item's title, recurs (A/RES/80/106
  8);
- the year of an event the action prepares is the event's, not the preparations' (A/RES/80/229 77); a stage of the
  preparations stays the action's (A/RES/79/186 16);
- "at the beginning of 2026" is a time, as "in" it (A/RES/80/66 8);
- the Inter-Agency Task Force on Financing for Development's annual report, no receiver named, goes to the intergovernmental
  follow-up of financing for development, not the Assembly (A/RES/80/129 6: data/reports_elsewhere.txt)."""

from pathlib import Path

from conftest import copied_mandates, copied_paragraph
from resparse.mandates import deadlines

KINDS = Path(__file__).parent / "fixtures" / "kinds_dfix3"
ADOPTED = {"A/RES/78/128": "2023-12-18", "A/RES/79/58": "2024-12-02", "A/RES/78/280": "2024-05-02",
           "A/RES/80/106": "2025-12-05", "A/RES/80/229": "2025-12-18", "A/RES/80/66": "2025-12-01",
           "A/RES/80/199": "2025-12-18", "A/RES/79/186": "2024-12-17"}  # each resolution's date of adoption


def found(symbol: str, label: str, fields=("text", "type", "start", "end")) -> list[tuple]:
    """The deadlines of a copied paragraph, read with its resolution's adoption date, as tuples of ``fields``."""
    return [tuple(getattr(d, f) for f in fields)
            for d in deadlines.find(copied_paragraph(KINDS, symbol, label), {}, ADOPTED[symbol])]


def test_the_completion_of_the_actions_work_is_its_deadline():
    # A/RES/78/128 21: "... to conduct the intergovernmental consultations on the declaration to be concluded by 1 May
    # 2025" (was none: the date was read as the declaration's own)
    assert found("A/RES/78/128", "21") == [("by 1 May 2025", "by", "2025-05-01", "2025-05-01")]


def test_the_week_of_a_day_is_its_calendar_week_and_attending_a_meeting_is_at_it():
    # A/RES/79/58 8: "... to attend the thirteenth Meeting of States Parties ..., to be held in Geneva during the week
    # of 15 September 2025" (a Monday): the week, not its first day alone; the attendance's time
    assert found("A/RES/79/58", "8") == [("during the week of 15 September 2025", "in", "2025-09-15", "2025-09-21")]
    rows = copied_mandates(KINDS, "A/RES/79/58", "8")
    attend = [m for m in rows if m.action.startswith("to attend")]
    assert attend and all([d.text for d in m.deadlines] == ["during the week of 15 September 2025"] for m in attend)
    # participating in the future programme of meetings has no time
    assert all(not m.deadlines for m in rows if m.action.startswith("to participate"))


def test_another_bodys_session_is_dated_by_the_date_after_its_name():
    # A/RES/78/280 3: "... by the seventy-seventh session of the World Health Assembly in May 2024": one deadline
    assert found("A/RES/78/280", "3", ("text", "type", "start", "end", "body")) == [
        ("by the seventy-seventh session", "by", "2024-05", "2024-05", "World Health Assembly")]


def test_a_session_after_another_bodys_session_is_not_its_date():
    # A/RES/80/199 32: "to have these reports presented to the Human Rights Council at its relevant sessions, starting
    # from its sixty-fourth session": the Council's sessions keep no date of the Assembly's numbering
    # (two times, not merged; "starting from its sixty-fourth session" is the Council's too since branch dfix4, no
    # longer the Assembly's of 2009: tests/labels/GUIDELINE.md, branch dfix4); since branch trialfix29b the Council's
    # numbered session is dated by the Council's own calendar (data/body_sessions.txt: the sixty-fourth, February
    # 2027), never by the Assembly's
    council = [d for d in found("A/RES/80/199", "32", ("text", "start", "body")) if d[2] == "Human Rights Council"]
    assert council == [("at its relevant sessions", None, "Human Rights Council"),
                       ("starting from its sixty-fourth session", "2027-02", "Human Rights Council")]


def test_an_agenda_items_consideration_recurs_after_its_title():
    # A/RES/80/106 8: "to include in the provisional agenda of its eighty-first session the item entitled “...” and to
    # consider it on an annual basis thereafter"
    assert found("A/RES/80/106", "8", ("text", "start", "recurrence")) == [
        ("of its eighty-first session", "2026-09", "annually")]


def test_the_year_of_an_event_the_action_prepares_is_the_events():
    # A/RES/80/229 77: "... to be actively engaged in the preparations for the Fifteenth United Nations Congress on
    # Crime Prevention and Criminal Justice in 2026": the Congress's year (was the deadline "in 2026")
    assert found("A/RES/80/229", "77") == []
    # A/RES/79/186 16: "to undertake preparations for the Fifteenth Congress at an early stage": the stage stays
    assert found("A/RES/79/186", "16", ("text", "type")) == [("at an early stage", "at")]


def test_at_the_beginning_of_a_year_is_a_time():
    # A/RES/80/66 8: "... and an organizational session at the beginning of 2026 before the substantive session"
    assert ("at the beginning of 2026", "in", "2026-01", "2026-01") in found("A/RES/80/66", "8")


def test_the_financing_task_forces_annual_report_is_no_report_to_the_assembly():
    # A/RES/80/129 6: "calls upon the Inter-Agency Task Force on Financing for Development to continue to report
    # annually on progress ... and advise the intergovernmental follow-up thereto" (the paragraph's footnote mark "9"
    # after the report's title left out): the Economic and Social Council forum's follow-up, no receiver named
    (m,) = [m for m in copied_mandates(KINDS, "A/RES/80/129", "6") if m.actor.startswith("Inter-Agency Task Force")]
    assert [(r.to, r.recurrence) for r in m.reports] == [("not stated", "annually")]
