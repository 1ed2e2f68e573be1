"""The twenty-first sample's misses (tests/labels/mandates_fresh19, GUIDELINE.md "The twenty-first sample"), fixed as
kinds in the twenty-fourth session (branch f19), each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_f19/paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

- an item that opens with a phrase set off by a comma before its infinitive carries its chapeau's verb and actor, as
  an item that opens with the infinitive does: "Encourages all States: ... (c) In accordance with their national law,
  to provide effective protection ..." (A/RES/80/160 12 (c)), "(c) Where they exist, to take the appropriate steps
  ..." (A/RES/79/177 2 (c)); grammar/clauses.lark ``infinitive`` (PAREN);
- "across" the sectors the actors are found in is a qualifier, as "outside", "within": "development partners across
  the public and private sectors" (A/RES/80/150 25); data/actors.txt [qualifiers];
- the time an extension extends what it extends to is what is decided, no deadline: "Decides to extend the mandate of
  the Agency until 30 June 2029" (A/RES/80/78 6); grammar/attachment.lark ``extended``;
- "over" the sessions the action goes on through is a time, as "during" them: "encourages the Committee, over its
  coming sessions, to continue to work ..." (A/RES/79/85 4); grammar/deadlines.lark ``at_session``."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution
from resparse.mandates import deadlines, extract
from resparse.mandates.clauses import item_opening

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f19"


def alone(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


def items(symbol: str, chapeau: str, *labels: str) -> dict[str, list]:
    """The mandates of a chapeau and its items copied into the fixture, read as paragraph 1 of a small resolution: by
    the item's letter ("(c)"), the chapeau's own under ""."""
    texts = [copied_paragraph(FOLDER, symbol, chapeau)]
    texts += [f"{label[len(chapeau) + 1:]} {copied_paragraph(FOLDER, symbol, label)}" for label in labels]
    res = resparse.parse_text(mini_resolution(*texts))
    out: dict[str, list] = {}
    for m in extract(res):
        if m.kind == "mandate":
            out.setdefault(m.paragraph[2:].strip(), []).append(m)
    return out


# ---------------------------------------------------------------- 1. a phrase set off before an item's infinitive


def test_an_item_with_a_phrase_before_its_infinitive_carries_the_chapeaus_mandate():
    # A/RES/80/160 12 (tests/labels/mandates_fresh19 n 36): items (b) to (d) had no mandate, (a) had
    got = items("A/RES/80/160", "12", "12 (a)", "12 (b)", "12 (c)", "12 (d)")
    assert sorted(got) == ["(a)", "(b)", "(c)", "(d)"]
    for letter, ms in got.items():
        assert [(m.verb, m.actor, m.actor_as_written) for m in ms] == [("encourages", "States", "all States")], letter
    assert got["(c)"][0].action.startswith("In accordance with their national law, to provide effective protection")


def test_a_condition_before_the_infinitive_is_such_a_phrase_too():
    # A/RES/79/177 2 (c): "Where they exist, to take ..." under "Strongly encourages Member States:"
    got = items("A/RES/79/177", "2", "2 (b)", "2 (c)")
    assert [(m.verb, m.actor) for m in got["(c)"]] == [("encourages", "Member States")]


def test_the_phrase_is_read_only_before_an_infinitive():
    opening = item_opening(copied_paragraph(FOLDER, "A/RES/80/160", "12 (c)"))
    assert (opening.shape, opening.negated) == ("infinitive", False)
    # a noun phrase before "to be": a decision's detail, no action (A/RES/78/269 3 (a), its segments)
    assert item_opening("The opening segment, to be held in the morning") is None
    # a gerund item keeps its shape: its first segment is its own, not a phrase set off
    assert item_opening("Ensuring that the measures, where they exist, to the extent possible, are applied").shape \
        == "gerund"
    # a negated infinitive after the phrase is negated
    assert item_opening("In accordance with their national law, not to extradite ...").negated


# ---------------------------------------------------------------- 2. "across" a qualifier


def test_across_the_sectors_is_a_qualifier_of_the_partners():
    # A/RES/80/150 25 (n 24): "development partners across the public and private sectors" was the actor
    actors = [(m.actor, m.actor_as_written) for m in alone("A/RES/80/150", "25")]
    assert ("development partners", "development partners across the public and private sectors") in actors
    # "civil society organizations" is the table's alias of civil society (data/actors.txt [aliases]), kept
    assert ("civil society", "civil society organizations") in actors
    assert len(actors) == 4


# ---------------------------------------------------------------- 3. the end an extension gives


def test_the_end_of_an_extended_mandate_is_no_deadline():
    # A/RES/80/78 6 (n 94): "until 30 June 2029" was the deadline
    (m,) = alone("A/RES/80/78", "6")
    assert (m.verb, m.actor, m.deadlines) == ("decides", "General Assembly", [])
    # the time written right after the verb, its object after it (A/RES/79/211 38)
    (m,) = alone("A/RES/79/211", "38")
    assert m.deadlines == []


def test_an_authorized_extension_has_no_deadline_but_the_report_keeps_its_own():
    # A/RES/78/292 6: the Secretary-General is authorized to extend measures until 1 July 2027 (how long they last),
    # and asked to report at the eighty-first session
    got = {(m.verb, m.actor): [d.text for d in m.deadlines] for m in alone("A/RES/78/292", "6")}
    assert got[("authorizes", "Secretary-General")] == []
    assert got[("requests", "Secretary-General")] == ["at its eighty-first session"]


def test_an_extension_by_a_time_and_an_action_until_a_time_keep_their_deadline():
    text = copied_paragraph(FOLDER, "A/RES/80/78", "6")
    assert [d.text for d in deadlines.find(text.replace("until 30 June", "by 30 June"))] == ["by 30 June 2029"]
    # an action that goes on until a time: how long it lasts, its deadline (A/RES/79/117 12)
    ms = [m for m in alone("A/RES/79/117", "12") if m.action.startswith("to continue to operate")]
    assert [[d.text for d in m.deadlines] for m in ms] == [["until the end of 2027"]]


# ---------------------------------------------------------------- 4. "over" the coming sessions


def test_over_the_coming_sessions_is_the_time_of_the_action():
    # A/RES/79/85 4 (n 18): no deadline was read
    (m,) = alone("A/RES/79/85", "4")
    assert (m.verb, [d.text for d in m.deadlines]) == ("encourages", ["over its coming sessions"])
    text = copied_paragraph(FOLDER, "A/RES/79/85", "4")
    assert [d.text for d in deadlines.find(text.replace("over its", "during its"))] == ["during its coming sessions"]
    # "over" before what is no session is no time
    assert deadlines.find("to preside over the General Assembly with distinction") == []
