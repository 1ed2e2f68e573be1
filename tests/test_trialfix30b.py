"""What a new-user trial of the thirtieth session found in how users query and read the answers (branch
trialfix30b), on real resolutions of ../shared/corpus (skipped without it) and a small database built from them:

- ``--actor "special procedures"`` finds the Special Rapporteurs, Independent Experts, the Council's working groups
  and the "special procedure mandate holders" as its members (``actors.txt`` [title groups]), not the International
  Law Commission's special rapporteurs;
- a short name of several actors ("High Commissioner") lists them with their counts and the query for each;
- ``--reports`` with ``--actor`` counts the resolutions of the actor's rows, not every resolution read;
- ``search`` says "3 of N paragraphs" and lists the paragraphs that hold bare words in order first;
- a mistyped actor's head says "(read as: ...)";
- ``corpus build`` of a folder of no resolution says it of the folder;
- ``parse --paragraph`` suggests the number under another part ("annex 31 (e)" -> "adopted 31 (e)");
- ``check``'s R106 says "closest:" of a passage in another resolution that differs, "found in" only of a match."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from resparse import corpus
from resparse.cli import main

ROOT = Path(__file__).parents[1]

# the special procedures (78/205 IDPs, 78/210 mandate holders, 78/177 Independent Expert), the International Law
# Commission's special rapporteurs (78/108), the two High Commissioners and "the High Commissioner" alone (78/185
# refugees, 78/191 human rights, 78/214), the regional commissions (78/128), a Secretary-General in each
FILES = ("A_RES_78_205.txt", "A_RES_78_210.txt", "A_RES_78_177.txt", "A_RES_78_108.txt", "A_RES_78_185.txt",
         "A_RES_78_191.txt", "A_RES_78_214.txt", "A_RES_78_128.txt")


@pytest.fixture(scope="module")
def db(corpus_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("texts30b")
    for name in FILES:
        shutil.copy(corpus_dir / name, d)
    path = d / "c.sqlite"
    corpus.build([d], path, jobs=1)
    return path


def _run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def _json_rows(capsys, *argv):
    import json

    code, out, _ = _run(capsys, *argv, "--json")
    return json.loads(out) if out.strip() else []


# -- 1. the special procedures and their members


def test_special_procedures_find_their_members(db, capsys):
    rows = _json_rows(capsys, "mandates", "--db", db, "--actor", "special procedures")
    members = {r["actor"] for r in rows if r["relation"] == "group member" and r["kind"] == "mandate"}
    # 78/205 46: "Requests the Special Rapporteur to submit ..." (on IDPs), 78/210 33: "special procedure mandate
    # holders", 78/177: the Independent Expert on older persons
    assert "Special Rapporteur on the human rights of internally displaced persons" in members
    assert "special procedure mandate holders" in members
    assert any(a.startswith("Independent Expert on ") for a in members)
    # 78/108 14: "requests the special rapporteurs to submit their reports" is the International Law Commission's
    assert not any(r["document"] == "A/RES/78/108" for r in rows)
    assert {r["relation"] for r in rows} <= {"direct", "member", "group member", "part"}


def test_the_listing_names_the_group_as_the_list_writes_it(db, capsys):
    # a re-trial (the thirtieth session): the rows said "(a member of the special procedure)", the group's key
    assert main(["mandates", "--db", str(db), "--actor", "special procedures"]) == 0
    out = capsys.readouterr().out
    assert "(a member of the special procedures)" in out and "(a member of the special procedure)" not in out


def test_a_special_procedure_belongs_to_the_group():
    from resparse.mandates.actors import key, table

    t = table()
    group = key("special procedures")
    for name in ("Special Rapporteur on the right to food", "Special Rapporteur of the Human Rights Council on the "
                 "right to food", "Independent Expert on the enjoyment of all human rights by older persons",
                 "Working Group on Enforced or Involuntary Disappearances", "special procedure mandate holders"):
        assert group in t.wholes(t.resolve(name).key), name
        assert t.under(t.resolve(name).key, group) == "group member", name
    # a title alone (the International Law Commission's special rapporteurs, 78/108 14), and a panel of experts
    for name in ("special rapporteurs", "Independent Expert", "Independent Expert Advisory Panel", "Working Group"):
        assert group not in t.wholes(t.resolve(name).key), name


# -- 2. a short name of several actors


def test_short_name_of_several_actors_lists_them(db, capsys):
    code, out, err = _run(capsys, "mandates", "--db", db, "--actor", "High Commissioner")
    assert "'High Commissioner' is short for 2 actors" in err
    listed = re.findall(r'--actor "([^"]+)"  \((\d+) mandates?', err)
    assert [name for name, _ in sorted(listed)] == ["United Nations High Commissioner for Human Rights",
                                                   "United Nations High Commissioner for Refugees"]
    # each count is the count its own query gives
    for name, n in listed:
        _, answer, _ = _run(capsys, "mandates", "--db", db, "--actor", name)
        assert re.search(rf"its own: {n} mandates?", answer.splitlines()[0]), (name, answer.splitlines()[0])


def test_short_name_of_several_actors_reads_files_alike(corpus_dir, capsys):
    files = [corpus_dir / name for name in ("A_RES_78_185.txt", "A_RES_78_191.txt")]
    _, _, err = _run(capsys, "mandates", *files, "--actor", "High Commissioner")
    assert "'High Commissioner' is short for 2 actors" in err


def test_one_actor_or_an_office_title_is_no_list(db, capsys):
    for query in ("United Nations High Commissioner for Refugees", "Special Rapporteur", "Secretary-General"):
        _, _, err = _run(capsys, "mandates", "--db", db, "--actor", query)
        assert "is short for" not in err, query


# -- 3. --reports counts the actor's resolutions


def test_reports_head_counts_the_actors_resolutions(db, capsys):
    _, plain, _ = _run(capsys, "mandates", "--db", db, "--actor", "Special Rapporteur on the human rights of "
                       "internally displaced persons")
    _, reports, _ = _run(capsys, "mandates", "--db", db, "--actor", "Special Rapporteur on the human rights of "
                         "internally displaced persons", "--reports")
    # the resolutions that hold its rows (78/205, and 78/185's mentions), as the plain answer names them, not the
    # eight read (was "8 resolutions: N reports asked for")
    held = plain.splitlines()[0].split(": ")[0]
    assert held == "A/RES/78/205, A/RES/78/185"
    assert reports.splitlines()[0].startswith(held + ": ") and "reports asked for" in reports.splitlines()[0]


# -- 5. search


def test_search_says_how_many_of_how_many(db, capsys):
    _, out, err = _run(capsys, "search", '"regional commissions"', "--db", db)
    total = len(out.splitlines())
    assert total > 1 and err.strip() == f"{total} paragraphs"
    _, out, err = _run(capsys, "search", '"regional commissions"', "--db", db, "--limit", "1")
    assert len(out.splitlines()) == 1 and err.startswith(f"1 of {total} paragraphs")


def test_search_lists_words_in_order_first(db):
    hits, total = corpus.search_counted(db, "regional commissions", limit=1000)
    holds = [bool(re.search(r"regional\s+commissions", h["text"], re.IGNORECASE)) for h in hits]
    assert total == len(hits) and True in holds and False in holds
    assert holds == sorted(holds, reverse=True)  # every paragraph with the phrase before any without it
    assert corpus.search(db, "regional commissions", limit=3) == hits[:3]


# -- 6. a mistyped actor


def test_mistyped_actor_is_said_read_as(db, capsys):
    _, out, _ = _run(capsys, "mandates", "--db", db, "--actor", "Secretary Generl")
    assert '"Secretary Generl" (read as: Secretary-General)' in out.splitlines()[0]
    _, out, _ = _run(capsys, "mandates", "--db", db, "--actor", "Secretary-General")
    assert "read as" not in out.splitlines()[0]


# -- 7. corpus build of a folder of no resolution


def test_build_of_no_resolution_names_the_folder(tmp_path, capsys):
    folder = tmp_path / "x"
    folder.mkdir()
    shutil.copy(ROOT / "README.md", folder / "a.txt")
    shutil.copy(ROOT / "docs" / "check.md", folder / "b.txt")
    code, _, err = _run(capsys, "corpus", "build", folder, "--db", tmp_path / "c.sqlite")
    assert code == 2
    assert err.startswith(f"{folder}: error: no resolution to build from: none of the 2 files read is one (the first, ")
    assert not (tmp_path / "c.sqlite").exists()


# -- 8. parse --paragraph


def test_paragraph_not_found_suggests_the_number_under_another_part(capsys):
    path = ROOT / "tests" / "fixtures" / "A_RES_79_1.txt"
    code, _, err = _run(capsys, "parse", path, "--paragraph", "annex 38 (a)")
    assert code == 2 and "has no paragraph annex 38 (a)" in err and "did you mean adopted 38 (a)?" in err


def test_docs_cite_74_3_by_its_label():
    text = (ROOT / "docs" / "mandates.md").read_text(encoding="utf-8")
    assert "A/RES/74/3 annex 31 (e)" not in text and "A/RES/74/3 adopted 31 (e)" in text


# -- 9. check: "closest", not "found in", of a passage that differs


def test_near_miss_in_another_resolution_is_closest(corpus_dir, tmp_path, capsys):
    note = tmp_path / "note.md"
    # 78/205 46 quoted as 78/217 29 with one word changed: no resolution loaded holds it word for word
    note.write_text('In paragraph 29 of resolution 78/217, the Assembly "Requests the Special Rapporteur to submit to '
                    'the General Assembly at its seventy-ninth and eightieth sessions a full report on the '
                    'implementation of the present resolution".\n', encoding="utf-8")
    texts = [corpus_dir / "A_RES_78_217.txt", corpus_dir / "A_RES_78_205.txt"]
    _, out, _ = _run(capsys, "check", note, "--against", *texts)
    [line] = [x for x in out.splitlines() if "R106" in x]
    assert "; closest: paragraph 46 of A/RES/78/205 (" in line and "{+full+}" in line and "found in" not in \
        line.split("; closest")[1]
    # the same words as written: "found in"
    note.write_text(note.read_text(encoding="utf-8").replace(" a full report", " a report"), encoding="utf-8")
    _, out, _ = _run(capsys, "check", note, "--against", *texts)
    [line] = [x for x in out.splitlines() if "R106" in x]
    assert line.endswith("; found in paragraph 46 of A/RES/78/205")


# -- 4. progress on long runs, and the word on --db


def test_long_reads_show_progress_lines_and_suggest_a_database(corpus_dir, db, tmp_path, capsys, monkeypatch):
    import resparse.cli as cli

    folder = tmp_path / "f"
    folder.mkdir()
    for name in FILES[:3]:
        shutil.copy(corpus_dir / name, folder)
    # stderr is no terminal here (captured): lines, as corpus build writes them, not a bar
    monkeypatch.setattr(cli, "_LINES_EVERY", 0.0)
    monkeypatch.setattr(cli, "_SUGGEST_DB_AFTER", 0.0)
    code, out, err = _run(capsys, "mandates", folder, "--actor", "Secretary-General")
    assert code == 0 and out
    assert re.search(r"^reading: 1 of 3 files \(\d+\.\d files/s\)$", err, re.MULTILINE)
    assert re.search(r"^mandates: 2 of 3 files \(\d+\.\d files/s\)$", err, re.MULTILINE)
    assert f"resparse: read 3 files in " in err and f"'resparse corpus build {folder} --db corpus.sqlite'" in err
    # the stored rows of a database, read back: counted too (actors --db, 24 s over the corpus in the trial)
    code, _, err = _run(capsys, "actors", "--db", db)
    assert code == 0 and re.search(r"^reading: 1 of \d+ rows \(\d+\.\d rows/s\)$", err, re.MULTILINE), err[:300]
    # a short read says nothing of a database
    monkeypatch.setattr(cli, "_SUGGEST_DB_AFTER", 3600.0)
    _, _, err = _run(capsys, "mandates", folder, "--actor", "Secretary-General")
    assert "corpus build" not in err


# -- 10. the graph page of one resolution fits its labels; the corpus view's group labels


@pytest.mark.parametrize("source", ["tests/fixtures/A_RES_78_218.txt", "../shared/pdfs/A_RES_78_218.pdf"])
def test_78_218_page_labels_are_inside_the_graph(browser, tmp_path, source):
    """The trial's page of A/RES/78/218 (its PDF) cut the resolution's label at the left ("/RES/78/218") and the
    documents' at the right: every drawn label whole inside the fitted view (vis-network's shape.boundingBox holds
    the label), as tests/test_trialfix29c.py asks of 71/280."""
    from conftest import LABELS_CUT_JS as cut, wait_for

    path = ROOT / source
    if not path.exists():
        pytest.skip(f"{source} is not present")
    page_path = tmp_path / "78_218.html"
    assert main(["graph", str(path), "--html", str(page_path)]) == 0
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto(page_path.as_uri())
        wait_for(page, "window.resparseReady === true")
        for width, height in ((1400, 900), (1280, 720), (1024, 768), (1920, 1080), (800, 600)):
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(600)
            page.evaluate("window.network.redraw()")
            assert page.evaluate(cut) == [], (width, height)
    finally:
        context.close()


def test_corpus_group_label_is_no_title_of_its_member():
    from resparse.graph import _group_label

    assert _group_label("79/1", 12, "implementation of the outcomes") == "79/1 and 11 more: implementation of the outcomes"
    assert _group_label("79/1", 12, "") == "79/1 and 11 more"
