"""Clauses cut inside a paragraph, the kinds a fresh-user trial found (whole resolutions copied from
../shared/corpus/texts into tests/fixtures/pairs/): one verb with two (addressee, to-infinitive) pairs ("requests A to
X, and B to Y") is two mandates, each with its own action; "; and in particular urges X to ..." is a second clause
(an adverbial connective between "and" and the verb)."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol

PAIRS = Path(__file__).parent / "fixtures" / "pairs"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(PAIRS)


def _actions(rows, symbol, label):
    return {m.actor_as_written: m.action for m in rows[symbol] if m.paragraph == label and m.kind == "mandate"}


def test_two_pairs_of_one_verb_are_two_mandates(rows):
    # "... and to this end requests special rapporteurs to submit their reports within the time limits specified by
    # the Secretariat, and the Secretariat to give due consideration to the quality of the translation ..."
    assert [(v, w) for v, _, w in mandated(rows, "A/RES/79/121", "15")] == [
        ("requests", "special rapporteurs"), ("requests", "the Secretariat")]
    actions = _actions(rows, "A/RES/79/121", "15")
    assert actions["special rapporteurs"] == ("to submit their reports within the time limits specified by the "
                                              "Secretariat")
    assert actions["the Secretariat"].startswith("to give due consideration to the quality of the translation")


def test_second_pair_after_a_pronoun_object(rows):
    # "Urges all States not parties to the Convention on Cluster Munitions to ratify or accede to it as soon as
    # possible, and all States parties to promote adherence to the Convention ..." (the first action's "to it" is no
    # infinitive)
    assert [w for _, _, w in mandated(rows, "A/RES/79/58", "1")][-1] == "all States parties"
    actions = _actions(rows, "A/RES/79/58", "1")
    assert actions["all States parties"].startswith("to promote adherence to the Convention")
    assert "States parties to promote" not in next(a for w, a in actions.items() if w != "all States parties")


def test_a_pair_inside_an_asked_action_is_not_cut():
    # "requests A to invite B to X, and C to Y": C may be one A invites, the clause stays whole
    from resparse.mandates.clauses import _gapped, Clause
    from resparse.mandates.verbs import verb_of

    body = (" the Secretary-General to invite Member States to submit their views, and the regional commissions to "
            "contribute to the report;")
    c = Clause("Requests", verb_of("Requests"), 8, body)
    assert _gapped(c, "Requests" + body) == [c]


def test_in_particular_before_the_verb_opens_a_clause(rows):
    # "Strongly condemns attacks ... in violation of international humanitarian law; and in particular urges parties
    # to armed conflict to respect the principles of distinction, ..."
    assert [(v, w) for v, _, w in mandated(rows, "A/RES/79/156", "36")] == [("urges", "parties to armed conflict")]
    assert _actions(rows, "A/RES/79/156", "36")["parties to armed conflict"].startswith(
        "to respect the principles of distinction")
