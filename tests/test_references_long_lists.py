"""Long lists of resolutions in a recital: one citation, every member, and a part written inside the list kept with
the member it follows (grammar/references.lark's cite_docs_dated; the longest-prefix runner read on past its window:
resparse.grammars.PrefixMemo's ``grow``). On the real texts copied to tests/fixtures/references/: A/RES/78/252 (the
budget resolutions' PP1, "45/248 B, section VI, of 21 December 1990, ... 59/276, section XI, of 23 December 2004",
over thirty members), A/RES/79/51 (eighteen resolutions and their dates, 694 characters, then a decision) and
A/RES/79/49 (a comma lost after a date inside a list)."""

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

import resparse
from resparse import corpus
from resparse.model import Target
from resparse.references import find, resolve
from resparse.render.akn import to_akn

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "references"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
T = Target


@pytest.fixture(scope="module")
def res_78_252():
    return resparse.parse(FIXTURES / "A_RES_78_252.txt")


def _pp1(res):
    return [r.citation for r in resolve(res) if r.source == "PP1"]


def _numbers(text: str) -> list[str]:
    """The resolution numbers a recital writes, in order ("45/248 B" as "45/248B"; "58/269 and 58/270" both)."""
    return [re.sub(r"\s", "", m) for m in re.findall(r"\b\d+/\d+(?: [A-Z]\b)?", text)]


def test_78_252_a_member_with_its_own_section_keeps_it_and_the_list_goes_on(res_78_252):
    """The section written after 45/248 B and before its date is of 45/248 B alone; 59/276's section XI of 59/276
    alone; the members after each (55/231 to 77/263 B) are cited too (was: "section VI" of 41/213, 42/211 and
    45/248 B, the list ended there, 55/231 and the 26 members after it not cited)."""
    [cit] = [c for c in _pp1(res_78_252) if c.kind == "external"]
    pp1 = res_78_252.get("PP1").text
    written = _numbers(pp1)
    assert len(written) == 29 and written[-1] == "77/263B"
    assert [t.document for t in cit.targets] == [f"A/RES/{n}" for n in written]
    assert [t for t in cit.targets if t.label] == [T("A/RES/45/248B", "section VI"), T("A/RES/59/276", "section XI")]
    # the date after the part is the member's; a date after a whole member is its own, as before
    assert cit.dates["A/RES/45/248B"] == "21 December 1990" and cit.dates["A/RES/59/276"] == "23 December 2004"
    assert cit.dates["A/RES/41/213"] == "19 December 1986" and cit.dates["A/RES/77/263B"] == "18 April 2023"
    assert cit.phrase.endswith("77/263 B of 18 April 2023")


@pytest.mark.parametrize("text, targets, dates", [
    # a member's part between commas, then its date: that member's alone
    ("Reaffirming its resolutions 41/213 of 19 December 1986 and 45/248 B, section VI, of 21 December 1990,",
     [T("A/RES/41/213", None), T("A/RES/45/248B", "section VI")],
     {"A/RES/41/213": "19 December 1986", "A/RES/45/248B": "21 December 1990"}),
    # one member only: the same reading, the date kept
    ("Recalling its resolution 59/276, section XI, of 23 December 2004, and",
     [T("A/RES/59/276", "section XI")], {"A/RES/59/276": "23 December 2004"}),
    # the list goes on after it, with "and", a part of its own again, the Council's numbers read as the first's
    ("Recalling Security Council resolutions 1/1, paragraph 3, of 1 May 2000, 2/2 and 3/3, paragraph 4, of 2 May 2001",
     [T("S/RES/1/1", "3"), T("S/RES/2/2", None), T("S/RES/3/3", "4")],
     {"S/RES/1/1": "1 May 2000", "S/RES/3/3": "2 May 2001"}),
])
def test_a_part_written_before_a_members_date_is_that_members(text, targets, dates):
    [cit] = find(text)
    assert (cit.targets, cit.dates) == (targets, dates)


@pytest.mark.parametrize("text, targets", [
    # a part after the whole list, no date after it: of every member (the rule before, unchanged)
    # (numbers of the Assembly's: one of a session before its thirty-first, "1/1", is another body's since refs-e)
    ("Recalling its resolutions 71/1 and 72/2, paragraph 3, and", [T("A/RES/71/1", "3"), T("A/RES/72/2", "3")]),
    ("Recalling its resolutions 32/151, para. 10, and 37/111, para. 5,", [T("A/RES/32/151", "10"), T("A/RES/37/111", "5")]),
])
def test_a_part_after_the_whole_list_keeps_the_rule_before(text, targets):
    [cit] = find(text)
    assert cit.targets == targets


def test_79_51_a_list_longer_than_the_window_is_read_to_its_end():
    """79/51's PP1 lists eighteen resolutions with their dates over 694 characters: every one is cited, up to the
    last, 78/52 (was: the citation ended at 75/69, 400 characters on, and 76/55, 77/251 and 78/52 were not cited)."""
    res = resparse.parse(FIXTURES / "A_RES_79_51.txt")
    pp1 = res.get("PP1").text
    cits = [c for c in _pp1(res) if c.kind == "external"]
    listed = pp1[pp1.index("its resolutions") : pp1.index(", as well as")]
    assert len(listed) > 400
    assert [t.document for t in cits[0].targets] == [f"A/RES/{n}" for n in _numbers(listed)]
    assert cits[0].phrase == " ".join(listed.split()) or cits[0].phrase == listed
    assert [t.document for c in cits[1:] for t in c.targets] == ["A/DEC/66/517"]


def test_a_long_list_reads_the_same_after_a_shorter_text_of_the_same_start():
    """The runner's memo keys on the window's first 400 characters: a text whose list ends at the window's end and
    one whose list goes on after the same 400 characters each read their own list (the first read kept no result
    for the second to take)."""
    members = ", ".join(f"{60 + k}/{10 + k} of {k + 1} December 20{10 + k}" for k in range(30))
    text = f"Recalling its resolutions {members}, and"
    cut = text[:400]
    short = find(cut)[0]
    long = find(text)[0]
    assert len(long.targets) == 30 and long.targets[-1].document == "A/RES/89/39"
    assert len(short.targets) < 30 and short.end <= 400
    assert find(text)[0].targets == long.targets  # read again: the same


def test_78_252_cited_by_finds_each_member(res_78_252, tmp_path):
    """`resparse cited-by A/RES/55/231` finds 78/252's PP1 (was: no citation: the list ended before it); 41/213 is
    cited whole, not its section VI."""
    d = tmp_path / "texts"
    d.mkdir()
    shutil.copy(FIXTURES / "A_RES_78_252.txt", d)
    db = tmp_path / "c.sqlite"
    corpus.build([d], db, jobs=1)
    rows = [r for r in corpus.cited_by(db, "A/RES/55/231") if (r["document"], r["paragraph"]) == ("A/RES/78/252", "PP1")]
    assert [(r["cites"], r["portion"]) for r in rows] == [(None, None)]  # whole: not "section VI; section XI"
    [row] = [r for r in corpus.cited_by(db, "45/248 B") if r["paragraph"] == "PP1"]
    assert row["cites"] == "section VI" and "section VI" in row["portion"]
    assert ("A/RES/78/252", "PP1") in [(r["document"], r["paragraph"])
                                       for r in corpus.cited_by(db, "77/263 B")]


def test_78_252_akn_a_list_is_no_range(res_78_252):
    """The Akoma Ntoso export writes PP1's list as an mref with a ref on each number written (was: an rref from
    41/213 up to 45/248 B, a list written as a range); 45/248 B's ref is on "45/248 B"."""
    root = etree.fromstring(to_akn(res_78_252).encode())
    pp1 = root.find(".//*[@eId='recital_1']", NS)
    assert pp1.findall(".//a:rref", NS) == []
    [mref] = pp1.findall(".//a:mref", NS)
    refs = mref.findall("a:ref", NS)
    assert [re.sub(r"\s", "", r.text) for r in refs] == _numbers(res_78_252.get("PP1").text)
    assert refs[2].text == "45/248 B" and refs[2].get("href").endswith("/1990-12-21/45-248-B")


def test_akn_a_range_only_where_the_phrase_writes_one():
    """Two numbers placed of more targets make an rref only with "to" or a dash between them: "57/284 A and B and
    58/1" (three resolutions, two numbers placed) is an mref."""
    from resparse.render.akn import validate
    from conftest import mini_resolution

    text = mini_resolution("Decides something;", "Decides more;", "Decides again;",
                           "Recalls paragraphs 1 to 3 above;", "Recalls its resolutions 57/284 A and B and 58/1;")
    res = resparse.parse_text(text)
    xml = to_akn(res)
    root = etree.fromstring(xml.encode())
    rref = root.find(".//*[@eId='para_4']//a:rref", NS)
    assert (rref.get("from"), rref.get("upTo")) == ("#para_1", "#para_3")
    p5 = root.find(".//*[@eId='para_5']", NS)
    assert p5.findall(".//a:rref", NS) == []
    # part B is placed on its letter (was an empty ref after the text: refs-d)
    assert [(r.get("href").split("A/RES/")[-1], r.text) for r in p5.findall(".//a:mref/a:ref", NS)] == [
        ("57/284A", "57/284 A"), ("57/284B", "B"), ("58/1", "58/1")]
    assert validate(xml) == []


def test_79_49_a_comma_the_text_lost_after_a_date_does_not_end_the_list():
    """79/49's PP2 reads "73/38 of 5 December 2018 75/42 of 7 December 2020 and 77/49 of 7 December 2022" (no comma
    after 2018): the date closes 73/38, and 75/42 and 77/49 are cited too (was: the list ended at 73/38)."""
    res = resparse.parse(FIXTURES / "A_RES_79_49.txt")
    pp2 = res.get("PP2").text
    assert "2018 75/42" in " ".join(pp2.split())
    cit = next(r.citation for r in resolve(res) if r.source == "PP2" and r.citation.kind == "external")
    listed = pp2[pp2.index("its resolutions") : pp2.index("77/49") + len("77/49")]
    assert [t.document for t in cit.targets] == [f"A/RES/{n}" for n in _numbers(listed)]
    assert cit.dates["A/RES/75/42"] == "7 December 2020"


def test_78_252_graph_a_member_cited_whole_has_no_portion(res_78_252):
    """The graph's cites edges from PP1: 41/213 and 55/231 cited whole carry no portion (the parts of 45/248 B and
    59/276 are theirs); 45/248 B's edge carries its section."""
    from resparse.graph import build_graph

    g = build_graph([res_78_252])
    cites = {v: d for u, v, d in g.edges(data=True) if d["kind"] == "cites" and g.nodes[u].get("label") == "PP1"}
    assert len(cites) == 29
    assert "portion" not in cites["A/RES/41/213"] and "portion" not in cites["A/RES/55/231"]
    assert "section VI" in cites["A/RES/45/248B"]["portion"]
