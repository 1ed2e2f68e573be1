"""The draft-note checker and the references on what the twenty-eighth session found (branch check8), each fixed as
a kind and tried on real text (notes in tests/fixtures/check8, resolutions in tests/fixtures, texts/ and
tests/fixtures/check8):

1. citations not read: a year of adoption after the symbol ("A/RES/79/234 (2024), paragraph 48" was R003, a
   paragraph of the note's own), a bare sub-paragraph label after the symbol and its comma ("resolution 71/280,
   22(a)" was no citation of 22 (a)), a text whose masthead names several parts ("A/RES/79/258 A-C") for a citation
   of one of them ("resolution 79/258 B" was not loaded);
2. R202 and R203 named an annex's paragraph by its raw label ("(annex I 57)"): now as R101 and R105 name it,
   "paragraph 57 of annex I";
3. R106 named the first other loaded resolution by symbol order that held a quotation, not the one that holds it best;
4. an office named alone ("the President") over a whole resolution that names several holders was its first
   mandated holder ("A/RES/72/244 decides the Presidents of the Intergovernmental Conference"), and in a cited
   paragraph that names one holder only in a clause that is no mandate, no one ("does not address the President; it
   addresses no one");
5. references: an annex of another document named by its subject before it ("the Annex on Chemicals to the
   Convention", A/RES/78/29 PP5) or tied to it by a relative ("the report of the Secretary-General ..., the annex to
   which", A/RES/78/52 PP2) was an annex of no document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check.text import paragraphs_named, where
from resparse.references import find, parts_held, printed_symbol, resolve, stored_symbol

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOTES = FIXTURES / "check8"


def _findings(report, line: int | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if line is None or f.line == line]


def _cited(report, line: int) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(it.resolution, tuple(it.paragraphs)) for it in report.items if it.kind == "citation" and it.line == line]


# -- 1. citations not read

@pytest.mark.parametrize("text, targets", [
    ("As A/RES/79/234 (2024), paragraph 48, sets out.", [("A/RES/79/234", "48")]),
    ("See resolution 79/234 (2024), para. 48.", [("A/RES/79/234", "48")]),
    ("See resolution 71/280, 22(a), on the commissions.", [("A/RES/71/280", "22 (a)")]),
    ("See A/RES/71/280, 22 (b) and (c).", [("A/RES/71/280", "22 (b)"), ("A/RES/71/280", "22 (c)")]),
    ("See A/RES/71/280, 15 (a) (ii).", [("A/RES/71/280", "15 (a) (ii)")]),
])
def test_a_year_or_a_bare_label_after_the_symbol_is_read(text, targets):
    assert [(t.document, t.label) for c in find(text) for t in c.targets] == targets


@pytest.mark.parametrize("text, targets", [
    # a number alone after the comma is no label (a list's next member, an amount): not read as a paragraph
    ("See resolution 71/280, 22 Member States agreed.", [("A/RES/71/280", None)]),
    ("resolutions 71/280, 72/244 and 73/195", [("A/RES/71/280", None), ("A/RES/72/244", None),
                                               ("A/RES/73/195", None)]),
    # a Security Council resolution's year stays its number's
    ("Security Council resolutions 2253 (2015), 2322 (2016)", [("S/RES/2253(2015)", None), ("S/RES/2322(2016)", None)]),
])
def test_what_was_read_before_is_read_as_before(text, targets):
    assert [(t.document, t.label) for c in find(text) for t in c.targets] == targets


@pytest.fixture(scope="module")
def cited(all_texts):
    res = resparse.parse(FIXTURES / "A_RES_79_234.txt")
    return checker.check(notes.read(NOTES / "citations.md"), checker.Library([*all_texts.values(), res]))


def test_the_year_after_the_symbol_cites_the_paragraph(cited):
    """A/RES/79/234's 48 "Requests the Secretary-General to submit ...", 49 "Decides to include ...": the quotations
    are compared with them and verified (were R003 "paragraph 48 is read as a paragraph of this note")."""
    assert _cited(cited, 3)[-1] == ("A/RES/79/234", ("48",))
    assert _cited(cited, 5)[-1] == ("A/RES/79/234", ("49",))
    assert _findings(cited, 3) == [] and _findings(cited, 5) == []
    assert [it.status for it in cited.items if it.kind == "quotation" and it.line in (3, 5)] == ["verified"] * 2


def test_a_bare_sub_paragraph_label_is_checked(cited):
    """71/280's 22 (a) is quoted (verified), 22 (b) and (c) exist, 22 (f) does not (R101: was no citation)."""
    assert _cited(cited, 7) == [("A/RES/71/280", ("22 (a)",))]
    assert [it.status for it in cited.items if it.kind == "quotation" and it.line == 7] == ["verified"]
    assert _cited(cited, 9) == [("A/RES/71/280", ("22 (b)", "22 (c)"))]
    assert _findings(cited, 11) == [("R101", "paragraph 22 (f) does not exist in A/RES/71/280 (22 has (a)–(c))")]


def test_a_masthead_with_its_parts_holds_each_part():
    held = {"A/RES/77/263A-C": 1, "A/RES/79/258": 2}
    assert [stored_symbol(s, held) for s in ("A/RES/77/263A", "A/RES/77/263B", "A/RES/77/263C", "A/RES/77/263")] \
        == ["A/RES/77/263A-C"] * 4
    assert stored_symbol("A/RES/77/263D", held) is None and stored_symbol("A/RES/78/263B", held) is None
    assert parts_held("A/RES/77/263A-C") == ("A/RES/77/263", "A", "C") and parts_held("A/RES/77/263A") is None
    assert printed_symbol("A/RES/77/263A-C") == "A/RES/77/263 A-C"


def test_a_loaded_text_of_parts_a_to_c_is_checked_for_part_b(tmp_path, all_texts):
    """79/258's text with the masthead "A/RES/79/258 A-C" (as a text issued with its later parts, A/RES/77/263 A-C,
    prints it): "section XIX of resolution 79/258 B" is checked against it, "sect. XXX" of part C is R101, part D is
    not it."""
    text = (FIXTURES / "A_RES_79_258.txt").read_text(encoding="utf-8")
    path = tmp_path / "A_RES_79_258_A-C.txt"
    path.write_text(re.sub(r"(?m)^A/RES/79/258 *$", "A/RES/79/258 A-C", text), encoding="utf-8")
    res = resparse.parse(path)
    assert res.symbol == "A/RES/79/258A-C"
    report = checker.check(notes.read(NOTES / "parts.md"), checker.Library([*all_texts.values(), res]))
    assert _findings(report, 3) == [] and _cited(report, 3) == [("A/RES/79/258B", ("XIX",))]
    assert _findings(report, 5) == [("R101", "section XXX does not exist in A/RES/79/258 C (its sections are I–XXV)")]
    assert _findings(report, 7) == [
        ("R001", "not checked: A/RES/79/258 D is not loaded (A/RES/79/258 A-C is loaded, but it is not part D)")]


# -- 2. annex labels as a reader cites them

@pytest.mark.parametrize("labels, doc, expected", [
    (["annex I 57"], "A/RES/79/1", "paragraph 57 of annex I to A/RES/79/1"),
    (["annex 43 (b)"], "A/RES/80/5", "paragraph 43 (b) of the annex to A/RES/80/5"),
    (["annex 3", "annex 4", "annex 5"], "A/RES/73/195", "paragraphs 3–5 of the annex to A/RES/73/195"),
    (["annex III rule 6"], "A/RES/78/128", "rule 6 of annex III to A/RES/78/128"),
    (["22 (a)"], "A/RES/71/280", "paragraph 22 (a) of A/RES/71/280"),
])
def test_where_names_an_annex_paragraph_as_cited(labels, doc, expected):
    assert where(labels, doc) == expected
    assert "annex I 57" not in paragraphs_named(labels)


def test_r202_names_an_annex_paragraph_as_cited(all_texts):
    """79/1's annex I (the Global Digital Compact) 57 requests the President of the General Assembly: "invites" is
    R202, its paragraph named "paragraph 57 of annex I" (was "(annex I 57)")."""
    res_79_1 = resparse.parse(FIXTURES / "A_RES_79_1.txt")
    report = checker.check(notes.read(FIXTURES / "check7" / "president.md"),
                           checker.Library([*all_texts.values(), res_79_1]))
    assert _findings(report, 9) == [("R202", "A/RES/79/1 requests the President of the General Assembly (paragraph 57 "
                                             'of annex I); the note says "invites"')]


# -- 3. R106 names the resolutions that hold the quotation best

@pytest.fixture(scope="module")
def elsewhere(all_texts):
    loaded = [resparse.parse(FIXTURES / "A_RES_78_218.txt"), resparse.parse(NOTES / "A_RES_79_181.txt"),
              resparse.parse(NOTES / "A_RES_80_220.txt")]
    return checker.check(notes.read(NOTES / "elsewhere.md"), checker.Library([*all_texts.values(), *loaded]))


def test_r106_names_the_resolutions_that_hold_the_words_exactly(elsewhere):
    """"Noting again with regret that independent civil society organizations cannot operate in the Democratic
    People’s Republic of Korea" is 79/181's PP12 and 80/220's PP10 word for word; 78/218's PP11 writes "Noting with
    regret" (was named, first by symbol order)."""
    assert _findings(elsewhere, 5) == [
        ("R106", "not found in paragraph 22 (a) of A/RES/71/280; found in paragraph PP12 of A/RES/79/181 and "
                 "paragraph PP10 of A/RES/80/220")]
    [f] = [f for f in elsewhere.findings if f.line == 5]
    # in citation style, as the message names it (check9; was the raw "A/RES/79/181 PP12"), its eId read back
    assert f.suggestion == "paragraph PP12 of A/RES/79/181"
    assert f.suggestion_eid == "recital_12"


def test_r106_names_every_resolution_that_holds_the_words_alike(elsewhere):
    """From "with regret" on, the words are in all three: each is named."""
    assert _findings(elsewhere, 3) == [
        ("R106", "not found in A/RES/72/244; found in paragraph PP11 of A/RES/78/218, paragraph PP12 of A/RES/79/181 "
                 "and paragraph PP10 of A/RES/80/220")]


# -- 4. an office named alone

@pytest.fixture(scope="module")
def president(all_texts):
    return checker.check(notes.read(NOTES / "president.md"), checker.Library(list(all_texts.values())))


def test_the_president_of_a_cited_paragraph_is_the_one_it_names(president):
    """72/244's 6 (b): "the outcome shall be transmitted by the President of the General Assembly" (a decision, no
    mandate): the note's "the President" is he, named but never "invited" (was R203 "does not address the President;
    it addresses no one")."""
    assert _findings(president, 3) == [
        ("R202", 'paragraph 6 of A/RES/72/244 names the President of the General Assembly but never "invites" it; the '
                 'note says "invites"')]


def test_several_presidents_of_a_whole_resolution_are_each_named(president):
    """72/244 names the Presidents of its Conference (17) and the President of the General Assembly (6 (b)) and
    requests neither: R202 names both (was "A/RES/72/244 decides the Presidents of the Intergovernmental Conference
    ... (paragraph 17)", the first holder only)."""
    [(code, message)] = _findings(president, 5)
    assert code == "R202"
    assert message.startswith('A/RES/72/244 names more than one President and "requests" none of them: it decides the '
                              "Presidents of the Intergovernmental Conference")
    assert message.endswith('(paragraph 17) and names the President of the General Assembly (paragraph 6 (b)); the '
                            'note says "requests"')


def test_a_verb_one_holder_is_given_is_verified(president):
    """"decides" the Presidents of the Conference (17) of the whole resolution; 71/280, which names one President,
    "requests" him (5, 6 (b) ...): both verified."""
    assert _findings(president, 7) == [] and _findings(president, 9) == []
    assert [it.status for it in president.items if it.kind == "verb" and it.line in (7, 9)] == ["verified"] * 2


# -- 5. references: annexes of another document

@pytest.mark.parametrize("name, label, phrase, owner", [
    ("A_RES_78_29.txt", "PP5", "the Annex on Chemicals to the Convention",
     "the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on "
     "Their Destruction"),
    ("A_RES_78_52.txt", "PP2", "the annex", "the report of the Secretary-General"),
])
def test_an_annex_of_another_document_names_its_owner(name, label, phrase, owner):
    res = resparse.parse(NOTES / name)
    found = [r for r in resolve(res) if r.source == label and r.citation.unit == "annex"]
    assert [(r.citation.phrase, r.citation.kind, r.citation.document_name) for r in found] == [
        (phrase, "external", owner)]


@pytest.mark.parametrize("path, source, phrase, name", [
    # "the United Nations Convention on the Law of the Sea (the Convention)" (PP2), then 221's "in particular article
    # 77 thereof" of "the Convention", with the Convention on Biological Diversity, CITES ... named in full between
    ("A_RES_79_145.txt", "221", "article 77 thereof", "the United Nations Convention on the Law of the Sea"),
    # "... Highly Migratory Fish Stocks (the Agreement)" (PP2)
    ("A_RES_79_145.txt", "57", "article 21", "the 1995 Agreement for the Implementation of the Provisions of the "
     "United Nations Convention on the Law of the Sea relating to the Conservation and Management of Straddling Fish "
     "Stocks and Highly Migratory Fish Stocks"),
    # the title, "Comprehensive Nuclear-Test-Ban Treaty", names one treaty; the preamble names the NPT too
    ("rfix7/A_RES_78_66.txt", "2", "article IV of the Treaty", "the Comprehensive Nuclear-Test-Ban Treaty"),
    # the title names the Biological Weapons Convention; paragraph 13 names it "the 1972 Biological Weapons Convention"
    ("rfix7/A_RES_78_67.txt", "PP15", "article VI of the Convention", "the Convention on the Prohibition of the "
     "Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their "
     "Destruction"),
])
def test_a_noun_alone_is_the_one_the_resolution_defines_or_its_title_names(path, source, phrase, name):
    found = [r for r in resolve(resparse.parse(FIXTURES / path)) if r.source == source and r.citation.phrase == phrase]
    assert found and all(r.citation.document_name == name for r in found)


def test_a_noun_alone_stays_where_its_paragraph_names_two_before_it():
    """A/RES/79/190 PP13 names the United Nations Convention against Transnational Organized Crime and the Convention
    against Corruption before "article 4 of the Convention" (each has an article 4 on sovereignty): which one it does
    not say, kept as written."""
    res = resparse.parse(FIXTURES / "references" / "A_RES_79_190.txt")
    found = [r for r in resolve(res) if r.source == "PP13" and r.citation.phrase == "article 4 of the Convention"]
    assert [r.citation.document_name for r in found] == ["the Convention"]
