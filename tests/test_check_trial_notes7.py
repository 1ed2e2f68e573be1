"""The draft-note checker on what a fresh-user trial (2026-12-03) found: tests/fixtures/trial_notes7/verbs.md, the
trial's sentences, checked against the bundled A/RES/71/280.

- a verb of the table followed by "that" ("decides that the Secretary-General shall present", "decided that ...
  should") ascribes the verb to the subject of the clause (data/operative_verbs.txt: "Decides that X shall Y", X
  is the actor); before, the object was looked for right after the verb, none was found and nothing was said;
- a cited paragraph that addresses no one ("24. Expresses its appreciation to the Government of Mexico ...") and
  never writes the verb the note gives it ("requests") is R202; before: verified;
- quotes.md: a quotation that leaves words out or adds some is compared word by word on the longest common
  subsequence (``rapidfuzz.distance.Indel``), so only those words are marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from resparse import check as checker
from resparse import note as notes

FIXTURES = Path(__file__).parent / "fixtures" / "trial_notes7"


@pytest.fixture(scope="module")
def verbs(res_71_280):
    return checker.check(notes.read(FIXTURES / "verbs.md"), checker.Library([res_71_280]))


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


def test_calls_upon_of_a_paragraph_that_requests_is_r202(verbs):
    assert _findings(verbs, 1) == [
        ("R202", 'A/RES/71/280 requests the Secretary-General (paragraph 26); the note says "calls upon"')]


@pytest.mark.parametrize("line, said", [(3, "decides"), (5, "decided")])
def test_decides_that_x_shall_of_a_paragraph_that_requests_x_is_r202(verbs, line, said):
    assert _findings(verbs, line) == [
        ("R202", f'A/RES/71/280 requests the Secretary-General (paragraph 26); the note says "{said}"')]


def test_a_verb_of_a_paragraph_that_addresses_no_one_is_r202(verbs):
    assert _findings(verbs, 7) == [
        ("R202", 'paragraph 24 of A/RES/71/280 addresses no one and never "requests"; the note says "requests"')]


def test_faithful_verbs_give_nothing(verbs):
    """26 requests the Secretary-General; 16 "Decides that these informal thematic sessions shall be organized"."""
    assert _findings(verbs, 9) == []
    assert _findings(verbs, 11) == []


@pytest.fixture(scope="module")
def quotes(res_71_280):
    return checker.check(notes.read(FIXTURES / "quotes.md"), checker.Library([res_71_280]))


@pytest.mark.parametrize("line, shown", [
    # quotations of 22 (a) "... among States Members of the United Nations and other relevant stakeholders to examine
    # regional and subregional aspects of international migration ..." with words left out or added: only those
    # words are marked (before: "aspects of [-international-] {+migration+} migration", "and other [-relevant-]
    # {+stakeholders+} stakeholders", and "[-Members of the United-] {+and other relevant stakeholders+} Nations")
    (1, "… aspects of [-international-] migration and …"),
    # the two changes of line 2 shown once, together (check6: was "… among {+all+} States Members …; … among
    # States [-Members of the United Nations-] and other …", the words between them shown twice)
    (2, "… discussions among {+all+} States [-Members of the United Nations-] and other …"),
    (3, "… and other [-relevant-] stakeholders to …"),
])
def test_a_quotation_marks_only_the_words_it_leaves_out_or_adds(quotes, line, shown):
    [(code, message)] = _findings(quotes, line)
    assert code == "R104"
    assert message == f"quotation of paragraph 22 (a) of A/RES/71/280 changes words: {shown}"
