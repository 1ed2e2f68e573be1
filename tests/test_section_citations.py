"""A section of a resolution in sections (the programme budget's "special subjects", A/RES/78/253, A/RES/79/258) as
a label and as a locator: "section XVII, paragraph 4, of its resolution 78/253" (A/RES/78/274, paragraph 3) is
78/253's paragraph XVII.4 in the graph, the corpus and the checker; "section XIX of resolution 79/258" is its one
paragraph XIX; "section XVI of its resolution 78/253" (79/258, PP18) is each paragraph of that section. Each of these
failed before: the locator stayed "section XVII.4", which no label of 78/253 spells, so nothing reached the
paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import corpus
from resparse.check import Library, check
from resparse.graph import build_graph, paragraph_id
from resparse.labels import canonical_label
from resparse import note as notes
from resparse.model import Target
from resparse.references import cited_label, cited_labels, find, resolve

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def res_78_253():
    return resparse.parse(FIXTURES / "A_RES_78_253.txt")


@pytest.fixture(scope="module")
def res_79_258():
    return resparse.parse(FIXTURES / "A_RES_79_258.txt")


@pytest.fixture(scope="module")
def res_78_274():
    return resparse.parse(FIXTURES / "A_RES_78_274.txt")


def _labels(res):
    return {p.label: p for p in res.walk()}


# ---------------------------------------------------------------- labels typed by a user


@pytest.mark.parametrize("typed, label", [
    ("XIX", "XIX"), ("section XIX", "XIX"), ("Section XIX", "XIX"), ("sect. XIX", "XIX"), ("part XIX", "XIX"),
    ("sect. IV, para. 3", "IV.3"), ("section IV, paragraph 3", "IV.3"), ("IV.3", "IV.3"), ("XXIII(a)", "XXIII (a)"),
    ("section XXIII (a)", "XXIII (a)"), ("XXV U1", "XXV U1"), ("VI.4(b)", "VI.4 (b)"),
])
def test_a_section_label_is_read_as_drafters_write_it_and_finds_its_paragraph(res_79_258, typed, label):
    assert canonical_label(typed) == label
    assert res_79_258.get(canonical_label(typed)) is not None


def test_a_section_is_its_own_kind_of_label(res_71_280):
    # "XIX" alone is a section; "annex XIX" an annex, "(xix)" and "xix" a sub-paragraph's marker, "C" a capital
    # alone, "section 13" a section of the programme budget ("under section 13, International Trade Centre"): none
    # a paragraph label
    assert canonical_label("XIX") == "XIX" and canonical_label("section B") == "B"
    assert [canonical_label(t) for t in ("annex XIX", "(xix)", "xix", "C", "section 13")] == [None] * 5
    # where a resolution has no sections, "XIX" names no paragraph of it
    assert res_71_280.get("XIX") is None
    assert cited_labels("section II", _labels(res_71_280), ()) == []


# ---------------------------------------------------------------- references


def test_a_section_locator_names_the_paragraph_of_the_resolution_in_sections(res_78_253, res_79_258, res_78_274):
    # A/RES/78/274, paragraph 3: "... approved ... in section XVII, paragraph 4, of its resolution 78/253 ..."
    [ref] = [r for r in resolve(res_78_274) if r.source == "3" and "78/253" in r.citation.phrase]
    assert ref.resolved == [(Target("A/RES/78/253", "section XVII.4"), "external")]
    labels = _labels(res_78_253)
    assert cited_label("section XVII.4", labels, ()) == "XVII.4"
    assert labels["XVII.4"].text.startswith("Authorizes the Secretary-General to enter into commitments")
    # a section of one paragraph is that paragraph; a section named whole, its paragraphs (not their items)
    labels = _labels(res_79_258)
    assert cited_label("section XIX", labels, ()) == "XIX"
    assert cited_labels("section IV", labels, ()) == ["IV.1", "IV.2", "IV.3", "IV.4"]
    assert cited_labels("section XXV", labels, ()) == ["XXV U1", "XXV.1", "XXV.2"]
    assert cited_label("section XXIII (a)", labels, ()) == "XXIII (a)"
    assert cited_labels("section XXX", labels, ()) == [] and cited_labels("section IV.9", labels, ()) == []


def test_a_section_of_the_citing_resolution_is_its_paragraph(res_79_258):
    # 79/258's own text never cites its sections: one of its paragraphs is given a phrase that does (the text around
    # it unchanged), as "section II above" is written in the resolutions that cite their own headings
    source = (FIXTURES / "A_RES_79_258.txt").read_text(encoding="utf-8")
    at = source.index("Notes that, after a charge of 26,298,800 dollars")
    source = source[:at] + "Notes, further to section XIX above and section IV, paragraph 3, above, that" + \
        source[at + len("Notes that"):]
    res = resparse.parse_text(source)
    refs = [r for r in resolve(res) if r.source == "XXV.1"]
    assert [r.resolved for r in refs] == [
        [(Target(None, "XIX"), "ok")], [(Target(None, "IV.3"), "ok")]]


def test_the_graph_links_a_section_locator_to_the_paragraphs_it_names(res_78_253, res_79_258, res_78_274):
    g = build_graph([res_78_274, res_78_253, res_79_258])
    src = paragraph_id(res_78_274, res_78_274.get("3"))
    to = [v for _, v, k in g.out_edges(src, data="kind") if k == "refers_to"]
    assert to == [paragraph_id(res_78_253, res_78_253.get("XVII.4"))]
    # 79/258 PP18: "Recalling ... section XVI of its resolution 78/253": each paragraph of that section
    src = paragraph_id(res_79_258, res_79_258.get("PP18"))
    to = [v for _, v, k in g.out_edges(src, data="kind") if k == "refers_to"]
    assert to == [paragraph_id(res_78_253, res_78_253.get(f"XVI.{n}")) for n in range(1, 14)]


def test_a_resolution_number_alone_before_its_part_is_that_resolution():
    # a draft note's shorthand, as "Para. 26 of 78/71" is; a number alone is no citation ("the 2024/25 biennium")
    [c] = find("See 79/258, sect. XIX, para. 2, on the Centre.")
    assert (c.phrase, c.kind, c.targets) == (
        "79/258, sect. XIX, para. 2", "external", [Target("A/RES/79/258", "section XIX.2")])
    assert [c.targets for c in find("in 78/71, para. 26")] == [[Target("A/RES/78/71", "26")]]
    assert find("for the 2024/25 biennium") == []
    # A/RES/78/103, footnote 23: each resolution of the list with its own section (the two last were read as parts
    # of a document named "B, 57/283 B" and "III, and 58/250")
    cits = find("Resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III.")
    assert [c.targets for c in cits] == [[Target("A/RES/52/214", "section B")], [Target("A/RES/57/283B", "section III")],
                                         [Target("A/RES/58/250", "section III")]]
    # A/RES/78/69, footnote 129: the number of a series code's symbol is no resolution ("LC 30/16", the London
    # Convention's documents): it is that document's symbol, series and number set apart (branch refs; was: no
    # document, the annex of the words before it)
    assert [c.targets for c in find("International Maritime Organization, document LC 30/16, annex.")] == [
        [Target("LC 30/16", "annex")]]


def test_the_corpus_links_a_section_locator_and_finds_it_by_section(tmp_path):
    db = tmp_path / "c.sqlite"
    files = [FIXTURES / f"A_RES_{n}.txt" for n in ("78_274", "78_253", "80_238")]
    corpus.build(files, db, jobs=1)
    # 78/274 para. 3 ("section XVII, paragraph 4, of its resolution 78/253") and 80/238 para. 12 ("section XII,
    # paragraph 9, of its resolution 78/253")
    rows = corpus.cited_by(db, "78/253", "sect. XVII, para. 4")
    assert [(r["document"], r["paragraph"], r["resolved"]) for r in rows] == [("A/RES/78/274", "3", "XVII.4")]
    rows = corpus.cited_by(db, "78/253", "section XII")
    assert [(r["document"], r["paragraph"], r["resolved"]) for r in rows] == [("A/RES/80/238", "12", "XII.9")]
    assert corpus.cited_by(db, "78/253", "XIX") == []


# ---------------------------------------------------------------- the checker


def test_a_note_citing_sections_is_checked_against_the_right_paragraphs(res_79_258):
    report = check(notes.read(FIXTURES / "budget_sections.note.md"), Library([res_79_258]))
    found = [(f.line, f.code, f.message) for f in report.findings]
    # 1: "section XIX of its resolution 79/258" and a quotation of XIX; 2: "A/RES/79/258, sect. XXV, para. 2" and a
    # quotation of XXV.2; 3: "section XXIII (a)"; 4: "section IV" whole and a quotation of IV.4: all verified
    assert found == [
        (11, "R101", "section IV, paragraph 6 does not exist in A/RES/79/258 (its paragraphs in section IV are "
                     "IV.1–IV.4)"),
        (11, "R101", "section XXX does not exist in A/RES/79/258 (its sections are I–XXV)"),
    ]
    cited = {(i.line, tuple(i.paragraphs)) for i in report.items if i.kind == "citation"}
    assert {(3, ("XIX",)), (5, ("XXV.2",)), (7, ("XXIII (a)",)), (9, ("IV.1", "IV.2", "IV.3", "IV.4"))} <= cited
    quoted = [(i.line, i.status) for i in report.items if i.kind == "quotation"]
    assert quoted == [(3, "verified"), (5, "verified"), (9, "verified")]


def test_a_section_cited_of_a_resolution_without_sections_says_so(res_71_280):
    note = notes.from_text("Section II of resolution 71/280 sets out the preparatory process.\n", "note.md")
    [f] = check(note, Library([res_71_280])).findings
    assert (f.code, f.message) == ("R101", "section II does not exist in A/RES/71/280 (it is not divided into "
                                           "sections)")


def test_a_section_heading_of_a_resolution_numbered_across_its_sections_exists():
    # A/RES/78/330 (multilingualism) has sections I to VII as headings and numbers its paragraphs 1 to 91 across
    # them: "section III" of it exists (no paragraph is labelled by it), "section IX" does not
    res = resparse.parse(FIXTURES / "A_RES_78_330.txt")
    note = notes.from_text("In section III of its resolution 78/330, the Assembly addresses websites and social "
                           "media; section IX of resolution 78/330 is cited in error, and section III, paragraph 2, "
                           "of resolution 78/330 names no paragraph.\n", "note.md")
    report = check(note, Library([res]))
    assert [(f.code, f.message) for f in report.findings] == [
        ("R101", "section IX does not exist in A/RES/78/330 (its sections are I–VII)"),
        ("R101", "section III, paragraph 2 does not exist in A/RES/78/330 (its paragraphs are numbered across its "
                 "sections I–VII)")]
    assert [i.status for i in report.items if i.kind == "citation"] == ["verified", "error", "error"]
