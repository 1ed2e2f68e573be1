"""The rules of grammar/attachment.lark (resparse.mandates.attachment), each on a real paragraph that shows its shape
(tests/fixtures/attachment.txt: paragraphs copied from ../shared/corpus/texts), read as mandates/deadlines.py and
mandates/clauses.py read them: mostly on the words before a time (``_before``), at the end of them."""

import re
from functools import lru_cache
from pathlib import Path

import pytest

from resparse.mandates import addressees, attachment, clauses
from resparse.mandates import deadlines as dl
from resparse.mandates.attachment import rule

FIXTURE = Path(__file__).parent / "fixtures" / "attachment.txt"


@lru_cache(maxsize=1)
def _paragraphs() -> dict[str, str]:
    out, key = {}, None
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            key = line[3:]
        elif key and not line.startswith("#"):
            out[key] = line
    return out


def para(key: str) -> str:
    """The text of paragraph ``key`` ("A/RES/80/153 15") of the fixture."""
    return _paragraphs()[key]


def _before(text: str, time: str, span: int = 240) -> str:
    """The ``span`` characters of ``text`` before the first ``time`` (as deadlines.py cuts the words before a time)."""
    s = text.index(time)
    return text[max(0, s - span) : s]


# ---------------------------------------------------------------- a past act before a time


def test_act_of_assembly_a_participle_dates_its_own_act():
    # A/RES/80/153 15: "the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth
    # session": the Pact's adoption, not the invitation's time
    before = _before(para("A/RES/80/153 15"), "at its ninety-eighth session")
    m = rule("act_of_assembly").search(before)
    assert m.group(0) == "adopted by the International Labour Conference " and m.group("be") is None
    assert dl._an_act_before(before)
    # A/RES/80/194 15: "his report submitted to the Commission on Human Rights at its sixtieth session"
    before = _before(para("A/RES/80/194 15"), "at its sixtieth session")
    assert rule("act_of_assembly").search(before).group(0) == "submitted to the Commission on Human Rights "


def test_act_of_assembly_to_be_done_is_still_to_come():
    # A/RES/78/169 11: "the report of the Secretary-General ... to be submitted to the General Assembly at its
    # eightieth session": "be" before the participle, the report is due then
    before = _before(para("A/RES/78/169 11"), "at its eightieth session")
    m = rule("act_of_assembly").search(before)
    assert m.group("be") == "be " and m.group(0) == "be submitted to the General Assembly "
    assert not dl._an_act_before(before)


def test_participle_segment_opens_a_reduced_relative_clause():
    # A/RES/80/1 2: "the statement referred to in paragraph 1 (a) above, delivered by means of a pre-recorded statement
    # during the general debate": the statement's delivery, not the circulation's time
    before = _before(para("A/RES/80/1 2"), "during the general debate and submitted")
    m = rule("participle_segment").search(before)
    assert before[m.start():].startswith(", delivered by means of a pre-recorded statement")
    assert dl._qualified_by_participle(before, opening=False)


def test_next_action_ends_a_participle_segment():
    # A/RES/71/280 26: "..., based on the full range of inputs then available and to provide Member States with
    # recommendations before the beginning of phase III": the recommendations' deadline
    before = _before(para("A/RES/71/280 26"), "before the beginning of phase III")
    m = rule("participle_segment").search(before)
    assert before[m.start():].startswith(", based on the full range of inputs")
    assert rule("next_action").search(before, m.start()).group(0) == "and to p"
    assert not dl._qualified_by_participle(before, opening=False)


def test_recital_segment_a_time_inside_a_recital_the_action_holds():
    # A/RES/78/68 125: "..., recalling that, in paragraph 62 of resolution 63/112 of 5 December 2008, it urged that
    # large-scale fishing vessels be required to carry vessel monitoring systems no later than December 2008, and to
    # share ...": the "that"-clause runs over its commas, the time the urging's
    text = para("A/RES/78/68 125")
    before = _before(text, "no later than December 2008", 400)
    assert before[rule("recital_segment").search(before).start():].startswith(", recalling that, in paragraph 62")
    assert dl._in_recital(text, text.index("no later than December 2008"))
    assert not dl._in_recital(text, text.index("as soon as practicable"))
    # A/RES/78/102 15: "Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119 as well as its
    # resolution 77/98, the consideration ... shall be continued during its seventy-ninth session": a noun phrase's
    # recital ends at its comma, the time the decision's
    text = para("A/RES/78/102 15")
    assert rule("recital_segment").search(_before(text, "during its seventy-ninth session", 400)) is None
    assert not dl._in_recital(text, text.index("during its seventy-ninth session"))


def test_arranged_for_a_passive_the_action_has_done():
    # A/RES/80/110 332: "... and to arrange for support to be provided by the Division": the words before the passive
    text = para("A/RES/80/110 332")
    assert rule("arranged_for").search(_before(text, "to be provided by the Division")).group(0) == (
        "to arrange for support ")
    # A/RES/79/254 27: "Invites the Sixth Committee to consider the legal aspects of the report to be submitted by the
    # Secretary-General": a noun's act inside the object, no "for" after the action's verb
    text = para("A/RES/79/254 27")
    assert rule("arranged_for").search(_before(text, "to be submitted by")) is None


def test_noun_act_before_a_participle_or_passive_of_a_noun_in_the_object():
    # A/RES/78/225 13: "Member States presenting voluntary national reviews at the high-level political forum"
    before = _before(para("A/RES/78/225 13"), "at the high-level political forum")
    assert rule("noun_act_before").search(before).group(0) == "States presenting voluntary national reviews "
    # A/RES/79/186 9: "the main topics to be discussed at the Congress"
    before = _before(para("A/RES/79/186 9"), "at the Congress,")
    assert rule("noun_act_before").search(before).group(0) == "topics to be discussed "
    # A/RES/79/210 4: "a one-day high-level meeting ..., to be held on 22 April 2025 at the plenary meetings during the
    # commemoration": set off by a comma, the meeting the action convenes
    assert rule("noun_act_before").search(_before(para("A/RES/79/210 4"), "during the commemoration")) is None


def test_assembly_before_names_the_assembly_right_before_its_session():
    # A/RES/79/161 44: "to the Human Rights Council at its sixtieth session and the General Assembly at its eightieth
    # session"
    text = para("A/RES/79/161 44")
    assert rule("assembly_before").search(_before(text, "at its eightieth session", 80)).group(0) == "Assembly "
    assert rule("assembly_before").search(_before(text, "at its sixtieth session", 80)) is None


def test_cited_report_a_report_cited_as_a_source():
    # A/RES/78/219 29: "the recommendations made by the independent international fact-finding mission in its report on
    # the economic interests of the Myanmar military"
    before = _before(para("A/RES/78/219 29"), "in its report on", 80)
    assert rule("cited_report").search(before).group(0) == "made by the independent international fact-finding mission "
    assert dl.cites_report(before)
    # A/RES/78/169 11: "to include a special section ... in the report of the Secretary-General": the report asked for
    assert not dl.cites_report(_before(para("A/RES/78/169 11"), "in the report of the Secretary-General", 80))


def test_agents_report_the_agent_of_a_passive_before_his_report():
    # A/RES/79/210 6: "a study ..., to be considered by the Secretary-General in his report on the implementation of
    # the present resolution": the Secretary-General's report, no time of the experts' study (branch rpfix6)
    before = _before(para("A/RES/79/210 6"), "in his report on", 200)
    assert rule("agents_report").search(before).group(0) == "to be considered by the Secretary-General "
    # A/RES/78/169 11: no passive's agent before the report asked ("to include a special section ... in the report")
    assert not rule("agents_report").search(_before(para("A/RES/78/169 11"), "in the report of the Secretary-General", 200))


def test_goal_before_a_goal_named_before_by_a_year():
    # A/RES/78/173 12: "to accelerate efforts towards the achievement of universal health coverage by 2030"
    m = rule("goal_before").search(_before(para("A/RES/78/173 12"), "by 2030", 80))
    assert m.group(0).startswith("towards the achievement of universal health coverage")
    # A/RES/80/125 19: "to reduce the transaction costs ... to less than 3 per cent by 2030": no goal named (the goal's
    # infinitive is rule ``goal``'s)
    assert rule("goal_before").search(_before(para("A/RES/80/125 19"), "by 2030", 80)) is None


def test_commemoration_a_commemorated_thing_before_its_year():
    # A/RES/79/150 5: "the observance of the thirtieth anniversary of the International Year of the Family in 2024"
    before = _before(para("A/RES/79/150 5"), "in 2024", 200)
    assert rule("commemoration").search(before).group(0) == "anniversary of the International Year of the Family "
    # A/RES/78/288 5: "as the thirtieth anniversary of their adoption approaches in 2025"
    before = _before(para("A/RES/78/288 5"), "in 2025", 200)
    assert rule("commemoration").search(before).group(0) == "anniversary of their adoption approaches "
    # A/RES/80/132 5: "to convene a midterm review of the Decade in 2030": a decade is no commemorated thing
    assert rule("commemoration").search(_before(para("A/RES/80/132 5"), "in 2030", 200)) is None
    # A/RES/78/164 48: "for the thirty-second commemoration, in 2024, of the International Day": the year set off
    # between the head and its "of" (tests/labels/mandates_fresh20 n 9)
    text = para("A/RES/78/164 48")
    assert rule("commemoration").search(_before(text, "in 2024", 200)).group(0) == "commemoration, "
    assert "in 2024" not in [d.text for d in dl.find(text)]
    # a comma after the commemorated name is no set-off of the head: "the commemoration of International Mountain Day,
    # on 11 December" (A/RES/80/144 21)
    assert rule("commemoration").search("through the commemoration of International Mountain Day, ") is None


# ---------------------------------------------------------------- an event named in the object


def test_of_an_event_a_participle_after_the_events_noun():
    # A/RES/79/161 44: "to commence preparations for the high-level event, to be held in 2026": the event's year
    text = para("A/RES/79/161 44")
    assert rule("of_an_event").search(_before(text, "in 2026", 160)).group(0) == "to be held "
    assert not dl._at_the_event(text[: text.index("in 2026")])
    # A/RES/79/271 5: another participle and a place first
    before = _before(para("A/RES/79/271 5"), "from 9 to 13 June 2025", 160)
    assert rule("of_an_event").search(before).group(0) == "to be co-hosted by Costa Rica and France and held in Nice, France, "


def test_at_event_the_action_takes_place_at_the_event():
    # A/RES/78/10 1: the Olympic Truce "throughout the period from the seventh day before the start of the Games ...
    # until the seventh day following the end of the XVII Paralympic Games, to be held in Paris in 2024": a period
    # bounded by events, its last bound the Games the postmodifier dates, no event the action is at (the period is the
    # deadline, tests/labels/mandates_fresh16 n 72); "throughout the Games" is one
    text = para("A/RES/78/10 1")
    upto = text[: text.index("in 2024")]
    phrase = re.split(r"[,;]", upto[: upto.index(", to be held")])[-1]
    assert rule("at_event").search(phrase) is None
    assert not dl._at_the_event(upto)
    assert rule("at_event").search(" to observe the Truce throughout the Games").group(0) == "throughout the "
    # A/RES/78/207 2: "in that endeavour encourages all Member States to participate to the upcoming world congress ...,
    # to be held in 2024": an infinitive after "in that": no event the action is at
    text = para("A/RES/78/207 2")
    upto = text[: text.index("in 2024")]
    phrase = re.split(r"[,;]", upto[: upto.index(", to be held")])[-1]
    assert rule("at_event").search(phrase) is None
    assert not dl._at_the_event(upto)


def test_holds_event_the_action_convenes_the_event():
    # A/RES/79/210 4: "to convene ... a one-day high-level meeting ..., to be held on 22 April 2025"
    text = para("A/RES/79/210 4")
    upto = text[: text.index("on 22 April 2025")]
    assert rule("holds_event").search(upto).group(0) == "convene"
    assert dl._at_the_event(upto)


def test_to_event_a_contribution_to_a_named_event():
    # A/RES/79/222 52: "to contribute within its mandate to the Second World Summit for Social Development, to be held in
    # Qatar from 4 to 6 November 2025"
    text = para("A/RES/79/222 52")
    upto = text[: text.index("from 4 to 6 November 2025")]
    assert rule("to_event").search(upto).group(0) == "contribute within its mandate to the S"
    assert dl._at_the_event(upto)


def test_event_in_object_an_event_held_in_a_relative_clause_or_led_towards():
    # A/RES/78/290 12: "the United Nations Road Safety Fund, for which a pledging conference will be held alongside the
    # Fourth Global Ministerial Conference on Road Safety, in 2025"
    m = rule("event_in_object").search(_before(para("A/RES/78/290 12"), "in 2025", 200))
    assert m.group(0).startswith("for which a pledging conference will be held alongside the Fourth Global")
    # A/RES/79/287 17: "carrying forward that momentum towards the high-level meeting on a comprehensive review, in 2025"
    m = rule("event_in_object").search(_before(para("A/RES/79/287 17"), "in 2025", 200))
    assert m.group(0) == "towards the high-level meeting on a comprehensive review, "


def test_held_before_a_past_event():
    # A/RES/80/229 40: "the practical tools recommended by the open-ended intergovernmental expert group ... at its
    # meeting held in Bangkok from 11 to 13 November 2014"
    text = para("A/RES/80/229 40")
    end = text.index("at its meeting") + len("at its meeting")
    assert rule("held_before").match(text, end).group(0) == " held in "


def test_event_then_time_what_stands_between_an_event_and_its_time():
    # A/RES/78/236 15: "during the debate at the eightieth session of the General Assembly": the debate's time
    text = para("A/RES/78/236 15")
    end = text.index("during the debate") + len("during the debate")
    assert rule("event_then_time").fullmatch(text, end, text.index("at the eightieth session"))
    # A/RES/79/203 PP13: "the Fourth International Conference on Financing for Development, to be held in Seville, Spain,
    # from 30 June to 3 July 2025"
    text = para("A/RES/79/203 PP13")
    end = text.index("Financing for Development") + len("Financing for Development")
    assert rule("event_then_time").fullmatch(text, end, text.index("from 30 June"))
    # a clause between: not the event's time
    assert not rule("event_then_time").fullmatch(text, end, text.index("from 4 to 6 November"))


def test_event_held_then_time_what_stands_between_an_event_named_as_a_time_and_its_date():
    # A/RES/80/76 44: "before the next session of the Committee, to be held in 2026": the session's body, "to be held",
    # then the year the session is held in (branch mfix12)
    text = para("A/RES/80/76 44")
    end = text.index("before the next session") + len("before the next session")
    assert rule("event_held_then_time").fullmatch(text, end, text.index("in 2026;"))
    # A/RES/80/8 9: a second event coordinated, "to be held" and its place, then the year
    text = para("A/RES/80/8 9")
    end = text.index("the XXXIV Olympiad") + len("the XXXIV Olympiad")
    assert rule("event_held_then_time").fullmatch(text, end, text.index("in 2028"))
    # without "to be held" the time is no event's postmodifier (``event_then_time`` reads that one)
    assert not rule("event_held_then_time").fullmatch("before the next session of the Committee, in 2026", 23, 42)


def test_document_then_time_what_stands_between_an_own_report_and_its_time():
    # A/RES/78/234 37 (tests/fixtures/kinds_f18): "in his report on the implementation of the present resolution to the
    # General Assembly at its seventy-ninth session": the report's topic and receiver, then its time
    from conftest import copied_paragraph

    text = copied_paragraph(Path(__file__).parent / "fixtures" / "kinds_f18", "A/RES/78/234", "37")
    end = text.index("in his report") + len("in his report")
    assert rule("document_then_time").fullmatch(text, end, text.index("at its seventy-ninth session"))
    # another action between (A/RES/78/47 11's words): not the document's time
    text = ("to present the budgetary requirements in his next proposed programme budget to operationalize "
            "this decision and to report thereon to the General Assembly at its eightieth session")
    end = text.index("programme budget") + len("programme budget")
    assert not rule("document_then_time").fullmatch(text, end, text.index("at its eightieth session"))


def test_of_an_implementation_the_span_of_what_is_implemented():
    # A/RES/80/150 83: "recommendations for the effective implementation of the Programme during the remainder of the
    # decade"
    before = _before(para("A/RES/80/150 83"), "during the remainder of the decade", 200)
    assert rule("of_an_implementation").search(before).group(0) == "implementation of the Programme "


def test_a_day_named_a_bound_of_a_period():
    # A/RES/78/10 1: "from the seventh day before the start of the Games"
    before = _before(para("A/RES/78/10 1"), "before the start of the Games", 40)
    assert rule("a_day_named").search(before).group(0) == "the seventh day "


def test_state_before_the_law_in_force_then():
    # A/RES/78/221 6: "respecting the Ukrainian legislation in force prior to the temporary occupation": the law's time
    before = _before(para("A/RES/78/221 6"), "prior to the temporary occupation", 40)
    assert rule("state_before").search(before).group(0) == "in force "
    # "to reach out to Member States prior to the holding of such dialogue" (A/RES/78/79 2): the action's time
    assert rule("state_before").search("to reach out to Member States ") is None


def test_proclaimed_the_period_a_proclamation_names():
    # A/RES/78/321 1: "Decides to proclaim the period from 2025 to 2034 as the Decade ...": the Decade's years, no
    # deadline of the proclamation
    text = para("A/RES/78/321 1")
    assert rule("proclaimed").search(_before(text, "from 2025 to 2034", 40)).group(0) == "proclaim the period "
    assert dl.find(text) == []
    # "to proclaim, in line with ..., 14 December as the International Day ..., to be observed annually beginning in
    # 2025" (A/RES/80/106 1): a time away from the verb is none of the rule's
    assert rule("proclaimed").search("to be observed annually ") is None


def test_extended_the_end_an_extension_gives():
    # A/RES/80/78 6: "Decides to extend the mandate of the Agency until 30 June 2029": how long the mandate now lasts,
    # what is decided, no deadline (tests/labels/mandates_fresh19 n 94)
    text = para("A/RES/80/78 6")
    assert rule("extended").search(_before(text, "until 30 June 2029", 160)).group(0) == (
        "extend the mandate of the Agency ")
    assert dl.find(text) == []
    # the time right after the verb, the object after it (A/RES/79/211 38)
    assert rule("extended").search(_before(para("A/RES/79/211 38"), "until 2030", 160)).group(0) == "extend "
    # an action that goes on until a time is no extension (A/RES/79/117 12: "to continue to operate ... the repository
    # ... until the end of 2027", its deadline); nor a receiver after "to" ("to extend support to them until 2030")
    text = para("A/RES/79/117 12")
    assert rule("extended").search(_before(text, "until the end of 2027", 160)) is None
    assert "until the end of 2027" in [d.text for d in dl.find(text)]
    assert rule("extended").search("to extend support to the people ") is None


def test_of_an_instrument_the_years_of_what_the_action_follows():
    # A/RES/79/40 8: "pursuant to the schedule of meetings for the period from 2024 to 2030 agreed upon at the Fourth
    # Review Conference, to convene ... in 2026 ... and ... in 2028": the schedule's years; the meetings' stay
    text = para("A/RES/79/40 8")
    assert rule("of_an_instrument").search(_before(text, "from 2024 to 2030", 200)).group(0) == (
        "pursuant to the schedule of meetings for the period ")
    assert [d.text for d in dl.find(text)] == ["in 2026", "in 2028"]


def test_included_amount_the_period_of_a_part_an_amount_is_inclusive_of():
    # A/RES/78/250 2 (tests/labels/mandates_fresh20 n 40): "..., inclusive of the amount of 590,000,000 dollars
    # previously authorized for the Mission for the period from 1 July to 31 December 2023": the part's period
    text = para("A/RES/78/250 2")
    assert rule("included_amount").search(_before(text, "from 1 July to 31 December 2023", 300)).group(0).startswith(
        ", inclusive of the amount of 590,000,000 dollars")
    assert [d.text for d in dl.find(text)] == ["from 1 July 2023 to 30 June 2024"]
    # the appropriation's own period, before the "inclusive of", is read
    assert rule("included_amount").search(_before(text, "from 1 July 2023 to 30 June 2024", 300)) is None
    # A/RES/80/241 3: "inclusive of the amounts of ... previously authorized by the Advisory Committee for the period"
    assert [d.text for d in dl.find(para("A/RES/80/241 3"))] == ["from 1 October 2025 to 30 June 2026"]


def test_in_a_condition_a_time_the_condition_names():
    # A/RES/80/110 91: "subject to the availability of funds ... for the sessions of the Commission in 2026, to
    # reimburse those members": the sessions' year, in the condition, not the reimbursement's
    text = para("A/RES/80/110 91")
    assert rule("in_a_condition").search(_before(text, "in 2026", 300)).group(0).startswith("and subject to the availability")
    assert dl.find(text) == []
    # A/RES/79/49 8: "an updated report on the subject to the General Assembly at its eighty-first session": a topic
    # and a receiver, no condition; the session is the report's
    text = para("A/RES/79/49 8")
    assert rule("in_a_condition").search(_before(text, "at its eighty-first session", 300)) is None
    assert [d.text for d in dl.find(text)] == ["at its eighty-first session"]


def test_recurs_before_a_recurrence_right_before_its_first_time():
    # A/RES/79/293 1: "to be observed annually, beginning in 2025": from 2025, each year, on the Day proclaimed (4
    # December, ``proclaimed_day``: the twenty-seventh session, branch deadline7; was "2025")
    m = rule("recurs_before").search(_before(para("A/RES/79/293 1"), "beginning in 2025", 80))
    assert m.group("recurrence") == "annually"
    assert [(d.text, d.start, d.recurrence) for d in dl.find(para("A/RES/79/293 1"))] == [
        ("beginning in 2025", "2025-12-04", "annually")]
    # A/RES/79/327 16: "every three years, on a trial basis starting at the eighty-first session"
    text = para("A/RES/79/327 16")
    assert rule("recurs_before").search(_before(text, "starting at", 80)).group("recurrence") == "every three years"
    assert [(d.start, d.recurrence) for d in dl.find(text)] == [("2026-09", "every three years")]


def test_observed_day_a_day_of_the_year_recurs_only_as_an_observance_s():
    # A/RES/78/330 22: "observing International Mother Language Day on 21 February": the Day's name before the day
    text = para("A/RES/78/330 22")
    assert rule("observed_day_before").search(_before(text, "on 21 February", 80))
    assert [(d.text, d.start, d.recurrence) for d in dl.find(text, adopted="2024-09-09")] == [
        ("on 21 February", "2025-02-21", "annually")]
    # A/RES/80/198 53: "to commemorate, on 26 June, the United Nations International Day in Support of ...": after it
    text = para("A/RES/80/198 53")
    assert rule("observed_day_after").match(text, text.index("on 26 June") + len("on 26 June"))
    assert [d.recurrence for d in dl.find(text, adopted="2025-12-17")] == ["annually"]
    # A/RES/80/12 1: "by 30 April annually": a recurrence after the day
    text = para("A/RES/80/12 1")
    assert rule("observed_day_after").match(text, text.index("by 30 April") + len("by 30 April")).group("recurrence")
    # A/RES/72/244 11: "at the opening plenary meeting, on 10 December, and at the closing plenary meeting, on 11
    # December": the Conference's days (paragraph 4: "on 10 and 11 December 2018"), no observance: one day each
    text = para("A/RES/72/244 11")
    assert rule("observed_day_before").search(_before(text, "on 10 December", 80)) is None
    assert rule("observed_day_after").match(text, text.index("on 10 December") + len("on 10 December")) is None
    assert [(d.text, d.start, d.recurrence) for d in dl.find(text, adopted="2017-12-24")] == [
        ("on 10 December", "2018-12-10", None), ("on 11 December", "2018-12-11", None)]


def test_recurs_after_a_recurrence_after_the_first_time_another_act_between():
    # A/RES/73/195 annex 50: "beginning in 2020, alternating with discussions at the global level at a four-year
    # interval": from 2020, every four years
    text = para("A/RES/73/195 annex 50")
    at = text.index("beginning in 2020") + len("beginning in 2020")
    assert rule("recurs_after").match(text, at).group("recurrence") == "at a four-year interval"
    assert [(d.text, d.start, d.recurrence) for d in dl.find(text)] == [
        ("beginning in 2020", "2020", "every four years")]
    # not a time with no recurrence after it: A/RES/79/293 1 "to be observed annually, beginning in 2025" (before it)
    text = para("A/RES/79/293 1")
    assert rule("recurs_after").match(text, text.index("beginning in 2025") + len("beginning in 2025")) is None


def test_recurs_in_object_the_adjective_of_a_period_on_the_first_infinitives_object():
    # A/RES/78/317 annex 41 (trialfix30a): "Beginning in 2026, we call upon [three regional commissions] to conduct a
    # comprehensive biennial review of progress": the start recurs every two years (read at the start's end)
    after = (", we call upon the Economic Commission for Latin America and the Caribbean, the Economic and Social"
             " Commission for Asia and the Pacific and the Economic Commission for Africa to conduct a comprehensive"
             " biennial review of progress in each small island developing State")
    assert rule("recurs_in_object").match(after).group("object_recurrence") == "biennial"
    # A/RES/79/203 18: "the Secretary-General, beginning from 2026, to submit an annual report"
    assert rule("recurs_in_object").match(", to submit an annual report to the Economic and").group(
        "object_recurrence") == "annual"
    # another infinitive first, or the adjective not before the object's noun: none
    assert rule("recurs_in_object").match(", to take note of the annual report") is None
    assert rule("recurs_in_object").match(" to hold a meeting to adopt an annual plan") is None
    assert rule("recurs_in_object").match("; and to submit an annual report") is None


def test_related_act_the_time_of_an_act_the_object_is_about():
    # A/RES/78/15 4: "all documents relating to the consideration of this item by the General Assembly at its
    # seventy-eighth session": the consideration's session, not the transmission's
    text = para("A/RES/78/15 4")
    assert rule("related_act").search(_before(text, "at its seventy-eighth session"))
    assert dl.find(text) == []
    # a purpose keeps its session: "for consideration by the General Assembly at its seventy-ninth session"
    assert rule("related_act").search("a report on its activities for 2023/24, for consideration by the General "
                                      "Assembly ") is None


def _auditfix30a(symbol: str, label: str) -> str:
    """A paragraph of tests/fixtures/kinds_auditfix30a/paragraphs.md (tests/test_auditfix30a.py reads them whole)."""
    from conftest import copied_paragraph

    return copied_paragraph(Path(__file__).parent / "fixtures" / "kinds_auditfix30a", symbol, label)


def test_others_report_the_session_of_anothers_report_contributed_to():
    # A/RES/78/152 69: "in order to provide substantive input to the report of the Secretary-General to be submitted
    # to the General Assembly at its seventy-ninth session": the Secretary-General's submission, not the event's time
    text = _auditfix30a("78/152", "69")
    assert rule("others_report").search(_before(text, "at its seventy-ninth session"))
    # A/RES/78/158 25: "to be included in the report of the Secretary-General to be submitted to ..."
    text = _auditfix30a("78/158", "25")
    assert rule("others_report").search(_before(text, "at its seventy-ninth session"))
    # the actor's own report asked is due then: no contribution's words before it
    assert rule("others_report").search("to submit the report of the Secretary-General to the General "
                                        "Assembly ") is None
    assert rule("others_report").search("a status report on the elaboration of the draft declaration to be considered "
                                        "by the General Assembly ") is None


def test_holder_term_a_session_after_a_holders_title_in_the_object():
    # A/RES/79/288 3 (a): "statements by the President of the General Assembly at its eightieth session": which
    # President, no time of the segment
    text = _auditfix30a("79/288", "3 (a)")
    assert rule("holder_term").search(_before(text, "at its eightieth session", 120))
    # the addressee's own words (A/RES/78/232 12, "Requests the President of the General Assembly at its
    # seventy-eighth session to appoint"): no "by", "of" or comma before the title, the time kept
    text = _auditfix30a("78/232", "12")
    assert rule("holder_term").search(_before(text, "at its seventy-eighth session", 120)) is None
    assert "at its seventy-eighth session" in [d.text for d in dl.find(text)]


def test_target_infinitive_a_time_in_a_targets_infinitive():
    # A/RES/79/192 3 (c): "with targets to effect its implementation by the eighty-fourth session of the Assembly"
    text = _auditfix30a("79/192", "3 (c)")
    assert rule("target_infinitive").search(_before(text, "by the eighty-fourth session", 200))
    assert [d.text for d in dl.find(text)] == ["at the eightieth session of the General Assembly"]
    # a goal's noun right before the time, no infinitive: the action's time ("to align with the Paris Agreement
    # temperature goal by the end of 2023", A/RES/78/153 10)
    assert rule("target_infinitive").search("to align with the Paris Agreement temperature goal ") is None


def test_led_to_a_time_at_the_end_of_what_a_process_leads_to():
    # A/RES/78/262 11 (79/263 11): "to support the post-Malabo consultations and process, leading to a new Comprehensive
    # Africa Agriculture Development Programme framework in 2025": the framework's year, not the support's
    text = para("A/RES/78/262 11")
    m = rule("led_to").search(_before(text, "in 2025", 200))
    assert m and m.group(0).startswith("leading to a new Comprehensive")
    assert dl.find(text) == []
    # the addressee's own verb of leading, and a time set off by a comma after the result, stay the action's
    assert rule("led_to").search("to lead the process ") is None
    assert rule("led_to").search("to continue leading to the Conference, ") is None
    assert rule("led_to").search("the process, leading to a framework, ") is None


def test_cited_act_the_time_of_a_cited_resolutions_act_in_a_relative_clause():
    # A/RES/79/90 1 (tests/fixtures/trialfix27p): "in particular Security Council resolution 497 (1981), in which the
    # Council, inter alia, decided that ... and demanded that Israel ... rescind forthwith its decision": the Council's
    from conftest import mandates_by_symbol

    (m,) = [m for m in mandates_by_symbol(Path(__file__).parent / "fixtures" / "trialfix27p")["A/RES/79/90"]
            if m.paragraph == "1" and m.kind == "mandate"]
    assert rule("cited_act").search(_before(m.action, "forthwith", 600))
    assert dl.find(m.action) == []
    # the actor's own next action after the relative clause keeps its time
    assert rule("cited_act").search("resolution 497 (1981), in which the Council decided that the decision is void, "
                                    "and to report ") is None
    assert rule("cited_act").search("to comply with resolution 497 (1981) ") is None


def test_relayed_the_report_of_a_body_the_actor_is_asked_to_ask():
    # A/RES/79/245 15: "to request the Board of Auditors to keep matters related to accrued interests under review and
    # report thereon in its future reports": the Board's report (relayed_request before "report", relayed_report before
    # its time); A/RES/78/245 75: "direct all departments of the Secretariat to include ... in their reports"
    action = ("to request the Board of Auditors to keep matters related to accrued interests under review and report "
              "thereon in its future reports")
    assert rule("relayed_request").search(action[: action.index("report thereon")])
    assert rule("relayed_report").search(_before(action, "in its future reports", 600))
    assert rule("relayed_first").search("direct all departments of the Secretariat to ")
    # the actor's own request after its own action: none ("and to report" of the actor, no body asked)
    assert rule("relayed_request").search("to conduct an audit of the Account, and ") is None
    assert rule("relayed_first").search("to submit ") is None
    # a declaration's own verb is no infinitive: "We invite the Global Forum ... to provide ..., and to report" (A/RES/
    # 73/195 annex 51: the Forum's report, the action read from "to provide")
    assert rule("relayed_request").search("We invite the Global Forum on Migration and Development to provide a space "
                                          "for annual informal exchange, and ") is None


def test_recurs_after_item_a_recurrence_after_an_agenda_items_title():
    # A/RES/80/106 8: "to include in the provisional agenda of its eighty-first session the item entitled “...” and to
    # consider it on an annual basis thereafter" (the paragraph copied into tests/fixtures/kinds_dfix3/paragraphs.md)
    from conftest import copied_paragraph

    text = copied_paragraph(Path(__file__).parent / "fixtures" / "kinds_dfix3", "A/RES/80/106", "8")
    end = text.index("session") + len("session")
    assert rule("recurs_after_item").match(text, end).group("recurrence") == "on an annual basis"
    # not after any agenda: A/RES/80/199 32 names no item's title after its session
    other = copied_paragraph(Path(__file__).parent / "fixtures" / "kinds_dfix3", "A/RES/80/199", "32")
    assert rule("recurs_after_item").match(other, other.index("sessions") + len("sessions")) is None


def _np_after(text: str, preposition: str) -> str:
    """The words after ``preposition`` in ``text`` up to the next comma: what a "before"-deadline's noun phrase is."""
    rest = text[text.index(preposition) + len(preposition) + 1 :]
    return rest.split(",")[0]


def test_event_edge_and_definite_np_before_an_event_held():
    # A/RES/78/245 27: "any changes that might occur before the holding of meetings": generic, any meeting: no event
    np = _np_after(para("A/RES/78/245 27"), "before")
    edge = rule("event_edge").match(np)
    assert edge.group(0) == "the holding of " and rule("definite_np").match(np[edge.end():]) is None
    assert not dl._an_event("before " + np)
    # A/RES/79/122 12: "to organize consultations ..., prior to the convening of the Conference": that Conference
    np = _np_after(para("A/RES/79/122 12"), "prior to")
    edge = rule("event_edge").match(np)
    assert edge.group(0) == "the convening of " and rule("definite_np").match(np[edge.end():]).group(0) == "the "
    assert dl._an_event("prior to " + np)


def test_np_complement_cuts_a_noun_phrase_at_its_head():
    # A/RES/79/183 3: "its review before the Committee on the Elimination of Racial Discrimination in August 2024": a
    # body ("before" as "in front of"), its head before its complement
    np = _np_after(para("A/RES/79/183 3"), "review before").removesuffix(" in August 2024")
    assert rule("np_complement").split(np, maxsplit=1)[0] == "the Committee"
    assert rule("definite_np").match(np)
    assert not dl._an_event("before " + np)


# ---------------------------------------------------------------- a purpose, a goal


def test_purpose_and_where_it_ends():
    # A/RES/78/195 23: "so that these technologies and systems become accessible at minimal cost and at an early stage"
    assert rule("purpose").search(para("A/RES/78/195 23")).group(0) == "so that"
    # A/RES/78/206 8: "in order to effectively respond to ..., and, by 2030, implement integrated water resources
    # management": the next action, its time set off after "and"
    text = para("A/RES/78/206 8")
    m = rule("purpose").search(text)
    assert m.group(0) == "in order to"
    assert rule("purpose_end_infinitive").search(text, m.end()).group(0) == ", and, "
    assert (text.index("in order to"), text.index(", and, by 2030")) in dl._purposes(text)


def test_purpose_aiming_for_a_goal_and_its_urgency():
    # A/RES/79/195 29: "to promptly accept this agreement ..., aiming for entry into force as quickly as possible": the
    # entry into force's urgency, in the purpose, not the acceptance's deadline
    text = para("A/RES/79/195 29")
    assert rule("purpose").search(text).group(0) == "aiming for"
    assert "as quickly as possible" not in [d.text for d in dl.find(text)]


def test_past_relative_a_past_act_in_a_relative_clause():
    # A/RES/78/92 18 (adopted 5 December 2023): "in the aftermath of Typhoon Mawar that impacted the Territory in 2023":
    # the typhoon's year
    text = para("A/RES/78/92 18")
    before = _before(text, "in 2023")
    assert rule("past_relative").search(before).group(0) == "that impacted the Territory "
    assert dl._an_act_before(before)
    assert dl.find(text, adopted="2023-12-05") == []
    # a time still to come stays ("... that impacted the Territory in 2026" read from 2025): the past act's test only
    assert [d.text for d in dl.find(text.replace("2023", "2026"), adopted="2025-12-05")] == ["in 2026"]
    # no relative clause: "the Territory in 2023" alone
    assert rule("past_relative").search("to the Territory ") is None


def test_purpose_end_the_next_action_is_a_report():
    # A/RES/79/245 17: "to continue developing a culture of efficiency and cost-effectiveness, with a view to improving
    # financial and budget performance, and report thereon in the future budget submissions": the report is no part of
    # the purpose (after "to" as after any purpose word: set off by a comma)
    text = para("A/RES/79/245 17")
    m = rule("purpose").search(text)
    for end in ("purpose_end", "purpose_end_infinitive"):
        assert rule(end).search(text, m.end()).group(0) == ", and report"


def test_purpose_end_infinitive_goes_on_over_a_bare_and_to():
    # A/RES/80/132 5: "in order to assess progress ... and to provide guidance for the remainder of the Decade": one
    # purpose; a purpose that does not end with "to" ends at "and to"
    text = para("A/RES/80/132 5")
    m = rule("purpose").search(text)
    guidance = text.index("the remainder of the Decade")
    end = rule("purpose_end_infinitive").search(text, m.end())
    assert end is None or end.start() > guidance
    assert rule("purpose_end").search(text, m.end()).group(0) == " and to provide"


def test_goal_an_infinitive_of_a_goal_after_a_noun():
    # A/RES/80/24 1: "measures to achieve the total elimination of all nuclear weapons at the earliest possible time"
    text = para("A/RES/80/24 1")
    m = rule("goal").search(text)
    assert (m.group(0), m.group("to")) == ("measures to achieve", "to achieve")
    assert dl._purposes(text) == [(text.index("to achieve"), text.index(";"))]  # to the clause's end
    # A/RES/80/125 19: "to further efforts to reduce the transaction costs ... by 2030"
    assert rule("goal").search(para("A/RES/80/125 19")).group(0) == "efforts to reduce"
    # A/RES/78/187 27: "and to end child labour in all its forms, by 2025": coordinated with the action, its own
    assert rule("goal").search(para("A/RES/78/187 27")) is None


def test_goal_in_a_names_title_case():
    # A/RES/79/153 22: "the Joint Programme on the Elimination of Female Genital Mutilation: Delivering the Global
    # Promise to End Female Genital Mutilation by 2030": the goal's words in a name's title case (``_title``), its
    # year the programme's goal's (tests/labels/mandates_fresh15 n 69)
    text = para("A/RES/79/153 22")
    m = rule("goal").search(text)
    assert (m.group(0), m.group("to")) == ("Promise to End", "to End")
    assert any(s <= text.index("by 2030") < e for s, e in dl._purposes(text))
    assert "(?i:" in attachment.pattern("goal")


def test_goal_a_gerund_coordinated_after_and_and_an_entry_into_force():
    # A/RES/79/223 18: "... towards achieving the goal of universal access ... and to ending the HIV/AIDS epidemic by
    # 2030": a gerund is never the action, so "and to ending" is a goal (tests/labels/mandates_fresh22 n 4)
    text = para("A/RES/79/223 18")
    m = rule("goal").search(text)
    assert (m.group(0), m.group("to")) == ("and to ending", "to ending")
    assert any(s <= text.index("by 2030") < e for s, e in dl._purposes(text))
    # A/RES/78/68 147: "to deposit their instruments of acceptance to bring it into force as soon as possible" (n 71)
    text = para("A/RES/78/68 147")
    m = rule("goal").search(text)
    assert (m.group(0), m.group("to")) == ("acceptance to bring it into force", "to bring it into force")
    assert any(s <= text.index("as soon as possible") < e for s, e in dl._purposes(text))
    # an infinitive coordinated with the action stays the action's ("and to end child labour", A/RES/78/187 27)
    assert rule("goal").search("and to end child labour in all its forms, by 2025") is None


def test_own_subject_an_infinitive_with_a_subject_of_its_own_after_for():
    # A/RES/78/198 14 (tests/fixtures/kinds_f23): "the conditions for everyone to be free from hunger and, as soon as
    # possible, to enjoy fully the right to food, and to create ...": the urgency is everyone's (tests/labels/
    # mandates_fresh23 n 6); the infinitive runs over "and, as soon as possible, to enjoy" to ", and to create"
    from conftest import copied_paragraph

    kinds = Path(__file__).parent / "fixtures" / "kinds_f23"
    text = copied_paragraph(kinds, "78/198", "14")
    m = rule("own_subject").search(text)
    assert (m.group(0), m.group("own_to")) == ("for everyone to be", "to be")
    end = rule("own_subject_end").search(text, m.end())
    assert end.group(0) == ", and to create"
    assert (text.index("to be free"), end.start()) in dl._purposes(text)
    assert any(s <= text.index("as soon as possible") < e for s, e in dl._purposes(text))
    # no subject of its own: coordinated words ("for military purposes and to place", A/RES/78/40 5), a second object
    # of the verb after "and" ("and for the Secretary-General to facilitate", A/RES/79/238 6), "to" a preposition
    # ("expenditures related to the strategic heritage plan", A/RES/78/253 XIX.17; "for adaptation to developing
    # country parties", A/RES/78/153 24)
    for symbol, label, action in (("78/40", "5", "to commit to declaring"), ("79/238", "6", "to consult"),
                                  ("78/253", "XIX.17", "to continue to use"), ("78/153", "24", "to at least double")):
        text = copied_paragraph(kinds, symbol, label)
        assert rule("own_subject").search(text, text.index(action)) is None, symbol


def test_name_before_and_short_name_after_a_time_inside_a_name():
    # A/RES/80/61 7: "the Roadmap for Implementing ... across the Caribbean in a Sustainable Manner by 2030 (Caribbean
    # Firearms Roadmap)": the roadmap's year (tests/labels/mandates_fresh22 n 52)
    text = para("A/RES/80/61 7")
    s = text.index("by 2030")
    assert rule("name_before").search(text, max(0, s - 200), s) is not None
    assert rule("short_name_after").match(text, s + len("by 2030")) is not None
    # a document symbol in brackets is no short name; lower-case words before a time are no name
    assert rule("short_name_after").match(" (A/80/123)") is None
    assert rule("name_before").search("to report to the Assembly on the progress made ") is None


def test_budget_amount_the_amount_a_budget_act_gives_before_its_period():
    # A/RES/79/255 20: "Decides to appropriate ... a total amount of 60,963,800 United States dollars gross
    # (56,127,700 dollars net) for the Mechanism for 2025": the appropriation's year (tests/labels/mandates_fresh15 n 61)
    text = para("A/RES/79/255 20")
    m = rule("budget_amount").search(_before(text, "for 2025"))
    assert m.group(0).startswith("appropriate to the special account") and m.group(0).endswith("for the Mechanism ")
    assert [d.text for d in dl.find(text)] == ["for 2025"]
    # A/RES/78/301 20: "in accordance with the scale of assessments for 2025": the scale's year, no amount before it
    text = para("A/RES/78/301 20")
    assert rule("budget_amount").search(_before(text, "for 2025")) is None
    assert [d.text for d in dl.find(text)] == ["from 1 January to 30 June 2025"]


def test_negotiated_instrument_the_outcomes_sent_are_a_treatys_text():
    # A/RES/79/243 5 (tests/labels/mandates_fresh26 n 50): "with a view to negotiating a draft protocol supplementary to
    # the Convention, ... for the purpose of submitting the outcomes to the Conference of the States Parties": the
    # outcomes are the negotiated protocol's text, no report (mandates/reports.py ``_negotiated_text``)
    text = para("A/RES/79/243 5")
    m = rule("negotiated_instrument").search(_before(text, "submitting the outcomes", 600))
    assert m.group(0).startswith("negotiating a draft protocol supplementary to the Convention")
    # A/RES/80/132 6: "to present the findings and recommendations to the General Assembly": no negotiation named
    text = para("A/RES/80/132 6")
    assert rule("negotiated_instrument").search(_before(text, "present the findings", 600)) is None


# ---------------------------------------------------------------- the body a session is of


def test_session_of_the_body_named_after_the_session():
    # A/RES/80/164 46: "after the conclusion of the session of the International Law Commission"
    assert rule("session_of").search(para("A/RES/80/164 46")).group("name") == "International Law Commission"


def test_named_before_the_bodies_named_before_at_its():
    # A/RES/79/161 44: "to the Human Rights Council at its sixtieth session"
    before = _before(para("A/RES/79/161 44"), "at its sixtieth session", 80)
    assert rule("named_before").search(before).group("names") == "the Human Rights Council"
    # A/RES/78/217 32: "to the General Assembly and the Human Rights Council at their eightieth and sixty-first
    # sessions, respectively"
    before = _before(para("A/RES/78/217 32"), "at their eightieth", 80)
    assert rule("named_before").search(before).group("names") == "the General Assembly and the Human Rights Council"
    # A/RES/78/257 24: "to report to the General Assembly, including on projected needs of the Peacebuilding Fund, at
    # its eighty-fourth session": the comma; the Fund is named last, the Assembly is not (deadlines.py: the Fund holds
    # no sessions)
    before = _before(para("A/RES/78/257 24"), "at its eighty-fourth session", 80)
    assert rule("named_before").search(before) is None


def test_same_body_between_two_sessions_of_one_body():
    # A/RES/80/199 32: "to have these reports presented to the Human Rights Council at its relevant sessions, starting
    # from its sixty-fourth session": a comma alone between the two, the second the Council's
    text = para("A/RES/80/199 32")
    end = text.index("at its relevant sessions") + len("at its relevant sessions")
    assert rule("same_body_between").match(text[end : text.index("starting from its sixty-fourth")])
    # "... at its eighty-first and eighty-second sessions, and to have these reports presented to the Human Rights
    # Council at its relevant sessions": another body named between, no
    end = text.index("eighty-second sessions") + len("eighty-second sessions")
    assert rule("same_body_between").match(text[end : text.index("at its relevant sessions")]) is None


def test_head_of_the_body_named_after_the_head_noun():
    # A/RES/79/257 74: "requests that the report of the Secretary-General on strengthening the effectiveness and impact
    # of the Development Account, to be presented at its eightieth session, reflect the following elements": the
    # report's author is asked
    text = para("A/RES/79/257 74")
    subject = text[text.index("requests that ") + len("requests that ") : text.index(" reflect")]
    m = rule("head_of").match(subject)
    assert (m.group(0), m.group("words")) == ("the report of ", "")
    assert clauses._owner(subject) == "the Secretary-General"
    # words before the head are read lazily: A/RES/79/122 10, "Decides that the rules of procedure of the General
    # Assembly shall apply provisionally"
    text = para("A/RES/79/122 10")
    m = rule("head_of").match(text[len("Decides that ") :])
    assert (m.group(0), m.group("words")) == ("the rules of procedure of ", "rules of ")


def test_possessive_owner_a_document_of_the_bodies_named_before():
    # A/RES/80/198 42: "Welcomes the work and the reports of the Committee and of the Subcommittee ..., recommends that
    # their reports continue to include information ...": the subject's possessive stands for the bodies (the
    # twenty-eighth session, branch mfix8; tests/test_mandates_mfix8.py reads the paragraph)
    assert rule("possessive_owner").match("their reports").group("owner_pronoun") == "their"
    assert rule("possessive_owner").match("its annual report").group("owner_pronoun") == "its"
    assert clauses._possessive_owner("their reports") == "them"
    for subject in ("their children", "the reports", "their reports and recommendations", "his report"):
        assert rule("possessive_owner").match(subject) is None, subject


def test_session_holder_the_session_that_holds_an_activity():
    # A/RES/78/108 44: "Recommends that the debate on the report of the International Law Commission at the
    # seventy-ninth session of the General Assembly commence on 21 October 2024": the Assembly's debate
    text = para("A/RES/78/108 44")
    assert rule("session_holder").search(text).group(0) == "at the seventy-ninth session of "
    subject = text[len("Recommends that "): text.index(" commence")]
    assert clauses._owner(subject) == "the General Assembly"


# ---------------------------------------------------------------- the words before an infinitive's "to"


def _action(text: str) -> str:
    """The text of a clause from where its action starts (``clauses.infinitive``)."""
    return text[clauses.infinitive(text) :]


def test_scope_before_a_scope_governed_by_under_before_to():
    # A/RES/78/331 13: "Calls upon Member States deploying non-United Nations forces authorized under a Security Council
    # mandate to take appropriate steps ...": "under" governs "mandate", the "to" after it opens the action
    text = para("A/RES/78/331 13")
    at = text.index(" to take appropriate") + 1
    assert rule("scope_before").search(text, 0, at).group(0) == "under a Security Council mandate "
    assert clauses._scope_before(text, "mandate", at)
    assert _action(text).startswith("to take appropriate steps")
    # at most six words between: "under a Security Council mandate to take appropriate steps" before "to investigate"
    # governs none of them
    assert rule("scope_before").search(text, 0, text.index("to investigate")) is None


def test_connective_before_a_connective_ends_the_addressee():
    # A/RES/78/118 47: "... and requests the Secretary-General in this respect to enhance further collaborative
    # initiatives to address the security needs of implementing partners": "respect" is no preposition's noun here
    text = para("A/RES/78/118 47")
    body = text[text.index("requests the Secretary-General in this respect") + len("requests ") :]
    at = body.index("to enhance")
    assert rule("connective_before").search(body, 0, at).group(0) == "in this respect "
    assert clauses._connective_before(body, at)
    assert _action(body).startswith("to enhance further collaborative initiatives")
    assert rule("connective_before").search(body, 0, body.index("to address")) is None


def test_directive_the_infinitive_after_a_directive_is_its_content_the_action():
    # A/RES/78/219 11: "Urges Myanmar, in accordance with the order of the International Court of Justice to take all
    # measures within its power ...": the parenthesis names the order, "to take" the action
    text = para("A/RES/78/219 11")
    segment = "in accordance with the order of the International Court of Justice"
    assert f"Myanmar, {segment} to take" in text
    assert rule("directive").fullmatch(segment) is not None
    assert rule("directive").fullmatch("in accordance with the order") is None
    assert _action(text[len("Urges ") :]).startswith("to take all measures within its power")


def test_a_dangling_preposition_and_the_verb_a_raised_object_follows():
    # A/RES/78/229 51 (80/229 42): "Calls upon Member States to consider ratifying or acceding to, and for States
    # parties to effectively implement, the Protocol against the Smuggling of Migrants ...": the first action ends with
    # its preposition, the object written after the next action's verb and its comma; 55 (80/229 46) without the comma
    assert rule("dangling_preposition").search("to consider ratifying or acceding to")
    assert rule("dangling_preposition").search("to consider ratifying the Protocol") is None
    assert rule("dangling_preposition").search("to consider ratifying or acceding to it") is None
    raised = rule("raised_verb")
    assert raised.match("to effectively implement, the Protocol against").group(0) == "to effectively implement, "
    assert raised.match("to fully and effectively implement the Protocol to Prevent").group(0) == \
        "to fully and effectively implement "
    assert raised.match("to sign and ratify the Convention").group(0) == "to sign and ratify "


def test_example_before_an_infinitive_after_including_is_an_example():
    # A/RES/80/180 11: "..., when designing, deploying or evaluating policies and programmes involving youth, including
    # to eliminate all forms of discrimination ..., to pay special attention to ...": the action is "to pay"
    text = para("A/RES/80/180 11")
    example = text.index("to eliminate")
    assert rule("example_before").search(text, 0, example).group(0) == ", including "
    assert rule("example_before").search(text, 0, text.index("to pay")) is None
    assert _action(text).startswith("to pay special attention")


def test_relative_before_a_relative_clause_takes_its_own_infinitive():
    # A/RES/78/7 3: "Once again urges States that have and continue to apply such laws and measures to take the steps
    # necessary ...": "continue to apply" is the relative clause's, the action "to take"
    text = para("A/RES/78/7 3")
    at = text.index("to apply")
    assert rule("relative_before").search(text, 0, at).group(0) == "that have and continue "
    assert rule("relative_before").search("Once again urges States ") is None
    assert _action(text).startswith("to take the steps")


def test_negated_relative_to_do_so_repeats_the_relative_clauses_verb():
    # A/RES/79/172 29: "Encourages States that have not yet integrated children's issues into their overall rule of law
    # efforts to do so and to develop ...": the action "to do so", not the complement of "efforts"
    text = para("A/RES/79/172 29")
    at = text.index("to do so")
    m = rule("negated_relative").search(text, 0, at)
    assert m.group(0).startswith("that have not yet integrated") and m.end() == at
    assert _action(text).startswith("to do so and to develop")
    # A/RES/78/217 8: "calls upon States that have not done so to consider ratifying ...": the relative clause said
    # "done so" itself, the action is "to consider"
    text = para("A/RES/78/217 8")
    assert rule("negated_relative").search(text, 0, text.index("to consider")) is None


# ---------------------------------------------------------------- a list of treaties in an addressee list


def test_parties_to_and_treaty_a_list_of_the_treaties_parties_are_parties_to():
    # A/RES/79/154 50: "Invites States parties to the Convention on the Elimination of All Forms of Discrimination
    # against Women, the Convention on the Rights of the Child, the International Covenant on Civil and Political Rights, ...":
    # each treaty after the first goes on in the parties' phrase
    text = para("A/RES/79/154 50")
    first = "States parties to the Convention on the Elimination of All Forms of Discrimination against Women"
    assert first in text
    assert rule("parties_to").search(first).group("party") == "parties"
    for treaty in ("the Convention on the Rights of the Child", "the International Covenant on Civil and Political "
                   "Rights", "the International Convention on the Protection of the Rights of All Migrant Workers"):
        assert treaty in text and rule("treaty").match(treaty) is not None
        assert addressees._treaty_goes_on(first, treaty)
    # A/RES/78/217 8: "States parties to the United Nations Convention against Transnational Organized Crime and the
    # Protocols thereto": a pointer, no treaty named by its title
    assert "the Protocols thereto" in para("A/RES/78/217 8")
    assert rule("treaty").match("the Protocols thereto") is None


def test_open_title_title_words_title_possessive_a_titles_list_goes_on_in_the_next_entry():
    # A/RES/80/198 26: "Calls upon States Parties to the Convention against Torture and Other Cruel, Inhuman or Degrading
    # Treatment or Punishment to fulfil ...": the comma is the title's, "Inhuman or Degrading Treatment or Punishment"
    # no entry of its own
    text = para("A/RES/80/198 26")
    before = "States Parties to the Convention against Torture and Other Cruel"
    after = "Inhuman or Degrading Treatment or Punishment"
    assert f"{before}, {after}" in text
    assert rule("open_title").search(before).group(0) == " to the Convention against Torture and Other Cruel"
    assert rule("title_words").fullmatch(after) is not None
    assert addressees._title_goes_on(before, after)
    # A/RES/79/154 50: "... of All Migrant Workers and Members of Their Families": a possessive only a title capitalises
    text = para("A/RES/79/154 50")
    before = "States parties to the International Convention on the Protection of the Rights of All Migrant Workers"
    assert "Members of Their Families" in text and rule("title_possessive").search(" Members of Their Families")
    assert addressees._title_goes_on(before, "Members of Their Families")
    # a lower-case word no title leaves so is no title's: "to fulfil their obligation" after it
    assert rule("title_words").fullmatch("Punishment to fulfil their obligation") is None


# ---------------------------------------------------------------- the grammar as read


def test_every_rule_read_by_the_code_is_tested_here():
    """Each rule of grammar/attachment.lark that the code reads (a rule without "_" that no other rule names as its
    group) has a test above."""
    from resparse.grammars import grammar_text

    grammar = grammar_text("attachment.lark")
    rules = set(re.findall(r"^([a-z][a-z_]*):", grammar, re.MULTILINE))
    groups = {r for r in rules if re.search(rf"[:|(\s]{r}\b(?!:)", grammar.split(f"\n{r}:")[0] + "\n")}
    tested = set(re.findall(r'rule\("([a-z_]+)"\)', Path(__file__).read_text(encoding="utf-8")))
    assert rules - groups - tested == set()
    assert {"be", "to", "name", "names"} <= groups


def test_a_rule_compiles_its_alternatives_in_order_and_its_groups_by_name():
    # "have" after "be" as written (Lark's own terminals would sort them by length); ``be`` a named group
    assert attachment.pattern("be").startswith("(?:be(?:\\s+)|have(?:\\s+)")
    assert "(?P<be>" in attachment.pattern("act_of_assembly")
    # a declared terminal is its word list (data/deadline_words.txt, [goal verbs]), the longest first
    assert "achieve|realize" in attachment.pattern("goal")
    # ``_lazy`` makes its repetition lazy: "the rules of procedure of" reads its head at the first "of" it can
    assert attachment.pattern("words").endswith("{0,3}?")
    with pytest.raises(KeyError):
        attachment.pattern("no_such_rule")


# ---------------------------------------------------------------- reading the grammar with Lark's public API


def _literals(node):
    from lark import Tree

    if isinstance(node, Tree):
        if node.data == "literal":
            yield node.children[0]
        for child in node.children:
            yield from _literals(child)


def test_each_literal_compiles_as_lark_compiles_it():
    """attachment.lark is read by Lark's parser of its own notation (public API, no grammar loader of Lark's): each
    literal of the grammar ("word", /regex/) compiles to the regex Lark's own terminal of that literal has
    (``Lark.get_terminal``), for every literal Lark's lexer takes (not the zero-width ones: /$/, /\\b/)."""
    from lark import Lark
    from lark.exceptions import LarkError

    literals = {str(tok): tok for tree in attachment._definitions().values() for tok in _literals(tree)}
    assert {tok.type for tok in literals.values()} == {"STRING", "REGEXP"}
    compared = 0
    for written, tok in literals.items():
        try:
            lark = Lark(f"start: X\nX: {written}\n", parser="lalr", lexer="basic")
        except LarkError:
            continue  # a zero-width regex: no terminal of Lark's
        assert attachment._literal(tok) == lark.get_terminal("X").pattern.to_regexp(), written
        compared += 1
    assert compared > 50


def test_proposed_event_the_year_of_an_event_a_proposal_would_hold():
    # A/RES/79/87 3 (79/1 adopted 84, 80/76 3): "to further consult on the proposal to hold a fourth United Nations
    # Conference ... (UNISPACE IV) in 2027": the Conference's year, not the consultation's
    text = para("A/RES/79/87 3")
    assert rule("proposed_event").search(_before(text, "in 2027", 300)).group(0).startswith("proposal to hold a fourth")
    assert dl.find(text) == []
    # an offer "of" its maker, the same
    assert rule("proposed_event").search("the offer of the Government of Senegal to convene a high-level meeting ")
    # not a proposal the action submits to a body at a time ("to submit proposals to the General Assembly at its
    # eighty-third session"), nor one whose words hold a comma
    assert rule("proposed_event").search("to submit proposals to the General Assembly ") is None
    assert rule("proposed_event").search("the proposal to hold a conference, ") is None


def test_of_an_event_a_period_that_will_begin():
    # A/RES/78/290 6: "the recently proclaimed United Nations Decade of Sustainable Transport that will begin in 2026"
    text = para("A/RES/78/290 6")
    assert rule("of_an_event").search(_before(text, "in 2026", 160)).group(0) == "that will begin "
    assert dl.find(text) == []


# ---------------------------------------------------------------- two names before one head, "those" of a group


def test_name_then_head_name_before_head_two_names_before_one_head():
    # A/RES/78/136 8: "encourages the Group of 20 and Paris Club creditors to discuss options": the entry after "and"
    # a proper name and the lower-case head it shares with the name before, one actor
    text = para("A/RES/78/136 8")
    assert "the Group of 20 and Paris Club creditors" in text
    m = rule("name_then_head").fullmatch("Paris Club creditors")
    assert (m.group("shared_name"), m.group("shared_head")) == ("Paris Club", "creditors")
    assert rule("name_before_head").fullmatch("Group of 20") is not None
    assert addressees._share_head("the Group of 20", "Paris Club creditors")
    assert addressees.names_sharing_head("the Group of 20 and Paris Club creditors") == ("Group of 20", "Paris Club creditors")
    # an entry in lower case names no proper name before its head; a name of one word is no name before it
    assert rule("name_then_head").fullmatch("regional development banks") is None
    assert not addressees._share_head("the Group of 20", "regional development banks")
    assert rule("name_before_head").fullmatch("Group") is None


def test_those_of_a_member_phrase_stands_for_the_groups_head():
    # A/RES/80/185 49: "Encourages concerned Governments, in particular those of countries of origin, transit and
    # destination, to avail themselves ...": the Governments of those countries
    text = para("A/RES/80/185 49")
    phrase = "those of countries of origin, transit and destination"
    assert phrase in text
    assert rule("those_of").fullmatch(phrase).group("of_whom") == "countries of origin, transit and destination"
    assert rule("those_of").fullmatch("Those Of\ncountries") is not None  # any case, any white space
    assert addressees._those_of(phrase, "concerned Governments") == \
        "Governments of countries of origin, transit and destination"
    # "those" and a complement that names no actor
    assert addressees._those_of("those of a coercive nature", "concerned Governments") is None


def test_those_qualified_a_member_phrase_of_the_group_before():
    # A/RES/79/302 2: "urges all other Member States, in particular those in arrears, to ensure payment": members of
    # the group before, no noun of their own
    text = para("A/RES/79/302 2")
    assert "those in arrears" in text
    assert rule("those_qualified").fullmatch("those in arrears").group("qualifier") == "in arrears"
    assert addressees._group_member("those in arrears")
    assert not addressees._group_member("those States that have not yet done so")  # its own noun
    assert rule("those_qualified").fullmatch("these in arrears") is None


def test_and_those_of_repeats_the_work_before_in_an_object_list():
    # A/RES/79/200 6: "the efforts of the Government of Lebanon and those of Member States, regional and international
    # organizations, ...": the actors after "those of" are the list's
    text = para("A/RES/79/200 6")
    assert rule("and_those_of").sub(", ", "the Government of Lebanon and those of Member States") == \
        "the Government of Lebanon, Member States"
    assert len(rule("and_those_of").findall(text)) == 1
    assert rule("and_those_of").search("and those of 2020") is None  # a letter follows


def test_of_an_event_a_review_that_will_be_concluded():
    # A/RES/74/3 annex 31 (e): "the ongoing comprehensive review of the least developed country criteria, which will be
    # concluded at the next plenary of the Committee, in 2020": the review's year (the twenty-seventh session, branch
    # deadline7); the infinitive of the action's own work stays its deadline ("the declaration to be concluded by 1 May
    # 2025", A/RES/78/128 21)
    words = ("while looking forward to the outcomes of the ongoing comprehensive review of the least developed country "
             "criteria, which will be concluded at the next plenary of the Committee, ")
    assert rule("of_an_event").search(words).group(0).startswith("which will be concluded at the next plenary")
    assert rule("of_an_event").search("the intergovernmental consultations on the declaration to be concluded ") is None


def test_possible_relative_a_possible_act_s_time():
    # A/RES/79/125 3 (a): "other proposals ... already submitted or which may be submitted to the Special Committee at
    # its session in 2024": the time of a possible submission; "can" says what the action yields can do (A/RES/78/163 48)
    words = "relating to the maintenance of international peace and security already submitted or which may be submitted to the Special Committee at its session "
    assert rule("possible_relative").search(words).group(0).startswith("which may be submitted")
    assert rule("possible_relative").search("initiatives that can be launched as key deliverables ") is None


def test_possible_relative_ends_at_the_actor_s_next_action():
    # A/RES/78/253 XV.18: "arrangements that may be implemented by the United Nations Office at Nairobi conference
    # facilities and to report thereon in the next progress report": the report's time, not the possible act's
    words = ("to explore possible cost-sharing arrangements that may be implemented by the United Nations Office at "
             "Nairobi conference facilities and to report thereon ")
    assert rule("possible_relative").search(words) is None
    assert rule("possible_relative").search(words[: words.index("and to")]).group(0).startswith("that may be")


def test_planned_passive_a_participle_after_a_noun_governs_the_passive():
    # A/RES/78/252 61: "resources related to executive and administrative management functions envisaged to be
    # proposed by the Secretary-General in the 2025 budget": what was planned for the resources, no one asked
    words = "resources related to executive and administrative management functions envisaged "
    assert rule("planned_passive").search(words).group(0) == "functions envisaged "
    assert rule("planned_passive").search("decides that the reports are expected ") is None  # the subject's own
    assert rule("planned_passive").search("the reports are also expected ") is None


def test_numbered_part_a_noun_s_to_before_a_designation():
    # A/RES/78/69 159: "States that have accepted the amendments to regulation XI-1/6 of the International Convention
    # ..., 1974, to implement the Code": the noun's "to"; A/RES/78/190 9 "reservations to article 4 of the Convention"
    assert rule("numbered_part").match("to regulation XI-1/6 of the International Convention").group(0) == (
        "to regulation XI-1/6")
    assert rule("numbered_part").match("to article 4 of the Convention").group(0) == "to article 4"
    assert rule("numbered_part").match("to implement the Code") is None
    assert rule("numbered_part").match("to article 4bis") is None  # no designation of a number ending there


def test_agent_by_a_participle_or_an_act_s_noun_before_by():
    # the event after "by" is the agent (grammar/deadlines.lark ``by_event``: no deadline); the corpus's other "by"
    # before a named event of a series: "adopted by the Fourteenth Congress", "for consideration by the thirteenth
    # Meeting"; A/RES/79/314 annex 24 "negotiations ... as soon as possible and by the Fourteenth Ministerial
    # Conference": a time
    assert rule("agent_by").search("the decisions adopted ") is not None
    assert rule("agent_by").search("the guidelines endorsed ") is not None
    assert rule("agent_by").search("the measures taken ") is not None
    assert rule("agent_by").search("the draft for consideration ") is not None
    assert rule("agent_by").search("conclude negotiations as soon as possible and ") is None
    assert rule("agent_by").search("to conclude the negotiations ") is None  # the plural: the object, no act's noun


def test_in_a_name_and_proclaimed_day():
    # A/RES/80/61 7: "... in a Sustainable Manner by 2030 (Caribbean Firearms Roadmap)": the year inside the name
    # (the rules ``name_before`` and ``short_name_after``; branch deadline7's ``in_a_name`` read the same kind and was
    # folded into them at the merge)
    assert rule("short_name_after").match(" (Caribbean Firearms Roadmap), the Central America and Dominican Republic Roadmap")
    assert rule("short_name_after").match(" (10 meetings) and a one-week biennial meeting of States") is None  # A/RES/79/40 8
    # A/RES/78/12 1: "to designate 7 September, the current World Duchenne Awareness Day, as a United Nations Day, to
    # be observed every year beginning in 2024": the observance's first day 2024-09-07
    text = ("Decides to designate 7 September, the current World Duchenne Awareness Day, as a United Nations Day, to be "
            "observed every year beginning in 2024;")
    m = rule("proclaimed_day").search(_before(text, "beginning in 2024", 400))
    assert m.group("day", "month", "recurrence") == ("7", "September", "every year")
    assert [(d.text, d.start) for d in dl.find(text, adopted="2023-11-20")] == [("beginning in 2024", "2024-09-07")]


def test_report_subject_a_year_after_the_subject_of_a_report_already_timed():
    # A/RES/80/163 29 (79/120 28, 78/107 29): "to report to the General Assembly at its eighty-first session on the
    # implementation of the Programme of Assistance in 2026": the session the report's time, the year the subject's
    subject = rule("report_subject")
    assert subject.search("to report to the General Assembly at its eighty-first session on the implementation of the "
                          "Programme of Assistance ")
    # the report's noun after the session, the same reading
    assert subject.search("to submit to the General Assembly at its eighty-first session a report on the "
                          "implementation of the present resolution ")
    # no time of the report before its subject: the year is the report's (A/RES/78/130 7)
    assert not subject.search("within existing resources, a progress report on the implementation of the present "
                              "resolution ")
    # a next infinitive after the subject: its year is that action's
    assert not subject.search("to report to the General Assembly at its eighty-first session on the matter and to "
                              "hold a meeting ")
