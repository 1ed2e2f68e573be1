"""Actor and verb kinds the tenth labelled sample (tests/labels/mandates_fresh8) found wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds10/): a "focal point"
addressed; "to be <participle>" as what the addressee is asked to be; "Decides to recommend / to invite / to
authorize" asking an addressee; "the above-mentioned entities" naming the bodies listed before; the noun-phrase
items of a chapeau that ends "by providing:"."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol

KINDS = Path(__file__).parent / "fixtures" / "kinds10"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. a focal point addressed


def test_focal_point_is_an_addressee(rows):
    # A/RES/80/183 37 (unit 17): "Requests the focal point on the family of the Department of Economic and Social
    # Affairs to enhance collaboration ..., recommends that the roles of focal points ... be reaffirmed, and invites
    # Member States to ...": the request was lost (no actor's head in "focal point"), the recommendation has no actor
    assert mandated(rows, "A/RES/80/183", "37") == [
        ("requests", "focal point on the family of the Department of Economic and Social Affairs",
         "the focal point on the family of the Department of Economic and Social Affairs"),
        ("invites", "Member States", "Member States")]


# ---------------------------------------------------------------- 2. "to be <participle>" asked of the addressee


def test_to_be_involved_is_the_action_of_the_addressee(rows):
    # A/RES/78/223 13 (unit 85): "..., and invites Member States to be actively involved in that process"
    assert mandated(rows, "A/RES/78/223", "13") == [
        ("requests", "Secretary-General", "the Secretary-General"),
        ("invites", "Member States", "Member States")]
    # A/RES/78/269 7: "..., and invites all observers of the General Assembly to be represented at the highest possible
    # level"
    assert ("invites", "observers of the General Assembly", "all observers of the General Assembly") in mandated(
        rows, "A/RES/78/269", "7")


def test_to_be_after_a_comma_or_a_thing_is_no_action():
    from resparse.mandates.clauses import infinitive

    # a passive set off after the addressee qualifies it (A/RES/79/127 3); one after a thing, or with an agent, is
    # no action either
    body = ("the working group of the Sixth Committee, to be established at its eighty-first session, to consider "
            "and comment on the question")
    assert body[infinitive(body):].startswith("to consider")
    assert infinitive("loans to be accompanied by complementary support") is None
    assert infinitive("a ceremony for the opening for signature of the Convention to be held as soon as practicable") is None


# ---------------------------------------------------------------- 3. "Decides to recommend / invite / authorize"


def test_decides_to_recommend_that_a_committee_act(rows):
    # A/RES/78/115 24 (unit 42): the decided act is a recommendation to the Sixth Committee, with its time
    assert mandated(rows, "A/RES/78/115", "24") == [("recommends", "Sixth Committee", "the Sixth Committee")]
    m = next(m for m in rows["A/RES/78/115"] if m.paragraph == "24" and m.kind == "mandate")
    assert [d.text for d in m.deadlines] == ["at the seventy-ninth session of the General Assembly"]


def test_decides_to_authorize_the_secretary_general(rows):
    # A/RES/78/292 6: "decides to authorize the Secretary-General to extend the exceptional measures ..."
    assert mandated(rows, "A/RES/78/292", "6")[0] == ("authorizes", "Secretary-General", "the Secretary-General")


def test_decides_to_invite_a_place_first_stays_the_assemblys_decision(rows):
    # A/RES/78/272 5: "Further decides to invite to the commission representatives of organizations ...": a place
    # before the addressee; read as before, the Assembly's own decision (not "to the commission representatives")
    assert mandated(rows, "A/RES/78/272", "5") == [("decides", "General Assembly", "(the General Assembly itself)")]


# ---------------------------------------------------------------- 4. "the above-mentioned entities"


def test_above_mentioned_entities_are_the_bodies_listed_before(rows):
    # A/RES/79/200 6 (unit 10): "Reiterates its appreciation for the efforts of the Government of Lebanon and those of
    # Member States, regional and international organizations, regional and international financial institutions,
    # non-governmental organizations and the private sector ..., and encourages Member States and the above-mentioned
    # entities to continue ...": Lebanon (a State) and Member States (named already) are no entities
    assert [(verb, actor) for verb, actor, _ in mandated(rows, "A/RES/79/200", "6")] == [
        ("encourages", "Member States"), ("encourages", "regional organizations"),
        ("encourages", "international organizations"), ("encourages", "regional financial institutions"),
        ("encourages", "international financial institutions"), ("encourages", "non-governmental organizations"),
        ("encourages", "private sector")]


def test_adjectives_share_the_words_after_the_first_modifier_of_a_name_of_the_table():
    from resparse.mandates.addressees import actor_phrases

    # "international financial institutions" is a name of the table: "regional" shares "financial institutions"
    assert [n.written for n in actor_phrases("regional and international financial institutions", [])] == [
        "regional financial institutions", "international financial institutions"]
    # a compound of the table stays whole: "civil society" organizations
    assert [n.written for n in actor_phrases("intergovernmental and civil society organizations", [])] == [
        "intergovernmental organizations", "civil society organizations"]


# ---------------------------------------------------------------- 5. items of "by providing:"


def test_items_of_a_means_gerund_carry_the_chapeau(rows):
    # A/RES/80/74 5 (c) (unit 75): "Urges all Member States, ... to support mine- and explosive remnants of
    # war-affected States, upon request and as appropriate, by providing: (c) Reliable, predictable, timely ...
    # contributions for mine action activities ...": what the urged means gives
    # (the chapeau itself carries none: its items do, tests/labels/GUIDELINE.md, the thirteenth sample, n 58)
    assert mandated(rows, "A/RES/80/74", "5") == []
    for item in ("5 (a)", "5 (c)", "5 (e)"):
        assert [(v, a) for v, a, _ in mandated(rows, "A/RES/80/74", item)][0] == ("urges", "Member States")
