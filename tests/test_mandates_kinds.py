"""Mandate kinds the fourth labelled sample missed, each tested on real paragraphs (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/kinds/): a mandate verb as a participle inside an operative paragraph
("..., while urging all States to ..."), "Requires X to ..." and "Continues to encourage X to ...", a distributed
head ("requesting and requested States parties"), a determiner and a complement shared by two heads ("the relevant
entities and organizations of the United Nations system"), "the parties thereto"."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol
from resparse.mandates.addressees import actor_phrases

KINDS = Path(__file__).parent / "fixtures" / "kinds"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- participles


def test_a_participle_after_while_mandates_as_the_finite_verb(rows):
    # A/RES/79/170 2: "Acknowledges the need to strive for greater acceptance ... at the international level, while
    # urging all States to undertake at the national level the necessary policy formulation ..."; was nobody
    assert mandated(rows, "A/RES/79/170", "2") == [("urges", "States", "all States")]
    m = next(m for m in rows["A/RES/79/170"] if m.paragraph == "2" and m.kind == "mandate")
    assert m.verb_as_written == "while urging" and m.action.startswith("to undertake at the national level")
    # A/RES/80/190 20: "..., and calls upon States to make primary education compulsory ..., while encouraging them
    # to take all appropriate measures": "them" are the States, and the call's action ends before the participle
    found = mandated(rows, "A/RES/80/190", "20")
    assert ("encourages", "States", "them") in found and ("calls upon", "States", "States") in found
    call = next(m for m in rows["A/RES/80/190"] if m.paragraph == "20" and m.verb == "calls upon")
    assert "encouraging" not in call.action
    # not a participle of another subject, nor one of a list of means: A/RES/79/145 16: "Also notes that the Committee on Fisheries ... requested the Food and Agriculture Organization
    # ..., while encouraging its members to include ...": the Committee encourages, not the Assembly
    assert mandated(rows, "A/RES/79/145", "16") == []
    # A/RES/79/265 1: "... the final declaration ..., in which the Community has pledged ..., while also urging member
    # States to tackle youth unemployment": the Community urges
    assert mandated(rows, "A/RES/79/265", "1") == []
    # A/RES/79/149 35: "Encourages Member States to take appropriate steps ..., including by collecting data ..., by
    # examining ... and urging all relevant stakeholders to work with the United Nations": a means of the States'
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/79/149", "35")] == [("encourages", "Member States")]


def test_a_participle_in_a_declaration_goes_with_we(rows):
    # A/RES/80/3, annex 18: "We invite the governing bodies ... to contribute .... We also acknowledge the role of
    # multilateral development banks in catalysing private investment and encourage the provision of increased
    # concessional finance ..., encouraging them to enhance access to digital trade finance" (tests/labels/
    # GUIDELINE.md: a participle "encouraging them to ..." inside a declaration's paragraph is a mandate); "them" are
    # the banks of the sentence before, and the invitation's action ends with its sentence
    found = [m for m in rows["A/RES/80/3"] if m.paragraph == "annex 18" and m.kind == "mandate"]
    assert [(m.verb, m.actor, m.actor_as_written) for m in found if m.verb == "encourages"] == [
        ("encourages", "multilateral development banks", "them")]
    assert all(m.action.endswith("in accordance with their relevant mandates") for m in found if m.verb == "invites")


# ---------------------------------------------------------------- verbs: requires, continues to


def test_requires_binds_the_candidates_as_a_decision(rows):
    # A/RES/79/325 2: "Requires all candidates for nomination to the Panel to provide full disclosure ..., also
    # requires such information to be included as part of the nomination ..., and further requires candidates to
    # commit to participate ..." (labelled "decides"; "such information" is no actor); was nobody
    found = mandated(rows, "A/RES/79/325", "2")
    assert [(v, w) for v, _, w in found] == [("decides", "all candidates for nomination to the Panel"),
                                             ("decides", "candidates")]
    # not "requires" in running text: A/RES/78/116 4: "... article IV, section 13 (b) (1) of the Headquarters Agreement, inter alia, requires the host
    # country to consult with the Member State ...": the Agreement requires, the Assembly decides nothing
    assert not [m for m in mandated(rows, "A/RES/78/116", "4") if m[0] == "decides"]


def test_continues_to_encourage_is_encourages(rows):
    # A/RES/78/160 34, 40: "Continues to encourage the United Nations inter-agency task team ... to further refine
    # ...", "Continues to encourage the United Nations system to take an active role ..."; were nobody
    assert [v for v, _, _ in mandated(rows, "A/RES/78/160", "34")] == ["encourages"]
    assert mandated(rows, "A/RES/78/160", "40") == [("encourages", "United Nations system", "the United Nations system")]


# ---------------------------------------------------------------- shared heads, determiners and complements


def test_requesting_and_requested_states_parties(rows):
    # A/RES/78/140 21: "Calls upon all States parties to the United Nations Convention against Corruption, in
    # particular requesting and requested States parties, to cooperate ..."; was "requesting parties"
    written = [w for _, _, w in mandated(rows, "A/RES/78/140", "21")]
    assert "requesting States parties" in written and "requested States parties" in written
    assert "requesting parties" not in written
    assert [n.written for n in actor_phrases("developed and developing countries", [])] == [
        "developed countries", "developing countries"]
    # a thing coordinated before a complement is still no actor: "encourages the continued updating and wide
    # dissemination of the information leaflet on what the United Nations can do" (A/RES/78/100 1)
    assert mandated(rows, "A/RES/78/100", "1") == []


def test_shared_determiner_and_complement(rows):
    # A/RES/78/52 4: "Requests the relevant entities and organizations of the United Nations system, to which, in
    # accordance with its resolution 68/50, the report was circulated, to assist ..."; was "the relevant entities"
    # and "organizations of the United Nations system, to which"
    written = [w for _, _, w in mandated(rows, "A/RES/78/52", "4")]
    assert written == ["the relevant entities of the United Nations system",
                       "the relevant organizations of the United Nations system"]
    # a first head with a complement of its own shares nothing (A/RES/79/327 and others: "members of the specialized
    # agencies and observers of the General Assembly")
    assert [n.written for n in actor_phrases(
        "members of the specialized agencies and observers of the General Assembly", [])] == [
        "members of the specialized agencies", "observers of the General Assembly"]


def test_the_parties_thereto(rows):
    # A/RES/79/83 3: "Reaffirms its determination that all relevant provisions of the Regulations annexed to the
    # Hague Convention of 1907, and the Geneva Convention ..., continue to apply ..., and calls upon the parties
    # thereto to respect and ensure respect for their obligations ..."; was nobody
    assert mandated(rows, "A/RES/79/83", "3") == [("calls upon", "parties", "the parties thereto")]


# ---------------------------------------------------------------- nouns of a list, a title inside a name


def test_nouns_of_a_list_are_each_an_addressee(rows):
    # A/RES/78/141 16: "encourages industry, interested Governments and relevant stakeholders, with ..., to ..."; was
    # one actor "industry, interested Governments"
    written = [w for v, _, w in mandated(rows, "A/RES/78/141", "16") if v == "encourages"]
    assert "industry" in written and "interested Governments" in written
    assert not [w for w in written if "," in w]
    # A/RES/78/189 45: "Encourages transnational corporations and other business enterprises to respect human rights
    # ..."; was one actor named by both
    assert [w for _, _, w in mandated(rows, "A/RES/78/189", "45")] == [
        "transnational corporations", "other business enterprises"]
    # A/RES/78/11 7: "Calls upon all the parties concerned, the co-sponsors of the peace process and the entire
    # international community to exert ..."; was the parties only
    assert [w for _, _, w in mandated(rows, "A/RES/78/11", "7")] == [
        "all the parties concerned", "the co-sponsors of the peace process", "the entire international community"]
    # things stay things: "encourages exploring innovative ways, such as forecast-based financing approaches and
    # disaster risk insurance mechanisms, to increase ..." (A/RES/78/152 50) addresses nobody
    assert actor_phrases("exploring innovative ways, such as forecast-based financing approaches and disaster risk "
                         "insurance mechanisms", []) == []


def test_a_declaration_and_programme_of_action_inside_a_name(rows):
    # A/RES/79/161 44: "Requests the Intergovernmental Working Group on the Effective Implementation of the Durban
    # Declaration and Programme of Action to commence preparations ..."; "Programme of Action" was a second actor
    assert [a for _, a, _ in mandated(rows, "A/RES/79/161", "44")] == [
        "Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of "
        "Action"]
