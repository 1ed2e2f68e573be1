"""The draft-note checker on a fourth fresh-user trial's faults (tests/fixtures/trial_notes4/note.md, written for
these tests and checked against the real A/RES/78/128, whose annexes are I-III, and A/RES/78/3, one annex):

- an R104 diff shows the text as written, punctuation included ("[-France,-] {+Peru+}": the quotation drops the
  comma), and words that differ side by side are one change ("Rapporteur General" for "Rapporteur-General" is a
  hyphen: R201);
- a paragraph cited with an anaphor for the resolution named before ("In paragraph 40 it decided", "The Assembly, in
  paragraph 5,", "of that resolution", "of the said resolution", "ibid.") is that resolution's paragraph, and checked;
- a paragraph or annex that does not exist is named as a reader names it, and the message says what the resolution
  has ("its annexes are I–III", "annex I has paragraphs 1–12"); an annex named whole exists."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

FIXTURES = Path(__file__).parent / "fixtures"
NOTE = FIXTURES / "trial_notes4" / "note.md"


@pytest.fixture(scope="module")
def report():
    library = checker.Library([resparse.parse(FIXTURES / f"A_RES_{n}.txt") for n in ("78_128", "78_3")])
    return checker.check(notes.read(NOTE), library)


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


def _cited(report, line: int) -> list[tuple[str | None, list[str], str]]:
    return [(it.resolution, it.paragraphs, it.status) for it in report.items if it.line == line and it.kind == "citation"]


def test_a_changed_word_is_shown_with_its_punctuation(report):
    """ "... one from Costa Rica and one from Peru, two ex officio ...": paragraph 8 has "France," (before: "[-France-]
    {+Peru+}", the comma dropped on both sides)."""
    [(code, message)] = _findings(report, 3)
    assert code == "R104" and "[-France,-] {+Peru,+} two ex" in message


def test_a_comma_the_quotation_drops_beside_a_changed_word_is_shown(report):
    [(code, message)] = _findings(report, 5)
    assert code == "R104" and "[-France,-] {+Peru+}" in message


def test_two_words_for_one_hyphenated_word_is_one_change_of_spelling(report):
    """ "Rapporteur General" for "Rapporteur-General": one change, a hyphen (before: R104, a word replaced and a word
    added, shown as two changes)."""
    assert _findings(report, 7) == [("R201", "quotation of paragraph 8 of A/RES/78/128 differs in spelling or "
                                             "hyphenation: … designated as [-Rapporteur-General-] {+Rapporteur General+}")]


@pytest.mark.parametrize("line", [9, 15, 17])
def test_a_paragraph_named_with_an_anaphor_is_the_resolutions(report, line):
    """ "In paragraph 40 it decided", "In paragraph 33 of that resolution", "In paragraph 77 of the said resolution",
    after resolution 78/128 is named: its paragraphs, which do not exist (before: the note's own paragraph, or
    nothing read)."""
    [(code, message)] = _findings(report, line)
    assert code == "R101" and message.endswith("does not exist in A/RES/78/128 (the last operative paragraph is 32)")


def test_it_invited_is_checked_against_the_paragraph(report):
    """ "In paragraph 8, it invited the Secretary-General": 8 decides that the Conference shall elect its officers."""
    assert [c for c, _ in _findings(report, 11)] == ["R203"]
    assert _cited(report, 11) == [("A/RES/78/128", ["8"], "verified")]


def test_the_assembly_in_paragraph_5_is_verified(report):
    assert _cited(report, 13) == [("A/RES/78/128", ["5"], "verified")]


@pytest.mark.parametrize("line", [19, 21, 37])
def test_an_impersonal_it_or_another_documents_it_stays_unchecked(report, line):
    """ "In paragraph 4 it is proposed" (no verb of the Assembly), "In paragraph 40 it recommended" after the report
    A/78/123 is named (its "it"), and "In paragraph 40 it decided" three sentences after resolution 78/128 is named
    (a pronoun's resolution is named in its sentence or the one before): not paragraphs of 78/128. The note has no
    numbered paragraphs of its own, so each is said to be not checked (R004, an info), never passed in silence."""
    [(code, message)] = _findings(report, line)
    assert code == "R004" and message.startswith(f'not checked: "{"paragraph 4" if line == 19 else "paragraph 40"}"')
    assert all(res != "A/RES/78/128" or not labels for res, labels, _ in _cited(report, line))


def test_ibid_is_the_document_named_last(report):
    assert _findings(report, 35) == [
        ("R101", "paragraph 40 does not exist in A/RES/78/128 (the last operative paragraph is 32)")]


@pytest.mark.parametrize(("line", "message"), [
    (23, "paragraph 25 of annex I does not exist in A/RES/78/128 (annex I has paragraphs 1–12)"),
    (25, "annex IV does not exist in A/RES/78/128 (its annexes are I–III)"),
    (27, "paragraph 25 of the annex does not exist in A/RES/78/128 (its annexes are I–III: annex I has paragraphs "
         "1–12, annex II has paragraphs 1–26, annex III has rules 1–68)"),
    (31, "rule 99 of annex III does not exist in A/RES/78/128 (annex III has rules 1–68)"),
    (33, "paragraph 99 of the annex does not exist in A/RES/78/3 (the annex has paragraphs 1–78)"),
])
def test_a_missing_annex_paragraph_says_what_exists(report, line, message):
    assert _findings(report, line) == [("R101", message)]


def test_an_annex_named_whole_exists(report):
    """ "Resolution 78/128, annex II, sets out ...": the annex's paragraphs (before: R101 "paragraph annex II does not
    exist")."""
    assert _findings(report, 29) == []
    [(res, labels, status)] = _cited(report, 29)
    assert (res, labels[0], labels[-1], status) == ("A/RES/78/128", "annex II 1", "annex II 26", "verified")


def test_word_spans_are_the_words_compared():
    """The offsets a change is shown from are those of the words compared, paragraph by paragraph of a real text and
    for a quotation with gaps, insertions, a bracketed letter and a line wrap."""
    from resparse.check.align import segments, word_spans, words

    res = resparse.parse(FIXTURES / "A_RES_78_128.txt")
    for p in res.walk():
        [spans] = word_spans(p.text)
        assert len(spans) == len(words(p.text))
        assert all(p.text[a:b].replace("\u00ad", "") for a, b in spans)
    quote = "[r]equests the “Secretary-General” … to [the Conference] sub-\n  regional, and"
    segs = segments(quote)
    assert [len(s) for s in segs] == [len(s) for s in word_spans(quote, gaps=True)]
    assert [quote[a:b] for a, b in segs[0].spans] == ["[r]equests", "the", "Secretary-General"]
