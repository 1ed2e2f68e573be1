"""Mandates faults the seventh fresh-user trial found, each on the real resolution copied whole into
tests/fixtures/trial11/ from ../shared/corpus/texts:

1. a name followed by its acronym in brackets is the name: "the United Nations Human Settlements Programme
   (UN-Habitat)" is the actor "UN-Habitat" finds (A/RES/78/122, para. 4);
2. "requests that he submit ... a report": the subject pronoun of a subjunctive is the person named before, whose
   report the clause before took note of (A/RES/79/191, para. 60);
3. an instrument's title with its year and number ("the Minimum Age Convention, 1973 (No. 138), and the Worst Forms
   of Child Labour Convention, 1999 (No. 182)") stays inside the addressee's relative clause (A/RES/78/188, para. 3);
4. a connective between the verb and its addressee ("encourages in this regard the United Nations Office on Drugs
   and Crime to ...", A/RES/78/226, para. 15; A/RES/79/226, para. 73);
5. "primarily by the World Health Organization" is a parenthesis, "the reinvigorated resident coordinators" the
   resident coordinators (A/RES/78/3, annex, para. 55).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import folder_matches, mandated, mandates_by_symbol
from resparse.mandates import table

TRIAL = Path(__file__).parent / "fixtures" / "trial11"
UN_HABITAT = "United Nations Human Settlements Programme"
UN_WOMEN = "United Nations Entity for Gender Equality and the Empowerment of Women"


@pytest.fixture(scope="module")
def items():
    return mandates_by_symbol(TRIAL)


# ---------------------------------------------------------------- 1. a name, then its acronym in brackets


def test_a_name_with_its_acronym_after_it_is_the_name(items):
    # 78/122 4 "Invites the United Nations Human Settlements Programme (UN-Habitat), mindful of ..., to facilitate"
    assert mandated(items, "A/RES/78/122", "4") == [
        ("invites", UN_HABITAT, "the United Nations Human Settlements Programme (UN-Habitat)")]
    # 79/191 41: "... the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) ..."
    assert UN_WOMEN in [actor for _, actor, _ in mandated(items, "A/RES/79/191", "41")]


def test_the_acronym_finds_the_row_written_with_name_and_acronym():
    rows = [(x.mandate.document, x.mandate.paragraph, x.relation) for x in folder_matches(TRIAL, "UN-Habitat")
            if x.mandate.kind == "mandate"]
    assert ("A/RES/78/122", "4", "direct") in rows


@pytest.mark.parametrize("written, name", [
    ("the Inter-Agency Meeting on Outer Space Activities (UN-Space)", "Inter-Agency Meeting on Outer Space Activities"),
    ("the International Criminal Police Organization (INTERPOL)", "International Criminal Police Organization"),
])
def test_an_acronym_in_brackets_is_cut_from_a_name_off_the_table(written, name):
    # names the alias table does not hold (A/RES/78/72 37, A/RES/79/330 44): the same actor with or without it
    assert table().resolve(written).name == name
    assert table().resolve(written).key == table().resolve(name).key


@pytest.mark.parametrize("written", ["Iran (Islamic Republic of)", "Bolivia (Plurinational State of)",
                                     "Minimum Age Convention, 1973 (No. 138)"])
def test_brackets_that_are_no_acronym_stay(written):
    # a State's name written with its brackets, a convention's number: no acronym, not cut
    assert table().resolve(written).name == written


# ---------------------------------------------------------------- 2. "requests that he submit"


def test_requests_that_he_submit_is_the_secretary_general(items):
    # 79/191 60 "Takes note of the report of the Secretary-General, and requests that he submit to the General
    # Assembly at its eighty-first session a report on the implementation of the present resolution."
    rows = [m for m in items["A/RES/79/191"] if m.paragraph == "60" and m.kind == "mandate"]
    assert [(m.verb, m.actor) for m in rows] == [("requests", "Secretary-General")]
    assert [(r.to, r.session) for r in rows[0].reports] == [("General Assembly", 81)]


# ---------------------------------------------------------------- 3. an instrument's title with its year


def test_a_convention_with_its_year_and_number_is_no_actor(items):
    # 78/188 3 "Urges all States that have not yet ratified or acceded to the Minimum Age Convention, 1973 (No. 138),
    # and the Worst Forms of Child Labour Convention, 1999 (No. 182), of the ILO to consider doing so"
    assert [actor for _, actor, _ in mandated(items, "A/RES/78/188", "3")] == ["States"]


# ---------------------------------------------------------------- 4. a connective after the verb


@pytest.mark.parametrize("symbol, label, verb, actor", [
    ("A/RES/78/226", "15", "encourages", "United Nations Office on Drugs and Crime"),
    ("A/RES/79/226", "73", "encourages", "entities of the United Nations development system"),
])
def test_in_this_regard_between_verb_and_addressee(items, symbol, label, verb, actor):
    assert (verb, actor) in [(v, a) for v, a, _ in mandated(items, symbol, label)]


# ---------------------------------------------------------------- 5. noise in actor names


def test_primarily_by_is_a_parenthesis_and_reinvigorated_coordinators_the_coordinators(items):
    actors = [actor for _, actor, _ in mandated(items, "A/RES/78/3", "annex 55")]
    assert "resident coordinators" in actors
    assert not [a for a in actors if "primarily" in a or "reinvigorated" in a]
    assert "World Health Organization" not in actors  # "through coordinated actions, primarily by" WHO: a means
