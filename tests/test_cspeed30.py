"""The thirtieth session's corpus build (branch cspeed30): the citations linked by the index on (target_document,
target_label) are those the linking rule gives each row; ``bench/db_rows_diff.py`` tells two databases apart."""

import importlib.util
import shutil
import sqlite3
from pathlib import Path

from resparse import corpus
from resparse.references import cited_label, stored_symbol

ROOT = Path(__file__).resolve().parents[1]
REFS = ROOT / "tests" / "fixtures" / "references"


def _linked_row_by_row(con: sqlite3.Connection) -> list[tuple]:
    """Each citation's (rowid, document id, paragraph) as the rule of ``_link_citations`` gives them read one row
    at a time: the stored document of its symbol (``stored_symbol``), the paragraph there of its label
    (``cited_label`` over that document's labels and annexes). The yardstick of the statements that set them."""
    stored = dict(con.execute("SELECT symbol, id FROM documents WHERE symbol IS NOT NULL AND duplicate_of IS NULL"))
    out = []
    for rowid, cited, label in con.execute("SELECT rowid, target_document, target_label FROM refs ORDER BY rowid"):
        held = stored_symbol(cited, stored) if cited else None
        doc = stored[held] if held is not None else None
        found = None
        if doc is not None and label is not None:
            labels = {lab for (lab,) in con.execute("SELECT label FROM paragraphs WHERE doc_id = ?", (doc,))}
            found = cited_label(label, labels, {m.group(1) for lab in labels if (m := corpus._ANNEX_NAME.match(lab))})
        out.append((rowid, doc, found))
    return out


def _refs(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT rowid, * FROM refs ORDER BY rowid").fetchall()
    finally:
        con.close()


def _three(tmp_path: Path) -> Path:
    """A folder of A/RES/80/243, 79/258 and 78/252 (tests/fixtures/references): 80/243 cites "resolution 79/258 A"
    and its "section XII, paragraph 21", stored under the resolution's number alone."""
    d = tmp_path / "texts"
    d.mkdir()
    for name in ("A_RES_80_243.txt", "A_RES_79_258.txt", "A_RES_78_252.txt"):
        shutil.copy(REFS / name, d)
    return d


def test_the_paragraphs_cited_are_linked_as_the_rule_reads_each_row(tmp_path):
    db = tmp_path / "c.sqlite"
    corpus.build([_three(tmp_path)], db, jobs=2)
    con = sqlite3.connect(db)
    with con:
        # the same resolution cited under a second symbol (whole, where 80/243 cites its part A), a paragraph that
        # it does not have, and a citation of a document not stored: each linked by the rows of its own symbol
        doc = con.execute("SELECT id FROM documents WHERE symbol = 'A/RES/80/243'").fetchone()[0]
        con.executemany(
            "INSERT INTO refs (doc_id, source, phrase, kind, target_document, target_label, status) VALUES (?,?,?,?,?,?,?)",
            [(doc, "PP1", "resolution 79/258, section XII, paragraph 21", "external", "A/RES/79/258", "section XII.21",
              "resolved"),
             (doc, "PP1", "resolution 79/258, section XII, paragraph 99", "external", "A/RES/79/258", "section XII.99",
              "resolved"),
             (doc, "PP1", "resolution 12/345, paragraph 2", "external", "A/RES/12/345", "2", "resolved")])
    con.close()
    con = sqlite3.connect(db)
    with con:
        corpus._link_citations(con)
    expected = _linked_row_by_row(con)
    con.close()
    rows = _refs(db)
    assert [(r[0], r[9], r[10]) for r in rows] == expected
    found = {(r[5], r[6], r[10]) for r in rows if r[10] is not None}  # (cited, label as cited, paragraph found)
    assert {("A/RES/79/258A", "section XII.21", "XII.21"), ("A/RES/79/258", "section XII.21", "XII.21")} <= found
    assert not any(r[6] == "section XII.99" and r[10] for r in rows)


def test_a_document_gone_takes_its_links_as_a_build_without_it_makes_them(tmp_path):
    # the build's other path to the linking: a file removed from the folder unlinks the citations of it
    texts = _three(tmp_path)
    db = tmp_path / "c.sqlite"
    corpus.build([texts], db, jobs=2)
    (texts / "A_RES_79_258.txt").unlink()
    assert corpus.build([texts], db, jobs=1).removed == 1
    fresh = tmp_path / "fresh.sqlite"
    corpus.build([texts], fresh, jobs=1)

    def links(path):
        con = sqlite3.connect(path)
        try:
            return con.execute(
                "SELECT d.symbol, r.source, r.phrase, r.target_document, r.target_label, t.symbol, r.target_paragraph"
                " FROM refs r JOIN documents d ON d.id = r.doc_id LEFT JOIN documents t ON t.id = r.target_doc_id"
                " ORDER BY d.symbol, r.rowid").fetchall()
        finally:
            con.close()

    after = links(db)
    assert after == links(fresh)
    assert any(r[3] == "A/RES/79/258A" for r in after) and not any(r[3] == "A/RES/79/258A" and (r[5] or r[6])
                                                                     for r in after)
    assert any(r[3] == "A/RES/78/252" and r[5] == "A/RES/78/252" for r in after)  # the one still stored


def _diff_script():
    spec = importlib.util.spec_from_file_location("db_rows_diff", ROOT / "bench" / "db_rows_diff.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rows_diff_tells_a_changed_row_and_an_index_entry_from_none(tmp_path):
    diff = _diff_script()
    db = tmp_path / "c.sqlite"
    corpus.build([_three(tmp_path)], db, jobs=2)
    again = tmp_path / "again.sqlite"
    corpus.build([tmp_path / "texts"], again, jobs=1)  # another build, one process: the same rows
    assert diff.differences(str(db), str(again)) == []
    changed = _copy_with(db, tmp_path / "changed.sqlite",
                         "UPDATE mandates SET deadline = 'never' WHERE rowid = (SELECT MAX(rowid) FROM mandates)")
    assert [line.split(":")[0] for line in diff.differences(str(db), str(changed))] == ["mandates"]
    # a paragraph's text changed without its index entry: the index differs too
    changed = _copy_with(db, tmp_path / "changed.sqlite", "DROP TRIGGER paragraphs_ad",
                         "UPDATE paragraphs SET text = text || ' added' WHERE id = 1",
                         "INSERT INTO paragraphs_fts(rowid, text) VALUES (1, 'added')")
    assert {line.split(":")[0] for line in diff.differences(str(db), str(changed))} == {"paragraphs", "paragraphs_fts",
                                                                                        "schema"}


def _copy_with(db: Path, copy: Path, *statements: str) -> Path:
    """A copy of ``db`` at ``copy`` with ``statements`` run in it, in one transaction."""
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    try:
        with con:
            for sql in statements:
                con.execute(sql)
    finally:
        con.close()
    return copy
