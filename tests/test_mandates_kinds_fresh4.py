"""Mandate kinds the sixth labelled sample (tests/labels/mandates_fresh4) missed or named wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds6/, and two of the earlier
kinds folders): a renewed request whose content follows a parenthesis ("Reiterates its request, made in paragraph 40
of its resolution 68/268, that ..."; "made to the Secretary-General ..., to ..."), a renewed decision likewise, a
pronoun whose antecedent is the agent of a by-phrase, "those organizations" after the list they refer back to, the
items of "will be as follows:", a noun in "-ing" that is no participle, a counted agent, a bare "the Centre" named by
the resolution's title, "to be" before an adjective."""

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol
from resparse.mandates import extract
from resparse.mandates.addressees import Named, actor_phrases
from resparse.mandates.actors import Recent, table

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds6"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _rows_of(path: Path) -> list:
    return extract(resparse.parse(path))


# ---------------------------------------------------------------- 1. renewed requests and decisions


def test_a_renewed_request_with_a_parenthesis_before_that(rows):
    # A/RES/79/165 12: "Reiterates its request, made in paragraph 40 of its resolution 68/268, that the
    # Secretary-General submit to the General Assembly at its eighty-first session a report on the status of the
    # human rights treaty body system." (was: no mandate)
    assert mandated(rows, "A/RES/79/165", "12") == [("requests", "Secretary-General", "the Secretary-General")]
    m = next(m for m in rows["A/RES/79/165"] if m.paragraph == "12" and m.kind == "mandate")
    assert [d.text for d in m.deadlines] == ["at its eighty-first session"]
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "at its eighty-first session")]


def test_a_renewed_request_made_to_its_addressee(rows):
    # A/RES/79/242 27: "Reiterates its request, made to the Secretary-General in its resolution 77/234, to intensify
    # efforts to mobilize all relevant entities ..." (was: no mandate)
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/79/242", "27")] == [("requests", "Secretary-General")]


def test_a_renewed_decision_whose_content_follows_a_parenthesis(rows):
    # A/RES/78/228 5: "... and therefore reiterates its decision, in its resolution 76/186, to convene a high-level
    # meeting of the General Assembly ..."; A/RES/80/38 9: "Also renews its decision, pursuant to the schedule of
    # meetings ..., to convene, in New York, a one-week biennial meeting of States in 2026" (was: none)
    assert ("decides", "General Assembly", "(the General Assembly itself)") in mandated(rows, "A/RES/78/228", "5")
    found = [m for m in rows["A/RES/80/38"] if m.paragraph == "9" and m.kind == "mandate"]
    assert [(m.verb, m.actor) for m in found] == [("decides", "General Assembly")]
    assert found[0].action.startswith("to convene, in New York, a one-week biennial meeting of States in 2026")
    assert found[0].deadline.text == "in 2026"  # not the period of the schedule the parenthesis names
    # A/RES/78/113 2: "Decides that the Sixth Committee shall continue its consideration ..., and for this purpose
    # reiterates its decision to establish, at its seventy-ninth session, a working group ..." (was: the Committee only)
    found = [m for m in rows["A/RES/78/113"] if m.paragraph == "2" and m.kind == "mandate"]
    assert [(m.actor, [d.text for d in m.deadlines]) for m in found] == [
        ("Sixth Committee", []), ("General Assembly", ["at its seventy-ninth session"])]


# ---------------------------------------------------------------- 2. a pronoun's antecedent in a by-phrase


def test_her_is_the_agent_of_the_thing_welcomed(rows):
    # A/RES/80/211 7: "Welcomes the use of the Guiding Principles on Internal Displacement by the Special Rapporteur
    # in her dialogue with Governments, ..., and requests her to continue her efforts ..." (was: no mandate)
    # (named in full as the resolution names her since names-v: the label, 80/211 7, says "Special Rapporteur", its
    # note the one on the human rights of internally displaced persons)
    assert mandated(rows, "A/RES/80/211", "7") == [
        ("requests", "Special Rapporteur on the human rights of internally displaced persons", "her")]


# ---------------------------------------------------------------- 3. "those organizations"


def test_those_organizations_are_the_list_named_before():
    # A/RES/79/284 39: "Also welcomes the cooperation among the Council of Europe, the United Nations Educational,
    # Scientific and Cultural Organization, the United Nations Office on Drugs and Crime and UN-Women ..., encourages
    # those organizations to increase their cooperation ..." (was: "organizations")
    found = [m for m in _rows_of(FIXTURES / "kinds5" / "A_RES_79_284.txt") if m.paragraph == "39" and m.kind == "mandate"]
    assert [m.actor for m in found] == [
        "Council of Europe", "United Nations Educational, Scientific and Cultural Organization",
        "United Nations Office on Drugs and Crime", table().resolve("UN-Women").name]
    assert {(m.verb, m.actor_as_written) for m in found} == {("encourages", "those organizations")}


def test_those_organizations_keep_their_own_name_when_the_list_does_not_agree():
    # a list of States is not referred back to by "those organizations"; one body alone is no list
    states = actor_phrases("France and Germany", [])
    assert [n.actor.name for n in actor_phrases("those organizations", states)] == ["organizations"]
    assert [n.actor.name for n in actor_phrases("those States", states)] == ["France", "Germany"]
    one = [Named("the Council of Europe", table().resolve("Council of Europe"))]
    assert [n.actor.name for n in actor_phrases("those organizations", one)] == ["organizations"]


# ---------------------------------------------------------------- 4. arrangements and passive agents


def test_the_items_of_arrangements_as_follows_decide(rows):
    # A/RES/79/333 4: "Further decides that the organizational arrangements for the two multi-stakeholder panels will
    # be as follows: ... (c) Each of the two multi-stakeholder panels will be co-chaired by two representatives, one
    # from a developed country and one from a developing country, to be appointed by the President of the General
    # Assembly ..." (labels: the Assembly decides, and the President, passive; the counted representatives are no
    # agent asked to act)
    found = [(m.verb, m.actor, m.passive) for m in rows["A/RES/79/333"] if m.paragraph == "4 (c)" and m.kind == "mandate"]
    assert found == [("decides", "General Assembly", False), ("decides", "President of the General Assembly", True)]
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/79/333", "4 (d)")] == [
        ("decides", "President of the General Assembly")]  # "The President of the General Assembly may invite ..."


def test_a_meeting_that_precedes_is_no_passive_agent(rows):
    # A/RES/80/38 11: "Renews its decision to convene the Fifth United Nations Conference ... in 2030 as a two-week
    # event, to be preceded by a preparatory committee meeting of not more than five days, in early 2030" (was: a
    # passive mandate of a "preparatory committee")
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/80/38", "11")] == [("decides", "General Assembly")]


# ---------------------------------------------------------------- 5. names


def test_the_centre_is_the_body_the_title_names(rows):
    # A/RES/78/235, titled "Subregional Centre for Human Rights and Democracy in Central Africa", 3: "Encourages the
    # Centre to give equal consideration ..." (was: "Centre"); 78/128 4 (a): "the Conference" of its title
    assert {a for _, a, _ in mandated(rows, "A/RES/78/235", "3")} == {
        "Subregional Centre for Human Rights and Democracy in Central Africa"}
    assert {a for _, a, _ in mandated(rows, "A/RES/78/128", "4 (a)")} == {
        "United Nations Conference to Support the Implementation of Sustainable Development Goal 14"}
    # a title that names no body of that head gives none
    assert Recent("Follow-up to the Fourth International Conference on Small Island Developing States").full_name(
        "the Centre") is None


def test_to_be_before_an_adjective_is_the_action():
    # A/RES/79/145 188: "Also, in this regard, calls upon regional fisheries management organizations to be more
    # cautious when information is uncertain, unreliable or inadequate ..." (was: no mandate)
    found = [m for m in _rows_of(FIXTURES / "kinds" / "A_RES_79_145.txt") if m.paragraph == "188" and m.kind == "mandate"]
    assert [(m.verb, m.actor) for m in found] == [("calls upon", "regional fisheries management organizations")]
    assert found[0].action.startswith("to be more cautious")


def test_its_stands_for_the_body_named_before():
    # A/RES/79/144 152: "Recognizes the important work of the International Hydrographic Organization and regional
    # hydrographic commissions, calls upon States that have not yet done so to consider becoming members of that
    # Organization, urges all its members to ..." (was: "its members"); 203: "Welcomes the Paris Agreement ...,
    # encourages all its Parties to fully implement the Agreement" (was: "its Parties")
    rows = {}
    for m in _rows_of(FIXTURES / "A_RES_79_144.txt"):
        if m.kind == "mandate" and m.paragraph in ("152", "203"):
            rows.setdefault(m.paragraph, []).append((m.actor, m.actor_as_written))
    assert ("members of the International Hydrographic Organization", "all its members") in rows["152"]
    assert rows["203"][0] == ("Parties to the Paris Agreement", "all its Parties")
