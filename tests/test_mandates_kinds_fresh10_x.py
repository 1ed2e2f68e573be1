"""Actor and verb kinds the twelfth labelled sample (tests/labels/mandates_fresh10) found wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds12_x/):

- a pronoun after a clause that mandates nobody, whose antecedents that clause's object names: by a mandate noun
  ("Recalls the appeals to all Member States to ..., and strongly encourages them to ...": the recalled appeal is
  no mandate, "them" its addressees), or as the complement that ends it ("the guidance and leadership role of the
  Human Rights Council, and encourages it");
- a thing asked of an actor named after "from" ("requests an informal briefing from the head of the Institution ...
  before 1 July 2025", ``grammar/clauses.lark`` ``asked_from``);
- a bare short name ("the Committee") is the body of the resolution's title before another body of that head named
  or asked once in another paragraph;
- "those States responsible": a postpositive adjective after a head is a qualifier, cut from the name."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol, paragraph_mandates

KINDS = Path(__file__).parent / "fixtures" / "kinds12_x"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. antecedents in the object of the clause before


def test_them_after_a_recalled_appeal_is_its_addressees(rows):
    # A/RES/79/73 5 (unit 25): "Recalls the appeals to all Member States to continue or begin to provide voluntary
    # financial support to the Institute, if possible multiannual, and strongly encourages them to unearmark, or softly
    # earmark, these contributions ...": gave nothing ("the appeals to all Member States" named no antecedent); the
    # appeal itself is recalled, not renewed (tests/labels/GUIDELINE.md): one mandate, the encouragement's
    assert mandated(rows, "A/RES/79/73", "5") == [("encourages", "Member States", "them")]
    (m,) = paragraph_mandates(rows, "A/RES/79/73", "5")
    assert m.action.startswith("to unearmark") and m.deadlines == []


@pytest.mark.parametrize("symbol,label,expected", [
    # "Acknowledges the guidance and leadership role of the Human Rights Council, and encourages it to continue to
    # oversee the implementation of the Durban Declaration ..."
    ("A/RES/78/234", "47", [("encourages", "Human Rights Council", "it")]),
    # "Expresses its satisfaction to the Secretary-General for his support for the revitalization of the activities of
    # the Standing Advisory Committee, and requests him to continue to provide the assistance needed ..."
    ("A/RES/78/59", "34", [("requests", "Secretary-General", "him")]),
    # "Commends once again the articles on diplomatic protection to the attention of Governments, and invites them to
    # submit in writing to the Secretary-General any further comments ..."
    ("A/RES/80/165", "1", [("invites", "Governments", "them")]),
])
def test_a_pronoun_stands_for_the_body_that_ends_the_object(rows, symbol, label, expected):
    # each gave nothing: the object names its actor after a noun of another kind ("role", "satisfaction", "the
    # attention of")
    assert mandated(rows, symbol, label) == expected


def test_them_after_two_works_of_the_same_actors(rows):
    # A/RES/78/277 5: "Commends the practical initiatives and actions by relevant United Nations bodies, including the
    # United Nations Children's Fund, ..., and encourages them to continue ...": gave nothing ("initiatives and
    # actions" read as no work of an actor)
    assert mandated(rows, "A/RES/78/277", "5") == [("encourages", "United Nations bodies", "them")]


def test_them_after_the_partners_of_a_cooperation(rows):
    # A/RES/80/134 10: "Recognizes the valuable role of international cooperation with Member States and other relevant
    # stakeholders, and encourages them to continue to support the implementation of various projects ...": gave nothing
    # (the role of the cooperation named no actor)
    assert mandated(rows, "A/RES/80/134", "10") == [
        ("encourages", "Member States", "them"), ("encourages", "stakeholders", "them")]


def test_them_after_the_need_to_strengthen_a_commitment(rows):
    # A/RES/78/189 26: "Stresses the need to strengthen the commitment of States and the entities of the United Nations
    # system to mainstream the promotion and protection of the rights of Indigenous Peoples ..., and encourages them to
    # give due consideration to ...": gave nothing (the need's infinitive hid its object, as its gerund did not)
    assert mandated(rows, "A/RES/78/189", "26") == [
        ("encourages", "States", "them"), ("encourages", "United Nations system", "them")]


@pytest.mark.parametrize("symbol,label", [("A/RES/78/222", "38"), ("A/RES/79/185", "39")])
def test_them_after_countries_placed_outside_a_region(rows, symbol, label):
    # "Welcomes the efforts of those countries outside the region that have put in place measures and policies to
    # assist and host Syrian refugees, encourages them to do more, also encourages other States outside the region to
    # consider ...": "them" gave nothing ("outside" read as no qualifier: no actor), the States were "States outside
    # the region"
    assert mandated(rows, symbol, label) == [
        ("encourages", "countries", "them"), ("encourages", "States", "other States outside the region")]


def test_a_name_inside_another_name_is_no_antecedent(rows):
    # A/RES/78/139 12: "... such as the Alliance for Financial Inclusion, ..., the Special Advocate of the
    # Secretary-General for Inclusive Finance for Development and the Group of 20 Global Partnership for Financial
    # Inclusion, urges them to engage ...": "them" is none of the table's names inside that list (no mandate of the
    # Secretary-General), but the list's head, the stakeholders (branch mand-a, tests/test_mandates_kinds_mand_a.py);
    # the Human Rights Council is read as above (the same reading)
    assert mandated(rows, "A/RES/78/139", "12") == [("urges", "stakeholders", "them")]
    assert mandated(rows, "A/RES/78/234", "47") != []


# ---------------------------------------------------------------- 2. a thing asked of an actor after "from"


def test_a_briefing_requested_from_the_head_of_a_body(rows):
    # A/RES/79/185 49 (unit 57): "..., and therefore requests an informal briefing from the head of the Institution on
    # its initial operations and the progress it has made to help clarify ... before 1 July 2025": gave nothing
    assert mandated(rows, "A/RES/79/185", "49") == [
        ("requests", "head of the Institution", "the head of the Institution")]
    (m,) = paragraph_mandates(rows, "A/RES/79/185", "49")
    assert [d.text for d in m.deadlines] == ["before 1 July 2025"]
    assert m.reports == []  # a briefing is no report (the label's note)
    assert m.action.startswith("an informal briefing")
    # "requests the Secretary-General to ... from ...": the addressee right after the verb, no thing asked
    assert not [x for x in rows["A/RES/79/185"] if x.kind == "mandate" and x.verb == "requests"
                and x.paragraph != "49" and x.action.startswith(("an ", "a "))]


def test_a_briefing_requested_from_the_secretary_general(rows):
    # the same shape two sessions before: A/RES/78/222 48 "..., and therefore requests an informal briefing from the
    # Secretary-General before 28 February 2024"
    assert mandated(rows, "A/RES/78/222", "48") == [("requests", "Secretary-General", "the Secretary-General")]
    (m,) = paragraph_mandates(rows, "A/RES/78/222", "48")
    assert [d.text for d in m.deadlines] == ["before 28 February 2024"]


# ---------------------------------------------------------------- 3. "the Committee": the title's body


def test_the_committee_is_the_body_of_the_title(rows):
    # A/RES/80/172 16 (unit 69), titled "Report of the Committee on Relations with the Host Country": "Requests the
    # Committee to continue its work ..." after para. 14's "requests the Secretariat and the Committee on Conferences
    # ...": was the Committee on Conferences (asked last)
    assert mandated(rows, "A/RES/80/172", "16") == [
        ("requests", "Committee on Relations with the Host Country", "the Committee")]
    (m,) = paragraph_mandates(rows, "A/RES/80/172", "16")
    assert [d.text for d in m.deadlines] == ["at its eighty-first session"]
    # the Committee on Conferences where it is named
    assert ("requests", "Committee on Conferences", "the Committee on Conferences") in mandated(rows, "A/RES/80/172",
                                                                                                "14")
    # the title's body named longer in the paragraphs keeps that name: A/RES/80/237, titled "Report on the activities
    # of the Office of Internal Oversight Services", section I, para. 16 "the Office" as the paragraphs name it ("the
    # Office of Internal Oversight Services of the Secretariat"), which the actor table names by its UN System Chart
    # name (an alias of "Office of Internal Oversight Services = OIOS", data/actors.txt)
    assert mandated(rows, "A/RES/80/237", "I.16") == [
        ("encourages", "Office of Internal Oversight Services", "the Office")]


def test_the_title_body_named_short_is_a_mention_of_it(rows):
    # the other paragraphs' "the Committee" ("notes that the Committee encourages Member States ...", para. 2) is the
    # same body, a mention of it (the title's defined short name): were none
    mentioned = {m.paragraph for m in rows["A/RES/80/172"]
                 if m.kind == "mention" and m.actor == "Committee on Relations with the Host Country"}
    assert {"2", "3", "13"} <= mentioned


# ---------------------------------------------------------------- 4. "those States responsible"


def test_a_postpositive_adjective_is_cut_from_the_name(rows):
    # A/RES/78/193 3 (unit 94): "Calls upon those States responsible to cease immediately their military intervention
    # ...": was "States responsible"; "companies responsible for social media platforms" (A/RES/80/215 19) alike
    assert mandated(rows, "A/RES/78/193", "3") == [("calls upon", "States", "those States responsible")]
    assert ("invites", "companies", "companies responsible for social media platforms") in mandated(
        rows, "A/RES/80/215", "19")
    # before its noun it is the noun's: "calls upon all responsible actors to cease ..." (A/RES/80/217 3)
    assert mandated(rows, "A/RES/80/217", "3")[0] == ("calls upon", "responsible actors", "all responsible actors")
