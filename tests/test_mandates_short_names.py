"""Asking by an actor's name finds what the text calls it: a body's short name ("the High Commissioner", "the Office of
the High Commissioner", "the Special Committee") stands for the full name the resolution named before it or in its
title (``resparse.names.full_name``), and the corpus database answers a query as the files do. Each case a real
paragraph (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/short_names/), found by a
fresh-user trial over ``corpus build``'s database and over folders."""

from pathlib import Path

import pytest

from conftest import folder_matches, mandated, mandates_by_symbol
from resparse import corpus
from resparse.mandates import lookup

SHORT = Path(__file__).parent / "fixtures" / "short_names"
UNHCR = "United Nations High Commissioner for Refugees"
UNHCR_OFFICE = "Office of the United Nations High Commissioner for Refugees"
OHCHR = "Office of the United Nations High Commissioner for Human Rights"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(SHORT)


# ---------------------------------------------------------------- the short name is the body named in full before


def test_the_high_commissioner_is_the_one_the_resolution_names(rows):
    # A/RES/79/156 (UNHCR's omnibus, titled "Office of the United Nations High Commissioner for Refugees"): 91
    # "Requests the High Commissioner to report on his annual activities ... at its eightieth session", 29 "Requests
    # the Office of the High Commissioner to continue ..."; they were "High Commissioner" and "Office of the High
    # Commissioner", which a query for UNHCR did not find
    assert mandated(rows, "A/RES/79/156", "91") == [("requests", UNHCR, "the High Commissioner")]
    assert mandated(rows, "A/RES/79/156", "29") == [("requests", UNHCR_OFFICE, "the Office of the High Commissioner")]
    # "the Office" after "the Office of the High Commissioner" is the same Office (72 "Urges the Office ...")
    assert ("urges", UNHCR_OFFICE, "the Office") in mandated(rows, "A/RES/79/156", "72")


def test_a_query_for_unhcr_finds_its_office_and_its_high_commissioner(rows):
    found = [(x.mandate.paragraph, x.relation) for x in lookup(rows["A/RES/79/156"], actor="UNHCR")
             if x.mandate.kind == "mandate"]
    assert ("91", "direct") in found and ("29", "part") in found
    assert len(found) >= 25  # 12, 22, 26, 53, 71, 83, 90 ... were none of them


def test_the_office_of_the_high_commissioner_after_ohchr_is_ohchr(rows):
    # A/RES/78/196 21 "Calls upon the Office of the High Commissioner to build upon ..." follows 20, which names "the
    # Office of the United Nations High Commissioner for Human Rights": OHCHR, not UNHCR's Office
    assert mandated(rows, "A/RES/78/196", "21") == [("calls upon", OHCHR, "the Office of the High Commissioner")]
    assert "21" in [x.mandate.paragraph for x in lookup(rows["A/RES/78/196"], actor="OHCHR")]


def test_the_special_committee_is_the_one_the_title_names(rows):
    # A/RES/78/291 "Comprehensive review of the whole question of peacekeeping operations in all their aspects": 1
    # "Welcomes the report of the Special Committee on Peacekeeping Operations", 6 "Requests the Special Committee to
    # submit a report on its work ..."; "the Special Committee" was the decolonization Special Committee of the table
    assert mandated(rows, "A/RES/78/291", "6") == [
        ("requests", "Special Committee on Peacekeeping Operations", "the Special Committee")]
    found = lookup(rows["A/RES/78/291"], actor="Special Committee on Peacekeeping Operations")
    assert [(x.mandate.paragraph, x.mandate.kind) for x in found] == [("5", "mandate"), ("6", "mandate"),
                                                                      ("1", "mention")]
    assert not [x for x in lookup(rows["A/RES/78/291"], actor="Special Committee") if x.mandate.kind == "mandate"]


def test_a_full_name_named_after_the_first_short_use_does_not_take_it_over():
    from resparse.names import full_name

    # the short name is bound where it is first used (the Editorial Manual's rule: the full name at first mention);
    # A/RES/78/72 names "the Inter-Agency Space Debris Coordination Committee" among the paragraphs of "the Committee"
    # on the Peaceful Uses of Outer Space
    text = ("the Committee on the Peaceful Uses of Outer Space ... Requests the Committee to ... the Inter-Agency Space "
            "Debris Coordination Committee ... Invites the Committee to")
    assert full_name("the Committee", text) == "Committee on the Peaceful Uses of Outer Space"
    assert full_name("the Secretary-General", "the Deputy Secretary-General and the Secretary-General",
                     prefix=True) is None


# ---------------------------------------------------------------- the database answers as the files do


@pytest.mark.parametrize("query", ["UNHCR", UNHCR_OFFICE, "OHCHR", "Special Committee on Peacekeeping Operations",
                                   "Office of Legal Affairs"])
def test_the_database_and_the_files_answer_alike(query, tmp_path):
    # the trial: over the files "Office of the United Nations High Commissioner for Refugees" found mentions the
    # database did not hold (78/184 1 stored under UNHCR, "Office of the" dropped) and the database answered with
    # OHCHR's mandates (a typo's nearest key); on A/RES/78/291 the files found 1 mention, the database nothing
    db = tmp_path / "c.sqlite"
    corpus.build([SHORT], db, jobs=1)
    from_db = [(m.document, m.paragraph, m.kind, m.actor_key, rel) for m, rel in corpus.mandates_by_actor(db, query)]
    from_files = [(x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.mandate.actor_key, x.relation)
                  for x in folder_matches(SHORT, query)]
    assert from_db == from_files and from_db
