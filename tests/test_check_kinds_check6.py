"""The draft-note checker on what the twenty-sixth session (branch check6) found, as kinds:

- a quotation that cites no paragraph is searched in the whole resolution and named by the paragraph it best
  matches (``Prepared.search`` through a word-pair index): "the grave human rights situation in the DPRK in a
  coordinated and unified manner" of A/RES/78/218 is 23's, not 2 (c)'s;
- a quotation's changes are shown once each, close ones together (``align.hunks``): the case
  ../shared/cases/resolution-named-otherwise repeated its context;
- three draft notes written as a secretariat officer would (tests/fixtures/check6: 71/280, 72/244, 78/218): correct
  quotations, a wrong paragraph number, a changed word, ellipses that skip text (also one that joins two
  paragraphs, one whose runs are out of order), sub-paragraphs cited "22(a)", "para. 22 (a)", "18(j)"."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check.align import Change, align, hunks, segments

FIXTURES = Path(__file__).parent / "fixtures"
NOTES = FIXTURES / "check6"


@pytest.fixture(scope="module")
def library(all_texts, res_78_218):
    return checker.Library([*all_texts.values(), res_78_218])


def _check(library, name: str) -> checker.Report:
    return checker.check(notes.read(NOTES / name), library)


def _findings(report) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = {}
    for f in report.findings:
        out.setdefault(f.line, []).append((f.code, f.message))
    return out


def _quotations(report) -> dict[int, tuple[str, list[str]]]:
    return {it.line: (it.status, it.paragraphs) for it in report.items if it.kind == "quotation"}


# -- 1. an uncited quotation, searched in the whole resolution

def test_an_uncited_quotation_is_named_by_the_paragraph_it_stands_in(library):
    """Line 3 names resolution 78/218 and no paragraph: before, the three paragraphs nearest by characters were
    aligned and 2 (c) won ("[-country-] {+DPRK in a coordinated+}"); 23 holds every word but the name."""
    report = _check(library, "note_dprk.md")
    [f] = [f for f in report.findings if f.line == 3]
    assert (f.code, f.paragraph) == ("R104", "23")
    assert f.message == ("quotation of paragraph 23 of A/RES/78/218 changes words: … in the [-Democratic People’s "
                         "Republic of Korea-] {+DPRK+} in a …")
    assert _quotations(report)[3] == ("error", ["23"])


def _fragments(prepared, every: int = 3):
    """Quotations made from the resolution's own paragraphs (every ``every``-th of 14 words or more): 12 words from
    its third, one of them replaced, and the same with three words shortened to one (a name abbreviated)."""
    labels = [lab for lab in prepared.order if len(prepared.texts[lab].shown) >= 14][::every]
    for lab in labels:
        ws = prepared.texts[lab].shown[2:14]
        yield lab, ws[:5] + ["altered"] + ws[6:]
        yield lab, ws[:4] + ["ABC"] + ws[7:]


@pytest.mark.parametrize("symbol", ["A/RES/71/280", "A/RES/72/244", "A/RES/78/218"])
def test_a_fragment_with_a_word_changed_is_found_where_it_best_matches(library, symbol):
    """Searched in the whole resolution, the paragraph named matches the quotation at least as well as the one it
    was taken from (another may hold the same words: 72/244's rules repeat theirs)."""
    prepared = library.get(symbol)
    wrong = []
    for lab, ws in _fragments(prepared):
        segs = segments(" ".join(ws))
        found = prepared.search(segs, floor=0.0)
        own = align(segs, prepared.texts[lab]).score
        if found is None or (found.label != lab and found.score < own):
            wrong.append((lab, found and found.label))
    assert wrong == []


# -- 2. each change shown once

def test_the_case_named_otherwise_shows_each_change_once():
    """../shared/cases/resolution-named-otherwise: "raise awareness among donors" of "raise the awareness of the
    international community" was "raise [-the-] awareness of …; … the awareness [-of-] {+among donors+} the
    international …", "awareness" shown twice."""
    res = resparse.parse(FIXTURES / "resolution-named-otherwise.txt")
    report = checker.check(notes.read(FIXTURES / "resolution-named-otherwise.note.md"), checker.Library([res]))
    shown = "raise [-the-] awareness [-of-] {+among donors+} the international …"
    r104 = [f.message for f in report.findings if f.code == "R104"]
    assert r104 == [f"quotation of paragraph 1 of A/RES/77/912 changes words: {shown}"] * 2


def test_the_cli_shows_each_change_once_in_the_terminal_and_in_json():
    cmd = [sys.executable, "-m", "resparse", "check", str(FIXTURES / "resolution-named-otherwise.note.md"),
           "--against", str(FIXTURES / "resolution-named-otherwise.txt")]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 1
    lines = [ln for ln in out.stdout.splitlines() if " R104 " in ln]
    assert len(lines) == 2 and all(ln.count("awareness") == 1 and ln.count("[-of-]") == 1 for ln in lines)
    data = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout)
    messages = [f["message"] for f in data["findings"] if f["code"] == "R104"]
    assert [m.split(": ", 1)[1] for m in messages] == [
        "raise [-the-] awareness [-of-] {+among donors+} the international …"] * 2
    # the suggestion: the paragraph's words from the first change shown together to the last (was "the")
    assert [f["suggestion"] for f in data["findings"] if f["code"] == "R104"] == ["the awareness of"] * 2


def test_changes_far_apart_are_shown_apart(res_71_280):
    """Two changes of 22 (a) with more words between them than their context: two groups, each with its own."""
    text = checker.Library([res_71_280]).get("A/RES/71/280").texts["22 (a)"]
    al = align(segments("to organize talks among States Members of the United Nations and other relevant "
                        "stakeholders to examine regional and subregional aspects of global migration"), text)
    assert [len(g) for g in hunks(al.changes)] == [1, 1]
    assert al.diff() == ("… to organize [-discussions-] {+talks+} among States …; … aspects of [-international-] "
                         "{+global+} migration and …")


def test_changes_without_their_texts_are_never_grouped():
    a = Change("replace", ["x"], ["y"], False, ["a"], ["b"])
    b = Change("replace", ["z"], ["w"], False, ["b"], ["c"])
    assert hunks([a, b]) == [[a], [b]]


# -- 3. the three draft notes

def test_the_migration_note(library):
    report = _check(library, "note_migration.md")
    assert _findings(report) == {
        # paragraph 25 requests the co-facilitators; the words are 26's
        9: [("R203", "paragraph 25 of A/RES/71/280 does not address the Secretary-General; it addresses "
                     "the co-facilitators"),
            ("R105", "not in paragraph 25 of A/RES/71/280; this is paragraph 26")],
        11: [("R104", "quotation of paragraph 26 of A/RES/71/280 changes words: … that includes [-facts-] {+data+} "
                      "and figures, …")],
        # the ellipsis joins 23's words with 27's
        15: [("R105", "not in paragraph 23 of A/RES/71/280 alone; the ellipsis joins words of paragraphs 23 and 27")],
    }
    quotations = _quotations(report)
    # "paragraph 22(a)", "The same para. 22 (a)", an ellipsis within 23, an uncited quotation of 21, 22's chapeau
    # quoted on into 22 (a) with its marker: verified
    assert {line: quotations[line] for line in (5, 7, 13, 17, 19)} == {
        5: ("verified", ["22 (a)"]), 7: ("verified", ["22 (a)"]), 13: ("verified", ["23"]), 17: ("verified", ["21"]),
        19: ("verified", ["22"])}
    assert quotations[15] == ("error", ["23", "27"])


def test_the_dprk_note(library):
    report = _check(library, "note_dprk.md")
    found = _findings(report)
    assert [c for c, _ in found[3]] == ["R104"]
    assert found[9] == [
        ("R203", "paragraph 21 of A/RES/78/218 does not address the Office of the United Nations High Commissioner "
                 "for Human Rights; it addresses Member States"),
        ("R105", "not in paragraph 21 of A/RES/78/218; this is paragraph 20")]
    assert found[11] == [("R104", "quotation of paragraph 15 of A/RES/78/218 changes words: … independence, has "
                                  "[-sufficient-] {+adequate+} resources and …")]
    # "at its seventy-ninth session" stands before "to submit a comprehensive report" in 26: the order changed,
    # not the paragraph's last words replaced
    assert found[13] == [("R104", "quotation of paragraph 26 of A/RES/78/218 changes words: “at its seventy-ninth "
                                  "session”, after an ellipsis, stands earlier in the paragraph (the order changed)")]
    assert set(found) == {3, 9, 11, 13}
    quotations = _quotations(report)
    assert quotations[5] == ("verified", ["18 (j)"]) and quotations[7] == ("verified", ["18 (b)"])


def test_the_conference_note(library):
    report = _check(library, "note_conference.md")
    assert _findings(report) == {
        5: [("R105", "not in paragraph 9 of A/RES/72/244; this is paragraph 4")],
        9: [("R104", "quotation of paragraph 6 (a) of A/RES/72/244 changes words: … of State [-or-] {+and+} "
                     "Government;")],
        13: [("R104", "quotation of paragraph 17 of A/RES/72/244 changes words: … by the [-Presidents-] "
                      "{+Secretary-General+} of the …")],
    }
    quotations = _quotations(report)
    assert {line: quotations[line] for line in (3, 7, 11)} == {
        3: ("verified", ["4"]), 7: ("verified", ["6 (b)"]), 11: ("verified", ["19"])}


# -- an ellipsis that joins two paragraphs, as cited and as not

JOINED = "“shall be held in Mexico ... and shall be presented to Member States by the beginning of February 2018”"


@pytest.mark.parametrize("cited, status, codes", [
    ("Paragraphs 23 and 27 of resolution 71/280 provide that the meeting", "verified", []),
    ("Resolution 71/280 provides that the meeting", "verified", []),
    ("Paragraph 24 of resolution 71/280 provides that the meeting", "error", ["R105"]),
])
def test_an_ellipsis_that_joins_two_paragraphs(res_71_280, tmp_path, cited, status, codes):
    path = tmp_path / "note.md"
    path.write_text(f"1. {cited} {JOINED}.\n", encoding="utf-8")
    report = checker.check(notes.read(path), checker.Library([res_71_280]))
    assert [f.code for f in report.findings] == codes
    assert _quotations(report)[1] == (status, ["23", "27"])


@pytest.mark.parametrize("quote, runs", [
    # a marker after a colon or semicolon: where the quotation runs on into the next paragraph
    ("and in this regard: (a) Requests the regional",
     [["and", "in", "this", "regard"], ["Requests", "the", "regional"]]),
    ("the global compact; (b) Invites Member States", [["the", "global", "compact"], ["Invites", "Member", "States"]]),
    # not after a colon or semicolon: the words as written
    ("as referred to in (a) above", [["as", "referred", "to", "in", "a", "above"]]),
])
def test_a_sub_paragraph_marker_in_a_quotation(quote, runs):
    assert [list(seg) for seg in segments(quote)] == runs


def test_runs_of_one_word_are_never_read_as_joining_paragraphs(res_71_280):
    prepared = checker.Library([res_71_280]).get("A/RES/71/280")
    assert prepared.search_runs(segments("shall be held in Mexico ... February")) is None
    joined = prepared.search_runs(segments(JOINED.strip("“”")))
    assert joined is not None and joined.labels == ["23", "27"] and joined.exact
