"""The draft-note checker on what a re-trial of the twenty-eighth session found (branch checkfix28), tried on real
text (the note in tests/fixtures/checkfix28/passing.md; 78/317 and 79/144 in tests/fixtures, 79/287 and 79/331 in
tests/fixtures/checkfix28):

1. a statement that a paragraph asks an actor to act was verified when the paragraph names that actor only in
   passing, in a paragraph whose clauses ask others ("Urges the Secretary-General to continue to provide all
   necessary secretariat services to the Commission", 79/144 89): R203, naming whom it does address. A paragraph
   with no clause read as a mandate stays silent (tests/test_check_trial_notes*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
HERE = FIXTURES / "checkfix28"


@pytest.fixture(scope="module")
def passing():
    texts = [FIXTURES / "A_RES_78_317.txt", FIXTURES / "A_RES_79_144.txt", HERE / "A_RES_79_287.txt",
             HERE / "A_RES_79_331.txt"]
    return checker.check(notes.read(HERE / "passing.md"), checker.Library([resparse.parse(p) for p in texts]))


def _on(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


@pytest.mark.parametrize("line, message", [
    # 78/317 annex 41 asks the three regional commissions; the Secretary-General's report is only to be informed
    (3, "paragraph 41 of the annex to A/RES/78/317 does not address the Secretary-General; it addresses the Economic "
        "Commission for Latin America and the Caribbean, the Economic and Social Commission for Asia and the Pacific "
        "and the Economic Commission for Africa"),
    # 79/144 89: "Urges the Secretary-General to continue to provide ... secretariat services to the Commission"
    (5, "paragraph 89 of A/RES/79/144 does not address the Commission; it addresses the Secretary-General"),
    # 79/287 13: "Further urges Member States to implement ..."; the President only convenes a dialogue
    (7, "paragraph 13 of A/RES/79/287 does not address the President of the General Assembly; it addresses Member "
        "States"),
    # 79/331 44 invites the agencies "to strengthen the cooperation with the International Organization of la
    # Francophonie"
    (9, "paragraph 44 of A/RES/79/331 does not address the International Organization; it addresses the specialized "
        "agencies, the funds and programmes, the regional commissions and the Economic Commission for Africa"),
])
def test_an_actor_named_in_passing_is_not_addressed(passing, line, message):
    assert _on(passing, line) == [("R203", message)]


@pytest.mark.parametrize("line", [11, 13, 15])
def test_the_actors_the_paragraph_asks_are_verified(passing, line):
    """The same paragraphs with the actor they do ask: no finding."""
    assert _on(passing, line) == []
