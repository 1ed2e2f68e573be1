"""Mandate rows earlier sessions noticed and left (twenty-ninth session, branch mfix9), fixed as kinds, each on a real
paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix9/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``), or on the corpus file itself:

- a prepositional phrase of origin after an addressee's head ("multi-stakeholders from all regions and countries")
  names no addressee: "and" goes on inside it, and members named by where they come from ("including from the
  private sector, ...") are the head's members (78/265 3); mandates/addressees.py ``_origin_goes_on``,
  ``_ORIGIN_MEMBER``;
- a phrase set off by commas inside a phrasal verb ("and call, in particular, on X to ...", 80/173 adopted 100;
  "calls, therefore, upon Member States", 78/144 20) opens a mandate of its own: mandates/verbs.py ``Verbs.phrasal``,
  ``without_aside``; the actors a paragraph mandates are "named last" in its text's order (``Recent._in_text_order``:
  "the Forum" of 80/173 adopted 101 is still the Internet Governance Forum)."""

import re
from pathlib import Path

from conftest import copied_mandates

from resparse.mandates import addressees
from resparse.mandates.verbs import verbs, without_aside

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix9"


def vias(symbol: str, label: str) -> dict[str, str | None]:
    """Each mandate's actor as written and the group it is addressed through (None: addressed directly)."""
    return {m.actor_as_written: m.via for m in copied_mandates(FOLDER, symbol, label)}


# ---------------------------------------------------------------- 1. a phrase of origin names no addressee


def test_origin_after_the_head_is_no_addressee_and_the_list_is_the_heads():
    v = vias("78/265", "3")
    head = "multi-stakeholders from all regions and countries"
    assert v[head] is None and v["Member States"] is None
    assert "countries" not in v  # was an addressee of its own
    for member in ("the private sector", "international organizations", "regional organizations", "civil society",
                   "the media", "academia", "research institutions", "technical communities", "individuals"):
        assert v[member] == head, member  # were via "countries"; "the private sector" was a mention
    assert len(v) == 11


def test_origin_goes_on_only_after_a_head_and_before_bare_words():
    # A/RES/80/11 15 "Encourages countries receiving support from the Peacebuilding Fund to share ...": a
    # participle's complement, no origin of the head
    assert not addressees._origin_goes_on("countries receiving support from developing", " countries to share")
    assert addressees._origin_goes_on("multi-stakeholders from all regions", "countries, within")
    # a determiner opens a new phrase: two addressees
    assert not addressees._origin_goes_on("multi-stakeholders from all regions", "the Secretariat, within")


# ---------------------------------------------------------------- 2. a phrase set off inside "call ... on"


def test_a_second_call_with_a_phrase_inside_the_verb_is_a_mandate_of_its_own(corpus_mandates):
    ms = corpus_mandates("80/173", "adopted 100")
    (forum,) = [m for m in ms if m.actor_as_written == "the Forum"]
    assert forum.actor == "Internet Governance Forum"
    assert forum.action.endswith("to relevant United Nations entities and processes")  # was "..., and call, ..."
    called = [m for m in ms if m.verb_as_written == "and call, in particular, on"]
    assert [m.actor for m in called] == [
        "United Nations Group on the Information Society", "United Nations entities", "action line facilitators",
        "Commission on Science and Technology for Development", "World Summit on the Information Society Forum"]
    assert all(m.verb == "calls upon" and m.via is None for m in called)
    assert {m.action for m in called} == {
        "to take Internet Governance Forum outcomes into account in their work and proceedings"}


def test_the_forum_named_last_in_the_text_is_the_one_the_next_paragraph_means(corpus_mandates):
    # para. 100 asks the World Summit on the Information Society Forum after the Internet Governance Forum, and then
    # names the Internet Governance Forum again: "the Forum" of paras. 101 and 102 is still the Internet Governance Forum
    for label in ("adopted 101", "adopted 102"):
        (forum,) = [m for m in corpus_mandates("80/173", label) if m.actor_as_written == "the Forum"]
        assert forum.actor == "Internet Governance Forum", label


def test_calls_therefore_upon_is_a_call_upon_with_the_shared_infinitive():
    ms = copied_mandates(FOLDER, "78/144", "20")
    (called,) = [m for m in ms if m.actor == "Member States"]  # was a mention
    assert (called.verb, called.verb_as_written) == ("calls upon", "calls, therefore, upon")
    assert called.action == "to support sustainable agricultural research and development"
    (encouraged,) = [m for m in ms if m.verb == "encourages"]
    assert encouraged.actor_as_written == "relevant international bodies"
    assert encouraged.action == called.action


def test_the_aside_is_only_read_before_a_particle():
    pattern = re.compile(rf"(?:{verbs().phrasal(['calls upon', 'requests'])})\b")
    assert pattern.match("calls, in this regard, upon")
    assert pattern.match("requests, in this regard, the").group(0) == "requests"  # no particle: the verb alone
    assert without_aside("call, in particular, on") == "call on"
    assert without_aside("calls upon") == "calls upon"
