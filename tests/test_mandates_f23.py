"""Misses of the twenty-fifth blind sample (tests/labels/mandates_fresh23), fixed as kinds (twenty-eighth session,
branch f23), each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_f23/paragraphs.md
and read in a small resolution (``conftest.mini_resolution``):

- an adverb phrase between the verb and its "that"-clause: "Demands once more that Israel withdraw ..." (78/11 6;
  data/operative_verbs.txt [adverbs], data/opening_phrases.txt [modifiers]);
- a relative clause set off by commas after an addressee ("States, which have the primary responsibility to counter
  ..., and all relevant actors, ...", 79/160 59) is a parenthesis: its infinitive no action, the addressees after it
  read (data/actors.txt [parentheses]); the blend "Urges that Member States, which ..., to share ..." (78/240 2) is
  an address of the subject (mandates/clauses.py ``_blended``);
- a time that opens the words set off between the addressee and the action is the action's ("Encourages delegations,
  during the debate on the report of the International Law Commission, to continue ...", 80/164 24;
  mandates/extract.py);
- a time inside an infinitive with a subject of its own after "for" is that subject's ("the conditions for everyone
  to be free from hunger and, as soon as possible, to enjoy fully the right to food", 78/198 14; grammar/
  attachment.lark ``own_subject``);
- a verb in "-ly" is no adverb: "Demands that Israel, the occupying Power, comply with ..." (79/91 10; data/
  complements.txt [verbs in -ly])."""

from pathlib import Path

from conftest import copied_mandates, mini_resolution

import resparse
from resparse.mandates import extract
from resparse.mandates.verbs import verbs

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f23"


def rows(symbol: str, label: str) -> dict[str, object]:
    """Each mandate of a copied paragraph by its actor as written (the last one where an actor is asked twice)."""
    return {m.actor_as_written: m for m in copied_mandates(FOLDER, symbol, label)}


def deadline_texts(symbol: str, label: str) -> dict[str, list[str]]:
    return {a: [d.text for d in m.deadlines] for a, m in rows(symbol, label).items()}


def mandates_of(paragraph: str) -> list:
    return [m for m in extract(resparse.parse_text(mini_resolution(paragraph))) if m.kind == "mandate"]


# ---------------------------------------------------------------- 1. an adverb phrase after the verb


def test_once_more_between_the_verb_and_its_that_clause():
    r = rows("78/11", "6")
    assert list(r) == ["Israel"]
    israel = r["Israel"]
    assert israel.verb == "demands" and israel.verb_as_written == "Demands once more"
    assert israel.action.startswith("withdraw from all the occupied Syrian Golan")
    # "once more" adds its intensifier's bonus, as "once again" does
    assert israel.force == verbs().table["demands"].force + verbs().intensifiers["once more"]


def test_once_more_before_an_addressee():
    found = mandates_of("Urges once more all States to ratify the Convention;")
    assert [(m.verb, m.actor_as_written) for m in found] == [("urges", "all States")]
    assert found[0].action == "to ratify the Convention"


# ---------------------------------------------------------------- 2. a relative clause set off after an addressee


def test_a_relative_clause_after_an_addressee_names_no_one_and_opens_no_action():
    for symbol, label, first in (("79/160", "59", "States"), ("79/316", "24", "Member States")):  # "which", "who"
        r = rows(symbol, label)
        assert set(r) == {first, "all relevant actors", "political leaders", "religious leaders"}, symbol
        assert r[first].via is None and r["all relevant actors"].via is None
        assert r["political leaders"].via == r["religious leaders"].via == "all relevant actors"
        for m in r.values():
            assert m.verb == "calls upon"
            assert m.action.startswith("to promote inclusion"), m.action  # was "to counter discrimination ..."


def test_a_subject_with_its_relative_clause_then_an_infinitive_is_addressed():
    # "Urges that Member States, which have used ..., to share ...": the blend of "urges X to" and "urges that X"
    r = {(m.verb, m.actor_as_written): m for m in copied_mandates(FOLDER, "78/240", "2")}
    assert set(r) == {("urges", "Member States"), ("calls upon", "Member States")}
    assert r["urges", "Member States"].action.startswith("to share, as appropriate, technical and scientific")


def test_a_subjunctive_after_an_apposition_is_no_blend():
    # the verb of the "that"-clause is read, not an infinitive of its object after a comma
    r = rows("79/91", "10")
    assert list(r) == ["Israel"]
    assert r["Israel"].action.startswith("comply with its legal obligations")


# ---------------------------------------------------------------- 3. a time that opens the words set off


def test_a_time_opening_the_words_set_off_before_the_action_is_the_actions():
    assert deadline_texts("80/164", "24") == {"delegations": ["during the debate"]}
    # "pending" an event is a time (tests/labels/GUIDELINE.md: "pending the establishment of ..." a deadline)
    assert deadline_texts("79/35", "17") == {
        "the nuclear-weapon States": ["pending the total elimination of their nuclear arsenals"]}


def test_words_set_off_that_open_with_no_time_give_none():
    # a time inside the words set off, not opening them, is theirs ("its work in 2026")
    found = mandates_of("Invites the Commission, in view of its work in 2026 on the topic, to contribute;")
    assert [[d.text for d in m.deadlines] for m in found] == [[]]


# ---------------------------------------------------------------- 4. a time of an infinitive with its own subject


def test_an_urgency_of_what_another_subject_is_to_do_is_no_deadline():
    assert deadline_texts("78/198", "14") == {"all States": []}  # was "as soon as possible"


def test_times_outside_such_an_infinitive_stay():
    # "for military purposes and to place such material as soon as practicable": the action's second infinitive
    assert deadline_texts("78/40", "5")["nuclear-weapon States"] == ["as soon as practicable"]
    # "expenditures related to the strategic heritage plan in 2024": "to" a preposition
    assert deadline_texts("78/253", "XIX.17") == {"(the General Assembly itself)": ["in 2024"]}
    # "for adaptation to developing country parties from 2019 levels by 2025": a preposition before a gerund
    assert deadline_texts("78/153", "24")["developed country parties"] == ["by 2025"]
    # "Calls upon the Panel to consult ..., and for the Secretary-General to facilitate those consultations": the
    # call's second object after "and", not an infinitive inside the Panel's; since branch auditfix31 that object is
    # a mandate of its own ("calls upon ... and for B to ..."), the times its own, the Panel's action ends before it
    got = deadline_texts("79/238", "6")
    assert got["the Secretary-General"] == ["in 2025", "in 2026"] and got["the Panel"] == []


# ---------------------------------------------------------------- 5. a verb in "-ly"


def test_a_verb_in_ly_is_the_subjunctive():
    r = rows("79/91", "10")
    assert r["Israel"].verb == "demands"
    assert [d.text for d in r["Israel"].deadlines] == ["as rapidly as possible", "immediately"]
    r = rows("78/222", "1")
    assert r["all parties"].verb == "demands" and r["all parties"].action.startswith("comply with their obligations")


def test_an_adverb_in_ly_before_the_verb_stays_an_adverb():
    found = mandates_of("Demands that the Syrian regime immediately put an end to all attacks against civilians;")
    assert [(m.verb, m.actor_as_written) for m in found] == [("demands", "the Syrian regime")]
    assert found[0].action.startswith("immediately put an end")  # the adverb the action's, the verb "put"
