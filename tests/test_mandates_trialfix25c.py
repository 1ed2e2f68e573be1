"""A delegate's wrong mandate answers (twenty-fifth session, branch trialfix25c), fixed as kinds, each on a real
paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_trialfix25c/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``), or on the corpus file where the paragraph needs its declaration:

- a period the object names "that will begin" in a year is dated by it, not the action (A/RES/78/290 6);
  grammar/attachment.lark ``_is_held``;
- the year of an event a proposal in the object would hold is the event's (A/RES/79/87 3, 79/1 adopted text 84);
  grammar/attachment.lark ``proposed_event``;
- on the timeline a day of the year recurring each year says so ("on 11 December (recurring annually)", A/RES/80/144
  21), its date the first after the adoption as "every year on 9 August" is; render/mandates.py ``_recurring``;
- organizations outside the United Nations report to whoever the clause says: "not stated" (A/RES/79/140 69), the
  United Nations' own report still the Assembly's; data/reports_elsewhere.txt;
- a decided meeting "based on a progress report by the Secretary-General" asks its author for the report (A/RES/79/1
  annex I 74); grammar/reports.lark ``report_by``, mandates/clauses.py ``passives``."""

from functools import partial
from pathlib import Path

from conftest import copied_mandates
from test_mandates_kinds_f20 import times  # each mandate's deadlines as written

FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix25c"
alone = partial(copied_mandates, FOLDER)  # the mandates of a copied paragraph read alone: alone(symbol, label)


# ---------------------------------------------------------------- 1. the time of a thing the object names


def test_a_period_that_will_begin_in_a_year_is_no_deadline():
    ms = alone("A/RES/78/290", "6")
    assert [(m.verb, m.actor) for m in ms] == [("invites", "Member States"), ("invites", "stakeholders")]
    assert times(ms) == [[], []]  # were "in 2026" each


def test_the_year_of_a_proposed_conference_is_not_the_consultation_s():
    ms = alone("A/RES/79/87", "3")
    assert [m.verb for m in ms] == ["encourages"]  # "the Committee", read alone
    assert times(ms) == [[]]  # was "in 2027"


def test_the_pact_s_proposed_unispace_iv_is_no_deadline(corpus_mandates):
    ms = corpus_mandates("79/1", "adopted 84")
    assert ms and all(m.deadlines == [] for m in ms if m.actor == "Committee on the Peaceful Uses of Outer Space")


def test_an_event_held_at_a_time_the_action_takes_part_in_keeps_its_deadline(res_71_280):
    # not widened: "Decides that a preparatory meeting ... shall be held in Mexico in early December 2017" (71/280 23)
    from resparse.mandates import extract

    rows = [[d.text for d in m.deadlines] for m in extract(res_71_280) if m.kind == "mandate" and m.paragraph == "23"]
    assert any("in early December 2017" in r for r in rows)


# ---------------------------------------------------------------- 2. a recurring day on the timeline


def test_a_recurring_day_says_so_on_the_timeline():
    from resparse.render.mandates import timeline

    ms = alone("A/RES/80/144", "21")
    assert [m.deadline.recurrence for m in ms] == ["annually", "annually"]
    lines = [line for line in timeline(ms).splitlines() if "11 December" in line]
    # one row for the clause's two actors (branch trialfix26b: a row per clause and time)
    assert len(lines) == 1 and lines[0].endswith("on 11 December (recurring annually)")
    assert "Member States, stakeholders" in lines[0]


def test_a_recurrence_the_words_say_is_not_repeated(corpus_mandates):
    from resparse.render.mandates import timeline

    ms = corpus_mandates("79/159", "20")  # "every year on 9 August"
    lines = [line for line in timeline(ms).splitlines() if "9 August" in line]
    assert lines and all(line.endswith("every year on 9 August") for line in lines)


# ---------------------------------------------------------------- 3. receivers the text does not name


def test_humanitarian_organizations_report_to_no_body_the_text_names():
    ms = [m for m in alone("A/RES/79/140", "69") if m.reports]
    # the United Nations' share of the one report asked of both is not stated either (the twenty-sixth session, branch
    # mfix6: tests/test_mandates_kinds_mfix6.py)
    assert {m.actor: [r.to for r in m.reports] for m in ms} == {
        "United Nations": ["not stated"], "humanitarian organizations": ["not stated"]}


def test_the_secretary_general_s_own_named_report_still_goes_to_the_assembly(corpus_mandates):
    # A/RES/79/1 annex I 71: "reflect this in the report of the Secretary-General on progress made ..." (the
    # Secretary-General's reports go to the organ that asks for them: reports.default_receiver, Article 98)
    ms = [m for m in corpus_mandates("79/1", "annex I 71") if m.reports]
    assert [(m.actor, m.reports[0].to) for m in ms] == [("Secretary-General", "General Assembly")]


# ---------------------------------------------------------------- 4. a report a decided meeting rests on


def test_a_progress_report_a_decided_meeting_rests_on_is_asked_of_its_author(corpus_mandates):
    ms = corpus_mandates("79/1", "annex I 74")
    sg = [m for m in ms if m.actor == "Secretary-General"]
    assert len(sg) == 1 and sg[0].passive
    # the report is the Secretary-General's action, undated: the meeting's session is the event's it prepares (the
    # twenty-sixth session, branch mfix6: tests/test_mandates_kinds_mfix6.py)
    assert [(r.to, r.when) for r in sg[0].reports] == [("General Assembly", None)]
    assembly = [m for m in ms if m.actor == "General Assembly"]
    assert assembly and not assembly[0].reports  # the Assembly's own decision asks itself for nothing


def test_a_definite_report_of_the_secretary_general_is_no_new_request():
    import resparse
    from conftest import mini_resolution
    from resparse.mandates import extract

    text = mini_resolution("Decides to convene a high-level meeting during its eighty-second session, on the basis of "
                           "the report of the Secretary-General on the implementation of the present resolution;")
    ms = [m for m in extract(resparse.parse_text(text)) if m.kind == "mandate"]
    assert [m.actor for m in ms] == ["General Assembly"]
