"""Another body's documents, a date a list shares, and the parts of one resolution in Akoma Ntoso, on the real texts
copied to tests/fixtures/ (references/, kinds5/ and A_RES_78_3.txt):

- "paragraph 1 (5) of World Health Assembly decision SSA2(5)" (A/RES/78/3 annex 44), "paragraph (d) of Statistical
  Commission decision 53/113" (A/RES/80/229 PP42): a paragraph of that body's decision, never one of the citing text
  (was: an internal "paragraph 1 (5)", and a warning "no paragraph annex 1 (5)");
- a World Health Assembly decision by its own number ("decision SSA2(5)", "decision 75(8)") is a decision;
- "resolutions 1514 (XV) and 1541 (XV) of 15 December 1960" after "resolution 1514 (XV) of 14 December 1960"
  (A/RES/78/85): the date written after 1514 (XV) stands, the one shared from 1541 (XV) is dropped;
- "51/211 A to E" (A/RES/78/245, 65) in Akoma Ntoso: an ``rref`` from part A up to part E inside the list's
  ``mref`` (was: a ``ref`` on "51/211 A" and four empty ``ref``s).
"""

from pathlib import Path

from lxml import etree

import resparse
from resparse.references import problems, resolve
from resparse.render.akn import AKN, to_akn, validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFS = FIXTURES / "references"
NS = {"a": AKN}


def _refs(path, source):
    return [r for r in resolve(resparse.parse(path)) if r.source == source]


def test_78_3_a_paragraph_of_a_world_health_assembly_decision_is_of_that_decision():
    """A/RES/78/3 annex 44 and 45 (the political declaration on pandemic prevention): "the timeframes set out in
    paragraph 1 (5) of World Health Assembly decision SSA2(5)", "paragraph 2 (a) of World Health Assembly decision
    75(9)": the decision's paragraphs, named with it as written (no symbol of the Assembly's names them)."""
    res = resparse.parse(FIXTURES / "A_RES_78_3.txt")
    refs = resolve(res)
    got = {(r.source, r.citation.kind, r.citation.document_name, tuple((t.document, t.label) for t, _ in r.resolved))
           for r in refs if r.source in ("annex 44", "annex 45")}
    assert ("annex 44", "external", "World Health Assembly decision SSA2(5)", ((None, "1 (5)"),)) in got
    assert ("annex 45", "external", "World Health Assembly decision 75(9)", ((None, "2 (a)"),)) in got
    assert not [r for r in refs if r.source in ("annex 44", "annex 45") and r.citation.kind == "internal"
                and r.citation.phrase.startswith("paragraph")]
    assert not [w for w in problems(refs) if "annex 1 (5)" in w.message or "annex 2 (a)" in w.message]


def test_80_229_a_paragraph_of_a_statistical_commission_decision_is_of_that_decision():
    """A/RES/80/229 PP42: "respect paragraph (d) of Statistical Commission decision 53/113 of 11 March 2022": one
    citation of the decision's paragraph (d), without the date in its name (was: "paragraph (d)" of PP42 itself,
    missing, and the decision whole beside it)."""
    [ref] = _refs(REFS / "A_RES_80_229.txt", "PP42")
    assert ref.citation.phrase == "paragraph (d) of Statistical Commission decision 53/113 of 11 March 2022"
    assert ref.citation.document_name == "Statistical Commission decision 53/113"
    assert [(t.document, t.label, s) for t, s in ref.resolved] == [(None, "(d)", "external")]


def test_78_280_a_world_health_assembly_decision_by_its_own_number():
    """A/RES/78/280: "Recalling World Health Assembly decision SSA2(5) of 1 December 2021" (PP36) is that decision,
    named as written; footnote 10, "World Health Organization, document WHA75/2022/REC/1, decision 75(8)": the
    decision printed in that document (as "CBD/COP/15/17, decision 15/4" is). Was: no citation, and the document
    whole."""
    res = resparse.parse(REFS / "A_RES_78_280.txt")
    refs = resolve(res)
    assert "World Health Assembly decision SSA2(5)" in [r.citation.document_name for r in refs if r.source == "PP36"]
    assert ("WHA75/2022/REC/1", "decision 75(8)") in [
        (t.document, t.label) for r in refs if r.source == "footnote 10" for t, _ in r.resolved]


def test_78_85_a_date_written_after_a_resolution_beats_one_shared_from_a_later_member():
    """A/RES/78/85 PP2 writes "resolution 1514 (XV) of 14 December 1960"; PP3 "resolutions 1514 (XV) and 1541 (XV)
    of 15 December 1960": 1514 (XV) keeps no date in PP3 (was: 15 December 1960, so its Akoma Ntoso href named a
    work of that date), 1541 (XV) keeps its own."""
    res = resparse.parse(REFS / "A_RES_78_85.txt")
    [pp2] = [r.citation for r in resolve(res) if r.source == "PP2" and "1514" in r.citation.phrase]
    [pp3] = [r.citation for r in resolve(res) if r.source == "PP3" and "1541" in r.citation.phrase]
    assert pp2.dates == {"A/RES/1514(XV)": "14 December 1960"}
    assert pp3.dates == {"A/RES/1541(XV)": "15 December 1960"}
    assert pp3.shared_dates == ()


def test_78_252_a_shared_date_the_text_does_not_contradict_stays():
    """A/RES/78/252 PP1: "58/269 and 58/270 of 23 December 2003": 58/269's shared date stays (the text writes no other
    date for it), and is marked as shared."""
    [ref] = _refs(REFS / "A_RES_78_252.txt", "PP1")
    assert ref.citation.dates["A/RES/58/269"] == "23 December 2003"
    assert "A/RES/58/269" in ref.citation.shared_dates and "A/RES/58/270" not in ref.citation.shared_dates


def test_78_245_a_range_of_parts_of_one_resolution_is_an_rref_inside_the_list():
    """A/RES/78/245, 65: "General Assembly resolutions 36/117 A of 10 December 1981, 51/211 A to E of 18 December
    1996, 52/214 of ..., 53/208 A to E of ... and 59/265": one ``mref`` holding a ``ref`` on each resolution and an
    ``rref`` from part A up to part E on each "A to E"; no empty ``ref``; the document valid."""
    xml = to_akn(resparse.parse(FIXTURES / "kinds5" / "A_RES_78_245.txt"))
    assert validate(xml) == []
    para = etree.fromstring(xml.encode()).find(".//*[@eId='para_65']", NS)
    [mref] = [m for m in para.iter(f"{{{AKN}}}mref") if "51/211" in "".join(m.itertext())]
    children = [(etree.QName(el).localname, "".join(el.itertext()), el.get("from"), el.get("upTo")) for el in mref]
    assert [(kind, text) for kind, text, _, _ in children] == [
        ("ref", "36/117 A"), ("rref", "51/211 A to E"), ("ref", "52/214"), ("rref", "53/208 A to E"), ("ref", "59/265")]
    assert children[1][2].endswith("/51-211-A") and children[1][3].endswith("/51-211-E")
    assert children[3][2].endswith("/53-208-A") and children[3][3].endswith("/53-208-E")
    assert not [r for r in mref.iter(f"{{{AKN}}}ref") if not "".join(r.itertext()).strip()]


def test_78_128_a_range_inside_a_list_of_rules_is_an_rref_and_a_range_alone_runs_to_the_last_paragraph():
    """A/RES/78/128 annex III (rules of procedure), rule 20.1: "Subject to rules 21, 22 and 25 to 27": an ``mref``
    with a ``ref`` on 21 and 22 and an ``rref`` from rule 25 up to rule 27 (was: refs on 21, 22, 25 and 27 and an
    empty ref for 26); "rules 60 to 65" (rule 76) stays one ``rref`` over the phrase, up to rule 65's last
    paragraph (a rule named whole is its paragraphs)."""
    xml = to_akn(resparse.parse(FIXTURES / "kinds6" / "A_RES_78_128.txt"))
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    [mref] = [m for m in root.find(".//*[@eId='annex_3__rule_20__para_1']", NS).iter(f"{{{AKN}}}mref")
              if "25 to 27" in "".join(m.itertext())]
    assert [(etree.QName(el).localname, "".join(el.itertext()), el.get("href") or (el.get("from"), el.get("upTo")))
            for el in mref] == [("ref", "21", "#annex_3__rule_21"), ("ref", "22", "#annex_3__rule_22"),
                                ("rref", "25 to 27", ("#annex_3__rule_25", "#annex_3__rule_27"))]
    [whole] = [r for r in root.iter(f"{{{AKN}}}rref") if "".join(r.itertext()) == "rules 60 to 65"]
    assert (whole.get("from"), whole.get("upTo")) == ("#annex_3__rule_60", "#annex_3__rule_65__para_2")


def test_78_30_paragraphs_of_a_decision_named_by_its_subject_are_that_decisions():
    """A/RES/78/30, 2: "paragraphs 3 and 4 (c) of the decision on principles and objectives for nuclear
    non-proliferation and disarmament of the 1995 Review and Extension Conference ...": the decision's paragraphs 3
    and 4 (c), never this text's (was: internal, 3 read as this resolution's paragraph 3 and 4 (c) missing)."""
    refs = _refs(REFS / "A_RES_78_30.txt", "2")
    [cit] = [r for r in refs if r.citation.phrase.startswith("paragraphs 3 and 4 (c)")]
    assert cit.citation.kind == "external" and cit.citation.document_name == "the decision"
    assert [(t.label, s) for t, s in cit.resolved] == [("3", "external"), ("4 (c)", "external")]
