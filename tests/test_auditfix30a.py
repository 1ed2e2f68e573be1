"""Wrong rows an audit of 200 random corpus rows found (twenty-ninth session, branch auditfix30a; /work/audit30), fixed
as kinds, each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_auditfix30a/
paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

1. the time of another act inside the action is that act's, no deadline of the action:
   - a time inside the infinitive of a target the object names (79/192 3 (c): "with targets to effect its
     implementation by the eighty-fourth session"; grammar/attachment.lark ``target_infinitive``);
   - the session of another's report the action contributes to (78/152 69: "in order to provide substantive input to
     the report of the Secretary-General to be submitted to the General Assembly at its seventy-ninth session";
     78/158 25; ``others_report``);
   - a session right after an office-holder's title inside the object says which holder (79/288 3 (a): "statements by
     the President of the General Assembly at its eightieth session"; ``holder_term``); the addressee's own words keep
     it (78/232 12);
2. the time of a report set off between the addressee and its infinitive, which the action is done in, is the
   action's deadline too (79/203 19: "within his annual report ... at its eighty-first session ..., to present
   proposals"; mandates/extract.py);
3. a channel set off between the addressee and its infinitive is the report's ``via`` (80/140 23: "invites the
   secretariat of the Convention, through the Secretary-General, to report"; reports.sets_off_channel), and the
   receiver named after the actor's own reporting later in the report's words is named (80/140 23: "when reporting on
   the implementation of the present resolution to the General Assembly"; reports.py ``_REPORTING_AGAIN``);
4. a report "to be considered by <Body>" goes to the body named, as "for consideration by" (78/234 15; grammar/
   reports.lark LEAD);
5. a passive operative verb keeps its auxiliary and adverbs as written (79/233 annex 356: "The General Assembly is
   invited", "is also invited"; clauses.addressed_subjects);
6. a session with no ordinal named by the year after it is one time, "at its session in 2025" whole (79/125 3 (b),
   the chapeau's time; tests/labels/mandates_fresh7, mandates_fresh10 label it so; grammar/deadlines.lark
   ``at_session``)."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix30a"


def _item_mandates(symbol: str, chapeau: str, item: str, letter: str) -> list:
    """The mandates of a chapeau and one of its items (``letter``), read as paragraph 1 of a small resolution."""
    text = mini_resolution(copied_paragraph(FOLDER, symbol, chapeau),
                           f"({letter}) {copied_paragraph(FOLDER, symbol, item)}")
    return [m for m in extract(resparse.parse_text(text)) if m.kind == "mandate"]


def _texts(m) -> list[str]:
    return [d.text for d in m.deadlines]


# ---------------------------------------------------------------- 1. another act's time inside the action


def test_a_targets_time_is_no_deadline_of_the_presenting():
    (m,) = [m for m in _item_mandates("79/192", "3", "3 (c)", "c") if m.paragraph == "1 (c)"]
    assert m.action.startswith("Presenting the road map")
    assert _texts(m) == ["at the eightieth session of the General Assembly"]  # not "by the eighty-fourth session"


def test_the_session_of_anothers_report_contributed_to_is_no_deadline():
    ms = copied_mandates(FOLDER, "78/152", "69")
    assert {m.actor for m in ms} == {"President of the General Assembly",
                                     "President of the Economic and Social Council"}
    for m in ms:
        assert _texts(m) == ["no later than April 2024"]  # the event's; "at its seventy-ninth session" the report's
    (m,) = copied_mandates(FOLDER, "78/158", "25")
    assert m.actor == "United Nations Coalition on Combating Sand and Dust Storms"
    assert m.deadlines == [] and m.reports == []  # a contribution to the Secretary-General's report


def test_a_session_after_a_holders_title_in_the_object_says_which_holder():
    (m,) = [m for m in _item_mandates("79/288", "3", "3 (a)", "a") if m.paragraph == "1 (a)"
            and m.actor == "General Assembly"]
    assert "President of the General Assembly at its eightieth session" in m.action
    assert m.deadlines == []


def test_the_addressees_own_session_stays_the_actions():
    (m,) = copied_mandates(FOLDER, "78/232", "12")
    assert m.actor_as_written == "the President of the General Assembly at its seventy-eighth session"
    assert "at its seventy-eighth session" in _texts(m)


# ---------------------------------------------------------------- 2. the time of the report the action is done in


def test_the_time_of_a_report_set_off_before_the_action_is_its_deadline():
    (m,) = copied_mandates(FOLDER, "79/203", "19")
    assert m.action.startswith("to present proposals")
    assert [(d.text, d.start, d.end) for d in m.deadlines] == [("at its eighty-first session", "2026-09", "2027-09")]
    assert [(r.to, r.when) for r in m.reports] == [("Economic and Social Council", None),
                                                   ("General Assembly", "at its eighty-first session")]


# ---------------------------------------------------------------- 3. a channel set off, a receiver named later


def test_a_channel_set_off_before_the_action_and_the_receiver_of_the_reporting_it_joins():
    (m,) = [m for m in copied_mandates(FOLDER, "80/140", "23") if m.actor == "secretariat of the Convention"]
    (r,) = m.reports
    assert (r.to, r.to_source, r.via) == ("General Assembly", "text", "Secretary-General")


def test_a_channel_alone_is_read_from_the_words_set_off():
    from resparse.mandates.reports import sets_off_channel

    assert sets_off_channel(", through the Secretary-General, ")
    assert not sets_off_channel(", within his annual report to the Economic and Social Council, ")
    assert not sets_off_channel(", through the Secretary-General and in cooperation with States, ")


# ---------------------------------------------------------------- 4. "to be considered by" a body


def test_a_report_to_be_considered_by_a_body_goes_to_the_body_named():
    (m,) = [m for m in copied_mandates(FOLDER, "78/234", "15") if m.reports]
    (r,) = m.reports
    assert (r.to, r.to_source, r.when, r.session) == ("General Assembly", "text", "at its seventy-ninth session", 79)


# ---------------------------------------------------------------- 5. a passive verb as written


def test_a_passive_verb_keeps_its_auxiliary_and_adverbs():
    from resparse.mandates.clauses import addressed_subjects

    found = addressed_subjects(copied_paragraph(FOLDER, "79/233", "annex 356"))
    assert [(subject, verb.name, written) for subject, verb, _, _, written in found] == [
        ("The General Assembly", "invites", "is invited"),
        ("The Assembly, towards the end of the decade,", "invites", "is also invited")]  # the actor's words: extract


def test_a_passive_verb_as_written_in_the_annex(corpus_dir):
    rows = [m for m in extract(resparse.parse(corpus_dir / "A_RES_79_233.txt"))
            if m.paragraph == "annex 356" and m.kind == "mandate"]
    assert [(m.actor_as_written, m.verb, m.verb_as_written) for m in rows] == [
        ("The General Assembly", "invites", "is invited"), ("The Assembly", "invites", "is also invited")]


# ---------------------------------------------------------------- 6. a session named by its year


def test_a_session_named_by_its_year_is_one_time():
    ms = [m for m in _item_mandates("79/125", "3", "3 (b)", "b") if m.paragraph == "1 (b)"]
    assert [(m.actor_as_written, [(d.text, d.start, d.end) for d in m.deadlines]) for m in ms] == [
        ("the Special Committee", [("at its session in 2025", "2025", "2025")])]  # was "in 2025" alone


def test_a_session_with_no_ordinal_and_no_time_is_none():
    from resparse.mandates.deadlines import find

    assert [d.text for d in find("to report to it at its session in 2026", adopted="2025-12-01")] == [
        "at its session in 2026"]
    assert find("to take into account the views expressed at its sessions", adopted="2025-12-01") == []
