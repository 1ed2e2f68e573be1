"""References a researcher would call wrong, found in the twenty-first session's audit of the corpus's references
(branch rfix: bench/dump_references.py, rows read against the texts), each fixed as a kind at its mechanism
(grammar/references.lark, resparse/references.py) and tested on real text (tests/fixtures/rfix/SOURCES.md)."""

from pathlib import Path

import pytest

import resparse
from resparse.references import find, resolve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def _refs(path: Path, source: str) -> list[tuple[str, str | None, list[tuple[str | None, str | None, str]]]]:
    return [(r.citation.phrase, r.citation.document_name, [(t.document, t.label, s) for t, s in r.resolved])
            for r in resolve(resparse.parse(path)) if r.source == source]


def test_a_name_ending_pursuant_runs_on_through_the_mandate_it_answers():
    refs = _refs(FIXTURES / "rfix" / "A_RES_78_102.txt", "1")
    names = {name for _, name, _ in refs if name}
    assert names == {"the report submitted pursuant to paragraphs 31 and 32 of its resolution 77/98"}  # was "... pursuant"
    # the mandate's own citation stays a citation of its own
    assert ("paragraphs 31 and 32 of its resolution 77/98", None,
            [("A/RES/77/98", "31", "external"), ("A/RES/77/98", "32", "external")]) in refs


def test_the_grammar_reads_a_name_through_pursuant_to_its_mandate():
    """The name runs on in grammar/references.lark (``of_named_by_mandate``), not in a pass after the parse: the tree
    of the citation holds the mandate's citation; the citation itself ends with the name (the mandate read next)."""
    from resparse.references import _longest

    res = resparse.parse(FIXTURES / "rfix" / "A_RES_78_102.txt")
    body = next(p.text for p in res.walk() if "to the report submitted pursuant" in p.text)
    at = body.index("annexes I and II")
    tree = _longest(body, at)
    named = next(tree.find_data("of_named_by_mandate"))
    assert body[at + named.children[0].end_pos :].startswith(" to paragraphs 31 and 32")
    cit = next(c for c in find(body) if c.start == at)
    assert cit.phrase == "annexes I and II to the report submitted pursuant"


@pytest.mark.parametrize("path, source, name", [
    # "regarding" after the agreement's two parties is its title's (was cut before "regarding")
    (ROOT / "texts" / "A_RES_80_1.txt", "PP1",
     "the Agreement between the United Nations and the United States of America regarding the Headquarters of the "
     "United Nations"),
    (FIXTURES / "rfix" / "A_RES_78_116.txt", "4",
     "the Agreement between the United Nations and the United States of America regarding the Headquarters of the "
     "United Nations"),
])
def test_an_agreement_is_named_with_its_subject_after_its_parties(path, source, name):
    assert name in {n for _, n, _ in _refs(path, source)}


def test_regarding_joins_no_other_title():
    # "the Convention regarding the Committee on Enforced Disappearances" (A/RES/79/173 PP3, as 78/207 2): the
    # Committee is no part of the Convention's name; only an agreement's parties ("between ... and ...") open it
    text = ("to consider the option provided for in articles 31 and 32 of the Convention regarding the Committee on "
            "Enforced Disappearances,")
    assert [c.document_name for c in find(text)] == ["the Convention"]


def test_a_joins_a_title_before_a_capitalized_word():
    text = " ".join((FIXTURES / "rfix" / "A_RES_80_243_V4.txt").read_text(encoding="utf-8").split())  # as parsed
    assert [c.document_name for c in find(text)] == [
        "the Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a "
        "Residual Special Court for Sierra Leone"]  # was cut after "Government of Sierra Leone"


def test_a_footnote_source_after_a_semicolon_and_see_also_is_named_alone():
    refs = _refs(FIXTURES / "rfix" / "A_RES_78_108.txt", "footnote 10")
    assert ("paras. 267–269 and 271", "Yearbook of the International Law Commission 1982, vol. II (Part Two)",
            [(None, lab, "external") for lab in ("267", "268", "269", "271")]) in refs


def test_a_signal_before_a_name_in_lower_case_and_the_and_of_a_list_of_sources_are_no_part_of_it(corpus_dir):
    res = resparse.parse(corpus_dir / "A_RES_80_226.txt")
    named = {(r.source, r.citation.phrase): r.citation.document_name for r in resolve(res)}
    assert named[("footnote 7", "rules 7.1, 8.1 and 10.3")] == "the Tokyo Rules"  # was "See the Tokyo Rules"
    assert named[("footnote 7", "rules 89–94")] == "the Nelson Mandela Rules"  # was "See the Tokyo Rules, ...; and ..."


def test_a_footnote_that_names_its_document_by_a_symbol_cites_that_symbol(corpus_dir):
    refs = _refs(corpus_dir / "A_RES_78_69.txt", "footnote 128")
    assert refs == [("annex II", None, [("UNEP(DTIE)/Hg/CONF/4", "annex II", "external")])]  # was a name


def test_the_texts_own_annexes_named_whole_are_each_annex():
    refs = _refs(FIXTURES / "A_RES_79_1.txt", "OP1")
    assert refs == [("annexes", None, [(None, "annex I", "ok"), (None, "annex II", "ok")])]  # was "annex", unresolved


@pytest.mark.parametrize("name, source, phrase, document", [
    # a word that opens a clause ends the name (was "the Headquarters Agreement if certain issues raised")
    ("A_RES_78_116.txt", "15", "section 21 of the Headquarters Agreement", "the Headquarters Agreement"),
    # "working" and "meeting" are nouns of a name, not a verb that ends it (were cut before them)
    ("A_RES_78_47.txt", "2", "the annex to the final report of the open-ended working group",
     "the final report of the open-ended working group"),
    ("A_RES_78_67.txt", "17", "section V of the report of the meeting", "the report of the meeting"),
])
def test_a_name_ends_at_a_clause_and_runs_over_nouns_in_ing(name, source, phrase, document):
    assert (phrase, document) in [(p, n) for p, n, _ in _refs(FIXTURES / "rfix" / name, source)]


@pytest.mark.parametrize("name, source, phrase, document", [
    ("A_RES_78_167.txt", "3", "its decisions 21/1 and 21/2",
     "decisions 21/1 and 21/2 of the High-level Committee on South-South Cooperation"),  # was "its decisions 21/1 ..."
    # the body named whole, not "the United Nations" inside its name
    ("A_RES_80_143.txt", "PP9", "its decision 27/COP.16",
     "decision 27/COP.16 of the Conference of the Parties to the United Nations Convention to Combat Desertification"),
])
def test_another_bodys_resolution_by_its_possessive_is_named_with_the_body(name, source, phrase, document):
    assert (phrase, document) in [(p, n) for p, n, _ in _refs(FIXTURES / "rfix" / name, source)]


def test_its_resolution_with_no_body_before_keeps_its_words():
    from resparse.references import _its_numbered
    # A/RES/78/154 (and 79/207, 80/139); A/RES/79/189 PP9 (the words as the corpus prints them, one line each)
    text = "Recalling that, in its decision 3/COP.15, the Conference of the Parties to the Convention invited"
    assert _its_numbered("its decision 3/COP.15", text, text.index("its decision")) == "its decision 3/COP.15"
    text = ("the World Health Organization guiding principles on human cell, tissue and organ transplantation, endorsed "
            "by the sixty-third World Health Assembly in its resolution 63.22 of 21 May 2010")
    # another body word between: not the Organization's
    assert _its_numbered("its resolution 63.22", text, text.index("its resolution")) == "its resolution 63.22"


def test_a_budget_section_with_its_title_set_apart_is_of_the_document_named_after_it():
    # A/RES/78/253 IX.5 (tests/fixtures/A_RES_78_253.txt): "under section 36, Staff assessment, of the proposed
    # programme budget for 2024, to be offset by ... under income section 1, Income from staff assessment"; the
    # section was of no document named (the title between the section and its "of")
    refs = _refs(FIXTURES / "A_RES_78_253.txt", "IX.5")
    assert ("section 36, Staff assessment, of the proposed programme budget", "the proposed programme budget",
            [(None, "section 36", "external")]) in refs
    # a title that is a list of lower-case members: "Construction, alteration, improvement and major maintenance"
    refs = _refs(FIXTURES / "A_RES_78_253.txt", "XIII.18")
    assert ("section 33, Construction, alteration, improvement and major maintenance, of the proposed programme "
            "budget", "the proposed programme budget", [(None, "section 33", "external")]) in refs


def test_a_budget_section_numbered_with_a_letter_keeps_it():
    # A/RES/78/253 XII.16: "section 29A, ..." and "section 29B, Department of Operational Support, of the proposed
    # programme budget" (the programme budget's sections 29A to 29G); both were read "section 29"
    labels = [t[1] for _, _, targets in _refs(FIXTURES / "A_RES_78_253.txt", "XII.16") for t in targets]
    assert "section 29A" in labels and "section 29B" in labels and "section 29" not in labels


@pytest.mark.parametrize("name, source, phrase, document", [
    ("A_RES_78_97.txt", "15", "Article 73 e of the Charter of the United Nations", "the Charter of the United Nations"),
    ("A_RES_78_91.txt", "7", "Article 73 e of the Charter", "the Charter of the United Nations"),
])
def test_a_title_ends_before_a_word_in_lower_case(name, source, phrase, document):
    # were "the Charter of the United Nations information", "the Charter since the reinscription of the Territory by
    # the General Assembly"; "the Charter" alone is the one Charter the resolution names in full before it (branch
    # rfix7, tests/test_references_rfix7.py)
    assert (phrase, document) in [(p, n) for p, n, _ in _refs(FIXTURES / "rfix" / name, source)]



def test_each_section_of_an_appropriation_list_is_of_the_budget_its_last_member_names():
    # A/RES/78/253 X.3: "969,900 dollars under section 18, Economic and social development in Africa, 468,300 dollars
    # under section 20, Economic development in Europe, and 3,800 dollars under section 29E, Administration, Geneva,
    # of the proposed programme budget for 2024"; sections 18 and 20 were of no document, 29E "section 29"
    refs = _refs(FIXTURES / "A_RES_78_253.txt", "X.3")
    assert [(name, targets) for _, name, targets in refs] == [
        ("the proposed programme budget", [(None, f"section {n}", "external")]) for n in ("18", "20", "29E")]
