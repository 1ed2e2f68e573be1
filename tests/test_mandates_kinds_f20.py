"""The twenty-second sample's misses (tests/labels/mandates_fresh20, GUIDELINE.md "The twenty-second sample"), fixed as
kinds in the twenty-fifth session (branch f20), each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_f20/paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

- the General Assembly as the agent of a passive inside what an addressing clause asks of others is no addressee:
  "... which will serve to inform the high-level meeting to be convened by the Assembly in 2026" (A/RES/78/290 18);
  mandates/extract.py;
- a year set off between a commemoration and its "of" dates the commemoration: "for the thirty-second commemoration,
  in 2024, of the International Day" (A/RES/78/164 48); grammar/attachment.lark ``commemoration``;
- a period inside the part an amount is "inclusive of" is that part's: "..., inclusive of the amount of 590,000,000
  dollars previously authorized for the Mission for the period from 1 July to 31 December 2023" (A/RES/78/250 2);
  grammar/attachment.lark ``included_amount``;
- "in the short term" is a deadline, as "at an early date" (A/RES/78/262 35); grammar/deadlines.lark IMMEDIATELY;
- the actor's own bare plural reports are the deadline and the report's time: "to include in its reports a concise
  summary" (A/RES/80/242 49), "in his reports" (80/242 101); grammar/deadlines.lark ``own_report``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f20"


def alone(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


def times(ms: list) -> list[list[str]]:
    return [[d.text for d in m.deadlines] for m in ms]


# ---------------------------------------------------------------- 1. the Assembly asks no one of itself


def test_the_assembly_as_a_passives_agent_is_no_second_addressee():
    # A/RES/78/290 18 (tests/labels/mandates_fresh20 n 20): the Assembly had a second "requests" with "in 2026"
    ms = alone("A/RES/78/290", "18")
    assert [(m.verb, m.actor) for m in ms] == [("requests", "Secretary-General")]
    assert times(ms) == [["during the eightieth session of the General Assembly"]]
    assert ms[0].report is not None and ms[0].report.to == "General Assembly"


def test_another_agent_with_its_own_time_is_still_bound(res_71_280):
    # "the precise modalities ... to be decided by Member States by January 2018" (A/RES/71/280 13): a passive mandate
    from resparse.mandates import extract

    rows = [(m.actor, m.passive, m.deadline.text if m.deadline else None)
            for m in extract(res_71_280) if m.kind == "mandate" and m.paragraph == "13"]
    assert ("Member States", True, "by January 2018") in rows


# ---------------------------------------------------------------- 2. a commemoration's year set off by commas


def test_a_year_set_off_inside_a_commemoration_is_no_deadline():
    # A/RES/78/164 48 (n 9) and its renewal 80/153 46: five addressees, each had "in 2024" / "in 2026"
    for symbol, label in (("A/RES/78/164", "48"), ("A/RES/80/153", "46")):
        ms = alone(symbol, label)
        assert len(ms) == 5, symbol
        assert times(ms) == [[]] * 5, symbol


def test_a_day_after_the_commemorated_name_is_not_read_so():
    # "the commemoration of International Mountain Day, on 11 December" (A/RES/80/144 21): the comma after the name
    # is no set-off of the head, and the rule reads a year alone
    ms = alone("A/RES/80/144", "21")
    assert ms and all(t == ["on 11 December"] for t in times(ms))


# ---------------------------------------------------------------- 3. the period of an included amount


def test_the_period_of_an_amount_included_in_an_appropriation_is_not_the_decisions():
    # A/RES/78/250 2 (n 40): "from 1 July to 31 December 2023" was a second deadline
    ms = alone("A/RES/78/250", "2")
    assert [(m.verb, m.actor) for m in ms] == [("decides", "General Assembly")]
    assert times(ms) == [["from 1 July 2023 to 30 June 2024"]]
    # A/RES/80/241 3: the same in an authorization to enter into commitments
    ms = alone("A/RES/80/241", "3")
    assert times(ms) == [["from 1 October 2025 to 30 June 2026"]]


# ---------------------------------------------------------------- 4. "in the short term"


def test_in_the_short_term_is_a_deadline_and_in_the_long_term_is_not():
    # A/RES/78/262 35 (n 45)
    ms = alone("A/RES/78/262", "35")
    assert [(m.verb, m.actor, [d.text for d in m.deadlines]) for m in ms] == [
        ("calls upon", "African countries", ["in the short term"])]
    assert ms[0].deadline.type == "immediately"
    # "to protect marine ecosystems and coastal areas in the long term" (A/RES/78/159 4): a horizon, as "in the future"
    assert not any("long term" in t for m in alone("A/RES/78/159", "4") for t in [d.text for d in m.deadlines])


# ---------------------------------------------------------------- 5. the actor's own bare plural reports


def test_in_its_reports_and_in_his_reports_are_the_deadline_and_the_reports_time():
    # A/RES/80/242 49 and 101 (n 47, 73)
    # (read alone, "the Advisory Committee" has no full name before it: as written)
    for label, phrase, actor in (("49", "in its reports", "the Advisory Committee"),
                                 ("101", "in his reports", "the Secretary-General")):
        ms = alone("A/RES/80/242", label)
        assert [(m.actor_as_written, [d.text for d in m.deadlines]) for m in ms] == [(actor, [phrase])], label
        assert (ms[0].report.to, ms[0].report.when) == ("General Assembly", phrase), label


def test_their_bare_reports_are_no_time():
    # "to address the situation of older persons more explicitly in their reports" (A/RES/78/177 31): States parties'
    # reports to the treaty bodies
    ms = alone("A/RES/78/177", "31")
    assert ms and all(not m.deadlines and m.report is None for m in ms)
