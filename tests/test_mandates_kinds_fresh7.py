"""Actor kinds the ninth labelled sample (tests/labels/mandates_fresh7) named wrong, each tested on real paragraphs
(whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds9/): a complement or a proper
pre-modifier shared by every head of a list; "that Organization" naming the body named before it ("that State" the
State); "States bordering straits" as one actor; a bracketed acronym after a full name; "all stakeholders" named
without a determiner; a capacity opened by "as" whose "and" names no actor."""

from pathlib import Path

import pytest

from conftest import mandated, mandated_actors, mandates_by_symbol

KINDS = Path(__file__).parent / "fixtures" / "kinds9"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. a complement or a modifier shared by a list


def test_complement_goes_on_every_head_coordinated_with_and(rows):
    # A/RES/78/83 9: "Requests the specialized agencies and other organizations and institutions of the United
    # Nations system and regional organizations to strengthen ..." (unit 41: four actors, "of the United Nations
    # system" on each of the first three); the specialized agencies were named without it
    assert [w for _, _, w in mandated(rows, "A/RES/78/83", "9")] == [
        "the specialized agencies of the United Nations system", "other organizations of the United Nations system",
        "other institutions of the United Nations system", "regional organizations"]
    assert mandated_actors(rows, "A/RES/78/83", "9")[0] == "specialized agencies"


def test_complement_goes_on_a_name_of_the_table_listed_with_commas(rows):
    # A/RES/79/155 15 (its sub-paragraphs take the chapeau's actors): "Calls upon States and the relevant funds and
    # programmes, organs and specialized agencies of the United Nations system ..." (unit 55); "funds and programmes"
    # stays one name of the table (the first sample's "relevant United Nations funds and programmes"), of the system
    written = [w for _, _, w in mandated(rows, "A/RES/79/155", "15 (i)")]
    assert written[:4] == ["States", "the relevant funds and programmes of the United Nations system",
                           "organs of the United Nations system", "specialized agencies of the United Nations system"]
    assert mandated_actors(rows, "A/RES/79/155", "15 (i)")[:4] == [
        "States", "funds and programmes", "organs of the United Nations system", "specialized agencies"]


def test_proper_modifier_goes_on_every_head_of_the_list(rows):
    # A/RES/79/57 12: "Requests the relevant United Nations organs, agencies, funds and programmes ...": the United
    # Nations' agencies, not agencies of any kind
    assert mandated(rows, "A/RES/79/57", "12") == [
        ("requests", "United Nations organs", "the relevant United Nations organs"),
        ("requests", "United Nations agencies", "United Nations agencies"),
        ("requests", "funds and programmes", "United Nations funds and programmes")]


def test_modifier_is_not_shared_with_heads_of_another_kind():
    from resparse.mandates.addressees import actor_phrases

    # donors and partners are no components of the United Nations: the modifier stays on its own head
    named = actor_phrases("the relevant United Nations entities, donors and development partners", [])
    assert [n.written for n in named] == ["the relevant United Nations entities", "donors", "development partners"]


# ---------------------------------------------------------------- 2.-3. "that Organization", States bordering straits


def test_that_organization_and_states_bordering_straits(rows):
    # A/RES/80/110 143: "Welcomes the work of the International Maritime Organization ..., and calls upon that
    # Organization, States bordering straits and user States to continue their cooperation ..." (unit 73: three
    # actors); was read as a that-clause: "Organization" and "States"
    assert mandated(rows, "A/RES/80/110", "143") == [
        ("calls upon", "International Maritime Organization", "that Organization"),
        ("calls upon", "States bordering straits", "States bordering straits"),
        ("calls upon", "user States", "user States")]


def test_that_state_is_the_state_named_before(rows):
    # A/RES/78/63 5-6: "Reaffirms the importance of Israel’s accession to the Treaty ...; 6. Calls upon that State to
    # accede to the Treaty without further delay, ...": was read as a that-clause, no mandate
    assert mandated(rows, "A/RES/78/63", "6") == [("calls upon", "Israel", "that State")]


def test_that_of_a_that_clause_is_no_demonstrative():
    from resparse.mandates.addressees import demonstrative, that_clause

    assert that_clause("that the Secretary-General submit a report") is not None
    assert that_clause("that Member States shall consider") is not None
    assert that_clause("that industry and academia cooperate in the development of standards") is not None
    assert that_clause("that Organization, States bordering straits and user States to continue") is None
    assert demonstrative("that Organization, States") == "organization"
    assert demonstrative("that Committee shall designate") is None


# ---------------------------------------------------------------- 4. a bracketed acronym after a full name


def test_bracketed_acronym_is_no_part_of_the_name(rows):
    # A/RES/80/118 32: "reiterates its request for relevant United Nations system entities, including the United
    # Nations Entity for Gender Equality and the Empowerment of Women (UN-Women), to support ..." (unit 50: the full
    # name without "(UN-Women)")
    assert ("requests", "United Nations Entity for Gender Equality and the Empowerment of Women",
            "the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)") in mandated(
        rows, "A/RES/80/118", "32")


def test_all_stakeholders_are_stakeholders(rows):
    # A/RES/80/118 32: "... and calls upon all stakeholders to close the gender digital divide" (unit 50:
    # "stakeholders", "all" dropped); the table named them "relevant stakeholders", a determiner the text does not write
    assert mandated(rows, "A/RES/80/118", "32")[0] == ("calls upon", "stakeholders", "all stakeholders")


def test_bracketed_acronym_names_the_actor_the_table_holds():
    from resparse.mandates.actors import table

    t = table()
    assert t.resolve("the United Nations Office on Drugs and Crime (UNODC)").name == (
        "United Nations Office on Drugs and Crime")
    assert t.resolve("the Organization (IMO)").name == "International Maritime Organization"
    assert t.resolve("the Committee on World Food Security (CFS)").name == "Committee on World Food Security"


# ---------------------------------------------------------------- 5. a capacity opened by "as"


def test_and_inside_a_capacity_names_no_actor(rows):
    # A/RES/78/140 36: "Invites the United Nations Office on Drugs and Crime and the United Nations Conference on
    # Trade and Development as custodian agencies of Sustainable Development Goal indicator 16.4.1 on the total
    # value of inward and outward illicit financial flows, ..., and invites all Member States to engage ...": no
    # actor "outward illicit financial flows"
    assert mandated_actors(rows, "A/RES/78/140", "36") == [
        "United Nations Office on Drugs and Crime", "United Nations Conference on Trade and Development",
        "Member States"]
