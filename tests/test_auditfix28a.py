"""Wrong rows an audit of random corpus rows found (twenty-eighth session, branch auditfix28a), fixed as kinds, each on
a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_auditfix28a/paragraphs.md and read in a
small resolution (``conftest.mini_resolution``):

- a noun's "to" before a numbered part of a text ("the amendments to regulation XI-1/6", "reservations to article 4")
  in the addressee's relative clause opens no action (78/69 159, 78/190 9); grammar/attachment.lark
  ``numbered_part``, mandates/clauses.py ``_infinitives``;
- another operative opening of the Assembly after ", and" ends the action before any lower-case word ("..., and
  welcomes voluntary contributions", 79/165 8); mandates/clauses.py ``_inner_verb_regex``;
- a passive that describes a noun asks its agent nothing: a relative clause of a possible act ("arrangements that
  may be implemented by the United Nations Office at Nairobi", 78/253 XV.18, 80/243 X.15), an infinitive a participle
  governs ("resources ... envisaged to be proposed by the Secretary-General", 78/252 61); grammar/attachment.lark
  ``possible_relative``, ``planned_passive``, mandates/clauses.py ``_described``;
- "at its earliest opportunity" is a deadline, as "at the earliest opportunity" (79/21 5); grammar/deadlines.lark
  ``EARLIEST_OWN``;
- a report due "in 2025, 2026 and 2027" is due in each year (79/226 127); grammar/deadlines.lark ``dates``,
  mandates/reports.py ``_reading``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix28a"


def mandates(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


# ---------------------------------------------------------------- 1. a noun's "to" before a numbered part


def test_amendments_to_a_numbered_regulation_stay_in_the_addressee():
    (m,) = mandates("78/69", "159")
    assert m.actor == "States"
    assert m.actor_as_written == ("States that have accepted the amendments to regulation XI-1/6 of the International "
                                  "Convention for the Safety of Life at Sea, 1974")  # was cut at "amendments"
    assert m.action.startswith("to implement the Code of International Standards")
    assert "to comply with the mandatory conduct" in m.action
    assert [r.to for r in m.reports] == ["International Maritime Organization"]


def test_reservations_to_a_numbered_article_stay_in_the_addressee():
    (m,) = mandates("78/190", "9")
    assert m.actor_as_written == "those States that have made reservations to article 4 of the Convention"
    assert m.action.startswith("to give serious consideration to withdrawing such reservations")


def test_a_verb_s_number_outside_a_relative_clause_is_still_the_action():
    # "to proclaim 2026 ...", "to designate 7 September ...": a verb may take a number; only the addressee's relative
    # clause reads a "to" before a numbered part as a noun's
    from resparse.mandates.clauses import infinitive

    assert infinitive("to proclaim 2026 the International Year of Volunteers") == 0
    body = "States that have accepted the Amendment to implement their pre-2020 commitments"  # A/RES/79/206 36
    assert body[infinitive(body):].startswith("to implement")


# ---------------------------------------------------------------- 2. another opening after ", and" ends the action


def test_welcomes_after_comma_and_ends_the_action():
    ms = mandates("79/165", "8")
    office = [m for m in ms if m.verb == "requests"]
    assert [m.action for m in office] == [
        "to provide States parties, upon their request, with necessary assistance in this regard"]
    assert not any("welcomes" in m.action for m in ms)
    # the invitation of the same paragraph is untouched
    assert [m.actor for m in ms if m.verb == "invites"] == ["treaty bodies"]


def test_a_plural_noun_after_comma_and_is_no_opening():
    # "property, including religious sites, shrines and cemeteries, and objects, is increasingly targeted"
    # (A/RES/80/148 PP): "objects" (an opening of the list) before a comma ends nothing
    from resparse.mandates.clauses import _inner_verb_regex

    regex = _inner_verb_regex(False)
    text = "to protect cultural property, including religious sites, shrines and cemeteries, and objects, from attacks"
    assert not any(regex.match(text, i) for i in range(len(text)))
    assert regex.match(", and welcomes voluntary contributions", 0) is not None


# ---------------------------------------------------------------- 3. a passive that describes a noun


def test_a_possible_act_in_a_relative_clause_asks_its_agent_nothing():
    for symbol, label in (("78/253", "XV.18"), ("80/243", "X.15")):
        ms = mandates(symbol, label)
        assert [m.actor for m in ms] == ["Secretary-General"], symbol  # no passive mandate of the Office
        (sg,) = ms
        assert not sg.passive
        # the time of the Secretary-General's report, after "and to report thereon" (was the Office's)
        assert [d.text for d in sg.deadlines] == ["in the next progress report"], symbol
        assert [r.when for r in sg.reports] == ["in the next progress report"], symbol


def test_an_infinitive_a_participle_governs_asks_its_agent_nothing():
    ms = mandates("78/252", "61")
    assert [(m.actor, m.passive) for m in ms] == [("General Assembly", False)]
    assert ms[0].action.startswith("to reallocate the remaining 50 per cent of resources")


def test_a_passive_of_the_clause_still_asks_its_agent():
    # "support to be provided by the Division" (A/RES/80/110 332), "to be appointed by the President" (78/269 4 (c)):
    # no participle after a noun, no possible act: the agent's passive mandate stays
    from resparse.mandates.clauses import passives

    found = passives("to arrange for support to be provided by the Division for Ocean Affairs and the Law of the Sea")
    assert [n.actor.name for n, _, _ in found] == ["Division for Ocean Affairs and the Law of the Sea"]
    found = passives("two co-facilitators, to be appointed by the President of the General Assembly")
    assert [n.actor.name for n, _, _ in found] == ["President of the General Assembly"]
    # the participle after "are" is the subject's own passive ("are expected to be ..."), not a noun's description
    found = passives("decides that the reports are expected to be submitted by the Secretary-General")
    assert [n.actor.name for n, _, _ in found] == ["Secretary-General"]


# ---------------------------------------------------------------- 4. "at its earliest opportunity"


def test_at_its_earliest_opportunity_is_a_deadline():
    (m,) = mandates("79/21", "5")
    assert [(d.text, d.type) for d in m.deadlines] == [("at its earliest opportunity", "immediately")]


def test_at_their_earliest_convenience_is_a_deadline():
    from resparse.mandates.deadlines import find

    text = "to ratify, at their earliest convenience, the Multilateral Agreement"  # A/RES/78/163 34
    assert [d.text for d in find(text)] == ["at their earliest convenience"]
    assert find("to ensure their earliest successful conclusion") == []  # A/RES/78/66: no "at"


# ---------------------------------------------------------------- 5. a report due in a list of years


def test_a_report_in_three_years_is_due_in_each():
    ms = mandates("79/226", "127")
    (r,) = [r for m in ms for r in m.reports]
    assert (r.to, r.when, r.every) == ("Economic and Social Council", "in 2025, 2026 and 2027", 1)
    assert (r.due.start, r.due.end, r.due.date) == ("2025", "2027", "2025")  # due first in 2025
    assert r.last is None and r.session is None  # sessions are the Assembly's; the Council's report has none


def test_a_report_to_the_assembly_in_a_list_of_years_is_due_at_each_session():
    from resparse.mandates.deadlines import find
    from resparse.mandates.reports import reports_of

    action = "to report to the General Assembly in 2025, 2026 and 2027 on the implementation of the present resolution"
    (r,) = reports_of(action, find(action))
    assert (r.session, r.every, r.last) == (79, 1, 81)
    assert [n for n in range(78, 84) if r.due_at(n)] == [79, 80, 81]
    # unequal steps give no recurrence (the first only, as a list of sessions)
    action = "to report to the General Assembly in 2025, 2027 and 2030 on the implementation of the present resolution"
    (r,) = reports_of(action, find(action))
    assert (r.every, r.last) == (None, None)
