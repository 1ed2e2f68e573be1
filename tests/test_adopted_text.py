"""A resolution whose one operative clause adopts a text that follows it in the body ("Adopts the following
political declaration:"): the clause is OP1, the adopted text keeps its own numbering, labelled "adopted N"."""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse.lex import adoption_clause
from resparse.normalize import Line

FIXTURES = Path(__file__).parent / "fixtures"


def test_declaration_in_body_case():
    res = resparse.parse(FIXTURES / "declaration-in-body.txt")
    top = [(p.label, p.kind) for p in res.paragraphs]
    assert top[0] == ("OP1", "operative")
    assert res.get("OP1").opening == "Adopts"
    assert top[1:] == [(f"adopted {n}", "annex") for n in (1, 2, 3, 4)]
    assert [c.label for c in res.get("adopted 4").children] == ["adopted 4 (a)", "adopted 4 (b)"]
    assert res.get("adopted 2").id == "adopted__para_2"
    assert res.get("adopted 4 (b)").text.startswith("Encourage the President")
    assert not [p for p in res.paragraphs if p.kind == "preambular"]
    # the adopted text's title stays a heading before its first paragraph
    assert [(h.text, h.before) for h in res.headings] == [("Political declaration of the test summit", "adopted 1")]
    assert not res.warnings


def test_pact_for_the_future(corpus_dir):
    res = resparse.parse(corpus_dir / "A_RES_79_1.txt")
    assert (res.paragraphs[0].label, res.paragraphs[0].kind) == ("OP1", "operative")
    adopted = [p for p in res.paragraphs if p.annex == "adopted"]
    assert [p.number for p in adopted[:3]] == ["1", "2", "3"]
    numbers = [int(p.number) for p in adopted]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 60
    # the Pact's own annexes keep theirs
    assert [a.name for a in res.annexes] == ["annex I", "annex II"]
    assert res.get("annex I 1") is not None


def test_annexed_declaration_is_not_an_adopted_text(corpus_dir):
    # 80/117 adopts its declaration with a full stop; the text stands in the annex after the plenary line
    res = resparse.parse(corpus_dir / "A_RES_80_117.txt")
    assert res.paragraphs[0].label == "OP1"
    assert not [p for p in res.paragraphs if p.annex == "adopted"]
    assert res.get("annex 1") is not None


def test_adoption_clause_shape():
    def line(t):
        return Line(text=t)

    assert adoption_clause(line("Adopts the following political declaration:"))
    assert adoption_clause(line("Adopts the following Pact for the Future and its annexes:"))
    assert not adoption_clause(line("Adopts the following political declaration, held on 25 September 2025."))
    assert not adoption_clause(line("Recalling the following decisions:"))  # preambular
    assert not adoption_clause(line("Adopts its agenda:"))


def test_outline_names_the_adopted_text_and_keeps_punctuation_after_an_opening(res_80_1):
    from resparse.render.text import outline

    text = outline(resparse.parse(FIXTURES / "declaration-in-body.txt"))
    assert "== Adopted text" in text and "adopted 4 (a)" in text
    assert "[Regretting], in this regard, the decision" in outline(res_80_1)
