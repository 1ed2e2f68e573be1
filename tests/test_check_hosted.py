"""The checker on a note that holds the resolution it cites as one of its annexes: the annex is the cited document,
appended, and what it cites, quotes or numbers is its own text, not the note's claim.

The real case is the UNECE Executive Committee's informal note 2017/28 (tests/fixtures/host, copied unchanged from
../shared/seeds/000_7bf9d6e1ce4236b0.txt): its "ANNEX I" (lines 63-169) is A/RES/71/280, whose footnotes
("Resolution 70/1.") and preambular citations ("its resolution 71/1 of 19 September 2016") were 8 R001 findings of
the note (a fresh-user trial); its "ANNEX II" is the note's own again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.lex import hosted

SEED = Path(__file__).resolve().parent / "fixtures" / "host" / "UNECE_EXCOM_2017_28.txt"
TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def library():
    return checker.Library([resparse.parse(p) for p in resparse.bundled_texts()])


def run(library, text: str) -> checker.Report:
    return checker.check(notes.from_text(text, "note.md"), library)


def test_the_annexed_resolution_is_found_by_the_parsers_rule():
    note = notes.from_text(TEXT)
    start, end = hosted([line.text for line in note.lines])
    assert (note.lines[start].text, note.lines[end].text) == ("ANNEX I", "ANNEX II")
    assert (note.lines[start].number, note.lines[end].number) == (63, 170)
    # the note's body alone holds no resolution; a resolution that is no annex is none either
    assert hosted([line.text for line in notes.from_text(TEXT[: TEXT.index("#### ANNEX I")]).lines]) is None
    assert hosted(resparse.bundled_texts()[0].read_text(encoding="utf-8").splitlines()) is None


def test_no_finding_comes_from_the_annexed_resolution(library):
    report = run(library, TEXT)
    assert [(f.line, f.code) for f in report.findings] == [
        (25, "R201"), (30, "R002"), (45, "R202"), (45, "R001"), (45, "R001"), (46, "R006")]  # the note's own
    assert not [i for i in report.items if 63 <= i.line < 170]


def test_a_titled_annex_heading_holds_it_too(library):
    # "ANNEX I: Resolution adopted by ..." on one line (shapes.ANNEX_TITLED), as a note may set it
    text = TEXT.replace("#### ANNEX I\n\n# Resolution adopted", "#### ANNEX I: Resolution adopted")
    assert text != TEXT
    assert [f.code for f in run(library, text).findings] == ["R201", "R002", "R202", "R001", "R001", "R006"]


def test_the_notes_next_annex_is_read_again(library):
    # a citation in the note's own ANNEX II is the note's: still checked
    text = TEXT.replace("#### Economic Commission for Africa (ECA)",
                        "#### Economic Commission for Africa (ECA), as requested in resolution 70/1")
    assert text != TEXT
    late = [(f.code, f.message) for f in run(library, text).findings if f.line > 170]
    assert late == [("R001", "not checked: A/RES/70/1 is not loaded")]


def test_the_seed_itself(library):
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_7bf9d6e1ce4236b0.txt"
    if not seed.is_file():
        pytest.skip("../shared/seeds is not present")
    report = checker.check(notes.read(seed), library)
    assert [f.code for f in report.findings if f.code == "R001"] == ["R001", "R001"]  # 67/219 and 69/229
