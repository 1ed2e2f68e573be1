"""The draft-note checker's diffs on what a fresh-user trial (2026-12-03) found (tests/fixtures/trial_notes25b,
SOURCE.md): a diff must show what the note changed, aligned word for word.

- a name the note abbreviates at the edge of its quotation is replaced whole ("[-Democratic People's Republic of
  Korea-] {+DPRK+}"), not its first word before the rest of the name shown as context (``align._name_end``);
- a date misquoted after words the quotation left out is a replacement ("[-April-] {+May+} 2024"), not "{+May
  2024+}" added before "April 2024" (the search window was cut before the paragraph's date: ``align._window``);
- "The title of resolution 78/218 is “…”" claims a title, as "entitled" does (R103), not a quotation of PP2."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

HERE = Path(__file__).parent / "fixtures"
NOTE = HERE / "trial_notes25b" / "note_check.md"


@pytest.fixture(scope="module")
def report():
    library = checker.Library([resparse.parse(HERE / "A_RES_78_218.txt"), resparse.parse(HERE / "A_RES_78_128.txt")])
    return checker.check(notes.read(NOTE), library)


def _findings(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


def test_an_abbreviated_name_at_the_end_of_a_quotation_replaces_the_whole_name(report):
    """Line 3 "… situation in the DPRK in a coordinated …" of 78/218's 23 (was "… in the [-Democratic-] {+DPRK+}
    People's Republic …")."""
    [(code, message)] = _findings(report, 3)
    assert code == "R104"
    assert message.endswith("… in the [-Democratic People’s Republic of Korea-] {+DPRK+} in a …")


def test_an_abbreviated_name_closing_a_quotation_replaces_the_whole_name():
    """The name at the very end of the quotation: nothing of it is left as context after the change."""
    from importlib import import_module

    align = import_module("resparse.check.align")
    [para] = [p for p in resparse.parse(HERE / "A_RES_78_218.txt").walk() if p.label == "23"]
    text = align.Text("23", para.text)
    al = align.align(align.segments("the grave human rights situation in the DPRK"), text)
    assert al.diff() == "… in the [-Democratic People’s Republic of Korea-] {+DPRK+} in a …"
    # a quotation that ends on the name's own words keeps them: no change
    assert align.align(align.segments("situation in the Democratic People’s"), text).exact


def test_a_misquoted_date_after_left_out_words_is_a_replacement(report):
    """Line 5 "… to prepare a background note by the end of May 2024" of 78/128's 22 and 23 (was "… end of {+May
    2024+} April 2024, …": the window the alignment looked in ended before "April")."""
    [(code, message)] = _findings(report, 5)
    assert code == "R104"
    assert "end of [-April-] {+May+} 2024, including …" in message
    assert "{+May 2024+}" not in message


def test_the_title_of_a_resolution_is_a_title_claim(report):
    """Line 7 "The title of resolution 78/218 is “…”" is R103, as line 9's "entitled" is (was R104 on PP2)."""
    assert _findings(report, 7) == _findings(report, 9)
    [(code, message)] = _findings(report, 7)
    assert code == "R103"
    assert message.startswith("not the title of A/RES/78/218")
    titles = [it for it in report.items if it.kind == "title" and it.line in (7, 9, 11)]
    assert [it.status for it in titles] == ["error", "error", "verified"]


def test_the_title_of_a_resolution_given_right_is_verified(report):
    """Line 11, the title as the resolution writes it: no finding."""
    assert _findings(report, 11) == []
