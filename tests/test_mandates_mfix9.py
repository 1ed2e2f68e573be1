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
  "the Forum" of 80/173 adopted 101 is still the Internet Governance Forum);
- reports named by their owners in the plural possessive ("the treaty bodies’ reports") are theirs, no report asked of
  the actor, as mfix8 decided for the singular ("the Subcommittee’s reports", 80/198 42); grammar/reports.lark
  TO_THE_REPORT.

Looked at and left (tests/labels/GUIDELINE.md, the twenty-ninth session's decisions): a report to the Economic and
Social Council "in 2025, 2026 and 2027" (79/226 127) already carries its first and last year (``due`` 2025 to 2027,
``every`` 1); "Decides that the Conference shall adopt ... a report" (78/128 19) is not read."""

import re
from pathlib import Path

import resparse
from conftest import copied_mandates, mini_resolution

from resparse.mandates import addressees, extract
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
    # names the Internet Governance Forum again: "the Forum" of paras. 101 and 102 is still the Internet Governance
    # Forum
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


# ---------------------------------------------------------------- 5. reports named in the plural possessive


def test_reports_named_by_their_owners_in_the_plural_possessive_are_no_report_asked():
    # the shape of A/RES/80/198 42 ("invites States to make the Subcommittee’s reports public", mfix8: the singular
    # possessive) with owners in the plural, the typographic and the straight apostrophe: the bodies' reports, no
    # report of the States (was one to "not stated")
    for owner in ("the treaty bodies’", "the treaty bodies'"):
        text = mini_resolution(f"Invites States to make {owner} reports public;")
        (m,) = [m for m in extract(resparse.parse_text(text)) if m.kind == "mandate"]
        assert (m.actor, m.reports) == ("States", []), owner
    # the actors' own reports are "their reports": still asked
    (m,) = [m for m in extract(resparse.parse_text(mini_resolution("Invites States to make their reports public;")))
            if m.kind == "mandate"]
    assert [r.to for r in m.reports] == ["not stated"]


def test_the_reporting_asked_beside_the_owners_reports_is_still_read(corpus_mandates):
    # "and to provide frequent and detailed reporting on the implementation of the Treaty and opportunities for
    # discussion of all nuclear-weapon States’ reports" (A/RES/80/48 3): the report is the reporting
    rows = [m for m in corpus_mandates("80/48", "3") if m.action.startswith("to apply the principles")]
    assert rows and all([(r.to, r.to_source) for r in m.reports] == [("not stated", "default")] for m in rows)
