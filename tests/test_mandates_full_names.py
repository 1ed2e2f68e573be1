"""A body's short name stands for its whole full name, small words and all, by one rule (``resparse.names.full_name``),
and a query by a Secretariat office's name finds it with or without "of the Secretariat"
(``resparse.mandates.queries.full_name_keys``). Each case a real paragraph: whole resolutions copied from
../shared/corpus/texts into tests/fixtures/full_names/ (full names) and tests/fixtures/short_names/ (queries)."""

from pathlib import Path

import pytest

import resparse
from conftest import folder_matches, mandated_actors as actors, mandates_by_symbol
from resparse import corpus

FULL = Path(__file__).parent / "fixtures" / "full_names"
SHORT = Path(__file__).parent / "fixtures" / "short_names"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FULL)


# ---------------------------------------------------------------- the full name, small words and all


def test_the_small_words_inside_a_name_do_not_cut_it(rows):
    # A/RES/78/76 1 names "the Special Committee to Investigate Israeli Practices Affecting the Human Rights of the
    # Palestinian People and Other Arabs of the Occupied Territories"; 5 "Requests the Special Committee ..." was
    # "Special Committee to Investigate Israeli Practices Affecting" (cut at "the")
    assert actors(rows, "A/RES/78/76", "5") == [
        "Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and "
        "Other Arabs of the Occupied Territories"]
    # A/RES/79/242 22 "Requests the United Nations Office on Drugs and Crime ... and the Institute ...": "the United
    # Nations African Institute for the Prevention of Crime and the Treatment of Offenders" (was cut at "and the")
    assert "United Nations African Institute for the Prevention of Crime and the Treatment of Offenders" in actors(
        rows, "A/RES/79/242", "22")


def test_a_list_and_a_place_inside_a_name_do_not_cut_it(rows):
    # A/RES/78/57 6 "Encourages the Regional Centre ...": "Peace, Disarmament and Development in Latin America and the
    # Caribbean" (was "United Nations Regional Centre for Peace", cut at the comma); A/RES/79/67 1 "in Asia and the
    # Pacific" (was cut at "in")
    assert actors(rows, "A/RES/78/57", "6") == [
        "United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean"]
    assert actors(rows, "A/RES/79/67", "1") == [
        "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"]


def test_a_closing_quotation_mark_is_not_part_of_the_name(rows):
    # A/RES/78/318 1: "... under the title “the Second World Summit on Social Development’’ in 2025" (two apostrophes
    # close the quotation); 2 "Decides that the Summit ..." was "Second World Summit on Social Development’’"; the
    # Summit of the title ("Modalities of the “World Social Summit” under the title “the Second World Summit for Social
    # Development”") since the title's body is the one a bare short name stands for (test_mandates_kinds_fresh10_x)
    assert actors(rows, "A/RES/78/318", "2") == ["Second World Summit for Social Development"]


def test_a_name_stops_where_another_body_begins():
    from resparse.names import full_name

    # "and the" before another body's name ends the name (A/RES/79/284 8; A/RES/78/155 "the Executive Secretary of
    # the Convention and the Global Environment Facility"); "in the" before a name of the alias table
    # (A/RES/80/9 annex 22: "the Inter-Agency Coordination Group against Trafficking in Persons in the United Nations
    # system"); the search goes on after the cut (A/RES/78/112: "the Rule of Law Coordination and Resource Group and
    # the Rule of Law Unit in the Executive Office of the Secretary-General with Member States")
    assert full_name("the Alliance of Civilizations", "the United Nations Alliance of Civilizations and the Council "
                     "of Europe ... the Alliance of Civilizations") == "United Nations Alliance of Civilizations"
    assert full_name("the Coordination Group", "the Inter-Agency Coordination Group against Trafficking in Persons in "
                     "the United Nations system ... the Coordination Group") == (
        "Inter-Agency Coordination Group against Trafficking in Persons")
    assert full_name("the Rule of Law Unit", "the Rule of Law Coordination and Resource Group and the Rule of Law Unit "
                     "in the Executive Office of the Secretary-General with Member States ... the Rule of Law Unit") == (
        "Rule of Law Unit in the Executive Office of the Secretary-General")


def test_the_title_and_the_paragraphs_name_the_body_by_one_rule(rows):
    # A/RES/79/268, titled "United Nations Regional Centre for the Sustainable Development Goals for Central Asia and
    # Afghanistan"; 1 "Decides to formalize the United Nations Regional Centre ... and Afghanistan in Almaty,
    # Kazakhstan": where the Centre is adds nothing to its name; 3 "Calls upon the Centre ..."
    centre = "United Nations Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan"
    assert set(actors(rows, "A/RES/79/268", "3")) == {centre}
    from resparse.mandates.actors import Recent

    assert not hasattr(Recent, "titled")  # one mechanism: Recent.full_name reads the title first


# ---------------------------------------------------------------- a Secretariat office with or without its place


QUERIES = Path(__file__).parent / "fixtures" / "secretariat_offices"


def _from_files(query):
    return [(x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.mandate.actor_key, x.relation)
            for x in folder_matches(QUERIES, query)]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("offices") / "c.sqlite"
    corpus.build([QUERIES], path, jobs=1)
    return path


def _from_db(db, query):
    return [(m.document, m.paragraph, m.kind, m.actor_key, rel) for m, rel in corpus.mandates_by_actor(db, query)]


DGC = "department of global communication"


@pytest.mark.parametrize("query", ["Department of Global Communications",
                                   "Department of Global Communications of the Secretariat"])
def test_a_secretariat_office_is_found_with_or_without_its_place(query, db):
    # A/RES/78/312 3 "Invites the Department of Global Communications of the Secretariat ..." and A/RES/80/104 2 "Requests
    # the Department of Global Communications ...": one office, asked either way (the query with "of the Secretariat"
    # found 78/312 only); the folder and the database alike
    found = _from_files(query)
    assert ("A/RES/78/312", "3", "mandate", DGC, "direct") in found  # one office by its shorter name (ment10)
    assert ("A/RES/80/104", "2", "mandate", DGC, "direct") in found
    assert _from_db(db, query) == found


def test_a_query_does_not_find_a_body_whose_name_holds_its_words(db):
    # A/RES/78/107 17 "Requests the Codification Division to continue ..." (named in 10 "the Codification Division of
    # the Office of Legal Affairs of the Secretariat"): the Division, asked by its name, not the Office of Legal
    # Affairs it belongs to
    assert ("A/RES/78/107", "17", "mandate") in [row[:3] for row in _from_files("Codification Division")]
    for query in ("Office of Legal Affairs", "Office of Legal Affairs of the Secretariat"):
        found = _from_files(query)
        assert not [row for row in found if row[3].startswith("codification division") and row[4] == "direct"]
        assert _from_db(db, query) == found
