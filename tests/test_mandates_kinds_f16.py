"""The eighteenth sample's misses (tests/labels/mandates_fresh16, GUIDELINE.md "The eighteenth sample"), fixed as
kinds in the twenty-first session (branch f16), each on real paragraphs (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/kinds_f16/):

- coordinated heads before one complement share it: "all organizations and bodies of the United Nations system"
  are the organizations of the system and its bodies (A/RES/80/191 35, n 63: the alias row that made the pair one
  name of the system is gone), "the specialized agencies and other organizations, funds and programmes of the United
  Nations system" gives every head the complement, the last pair joined by its own "and" after a comma (A/RES/79/13
  4, n 84; "all relevant bodies, agencies, funds and programmes of the United Nations system", A/RES/78/138 38); the
  members named after the last head keep it as their group (A/RES/78/181 5);
- "with a view to reporting to the Commission ... at its thirty-fourth session" asks a report of the one the clause
  addresses, to that body, at that session (A/RES/79/187 1, n 22);
- the Olympic Truce's "throughout the period from the seventh day before the start of the Games ... until the seventh
  day following the end of the ... Paralympic Games" is the deadline, "in 2024" after it the Games' date (A/RES/78/10
  1, n 72)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol, paragraph_deadline_texts, paragraph_mandates

KINDS = Path(__file__).parent / "fixtures" / "kinds_f16"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. heads that share one complement


def test_organizations_and_bodies_of_the_system_are_two_actors(rows):
    # A/RES/80/191 35: "Invites Member States and all organizations and bodies of the United Nations system and other
    # international and regional organizations, ...": the organizations of the system and the bodies of the system
    found = mandated(rows, "A/RES/80/191", "35")
    assert ("invites", "United Nations system", "all organizations of the United Nations system") in found
    assert ("invites", "bodies of the United Nations system", "all bodies of the United Nations system") in found


def test_a_pair_joined_by_its_own_and_after_a_comma_closes_the_list(rows):
    # A/RES/79/13 4: "Urges the specialized agencies and other organizations, funds and programmes of the United
    # Nations system, in particular the Food and Agriculture Organization ...": every head "of the United Nations
    # system" (the organizations were "organizations" of any kind); the members stay under their groups
    found = {(a, w) for _, a, w in mandated(rows, "A/RES/79/13", "4")}
    assert ("United Nations system", "other organizations of the United Nations system") in found
    assert ("specialized agencies", "the specialized agencies of the United Nations system") in found
    assert ("funds and programmes", "other funds and programmes of the United Nations system") in found
    assert "organizations" not in {a for a, _ in found}
    vias = {m.actor: m.via for m in paragraph_mandates(rows, "A/RES/79/13", "4")}
    assert vias["Food and Agriculture Organization of the United Nations"] == (
        "the specialized agencies of the United Nations system")
    assert vias["International Organization for Migration"] is None


def test_every_head_of_a_comma_list_shares_the_complement(rows):
    # A/RES/78/138 38: "Calls upon all relevant bodies, agencies, funds and programmes of the United Nations system and
    # other relevant intergovernmental, global, regional and subregional organizations, ...": no bare "bodies" nor
    # "agencies"
    actors = [a for _, a, _ in mandated(rows, "A/RES/78/138", "38")]
    assert actors[:3] == ["bodies of the United Nations system", "agencies of the United Nations system",
                          "funds and programmes"]


def test_members_named_after_shared_heads_keep_their_group(rows):
    # A/RES/78/181 5: "Requests the relevant organizations and bodies of the United Nations system, in particular
    # those dealing with issues of development, to address ...": "those" kept (they were lost once the heads shared
    # the complement: their group was named by the head's old words); named under the whole, not the last head, since
    # GUIDELINE.md's mfix2 decisions ("those" stands for both heads; tests/test_mandates_mfix23.py)
    found = [(m.actor, m.actor_as_written, m.via) for m in paragraph_mandates(rows, "A/RES/78/181", "5")]
    assert found == [
        ("United Nations system", "the relevant organizations of the United Nations system", None),
        ("bodies of the United Nations system", "the relevant bodies of the United Nations system", None),
        ("United Nations system", "those dealing with issues of development", "the United Nations system")]


# ---------------------------------------------------------------- 2. a report asked as a purpose


def test_with_a_view_to_reporting_is_a_report_to_the_body_named(rows):
    # A/RES/79/187 1: "Authorizes the open-ended intergovernmental expert group on model strategies on reducing
    # reoffending to continue its work within its mandate with a view to reporting to the Commission on Crime
    # Prevention and Criminal Justice at its thirty-fourth session"
    (m,) = paragraph_mandates(rows, "A/RES/79/187", "1")
    assert [(r.to, r.when) for r in m.reports] == [
        ("Commission on Crime Prevention and Criminal Justice", "at its thirty-fourth session")]


# ---------------------------------------------------------------- 3. a period bounded by two events


def test_the_olympic_truce_period_is_the_deadline_not_the_year_of_the_games(rows):
    # A/RES/78/10 1: "Urges Member States to observe the Olympic Truce ..., throughout the period from the seventh day
    # before the start of the Games of the XXXIII Olympiad until the seventh day following the end of the XVII
    # Paralympic Games, to be held in Paris in 2024, ..."
    assert paragraph_deadline_texts(rows, "A/RES/78/10", "1") == [
        "throughout the period from the seventh day before the start of the Games of the XXXIII Olympiad until the "
        "seventh day following the end of the XVII Paralympic Games"]
    (d,) = paragraph_mandates(rows, "A/RES/78/10", "1")[0].deadlines
    assert (d.type, d.start, d.end) == ("between", None, None)
