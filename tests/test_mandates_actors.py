"""Who is asked: actor faults of the corpus, each tested on the real paragraph (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/actors/): pronouns and their antecedents, function words at the edge of
an actor's name, names of the alias table, mentions in annex paragraphs."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract

from conftest import mandates_by_symbol
from resparse.mandates.addressees import Antecedents, actor_phrases, plural

ACTORS = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(ACTORS)


def mandated(rows, symbol, label, verb=None):
    """(verb, actor, actor as written) of each mandate of a paragraph, in order."""
    return [(m.verb, m.actor, m.actor_as_written) for m in rows[symbol]
            if m.paragraph == label and m.kind == "mandate" and (verb is None or m.verb == verb)]


# ---------------------------------------------------------------- pronouns: agreement and the object's actors


def test_it_is_the_body_named_in_the_singular_not_the_commissions(rows):
    # A/RES/78/167 18: "..., commends the efforts of the different entities of the United Nations system and the
    # regional commissions ..., takes note with appreciation of the work done by the United Nations Office for
    # South-South Cooperation, ..., and calls upon it to work in collaboration with ... the regional commissions";
    # was the entities and the regional commissions ("done" is no "-ed" participle, and "it" took a plural list)
    assert mandated(rows, "A/RES/78/167", "18")[-1:] == [
        ("calls upon", "United Nations Office for South-South Cooperation", "it")]
    mentions = {m.actor for m in rows["A/RES/78/167"] if m.paragraph == "18" and m.kind == "mention"}
    assert "regional commissions" in mentions


def test_it_and_them_agree_in_number():
    commissions = actor_phrases("the regional commissions", [])
    office = actor_phrases("the United Nations Office for South-South Cooperation", [])
    previous = Antecedents()
    previous.set_if_any(lambda: office)
    previous.set_if_any(lambda: commissions)  # the latest names a plural: "it" goes back to the Office
    assert [n.actor.name for n in previous.get("it")] == ["United Nations Office for South-South Cooperation"]
    assert [n.actor.name for n in previous.get("them")] == ["regional commissions"]
    assert [n.actor.name for n in previous.get()] == ["regional commissions"]
    single = Antecedents()
    single.set(office)
    assert single.get("them") == []  # "them" is never one body named in the singular
    assert plural("States parties to the Convention") and plural("the regional commissions")
    assert not plural("the United Nations") and not plural("the Economic and Social Council")


def test_them_after_a_clause_that_names_no_singular_body(rows):
    # A/RES/79/226 124: "calls upon the Secretary-General ..., acknowledges the efforts made by the United Nations
    # development system entities to, inter alia, ..., and urges them to accelerate efforts ..."; was the
    # Secretary-General
    assert mandated(rows, "A/RES/79/226", "124", "urges") == [
        ("urges", "United Nations development system entities", "them")]


def test_the_antecedents_are_the_actors_of_the_object_not_its_thanks_nor_its_action(rows):
    # A/RES/78/57 3: "Expresses its appreciation for the political support provided by Member States, as well as
    # for the financial contributions made by Member States and international governmental and non-governmental
    # organizations, to strengthen the Regional Centre, ..., and encourages them to continue to make ... voluntary
    # contributions"; was one actor "to strengthen the Regional Centre" ("international" goes on both modifiers of
    # "organizations": GUIDELINE.md, the twenty-fourth session's mfix4 decisions)
    assert [a for _, a, _ in mandated(rows, "A/RES/78/57", "3")] == [
        "Member States", "international governmental organizations", "international non-governmental organizations"]
    # A/RES/78/65 3: "Commends the Mediterranean countries for their efforts ..., encourages them"; was "Mediterranean
    # countries for their efforts"
    assert mandated(rows, "A/RES/78/65", "3") == [("encourages", "Mediterranean countries", "them")]
    # A/RES/78/73 10: "Expresses its appreciation to the Advisory Commission of the Agency, and requests it"; was "to
    # the Advisory Commission of the Agency"
    assert mandated(rows, "A/RES/78/73", "10") == [("requests", "Advisory Commission of the Agency", "it")]


def test_them_takes_the_list_not_the_treaties_named_in_its_complement(rows):
    # A/RES/78/50 7: "Congratulates the States parties and signatories to the treaties of Tlatelolco, Rarotonga,
    # Bangkok and Pelindaba, as well as of Central Asia and Mongolia, for their efforts ..., and calls upon them";
    # was also an actor "Rarotonga, Bangkok and Pelindaba"
    assert [a for _, a, _ in mandated(rows, "A/RES/78/50", "7")] == ["States parties", "signatories"]


def test_the_object_names_its_actor_first_not_the_topic_after_it(rows):
    # A/RES/78/253 III.9: "Appreciates the efforts made by the Residual Special Court on cost-efficiency measures,
    # encourages the Court to continue ..."; was "Court" (a bare head), in 80/243 the International Court of Justice;
    # "the Residual Special Court" is itself short for the name in full the section names before, which it follows
    # (resparse.names.full_name: "a full name that is itself written short is followed to its own")
    assert mandated(rows, "A/RES/78/253", "III.9", "encourages") == [
        ("encourages", "Residual Special Court for Sierra Leone", "the Court")]


# ---------------------------------------------------------------- function words at the edge of a name


def _paragraph(text: str):
    """A resolution around one real operative paragraph (the source is cited at each use)."""
    return resparse.parse_text(
        "General Assembly\n\nResolution adopted by the General Assembly on 5 December 2023\n\n"
        "[without reference to a Main Committee (A/78/L.1)]\n\n78/901. Test\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. " + text + "\n")


def test_an_adverb_before_a_parenthesis_opens_it():
    # A/RES/78/68, para. 12 (also 46, 105; 79/145 and 80/109): was a fourth actor "either directly organizations"
    res = _paragraph(
        "Expresses its serious concern regarding the impacts of global climate change and ocean acidification on "
        "coral reefs and other ecosystems relevant to fisheries, and urges States, either directly or through "
        "appropriate subregional, regional or global organizations or arrangements, to intensify efforts to assess "
        "and address, as appropriate, the impacts of global climate change and ocean acidification on the "
        "sustainability of fish stocks and the habitats that support them, in particular the most affected ones;")
    assert [m.actor for m in extract(res) if m.kind == "mandate"] == ["States"]


def test_an_adverb_also_before_the_parenthesis_or_the_action(rows):
    # A/RES/78/229, para. 39 (and 80/229, 31): "requests the Secretary-General, also considering the extension of
    # the mandate of the standing open-ended intergovernmental working group ..., to continue to report"
    res = _paragraph(
        "Expresses concern regarding the overall financial situation of the United Nations Office on Drugs and "
        "Crime, and requests the Secretary-General, also considering the extension of the mandate of the standing "
        "open-ended intergovernmental working group on improving the governance and financial situation of the "
        "Office, to continue to report, within existing reporting obligations, on the financial situation of the "
        "Office;")
    assert [m.actor for m in extract(res) if m.kind == "mandate"] == ["Secretary-General"]
    # A/RES/80/198 26: "encourages other States also to do so"; was the actor "States also"
    assert mandated(rows, "A/RES/80/198", "26", "encourages") == [("encourages", "States", "other States")]


def test_a_repeated_to_before_a_member_of_a_renewed_request(rows):
    # A/RES/78/228 6: "Reaffirms its request to the Secretary-General and to the President of the General
    # Assembly, ..., to take all appropriate measures"; was "to the President of the General Assembly"
    assert [a for _, a, _ in mandated(rows, "A/RES/78/228", "6")] == [
        "Secretary-General", "President of the General Assembly"]
    # A/RES/78/103 10 (d): "Reiterates its appeal to the United Nations Development Programme and other bodies ...,
    # as well as to Governments in their bilateral aid programmes"; was "to Governments"
    assert "Governments" in [a for _, a, _ in mandated(rows, "A/RES/78/103", "10 (d)")]


def test_its_thing_is_no_actor(rows):
    # A/RES/79/327 36: "..., and requests its extension to publicly available information ..."; was the actor "its
    # extension"
    assert mandated(rows, "A/RES/79/327", "36") == []


def test_a_condition_after_the_addressee_is_cut(rows):
    # A/RES/78/115 3: "requests the Secretary-General when doing so to provide information ..."; was the actor
    # "Secretary-General when doing so"
    assert [a for _, a, _ in mandated(rows, "A/RES/78/115", "3", "requests")] == ["Secretary-General"]


def test_including_but_not_limited_to_names_members():
    # A/RES/79/2, annex, para. 37 (the same list read in an operative paragraph): "Encourage existing financing
    # mechanisms, including but not limited to the World Bank, the Global Fund to Fight AIDS, Tuberculosis and
    # Malaria, Gavi, the Vaccine Alliance, ..., to facilitate ..."; was an actor "but not limited", and
    # "Tuberculosis and Malaria" cut from the Global Fund's name
    res = _paragraph(
        "Encourages existing financing mechanisms, including but not limited to the World Bank, the Global Fund to "
        "Fight AIDS, Tuberculosis and Malaria, Gavi, the Vaccine Alliance, the Green Climate Fund, the Pandemic Fund, "
        "to facilitate access to existing relevant funding sources;")
    got = [(m.actor, m.via) for m in extract(res) if m.kind == "mandate"]
    assert got == [("existing financing mechanisms", None), ("World Bank", "existing financing mechanisms"),
                   ("Global Fund to Fight AIDS, Tuberculosis and Malaria", "existing financing mechanisms"),
                   ("Gavi, the Vaccine Alliance", "existing financing mechanisms"),
                   ("Green Climate Fund", "existing financing mechanisms"),
                   ("Pandemic Fund", "existing financing mechanisms")]


# ---------------------------------------------------------------- names of the alias table


def test_names_with_and_or_in_are_not_cut(rows):
    # A/RES/80/15 5: "Encourages the States members of the Agency for the Prohibition of Nuclear Weapons in Latin
    # America and the Caribbean to continue ..."; was "States members of the Agency for the Prohibition of Nuclear
    # Weapons" (cut at its "in")
    assert [a for _, a, _ in mandated(rows, "A/RES/80/15", "5")] == [
        "States members of the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"]
    # A/RES/78/73 29: the Working Group on the Financing of UNRWA, was cut at "in the Near East"
    assert ("Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in "
            "the Near East") in [a for _, a, _ in mandated(rows, "A/RES/78/73", "29")]


def test_un_habitat_is_one_actor_under_both_names():
    from resparse.mandates.actors import table

    t = table()
    assert t.resolve("UN-Habitat").key == t.resolve("the United Nations Human Settlements Programme").key
    assert t.resolve("UN-Habitat").name == "United Nations Human Settlements Programme"


def test_the_special_committee_by_its_full_name_is_the_special_committee():
    from resparse.mandates.actors import table

    # A/RES/78/82 16: "Requests the Special Committee on the Situation with regard to the Implementation of the
    # Declaration on the Granting of Independence to Colonial Countries and Peoples to continue ..."; was the actor
    # "Special Committee on the Situation" (cut at "with"), which a query for the Special Committee did not find
    res = _paragraph(
        "Requests the Special Committee on the Situation with regard to the Implementation of the Declaration on the "
        "Granting of Independence to Colonial Countries and Peoples to continue to examine this question and to "
        "report thereon to the General Assembly at its seventy-ninth session;")
    got = [m for m in extract(res) if m.kind == "mandate"]
    assert [m.actor_key for m in got] == [table().resolve("the Special Committee").key]


# ---------------------------------------------------------------- mentions in annex paragraphs


def test_annex_paragraphs_give_mentions_as_the_body_does(rows):
    # A/RES/79/1 (the Pact for the Future, adopted in the body, and the Global Digital Compact, annex I): "(b)
    # Initiate a United Nations-led intergovernmental process ... in consultation with relevant stakeholders,
    # including the Statistical Commission, ... and regional commissions" mandates no one; "We recognize the role of
    # the United Nations regional economic commissions ..." neither. Both were dropped (only annex paragraphs that
    # mandate someone gave mentions); the body's rule is every paragraph but the preamble's
    got = {(m.paragraph, m.actor) for m in rows["A/RES/79/1"] if m.kind == "mention"}
    assert ("adopted 81 (b)", "regional commissions") in got
    assert ("annex I 69", "regional commissions") in got
    mandated = {(m.paragraph, m.actor) for m in rows["A/RES/79/1"] if m.kind == "mandate"}
    assert not [a for p, a in mandated if p == "adopted 81 (b)"]
    assert ("annex I 69", "regional commissions") not in mandated
    # a mention is never the actor the paragraph mandates
    assert not {(m.paragraph, m.actor_key) for m in rows["A/RES/79/1"] if m.kind == "mention"} & {
        (m.paragraph, m.actor_key) for m in rows["A/RES/79/1"] if m.kind == "mandate"}


def test_the_first_person_goes_on_after_any_verb_of_a_declaration(rows):
    # A/RES/79/1, annex I (Global Digital Compact), 69: "We recognize the contribution of all United Nations
    # entities, agencies, funds and programmes in advancing digital cooperation, including but not limited to the
    # International Telecommunication Union, ..., and invite them, as well as the Office of the United Nations High
    # Commissioner for Human Rights, to support ... implementation of this Compact"; was no mandate (only "We" + a
    # mandate verb opened the first person); "United Nations" goes on each head of the list ("United Nations
    # agencies", "United Nations funds and programmes": addressees._shared_modifiers)
    assert sorted(a for v, a, _ in mandated(rows, "A/RES/79/1", "annex I 69")) == [
        "Office of the United Nations High Commissioner for Human Rights", "United Nations agencies",
        "United Nations entities", "funds and programmes"]


def test_the_antecedent_is_in_the_nearest_sentence(rows):
    # A/RES/80/9, annex, para. 28 (e): "We call for effective partnerships among the public sector, civil society,
    # academia and the private sector, ... . We emphasize the particularly important role played by Internet service
    # and access providers, and call upon them to fulfil their responsibilities ..."; not the partners of the
    # sentence before
    assert mandated(rows, "A/RES/80/9", "annex 28 (e)") == [
        ("calls upon", "Internet service and access providers", "them")]
