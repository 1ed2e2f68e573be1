"""Parties and sectors named whole: "Parties to the Convention" keeps its treaty (``actors.txt`` [parties]), "the
Parties" are the parties of the treaty their own paragraph names, never of one named paragraphs before
(``Recent.parties_named``), a query for the parties finds them with their treaty (``queries.party_keys``), and a
noun coordinated before a shared head shares it ("the business and financial sectors", ``actors.txt`` [shared
heads]). Each case a real paragraph: whole resolutions copied from ../shared/corpus/texts into
tests/fixtures/parties/; the first two are misses of the hand labels (tests/labels/mandates_fresh5.part2.jsonl,
A/RES/80/139 13; mandates_fresh4.part1.jsonl, A/RES/78/64 2)."""

from pathlib import Path

import pytest

from conftest import folder_matches, mandated, mandates_by_symbol, paragraph_mandates
from resparse import corpus
from resparse.mandates import select
from resparse.mandates.addressees import actor_phrases

PARTIES = Path(__file__).parent / "fixtures" / "parties"
CBD = "Parties to the Convention on Biological Diversity"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(PARTIES)


# ---------------------------------------------------------------- 1. parties keep what they are parties to


def test_parties_to_the_convention_keep_their_treaty(rows):
    # 80/139 13 "Invites Parties to the Convention that have not yet subscribed to the programme to do so" (labels:
    # "Parties to the Convention"; was "Parties"): the qualifier goes, the treaty stays
    assert mandated(rows, "A/RES/80/139", "13") == [
        ("invites", "Parties to the Convention", "Parties to the Convention that have not yet subscribed to the programme")]
    # 78/64 2 "Calls upon all High Contracting Parties to the Convention that have not yet done so to express ..."
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/78/64", "2")] == [
        ("calls upon", "High Contracting Parties to the Convention")]


def test_the_treaty_is_named_as_the_text_names_it(rows):
    # 79/144 262 "Invites Parties to the Convention on Biological Diversity to implement ..."; 5 "Calls upon States
    # Parties to the Convention that have not yet done so to deposit ..."
    assert [a for _, a, _ in mandated(rows, "A/RES/79/144", "262")] == [CBD]
    assert [a for _, a, _ in mandated(rows, "A/RES/79/144", "5")] == ["States Parties to the Convention"]
    assert {m.actor_key for m in paragraph_mandates(rows, "A/RES/79/144", "5")} == {"state party to the convention"}


def test_a_pointer_back_to_the_treaty_is_cut(rows):
    # 79/144 269 "Calls upon Parties to that Convention to implement their obligations ...": the parties, as
    # "parties thereto" (``actors.txt`` [qualifiers])
    assert [a for _, a, _ in mandated(rows, "A/RES/79/144", "269")] == ["Parties"]


def test_the_parties_to_a_treaty_report_where_the_parties_report(rows):
    # 78/207 8 "Encourages all States parties to the Convention to submit their reports, ...": a report of States
    # parties goes to no body the clause names (data/reports_elsewhere.txt), also with their treaty in the name
    (m,) = paragraph_mandates(rows, "A/RES/78/207", "8")
    assert m.actor == "States parties to the Convention"
    assert [r.to for r in m.reports] == ["not stated"]


# ---------------------------------------------------------------- 2. "the Parties" of the paragraph's own treaty


def test_the_parties_are_those_of_the_treaty_the_paragraph_names(rows):
    # 79/144 259 "Welcomes the convening of the sixteenth meeting of the Conference of the Parties to the Convention
    # on Biological Diversity, ..., encourages the Parties to fully and effectively implement the Convention and its
    # Protocols": was "Parties to the Paris Agreement", named in para. 203 ("encourages all its Parties")
    assert mandated(rows, "A/RES/79/144", "259") == [("encourages", CBD, "the Parties")]
    assert [a for _, a, _ in mandated(rows, "A/RES/79/144", "203")][:1] == ["Parties to the Paris Agreement"]


# ---------------------------------------------------------------- queries by the parties and by their treaty


def _found(rows, query):
    items = [m for symbol in sorted(rows) for m in rows[symbol]]
    return {(x.mandate.document, x.mandate.paragraph, x.mandate.actor) for x in select(items, actor=query)
            if x.mandate.kind == "mandate"}


def test_a_query_for_the_parties_finds_them_with_their_treaty(rows):
    states_parties = _found(rows, "States parties")
    assert ("A/RES/79/144", "5", "States Parties to the Convention") in states_parties
    assert ("A/RES/79/144", "137", "States parties") in states_parties
    parties = _found(rows, "Parties")
    assert {("A/RES/80/139", "13", "Parties to the Convention"), ("A/RES/79/144", "269", "Parties"),
            ("A/RES/79/144", "262", CBD)} <= parties
    # the other way round, a query that names the treaty finds only its parties (78/155 15 "Urges parties to the
    # Convention on Biological Diversity and all other relevant stakeholders ...")
    assert {(d, p) for d, p, _ in _found(rows, CBD)} == {("A/RES/79/144", "259"), ("A/RES/79/144", "262"),
                                                          ("A/RES/78/155", "15")}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("parties") / "c.sqlite"
    corpus.build([PARTIES], path, jobs=1)
    return path


@pytest.mark.parametrize("query", ["States parties", "Parties", CBD, "High Contracting Parties"])
def test_the_database_and_the_files_answer_alike(query, db):
    from_db = [(m.document, m.paragraph, m.kind, m.actor_key, rel) for m, rel in corpus.mandates_by_actor(db, query)]
    from_files = [(x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.mandate.actor_key, x.relation)
                  for x in folder_matches(PARTIES, query)]
    assert from_db == from_files
    assert any(kind == "mandate" and " to " in k for _, _, kind, k, _ in from_db)


# ---------------------------------------------------------------- 3. a noun that shares the coordinated head


def test_the_business_and_financial_sectors_are_two_sectors(rows):
    # 78/155 45 "Stresses the importance of engaging ..., academia, the business and financial sectors and other
    # relevant stakeholders ..., and invites them to align their practices ...": was "business" (of "business and
    # industry") and "financial sectors"
    actors = [a for _, a, _ in mandated(rows, "A/RES/78/155", "45")]
    assert "business sectors" in actors and "financial sectors" in actors and "business" not in actors


def test_a_plural_noun_keeps_its_own_head():
    assert [n.actor.name for n in actor_phrases("the business and financial sectors", [])] == [
        "business sectors", "financial sectors"]
    # persons in the plural and bare nouns without "the" stay addressees of their own
    assert [n.actor.name for n in actor_phrases("refugees and host communities", [])] == [
        "refugees", "host communities"]
    assert [n.actor.name for n in actor_phrases("business and financial institutions", [])] == [
        "business", "financial institutions"]
