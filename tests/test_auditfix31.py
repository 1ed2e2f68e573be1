"""The second audit of the twenty-ninth session's merged output (/work/audit31, 200 rows read against the texts and
tests/labels/GUIDELINE.md), its wrong rows fixed as kinds (branch auditfix31), each on real paragraphs copied from
../shared/corpus/texts into tests/fixtures/kinds_af31/paragraphs.md and read in a small resolution
(``conftest.mini_resolution``):

- the body the action's verb of informing names, the report the means of informing it, is the report's receiver as
  written ("to continue to inform the General Assembly on ... through his report on oceans and the law of the sea",
  A/RES/78/69 312); mandates/reports.py ``_receiver``;
- "his next annual report" is one report of the annual series: recurrence "annual", no ``every`` (as a dated report
  "as part of his annual report", GUIDELINE, branch auditfix30a), A/RES/79/126 17; grammar/reports.lark SERIES_NEXT;
- a name written as an adjunct in the singular, coordinated with another before a class's head in the plural, names
  the class ("international donor and humanitarian agencies", A/RES/80/220 5: donor agencies, no "donor");
  mandates/actors.py ``name_as_modifier``;
- "calls upon A to ..., and for B to ...": the verb's other preposition opens a second addressee of the same verb, the
  dates after it B's (A/RES/79/238 6); mandates/clauses.py ``_GAP``, ``_ALSO_PREPOSITION``;
- the time set off by a comma right after a meeting's noun is the meeting's, not the time of the action that prepares
  it ("consultations on the ... modalities for the high-level plenary meeting, during the general debate of the
  eightieth session of the General Assembly in 2025", A/RES/78/179 31); grammar/attachment.lark ``of_an_event``."""

from pathlib import Path

from conftest import copied_mandates, copied_mentions

FOLDER = Path(__file__).parent / "fixtures" / "kinds_af31"


def rows(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


# ---------------------------------------------------------------- 1. "to inform <Body> ... through his report"


def test_the_body_informed_is_the_receiver_of_the_report_it_is_informed_through():
    [m] = rows("78/69", "312")
    [r] = m.reports
    assert (r.to, r.to_source) == ("General Assembly", "text")


# ---------------------------------------------------------------- 2. "his next annual report"


def test_the_next_annual_report_is_one_report_of_the_annual_series():
    [m] = rows("79/126", "17")
    [r] = m.reports
    assert (r.recurrence, r.every, r.session) == ("annual", None, None)


def test_an_annual_report_not_the_next_recurs_every_year():
    from resparse.mandates.reports import report_of

    r = report_of("to submit an annual report to the General Assembly", [])
    assert (r.recurrence, r.every) == ("annual", 1)


# ---------------------------------------------------------------- 3. "donor and humanitarian agencies"


def test_coordinated_adjuncts_before_a_class_head_name_the_class():
    mentions = copied_mentions(FOLDER, "80/220", "5")
    assert mentions.get("donor and humanitarian agencies") == "donor agencies"
    assert "donor" not in mentions


def test_a_name_in_the_singular_coordinated_before_a_class_stays_an_actor_of_its_own():
    # "civil society and relevant stakeholders": civil society, no "civil society stakeholders"
    assert copied_mentions(FOLDER, "80/181", "3").get("civil society") == "civil society"


def test_a_plural_name_coordinated_before_a_class_stays_an_actor_of_its_own():
    from resparse.mandates.actors import name_as_modifier, scan

    text = "to mobilize donors and recipient countries to act"
    [hit] = [h for h in scan(text) if text[h.start : h.end] == "donors"]
    assert name_as_modifier(text, hit) is hit


# ---------------------------------------------------------------- 4. "calls upon A to ..., and for B to ..."


def test_and_for_opens_a_second_addressee_of_calls_upon():
    ms = {m.actor: m for m in rows("79/238", "6") if m.verb == "calls upon"}
    assert ms["Panel"].action == "to consult with the widest range of scientists and experts"
    assert ms["Panel"].deadlines == []
    assert ms["Secretary-General"].action.startswith("to facilitate those consultations")
    assert [d.text for d in ms["Secretary-General"].deadlines] == ["in 2025", "in 2026"]


def test_and_for_after_another_verb_is_no_addressee():
    # "and for" after "requests" opens no pair: only "calls upon" takes "for" with an addressee too
    from conftest import mini_resolution
    import resparse
    from resparse.mandates import extract

    text = ("Requests the Secretary-General to consult Member States on the programme, and for the Committee to "
            "consider it at its next session;")
    ms = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    assert [m.actor for m in ms] == ["Secretary-General"]


# ---------------------------------------------------------------- 5. "for the ... meeting, during ... in 2025"


def test_the_time_set_off_after_a_meeting_is_the_meeting_s():
    [m] = rows("78/179", "31")
    assert m.actor == "President of the General Assembly"
    assert m.deadlines == []


def test_the_meeting_s_time_stays_where_the_action_is_done_at_it():
    from conftest import mini_resolution
    import resparse
    from resparse.mandates import extract

    # the meeting held at the session: the action is done at it ("to participate in"), the time stays the action's
    text = ("Invites Member States to participate in the high-level plenary meeting, during the general debate of the "
            "eightieth session of the General Assembly;")
    [m] = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    during = "during the general debate of the eightieth session of the General Assembly"
    assert [d.text for d in m.deadlines] == [during]


def test_an_event_s_year_after_during_stays_where_no_comma_sets_it_off():
    # "the special high-level meeting ... to be held during the forum in 2024" (A/RES/78/271 7): the Council acts
    # through the forum, its year the action's
    [m] = rows("78/271", "7")
    assert [d.text for d in m.deadlines] == ["in 2024"]
