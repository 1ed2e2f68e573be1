"""Annexes and parts of other documents, as a fresh-user trial found them misread (the twentieth session, branch
trialfix): "and its annexes" after a document named in words, an annex numbered in arabic figures (a treaty's,
IMO's, ICAO's: the Assembly numbers its own I, II, ...), and a footnote's part that is the subject of its sentence.
Fixtures: tests/fixtures/refs_trialfix (SOURCES.md) and tests/fixtures/A_RES_78_128.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse.references import find, problems, resolve

FIXTURES = Path(__file__).parent / "fixtures"


def refs(path: Path, source: str):
    return [(r.citation.phrase, r.citation.kind, r.citation.document_name, [(t.document, t.label, s) for t, s in r.resolved])
            for r in resolve(resparse.parse(path)) if r.source == source]


def test_its_annex_after_a_document_named_in_words():
    # "Recalling ... the report of the Disarmament Commission in 1999 and its annex I, on principles ..." (79/241 PP2)
    got = refs(FIXTURES / "refs_trialfix" / "A_RES_79_241.txt", "PP2")
    assert ("annex I", "external", "the report of the Disarmament Commission", [(None, "annex I", "external")]) in got
    assert not [w for w in problems(resolve(resparse.parse(FIXTURES / "refs_trialfix" / "A_RES_79_241.txt")))
                if "annex" in w.message]


def test_its_annexes_after_the_pact(corpus_dir):
    # "... in the Pact for the Future and its annexes," (79/154 PP9; 80/5 annex 8 the same)
    got = refs(corpus_dir / "A_RES_79_154.txt", "PP9")
    assert [(k, name, res) for phrase, k, name, res in got if phrase == "annexes"] == [
        ("external", "the Pact for the Future", [(None, "annex", "external")])]


@pytest.mark.parametrize("name, source, phrase", [
    ("A_RES_78_40.txt", "7", "Annex 2"),  # "the remaining eight States listed in its Annex 2" (of the Treaty)
    ("A_RES_80_70.txt", "PP6", "annex 2"),  # "the remaining nine annex 2 States"
])
def test_an_annex_numbered_in_arabic_figures_is_another_documents(name, source, phrase):
    got = [r for r in refs(FIXTURES / "refs_trialfix" / name, source) if r[0] == phrase]
    assert got == [(phrase, "external", None, [(None, "annex 2", "external")])]


def test_the_annexes_numbered_in_arabic_figures_are_found():
    # the grammar reads the figures: "annexes 1 and 2 to the Protocol", "annex 12" of the Chicago Convention
    assert [(c.kind, c.document_name, [t.label for t in c.targets]) for c in find(
        "Contracting Parties to London Protocol amending annexes 1 and 2 to the Protocol to remove sewage sludge")] == [
        ("external", "the Protocol", ["annex 1", "annex 2"])]
    assert [t.label for c in find("Convention on International Civil Aviation, 1944, annex 12; International")
            for t in c.targets] == ["annex 12"]


def test_an_annex_numbered_in_arabic_figures_in_a_footnote(corpus_dir):
    # 78/69 footnote 87: "Convention on International Civil Aviation, 1944, annex 12; ..."; footnote 88:
    # "International Maritime Organization, document MSC 78/26/Add.1, annex 5, resolution MSC.155(78)."
    got = {r.source: r for r in resolve(resparse.parse(corpus_dir / "A_RES_78_69.txt"))
           if r.source in ("footnote 87", "footnote 88")}
    assert got["footnote 87"].citation.unit == "annex"
    assert got["footnote 87"].citation.document_name == "Convention on International Civil Aviation, 1944"
    assert [t.label for t, _ in got["footnote 87"].resolved] == ["annex 12"]
    # the IMO document's annex 5 with the resolution in it, one chain of the symbol (branch refs: "document MSC
    # 78/26/Add.1" a symbol, the chain labelled as it reads)
    assert [(t.label, t.document) for t, _ in got["footnote 88"].resolved] == [
        ("annex 5 resolution MSC.155(78)", "MSC 78/26/Add.1")]


def test_a_footnotes_part_that_is_its_sentences_subject():
    """78/128 footnote 19, on rule 65 of the rules of procedure in its annex III: "Paragraph 23.3 of Agenda 21
    provides that ... Therefore, based on Agenda 21, rule 65 shall apply equally to non-governmental organizations
    ...": paragraph 23.3 is Agenda 21's; rule 65 is the rules' own (no document "Therefore, based on Agenda 21")."""
    got = refs(FIXTURES / "A_RES_78_128.txt", "footnote 19")
    assert got[0] == ("Paragraph 23.3", "external", "Agenda 21", [(None, "23.3", "external")])
    phrase, kind, name, resolved = got[1]
    assert (phrase, kind, name) == ("rule 65", "internal", None)
    assert {lab for _, lab, _ in resolved} == {"annex III rule 65.1", "annex III rule 65.2"}


def test_an_agreement_between_two_parties_is_named_with_both():
    # A/RES/80/1 PP1 (a bundled text, texts/A_RES_80_1.txt): "section 11 of the Agreement between the United Nations
    # and the United States of America regarding the Headquarters of the United Nations" (the name was cut at "the
    # United Nations"); "regarding" joins no title (78/207 2: "the Convention regarding the Committee ...") but an
    # agreement's, right after its two parties (branch rfix, twenty-first session: tests/test_references_rfix.py)
    res = resparse.parse(Path(__file__).resolve().parents[1] / "texts" / "A_RES_80_1.txt")
    [cit] = [r.citation for r in resolve(res) if r.source == "PP1"]
    assert cit.document_name == ("the Agreement between the United Nations and the United States of America "
                                 "regarding the Headquarters of the United Nations")
    assert [c.document_name for c in find("as to consider the option provided for in articles 31 and 32 of the "
                                          "Convention regarding the Committee on Enforced Disappearances, and")] == [
        "the Convention"]


def test_that_annex_and_an_annex_in_parentheses_after_a_document(corpus_dir):
    # 78/69 235: "... become parties to the Protocol of 1997 (annex VI – Regulations for the Prevention of Air
    # Pollution from Ships) to the International Convention ..."; 236: "... pursuant to an amendment to annex VI to the
    # International Convention for the Prevention of Pollution from Ships, ... and encourages ratification of that
    # annex": neither is this text's annex
    by = {}
    for r in resolve(resparse.parse(corpus_dir / "A_RES_78_69.txt")):
        if r.source in ("235", "236"):
            by.setdefault(r.source, []).append((r.citation.kind, r.citation.document_name, [t.label for t, _ in r.resolved]))
    convention = "the International Convention for the Prevention of Pollution from Ships"
    # "the Protocol": the one the paragraph names before it, "the Protocol of 1997" (branch check8)
    assert by["235"][1] == ("external", "the Protocol of 1997", ["annex VI"])
    assert by["236"] == [("external", convention, ["annex VI"]), ("external", convention, ["annex VI"])]
