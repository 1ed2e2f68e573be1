"""A special procedure of the Human Rights Council keeps its mandate's name: a resolution names the holder in full
("the Special Rapporteur on the human rights of internally displaced persons") and then "the Special Rapporteur",
"requests her to ..."; each later mandate is the holder's, so a query by the full name finds them all
(``resparse.names.full_name`` over the titles of ``data/actors.txt`` [aliases]). Real paragraphs: whole resolutions
copied from ../shared/corpus/texts into tests/fixtures/special_procedures/."""

from pathlib import Path

import pytest

from conftest import folder_matches, mandated_actors as actors, mandates_by_symbol
from resparse import corpus
from resparse.mandates.actors import table

FOLDER = Path(__file__).parent / "fixtures" / "special_procedures"
IDP = "Special Rapporteur on the human rights of internally displaced persons"
FOOD = "Special Rapporteur on the right to food"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FOLDER)


def test_the_title_alone_is_the_holder_named_in_full_before(rows):
    # A/RES/78/205 names the holder in full in its preamble and para. 1; 3 "Encourages the Special Rapporteur ...",
    # 46 "Requests the Special Rapporteur to submit ... a report" (both were a bare "Special Rapporteur")
    assert set(actors(rows, "A/RES/78/205", "3")) == {IDP}
    assert actors(rows, "A/RES/78/205", "46") == [IDP]
    # A/RES/80/210 49 "Requests the Special Rapporteur to submit to the General Assembly ..." after 9's full name
    assert actors(rows, "A/RES/80/210", "49") == [FOOD]


def test_her_after_the_title_by_which_the_paragraph_names_the_holder(rows):
    # A/RES/78/205 7 "Welcomes the use of the Guiding Principles ... by the Special Rapporteur in her dialogue ...,
    # and requests her to continue her efforts ..."
    assert actors(rows, "A/RES/78/205", "7") == [IDP]


def test_a_mandate_on_the_right_to_x_is_not_cut_at_its_to(rows):
    # A/RES/80/210 9 "Encourages the Special Rapporteur on the right to food to continue ...", A/RES/79/267 16
    # "Invites ... the Special Rapporteur on the right to education, within her existing mandate, to contribute ..."
    # (were "Special Rapporteur on the right": cut at the mandate's own "to")
    assert FOOD in actors(rows, "A/RES/80/210", "9")
    assert "Special Rapporteur on the right to education" in actors(rows, "A/RES/79/267", "16")


def test_the_councils_name_before_the_mandate_is_the_same_holder():
    # "the Special Rapporteur of the Human Rights Council on the right to food" (A/RES/79/171, para. 9)
    assert table().resolve("the Special Rapporteur of the Human Rights Council on the right to food").key == \
        table().resolve(f"the {FOOD}").key


def _from_files(query):
    return [(x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.relation)
            for x in folder_matches(FOLDER, query)]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("procedures") / "c.sqlite"
    corpus.build([FOLDER], path, jobs=1)
    return path


def test_a_query_by_the_full_name_finds_every_mandate_of_the_holder(db):
    # the folder and the database alike; the title alone still finds them (its words within the full name's)
    found = _from_files(IDP)
    mandates = {row[1] for row in found if row[0] == "A/RES/78/205" and row[2] == "mandate"}
    assert {"3", "7", "8", "30", "45", "46"} <= mandates
    assert [(m.document, m.paragraph, m.kind, rel) for m, rel in corpus.mandates_by_actor(db, IDP)] == found
    bare = {row[1] for row in _from_files("Special Rapporteur") if row[0] == "A/RES/78/205" and row[2] == "mandate"}
    assert mandates <= bare


def test_a_query_for_the_council_finds_its_special_procedures():
    # "the Special Rapporteur of the Human Rights Council on the right to food" (A/RES/80/210 9 as written without
    # the Council) and "the Special Rapporteur" of A/RES/78/205 46: the Council's mandate holders, found as holders
    # it appoints, not as its own part (a new-user trial, 2026-12-04)
    found = _from_files("Human Rights Council")
    assert ("A/RES/78/205", "46", "mandate", "appointed") in found
    assert ("A/RES/80/210", "49", "mandate", "appointed") in found
    assert not [row for row in found if row[3] in ("part", "direct") and row[0] == "A/RES/78/205" and row[1] == "46"]
