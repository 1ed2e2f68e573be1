"""Corpus build -> query round trip on a small corpus made of texts/ and a broken file."""

import json
import re
import sqlite3
import shutil
import subprocess
import sys

import pytest

import resparse
from resparse import corpus

from conftest import TEXTS


@pytest.fixture()
def small_corpus(tmp_path):
    d = tmp_path / "texts"
    d.mkdir()
    for name in ("A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"):
        shutil.copy(TEXTS / name, d / name)
    # a file that names a resolution and cannot be read as one: a failure; a README: no resolution, skipped
    (d / "broken.txt").write_text("A/RES/99/1\n\nDear colleagues,\n\nthis is a letter.\n", encoding="utf-8")
    # (a README may cite a symbol in a sentence, as ../shared/corpus/README.md does: no symbol line of its own)
    (d / "README.md").write_text("# Texts\n\nOne file each: `A_RES_71_280.txt` is A/RES/71/280.\n", encoding="utf-8")
    return d


def test_build_report_search_and_incremental(small_corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    rep = corpus.build([small_corpus], db, jobs=2)
    assert (rep.files, rep.parsed, rep.unchanged, len(rep.failed)) == (6, 4, 0, 1)
    assert "broken.txt" in rep.failed[0][1] and "not a General Assembly resolution" in rep.failed[0][1]
    assert [(p.endswith("README.md"), "skipped: not a resolution" in n) for p, n in rep.skipped] == [(True, True)]
    assert rep.consistent == 4

    info = corpus.report(db)
    assert info["documents"] == 5 and info["parsed"] == 4 and info["consistency_rate"] == pytest.approx(0.8)
    assert info["rows"]["documents"] == 5
    # 35 + 23 sub-paragraphs of 71/280, the 80/1 tree, 72/244 and 73/195: every paragraph is a row
    assert info["rows"]["footnotes"] == 6 + 9 + 22 + 1
    assert list(info["failures_by_cause"]) == ["NotAResolution: not a General Assembly resolution: no line 'The General Assembly,' opens its paragraphs"]

    hits = corpus.search(db, "regional and subregional aspects of international migration")
    assert hits[0]["document"] == "A/RES/71/280" and hits[0]["paragraph"] == "22 (a)"
    hits = corpus.search(db, '"Marrakech Compact on Migration"')
    assert [(h["document"], h["paragraph"]) for h in hits] == [("A/RES/73/195", "2")]

    # unchanged files are skipped; a changed file is parsed again
    rep = corpus.build([small_corpus], db, jobs=1)
    # the broken file is reported again, the README skipped again (it is not stored)
    assert (rep.parsed, rep.unchanged, len(rep.failed), len(rep.skipped)) == (0, 5, 1, 1)
    f = small_corpus / "A_RES_80_1.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("Recalling also the Headquarters", "Recalling further the Headquarters"), encoding="utf-8")
    rep = corpus.build([small_corpus], db, jobs=1)
    assert (rep.parsed, rep.unchanged) == (1, 4)
    assert corpus.search(db, '"Recalling further the Headquarters"')[0]["paragraph"] == "PP5"
    assert corpus.report(db)["rows"]["footnotes"] == 38  # no duplicates after the update

    # a file deleted from the directory leaves the database at the next build
    (small_corpus / "A_RES_80_1.txt").unlink()
    rep = corpus.build([small_corpus], db, jobs=1)
    assert rep.removed == 1 and corpus.search(db, "Palestine") == []
    assert corpus.report(db)["documents"] == 4


def test_cli_round_trip(small_corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    p = run("corpus", "build", str(small_corpus), "--db", str(db), "--jobs", "2", "--json")
    assert p.returncode == 1, p.stderr  # broken.txt failed: a finding; the four others are stored
    summary = json.loads(p.stdout)
    assert summary["parsed"] == 4 and summary["failed"] == 1 and summary["skipped"] == 1
    assert [f["path"].endswith("README.md") for f in summary["skipped_files"]] == [True]
    p = run("corpus", "report", "--db", str(db))
    assert p.returncode == 0 and "consistent: 4 (80.0%)" in p.stdout
    p = run("search", "--db", str(db), "co-facilitators", "--json")
    assert p.returncode == 0 and any(h["paragraph"] == "5" and h["document"] == "A/RES/71/280" for h in json.loads(p.stdout))
    p = run("search", "--db", str(tmp_path / "missing.sqlite"), "x")
    assert p.returncode == 2 and "build one with" in p.stderr and "Traceback" not in p.stderr
    p = run("corpus", "build", str(tmp_path / "nope"), "--db", str(db))
    assert p.returncode == 2 and "no such file or directory" in p.stderr


def test_queries_across_the_corpus(small_corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    info = corpus.report(db)
    assert info["rows"]["refs"] > 50 and info["rows"]["mandates"] > 50

    # who cites 71/280: 72/244 (PP2, 6 (b), 6 (d)) and 73/195 (PP1)
    rows = corpus.cited_by(db, "71/280")
    assert [(r["document"], r["paragraph"]) for r in rows] == [
        ("A/RES/72/244", "PP2"),
        ("A/RES/72/244", "6 (b)"),
        ("A/RES/72/244", "6 (d)"),
        ("A/RES/73/195", "PP1"),
    ]
    assert corpus.cited_by(db, "A/RES/71/280", "22 (a)") == []
    # 73/195 cites 72/244 in its preamble; resolved to the document in the corpus
    assert [(r["document"], r["paragraph"]) for r in corpus.cited_by(db, "A/RES/72/244")] == [("A/RES/73/195", "PP1")]

    reports = [(m.document, m.paragraph, m.report.to) for m in corpus.report_rows(db)]
    assert ("A/RES/73/195", "annex 46", "General Assembly") in reports  # the Secretary-General's biennial report

    found = corpus.mandates_by_actor(db, "regional commissions")
    assert [(m.document, m.paragraph, m.verb, m.kind, rel) for m, rel in found] == [
        ("A/RES/71/280", "22 (a)", "requests", "mandate", "direct"),
        ("A/RES/73/195", "annex 50", "invites", "mandate", "member"),  # "..., including the ... commissions"
        ("A/RES/71/280", "22 (a)", "invites", "mandate", "part"),
        ("A/RES/71/280", "12", "requests", "mention", "direct"),
        # rules of procedure name "the associate members of regional commissions": a mention, as in the body
        ("A/RES/72/244", "annex rule 61", None, "mention", "direct"),
    ]
    sg = {(m.document, m.paragraph) for m, rel in corpus.mandates_by_actor(db, "Secretary-General") if m.kind == "mandate"}
    assert {("A/RES/71/280", "10"), ("A/RES/71/280", "26"), ("A/RES/72/244", "3")} <= sg
    assert not any(m.actor == "Secretary-General of the Conference" for m, _ in corpus.mandates_by_actor(db, "Secretary-General"))

    documents, edges = corpus.citation_network(db)
    assert ("A/RES/72/244", "A/RES/71/280", 3) in edges
    assert {d["symbol"] for d in documents if d["in_corpus"]} == {"A/RES/71/280", "A/RES/72/244", "A/RES/73/195", "A/RES/80/1"}


def test_a_state_is_found_in_the_database_as_in_the_files(small_corpus, tmp_path):
    # A State named in an operative paragraph is stored as a mention, so that a delegate's query for it across the
    # corpus finds what the same query over the files finds (71/280 23-24 name Mexico, 72/244 4-5 and 73/195 1
    # Morocco, 80/1 1 the State of Palestine); before, the database held no State that no paragraph mandated.
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    texts = sorted(p for p in small_corpus.glob("A_RES_*.txt"))
    for state in ("Mexico", "Morocco", "State of Palestine"):
        from_db = [(m.document, m.paragraph, m.kind, rel) for m, rel in corpus.mandates_by_actor(db, state)]
        items = [m for p in texts for m in resparse.mandates.extract(resparse.parse(p), also=(state,), states=True)]
        from_files = [(x.mandate.document, x.mandate.paragraph, x.mandate.kind, x.relation)
                      for x in resparse.mandates.select(items, actor=state)]
        assert from_db == from_files and from_db, state
    mexico = [(m.document, m.paragraph, m.kind) for m, _ in corpus.mandates_by_actor(db, "Mexico")]
    assert mexico == [("A/RES/71/280", "23", "mention"), ("A/RES/71/280", "24", "mention")]


def test_query_commands(small_corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    p = run("mandates", "--db", str(db), "--actor", "regional commissions", "--json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    assert [(r["document"], r["paragraph"], r["verb"], r["kind"]) for r in rows][0] == ("A/RES/71/280", "22 (a)", "requests", "mandate")
    p = run("cited-by", "A/RES/71/280", "--db", str(db))
    assert p.returncode == 0 and p.stdout.count("A/RES/72/244") == 3 and "4 citations" in p.stderr
    page = tmp_path / "cites.html"
    p = run("graph", "--db", str(db), "--html", str(page), "--min-cited", "1")
    assert p.returncode == 0 and page.is_file() and "most cited: A/RES/71/1 (7)" in p.stdout
    # without --actor, --reports or --timeline: all the stored mandates, as the files give them (its help: "Without
    # --actor, all mandates grouped by actor"; it was refused, "--db needs --actor": a fresh-user trial, 2026-12-03)
    p = run("mandates", "--db", str(db), "--json")
    assert p.returncode == 0, p.stderr
    files = run("mandates", str(small_corpus), "--json")
    # the mentions too, as the files give them (the database listed the mandates only: "0 mentions", trialfix28a)
    key = lambda r: (r["document"], r["paragraph"], r["kind"], r["verb"] or "", r["actor"])
    stored = sorted(map(key, json.loads(p.stdout)))
    assert stored and stored == sorted(key(r) for r in json.loads(files.stdout))
    assert {"mandate", "mention"} <= {k for _, _, k, _, _ in stored}


def test_database_never_replaces_an_input_or_a_foreign_file(small_corpus, tmp_path):
    f = small_corpus / "A_RES_80_1.txt"
    before = f.read_bytes()
    with pytest.raises(corpus.ResparseError, match="replace one of the input files"):
        corpus.build([small_corpus], f)
    other = tmp_path / "notes.sqlite"
    other.write_text("my notes, not a database\n", encoding="utf-8")
    with pytest.raises(corpus.ResparseError, match="not a resparse corpus database"):
        corpus.build([f], other)
    assert f.read_bytes() == before and other.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_citing_paragraphs_carry_their_text(small_corpus, tmp_path, all_texts):
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    by_symbol = {r.symbol: r for r in all_texts.values()}
    rows = corpus.citing_paragraphs(db)["A/RES/71/280"]
    assert "A/RES/72/244" in {r["document"] for r in rows} and "A/RES/71/280" not in {r["document"] for r in rows}
    assert len({(r["document"], r["paragraph"], r["phrase"]) for r in rows}) == len(rows) >= 3
    for r in rows:  # the citing paragraph's (or footnote's) own text, where the phrase stands
        res = by_symbol[r["document"]]
        if r["paragraph"].startswith("footnote "):
            text = next(f.text for f in res.footnotes if f"footnote {f.number}" == r["paragraph"])
        else:
            text = res.get(r["paragraph"]).text
        assert r["text"] == text and r["phrase"] in text


def test_a_second_file_with_the_same_symbol_is_reported_not_stored(small_corpus, tmp_path):
    # the same resolution twice (a copy under another name): the second file adds no rows and is reported
    shutil.copy(small_corpus / "A_RES_71_280.txt", small_corpus / "copy_of_71_280.txt")
    db = tmp_path / "c.sqlite"
    rep = corpus.build([small_corpus], db, jobs=1)
    assert [(p.endswith("copy_of_71_280.txt"), s, f.endswith("A_RES_71_280.txt")) for p, s, f in rep.duplicates] == [
        (True, "A/RES/71/280", True)
    ]
    info = corpus.report(db)
    assert info["documents"] == 5 and info["consistent"] == 4  # not 6 and 5
    assert info["rows"]["footnotes"] == 6 + 9 + 22 + 1  # as without the copy
    assert [d["symbol"] for d in info["duplicates"]] == ["A/RES/71/280"]
    hits = corpus.search(db, "regional and subregional aspects of international migration")
    assert [(h["document"], h["paragraph"]) for h in hits] == [("A/RES/71/280", "22 (a)")]
    # the next build finds the copy unchanged and keeps it out
    rep = corpus.build([small_corpus], db, jobs=1)
    assert rep.unchanged == 6 and corpus.report(db)["rows"]["footnotes"] == 38

    out = subprocess.run(
        [sys.executable, "-m", "resparse", "corpus", "report", "--db", str(db)], capture_output=True, text=True
    )
    assert out.returncode == 0 and "duplicate: " in out.stdout and "copy_of_71_280.txt (A/RES/71/280" in out.stdout
    (small_corpus / "copy_of_71_280.txt").touch()
    db2 = tmp_path / "d.sqlite"
    out = subprocess.run(
        [sys.executable, "-m", "resparse", "corpus", "build", str(small_corpus), "--db", str(db2), "--quiet"],
        capture_output=True, text=True,
    )
    assert out.returncode == 1 and "A/RES/71/280 is already stored from" in out.stderr  # 1: broken.txt failed


def test_a_database_of_another_version_is_refused_by_queries_and_rebuilt_whole(small_corpus, tmp_path):
    import sqlite3

    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 0")  # as an older resparse left it (no format, old rows)
    con.commit()
    con.close()
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    p = run("corpus", "report", "--db", str(db))
    assert p.returncode == 2 and "built by another version of resparse" in p.stderr and "Traceback" not in p.stderr
    rep = corpus.build([small_corpus], db, jobs=1)
    assert (rep.parsed, rep.unchanged) == (4, 0)  # every document read again, none kept from the old format
    assert corpus.report(db)["documents"] == 5



@pytest.mark.parametrize("name", ["A_RES_73_195.txt", "A_RES_72_244.txt"])
def test_the_stages_leave_no_reference_cycles(name):
    """The build settles the heap after each file with a young collection and gc.freeze (corpus._process_and_settle):
    a reference cycle that outlives the young generation is frozen and never freed. The stages must make none: a
    Lark error kept past its except block with its traceback did (470 objects a file over the corpus), and so did a
    recursive closure in _rows that held the file's rows. Counted by a full collection after the rows of a text."""
    import gc

    res = resparse.parse(TEXTS / name)
    corpus._rows(res)  # grammars, tables and caches loaded
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        corpus._rows(resparse.parse(TEXTS / name))
        gc.collect()
        left = [type(o).__qualname__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


def test_settling_pauses_the_collector_within_a_file(monkeypatch):
    """corpus._process_and_settle runs no collection inside a file and leaves the collector as it found it; a cycle
    made early in a file, with many allocations after it, is freed by the young collection after the file (an
    automatic collection inside the file would have moved it out of the young generation, to be frozen for good)."""
    import gc
    import weakref

    class Node:
        pass

    made = []

    def process(path):
        assert not gc.isenabled()
        node = Node()
        node.me = node  # a cycle
        made.append(weakref.ref(node))
        del node
        keep = [[i] for i in range(5000)]  # allocations enough for several automatic collections
        return corpus.FileResult(path, "", len(keep))

    monkeypatch.setattr(corpus, "process_file", process)
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            corpus._process_and_settle("x.txt")
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
            gc.unfreeze()
    assert [ref() for ref in made] == [None, None]


def test_cli_refuses_what_would_build_nothing(tmp_path, small_corpus):
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "e.sqlite"
    p = run("corpus", "build", str(empty), "--db", str(db))
    assert p.returncode == 2 and "no resolution files (.txt, .md, .pdf)" in p.stderr and "Traceback" not in p.stderr
    assert not db.exists()  # nothing written
    for jobs in ("0", "-1", "two"):
        p = run("corpus", "build", str(small_corpus), "--db", str(db), "--jobs", jobs)
        assert p.returncode == 2 and "--jobs" in p.stderr and "1 or more" in p.stderr, (jobs, p.stderr)
    assert not db.exists()
    corpus.build([small_corpus], db, jobs=1)
    p = run("search", "--db", str(db), "  ")
    assert p.returncode == 2 and "give words to search for" in p.stderr and "fts5" not in p.stderr


def test_a_build_with_a_failed_file_exits_1_and_one_without_exits_0(tmp_path):
    """A fresh-user trial: `corpus build bad/empty.txt --json` said "failed": 1, "parsed": 0 and exited 0. A build of
    that one empty file is bad input, exit 2, nothing written (trialfix4: README, exit codes); a failed file beside
    one that is read is a failure, exit 1."""
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    p = run("corpus", "build", str(bad / "empty.txt"), "--db", str(tmp_path / "b.sqlite"), "--json", "--quiet")
    assert p.returncode == 2 and "the file is empty; nothing written" in json.loads(p.stdout)["error"], p.stderr
    assert not (tmp_path / "b.sqlite").exists()
    shutil.copy(TEXTS / "A_RES_71_280.txt", bad / "A_RES_71_280.txt")
    p = run("corpus", "build", str(bad), "--db", str(tmp_path / "b.sqlite"), "--json", "--quiet")
    summary = json.loads(p.stdout)
    assert (summary["failed"], summary["parsed"], p.returncode) == (1, 1, 1), p.stderr
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(TEXTS / "A_RES_71_280.txt", good / "A_RES_71_280.txt")
    p = run("corpus", "build", str(good), "--db", str(tmp_path / "g.sqlite"), "--json", "--quiet")
    assert (json.loads(p.stdout)["failed"], p.returncode) == (0, 0), p.stderr


def test_graph_min_cited_must_not_be_negative(small_corpus, tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "resparse", *a], capture_output=True, text=True, timeout=300)
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    p = run("graph", "--db", str(db), "--min-cited", "-3", "--json")
    assert p.returncode == 2 and "--min-cited" in p.stderr and "0 or more" in p.stderr and "Traceback" not in p.stderr
    p = run("graph", "--db", str(db), "--min-cited", "0", "--json")
    assert p.returncode == 0 and json.loads(p.stdout)["nodes"]


# ------------------------------------------------------------------ a database built by other code

FIXTURES = TEXTS.parent / "tests" / "fixtures"


@pytest.fixture()
def three_texts(tmp_path):
    """Real texts: A/RES/71/280, 73/195 and A/RES/78/111 (whose Special Committee a fresh-user trial found answered
    by an earlier build's rows)."""
    d = tmp_path / "texts"
    d.mkdir()
    for src in (TEXTS / "A_RES_71_280.txt", TEXTS / "A_RES_73_195.txt", FIXTURES / "A_RES_78_111.txt"):
        shutil.copy(src, d / src.name)
    return d


def _cli(capsys, *argv):
    from resparse import cli

    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_database_built_by_other_code_is_refused_by_queries_and_read_again_whole(three_texts, tmp_path, monkeypatch, capsys):
    """The rules changed (another fingerprint of the code, grammars and data) and the format did not: a trial found
    `corpus build` skipping all 902 files as unchanged and every query answering with the old code's rows. Now the
    queries refuse such a database (exit 2, one line that gives the command to build it again) and `corpus build`
    reads every file again, with a warning; built again by the same code, the files are unchanged."""
    db = tmp_path / "c.sqlite"
    assert corpus.build([three_texts], db, jobs=1).parsed == 3
    files = sorted(str(p) for p in three_texts.glob("*.txt"))
    sg = ["mandates", *files, "--actor", "Secretary-General", "--json"]
    from_files = _cli(capsys, *sg)[1]
    # the Secretary-General's mandates as other code read them
    con = sqlite3.connect(db)
    with con:
        changed = con.execute("UPDATE mandates SET data = json_set(data, '$.action', 'an older reading')"
                              " WHERE actor_key = 'secretary general' AND kind = 'mandate'").rowcount
    con.close()
    assert changed > 3
    monkeypatch.setattr(corpus, "fingerprint", lambda: "0" * 64, raising=False)  # the code changed since the build

    page = tmp_path / "cites.html"
    for query in (["mandates", "--db", db, "--actor", "Secretary-General"], ["mandates", "--db", db, "--reports"],
                  ["search", "--db", db, "Special Committee"], ["cited-by", "71/280", "--db", db],
                  ["graph", "--db", db, "--html", page], ["corpus", "report", "--db", db]):
        code, out, err = _cli(capsys, *query)
        assert code == 2 and out == "", query
        assert err.count("\n") == 1 and "built by another version of resparse (code " in err, query
        assert f"build it again with 'resparse corpus build {three_texts} --db {db}'" in err, query
    assert not page.exists()

    code, out, err = _cli(capsys, "corpus", "build", three_texts, "--db", db, "--quiet", "--json")
    summary = json.loads(out)
    assert code == 0 and (summary["parsed"], summary["unchanged"]) == (3, 0)
    assert summary["reread"].startswith("code ") and summary["reread"].endswith(", this one " + "0" * 12)
    assert f"warning: {db}: built by another resparse (code " in err and "reading all 3 files again" in err
    code, out, err = _cli(capsys, "mandates", "--db", db, "--actor", "Secretary-General", "--json")
    assert code == 0 and out == from_files and "an older reading" not in out

    # the same code again: every file unchanged, no warning
    code, out, err = _cli(capsys, "corpus", "build", three_texts, "--db", db, "--quiet", "--json")
    summary = json.loads(out)
    assert (summary["parsed"], summary["unchanged"], summary["reread"]) == (0, 3, None) and "warning" not in err
    monkeypatch.undo()  # the code of the first build: the database is now another's again
    assert corpus.build([three_texts], db, jobs=1).reread.endswith(", this one " + corpus.fingerprint()[:12])


@pytest.mark.parametrize("user_version", [8, None])
def test_a_database_without_a_record_of_its_code_is_read_again(three_texts, tmp_path, user_version):
    """A database an earlier resparse built has no table ``meta`` (format 8, as the trial's had), or one that lost it:
    the queries refuse it and the build reads every file again."""
    db = tmp_path / "c.sqlite"
    corpus.build([three_texts], db, jobs=1)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE meta")
    con.execute(f"PRAGMA user_version = {user_version or corpus.FORMAT}")
    con.commit()
    con.close()
    why = f"format 8, this one writes {corpus.FORMAT}" if user_version else "no record of the code that built it"
    with pytest.raises(corpus.ResparseError, match=re.escape(f"another version of resparse ({why})")):
        corpus.mandates_by_actor(db, "Special Committee")
    rep = corpus.build([three_texts], db, jobs=1)
    assert (rep.parsed, rep.unchanged, rep.reread) == (3, 0, why)
    assert corpus.report(db)["documents"] == 3 and corpus.build([three_texts], db, jobs=1).unchanged == 3


def test_the_fingerprint_is_computed_for_the_corpus_commands_only(monkeypatch, capsys):
    """`mandates FILE --actor` (start-up time counts) never reads the package's files to fingerprint them."""
    def fail():
        raise AssertionError("fingerprint computed")

    monkeypatch.setattr(corpus, "fingerprint", fail)
    code, out, _ = _cli(capsys, "mandates", FIXTURES / "A_RES_78_111.txt", "--actor", "Secretary-General", "--json")
    assert code == 0 and json.loads(out)


def test_the_fingerprint_covers_the_code_the_grammars_and_the_data():
    names = set(corpus.rule_files())
    assert {"corpus.py", "mandates/extract.py", "grammar/clauses.lark", "data/operative_verbs.txt"} <= names
    assert not any(n.startswith("texts/") or "__pycache__" in n for n in names)
    assert re.fullmatch(r"[0-9a-f]{64}", corpus.fingerprint())


def test_mandates_db_summary_line_names_the_stored_resolutions(three_texts, tmp_path, capsys):
    """`mandates --db --timeline` (and --reports) named in its first line only the documents of the rows it
    printed: none where no row answered, an empty name (": 0 dated mandates, ..."). It names the resolutions of the
    database, as `mandates FILES` names the files read."""
    db = tmp_path / "c.sqlite"
    assert corpus.build([three_texts], db, jobs=1).parsed == 3
    names = "A/RES/71/280, A/RES/73/195, A/RES/78/111"
    code, out, err = _cli(capsys, "mandates", "--db", db, "--timeline", "--actor", "World Meteorological Organization")
    assert code == 1 and out.splitlines()[0] == f"{names}: 0 dates, 0 relative deadlines"
    code, out, err = _cli(capsys, "mandates", "--db", db, "--reports", "--actor", "World Meteorological Organization")
    assert code == 1 and out.splitlines()[0] == f"{names}: 0 reports asked for"
    # the same answer as over the files
    files = sorted(three_texts.glob("*.txt"))
    for query in (["--timeline"], ["--timeline", "--actor", "President of the General Assembly"], ["--reports"]):
        code, out, err = _cli(capsys, "mandates", "--db", db, *query)
        # with --actor, the resolutions that hold the actor's rows, as the plain answer names them (checkfix28)
        held = _cli(capsys, "mandates", "--db", db, *query[1:])[1].split(": ")[0] if "--actor" in query else names
        assert out.startswith(held + ": ")
        assert (code, out) == _cli(capsys, "mandates", *files, *query)[:2], query


def test_the_json_columns_are_written_as_the_standard_encoder_writes_them(all_texts):
    """corpus._json (the C encoder made once) writes every JSON column of the rows of texts/ as
    ``json.JSONEncoder(ensure_ascii=False, check_circular=False).encode`` does: the mandates' data, the
    footnotes, the problems and warnings (quotes, dashes and non-ASCII letters kept as written)."""
    import json

    from resparse import corpus

    plain = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    values = []
    for res in all_texts.values():
        doc, tables = corpus._rows(res)
        values += [json.loads(doc[k]) for k in ("problems", "warnings")]
        values += [json.loads(r["data"]) for r in tables["mandates"]]
        values += [json.loads(r["cited_by"]) for r in tables["footnotes"]]
        values += [json.loads(r["footnotes"]) for r in tables["paragraphs"]]
    assert len(values) > 500 and any(not v.isascii() for v in map(plain, values))
    assert [corpus._json(v) for v in values] == [plain(v) for v in values]


def _trigger(db) -> str | None:
    """The insert trigger of the full-text index as ``db`` stores it, None where it has none."""
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT sql FROM sqlite_master WHERE name = 'paragraphs_ai'").fetchone()
        return row and row[0]
    finally:
        con.close()


def _fts_instances(db) -> list[tuple]:
    """Every (term, rowid, column, offset) of the full-text index of ``db``."""
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, paragraphs_fts, 'instance')")
        return con.execute("SELECT term, doc, col, offset FROM temp.vocab ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("batch", [2, corpus._INDEX_BATCH])
def test_the_index_written_after_the_rows_is_the_index_of_every_stored_paragraph(small_corpus, tmp_path, monkeypatch,
                                                                                   batch):
    # a build of several files indexes their paragraphs after storing them (the insert trigger dropped meanwhile):
    # the index must be the one SQLite's 'rebuild' makes from the stored paragraphs, after a first build and after a
    # build that replaces two documents (their old paragraphs taken out by the delete trigger) and removes one; in
    # batches of two documents (while the files are read) and of the default size (after all are read, here)
    monkeypatch.setattr(corpus, "_INDEX_BATCH", batch)
    db = tmp_path / "c.sqlite"
    corpus.connect(tmp_path / "new.sqlite").close()
    made = _trigger(tmp_path / "new.sqlite")

    def check():
        again = tmp_path / "rebuilt.sqlite"
        shutil.copy(db, again)
        con = sqlite3.connect(again)
        with con:
            con.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')")
        con.close()
        found = _fts_instances(db)
        assert found and found == _fts_instances(again)
        assert _trigger(db) == made  # the trigger is back

    corpus.build([small_corpus], db, jobs=1)
    check()
    for name, old, new in [("A_RES_80_1.txt", "Recalling also the Headquarters", "Recalling further the Headquarters"),
                           ("A_RES_71_280.txt", "regional and subregional", "subregional and regional")]:
        f = small_corpus / name
        f.write_text(f.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    (small_corpus / "A_RES_72_244.txt").unlink()
    rep = corpus.build([small_corpus], db, jobs=1)
    assert (rep.parsed, rep.removed) == (2, 1)
    check()
    assert corpus.search(db, '"Recalling further the Headquarters"')[0]["paragraph"] == "PP5"
    assert corpus.search(db, '"Recalling also the Headquarters"') == []


def test_a_build_that_fails_keeps_the_index_trigger(small_corpus, tmp_path, monkeypatch):
    db = tmp_path / "c.sqlite"
    corpus.build([small_corpus], db, jobs=1)
    made = _trigger(db)
    assert made
    for f in small_corpus.glob("A_RES_*.txt"):
        f.write_text(f.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    stores = []

    def store(con, r):
        if stores:
            raise KeyboardInterrupt
        stores.append(r.path)
        return real(con, r)

    real = corpus._store
    monkeypatch.setattr(corpus, "_store", store)
    with pytest.raises(KeyboardInterrupt):
        corpus.build([small_corpus], db, jobs=1)
    assert _trigger(db) == made
    monkeypatch.setattr(corpus, "_store", real)
    corpus.build([small_corpus], db, jobs=1)
    assert corpus.search(db, '"Marrakech Compact on Migration"')[0]["document"] == "A/RES/73/195"
