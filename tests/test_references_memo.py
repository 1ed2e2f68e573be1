"""references.find reads a citation by one plain parse where it can, backs up token by token where it must, and
keeps results for the text they depend on. None of that may change an answer: here every way gives the same
citations, on the bundled resolutions, the real note and the case fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import references

FIXTURES = Path(__file__).parent / "fixtures"


def texts() -> list[str]:
    out = []
    for path in resparse.bundled_texts():
        res = resparse.parse(path)
        out += [p.text for p in res.walk()] + [f.text for f in res.footnotes]
    out += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]
    return out


def answers(all_texts):
    return [[(c.start, c.end, c.kind, c.targets, c.relative, c.document_name) for c in references.find(t)]
            for t in all_texts]


@pytest.fixture(scope="module")
def all_texts():
    return texts()


def test_memo_and_fast_path_change_no_answer(all_texts, monkeypatch):
    references._MEMO.buckets.clear()
    first = answers(all_texts)  # fills the memo
    again = answers(all_texts)  # from the memo
    monkeypatch.setattr(references._MEMO, "get", lambda start, window: references._MISS)
    monkeypatch.setattr(references._MEMO, "put", lambda *a: None)
    plain = answers(all_texts)  # no memo: fast path, backing up where needed
    monkeypatch.setattr(references, "_longest", lambda text, pos, start="start": references._longest_slowly(
        text[pos : pos + references._WINDOW], start))
    slow = answers(all_texts)  # token by token everywhere, as before
    assert first == again == plain == slow
    assert sum(map(len, slow)) > 50  # the texts do cite


def test_memo_keeps_a_long_document_name_apart():
    """After "of the ...", a document name is read up to a following word: two texts that are the same for more
    than the lexer's usual look ahead, and differ later in the name, are read each on its own."""
    name = "the Guidelines of the Committee Alpha Beta Gamma Delta Epsilon Zeta Eta Theta"
    a = references.find(f"paragraph 3 of {name}, and so on")
    b = references.find(f"paragraph 3 of {name} Iota Kappa Lambda, and so on")
    assert a[0].document_name == name
    assert b[0].document_name == name + " Iota Kappa Lambda"


def test_an_alias_without_a_reader_fails_loudly():
    from lark import Tree

    with pytest.raises(NotImplementedError, match="no reader for the rule alias 'cite_new'"):
        references._Reader("text", []).visit(Tree("cite_new", []))


def test_references_does_not_import_the_resolution_pipeline():
    """references.find needs the citation grammar only: the module imports neither parse, lex, normalize nor build
    (the grammars are loaded by resparse.grammars)."""
    import ast

    tree = ast.parse(Path(references.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}
    assert "grammars" in imported
    assert not imported & {"parse", "lex", "normalize", "build"}
