"""Mandate kinds of the twenty-sixth session (branch f21), from the misses of the blind sample mandates_fresh21
(tests/labels/GUIDELINE.md, its section and the f21 decisions): each on real text, paragraphs copied from
../shared/corpus/texts into tests/fixtures/f21/paragraphs.md and read in a small resolution
(``conftest.mini_resolution``) so the whole extraction runs on them; the declarations' paragraphs in the Global
Digital Compact (tests/fixtures/A_RES_79_1.txt) and in the corpus (skipped where ../shared is absent)."""

from pathlib import Path

import pytest

import resparse
from conftest import copied_mandates
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "f21"
FIXTURES = Path(__file__).parent / "fixtures"


def rows(symbol: str, label: str) -> list[tuple]:
    """(actor, as written, via) of each mandate of a copied paragraph."""
    return [(m.actor, m.actor_as_written, m.via) for m in copied_mandates(FOLDER, symbol, label)]


# ---------------------------------------------------------------- 1. two names before one head are one actor


@pytest.mark.parametrize("symbol,label", [("A/RES/78/136", "8"), ("A/RES/79/196", "10")])
def test_two_names_coordinated_before_one_head_are_one_actor(symbol, label):
    # "encourages the Group of 20 and Paris Club creditors to discuss options ...": the creditors of both groups
    # (tests/labels/mandates_fresh21 n 52; was two actors, "Group of 20" and "Paris Club creditors")
    assert rows(symbol, label) == [("Group of 20 and Paris Club creditors", "the Group of 20 and Paris Club creditors",
                                    None)]


def test_a_name_of_the_table_before_a_named_head_stays_its_own_actor():
    # "Urges Member States and United Nations entities to strengthen ...": Member States are an actor by themselves
    assert [r[0] for r in rows("A/RES/78/167", "6")] == ["Member States", "United Nations entities"]


def test_a_body_before_a_named_head_stays_its_own_actor():
    # "Calls upon the Office of Counter-Terrorism and relevant Global Counter-Terrorism Coordination Compact entities"
    assert [r[0] for r in rows("A/RES/78/263", "22")] == [
        "Office of Counter-Terrorism", "Global Counter-Terrorism Coordination Compact entities"]


def test_a_person_before_a_named_head_stays_his_own_actor():
    # "Requests the Secretary-General and relevant United Nations entities to help the countries of Central Africa"
    assert [r[0] for r in rows("A/RES/79/68", "27")] == ["Secretary-General", "United Nations entities"]


# ---------------------------------------------------------------- 2. "those of" coordinated complements


def test_those_of_countries_of_origin_transit_and_destination_is_one_via_actor():
    # "Encourages concerned Governments, in particular those of countries of origin, transit and destination, to
    # avail themselves ...": "those" stands for Governments, the three complements of one head one actor
    # (tests/labels/mandates_fresh20 n 18, relabelled: was three via entries; no via was read)
    assert rows("A/RES/80/185", "49") == [
        ("Governments", "concerned Governments", None),
        ("Governments of countries of origin, transit and destination",
         "Governments of countries of origin, transit and destination", "concerned Governments")]


def test_those_of_the_countries_of_origin_and_destination():
    # "Also calls upon Governments, in particular those of the countries of origin and destination, to put in place
    # penal and criminal sanctions ..." (A/RES/80/185 38; 78/180 38)
    assert [(a, v) for a, _, v in rows("A/RES/80/185", "38")] == [
        ("Governments", None), ("Governments of the countries of origin and destination", "Governments")]


# ---------------------------------------------------------------- 3. "We decide to <act>"


@pytest.fixture(scope="module")
def compact():
    return [m for m in extract(resparse.parse(FIXTURES / "A_RES_79_1.txt")) if m.kind == "mandate"]


def test_we_decide_to_launch_is_a_commitment(corpus_mandates):
    # "We decide to launch an ambitious package of reforms and actions to close this financing gap ..." (A/RES/79/323,
    # annex, para. 6; tests/labels/mandates_fresh21 n 95): the declaring States' commitment, as a bare "Initiate ..."
    # under "We decide to:" is (was the Assembly's `decides`)
    assert [(m.verb, m.actor) for m in corpus_mandates("79/323", "annex 6")] == []


def test_we_decide_to_establish_a_meeting_is_the_assemblys_decision(corpus_mandates):
    # "(a) We decide to establish a recurring special high-level meeting on credit ratings under the auspices of the
    # Economic and Social Council" (A/RES/79/323, annex, para. 55 (a)): an act the Assembly takes by a decision
    # (operative_verbs.txt [decided acts]), as its own "Decides to establish ..."
    assert [(m.verb, m.actor) for m in corpus_mandates("79/323", "annex 55 (a)")] == [("decides", "General Assembly")]


def test_we_decide_to_convene_stays_the_assemblys_decision(compact):
    # "We decide to convene a high-level meeting ..., based on a progress report by the Secretary-General ... We
    # request the President of the General Assembly to appoint co-facilitators" (A/RES/79/1, annex I, para. 74)
    found = [(m.verb, m.actor, m.passive) for m in compact if m.paragraph == "annex I 74"]
    assert found == [("decides", "General Assembly", False), ("decides", "Secretary-General", True),
                     ("requests", "President of the General Assembly", False)]


def test_the_decision_chapeau_of_the_pact_still_carries_its_items(compact):
    # the Pact's "We decide to:" items that ask an addressee keep their verbs ("(a) Request the Secretary-General",
    # A/RES/79/1, adopted 74 (a), mandates_fresh9 n 12), and one whose verb asks no one is none ("(b) Initiate a
    # United Nations-led intergovernmental process", adopted 81 (b), mandates_fresh21 n 2)
    assert ("requests", "Secretary-General") in [(m.verb, m.actor) for m in compact if m.paragraph == "adopted 74 (a)"]
    assert [m for m in compact if m.paragraph == "adopted 81 (b)"] == []
