"""References the twenty-sixth session left, read as kinds in the twenty-seventh (branch rfix7) and tested on the
real paragraphs: whole resolutions of tests/fixtures (tests/fixtures/rfix7/SOURCES.md), each the corpus's file
unchanged.

1. another body's decisions listed after a document's symbol in a footnote are parts of that document (78/155);
2. a document cited by its noun alone ("article VI of the Treaty") is the one document of that noun the resolution
   names in full before it, if only one;
3. "draft articles 7 to 18" of no document named (79/121 5) claim no document;
4. a part of a resolution adopted in parts, and a session in roman numerals, print as the UN writes them in the
   text table, the graph and the Akoma Ntoso export, and are read back by ``cited-by``.
"""

from pathlib import Path

import pytest

import resparse
from conftest import fixture_refs, fixture_refs_of as _of, resolved_targets as _targets
from resparse.corpus import symbol_of
from resparse.graph import build_graph
from resparse.references import printed_symbol, resolve
from resparse.render.akn import to_akn
from resparse.render.text import reference_table

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NPT = "the Treaty on the Non-Proliferation of Nuclear Weapons"


# 1. A/RES/78/155 footnote 13: "United Nations Environment Programme, document UNEP/CBD/COP/13/25, decisions XIII/18
# and 14/12, 14/13, 14/14, 14/15, 14/16 and 14/17 of the Conference of the Parties to the Convention on Biological
# Diversity": each decision is a part of the document the footnote names, as the text writes it

def test_decisions_listed_after_a_symbol_are_parts_of_that_document():
    (ref,) = _of("references/A_RES_78_155.txt", "footnote 13")
    assert _targets(ref) == [("UNEP/CBD/COP/13/25", f"decision {n}", "external")
                             for n in ("XIII/18", "14/12", "14/13", "14/14", "14/15", "14/16", "14/17")]
    assert ref.citation.document_name is None  # no free-standing document of another body beside the report


def test_the_graph_draws_the_decisions_as_the_documents_portion():
    res = resparse.parse(FIXTURES / "references" / "A_RES_78_155.txt")
    g = build_graph([res])
    edges = [(t, d) for s, t, d in g.out_edges("A/RES/78/155#fn13", data=True) if d["kind"] == "cites"]
    assert [t for t, _ in edges] == ["UNEP/CBD/COP/13/25"]
    assert edges[0][1]["portion"].startswith("decisions XIII/18 and 14/12")
    assert not [n for n in g.nodes if "14/12" in n]  # no node of a decision 14/12 of its own


# 2. a document cited by its noun alone after the resolution named it in full

@pytest.mark.parametrize("path, source, phrase, name", [
    # PP4 "... the Treaty on the Non-Proliferation of Nuclear Weapons ... article VI of the Treaty" (was "the Treaty");
    # the Comprehensive Nuclear-Test-Ban Treaty (PP11), the Antarctic Treaty (PP12) and others are named only after it
    # and do not count
    ("references/A_RES_78_33.txt", "PP4", "article VI of the Treaty", NPT),
    # the title writes "Non Proliferation", PP2 "Non-Proliferation": one name (as written last before); PP7 quotes
    # "“Improving the effectiveness of the strengthened review process for the Treaty”" (a quotation mark ends a name:
    # the noun alone, no second treaty "the Treaty”")
    ("references/A_RES_78_30.txt", "PP8", "article VI of the Treaty", NPT),
    ("references/A_RES_78_30.txt", "3 (b)", "article VI of the Treaty", NPT),
    # "the Charter of the United Nations" is the one Charter 78/219 names (PP20 "Chapter VIII of the Charter"; one of
    # the corpus audit's rows, seed 2727)
    ("A_RES_78_219.txt", "PP20", "Chapter VIII of the Charter", "the Charter of the United Nations"),
    # the ICCPR is the one Covenant named before paragraph 22 of 78/190 ("articles 19, 21 and 22 of the Covenant")
    ("references/A_RES_78_190.txt", "22", "articles 19, 21 and 22 of the Covenant",
     "the International Covenant on Civil and Political Rights"),
    # the title names the 1995 Fish Stocks Agreement, the one Agreement named before PP4 (an audit row)
    ("A_RES_79_145.txt", "PP4", "article 1, paragraph 2 (b), of the Agreement",
     "the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the "
     "Sea relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks"),
    # "the entry into force of the Treaty on 24 December 2014" names no other treaty: a date after a name is no part
    # of it, and "The Arms Trade Treaty" of the title is the one
    ("rfix7/A_RES_78_48.txt", "6", "article 13 of the Treaty", "the Arms Trade Treaty"),
    # the title's name whole, where the grammar's DOC_NAME stops at "(Biological)"
    ("rfix7/A_RES_78_67.txt", "PP5", "article I of the Convention",
     "the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological "
     "(Biological) and Toxin Weapons and on Their Destruction"),
    # the title "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and ... of
    # Areas beyond National Jurisdiction" (DOC_NAME reads "the Agreement under ..." of PP2 as the noun alone)
    ("kinds10/A_RES_78_272.txt", "PP3", "article 47, paragraph 2, of the Agreement",
     "the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use "
     "of Marine Biological Diversity of Areas beyond National Jurisdiction"),
    # "the Addendum to the Agreement ... (the Addendum)" in paragraph 1, "article 2, paragraph 2, of the Addendum" in 2
    ("rfix6/A_RES_79_324.txt", "2", "article 2, paragraph 2, of the Addendum",
     "the Addendum to the Agreement between the United Nations and the Royal Government of Cambodia concerning the "
     "Prosecution"),
])
def test_a_document_by_its_noun_alone_is_the_one_named_in_full_before(path, source, phrase, name):
    (ref,) = _of(path, source, phrase)
    assert ref.citation.document_name == name
    assert all(t.document is None and status == "external" for t, status in ref.resolved)


@pytest.mark.parametrize("path, source, phrase, name", [
    # "the Comprehensive Nuclear-Test-Ban Treaty" (the title) and "the Treaty on the Non-Proliferation of Nuclear
    # Weapons" (PP5) before "article XIV of the Treaty": was kept as written ("which one the text does not say"); the
    # paragraph itself names the CTBT before it ("... Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty,
    # ..., convened pursuant to article XIV of the Treaty"): that one (branch check8, its nearest antecedent)
    ("rfix7/A_RES_78_66.txt", "PP9", "article XIV of the Treaty", "the Comprehensive Nuclear-Test-Ban Treaty"),
    # four treaties named in full before PP8 of 79/35 (the INF Treaty, Open Skies, New START, the NPT); PP8 itself
    # names the NPT twice before "article VI of the Treaty"
    ("rfix6/A_RES_79_35.txt", "PP8", "article VI of the Treaty", "the Treaty on the Non-Proliferation of Nuclear "
     "Weapons"),
])
def test_a_noun_alone_where_two_documents_of_it_are_named_before_is_the_one_its_paragraph_names(path, source, phrase,
                                                                                              name):
    (ref,) = _of(path, source, phrase)
    assert ref.citation.document_name == name


# 3. A/RES/79/121 5: "any further comments and observations concerning draft articles 7 to 18 and the draft annex to
# the draft articles on immunity of State officials from foreign criminal jurisdiction": articles of no document named
# (the title names a report of the International Law Commission, no instrument), never this resolution's paragraphs 7
# to 18 and never the report's

def test_draft_articles_of_no_document_named_claim_none():
    (ref,) = _of("A_RES_79_121.txt", "5", "articles 7 to 18")
    assert _targets(ref) == [(None, f"article {n}", "external") for n in range(7, 19)]
    assert ref.citation.kind == "external" and ref.citation.document_name is None
    g = build_graph([resparse.parse(FIXTURES / "A_RES_79_121.txt")])
    assert [d["kind"] for _, _, d in g.out_edges("A/RES/79/121#para_5", data=True)] == ["footnote"]


# 4. printed symbols

@pytest.mark.parametrize("stored, printed", [
    ("A/RES/53/77AA", "A/RES/53/77 AA"), ("A/DEC/78/542C", "A/DEC/78/542 C"), ("A/RES/78/230B", "A/RES/78/230 B"),
    ("A/RES/217A(III)", "A/RES/217 A (III)"), ("A/RES/260A(III)", "A/RES/260 A (III)"),
    ("A/RES/2200A(XXI)", "A/RES/2200 A (XXI)"), ("A/RES/1514(XV)", "A/RES/1514 (XV)"),
    ("A/RES/3201(S-VI)", "A/RES/3201 (S-VI)"), ("S/RES/2417(2018)", "S/RES/2417(2018)"),
])
def test_printed_symbol_of_every_shape_of_part(stored, printed):
    assert printed_symbol(stored) == printed
    if stored.startswith("A/RES/"):
        assert symbol_of(printed) == stored  # what is printed is read back (cited-by SYMBOL)


def test_the_text_table_prints_a_part_before_a_roman_session_as_written():
    # A/RES/78/234 footnote 2: "General Assembly resolution 217 A (III)"
    res = resparse.parse(FIXTURES / "A_RES_78_234.txt")
    rows = [line for line in reference_table(res, resolve(res)).splitlines()
            if line.startswith("footnote 2 ") and "resolution 217 A (III)" in line]
    assert len(rows) == 1 and "A/RES/217 A (III)" in rows[0] and "A/RES/217A(III)" not in rows[0]


def test_the_graph_labels_parts_as_written():
    g = build_graph([resparse.parse(FIXTURES / "references" / "A_RES_79_44.txt"),
                     resparse.parse(FIXTURES / "A_RES_78_234.txt")])
    assert g.nodes["A/RES/53/77AA"]["label"] == "A/RES/53/77 AA"  # the node's id stays the stored symbol
    assert g.nodes["A/RES/217A(III)"]["label"] == "A/RES/217 A (III)"


@pytest.mark.parametrize("path, source, written", [
    # "its resolutions 49/75 I of 15 December 1994, ..., 53/77 AA of 4 December 1998, ..." (79/44 PP1)
    ("references/A_RES_79_44.txt", "recital_1", "53/77 AA"),
    # "... as well as its decisions 58/521 of 8 December 2003, ..." in the same paragraph: a decision's number
    ("references/A_RES_79_44.txt", "recital_1", "58/521"),
    # "its resolutions 96 (I) of 11 December 1946, 260 A (III) of 9 December 1948 and 53/43 ..." (79/328 PP3)
    ("rfix7/A_RES_79_328.txt", "recital_3", "96 (I)"),
    ("rfix7/A_RES_79_328.txt", "recital_3", "260 A (III)"),
])
def test_akoma_ntoso_marks_each_number_where_the_list_writes_it(path, source, written):
    from lxml import etree

    xml = to_akn(resparse.parse(FIXTURES / path))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
    (p,) = root.xpath(f"//a:*[@eId='{source}']", namespaces=ns)
    texts = [r.text for r in p.iterfind(".//a:ref", ns)]
    assert written in texts
    assert None not in texts  # no empty ref left after the phrase for a number it did not find
