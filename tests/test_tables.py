"""Tables in a resolution's PDF text (one cell a line): the normalizer's table block (normalize.table_blocks), the
grammar's ``table``, the model's :class:`Table`, and their outputs, on the real texts that hold them."""

from __future__ import annotations

import json

import pytest
from lxml import etree

import resparse
from resparse.normalize import normalize, split_lines
from resparse.render.akn import AKN, to_akn, validate
from resparse.render.text import outline
from resparse.sources.akn import read_bytes
from resparse.tables import rows

from conftest import CORPUS, TEXTS

FIXTURES = TEXTS.parent / "tests" / "fixtures"
NS = {"a": AKN}

# the corpus files that hold tables: staffing tables, budget tables, the scale of assessments
WITH_TABLES = ["A_RES_78_249", "A_RES_78_252", "A_RES_78_253", "A_RES_79_249", "A_RES_79_253", "A_RES_79_255",
               "A_RES_79_257", "A_RES_80_239", "A_RES_80_242", "A_RES_80_243"]


def _corpus(name: str):
    path = CORPUS / f"{name}.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is absent")
    return resparse.parse(path)


def test_79_253_staffing_tables_are_tables_and_the_numbering_goes_on():
    res = _corpus("A_RES_79_253")
    labels = [p.label for p in res.paragraphs if p.kind == "operative"]
    assert labels == [str(n) for n in range(1, 25)]  # no OP1 ... OP5 made of cells, 20 after 19
    assert [t.after for t in res.tables] == ["19"] * 4
    assert [len(t.cells) for t in res.tables] == [12, 59, 120, 12]
    first = res.tables[0]
    assert first.rows == [["Action", "Title of post", "Category/level", "Number"],
                          ["Establishment", "Programme Management Officer", "P-4", "1"],
                          ["Total net change", "", "", "1"]]
    assert res.tables[-1].notes[0].startswith("Abbreviations: GS (OL), General Service (Other level)")
    # the sub-tables' captions stay headings, each before its table in the outline
    text = outline(res).splitlines()
    at = text.index(next(x for x in text if x.lstrip().startswith("19 ")))
    assert [x.strip() for x in text[at + 1: at + 10]] == [
        "# A. Secretariat of the Pension Board", "table: 12 cells", "# B. Pension Administration", "table: 59 cells",
        "# C. Office of Investment Management", "table: 120 cells", "# D. Audit", "table: 12 cells",
        text[at + 9].strip()]
    assert text[at + 9].strip().startswith("20 ")


@pytest.mark.parametrize("name", WITH_TABLES)
def test_a_table_holds_no_paragraph(name):
    """Every known file: no paragraph, heading or footnote of the resolution lies inside a table's lines, and no
    cell opens as a numbered paragraph does ("20. Also approves")."""
    res = _corpus(name)
    assert res.tables
    for t in res.tables:
        inside = [p.label for p in res.walk() if t.span.line <= p.span.line <= t.span.end_line]
        assert inside == []
        assert not [h.text for h in res.headings if t.span.line <= h.span.line <= t.span.end_line]
        assert not [c for c in t.cells if c[:1].isdigit() and ". " in c[:5]]


def test_the_tables_of_the_corpus_are_those_of_the_known_files():
    """The normalizer finds a table block in the known files only: not in a justified paragraph the PDF's text cut
    a word a line ("coordination / mechanisms, / evacuation", 78/120), not in a recital whose last line ends with a
    year and its footnote marker ("... 7 November / 2019,13", 79/222 PP18)."""
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is absent")
    found = set()
    for path in sorted(CORPUS.glob("*.txt")):
        lines = normalize(path.read_text(encoding="utf-8")).lines
        if any(ln.cells is not None for ln in lines):
            found.add(path.stem)
    assert found == set(WITH_TABLES)


def test_a_budget_table_in_an_annex_with_its_notes():
    """78/249's annex (tests/fixtures/akn): "Of which:" is a cell, the three notes under it ("a See A/78/534.")
    are its notes, not an unnumbered paragraph of the annex."""
    res = resparse.parse(FIXTURES / "akn" / "A_RES_78_249.txt")
    assert not res.by_kind("annex")
    [t] = res.tables
    assert (t.annex, t.after) == ("annex", None)
    assert t.cells[:5] == ["Gross", "Net of staff", "assessment", "(United States dollars)",
                           "Estimated appropriation for 2024a"]
    assert "Of which:" in t.cells and t.rows == []  # a header wrapped over two lines: cells in order
    assert t.notes == ["a See A/78/534.", "b See A/78/634.", "c Reflects amounts after recosting."]
    assert "== Annex: Financing of the International Residual Mechanism" in outline(res)
    assert "  table: 46 cells" in outline(res).splitlines()


def test_a_recital_ending_with_a_year_and_its_marker_is_no_table():
    res = resparse.parse(FIXTURES / "A_RES_79_222.txt")
    assert res.tables == []
    [pp] = [p for p in res.paragraphs if p.text.startswith("Taking note also of the Small Island Developing States")]
    assert pp.label == "PP18" and pp.text.endswith("GC.18/Res.3 of 7 November 2019,")


def test_json_and_akoma_ntoso_carry_the_tables():
    res = _corpus("A_RES_79_253")
    data = json.loads(json.dumps(res.to_dict()))
    assert data["tables"][0]["after"] == "19" and data["tables"][0]["rows"][0][0] == "Action"
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    boxes = root.findall(".//a:hcontainer[@name='table']", NS)
    assert len(boxes) == 4
    # where it stands: after paragraph 19, its caption heading before it
    assert boxes[0].getprevious().tag == f"{{{AKN}}}crossHeading"
    assert [th.findtext("a:p", namespaces=NS) for th in boxes[0].findall(".//a:th", NS)] == [
        "Action", "Title of post", "Category/level", "Number"]
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


def test_table_markup_in_cells_is_escaped_in_akoma_ntoso():
    """A cell's text is text: "<" and "&" in it are escaped (lxml), the export stays well-formed and reads back."""
    res = resparse.parse(FIXTURES / "akn" / "A_RES_78_249.txt")
    res.tables[0].cells[0] = "Gross <b>&amp;</b>"
    xml = to_akn(res)
    assert "Gross &lt;b&gt;&amp;amp;&lt;/b&gt;" in xml
    assert read_bytes(xml.encode()).tables[0].cells[0] == "Gross <b>&amp;</b>"


def test_rows_only_where_the_cut_reads_as_a_table():
    # the scale of assessments: two columns, a header, a figure in every row
    assert rows(["Member State", "Percentage", "Afghanistan", "0.005", "Albania", "0.010"]) == [
        ["Member State", "Percentage"], ["Afghanistan", "0.005"], ["Albania", "0.010"]]
    # a label wrapped over two lines breaks the cut: cells in order
    assert rows(["Action", "Number", "Redeployment from the Client Services", "Service to the Office", "1"]) == []
    # no header (a figure in the first row)
    assert rows(["1", "2", "3", "4"]) == []


def test_a_table_line_maps_back_to_its_source():
    path = FIXTURES / "akn" / "A_RES_78_249.txt"
    text = path.read_text(encoding="utf-8")
    raw = split_lines(text)
    [table] = [ln for ln in normalize(text).lines if ln.cells is not None]
    for k, piece in enumerate(table.pieces):
        line, col = table.source_pos(piece.offset)
        word = table.text[piece.offset:].split(" ")[0]
        assert raw[line - 1][col - 1:].startswith(word)


def test_a_table_inside_a_list_keeps_the_list_open(tmp_path):
    """A table after an item that introduces it ("(a) The posts shall be as follows:") stands in the list, and the
    next item follows it: (b) is 1 (b), not an unnumbered paragraph "(b) ..." (no corpus text has the shape: the
    tables of the corpus follow a paragraph or stand in an annex)."""
    lines = ["Resolution adopted by the General Assembly on 1 January 2020", "", "99/1. A test resolution", "",
             "The General Assembly,", "", "Recalling its resolution 71/1 of 19 September 2016,", "",
             "1. Decides that:", "", "(a) The posts shall be as follows:", "",
             "Post", "Level", "Number", "Officer", "P-4", "1", "Assistant", "GS (OL)", "2", "",
             "(b) The other posts shall be abolished;", "", "2. Requests the Secretary-General to report thereon.", "",
             "1st plenary meeting", "1 January 2020", ""]
    path = tmp_path / "list_table.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    res = resparse.parse(path)
    assert [p.label for p in res.walk()] == ["PP1", "1", "1 (a)", "1 (b)", "2"]
    [t] = res.tables
    assert t.after == "1 (a)" and t.rows == [["Post", "Level", "Number"], ["Officer", "P-4", "1"],
                                             ["Assistant", "GS (OL)", "2"]]
    assert [x.strip() for x in outline(res).splitlines()[-4:-1]] == [
        "1 (a)      The posts shall be as follows:", "table: 9 cells", "1 (b)      The other posts shall be abolished;"]
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    box = root.find(".//a:list/a:hcontainer[@name='table']", NS)
    assert box.getprevious().get("eId") == "para_1__subpara_a"
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()
