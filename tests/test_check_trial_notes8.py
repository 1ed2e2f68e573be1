"""The draft-note checker on what a new-user trial (2026-12-03) found, on its own notes (tests/fixtures/trial_notes8,
SOURCE.md):

- a quotation that is the end of one paragraph and the start of the next ("... as a matter of priority; Decides to
  continue ...") is compared with the two joined (``Prepared.search_span``): verified when both are cited, R105
  naming the two when only one is; before, R104 invented changed words of the one cited;
- the closest passage of R106 is named only when it holds half the quoted words (before: "annex I 1 (3 of 19 words
  match)");
- the subject of a decision ("decides that the Conference shall be held ...") is no addressee: never R203."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check.align import segments
from resparse.check.quotations import _HINT

HERE = Path(__file__).parent / "fixtures"
NOTES = HERE / "trial_notes8"


@pytest.fixture(scope="module")
def res_78_128():
    return resparse.parse(HERE / "A_RES_78_128.txt")


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


@pytest.fixture(scope="module")
def migration(all_texts):
    return checker.check(notes.read(NOTES / "note3_migration.md"), checker.Library(list(all_texts.values())))


def test_a_quotation_across_two_cited_paragraphs_is_verified(migration):
    """Line 11: "Paragraphs 22 (a) and (b) ... "to the preparatory process of the global compact; Invites Member
    States and other relevant stakeholders"": the end of 22 (a) and the start of 22 (b)."""
    assert _findings(migration, 11) == []
    [item] = [it for it in migration.items if it.kind == "quotation" and it.line == 11]
    assert item.status != "error"


def test_a_quotation_across_two_paragraphs_one_cited_is_r105_naming_both(migration):
    """Line 9 cites 22 (a) alone: before, R104 "[-respective mandates,-] ...; ... global [-compact-] {+compact;
    Invites Member States ...+}"."""
    assert _findings(migration, 9) == [
        ("R105", "not in paragraph 22 (a) of A/RES/71/280 alone; the words span paragraphs 22 (a) and 22 (b)")]


def test_the_other_findings_of_the_note_stay(migration):
    codes = {line: [c for c, _ in _findings(migration, line)] for line in (5, 7, 13, 15, 17)}
    assert codes == {5: ["R202", "R104"], 7: ["R101"], 13: ["R104"], 15: ["R104"], 17: []}


def test_paragraphs_25_and_26_of_78_218_quoted_across_are_verified(res_78_218, res_78_125_or_none):
    library = checker.Library([res_78_218, *res_78_125_or_none])
    report = checker.check(notes.read(NOTES / "note1_dprk.txt"), library)
    assert _findings(report, 15) == []


@pytest.fixture(scope="module")
def res_78_125_or_none():
    path = HERE / "A_RES_78_125.txt"
    return [resparse.parse(path)] if path.exists() else []


@pytest.fixture(scope="module")
def ocean(res_78_128, all_texts):
    library = checker.Library([*all_texts.values(), res_78_128])
    return checker.check(notes.read(NOTES / "note2_ocean.docx"), library)


def test_a_quotation_cut_across_17_and_18_is_named_not_an_unrelated_passage(ocean):
    """Line 7: "Paragraph 18 of resolution 78/128 requests the Secretary-General "in cooperation and coordination
    with the Presidents of the Conference; Also requests ..."": before, R106 "the closest passage is in annex I 1
    (3 of 19 words match)"."""
    assert _findings(ocean, 7) == [
        ("R105", "not in paragraph 18 of A/RES/78/128 alone; the words span paragraphs 17 and 18")]


def test_a_weak_closest_passage_is_not_named(res_78_128):
    """Without 17 and 18, the closest single paragraph to the note's quotation matches 3 of its 19 words: below the
    share that names a passage as a hint."""
    prepared = checker.Library([res_78_128]).get("A/RES/78/128")
    quote = ("in cooperation and coordination with the Presidents of the Conference; Also requests the "
             "Secretary-General to appoint a Special Adviser")
    closest = prepared.search(segments(quote), exclude_all=["17", "18"], floor=0.0)
    assert closest is not None and closest.score < _HINT
    assert prepared.search_span(segments(quote)).labels == ["17", "18"]


@pytest.mark.parametrize("note, line", [("note6.txt", 3), ("note6.txt", 5), ("note2_ocean.docx", 9)])
def test_the_subject_of_a_decision_is_no_addressee_misnamed(res_78_128, all_texts, note, line):
    """"Paragraph 4 of resolution 72/244 decides that the Conference shall be held ...": 4 "Decides that the
    intergovernmental conference, entitled "Intergovernmental Conference to Adopt ...", shall be held in Morocco";
    before, R203 "does not address Intergovernmental Conference ...; it addresses General Assembly"."""
    report = checker.check(notes.read(NOTES / note), checker.Library([*all_texts.values(), res_78_128]))
    assert [c for c, _ in _findings(report, line) if c == "R203"] == []
