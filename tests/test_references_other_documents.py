"""A locator that belongs to a document named near it is that document's part, never the citing text's; other
bodies' numbering is theirs. On the real texts copied to tests/fixtures/ (refs_e/, references/, kinds/, kinds5/):

- "the Convention, ... (article VII)" (A/RES/78/29 18), "(Statute, Article 50)" (A/RES/79/260 1 (b) (ii)), "chapter
  17 of Agenda 21" (A/RES/79/204 PP12), "the outcome document of the Durban Review Conference ..., in particular
  paragraphs 11, 13 and 54" (A/RES/78/190 PP7), "Security Council resolution 2199 (2015), in particular paragraphs 15
  to 17" (A/RES/79/133 PP34), "the Global Digital Compact, namely the commitment in paragraph 35 (b)" (A/RES/80/217
  PP6), "under section 32, Special expenses" (A/RES/80/242 93): were internal references to this text;
- "subparagraph (p) in chapter IV of the report of the Committee" (A/RES/80/172 15): one part of the report (was an
  internal "15 (p)", a graph warning "no paragraph 15 (p)");
- "paragraph 158 of The Future We Want" (A/RES/78/1 annex 38 (o)): a title that opens with "The";
- "1874 (S-IV)", "3201 (S-VI)": the Assembly's special sessions; "Economic and Social Council resolution 155 C
  (VII)": the Council's (was A/RES/155C(VII)); "World Health Assembly resolution 76.16", "resolution 58.3" of a WHO
  document: the World Health Assembly's (were no citation).
"""

from pathlib import Path

import resparse
from resparse.references import find, problems, resolve

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HERE = FIXTURES / "refs_e"


def _refs(path, source):
    return [r for r in resolve(resparse.parse(path)) if r.source == source]


def _targets(refs):
    """(kind, document name, document, label) of every target of ``refs``."""
    return [(r.citation.kind, r.citation.document_name, t.document, t.label) for r in refs for t, _ in r.resolved]


def test_78_29_articles_of_the_convention_named_before_are_its_parts():
    """A/RES/78/29 18: "all provisions of the Convention, including those on national implementation (article VII)
    and assistance and protection (article X)": the Chemical Weapons Convention's articles (the resolution has no
    articles), named as the title names it (branch check8: the one convention the title names)."""
    got = _targets(_refs(HERE / "A_RES_78_29.txt", "18"))
    cwc = ("the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons "
           "and on Their Destruction")
    assert ("external", cwc, None, "article VII") in got
    assert ("external", cwc, None, "article X") in got
    assert not [t for t in got if t[0] == "internal"]


def test_79_260_statute_article_in_parentheses_is_of_the_statute():
    """A/RES/79/260 1 (b) (ii): "(Statute, Article 50) ... (Statute, Article 30)": articles of the Statute of the
    International Court of Justice, which 1 (b) (i) names in full."""
    got = _targets(_refs(HERE / "A_RES_79_260.txt", "1 (b) (ii)"))
    name = "Statute of the International Court of Justice"
    assert got == [("external", name, None, "article 50"), ("external", name, None, "article 30")]


def test_79_204_chapter_of_agenda_21():
    """A/RES/79/204 PP12: "as recognized by the United Nations Conference on Environment and Development in chapter
    17 of Agenda 21": chapter 17 of Agenda 21, a title without "the"."""
    got = _targets(_refs(HERE / "A_RES_79_204.txt", "PP12"))
    assert ("external", "Agenda 21", None, "chapter 17") in got
    assert not [t for t in got if t[0] == "internal"]


def test_78_190_paragraphs_in_particular_of_the_outcome_document():
    """A/RES/78/190 PP7: "the relevant provisions of the outcome document of the Durban Review Conference of 24 April
    2009, in particular paragraphs 11, 13 and 54": that document's paragraphs, although the resolution has an
    operative paragraph 54 of its own."""
    got = _targets(_refs(FIXTURES / "references" / "A_RES_78_190.txt", "PP7"))
    name = "the outcome document of the Durban Review Conference"
    assert [t for t in got if t[1] == name] == [("external", name, None, lab) for lab in ("11", "13", "54")]
    assert not [t for t in got if t[0] == "internal"]


def test_79_133_paragraphs_in_particular_of_security_council_resolutions():
    """A/RES/79/133 PP34: "Security Council resolution 2199 (2015), in particular paragraphs 15 to 17"; PP35
    "Security Council resolutions 2253 (2015), in particular paragraph 15, 2322 (2016) ...": the Council's paragraphs;
    "2322" is no paragraph number of a list (was: "paragraph 15, 2322", a warning "no paragraph 2322")."""
    path = FIXTURES / "A_RES_79_133.txt"
    refs = resolve(resparse.parse(path))
    pp34 = _targets([r for r in refs if r.source == "PP34"])
    assert [t[2:] for t in pp34 if t[3]] == [("S/RES/2199(2015)", lab) for lab in ("15", "16", "17")]
    pp35 = _targets([r for r in refs if r.source == "PP35"])
    assert ("external", None, "S/RES/2253(2015)", "15") in pp35
    assert not [w for w in problems(refs) if "no paragraph" in w.message]


def test_80_217_paragraphs_of_the_compact_named_in_the_sentence():
    """A/RES/80/217 PP6: "the Global Digital Compact, namely the commitment in paragraph 35 (b) ... and the commitment
    in paragraph 35 (a)": the Compact's paragraphs, which this resolution does not have (was: two warnings)."""
    got = _targets(_refs(HERE / "A_RES_80_217.txt", "PP6"))
    compact = [t for t in got if t[1] == "the Global Digital Compact"]
    assert [t[3] for t in compact] == ["35 (b)", "35 (a)"]


def test_79_206_paragraph_in_particular_of_an_article_and_articles_after_decisions():
    """A/RES/79/206 10: "Also recalls article 4 of the Paris Agreement, in particular paragraph 15": article 4.15 of
    the Agreement; 14: "the decisions relating to article 4, paragraphs 10 and 12, ...": the Agreement's articles, not
    parts of "the decisions"."""
    refs = resolve(resparse.parse(HERE / "A_RES_79_206.txt"))
    assert ("external", "the Paris Agreement", None, "article 4.15") in _targets([r for r in refs if r.source == "10"])
    op14 = _targets([r for r in refs if r.source == "14"])
    assert ("external", "the Paris Agreement", None, "article 4.10") in op14
    assert not [t for t in op14 if t[0] == "internal" or t[1] == "the decisions"]


def test_78_17_chapters_of_a_study_are_not_of_the_resolution_cited_before():
    """A/RES/78/17 10: "in accordance with paragraph 7 of resolution 46/30 ..., the measures outlined in chapters III
    and IV of the study annexed to the report of the Secretary-General": chapters of the study, not of 46/30."""
    got = _targets(_refs(FIXTURES / "references" / "A_RES_78_17.txt", "10"))
    chapters = [t for t in got if t[3] and t[3].startswith("chapter")]
    assert chapters == [("external", None, None, "chapter III"), ("external", None, None, "chapter IV")]


def test_80_242_a_budget_section_is_no_part_of_the_resolution():
    """A/RES/80/242 93: "not exceeding 52,611,600 dollars under section 32, Special expenses": a section of the
    programme budget (the one the title names, "Questions relating to the proposed programme budget for 2026": rfix4);
    the resolution numbers no sections."""
    got = _targets(_refs(HERE / "A_RES_80_242.txt", "93"))
    assert ("external", "the proposed programme budget", None, "section 32") in got
    assert not [t for t in got if t[0] == "internal"]


def test_80_172_subparagraph_in_chapter_of_the_report_is_one_part():
    """A/RES/80/172 15: "the inclusion of subparagraph (p) in chapter IV of the report of the Committee in 2019":
    item (p) of chapter IV of the Committee's report (was: an internal "15 (p)", which the resolution lacks)."""
    refs = resolve(resparse.parse(HERE / "A_RES_80_172.txt"))
    got = [t for t in _targets([r for r in refs if r.source == "15"]) if t[3] and "(p)" in t[3]]
    assert [(kind, label) for kind, _, _, label in got] == [("external", "chapter IV (p)")]
    assert got[0][1].startswith("the report of the Committee")
    assert not [w for w in problems(refs) if "15 (p)" in w.message]


def test_78_1_a_title_that_opens_with_the():
    """A/RES/78/1 annex 38 (o): "as recalled in paragraph 158 of The Future We Want": that document's paragraph
    (was: "no paragraph annex 158")."""
    got = _targets(_refs(HERE / "A_RES_78_1.txt", "annex 38 (o)"))
    assert ("external", "The Future We Want", None, "158") in got


def test_special_session_resolutions_are_the_assemblys():
    """A/RES/78/297 PP4: "its resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) ... and 55/235" (was no
    citation at all); A/RES/79/215 PP3: "resolutions 3201 (S-VI) and 3202 (S-VI)", the special session's."""
    pp4 = _targets(_refs(HERE / "A_RES_78_297.txt", "PP4"))
    assert [t[2] for t in pp4 if t[2]][:3] == ["A/RES/1874(S-IV)", "A/RES/3101(XXVIII)", "A/RES/55/235"]
    pp3 = _targets(_refs(HERE / "A_RES_79_215.txt", "PP3"))
    assert ("external", None, "A/RES/3201(S-VI)", None) in pp3 and ("external", None, "A/RES/3202(S-VI)", None) in pp3


def test_an_old_economic_and_social_council_resolution_is_the_councils():
    """A/RES/78/223 PP1: "Economic and Social Council resolution 155 C (VII) of 13 August 1948": E/RES/155C(VII)."""
    got = _targets(_refs(FIXTURES / "A_RES_78_223.txt", "PP1"))
    assert ("external", None, "E/RES/155C(VII)", None) in got
    assert not [t for t in got if t[2] == "A/RES/155C(VII)"]


def test_world_health_assembly_resolutions_by_their_own_numbers():
    """A/RES/78/189: "Taking note of World Health Assembly resolution 76.16 of 30 May 2023" (was no citation); A/RES/
    78/119 footnote 12: "document WHA58/2005/REC/1, resolution 58.3, annex": the resolution printed in that document
    (was: the document, then an "annex" of nobody's)."""
    refs = resolve(resparse.parse(FIXTURES / "kinds" / "A_RES_78_189.txt"))
    names = [r.citation.document_name for r in refs]
    assert names.count("World Health Assembly resolution 76.16") >= 1
    assert not [r for r in refs if any("76.16" in (t.document or "") for t, _ in r.resolved)]
    got = _targets(_refs(FIXTURES / "kinds5" / "A_RES_78_119.txt", "footnote 12"))
    assert ("external", None, "WHA58/2005/REC/1", "resolution 58.3 annex") in got


def test_a_part_of_another_bodys_resolution_named_after_it():
    """ "paragraph 3 of resolution 10/4 of the Conference of the Parties to the United Nations Convention against
    Transnational Organized Crime" (the words of A/RES/78/229 7, with a paragraph cited): the Conference's resolution,
    its paragraph 3 (was A/RES/10/4, paragraph 3)."""
    (cit,) = find("recalls in this respect paragraph 3 of resolution 10/4 of 16 October 2020 of the Conference of the "
                  "Parties to the United Nations Convention against Transnational Organized Crime, in which")
    assert [(t.document, t.label) for t in cit.targets] == [(None, "3")]
    assert cit.document_name == ("resolution 10/4 of the Conference of the Parties to the United Nations Convention "
                                 "against Transnational Organized Crime")


def test_78_267_its_resolution_after_in_particular_is_the_bodys():
    """A/RES/78/267 PP3: "previous relevant resolutions of ... the Conference of the Parties to the United Nations
    Convention against Transnational Organized Crime, in particular its resolution 10/4 of 16 October 2020": the
    Conference's resolution 10/4 (was A/RES/10/4: the body's name is longer than the look before "its" reached, and
    "in particular" stood where "in" was looked for)."""
    got = _targets(_refs(HERE / "A_RES_78_267.txt", "PP3"))
    name = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/4"
    assert got == [("external", name, None, None)]


def test_a_number_the_assembly_never_gave_is_another_bodys():
    """The Assembly has numbered its resolutions by session since its thirty-first: "resolution 3/2023 of 7 July 2023,
    entitled “International Day of the Potato”" (A/RES/78/123 PP3, of the FAO Conference) and "relevant Human Rights
    Council resolutions, in particular resolutions 7/34 of 28 March 2008, 18/15 ... and 21/33 ..." (A/RES/78/190 PP2)
    are another body's, named as written (were A/RES/3/2023, A/RES/7/34, ...); with the body the text names for them
    since branch rfix3 (the FAO Conference after the title; the Human Rights Council's symbols)."""
    got = _targets(_refs(HERE / "A_RES_78_123.txt", "PP3"))
    assert ("external", "resolution 3/2023, adopted by the Conference of the Food and Agriculture Organization of the"
            " United Nations", None, None) in got
    assert not [t for t in got if (t[2] or "").startswith("A/RES/3/")]
    got = _targets(_refs(FIXTURES / "references" / "A_RES_78_190.txt", "PP2"))
    assert {t[2] for t in got} >= {"A/HRC/RES/7/34", "A/HRC/RES/18/15", "A/HRC/RES/21/33"}
    assert not [t for t in got if (t[2] or "").startswith(("A/RES/7/", "A/RES/18/", "A/RES/21/"))]
