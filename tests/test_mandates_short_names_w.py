"""A fresh-user trial's faults in actors, short names and mentions, each on real paragraphs (whole resolutions copied
from ../shared/corpus/texts into tests/fixtures/short_names_w/, and a note written for these tests citing A/RES/78/257):

- "the Advisory Committee" (ACABQ) is asked for by its short name and its acronym over files and ``--db`` alike,
  and 80/242 49's "Advisory Committee of Administrative and Budgetary Questions" (the text's slip) is the same body;
- ``resparse check`` reads a note's "the Advisory Committee" as the body the cited resolution names so;
- "the Agency" of A/RES/78/73 (the body of its title) is a mention of UNRWA, and the Commissioner-General an office
  of it;
- addressees dropped: "those specialized agencies and ...", "Member States currently in arrears", "organizations
  not currently contributing";
- an item "(g) Invite Member States ..." under "Decides that the Conference shall:" is the Conference's."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from conftest import folder_matches, mandated, mandates_by_symbol
from resparse import check as checker
from resparse import corpus
from resparse import note as notes
from resparse.mandates import own_and_groups, select

HERE = Path(__file__).parent / "fixtures" / "short_names_w"
ACABQ = "Advisory Committee on Administrative and Budgetary Questions"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(HERE)


def _own(matches):
    own, _ = own_and_groups(matches)
    return sorted((m.mandate.document, m.mandate.paragraph) for m in own if m.mandate.kind == "mandate")


# ---------------------------------------------------------------- 1. short names and acronyms of a body


def test_a_body_miswritten_by_a_preposition_is_the_body_of_the_table(rows):
    # A/RES/80/242 49 "requests the Advisory Committee", after "the Advisory Committee of Administrative and Budgetary
    # Questions" (para. 5): was an actor of its own
    assert [a for _, a, _ in mandated(rows, "A/RES/80/242", "49")] == [ACABQ]


@pytest.mark.parametrize("query", ["Advisory Committee", "ACABQ"])
def test_the_files_answer_a_short_name_and_the_acronym(query):
    # was: "ACABQ" nothing; "Advisory Committee" nothing where 80/242's slip made a second full name
    assert _own(folder_matches(HERE, query)) == [
        ("A/RES/78/257", "22"), ("A/RES/79/245", "15"), ("A/RES/79/245", "8"), ("A/RES/80/242", "49")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "corpus.sqlite"
    corpus.build([HERE], path, jobs=1)
    return path


@pytest.mark.parametrize("query", ["Advisory Committee", "ACABQ"])
def test_the_database_answers_a_short_name_as_the_files_do(db, query):
    # the Independent Audit Advisory Committee (80/237) and the United Nations Standing Advisory Committee on
    # Security Questions in Central Africa (78/59) hold the words "Advisory Committee" too: the database's keys gave
    # no one full name, so 0 mandates (the files too, read together)
    matches = select(corpus.mandate_rows(db, query), actor=query)
    assert _own(matches) == _own(folder_matches(HERE, query))
    assert len(_own(matches)) == 4


# ---------------------------------------------------------------- 2. the checker reads the short name


@pytest.fixture(scope="module")
def report():
    library = checker.Library([resparse.parse(HERE / "A_RES_78_257.txt")])
    return checker.check(notes.read(HERE / "note.md"), library)


def _codes(report, line):
    return [f.code for f in report.findings if f.line == line]


def test_a_note_that_gives_a_paragraph_to_the_wrong_body_by_its_short_name_is_warned(report):
    # paragraphs 23 and 21 request the Secretary-General only: silent before
    assert "R203" in _codes(report, 3)
    assert "R203" in _codes(report, 5)


def test_a_note_that_gives_the_paragraph_to_its_body_by_its_short_name_is_not_warned(report):
    # paragraph 22 "requests the Advisory Committee to invite the Board of Auditors", and the full name as before
    assert _codes(report, 7) == []
    assert "R203" in _codes(report, 9)


# ---------------------------------------------------------------- 3. the Agency of the title


def test_the_agency_of_the_title_is_mentioned_by_its_short_name():
    # "Expresses special commendation to the Agency" (3), "Commends the Agency" (4, 13, 37): mentions of UNRWA; only
    # 1 and 16 (the full name written) were
    mentions = {x.mandate.paragraph for x in folder_matches(HERE, "UNRWA") if x.mandate.kind == "mention"
                and x.relation == "direct"}
    assert {"1", "3", "4", "13", "16", "37"} <= mentions


def test_the_commissioner_general_is_an_office_of_the_agency():
    # 22 "Requests the Commissioner-General ...", 45 "Calls upon the Commissioner-General ...": the head of UNRWA, an
    # office of it as "the Executive Director of X" is (README, --actor: part)
    parts = {(x.mandate.paragraph, x.relation) for x in folder_matches(HERE, "UNRWA")
             if x.mandate.kind == "mandate" and x.mandate.document == "A/RES/78/73"}
    assert {("22", "part"), ("45", "part")} <= parts


# ---------------------------------------------------------------- 4. addressees dropped


def test_those_before_an_adjective_and_an_actors_noun_is_an_addressee(rows):
    # "Urges those specialized agencies and other organizations of the United Nations system that have not yet
    # provided assistance ...": only the second was an addressee
    assert [a for _, a, _ in mandated(rows, "A/RES/78/83", "8")] == ["specialized agencies", "United Nations system"]


def test_an_adverb_before_a_qualifier_is_cut_with_it(rows):
    # "Urges all Member States currently in arrears": was "Member States currently"; "Appeals to States and
    # organizations not currently contributing to the Agency": was "organizations not currently contributing"
    assert [a for _, a, _ in mandated(rows, "A/RES/79/249", "16")] == ["Member States"]
    assert [a for _, a, _ in mandated(rows, "A/RES/78/73", "19")] == ["States", "organizations"]


# ---------------------------------------------------------------- 5. an address verb as a "shall:" item


def test_an_item_opening_with_an_address_verb_is_the_chapeaus_decision(rows):
    # "Decides that the Conference shall: ... (g) Invite Member States and other relevant stakeholders to provide an
    # update ...": no row at all, where (a)-(f), (h)-(j) each were the Conference's
    got = [(m.verb, m.actor_as_written, m.action.split(" stakeholders")[0], m.chapeau)
           for m in rows["A/RES/78/128"] if m.paragraph == "4 (g)" and m.kind == "mandate"]
    assert got == [("decides", "the Conference", "shall invite Member States and other relevant", "4")]
