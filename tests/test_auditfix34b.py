"""The thirty-first session's branch auditfix34b: the rows branch auditfix34 left doubtful or wrong, fixed as kinds,
each read through the public API on whole resolutions copied from ../shared/corpus/texts (tests/fixtures/
kinds_auditfix34b and fixtures already there):

- an intergovernmental organization whose name ends in "<Capitalised> States" is the body, not the class of States
  its last words spell ("the Organization of American States", "the League of Arab States", "the Alliance of Small
  Island States", "the Community of Latin American and Caribbean States"): data/actors.txt [aliases], each entry
  cited to its constitutive instrument or the resolution granting it observer status;
- a name inside a capitalised title that runs up to it and goes on after it, after the name's abbreviation in
  brackets or after "and", is the title's, no mention (mandates/actors.py ``in_title``, ``_in_named_title``;
  ``named_class``, ``_title_before``)."""

from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.actors import table

FIXTURES = Path(__file__).parent / "fixtures"
FOLDER = FIXTURES / "kinds_auditfix34b"


def mentions(path: Path, label: str) -> list[str]:
    return [m.actor for m in extract(resparse.parse(path)) if m.paragraph == label and m.kind == "mention"]


# ---------------------------------------------------------------- 1. the body, not the States its name unites


def test_the_organization_of_american_states_is_the_body():
    # A/RES/78/205 4 ("the Organization of American States"; was "American States")
    found = mentions(FIXTURES / "special_procedures" / "A_RES_78_205.txt", "4")
    assert "Organization of American States" in found and "American States" not in found


def test_the_league_of_arab_states_is_the_body_and_arab_states_alone_the_class():
    # A/RES/79/12 2 ("between the United Nations and the League of Arab States"; was "Arab States")
    found = mentions(FOLDER / "A_RES_79_12.txt", "2")
    assert "League of Arab States" in found and "Arab States" not in found
    # 79/12 1: "to assist Arab States in addressing ..." stays the class beside the League's secretariat
    assert "Arab States" in mentions(FOLDER / "A_RES_79_12.txt", "1")


def test_the_alliance_of_small_island_states_is_the_body():
    # A/RES/79/144 360 (was "Small Island States")
    found = mentions(FIXTURES / "A_RES_79_144.txt", "360")
    assert "Alliance of Small Island States" in found and "Small Island States" not in found


def test_celac_is_the_body_not_the_regional_group():
    # A/RES/79/111 4 ("by the Community of Latin American and Caribbean States"; was the regional group)
    found = mentions(FOLDER / "A_RES_79_111.txt", "4")
    assert "Community of Latin American and Caribbean States" in found
    assert "Latin American and Caribbean States" not in found


def test_the_cis_eccas_and_the_gulf_cooperation_council_are_the_bodies():
    # A/RES/79/326 1 (was "Independent States")
    found = mentions(FOLDER / "A_RES_79_326.txt", "1")
    assert "Commonwealth of Independent States" in found and "Independent States" not in found
    # A/RES/78/235 3 (was the regional group "African States")
    found = mentions(FIXTURES / "kinds6" / "A_RES_78_235.txt", "3")
    assert "Economic Community of Central African States" in found and "African States" not in found
    # A/RES/79/295 1: "the Gulf Cooperation Council", the short name of the Cooperation Council for the Arab States
    # of the Gulf (was no mention)
    assert "Cooperation Council for the Arab States of the Gulf" in mentions(FIXTURES / "kinds_dfix21" / "A_RES_79_295.txt", "1")


def test_the_bodies_abbreviations_name_them():
    assert table().resolve("OAS").name == "Organization of American States"
    assert table().resolve("ECOWAS").name == "Economic Community of West African States"
    assert table().resolve("AOSIS").name == "Alliance of Small Island States"


# ---------------------------------------------------------------- 2. a name inside a title that goes on after it


def test_a_name_inside_a_forums_title_going_on_after_its_bracket_is_no_mention():
    # A/RES/79/227 38: "the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries in
    # Bishkek" (was "Independent States"); the World Food Programme named after it stays
    found = mentions(FOLDER / "A_RES_79_227.txt", "38")
    assert "Commonwealth of Independent States" not in found and "Independent States" not in found
    assert "World Food Programme" in found


def test_a_class_joined_by_and_inside_a_laws_title_is_no_mention():
    # A/RES/80/222 20: "the Law on Strengthening the Penalty for Espionage and Cooperation with the Zionist Regime and
    # Hostile States" (was "Hostile States"); Iran stays
    found = mentions(FIXTURES / "A_RES_80_222.txt", "20")
    assert "Hostile States" not in found and "States" not in found
    assert "Iran (Islamic Republic of)" in found


def test_a_name_inside_an_offices_title_is_no_mention():
    # A/RES/78/102 4: "the Special Coordinator on Improving the United Nations Response to Sexual Exploitation and
    # Abuse": no mention of the United Nations
    assert "United Nations" not in mentions(FIXTURES / "rfix" / "A_RES_78_102.txt", "4")
