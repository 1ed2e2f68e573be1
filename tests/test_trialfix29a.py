"""What a new user's trial of the twenty-ninth session found wrong in ``mandates --actor`` (branch trialfix29a), each
kind on real text: the corpus database left out the mentions of a group of countries that its resolution does not
mandate (``mandates --db --actor "landlocked developing countries"``: 340 mentions where the files gave 428); the
groups' abbreviations (SIDS, LDCs, LLDCs) were not understood, and "SIDS" inside a title was read as a name; "their
development partners" was a part of the least developed countries; and a chapeau whose items carry its verb and
actor ("Encourages all States: (a) To ...") was listed as a mention of its actor. Whole resolutions copied from
../shared/corpus/texts into tests/fixtures/kinds_trialfix29a/."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse import corpus
from resparse.mandates import extract, select

FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix29a"
ROOT = Path(__file__).parents[1]


def run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def parsed():
    return [resparse.parse(p) for p in sorted(FOLDER.glob("*.txt"))]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "c.sqlite"
    corpus.build(sorted(FOLDER.glob("*.txt")), path, jobs=1)
    return path


def over_files(parsed, actor):
    """The answer of ``mandates FILES --actor ACTOR`` (the query among the names, States too, as the CLI reads)."""
    return select([m for res in parsed for m in extract(res, also=(actor,), states=True)], actor=actor)


def rows(matches):
    return sorted((x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.mandate.actor_key, x.relation)
                  for x in matches)


def of(parsed, symbol):
    return next(res for res in parsed if res.symbol == symbol)


# -- 1. the database answers as the files do


@pytest.mark.parametrize("actor", [
    "landlocked developing countries", "small island developing States", "least developed countries",  # groups
    "Economic and Social Council", "Secretary-General", "development partners",  # bodies and a class
    "Antigua and Barbuda", "States",  # a State and the States
])
def test_the_database_gives_the_rows_the_files_give(db, parsed, actor):
    files = rows(over_files(parsed, actor))
    stored = sorted((m.document, m.paragraph, m.kind, m.actor_key, relation)
                    for m, relation in corpus.mandates_by_actor(db, actor))
    assert files
    assert stored == files


def test_the_database_stores_a_group_s_mentions_where_no_mandate_names_it(db):
    # A/RES/78/132 mandates no group of countries; its para. 39 names the landlocked developing countries (the trial's
    # example of a mention the database dropped)
    found = {(m.document, m.paragraph) for m, _ in corpus.mandates_by_actor(db, "landlocked developing countries")
             if m.kind == "mention"}
    assert ("A/RES/78/132", "39") in found


def test_a_database_of_one_file_answers_as_the_file(tmp_path):
    # the trial: a database built from A_RES_79_203.txt alone answered "no mandate or mention" (exit 1) for the small
    # island developing States, which the file mentions 12 times
    shutil.copy(FOLDER / "A_RES_79_203.txt", tmp_path)
    path = tmp_path / "one.sqlite"
    corpus.build([tmp_path / "A_RES_79_203.txt"], path, jobs=1)
    stored = run("mandates", "--db", str(path), "--actor", "small island developing States", "--json")
    files = run("mandates", str(tmp_path / "A_RES_79_203.txt"), "--actor", "small island developing States", "--json")
    assert stored.returncode == files.returncode == 0, stored.stderr
    got = json.loads(stored.stdout)
    assert got == json.loads(files.stdout)
    assert sum(r["kind"] == "mention" for r in got) >= 10


# -- 2. the groups' abbreviations


@pytest.mark.parametrize("short, name", [
    ("SIDS", "small island developing States"), ("LDCs", "least developed countries"), ("LDC", "least developed countries"),
    ("LLDCs", "landlocked developing countries"), ("LLDC", "landlocked developing countries"),
])
def test_a_group_s_abbreviation_asks_for_the_group(parsed, short, name):
    assert rows(over_files(parsed, short)) == rows(over_files(parsed, name))


def test_the_cli_reads_ldcs_as_the_least_developed_countries():
    # the trial: "--actor LDCs" was exit 1, "no close match among the actors"
    path = str(FOLDER / "A_RES_80_150.txt")
    short = run("mandates", path, "--actor", "LDCs", "--json")
    full = run("mandates", path, "--actor", "least developed countries", "--json")
    assert short.returncode == full.returncode == 0, short.stderr
    got = json.loads(short.stdout)
    assert got == json.loads(full.stdout)
    assert any(r["kind"] == "mandate" and r["actor"] == "least developed countries" for r in got)


def test_an_abbreviation_inside_a_title_is_no_mention(parsed):
    # A/RES/79/203 writes "SIDS" only in "the SIDS Accelerated Modalities of Action (SAMOA) Pathway" (its title and
    # paragraphs), A/RES/78/157 para. 12 in "SIDS DOCK", A/RES/78/1 annex 33 in "the SAMOA Pathway for SIDS" and
    # "the Third UN Conference on LLDCs": none a mention of the group
    for symbol in ("A/RES/79/203", "A/RES/78/157"):
        written = [m.actor_as_written for m in extract(of(parsed, symbol), states=True)]
        assert "SIDS" not in written
    mentions = {m.actor_as_written: m for m in extract(of(parsed, "A/RES/78/1"), states=True)
                if m.paragraph == "annex 33" and m.kind == "mention"}
    # the one mention of each group there: "the key priority issues of LLDCs and SIDS respectively"
    assert "issues of LLDCs and SIDS respectively" in mentions["LLDCs"].excerpt
    assert mentions["LLDCs"].actor == "landlocked developing countries"


def test_an_abbreviation_after_the_name_it_stands_for_is_that_group(parsed):
    # A/RES/79/236 13: "supporting small island developing States (SIDS), including ... SIDS-to-SIDS": one mention
    found = [m for m in extract(of(parsed, "A/RES/79/236"), states=True)
             if m.paragraph == "13" and m.actor == "small island developing States"]
    assert len(found) == 1 and found[0].kind == "mention"


# -- 3. partners are no parts


def test_their_development_partners_are_no_part_of_the_countries(parsed):
    # A/RES/80/150 29: "Urges the least developed countries and their development partners to make use of ..."
    urged = [m for m in extract(of(parsed, "A/RES/80/150")) if m.paragraph == "29" and m.kind == "mandate"
             and m.verb_as_written == "Urges"]
    assert [(m.actor, m.part_of) for m in urged] == [("least developed countries", None), ("development partners", None)]
    assert not [x for x in over_files([of(parsed, "A/RES/80/150")], "LDCs") if x.relation == "part"]


def test_their_subregional_offices_stay_a_part_of_the_regional_commissions():
    # A/RES/71/280 22 (a): "Requests the regional economic commissions and invites their subregional offices"
    res = resparse.parse(ROOT / "texts" / "A_RES_71_280.txt")
    parts = [x.mandate.actor for x in select(extract(res), actor="regional commissions") if x.relation == "part"]
    assert parts == ["subregional offices of the regional commissions"]


# -- 4. a chapeau's addressee is asked, not mentioned


@pytest.mark.parametrize("symbol, label", [("A/RES/80/160", "12"), ("A/RES/80/199", "16"), ("A/RES/80/200", "8")])
def test_a_chapeau_s_addressee_is_no_mention_of_it(parsed, symbol, label):
    found = extract(of(parsed, symbol), states=True)
    handed = {m.actor_key for m in found if m.chapeau == label and m.kind == "mandate"}
    assert "state" in handed
    assert not [m for m in found if m.paragraph == label and m.kind == "mention" and m.actor_key in handed]


def test_an_actor_an_item_names_itself_stays_a_mention_of_its_chapeau(parsed):
    # A/RES/80/1 1: "Decides, ... the representatives of the State of Palestine should be able to participate ...,
    # that: (a) The State of Palestine ... may": the items name the State; the chapeau only mentions it
    found = extract(of(parsed, "A/RES/80/1"), states=True)
    assert [m.actor for m in found if m.paragraph == "1" and m.kind == "mention"] == ["State of Palestine"]


def test_the_cli_lists_the_chapeau_s_items_and_no_mention_of_it():
    out = run("mandates", str(FOLDER / "A_RES_80_160.txt"), "--actor", "States")
    assert out.returncode == 0, out.stderr
    listed, _, mentioned = out.stdout.partition("Mentioned, not mandated:")
    assert "(verb and actor from the chapeau of 12)" in listed
    assert not [line for line in mentioned.splitlines() if line.split()[:1] == ["12"]]
