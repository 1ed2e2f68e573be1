"""What a reference to a designated unit or a budget section gives (the refs JSON, the graph): "the present rule"
("this article") is the unit that holds the citing paragraph, a reference to itself (status "self"), never the
unit's other paragraphs; "section 32" of a budget resolution is a section of the programme budget, another
document that the phrase does not name (kind "external", no document, status "external")."""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse.graph import build_graph, edges_of, paragraph_id
from resparse.references import resolve

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(res, phrase):
    return [(r.source, [(t.label, status) for t, status in r.resolved]) for r in resolve(res)
            if r.citation.phrase.lower() == phrase]


def test_the_present_rule_is_the_rule_itself():
    """A/RES/78/128, annex III, rule 24 "Right of reply": "2. The statements made under the present rule ..." and
    "3. ... under the present rule ...": rule 24 itself (was: 24.2 citing 24.1 and 24.3, and 24.3 citing 24.1 and
    24.2); "paragraph 1 of this rule"-style citations keep their paragraph."""
    res = resparse.parse(FIXTURES / "A_RES_78_128.txt")
    assert _rows(res, "the present rule") == [("annex III rule 24.2", [("annex III rule 24", "self")]),
                                              ("annex III rule 24.3", [("annex III rule 24", "self")])]
    g = build_graph([res])
    rule = {paragraph_id(res, res.get(f"annex III rule 24.{n}")) for n in (1, 2, 3)}
    assert not [(u, v) for u, v, _ in edges_of(g, "refers_to") if u in rule and v in rule]


def test_this_article_is_the_article_itself_and_its_paragraph_one_a_paragraph(corpus_dir):
    """A/RES/79/243, the Convention against Cybercrime: "This article" in article 11.2 is article 11; "paragraph 1 of
    this article" there is 11.1."""
    res = resparse.parse(corpus_dir / "A_RES_79_243.txt")
    rows = dict(_rows(res, "this article"))
    assert rows["annex article 11.2"] == [("annex article 11", "self")]
    assert ("annex article 11.2", [("annex article 11.1", "ok")]) in _rows(res, "paragraph 1 of this article")


def test_a_section_of_the_programme_budget_is_external_without_a_document(corpus_dir):
    """A/RES/80/242, para. 93: "... 52,611,600 dollars under section 32, Special expenses, ...": section 32 of the
    proposed programme budget (its own heading "Section 32 Special expenses" stands over paragraph 93); the phrase
    names no document, so the target is external with none, and no paragraph of 80/242."""
    res = resparse.parse(corpus_dir / "A_RES_80_242.txt")
    (ref,) = [r for r in resolve(res) if r.source == "93" and r.citation.phrase == "section 32"]
    assert ref.citation.kind == "external" and ref.citation.unit == "section"
    assert [(t.document, t.label, status) for t, status in ref.resolved] == [(None, "section 32", "external")]
