"""References that earlier sessions noticed and left, fixed as kinds in the twenty-fifth session (branch rfix5) at
their mechanism (resparse/references.py, grammar/references.lark) and tested on the real paragraphs: whole
resolutions of tests/fixtures (tests/fixtures/rfix5/SOURCES.md), each the corpus's file unchanged."""

from functools import lru_cache
from pathlib import Path

import pytest

import resparse
from resparse.graph import build_graph
from resparse.parse import parse_text
from resparse.references import _name_reach, find, heading_section, resolve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@lru_cache(maxsize=None)
def _parsed(path: str):
    return resparse.parse(FIXTURES / path)


@lru_cache(maxsize=None)
def _refs(path: str) -> list:
    return resolve(_parsed(path))


def _of(path: str, source: str, phrase: str | None = None) -> list:
    return [r for r in _refs(path) if r.source == source and (phrase is None or r.citation.phrase.startswith(phrase))]


def _targets(ref) -> list[tuple[str | None, str | None, str]]:
    return [(t.document, t.label, status) for t, status in ref.resolved]


# 1. a section set as a heading of the text

@pytest.mark.parametrize("path", ["A_RES_78_128.txt"])
def test_sections_set_as_headings_are_found_above(path):
    # "The rules contained in sections II, VI (except rule 19) and VII above shall be applicable, mutatis mutandis, to
    # the proceedings of committees, ..." (A/RES/78/128, annex III, rule 52; 78/327 the same): the sections are the
    # headings "II. Officers", "VI. Conduct of business", "VII. Decision-making" of the rules; were "unresolved"
    (ref,) = _of(path, "annex III rule 52", "sections II")
    assert _targets(ref) == [(None, "annex III section II", "ok"), (None, "annex III section VI", "ok"),
                             (None, "annex III section VII", "ok"), (None, "annex III rule 19", "ok")]


def test_a_heading_section_is_its_rules_and_the_graph_draws_an_edge_to_each():
    res = _parsed("A_RES_78_128.txt")
    assert [p.label for p in heading_section(res, "annex III section II")] == [
        "annex III rule 6", "annex III rule 7.1", "annex III rule 7.2", "annex III rule 8.1", "annex III rule 8.2",
        "annex III rule 9", "annex III rule 10"]
    assert heading_section(res, "annex III section XX") == [] and heading_section(res, "section II") == []
    g = build_graph([res])
    (source,) = [n for n in g if n.endswith("#annex_3__rule_52")]
    cited = {g.nodes[v]["label"] for _, v, d in g.out_edges(source, data=True) if d["kind"] == "refers_to"}
    assert {"annex III rule 6", "annex III rule 32", "annex III rule 45.2", "annex III rule 19"} <= cited
    assert "annex III rule 46" not in cited  # section VIII, Subsidiary bodies: not cited


def test_a_heading_section_below_the_citing_paragraph_is_in_the_wrong_direction():
    # the same text with the direction turned: the sections stand above rule 52, so "below" is a "direction" finding
    src = (FIXTURES / "A_RES_78_128.txt").read_text(encoding="utf-8").replace("VII above shall", "VII below shall")
    (ref,) = [r for r in resolve(parse_text(src)) if r.source == "annex III rule 52"]
    assert [s for _, s in ref.resolved] == ["direction"] * 4  # rule 19 too stands above


# 2. "that article"; a list's body named after its last member; a number the Assembly never gave

def test_that_article_is_the_article_cited_just_before():
    # "Recalls article 63, paragraph 4 (c), of the Convention, ... to achieve the objectives set forth in paragraph 1
    # of that article" (A/RES/79/190 57): article 63.1 of the Convention (was this resolution's own paragraph 1)
    (ref,) = _of("references/A_RES_79_190.txt", "57", "paragraph 1")
    assert ref.citation.phrase == "paragraph 1 of that article"
    assert _targets(ref) == [(None, "article 63.1", "external")]
    # the one convention the title names ("... in accordance with the United Nations Convention against Corruption")
    assert ref.citation.document_name == "the United Nations Convention against Corruption"


def test_that_unit_with_nothing_cited_before_is_no_paragraph_of_the_text():
    text = "Invites States to consider paragraph 2 of that article in their reports;"
    (cit,) = find(text)
    assert cit.relative == "that" and cit.demonstrative == "article"
    res = parse_text("Resolution adopted by the General Assembly on 1 May 2024\n\n78/999. A test\n\n"
                              "The General Assembly,\n\nRecalling its resolution 71/1,\n\n1. Decides to act;\n\n"
                              f"2. {text}\n")
    (ref,) = [r for r in resolve(res) if r.source == "2"]
    assert ref.citation.kind == "external" and ref.citation.document_name is None  # not the text's paragraph 2


def test_the_body_named_after_a_lists_last_member_is_each_members():
    # "in accordance with resolution 9/1 of 15 December 2021, entitled “Sharm el-Sheikh declaration ...”, and
    # resolution 10/11 of 15 December 2023, entitled “Follow-up to ...”, of the Conference of the States Parties to the
    # Convention" (A/RES/79/190 PP70): 9/1 was "resolution 9/1", of no body
    names = [r.citation.document_name for r in _of("references/A_RES_79_190.txt", "PP70")]
    assert names == ["resolution 9/1 of the Conference of the States Parties to the Convention",
                     "resolution 10/11 of the Conference of the States Parties to the Convention"]


def test_a_number_the_assembly_never_gave_is_of_the_body_its_sentence_cited_last():
    # "... including resolutions 7/8 ..., 8/4 ..., and 10/3 on ... [of the Conference], as well as General Assembly
    # resolution 77/235 on ..., as well as resolution 7/5 on promoting preventive measures against corruption"
    # (A/RES/79/190 43): 7/5 is the Conference's; 77/235 stays the Assembly's
    refs = _of("references/A_RES_79_190.txt", "43")
    (r75,) = [r for r in refs if r.citation.phrase == "resolution 7/5"]
    assert r75.citation.document_name == "resolution 7/5 of the Conference of the States Parties to the Convention"
    (r77,) = [r for r in refs if "77/235" in r.citation.phrase]
    assert _targets(r77) == [("A/RES/77/235", None, "external")]


# 3. an article of no document: the treaty its sentence names, else the title's

@pytest.mark.parametrize("path, source, phrase, treaty", [
    # "Recalling, for States parties thereto, article 16, on preferential treatment for developing countries, of the
    # 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions" (A/RES/78/133 PP14)
    ("kinds_dfix21/A_RES_78_133.txt", "PP14", "article 16",
     "the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions"),
    # "in accordance with article 76 of and annex II to the Convention" (A/RES/78/69 88)
    # "the Convention": the one 78/69 defines so ("the United Nations Convention on the Law of the Sea (the
    # Convention)", branch check8)
    ("deadlines6/A_RES_78_69.txt", "88", "article 76", "the United Nations Convention on the Law of the Sea"),
    # "the Subsidiary Body on article 8 (j) ... under the Conference of the Parties to the Convention on Biological
    # Diversity and its Protocols" (A/RES/80/191 PP46): the treaty, not the Conference of its Parties
    ("kinds_f16/A_RES_80_191.txt", "PP46", "article 8 (j)", "the Convention on Biological Diversity"),
    # "the presentation by the Russian Federation of its article V consultation request ... under the Convention"
    # (A/RES/78/67 PP14): "its" names no document; the Convention the title names in full
    ("rfix/A_RES_78_67.txt", "PP14", "article V", "the Convention on the Prohibition of the Development, Production "
     "and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction"),
])
def test_an_article_of_no_document_is_of_the_treaty_its_sentence_names(path, source, phrase, treaty):
    refs = _of(path, source, phrase)
    assert refs and all(r.citation.kind == "external" and r.citation.document_name == treaty for r in refs)


def test_an_article_whose_treaty_neither_sentence_nor_title_names_stays_of_no_document():
    # "the implementation of article VI obligations" (A/RES/78/42 12, "Towards a nuclear-weapon-free world: ..."):
    # the NPT's, which neither the sentence nor the title names; no treaty is claimed (not the last one named)
    text = ("Resolution adopted by the General Assembly on 4 December 2023\n\n78/998. Towards a nuclear-weapon-free "
            "world\n\nThe General Assembly,\n\nRecalling the Comprehensive Nuclear-Test-Ban Treaty,\n\n1. Stresses "
            "the necessity for the implementation of their article VI obligations and nuclear disarmament-related "
            "commitments;\n")
    (ref,) = [r for r in resolve(parse_text(text)) if r.source == "1"]
    assert ref.citation.kind == "external" and ref.citation.document_name is None


# 4. income sections; a name written in lower case

@pytest.mark.parametrize("path, source, label, budget", [
    # "in the context of his budget submission for 2026 under section 18, Economic and social development in Africa,
    # as well as income section 3, Services to the public" (A/RES/79/258 XV.13): was section 3 (Political affairs)
    ("A_RES_79_258.txt", "XV.13", "income section 3", "the proposed programme budget"),
    # "Decides to increase the income under income section 3, Services to the public" (A/RES/79/257 78)
    ("A_RES_79_257.txt", "78", "income section 3", "the proposed programme budget"),
])
def test_an_income_section_is_labelled_so_and_is_of_the_budget(path, source, label, budget):
    (ref,) = [r for r in _of(path, source) if r.citation.phrase.startswith("income")]
    assert [t.label for t, _ in ref.resolved] == [label]
    assert ref.citation.document_name == budget


def test_an_expenditure_section_beside_an_income_section_keeps_its_number():
    (ref,) = _of("A_RES_79_258.txt", "XV.13", "section 18")
    assert _targets(ref) == [(None, "section 18", "external")]


def test_a_word_a_title_fails_to_capitalize_stays_in_the_bodys_name():
    # "by the Conference of the Parties to the United Nations Convention against Transnational organized Crime at its
    # tenth session" (A/RES/79/133 PP7, as printed): the name was cut at "Transnational"
    (ref,) = _of("A_RES_79_133.txt", "PP7", "resolution 10/7")
    assert ref.citation.document_name == ("resolution 10/7 of the Conference of the Parties to the United Nations "
                                          "Convention against Transnational organized Crime")


# 5. a body's name longer than the look-back window

def test_a_bodys_name_is_read_back_over_its_words_not_a_count_of_characters():
    # "in accordance with Conference of the Parties to the United Nations Convention against Transnational Organized
    # Crime resolution 12/4" (A/RES/80/227 18): 101 characters of name; was "resolution 12/4", of no body
    (ref,) = _of("rfix5/A_RES_80_227.txt", "18", "resolution 12/4")
    assert ref.citation.document_name == ("Conference of the Parties to the United Nations Convention against "
                                          "Transnational Organized Crime resolution 12/4")


def test_and_before_another_bodys_name_is_no_part_of_the_name():
    # "chapter X of the Programme of Action of the International Conference on Population and Development and
    # Commission on Population and Development resolutions 2006/2, ..." (A/RES/79/217 PP1): the Commission's
    text = ("and recalling also chapter X of the Programme of Action of the International Conference on Population "
            "and Development and Commission on Population and Development resolutions 2006/2 of 10 May 2006 and "
            "2008/1 of 11 April 2008,")
    (cit,) = [c for c in find(text) if "2006/2" in c.phrase]
    assert cit.document_name == "Commission on Population and Development resolutions 2006/2 and 2008/1"


def test_the_look_back_runs_over_a_names_words_and_stops_at_punctuation():
    name = "in accordance with Conference of the Parties to the United Nations Convention against Transnational " \
           "Organized Crime resolution 12/4"
    assert _name_reach(name, name.index("resolution")) == name.index("accordance")  # the word before the run
    listed = "Albania, Andorra, " * 50 + "Statistical Commission resolution 5/1"
    at = listed.index("resolution")
    assert _name_reach(listed, at) == at - 80  # the run stops at "Andorra,": the 80 characters read before, no more


# 6. what the earlier audits left

def test_a_declarations_verb_is_no_word_of_a_bodys_name():
    # "Recall World Health Assembly resolution 76.4 of 30 May 2023, entitled ..." (A/RES/78/4, annex, 7): the
    # declaration's "Recall" (its "Recalls"); the name was "Recall World Health Assembly resolution 76.4"
    (ref,) = _of("A_RES_78_4.txt", "annex 7", "Assembly resolution 76.4")
    assert ref.citation.document_name == "World Health Assembly resolution 76.4"


def test_a_footnote_that_opens_with_a_body_lists_that_bodys_resolutions():
    # "Indian Ocean Tuna Commission, resolutions 12/07 and 13/07." (A/RES/78/68 footnote 46)
    (ref,) = _of("references/A_RES_78_68.txt", "footnote 46")
    assert ref.citation.document_name == "Indian Ocean Tuna Commission resolutions 12/07 and 13/07"


def test_a_section_of_the_budget_named_after_of():
    # "under section 33 of the regular budget" (A/RES/79/297 19): was a section of no document
    (ref,) = _of("rfix5/A_RES_79_297.txt", "19", "section 33")
    assert ref.citation.document_name == "the regular budget"
    assert _targets(ref) == [(None, "section 33", "external")]


@pytest.mark.parametrize("number, label", [("2", "article I"), ("4", "article IV")])
def test_a_footnotes_article_is_of_the_instrument_whose_articles_its_paragraph_cites(number, label):
    # "Article I also provides that “Outer space ... shall be free for exploration ...”" (A/RES/79/18 footnote 2,
    # cited by PP4: "in article I of the Outer Space Treaty it is stated that ..."): was an article of no document
    (ref,) = _of("rfix5/A_RES_79_18.txt", f"footnote {number}")
    assert ref.citation.document_name == "the Outer Space Treaty"
    assert _targets(ref) == [(None, label, "external")]
