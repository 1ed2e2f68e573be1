"""The gaps of mandate extraction named at the close of issue 9, each on a real clause of the corpus (copied into
tests/fixtures/mandates-gaps.txt, the source paragraph named at each test; the resolution around them is a
frame), and where it helps the corpus itself (skipped without ../shared/corpus)."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract, lookup
from resparse.mandates.actors import key, table
from resparse.render.mandates import verb_shown

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = Path(__file__).parent.parent / "texts"


@pytest.fixture(scope="module")
def gaps():
    res = resparse.parse(FIXTURES / "mandates-gaps.txt")
    return res, extract(res, also=("Cote d'Ivoire", "Turkiye"))


def actors(items, label):
    return [m.actor_as_written for m in items if m.paragraph == label and m.kind == "mandate"]


# ---------------------------------------------------------------- 1. coordinated modifiers of one head


def test_modifiers_coordinated_after_a_head_stay_one_actor(gaps):
    # A/RES/78/180 39 (and 80/185 39): the modifiers "of origin, transit and destination" share "countries"
    _, items = gaps
    assert actors(items, "1") == ["Governments of origin, transit and destination countries"]


def test_a_real_list_of_addressees_gives_one_entry_each(gaps):
    # A/RES/78/69 30: "urges States, intergovernmental organizations and other bodies to make ..."
    _, items = gaps
    assert actors(items, "2") == ["States", "intergovernmental organizations", "other bodies"]


@pytest.mark.parametrize("phrase", ["countries of origin, transit and destination",
                                    "States of origin, transit and destination"])
def test_the_same_shape_as_an_addressee_list_is_one_actor(phrase):
    from resparse.mandates.addressees import actor_phrases

    assert [n.written for n in actor_phrases(phrase, [])] == [phrase]


# ---------------------------------------------------------------- 2. names with accents


@pytest.mark.parametrize("written, typed", [("Türkiye", "Turkiye"), ("Côte d’Ivoire", "Cote d'Ivoire"),
                                            ("São Tomé and Príncipe", "Sao Tome and Principe")])
def test_an_actor_key_folds_accents(written, typed):
    assert key(written) == key(typed)  # "t rkiye" before: the ü cut the word
    assert table().resolve(written) == table().resolve(typed) and table().resolve(written).known


def test_a_query_without_accents_finds_the_name_as_written(gaps):
    # A/RES/78/69 224: "... in December 2021 in Antalya, Türkiye, ..."
    _, items = gaps
    found = lookup(items, actor="Turkiye")
    assert [(x.mandate.paragraph, x.mandate.actor_as_written) for x in found] == [("3", "Türkiye")]


def test_corpus_queries_for_accented_states(corpus_dir):
    res = resparse.parse(corpus_dir / "A_RES_79_249.txt")  # the scale of assessments names every Member State
    items = extract(res, also=("Cote d'Ivoire", "Turkiye", "Sao Tome and Principe"))
    for query, written in (("Cote d'Ivoire", "Côte d’Ivoire"), ("Turkiye", "Türkiye"), ("São Tomé and Príncipe",
                                                                                     "Sao Tome and Principe")):
        found = lookup(items, actor=query)
        assert [x.mandate.actor_as_written for x in found] == [written], query


# ---------------------------------------------------------------- 3. first-person verbs in the table's form


def test_first_person_verbs_are_shown_in_the_third_person():
    # A/RES/73/195 annex 44-54: "we invite", "We request", "we decide" -> the verb table's "invites" ...
    items = [m for m in extract(resparse.parse(TEXTS / "A_RES_73_195.txt")) if m.kind == "mandate"
             and m.paragraph.startswith("annex")]
    assert items and {m.verb for m in items} <= {"invites", "requests", "decides", "encourages", "calls upon"}
    written = {m.verb_as_written.split()[-1].lower() for m in items}
    assert "invite" in written  # the words as written are kept
    shown = {verb_shown(m) for m in items}
    assert shown <= {m.verb for m in items} | {f"also {m.verb}" for m in items} | {f"further {m.verb}" for m in items}
    assert "invites" in shown and "invite" not in shown
