"""Actor and verb kinds the eleventh labelled sample (tests/labels/mandates_fresh9) and a trial found wrong, each tested
on real paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds11/): a
declaration's bare verb after its adverb ("Also request") and a second one before a modified plural head ("and
encourage multilateral development banks"); "nations" as an actor's head; the action after a
parenthesis that holds an infinitive of its own ("when considering whether to ...", "where there is no ... to
establish ..."); "States fishing on the high seas", a term of the Fish Stocks Agreement; "those bodies" after "the
coordination of X with Y and Z", "these entities" after one list of that head; two clauses of one verb in a paragraph
told apart (``Mandate.verb_at``)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol, paragraph_mandates

KINDS = Path(__file__).parent / "fixtures" / "kinds11"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. "Also request" in a declaration


def test_bare_first_person_verb_after_an_adverb(rows):
    # A/RES/78/5, annex, para. 84 (unit 31): "Also request the Secretary-General, with the support of the World Health
    # Organization, to report, as part of his annual Sustainable Development Goals report, on ..., and to present to
    # the General Assembly a report in 2027 on ..., which will serve to inform preparations for a comprehensive review
    # ... at a high-level meeting on tuberculosis in 2028": no mandate was read (no capitalised verb at the opening)
    assert mandated(rows, "A/RES/78/5", "annex 84") == [("requests", "Secretary-General", "the Secretary-General")]
    (m,) = paragraph_mandates(rows, "A/RES/78/5", "annex 84")
    assert [d.text for d in m.deadlines] == ["in 2027"]  # "in 2028" dates the review the report is to inform
    assert (m.report.to, m.report.recurrence) == ("General Assembly", "annual")
    # the same shape in the other political declarations: "Further request", "Further call upon"
    assert mandated(rows, "A/RES/79/2", "annex 104") == [
        ("requests", "United Nations entities", "relevant United Nations entities")]
    assert [actor for _, actor, _ in mandated(rows, "A/RES/80/117", "annex 78")] == [
        "United Nations agencies", "regional organizations", "intergovernmental organizations"]


def test_a_second_bare_verb_before_a_modified_plural_head(rows):
    # A/RES/80/117, annex, para. 77: "Call upon United Nations agencies and encourage multilateral development banks and
    # other regional and intergovernmental organizations, within their respective mandates, to scale up ...": the
    # second verb was read as the words of an addressee ("encourage multilateral development banks")
    assert [(verb, actor) for verb, actor, _ in mandated(rows, "A/RES/80/117", "annex 77")] == [
        ("calls upon", "United Nations agencies"), ("encourages", "multilateral development banks"),
        ("encourages", "regional organizations"), ("encourages", "intergovernmental organizations")]


# ---------------------------------------------------------------- 2. "nations" as an actor's head


def test_nations_is_a_head_but_not_in_the_united_nations(rows):
    # A/RES/80/109, para. 280 (A/RES/78/68 262 of unit 91): "Requests distant-water fishing nations, when negotiating
    # access agreements and arrangements with developing coastal States, to do so on an equitable ... basis ..."
    (m,) = paragraph_mandates(rows, "A/RES/80/109", "280")
    assert (m.verb, m.actor) == ("requests", "distant-water fishing nations")
    assert m.action.startswith("to do so on an equitable and sustainable basis")
    # "Nations" of the United Nations heads no class a participle restricts: "United Nations monitoring" is no
    # "United Nations" (A/RES/78/222, para. 35); nor is it an actor at all since the twenty-first session (branch mfix,
    # tests/labels/GUIDELINE.md: a name before an act's noun in "-ing" is a thing): this asserted it as one
    actors = [actor for _, actor, _ in mandated(rows, "A/RES/78/222", "35")]
    assert "United Nations" not in actors and "United Nations monitoring" not in actors


# ---------------------------------------------------------------- 3. the action after a parenthesis


def test_the_action_follows_a_parenthesis_with_an_infinitive_of_its_own(rows):
    # A/RES/79/146, para. 59: "Urges Member States, when considering whether to integrate information and
    # communications technology, including digital technologies, into the design and implementation of social
    # policies, to consider the benefits, harms, ..."
    (m,) = paragraph_mandates(rows, "A/RES/79/146", "59")
    assert m.action.startswith("to consider the benefits, harms")
    # A/RES/80/109, para. 181: "..., where there is no subregional or regional fisheries management organization or
    # arrangement to establish conservation and management measures for such stocks, to cooperate to establish such
    # an organization ..."
    assert {m.action[:40] for m in paragraph_mandates(rows, "A/RES/80/109", "181")} == {
        "to cooperate to establish such an organi"}
    # a list set off by commas is no parenthesis ("United Nations agencies" opens with no participle): A/RES/78/121,
    # para. 18, "Urges the international donor community, United Nations agencies and organizations and
    # non-governmental organizations to extend to the Palestinian people, as rapidly as possible, emergency economic
    # and humanitarian assistance ..., to counter the impact of the current crisis"
    assert {m.action[:30] for m in paragraph_mandates(rows, "A/RES/78/121", "18")} == {"to extend to the Palestinian p"}


# ---------------------------------------------------------------- 4. "States fishing on the high seas"


def test_states_fishing_on_the_high_seas_is_one_actor(rows):
    # A/RES/80/109, para. 181 (unit 64): "Encourages relevant coastal States and States fishing on the high seas for a
    # straddling fish stock or a highly migratory fish stock, ..., to cooperate": the term of the Fish Stocks
    # Agreement (art. 8), kept before its complement; para. 178, "Urges coastal States and States fishing on the high
    # seas, in accordance with the Convention, ..."
    assert [actor for _, actor, _ in mandated(rows, "A/RES/80/109", "181")] == [
        "coastal States", "States fishing on the high seas"]
    assert [actor for _, actor, _ in mandated(rows, "A/RES/80/109", "178")] == [
        "coastal States", "States fishing on the high seas"]
    # another participle still restricts its class: "urges States operating open registry to effectively control
    # all fishing vessels flying their flag" (para. 108; tests/labels/mandates_fresh3, 78/68 103: "States"); "States
    # fishing for straddling fish stocks and highly migratory fish stocks on the high seas" (para. 179) is the term
    # with its complements in another order (tests/test_mandates_kinds_fresh10.py)
    assert [actor for _, actor, _ in mandated(rows, "A/RES/80/109", "108")] == ["States"]


# ---------------------------------------------------------------- 5. "those bodies", "these entities"


def test_those_bodies_are_the_bodies_named_before(rows):
    # A/RES/78/276, para. 6 (a trial's fault): "Welcomes the coordination of the Unit with the Board of Auditors and the
    # Office of Internal Oversight Services of the Secretariat, and encourages those bodies to continue to share
    # experiences ...": the three that coordinate, not an actor "bodies"
    assert mandated(rows, "A/RES/78/276", "6") == [
        ("encourages", "Joint Inspection Unit", "those bodies"),
        ("encourages", "Board of Auditors", "those bodies"),
        ("encourages", "Office of Internal Oversight Services", "those bodies")]  # ment10: its shorter name
    # A/RES/79/226, para. 96: "Calls upon the United Nations development system entities to ..., and further requests
    # these entities to align their policies ..."
    assert mandated(rows, "A/RES/79/226", "96")[-1] == (
        "requests", "United Nations development system entities", "these entities")


# ---------------------------------------------------------------- 6. two clauses of one verb


def test_two_clauses_of_one_verb_are_told_apart(rows):
    # A/RES/78/182, para. 8 (unit 82): "Calls upon States parties to ..., urges States parties to consider limiting
    # ..., urges all Member States that have not yet ratified ... to consider doing so, and calls upon those Member
    # States ...": four clauses, two of them "urges" (one entry in the label bench before)
    ms = paragraph_mandates(rows, "A/RES/78/182", "8")
    assert [m.verb for m in ms] == ["calls upon", "urges", "urges", "calls upon"]
    assert len({(m.verb_as_written, m.verb_at) for m in ms}) == 4
    # one verb with two (addressee, action) pairs is one clause: "urges States to sign and ratify the Convention as
    # soon as possible and States parties to implement it effectively" (A/RES/79/170, para. 46; mandates_fresh6)
    pair = [m for m in paragraph_mandates(rows, "A/RES/79/170", "46") if m.verb == "urges"]
    assert [m.actor for m in pair] == ["States", "States parties"]
    assert len({m.verb_at for m in pair}) == 1
