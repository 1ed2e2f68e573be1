"""Intergovernmental organizations the alias table did not know, and a [parts] office with no entry of its own
(thirty-first session, branch ment12), on whole resolutions copied into tests/fixtures from ../shared/corpus/texts:

- a body the Assembly cooperates with under "Cooperation between the United Nations and regional and other
  organizations" (or has granted observer status) is an actor of ``data/actors.txt`` [aliases], each entry cited to its
  resolution: its mentions are found wherever it is named (the Shanghai Cooperation Organization in A/RES/79/332 1-3,
  the Caribbean Community in 80/193 21: none before), a query by its acronym finds it (ASEAN, A/RES/79/290; INTERPOL,
  79/136: was no match or a name of its own beside the full name);
- every office [parts] lists is a known actor: "the Division for Palestinian Rights of the Secretariat" (A/RES/79/82,
  title and para. 4) resolved to an unknown actor because [aliases] had no entry for the Division."""

from pathlib import Path

import resparse
from resparse.mandates import extract, select, table

FIXTURES = Path(__file__).parent / "fixtures"


def _mentions(name: str, actor: str) -> set[str]:
    res = resparse.parse(FIXTURES / name)
    return {m.paragraph for m in extract(res) if m.actor == actor}


def test_the_shanghai_cooperation_organization_is_found_where_its_resolution_names_it():
    # A/RES/79/332 1: "Acknowledges the constructive role of the Shanghai Cooperation Organization in securing peace";
    # 2: "... between the United Nations system and the Shanghai Cooperation Organization"; 3: "... cooperate with the
    # Shanghai Cooperation Organization" (no row before)
    assert {"1", "2", "3"} <= _mentions("A_RES_79_332.txt", "Shanghai Cooperation Organization")


def test_the_caribbean_community_is_found_and_its_acronym_is_its_name():
    # A/RES/80/193 21: "... initiatives of the African Union and of the Caribbean Community relating to reparatory
    # justice" (no row before)
    assert "21" in _mentions("A_RES_80_193.txt", "Caribbean Community")
    assert table().resolve("CARICOM") == table().resolve("the Caribbean Community")
    assert table().resolve("the Caribbean Community").known


def test_a_query_by_the_acronym_finds_the_body():
    # A/RES/79/290: "the Association of Southeast Asian Nations" throughout; the query "ASEAN" found nothing
    items = extract(resparse.parse(FIXTURES / "A_RES_79_290.txt"))
    by_name = select(items, actor="Association of Southeast Asian Nations")
    assert by_name and select(items, actor="ASEAN") == by_name
    # A/RES/79/136: "the International Criminal Police Organization (INTERPOL)", then "INTERPOL": one actor, by its name
    items = extract(resparse.parse(FIXTURES / "A_RES_79_136.txt"))
    assert "INTERPOL" not in {m.actor for m in items}
    assert "6" in {m.paragraph for m in items if m.actor == "International Criminal Police Organization"}


def test_the_collective_security_treaty_organization_is_known():
    # A/RES/79/10 1: "... interaction between the United Nations and the Collective Security Treaty Organization"
    assert "1" in _mentions("A_RES_79_10.txt", "Collective Security Treaty Organization")
    assert table().resolve("the Collective Security Treaty Organization").known


def test_every_office_parts_lists_is_a_known_actor():
    t = table()
    assert [p for p in t.part_names if not t.resolve(p).known] == []


def test_the_division_for_palestinian_rights_of_the_secretariat_is_the_division():
    # A/RES/79/82, title "Division for Palestinian Rights of the Secretariat"; para. 4 "Requests the Division ..."
    named = table().resolve("the Division for Palestinian Rights of the Secretariat")
    assert named.known and named.name == "Division for Palestinian Rights"
    items = extract(resparse.parse(FIXTURES / "A_RES_79_82.txt"))
    assert "4" in {m.paragraph for m in items if m.kind == "mandate" and m.actor == "Division for Palestinian Rights"}
