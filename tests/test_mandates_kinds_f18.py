"""The twentieth sample's misses (tests/labels/mandates_fresh18, GUIDELINE.md "The twentieth sample"), fixed as kinds
in the twenty-third session (branch f18), each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_f18/paragraphs.md and read as paragraph 1 of a small resolution (``conftest.mini_resolution``):

- the actor's own report the action is done in is its time only where the report's own time is not written: "to
  provide in his reports on the implementation of the recommendations of the Board of Auditors a full explanation"
  (A/RES/80/231 9; the reports' subject ends where the object opens), but "in his report on the implementation of the
  present resolution to the General Assembly at its seventy-ninth session" is that session (A/RES/78/234 37);
- a count of days of a dated session is done in that session: "to dedicate three days of the substantive session of
  2026" (A/RES/80/66 9);
- a goal's gerund after "to" holds a goal's year: "to ending malnutrition in all its forms by 2030" (A/RES/79/276 20);
- the treaties listed after "States parties to" are what they are parties to, one actor written whole (A/RES/79/154 50);
- a report to Member States is no report (A/RES/79/156 22); businesses' own reporting does not go to the Assembly by
  default (A/RES/78/290 10)."""

from pathlib import Path

from conftest import copied_mandates, copied_paragraph
from resparse.mandates import deadlines

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f18"


def alone(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


def deadline_texts(symbol: str, label: str) -> list[list[str]]:
    return [[d.text for d in m.deadlines] for m in alone(symbol, label)]


# ---------------------------------------------------------------- 1. the actor's own report as the time


def test_the_reports_subject_ends_where_the_object_opens():
    # A/RES/80/231 9 (tests/labels/mandates_fresh18 n 52): nothing was read, the subject being longer than a noun phrase
    (m,) = alone("A/RES/80/231", "9")
    when = "in his reports on the implementation of the recommendations of the Board of Auditors"
    assert [d.text for d in m.deadlines] == [when]
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", when)]


def test_a_report_with_its_own_time_written_is_dated_by_that_time_alone():
    # A/RES/78/234 37 (n 95): the report and the session were two deadlines
    (m,) = alone("A/RES/78/234", "37")
    assert [d.text for d in m.deadlines] == ["at its seventy-ninth session"]
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "at its seventy-ninth session")]
    # A/RES/80/139 16 (mandates_hard n 128): no time of the report written, the report is the time
    assert deadline_texts("A/RES/80/139", "16") == [["in his report on the implementation of the present resolution"]]


def test_an_own_report_followed_by_a_session_of_another_body_gives_way_to_it():
    text = copied_paragraph(FOLDER, "A/RES/78/234", "37").replace("General Assembly at its seventy-ninth",
                                                                   "Human Rights Council at its fifty-eighth")
    assert [d.text for d in deadlines.find(text, adopted="2023-12-22")] == ["at its fifty-eighth session"]


# ---------------------------------------------------------------- 2. days of a dated session


def test_days_of_a_dated_session_are_spent_in_it():
    # A/RES/80/66 9 (n 93): no deadline was read
    (m,) = alone("A/RES/80/66", "9")
    assert [(d.text, d.start, d.end) for d in m.deadlines] == [("of the substantive session of 2026", "2026", "2026")]


def test_a_session_named_by_its_year_after_of_is_one_time():
    # the same paragraph's session with "at" (A/RES/80/66 6's chapeau words): "at its substantive session" was read
    # without its year
    text = copied_paragraph(FOLDER, "A/RES/80/66", "9").replace("to dedicate three days of the",
                                                                 "to consider the following items at its")
    (d,) = deadlines.find(text, adopted="2025-12-01")
    assert (d.text, d.start, d.end) == ("at its substantive session of 2026", "2026", "2026")
    # a span of years after "of" is what is named, not the session's year
    assert [x.text for x in deadlines.find("at its seventieth session of 2016–2025 as the United Nations Decade")] == [
        "at its seventieth session"]


# ---------------------------------------------------------------- 3. a goal's gerund


def test_a_goals_gerund_after_to_holds_the_goals_year():
    # A/RES/79/276 20 (n 11): "by 2030" was the decision's deadline
    assert deadline_texts("A/RES/79/276", "20") == [[]]


# ---------------------------------------------------------------- 4. the treaties of the parties


def test_the_treaties_listed_after_parties_to_are_one_actors_words():
    # A/RES/79/154 50 (n 59): the actor was cut after the first treaty
    (m,) = alone("A/RES/79/154", "50")
    assert m.actor_as_written == (
        "States parties to the Convention on the Elimination of All Forms of Discrimination against Women, the "
        "Convention on the Rights of the Child, the International Covenant on Civil and Political Rights, the "
        "International Covenant on Economic, Social and Cultural Rights and the International Convention on the "
        "Protection of the Rights of All Migrant Workers and Members of Their Families")


# ---------------------------------------------------------------- 5. receivers that are no body


def test_a_report_to_member_states_is_no_report():
    # A/RES/79/156 22 (n 41): a report to "Member States" was read
    (m,) = alone("A/RES/79/156", "22")
    assert m.reports == [] and [d.text for d in m.deadlines] == ["in 2025"]
    # A/RES/79/255 19: information placed in the actor's next report goes where that report goes, "its return to
    # Member States" no receiver
    (m,) = alone("A/RES/79/255", "19")
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "in the context of his next report")]


def test_businesses_report_to_no_body_by_default():
    # A/RES/78/290 10 (n 26): the General Assembly was given by default
    rows = alone("A/RES/78/290", "10")
    assert [m.actor for m in rows] == ["businesses", "industries"]
    assert all(r.to != "General Assembly" for m in rows for r in m.reports)
