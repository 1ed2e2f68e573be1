"""Tables in a resolution's PDF text (one cell a line): the normalizer's table block (normalize.table_blocks), the
grammar's ``table``, the model's :class:`Table`, and their outputs, on the real texts that hold them."""

from __future__ import annotations

import json

import pytest
from lxml import etree

import resparse
from resparse.normalize import normalize, split_lines
from resparse.render.akn import AKN, RS, to_akn, validate
from resparse.render.text import outline
from resparse.sources.akn import read_bytes
from resparse.tables import grid, rows

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
        "# A. Secretariat of the Pension Board", "table: 3 rows of 4 columns", "# B. Pension Administration",
        "table: 14 rows of 4 columns", "# C. Office of Investment Management", "table: 28 rows of 4 columns",
        "# D. Audit", "table: 3 rows of 4 columns", text[at + 9].strip()]
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
    # the unit heads the stub column, "Net of staff / assessment" is one header cell, a wrapped label one cell, a
    # row of no figures ("Total assessment for 2024", "Of which:") empty cells
    assert t.rows == [
        ["(United States dollars)", "Gross", "Net of staff assessment"],
        ["Estimated appropriation for 2024a", "63 930 800", "58 552 400"],
        ["Revised estimates: effects of changes in rates of exchange and inflation b", "3 704 800", "3 597 500"],
        ["Recommendations of the Advisory Committee on Administrative and Budgetary Questionsc", "(2 061 900)",
         "(1 897 200)"],
        ["Recommendations of the Fifth Committeec", "(114 600)", "(120 300)"],
        ["Estimated initial appropriation for 2024", "65 459 100", "60 132 400"],
        ["Total assessment for 2024", "", ""],
        ["Requirements for 2024", "65 459 100", "60 132 400"],
        ["Cancellation of commitments for the year 2021 and other revenue", "(3 369 000)", "(3 369 000)"],
        ["Surplus resulting from the final expenditure for the budget for the year 2022", "(6 982 600)",
         "(6 409 600)"],
        ["Net contributions assessed on Member States for 2024", "55 107 500", "50 353 800"],
        ["Of which:", "", ""],
        ["Contributions assessed on Member States in accordance with the scale of assessments applicable to the "
         "regular budget of the United Nations for 2024", "27 553 750", "25 176 900"],
        ["Contributions assessed on Member States in accordance with the scale of assessments applicable to "
         "peacekeeping operations of the United Nations for 2024", "27 553 750", "25 176 900"]]
    assert t.unsure == ""
    assert t.notes == ["a See A/78/534.", "b See A/78/634.", "c Reflects amounts after recosting."]
    assert "== Annex: Financing of the International Residual Mechanism" in outline(res)
    assert "  table: 14 rows of 3 columns" in outline(res).splitlines()


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
    # the stub is the one text cell of its row: its two lines are that cell
    assert rows(["Action", "Number", "Establishment", "2", "Redeployment from the Client Services",
                 "Service to the Office", "1"]) == [["Action", "Number"], ["Establishment", "2"],
                                                    ["Redeployment from the Client Services Service to the Office", "1"]]
    # but the first row's lines cannot be told from the header's: no grid rather than a wrong header
    assert grid(["Action", "Number", "Redeployment from the Client Services", "Service to the Office", "1",
                 "Establishment", "2"]) == ([], "the header (3 lines) does not make 2 columns")
    # no header (a figure in the first row)
    assert grid(["1", "2", "3", "4"]) == ([], "no row of a label and its figures")
    # three text cells, four lines, nothing to say which two go together: no grid, and why
    assert grid(["Action", "Title", "Level", "Number", "Establishment", "Officer", "P-4", "1",
                 "Redeployment from the Client Services", "Service to the Office", "Team Assistant", "GS (OL)", "1",
                 "Conversion", "Accountant", "P-3", "3"]) == (
        [], "the row 'Redeployment from the Client Services': 4 lines for 3 text cells")
    # ... unless the row next to it opens with the same lines: those are the action both take
    assert grid(["Action", "Title", "Level", "Number", "Establishment", "Officer", "P-4", "1",
                 "Redeployment from the Client Services", "Service to the Office", "Team Assistant", "GS (OL)", "1",
                 "Redeployment from the Client Services", "Service to the Office", "Accountant", "P-3", "3"])[0][2:] == [
        ["Redeployment from the Client Services Service to the Office", "Team Assistant", "GS (OL)", "1"],
        ["Redeployment from the Client Services Service to the Office", "Accountant", "P-3", "3"]]
    # a column of figures with a text in it: the cut is wrong, no grid
    assert grid(["Post", "Level", "Number", "Officer", "P-4", "1", "Assistant", "2", "GS"])[0] == []


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
        "1 (a)      The posts shall be as follows:", "table: 3 rows of 3 columns", "1 (b)      The other posts shall be abolished;"]
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    box = root.find(".//a:list/a:hcontainer[@name='table']", NS)
    assert box.getprevious().get("eId") == "para_1__subpara_a"
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


# every table of the corpus, read by hand from its text: the number of rows (header first) and of columns where the
# rows are recovered, else None; in the order of the files and of the tables in each
GRIDS = {"A_RES_78_249": [(14, 3)], "A_RES_78_252": [(41, 4)], "A_RES_78_253": [(11, 4), (16, 4), None],
         "A_RES_79_249": [(194, 2)], "A_RES_79_253": [(3, 4), (14, 4), (28, 4), (3, 4)], "A_RES_79_255": [(13, 3)],
         "A_RES_79_257": [(41, 4)], "A_RES_80_239": [(8, 3), (4, 3)], "A_RES_80_242": [(43, 4)],
         "A_RES_80_243": [(9, 4), (11, 4)]}


@pytest.mark.parametrize("name", WITH_TABLES)
def test_the_grid_of_every_table_of_the_corpus(name):
    """16 of the 17 tables have their rows, each row as many cells as the header; the one whose header line holds
    three cells ("P-2 GS (PL) GS (OL)", 78/253 XII.15) has none, and says why."""
    res = _corpus(name)
    assert [(len(t.rows), len(t.rows[0])) if t.rows else None for t in res.tables] == GRIDS[name]
    for t in res.tables:
        assert all(len(r) == len(t.rows[0]) for r in t.rows)
        assert bool(t.unsure) == (not t.rows)
        # the cells the rows hold are the table's, in order: no cell made up, none lost but a repeated header and
        # blank lines
        at = 0
        for cell in [c for r in t.rows[1:] for c in r if c]:
            at = next(i + k for i in range(at, len(t.cells)) for k in range(1, 6)
                      if " ".join(t.cells[i : i + k]) == cell)


def test_a_staffing_table_split_by_a_page_break_with_wrapped_actions():
    """78/253 VII.6's first table (tests/fixtures): the header again after the page break is left out; an action
    wrapped over four lines that the two rows after it share is their first cell."""
    res = resparse.parse(FIXTURES / "A_RES_78_253.txt")
    t = res.tables[0]
    assert t.rows[0] == ["Action", "Title of post", "Category/Level", "Number"]
    assert [r[0] for r in t.rows].count("Action") == 1 and t.cells.count("Action") == 2
    assert t.rows[5] == ["Total net changes", "", "", "4"]
    assert t.rows[-2:] == [
        ["Redeployment from Contracts Management Unit to Sourcing Coordination Unit", "Contracts Management Officer",
         "P-3", "1"],
        ["Redeployment from Contracts Management Unit to Sourcing Coordination Unit", "Administrative Assistant",
         "GS (OL)", "1"]]
    # the second: an action whose lines say they go on ("Office / of the ... of / the Secretary-General to / ...")
    assert res.tables[1].rows[11] == [
        "Redeployment from Office of the Representative of the Secretary-General to Legal Team", "Senior Legal Officer",
        "P-5", "1"]
    # the third: its header cannot be cut into its 10 columns: its cells in order, and why
    third = res.tables[2]
    assert third.rows == [] and third.cells[5] == "P-2 GS (PL) GS (OL)"
    assert third.unsure == "the header (8 lines) does not make 10 columns"
    assert "table: 38 cells, no rows: the header (8 lines) does not make 10 columns" in outline(res)


def test_a_table_of_posts_with_wrapped_headers_and_section_rows():
    """78/252's annex: header cells over two and three lines ("Number of posts / (excluding special / political
    missions)"), section rows of no figures, the header again after a page break, a dash for none."""
    res = _corpus("A_RES_78_252")
    [t] = res.tables
    assert t.rows[:4] == [
        ["Category", "Number of posts (excluding special political missions)",
         "Number of posts (special political missions)", "Total"],
        ["Expenditure sections", "", "", ""], ["Professional and higher", "", "", ""],
        ["Deputy Secretary-General", "1", "–", "1"]]
    assert t.rows[-1] == ["Total", "10 415", "4 079", "14 494"]
    assert [r[0] for r in t.rows].count("Category") == 1


def test_the_scale_of_assessments_one_row_a_member_state():
    """79/249 12: the header "Member State / Percentage" stands again on every page; the rows are the 193 Member
    States, each once."""
    [t] = _corpus("A_RES_79_249").tables
    assert t.rows[0] == ["Member State", "Percentage"] and len(t.rows) == 194
    states = [r[0] for r in t.rows[1:]]
    assert len(set(states)) == 193 and "Member State" not in states
    assert t.rows[1] == ["Afghanistan", "0.005"] and t.rows[-1] == ["Zimbabwe", "0.007"]
    assert ["United States of America", "22.000"] in t.rows


def test_blank_lines_before_a_page_break_are_no_row():
    """79/253 19, table C: "Total new posts / [blank] / [blank] / 18", then three blank lines and the header again
    on the next page: the row keeps its four cells, the blank lines make none."""
    t = _corpus("A_RES_79_253").tables[2]
    i = t.rows.index(["Total new posts", "", "", "18"])
    assert t.rows[i + 1] == ["Conversion", "Risk Officer", "P-4", "1"]


def test_a_budget_table_whose_header_stands_again_after_a_page_break():
    t = _corpus("A_RES_79_255").tables[0]
    assert t.rows[0] == ["(United States dollars)", "Gross", "Net of staff assessment"]
    assert t.rows[3:6] == [["Recommendations of the Fifth Committee", "–", "–"],
                           ["Estimated initial appropriation for 2025", "60 963 800", "56 127 700"],
                           ["Total assessment for 2025", "", ""]]
    assert [r[0] for r in t.rows].count("(United States dollars)") == 1


MARKDOWN = FIXTURES / "markdown_tables" / "A_RES_80_239.md"


def test_markdown_pipe_tables_are_tables_with_their_rows():
    """A markdown conversion of A/RES/80/239 (tests/fixtures/markdown_tables: its text, its two annexed budget
    tables as pipe tables): each table is the same ``table`` element as the PDF's, its rows as written (emphasis
    and ``<sup>`` cleaned), its note, in its annex; the numbering of the paragraphs is untouched."""
    res = resparse.parse(MARKDOWN)
    assert [p.label for p in res.paragraphs] == ["PP1", "PP2", "1", "2", "3", "4", "5", "6", "7"]
    assert not res.by_kind("annex")  # no paragraph made of a table's row
    first, second = res.tables
    assert (first.annex, second.annex) == ("annex I", "annex II")
    assert first.rows[0] == ["(United States dollars)", "Gross", "Net of staff assessment"]
    assert first.rows[1] == ["Estimated appropriation for 2026a", "56 234 300", "51 375 900"]
    assert first.rows[4:6] == [["Appropriation for 2026", "56 126 600", "51 268 200"], ["Of which:", "", ""]]
    assert first.notes == ["a See A/80/505."] and first.unsure == ""
    assert second.rows[-1] == ["Total credits reported in the financial performance report for 2024", "8 898 000",
                               "9 756 600"]
    assert first.span.line == 49 and second.span.line == 65
    # the PDF's text of the same resolution gives the same rows
    pdf = _corpus("A_RES_80_239")
    assert [t.rows for t in pdf.tables] == [t.rows for t in res.tables]
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    table = root.find(".//a:hcontainer[@name='table']/a:content/a:table", NS)
    assert [th.findtext("a:p", namespaces=NS) for th in table.findall("a:tr/a:th", NS)] == [
        "(United States dollars)", "Gross", "Net of staff assessment"]
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


def test_a_pipe_row_needs_its_delimiter_row(tmp_path):
    """A line of text with pipes is no table without the delimiter row under its header; a row of fewer cells is
    filled with empty cells, one of more cut to the header's (GitHub Flavored Markdown)."""
    from resparse.normalize import pipe_tables

    assert pipe_tables(["| a | b |", "| c | d |"], set()) == {}
    lines = ["| Post | Number |", "|:--|--:|", "| Officer |", "| Assistant | 2 | extra |", "", "x"]
    assert pipe_tables(lines, set()) == {0: (3, 3)}
    [line] = [ln for ln in normalize("\n".join(lines)).lines if ln.cells is not None]
    assert line.columns == 2 and line.cells == ("Post", "Number", "Officer", "", "Assistant", "2")


def test_an_unsure_table_keeps_its_cells_and_says_why_in_json_and_akoma_ntoso():
    res = resparse.parse(FIXTURES / "A_RES_78_253.txt")
    data = res.to_dict()["tables"][2]
    assert data["rows"] == [] and data["unsure"].startswith("the header") and len(data["cells"]) == 38
    xml = to_akn(res)
    assert validate(xml) == []
    box = etree.fromstring(xml.encode()).findall(".//a:hcontainer[@name='table']", NS)[2]
    assert box.get(f"{{{RS}}}unsure") == data["unsure"]
    assert box.findall(".//a:th", NS) == []
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


def test_the_corpus_database_stores_the_tables_and_shows_them(tmp_path, capsys):
    """``corpus build`` stores each table (its rows as JSON); ``corpus tables`` lists them, and with a symbol prints
    a document's rows."""
    from resparse import corpus
    from resparse.cli import main

    src = tmp_path / "in"
    src.mkdir()
    for path in (FIXTURES / "A_RES_78_253.txt", MARKDOWN):
        (src / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "c.db"
    corpus.build([src], db, jobs=1)
    assert corpus.report(db)["rows"]["tables"] == 5
    found = corpus.tables(db)
    assert [(t["document"], t["after"], t["annex"], t["columns"]) for t in found] == [
        ("A/RES/78/253", "VII.6", None, 4), ("A/RES/78/253", "VII.6", None, 4), ("A/RES/78/253", "XII.15", None, None),
        ("A/RES/80/239", None, "annex I", 3), ("A/RES/80/239", None, "annex II", 3)]
    assert found[3]["rows"] == resparse.parse(MARKDOWN).tables[0].rows and found[3]["notes"] == ["a See A/80/505."]
    assert found[2]["rows"] == [] and found[2]["unsure"] == "the header (8 lines) does not make 10 columns"
    assert [t["document"] for t in corpus.tables(db, "80/239")] == ["A/RES/80/239"] * 2
    assert main(["corpus", "tables", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["A/RES/78/253", "after", "VII.6", "lines", "523-596", "11", "rows", "of", "4", "columns"]
    assert "38 cells, no rows: the header (8 lines) does not make 10 columns" in out[2]
    assert main(["corpus", "tables", "A/RES/80/239", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:3] == ["  (United States dollars) | Gross | Net of staff assessment",
                        "  Estimated appropriation for 2026a | 56 234 300 | 51 375 900"]
    assert "  note: a See A/80/505." in out
    assert main(["corpus", "tables", "--db", str(db), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5
