"""Mandates a fresh user found missing or wrongly dated against the text, each kind tested on the real paragraphs
(whole resolutions copied from ../shared/corpus/texts into tests/fixtures/fresh_user/): a member named with members of
its own ("specialized agencies, including the World Health Organization, ..."), "them" after one body named with its
members, a partitive quantifier before the actor ("each of the Main Committees", "the entirety of the United Nations
system"), a purpose after the event of a "prior to" ("so as to"), and a date before the adoption quoted from an
earlier instrument ("not later than 2015" in a 2023 resolution: kept as written, undated)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol
from resparse.mandates import deadlines
from resparse.mandates.actors import cut_qualifiers

KINDS = Path(__file__).parent / "fixtures" / "fresh_user"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _deadlines(rows, symbol, label, actor):
    return [[(d.text, d.type, d.start, d.end) for d in m.deadlines] for m in rows[symbol]
            if m.paragraph == label and m.kind == "mandate" and m.actor == actor]


# ---------------------------------------------------------------- 1. a member's own members; "them" after a group


INVITED = ["United Nations system", "funds", "programmes", "specialized agencies", "World Health Organization",
           "Food and Agriculture Organization of the United Nations", "United Nations Environment Programme",
           "World Organisation for Animal Health", "Global Leaders Group on Antimicrobial Resistance",
           "Inter-Parliamentary Union", "regional commissions", "envoys of the Secretary-General"]


def test_a_member_named_with_members_of_its_own(rows):
    # A/RES/78/269 8: "Invites the United Nations system, including funds, programmes and specialized agencies,
    # including the World Health Organization, the Food and Agriculture Organization of the United Nations, ...,
    # to participate in the high-level meeting" (was: the World Health Organization only mentioned, not mandated)
    invited = [m for m in rows["A/RES/78/269"] if m.paragraph == "8" and m.kind == "mandate" and m.verb == "invites"]
    assert [m.actor for m in invited] == INVITED
    who = next(m for m in invited if m.actor == "World Health Organization")
    # named under the specialized agencies, the nearest head whose list it is (the twenty-fifth session, mfix5: a
    # member's own members are that member's; UNEP, no specialized agency, stays under the system)
    assert (who.actor_as_written, who.via) == ("the World Health Organization", "specialized agencies")
    unep = next(m for m in invited if m.actor == "United Nations Environment Programme")
    assert unep.via == "the United Nations system"


def test_them_after_a_body_named_with_its_members(rows):
    # A/RES/78/269 8: "..., and urges them to consider relevant initiatives, such as the 2021 Call to Action on
    # Antimicrobial Resistance, ..." — "them" is the United Nations system and the members named with it (was: no
    # row for any of them)
    urged = [m for m in rows["A/RES/78/269"] if m.paragraph == "8" and m.kind == "mandate" and m.verb == "urges"]
    assert [m.actor for m in urged] == INVITED
    assert {m.actor_as_written for m in urged} == {"them"}
    assert all(m.action.startswith("to consider relevant initiatives") for m in urged)
    assert [m.via for m in urged][:2] == [None, "the United Nations system"]


# ---------------------------------------------------------------- 2. partitive quantifiers


def test_the_entirety_of_a_body_is_the_body(rows):
    # A/RES/78/263 33: "..., and calls upon the entirety of the United Nations system to develop cross-border
    # initiatives ..." (was: a mention only)
    assert ("calls upon", "United Nations system", "the entirety of the United Nations system") in mandated(
        rows, "A/RES/78/263", "33")


def test_each_of_the_main_committees(rows):
    # A/RES/79/327 25: "Requests each of the Main Committees to review their working methods during the eightieth
    # session and submit concrete proposals to the General Committee ..." (was: no mandate, the Main Committees
    # mentioned)
    assert mandated(rows, "A/RES/79/327", "25") == [("requests", "Main Committees", "each of the Main Committees")]


@pytest.mark.parametrize("phrase, cut", [
    ("each of the Main Committees", "the Main Committees"),
    ("the entirety of the United Nations system", "the United Nations system"),
    ("each of its subsidiary bodies", "its subsidiary bodies"),  # A/RES/78/154 (a part of the body before)
    ("one of the Vice-Presidents", "one of the Vice-Presidents"),  # a part of the set: not cut
])
def test_a_partitive_quantifier_is_cut(phrase, cut):
    assert cut_qualifiers(phrase) == cut


# ---------------------------------------------------------------- 3. deadlines


def test_a_purpose_ends_the_event_of_prior_to(rows):
    # A/RES/78/46 32: "... in a timely manner prior to the fourth Review Conference so as to facilitate its
    # discussion ..." (was: "prior to the fourth Review Conference so as")
    assert _deadlines(rows, "A/RES/78/46", "32", "Secretariat") == [
        [("prior to the fourth Review Conference", "relative", None, None)]]
    # A/RES/78/2 4: "in advance of the deadline specified in resolution 54/237 C so as to ..." (was: "... C so as")
    texts = [d.text for m in rows["A/RES/78/2"] if m.paragraph == "4" for d in m.deadlines]
    assert texts and all(t == "in advance of the deadline specified in resolution 54/237 C" for t in texts)


@pytest.mark.parametrize("text, found", [
    ("to review them prior to the Conference so that the Committee may adopt them", "prior to the Conference"),
    ("to circulate it before the Conference with a view to facilitating its work", "before the Conference"),
])
def test_other_purposes_end_the_event(text, found):
    assert [d.text for d in deadlines.find(text)] == [found]


def test_a_date_before_the_adoption_dates_nothing(rows):
    # A/RES/78/68 6 (adopted 5 December 2023): "... restoring depleted stocks to levels that can produce maximum
    # sustainable yield on an urgent basis and, where possible, not later than 2015" — the Johannesburg Plan of
    # Implementation's target, quoted: kept as written, no date (was: the 2023 mandate due by 2015); since branch f18 no
    # deadline at all, the target's time inside a goal's gerund ("in relation to achieving sustainable fisheries,
    # especially restoring depleted stocks ...": tests/labels/GUIDELINE.md, the twenty-third session)
    assert _deadlines(rows, "A/RES/78/68", "6", "States") == [[]]
    # 78/68 125: "recalling that, in paragraph 62 of resolution 63/112 of 5 December 2008, it urged that ... no
    # later than December 2008": the earlier resolution's deadline, inside a recital of the action, is no deadline of
    # this mandate (tests/labels/mandates_fresh17 n 80; GUIDELINE, the twenty-second session, branch f17: it was kept
    # as written, undated, before); "as soon as practicable" keeps its date
    assert _deadlines(rows, "A/RES/78/68", "125", "States") == [[
        ("as soon as practicable", "immediately", "2023-12", "2023-12")]]
