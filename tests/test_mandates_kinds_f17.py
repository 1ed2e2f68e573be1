"""The nineteenth sample's misses (tests/labels/mandates_fresh17, GUIDELINE.md "The nineteenth sample"), fixed as
kinds in the twenty-second session (branch f17), each on real paragraphs (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/kinds_f17/, or already in tests/fixtures/):

- a decision not to act is the Assembly's decision: "decides not to recost the proposed programme budget as from
  2027, pending the comprehensive review ..." after "Also recalls ..., reiterates ..." (A/RES/80/242 35, n 41; the
  verb series was cut right, the negation hid the decision);
- a week named by its days is a time: "during the week of 22 to 26 June 2026" (A/RES/80/110 332, n 44; 79/144 344);
- "to arrange for support to be provided by the Division" is a passive mandate of the Division inside a request (n 44),
  the Division named short the one named in full before;
- an appositive names the actor again: the actor is the first name (A/RES/78/177 60, n 96);
- a time inside a recital the action holds ("recalling that ... it urged that ... no later than December 2008") is the
  recalled act's (A/RES/78/68 125, n 80; 79/145 128);
- a chapeau whose object is "the following ... actions:" and whose items are infinitives carries no mandate of its
  own (A/RES/79/145 227, n 94);
- "shall be called upon to contribute" under "Resolves that:" is `calls upon` (A/RES/79/249 18 (b), n 75);
- adjectives written once before two heads are each head's: "regional, subregional and interregional organizations
  and processes" (A/RES/80/143 8, n 26)."""

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol, paragraph_deadline_texts
from resparse.mandates import deadlines, extract

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds_f17"


@pytest.fixture(scope="module")
def rows():
    found = mandates_by_symbol(KINDS)
    for name in ("A_RES_79_144.txt", "A_RES_79_145.txt", "A_RES_79_122.txt"):  # already in tests/fixtures
        res = resparse.parse(FIXTURES / name)
        found[res.symbol] = extract(res)
    return found


# ---------------------------------------------------------------- 1. a decision not to act


def test_a_decision_not_to_act_after_verbs_that_mandate_nobody(rows):
    # A/RES/80/242 35: "Also recalls ..., reiterates the need for a comprehensive solution ..., decides not to recost
    # the proposed programme budget as from 2027, pending the comprehensive review of the annual programme budget cycle
    # at the eighty-third session;"
    assert mandated(rows, "A/RES/80/242", "35") == [("decides", "General Assembly", "(the General Assembly itself)")]
    assert paragraph_deadline_texts(rows, "A/RES/80/242", "35") == [
        "as from 2027", "pending the comprehensive review of the annual programme budget cycle at the eighty-third "
        "session"]


def test_decides_not_to_abolish_a_post_is_a_decision(rows):
    # A/RES/80/242 55: "Decides not to abolish one post of Editorial and Desktop Publishing Assistant, ..."
    assert mandated(rows, "A/RES/80/242", "55") == [("decides", "General Assembly", "(the General Assembly itself)")]


# ---------------------------------------------------------------- 2. a week, and a passive the action arranges


def test_during_the_week_of_its_days_is_the_deadline(rows):
    # A/RES/79/144 344: "... in New York for eight meetings during the week of 16 to 20 June 2025, ..."
    found = [(d.text, d.type, d.start, d.end) for m in rows["A/RES/79/144"]
             if m.paragraph == "344" and m.kind == "mandate" and m.actor == "Secretary-General" for d in m.deadlines]
    assert found == [("during the week of 16 to 20 June 2025", "in", "2025-06-16", "2025-06-20")]


def test_a_week_of_one_day_is_dated_by_that_day():
    # A/RES/79/58 (the Convention on Cluster Munitions): "to be held in Geneva during the week of 15 September 2025"
    found = deadlines.find("during the week of 15 September 2025, and", {}, "2024-12-02")
    assert [(d.text, d.start) for d in found] == [("during the week of 15 September 2025", "2025-09-15")]


def test_support_arranged_to_be_provided_by_the_division_is_its_passive_mandate(rows):
    # A/RES/79/144 344: "... and to arrange for support to be provided by the Division, in cooperation with other
    # relevant parts of the Secretariat, as appropriate;" (the Division named in full before in the resolution)
    found = [(m.verb, m.actor, m.passive, m.deadlines) for m in rows["A/RES/79/144"]
             if m.paragraph == "344" and m.kind == "mandate"]
    assert ("requests", "Division for Ocean Affairs and the Law of the Sea", True, []) in found
    # A/RES/79/122 21: "... and to arrange for support to be provided by the Codification Division of the Office of
    # Legal Affairs of the Secretariat;"
    assert ("requests", "Codification Division of the Office of Legal Affairs of the Secretariat",
            "the Codification Division of the Office of Legal Affairs of the Secretariat") in mandated(
        rows, "A/RES/79/122", "21")


def test_an_agent_of_a_nouns_passive_stays_no_mandate(rows):
    # the guard: an agent of a noun's passive inside the object is named, not asked: "on the basis of information to
    # be provided by the Intergovernmental Oceanographic Commission" (A/RES/79/144 312), "with the assistance of an
    # expert consultant to be hired by the Division" (A/RES/79/145 239); no "for" after the action's verb
    assert not [m for m in rows["A/RES/79/144"] if m.paragraph == "312" and m.kind == "mandate" and m.passive]
    assert not [m for m in rows["A/RES/79/145"] if m.paragraph == "239" and m.kind == "mandate" and m.passive]
    passive = {(m.document, m.paragraph) for symbol in rows for m in rows[symbol]
               if m.kind == "mandate" and m.passive and m.verb != "decides"}
    assert passive == {("A/RES/79/144", "344"), ("A/RES/79/122", "21")}


# ---------------------------------------------------------------- 3. an appositive


def test_the_first_of_two_names_of_one_actor_is_the_actor(rows):
    # A/RES/78/177 60: "Requests the focal point on ageing of the United Nations system, the Programme on Ageing of
    # the Department of Economic and Social Affairs of the Secretariat, to continue to enhance its collaboration ..."
    assert mandated(rows, "A/RES/78/177", "60") == [
        ("requests", "focal point on ageing of the United Nations system",
         "the focal point on ageing of the United Nations system"),
        ("recommends", "Member States", "Member States")]


# ---------------------------------------------------------------- 4. a recital inside the action


def test_a_time_of_a_recalled_urging_is_no_deadline(rows):
    # A/RES/79/145 128: "..., in particular to require that vessel monitoring systems be carried by all vessels
    # fishing on the high seas as soon as practicable, recalling that, in paragraph 62 of resolution 63/112 of 5
    # December 2008, it urged that large-scale fishing vessels be required to carry vessel monitoring systems no later
    # than December 2008, and to share information on fisheries enforcement matters;"
    assert paragraph_deadline_texts(rows, "A/RES/79/145", "128") == ["as soon as practicable"]


def test_a_projection_a_recital_holds_is_no_deadline(rows):
    # A/RES/78/150 6: "..., bearing in mind that, at the current pace, women's share of workplace management positions
    # will reach only 30 per cent by 2050;"
    assert mandated(rows, "A/RES/78/150", "6") == [("urges", "Member States", "Member States")]
    assert paragraph_deadline_texts(rows, "A/RES/78/150", "6") == []


def test_a_recital_of_a_noun_ends_at_its_comma(rows):
    # A/RES/78/102 15: "Reiterates its decision that, bearing in mind its resolutions 62/63 and 63/119 as well as its
    # resolution 77/98, the consideration of the report ... shall be continued during its seventy-ninth session ...,
    # and, for that purpose, invites further comments from Member States": the decision's time, and the invitation's
    assert paragraph_deadline_texts(rows, "A/RES/78/102", "15") == ["during its seventy-ninth session"]
    assert [m.verb for m in rows["A/RES/78/102"] if m.paragraph == "15" and m.kind == "mandate"] == [
        "decides", "invites"]


# ---------------------------------------------------------------- 5. a chapeau over its action items


def test_a_chapeau_whose_items_are_the_actions_carries_none(rows):
    # A/RES/79/145 227: "Calls upon, in this regard, States, regional fisheries management organizations and
    # arrangements ... to take, in particular, the following urgent actions regarding bottom fishing in areas beyond
    # national jurisdiction: (a) To use, as applicable, the full set of criteria ..."
    assert mandated(rows, "A/RES/79/145", "227") == []
    assert {actor for _, actor, _ in mandated(rows, "A/RES/79/145", "227 (a)")} >= {
        "States", "regional fisheries management organizations"}


# ---------------------------------------------------------------- 6. the unsure ones a general rule decides


def test_shall_be_called_upon_is_calls_upon(rows):
    # A/RES/79/249 18 under "Resolves that:": "(b) ..., the Holy See, ..., shall be called upon to contribute towards
    # the expenses of the Organization ..." (calls upon); "(a) ... the Secretary-General shall be empowered to accept
    # ..." (a grant: the decision's own verb)
    assert mandated(rows, "A/RES/79/249", "18 (b)") == [("calls upon", "Holy See", "the Holy See")]
    assert [verb for verb, _, _ in mandated(rows, "A/RES/79/249", "18 (a)")] == ["decides"]


def test_adjectives_before_two_heads_are_each_heads(rows):
    # A/RES/80/143 8: "Encourages regional, subregional and interregional organizations and processes to continue to
    # share best practices ..."
    assert [actor for _, actor, _ in mandated(rows, "A/RES/80/143", "8")] == [
        "regional organizations", "subregional organizations", "interregional organizations",
        "regional processes", "subregional processes", "interregional processes"]
