"""Mandate kinds a fresh user's trial found wrong (2026-12-02), each tested on real paragraphs (whole resolutions
copied from ../shared/corpus/texts into tests/fixtures/kinds_mand_z/, and the bundled texts/A_RES_80_1.txt):

- an item under a chapeau that asks no one, opening with a mandate verb's gerund before its addressee ("(a)
  Requesting the Peacebuilding Commission to establish ...", A/RES/80/11 1): the Assembly's own request, as a
  participle inside a numbered operative paragraph is; not where the chapeau names another's act;
- the agent of an infinitive passive inside a decision of another subject ("co-facilitators to be appointed by the
  President of the Assembly", A/RES/79/214 29): its passive clause is its own comma segment, not the decision;
- a time inside a participle segment that qualifies a noun ("..., delivered ... and submitted to the President no
  later than the day on which ...", A/RES/80/1 2) dates the noun's act, whatever the time's kind;
- "as soon as possible after the conclusion of the session of the Commission for the consideration of Member States
  ... and no later than ..." (A/RES/78/108 42): the event ends before the purpose and the second time;
- the United Nations Offices at Geneva, Nairobi and Vienna are named with their place."""

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mini_resolution, paragraph_deadline_texts, paragraph_mandates, mandates_by_symbol, text_path
from resparse.mandates import extract

KINDS = Path(__file__).parent / "fixtures" / "kinds_mand_z"


@pytest.fixture(scope="module")
def rows():
    out = mandates_by_symbol(KINDS)
    res = resparse.parse(text_path("A_RES_80_1.txt"))
    out[res.symbol] = extract(res)
    return out


# ---------------------------------------------------------------- 1. a mandate verb's gerund opens an item


@pytest.mark.parametrize("label", ["1 (a)", "1 (d)", "1 (e)", "1 (f)"])
def test_an_item_requesting_under_a_chapeau_that_asks_no_one(rows, label):
    # "Reaffirms all relevant resolutions ..., and, mindful of the important role of the Commission, also reaffirms
    # the need to strengthen its fulfilment by: (a) Requesting the Peacebuilding Commission to establish ...": each
    # item was a mention only ("mentioned, not mandated"); the Assembly requests here
    assert mandated(rows, "A/RES/80/11", label) == [
        ("requests", "Peacebuilding Commission", "the Peacebuilding Commission")]


def test_a_second_participle_in_such_an_item_asks_too(rows):
    # 1 (g): "Requesting the Peacebuilding Commission to continue reviewing its working methods ..., and also
    # requesting the Commission to report back in the context of its annual report"
    got = paragraph_mandates(rows, "A/RES/80/11", "1 (g)")
    assert [(m.verb, m.actor) for m in got] == [("requests", "Peacebuilding Commission")] * 2
    assert got[0].action.startswith("to continue reviewing") and got[1].action.startswith("to report back")


def test_such_an_item_names_its_own_addressee(rows):
    # 1 (i): "Requesting the Department of Global Communications of the Secretariat, in partnership with the
    # Peacebuilding Support Office, and within existing resources, to support the Peacebuilding Commission ..."
    assert mandated(rows, "A/RES/80/11", "1 (i)") == [
        ("requests", "Department of Global Communications",  # one office by its shorter name (ment10)
         "the Department of Global Communications of the Secretariat")]


def test_the_means_of_such_an_item_carry_its_request(rows):
    # 1 (b) "Requesting the Peacebuilding Commission ... to serve as a platform to support Member States ... by:
    # (i) Assisting Member States ...; (ii) Inviting international financial institutions ...": the means are the
    # Commission's (tests/labels/GUIDELINE.md: a sub-paragraph that is a means of its chapeau carries its verb and
    # actors), not the Assembly's invitation
    for label in ("1 (b) (i)", "1 (b) (ii)"):
        assert [(v, a) for v, a, _ in mandated(rows, "A/RES/80/11", label)] == [("requests", "Peacebuilding Commission")]


def test_the_peacebuilding_commission_count_of_80_11(rows):
    # the user counted the Commission's mandates in the text against 11 before
    assert sum(m.kind == "mandate" and m.actor == "Peacebuilding Commission" for m in rows["A/RES/80/11"]) >= 18


def _items(chapeau: str, *items: str):
    res = resparse.parse_text(mini_resolution(chapeau, *items))
    return [(m.paragraph, m.verb, m.actor) for m in extract(res) if m.kind == "mandate"]


def test_an_item_that_spells_out_another_bodys_act_asks_nothing():
    # the Commission's decision reported, its request no mandate of the Assembly (GUIDELINE: another body's request
    # reported is none); the same item under the Assembly's own words asks
    item = "(a) Requesting the Secretary-General to brief it regularly;"
    assert _items("Welcomes the decision by the Peacebuilding Commission to strengthen its advisory role, including by:",
                  item) == []
    assert _items("Notes that the Peacebuilding Commission decided to strengthen its advisory role by:", item) == []
    assert _items("Reaffirms the need to strengthen the advisory role of the Peacebuilding Commission by:", item) == [
        ("1 (a)", "requests", "Secretary-General")]


def test_an_item_under_a_chapeau_that_asks_keeps_the_chapeau_request():
    # "Urges Member States ... by, inter alia: (b) Encouraging Member States to ..." (A/RES/78/181 2): the chapeau's
    # verb and actors, as before
    got = _items("Urges Member States to give due consideration to rural women by, inter alia:",
                 "(a) Encouraging the private sector to invest in rural areas;")
    assert [row for row in got if row[0] == "1 (a)"] == [("1 (a)", "urges", "Member States")]


# ---------------------------------------------------------------- 2. a passive's agent inside a decision


def test_an_infinitive_passive_inside_a_decision_is_its_own_clause(rows):
    # "decides that the high-level meeting shall consist of an opening segment ... agreed in advance by consensus
    # through intergovernmental negotiations led by two co-facilitators to be appointed by the President of the
    # Assembly, ..., and to be submitted by the President of the Assembly for adoption by the Assembly": the row read
    # "decides | President of the General Assembly | the high-level meeting shall consist of ..."
    passive = [m for m in paragraph_mandates(rows, "A/RES/79/214", "29") if m.passive]
    assert [m.actor for m in passive] == ["President of the General Assembly"] * 2
    assert passive[0].action.endswith("two co-facilitators to be appointed by the President of the Assembly")
    assert not any("shall consist" in m.action for m in passive)
    assert passive[1].action.startswith("to be submitted by the President")


# ---------------------------------------------------------------- 3. a time of a participle phrase


def test_a_time_of_a_participle_segment_is_not_the_actions(rows):
    # "the President of the General Assembly will circulate as a document of the Assembly the statement ...,
    # delivered by means of a pre-recorded statement during the general debate and submitted to the President no
    # later than the day on which the pre-recorded statement is played in the Assembly Hall": the submission's time
    (m,) = paragraph_mandates(rows, "A/RES/80/1", "2")
    assert m.actor == "President of the General Assembly" and m.deadlines == []


# ---------------------------------------------------------------- 4. an event's phrase before a purpose and a time


def test_an_event_ends_before_a_purpose_and_a_second_time(rows):
    # "to make the complete report of the International Law Commission available as soon as possible after the
    # conclusion of the session of the Commission for the consideration of Member States with due anticipation and no
    # later than the prescribed time limit ...": was "as soon as possible", dated from the adoption
    assert paragraph_deadline_texts(rows, "A/RES/78/108", "42") == [
        "as soon as possible after the conclusion of the session of the Commission",
        "no later than the prescribed time limit for reports in the General Assembly"]
    # paragraph 41, the same words before a comma, as before
    assert paragraph_deadline_texts(rows, "A/RES/78/108", "41") == [
        "as soon as possible after the conclusion of the session of the International Law Commission"]


# ---------------------------------------------------------------- 5. the Offices away from Headquarters


def test_an_office_away_from_headquarters_keeps_its_place(rows):
    # "welcomes the efforts made by the Division of Conference Management of the United Nations Office at Geneva ...,
    # encourages that Division to provide ...": was "... of the United Nations Office"
    assert [a for _, a, _ in mandated(rows, "A/RES/78/108", "35")] == [
        "Division of Conference Management of the United Nations Office at Geneva"]


@pytest.mark.parametrize("phrase,name", [
    ("the United Nations Office at Nairobi", "United Nations Office at Nairobi"),
    ("UNOV", "United Nations Office at Vienna"),
    ("the Secretariat in New York", "Secretariat"),  # a place where a body sits stays a qualifier
])
def test_the_offices_names(phrase, name):
    from resparse.mandates.addressees import actor_phrases

    assert [n.actor.name for n in actor_phrases(phrase, [])] == [name]


# ---------------------------------------------------------------- 6. endorsing another's request, a noun object


def test_an_endorsed_request_and_a_recommended_participation_ask_no_one(rows):
    # "endorses the request of the Commission that the Secretariat proceed with ..." (78/108 18: tests/labels/
    # GUIDELINE.md, the fifth sample: "endorses the request of the Commission" is no mandate) and "recommends the
    # participation of the President of the General Assembly ... at the seventh session" (79/209 2: a verb with only a
    # noun object, an actor inside it no addressee)
    assert mandated(rows, "A/RES/78/108", "18") == []
    assert mandated(rows, "A/RES/79/209", "2") == []
