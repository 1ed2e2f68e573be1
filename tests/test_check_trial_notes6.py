"""The draft-note checker on faults an earlier session's trials found (tests/fixtures/trial_notes6/, written for
these tests from the trials' sentences):

- chapeau.md, checked against the real A/RES/80/5 of the corpus: an item under a declaration's chapeau "In this
  regard we decide to:" (annex, para. 43, the connective capitalised and without its comma) is the Assembly's
  decision too, so a note may say the item "decides to request" what the item requests (before: R202 "requests,
  never 'decides'"); the clause reader (:func:`resparse.mandates.clauses.clauses`), which the checker and the mandates
  share, reads the chapeau's "we decide";
- plural.md, checked against the bundled A/RES/71/280: a message that names several paragraphs names them in the
  plural, "paragraphs 3 and 4" (the UN editorial manual), with the verbs agreeing ("do not address", "decide and
  invite"); before: "paragraph 3 and 4 of A/RES/71/280 decides and invites"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check.text import paragraphs_named, where
from resparse.mandates.clauses import clauses

FIXTURES = Path(__file__).parent / "fixtures" / "trial_notes6"


@pytest.fixture(scope="module")
def res_80_5(corpus_dir):
    return resparse.parse(corpus_dir / "A_RES_80_5.txt")


@pytest.fixture(scope="module")
def chapeau(res_80_5):
    return checker.check(notes.read(FIXTURES / "chapeau.md"), checker.Library([res_80_5]))


@pytest.fixture(scope="module")
def plural(res_71_280):
    return checker.check(notes.read(FIXTURES / "plural.md"), checker.Library([res_71_280]))


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


def test_the_chapeau_in_this_regard_we_decide_is_read_as_a_decision(res_80_5):
    """43 "... In this regard we decide to:": its last clause is "we decide", the Assembly's "decides"."""
    p = res_80_5.get("annex 43")
    assert p.text.rstrip().endswith("In this regard we decide to:")
    last = clauses(p)[-1]
    assert last.written == "In this regard we decide"
    assert last.verb is not None and last.verb.name == "decides"


def test_an_item_under_we_decide_to_is_decided(chapeau):
    """ "Paragraph 43 (b) ... decides to request the Secretary-General": (b) "Request the Secretary-General ..."
    under "we decide to:"; "43 (d) ... decides to invite the United Nations regional commissions": (d) "Invite the
    United Nations regional commissions ...". Both faithful (before: R202 on each)."""
    assert [(it.paragraphs, it.status) for it in chapeau.items if it.line == 3 and it.kind == "citation"][-1] == (
        ["annex 43 (b)"], "verified")
    assert _findings(chapeau, 3) == []
    assert _findings(chapeau, 5) == []


def test_a_verb_neither_the_item_nor_its_chapeau_uses_is_still_r202(chapeau):
    """ "43 (b) ... urges the Secretary-General": the item requests, the chapeau decides; no one urges."""
    [(code, message)] = _findings(chapeau, 7)
    assert code == "R202"
    assert message == 'A/RES/80/5 requests the Secretary-General (paragraph 43 (b) of the annex); the note says "urges"'


def test_several_paragraphs_are_named_in_the_plural_with_the_verbs_agreeing(plural):
    """3 and 4 decide and invite; neither addresses the Secretary-General; 22 and 23 invite Member States in 22 (b)
    and (c); 90 and 91 do not exist."""
    assert _findings(plural, 3) == [
        ("R202", 'paragraphs 3 and 4 of A/RES/71/280 decide and invite, never "request"; the note says "request"')]
    [(code, message)] = _findings(plural, 5)
    assert code == "R203"
    assert message.startswith("paragraphs 3 and 4 of A/RES/71/280 do not address the Secretary-General; they address ")
    assert _findings(plural, 7) == [
        ("R202", 'A/RES/71/280 invites Member States (paragraphs 22 (b) and 22 (c)); the note says "urge"')]
    [(code, message)] = _findings(plural, 9)
    assert code == "R102" and message.startswith("paragraphs 90 and 91 do not exist in A/RES/71/280")


def test_one_paragraph_stays_in_the_singular(plural):
    """ "Paragraph 12 ... requests the Secretary-General": 12 requests the Secretary-General; nothing to say. And no
    message of the note names a list of labels after the singular "paragraph"."""
    assert _findings(plural, 11) == []
    assert plural.findings
    assert not [f.message for f in plural.findings if re.search(r"\bparagraph [^\s,;()]+(?: \([a-z]+\))* and ", f.message)]


@pytest.mark.parametrize("labels, expected", [
    (["7"], "paragraph 7"),
    (["3", "4"], "paragraphs 3 and 4"),
    (["22 (b)", "22 (c)", "23"], "paragraphs 22 (b), 22 (c) and 23"),
    (["adopted 72 (b)", "adopted 72 (c)"], "paragraphs 72 (b) and 72 (c)"),
    (["PP3"], "paragraph PP3"),
    (["annex 50"], "paragraph 50 of the annex"),
    (["annex 3", "annex 4"], "paragraphs 3 and 4 of the annex"),
    (["3", "annex 4"], "paragraph 3 and paragraph 4 of the annex"),
    ([], ""),
])
def test_paragraphs_named(labels, expected):
    assert paragraphs_named(labels) == expected


def test_where_names_the_paragraphs_of_a_resolution():
    assert where(["3", "4"], "A/RES/71/280") == "paragraphs 3 and 4 of A/RES/71/280"
    assert where([], "A/RES/71/280") == "A/RES/71/280"
