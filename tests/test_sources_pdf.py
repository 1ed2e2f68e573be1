"""The PDF front end (resparse.sources.pdf): the official PDF gives the same tree as its extracted text.

The seven PDFs of ../shared/pdfs are compared with their PyMuPDF text in ../shared/corpus/texts (skipped where
absent); two of them (A/RES/78/2, A/RES/80/1) ship in tests/fixtures/pdf with their text, so the comparison also
runs without ../shared.
"""

from __future__ import annotations

import re

import pytest

import resparse
from resparse.sources import read
from resparse.sources.pdf import read_pdf

from conftest import CORPUS, ROOT, TEXTS

FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
PDFS = ROOT.parent / "shared" / "pdfs"
SEVEN = ["A_RES_78_1", "A_RES_78_2", "A_RES_78_125", "A_RES_78_128", "A_RES_78_218", "A_RES_79_1", "A_RES_80_1"]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def tree(res: resparse.Resolution) -> dict:
    """What must agree: every paragraph's label, kind, footnotes and folded text; every footnote's number, folded
    text and citing paragraphs; headings and annex titles; the header facts."""
    return {
        "header": (res.symbol, res.title, res.date, res.committee, res.meeting),
        "paragraphs": [(p.label, p.kind, tuple(p.footnotes), _fold(p.text)) for p in res.walk()],
        "footnotes": [(f.number, _fold(f.text), tuple(f.cited_by)) for f in res.footnotes],
        "headings": [(_fold(h.text), h.before, h.annex) for h in res.headings],
        "annexes": [(a.name, a.title) for a in res.annexes],
    }


def assert_same_tree(pdf_res, text_res):
    a, b = tree(pdf_res), tree(text_res)
    assert a["header"] == b["header"]
    assert [p[0] for p in a["paragraphs"]] == [p[0] for p in b["paragraphs"]]  # labels, in order
    for pa, pb in zip(a["paragraphs"], b["paragraphs"]):
        assert pa == pb, f"paragraph {pa[0]} differs"
    assert a["footnotes"] == b["footnotes"]
    assert a["headings"] == b["headings"]
    assert a["annexes"] == b["annexes"]


@pytest.mark.parametrize("name", ["A_RES_78_2", "A_RES_80_1"])
def test_fixture_pdf_equals_its_text(name):
    text = FIXTURES / f"{name}.txt" if (FIXTURES / f"{name}.txt").exists() else TEXTS / f"{name}.txt"
    assert_same_tree(resparse.parse(FIXTURES / f"{name}.pdf"), resparse.parse(text))


@pytest.mark.parametrize("name", SEVEN)
def test_seven_pdfs_equal_their_corpus_text(name):
    pdf, txt = PDFS / f"{name}.pdf", CORPUS / f"{name}.txt"
    if not pdf.exists() or not txt.exists():
        pytest.skip("../shared/pdfs or ../shared/corpus is not present")
    pdf_res = resparse.parse(pdf)
    assert_same_tree(pdf_res, resparse.parse(txt))
    # every footnote is cited, from a superscript marker in the PDF
    assert all(f.cited_by for f in pdf_res.footnotes), [f.number for f in pdf_res.footnotes if not f.cited_by]


def test_footnote_markers_are_superscripts():
    """Markers come from the characters' size and rise: 80/1's marker stands after a space in the PDF ("United
    Nations 1 are prevented") and is still glued to its word as a sure marker; the footnote's own number leads
    its line."""
    text = read_pdf(FIXTURES / "A_RES_80_1.pdf").text
    assert "Headquarters of the United Nations<sup>1</sup> are prevented from" in text
    assert "\n1 See resolution 169 (II).\n" in text
    res = resparse.parse(FIXTURES / "A_RES_80_1.pdf")
    assert res.footnotes[0].cited_by == ["PP1"]
    assert res.get("PP1").footnotes == ["1"]
    assert "United Nations are prevented" in res.get("PP1").text


def test_running_headers_and_page_breaks():
    """Page 2's running header and footer (found in the page's top and bottom bands) are gone from the tree, and
    sub-paragraph (a), split by the page break and the footnote block, is whole."""
    res = resparse.parse(FIXTURES / "A_RES_80_1.pdf")
    a = res.get("1 (a)").text
    assert a.endswith("played in the General Assembly Hall during the general debate of the Assembly at its "
                      "eightieth session after introduction by its representative who is physically present in the "
                      "Assembly Hall;")
    assert not any("25-15106" in p.text or "2/2" in p.text for p in res.walk())
    assert res.pages == 2


def test_spans_point_at_page_and_line():
    """Page and line on the page, counted from the top (running header included), as a reader of the PDF sees."""
    res = resparse.parse(FIXTURES / "A_RES_80_1.pdf")
    b = res.get("1 (b)").span
    assert (b.page, b.page_line) == (2, 4)  # header, "Assembly at its ...", "physically present ...", then (b)
    assert res.get("1 (a)").span.page == 1
    fn = res.footnotes[0].span
    assert fn.page == 1
    assert res.get("1 (b)").to_dict()["span"]["page"] == 2
    text_res = resparse.parse(TEXTS / "A_RES_80_1.txt")
    assert "page" not in text_res.get("1 (b)").to_dict()["span"]  # text input: no page


def test_read_dispatches_by_content(tmp_path):
    copy = tmp_path / "resolution.txt"  # a PDF with a .txt name is still read as a PDF
    copy.write_bytes((FIXTURES / "A_RES_78_2.pdf").read_bytes())
    src = read(copy)
    assert src.kind == "pdf" and src.pdf.pages == 2
    assert src.where(1) == (1, 1)
    md = tmp_path / "r.md"
    md.write_text("# Title\n", encoding="utf-8")
    assert read(md).kind == "text"


def test_sure_markers_after_a_space_and_cited_again():
    """tests/fixtures/pdf/markers.pdf (made by make_fixtures.py in the official layout's sizes): footnote 1's marker
    stands after a space, footnote 2 is cited on page 1 and again on page 2, after its footnote's text. Raised
    digits are sure markers: no context rule or page rule of the text route applies to them."""
    res = resparse.parse(FIXTURES / "markers.pdf")
    assert [(p.label, p.footnotes) for p in res.walk()] == [("PP1", ["1"]), ("1", ["2"]), ("2", ["2"])]
    assert [(f.number, f.cited_by) for f in res.footnotes] == [("1", ["PP1"]), ("2", ["1", "2"])]
    assert res.get("2").text.startswith("Endorses the conclusions and recommendations of the Advisory Committee on "
                                        "Administrative and Budgetary Questions, subject to")
    assert res.get("PP1").text == "Recalling its resolution 70/1, and its decision 98/555,"
