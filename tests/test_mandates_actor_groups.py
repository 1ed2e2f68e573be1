"""An actor query answers with the actor's own mandates; the rows that reach it only as a group or a whole it belongs
to addresses ("Requests the Secretariat" for the Office for Disarmament Affairs, "urges the United Nations system" for
UNEP) are counted a line per group and listed with ``--groups`` (``resparse.mandates.own_and_groups``,
``render.mandates.summary``). Real texts copied from ../shared/corpus/texts into tests/fixtures/actor_groups/:
A/RES/79/53 (22 requests the Office for Disarmament Affairs), A/RES/79/327 (45 requests the Secretariat, twice),
A/RES/79/142 (3 invites UNEP; 2 the organizations of the United Nations system), A/RES/79/57 (12 requests the funds and
programmes). The folder and a database built from it give the same answer."""

import csv
import io
import json
from pathlib import Path

import pytest

from resparse import corpus
from resparse.cli import main

FOLDER = Path(__file__).parent / "fixtures" / "actor_groups"
ODA = "Office for Disarmament Affairs"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("actor_groups") / "c.sqlite"
    corpus.build([FOLDER], path, jobs=1)
    return path


def run(capsys, *args):
    code = main(["mandates", *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(capsys, *args):
    """The JSON rows of a query: (document, paragraph, kind, relation, group)."""
    code, out, _ = run(capsys, *args, "--json")
    assert code == 0
    return [(r["document"], r["paragraph"], r["kind"], r["relation"], r.get("group")) for r in json.loads(out)]


@pytest.mark.parametrize("where", ["folder", "db"])
def test_an_office_query_lists_its_own_mandate_and_counts_the_secretariats(capsys, db, where):
    # A/RES/79/53 22 "Requests the Office for Disarmament Affairs ..." is ODA's own; A/RES/79/327 45 "requests the
    # Secretariat ... to ensure that there is a preliminary public call for candidates in all senior appointments"
    # is the Secretariat's as a whole: counted on its own line, not listed (was listed as ODA's, "addressed as the
    # group Secretariat", and counted with ODA's in one figure)
    source = [str(FOLDER)] if where == "folder" else ["--db", str(db)]
    code, out, err = run(capsys, *source, "--actor", ODA)
    assert code == 0 and err == ""
    rows = rows_of(capsys, *source, "--actor", ODA)
    own = [r for r in rows if r[3] != "group"]
    group = [r for r in rows if r[3] == "group"]
    assert ("A/RES/79/53", "22", "mandate", "direct", None) in own
    assert ("A/RES/79/327", "45", "mandate", "group", "Secretariat") in group
    head, also, *body = out.splitlines()
    n_own = sum(r[2] == "mandate" for r in own)
    n_group = sum(r[2] == "mandate" for r in group)
    assert head.startswith(f'A/RES/79/53: "{ODA}" — its own: {n_own} mandate{"s" * (n_own != 1)}, ')
    assert also.startswith(f"  also the Secretariat as a whole: {n_group} mandates, ")
    n_docs = len({r[0] for r in group})  # 79/53 15's "Department of Peace Operations of the Secretariat" is DPO's
    assert also.endswith(f"in {n_docs} resolution{'s' * (n_docs != 1)} (--groups lists them)")
    listing = "\n".join(body)
    assert "A/RES/79/53 22  requests Office for Disarmament Affairs" in listing
    assert "A/RES/79/327" not in listing and "senior appointments" not in listing


@pytest.mark.parametrize("where", ["folder", "db"])
def test_groups_lists_the_group_rows_as_before(capsys, db, where):
    source = [str(FOLDER)] if where == "folder" else ["--db", str(db)]
    code, out, _ = run(capsys, *source, "--actor", ODA, "--groups")
    assert code == 0
    assert out.splitlines()[1].endswith('(listed below, noted "as a whole")')
    assert "A/RES/79/327 45  requests Secretariat  (addressed to the Secretariat as a whole)" in out
    assert "senior appointments" in out
    # a mention of the Secretariat is marked so too: 79/327 20 "... between Member States and the Secretariat ..."
    assert "A/RES/79/327 20 in a decision of the General Assembly (names the Secretariat as a whole):" in out


def test_one_line_per_group_and_the_same_words_from_files_and_db(capsys, db):
    # UNEP: its own 79/142 3 "Invites the United Nations Environment Programme ..."; the funds and programmes (79/57
    # 12) and the United Nations system (79/142 2, 79/53 13 and 20) each on a line of its own
    answers = []
    for source in ([str(FOLDER)], ["--db", str(db)]):
        for extra in ([], ["--groups"]):
            code, out, _ = run(capsys, *source, "--actor", "UNEP", *extra)
            assert code == 0
            answers.append(out)
    assert answers[0] == answers[2] and answers[1] == answers[3]
    lines = answers[0].splitlines()
    assert lines[0].startswith('A/RES/79/142: "UNEP" ("United Nations Environment Programme") — its own: 1 mandate, ')
    also = sorted(line.split(":")[0] for line in lines if line.startswith("  also the "))
    assert also == ["  also the United Nations system as a whole", "  also the funds and programmes as a whole"]
    assert "A/RES/79/142 3  invites United Nations Environment Programme" in answers[0]
    assert "A/RES/79/57" not in answers[0].split("\n", 3)[3]
    # (79/57 12 "the relevant United Nations organs, agencies, funds and programmes": "United Nations" goes on each)
    assert ("A/RES/79/57 12  requests United Nations funds and programmes  (addressed to the funds and programmes as a "
            "whole)") in (
        answers[1])


def test_json_keeps_every_row_marked(capsys, db):
    # a script that read the JSON reads the same rows, the group ones marked with their group's name
    for source in ([str(FOLDER)], ["--db", str(db)]):
        rows = rows_of(capsys, *source, "--actor", "UNEP")
        assert ("A/RES/79/142", "3", "mandate", "direct", None) in rows
        assert ("A/RES/79/57", "12", "mandate", "group", "funds and programmes") in rows
        assert ("A/RES/79/142", "2", "mandate", "group", "United Nations system") in rows
        assert all((r[3] == "group") == (r[4] is not None) for r in rows)


def test_csv_leaves_the_group_rows_out_unless_asked(capsys):
    code, out, err = run(capsys, str(FOLDER), "--actor", ODA, "--csv", "-")
    assert code == 0
    listed = {(r["document"], r["paragraph"]) for r in csv.DictReader(io.StringIO(out))}
    assert ("A/RES/79/53", "22") in listed and ("A/RES/79/327", "45") not in listed
    assert "resparse: also the Secretariat as a whole: " in err and "(--groups lists them)" in err
    code, out, err = run(capsys, str(FOLDER), "--actor", ODA, "--csv", "-", "--groups")
    assert ("A/RES/79/327", "45") in {(r["document"], r["paragraph"]) for r in csv.DictReader(io.StringIO(out))}
    assert err == ""


def test_groups_needs_an_actor(capsys):
    code, out, err = run(capsys, str(FOLDER), "--groups")
    assert code == 2 and out == "" and err.strip().endswith("--groups needs --actor: the groups of which actor?")
    assert len(err.strip().splitlines()) == 1


def test_nothing_dated_is_said_in_the_same_counts(capsys):
    # --timeline finds no deadline for ODA in these texts: the message counts its own rows and the Secretariat's apart,
    # in the words of the answer's head (was "3 mandates and 6 mentions", all together)
    code, out, err = run(capsys, str(FOLDER), "--actor", ODA, "--timeline")
    _, answer, _ = run(capsys, str(FOLDER), "--actor", ODA)
    own = answer.splitlines()[0].split("— ")[1]  # "its own: 1 mandate, 1 mention"
    group = answer.splitlines()[1].split("also ")[1].split(", in ")[0]  # "the Secretariat as a whole: 2 mandates, ..."
    assert code == 1 and f"'{ODA}': {own}; {group}; none of which has a deadline" in err


OFFICES = Path(__file__).parent / "fixtures" / "secretariat_offices"


@pytest.fixture(scope="module")
def offices_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("offices") / "c.sqlite"
    corpus.build([OFFICES], path, jobs=1)
    return path


def test_a_secretariat_office_named_with_or_without_its_place_is_part_of_the_secretariat(capsys, offices_db):
    # A/RES/80/104 2 "Requests the Department of Global Communications ..." and A/RES/78/312 3 "Invites the Department of
    # Global Communications of the Secretariat ...": both are the Secretariat's offices (actors.txt [parts], as the
    # Assembly names it "of the Secretariat"), so a query for the Secretariat lists them as its parts (it found none
    # of them: "0 mandates, 1 mention"), and a query for the Department counts the Secretariat's own rows
    for source in ([str(OFFICES)], ["--db", str(offices_db)]):
        rows = rows_of(capsys, *source, "--actor", "Secretariat")
        assert ("A/RES/80/104", "2", "mandate", "part", None) in rows
        assert ("A/RES/78/312", "3", "mandate", "part", None) in rows
        code, out, _ = run(capsys, *source, "--actor", "Secretariat")
        assert "A/RES/78/312 3  invites Department of Global Communications of the Secretariat  (part of the " \
               "Secretariat)" in out
        # the Department's rows are its own under either name; the Secretariat has no rows of its own in these texts
        # ("the Department of Global Communications and the Department of Political and Peacebuilding Affairs of the
        # Secretariat", A/RES/80/104 1, names the two departments whole, no Secretariat: the twenty-ninth session,
        # auditfix30b), so no "also the Secretariat as a whole" line (tested above on the ODA texts)
        for query in ("Department of Global Communications", "Department of Global Communications of the Secretariat"):
            code, out, _ = run(capsys, *source, "--actor", query)
            assert code == 0 and "its own: 11 mandates, 2 mentions" in out.splitlines()[0]
            assert "A/RES/80/104 2  requests Department of Global Communications" in out
            assert "also the Secretariat as a whole" not in out
