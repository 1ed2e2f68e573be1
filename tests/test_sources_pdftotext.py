"""Text from poppler's pdftotext (plain and -layout) of the seven official PDFs: the same tree as the PyMuPDF text
of ../shared/corpus/texts, or differences this test names with their cause, or warnings naming the lines whose
shape could not be recovered (resparse.sources.pdftotext)."""

from __future__ import annotations

import gzip
import re

import pytest

import resparse
from resparse.sources import read

from conftest import CORPUS, ROOT, TEXTS

FIX = ROOT / "tests" / "fixtures" / "pdftotext"
SEVEN = ["A_RES_78_1", "A_RES_78_2", "A_RES_78_125", "A_RES_78_128", "A_RES_78_218", "A_RES_79_1", "A_RES_80_1"]
# -layout text that gives the very same tree
SAME = ["A_RES_78_2", "A_RES_78_125", "A_RES_80_1"]
# -layout text that gives the same structure (labels, kinds, footnotes and who cites them) and the same words, but
# pdftotext cut some words of justified lines in two ("eco systems", "Un ited"): their texts differ by those spaces
WORDS_CUT = ["A_RES_78_128", "A_RES_78_218"]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def reference(name: str) -> resparse.Resolution:
    for path in (ROOT / "tests" / "fixtures" / "pdf" / f"{name}.txt", TEXTS / f"{name}.txt", CORPUS / f"{name}.txt"):
        if path.exists():
            return resparse.parse(path)
    pytest.skip("../shared/corpus is not present")


def given(tmp_path, name: str, mode: str):
    """The pdftotext file as a user gives it (unzipped)."""
    path = tmp_path / f"{name}.{mode}.txt"
    path.write_bytes(gzip.decompress((FIX / f"{name}.{mode}.txt.gz").read_bytes()))
    return path


def structure(res):
    return ([(p.label, p.kind, tuple(p.footnotes)) for p in res.walk()],
            [(f.number, tuple(f.cited_by)) for f in res.footnotes],
            (res.symbol, res.title, res.date, res.committee, res.meeting))


def test_pdftotext_text_is_recognised(tmp_path):
    src = read(given(tmp_path, "A_RES_80_1", "layout"))
    assert src.kind == "pdftotext"
    assert len(src.lines) == len(src.text.splitlines())


@pytest.mark.parametrize("name", SAME)
def test_layout_gives_the_same_tree(tmp_path, name):
    ref = reference(name)
    res = resparse.parse(given(tmp_path, name, "layout"))
    assert structure(res) == structure(ref)
    assert [_fold(p.text) for p in res.walk()] == [_fold(p.text) for p in ref.walk()]
    assert [_fold(f.text) for f in res.footnotes] == [_fold(f.text) for f in ref.footnotes]
    assert [(_fold(h.text), h.before) for h in res.headings] == [(_fold(h.text), h.before) for h in ref.headings]
    assert res.warnings == ref.warnings == []


@pytest.mark.parametrize("name", WORDS_CUT)
def test_layout_same_structure_words_cut_by_pdftotext(tmp_path, name):
    ref = reference(name)
    res = resparse.parse(given(tmp_path, name, "layout"))
    assert structure(res) == structure(ref)
    differ = []
    for a, b in zip(res.walk(), ref.walk()):
        if _fold(a.text) != _fold(b.text):
            assert a.text.replace(" ", "") == b.text.replace(" ", ""), a.label  # only spaces inside words
            differ.append(a.label)
    assert differ  # pdftotext's justification artefact is there, and it is the only difference
    pdf = ROOT.parent / "shared" / "pdfs" / f"{name}.pdf"
    if pdf.exists():  # the PDF itself reads those words whole
        from_pdf = {p.label: _fold(p.text) for p in resparse.parse(pdf).walk()}
        assert all(from_pdf[label] == _fold(ref.get(label).text) for label in differ)


def test_plain_text_of_a_short_resolution_gives_the_same_tree(tmp_path):
    """78/2 in plain pdftotext text: the running header (parted by blank lines), the footer at the page's bottom
    and page 1's job number among the footnotes are taken out; "78/2." alone joins its title; a line after one that
    ends a clause short of the measure starts a paragraph. The tree is the PDF's, with no warning."""
    ref = reference("A_RES_78_2")
    res = resparse.parse(given(tmp_path, "A_RES_78_2", "plain"))
    assert structure(res) == structure(ref)
    assert [_fold(p.text) for p in res.walk()] == [_fold(p.text) for p in ref.walk()]
    assert [_fold(f.text) for f in res.footnotes] == [_fold(f.text) for f in ref.footnotes]
    assert res.warnings == []


@pytest.mark.parametrize("name", SEVEN)
def test_plain_text_same_tree_or_warns_naming_lines(tmp_path, name):
    """Plain pdftotext marks no paragraph start (and puts some lines out of order): where the tree differs from the
    PDF's, resparse says so, line by line."""
    path = given(tmp_path, name, "plain")
    res = resparse.parse(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    named = [w for w in res.warnings if w.line]
    assert all(1 <= w.line <= len(lines) and lines[w.line - 1].strip() for w in named)
    same = structure(res) == structure(reference(name)) and [_fold(p.text) for p in res.walk()] == [
        _fold(p.text) for p in reference(name).walk()]
    assert same or named, "a different tree without a warning"


# -layout text whose tree differs, each difference warned of at its line: 78/1's annex title (three short lines at
# the margin, no blank line, no indent) and 79/1's "Annex I" / "Global Digital Compact" cannot be told from
# paragraph lines; the PDF tells them by size and weight
UNSURE = {"A_RES_78_1": 32, "A_RES_79_1": 1970}


@pytest.mark.parametrize("name", sorted(UNSURE))
def test_layout_headings_that_cannot_be_told_are_warned(tmp_path, name):
    ref = reference(name)
    path = given(tmp_path, name, "layout")
    res = resparse.parse(path)
    assert structure(res) != structure(ref)  # the difference is real ...
    named = [w.line for w in res.warnings if "pdftotext -layout" in w.message]
    assert UNSURE[name] in named  # ... and resparse names the line where it starts
    line = path.read_text(encoding="utf-8").split("\n")[UNSURE[name] - 1].strip()
    assert line in ("Annex", "Annex I")
