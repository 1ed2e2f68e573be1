"""The twenty-sixth blind sample's misses (tests/labels/mandates_fresh24, twenty-ninth session, branch f24), fixed as
kinds, each on real paragraphs copied from ../shared/corpus/texts into tests/fixtures/kinds_f24/paragraphs.md and read
in a small resolution (``conftest.mini_resolution``):

- "Calls upon A to ..., and upon B to ...": the verb's own preposition said again opens a second addressee of the
  same verb (80/48 5, 78/40 5, 80/217 3); mandates/clauses.py ``_GAP``, ``_pairs``;
- holders of one office named twice by words of tenure share the "of" complement written once and are one actor
  ("the current President and successive Presidents of the Conference on Disarmament", 78/61 5; 78/61 4), and the
  words of tenure stay out of an office's name ("the newly elected President", 79/183 4); data/actors.txt [tenure],
  mandates/addressees.py ``_office_complement``, ``without_tenure``;
- the actor's own annual report named as where the action's words go, its time written nowhere, is the deadline and
  the report's time ("in its annual report", 80/164 27; "in the annual reporting to the General Assembly", 78/73 45);
  grammar/deadlines.lark ``own_report``;
- a period named by its noun after "during" is the action's time ("during the defect liability period", 80/243 IX.5;
  "during the intersessional period", 80/171 25); grammar/deadlines.lark ``during_period``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f24"


def rows(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


def actors(symbol: str, label: str, verb: str | None = None) -> list[str]:
    return [m.actor for m in rows(symbol, label) if verb is None or m.verb == verb]


# ---------------------------------------------------------------- 1. "and upon B to ..."


def test_and_upon_opens_a_second_addressee_of_calls_upon():
    ms = [m for m in rows("80/48", "5") if m.verb == "calls upon"]
    by_actor = {m.actor: m for m in ms}
    assert "Conference members" in by_actor
    assert by_actor["Conference members"].action.startswith("to engage in relevant activities of the Conference")
    # the first pair's action ends before the second addressee
    assert "Conference members" not in by_actor["Conference on Disarmament"].action
    # one verb written once: both rows of the same clause (the labels' one mandate, two actors)
    assert by_actor["Conference members"].verb_at == by_actor["Conference on Disarmament"].verb_at


def test_and_upon_with_a_determiner():
    assert actors("78/40", "5", "calls upon") == ["Conference on Disarmament", "nuclear-weapon States"]
    ms = {m.actor: m for m in rows("80/217", "3")}
    assert ms["States"].action.startswith("to ensure accountability")
    assert ms["responsible actors"].action == "to cease and refrain from these measures"


# ---------------------------------------------------------------- 2. one office, named twice by tenure


def test_current_and_successive_presidents_share_the_complement_one_actor():
    ms = rows("78/61", "5")
    assert [m.actor for m in ms] == ["President of the Conference on Disarmament"]
    assert [d.text for d in ms[0].deadlines] == ["at its 2024 session"]


def test_current_and_incoming_president_one_actor():
    assert actors("78/61", "4") == ["President of the Conference on Disarmament"]


def test_words_of_tenure_stay_out_of_the_office_name():
    assert actors("79/183", "4") == ["President"]  # "the newly elected President"


def test_two_offices_do_not_share_a_complement():
    assert actors("78/10", "8") == ["Secretary-General", "President of the General Assembly"]


def test_tenure_words_before_no_office_stay():
    assert "new donors" in actors("78/152", "58")  # "existing and new donors": no office's title


# ---------------------------------------------------------------- 3. the own annual report as the time


def test_in_its_annual_report_is_the_deadline_and_the_report_time():
    (m,) = rows("80/164", "27")
    assert [d.text for d in m.deadlines] == ["in its annual report"]
    assert (m.report.to, m.report.when, m.report.recurrence) == ("General Assembly", "in its annual report", "annual")


def test_in_the_annual_reporting_to_the_assembly():
    (m,) = rows("78/73", "45")
    assert [d.text for d in m.deadlines] == ["in the annual reporting"]
    assert (m.report.to, m.report.when) == ("General Assembly", "in the annual reporting")


def test_in_his_annual_report_at_the_clause_end():
    (m,) = rows("79/140", "14")
    assert [d.text for d in m.deadlines] == ["in his annual report"]


def test_in_his_annual_report_before_its_receiver_alone():
    (m,) = rows("80/209", "17")  # "... in his annual report to the General Assembly;"
    assert [d.text for d in m.deadlines] == ["in his annual report"]
    assert (m.report.to, m.report.when) == ("General Assembly", "in his annual report")


def test_as_part_of_his_annual_reporting_is_no_time():
    (m,) = rows("78/132", "31")
    assert m.deadlines == [] and m.report.when is None and m.report.recurrence == "annual"


def test_a_time_written_for_the_annual_report_is_the_time():
    (m,) = rows("80/11", "28")  # "to include in its annual report information ... ahead of the next review"
    assert [d.text for d in m.deadlines] == ["ahead of the next review"]


# ---------------------------------------------------------------- 4. "during the <...> period"


def test_during_a_named_period_is_a_deadline():
    (m,) = rows("80/243", "IX.5")
    assert [d.text for d in m.deadlines] == ["during the defect liability period", "in his next report"]
    assert m.report.when == "in his next report"
    (m,) = rows("80/171", "25")
    assert [d.text for d in m.deadlines] == ["during the intersessional period"]


def test_the_reporting_period_dates_what_is_reported():
    assert all(m.deadlines == [] for m in rows("79/123", "13"))


def test_the_period_of_an_event_is_no_deadline():
    # "during and beyond the period of the Olympic and Paralympic Games" (tests/labels/mandates_fresh5 n 37)
    assert all(m.deadlines == [] for m in rows("78/10", "5"))
