"""What a new user's trial found (branch trialfix3), each on real text: a report due "at that session", the session an
earlier clause of the paragraph names (A/RES/80/178 88, copied into tests/fixtures/trialfix3/ with its heading)."""

import json
from pathlib import Path

import pytest

from conftest import mandates_by_symbol
from resparse.mandates import deadlines as dl

FIXTURES = Path(__file__).parent / "fixtures" / "trialfix3"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def test_a_report_at_that_session_is_due_at_the_session_named_before(rows):
    # A/RES/80/178 88: "Decides to include in the provisional agenda of its eighty-first session, ... and requests the
    # Secretary-General to submit a report on the question to the General Assembly at that session"
    sg = next(m for m in rows["A/RES/80/178"] if m.paragraph == "88" and m.actor == "Secretary-General")
    assert [(d.text, d.start) for d in sg.deadlines] == [("at that session", "2026-09")]
    assert [(r.to, r.when, r.session) for r in sg.reports] == [("General Assembly", "at that session", 81)]


def test_that_session_alone_is_undated_and_after_its_session_is_one_time():
    # undated where no session is named before (the paragraph's earlier clause dates it: mandates/extract.py)
    (d,) = dl.find("to submit a report on the question to the General Assembly at that session.", adopted="2025-12-15")
    assert (d.text, d.type, d.start) == ("at that session", "at", None) and dl.refers_back(d)
    # A/RES/80/39 32: the session named in the same clause, one deadline
    text = ("to include in the provisional agenda of its eighty-first session, under the item entitled “General and "
            "complete disarmament”, the sub-item entitled “Towards a nuclear-weapon-free world: accelerating the "
            "implementation of nuclear disarmament commitments” and to review the implementation of the present "
            "resolution at that session.")
    assert [(d.text, d.start) for d in dl.find(text, adopted="2025-12-01")] == [("of its eighty-first session", "2026-09")]
    assert not dl.refers_back(dl.find("to report to it at its eighty-first session")[0])


def test_reporting_that_an_action_enables_for_coordinated_users_is_no_report():
    # A/RES/79/1 annex I 32 (d) (tests/fixtures/A_RES_79_1.txt, a copy of the corpus text): "Call on social media
    # platforms to establish safe, secure and accessible reporting mechanisms for users and their advocates to report
    # potential policy violations": the users' reporting the mechanisms allow, no report of the platforms'
    import resparse
    from resparse.mandates import extract

    rows = extract(resparse.parse(Path(__file__).parent / "fixtures" / "A_RES_79_1.txt"))
    (m,) = [m for m in rows if m.kind == "mandate" and m.paragraph == "annex I 32 (d)"]
    assert m.actor == "social media platforms" and "users and their advocates to report" in m.action
    assert m.reports == []


def test_cited_by_names_the_paragraph_of_a_footnote_and_counts_a_place_once(tmp_path, capsys):
    # A/RES/78/128 (tests/fixtures/A_RES_78_128.txt, a copy of the corpus text): footnote 1 "Resolution 66/288, annex"
    # is cited by PP1; 4 (i) cites "resolutions 67/290 of 9 July 2013, 70/1, ..." and its footnote 8 repeats
    # "Resolution 70/1": one citing place, 4 (i)
    import shutil

    from resparse import corpus
    from resparse.cli import main

    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "A_RES_78_128.txt", folder)
    db = tmp_path / "c.sqlite"
    corpus.build([folder], db, jobs=1)
    rows = corpus.cited_by(db, "70/1")
    assert [(r["paragraph"], r["footnote"], r["paragraphs"]) for r in rows] == [
        ("PP2", None, ["PP2"]), ("4 (i)", None, ["4 (i)"]), ("footnote 8", "8", ["4 (i)"])]
    assert [(r["paragraph"], r["footnotes"]) for r in corpus.citing_places(rows)] == [("PP2", []), ("4 (i)", ["8"])]
    assert [r["paragraph"] for r in corpus.citing_places(corpus.cited_by(db, "66/288"))] == ["PP1 (footnote 1)"]
    assert main(["cited-by", "70/1", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "4 (i) (and footnote 8)" in out and "footnote 8 " not in out.replace("(and footnote 8)", "")
    assert err.startswith("2 citations of A/RES/70/1 (a citing paragraph once")
    assert main(["cited-by", "66/288", "--db", str(db), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["paragraph"], row["footnote"], row["paragraphs"]) == ("PP1 (footnote 1)", "1", ["PP1"])


def test_reports_due_at_the_session_list_it_with_what_it_is_about(capsys):
    # `mandates --reports --session 81` on A/RES/80/178 88: the report due "at that session" is listed, and the line
    # under it says what it is about (the action, cut to the width as the plain view cuts it)
    from resparse.cli import main

    assert main(["mandates", str(FIXTURES / "A_RES_80_178.txt"), "--reports", "--session", "81"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "A/RES/80/178: 1 report asked for due at the 81st session"
    assert lines[1].split()[:2] == ["2026-09", "88"] and lines[1].endswith("→ General Assembly: at that session")
    assert lines[2].strip() == "to submit a report on the question to the General Assembly at that session"
    assert lines[2].startswith(" " * 11)


def test_corpus_build_of_an_empty_folder_is_an_input_error_with_a_database_too(tmp_path, capsys):
    # `corpus build EMPTY_DIR` said "0 files: 0 parsed" and exit 0 when the database existed; a folder emptied since
    # it was built still removes its documents (exit 0)
    import shutil

    from resparse.cli import main

    db, empty, built = tmp_path / "c.sqlite", tmp_path / "empty", tmp_path / "built"
    empty.mkdir()
    built.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "deadline-quarter.txt", built)
    assert main(["corpus", "build", str(built), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["corpus", "build", str(empty), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no resolution files" in err and "nothing changed" in err and err.count("\n") == 1
    (built / "deadline-quarter.txt").unlink()
    assert main(["corpus", "build", str(built), "--db", str(db)]) == 0
    assert "1 removed" in capsys.readouterr().out


def test_a_missing_paragraph_names_the_annex_once_and_the_items_under_its_parent(capsys):
    # `parse --paragraph "annex 99"` said "annex annex I 1-annex II 32"; `--paragraph "1 (z)"` listed only "operative
    # 1-31", not the items of 1 (the bundled A/RES/71/280; A/RES/79/1, tests/fixtures/A_RES_79_1.txt)
    from resparse.cli import main

    assert main(["parse", "--paragraph", "1 (z)"]) == 2
    err = capsys.readouterr().err
    assert "has no paragraph 1 (z)" in err and "operative 1-31" in err and "under 1: 1 (a)-1 (d)" in err
    assert main(["parse", str(Path(__file__).parent / "fixtures" / "A_RES_79_1.txt"), "--paragraph", "annex 99"]) == 2
    err = capsys.readouterr().err
    # every numbered part, each named once (trialfix4: the operative paragraph and the adopted text were left out)
    assert "annex annex" not in err and "annex I 1-" in err and "annex II U1-32)" in err
    # the README's label list names the labels of an adopted text that parse prints
    assert "`adopted 20 (a)`" in (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_a_symbol_in_parentheses_and_its_portion_open_with_the_parenthesis():
    # A/RES/78/218, footnote 1 (the corpus text): `refs` showed "A/78/53), chap. V, sect. A", a stray ")"
    from resparse.references import find

    text = ("Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 \n"
            "(A/78/53), chap. V, sect. A.")
    (c,) = [c for c in find(text) if "A/78/53" in c.phrase]
    assert c.phrase == "(A/78/53), chap. V, sect. A" == text[c.start : c.end]
    # a symbol in parentheses alone keeps its phrase: "(A/78/53)" is no citing phrase of its own parenthesis
    assert [c.phrase for c in find("Supplement No. 53 (A/78/53).")] == ["A/78/53"]
