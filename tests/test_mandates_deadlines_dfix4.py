"""Deadlines and reports a user would call wrong, fixed as kinds in the twenty-fourth session (branch dfix4; tests/
labels/GUIDELINE.md, "Decisions of the twenty-fourth session (branch dfix4)"), each on a real paragraph copied from
../shared/corpus/texts into tests/fixtures/kinds_dfix4/paragraphs.md, read with the resolution's adoption date:

- "its" session written right after another body's session, nothing but a comma between, is that body's: "to the
  Human Rights Council at its relevant sessions, starting from its sixty-fourth session" (A/RES/80/199 32: the
  Council's sixty-fourth session, undated, not the Assembly's of 2009), and the reports "had presented to" the Council
  are reports to it too;
- a gerund's object keeps an adjective's infinitive: "before presenting final recommendations ... in countries likely
  to require significant humanitarian response operations" (A/RES/78/119 12: was cut at "likely");
- a text drafted for a body, after "a", is a report to it: "to submit a proposed compiled text to the Preparatory
  Committee at its second session" (A/RES/79/122 9);
- a report in a relative clause set off by a comma is the report of the noun before it: "facilitated by the Chairs of
  the Preparatory Committee meetings, who will provide a joint report to each Review Conference" (A/RES/80/39 19, as
  78/42 14 and 79/35 19: no report of the States parties);
- a noun's act at an event, its participle right before it, dates that act, the event to come or held: "a list of
  voluntary commitments ... registered after 1 July 2022 and announced at the Conference" (A/RES/78/128 19: no
  deadline, the twentieth sample's n 79);
- "the middle of 2028" is "mid-2028", May to August, not the whole year (A/RES/80/28 6, the group of experts' meetings;
  the report's time there stays the eighty-third session)."""

from pathlib import Path

from conftest import copied_mandates, copied_paragraph
from resparse.mandates import deadlines, reports

KINDS = Path(__file__).parent / "fixtures" / "kinds_dfix4"
ADOPTED = {"A/RES/80/199": "2025-12-18", "A/RES/78/119": "2023-12-08", "A/RES/79/122": "2024-12-04",
           "A/RES/80/39": "2025-12-01", "A/RES/80/28": "2025-12-01", "A/RES/78/128": "2023-12-18"}  # each resolution's date of adoption (its plenary line)


def read(symbol: str, label: str, action_from: str) -> tuple[list, list]:
    """The deadlines and the reports of the action of a copied paragraph that starts at ``action_from`` (the words
    after the verb), read with its resolution's adoption date."""
    text = copied_paragraph(KINDS, symbol, label)
    action = text[text.index(action_from):]
    found = deadlines.find(action, {}, ADOPTED[symbol])
    return found, reports.reports_of(action, found, ADOPTED[symbol])


def test_its_session_after_another_bodys_session_is_that_bodys():
    found, _ = read("A/RES/80/199", "32", "to submit to the General Assembly")
    assert [(d.text, d.start, d.body) for d in found] == [
        ("at its eighty-first and eighty-second sessions", "2026-09", None),
        ("at its relevant sessions", None, "Human Rights Council"),
        # was dated 2009-09, the Assembly's sixty-fourth session; then undated; the Council's own calendar dates it
        # (February 2027: data/body_sessions.txt, branch trialfix29b)
        ("starting from its sixty-fourth session", "2027-02", "Human Rights Council")]


def test_reports_had_presented_to_another_body_are_reports_to_it():
    _, asked = read("A/RES/80/199", "32", "to submit to the General Assembly")
    assert [(r.to, r.session, r.last) for r in asked] == [("General Assembly", 81, 82), ("Human Rights Council", None, None)]


def test_a_gerunds_object_keeps_an_adjectives_infinitive():
    found, _ = read("A/RES/78/119", "12", "to continue to enhance")
    assert [(d.text, d.type) for d in found] == [
        ("before presenting final recommendations on the selection process for resident coordinators in countries "
         "likely to require significant humanitarian response operations", "before")]


def test_a_text_drafted_for_a_body_is_a_report_to_it():
    found, asked = read("A/RES/79/122", "9", "to submit a proposed compiled text")
    assert [(r.to, r.when) for r in asked] == [("Preparatory Committee", "at its second session")]
    # the Governments' proposals to the Secretary-General stay what they were read as
    rows = copied_mandates(KINDS, "A/RES/79/122", "9")
    sg = [m for m in rows if m.actor == "Secretary-General"]
    assert sg and [(r.to, r.when) for r in sg[0].reports] == [("Preparatory Committee", "at its second session")]


def test_a_report_in_a_relative_clause_is_the_nouns_before_it():
    rows = copied_mandates(KINDS, "A/RES/80/39", "19")
    parties = [m for m in rows if m.actor.startswith("States Parties") or m.actor.startswith("States parties")]
    assert parties and all(m.reports == [] for m in parties)  # was a report "not stated", "at the Review Conference"


def test_the_middle_of_a_year_is_its_middle_third():
    # A/RES/80/28 6: "... with the assistance of a group of governmental experts, to be convened for one week each at
    # the end of 2027 and at the beginning and in the middle of 2028, ...": the group's meetings, read on their own
    found, _ = read("A/RES/80/28", "6", "to be convened")
    assert [(d.text, d.start, d.end) for d in found if "2028" in d.text] == [("in the middle of 2028", "2028-05", "2028-08")]
    # ... as "mid-2028" is (was 2028 to 2028, the whole year)
    assert [(d.start, d.end) for d in deadlines.find("in mid-2028", {}, ADOPTED["A/RES/80/28"])] == [("2028-05", "2028-08")]
    # in the paragraph, the meetings date the group's convening, not the report: its time is the eighty-third session
    found, _ = read("A/RES/80/28", "6", "to prepare a report")
    assert [(d.text, d.start) for d in found] == [("at its eighty-third session", "2028-09")]


def test_a_nouns_act_at_an_event_to_come_is_no_deadline():
    # A/RES/78/128 19, the Conference dated by paragraph 9 ("to be held from 9 to 13 June 2025"): "... as well as a
    # list of voluntary commitments for the implementation of Goal 14 registered after 1 July 2022 and announced at the
    # Conference" (was the deadline "at the Conference", 9 to 13 June 2025: the announcement's time)
    adopted = ADOPTED["A/RES/78/128"]
    events = deadlines.named_events([("9", copied_paragraph(KINDS, "A/RES/78/128", "9"))], adopted)
    assert events == {"event:conference": ("2025-06-09", "2025-06-13", "9")}
    text = copied_paragraph(KINDS, "A/RES/78/128", "19")
    assert deadlines.find(text[text.index("shall adopt"):], events, adopted) == []
    # an event that is the action's own time stays: "Encourages Member States to discuss at the fourth Review
    # Conference the establishment of an open-ended technical expert group ..." (A/RES/78/46 32)
    text = copied_paragraph(KINDS, "A/RES/78/46", "32")
    assert [d.text for d in deadlines.find(text[: text.index(", and requests")], {}, "2023-12-04")] == [
        "at the fourth Review Conference"]
