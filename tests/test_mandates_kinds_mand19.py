"""Which clauses mandate: verb and clause kinds of the nineteenth session (branch mand-b), each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds_mand19/):

- a subjunctive "be" and an adjective after a "that"-clause's subject is a state the subject is asked to be in
  ("Recommends that Governments be inclusive in involving older persons ...", A/RES/79/147 30; the fifteenth
  sample's miss), a "be" and a participle still a passive that binds no one;
- "will be invited to participate" in a decision tells of an invitation to come and binds no one now (A/RES/78/113
  5; operative_verbs.txt [asked in the passive]); "shall be permitted/called upon" still binds its subject;
- "contributors" is an actor's head ("encourages other contributors to maintain ...", A/RES/79/226 66);
- a pronoun after a clause that repeats its verb stands for the nearest object ("..., as well as strengthen the
  capacity of local authorities, and encourage them to engage ...", A/RES/78/4, annex, 103);
- "Calls for" a named actor and its infinitive is a call upon that actor (A/RES/80/11 4; operative_verbs.txt [calls
  for]); "calls for" a thing is none ("calls for donor funding to enable ...", A/RES/78/73 33);
- an action ends before another operative opening after a connective ("and takes note in this regard of",
  A/RES/79/329 20), and an item's decided request before the item's next clause (A/RES/78/187 66 (d));
- a "to" after "willing" or "signatories" is the word's complement, not the action (A/RES/78/140 10, 27;
  data/complements.txt)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol, paragraph_mandates
from resparse.mandates.clauses import calls_for_actors, subjunctive

KINDS = Path(__file__).parent / "fixtures" / "kinds_mand19"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. "that X be" and an adjective


def test_a_subjunctive_be_and_an_adjective_binds_the_subject(rows):
    # A/RES/79/147 30 (78/177 27, 80/179 32): "Recommends that Governments be inclusive in involving older persons
    # and their organizations in the formulation ... of policies and programmes that affect them, ...": nothing was
    # found (tests/labels/mandates_fresh13: `recommends`, Governments)
    got = paragraph_mandates(rows, "A/RES/79/147", "30")
    assert [(m.verb, m.actor) for m in got] == [("recommends", "Governments")]
    assert got[0].action.startswith("be inclusive in involving older persons")


def test_a_subjunctive_be_and_a_participle_is_still_a_passive():
    # the same reading on the words of A/RES/79/147 30 with a participle for the adjective, and on A/RES/79/317 18's
    # "demands that the territory of Afghanistan not be used as a platform ...": a passive names no one to act
    assert subjunctive("Governments be inclusive in involving older persons")[0][0] == "Governments"
    assert subjunctive("Governments be involved in the formulation of policies") == []
    assert subjunctive("the territory of Afghanistan not be used as a platform to threaten or attack any country") == []


# ---------------------------------------------------------------- 2. "will be invited" binds no one now


def test_will_be_invited_binds_no_one_now(rows):
    # A/RES/78/113 5: "Decides that the working group shall be open to all Member States and that relevant observers
    # to the General Assembly will be invited to participate in the work of the working group": the Assembly's
    # decision only (tests/labels/mandates_fresh13 n 53); the observers were a mandate of their own
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/78/113", "5")] == [("decides", "General Assembly")]


def test_shall_be_permitted_still_binds(rows):
    # the grant of [permissions] under any modal stays: the same reading (``clauses.decided``) on A/RES/78/2 6's words
    from resparse.mandates.clauses import decided

    assert [s for s, _, _ in decided("the Comoros shall be permitted to vote in the General Assembly")] == ["the Comoros"]
    assert [s for s, _, _ in decided("the Holy See shall be called upon to contribute towards the expenses")] == [
        "the Holy See"]
    assert decided("relevant observers to the General Assembly will be invited to participate in the work") == []


# ---------------------------------------------------------------- 3. "contributors"


@pytest.mark.parametrize("label", ["66", "67 (a)"])
def test_contributors_are_an_actor(rows, label):
    # A/RES/79/226 66: "Requests donor countries and encourages other contributors to maintain and substantially
    # increase their core contributions ..."; 67 (a): "Urges donor countries and encourages other contributors to make
    # non-core contributions more flexible ..." (the contributors were no actor)
    assert ("encourages", "contributors", "other contributors") in mandated(rows, "A/RES/79/226", label)


# ---------------------------------------------------------------- 4. a pronoun after a repeated verb


def test_them_is_the_object_of_the_repeated_verb(rows):
    # A/RES/78/4, annex, 103: "Strengthen the capacity of national government authorities to exercise strategic
    # leadership ..., as well as strengthen the capacity of local authorities, and encourage them to engage with their
    # respective communities and stakeholders": no mandate was found
    got = paragraph_mandates(rows, "A/RES/78/4", "annex 103")
    assert [(m.verb, m.actor, m.actor_as_written) for m in got] == [("encourages", "local authorities", "them")]


# ---------------------------------------------------------------- 5. "Calls for X to ..."


def test_calls_for_a_named_actor_to_act_is_a_call_upon_it(rows):
    # A/RES/80/11 4: "Calls for the Peacebuilding Commission to serve as a platform to enhance United Nations
    # system-wide coherence ..." (a mention only); A/RES/78/317, annex, 42: "We call for the General Assembly to
    # undertake a comprehensive midterm review ..."
    got = paragraph_mandates(rows, "A/RES/80/11", "4")
    assert [(m.verb, m.actor) for m in got] == [("calls upon", "Peacebuilding Commission")]
    assert got[0].verb_as_written == "Calls for" and got[0].action.startswith("to serve as a platform")
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/78/317", "annex 42")][-1] == ("calls upon", "General Assembly")


def test_calls_for_a_pronoun_to_act(rows):
    # A/RES/80/173, adopted text, 108: "..., encourage them to continue their work within their regions and call for
    # them to scale up technical assistance ...": the regional commissions, twice
    got = paragraph_mandates(rows, "A/RES/80/173", "adopted 108")
    assert [(m.verb, m.actor) for m in got] == [("encourages", "regional commissions"),
                                                ("calls upon", "regional commissions")]
    assert got[0].action == "to continue their work within their regions"


def test_calls_for_a_thing_is_no_mandate(rows):
    # A/RES/78/73 33: "..., and calls for donor funding to enable the expeditious completion of its reconstruction";
    # A/RES/78/1, annex, 38 (t) (iii): "We call for improved international debt mechanisms to support debt review";
    # A/RES/78/222 41: "Calls for the appropriate international monitoring bodies to be granted access ..."
    assert not [m for m in paragraph_mandates(rows, "A/RES/78/73", "33") if m.verb == "calls upon"]
    assert not [m for m in rows["A/RES/78/1"] if m.kind == "mandate" and "call for" in (m.verb_as_written or "").lower()]
    assert paragraph_mandates(rows, "A/RES/78/222", "41") == []
    assert not calls_for_actors(" an international summit conference under the auspices of the United Nations to "
                                "formulate a joint organized response")  # A/RES/78/115


# ---------------------------------------------------------------- 6. where an action ends


def test_an_action_ends_before_takes_note_after_a_connective(rows):
    # A/RES/79/329 20: "..., encourages the African Union to continue collaborating with the United Nations in
    # advancing this agenda, and takes note in this regard of the signing of a memorandum of understanding ..."
    got = paragraph_mandates(rows, "A/RES/79/329", "20")
    assert [(m.verb, m.actor) for m in got] == [("encourages", "African Union")]
    assert got[0].action == "to continue collaborating with the United Nations in advancing this agenda"


def test_a_decided_request_ends_before_the_items_next_clause(rows):
    # A/RES/78/187 66 (d), under "Decides:": "To request the Special Representative ... to continue to engage
    # proactively with ..., and reaffirms the important role that the Special Representative can play ..."
    got = paragraph_mandates(rows, "A/RES/78/187", "66 (d)")
    assert [m.verb for m in got] == ["requests"]
    assert got[0].action.endswith("Security Council Working Group on Children and Armed Conflict")


# ---------------------------------------------------------------- 7. complements before "to"


def test_willing_to_is_the_addressees_complement(rows):
    # A/RES/78/140 10: "in this regard invites those Member States willing to prepare integrated national financing
    # frameworks to include plans for combating illicit financial flows ..."
    got = [m for m in paragraph_mandates(rows, "A/RES/78/140", "10") if m.verb == "invites"]
    assert [m.actor for m in got] == ["Member States"]
    assert got[0].action.startswith("to include plans for combating illicit financial flows")


def test_signatories_to_is_no_action(rows):
    # A/RES/78/140 27: "Invites signatories to bilateral or multilateral tax transparency agreements to consider
    # allowing information exchanged ...": the action was "to bilateral or multilateral ..."
    got = paragraph_mandates(rows, "A/RES/78/140", "27")
    assert got and all(m.action.startswith("to consider allowing information exchanged") for m in got)
    assert got[0].actor == "signatories"


def test_an_instrument_after_to_is_read_only_in_lower_case_words_before_the_action():
    # the words of A/RES/78/140 27 and 79/234 30, and of A/RES/78/153 27 ("urges parties to come to agreement on the
    # operationalization of the new funding arrangements ..."), whose "to come" is the action
    from resparse.mandates.clauses import infinitive

    text = "signatories to bilateral or multilateral tax transparency agreements to consider allowing information"
    assert text[infinitive(text):].startswith("to consider")
    text = "existing parties to information-exchange agreements to strengthen the cooperation necessary"
    assert text[infinitive(text):].startswith("to strengthen")
    text = "parties to come to agreement on the operationalization of the new funding arrangements"
    assert text[infinitive(text):].startswith("to come")
